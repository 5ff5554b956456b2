/* A DpcForIsr calls IoStartNextPacket while still holding its spin lock */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PKINTERRUPT Interrupt;
    KSPIN_LOCK Lock;
    ULONG Done;
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
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Context);
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    ext->Done++;
    IoStartNextPacket(DeviceObject, FALSE); /* drvlint-expect: spinlock-complete-while-held */
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
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
    KeInitializeSpinLock(&ext->Lock);
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
