/*
 * queue.c - IOCTL_CTLQ_WAIT requests that wait for a newer journal record.
 *
 * A wait that cannot be satisfied at once is pended on WaitQueue (through
 * Irp->Tail.Overlay.ListEntry) with a cancel routine. Whoever takes an IRP
 * off the queue to complete it (the worker, the cleanup and unload paths)
 * first clears the cancel routine with IoSetCancelRoutine(Irp, NULL), all
 * under QueueLock:
 *   - it gets the routine back: the IRP is ours, the cancel routine will
 *     not run; we remove and complete it;
 *   - it gets NULL: the I/O manager is calling the cancel routine, which
 *     is waiting for QueueLock; we leave the IRP on the queue and the
 *     cancel routine removes and completes it.
 * The cancel routine drops the cancel spin lock at once and works under
 * QueueLock only.
 *
 * Irp->Tail.Overlay.DriverContext[0] holds the sequence number the client
 * waits to see exceeded, DriverContext[1] the worker periods it waited.
 */
#include "ctlq.h"

/* ---- completing a wait ------------------------------------------------------------ */

VOID CtlqFinishWait(_Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_opt_ PCTLQ_RECORD Record)
{
    ULONG_PTR information = 0;

    /* the dispatch routine checked that the output buffer holds a record */
    if (Record != NULL && NT_SUCCESS(Status)) {
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, Record, sizeof(CTLQ_RECORD));
        information = sizeof(CTLQ_RECORD);
    }
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = information;
#if defined(DRVLINT_BUG_RECHECK_COMPLETES_CANCELABLE)
    IoCompleteRequest(Irp, IO_NO_INCREMENT);    /* drvlint-expect: irp-cancel-routine-race */
#elif defined(DRVLINT_BUG_COMPLETE_UNDER_QUEUE_LOCK)
    IoCompleteRequest(Irp, IO_NO_INCREMENT);    /* drvlint-expect: spinlock-complete-while-held */
#else
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
#endif
}

/* ---- the cancel routine -------------------------------------------------------------- */

