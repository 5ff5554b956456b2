/*
 * solver.c - symbols and the constraints a path puts on them.
 *
 * A symbol is an unknown value: fresh (a parameter, a field nobody wrote, a
 * routine's result) or derived from others (x == 3, x & 0x80, x + 1),
 * hash-consed so the same expression over the same symbols is the same
 * symbol and correlated branches stay correlated. Each path keeps, per
 * symbol, a Range: an interval, known-set and known-clear bits, and either
 * a bitmap of allowed values (domains of up to 64 values, such as IRP minor
 * codes) or a few excluded values. That is enough for the conditions
 * drivers branch on: equalities, NT_SUCCESS (x >= 0), ranges, flag tests.
 *
 * assume() narrows a path by a condition and says whether the path is
 * still feasible; truth() decides a condition from the constraints alone.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"

/* ---- symbols ---------------------------------------------------------------- */

void type_range(const Type *t, int64_t *lo, int64_t *hi)
{
    *lo = INT64_MIN;
    *hi = INT64_MAX;
    if (!t) return;
    if (t->kind == TY_PTR) {
        *lo = 0;
        return;
    }
    if (t->kind != TY_INT || t->size == 0 || t->size >= 8) {
        if (t->kind == TY_INT && t->size >= 8 && !t->is_signed) *lo = 0;
        return;
    }
    unsigned bits = t->size * 8;
    if (t->is_signed) {
        *lo = -((int64_t)1 << (bits - 1));
        *hi = ((int64_t)1 << (bits - 1)) - 1;
    } else {
        *lo = 0;
        *hi = ((int64_t)1 << bits) - 1;
    }
}

uint32_t sym_new_range(Engine *e, const char *name, int64_t lo, int64_t hi)
{
    SymInfo si;
    memset(&si, 0, sizeof si);
    si.name = name;
    si.op = OP_NONE;
    si.lo = lo;
    si.hi = hi;
    VEC_PUSH(e->syms, si);
    return (uint32_t)(e->syms.len - 1);
}

uint32_t sym_new(Engine *e, const char *name, const Type *t)
{
    int64_t lo, hi;
    type_range(t, &lo, &hi);
    return sym_new_range(e, name, lo, hi);
}

Value sym_value(Engine *e, uint32_t id)
{
    (void)e;
    Value v;
    memset(&v, 0, sizeof v);
    v.kind = V_SYM;
    v.a = id;
    return v;
}

static uint64_t value_hash(Value v)
{
    uint64_t h = hash_mix(v.kind, v.a);
    h = hash_mix(h, v.b);
    return hash_mix(h, (uint64_t)v.n);
}

static bool is_cmp(Op op)
{
    return op >= OP_EQ && op <= OP_GE;
}

Value sym_derived(Engine *e, Op op, Value x, Value y)
{
    x.tag = y.tag = 0;
    uint64_t key = hash_mix(hash_mix(0xde71 + (uint64_t)op, value_hash(x)), value_hash(y)) | 1;
    uint64_t id;
    if (u64map_get(&e->sym_memo, key, &id)) return sym_value(e, (uint32_t)id);
    SymInfo si;
    memset(&si, 0, sizeof si);
    si.op = op;
    si.x = x;
    si.y = y;
    si.lo = INT64_MIN;
    si.hi = INT64_MAX;
    if (is_cmp(op) || op == OP_LNOT) {
        si.lo = 0;
        si.hi = 1;
    } else if (op == OP_AND && y.kind == V_INT && y.n >= 0) {
        si.lo = 0;
        si.hi = y.n;
    }
    VEC_PUSH(e->syms, si);
    uint32_t nid = (uint32_t)(e->syms.len - 1);
    u64map_put(&e->sym_memo, key, nid);
    return sym_value(e, nid);
}

/* ---- ranges ------------------------------------------------------------------- */

static int popcount64(uint64_t x)
{
    return __builtin_popcountll(x);
}

static uint64_t small_mask(int64_t lo, int64_t hi)
{
    uint64_t n = (uint64_t)(hi - lo) + 1;
    return n >= 64 ? ~0ULL : ((1ULL << n) - 1);
}

static bool value_fits_bits(const Range *r, int64_t v)
{
    uint64_t u = (uint64_t)v;
    return (u & r->ones) == r->ones && (u & r->zeros) == 0;
}

