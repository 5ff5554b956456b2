/*
 * drvlint/wdm_cm.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Configuration manager: registry access rights, value types, key and
 * value information classes, RtlQueryRegistryValues tables, registry
 * callback notification structures, and hardware resource descriptions
 * (CM_RESOURCE_LIST, IO_RESOURCE_REQUIREMENTS_LIST) with the PCI
 * configuration header.
 */
#ifndef _DRVLINT_WDM_CM_H_
#define _DRVLINT_WDM_CM_H_

/* ---- Registry key access rights ------------------------------------------ */
#define KEY_QUERY_VALUE         (0x0001)
#define KEY_SET_VALUE           (0x0002)
#define KEY_CREATE_SUB_KEY      (0x0004)
#define KEY_ENUMERATE_SUB_KEYS  (0x0008)
#define KEY_NOTIFY              (0x0010)
#define KEY_CREATE_LINK         (0x0020)
#define KEY_WOW64_32KEY         (0x0200)
#define KEY_WOW64_64KEY         (0x0100)
#define KEY_WOW64_RES           (0x0300)

#define KEY_READ      ((STANDARD_RIGHTS_READ | KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS | \
                        KEY_NOTIFY) & (~SYNCHRONIZE))
#define KEY_WRITE     ((STANDARD_RIGHTS_WRITE | KEY_SET_VALUE | KEY_CREATE_SUB_KEY) & \
                       (~SYNCHRONIZE))
#define KEY_EXECUTE   ((KEY_READ) & (~SYNCHRONIZE))
#define KEY_ALL_ACCESS ((STANDARD_RIGHTS_ALL | KEY_QUERY_VALUE | KEY_SET_VALUE | \
                         KEY_CREATE_SUB_KEY | KEY_ENUMERATE_SUB_KEYS | KEY_NOTIFY | \
                         KEY_CREATE_LINK) & (~SYNCHRONIZE))

/* ---- Create / open options and dispositions ----------------------------------- */
#define REG_OPTION_RESERVED        (0x00000000L)
#define REG_OPTION_NON_VOLATILE    (0x00000000L)
#define REG_OPTION_VOLATILE        (0x00000001L)
#define REG_OPTION_CREATE_LINK     (0x00000002L)
#define REG_OPTION_BACKUP_RESTORE  (0x00000004L)
#define REG_OPTION_OPEN_LINK       (0x00000008L)
#define REG_OPTION_DONT_VIRTUALIZE (0x00000010L)
#define REG_LEGAL_OPTION (REG_OPTION_RESERVED | REG_OPTION_NON_VOLATILE | REG_OPTION_VOLATILE | \
                          REG_OPTION_CREATE_LINK | REG_OPTION_BACKUP_RESTORE | \
                          REG_OPTION_OPEN_LINK | REG_OPTION_DONT_VIRTUALIZE)
#define REG_OPEN_LEGAL_OPTION (REG_OPTION_RESERVED | REG_OPTION_BACKUP_RESTORE | \
                               REG_OPTION_OPEN_LINK | REG_OPTION_DONT_VIRTUALIZE)

#define REG_CREATED_NEW_KEY        (0x00000001L)
#define REG_OPENED_EXISTING_KEY    (0x00000002L)

#define REG_WHOLE_HIVE_VOLATILE    (0x00000001L)
#define REG_REFRESH_HIVE           (0x00000002L)
#define REG_NO_LAZY_FLUSH          (0x00000004L)
#define REG_FORCE_RESTORE          (0x00000008L)

#define REG_NOTIFY_CHANGE_NAME       (0x00000001L)
#define REG_NOTIFY_CHANGE_ATTRIBUTES (0x00000002L)
#define REG_NOTIFY_CHANGE_LAST_SET   (0x00000004L)
#define REG_NOTIFY_CHANGE_SECURITY   (0x00000008L)
#define REG_NOTIFY_THREAD_AGNOSTIC   (0x10000000L)
#define REG_LEGAL_CHANGE_FILTER (REG_NOTIFY_CHANGE_NAME | REG_NOTIFY_CHANGE_ATTRIBUTES | \
                                 REG_NOTIFY_CHANGE_LAST_SET | REG_NOTIFY_CHANGE_SECURITY | \
                                 REG_NOTIFY_THREAD_AGNOSTIC)

