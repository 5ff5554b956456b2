/* Annotated helpers that keep their annotations: a PASSIVE_LEVEL helper calling ZwClose, and a
   DISPATCH_LEVEL helper whose PASSIVE_LEVEL-only work happens in a callee it calls only when its flag
   says it may page (the callee is checked where the driver really calls it) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    HANDLE LogHandle;
    ULONG Drops;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

_IRQL_requires_(PASSIVE_LEVEL)
static VOID DemoCloseLog(PDEV_EXT Ext)
{
    if (Ext->LogHandle != NULL) {
        ZwClose(Ext->LogHandle);
        Ext->LogHandle = NULL;
    }
}

static VOID DemoMaybeClose(PDEV_EXT Ext, BOOLEAN MayPage)
{
    if (MayPage) DemoCloseLog(Ext);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID DemoNoteDrop(PDEV_EXT Ext, BOOLEAN MayPage)
{
    Ext->Drops++;
    DemoMaybeClose(Ext, MayPage);
}

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL old;
    DemoCloseLog(ext);
    KeRaiseIrql(DISPATCH_LEVEL, &old);
    DemoNoteDrop(ext, FALSE);
    KeLowerIrql(old);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
