/* A StartIo routine in the PAGE section is stored in DriverObject->DriverStartIo */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;

#pragma alloc_text(PAGE, DemoStartIo)

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PAGED_CODE();
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoStartNextPacket(DeviceObject, FALSE);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->DriverStartIo = DemoStartIo; /* drvlint-expect: paged-callback */
    return STATUS_SUCCESS;
}
