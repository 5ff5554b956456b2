/* IoSkipCurrentIrpStackLocation + IoCallDriver, returning the status
   IoCallDriver returned, directly or through a local. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    LONG Forwarded;
    LONG Failed;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltInternalIoctl;
DRIVER_DISPATCH FltPassThrough;

NTSTATUS FltInternalIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    InterlockedIncrement(&ext->Forwarded);
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    if (!NT_SUCCESS(status)) {
        InterlockedIncrement(&ext->Failed);
    }
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
    DriverObject->MajorFunction[IRP_MJ_INTERNAL_DEVICE_CONTROL] = FltInternalIoctl;
    return STATUS_SUCCESS;
}
