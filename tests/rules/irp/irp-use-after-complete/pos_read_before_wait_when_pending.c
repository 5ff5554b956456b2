/* Synchronous forwarding of a device control: the completion routine takes
   the IRP back and signals an event, but the dispatch routine reads the
   returned byte count before it waits. When IoCallDriver returns
   STATUS_PENDING (and only then) the lower driver still owns the IRP at
   that point. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    ULONG_PTR LastReply;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltDeviceControl;
DRIVER_DISPATCH FltPassThrough;
IO_COMPLETION_ROUTINE FltSyncDone;

NTSTATUS FltSyncDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS FltDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    KEVENT done;
    NTSTATUS status;

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltSyncDone, &done, TRUE, TRUE, TRUE);
    status = IoCallDriver(ext->Lower, Irp);
    ext->LastReply = Irp->IoStatus.Information; /* drvlint-expect: irp-use-after-complete */
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS FltPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = FltDeviceControl;
    return STATUS_SUCCESS;
}
