/*
 * initguid.h - include before headers whose DEFINE_GUIDs this translation
 * unit should define (instead of merely declare).
 */
#ifndef INITGUID
#define INITGUID
#endif

#include <guiddef.h>
