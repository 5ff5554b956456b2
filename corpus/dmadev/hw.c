/*
 * hw.c - FC-200 frame-capture driver: hardware resources, the DMA adapter,
 * the interrupt, and the routines that touch registers the ISR also uses.
 *
 * Register writes that must not interleave with the ISR (interrupt enable,
 * engine start/abort, capture settings, the ISR status word) run through
 * KeSynchronizeExecution, at the interrupt's synchronize IRQL.
 */
#include "fcx.h"

static PCM_PARTIAL_RESOURCE_DESCRIPTOR FcxFindResource(_In_ PCM_RESOURCE_LIST Translated, _In_ UCHAR Type);
static NTSTATUS FcxMapRegisters(_Inout_ PFCX_EXTENSION Ext, _In_ PCM_RESOURCE_LIST Translated);
static NTSTATUS FcxSetupDma(_Inout_ PFCX_EXTENSION Ext);
static NTSTATUS FcxConnectInterrupt(_Inout_ PFCX_EXTENSION Ext);
static VOID FcxReleaseResources(_Inout_ PFCX_EXTENSION Ext);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, FcxStartHardware)
#pragma alloc_text(PAGE, FcxStopHardware)
#pragma alloc_text(PAGE, FcxQuiesceHardware)
#pragma alloc_text(PAGE, FcxFindResource)
#pragma alloc_text(PAGE, FcxMapRegisters)
#pragma alloc_text(PAGE, FcxSetupDma)
#pragma alloc_text(PAGE, FcxConnectInterrupt)
#pragma alloc_text(PAGE, FcxReleaseResources)
#endif

/* ---- Start and stop (PASSIVE_LEVEL, pageable) ------------------------------ */

/* Returns the first translated resource of the given type, or NULL. */
static PCM_PARTIAL_RESOURCE_DESCRIPTOR
FcxFindResource(
    _In_ PCM_RESOURCE_LIST Translated,
    _In_ UCHAR Type)
{
    PCM_PARTIAL_RESOURCE_LIST partials = &Translated->List[0].PartialResourceList;
    ULONG i;

    PAGED_CODE();

    for (i = 0; i < partials->Count; i++) {
        if (partials->PartialDescriptors[i].Type == Type) {
            return &partials->PartialDescriptors[i];
        }
    }
    return NULL;
}

/* Maps the register BAR; the card also needs its line interrupt. */
static NTSTATUS
FcxMapRegisters(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ PCM_RESOURCE_LIST Translated)
{
    PCM_PARTIAL_RESOURCE_DESCRIPTOR memory;

    PAGED_CODE();

    if (Translated == NULL || Translated->Count == 0) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }
    if (FcxFindResource(Translated, CmResourceTypeInterrupt) == NULL) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }
    memory = FcxFindResource(Translated, CmResourceTypeMemory);
    if (memory == NULL || memory->u.Memory.Length < FCX_REGISTER_SPAN) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    Ext->Registers = (PUCHAR)MmMapIoSpaceEx(memory->u.Memory.Start,
                                            memory->u.Memory.Length,
                                            PAGE_READWRITE | PAGE_NOCACHE);
    if (Ext->Registers == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->RegisterLength = memory->u.Memory.Length;
    return STATUS_SUCCESS;
}

/* Gets the bus-master adapter and the common buffer of the descriptor
   ring. */
