/*
 * expect.c - reading drvlint-expect markers and scoring findings against
 * them (see expect.h for the marker syntax).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "expect/expect.h"

static const char MARK[] = "drvlint-expect";

static void push(Expectation **v, uint32_t *n, uint32_t *cap, Expectation e)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = xrealloc(*v, sizeof(Expectation) * *cap);
    }
    (*v)[(*n)++] = e;
}

/* Parses the text after "drvlint-expect" on one line. */
static void parse_marker(const char *p, const char *eol, uint32_t file, uint32_t line, Expectation **v, uint32_t *n,
                         uint32_t *cap)
{
    bool gap = false;
    if (strncmp(p, "-gap", 4) == 0) {
        gap = true;
        p += 4;
    }
    if (*p != ':') return;
    p++;
    /* rule ids up to the end of the comment or " -- reason" */
    const char *end = eol;
    const char *close = NULL;
    for (const char *q = p; q + 1 < eol; q++)
        if (q[0] == '*' && q[1] == '/') {
            close = q;
            break;
        }
    if (close) end = close;
    const char *reason = NULL;
    size_t reason_len = 0;
    for (const char *q = p; q + 1 < end; q++)
        if (q[0] == '-' && q[1] == '-') {
            reason = q + 2;
            reason_len = (size_t)(end - reason);
            end = q;
            break;
        }
    while (p < end) {
        while (p < end && (isspace((unsigned char)*p) || *p == ',')) p++;
        const char *st = p;
        while (p < end && (isalnum((unsigned char)*p) || *p == '-' || *p == '_')) p++;
        if (p == st) {
            p++;
            continue;
        }
        Expectation e;
        memset(&e, 0, sizeof e);
        e.file = file;
        e.line = line;
        e.rule = intern_n(st, (size_t)(p - st));
        e.gap = gap;
        if (reason) {
            while (reason_len && isspace((unsigned char)*reason)) reason++, reason_len--;
            while (reason_len && isspace((unsigned char)reason[reason_len - 1])) reason_len--;
            e.reason = intern_n(reason, reason_len);
        }
        push(v, n, cap, e);
    }
}

uint32_t expect_collect(const Program *p, Expectation **out)
{
    Expectation *v = NULL;
    uint32_t n = 0, cap = 0;
    for (uint32_t f = 0; f < p->nfiles; f++) {
        const SourceFile *sf = &p->files[f];
        if (!sf->text) continue;
        uint32_t line = 1;
        const char *s = sf->text, *end = sf->text + sf->len;
        while (s < end) {
            const char *eol = memchr(s, '\n', (size_t)(end - s));
            if (!eol) eol = end;
            const char *m = s;
            while ((m = memmem(m, (size_t)(eol - m), MARK, sizeof MARK - 1)) != NULL) {
                if (!program_line_skipped(p, f, line)) parse_marker(m + sizeof MARK - 1, eol, f, line, &v, &n, &cap);
                m += sizeof MARK - 1;
            }
            s = eol + 1;
            line++;
        }
    }
    *out = v;
    return n;
}

static void add(Score *s, Outcome o, const char *rule, uint32_t file, uint32_t line, const char *msg)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->items = xrealloc(s->items, sizeof(ScoreItem) * s->cap);
    }
    ScoreItem it = {o, rule, file, line, msg};
    s->items[s->n++] = it;
}

void expect_score(const Program *p, const Analysis *a, const RuleSet *rules, Expectation *ex, uint32_t nex,
                  Score *out)
{
    (void)p;
    for (uint32_t i = 0; i < nex; i++) ex[i].matched = false;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Finding *f = &a->findings[i];
        if (f->suppressed) continue;
        Expectation *hit = NULL;
        for (uint32_t k = 0; k < nex && !hit; k++)
            if (!ex[k].matched && ex[k].rule == f->rule && ex[k].file == f->loc.file && ex[k].line == f->loc.line)
                hit = &ex[k];
        if (hit) {
            hit->matched = true;
            add(out, hit->gap ? OUT_GAP_FIXED : OUT_TP, f->rule, f->loc.file, f->loc.line, f->message);
        } else {
            add(out, OUT_FP, f->rule, f->loc.file, f->loc.line, f->message);
        }
    }
    for (uint32_t k = 0; k < nex; k++) {
        if (ex[k].matched) continue;
        const RuleInfo *ri = rules ? rules_find(rules, ex[k].rule) : NULL;
        Outcome o = !ri ? OUT_UNIMPLEMENTED : ex[k].gap ? OUT_GAP : OUT_FN;
        add(out, o, ex[k].rule, ex[k].file, ex[k].line, ex[k].reason);
    }
}

void score_free(Score *s)
{
    free(s->items);
    memset(s, 0, sizeof *s);
}

bool score_ok(const Score *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->items[i].outcome == OUT_FP || s->items[i].outcome == OUT_FN) return false;
    return true;
}

const char *outcome_name(Outcome o)
{
    switch (o) {
    case OUT_TP: return "found";
    case OUT_FP: return "unexpected";
    case OUT_FN: return "missed";
    case OUT_GAP: return "known gap";
    case OUT_GAP_FIXED: return "gap now found";
    case OUT_UNIMPLEMENTED: return "rule not implemented";
    }
    return "?";
}
