/*
 * eval.c - running the rules on the engine's events.
 *
 * For each event, every applicable machine listening to that kind of event
 * looks at its transitions in order. A transition matches when its event
 * filter (callee, lock kind, role, field) holds, it binds an object (the
 * lock of an acquire, the IRP passed as an argument, every instance ...),
 * that object's instance is in one of its `from` states, and its guard
 * holds on the state before the event. The first matching transition of a
 * machine for an instance fires: it may report (error), add a trace note,
 * move the instance and record attributes. Moves are applied after all
 * machines have seen the event, so every guard sees the same pre-state.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/devmodel.h"
#include "harness/harness.h"
#include "rules/internal.h"

typedef struct Ctx {
    RuleSet *rs;
    Engine *e;
    State *s;                 /* NULL for static events */
    const Event *ev;
    const Machine *m;         /* the rule or tracker being run */
    const Machine *im;        /* the machine whose instance is bound (m, or the tracker it is about) */
    const MachineInst *inst;  /* instance being evaluated (may be a virtual initial one) */
    const MachineInst *matched; /* instance an `exists` guard matched, for messages */
    uint64_t key;
    const Program *prog;
    const DeviceModel *dm;
} Ctx;

typedef struct Update {
    uint16_t machine;
    uint64_t key;
    int to;
    bool drop;
    Value attr[4];
    bool set_attr[4];
    const char *text;
    const char *kind;
    const char *name;
    Loc site;
} Update;

typedef VEC(Update) UpdateVec;

/* ---- bindings ------------------------------------------------------------------ */

/* Keys that are not memory locations carry a high bit so they can never be
   mistaken for one: values without an object (0x8...), provenance tags
   (0x4...). */
#define KEY_VALUE 0x8000000000000000ULL
#define KEY_TAG 0x4000000000000000ULL

static bool is_location_key(uint64_t key)
{
    return key && !(key & (KEY_VALUE | KEY_TAG));
}

static uint64_t value_key(State *s, Value v)
{
    uint64_t k;
    if (v.kind == V_PTR && state_pointee(s, v, &k)) return state_owner(s, k);
    /* not a pointer: identify the object by the value itself */
    return hash_mix(((uint64_t)v.kind << 32) | v.a, (uint64_t)v.n) | KEY_VALUE;
}

/* Resolves a binding to one key. False when it does not apply. */
static bool bind_one(const Ctx *c, Binding b, uint64_t *key)
{
    const Event *ev = c->ev;
    State *s = c->s;
    switch (b.kind) {
    case B_UNSET:
    case B_NONE:
        *key = 0;
        return true;
    case B_ARG:
        if (!s || (uint32_t)b.index >= ev->nargs) return false;
        *key = value_key(s, ev->args[b.index]);
        return true;
    case B_ARG_DEREF:
        if (!s || (uint32_t)b.index >= ev->nargs || ev->args[b.index].kind != V_PTR) return false;
        *key = value_key(s, state_field(s, ev->args[b.index], ""));
        return true;
    case B_ARG_OBJECT: {
        if (!s || (uint32_t)b.index >= ev->nargs) return false;
        uint64_t k;
        if (!state_pointee(s, ev->args[b.index], &k)) return false;
        *key = state_owner(s, k & ~0xFFFFFFFFULL); /* the object itself, then its owner */
        return true;
    }
    case B_ARG_VALUE:
        if ((uint32_t)b.index >= ev->nargs || !ev->args[b.index].tag) return false;
        *key = ev->args[b.index].tag | KEY_TAG;
        return true;
    case B_RETURN:
        if (!s) return false;
        *key = value_key(s, ev->ret);
        return true;
    case B_PARAM:
        if (!s) return false;
        *key = value_key(s, state_root_param(s, (uint32_t)b.index));
        return true;
    case B_EVENT:
        *key = ev->object;
        return true;
    case B_EVENT_ARG:
        if (!s || (uint32_t)b.index >= ev->nargs) return false;
        *key = hash_mix(ev->object, value_key(s, ev->args[b.index])) | KEY_VALUE;
        return true;
    case B_EVENT_VALUE: {
        uint32_t tag = ev->kind == EV_RAISE ? ev->saved_irql.tag : ev->value.tag;
        if (!tag) return false; /* no provenance: nothing to bind */
        *key = tag | KEY_TAG;
        return true;
    }
    case B_ENTRY_IRP:
        return s && state_entry_irp(s, key);
    case B_ALL:
        return false;
    }
    return false;
}

static const MachineInst *instance_of(const Ctx *c, int machine, uint64_t key, MachineInst *tmp)
{
    const Machine *m = &c->rs->machines[machine];
    MachineInst *in = c->s ? state_machine_find(c->s, (uint16_t)machine, key) : NULL;
    if (in) return in;
    memset(tmp, 0, sizeof *tmp);
    tmp->machine = (uint16_t)machine;
    tmp->state = (uint8_t)m->initial;
    tmp->object = key;
    return tmp;
}

static int inst_state(const Machine *m, const MachineInst *in)
{
    if (m->counted) return in->count > 0 ? 1 : 0;
    return in->state;
}

/* ---- values for predicates ---------------------------------------------------- */

