/*
 * check_run.c - `drvlint check` around the analysis of one driver:
 *
 *   paths -> drivers (a directory without .c files of its own is a tree of
 *   drivers: each topmost directory with .c files below it is one)
 *   -> per driver: dependencies (store/deps.c) -> reuse a recorded analysis
 *      whose dependencies are unchanged, or analyze (cmd_check.c)
 *   -> baseline / --changed filtering -> the run record (one transaction)
 *   -> text | JSON | SARIF -> exit code (--fail-on)
 *
 * The database is optional (--no-db); with it, every run is recorded and
 * unchanged drivers are not analyzed again.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cli/check.h"
#include "cli/cli.h"
#include "cli/git.h"
#include "store/store.h"

/* ---- options ------------------------------------------------------------------------ */

int check_store_option(CheckOptions *o, int argc, char **argv, int i)
{
    const char *a = argv[i];
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
    const char *val = NULL;
    int used = 0;
    static const char *const valued[] = {"--db", "--baseline", "--fail-on", "--source-root", "--sarif-category"};
    for (size_t k = 0; k < sizeof valued / sizeof *valued; k++) {
        size_t n = strlen(valued[k]);
        if (strcmp(a, valued[k]) == 0) {
            if (!next) {
                fprintf(stderr, "drvlint: %s needs a value\n", a);
                return -1;
            }
            val = next;
            used = 2;
        } else if (strncmp(a, valued[k], n) == 0 && a[n] == '=') {
            val = a + n + 1;
            used = 1;
        } else {
            continue;
        }
        if (!*val) {
            fprintf(stderr, "drvlint: %s needs a value\n", valued[k]);
            return -1;
        }
        switch (k) {
        case 0: o->db = val; break;
        case 1: o->baseline = val; break;
        case 2:
            if (strcmp(val, "error") == 0) o->fail_on = FAIL_ON_ERROR;
            else if (strcmp(val, "warning") == 0) o->fail_on = FAIL_ON_WARNING;
            else if (strcmp(val, "never") == 0) o->fail_on = FAIL_ON_NEVER;
            else {
                fprintf(stderr, "drvlint: --fail-on must be error, warning or never\n");
                return -1;
            }
            break;
        case 3:
            if (!path_is_dir(val)) {
                fprintf(stderr, "drvlint: --source-root %s: not a directory\n", val);
                return -1;
            }
            o->source_root = val;
            break;
        default: o->sarif_category = val; break;
        }
        return used;
    }
    if (strcmp(a, "--no-db") == 0) {
        o->no_db = true;
        return 1;
    }
    if (strcmp(a, "--no-cache") == 0) {
        o->no_cache = true;
        return 1;
    }
    if (strcmp(a, "--staged") == 0) {
        o->staged = true;
        return 1;
    }
    if (strcmp(a, "--changed") == 0 || strncmp(a, "--changed=", 10) == 0) {
        if (a[9] == '=') {
            o->changed = a + 10;
            used = 1;
        } else if (next && next[0] != '-' && !path_exists(next)) {
            /* --changed REV; a path after --changed is a path */
            o->changed = next;
            used = 2;
        } else {
            o->changed = "HEAD";
            used = 1;
        }
        if (!*o->changed || o->changed[0] == '-') {
            fprintf(stderr, "drvlint: --changed needs a revision, not '%s'\n", o->changed);
            return -1;
        }
        return used;
    }
    return 0;
}

/* ---- drivers of a tree ---------------------------------------------------------------- */

typedef VEC(char *) StrVec;


/* Any .c file below dir? */
static bool has_c_below(const char *dir, int depth)
{
    if (depth > 16) return false;
    if (dir_has_c_files(dir)) return true;
    size_t n;
    char **entries = dir_entries(dir, &n);
    bool found = false;
    for (size_t i = 0; i < n && !found; i++)
        if (path_is_dir(entries[i])) found = has_c_below(entries[i], depth + 1);
    free_strings(entries, n);
    return found;
}

/* The drivers below dir: the topmost directories that contain .c files, or
   a device.json and .c files below it. */
static void find_drivers(const char *dir, StrVec *out, int depth)
{
    if (depth > 16) return;
    bool model = false;
    if (!dir_has_c_files(dir)) {
        char *dm = path_join(dir, "device.json");
        model = path_exists(dm) && has_c_below(dir, depth);
        free(dm);
    }
    if (model || dir_has_c_files(dir)) {
        VEC_PUSH(*out, xstrdup(dir));
        return;
    }
    size_t n;
    char **entries = dir_entries(dir, &n);
    for (size_t i = 0; i < n; i++)
        if (path_is_dir(entries[i])) find_drivers(entries[i], out, depth + 1);
    free_strings(entries, n);
}

/* One unit of analysis: the paths handed to the front end together
   (either the command line's paths, or owned[owned_idx]). */
typedef struct Unit {
    char **paths;
    int npaths;
    size_t owned_idx;
    bool owned;
} Unit;

