/*
 * guiddef.h - the GUID type and the DEFINE_GUID machinery.
 *
 * DEFINE_GUID(name, ...) declares `extern const GUID name;` unless
 * INITGUID is defined when the header is processed, in which case it
 * defines the GUID (selectany, so several translation units may do so).
 * initguid.h defines INITGUID and re-arms DEFINE_GUID.
 */
#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned long  Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char  Data4[8];
} GUID;
#endif

#ifndef _DRVLINT_GUIDDEF_TYPES_
#define _DRVLINT_GUIDDEF_TYPES_

#include <string.h>

#ifndef UUID_DEFINED
#define UUID_DEFINED
typedef GUID UUID;
#endif

typedef GUID *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID IID;
typedef IID *LPIID;
typedef GUID CLSID;
typedef CLSID *LPCLSID;
typedef GUID FMTID;
typedef FMTID *LPFMTID;

#ifdef __cplusplus
#define REFGUID   const GUID &
#define REFIID    const IID &
#define REFCLSID  const IID &
#define REFFMTID  const IID &
#else
#define REFGUID   const GUID *
#define REFIID    const IID *
#define REFCLSID  const IID *
#define REFFMTID  const IID *
#endif

#define IID_NULL   GUID_NULL
#define CLSID_NULL GUID_NULL
#define FMTID_NULL GUID_NULL

/* Field-by-field comparison (C callers pass pointers). */
static __inline int InlineIsEqualGUID(const GUID *a, const GUID *b)
{
    return a->Data1 == b->Data1 && a->Data2 == b->Data2 && a->Data3 == b->Data3 &&
           memcmp(a->Data4, b->Data4, sizeof(a->Data4)) == 0;
}

#define IsEqualGUID(a, b)   (!memcmp((a), (b), sizeof(GUID)))
#define IsEqualIID(a, b)    IsEqualGUID(a, b)
#define IsEqualCLSID(a, b)  IsEqualGUID(a, b)
#define IsEqualFMTID(a, b)  IsEqualGUID(a, b)

#endif /* _DRVLINT_GUIDDEF_TYPES_ */

/*
 * DEFINE_GUID is re-evaluated on every inclusion so that including
 * initguid.h (which defines INITGUID and includes this file again)
 * switches later DEFINE_GUIDs from declarations to definitions.
 */
#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif

#ifdef INITGUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern "C" const GUID __declspec(selectany) name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    const GUID __declspec(selectany) name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#endif
#else
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern "C" const GUID name
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    extern const GUID name
#endif
#endif

#ifndef DEFINE_OLEGUID
#define DEFINE_OLEGUID(name, l, w1, w2) \
    DEFINE_GUID(name, l, w1, w2, 0xC0, 0, 0, 0, 0, 0, 0, 0x46)
#endif
