/*
 * intrin.h - declarations of the Microsoft compiler intrinsics kernel code
 * uses. clang implements them as builtins once they are declared.
 */
#ifndef _DRVLINT_INTRIN_H_
#define _DRVLINT_INTRIN_H_

#include <stddef.h>

/* ---- Interlocked operations (all targets) ------------------------------ */
long _InterlockedIncrement(long volatile *Addend);
long _InterlockedDecrement(long volatile *Addend);
long _InterlockedExchange(long volatile *Target, long Value);
long _InterlockedExchangeAdd(long volatile *Addend, long Value);
long _InterlockedCompareExchange(long volatile *Destination, long Exchange, long Comparand);
long _InterlockedOr(long volatile *Destination, long Value);
long _InterlockedAnd(long volatile *Destination, long Value);
long _InterlockedXor(long volatile *Destination, long Value);

short _InterlockedIncrement16(short volatile *Addend);
short _InterlockedDecrement16(short volatile *Addend);
short _InterlockedExchange16(short volatile *Target, short Value);
short _InterlockedExchangeAdd16(short volatile *Addend, short Value);
short _InterlockedCompareExchange16(short volatile *Destination, short Exchange, short Comparand);
short _InterlockedOr16(short volatile *Destination, short Value);
short _InterlockedAnd16(short volatile *Destination, short Value);
short _InterlockedXor16(short volatile *Destination, short Value);

char _InterlockedExchange8(char volatile *Target, char Value);
char _InterlockedExchangeAdd8(char volatile *Addend, char Value);
char _InterlockedCompareExchange8(char volatile *Destination, char Exchange, char Comparand);
char _InterlockedOr8(char volatile *Destination, char Value);
char _InterlockedAnd8(char volatile *Destination, char Value);
char _InterlockedXor8(char volatile *Destination, char Value);

__int64 _InterlockedIncrement64(__int64 volatile *Addend);
__int64 _InterlockedDecrement64(__int64 volatile *Addend);
__int64 _InterlockedExchange64(__int64 volatile *Target, __int64 Value);
__int64 _InterlockedExchangeAdd64(__int64 volatile *Addend, __int64 Value);
__int64 _InterlockedCompareExchange64(__int64 volatile *Destination, __int64 Exchange, __int64 Comparand);
__int64 _InterlockedOr64(__int64 volatile *Destination, __int64 Value);
__int64 _InterlockedAnd64(__int64 volatile *Destination, __int64 Value);
__int64 _InterlockedXor64(__int64 volatile *Destination, __int64 Value);

void *_InterlockedExchangePointer(void * volatile *Target, void *Value);
void *_InterlockedCompareExchangePointer(void * volatile *Destination, void *Exchange, void *Comparand);

unsigned char _interlockedbittestandset(long volatile *Base, long Offset);
unsigned char _interlockedbittestandreset(long volatile *Base, long Offset);

#if defined(_M_AMD64) || defined(_M_ARM64)
unsigned char _InterlockedCompareExchange128(__int64 volatile *Destination, __int64 ExchangeHigh,
                                             __int64 ExchangeLow, __int64 *ComparandResult);
unsigned char _interlockedbittestandset64(__int64 volatile *Base, __int64 Offset);
unsigned char _interlockedbittestandreset64(__int64 volatile *Base, __int64 Offset);
#endif

/* ---- Bit manipulation ------------------------------------------------------ */
unsigned char _BitScanForward(unsigned long *Index, unsigned long Mask);
unsigned char _BitScanReverse(unsigned long *Index, unsigned long Mask);
unsigned char _bittest(long const *Base, long Offset);
unsigned char _bittestandset(long *Base, long Offset);
unsigned char _bittestandreset(long *Base, long Offset);
unsigned char _bittestandcomplement(long *Base, long Offset);
#if defined(_M_AMD64) || defined(_M_ARM64)
unsigned char _BitScanForward64(unsigned long *Index, unsigned __int64 Mask);
unsigned char _BitScanReverse64(unsigned long *Index, unsigned __int64 Mask);
unsigned char _bittest64(__int64 const *Base, __int64 Offset);
unsigned char _bittestandset64(__int64 *Base, __int64 Offset);
unsigned char _bittestandreset64(__int64 *Base, __int64 Offset);
unsigned char _bittestandcomplement64(__int64 *Base, __int64 Offset);
#endif

