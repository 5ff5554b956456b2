/*
 * annotations.c - reading "drvlint:" annotate attributes from declarations.
 *
 * A driver function may be declared several times (a prototype with
 * annotations in a header, the definition with _Use_decl_annotations_), so
 * annotation strings are collected per link key across all declarations of
 * all translation units, deduplicated, and turned into one Contract after
 * parsing. Kernel routines (declared in include/) and callback typedefs get
 * their contract the first time a call or a declaration refers to them.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_internal.h"

static void annot_add(AnnotList *al, const char *text, int param)
{
    for (uint32_t i = 0; i < al->n; i++)
        if (al->texts[i] == text && al->params[i] == param) return;
    if (al->n == al->cap) {
        al->cap = al->cap ? al->cap * 2 : 8;
        al->texts = xrealloc(al->texts, sizeof(char *) * al->cap);
        al->params = xrealloc(al->params, sizeof(int16_t) * al->cap);
    }
    al->texts[al->n] = text;
    al->params[al->n] = (int16_t)param;
    al->n++;
}

typedef struct Collect {
    FeRun *r;
    AnnotList *al;
    int param;
    int nparams;
    const char *names[64];
} Collect;

static enum CXChildVisitResult collect_param(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Collect *cl = d;
    if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) annot_add(cl->al, fe_spelling(c), cl->param);
    return CXChildVisit_Continue;
}

static enum CXChildVisitResult collect_fn(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Collect *cl = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_AnnotateAttr) {
        annot_add(cl->al, fe_spelling(c), -1);
    } else if (k == CXCursor_ParmDecl) {
        if (cl->nparams < 64) cl->names[cl->nparams] = fe_spelling(c);
        cl->param = cl->nparams++;
        clang_visitChildren(c, collect_param, cl);
    }
    return CXChildVisit_Continue;
}

/* The typedef a function was declared with (DRIVER_DISPATCH Foo;), if any. */
static CXCursor fn_typedef_decl(CXCursor fn)
{
    CXType t = clang_getCursorType(fn);
    for (int i = 0; i < 4; i++) {
        if (t.kind == CXType_Elaborated) {
            t = clang_Type_getNamedType(t);
            continue;
        }
        if (t.kind == CXType_Attributed) {
            t = clang_Type_getModifiedType(t);
            continue;
        }
        break;
    }
    if (t.kind == CXType_Typedef) return clang_getTypeDeclaration(t);
    return clang_getNullCursor();
}

static void collect_into(FeRun *r, CXCursor fn, AnnotList *al)
{
    Collect cl;
    memset(&cl, 0, sizeof cl);
    cl.r = r;
    cl.al = al;
    uint32_t before = al->n;
    clang_visitChildren(fn, collect_fn, &cl);
    /* Prefer the parameter names of the declaration with the most of them
       (a definition names all its parameters). */
    if (cl.nparams > 0 && (uint32_t)cl.nparams >= al->nparams) {
        int np = cl.nparams < 64 ? cl.nparams : 64;
        al->param_names = arena_memdup(&r->prog->arena, cl.names, sizeof(char *) * (size_t)np);
        al->nparams = (uint32_t)np;
    }
    CXCursor td = clang_getCursorKind(fn) == CXCursor_FunctionDecl ? fn_typedef_decl(fn) : clang_getNullCursor();
    if (!clang_Cursor_isNull(td)) {
        al->typedef_name = fe_spelling(td);
        fe_contract_from_cursor(r, td, al->typedef_name);
        /* A function declared through a typedef has its parameters there. */
        if (al->nparams == 0) {
            Collect tc;
            memset(&tc, 0, sizeof tc);
            AnnotList scratch;
            memset(&scratch, 0, sizeof scratch);
            tc.al = &scratch;
            clang_visitChildren(td, collect_fn, &tc);
            int np = tc.nparams < 64 ? tc.nparams : 64;
            if (np) {
                al->param_names = arena_memdup(&r->prog->arena, tc.names, sizeof(char *) * (size_t)np);
                al->nparams = (uint32_t)np;
            }
            free(scratch.texts);
            free(scratch.params);
        }
    }
    if (al->n > before && !al->has_loc) {
        al->loc = fe_loc(r, clang_getCursorLocation(fn));
        al->has_loc = true;
    }
}

void fe_collect_decl_annotations(FeRun *r, CXCursor fn, const char *key)
{
    AnnotList *al = ptrmap_get(&r->annots, key);
    if (!al) {
        al = xcalloc(1, sizeof *al);
        ptrmap_put(&r->annots, key, al);
    }
    collect_into(r, fn, al);
    if (!al->has_loc && clang_isCursorDefinition(fn)) al->loc = fe_loc(r, clang_getCursorLocation(fn));
}

