/*
 * isr.c - QDA-16 function driver: interrupt service, DpcForIsr and the
 * register-level helpers shared by the other files.
 *
 * The ISR only acknowledges the card and latches the events it saw into
 * LatchedEvents; DpcForIsr collects them under the interrupt spin lock
 * and does the work at DISPATCH_LEVEL: moving FIFO data for the StartIo
 * transfer, satisfying trigger waiters and scheduling fault reports.
 */
#include "qda.h"

typedef struct _QDA_SYNC_MASK {
    PQDA_EXTENSION Ext;
    ULONG Mask;
} QDA_SYNC_MASK, *PQDA_SYNC_MASK;

BOOLEAN
QdaInterruptService(_In_ PKINTERRUPT Interrupt, _In_opt_ PVOID ServiceContext)
{
    PDEVICE_OBJECT fdo = (PDEVICE_OBJECT)ServiceContext;
    PQDA_EXTENSION ext;
    ULONG pending;

    UNREFERENCED_PARAMETER(Interrupt);

    if (fdo == NULL) {
        return FALSE;
    }
    ext = (PQDA_EXTENSION)fdo->DeviceExtension;
    pending = READ_REGISTER_ULONG(&ext->Regs->IntStatus) & ext->EnabledEvents;
    if (pending == 0) {
        /* the line is shared: another device interrupted */
        return FALSE;
    }
    WRITE_REGISTER_ULONG(&ext->Regs->IntStatus, pending);
    ext->LatchedEvents |= pending;
    IoRequestDpc(fdo, fdo->CurrentIrp, NULL);
    return TRUE;
}

/* Runs at the interrupt's synchronize IRQL: reprograms the interrupt mask. */
BOOLEAN
QdaSyncSetEventMask(_In_opt_ PVOID SynchronizeContext)
{
    PQDA_SYNC_MASK request = (PQDA_SYNC_MASK)SynchronizeContext;

    if (request == NULL) {
        return FALSE;
    }
    request->Ext->EnabledEvents = request->Mask;
    WRITE_REGISTER_ULONG(&request->Ext->Regs->IntEnable, request->Mask);
    if (request->Mask == 0) {
        request->Ext->LatchedEvents = 0;
    }
    return TRUE;
}

VOID
QdaSetEventMask(_In_ PQDA_EXTENSION Ext, _In_ ULONG Mask)
{
    QDA_SYNC_MASK request;

    if (Ext->Interrupt == NULL || Ext->Regs == NULL) {
        return;
    }
    request.Ext = Ext;
    request.Mask = Mask;
    (void)KeSynchronizeExecution(Ext->Interrupt, QdaSyncSetEventMask, &request);
}

BOOLEAN
QdaHardwareIdle(_In_ PQDA_EXTENSION Ext)
{
    if (Ext->Regs == NULL) {
        return TRUE;
    }
    if ((READ_REGISTER_ULONG(&Ext->Regs->Status) & QDA_STS_BUSY) != 0) {
        return FALSE;
    }
    return READ_REGISTER_ULONG(&Ext->Regs->InCount) == 0;
}

/* Stops acquisition and output without touching the interrupt mask. */
VOID
QdaQuietHardware(_In_ PQDA_EXTENSION Ext)
{
    if (Ext->Regs == NULL) {
        return;
    }
    WRITE_REGISTER_ULONG(&Ext->Regs->Control, 0);
}

/*
 * Records a configuration and writes it to the card. Callers that already
 * hold HwLock say so with LockHeld.
 */
VOID
QdaApplyConfig(_In_ PQDA_EXTENSION Ext, _In_ const QDA_CONFIG *Config, _In_ BOOLEAN LockHeld)
{
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (!LockHeld) {
        KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    }
    Ext->Config.ChannelMask = Config->ChannelMask;
    Ext->Config.SampleDivider = Config->SampleDivider;
    Ext->Config.TriggerLevel = Config->TriggerLevel;
    if (Ext->Regs != NULL) {
        WRITE_REGISTER_ULONG(&Ext->Regs->ChannelMask, Config->ChannelMask);
        WRITE_REGISTER_ULONG(&Ext->Regs->SampleDivider, Config->SampleDivider);
        WRITE_REGISTER_ULONG(&Ext->Regs->TriggerLevel, Config->TriggerLevel);
        WRITE_REGISTER_ULONG(&Ext->Regs->Control, QDA_CTL_TRIGGER_ARM);
    }
    if (!LockHeld) {
        KeReleaseSpinLock(&Ext->HwLock, oldIrql);
    }
}

/* After a return to D0: the card lost its registers while powered down. */
VOID
QdaRestoreHardware(_In_ PQDA_EXTENSION Ext)
{
    KIRQL oldIrql;
#ifndef DRVLINT_CLEAN_CORRELATED_HWLOCK
    QDA_CONFIG saved;
#endif

    if (Ext->Regs == NULL) {
        return;
    }
#ifdef DRVLINT_CLEAN_CORRELATED_HWLOCK
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    QdaApplyConfig(Ext, &Ext->Config, TRUE);
    KeReleaseSpinLock(&Ext->HwLock, oldIrql);
#else
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    saved = Ext->Config;
    KeReleaseSpinLock(&Ext->HwLock, oldIrql);
    QdaApplyConfig(Ext, &saved, FALSE);
#endif
    QdaSetEventMask(Ext, QDA_INT_ALL);
}

