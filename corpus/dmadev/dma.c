/*
 * dma.c - FC-200 frame-capture driver: read/write requests and the DMA
 * transfers that carry them.
 *
 * Read and write IRPs are marked pending and put on an interlocked list.
 * Whoever sets DmaBusy from 0 to 1 owns the engine and starts the next
 * request:
 *   READ  (capture)  GetScatterGatherList -> FcxCaptureListControl
 *   WRITE (upload)   AllocateAdapterChannel -> FcxUploadAdapterControl,
 *                    which maps the buffer run by run with MapTransfer
 * Both fill the descriptor ring and start the engine. The transfer ends
 * in FcxEndTransfer, called by the completion DPC (interrupt), by the
 * watchdog DPC (timeout) or by FcxAbortActiveTransfer (stop/remove);
 * the three race for ActiveIrp and only the winner ends the transfer.
 */
#include "fcx.h"

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, FcxFailQueuedRequests)
#endif

/* Completes a request that held the remove lock since its dispatch. */
static VOID
FcxFinishRequest(
    _In_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information)
{
    (VOID)FcxCompleteRequest(Irp, Status, Information);
    IoReleaseRemoveLock(&Ext->RemoveLock, Irp);
}

NTSTATUS
FcxDispatchReadWrite(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;
    ULONG length;
    KIRQL oldIrql;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return FcxCompleteRequest(Irp, status, 0);
    }

    if (ext->PnpState != FcxStarted || ext->DevicePower != PowerDeviceD0) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return FcxCompleteRequest(Irp, STATUS_DEVICE_NOT_READY, 0);
    }

    length = (stack->MajorFunction == IRP_MJ_READ) ? stack->Parameters.Read.Length
                                                   : stack->Parameters.Write.Length;
    if (length == 0 || length > FCX_MAX_TRANSFER || Irp->MdlAddress == NULL) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        return FcxCompleteRequest(Irp, STATUS_INVALID_PARAMETER, 0);
    }

    IoMarkIrpPending(Irp);
    ExInterlockedInsertTailList(&ext->PendingList,
                                &Irp->Tail.Overlay.ListEntry,
                                &ext->PendingLock);

    /* The adapter object routines must be called at DISPATCH_LEVEL. */
    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
#ifdef DRVLINT_BUG_BUSY_RETURN_RAISED
    if (InterlockedCompareExchange(&ext->DmaBusy, 0, 0) != 0) {
        /* the DPC of the running transfer will start this one */
        return STATUS_PENDING; /* drvlint-expect: irql-exit-mismatch */
    }
#endif
    FcxStartNextTransfer(ext);
    KeLowerIrql(oldIrql);

    return STATUS_PENDING;
}

/* Fills descriptor Index of the ring. */
static VOID
FcxWriteDescriptor(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ ULONG Index,
    _In_ PHYSICAL_ADDRESS Logical,
    _In_ ULONG Length,
    _In_ ULONG Flags)
{
    PFCX_DESCRIPTOR desc = &Ext->Ring[Index];

    desc->AddressLow = Logical.LowPart;
    desc->AddressHigh = (ULONG)Logical.HighPart;
    desc->Length = Length;
    desc->Flags = Flags;
}

/* Marks the end of the ring, starts the engine and the watchdog. */
_IRQL_requires_(DISPATCH_LEVEL)
static VOID
FcxLaunchEngine(
    _Inout_ PFCX_EXTENSION Ext)
{
    PFCX_TRANSFER xfer = &Ext->Transfer;

    if (xfer->DescriptorCount > 0) {
        Ext->Ring[xfer->DescriptorCount - 1].Flags |= FCX_DESC_LAST;
    }
    KeSynchronizeExecution(Ext->Interrupt, FcxSyncStartEngine, Ext);
    FcxArmWatchdog(Ext);
}

/* Upload path: the adapter channel and the map registers are ours. */
IO_ALLOCATION_ACTION
FcxUploadAdapterControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp,
    _In_ PVOID MapRegisterBase,
    _In_ PVOID Context)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)Context;
    PFCX_TRANSFER xfer = &ext->Transfer;
    PHYSICAL_ADDRESS logical;
    ULONG offset = 0;
    ULONG index = 0;
    ULONG run;

    /* Irp is DeviceObject->CurrentIrp, which this driver (no StartIo)
       does not use; the transfer is described by the extension. */
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    xfer->MapRegisterBase = MapRegisterBase;
    while (offset < xfer->Length && index < FCX_RING_ENTRIES) {
        run = xfer->Length - offset;
        logical = ext->DmaAdapter->DmaOperations->MapTransfer(ext->DmaAdapter,
                                                              xfer->Mdl,
                                                              MapRegisterBase,
                                                              (PUCHAR)xfer->VirtualAddress + offset,
                                                              &run,
                                                              TRUE);
        FcxWriteDescriptor(ext, index, logical, run, FCX_DESC_FROM_HOST);
        offset += run;
        index++;
    }
    xfer->DescriptorCount = index;

    FcxLaunchEngine(ext);

    /* Keep the adapter channel until FcxEndTransfer frees it. */
    return KeepObject;
}

