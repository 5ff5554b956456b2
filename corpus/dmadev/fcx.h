/*
 * fcx.h - shared definitions of the FC-200 frame-capture card driver.
 *
 * The FC-200 is an invented PCI Express frame grabber. It has one memory
 * BAR with a small register file, one line-based interrupt, and a bus-master
 * DMA engine that walks a ring of descriptors kept in host memory:
 *
 *   - a READ request captures one frame from the sensor into the caller's
 *     buffer; the driver describes that buffer with a scatter/gather list
 *     (GetScatterGatherList);
 *   - a WRITE request uploads an overlay or look-up table image to the card;
 *     the driver maps it through map registers (AllocateAdapterChannel and
 *     MapTransfer), one descriptor per mapped run.
 *
 * One transfer runs at a time. Requests wait on an interlocked list until
 * the engine is free; the ISR acknowledges the card and queues a DPC that
 * finishes the transfer. A watchdog timer aborts a transfer the card never
 * reports as done.
 *
 * Files:
 *   driver.c    DriverEntry, AddDevice, unload, create/close, device control
 *   pnp.c       Plug and Play, power and WMI dispatch
 *   hw.c        hardware resources, interrupt, ISR and synchronized routines
 *   dma.c       read/write dispatch, request queue, DMA transfers, DPC
 *   watchdog.c  watchdog timer and transfer statistics
 */
#ifndef FCX_H
#define FCX_H

#include <wdm.h>

#define FCX_POOL_TAG            'xCcF'
#define FCX_DEVICE_NAME_PREFIX  L"\\Device\\FrameCapture"

/* ---- Register file (offsets into BAR 0) ------------------------------------ */
#define FCX_REG_CONTROL         0x00
#define FCX_REG_STATUS          0x04
#define FCX_REG_INT_ENABLE      0x08
#define FCX_REG_INT_STATUS      0x0C
#define FCX_REG_RING_BASE_LOW   0x10
#define FCX_REG_RING_BASE_HIGH  0x14
#define FCX_REG_RING_COUNT      0x18
#define FCX_REG_DOORBELL        0x1C
#define FCX_REG_EXPOSURE        0x20
#define FCX_REG_FRAME_FORMAT    0x24
#define FCX_REG_GAIN            0x28
#define FCX_REG_HW_REVISION     0x2C
#define FCX_REGISTER_SPAN       0x100

/* FCX_REG_CONTROL bits */
#define FCX_CTRL_ENGINE_RUN     0x00000001
#define FCX_CTRL_ENGINE_ABORT   0x00000002
#define FCX_CTRL_SOFT_RESET     0x80000000

/* FCX_REG_INT_STATUS / FCX_REG_INT_ENABLE bits */
#define FCX_INT_DMA_DONE        0x00000001
#define FCX_INT_DMA_ERROR       0x00000002
#define FCX_INT_FRAME_DROPPED   0x00000004
#define FCX_INT_CONFIG_LATCHED  0x00000008
#define FCX_INT_ALL             0x0000000F

/* ---- Descriptor ring (common buffer) ------------------------------------------ */
#define FCX_RING_ENTRIES        64
#define FCX_DESC_TO_HOST        0x00000001   /* capture: device writes memory */
#define FCX_DESC_FROM_HOST      0x00000002   /* upload: device reads memory */
#define FCX_DESC_LAST           0x80000000

typedef struct _FCX_DESCRIPTOR {
    ULONG AddressLow;
    ULONG AddressHigh;
    ULONG Length;
    ULONG Flags;
} FCX_DESCRIPTOR, *PFCX_DESCRIPTOR;

/* Largest transfer: every descriptor but one spans at most a page. */
#define FCX_MAX_TRANSFER        ((FCX_RING_ENTRIES - 1) * PAGE_SIZE)

