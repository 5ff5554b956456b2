/*
 * drvlint/ddi_ntstrsafe.h - DDI routine prototypes for ntstrsafe.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is ntstrsafe.h). Each routine becomes a plain annotated
 * prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_NTSTRSAFE_H_
#define _DRVLINT_DDI_NTSTRSAFE_H_

#include <drvlint/ddi_ntstrsafe_b.h>

#endif /* _DRVLINT_DDI_NTSTRSAFE_H_ */
