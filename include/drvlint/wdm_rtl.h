/*
 * drvlint/wdm_rtl.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Run-time library support: bitmaps, time fields, OS version information,
 * run-once, string hashing, debug-print filter ids, ASSERT and friends,
 * and the Interlocked* names that are not DDI table entries (mapped onto
 * compiler intrinsics). The DDI-table routines (RtlZeroMemory,
 * InterlockedIncrement, DbgPrint ...) are declared by the prototype layer.
 */
#ifndef _DRVLINT_WDM_RTL_H_
#define _DRVLINT_WDM_RTL_H_

/* ---- Bitmaps ------------------------------------------------------------ */
struct _RTL_BITMAP {
    ULONG SizeOfBitMap;
    PULONG Buffer;
};

typedef struct _RTL_BITMAP_RUN {
    ULONG StartingIndex;
    ULONG NumberOfBits;
} RTL_BITMAP_RUN, *PRTL_BITMAP_RUN;

/* ---- Time ------------------------------------------------------------------ */
struct _TIME_FIELDS {
    CSHORT Year;
    CSHORT Month;
    CSHORT Day;
    CSHORT Hour;
    CSHORT Minute;
    CSHORT Second;
    CSHORT Milliseconds;
    CSHORT Weekday;
};


/* ---- OS version information -------------------------------------------------- */
struct _RTL_OSVERSIONINFOW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
};

struct _OSVERSIONINFOEXW {
    ULONG dwOSVersionInfoSize;
    ULONG dwMajorVersion;
    ULONG dwMinorVersion;
    ULONG dwBuildNumber;
    ULONG dwPlatformId;
    WCHAR szCSDVersion[128];
    USHORT wServicePackMajor;
    USHORT wServicePackMinor;
    USHORT wSuiteMask;
    UCHAR wProductType;
    UCHAR wReserved;
};

typedef RTL_OSVERSIONINFOW OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW;
typedef RTL_OSVERSIONINFOEXW OSVERSIONINFOEXW, *POSVERSIONINFOEXW, *LPOSVERSIONINFOEXW;

#define VER_EQUAL                1
#define VER_GREATER              2
#define VER_GREATER_EQUAL        3
#define VER_LESS                 4
#define VER_LESS_EQUAL           5
#define VER_AND                  6
#define VER_OR                   7
#define VER_CONDITION_MASK       7
#define VER_NUM_BITS_PER_CONDITION_MASK 3

#define VER_MINORVERSION         0x0000001
#define VER_MAJORVERSION         0x0000002
#define VER_BUILDNUMBER          0x0000004
#define VER_PLATFORMID           0x0000008
#define VER_SERVICEPACKMINOR     0x0000010
#define VER_SERVICEPACKMAJOR     0x0000020
#define VER_SUITENAME            0x0000040
#define VER_PRODUCT_TYPE         0x0000080

#define VER_NT_WORKSTATION       0x0000001
#define VER_NT_DOMAIN_CONTROLLER 0x0000002
#define VER_NT_SERVER            0x0000003
#define VER_PLATFORM_WIN32s      0
#define VER_PLATFORM_WIN32_WINDOWS 1
#define VER_PLATFORM_WIN32_NT    2

#define VER_SERVER_NT                      0x80000000
#define VER_WORKSTATION_NT                 0x40000000
#define VER_SUITE_SMALLBUSINESS            0x00000001
#define VER_SUITE_ENTERPRISE               0x00000002
#define VER_SUITE_BACKOFFICE               0x00000004
#define VER_SUITE_COMMUNICATIONS           0x00000008
#define VER_SUITE_TERMINAL                 0x00000010
#define VER_SUITE_SMALLBUSINESS_RESTRICTED 0x00000020
#define VER_SUITE_EMBEDDEDNT               0x00000040
#define VER_SUITE_DATACENTER               0x00000080
#define VER_SUITE_SINGLEUSERTS             0x00000100
#define VER_SUITE_PERSONAL                 0x00000200
#define VER_SUITE_BLADE                    0x00000400

/* Support routine behind VER_SET_CONDITION (not a DDI table entry). */
NTSYSAPI ULONGLONG NTAPI VerSetConditionMask(
    _In_ ULONGLONG ConditionMask,
    _In_ ULONG TypeMask,
    _In_ UCHAR Condition);

#define VER_SET_CONDITION(_m_, _t_, _c_) \
    ((_m_) = VerSetConditionMask((_m_), (_t_), (_c_)))

