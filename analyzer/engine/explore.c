/*
 * explore.c - driving the exploration of every entry point.
 *
 * For each run the harness provides, a fresh initial state is explored
 * depth first: a state runs until it forks (siblings go on the worklist),
 * returns from the entry point, or dies. At each block entry:
 *   - a loop header counts its visits on this path; after 1 + `loop_unroll`
 *     iterations the variables the loop assigns are widened to fresh
 *     unknowns for one more (generalised) iteration, and a path that comes
 *     around again is cut and counted (reported as loop_cuts);
 *   - at a block with several predecessors (not a loop header), a state
 *     that agrees with an earlier one on position, IRQL, loop counts and
 *     every typestate machine is joined into it: values that differ become
 *     a fresh symbol (one per pair of differing values, so values that were
 *     correlated stay correlated) and constraints on them are dropped. A
 *     state that the join does not change is pruned: it cannot produce
 *     anything new. This keeps sequential branches linear, not exponential,
 *     while every fact a rule watches (its machine state) stays
 *     path-sensitive;
 *   - at a loop header, the widened iteration forgets constraints on the
 *     loop's variables (forget_loop_constraints).
 * Budgets (states, steps, milliseconds) bound each entry point; running
 * out is recorded in the entry point's statistics and reported.
 *
 * Calls to driver functions are memoised: the first time a function is
 * entered in a given caller-visible state, the states in which it returns
 * are recorded; a later call in the same caller-visible state replays them
 * instead of exploring the body again (see summary_* below).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"
#include "harness/harness.h"
#include "rules/rules.h"

void engine_options_default(EngineOptions *o)
{
    memset(o, 0, sizeof *o);
    o->max_states = 100000;
    o->max_steps = 2000000;
    o->max_ms = 5000;
    o->loop_unroll = 0;
    o->max_call_depth = 16;
}

/* ---- worklist ------------------------------------------------------------------- */

void work_push(Engine *e, State *s)
{
    VEC_PUSH(e->work, s);
}

void kill_state(State *s, const char *why)
{
    (void)why;
    if (s->dead) return;
    s->dead = true;
}

void state_end_path(State *s)
{
    s->eng->paths_done++;
    kill_state(s, "ended by a finding");
}

/* ---- loops ----------------------------------------------------------------------- */

typedef struct LoopInfo {
    const Expr **lvalues;   /* per header block: assigned lvalues, NULL-terminated */
    uint32_t nblocks;
    const Expr ***by_block;
} LoopInfo;

static void mark_reach(const Func *f, uint32_t from, bool *seen, bool reverse, uint32_t **preds, uint32_t *npreds)
{
    uint32_t *stack = xmalloc(sizeof(uint32_t) * (f->nblocks + 1));
    uint32_t sp = 0;
    stack[sp++] = from;
    seen[from] = true;
    while (sp) {
        uint32_t b = stack[--sp];
        const Block *bl = &f->blocks[b];
        if (!reverse) {
            uint32_t succ[2];
            uint32_t n = 0;
            if (bl->term == T_GOTO) succ[n++] = bl->succ[0];
            else if (bl->term == T_BRANCH) succ[n++] = bl->succ[0], succ[n++] = bl->succ[1];
            for (uint32_t i = 0; i < n; i++)
                if (succ[i] < f->nblocks && !seen[succ[i]]) seen[succ[i]] = true, stack[sp++] = succ[i];
            if (bl->term == T_SWITCH) {
                if (bl->succ[0] < f->nblocks && !seen[bl->succ[0]]) seen[bl->succ[0]] = true, stack[sp++] = bl->succ[0];
                for (uint32_t i = 0; i < bl->ncases; i++) {
                    uint32_t t = bl->cases[i].target;
                    if (t < f->nblocks && !seen[t]) seen[t] = true, stack[sp++] = t;
                }
            }
        } else {
            for (uint32_t i = 0; i < npreds[b]; i++) {
                uint32_t p = preds[b][i];
                if (!seen[p]) seen[p] = true, stack[sp++] = p;
            }
        }
    }
    free(stack);
}

static void add_pred(uint32_t **preds, uint32_t *npreds, uint32_t to, uint32_t from)
{
    preds[to] = xrealloc(preds[to], sizeof(uint32_t) * (npreds[to] + 1));
    preds[to][npreds[to]++] = from;
}

typedef VEC(const Expr *) ExprVec;
typedef VEC(const Func *) FuncVec;

static void collect_lvalues(const Block *b, ExprVec *out)
{
    for (uint32_t i = 0; i < b->ninstrs; i++) {
        const Instr *in = &b->instrs[i];
        if (in->lhs) VEC_PUSH(*out, in->lhs);
        if (in->kind == I_CALL)
            for (uint32_t a = 0; a < in->nargs; a++)
                if (in->args[a]->kind == E_ADDR && in->args[a]->u.sub->kind != E_FUNC) VEC_PUSH(*out, in->args[a]->u.sub);
    }
}

