/*
 * relay.c - requests ctlq sends to its peer device.
 *
 * The peer is named with IOCTL_CTLQ_SET_PEER; IoGetDeviceObjectPointer
 * gives us its device object and a file object whose reference keeps the
 * device alive. Both are kept under PeerLock; each relay takes a reference
 * of its own on the file object.
 *
 * Ping and flush are asynchronous: the client's IRP is pended, and ctlq
 * sends an IRP it allocates itself (IoAllocateIrp). The completion routine
 * finishes the client's IRP, frees ctlq's IRP and returns
 * STATUS_MORE_PROCESSING_REQUIRED: the I/O manager must not touch an IRP
 * that no longer exists. Query is synchronous: ctlq builds a device-control
 * IRP with IoBuildDeviceIoControlRequest and waits for the event; that IRP
 * belongs to the I/O manager, which frees it on completion.
 *
 * RelaysInFlight counts the asynchronous relays, plus one until Unload;
 * Unload waits for RelaysIdle so the completion routine's code is still
 * loaded when it runs.
 */
#include "ctlq.h"

#define CTLQ_SOURCE_PEER    0xFFFF0001

static VOID CtlqRelayIssue(_In_ PCTLQ_RELAY Relay);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, CtlqSetPeer)
#pragma alloc_text(PAGE, CtlqQueryPeer)
#pragma alloc_text(PAGE, CtlqDrainRelays)
#endif

/* ---- the peer -------------------------------------------------------------------- */

/* Names a new peer (or none, Name == NULL) and lets go of the old one. */
NTSTATUS CtlqSetPeer(_In_ PCTLQ_EXTENSION Ext, _In_opt_ PCTLQ_PEER_NAME Name)
{
    UNICODE_STRING name;
    PFILE_OBJECT newFile = NULL;
    PDEVICE_OBJECT newDevice = NULL;
    PFILE_OBJECT oldFile;
    KIRQL irql;
    NTSTATUS status;

    PAGED_CODE();

    if (Name != NULL) {
        Name->Name[CTLQ_PEER_NAME_CHARS - 1] = L'\0';
        RtlInitUnicodeString(&name, Name->Name);
        status = IoGetDeviceObjectPointer(&name, FILE_READ_DATA, &newFile, &newDevice);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }

    KeAcquireSpinLock(&Ext->PeerLock, &irql);
    oldFile = Ext->PeerFile;
    Ext->PeerFile = newFile;
    Ext->PeerDevice = newDevice;
    KeReleaseSpinLock(&Ext->PeerLock, irql);

    if (oldFile != NULL) {
        ObDereferenceObject(oldFile);
    }
    return STATUS_SUCCESS;
}

/* The current peer, with a reference on its file object; FALSE if none. */
static BOOLEAN CtlqReferencePeer(_In_ PCTLQ_EXTENSION Ext, _Out_ PDEVICE_OBJECT *Device,
                                 _Out_ PFILE_OBJECT *File)
{
    KIRQL irql;

    KeAcquireSpinLock(&Ext->PeerLock, &irql);
    *Device = Ext->PeerDevice;
    *File = Ext->PeerFile;
    if (*File != NULL) {
        ObReferenceObject(*File);
    }
    KeReleaseSpinLock(&Ext->PeerLock, irql);

    return (BOOLEAN)(*File != NULL);
}

/* ---- asynchronous relays ------------------------------------------------------------ */

static VOID CtlqRelayDone(_In_ PCTLQ_EXTENSION Ext)
{
    if (InterlockedDecrement(&Ext->RelaysInFlight) == 0) {
        KeSetEvent(&Ext->RelaysIdle, IO_NO_INCREMENT, FALSE);
    }
}