/* ---- Run once ----------------------------------------------------------------- */
#define RTL_RUN_ONCE_INIT             {0}
#define RTL_RUN_ONCE_CHECK_ONLY       0x00000001UL
#define RTL_RUN_ONCE_ASYNC            0x00000002UL
#define RTL_RUN_ONCE_INIT_FAILED      0x00000004UL
#define RTL_RUN_ONCE_CTX_RESERVED_BITS 2

/* ---- String hashing (RtlHashUnicodeString) ---------------------------------------- */
#define HASH_STRING_ALGORITHM_DEFAULT  0
#define HASH_STRING_ALGORITHM_X65599   1
#define HASH_STRING_ALGORITHM_INVALID  0xffffffff

/* ---- Debug print filtering (DbgPrintEx) --------------------------------------------- */
typedef enum _DPFLTR_TYPE {
    DPFLTR_SYSTEM_ID = 0,
    DPFLTR_IHVVIDEO_ID = 78,
    DPFLTR_IHVAUDIO_ID = 79,
    DPFLTR_IHVNETWORK_ID = 80,
    DPFLTR_IHVSTREAMING_ID = 81,
    DPFLTR_IHVBUS_ID = 82,
    DPFLTR_IHVDRIVER_ID = 77,
    DPFLTR_DEFAULT_ID = 101
} DPFLTR_TYPE;

#define DPFLTR_ERROR_LEVEL    0
#define DPFLTR_WARNING_LEVEL  1
#define DPFLTR_TRACE_LEVEL    2
#define DPFLTR_INFO_LEVEL     3
#define DPFLTR_MASK           0x80000000

/* ---- Assertions ----------------------------------------------------------------------- */
/* Support routines behind the assertion and breakpoint macros (not DDI table entries). */
NTSYSAPI VOID NTAPI RtlAssert(
    _In_ PVOID VoidFailedAssertion,
    _In_ PVOID VoidFileName,
    _In_ ULONG LineNumber,
    _In_opt_ PSTR MutableMessage);
NTSYSAPI VOID NTAPI DbgBreakPoint(VOID);
NTSYSAPI VOID NTAPI DbgBreakPointWithStatus(_In_ ULONG Status);

