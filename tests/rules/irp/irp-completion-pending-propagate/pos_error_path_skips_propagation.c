/* The completion routine propagates the pending flag only for successful
   reads: on the failure path it returns early and the flag is lost when the
   lower driver had returned STATUS_PENDING. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    ULONG_PTR BytesRead;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltRead;
DRIVER_DISPATCH FltPassThrough;
IO_COMPLETION_ROUTINE FltReadDone;

NTSTATUS FltReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFLT_EXT ext = (PFLT_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        return STATUS_CONTINUE_COMPLETION; /* drvlint-expect: irp-completion-pending-propagate */
    }
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    ext->BytesRead += Irp->IoStatus.Information;
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS FltRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltReadDone, ext, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->Lower, Irp);
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
    DriverObject->MajorFunction[IRP_MJ_READ] = FltRead;
    return STATUS_SUCCESS;
}
