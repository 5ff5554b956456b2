/* A filter marks every write pending "to be safe", passes it down and then
   returns whatever the lower driver returned, which is not always
   STATUS_PENDING. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    LONG Writes;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltWrite;
DRIVER_DISPATCH FltPassThrough;

NTSTATUS FltWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    InterlockedIncrement(&ext->Writes);
    IoMarkIrpPending(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    return status; /* drvlint-expect: irp-pending-mismatch */
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
    DriverObject->MajorFunction[IRP_MJ_WRITE] = FltWrite;
    return STATUS_SUCCESS;
}
