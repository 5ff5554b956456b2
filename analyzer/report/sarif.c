/*
 * sarif.c - SARIF 2.1.0 output, complete for GitHub code scanning.
 *
 * One run per document: tool.driver with every rule (metadata from the
 * rule files: descriptions, help text and markdown with the design guide
 * page, default level, tags, precision, the Static Driver Verifier and Code
 * Analysis equivalents), one result per finding with its primary location
 * (repository-relative uri against %SRCROOT%), GitHub's
 * primaryLocationLineHash and drvlint's own fingerprint, the path trace as
 * a code flow, the related location (the declaration or annotation that
 * set the requirement), suppressions, and the baseline state when the run
 * was compared with a baseline. The invocation says whether the run
 * succeeded and carries parse diagnostics, exhausted exploration budgets
 * and truncations as tool notifications. GitHub's limits are respected:
 * at most 25,000 results per run and 10,000 locations per thread flow.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "report/report.h"

enum { GITHUB_MAX_RESULTS = 25000, GITHUB_MAX_FLOW_LOCATIONS = 10000, GITHUB_MAX_TAGS = 20 };

/* ---- GitHub's primaryLocationLineHash ------------------------------------------------- */

enum { LH_BLOCK = 100 };

typedef struct LineHasher {
    uint32_t window[LH_BLOCK];
    int64_t lines[LH_BLOCK];
    uint64_t hash, first_mod;
    uint32_t index;
    uint32_t line;
    bool line_start, prev_cr;
    U64Map counts;            /* hash value + 1 -> occurrences */
    uint32_t zero_count;      /* occurrences of the hash value 2^64-1 (its key v+1 would be 0) */
    char **out;
    uint32_t max_line;
    Arena *arena;
} LineHasher;

static void lh_output(LineHasher *h)
{
    uint64_t v = h->hash;
    uint32_t count;
    if (v + 1 == 0) {
        count = ++h->zero_count;
    } else {
        uint64_t c = 0;
        u64map_get(&h->counts, v + 1, &c);
        u64map_put(&h->counts, v + 1, ++c);
        count = (uint32_t)c;
    }
    int64_t line = h->lines[h->index];
    if (line > 0 && (uint64_t)line <= h->max_line)
        h->out[line] = arena_printf(h->arena, "%" PRIx64 ":%u", v, count);
    h->lines[h->index] = -1;
}

static void lh_update(LineHasher *h, uint32_t current)
{
    uint32_t begin = h->window[h->index];
    h->window[h->index] = current;
    h->hash = 37u * h->hash + current - h->first_mod * begin;
    h->index = (h->index + 1) % LH_BLOCK;
}

static void lh_char(LineHasher *h, uint32_t c)
{
    if (c == ' ' || c == '\t' || (h->prev_cr && c == '\n')) {
        h->prev_cr = false;
        return;
    }
    if (c == '\r') {
        c = '\n';
        h->prev_cr = true;
    } else {
        h->prev_cr = false;
    }
    if (h->lines[h->index] != -1) lh_output(h);
    if (h->line_start) {
        h->line_start = false;
        h->line++;
        h->lines[h->index] = h->line;
    }
    if (c == '\n') h->line_start = true;
    lh_update(h, c);
}

/* Decodes one UTF-8 sequence at s (n bytes left); returns the code point
   (U+FFFD for invalid input) and the bytes consumed. */
static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *used)
{
    unsigned char c = s[0];
    *used = 1;
    if (c < 0x80) return c;
    uint32_t cp;
    size_t need;
    uint32_t min;
    if (c >= 0xc2 && c <= 0xdf) {
        cp = c & 0x1f;
        need = 1;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        cp = c & 0x0f;
        need = 2;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        cp = c & 0x07;
        need = 3;
        min = 0x10000;
    } else {
        return 0xfffd;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n || (s[i] & 0xc0) != 0x80) {
            *used = i;
            return 0xfffd;
        }
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    *used = need + 1;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0xfffd;
    return cp;
}

