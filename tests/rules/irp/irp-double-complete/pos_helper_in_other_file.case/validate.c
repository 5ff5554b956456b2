/* validate.c - buffer checks; on failure the helper completes the IRP itself */
#include "ctl.h"

NTSTATUS CtlValidateBuffer(PIRP Irp, ULONG Needed)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->Parameters.DeviceIoControl.OutputBufferLength < Needed) {
        Irp->IoStatus.Status = STATUS_BUFFER_TOO_SMALL;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return STATUS_BUFFER_TOO_SMALL;
    }
    return STATUS_SUCCESS;
}
