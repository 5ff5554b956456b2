/*
 * exec.c - executing the IR on one path.
 *
 * eval() computes the value of a pure expression; lvalue() the location an
 * expression designates. exec_instr() runs assignments and calls;
 * exec_terminator() follows gotos, forks at undecided branches and
 * switches, and returns. Calls go three ways:
 *   - a driver function with a body is entered (parameters bound, a frame
 *     pushed); recursion and too-deep calls are not followed, with a note;
 *   - a kernel routine is handed to the OS model (harness_call) or, when the
 *     model has nothing special to say, its contract is applied: IRQL saved,
 *     raised, restored; locks acquired and released (forking for routines
 *     that only do so when they return TRUE or success);
 *   - a call through a pointer that does not resolve is not followed, with a
 *     note in the trace.
 * Every step of interest is published to the rules as an Event.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"
#include "harness/harness.h"
#include "rules/rules.h"

/* ---- helpers ---------------------------------------------------------------- */

void emit(State *s, Event *ev)
{
    Engine *e = s->eng;
    if (!ev->func) ev->func = state_current(s);
    if (e->rules) rules_on_event(e->rules, e, s, ev);
}

const char *range_text(Engine *e, Loc a, Loc b)
{
    const SourceFile *sf = program_file(e->prog, a.file);
    if (!sf || !sf->text || b.file != a.file || b.off <= a.off || b.off > sf->len) return NULL;
    size_t n = b.off - a.off;
    if (n > 160) n = 160;
    StrBuf sb;
    sb_init(&sb);
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        char c = sf->text[a.off + i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = sb.len > 0;
            continue;
        }
        if (space) sb_putc(&sb, ' ');
        space = false;
        sb_putc(&sb, c);
    }
    const char *r = arena_strdup(&e->arena, sb_cstr(&sb));
    sb_free(&sb);
    return r;
}

const char *expr_text(Engine *e, const Expr *x)
{
    StrBuf sb;
    sb_init(&sb);
    ir_dump_expr(x, &sb);
    const char *r = arena_strdup(&e->arena, sb_cstr(&sb));
    sb_free(&sb);
    return r;
}

static Frame *top(State *s)
{
    return &s->frames[s->nframes - 1];
}

static uint32_t func_index(const Engine *e, const Func *f)
{
    for (uint32_t i = 0; i < e->prog->nfuncs; i++)
        if (e->prog->funcs[i] == f) return i + 1;
    return 0;
}

Value func_value(const Engine *e, const Func *f, const char *name)
{
    Value v;
    memset(&v, 0, sizeof v);
    v.kind = V_FUNC;
    v.a = f ? func_index(e, f) : 0;
    v.n = (int64_t)(intptr_t)name;
    return v;
}

const Func *value_func(const Engine *e, Value v)
{
    if (v.kind != V_FUNC || v.a == 0 || v.a > e->prog->nfuncs) return NULL;
    return e->prog->funcs[v.a - 1];
}

static const char *value_func_name(Value v)
{
    return v.kind == V_FUNC ? (const char *)(intptr_t)v.n : NULL;
}

static bool is_local_kind(ObjKind k)
{
    return k == OBJ_LOCAL || k == OBJ_GLOBAL;
}

static void access_event(State *s, uint64_t key, bool write, const Expr *x)
{
    Engine *e = s->eng;
    if (!e->access_events) return;
    uint32_t obj = (uint32_t)(key >> 32);
    if (is_local_kind(e->objs.data[obj].kind)) return;
    uint32_t root = obj_root_owner(e, obj);
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_ACCESS;
    ev.loc = x->loc;
    ev.end = x->loc;
    ev.object = loc_key(root, 0);
    ev.object_name = e->objs.data[root].name;
    ev.field = path_str(e, (uint32_t)key);
    ev.is_write = write;
    emit(s, &ev);
}

/* ---- locations and values ----------------------------------------------------- */

uint64_t symbol_object_key(Value v)
{
    return hash_mix(((uint64_t)v.a << 8) | v.kind, 0xdef0) | 1;
}

static uint32_t object_for_symbol(Engine *e, Value v, const char *name)
{
    uint64_t mk = symbol_object_key(v);
    uint64_t id;
    if (u64map_get(&e->obj_memo, mk, &id)) return (uint32_t)id;
    uint32_t o = obj_new(e, OBJ_LAZY, name, NULL, false);
    if (v.kind == V_SYM) e->objs.data[o].by_symbol = true;
    else e->objs.data[o].pinned = true;
    u64map_put(&e->obj_memo, mk, o);
    return o;
}

