/* IoStartNextPacket called from the DpcForIsr, at DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PKINTERRUPT Interrupt;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;
KSERVICE_ROUTINE DemoIsr;
IO_DPC_ROUTINE DemoDpcForIsr;

BOOLEAN DemoIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEVICE_OBJECT dev = (PDEVICE_OBJECT)ServiceContext;

    UNREFERENCED_PARAMETER(Interrupt);
    IoRequestDpc(dev, dev->CurrentIrp, NULL);
    return TRUE;
}

VOID DemoDpcForIsr(PKDPC Dpc, PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Context);
    IoStartNextPacket(DeviceObject, FALSE);
    if (Irp != NULL) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
}

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Information = 0;
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
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
    IoInitializeDpcRequest(dev, DemoDpcForIsr);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->DriverStartIo = DemoStartIo;
    status = IoConnectInterrupt(&ext->Interrupt, DemoIsr, dev, NULL, 5, 5, 5,
                                LevelSensitive, TRUE, 1, FALSE);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(dev);
    }
    return status;
}
