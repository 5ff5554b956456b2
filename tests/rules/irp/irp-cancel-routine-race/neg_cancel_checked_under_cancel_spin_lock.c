/* The classic queue protected by the system cancel spin lock: with the lock
   held the dispatch routine checks Irp->Cancel first and only then sets the
   cancel routine, which IoCancelIrp cannot interleave with; the dequeue path
   clears the cancel routine under the same lock before completing. */
#include <wdm.h>

#define IOCTL_DEMO_RELEASE_ONE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x890, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DEMO_EXT {
    LIST_ENTRY Waiters;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoRead;
DRIVER_DISPATCH DemoIoctl;
DRIVER_CANCEL DemoCancelWaiter;

VOID DemoCancelWaiter(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    KIRQL cancelIrql;

    IoAcquireCancelSpinLock(&cancelIrql);
    if (Irp->Cancel) {
        IoReleaseCancelSpinLock(cancelIrql);
        Irp->IoStatus.Status = STATUS_CANCELLED;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_CANCELLED;
    }
    IoMarkIrpPending(Irp);
    InsertTailList(&ext->Waiters, &Irp->Tail.Overlay.ListEntry);
    IoSetCancelRoutine(Irp, DemoCancelWaiter);
    IoReleaseCancelSpinLock(cancelIrql);
    return STATUS_PENDING;
}

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    PLIST_ENTRY entry;
    PIRP waiter = NULL;
    KIRQL cancelIrql;

    if (stack->Parameters.DeviceIoControl.IoControlCode == IOCTL_DEMO_RELEASE_ONE) {
        IoAcquireCancelSpinLock(&cancelIrql);
        if (!IsListEmpty(&ext->Waiters)) {
            entry = RemoveHeadList(&ext->Waiters);
            waiter = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
            IoSetCancelRoutine(waiter, NULL);
        }
        IoReleaseCancelSpinLock(cancelIrql);
        if (waiter != NULL) {
            waiter->IoStatus.Status = STATUS_SUCCESS;
            waiter->IoStatus.Information = 0;
            IoCompleteRequest(waiter, IO_NO_INCREMENT);
        }
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
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

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    IoDeleteDevice(DriverObject->DeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNICODE_STRING name;
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&name, L"\\Device\\DemoWaitList");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    InitializeListHead(&((PDEMO_EXT)device->DeviceExtension)->Waiters);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoIoctl;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
