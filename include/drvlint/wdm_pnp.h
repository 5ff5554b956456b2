/*
 * drvlint/wdm_pnp.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Plug and Play and power: device capabilities and relations, query-
 * interface structures, bus information, PnP notification payloads,
 * PoFx registration structures, power requests, session notifications
 * and the WMI registration bits that live in wdm.h.
 */
#ifndef _DRVLINT_WDM_PNP_H_
#define _DRVLINT_WDM_PNP_H_

/* ---- Device capabilities (IRP_MN_QUERY_CAPABILITIES) ------------------------ */
struct _DEVICE_CAPABILITIES {
    USHORT Size;
    USHORT Version;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG RawDeviceOK : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG WakeFromD0 : 1;
    ULONG WakeFromD1 : 1;
    ULONG WakeFromD2 : 1;
    ULONG WakeFromD3 : 1;
    ULONG HardwareDisabled : 1;
    ULONG NonDynamic : 1;
    ULONG WarmEjectSupported : 1;
    ULONG NoDisplayInUI : 1;
    ULONG Reserved1 : 1;
    ULONG WakeFromInterrupt : 1;
    ULONG SecureDevice : 1;
    ULONG ChildOfVgaEnabledBridge : 1;
    ULONG DecodeIoOnBoot : 1;
    ULONG Reserved : 9;
    ULONG Address;
    ULONG UINumber;
    DEVICE_POWER_STATE DeviceState[POWER_SYSTEM_MAXIMUM];
    SYSTEM_POWER_STATE SystemWake;
    DEVICE_POWER_STATE DeviceWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
};

/* ---- Device relations (IRP_MN_QUERY_DEVICE_RELATIONS) ---------------------------- */
struct _DEVICE_RELATIONS {
    ULONG Count;
    PDEVICE_OBJECT Objects[1];
};

/* ---- PnP device state (IRP_MN_QUERY_PNP_DEVICE_STATE) ------------------------------ */
#define PNP_DEVICE_DISABLED                       0x00000001
#define PNP_DEVICE_DONT_DISPLAY_IN_UI             0x00000002
#define PNP_DEVICE_FAILED                         0x00000004
#define PNP_DEVICE_REMOVED                        0x00000008
#define PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED  0x00000010
#define PNP_DEVICE_NOT_DISABLEABLE                0x00000020
#define PNP_DEVICE_DISCONNECTED                   0x00000040

/* ---- Bus information (IRP_MN_QUERY_BUS_INFORMATION) ---------------------------------- */
typedef struct _PNP_BUS_INFORMATION {
    GUID BusTypeGuid;
    INTERFACE_TYPE LegacyBusType;
    ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;

typedef struct _LEGACY_BUS_INFORMATION {
    GUID BusTypeGuid;
    INTERFACE_TYPE LegacyBusType;
    ULONG BusNumber;
} LEGACY_BUS_INFORMATION, *PLEGACY_BUS_INFORMATION;

/* ---- Query-interface structures (IRP_MN_QUERY_INTERFACE) ------------------------------- */
typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);

struct _INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
};

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN (*PTRANSLATE_BUS_ADDRESS)(
    _Inout_opt_ PVOID Context,
    _In_ PHYSICAL_ADDRESS BusAddress,
    _In_ ULONG Length,
    _Out_ PULONG AddressSpace,
    _Out_ PPHYSICAL_ADDRESS TranslatedAddress);

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
struct _DMA_ADAPTER *(*PGET_DMA_ADAPTER)(
    _Inout_opt_ PVOID Context,
    _In_ struct _DEVICE_DESCRIPTION *DeviceDescriptor,
    _Out_ PULONG NumberOfMapRegisters);

typedef _IRQL_requires_max_(DISPATCH_LEVEL)
ULONG (*PGET_SET_DEVICE_DATA)(
    _Inout_opt_ PVOID Context,
    _In_ ULONG DataType,
    _Inout_updates_bytes_(Length) PVOID Buffer,
    _In_ ULONG Offset,
    _In_ ULONG Length);