char **sarif_line_hashes(const char *text, size_t len, uint32_t *nlines)
{
    uint32_t maxl = 2;
    for (size_t i = 0; i < len; i++) maxl += text[i] == '\n' || text[i] == '\r';
    /* one block: the pointer array, then the strings */
    Arena arena;
    arena_init(&arena);
    LineHasher h;
    memset(&h, 0, sizeof h);
    h.arena = &arena;
    h.max_line = maxl;
    h.out = xcalloc(maxl + 1, sizeof(char *));
    for (int i = 0; i < LH_BLOCK; i++) h.lines[i] = -1;
    h.first_mod = 1;
    for (int i = 0; i < LH_BLOCK; i++) h.first_mod *= 37u;
    h.line_start = true;
    u64map_init(&h.counts);
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        size_t used;
        uint32_t cp = utf8_next(s + i, len - i, &used);
        i += used;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            lh_char(&h, 0xd800 + (cp >> 10));
            lh_char(&h, 0xdc00 + (cp & 0x3ff));
        } else {
            lh_char(&h, cp);
        }
    }
    lh_char(&h, 65535); /* end of file marker */
    for (int i = 0; i < LH_BLOCK; i++) {
        if (h.lines[h.index] != -1) lh_output(&h);
        lh_update(&h, 0);
    }
    u64map_free(&h.counts);
    /* copy into one heap block so the caller frees a single pointer */
    uint32_t n = h.line;
    size_t bytes = (n + 1) * sizeof(char *);
    for (uint32_t l = 1; l <= n; l++) bytes += h.out[l] ? strlen(h.out[l]) + 1 : 1;
    char **res = xmalloc(bytes);
    char *p = (char *)(res + n + 1);
    res[0] = NULL;
    for (uint32_t l = 1; l <= n; l++) {
        const char *v = h.out[l] ? h.out[l] : "";
        size_t k = strlen(v) + 1;
        memcpy(p, v, k);
        res[l] = p;
        p += k;
    }
    free(h.out);
    arena_free(&arena);
    *nlines = n;
    return res;
}

/* ---- helpers -------------------------------------------------------------------------- */

static void add_text_msg(cJSON *o, const char *key, const char *text)
{
    cJSON *m = cJSON_AddObjectToObject(o, key);
    cJSON_AddStringToObject(m, "text", text && *text ? text : "-");
}

/* RFC 3986 path encoding: keeps unreserved characters and '/'. */
static void uri_encode(StrBuf *sb, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/')
            sb_putc(sb, (char)c);
        else {
            sb_putc(sb, '%');
            sb_putc(sb, hex[c >> 4]);
            sb_putc(sb, hex[c & 15]);
        }
    }
}

static char *file_uri(const char *abs_dir_or_file, bool dir)
{
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, "file://");
    uri_encode(&sb, abs_dir_or_file);
    if (dir && (sb.len == 0 || sb.data[sb.len - 1] != '/')) sb_putc(&sb, '/');
    return sb_take(&sb);
}

static void iso_time(double t, char out[64])
{
    time_t secs = (time_t)t;
    struct tm tm;
    gmtime_r(&secs, &tm);
    int ms = (int)((t - (double)secs) * 1000.0);
    if (ms < 0) ms = 0;
    if (ms > 999) ms = 999;
    snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
             tm.tm_min, tm.tm_sec, ms);
}

/* Per driver: line hashes of its files, computed on first use. */
typedef struct DriverCtx {
    const ReportInput *in;
    char ***hashes;      /* per file */
    uint32_t *nhashes;
} DriverCtx;

typedef struct Sarif {
    const ReportSet *set;
    DriverCtx *drivers;
    cJSON *notifications;
    const char *srcroot;
} Sarif;

static bool under(const char *path, const char *root, const char **rest)
{
    if (!root || !*root) return false;
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/') n--;
    if (strncmp(path, root, n) != 0 || (path[n] != '/' && path[n] != 0)) return false;
    const char *r = path + n;
    while (*r == '/') r++;
    *rest = r;
    return true;
}