/*
 * Moves samples between the FIFOs and the buffer of the current transfer.
 * Returns TRUE when the transfer is finished; *Moved receives the number of
 * samples moved by this call.
 */
BOOLEAN
QdaPumpTransfer(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ ULONG Events, _Out_ PULONG Moved)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PUSHORT samples = (PUSHORT)Irp->AssociatedIrp.SystemBuffer;
    ULONG total = Ext->TransferLength / sizeof(USHORT);
    ULONG index = Ext->TransferDone / sizeof(USHORT);
    ULONG first = index;
    ULONG room;

    if (stack->MajorFunction == IRP_MJ_READ) {
        room = READ_REGISTER_ULONG(&Ext->Regs->InCount);
        while (room > 0 && index < total) {
            samples[index] = (USHORT)READ_REGISTER_ULONG(&Ext->Regs->InData);
            index++;
            room--;
        }
        if ((READ_REGISTER_ULONG(&Ext->Regs->Status) & QDA_STS_OVERRUN) != 0) {
            Ext->Overruns++;
        }
    } else {
        room = READ_REGISTER_ULONG(&Ext->Regs->OutFree);
        while (room > 0 && index < total) {
            WRITE_REGISTER_ULONG(&Ext->Regs->OutData, samples[index]);
            index++;
            room--;
        }
    }
    Ext->TransferDone = index * sizeof(USHORT);
    *Moved = index - first;
    if (index < total) {
        return FALSE;
    }
    /* a read ends with its last sample, a write when the DAC has played it */
    return stack->MajorFunction == IRP_MJ_READ || (Events & QDA_INT_OUT_EMPTY) != 0;
}

#ifdef DRVLINT_CLEAN_RELEASES_LOCK_HELPER
/* Moves the data, then drops HwLock that the caller took. */
_Requires_lock_held_(Ext->HwLock)
_Releases_lock_(Ext->HwLock)
_IRQL_requires_(DISPATCH_LEVEL)
static BOOLEAN
QdaPumpAndUnlock(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ ULONG Events, _Out_ PULONG Moved, _Out_ PULONG_PTR Bytes)
{
    BOOLEAN finished = QdaPumpTransfer(Ext, Irp, Events, Moved);

    *Bytes = Ext->TransferDone;
    KeReleaseSpinLockFromDpcLevel(&Ext->HwLock);
    return finished;
}
#endif

VOID
QdaDpcForIsr(_In_ PKDPC Dpc, _In_opt_ PDEVICE_OBJECT DeviceObject, _Inout_opt_ PIRP Irp, _In_opt_ PVOID Context)
{
    PQDA_EXTENSION ext;
    ULONG events;
    KIRQL interruptIrql;
    BOOLEAN finished;
    BOOLEAN input;
    ULONG moved = 0;
    ULONG_PTR bytes = 0;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Context);

    if (DeviceObject == NULL) {
        return;
    }
    ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    if (ext->Interrupt == NULL) {
        return;
    }
    interruptIrql = KeAcquireInterruptSpinLock(ext->Interrupt);
    events = ext->LatchedEvents;
    ext->LatchedEvents = 0;
    KeReleaseInterruptSpinLock(ext->Interrupt, interruptIrql);

    if ((events & QDA_INT_FAULT) != 0) {
#ifdef DRVLINT_BUG_FAULT_REPORTED_IN_DPC
        QdaReportFault(ext); /* drvlint-expect: irql-too-high, paged-code-at-dispatch */
#else
        /* reporting needs PASSIVE_LEVEL; the remove lock keeps the FDO until it ran */
        if (InterlockedCompareExchange(&ext->FaultWorkQueued, 1, 0) == 0) {
            if (NT_SUCCESS(IoAcquireRemoveLock(&ext->RemoveLock, ext->FaultWork))) {
                IoQueueWorkItem(ext->FaultWork, QdaFaultWorker, DelayedWorkQueue, ext);
            } else {
                InterlockedExchange(&ext->FaultWorkQueued, 0);
            }
        }
#endif
    }

    if ((events & QDA_INT_TRIGGER) != 0) {
        QdaSatisfyTriggerWaiters(ext);
    }

    if ((events & QDA_INT_TRANSFER) == 0 || Irp == NULL) {
        return;
    }
    input = (BOOLEAN)(IoGetCurrentIrpStackLocation(Irp)->MajorFunction == IRP_MJ_READ);
    KeAcquireSpinLockAtDpcLevel(&ext->HwLock);
#ifdef DRVLINT_CLEAN_RELEASES_LOCK_HELPER
    finished = QdaPumpAndUnlock(ext, Irp, events, &moved, &bytes);
#else
    finished = QdaPumpTransfer(ext, Irp, events, &moved);
    bytes = ext->TransferDone;
#ifdef DRVLINT_BUG_STATS_UNDER_HWLOCK
    QdaNoteSamples(ext, input, moved);
#endif
    KeReleaseSpinLockFromDpcLevel(&ext->HwLock);
#endif
#ifndef DRVLINT_BUG_STATS_UNDER_HWLOCK
    QdaNoteSamples(ext, input, moved);
#endif
    if (finished) {
        QdaEndTransfer(ext, Irp, STATUS_SUCCESS, bytes);
    }
}
