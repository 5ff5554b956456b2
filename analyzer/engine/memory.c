/*
 * memory.c - objects, field paths and the store of one path.
 *
 * A location is (object, field path). Objects are variables of a frame,
 * globals, memory reached through pointers nobody set on this path (created
 * lazily on first read, one per location, so every read of
 * DeviceObject->DeviceExtension yields the same object), heap blocks and
 * objects the OS model creates (the dispatch IRP, its stack locations).
 * Field paths are interned strings ("IoStatus.Status", "MajorFunction[2]",
 * "Buffer[*]") so a location is a 64-bit key.
 *
 * Reading a location nobody wrote yields its initial value: zero below an
 * object that was zeroed, otherwise a fresh symbol (or a fresh object for
 * pointers), memoised per exploration so repeated reads agree.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"

/* ---- paths ------------------------------------------------------------------ */

uint32_t path_child(Engine *e, uint32_t parent, const char *component)
{
    component = intern(component);
    uint64_t key = hash_mix((uint64_t)parent + 0x9a7e, (uint64_t)(uintptr_t)component) | 1;
    uint64_t id;
    if (u64map_get(&e->path_memo, key, &id)) return (uint32_t)id;
    PathInfo pi;
    pi.parent = parent;
    pi.last = component;
    const char *ps = e->paths.data[parent].str;
    if (!*ps) {
        pi.str = component;
    } else if (component[0] == '[') {
        pi.str = intern(arena_printf(&e->arena, "%s%s", ps, component));
    } else {
        pi.str = intern(arena_printf(&e->arena, "%s.%s", ps, component));
    }
    VEC_PUSH(e->paths, pi);
    u64map_put(&e->path_memo, key, e->paths.len - 1);
    return (uint32_t)(e->paths.len - 1);
}

uint32_t path_join_str(Engine *e, uint32_t parent, const char *path)
{
    /* "IoStatus.Status" -> two components */
    const char *p = path;
    uint32_t cur = parent;
    while (*p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        char buf[128];
        if (n >= sizeof buf) n = sizeof buf - 1;
        memcpy(buf, p, n);
        buf[n] = 0;
        if (n) cur = path_child(e, cur, buf);
        p += n;
        if (*p == '.') p++;
    }
    return cur;
}

const char *path_str(const Engine *e, uint32_t id)
{
    return e->paths.data[id].str;
}

/* ---- objects -------------------------------------------------------------------- */

uint32_t obj_new(Engine *e, ObjKind k, const char *name, const Type *t, bool may_be_null)
{
    ObjInfo o;
    memset(&o, 0, sizeof o);
    o.kind = k;
    o.name = name;
    o.type = t;
    VEC_PUSH(e->objs, o);
    uint32_t id = (uint32_t)(e->objs.len - 1);
    if (may_be_null) {
        /* address symbol: 0 means NULL, anything else a valid address */
        uint32_t s = sym_new_range(e, name, 0, INT64_MAX);
        e->objs.data[id].addr_sym = s;
    }
    return id;
}

uint32_t obj_local(Engine *e, const Func *fn, const Var *v, uint32_t depth)
{
    uint64_t key = hash_mix(hash_mix((uint64_t)(uintptr_t)fn, (uint64_t)(uintptr_t)v), depth + 0x10c) | 1;
    uint64_t id;
    if (u64map_get(&e->obj_memo, key, &id)) return (uint32_t)id;
    uint32_t o = obj_new(e, OBJ_LOCAL, v->name, v->type, false);
    e->objs.data[o].fn = fn;
    e->objs.data[o].var = v;
    e->objs.data[o].depth = depth;
    u64map_put(&e->obj_memo, key, o);
    return o;
}

uint32_t obj_global(Engine *e, const Var *v)
{
    uint64_t key = hash_mix((uint64_t)(uintptr_t)v, 0x6106a1) | 1;
    uint64_t id;
    if (u64map_get(&e->obj_memo, key, &id)) return (uint32_t)id;
    uint32_t o = obj_new(e, OBJ_GLOBAL, v->name, v->type, false);
    e->objs.data[o].var = v;
    u64map_put(&e->obj_memo, key, o);
    return o;
}

