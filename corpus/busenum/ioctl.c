/*
 * ioctl.c - the management interface of the hub's FDO.
 *
 * The hub management application opens GUID_DEVINTERFACE_SENSOR_HUB and
 * relays what the hub firmware reports: a module arrived in a port, a
 * module was pulled out, the user pressed a port's release button (an
 * ejection request). It can also read the port counters.
 *
 * All four IOCTLs are METHOD_BUFFERED and complete at once.
 */
#include "shub.h"

static NTSTATUS ShbCheckPortRequest(_In_ PIO_STACK_LOCATION Stack, _In_ PVOID Buffer,
                                    _Out_ PULONG Port);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, ShbFdoDeviceControl)
#pragma alloc_text(PAGE, ShbCheckPortRequest)
#endif

static NTSTATUS ShbCheckPortRequest(_In_ PIO_STACK_LOCATION Stack, _In_ PVOID Buffer,
                                    _Out_ PULONG Port)
{
    PSHB_PORT_REQUEST request = (PSHB_PORT_REQUEST)Buffer;

    PAGED_CODE();

    *Port = 0;
    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(SHB_PORT_REQUEST) ||
        request->Size != sizeof(SHB_PORT_REQUEST)) {
        return STATUS_INVALID_PARAMETER;
    }
    if (request->Port >= SHB_MAX_PORTS) {
        return STATUS_INVALID_PARAMETER;
    }
    *Port = request->Port;
    return STATUS_SUCCESS;
}

NTSTATUS ShbFdoDeviceControl(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PVOID buffer = Irp->AssociatedIrp.SystemBuffer;
    PSHB_PLUG_REQUEST plug;
    ULONG_PTR information = 0;
    ULONG port = 0;
    NTSTATUS status;

    PAGED_CODE();

    if (Fdo->Common.PnpState != ShbStateStarted) {
        /* stopped, being removed, or not started yet */
        status = STATUS_DEVICE_NOT_READY;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_SHB_PLUG_MODULE:
        plug = (PSHB_PLUG_REQUEST)buffer;
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(SHB_PLUG_REQUEST) ||
            plug->Size != sizeof(SHB_PLUG_REQUEST)) {
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        status = ShbPlugModule(Fdo, plug);
        break;

    case IOCTL_SHB_UNPLUG_MODULE:
        status = ShbCheckPortRequest(stack, buffer, &port);
        if (NT_SUCCESS(status)) {
            status = ShbUnplugModule(Fdo, port, FALSE);
        }
        break;

    case IOCTL_SHB_EJECT_MODULE:
        status = ShbCheckPortRequest(stack, buffer, &port);
        if (NT_SUCCESS(status)) {
            status = ShbUnplugModule(Fdo, port, TRUE);
        }
        break;

    case IOCTL_SHB_QUERY_PORTS:
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(SHB_PORT_REPORT)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        ShbSnapshotPorts(Fdo, (PSHB_PORT_REPORT)buffer);
        information = sizeof(SHB_PORT_REPORT);
        status = STATUS_SUCCESS;
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
