/*
 * shub.h - shared definitions of the sensor hub bus driver (shub.sys).
 *
 * The hub is a box with SHB_MAX_PORTS ports into which small sensor modules
 * (temperature, humidity, light ...) are plugged and unplugged while the
 * system runs. shub.sys is the hub's function driver (the FDO, above the
 * PDO of the hub's parent bus) and the bus driver of the modules: every
 * occupied port gets a PDO that the module's own driver is loaded on.
 * Both kinds of device object share the dispatch routines; their
 * extensions start with SHB_COMMON_EXTENSION, whose IsFdo flag tells which
 * of the two a request was sent to. The hub's management application
 * relays the firmware's arrival and departure reports to the FDO with the
 * IOCTLs below.
 */
#ifndef SHUB_H
#define SHUB_H

#include <ntddk.h>
#include <ntstrsafe.h>

/* ---- constants ------------------------------------------------------------ */
#define SHB_POOL_TAG            'bhSs'      /* "sShb" in pool dumps */
#define SHB_ID_POOL_TAG         'dhSs'      /* strings handed to the PnP manager */
#define SHB_MAX_PORTS           8
#define SHB_ID_CHARS            96          /* room for the ID strings we build, in WCHARs */
#define SHB_SCAN_PERIOD_MS      250         /* debounce period of the port scan timer */

/* Sensor kinds a module reports in its identification block. */
#define SHB_SENSOR_TEMPERATURE  0x0001
#define SHB_SENSOR_HUMIDITY     0x0002
#define SHB_SENSOR_LIGHT        0x0003
#define SHB_SENSOR_MOTION       0x0004
#define SHB_SENSOR_PRESSURE     0x0005
#define SHB_SENSOR_KIND_MAX     0x0005

/* ---- management interface of the FDO -------------------------------------- */
#define FILE_DEVICE_SENSOR_HUB  0x8A31