/* ---- Device control interface ------------------------------------------------------ */
#define FCX_IOCTL_TYPE          0x8A31
#define IOCTL_FCX_GET_STATISTICS \
    CTL_CODE(FCX_IOCTL_TYPE, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_FCX_RESET_STATISTICS \
    CTL_CODE(FCX_IOCTL_TYPE, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_FCX_SET_CAPTURE_CONFIG \
    CTL_CODE(FCX_IOCTL_TYPE, 0x802, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_FCX_GET_CAPTURE_CONFIG \
    CTL_CODE(FCX_IOCTL_TYPE, 0x803, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef struct _FCX_CAPTURE_CONFIG {
    ULONG ExposureMicroseconds;
    ULONG FrameFormat;
    ULONG Gain;
    ULONG TimeoutMilliseconds;
} FCX_CAPTURE_CONFIG, *PFCX_CAPTURE_CONFIG;

#define FCX_MAX_EXPOSURE_US     1000000
#define FCX_FORMAT_COUNT        4
#define FCX_DEFAULT_TIMEOUT_MS  500
#define FCX_MAX_TIMEOUT_MS      10000

typedef struct _FCX_STATISTICS {
    ULONGLONG BytesCaptured;
    ULONGLONG BytesUploaded;
    ULONG FramesCaptured;
    ULONG Uploads;
    ULONG Failures;
    ULONG Timeouts;
    ULONG DroppedFrames;
    NTSTATUS LastFailure;
} FCX_STATISTICS, *PFCX_STATISTICS;

/* ---- Device extension ------------------------------------------------------------------ */
typedef enum _FCX_PNP_STATE {
    FcxNotStarted = 0,
    FcxStarted,
    FcxStopPending,
    FcxStopped,
    FcxRemovePending,
    FcxSurpriseRemoved,
    FcxRemoved
} FCX_PNP_STATE;

/* The transfer the engine is working on. Owned by whoever holds
   FCX_EXTENSION.DmaBusy; finished by whoever claims ActiveIrp. */
typedef struct _FCX_TRANSFER {
    PIRP Irp;
    PMDL Mdl;
    PVOID VirtualAddress;
    ULONG Length;
    BOOLEAN WriteToDevice;
    PVOID MapRegisterBase;            /* packet path (upload) */
    PSCATTER_GATHER_LIST ScatterGather; /* scatter/gather path (capture) */
    ULONG DescriptorCount;
} FCX_TRANSFER, *PFCX_TRANSFER;

typedef struct _FCX_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
    PDEVICE_OBJECT Pdo;
    IO_REMOVE_LOCK RemoveLock;
    FCX_PNP_STATE PnpState;
    FCX_PNP_STATE PreviousPnpState;
    DEVICE_POWER_STATE DevicePower;
    UNICODE_STRING InterfaceName;

    /* hardware */
    PUCHAR Registers;
    ULONG RegisterLength;
    PKINTERRUPT Interrupt;
    ULONG IsrStatus;                  /* guarded by the interrupt spin lock */
    ULONG InterruptCount;             /* guarded by the interrupt spin lock */
    ULONG InterruptMask;              /* FCX_REG_INT_ENABLE value to program */
    ULONG HardwareRevision;

    /* DMA */
    PDMA_ADAPTER DmaAdapter;
    ULONG MapRegisterCount;
    PFCX_DESCRIPTOR Ring;
    PHYSICAL_ADDRESS RingLogical;
    ULONG RingBytes;

    /* request queue and the running transfer */
    LIST_ENTRY PendingList;
    KSPIN_LOCK PendingLock;           /* only used through ExInterlocked* */
    LONG DmaBusy;
    PIRP ActiveIrp;                   /* claimed with InterlockedExchangePointer */
    FCX_TRANSFER Transfer;
    PFCX_DESCRIPTOR ErrorSnapshot;    /* ring of the last failed transfer */

    /* deferred work */
    KDPC CompletionDpc;
    KTIMER WatchdogTimer;
    KDPC WatchdogDpc;

    /* capture settings, written by device control, applied between frames */
    KSPIN_LOCK ConfigLock;
    FCX_CAPTURE_CONFIG Config;
    BOOLEAN ConfigDirty;

    /* statistics, guarded by an in-stack queued spin lock */
    KSPIN_LOCK StatsLock;
    FCX_STATISTICS Stats;
} FCX_EXTENSION, *PFCX_EXTENSION;

/* Context handed to the synchronized routine that collects ISR status. */
typedef struct _FCX_ISR_SNAPSHOT {
    PFCX_EXTENSION Extension;
    ULONG Status;
} FCX_ISR_SNAPSHOT, *PFCX_ISR_SNAPSHOT;

/* Context of the synchronized routine that writes capture settings. */
typedef struct _FCX_CONFIG_WRITE {
    PFCX_EXTENSION Extension;
    FCX_CAPTURE_CONFIG Config;
} FCX_CONFIG_WRITE, *PFCX_CONFIG_WRITE;

#define FCX_READ_REG(ext, reg) \
    READ_REGISTER_ULONG((PULONG)((ext)->Registers + (reg)))
#define FCX_WRITE_REG(ext, reg, value) \
    WRITE_REGISTER_ULONG((PULONG)((ext)->Registers + (reg)), (value))

/* ---- driver.c ---------------------------------------------------------------------------- */
DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE FcxAddDevice;
DRIVER_UNLOAD FcxUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH FcxDispatchCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
DRIVER_DISPATCH FcxDispatchDeviceControl;

NTSTATUS
FcxCompleteRequest(
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxGetCaptureConfig(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_CAPTURE_CONFIG Config);

/* ---- pnp.c --------------------------------------------------------------------------------- */
_Dispatch_type_(IRP_MJ_PNP)
DRIVER_DISPATCH FcxDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER)
DRIVER_DISPATCH FcxDispatchPower;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL)
DRIVER_DISPATCH FcxDispatchSystemControl;
IO_COMPLETION_ROUTINE FcxSignalLowerDone;

/* ---- hw.c ---------------------------------------------------------------------------------- */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
FcxStartHardware(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ PCM_RESOURCE_LIST Raw,
    _In_ PCM_RESOURCE_LIST Translated);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
FcxStopHardware(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
FcxQuiesceHardware(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxApplyPendingConfig(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_(DISPATCH_LEVEL)
_Requires_lock_held_(Ext->ConfigLock)
VOID
FcxCopyConfigLocked(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_CAPTURE_CONFIG Config,
    _In_ BOOLEAN ClearDirty);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG
FcxTakeIsrStatus(
    _Inout_ PFCX_EXTENSION Ext);

KSERVICE_ROUTINE FcxInterruptService;
KSYNCHRONIZE_ROUTINE FcxSyncStartEngine;
KSYNCHRONIZE_ROUTINE FcxSyncAbortEngine;
KSYNCHRONIZE_ROUTINE FcxSyncTakeStatus;
KSYNCHRONIZE_ROUTINE FcxSyncWriteConfig;
KSYNCHRONIZE_ROUTINE FcxSyncSetInterrupts;

/* ---- dma.c --------------------------------------------------------------------------------- */
_Dispatch_type_(IRP_MJ_READ) _Dispatch_type_(IRP_MJ_WRITE)
DRIVER_DISPATCH FcxDispatchReadWrite;
KDEFERRED_ROUTINE FcxCompletionDpc;
DRIVER_CONTROL FcxUploadAdapterControl;
DRIVER_LIST_CONTROL FcxCaptureListControl;

_IRQL_requires_(DISPATCH_LEVEL)
VOID
FcxStartNextTransfer(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
FcxEndTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxAbortActiveTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ NTSTATUS Status);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
FcxFailQueuedRequests(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ NTSTATUS Status);

/* ---- watchdog.c ------------------------------------------------------------------------------ */
KDEFERRED_ROUTINE FcxWatchdogDpc;

_IRQL_requires_(DISPATCH_LEVEL)
VOID
FcxArmWatchdog(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxDisarmWatchdog(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_(DISPATCH_LEVEL)
VOID
FcxStatsRecordTransfer(
    _Inout_ PFCX_EXTENSION Ext,
    _In_ BOOLEAN Upload,
    _In_ ULONG Bytes,
    _In_ NTSTATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxStatsNoteDroppedFrame(
    _Inout_ PFCX_EXTENSION Ext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxStatsSnapshot(
    _Inout_ PFCX_EXTENSION Ext,
    _Out_ PFCX_STATISTICS Copy);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
FcxStatsReset(
    _Inout_ PFCX_EXTENSION Ext);

#endif /* FCX_H */
