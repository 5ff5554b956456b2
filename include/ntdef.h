/*
 * ntdef.h - drvlint's clean-room model of the basic NT types.
 *
 * Scalar types (LLP64: LONG/ULONG are 32 bits), pointer-sized integers,
 * calling-convention and declspec macros, LARGE_INTEGER, lists, counted
 * strings, OBJECT_ATTRIBUTES and the small utility macros every kernel
 * header builds on. Status codes live in ntstatus.h.
 *
 * NT_SUCCESS / NT_INFORMATION / NT_WARNING / NT_ERROR are deliberately NOT
 * macros here: the DDI prototype layer (drvlint/ddi_wdm.h) declares them as
 * functions so that the analyzer sees each status test as a call.
 */
#ifndef _NTDEF_
#define _NTDEF_
#define _DRVLINT_NTDEF_H_

#include <sdkddkver.h>
#include <stddef.h>
#include <excpt.h>
#include <sal.h>

/* ---- Architecture ----------------------------------------------------- */
#if defined(_M_AMD64) || defined(_M_X64)
#  ifndef _AMD64_
#    define _AMD64_
#  endif
#elif defined(_M_IX86)
#  ifndef _X86_
#    define _X86_
#  endif
#elif defined(_M_ARM64)
#  ifndef _ARM64_
#    define _ARM64_
#  endif
#elif defined(_M_ARM)
#  ifndef _ARM_
#    define _ARM_
#  endif
#endif

#ifndef _WIN32
#  define _WIN32 1
#endif

/* ---- Calling conventions and storage classes -------------------------- */
#if defined(_M_IX86)
#  define NTAPI      __stdcall
#  define FASTCALL   __fastcall
#else
#  define NTAPI
#  define FASTCALL
#endif
#define NTAPI_INLINE     NTAPI
#define CALLBACK         NTAPI
#define WINAPI           NTAPI
#define STDMETHODCALLTYPE NTAPI
#ifndef _cdecl
#  define _cdecl __cdecl
#endif
#define CDECL            __cdecl

#define DECLSPEC_IMPORT          __declspec(dllimport)
#define DECLSPEC_EXPORT          __declspec(dllexport)
#define DECLSPEC_NORETURN        __declspec(noreturn)
#define DECLSPEC_NOTHROW         __declspec(nothrow)
#define DECLSPEC_ALIGN(x)        __declspec(align(x))
#define DECLSPEC_NOINLINE        __declspec(noinline)
#define DECLSPEC_SELECTANY       __declspec(selectany)
#define DECLSPEC_NOVTABLE        __declspec(novtable)
#define DECLSPEC_UUID(x)
#define DECLSPEC_ADDRSAFE
#define DECLSPEC_SAFEBUFFERS     __declspec(safebuffers)
#define DECLSPEC_GUARDNOCF       __declspec(guard(nocf))
#define DECLSPEC_GUARD_SUPPRESS
#define DECLSPEC_CHPE_GUEST
#define DECLSPEC_CHPE_PATCHABLE
#define DECLSPEC_RESTRICT        __declspec(restrict)
#define DECLSPEC_DEPRECATED      __declspec(deprecated)
#define DEPRECATE_SUPPORTED
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK_WIN2K
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define DECLSPEC_NOINITALL
#define DECLSPEC_HOTPATCH
#define DECLSPEC_ALLOCATOR       __declspec(allocator)
#define DECLSPEC_NO_SANITIZE_ADDRESS

#define FORCEINLINE              __forceinline
#define NTAPI_INLINE_FORCEINLINE FORCEINLINE
#define CFORCEINLINE             FORCEINLINE

#ifndef NTSYSAPI
#  define NTSYSAPI       DECLSPEC_IMPORT
#  define NTSYSCALLAPI   DECLSPEC_IMPORT
#endif
#ifndef NTKERNELAPI
#  define NTKERNELAPI    DECLSPEC_IMPORT
#endif
#ifndef NTHALAPI
#  define NTHALAPI       DECLSPEC_IMPORT
#endif
#define NTPSHEDAPI       DECLSPEC_IMPORT