bool lvalue(State *s, const Expr *x, uint64_t *key)
{
    Engine *e = s->eng;
    switch (x->kind) {
    case E_VAR: {
        const Var *v = x->u.var;
        if (v->kind == VAR_GLOBAL) *key = loc_key(obj_global(e, v), 0);
        else *key = loc_key(obj_local(e, top(s)->fn, v, top(s)->depth), 0);
        return true;
    }
    case E_MEMBER: {
        uint64_t base;
        if (!lvalue(s, x->u.mem.base, &base)) return false;
        *key = loc_key((uint32_t)(base >> 32), path_child(e, (uint32_t)base, x->u.mem.field));
        return true;
    }
    case E_INDEX: {
        uint64_t base;
        if (!lvalue(s, x->u.bin.a, &base)) return false;
        Value iv = eval(s, x->u.bin.b);
        int64_t k;
        char buf[32];
        if (value_const(s, iv, &k)) snprintf(buf, sizeof buf, "[%lld]", (long long)k);
        else snprintf(buf, sizeof buf, "[*]");
        *key = loc_key((uint32_t)(base >> 32), path_child(e, (uint32_t)base, buf));
        return true;
    }
    case E_DEREF: {
        Value p = eval(s, x->u.sub);
        if (p.kind == V_PTR) {
            /* a pointer the driver dereferences is not NULL on this path */
            if (p.b == 0 && e->objs.data[p.a].addr_sym) (void)assume_cmp(s, p, OP_NE, 0);
            *key = loc_key(p.a, p.b);
            return true;
        }
        /* an integer used as a pointer: one object per unknown value */
        *key = loc_key(object_for_symbol(e, p, expr_text(e, x->u.sub)), 0);
        return true;
    }
    case E_CAST:
        return lvalue(s, x->u.sub, key);
    default:
        return false;
    }
}

static Value fold_binary(Op op, int64_t a, int64_t b, bool *ok)
{
    *ok = true;
    int64_t r = 0;
    switch (op) {
    case OP_ADD: r = (int64_t)((uint64_t)a + (uint64_t)b); break;
    case OP_SUB: r = (int64_t)((uint64_t)a - (uint64_t)b); break;
    case OP_MUL: r = (int64_t)((uint64_t)a * (uint64_t)b); break;
    case OP_DIV: if (!b || (a == INT64_MIN && b == -1)) *ok = false; else r = a / b; break;
    case OP_REM: if (!b || (a == INT64_MIN && b == -1)) *ok = false; else r = a % b; break;
    case OP_SHL: if (b < 0 || b > 63) *ok = false; else r = (int64_t)((uint64_t)a << b); break;
    case OP_SHR: if (b < 0 || b > 63) *ok = false; else r = a >> b; break;
    case OP_AND: r = a & b; break;
    case OP_OR: r = a | b; break;
    case OP_XOR: r = a ^ b; break;
    case OP_EQ: r = a == b; break;
    case OP_NE: r = a != b; break;
    case OP_LT: r = a < b; break;
    case OP_LE: r = a <= b; break;
    case OP_GT: r = a > b; break;
    case OP_GE: r = a >= b; break;
    default: *ok = false; break;
    }
    return val_int(r);
}

static Value truncate_to(const Type *t, Value v)
{
    if (v.kind != V_INT || !t || t->kind != TY_INT) return v;
    int64_t x = v.n;
    switch (t->size) {
    case 1: x = t->is_signed ? (int64_t)(int8_t)x : (int64_t)(uint8_t)x; break;
    case 2: x = t->is_signed ? (int64_t)(int16_t)x : (int64_t)(uint16_t)x; break;
    case 4: x = t->is_signed ? (int64_t)(int32_t)x : (int64_t)(uint32_t)x; break;
    default: break;
    }
    Value r = val_int(x);
    r.tag = v.tag; /* a saved IRQL stays the same saved IRQL in a KIRQL */
    return r;
}

/* A pointer compared with 0 is its address symbol compared with 0. */
static Value null_test_operand(Engine *e, Value v)
{
    if (v.kind == V_PTR && v.b == 0 && e->objs.data[v.a].addr_sym) return sym_value(e, e->objs.data[v.a].addr_sym);
    if (v.kind == V_PTR || v.kind == V_FUNC) return val_int(1);
    return v;
}

static Value eval_binary(State *s, const Expr *x)
{
    Engine *e = s->eng;
    Value a = eval(s, x->u.bin.a), b = eval(s, x->u.bin.b);
    int64_t ca, cb;
    bool ka = value_const(s, a, &ca), kb = value_const(s, b, &cb);
    Op op = x->op;
    bool cmp = op >= OP_EQ && op <= OP_GE;
    if (ka && kb && a.kind != V_PTR && b.kind != V_PTR) {
        bool ok;
        Value r = fold_binary(op, ca, cb, &ok);
        if (ok) return cmp ? r : truncate_to(x->type, r);
    }
    if (a.kind == V_PTR || b.kind == V_PTR) {
        if (cmp) {
            if (a.kind == V_PTR && b.kind == V_PTR) {
                if (val_same(a, b)) return val_int(op == OP_EQ || op == OP_LE || op == OP_GE);
                /* different objects: equal only if one is an alias we cannot see */
                if (op == OP_EQ || op == OP_NE) return sym_derived(e, op, a, b);
                return sym_value(e, sym_new_range(e, "pointer comparison", 0, 1));
            }
            Value pa = null_test_operand(e, a), pb = null_test_operand(e, b);
            if (pa.kind == V_INT && pb.kind == V_INT) {
                bool ok;
                return fold_binary(op, pa.n, pb.n, &ok);
            }
            return sym_derived(e, op, pa, pb);
        }
        if ((op == OP_ADD || op == OP_SUB) && a.kind == V_PTR && b.kind != V_PTR) {
            if (kb && cb == 0) return a;
            return ptr_to(a.a, path_child(e, a.b, "[*]"));
        }
        if (op == OP_ADD && b.kind == V_PTR && a.kind != V_PTR) return ptr_to(b.a, path_child(e, b.b, "[*]"));
        if (op == OP_AND || op == OP_OR) return sym_derived(e, op, a, b);
        return sym_value(e, sym_new(e, "pointer arithmetic", x->type));
    }
    if (ka) a = val_int(ca);
    if (kb) b = val_int(cb);
    /* canonical order for commutative ops with one constant: symbol first */
    if (a.kind == V_INT && b.kind != V_INT &&
        (op == OP_AND || op == OP_OR || op == OP_ADD || op == OP_MUL || op == OP_XOR || op == OP_EQ || op == OP_NE)) {
        Value t = a;
        a = b;
        b = t;
    } else if (a.kind == V_INT && b.kind != V_INT && cmp) {
        Value t = a;
        a = b;
        b = t;
        op = op == OP_LT ? OP_GT : op == OP_LE ? OP_GE : op == OP_GT ? OP_LT : op == OP_GE ? OP_LE : op;
    }
    /* x & 0 and x | ~0 style shortcuts are rare; keep the derived symbol */
    Value d = sym_derived(e, op, a, b);
    if (!cmp && x->type) {
        /* a derived value of a narrow type keeps its type range */
        SymInfo *si = &e->syms.data[d.a];
        if (si->lo == INT64_MIN && si->hi == INT64_MAX) type_range(x->type, &si->lo, &si->hi);
    }
    return d;
}