static bool pred_value(const Ctx *c, const Guard *g, Value *out)
{
    const Event *ev = c->ev;
    switch (g->src) {
    case PS_ARG:
        if ((uint32_t)g->arg >= ev->nargs) return false;
        *out = ev->args[g->arg];
        break;
    case PS_RETURN:
        if (!ev->has_ret && ev->kind != EV_CALL_RETURN && ev->kind != EV_CALLBACK_RETURN) return false;
        *out = ev->ret;
        break;
    case PS_VALUE:
        *out = ev->value;
        break;
    case PS_SAVED:
        if (!ev->has_saved_irql) return false;
        *out = ev->saved_irql;
        break;
    case PS_FIELD: {
        if (!c->s) return false;
        uint64_t key;
        if (g->of.kind == B_UNSET) key = c->key;
        else if (!bind_one(c, g->of, &key)) return false;
        if (!is_location_key(key)) return false;
        *out = state_object_field(c->s, key, g->path ? g->path : "");
        return true;
    }
    }
    if (g->deref) {
        /* a field below a pointer: only when the value is a pointer */
        if (!c->s || out->kind != V_PTR) return false;
        *out = state_field(c->s, *out, g->deref);
    }
    return true;
}

/* Same value: by provenance tag when both have one (which save produced
   an IRQL), else by identity. */
/* Is b the value recorded as a? A recorded save carries its provenance
   tag: only a value that came from that save is the same (a constant that
   happens to be equal is not what the acquire saved). */
static bool provably_same(Value a, Value b)
{
    if (a.tag) return a.tag == b.tag;
    return val_same(a, b);
}

static bool eval_pred(const Ctx *c, const Guard *g)
{
    Value v;
    if (!pred_value(c, g, &v)) return false;
    State *s = c->s;
    bool must = g->must;
    switch (g->op) {
    case PO_EQ: case PO_NE: case PO_LT: case PO_LE: case PO_GT: case PO_GE: {
        static const Op ops[] = {OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE};
        Op op = ops[g->op - PO_EQ];
        if (!s) return v.kind == V_INT && ((op == OP_EQ && v.n == g->k) || (op == OP_NE && v.n != g->k));
        return must ? state_must(s, v, op, g->k) : state_may(s, v, op, g->k);
    }
    case PO_BITS_SET:
    case PO_BITS_CLEAR:
        if (!s) return false;
        return must ? state_must_bits(s, v, g->k, g->op == PO_BITS_SET) : state_may_bits(s, v, g->k, g->op == PO_BITS_SET);
    case PO_NULL:
        if (v.kind == V_INT) return v.n == 0;
        if (!s) return false;
        return must ? state_must(s, v, OP_EQ, 0) : state_may(s, v, OP_EQ, 0);
    case PO_NOT_NULL:
        if (v.kind == V_INT) return v.n != 0;
        if (!s) return false;
        return must ? state_must(s, v, OP_NE, 0) : state_may(s, v, OP_NE, 0);
    case PO_IN:
        for (uint32_t i = 0; i < g->nset; i++) {
            if (!s) {
                if (v.kind == V_INT && v.n == g->set[i]) return true;
                continue;
            }
            if (must ? state_must(s, v, OP_EQ, g->set[i]) : state_may(s, v, OP_EQ, g->set[i])) return true;
        }
        return false;
    case PO_SAME_AS:
    case PO_DIFFERS_FROM: {
        MachineInst tmp;
        const MachineInst *in = (g->machine == (int)(c->m - c->rs->machines)) && c->inst
                                    ? c->inst
                                    : instance_of(c, g->machine, c->key, &tmp);
        Value a = in->attr[g->attr];
        if (!a.kind) return false; /* nothing recorded: nothing to compare */
        bool same = provably_same(v, a);
        return g->op == PO_SAME_AS ? same : !same;
    }
    case PO_IS_FUNCTION:
        return v.kind == V_FUNC;
    default:
        return false;
    }
}

/* ---- facts ---------------------------------------------------------------------- */

static const Func *event_function(const Ctx *c)
{
    const Event *ev = c->ev;
    if (ev->kind == EV_CALL || ev->kind == EV_FUNC_ENTER || ev->kind == EV_FUNC_EXIT) return ev->callee_func ? ev->callee_func : ev->func;
    return ev->func;
}

static bool function_fact(const Ctx *c, const char *fact)
{
    const Func *f = event_function(c);
    /* calls, entries and exits: the called function's contract; other events
       (a lock released inside a function): the current function's */
    EventKind ek = c->ev->kind;
    bool about_callee = ek == EV_CALL || ek == EV_CALL_RETURN || ek == EV_FUNC_ENTER || ek == EV_FUNC_EXIT;
    const Contract *k = about_callee && c->ev->contract ? c->ev->contract : (f ? f->contract : NULL);
    if (strcmp(fact, "driver") == 0) return f != NULL && (c->ev->kind != EV_CALL || c->ev->callee_func);
    if (strcmp(fact, "acquires_lock") == 0 || strcmp(fact, "declares_lock_change") == 0) {
        for (uint32_t i = 0; k && i < k->nlocks; i++)
            if (k->locks[i].op == LOCK_ACQUIRE || (fact[0] == 'd' && k->locks[i].op == LOCK_RELEASE)) return true;
        return false;
    }
    if (strcmp(fact, "releases_lock") == 0) {
        for (uint32_t i = 0; k && i < k->nlocks; i++)
            if (k->locks[i].op == LOCK_RELEASE) return true;
        return false;
    }
    if (strcmp(fact, "declares_irql_change") == 0)
        return k && (contract_changes_irql(k) || k->is_cancel || k->uses_cancel_param >= 0);
    if (strcmp(fact, "annotated") == 0) return k && k->annotated;
    if (!f) return false;
    bool paged_section = ir_is_pageable_section(f->section);
    if (strcmp(fact, "pageable") == 0) return paged_section || f->paged_code_calls > 0;
    if (strcmp(fact, "paged_section") == 0) return paged_section;
    if (strcmp(fact, "paged_code") == 0) return f->paged_code_calls > 0;
    if (strcmp(fact, "paged_code_twice") == 0) return f->paged_code_calls > 1;
    if (strcmp(fact, "init_section") == 0) return f->section && strncmp(f->section, "INIT", 4) == 0;
    return false;
}