/* artifactLocation for a file of a driver. */
static void add_artifact(cJSON *pl, const Sarif *sf, const ReportInput *in, uint32_t file)
{
    cJSON *al = cJSON_AddObjectToObject(pl, "artifactLocation");
    const SourceFile *f = program_file(in->prog, file);
    const char *abs = f && f->abs ? f->abs : NULL;
    const char *rest;
    StrBuf sb;
    sb_init(&sb);
    if (abs && abs[0] == '/' && under(abs, sf->srcroot, &rest)) {
        uri_encode(&sb, rest);
        cJSON_AddStringToObject(al, "uri", sb_cstr(&sb));
        cJSON_AddStringToObject(al, "uriBaseId", "%SRCROOT%");
    } else if (abs && abs[0] == '/') {
        char *u = file_uri(abs, false);
        cJSON_AddStringToObject(al, "uri", u);
        free(u);
    } else {
        uri_encode(&sb, f ? f->path : "unknown");
        cJSON_AddStringToObject(al, "uri", sb_cstr(&sb));
        cJSON_AddStringToObject(al, "uriBaseId", "%SRCROOT%");
    }
    sb_free(&sb);
}

static cJSON *physical(const Sarif *sf, const ReportInput *in, Loc l, Loc end)
{
    cJSON *pl = cJSON_CreateObject();
    add_artifact(pl, sf, in, l.file);
    cJSON *reg = cJSON_AddObjectToObject(pl, "region");
    uint32_t line = l.line ? l.line : 1, col = l.col ? l.col : 1;
    uint32_t eline = end.line, ecol = end.col;
    if (end.file != l.file || eline < line || (eline == line && ecol <= col) || !ecol) {
        eline = line;
        ecol = col + 1;
    }
    cJSON_AddNumberToObject(reg, "startLine", line);
    cJSON_AddNumberToObject(reg, "startColumn", col);
    cJSON_AddNumberToObject(reg, "endLine", eline);
    cJSON_AddNumberToObject(reg, "endColumn", ecol);
    return pl;
}

static cJSON *location(const Sarif *sf, const ReportInput *in, Loc l, Loc end, const char *msg)
{
    cJSON *loc = cJSON_CreateObject();
    cJSON_AddItemToObject(loc, "physicalLocation", physical(sf, in, l, end));
    if (msg) add_text_msg(loc, "message", msg);
    return loc;
}

static void notify(Sarif *sf, const char *level, const char *id, const char *text, const ReportInput *in,
                   const Loc *l)
{
    cJSON *n = cJSON_CreateObject();
    cJSON_AddStringToObject(n, "level", level);
    add_text_msg(n, "message", text);
    cJSON *d = cJSON_AddObjectToObject(n, "descriptor");
    cJSON_AddStringToObject(d, "id", id);
    if (in && l && l->line) {
        cJSON *locs = cJSON_AddArrayToObject(n, "locations");
        cJSON_AddItemToArray(locs, location(sf, in, *l, *l, NULL));
    }
    cJSON_AddItemToArray(sf->notifications, n);
}

static const char *line_hash(DriverCtx *dc, uint32_t file, uint32_t line)
{
    const Program *p = dc->in->prog;
    if (file >= p->nfiles) return NULL;
    if (!dc->hashes[file]) {
        const SourceFile *f = &p->files[file];
        if (!f->text) return NULL;
        dc->hashes[file] = sarif_line_hashes(f->text, f->len, &dc->nhashes[file]);
    }
    if (line < 1 || line > dc->nhashes[file]) return NULL;
    const char *h = dc->hashes[file][line];
    return h && *h ? h : NULL;
}

/* "irql-too-high" -> "IrqlTooHigh" */
static char *pascal(const char *id)
{
    StrBuf sb;
    sb_init(&sb);
    bool up = true;
    for (const char *p = id; *p; p++) {
        if (*p == '-' || *p == '_' || *p == '.') {
            up = true;
            continue;
        }
        sb_putc(&sb, up && *p >= 'a' && *p <= 'z' ? (char)(*p - 32) : *p);
        up = false;
    }
    return sb_take(&sb);
}

