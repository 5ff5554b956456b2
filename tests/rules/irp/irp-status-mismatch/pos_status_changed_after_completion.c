/* Reads past the end of the buffer are completed with STATUS_END_OF_FILE
   by a helper that returns that status; on that branch only, the caller
   then overwrites the status with a "friendlier" one before returning. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    UCHAR Data[256];
    ULONG Valid;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;

static NTSTATUS DemoComplete(PIRP Irp, NTSTATUS Status, ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG offset = stack->Parameters.Read.ByteOffset.LowPart;
    ULONG length = stack->Parameters.Read.Length;
    NTSTATUS status;

    if (offset >= ext->Valid) {
        status = DemoComplete(Irp, STATUS_END_OF_FILE, 0);
        status = STATUS_SUCCESS;
    } else {
        if (length > ext->Valid - offset) {
            length = ext->Valid - offset;
        }
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &ext->Data[offset], length);
        status = DemoComplete(Irp, STATUS_SUCCESS, length);
    }
    return status; /* drvlint-expect: irp-status-mismatch */
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return DemoComplete(Irp, STATUS_SUCCESS, 0);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
