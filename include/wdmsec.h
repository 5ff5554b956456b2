/*
 * wdmsec.h - security descriptor strings for IoCreateDeviceSecure.
 *
 * Drivers pass these as PCUNICODE_STRING (&SDDL_DEVOBJ_...), so each is a
 * constant UNICODE_STRING whose buffer is the documented SDDL text
 * (selectany, so several translation units may include the header).
 * The IoCreateDeviceSecure prototype goes into drvlint/ddi_wdmsec.h.
 */
#ifndef _WDMSEC_H_
#define _WDMSEC_H_

#include <wdm.h>

#ifdef __cplusplus
#define _DRVLINT_SDDL_STRING(name, text) \
    extern const DECLSPEC_SELECTANY UNICODE_STRING name = \
        { sizeof(text) - sizeof(WCHAR), sizeof(text), (PWCH)(text) }
#else
#define _DRVLINT_SDDL_STRING(name, text) \
    const DECLSPEC_SELECTANY UNICODE_STRING name = \
        { sizeof(text) - sizeof(WCHAR), sizeof(text), (PWCH)(text) }
#endif

/* Only kernel-mode code may open the device. */
_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_KERNEL_ONLY, L"D:P");

/* The security comes from the INF; same descriptor as KERNEL_ONLY here. */
_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_INF_SUPPLIED, L"D:P");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL,
    L"D:P(A;;GA;;;SY)");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_ALL,
    L"D:P(A;;GA;;;SY)(A;;GA;;;BA)");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_RX,
    L"D:P(A;;GA;;;SY)(A;;GRGX;;;BA)");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_R,
    L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GR;;;WD)");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RW_RES_R,
    L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGW;;;WD)(A;;GR;;;RC)");

_DRVLINT_SDDL_STRING(SDDL_DEVOBJ_SYS_ALL_ADM_RWX_WORLD_RWX_RES_RWX,
    L"D:P(A;;GA;;;SY)(A;;GRGWGX;;;BA)(A;;GRGWGX;;;WD)(A;;GRGWGX;;;RC)");

/* ==== DDI prototypes (data/ddi/wdm-ddi.tsv rows whose header is wdmsec.h) ==== */
#include <drvlint/ddi_wdmsec.h>

#endif /* _WDMSEC_H_ */
