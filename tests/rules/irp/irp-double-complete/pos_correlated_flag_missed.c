/* Early completions record that the IRP is finished in a local flag, and the
   common code completes only when the flag is clear; one early exit forgets to
   set the flag, so on that branch alone the IRP is completed twice. */
#include <wdm.h>

#define DEMO_MAX_WRITE 4096

typedef struct _DEMO_EXT {
    ULONG BytesWritten;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;
DRIVER_DISPATCH DemoCreateClose;

static VOID DemoFail(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG length = stack->Parameters.Write.Length;
    BOOLEAN finished = FALSE;
    NTSTATUS status = STATUS_SUCCESS;

    if (length == 0) {
        status = STATUS_INVALID_PARAMETER;
        DemoFail(Irp, status);
        finished = TRUE;
    } else if (length > DEMO_MAX_WRITE) {
        status = STATUS_INVALID_BUFFER_SIZE;
        DemoFail(Irp, status);
    }

    if (!finished) {
        ext->BytesWritten += length;
        Irp->IoStatus.Status = status; /* drvlint-expect: irp-use-after-complete */
        Irp->IoStatus.Information = length; /* drvlint-expect: irp-use-after-complete */
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: irp-double-complete */
    }
    return status;
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
