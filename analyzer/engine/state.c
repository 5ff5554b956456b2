/*
 * state.c - one path's state: IRQL, call frames, store, constraints,
 * typestate machine instances and the trace.
 *
 * States are copied when a path forks (copy-on-fork of small sorted
 * arrays); traces are persistent linked lists shared between forks and
 * allocated in the engine's per-entry-point arena. state_hash() identifies a
 * state up to its trace, for pruning paths that reach a block in a state
 * already explored there.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"

Value val_int(int64_t n)
{
    Value v;
    memset(&v, 0, sizeof v);
    v.kind = V_INT;
    v.n = n;
    return v;
}

bool val_is_int(Value v, int64_t n)
{
    return v.kind == V_INT && v.n == n;
}

bool val_same(Value a, Value b)
{
    return a.kind == b.kind && a.a == b.a && a.b == b.b && a.n == b.n;
}

State *state_new(Engine *e)
{
    State *s = xcalloc(1, sizeof(State));
    s->eng = e;
    s->irql = val_int(0);
    return s;
}

#define DUP_ARRAY(dst, src, n, cap, T)                           \
    do {                                                         \
        (dst) = (n) ? xmalloc(sizeof(T) * (n)) : NULL;           \
        if (n) memcpy((dst), (src), sizeof(T) * (n));            \
        (cap) = (n);                                             \
    } while (0)

State *state_fork(State *s)
{
    State *c = xmalloc(sizeof(State));
    *c = *s;
    DUP_ARRAY(c->frames, s->frames, s->nframes, c->capf, Frame);
    DUP_ARRAY(c->store, s->store, s->nstore, c->caps, StoreEnt);
    DUP_ARRAY(c->cons, s->cons, s->ncons, c->capc, Range);
    DUP_ARRAY(c->mach, s->mach, s->nmach, c->capm, MachineInst);
    DUP_ARRAY(c->loops, s->loops, s->nloops, c->capl, LoopCount);
    /* Every summary being recorded by one of our frames has one more live
       path inside it. */
    Engine *e = s->eng;
    for (uint32_t i = 0; i < c->nframes; i++)
        if (c->frames[i].summary) e->summaries.data[c->frames[i].summary - 1].live++;
    e->states++;
    return c;
}

/* A copy that is not a live path: it does not count in summaries. */
State *state_snapshot(State *s)
{
    State *c = xmalloc(sizeof(State));
    *c = *s;
    DUP_ARRAY(c->frames, s->frames, s->nframes, c->capf, Frame);
    DUP_ARRAY(c->store, s->store, s->nstore, c->caps, StoreEnt);
    DUP_ARRAY(c->cons, s->cons, s->ncons, c->capc, Range);
    DUP_ARRAY(c->mach, s->mach, s->nmach, c->capm, MachineInst);
    DUP_ARRAY(c->loops, s->loops, s->nloops, c->capl, LoopCount);
    c->snapshot = true;
    return c;
}

void state_free(State *s)
{
    if (!s) return;
    if (!s->snapshot) {
        /* this path no longer explores inside the calls it is in */
        Engine *e = s->eng;
        for (uint32_t i = 0; i < s->nframes; i++) {
            uint32_t id = s->frames[i].summary;
            if (!id) continue;
            Summary *sm = &e->summaries.data[id - 1];
            if (s->cut) sm->poisoned = true;
            if (sm->live && --sm->live == 0) sm->complete = true;
        }
    }
    free(s->frames);
    free(s->store);
    free(s->cons);
    free(s->mach);
    free(s->loops);
    free(s);
}

uint64_t hash_value(uint64_t h, Value v)
{
    h = hash_mix(h, v.kind);
    h = hash_mix(h, ((uint64_t)v.a << 32) | v.b);
    h = hash_mix(h, (uint64_t)v.n);
    return hash_mix(h, v.tag);
}