#define EXTERN_C         extern
#define EXTERN_C_START
#define EXTERN_C_END

#ifndef VOID
#  define VOID void
#endif
#define CONST            const
#ifndef IN
#  define IN
#  define OUT
#  define OPTIONAL
#endif
#define RESTRICTED_POINTER
#define NOTHING

#if defined(_WIN64)
#  define UNALIGNED   __unaligned
#  define UNALIGNED64 __unaligned
#else
#  define UNALIGNED
#  define UNALIGNED64
#endif

#define POINTER_32      __ptr32
#define POINTER_64      __ptr64
#define FIRMWARE_PTR
#define POINTER_SIGNED  __sptr
#define POINTER_UNSIGNED __uptr
#define SPOINTER_32     POINTER_SIGNED POINTER_32
#define UPOINTER_32     POINTER_UNSIGNED POINTER_32

#if defined(_WIN64)
#  define POINTER_ALIGNMENT DECLSPEC_ALIGN(8)
#  define MEMORY_ALLOCATION_ALIGNMENT 16
#else
#  define POINTER_ALIGNMENT
#  define MEMORY_ALLOCATION_ALIGNMENT 8
#endif

#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(SYSTEM_CACHE_ALIGNMENT_SIZE)

/* ---- Scalar types ----------------------------------------------------- */
typedef void *PVOID;
typedef void * POINTER_64 PVOID64;
typedef const void *PCVOID;

typedef char CHAR;
typedef short SHORT;
typedef long LONG;
typedef int INT;
typedef unsigned int UINT;
typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef unsigned long ULONG;
typedef signed char SCHAR;
typedef wchar_t WCHAR;
typedef double DOUBLE;
typedef float FLOAT;

typedef CHAR *PCHAR, *LPCH, *PCH;
typedef const CHAR *LPCCH, *PCCH;
typedef SHORT *PSHORT;
typedef LONG *PLONG;
typedef INT *PINT;
typedef UINT *PUINT;
typedef UCHAR *PUCHAR;
typedef USHORT *PUSHORT;
typedef ULONG *PULONG;
typedef SCHAR *PSCHAR;
typedef DOUBLE *PDOUBLE;

typedef WCHAR *PWCHAR, *LPWCH, *PWCH;
typedef const WCHAR *LPCWCH, *PCWCH;
typedef WCHAR *NWPSTR, *LPWSTR, *PWSTR;
typedef PWSTR *PZPWSTR;
typedef const PWSTR *PCZPWSTR;
typedef WCHAR UNALIGNED *LPUWSTR, *PUWSTR;
typedef const WCHAR *LPCWSTR, *PCWSTR;
typedef PCWSTR *PZPCWSTR;
typedef const WCHAR UNALIGNED *LPCUWSTR, *PCUWSTR;
typedef WCHAR *PZZWSTR;
typedef const WCHAR *PCZZWSTR;
typedef WCHAR UNALIGNED *PUZZWSTR;
typedef const WCHAR UNALIGNED *PCUZZWSTR;
typedef WCHAR *PNZWCH;
typedef const WCHAR *PCNZWCH;

typedef CHAR *NPSTR, *LPSTR, *PSTR;
typedef PSTR *PZPSTR;
typedef const PSTR *PCZPSTR;
typedef const CHAR *LPCSTR, *PCSTR;
typedef PCSTR *PZPCSTR;
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;
typedef CHAR *PNZCH;
typedef const CHAR *PCNZCH;
typedef CHAR *PSZ;
typedef const CHAR *PCSZ;

typedef __int64 LONGLONG;
typedef unsigned __int64 ULONGLONG;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef LONGLONG USN;

typedef UCHAR BOOLEAN;
typedef BOOLEAN *PBOOLEAN;
typedef ULONG LOGICAL;
typedef ULONG *PLOGICAL;
typedef int BOOL;
typedef BOOL *PBOOL;

