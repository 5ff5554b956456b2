/* ExAllocatePool2(POOL_FLAG_PAGED) in a DPC */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    PVOID Log;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    if (ext->Log == NULL) {
        ext->Log = ExAllocatePool2(POOL_FLAG_PAGED, 512, 'goLD'); /* drvlint-expect: irql-paged-pool-at-dispatch */
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
    ext->Log = NULL;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
