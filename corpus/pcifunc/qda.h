/*
 * qda.h - shared definitions of the QDA-16 function driver.
 *
 * The QDA-16 is an invented PCI data-acquisition card used as drvlint's
 * reference PCI function device:
 *   - BAR0: a 64-byte memory-mapped register window (QDA_REGISTERS);
 *   - one line-based interrupt, raised for input-FIFO threshold, end of an
 *     acquisition, trigger comparator hits, output-FIFO empty and faults;
 *   - a 1024-sample input FIFO fed by sixteen 16-bit analog inputs and a
 *     256-sample output FIFO that drives a waveform DAC.
 *
 * Reads acquire samples into the caller's buffer, writes stream samples to
 * the DAC; both go through the StartIo queue. IOCTL_QDA_WAIT_TRIGGER
 * requests wait in a cancel-safe queue until the comparator fires.
 */
#ifndef QDA_H
#define QDA_H

#include <wdm.h>

#define QDA_POOL_TAG        'a6dQ'
#define QDA_FIFO_DEPTH      1024u       /* input FIFO, samples */
#define QDA_OUT_FIFO_DEPTH  256u        /* output FIFO, samples */
#define QDA_MAX_TRANSFER    (64u * 1024u)
#define QDA_CHANNELS        16u
#define QDA_REVISION_MAJOR  0x02u
#define QDA_QUIESCE_POLLS   50          /* x 20 us */

/* ---- register window (BAR0) ------------------------------------------------ */

typedef struct _QDA_REGISTERS {
    ULONG Control;          /* 0x00 QDA_CTL_* */
    ULONG Status;           /* 0x04 QDA_STS_* */
    ULONG IntStatus;        /* 0x08 QDA_INT_*, write 1 to clear */
    ULONG IntEnable;        /* 0x0C QDA_INT_* */
    ULONG InCount;          /* 0x10 samples waiting in the input FIFO */
    ULONG InData;           /* 0x14 read pops one sample (bits 15:0) */
    ULONG SampleDivider;    /* 0x18 base clock / (divider + 1) */
    ULONG ChannelMask;      /* 0x1C one bit per analog input */
    ULONG TriggerLevel;     /* 0x20 comparator threshold */
    ULONG OutFree;          /* 0x24 free entries in the output FIFO */
    ULONG OutData;          /* 0x28 write pushes one sample */
    ULONG AcquireCount;     /* 0x2C samples to acquire before XFER_DONE */
    ULONG Revision;         /* 0x30 major in bits 15:8 */
    ULONG Reserved[3];
} QDA_REGISTERS, *PQDA_REGISTERS;

#define QDA_CTL_RUN         0x00000001u
#define QDA_CTL_RESET       0x00000002u
#define QDA_CTL_IN_FLUSH    0x00000004u
#define QDA_CTL_OUT_FLUSH   0x00000008u
#define QDA_CTL_ACQUIRE     0x00000010u
#define QDA_CTL_TRIGGER_ARM 0x00000020u

#define QDA_STS_BUSY        0x00000001u
#define QDA_STS_OVERRUN     0x00000002u
#define QDA_STS_FAULT       0x00000080u

#define QDA_INT_IN_THRESHOLD 0x00000001u
#define QDA_INT_XFER_DONE    0x00000002u
#define QDA_INT_TRIGGER      0x00000004u
#define QDA_INT_OUT_EMPTY    0x00000008u
#define QDA_INT_FAULT        0x00000010u
#define QDA_INT_ALL          0x0000001Fu
#define QDA_INT_TRANSFER     (QDA_INT_IN_THRESHOLD | QDA_INT_XFER_DONE | QDA_INT_OUT_EMPTY)

/* ---- user interface ---------------------------------------------------------- */

#define FILE_DEVICE_QDA 0x8A31

#define IOCTL_QDA_GET_INFO     CTL_CODE(FILE_DEVICE_QDA, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_QDA_SET_CONFIG   CTL_CODE(FILE_DEVICE_QDA, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_QDA_WAIT_TRIGGER CTL_CODE(FILE_DEVICE_QDA, 0x802, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_QDA_FLUSH_FIFOS  CTL_CODE(FILE_DEVICE_QDA, 0x803, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _QDA_INFO {
    ULONG Revision;
    ULONG FifoDepth;
    ULONG Channels;
    ULONG SamplesAcquired;
    ULONG SamplesPlayed;
    ULONG Overruns;
} QDA_INFO, *PQDA_INFO;

typedef struct _QDA_CONFIG {
    ULONG ChannelMask;
    ULONG SampleDivider;
    ULONG TriggerLevel;
} QDA_CONFIG, *PQDA_CONFIG;

typedef struct _QDA_TRIGGER_EVENT {
    ULONG Sequence;
    ULONG InCount;
} QDA_TRIGGER_EVENT, *PQDA_TRIGGER_EVENT;

/* ---- device extension ---------------------------------------------------------- */

/* Where the device is in its PnP life. */
typedef enum _QDA_PHASE {
    QdaPhaseAdded = 0,          /* AddDevice done, not started yet */
    QdaPhaseRunning,
    QdaPhaseStopQueried,
    QdaPhaseStopped,            /* resources released for rebalancing */
    QdaPhaseRemoveQueried,
    QdaPhaseSurpriseRemoved,
    QdaPhaseRemoved
} QDA_PHASE;