typedef struct _BUS_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PTRANSLATE_BUS_ADDRESS TranslateBusAddress;
    PGET_DMA_ADAPTER GetDmaAdapter;
    PGET_SET_DEVICE_DATA SetBusData;
    PGET_SET_DEVICE_DATA GetBusData;
} BUS_INTERFACE_STANDARD, *PBUS_INTERFACE_STANDARD;

#define BUS_INTERFACE_STANDARD_VERSION 1

typedef _IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS (*PGET_LOCATION_STRING)(
    _Inout_opt_ PVOID Context,
    _Outptr_result_nullonfailure_ PZZWSTR *LocationStrings);

typedef struct _PNP_LOCATION_INTERFACE {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PGET_LOCATION_STRING GetLocationString;
} PNP_LOCATION_INTERFACE, *PPNP_LOCATION_INTERFACE;

#define PNP_LOCATION_INTERFACE_VERSION 1

typedef VOID (*PREENUMERATE_SELF)(_In_ PVOID Context);

typedef struct _REENUMERATE_SELF_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PREENUMERATE_SELF SurpriseRemoveAndReenumerateSelf;
} REENUMERATE_SELF_INTERFACE_STANDARD, *PREENUMERATE_SELF_INTERFACE_STANDARD;

/* ---- Power sequence (IRP_MN_POWER_SEQUENCE) --------------------------------------------- */
struct _POWER_SEQUENCE {
    ULONG SequenceD1;
    ULONG SequenceD2;
    ULONG SequenceD3;
};

/* ---- PnP notification payloads (IoRegisterPlugPlayNotification) --------------------------- */
typedef struct _PLUGPLAY_NOTIFICATION_HEADER {
    USHORT Version;
    USHORT Size;
    GUID Event;
} PLUGPLAY_NOTIFICATION_HEADER, *PPLUGPLAY_NOTIFICATION_HEADER;

typedef struct _HWPROFILE_CHANGE_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
} HWPROFILE_CHANGE_NOTIFICATION, *PHWPROFILE_CHANGE_NOTIFICATION;

typedef struct _DEVICE_INTERFACE_CHANGE_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    GUID InterfaceClassGuid;
    PUNICODE_STRING SymbolicLinkName;
} DEVICE_INTERFACE_CHANGE_NOTIFICATION, *PDEVICE_INTERFACE_CHANGE_NOTIFICATION;

typedef struct _TARGET_DEVICE_REMOVAL_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    struct _FILE_OBJECT *FileObject;
} TARGET_DEVICE_REMOVAL_NOTIFICATION, *PTARGET_DEVICE_REMOVAL_NOTIFICATION;

typedef struct _TARGET_DEVICE_CUSTOM_NOTIFICATION {
    USHORT Version;
    USHORT Size;
    GUID Event;
    struct _FILE_OBJECT *FileObject;
    LONG NameBufferOffset;
    UCHAR CustomDataBuffer[1];
} TARGET_DEVICE_CUSTOM_NOTIFICATION, *PTARGET_DEVICE_CUSTOM_NOTIFICATION;

/* Completion callback of IoReportTargetDeviceChangeAsynchronous */
typedef _Function_class_(DEVICE_CHANGE_COMPLETE_CALLBACK)
_IRQL_requires_same_
VOID
DEVICE_CHANGE_COMPLETE_CALLBACK(
    _Inout_opt_ PVOID Context);
typedef DEVICE_CHANGE_COMPLETE_CALLBACK *PDEVICE_CHANGE_COMPLETE_CALLBACK;

/* ---- System power state and power requests ------------------------------------------------- */
#define ES_SYSTEM_REQUIRED   ((ULONG)0x00000001)
#define ES_DISPLAY_REQUIRED  ((ULONG)0x00000002)
#define ES_USER_PRESENT      ((ULONG)0x00000004)
#define ES_AWAYMODE_REQUIRED ((ULONG)0x00000040)
#define ES_CONTINUOUS        ((ULONG)0x80000000)

#define POWER_REQUEST_CONTEXT_VERSION          0
#define POWER_REQUEST_CONTEXT_SIMPLE_STRING    0x00000001
#define POWER_REQUEST_CONTEXT_DETAILED_STRING  0x00000002

