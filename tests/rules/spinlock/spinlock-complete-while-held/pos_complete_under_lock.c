/* IoCompleteRequest called while the queue spin lock is held */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    ULONG Completed;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    ext->Completed++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: spinlock-complete-while-held */
    KeReleaseSpinLock(&ext->QueueLock, oldIrql);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
