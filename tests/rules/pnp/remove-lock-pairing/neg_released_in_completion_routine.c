/* Reads hold the remove lock while the lower driver works on them: the
   dispatch routine acquires it and the completion routine releases it when
   the lower driver completes the IRP. */
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
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;
IO_COMPLETION_ROUTINE DemoReadDone;

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
        Irp->IoStatus.Status = STATUS_SUCCESS;
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

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return DemoFailRequest(Irp, STATUS_SUCCESS);
}

NTSTATUS DemoReadDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFDO_EXT ext = (PFDO_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return DemoFailRequest(Irp, status);
    }
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DemoReadDone, ext, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->Lower, Irp);
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
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
