/* The lock is taken by an annotated callee (_IRQL_raises_/_Acquires_lock_); the caller then calls ZwClose */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    HANDLE Section;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(Ext->Lock)
VOID LockExt(PDEV_EXT Ext, _Out_ _IRQL_saves_ PKIRQL OldIrql);

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    LockExt(ext, &oldIrql);
    if (ext->Section != NULL) {
        ZwClose(ext->Section); /* drvlint-expect: irql-too-high */
        ext->Section = NULL;
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID LockExt(PDEV_EXT Ext, PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Ext->Lock, OldIrql);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