static bool glob_match(const char *pat, const char *s);

bool rules_fact_known(int guard_kind, const char *name)
{
    static const char *const function_facts[] = {"driver", "acquires_lock", "declares_lock_change", "releases_lock",
                                                 "declares_irql_change", "annotated", "pageable", "paged_section",
                                                 "paged_code", "paged_code_twice", "init_section", NULL};
    static const char *const driver_facts[] = {"sets_power_pagable", "power_pagable", "has_add_device", "pnp", NULL};
    static const char *const model_facts[] = {"pre_vista", "paging_path", "inrush", "device_json", NULL};
    const char *const *list = guard_kind == G_FUNCTION ? function_facts : guard_kind == G_DRIVER ? driver_facts
                                                                                                 : model_facts;
    if (guard_kind == G_DRIVER) {
        if (strncmp(name, "dispatch:", 9) == 0) return irp_mj_code(name + 9) >= 0;
        if (strncmp(name, "calls:", 6) == 0 || strncmp(name, "role:", 5) == 0) return true;
    }
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], name) == 0) return true;
    return false;
}

static bool driver_fact(const Ctx *c, const char *fact)
{
    const Program *p = c->prog;
    if (!p) return false;
    if (strncmp(fact, "dispatch:", 9) == 0) {
        int mj = irp_mj_code(fact + 9);
        return mj >= 0 && (p->dispatch_slots & (1u << mj));
    }
    if (strcmp(fact, "sets_power_pagable") == 0) return p->sets_power_pagable;
    if (strcmp(fact, "power_pagable") == 0) return c->dm ? devmodel_power_pagable(c->dm, p) : p->sets_power_pagable;
    if (strcmp(fact, "has_add_device") == 0) return p->has_add_device;
    if (strcmp(fact, "pnp") == 0) return p->has_add_device || (p->dispatch_slots & (1u << IRP_MJ_PNP_CODE));
    if (strncmp(fact, "calls:", 6) == 0) return ptrmap_get(&p->called, intern(fact + 6)) != NULL;
    if (strncmp(fact, "role:", 5) == 0) {
        for (uint32_t i = 0; i < p->nentries; i++)
            if (glob_match(fact + 5, p->entries[i].role)) return true;
        return false;
    }
    return false;
}

static bool model_fact(const Ctx *c, const char *fact)
{
    const DeviceModel *dm = c->dm;
    if (!dm) return false;
    if (strcmp(fact, "pre_vista") == 0) return dm->pre_vista;
    if (strcmp(fact, "paging_path") == 0) return dm->paging_path;
    if (strcmp(fact, "inrush") == 0) return dm->power_inrush;
    if (strcmp(fact, "device_json") == 0) return dm->from_file;
    return false;
}

static bool glob_match(const char *pat, const char *s);

static bool glob_match(const char *pat, const char *s)
{
    if (!s) return false;
    size_t n = strlen(pat);
    if (n && pat[n - 1] == '*') return strncmp(pat, s, n - 1) == 0;
    return strcmp(pat, s) == 0;
}

static bool names_match(const char *const *names, uint32_t n, const char *s)
{
    for (uint32_t i = 0; i < n; i++)
        if (glob_match(names[i], s)) return true;
    return false;
}

static bool code_in(const Ctx *c, Value v, const Guard *g)
{
    for (uint32_t i = 0; i < g->nset; i++) {
        if (!c->s) {
            if (v.kind == V_INT && v.n == g->set[i]) return true;
            continue;
        }
        if (g->must ? state_must(c->s, v, OP_EQ, g->set[i]) : state_may(c->s, v, OP_EQ, g->set[i])) return true;
    }
    return false;
}

/* ---- guards --------------------------------------------------------------------------- */

static int callee_level(const Ctx *c, int which, bool *ok)
{
    const Contract *k = c->ev->contract;
    *ok = false;
    if (!k) return 0;
    IrqlRef r = which == -1 ? k->irql_max : k->irql_min;
    if (r.kind == IRQL_LEVEL) {
        *ok = true;
        return r.level;
    }
    if (r.kind == IRQL_DIRQL) {
        *ok = true;
        return which == -1 ? g_irql_arch.dirql_hi : g_irql_arch.dirql_lo;
    }
    return 0;
}

static bool guard_level(const Ctx *c, const Guard *g, int *level)
{
    if (g->level >= 0) {
        *level = g->level;
        return true;
    }
    bool ok;
    *level = callee_level(c, g->level, &ok);
    return ok;
}

static bool eval_guard(const Ctx *c, const Guard *g);

