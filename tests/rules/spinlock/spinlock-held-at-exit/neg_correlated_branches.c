/* Correlated branches with an early exit in between: the lock is released whenever it was taken */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Shared;
    BOOLEAN Removed;
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN shared = ext->Shared;
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (shared) {
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
    }
    if (ext->Removed) {
        status = STATUS_DELETE_PENDING;
    } else {
        ext->Opens++;
    }
    if (shared) {
        KeReleaseSpinLock(&ext->Lock, oldIrql);
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
