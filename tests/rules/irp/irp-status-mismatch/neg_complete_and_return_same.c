/* Complete-and-return: every path stores the final status in the I/O status
   block, completes the IRP and returns that same status. */
#include <wdm.h>

#define IOCTL_DEMO_SET_RATE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x840, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_DEMO_GET_RATE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x841, METHOD_BUFFERED, FILE_READ_ACCESS)
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
    NTSTATUS status;
    ULONG_PTR info = 0;
    ULONG rate;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DEMO_SET_RATE:
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        rate = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
        if (rate > DEMO_MAX_RATE) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        ext->Rate = rate;
        status = STATUS_SUCCESS;
        break;
    case IOCTL_DEMO_GET_RATE:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        *(PULONG)Irp->AssociatedIrp.SystemBuffer = ext->Rate;
        info = sizeof(ULONG);
        status = STATUS_SUCCESS;
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
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
