/*
 * drvlint/ddi_ntstrsafe_b.h - annotated prototypes for the ntstrsafe.h routines of
 * data/ddi/wdm-ddi.tsv rows 367-732.
 */
#ifndef _DRVLINT_DDI_NTSTRSAFE_B_H_
#define _DRVLINT_DDI_NTSTRSAFE_B_H_

#include <driverspecs.h>

/* ---- Safe string routines (ntstrsafe.h) ---- */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyA(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest,
    _In_ size_t cbDest,
    _In_ NTSTRSAFE_PCSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyW(
    _Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyA(
    _Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest,
    _In_ size_t cchDest,
    _In_ NTSTRSAFE_PCSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyNW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_reads_bytes_(cbToCopy) NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToCopy
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchCopyNW(
    _Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_reads_(cchToCopy) NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cchToCopy
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCopyExW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ NTSTRSAFE_PCWSTR pszSrc,
    _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcbRemaining,
    _In_ DWORD dwFlags
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCatW(
    _Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchCatW(
    _Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbCatNW(
    _Inout_updates_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_reads_bytes_(cbToAppend) NTSTRSAFE_PCWSTR pszSrc,
    _In_ size_t cbToAppend
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlStringCbPrintfW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlStringCbPrintfA(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PSTR pszDest,
    _In_ size_t cbDest,
    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlStringCchPrintfW(
    _Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cchDest,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlStringCchPrintfA(
    _Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest,
    _In_ size_t cchDest,
    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlStringCbPrintfExW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _Outptr_opt_result_bytebuffer_(*pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
    _Out_opt_ size_t *pcbRemaining,
    _In_ DWORD dwFlags,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbVPrintfW(
    _Out_writes_bytes_(cbDest) NTSTRSAFE_PWSTR pszDest,
    _In_ size_t cbDest,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    _In_ va_list argList
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbLengthW(
    _In_reads_or_z_(cbMax / sizeof(wchar_t)) NTSTRSAFE_PCWSTR psz,
    _In_ size_t cbMax,
    _Out_opt_ size_t *pcbLength
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCchLengthW(
    _In_reads_or_z_(cchMax) NTSTRSAFE_PCWSTR psz,
    _In_ size_t cchMax,
    _Out_opt_ size_t *pcchLength
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlStringCbLengthA(
    _In_reads_or_z_(cbMax) NTSTRSAFE_PCSTR psz,
    _In_ size_t cbMax,
    _Out_opt_ size_t *pcbLength
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringInit(
    _Out_ PUNICODE_STRING DestinationString,
    _In_opt_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopy(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCopyString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCat(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ PCUNICODE_STRING SourceString
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringCatString(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ NTSTRSAFE_PCWSTR pszSrc
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS __cdecl RtlUnicodeStringPrintf(
    _Inout_ PUNICODE_STRING DestinationString,
    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
    ...
    );

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS NTAPI RtlUnicodeStringValidate(_In_opt_ PCUNICODE_STRING SourceString);

#endif
