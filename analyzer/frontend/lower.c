/*
 * lower.c - lowering a function body from libclang's AST to the IR.
 *
 * The walk keeps one "current block" and appends instructions to it.
 * Expressions are lowered by lower_rvalue()/lower_lvalue(), which emit any
 * calls and side effects as instructions and return a pure Expr. Conditions
 * are lowered by lower_cond(), which turns &&, || and ! into branches.
 * Statements build the CFG; break/continue/goto/switch targets are kept on
 * small stacks. Unreachable code after return/goto starts a fresh block that
 * nothing jumps to; the engine never visits it.
 *
 * Anything the IR cannot express lowers to E_UNKNOWN (a fresh unknown value
 * for the engine) and marks the function `truncated`, never a crash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_internal.h"

typedef struct BlockB {
    VEC(Instr) instrs;
    Block b;
    bool closed;    /* terminator set */
} BlockB;

typedef struct LabelEnt {
    const char *name;
    uint32_t block;
} LabelEnt;

typedef struct SwitchCtx {
    VEC(SwitchCase) cases;
    uint32_t default_block;
    bool has_default;
} SwitchCtx;

typedef struct Lower {
    FeRun *r;
    Arena *a;
    Func *fn;
    VEC(BlockB) blocks;
    uint32_t cur;
    VEC(uint32_t) break_stack;
    VEC(uint32_t) continue_stack;
    VEC(SwitchCtx *) switch_stack;
    VEC(LabelEnt) labels;
    VEC(Var *) params;
    VEC(Var *) locals;
    PtrMap vars;            /* Decl* -> Var* */
    uint32_t ntemps;
    PtrMap typecache;       /* QualType ptr -> Type* */
} Lower;

/* ---- blocks ------------------------------------------------------------- */

static uint32_t new_block(Lower *L)
{
    BlockB bb;
    memset(&bb, 0, sizeof bb);
    bb.b.id = (uint32_t)L->blocks.len;
    bb.b.term = T_UNREACHABLE;
    bb.b.succ[0] = bb.b.succ[1] = UINT32_MAX;
    VEC_PUSH(L->blocks, bb);
    return bb.b.id;
}

static BlockB *blk(Lower *L, uint32_t id)
{
    return &L->blocks.data[id];
}

/* A block is open while its terminator has not been set. */
static bool is_open(Lower *L, uint32_t id)
{
    return !blk(L, id)->closed;
}

static void set_goto(Lower *L, uint32_t from, uint32_t to, Loc loc)
{
    BlockB *b = blk(L, from);
    b->closed = true;
    b->b.term = T_GOTO;
    b->b.succ[0] = to;
    b->b.term_loc = b->b.term_end = loc;
}

/* Ends the current block with a jump to `to` (if still open) and makes `to`
   current. */
static void jump_to(Lower *L, uint32_t to, Loc loc)
{
    if (is_open(L, L->cur)) set_goto(L, L->cur, to, loc);
    L->cur = to;
}

static void seal_unreachable(Lower *L)
{
    /* Code after return/break/goto: a fresh block nothing jumps to. */
    L->cur = new_block(L);
}

static Instr *emit(Lower *L, InstrKind k, Loc loc, Loc end)
{
    Instr in;
    memset(&in, 0, sizeof in);
    in.kind = k;
    in.loc = loc;
    in.end = end;
    VEC_PUSH(blk(L, L->cur)->instrs, in);
    return &blk(L, L->cur)->instrs.data[blk(L, L->cur)->instrs.len - 1];
}

/* ---- cursors and types ---------------------------------------------------- */

static Loc loc_of(Lower *L, CXCursor c)
{
    return fe_loc(L->r, clang_getRangeStart(clang_getCursorExtent(c)));
}

static Loc end_of(Lower *L, CXCursor c)
{
    return fe_loc(L->r, clang_getRangeEnd(clang_getCursorExtent(c)));
}

static Type *type_of_ctype(Lower *L, CXType t)
{
    void *key = t.data[0];
    if (key) {
        Type *ty = ptrmap_get(&L->typecache, (void *)((uintptr_t)key ^ (uintptr_t)t.kind));
        if (ty) return ty;
    }
    Type *ty = fe_type(L->r, t);
    if (key) ptrmap_put(&L->typecache, (void *)((uintptr_t)key ^ (uintptr_t)t.kind), ty);
    return ty;
}

static Type *type_of(Lower *L, CXCursor c)
{
    return type_of_ctype(L, clang_getCursorType(c));
}

static bool is_expr_kind(enum CXCursorKind k)
{
    return (k >= CXCursor_FirstExpr && k <= CXCursor_LastExpr);
}

/* The last child that is an expression (skips TypeRefs of casts). */
static bool last_expr_child(CXCursor c, CXCursor *out)
{
    Kids k;
    kids_get(c, &k);
    bool found = false;
    for (unsigned i = k.n; i-- > 0;) {
        if (is_expr_kind(clang_getCursorKind(k.v[i]))) {
            *out = k.v[i];
            found = true;
            break;
        }
    }
    kids_free(&k);
    return found;
}

static bool eval_int(CXCursor c, int64_t *out)
{
    CXEvalResult ev = clang_Cursor_Evaluate(c);
    if (!ev) return false;
    bool ok = false;
    if (clang_EvalResult_getKind(ev) == CXEval_Int) {
        if (clang_EvalResult_isUnsignedInt(ev))
            *out = (int64_t)clang_EvalResult_getAsUnsigned(ev);
        else
            *out = clang_EvalResult_getAsLongLong(ev);
        ok = true;
    }
    clang_EvalResult_dispose(ev);
    return ok;
}

/* ---- variables ------------------------------------------------------------- */

static Var *new_var(Lower *L, const char *name, Type *t, VarKind k, Loc loc)
{
    Var *v = arena_alloc(L->a, sizeof(Var));
    v->name = name;
    v->type = t;
    v->kind = k;
    v->loc = loc;
    if (k == VAR_PARAM) {
        v->index = (uint32_t)L->params.len;
        VEC_PUSH(L->params, v);
    } else {
        v->index = (uint32_t)L->locals.len;
        VEC_PUSH(L->locals, v);
    }
    return v;
}

static Var *new_temp(Lower *L, Type *t, Loc loc)
{
    char buf[32];
    snprintf(buf, sizeof buf, "$t%u", L->ntemps++);
    return new_var(L, intern(buf), t, VAR_TEMP, loc);
}

static Var *global_var(Lower *L, CXCursor decl)
{
    FeRun *r = L->r;
    const char *key = fe_link_key(r, decl);
    Var *v = ptrmap_get(&r->prog->global_by_key, key);
    if (v) return v;
    v = arena_alloc(L->a, sizeof(Var));
    v->name = fe_spelling(decl);
    v->type = fe_type(r, clang_getCursorType(decl));
    v->kind = VAR_GLOBAL;
    v->loc = fe_loc(r, clang_getCursorLocation(decl));
    v->index = (uint32_t)r->globals.len;
    VEC_PUSH(r->globals, v);
    ptrmap_put(&r->prog->global_by_key, key, v);
    return v;
}

