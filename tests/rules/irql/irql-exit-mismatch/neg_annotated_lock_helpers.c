/* Lock/unlock helpers declare their IRQL change (_IRQL_raises_/_IRQL_saves_, _IRQL_requires_/_IRQL_restores_) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    ULONG Queued;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(Ext->QueueLock)
static VOID LockQueue(PDEV_EXT Ext, _Out_ _IRQL_saves_ PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Ext->QueueLock, OldIrql);
}

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->QueueLock)
static VOID UnlockQueue(PDEV_EXT Ext, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    KeReleaseSpinLock(&Ext->QueueLock, OldIrql);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    LockQueue(ext, &oldIrql);
    ext->Queued++;
    UnlockQueue(ext, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
