/*
 * cmd_corpus.c - `drvlint corpus [DIR]`: the precision/recall scorer.
 *
 * Each driver directory below DIR (or DIR itself when it holds .c files) is
 * analyzed once clean and once per variant (DRVLINT_BUG_* and DRVLINT_CLEAN_*
 * symbols found in its sources), and the findings of each build are compared
 * with the drvlint-expect markers active in that build (expect/expect.h).
 * The layout and conventions are documented in docs/corpus.md.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli/check.h"
#include "cli/cli.h"
#include "expect/expect.h"

typedef struct RuleTally {
    const char *rule;
    uint32_t tp, fp, fn, gap, unimpl;
} RuleTally;

typedef struct BuildResult {
    const char *variant;       /* NULL for the clean build */
    bool path;                 /* defects.tsv: needs the path engine */
    uint32_t tp, fp, fn, gap, unimpl;
    uint32_t stale_gaps;       /* found although marked as a known gap: the marker is out of date */
    uint32_t diags;            /* parse diagnostics in the driver's files */
    double seconds;
    VEC(char *) problems;      /* "file:line: missed rule: message" for FP/FN items */
} BuildResult;

typedef struct DriverResult {
    char *name;
    char *dir;
    VEC(BuildResult) builds;
    VEC(char *) errors;        /* inconsistencies (defects.tsv vs sources, missing files) */
    uint32_t lines;
    uint32_t nbugs, nclean, npath;
} DriverResult;

typedef struct Corpus {
    VEC(RuleTally) rules;
    VEC(DriverResult) drivers;
    double seconds;
} Corpus;

static RuleTally *tally(Corpus *c, const char *rule)
{
    for (size_t i = 0; i < c->rules.len; i++)
        if (c->rules.data[i].rule == rule) return &c->rules.data[i];
    RuleTally t = {rule, 0, 0, 0, 0, 0};
    VEC_PUSH(c->rules, t);
    return &c->rules.data[c->rules.len - 1];
}

/* ---- finding drivers and variants ------------------------------------------------ */

typedef VEC(char *) StrVec;

/* Adds every DRVLINT_BUG_* / DRVLINT_CLEAN_* identifier found in the text. */
static void scan_variants(const char *text, StrVec *out)
{
    static const char *prefixes[] = {"DRVLINT_BUG_", "DRVLINT_CLEAN_"};
    for (int k = 0; k < 2; k++) {
        const char *p = text;
        size_t pl = strlen(prefixes[k]);
        while ((p = strstr(p, prefixes[k])) != NULL) {
            if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) {
                p += pl;
                continue;
            }
            const char *e = p + pl;
            while (isalnum((unsigned char)*e) || *e == '_') e++;
            char *name = xstrndup(p, (size_t)(e - p));
            bool dup = false;
            for (size_t i = 0; i < out->len && !dup; i++) dup = strcmp(out->data[i], name) == 0;
            if (dup) free(name);
            else VEC_PUSH(*out, name);
            p = e;
        }
    }
}

static void collect_sources(const char *dir, StrVec *variants, uint32_t *lines, int depth)
{
    if (depth > 4) return;
    size_t n;
    char **entries = dir_entries(dir, &n);
    for (size_t k = 0; k < n; k++) {
        const char *p = entries[k];
        if (path_is_dir(p)) {
            collect_sources(p, variants, lines, depth + 1);
        } else if (str_endswith(p, ".c") || str_endswith(p, ".h")) {
            const char *why;
            size_t len;
            char *t = read_file(p, &len, &why);
            if (t) {
                scan_variants(t, variants);
                for (size_t i = 0; i < len; i++) *lines += t[i] == '\n';
                free(t);
            }
        }
    }
    free_strings(entries, n);
}

typedef struct Manifest {
    StrVec names;
    VEC(bool) path;
    bool present;
} Manifest;

static void read_manifest(const char *dir, Manifest *m, DriverResult *dr)
{
    memset(m, 0, sizeof *m);
    char *p = path_join(dir, "defects.tsv");
    const char *why;
    char *text = read_file(p, NULL, &why);
    free(p);
    if (!text) return;
    m->present = true;
    char *save = NULL;
    int lineno = 0;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (++lineno == 1 || !*line || line[0] == '#') continue;
        char *tab = strchr(line, '\t');
        if (!tab) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "defects.tsv:%d: expected 'variant<TAB>path<TAB>description'", lineno);
            VEC_PUSH(dr->errors, sb_take(&sb));
            continue;
        }
        *tab = 0;
        char *rest = tab + 1;
        VEC_PUSH(m->names, xstrdup(line));
        VEC_PUSH(m->path, strncmp(rest, "yes", 3) == 0);
    }
    free(text);
}

