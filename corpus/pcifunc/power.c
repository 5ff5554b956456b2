/*
 * power.c - QDA-16 function driver: power management.
 *
 * The FDO owns the device's power policy. A system set-power IRP goes down
 * first; when the bus has handled it, the completion routine asks for the
 * matching device power IRP and the S-IRP is completed when that D-IRP is
 * done. Device power-down saves nothing (the configuration shadow in the
 * extension is the saved state) but quiets the card before the bus removes
 * power; power-up restores the card after the bus restored power.
 *
 * The FDO sets DO_POWER_PAGABLE, so power IRPs arrive at PASSIVE_LEVEL;
 * the completion routines may still run at DISPATCH_LEVEL.
 */
#include "qda.h"

/* Hands a power IRP to the bus driver and drops this IRP's remove lock. */
static NTSTATUS
QdaPowerPassDown(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp)
{
    NTSTATUS status;

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(Ext->LowerDevice, Irp);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
    return status;
}

/* The D-IRP requested for a system transition is done: finish the S-IRP. */
VOID
QdaDevicePowerRequestDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR MinorFunction, _In_ POWER_STATE PowerState,
                          _In_opt_ PVOID Context, _In_ PIO_STATUS_BLOCK IoStatus)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)Context;
    PIRP systemIrp;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(MinorFunction);
    UNREFERENCED_PARAMETER(PowerState);
    UNREFERENCED_PARAMETER(IoStatus);

    systemIrp = ext->PendingSystemIrp;
    ext->PendingSystemIrp = NULL;
    if (systemIrp == NULL) {
        return;
    }
    /* the S-IRP keeps the bus driver's (successful) status */
    PoStartNextPowerIrp(systemIrp);
    IoCompleteRequest(systemIrp, IO_NO_INCREMENT);
    IoReleaseRemoveLock(&ext->RemoveLock, systemIrp);
}

NTSTATUS
QdaSystemPowerDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)Context;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    SYSTEM_POWER_STATE target = stack->Parameters.Power.State.SystemState;
    POWER_STATE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    if (!NT_SUCCESS(Irp->IoStatus.Status)) {
        PoStartNextPowerIrp(Irp);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return STATUS_CONTINUE_COMPLETION;
    }

    ext->SystemPower = target;
    device.DeviceState = (target < PowerSystemMaximum) ? ext->SleepState[target] : PowerDeviceD3;
    ext->PendingSystemIrp = Irp;
    status = PoRequestPowerIrp(ext->Pdo, IRP_MN_SET_POWER, device, QdaDevicePowerRequestDone, ext, NULL);
    if (!NT_SUCCESS(status)) {
        /* no D-IRP: let the S-IRP finish; the device stays where it is */
        ext->PendingSystemIrp = NULL;
        PoStartNextPowerIrp(Irp);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return STATUS_CONTINUE_COMPLETION;
    }
    return STATUS_MORE_PROCESSING_REQUIRED;
}

NTSTATUS
QdaDevicePowerUpDone(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)Context;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    UNREFERENCED_PARAMETER(DeviceObject);

#ifndef DRVLINT_BUG_POWER_UP_DROPS_PENDING
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
#endif
    if (NT_SUCCESS(Irp->IoStatus.Status)) {
        ext->DevicePower = stack->Parameters.Power.State.DeviceState;
        QdaRestoreHardware(ext);
        PoSetPowerState(ext->Self, DevicePowerState, stack->Parameters.Power.State);
    }
    PoStartNextPowerIrp(Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
#ifdef DRVLINT_BUG_POWER_UP_DROPS_PENDING
    return STATUS_CONTINUE_COMPLETION; /* drvlint-expect: irp-completion-pending-propagate */
#else
    return STATUS_CONTINUE_COMPLETION;
#endif
}

static NTSTATUS
QdaSetDevicePower(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ PIO_STACK_LOCATION Stack)
{
    DEVICE_POWER_STATE target = Stack->Parameters.Power.State.DeviceState;

    if (target < Ext->DevicePower) {
        /* powering up: the bus restores power before the card can be programmed */
        IoCopyCurrentIrpStackLocationToNext(Irp);
        IoSetCompletionRoutine(Irp, QdaDevicePowerUpDone, Ext, TRUE, TRUE, TRUE);
        return PoCallDriver(Ext->LowerDevice, Irp);
    }

    if (target > PowerDeviceD0 && Ext->DevicePower == PowerDeviceD0) {
#ifdef DRVLINT_BUG_POWER_DOWN_REFUSED_WHEN_BUSY
        if (!QdaHardwareIdle(Ext)) {
            PoStartNextPowerIrp(Irp);
            Irp->IoStatus.Status = STATUS_DEVICE_BUSY;
            IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: power-irp-handling */
            IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
            return STATUS_DEVICE_BUSY;
        }
#endif
        /* powering down: stop the card while it still has power */
        QdaSetEventMask(Ext, 0);
        QdaQuietHardware(Ext);
    }
    Ext->DevicePower = target;
    PoSetPowerState(Ext->Self, DevicePowerState, Stack->Parameters.Power.State);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    return QdaPowerPassDown(Ext, Irp);
}

NTSTATUS
QdaDispatchPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PQDA_EXTENSION ext = (PQDA_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        /* being removed: the bus driver below still answers power requests */
        PoStartNextPowerIrp(Irp);
        IoSkipCurrentIrpStackLocation(Irp);
        return PoCallDriver(ext->LowerDevice, Irp);
    }

    switch (stack->MinorFunction) {
    case IRP_MN_SET_POWER:
        if (stack->Parameters.Power.Type == SystemPowerState) {
            IoMarkIrpPending(Irp);
            IoCopyCurrentIrpStackLocationToNext(Irp);
            IoSetCompletionRoutine(Irp, QdaSystemPowerDone, ext, TRUE, TRUE, TRUE);
            (void)PoCallDriver(ext->LowerDevice, Irp);
            return STATUS_PENDING;
        }
        return QdaSetDevicePower(ext, Irp, stack);

    case IRP_MN_QUERY_POWER:
        if (stack->Parameters.Power.Type == DevicePowerState &&
            stack->Parameters.Power.State.DeviceState > PowerDeviceD0 &&
            DeviceObject->CurrentIrp != NULL) {
            /* a query may be refused: an acquisition is running */
            status = STATUS_DEVICE_BUSY;
            PoStartNextPowerIrp(Irp);
            Irp->IoStatus.Status = status;
            IoCompleteRequest(Irp, IO_NO_INCREMENT);
            IoReleaseRemoveLock(&ext->RemoveLock, Irp);
            return status;
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        return QdaPowerPassDown(ext, Irp);

    default:
#ifdef DRVLINT_BUG_POWER_HIDES_PENDING
        /* WAIT_WAKE and POWER_SEQUENCE: the power manager does not need our status */
        PoStartNextPowerIrp(Irp);
        IoSkipCurrentIrpStackLocation(Irp);
        status = PoCallDriver(ext->LowerDevice, Irp);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        if (status == STATUS_PENDING) {
            status = STATUS_SUCCESS;
        }
        return status; /* drvlint-expect: irp-lower-driver-return */
#else
        return QdaPowerPassDown(ext, Irp);
#endif
    }
}
