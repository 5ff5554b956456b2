/* Raise and lower under the same condition (correlated branches) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    BOOLEAN Exclusive;
    ULONG Reads;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN exclusive = ext->Exclusive;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (exclusive) {
        KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    }
    ext->Reads++;
    if (exclusive) {
        KeLowerIrql(oldIrql);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
