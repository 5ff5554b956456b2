/*
 * ntstrsafe.h - safe string routines for kernel code: types and constants.
 *
 * The RtlStringCb* / RtlStringCch* / RtlUnicodeString* routines of
 * data/ddi/wdm-ddi.tsv are declared by the prototype layer in
 * drvlint/ddi_ntstrsafe.h (included at the end) rather than defined inline.
 */
#ifndef _NTSTRSAFE_H_INCLUDED_
#define _NTSTRSAFE_H_INCLUDED_
#define _DRVLINT_NTSTRSAFE_H_

#include <ntdef.h>
#include <ntstatus.h>
#include <stddef.h>
#include <stdarg.h>
#include <string.h>
#include <stdio.h>

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef wchar_t *NTSTRSAFE_PWSTR;
typedef const wchar_t *NTSTRSAFE_PCWSTR;
typedef const wchar_t UNALIGNED *NTSTRSAFE_PCUWSTR;

/* The routines are modelled as external functions. */
#define NTSTRSAFEDDI        NTSTATUS NTAPI
#define NTSTRSAFEWORKERDDI  NTSTATUS NTAPI

/* Maximum buffer sizes the routines accept */
#define NTSTRSAFE_MAX_CCH                   2147483647
#define NTSTRSAFE_MAX_LENGTH                (NTSTRSAFE_MAX_CCH - 1)
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH    (0xffff / sizeof(wchar_t))

/* dwFlags of the ...Ex routines; the low byte is a fill pattern */
#define STRSAFE_IGNORE_NULLS                        0x00000100
#define STRSAFE_FILL_BEHIND_NULL                    0x00000200
#define STRSAFE_FILL_ON_FAILURE                     0x00000400
#define STRSAFE_NULL_ON_FAILURE                     0x00000800
#define STRSAFE_NO_TRUNCATION                       0x00001000
#define STRSAFE_IGNORE_NULL_UNICODE_STRINGS         0x00010000
#define STRSAFE_UNICODE_STRING_DEST_NULL_TERMINATED 0x00020000
#define STRSAFE_ZERO_LENGTH_ON_FAILURE              0x00040000

#define STRSAFE_VALID_FLAGS \
    (0x000000FF | STRSAFE_IGNORE_NULLS | STRSAFE_FILL_BEHIND_NULL | STRSAFE_FILL_ON_FAILURE | \
     STRSAFE_NULL_ON_FAILURE | STRSAFE_NO_TRUNCATION)
#define STRSAFE_UNICODE_STRING_VALID_FLAGS \
    (STRSAFE_VALID_FLAGS | STRSAFE_IGNORE_NULL_UNICODE_STRINGS | \
     STRSAFE_UNICODE_STRING_DEST_NULL_TERMINATED | STRSAFE_ZERO_LENGTH_ON_FAILURE)

#define STRSAFE_FILL_BYTE(x)          ((unsigned long)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x)       ((unsigned long)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_GET_FILL_PATTERN(f)   ((int)((f) & 0x000000FF))

/* ==== DDI prototypes (data/ddi/wdm-ddi.tsv rows whose header is ntstrsafe.h) ==== */
#include <drvlint/ddi_ntstrsafe.h>

#endif /* _NTSTRSAFE_H_INCLUDED_ */
