/*
 * harness.h - the OS model: how Windows calls a driver and what kernel
 * routines do to the state a driver sees.
 *
 * The harness turns the program's entry points and the driver's device
 * model (corpus/<driver>/device.json, docs/device-model.md) into
 * exploration roots ("runs"): which function, in which role, at which IRQL,
 * with which IRP major/minor codes and for which device object role. It
 * builds each run's initial state (parameters, the IRP and its stack
 * location, the cancel spin lock for cancel routines ...), and it models
 * the kernel routines whose effect on values matters to the rules:
 * IoCallDriver (success, failure or STATUS_PENDING, running the completion
 * routine the driver set), the IRP stack location macros, IoCreateDevice,
 * try-acquire style routines, routines that do not return.
 */
#ifndef DRVLINT_HARNESS_H
#define DRVLINT_HARNESS_H

#include <stdbool.h>
#include <stdint.h>

#include "engine/engine.h"
#include "harness/devmodel.h"
#include "program/program.h"
#include "program/roles.h"

typedef struct EntryRun {
    const EntryPoint *ep;
    const Func *fn;
    const char *role;          /* roles.tsv role used by the rules */
    int irql_lo, irql_hi;      /* IRQL the OS may call it at */
    uint32_t majors;           /* dispatch routines: IRP_MJ codes of this run */
    uint64_t minors[IRP_MJ_COUNT]; /* per major: allowed minor codes (bit i = code i) */
    const char *device_role;   /* "fdo", "filter", "pdo", "legacy", "function" */
    const char *label;         /* human-readable description */
    bool in_context;           /* a kernel routine runs it inside the caller's path (completion
                                  routines, KeSynchronizeExecution routines): explored on its
                                  own only if no path ran it */
    bool own_body_only;        /* findings only in fn's own body: its callees are checked where
                                  the driver really calls them */
    const Func *then;          /* called by the OS right after fn returns, on the same path
                                  (a cancel-safe queue's ReleaseLock after its AcquireLock) */
} EntryRun;

typedef struct Harness Harness;

Harness *harness_create(const Program *p, const RoleTable *roles, const DeviceModel *dm);
void harness_free(Harness *h);
const DeviceModel *harness_model(const Harness *h);
/* Why some entry points have no run (the device model excludes them). */
uint32_t harness_notes(const Harness *h, const char *const **out);
/* The IRQL range the OS calls a role at, with the device model's ISR IRQL. */
void harness_role_irql(const Harness *h, const char *role, int *lo, int *hi);

/* The exploration roots, in a stable order. */
uint32_t harness_runs(const Harness *h, const EntryRun **out);

/* Builds the initial state of a run: root frame, parameters, IRQL, the
   objects the OS passes, and the entry events. */
void harness_setup(Harness *h, State *s, const EntryRun *run);

/* Called when the entry function of a run returns: when the OS calls
   another callback next (EntryRun.then), pushes its frame and returns true. */
bool harness_continue(Harness *h, State *s);

/* Models a kernel routine. Returns true when the model handled the call
   completely (result set, effects applied and published). */
struct Instr;
bool harness_call(Harness *h, State *s, const struct Instr *in, const char *name, const Contract *c,
                  const Value *args, uint32_t nargs);

/* The major or minor code of an IRP's current (or next) stack location. */
Value harness_irp_code(State *s, uint64_t irp, bool minor, bool next);
/* The code the IRP arrived with: the stack location the OS handed to the
   entry point, wherever the driver has moved the current location since
   (IoSkipCurrentIrpStackLocation before IoCallDriver ...). */
Value harness_irp_entry_code(State *s, uint64_t irp, bool minor);

/* A callback the harness started (a completion routine) returned; `frame`
   is the callback's frame, already popped. */
struct Frame;
void harness_callback_return(Harness *h, State *s, const struct Frame *frame, Value ret);

#endif /* DRVLINT_HARNESS_H */