struct _COUNTED_REASON_CONTEXT {
    ULONG Version;
    ULONG Flags;
    union {
        struct {
            UNICODE_STRING ResourceFileName;
            USHORT ResourceReasonId;
            ULONG StringCount;
            PUNICODE_STRING ReasonStrings;
        };
        UNICODE_STRING SimpleString;
    };
};

/* ---- Power management framework (PoFx) ---------------------------------------------------------- */
#define PO_FX_VERSION_V1   0x00000001
#define PO_FX_VERSION_V2   0x00000002
#define PO_FX_VERSION_V3   0x00000003
#define PO_FX_VERSION      PO_FX_VERSION_V1

#define PO_FX_FLAG_BLOCKING    0x1
#define PO_FX_FLAG_ASYNC_ONLY  0x2
#define PO_FX_FLAG_PERF_PEP_OPTIONAL   0x1
#define PO_FX_FLAG_PERF_QUERY_ON_F0    0x2
#define PO_FX_FLAG_PERF_QUERY_ON_ALL_IDLE_STATES 0x4

#define PO_FX_COMPONENT_FLAG_F0_ON_DX      0x0000000000000001ULL
#define PO_FX_COMPONENT_FLAG_NO_DEBOUNCE   0x0000000000000002ULL
#define PO_FX_DEVICE_FLAG_RESERVED_1                      0x0000000000000001ULL
#define PO_FX_DEVICE_FLAG_DISABLE_FAST_RESUME             0x0000000000000002ULL
#define PO_FX_DEVICE_FLAG_DFX_CHILDREN_OPTIONAL           0x0000000000000004ULL
#define PO_FX_DEVICE_FLAG_ENABLE_FAST_RESUME              0x0000000000000008ULL

#define PO_FX_UNKNOWN_POWER        ((ULONG)-1)
#define PO_FX_UNKNOWN_TIME         ((ULONGLONG)-1)