/* Re-establishes the range invariants; false if no value is left. */
static bool normalize(Range *r)
{
    if (r->ones & r->zeros) return false;
    if (r->lo > r->hi) return false;
    if (!r->small && (uint64_t)r->hi - (uint64_t)r->lo < 64) { /* hi >= lo: the difference fits in uint64_t */
        r->small = true;
        r->allowed = small_mask(r->lo, r->hi);
        for (uint8_t i = 0; i < r->nexcl; i++)
            if (r->excl[i] >= r->lo && r->excl[i] <= r->hi) r->allowed &= ~(1ULL << (r->excl[i] - r->lo));
        r->nexcl = 0;
    }
    if (r->small) {
        /* drop values that contradict the known bits */
        if (r->ones || r->zeros) {
            for (int64_t i = 0; i <= r->hi - r->lo; i++)
                if ((r->allowed >> i) & 1)
                    if (!value_fits_bits(r, r->lo + i)) r->allowed &= ~(1ULL << i);
        }
        if (!r->allowed) return false;
        int first = __builtin_ctzll(r->allowed);
        int last = 63 - __builtin_clzll(r->allowed);
        int64_t olo = r->lo;
        r->lo = olo + first;
        r->hi = olo + last;
        r->allowed >>= first;
        return true;
    }
    /* large range: shrink over excluded boundary values */
    bool changed = true;
    while (changed) {
        changed = false;
        for (uint8_t i = 0; i < r->nexcl; i++) {
            if (r->excl[i] == r->lo && r->lo < r->hi) r->lo++, changed = true;
            else if (r->excl[i] == r->hi && r->lo < r->hi) r->hi--, changed = true;
            else if (r->excl[i] == r->lo && r->lo == r->hi) return false;
        }
    }
    if (r->lo == r->hi && !value_fits_bits(r, r->lo)) return false;
    return true;
}

/* Bits of a value known from its definition alone: x & ~0x80 has bit 7
   clear, x | 0x4 has bit 2 set, whatever x is. */
static void static_bits(const Engine *e, Value v, uint64_t *ones, uint64_t *zeros, int depth)
{
    *ones = *zeros = 0;
    if (v.kind == V_INT) {
        *ones = (uint64_t)v.n;
        *zeros = ~(uint64_t)v.n;
        return;
    }
    if (v.kind != V_SYM || depth > 8) return;
    const SymInfo *si = &e->syms.data[v.a];
    uint64_t xo, xz, yo, yz;
    switch (si->op) {
    case OP_AND:
        static_bits(e, si->x, &xo, &xz, depth + 1);
        static_bits(e, si->y, &yo, &yz, depth + 1);
        *ones = xo & yo;
        *zeros = xz | yz;
        break;
    case OP_OR:
        static_bits(e, si->x, &xo, &xz, depth + 1);
        static_bits(e, si->y, &yo, &yz, depth + 1);
        *ones = xo | yo;
        *zeros = xz & yz;
        break;
    default:
        break;
    }
}

static Range range_default(const Engine *e, uint32_t sym)
{
    Range r;
    memset(&r, 0, sizeof r);
    r.sym = sym;
    const SymInfo *si = &e->syms.data[sym];
    r.lo = si->lo;
    r.hi = si->hi;
    if (si->op == OP_AND || si->op == OP_OR) {
        Value self;
        memset(&self, 0, sizeof self);
        self.kind = V_SYM;
        self.a = sym;
        static_bits(e, self, &r.ones, &r.zeros, 0);
        if (r.ones & r.zeros) r.ones = r.zeros = 0; /* contradictory: forget */
    }
    normalize(&r);
    return r;
}

/* Every symbol whose constraints decide something inside a call that is
   being recorded belongs to that call's footprint: a later call may reuse
   the recording only if those constraints are the same. */
void consult(const State *s, uint32_t sym)
{
    Engine *e = s->eng;
    for (uint32_t i = 0; i < s->nframes; i++) {
        uint32_t id = s->frames[i].summary;
        if (!id) continue;
        Summary *sm = &e->summaries.data[id - 1];
        /* even symbols created during the call count: a lazily read value
           (e->Flag read for the first time inside the callee) existed before
           the call, and a later caller may already have constrained it */
        if (sm->complete) continue;
        if (u64map_add(&sm->footprint_index, (uint64_t)sym + 1, 1)) VEC_PUSH(sm->footprint, sym);
    }
}