static Value eval_unary(State *s, const Expr *x)
{
    Engine *e = s->eng;
    Value v = eval(s, x->u.sub);
    int64_t c;
    if (x->op == OP_LNOT) {
        Value t = null_test_operand(e, v);
        if (value_const(s, t, &c)) return val_int(!c);
        return sym_derived(e, OP_EQ, t, val_int(0));
    }
    if (value_const(s, v, &c)) return truncate_to(x->type, val_int(x->op == OP_NEG ? -c : ~c));
    return sym_derived(e, x->op, v, val_int(0));
}

Value eval(State *s, const Expr *x)
{
    Engine *e = s->eng;
    switch (x->kind) {
    case E_INT:
        return val_int(x->u.ival);
    case E_STR: {
        uint64_t mk = hash_mix((uint64_t)(uintptr_t)x, 0x57a1) | 1;
        uint64_t id;
        if (!u64map_get(&e->obj_memo, mk, &id)) {
            id = obj_new(e, OBJ_GLOBAL, "string literal", x->type, false);
            u64map_put(&e->obj_memo, mk, id);
        }
        return ptr_to((uint32_t)id, 0);
    }
    case E_FUNC:
        return func_value(e, x->u.fn.func, x->u.fn.fname);
    case E_VAR:
    case E_MEMBER:
    case E_INDEX:
    case E_DEREF: {
        uint64_t key;
        if (!lvalue(s, x, &key)) return sym_value(e, sym_new(e, "unknown", x->type));
        if (x->kind != E_VAR) access_event(s, key, false, x);
        if (x->type && (x->type->kind == TY_RECORD || x->type->kind == TY_ARRAY)) {
            /* an aggregate used as a value: a reference to its location */
            return ptr_to((uint32_t)(key >> 32), (uint32_t)key);
        }
        return mem_load(s, key, x->type);
    }
    case E_ADDR: {
        if (x->u.sub->kind == E_FUNC) return eval(s, x->u.sub);
        uint64_t key;
        if (!lvalue(s, x->u.sub, &key)) return sym_value(e, sym_new(e, "unknown address", x->type));
        return ptr_to((uint32_t)(key >> 32), (uint32_t)key);
    }
    case E_UNARY:
        return eval_unary(s, x);
    case E_BINARY:
        return eval_binary(s, x);
    case E_CAST: {
        Value v = eval(s, x->u.sub);
        return truncate_to(x->type, v);
    }
    case E_UNKNOWN:
    default: {
        uint64_t mk = hash_mix((uint64_t)(uintptr_t)x, 0x0bad) | 1;
        uint64_t id;
        if (!u64map_get(&e->sym_memo, mk, &id)) {
            id = sym_new(e, "unknown value", x->type);
            u64map_put(&e->sym_memo, mk, id);
        }
        return sym_value(e, (uint32_t)id);
    }
    }
}

/* ---- assignments ----------------------------------------------------------------- */

static void store_event(State *s, uint64_t key, Value v, const Instr *in)
{
    Engine *e = s->eng;
    uint32_t obj = (uint32_t)(key >> 32);
    uint32_t root = obj_root_owner(e, obj);
    if (!is_local_kind(e->objs.data[obj].kind)) access_event(s, key, true, in->lhs);
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_STORE;
    ev.loc = in->loc;
    ev.end = in->end;
    ev.object = root == obj ? loc_key(obj, 0) : loc_key(root, 0);
    ev.object_name = e->objs.data[root].name;
    ev.field = path_str(e, (uint32_t)key);
    ev.value = v;
    ev.is_write = true;
    emit(s, &ev);
}