/* Capture path: the HAL built the scatter/gather list of the buffer. */
VOID
FcxCaptureListControl(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp,
    _In_ PSCATTER_GATHER_LIST ScatterGather,
    _In_ PVOID Context)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)Context;
    PFCX_TRANSFER xfer = &ext->Transfer;
    ULONG count;
    ULONG i;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    /* MaximumLength in the DEVICE_DESCRIPTION keeps the list within the
       ring; the check only guards against a misbehaving HAL. */
    count = ScatterGather->NumberOfElements;
    if (count > FCX_RING_ENTRIES) {
        count = FCX_RING_ENTRIES;
    }

    xfer->ScatterGather = ScatterGather;
    for (i = 0; i < count; i++) {
        FcxWriteDescriptor(ext,
                           i,
                           ScatterGather->Elements[i].Address,
                           ScatterGather->Elements[i].Length,
                           FCX_DESC_TO_HOST);
    }
    xfer->DescriptorCount = count;

    FcxLaunchEngine(ext);
}

/* Starts the DMA for Irp. On failure nothing is left allocated. */
_IRQL_requires_(DISPATCH_LEVEL)
static NTSTATUS
FcxBeginTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PFCX_TRANSFER xfer = &Ext->Transfer;
    PDMA_ADAPTER adapter = Ext->DmaAdapter;
    ULONG mapRegisters;
    NTSTATUS status;

    RtlZeroMemory(xfer, sizeof(FCX_TRANSFER));
    xfer->Irp = Irp;
    xfer->Mdl = Irp->MdlAddress;
    xfer->VirtualAddress = MmGetMdlVirtualAddress(xfer->Mdl);
    xfer->Length = MmGetMdlByteCount(xfer->Mdl);
    xfer->WriteToDevice = (BOOLEAN)(stack->MajorFunction == IRP_MJ_WRITE);

    InterlockedExchangePointer((PVOID *)&Ext->ActiveIrp, Irp);

    if (!xfer->WriteToDevice) {
        status = adapter->DmaOperations->GetScatterGatherList(adapter,
                                                              Ext->Self,
                                                              xfer->Mdl,
                                                              xfer->VirtualAddress,
                                                              xfer->Length,
                                                              FcxCaptureListControl,
                                                              Ext,
                                                              FALSE);
    } else {
        mapRegisters = ADDRESS_AND_SIZE_TO_SPAN_PAGES(xfer->VirtualAddress, xfer->Length);
        if (mapRegisters > Ext->MapRegisterCount) {
            status = STATUS_INVALID_BUFFER_SIZE;
        } else {
            status = adapter->DmaOperations->AllocateAdapterChannel(adapter,
                                                                    Ext->Self,
                                                                    mapRegisters,
                                                                    FcxUploadAdapterControl,
                                                                    Ext);
        }
    }

    if (!NT_SUCCESS(status)) {
        InterlockedExchangePointer((PVOID *)&Ext->ActiveIrp, NULL);
    }
    return status;
}

VOID
FcxStartNextTransfer(
    _Inout_ PFCX_EXTENSION Ext)
{
    PLIST_ENTRY entry;
    PIRP irp;
    NTSTATUS status;
    BOOLEAN upload;

    for (;;) {
        if (Ext->PnpState != FcxStarted) {
            return;             /* stop/remove fails what is queued */
        }
        if (InterlockedCompareExchange(&Ext->DmaBusy, 1, 0) != 0) {
            return;             /* the engine's owner starts the next one */
        }

        entry = ExInterlockedRemoveHeadList(&Ext->PendingList, &Ext->PendingLock);
        if (entry == NULL) {
            InterlockedExchange(&Ext->DmaBusy, 0);
            /* A request queued while we held the engine found it busy and
               left it to us: look once more. */
            if (IsListEmpty(&Ext->PendingList)) {
                return;
            }
            continue;
        }

        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        upload = (BOOLEAN)(IoGetCurrentIrpStackLocation(irp)->MajorFunction == IRP_MJ_WRITE);
        status = FcxBeginTransfer(Ext, irp);
        if (NT_SUCCESS(status)) {
            return;
        }

        FcxStatsRecordTransfer(Ext, upload, 0, status);
        FcxFinishRequest(Ext, irp, status, 0);
        InterlockedExchange(&Ext->DmaBusy, 0);
    }
}

/* Keeps a copy of the descriptor ring of a transfer the card rejected,
   for post-mortem inspection in the debugger. */
