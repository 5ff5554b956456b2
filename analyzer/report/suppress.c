/*
 * suppress.c - suppressions written in the source (see suppress.h).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "report/suppress.h"

static const char *skip_ws(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
    return s;
}

static bool word(const char **s, const char *e, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(e - *s) < n || strncmp(*s, w, n) != 0) return false;
    if (*s + n < e && (isalnum((unsigned char)(*s)[n]) || (*s)[n] == '_')) return false;
    *s += n;
    return true;
}

/* Trimmed copy of [s, e) without a trailing comment close; NULL if empty. */
static char *reason(const char *s, const char *e)
{
    s = skip_ws(s, e);
    while (s < e && (*s == ':' || *s == '-')) s++;
    s = skip_ws(s, e);
    const char *close = NULL;
    for (const char *q = s; q + 1 < e; q++)
        if (q[0] == '*' && q[1] == '/') {
            close = q;
            break;
        }
    if (close) e = close;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    return e > s ? xstrndup(s, (size_t)(e - s)) : NULL;
}

/* Does a Code Analysis equivalent ("C28121", "C28167 / C28156") list n? */
static bool ca_lists(const char *ca, long n)
{
    if (!ca) return false;
    for (const char *q = ca; *q;) {
        if (isdigit((unsigned char)*q)) {
            char *end;
            long v = strtol(q, &end, 10);
            if (v == n) return true;
            q = end;
        } else {
            q++;
        }
    }
    return false;
}

static bool comment_matches(const char *line, const char *e, const char *rule, char **just)
{
    size_t rl = strlen(rule);
    for (const char *q = line; q < e; q++) {
        if (*q != 'd' || (size_t)(e - q) < 8 || strncmp(q, "drvlint:", 8) != 0) continue;
        /* inside a comment: // or /+ before it on the line, or a block comment continuation line */
        bool in_comment = false;
        for (const char *c = line; c + 1 < q; c++)
            if (c[0] == '/' && (c[1] == '/' || c[1] == '*')) in_comment = true;
        const char *t = skip_ws(line, e);
        if (t < e && *t == '*') in_comment = true;
        if (!in_comment) continue;
        const char *s = skip_ws(q + 8, e);
        if (!word(&s, e, "ignore")) continue;
        s = skip_ws(s, e);
        if (s >= e || *s != '[') continue;
        s++;
        const char *close = memchr(s, ']', (size_t)(e - s));
        if (!close) continue;
        bool hit = false;
        for (const char *id = s; id < close;) {
            while (id < close && (*id == ',' || *id == ' ' || *id == '\t')) id++;
            const char *ie = id;
            while (ie < close && *ie != ',' && *ie != ' ' && *ie != '\t') ie++;
            if ((size_t)(ie - id) == rl && strncmp(id, rule, rl) == 0) hit = true;
            id = ie;
        }
        if (!hit) continue;
        *just = reason(close + 1, e);
        return true;
    }
    return false;
}

static bool pragma_matches(const char *line, const char *e, const char *ca, char **just)
{
    const char *s = skip_ws(line, e);
    if (s >= e || *s != '#') return false;
    s = skip_ws(s + 1, e);
    if (!word(&s, e, "pragma")) return false;
    s = skip_ws(s, e);
    if (!word(&s, e, "warning") && !word(&s, e, "prefast")) return false;
    s = skip_ws(s, e);
    if (s >= e || *s != '(') return false;
    s = skip_ws(s + 1, e);
    if (!word(&s, e, "suppress")) return false;
    s = skip_ws(s, e);
    if (s >= e || *s != ':') return false;
    s++;
    bool hit = false;
    char *text = NULL;
    while (s < e && *s != ')') {
        s = skip_ws(s, e);
        if (s >= e) break;
        if (*s == ',') {
            s++;
            continue;
        }
        if (*s == '"') {
            const char *b = ++s;
            while (s < e && *s != '"') {
                if (*s == '\\' && s + 1 < e) s++;
                s++;
            }
            if (!text && s > b) text = xstrndup(b, (size_t)(s - b));
            if (s < e) s++;
            continue;
        }
        const char *b = s;
        while (s < e && *s != ',' && *s != ' ' && *s != '\t' && *s != ')' && *s != '"') s++;
        const char *num = b;
        if (num < s && (*num == 'C' || *num == 'c')) num++;
        if (num < s && isdigit((unsigned char)*num)) {
            long v = strtol(num, NULL, 10);
            if (ca_lists(ca, v)) hit = true;
        }
        if (s == b) s++;
    }
    if (!hit) {
        free(text);
        return false;
    }
    *just = text;
    return true;
}

bool suppress_line_matches(const char *line, size_t len, const char *rule, const char *ca, bool same_line,
                           const char **kind, char **justification)
{
    const char *e = line + len;
    *justification = NULL;
    if (comment_matches(line, e, rule, justification)) {
        *kind = "inline";
        return true;
    }
    if (!same_line && pragma_matches(line, e, ca, justification)) {
        *kind = "pragma";
        return true;
    }
    return false;
}

/* Start offsets of each line of a file (index 1..n). */
typedef struct Lines {
    uint32_t *start;
    uint32_t n;
} Lines;

static void lines_of(const SourceFile *sf, Lines *l)
{
    VEC(uint32_t) v = {0};
    VEC_PUSH(v, 0);
    VEC_PUSH(v, 0);
    for (size_t i = 0; i < sf->len; i++)
        if (sf->text[i] == '\n') VEC_PUSH(v, (uint32_t)(i + 1));
    l->start = v.data;
    l->n = (uint32_t)v.len - 1;
}

static bool line_span(const SourceFile *sf, const Lines *l, uint32_t line, const char **s, size_t *n)
{
    if (line < 1 || line > l->n) return false;
    uint32_t b = l->start[line];
    uint32_t e = line < l->n ? l->start[line + 1] : (uint32_t)sf->len;
    while (e > b && (sf->text[e - 1] == '\n' || sf->text[e - 1] == '\r')) e--;
    *s = sf->text + b;
    *n = e - b;
    return true;
}

void suppress_apply(const Program *p, const RuleSet *rules, Analysis *an)
{
    Lines *cache = xcalloc(p->nfiles ? p->nfiles : 1, sizeof(Lines));
    for (uint32_t i = 0; i < an->nfindings; i++) {
        Finding *f = &an->findings[i];
        const SourceFile *sf = program_file(p, f->loc.file);
        if (!sf || !sf->text || f->loc.line == 0) continue;
        Lines *l = &cache[f->loc.file];
        if (!l->start) lines_of(sf, l);
        const RuleInfo *ri = rules ? rules_find(rules, f->rule) : NULL;
        const char *ca = ri ? ri->ca : NULL;
        for (int k = 0; k < 2 && !f->suppressed; k++) {
            const char *s;
            size_t n;
            if (!line_span(sf, l, f->loc.line - (uint32_t)k, &s, &n)) continue;
            const char *kind;
            char *just;
            if (suppress_line_matches(s, n, f->rule, ca, k == 0, &kind, &just)) {
                f->suppressed = true;
                f->suppression_kind = kind;
                f->justification = just ? arena_strdup(&an->arena, just) : NULL;
                free(just);
            }
        }
    }
    for (uint32_t i = 0; i < p->nfiles; i++) free(cache[i].start);
    free(cache);
}