/* ---- Value types ------------------------------------------------------------------ */
#define REG_NONE                        (0)
#define REG_SZ                          (1)
#define REG_EXPAND_SZ                   (2)
#define REG_BINARY                      (3)
#define REG_DWORD                       (4)
#define REG_DWORD_LITTLE_ENDIAN         (4)
#define REG_DWORD_BIG_ENDIAN            (5)
#define REG_LINK                        (6)
#define REG_MULTI_SZ                    (7)
#define REG_RESOURCE_LIST               (8)
#define REG_FULL_RESOURCE_DESCRIPTOR    (9)
#define REG_RESOURCE_REQUIREMENTS_LIST  (10)
#define REG_QWORD                       (11)
#define REG_QWORD_LITTLE_ENDIAN         (11)

/* ---- Key information ---------------------------------------------------------------- */
typedef enum _KEY_INFORMATION_CLASS {
    KeyBasicInformation,
    KeyNodeInformation,
    KeyFullInformation,
    KeyNameInformation,
    KeyCachedInformation,
    KeyFlagsInformation,
    KeyVirtualizationInformation,
    KeyHandleTagsInformation,
    KeyTrustInformation,
    KeyLayerInformation,
    MaxKeyInfoClass
} KEY_INFORMATION_CLASS;

typedef struct _KEY_BASIC_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_BASIC_INFORMATION, *PKEY_BASIC_INFORMATION;

typedef struct _KEY_NODE_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_NODE_INFORMATION, *PKEY_NODE_INFORMATION;

typedef struct _KEY_FULL_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG ClassOffset;
    ULONG ClassLength;
    ULONG SubKeys;
    ULONG MaxNameLen;
    ULONG MaxClassLen;
    ULONG Values;
    ULONG MaxValueNameLen;
    ULONG MaxValueDataLen;
    WCHAR Class[1];
} KEY_FULL_INFORMATION, *PKEY_FULL_INFORMATION;

typedef struct _KEY_NAME_INFORMATION {
    ULONG NameLength;
    WCHAR Name[1];
} KEY_NAME_INFORMATION, *PKEY_NAME_INFORMATION;

typedef struct _KEY_CACHED_INFORMATION {
    LARGE_INTEGER LastWriteTime;
    ULONG TitleIndex;
    ULONG SubKeys;
    ULONG MaxNameLen;
    ULONG Values;
    ULONG MaxValueNameLen;
    ULONG MaxValueDataLen;
    ULONG NameLength;
} KEY_CACHED_INFORMATION, *PKEY_CACHED_INFORMATION;

typedef enum _KEY_SET_INFORMATION_CLASS {
    KeyWriteTimeInformation,
    KeyWow64FlagsInformation,
    KeyControlFlagsInformation,
    KeySetVirtualizationInformation,
    KeySetDebugInformation,
    KeySetHandleTagsInformation,
    KeySetLayerInformation,
    MaxKeySetInfoClass
} KEY_SET_INFORMATION_CLASS;

typedef struct _KEY_WRITE_TIME_INFORMATION {
    LARGE_INTEGER LastWriteTime;
} KEY_WRITE_TIME_INFORMATION, *PKEY_WRITE_TIME_INFORMATION;

/* ---- Value information ---------------------------------------------------------------- */
typedef enum _KEY_VALUE_INFORMATION_CLASS {
    KeyValueBasicInformation,
    KeyValueFullInformation,
    KeyValuePartialInformation,
    KeyValueFullInformationAlign64,
    KeyValuePartialInformationAlign64,
    KeyValueLayerInformation,
    MaxKeyValueInfoClass
} KEY_VALUE_INFORMATION_CLASS;

typedef struct _KEY_VALUE_BASIC_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_BASIC_INFORMATION, *PKEY_VALUE_BASIC_INFORMATION;

typedef struct _KEY_VALUE_FULL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataOffset;
    ULONG DataLength;
    ULONG NameLength;
    WCHAR Name[1];
} KEY_VALUE_FULL_INFORMATION, *PKEY_VALUE_FULL_INFORMATION;

typedef struct _KEY_VALUE_PARTIAL_INFORMATION {
    ULONG TitleIndex;
    ULONG Type;
    ULONG DataLength;
    UCHAR Data[1];
} KEY_VALUE_PARTIAL_INFORMATION, *PKEY_VALUE_PARTIAL_INFORMATION;

