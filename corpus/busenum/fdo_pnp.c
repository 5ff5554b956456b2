/*
 * fdo_pnp.c - Plug and Play requests sent to the hub's FDO.
 *
 * The FDO sits in the hub's own device stack above the PDO that the hub's
 * parent bus created. Like any function driver it passes every PnP request
 * down; it waits for the lower drivers first where it must (START and the
 * two CANCEL requests) and handles on the way down what it owns (the
 * query/stop/remove state machine and BusRelations, which it answers as
 * the bus driver of the sensor modules).
 */
#include "shub.h"

static NTSTATUS ShbFdoPassDown(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);
static NTSTATUS ShbFdoStart(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);
static NTSTATUS ShbFdoQueryRelations(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);
static NTSTATUS ShbFdoSurpriseRemoval(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);
static NTSTATUS ShbFdoRemove(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);
static NTSTATUS ShbFdoCancelRequest(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp,
                                    _In_ SHB_PNP_STATE Expected);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, ShbFdoPnp)
#pragma alloc_text(PAGE, ShbFdoSendDownAndWait)
#pragma alloc_text(PAGE, ShbFdoPassDown)
#pragma alloc_text(PAGE, ShbFdoStart)
#pragma alloc_text(PAGE, ShbFdoQueryRelations)
#pragma alloc_text(PAGE, ShbFdoSurpriseRemoval)
#pragma alloc_text(PAGE, ShbFdoRemove)
#pragma alloc_text(PAGE, ShbFdoCancelRequest)
#endif

/* ---- sending the request down --------------------------------------------- */

/* We are done with the request: the lower drivers get it as it is. */
static NTSTATUS ShbFdoPassDown(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    PAGED_CODE();

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(Fdo->NextLower, Irp);
}

/* The lower drivers are done with a request we wait for. The IRP stays
   ours (STATUS_MORE_PROCESSING_REQUIRED). The event is only set when the
   lower driver returned STATUS_PENDING: otherwise nobody waits for it. */
