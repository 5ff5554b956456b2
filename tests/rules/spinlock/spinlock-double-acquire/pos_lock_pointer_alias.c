/* The lock is acquired through a saved pointer and then again through the extension field */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Flushes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoFlush;

NTSTATUS DemoFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PKSPIN_LOCK lock = &ext->Lock;
    KIRQL oldIrql;

    KeAcquireSpinLock(lock, &oldIrql);
    ext->Flushes++;
    KeAcquireSpinLockAtDpcLevel(&ext->Lock); /* drvlint-expect: spinlock-double-acquire */
    KeReleaseSpinLock(lock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DemoFlush;
    return STATUS_SUCCESS;
}