typedef struct _QDA_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Pdo;
    PDEVICE_OBJECT LowerDevice;
    IO_REMOVE_LOCK RemoveLock;

    QDA_PHASE Phase;
    QDA_PHASE PhaseBeforeQuery;     /* restored by CANCEL_STOP / CANCEL_REMOVE */
    BOOLEAN InterfaceEnabled;
    BOOLEAN Faulted;
    UNICODE_STRING InterfaceName;
    LONG OpenCount;

    /* hardware, valid between START_DEVICE and STOP/SURPRISE/REMOVE */
    PQDA_REGISTERS Regs;
    PKINTERRUPT Interrupt;
    ULONG LatchedEvents;            /* ISR -> DPC, under the interrupt lock */
    ULONG EnabledEvents;            /* IntEnable shadow, under the interrupt lock */

    /* acquisition configuration, transfer progress and statistics */
    KSPIN_LOCK HwLock;
    QDA_CONFIG Config;
    ULONG TransferLength;           /* bytes of the current StartIo transfer */
    ULONG TransferDone;
    NTSTATUS LastTransferStatus;
    ULONG SamplesAcquired;
    ULONG SamplesPlayed;
    ULONG Overruns;

    /* IOCTL_QDA_WAIT_TRIGGER waiters */
    IO_CSQ TriggerQueue;
    LIST_ENTRY TriggerWaiters;
    KSPIN_LOCK TriggerLock;
    LONG TriggerSequence;

    /* fault reporting runs at PASSIVE_LEVEL in a work item */
    PIO_WORKITEM FaultWork;
    LONG FaultWorkQueued;

    /* power */
    DEVICE_POWER_STATE DevicePower;
    SYSTEM_POWER_STATE SystemPower;
    DEVICE_POWER_STATE SleepState[PowerSystemMaximum];
    PIRP PendingSystemIrp;          /* S-IRP waiting for its D-IRP */
} QDA_EXTENSION, *PQDA_EXTENSION;

/* ---- entry points ----------------------------------------------------------------- */

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE QdaAddDevice;
DRIVER_UNLOAD QdaUnload;

_Dispatch_type_(IRP_MJ_CREATE) DRIVER_DISPATCH QdaDispatchCreate;
_Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH QdaDispatchClose;
_Dispatch_type_(IRP_MJ_CLEANUP) DRIVER_DISPATCH QdaDispatchCleanup;
_Dispatch_type_(IRP_MJ_READ) _Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH QdaDispatchReadWrite;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH QdaDispatchDeviceControl;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH QdaDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH QdaDispatchPower;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL) DRIVER_DISPATCH QdaDispatchSystemControl;

DRIVER_STARTIO QdaStartIo;
DRIVER_CANCEL QdaCancelQueuedTransfer;
KSERVICE_ROUTINE QdaInterruptService;
IO_DPC_ROUTINE QdaDpcForIsr;
KSYNCHRONIZE_ROUTINE QdaSyncSetEventMask;
IO_WORKITEM_ROUTINE QdaFaultWorker;

IO_COMPLETION_ROUTINE QdaLowerDone;
IO_COMPLETION_ROUTINE QdaSystemPowerDone;
IO_COMPLETION_ROUTINE QdaDevicePowerUpDone;
REQUEST_POWER_COMPLETE QdaDevicePowerRequestDone;

IO_CSQ_INSERT_IRP QdaCsqInsert;
IO_CSQ_REMOVE_IRP QdaCsqRemove;
IO_CSQ_PEEK_NEXT_IRP QdaCsqPeekNext;
IO_CSQ_ACQUIRE_LOCK QdaCsqAcquireLock;
IO_CSQ_RELEASE_LOCK QdaCsqReleaseLock;
IO_CSQ_COMPLETE_CANCELED_IRP QdaCsqCompleteCanceled;

/* ---- helpers ------------------------------------------------------------------------ */

/* pnp.c */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS QdaForwardAndWait(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS QdaStartHardware(_In_ PQDA_EXTENSION Ext, _In_opt_ PCM_RESOURCE_LIST Translated);
_IRQL_requires_(PASSIVE_LEVEL)
VOID QdaStopHardware(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS QdaQuiesce(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_(PASSIVE_LEVEL)
VOID QdaSetInterface(_In_ PQDA_EXTENSION Ext, _In_ BOOLEAN Enable);
_IRQL_requires_(PASSIVE_LEVEL)
VOID QdaReportFault(_In_ PQDA_EXTENSION Ext);

/* isr.c */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaSetEventMask(_In_ PQDA_EXTENSION Ext, _In_ ULONG Mask);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN QdaHardwareIdle(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaApplyConfig(_In_ PQDA_EXTENSION Ext, _In_ const QDA_CONFIG *Config, _In_ BOOLEAN LockHeld);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaRestoreHardware(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaQuietHardware(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN QdaPumpTransfer(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ ULONG Events, _Out_ PULONG Moved);

/* io.c */
_IRQL_requires_(DISPATCH_LEVEL)
VOID QdaEndTransfer(_In_ PQDA_EXTENSION Ext, _In_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG_PTR Bytes);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaNoteSamples(_In_ PQDA_EXTENSION Ext, _In_ BOOLEAN Input, _In_ ULONG Samples);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaAbortTransfers(_In_ PQDA_EXTENSION Ext);

/* queue.c */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaInitializeTriggerQueue(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaSatisfyTriggerWaiters(_In_ PQDA_EXTENSION Ext);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID QdaFlushTriggerWaiters(_In_ PQDA_EXTENSION Ext, _In_opt_ PFILE_OBJECT FileObject, _In_ NTSTATUS Status);

#endif /* QDA_H */