static Var *lookup_var(Lower *L, CXCursor decl)
{
    Var *v = ptrmap_get(&L->vars, decl.data[0]);
    if (v) return v;
    enum CXCursorKind k = clang_getCursorKind(decl);
    if (k == CXCursor_VarDecl && clang_getCursorLinkage(decl) != CXLinkage_NoLinkage)
        return global_var(L, decl);
    if (k == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(decl) == 1)
        return global_var(L, decl); /* static local */
    /* A local not seen yet (declared in a construct we skipped): make one. */
    v = new_var(L, fe_spelling(decl), type_of(L, decl), k == CXCursor_ParmDecl ? VAR_PARAM : VAR_LOCAL,
                fe_loc(L->r, clang_getCursorLocation(decl)));
    ptrmap_put(&L->vars, decl.data[0], v);
    return v;
}

/* ---- expressions --------------------------------------------------------------- */

static Expr *lower_rvalue(Lower *L, CXCursor c);
static Expr *lower_lvalue(Lower *L, CXCursor c);
static void lower_cond(Lower *L, CXCursor c, uint32_t t, uint32_t f);
static void lower_stmt(Lower *L, CXCursor c);

static Expr *mk(Lower *L, ExprKind k, Type *t, Loc loc)
{
    return ir_expr(L->a, k, t, loc);
}

/* Folds operators on integer constants, so the engine sees `-1` and
   `FILE_DEVICE_UNKNOWN << 16 | ...` as plain numbers. */
static Expr *fold(Lower *L, Expr *e)
{
    if (e->kind == E_UNARY && e->u.sub->kind == E_INT) {
        int64_t v = e->u.sub->u.ival;
        switch (e->op) {
        case OP_NEG: return ir_int(L->a, -v, e->type, e->loc);
        case OP_BNOT: return ir_int(L->a, ~v, e->type, e->loc);
        case OP_LNOT: return ir_int(L->a, !v, e->type, e->loc);
        default: return e;
        }
    }
    if (e->kind == E_BINARY && e->u.bin.a->kind == E_INT && e->u.bin.b->kind == E_INT) {
        int64_t a = e->u.bin.a->u.ival, b = e->u.bin.b->u.ival, r;
        switch (e->op) {
        case OP_ADD: r = (int64_t)((uint64_t)a + (uint64_t)b); break;
        case OP_SUB: r = (int64_t)((uint64_t)a - (uint64_t)b); break;
        case OP_MUL: r = (int64_t)((uint64_t)a * (uint64_t)b); break;
        case OP_DIV: if (!b || (a == INT64_MIN && b == -1)) return e; r = a / b; break;
        case OP_REM: if (!b || (a == INT64_MIN && b == -1)) return e; r = a % b; break;
        case OP_SHL: if (b < 0 || b > 63) return e; r = (int64_t)((uint64_t)a << b); break;
        case OP_SHR: if (b < 0 || b > 63) return e; r = a >> b; break;
        case OP_AND: r = a & b; break;
        case OP_OR: r = a | b; break;
        case OP_XOR: r = a ^ b; break;
        case OP_EQ: r = a == b; break;
        case OP_NE: r = a != b; break;
        case OP_LT: r = a < b; break;
        case OP_LE: r = a <= b; break;
        case OP_GT: r = a > b; break;
        case OP_GE: r = a >= b; break;
        default: return e;
        }
        return ir_int(L->a, r, e->type, e->loc);
    }
    return e;
}

static Expr *unknown(Lower *L, CXCursor c)
{
    return mk(L, E_UNKNOWN, type_of(L, c), loc_of(L, c));
}

static Expr *read_temp(Lower *L, Var *t, Loc loc)
{
    Expr *e = mk(L, E_VAR, t->type, loc);
    e->u.var = t;
    return e;
}

static void emit_assign(Lower *L, Expr *lhs, Expr *rhs, Loc loc, Loc end)
{
    Instr *in = emit(L, I_ASSIGN, loc, end);
    in->lhs = lhs;
    in->rhs = rhs;
}

static Expr *strip_parens_casts_fn(Expr *e)
{
    while (e && e->kind == E_CAST) e = e->u.sub;
    return e;
}

/* Lowers a call; returns the expression reading its result. */
static Expr *lower_call(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    Loc loc = loc_of(L, c), end = end_of(L, c);
    Type *rt = type_of(L, c);
    if (k.n == 0) {
        kids_free(&k);
        return unknown(L, c);
    }
    CXCursor callee_cur = k.v[0];
    CXCursor ref = clang_getCursorReferenced(callee_cur);
    Expr *callee;
    CXType fntype = clang_getCursorType(callee_cur);
    if (!clang_Cursor_isNull(ref) && clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
        callee = mk(L, E_FUNC, type_of_ctype(L, clang_getCursorType(ref)), loc);
        callee->u.fn.fname = fe_spelling(ref);
        fntype = clang_getCursorType(ref);
        /* External routines: remember their contract now, while we have the
           declaration cursor. */
        fe_external_contract(L->r, ref);
    } else {
        callee = lower_rvalue(L, callee_cur);
        /* through a function pointer: peel typedefs down to the pointer,
           keeping the sugar of the function type (its parameters' typedefs
           tell role discovery what a passed function is for) */
        for (int i = 0; i < 8 && fntype.kind != CXType_Pointer && fntype.kind != CXType_FunctionProto &&
                        fntype.kind != CXType_FunctionNoProto && fntype.kind != CXType_Invalid;
             i++)
            fntype = fe_desugar_once(fntype);
        if (fntype.kind == CXType_Pointer) fntype = clang_getPointeeType(fntype);
        fe_typedef_contract(L->r, fntype);
    }
    uint32_t nargs = k.n - 1;
    Expr **args = arena_alloc(L->a, sizeof(Expr *) * (nargs ? nargs : 1));
    int nformal = clang_getNumArgTypes(fntype);
    for (uint32_t i = 0; i < nargs; i++) {
        Expr *ae = lower_rvalue(L, k.v[i + 1]);
        /* A function passed to a parameter of a role pointer type keeps that
           type, so role discovery can see PIO_COMPLETION_ROUTINE etc. */
        Expr *core = strip_parens_casts_fn(ae);
        if (core && core->kind == E_FUNC && (int)i < nformal) {
            Expr *cast = mk(L, E_CAST, type_of_ctype(L, clang_getArgType(fntype, i)), ae->loc);
            cast->u.sub = core;
            ae = cast;
        }
        args[i] = ae;
    }
    kids_free(&k);
    Instr *in = emit(L, I_CALL, loc, end);
    in->callee = callee;
    in->args = args;
    in->nargs = nargs;
    if (callee->kind != E_FUNC) in->callee_type = type_of_ctype(L, fntype);
    if (callee->kind == E_FUNC && strcmp(callee->u.fn.fname, "PAGED_CODE") == 0) {
        if (L->fn->paged_code_calls == 0) L->fn->paged_code_loc = loc;
        else if (L->fn->paged_code_calls == 1) L->fn->paged_code_loc2 = loc;
        L->fn->paged_code_calls++;
    }
    if (rt->kind == TY_VOID) return mk(L, E_INT, rt, loc); /* value unused */
    Var *t = new_temp(L, rt, loc);
    in = &blk(L, L->cur)->instrs.data[blk(L, L->cur)->instrs.len - 1];
    in->lhs = read_temp(L, t, loc);
    return read_temp(L, t, loc);
}

