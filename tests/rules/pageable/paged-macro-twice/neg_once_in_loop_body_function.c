/* A single PAGED_CODE() at the top of a function whose loop calls a pageable helper many times */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Table[8];
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
static VOID ResetEntry(PDEV_EXT Ext, ULONG Index);

#pragma code_seg("PAGE")
static VOID ResetEntry(PDEV_EXT Ext, ULONG Index)
{
    PAGED_CODE();
    Ext->Table[Index] = 0;
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    ULONG i;

    PAGED_CODE();
    for (i = 0; i < 8; i++) {
        ResetEntry(ext, i);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
#pragma code_seg()

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
