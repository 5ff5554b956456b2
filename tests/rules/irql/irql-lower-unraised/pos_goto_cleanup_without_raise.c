/* An early goto to the cleanup label reaches KeLowerIrql on a path where KeRaiseIrql never ran */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Bytes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (sp->Parameters.DeviceIoControl.InputBufferLength == 0) {
        status = STATUS_INVALID_PARAMETER;
        goto out;
    }
    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->Bytes += sp->Parameters.DeviceIoControl.InputBufferLength;

out:
    KeLowerIrql(oldIrql); /* drvlint-expect: irql-lower-unraised */
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