static Op binop_of(enum CXBinaryOperatorKind k, bool *is_assign)
{
    *is_assign = false;
    switch (k) {
    case CXBinaryOperator_Mul: return OP_MUL;
    case CXBinaryOperator_Div: return OP_DIV;
    case CXBinaryOperator_Rem: return OP_REM;
    case CXBinaryOperator_Add: return OP_ADD;
    case CXBinaryOperator_Sub: return OP_SUB;
    case CXBinaryOperator_Shl: return OP_SHL;
    case CXBinaryOperator_Shr: return OP_SHR;
    case CXBinaryOperator_LT: return OP_LT;
    case CXBinaryOperator_GT: return OP_GT;
    case CXBinaryOperator_LE: return OP_LE;
    case CXBinaryOperator_GE: return OP_GE;
    case CXBinaryOperator_EQ: return OP_EQ;
    case CXBinaryOperator_NE: return OP_NE;
    case CXBinaryOperator_And: return OP_AND;
    case CXBinaryOperator_Xor: return OP_XOR;
    case CXBinaryOperator_Or: return OP_OR;
    case CXBinaryOperator_MulAssign: *is_assign = true; return OP_MUL;
    case CXBinaryOperator_DivAssign: *is_assign = true; return OP_DIV;
    case CXBinaryOperator_RemAssign: *is_assign = true; return OP_REM;
    case CXBinaryOperator_AddAssign: *is_assign = true; return OP_ADD;
    case CXBinaryOperator_SubAssign: *is_assign = true; return OP_SUB;
    case CXBinaryOperator_ShlAssign: *is_assign = true; return OP_SHL;
    case CXBinaryOperator_ShrAssign: *is_assign = true; return OP_SHR;
    case CXBinaryOperator_AndAssign: *is_assign = true; return OP_AND;
    case CXBinaryOperator_XorAssign: *is_assign = true; return OP_XOR;
    case CXBinaryOperator_OrAssign: *is_assign = true; return OP_OR;
    case CXBinaryOperator_Assign: *is_assign = true; return OP_NONE;
    default: return OP_NONE;
    }
}

/* Value of `a && b`, `a || b`, `!x` used as a value, or `c ? x : y`:
   branches into a temporary. */
static Expr *lower_cond_value(Lower *L, CXCursor c)
{
    Loc loc = loc_of(L, c);
    Var *t = new_temp(L, type_of(L, c), loc);
    uint32_t bt = new_block(L), bf = new_block(L), join = new_block(L);
    lower_cond(L, c, bt, bf);
    L->cur = bt;
    emit_assign(L, read_temp(L, t, loc), ir_int(L->a, 1, t->type, loc), loc, loc);
    jump_to(L, join, loc);
    L->cur = bf;
    emit_assign(L, read_temp(L, t, loc), ir_int(L->a, 0, t->type, loc), loc, loc);
    jump_to(L, join, loc);
    return read_temp(L, t, loc);
}

static Expr *lower_conditional(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    Loc loc = loc_of(L, c);
    if (k.n != 3) {
        kids_free(&k);
        return unknown(L, c);
    }
    Type *ty = type_of(L, c);
    Var *t = ty->kind == TY_VOID ? NULL : new_temp(L, ty, loc);
    uint32_t bt = new_block(L), bf = new_block(L), join = new_block(L);
    lower_cond(L, k.v[0], bt, bf);
    L->cur = bt;
    Expr *x = lower_rvalue(L, k.v[1]);
    if (t) emit_assign(L, read_temp(L, t, loc), x, loc, end_of(L, k.v[1]));
    jump_to(L, join, loc);
    L->cur = bf;
    Expr *y = lower_rvalue(L, k.v[2]);
    if (t) emit_assign(L, read_temp(L, t, loc), y, loc, end_of(L, k.v[2]));
    jump_to(L, join, loc);
    kids_free(&k);
    return t ? read_temp(L, t, loc) : ir_int(L->a, 0, ty, loc);
}

/* Reads the current value of an lvalue into a temporary (for x++ etc.). */
static Expr *snapshot(Lower *L, Expr *lv, Loc loc)
{
    Var *t = new_temp(L, lv->type, loc);
    emit_assign(L, read_temp(L, t, loc), lv, loc, loc);
    return read_temp(L, t, loc);
}

static Expr *lower_unary(Lower *L, CXCursor c)
{
    enum CXUnaryOperatorKind uk = clang_getCursorUnaryOperatorKind(c);
    CXCursor sub;
    Loc loc = loc_of(L, c);
    if (!last_expr_child(c, &sub)) return unknown(L, c);
    Type *ty = type_of(L, c);
    switch (uk) {
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec: {
        Expr *lv = lower_lvalue(L, sub);
        bool post = uk == CXUnaryOperator_PostInc || uk == CXUnaryOperator_PostDec;
        bool inc = uk == CXUnaryOperator_PostInc || uk == CXUnaryOperator_PreInc;
        Expr *old = post ? snapshot(L, lv, loc) : lv;
        Expr *nv = mk(L, E_BINARY, ty, loc);
        nv->op = inc ? OP_ADD : OP_SUB;
        nv->u.bin.a = old;
        nv->u.bin.b = ir_int(L->a, 1, ty, loc);
        emit_assign(L, lv, nv, loc, end_of(L, c));
        return post ? old : lv;
    }
    case CXUnaryOperator_AddrOf: {
        Expr *lv = lower_lvalue(L, sub);
        if (lv->kind == E_FUNC) return lv;
        if (lv->kind == E_VAR) lv->u.var->address_taken = true;
        Expr *e = mk(L, E_ADDR, ty, loc);
        e->u.sub = lv;
        return e;
    }
    case CXUnaryOperator_Deref: {
        Expr *e = mk(L, E_DEREF, ty, loc);
        e->u.sub = lower_rvalue(L, sub);
        return e;
    }
    case CXUnaryOperator_Plus:
    case CXUnaryOperator_Extension:
        return lower_rvalue(L, sub);
    case CXUnaryOperator_Minus:
    case CXUnaryOperator_Not: {
        Expr *e = mk(L, E_UNARY, ty, loc);
        e->op = uk == CXUnaryOperator_Minus ? OP_NEG : OP_BNOT;
        e->u.sub = lower_rvalue(L, sub);
        return fold(L, e);
    }
    case CXUnaryOperator_LNot: {
        Expr *e = mk(L, E_UNARY, ty, loc);
        e->op = OP_LNOT;
        /* `!f()` is pure after hoisting; `!(a && b)` needs branches. */
        CXCursor inner = sub;
        while (clang_getCursorKind(inner) == CXCursor_ParenExpr && last_expr_child(inner, &inner)) {
        }
        if (clang_getCursorKind(inner) == CXCursor_BinaryOperator) {
            enum CXBinaryOperatorKind bk = clang_getCursorBinaryOperatorKind(inner);
            if (bk == CXBinaryOperator_LAnd || bk == CXBinaryOperator_LOr) return lower_cond_value(L, c);
        }
        e->u.sub = lower_rvalue(L, sub);
        return fold(L, e);
    }
    default:
        return unknown(L, c);
    }
}