typedef struct _KEY_VALUE_PARTIAL_INFORMATION_ALIGN64 {
    ULONG Type;
    ULONG DataLength;
    UCHAR Data[1];
} KEY_VALUE_PARTIAL_INFORMATION_ALIGN64, *PKEY_VALUE_PARTIAL_INFORMATION_ALIGN64;

typedef struct _KEY_VALUE_ENTRY {
    PUNICODE_STRING ValueName;
    ULONG DataLength;
    ULONG DataOffset;
    ULONG Type;
} KEY_VALUE_ENTRY, *PKEY_VALUE_ENTRY;

/* ---- RtlQueryRegistryValues / RtlWriteRegistryValue -------------------------------------- */
#define RTL_REGISTRY_ABSOLUTE     0
#define RTL_REGISTRY_SERVICES     1
#define RTL_REGISTRY_CONTROL      2
#define RTL_REGISTRY_WINDOWS_NT   3
#define RTL_REGISTRY_DEVICEMAP    4
#define RTL_REGISTRY_USER         5
#define RTL_REGISTRY_MAXIMUM      6
#define RTL_REGISTRY_HANDLE       0x40000000
#define RTL_REGISTRY_OPTIONAL     0x80000000

struct _RTL_QUERY_REGISTRY_TABLE {
    PRTL_QUERY_REGISTRY_ROUTINE QueryRoutine;
    ULONG Flags;
    PWSTR Name;
    PVOID EntryContext;
    ULONG DefaultType;
    PVOID DefaultData;
    ULONG DefaultLength;
};

#define RTL_QUERY_REGISTRY_SUBKEY     0x00000001
#define RTL_QUERY_REGISTRY_TOPKEY     0x00000002
#define RTL_QUERY_REGISTRY_REQUIRED   0x00000004
#define RTL_QUERY_REGISTRY_NOVALUE    0x00000008
#define RTL_QUERY_REGISTRY_NOEXPAND   0x00000010
#define RTL_QUERY_REGISTRY_DIRECT     0x00000020
#define RTL_QUERY_REGISTRY_DELETE     0x00000040
#define RTL_QUERY_REGISTRY_NOSTRING   0x00000080
#define RTL_QUERY_REGISTRY_TYPECHECK  0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK  (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)

/* IoOpenDeviceRegistryKey key types */
#define PLUGPLAY_REGKEY_DEVICE              1
#define PLUGPLAY_REGKEY_DRIVER              2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE   4

