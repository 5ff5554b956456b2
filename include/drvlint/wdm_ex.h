/*
 * drvlint/wdm_ex.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Executive (Ex) support: interlocked singly linked lists (SLIST), pool
 * allocation parameters, lookaside lists, fast mutexes / guarded mutexes,
 * ERESOURCE, push locks, executive spin locks, rundown protection, work
 * queue items and the high-resolution executive timer parameters.
 */
#ifndef _DRVLINT_WDM_EX_H_
#define _DRVLINT_WDM_EX_H_

/* ---- Interlocked singly linked lists ----------------------------------- */
#if defined(_WIN64)

typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
    struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;

#if defined(_M_ARM64)
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
    struct {
        ULONGLONG Depth : 16;
        ULONGLONG Sequence : 48;
        ULONGLONG Reserved : 4;
        ULONGLONG NextEntry : 60;
    } HeaderArm64;
} SLIST_HEADER, *PSLIST_HEADER;
#else
typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
    struct {
        ULONGLONG Depth : 16;
        ULONGLONG Sequence : 48;
        ULONGLONG Reserved : 4;
        ULONGLONG NextEntry : 60;
    } HeaderX64;
} SLIST_HEADER, *PSLIST_HEADER;
#endif

#else /* 32-bit */

typedef SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;

typedef union _SLIST_HEADER {
    ULONGLONG Alignment;
    struct {
        SLIST_ENTRY Next;
        USHORT Depth;
        USHORT CpuId;
    };
} SLIST_HEADER, *PSLIST_HEADER;

#endif

