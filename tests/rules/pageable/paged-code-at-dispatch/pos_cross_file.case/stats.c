/* stats.c - statistics helpers; BuildReport is pageable (#pragma alloc_text(PAGE)) */
#include "driver.h"

VOID BuildReport(PDEV_EXT Ext);

#pragma alloc_text(PAGE, BuildReport)

VOID BuildReport(PDEV_EXT Ext)
{
    PAGED_CODE();
    Ext->Report[Ext->Requests % 4] = Ext->Requests;
}

static VOID MaybeReport(PDEV_EXT Ext)
{
    if ((Ext->Requests % 64) == 0) {
        BuildReport(Ext); /* drvlint-expect: paged-code-at-dispatch */
    }
}

VOID StatsRequestDone(PDEV_EXT Ext)
{
    MaybeReport(Ext);
}