static Expr *lower_binary(Lower *L, CXCursor c)
{
    enum CXBinaryOperatorKind bk = clang_getCursorBinaryOperatorKind(c);
    Loc loc = loc_of(L, c), end = end_of(L, c);
    if (bk == CXBinaryOperator_LAnd || bk == CXBinaryOperator_LOr) return lower_cond_value(L, c);
    Kids k;
    kids_get(c, &k);
    if (k.n != 2) {
        kids_free(&k);
        return unknown(L, c);
    }
    CXCursor lhs = k.v[0], rhs = k.v[1];
    kids_free(&k);
    if (bk == CXBinaryOperator_Comma) {
        lower_rvalue(L, lhs);
        return lower_rvalue(L, rhs);
    }
    bool is_assign;
    Op op = binop_of(bk, &is_assign);
    Type *ty = type_of(L, c);
    if (is_assign) {
        /* Evaluate the value first, then the target (calls in either are
           hoisted in that order; C leaves it unspecified). */
        Expr *rv = lower_rvalue(L, rhs);
        Expr *lv = lower_lvalue(L, lhs);
        if (op != OP_NONE) {
            Expr *e = mk(L, E_BINARY, ty, loc);
            e->op = op;
            e->u.bin.a = lv;
            e->u.bin.b = rv;
            rv = e;
        }
        emit_assign(L, lv, rv, loc, end);
        /* The value of an assignment is the new value of the target. If the
           value is a constant or function designator, reuse it so chained
           assignments keep the designator (MajorFunction[a] = MajorFunction[b] = f). */
        Expr *core = strip_parens_casts_fn(rv);
        if (core && (core->kind == E_FUNC || core->kind == E_INT)) return rv;
        return lv;
    }
    if (op == OP_NONE) return unknown(L, c);
    Expr *e = mk(L, E_BINARY, ty, loc);
    e->op = op;
    e->u.bin.a = lower_rvalue(L, lhs);
    e->u.bin.b = lower_rvalue(L, rhs);
    return fold(L, e);
}

static Expr *lower_member(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    Loc loc = loc_of(L, c);
    Type *ty = type_of(L, c);
    if (k.n == 0) {
        kids_free(&k);
        return unknown(L, c);
    }
    CXCursor base = k.v[0];
    kids_free(&k);
    CXType bt = clang_getCanonicalType(clang_getCursorType(base));
    Expr *obj;
    if (bt.kind == CXType_Pointer) {
        obj = mk(L, E_DEREF, type_of_ctype(L, clang_getPointeeType(clang_getCursorType(base))), loc);
        obj->u.sub = lower_rvalue(L, base);
    } else {
        obj = lower_lvalue(L, base);
    }
    Expr *e = mk(L, E_MEMBER, ty, loc);
    e->u.mem.base = obj;
    e->u.mem.field = fe_spelling(c);
    return e;
}

static Expr *lower_subscript(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    Loc loc = loc_of(L, c);
    if (k.n != 2) {
        kids_free(&k);
        return unknown(L, c);
    }
    CXCursor base = k.v[0], idx = k.v[1];
    kids_free(&k);
    Expr *b = lower_rvalue(L, base);
    Expr *arr;
    if (b->kind == E_ADDR) {
        arr = b->u.sub;    /* decayed array lvalue */
    } else {
        arr = mk(L, E_DEREF, type_of(L, c), loc);
        arr->u.sub = b;
    }
    Expr *e = mk(L, E_INDEX, type_of(L, c), loc);
    e->u.bin.a = arr;
    e->u.bin.b = lower_rvalue(L, idx);
    return e;
}

static Expr *lower_declref(Lower *L, CXCursor c)
{
    CXCursor ref = clang_getCursorReferenced(c);
    Loc loc = loc_of(L, c);
    switch (clang_getCursorKind(ref)) {
    case CXCursor_VarDecl:
    case CXCursor_ParmDecl: {
        Expr *e = mk(L, E_VAR, type_of(L, c), loc);
        e->u.var = lookup_var(L, ref);
        return e;
    }
    case CXCursor_FunctionDecl: {
        Expr *e = mk(L, E_FUNC, type_of(L, c), loc);
        e->u.fn.fname = fe_spelling(ref);
        fe_external_contract(L->r, ref);
        return e;
    }
    case CXCursor_EnumConstantDecl:
        return ir_int(L->a, clang_getEnumConstantDeclValue(ref), type_of(L, c), loc);
    default:
        return unknown(L, c);
    }
}

/* Lowers an initializer list into field-wise assignments to `target`. */
static void lower_init_list(Lower *L, Expr *target, CXCursor list)
{
    Kids k;
    kids_get(list, &k);
    Loc loc = loc_of(L, list);
    Type *tt = target->type;
    /* Zero the whole object first: omitted members are zero. */
    emit_assign(L, target, ir_int(L->a, 0, tt, loc), loc, loc);
    if (tt && tt->kind == TY_RECORD) {
        CXType ct = clang_getCanonicalType(clang_getCursorType(list));
        /* Field names in declaration order. */
        typedef struct { const char *names[64]; unsigned n; } Fields;
        Fields fl;
        fl.n = 0;
        CXCursor decl = clang_getTypeDeclaration(ct);
        Kids fk;
        kids_get(decl, &fk);
        for (unsigned i = 0; i < fk.n && fl.n < 64; i++)
            if (clang_getCursorKind(fk.v[i]) == CXCursor_FieldDecl) fl.names[fl.n++] = fe_spelling(fk.v[i]);
        kids_free(&fk);
        for (unsigned i = 0; i < k.n && i < fl.n; i++) {
            Expr *m = mk(L, E_MEMBER, type_of(L, k.v[i]), loc_of(L, k.v[i]));
            m->u.mem.base = target;
            m->u.mem.field = fl.names[i];
            if (clang_getCursorKind(k.v[i]) == CXCursor_InitListExpr) {
                lower_init_list(L, m, k.v[i]);
            } else {
                Expr *v = lower_rvalue(L, k.v[i]);
                if (!(v->kind == E_INT && v->u.ival == 0))
                    emit_assign(L, m, v, loc_of(L, k.v[i]), end_of(L, k.v[i]));
            }
        }
    } else if (tt && tt->kind == TY_ARRAY) {
        for (unsigned i = 0; i < k.n && i < 256; i++) {
            Expr *el = mk(L, E_INDEX, type_of(L, k.v[i]), loc_of(L, k.v[i]));
            el->u.bin.a = target;
            el->u.bin.b = ir_int(L->a, (int64_t)i, NULL, loc);
            if (clang_getCursorKind(k.v[i]) == CXCursor_InitListExpr) {
                lower_init_list(L, el, k.v[i]);
            } else {
                Expr *v = lower_rvalue(L, k.v[i]);
                if (!(v->kind == E_INT && v->u.ival == 0))
                    emit_assign(L, el, v, loc_of(L, k.v[i]), end_of(L, k.v[i]));
            }
        }
    } else if (k.n == 1) {
        emit_assign(L, target, lower_rvalue(L, k.v[0]), loc, end_of(L, list));
    }
    kids_free(&k);
}