uint32_t obj_global_lock(Engine *e, const char *kind)
{
    kind = intern(kind);
    uint64_t key = hash_mix((uint64_t)(uintptr_t)kind, 0x610c4) | 1;
    uint64_t id;
    if (u64map_get(&e->obj_memo, key, &id)) return (uint32_t)id;
    const char *name = kind;
    if (strcmp(kind, "cancel") == 0) name = "the cancel spin lock";
    else if (strcmp(kind, "criticalregion") == 0) name = "the critical region";
    else if (strcmp(kind, "guardedregion") == 0) name = "the guarded region";
    else if (strcmp(kind, "vpbspinlock") == 0) name = "the VPB spin lock";
    uint32_t o = obj_new(e, OBJ_GLOBAL_LOCK, name, NULL, false);
    u64map_put(&e->obj_memo, key, o);
    return o;
}

uint32_t obj_root_owner(const Engine *e, uint32_t obj)
{
    for (int i = 0; i < 8 && e->objs.data[obj].owner; i++) obj = e->objs.data[obj].owner;
    return obj;
}

Value ptr_to(uint32_t obj, uint32_t path)
{
    Value v;
    memset(&v, 0, sizeof v);
    v.kind = V_PTR;
    v.a = obj;
    v.b = path;
    return v;
}

const char *loc_name(Engine *e, uint64_t key)
{
    uint32_t obj = (uint32_t)(key >> 32), path = (uint32_t)key;
    if (obj == 0 || obj >= e->objs.len || path >= e->paths.len) return "the value";
    const char *on = e->objs.data[obj].name;
    if (!path) return on;
    const char *ps = path_str(e, path);
    /* "Irp" + "IoStatus" -> "Irp->IoStatus"; locals use '.' */
    bool via_ptr = e->objs.data[obj].kind != OBJ_LOCAL && e->objs.data[obj].kind != OBJ_GLOBAL;
    return arena_printf(&e->arena, "%s%s%s", on, ps[0] == '[' ? "" : (via_ptr ? "->" : "."), ps);
}

/* ---- the store ----------------------------------------------------------------------- */

static uint32_t store_find(const State *s, uint64_t key, bool *found)
{
    uint32_t lo = 0, hi = s->nstore;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (s->store[mid].key < key) lo = mid + 1;
        else hi = mid;
    }
    *found = lo < s->nstore && s->store[lo].key == key;
    return lo;
}

void mem_store(State *s, uint64_t key, Value v)
{
    bool found;
    uint32_t i = store_find(s, key, &found);
    if (found) {
        s->store[i].val = v;
        return;
    }
    if (s->nstore == s->caps) {
        s->caps = s->caps ? s->caps * 2 : 32;
        s->store = xrealloc(s->store, sizeof(StoreEnt) * s->caps);
    }
    memmove(&s->store[i + 1], &s->store[i], sizeof(StoreEnt) * (s->nstore - i));
    s->store[i].key = key;
    s->store[i].val = v;
    s->nstore++;
}

static bool store_get(const State *s, uint64_t key, Value *out)
{
    bool found;
    uint32_t i = store_find(s, key, &found);
    if (found) *out = s->store[i].val;
    return found;
}

/* Removes every entry of obj whose path lies below `path` (inclusive). */
static void store_remove_under(State *s, uint32_t obj, uint32_t path, bool inclusive)
{
    Engine *e = s->eng;
    const char *prefix = path_str(e, path);
    size_t pl = strlen(prefix);
    bool found;
    uint32_t i = store_find(s, loc_key(obj, 0), &found);
    uint32_t w = i;
    for (uint32_t r = i; r < s->nstore; r++) {
        StoreEnt *se = &s->store[r];
        bool keep = true;
        if ((uint32_t)(se->key >> 32) == obj) {
            uint32_t p = (uint32_t)se->key;
            const char *ps = path_str(e, p);
            bool below = pl == 0 || (strncmp(ps, prefix, pl) == 0 && (ps[pl] == '.' || ps[pl] == '['));
            if (below || (inclusive && p == path)) keep = false;
        }
        if (keep) s->store[w++] = *se;
    }
    s->nstore = w;
}

void mem_zero(State *s, uint64_t key)
{
    uint32_t obj = (uint32_t)(key >> 32), path = (uint32_t)key;
    store_remove_under(s, obj, path, false);
    mem_store(s, key, val_int(0));
}

void mem_havoc(State *s, uint64_t key, const Type *t)
{
    uint32_t obj = (uint32_t)(key >> 32), path = (uint32_t)key;
    store_remove_under(s, obj, path, true);
    if (t && t->kind != TY_RECORD && t->kind != TY_ARRAY)
        mem_store(s, key, fresh_for_type(s->eng, t, loc_name(s->eng, key)));
    else {
        /* mark the aggregate as unknown: reads below create fresh values */
        Value v;
        memset(&v, 0, sizeof v);
        v.kind = V_SYM;
        v.a = sym_new(s->eng, loc_name(s->eng, key), NULL);
        mem_store(s, key, v);
    }
}