static bool eval_machine_guard(const Ctx *c, const Guard *g)
{
    const Machine *m = &c->rs->machines[g->machine];
    if (g->kind == G_EXISTS) {
        if (!c->s) return false;
        uint32_t n;
        MachineInst *all = state_machines(c->s, &n);
        for (uint32_t i = 0; i < n; i++) {
            if (all[i].machine != g->machine) continue;
            if (g->state_mask && !(g->state_mask & (1u << inst_state(m, &all[i])))) continue;
            if (g->nnames && !names_match(g->names, g->nnames, all[i].kind)) continue;
            if (g->attr_name && g->op == PO_SAME_AS) {
                Value a = all[i].attr[g->attr];
                if (strcmp(g->path, "object") == 0) {
                    uint64_t k;
                    if (!(a.kind == V_PTR && state_pointee(c->s, a, &k) && k == c->ev->object)) continue;
                } else if (strcmp(g->path, "saved") == 0) {
                    if (!provably_same(a, c->ev->saved_irql)) continue;
                }
            }
            ((Ctx *)c)->matched = &all[i];
            return true;
        }
        return false;
    }
    uint64_t key = c->key;
    if (g->obj.kind != B_UNSET && !bind_one(c, g->obj, &key)) return false;
    MachineInst tmp;
    const MachineInst *in = (g->machine == (int)(c->m - c->rs->machines) && key == c->key && c->inst)
                                ? c->inst
                                : instance_of(c, g->machine, key, &tmp);
    if (g->kind == G_STATE) {
        if (g->nnames && !names_match(g->names, g->nnames, in->kind)) return false;
        return (g->state_mask & (1u << inst_state(m, in))) != 0;
    }
    /* G_ATTR */
    Value a = in->attr[g->attr];
    if (g->op == PO_EQ) return a.kind == V_INT && a.n == g->k;
    if (strcmp(g->path, "saved") == 0) return a.kind && provably_same(a, c->ev->saved_irql);
    if (strcmp(g->path, "object") == 0) {
        uint64_t k;
        return a.kind == V_PTR && c->s && state_pointee(c->s, a, &k) && k == c->ev->object;
    }
    return false;
}

static bool eval_guard(const Ctx *c, const Guard *g)
{
    State *s = c->s;
    const Event *ev = c->ev;
    int lo = 0, hi = 0, level;
    switch (g->kind) {
    case G_ALL:
        for (uint32_t i = 0; i < g->nkids; i++)
            if (!eval_guard(c, g->kids[i])) return false;
        return true;
    case G_ANY:
        for (uint32_t i = 0; i < g->nkids; i++)
            if (eval_guard(c, g->kids[i])) return true;
        return false;
    case G_NOT:
        return !eval_guard(c, g->kids[0]);
    case G_IRQL_ABOVE:
        if (!s || !guard_level(c, g, &level)) return false;
        state_irql(s, &lo, &hi);
        return hi > level;
    case G_IRQL_BELOW:
        if (!s || !guard_level(c, g, &level)) return false;
        state_irql(s, &lo, &hi);
        return lo < level;
    case G_IRQL_AT_LEAST:
        if (!s || !guard_level(c, g, &level)) return false;
        state_irql(s, &lo, &hi);
        return hi >= level;
    case G_ROLE_IRQL_AT_LEAST:
        return ev->kind == EV_ENTRYPOINT && ev->role_irql_hi >= g->level;
    case G_IRQL_CHANGED: {
        if (!s) return false;
        Value a = state_frame_entry_irql(s), b = state_irql_value(s);
        a.tag = b.tag = 0;
        return !val_same(a, b);
    }
    case G_RAISE_LOWERS: {
        const Contract *k = ev->contract;
        if (!s || !k) return false;
        state_irql(s, &lo, &hi);
        for (uint32_t i = 0; i < k->nirql; i++) {
            const IrqlEffect *ie = &k->irql[i];
            if (ie->kind != IRQL_EFF_RAISE || ie->cond != COND_ALWAYS) continue;
            if (ie->to.kind == IRQL_LEVEL && ie->to.level < hi) return true;
            if (ie->to.kind == IRQL_PARAM && (uint32_t)ie->to.param < ev->nargs &&
                state_may(s, ev->args[ie->to.param], OP_LT, hi))
                return true;
        }
        return false;
    }
    case G_PRED:
        return eval_pred(c, g);
    case G_STATE:
    case G_EXISTS:
    case G_ATTR:
        return eval_machine_guard(c, g);
    case G_EVENT_FLAG:
        if (strcmp(g->path, "raised") == 0) return ev->lock_raised == g->flag_value;
        if (strcmp(g->path, "held") == 0) return ev->lock_held == g->flag_value;
        return ev->lock_restores == g->flag_value;
    case G_ROLE:
        return names_match(g->names, g->nnames, ev->kind == EV_ENTRYPOINT ? ev->role : (s ? state_role(s) : NULL));
    case G_DEVICE_ROLE:
        return s && names_match(g->names, g->nnames, state_device_role(s));
    case G_DRIVER_KIND:
        return c->dm && names_match(g->names, g->nnames, c->dm->kind);
    case G_ENTRY_MINOR:
    case G_ENTRY_MAJOR: {
        uint64_t irp;
        if (!s || !state_entry_irp(s, &irp)) return false;
        return code_in(c, harness_irp_entry_code(s, irp, g->kind == G_ENTRY_MINOR), g);
    }
    case G_IRP_CODE: {
        uint64_t irp;
        if (!s || !bind_one(c, g->obj, &irp)) return false;
        return code_in(c, harness_irp_code(s, irp, g->minor, g->next), g);
    }
    case G_FUNCTION:
        for (uint32_t i = 0; i < g->nnames; i++)
            if (!function_fact(c, g->names[i])) return false;
        return true;
    case G_DRIVER:
        for (uint32_t i = 0; i < g->nnames; i++)
            if (!driver_fact(c, g->names[i])) return false;
        return true;
    case G_MODEL:
        for (uint32_t i = 0; i < g->nnames; i++)
            if (!model_fact(c, g->names[i])) return false;
        return true;
    case G_AT_ROOT:
        return s && state_called_by_os(s);
    case G_OWNED_BY_FRAME: {
        if (!s || !c->inst) return false;
        for (int i = 0; i < 4; i++)
            if (c->im->attr_names[i] && strcmp(c->im->attr_names[i], "depth") == 0)
                return c->inst->attr[i].kind == V_INT && c->inst->attr[i].n >= (int64_t)state_depth(s);
        return false;
    }
    case G_IS_ENTRY_IRP: {
        uint64_t irp;
        return s && state_entry_irp(s, &irp) && irp == c->key;
    }
    case G_CALLEE_KNOWN:
        return ev->contract && (ev->contract->irql_max.kind != IRQL_UNSET || ev->contract->irql_min.kind != IRQL_UNSET);
    }
    return false;
}