/* ---- one build ---------------------------------------------------------------------- */

static void run_build(RunContext *ctx, RuleSet *rules, const char *dir, const char *variant, Corpus *c, BuildResult *br)
{
    memset(br, 0, sizeof *br);
    br->variant = variant;
    double t0 = now_seconds();
    size_t saved = ctx->defines.len;
    if (variant) VEC_PUSH(ctx->defines, variant);
    ctx->fe.defines = ctx->defines.data;
    ctx->fe.ndefines = ctx->defines.len;
    char *paths[1] = {(char *)dir};
    bool problems;
    Program *p = cli_build_program(ctx, paths, 1, stderr, &problems);
    ctx->defines.len = saved;
    ctx->fe.ndefines = saved;
    if (!p) {
        br->diags = 1;
        return;
    }
    for (uint32_t i = 0; i < p->nfiles; i++)
        if (!p->files[i].is_system) br->diags += p->files[i].ndiags + (p->files[i].problem ? 1 : 0);
    CheckOptions o;
    check_options_default(&o);
    DeviceModel dm;
    StrBuf err;
    sb_init(&err);
    if (!check_device_model(ctx, &o, p, &dm, &err)) {
        fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
        br->diags++;
    }
    sb_free(&err);
    Analysis an;
    analysis_init(&an);
    Harness *h;
    check_analyze(ctx, &o, rules, p, &dm, &h, &an);
    Expectation *ex;
    uint32_t nex = expect_collect(p, &ex);
    Score sc;
    memset(&sc, 0, sizeof sc);
    expect_score(p, &an, rules, ex, nex, &sc);
    for (uint32_t i = 0; i < sc.n; i++) {
        ScoreItem it = sc.items[i];
        RuleTally *t = tally(c, it.rule);
        switch (it.outcome) {
        case OUT_TP: br->tp++; t->tp++; break;
        case OUT_GAP_FIXED: br->tp++; t->tp++; br->stale_gaps++; break;
        case OUT_FP: br->fp++; t->fp++; break;
        case OUT_FN: br->fn++; t->fn++; break;
        case OUT_GAP: br->gap++; t->gap++; break;
        case OUT_UNIMPLEMENTED: br->unimpl++; t->unimpl++; break;
        }
        if (it.outcome == OUT_FP || it.outcome == OUT_FN || it.outcome == OUT_GAP_FIXED) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "%s:%u: %s %s%s%s", program_loc_path(p, (Loc){it.file, it.line, 0, 0}), it.line,
                      outcome_name(it.outcome), it.rule, it.message ? ": " : "", it.message ? it.message : "");
            VEC_PUSH(br->problems, sb_take(&sb));
        }
    }
    score_free(&sc);
    free(ex);
    analysis_free(&an);
    harness_free(h);
    devmodel_free(&dm);
    program_free(p);
    br->seconds = now_seconds() - t0;
}

static void run_driver(RunContext *ctx, RuleSet *rules, const char *dir, Corpus *c)
{
    DriverResult dr;
    memset(&dr, 0, sizeof dr);
    dr.dir = xstrdup(dir);
    dr.name = xstrdup(path_basename(dir));
    StrVec variants = {0};
    collect_sources(dir, &variants, &dr.lines, 0);
    sort_array(variants.data, variants.len, sizeof(char *), cmp_strings);
    Manifest m;
    read_manifest(dir, &m, &dr);
    for (size_t i = 0; i < variants.len; i++) {
        bool listed = false;
        for (size_t k = 0; k < m.names.len; k++) listed |= strcmp(m.names.data[k], variants.data[i]) == 0;
        if (!listed) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "%s is used in the sources but not listed in defects.tsv", variants.data[i]);
            VEC_PUSH(dr.errors, sb_take(&sb));
        }
    }
    for (size_t k = 0; k < m.names.len; k++) {
        bool used = false;
        for (size_t i = 0; i < variants.len; i++) used |= strcmp(m.names.data[k], variants.data[i]) == 0;
        if (!used) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "defects.tsv lists %s, which no source file uses", m.names.data[k]);
            VEC_PUSH(dr.errors, sb_take(&sb));
        }
    }
    BuildResult br;
    run_build(ctx, rules, dir, NULL, c, &br);
    VEC_PUSH(dr.builds, br);
    for (size_t i = 0; i < variants.len; i++) {
        run_build(ctx, rules, dir, variants.data[i], c, &br);
        for (size_t k = 0; k < m.names.len; k++)
            if (strcmp(m.names.data[k], variants.data[i]) == 0) br.path = m.path.data[k];
        if (str_startswith(variants.data[i], "DRVLINT_BUG_")) dr.nbugs++;
        else dr.nclean++;
        if (br.path) dr.npath++;
        VEC_PUSH(dr.builds, br);
    }
    /* variants stay alive as build names */
    VEC_FREE(variants);
    for (size_t k = 0; k < m.names.len; k++) free(m.names.data[k]);
    VEC_FREE(m.names);
    VEC_FREE(m.path);
    VEC_PUSH(c->drivers, dr);
}

