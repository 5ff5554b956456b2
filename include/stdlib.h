/*
 * stdlib.h - the few <stdlib.h> names kernel drivers use: _countof,
 * __min/__max and the integer absolute-value and conversion routines the
 * kernel exports. No allocation or process control in kernel mode.
 */
#ifndef _DRVLINT_STDLIB_H_
#define _DRVLINT_STDLIB_H_

#include <stddef.h>

#ifndef _countof
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif

#define __max(a, b) (((a) > (b)) ? (a) : (b))
#define __min(a, b) (((a) < (b)) ? (a) : (b))

int abs(int x);
long labs(long x);
__int64 _abs64(__int64 x);
int atoi(const char *s);
long atol(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
__int64 _atoi64(const char *s);
int _wtoi(const wchar_t *s);
long _wtol(const wchar_t *s);
long wcstol(const wchar_t *s, wchar_t **end, int base);
unsigned long wcstoul(const wchar_t *s, wchar_t **end, int base);
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
char *_itoa(int value, char *buffer, int radix);
wchar_t *_itow(int value, wchar_t *buffer, int radix);

#endif /* _DRVLINT_STDLIB_H_ */