/* ---- messages ---------------------------------------------------------------------- */

static const char *irql_range_text(int lo, int hi, StrBuf *tmp)
{
    sb_clear(tmp);
    if (lo == hi) sb_puts(tmp, irql_level_name(lo));
    else sb_printf(tmp, "%s..%s", irql_level_name(lo), irql_level_name(hi));
    return sb_cstr(tmp);
}

static const char *object_text(const Ctx *c)
{
    if (c->inst && c->inst->name) return c->inst->name;
    if (c->ev->object_name && (c->ev->kind == EV_ACQUIRE || c->ev->kind == EV_RELEASE || c->ev->kind == EV_CONVERT || c->ev->kind == EV_REQUIRE ||
                               c->ev->kind == EV_ACCESS || c->ev->kind == EV_STORE))
        return c->ev->object_name;
    if (c->s && is_location_key(c->key)) return state_object_name(c->s, c->key);
    return NULL; /* the rule binds no object */
}

static void format_message(const Ctx *c, const char *tmpl, StrBuf *out)
{
    const Event *ev = c->ev;
    StrBuf tmp;
    sb_init(&tmp);
    for (const char *p = tmpl; *p; p++) {
        if (*p != '{') {
            sb_putc(out, *p);
            continue;
        }
        const char *close = strchr(p, '}');
        if (!close) {
            sb_puts(out, p);
            break;
        }
        char name[48];
        size_t n = (size_t)(close - p - 1);
        if (n >= sizeof name) n = sizeof name - 1;
        memcpy(name, p + 1, n);
        name[n] = 0;
        p = close;
        int lo = 0, hi = 0;
        bool ok;
        if (strcmp(name, "callee") == 0) sb_puts(out, ev->callee ? ev->callee : "?");
        else if (strcmp(name, "irql") == 0 && c->s) {
            state_irql(c->s, &lo, &hi);
            sb_puts(out, irql_level_name(hi));
        } else if (strcmp(name, "irql_range") == 0 && c->s) {
            state_irql(c->s, &lo, &hi);
            sb_puts(out, irql_range_text(lo, hi, &tmp));
        } else if (strcmp(name, "irql_low") == 0 && c->s) {
            state_irql(c->s, &lo, &hi);
            sb_puts(out, irql_level_name(lo));
        } else if (strcmp(name, "entry_irql") == 0 && c->s) {
            Value v = state_frame_entry_irql(c->s);
            if (v.kind == V_INT) sb_puts(out, irql_level_name((int)v.n));
            else {
                state_entry_irql(c->s, &lo, &hi);
                sb_puts(out, lo == hi ? irql_level_name(lo) : "its entry IRQL");
            }
        } else if (strcmp(name, "callee_max") == 0) {
            int l = callee_level(c, -1, &ok);
            sb_puts(out, ok ? irql_level_name(l) : "?");
        } else if (strcmp(name, "callee_min") == 0) {
            int l = callee_level(c, -2, &ok);
            sb_puts(out, ok ? irql_level_name(l) : "?");
        } else if (strcmp(name, "object") == 0) {
            const char *o = object_text(c);
            sb_puts(out, o ? o : "the object");
        }
        else if (strcmp(name, "kind") == 0) sb_puts(out, ev->lock_kind ? ev->lock_kind : (c->inst && c->inst->kind ? c->inst->kind : "lock"));
        else if (strcmp(name, "routine") == 0) sb_puts(out, c->inst && c->inst->text ? c->inst->text : "?");
        else if (strcmp(name, "site") == 0) {
            if (c->inst && c->inst->site.line && c->prog)
                sb_printf(out, "%s:%u", program_loc_path(c->prog, c->inst->site), c->inst->site.line);
            else
                sb_puts(out, "an earlier point");
        } else if (strcmp(name, "function") == 0) {
            const Func *f = event_function(c);
            sb_puts(out, f ? f->name : "?");
        } else if (strcmp(name, "role") == 0) sb_puts(out, ev->kind == EV_ENTRYPOINT ? ev->role : (c->s ? state_role(c->s) : "?"));
        else if (strcmp(name, "field") == 0) sb_puts(out, ev->field ? ev->field : "");
        else if (strncmp(name, "arg", 3) == 0 && name[3] >= '1' && name[3] <= '9') {
            uint32_t i = (uint32_t)atoi(name + 3) - 1;
            if (i < ev->nargs && ev->arg_exprs && c->s) sb_puts(out, state_value_name(c->s, ev->args[i], ev->arg_exprs[i]));
            else sb_puts(out, "?");
        } else if (strcmp(name, "registrar") == 0) sb_puts(out, ev->registrar ? ev->registrar : "?");
        else if (strcmp(name, "held") == 0) sb_puts(out, c->matched && c->matched->name ? c->matched->name : "a spin lock");
        else if (strcmp(name, "held_site") == 0) {
            if (c->matched && c->matched->site.line && c->prog)
                sb_printf(out, "%s:%u", program_loc_path(c->prog, c->matched->site), c->matched->site.line);
            else
                sb_puts(out, "an earlier point");
        } else if (strcmp(name, "held_routine") == 0) sb_puts(out, c->matched && c->matched->text ? c->matched->text : "?");
        else if (strcmp(name, "role_irql") == 0) sb_puts(out, irql_range_text(ev->role_irql_lo, ev->role_irql_hi, &tmp));
        else if (strcmp(name, "state") == 0) {
            const MachineInst *in = c->inst;
            sb_puts(out, in && c->im && c->im->has_machine ? c->im->states[inst_state(c->im, in)] : "?");
        } else if (strcmp(name, "minor") == 0 && c->s) {
            uint64_t irp;
            int64_t mn = -1, mj = -1;
            if (state_entry_irp(c->s, &irp)) {
                Value vmj = harness_irp_entry_code(c->s, irp, false), vmn = harness_irp_entry_code(c->s, irp, true);
                if (!(state_must(c->s, vmj, OP_EQ, IRP_MJ_PNP_CODE) && (mj = IRP_MJ_PNP_CODE)) &&
                    !(state_must(c->s, vmj, OP_EQ, IRP_MJ_POWER_CODE) && (mj = IRP_MJ_POWER_CODE)))
                    mj = -1;
                for (int k = 0; k < 32 && mn < 0; k++)
                    if (state_must(c->s, vmn, OP_EQ, k)) mn = k;
            }
            const char *nm = mj >= 0 && mn >= 0 ? irp_mn_name((int)mj, (int)mn) : NULL;
            sb_puts(out, nm ? nm : "this request");
        } else if (strcmp(name, "missing_dispatch") == 0 && c->prog) {
            static const int majors[] = {IRP_MJ_PNP_CODE, IRP_MJ_POWER_CODE, IRP_MJ_SYSTEM_CONTROL_CODE};
            bool first = true;
            for (int k = 0; k < 3; k++)
                if (!(c->prog->dispatch_slots & (1u << majors[k]))) {
                    sb_printf(out, "%s%s", first ? "" : ", ", irp_mj_name(majors[k]));
                    first = false;
                }
        }
        else {
            sb_printf(out, "{%s}", name);
        }
    }
    sb_free(&tmp);
}

