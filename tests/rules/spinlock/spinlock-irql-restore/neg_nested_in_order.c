/* Two nested locks, each released with its own saved IRQL, in reverse order */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK LockA;
    KSPIN_LOCK LockB;
    ULONG Transfers;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL irqlA;
    KIRQL irqlB;

    KeAcquireSpinLock(&ext->LockA, &irqlA);
    KeAcquireSpinLock(&ext->LockB, &irqlB);
    ext->Transfers++;
    KeReleaseSpinLock(&ext->LockB, irqlB);
    KeReleaseSpinLock(&ext->LockA, irqlA);

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
