/* A function placed in PAGE with #pragma alloc_text does not call PAGED_CODE() */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;
NTSTATUS CountOpen(PDEV_EXT Ext);

#pragma alloc_text(PAGE, CountOpen)

NTSTATUS CountOpen(PDEV_EXT Ext) /* drvlint-expect: paged-section-no-macro */
{
    Ext->Opens++;
    return STATUS_SUCCESS;
}

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status = CountOpen((PDEV_EXT)DeviceObject->DeviceExtension);

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