#define IOCTL_SHB_PLUG_MODULE \
    CTL_CODE(FILE_DEVICE_SENSOR_HUB, 0x810, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_SHB_UNPLUG_MODULE \
    CTL_CODE(FILE_DEVICE_SENSOR_HUB, 0x811, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_SHB_EJECT_MODULE \
    CTL_CODE(FILE_DEVICE_SENSOR_HUB, 0x812, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_SHB_QUERY_PORTS \
    CTL_CODE(FILE_DEVICE_SENSOR_HUB, 0x813, METHOD_BUFFERED, FILE_READ_ACCESS)

/* IOCTL_SHB_PLUG_MODULE input: a module the firmware saw arrive. */
typedef struct _SHB_PLUG_REQUEST {
    ULONG  Size;                /* sizeof(SHB_PLUG_REQUEST) */
    ULONG  Port;                /* 0 .. SHB_MAX_PORTS - 1 */
    USHORT SensorKind;          /* SHB_SENSOR_xxx */
    USHORT Revision;
    ULONG  SerialNumber;
} SHB_PLUG_REQUEST, *PSHB_PLUG_REQUEST;

/* IOCTL_SHB_UNPLUG_MODULE and IOCTL_SHB_EJECT_MODULE input. */
typedef struct _SHB_PORT_REQUEST {
    ULONG Size;                 /* sizeof(SHB_PORT_REQUEST) */
    ULONG Port;
} SHB_PORT_REQUEST, *PSHB_PORT_REQUEST;

/* IOCTL_SHB_QUERY_PORTS output. */
typedef struct _SHB_PORT_REPORT {
    ULONG PortCount;
    ULONG OccupiedMask;         /* bit n: a module sits in port n */
    ULONG PendingMask;          /* bit n: port n changed, not yet reported to PnP */
    ULONG Arrivals;
    ULONG Departures;
    ULONG Ejections;
    ULONG Rescans;
} SHB_PORT_REPORT, *PSHB_PORT_REPORT;

/* ---- device extensions ---------------------------------------------------- */

typedef enum _SHB_PNP_STATE {
    ShbStateNotStarted = 0,
    ShbStateStarted,
    ShbStateStopPending,
    ShbStateStopped,
    ShbStateRemovePending,
    ShbStateSurpriseRemoved,
    ShbStateDeleted
} SHB_PNP_STATE;

/* The header both extensions begin with. */
typedef struct _SHB_COMMON_EXTENSION {
    BOOLEAN             IsFdo;          /* TRUE: the hub's FDO; FALSE: a module's PDO */
    PDEVICE_OBJECT      Self;
    SHB_PNP_STATE       PnpState;
    SHB_PNP_STATE       PreviousPnpState;
    SYSTEM_POWER_STATE  SystemPower;
    DEVICE_POWER_STATE  DevicePower;
} SHB_COMMON_EXTENSION, *PSHB_COMMON_EXTENSION;

/* Counters the management application reads; under StatsLock. */
typedef struct _SHB_HUB_STATS {
    ULONG Arrivals;
    ULONG Departures;
    ULONG Ejections;
    ULONG Rescans;
} SHB_HUB_STATS, *PSHB_HUB_STATS;

struct _SHB_PDO_EXTENSION;

typedef struct _SHB_FDO_EXTENSION {
    SHB_COMMON_EXTENSION Common;

    PDEVICE_OBJECT      UnderlyingPdo;  /* the hub's own PDO, from our parent bus */
    PDEVICE_OBJECT      NextLower;      /* top of the stack below us */
    UNICODE_STRING      InterfaceName;  /* GUID_DEVINTERFACE_SENSOR_HUB instance */

    /* The module list. PASSIVE_LEVEL code only (PnP, IOCTLs). */
    FAST_MUTEX          ChildLock;
    LIST_ENTRY          Children;       /* SHB_PDO_EXTENSION.Link */
    ULONG               ChildCount;
    struct _SHB_PDO_EXTENSION *PortMap[SHB_MAX_PORTS];

    /* Port change bookkeeping, shared with the scan timer's DPC. */
    KSPIN_LOCK          StatsLock;
    SHB_HUB_STATS       Stats;
    ULONG               OccupiedMask;   /* ports with a module in them */
    ULONG               PendingMask;    /* ports changed since the last BusRelations */
    ULONG               LastScanMask;   /* PendingMask seen by the previous scan */
    BOOLEAN             ScanArmed;      /* the scan timer runs */
    ULONG               ScanPeriodMs;
    KTIMER              ScanTimer;
    KDPC                ScanDpc;

    /* Module list updates in progress (plug/unplug IOCTLs). The scan waits
       for a quiet moment before it asks the PnP manager to re-enumerate. */
    LONG                UpdatesInFlight;
    KEVENT              QuietEvent;     /* signalled while UpdatesInFlight == 0 */

    /* Requests in flight through the FDO, for REMOVE_DEVICE. */
    LONG                OutstandingIo;  /* biased by one while not removed */
    KEVENT              RemoveEvent;
} SHB_FDO_EXTENSION, *PSHB_FDO_EXTENSION;

typedef struct _SHB_PDO_EXTENSION {
    SHB_COMMON_EXTENSION Common;

    PDEVICE_OBJECT      ParentFdo;
    LIST_ENTRY          Link;           /* in SHB_FDO_EXTENSION.Children */
    ULONG               Port;
    USHORT              SensorKind;
    USHORT              Revision;
    ULONG               SerialNumber;
    BOOLEAN             Present;        /* the module still sits in its port */
    BOOLEAN             Reported;       /* listed in the last BusRelations answer */
    BOOLEAN             EjectRequested;
} SHB_PDO_EXTENSION, *PSHB_PDO_EXTENSION;

/* ---- GUIDs (defined in driver.c) -------------------------------------------- */

extern const GUID GUID_DEVINTERFACE_SENSOR_HUB;
extern const GUID GUID_BUS_TYPE_SENSOR_HUB;

/* ---- driver.c ------------------------------------------------------------- */

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE ShbAddDevice;
DRIVER_UNLOAD ShbUnload;
DRIVER_DISPATCH ShbDispatchCreateClose;
DRIVER_DISPATCH ShbDispatchDeviceControl;
DRIVER_DISPATCH ShbDispatchPnp;
DRIVER_DISPATCH ShbDispatchPower;
DRIVER_DISPATCH ShbDispatchSystemControl;

VOID ShbSetPnpState(_Inout_ PSHB_COMMON_EXTENSION Common, _In_ SHB_PNP_STATE State);
VOID ShbRestorePnpState(_Inout_ PSHB_COMMON_EXTENSION Common);
BOOLEAN ShbIoEnter(_Inout_ PSHB_FDO_EXTENSION Fdo);
VOID ShbIoLeave(_Inout_ PSHB_FDO_EXTENSION Fdo);

/* ---- fdo_pnp.c ------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbFdoPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbFdoSendDownAndWait(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);

IO_COMPLETION_ROUTINE ShbSignalOnCompletion;

/* ---- pdo_pnp.c ------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbPdoPnp(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

/* ---- children.c ----------------------------------------------------------- */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbPlugModule(_In_ PSHB_FDO_EXTENSION Fdo, _In_ PSHB_PLUG_REQUEST Request);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbUnplugModule(_In_ PSHB_FDO_EXTENSION Fdo, _In_ ULONG Port, _In_ BOOLEAN Eject);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbBuildBusRelations(_In_ PSHB_FDO_EXTENSION Fdo,
                              _In_opt_ PDEVICE_RELATIONS Previous,
                              _Outptr_ PDEVICE_RELATIONS *Relations);

_IRQL_requires_(PASSIVE_LEVEL)
VOID ShbForgetModule(_In_ PSHB_FDO_EXTENSION Fdo, _In_ PSHB_PDO_EXTENSION Pdo);

_IRQL_requires_(PASSIVE_LEVEL)
VOID ShbDeleteAllModules(_In_ PSHB_FDO_EXTENSION Fdo);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ShbNotePortChange(_In_ PSHB_FDO_EXTENSION Fdo, _In_ ULONG Port, _In_ ULONG Event);

#define SHB_EVENT_ARRIVAL   1
#define SHB_EVENT_DEPARTURE 2
#define SHB_EVENT_EJECT     3
#define SHB_EVENT_RESCAN    4

VOID ShbBeginUpdate(_Inout_ PSHB_FDO_EXTENSION Fdo);
VOID ShbEndUpdate(_Inout_ PSHB_FDO_EXTENSION Fdo);

_IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN ShbModulesQuiet(_In_ PSHB_FDO_EXTENSION Fdo);

/* ---- scan.c --------------------------------------------------------------- */

KDEFERRED_ROUTINE ShbScanDpc;

_IRQL_requires_max_(PASSIVE_LEVEL)
ULONG ShbReadScanPeriod(_In_ PSHB_FDO_EXTENSION Fdo);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID ShbStartScanning(_In_ PSHB_FDO_EXTENSION Fdo);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID ShbStopScanning(_In_ PSHB_FDO_EXTENSION Fdo);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID ShbSnapshotPorts(_In_ PSHB_FDO_EXTENSION Fdo, _Out_ PSHB_PORT_REPORT Report);

/* ---- power.c -------------------------------------------------------------- */

NTSTATUS ShbFdoPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);
NTSTATUS ShbPdoPower(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

/* ---- ioctl.c -------------------------------------------------------------- */

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS ShbFdoDeviceControl(_In_ PSHB_FDO_EXTENSION Fdo, _Inout_ PIRP Irp);

#endif /* SHUB_H */