/* ---- transitions ------------------------------------------------------------------ */

static bool filter_matches(const Ctx *c, const Transition *t, bool kinds_on_instance)
{
    const Event *ev = c->ev;
    (void)kinds_on_instance;
    if (t->ncallees) {
        bool in = ev->callee && names_match(t->callees, t->ncallees, ev->callee);
        if (t->callee_not ? in : !in) return false;
    }
    if (t->nroles) {
        const char *role = ev->kind == EV_ENTRYPOINT ? ev->role : (c->s ? state_role(c->s) : NULL);
        if (ev->kind == EV_CALLBACK_RETURN) role = ev->role;
        if (!names_match(t->roles, t->nroles, role)) return false;
    }
    if (t->field) {
        size_t n = strlen(t->field);
        if (!ev->field || strncmp(ev->field, t->field, n) != 0 || (ev->field[n] && ev->field[n] != '.' && ev->field[n] != '['))
            return false;
    }
    return true;
}

static Loc static_loc(const Ctx *c, const Transition *t)
{
    const Func *f = c->ev->func;
    if (t->at && strcmp(t->at, "site") == 0 && c->inst && c->inst->site.line) return c->inst->site;
    if (t->at && f) {
        if (strcmp(t->at, "paged_code") == 0 && f->paged_code_loc.line) return f->paged_code_loc;
        if (strcmp(t->at, "paged_code_2") == 0 && f->paged_code_loc2.line) return f->paged_code_loc2;
        if (strcmp(t->at, "section") == 0 && f->section_loc.line) return f->section_loc;
        if (strcmp(t->at, "function") == 0) return f->loc;
    }
    return c->ev->loc;
}

