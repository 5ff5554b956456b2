/* The dispatch routine marks the IRP pending itself before passing it down
   and always returns STATUS_PENDING, so the completion routine does not
   need to propagate the pending flag. */
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
    if (NT_SUCCESS(Irp->IoStatus.Status)) {
        ext->BytesRead += Irp->IoStatus.Information;
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS FltRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FltReadDone, ext, TRUE, TRUE, TRUE);
    IoMarkIrpPending(Irp);
    (VOID)IoCallDriver(ext->Lower, Irp);
    return STATUS_PENDING;
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
