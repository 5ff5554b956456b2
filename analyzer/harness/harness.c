/*
 * harness.c - exploration roots and the state the OS creates for them.
 *
 * Each entry point becomes one or more runs. A dispatch routine is split by
 * the IRQL its major functions arrive at (read/write/device control of a
 * paging-path driver at up to APC_LEVEL, power at PASSIVE_LEVEL or
 * DISPATCH_LEVEL when DO_POWER_PAGABLE is clear, the rest at
 * PASSIVE_LEVEL) and, for bus drivers, by device object role (FDO, PDO).
 * Other roles run at the IRQL of their row in data/ddi/roles.tsv.
 *
 * The initial state gives every pointer parameter a valid object named
 * after the parameter; the IRP of a dispatch routine gets a current stack
 * location whose MajorFunction and MinorFunction are symbols constrained to
 * the codes this run receives, so a switch on them forks one path per code.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"
#include "harness/harness.h"
#include "harness/os_model.h"
#include "rules/rules.h"

struct Harness {
    const Program *prog;
    const RoleTable *roles;
    const DeviceModel *dm;
    VEC(EntryRun) runs;
    VEC(const char *) notes;   /* entry points the device model leaves unexplored, and why */
    Arena arena;
};

static bool at_device_irql(const char *role)
{
    return strcmp(role, "InterruptService") == 0 || strcmp(role, "SynchCritSection") == 0;
}

static bool runs_in_context(const char *role)
{
    return strcmp(role, "IoCompletion") == 0 || strcmp(role, "SynchCritSection") == 0;
}

/* Which parameter of a role's callback is an IRP the OS hands over. */
static const struct {
    const char *typedef_name;
    int irp_param;
    int device_param;
} role_params[] = {
    {"DRIVER_DISPATCH", 1, 0},      {"DRIVER_STARTIO", 1, 0},       {"IO_COMPLETION_ROUTINE", 1, 0},
    {"DRIVER_CANCEL", 1, 0},        {"IO_DPC_ROUTINE", -1, 1},      {"IO_CSQ_INSERT_IRP", 1, -1},
    {"IO_CSQ_REMOVE_IRP", 1, -1},   {"IO_CSQ_COMPLETE_CANCELED_IRP", 1, -1},
    {"DRIVER_CONTROL", 2, 0},
};

static bool role_disabled(const DeviceModel *dm, const char *role)
{
    for (uint32_t i = 0; dm && i < dm->ncallbacks_off; i++)
        if (strcmp(dm->callbacks_off[i], role) == 0) return true;
    return false;
}

static void role_irql(const Role *r, int *lo, int *hi)
{
    *lo = r->alts[0].lo;
    *hi = r->alts[0].hi;
    for (uint32_t i = 1; i < r->nalts; i++) {
        if (r->alts[i].lo < *lo) *lo = r->alts[i].lo;
        if (r->alts[i].hi > *hi) *hi = r->alts[i].hi;
    }
}

/* IRQL range a dispatch routine receives major function `mj` at. */
static void dispatch_irql(const Harness *h, int mj, int *lo, int *hi)
{
    *lo = *hi = 0;
    bool pagable = devmodel_power_pagable(h->dm, h->prog);
    if (mj == IRP_MJ_POWER_CODE) {
        const Role *r = roles_dispatch(h->roles, mj, pagable);
        if (r) role_irql(r, lo, hi);
        if (h->dm->power_inrush) *hi = 2; /* inrush devices get power IRPs at DISPATCH_LEVEL */
        return;
    }
    if (h->dm->paging_path) {
        const Role *r = roles_dispatch(h->roles, mj, pagable);
        if (r) role_irql(r, lo, hi);
    }
}

static const char *device_role_for(const DeviceModel *dm)
{
    if (strcmp(dm->kind, "filter") == 0) return "filter";
    if (strcmp(dm->kind, "legacy") == 0) return "control";
    return "fdo";
}