static NTSTATUS
FcxSetupDma(
    _Inout_ PFCX_EXTENSION Ext)
{
    DEVICE_DESCRIPTION description;
    PDMA_ADAPTER adapter;

    PAGED_CODE();

    RtlZeroMemory(&description, sizeof(description));
    description.Version = DEVICE_DESCRIPTION_VERSION3;
    description.Master = TRUE;
    description.ScatterGather = TRUE;
    description.Dma32BitAddresses = TRUE;
    description.Dma64BitAddresses = TRUE;
    description.InterfaceType = PCIBus;
    description.MaximumLength = FCX_MAX_TRANSFER;
    description.DmaAddressWidth = 64;

    adapter = IoGetDmaAdapter(Ext->Pdo, &description, &Ext->MapRegisterCount);
    if (adapter == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Ext->DmaAdapter = adapter;

    Ext->RingBytes = FCX_RING_ENTRIES * sizeof(FCX_DESCRIPTOR);
    Ext->Ring = (PFCX_DESCRIPTOR)adapter->DmaOperations->AllocateCommonBuffer(adapter,
                                                                            Ext->RingBytes,
                                                                            &Ext->RingLogical,
                                                                            FALSE);
    if (Ext->Ring == NULL) {
        adapter->DmaOperations->PutDmaAdapter(adapter);
        Ext->DmaAdapter = NULL;
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Ext->Ring, Ext->RingBytes);
    return STATUS_SUCCESS;
}

static NTSTATUS
FcxConnectInterrupt(
    _Inout_ PFCX_EXTENSION Ext)
{
    IO_CONNECT_INTERRUPT_PARAMETERS connect;

    PAGED_CODE();

    RtlZeroMemory(&connect, sizeof(connect));
    connect.Version = CONNECT_LINE_BASED;
    connect.LineBased.PhysicalDeviceObject = Ext->Pdo;
    connect.LineBased.InterruptObject = &Ext->Interrupt;
    connect.LineBased.ServiceRoutine = FcxInterruptService;
    connect.LineBased.ServiceContext = Ext;
    connect.LineBased.SpinLock = NULL;
    connect.LineBased.SynchronizeIrql = 0;
    connect.LineBased.FloatingSave = FALSE;
    return IoConnectInterruptEx(&connect);
}

NTSTATUS
FcxStartHardware(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ PCM_RESOURCE_LIST Raw,
    _In_ PCM_RESOURCE_LIST Translated)
{
    NTSTATUS status;

    PAGED_CODE();

    if (Raw == NULL) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    status = FcxMapRegisters(Ext, Translated);
    if (NT_SUCCESS(status)) {
        /* Reset the card before it can raise an interrupt or touch memory. */
        FCX_WRITE_REG(Ext, FCX_REG_INT_ENABLE, 0);
        FCX_WRITE_REG(Ext, FCX_REG_CONTROL, FCX_CTRL_SOFT_RESET);
        Ext->HardwareRevision = FCX_READ_REG(Ext, FCX_REG_HW_REVISION);
        status = FcxSetupDma(Ext);
    }
    if (NT_SUCCESS(status)) {
        FCX_WRITE_REG(Ext, FCX_REG_RING_BASE_LOW, Ext->RingLogical.LowPart);
        FCX_WRITE_REG(Ext, FCX_REG_RING_BASE_HIGH, (ULONG)Ext->RingLogical.HighPart);
        FCX_WRITE_REG(Ext, FCX_REG_RING_COUNT, 0);
        status = FcxConnectInterrupt(Ext);
        if (!NT_SUCCESS(status)) {
            Ext->Interrupt = NULL;
        }
    }
    if (!NT_SUCCESS(status)) {
        /* Nothing was started: no transfer, no DPC, no interrupt. */
        FcxReleaseResources(Ext);
        return status;
    }

    Ext->InterruptMask = FCX_INT_ALL;
    KeSynchronizeExecution(Ext->Interrupt, FcxSyncSetInterrupts, Ext);

    /* AddDevice left the default settings marked dirty. */
    FcxApplyPendingConfig(Ext);
    return STATUS_SUCCESS;
}

/* Stops the engine and masks the card's interrupts. */
VOID
FcxQuiesceHardware(
    _Inout_ PFCX_EXTENSION Ext)
{
    PAGED_CODE();

    Ext->InterruptMask = 0;
    if (Ext->Interrupt != NULL) {
        KeSynchronizeExecution(Ext->Interrupt, FcxSyncSetInterrupts, Ext);
        KeSynchronizeExecution(Ext->Interrupt, FcxSyncAbortEngine, Ext);
    } else if (Ext->Registers != NULL) {
        FCX_WRITE_REG(Ext, FCX_REG_INT_ENABLE, 0);
        FCX_WRITE_REG(Ext, FCX_REG_CONTROL, FCX_CTRL_ENGINE_ABORT);
    }
}

/* Gives back what FcxStartHardware obtained, in reverse order. The
   interrupt must be disconnected (or never connected) before the ring and
   the registers go away. */
static VOID
FcxReleaseResources(
    _Inout_ PFCX_EXTENSION Ext)
{
    IO_DISCONNECT_INTERRUPT_PARAMETERS disconnect;
    PDMA_ADAPTER adapter = Ext->DmaAdapter;

    PAGED_CODE();

    if (Ext->Interrupt != NULL) {
        RtlZeroMemory(&disconnect, sizeof(disconnect));
        disconnect.Version = CONNECT_LINE_BASED;
        disconnect.ConnectionContext.InterruptObject = Ext->Interrupt;
        IoDisconnectInterruptEx(&disconnect);
        Ext->Interrupt = NULL;
    }

    if (Ext->ErrorSnapshot != NULL) {
        ExFreePoolWithTag(Ext->ErrorSnapshot, FCX_POOL_TAG);
        Ext->ErrorSnapshot = NULL;
    }

    if (adapter != NULL) {
        if (Ext->Ring != NULL) {
            adapter->DmaOperations->FreeCommonBuffer(adapter,
                                                     Ext->RingBytes,
                                                     Ext->RingLogical,
                                                     Ext->Ring,
                                                     FALSE);
            Ext->Ring = NULL;
        }
        adapter->DmaOperations->PutDmaAdapter(adapter);
        Ext->DmaAdapter = NULL;
    }

    if (Ext->Registers != NULL) {
        MmUnmapIoSpace(Ext->Registers, Ext->RegisterLength);
        Ext->Registers = NULL;
    }
}

/* Undoes FcxStartHardware; safe to call more than once. The caller has
   already left the started state, so no new transfer begins. */
VOID
FcxStopHardware(
    _Inout_ PFCX_EXTENSION Ext)
{
    PAGED_CODE();

    FcxQuiesceHardware(Ext);
    FcxDisarmWatchdog(Ext);
    FcxAbortActiveTransfer(Ext, STATUS_DEVICE_NOT_CONNECTED);

    /* The ISR may have queued a DPC just before the interrupt was masked. */
    KeFlushQueuedDpcs();

    FcxReleaseResources(Ext);
}

/* ---- Capture settings (any IRQL up to DISPATCH_LEVEL) ----------------------- */

VOID
FcxCopyConfigLocked(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_CAPTURE_CONFIG Config,
    _In_ BOOLEAN ClearDirty)
{
#ifdef DRVLINT_BUG_COPY_CONFIG_RELOCKS
    KeAcquireSpinLockAtDpcLevel(&Ext->ConfigLock); /* drvlint-expect: spinlock-double-acquire */
#endif
    *Config = Ext->Config;
    if (ClearDirty) {
        Ext->ConfigDirty = FALSE;
    }
#ifdef DRVLINT_BUG_COPY_CONFIG_RELOCKS
    KeReleaseSpinLockFromDpcLevel(&Ext->ConfigLock);
#endif
}

/* Writes settings stored by IOCTL_FCX_SET_CAPTURE_CONFIG to the card. Called
   with the engine idle: from device control, from START and between frames
   from the completion DPC. */
VOID
FcxApplyPendingConfig(
    _Inout_ PFCX_EXTENSION Ext)
{
    FCX_CONFIG_WRITE write;
    KIRQL oldIrql;
    BOOLEAN dirty;

    if (Ext->Interrupt == NULL) {
        return;
    }

    KeAcquireSpinLock(&Ext->ConfigLock, &oldIrql);
    dirty = Ext->ConfigDirty;
    if (dirty) {
        FcxCopyConfigLocked(Ext, &write.Config, TRUE);
    }
    KeReleaseSpinLock(&Ext->ConfigLock, oldIrql);

    if (dirty) {
        write.Extension = Ext;
        KeSynchronizeExecution(Ext->Interrupt, FcxSyncWriteConfig, &write);
    }
}

/* ---- Interrupt service and synchronized routines (DIRQL) --------------------- */

BOOLEAN
FcxInterruptService(
    _In_ PKINTERRUPT Interrupt,
    _In_opt_ PVOID ServiceContext)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)ServiceContext;
    ULONG pending;

    UNREFERENCED_PARAMETER(Interrupt);

    if (ext == NULL || ext->Registers == NULL) {
        return FALSE;
    }

    pending = FCX_READ_REG(ext, FCX_REG_INT_STATUS) & FCX_INT_ALL;
    if (pending == 0) {
        return FALSE;           /* shared line: not ours */
    }

    /* Write-one-to-clear, then leave the rest to the DPC. */
    FCX_WRITE_REG(ext, FCX_REG_INT_STATUS, pending);
    ext->IsrStatus |= pending;
    ext->InterruptCount++;