/* (Re)fills the peer's stack location of our IRP and sends it. */
static VOID CtlqRelayIssue(_In_ PCTLQ_RELAY Relay)
{
    PIO_STACK_LOCATION next = IoGetNextIrpStackLocation(Relay->OwnIrp);

    next->MajorFunction = Relay->Major;
    next->FileObject = Relay->PeerFile;
    if (Relay->Major == IRP_MJ_DEVICE_CONTROL) {
        next->Parameters.DeviceIoControl.IoControlCode = IOCTL_CTLQ_PEER_PING;
        next->Parameters.DeviceIoControl.InputBufferLength = 0;
        next->Parameters.DeviceIoControl.OutputBufferLength = sizeof(CTLQ_PEER_REPLY);
        Relay->OwnIrp->AssociatedIrp.SystemBuffer = &Relay->Reply;
    }

    IoSetCompletionRoutine(Relay->OwnIrp, CtlqRelayComplete, Relay, TRUE, TRUE, TRUE);
#ifdef DRVLINT_BUG_RETRY_FLUSH_FROM_COMPLETION
    IoCallDriver(Relay->PeerDevice, Relay->OwnIrp);     /* drvlint-expect-gap: irql-forward-at-dispatch -- the resend calls CtlqRelayIssue again from the completion routine run inside CtlqRelayIssue's IoCallDriver; the recursive call is not explored */
#else
    IoCallDriver(Relay->PeerDevice, Relay->OwnIrp);
#endif
}

/*
 * Starts a ping (IRP_MJ_DEVICE_CONTROL) or a flush (IRP_MJ_FLUSH_BUFFERS)
 * of the peer for ClientIrp. Returns STATUS_PENDING with ClientIrp marked
 * pending, or a failure status (the caller completes ClientIrp).
 */