static void add_run(Harness *h, EntryRun r)
{
    VEC_PUSH(h->runs, r);
}

static const char *majors_label(Arena *a, uint32_t majors)
{
    StrBuf sb;
    sb_init(&sb);
    int n = 0;
    for (int m = 0; m < IRP_MJ_COUNT; m++)
        if (majors & (1u << m)) {
            if (n++ < 3) sb_printf(&sb, "%s%s", n > 1 ? "|" : "", irp_mj_name(m) + 7);
        }
    if (n > 3) sb_printf(&sb, "|+%d", n - 3);
    const char *r = arena_strdup(a, sb_cstr(&sb));
    sb_free(&sb);
    return r;
}

static bool irql_of(IrqlRef r, int dflt, bool high, int *out)
{
    if (r.kind == IRQL_UNSET) *out = dflt;
    else if (r.kind == IRQL_LEVEL) *out = r.level;
    else if (r.kind == IRQL_DIRQL) *out = high ? g_irql_arch.dirql_hi : g_irql_arch.dirql_lo;
    else return false;
    return true;
}

/* A driver function that is not an entry point but declares the IRQL it may
   be called at (_IRQL_requires_max_(DISPATCH_LEVEL) ...) is also checked
   against its own annotation: explored on its own at that IRQL range, as
   any caller may legally call it there. */
static void add_annotated_runs(Harness *h)
{
    const Program *p = h->prog;
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        const Func *f = p->funcs[i];
        const Contract *c = f->contract;
        if (!c || c->function_class || (c->irql_max.kind == IRQL_UNSET && c->irql_min.kind == IRQL_UNSET)) continue;
        const EntryPoint *roles[1];
        if (program_roles_of(p, f, roles, 1)) continue; /* an entry point: explored in its role */
        EntryRun r;
        memset(&r, 0, sizeof r);
        if (!irql_of(c->irql_min, 0, false, &r.irql_lo) || !irql_of(c->irql_max, 2, true, &r.irql_hi)) continue;
        if (r.irql_lo > r.irql_hi) continue;
        r.fn = f;
        r.role = intern("AnnotatedFunction");
        r.device_role = device_role_for(h->dm);
        r.label = "checked against its own IRQL annotation";
        r.own_body_only = true;
        add_run(h, r);
    }
}

static void add_dispatch_runs(Harness *h, const EntryPoint *ep)
{
    uint32_t majors = (uint32_t)ep->major_mask_lo & h->dm->majors;
    /* the lifecycle: IRPs other than the PnP phases come with its "IRP" phase */
    if (!devmodel_phase(h->dm, "IRP")) majors &= 1u << IRP_MJ_PNP_CODE;
    if ((majors & (1u << IRP_MJ_PNP_CODE)) && !devmodel_minors(h->dm, IRP_MJ_PNP_CODE))
        majors &= ~(1u << IRP_MJ_PNP_CODE);
    if (!majors) {
        VEC_PUSH(h->notes, arena_printf(&h->arena,
                                        "%s:%u: %s handles %s, which the device model does not send; it was not explored",
                                        program_loc_path(h->prog, ep->func->loc), ep->func->loc.line, ep->func->name,
                                        majors_label(&h->arena, (uint32_t)ep->major_mask_lo)));
        return;
    }
    /* group the majors by their IRQL range */
    uint32_t left = majors;
    while (left) {
        int first = __builtin_ctz(left);
        int lo, hi;
        dispatch_irql(h, first, &lo, &hi);
        uint32_t group = 0;
        for (int m = first; m < IRP_MJ_COUNT; m++) {
            if (!(left & (1u << m))) continue;
            int l2, h2;
            dispatch_irql(h, m, &l2, &h2);
            if (l2 == lo && h2 == hi) group |= 1u << m;
        }
        left &= ~group;
        const Role *role = roles_dispatch(h->roles, first, devmodel_power_pagable(h->dm, h->prog));
        uint32_t ndev = h->dm->nroles ? h->dm->nroles : 1;
        for (uint32_t d = 0; d < ndev; d++) {
            EntryRun r;
            memset(&r, 0, sizeof r);
            r.ep = ep;
            r.fn = ep->func;
            r.role = __builtin_popcount(group) == 1 && role ? role->name : intern("Dispatch:multiple");
            r.irql_lo = lo;
            r.irql_hi = hi;
            r.majors = group;
            for (int m = 0; m < IRP_MJ_COUNT; m++)
                if (group & (1u << m)) r.minors[m] = devmodel_minors(h->dm, m);
            r.device_role = h->dm->nroles ? h->dm->roles[d].name : device_role_for(h->dm);
            r.label = arena_printf(&h->arena, "Dispatch[%s]%s%s", majors_label(&h->arena, group),
                                   h->dm->nroles ? " " : "", h->dm->nroles ? r.device_role : "");
            add_run(h, r);
        }
    }
}

