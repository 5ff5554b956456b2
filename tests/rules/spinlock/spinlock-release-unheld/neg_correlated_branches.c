/* Correlated branches: `if (x) KeAcquireSpinLock(...); ...; if (x) KeReleaseSpinLock(...);` */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Busy;
    ULONG Writes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN locked = ext->Busy;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (locked) {
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
    }
    ext->Writes++;
    if (locked) {
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
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