NTSTATUS CtlqRelayStart(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP ClientIrp, _In_ UCHAR Major)
{
    PDEVICE_OBJECT device;
    PFILE_OBJECT file;
    PCTLQ_RELAY relay;
    PIRP irp;

    if (!CtlqReferencePeer(Ext, &device, &file)) {
        return STATUS_DEVICE_NOT_CONNECTED;
    }

    relay = (PCTLQ_RELAY)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(CTLQ_RELAY), CTLQ_TAG);
    if (relay == NULL) {
        ObDereferenceObject(file);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* No stack location for ourselves: the peer's is the first. */
    irp = IoAllocateIrp(device->StackSize, FALSE);
    if (irp == NULL) {
        ExFreePoolWithTag(relay, CTLQ_TAG);
        ObDereferenceObject(file);
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    /* Unload started while we were getting ready: do not start anything. */
    if (Ext->Stopping) {
#ifdef DRVLINT_BUG_COMPLETE_OWN_IRP_ON_STOP
        IoCompleteRequest(irp, IO_NO_INCREMENT);    /* drvlint-expect: irp-allocated-completed */
#else
        IoFreeIrp(irp);
#endif
        ExFreePoolWithTag(relay, CTLQ_TAG);
        ObDereferenceObject(file);
        return STATUS_DEVICE_NOT_READY;
    }

    RtlZeroMemory(relay, sizeof(CTLQ_RELAY));
    relay->Ext = Ext;
    relay->ClientIrp = ClientIrp;
    relay->OwnIrp = irp;
    relay->PeerDevice = device;
    relay->PeerFile = file;
    relay->Major = Major;
    relay->Retries = 0;

    InterlockedIncrement(&Ext->RelaysInFlight);
    IoMarkIrpPending(ClientIrp);
    CtlqRelayIssue(relay);
    return STATUS_PENDING;
}

NTSTATUS CtlqRelayComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PCTLQ_RELAY relay = (PCTLQ_RELAY)Context;
    PCTLQ_EXTENSION ext = relay->Ext;
    PIRP client = relay->ClientIrp;
    NTSTATUS status = Irp->IoStatus.Status;
    ULONG_PTR information = 0;
    BOOLEAN forget = FALSE;
    KIRQL irql;
#ifdef DRVLINT_BUG_BACKOFF_IN_COMPLETION
    LARGE_INTEGER backoff;
#endif

    /* our IRP has no stack location of ours: DeviceObject is NULL */
    UNREFERENCED_PARAMETER(DeviceObject);

#if defined(DRVLINT_CLEAN_RETRY_PING_FROM_COMPLETION) || defined(DRVLINT_BUG_RETRY_FLUSH_FROM_COMPLETION) || \
    defined(DRVLINT_BUG_BACKOFF_IN_COMPLETION)
    /*
     * A busy peer gets the same request again, a few times. This runs at
     * up to DISPATCH_LEVEL, where only read, write, device control and
     * power IRPs may be sent down: flushes are not retried.
     */
    if (status == STATUS_DEVICE_BUSY && relay->Retries < CTLQ_RELAY_RETRIES
#ifndef DRVLINT_BUG_RETRY_FLUSH_FROM_COMPLETION
        && relay->Major == IRP_MJ_DEVICE_CONTROL
#endif
        ) {
        relay->Retries++;
#ifdef DRVLINT_BUG_BACKOFF_IN_COMPLETION
        /* give the peer a moment before the retry */
        backoff.QuadPart = -10000LL * 5 * relay->Retries;
        KeDelayExecutionThread(KernelMode, FALSE, &backoff);    /* drvlint-expect: irql-too-high */
#endif
        IoReuseIrp(Irp, STATUS_SUCCESS);
        CtlqRelayIssue(relay);
        return STATUS_MORE_PROCESSING_REQUIRED;
    }
#endif

    if (NT_SUCCESS(status) && relay->Major == IRP_MJ_DEVICE_CONTROL) {
        /* the dispatch routine checked the client's output buffer */
        RtlCopyMemory(client->AssociatedIrp.SystemBuffer, &relay->Reply, sizeof(CTLQ_PEER_REPLY));
        information = sizeof(CTLQ_PEER_REPLY);
        /* the answer goes to the journal too, for whoever waits on it */
        CtlqJournalAppend(ext, CTLQ_SOURCE_PEER, (const UCHAR *)&relay->Reply, sizeof(CTLQ_PEER_REPLY));
        CtlqKickWorker(ext);
    }

    if (status == STATUS_NO_SUCH_DEVICE || status == STATUS_DEVICE_DOES_NOT_EXIST) {
        /* The peer went away: forget it, unless it was replaced meanwhile. */
        KeAcquireSpinLock(&ext->PeerLock, &irql);
        if (ext->PeerFile == relay->PeerFile) {
            ext->PeerFile = NULL;
            ext->PeerDevice = NULL;
            forget = TRUE;
        }
        KeReleaseSpinLock(&ext->PeerLock, irql);
        if (forget) {
            ObDereferenceObject(relay->PeerFile);   /* the one CtlqSetPeer held */
        }
    }
    ObDereferenceObject(relay->PeerFile);           /* the relay's own */

    client->IoStatus.Status = status;
    client->IoStatus.Information = information;
    IoCompleteRequest(client, IO_NO_INCREMENT);

#ifdef DRVLINT_BUG_COMPLETE_OWN_IRP
    IoCompleteRequest(Irp, IO_NO_INCREMENT);    /* drvlint-expect: irp-allocated-completed */
#else
    IoFreeIrp(Irp);
#endif
    ExFreePoolWithTag(relay, CTLQ_TAG);

    CtlqRelayDone(ext);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

/* Unload: drop the bias and wait for the relays still running. */
VOID CtlqDrainRelays(_In_ PCTLQ_EXTENSION Ext)
{
    PAGED_CODE();

    if (InterlockedDecrement(&Ext->RelaysInFlight) != 0) {
        KeWaitForSingleObject(&Ext->RelaysIdle, Executive, KernelMode, FALSE, NULL);
    }
}

/* ---- the synchronous query ---------------------------------------------------------- */

NTSTATUS CtlqQueryPeer(_In_ PCTLQ_EXTENSION Ext, _Out_ PCTLQ_PEER_REPLY Reply)
{
    PDEVICE_OBJECT device;
    PFILE_OBJECT file;
    IO_STATUS_BLOCK iosb;
    KEVENT done;
    PIRP irp;
    NTSTATUS status;

    PAGED_CODE();

    RtlZeroMemory(Reply, sizeof(CTLQ_PEER_REPLY));
    if (!CtlqReferencePeer(Ext, &device, &file)) {
        return STATUS_DEVICE_NOT_CONNECTED;
    }

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    irp = IoBuildDeviceIoControlRequest(IOCTL_CTLQ_PEER_QUERY, device, NULL, 0,
                                        Reply, sizeof(CTLQ_PEER_REPLY), FALSE, &done, &iosb);
    if (irp == NULL) {
        ObDereferenceObject(file);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    IoGetNextIrpStackLocation(irp)->FileObject = file;

    status = IoCallDriver(device, irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&done, Executive, KernelMode, FALSE, NULL);
        status = iosb.Status;
    }
#ifdef DRVLINT_BUG_FREE_BUILT_IRP
    /* done with it */
    IoFreeIrp(irp);     /* drvlint-expect: irp-allocated-completed */
#endif

    ObDereferenceObject(file);
    return status;
}
