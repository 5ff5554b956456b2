/* An invalid request is rejected by returning an error status, but the IRP
   itself is never completed on that path. */
#include <wdm.h>

#define IOCTL_DEMO_SET_MODE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x850, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _DEMO_EXT {
    ULONG Mode;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoIoctl;

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;

    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_DEMO_SET_MODE) {
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
            return STATUS_BUFFER_TOO_SMALL; /* drvlint-expect: irp-not-completed */
        }
        ext->Mode = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
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

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoIoctl;
    return STATUS_SUCCESS;
}
