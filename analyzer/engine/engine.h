/*
 * engine.h - the path engine: symbolic execution of a driver's IR.
 *
 * For every entry point the harness (harness/harness.h) builds the state
 * the OS guarantees there. The engine then executes the IR path by path
 * (depth first), forking at branches whose condition is not decided by the
 * path's constraints, following calls into the driver's own functions and
 * applying contracts (IRQL and lock effects) and OS models at calls to
 * kernel routines. Every semantic step is published as an Event to the rule
 * runtime (rules/rules.h), which advances typestate machines kept in the
 * path's state and reports findings.
 *
 * Values are small immutable structs: integers, symbols (unknowns with
 * range/bit constraints on the path), pointers to memory locations (object,
 * field path) and function designators. Memory is a map from locations to
 * values; unknown memory is created lazily on first read, so a field read
 * twice gives the same symbol, and `&ext->Lock` and
 * `&((PDEVICE_EXTENSION)DeviceObject->DeviceExtension)->Lock` name the same
 * location.
 */
#ifndef DRVLINT_ENGINE_H
#define DRVLINT_ENGINE_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"
#include "program/program.h"
#include "report/finding.h"

/* ---- values ------------------------------------------------------------- */

typedef enum ValueKind { V_INT = 1, V_SYM, V_PTR, V_FUNC } ValueKind;

typedef struct Value {
    uint8_t kind;
    uint32_t tag;    /* provenance token (e.g. which save produced an IRQL); 0 = none */
    uint32_t a;      /* V_SYM: symbol id; V_PTR: object id; V_FUNC: function index */
    uint32_t b;      /* V_PTR: field path id */
    int64_t n;       /* V_INT: the number */
} Value;

Value val_int(int64_t n);
bool val_is_int(Value v, int64_t n);
bool val_same(Value a, Value b);      /* identical value (ignores tags) */

/* ---- engine, states, events --------------------------------------------------- */

typedef struct Engine Engine;
typedef struct State State;
struct RuleSet;
struct Harness;

typedef enum EventKind {
    EV_ENTRY,          /* an entry point starts */
    EV_EXIT,           /* an entry point returns (value in ret) */
    EV_FUNC_ENTER,     /* a driver function is entered (also for entry points) */
    EV_FUNC_EXIT,      /* a driver function returns (value in ret) */
    EV_CALL,           /* before a call to a routine without a body (or any call) */
    EV_CALL_RETURN,    /* after such a call, return value in ret */
    EV_ACQUIRE,        /* a lock effect: object = lock location */
    EV_RELEASE,
    EV_CONVERT,
    EV_ACCESS,         /* a read or write through an object (object = root object) */
    EV_STORE,          /* an assignment to a field (field, value) */
    EV_CALLBACK_ENTER, /* the harness starts a callback (completion routine) for an IRP */
    EV_CALLBACK_RETURN,/* a callback the harness ran (completion routine) returned */
    EV_RAISE,          /* IRQL raised (value = new IRQL, saved_irql = old one if saved) */
    EV_LOWER,          /* IRQL restored or lowered to `value` */
    EV_REQUIRE,        /* a call whose contract requires a lock held or not held (lock_held) */
    EV_FUNCTION,       /* static: once per function with a body */
    EV_ENTRYPOINT,     /* static: once per entry point (role, registration site) */
    EV_DRIVER,         /* static: once per driver */
    EV_COUNT
} EventKind;

typedef struct Event {
    EventKind kind;
    Loc loc, end;
    const Func *func;            /* function the event happens in */
    /* calls */
    const char *callee;          /* routine name (interned) */
    const Func *callee_func;     /* body, if the callee is a driver function */
    const Contract *contract;    /* callee contract (may be NULL) */
    const Value *args;
    const Expr *const *arg_exprs;
    uint32_t nargs;
    Value ret;
    bool has_ret;
    /* locks (EV_ACQUIRE/RELEASE/CONVERT) and objects */
    uint64_t object;             /* location key of the lock / root object of an access */
    const char *object_name;     /* display name */
    const char *lock_kind;       /* interned */
    const char *lock_kind_to;    /* EV_CONVERT */
    bool lock_raised;            /* the acquiring call raised IRQL and saved the old one */
    bool lock_restores;          /* the releasing call restores a saved IRQL */
    bool lock_held;              /* EV_REQUIRE: the lock must be held (else: must not be) */
    Value saved_irql;            /* value saved by the acquire / passed to the release */
    bool has_saved_irql;
    /* accesses and stores */
    const char *field;           /* field path below the root object ("" for the root) */
    bool is_write;
    Value value;                 /* EV_STORE: new value */
    /* entry points */
    const char *role;            /* EV_ENTRY/EV_EXIT/EV_CALLBACK_RETURN/EV_ENTRYPOINT: role */
    int role_irql_lo, role_irql_hi;  /* EV_ENTRYPOINT: IRQL the OS calls it at */
    const char *registrar;       /* EV_ENTRYPOINT: how it was registered */
} Event;

