/* Each case of the IOCTL switch completes the IRP exactly once, either in
   place with an early return or through the common exit. */
#include <wdm.h>

#define IOCTL_DEMO_QUERY  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x810, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_DEMO_CLEAR  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x811, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _DEMO_EXT {
    ULONG Events;
    BOOLEAN Online;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoIoctl;
DRIVER_DISPATCH DemoCreateClose;

static NTSTATUS DemoCompleteIrp(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR info = 0;

    if (!ext->Online) {
        return DemoCompleteIrp(Irp, STATUS_DEVICE_NOT_READY, 0);
    }

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DEMO_QUERY:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            return DemoCompleteIrp(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        }
        *(PULONG)Irp->AssociatedIrp.SystemBuffer = ext->Events;
        info = sizeof(ULONG);
        break;
    case IOCTL_DEMO_CLEAR:
        ext->Events = 0;
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    return DemoCompleteIrp(Irp, status, info);
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return DemoCompleteIrp(Irp, STATUS_SUCCESS, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoIoctl;
    return STATUS_SUCCESS;
}
