/*
 * drvlint/wdm_ke.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Kernel (Ke) objects: dispatcher header, events, mutexes, semaphores,
 * timers, DPCs, APC state, wait blocks, queues, device queues, queued spin
 * lock handles, floating-point/extended state save areas, bug check and
 * processor-change callback records, client ids and exception records.
 * Layouts follow the documented field order; fields the reference calls
 * opaque are present (so sizes are right) but not meant to be touched.
 */
#ifndef _DRVLINT_WDM_KE_H_
#define _DRVLINT_WDM_KE_H_

/* ---- Dispatcher objects ------------------------------------------------ */
typedef struct _DISPATCHER_HEADER {
    union {
        struct {
            UCHAR Type;
            union {
                UCHAR TimerControlFlags;
                UCHAR Abandoned;
                UCHAR Signalling;
            };
            union {
                UCHAR ThreadControlFlags;
                UCHAR Size;
                UCHAR Hand;
            };
            union {
                UCHAR TimerMiscFlags;
                UCHAR DebugActive;
                UCHAR DpcActive;
            };
        };
        volatile LONG Lock;
        LONG LockNV;
    };
    LONG SignalState;
    LIST_ENTRY WaitListHead;
} DISPATCHER_HEADER, *PDISPATCHER_HEADER;

/* Dispatcher object type codes (DISPATCHER_HEADER.Type) */
typedef enum _KOBJECTS {
    EventNotificationObject = 0,
    EventSynchronizationObject = 1,
    MutantObject = 2,
    ProcessObject = 3,
    QueueObject = 4,
    SemaphoreObject = 5,
    ThreadObject = 6,
    GateObject = 7,
    TimerNotificationObject = 8,
    TimerSynchronizationObject = 9,
    Spare2Object = 10,
    Spare3Object = 11,
    Spare4Object = 12,
    Spare5Object = 13,
    Spare6Object = 14,
    Spare7Object = 15,
    Spare8Object = 16,
    ProfileCallbackObject = 17,
    ApcObject = 18,
    DpcObject = 19,
    DeviceQueueObject = 20,
    PriQueueObject = 21,
    InterruptObject = 22,
    ProfileObject = 23,
    Timer2NotificationObject = 24,
    Timer2SynchronizationObject = 25,
    ThreadedDpcObject = 26,
    MaximumKernelObject = 27
} KOBJECTS;

struct _KEVENT {
    DISPATCHER_HEADER Header;
};

struct _KMUTANT {
    DISPATCHER_HEADER Header;
    LIST_ENTRY MutantListEntry;
    struct _KTHREAD *OwnerThread;
    union {
        UCHAR MutantFlags;
        struct {
            UCHAR Abandoned : 1;
            UCHAR Spare1 : 7;
        };
    };
    UCHAR ApcDisable;
};

struct _KSEMAPHORE {
    DISPATCHER_HEADER Header;
    LONG Limit;
};

struct _KGATE {
    DISPATCHER_HEADER Header;
};

struct _KQUEUE {
    DISPATCHER_HEADER Header;
    LIST_ENTRY EntryListHead;
    volatile ULONG CurrentCount;
    ULONG MaximumCount;
    LIST_ENTRY ThreadListHead;
};

#define EVENT_INCREMENT      1
#define SEMAPHORE_INCREMENT  1
#define MUTANT_INCREMENT     1

/* ---- Timers ---------------------------------------------------------------- */
struct _KTIMER {
    DISPATCHER_HEADER Header;
    ULARGE_INTEGER DueTime;
    LIST_ENTRY TimerListEntry;
    struct _KDPC *Dpc;
#if defined(_WIN64)
    ULONG Processor;
#endif
    ULONG Period;
};

#define TIMER_TOLERABLE_DELAY_BITS      6
#define TIMER_EXPIRED_INDEX_BITS        6
#define TIMER_PROCESSOR_INDEX_BITS      5
#define KTIMER_ACTUAL_LENGTH            (FIELD_OFFSET(KTIMER, Period) + sizeof(LONG))

/* ---- Deferred procedure calls ------------------------------------------------- */
struct _KDPC {
    union {
        ULONG TargetInfoAsUlong;
        struct {
            UCHAR Type;
            UCHAR Importance;
            volatile USHORT Number;
        };
    };
    SINGLE_LIST_ENTRY DpcListEntry;
    KAFFINITY ProcessorHistory;
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    __volatile PVOID DpcData;
};

