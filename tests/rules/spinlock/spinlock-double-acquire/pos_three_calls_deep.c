/* The lock held by a dispatch routine is acquired again three calls down */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK StateLock;
    ULONG State;
    ULONG Errors;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

static VOID RecordError(PDEV_EXT Ext)
{
    KIRQL oldIrql;
    KeAcquireSpinLock(&Ext->StateLock, &oldIrql); /* drvlint-expect: spinlock-double-acquire */
    Ext->Errors++;
    KeReleaseSpinLock(&Ext->StateLock, oldIrql);
}

static VOID ValidateState(PDEV_EXT Ext)
{
    if (Ext->State > 3) {
        RecordError(Ext);
    }
}

static VOID AdvanceState(PDEV_EXT Ext)
{
    Ext->State++;
    ValidateState(Ext);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->StateLock, &oldIrql);
    AdvanceState(ext);
    KeReleaseSpinLock(&ext->StateLock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
