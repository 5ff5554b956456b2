/* A driver helper declared _IRQL_requires_max_(PASSIVE_LEVEL) called from StartIo (DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Completed;
    ULONG Errors;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;

_IRQL_requires_max_(PASSIVE_LEVEL)
static VOID LogTransfer(PDEV_EXT Ext, ULONG Length)
{
    if (Length == 0) {
        Ext->Errors++;
    }
}

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);

    LogTransfer(ext, sp->Parameters.Write.Length); /* drvlint-expect: irql-too-high */
    ext->Completed++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = sp->Parameters.Write.Length;
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
    DriverObject->DriverStartIo = DemoStartIo;
    return STATUS_SUCCESS;
}