Range *cons_get(State *s, uint32_t sym, bool create)
{
    consult(s, sym);
    uint32_t lo = 0, hi = s->ncons;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (s->cons[mid].sym < sym) lo = mid + 1;
        else hi = mid;
    }
    if (lo < s->ncons && s->cons[lo].sym == sym) return &s->cons[lo];
    if (!create) return NULL;
    if (s->ncons == s->capc) {
        s->capc = s->capc ? s->capc * 2 : 16;
        s->cons = xrealloc(s->cons, sizeof(Range) * s->capc);
    }
    memmove(&s->cons[lo + 1], &s->cons[lo], sizeof(Range) * (s->ncons - lo));
    s->cons[lo] = range_default(s->eng, sym);
    s->ncons++;
    return &s->cons[lo];
}

/* The current range of a symbol without creating an entry. */
static Range range_of(const State *s, uint32_t sym)
{
    Range *r = cons_get((State *)s, sym, false); /* (notes the symbol in footprints) */
    return r ? *r : range_default(s->eng, sym);
}

bool value_const(const State *s, Value v, int64_t *out)
{
    if (v.kind == V_INT) {
        *out = v.n;
        return true;
    }
    if (v.kind == V_SYM) {
        Range r = range_of(s, v.a);
        if (r.lo == r.hi) {
            *out = r.lo;
            return true;
        }
    }
    return false;
}

static bool range_allows(const Range *r, int64_t v)
{
    if (v < r->lo || v > r->hi) return false;
    if (r->small && !((r->allowed >> (v - r->lo)) & 1)) return false;
    for (uint8_t i = 0; i < r->nexcl; i++)
        if (r->excl[i] == v) return false;
    return value_fits_bits(r, v);
}

/* Applies `x op k` to a range; false if it empties. */
static bool range_apply(Range *r, Op op, int64_t k)
{
    switch (op) {
    case OP_EQ:
        if (!range_allows(r, k)) return false;
        r->lo = r->hi = k;
        r->small = false;
        r->nexcl = 0;
        return normalize(r);
    case OP_NE:
        if (r->lo == k && r->hi == k) return false;
        if (k < r->lo || k > r->hi) return true;
        if (r->small) r->allowed &= ~(1ULL << (k - r->lo));
        else if (k == r->lo) r->lo++;
        else if (k == r->hi) r->hi--;
        else if (r->nexcl < 2) r->excl[r->nexcl++] = k;
        return normalize(r);
    case OP_LT:
        if (k == INT64_MIN) return false;
        k--;
        /* fall through */
    case OP_LE:
        if (k < r->hi) {
            if (r->small && k >= r->lo) r->allowed &= small_mask(r->lo, k);
            r->hi = k;
        }
        return normalize(r);
    case OP_GT:
        if (k == INT64_MAX) return false;
        k++;
        /* fall through */
    case OP_GE:
        if (k > r->lo) {
            if (r->small && k <= r->hi) r->allowed >>= (k - r->lo);
            r->lo = k;
        }
        return normalize(r);
    default:
        return true;
    }
}

static Op negate(Op op)
{
    switch (op) {
    case OP_EQ: return OP_NE;
    case OP_NE: return OP_EQ;
    case OP_LT: return OP_GE;
    case OP_LE: return OP_GT;
    case OP_GT: return OP_LE;
    case OP_GE: return OP_LT;
    default: return op;
    }
}

static Op swap_cmp(Op op)
{
    switch (op) {
    case OP_LT: return OP_GT;
    case OP_LE: return OP_GE;
    case OP_GT: return OP_LT;
    case OP_GE: return OP_LE;
    default: return op;
    }
}

static bool eval_cmp(int64_t a, Op op, int64_t b)
{
    switch (op) {
    case OP_EQ: return a == b;
    case OP_NE: return a != b;
    case OP_LT: return a < b;
    case OP_LE: return a <= b;
    case OP_GT: return a > b;
    case OP_GE: return a >= b;
    default: return true;
    }
}

/* ---- assume ------------------------------------------------------------------- */

static bool assume_sym_cmp(State *s, uint32_t sym, Op op, int64_t k, int depth);

/* A boolean-valued symbol (comparison, !x) must be `want`. */
static bool assume_bool(State *s, Value v, bool want, int depth)
{
    return assume_sym_cmp(s, v.a, want ? OP_NE : OP_EQ, 0, depth);
}

bool assume_cmp(State *s, Value v, Op op, int64_t k)
{
    switch (v.kind) {
    case V_INT:
        return eval_cmp(v.n, op, k);
    case V_SYM:
        return assume_sym_cmp(s, v.a, op, k, 0);
    case V_PTR: {
        const ObjInfo *o = &s->eng->objs.data[v.a];
        if (k != 0 || (op != OP_EQ && op != OP_NE)) return true;
        if (v.b == 0 && o->addr_sym) return assume_sym_cmp(s, o->addr_sym, op, 0, 0);
        return op == OP_NE; /* a real object is never at address 0 */
    }
    case V_FUNC:
        return k == 0 ? op == OP_NE : true;
    default:
        return true;
    }
}

