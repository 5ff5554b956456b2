/* An IRP_MJ_CLEANUP request forwarded with IoCallDriver while the IRQL is raised to DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG Cleanups;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCleanup;

NTSTATUS DemoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->Cleanups++;
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp); /* drvlint-expect: irql-forward-at-dispatch */
    KeLowerIrql(oldIrql);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DemoCleanup;
    return STATUS_SUCCESS;
}
