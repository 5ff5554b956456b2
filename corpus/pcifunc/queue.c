/*
 * queue.c - QDA-16 function driver: the cancel-safe queue of
 * IOCTL_QDA_WAIT_TRIGGER requests.
 *
 * The I/O manager's IoCsqXxx routines call the six callbacks below with
 * TriggerLock held (except the completion of canceled IRPs), so the
 * callbacks only manipulate the list. Every queued IRP holds the remove
 * lock with the IRP as tag.
 */
#include "qda.h"

static PQDA_EXTENSION
QdaFromCsq(_In_ PIO_CSQ Csq)
{
    return CONTAINING_RECORD(Csq, QDA_EXTENSION, TriggerQueue);
}

VOID
QdaCsqInsert(_In_ PIO_CSQ Csq, _In_ PIRP Irp)
{
    PQDA_EXTENSION ext = QdaFromCsq(Csq);

    InsertTailList(&ext->TriggerWaiters, &Irp->Tail.Overlay.ListEntry);
}

VOID
QdaCsqRemove(_In_ PIO_CSQ Csq, _In_ PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);

    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
}

/*
 * The next waiter after Irp (from the head when Irp is NULL). A non-NULL
 * PeekContext is a file object: only its waiters match.
 */
PIRP
QdaCsqPeekNext(_In_ PIO_CSQ Csq, _In_opt_ PIRP Irp, _In_opt_ PVOID PeekContext)
{
    PQDA_EXTENSION ext = QdaFromCsq(Csq);
    PLIST_ENTRY entry;
    PIRP candidate;

    entry = (Irp == NULL) ? ext->TriggerWaiters.Flink : Irp->Tail.Overlay.ListEntry.Flink;
    while (entry != &ext->TriggerWaiters) {
        candidate = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        if (PeekContext == NULL ||
            IoGetCurrentIrpStackLocation(candidate)->FileObject == (PFILE_OBJECT)PeekContext) {
            return candidate;
        }
        entry = entry->Flink;
    }
    return NULL;
}

_IRQL_raises_(DISPATCH_LEVEL)
_Acquires_lock_(QdaFromCsq(Csq)->TriggerLock)
VOID
QdaCsqAcquireLock(_In_ PIO_CSQ Csq, _Out_ _IRQL_saves_ PKIRQL Irql)
{
    PQDA_EXTENSION ext = QdaFromCsq(Csq);

    KeAcquireSpinLock(&ext->TriggerLock, Irql);
}

_IRQL_requires_(DISPATCH_LEVEL)
_Releases_lock_(QdaFromCsq(Csq)->TriggerLock)
VOID
QdaCsqReleaseLock(_In_ PIO_CSQ Csq, _In_ _IRQL_restores_ KIRQL Irql)
{
    PQDA_EXTENSION ext = QdaFromCsq(Csq);

    KeReleaseSpinLock(&ext->TriggerLock, Irql);
}

VOID
QdaCsqCompleteCanceled(_In_ PIO_CSQ Csq, _In_ PIRP Irp)
{
    PQDA_EXTENSION ext = QdaFromCsq(Csq);

    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
}

VOID
QdaInitializeTriggerQueue(_In_ PQDA_EXTENSION Ext)
{
    InitializeListHead(&Ext->TriggerWaiters);
    KeInitializeSpinLock(&Ext->TriggerLock);
    (void)IoCsqInitialize(&Ext->TriggerQueue, QdaCsqInsert, QdaCsqRemove, QdaCsqPeekNext,
                          QdaCsqAcquireLock, QdaCsqReleaseLock, QdaCsqCompleteCanceled);
}

/* The comparator fired: every waiter gets the same event record. */
VOID
QdaSatisfyTriggerWaiters(_In_ PQDA_EXTENSION Ext)
{
    PQDA_TRIGGER_EVENT record;
    ULONG sequence;
    ULONG level;
    PIRP irp;

    sequence = (ULONG)InterlockedIncrement(&Ext->TriggerSequence);
    level = READ_REGISTER_ULONG(&Ext->Regs->InCount);
    for (;;) {
        irp = IoCsqRemoveNextIrp(&Ext->TriggerQueue, NULL);
        if (irp == NULL) {
            break;
        }
        record = (PQDA_TRIGGER_EVENT)irp->AssociatedIrp.SystemBuffer;
        record->Sequence = sequence;
        record->InCount = level;
        irp->IoStatus.Status = STATUS_SUCCESS;
        irp->IoStatus.Information = sizeof(QDA_TRIGGER_EVENT);
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&Ext->RemoveLock, irp);
    }
}

/* Fails the waiters of one file object, or all of them when FileObject is NULL. */
VOID
QdaFlushTriggerWaiters(_In_ PQDA_EXTENSION Ext, _In_opt_ PFILE_OBJECT FileObject, _In_ NTSTATUS Status)
{
    PIRP irp;

    for (;;) {
        irp = IoCsqRemoveNextIrp(&Ext->TriggerQueue, FileObject);
        if (irp == NULL) {
            break;
        }
        irp->IoStatus.Status = Status;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&Ext->RemoveLock, irp);
    }
}