static LoopInfo *loop_info(Engine *e, const Func *f, U64Map *cache)
{
    uint64_t v;
    if (u64map_get(cache, (uint64_t)(uintptr_t)f, &v)) return (LoopInfo *)(uintptr_t)v;
    LoopInfo *li = xcalloc(1, sizeof *li);
    li->nblocks = f->nblocks;
    li->by_block = xcalloc(f->nblocks ? f->nblocks : 1, sizeof(const Expr **));
    uint32_t **preds = xcalloc(f->nblocks ? f->nblocks : 1, sizeof(uint32_t *));
    uint32_t *npreds = xcalloc(f->nblocks ? f->nblocks : 1, sizeof(uint32_t));
    for (uint32_t b = 0; b < f->nblocks; b++) {
        const Block *bl = &f->blocks[b];
        if (bl->term == T_GOTO) add_pred(preds, npreds, bl->succ[0], b);
        else if (bl->term == T_BRANCH) add_pred(preds, npreds, bl->succ[0], b), add_pred(preds, npreds, bl->succ[1], b);
        else if (bl->term == T_SWITCH) {
            add_pred(preds, npreds, bl->succ[0], b);
            for (uint32_t i = 0; i < bl->ncases; i++) add_pred(preds, npreds, bl->cases[i].target, b);
        }
    }
    bool *fwd = xcalloc(f->nblocks, 1), *bwd = xcalloc(f->nblocks, 1);
    for (uint32_t h = 0; h < f->nblocks; h++) {
        if (!f->blocks[h].loop_header) continue;
        memset(fwd, 0, f->nblocks);
        memset(bwd, 0, f->nblocks);
        mark_reach(f, h, fwd, false, preds, npreds);
        mark_reach(f, h, bwd, true, preds, npreds);
        ExprVec lv = {0};
        for (uint32_t b = 0; b < f->nblocks; b++)
            if (fwd[b] && bwd[b]) collect_lvalues(&f->blocks[b], &lv);
        VEC_PUSH(lv, NULL);
        li->by_block[h] = lv.data;
    }
    for (uint32_t b = 0; b < f->nblocks; b++) free(preds[b]);
    free(preds);
    free(npreds);
    free(fwd);
    free(bwd);
    (void)e;
    u64map_put(cache, (uint64_t)(uintptr_t)f, (uint64_t)(uintptr_t)li);
    return li;
}

static void loop_info_free(U64Map *cache)
{
    for (size_t i = 0; i < cache->cap; i++) {
        if (!cache->keys[i]) continue;
        LoopInfo *li = (LoopInfo *)(uintptr_t)cache->vals[i];
        for (uint32_t b = 0; b < li->nblocks; b++) free(li->by_block[b]);
        free(li->by_block);
        free(li);
    }
    u64map_free(cache);
}

static void note_symbol(const Engine *e, Value v, uint32_t base, U64Map *keep, int depth)
{
    if (v.kind != V_SYM || v.a < base || depth > 16) return;
    if (!u64map_add(keep, (uint64_t)v.a + 1, 1)) return;
    const SymInfo *si = &e->syms.data[v.a];
    if (si->op != OP_NONE) {
        note_symbol(e, si->x, base, keep, depth + 1);
        note_symbol(e, si->y, base, keep, depth + 1);
    }
}

/* The join at a loop header: after the loop's variables were widened, the
   constraints on symbols born inside the loop that nothing in the state
   refers to any more describe iterations that are over; forgetting them
   lets paths that differ only in what happened inside the loop become the
   same state (and be explored once). */
static void forget_loop_constraints(State *s, uint32_t base)
{
    Engine *e = s->eng;
    U64Map keep;
    u64map_init(&keep);
    note_symbol(e, s->irql, base, &keep, 0);
    for (uint32_t i = 0; i < s->nstore; i++) note_symbol(e, s->store[i].val, base, &keep, 0);
    for (uint32_t i = 0; i < s->nmach; i++)
        for (int k = 0; k < 4; k++) note_symbol(e, s->mach[i].attr[k], base, &keep, 0);
    for (uint32_t i = 0; i < s->nframes; i++) {
        note_symbol(e, s->frames[i].entry_irql, base, &keep, 0);
        note_symbol(e, s->frames[i].cb_result, base, &keep, 0);
    }
    uint32_t w = 0;
    for (uint32_t i = 0; i < s->ncons; i++)
        if (s->cons[i].sym < base || u64map_get(&keep, (uint64_t)s->cons[i].sym + 1, NULL)) s->cons[w++] = s->cons[i];
    s->ncons = w;
    u64map_free(&keep);
}

/* Returns false when the path must stop at this loop header. */
static bool loop_visit(Engine *e, State *s, U64Map *cache)
{
    Frame *f = state_top(s);
    uint16_t fi = (uint16_t)(s->nframes - 1), bi = (uint16_t)f->block;
    LoopCount *lc = NULL;
    for (uint32_t i = 0; i < s->nloops; i++)
        if (s->loops[i].frame == fi && s->loops[i].block == bi) lc = &s->loops[i];
    if (!lc) {
        if (s->nloops == s->capl) {
            s->capl = s->capl ? s->capl * 2 : 4;
            s->loops = xrealloc(s->loops, sizeof(LoopCount) * s->capl);
        }
        lc = &s->loops[s->nloops++];
        lc->frame = fi;
        lc->block = bi;
        lc->count = 0;
        lc->sym_base = (uint32_t)e->syms.len;
    }
    lc->count++;
    if (lc->count <= e->opt.loop_unroll + 1) return true;
    if (lc->count == e->opt.loop_unroll + 2) {
        /* Join: everything the loop assigns becomes unknown, then one more
           generalised iteration explores the exits. */
        LoopInfo *li = loop_info(e, f->fn, cache);
        const Expr **lv = li->by_block[f->block];
        for (uint32_t i = 0; lv && lv[i]; i++) {
            uint64_t key;
            if (lvalue(s, lv[i], &key)) mem_havoc(s, key, lv[i]->type);
        }
        forget_loop_constraints(s, lc->sym_base);
        s->widened = true;
        state_trace(s, f->fn->blocks[f->block].term_loc,
                    "after %u iteration%s of this loop, the variables it changes are assumed unknown",
                    e->opt.loop_unroll + 1, e->opt.loop_unroll ? "s" : "");
        return true;
    }
    e->loop_cuts++;
    return false;
}