#define DPC_NORMAL    0
#define DPC_THREADED  1

struct _KDPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
};

/* ---- APCs ------------------------------------------------------------------------ */
struct _KAPC {
    UCHAR Type;
    UCHAR AllFlags;
    UCHAR Size;
    UCHAR SpareByte1;
    ULONG SpareLong0;
    struct _KTHREAD *Thread;
    LIST_ENTRY ApcListEntry;
    PVOID Reserved[3];
    PVOID NormalContext;
    PVOID SystemArgument1;
    PVOID SystemArgument2;
    CCHAR ApcStateIndex;
    KPROCESSOR_MODE ApcMode;
    BOOLEAN Inserted;
};

typedef VOID KNORMAL_ROUTINE(
    _In_opt_ PVOID NormalContext,
    _In_opt_ PVOID SystemArgument1,
    _In_opt_ PVOID SystemArgument2);
typedef KNORMAL_ROUTINE *PKNORMAL_ROUTINE;

/* Saved APC state of a thread attached to another process
   (KeStackAttachProcess). */
struct _KAPC_STATE {
    LIST_ENTRY ApcListHead[MaximumMode];
    struct _KPROCESS *Process;
    union {
        UCHAR InProgressFlags;
        struct {
            BOOLEAN KernelApcInProgress : 1;
            BOOLEAN SpecialApcInProgress : 1;
        };
    };
    BOOLEAN KernelApcPending;
    union {
        BOOLEAN UserApcPendingAll;
        struct {
            BOOLEAN SpecialUserApcPending : 1;
            BOOLEAN UserApcPending : 1;
        };
    };
};

/* ---- Wait blocks ----------------------------------------------------------------- */
struct _KWAIT_BLOCK {
    LIST_ENTRY WaitListEntry;
    UCHAR WaitType;
    volatile UCHAR BlockState;
    USHORT WaitKey;
#if defined(_WIN64)
    LONG SpareLong;
#endif
    union {
        struct _KTHREAD *Thread;
        struct _KQUEUE *NotificationQueue;
        struct _KDPC *Dpc;
    };
    PVOID Object;
    PVOID SparePtr;
};

/* ---- Device queues ----------------------------------------------------------------- */
struct _KDEVICE_QUEUE_ENTRY {
    LIST_ENTRY DeviceListEntry;
    ULONG SortKey;
    BOOLEAN Inserted;
};

struct _KDEVICE_QUEUE {
    CSHORT Type;
    CSHORT Size;
    LIST_ENTRY DeviceListHead;
    KSPIN_LOCK Lock;
#if defined(_WIN64)
    union {
        BOOLEAN Busy;
        struct {
            LONG64 Reserved : 8;
            LONG64 Hint : 56;
        };
    };
#else
    BOOLEAN Busy;
#endif
};

/* ---- Queued spin locks ----------------------------------------------------------------- */
struct _KSPIN_LOCK_QUEUE {
    struct _KSPIN_LOCK_QUEUE * volatile Next;
    PKSPIN_LOCK volatile Lock;
};

/* In-stack queued spin lock handle (KeAcquireInStackQueuedSpinLock). */
struct _KLOCK_QUEUE_HANDLE {
    KSPIN_LOCK_QUEUE LockQueue;
    KIRQL OldIrql;
};

/* ---- Floating point and extended processor state ------------------------------------------ */
#if defined(_M_IX86)
struct _KFLOATING_SAVE {
    ULONG ControlWord;
    ULONG StatusWord;
    ULONG ErrorOffset;
    ULONG ErrorSelector;
    ULONG DataOffset;
    ULONG DataSelector;
    ULONG Spare0;
    ULONG Spare1;
};
#else
struct _KFLOATING_SAVE {
    ULONG Dummy;
};
#endif

typedef struct _XSTATE_CONTEXT {
    ULONG64 Mask;
    ULONG Length;
    UCHAR Flags;
    UCHAR Reserved0[3];
    PVOID Area;
#if defined(_M_IX86)
    ULONG Reserved2;
#endif
    PVOID Buffer;
#if defined(_M_IX86)
    ULONG Reserved3;
#endif
} XSTATE_CONTEXT, *PXSTATE_CONTEXT;