/* Copies what the role typedef says where the function itself is silent. */
static void merge_typedef(Contract *c, const Contract *td)
{
    if (!td) return;
    if (c->irql_max.kind == IRQL_UNSET) c->irql_max = td->irql_max;
    if (c->irql_min.kind == IRQL_UNSET) c->irql_min = td->irql_min;
    if (!c->irql_same) c->irql_same = td->irql_same;
    if (!c->is_cancel) c->is_cancel = td->is_cancel;
    if (c->uses_cancel_param < 0) c->uses_cancel_param = td->uses_cancel_param;
    if (!c->function_class) c->function_class = td->function_class;
    if (!c->nirql && td->nirql) {
        c->irql = td->irql;
        c->nirql = td->nirql;
    }
    if (!c->nlocks && td->nlocks) {
        c->locks = td->locks;
        c->nlocks = td->nlocks;
    }
    if (c->clear_do_init < 0) c->clear_do_init = td->clear_do_init;
    if (c->succeeds_if_param < 0) c->succeeds_if_param = td->succeeds_if_param;
    c->annotated = c->annotated || td->annotated;
}

Contract *fe_build_contract(FeRun *r, AnnotList *al, const char *name)
{
    Arena *a = &r->prog->arena;
    Contract *c = arena_alloc(a, sizeof(Contract));
    c->name = name;
    c->uses_cancel_param = -1;
    c->clear_do_init = -1;
    c->succeeds_if_param = -1;
    if (!al) return c;
    c->param_names = al->param_names;
    c->nparams = al->nparams;
    c->loc = al->loc;
    for (uint32_t i = 0; i < al->n; i++) {
        const char *err = NULL;
        if (!contract_add_annotation(a, c, al->texts[i], al->params[i], &err) && err) {
            /* A malformed annotation is the driver's problem, not ours: note
               it as a warning on the declaration and carry on. */
            if (r->prog->nfiles > al->loc.file) {
                SourceFile *sf = &r->prog->files[al->loc.file];
                sf->diags = xrealloc(sf->diags, sizeof(Diag) * (sf->ndiags + 1));
                Diag d = {DIAG_WARNING, al->loc.line, al->loc.col,
                          arena_printf(a, "drvlint: %s: '%s' on %s", err, al->texts[i], name), sf->path};
                sf->diags[sf->ndiags++] = d;
            }
        }
    }
    if (al->typedef_name) merge_typedef(c, ptrmap_get(&r->prog->contract_by_name, al->typedef_name));
    return c;
}

void fe_apply_role_contract(FeRun *r, Func *f, const char *typedef_name)
{
    const Contract *td = ptrmap_get(&r->prog->contract_by_name, typedef_name);
    if (!td || (f->contract && f->contract->function_class)) return;
    if (!f->contract) f->contract = fe_build_contract(r, NULL, f->name);
    merge_typedef(f->contract, td);
}

Contract *fe_contract_from_cursor(FeRun *r, CXCursor decl, const char *name)
{
    Contract *have = ptrmap_get(&r->prog->contract_by_name, name);
    if (have) return have;
    AnnotList al;
    memset(&al, 0, sizeof al);
    collect_into(r, decl, &al);
    CXCursor canon = clang_getCanonicalCursor(decl);
    if (!clang_equalCursors(canon, decl)) collect_into(r, canon, &al);
    if (!al.has_loc) al.loc = fe_loc(r, clang_getCursorLocation(decl));
    Contract *c = fe_build_contract(r, &al, name);
    free(al.texts);
    free(al.params);
    ptrmap_put(&r->prog->contract_by_name, name, c);
    return c;
}

Contract *fe_typedef_contract(FeRun *r, CXType fntype)
{
    CXType t = fntype;
    for (int i = 0; i < 4 && t.kind == CXType_Elaborated; i++) t = clang_Type_getNamedType(t);
    if (t.kind != CXType_Typedef) return NULL;
    CXCursor td = clang_getTypeDeclaration(t);
    return fe_contract_from_cursor(r, td, fe_spelling(td));
}

Contract *fe_external_contract(FeRun *r, CXCursor fndecl)
{
    const char *name = fe_spelling(fndecl);
    /* Driver functions get their contract from all their declarations at
       link time; only routines declared outside the driver land here. */
    if (fe_in_driver(r, clang_getCursorLocation(fndecl)) && r->annots.cap &&
        ptrmap_get(&r->annots, fe_link_key(r, fndecl)))
        return NULL;
    return fe_contract_from_cursor(r, fndecl, name);
}
