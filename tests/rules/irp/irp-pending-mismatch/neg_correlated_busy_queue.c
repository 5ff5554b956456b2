/* One transfer at a time: when the device is busy the write is marked
   pending and queued, otherwise it is done at once and completed. A local
   flag remembers which branch was taken, and the return is guarded by the
   same flag, so the pending mark and STATUS_PENDING always go together. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    KSPIN_LOCK Lock;
    LIST_ENTRY Backlog;
    BOOLEAN Busy;
    ULONG Written;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoWrite;

static NTSTATUS DemoTransferNow(PDEMO_EXT Ext, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    KIRQL oldIrql;

    Ext->Written += stack->Parameters.Write.Length;
    KeAcquireSpinLock(&Ext->Lock, &oldIrql);
    Ext->Busy = FALSE;
    KeReleaseSpinLock(&Ext->Lock, oldIrql);
    Irp->IoStatus.Information = stack->Parameters.Write.Length;
    return STATUS_SUCCESS;
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    BOOLEAN queued = FALSE;
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    if (ext->Busy) {
        IoMarkIrpPending(Irp);
        InsertTailList(&ext->Backlog, &Irp->Tail.Overlay.ListEntry);
        queued = TRUE;
    } else {
        ext->Busy = TRUE;
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);

    if (queued) {
        return STATUS_PENDING;
    }
    status = DemoTransferNow(ext, Irp);
    Irp->IoStatus.Status = status;
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
    RtlInitUnicodeString(&name, L"\\Device\\DemoSerialWrite");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEMO_EXT)device->DeviceExtension;
    KeInitializeSpinLock(&ext->Lock);
    InitializeListHead(&ext->Backlog);
    ext->Busy = FALSE;
    ext->Written = 0;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
