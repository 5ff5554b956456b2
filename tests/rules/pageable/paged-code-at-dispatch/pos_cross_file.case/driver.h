/* driver.h - shared declarations of the two-file paged-code-at-dispatch case. */
#pragma once
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK StatsLock;
    ULONG Requests;
    ULONG Report[4];
} DEV_EXT, *PDEV_EXT;

VOID StatsRequestDone(PDEV_EXT Ext);
