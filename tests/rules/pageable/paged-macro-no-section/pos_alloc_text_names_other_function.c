/* #pragma alloc_text names the wrong function: the one with PAGED_CODE() stays resident */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Reads;
    ULONG Writes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoReadWrite;
static VOID CountRead(PDEV_EXT Ext);
static VOID CountWrite(PDEV_EXT Ext);

#pragma alloc_text(PAGE, CountRead)

static VOID CountRead(PDEV_EXT Ext)
{
    PAGED_CODE();
    Ext->Reads++;
}

static VOID CountWrite(PDEV_EXT Ext)
{
    PAGED_CODE(); /* drvlint-expect: paged-macro-no-section */
    Ext->Writes++;
}

NTSTATUS DemoReadWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    if (IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_READ) {
        CountRead(ext);
    } else {
        CountWrite(ext);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoReadWrite;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoReadWrite;
    return STATUS_SUCCESS;
}
