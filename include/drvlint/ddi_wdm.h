/*
 * drvlint/ddi_wdm.h - DDI routine prototypes for wdm.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is wdm.h). It also declares NT_SUCCESS,
 * NT_INFORMATION, NT_WARNING and NT_ERROR as functions. Each routine becomes
 * a plain annotated prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_WDM_H_
#define _DRVLINT_DDI_WDM_H_

#include <drvlint/ddi_wdm_a.h>
#include <drvlint/ddi_wdm_b.h>

#endif /* _DRVLINT_DDI_WDM_H_ */
