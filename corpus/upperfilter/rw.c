/*
 * rw.c - Tally upper filter: reads and writes.
 *
 * Every read and write goes down with TfTransferDone as completion routine;
 * the routine counts the transfer, scans read data for zero-filled blocks
 * and drops the remove lock the dispatch routine took. All of this can run
 * at DISPATCH_LEVEL and, on the paging path, must never touch pageable code.
 */
#include "tally.h"

VOID
TfNoteTransfer(_In_ PTALLY_EXTENSION Ext, _In_ BOOLEAN Read, _In_ ULONG_PTR Bytes, _In_ ULONG ZeroBlocks)
{
    KIRQL oldIrql = PASSIVE_LEVEL;
#ifdef DRVLINT_CLEAN_STATS_LOCK_BY_IRQL
    /* completion routines run at PASSIVE_LEVEL or DISPATCH_LEVEL */
    BOOLEAN raised = (BOOLEAN)(KeGetCurrentIrql() == DISPATCH_LEVEL);

    if (raised) {
        KeAcquireSpinLockAtDpcLevel(&Ext->StatsLock);
    } else {
        KeAcquireSpinLock(&Ext->StatsLock, &oldIrql);
    }
#else
    KeAcquireSpinLock(&Ext->StatsLock, &oldIrql);
#endif
    if (Read) {
        Ext->Counters.BytesRead += Bytes;
        Ext->Counters.ZeroBlocks += ZeroBlocks;
    } else {
        Ext->Counters.BytesWritten += Bytes;
    }
#ifdef DRVLINT_CLEAN_STATS_LOCK_BY_IRQL
    if (raised) {
        KeReleaseSpinLockFromDpcLevel(&Ext->StatsLock);
    } else {
        KeReleaseSpinLock(&Ext->StatsLock, oldIrql);
    }
#else
    KeReleaseSpinLock(&Ext->StatsLock, oldIrql);
#endif
}

VOID
TfSnapshotCounters(_In_ PTALLY_EXTENSION Ext, _Out_ PTALLY_COUNTERS Out)
{
    KIRQL oldIrql;

#ifdef DRVLINT_BUG_SNAPSHOT_UNDER_STATS_LOCK
    KeAcquireSpinLock(&Ext->StatsLock, &oldIrql); /* drvlint-expect: spinlock-double-acquire */
#else
    KeAcquireSpinLock(&Ext->StatsLock, &oldIrql);
#endif
    *Out = Ext->Counters;
    KeReleaseSpinLock(&Ext->StatsLock, oldIrql);
}

/* Counts the 512-byte blocks of a completed read that contain only zeros. */
static ULONG
TfCountZeroBlocks(_In_ PMDL Mdl, _In_ ULONG_PTR Bytes)
{
    const ULONG *data;
    ULONG_PTR blocks;
    ULONG_PTR block;
    ULONG word;
    ULONG zeros = 0;

    data = (const ULONG *)MmGetSystemAddressForMdlSafe(Mdl, NormalPagePriority | MdlMappingNoExecute);
    if (data == NULL) {
        return 0;
    }
    blocks = Bytes / TALLY_BLOCK_SIZE;
    for (block = 0; block < blocks; block++) {
        for (word = 0; word < TALLY_BLOCK_SIZE / sizeof(ULONG); word++) {
            if (data[block * (TALLY_BLOCK_SIZE / sizeof(ULONG)) + word] != 0) {
                break;
            }
        }
        if (word == TALLY_BLOCK_SIZE / sizeof(ULONG)) {
            zeros++;
        }
    }
    return zeros;
}

NTSTATUS
TfTransferDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)Context;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    BOOLEAN read = (BOOLEAN)(stack->MajorFunction == IRP_MJ_READ);
    ULONG zeros = 0;

    UNREFERENCED_PARAMETER(DeviceObject);

#if !defined(DRVLINT_BUG_READ_COMPLETION_NO_PROPAGATE) && !defined(DRVLINT_BUG_FAILED_TRANSFER_SKIPS_PROPAGATE)
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
#endif
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        InterlockedIncrement((PLONG)&ext->Counters.FailedTransfers);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#if defined(DRVLINT_BUG_READ_COMPLETION_NO_PROPAGATE) || defined(DRVLINT_BUG_FAILED_TRANSFER_SKIPS_PROPAGATE)
        return STATUS_CONTINUE_COMPLETION; /* drvlint-expect: irp-completion-pending-propagate */
#else
        return STATUS_CONTINUE_COMPLETION;
#endif
    }
#ifdef DRVLINT_BUG_FAILED_TRANSFER_SKIPS_PROPAGATE
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
#endif

    if (read && ext->ScanZeroBlocks && Irp->MdlAddress != NULL) {
        zeros = TfCountZeroBlocks(Irp->MdlAddress, Irp->IoStatus.Information);
    }
#ifdef DRVLINT_BUG_SETTINGS_REFRESHED_IN_COMPLETION
    /* pick up registry changes every 64K transfers */
    if ((InterlockedIncrement(&ext->Completions) & 0xFFFF) == 0) {
        TfLoadSettings(ext); /* drvlint-expect: irql-too-high, paged-code-at-dispatch */
    }
#endif
    TfNoteTransfer(ext, read, Irp->IoStatus.Information, zeros);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#ifdef DRVLINT_BUG_READ_COMPLETION_NO_PROPAGATE
    return STATUS_CONTINUE_COMPLETION; /* drvlint-expect: irp-completion-pending-propagate */
#else
    return STATUS_CONTINUE_COMPLETION;
#endif
}

NTSTATUS
TfDispatchReadWrite(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, TfTransferDone, ext, TRUE, TRUE, TRUE);
#ifdef DRVLINT_BUG_MARKS_PENDING_RETURNS_LOWER
    IoMarkIrpPending(Irp);
#endif
    status = IoCallDriver(ext->Lower, Irp);
#ifdef DRVLINT_BUG_TRANSFER_RELEASES_TWICE
    IoReleaseRemoveLock(&ext->RemoveLock, Irp); /* drvlint-expect: remove-lock-pairing */
#endif
#ifdef DRVLINT_BUG_MARKS_PENDING_RETURNS_LOWER
    return status; /* drvlint-expect: irp-pending-mismatch */
#else
    return status;
#endif
}
