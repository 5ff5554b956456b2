/*
 * io.c - QDA-16 function driver: reads, writes and device controls.
 *
 * Reads and writes are serialized through the I/O manager's device queue:
 * the dispatch routine validates and queues them with IoStartPacket,
 * QdaStartIo programs the card and DpcForIsr moves the data and finishes
 * them with QdaEndTransfer. Every queued IRP holds the remove lock (tag: the
 * IRP) until it is completed.
 */
#include "qda.h"

/* Fills in the I/O status block of an IRP about to be completed. */
static NTSTATUS
QdaSetIoStatus(_Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG_PTR Information)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = NT_SUCCESS(Status) ? Information : 0;
    return Status;
}

VOID
QdaNoteSamples(_In_ PQDA_EXTENSION Ext, _In_ BOOLEAN Input, _In_ ULONG Samples)
{
    KIRQL oldIrql = PASSIVE_LEVEL;
#ifdef DRVLINT_CLEAN_IRQL_CHOSEN_LOCK
    /* called from the DPC and from dispatch code: pick the cheaper acquire */
    BOOLEAN atDispatch = (BOOLEAN)(KeGetCurrentIrql() >= DISPATCH_LEVEL);

    if (atDispatch) {
        KeAcquireSpinLockAtDpcLevel(&Ext->HwLock);
    } else {
        KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    }
#elif defined(DRVLINT_BUG_STATS_UNDER_HWLOCK)
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql); /* drvlint-expect: spinlock-double-acquire */
#else
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
#endif
    if (Input) {
        Ext->SamplesAcquired += Samples;
    } else {
        Ext->SamplesPlayed += Samples;
    }
#ifdef DRVLINT_CLEAN_IRQL_CHOSEN_LOCK
    if (atDispatch) {
        KeReleaseSpinLockFromDpcLevel(&Ext->HwLock);
    } else {
        KeReleaseSpinLock(&Ext->HwLock, oldIrql);
    }
#else
    KeReleaseSpinLock(&Ext->HwLock, oldIrql);
#endif
}

/*
 * Completes the current StartIo transfer and starts the next queued one.
 * Runs at DISPATCH_LEVEL (StartIo, DpcForIsr, QdaAbortTransfers).
 */
VOID
QdaEndTransfer(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG_PTR Bytes)
{
#ifndef DRVLINT_BUG_END_TRANSFER_READS_COMPLETED_IRP
    Ext->LastTransferStatus = Status;
#endif
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Bytes;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
#ifdef DRVLINT_BUG_END_TRANSFER_READS_COMPLETED_IRP
    Ext->LastTransferStatus = Irp->IoStatus.Status; /* drvlint-expect: irp-use-after-complete */
#endif
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    IoStartNextPacket(Ext->Self, TRUE);
}

/*
 * Fails the transfer the card was working on when the hardware goes away;
 * the queued ones then reach QdaStartIo, which fails them too because the
 * device is no longer running.
 */
VOID
QdaAbortTransfers(_In_ PQDA_EXTENSION Ext)
{
    KIRQL oldIrql;
    PIRP current;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    current = Ext->Self->CurrentIrp;
    if (current != NULL) {
        QdaEndTransfer(Ext, current, STATUS_CANCELLED, 0);
    }
    KeLowerIrql(oldIrql);
}

/*
 * Cancel routine of IRPs waiting in the device queue. Entered holding the
 * cancel spin lock. An IRP that already left the queue belongs to StartIo,
 * which checks Irp->Cancel itself.
 */
VOID
QdaCancelQueuedTransfer(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ _IRQL_uses_cancel_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    BOOLEAN dequeued;

    dequeued = KeRemoveEntryDeviceQueue(&DeviceObject->DeviceQueue, &Irp->Tail.Overlay.DeviceQueueEntry);
    IoReleaseCancelSpinLock(Irp->CancelIrql);
    if (dequeued) {
        Irp->IoStatus.Status = STATUS_CANCELLED;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    }
}

