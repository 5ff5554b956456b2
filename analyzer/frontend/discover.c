/*
 * discover.c - finding a driver's entry points and their roles.
 *
 * One mechanism covers every registration form: a role is a callback
 * typedef of data/ddi/roles.tsv (DRIVER_DISPATCH, IO_COMPLETION_ROUTINE ...),
 * and a function takes that role when
 *   - it is declared with the typedef or _Function_class_ (ROLE_FROM_DECL),
 *   - it is stored into a field or array element whose type points to the
 *     typedef, e.g. DriverObject->MajorFunction[i], ->DriverUnload,
 *     ->DriverExtension->AddDevice (ROLE_FROM_STORE), or
 *   - it is passed to a parameter whose type points to the typedef, e.g.
 *     IoSetCompletionRoutine, KeInitializeDpc, IoCsqInitialize (ROLE_FROM_ARG).
 * Dispatch routines collect the IRP_MJ codes of every slot they fill; a
 * store through a non-constant index (a loop filling every slot) fills all
 * slots, and later constant stores override it, as at run time.
 *
 * It also records driver-level facts the rules use (which dispatch slots
 * are filled, whether DO_POWER_PAGABLE is set).
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_internal.h"

/* Typedefs shared by several roles: the registering routine decides. */
static const struct {
    const char *registrar, *role;
} role_by_registrar[] = {
    {"KeInitializeThreadedDpc", "CustomThreadedDpc"},
    {"AllocateAdapterChannel", "AdapterControl"},
    {"IoAllocateController", "ControllerControl"},
};

typedef struct Disc {
    FeRun *r;
    VEC(EntryPoint) eps;
    Func *slot_owner[IRP_MJ_COUNT];  /* dispatch routine per IRP_MJ slot */
    Loc slot_loc[IRP_MJ_COUNT];
    const char *slot_registrar[IRP_MJ_COUNT];
} Disc;

static const Role *role_for(Disc *d, const char *td, const char *registrar)
{
    const RoleTable *rt = d->r->opts->roles;
    if (!rt || !td) return NULL;
    const Role *base = roles_by_typedef(rt, td);
    if (!base) return NULL;
    for (size_t i = 0; registrar && i < sizeof role_by_registrar / sizeof role_by_registrar[0]; i++) {
        if (strcmp(role_by_registrar[i].registrar, registrar) != 0) continue;
        const Role *r = roles_find(rt, role_by_registrar[i].role);
        if (r && r->typedef_name == base->typedef_name) return r;
    }
    return base;
}

static void add_entry(Disc *d, Func *f, const Role *role, RoleSource src, const char *registrar, Loc loc)
{
    for (size_t i = 0; i < d->eps.len; i++) {
        EntryPoint *e = &d->eps.data[i];
        if (e->func != f) continue;
        /* A registration says more than a declaration: where (for traces and
           for pairing callbacks registered together) and, for typedefs shared
           by several roles, which role (DRIVER_CONTROL passed to
           AllocateAdapterChannel is an AdapterControl routine). */
        bool same_typedef = e->typedef_name == role->typedef_name;
        if (e->role == role->name || (same_typedef && e->source == ROLE_FROM_DECL && src != ROLE_FROM_DECL)) {
            if (e->source == ROLE_FROM_DECL && src != ROLE_FROM_DECL) {
                e->role = role->name;
                e->source = src;
                e->registrar = registrar;
                e->reg_loc = loc;
            }
            return;
        }
    }
    EntryPoint e;
    memset(&e, 0, sizeof e);
    e.func = f;
    e.role = role->name;
    e.typedef_name = role->typedef_name;
    e.source = src;
    e.registrar = registrar;
    e.reg_loc = loc;
    VEC_PUSH(d->eps, e);
}

static void set_slots(Disc *d, Func *f, uint32_t mask, const char *registrar, Loc loc)
{
    for (int i = 0; i < IRP_MJ_COUNT; i++) {
        if (!(mask & (1u << i))) continue;
        d->slot_owner[i] = f;
        d->slot_loc[i] = loc;
        d->slot_registrar[i] = registrar;
    }
}

static Expr *strip_casts(Expr *e)
{
    while (e && e->kind == E_CAST) e = e->u.sub;
    return e;
}

/* The role typedef of a destination or parameter type: the typedef of the
   function type it points to (PDRIVER_DISPATCH -> DRIVER_DISPATCH), or the
   pointer typedef itself when the role is declared as a pointer type in
   the WDK (PCREATE_PROCESS_NOTIFY_ROUTINE). */