typedef UCHAR BYTE;
typedef BYTE *PBYTE, *LPBYTE;
typedef USHORT WORD;
typedef WORD *PWORD, *LPWORD;
typedef ULONG DWORD;
typedef DWORD *PDWORD, *LPDWORD;
typedef ULONGLONG DWORDLONG;
typedef DWORDLONG *PDWORDLONG;
typedef ULONGLONG QWORD;

typedef char CCHAR;
typedef short CSHORT;
typedef ULONG CLONG;
typedef CCHAR *PCCHAR;
typedef CSHORT *PCSHORT;
typedef CLONG *PCLONG;

typedef signed char INT8, *PINT8;
typedef signed short INT16, *PINT16;
typedef signed int INT32, *PINT32;
typedef signed __int64 INT64, *PINT64;
typedef unsigned char UINT8, *PUINT8;
typedef unsigned short UINT16, *PUINT16;
typedef unsigned int UINT32, *PUINT32;
typedef unsigned __int64 UINT64, *PUINT64;
typedef signed int LONG32, *PLONG32;
typedef unsigned int ULONG32, *PULONG32;
typedef unsigned int DWORD32, *PDWORD32;
typedef __int64 LONG64, *PLONG64;
typedef unsigned __int64 ULONG64, *PULONG64;
typedef unsigned __int64 DWORD64, *PDWORD64;

#if defined(_WIN64)
typedef __int64 INT_PTR, *PINT_PTR;
typedef unsigned __int64 UINT_PTR, *PUINT_PTR;
typedef __int64 LONG_PTR, *PLONG_PTR;
typedef unsigned __int64 ULONG_PTR, *PULONG_PTR;
typedef int HALF_PTR, *PHALF_PTR;
typedef unsigned int UHALF_PTR, *PUHALF_PTR;
#else
typedef int INT_PTR, *PINT_PTR;
typedef unsigned int UINT_PTR, *PUINT_PTR;
typedef long LONG_PTR, *PLONG_PTR;
typedef unsigned long ULONG_PTR, *PULONG_PTR;
typedef short HALF_PTR, *PHALF_PTR;
typedef unsigned short UHALF_PTR, *PUHALF_PTR;
#endif

typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;
typedef ULONG_PTR DWORD_PTR, *PDWORD_PTR;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;

typedef PVOID HANDLE;
typedef HANDLE *PHANDLE;
#define DECLARE_HANDLE(name) struct name##__ { int unused; }; typedef struct name##__ *name

typedef LONG HRESULT;
typedef LONG NTSTATUS;
typedef NTSTATUS *PNTSTATUS;
typedef ULONG LCID, *PLCID;
typedef USHORT LANGID;
typedef ULONG EXECUTION_STATE, *PEXECUTION_STATE;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;

#define FALSE 0
#define TRUE  1

#ifndef NULL
#  define NULL ((void *)0)
#endif
#define NULL64 ((void * POINTER_64)0)

#define ANYSIZE_ARRAY 1

/* ---- Numeric limits ---------------------------------------------------- */
#define MINCHAR     0x80
#define MAXCHAR     0x7f
#define MINSHORT    0x8000
#define MAXSHORT    0x7fff
#define MINLONG     0x80000000
#define MAXLONG     0x7fffffff
#define MAXUCHAR    0xff
#define MAXUSHORT   0xffff
#define MAXULONG    0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MAXULONGLONG (0xffffffffffffffffULL)