/* ---- Registry callback notification data (CmRegisterCallbackEx) --------------------------- */
typedef struct _REG_DELETE_KEY_INFORMATION {
    PVOID Object;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_DELETE_KEY_INFORMATION, *PREG_DELETE_KEY_INFORMATION,
  REG_FLUSH_KEY_INFORMATION, *PREG_FLUSH_KEY_INFORMATION;

typedef struct _REG_SET_VALUE_KEY_INFORMATION {
    PVOID Object;
    PUNICODE_STRING ValueName;
    ULONG TitleIndex;
    ULONG Type;
    PVOID Data;
    ULONG DataSize;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_SET_VALUE_KEY_INFORMATION, *PREG_SET_VALUE_KEY_INFORMATION;

typedef struct _REG_DELETE_VALUE_KEY_INFORMATION {
    PVOID Object;
    PUNICODE_STRING ValueName;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_DELETE_VALUE_KEY_INFORMATION, *PREG_DELETE_VALUE_KEY_INFORMATION;

typedef struct _REG_QUERY_VALUE_KEY_INFORMATION {
    PVOID Object;
    PUNICODE_STRING ValueName;
    KEY_VALUE_INFORMATION_CLASS KeyValueInformationClass;
    PVOID KeyValueInformation;
    ULONG Length;
    PULONG ResultLength;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_QUERY_VALUE_KEY_INFORMATION, *PREG_QUERY_VALUE_KEY_INFORMATION;

typedef struct _REG_CREATE_KEY_INFORMATION {
    PUNICODE_STRING CompleteName;
    PVOID RootObject;
    PVOID ObjectType;
    ULONG CreateOptions;
    PUNICODE_STRING Class;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
    ACCESS_MASK DesiredAccess;
    ACCESS_MASK GrantedAccess;
    PULONG Disposition;
    PVOID *ResultObject;
    PVOID CallContext;
    PVOID RootObjectContext;
    PVOID Transaction;
    PVOID Reserved;
} REG_CREATE_KEY_INFORMATION, REG_OPEN_KEY_INFORMATION,
  *PREG_CREATE_KEY_INFORMATION, *PREG_OPEN_KEY_INFORMATION;

typedef struct _REG_POST_OPERATION_INFORMATION {
    PVOID Object;
    NTSTATUS Status;
    PVOID PreInformation;
    NTSTATUS ReturnStatus;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_POST_OPERATION_INFORMATION, *PREG_POST_OPERATION_INFORMATION;

typedef struct _REG_KEY_HANDLE_CLOSE_INFORMATION {
    PVOID Object;
    PVOID CallContext;
    PVOID ObjectContext;
    PVOID Reserved;
} REG_KEY_HANDLE_CLOSE_INFORMATION, *PREG_KEY_HANDLE_CLOSE_INFORMATION;

/* ---- Hardware resources: CM_* (raw and translated lists) ------------------------------------ */
#define CmResourceTypeNull              0
#define CmResourceTypePort              1
#define CmResourceTypeInterrupt         2
#define CmResourceTypeMemory            3
#define CmResourceTypeDma               4
#define CmResourceTypeDeviceSpecific    5
#define CmResourceTypeBusNumber         6
#define CmResourceTypeMemoryLarge       7
#define CmResourceTypeNonArbitrated     128
#define CmResourceTypeConfigData        128
#define CmResourceTypeDevicePrivate     129
#define CmResourceTypePcCardConfig      130
#define CmResourceTypeMfCardConfig      131
#define CmResourceTypeConnection        132

#define CM_RESOURCE_INTERRUPT_LEVEL_SENSITIVE         0
#define CM_RESOURCE_INTERRUPT_LATCHED                 1
#define CM_RESOURCE_INTERRUPT_MESSAGE                 2
#define CM_RESOURCE_INTERRUPT_POLICY_INCLUDED         4
#define CM_RESOURCE_INTERRUPT_SECONDARY_INTERRUPT     0x0010
#define CM_RESOURCE_INTERRUPT_WAKE_HINT               0x0020
#define CM_RESOURCE_INTERRUPT_LEVEL_LATCHED_BITS      0x0001
#define CM_RESOURCE_INTERRUPT_MESSAGE_TOKEN           ((ULONG)-2)

#define CM_RESOURCE_MEMORY_READ_WRITE                 0x0000
#define CM_RESOURCE_MEMORY_READ_ONLY                  0x0001
#define CM_RESOURCE_MEMORY_WRITE_ONLY                 0x0002
#define CM_RESOURCE_MEMORY_WRITEABILITY_MASK          0x0003
#define CM_RESOURCE_MEMORY_PREFETCHABLE               0x0004
#define CM_RESOURCE_MEMORY_COMBINEDWRITE              0x0008
#define CM_RESOURCE_MEMORY_24                         0x0010
#define CM_RESOURCE_MEMORY_CACHEABLE                  0x0020
#define CM_RESOURCE_MEMORY_WINDOW_DECODE              0x0040
#define CM_RESOURCE_MEMORY_BAR                        0x0080
#define CM_RESOURCE_MEMORY_COMPAT_FOR_INACCESSIBLE_RANGE 0x0100
#define CM_RESOURCE_MEMORY_LARGE                      0x0E00
#define CM_RESOURCE_MEMORY_LARGE_40                   0x0200
#define CM_RESOURCE_MEMORY_LARGE_48                   0x0400
#define CM_RESOURCE_MEMORY_LARGE_64                   0x0800
#define CM_RESOURCE_MEMORY_LARGE_40_MAXLEN            0x000000FFFFFFFF00ULL
#define CM_RESOURCE_MEMORY_LARGE_48_MAXLEN            0x0000FFFFFFFF0000ULL
#define CM_RESOURCE_MEMORY_LARGE_64_MAXLEN            0xFFFFFFFF00000000ULL

#define CM_RESOURCE_PORT_MEMORY                       0x0000
#define CM_RESOURCE_PORT_IO                           0x0001
#define CM_RESOURCE_PORT_10_BIT_DECODE                0x0004
#define CM_RESOURCE_PORT_12_BIT_DECODE                0x0008
#define CM_RESOURCE_PORT_16_BIT_DECODE                0x0010
#define CM_RESOURCE_PORT_POSITIVE_DECODE              0x0020
#define CM_RESOURCE_PORT_PASSIVE_DECODE               0x0040
#define CM_RESOURCE_PORT_WINDOW_DECODE                0x0080
#define CM_RESOURCE_PORT_BAR                          0x0100

#define CM_RESOURCE_DMA_8                             0x0000
#define CM_RESOURCE_DMA_16                            0x0001
#define CM_RESOURCE_DMA_32                            0x0002
#define CM_RESOURCE_DMA_8_AND_16                      0x0004
#define CM_RESOURCE_DMA_BUS_MASTER                    0x0008
#define CM_RESOURCE_DMA_TYPE_A                        0x0010
#define CM_RESOURCE_DMA_TYPE_B                        0x0020
#define CM_RESOURCE_DMA_TYPE_F                        0x0040
#define CM_RESOURCE_DMA_V3                            0x0080

#define CM_RESOURCE_CONNECTION_CLASS_GPIO             0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL           0x02
#define CM_RESOURCE_CONNECTION_CLASS_FUNCTION_CONFIG  0x03
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO           0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C        0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI        0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART       0x03

/* The CM_* resource lists are packed to 4 bytes. */
#pragma pack(push, 4)

typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
    UCHAR Type;
    UCHAR ShareDisposition;
    USHORT Flags;
    union {
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Generic;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Port;
        struct {
            USHORT Level;
            USHORT Group;
            ULONG Vector;
            KAFFINITY Affinity;
        } Interrupt;
        struct {
            union {
                struct {
                    USHORT Group;
                    USHORT MessageCount;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Raw;
                struct {
                    USHORT Level;
                    USHORT Group;
                    ULONG Vector;
                    KAFFINITY Affinity;
                } Translated;
            };
        } MessageInterrupt;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length;
        } Memory;
        struct {
            ULONG Channel;
            ULONG Port;
            ULONG Reserved1;
        } Dma;
        struct {
            ULONG Channel;
            ULONG RequestLine;
            UCHAR TransferWidth;
            UCHAR Reserved1;
            UCHAR Reserved2;
            UCHAR Reserved3;
        } DmaV3;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Start;
            ULONG Length;
            ULONG Reserved;
        } BusNumber;
        struct {
            ULONG DataSize;
            ULONG Reserved1;
            ULONG Reserved2;
        } DeviceSpecificData;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length40;
        } Memory40;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length48;
        } Memory48;
        struct {
            PHYSICAL_ADDRESS Start;
            ULONG Length64;
        } Memory64;
        struct {
            UCHAR Class;
            UCHAR Type;
            UCHAR Reserved1;
            UCHAR Reserved2;
            ULONG IdLowPart;
            ULONG IdHighPart;
        } Connection;
    } u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;

typedef struct _CM_PARTIAL_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    CM_PARTIAL_RESOURCE_DESCRIPTOR PartialDescriptors[1];
} CM_PARTIAL_RESOURCE_LIST, *PCM_PARTIAL_RESOURCE_LIST;

typedef struct _CM_FULL_RESOURCE_DESCRIPTOR {
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    CM_PARTIAL_RESOURCE_LIST PartialResourceList;
} CM_FULL_RESOURCE_DESCRIPTOR, *PCM_FULL_RESOURCE_DESCRIPTOR;

struct _CM_RESOURCE_LIST {
    ULONG Count;
    CM_FULL_RESOURCE_DESCRIPTOR List[1];
};

#pragma pack(pop)

typedef struct _CM_INT13_DRIVE_PARAMETER {
    USHORT DriveSelect;
    ULONG MaxCylinders;
    USHORT SectorsPerTrack;
    USHORT MaxHeads;
    USHORT NumberDrives;
} CM_INT13_DRIVE_PARAMETER, *PCM_INT13_DRIVE_PARAMETER;

/* ---- Resource requirements (IO_RESOURCE_*) ------------------------------------------------------ */
#define IO_RESOURCE_PREFERRED    0x01
#define IO_RESOURCE_DEFAULT      0x02
#define IO_RESOURCE_ALTERNATIVE  0x08

typedef struct _IO_RESOURCE_DESCRIPTOR {
    UCHAR Option;
    UCHAR Type;
    UCHAR ShareDisposition;
    UCHAR Spare1;
    USHORT Flags;
    USHORT Spare2;
    union {
        struct {
            ULONG Length;
            ULONG Alignment;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Port;
        struct {
            ULONG Length;
            ULONG Alignment;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Memory;
        struct {
            ULONG MinimumVector;
            ULONG MaximumVector;
            USHORT AffinityPolicy;
            USHORT Group;
            IRQ_PRIORITY PriorityPolicy;
            KAFFINITY TargetedProcessors;
        } Interrupt;
        struct {
            ULONG MinimumChannel;
            ULONG MaximumChannel;
        } Dma;
        struct {
            ULONG RequestLine;
            ULONG Reserved;
            ULONG Channel;
            ULONG TransferWidth;
        } DmaV3;
        struct {
            ULONG Length;
            ULONG Alignment;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Generic;
        struct {
            ULONG Data[3];
        } DevicePrivate;
        struct {
            ULONG Length;
            ULONG MinBusNumber;
            ULONG MaxBusNumber;
            ULONG Reserved;
        } BusNumber;
        struct {
            ULONG Priority;
            ULONG Reserved1;
            ULONG Reserved2;
        } ConfigData;
        struct {
            ULONG Length40;
            ULONG Alignment40;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Memory40;
        struct {
            ULONG Length48;
            ULONG Alignment48;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Memory48;
        struct {
            ULONG Length64;
            ULONG Alignment64;
            PHYSICAL_ADDRESS MinimumAddress;
            PHYSICAL_ADDRESS MaximumAddress;
        } Memory64;
        struct {
            UCHAR Class;
            UCHAR Type;
            UCHAR Reserved1;
            UCHAR Reserved2;
            ULONG IdLowPart;
            ULONG IdHighPart;
        } Connection;
    } u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;

typedef struct _IO_RESOURCE_LIST {
    USHORT Version;
    USHORT Revision;
    ULONG Count;
    IO_RESOURCE_DESCRIPTOR Descriptors[1];
} IO_RESOURCE_LIST, *PIO_RESOURCE_LIST;

struct _IO_RESOURCE_REQUIREMENTS_LIST {
    ULONG ListSize;
    INTERFACE_TYPE InterfaceType;
    ULONG BusNumber;
    ULONG SlotNumber;
    ULONG Reserved[3];
    ULONG AlternativeLists;
    IO_RESOURCE_LIST List[1];
};

/* ---- PCI configuration space ---------------------------------------------------------------------- */
#define PCI_TYPE0_ADDRESSES  6
#define PCI_TYPE1_ADDRESSES  2
#define PCI_TYPE2_ADDRESSES  5

/* The common header fields, shared by PCI_COMMON_HEADER and PCI_COMMON_CONFIG
   (which embeds them directly so drivers can write Config.VendorID). */
#define _DRVLINT_PCI_COMMON_HEADER_FIELDS \
    USHORT VendorID;                                   \
    USHORT DeviceID;                                   \
    USHORT Command;                                    \
    USHORT Status;                                     \
    UCHAR RevisionID;                                  \
    UCHAR ProgIf;                                      \
    UCHAR SubClass;                                    \
    UCHAR BaseClass;                                   \
    UCHAR CacheLineSize;                               \
    UCHAR LatencyTimer;                                \
    UCHAR HeaderType;                                  \
    UCHAR BIST;                                        \
    union {                                            \
        struct {                                       \
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];  \
            ULONG CIS;                                 \
            USHORT SubVendorID;                        \
            USHORT SubSystemID;                        \
            ULONG ROMBaseAddress;                      \
            UCHAR CapabilitiesPtr;                     \
            UCHAR Reserved1[3];                        \
            ULONG Reserved2;                           \
            UCHAR InterruptLine;                       \
            UCHAR InterruptPin;                        \
            UCHAR MinimumGrant;                        \
            UCHAR MaximumLatency;                      \
        } type0;                                       \
        struct {                                       \
            ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];  \
            UCHAR PrimaryBus;                          \
            UCHAR SecondaryBus;                        \
            UCHAR SubordinateBus;                      \
            UCHAR SecondaryLatency;                    \
            UCHAR IOBase;                              \
            UCHAR IOLimit;                             \
            USHORT SecondaryStatus;                    \
            USHORT MemoryBase;                         \
            USHORT MemoryLimit;                        \
            USHORT PrefetchBase;                       \
            USHORT PrefetchLimit;                      \
            ULONG PrefetchBaseUpper32;                 \
            ULONG PrefetchLimitUpper32;                \
            USHORT IOBaseUpper16;                      \
            USHORT IOLimitUpper16;                     \
            UCHAR CapabilitiesPtr;                     \
            UCHAR Reserved1[3];                        \
            ULONG ROMBaseAddress;                      \
            UCHAR InterruptLine;                       \
            UCHAR InterruptPin;                        \
            USHORT BridgeControl;                      \
        } type1;                                       \
        struct {                                       \
            ULONG SocketRegistersBaseAddress;          \
            UCHAR CapabilitiesPtr;                     \
            UCHAR Reserved;                            \
            USHORT SecondaryStatus;                    \
            UCHAR PrimaryBus;                          \
            UCHAR SecondaryBus;                        \
            UCHAR SubordinateBus;                      \
            UCHAR SecondaryLatency;                    \
            struct {                                   \
                ULONG Base;                            \
                ULONG Limit;                           \
            } Range[PCI_TYPE2_ADDRESSES - 1];          \
            UCHAR InterruptLine;                       \
            UCHAR InterruptPin;                        \
            USHORT BridgeControl;                      \
        } type2;                                       \
    } u;                                               \

typedef struct _PCI_COMMON_HEADER {
    _DRVLINT_PCI_COMMON_HEADER_FIELDS
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

typedef struct _PCI_COMMON_CONFIG {
    _DRVLINT_PCI_COMMON_HEADER_FIELDS
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_EXTENDED_CONFIG_LENGTH 0x1000
#define PCI_MAX_DEVICES     32
#define PCI_MAX_FUNCTION    8
#define PCI_MAX_BRIDGE_NUMBER 0xFF
#define PCI_INVALID_VENDORID 0xFFFF

#define PCI_MULTIFUNCTION           0x80
#define PCI_DEVICE_TYPE             0x00
#define PCI_BRIDGE_TYPE             0x01
#define PCI_CARDBUS_BRIDGE_TYPE     0x02
#define PCI_CONFIGURATION_TYPE(PciData) (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(PciData) \
    ((((PPCI_COMMON_CONFIG)(PciData))->HeaderType & PCI_MULTIFUNCTION) != 0)

#define PCI_ENABLE_IO_SPACE               0x0001
#define PCI_ENABLE_MEMORY_SPACE           0x0002
#define PCI_ENABLE_BUS_MASTER             0x0004
#define PCI_ENABLE_SPECIAL_CYCLES         0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE   0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY                 0x0040
#define PCI_ENABLE_WAIT_CYCLE             0x0080
#define PCI_ENABLE_SERR                   0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK      0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT       0x0400

#define PCI_STATUS_INTERRUPT_PENDING      0x0008
#define PCI_STATUS_CAPABILITIES_LIST      0x0010
#define PCI_STATUS_66MHZ_CAPABLE          0x0020
#define PCI_STATUS_UDF_SUPPORTED          0x0040
#define PCI_STATUS_FAST_BACK_TO_BACK      0x0080
#define PCI_STATUS_DATA_PARITY_DETECTED   0x0100
#define PCI_STATUS_DEVSEL                 0x0600
#define PCI_STATUS_SIGNALED_TARGET_ABORT  0x0800
#define PCI_STATUS_RECEIVED_TARGET_ABORT  0x1000
#define PCI_STATUS_RECEIVED_MASTER_ABORT  0x2000
#define PCI_STATUS_SIGNALED_SYSTEM_ERROR  0x4000
#define PCI_STATUS_DETECTED_PARITY_ERROR  0x8000

#define PCI_WHICHSPACE_CONFIG  0x0
#define PCI_WHICHSPACE_ROM     0x52696350

#define PCI_ADDRESS_IO_SPACE                0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK        0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE     0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK         0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK     0xfffffff0
#define PCI_ADDRESS_ROM_ADDRESS_MASK        0xfffff800
#define PCI_TYPE_32BIT      0
#define PCI_TYPE_20BIT      2
#define PCI_TYPE_64BIT      4
#define PCI_ROMADDRESS_ENABLED 0x00000001

#endif /* _DRVLINT_WDM_CM_H_ */