Harness *harness_create(const Program *p, const RoleTable *roles, const DeviceModel *dm)
{
    Harness *h = xcalloc(1, sizeof(Harness));
    h->prog = p;
    h->roles = roles;
    h->dm = dm;
    arena_init(&h->arena);
    for (uint32_t i = 0; i < p->nentries; i++) {
        const EntryPoint *ep = &p->entries[i];
        if (ep->typedef_name && strcmp(ep->typedef_name, "DRIVER_DISPATCH") == 0) {
            add_dispatch_runs(h, ep);
            continue;
        }
        static const char *const phase_roles[] = {"DriverEntry", "AddDevice", "Unload"};
        bool absent = false;
        for (size_t k = 0; k < 3; k++)
            if (strcmp(ep->role, phase_roles[k]) == 0 && !devmodel_phase(dm, phase_roles[k])) absent = true;
        if (absent) {
            VEC_PUSH(h->notes, arena_printf(&h->arena, "%s:%u: %s (%s) is not in the device model's lifecycle; it was not explored",
                                            program_loc_path(p, ep->func->loc), ep->func->loc.line, ep->func->name, ep->role));
            continue;
        }
        if (role_disabled(dm, ep->role)) {
            VEC_PUSH(h->notes, arena_printf(&h->arena, "%s:%u: %s (%s) is in the device model's callbacks_disabled; it was not explored",
                                            program_loc_path(p, ep->func->loc), ep->func->loc.line, ep->func->name, ep->role));
            continue;
        }
        /* A cancel-safe queue's lock callbacks are called as a pair: the
           ReleaseLock registered by the same IoCsqInitialize runs after the
           AcquireLock, at the IRQL it raised to and with the value it saved. */
        const EntryPoint *pair = NULL;
        bool is_acquire = strcmp(ep->role, "CsqAcquireLock") == 0, is_release = strcmp(ep->role, "CsqReleaseLock") == 0;
        if (is_acquire || is_release) {
            for (uint32_t k = 0; k < p->nentries && !pair; k++) {
                const EntryPoint *o = &p->entries[k];
                if (strcmp(o->role, is_acquire ? "CsqReleaseLock" : "CsqAcquireLock") == 0 &&
                    o->reg_loc.file == ep->reg_loc.file && o->reg_loc.line == ep->reg_loc.line &&
                    o->reg_loc.col == ep->reg_loc.col)
                    pair = o;
            }
            if (pair && is_release) continue; /* runs after its AcquireLock */
        }
        EntryRun r;
        memset(&r, 0, sizeof r);
        r.ep = ep;
        r.fn = ep->func;
        r.role = ep->role;
        harness_role_irql(h, ep->role, &r.irql_lo, &r.irql_hi);
        r.in_context = runs_in_context(ep->role);
        r.device_role = device_role_for(dm);
        r.label = ep->role;
        if (pair && is_acquire) {
            r.then = pair->func;
            r.label = arena_printf(&h->arena, "CsqAcquireLock then %s", pair->func->name);
        }
        add_run(h, r);
    }
    /* Callbacks that kernel routines run in context come last: the other
       entry points run them first (see engine/explore.c). Stable partition. */
    VEC(EntryRun) late = {0};
    size_t w = 0;
    for (size_t i = 0; i < h->runs.len; i++) {
        if (h->runs.data[i].in_context) VEC_PUSH(late, h->runs.data[i]);
        else h->runs.data[w++] = h->runs.data[i];
    }
    h->runs.len = w;
    for (size_t i = 0; i < late.len; i++) VEC_PUSH(h->runs, late.data[i]);
    VEC_FREE(late);
    /* functions checked against their own annotation last of all: a run is
       not needed when the entry points already entered them at every IRQL
       the annotation allows (engine/explore.c) */
    add_annotated_runs(h);
    return h;
}