#define MAXUINT8    ((UINT8)~((UINT8)0))
#define MAXINT8     ((INT8)(MAXUINT8 >> 1))
#define MININT8     ((INT8)~MAXINT8)
#define MAXUINT16   ((UINT16)~((UINT16)0))
#define MAXINT16    ((INT16)(MAXUINT16 >> 1))
#define MININT16    ((INT16)~MAXINT16)
#define MAXUINT32   ((UINT32)~((UINT32)0))
#define MAXINT32    ((INT32)(MAXUINT32 >> 1))
#define MININT32    ((INT32)~MAXINT32)
#define MAXUINT64   ((UINT64)~((UINT64)0))
#define MAXINT64    ((INT64)(MAXUINT64 >> 1))
#define MININT64    ((INT64)~MAXINT64)
#define MAXULONG32  ((ULONG32)~((ULONG32)0))
#define MAXLONG32   ((LONG32)(MAXULONG32 >> 1))
#define MINLONG32   ((LONG32)~MAXLONG32)
#define MAXULONG64  ((ULONG64)~((ULONG64)0))
#define MAXLONG64   ((LONG64)(MAXULONG64 >> 1))
#define MINLONG64   ((LONG64)~MAXLONG64)
#define MAXUINT     ((UINT)~((UINT)0))
#define MAXINT      ((INT)(MAXUINT >> 1))
#define MININT      ((INT)~MAXINT)
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR  ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MINLONG_PTR  (~MAXLONG_PTR)
#define MAXUINT_PTR  (~((UINT_PTR)0))
#define MAXINT_PTR   ((INT_PTR)(MAXUINT_PTR >> 1))
#define MININT_PTR   (~MAXINT_PTR)
#define MAXSIZE_T    ((SIZE_T)~((SIZE_T)0))
#define MAXSSIZE_T   ((SSIZE_T)(MAXSIZE_T >> 1))
#define MINSSIZE_T   ((SSIZE_T)~MAXSSIZE_T)

/* ---- 64-bit integers split in halves ---------------------------------- */
typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct _LUID {
    ULONG LowPart;
    LONG HighPart;
} LUID, *PLUID;

typedef struct _FLOAT128 {
    __int64 LowPart;
    __int64 HighPart;
} FLOAT128, *PFLOAT128;

/* ---- GUIDs --------------------------------------------------------------- */
#include <guiddef.h>

typedef struct _OBJECTID {
    GUID Lineage;
    ULONG Uniquifier;
} OBJECTID;

/* ---- Utility macros ----------------------------------------------------- */
#define FIELD_OFFSET(type, field)      ((LONG)__builtin_offsetof(type, field))
#define UFIELD_OFFSET(type, field)     ((ULONG)__builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field)    (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) \
    (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(Struct, Size, Field) \
    ((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <= (((PCHAR)(Struct)) + (Size)))
#define RTL_FIELD_TYPE(type, field)    (((type *)0)->field)
#define RTL_NUMBER_OF_V1(A)            (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V2(A)            RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF(A)               RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_TYPE(type, field)))
#define ARRAYSIZE(A)                   RTL_NUMBER_OF_V2(A)
#define _ARRAYSIZE(A)                  RTL_NUMBER_OF_V1(A)
#define RTL_BITS_OF(sizeOfArg)         (sizeof(sizeOfArg) * 8)
#define RTL_BITS_OF_FIELD(type, field) (RTL_BITS_OF(RTL_FIELD_TYPE(type, field)))
#define RTL_PADDING_BETWEEN_FIELDS(T, F1, F2) \
    ((FIELD_OFFSET(T, F2) > FIELD_OFFSET(T, F1)) \
        ? (FIELD_OFFSET(T, F2) - FIELD_OFFSET(T, F1) - RTL_FIELD_SIZE(T, F1)) \
        : (FIELD_OFFSET(T, F1) - FIELD_OFFSET(T, F2) - RTL_FIELD_SIZE(T, F2)))

#define CONTAINING_RECORD(address, type, field) \
    ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))

#define TYPE_ALIGNMENT(t)  __alignof(t)
#if defined(_WIN64)
#  define PROBE_ALIGNMENT(_s) TYPE_ALIGNMENT(ULONG)
#  define PROBE_ALIGNMENT32(_s) TYPE_ALIGNMENT(ULONG)
#else
#  define PROBE_ALIGNMENT(_s) TYPE_ALIGNMENT(ULONG)
#endif

#define ALIGN_DOWN_BY(length, alignment) \
    ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) \
    (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER_BY(address, alignment) \
    ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment) - 1)))
#define ALIGN_UP_POINTER_BY(address, alignment) \
    (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment) - 1), alignment))
#define ALIGN_DOWN(length, type)          ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type)            ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_DOWN_POINTER(address, type) ALIGN_DOWN_POINTER_BY(address, sizeof(type))
#define ALIGN_UP_POINTER(address, type)   ALIGN_UP_POINTER_BY(address, sizeof(type))
#define IS_ALIGNED(value, alignment)      (((ULONG_PTR)(value) & ((alignment) - 1)) == 0)