static const char *level_of(Severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

static bool has_value(const char *s)
{
    return s && *s && strcmp(s, "-") != 0;
}

/* A search link for a design guide page title. */
static void guide_link(StrBuf *md, const char *title)
{
    sb_puts(md, "[");
    sb_puts(md, title);
    sb_puts(md, "](https://learn.microsoft.com/en-us/search/?terms=");
    for (const unsigned char *p = (const unsigned char *)title; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
            sb_putc(md, (char)*p);
        else sb_printf(md, "%%%02X", *p);
    }
    sb_puts(md, ")");
}

static cJSON *rule_json(const RuleInfo *ri)
{
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "id", ri->id);
    char *name = pascal(ri->id);
    cJSON_AddStringToObject(r, "name", name);
    free(name);
    add_text_msg(r, "shortDescription", ri->title ? ri->title : ri->id);
    add_text_msg(r, "fullDescription", ri->description ? ri->description : ri->title);
    /* help: plain text and markdown */
    StrBuf t, md;
    sb_init(&t);
    sb_init(&md);
    sb_printf(&t, "%s\n\n%s\n", ri->title ? ri->title : ri->id, ri->description ? ri->description : "");
    sb_printf(&md, "**%s**\n\n%s\n\n", ri->title ? ri->title : ri->id, ri->description ? ri->description : "");
    if (has_value(ri->guide)) {
        sb_printf(&t, "\nKernel-Mode Driver Architecture Design Guide: %s\n", ri->guide);
        sb_puts(&md, "Kernel-Mode Driver Architecture Design Guide: ");
        /* several pages are separated by ';' */
        const char *p = ri->guide;
        bool first = true;
        while (*p) {
            while (*p == ' ' || *p == ';') p++;
            const char *e = strchr(p, ';');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            while (n && p[n - 1] == ' ') n--;
            if (n) {
                char *page = xstrndup(p, n);
                if (!first) sb_puts(&md, ", ");
                guide_link(&md, page);
                free(page);
                first = false;
            }
            p = e ? e + 1 : p + strlen(p);
        }
        sb_puts(&md, "\n\n");
    }
    if (has_value(ri->sdv) || has_value(ri->ca)) {
        sb_puts(&md, "| Equivalent | Rule |\n|---|---|\n");
        if (has_value(ri->sdv)) {
            sb_printf(&t, "Static Driver Verifier: %s\n", ri->sdv);
            sb_printf(&md, "| Static Driver Verifier | %s |\n", ri->sdv);
        }
        if (has_value(ri->ca)) {
            sb_printf(&t, "Code Analysis: %s\n", ri->ca);
            sb_printf(&md, "| Code Analysis | %s |\n", ri->ca);
        }
        sb_puts(&md, "\n");
    }
    if (has_value(ri->example_bad)) {
        sb_printf(&t, "\nBad:\n%s\n", ri->example_bad);
        sb_printf(&md, "Bad:\n\n```c\n%s\n```\n\n", ri->example_bad);
    }
    if (has_value(ri->example_good)) {
        sb_printf(&t, "\nGood:\n%s\n", ri->example_good);
        sb_printf(&md, "Good:\n\n```c\n%s\n```\n", ri->example_good);
    }
    cJSON *help = cJSON_AddObjectToObject(r, "help");
    cJSON_AddStringToObject(help, "text", sb_cstr(&t));
    cJSON_AddStringToObject(help, "markdown", sb_cstr(&md));
    sb_free(&t);
    sb_free(&md);
    cJSON *dc = cJSON_AddObjectToObject(r, "defaultConfiguration");
    cJSON_AddStringToObject(dc, "level", level_of(ri->severity));
    cJSON *props = cJSON_AddObjectToObject(r, "properties");
    cJSON *tags = cJSON_AddArrayToObject(props, "tags");
    const char *tagv[] = {"drvlint", "wdm", "kernel-mode", "correctness", ri->family};
    int ntags = 0;
    for (size_t i = 0; i < sizeof tagv / sizeof *tagv && ntags < GITHUB_MAX_TAGS; i++)
        if (tagv[i] && *tagv[i]) {
            cJSON_AddItemToArray(tags, cJSON_CreateString(tagv[i]));
            ntags++;
        }
    cJSON_AddStringToObject(props, "precision", ri->severity == SEV_ERROR ? "high" : "medium");
    cJSON_AddStringToObject(props, "problem.severity",
                            ri->severity == SEV_ERROR ? "error" : ri->severity == SEV_WARNING ? "warning"
                                                                                             : "recommendation");
    cJSON_AddStringToObject(props, "family", ri->family ? ri->family : "");
    cJSON_AddStringToObject(props, "designGuide", ri->guide ? ri->guide : "");
    cJSON_AddStringToObject(props, "staticDriverVerifier", has_value(ri->sdv) ? ri->sdv : "-");
    cJSON_AddStringToObject(props, "codeAnalysis", has_value(ri->ca) ? ri->ca : "-");
    return r;
}

