/*
 * ir.c - IR construction helpers and a readable dump of functions, used by
 * `drvlint dump-ir` and by the front end's tests.
 */
#include "ir/ir.h"

#include <string.h>

Expr *ir_expr(Arena *a, ExprKind k, Type *t, Loc loc)
{
    Expr *e = arena_alloc(a, sizeof(Expr));
    e->kind = k;
    e->type = t;
    e->loc = loc;
    return e;
}

Expr *ir_int(Arena *a, int64_t v, Type *t, Loc loc)
{
    Expr *e = ir_expr(a, E_INT, t, loc);
    e->u.ival = v;
    return e;
}

bool ir_is_pageable_section(const char *section)
{
    return section && strncmp(section, "PAGE", 4) == 0;
}

const char *ir_op_name(Op op)
{
    static const char *names[] = {"?", "+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^",
                                  "==", "!=", "<", "<=", ">", ">=", "-", "~", "!"};
    return (unsigned)op < sizeof names / sizeof names[0] ? names[op] : "?";
}

void ir_dump_expr(const Expr *e, StrBuf *out)
{
    if (!e) {
        sb_puts(out, "<null>");
        return;
    }
    switch (e->kind) {
    case E_INT: sb_printf(out, "%lld", (long long)e->u.ival); break;
    case E_STR: sb_puts(out, e->u.str); break;
    case E_VAR: sb_puts(out, e->u.var->name); break;
    case E_FUNC: sb_printf(out, "&%s%s", e->u.fn.fname, e->u.fn.func ? "" : "?"); break;
    case E_MEMBER:
        if (e->u.mem.base->kind == E_DEREF) {
            ir_dump_expr(e->u.mem.base->u.sub, out);
            sb_printf(out, "->%s", e->u.mem.field);
        } else {
            ir_dump_expr(e->u.mem.base, out);
            sb_printf(out, ".%s", e->u.mem.field);
        }
        break;
    case E_INDEX:
        ir_dump_expr(e->u.bin.a, out);
        sb_putc(out, '[');
        ir_dump_expr(e->u.bin.b, out);
        sb_putc(out, ']');
        break;
    case E_DEREF: sb_puts(out, "*("); ir_dump_expr(e->u.sub, out); sb_putc(out, ')'); break;
    case E_ADDR: sb_puts(out, "&("); ir_dump_expr(e->u.sub, out); sb_putc(out, ')'); break;
    case E_UNARY: sb_puts(out, ir_op_name(e->op)); sb_putc(out, '('); ir_dump_expr(e->u.sub, out); sb_putc(out, ')'); break;
    case E_BINARY:
        sb_putc(out, '(');
        ir_dump_expr(e->u.bin.a, out);
        sb_printf(out, " %s ", ir_op_name(e->op));
        ir_dump_expr(e->u.bin.b, out);
        sb_putc(out, ')');
        break;
    case E_CAST:
        sb_printf(out, "(%s)", e->type ? e->type->spelling : "?");
        ir_dump_expr(e->u.sub, out);
        break;
    case E_UNKNOWN: sb_puts(out, "<unknown>"); break;
    }
}

void ir_dump_func(const Func *f, StrBuf *out)
{
    sb_printf(out, "function %s (%u params, %u locals)%s%s\n", f->name, f->nparams, f->nlocals,
              f->section ? " section " : "", f->section ? f->section : "");
    for (uint32_t i = 0; i < f->nblocks; i++) {
        const Block *b = &f->blocks[i];
        sb_printf(out, "  b%u:%s\n", b->id, b->loop_header ? " (loop header)" : "");
        for (uint32_t j = 0; j < b->ninstrs; j++) {
            const Instr *in = &b->instrs[j];
            sb_printf(out, "    %u:%u  ", in->loc.line, in->loc.col);
            if (in->kind == I_ASSIGN) {
                ir_dump_expr(in->lhs, out);
                sb_puts(out, " = ");
                ir_dump_expr(in->rhs, out);
            } else {
                if (in->lhs) {
                    ir_dump_expr(in->lhs, out);
                    sb_puts(out, " = ");
                }
                sb_puts(out, "call ");
                ir_dump_expr(in->callee, out);
                sb_putc(out, '(');
                for (uint32_t a = 0; a < in->nargs; a++) {
                    if (a) sb_puts(out, ", ");
                    ir_dump_expr(in->args[a], out);
                }
                sb_putc(out, ')');
            }
            sb_putc(out, '\n');
        }
        sb_puts(out, "    ");
        switch (b->term) {
        case T_GOTO: sb_printf(out, "goto b%u", b->succ[0]); break;
        case T_BRANCH:
            sb_puts(out, "if ");
            ir_dump_expr(b->cond, out);
            sb_printf(out, " then b%u else b%u", b->succ[0], b->succ[1]);
            break;
        case T_SWITCH:
            sb_puts(out, "switch ");
            ir_dump_expr(b->cond, out);
            for (uint32_t c = 0; c < b->ncases; c++) sb_printf(out, " [%lld]->b%u", (long long)b->cases[c].lo, b->cases[c].target);
            sb_printf(out, " default->b%u", b->succ[0]);
            break;
        case T_RETURN:
            sb_puts(out, "return");
            if (b->ret) {
                sb_putc(out, ' ');
                ir_dump_expr(b->ret, out);
            }
            break;
        case T_UNREACHABLE: sb_puts(out, "unreachable"); break;
        }
        sb_putc(out, '\n');
    }
}