#define UNREFERENCED_PARAMETER(P)          ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P)      ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define UNREFERENCED_LOCAL_VARIABLE(V)     ((void)(V))

#define C_ASSERT(e) _Static_assert(e, #e)

#define RTL_CONST_CAST(type) (type)
#define NOP_FUNCTION ((void)0)

#define BitTest       _bittest
#define BitTestAndComplement _bittestandcomplement
#define BitTestAndSet _bittestandset
#define BitTestAndReset _bittestandreset
#if defined(_WIN64)
#  define BitTest64   _bittest64
#  define BitTestAndSet64 _bittestandset64
#  define BitTestAndReset64 _bittestandreset64
#  define BitTestAndComplement64 _bittestandcomplement64
#endif
#define BitScanForward _BitScanForward
#define BitScanReverse _BitScanReverse
#if defined(_WIN64)
#  define BitScanForward64 _BitScanForward64
#  define BitScanReverse64 _BitScanReverse64
#endif

#ifndef NOMINMAX
#  ifndef min
#    define min(a, b) (((a) < (b)) ? (a) : (b))
#  endif
#  ifndef max
#    define max(a, b) (((a) > (b)) ? (a) : (b))
#  endif
#endif

#define MAKEWORD(a, b)  ((WORD)(((BYTE)(((DWORD_PTR)(a)) & 0xff)) | ((WORD)((BYTE)(((DWORD_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b)  ((LONG)(((WORD)(((DWORD_PTR)(a)) & 0xffff)) | ((DWORD)((WORD)(((DWORD_PTR)(b)) & 0xffff))) << 16))
#define LOWORD(l)       ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#define HIWORD(l)       ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#define LOBYTE(w)       ((BYTE)(((DWORD_PTR)(w)) & 0xff))
#define HIBYTE(w)       ((BYTE)((((DWORD_PTR)(w)) >> 8) & 0xff))

#define Int32x32To64(a, b)   (((__int64)((long)(a))) * ((__int64)((long)(b))))
#define UInt32x32To64(a, b)  (((unsigned __int64)((unsigned int)(a))) * ((unsigned __int64)((unsigned int)(b))))
#define Int64ShllMod32(a, b) (((unsigned __int64)(a)) << (b))
#define Int64ShraMod32(a, b) (((__int64)(a)) >> (b))
#define Int64ShrlMod32(a, b) (((unsigned __int64)(a)) >> (b))

/* Pointer <-> integer conversions */
#define HandleToULong(h)   ((ULONG)(ULONG_PTR)(h))
#define HandleToLong(h)    ((LONG)(LONG_PTR)(h))
#define ULongToHandle(ul)  ((HANDLE)(ULONG_PTR)(ul))
#define LongToHandle(h)    ((HANDLE)(LONG_PTR)(h))
#define PtrToUlong(p)      ((ULONG)(ULONG_PTR)(p))
#define PtrToLong(p)       ((LONG)(LONG_PTR)(p))
#define PtrToUint(p)       ((UINT)(UINT_PTR)(p))
#define PtrToInt(p)        ((INT)(INT_PTR)(p))
#define PtrToUshort(p)     ((unsigned short)(ULONG_PTR)(p))
#define PtrToShort(p)      ((short)(LONG_PTR)(p))
#define IntToPtr(i)        ((VOID *)(INT_PTR)((int)(i)))
#define UIntToPtr(ui)      ((VOID *)(UINT_PTR)((unsigned int)(ui)))
#define LongToPtr(l)       ((VOID *)(LONG_PTR)((long)(l)))
#define ULongToPtr(ul)     ((VOID *)(ULONG_PTR)((unsigned long)(ul)))
#define PtrToPtr64(p)      ((void * POINTER_64)(p))
#define Ptr64ToPtr(p)      ((void *)(p))
#define HandleToHandle64(h) PtrToPtr64(h)
#define Handle64ToHandle(h) Ptr64ToPtr(h)