VOID CtlqCancelWait(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PCTLQ_EXTENSION ext = (PCTLQ_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL irql;

#ifdef DRVLINT_BUG_CANCEL_KEEPS_CANCEL_LOCK
    if (ext->Stopping) {
        /* Unload fails every queued wait anyway */
        return;     /* drvlint-expect: cancel-lock-held-at-exit */
    }
#endif

    /* The queue has its own lock: let go of the system-wide one first. */
#ifdef DRVLINT_BUG_CANCEL_RELEASE_WRONG_IRQL
    IoReleaseCancelSpinLock(DISPATCH_LEVEL);    /* drvlint-expect: cancel-lock-held-at-exit */
#else
    IoReleaseCancelSpinLock(Irp->CancelIrql);
#endif

    KeAcquireSpinLock(&ext->QueueLock, &irql);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
    ext->QueuedCount--;
    KeReleaseSpinLock(&ext->QueueLock, irql);

    CtlqFinishWait(Irp, STATUS_CANCELLED, NULL);
}

/* ---- pending a wait ------------------------------------------------------------------ */

#ifdef DRVLINT_CLEAN_RELEASE_IN_CALLEE
/*
 * Drops QueueLock (restoring the IRQL the caller saved) and fails a wait
 * that was cancelled before it could be queued.
 */
_Requires_lock_held_(Ext->QueueLock)
_Releases_lock_(Ext->QueueLock)
_IRQL_requires_(DISPATCH_LEVEL)
static VOID CtlqUnlockAndCancel(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp,
                                _In_ _IRQL_restores_ KIRQL Irql)
{
    KeReleaseSpinLock(&Ext->QueueLock, Irql);
    CtlqFinishWait(Irp, STATUS_CANCELLED, NULL);
}
#endif

NTSTATUS CtlqQueueWait(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp)
{
    PCTLQ_WAIT_REQUEST request = (PCTLQ_WAIT_REQUEST)Irp->AssociatedIrp.SystemBuffer;
    ULONG after = request->AfterSequence;
    CTLQ_RECORD record;
    KIRQL irql;

    /* A newer record may be there already. */
    if (CtlqJournalFind(Ext, after, &record)) {
        CtlqFinishWait(Irp, STATUS_SUCCESS, &record);
        return STATUS_SUCCESS;
    }

    Irp->Tail.Overlay.DriverContext[0] = (PVOID)(ULONG_PTR)after;
    Irp->Tail.Overlay.DriverContext[1] = (PVOID)(ULONG_PTR)0;

    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    if (Ext->Stopping) {
        KeReleaseSpinLock(&Ext->QueueLock, irql);
        CtlqFinishWait(Irp, STATUS_DEVICE_NOT_READY, NULL);
        return STATUS_DEVICE_NOT_READY;
    }

#if defined(DRVLINT_BUG_DIRECT_CANCEL_ASSIGN)
    Irp->CancelRoutine = CtlqCancelWait;    /* drvlint-expect: irp-cancel-routine-race */
#elif defined(DRVLINT_BUG_NO_CANCEL_RECHECK)
    IoSetCancelRoutine(Irp, CtlqCancelWait);    /* drvlint-expect: irp-cancel-routine-race */
#else
    IoSetCancelRoutine(Irp, CtlqCancelWait);
#endif

#ifndef DRVLINT_BUG_NO_CANCEL_RECHECK
    /*
     * Cancelled before the routine was set? If we can take the routine
     * back, the I/O manager did not call it and the IRP is ours to fail.
     * If we cannot (NULL), the cancel routine runs already: it waits for
     * QueueLock and then removes the IRP from the queue and completes it,
     * so we queue it as usual.
     */
    if (Irp->Cancel && IoSetCancelRoutine(Irp, NULL) != NULL) {
#ifdef DRVLINT_CLEAN_RELEASE_IN_CALLEE
        CtlqUnlockAndCancel(Ext, Irp, irql);
#else
        KeReleaseSpinLock(&Ext->QueueLock, irql);
        CtlqFinishWait(Irp, STATUS_CANCELLED, NULL);
#endif
        return STATUS_CANCELLED;
    }
#endif

#ifdef DRVLINT_BUG_RECHECK_COMPLETES_CANCELABLE
    /* a record may have been appended since we looked: do not miss it */
    if (CtlqJournalFind(Ext, after, &record)) {
        KeReleaseSpinLock(&Ext->QueueLock, irql);
        CtlqFinishWait(Irp, STATUS_SUCCESS, &record);
        return STATUS_SUCCESS;
    }
#endif

    IoMarkIrpPending(Irp);
    InsertTailList(&Ext->WaitQueue, &Irp->Tail.Overlay.ListEntry);
    Ext->QueuedCount++;

    /* A record appended between the look above and now is picked up by
       the worker's next pass, at most one period later. */
    KeReleaseSpinLock(&Ext->QueueLock, irql);
    return STATUS_PENDING;
}

/* ---- the worker's pass over the queue -------------------------------------------------- */

VOID CtlqServiceWaits(_In_ PCTLQ_EXTENSION Ext, _In_ BOOLEAN Tick)
{
    LIST_ENTRY ready;
    PLIST_ENTRY entry;
    PLIST_ENTRY next;
    PIRP irp;
    CTLQ_RECORD record;
    ULONG records = 0;
    ULONG last = 0;
    ULONG after;
    ULONG waited;
    KIRQL irql;

    CtlqJournalTotals(Ext, &records, &last);
    InitializeListHead(&ready);

    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    for (entry = Ext->WaitQueue.Flink; entry != &Ext->WaitQueue; entry = next) {
        next = entry->Flink;
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        after = (ULONG)(ULONG_PTR)irp->Tail.Overlay.DriverContext[0];
        waited = (ULONG)(ULONG_PTR)irp->Tail.Overlay.DriverContext[1];
        if (Tick) {
            waited++;
            irp->Tail.Overlay.DriverContext[1] = (PVOID)(ULONG_PTR)waited;
        }
        if (last <= after && waited < CTLQ_WAIT_TICKS) {
            continue;
        }
#ifndef DRVLINT_BUG_COMPLETE_WITH_CANCEL_SET
        if (IoSetCancelRoutine(irp, NULL) == NULL) {
            /* being cancelled: CtlqCancelWait takes it off the queue */
            continue;
        }
#endif
        RemoveEntryList(entry);
        Ext->QueuedCount--;
#ifdef DRVLINT_BUG_COMPLETE_UNDER_QUEUE_LOCK
        if (CtlqJournalFind(Ext, after, &record)) {
            CtlqFinishWait(irp, STATUS_SUCCESS, &record);
        } else {
            CtlqFinishWait(irp, STATUS_IO_TIMEOUT, NULL);
        }
#else
        InsertTailList(&ready, entry);
#endif
    }
    KeReleaseSpinLock(&Ext->QueueLock, irql);

    /* complete outside the lock */
    while (!IsListEmpty(&ready)) {
        entry = RemoveHeadList(&ready);
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        after = (ULONG)(ULONG_PTR)irp->Tail.Overlay.DriverContext[0];
        if (CtlqJournalFind(Ext, after, &record)) {
            CtlqFinishWait(irp, STATUS_SUCCESS, &record);
        } else {
#ifdef DRVLINT_BUG_COMPLETE_WITH_CANCEL_SET
            CtlqFinishWait(irp, STATUS_IO_TIMEOUT, NULL);   /* drvlint-expect-gap: irp-cancel-routine-race -- the IRP comes off WaitQueue: the worker's run does not know that CtlqQueueWait set its cancel routine */
#else
            CtlqFinishWait(irp, STATUS_IO_TIMEOUT, NULL);
#endif
        }
    }
}

/* ---- cleanup and unload ------------------------------------------------------------------- */

/*
 * Fails the waits of one file object (IRP_MJ_CLEANUP), or all of them
 * (FileObject == NULL, at unload).
 */
VOID CtlqCancelFileWaits(_In_ PCTLQ_EXTENSION Ext, _In_opt_ PFILE_OBJECT FileObject)
{
    LIST_ENTRY doomed;
    PLIST_ENTRY entry;
    PLIST_ENTRY next;
    PIO_STACK_LOCATION stack;
    PIRP irp;
    KIRQL irql;

    InitializeListHead(&doomed);

    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    if (Ext->QueuedCount == 0) {
        /* the common case: nothing was waiting */
#ifdef DRVLINT_BUG_CLEANUP_RELEASES_TWICE
        KeReleaseSpinLock(&Ext->QueueLock, irql);
#endif
        goto unlock;
    }

    for (entry = Ext->WaitQueue.Flink; entry != &Ext->WaitQueue; entry = next) {
        next = entry->Flink;
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        stack = IoGetCurrentIrpStackLocation(irp);
        if (FileObject != NULL && stack->FileObject != FileObject) {
            continue;
        }
        if (IoSetCancelRoutine(irp, NULL) == NULL) {
            continue;   /* its cancel routine completes it */
        }
        RemoveEntryList(entry);
        Ext->QueuedCount--;
        InsertTailList(&doomed, entry);
    }

unlock:
#ifdef DRVLINT_BUG_CLEANUP_RELEASES_TWICE
    KeReleaseSpinLock(&Ext->QueueLock, irql);   /* drvlint-expect: spinlock-release-unheld, irql-too-low */
#else
    KeReleaseSpinLock(&Ext->QueueLock, irql);
#endif

    while (!IsListEmpty(&doomed)) {
        entry = RemoveHeadList(&doomed);
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        CtlqFinishWait(irp, STATUS_CANCELLED, NULL);
    }
}
