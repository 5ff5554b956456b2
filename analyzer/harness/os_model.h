/*
 * os_model.h - pieces of the OS model shared between harness.c (initial
 * states) and os_model.c (kernel routine models).
 */
#ifndef DRVLINT_OS_MODEL_H
#define DRVLINT_OS_MODEL_H

#include <stdint.h>

#include "engine/internal.h"

/* Object standing for stack location k of an IRP (owned by the IRP). */
uint32_t os_irp_stack(Engine *e, uint32_t irp, int64_t k);

#endif /* DRVLINT_OS_MODEL_H */
