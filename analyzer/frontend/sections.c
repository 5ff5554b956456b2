/*
 * sections.c - where a function's code lives: #pragma alloc_text,
 * #pragma code_seg and __declspec(code_seg(...)).
 *
 * Pragmas are not in libclang's AST, so each driver file is tokenized once
 * and the pragmas are read from the tokens, skipping ranges the
 * preprocessor skipped (#ifdef ALLOC_PRAGMA ... #endif is honoured).
 * Marks are kept per file in source order. A function gets the section of
 * an alloc_text naming it, else of a __declspec(code_seg) on one of its
 * declarations, else of the last #pragma code_seg before its definition in
 * the same file.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_internal.h"

typedef struct FileMarks {
    VEC(SectionMark) marks;
} FileMarks;

typedef struct Tok {
    const char *s;        /* interned spelling */
    CXTokenKind kind;
    unsigned off;
    CXSourceLocation loc;
} Tok;

static bool in_skipped(const CXSourceRangeList *sk, unsigned off)
{
    for (unsigned i = 0; sk && i < sk->count; i++) {
        unsigned a, b;
        clang_getFileLocation(clang_getRangeStart(sk->ranges[i]), NULL, NULL, NULL, &a);
        clang_getFileLocation(clang_getRangeEnd(sk->ranges[i]), NULL, NULL, NULL, &b);
        if (off >= a && off < b) return true;
    }
    return false;
}

static const char *unquote(const char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '"' && s[n - 1] == '"') return intern_n(s + 1, n - 2);
    if (n >= 3 && s[0] == 'L' && s[1] == '"' && s[n - 1] == '"') return intern_n(s + 2, n - 3);
    return intern(s);
}

static FileMarks *marks_of(FeRun *r, uint32_t fid, bool create)
{
    FileMarks *fm = ptrmap_get(&r->section_marks, (void *)(uintptr_t)(fid + 1));
    if (!fm && create) {
        fm = xcalloc(1, sizeof *fm);
        ptrmap_put(&r->section_marks, (void *)(uintptr_t)(fid + 1), fm);
    }
    return fm;
}

/* Reads "#pragma NAME ( args )" starting at toks[i] == "#". Returns the index
   after the pragma, or i + 1 if it is not one we read. */
static unsigned read_pragma(FeRun *r, uint32_t fid, Tok *t, unsigned n, unsigned i, const char **cur,
                            const char **stack, unsigned *sp)
{
    if (i + 3 >= n || t[i + 1].s != intern("pragma")) return i + 1;
    const char *what = t[i + 2].s;
    bool alloc = what == intern("alloc_text"), seg = what == intern("code_seg");
    if ((!alloc && !seg) || t[i + 3].s != intern("(")) return i + 1;
    /* collect args up to the matching ')' */
    const char *args[64];
    Tok *argt[64];
    unsigned na = 0, j = i + 4;
    int depth = 1;
    for (; j < n && depth > 0; j++) {
        if (t[j].s == intern("(")) depth++;
        else if (t[j].s == intern(")")) {
            if (--depth == 0) break;
        } else if (t[j].s != intern(",") && na < 64) {
            args[na] = t[j].s;
            argt[na] = &t[j];
            na++;
        }
    }
    FileMarks *fm = marks_of(r, fid, true);
    Loc loc = fe_loc(r, t[i].loc);
    if (alloc) {
        if (na >= 2) {
            const char *section = unquote(args[0]);
            for (unsigned k = 1; k < na; k++) {
                SectionMark m = {argt[k]->s, section, t[i].off, loc};
                VEC_PUSH(fm->marks, m);
            }
        }
    } else {
        /* code_seg(), code_seg("S"), code_seg(push[, id][, "S"]), code_seg(pop[, id]) */
        const char *name = NULL;
        bool push = na > 0 && args[0] == intern("push");
        bool pop = na > 0 && args[0] == intern("pop");
        for (unsigned k = 0; k < na; k++)
            if (argt[k]->kind == CXToken_Literal) name = unquote(args[k]);
        if (pop) {
            *cur = *sp ? stack[--*sp] : NULL;
        } else {
            if (push && *sp < 32) stack[(*sp)++] = *cur;
            if (name || !push) *cur = name;
        }
        SectionMark m = {NULL, *cur, t[i].off, loc};
        VEC_PUSH(fm->marks, m);
    }
    return j + 1;
}

/* Records which lines the preprocessor skipped in this file. */
static void record_skipped(FeRun *r, CXFile file, uint32_t fid)
{
    SourceFile *sf = &r->prog->files[fid];
    if (sf->skipped_known) return;
    sf->skipped_known = true;
    CXSourceRangeList *sk = clang_getSkippedRanges(r->tu, file);
    if (!sk) return;
    sf->skipped = xmalloc(sizeof(uint32_t) * 2 * (sk->count ? sk->count : 1));
    for (unsigned i = 0; i < sk->count; i++) {
        unsigned a, b;
        clang_getSpellingLocation(clang_getRangeStart(sk->ranges[i]), NULL, &a, NULL, NULL);
        clang_getSpellingLocation(clang_getRangeEnd(sk->ranges[i]), NULL, &b, NULL, NULL);
        sf->skipped[2 * sf->nskipped] = a;
        sf->skipped[2 * sf->nskipped + 1] = b;
        sf->nskipped++;
    }
    clang_disposeSourceRangeList(sk);
}

