/* Two pageable functions, each with exactly one PAGED_CODE(); one calls the other */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Opens;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;
static VOID CountOpen(PDEV_EXT Ext);

#pragma alloc_text(PAGE, CountOpen)
#pragma alloc_text(PAGE, DemoCreate)

static VOID CountOpen(PDEV_EXT Ext)
{
    PAGED_CODE();
    Ext->Opens++;
}

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PAGED_CODE();
    CountOpen((PDEV_EXT)DeviceObject->DeviceExtension);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