static void corpus_free(Corpus *c)
{
    for (size_t d = 0; d < c->drivers.len; d++) {
        DriverResult *dr = &c->drivers.data[d];
        for (size_t b = 0; b < dr->builds.len; b++) {
            BuildResult *br = &dr->builds.data[b];
            for (size_t k = 0; k < br->problems.len; k++) free(br->problems.data[k]);
            VEC_FREE(br->problems);
            free((char *)br->variant);
        }
        VEC_FREE(dr->builds);
        for (size_t k = 0; k < dr->errors.len; k++) free(dr->errors.data[k]);
        VEC_FREE(dr->errors);
        free(dr->name);
        free(dr->dir);
    }
    VEC_FREE(c->drivers);
    VEC_FREE(c->rules);
}

/* ---- reporting ----------------------------------------------------------------------- */

static double ratio(uint32_t a, uint32_t b)
{
    return b ? (double)a / (double)b : 1.0;
}

static int cmp_tally(const void *a, const void *b)
{
    return strcmp(((const RuleTally *)a)->rule, ((const RuleTally *)b)->rule);
}

static bool corpus_ok(const Corpus *c)
{
    for (size_t d = 0; d < c->drivers.len; d++) {
        const DriverResult *dr = &c->drivers.data[d];
        if (dr->errors.len) return false;
        for (size_t b = 0; b < dr->builds.len; b++) {
            const BuildResult *br = &dr->builds.data[b];
            if (br->fp || br->fn || br->stale_gaps) return false;
            if (!br->variant && br->diags) return false;
        }
    }
    return true;
}

static void print_text(const Corpus *c, bool verbose)
{
    uint32_t T[5] = {0};
    for (size_t d = 0; d < c->drivers.len; d++) {
        const DriverResult *dr = &c->drivers.data[d];
        uint32_t tp = 0, fp = 0, fn = 0, gap = 0, un = 0;
        double secs = 0;
        for (size_t b = 0; b < dr->builds.len; b++) {
            const BuildResult *br = &dr->builds.data[b];
            tp += br->tp, fp += br->fp, fn += br->fn, gap += br->gap, un += br->unimpl;
            secs += br->seconds;
        }
        const BuildResult *clean = &dr->builds.data[0];
        printf("%-12s %5u lines  %2u defects (%u need paths)  %u clean variants  clean build: %u diagnostics, %u findings  "
               "found %u  false %u  missed %u  gaps %u  unimplemented %u  %.2fs\n",
               dr->name, dr->lines, dr->nbugs, dr->npath, dr->nclean, clean->diags, clean->fp + clean->tp, tp, fp, fn,
               gap, un, secs);
        for (size_t k = 0; k < dr->errors.len; k++) printf("  error: %s\n", dr->errors.data[k]);
        for (size_t b = 0; b < dr->builds.len; b++) {
            const BuildResult *br = &dr->builds.data[b];
            bool bad = br->fp || br->fn || br->stale_gaps || (!br->variant && br->diags);
            if (!bad && !verbose) continue;
            printf("  %-44s found %u  false %u  missed %u  gaps %u  unimplemented %u%s\n",
                   br->variant ? br->variant : "(clean)", br->tp, br->fp, br->fn, br->gap, br->unimpl,
                   br->diags && !br->variant ? "  PARSE DIAGNOSTICS" : "");
            for (size_t k = 0; k < br->problems.len; k++) printf("    %s\n", br->problems.data[k]);
        }
        T[0] += tp, T[1] += fp, T[2] += fn, T[3] += gap, T[4] += un;
    }
    printf("\n%-34s %5s %5s %5s %5s %6s %9s %7s\n", "rule", "found", "false", "miss", "gaps", "unimpl", "precision", "recall");
    for (size_t i = 0; i < c->rules.len; i++) {
        const RuleTally *t = &c->rules.data[i];
        printf("%-34s %5u %5u %5u %5u %6u %9.2f %7.2f\n", t->rule, t->tp, t->fp, t->fn, t->gap, t->unimpl,
               ratio(t->tp, t->tp + t->fp), ratio(t->tp, t->tp + t->fn + t->gap));
    }
    printf("%-34s %5u %5u %5u %5u %6u %9.2f %7.2f\n", "total", T[0], T[1], T[2], T[3], T[4], ratio(T[0], T[0] + T[1]),
           ratio(T[0], T[0] + T[2] + T[3]));
    printf("\ncorpus: %zu drivers, precision %.2f, recall %.2f (known gaps count as misses; %u expectations wait for "
           "rules not implemented yet), %.1fs\n",
           c->drivers.len, ratio(T[0], T[0] + T[1]), ratio(T[0], T[0] + T[2] + T[3]), T[4], c->seconds);
}

