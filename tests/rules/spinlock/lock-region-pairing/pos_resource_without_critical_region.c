/* An ERESOURCE is acquired with normal kernel APCs enabled (no KeEnterCriticalRegion) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ERESOURCE ConfigResource;
    ULONG Config;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    ExAcquireResourceExclusiveLite(&ext->ConfigResource, TRUE); /* drvlint-expect: lock-region-pairing */
    ext->Config++;
    ExReleaseResourceLite(&ext->ConfigResource);

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