static const char *pointee_typedef(const Type *t)
{
    if (!t || t->kind != TY_PTR || !t->pointee || t->pointee->kind != TY_FUNC) return NULL;
    return t->pointee->typedef_name ? t->pointee->typedef_name : t->typedef_name;
}

static const char *lvalue_field(const Expr *e)
{
    while (e) {
        if (e->kind == E_MEMBER) return e->u.mem.field;
        if (e->kind == E_INDEX) e = e->u.bin.a;
        else return NULL;
    }
    return NULL;
}

static void scan_store(Disc *d, Instr *in)
{
    Expr *rhs = strip_casts(in->rhs);
    if (!rhs || rhs->kind != E_FUNC || !rhs->u.fn.func) return;
    const char *td = pointee_typedef(in->lhs->type);
    if (!td && in->rhs->kind == E_CAST) td = pointee_typedef(in->rhs->type);
    const char *field = lvalue_field(in->lhs);
    if (!field && in->lhs->kind == E_VAR) field = in->lhs->u.var->name;
    const Role *role = role_for(d, td, field);
    if (!role) return;
    Func *f = rhs->u.fn.func;
    if (role->major >= 0 || strcmp(role->typedef_name, "DRIVER_DISPATCH") == 0) {
        uint32_t mask;
        if (in->lhs->kind == E_INDEX && in->lhs->u.bin.b->kind == E_INT) {
            int64_t mj = in->lhs->u.bin.b->u.ival;
            if (mj < 0 || mj >= IRP_MJ_COUNT) return;
            mask = 1u << mj;
        } else {
            mask = (1u << IRP_MJ_COUNT) - 1; /* loop over every slot */
        }
        set_slots(d, f, mask, field ? field : "MajorFunction", in->loc);
        return;
    }
    add_entry(d, f, role, ROLE_FROM_STORE, field, in->loc);
}

static void scan_call(Disc *d, Instr *in)
{
    const char *registrar = NULL;
    Expr *callee = strip_casts(in->callee);
    if (callee && callee->kind == E_FUNC) registrar = callee->u.fn.fname;
    else registrar = lvalue_field(callee);
    for (uint32_t i = 0; i < in->nargs; i++) {
        Expr *a = in->args[i];
        if (!a || a->kind != E_CAST) continue;
        Expr *core = strip_casts(a);
        if (!core || core->kind != E_FUNC || !core->u.fn.func) continue;
        const Role *role = role_for(d, pointee_typedef(a->type), registrar);
        if (!role) continue;
        if (strcmp(role->typedef_name, "DRIVER_DISPATCH") == 0) continue;
        add_entry(d, core->u.fn.func, role, ROLE_FROM_ARG, registrar, in->loc);
    }
}

/* `x->Flags |= DO_POWER_PAGABLE` and friends. */
static bool sets_flag_bit(const Instr *in, int64_t bit)
{
    if (in->kind != I_ASSIGN || !in->lhs || in->lhs->kind != E_MEMBER) return false;
    if (strcmp(in->lhs->u.mem.field, "Flags") != 0) return false;
    const Expr *v = in->rhs;
    if (v && v->kind == E_INT) return (v->u.ival & bit) != 0;
    if (v && v->kind == E_BINARY && v->op == OP_OR) {
        const Expr *b = strip_casts(v->u.bin.b), *a = strip_casts(v->u.bin.a);
        return (b && b->kind == E_INT && (b->u.ival & bit)) || (a && a->kind == E_INT && (a->u.ival & bit));
    }
    return false;
}

static int cmp_entry(const void *pa, const void *pb)
{
    const EntryPoint *a = pa, *b = pb;
    static const char *order[] = {"DriverEntry", "AddDevice", "Dispatch", "StartIo", "Unload"};
    int ra = 99, rb = 99;
    for (int i = 0; i < 5; i++) {
        if (str_startswith(a->role, order[i]) && ra == 99) ra = i;
        if (str_startswith(b->role, order[i]) && rb == 99) rb = i;
    }
    if (ra != rb) return ra - rb;
    if (a->major_mask_lo != b->major_mask_lo) {
        /* lowest major first */
        return __builtin_ctz((unsigned)a->major_mask_lo | 0x80000000u) -
               __builtin_ctz((unsigned)b->major_mask_lo | 0x80000000u);
    }
    int c = strcmp(a->role, b->role);
    return c ? c : strcmp(a->func->name, b->func->name);
}

