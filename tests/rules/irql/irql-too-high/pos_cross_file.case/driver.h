/* driver.h - shared declarations of the two-file irql-too-high case. */
#pragma once
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK QueueLock;
    LIST_ENTRY Queue;
    ULONG Depth;
} DEV_EXT, *PDEV_EXT;

VOID QueueTrimmed(PDEV_EXT Ext);