/* ---- joining states at merge points ------------------------------------------------ */

/* Number of predecessors of each block of a function (cached). */
static const uint16_t *block_preds(Engine *e, const Func *f)
{
    uint64_t v;
    if (u64map_get(&e->join_preds, (uint64_t)(uintptr_t)f, &v)) return (const uint16_t *)(uintptr_t)v;
    uint16_t *n = xcalloc(f->nblocks ? f->nblocks : 1, sizeof(uint16_t));
    for (uint32_t b = 0; b < f->nblocks; b++) {
        const Block *bl = &f->blocks[b];
        if (bl->term == T_GOTO) n[bl->succ[0]]++;
        else if (bl->term == T_BRANCH) n[bl->succ[0]]++, n[bl->succ[1]]++;
        else if (bl->term == T_SWITCH) {
            n[bl->succ[0]]++;
            for (uint32_t i = 0; i < bl->ncases; i++) n[bl->cases[i].target]++;
        }
    }
    u64map_put(&e->join_preds, (uint64_t)(uintptr_t)f, (uint64_t)(uintptr_t)n);
    return n;
}

/* What two states must agree on to be joined: where they are (frames,
   loop counts), the IRQL and every typestate machine. */
static uint64_t join_key(const State *s)
{
    uint64_t h = 0x701;
    h = hash_value(h, s->irql);
    for (uint32_t i = 0; i < s->nframes; i++) {
        const Frame *f = &s->frames[i];
        h = hash_mix(h, (uint64_t)(uintptr_t)f->fn);
        h = hash_mix(h, ((uint64_t)f->block << 32) | f->instr);
        h = hash_mix(h, (uint64_t)(uintptr_t)f->call);
        h = hash_mix(h, f->summary);
        h = hash_value(h, f->entry_irql);
        h = hash_value(h, f->cb_result);
        h = hash_mix(h, f->muted);
    }
    for (uint32_t i = 0; i < s->nmach; i++) {
        const MachineInst *m = &s->mach[i];
        h = hash_mix(h, ((uint64_t)m->machine << 40) | ((uint64_t)m->state << 32) | m->count);
        h = hash_mix(h, m->object);
        for (int k = 0; k < 4; k++) h = hash_value(h, m->attr[k]);
    }
    for (uint32_t i = 0; i < s->nloops; i++)
        h = hash_mix(h, ((uint64_t)s->loops[i].frame << 32) | ((uint64_t)s->loops[i].block << 16) | s->loops[i].count);
    return h | 1;
}

/* The value a location has in a state (stored, or its initial value). */
static Value value_at(State *s, uint64_t key)
{
    return mem_peek(s, key);
}

static uint64_t join_sym_mark(uint64_t jkey, uint32_t sym)
{
    return hash_mix(hash_mix(jkey, sym), 0x1015) | 1;
}

/* A value standing for "a on one path, b on the other" at a merge point.
   The symbol is chosen by the pair (a, b), so two locations that held the
   same value on each path (status and Irp->IoStatus.Status) still hold the
   same value after the merge. A value that already is a merged symbol of
   this merge point absorbs further values, so repeated merges converge.
   Integer constants keep their hull as a range. */
static Value join_value(State *s, State *rep, uint64_t jkey, uint64_t loc, Value a, Value b)
{
    Engine *e = s->eng;
    (void)loc;
    if (val_same(a, b)) return a;
    if (a.kind == V_SYM && u64map_get(&e->sym_memo, join_sym_mark(jkey, a.a), NULL)) {
        /* widen: the merged symbol now also covers b */
        int64_t cb;
        Range *r = cons_get(s, a.a, false);
        if (r && !(value_const(s, b, &cb) && cb >= r->lo && cb <= r->hi && !r->small)) {
            Range full = *r;
            full.lo = INT64_MIN;
            full.hi = INT64_MAX;
            full.small = false;
            full.nexcl = 0;
            full.ones = full.zeros = 0;
            *r = full;
        }
        a.tag = 0;
        return a;
    }
    uint64_t mk = hash_mix(hash_mix(jkey, hash_value(0x9a1, a)), hash_value(0x9b1, b)) | 1;
    uint64_t id;
    bool fresh = false;
    if (!u64map_get(&e->sym_memo, mk, &id)) {
        id = sym_new_range(e, arena_printf(&e->arena, "%s (paths merged)", loc_name(e, loc)), INT64_MIN, INT64_MAX);
        u64map_put(&e->sym_memo, mk, id);
        u64map_put(&e->sym_memo, join_sym_mark(jkey, (uint32_t)id), 1);
        fresh = true;
    }
    (void)fresh;
    Value v = sym_value(e, (uint32_t)id);
    int64_t ca, cb;
    if (value_const(rep, a, &ca) && value_const(s, b, &cb)) {
        Range *r = cons_get(s, (uint32_t)id, true);
        int64_t lo = ca < cb ? ca : cb, hi = ca < cb ? cb : ca;
        r->lo = lo;
        r->hi = hi;
        r->small = false;
        r->nexcl = 0;
        r->ones = r->zeros = 0;
    }
    return v;
}

