/*
 * internal.h - the engine's private data structures, shared by its files
 * and by the OS model in harness/ (which needs to create objects, read and
 * write memory and fork paths).
 *
 *   solver.c   symbols and their constraints: ranges, known bits, excluded
 *              values; assume() refines a path, truth() decides a condition
 *   memory.c   objects, field paths, the store, lazy initialisation
 *   state.c    path states: fork, hash, free, machine vectors, traces
 *   exec.c     evaluation of expressions and execution of instructions,
 *              calls (contracts, OS models, driver functions) and returns
 *   explore.c  the per-entry-point worklist, budgets, loop bounds,
 *              duplicate-state pruning, call summaries and findings
 *
 * Invariants: a State is owned by exactly one of the worklist, the running
 * loop or a summary; object, symbol and path ids are stable for one entry
 * point's exploration (paths for the whole program); the store, the
 * constraint set and the machine vector are sorted by key.
 */
#ifndef DRVLINT_ENGINE_INTERNAL_H
#define DRVLINT_ENGINE_INTERNAL_H

#include "engine/engine.h"
#include "program/roles.h"

struct RuleSet;
struct Harness;
struct EntryRun;

/* ---- symbols ------------------------------------------------------------- */

typedef struct SymInfo {
    const char *name;     /* description for messages */
    Op op;                /* OP_NONE: fresh unknown; else derived from x op y */
    Value x, y;
    int64_t lo, hi;       /* range implied by the type */
} SymInfo;

/* Constraint on one symbol in one state. */
typedef struct Range {
    uint32_t sym;
    bool small;           /* `allowed` is meaningful: hi - lo < 64 */
    uint8_t nexcl;
    int64_t lo, hi;
    uint64_t ones, zeros; /* bits known set / known clear */
    uint64_t allowed;     /* small: bit i set <=> lo + i possible */
    int64_t excl[2];      /* values known impossible (large ranges) */
} Range;

/* ---- objects and paths ------------------------------------------------------ */

typedef enum ObjKind {
    OBJ_LOCAL,     /* a local variable or parameter of one frame */
    OBJ_GLOBAL,    /* a global or static variable */
    OBJ_LAZY,      /* memory reached through a pointer nobody set on this path */
    OBJ_HEAP,      /* allocated by a routine during the path */
    OBJ_HARNESS,   /* created by the OS model (the dispatch IRP, device objects) */
    OBJ_GLOBAL_LOCK/* a process-wide lock (cancel spin lock, critical region) */
} ObjKind;

typedef struct ObjInfo {
    ObjKind kind;
    const char *name;      /* display name: "Irp", "DeviceObject->DeviceExtension" */
    const Type *type;      /* type of the object's contents, if known */
    uint32_t owner;        /* object this one belongs to (IRP of a stack location) or 0 */
    uint32_t addr_sym;     /* symbol standing for its address (may be NULL) or 0 */
    const Func *fn;        /* OBJ_LOCAL */
    const Var *var;
    uint32_t depth;
    /* OBJ_LAZY objects that are the initial value of a location: which one
       (origin), and the next such object under the same origin object. The
       collector (mem_collect) follows these implicit pointers. */
    uint64_t origin;
    uint32_t first_child, next_sibling;
    bool pinned;           /* never collected (the object an integer used as a pointer names) */
    bool by_symbol;        /* named by the symbol a pointer evaluates to: reachable while
                              that symbol is (see object_for_symbol) */
} ObjInfo;

typedef struct PathInfo {
    const char *str;       /* "IoStatus.Status", "" for the root */
    uint32_t parent;
    const char *last;      /* last component */
} PathInfo;

typedef struct StoreEnt {
    uint64_t key;
    Value val;
} StoreEnt;

/* ---- frames and traces ---------------------------------------------------------- */

typedef struct TraceNode TraceNode;

typedef enum ContKind {
    CONT_NORMAL,       /* assign the result to the caller's call instruction */
    CONT_CALLBACK      /* a harness callback (completion routine) inside a kernel call */
} ContKind;

typedef struct Frame {
    const Func *fn;
    uint32_t block, instr;
    uint32_t depth;
    const Instr *call;     /* call instruction in the caller (NULL for the root) */
    ContKind cont;
    bool entering;         /* at the start of `block`: prune/loop checks pending */
    uint32_t summary;      /* summary being recorded for this call, +1; 0 = none */
    Value entry_irql;
    /* CONT_CALLBACK: what the kernel call returns once the callback is done */
    Value cb_result;
    Value cb_saved_irql;
    uint64_t cb_irp;
    Value cb_args[2];
    bool cb_returns_result;  /* the kernel call returns what the callback returned */
    const char *cb_role;
    const char *cb_callee;
    TraceNode *call_trace;   /* trace when the call started (summaries collect what follows) */
    uint64_t muted;          /* rules (engine_rule_bit) reported at the call that entered this
                                frame or an outer one: their findings inside are consequences */
} Frame;

