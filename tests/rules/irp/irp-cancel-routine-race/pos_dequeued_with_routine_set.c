/* The deliver path takes the oldest reader off the queue and completes it
   without clearing its cancel routine (IoSetCancelRoutine(Irp, NULL)): the
   I/O manager may call the cancel routine on an IRP that is already
   completed. The read path that set the routine is correct. */
#include <wdm.h>

#define IOCTL_DEMO_DELIVER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x860, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _DEMO_EXT {
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Readers;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;
DRIVER_DISPATCH DemoIoctl;
DRIVER_CANCEL DemoCancelRead;

VOID DemoCancelRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    IoReleaseCancelSpinLock(Irp->CancelIrql);
    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    InsertTailList(&ext->Readers, &Irp->Tail.Overlay.ListEntry);
    IoSetCancelRoutine(Irp, DemoCancelRead);
    if (Irp->Cancel && IoSetCancelRoutine(Irp, NULL) != NULL) {
        RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
        KeReleaseSpinLock(&ext->QueueLock, oldIrql);
        Irp->IoStatus.Status = STATUS_CANCELLED;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_CANCELLED;
    }
    IoMarkIrpPending(Irp);
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);
    return STATUS_PENDING;
}

static PIRP DemoDequeueReader(PDEMO_EXT Ext)
{
    PLIST_ENTRY entry;
    PIRP irp;
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->QueueLock, &oldIrql);
    while (!IsListEmpty(&Ext->Readers)) {
        entry = RemoveHeadList(&Ext->Readers);
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        KeReleaseSpinLock(&Ext->QueueLock, oldIrql);
        return irp;
    }
    KeReleaseSpinLock(&Ext->QueueLock, oldIrql);
    return NULL;
}

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    PIRP reader;

    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_DEMO_DELIVER) {
        reader = DemoDequeueReader(ext);
        if (reader != NULL) {
            reader->IoStatus.Status = STATUS_SUCCESS;
            reader->IoStatus.Information = 0;
            IoCompleteRequest(reader, IO_NO_INCREMENT); /* drvlint-expect-gap: irp-cancel-routine-race -- the cancel routine was set by the read dispatch routine, another entry point; per-entry-point exploration does not know what other entry points did to the IRPs of a driver queue */
        }
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
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
    RtlInitUnicodeString(&name, L"\\Device\\DemoMailbox");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEMO_EXT)device->DeviceExtension;
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->Readers);
    device->Flags |= DO_BUFFERED_IO;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoIoctl;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