void mem_copy(State *s, uint64_t dst, uint64_t src)
{
    Engine *e = s->eng;
    uint32_t dobj = (uint32_t)(dst >> 32), dpath = (uint32_t)dst;
    uint32_t sobj = (uint32_t)(src >> 32), spath = (uint32_t)src;
    store_remove_under(s, dobj, dpath, true);
    const char *sp = path_str(e, spath);
    size_t sl = strlen(sp);
    /* collect first: inserting while iterating would shift entries */
    VEC(StoreEnt) add = {0};
    for (uint32_t i = 0; i < s->nstore; i++) {
        StoreEnt *se = &s->store[i];
        if ((uint32_t)(se->key >> 32) != sobj) continue;
        uint32_t p = (uint32_t)se->key;
        const char *ps = path_str(e, p);
        if (p == spath) {
            StoreEnt n = {loc_key(dobj, dpath), se->val};
            VEC_PUSH(add, n);
        } else if (sl == 0 || (strncmp(ps, sp, sl) == 0 && (ps[sl] == '.' || ps[sl] == '['))) {
            const char *rest = ps + sl;
            if (*rest == '.') rest++;
            StoreEnt n = {loc_key(dobj, path_join_str(e, dpath, rest)), se->val};
            VEC_PUSH(add, n);
        }
    }
    for (size_t i = 0; i < add.len; i++) mem_store(s, add.data[i].key, add.data[i].val);
    VEC_FREE(add);
}

void mem_drop_object(State *s, uint32_t obj)
{
    bool found;
    uint32_t i = store_find(s, loc_key(obj, 0), &found);
    uint32_t j = i;
    while (j < s->nstore && (uint32_t)(s->store[j].key >> 32) == obj) j++;
    if (j > i) {
        memmove(&s->store[i], &s->store[j], sizeof(StoreEnt) * (s->nstore - j));
        s->nstore -= j - i;
    }
}

Value fresh_for_type(Engine *e, const Type *t, const char *name)
{
    if (t && t->kind == TY_PTR) {
        const Type *pt = t->pointee;
        uint32_t o = obj_new(e, OBJ_LAZY, name, pt, true);
        return ptr_to(o, 0);
    }
    return sym_value(e, sym_new(e, name, t));
}

/* A lazily created pointer target is reachable through the location whose
   initial value it is: remember it under that location's object. */
static void link_origin(Engine *e, Value v, uint64_t key)
{
    if (v.kind != V_PTR) return;
    uint32_t parent = (uint32_t)(key >> 32);
    ObjInfo *o = &e->objs.data[v.a];
    o->origin = key;
    o->next_sibling = e->objs.data[parent].first_child;
    e->objs.data[parent].first_child = v.a;
}

/* Initial value of a location nobody wrote on this path. */
static Value lazy_value(State *s, uint64_t key, const Type *t)
{
    Engine *e = s->eng;
    uint32_t obj = (uint32_t)(key >> 32);
    uint32_t path = (uint32_t)key;
    /* below a zeroed or havocked aggregate? */
    for (uint32_t p = path; p != 0;) {
        p = e->paths.data[p].parent;
        Value above;
        if (store_get(s, loc_key(obj, p), &above)) {
            if (above.kind == V_INT && above.n == 0) return val_int(0);
            if (above.kind == V_SYM) {
                /* havocked aggregate: a fresh value per location, memoised under the havoc symbol */
                uint64_t mk = hash_mix(hash_mix(key, above.a), 0x4a7c) | 1;
                uint64_t id;
                if (!u64map_get(&e->sym_memo, mk, &id)) {
                    Value v = fresh_for_type(e, t, loc_name(e, key));
                    link_origin(e, v, key);
                    id = v.kind == V_PTR ? ((uint64_t)v.a << 1) | 1 : (uint64_t)v.a << 1;
                    u64map_put(&e->sym_memo, mk, id);
                }
                return (id & 1) ? ptr_to((uint32_t)(id >> 1), 0) : sym_value(e, (uint32_t)(id >> 1));
            }
            break;
        }
        if (p == 0) break;
    }
    /* The initial value of a location is the same on every path of this
       exploration, so it is memoised by location. */
    uint64_t mk = hash_mix(key, 0x1a2e) | 1;
    uint64_t id;
    if (u64map_get(&e->sym_memo, mk, &id))
        return (id & 1) ? ptr_to((uint32_t)(id >> 1), 0) : sym_value(e, (uint32_t)(id >> 1));
    Value v = fresh_for_type(e, t, loc_name(e, key));
    link_origin(e, v, key);
    id = v.kind == V_PTR ? ((uint64_t)v.a << 1) | 1 : (uint64_t)v.a << 1;
    u64map_put(&e->sym_memo, mk, id);
    return v;
}