/* Location keys: object id in the high half, field path id in the low half. */
static inline uint64_t loc_key(uint32_t obj, uint32_t path)
{
    return ((uint64_t)obj << 32) | path;
}

/* ---- queries the rule runtime makes on a state --------------------------------- */

/* Current IRQL bounds on this path. */
void state_irql(const State *s, int *lo, int *hi);
/* The IRQL the current root entry point was entered at. */
void state_entry_irql(const State *s, int *lo, int *hi);
/* Role of the root entry point, device role ("fdo", "pdo", "filter", ...). */
const char *state_role(const State *s);
const char *state_device_role(const State *s);
/* The function the path is in. */
const Func *state_current(const State *s);
/* The IRP the harness handed to the root entry point, as a location key. */
bool state_entry_irp(const State *s, uint64_t *obj);

/* The value a parameter of the root entry point was called with. */
Value state_root_param(State *s, uint32_t i);
/* IRQL value at entry to the current function, and the current IRQL value. */
Value state_frame_entry_irql(const State *s);
Value state_irql_value(const State *s);
/* Depth of the current frame (0 = the entry point). */
uint32_t state_depth(const State *s);
/* The current function was called by the OS: it is the entry point of the
   run, or a callback a kernel routine runs in context (a completion routine
   run by IoCallDriver, a KeSynchronizeExecution routine). */
bool state_called_by_os(const State *s);
/* Some frame of the path is a callback a kernel routine runs in context
   (the code runs on the OS's behalf, not the entry point's). */
bool state_in_callback(const State *s);

/* Can v satisfy `v op k` on this path? (op in OP_EQ..OP_GE). */
bool state_may(const State *s, Value v, Op op, int64_t k);
/* Must v satisfy `v op k`? */
bool state_must(const State *s, Value v, Op op, int64_t k);
/* May (v & mask) be non-zero / zero? */
bool state_may_bits(const State *s, Value v, int64_t mask, bool set);
bool state_must_bits(const State *s, Value v, int64_t mask, bool set);
/* Value stored at a field path below what pointer p points to (or below the
   root object of key); reads lazily like the program would. */
Value state_field(State *s, Value p, const char *path);
Value state_object_field(State *s, uint64_t object, const char *path);
/* Location key a pointer value designates (false if v is not a pointer). */
bool state_pointee(const State *s, Value v, uint64_t *key);
/* Display name of a location key / of a value. */
const char *state_object_name(const State *s, uint64_t key);
const char *state_value_name(State *s, Value v, const Expr *e);
/* Root object of a location key (the IRP a stack location belongs to). */
uint64_t state_owner(const State *s, uint64_t key);

/* Machine instance storage for the rule runtime: a small vector of opaque
   records per state, copied on fork. */
typedef struct MachineInst {
    uint16_t machine;
    uint8_t state;
    uint8_t flags;
    uint32_t count;         /* counted machines: nesting depth */
    uint64_t object;
    Loc site;               /* where the instance entered its current state */
    Value attr[4];
    const char *text;       /* routine that moved it (e.g. the acquiring routine) */
    const char *kind;       /* lock kind recorded at acquisition */
    const char *name;       /* object display name */
} MachineInst;

MachineInst *state_machines(State *s, uint32_t *n);
MachineInst *state_machine_find(State *s, uint16_t machine, uint64_t object);
MachineInst *state_machine_add(State *s, uint16_t machine, uint64_t object);
void state_machine_remove(State *s, MachineInst *m);

/* Adds a note to the path's trace (shown with findings on this path). */
void state_trace(State *s, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The path cannot go on (a rule found a deadlock or a bug check): it ends
   here, and nothing after it is explored or reported. */
void state_end_path(State *s);
/* Findings of `rule` in the current function (and, through its exit, its
   callers) are consequences of one just reported: they are not reported. */
void engine_mute(Engine *e, State *s, const char *rule);

/* Reports a finding at the current event. */
void engine_report(Engine *e, State *s, const Event *ev, const char *rule, const char *family, Severity sev,
                   const char *message, const char *object, const Loc *related, const char *related_msg);

/* ---- running ---------------------------------------------------------------------- */

typedef struct EngineOptions {
    uint32_t max_states;      /* per entry point */
    uint32_t max_steps;       /* per entry point */
    uint32_t max_ms;          /* per entry point */
    uint32_t loop_unroll;     /* iterations before widening */
    uint32_t max_call_depth;
    bool no_summaries;        /* disable memoisation (for tests) */
    bool no_joins;            /* disable state joining at merge points (for tests) */
} EngineOptions;

void engine_options_default(EngineOptions *o);

/* Explores every entry point of the program under the harness and rules,
   filling the analysis. */
void engine_analyze(const Program *p, struct Harness *h, struct RuleSet *rules, const EngineOptions *o,
                    Analysis *out);

#endif /* DRVLINT_ENGINE_H */
