/* One KIRQL variable is reused for two nested acquires, so the outer release restores DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK ConfigLock;
    KSPIN_LOCK StatsLock;
    ULONG Config;
    ULONG Updates;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->ConfigLock, &oldIrql);
    ext->Config++;
    KeAcquireSpinLock(&ext->StatsLock, &oldIrql);
    ext->Updates++;
    KeReleaseSpinLock(&ext->StatsLock, oldIrql);
    KeReleaseSpinLock(&ext->ConfigLock, oldIrql); /* drvlint-expect: spinlock-irql-restore */

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS; /* the IRQL left wrong here is the consequence reported at the release (the rule mutes irql-exit-mismatch) */
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