/* ---- Doubly and singly linked lists ------------------------------------ */
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _LIST_ENTRY32 {
    ULONG Flink;
    ULONG Blink;
} LIST_ENTRY32, *PLIST_ENTRY32;

typedef struct _LIST_ENTRY64 {
    ULONGLONG Flink;
    ULONGLONG Blink;
} LIST_ENTRY64, *PLIST_ENTRY64;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY32 {
    ULONG Next;
} SINGLE_LIST_ENTRY32, *PSINGLE_LIST_ENTRY32;

/* ---- Counted strings ----------------------------------------------------- */
typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const OEM_STRING *PCOEM_STRING;
typedef STRING CANSI_STRING;
typedef PSTRING PCANSI_STRING;

typedef struct _CSTRING {
    USHORT Length;
    USHORT MaximumLength;
    const CHAR *Buffer;
} CSTRING, *PCSTRING;

typedef struct _STRING32 {
    USHORT Length;
    USHORT MaximumLength;
    ULONG Buffer;
} STRING32, *PSTRING32, UNICODE_STRING32, *PUNICODE_STRING32, ANSI_STRING32, *PANSI_STRING32;

typedef struct _STRING64 {
    USHORT Length;
    USHORT MaximumLength;
    ULONGLONG Buffer;
} STRING64, *PSTRING64, UNICODE_STRING64, *PUNICODE_STRING64, ANSI_STRING64, *PANSI_STRING64;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

#define UNICODE_NULL  ((WCHAR)0)
#define ANSI_NULL     ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)

#define RTL_CONSTANT_STRING(s) { sizeof(s) - sizeof((s)[0]), sizeof(s), s }

#define DECLARE_CONST_UNICODE_STRING(_var, _string) \
    const WCHAR _var##_buffer[] = _string; \
    const UNICODE_STRING _var = { sizeof(_string) - sizeof(WCHAR), sizeof(_string), (PWCH)_var##_buffer }

#ifdef __cplusplus
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _str) \
    extern const DECLSPEC_SELECTANY UNICODE_STRING _var = \
        { sizeof(_str) - sizeof(WCHAR), sizeof(_str), (PWCH)(_str) }
#else
#define DECLARE_GLOBAL_CONST_UNICODE_STRING(_var, _str) \
    const DECLSPEC_SELECTANY UNICODE_STRING _var = RTL_CONSTANT_STRING(_str)
#endif

#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
    WCHAR _var##_buffer[_size]; \
    UNICODE_STRING _var = { 0, (_size) * sizeof(WCHAR), _var##_buffer }

/* ---- Object attributes ---------------------------------------------------- */
#define OBJ_INHERIT                        0x00000002L
#define OBJ_PERMANENT                      0x00000010L
#define OBJ_EXCLUSIVE                      0x00000020L
#define OBJ_CASE_INSENSITIVE               0x00000040L
#define OBJ_OPENIF                         0x00000080L
#define OBJ_OPENLINK                       0x00000100L
#define OBJ_KERNEL_HANDLE                  0x00000200L
#define OBJ_FORCE_ACCESS_CHECK             0x00000400L
#define OBJ_IGNORE_IMPERSONATED_DEVICEMAP  0x00000800L
#define OBJ_DONT_REPARSE                   0x00001000L
#define OBJ_VALID_ATTRIBUTES               0x00001FF2L

typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

typedef struct _OBJECT_ATTRIBUTES32 {
    ULONG Length;
    ULONG RootDirectory;
    ULONG ObjectName;
    ULONG Attributes;
    ULONG SecurityDescriptor;
    ULONG SecurityQualityOfService;
} OBJECT_ATTRIBUTES32, *POBJECT_ATTRIBUTES32;

typedef struct _OBJECT_ATTRIBUTES64 {
    ULONG Length;
    ULONG64 RootDirectory;
    ULONG64 ObjectName;
    ULONG Attributes;
    ULONG64 SecurityDescriptor;
    ULONG64 SecurityQualityOfService;
} OBJECT_ATTRIBUTES64, *POBJECT_ATTRIBUTES64;

/* A statement block, as drivers expect (they write it followed by ';'). */
#define InitializeObjectAttributes(p, n, a, r, s) { \
    (p)->Length = sizeof(OBJECT_ATTRIBUTES);        \
    (p)->RootDirectory = (r);                       \
    (p)->Attributes = (a);                          \
    (p)->ObjectName = (n);                          \
    (p)->SecurityDescriptor = (s);                  \
    (p)->SecurityQualityOfService = NULL;           \
}