static void fire(Ctx *c, const Transition *t, UpdateVec *ups)
{
    const Event *ev = c->ev;
    const Machine *m = c->m;
    if (t->error) {
        StrBuf msg;
        sb_init(&msg);
        format_message(c, t->error, &msg);
        Event rep = *ev;
        rep.loc = static_loc(c, t);
        bool moved = rep.loc.line != ev->loc.line || rep.loc.file != ev->loc.file || rep.loc.col != ev->loc.col;
        rep.end = (moved || ev->kind == EV_FUNCTION || ev->kind == EV_ENTRYPOINT || ev->kind == EV_DRIVER) ? rep.loc : ev->end;
        const Loc *related = NULL;
        const char *related_msg = NULL;
        if (t->related_contract && ev->contract && ev->contract->loc.line) {
            related = &ev->contract->loc;
            related_msg = "the requirement is declared here";
        }
        engine_report(c->e, c->s, &rep, m->info.id, m->info.family, m->info.severity, sb_cstr(&msg), object_text(c),
                      related, related_msg);
        sb_free(&msg);
        if (t->ends_path && c->s) {
            state_end_path(c->s);
            return;
        }
        for (uint32_t i = 0; i < t->nmutes && c->s; i++) engine_mute(c->e, c->s, t->mutes[i]);
    }
    if (t->note && c->s) {
        StrBuf msg;
        sb_init(&msg);
        format_message(c, t->note, &msg);
        state_trace(c->s, ev->loc, "%s", sb_cstr(&msg));
        sb_free(&msg);
    }
    if (!m->has_machine || !c->s || c->im != m) return;
    if (t->to == -1 && !t->drop && !t->nrec && !t->record_text_callee && !t->record_kind) return;
    Update u;
    memset(&u, 0, sizeof u);
    u.machine = (uint16_t)(m - c->rs->machines);
    u.key = c->key;
    u.to = t->to;
    u.drop = t->drop;
    u.site = ev->loc;
    u.name = object_text(c);
    if (t->record_text_callee) u.text = ev->callee;
    if (t->record_kind) u.kind = ev->lock_kind_to ? ev->lock_kind_to : ev->lock_kind;
    for (uint32_t i = 0; i < t->nrec; i++) {
        const Record *r = &t->rec[i];
        Value v = val_int(0);
        bool have = true;
        switch (r->what) {
        case R_SAVED_IRQL: have = ev->has_saved_irql; v = ev->saved_irql; break;
        case R_ARG: have = (uint32_t)r->arg < ev->nargs; if (have) v = ev->args[r->arg]; break;
        case R_RETURN: v = ev->ret; break;
        case R_IRQL: v = state_irql_value(c->s); break;
        case R_VALUE: v = ev->value; break;
        case R_OBJECT: v = val_int((int64_t)c->key); break;
        case R_DEPTH: v = val_int(state_depth(c->s)); break;
        case R_CALLER_DEPTH: v = val_int((int64_t)state_depth(c->s) - 1); break;
        case R_RAISED: v = val_int(ev->lock_raised); break;
        case R_CONST: v = val_int(r->k); break;
        case R_IN_CALLBACK: v = val_int(state_in_callback(c->s)); break;
        case R_FIELD: have = is_location_key(c->key); if (have) v = state_object_field(c->s, c->key, r->path); break;
        default: have = false; break;
        }
        if (have) {
            u.attr[r->slot] = v;
            u.set_attr[r->slot] = true;
        }
    }
    VEC_PUSH(*ups, u);
}

static bool kind_listed(const Transition *t, const char *kind)
{
    return kind && names_match(t->kinds, t->nkinds, kind);
}

static void run_machine(Ctx *c, UpdateVec *ups)
{
    const Machine *m = c->m;
    const Event *ev = c->ev;
    /* Per bound instance, the first matching transition fires. Instances
       that fired are remembered so later transitions skip them. */
    uint64_t fired[64];
    uint32_t nfired = 0;
    for (uint32_t ti = 0; ti < m->ntr; ti++) {
        const Transition *t = &m->tr[ti];
        if (t->on != ev->kind) continue;
        /* lock-kind filters apply to the event, or to each instance when
           the event has no lock */
        bool kinds_on_instance = t->nkinds && !ev->lock_kind && t->obj.kind == B_ALL;
        if (!kinds_on_instance && t->nkinds && !kind_listed(t, ev->lock_kind)) continue;
        if (!filter_matches(c, t, kinds_on_instance)) continue;
        const Machine *im = &c->rs->machines[t->over];
        uint16_t mi = (uint16_t)t->over;
        c->im = im;
        c->matched = NULL;
        if (t->obj.kind == B_ALL) {
            if (!c->s) continue;
            uint32_t n;
            MachineInst *all = state_machines(c->s, &n);
            /* firing does not change the vector: updates are deferred */
            for (uint32_t i = 0; i < n; i++) {
                if (all[i].machine != mi) continue;
                bool done = false;
                for (uint32_t k = 0; k < nfired; k++)
                    if (fired[k] == all[i].object) done = true;
                if (done) continue;
                if (t->from_mask && !(t->from_mask & (1u << inst_state(im, &all[i])))) continue;
                if (kinds_on_instance && !kind_listed(t, all[i].kind)) continue;
                c->inst = &all[i];
                c->key = all[i].object;
                c->matched = NULL;
                if (t->when && !eval_guard(c, t->when)) continue;
                fire(c, t, ups);
                if (nfired < 64) fired[nfired++] = all[i].object;
            }
            continue;
        }
        uint64_t key;
        if (!bind_one(c, t->obj, &key)) continue;
        bool done = false;
        for (uint32_t k = 0; k < nfired; k++)
            if (fired[k] == key) done = true;
        if (done) continue;
        MachineInst tmp;
        const MachineInst *in = im->has_machine ? instance_of(c, mi, key, &tmp) : NULL;
        if (t->from_mask && in && !(t->from_mask & (1u << inst_state(im, in)))) continue;
        c->inst = in;
        c->key = key;
        if (t->when && !eval_guard(c, t->when)) continue;
        fire(c, t, ups);
        if (nfired < 64) fired[nfired++] = key;
    }
}

static void apply_updates(RuleSet *rs, State *s, Update *ups, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const Update *u = &ups[i];
        const Machine *m = &rs->machines[u->machine];
        if (u->drop) {
            MachineInst *in = state_machine_find(s, u->machine, u->key);
            if (in) state_machine_remove(s, in);
            continue;
        }
        MachineInst *in = state_machine_add(s, u->machine, u->key);
        bool created = !in->site.line && !in->count && in->state == 0 && !in->name;
        if (created) in->state = (uint8_t)m->initial;
        if (u->to >= 0) {
            in->state = (uint8_t)u->to;
            in->site = u->site;
        } else if (u->to == -2) {
            if (in->count == 0) in->site = u->site;
            in->count++;
        } else if (u->to == -3) {
            if (in->count) in->count--;
        }
        for (int k = 0; k < 4; k++)
            if (u->set_attr[k]) in->attr[k] = u->attr[k];
        if (u->text) in->text = u->text;
        if (u->kind) in->kind = u->kind;
        if (!in->name || u->to >= 0) in->name = u->name;
        /* an instance back in its initial state with nothing to remember goes away */
        bool idle = m->counted ? in->count == 0 : in->state == (uint8_t)m->initial;
        if (idle && (u->to >= 0 || u->to == -3)) state_machine_remove(s, in);
    }
}

