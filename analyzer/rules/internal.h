/*
 * internal.h - compiled form of the rule language (private to rules/).
 *
 * load.c turns each JSON file into a Machine: its states and a list of
 * Transitions, each with an event filter, an object binding, a guard tree
 * and an action (move, record attributes, note, report). eval.c runs them.
 * The language is documented in docs/rules.md.
 */
#ifndef DRVLINT_RULES_INTERNAL_H
#define DRVLINT_RULES_INTERNAL_H

#include "engine/engine.h"
#include "rules/rules.h"

/* Which machine instance(s) a transition applies to. */
typedef enum BindKind {
    B_UNSET,       /* not given: a transition binds the single instance (key 0), a guard
                      the instance the transition is looking at */
    B_NONE,        /* "none": the machine's single instance (key 0) */
    B_ARG,         /* the object an argument points to (index) */
    B_ARG_VALUE,   /* the provenance tag of an argument's value (saved IRQLs) */
    B_ARG_DEREF,   /* the object the pointer stored at *argument points to (out-parameters) */
    B_ARG_OBJECT,  /* the whole object an argument points into (&Irp->Tail.Overlay.ListEntry -> the IRP) */
    B_RETURN,      /* the object the return value points to */
    B_PARAM,       /* the object a parameter of the root entry point points to */
    B_EVENT,       /* the event's own object (lock of an acquire, root of an access) */
    B_EVENT_ARG,   /* the event's object together with an argument's value (a remove lock and its tag) */
    B_EVENT_VALUE, /* the tag of the event's value (EV_RAISE: saved; EV_LOWER: value) */
    B_ENTRY_IRP,   /* the IRP the harness passed to the entry point */
    B_ALL          /* every instance of the machine in a `from` state */
} BindKind;

typedef struct Binding {
    BindKind kind;
    int index;
} Binding;

typedef enum GuardKind {
    G_ALL, G_ANY, G_NOT,
    G_IRQL_ABOVE,       /* may the IRQL be above X */
    G_IRQL_BELOW,       /* may the IRQL be below X */
    G_IRQL_AT_LEAST,    /* may the IRQL be >= X */
    G_IRQL_CHANGED,     /* function exit: IRQL differs from the function's entry IRQL */
    G_RAISE_LOWERS,     /* the callee raises to an IRQL that may be below the current one */
    G_PRED,             /* a predicate on a value */
    G_STATE,            /* a machine instance is in one of some states */
    G_EXISTS,           /* some instance of a machine is in one of some states */
    G_ATTR,             /* compare an attribute of an instance */
    G_EVENT_FLAG,       /* raised/restores flags of a lock event */
    G_ROLE,             /* root role matches a pattern */
    G_DEVICE_ROLE,
    G_DRIVER_KIND,
    G_ENTRY_MINOR,      /* the entry IRP's minor code may be one of */
    G_ENTRY_MAJOR,
    G_IRP_CODE,         /* an IRP's (current or next) major/minor may be one of */
    G_FUNCTION,         /* a fact about the event's function */
    G_DRIVER,           /* a fact about the driver */
    G_MODEL,            /* a fact from the device model */
    G_AT_ROOT,          /* the current frame is the entry point itself */
    G_OWNED_BY_FRAME,   /* instance acquired by the current frame or its callees */
    G_CALLEE_KNOWN,     /* the callee has a contract with an IRQL bound */
    G_ROLE_IRQL_AT_LEAST,/* EV_ENTRYPOINT: the role may run at >= X */
    G_IS_ENTRY_IRP      /* the bound object is the IRP the entry point received */
} GuardKind;

typedef enum PredSource {
    PS_ARG, PS_RETURN, PS_VALUE, PS_FIELD, PS_SAVED
} PredSource;

typedef enum PredOp {
    PO_EQ, PO_NE, PO_LT, PO_LE, PO_GT, PO_GE,
    PO_BITS_SET, PO_BITS_CLEAR, PO_NULL, PO_NOT_NULL,
    PO_IN,            /* value may be one of a set */
    PO_SAME_AS,       /* same value as an instance attribute (tags compared when present) */
    PO_DIFFERS_FROM,  /* not provably the same value as an instance attribute */
    PO_IS_FUNCTION,   /* the value is a function designator */
    PO_IS_CONST_EQ_ENTRY_IRP /* reserved */
} PredOp;