VOID
QdaStartIo(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    BOOLEAN input = (BOOLEAN)(stack->MajorFunction == IRP_MJ_READ);
    ULONG length = input ? stack->Parameters.Read.Length : stack->Parameters.Write.Length;
    ULONG primed = 0;
    KIRQL cancelIrql;

    IoAcquireCancelSpinLock(&cancelIrql);
    if (Irp->Cancel) {
        IoReleaseCancelSpinLock(cancelIrql);
        QdaEndTransfer(ext, Irp, STATUS_CANCELLED, 0);
        return;
    }
    IoSetCancelRoutine(Irp, NULL);
    IoReleaseCancelSpinLock(cancelIrql);

    if (ext->Phase != QdaPhaseRunning || ext->Regs == NULL) {
        QdaEndTransfer(ext, Irp, STATUS_DEVICE_NOT_READY, 0);
        return;
    }
    if (length == 0) {
        QdaEndTransfer(ext, Irp, STATUS_SUCCESS, 0);
        return;
    }

    KeAcquireSpinLockAtDpcLevel(&ext->HwLock);
    ext->TransferLength = length;
    ext->TransferDone = 0;
    if (input) {
        WRITE_REGISTER_ULONG(&ext->Regs->AcquireCount, length / sizeof(USHORT));
        WRITE_REGISTER_ULONG(&ext->Regs->Control, QDA_CTL_TRIGGER_ARM | QDA_CTL_RUN | QDA_CTL_ACQUIRE);
    } else {
        /* prime the output FIFO; OUT_EMPTY interrupts refill it */
        (void)QdaPumpTransfer(ext, Irp, 0, &primed);
        WRITE_REGISTER_ULONG(&ext->Regs->Control, QDA_CTL_TRIGGER_ARM | QDA_CTL_RUN);
    }
    KeReleaseSpinLockFromDpcLevel(&ext->HwLock);
    if (!input) {
        QdaNoteSamples(ext, FALSE, primed);
    }
}

NTSTATUS
QdaDispatchReadWrite(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    BOOLEAN input = (BOOLEAN)(stack->MajorFunction == IRP_MJ_READ);
    ULONG length = input ? stack->Parameters.Read.Length : stack->Parameters.Write.Length;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    if (ext->Phase != QdaPhaseRunning) {
        status = STATUS_DEVICE_NOT_READY;
    } else if (length > QDA_MAX_TRANSFER || (length % sizeof(USHORT)) != 0) {
        status = STATUS_INVALID_PARAMETER;
    }
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;
    }

    IoMarkIrpPending(Irp);
#ifdef DRVLINT_BUG_ZERO_LENGTH_COMPLETES_PENDED
    if (length == 0) {
        /* nothing to move: finish right here */
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return STATUS_PENDING; /* drvlint-expect: irp-pending-completed */
    }
#endif
    IoStartPacket(DeviceObject, Irp, NULL, QdaCancelQueuedTransfer);
#ifdef DRVLINT_BUG_WRITE_RETURNS_SUCCESS_WHEN_QUEUED
    if (!input) {
        /* the samples are queued for the DAC */
        return STATUS_SUCCESS; /* drvlint-expect: irp-pending-mismatch */
    }
#endif
    return STATUS_PENDING;
}

static NTSTATUS
QdaGetInfo(_In_ PQDA_EXTENSION Ext, _Inout_ PIRP Irp, _In_ ULONG OutLength)
{
    PQDA_INFO info = (PQDA_INFO)Irp->AssociatedIrp.SystemBuffer;
    KIRQL oldIrql;

    if (OutLength < sizeof(QDA_INFO) || info == NULL) {
#ifdef DRVLINT_BUG_GET_INFO_COMPLETES_TWICE
        /* tell the caller right away */
        QdaSetIoStatus(Irp, STATUS_BUFFER_TOO_SMALL, 0);
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_BUFFER_TOO_SMALL;
#else
        return QdaSetIoStatus(Irp, STATUS_BUFFER_TOO_SMALL, 0);
#endif
    }
    RtlZeroMemory(info, sizeof(QDA_INFO));
    info->Revision = READ_REGISTER_ULONG(&Ext->Regs->Revision);
    info->FifoDepth = QDA_FIFO_DEPTH;
    info->Channels = QDA_CHANNELS;
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    info->SamplesAcquired = Ext->SamplesAcquired;
    info->SamplesPlayed = Ext->SamplesPlayed;
    info->Overruns = Ext->Overruns;
    KeReleaseSpinLock(&Ext->HwLock, oldIrql);
    return QdaSetIoStatus(Irp, STATUS_SUCCESS, sizeof(QDA_INFO));
}

