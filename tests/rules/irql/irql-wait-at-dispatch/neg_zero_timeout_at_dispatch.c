/* KeWaitForSingleObject with a zero timeout (a poll) at DISPATCH_LEVEL in a DPC */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KEVENT Ready;
    ULONG Handled;
    ULONG Skipped;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    LARGE_INTEGER zero;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    zero.QuadPart = 0;
    status = KeWaitForSingleObject(&ext->Ready, Executive, KernelMode, FALSE, &zero);
    if (status == STATUS_SUCCESS) {
        ext->Handled++;
    } else {
        ext->Skipped++;
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    ext->Handled = 0;
    ext->Skipped = 0;
    KeInitializeEvent(&ext->Ready, NotificationEvent, FALSE);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