/* ---- Pool allocation -------------------------------------------------------- */
typedef enum POOL_EXTENDED_PARAMETER_TYPE {
    PoolExtendedParameterInvalidType = 0,
    PoolExtendedParameterPriority,
    PoolExtendedParameterSecurePool,
    PoolExtendedParameterNumaNode,
    PoolExtendedParameterMax
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;

#define POOL_EXTENDED_PARAMETER_TYPE_BITS    8
#define POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS 1
#define POOL_EXTENDED_PARAMETER_RESERVED_BITS (64 - POOL_EXTENDED_PARAMETER_TYPE_BITS - POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS)
#define SECURE_POOL_FLAGS_NONE        0x0
#define SECURE_POOL_FLAGS_FREEABLE    0x1
#define SECURE_POOL_FLAGS_MODIFIABLE  0x2
#define POOL_CREATE_FLG_SECURE_POOL   0x1
#define POOL_CREATE_FLG_USE_GLOBAL_POOL 0x2
#define POOL_CREATE_FLG_VALID_FLAGS   (POOL_CREATE_FLG_SECURE_POOL | POOL_CREATE_FLG_USE_GLOBAL_POOL)

typedef struct _POOL_EXTENDED_PARAMS_SECURE_POOL {
    HANDLE SecurePoolHandle;
    PVOID Buffer;
    ULONG_PTR Cookie;
    ULONG SecurePoolFlags;
} POOL_EXTENDED_PARAMS_SECURE_POOL;

typedef struct _POOL_EXTENDED_PARAMETER {
    struct {
        ULONG64 Type : POOL_EXTENDED_PARAMETER_TYPE_BITS;
        ULONG64 Optional : POOL_EXTENDED_PARAMETER_REQUIRED_FIELD_BITS;
        ULONG64 Reserved : POOL_EXTENDED_PARAMETER_RESERVED_BITS;
    };
    union {
        ULONG64 Reserved2;
        PVOID Reserved3;
        EX_POOL_PRIORITY Priority;
        POOL_EXTENDED_PARAMS_SECURE_POOL *SecurePoolParams;
        ULONG PreferredNode;
    };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

/* ---- Fast mutexes and guarded mutexes ---------------------------------------------- */
struct _FAST_MUTEX {
    volatile LONG Count;
    PVOID Owner;
    ULONG Contention;
    KEVENT Event;
    ULONG OldIrql;
};

#define FM_LOCK_BIT      0x1
#define FM_LOCK_BIT_V    0x0

/* ---- Lookaside lists ------------------------------------------------------------ */
typedef _Function_class_(ALLOCATE_FUNCTION)
_IRQL_requires_same_
PVOID
NTAPI
ALLOCATE_FUNCTION(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);
typedef ALLOCATE_FUNCTION *PALLOCATE_FUNCTION;

typedef _Function_class_(FREE_FUNCTION)
_IRQL_requires_same_
VOID
NTAPI
FREE_FUNCTION(
    _In_ __drv_freesMem(Mem) PVOID Buffer);
typedef FREE_FUNCTION *PFREE_FUNCTION;

#define _DRVLINT_GENERAL_LOOKASIDE_FIELDS                 \
    union {                                      \
        SLIST_HEADER ListHead;                   \
        SINGLE_LIST_ENTRY SingleListHead;        \
    };                                           \
    USHORT Depth;                                \
    USHORT MaximumDepth;                         \
    ULONG TotalAllocates;                        \
    union {                                      \
        ULONG AllocateMisses;                    \
        ULONG AllocateHits;                      \
    };                                           \
    ULONG TotalFrees;                            \
    union {                                      \
        ULONG FreeMisses;                        \
        ULONG FreeHits;                          \
    };                                           \
    POOL_TYPE Type;                              \
    ULONG Tag;                                   \
    ULONG Size;                                  \
    union {                                      \
        PALLOCATE_FUNCTION_EX AllocateEx;        \
        PALLOCATE_FUNCTION Allocate;             \
    };                                           \
    union {                                      \
        PFREE_FUNCTION_EX FreeEx;                \
        PFREE_FUNCTION Free;                     \
    };                                           \
    LIST_ENTRY ListEntry;                        \
    ULONG LastTotalAllocates;                    \
    union {                                      \
        ULONG LastAllocateMisses;                \
        ULONG LastAllocateHits;                  \
    };                                           \
    ULONG Future[2];

typedef struct DECLSPEC_CACHEALIGN _GENERAL_LOOKASIDE {
    _DRVLINT_GENERAL_LOOKASIDE_FIELDS
} GENERAL_LOOKASIDE, *PGENERAL_LOOKASIDE;

typedef struct _GENERAL_LOOKASIDE_POOL {
    _DRVLINT_GENERAL_LOOKASIDE_FIELDS
} GENERAL_LOOKASIDE_POOL, *PGENERAL_LOOKASIDE_POOL;

struct _LOOKASIDE_LIST_EX {
    GENERAL_LOOKASIDE_POOL L;
};

struct DECLSPEC_CACHEALIGN _NPAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
#if defined(_M_IX86)
    KSPIN_LOCK Lock__ObsoleteButDoNotDelete;
#endif
};

struct DECLSPEC_CACHEALIGN _PAGED_LOOKASIDE_LIST {
    GENERAL_LOOKASIDE L;
#if defined(_M_IX86)
    FAST_MUTEX Lock__ObsoleteButDoNotDelete;
#endif
};

#define LOOKASIDE_MINIMUM_BLOCK_SIZE  (RTL_SIZEOF_THROUGH_FIELD(SLIST_ENTRY, Next))
#define EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL   0x00000001UL
#define EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE   0x00000002UL
#define EX_MAXIMUM_LOOKASIDE_DEPTH_BASE   256
#define EX_MAXIMUM_LOOKASIDE_DEPTH_LIMIT  1024

/* ---- Executive resources --------------------------------------------------------------- */
typedef struct _OWNER_ENTRY {
    ERESOURCE_THREAD OwnerThread;
    union {
        struct {
            ULONG IoPriorityBoosted : 1;
            ULONG OwnerReferenced : 1;
            ULONG IoQoSPriorityBoosted : 1;
            ULONG OwnerCount : 29;
        };
        ULONG TableSize;
    };
} OWNER_ENTRY, *POWNER_ENTRY;

struct _ERESOURCE {
    LIST_ENTRY SystemResourcesList;
    POWNER_ENTRY OwnerTable;
    SHORT ActiveCount;
    union {
        USHORT Flag;
        struct {
            UCHAR ReservedLowFlags;
            UCHAR WaiterPriority;
        };
    };
    PKSEMAPHORE volatile SharedWaiters;
    PKEVENT volatile ExclusiveWaiters;
    OWNER_ENTRY OwnerEntry;
    ULONG ActiveEntries;
    ULONG ContentionCount;
    ULONG NumberOfSharedWaiters;
    ULONG NumberOfExclusiveWaiters;
#if defined(_WIN64)
    PVOID Reserved2;
#endif
    union {
        PVOID Address;
        ULONG_PTR CreatorBackTraceIndex;
    };
    KSPIN_LOCK SpinLock;
};

#define ResourceNeverExclusive        0x0010
#define ResourceReleaseByOtherThread  0x0020
#define ResourceOwnedExclusive        0x0080
#define RESOURCE_HASH_TABLE_SIZE      64

/* ---- Push locks, executive spin locks, rundown protection -------------------------------- */
typedef ULONG_PTR EX_PUSH_LOCK, *PEX_PUSH_LOCK;

/* Trivial initializer (not part of the DDI table). */
static __inline VOID ExInitializePushLock(_Out_ PEX_PUSH_LOCK PushLock)
{
    *PushLock = 0;
}

typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;

struct _EX_RUNDOWN_REF {
    union {
        volatile ULONG_PTR Count;
        volatile PVOID Ptr;
    };
};

/* ---- Work items --------------------------------------------------------------------------- */
struct _WORK_QUEUE_ITEM {
    LIST_ENTRY List;
    PWORKER_THREAD_ROUTINE WorkerRoutine;
    __volatile PVOID Parameter;
};

/* ---- Executive timers (ExAllocateTimer / ExSetTimer) ---------------------------------------- */
#define EX_TIMER_HIGH_RESOLUTION        0x4
#define EX_TIMER_NO_WAKE                0x8
#define EX_TIMER_UNLIMITED_TOLERANCE    ((LONGLONG)-1)

typedef struct _EXT_SET_PARAMETERS_V0 {
    ULONG Version;
    ULONG Reserved;
    LONGLONG NoWakeTolerance;
} EXT_SET_PARAMETERS, *PEXT_SET_PARAMETERS;

typedef struct _EXT_DELETE_PARAMETERS {
    ULONG Version;
    ULONG Reserved;
    PEXT_DELETE_CALLBACK DeleteCallback;
    PVOID DeleteContext;
} EXT_DELETE_PARAMETERS, *PEXT_DELETE_PARAMETERS;

typedef struct _EXT_CANCEL_PARAMETERS *PEXT_CANCEL_PARAMETERS;

/* Trivial initializers (not part of the DDI table). */
static __inline VOID ExInitializeSetTimerParameters(_Out_ PEXT_SET_PARAMETERS Parameters)
{
    Parameters->Version = 0;
    Parameters->Reserved = 0;
    Parameters->NoWakeTolerance = 0;
}

static __inline VOID ExInitializeDeleteTimerParameters(_Out_ PEXT_DELETE_PARAMETERS Parameters)
{
    Parameters->Version = 0;
    Parameters->Reserved = 0;
    Parameters->DeleteCallback = NULL;
    Parameters->DeleteContext = NULL;
}

/* ---- Callback objects -------------------------------------------------------------------------- */
/* (PCALLBACK_OBJECT and CALLBACK_FUNCTION are declared in wdm_base.h / wdm_roles.h.) */

/* ---- Obsolete Ex names still seen in driver code ------------------------------------------------- */
#define ExReleaseResource(R)            (ExReleaseResourceLite(R))
#define ExInitializeSListHead           InitializeSListHead

#endif /* _DRVLINT_WDM_EX_H_ */