static NTSTATUS
QdaSetConfig(_In_ PQDA_EXTENSION Ext, _Inout_ PIRP Irp, _In_ ULONG InLength)
{
    PQDA_CONFIG config = (PQDA_CONFIG)Irp->AssociatedIrp.SystemBuffer;

    if (InLength < sizeof(QDA_CONFIG) || config == NULL) {
        return QdaSetIoStatus(Irp, STATUS_INVALID_PARAMETER, 0);
    }
    if (config->ChannelMask == 0 || (config->ChannelMask >> QDA_CHANNELS) != 0) {
        return QdaSetIoStatus(Irp, STATUS_INVALID_PARAMETER, 0);
    }
    if (Ext->Self->CurrentIrp != NULL) {
        /* not while an acquisition uses the old settings */
        return QdaSetIoStatus(Irp, STATUS_DEVICE_BUSY, 0);
    }
    QdaApplyConfig(Ext, config, FALSE);
    return QdaSetIoStatus(Irp, STATUS_SUCCESS, 0);
}

static NTSTATUS
QdaFlushFifos(_In_ PQDA_EXTENSION Ext)
{
    KIRQL oldIrql;

    if (Ext->Self->CurrentIrp != NULL) {
        return STATUS_DEVICE_BUSY;
    }
    KeAcquireSpinLock(&Ext->HwLock, &oldIrql);
    WRITE_REGISTER_ULONG(&Ext->Regs->Control, QDA_CTL_IN_FLUSH | QDA_CTL_OUT_FLUSH | QDA_CTL_TRIGGER_ARM);
    KeReleaseSpinLock(&Ext->HwLock, oldIrql);
    return STATUS_SUCCESS;
}

NTSTATUS
QdaDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        QdaSetIoStatus(Irp, status, 0);
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    if (ext->Phase != QdaPhaseRunning) {
        Irp->IoStatus.Status = STATUS_DEVICE_NOT_READY;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#ifdef DRVLINT_BUG_NOT_READY_RETURNS_ACQUIRE_STATUS
        return status; /* drvlint-expect: irp-status-mismatch */
#else
        return STATUS_DEVICE_NOT_READY;
#endif
    }

    switch (code) {
    case IOCTL_QDA_GET_INFO:
        status = QdaGetInfo(ext, Irp, outLength);
        break;

    case IOCTL_QDA_SET_CONFIG:
        status = QdaSetConfig(ext, Irp, inLength);
#ifdef DRVLINT_BUG_SET_CONFIG_LEAKS_REMOVE_LOCK
        if (!NT_SUCCESS(status)) {
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            return status; /* drvlint-expect: remove-lock-pairing */
        }
#endif
        break;

    case IOCTL_QDA_WAIT_TRIGGER:
        if (outLength < sizeof(QDA_TRIGGER_EVENT)) {
            status = QdaSetIoStatus(Irp, STATUS_BUFFER_TOO_SMALL, 0);
            break;
        }
        /* marks the IRP pending; the remove lock stays held until the waiter is completed */
        IoCsqInsertIrp(&ext->TriggerQueue, Irp, NULL);
#ifdef DRVLINT_BUG_WAIT_TRIGGER_RETURNS_SUCCESS
        return STATUS_SUCCESS; /* drvlint-expect: irp-pending-mismatch */
#else
        return STATUS_PENDING;
#endif

    case IOCTL_QDA_FLUSH_FIFOS:
        status = QdaSetIoStatus(Irp, QdaFlushFifos(ext), 0);
        break;

    default:
        status = QdaSetIoStatus(Irp, STATUS_INVALID_DEVICE_REQUEST, 0);
        break;
    }

#ifdef DRVLINT_BUG_GET_INFO_COMPLETES_TWICE
    IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: irp-double-complete */
#else
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
#endif
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}
