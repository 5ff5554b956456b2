/* A lock helper without _IRQL_raises_/_Acquires_lock_ returns at DISPATCH_LEVEL holding the lock */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    ULONG Queued;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

static VOID LockQueue(PDEV_EXT Ext, PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Ext->QueueLock, OldIrql);
} /* drvlint-expect: irql-exit-mismatch, spinlock-held-at-exit */

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    LockQueue(ext, &oldIrql);
    ext->Queued++;
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);

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
