/*
 * pnp.c - QDA-16 function driver: Plug and Play.
 *
 * START_DEVICE, CANCEL_STOP, CANCEL_REMOVE, QUERY_CAPABILITIES and
 * QUERY_PNP_DEVICE_STATE are handled on the way up: the IRP goes to the
 * PCI bus driver first (QdaForwardAndWait) and the FDO finishes it after
 * the bus driver is done. Everything else is handled on the way down and
 * passed on with the current stack location skipped.
 */
#include "qda.h"

#pragma alloc_text(PAGE, QdaDispatchPnp)
#pragma alloc_text(PAGE, QdaForwardAndWait)
#pragma alloc_text(PAGE, QdaStartHardware)
#pragma alloc_text(PAGE, QdaStopHardware)
#pragma alloc_text(PAGE, QdaQuiesce)
#pragma alloc_text(PAGE, QdaSetInterface)
#pragma alloc_text(PAGE, QdaReportFault)
#pragma alloc_text(PAGE, QdaFaultWorker)

/*
 * Runs when the lower drivers have finished an IRP that QdaForwardAndWait
 * sent down. The IRP stays with this driver: the waiting dispatch routine
 * completes it.
 */
NTSTATUS
QdaLowerDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PKEVENT lowerFinished = (PKEVENT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeSetEvent(lowerFinished, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
QdaForwardAndWait(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp)
{
    KEVENT lowerFinished;
    NTSTATUS status;

    PAGED_CODE();

    KeInitializeEvent(&lowerFinished, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, QdaLowerDone, &lowerFinished, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->LowerDevice, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&lowerFinished, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

/* Hands an IRP this driver does not finish to the bus driver. */
static NTSTATUS
QdaPassDown(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp)
{
    NTSTATUS status;

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

VOID
QdaSetInterface(_In_ PQDA_EXTENSION Ext, _In_ BOOLEAN Enable)
{
    PAGED_CODE();

    if (Ext->InterfaceName.Buffer == NULL || Ext->InterfaceEnabled == Enable) {
        return;
    }
    if (NT_SUCCESS(IoSetDeviceInterfaceState(&Ext->InterfaceName, Enable))) {
        Ext->InterfaceEnabled = Enable;
    }
}

/*
 * Maps the register window, checks the card's revision and connects the
 * interrupt, using the translated resources of START_DEVICE.
 */
NTSTATUS
QdaStartHardware(_In_ PQDA_EXTENSION Ext, _In_opt_ PCM_RESOURCE_LIST Translated)
{
    PCM_PARTIAL_RESOURCE_LIST partial;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR desc;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR window = NULL;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR line = NULL;
    IO_CONNECT_INTERRUPT_PARAMETERS connect;
    ULONG i;
    ULONG revision;
    NTSTATUS status;

    PAGED_CODE();

    if (Translated == NULL || Translated->Count == 0) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }
    partial = &Translated->List[0].PartialResourceList;
    for (i = 0; i < partial->Count; i++) {
        desc = &partial->PartialDescriptors[i];
        if (desc->Type == CmResourceTypeMemory && window == NULL &&
            desc->u.Memory.Length >= sizeof(QDA_REGISTERS)) {
            window = desc;
        } else if (desc->Type == CmResourceTypeInterrupt && line == NULL) {
            line = desc;
        }
    }
    if (window == NULL || line == NULL) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    Ext->Regs = (PQDA_REGISTERS)MmMapIoSpaceEx(window->u.Memory.Start, sizeof(QDA_REGISTERS),
                                               PAGE_READWRITE | PAGE_NOCACHE);
    if (Ext->Regs == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* quiet the card before its interrupt can reach us */
    WRITE_REGISTER_ULONG(&Ext->Regs->IntEnable, 0);
    WRITE_REGISTER_ULONG(&Ext->Regs->Control, QDA_CTL_RESET);
    WRITE_REGISTER_ULONG(&Ext->Regs->IntStatus, QDA_INT_ALL);
    revision = READ_REGISTER_ULONG(&Ext->Regs->Revision);
    if (((revision >> 8) & 0xFF) != QDA_REVISION_MAJOR) {
        MmUnmapIoSpace(Ext->Regs, sizeof(QDA_REGISTERS));
        Ext->Regs = NULL;
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    RtlZeroMemory(&connect, sizeof(connect));
    connect.Version = CONNECT_FULLY_SPECIFIED;
    connect.FullySpecified.PhysicalDeviceObject = Ext->Pdo;
    connect.FullySpecified.InterruptObject = &Ext->Interrupt;
    connect.FullySpecified.ServiceRoutine = QdaInterruptService;
    connect.FullySpecified.ServiceContext = Ext->Self;
    connect.FullySpecified.SpinLock = NULL;
    connect.FullySpecified.SynchronizeIrql = (KIRQL)line->u.Interrupt.Level;
    connect.FullySpecified.FloatingSave = FALSE;
    connect.FullySpecified.ShareVector = (BOOLEAN)(line->ShareDisposition == CmResourceShareShared);
    connect.FullySpecified.Vector = line->u.Interrupt.Vector;
    connect.FullySpecified.Irql = (KIRQL)line->u.Interrupt.Level;
    connect.FullySpecified.InterruptMode =
        (line->Flags & CM_RESOURCE_INTERRUPT_LATCHED) ? Latched : LevelSensitive;
    connect.FullySpecified.ProcessorEnableMask = line->u.Interrupt.Affinity;
    connect.FullySpecified.Group = line->u.Interrupt.Group;
    status = IoConnectInterruptEx(&connect);
    if (!NT_SUCCESS(status)) {
        MmUnmapIoSpace(Ext->Regs, sizeof(QDA_REGISTERS));
        Ext->Regs = NULL;
        Ext->Interrupt = NULL;
        return status;
    }

    QdaApplyConfig(Ext, &Ext->Config, FALSE);
    QdaSetEventMask(Ext, QDA_INT_ALL);
    return STATUS_SUCCESS;
}

/* Undoes QdaStartHardware; safe to call when the hardware was never started. */
VOID
QdaStopHardware(_In_ PQDA_EXTENSION Ext)
{
    IO_DISCONNECT_INTERRUPT_PARAMETERS disconnect;

    PAGED_CODE();

    if (Ext->Interrupt != NULL) {
        /* no new events from the card; then let a DpcForIsr already queued finish */
        QdaSetEventMask(Ext, 0);
        KeFlushQueuedDpcs();
        RtlZeroMemory(&disconnect, sizeof(disconnect));
        disconnect.Version = CONNECT_FULLY_SPECIFIED;
        disconnect.ConnectionContext.InterruptObject = Ext->Interrupt;
        IoDisconnectInterruptEx(&disconnect);
        Ext->Interrupt = NULL;
    }
    QdaAbortTransfers(Ext);
    if (Ext->Regs != NULL) {
        MmUnmapIoSpace(Ext->Regs, sizeof(QDA_REGISTERS));
        Ext->Regs = NULL;
    }
}

/*
 * Stops acquisition and gives the input FIFO a millisecond to drain. Reports
 * STATUS_DEVICE_BUSY when samples are still waiting.
 */
NTSTATUS
QdaQuiesce(_In_ PQDA_EXTENSION Ext)
{
    int poll;

    PAGED_CODE();

    if (Ext->Regs == NULL) {
        return STATUS_SUCCESS;
    }
    QdaQuietHardware(Ext);
    for (poll = 0; poll < QDA_QUIESCE_POLLS; poll++) {
        if (QdaHardwareIdle(Ext)) {
            return STATUS_SUCCESS;
        }
        KeStallExecutionProcessor(20);
    }
    return STATUS_DEVICE_BUSY;
}

/* The card reported a fault: hide it from applications and let PnP restart it. */
VOID
QdaReportFault(_In_ PQDA_EXTENSION Ext)
{
    PAGED_CODE();

    Ext->Faulted = TRUE;
    QdaSetInterface(Ext, FALSE);
    IoInvalidateDeviceState(Ext->Pdo);
}

VOID
QdaFaultWorker(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PVOID Context)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)Context;

    PAGED_CODE();
    UNREFERENCED_PARAMETER(DeviceObject);

    QdaReportFault(ext);
    InterlockedExchange(&ext->FaultWorkQueued, 0);
    IoReleaseRemoveLock(&ext->RemoveLock, ext->FaultWork);
}

/* Copies the S-state to D-state mapping the bus reported. */
static VOID
QdaNoteCapabilities(_In_ PQDA_EXTENSION Ext, _In_ PDEVICE_CAPABILITIES Caps)
{
    ULONG s;

    for (s = PowerSystemWorking; s < PowerSystemMaximum; s++) {
        if (Caps->DeviceState[s] != PowerDeviceUnspecified) {
            Ext->SleepState[s] = Caps->DeviceState[s];
        }
    }
    Ext->SleepState[PowerSystemWorking] = PowerDeviceD0;
}

NTSTATUS
QdaDispatchPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    QDA_PHASE prior;
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
#ifdef DRVLINT_BUG_RESTART_SKIPS_LOWER
        if (ext->Phase == QdaPhaseStopped) {
            /* restarting after a rebalance: the slot is already powered */
            status = QdaStartHardware(ext, stack->Parameters.StartDevice.AllocatedResourcesTranslated);
            if (NT_SUCCESS(status)) {
                ext->Phase = QdaPhaseRunning;
            }
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-start-before-lower, pnp-not-forwarded */
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
#endif
        status = QdaForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            status = QdaStartHardware(ext, stack->Parameters.StartDevice.AllocatedResourcesTranslated);
        }
        if (NT_SUCCESS(status)) {
            ext->Phase = QdaPhaseRunning;
            ext->Faulted = FALSE;
            QdaSetInterface(ext, TRUE);
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;

    case IRP_MN_QUERY_STOP_DEVICE:
#ifdef DRVLINT_CLEAN_QUERY_STOP_FAIL_OR_FORWARD
        /* an acquisition in flight cannot be moved to other resources */
        if (DeviceObject->CurrentIrp != NULL) {
            status = STATUS_DEVICE_BUSY;
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
#endif
        ext->PhaseBeforeQuery = ext->Phase;
        ext->Phase = QdaPhaseStopQueried;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return QdaPassDown(ext, Irp);

    case IRP_MN_CANCEL_STOP_DEVICE:
        (void)QdaForwardAndWait(ext, Irp);
        if (ext->Phase == QdaPhaseStopQueried) {
            ext->Phase = ext->PhaseBeforeQuery;
        }
        /* a cancel never fails */
        status = STATUS_SUCCESS;
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;

    case IRP_MN_STOP_DEVICE:
        (void)QdaQuiesce(ext);
        QdaStopHardware(ext);
        ext->Phase = QdaPhaseStopped;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return QdaPassDown(ext, Irp);

    case IRP_MN_QUERY_REMOVE_DEVICE:
#ifdef DRVLINT_CLEAN_QUERY_STOP_FAIL_OR_FORWARD
        if (ext->OpenCount > 0) {
            status = STATUS_DEVICE_BUSY;
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
#endif
        ext->PhaseBeforeQuery = ext->Phase;
        ext->Phase = QdaPhaseRemoveQueried;
        Irp->IoStatus.Status = STATUS_SUCCESS;
#ifdef DRVLINT_BUG_QUERY_REMOVE_RELEASES_TWICE
        status = QdaPassDown(ext, Irp);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp); /* drvlint-expect: remove-lock-pairing */
        return status;
#else
        return QdaPassDown(ext, Irp);
#endif

    case IRP_MN_CANCEL_REMOVE_DEVICE:
        (void)QdaForwardAndWait(ext, Irp);
        if (ext->Phase == QdaPhaseRemoveQueried) {
            ext->Phase = ext->PhaseBeforeQuery;
        }
        status = STATUS_SUCCESS;
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;

    case IRP_MN_SURPRISE_REMOVAL:
        ext->Phase = QdaPhaseSurpriseRemoved;
#ifdef DRVLINT_BUG_SURPRISE_QUIESCE_FAILS
        status = QdaQuiesce(ext);
        if (!NT_SUCCESS(status)) {
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-remove-failed */
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
#endif
        QdaSetInterface(ext, FALSE);
        QdaFlushTriggerWaiters(ext, NULL, STATUS_DEVICE_REMOVED);
        QdaStopHardware(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
#ifdef DRVLINT_BUG_SURPRISE_DETACH
        /* nothing left to talk to */
        IoDetachDevice(ext->LowerDevice); /* drvlint-expect: pnp-surprise-remove-delete */
#endif
#ifdef DRVLINT_BUG_SURPRISE_WAITS_REMOVE_LOCK
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp); /* drvlint-expect: remove-lock-wait-outside-remove */
#else
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#endif
        return status;

    case IRP_MN_REMOVE_DEVICE:
        prior = ext->Phase;
        ext->Phase = QdaPhaseRemoved;
        if (prior != QdaPhaseSurpriseRemoved) {
            /* orderly removal: the hardware is still there */
            QdaSetInterface(ext, FALSE);
            QdaFlushTriggerWaiters(ext, NULL, STATUS_DELETE_PENDING);
            QdaStopHardware(ext);
        }
        /* wait for the I/O that still holds the lock, including a queued fault report */
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);

        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);

        IoDetachDevice(ext->LowerDevice);
#ifdef DRVLINT_BUG_REMOVE_SKIPS_DELETE_AFTER_SURPRISE
        if (prior != QdaPhaseSurpriseRemoved) {
            /* (wrongly assumes SURPRISE_REMOVAL already released the FDO) */
            RtlFreeUnicodeString(&ext->InterfaceName);
            IoFreeWorkItem(ext->FaultWork);
            IoDeleteDevice(DeviceObject);
        }
        return status; /* drvlint-expect: pnp-remove-sequence */
#else
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoFreeWorkItem(ext->FaultWork);
        IoDeleteDevice(DeviceObject);
        return status;
#endif

    case IRP_MN_QUERY_CAPABILITIES:
        status = QdaForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            QdaNoteCapabilities(ext, stack->Parameters.DeviceCapabilities.Capabilities);
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;

    case IRP_MN_QUERY_PNP_DEVICE_STATE:
#ifdef DRVLINT_BUG_DEVICE_STATE_NOT_FORWARDED
        if (ext->Faulted) {
            Irp->IoStatus.Information |= PNP_DEVICE_FAILED;
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-not-forwarded */
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return STATUS_SUCCESS;
#else
        status = QdaForwardAndWait(ext, Irp);
        if (status == STATUS_NOT_SUPPORTED) {
            /* nobody below answered: the FDO answers alone */
            Irp->IoStatus.Information = 0;
            status = STATUS_SUCCESS;
        }
        if (NT_SUCCESS(status) && ext->Faulted) {
            Irp->IoStatus.Information |= PNP_DEVICE_FAILED;
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return status;
#endif

    default:
        return QdaPassDown(ext, Irp);
    }
}
