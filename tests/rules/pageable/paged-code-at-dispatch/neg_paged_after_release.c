/* The pageable function is called after the spin lock is released, back at PASSIVE_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Config;
    ULONG Applied;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
VOID ApplyConfig(PDEV_EXT Ext, ULONG Config);

#pragma alloc_text(PAGE, ApplyConfig)

VOID ApplyConfig(PDEV_EXT Ext, ULONG Config)
{
    PAGED_CODE();
    Ext->Applied = Config;
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    ULONG config;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    config = ++ext->Config;
    KeReleaseSpinLock(&ext->Lock, oldIrql);
    ApplyConfig(ext, config);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