uint64_t state_hash(const State *s)
{
    uint64_t h = 0x5eed;
    h = hash_value(h, s->irql);
    for (uint32_t i = 0; i < s->nframes; i++) {
        const Frame *f = &s->frames[i];
        h = hash_mix(h, (uint64_t)(uintptr_t)f->fn);
        h = hash_mix(h, ((uint64_t)f->block << 32) | f->instr);
        h = hash_mix(h, (uint64_t)(uintptr_t)f->call);
        h = hash_mix(h, f->summary);
        h = hash_value(h, f->cb_result);
        h = hash_mix(h, f->muted);
    }
    for (uint32_t i = 0; i < s->nstore; i++) {
        h = hash_mix(h, s->store[i].key);
        h = hash_value(h, s->store[i].val);
    }
    for (uint32_t i = 0; i < s->ncons; i++) {
        const Range *r = &s->cons[i];
        h = hash_mix(h, r->sym);
        h = hash_mix(h, (uint64_t)r->lo);
        h = hash_mix(h, (uint64_t)r->hi);
        h = hash_mix(h, r->ones ^ (r->zeros << 1) ^ r->allowed);
    }
    for (uint32_t i = 0; i < s->nmach; i++) {
        const MachineInst *m = &s->mach[i];
        h = hash_mix(h, ((uint64_t)m->machine << 16) | m->state | ((uint64_t)m->flags << 8));
        h = hash_mix(h, m->object);
        for (int k = 0; k < 4; k++) h = hash_value(h, m->attr[k]);
        h = hash_mix(h, (uint64_t)(uintptr_t)m->text);
    }
    for (uint32_t i = 0; i < s->nloops; i++)
        h = hash_mix(h, ((uint64_t)s->loops[i].frame << 32) | ((uint64_t)s->loops[i].block << 16) | s->loops[i].count);
    return h | 1;
}

Frame *state_top(State *s)
{
    return s->nframes ? &s->frames[s->nframes - 1] : NULL;
}

Frame *state_push_frame(State *s)
{
    if (s->nframes == s->capf) {
        s->capf = s->capf ? s->capf * 2 : 4;
        s->frames = xrealloc(s->frames, sizeof(Frame) * s->capf);
    }
    Frame *f = &s->frames[s->nframes++];
    memset(f, 0, sizeof *f);
    return f;
}

void state_add_trace(State *s, Loc loc, const Func *fn, const char *msg)
{
    Engine *e = s->eng;
    TraceNode *t = arena_alloc(&e->arena, sizeof(TraceNode));
    t->prev = s->trace;
    t->loc = loc;
    t->msg = msg;
    t->fn = fn;
    t->len = s->trace ? s->trace->len + 1 : 1;
    s->trace = t;
}

void state_trace(State *s, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf sb;
    sb_init(&sb);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    const char *msg = arena_strdup(&s->eng->arena, sb_cstr(&sb));
    sb_free(&sb);
    Frame *f = state_top(s);
    state_add_trace(s, loc, f ? f->fn : NULL, msg);
}

/* ---- machine instances ---------------------------------------------------------- */

static int mach_cmp(uint16_t ma, uint64_t oa, uint16_t mb, uint64_t ob)
{
    if (ma != mb) return ma < mb ? -1 : 1;
    if (oa != ob) return oa < ob ? -1 : 1;
    return 0;
}

static uint32_t mach_find(const State *s, uint16_t machine, uint64_t object, bool *found)
{
    uint32_t lo = 0, hi = s->nmach;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (mach_cmp(s->mach[mid].machine, s->mach[mid].object, machine, object) < 0) lo = mid + 1;
        else hi = mid;
    }
    *found = lo < s->nmach && s->mach[lo].machine == machine && s->mach[lo].object == object;
    return lo;
}

MachineInst *state_machines(State *s, uint32_t *n)
{
    *n = s->nmach;
    return s->mach;
}

MachineInst *state_machine_find(State *s, uint16_t machine, uint64_t object)
{
    bool found;
    uint32_t i = mach_find(s, machine, object, &found);
    return found ? &s->mach[i] : NULL;
}

MachineInst *state_machine_add(State *s, uint16_t machine, uint64_t object)
{
    bool found;
    uint32_t i = mach_find(s, machine, object, &found);
    if (found) return &s->mach[i];
    if (s->nmach == s->capm) {
        s->capm = s->capm ? s->capm * 2 : 8;
        s->mach = xrealloc(s->mach, sizeof(MachineInst) * s->capm);
    }
    memmove(&s->mach[i + 1], &s->mach[i], sizeof(MachineInst) * (s->nmach - i));
    memset(&s->mach[i], 0, sizeof(MachineInst));
    s->mach[i].machine = machine;
    s->mach[i].object = object;
    s->nmach++;
    return &s->mach[i];
}

