/* The second of two functions inside a #pragma code_seg("PAGE") region lacks PAGED_CODE() */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Opens;
    ULONG Closes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;
DRIVER_DISPATCH DemoClose;

#pragma code_seg("PAGE")
NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    PAGED_CODE();
    ext->Opens++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp) /* drvlint-expect: paged-section-no-macro */
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    ext->Closes++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
#pragma code_seg()

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