/* s := join(rep, s). Both have the same join key. */
static void join_into(State *s, State *rep, uint64_t jkey)
{
    Engine *e = s->eng;
    /* constraints: those both paths have, identically (merged symbols of
       this merge point keep theirs) */
    uint32_t w = 0;
    for (uint32_t i = 0; i < s->ncons; i++) {
        Range *r = cons_get(rep, s->cons[i].sym, false);
        bool merged = u64map_get(&e->sym_memo, join_sym_mark(jkey, s->cons[i].sym), NULL);
        if (merged || (r && memcmp(r, &s->cons[i], sizeof(Range)) == 0)) s->cons[w++] = s->cons[i];
    }
    s->ncons = w;
    /* store: values that differ become a merged unknown */
    VEC(StoreEnt) out = {0};
    uint32_t i = 0, j = 0;
    while (i < s->nstore || j < rep->nstore) {
        uint64_t key;
        Value a, b;
        if (j >= rep->nstore || (i < s->nstore && s->store[i].key < rep->store[j].key)) {
            key = s->store[i].key;
            a = s->store[i++].val;
            b = value_at(rep, key);
        } else if (i >= s->nstore || rep->store[j].key < s->store[i].key) {
            key = rep->store[j].key;
            b = rep->store[j++].val;
            a = value_at(s, key);
        } else {
            key = s->store[i].key;
            a = s->store[i++].val;
            b = rep->store[j++].val;
        }
        StoreEnt se = {key, join_value(s, rep, jkey, key, b, a)};
        VEC_PUSH(out, se);
    }
    free(s->store);
    s->store = out.data;
    s->nstore = (uint32_t)out.len;
    s->caps = (uint32_t)(out.cap ? out.cap : 0);
}

/* Returns false when the state adds nothing to what was already explored
   from this merge point. */
bool join_at(Engine *e, State *s)
{
    mem_collect(s);
    uint64_t jkey = join_key(s);
    uint64_t idx;
    if (!u64map_get(&e->join_index, jkey, &idx)) {
        VEC_PUSH(e->joins, state_snapshot(s));
        VEC_PUSH(e->join_hashes, state_hash(s));
        u64map_put(&e->join_index, jkey, e->joins.len);
        return true;
    }
    State *rep = e->joins.data[idx - 1];
    join_into(s, rep, jkey);
    uint64_t h = state_hash(s);
    if (h == e->join_hashes.data[idx - 1]) return false;
    e->joins_done++;
    state_free(rep);
    e->joins.data[idx - 1] = state_snapshot(s);
    e->join_hashes.data[idx - 1] = h;
    /* the trace so far is one of the merged paths: say so */
    const Frame *f = state_top(s);
    const Block *b = &f->fn->blocks[f->block];
    Loc at = b->ninstrs ? b->instrs[f->instr < b->ninstrs ? f->instr : 0].loc : b->term_loc;
    if (f->instr && f->instr <= b->ninstrs) at = b->instrs[f->instr - 1].loc;
    if (at.line && !s->join_noted) {
        state_trace(s, at, "other paths join this one here (and may again later): the steps above are one of them, "
                           "and values that differ between them are unknown from here on");
        s->join_noted = true;
    }
    return true;
}

/* ---- call summaries ------------------------------------------------------------------ */

/* A non-address-taken local of some frame: no callee can see it. */
static bool hidden_obj(const Engine *e, uint32_t obj)
{
    const ObjInfo *o = &e->objs.data[obj];
    return o->kind == OBJ_LOCAL && o->var && !o->var->address_taken;
}

uint64_t summary_key(State *s, const Func *fn, const Value *args, uint32_t nargs)
{
    Engine *e = s->eng;
    uint64_t h = hash_mix(0x5a77, (uint64_t)(uintptr_t)fn);
    h = hash_value(h, s->irql);
    h = hash_mix(h, (s->nframes ? s->frames[s->nframes - 1].muted : 0) | s->mute_next);
    for (uint32_t i = 0; i < nargs; i++) h = hash_value(h, args[i]);
    /* memory and constraints are not in the key: a recording lists the
       locations it read and the symbols it consulted, and is matched on
       those alone */
    (void)e;
    for (uint32_t i = 0; i < s->nmach; i++) {
        const MachineInst *m = &s->mach[i];
        h = hash_mix(h, ((uint64_t)m->machine << 40) | ((uint64_t)m->state << 32) | m->count);
        h = hash_mix(h, m->object);
        for (int k = 0; k < 4; k++) h = hash_value(h, m->attr[k]);
    }
    return h | 1;
}

static bool in_footprint(const Summary *sm, uint32_t sym)
{
    if (sym >= sm->sym_base) return true;
    for (size_t k = 0; k < sm->footprint.len; k++)
        if (sm->footprint.data[k] == sym) return true;
    return false;
}

static void apply_outcome(State *t, const Summary *sm, const Outcome *oc, const Instr *in)
{
    const State *x = oc->exit;
    /* store: what the call cleared and wrote, on top of the caller's */
    for (uint32_t k = 0; k < oc->nremoved; k++) mem_unset(t, oc->removed[k]);
    for (uint32_t k = 0; k < oc->nwrites; k++) mem_store(t, oc->writes[k].key, oc->writes[k].val);
    /* constraints: the caller's, updated with what the call decided about
       the symbols it depends on or created */
    for (uint32_t k = 0; k < x->ncons; k++) {
        if (!in_footprint(sm, x->cons[k].sym)) continue;
        *cons_get(t, x->cons[k].sym, true) = x->cons[k];
    }
    free(t->mach);
    t->mach = x->nmach ? xmalloc(sizeof(MachineInst) * x->nmach) : NULL;
    if (x->nmach) memcpy(t->mach, x->mach, sizeof(MachineInst) * x->nmach);
    t->nmach = t->capm = x->nmach;
    t->irql = x->irql;
    if (t->nframes && x->nframes) t->frames[t->nframes - 1].muted |= x->frames[x->nframes - 1].muted;
    for (uint32_t k = 0; k < oc->nsteps; k++) state_add_trace(t, oc->steps[k].loc, oc->steps[k].fn, oc->steps[k].msg);
    set_call_result(t, in, oc->ret);
}

