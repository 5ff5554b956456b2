/* An annotated callee releases the lock; the IRP is forwarded only afterwards */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    KSPIN_LOCK Lock;
    ULONG InFlight;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->Lock)
static VOID CountAndUnlock(PDEV_EXT Ext, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    Ext->InFlight++;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    CountAndUnlock(ext, oldIrql);
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
