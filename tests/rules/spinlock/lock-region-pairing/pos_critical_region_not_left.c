/* An error path returns inside the critical region (after releasing the resource but not leaving the region) */
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
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);

    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&ext->ConfigResource, TRUE);
    if (sp->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
        ExReleaseResourceLite(&ext->ConfigResource);
        Irp->IoStatus.Status = STATUS_BUFFER_TOO_SMALL;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_BUFFER_TOO_SMALL; /* drvlint-expect: lock-region-pairing */
    }
    ext->Config = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
    ExReleaseResourceLite(&ext->ConfigResource);
    KeLeaveCriticalRegion();

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