/* ---- the parts of the cache key -------------------------------------------------------- */

static void hash_tree_json(Sha256 *c, const char *dir, const char *base, int depth)
{
    if (depth > 16) return;
    size_t n;
    char **entries = dir_entries(dir, &n);
    for (size_t i = 0; i < n; i++) {
        const char *p = entries[i];
        if (path_is_dir(p)) {
            hash_tree_json(c, p, base, depth + 1);
        } else if (str_endswith(p, ".json")) {
            const char *why;
            size_t len;
            char *text = read_file(p, &len, &why);
            char *rel = path_relative(p, base);
            sha256_update(c, rel, strlen(rel) + 1);
            free(rel);
            char hex[65] = "-";
            if (text) sha256_hex(text, len, hex);
            sha256_update(c, hex, strlen(hex) + 1);
            free(text);
        }
    }
    free_strings(entries, n);
}

static void file_digest(const char *path, char out[65])
{
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (text) sha256_hex(text, len, out);
    else snprintf(out, 65, "-");
    free(text);
}

/* The running executable: a rebuilt or reinstalled drvlint never reuses
   old results. Its identity is cheap to get (no hashing of the binary):
   version, size, modification time and inode. */
static void build_id(char out[65])
{
    struct stat st;
    char buf[256];
    if (stat("/proc/self/exe", &st) != 0) {
        snprintf(out, 65, "%s", DRVLINT_VERSION);
        return;
    }
    snprintf(buf, sizeof buf, "%s:%lld:%lld.%09ld:%llu:%llu", DRVLINT_VERSION, (long long)st.st_size,
             (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec, (unsigned long long)st.st_ino,
             (unsigned long long)st.st_dev);
    sha256_hex(buf, strlen(buf), out);
}

static void json_strs(cJSON *o, const char *key, const char *const *v, size_t n)
{
    cJSON *a = cJSON_AddArrayToObject(o, key);
    for (size_t i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateString(v[i]));
}

/* The options that change results, as JSON (runs.config). */
static char *config_json(const RunContext *ctx, const CheckOptions *o, const char *rules_digest,
                         const char *roles_digest)
{
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "arch", ctx->fe.arch ? ctx->fe.arch : "x64");
    json_strs(c, "defines", ctx->fe.defines, ctx->fe.ndefines);
    cJSON *inc = cJSON_AddArrayToObject(c, "include_dirs");
    for (size_t i = 0; i < ctx->fe.nincludes; i++) {
        char *r = path_realpath(ctx->fe.include_dirs[i]);
        cJSON_AddItemToArray(inc, cJSON_CreateString(r ? r : ctx->fe.include_dirs[i]));
        free(r);
    }
    cJSON_AddNumberToObject(c, "dbg", ctx->fe.dbg);
    if (ctx->fe.compile_db_dir) {
        char *r = path_realpath(ctx->fe.compile_db_dir);
        cJSON_AddStringToObject(c, "compile_db", r ? r : ctx->fe.compile_db_dir);
        free(r);
    } else {
        cJSON_AddNullToObject(c, "compile_db");
    }
    cJSON_AddNumberToObject(c, "max_file_bytes", (double)ctx->fe.max_file_bytes);
    cJSON_AddNumberToObject(c, "budget_states", o->engine.max_states);
    cJSON_AddNumberToObject(c, "budget_steps", o->engine.max_steps);
    cJSON_AddNumberToObject(c, "budget_ms", o->engine.max_ms);
    cJSON_AddNumberToObject(c, "loop_unroll", o->engine.loop_unroll);
    cJSON_AddNumberToObject(c, "max_call_depth", o->engine.max_call_depth);
    cJSON_AddBoolToObject(c, "no_summaries", o->engine.no_summaries);
    cJSON_AddBoolToObject(c, "no_joins", o->engine.no_joins);
    if (o->only) cJSON_AddStringToObject(c, "only", o->only);
    else cJSON_AddNullToObject(c, "only");
    cJSON *rd = cJSON_AddArrayToObject(c, "rule_dirs");
    for (uint32_t i = 0; i < o->nrule_dirs; i++) {
        char *r = path_realpath(o->rule_dirs[i]);
        cJSON_AddItemToArray(rd, cJSON_CreateString(r ? r : o->rule_dirs[i]));
        free(r);
    }
    cJSON_AddStringToObject(c, "rules_digest", rules_digest);
    cJSON_AddStringToObject(c, "roles_digest", roles_digest);
    if (o->device_model) cJSON_AddStringToObject(c, "device_model", o->device_model);
    else cJSON_AddNullToObject(c, "device_model");
    char *s = cJSON_PrintUnformatted(c);
    cJSON_Delete(c);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

/* ---- one driver ------------------------------------------------------------------------ */

typedef struct DriverRun {
    char *root;               /* absolute */
    char *path;               /* relative to the source root */
    char *prefix;             /* shown before its paths in a tree report, or NULL */
    Program *prog;
    Harness *harness;         /* kept: exploration statistics point into it */
    Analysis an;
    DeviceModel dm;
    DepSet deps;
    bool have_deps;
    char cache_key[65];
    bool cacheable;
    int64_t reused_driver;    /* driver row reused, 0 = analyzed */
    int64_t reused_run;
    bool *shown;              /* --changed: per finding */
    uint8_t *state;           /* per finding, for the database */
    bool has_reference;       /* is_new compared with a baseline/reference */
    double seconds;
} DriverRun;

static void driver_run_free(DriverRun *d)
{
    free(d->root);
    free(d->path);
    free(d->prefix);
    analysis_free(&d->an);
    harness_free(d->harness);
    devmodel_free(&d->dm);
    program_free(d->prog);
    if (d->have_deps) deps_free(&d->deps);
    free(d->shown);
    free(d->state);
}

typedef struct Run {
    RunContext *ctx;
    CheckOptions *o;
    RuleSet *rules;
    Store *db;
    HashCache hc;
    char *tree_root;
    char *source_root;
    char *git_top;
    char *common_key;         /* digest of everything but the driver's own inputs */
    char *config;
    char rules_digest[65];
    char roles_digest[65];
    char build[65];
    VEC(DriverRun) drivers;
    StrVec problems;          /* messages for SARIF notifications */
    bool input_problems;
    bool multi;
    ChangeSet changes;
    bool changed_mode;
    char *base_rev;
} Run;

static void problem(Run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(Run *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf sb;
    sb_init(&sb);
    sb_vprintf(&sb, fmt, ap);
    va_end(ap);
    fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&sb));
    VEC_PUSH(r->problems, sb_take(&sb));
    r->input_problems = true;
}

