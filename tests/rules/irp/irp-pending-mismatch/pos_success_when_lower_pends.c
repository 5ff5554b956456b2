/* A filter counts completed reads in a completion routine that correctly
   propagates the pending flag, but the dispatch routine reports success
   instead of the lower driver's status. Only when the lower driver returns
   STATUS_PENDING is the IRP marked pending (by the completion routine) while
   the dispatch routine returns something else. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    LONG ReadsDone;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltRead;
DRIVER_DISPATCH FltPassThrough;
IO_COMPLETION_ROUTINE FltReadDone;

NTSTATUS FltReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFLT_EXT ext = (PFLT_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    InterlockedIncrement(&ext->ReadsDone);
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS FltRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltReadDone, ext, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(ext->Lower, Irp);
    return STATUS_SUCCESS; /* drvlint-expect: irp-pending-mismatch */
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