typedef struct _PO_FX_COMPONENT_IDLE_STATE {
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;

typedef struct _PO_FX_COMPONENT_V1 {
    GUID Id;
    ULONG IdleStateCount;
    ULONG DeepestWakeableIdleState;
    PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1;

typedef struct _PO_FX_COMPONENT_V2 {
    GUID Id;
    ULONGLONG Flags;
    ULONG DeepestWakeableIdleState;
    ULONG IdleStateCount;
    PPO_FX_COMPONENT_IDLE_STATE IdleStates;
    ULONG ProviderCount;
    PULONG Providers;
} PO_FX_COMPONENT_V2, *PPO_FX_COMPONENT_V2;

typedef struct _PO_FX_DEVICE_V1 {
    ULONG Version;
    ULONG ComponentCount;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;

typedef struct _PO_FX_DEVICE_V2 {
    ULONG Version;
    ULONGLONG Flags;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    ULONG ComponentCount;
    PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;

typedef PO_FX_COMPONENT_V1 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;

typedef struct _PO_FX_PERF_STATE {
    ULONGLONG Value;
    PVOID Context;
} PO_FX_PERF_STATE, *PPO_FX_PERF_STATE;

typedef struct _PO_FX_PERF_STATE_CHANGE {
    ULONG Set;
    union {
        ULONG StateIndex;
        ULONGLONG StateValue;
    };
} PO_FX_PERF_STATE_CHANGE, *PPO_FX_PERF_STATE_CHANGE;

/* ---- Session notifications (IoRegisterContainerNotification) ------------------------------------- */
#define IO_SESSION_STATE_ALL_EVENTS         0xffffffff
#define IO_SESSION_STATE_CREATION_EVENT     0x00000001
#define IO_SESSION_STATE_TERMINATION_EVENT  0x00000002
#define IO_SESSION_STATE_CONNECT_EVENT      0x00000004
#define IO_SESSION_STATE_DISCONNECT_EVENT   0x00000008
#define IO_SESSION_STATE_LOGON_EVENT        0x00000010
#define IO_SESSION_STATE_LOGOFF_EVENT       0x00000020
#define IO_SESSION_STATE_VALID_EVENT_MASK   0x0000003f
#define IO_SESSION_MAX_PAYLOAD_SIZE         256L

typedef struct _IO_SESSION_STATE_NOTIFICATION {
    ULONG Size;
    ULONG Flags;
    PVOID IoObject;
    ULONG EventMask;
    PVOID Context;
} IO_SESSION_STATE_NOTIFICATION, *PIO_SESSION_STATE_NOTIFICATION;

typedef struct _IO_SESSION_CONNECT_INFO {
    ULONG SessionId;
    BOOLEAN LocalSession;
} IO_SESSION_CONNECT_INFO, *PIO_SESSION_CONNECT_INFO;

typedef struct _IO_SESSION_STATE_INFORMATION {
    ULONG SessionId;
    IO_SESSION_STATE SessionState;
    BOOLEAN LocalSession;
} IO_SESSION_STATE_INFORMATION, *PIO_SESSION_STATE_INFORMATION;

/* ---- WMI registration (IoWMIRegistrationControl) --------------------------------------------------- */
#define WMIREG_ACTION_REGISTER       1
#define WMIREG_ACTION_DEREGISTER     2
#define WMIREG_ACTION_REREGISTER     3
#define WMIREG_ACTION_UPDATE_GUIDS   4
#define WMIREG_ACTION_BLOCK_IRPS     5

#define WMIREGISTER   0
#define WMIUPDATE     1

/* Access rights to WMI data blocks (IoWMIOpenBlock) */
#define WMIGUID_QUERY                  0x0001
#define WMIGUID_SET                    0x0002
#define WMIGUID_NOTIFICATION           0x0004
#define WMIGUID_READ_DESCRIPTION       0x0008
#define WMIGUID_EXECUTE                0x0010
#define TRACELOG_CREATE_REALTIME       0x0020
#define TRACELOG_CREATE_ONDISK         0x0040
#define TRACELOG_GUID_ENABLE           0x0080
#define TRACELOG_ACCESS_KERNEL_LOGGER  0x0100
#define TRACELOG_LOG_EVENT             0x0200
#define TRACELOG_CREATE_INPROC         0x0200
#define TRACELOG_ACCESS_REALTIME       0x0400
#define TRACELOG_REGISTER_GUIDS        0x0800
#define TRACELOG_JOIN_GROUP            0x1000
#define WMIGUID_ALL_ACCESS_WIN2K       (STANDARD_RIGHTS_READ | WMIGUID_QUERY | WMIGUID_SET | \
                                        WMIGUID_NOTIFICATION | WMIGUID_READ_DESCRIPTION | \
                                        WMIGUID_EXECUTE | TRACELOG_CREATE_REALTIME | \
                                        TRACELOG_CREATE_ONDISK | TRACELOG_GUID_ENABLE | \
                                        TRACELOG_ACCESS_KERNEL_LOGGER | TRACELOG_CREATE_INPROC | \
                                        TRACELOG_ACCESS_REALTIME)
#define WMIGUID_ALL_ACCESS_WINXP       (WMIGUID_ALL_ACCESS_WIN2K | SYNCHRONIZE | TRACELOG_REGISTER_GUIDS)
#define WMIGUID_ALL_ACCESS_RS1         (WMIGUID_ALL_ACCESS_WINXP | TRACELOG_JOIN_GROUP)
#define WMIGUID_ALL_ACCESS             WMIGUID_ALL_ACCESS_RS1
#define WMI_GLOBAL_LOGGER_ID           0x0001

typedef VOID (*WMI_NOTIFICATION_CALLBACK)(PVOID Wnode, PVOID Context);

/* ---- Boot disk information (IoGetBootDiskInformation) ------------------------------------------------ */
struct _BOOTDISK_INFORMATION {
    LONGLONG BootPartitionOffset;
    LONGLONG SystemPartitionOffset;
    ULONG BootDeviceSignature;
    ULONG SystemDeviceSignature;
};

typedef struct _BOOTDISK_INFORMATION_EX {
    LONGLONG BootPartitionOffset;
    LONGLONG SystemPartitionOffset;
    ULONG BootDeviceSignature;
    ULONG SystemDeviceSignature;
    GUID BootDeviceGuid;
    GUID SystemDeviceGuid;
    BOOLEAN BootDeviceIsGpt;
    BOOLEAN SystemDeviceIsGpt;
} BOOTDISK_INFORMATION_EX, *PBOOTDISK_INFORMATION_EX;

#endif /* _DRVLINT_WDM_PNP_H_ */