struct TraceNode {
    TraceNode *prev;
    Loc loc;
    const char *msg;
    const Func *fn;
    uint32_t len;
};

typedef struct LoopCount {
    uint16_t frame, block;
    uint16_t count;
    uint32_t sym_base;     /* symbols created after the first arrival were born in the loop */
} LoopCount;

struct State {
    Value irql;
    Frame *frames;
    uint32_t nframes, capf;
    StoreEnt *store;
    uint32_t nstore, caps;
    Range *cons;
    uint32_t ncons, capc;
    MachineInst *mach;
    uint32_t nmach, capm;
    LoopCount *loops;
    uint32_t nloops, capl;
    TraceNode *trace;
    Engine *eng;
    bool dead;
    bool widened;         /* a loop bound was applied on this path */
    bool cut;             /* stopped early (loop bound, budget): summaries it was in are incomplete */
    uint8_t chain_step;   /* how many chained callbacks of the run have been entered */
    uint64_t mute_next;   /* rules reported at the call being made: muted in its callee */
    bool join_noted;      /* the trace already says that paths were joined */
    bool snapshot;        /* a summary's recorded exit state, not a live path */
};

/* ---- summaries ---------------------------------------------------------------- */

typedef struct SummaryStep {
    Loc loc;
    const char *msg;
    const Func *fn;
} SummaryStep;

typedef struct Outcome {
    State *exit;          /* state right after the callee returned (a snapshot) */
    StoreEnt *writes;     /* caller-visible locations the call changed, with their new values */
    uint32_t nwrites;
    uint64_t *removed;    /* caller-visible locations the call cleared (zeroed or havocked aggregates) */
    uint32_t nremoved;
    Value ret;
    SummaryStep *steps;   /* trace steps added inside the call, oldest first */
    uint32_t nsteps;
} Outcome;

typedef struct Summary {
    uint64_t key;         /* callee, arguments, IRQL, machine states */
    uint32_t next;        /* next summary with the same key, +1 (different footprints) */
    bool complete;
    bool poisoned;        /* some path inside was cut: do not reuse */
    uint32_t live;        /* states still exploring inside the call */
    uint32_t sym_base;    /* symbols created inside the call have ids >= sym_base */
    Range *entry_cons;    /* the caller's constraints when the call started */
    uint32_t nentry_cons;
    VEC(uint32_t) footprint; /* older symbols whose constraints the callee consulted */
    U64Map footprint_index;  /* symbol + 1 -> 1: the same, as a set */
    /* Memory the call read (on any of its paths) and what it held when the
       call started: a later call matches only if these locations hold the
       same values. Memory the call did not read is not part of the key. */
    State *entry;         /* the caller's state at the call (a snapshot) */
    uint32_t depth;       /* frame index of the call: locals at or below it are the callee's */
    uint32_t obj_base;    /* objects older than the call are not collected while recording */
    U64Map read_index;    /* location key -> index + 1 in reads */
    VEC(StoreEnt) reads;
    VEC(Outcome) outcomes;
} Summary;

/* ---- the engine ------------------------------------------------------------------- */

typedef struct EntryCtx {
    const struct EntryRun *run;
    const char *role;
    const char *device_role;
    int irql_lo, irql_hi;
    uint64_t irp;          /* location key of the dispatch IRP (0 if none) */
    const Func *root;
    Value chain_args[2];   /* values the harness keeps for a chained callback */
} EntryCtx;

struct Engine {
    const Program *prog;
    struct Harness *harness;
    struct RuleSet *rules;
    EngineOptions opt;
    Analysis *out;
    Arena arena;                 /* per entry point: traces, names */
    VEC(SymInfo) syms;
    VEC(ObjInfo) objs;
    VEC(PathInfo) paths;
    U64Map sym_memo;             /* derived/lazy symbol keys -> id */
    U64Map obj_memo;             /* lazy/local object keys -> id */
    U64Map path_memo;            /* (parent, component) -> path id */
    U64Map visited;              /* state hashes seen at block entries */
    U64Map findings_seen;        /* (rule, location) -> finding index + 1 */
    const char *mute_rules[64];  /* interned rule ids numbered for Frame.muted */
    uint32_t nmute_rules;
    U64Map summary_index;        /* summary key -> index + 1 */
    U64Map join_index;           /* join key -> index + 1 into joins */
    VEC(State *) joins;          /* representative state per join key (snapshots) */
    VEC(uint64_t) join_hashes;   /* state_hash of each representative */
    U64Map join_preds;           /* (func) -> predecessor counts array */
    U64Map callbacks_run;        /* functions the harness ran as callbacks in context */
    U64Map entered_irql;         /* function -> IRQL range it was entered at in context so far
                                    ((lo + 1) << 8 | (hi + 1)), across runs */
    VEC(Summary) summaries;
    VEC(State *) work;
    EntryCtx entry;
    uint32_t next_tag;
    /* per entry point statistics */
    uint32_t states, steps, paths_done, loop_cuts, summary_hits, joins_done;
    double t_start;
    const char *exhausted;
    bool access_events;          /* some rule listens to EV_ACCESS */
};

