/* The lock is acquired and released once per loop iteration, including on the `continue` path */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Slots[4];
    ULONG Cleared;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCleanup;

NTSTATUS DemoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    ULONG i;
    KIRQL oldIrql;

    for (i = 0; i < 4; i++) {
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
        if (ext->Slots[i] == 0) {
            KeReleaseSpinLock(&ext->Lock, oldIrql);
            continue;
        }
        ext->Slots[i] = 0;
        ext->Cleared++;
        KeReleaseSpinLock(&ext->Lock, oldIrql);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DemoCleanup;
    return STATUS_SUCCESS;
}