void rules_on_event(RuleSet *rs, Engine *e, State *s, const Event *ev)
{
    Ctx c;
    memset(&c, 0, sizeof c);
    c.rs = rs;
    c.e = e;
    c.s = s;
    c.ev = ev;
    c.prog = rs->prog;
    c.dm = rs->dm;
    UpdateVec ups = {0};
    uint32_t bit = 1u << ev->kind;
    for (uint32_t i = 0; i < rs->n; i++) {
        const Machine *m = &rs->machines[i];
        if (!(m->event_mask & bit) || !m->applicable) continue;
        c.m = m;
        c.im = m;
        c.inst = NULL;
        c.key = 0;
        run_machine(&c, &ups);
    }
    if (ups.len && s) apply_updates(rs, s, ups.data, ups.len);
    VEC_FREE(ups);
}

/* ---- static checks, applicability, shadowing ------------------------------------------- */

void rules_static(RuleSet *rs, Engine *e, const Program *p, struct Harness *h)
{
    rs->prog = p;
    rs->dm = h ? harness_model(h) : NULL;
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        Event ev;
        memset(&ev, 0, sizeof ev);
        ev.kind = EV_FUNCTION;
        ev.func = p->funcs[i];
        ev.loc = ev.end = p->funcs[i]->loc;
        ev.contract = p->funcs[i]->contract;
        rules_on_event(rs, e, NULL, &ev);
    }
    const EntryRun *runs;
    uint32_t nruns = h ? harness_runs(h, &runs) : 0;
    for (uint32_t i = 0; i < nruns; i++) {
        if (!runs[i].ep) continue; /* a function checked against its own annotation is not an entry point */
        bool dup = false;
        for (uint32_t k = 0; k < i; k++)
            if (runs[k].fn == runs[i].fn && runs[k].role == runs[i].role) dup = true;
        if (dup) continue;
        Event ev;
        memset(&ev, 0, sizeof ev);
        ev.kind = EV_ENTRYPOINT;
        ev.func = runs[i].fn;
        ev.role = runs[i].role;
        ev.role_irql_lo = runs[i].irql_lo;
        ev.role_irql_hi = runs[i].irql_hi;
        ev.registrar = runs[i].ep ? runs[i].ep->registrar : NULL;
        ev.loc = ev.end = runs[i].ep && runs[i].ep->reg_loc.line ? runs[i].ep->reg_loc : runs[i].fn->loc;
        rules_on_event(rs, e, NULL, &ev);
    }
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_DRIVER;
    ev.loc = ev.end = p->nfuncs ? p->funcs[0]->loc : (Loc){0};
    for (uint32_t i = 0; i < p->nentries; i++)
        if (str_startswith(p->entries[i].role, "DriverEntry")) ev.loc = ev.end = p->entries[i].func->loc;
    rules_on_event(rs, e, NULL, &ev);
}

void rules_applicability(RuleSet *rs, const Program *p, const DeviceModel *dm, Analysis *out)
{
    rs->prog = p;
    rs->dm = dm;
    Ctx c;
    memset(&c, 0, sizeof c);
    c.rs = rs;
    c.prog = p;
    c.dm = dm;
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_DRIVER;
    c.ev = &ev;
    for (uint32_t i = 0; i < rs->n; i++) {
        Machine *m = &rs->machines[i];
        c.m = m;
        c.im = m;
        m->applicable = !m->applies || eval_guard(&c, m->applies);
        if (m->info.is_tracker || !out) continue;
        out->rules = xrealloc(out->rules, sizeof(RuleStatus) * (out->nrules + 1));
        RuleStatus *st = &out->rules[out->nrules++];
        st->rule = m->info.id;
        st->applicable = m->applicable;
        st->reason = m->applicable ? NULL : (m->applies_text ? m->applies_text : "its preconditions do not hold for this driver");
    }
    /* trackers serve whichever rules apply */
    for (uint32_t i = 0; i < rs->n; i++)
        if (rs->machines[i].info.is_tracker) rs->machines[i].applicable = true;
}

static const Machine *machine_by_id(const RuleSet *rs, const char *id)
{
    for (uint32_t i = 0; i < rs->n; i++)
        if (strcmp(rs->machines[i].info.id, id) == 0) return &rs->machines[i];
    return NULL;
}

void rules_postprocess(const RuleSet *rs, Analysis *a)
{
    bool *drop = xcalloc(a->nfindings ? a->nfindings : 1, sizeof(bool));
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Machine *m = machine_by_id(rs, a->findings[i].rule);
        if (!m) continue;
        for (uint32_t s = 0; s < m->nshadows; s++)
            for (uint32_t j = 0; j < a->nfindings; j++) {
                if (j == i || a->findings[j].rule != m->shadows[s]) continue;
                if (a->findings[j].loc.file == a->findings[i].loc.file && a->findings[j].loc.line == a->findings[i].loc.line)
                    drop[j] = true;
            }
    }
    uint32_t w = 0;
    for (uint32_t i = 0; i < a->nfindings; i++)
        if (!drop[i]) a->findings[w++] = a->findings[i];
    a->nfindings = w;
    free(drop);
}

