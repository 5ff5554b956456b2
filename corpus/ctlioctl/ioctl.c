/*
 * ioctl.c - IRP_MJ_DEVICE_CONTROL.
 *
 * The three buffering methods each have their rules:
 *   METHOD_BUFFERED    the I/O manager copies input into and output out of
 *                      Irp->AssociatedIrp.SystemBuffer;
 *   METHOD_IN_DIRECT / METHOD_OUT_DIRECT
 *                      a small input in the system buffer, the data in the
 *                      caller's buffer, locked and described by
 *                      Irp->MdlAddress; we map it with
 *                      MmGetSystemAddressForMdlSafe;
 *   METHOD_NEITHER     raw caller addresses (Type3InputBuffer and
 *                      Irp->UserBuffer), valid only in the caller's
 *                      context: probed and touched inside __try/__except.
 * ctlq is the only driver in its stack, so the dispatch routine runs in
 * the context of the thread that sent the request.
 */
#include "ctlq.h"

/* ---- METHOD_BUFFERED: GET_INFO ----------------------------------------------------- */

static NTSTATUS CtlqIoctlGetInfo(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp,
                                 _In_ PIO_STACK_LOCATION Stack, _Out_ PULONG_PTR Information)
{
    PCTLQ_INFO info = (PCTLQ_INFO)Irp->AssociatedIrp.SystemBuffer;
    KIRQL irql;

    *Information = 0;
    if (Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(CTLQ_INFO)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    RtlZeroMemory(info, sizeof(CTLQ_INFO));
    info->Version = CTLQ_VERSION;
    CtlqJournalTotals(Ext, &info->Records, &info->LastSequence);

    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    info->Waiters = Ext->QueuedCount;
    KeReleaseSpinLock(&Ext->QueueLock, irql);

    KeAcquireSpinLock(&Ext->PeerLock, &irql);
    info->PeerConnected = (Ext->PeerFile != NULL) ? 1 : 0;
    KeReleaseSpinLock(&Ext->PeerLock, irql);

    *Information = sizeof(CTLQ_INFO);
    return STATUS_SUCCESS;
}

/* ---- METHOD_IN_DIRECT: APPEND ---------------------------------------------------- */

static NTSTATUS CtlqIoctlAppend(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp,
                                _In_ PIO_STACK_LOCATION Stack, _Out_ PULONG_PTR Information)
{
    PCTLQ_APPEND_HEADER header = (PCTLQ_APPEND_HEADER)Irp->AssociatedIrp.SystemBuffer;
    PCTLQ_RECORD records;
    ULONG count;
    ULONG i;

    *Information = 0;
    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(CTLQ_APPEND_HEADER) ||
        Irp->MdlAddress == NULL) {
        return STATUS_INVALID_PARAMETER;
    }

    count = header->Count;
    if (count == 0 || count > MmGetMdlByteCount(Irp->MdlAddress) / sizeof(CTLQ_RECORD)) {
        return STATUS_INVALID_PARAMETER;
    }

    records = (PCTLQ_RECORD)MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                                          NormalPagePriority | MdlMappingNoExecute);
    if (records == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    for (i = 0; i < count; i++) {
        CtlqJournalAppend(Ext, records[i].Source, records[i].Payload, CTLQ_PAYLOAD_BYTES);
    }
    CtlqKickWorker(Ext);
    return STATUS_SUCCESS;
}

/* ---- METHOD_OUT_DIRECT: READ ------------------------------------------------------- */

static NTSTATUS CtlqIoctlRead(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp,
                              _In_ PIO_STACK_LOCATION Stack, _Out_ PULONG_PTR Information)
{
    PCTLQ_READ_REQUEST request = (PCTLQ_READ_REQUEST)Irp->AssociatedIrp.SystemBuffer;
    PCTLQ_RECORD records;
    ULONG capacity;
    ULONG copied;

    *Information = 0;
    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(CTLQ_READ_REQUEST) ||
        Irp->MdlAddress == NULL) {
        return STATUS_INVALID_PARAMETER;
    }

    capacity = Stack->Parameters.DeviceIoControl.OutputBufferLength / sizeof(CTLQ_RECORD);
    if (capacity == 0) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    records = (PCTLQ_RECORD)MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                                          NormalPagePriority | MdlMappingNoExecute);
    if (records == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* the pages are locked: filling them under the journal lock is fine */
    copied = CtlqJournalCopy(Ext, request->AfterSequence, records, capacity);
    *Information = (ULONG_PTR)copied * sizeof(CTLQ_RECORD);
    return STATUS_SUCCESS;
}

/* ---- METHOD_NEITHER: PEEK_COUNTERS ------------------------------------------------- */