static void scan_file(FeRun *r, CXFile file, uint32_t fid)
{
    record_skipped(r, file, fid);
    if (marks_of(r, fid, false)) return; /* already scanned (headers) */
    marks_of(r, fid, true);
    size_t size = 0;
    const char *text = clang_getFileContents(r->tu, file, &size);
    if (!text || !size) return;
    /* Cheap pre-check: no pragma we read, nothing to tokenize. */
    if (!memmem(text, size, "alloc_text", 10) && !memmem(text, size, "code_seg", 8)) return;
    CXSourceRange range = clang_getRange(clang_getLocationForOffset(r->tu, file, 0),
                                         clang_getLocationForOffset(r->tu, file, (unsigned)size));
    CXToken *ct = NULL;
    unsigned n = 0;
    clang_tokenize(r->tu, range, &ct, &n);
    CXSourceRangeList *sk = clang_getSkippedRanges(r->tu, file);
    Tok *t = xmalloc(sizeof(Tok) * (n ? n : 1));
    for (unsigned i = 0; i < n; i++) {
        CXString s = clang_getTokenSpelling(r->tu, ct[i]);
        t[i].s = intern(clang_getCString(s));
        clang_disposeString(s);
        t[i].kind = clang_getTokenKind(ct[i]);
        t[i].loc = clang_getTokenLocation(r->tu, ct[i]);
        clang_getFileLocation(t[i].loc, NULL, NULL, NULL, &t[i].off);
    }
    const char *cur = NULL, *stack[32];
    unsigned sp = 0;
    const char *hash = intern("#");
    for (unsigned i = 0; i < n;) {
        if (t[i].s == hash && !in_skipped(sk, t[i].off)) i = read_pragma(r, fid, t, n, i, &cur, stack, &sp);
        else i++;
    }
    free(t);
    clang_disposeSourceRangeList(sk);
    clang_disposeTokens(r->tu, ct, n);
}

typedef struct IncCtx {
    FeRun *r;
} IncCtx;

static void visit_inclusion(CXFile inc, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
    (void)stack;
    (void)depth;
    IncCtx *ic = d;
    CXSourceLocation where = clang_getLocationForOffset(ic->r->tu, inc, 0);
    if (!fe_in_driver(ic->r, where)) return;
    scan_file(ic->r, inc, fe_file_id(ic->r, inc));
}

void fe_scan_sections(FeRun *r, CXFile file, uint32_t file_id)
{
    scan_file(r, file, file_id);
    IncCtx ic = {r};
    clang_getInclusions(r->tu, visit_inclusion, &ic);
}

/* Section named by __declspec(code_seg("X")) on a declaration, or NULL. */
const char *fe_declspec_code_seg(CXTranslationUnit tu, CXCursor fn)
{
    Kids k;
    kids_get(fn, &k);
    const char *found = NULL;
    for (unsigned i = 0; i < k.n && !found; i++) {
        if (clang_getCursorKind(k.v[i]) != CXCursor_UnexposedAttr) continue;
        CXToken *ct = NULL;
        unsigned n = 0;
        clang_tokenize(tu, clang_getCursorExtent(k.v[i]), &ct, &n);
        for (unsigned j = 0; j + 2 < n && !found; j++) {
            CXString s = clang_getTokenSpelling(tu, ct[j]);
            bool is_seg = strcmp(clang_getCString(s), "code_seg") == 0;
            clang_disposeString(s);
            if (!is_seg) continue;
            for (unsigned m = j + 1; m < n; m++) {
                if (clang_getTokenKind(ct[m]) == CXToken_Literal) {
                    CXString v = clang_getTokenSpelling(tu, ct[m]);
                    found = unquote(clang_getCString(v));
                    clang_disposeString(v);
                    break;
                }
            }
        }
        clang_disposeTokens(tu, ct, n);
    }
    kids_free(&k);
    return found;
}

const char *fe_section_for(FeRun *r, CXCursor fn, Loc *where)
{
    const char *name = fe_spelling(fn);
    /* 1. #pragma alloc_text naming the function, in any scanned file. */
    for (size_t i = 0; i < r->section_marks.cap; i++) {
        if (!r->section_marks.keys[i]) continue;
        FileMarks *fm = r->section_marks.vals[i];
        for (size_t j = 0; j < fm->marks.len; j++) {
            SectionMark *m = &fm->marks.data[j];
            if (m->func == name) {
                *where = m->loc;
                return m->section;
            }
        }
    }
    /* 2. __declspec(code_seg("...")) on this or the first declaration. */
    const char *ds = fe_declspec_code_seg(r->tu, fn);
    CXCursor canon = clang_getCanonicalCursor(fn);
    if (!ds && !clang_equalCursors(canon, fn)) ds = fe_declspec_code_seg(r->tu, canon);
    if (ds) {
        *where = fe_loc(r, clang_getCursorLocation(fn));
        return ds;
    }
    /* 3. The last #pragma code_seg before the definition in its file. */
    Loc at = fe_loc(r, clang_getCursorLocation(fn));
    FileMarks *fm = marks_of(r, at.file, false);
    const char *sec = NULL;
    if (fm) {
        for (size_t j = 0; j < fm->marks.len; j++) {
            SectionMark *m = &fm->marks.data[j];
            if (m->func || m->offset > at.off) continue;
            sec = m->section;
            *where = m->loc;
        }
    }
    return sec;
}

void fe_free_sections(FeRun *r)
{
    for (size_t i = 0; i < r->section_marks.cap; i++) {
        if (!r->section_marks.keys[i]) continue;
        FileMarks *fm = r->section_marks.vals[i];
        VEC_FREE(fm->marks);
        free(fm);
    }
    ptrmap_free(&r->section_marks);
}
