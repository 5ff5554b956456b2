/* An IRP_MJ_DEVICE_CONTROL request forwarded at DISPATCH_LEVEL by a shared pass-down helper */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG Ioctls;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

static NTSTATUS PassDown(PDEV_EXT Ext, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(Ext->Lower, Irp);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->Ioctls++;
    status = PassDown(ext, Irp);
    KeLowerIrql(oldIrql);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
