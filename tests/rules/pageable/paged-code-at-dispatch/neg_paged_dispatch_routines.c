/* Pageable create/close dispatch routines (PASSIVE_LEVEL) calling a pageable helper */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Handles;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
static NTSTATUS CompleteSimple(PIRP Irp, NTSTATUS Status);

#pragma alloc_text(PAGE, DemoCreateClose)
#pragma alloc_text(PAGE, CompleteSimple)

static NTSTATUS CompleteSimple(PIRP Irp, NTSTATUS Status)
{
    PAGED_CODE();
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION sp = IoGetCurrentIrpStackLocation(Irp);

    PAGED_CODE();
    if (sp->MajorFunction == IRP_MJ_CREATE) {
        ext->Handles++;
    } else {
        ext->Handles--;
    }
    return CompleteSimple(Irp, STATUS_SUCCESS);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    return STATUS_SUCCESS;
}
