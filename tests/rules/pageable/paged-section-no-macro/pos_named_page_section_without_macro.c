/* A function in a named pageable section ("PAGEWMI", any section whose name starts with PAGE) lacks PAGED_CODE() */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG WmiQueries;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
static VOID CountQuery(PDEV_EXT Ext);

#pragma alloc_text(PAGEWMI, CountQuery)

static VOID CountQuery(PDEV_EXT Ext) /* drvlint-expect: paged-section-no-macro */
{
    Ext->WmiQueries++;
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    CountQuery((PDEV_EXT)DeviceObject->DeviceExtension);
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
