/* A WMI (IRP_MJ_SYSTEM_CONTROL) request forwarded by a helper called while the IRQL is raised */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG WmiRequests;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoSystemControl;

static NTSTATUS PassDown(PDEV_EXT Ext, PIRP Irp)
{
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(Ext->Lower, Irp); /* drvlint-expect: irql-forward-at-dispatch */
}

NTSTATUS DemoSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->WmiRequests++;
    status = PassDown(ext, Irp);
    KeLowerIrql(oldIrql);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DemoSystemControl;
    return STATUS_SUCCESS;
}
