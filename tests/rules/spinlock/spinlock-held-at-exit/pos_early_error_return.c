/* An early return on the error path of a dispatch routine leaves the spin lock held */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Removed;
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    if (ext->Removed) {
        Irp->IoStatus.Status = STATUS_DELETE_PENDING;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: spinlock-complete-while-held */
        return STATUS_DELETE_PENDING; /* drvlint-expect: spinlock-held-at-exit, irql-exit-mismatch */
    }
    ext->Opens++;
    KeReleaseSpinLock(&ext->Lock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
