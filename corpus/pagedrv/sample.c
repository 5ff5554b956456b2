/*
 * sample.c - TSM-40 thermal monitor driver: sampling.
 *
 * A periodic timer DPC reads the four channels, stores the sample and its
 * alarm level under the sample spin lock, and now and then hands the
 * samples gathered so far to a work item, which appends them to the
 * history, writes the last sample to the registry and applies the alarm
 * policy at PASSIVE_LEVEL. Only one hand-off is in flight at a time.
 *
 * Everything here except TsmStopSampling and the work item runs at
 * DISPATCH_LEVEL or may be called there, and stays resident.
 */
#include "tsm.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TsmStopSampling)
#endif

VOID
TsmStartSampling(
    _Inout_ PTSM_EXTENSION Ext)
{
    LARGE_INTEGER dueTime;

    dueTime.QuadPart = -10000LL * (LONGLONG)Ext->Settings.SampleIntervalMs;
    KeSetTimerEx(&Ext->SampleTimer, dueTime, (LONG)Ext->Settings.SampleIntervalMs, &Ext->SampleDpc);
}

VOID
TsmStopSampling(
    _Inout_ PTSM_EXTENSION Ext)
{
    PAGED_CODE();

    KeCancelTimer(&Ext->SampleTimer);
    KeFlushQueuedDpcs();
    /* a hand-off queued by the last DPC may still be running */
    KeWaitForSingleObject(&Ext->PersistIdle, Executive, KernelMode, FALSE, NULL);
}

VOID
TsmCopyLatest(
    _Inout_ PTSM_EXTENSION Ext,
    _Out_ PTSM_SAMPLE Sample)
{
    KIRQL oldIrql;

#ifdef DRVLINT_BUG_COPY_LATEST_DPC_LOCK
    UNREFERENCED_PARAMETER(oldIrql);
    KeAcquireSpinLockAtDpcLevel(&Ext->SampleLock); /* drvlint-expect: irql-too-low */
    *Sample = Ext->Latest;
    KeReleaseSpinLockFromDpcLevel(&Ext->SampleLock); /* drvlint-expect: irql-too-low */
#else
    KeAcquireSpinLock(&Ext->SampleLock, &oldIrql);
    *Sample = Ext->Latest;
    KeReleaseSpinLock(&Ext->SampleLock, oldIrql);
#endif
}

VOID
TsmPublishLimits(
    _Inout_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->SampleLock, &oldIrql);
    Ext->ActiveLimits = *Limits;
    KeReleaseSpinLock(&Ext->SampleLock, oldIrql);
}

/* Reads the four channels and applies the calibration. */
static VOID
TsmReadChannels(
    _In_ PTSM_EXTENSION Ext,
    _Out_ PTSM_SAMPLE Sample)
{
    ULONG raw;
    ULONG i;

    RtlZeroMemory(Sample, sizeof(TSM_SAMPLE));
    Sample->Status = TSM_READ_REG(Ext, TSM_REG_STATUS);
    for (i = 0; i < TSM_CHANNELS; i++) {
        raw = TSM_READ_REG(Ext, TSM_REG_CHANNEL0 + 4 * i) & TSM_READING_MASK;
        Sample->Reading[i] = (LONG)(SHORT)raw + Ext->Calibration[i];
    }
    KeQuerySystemTimePrecise(&Sample->Time);
}

/* Stores a new sample; the caller holds the sample lock. Returns TRUE when
   it is time to hand the pending samples to the work item. */
_Requires_lock_held_(Ext->SampleLock)
static BOOLEAN
TsmStoreSample(
    _Inout_ PTSM_EXTENSION Ext,
    _Inout_ PTSM_SAMPLE Sample)
{
    TSM_ALARM alarm;

    Sample->Sequence = Ext->NextSequence++;
    alarm = TsmEvaluateSample(Ext, &Ext->ActiveLimits, Sample, FALSE);
    Sample->Alarm = alarm;
    if (alarm != Ext->AlarmState) {
        Ext->AlarmState = alarm;
        Ext->AlarmChanged = TRUE;
    }
    Ext->Latest = *Sample;

    if (Ext->PendingCount < TSM_PENDING_SLOTS) {
        Ext->Pending[Ext->PendingCount] = *Sample;
        Ext->PendingCount++;
    }
    Ext->SinceLastPersist++;

    return (BOOLEAN)(Ext->AlarmChanged ||
                     Ext->PendingCount == TSM_PENDING_SLOTS ||
                     Ext->SinceLastPersist >= Ext->Settings.PersistEvery);
}

