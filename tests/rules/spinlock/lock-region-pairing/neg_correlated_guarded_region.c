/* Correlated branches: a guarded region entered and left under the same condition */
#include <ntddk.h>

typedef struct _DEV_EXT {
    BOOLEAN Protect;
    ULONG Closes;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN protect = ext->Protect;

    if (protect) {
        KeEnterGuardedRegion();
    }
    ext->Closes++;
    if (protect) {
        KeLeaveGuardedRegion();
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
