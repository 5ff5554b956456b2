/* IoGetDeviceProperty (PASSIVE_LEVEL only) called after KeRaiseIrql(DISPATCH_LEVEL) and before KeLowerIrql */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Pdo;
    ULONG Address;
    volatile LONG Generation;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    ULONG address = 0;
    ULONG length = 0;
    KIRQL oldIrql;
    NTSTATUS status;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->Generation++;
    status = IoGetDeviceProperty(ext->Pdo, DevicePropertyAddress, /* drvlint-expect: irql-too-high */
                                 sizeof(address), &address, &length);
    KeLowerIrql(oldIrql);
    if (NT_SUCCESS(status)) {
        ext->Address = address;
    }

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