static bool shown(const ReportInput *in, uint32_t i)
{
    return !in->shown || in->shown[i];
}

typedef struct ResultRef {
    uint32_t driver, finding;
    int rank;
} ResultRef;

static int cmp_rank(const void *a, const void *b)
{
    const ResultRef *x = a, *y = b;
    if (x->rank != y->rank) return x->rank - y->rank;
    if (x->driver != y->driver) return x->driver < y->driver ? -1 : 1;
    return x->finding < y->finding ? -1 : x->finding > y->finding;
}

static cJSON *result_json(Sarif *sf, uint32_t d, uint32_t i, cJSON *rules_arr, uint32_t max_flow)
{
    DriverCtx *dc = &sf->drivers[d];
    const ReportInput *in = dc->in;
    const Finding *f = &in->an->findings[i];
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "ruleId", f->rule);
    int idx = 0;
    cJSON *rj;
    bool found = false;
    cJSON_ArrayForEach(rj, rules_arr)
    {
        cJSON *id = cJSON_GetObjectItemCaseSensitive(rj, "id");
        if (cJSON_IsString(id) && strcmp(id->valuestring, f->rule) == 0) {
            found = true;
            break;
        }
        idx++;
    }
    if (found) cJSON_AddNumberToObject(r, "ruleIndex", idx);
    cJSON_AddStringToObject(r, "kind", "fail");
    cJSON_AddStringToObject(r, "level", level_of(f->severity));
    add_text_msg(r, "message", f->message);
    cJSON *locs = cJSON_AddArrayToObject(r, "locations");
    cJSON *loc = location(sf, in, f->loc, f->end, NULL);
    if (f->function) {
        cJSON *ll = cJSON_AddArrayToObject(loc, "logicalLocations");
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "name", f->function);
        cJSON_AddStringToObject(l, "kind", "function");
        cJSON_AddItemToArray(ll, l);
    }
    cJSON_AddItemToArray(locs, loc);
    cJSON *pf = cJSON_AddObjectToObject(r, "partialFingerprints");
    const char *lh = line_hash(dc, f->loc.file, f->loc.line);
    if (lh) cJSON_AddStringToObject(pf, "primaryLocationLineHash", lh);
    cJSON_AddStringToObject(pf, "drvlintFingerprint/v1", f->fingerprint);
    if (f->ntrace) {
        cJSON *cfs = cJSON_AddArrayToObject(r, "codeFlows");
        cJSON *cf = cJSON_CreateObject();
        cJSON_AddItemToArray(cfs, cf);
        StrBuf sb;
        sb_init(&sb);
        if (f->entry) sb_printf(&sb, "path from entry point %s%s%s%s", f->entry, f->entry_role ? " (" : "",
                                f->entry_role ? f->entry_role : "", f->entry_role ? ")" : "");
        else sb_puts(&sb, "path to the finding");
        add_text_msg(cf, "message", sb_cstr(&sb));
        sb_free(&sb);
        cJSON *tfs = cJSON_AddArrayToObject(cf, "threadFlows");
        cJSON *tf = cJSON_CreateObject();
        cJSON_AddItemToArray(tfs, tf);
        cJSON *tl = cJSON_AddArrayToObject(tf, "locations");
        uint32_t n = f->ntrace, keep = n;
        if (max_flow < 2) max_flow = 2;
        if (n > max_flow) {
            keep = max_flow;
            StrBuf m;
            sb_init(&m);
            sb_printf(&m, "the path of a %s finding at %s%s:%u has %u steps; only the first %u and the last are "
                          "included (GitHub accepts at most %u locations per thread flow)",
                      f->rule, in->path_prefix ? in->path_prefix : "", program_loc_path(in->prog, f->loc),
                      f->loc.line, n, max_flow - 1, max_flow);
            notify(sf, "warning", "drvlint/truncated-code-flow", sb_cstr(&m), in, &f->loc);
            sb_free(&m);
        }
        for (uint32_t k = 0; k < keep; k++) {
            uint32_t s = k + 1 == keep ? n - 1 : k;
            const TraceStep *ts = &f->trace[s];
            cJSON *tfl = cJSON_CreateObject();
            cJSON_AddItemToObject(tfl, "location", location(sf, in, ts->loc, ts->loc, ts->message));
            cJSON_AddNumberToObject(tfl, "executionOrder", s + 1);
            if (s == n - 1) cJSON_AddStringToObject(tfl, "importance", "essential");
            cJSON_AddItemToArray(tl, tfl);
        }
    }
    if (f->has_related) {
        cJSON *rl = cJSON_AddArrayToObject(r, "relatedLocations");
        cJSON *l = location(sf, in, f->related, f->related,
                            f->related_message ? f->related_message : "the declaration that sets the requirement");
        cJSON_AddNumberToObject(l, "id", 1);
        cJSON_AddItemToArray(rl, l);
    }
    if (f->suppressed) {
        cJSON *sups = cJSON_AddArrayToObject(r, "suppressions");
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "kind", "inSource");
        cJSON_AddStringToObject(s, "status", "accepted");
        if (f->justification) cJSON_AddStringToObject(s, "justification", f->justification);
        cJSON *sp = cJSON_AddObjectToObject(s, "properties");
        cJSON_AddStringToObject(sp, "form", f->suppression_kind ? f->suppression_kind : "inline");
        cJSON_AddItemToArray(sups, s);
    }
    if (in->baseline) cJSON_AddStringToObject(r, "baselineState", f->is_new ? "new" : "unchanged");
    cJSON *props = cJSON_AddObjectToObject(r, "properties");
    cJSON_AddStringToObject(props, "driver", in->driver_path ? in->driver_path : in->prog->name);
    cJSON_AddStringToObject(props, "file", program_loc_path(in->prog, f->loc));
    if (f->function) cJSON_AddStringToObject(props, "function", f->function);
    if (f->entry) cJSON_AddStringToObject(props, "entryPoint", f->entry);
    if (f->entry_role) cJSON_AddStringToObject(props, "entryRole", f->entry_role);
    if (f->family) cJSON_AddStringToObject(props, "family", f->family);
    if (f->object) cJSON_AddStringToObject(props, "object", f->object);
    return r;
}