void mem_unset(State *s, uint64_t key)
{
    bool found;
    uint32_t i = store_find(s, key, &found);
    if (!found) return;
    memmove(&s->store[i], &s->store[i + 1], sizeof(StoreEnt) * (s->nstore - i - 1));
    s->nstore--;
}

Value mem_peek(State *s, uint64_t key)
{
    Value v;
    if (store_get(s, key, &v)) return v;
    return lazy_value(s, key, NULL);
}

Value mem_load(State *s, uint64_t key, const Type *t)
{
    Value v;
    summary_note_read(s, key);
    if (store_get(s, key, &v)) return v;
    return lazy_value(s, key, t);
}

/* ---- collection ----------------------------------------------------------------- */

typedef struct Marker {
    Engine *e;
    uint8_t *mark;
    uint32_t *todo;
    uint32_t ntodo;
} Marker;

static void mark_obj(Marker *m, uint32_t o)
{
    if (o >= m->e->objs.len || m->mark[o]) return;
    m->mark[o] = 1;
    m->todo[m->ntodo++] = o;
}

static void mark_value(Marker *m, Value v)
{
    uint64_t id;
    if (v.kind == V_PTR) mark_obj(m, v.a);
    else if (v.kind == V_SYM && u64map_get(&m->e->obj_memo, symbol_object_key(v), &id)) mark_obj(m, (uint32_t)id);
}

static bool collectable(const Engine *e, uint32_t o, uint32_t base)
{
    const ObjInfo *oi = &e->objs.data[o];
    return (oi->kind == OBJ_LAZY || oi->kind == OBJ_HEAP) && !oi->pinned && o >= base;
}

void mem_collect(State *s)
{
    Engine *e = s->eng;
    uint32_t nobj = (uint32_t)e->objs.len;
    uint32_t base = summary_collect_base(s);
    bool any_lazy = false;
    for (uint32_t i = 0; i < s->nstore && !any_lazy; i++)
        any_lazy = collectable(e, (uint32_t)(s->store[i].key >> 32), base);
    if (!any_lazy) return;
    Marker m = {e, xcalloc(nobj, 1), xmalloc(sizeof(uint32_t) * nobj), 0};
    /* roots: every object that is not reached through a pointer, what frames
       and rule instances hold on to */
    for (uint32_t i = 0; i < s->nstore; i++) {
        uint32_t o = (uint32_t)(s->store[i].key >> 32);
        if (!collectable(e, o, base)) mark_obj(&m, o);
    }
    for (uint32_t i = 0; i < s->nframes; i++) {
        const Frame *f = &s->frames[i];
        mark_value(&m, f->cb_result);
        mark_value(&m, f->cb_args[0]);
        mark_value(&m, f->cb_args[1]);
        if (f->cb_irp) mark_obj(&m, (uint32_t)(f->cb_irp >> 32));
    }
    for (uint32_t i = 0; i < s->nmach; i++) {
        const MachineInst *mi = &s->mach[i];
        mark_obj(&m, (uint32_t)(mi->object >> 32)); /* location keys; other keys over-mark, harmlessly */
        for (int k = 0; k < 4; k++) mark_value(&m, mi->attr[k]);
    }
    while (m.ntodo) {
        uint32_t o = m.todo[--m.ntodo];
        bool found;
        for (uint32_t i = store_find(s, loc_key(o, 0), &found); i < s->nstore && (uint32_t)(s->store[i].key >> 32) == o; i++)
            mark_value(&m, s->store[i].val);
        /* the initial values of its locations that nobody overwrote */
        for (uint32_t c = e->objs.data[o].first_child; c; c = e->objs.data[c].next_sibling) {
            if (m.mark[c]) continue;
            bool overwritten;
            store_find(s, e->objs.data[c].origin, &overwritten);
            if (!overwritten) mark_obj(&m, c);
        }
    }
    uint32_t w = 0;
    for (uint32_t i = 0; i < s->nstore; i++) {
        uint32_t o = (uint32_t)(s->store[i].key >> 32);
        if (m.mark[o]) s->store[w++] = s->store[i];
    }
    s->nstore = w;
    free(m.mark);
    free(m.todo);
}
