/*
 * drvlint/ddi_wmilib.h - DDI routine prototypes for wmilib.h.
 *
 * The prototypes live in the files included below, one per half of
 * data/ddi/wdm-ddi.tsv; the rows come from that table
 * (rows whose header column is wmilib.h). Each routine becomes a plain annotated
 * prototype so the analyzer sees every use as a call.
 */
#ifndef _DRVLINT_DDI_WMILIB_H_
#define _DRVLINT_DDI_WMILIB_H_

#include <drvlint/ddi_wmilib_b.h>

#endif /* _DRVLINT_DDI_WMILIB_H_ */
