/*
 * fe_internal.h - shared state of the front end's files (private to
 * analyzer/frontend/). parse.c drives libclang and owns the per-run state;
 * lower.c turns bodies into IR; annotations.c collects annotate attributes;
 * sections.c reads #pragma alloc_text / code_seg; discover.c finds roles.
 */
#ifndef DRVLINT_FE_INTERNAL_H
#define DRVLINT_FE_INTERNAL_H

#include <clang-c/Index.h>

#include "frontend/frontend.h"
#include "program/roles.h"

/* Annotation strings collected for one function across all its
   declarations, deduplicated; turned into a Contract after all TUs. */
typedef struct AnnotList {
    const char **texts;   /* interned */
    int16_t *params;      /* -1 for the function itself */
    uint32_t n, cap;
    const char **param_names;
    uint32_t nparams;
    const char *typedef_name;
    Loc loc;
    bool has_loc;
} AnnotList;

/* Per-run front end state. */
typedef struct FeRun {
    const FrontendOptions *opts;
    Program *prog;
    CXIndex index;
    PtrMap file_ids;            /* interned absolute path -> (id + 1) */
    PtrMap annots;              /* interned link key -> AnnotList* */
    PtrMap typedef_contracts;   /* interned typedef name -> Contract* (also in prog) */
    PtrMap types;               /* interned spelling -> Type* */
    VEC(Func *) funcs;
    VEC(Var *) globals;
    const char *root_abs;
    PtrMap section_marks;       /* (file id + 1) -> FileMarks* (sections.c) */
    /* Current translation unit. */
    CXTranslationUnit tu;
    uint32_t tu_file;           /* file id of the TU's main file */
} FeRun;

/* parse.c */
uint32_t fe_file_id(FeRun *r, CXFile f);
Loc fe_loc(FeRun *r, CXSourceLocation sl);
bool fe_in_driver(FeRun *r, CXSourceLocation sl);
Type *fe_type(FeRun *r, CXType t);
/* One level of typedef/elaborated sugar off, keeping the sugar below. */
CXType fe_desugar_once(CXType t);
const char *fe_spelling(CXCursor c);   /* interned cursor spelling */
const char *fe_link_key(FeRun *r, CXCursor fn);

/* Children of a cursor, collected into a caller-provided array. */
typedef struct Kids {
    CXCursor *v;
    unsigned n, cap;
    CXCursor inline_buf[8];
} Kids;
void kids_get(CXCursor c, Kids *k);
void kids_free(Kids *k);

/* annotations.c */
void fe_collect_decl_annotations(FeRun *r, CXCursor fn, const char *key);
Contract *fe_contract_from_cursor(FeRun *r, CXCursor decl, const char *name);
Contract *fe_typedef_contract(FeRun *r, CXType fntype);
Contract *fe_build_contract(FeRun *r, AnnotList *al, const char *name);
Contract *fe_external_contract(FeRun *r, CXCursor fndecl);

/* sections.c */
typedef struct SectionMark {
    const char *func;       /* interned function name (alloc_text) or NULL */
    const char *section;    /* interned section name, NULL = reset */
    uint32_t offset;        /* byte offset of the pragma in its file */
    Loc loc;
} SectionMark;
void fe_scan_sections(FeRun *r, CXFile file, uint32_t file_id);
const char *fe_section_for(FeRun *r, CXCursor fn, Loc *where);
const char *fe_declspec_code_seg(CXTranslationUnit tu, CXCursor fn);
void fe_free_sections(FeRun *r);

/* lower.c */
Func *fe_lower_function(FeRun *r, CXCursor def, const char *key);

/* discover.c */
void fe_discover(FeRun *r);
/* A function that plays a role without being declared with the role's
   typedef (registered by IoSetCancelRoutine ...) gets what the typedef
   promises and requires, where its own annotations are silent. */
void fe_apply_role_contract(FeRun *r, Func *f, const char *typedef_name);

#endif /* DRVLINT_FE_INTERNAL_H */
