/*
 * pnp.c - FC-200 frame-capture driver: Plug and Play, power and WMI.
 *
 * START_DEVICE and the two CANCEL requests are handled on the way back up
 * (after the bus driver finished them); everything else is handled on the
 * way down and passed to the next lower driver. Power requests are passed
 * through: the card keeps no state across D3 that START_DEVICE does not
 * program again, so the driver only records the device power state.
 */
#include "fcx.h"

static NTSTATUS FcxForwardAndWait(_In_ PFCX_EXTENSION Ext, _Inout_ PIRP Irp);
static NTSTATUS FcxPassDown(_In_ PFCX_EXTENSION Ext, _Inout_ PIRP Irp);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, FcxDispatchPnp)
#pragma alloc_text(PAGE, FcxDispatchSystemControl)
#pragma alloc_text(PAGE, FcxForwardAndWait)
#endif

/* Runs when the lower drivers finished an IRP sent by FcxForwardAndWait;
   keeps the IRP for the waiting dispatch routine. */
NTSTATUS
FcxSignalLowerDone(
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

/* Sends the IRP down and waits until the lower drivers completed it. The
   caller still owns the IRP afterwards and must complete it. */
static NTSTATUS
FcxForwardAndWait(
    _In_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp)
{
    KEVENT lowerDone;
    NTSTATUS status;

    PAGED_CODE();

    KeInitializeEvent(&lowerDone, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FcxSignalLowerDone, &lowerDone, TRUE, TRUE, TRUE);

    status = IoCallDriver(Ext->LowerDevice, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&lowerDone, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

/* Hands the IRP to the next lower driver and drops the remove lock the
   dispatch routine took for it. */
static NTSTATUS
FcxPassDown(
    _In_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp)
{
    NTSTATUS status;

    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
FcxDispatchPnp(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    PAGED_CODE();

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return FcxCompleteRequest(Irp, status, 0);
    }

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = FcxForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            status = FcxStartHardware(ext,
                                      stack->Parameters.StartDevice.AllocatedResources,
                                      stack->Parameters.StartDevice.AllocatedResourcesTranslated);
            if (NT_SUCCESS(status)) {
                ext->PnpState = FcxStarted;
                IoSetDeviceInterfaceState(&ext->InterfaceName, TRUE);
            }
        }
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return FcxCompleteRequest(Irp, status, 0);

    case IRP_MN_QUERY_STOP_DEVICE:
    case IRP_MN_QUERY_REMOVE_DEVICE:
        /* A frame in flight cannot be moved to other resources. */
        if (InterlockedCompareExchange(&ext->DmaBusy, 0, 0) != 0) {
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return FcxCompleteRequest(Irp, STATUS_DEVICE_BUSY, 0);
        }
        ext->PreviousPnpState = ext->PnpState;
        ext->PnpState = (stack->MinorFunction == IRP_MN_QUERY_STOP_DEVICE)
                            ? FcxStopPending : FcxRemovePending;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return FcxPassDown(ext, Irp);

    case IRP_MN_CANCEL_STOP_DEVICE:
    case IRP_MN_CANCEL_REMOVE_DEVICE:
        /* The lower drivers must see the cancel first. */
        (VOID)FcxForwardAndWait(ext, Irp);
        if (ext->PnpState == FcxStopPending || ext->PnpState == FcxRemovePending) {
            ext->PnpState = ext->PreviousPnpState;
        }
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return FcxCompleteRequest(Irp, STATUS_SUCCESS, 0);

    case IRP_MN_STOP_DEVICE:
        /* Leave the started state first so nothing new reaches the engine. */
        ext->PnpState = FcxStopped;
        FcxFailQueuedRequests(ext, STATUS_DEVICE_NOT_READY);
        FcxStopHardware(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return FcxPassDown(ext, Irp);

    case IRP_MN_SURPRISE_REMOVAL:
        ext->PnpState = FcxSurpriseRemoved;
        IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
        FcxFailQueuedRequests(ext, STATUS_NO_SUCH_DEVICE);
        FcxStopHardware(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return FcxPassDown(ext, Irp);

    case IRP_MN_REMOVE_DEVICE:
        if (ext->PnpState != FcxSurpriseRemoved) {
            ext->PnpState = FcxRemoved;
            IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE);
            FcxFailQueuedRequests(ext, STATUS_NO_SUCH_DEVICE);
            FcxStopHardware(ext);
        }
        ext->PnpState = FcxRemoved;

        /* Wait for the I/O still holding the remove lock, then leave the
           stack and delete the device object. */
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDetachDevice(ext->LowerDevice);
        RtlFreeUnicodeString(&ext->InterfaceName);
        IoDeleteDevice(ext->Self);
        return status;

    default:
        return FcxPassDown(ext, Irp);
    }
}

/* Records a device power transition. Runs in the power dispatch routine,
   which the power manager may call at DISPATCH_LEVEL because the device
   object is not DO_POWER_PAGABLE: nothing here may be pageable. */
static VOID
FcxNoteDevicePower(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ DEVICE_POWER_STATE State)
{
    if (State != PowerDeviceD0 && Ext->DevicePower == PowerDeviceD0) {
        /* Leaving D0: no new frame may start until START re-arms the card;
           an unfinished transfer is left to the watchdog. */
#ifdef DRVLINT_BUG_POWER_DOWN_QUIESCE_PAGED
        FcxQuiesceHardware(Ext); /* drvlint-expect: paged-code-power-transition, power-irp-handling */
#endif
    }
    Ext->DevicePower = State;
}

NTSTATUS
FcxDispatchPower(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return FcxCompleteRequest(Irp, status, 0);
    }

    if (stack->MinorFunction == IRP_MN_SET_POWER &&
        stack->Parameters.Power.Type == DevicePowerState) {
        FcxNoteDevicePower(ext, stack->Parameters.Power.State.DeviceState);
    }

    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS
FcxDispatchSystemControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    NTSTATUS status;

    PAGED_CODE();

    /* The card registers no WMI blocks of its own. */
    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return FcxCompleteRequest(Irp, status, 0);
    }
    return FcxPassDown(ext, Irp);
}
