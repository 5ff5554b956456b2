/* Two different spin locks nested in a fixed order and released in reverse order */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    KSPIN_LOCK StatsLock;
    ULONG Queued;
    ULONG Requests;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->QueueLock, &oldIrql);
    KeAcquireSpinLockAtDpcLevel(&ext->StatsLock);
    ext->Queued++;
    ext->Requests++;
    KeReleaseSpinLockFromDpcLevel(&ext->StatsLock);
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
