/*
 * ir.h - drvlint's intermediate representation of driver code.
 *
 * The front end lowers every function body into a control-flow graph of
 * basic blocks. The IR is deliberately small (in the spirit of sparse's
 * linearised IR) so the path engine has few cases to interpret:
 *
 *   - Expressions are pure trees: no calls, no assignments, no short-circuit
 *     operators and no ?: inside them. The front end hoists every call into
 *     its own I_CALL instruction (result in a temporary), lowers &&, || and ?:
 *     into branches, and `p->f` into MEMBER(DEREF(p), f).
 *   - Instructions are assignments and calls, in evaluation order.
 *   - Each block ends in one terminator: goto, two-way branch on a condition
 *     expression, multi-way switch, return, or unreachable.
 *
 * Every instruction and terminator carries its source range, which the
 * reports use for locations, traces and fingerprints.
 *
 * IR objects are allocated from the Program's arena and never freed
 * individually.
 */
#ifndef DRVLINT_IR_H
#define DRVLINT_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "util/util.h"

/* A source position. `file` indexes Program.files; `off` is a byte offset. */
typedef struct Loc {
    uint32_t file;
    uint32_t line;
    uint32_t col;
    uint32_t off;
} Loc;

/* ---- types --------------------------------------------------------------- */

typedef enum TypeKind {
    TY_VOID,
    TY_INT,       /* integers, enums, BOOLEAN, chars */
    TY_FLOAT,
    TY_PTR,
    TY_ARRAY,
    TY_RECORD,    /* struct or union */
    TY_FUNC,
    TY_OTHER
} TypeKind;

typedef struct Type Type;
struct Type {
    TypeKind kind;
    bool is_signed;
    uint32_t size;            /* bytes; 0 when unknown */
    const char *spelling;     /* interned, as written (keeps typedef sugar) */
    const char *typedef_name; /* outermost typedef name, interned, or NULL */
    const char *record;       /* struct/union tag for TY_RECORD, interned */
    Type *pointee;            /* TY_PTR and TY_ARRAY element type */
};

/* ---- variables ------------------------------------------------------------ */

typedef enum VarKind { VAR_LOCAL, VAR_PARAM, VAR_GLOBAL, VAR_TEMP } VarKind;

typedef struct Var {
    const char *name;    /* interned; temporaries are named "$tN" */
    Type *type;
    VarKind kind;
    uint32_t index;      /* params: 0..n-1; locals/temps: per function; globals: per program */
    bool address_taken;
    Loc loc;
} Var;

/* ---- expressions ------------------------------------------------------------ */

typedef enum ExprKind {
    E_INT,      /* integer constant: ival */
    E_STR,      /* string literal: str */
    E_VAR,      /* variable read (or lvalue): var */
    E_FUNC,     /* function designator: fname (+ func once linked) */
    E_MEMBER,   /* base.field where base is an lvalue object expression */
    E_INDEX,    /* base[index] */
    E_DEREF,    /* *sub */
    E_ADDR,     /* &sub */
    E_UNARY,    /* op sub: OP_NEG, OP_BNOT, OP_LNOT */
    E_BINARY,   /* a op b (arithmetic, bitwise, comparisons) */
    E_CAST,     /* (type) sub */
    E_UNKNOWN   /* something the IR does not model; evaluates to a fresh symbol */
} ExprKind;

typedef enum Op {
    OP_NONE,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_REM, OP_SHL, OP_SHR,
    OP_AND, OP_OR, OP_XOR,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_NEG, OP_BNOT, OP_LNOT
} Op;

struct Func;

typedef struct Expr Expr;
struct Expr {
    ExprKind kind;
    Op op;
    Type *type;
    Loc loc;
    Loc end;            /* end of the source range (for argument text in messages) */
    union {
        int64_t ival;
        const char *str;
        Var *var;
        struct {
            const char *fname;     /* interned */
            struct Func *func;     /* set by the linker when the body is known */
        } fn;
        struct {
            Expr *base;
            const char *field;     /* interned */
        } mem;
        struct {
            Expr *a, *b;
        } bin;
        Expr *sub;
    } u;
};

/* ---- instructions --------------------------------------------------------------- */

typedef enum InstrKind {
    I_ASSIGN,   /* lhs = rhs */
    I_CALL      /* [lhs =] callee(args...) */
} InstrKind;

typedef struct Instr {
    InstrKind kind;
    Loc loc, end;          /* source range of the originating expression */
    Expr *lhs;             /* assignment target / call result (may be NULL for calls) */
    Expr *rhs;             /* assignment value */
    Expr *callee;          /* E_FUNC for direct calls, any expression otherwise */
    Expr **args;
    uint32_t nargs;
    Type *callee_type;     /* function type of an indirect call (for typedef contracts) */
} Instr;

typedef enum TermKind {
    T_GOTO,
    T_BRANCH,       /* if (cond) succ[0] else succ[1] */
    T_SWITCH,       /* switch (cond) cases..., default succ[0] */
    T_RETURN,       /* return [ret] */
    T_UNREACHABLE   /* after a call that does not return */
} TermKind;

typedef struct SwitchCase {
    int64_t lo, hi;   /* case value (lo == hi) or GNU range */
    uint32_t target;
    Loc loc, end;     /* the case label's value expression */
} SwitchCase;

typedef struct Block {
    uint32_t id;
    Instr *instrs;
    uint32_t ninstrs;
    TermKind term;
    Loc term_loc, term_end;
    Expr *cond;             /* T_BRANCH condition, T_SWITCH scrutinee */
    Expr *ret;              /* T_RETURN value or NULL */
    uint32_t succ[2];       /* T_GOTO: succ[0]; T_BRANCH: then/else; T_SWITCH: default */
    SwitchCase *cases;
    uint32_t ncases;
    bool loop_header;       /* target of a back edge */
    bool is_seh_handler;    /* first block of an __except handler */
} Block;

/* ---- functions ------------------------------------------------------------------- */

struct Contract;

typedef struct Func {
    const char *name;        /* interned source name */
    const char *key;         /* unique link key: name, or "file.c:name" for statics */
    bool is_static;
    uint32_t file;           /* file of the definition */
    Loc loc, end;            /* name location and end of body */
    Type *type;              /* function type (keeps role typedef sugar) */
    const char *typedef_name;/* role typedef the definition was declared with, or NULL */
    Var **params;
    uint32_t nparams;
    Var **locals;            /* locals and temporaries */
    uint32_t nlocals;
    Block *blocks;
    uint32_t nblocks;
    uint32_t entry;
    struct Contract *contract;  /* merged annotations of all declarations */

    /* Facts the front end records for the pageable-code rules. */
    const char *section;     /* code section from alloc_text/code_seg, or NULL */
    Loc section_loc;         /* where the section was assigned */
    uint32_t paged_code_calls;  /* number of PAGED_CODE() calls in the body */
    Loc paged_code_loc;      /* first PAGED_CODE() */
    Loc paged_code_loc2;     /* second PAGED_CODE(), if any */
    bool truncated;          /* body had constructs the IR could not lower */
} Func;

/* Builders used by the front end. */
Expr *ir_expr(Arena *a, ExprKind k, Type *t, Loc loc);
Expr *ir_int(Arena *a, int64_t v, Type *t, Loc loc);
bool ir_is_pageable_section(const char *section);
const char *ir_op_name(Op op);

/* Text dump of a function, for `drvlint dump-ir` and tests. */
void ir_dump_func(const Func *f, StrBuf *out);
void ir_dump_expr(const Expr *e, StrBuf *out);

#endif /* DRVLINT_IR_H */
