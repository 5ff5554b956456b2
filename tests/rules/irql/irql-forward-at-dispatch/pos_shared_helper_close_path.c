/* A helper forwards at DISPATCH_LEVEL: fine for IRP_MJ_READ, wrong when the close dispatch routine uses it */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG Forwarded;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;
DRIVER_DISPATCH DemoClose;

static NTSTATUS ForwardCounted(PDEV_EXT Ext, PIRP Irp)
{
    NTSTATUS status;
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    Ext->Forwarded++;
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Ext->Lower, Irp); /* drvlint-expect: irql-forward-at-dispatch */
    KeLowerIrql(oldIrql);
    return status;
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    return ForwardCounted((PDEV_EXT)DeviceObject->DeviceExtension, Irp);
}

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    return ForwardCounted((PDEV_EXT)DeviceObject->DeviceExtension, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