static void exec_assign(State *s, const Instr *in)
{
    uint64_t key;
    if (!lvalue(s, in->lhs, &key)) return;
    const Type *t = in->lhs->type;
    bool aggregate = t && (t->kind == TY_RECORD || t->kind == TY_ARRAY);
    if (aggregate) {
        if (in->rhs->kind == E_INT) {
            mem_zero(s, key);
        } else {
            Value v = eval(s, in->rhs);
            if (v.kind == V_PTR) mem_copy(s, key, loc_key(v.a, v.b));
            else mem_havoc(s, key, t);
        }
        store_event(s, key, val_int(0), in);
        return;
    }
    Value v = eval(s, in->rhs);
    v = truncate_to(t, v);
    mem_store(s, key, v);
    store_event(s, key, v, in);
}

void set_call_result(State *s, const Instr *in, Value v)
{
    if (!in || !in->lhs) return;
    uint64_t key;
    if (lvalue(s, in->lhs, &key)) mem_store(s, key, v);
}

/* ---- contracts ------------------------------------------------------------------------ */

static bool lock_object(State *s, const LockEffect *le, const Value *args, uint32_t nargs, Value ret,
                        uint64_t *key)
{
    Engine *e = s->eng;
    Value v;
    switch (le->obj) {
    case LOBJ_GLOBAL:
        if (le->path) {
            /* a named global variable */
            for (uint32_t i = 0; i < e->prog->nglobals; i++)
                if (strcmp(e->prog->globals[i]->name, le->path) == 0) {
                    *key = loc_key(obj_global(e, e->prog->globals[i]), 0);
                    return true;
                }
        }
        *key = loc_key(obj_global_lock(e, le->kind), 0);
        return true;
    case LOBJ_RETURN:
        v = ret;
        break;
    case LOBJ_PARAM:
        if ((uint32_t)le->param >= nargs) return false;
        v = args[le->param];
        break;
    default:
        return false;
    }
    uint32_t obj, path;
    if (v.kind == V_PTR) {
        obj = v.a;
        path = v.b;
    } else {
        obj = object_for_symbol(e, v, "lock");
        path = 0;
    }
    if (le->path) path = path_join_str(e, path, le->path);
    *key = loc_key(obj, path);
    return true;
}

static bool contract_has(const Contract *c, IrqlEffectKind k, EffectCond cond)
{
    for (uint32_t i = 0; c && i < c->nirql; i++)
        if (c->irql[i].kind == k && c->irql[i].cond == cond) return true;
    return false;
}

/* The IRQL value a restore or lower effect uses: the argument itself, the
   value a pointer argument points to (an in-stack queued lock handle holds
   the old IRQL), or the value saved inside an object (_IRQL_restores_global_). */
static Value saved_irql_of(State *s, const IrqlEffect *ie, Value arg)
{
    Engine *e = s->eng;
    if (arg.kind != V_PTR) return arg;
    if (ie->to.kind == IRQL_PARAM) return mem_load(s, loc_key(arg.a, path_child(e, arg.b, "$SavedIrql")), NULL);
    return mem_load(s, loc_key(arg.a, arg.b), NULL);
}