static char *to_json(const Corpus *c)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "tool", "drvlint");
    cJSON_AddStringToObject(root, "version", DRVLINT_VERSION);
    cJSON *drivers = cJSON_AddArrayToObject(root, "drivers");
    uint32_t T[5] = {0};
    for (size_t d = 0; d < c->drivers.len; d++) {
        const DriverResult *dr = &c->drivers.data[d];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", dr->name);
        cJSON_AddNumberToObject(o, "lines", dr->lines);
        cJSON_AddNumberToObject(o, "defects", dr->nbugs);
        cJSON_AddNumberToObject(o, "clean_variants", dr->nclean);
        cJSON_AddNumberToObject(o, "path_sensitive", dr->npath);
        cJSON *errs = cJSON_AddArrayToObject(o, "errors");
        for (size_t k = 0; k < dr->errors.len; k++) cJSON_AddItemToArray(errs, cJSON_CreateString(dr->errors.data[k]));
        cJSON *builds = cJSON_AddArrayToObject(o, "builds");
        for (size_t b = 0; b < dr->builds.len; b++) {
            const BuildResult *br = &dr->builds.data[b];
            cJSON *x = cJSON_CreateObject();
            if (br->variant) cJSON_AddStringToObject(x, "variant", br->variant);
            else cJSON_AddNullToObject(x, "variant");
            cJSON_AddBoolToObject(x, "path_sensitive", br->path);
            cJSON_AddNumberToObject(x, "found", br->tp);
            cJSON_AddNumberToObject(x, "false_positives", br->fp);
            cJSON_AddNumberToObject(x, "missed", br->fn);
            cJSON_AddNumberToObject(x, "known_gaps", br->gap);
            cJSON_AddNumberToObject(x, "unimplemented", br->unimpl);
            cJSON_AddNumberToObject(x, "diagnostics", br->diags);
            cJSON_AddNumberToObject(x, "seconds", br->seconds);
            cJSON *pr = cJSON_AddArrayToObject(x, "problems");
            for (size_t k = 0; k < br->problems.len; k++)
                cJSON_AddItemToArray(pr, cJSON_CreateString(br->problems.data[k]));
            cJSON_AddItemToArray(builds, x);
            T[0] += br->tp, T[1] += br->fp, T[2] += br->fn, T[3] += br->gap, T[4] += br->unimpl;
        }
        cJSON_AddItemToArray(drivers, o);
    }
    cJSON *rules = cJSON_AddArrayToObject(root, "rules");
    for (size_t i = 0; i < c->rules.len; i++) {
        const RuleTally *t = &c->rules.data[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "rule", t->rule);
        cJSON_AddNumberToObject(o, "true_positives", t->tp);
        cJSON_AddNumberToObject(o, "false_positives", t->fp);
        cJSON_AddNumberToObject(o, "false_negatives", t->fn);
        cJSON_AddNumberToObject(o, "known_gaps", t->gap);
        cJSON_AddNumberToObject(o, "unimplemented", t->unimpl);
        cJSON_AddNumberToObject(o, "precision", ratio(t->tp, t->tp + t->fp));
        cJSON_AddNumberToObject(o, "recall", ratio(t->tp, t->tp + t->fn + t->gap));
        cJSON_AddItemToArray(rules, o);
    }
    cJSON *tot = cJSON_AddObjectToObject(root, "total");
    cJSON_AddNumberToObject(tot, "true_positives", T[0]);
    cJSON_AddNumberToObject(tot, "false_positives", T[1]);
    cJSON_AddNumberToObject(tot, "false_negatives", T[2]);
    cJSON_AddNumberToObject(tot, "known_gaps", T[3]);
    cJSON_AddNumberToObject(tot, "unimplemented", T[4]);
    cJSON_AddNumberToObject(tot, "precision", ratio(T[0], T[0] + T[1]));
    cJSON_AddNumberToObject(tot, "recall", ratio(T[0], T[0] + T[2] + T[3]));
    cJSON_AddNumberToObject(tot, "seconds", c->seconds);
    cJSON_AddBoolToObject(root, "ok", corpus_ok(c));
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

