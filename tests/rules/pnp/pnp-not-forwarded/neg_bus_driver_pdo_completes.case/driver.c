/* driver.c - DriverEntry, AddDevice and the dispatch routines shared by the
   FDO and the PDOs; each routine branches on the kind of device object. */
#include "bus.h"

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE BusAddDevice;
DRIVER_UNLOAD BusUnload;
DRIVER_DISPATCH BusDispatchPnp;
DRIVER_DISPATCH BusDispatchPower;
DRIVER_DISPATCH BusDispatchSystemControl;

NTSTATUS BusDispatchPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PCOMMON_EXT common = (PCOMMON_EXT)DeviceObject->DeviceExtension;

    if (common->IsFdo) {
        return BusFdoPnp(DeviceObject, Irp);
    }
    return BusPdoPnp(DeviceObject, Irp);
}

NTSTATUS BusDispatchPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PCOMMON_EXT common = (PCOMMON_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    if (common->IsFdo) {
        IoSkipCurrentIrpStackLocation(Irp);
        return PoCallDriver(((PFDO_EXT)common)->Lower, Irp);
    }
    /* the PDO is the bottom of its stack: it accepts every power request */
    status = STATUS_SUCCESS;
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS BusDispatchSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PCOMMON_EXT common = (PCOMMON_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    if (common->IsFdo) {
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(((PFDO_EXT)common)->Lower, Irp);
    }
    /* no WMI on the children: leave the status as it came */
    status = Irp->IoStatus.Status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS BusAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    PFDO_EXT ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(FDO_EXT), NULL, FILE_DEVICE_BUS_EXTENDER,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFDO_EXT)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(FDO_EXT));
    ext->Common.IsFdo = TRUE;
    ext->Common.Self = fdo;
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID BusUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = BusAddDevice;
    DriverObject->DriverUnload = BusUnload;
    DriverObject->MajorFunction[IRP_MJ_PNP] = BusDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = BusDispatchPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = BusDispatchSystemControl;
    return STATUS_SUCCESS;
}
