/* A cancel-safe queue: IoCsqInitialize with the six callbacks, a wait IOCTL
   that IoCsqInsertIrp queues (which marks the IRP pending) before returning
   STATUS_PENDING, and a signal IOCTL that takes the next waiter out with
   IoCsqRemoveNextIrp and completes it. */
#include <wdm.h>

#define IOCTL_DEMO_WAIT_EVENT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x820, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DEMO_SIGNAL     CTL_CODE(FILE_DEVICE_UNKNOWN, 0x821, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _DEMO_EXT {
    IO_CSQ Csq;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY PendingWaits;
} DEMO_EXT, *PDEMO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoIoctl;
IO_CSQ_INSERT_IRP DemoCsqInsert;
IO_CSQ_REMOVE_IRP DemoCsqRemove;
IO_CSQ_PEEK_NEXT_IRP DemoCsqPeekNext;
IO_CSQ_ACQUIRE_LOCK DemoCsqAcquireLock;
IO_CSQ_RELEASE_LOCK DemoCsqReleaseLock;
IO_CSQ_COMPLETE_CANCELED_IRP DemoCsqCompleteCanceled;

VOID DemoCsqInsert(PIO_CSQ Csq, PIRP Irp)
{
    PDEMO_EXT ext = CONTAINING_RECORD(Csq, DEMO_EXT, Csq);
    InsertTailList(&ext->PendingWaits, &Irp->Tail.Overlay.ListEntry);
}

VOID DemoCsqRemove(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
}

PIRP DemoCsqPeekNext(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext)
{
    PDEMO_EXT ext = CONTAINING_RECORD(Csq, DEMO_EXT, Csq);
    PLIST_ENTRY next;

    UNREFERENCED_PARAMETER(PeekContext);
    next = (Irp == NULL) ? ext->PendingWaits.Flink : Irp->Tail.Overlay.ListEntry.Flink;
    if (next == &ext->PendingWaits) {
        return NULL;
    }
    return CONTAINING_RECORD(next, IRP, Tail.Overlay.ListEntry);
}

_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(CONTAINING_RECORD(Csq, DEMO_EXT, Csq)->QueueLock)
VOID DemoCsqAcquireLock(PIO_CSQ Csq, _Out_ _IRQL_saves_ PKIRQL Irql)
{
    PDEMO_EXT ext = CONTAINING_RECORD(Csq, DEMO_EXT, Csq);
    KeAcquireSpinLock(&ext->QueueLock, Irql);
}

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(CONTAINING_RECORD(Csq, DEMO_EXT, Csq)->QueueLock)
VOID DemoCsqReleaseLock(PIO_CSQ Csq, _IRQL_restores_ KIRQL Irql)
{
    PDEMO_EXT ext = CONTAINING_RECORD(Csq, DEMO_EXT, Csq);
    KeReleaseSpinLock(&ext->QueueLock, Irql);
}

VOID DemoCsqCompleteCanceled(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoIoctl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEMO_EXT ext = (PDEMO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
    PIRP waiter;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_DEMO_WAIT_EVENT:
        IoCsqInsertIrp(&ext->Csq, Irp, NULL);
        return STATUS_PENDING;

    case IOCTL_DEMO_SIGNAL:
        waiter = IoCsqRemoveNextIrp(&ext->Csq, NULL);
        if (waiter != NULL) {
            waiter->IoStatus.Status = STATUS_SUCCESS;
            waiter->IoStatus.Information = 0;
            IoCompleteRequest(waiter, IO_NO_INCREMENT);
        }
        status = STATUS_SUCCESS;
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
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
    PDEMO_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlInitUnicodeString(&name, L"\\Device\\DemoWaiter");
    status = IoCreateDevice(DriverObject, sizeof(DEMO_EXT), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEMO_EXT)device->DeviceExtension;
    KeInitializeSpinLock(&ext->QueueLock);
    InitializeListHead(&ext->PendingWaits);
    IoCsqInitialize(&ext->Csq, DemoCsqInsert, DemoCsqRemove, DemoCsqPeekNext,
                    DemoCsqAcquireLock, DemoCsqReleaseLock, DemoCsqCompleteCanceled);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoIoctl;
    DriverObject->DriverUnload = DemoUnload;
    device->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