static bool footprint_matches(State *s, const Summary *sm)
{
    for (size_t k = 0; k < sm->footprint.len; k++)
        if (!range_matches(s, sm->footprint.data[k], sm->entry_cons, sm->nentry_cons)) return false;
    for (size_t k = 0; k < sm->reads.len; k++) {
        Value v = mem_load(s, sm->reads.data[k].key, NULL);
        if (!val_same(v, sm->reads.data[k].val) || v.tag != sm->reads.data[k].val.tag) return false;
    }
    return true;
}

static bool callee_local(const Engine *e, uint32_t obj, uint32_t depth)
{
    const ObjInfo *o = &e->objs.data[obj];
    return o->kind == OBJ_LOCAL && o->depth >= depth;
}

void summary_note_read(State *s, uint64_t key)
{
    if (s->snapshot) return;
    Engine *e = s->eng;
    uint32_t obj = (uint32_t)(key >> 32);
    if (hidden_obj(e, obj)) return; /* a local no callee can see */
    for (uint32_t i = s->nframes; i-- > 0;) {
        uint32_t id = s->frames[i].summary;
        if (!id) continue;
        if (callee_local(e, obj, i)) continue;
        if (u64map_get(&e->summaries.data[id - 1].read_index, key, NULL)) continue;
        Value v = mem_load(e->summaries.data[id - 1].entry, key, NULL); /* snapshot: records nothing */
        Summary *sm = &e->summaries.data[id - 1];
        StoreEnt r = {key, v};
        VEC_PUSH(sm->reads, r);
        u64map_put(&sm->read_index, key, sm->reads.len);
    }
}

uint32_t summary_collect_base(const State *s)
{
    /* objects that existed when any call being recorded started are kept:
       the newest such call decides */
    const Engine *e = s->eng;
    uint32_t base = 0;
    for (uint32_t i = 0; i < s->nframes; i++)
        if (s->frames[i].summary && e->summaries.data[s->frames[i].summary - 1].obj_base > base)
            base = e->summaries.data[s->frames[i].summary - 1].obj_base;
    return base;
}

bool summary_apply(State *s, uint64_t key, const Func *fn, const Instr *in)
{
    Engine *e = s->eng;
    if (e->opt.no_summaries) return false;
    uint64_t idx;
    if (!u64map_get(&e->summary_index, key, &idx)) return false;
    Summary *sm = NULL;
    for (uint32_t id = (uint32_t)idx; id; id = e->summaries.data[id - 1].next) {
        Summary *c = &e->summaries.data[id - 1];
        if (c->complete && !c->poisoned && footprint_matches(s, c)) {
            sm = c;
            break;
        }
    }
    if (!sm) return false;
    e->summary_hits++;
    state_trace(s, in->loc, "calling %s (explored before in the same state: its %zu outcome%s reused)", fn->name,
                sm->outcomes.len, sm->outcomes.len == 1 ? " is" : "s are");
    if (sm->outcomes.len == 0) {
        kill_state(s, NULL); /* no path returns from it */
        return true;
    }
    for (size_t i = 0; i + 1 < sm->outcomes.len; i++) {
        State *t = state_fork(s);
        apply_outcome(t, sm, &sm->outcomes.data[i], in);
        work_push(e, t);
    }
    apply_outcome(s, sm, &sm->outcomes.data[sm->outcomes.len - 1], in);
    return true;
}

void summary_begin(State *s, uint64_t key)
{
    Engine *e = s->eng;
    if (e->opt.no_summaries) return;
    uint64_t first = 0;
    uint32_t nsame = 0;
    if (u64map_get(&e->summary_index, key, &first)) {
        for (uint32_t id = (uint32_t)first; id; id = e->summaries.data[id - 1].next) {
            if (!e->summaries.data[id - 1].complete) return; /* one recording at a time */
            nsame++;
        }
        if (nsame >= 16) return; /* the call depends on too much: stop recording it */
    }
    Summary sm;
    memset(&sm, 0, sizeof sm);
    sm.key = key;
    sm.live = 1;
    sm.next = (uint32_t)first;
    sm.sym_base = (uint32_t)e->syms.len;
    sm.nentry_cons = s->ncons;
    sm.entry_cons = xmalloc(sizeof(Range) * (s->ncons ? s->ncons : 1));
    if (s->ncons) memcpy(sm.entry_cons, s->cons, sizeof(Range) * s->ncons);
    sm.depth = s->nframes - 1;
    sm.obj_base = (uint32_t)e->objs.len;
    u64map_init(&sm.read_index);
    u64map_init(&sm.footprint_index);
    /* the callee's frame is already pushed: keep the caller's view */
    sm.entry = state_snapshot(s);
    VEC_PUSH(e->summaries, sm);
    u64map_put(&e->summary_index, key, e->summaries.len);
    state_top(s)->summary = (uint32_t)e->summaries.len;
}

/* What the call changed in caller-visible memory: entries of the exit
   store that differ from the entry store, and entry keys that are gone. */
static void store_delta(Engine *e, const State *in, const State *out, uint32_t depth, Outcome *oc)
{
    VEC(StoreEnt) w = {0};
    VEC(uint64_t) r = {0};
    uint32_t i = 0, j = 0;
    while (i < in->nstore || j < out->nstore) {
        uint64_t ki = i < in->nstore ? in->store[i].key : UINT64_MAX;
        uint64_t kj = j < out->nstore ? out->store[j].key : UINT64_MAX;
        uint64_t k = ki < kj ? ki : kj;
        uint32_t obj = (uint32_t)(k >> 32);
        bool skip = hidden_obj(e, obj) || callee_local(e, obj, depth);
        if (ki == kj) {
            if (!skip && (!val_same(in->store[i].val, out->store[j].val) || in->store[i].val.tag != out->store[j].val.tag))
                VEC_PUSH(w, out->store[j]);
            i++, j++;
        } else if (ki < kj) {
            if (!skip) VEC_PUSH(r, ki);
            i++;
        } else {
            if (!skip) VEC_PUSH(w, out->store[j]);
            j++;
        }
    }
    oc->writes = w.data;
    oc->nwrites = (uint32_t)w.len;
    oc->removed = r.data;
    oc->nremoved = (uint32_t)r.len;
}