#if defined(DBG) && DBG
#define ASSERT(exp) \
    ((!(exp)) ? (RtlAssert((PVOID)#exp, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(msg, exp) \
    ((!(exp)) ? (RtlAssert((PVOID)#exp, (PVOID)__FILE__, __LINE__, (PCHAR)(msg)), FALSE) : TRUE)
#define RTL_SOFT_ASSERT(exp)        ASSERT(exp)
#define RTL_SOFT_ASSERTMSG(msg, exp) ASSERTMSG(msg, exp)
#define RTL_VERIFY(exp)             ASSERT(exp)
#define RTL_VERIFYMSG(msg, exp)     ASSERTMSG(msg, exp)
#define NT_ASSERT(exp)              ASSERT(exp)
#define NT_ASSERTMSG(msg, exp)      ASSERTMSG(msg, exp)
#define NT_ASSERTMSGW(msg, exp)     ASSERT(exp)
#define NT_VERIFY(exp)              ASSERT(exp)
#define NT_VERIFYMSG(msg, exp)      ASSERTMSG(msg, exp)
#define KdBreakPoint()              DbgBreakPoint()
#define KdBreakPointWithStatus(s)   DbgBreakPointWithStatus(s)
#else
#define ASSERT(exp)                 ((VOID)0)
#define ASSERTMSG(msg, exp)         ((VOID)0)
#define RTL_SOFT_ASSERT(exp)        ((VOID)0)
#define RTL_SOFT_ASSERTMSG(msg, exp) ((VOID)0)
#define RTL_VERIFY(exp)             ((exp) ? TRUE : FALSE)
#define RTL_VERIFYMSG(msg, exp)     ((exp) ? TRUE : FALSE)
#define NT_ASSERT(exp)              ((VOID)0)
#define NT_ASSERTMSG(msg, exp)      ((VOID)0)
#define NT_ASSERTMSGW(msg, exp)     ((VOID)0)
#define NT_VERIFY(exp)              ((exp) ? TRUE : FALSE)
#define NT_VERIFYMSG(msg, exp)      ((exp) ? TRUE : FALSE)
#define KdBreakPoint()              ((VOID)0)
#define KdBreakPointWithStatus(s)   ((VOID)0)
#endif

#define NT_FRE_ASSERT(exp)          ((!(exp)) ? (__debugbreak(), FALSE) : TRUE)
#define DbgRaiseAssertionFailure    __debugbreak

/* ---- Interlocked names that are not DDI table entries ------------------------------------- */
#define InterlockedOr                       _InterlockedOr
#define InterlockedAnd                      _InterlockedAnd
#define InterlockedXor                      _InterlockedXor
#define InterlockedOr8                      _InterlockedOr8
#define InterlockedAnd8                     _InterlockedAnd8
#define InterlockedXor8                     _InterlockedXor8
#define InterlockedOr16                     _InterlockedOr16
#define InterlockedAnd16                    _InterlockedAnd16
#define InterlockedXor16                    _InterlockedXor16
#define InterlockedOr64                     _InterlockedOr64
#define InterlockedAnd64                    _InterlockedAnd64
#define InterlockedXor64                    _InterlockedXor64
#define InterlockedIncrement16              _InterlockedIncrement16
#define InterlockedDecrement16              _InterlockedDecrement16
#define InterlockedCompareExchange16        _InterlockedCompareExchange16
#define InterlockedExchange8                _InterlockedExchange8
#define InterlockedExchange16               _InterlockedExchange16
#define InterlockedIncrement64              _InterlockedIncrement64
#define InterlockedDecrement64              _InterlockedDecrement64
#define InterlockedExchange64               _InterlockedExchange64
#define InterlockedExchangeAdd64            _InterlockedExchangeAdd64
#define InterlockedCompareExchange64        _InterlockedCompareExchange64
#define InterlockedBitTestAndSet            _interlockedbittestandset
#define InterlockedBitTestAndReset          _interlockedbittestandreset
#define InterlockedAdd(Addend, Value)       (_InterlockedExchangeAdd((Addend), (Value)) + (Value))
#define InterlockedAdd64(Addend, Value)     (_InterlockedExchangeAdd64((Addend), (Value)) + (Value))
#define InterlockedIncrementAcquire         _InterlockedIncrement
#define InterlockedIncrementRelease         _InterlockedIncrement
#define InterlockedDecrementAcquire         _InterlockedDecrement
#define InterlockedDecrementRelease         _InterlockedDecrement
#define InterlockedCompareExchangeAcquire   _InterlockedCompareExchange
#define InterlockedCompareExchangeRelease   _InterlockedCompareExchange
#define InterlockedExchangeNoFence          _InterlockedExchange
#define InterlockedIncrementNoFence         _InterlockedIncrement
#define InterlockedDecrementNoFence         _InterlockedDecrement
#if defined(_WIN64)
#define InterlockedExchangeAddSizeT(a, b)   _InterlockedExchangeAdd64((LONG64 volatile *)(a), (LONG64)(b))
#define InterlockedCompareExchangeSizeT(d, e, c) \
    ((SIZE_T)_InterlockedCompareExchange64((LONG64 volatile *)(d), (LONG64)(e), (LONG64)(c)))
#else
#define InterlockedExchangeAddSizeT(a, b)   _InterlockedExchangeAdd((LONG volatile *)(a), (LONG)(b))
#define InterlockedCompareExchangeSizeT(d, e, c) \
    ((SIZE_T)_InterlockedCompareExchange((LONG volatile *)(d), (LONG)(e), (LONG)(c)))
#endif

/* Processor hints and compiler fences */
#define KeMemoryBarrierWithoutFence()  _ReadWriteBarrier()
#if defined(_M_ARM64)
#define YieldProcessor()   __yield()
#define MemoryBarrier()    __dmb(_ARM64_BARRIER_SY)
#else
#define YieldProcessor()   _mm_pause()
#if defined(_M_AMD64)
#define MemoryBarrier()    __faststorefence()
#else
#define MemoryBarrier()    _ReadWriteBarrier()
#endif
#endif
#define PreFetchCacheLine(l, a)
#define ReadForWriteAccess(p)  (*(p))

/* Block-copy names that are plain aliases of DDI routines */
#define RtlCopyBytes   RtlCopyMemory
#define RtlZeroBytes   RtlZeroMemory
#define RtlFillBytes   RtlFillMemory

/* ---- Stack-limit constants ----------------------------------------------------------------- */
#if defined(_WIN64)
#define KERNEL_STACK_SIZE        0x6000
#define KERNEL_LARGE_STACK_SIZE  0xF000
#define KERNEL_LARGE_STACK_COMMIT 0x6000
#define KERNEL_MCA_EXCEPTION_STACK_SIZE 0x2000
#else
#define KERNEL_STACK_SIZE        12288
#define KERNEL_LARGE_STACK_SIZE  61440
#define KERNEL_LARGE_STACK_COMMIT 12288
#endif
#define MAXIMUM_EXPANSION_SIZE   (KERNEL_LARGE_STACK_SIZE - (PAGE_SIZE / 2))

#endif /* _DRVLINT_WDM_RTL_H_ */