void harness_free(Harness *h)
{
    if (!h) return;
    VEC_FREE(h->runs);
    VEC_FREE(h->notes);
    arena_free(&h->arena);
    free(h);
}

const DeviceModel *harness_model(const Harness *h)
{
    return h->dm;
}

void harness_role_irql(const Harness *h, const char *role, int *lo, int *hi)
{
    *lo = 0;
    *hi = 31;
    const Role *r = roles_find(h->roles, role);
    if (r) role_irql(r, lo, hi);
    if (at_device_irql(role) && h->dm->isr_irql) *lo = *hi = h->dm->isr_irql;
}

uint32_t harness_notes(const Harness *h, const char *const **out)
{
    *out = h->notes.data;
    return (uint32_t)h->notes.len;
}

uint32_t harness_runs(const Harness *h, const EntryRun **out)
{
    *out = h->runs.data;
    return (uint32_t)h->runs.len;
}

/* ---- initial state -------------------------------------------------------------- */

static uint32_t small_set_symbol(Engine *e, State *s, const char *name, uint64_t mask)
{
    uint32_t sym = sym_new_range(e, name, 0, 255);
    if (!mask) return sym;
    int lo = __builtin_ctzll(mask), hi = 63 - __builtin_clzll(mask);
    Range *r = cons_get(s, sym, true);
    r->lo = lo;
    r->hi = hi;
    r->small = true;
    r->allowed = mask >> lo;
    r->nexcl = 0;
    return sym;
}

