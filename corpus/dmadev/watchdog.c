/*
 * watchdog.c - FC-200 frame-capture driver: the transfer watchdog and the
 * transfer statistics.
 *
 * The watchdog is a one-shot notification timer with a DPC, armed when the
 * engine starts and cancelled by the completion DPC. If it fires, the card
 * missed its interrupt: the DPC aborts the engine and fails the request.
 *
 * Statistics are updated from DPCs and read or reset by device control
 * requests; an in-stack queued spin lock protects them.
 */
#include "fcx.h"

#ifdef DRVLINT_BUG_WATCHDOG_DPC_PAGEABLE
#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, FcxWatchdogDpc)
#endif
#endif

VOID
FcxArmWatchdog(
    _Inout_ PFCX_EXTENSION Ext)
{
    LARGE_INTEGER dueTime;
    ULONG timeoutMs;

#ifdef DRVLINT_CLEAN_WATCHDOG_TRYLOCK
    /* Never spin in the start path: if device control is rewriting the
       settings right now, the default timeout will do for this frame. */
    timeoutMs = FCX_DEFAULT_TIMEOUT_MS;
    if (KeTryToAcquireSpinLockAtDpcLevel(&Ext->ConfigLock)) {
        timeoutMs = Ext->Config.TimeoutMilliseconds;
        KeReleaseSpinLockFromDpcLevel(&Ext->ConfigLock);
    }
#else
    FCX_CAPTURE_CONFIG config;

    FcxGetCaptureConfig(Ext, &config);
    timeoutMs = config.TimeoutMilliseconds;
#endif

    /* relative due time, in 100-nanosecond units */
    dueTime.QuadPart = -10000LL * (LONGLONG)timeoutMs;
    KeSetTimer(&Ext->WatchdogTimer, dueTime, &Ext->WatchdogDpc);
}

VOID
FcxDisarmWatchdog(
    _Inout_ PFCX_EXTENSION Ext)
{
    KeCancelTimer(&Ext->WatchdogTimer);
}

VOID
FcxWatchdogDpc(
    _In_ PKDPC Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeferredContext;
    PIRP irp;

#ifdef DRVLINT_BUG_WATCHDOG_DPC_PAGEABLE
    PAGED_CODE();
#endif

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (ext == NULL) {
        return;
    }

    irp = (PIRP)InterlockedExchangePointer((PVOID *)&ext->ActiveIrp, NULL);
    if (irp == NULL) {
        return;                 /* the completion DPC finished it */
    }

    if (ext->Interrupt != NULL) {
        KeSynchronizeExecution(ext->Interrupt, FcxSyncAbortEngine, ext);
    }
    if (IoGetCurrentIrpStackLocation(irp)->MajorFunction == IRP_MJ_READ) {
        FcxStatsNoteDroppedFrame(ext);  /* the frame was lost */
    }
    FcxEndTransfer(ext, irp, STATUS_IO_TIMEOUT);
}

/* ---- Statistics ----------------------------------------------------------------- */

VOID
FcxStatsRecordTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ BOOLEAN Upload,
    _In_ ULONG Bytes,
    _In_ NTSTATUS Status)
{
    KLOCK_QUEUE_HANDLE lockHandle;

#ifdef DRVLINT_BUG_STATS_SAVING_ACQUIRE
    KeAcquireInStackQueuedSpinLock(&Ext->StatsLock, &lockHandle);
#else
    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->StatsLock, &lockHandle);
#endif
    if (NT_SUCCESS(Status)) {
        if (Upload) {
            Ext->Stats.Uploads++;
            Ext->Stats.BytesUploaded += Bytes;
        } else {
            Ext->Stats.FramesCaptured++;
            Ext->Stats.BytesCaptured += Bytes;
        }
    } else {
        Ext->Stats.Failures++;
        Ext->Stats.LastFailure = Status;
        if (Status == STATUS_IO_TIMEOUT) {
            Ext->Stats.Timeouts++;
        }
    }
#ifdef DRVLINT_BUG_STATS_SAVING_ACQUIRE
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&lockHandle); /* drvlint-expect: spinlock-kind-mismatch */
#else
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&lockHandle);
#endif
}

VOID
FcxStatsNoteDroppedFrame(
    _Inout_ PFCX_EXTENSION Ext)
{
    KLOCK_QUEUE_HANDLE lockHandle;
#ifdef DRVLINT_CLEAN_STATS_IRQL_CHECK
    /* Called from DPCs today but declared for any IRQL up to DISPATCH:
       skip the IRQL save/restore when already at DISPATCH_LEVEL. */
    BOOLEAN atDispatch = (BOOLEAN)(KeGetCurrentIrql() == DISPATCH_LEVEL);

    if (atDispatch) {
        KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->StatsLock, &lockHandle);
    } else {
        KeAcquireInStackQueuedSpinLock(&Ext->StatsLock, &lockHandle);
    }
    Ext->Stats.DroppedFrames++;
    if (atDispatch) {
        KeReleaseInStackQueuedSpinLockFromDpcLevel(&lockHandle);
    } else {
        KeReleaseInStackQueuedSpinLock(&lockHandle);
    }
#else
    KeAcquireInStackQueuedSpinLock(&Ext->StatsLock, &lockHandle);
    Ext->Stats.DroppedFrames++;
    KeReleaseInStackQueuedSpinLock(&lockHandle);
#endif
}

VOID
FcxStatsSnapshot(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_STATISTICS Copy)
{
    KLOCK_QUEUE_HANDLE lockHandle;

    KeAcquireInStackQueuedSpinLock(&Ext->StatsLock, &lockHandle);
    *Copy = Ext->Stats;
    KeReleaseInStackQueuedSpinLock(&lockHandle);
}

VOID
FcxStatsReset(
    _Inout_ PFCX_EXTENSION Ext)
{
    KLOCK_QUEUE_HANDLE lockHandle;

#ifdef DRVLINT_BUG_STATS_RESET_DPC_LOCK
    KeAcquireInStackQueuedSpinLockAtDpcLevel(&Ext->StatsLock, &lockHandle); /* drvlint-expect: irql-too-low */
    RtlZeroMemory(&Ext->Stats, sizeof(FCX_STATISTICS));
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&lockHandle); /* drvlint-expect: irql-too-low */
#else
    KeAcquireInStackQueuedSpinLock(&Ext->StatsLock, &lockHandle);
    RtlZeroMemory(&Ext->Stats, sizeof(FCX_STATISTICS));
    KeReleaseInStackQueuedSpinLock(&lockHandle);
#endif
}
