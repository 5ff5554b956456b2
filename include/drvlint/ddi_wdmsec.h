/*
 * drvlint/ddi_wdmsec.h - DDI routine prototypes for wdmsec.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is wdmsec.h). Each routine becomes a plain annotated
 * prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_WDMSEC_H_
#define _DRVLINT_DDI_WDMSEC_H_

#include <drvlint/ddi_wdmsec_a.h>

#endif /* _DRVLINT_DDI_WDMSEC_H_ */