static void setup_irp(Harness *h, State *s, const EntryRun *run, uint32_t irp, bool dispatch, const char *td)
{
    Engine *e = s->eng;
    uint32_t stack = os_irp_stack(e, irp, 0);
    mem_store(s, loc_key(irp, path_child(e, 0, "$Cur")), val_int(0));
    if (dispatch) {
        /* MajorFunction and MinorFunction, constrained to this run's codes */
        uint64_t majors = run->majors;
        uint32_t mjs = small_set_symbol(e, s, "IRP major function", majors);
        uint64_t minors = 0;
        for (int m = 0; m < IRP_MJ_COUNT; m++)
            if (majors & (1u << m)) minors |= run->minors[m];
        uint32_t mns = small_set_symbol(e, s, "IRP minor function", minors);
        if (__builtin_popcountll(majors) == 1) {
            mem_store(s, loc_key(stack, path_child(e, 0, "MajorFunction")), val_int(__builtin_ctzll(majors)));
        } else {
            mem_store(s, loc_key(stack, path_child(e, 0, "MajorFunction")), sym_value(e, mjs));
        }
        mem_store(s, loc_key(stack, path_child(e, 0, "MinorFunction")), sym_value(e, mns));
        /* The PnP, power and WMI managers start IRPs with STATUS_NOT_SUPPORTED. */
        bool not_supported = (majors & ((1u << IRP_MJ_PNP_CODE) | (1u << IRP_MJ_POWER_CODE) |
                                        (1u << IRP_MJ_SYSTEM_CONTROL_CODE))) == majors;
        uint32_t st = path_join_str(e, 0, "IoStatus.Status");
        if (not_supported) mem_store(s, loc_key(irp, st), val_int((int32_t)0xC00000BB));
        mem_store(s, loc_key(irp, path_join_str(e, 0, "IoStatus.Information")), val_int(0));
        mem_store(s, loc_key(irp, path_child(e, 0, "PendingReturned")), val_int(0));
        mem_store(s, loc_key(irp, path_child(e, 0, "CancelRoutine")), val_int(0));
        (void)h;
    }
    if (!dispatch && h->prog->dispatch_slots && strcmp(td, "IO_COMPLETION_ROUTINE") != 0) {
        /* StartIo, cancel and cancel-safe-queue routines get IRPs the driver
           received: their major code is one the driver has a dispatch
           routine for */
        uint32_t mjs = small_set_symbol(e, s, "IRP major function", h->prog->dispatch_slots);
        mem_store(s, loc_key(stack, path_child(e, 0, "MajorFunction")), sym_value(e, mjs));
    }
    if (strcmp(td, "DRIVER_CANCEL") == 0) {
        /* the I/O manager set Cancel and cleared CancelRoutine before the call */
        mem_store(s, loc_key(irp, path_child(e, 0, "Cancel")), val_int(1));
        mem_store(s, loc_key(irp, path_child(e, 0, "CancelRoutine")), val_int(0));
    } else if (strcmp(td, "IO_COMPLETION_ROUTINE") == 0) {
        uint32_t pr = sym_new_range(e, "Irp->PendingReturned", 0, 1);
        mem_store(s, loc_key(irp, path_child(e, 0, "PendingReturned")), sym_value(e, pr));
    }
}

static void setup_device(Harness *h, State *s, const EntryRun *run, uint32_t dev)
{
    Engine *e = s->eng;
    for (uint32_t d = 0; d < h->dm->nroles; d++) {
        const DeviceRoleModel *dr = &h->dm->roles[d];
        if (dr->name != run->device_role || !dr->nfields) continue;
        uint32_t ext = obj_new(e, OBJ_HARNESS, "DeviceObject->DeviceExtension", NULL, false);
        mem_store(s, loc_key(dev, path_child(e, 0, "DeviceExtension")), ptr_to(ext, 0));
        for (uint32_t f = 0; f < dr->nfields; f++)
            mem_store(s, loc_key(ext, path_join_str(e, 0, dr->fields[f])), val_int(dr->values[f]));
    }
}