static Expr *lower_expr_inner(Lower *L, CXCursor c, bool want_lvalue);

/* Lowers an expression and records its source range. */
static Expr *lower_expr(Lower *L, CXCursor c, bool want_lvalue)
{
    Expr *e = lower_expr_inner(L, c, want_lvalue);
    if (e && !e->end.line) {
        e->end = end_of(L, c);
        if (e->loc.line == 0) e->loc = loc_of(L, c);
    }
    return e;
}

static Expr *lower_expr_inner(Lower *L, CXCursor c, bool want_lvalue)
{
    enum CXCursorKind kind = clang_getCursorKind(c);
    Loc loc = loc_of(L, c);
    int64_t v;
    switch (kind) {
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
        if (eval_int(c, &v)) return ir_int(L->a, v, type_of(L, c), loc);
        return unknown(L, c);
    case CXCursor_StringLiteral: {
        Expr *e = mk(L, E_STR, type_of(L, c), loc);
        e->u.str = fe_spelling(c);
        return e;
    }
    case CXCursor_ParenExpr: {
        CXCursor sub;
        if (!last_expr_child(c, &sub)) return unknown(L, c);
        return lower_expr(L, sub, want_lvalue);
    }
    case CXCursor_DeclRefExpr:
        return lower_declref(L, c);
    case CXCursor_MemberRefExpr:
        return lower_member(L, c);
    case CXCursor_ArraySubscriptExpr:
        return lower_subscript(L, c);
    case CXCursor_CallExpr:
        return lower_call(L, c);
    case CXCursor_UnaryOperator:
        return lower_unary(L, c);
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator:
        return lower_binary(L, c);
    case CXCursor_ConditionalOperator:
        return lower_conditional(L, c);
    case CXCursor_CStyleCastExpr: {
        CXCursor sub;
        if (!last_expr_child(c, &sub)) return unknown(L, c);
        Expr *s = lower_rvalue(L, sub);
        Type *ty = type_of(L, c);
        if (ty->kind == TY_VOID) return s;
        if (s->kind == E_INT && ty->kind == TY_INT) {
            /* fold constant casts */
            int64_t x = s->u.ival;
            if (ty->size == 1) x = ty->is_signed ? (int64_t)(int8_t)x : (int64_t)(uint8_t)x;
            else if (ty->size == 2) x = ty->is_signed ? (int64_t)(int16_t)x : (int64_t)(uint16_t)x;
            else if (ty->size == 4) x = ty->is_signed ? (int64_t)(int32_t)x : (int64_t)(uint32_t)x;
            return ir_int(L->a, x, ty, loc);
        }
        Expr *e = mk(L, E_CAST, ty, loc);
        e->u.sub = s;
        return e;
    }
    case CXCursor_UnaryExpr: /* sizeof, alignof */
        if (eval_int(c, &v)) return ir_int(L->a, v, type_of(L, c), loc);
        return unknown(L, c);
    case CXCursor_InitListExpr: {
        Var *t = new_temp(L, type_of(L, c), loc);
        lower_init_list(L, read_temp(L, t, loc), c);
        return read_temp(L, t, loc);
    }
    case CXCursor_CompoundLiteralExpr: {
        CXCursor sub;
        Var *t = new_temp(L, type_of(L, c), loc);
        t->address_taken = true;
        if (last_expr_child(c, &sub) && clang_getCursorKind(sub) == CXCursor_InitListExpr)
            lower_init_list(L, read_temp(L, t, loc), sub);
        return read_temp(L, t, loc);
    }
    case CXCursor_UnexposedExpr: {
        Kids k;
        kids_get(c, &k);
        if (k.n == 1 && is_expr_kind(clang_getCursorKind(k.v[0]))) {
            CXCursor sub = k.v[0];
            kids_free(&k);
            Expr *s = lower_expr(L, sub, want_lvalue);
            /* array-to-pointer decay */
            Type *from = s->type, *to = type_of(L, c);
            if (!want_lvalue && from && from->kind == TY_ARRAY && to->kind == TY_PTR) {
                Expr *e = mk(L, E_ADDR, to, loc);
                e->u.sub = s;
                return e;
            }
            return s;
        }
        kids_free(&k);
        if (eval_int(c, &v)) return ir_int(L->a, v, type_of(L, c), loc);
        return unknown(L, c);
    }
    default:
        if (eval_int(c, &v)) return ir_int(L->a, v, type_of(L, c), loc);
        if (kind != CXCursor_FloatingLiteral) L->fn->truncated = true;
        return unknown(L, c);
    }
}

static Expr *lower_rvalue(Lower *L, CXCursor c)
{
    return lower_expr(L, c, false);
}

static Expr *lower_lvalue(Lower *L, CXCursor c)
{
    return lower_expr(L, c, true);
}

/* ---- conditions ------------------------------------------------------------ */

