/* The IRP is dequeued under the spin lock and completed after the lock is released */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Queue;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;
DRIVER_DISPATCH DemoFlush;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    IoMarkIrpPending(Irp);
    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    InsertTailList(&ext->Queue, &Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);
    return STATUS_PENDING;
}

NTSTATUS DemoFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PLIST_ENTRY entry = NULL;
    PIRP queued;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    if (!IsListEmpty(&ext->Queue)) {
        entry = RemoveHeadList(&ext->Queue);
    }
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);

    if (entry != NULL) {
        queued = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        queued->IoStatus.Status = STATUS_SUCCESS;
        queued->IoStatus.Information = 0;
        IoCompleteRequest(queued, IO_NO_INCREMENT);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DemoFlush;
    return STATUS_SUCCESS;
}
