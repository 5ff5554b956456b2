/* A helper releases the caller's lock (annotated _Releases_lock_), and the caller releases it again */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Queued;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->Lock)
static VOID FinishAndUnlock(PDEV_EXT Ext, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    Ext->Queued++;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    FinishAndUnlock(ext, oldIrql);
    KeReleaseSpinLock(&ext->Lock, oldIrql); /* drvlint-expect: spinlock-release-unheld, irql-too-low */

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