static VOID
FcxKeepErrorSnapshot(
    _Inout_ PFCX_EXTENSION Ext)
{
    PFCX_DESCRIPTOR copy;

#ifdef DRVLINT_BUG_ERROR_SNAPSHOT_PAGED_POOL
    copy = (PFCX_DESCRIPTOR)ExAllocatePool2(POOL_FLAG_PAGED, Ext->RingBytes, FCX_POOL_TAG); /* drvlint-expect: irql-paged-pool-at-dispatch */
#else
    copy = (PFCX_DESCRIPTOR)ExAllocatePool2(POOL_FLAG_NON_PAGED, Ext->RingBytes, FCX_POOL_TAG);
#endif
    if (copy == NULL) {
        return;
    }
    RtlCopyMemory(copy, Ext->Ring, Ext->RingBytes);
    if (Ext->ErrorSnapshot != NULL) {
        ExFreePoolWithTag(Ext->ErrorSnapshot, FCX_POOL_TAG);
    }
    Ext->ErrorSnapshot = copy;
}

VOID
FcxEndTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status)
{
    PFCX_TRANSFER xfer = &Ext->Transfer;
    PDMA_ADAPTER adapter = Ext->DmaAdapter;
    ULONG bytes = NT_SUCCESS(Status) ? xfer->Length : 0;

    if (xfer->ScatterGather != NULL) {
        adapter->DmaOperations->PutScatterGatherList(adapter,
                                                     xfer->ScatterGather,
                                                     xfer->WriteToDevice);
        xfer->ScatterGather = NULL;
    } else if (xfer->MapRegisterBase != NULL) {
        adapter->DmaOperations->FlushAdapterBuffers(adapter,
                                                    xfer->Mdl,
                                                    xfer->MapRegisterBase,
                                                    xfer->VirtualAddress,
                                                    xfer->Length,
                                                    xfer->WriteToDevice);
        adapter->DmaOperations->FreeAdapterChannel(adapter);
        xfer->MapRegisterBase = NULL;
    }

    if (Status == STATUS_DEVICE_DATA_ERROR || Status == STATUS_IO_TIMEOUT) {
        FcxKeepErrorSnapshot(Ext);
    }
#ifdef DRVLINT_BUG_TIMEOUT_QUIESCES_PAGED
    if (Status == STATUS_IO_TIMEOUT) {
        FcxQuiesceHardware(Ext); /* drvlint-expect: paged-code-at-dispatch, irql-too-high */
    }
#endif

    FcxStatsRecordTransfer(Ext, xfer->WriteToDevice, bytes, Status);
    xfer->Irp = NULL;
    FcxFinishRequest(Ext, Irp, Status, bytes);

    InterlockedExchange(&Ext->DmaBusy, 0);
    FcxStartNextTransfer(Ext);
}

VOID
FcxAbortActiveTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ NTSTATUS Status)
{
    PIRP irp;
    KIRQL oldIrql;

    irp = (PIRP)InterlockedExchangePointer((PVOID *)&Ext->ActiveIrp, NULL);
    if (irp == NULL) {
        return;
    }
    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    FcxEndTransfer(Ext, irp, Status);
    KeLowerIrql(oldIrql);
}

VOID
FcxFailQueuedRequests(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ NTSTATUS Status)
{
    PLIST_ENTRY entry;
    PIRP irp;

    PAGED_CODE();

    for (;;) {
        entry = ExInterlockedRemoveHeadList(&Ext->PendingList, &Ext->PendingLock);
        if (entry == NULL) {
            break;
        }
        irp = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        if (IoGetCurrentIrpStackLocation(irp)->MajorFunction == IRP_MJ_READ) {
            FcxStatsNoteDroppedFrame(Ext);  /* a frame asked for but never captured */
        }
        FcxFinishRequest(Ext, irp, Status, 0);
    }
}

/* Queued by the ISR. Finishes the transfer the card reported and applies
   capture settings that changed while the frame was in flight. */
VOID
FcxCompletionDpc(
    _In_ PKDPC Dpc,
    _In_opt_ PVOID DeferredContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)DeferredContext;
    ULONG causes;
    PIRP irp;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (ext == NULL) {
        return;
    }

    causes = FcxTakeIsrStatus(ext);
    if ((causes & FCX_INT_FRAME_DROPPED) != 0) {
        FcxStatsNoteDroppedFrame(ext);
    }
    if ((causes & (FCX_INT_DMA_DONE | FCX_INT_DMA_ERROR)) == 0) {
        return;
    }

    irp = (PIRP)InterlockedExchangePointer((PVOID *)&ext->ActiveIrp, NULL);
    if (irp == NULL) {
        return;                 /* the watchdog or a stop got there first */
    }
    FcxDisarmWatchdog(ext);

    status = ((causes & FCX_INT_DMA_ERROR) != 0) ? STATUS_DEVICE_DATA_ERROR
                                                 : STATUS_SUCCESS;
#ifdef DRVLINT_BUG_DPC_HIDES_INTERFACE
    if (!NT_SUCCESS(status)) {
        /* a card that corrupts frames should not be offered to new clients */
        IoSetDeviceInterfaceState(&ext->InterfaceName, FALSE); /* drvlint-expect: irql-too-high */
    }
#endif
    FcxApplyPendingConfig(ext);
    FcxEndTransfer(ext, irp, status);
}
