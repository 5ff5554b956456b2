/*
 * ioctl.c - TSM-40 thermal monitor driver: device control and the sample
 * history.
 *
 * The history is a ring of samples in paged pool guarded by an ERESOURCE:
 * the work item appends to it (exclusive), applications read it (shared).
 * ERESOURCEs are only acquired inside a critical region. The limits are
 * guarded by a fast mutex; the DPC works from a copy kept under the sample
 * spin lock, refreshed whenever the limits change.
 */
#include "tsm.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TsmDispatchDeviceControl)
#pragma alloc_text(PAGE, TsmAppendHistory)
#endif

VOID
TsmAppendHistory(
    _Inout_ PTSM_EXTENSION Ext,
    _In_reads_(Count) const TSM_SAMPLE *Samples,
    _In_ ULONG Count)
{
    ULONG i;

    PAGED_CODE();

    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&Ext->HistoryResource, TRUE);
    if (Ext->History != NULL && Ext->HistoryCapacity != 0) {
        for (i = 0; i < Count; i++) {
            Ext->History[Ext->HistoryNext] = Samples[i];
            Ext->HistoryNext = (Ext->HistoryNext + 1) % Ext->HistoryCapacity;
            if (Ext->HistoryCount < Ext->HistoryCapacity) {
                Ext->HistoryCount++;
            }
        }
    }
    ExReleaseResourceLite(&Ext->HistoryResource);
    KeLeaveCriticalRegion();
}

/* Copies the newest samples, oldest first, into the caller's buffer;
   the caller holds the history resource (shared is enough). */
static ULONG
TsmCopyHistory(
    _In_ PTSM_EXTENSION Ext,
    _Out_writes_(MaxCount) PTSM_SAMPLE Out,
    _In_ ULONG MaxCount)
{
    ULONG count = Ext->HistoryCount;
    ULONG start;
    ULONG i;

    if (Ext->History == NULL || Ext->HistoryCapacity == 0) {
        return 0;
    }
    if (count > MaxCount) {
        count = MaxCount;
    }
    start = (Ext->HistoryNext + Ext->HistoryCapacity - count) % Ext->HistoryCapacity;
    for (i = 0; i < count; i++) {
        Out[i] = Ext->History[(start + i) % Ext->HistoryCapacity];
    }
    return count;
}

NTSTATUS
TsmDispatchDeviceControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    PVOID buffer = Irp->AssociatedIrp.SystemBuffer;
    ULONG_PTR information = 0;
    TSM_LIMITS limits;
    TSM_SAMPLE sample;
    PTSM_EVALUATION evaluation;
    ULONG copied;
    NTSTATUS status;
#ifdef DRVLINT_CLEAN_HISTORY_NOWAIT
    BOOLEAN acquired;
#endif

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return TsmCompleteRequest(Irp, status, 0);
    }
    if (!ext->Started) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return TsmCompleteRequest(Irp, STATUS_DEVICE_NOT_READY, 0);
    }

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_TSM_GET_LATEST:
        if (outLength < sizeof(TSM_SAMPLE)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        TsmCopyLatest(ext, (PTSM_SAMPLE)buffer);
        information = sizeof(TSM_SAMPLE);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_TSM_GET_HISTORY:
        if (outLength < sizeof(TSM_SAMPLE)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
#ifdef DRVLINT_CLEAN_HISTORY_NOWAIT
        /* Monitoring tools poll often; do not queue behind the worker. */
        KeEnterCriticalRegion();
        acquired = ExAcquireResourceSharedLite(&ext->HistoryResource, FALSE);
        if (acquired) {
            copied = TsmCopyHistory(ext, (PTSM_SAMPLE)buffer, outLength / sizeof(TSM_SAMPLE));
            ExReleaseResourceLite(&ext->HistoryResource);
            information = copied * sizeof(TSM_SAMPLE);
            status = STATUS_SUCCESS;
        } else {
            status = STATUS_DEVICE_BUSY;
        }
        KeLeaveCriticalRegion();
#else
#ifndef DRVLINT_BUG_HISTORY_READ_APCS_ENABLED
        KeEnterCriticalRegion();
        ExAcquireResourceSharedLite(&ext->HistoryResource, TRUE);
#else
        ExAcquireResourceSharedLite(&ext->HistoryResource, TRUE); /* drvlint-expect: lock-region-pairing */
#endif
        copied = TsmCopyHistory(ext, (PTSM_SAMPLE)buffer, outLength / sizeof(TSM_SAMPLE));
        ExReleaseResourceLite(&ext->HistoryResource);
#ifndef DRVLINT_BUG_HISTORY_READ_APCS_ENABLED
        KeLeaveCriticalRegion();
#endif
        information = copied * sizeof(TSM_SAMPLE);
        status = STATUS_SUCCESS;
#endif
        break;

    case IOCTL_TSM_CLEAR_HISTORY:
        KeEnterCriticalRegion();
        ExAcquireResourceExclusiveLite(&ext->HistoryResource, TRUE);
        ext->HistoryCount = 0;
        ext->HistoryNext = 0;
        ExReleaseResourceLite(&ext->HistoryResource);
        KeLeaveCriticalRegion();
        status = STATUS_SUCCESS;
        break;

    case IOCTL_TSM_SET_LIMITS:
        if (inLength < sizeof(TSM_LIMITS)) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        RtlCopyMemory(&limits, buffer, sizeof(TSM_LIMITS));
        ExAcquireFastMutex(&ext->LimitsMutex);
        if (!TsmLimitsAreValid(&limits) || limits.Critical < ext->Limits.Warm) {
#ifdef DRVLINT_BUG_SET_LIMITS_MUTEX_LEAK
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return TsmCompleteRequest(Irp, STATUS_INVALID_PARAMETER, 0); /* drvlint-expect: lock-region-pairing, irql-exit-mismatch */
#else
            ExReleaseFastMutex(&ext->LimitsMutex);
            status = STATUS_INVALID_PARAMETER;
            break;
#endif
        }
        ext->Limits = limits;
        TsmPublishLimits(ext, &limits);
        ExReleaseFastMutex(&ext->LimitsMutex);
        status = TsmSaveLimits(ext, &limits);
        break;

    case IOCTL_TSM_GET_LIMITS:
        if (outLength < sizeof(TSM_LIMITS)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        ExAcquireFastMutex(&ext->LimitsMutex);
        *(PTSM_LIMITS)buffer = ext->Limits;
        ExReleaseFastMutex(&ext->LimitsMutex);
        information = sizeof(TSM_LIMITS);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_TSM_EVALUATE:
        /* "what would the card say about these readings?" */
        if (inLength < sizeof(TSM_SAMPLE) || outLength < sizeof(TSM_EVALUATION)) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        RtlCopyMemory(&sample, buffer, sizeof(TSM_SAMPLE));
        ExAcquireFastMutex(&ext->LimitsMutex);
        limits = ext->Limits;
        ExReleaseFastMutex(&ext->LimitsMutex);
        evaluation = (PTSM_EVALUATION)buffer;
        evaluation->Reading = sample.Reading[0];
        evaluation->Alarm = TsmEvaluateSample(ext, &limits, &sample, TRUE);
        information = sizeof(TSM_EVALUATION);
        status = STATUS_SUCCESS;
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return TsmCompleteRequest(Irp, status, information);
}
