/* ExAllocatePoolWithTag(PagedPool) while a spin lock is held */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    PVOID Buffer;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    if (ext->Buffer == NULL) {
        ext->Buffer = ExAllocatePoolWithTag(PagedPool, 256, 'fuBD'); /* drvlint-expect: irql-paged-pool-at-dispatch */
        if (ext->Buffer == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);

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
