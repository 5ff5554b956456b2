/* A DPC defers the PASSIVE_LEVEL work (ZwClose) to an I/O work item */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    PIO_WORKITEM WorkItem;
    HANDLE Log;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;
IO_WORKITEM_ROUTINE DemoCloseLogWorker;

VOID DemoCloseLogWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (ext->Log != NULL) {
        ZwClose(ext->Log);
        ext->Log = NULL;
    }
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    IoQueueWorkItem(ext->WorkItem, DemoCloseLogWorker, DelayedWorkQueue, ext);
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
    ext->WorkItem = IoAllocateWorkItem(dev);
    if (ext->WorkItem == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
