/* The write handler completes the IRP and then logs the request length from
   the IRP's stack location, which belongs to a completed IRP. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    ULONG LastWriteLength;
    ULONG Writes;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoWrite;

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    ext->Writes++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = stack->Parameters.Write.Length;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    ext->LastWriteLength = stack->Parameters.Write.Length; /* drvlint-expect: irp-use-after-complete */
    return STATUS_SUCCESS;
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
