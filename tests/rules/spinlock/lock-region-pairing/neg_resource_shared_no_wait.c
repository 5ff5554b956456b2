/* ExAcquireResourceSharedLite with Wait = FALSE: released only when it returned TRUE, inside a critical region */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ERESOURCE TableResource;
    ULONG Lookups;
    ULONG Busy;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    KeEnterCriticalRegion();
    if (ExAcquireResourceSharedLite(&ext->TableResource, FALSE)) {
        ext->Lookups++;
        ExReleaseResourceLite(&ext->TableResource);
    } else {
        ext->Busy++;
    }
    KeLeaveCriticalRegion();

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
