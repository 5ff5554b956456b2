/*
 * os_model.c - what kernel routines do to the values a driver sees.
 *
 * Contracts (annotations) already say what a routine does to the IRQL and
 * to locks; this file models the routines whose effect on memory or on the
 * returned value matters to the rules:
 *   - the IRP stack-location routines (current/next location, skip, copy,
 *     completion routine registration, IoMarkIrpPending), over an IRP model
 *     where stack location k of an IRP is its own object owned by the IRP;
 *   - IoCallDriver / PoCallDriver: three outcomes (success, failure,
 *     STATUS_PENDING); when the driver set a completion routine, it runs at
 *     the outcome with Irp->PendingReturned set accordingly, and the call
 *     returns after it;
 *   - IoCreateDevice(Secure): success (a new device object with
 *     DO_DEVICE_INITIALIZING set) or failure;
 *   - IRP allocation, IoSetCancelRoutine, the Interlocked family,
 *     NT_SUCCESS, KeGetCurrentIrql, memory fill/copy routines, register
 *     reads (ranges from the device model), routines that do not return.
 * Everything else goes through the generic contract application.
 */
#include <stdlib.h>
#include <string.h>

#include "engine/internal.h"
#include "harness/harness.h"
#include "harness/os_model.h"

#define STATUS_PENDING_V 0x103
#define STATUS_MORE_PROCESSING_REQUIRED_V ((int64_t)(int32_t)0xC0000016)

/* ---- IRP model -------------------------------------------------------------------- */

uint32_t os_irp_stack(Engine *e, uint32_t irp, int64_t k)
{
    uint64_t mk = hash_mix(((uint64_t)irp << 16) ^ (uint64_t)(k + 64), 0x57ac) | 1;
    uint64_t id;
    if (u64map_get(&e->obj_memo, mk, &id)) return (uint32_t)id;
    const char *name = k == 0 ? arena_printf(&e->arena, "%s's stack location", e->objs.data[irp].name)
                              : arena_printf(&e->arena, "%s's stack location %+lld", e->objs.data[irp].name, (long long)k);
    uint32_t o = obj_new(e, OBJ_HARNESS, name, NULL, false);
    e->objs.data[o].owner = irp;
    u64map_put(&e->obj_memo, mk, o);
    return o;
}

static int64_t irp_cur(State *s, uint32_t irp)
{
    Value v = mem_load(s, loc_key(irp, path_child(s->eng, 0, "$Cur")), NULL);
    int64_t c;
    return value_const(s, v, &c) ? c : 0;
}

static bool irp_object(Value v, uint32_t *irp)
{
    if (v.kind != V_PTR) return false;
    *irp = v.a;
    return true;
}

Value harness_irp_code(State *s, uint64_t irp_key, bool minor, bool next)
{
    Engine *e = s->eng;
    uint32_t irp = (uint32_t)(irp_key >> 32);
    int64_t cur = irp_cur(s, irp);
    uint32_t st = os_irp_stack(e, irp, cur + (next ? 1 : 0));
    return mem_load(s, loc_key(st, path_child(e, 0, minor ? "MinorFunction" : "MajorFunction")), NULL);
}

Value harness_irp_entry_code(State *s, uint64_t irp_key, bool minor)
{
    Engine *e = s->eng;
    uint32_t st = os_irp_stack(e, (uint32_t)(irp_key >> 32), 0); /* setup_irp starts every IRP at location 0 */
    return mem_load(s, loc_key(st, path_child(e, 0, minor ? "MinorFunction" : "MajorFunction")), NULL);
}

static void result(State *s, const Instr *in, const char *name, const Contract *c, const Value *args, uint32_t n, Value v)
{
    apply_contract_ret(s, in, name, c, args, n, v);
}

/* ---- models ---------------------------------------------------------------------------- */

typedef bool (*Model)(Harness *h, State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                      uint32_t n);

static bool m_stack_location(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                             const Value *args, uint32_t n)
{
    (void)h;
    uint32_t irp;
    if (n < 1 || !irp_object(args[0], &irp)) return false;
    int64_t cur = irp_cur(s, irp);
    bool next = strcmp(name, "IoGetNextIrpStackLocation") == 0;
    result(s, in, name, c, args, n, ptr_to(os_irp_stack(s->eng, irp, cur + (next ? 1 : 0)), 0));
    return true;
}