char *report_sarif_set(const ReportSet *set)
{
    Sarif sf;
    memset(&sf, 0, sizeof sf);
    sf.set = set;
    sf.srcroot = set->source_root;
    if (!sf.srcroot && set->ndrivers) sf.srcroot = set->drivers[0].repo_root ? set->drivers[0].repo_root
                                                                             : set->drivers[0].prog->root;
    sf.drivers = xcalloc(set->ndrivers ? set->ndrivers : 1, sizeof(DriverCtx));
    for (size_t d = 0; d < set->ndrivers; d++) {
        sf.drivers[d].in = &set->drivers[d];
        uint32_t nf = set->drivers[d].prog->nfiles;
        sf.drivers[d].hashes = xcalloc(nf ? nf : 1, sizeof(char **));
        sf.drivers[d].nhashes = xcalloc(nf ? nf : 1, sizeof(uint32_t));
    }
    sf.notifications = cJSON_CreateArray();

    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(root, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);
    cJSON *tool = cJSON_AddObjectToObject(run, "tool");
    cJSON *drv = cJSON_AddObjectToObject(tool, "driver");
    const char *version = set->tool_version ? set->tool_version : "0.0.0";
    cJSON_AddStringToObject(drv, "name", "drvlint");
    StrBuf full;
    sb_init(&full);
    sb_printf(&full, "drvlint %s", version);
    cJSON_AddStringToObject(drv, "fullName", sb_cstr(&full));
    sb_free(&full);
    cJSON_AddStringToObject(drv, "version", version);
    cJSON_AddStringToObject(drv, "semanticVersion", version);
    cJSON *rules_arr = cJSON_AddArrayToObject(drv, "rules");
    const RuleSet *rs = set->rules ? set->rules : (set->ndrivers ? set->drivers[0].rules : NULL);
    for (uint32_t i = 0; rs && i < rules_count(rs); i++) {
        const RuleInfo *ri = rules_info(rs, i);
        if (ri->is_tracker) continue;
        cJSON_AddItemToArray(rules_arr, rule_json(ri));
    }

    /* automation details and %SRCROOT% */
    cJSON *ad = cJSON_AddObjectToObject(run, "automationDetails");
    cJSON_AddStringToObject(ad, "id", set->automation_id ? set->automation_id : "drvlint/");
    if (sf.srcroot) {
        cJSON *ob = cJSON_AddObjectToObject(run, "originalUriBaseIds");
        cJSON *sr = cJSON_AddObjectToObject(ob, "%SRCROOT%");
        char *u = file_uri(sf.srcroot, true);
        cJSON_AddStringToObject(sr, "uri", u);
        free(u);
    }

    /* notifications: input problems, parse diagnostics, exhausted budgets */
    for (size_t i = 0; i < set->nproblems; i++) notify(&sf, "error", "drvlint/input", set->problems[i], NULL, NULL);
    for (size_t d = 0; d < set->ndrivers; d++) {
        const ReportInput *in = &set->drivers[d];
        const Program *p = in->prog;
        for (uint32_t i = 0; i < p->nfiles; i++) {
            const SourceFile *f = &p->files[i];
            if (f->problem && (f->parsed || f->parse_failed)) {
                StrBuf m;
                sb_init(&m);
                sb_printf(&m, "%s%s: %s", in->path_prefix ? in->path_prefix : "", f->path, f->problem);
                notify(&sf, "error", "drvlint/input", sb_cstr(&m), NULL, NULL);
                sb_free(&m);
            }
            for (uint32_t k = 0; k < f->ndiags; k++) {
                const Diag *dg = &f->diags[k];
                StrBuf m;
                sb_init(&m);
                sb_printf(&m, "%s%s:%u:%u: %s", dg->file && dg->file[0] == '/' ? "" : (in->path_prefix ? in->path_prefix : ""),
                          dg->file ? dg->file : f->path, dg->line, dg->col, dg->message);
                Loc l = {i, dg->line, dg->col, 0};
                bool here = !dg->file || strcmp(dg->file, f->path) == 0;
                notify(&sf, dg->severity >= DIAG_ERROR ? "error" : "warning", "clang/diagnostic", sb_cstr(&m), in,
                       here ? &l : NULL);
                sb_free(&m);
            }
        }
        for (uint32_t i = 0; i < in->an->nentries; i++) {
            const EntryStats *e = &in->an->entries[i];
            if (!e->exhausted) continue;
            StrBuf m;
            sb_init(&m);
            sb_printf(&m, "entry point %s (%s) was not fully explored: the %s budget ran out", e->function, e->role,
                      e->exhausted);
            notify(&sf, "warning", "drvlint/budget-exhausted", sb_cstr(&m), in, &e->loc);
            sb_free(&m);
        }
    }

    /* results, most important first when GitHub's limit cuts them */
    uint32_t max_results = set->max_results ? set->max_results : GITHUB_MAX_RESULTS;
    uint32_t max_flow = set->max_flow_locations ? set->max_flow_locations : GITHUB_MAX_FLOW_LOCATIONS;
    VEC(ResultRef) refs = {0};
    for (size_t d = 0; d < set->ndrivers; d++) {
        const ReportInput *in = &set->drivers[d];
        for (uint32_t i = 0; i < in->an->nfindings; i++) {
            if (!shown(in, i)) continue;
            const Finding *f = &in->an->findings[i];
            int rank = f->suppressed ? 10 : (in->baseline && !f->is_new ? 5 : 0);
            rank += f->severity == SEV_ERROR ? 0 : f->severity == SEV_WARNING ? 1 : 2;
            ResultRef rr = {(uint32_t)d, i, rank};
            VEC_PUSH(refs, rr);
        }
    }
    size_t keep = refs.len;
    if (keep > max_results) {
        sort_array(refs.data, refs.len, sizeof(ResultRef), cmp_rank);
        keep = max_results;
        StrBuf m;
        sb_init(&m);
        sb_printf(&m, "%zu of %zu results are omitted: GitHub code scanning accepts at most %u results per run "
                      "(suppressed findings and findings of the baseline are dropped first)",
                  refs.len - keep, refs.len, max_results);
        notify(&sf, "warning", "drvlint/truncated-results", sb_cstr(&m), NULL, NULL);
        sb_free(&m);
        /* keep the report in source order */
        ResultRef *kept = refs.data;
        for (size_t i = 0; i < keep; i++) kept[i].rank = 0;
        sort_array(kept, keep, sizeof(ResultRef), cmp_rank);
    }
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (size_t k = 0; k < keep; k++)
        cJSON_AddItemToArray(results, result_json(&sf, refs.data[k].driver, refs.data[k].finding, rules_arr, max_flow));
    VEC_FREE(refs);

    /* fixed findings (a baseline): not results, GitHub would show them as open */
    if (set->baseline) {
        cJSON *props = cJSON_AddObjectToObject(run, "properties");
        cJSON_AddStringToObject(props, "baseline", set->baseline);
        cJSON *fx = cJSON_AddArrayToObject(props, "fixed");
        for (size_t i = 0; i < set->nfixed; i++) {
            const FixedFinding *x = &set->fixed[i];
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "ruleId", x->rule ? x->rule : "");
            cJSON_AddStringToObject(o, "driver", x->driver ? x->driver : "");
            cJSON_AddStringToObject(o, "file", x->file ? x->file : "");
            cJSON_AddNumberToObject(o, "line", x->line);
            cJSON_AddStringToObject(o, "message", x->message ? x->message : "");
            cJSON_AddStringToObject(o, "fingerprint", x->fingerprint ? x->fingerprint : "");
            cJSON_AddItemToArray(fx, o);
        }
    }

    /* the invocation */
    cJSON *invs = cJSON_AddArrayToObject(run, "invocations");
    cJSON *inv = cJSON_CreateObject();
    cJSON_AddItemToArray(invs, inv);
    cJSON_AddBoolToObject(inv, "executionSuccessful", set->exit_code == 0 || set->exit_code == 1);
    cJSON_AddNumberToObject(inv, "exitCode", set->exit_code);
    if (set->argc > 0) {
        StrBuf cl;
        sb_init(&cl);
        cJSON *args = cJSON_AddArrayToObject(inv, "arguments");
        for (int i = 0; i < set->argc; i++) {
            if (i) sb_putc(&cl, ' ');
            sb_puts(&cl, set->argv[i]);
            if (i > 0) cJSON_AddItemToArray(args, cJSON_CreateString(set->argv[i]));
        }
        cJSON_AddStringToObject(inv, "commandLine", sb_cstr(&cl));
        sb_free(&cl);
    }
    if (set->start_time > 0) {
        char t[64];
        iso_time(set->start_time, t);
        cJSON_AddStringToObject(inv, "startTimeUtc", t);
        iso_time(set->end_time > 0 ? set->end_time : set->start_time, t);
        cJSON_AddStringToObject(inv, "endTimeUtc", t);
    }
    if (set->cwd) {
        cJSON *wd = cJSON_AddObjectToObject(inv, "workingDirectory");
        char *u = file_uri(set->cwd, true);
        cJSON_AddStringToObject(wd, "uri", u);
        free(u);
    }
    cJSON_AddItemToObject(inv, "toolExecutionNotifications", sf.notifications);

    for (size_t d = 0; d < set->ndrivers; d++) {
        for (uint32_t i = 0; i < set->drivers[d].prog->nfiles; i++) free(sf.drivers[d].hashes[i]);
        free(sf.drivers[d].hashes);
        free(sf.drivers[d].nhashes);
    }
    free(sf.drivers);
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

char *report_sarif(const ReportInput *in)
{
    ReportSet set;
    memset(&set, 0, sizeof set);
    set.drivers = in;
    set.ndrivers = 1;
    set.tool_version = in->tool_version;
    set.rules = in->rules;
    set.source_root = in->repo_root ? in->repo_root : in->prog->root;
    set.exit_code = 0;
    return report_sarif_set(&set);
}