static bool assume_sym_cmp(State *s, uint32_t sym, Op op, int64_t k, int depth)
{
    Engine *e = s->eng;
    if (depth > 16) return true;
    SymInfo si = e->syms.data[sym];
    /* Narrow the symbol itself first: this keeps truth() consistent. */
    Range *r = cons_get(s, sym, true);
    if (!range_apply(r, op, k)) return false;
    if (si.op == OP_NONE) return true;
    int64_t lo = r->lo, hi = r->hi;
    bool must_true = lo >= 1 || (r->small && !(r->allowed & 1) && lo == 0);
    bool must_false = lo == 0 && hi == 0;
    if (is_cmp(si.op) || si.op == OP_LNOT) {
        if (!must_true && !must_false) return true;
        bool want = must_true;
        if (si.op == OP_LNOT) return assume(s, si.x, !want);
        Op cop = want ? si.op : negate(si.op);
        Value x = si.x, y = si.y;
        int64_t cx, cy;
        bool kx = value_const(s, x, &cx), ky = value_const(s, y, &cy);
        if (kx && ky) return eval_cmp(cx, cop, cy);
        if (ky) return x.kind == V_SYM ? assume_sym_cmp(s, x.a, cop, cy, depth + 1) : assume_cmp(s, x, cop, cy);
        if (kx) return y.kind == V_SYM ? assume_sym_cmp(s, y.a, swap_cmp(cop), cx, depth + 1)
                                       : assume_cmp(s, y, swap_cmp(cop), cx);
        if (val_same(x, y)) return eval_cmp(0, cop, 0);
        return true;
    }
    if (si.op == OP_AND && si.y.kind == V_INT && si.x.kind == V_SYM) {
        uint64_t m = (uint64_t)si.y.n;
        Range *xr = cons_get(s, si.x.a, true);
        if (lo == 0 && hi == 0) {
            xr->zeros |= m;
        } else if (must_true && popcount64(m) == 1) {
            xr->ones |= m;
        } else if (lo == hi) {
            /* (x & m) == c */
            xr->ones |= (uint64_t)lo & m;
            xr->zeros |= m & ~(uint64_t)lo;
        } else if (must_true && (xr->zeros & m) == m) {
            return false;
        }
        return normalize(xr);
    }
    if ((si.op == OP_ADD || si.op == OP_SUB) && si.y.kind == V_INT && si.x.kind == V_SYM && lo == hi) {
        int64_t c = si.y.n;
        int64_t target = si.op == OP_ADD ? lo - c : lo + c;
        return assume_sym_cmp(s, si.x.a, OP_EQ, target, depth + 1);
    }
    return true;
}

bool assume(State *s, Value cond, bool want)
{
    if (cond.kind == V_SYM) return assume_bool(s, cond, want, 0);
    return assume_cmp(s, cond, want ? OP_NE : OP_EQ, 0);
}

/* ---- truth ----------------------------------------------------------------------- */

/* Can the value be something other than / equal to k?  Returns a bitmask:
   1 = may be true for `v op k`, 2 = may be false. */
static int cmp_possibilities(const State *s, Value v, Op op, int64_t k, int depth);

