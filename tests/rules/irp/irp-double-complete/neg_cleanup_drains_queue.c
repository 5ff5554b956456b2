/* IRP_MJ_CLEANUP completes every queued read of the closing file with
   STATUS_CANCELLED, one IRP per loop iteration, and then completes the
   cleanup IRP itself: many completions, each of a different IRP. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    KSPIN_LOCK QueueLock;
    LIST_ENTRY PendingReads;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;
DRIVER_DISPATCH DemoCleanup;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    IoMarkIrpPending(Irp);
    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    InsertTailList(&ext->PendingReads, &Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);
    return STATUS_PENDING;
}

NTSTATUS DemoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    LIST_ENTRY drained;
    PLIST_ENTRY entry;
    PIRP queued;
    KIRQL oldIrql;

    InitializeListHead(&drained);
    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    while (!IsListEmpty(&ext->PendingReads)) {
        entry = RemoveHeadList(&ext->PendingReads);
        InsertTailList(&drained, entry);
    }
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);

    while (!IsListEmpty(&drained)) {
        entry = RemoveHeadList(&drained);
        queued = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        queued->IoStatus.Status = STATUS_CANCELLED;
        queued->IoStatus.Information = 0;
        IoCompleteRequest(queued, IO_NO_INCREMENT);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name;
    PDEVICE_OBJECT device;
    PDEMO_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&name, L"\\Device\\DemoReader");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEMO_EXT)device->DeviceExtension;
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->PendingReads);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DemoCleanup;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
