/* A pageable function called only from PASSIVE_LEVEL code (DriverEntry and a create dispatch routine) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Opens;
    ULONG Limit;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;
NTSTATUS CheckLimit(PDEV_EXT Ext);

#pragma alloc_text(PAGE, CheckLimit)

NTSTATUS CheckLimit(PDEV_EXT Ext)
{
    PAGED_CODE();
    return Ext->Opens < Ext->Limit ? STATUS_SUCCESS : STATUS_DEVICE_BUSY;
}

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status = CheckLimit(ext);

    if (NT_SUCCESS(status)) {
        ext->Opens++;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    ext->Opens = 0;
    ext->Limit = 4;
    (VOID)CheckLimit(ext);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