/* Opaque save area for KeSaveExtendedProcessorState. */
struct _XSTATE_SAVE {
    struct _XSTATE_SAVE *Prev;
    struct _KTHREAD *Thread;
    UCHAR Level;
    XSTATE_CONTEXT XStateContext;
};

#define XSTATE_MASK_LEGACY_FLOATING_POINT  (1ULL << 0)
#define XSTATE_MASK_LEGACY_SSE             (1ULL << 1)
#define XSTATE_MASK_LEGACY                 (XSTATE_MASK_LEGACY_FLOATING_POINT | XSTATE_MASK_LEGACY_SSE)
#define XSTATE_MASK_GSSE                   (1ULL << 2)
#define XSTATE_MASK_AVX                    XSTATE_MASK_GSSE

/* ---- Bug check callbacks ---------------------------------------------------------------------- */
struct _KBUGCHECK_CALLBACK_RECORD {
    LIST_ENTRY Entry;
    PKBUGCHECK_CALLBACK_ROUTINE CallbackRoutine;
    PVOID Buffer;
    ULONG Length;
    PUCHAR Component;
    ULONG_PTR Checksum;
    UCHAR State;
};

#define KeInitializeCallbackRecord(CallbackRecord) \
    (CallbackRecord)->State = BufferEmpty

struct _KBUGCHECK_REASON_CALLBACK_RECORD {
    LIST_ENTRY Entry;
    PKBUGCHECK_REASON_CALLBACK_ROUTINE CallbackRoutine;
    PUCHAR Component;
    ULONG_PTR Checksum;
    KBUGCHECK_CALLBACK_REASON Reason;
    UCHAR State;
};

typedef struct _KBUGCHECK_SECONDARY_DUMP_DATA {
    PVOID InBuffer;
    ULONG InBufferLength;
    ULONG MaximumAllowed;
    GUID Guid;
    PVOID OutBuffer;
    ULONG OutBufferLength;
} KBUGCHECK_SECONDARY_DUMP_DATA, *PKBUGCHECK_SECONDARY_DUMP_DATA;

typedef struct _KBUGCHECK_DUMP_IO {
    ULONG64 Offset;
    PVOID Buffer;
    ULONG BufferLength;
    KBUGCHECK_DUMP_IO_TYPE Type;
} KBUGCHECK_DUMP_IO, *PKBUGCHECK_DUMP_IO;

typedef struct _KBUGCHECK_ADD_PAGES {
    PVOID Context;
    ULONG Flags;
    ULONG BugCheckCode;
    ULONG_PTR Address;
    ULONG_PTR Count;
} KBUGCHECK_ADD_PAGES, *PKBUGCHECK_ADD_PAGES;

#define KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS   0x00000001UL
#define KB_ADD_PAGES_FLAG_PHYSICAL_ADDRESS  0x00000002UL
#define KB_ADD_PAGES_FLAG_ADDITIONAL_RANGES_EXIST 0x80000000UL

/* ---- Processor add notifications ------------------------------------------------------------------ */
typedef enum _KE_PROCESSOR_CHANGE_NOTIFY_STATE {
    KeProcessorAddStartNotify = 0,
    KeProcessorAddCompleteNotify,
    KeProcessorAddFailureNotify
} KE_PROCESSOR_CHANGE_NOTIFY_STATE;

struct _KE_PROCESSOR_CHANGE_NOTIFY_CONTEXT {
    KE_PROCESSOR_CHANGE_NOTIFY_STATE State;
    ULONG NtNumber;
    NTSTATUS Status;
    PROCESSOR_NUMBER ProcNumber;
};

typedef _Function_class_(PROCESSOR_CALLBACK_FUNCTION)
_IRQL_requires_same_
VOID
PROCESSOR_CALLBACK_FUNCTION(
    _In_ PVOID CallbackContext,
    _In_ PKE_PROCESSOR_CHANGE_NOTIFY_CONTEXT ChangeContext,
    _Inout_ PNTSTATUS OperationStatus);
typedef PROCESSOR_CALLBACK_FUNCTION *PPROCESSOR_CALLBACK_FUNCTION;

