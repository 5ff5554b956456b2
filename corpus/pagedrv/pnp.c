/*
 * pnp.c - TSM-40 thermal monitor driver: Plug and Play, power and WMI.
 *
 * All dispatch code in this file runs at PASSIVE_LEVEL (the device object
 * is DO_POWER_PAGABLE, so power IRPs arrive at PASSIVE_LEVEL too) and is
 * placed in the PAGE section with #pragma code_seg. The two completion
 * routines can run at DISPATCH_LEVEL and are compiled after
 * #pragma code_seg() ends the region.
 */
#include "tsm.h"

static NTSTATUS TsmForwardAndWait(_In_ PTSM_EXTENSION Ext, _Inout_ PIRP Irp);
static NTSTATUS TsmPassDown(_In_ PTSM_EXTENSION Ext, _Inout_ PIRP Irp);

#pragma code_seg("PAGE")

/* Sends the IRP down and waits until the lower drivers completed it; the
   caller owns the IRP again afterwards. */
static NTSTATUS
TsmForwardAndWait(
    _In_ PTSM_EXTENSION Ext,
    _Inout_ PIRP Irp)
{
    KEVENT lowerDone;
    NTSTATUS status;

    PAGED_CODE();

    KeInitializeEvent(&lowerDone, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, TsmLowerDone, &lowerDone, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->LowerDevice, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&lowerDone, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

static NTSTATUS
TsmPassDown(
    _In_ PTSM_EXTENSION Ext,
    _Inout_ PIRP Irp)
{
    NTSTATUS status;

    PAGED_CODE();

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

/* Maps the register BAR, loads per-device settings and the history
   buffer, and starts sampling. */
static NTSTATUS
TsmStartDevice(
    _Inout_ PTSM_EXTENSION Ext,
    _In_opt_ PCM_RESOURCE_LIST Translated)
{
    PCM_PARTIAL_RESOURCE_LIST partials;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR memory = NULL;
    PTSM_SAMPLE history;
    ULONG i;

    PAGED_CODE();

    if (Translated == NULL || Translated->Count == 0) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }
    partials = &Translated->List[0].PartialResourceList;
    for (i = 0; i < partials->Count; i++) {
        if (partials->PartialDescriptors[i].Type == CmResourceTypeMemory) {
            memory = &partials->PartialDescriptors[i];
            break;
        }
    }
    if (memory == NULL || memory->u.Memory.Length < TSM_REGISTER_SPAN) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    Ext->Registers = (PUCHAR)MmMapIoSpaceEx(memory->u.Memory.Start,
                                            memory->u.Memory.Length,
                                            PAGE_READWRITE | PAGE_NOCACHE);
    if (Ext->Registers == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->RegisterLength = memory->u.Memory.Length;

    TsmLoadDeviceSettings(Ext);

    history = (PTSM_SAMPLE)ExAllocatePool2(POOL_FLAG_PAGED,
                                           Ext->Settings.HistoryDepth * sizeof(TSM_SAMPLE),
                                           TSM_POOL_TAG);
    if (history == NULL) {
        MmUnmapIoSpace(Ext->Registers, Ext->RegisterLength);
        Ext->Registers = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&Ext->HistoryResource, TRUE);
    Ext->History = history;
    Ext->HistoryCapacity = Ext->Settings.HistoryDepth;
    Ext->HistoryCount = 0;
    Ext->HistoryNext = 0;
    ExReleaseResourceLite(&Ext->HistoryResource);
    KeLeaveCriticalRegion();

    TSM_WRITE_REG(Ext, TSM_REG_CONTROL, TSM_CONTROL_ENABLE);
    Ext->Started = TRUE;
    TsmStartSampling(Ext);
    return STATUS_SUCCESS;
}

/* Stops sampling and gives back what TsmStartDevice obtained. */
static VOID
TsmStopDevice(
    _Inout_ PTSM_EXTENSION Ext)
{
    PTSM_SAMPLE history;

    PAGED_CODE();

    if (!Ext->Started) {
        return;
    }
    Ext->Started = FALSE;
    TsmStopSampling(Ext);

    TSM_WRITE_REG(Ext, TSM_REG_CONTROL, 0);
    MmUnmapIoSpace(Ext->Registers, Ext->RegisterLength);
    Ext->Registers = NULL;

    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&Ext->HistoryResource, TRUE);
    history = Ext->History;
    Ext->History = NULL;
    Ext->HistoryCapacity = 0;
    Ext->HistoryCount = 0;
    ExReleaseResourceLite(&Ext->HistoryResource);
    KeLeaveCriticalRegion();

    if (history != NULL) {
        ExFreePoolWithTag(history, TSM_POOL_TAG);
    }
}

NTSTATUS
TsmDispatchPnp(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return TsmCompleteRequest(Irp, status, 0);
    }

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = TsmForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            status = TsmStartDevice(ext, stack->Parameters.StartDevice.AllocatedResourcesTranslated);
        }
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return TsmCompleteRequest(Irp, status, 0);

    case IRP_MN_CANCEL_STOP_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        (VOID)TsmForwardAndWait(ext, Irp);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return TsmCompleteRequest(Irp, STATUS_SUCCESS, 0);

    case IRP_MN_QUERY_STOP_DEVICE:
    case IRP_MN_QUERY_REMOVE_DEVICE:
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return TsmPassDown(ext, Irp);

    case IRP_MN_STOP_DEVICE:
    case IRP_MN_SURPRISE_REMOVAL:
        TsmStopDevice(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return TsmPassDown(ext, Irp);

    case IRP_MN_REMOVE_DEVICE:
        TsmStopDevice(ext);
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDetachDevice(ext->LowerDevice);
        IoFreeWorkItem(ext->PersistWorkItem);
        ExDeleteResourceLite(&ext->HistoryResource);
        IoDeleteDevice(ext->Self);
        return status;

    default:
        return TsmPassDown(ext, Irp);
    }
}

