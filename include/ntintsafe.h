/*
 * ntintsafe.h - overflow-checked integer arithmetic and conversions for
 * kernel code (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong ...).
 *
 * Each helper returns STATUS_SUCCESS, or STATUS_INTEGER_OVERFLOW after
 * storing the type's *_ERROR value in *pResult. They are small static
 * inline functions (none of them is a DDI table entry).
 */
#ifndef _NTINTSAFE_H_INCLUDED_
#define _NTINTSAFE_H_INCLUDED_
#define _DRVLINT_NTINTSAFE_H_

#include <ntdef.h>
#include <ntstatus.h>
#include <limits.h>

/* Values stored in *pResult when an operation overflows */
#define INT8_ERROR        (-1)
#define UINT8_ERROR       0xffU
#define BYTE_ERROR        0xffU
#define CHAR_ERROR        '\0'
#define UCHAR_ERROR       '\0'
#define SHORT_ERROR       (-1)
#define INT16_ERROR       (-1)
#define USHORT_ERROR      0xffffU
#define UINT16_ERROR      0xffffU
#define WORD_ERROR        0xffffU
#define INT_ERROR         (-1)
#define INT32_ERROR       (-1)
#define UINT_ERROR        0xffffffffU
#define UINT32_ERROR      0xffffffffU
#define LONG_ERROR        (-1L)
#define ULONG_ERROR       0xffffffffUL
#define DWORD_ERROR       0xffffffffUL
#define LONGLONG_ERROR    (-1LL)
#define LONG64_ERROR      (-1LL)
#define INT64_ERROR       (-1LL)
#define ULONGLONG_ERROR   0xffffffffffffffffULL
#define DWORDLONG_ERROR   0xffffffffffffffffULL
#define ULONG64_ERROR     0xffffffffffffffffULL
#define DWORD64_ERROR     0xffffffffffffffffULL
#define UINT64_ERROR      0xffffffffffffffffULL
#ifdef _WIN64
#define INT_PTR_ERROR     (-1LL)
#define UINT_PTR_ERROR    0xffffffffffffffffULL
#define LONG_PTR_ERROR    (-1LL)
#define ULONG_PTR_ERROR   0xffffffffffffffffULL
#define SSIZE_T_ERROR     (-1LL)
#else
#define INT_PTR_ERROR     (-1)
#define UINT_PTR_ERROR    0xffffffffU
#define LONG_PTR_ERROR    (-1L)
#define ULONG_PTR_ERROR   0xffffffffUL
#define SSIZE_T_ERROR     (-1L)
#endif
#define SIZET_ERROR       ULONG_PTR_ERROR
#define SIZE_T_ERROR      ULONG_PTR_ERROR
#define DWORD_PTR_ERROR   ULONG_PTR_ERROR