void state_machine_remove(State *s, MachineInst *m)
{
    uint32_t i = (uint32_t)(m - s->mach);
    memmove(&s->mach[i], &s->mach[i + 1], sizeof(MachineInst) * (s->nmach - i - 1));
    s->nmach--;
}

/* ---- queries ------------------------------------------------------------------------ */

static void value_irql_bounds(const State *s, Value v, int *lo, int *hi)
{
    int64_t c;
    if (value_const(s, v, &c)) {
        *lo = *hi = (int)c;
        return;
    }
    if (v.kind == V_SYM) {
        Range *r = cons_get((State *)s, v.a, false);
        int64_t l = r ? r->lo : s->eng->syms.data[v.a].lo, h = r ? r->hi : s->eng->syms.data[v.a].hi;
        if (l < 0) l = 0;
        if (h > g_irql_arch.high) h = g_irql_arch.high;
        *lo = (int)l;
        *hi = (int)h;
        return;
    }
    *lo = 0;
    *hi = g_irql_arch.high;
}

void state_irql(const State *s, int *lo, int *hi)
{
    value_irql_bounds(s, s->irql, lo, hi);
}

void state_entry_irql(const State *s, int *lo, int *hi)
{
    *lo = s->eng->entry.irql_lo;
    *hi = s->eng->entry.irql_hi;
}

const char *state_role(const State *s)
{
    return s->eng->entry.role;
}

const char *state_device_role(const State *s)
{
    return s->eng->entry.device_role;
}

const Func *state_current(const State *s)
{
    return s->nframes ? s->frames[s->nframes - 1].fn : NULL;
}

bool state_entry_irp(const State *s, uint64_t *obj)
{
    if (!s->eng->entry.irp) return false;
    *obj = s->eng->entry.irp;
    return true;
}

bool state_pointee(const State *s, Value v, uint64_t *key)
{
    (void)s;
    if (v.kind != V_PTR) return false;
    *key = loc_key(v.a, v.b);
    return true;
}

Value state_field(State *s, Value p, const char *path)
{
    if (p.kind != V_PTR) return sym_value(s->eng, sym_new(s->eng, "unknown", NULL));
    uint32_t pid = path_join_str(s->eng, p.b, path);
    return mem_load(s, loc_key(p.a, pid), NULL);
}

Value state_object_field(State *s, uint64_t object, const char *path)
{
    uint32_t obj = (uint32_t)(object >> 32), base = (uint32_t)object;
    uint32_t pid = path_join_str(s->eng, base, path);
    return mem_load(s, loc_key(obj, pid), NULL);
}

const char *state_object_name(const State *s, uint64_t key)
{
    return loc_name(s->eng, key);
}

uint64_t state_owner(const State *s, uint64_t key)
{
    uint32_t obj = (uint32_t)(key >> 32);
    uint32_t root = obj_root_owner(s->eng, obj);
    if (root == obj) return key;
    return loc_key(root, 0);
}

Value state_root_param(State *s, uint32_t i)
{
    Engine *e = s->eng;
    const Func *root = e->entry.root;
    if (!root || i >= root->nparams) return val_int(0);
    return mem_load(s, loc_key(obj_local(e, root, root->params[i], 0), 0), root->params[i]->type);
}

Value state_frame_entry_irql(const State *s)
{
    return s->nframes ? s->frames[s->nframes - 1].entry_irql : s->irql;
}

Value state_irql_value(const State *s)
{
    return s->irql;
}

uint32_t state_depth(const State *s)
{
    return s->nframes ? s->nframes - 1 : 0;
}

bool state_called_by_os(const State *s)
{
    return s->nframes <= 1 || s->frames[s->nframes - 1].cont == CONT_CALLBACK;
}

bool state_in_callback(const State *s)
{
    for (uint32_t i = 0; i < s->nframes; i++)
        if (s->frames[i].cont == CONT_CALLBACK) return true;
    return false;
}