/* Applies the effects of a contract that happen under `cond`. */
static void apply_effects(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                          uint32_t nargs, Value *ret, EffectCond cond)
{
    Engine *e = s->eng;
    Value saved = val_int(0);
    bool has_saved = false;
    Loc loc = in ? in->loc : (Loc){0};
    Loc end = in ? in->end : (Loc){0};
    /* 1. save and raise */
    for (uint32_t i = 0; i < c->nirql; i++) {
        const IrqlEffect *ie = &c->irql[i];
        if (ie->cond != cond) continue;
        if (ie->kind == IRQL_EFF_SAVE) {
            saved = s->irql;
            saved.tag = ++e->next_tag;
            has_saved = true;
            if (ie->param < 0) {
                *ret = saved;
            } else if ((uint32_t)ie->param < nargs) {
                Value p = args[ie->param];
                if (p.kind == V_PTR) {
                    uint32_t path = p.b;
                    if (ie->to.kind == IRQL_PARAM) path = path_child(e, path, "$SavedIrql");
                    mem_store(s, loc_key(p.a, path), saved);
                }
            }
        }
    }
    for (uint32_t i = 0; i < c->nirql; i++) {
        const IrqlEffect *ie = &c->irql[i];
        if (ie->cond != cond || ie->kind != IRQL_EFF_RAISE) continue;
        if (ie->to.kind == IRQL_LEVEL) s->irql = val_int(ie->to.level);
        else if (ie->to.kind == IRQL_DIRQL) s->irql = val_int(g_irql_arch.dirql_hi);
        else if (ie->to.kind == IRQL_PARAM && (uint32_t)ie->to.param < nargs) s->irql = args[ie->to.param];
        s->irql.tag = 0;
        Event ev;
        memset(&ev, 0, sizeof ev);
        ev.kind = EV_RAISE;
        ev.loc = loc;
        ev.end = end;
        ev.callee = name;
        ev.contract = c;
        ev.args = args;
        ev.nargs = nargs;
        ev.arg_exprs = in ? (const Expr *const *)in->args : NULL;
        ev.value = s->irql;
        ev.saved_irql = saved;
        ev.has_saved_irql = has_saved;
        emit(s, &ev);
    }
    /* 2. locks */
    for (uint32_t i = 0; i < c->nlocks; i++) {
        const LockEffect *le = &c->locks[i];
        if (le->cond != cond || le->op == LOCK_REQUIRES_HELD || le->op == LOCK_REQUIRES_NOT_HELD) continue;
        uint64_t key;
        if (!lock_object(s, le, args, nargs, *ret, &key)) continue;
        Event ev;
        memset(&ev, 0, sizeof ev);
        ev.kind = le->op == LOCK_ACQUIRE ? EV_ACQUIRE : le->op == LOCK_RELEASE ? EV_RELEASE : EV_CONVERT;
        ev.loc = loc;
        ev.end = end;
        ev.callee = name;
        ev.contract = c;
        ev.args = args;
        ev.nargs = nargs;
        ev.arg_exprs = in ? (const Expr *const *)in->args : NULL;
        ev.object = key;
        ev.object_name = le->obj == LOBJ_PARAM && in && (uint32_t)le->param < in->nargs
                             ? state_value_name(s, args[le->param], in->args[le->param])
                             : loc_name(e, key);
        ev.lock_kind = le->kind;
        ev.lock_kind_to = le->kind_to;
        if (le->op == LOCK_ACQUIRE) {
            ev.lock_raised = has_saved && contract_has(c, IRQL_EFF_RAISE, cond);
            ev.saved_irql = saved;
            ev.has_saved_irql = has_saved;
        } else {
            for (uint32_t k = 0; k < c->nirql; k++) {
                const IrqlEffect *ie = &c->irql[k];
                if (ie->cond != cond || ie->kind != IRQL_EFF_RESTORE) continue;
                ev.lock_restores = true;
                if ((uint32_t)ie->param < nargs) {
                    ev.saved_irql = saved_irql_of(s, ie, args[ie->param]);
                    ev.has_saved_irql = true;
                }
            }
        }
        emit(s, &ev);
    }
    /* 3. restore and lower */
    for (uint32_t i = 0; i < c->nirql; i++) {
        const IrqlEffect *ie = &c->irql[i];
        if (ie->cond != cond) continue;
        if (ie->kind != IRQL_EFF_RESTORE && ie->kind != IRQL_EFF_LOWER) continue;
        if (ie->param < 0 || (uint32_t)ie->param >= nargs) continue;
        Value v = saved_irql_of(s, ie, args[ie->param]);
        if (v.kind == V_PTR) continue;
        Event ev;
        memset(&ev, 0, sizeof ev);
        ev.kind = EV_LOWER;
        ev.loc = loc;
        ev.end = end;
        ev.callee = name;
        ev.contract = c;
        ev.args = args;
        ev.nargs = nargs;
        ev.arg_exprs = in ? (const Expr *const *)in->args : NULL;
        ev.value = v;            /* keeps its tag: which save it came from */
        ev.saved_irql = v;
        ev.has_saved_irql = true;
        emit(s, &ev);
        v.tag = 0;
        s->irql = v;
    }
}

/* An event about the call instruction `in` to routine `name`. */
static void call_site_event(Event *ev, EventKind kind, const Instr *in, const char *name, const Contract *c,
                            const Value *args, uint32_t nargs)
{
    memset(ev, 0, sizeof *ev);
    ev->kind = kind;
    ev->loc = in->loc;
    ev->end = in->end;
    ev->callee = name;
    ev->contract = c;
    ev->args = args;
    ev->nargs = nargs;
    ev->arg_exprs = (const Expr *const *)in->args;
}

static void call_return_event(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                              uint32_t nargs, Value ret)
{
    Event ev;
    call_site_event(&ev, EV_CALL_RETURN, in, name, c, args, nargs);
    ev.ret = ret;
    ev.has_ret = in->lhs != NULL;
    emit(s, &ev);
}

static bool has_cond(const Contract *c, EffectCond cond)
{
    for (uint32_t i = 0; c && i < c->nirql; i++)
        if (c->irql[i].cond == cond) return true;
    for (uint32_t i = 0; c && i < c->nlocks; i++)
        if (c->locks[i].cond == cond) return true;
    return false;
}

static Value apply_contract_impl(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                                 uint32_t nargs, Value ret, bool forced);

Value apply_contract(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                     uint32_t nargs, const Type *ret_type)
{
    Engine *e = s->eng;
    Value ret = fresh_for_type(e, ret_type, arena_printf(&e->arena, "%s()", name));
    return apply_contract_impl(s, in, name, c, args, nargs, ret, false);
}

Value apply_contract_ret(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                         uint32_t nargs, Value ret)
{
    return apply_contract_impl(s, in, name, c, args, nargs, ret, true);
}

