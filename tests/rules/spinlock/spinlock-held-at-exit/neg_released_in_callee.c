/* The dispatch routine acquires the lock; an annotated callee (_Releases_lock_) releases it before the return */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Closes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->Lock)
static VOID CountAndUnlock(PDEV_EXT Ext, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    Ext->Closes++;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
}

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    CountAndUnlock(ext, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
