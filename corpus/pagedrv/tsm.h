/*
 * tsm.h - shared definitions of the TSM-40 thermal sensor monitor driver.
 *
 * The TSM-40 is an invented PCI card with four temperature channels behind
 * a small register BAR. It raises no interrupt: the driver polls it from a
 * periodic timer DPC, keeps the latest sample for applications, raises an
 * alarm level when a channel crosses the configured limits, and moves
 * everything that needs PASSIVE_LEVEL (the sample history in paged pool,
 * the registry, the alarm policy) to a work item.
 *
 * Most of the driver only runs at PASSIVE_LEVEL and is pageable:
 *   init.c      DriverEntry (INIT), AddDevice, unload, create/close
 *   pnp.c       PnP and power dispatch, in a #pragma code_seg("PAGE") region
 *   registry.c  registry access (Zw*, IoOpenDeviceRegistryKey, RtlQueryRegistryValues)
 *   ioctl.c     device control: latest sample, history, limits
 * and the part that runs at DISPATCH_LEVEL stays resident:
 *   sample.c    timer DPC, sample store, work item hand-off
 *   limits.c    alarm evaluation shared by the DPC and device control
 * The device object sets DO_POWER_PAGABLE: power IRPs arrive at
 * PASSIVE_LEVEL and the power dispatch routine is pageable too.
 */
#ifndef TSM_H
#define TSM_H

#include <wdm.h>

#define TSM_POOL_TAG            'mSsT'
#define TSM_CHANNELS            4

/* ---- Registers (offsets into BAR 0) ------------------------------------------ */
#define TSM_REG_ID              0x00
#define TSM_REG_CONTROL         0x04
#define TSM_REG_STATUS          0x08
#define TSM_REG_CHANNEL0        0x10    /* 4 channels, 4 bytes apart */
#define TSM_REG_FAN_DUTY        0x20
#define TSM_REGISTER_SPAN       0x40

#define TSM_CONTROL_ENABLE      0x00000001
#define TSM_STATUS_VALID        0x00000001
#define TSM_STATUS_SENSOR_FAULT 0x00000002

/* Raw readings are in 1/16 degree Celsius. */
#define TSM_READING_MASK        0x0000FFFF

/* ---- Alarm levels -------------------------------------------------------------- */
typedef enum _TSM_ALARM {
    TsmAlarmNone = 0,
    TsmAlarmWarm,
    TsmAlarmHot,
    TsmAlarmCritical
} TSM_ALARM;

