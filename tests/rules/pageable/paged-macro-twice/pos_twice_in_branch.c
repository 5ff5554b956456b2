/* A second PAGED_CODE() sits inside a branch merged in from another function */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Closes;
    BOOLEAN LastHandle;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

#pragma code_seg("PAGE")
NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    PAGED_CODE();
    ext->Closes++;
    if (ext->LastHandle) {
        PAGED_CODE(); /* drvlint-expect: paged-macro-twice */
        ext->LastHandle = FALSE;
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
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
