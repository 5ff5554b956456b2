/* A helper declares it may be called at DISPATCH_LEVEL but calls a PASSIVE_LEVEL-only routine itself.
   Its only caller happens to be at PASSIVE_LEVEL; the helper is still checked against its own annotation. */
#include <ntddk.h>

typedef struct _DEV_EXT {
    HANDLE LogHandle;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

_IRQL_requires_max_(DISPATCH_LEVEL)
static VOID DemoDropLog(PDEV_EXT Ext)
{
    if (Ext->LogHandle != NULL) {
        ZwClose(Ext->LogHandle); /* drvlint-expect: irql-too-high */
        Ext->LogHandle = NULL;
    }
}

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    DemoDropLog((PDEV_EXT)DeviceObject->DeviceExtension);
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
