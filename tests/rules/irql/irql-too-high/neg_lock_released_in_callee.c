/* The spin lock is released by an annotated callee; the PASSIVE_LEVEL call follows the release */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    HANDLE Log;
    ULONG Writes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoFlush;

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(Ext->Lock)
static HANDLE DetachLogAndUnlock(PDEV_EXT Ext, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    HANDLE log = Ext->Log;
    Ext->Log = NULL;
    KeReleaseSpinLock(&Ext->Lock, OldIrql);
    return log;
}

NTSTATUS DemoFlush(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    HANDLE log;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    ext->Writes = 0;
    log = DetachLogAndUnlock(ext, oldIrql);
    if (log != NULL) {
        ZwClose(log);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_FLUSH_BUFFERS] = DemoFlush;
    return STATUS_SUCCESS;
}
