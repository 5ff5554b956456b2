/*
 * wdm.h - drvlint's clean-room model of the WDM kernel header.
 *
 * Entry point for Windows Driver Model code. This file only sequences the
 * pieces; the content lives in:
 *   ntdef.h, ntstatus.h, bugcodes.h, ntiologc.h, devioctl.h, devpropdef.h, intrin.h
 *   drvlint/wdm_base.h   IRQL levels, scalar kernel types, enums, forward typedefs
 *   drvlint/wdm_roles.h  callback role typedefs (data/ddi/roles.tsv)
 *   drvlint/wdm_ke.h     kernel objects (events, DPCs, timers, APC state ...)
 *   drvlint/wdm_ex.h     executive (SLIST, lookaside, fast mutex, ERESOURCE ...)
 *   drvlint/wdm_se.h     security
 *   drvlint/wdm_mm.h     memory manager (MDL ...)
 *   drvlint/wdm_cm.h     registry and hardware resources, PCI config
 *   drvlint/wdm_io.h     I/O manager (IRP, stack location, device/driver/file objects)
 *   drvlint/wdm_dma.h    DMA adapter and operations
 *   drvlint/wdm_pnp.h    Plug and Play, power, PoFx, WMI registration
 *   drvlint/wdm_rtl.h    run-time library support, ASSERT, interlocked aliases
 *   drvlint/wdm_ob.h     object manager and process support
 *   drvlint/ddi_wdm.h    DDI routine prototypes (written from data/ddi/wdm-ddi.tsv)
 *
 * Routines listed in data/ddi/wdm-ddi.tsv (including call-like macros such
 * as IoGetCurrentIrpStackLocation, KeAcquireSpinLock, PAGED_CODE) are NOT
 * defined here: they must reach the analyzer as calls, so the prototype
 * layer declares them as plain annotated functions.
 */
#ifndef _WDMDDK_
#define _WDMDDK_
#define _DRVLINT_WDM_H_

#include <ntdef.h>
#include <ntstatus.h>
#include <bugcodes.h>
#include <ntiologc.h>
#include <devioctl.h>
#include <devpropdef.h>
#include <intrin.h>
#include <driverspecs.h>

#include <drvlint/wdm_base.h>
#include <drvlint/wdm_roles.h>
#include <drvlint/wdm_ke.h>
#include <drvlint/wdm_ex.h>
#include <drvlint/wdm_se.h>
#include <drvlint/wdm_mm.h>
#include <drvlint/wdm_cm.h>
#include <drvlint/wdm_io.h>
#include <drvlint/wdm_dma.h>
#include <drvlint/wdm_pnp.h>
#include <drvlint/wdm_rtl.h>
#include <drvlint/wdm_ob.h>

/* ==== DDI prototypes (data/ddi/wdm-ddi.tsv rows whose header is wdm.h) ==== */
#include <drvlint/ddi_wdm.h>

#endif /* _WDMDDK_ */
