/* The dispatch routine finishes cached reads synchronously but reports every
   read as pending, also the ones it has just completed. */
#include <wdm.h>

typedef struct _DEMO_EXT {
    KSPIN_LOCK Lock;
    LIST_ENTRY Waiting;
    ULONG Cached;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    KIRQL oldIrql;

    if (ext->Cached >= stack->Parameters.Read.Length) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = stack->Parameters.Read.Length;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    } else {
        IoMarkIrpPending(Irp);
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
        InsertTailList(&ext->Waiting, &Irp->Tail.Overlay.ListEntry);
        KeReleaseSpinLock(&ext->Lock, oldIrql);
    }
    return STATUS_PENDING; /* drvlint-expect: irp-pending-completed */
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
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