static int sym_possibilities(const State *s, uint32_t sym, Op op, int64_t k, int depth)
{
    Range r = range_of(s, sym);
    int res = 0;
    /* Is there a value in r satisfying / violating the comparison? */
    Range t = r;
    if (range_apply(&t, op, k)) res |= 1;
    t = r;
    if (range_apply(&t, negate(op), k)) res |= 2;
    if (res != 3 || depth > 16) return res;
    /* The symbol's own range does not decide; look through its definition. */
    const SymInfo *si = &s->eng->syms.data[sym];
    if ((is_cmp(si->op) || si->op == OP_LNOT) && (op == OP_NE || op == OP_EQ) && k == 0) {
        int inner;
        if (si->op == OP_LNOT) {
            inner = cmp_possibilities(s, si->x, OP_EQ, 0, depth + 1);
        } else {
            int64_t cx, cy;
            bool kx = value_const(s, si->x, &cx), ky = value_const(s, si->y, &cy);
            if (kx && ky) inner = eval_cmp(cx, si->op, cy) ? 1 : 2;
            else if (ky) inner = cmp_possibilities(s, si->x, si->op, cy, depth + 1);
            else if (kx) inner = cmp_possibilities(s, si->y, swap_cmp(si->op), cx, depth + 1);
            else if (val_same(si->x, si->y)) inner = eval_cmp(0, si->op, 0) ? 1 : 2;
            else inner = 3;
        }
        /* inner: bit0 = comparison may hold (sym == 1), bit1 = may fail (sym == 0) */
        if (op == OP_NE) return inner;
        return ((inner & 1) ? 2 : 0) | ((inner & 2) ? 1 : 0);
    }
    if (si->op == OP_AND && si->y.kind == V_INT && si->x.kind == V_SYM && k == 0 &&
        (op == OP_NE || op == OP_EQ)) {
        Range xr = range_of(s, si->x.a);
        uint64_t m = (uint64_t)si->y.n;
        bool may_nonzero = (xr.zeros & m) != m;
        bool may_zero = (xr.ones & m) == 0;
        if (xr.lo == xr.hi) {
            may_nonzero = ((uint64_t)xr.lo & m) != 0;
            may_zero = !may_nonzero;
        }
        int nz = (may_nonzero ? 1 : 0) | (may_zero ? 2 : 0);
        if (op == OP_NE) return nz;
        return ((nz & 1) ? 2 : 0) | ((nz & 2) ? 1 : 0);
    }
    return res;
}

static int cmp_possibilities(const State *s, Value v, Op op, int64_t k, int depth)
{
    switch (v.kind) {
    case V_INT:
        return eval_cmp(v.n, op, k) ? 1 : 2;
    case V_SYM:
        return sym_possibilities(s, v.a, op, k, depth);
    case V_PTR: {
        const ObjInfo *o = &s->eng->objs.data[v.a];
        if (k != 0 || (op != OP_EQ && op != OP_NE)) return 3;
        if (v.b == 0 && o->addr_sym) return sym_possibilities(s, o->addr_sym, op, 0, depth);
        return op == OP_NE ? 1 : 2;
    }
    case V_FUNC:
        if (k == 0 && (op == OP_NE || op == OP_EQ)) return op == OP_NE ? 1 : 2;
        return 3;
    default:
        return 3;
    }
}

int truth(const State *s, Value cond)
{
    int p = cmp_possibilities(s, cond, OP_NE, 0, 0);
    if (p == 1) return 1;
    if (p == 2) return 0;
    return -1;
}

/* ---- queries for rules ------------------------------------------------------------ */

bool state_may(const State *s, Value v, Op op, int64_t k)
{
    return (cmp_possibilities(s, v, op, k, 0) & 1) != 0;
}

bool state_must(const State *s, Value v, Op op, int64_t k)
{
    return cmp_possibilities(s, v, op, k, 0) == 1;
}

static int bits_possibilities(const State *s, Value v, int64_t mask)
{
    int64_t c;
    if (value_const(s, v, &c)) return (c & mask) ? 1 : 2;
    if (v.kind != V_SYM) return 3;
    Range r = range_of(s, v.a);
    uint64_t m = (uint64_t)mask;
    bool may_set = (r.zeros & m) != m;
    bool may_clear = (r.ones & m) == 0;
    return (may_set ? 1 : 0) | (may_clear ? 2 : 0);
}

bool state_may_bits(const State *s, Value v, int64_t mask, bool set)
{
    int p = bits_possibilities(s, v, mask);
    return (p & (set ? 1 : 2)) != 0;
}

bool state_must_bits(const State *s, Value v, int64_t mask, bool set)
{
    int p = bits_possibilities(s, v, mask);
    return p == (set ? 1 : 2);
}

/* Same constraints on a symbol in a state and in a recorded constraint set. */
bool range_matches(const State *s, uint32_t sym, const Range *set, uint32_t n)
{
    const Range *rec = NULL;
    for (uint32_t i = 0; i < n && !rec; i++)
        if (set[i].sym == sym) rec = &set[i];
    Range want = rec ? *rec : range_default(s->eng, sym);
    Range *cur = cons_get((State *)s, sym, false);
    Range have = cur ? *cur : range_default(s->eng, sym);
    return have.lo == want.lo && have.hi == want.hi && have.ones == want.ones && have.zeros == want.zeros &&
           have.small == want.small && (!have.small || have.allowed == want.allowed) && have.nexcl == want.nexcl &&
           (have.nexcl < 1 || have.excl[0] == want.excl[0]) && (have.nexcl < 2 || have.excl[1] == want.excl[1]);
}
