/* Built to run on systems before Windows Vista (device.json: target
   pre-vista). The driver calls PoStartNextPowerIrp only while handling a
   device-power SET_POWER; system-power SET_POWER, QUERY_POWER, WAIT_WAKE and
   POWER_SEQUENCE IRPs are passed down with PoCallDriver without it. */
#include <wdm.h>

typedef struct _FDO_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    DEVICE_POWER_STATE DevicePower;
    BOOLEAN ContextSaved;
    BOOLEAN Started;
} FDO_EXT, *PFDO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE DemoAddDevice;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoPnp;
DRIVER_DISPATCH DemoPower;
DRIVER_DISPATCH DemoPassDown;

static NTSTATUS DemoSaveContext(PFDO_EXT Ext)
{
    if (!Ext->Started) {
        return STATUS_DEVICE_NOT_READY;
    }
    Ext->ContextSaved = TRUE;
    return STATUS_SUCCESS;
}

NTSTATUS DemoPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    POWER_STATE state;

    if (stack->MinorFunction == IRP_MN_SET_POWER &&
        stack->Parameters.Power.Type == DevicePowerState) {
        state = stack->Parameters.Power.State;
        if (state.DeviceState > ext->DevicePower) {
            /* powering down: best effort */
            (VOID)DemoSaveContext(ext);
        }
        ext->DevicePower = state.DeviceState;
        PoSetPowerState(DeviceObject, DevicePowerState, state);
        PoStartNextPowerIrp(Irp);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp); /* drvlint-expect: power-irp-handling */
}

NTSTATUS DemoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        ext->Started = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DemoPassDown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
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
    RtlZeroMemory(ext, sizeof(FDO_EXT));
    ext->Self = fdo;
    ext->DevicePower = PowerDeviceD0;
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
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DemoPassDown;
    return STATUS_SUCCESS;
}