#define KE_PROCESSOR_CHANGE_ADD_EXISTING 1

/* ---- Threads, processes, exceptions ----------------------------------------------------------------- */
struct _CLIENT_ID {
    HANDLE UniqueProcess;
    HANDLE UniqueThread;
};

#define EXCEPTION_MAXIMUM_PARAMETERS 15

struct _EXCEPTION_RECORD {
    NTSTATUS ExceptionCode;
    ULONG ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord;
    PVOID ExceptionAddress;
    ULONG NumberParameters;
    ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
};

struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    PCONTEXT ContextRecord;
};

#define EXCEPTION_NONCONTINUABLE   0x1
#define EXCEPTION_UNWINDING        0x2
#define EXCEPTION_EXIT_UNWIND      0x4
#define EXCEPTION_STACK_INVALID    0x8
#define EXCEPTION_NESTED_CALL      0x10
#define EXCEPTION_TARGET_UNWIND    0x20
#define EXCEPTION_COLLIDED_UNWIND  0x40

/* Processor features for ExIsProcessorFeaturePresent */
#define PF_FLOATING_POINT_PRECISION_ERRATA     0
#define PF_FLOATING_POINT_EMULATED             1
#define PF_COMPARE_EXCHANGE_DOUBLE             2
#define PF_MMX_INSTRUCTIONS_AVAILABLE          3
#define PF_PPC_MOVEMEM_64BIT_OK                4
#define PF_ALPHA_BYTE_INSTRUCTIONS             5
#define PF_XMMI_INSTRUCTIONS_AVAILABLE         6
#define PF_3DNOW_INSTRUCTIONS_AVAILABLE        7
#define PF_RDTSC_INSTRUCTION_AVAILABLE         8
#define PF_PAE_ENABLED                         9
#define PF_XMMI64_INSTRUCTIONS_AVAILABLE       10
#define PF_SSE_DAZ_MODE_AVAILABLE              11
#define PF_NX_ENABLED                          12
#define PF_SSE3_INSTRUCTIONS_AVAILABLE         13
#define PF_COMPARE_EXCHANGE128                 14
#define PF_COMPARE64_EXCHANGE128               15
#define PF_CHANNELS_ENABLED                    16
#define PF_XSAVE_ENABLED                       17
#define PF_ARM_VFP_32_REGISTERS_AVAILABLE      18
#define PF_ARM_NEON_INSTRUCTIONS_AVAILABLE     19
#define PF_SECOND_LEVEL_ADDRESS_TRANSLATION    20
#define PF_VIRT_FIRMWARE_ENABLED               21
#define PF_RDWRFSGSBASE_AVAILABLE              22
#define PF_FASTFAIL_AVAILABLE                  23
#define PF_ARM_DIVIDE_INSTRUCTION_AVAILABLE    24
#define PF_ARM_64BIT_LOADSTORE_ATOMIC          25
#define PF_ARM_EXTERNAL_CACHE_AVAILABLE        26
#define PF_ARM_FMAC_INSTRUCTIONS_AVAILABLE     27
#define PF_RDRAND_INSTRUCTION_AVAILABLE        28
#define PF_ARM_V8_INSTRUCTIONS_AVAILABLE       29
#define PF_ARM_V8_CRYPTO_INSTRUCTIONS_AVAILABLE 30
#define PF_ARM_V8_CRC32_INSTRUCTIONS_AVAILABLE 31
#define PF_RDTSCP_INSTRUCTION_AVAILABLE        32
#define PF_RDPID_INSTRUCTION_AVAILABLE         33
#define PF_ARM_V81_ATOMIC_INSTRUCTIONS_AVAILABLE 34
#define PF_MONITORX_INSTRUCTION_AVAILABLE      35
#define PF_SSSE3_INSTRUCTIONS_AVAILABLE        36
#define PF_SSE4_1_INSTRUCTIONS_AVAILABLE       37
#define PF_SSE4_2_INSTRUCTIONS_AVAILABLE       38
#define PF_AVX_INSTRUCTIONS_AVAILABLE          39
#define PF_AVX2_INSTRUCTIONS_AVAILABLE         40
#define PF_AVX512F_INSTRUCTIONS_AVAILABLE      41


#endif /* _DRVLINT_WDM_KE_H_ */
