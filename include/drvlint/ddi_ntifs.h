/*
 * drvlint/ddi_ntifs.h - DDI routine prototypes for ntifs.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is ntifs.h). Each routine becomes a plain annotated
 * prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_NTIFS_H_
#define _DRVLINT_DDI_NTIFS_H_

#include <drvlint/ddi_ntifs_a.h>
#include <drvlint/ddi_ntifs_b.h>

#endif /* _DRVLINT_DDI_NTIFS_H_ */
