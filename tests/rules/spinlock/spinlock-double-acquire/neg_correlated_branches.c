/* Correlated branches: the lock is taken and dropped under the same condition, then taken again */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Shared;
    ULONG Reads;
    ULONG Total;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN shared = ext->Shared;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (shared) {
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
    }
    ext->Reads++;
    if (shared) {
        KeReleaseSpinLock(&ext->Lock, oldIrql);
    }

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    ext->Total++;
    KeReleaseSpinLock(&ext->Lock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