/* Moves the pending samples into a job and queues the work item, unless
   the previous job is still running (the samples then wait for the next
   tick). Called from the DPC. */
_IRQL_requires_(DISPATCH_LEVEL)
static VOID
TsmQueuePersist(
    _Inout_ PTSM_EXTENSION Ext)
{
    PTSM_PERSIST_JOB job;
#ifdef DRVLINT_BUG_JOB_LOCK_KIND
    KIRQL oldIrql;
#endif

    if (InterlockedCompareExchange(&Ext->PersistQueued, 1, 0) != 0) {
#ifdef DRVLINT_BUG_DPC_SAVES_WHEN_BUSY
        /* the worker is behind: at least keep the registry current */
        (VOID)TsmSaveLastSample(Ext, &Ext->Latest); /* drvlint-expect: irql-too-high, paged-code-at-dispatch */
#endif
        return;
    }

#ifdef DRVLINT_BUG_JOB_IN_PAGED_POOL
    /* the worker only touches the job at PASSIVE_LEVEL... */
    job = (PTSM_PERSIST_JOB)ExAllocatePool2(POOL_FLAG_PAGED, sizeof(TSM_PERSIST_JOB), TSM_POOL_TAG); /* drvlint-expect: irql-paged-pool-at-dispatch */
#else
    job = (PTSM_PERSIST_JOB)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(TSM_PERSIST_JOB), TSM_POOL_TAG);
#endif
    if (job == NULL) {
        InterlockedExchange(&Ext->PersistQueued, 0);
        return;
    }
    job->Ext = Ext;

#ifdef DRVLINT_BUG_JOB_LOCK_KIND
    KeAcquireSpinLock(&Ext->SampleLock, &oldIrql);
#else
    KeAcquireSpinLockAtDpcLevel(&Ext->SampleLock);
#endif
    job->Count = Ext->PendingCount;
    RtlCopyMemory(job->Samples, Ext->Pending, sizeof(Ext->Pending));
    job->Latest = Ext->Latest;
    job->Alarm = Ext->AlarmState;
    job->AlarmChanged = Ext->AlarmChanged;
    Ext->PendingCount = 0;
    Ext->SinceLastPersist = 0;
    Ext->AlarmChanged = FALSE;
#ifdef DRVLINT_BUG_JOB_LOCK_KIND
    KeReleaseSpinLockFromDpcLevel(&Ext->SampleLock); /* drvlint-expect: spinlock-kind-mismatch */
#else
    KeReleaseSpinLockFromDpcLevel(&Ext->SampleLock);
#endif

    KeClearEvent(&Ext->PersistIdle);
    IoQueueWorkItem(Ext->PersistWorkItem, TsmPersistWorkItem, DelayedWorkQueue, job);
}

VOID
TsmSampleDpc(
    _In_ PKDPC Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeferredContext;
    TSM_SAMPLE sample;
    BOOLEAN handOff;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (ext == NULL || ext->Registers == NULL) {
        return;
    }

    TsmReadChannels(ext, &sample);

    KeAcquireSpinLockAtDpcLevel(&ext->SampleLock);
    handOff = TsmStoreSample(ext, &sample);
    KeReleaseSpinLockFromDpcLevel(&ext->SampleLock);

    if (handOff) {
        TsmQueuePersist(ext);
    }
}

/* The PASSIVE_LEVEL half of sampling. */
__declspec(code_seg("PAGE"))
VOID
TsmPersistWorkItem(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PVOID Context)
{
    PTSM_PERSIST_JOB job = (PTSM_PERSIST_JOB)Context;
    PTSM_EXTENSION ext;

    PAGED_CODE();

    UNREFERENCED_PARAMETER(DeviceObject);

    if (job == NULL) {
        return;
    }
    ext = job->Ext;

    if (job->Count > 0) {
        TsmAppendHistory(ext, job->Samples, job->Count);
    }
    (VOID)TsmSaveLastSample(ext, &job->Latest);
    if (job->AlarmChanged) {
        TsmApplyAlarmPolicy(ext, job->Alarm);
    }
    ExFreePoolWithTag(job, TSM_POOL_TAG);

    InterlockedExchange(&ext->PersistQueued, 0);
    KeSetEvent(&ext->PersistIdle, IO_NO_INCREMENT, FALSE);
}
