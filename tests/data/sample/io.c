/* io.c - device control and the DPC of the sample driver. It has one
   defect the command-line tests rely on: ZwClose under a spin lock. */
#include "sample.h"

static VOID CloseLog(PSAMPLE_EXTENSION Ext)
{
    if (Ext->LogHandle != NULL) {
        ZwClose(Ext->LogHandle);
        Ext->LogHandle = NULL;
    }
}

NTSTATUS SampleDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSAMPLE_EXTENSION ext = (PSAMPLE_EXTENSION)DeviceObject->DeviceExtension;
    KIRQL oldIrql;
    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    ext->Pending++;
    CloseLog(ext);
    KeReleaseSpinLock(&ext->Lock, oldIrql);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID SampleDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PSAMPLE_EXTENSION ext = (PSAMPLE_EXTENSION)Context;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    ext->Pending--;
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}