static void lower_cond(Lower *L, CXCursor c, uint32_t t, uint32_t f)
{
    enum CXCursorKind kind = clang_getCursorKind(c);
    if (kind == CXCursor_ParenExpr || kind == CXCursor_UnexposedExpr) {
        CXCursor sub;
        Kids k;
        kids_get(c, &k);
        bool single = k.n == 1 && is_expr_kind(clang_getCursorKind(k.v[0]));
        if (single) sub = k.v[0];
        kids_free(&k);
        if (single) {
            lower_cond(L, sub, t, f);
            return;
        }
    }
    if (kind == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind bk = clang_getCursorBinaryOperatorKind(c);
        if (bk == CXBinaryOperator_LAnd || bk == CXBinaryOperator_LOr) {
            Kids k;
            kids_get(c, &k);
            if (k.n == 2) {
                CXCursor a = k.v[0], b = k.v[1];
                kids_free(&k);
                uint32_t mid = new_block(L);
                if (bk == CXBinaryOperator_LAnd) lower_cond(L, a, mid, f);
                else lower_cond(L, a, t, mid);
                L->cur = mid;
                lower_cond(L, b, t, f);
                return;
            }
            kids_free(&k);
        }
        if (bk == CXBinaryOperator_Comma) {
            Kids k;
            kids_get(c, &k);
            if (k.n == 2) {
                CXCursor a = k.v[0], b = k.v[1];
                kids_free(&k);
                lower_rvalue(L, a);
                lower_cond(L, b, t, f);
                return;
            }
            kids_free(&k);
        }
    }
    if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_LNot) {
        CXCursor sub;
        if (last_expr_child(c, &sub)) {
            lower_cond(L, sub, f, t);
            return;
        }
    }
    Expr *e = lower_rvalue(L, c);
    BlockB *b = blk(L, L->cur);
    if (!is_open(L, L->cur)) return; /* unreachable condition */
    if (e->kind == E_INT) {
        set_goto(L, L->cur, e->u.ival ? t : f, loc_of(L, c));
        L->cur = new_block(L);
        return;
    }
    b->closed = true;
    b->b.term = T_BRANCH;
    b->b.cond = e;
    b->b.succ[0] = t;
    b->b.succ[1] = f;
    b->b.term_loc = loc_of(L, c);
    b->b.term_end = end_of(L, c);
    L->cur = new_block(L);
}

/* ---- statements -------------------------------------------------------------- */

static void lower_children(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    for (unsigned i = 0; i < k.n; i++) lower_stmt(L, k.v[i]);
    kids_free(&k);
}

static void lower_vardecl(Lower *L, CXCursor d)
{
    if (clang_Cursor_hasVarDeclGlobalStorage(d) == 1) {
        /* static local: program storage, initialised before any entry */
        Var *g = lookup_var(L, d);
        ptrmap_put(&L->vars, d.data[0], g);
        return;
    }
    Var *v = new_var(L, fe_spelling(d), type_of(L, d), VAR_LOCAL, fe_loc(L->r, clang_getCursorLocation(d)));
    ptrmap_put(&L->vars, d.data[0], v);
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    if (clang_Cursor_isNull(init)) return;
    Loc loc = loc_of(L, d), end = end_of(L, d);
    Expr *target = mk(L, E_VAR, v->type, loc);
    target->u.var = v;
    CXCursor core = init;
    while (clang_getCursorKind(core) == CXCursor_UnexposedExpr) {
        Kids k;
        kids_get(core, &k);
        bool one = k.n == 1;
        CXCursor next = one ? k.v[0] : core;
        kids_free(&k);
        if (!one) break;
        core = next;
    }
    if (clang_getCursorKind(core) == CXCursor_InitListExpr) {
        lower_init_list(L, target, core);
        return;
    }
    Expr *val = lower_rvalue(L, init);
    emit_assign(L, target, val, loc, end);
}

/* Finds the offsets of the two ';' and the ')' of a for header. */
static bool for_header(Lower *L, CXCursor c, unsigned *semi1, unsigned *semi2, unsigned *rparen)
{
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(L->r->tu, clang_getCursorExtent(c), &toks, &n);
    int depth = 0, semis = 0;
    bool ok = false;
    for (unsigned i = 0; i < n; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation) continue;
        CXString s = clang_getTokenSpelling(L->r->tu, toks[i]);
        const char *p = clang_getCString(s);
        unsigned off;
        clang_getFileLocation(clang_getTokenLocation(L->r->tu, toks[i]), NULL, NULL, NULL, &off);
        if (strcmp(p, "(") == 0) depth++;
        else if (strcmp(p, ")") == 0) {
            if (--depth == 0) {
                *rparen = off;
                ok = semis == 2;
                clang_disposeString(s);
                break;
            }
        } else if (strcmp(p, ";") == 0 && depth == 1) {
            if (semis == 0) *semi1 = off;
            else *semi2 = off;
            semis++;
        }
        clang_disposeString(s);
    }
    clang_disposeTokens(L->r->tu, toks, n);
    return ok;
}

static unsigned offset_of(CXCursor c)
{
    unsigned off;
    clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), NULL, NULL, NULL, &off);
    return off;
}

static void lower_loop(Lower *L, CXCursor *init, CXCursor *cond, CXCursor *inc, CXCursor body,
                       bool cond_first, Loc loc)
{
    if (init) lower_stmt(L, *init);
    uint32_t head = new_block(L), bodyb = new_block(L), incb = new_block(L), exit = new_block(L);
    jump_to(L, cond_first ? head : bodyb, loc);
    /* condition */
    L->cur = head;
    blk(L, head)->b.loop_header = true;
    if (cond) lower_cond(L, *cond, bodyb, exit);
    else jump_to(L, bodyb, loc);
    /* body */
    L->cur = bodyb;
    VEC_PUSH(L->break_stack, exit);
    VEC_PUSH(L->continue_stack, incb);
    lower_stmt(L, body);
    L->break_stack.len--;
    L->continue_stack.len--;
    jump_to(L, incb, loc);
    if (inc) lower_rvalue(L, *inc);
    jump_to(L, head, loc);
    L->cur = exit;
}

static void lower_for(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    if (k.n == 0) {
        kids_free(&k);
        return;
    }
    CXCursor body = k.v[k.n - 1];
    CXCursor init, cond, inc;
    bool has_init = false, has_cond = false, has_inc = false;
    unsigned s1 = 0, s2 = 0, rp = 0;
    if (for_header(L, c, &s1, &s2, &rp)) {
        for (unsigned i = 0; i + 1 < k.n; i++) {
            unsigned off = offset_of(k.v[i]);
            if (off < s1) init = k.v[i], has_init = true;
            else if (off < s2) cond = k.v[i], has_cond = true;
            else if (off < rp) inc = k.v[i], has_inc = true;
        }
    } else {
        L->fn->truncated = true;
    }
    kids_free(&k);
    lower_loop(L, has_init ? &init : NULL, has_cond ? &cond : NULL, has_inc ? &inc : NULL, body, true,
               loc_of(L, c));
}

static void lower_switch(Lower *L, CXCursor c)
{
    Kids k;
    kids_get(c, &k);
    if (k.n < 2) {
        kids_free(&k);
        return;
    }
    CXCursor cond = k.v[0], body = k.v[k.n - 1];
    kids_free(&k);
    Expr *scrut = lower_rvalue(L, cond);
    uint32_t disp = L->cur;
    uint32_t exit = new_block(L);
    SwitchCtx *sc = xcalloc(1, sizeof *sc);
    VEC_PUSH(L->switch_stack, sc);
    VEC_PUSH(L->break_stack, exit);
    L->cur = new_block(L); /* code before the first case label is unreachable */
    lower_stmt(L, body);
    jump_to(L, exit, loc_of(L, c));
    L->break_stack.len--;
    L->switch_stack.len--;
    BlockB *d = blk(L, disp);
    d->closed = true;
    d->b.term = T_SWITCH;
    d->b.cond = scrut;
    d->b.succ[0] = sc->has_default ? sc->default_block : exit;
    d->b.ncases = (uint32_t)sc->cases.len;
    d->b.cases = arena_memdup(L->a, sc->cases.data, sc->cases.len * sizeof(SwitchCase));
    d->b.term_loc = loc_of(L, cond);
    d->b.term_end = end_of(L, cond);
    VEC_FREE(sc->cases);
    free(sc);
    L->cur = exit;
}