int cmd_corpus(RunContext *ctx, int argc, char **argv)
{
    const char *dir = NULL, *format = "text";
    bool verbose = false;
    for (int i = 0; i < argc; i++) {
        int used = cli_frontend_option(ctx, argc, argv, i, stderr);
        if (used < 0) return EXIT_USAGE;
        if (used > 0) {
            i += used - 1;
            continue;
        }
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            format = argv[++i];
            if (strcmp(format, "text") && strcmp(format, "json")) {
                fprintf(stderr, "drvlint: corpus --format is text or json\n");
                return EXIT_USAGE;
            }
        } else if (strcmp(argv[i], "-v") == 0 || strcmp(argv[i], "--verbose") == 0) {
            verbose = true;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: drvlint corpus [--format text|json] [-v] [DIR]\n");
            return EXIT_USAGE;
        } else if (!dir) {
            dir = argv[i];
        } else {
            fprintf(stderr, "usage: drvlint corpus [--format text|json] [-v] [DIR]\n");
            return EXIT_USAGE;
        }
    }
    char *defdir = NULL;
    if (!dir) {
        if (path_is_dir("corpus")) dir = "corpus";
        else dir = defdir = path_join(ctx->home, "corpus");
    }
    if (!path_is_dir(dir)) {
        fprintf(stderr, "drvlint: error: %s: not a directory\n", dir);
        free(defdir);
        return EXIT_USAGE;
    }
    CheckOptions o;
    check_options_default(&o);
    StrBuf err;
    sb_init(&err);
    bool user;
    RuleSet *rules = check_load_rules(ctx, &o, &err, &user);
    if (!rules) {
        fprintf(stderr, "drvlint: error: cannot load rules: %s\n", sb_cstr(&err));
        sb_free(&err);
        free(defdir);
        return EXIT_INTERNAL;
    }
    sb_free(&err);
    Corpus c;
    memset(&c, 0, sizeof c);
    double t0 = now_seconds();
    StrVec drivers = {0};
    if (dir_has_c_files(dir)) {
        VEC_PUSH(drivers, xstrdup(dir));
    } else {
        size_t n;
        char **entries = dir_entries(dir, &n);
        for (size_t k = 0; k < n; k++)
            if (path_is_dir(entries[k]) && dir_has_c_files(entries[k])) VEC_PUSH(drivers, xstrdup(entries[k]));
        free_strings(entries, n);
    }
    if (!drivers.len) {
        fprintf(stderr, "drvlint: error: %s: no driver directories (with .c files) found\n", dir);
        rules_free(rules);
        free(defdir);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < drivers.len; i++) {
        run_driver(ctx, rules, drivers.data[i], &c);
        free(drivers.data[i]);
    }
    VEC_FREE(drivers);
    c.seconds = now_seconds() - t0;
    sort_array(c.rules.data, c.rules.len, sizeof(RuleTally), cmp_tally);
    if (strcmp(format, "json") == 0) {
        char *s = to_json(&c);
        puts(s);
        free(s);
    } else {
        print_text(&c, verbose);
    }
    bool ok = corpus_ok(&c);
    corpus_free(&c);
    rules_free(rules);
    free(defdir);
    return ok ? EXIT_CLEAN : EXIT_FINDINGS;
}