typedef struct Guard Guard;
struct Guard {
    GuardKind kind;
    Guard **kids;
    uint32_t nkids;
    /* IRQL guards: a level, or -1 callee max, -2 callee min */
    int level;
    /* predicates */
    PredSource src;
    int arg;
    const char *deref;        /* field path read below the value first */
    Binding of;               /* PS_FIELD: whose field */
    const char *path;         /* PS_FIELD: field path */
    PredOp op;
    int64_t k;
    int64_t *set;
    uint32_t nset;
    bool must;
    /* machine references */
    int machine;              /* index into RuleSet.machines */
    Binding obj;
    uint32_t state_mask;
    int attr;                 /* attribute slot (0..3) */
    const char *attr_name;
    /* names (roles, device roles, facts) */
    const char **names;
    uint32_t nnames;
    bool next;                /* G_IRP_CODE: next stack location */
    bool minor;               /* G_IRP_CODE: minor (else major) */
    bool flag_value;
};

/* What a transition records into the instance. */
typedef enum RecordWhat {
    R_NONE, R_SAVED_IRQL, R_ARG, R_RETURN, R_IRQL, R_FIELD, R_VALUE, R_OBJECT, R_DEPTH, R_CALLER_DEPTH, R_RAISED, R_CONST, R_IN_CALLBACK
} RecordWhat;

typedef struct Record {
    RecordWhat what;
    int slot;                 /* attribute slot 0..3 */
    int arg;
    const char *path;
    int64_t k;                /* R_CONST */
} Record;

typedef struct Transition {
    EventKind on;
    int over;                 /* machine whose instances it binds (default: the rule's own or `about`) */
    const char **callees;
    uint32_t ncallees;
    bool callee_not;
    const char **kinds;       /* lock kinds */
    uint32_t nkinds;
    const char **roles;       /* role patterns of the root or the event */
    uint32_t nroles;
    const char *field;        /* access/store: field path (prefix match) */
    Binding obj;
    uint32_t from_mask;       /* 0: any state */
    Guard *when;
    int to;                   /* -1: stay; states index; for counted machines -2 inc, -3 dec */
    bool drop;                /* remove the instance */
    Record rec[4];
    uint32_t nrec;
    bool record_text_callee;  /* remember the routine name */
    bool record_kind;         /* remember the lock kind */
    const char *error;        /* message template */
    const char *note;         /* trace note template */
    const char *at;           /* where to report: "site" (the instance's site), or for static
                                 events "function", "paged_code", "paged_code_2", "section" */
    bool related_contract;    /* related location: the callee's annotated declaration */
    bool ends_path;           /* the error stops the machine for good (a deadlock, a bug check):
                                 the path ends, so its consequences are not reported */
    const char **mutes;       /* rules whose findings on this path, in this function and its
                                 callers, would be consequences of the error */
    uint32_t nmutes;
} Transition;

typedef struct Machine {
    RuleInfo info;
    bool has_machine;
    bool counted;             /* states are free (count 0) / held (count > 0) */
    const char **states;
    uint32_t nstates;
    int initial;
    const char *attr_names[4];
    int about;                /* tracker this rule is about (-1 none): default `over` */
    Transition *tr;
    uint32_t ntr;
    uint32_t event_mask;      /* bit per EventKind it listens to */
    const char **shadows;
    uint32_t nshadows;
    Guard *applies;           /* driver-level applicability */
    const char *applies_text; /* why it does not apply, when it does not */
    bool applicable;
} Machine;

struct RuleSet {
    Arena arena;
    Machine *machines;
    uint32_t n;
    PtrMap constants;         /* interned name -> (int64 value + sentinel) boxed */
    bool want_access;
    const Program *prog;      /* program being analyzed */
    const struct DeviceModel *dm;
};

/* load.c */
int64_t *rules_constant(RuleSet *rs, const char *name);

/* Is NAME a fact the evaluator knows for a function/driver/model guard? */
bool rules_fact_known(int guard_kind, const char *name);

#endif /* DRVLINT_RULES_INTERNAL_H */
