/* IoStartNextPacket (DISPATCH_LEVEL only) called from a cleanup dispatch routine at PASSIVE_LEVEL */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;
DRIVER_DISPATCH DemoCleanup;

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoStartNextPacket(DeviceObject, FALSE);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

NTSTATUS DemoCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoStartNextPacket(DeviceObject, FALSE); /* drvlint-expect: irql-too-low */
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->MajorFunction[IRP_MJ_CLEANUP] = DemoCleanup;
    DriverObject->DriverStartIo = DemoStartIo;
    return STATUS_SUCCESS;
}
