/* A filter pings the lower device with an internal device control in an IRP
   it allocates itself; the completion routine frees that IRP and stops
   completion processing with STATUS_MORE_PROCESSING_REQUIRED. */
#include <wdm.h>

#define IOCTL_LOWER_PING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x870, METHOD_NEITHER, FILE_ANY_ACCESS)
#define IOCTL_FLT_PING   CTL_CODE(FILE_DEVICE_UNKNOWN, 0x871, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
    LONG PingsDone;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltDeviceControl;
DRIVER_DISPATCH FltPassThrough;
IO_COMPLETION_ROUTINE FltPingDone;

NTSTATUS FltPingDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFLT_EXT ext = (PFLT_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    InterlockedIncrement(&ext->PingsDone);
    IoFreeIrp(Irp);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS FltSendPing(PFLT_EXT Ext)
{
    PIRP ping;
    PIO_STACK_LOCATION next;

    ping = IoAllocateIrp(Ext->Lower->StackSize, FALSE);
    if (ping == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    next = IoGetNextIrpStackLocation(ping);
    next->MajorFunction = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    next->Parameters.DeviceIoControl.IoControlCode = IOCTL_LOWER_PING;
    IoSetCompletionRoutine(ping, FltPingDone, Ext, TRUE, TRUE, TRUE);
    (VOID)IoCallDriver(Ext->Lower, ping);
    return STATUS_SUCCESS;
}

NTSTATUS FltDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_FLT_PING) {
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->Lower, Irp);
    }
    status = FltSendPing(ext);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
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