NTSTATUS
TsmDispatchPower(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    DEVICE_POWER_STATE state;
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return TsmCompleteRequest(Irp, status, 0);
    }

    if (stack->MinorFunction == IRP_MN_SET_POWER &&
        stack->Parameters.Power.Type == DevicePowerState) {
        state = stack->Parameters.Power.State.DeviceState;
        if (state == PowerDeviceD0) {
            /* Power-up: the card is usable once the bus driver finished
               the IRP; resume sampling then. */
            IoCopyCurrentIrpStackLocationToNext(Irp);
#ifdef DRVLINT_BUG_POWER_COMPLETION_PAGEABLE
            IoSetCompletionRoutine(Irp, TsmPowerUpDone, ext, TRUE, TRUE, TRUE); /* drvlint-expect: paged-callback */
#else
            IoSetCompletionRoutine(Irp, TsmPowerUpDone, ext, TRUE, TRUE, TRUE);
#endif
            return PoCallDriver(ext->LowerDevice, Irp);
        }
        /* Power-down: stop polling before the card loses power. */
        if (ext->DevicePower == PowerDeviceD0 && ext->Started) {
            TsmStopSampling(ext);
        }
        ext->DevicePower = state;
    }

    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
TsmDispatchSystemControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return TsmCompleteRequest(Irp, status, 0);
    }
    return TsmPassDown(ext, Irp);
}

#ifndef DRVLINT_BUG_POWER_COMPLETION_PAGEABLE
#pragma code_seg()
#endif

/* Completion of a D0 SET_POWER: runs at up to DISPATCH_LEVEL. */
NTSTATUS
TsmPowerUpDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_opt_ PVOID Context)
{
    PTSM_EXTENSION ext = (PTSM_EXTENSION)Context;

#ifdef DRVLINT_BUG_POWER_COMPLETION_PAGEABLE
    PAGED_CODE();
#endif

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    if (ext != NULL) {
        if (NT_SUCCESS(Irp->IoStatus.Status)) {
            ext->DevicePower = PowerDeviceD0;
            if (ext->Started) {
                TsmStartSampling(ext);
            }
        }
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

#ifdef DRVLINT_BUG_POWER_COMPLETION_PAGEABLE
#pragma code_seg()
#endif

/* Completion of an IRP sent by TsmForwardAndWait. */
NTSTATUS
TsmLowerDone(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_opt_ PVOID Context)
{
    PKEVENT lowerDone = (PKEVENT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned && lowerDone != NULL) {
        KeSetEvent(lowerDone, IO_NO_INCREMENT, FALSE);
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}