/* ---- Device control interface ---------------------------------------------------- */
#define TSM_IOCTL_TYPE          0x8B52
#define IOCTL_TSM_GET_LATEST \
    CTL_CODE(TSM_IOCTL_TYPE, 0x900, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_TSM_GET_HISTORY \
    CTL_CODE(TSM_IOCTL_TYPE, 0x901, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_TSM_CLEAR_HISTORY \
    CTL_CODE(TSM_IOCTL_TYPE, 0x902, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_TSM_SET_LIMITS \
    CTL_CODE(TSM_IOCTL_TYPE, 0x903, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_TSM_GET_LIMITS \
    CTL_CODE(TSM_IOCTL_TYPE, 0x904, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_TSM_EVALUATE \
    CTL_CODE(TSM_IOCTL_TYPE, 0x905, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef struct _TSM_SAMPLE {
    ULONG Sequence;
    LONG Reading[TSM_CHANNELS];       /* calibrated, 1/16 degree C */
    ULONG Status;
    TSM_ALARM Alarm;
    LARGE_INTEGER Time;
} TSM_SAMPLE, *PTSM_SAMPLE;

typedef struct _TSM_LIMITS {
    LONG Warm;
    LONG Hot;
    LONG Critical;
    BOOLEAN FanFullOnHot;
} TSM_LIMITS, *PTSM_LIMITS;

typedef struct _TSM_EVALUATION {
    LONG Reading;
    TSM_ALARM Alarm;
} TSM_EVALUATION, *PTSM_EVALUATION;

/* ---- Registry-backed settings ------------------------------------------------------- */
typedef struct _TSM_SETTINGS {
    ULONG SampleIntervalMs;
    ULONG HistoryDepth;
    ULONG PersistEvery;               /* samples between registry writes */
} TSM_SETTINGS, *PTSM_SETTINGS;

#define TSM_DEFAULT_INTERVAL_MS 250
#define TSM_MIN_INTERVAL_MS     50
#define TSM_DEFAULT_DEPTH       1024
#define TSM_MAX_DEPTH           65536
#define TSM_DEFAULT_PERSIST     40

/* Samples the DPC keeps for the work item (nonpaged, in the extension). */
#define TSM_PENDING_SLOTS       16

/* What the DPC hands to the work item: the samples taken since the last
   hand-off, in nonpaged pool (the DPC fills it at DISPATCH_LEVEL). */
typedef struct _TSM_PERSIST_JOB {
    struct _TSM_EXTENSION *Ext;
    ULONG Count;
    TSM_SAMPLE Samples[TSM_PENDING_SLOTS];
    TSM_SAMPLE Latest;
    TSM_ALARM Alarm;
    BOOLEAN AlarmChanged;
} TSM_PERSIST_JOB, *PTSM_PERSIST_JOB;

/* ---- Device extension --------------------------------------------------------------------- */
typedef struct _TSM_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT LowerDevice;
    PDEVICE_OBJECT Pdo;
    IO_REMOVE_LOCK RemoveLock;
    BOOLEAN Started;
    DEVICE_POWER_STATE DevicePower;
    TSM_SETTINGS Settings;
    LONG Calibration[TSM_CHANNELS];

    PUCHAR Registers;
    ULONG RegisterLength;

    /* sampling (DISPATCH_LEVEL) */
    KTIMER SampleTimer;
    KDPC SampleDpc;
    KSPIN_LOCK SampleLock;            /* guards everything down to AlarmState */
    TSM_SAMPLE Latest;
    ULONG NextSequence;
    TSM_LIMITS ActiveLimits;          /* copy of Limits the DPC can read */
    TSM_ALARM AlarmState;
    BOOLEAN AlarmChanged;
    TSM_SAMPLE Pending[TSM_PENDING_SLOTS];
    ULONG PendingCount;
    ULONG SinceLastPersist;

    /* hand-off to PASSIVE_LEVEL */
    PIO_WORKITEM PersistWorkItem;
    LONG PersistQueued;
    KEVENT PersistIdle;               /* signaled while no work item is queued */

    /* limits as set by applications (PASSIVE_LEVEL) */
    FAST_MUTEX LimitsMutex;
    TSM_LIMITS Limits;

    /* history in paged pool (PASSIVE_LEVEL) */
    ERESOURCE HistoryResource;
    PTSM_SAMPLE History;
    ULONG HistoryCapacity;
    ULONG HistoryCount;
    ULONG HistoryNext;
} TSM_EXTENSION, *PTSM_EXTENSION;

#define TSM_READ_REG(ext, reg) \
    READ_REGISTER_ULONG((PULONG)((ext)->Registers + (reg)))
#define TSM_WRITE_REG(ext, reg, value) \
    WRITE_REGISTER_ULONG((PULONG)((ext)->Registers + (reg)), (value))

/* Driver-wide defaults read in DriverEntry. */
extern TSM_SETTINGS TsmDefaults;
extern UNICODE_STRING TsmServiceKey;

/* ---- init.c ------------------------------------------------------------------------------------ */
DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE TsmAddDevice;
DRIVER_UNLOAD TsmUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH TsmDispatchCreateClose;

NTSTATUS
TsmCompleteRequest(
    _Inout_ PIRP Irp,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information);

/* ---- pnp.c --------------------------------------------------------------------------------------- */
_Dispatch_type_(IRP_MJ_PNP)
DRIVER_DISPATCH TsmDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER)
DRIVER_DISPATCH TsmDispatchPower;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL)
DRIVER_DISPATCH TsmDispatchSystemControl;
IO_COMPLETION_ROUTINE TsmLowerDone;
IO_COMPLETION_ROUTINE TsmPowerUpDone;

/* ---- registry.c ------------------------------------------------------------------------------------ */
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
TsmReadDefaults(
    _In_ PUNICODE_STRING RegistryPath,
    _Out_ PTSM_SETTINGS Settings);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
TsmLoadDeviceSettings(
    _Inout_ PTSM_EXTENSION Ext);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
TsmSaveLastSample(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_SAMPLE *Sample);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
TsmSaveLimits(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits);

_IRQL_requires_(PASSIVE_LEVEL)
LONG
TsmLookupChannelOverride(
    _In_ PTSM_EXTENSION Ext,
    _In_ ULONG Channel,
    _In_ LONG Limit);

RTL_QUERY_REGISTRY_ROUTINE TsmQueryIntervalRoutine;

/* ---- ioctl.c ----------------------------------------------------------------------------------------- */
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL)
DRIVER_DISPATCH TsmDispatchDeviceControl;

_IRQL_requires_(PASSIVE_LEVEL)
VOID
TsmAppendHistory(
    _Inout_ PTSM_EXTENSION Ext,
    _In_reads_(Count) const TSM_SAMPLE *Samples,
    _In_ ULONG Count);

/* ---- sample.c ---------------------------------------------------------------------------------------- */
KDEFERRED_ROUTINE TsmSampleDpc;
IO_WORKITEM_ROUTINE TsmPersistWorkItem;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
TsmStartSampling(
    _Inout_ PTSM_EXTENSION Ext);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
TsmStopSampling(
    _Inout_ PTSM_EXTENSION Ext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
TsmCopyLatest(
    _Inout_ PTSM_EXTENSION Ext,
    _Out_ PTSM_SAMPLE Sample);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
TsmPublishLimits(
    _Inout_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits);

/* ---- limits.c ------------------------------------------------------------------------------------------ */
_IRQL_requires_max_(DISPATCH_LEVEL)
TSM_ALARM
TsmEvaluateSample(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits,
    _In_ const TSM_SAMPLE *Sample,
    _In_ BOOLEAN MayPage);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN
TsmLimitsAreValid(
    _In_ const TSM_LIMITS *Limits);

_IRQL_requires_(PASSIVE_LEVEL)
VOID
TsmApplyAlarmPolicy(
    _Inout_ PTSM_EXTENSION Ext,
    _In_ TSM_ALARM Alarm);

#endif /* TSM_H */
