/*
 * drvlint/ddi_ntddk.h - DDI routine prototypes for ntddk.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is ntddk.h). Each routine becomes a plain annotated
 * prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_NTDDK_H_
#define _DRVLINT_DDI_NTDDK_H_

#include <drvlint/ddi_ntddk_a.h>
#include <drvlint/ddi_ntddk_b.h>

#endif /* _DRVLINT_DDI_NTDDK_H_ */