void summary_record(State *s, const Frame *f, Value ret)
{
    Engine *e = s->eng;
    Summary *sm = &e->summaries.data[f->summary - 1];
    Outcome oc;
    memset(&oc, 0, sizeof oc);
    oc.exit = state_snapshot(s);
    oc.ret = ret;
    store_delta(e, sm->entry, s, sm->depth, &oc);
    uint32_t n = 0;
    for (const TraceNode *t = s->trace; t && t != f->call_trace; t = t->prev) n++;
    oc.steps = xmalloc(sizeof(SummaryStep) * (n ? n : 1));
    oc.nsteps = n;
    uint32_t k = n;
    for (const TraceNode *t = s->trace; t && t != f->call_trace; t = t->prev) {
        --k;
        oc.steps[k].loc = t->loc;
        oc.steps[k].msg = t->msg;
        oc.steps[k].fn = t->fn;
    }
    VEC_PUSH(sm->outcomes, oc);
    if (sm->live && --sm->live == 0) sm->complete = true;
}

/* ---- findings --------------------------------------------------------------------- */

/* One defect, one finding. A rule reported at a call into a driver function
   (a PASSIVE_LEVEL helper called from a DPC) is muted inside that call: what
   the callee then does at the wrong IRQL is the same defect. A rule reported
   at a function's exit (a helper returning with a lock held or the IRQL
   changed) is muted in its callers: their exits inherit the same state. */
static uint64_t rule_bit(Engine *e, const char *rule)
{
    for (uint32_t i = 0; i < e->nmute_rules; i++)
        if (e->mute_rules[i] == rule) return 1ull << i;
    if (e->nmute_rules == 64) return 0;
    e->mute_rules[e->nmute_rules] = rule;
    return 1ull << e->nmute_rules++;
}

void engine_mute(Engine *e, State *s, const char *rule)
{
    if (s->nframes) s->frames[s->nframes - 1].muted |= rule_bit(e, intern(rule));
}

void engine_report(Engine *e, State *s, const Event *ev, const char *rule, const char *family, Severity sev,
                   const char *message, const char *object, const Loc *related, const char *related_msg)
{
    rule = intern(rule);
    uint64_t bit = rule_bit(e, rule);
    bool muted = s && s->nframes && (s->frames[s->nframes - 1].muted & bit);
    if (s && ev->kind == EV_FUNC_EXIT && s->nframes > 1) s->frames[s->nframes - 2].muted |= bit;
    if (muted) return;
    /* a function checked against its own annotation: only its own body */
    if (s && s->nframes > 1 && e->entry.run && e->entry.run->own_body_only) return;
    if (s && (ev->kind == EV_CALL || ev->kind == EV_REQUIRE) && ev->callee_func) s->mute_next |= bit;
    if (s && s->nframes > 1 && ev->kind == EV_FUNC_ENTER) s->frames[s->nframes - 1].muted |= bit;
    uint64_t key = hash_mix(hash_mix((uint64_t)(uintptr_t)rule, ev->loc.file),
                            ((uint64_t)ev->loc.line << 20) ^ ev->loc.col) | 1;
    if (!u64map_add(&e->findings_seen, key, 1)) return;
    Analysis *out = e->out;
    Arena *a = &out->arena;
    Finding *f = analysis_add(out);
    f->rule = rule;
    f->family = family ? intern(family) : NULL;
    f->severity = sev;
    f->loc = ev->loc;
    f->end = ev->end;
    const Func *fn = ev->func ? ev->func : (s ? state_current(s) : NULL);
    f->function = fn ? fn->name : NULL;
    f->entry = e->entry.root ? e->entry.root->name : NULL;
    f->entry_role = e->entry.role;
    f->message = arena_strdup(a, message);
    f->object = object ? arena_strdup(a, object) : NULL;
    if (related && related->line) {
        f->has_related = true;
        f->related = *related;
        f->related_message = related_msg ? arena_strdup(a, related_msg) : NULL;
    }
    /* trace: oldest first, the offending event last */
    uint32_t n = s && s->trace ? s->trace->len : 0;
    const uint32_t cap = 500;
    uint32_t keep = n > cap ? cap : n;
    f->ntrace = keep + 1;
    f->trace = arena_alloc(a, sizeof(TraceStep) * f->ntrace);
    const TraceNode *t = s ? s->trace : NULL;
    for (uint32_t i = keep; i-- > 0 && t; t = t->prev) {
        f->trace[i].loc = t->loc;
        f->trace[i].message = arena_strdup(a, t->msg);
        f->trace[i].function = t->fn ? t->fn->name : NULL;
    }
    if (n > cap && keep > 0) {
        /* keep the entry step, note the omission */
        f->trace[0].message = arena_printf(a, "%s (%u earlier steps omitted)", f->trace[0].message, n - cap);
    }
    f->trace[keep].loc = ev->loc;
    f->trace[keep].message = f->message;
    f->trace[keep].function = f->function;
}

/* ---- running one state ------------------------------------------------------------- */

static bool over_budget(Engine *e)
{
    if (e->exhausted) return true;
    if (e->states > e->opt.max_states) e->exhausted = "states";
    else if (e->steps > e->opt.max_steps) e->exhausted = "steps";
    else if ((e->steps & 1023) == 0 && (now_seconds() - e->t_start) * 1000.0 > e->opt.max_ms) e->exhausted = "time";
    return e->exhausted != NULL;
}

