/* Two nested locks released with each other's saved IRQL: the IRQL drops too early and ends raised */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK LockA;
    KSPIN_LOCK LockB;
    ULONG Transfers;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL irqlA;
    KIRQL irqlB;

    KeAcquireSpinLock(&ext->LockA, &irqlA);
    KeAcquireSpinLock(&ext->LockB, &irqlB);
    ext->Transfers++;
    KeReleaseSpinLock(&ext->LockB, irqlA); /* drvlint-expect: spinlock-irql-restore */
    KeReleaseSpinLock(&ext->LockA, irqlB); /* drvlint-expect: spinlock-irql-restore, irql-too-low */

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS; /* the IRQL left wrong here is the consequence reported at the release (the rule mutes irql-exit-mismatch) */
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
