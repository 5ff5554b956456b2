/* Lock helpers keep the old IRQL in the extension and declare it with _IRQL_saves_global_/_IRQL_restores_global_ */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    KIRQL LockIrql;
    ULONG Count;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_global_(SpinLock, Ext)
_Acquires_lock_(Ext->Lock)
static VOID LockExt(PDEV_EXT Ext)
{
    KeAcquireSpinLock(&Ext->Lock, &Ext->LockIrql);
}

_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_restores_global_(SpinLock, Ext)
_Releases_lock_(Ext->Lock)
static VOID UnlockExt(PDEV_EXT Ext)
{
    KeReleaseSpinLock(&Ext->Lock, Ext->LockIrql);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    LockExt(ext);
    ext->Count++;
    UnlockExt(ext);

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