unsigned short _byteswap_ushort(unsigned short Value);
unsigned long _byteswap_ulong(unsigned long Value);
unsigned __int64 _byteswap_uint64(unsigned __int64 Value);
unsigned int _rotl(unsigned int Value, int Shift);
unsigned int _rotr(unsigned int Value, int Shift);
unsigned long _lrotl(unsigned long Value, int Shift);
unsigned long _lrotr(unsigned long Value, int Shift);
unsigned __int64 _rotl64(unsigned __int64 Value, int Shift);
unsigned __int64 _rotr64(unsigned __int64 Value, int Shift);

/* ---- Compiler barriers, debugging, return addresses -------------------------- */
void _ReadWriteBarrier(void);
void _ReadBarrier(void);
void _WriteBarrier(void);
void __debugbreak(void);
__declspec(noreturn) void __fastfail(unsigned int Code);
void *_ReturnAddress(void);
void *_AddressOfReturnAddress(void);

/* ---- x86 / x64 only ----------------------------------------------------------------- */
#if defined(_M_IX86) || defined(_M_AMD64)
void __nop(void);
void __halt(void);
void _disable(void);
void _enable(void);
void _mm_pause(void);
void __int2c(void);
void __cpuid(int CpuInfo[4], int FunctionId);
void __cpuidex(int CpuInfo[4], int FunctionId, int SubFunctionId);
unsigned __int64 __rdtsc(void);
unsigned char __inbyte(unsigned short Port);
unsigned short __inword(unsigned short Port);
unsigned long __indword(unsigned short Port);
void __outbyte(unsigned short Port, unsigned char Data);
void __outword(unsigned short Port, unsigned short Data);
void __outdword(unsigned short Port, unsigned long Data);
void __inbytestring(unsigned short Port, unsigned char *Buffer, unsigned long Count);
void __inwordstring(unsigned short Port, unsigned short *Buffer, unsigned long Count);
void __indwordstring(unsigned short Port, unsigned long *Buffer, unsigned long Count);
void __outbytestring(unsigned short Port, unsigned char *Buffer, unsigned long Count);
void __outwordstring(unsigned short Port, unsigned short *Buffer, unsigned long Count);
void __outdwordstring(unsigned short Port, unsigned long *Buffer, unsigned long Count);
unsigned __int64 __readmsr(unsigned long Register);
void __writemsr(unsigned long Register, unsigned __int64 Value);
void __movsb(unsigned char *Destination, unsigned char const *Source, size_t Count);
void __stosb(unsigned char *Destination, unsigned char Value, size_t Count);
#endif

#if defined(_M_AMD64)
void __faststorefence(void);
unsigned __int64 __readcr0(void);
unsigned __int64 __readcr3(void);
unsigned __int64 __readcr4(void);
unsigned __int64 __readcr8(void);
void __writecr0(unsigned __int64 Data);
void __writecr3(unsigned __int64 Data);
void __writecr4(unsigned __int64 Data);
void __writecr8(unsigned __int64 Data);
unsigned char __readgsbyte(unsigned long Offset);
unsigned long __readgsdword(unsigned long Offset);
unsigned __int64 __readgsqword(unsigned long Offset);
#endif

#if defined(_M_IX86)
unsigned long __readcr0(void);
unsigned long __readcr3(void);
unsigned long __readcr4(void);
unsigned long __readfsdword(unsigned long Offset);
#endif

/* ---- ARM64 only --------------------------------------------------------------------- */
#if defined(_M_ARM64)
void __yield(void);
void __dmb(unsigned int Type);
void __dsb(unsigned int Type);
void __isb(unsigned int Type);
#define _ARM64_BARRIER_SY    0xF
#define _ARM64_BARRIER_ST    0xE
#define _ARM64_BARRIER_LD    0xD
#define _ARM64_BARRIER_ISH   0xB
#define _ARM64_BARRIER_ISHST 0xA
#define _ARM64_BARRIER_ISHLD 0x9
#endif

#endif /* _DRVLINT_INTRIN_H_ */
