/* A filter marks each device control pending at the top. Requests it rejects
   are completed in place and fall through to the common return, which
   returns the rejection status; accepted ones are passed down and the lower
   driver's status is returned. Both returns contradict the pending mark, and
   the rejected IRP is also completed although it is marked pending. */
#include <wdm.h>

#define IOCTL_FLT_BLOCKED CTL_CODE(FILE_DEVICE_UNKNOWN, 0x830, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _FLT_EXT {
    PDEVICE_OBJECT Lower;
} FLT_EXT, *PFLT_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH FltDeviceControl;
DRIVER_DISPATCH FltPassThrough;

NTSTATUS FltDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFLT_EXT ext = (PFLT_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    IoMarkIrpPending(Irp);
    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_FLT_BLOCKED) {
        status = STATUS_ACCESS_DENIED;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    } else {
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
    }
    return status; /* drvlint-expect: irp-pending-completed, irp-pending-mismatch */
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