#ifdef DRVLINT_BUG_ISR_TAKES_STATS_LOCK
    if ((pending & FCX_INT_FRAME_DROPPED) != 0) {
        KLOCK_QUEUE_HANDLE lockHandle;

        KeAcquireInStackQueuedSpinLock(&ext->StatsLock, &lockHandle); /* drvlint-expect: irql-too-high, irql-raise-lowers */
        ext->Stats.DroppedFrames++;
        KeReleaseInStackQueuedSpinLock(&lockHandle);
    }
#endif
    KeInsertQueueDpc(&ext->CompletionDpc, NULL, NULL);
    return TRUE;
}

BOOLEAN
FcxSyncSetInterrupts(
    _In_opt_ PVOID SynchronizeContext)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)SynchronizeContext;

    if (ext == NULL) {
        return FALSE;
    }
    FCX_WRITE_REG(ext, FCX_REG_INT_ENABLE, ext->InterruptMask);
    return TRUE;
}

BOOLEAN
FcxSyncStartEngine(
    _In_opt_ PVOID SynchronizeContext)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)SynchronizeContext;

    if (ext == NULL) {
        return FALSE;
    }
    ext->IsrStatus &= ~(FCX_INT_DMA_DONE | FCX_INT_DMA_ERROR);
    FCX_WRITE_REG(ext, FCX_REG_RING_COUNT, ext->Transfer.DescriptorCount);
    FCX_WRITE_REG(ext, FCX_REG_DOORBELL, 1);
    FCX_WRITE_REG(ext, FCX_REG_CONTROL, FCX_CTRL_ENGINE_RUN);