static bool m_skip(Harness *h, State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                   uint32_t n)
{
    (void)h;
    uint32_t irp;
    if (n < 1 || !irp_object(args[0], &irp)) return false;
    int64_t cur = irp_cur(s, irp);
    mem_store(s, loc_key(irp, path_child(s->eng, 0, "$Cur")), val_int(cur - 1));
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static bool m_copy_to_next(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                           const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t irp;
    if (n < 1 || !irp_object(args[0], &irp)) return false;
    int64_t cur = irp_cur(s, irp);
    uint32_t from = os_irp_stack(e, irp, cur), to = os_irp_stack(e, irp, cur + 1);
    mem_copy(s, loc_key(to, 0), loc_key(from, 0));
    /* the copy leaves out the completion routine and its control flags */
    mem_store(s, loc_key(to, path_child(e, 0, "CompletionRoutine")), val_int(0));
    mem_store(s, loc_key(to, path_child(e, 0, "Context")), val_int(0));
    mem_store(s, loc_key(to, path_child(e, 0, "Control")), val_int(0));
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static bool m_set_completion(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                             const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    bool ex = strcmp(name, "IoSetCompletionRoutineEx") == 0;
    uint32_t base = ex ? 1 : 0;
    uint32_t irp;
    if (n < base + 3 || !irp_object(args[base], &irp)) return false;
    uint32_t next = os_irp_stack(e, irp, irp_cur(s, irp) + 1);
    mem_store(s, loc_key(next, path_child(e, 0, "CompletionRoutine")), args[base + 1]);
    mem_store(s, loc_key(next, path_child(e, 0, "Context")), args[base + 2]);
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static bool m_mark_pending(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                           const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t irp;
    if (n < 1 || !irp_object(args[0], &irp)) return false;
    uint32_t cur = os_irp_stack(e, irp, irp_cur(s, irp));
    uint64_t ck = loc_key(cur, path_child(e, 0, "Control"));
    Value old = mem_load(s, ck, NULL);
    int64_t k;
    mem_store(s, ck, value_const(s, old, &k) ? val_int(k | 1) : sym_derived(e, OP_OR, old, val_int(1)));
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static const char *outcome_text[] = {"completes the IRP successfully", "fails the IRP", "returns STATUS_PENDING"};

static void lower_outcome(State *t, const Instr *in, const char *name, const Contract *c, const Value *args,
                          uint32_t n, uint32_t irp, int kind)
{
    Engine *e = t->eng;
    Value status = kind == 0 ? val_int(0)
                 : kind == 1 ? sym_value(e, sym_new_range(e, "the failure status of the lower driver", INT32_MIN, -1))
                             : val_int(STATUS_PENDING_V);
    state_trace(t, in->loc, "assuming the lower driver %s", outcome_text[kind]);
    Value final = status;
    if (kind == 2) {
        /* a completed IRP's final status is never STATUS_PENDING */
        final = sym_value(e, sym_new_range(e, "the final status of the IRP", INT32_MIN, INT32_MAX));
        assume_cmp(t, final, OP_NE, STATUS_PENDING_V);
    }
    mem_store(t, loc_key(irp, path_join_str(e, 0, "IoStatus.Status")), final);
    mem_store(t, loc_key(irp, path_child(e, 0, "PendingReturned")), val_int(kind == 2));
    uint32_t next = os_irp_stack(e, irp, irp_cur(t, irp) + 1);
    Value routine = mem_load(t, loc_key(next, path_child(e, 0, "CompletionRoutine")), NULL);
    const Func *cr = value_func(e, routine);
    bool running = false;
    for (uint32_t i = 0; cr && i < t->nframes; i++) running |= t->frames[i].fn == cr;
    if (running) {
        /* the completion routine sends the IRP again: its second run is the
           first one over again, so this path does not follow it */
        state_trace(t, in->loc, "%s is already running on this path; not run again", cr->name);
        cr = NULL;
    }
    if (!cr) {
        apply_contract_ret(t, in, name, c, args, n, status);
        return;
    }
    Value ctx = mem_load(t, loc_key(next, path_child(e, 0, "Context")), NULL);
    Value dev = state_root_param(t, 0);
    if (dev.kind != V_PTR) dev = fresh_for_type(e, NULL, "DeviceObject");
    Value cargs[3] = {dev, ptr_to(irp, 0), ctx};
    Value saved = t->irql;
    t->irql = sym_value(e, sym_new_range(e, "IRQL of the completion routine", 0, 2));
    state_trace(t, in->loc, "the I/O manager runs completion routine %s", cr->name);
    Event ce;
    memset(&ce, 0, sizeof ce);
    ce.kind = EV_CALLBACK_ENTER;
    ce.loc = ce.end = in->loc;
    ce.callee = cr->name;
    ce.callee_func = cr;
    ce.role = intern("IoCompletion");
    ce.object = loc_key(irp, 0);
    ce.args = cargs;
    ce.nargs = 3;
    emit(t, &ce);
    call_driver_function(t, cr, in, cargs, 3, CONT_CALLBACK);
    Frame *f = state_top(t);
    f->cb_result = status;
    f->cb_saved_irql = saved;
    f->cb_irp = loc_key(irp, 0);
    f->cb_args[0] = n > 0 ? args[0] : dev;
    f->cb_args[1] = ptr_to(irp, 0);
    f->cb_role = intern("IoCompletion");
    f->cb_callee = name;
}

static bool m_call_driver(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                          const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t irp;
    if (n < 2 || !irp_object(args[1], &irp)) return false;
    for (int kind = 2; kind >= 1; kind--) {
        State *t = state_fork(s);
        lower_outcome(t, in, name, c, args, n, irp, kind);
        if (t->dead) state_free(t);
        else work_push(e, t);
    }
    lower_outcome(s, in, name, c, args, n, irp, 0);
    return true;
}

void harness_callback_return(Harness *h, State *s, const Frame *f, Value ret)
{
    (void)h;
    Engine *e = s->eng;
    const Block *b = &f->fn->blocks[f->block];
    Loc loc = b->term == T_RETURN ? b->term_loc : f->fn->end;
    int64_t k;
    bool mpr = value_const(s, ret, &k) && k == STATUS_MORE_PROCESSING_REQUIRED_V;
    if (!f->cb_irp) state_trace(s, loc, "%s returns to %s", f->fn->name, f->cb_callee);
    else if (mpr) state_trace(s, loc, "%s returns STATUS_MORE_PROCESSING_REQUIRED: the IRP is back under this driver's control", f->fn->name);
    else state_trace(s, loc, "%s returns: completion of the IRP continues", f->fn->name);
    Event ev;
    memset(&ev, 0, sizeof ev);
    ev.kind = EV_CALLBACK_RETURN;
    ev.loc = loc;
    ev.end = b->term == T_RETURN ? b->term_end : loc;
    ev.func = f->fn;
    ev.callee_func = f->fn;
    ev.callee = f->fn->name;
    ev.role = f->cb_role;
    ev.object = f->cb_irp;
    ev.ret = ret;
    ev.has_ret = true;
    ev.args = f->cb_args;
    ev.nargs = 2;
    emit(s, &ev);
    s->irql = f->cb_saved_irql;
    const Contract *c = program_contract(e->prog, f->cb_callee);
    apply_contract_ret(s, f->call, f->cb_callee, c, f->cb_args, 2, f->cb_returns_result ? ret : f->cb_result);
}

/* KeSynchronizeExecution(Interrupt, SynchronizeRoutine, Context): the
   routine runs right here, at the interrupt's IRQL (holding its spin lock),
   and its BOOLEAN result is what the call returns. */
static bool m_synchronize(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                          const Value *args, uint32_t n)
{
    Engine *e = s->eng;
    const Func *fn = n >= 3 ? value_func(e, args[1]) : NULL;
    if (!fn) return false;
    Value saved = s->irql;
    int lo, hi;
    harness_role_irql(h, "SynchCritSection", &lo, &hi);
    s->irql = lo == hi ? val_int(lo) : sym_value(e, sym_new_range(e, "the interrupt's IRQL", lo, hi));
    state_trace(s, in->loc, "%s runs %s at the interrupt's IRQL", name, fn->name);
    Value cargs[1] = {args[2]};
    Event ce;
    memset(&ce, 0, sizeof ce);
    ce.kind = EV_CALLBACK_ENTER;
    ce.loc = ce.end = in->loc;
    ce.callee = fn->name;
    ce.callee_func = fn;
    ce.role = intern("SynchCritSection");
    ce.args = cargs;
    ce.nargs = 1;
    emit(s, &ce);
    call_driver_function(s, fn, in, cargs, 1, CONT_CALLBACK);
    Frame *f = state_top(s);
    f->cb_saved_irql = saved;
    f->cb_returns_result = true;
    f->cb_args[0] = args[0];
    f->cb_args[1] = args[1];
    f->cb_role = intern("SynchCritSection");
    f->cb_callee = name;
    (void)c;
    return true;
}

static bool m_create_device(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                            const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t out = strcmp(name, "IoCreateDeviceSecure") == 0 ? 8 : 6;
    if (n <= out || args[out].kind != V_PTR) return false;
    State *fail = state_fork(s);
    state_trace(fail, in->loc, "assuming %s fails", name);
    result(fail, in, name, c, args, n,
           sym_value(e, sym_new_range(e, arena_printf(&e->arena, "%s() failure status", name), INT32_MIN, -1)));
    work_push(e, fail);
    uint32_t dev = obj_new(e, OBJ_HARNESS, "the device object created here", NULL, false);
    uint32_t ext = obj_new(e, OBJ_HARNESS, "the new device extension", NULL, false);
    /* the device extension is zero-filled; Flags start with DO_DEVICE_INITIALIZING */
    mem_zero(s, loc_key(ext, 0));
    mem_store(s, loc_key(dev, path_child(e, 0, "DeviceExtension")), ptr_to(ext, 0));
    uint32_t flags = sym_new_range(e, "DeviceObject->Flags", 0, 0xFFFFFFFF);
    Range *r = cons_get(s, flags, true);
    r->ones |= 0x80;
    mem_store(s, loc_key(dev, path_child(e, 0, "Flags")), sym_value(e, flags));
    mem_store(s, loc_key(args[out].a, args[out].b), ptr_to(dev, 0));
    state_trace(s, in->loc, "assuming %s succeeds", name);
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static bool m_alloc_irp(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                        const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t irp = obj_new(e, OBJ_HEAP, arena_printf(&e->arena, "the IRP from %s", name), NULL, true);
    mem_store(s, loc_key(irp, path_child(e, 0, "$Cur")), val_int(0));
    if (strncmp(name, "IoBuild", 7) == 0) {
        uint32_t next = os_irp_stack(e, irp, 1);
        int64_t mj = -1;
        if (strcmp(name, "IoBuildDeviceIoControlRequest") == 0) mj = n > 7 && args[7].kind == V_INT && args[7].n ? 0x0f : 0x0e;
        else if (n > 0 && args[0].kind == V_INT) mj = args[0].n;
        if (mj >= 0) mem_store(s, loc_key(next, path_child(e, 0, "MajorFunction")), val_int(mj));
    }
    result(s, in, name, c, args, n, ptr_to(irp, 0));
    return true;
}

static bool m_set_cancel(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                         const Value *args, uint32_t n)
{
    (void)h;
    uint32_t irp;
    if (n < 2 || !irp_object(args[0], &irp)) return false;
    uint64_t k = loc_key(irp, path_child(s->eng, 0, "CancelRoutine"));
    Value old = mem_load(s, k, NULL);
    mem_store(s, k, args[1]);
    result(s, in, name, c, args, n, old);
    return true;
}

static bool m_interlocked(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                          const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    if (n < 1 || args[0].kind != V_PTR) return false;
    uint64_t k = loc_key(args[0].a, args[0].b);
    Value old = mem_load(s, k, in->lhs ? in->lhs->type : NULL);
    Value nv, ret;
    int64_t ov;
    bool kc = value_const(s, old, &ov);
    if (strstr(name, "Increment")) {
        nv = kc ? val_int(ov + 1) : sym_derived(e, OP_ADD, old, val_int(1));
        ret = nv;
    } else if (strstr(name, "Decrement")) {
        nv = kc ? val_int(ov - 1) : sym_derived(e, OP_SUB, old, val_int(1));
        ret = nv;
    } else if (strstr(name, "CompareExchange")) {
        nv = fresh_for_type(e, in->lhs ? in->lhs->type : NULL, arena_printf(&e->arena, "value after %s", name));
        ret = old;
    } else if (strstr(name, "ExchangeAdd") && n >= 2) {
        nv = sym_derived(e, OP_ADD, old, args[1]);
        ret = old;
    } else if (strstr(name, "Exchange") && n >= 2) {
        nv = args[1];
        ret = old;
    } else if (strstr(name, "Or") && n >= 2) {
        nv = sym_derived(e, OP_OR, old, args[1]);
        ret = old;
    } else if (strstr(name, "And") && n >= 2) {
        nv = sym_derived(e, OP_AND, old, args[1]);
        ret = old;
    } else {
        return false;
    }
    mem_store(s, k, nv);
    result(s, in, name, c, args, n, ret);
    return true;
}

static bool m_nt_success(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                         const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    if (n < 1) return false;
    Value v = args[0];
    int64_t k;
    Value r;
    bool success = strcmp(name, "NT_SUCCESS") == 0;
    if (value_const(s, v, &k)) {
        int32_t st = (int32_t)k;
        if (success) r = val_int(st >= 0);
        else if (strcmp(name, "NT_ERROR") == 0) r = val_int(((uint32_t)st >> 30) == 3);
        else if (strcmp(name, "NT_WARNING") == 0) r = val_int(((uint32_t)st >> 30) == 2);
        else r = val_int(((uint32_t)st >> 30) == 1);
    } else if (success) {
        r = sym_derived(e, OP_GE, v, val_int(0));
    } else if (strcmp(name, "NT_ERROR") == 0) {
        /* errors are the negative statuses with severity 3: approximated by < 0 */
        r = sym_derived(e, OP_LT, v, val_int(0));
    } else {
        r = sym_value(e, sym_new_range(e, name, 0, 1));
    }
    result(s, in, name, c, args, n, r);
    return true;
}

/* IoForwardIrpSynchronously(DeviceObject, Irp): the IRP goes to the lower
   driver and is back when the call returns, with the lower driver's final
   status in Irp->IoStatus.Status (never STATUS_PENDING). */
static bool m_forward_sync(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                           const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    uint32_t irp;
    if (n < 2 || !irp_object(args[1], &irp)) return false;
    Value final = sym_value(e, sym_new_range(e, "the lower driver's status", INT32_MIN, INT32_MAX));
    assume_cmp(s, final, OP_NE, STATUS_PENDING_V);
    mem_store(s, loc_key(irp, path_join_str(e, 0, "IoStatus.Status")), final);
    state_trace(s, in->loc, "%s sends the IRP down and waits until the lower drivers have finished with it", name);
    result(s, in, name, c, args, n, val_int(1));
    return true;
}

/* A routine whose success decides what happens to the IRP it is given
   (IoCsqInsertIrpEx queues it only when the insert callback accepts it):
   one path where it succeeds, one where it fails. */
static bool m_status_fork(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                          const Value *args, uint32_t n)
{
    (void)h;
    Engine *e = s->eng;
    State *fail = state_fork(s);
    state_trace(fail, in->loc, "assuming %s fails", name);
    result(fail, in, name, c, args, n,
           sym_value(e, sym_new_range(e, arena_printf(&e->arena, "%s() failure status", name), INT32_MIN, -1)));
    if (fail->dead) state_free(fail);
    else work_push(e, fail);
    state_trace(s, in->loc, "assuming %s succeeds", name);
    result(s, in, name, c, args, n, val_int(0));
    return true;
}

static bool m_current_irql(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                           const Value *args, uint32_t n)
{
    (void)h;
    Value v = s->irql;
    v.tag = 0;
    result(s, in, name, c, args, n, v);
    return true;
}

static bool m_noreturn(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                       const Value *args, uint32_t n)
{
    (void)h;
    (void)c;
    (void)args;
    (void)n;
    state_trace(s, in->loc, "%s does not return: the path ends here", name);
    kill_state(s, NULL);
    return true;
}

static bool m_zero(Harness *h, State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                   uint32_t n)
{
    (void)h;
    if (n < 1 || args[0].kind != V_PTR) return false;
    /* memset(p, 0, n) / RtlFillMemory(p, n, 0): only a zero fill is modelled */
    if (strcmp(name, "memset") == 0 && !(n >= 2 && val_is_int(args[1], 0))) return false;
    if (strcmp(name, "RtlFillMemory") == 0 && !(n >= 3 && val_is_int(args[2], 0))) return false;
    mem_zero(s, loc_key(args[0].a, args[0].b));
    result(s, in, name, c, args, n, args[0]);
    return true;
}

static bool m_copy(Harness *h, State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                   uint32_t n)
{
    (void)h;
    if (n < 2 || args[0].kind != V_PTR || args[1].kind != V_PTR) return false;
    mem_copy(s, loc_key(args[0].a, args[0].b), loc_key(args[1].a, args[1].b));
    result(s, in, name, c, args, n, args[0]);
    return true;
}

static bool m_register_read(Harness *h, State *s, const Instr *in, const char *name, const Contract *c,
                            const Value *args, uint32_t n)
{
    Engine *e = s->eng;
    const DeviceModel *dm = harness_model(h);
    for (uint32_t i = 0; dm && i < dm->nregisters; i++) {
        const RegisterRange *r = &dm->registers[i];
        if (r->routine && strcmp(r->routine, name) != 0) continue;
        if (r->arg_text) {
            const char *t = n > 0 && in->nargs > 0 ? state_value_name(s, args[0], in->args[0]) : NULL;
            if (!t || strcmp(t, r->arg_text) != 0) continue;
        }
        result(s, in, name, c, args, n,
               sym_value(e, sym_new_range(e, arena_printf(&e->arena, "value read by %s", name), r->lo, r->hi)));
        return true;
    }
    return false;
}

static const struct {
    const char *name;
    Model fn;
} models[] = {
    {"IoGetCurrentIrpStackLocation", m_stack_location},
    {"IoGetNextIrpStackLocation", m_stack_location},
    {"IoSkipCurrentIrpStackLocation", m_skip},
    {"IoCopyCurrentIrpStackLocationToNext", m_copy_to_next},
    {"IoSetCompletionRoutine", m_set_completion},
    {"IoSetCompletionRoutineEx", m_set_completion},
    {"IoMarkIrpPending", m_mark_pending},
    {"IoCallDriver", m_call_driver},
    {"KeSynchronizeExecution", m_synchronize},
    {"IoCsqInsertIrpEx", m_status_fork},
    {"IoForwardIrpSynchronously", m_forward_sync},
    {"IofCallDriver", m_call_driver},
    {"PoCallDriver", m_call_driver},
    {"IoCreateDevice", m_create_device},
    {"IoCreateDeviceSecure", m_create_device},
    {"IoAllocateIrp", m_alloc_irp},
    {"IoBuildDeviceIoControlRequest", m_alloc_irp},
    {"IoBuildSynchronousFsdRequest", m_alloc_irp},
    {"IoBuildAsynchronousFsdRequest", m_alloc_irp},
    {"IoMakeAssociatedIrp", m_alloc_irp},
    {"IoSetCancelRoutine", m_set_cancel},
    {"InterlockedIncrement", m_interlocked},
    {"InterlockedDecrement", m_interlocked},
    {"InterlockedExchange", m_interlocked},
    {"InterlockedExchangeAdd", m_interlocked},
    {"InterlockedCompareExchange", m_interlocked},
    {"InterlockedOr", m_interlocked},
    {"InterlockedAnd", m_interlocked},
    {"InterlockedIncrement64", m_interlocked},
    {"InterlockedDecrement64", m_interlocked},
    {"InterlockedExchange64", m_interlocked},
    {"InterlockedCompareExchange64", m_interlocked},
    {"InterlockedExchangePointer", m_interlocked},
    {"InterlockedCompareExchangePointer", m_interlocked},
    {"NT_SUCCESS", m_nt_success},
    {"NT_ERROR", m_nt_success},
    {"NT_WARNING", m_nt_success},
    {"NT_INFORMATION", m_nt_success},
    {"KeGetCurrentIrql", m_current_irql},
    {"KeBugCheck", m_noreturn},
    {"KeBugCheckEx", m_noreturn},
    {"ExRaiseStatus", m_noreturn},
    {"ExRaiseAccessViolation", m_noreturn},
    {"ExRaiseDatatypeMisalignment", m_noreturn},
    {"PsTerminateSystemThread", m_noreturn},
    {"RtlZeroMemory", m_zero},
    {"RtlSecureZeroMemory", m_zero},
    {"memset", m_zero},
    {"RtlFillMemory", m_zero},
    {"RtlCopyMemory", m_copy},
    {"RtlMoveMemory", m_copy},
    {"memcpy", m_copy},
    {"memmove", m_copy},
    {"READ_REGISTER_UCHAR", m_register_read},
    {"READ_REGISTER_USHORT", m_register_read},
    {"READ_REGISTER_ULONG", m_register_read},
    {"READ_REGISTER_ULONG64", m_register_read},
    {"READ_PORT_UCHAR", m_register_read},
    {"READ_PORT_USHORT", m_register_read},
    {"READ_PORT_ULONG", m_register_read},
};

bool harness_call(Harness *h, State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                  uint32_t nargs)
{
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++)
        if (strcmp(models[i].name, name) == 0) return models[i].fn(h, s, in, name, c, args, nargs);
    return false;
}