NTSTATUS ShbSignalOnCompletion(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PKEVENT done = (PKEVENT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned) {
#ifdef DRVLINT_BUG_SIGNAL_WITH_WAIT
        KeSetEvent(done, IO_NO_INCREMENT, TRUE);    /* drvlint-expect: irql-set-event-wait */
#else
        KeSetEvent(done, IO_NO_INCREMENT, FALSE);
#endif
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/*
 * Sends the current request to the lower drivers and waits until they
 * completed it. Returns their status; the request is still ours and the
 * caller completes it.
 */
NTSTATUS ShbFdoSendDownAndWait(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    KEVENT done;
    NTSTATUS status;

    PAGED_CODE();

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, ShbSignalOnCompletion, &done, TRUE, TRUE, TRUE);

    status = IoCallDriver(Fdo->NextLower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

/* ---- the minor functions we handle ------------------------------------------- */

static NTSTATUS ShbFdoStart(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    NTSTATUS status;

    PAGED_CODE();

    /* The hub's parent bus starts the hub first. */
    status = ShbFdoSendDownAndWait(Fdo, Irp);
    if (NT_SUCCESS(status)) {
        status = IoSetDeviceInterfaceState(&Fdo->InterfaceName, TRUE);
        if (NT_SUCCESS(status)) {
            Fdo->Common.DevicePower = PowerDeviceD0;
            ShbSetPnpState(&Fdo->Common, ShbStateStarted);
            ShbStartScanning(Fdo);
        }
    }

    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

/*
 * CANCEL_STOP_DEVICE and CANCEL_REMOVE_DEVICE: the lower drivers undo their
 * part first, then we return to the state we had before the query.
 */
static NTSTATUS ShbFdoCancelRequest(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp,
                                    _In_ SHB_PNP_STATE Expected)
{
    NTSTATUS status;

    PAGED_CODE();

    /* Cancel requests must not fail on the way down. */
    Irp->IoStatus.Status = STATUS_SUCCESS;
    status = ShbFdoSendDownAndWait(Fdo, Irp);
    if (NT_SUCCESS(status) && Fdo->Common.PnpState == Expected) {
        ShbRestorePnpState(&Fdo->Common);
    }

    status = STATUS_SUCCESS;
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

/*
 * BusRelations is ours to answer: the list of modules still in their
 * ports. Other relation types belong to the drivers below.
 */
static NTSTATUS ShbFdoQueryRelations(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PDEVICE_RELATIONS relations = NULL;
    NTSTATUS status;

    PAGED_CODE();

    if (stack->Parameters.QueryDeviceRelations.Type != BusRelations) {
#ifdef DRVLINT_BUG_FDO_COMPLETES_OTHER_RELATIONS
        /* Removal and ejection relations: "nothing to add", answered here. */
        status = Irp->IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);    /* drvlint-expect: pnp-not-forwarded */
        return status;
#else
        return ShbFdoPassDown(Fdo, Irp);
#endif
    }

    status = ShbBuildBusRelations(Fdo, (PDEVICE_RELATIONS)Irp->IoStatus.Information, &relations);
    if (!NT_SUCCESS(status)) {
        /* The list from the drivers above us stays where it is. */
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    Irp->IoStatus.Information = (ULONG_PTR)relations;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    return ShbFdoPassDown(Fdo, Irp);
}

static NTSTATUS ShbFdoSurpriseRemoval(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    KIRQL irql;
#ifdef DRVLINT_BUG_SURPRISE_FORWARD_UNDER_LOCK
    NTSTATUS status;
#endif

    PAGED_CODE();

    ShbSetPnpState(&Fdo->Common, ShbStateSurpriseRemoved);
    ShbStopScanning(Fdo);
    IoSetDeviceInterfaceState(&Fdo->InterfaceName, FALSE);

    /* The hub is gone: nothing it reported is worth announcing any more. */
    KeAcquireSpinLock(&Fdo->StatsLock, &irql);
    Fdo->PendingMask = 0;
    Fdo->LastScanMask = 0;
    Irp->IoStatus.Status = STATUS_SUCCESS;
#ifdef DRVLINT_BUG_SURPRISE_FORWARD_UNDER_LOCK
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(Fdo->NextLower, Irp);     /* drvlint-expect: irql-forward-at-dispatch, spinlock-complete-while-held */
    KeReleaseSpinLock(&Fdo->StatsLock, irql);
    return status;
#else
    KeReleaseSpinLock(&Fdo->StatsLock, irql);
    return ShbFdoPassDown(Fdo, Irp);
#endif
}

static NTSTATUS ShbFdoRemove(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    PDEVICE_OBJECT self = Fdo->Common.Self;
    PDEVICE_OBJECT lower = Fdo->NextLower;
    SHB_PNP_STATE before = Fdo->Common.PnpState;
    NTSTATUS status;

    PAGED_CODE();

    ShbSetPnpState(&Fdo->Common, ShbStateDeleted);
    if (before != ShbStateSurpriseRemoved) {
        /* Orderly removal: SURPRISE_REMOVAL did not do this for us. */
        ShbStopScanning(Fdo);
        IoSetDeviceInterfaceState(&Fdo->InterfaceName, FALSE);
    }

    /* Drop the bias and wait for the IOCTLs still running. New ones see
       ShbStateDeleted and are refused. */
    ShbIoLeave(Fdo);
    KeWaitForSingleObject(&Fdo->RemoveEvent, Executive, KernelMode, FALSE, NULL);

    /* The PnP manager removed the modules' stacks before ours; the PDOs
       of modules that are still plugged in are deleted with the hub. */
    ShbDeleteAllModules(Fdo);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(lower, Irp);

    IoDetachDevice(lower);
    RtlFreeUnicodeString(&Fdo->InterfaceName);
    IoDeleteDevice(self);
    return status;
}

/* ---- the FDO's IRP_MJ_PNP -------------------------------------------------------- */

NTSTATUS ShbFdoPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_FDO_EXTENSION fdo = (PSHB_FDO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
#ifdef DRVLINT_BUG_FDO_COMPLETES_UNKNOWN_MINOR
    NTSTATUS status;
#endif

    PAGED_CODE();

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        return ShbFdoStart(fdo, Irp);

    case IRP_MN_QUERY_STOP_DEVICE:
        /* No resources to rebalance, but the modules keep working
           through a stop; agree and let the lower drivers decide. */
        ShbSetPnpState(&fdo->Common, ShbStateStopPending);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return ShbFdoPassDown(fdo, Irp);

    case IRP_MN_CANCEL_STOP_DEVICE:
        return ShbFdoCancelRequest(fdo, Irp, ShbStateStopPending);

    case IRP_MN_STOP_DEVICE:
        ShbStopScanning(fdo);
        ShbSetPnpState(&fdo->Common, ShbStateStopped);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return ShbFdoPassDown(fdo, Irp);

    case IRP_MN_QUERY_REMOVE_DEVICE:
        ShbSetPnpState(&fdo->Common, ShbStateRemovePending);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return ShbFdoPassDown(fdo, Irp);

    case IRP_MN_CANCEL_REMOVE_DEVICE:
        return ShbFdoCancelRequest(fdo, Irp, ShbStateRemovePending);

    case IRP_MN_SURPRISE_REMOVAL:
        return ShbFdoSurpriseRemoval(fdo, Irp);

    case IRP_MN_REMOVE_DEVICE:
        return ShbFdoRemove(fdo, Irp);

    case IRP_MN_QUERY_DEVICE_RELATIONS:
        return ShbFdoQueryRelations(fdo, Irp);

    default:
#ifdef DRVLINT_BUG_FDO_COMPLETES_UNKNOWN_MINOR
        /* (copied from the PDO code) */
        status = Irp->IoStatus.Status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);    /* drvlint-expect: pnp-not-forwarded */
        return status;
#else
        return ShbFdoPassDown(fdo, Irp);
#endif
    }
}