/* solver.c */
void consult(const State *s, uint32_t sym);   /* note a symbol a recorded call depends on */
uint32_t sym_new(Engine *e, const char *name, const Type *t);
uint32_t sym_new_range(Engine *e, const char *name, int64_t lo, int64_t hi);
Value sym_value(Engine *e, uint32_t id);
Value sym_derived(Engine *e, Op op, Value x, Value y);
Range *cons_get(State *s, uint32_t sym, bool create);
bool assume(State *s, Value cond, bool truth);
bool assume_cmp(State *s, Value v, Op op, int64_t k);
/* Joins s into the state recorded at its program point (explore.c); false
   when that adds nothing, so s can be dropped. */
bool join_at(Engine *e, State *s);
int truth(const State *s, Value cond);   /* 1 true, 0 false, -1 unknown */
bool value_const(const State *s, Value v, int64_t *out);
void type_range(const Type *t, int64_t *lo, int64_t *hi);
bool range_matches(const State *s, uint32_t sym, const Range *set, uint32_t n);

/* memory.c */
uint32_t path_child(Engine *e, uint32_t parent, const char *component);
uint32_t path_join_str(Engine *e, uint32_t parent, const char *path);
const char *path_str(const Engine *e, uint32_t id);
uint32_t obj_new(Engine *e, ObjKind k, const char *name, const Type *t, bool may_be_null);
/* Forgets the memory of objects the path can no longer reach (lazily
   created objects no value, variable or rule instance points to), so
   paths that differ only in garbage become equal and join. */
void mem_collect(State *s);
void mem_unset(State *s, uint64_t key);   /* removes one store entry */
Value mem_peek(State *s, uint64_t key);   /* mem_load for the engine's own bookkeeping: not a read by the driver */
/* obj_memo key of the object a non-pointer value designates when a driver
   dereferences it (pointer arithmetic, CONTAINING_RECORD). */
uint64_t symbol_object_key(Value v);
uint32_t obj_local(Engine *e, const Func *fn, const Var *v, uint32_t depth);
uint32_t obj_global(Engine *e, const Var *v);
uint32_t obj_global_lock(Engine *e, const char *kind);
Value ptr_to(uint32_t obj, uint32_t path);
Value mem_load(State *s, uint64_t key, const Type *t);
void mem_store(State *s, uint64_t key, Value v);
void mem_zero(State *s, uint64_t key);
void mem_havoc(State *s, uint64_t key, const Type *t);
void mem_copy(State *s, uint64_t dst, uint64_t src);
void mem_drop_object(State *s, uint32_t obj);
const char *loc_name(Engine *e, uint64_t key);
uint32_t obj_root_owner(const Engine *e, uint32_t obj);
Value fresh_for_type(Engine *e, const Type *t, const char *name);

/* state.c */
State *state_new(Engine *e);
State *state_fork(State *s);
void state_free(State *s);
uint64_t state_hash(const State *s);
uint64_t hash_value(uint64_t h, Value v);
Frame *state_top(State *s);
Frame *state_push_frame(State *s);
void state_add_trace(State *s, Loc loc, const Func *fn, const char *msg);

/* exec.c */
Value eval(State *s, const Expr *x);
bool lvalue(State *s, const Expr *x, uint64_t *key);
void exec_instr(State *s, const Instr *in);
void exec_terminator(State *s);
void do_return(State *s, Value v, bool has_value);
void emit(State *s, Event *ev);
void call_driver_function(State *s, const Func *fn, const Instr *in, const Value *args, uint32_t nargs,
                          ContKind cont);
Value apply_contract(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                     uint32_t nargs, const Type *ret_type);
/* Same, with the routine's return value decided by a model. */
Value apply_contract_ret(State *s, const Instr *in, const char *name, const Contract *c, const Value *args,
                         uint32_t nargs, Value ret);
const Func *value_func(const Engine *e, Value v);
Value func_value(const Engine *e, const Func *f, const char *name);
void set_call_result(State *s, const Instr *in, Value v);
const char *expr_text(Engine *e, const Expr *x);
const char *range_text(Engine *e, Loc a, Loc b);

/* explore.c */
void work_push(Engine *e, State *s);
void kill_state(State *s, const char *why);
/* Summaries: try to replay a recorded call; else start recording it. */
uint64_t summary_key(State *s, const Func *fn, const Value *args, uint32_t nargs);
bool summary_apply(State *s, uint64_t key, const Func *fn, const Instr *in);
void summary_begin(State *s, uint64_t key);
void summary_record(State *s, const Frame *f, Value ret);
/* A read of a location (mem_load): every call being recorded on this path
   now depends on it. */
void summary_note_read(State *s, uint64_t key);
/* Objects at or above this id may be collected (none older than a call
   being recorded: its replay must not depend on garbage it did not see). */
uint32_t summary_collect_base(const State *s);
State *state_snapshot(State *s);

#endif /* DRVLINT_ENGINE_INTERNAL_H */
