/* KeAcquireInterruptSpinLock's returned old IRQL is passed back to KeReleaseInterruptSpinLock */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PKINTERRUPT Interrupt;
    ULONG Mask;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
KSERVICE_ROUTINE DemoIsr;

BOOLEAN DemoIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEV_EXT ext = (PDEV_EXT)ServiceContext;

    UNREFERENCED_PARAMETER(Interrupt);
    return (BOOLEAN)(ext->Mask != 0);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    oldIrql = KeAcquireInterruptSpinLock(ext->Interrupt);
    ext->Mask = 0;
    KeReleaseInterruptSpinLock(ext->Interrupt, oldIrql);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
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
    ext->Mask = 1;
    status = IoConnectInterrupt(&ext->Interrupt, DemoIsr, ext, NULL, 5, 5, 5,
                                LevelSensitive, TRUE, 1, FALSE);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(dev);
        return status;
    }
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