/* ---- Addition, subtraction, multiplication ---------------------------------- */
static __inline NTSTATUS RtlUShortAdd(
    _In_ USHORT Augend,
    _In_ USHORT Addend,
    _Out_ USHORT *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUShortSub(
    _In_ USHORT Minuend,
    _In_ USHORT Subtrahend,
    _Out_ USHORT *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUShortMult(
    _In_ USHORT Multiplicand,
    _In_ USHORT Multiplier,
    _Out_ USHORT *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUIntAdd(
    _In_ UINT Augend,
    _In_ UINT Addend,
    _Out_ UINT *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUIntSub(
    _In_ UINT Minuend,
    _In_ UINT Subtrahend,
    _Out_ UINT *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUIntMult(
    _In_ UINT Multiplicand,
    _In_ UINT Multiplier,
    _Out_ UINT *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongAdd(
    _In_ ULONG Augend,
    _In_ ULONG Addend,
    _Out_ ULONG *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongSub(
    _In_ ULONG Minuend,
    _In_ ULONG Subtrahend,
    _Out_ ULONG *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongMult(
    _In_ ULONG Multiplicand,
    _In_ ULONG Multiplier,
    _Out_ ULONG *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongAdd(
    _In_ ULONGLONG Augend,
    _In_ ULONGLONG Addend,
    _Out_ ULONGLONG *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongSub(
    _In_ ULONGLONG Minuend,
    _In_ ULONGLONG Subtrahend,
    _Out_ ULONGLONG *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongMult(
    _In_ ULONGLONG Multiplicand,
    _In_ ULONGLONG Multiplier,
    _Out_ ULONGLONG *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = ULONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTAdd(
    _In_ SIZE_T Augend,
    _In_ SIZE_T Addend,
    _Out_ SIZE_T *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTSub(
    _In_ SIZE_T Minuend,
    _In_ SIZE_T Subtrahend,
    _Out_ SIZE_T *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTMult(
    _In_ SIZE_T Multiplicand,
    _In_ SIZE_T Multiplier,
    _Out_ SIZE_T *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongPtrAdd(
    _In_ ULONG_PTR Augend,
    _In_ ULONG_PTR Addend,
    _Out_ ULONG_PTR *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongPtrSub(
    _In_ ULONG_PTR Minuend,
    _In_ ULONG_PTR Subtrahend,
    _Out_ ULONG_PTR *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongPtrMult(
    _In_ ULONG_PTR Multiplicand,
    _In_ ULONG_PTR Multiplier,
    _Out_ ULONG_PTR *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = ULONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlDWordAdd(
    _In_ DWORD Augend,
    _In_ DWORD Addend,
    _Out_ DWORD *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlDWordSub(
    _In_ DWORD Minuend,
    _In_ DWORD Subtrahend,
    _Out_ DWORD *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlDWordMult(
    _In_ DWORD Multiplicand,
    _In_ DWORD Multiplier,
    _Out_ DWORD *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = DWORD_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongAdd(
    _In_ LONG Augend,
    _In_ LONG Addend,
    _Out_ LONG *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongSub(
    _In_ LONG Minuend,
    _In_ LONG Subtrahend,
    _Out_ LONG *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongMult(
    _In_ LONG Multiplicand,
    _In_ LONG Multiplier,
    _Out_ LONG *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlIntAdd(
    _In_ INT Augend,
    _In_ INT Addend,
    _Out_ INT *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlIntSub(
    _In_ INT Minuend,
    _In_ INT Subtrahend,
    _Out_ INT *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlIntMult(
    _In_ INT Multiplicand,
    _In_ INT Multiplier,
    _Out_ INT *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongLongAdd(
    _In_ LONGLONG Augend,
    _In_ LONGLONG Addend,
    _Out_ LONGLONG *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = LONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongLongSub(
    _In_ LONGLONG Minuend,
    _In_ LONGLONG Subtrahend,
    _Out_ LONGLONG *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = LONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongLongMult(
    _In_ LONGLONG Multiplicand,
    _In_ LONGLONG Multiplier,
    _Out_ LONGLONG *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = LONGLONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongPtrAdd(
    _In_ LONG_PTR Augend,
    _In_ LONG_PTR Addend,
    _Out_ LONG_PTR *pResult)
{
    if (__builtin_add_overflow(Augend, Addend, pResult)) {
        *pResult = LONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongPtrSub(
    _In_ LONG_PTR Minuend,
    _In_ LONG_PTR Subtrahend,
    _Out_ LONG_PTR *pResult)
{
    if (__builtin_sub_overflow(Minuend, Subtrahend, pResult)) {
        *pResult = LONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongPtrMult(
    _In_ LONG_PTR Multiplicand,
    _In_ LONG_PTR Multiplier,
    _Out_ LONG_PTR *pResult)
{
    if (__builtin_mul_overflow(Multiplicand, Multiplier, pResult)) {
        *pResult = LONG_PTR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    return STATUS_SUCCESS;
}

/* ---- Narrowing and sign-changing conversions ---------------------------------- */
static __inline NTSTATUS RtlULongToUShort(
    _In_ ULONG Operand,
    _Out_ USHORT *pResult)
{
    USHORT converted = (USHORT)Operand;
    if (((ULONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongToUChar(
    _In_ ULONG Operand,
    _Out_ UCHAR *pResult)
{
    UCHAR converted = (UCHAR)Operand;
    if (((ULONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = UCHAR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongToLong(
    _In_ ULONG Operand,
    _Out_ LONG *pResult)
{
    LONG converted = (LONG)Operand;
    if (((ULONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongToInt(
    _In_ ULONG Operand,
    _Out_ INT *pResult)
{
    INT converted = (INT)Operand;
    if (((ULONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = INT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongToULong(
    _In_ ULONGLONG Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((ULONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongToUInt(
    _In_ ULONGLONG Operand,
    _Out_ UINT *pResult)
{
    UINT converted = (UINT)Operand;
    if (((ULONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongToLong(
    _In_ ULONGLONG Operand,
    _Out_ LONG *pResult)
{
    LONG converted = (LONG)Operand;
    if (((ULONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongLongToSizeT(
    _In_ ULONGLONG Operand,
    _Out_ SIZE_T *pResult)
{
    SIZE_T converted = (SIZE_T)Operand;
    if (((ULONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = SIZET_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTToULong(
    _In_ SIZE_T Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((SIZE_T)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTToUInt(
    _In_ SIZE_T Operand,
    _Out_ UINT *pResult)
{
    UINT converted = (UINT)Operand;
    if (((SIZE_T)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = UINT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlSizeTToUShort(
    _In_ SIZE_T Operand,
    _Out_ USHORT *pResult)
{
    USHORT converted = (USHORT)Operand;
    if (((SIZE_T)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlULongPtrToULong(
    _In_ ULONG_PTR Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((ULONG_PTR)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongToULong(
    _In_ LONG Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((LONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongToUShort(
    _In_ LONG Operand,
    _Out_ USHORT *pResult)
{
    USHORT converted = (USHORT)Operand;
    if (((LONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlIntToULong(
    _In_ INT Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((INT)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongLongToULong(
    _In_ LONGLONG Operand,
    _Out_ ULONG *pResult)
{
    ULONG converted = (ULONG)Operand;
    if (((LONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = ULONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlLongLongToLong(
    _In_ LONGLONG Operand,
    _Out_ LONG *pResult)
{
    LONG converted = (LONG)Operand;
    if (((LONGLONG)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = LONG_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUIntToUShort(
    _In_ UINT Operand,
    _Out_ USHORT *pResult)
{
    USHORT converted = (USHORT)Operand;
    if (((UINT)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = USHORT_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

static __inline NTSTATUS RtlUShortToUChar(
    _In_ USHORT Operand,
    _Out_ UCHAR *pResult)
{
    UCHAR converted = (UCHAR)Operand;
    if (((USHORT)converted != Operand) || ((converted < 0) != (Operand < 0))) {
        *pResult = UCHAR_ERROR;
        return STATUS_INTEGER_OVERFLOW;
    }
    *pResult = converted;
    return STATUS_SUCCESS;
}

/* Aliases under the other spellings the reference uses */
#define RtlUIntPtrAdd    RtlULongPtrAdd
#define RtlUIntPtrSub    RtlULongPtrSub
#define RtlUIntPtrMult   RtlULongPtrMult
#define RtlDWordPtrAdd   RtlULongPtrAdd
#define RtlDWordPtrSub   RtlULongPtrSub
#define RtlDWordPtrMult  RtlULongPtrMult
#define RtlULong64Add    RtlULongLongAdd
#define RtlULong64Sub    RtlULongLongSub
#define RtlULong64Mult   RtlULongLongMult
#define RtlDWord64Add    RtlULongLongAdd
#define RtlDWord64Sub    RtlULongLongSub
#define RtlDWord64Mult   RtlULongLongMult
#define RtlSizeTToDWord  RtlSizeTToULong
#define RtlULongLongToDWord RtlULongLongToULong

#endif /* _NTINTSAFE_H_INCLUDED_ */