void harness_setup(Harness *h, State *s, const EntryRun *run)
{
    Engine *e = s->eng;
    const Func *fn = run->fn;
    const char *td = run->ep && run->ep->typedef_name ? run->ep->typedef_name : "";
    int irp_param = -1, dev_param = -1;
    for (size_t i = 0; i < sizeof role_params / sizeof role_params[0]; i++)
        if (strcmp(role_params[i].typedef_name, td) == 0) {
            irp_param = role_params[i].irp_param;
            dev_param = role_params[i].device_param;
        }
    bool dispatch = strcmp(td, "DRIVER_DISPATCH") == 0;
    /* IRQL */
    if (run->irql_lo == run->irql_hi) s->irql = val_int(run->irql_lo);
    else s->irql = sym_value(e, sym_new_range(e, "IRQL at entry", run->irql_lo, run->irql_hi));
    /* parameters */
    Value args[16];
    uint32_t nargs = fn->nparams < 16 ? fn->nparams : 16;
    for (uint32_t i = 0; i < nargs; i++) {
        const Var *p = fn->params[i];
        if (p->type && p->type->kind == TY_PTR) {
            bool maybe_null = false;
            /* a DPC for an ISR may run without a current IRP */
            if (strcmp(td, "IO_DPC_ROUTINE") == 0 && i == 2) maybe_null = true;
            uint32_t o = obj_new(e, OBJ_HARNESS, p->name, p->type->pointee, maybe_null);
            args[i] = ptr_to(o, 0);
            if ((int)i == irp_param) {
                setup_irp(h, s, run, o, dispatch, td);
                e->entry.irp = loc_key(o, 0);
            }
            if ((int)i == dev_param) setup_device(h, s, run, o);
        } else {
            args[i] = fresh_for_type(e, p->type, p->name);
            /* an IRQL the function restores (_IRQL_restores_) was saved by its caller,
               at or below the IRQL the function is called at */
            for (uint32_t k = 0; fn->contract && k < fn->contract->nirql; k++) {
                const IrqlEffect *ie = &fn->contract->irql[k];
                if ((ie->kind == IRQL_EFF_RESTORE || ie->kind == IRQL_EFF_LOWER) && ie->param == (int16_t)i)
                    assume_cmp(s, args[i], OP_LE, run->irql_hi);
            }
        }
    }
    state_add_trace(s, fn->loc, fn,
                    arena_printf(&e->arena, "entry point %s (%s) called at %s%s%s", fn->name, run->label ? run->label : run->role,
                                 run->irql_lo == run->irql_hi ? irql_level_name(run->irql_lo) : "IRQL ",
                                 run->irql_lo == run->irql_hi ? "" : irql_level_name(run->irql_lo),
                                 run->irql_lo == run->irql_hi ? "" : arena_printf(&e->arena, "..%s", irql_level_name(run->irql_hi))));
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_ENTRY;
    ev.loc = ev.end = fn->loc;
    ev.func = fn;
    ev.role = run->role;
    ev.args = args;
    ev.nargs = nargs;
    if (run->then && nargs >= 2) {
        e->entry.chain_args[0] = args[0];
        e->entry.chain_args[1] = args[1]; /* the KIRQL the AcquireLock routine saves into */
    }
    call_driver_function(s, fn, NULL, args, nargs, CONT_NORMAL);
    if (strcmp(td, "DRIVER_CANCEL") == 0 && irp_param >= 0 && (uint32_t)irp_param < nargs) {
        /* entered holding the cancel spin lock, at DISPATCH_LEVEL; the IRQL
           to restore is in Irp->CancelIrql */
        Value saved = sym_value(e, sym_new_range(e, "Irp->CancelIrql", 0, 2));
        saved.tag = ++e->next_tag;
        mem_store(s, loc_key(args[irp_param].a, path_child(e, 0, "CancelIrql")), saved);
        Event ca;
        memset(&ca, 0, sizeof ca);
        ca.kind = EV_ACQUIRE;
        ca.loc = ca.end = fn->loc;
        ca.func = fn;
        ca.callee = intern("the I/O manager");
        ca.object = loc_key(obj_global_lock(e, "cancel"), 0);
        ca.object_name = "the cancel spin lock";
        ca.lock_kind = intern("cancel");
        ca.lock_raised = true;
        ca.saved_irql = saved;
        ca.has_saved_irql = true;
        emit(s, &ca);
    }
    emit(s, &ev);
}

bool harness_continue(Harness *h, State *s)
{
    (void)h;
    Engine *e = s->eng;
    const EntryRun *run = e->entry.run;
    if (!run || !run->then || s->chain_step > 0) return false;
    s->chain_step = 1;
    Value args[2] = {e->entry.chain_args[0], val_int(0)};
    Value slot = e->entry.chain_args[1];
    if (slot.kind == V_PTR) args[1] = mem_load(s, loc_key(slot.a, slot.b), NULL);
    state_trace(s, run->then->loc, "the I/O manager then calls %s to release the queue's lock", run->then->name);
    call_driver_function(s, run->then, NULL, args, run->then->nparams < 2 ? run->then->nparams : 2, CONT_NORMAL);
    return true;
}
