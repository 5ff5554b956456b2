/* policy.c - helpers that back off with KeDelayExecutionThread (<= APC_LEVEL) */
#include "driver.h"

static VOID BackOff(ULONG Depth)
{
    LARGE_INTEGER interval;
    interval.QuadPart = -10000LL * (LONGLONG)Depth;
    KeDelayExecutionThread(KernelMode, FALSE, &interval); /* drvlint-expect: irql-too-high */
}

static VOID Throttle(PDEV_EXT Ext)
{
    BackOff(Ext->Depth);
}

VOID QueueTrimmed(PDEV_EXT Ext)
{
    Ext->Depth = Ext->Depth / 2;
    Throttle(Ext);
}
