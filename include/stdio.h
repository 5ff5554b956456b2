/*
 * stdio.h - kernel drivers get only the formatting routines that the
 * kernel exports; there is no FILE I/O in kernel mode.
 */
#ifndef _DRVLINT_STDIO_H_
#define _DRVLINT_STDIO_H_

#include <stddef.h>
#include <stdarg.h>

int _snprintf(char *buf, size_t count, const char *fmt, ...);
int _snwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, ...);
int _vsnprintf(char *buf, size_t count, const char *fmt, va_list args);
int _vsnwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, va_list args);
int sprintf(char *buf, const char *fmt, ...);
int swprintf(wchar_t *buf, const wchar_t *fmt, ...);
int vsprintf(char *buf, const char *fmt, va_list args);
int sscanf(const char *buf, const char *fmt, ...);

#endif /* _DRVLINT_STDIO_H_ */
