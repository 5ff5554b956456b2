/* The AtDpcLevel routines used after an explicit KeRaiseIrql to DISPATCH_LEVEL, released before lowering */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Pending;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL raised;

    KeRaiseIrql(DISPATCH_LEVEL, &raised);
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    ext->Pending++;
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
    KeLowerIrql(raised);

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
