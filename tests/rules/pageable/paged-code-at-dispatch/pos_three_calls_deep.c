/* A pageable function reached three calls deep from StartIo (DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Transfers;
    ULONG Histogram[8];
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;
VOID UpdateHistogram(PDEV_EXT Ext, ULONG Length);

#pragma alloc_text(PAGE, UpdateHistogram)

VOID UpdateHistogram(PDEV_EXT Ext, ULONG Length)
{
    PAGED_CODE();
    Ext->Histogram[Length % 8]++;
}

static VOID RecordLength(PDEV_EXT Ext, ULONG Length)
{
    UpdateHistogram(Ext, Length); /* drvlint-expect: paged-code-at-dispatch */
}

static VOID RecordTransfer(PDEV_EXT Ext, ULONG Length)
{
    Ext->Transfers++;
    RecordLength(Ext, Length);
}

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);

    RecordTransfer((PDEV_EXT)DeviceObject->DeviceExtension, sp->Parameters.Write.Length);
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
