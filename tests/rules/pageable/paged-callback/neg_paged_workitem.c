/* A pageable work-item routine (runs at PASSIVE_LEVEL) is queued with IoQueueWorkItem */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PIO_WORKITEM WorkItem;
    ULONG Refreshes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
IO_WORKITEM_ROUTINE DemoRefreshWorker;

#pragma alloc_text(PAGE, DemoRefreshWorker)

VOID DemoRefreshWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);
    ext->Refreshes++;
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    IoQueueWorkItem(ext->WorkItem, DemoRefreshWorker, DelayedWorkQueue, ext);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
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
    ext->Refreshes = 0;
    ext->WorkItem = IoAllocateWorkItem(dev);
    if (ext->WorkItem == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