static bool block_entry(Engine *e, State *s, U64Map *loop_cache)
{
    Frame *f = state_top(s);
    const Block *b = &f->fn->blocks[f->block];
    if (b->loop_header) mem_collect(s);
    if (b->loop_header && !loop_visit(e, s, loop_cache)) {
        s->cut = true;
        return false;
    }
    bool merge = block_preds(e, f->fn)[f->block] >= 2;
    /* where paths meet: join (or, without joins, drop exact repeats); a
       block with one predecessor sees only what its predecessor let through */
    if (!b->loop_header && merge && !e->opt.no_joins) return join_at(e, s);
    if (!b->loop_header && !merge) return true;
    return u64map_add(&e->visited, state_hash(s), 1);
}

static void run_state(Engine *e, State *s, U64Map *loop_cache)
{
    while (!s->dead) {
        if (over_budget(e)) return;
        Frame *f = state_top(s);
        if (f->entering) {
            f->entering = false;
            if (!block_entry(e, s, loop_cache)) {
                kill_state(s, NULL);
                return;
            }
            if (s->dead) return;
            f = state_top(s);
        }
        const Block *b = &f->fn->blocks[f->block];
        if (f->instr < b->ninstrs) {
            const Instr *in = &b->instrs[f->instr++];
            e->steps++;
            exec_instr(s, in);
            continue;
        }
        e->steps++;
        exec_terminator(s);
    }
}

/* ---- static reachability --------------------------------------------------------- */

static void note_refs(const Expr *x, const Program *p, bool *reach, FuncVec *todo)
{
    if (!x) return;
    switch (x->kind) {
    case E_FUNC:
        if (x->u.fn.func) {
            for (uint32_t i = 0; i < p->nfuncs; i++)
                if (p->funcs[i] == x->u.fn.func && !reach[i]) {
                    reach[i] = true;
                    VEC_PUSH(*todo, x->u.fn.func);
                }
        }
        break;
    case E_MEMBER: note_refs(x->u.mem.base, p, reach, todo); break;
    case E_INDEX: case E_BINARY: note_refs(x->u.bin.a, p, reach, todo); note_refs(x->u.bin.b, p, reach, todo); break;
    case E_DEREF: case E_ADDR: case E_UNARY: case E_CAST: note_refs(x->u.sub, p, reach, todo); break;
    default: break;
    }
}

static void note_unreached(Engine *e, const Program *p)
{
    bool *reach = xcalloc(p->nfuncs ? p->nfuncs : 1, 1);
    FuncVec todo = {0};
    for (uint32_t i = 0; i < p->nentries; i++)
        for (uint32_t j = 0; j < p->nfuncs; j++)
            if (p->funcs[j] == p->entries[i].func && !reach[j]) {
                reach[j] = true;
                VEC_PUSH(todo, p->funcs[j]);
            }
    while (todo.len) {
        const Func *f = todo.data[--todo.len];
        for (uint32_t b = 0; b < f->nblocks; b++) {
            const Block *bl = &f->blocks[b];
            for (uint32_t i = 0; i < bl->ninstrs; i++) {
                const Instr *in = &bl->instrs[i];
                note_refs(in->lhs, p, reach, &todo);
                note_refs(in->rhs, p, reach, &todo);
                note_refs(in->callee, p, reach, &todo);
                for (uint32_t a = 0; a < in->nargs; a++) note_refs(in->args[a], p, reach, &todo);
            }
        }
    }
    for (uint32_t i = 0; i < p->nfuncs; i++)
        if (!reach[i])
            analysis_note(e->out, "%s:%u: %s is not reached from any entry point; it was not explored",
                          program_loc_path(p, p->funcs[i]->loc), p->funcs[i]->loc.line, p->funcs[i]->name);
    VEC_FREE(todo);
    free(reach);
}

/* ---- one entry point ------------------------------------------------------------------ */

static void reset_tables(Engine *e)
{
    arena_free(&e->arena);
    arena_init(&e->arena);
    e->syms.len = 0;
    e->objs.len = 0;
    SymInfo s0;
    memset(&s0, 0, sizeof s0);
    s0.name = "none";
    VEC_PUSH(e->syms, s0);
    ObjInfo o0;
    memset(&o0, 0, sizeof o0);
    o0.name = "none";
    VEC_PUSH(e->objs, o0);
    u64map_clear(&e->sym_memo);
    u64map_clear(&e->obj_memo);
    u64map_clear(&e->visited);
    u64map_clear(&e->summary_index);
    u64map_clear(&e->join_index);
    for (size_t i = 0; i < e->joins.len; i++) state_free(e->joins.data[i]);
    e->joins.len = 0;
    e->join_hashes.len = 0;
    for (size_t i = 0; i < e->summaries.len; i++) {
        Summary *sm = &e->summaries.data[i];
        for (size_t k = 0; k < sm->outcomes.len; k++) {
            state_free(sm->outcomes.data[k].exit);
            free(sm->outcomes.data[k].steps);
            free(sm->outcomes.data[k].writes);
            free(sm->outcomes.data[k].removed);
        }
        VEC_FREE(sm->outcomes);
        VEC_FREE(sm->footprint);
        VEC_FREE(sm->reads);
        u64map_free(&sm->read_index);
        u64map_free(&sm->footprint_index);
        state_free(sm->entry);
        free(sm->entry_cons);
    }
    e->summaries.len = 0;
    e->states = e->steps = e->paths_done = e->loop_cuts = e->summary_hits = e->joins_done = 0;
    e->exhausted = NULL;
    e->next_tag = 0;
}

