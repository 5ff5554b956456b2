/*
 * power.c - Tally upper filter: power pass-through.
 *
 * The filter has nothing to save or restore across power transitions; it
 * only passes power IRPs down. It is built to run on systems before Windows
 * Vista too, so every power IRP is released with PoStartNextPowerIrp and
 * sent with PoCallDriver. While the disk below holds a paging file the
 * filter is not DO_POWER_PAGABLE and power IRPs may arrive at
 * DISPATCH_LEVEL: this file must stay resident and call nothing that needs
 * PASSIVE_LEVEL.
 */
#include "tally.h"

NTSTATUS
TfDispatchPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PTALLY_EXTENSION ext = (PTALLY_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
#ifdef DRVLINT_BUG_POWER_UP_QUERIES_POLICY
    DEVICE_REMOVAL_POLICY policy;
    ULONG length;
#endif

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        /* being removed: the disk below still answers power requests */
        PoStartNextPowerIrp(Irp);
        IoSkipCurrentIrpStackLocation(Irp);
        return PoCallDriver(ext->Lower, Irp);
    }

    if (stack->MinorFunction == IRP_MN_SET_POWER && stack->Parameters.Power.Type == DevicePowerState &&
        stack->Parameters.Power.State.DeviceState == PowerDeviceD0) {
#ifdef DRVLINT_BUG_POWER_UP_QUERIES_POLICY
        /* a disk that may vanish without notice is not worth scanning */
        if (NT_SUCCESS(IoGetDeviceProperty(ext->Pdo, DevicePropertyRemovalPolicy, sizeof(policy), &policy, /* drvlint-expect: power-irp-handling */
                                           &length))) {
            ext->ScanZeroBlocks = (BOOLEAN)(policy != RemovalPolicyExpectSurpriseRemoval);
        }
#endif
        /* counting starts over after a power cycle of the disk */
        InterlockedExchange(&ext->Completions, 0);
    }

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
#ifdef DRVLINT_BUG_POWER_FORWARDED_WITH_IOCALLDRIVER
    status = IoCallDriver(ext->Lower, Irp); /* drvlint-expect: power-irp-handling */
#else
    status = PoCallDriver(ext->Lower, Irp);
#endif
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}
