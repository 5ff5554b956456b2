/* A guarded mutex is still held when the dispatch routine returns on its error path */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KGUARDED_MUTEX StateMutex;
    BOOLEAN Started;
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_SUCCESS;

    KeAcquireGuardedMutex(&ext->StateMutex);
    if (!ext->Started) {
        status = STATUS_DEVICE_NOT_READY;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status; /* drvlint-expect: lock-region-pairing */
    }
    ext->Opens++;
    KeReleaseGuardedMutex(&ext->StateMutex);

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