#define RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a) \
    { sizeof(OBJECT_ATTRIBUTES), NULL, RTL_CONST_CAST(PUNICODE_STRING)(n), a, NULL, NULL }
#define RTL_INIT_OBJECT_ATTRIBUTES(n, a) RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a)

/* ---- Small enums shared by many headers -------------------------------------- */
typedef enum _EVENT_TYPE {
    NotificationEvent,
    SynchronizationEvent
} EVENT_TYPE;

typedef enum _TIMER_TYPE {
    NotificationTimer,
    SynchronizationTimer
} TIMER_TYPE;

typedef enum _WAIT_TYPE {
    WaitAll,
    WaitAny,
    WaitNotification,
    WaitDequeue,
    WaitDpc
} WAIT_TYPE;

typedef enum _NT_PRODUCT_TYPE {
    NtProductWinNt = 1,
    NtProductLanManNt,
    NtProductServer
} NT_PRODUCT_TYPE, *PNT_PRODUCT_TYPE;

typedef enum _SUITE_TYPE {
    SmallBusiness,
    Enterprise,
    BackOffice,
    CommunicationServer,
    TerminalServer,
    SmallBusinessRestricted,
    EmbeddedNT,
    DataCenter,
    SingleUserTS,
    Personal,
    Blade,
    EmbeddedRestricted,
    SecurityAppliance,
    StorageServer,
    ComputeServer,
    WHServer,
    PhoneNT,
    MultiUserTS,
    MaxSuiteType
} SUITE_TYPE;

/* ---- Processor groups ----------------------------------------------------------- */
typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

#define ALL_PROCESSOR_GROUPS 0xffff

/* Language identifiers (only the ones kernel code uses) */
#define MAKELANGID(p, s)      ((((USHORT)(s)) << 10) | (USHORT)(p))
#define PRIMARYLANGID(lgid)   ((USHORT)(lgid) & 0x3ff)
#define SUBLANGID(lgid)       ((USHORT)(lgid) >> 10)
#define LANG_NEUTRAL          0x00
#define LANG_ENGLISH          0x09
#define SUBLANG_NEUTRAL       0x00
#define SUBLANG_DEFAULT       0x01
#define SUBLANG_SYS_DEFAULT   0x02
#define SUBLANG_ENGLISH_US    0x01
#define SORT_DEFAULT          0x0
#define MAKELCID(lgid, srtid) ((ULONG)((((ULONG)((USHORT)(srtid))) << 16) | ((ULONG)((USHORT)(lgid)))))
#define LANG_SYSTEM_DEFAULT   (MAKELANGID(LANG_NEUTRAL, SUBLANG_SYS_DEFAULT))
#define LANG_USER_DEFAULT     (MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT))
#define LOCALE_SYSTEM_DEFAULT (MAKELCID(LANG_SYSTEM_DEFAULT, SORT_DEFAULT))
#define LOCALE_USER_DEFAULT   (MAKELCID(LANG_USER_DEFAULT, SORT_DEFAULT))
#define LOCALE_NEUTRAL        (MAKELCID(MAKELANGID(LANG_NEUTRAL, SUBLANG_NEUTRAL), SORT_DEFAULT))

/* Severity field of an NTSTATUS */
#define STATUS_SEVERITY_SUCCESS       0x0
#define STATUS_SEVERITY_INFORMATIONAL 0x1
#define STATUS_SEVERITY_WARNING       0x2
#define STATUS_SEVERITY_ERROR         0x3

#define ALLOC_PRAGMA 1
#define ALLOC_DATA_PRAGMA 1

#endif /* _NTDEF_ */
