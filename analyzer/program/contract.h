/*
 * contract.h - what a routine promises and requires, as read from its
 * annotations.
 *
 * A Contract is the single representation of IRQL and lock behaviour for
 * both kernel routines (prototypes in include/) and the driver's own
 * functions (its annotated declarations). The front end builds contracts
 * from "drvlint:" annotate attributes (see include/driverspecs.h); the engine
 * applies them at calls to routines without a body and checks driver
 * functions against their own.
 */
#ifndef DRVLINT_CONTRACT_H
#define DRVLINT_CONTRACT_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

/* An IRQL operand in an annotation. */
typedef enum IrqlRefKind {
    IRQL_UNSET = 0,
    IRQL_LEVEL,     /* a numeric level */
    IRQL_DIRQL,     /* the device IRQL range of the architecture */
    IRQL_PARAM      /* the value of a parameter */
} IrqlRefKind;

typedef struct IrqlRef {
    IrqlRefKind kind;
    int16_t level;   /* IRQL_LEVEL */
    int16_t param;   /* IRQL_PARAM: parameter index */
} IrqlRef;

/* When an effect takes place. */
typedef enum EffectCond {
    COND_ALWAYS = 0,
    COND_IF_TRUE,      /* return value non-zero */
    COND_IF_SUCCESS    /* NT_SUCCESS(return value) */
} EffectCond;

typedef enum IrqlEffectKind {
    IRQL_EFF_RAISE,     /* IRQL becomes `to` */
    IRQL_EFF_SAVE,      /* old IRQL stored in *param (param >= 0) or returned (param == -1) */
    IRQL_EFF_RESTORE,   /* IRQL becomes the value of param */
    IRQL_EFF_LOWER      /* IRQL lowered to the value of param (KeLowerIrql) */
} IrqlEffectKind;

typedef struct IrqlEffect {
    IrqlEffectKind kind;
    EffectCond cond;
    IrqlRef to;          /* RAISE */
    int16_t param;       /* SAVE/RESTORE/LOWER: parameter index, -1 = return value */
} IrqlEffect;

typedef enum LockOp {
    LOCK_ACQUIRE,
    LOCK_RELEASE,
    LOCK_REQUIRES_HELD,
    LOCK_REQUIRES_NOT_HELD,
    LOCK_CONVERT
} LockOp;

/* Which object a lock annotation names. */
typedef enum LockObjKind {
    LOBJ_PARAM,      /* the object a parameter points to (path may follow) */
    LOBJ_RETURN,     /* the returned handle */
    LOBJ_GLOBAL,     /* a process-wide lock named by its kind (cancel, criticalregion ...) */
    LOBJ_ANY         /* `*`: every lock (requires_not_held only) */
} LockObjKind;

typedef struct LockEffect {
    LockOp op;
    EffectCond cond;
    const char *kind;      /* interned lock kind, e.g. "spinlock"; "lock" when SAL gave none */
    const char *kind_to;   /* LOCK_CONVERT: the new kind */
    LockObjKind obj;
    int16_t param;         /* LOBJ_PARAM */
    bool deref;            /* annotation wrote *P: the object P points to (same as P for locks) */
    const char *path;      /* field path after the parameter, e.g. "Lock" for P->Lock; NULL */
    const char *text;      /* annotation text as written, for messages */
} LockEffect;

typedef struct Contract {
    const char *name;            /* routine or typedef name, interned */
    IrqlRef irql_max, irql_min;  /* caller IRQL bounds (IRQL_UNSET if none) */
    IrqlRef always_max, always_min;
    bool irql_same;              /* _IRQL_requires_same_ */
    bool is_cancel;              /* _IRQL_is_cancel_ */
    int16_t uses_cancel_param;   /* param marked _IRQL_uses_cancel_, or -1 */
    bool use_decl_annotations;
    IrqlEffect *irql;
    uint32_t nirql;
    LockEffect *locks;
    uint32_t nlocks;
    const char *function_class;  /* role typedef name, interned, or NULL */
    int16_t dispatch_types[8];   /* IRP_MJ codes from _Dispatch_type_ */
    uint32_t ndispatch;
    int8_t clear_do_init;        /* -1 unset, 0 no, 1 yes */
    int16_t succeeds_if_param;   /* conditional effects always happen when this parameter is
                                    non-zero (Wait = TRUE); -1 none */
    bool annotated;              /* at least one drvlint annotation was seen */
    Loc loc;                     /* a declaration carrying the annotations */
    uint32_t nparams;
    const char **param_names;
} Contract;

/* Parse one "drvlint:..." annotation string into the contract. `params`
   names the parameters (for IRQL/lock operands written as names); `param`
   is the index of the parameter carrying the annotation, or -1 for the
   function. Returns false (and sets *err) on malformed text. */
struct Arena;
bool contract_add_annotation(struct Arena *a, Contract *c, const char *text, int param,
                             const char **err);

/* True when the contract declares a change of IRQL on return. */
bool contract_changes_irql(const Contract *c);

/* Human-readable level name ("DISPATCH_LEVEL") for messages. */
const char *irql_level_name(int level);
/* Parses "DISPATCH_LEVEL", "2", "DIRQL" ...; returns false if unknown. */
bool irql_parse_level(const char *s, IrqlRef *out);

/* Architecture-dependent IRQL facts, set once per run from --arch. */
typedef struct IrqlArch {
    int dispatch;    /* 2 */
    int dirql_lo;    /* lowest device IRQL */
    int dirql_hi;    /* highest device IRQL */
    int high;        /* HIGH_LEVEL */
} IrqlArch;
extern IrqlArch g_irql_arch;
void irql_arch_set(const char *arch);

void contract_dump(const Contract *c, StrBuf *out);

#endif /* DRVLINT_CONTRACT_H */
