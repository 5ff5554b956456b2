/* A DPC defers the pageable work to an I/O work item, which runs at PASSIVE_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    PIO_WORKITEM WorkItem;
    ULONG Samples;
    ULONG Average;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;
IO_WORKITEM_ROUTINE DemoRecomputeWorker;
VOID RecomputeAverage(PDEV_EXT Ext);

#pragma alloc_text(PAGE, RecomputeAverage)
#pragma alloc_text(PAGE, DemoRecomputeWorker)

VOID RecomputeAverage(PDEV_EXT Ext)
{
    PAGED_CODE();
    Ext->Average = Ext->Samples / 2;
}

VOID DemoRecomputeWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);
    RecomputeAverage((PDEV_EXT)Context);
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    ext->Samples++;
    IoQueueWorkItem(ext->WorkItem, DemoRecomputeWorker, DelayedWorkQueue, ext);
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
    ext->Samples = 0;
    ext->WorkItem = IoAllocateWorkItem(dev);
    if (ext->WorkItem == NULL) {
        IoDeleteDevice(dev);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