#ifdef DRVLINT_BUG_SET_TIMER_AT_DIRQL
    {
        LARGE_INTEGER dueTime;

        /* start the watchdog together with the engine */
        dueTime.QuadPart = -10000LL * FCX_DEFAULT_TIMEOUT_MS;
        KeSetTimer(&ext->WatchdogTimer, dueTime, &ext->WatchdogDpc); /* drvlint-expect: irql-too-high */
    }
#endif
    return TRUE;
}

BOOLEAN
FcxSyncAbortEngine(
    _In_opt_ PVOID SynchronizeContext)
{
    PFCX_EXTENSION ext = (PFCX_EXTENSION)SynchronizeContext;

    if (ext == NULL) {
        return FALSE;
    }
    FCX_WRITE_REG(ext, FCX_REG_CONTROL, FCX_CTRL_ENGINE_ABORT);
    return TRUE;
}

BOOLEAN
FcxSyncTakeStatus(
    _In_opt_ PVOID SynchronizeContext)
{
    PFCX_ISR_SNAPSHOT snapshot = (PFCX_ISR_SNAPSHOT)SynchronizeContext;

    if (snapshot == NULL) {
        return FALSE;
    }
    snapshot->Status = snapshot->Extension->IsrStatus;
    snapshot->Extension->IsrStatus = 0;
    return TRUE;
}

BOOLEAN
FcxSyncWriteConfig(
    _In_opt_ PVOID SynchronizeContext)
{
    PFCX_CONFIG_WRITE write = (PFCX_CONFIG_WRITE)SynchronizeContext;
    PFCX_EXTENSION ext;

    if (write == NULL) {
        return FALSE;
    }
    ext = write->Extension;
    FCX_WRITE_REG(ext, FCX_REG_EXPOSURE, write->Config.ExposureMicroseconds);
    FCX_WRITE_REG(ext, FCX_REG_FRAME_FORMAT, write->Config.FrameFormat);
    FCX_WRITE_REG(ext, FCX_REG_GAIN, write->Config.Gain);
    return TRUE;
}

/* Collects (and clears) the interrupt causes the ISR saved for the DPC. */
ULONG
FcxTakeIsrStatus(
    _Inout_ PFCX_EXTENSION Ext)
{
    FCX_ISR_SNAPSHOT snapshot;

    snapshot.Extension = Ext;
    snapshot.Status = 0;
    if (Ext->Interrupt != NULL) {
        KeSynchronizeExecution(Ext->Interrupt, FcxSyncTakeStatus, &snapshot);
    }
    return snapshot.Status;
}
