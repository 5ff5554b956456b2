/* A fast mutex acquired and released on every path, including an early exit */
#include <ntddk.h>

typedef struct _DEV_EXT {
    FAST_MUTEX ListMutex;
    ULONG Entries;
    BOOLEAN Full;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_SUCCESS;

    ExAcquireFastMutex(&ext->ListMutex);
    if (ext->Full) {
        ExReleaseFastMutex(&ext->ListMutex);
        status = STATUS_INSUFFICIENT_RESOURCES;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    ext->Entries++;
    ExReleaseFastMutex(&ext->ListMutex);

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
