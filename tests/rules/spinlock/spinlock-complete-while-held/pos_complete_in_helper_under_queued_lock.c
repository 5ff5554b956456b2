/* A helper completes the IRP while the caller holds an in-stack queued spin lock */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Stopped;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

static NTSTATUS FinishRequest(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: spinlock-complete-while-held */
    return Status;
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KLOCK_QUEUE_HANDLE handle;
    NTSTATUS status;

    KeAcquireInStackQueuedSpinLock(&ext->Lock, &handle);
    if (ext->Stopped) {
        status = FinishRequest(Irp, STATUS_DEVICE_NOT_READY);
    } else {
        status = FinishRequest(Irp, STATUS_SUCCESS);
    }
    KeReleaseInStackQueuedSpinLock(&handle);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