static uint32_t label_block(Lower *L, const char *name)
{
    for (size_t i = 0; i < L->labels.len; i++)
        if (L->labels.data[i].name == name) return L->labels.data[i].block;
    LabelEnt le = {name, new_block(L)};
    VEC_PUSH(L->labels, le);
    return le.block;
}

static void lower_return(Lower *L, CXCursor c)
{
    CXCursor sub;
    Expr *val = NULL;
    if (last_expr_child(c, &sub)) val = lower_rvalue(L, sub);
    if (is_open(L, L->cur)) {
        BlockB *b = blk(L, L->cur);
        b->closed = true;
        b->b.term = T_RETURN;
        b->b.ret = val;
        b->b.term_loc = loc_of(L, c);
        b->b.term_end = end_of(L, c);
    }
    seal_unreachable(L);
}

static void lower_seh(Lower *L, CXCursor c)
{
    /* __try { A } __except (f) { B }: the handler may run in place of the
       rest of A; modelled as a choice at the start of A. __finally: the
       handler block runs after A. */
    Kids k;
    kids_get(c, &k);
    if (k.n != 2) {
        kids_free(&k);
        return;
    }
    CXCursor body = k.v[0], handler = k.v[1];
    kids_free(&k);
    Loc loc = loc_of(L, c);
    if (clang_getCursorKind(handler) == CXCursor_SEHFinallyStmt) {
        lower_stmt(L, body);
        lower_children(L, handler);
        return;
    }
    uint32_t tryb = new_block(L), handb = new_block(L), join = new_block(L);
    BlockB *b = blk(L, L->cur);
    b->closed = true;
    b->b.term = T_BRANCH;
    b->b.cond = mk(L, E_UNKNOWN, NULL, loc);
    b->b.succ[0] = tryb;
    b->b.succ[1] = handb;
    b->b.term_loc = b->b.term_end = loc;
    blk(L, handb)->b.is_seh_handler = true;
    L->cur = tryb;
    lower_stmt(L, body);
    jump_to(L, join, loc);
    L->cur = handb;
    Kids hk;
    kids_get(handler, &hk);
    if (hk.n >= 1) lower_stmt(L, hk.v[hk.n - 1]);
    kids_free(&hk);
    jump_to(L, join, loc);
    L->cur = join;
}

static void lower_stmt(Lower *L, CXCursor c)
{
    enum CXCursorKind kind = clang_getCursorKind(c);
    Loc loc = loc_of(L, c);
    switch (kind) {
    case CXCursor_CompoundStmt:
        lower_children(L, c);
        return;
    case CXCursor_DeclStmt: {
        Kids k;
        kids_get(c, &k);
        for (unsigned i = 0; i < k.n; i++)
            if (clang_getCursorKind(k.v[i]) == CXCursor_VarDecl) lower_vardecl(L, k.v[i]);
        kids_free(&k);
        return;
    }
    case CXCursor_IfStmt: {
        Kids k;
        kids_get(c, &k);
        if (k.n < 2) {
            kids_free(&k);
            return;
        }
        CXCursor cond = k.v[0], thn = k.v[1], els = k.n > 2 ? k.v[2] : k.v[0];
        bool has_else = k.n > 2;
        kids_free(&k);
        uint32_t bt = new_block(L), bf = new_block(L), join = has_else ? new_block(L) : bf;
        lower_cond(L, cond, bt, bf);
        L->cur = bt;
        lower_stmt(L, thn);
        jump_to(L, join, loc);
        if (has_else) {
            L->cur = bf;
            lower_stmt(L, els);
            jump_to(L, join, loc);
        }
        L->cur = join;
        return;
    }
    case CXCursor_WhileStmt: {
        Kids k;
        kids_get(c, &k);
        if (k.n == 2) {
            CXCursor cond = k.v[0], body = k.v[1];
            kids_free(&k);
            lower_loop(L, NULL, &cond, NULL, body, true, loc);
            return;
        }
        kids_free(&k);
        return;
    }
    case CXCursor_DoStmt: {
        Kids k;
        kids_get(c, &k);
        if (k.n == 2) {
            CXCursor body = k.v[0], cond = k.v[1];
            kids_free(&k);
            lower_loop(L, NULL, &cond, NULL, body, false, loc);
            return;
        }
        kids_free(&k);
        return;
    }
    case CXCursor_ForStmt:
        lower_for(L, c);
        return;
    case CXCursor_SwitchStmt:
        lower_switch(L, c);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        if (!L->switch_stack.len) {
            lower_children(L, c);
            return;
        }
        SwitchCtx *sc = L->switch_stack.data[L->switch_stack.len - 1];
        uint32_t b = new_block(L);
        jump_to(L, b, loc); /* fall through from the previous case */
        Kids k;
        kids_get(c, &k);
        CXCursor sub = k.n ? k.v[k.n - 1] : c;
        bool has_sub = k.n > 0;
        if (kind == CXCursor_DefaultStmt) {
            sc->has_default = true;
            sc->default_block = b;
        } else if (k.n >= 2) {
            int64_t lo = 0, hi;
            if (!eval_int(k.v[0], &lo)) L->fn->truncated = true;
            hi = lo;
            if (k.n == 3 && !eval_int(k.v[1], &hi)) hi = lo;
            SwitchCase scase = {lo, hi, b, loc_of(L, k.v[0]), end_of(L, k.v[0])};
            VEC_PUSH(sc->cases, scase);
        }
        kids_free(&k);
        if (has_sub && kind == CXCursor_DefaultStmt) lower_stmt(L, sub);
        else if (has_sub && kind == CXCursor_CaseStmt) lower_stmt(L, sub);
        return;
    }
    case CXCursor_BreakStmt:
        if (L->break_stack.len) {
            set_goto(L, L->cur, L->break_stack.data[L->break_stack.len - 1], loc);
            seal_unreachable(L);
        }
        return;
    case CXCursor_ContinueStmt:
        if (L->continue_stack.len) {
            set_goto(L, L->cur, L->continue_stack.data[L->continue_stack.len - 1], loc);
            seal_unreachable(L);
        }
        return;
    case CXCursor_ReturnStmt:
        lower_return(L, c);
        return;
    case CXCursor_LabelStmt: {
        uint32_t b = label_block(L, fe_spelling(c));
        jump_to(L, b, loc);
        lower_children(L, c);
        return;
    }
    case CXCursor_GotoStmt: {
        Kids k;
        kids_get(c, &k);
        if (k.n == 1) {
            uint32_t b = label_block(L, fe_spelling(k.v[0]));
            set_goto(L, L->cur, b, loc);
            seal_unreachable(L);
        }
        kids_free(&k);
        return;
    }
    case CXCursor_SEHTryStmt:
        lower_seh(L, c);
        return;
    case CXCursor_SEHLeaveStmt:
    case CXCursor_NullStmt:
    case CXCursor_AsmStmt:
    case CXCursor_MSAsmStmt:
        return;
    case CXCursor_IndirectGotoStmt:
        L->fn->truncated = true;
        seal_unreachable(L);
        return;
    case CXCursor_UnexposedStmt:
        lower_children(L, c);
        return;
    default:
        if (is_expr_kind(kind)) {
            lower_rvalue(L, c);
            return;
        }
        /* declarations of types inside functions etc. carry no code */
        return;
    }
}

