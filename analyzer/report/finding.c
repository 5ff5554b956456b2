/*
 * finding.c - the Analysis container and stable finding fingerprints.
 *
 * A fingerprint must survive unrelated edits: it hashes the rule, the
 * function, the offending statement's text with whitespace collapsed, and
 * the occurrence index of that (rule, function, text) triple in source
 * order, but never a line number.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/finding.h"

void analysis_init(Analysis *a)
{
    memset(a, 0, sizeof *a);
    arena_init(&a->arena);
}

void analysis_free(Analysis *a)
{
    free(a->findings);
    free(a->entries);
    free(a->rules);
    free(a->notes);
    arena_free(&a->arena);
    memset(a, 0, sizeof *a);
}

Finding *analysis_add(Analysis *a)
{
    if (a->nfindings == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->findings = xrealloc(a->findings, sizeof(Finding) * a->cap);
    }
    Finding *f = &a->findings[a->nfindings++];
    memset(f, 0, sizeof *f);
    return f;
}

void analysis_note(Analysis *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf sb;
    sb_init(&sb);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    a->notes = xrealloc(a->notes, sizeof(char *) * (a->nnotes + 1));
    a->notes[a->nnotes++] = arena_strdup(&a->arena, sb_cstr(&sb));
    sb_free(&sb);
}

static int cmp_loc(const Loc *a, const Loc *b)
{
    if (a->file != b->file) return a->file < b->file ? -1 : 1;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return 0;
}

static const Program *g_sort_prog;

static int cmp_finding(const void *pa, const void *pb)
{
    const Finding *a = pa, *b = pb;
    if (g_sort_prog && a->loc.file != b->loc.file) {
        int c = strcmp(program_loc_path(g_sort_prog, a->loc), program_loc_path(g_sort_prog, b->loc));
        if (c) return c;
    }
    int c = cmp_loc(&a->loc, &b->loc);
    if (c) return c;
    return strcmp(a->rule, b->rule);
}

void analysis_sort(Analysis *a)
{
    sort_array(a->findings, a->nfindings, sizeof(Finding), cmp_finding);
}

const char *severity_name(Severity s)
{
    switch (s) {
    case SEV_ERROR: return "error";
    case SEV_WARNING: return "warning";
    default: return "note";
    }
}

char *source_text_normalised(const Program *p, Loc start, Loc end)
{
    const SourceFile *sf = program_file(p, start.file);
    StrBuf sb;
    sb_init(&sb);
    if (sf && sf->text && end.file == start.file && end.off > start.off && end.off <= sf->len) {
        bool space = false;
        for (uint32_t i = start.off; i < end.off; i++) {
            char c = sf->text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = sb.len > 0;
                continue;
            }
            if (space) sb_putc(&sb, ' ');
            space = false;
            sb_putc(&sb, c);
        }
    } else if (sf && sf->text && start.off < sf->len) {
        /* no range: the rest of the line */
        for (uint32_t i = start.off; i < sf->len && sf->text[i] != '\n'; i++) sb_putc(&sb, sf->text[i]);
    }
    return sb_take(&sb);
}

void finding_fingerprints(const Program *p, Analysis *a)
{
    g_sort_prog = p;
    analysis_sort(a);
    g_sort_prog = NULL;
    char **texts = xcalloc(a->nfindings ? a->nfindings : 1, sizeof(char *));
    for (uint32_t i = 0; i < a->nfindings; i++) texts[i] = source_text_normalised(p, a->findings[i].loc, a->findings[i].end);
    for (uint32_t i = 0; i < a->nfindings; i++) {
        Finding *f = &a->findings[i];
        uint32_t occurrence = 0;
        for (uint32_t j = 0; j < i; j++) {
            const Finding *g = &a->findings[j];
            if (g->rule == f->rule && g->function && f->function && strcmp(g->function, f->function) == 0 &&
                strcmp(texts[i], texts[j]) == 0)
                occurrence++;
        }
        StrBuf key;
        sb_init(&key);
        sb_printf(&key, "%s\n%s\n%s\n%s\n%u", f->rule, f->function ? f->function : "",
                  program_loc_path(p, f->loc), texts[i], occurrence);
        uint64_t h1 = hash_bytes(key.data, key.len, 0x1f2e3d4c);
        uint64_t h2 = hash_bytes(key.data, key.len, 0x9a8b7c6d);
        snprintf(f->fingerprint, sizeof f->fingerprint, "%016llx%016llx", (unsigned long long)h1,
                 (unsigned long long)h2);
        sb_free(&key);
    }
    for (uint32_t i = 0; i < a->nfindings; i++) free(texts[i]);
    free(texts);
}
