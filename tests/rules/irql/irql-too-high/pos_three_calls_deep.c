/* A PASSIVE_LEVEL-only routine reached three calls deep while the caller holds a spin lock */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK StateLock;
    HANDLE TraceFile;
    ULONG State;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCleanup;

static VOID CloseTrace(PDEV_EXT Ext)
{
    HANDLE h = Ext->TraceFile;
    Ext->TraceFile = NULL;
    if (h != NULL) {
        ZwClose(h); /* drvlint-expect: irql-too-high */
    }
}

static VOID ResetTracing(PDEV_EXT Ext)
{
    CloseTrace(Ext);
}

static VOID ResetDevice(PDEV_EXT Ext)
{
    Ext->State = 0;
    ResetTracing(Ext);
}

NTSTATUS DemoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeAcquireSpinLock(&ext->StateLock, &oldIrql);
    ResetDevice(ext);
    KeReleaseSpinLock(&ext->StateLock, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DemoCleanup;
    return STATUS_SUCCESS;
}