static Value apply_contract_impl(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                                 uint32_t nargs, Value ret, bool forced)
{
    Engine *e = s->eng;
    if (!c) {
        set_call_result(s, in, ret);
        call_return_event(s, in, name, c, args, nargs, ret);
        return ret;
    }
    apply_effects(s, in, name, c, args, nargs, &ret, COND_ALWAYS);
    EffectCond cond = has_cond(c, COND_IF_TRUE) ? COND_IF_TRUE : has_cond(c, COND_IF_SUCCESS) ? COND_IF_SUCCESS
                                                                                             : COND_ALWAYS;
    bool must_succeed = cond != COND_ALWAYS && c->succeeds_if_param >= 0 && (uint32_t)c->succeeds_if_param < nargs &&
                        state_must(s, args[c->succeeds_if_param], OP_NE, 0);
    if (must_succeed && !forced) {
        /* told to wait (Wait = TRUE): it cannot fail */
        ret = val_int(cond == COND_IF_TRUE ? 1 : 0);
        apply_effects(s, in, name, c, args, nargs, &ret, cond);
    } else if (cond != COND_ALWAYS && !forced) {
        /* The routine acquires only when it succeeds: fork the result. */
        State *fail = state_fork(s);
        Value fv = cond == COND_IF_TRUE ? val_int(0) : sym_value(e, sym_new_range(e, arena_printf(&e->arena, "%s() failure status", name), INT32_MIN, -1));
        set_call_result(fail, in, fv);
        state_trace(fail, in->loc, "assuming %s fails", name);
        call_return_event(fail, in, name, c, args, nargs, fv);
        work_push(e, fail);
        if (cond == COND_IF_TRUE) ret = val_int(1);
        else ret = val_int(0);
        state_trace(s, in->loc, "assuming %s succeeds", name);
        apply_effects(s, in, name, c, args, nargs, &ret, cond);
    } else if (cond != COND_ALWAYS) {
        /* a model decided the result: apply the effects if it is a success */
        bool success = cond == COND_IF_TRUE ? truth(s, ret) == 1 : state_must(s, ret, OP_GE, 0);
        if (success) apply_effects(s, in, name, c, args, nargs, &ret, cond);
    }
    set_call_result(s, in, ret);
    call_return_event(s, in, name, c, args, nargs, ret);
    return ret;
}

/* ---- calls ---------------------------------------------------------------------- */

static bool on_stack(const State *s, const Func *f)
{
    for (uint32_t i = 0; i < s->nframes; i++)
        if (s->frames[i].fn == f) return true;
    return false;
}

void call_driver_function(State *s, const Func *fn, const Instr *in, const Value *args, uint32_t nargs,
                          ContKind cont)
{
    Engine *e = s->eng;
    uint32_t depth = s->nframes;
    Frame *f = state_push_frame(s);
    f->fn = fn;
    f->block = fn->entry;
    f->instr = 0;
    f->depth = depth;
    f->call = in;
    f->cont = cont;
    f->entering = true;
    f->entry_irql = s->irql;
    f->call_trace = s->trace;
    f->muted = (depth ? s->frames[depth - 1].muted : 0) | s->mute_next;
    s->mute_next = 0;
    if (cont == CONT_CALLBACK) u64map_put(&e->callbacks_run, (uint64_t)(uintptr_t)fn, 1);
    if (depth > 0) {
        int lo, hi;
        uint64_t seen;
        state_irql(s, &lo, &hi);
        if (u64map_get(&e->entered_irql, (uint64_t)(uintptr_t)fn, &seen)) {
            int slo = (int)(seen >> 8) - 1, shi = (int)(seen & 0xFF) - 1;
            if (slo < lo) lo = slo;
            if (shi > hi) hi = shi;
        }
        u64map_put(&e->entered_irql, (uint64_t)(uintptr_t)fn, ((uint64_t)(lo + 1) << 8) | (uint64_t)(hi + 1));
    }
    for (uint32_t i = 0; i < fn->nparams; i++) {
        uint32_t o = obj_local(e, fn, fn->params[i], depth);
        mem_drop_object(s, o);
        Value v = i < nargs ? args[i] : fresh_for_type(e, fn->params[i]->type, fn->params[i]->name);
        mem_store(s, loc_key(o, 0), v);
    }
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_FUNC_ENTER;
    ev.loc = in ? in->loc : fn->loc;
    ev.end = in ? in->end : fn->loc;
    ev.func = fn;
    ev.callee_func = fn;
    ev.callee = fn->name;
    ev.contract = fn->contract;
    ev.args = args;
    ev.nargs = nargs;
    emit(s, &ev);
}

/* _Requires_lock_held_ / _Requires_lock_not_held_ (and the kernel resource
   forms) of the routine being called, one event per named lock. */
static void require_events(State *s, const Instr *in, const char *name, const Func *fn, const Contract *c,
                           const Value *args, uint32_t nargs)
{
    Engine *e = s->eng;
    for (uint32_t i = 0; c && i < c->nlocks && !s->dead; i++) {
        const LockEffect *le = &c->locks[i];
        if (le->op != LOCK_REQUIRES_HELD && le->op != LOCK_REQUIRES_NOT_HELD) continue;
        if (le->obj == LOBJ_ANY) continue;
        uint64_t key;
        if (!lock_object(s, le, args, nargs, val_int(0), &key)) continue;
        Event ev;
        call_site_event(&ev, EV_REQUIRE, in, name, c, args, nargs);
        ev.callee_func = fn;
        ev.object = key;
        if (le->obj == LOBJ_PARAM && (uint32_t)le->param < in->nargs) {
            const char *t = state_value_name(s, args[le->param], in->args[le->param]);
            ev.object_name = le->path ? arena_printf(&e->arena, "&%s->%s", t, le->path) : t;
        } else {
            ev.object_name = loc_name(e, key);
        }
        ev.lock_kind = le->kind;
        ev.lock_held = le->op == LOCK_REQUIRES_HELD;
        emit(s, &ev);
    }
}

static void call_event(State *s, const Instr *in, const char *name, const Func *fn, const Contract *c,
                       const Value *args, uint32_t nargs)
{
    Event ev;
    call_site_event(&ev, EV_CALL, in, name, c, args, nargs);
    ev.callee_func = fn;
    emit(s, &ev);
    if (!s->dead) require_events(s, in, name, fn, c, args, nargs);
}

