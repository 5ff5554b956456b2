/* The device-control handler records the failure in the I/O status block but
   the dispatch routine returns the status of an earlier, successful step. */
#include <wdm.h>

#define IOCTL_DEMO_SET_RATE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define DEMO_MAX_RATE 1000

typedef struct _DEMO_EXT {
    ULONG Rate;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoIoctl;

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    ULONG rate;

    if (stack->Parameters.DeviceIoControl.IoControlCode != IOCTL_DEMO_SET_RATE ||
        stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
        Irp->IoStatus.Status = STATUS_INVALID_PARAMETER;
    } else {
        rate = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
        if (rate > DEMO_MAX_RATE) {
            Irp->IoStatus.Status = STATUS_INVALID_PARAMETER;
        } else {
            ext->Rate = rate;
            Irp->IoStatus.Status = status;
        }
    }
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status; /* drvlint-expect: irp-status-mismatch */
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
