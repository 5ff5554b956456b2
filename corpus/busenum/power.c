/*
 * power.c - power requests for the hub's FDO and the modules' PDOs.
 *
 * The hub has no power controls of its own: the FDO records the states it
 * is told about and passes every power request to its parent bus. The
 * modules are powered by the hub; their PDOs record the new state, tell
 * the power manager, and complete the request (a PDO is the bottom of its
 * stack). Modules cannot wake the system, so WAIT_WAKE and the rest are
 * completed with the status the power manager set.
 *
 * Both device objects set DO_POWER_PAGABLE, so these requests arrive at
 * PASSIVE_LEVEL; the code is kept resident anyway, as power code should be.
 */
#include "shub.h"

NTSTATUS ShbFdoPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_FDO_EXTENSION fdo = (PSHB_FDO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->MinorFunction == IRP_MN_SET_POWER) {
        if (stack->Parameters.Power.Type == SystemPowerState) {
            fdo->Common.SystemPower = stack->Parameters.Power.State.SystemState;
        } else if (stack->Parameters.Power.Type == DevicePowerState) {
            fdo->Common.DevicePower = stack->Parameters.Power.State.DeviceState;
            PoSetPowerState(DeviceObject, DevicePowerState, stack->Parameters.Power.State);
        }
    }

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(fdo->NextLower, Irp);
}

NTSTATUS ShbPdoPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PSHB_PDO_EXTENSION pdo = (PSHB_PDO_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_SET_POWER:
        if (stack->Parameters.Power.Type == SystemPowerState) {
            pdo->Common.SystemPower = stack->Parameters.Power.State.SystemState;
        } else {
            pdo->Common.DevicePower = stack->Parameters.Power.State.DeviceState;
            PoSetPowerState(DeviceObject, DevicePowerState, stack->Parameters.Power.State);
        }
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_QUERY_POWER:
        /* Nothing keeps a module from switching off. */
        status = STATUS_SUCCESS;
        break;

    case IRP_MN_WAIT_WAKE:
#ifdef DRVLINT_BUG_PDO_WAIT_WAKE_NOT_COMPLETED
        /* modules cannot wake anything */
        return STATUS_NOT_SUPPORTED;
#else
        /* modules cannot wake anything: keep the power manager's status */
        status = Irp->IoStatus.Status;
        break;
#endif

    default:
        status = Irp->IoStatus.Status;
        break;
    }

    PoStartNextPowerIrp(Irp);
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