void fe_discover(FeRun *r)
{
    Program *p = r->prog;
    Disc d;
    memset(&d, 0, sizeof d);
    d.r = r;
    const RoleTable *rt = r->opts->roles;
    /* 1. declarations */
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        Func *f = p->funcs[i];
        const char *td = f->typedef_name;
        if (!td || !(rt && roles_by_typedef(rt, td))) td = f->contract ? f->contract->function_class : NULL;
        const Role *role = rt ? role_for(&d, td, NULL) : NULL;
        const char *how = f->typedef_name ? f->typedef_name : "_Function_class_";
        if (!role && rt && strcmp(f->name, "DriverEntry") == 0) {
            role = roles_find(rt, "DriverEntry");
            how = "its name";
        }
        if (!role) continue;
        if (strcmp(role->typedef_name, "DRIVER_DISPATCH") == 0) {
            uint32_t mask = 0;
            for (uint32_t k = 0; f->contract && k < f->contract->ndispatch; k++) {
                int mj = f->contract->dispatch_types[k];
                if (mj >= 0 && mj < IRP_MJ_COUNT) mask |= 1u << mj;
            }
            if (mask) set_slots(&d, f, mask, "_Dispatch_type_", f->loc);
            continue; /* otherwise the MajorFunction stores decide */
        }
        add_entry(&d, f, role, ROLE_FROM_DECL, how, f->loc);
    }
    /* 2. stores and calls, in program order within each function; DriverEntry
       is scanned last so its MajorFunction stores win over helpers'. */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < p->nfuncs; i++) {
            Func *f = p->funcs[i];
            bool is_entry = strcmp(f->name, "DriverEntry") == 0;
            if ((pass == 0) == is_entry) continue;
            for (uint32_t b = 0; b < f->nblocks; b++) {
                Block *bl = &f->blocks[b];
                for (uint32_t j = 0; j < bl->ninstrs; j++) {
                    Instr *in = &bl->instrs[j];
                    if (in->kind == I_ASSIGN) {
                        scan_store(&d, in);
                        if (sets_flag_bit(in, 0x2000)) p->sets_power_pagable = true;
                    } else {
                        scan_call(&d, in);
                    }
                }
            }
        }
    }
    /* 3. one dispatch entry per function, with the mask of its slots */
    for (int s = 0; s < IRP_MJ_COUNT; s++) {
        Func *f = d.slot_owner[s];
        if (!f) continue;
        p->dispatch_slots |= 1u << s;
        const Role *role = rt ? roles_dispatch(rt, s, true) : NULL;
        EntryPoint *found = NULL;
        for (size_t i = 0; i < d.eps.len; i++)
            if (d.eps.data[i].func == f && str_startswith(d.eps.data[i].role, "Dispatch")) found = &d.eps.data[i];
        if (found) {
            found->major_mask_lo |= 1 << s;
            continue;
        }
        EntryPoint e;
        memset(&e, 0, sizeof e);
        e.func = f;
        e.role = role ? role->name : intern("Dispatch:default");
        e.typedef_name = intern("DRIVER_DISPATCH");
        e.major_mask_lo = 1 << s;
        e.source = d.slot_registrar[s] && strcmp(d.slot_registrar[s], "_Dispatch_type_") == 0 ? ROLE_FROM_DECL
                                                                                               : ROLE_FROM_STORE;
        e.registrar = d.slot_registrar[s];
        e.reg_loc = d.slot_loc[s];
        VEC_PUSH(d.eps, e);
    }
    /* A dispatch routine serving several majors is named after the first. */
    for (size_t i = 0; i < d.eps.len; i++) {
        EntryPoint *e = &d.eps.data[i];
        if (str_startswith(e->role, "AddDevice")) p->has_add_device = true;
        if (!str_startswith(e->role, "Dispatch") || !e->major_mask_lo) continue;
        int first = __builtin_ctz((unsigned)e->major_mask_lo);
        const Role *role = rt ? roles_dispatch(rt, first, true) : NULL;
        if (role) e->role = role->name;
    }
    for (size_t i = 0; i < d.eps.len; i++)
        if (d.eps.data[i].typedef_name) fe_apply_role_contract(r, d.eps.data[i].func, d.eps.data[i].typedef_name);
    sort_array(d.eps.data, d.eps.len, sizeof(EntryPoint), cmp_entry);
    p->entries = arena_memdup(&p->arena, d.eps.data, d.eps.len * sizeof(EntryPoint));
    p->nentries = (uint32_t)d.eps.len;
    VEC_FREE(d.eps);
}