static const char *callee_name(const Expr *callee)
{
    while (callee && callee->kind == E_CAST) callee = callee->u.sub;
    if (!callee) return NULL;
    if (callee->kind == E_FUNC) return callee->u.fn.fname;
    if (callee->kind == E_MEMBER) return callee->u.mem.field;
    if (callee->kind == E_DEREF && callee->u.sub->kind == E_MEMBER) return callee->u.sub->u.mem.field;
    return NULL;
}

static void exec_call(State *s, const Instr *in)
{
    Engine *e = s->eng;
    Value argv[32];
    Value *args = in->nargs <= 32 ? argv : xmalloc(sizeof(Value) * in->nargs);
    for (uint32_t i = 0; i < in->nargs; i++) args[i] = eval(s, in->args[i]);
    const Func *fn = NULL;
    const char *name = NULL;
    const Contract *c = NULL;
    if (in->callee->kind == E_FUNC) {
        fn = in->callee->u.fn.func;
        name = in->callee->u.fn.fname;
    } else {
        Value cv = eval(s, in->callee);
        fn = value_func(e, cv);
        name = fn ? fn->name : value_func_name(cv);
        if (!name) name = callee_name(in->callee);
    }
    if (fn) {
        c = fn->contract;
        s->mute_next = 0;
        call_event(s, in, fn->name, fn, c, args, in->nargs);
        if (s->dead) goto done;
        if (on_stack(s, fn) || s->nframes >= e->opt.max_call_depth) {
            state_trace(s, in->loc, "%s call to %s not followed; its result is unknown",
                        on_stack(s, fn) ? "recursive" : "too deeply nested", fn->name);
            Value r = fresh_for_type(e, in->lhs ? in->lhs->type : NULL, arena_printf(&e->arena, "%s()", fn->name));
            set_call_result(s, in, r);
            s->mute_next = 0;
            goto done;
        }
        uint64_t key = summary_key(s, fn, args, in->nargs);
        if (summary_apply(s, key, fn, in)) {
            s->mute_next = 0;
            goto done;
        }
        state_trace(s, in->loc, "calling %s", fn->name);
        call_driver_function(s, fn, in, args, in->nargs, CONT_NORMAL);
        summary_begin(s, key);
        goto done;
    }
    if (in->callee->kind == E_FUNC || (name && program_contract(e->prog, name))) {
        c = program_contract(e->prog, name);
    } else if (in->callee_type && in->callee_type->typedef_name) {
        c = program_contract(e->prog, in->callee_type->typedef_name);
    }
    if (!name) {
        state_trace(s, in->loc, "call through a function pointer that does not resolve; not followed");
        name = "(function pointer)";
    }
    call_event(s, in, name, NULL, c, args, in->nargs);
    if (s->dead) goto done;
    if (e->harness && harness_call(e->harness, s, in, name, c, args, in->nargs)) goto done;
    apply_contract(s, in, name, c, args, in->nargs, in->lhs ? in->lhs->type : NULL);
done:
    if (args != argv) free(args);
}

void exec_instr(State *s, const Instr *in)
{
    if (in->kind == I_ASSIGN) exec_assign(s, in);
    else exec_call(s, in);
}

/* ---- returns ---------------------------------------------------------------------- */

void do_return(State *s, Value v, bool has_value)
{
    Engine *e = s->eng;
    Frame f = *top(s);
    const Block *b = &f.fn->blocks[f.block];
    Loc loc = b->term == T_RETURN ? b->term_loc : f.fn->end;
    Loc end = b->term == T_RETURN ? b->term_end : f.fn->end;
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_FUNC_EXIT;
    ev.loc = loc;
    ev.end = end;
    ev.func = f.fn;
    ev.callee_func = f.fn;
    ev.contract = f.fn->contract;
    ev.ret = v;
    ev.has_ret = has_value;
    emit(s, &ev);
    if (s->nframes == 1) {
        ev.kind = EV_EXIT;
        ev.role = e->entry.role;
        emit(s, &ev);
        /* the OS may call another callback of the run next */
        for (uint32_t i = 0; i < f.fn->nparams; i++) mem_drop_object(s, obj_local(e, f.fn, f.fn->params[i], 0));
        for (uint32_t i = 0; i < f.fn->nlocals; i++) mem_drop_object(s, obj_local(e, f.fn, f.fn->locals[i], 0));
        s->nframes = 0;
        if (e->harness && harness_continue(e->harness, s)) return;
        e->paths_done++;
        s->dead = true;
        return;
    }
    /* pop: the callee's locals die with its frame */
    for (uint32_t i = 0; i < f.fn->nparams; i++) mem_drop_object(s, obj_local(e, f.fn, f.fn->params[i], f.depth));
    for (uint32_t i = 0; i < f.fn->nlocals; i++) mem_drop_object(s, obj_local(e, f.fn, f.fn->locals[i], f.depth));
    for (uint32_t i = 0; i < s->nloops;) {
        if (s->loops[i].frame == s->nframes - 1) {
            memmove(&s->loops[i], &s->loops[i + 1], sizeof(LoopCount) * (s->nloops - i - 1));
            s->nloops--;
        } else {
            i++;
        }
    }
    s->nframes--;
    if (f.summary) summary_record(s, &f, has_value ? v : val_int(0));
    if (f.cont == CONT_CALLBACK) {
        harness_callback_return(e->harness, s, &f, v);
        return;
    }
    if (f.call) {
        set_call_result(s, f.call, has_value ? v : fresh_for_type(e, f.call->lhs ? f.call->lhs->type : NULL, "result"));
        state_trace(s, f.call->loc, "returned from %s", f.fn->name);
        /* the point after a call is a merge point of the callee's paths */
        if (!e->opt.no_joins && !join_at(e, s)) kill_state(s, NULL);
    }
}

