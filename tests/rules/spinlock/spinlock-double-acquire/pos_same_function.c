/* The same spin lock acquired twice in one dispatch routine on the retry path */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Busy;
    ULONG Retries;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;
    KIRQL retryIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    if (ext->Busy != 0) {
        ext->Retries++;
        KeAcquireSpinLock(&ext->Lock, &retryIrql); /* drvlint-expect: spinlock-double-acquire */
        ext->Busy = 0;
        KeReleaseSpinLock(&ext->Lock, retryIrql);
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);

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
