/* KeDelayExecutionThread (<= APC_LEVEL) called from a DPC, which runs at DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    LONG Retries;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    LARGE_INTEGER interval;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    interval.QuadPart = -10000; /* 1 ms */
    ext->Retries++;
    KeDelayExecutionThread(KernelMode, FALSE, &interval); /* drvlint-expect: irql-too-high */
}

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject->DeviceObject != NULL) {
        IoDeleteDevice(DriverObject->DeviceObject);
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
    ext->Retries = 0;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    DriverObject->DriverUnload = DemoUnload;
    return STATUS_SUCCESS;
}