/* ---- terminators ---------------------------------------------------------------------- */

static void goto_block(State *s, uint32_t b)
{
    Frame *f = top(s);
    f->block = b;
    f->instr = 0;
    f->entering = true;
}

static const char *cond_text(Engine *e, const Block *b)
{
    const char *t = range_text(e, b->term_loc, b->term_end);
    return t ? t : expr_text(e, b->cond);
}

static void exec_branch(State *s, const Block *b)
{
    Engine *e = s->eng;
    Value v = eval(s, b->cond);
    int t = truth(s, v);
    if (t >= 0) {
        goto_block(s, t ? b->succ[0] : b->succ[1]);
        return;
    }
    State *other = state_fork(s);
    bool seh = b->cond->kind == E_UNKNOWN && top(s)->fn->blocks[b->succ[1]].is_seh_handler;
    if (assume(other, v, false)) {
        if (seh) state_trace(other, b->term_loc, "assuming an exception is raised in the __try block");
        else state_trace(other, b->term_loc, "assuming '%s' is false", cond_text(e, b));
        goto_block(other, b->succ[1]);
        work_push(e, other);
    } else {
        state_free(other); /* infeasible: never explored (and no longer live in any summary) */
    }
    if (assume(s, v, true)) {
        if (!seh) state_trace(s, b->term_loc, "assuming '%s' is true", cond_text(e, b));
        goto_block(s, b->succ[0]);
    } else {
        kill_state(s, NULL);
    }
}

static void exec_switch(State *s, const Block *b)
{
    Engine *e = s->eng;
    Value v = eval(s, b->cond);
    int64_t c;
    if (value_const(s, v, &c)) {
        for (uint32_t i = 0; i < b->ncases; i++)
            if (c >= b->cases[i].lo && c <= b->cases[i].hi) {
                goto_block(s, b->cases[i].target);
                return;
            }
        goto_block(s, b->succ[0]);
        return;
    }
    const char *scrut = cond_text(e, b);
    /* cases in reverse so the first case is explored first */
    for (uint32_t i = b->ncases; i-- > 0;) {
        const SwitchCase *sc = &b->cases[i];
        State *cs = state_fork(s);
        bool ok = sc->lo == sc->hi ? assume_cmp(cs, v, OP_EQ, sc->lo)
                                   : assume_cmp(cs, v, OP_GE, sc->lo) && assume_cmp(cs, v, OP_LE, sc->hi);
        if (!ok) {
            state_free(cs);
            continue;
        }
        const char *lbl = range_text(e, sc->loc, sc->end);
        if (lbl) state_trace(cs, sc->loc, "assuming '%s' is %s", scrut, lbl);
        else state_trace(cs, sc->loc, "assuming '%s' is %lld", scrut, (long long)sc->lo);
        goto_block(cs, sc->target);
        work_push(e, cs);
    }
    bool ok = true;
    for (uint32_t i = 0; i < b->ncases && ok; i++) {
        const SwitchCase *sc = &b->cases[i];
        if (sc->lo == sc->hi) ok = assume_cmp(s, v, OP_NE, sc->lo);
    }
    if (!ok) {
        kill_state(s, NULL);
        return;
    }
    state_trace(s, b->term_loc, "assuming '%s' matches no case", scrut);
    goto_block(s, b->succ[0]);
}

void exec_terminator(State *s)
{
    Frame *f = top(s);
    const Block *b = &f->fn->blocks[f->block];
    switch (b->term) {
    case T_GOTO:
        goto_block(s, b->succ[0]);
        return;
    case T_BRANCH:
        exec_branch(s, b);
        return;
    case T_SWITCH:
        exec_switch(s, b);
        return;
    case T_RETURN: {
        Value v = b->ret ? eval(s, b->ret) : val_int(0);
        do_return(s, v, b->ret != NULL);
        return;
    }
    case T_UNREACHABLE:
    default:
        kill_state(s, NULL);
        return;
    }
}

const char *state_value_name(State *s, Value v, const Expr *x)
{
    Engine *e = s->eng;
    if (x) {
        /* the argument as written, e.g. "&devExt->QueueLock" */
        const char *txt = range_text(e, x->loc, x->end);
        if (!txt) {
            StrBuf sb;
            sb_init(&sb);
            ir_dump_expr(x, &sb);
            txt = arena_strdup(&e->arena, sb_cstr(&sb));
            sb_free(&sb);
        }
        return txt;
    }
    if (v.kind == V_PTR) return loc_name(e, loc_key(v.a, v.b));
    if (v.kind == V_SYM) return e->syms.data[v.a].name ? e->syms.data[v.a].name : "value";
    if (v.kind == V_INT) return arena_printf(&e->arena, "%lld", (long long)v.n);
    return "value";
}
