/* An upper filter that hides its device in Device Manager: it answers
   IRP_MN_QUERY_PNP_DEVICE_STATE itself and completes it, so the function and
   bus drivers below never see the request (and cannot report a failed or
   disabled device). It should set the flag and pass the IRP down. */
#include <wdm.h>

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE FltAddDevice;
DRIVER_UNLOAD FltUnload;
DRIVER_DISPATCH FltPnp;
DRIVER_DISPATCH FltPower;
DRIVER_DISPATCH FltPassThrough;

NTSTATUS FltPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_OBJECT lower = ext->Lower;
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_QUERY_PNP_DEVICE_STATE:
        Irp->IoStatus.Information |= PNP_DEVICE_DONT_DISPLAY_IN_UI;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-not-forwarded */
        return STATUS_SUCCESS;

    case IRP_MN_REMOVE_DEVICE:
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(lower, Irp);
        IoDetachDevice(lower);
        IoDeleteDevice(DeviceObject);
        return status;

    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(lower, Irp);
    }
}

NTSTATUS FltPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

NTSTATUS FltPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS FltAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT filter;
    PFLT_EXT ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(FLT_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &filter);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFLT_EXT)filter->DeviceExtension;
    ext->Self = filter;
    ext->Lower = IoAttachDeviceToDeviceStack(filter, Pdo);
    if (ext->Lower == NULL) {
        IoDeleteDevice(filter);
        return STATUS_NO_SUCH_DEVICE;
    }
    filter->DeviceType = ext->Lower->DeviceType;
    filter->Characteristics = ext->Lower->Characteristics;
    filter->Flags |= ext->Lower->Flags & (DO_BUFFERED_IO | DO_DIRECT_IO | DO_POWER_PAGABLE);
    filter->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID FltUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = FltAddDevice;
    DriverObject->DriverUnload = FltUnload;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = FltPassThrough;
    DriverObject->MajorFunction[IRP_MJ_PNP] = FltPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = FltPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = FltPassThrough;
    return STATUS_SUCCESS;
}
