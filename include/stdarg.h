/*
 * stdarg.h - drvlint's variable-argument support, mapped onto clang builtins.
 */
#ifndef _DRVLINT_STDARG_H_
#define _DRVLINT_STDARG_H_

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef __builtin_va_list va_list;
#endif

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type)   __builtin_va_arg(ap, type)
#define va_end(ap)         __builtin_va_end(ap)
#define va_copy(dst, src)  __builtin_va_copy(dst, src)

#endif /* _DRVLINT_STDARG_H_ */