/* ---- function ------------------------------------------------------------------ */

static uint32_t nsucc(const Block *b)
{
    switch (b->term) {
    case T_GOTO: return 1;
    case T_BRANCH: return 2;
    case T_SWITCH: return 1 + b->ncases;
    default: return 0;
    }
}

static uint32_t succ_at(const Block *b, uint32_t i)
{
    if (b->term == T_SWITCH && i > 0) return b->cases[i - 1].target;
    return b->succ[i];
}

/* Blocks reached from the entry, and loop headers (targets of back edges in
   a depth-first walk). */
static void mark_reachable(Lower *L, bool *reach)
{
    size_t n = L->blocks.len;
    uint8_t *state = xcalloc(n, 1); /* 0 new, 1 on stack, 2 done */
    uint32_t *stack = xmalloc(sizeof(uint32_t) * (n + 1));
    uint32_t *edge = xcalloc(n, sizeof(uint32_t));
    size_t sp = 0;
    stack[sp++] = 0;
    state[0] = 1;
    reach[0] = true;
    while (sp) {
        uint32_t b = stack[sp - 1];
        const Block *bb = &L->blocks.data[b].b;
        if (edge[b] < nsucc(bb)) {
            uint32_t s = succ_at(bb, edge[b]++);
            if (s >= n) continue;
            if (state[s] == 1) L->blocks.data[s].b.loop_header = true;
            if (state[s] == 0) {
                state[s] = 1;
                reach[s] = true;
                stack[sp++] = s;
            }
        } else {
            state[b] = 2;
            sp--;
        }
    }
    free(state);
    free(stack);
    free(edge);
}

Func *fe_lower_function(FeRun *r, CXCursor def, const char *key)
{
    Lower L;
    memset(&L, 0, sizeof L);
    L.r = r;
    L.a = &r->prog->arena;
    Func *fn = arena_alloc(L.a, sizeof(Func));
    L.fn = fn;
    fn->name = fe_spelling(def);
    fn->key = key;
    fn->is_static = clang_getCursorLinkage(def) == CXLinkage_Internal;
    fn->loc = fe_loc(r, clang_getCursorLocation(def));
    fn->file = fn->loc.file;
    fn->end = fe_loc(r, clang_getRangeEnd(clang_getCursorExtent(def)));
    fn->type = type_of(&L, def);
    fn->typedef_name = fn->type->typedef_name;

    /* Parameters. */
    int np = clang_Cursor_getNumArguments(def);
    for (int i = 0; i < np; i++) {
        CXCursor p = clang_Cursor_getArgument(def, (unsigned)i);
        const char *pn = fe_spelling(p);
        if (!*pn) {
            char buf[16];
            snprintf(buf, sizeof buf, "$arg%d", i);
            pn = intern(buf);
        }
        Var *v = new_var(&L, pn, type_of(&L, p), VAR_PARAM, fe_loc(r, clang_getCursorLocation(p)));
        ptrmap_put(&L.vars, p.data[0], v);
    }

    fn->section = fe_section_for(r, def, &fn->section_loc);

    L.cur = new_block(&L); /* entry = block 0 */
    Kids k;
    kids_get(def, &k);
    for (unsigned i = 0; i < k.n; i++)
        if (clang_getCursorKind(k.v[i]) == CXCursor_CompoundStmt) lower_stmt(&L, k.v[i]);
    kids_free(&k);
    /* Falling off the end returns. */
    if (is_open(&L, L.cur)) {
        BlockB *b = blk(&L, L.cur);
        b->closed = true;
        b->b.term = T_RETURN;
        b->b.term_loc = b->b.term_end = fn->end;
    }
    /* Labels that were jumped to but never defined stay unreachable. */

    /* Keep only reachable blocks, renumbered. */
    size_t n = L.blocks.len;
    bool *reach = xcalloc(n, sizeof(bool));
    mark_reachable(&L, reach);
    uint32_t *renum = xmalloc(sizeof(uint32_t) * n);
    uint32_t kept = 0;
    for (size_t i = 0; i < n; i++) renum[i] = reach[i] ? kept++ : UINT32_MAX;
    fn->blocks = arena_alloc(L.a, sizeof(Block) * (kept ? kept : 1));
    fn->nblocks = kept;
    for (size_t i = 0; i < n; i++) {
        BlockB *bb = &L.blocks.data[i];
        if (reach[i]) {
            Block *b = &fn->blocks[renum[i]];
            *b = bb->b;
            b->id = renum[i];
            b->ninstrs = (uint32_t)bb->instrs.len;
            b->instrs = arena_memdup(L.a, bb->instrs.data, bb->instrs.len * sizeof(Instr));
            if (b->term == T_GOTO) b->succ[0] = renum[b->succ[0]];
            else if (b->term == T_BRANCH) {
                b->succ[0] = renum[b->succ[0]];
                b->succ[1] = renum[b->succ[1]];
            } else if (b->term == T_SWITCH) {
                b->succ[0] = renum[b->succ[0]];
                for (uint32_t j = 0; j < b->ncases; j++) b->cases[j].target = renum[b->cases[j].target];
            }
        }
        VEC_FREE(bb->instrs);
    }
    fn->entry = 0;
    free(reach);
    free(renum);
    fn->params = arena_memdup(L.a, L.params.data, L.params.len * sizeof(Var *));
    fn->nparams = (uint32_t)L.params.len;
    fn->locals = arena_memdup(L.a, L.locals.data, L.locals.len * sizeof(Var *));
    fn->nlocals = (uint32_t)L.locals.len;
    VEC_FREE(L.blocks);
    VEC_FREE(L.break_stack);
    VEC_FREE(L.continue_stack);
    VEC_FREE(L.switch_stack);
    VEC_FREE(L.labels);
    VEC_FREE(L.params);
    VEC_FREE(L.locals);
    ptrmap_free(&L.vars);
    ptrmap_free(&L.typecache);
    return fn;
}