/* Front end for one driver, printing input problems like cli_build_program. */
static Program *build_program(Run *r, DriverInput *in)
{
    for (size_t i = 0; i < in->nproblems; i++) problem(r, "%s: %s", in->problems[i].path, in->problems[i].message);
    Program *p = frontend_build(in, &r->ctx->fe);
    for (uint32_t i = 0; i < p->nfiles; i++) {
        SourceFile *sf = &p->files[i];
        if (sf->problem && (sf->parsed || sf->parse_failed)) problem(r, "%s: %s", sf->path, sf->problem);
    }
    return p;
}

static void driver_key(Run *r, const DriverInput *in, const char *device_model, char out[65])
{
    Sha256 c;
    sha256_init(&c);
    sha256_update(&c, r->common_key, strlen(r->common_key) + 1);
    char dm[65] = "-";
    if (device_model) file_digest(device_model, dm);
    sha256_update(&c, dm, strlen(dm) + 1);
    for (size_t f = 0; in->file_args && f < in->nfiles; f++) {
        sha256_update(&c, "#", 1);
        for (size_t a = 0; in->file_args[f] && a < in->file_nargs[f]; a++)
            sha256_update(&c, in->file_args[f][a], strlen(in->file_args[f][a]) + 1);
    }
    sha256_final_hex(&c, out);
}

static bool affected(const Run *r, const DepSet *deps)
{
    for (uint32_t i = 0; i < r->changes.nfiles; i++)
        if (deps_contains(deps, r->changes.files[i].abs)) return true;
    return false;
}