static const char *irql_text(Arena *a, int lo, int hi)
{
    const char *l = irql_level_name(lo), *h = irql_level_name(hi);
    if (lo == hi || strcmp(l, h) == 0) return l; /* the device IRQLs share one name */
    return arena_printf(a, "%s..%s", l, h);
}

/* Completion routines run inside the IoCallDriver that reaches them, with
   the state of the dispatch routine that set them; exploring one on its
   own, without that state, is only useful when no path ran it. */
static bool covered_in_context(Engine *e, const EntryRun *run)
{
    if (run->in_context && u64map_get(&e->callbacks_run, (uint64_t)(uintptr_t)run->fn, NULL)) return true;
    /* a function checked against its own annotation: already explored, in
       context, at every IRQL its annotation allows */
    uint64_t seen;
    if (run->own_body_only && u64map_get(&e->entered_irql, (uint64_t)(uintptr_t)run->fn, &seen))
        return (int)(seen >> 8) - 1 <= run->irql_lo && (int)(seen & 0xFF) - 1 >= run->irql_hi;
    return false;
}

static void explore_run(Engine *e, const EntryRun *run, U64Map *loop_cache)
{
    if (covered_in_context(e, run)) {
        Analysis *out = e->out;
        out->entries = xrealloc(out->entries, sizeof(EntryStats) * (out->nentries + 1));
        EntryStats *st = &out->entries[out->nentries++];
        memset(st, 0, sizeof *st);
        st->function = run->fn->name;
        st->role = run->label ? run->label : run->role;
        st->irql = irql_text(&out->arena, run->irql_lo, run->irql_hi);
        st->loc = run->fn->loc;
        st->in_context = true;
        st->why_not_alone = run->own_body_only ? "the entry points already entered it at every IRQL its annotation allows"
                                               : "every path that needed it ran it in context";
        return;
    }
    reset_tables(e);
    e->t_start = now_seconds();
    memset(&e->entry, 0, sizeof e->entry);
    e->entry.run = run;
    e->entry.role = run->role;
    e->entry.device_role = run->device_role;
    e->entry.irql_lo = run->irql_lo;
    e->entry.irql_hi = run->irql_hi;
    e->entry.root = run->fn;
    State *s = state_new(e);
    e->states++;
    harness_setup(e->harness, s, run);
    work_push(e, s);
    while (e->work.len) {
        State *cur = e->work.data[--e->work.len];
        if (!cur->dead) run_state(e, cur, loop_cache);
        if (!cur->dead) cur->cut = true; /* stopped by the budget */
        state_free(cur);
        if (e->exhausted) {
            while (e->work.len) {
                State *rest = e->work.data[--e->work.len];
                rest->cut = true;
                state_free(rest);
            }
        }
    }
    Analysis *out = e->out;
    out->entries = xrealloc(out->entries, sizeof(EntryStats) * (out->nentries + 1));
    EntryStats *st = &out->entries[out->nentries++];
    memset(st, 0, sizeof *st);
    st->function = run->fn->name;
    st->role = run->label ? run->label : run->role;
    st->irql = irql_text(&out->arena, run->irql_lo, run->irql_hi);
    st->states = e->states;
    st->steps = e->steps;
    st->paths = e->paths_done;
    st->loop_cuts = e->loop_cuts;
    st->summary_hits = e->summary_hits;
    st->seconds = now_seconds() - e->t_start;
    st->exhausted = e->exhausted;
    st->loc = run->fn->loc;
    out->total_states += e->states;
}

void engine_analyze(const Program *p, struct Harness *h, struct RuleSet *rules, const EngineOptions *o,
                    Analysis *out)
{
    Engine e;
    memset(&e, 0, sizeof e);
    e.prog = p;
    e.harness = h;
    e.rules = rules;
    e.opt = *o;
    e.out = out;
    arena_init(&e.arena);
    e.access_events = rules && rules_want_access(rules);
    PathInfo root = {"", 0, ""};
    VEC_PUSH(e.paths, root);
    double t0 = now_seconds();
    reset_tables(&e);
    if (rules) rules_static(rules, &e, p, h);
    U64Map loop_cache;
    u64map_init(&loop_cache);
    const EntryRun *runs;
    uint32_t nruns = h ? harness_runs(h, &runs) : 0;
    for (uint32_t i = 0; i < nruns; i++) explore_run(&e, &runs[i], &loop_cache);
    note_unreached(&e, p);
    if (h) {
        const char *const *notes;
        uint32_t nn = harness_notes(h, &notes);
        for (uint32_t i = 0; i < nn; i++) analysis_note(out, "%s", notes[i]);
    }
    out->seconds += now_seconds() - t0;
    loop_info_free(&loop_cache);
    reset_tables(&e);
    VEC_FREE(e.syms);
    VEC_FREE(e.objs);
    VEC_FREE(e.paths);
    VEC_FREE(e.work);
    VEC_FREE(e.summaries);
    VEC_FREE(e.joins);
    VEC_FREE(e.join_hashes);
    u64map_free(&e.join_index);
    for (size_t i = 0; i < e.join_preds.cap; i++)
        if (e.join_preds.keys[i]) free((void *)(uintptr_t)e.join_preds.vals[i]);
    u64map_free(&e.join_preds);
    u64map_free(&e.callbacks_run);
    u64map_free(&e.entered_irql);
    u64map_free(&e.sym_memo);
    u64map_free(&e.obj_memo);
    u64map_free(&e.path_memo);
    u64map_free(&e.visited);
    u64map_free(&e.findings_seen);
    u64map_free(&e.summary_index);
    arena_free(&e.arena);
}
