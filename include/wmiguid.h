/*
 * wmiguid.h - GUIDs of the event tracing control blocks.
 * Declared with DEFINE_GUID: include <initguid.h> first in the one
 * translation unit that should define them.
 */
#ifndef _WMIGUID_H_
#define _WMIGUID_H_

#include <guiddef.h>

/* {68fdd900-4a3e-11d1-84f4-0000f80464e3} */
DEFINE_GUID(EventTraceGuid,
    0x68fdd900, 0x4a3e, 0x11d1, 0x84, 0xf4, 0x00, 0x00, 0xf8, 0x04, 0x64, 0xe3);

/* {9e814aad-3204-11d2-9a82-006008a86939} */
DEFINE_GUID(SystemTraceControlGuid,
    0x9e814aad, 0x3204, 0x11d2, 0x9a, 0x82, 0x00, 0x60, 0x08, 0xa8, 0x69, 0x39);

/* {01853a65-418f-4f36-aefc-dc0f1d2fd235} */
DEFINE_GUID(EventTraceConfigGuid,
    0x01853a65, 0x418f, 0x4f36, 0xae, 0xfc, 0xdc, 0x0f, 0x1d, 0x2f, 0xd2, 0x35);

/* {0811c1af-7a07-4a06-82ed-869455cdf713} */
DEFINE_GUID(DefaultTraceSecurityGuid,
    0x0811c1af, 0x7a07, 0x4a06, 0x82, 0xed, 0x86, 0x94, 0x55, 0xcd, 0xf7, 0x13);

#endif /* _WMIGUID_H_ */