/* Analyzes (or reuses) one driver; false when it was skipped. */
static bool run_driver(Run *r, Unit *u)
{
    double t0 = now_seconds();
    DriverInput in;
    StrBuf err;
    sb_init(&err);
    if (!frontend_collect((const char *const *)u->paths, (size_t)u->npaths, &r->ctx->fe, &in, &err)) {
        problem(r, "%s", sb_cstr(&err));
        sb_free(&err);
        return false;
    }
    for (size_t i = 0; i < r->drivers.len; i++)
        if (strcmp(r->drivers.data[i].root, in.root) == 0) { /* the same driver named twice */
            driver_input_free(&in);
            sb_free(&err);
            return false;
        }
    DriverRun d;
    memset(&d, 0, sizeof d);
    d.root = xstrdup(in.root);
    d.path = path_relative_up(d.root, r->source_root);
    if (r->multi) {
        char *rel = path_relative_up(d.root, r->tree_root);
        if (strcmp(rel, ".") != 0) {
            StrBuf sb;
            sb_init(&sb);
            sb_printf(&sb, "%s/", rel);
            d.prefix = sb_take(&sb);
        }
        free(rel);
    }
    deps_scan(&in, &r->ctx->fe, d.root, &r->hc, &d.deps);
    d.have_deps = true;
    if (r->changed_mode && !affected(r, &d.deps)) {
        driver_input_free(&in);
        sb_free(&err);
        driver_run_free(&d);
        return false;
    }
    char *dm_path = r->o->device_model ? xstrdup(r->o->device_model) : path_join(d.root, "device.json");
    bool dm_exists = path_exists(dm_path);
    driver_key(r, &in, dm_exists ? dm_path : NULL, d.cache_key);
    free(dm_path);
    d.cacheable = in.nproblems == 0 && !d.deps.incomplete;
    arena_init(&d.dm.arena);
    analysis_init(&d.an);
    bool done = false;
    if (r->db && !r->o->no_cache && d.cacheable) {
        int64_t id = store_find_reusable(r->db, d.path, d.cache_key, &d.deps, d.root, r->ctx->model_dir, &r->hc);
        if (id) {
            if (store_load_driver(r->db, id, d.root, r->ctx->model_dir, &d.prog, &d.an, &d.dm, &d.reused_run, &err)) {
                d.reused_driver = id;
                done = true;
                /* keep the files the front end read beyond the scan in the new record */
                deps_add_program(&d.deps, d.prog, d.root, r->ctx->model_dir, &r->hc);
            } else {
                fprintf(stderr, "drvlint: warning: cannot reuse the recorded results (%s); analyzing again\n",
                        sb_cstr(&err));
                sb_clear(&err);
                analysis_free(&d.an);
                analysis_init(&d.an);
                devmodel_free(&d.dm);
                memset(&d.dm, 0, sizeof d.dm);
                arena_init(&d.dm.arena);
            }
        }
    }
    if (!done) {
        d.prog = build_program(r, &in);
        for (uint32_t i = 0; i < d.prog->nfiles; i++)
            if (d.prog->files[i].problem) d.cacheable = false;
        devmodel_free(&d.dm);
        memset(&d.dm, 0, sizeof d.dm);
        if (!check_device_model(r->ctx, r->o, d.prog, &d.dm, &err)) {
            problem(r, "%s", sb_cstr(&err));
            driver_input_free(&in);
            sb_free(&err);
            driver_run_free(&d);
            return false;
        }
        check_analyze(r->ctx, r->o, r->rules, d.prog, &d.dm, &d.harness, &d.an);
        deps_add_program(&d.deps, d.prog, d.root, r->ctx->model_dir, &r->hc);
    }
    driver_input_free(&in);
    sb_free(&err);
    d.seconds = now_seconds() - t0;
    VEC_PUSH(r->drivers, d);
    return true;
}

/* ---- baselines and the changed lines ------------------------------------------------------ */

static bool parse_run_id(const char *s, int64_t *out)
{
    char *end;
    long long v = strtoll(s, &end, 10);
    if (!*s || *end || v <= 0) return false;
    *out = v;
    return true;
}

static bool load_baseline(Run *r, Baseline *b, StrBuf *err)
{
    const char *spec = r->o->baseline;
    int64_t id;
    bool is_run = parse_run_id(spec, &id) && !path_exists(spec);
    if (strcmp(spec, "latest") == 0 && !path_exists(spec)) {
        if (!r->db) {
            sb_puts(err, "--baseline latest needs the database (not --no-db)");
            return false;
        }
        id = store_latest_run(r->db);
        if (!id) {
            sb_printf(err, "%s has no recorded run to use as the baseline", store_path(r->db));
            return false;
        }
        is_run = true;
    }
    if (is_run) {
        if (!r->db) {
            sb_printf(err, "--baseline %s names a run, which needs the database (not --no-db)", spec);
            return false;
        }
        return store_baseline_run(r->db, id, b, err);
    }
    return baseline_load_file(spec, b, err);
}

/* Matches findings with a baseline, saving the result in state[] */
static void compare(DriverRun *d, Baseline *b, uint8_t *state)
{
    for (size_t k = 0; k < b->n; k++) b->v[k].matched = false;
    baseline_match(b, d->path, &d->an);
    for (uint32_t i = 0; i < d->an.nfindings; i++)
        state[i] = d->an.findings[i].is_new ? BASELINE_NEW : BASELINE_UNCHANGED;
}

static char *get_cwd(void)
{
    char buf[PATH_MAX];
    return getcwd(buf, sizeof buf) ? xstrdup(buf) : NULL;
}

