/* On IRP_MN_SURPRISE_REMOVAL the driver already waits for its outstanding
   I/O with IoReleaseRemoveLockAndWait; after that every acquisition fails,
   and the REMOVE_DEVICE that follows can no longer take the lock. */
#include <wdm.h>

#define DEMO_TAG 'omeD'

typedef struct _FDO_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    IO_REMOVE_LOCK RemoveLock;
    BOOLEAN Started;
} FDO_EXT, *PFDO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE DemoAddDevice;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoPnp;
DRIVER_DISPATCH DemoPower;
DRIVER_DISPATCH DemoSystemControl;

static NTSTATUS DemoFailRequest(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DemoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return DemoFailRequest(Irp, status);
    }

    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        ext->Started = FALSE;
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }

    if (stack->MinorFunction == IRP_MN_SURPRISE_REMOVAL) {
        ext->Started = FALSE;
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp); /* drvlint-expect: remove-lock-wait-outside-remove */
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->Lower, Irp);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        PoStartNextPowerIrp(Irp);
        return DemoFailRequest(Irp, status);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return DemoFailRequest(Irp, status);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    PFDO_EXT ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(FDO_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFDO_EXT)fdo->DeviceExtension;
    ext->Self = fdo;
    ext->Started = FALSE;
    IoInitializeRemoveLock(&ext->RemoveLock, DEMO_TAG, 0, 0);
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = DemoAddDevice;
    DriverObject->DriverUnload = DemoUnload;
    DriverObject->MajorFunction[IRP_MJ_PNP] = DemoPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = DemoPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DemoSystemControl;
    return STATUS_SUCCESS;
}