static NTSTATUS CtlqIoctlPeek(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp,
                              _In_ PIO_STACK_LOCATION Stack, _Out_ PULONG_PTR Information)
{
    PCTLQ_PEEK_REQUEST input = (PCTLQ_PEEK_REQUEST)Stack->Parameters.DeviceIoControl.Type3InputBuffer;
    PCTLQ_CPU_COUNTERS output = (PCTLQ_CPU_COUNTERS)Irp->UserBuffer;
    CTLQ_PEEK_REQUEST request;
    CTLQ_CPU_COUNTERS snapshot;
    NTSTATUS status = STATUS_SUCCESS;

    *Information = 0;
    if (Stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(CTLQ_PEEK_REQUEST) ||
        Stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(CTLQ_CPU_COUNTERS)) {
        return STATUS_BUFFER_TOO_SMALL;
    }

    /* capture the input once: the caller may change it under us */
    __try {
        if (Irp->RequestorMode != KernelMode) {
            ProbeForRead(input, sizeof(CTLQ_PEEK_REQUEST), sizeof(ULONG));
        }
        request = *input;
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        return GetExceptionCode();
    }

    if (request.Processor >= CTLQ_MAX_CPUS) {
        return STATUS_INVALID_PARAMETER;
    }
    snapshot = Ext->PerCpu[request.Processor];

    __try {
        if (Irp->RequestorMode != KernelMode) {
            ProbeForWrite(output, sizeof(CTLQ_CPU_COUNTERS), sizeof(ULONG));
        }
        *output = snapshot;
        *Information = sizeof(CTLQ_CPU_COUNTERS);
    } __except (EXCEPTION_EXECUTE_HANDLER) {
        status = GetExceptionCode();
    }
    return status;
}

/* ---- the dispatch routine ------------------------------------------------------------ */

NTSTATUS CtlqDispatchDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PCTLQ_EXTENSION ext = (PCTLQ_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    PCTLQ_CPU_COUNTERS counters;
    CTLQ_PEER_REPLY reply;
    ULONG_PTR information = 0;
    NTSTATUS status;
    KIRQL oldIrql;

    /* Count the request on this processor: at DISPATCH_LEVEL the thread
       cannot move to another processor half way through. */
    oldIrql = KeRaiseIrqlToDpcLevel();
    counters = &ext->PerCpu[KeGetCurrentProcessorNumberEx(NULL) % CTLQ_MAX_CPUS];
    counters->Requests++;
    if (code == IOCTL_CTLQ_APPEND) {
        counters->Appends++;
    } else if (code == IOCTL_CTLQ_WAIT) {
        counters->Waits++;
    } else if (code == IOCTL_CTLQ_PING_PEER || code == IOCTL_CTLQ_FLUSH_PEER || code == IOCTL_CTLQ_QUERY_PEER) {
        counters->Relays++;
    }
#ifdef DRVLINT_BUG_REFUSE_WHILE_RAISED
    if (ext->Stopping) {
        return CtlqCompleteRequest(Irp, STATUS_DEVICE_NOT_READY, 0);    /* drvlint-expect: irql-exit-mismatch */
    }
#endif
#ifdef DRVLINT_BUG_LOWER_TO_PASSIVE
    /* dispatch routines run at PASSIVE_LEVEL */
    KeLowerIrql(PASSIVE_LEVEL);     /* drvlint-expect: irql-lower-unraised */
#else
    KeLowerIrql(oldIrql);
#endif

    switch (code) {
    case IOCTL_CTLQ_GET_INFO:
        status = CtlqIoctlGetInfo(ext, Irp, stack, &information);
        break;

    case IOCTL_CTLQ_APPEND:
        status = CtlqIoctlAppend(ext, Irp, stack, &information);
        break;

    case IOCTL_CTLQ_READ:
        status = CtlqIoctlRead(ext, Irp, stack, &information);
        break;

    case IOCTL_CTLQ_PEEK_COUNTERS:
        status = CtlqIoctlPeek(ext, Irp, stack, &information);
        break;

    case IOCTL_CTLQ_WAIT:
        if (inLength < sizeof(CTLQ_WAIT_REQUEST) || outLength < sizeof(CTLQ_RECORD)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        /* completes the IRP, or queues it and returns STATUS_PENDING */
        return CtlqQueueWait(ext, Irp);

    case IOCTL_CTLQ_SET_PEER:
        if (inLength == 0) {
            status = CtlqSetPeer(ext, NULL);
        } else if (inLength < sizeof(CTLQ_PEER_NAME)) {
            status = STATUS_INVALID_PARAMETER;
        } else {
            status = CtlqSetPeer(ext, (PCTLQ_PEER_NAME)Irp->AssociatedIrp.SystemBuffer);
        }
        break;

    case IOCTL_CTLQ_PING_PEER:
        if (outLength < sizeof(CTLQ_PEER_REPLY)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        status = CtlqRelayStart(ext, Irp, IRP_MJ_DEVICE_CONTROL);
        if (status == STATUS_PENDING) {
            return status;
        }
        break;

    case IOCTL_CTLQ_FLUSH_PEER:
        status = CtlqRelayStart(ext, Irp, IRP_MJ_FLUSH_BUFFERS);
        if (status == STATUS_PENDING) {
            return status;
        }
        break;

    case IOCTL_CTLQ_QUERY_PEER:
        if (outLength < sizeof(CTLQ_PEER_REPLY)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        status = CtlqQueryPeer(ext, &reply);
        if (NT_SUCCESS(status)) {
            RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &reply, sizeof(CTLQ_PEER_REPLY));
            information = sizeof(CTLQ_PEER_REPLY);
        }
        break;

    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }

    return CtlqCompleteRequest(Irp, status, information);
}