static double wall_now(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

static char *arguments_json(const CheckOptions *o)
{
    cJSON *a = cJSON_CreateArray();
    cJSON_AddItemToArray(a, cJSON_CreateString("drvlint"));
    cJSON_AddItemToArray(a, cJSON_CreateString("check"));
    for (int i = 0; i < o->argc; i++) cJSON_AddItemToArray(a, cJSON_CreateString(o->argv[i]));
    char *s = cJSON_PrintUnformatted(a);
    cJSON_Delete(a);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

static bool counts(const CheckOptions *o, const Finding *f)
{
    if (f->suppressed) return false;
    if (o->fail_on == FAIL_ON_NEVER) return false;
    if (o->fail_on == FAIL_ON_ERROR) return f->severity == SEV_ERROR;
    return f->severity >= SEV_WARNING;
}

static int write_output(const CheckOptions *o, const ReportSet *set)
{
    char *doc = NULL;
    if (strcmp(o->format, "text") == 0) {
        if (!o->output) {
            report_text_set(stdout, stderr, set);
            return EXIT_CLEAN;
        }
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        report_text_set(mem, stderr, set);
        fclose(mem);
        doc = buf;
    } else if (strcmp(o->format, "json") == 0) {
        doc = report_json_set(set);
    } else {
        doc = report_sarif_set(set);
    }
    int rc = EXIT_CLEAN;
    size_t n = strlen(doc);
    if (!n || doc[n - 1] != '\n') {
        doc = xrealloc(doc, n + 2);
        doc[n] = '\n';
        doc[n + 1] = 0;
        n++;
    }
    if (o->output) {
        const char *why;
        if (!write_file_atomic(o->output, doc, n, &why)) {
            fprintf(stderr, "drvlint: cannot write %s: %s\n", o->output, why);
            rc = EXIT_USAGE;
        }
    } else {
        fputs(doc, stdout);
    }
    free(doc);
    return rc;
}

/* Walks up from dir to the nearest directory holding .git (heap), or NULL. */
static char *find_git_dir_root(const char *dir)
{
    char *cur = xstrdup(dir);
    for (;;) {
        char *g = path_join(cur, ".git");
        bool ok = path_exists(g);
        free(g);
        if (ok) return cur;
        if (strcmp(cur, "/") == 0) break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    return NULL;
}

static char *common_root(char **paths, int n)
{
    char *root = NULL;
    for (int i = 0; i < n; i++) {
        char *abs = path_realpath(paths[i]);
        if (!abs) continue;
        if (!path_is_dir(abs)) {
            char *d = path_dirname(abs);
            free(abs);
            abs = d;
        }
        if (!root) {
            root = abs;
            continue;
        }
        while (!(str_startswith(abs, root) && (abs[strlen(root)] == '/' || abs[strlen(root)] == 0)) &&
               strcmp(root, "/") != 0) {
            char *up = path_dirname(root);
            free(root);
            root = up;
        }
        free(abs);
    }
    return root;
}

/* ---- the run ------------------------------------------------------------------------------ */

int check_run(RunContext *ctx, CheckOptions *o)
{
    double wall_start = wall_now();
    Run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    r.o = o;
    hashcache_init(&r.hc);
    ptrmap_init(&r.changes.index);
    int rc = EXIT_CLEAN;
    StrBuf err;
    sb_init(&err);
    Baseline base;
    memset(&base, 0, sizeof base);
    bool have_base = false;
    VEC(Unit) units = {0};
    StrVec owned = {0};
    char *git_head = NULL;
    char *cwd = NULL;

    if (o->changed && o->staged) {
        fprintf(stderr, "drvlint: --changed and --staged cannot be combined\n");
        rc = EXIT_USAGE;
        goto out;
    }
    bool user_error;
    r.rules = check_load_rules(ctx, o, &err, &user_error);
    if (!r.rules) {
        fprintf(stderr, "drvlint: error: cannot load rules: %s\n", sb_cstr(&err));
        rc = user_error ? EXIT_USAGE : EXIT_INTERNAL;
        goto out;
    }

    /* --changed / --staged: the git work tree and its changes */
    r.changed_mode = o->changed || o->staged;
    cwd = get_cwd();
    if (r.changed_mode) {
        char *start = o->npaths ? path_realpath(o->paths[0]) : xstrdup(cwd ? cwd : ".");
        if (start && !path_is_dir(start)) {
            char *dd = path_dirname(start);
            free(start);
            start = dd;
        }
        r.git_top = start ? git_toplevel(start) : NULL;
        free(start);
        if (!r.git_top) {
            fprintf(stderr, "drvlint: error: %s needs a git work tree (git not found, or not inside a repository)\n",
                    o->staged ? "--staged" : "--changed");
            rc = EXIT_USAGE;
            goto out;
        }
        const char *rev = o->staged ? "HEAD" : o->changed;
        r.base_rev = git_commit(r.git_top, rev);
        if (!r.base_rev && !o->staged) {
            fprintf(stderr, "drvlint: error: --changed: '%s' is not a commit of %s\n", rev, r.git_top);
            rc = EXIT_USAGE;
            goto out;
        }
        changes_free(&r.changes);
        if (!git_changes(r.git_top, r.base_rev ? r.base_rev : "HEAD", o->staged, &r.changes, &err)) {
            fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
            rc = EXIT_USAGE;
            goto out;
        }
        if (o->npaths == 0 && !ctx->fe.compile_db_dir) {
            VEC_PUSH(owned, xstrdup(r.git_top));
            o->paths[o->npaths++] = owned.data[owned.len - 1];
        }
    }

    /* the drivers */
    bool all_dirs = o->npaths > 0 && !ctx->fe.compile_db_dir;
    for (uint32_t i = 0; i < o->npaths && all_dirs; i++) all_dirs = path_is_dir(o->paths[i]);
    if (all_dirs) {
        for (uint32_t i = 0; i < o->npaths; i++) {
            StrVec found = {0};
            find_drivers(o->paths[i], &found, 0);
            if (found.len <= 1) {
                /* one driver (or none: the front end says what is wrong): the
                   directory itself, as it was given */
                for (size_t k = 0; k < found.len; k++) free(found.data[k]);
                found.len = 0;
                VEC_PUSH(found, xstrdup(o->paths[i]));
            } else {
                r.multi = true;
            }
            for (size_t k = 0; k < found.len; k++) {
                VEC_PUSH(owned, found.data[k]);
                Unit u = {NULL, 1, owned.len - 1, true};
                VEC_PUSH(units, u);
            }
            VEC_FREE(found);
        }
        if (units.len > 1) r.multi = true;
        for (size_t i = 0; i < units.len; i++) units.data[i].paths = &owned.data[units.data[i].owned_idx];
    } else {
        Unit u = {o->paths, (int)o->npaths, 0, false};
        VEC_PUSH(units, u);
    }
    if (ctx->fe.compile_db_dir) r.tree_root = path_realpath(ctx->fe.compile_db_dir);
    else r.tree_root = common_root(o->paths, (int)o->npaths);
    if (!r.tree_root) r.tree_root = xstrdup(cwd ? cwd : ".");
    if (o->source_root) r.source_root = path_realpath(o->source_root);
    if (!r.source_root && r.git_top) r.source_root = xstrdup(r.git_top);
    if (!r.source_root) r.source_root = find_git_dir_root(r.tree_root);
    if (!r.source_root) r.source_root = xstrdup(r.tree_root);

    /* the database */
    if (!o->no_db) {
        char *dbpath = o->db ? (path_is_dir(o->db) ? path_join(o->db, ".drvlint/drvlint.db") : xstrdup(o->db))
                             : path_join(r.tree_root, ".drvlint/drvlint.db");
        bool existed = path_exists(dbpath);
        r.db = store_open(dbpath, true, &err);
        if (!r.db) {
            if (!o->db && !existed && strstr(sb_cstr(&err), "cannot create")) {
                fprintf(stderr, "drvlint: warning: %s; the run is not recorded (use --db FILE or --no-db)\n",
                        sb_cstr(&err));
                sb_clear(&err);
            } else {
                fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
                rc = EXIT_USAGE;
                free(dbpath);
                    goto out;
            }
        }
        free(dbpath);
    }

    /* the baseline */
    if (o->baseline) {
        if (!load_baseline(&r, &base, &err)) {
            fprintf(stderr, "drvlint: error: --baseline: %s\n", sb_cstr(&err));
            rc = EXIT_USAGE;
            goto out;
        }
        have_base = true;
    }

    /* what every driver's cache key shares */
    {
        char *rp = path_join(ctx->home, "data/ddi/roles.tsv");
        file_digest(rp, r.roles_digest);
        free(rp);
        Sha256 c;
        sha256_init(&c);
        char *builtin = path_join(ctx->home, "rules");
        hash_tree_json(&c, builtin, builtin, 0);
        free(builtin);
        for (uint32_t i = 0; i < o->nrule_dirs; i++) {
            sha256_update(&c, "|", 1);
            hash_tree_json(&c, o->rule_dirs[i], o->rule_dirs[i], 0);
        }
        sha256_final_hex(&c, r.rules_digest);
        build_id(r.build);
        r.config = config_json(ctx, o, r.rules_digest, r.roles_digest);
        StrBuf k;
        sb_init(&k);
        sb_printf(&k, "%s\n%s\n%s", DRVLINT_VERSION, r.build, r.config);
        char hex[65];
        sha256_hex(k.data, k.len, hex);
        sb_free(&k);
        r.common_key = xstrdup(hex);
    }

    for (size_t i = 0; i < units.len; i++) run_driver(&r, &units.data[i]);
    if (o->staged && r.drivers.len) {
        /* --staged reads the work tree: say so when it differs from the index */
        ChangeSet unstaged;
        git_unstaged(r.git_top, &unstaged);
        for (uint32_t k = 0; k < unstaged.nfiles; k++) {
            const char *f = unstaged.files[k].abs;
            bool staged_too = ptrmap_get(&r.changes.index, f) != NULL, used = false;
            for (size_t i = 0; i < r.drivers.len && !used; i++) used = deps_contains(&r.drivers.data[i].deps, f);
            if (staged_too && used)
                fprintf(stderr, "drvlint: warning: %s also has unstaged changes; --staged analyzes the file as it is in "
                                "the work tree (stash them with `git stash --keep-index` to check exactly what is "
                                "committed)\n", f);
        }
        changes_free(&unstaged);
    }
    if (!r.drivers.len && !r.changed_mode) {
        rc = EXIT_USAGE;
        goto out;
    }

    /* baselines, references, changed lines */
    VEC(FixedFinding) fixed = {0};
    for (size_t i = 0; i < r.drivers.len; i++) {
        DriverRun *d = &r.drivers.data[i];
        uint32_t n = d->an.nfindings;
        d->state = xcalloc(n ? n : 1, sizeof(uint8_t));
        bool *was_new = xcalloc(n ? n : 1, sizeof(bool));
        if (have_base) {
            compare(d, &base, d->state);
            d->has_reference = true;
        } else if (r.db) {
            Baseline prev;
            memset(&prev, 0, sizeof prev);
            if (store_baseline_driver(r.db, d->path, false, &prev)) compare(d, &prev, d->state);
            else
                for (uint32_t k = 0; k < n; k++) d->state[k] = BASELINE_NEW;
            baseline_free(&prev);
            for (uint32_t k = 0; k < n; k++) d->an.findings[k].is_new = false;
        }
        if (r.changed_mode) {
            /* reference: the baseline, else the last full run of the driver */
            bool have_ref = have_base;
            if (have_ref) {
                for (uint32_t k = 0; k < n; k++) was_new[k] = d->state[k] == BASELINE_NEW;
            } else if (r.db) {
                Baseline ref;
                memset(&ref, 0, sizeof ref);
                if (store_baseline_driver(r.db, d->path, true, &ref)) {
                    have_ref = true;
                    uint8_t *tmp = xcalloc(n ? n : 1, 1);
                    compare(d, &ref, tmp);
                    for (uint32_t k = 0; k < n; k++) was_new[k] = tmp[k] == BASELINE_NEW;
                    free(tmp);
                }
                baseline_free(&ref);
            }
            d->shown = xcalloc(n ? n : 1, sizeof(bool));
            for (uint32_t k = 0; k < n; k++) {
                Finding *f = &d->an.findings[k];
                const SourceFile *sf = program_file(d->prog, f->loc.file);
                bool on_changed = sf && changes_line(&r.changes, sf->abs, f->loc.line);
                d->shown[k] = on_changed || (have_ref && was_new[k]);
                f->is_new = have_ref ? was_new[k] : on_changed;
            }
            d->has_reference = true;
        }
        free(was_new);
    }
    StrVec fixed_files = {0};
    if (have_base) {
        for (size_t k = 0; k < base.n; k++) {
            BaselineEntry *e = &base.v[k];
            if (e->matched) continue;
            const DriverRun *owner = NULL;
            for (size_t i = 0; i < r.drivers.len && !owner && e->driver; i++)
                if (strcmp(r.drivers.data[i].path, e->driver) == 0) owner = &r.drivers.data[i];
            if (e->driver && !owner) continue;   /* a driver this run did not analyze */
            const char *file = e->path;
            if (owner && owner->prefix && e->path) {
                StrBuf sb;
                sb_init(&sb);
                sb_printf(&sb, "%s%s", owner->prefix, e->path);
                VEC_PUSH(fixed_files, sb_take(&sb));
                file = fixed_files.data[fixed_files.len - 1];
            }
            FixedFinding x = {e->driver, e->rule, file, e->function, e->message, e->fingerprint, e->line, e->col};
            VEC_PUSH(fixed, x);
        }
    }

    /* the exit code */
    int exit_code = EXIT_CLEAN;
    for (size_t i = 0; i < r.drivers.len; i++) {
        DriverRun *d = &r.drivers.data[i];
        if (d->prog->any_errors) r.input_problems = true;
        for (uint32_t k = 0; k < d->an.nfindings; k++) {
            const Finding *f = &d->an.findings[k];
            if (d->shown && !d->shown[k]) continue;   /* --changed: not on a changed line, not new */
            if (have_base && !f->is_new) continue;     /* in the baseline */
            if (counts(o, f)) exit_code = EXIT_FINDINGS;
        }
    }
    if (r.input_problems) exit_code = EXIT_USAGE;

    /* the run record */
    double wall_end = wall_now();
    if (r.db) {
        git_head = r.git_top ? git_commit(r.git_top, "HEAD") : NULL;
        if (!git_head) {
            char *top = find_git_dir_root(r.tree_root);
            if (top) git_head = git_commit(top, "HEAD");
            free(top);
        }
        StoreDriver *sd = xcalloc(r.drivers.len ? r.drivers.len : 1, sizeof(StoreDriver));
        for (size_t i = 0; i < r.drivers.len; i++) {
            DriverRun *d = &r.drivers.data[i];
            sd[i].prog = d->prog;
            sd[i].an = &d->an;
            sd[i].dm = &d->dm;
            sd[i].path = d->path;
            sd[i].deps = &d->deps;
            sd[i].cache_key = d->cache_key;
            sd[i].cacheable = d->cacheable;
            sd[i].reused_from = d->reused_driver;
            sd[i].reported = d->shown;
            sd[i].state = d->state;
            sd[i].seconds = d->seconds;
        }
        char *args = arguments_json(o);
        StoreRun sr;
        memset(&sr, 0, sizeof sr);
        sr.started = wall_start;
        sr.finished = wall_end;
        sr.tool_version = DRVLINT_VERSION;
        sr.build_id = r.build;
        sr.arguments = args;
        sr.config = r.config;
        sr.mode = o->staged ? "staged" : o->changed ? "changed" : "full";
        sr.base_rev = r.base_rev;
        sr.root = r.tree_root;
        sr.source_root = r.source_root;
        sr.git_commit = git_head;
        sr.baseline = have_base ? base.description : NULL;
        sr.rules = r.rules;
        sr.ruleset = r.rules_digest;
        sr.exit_code = exit_code;
        sr.outcome = exit_code == EXIT_USAGE ? "input-error" : exit_code == EXIT_FINDINGS ? "findings" : "clean";
        sr.drivers = sd;
        sr.ndrivers = r.drivers.len;
        int64_t run_id = 0;
        if (!store_record_run(r.db, &sr, &run_id, &err)) {
            fprintf(stderr, "drvlint: error: the run was not recorded: %s\n", sb_cstr(&err));
            if (exit_code < EXIT_USAGE) exit_code = EXIT_USAGE;
        } else if (o->verbose) {
            fprintf(stderr, "drvlint: run %lld recorded in %s\n", (long long)run_id, store_path(r.db));
        }
        free(args);
        free(sd);
    }

    /* the reports */
    if (r.changed_mode && r.drivers.len == 0) {
        fprintf(stderr, "drvlint: no driver contains a changed file\n");
    }
    ReportInput *ins = xcalloc(r.drivers.len ? r.drivers.len : 1, sizeof(ReportInput));
    for (size_t i = 0; i < r.drivers.len; i++) {
        DriverRun *d = &r.drivers.data[i];
        ReportInput *in = &ins[i];
        in->prog = d->prog;
        in->an = &d->an;
        in->dm = &d->dm;
        in->rules = r.rules;
        in->tool_version = DRVLINT_VERSION;
        in->show_suppressed = o->show_suppressed;
        in->verbose = o->verbose;
        in->repo_root = r.source_root;
        in->path_prefix = d->prefix;
        in->driver_path = d->path;
        in->shown = d->shown;
        in->baseline = have_base || (r.changed_mode && d->has_reference);
        in->reused_from_run = d->reused_driver ? d->reused_run : 0;
    }
    ReportSet set;
    memset(&set, 0, sizeof set);
    set.drivers = ins;
    set.ndrivers = r.drivers.len;
    set.multi = r.multi;
    set.tool_version = DRVLINT_VERSION;
    set.rules = r.rules;
    set.baseline = have_base ? base.description : NULL;
    set.fixed = fixed.data;
    set.nfixed = fixed.len;
    set.problems = (const char *const *)r.problems.data;
    set.nproblems = r.problems.len;
    set.source_root = r.source_root;
    StrBuf cat;
    sb_init(&cat);
    if (o->sarif_category) {
        sb_puts(&cat, o->sarif_category);
    } else {
        char *rel = path_relative_up(r.tree_root, r.source_root);
        sb_printf(&cat, "drvlint/%s/", strcmp(rel, ".") == 0 ? "root" : rel);
        free(rel);
    }
    set.automation_id = sb_cstr(&cat);
    set.argv = o->argv;
    set.argc = o->argc;
    /* argv for SARIF starts with the program name */
    char **full = xcalloc((size_t)o->argc + 2, sizeof(char *));
    full[0] = "drvlint";
    full[1] = "check";
    for (int i = 0; i < o->argc; i++) full[i + 2] = o->argv[i];
    set.argv = full;
    set.argc = o->argc + 2;
    set.cwd = cwd;
    set.start_time = wall_start;
    set.end_time = wall_end;
    set.exit_code = exit_code;
    if (r.drivers.len || strcmp(o->format, "text") != 0) {
        int wrc = write_output(o, &set);
        if (wrc && exit_code < EXIT_USAGE) exit_code = wrc;
    }
    free(full);
    sb_free(&cat);
    free(ins);
    VEC_FREE(fixed);
    for (size_t i = 0; i < fixed_files.len; i++) free(fixed_files.data[i]);
    VEC_FREE(fixed_files);
    rc = exit_code;

out:
    for (size_t i = 0; i < r.drivers.len; i++) driver_run_free(&r.drivers.data[i]);
    VEC_FREE(r.drivers);
    for (size_t i = 0; i < r.problems.len; i++) free(r.problems.data[i]);
    VEC_FREE(r.problems);
    for (size_t i = 0; i < owned.len; i++) free(owned.data[i]);
    VEC_FREE(owned);
    VEC_FREE(units);
    baseline_free(&base);
    changes_free(&r.changes);
    store_close(r.db);
    hashcache_free(&r.hc);
    if (r.rules) rules_free(r.rules);
    free(r.tree_root);
    free(r.source_root);
    free(r.git_top);
    free(r.common_key);
    free(r.config);
    free(r.base_rev);
    free(git_head);
    free(cwd);
    sb_free(&err);
    return rc;
}
