/*
 * cmd_db.c - the history commands:
 *
 *   drvlint db runs | findings | diff | info | prune     query the findings database
 *   drvlint baseline save FILE                          write a baseline file from a run
 *   drvlint install-hook                                a plain git pre-commit hook
 *
 * All of them find the database like `check` does (.drvlint/drvlint.db),
 * here in the current directory or the nearest parent that has one, unless
 * --db FILE names it. They never create a database.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "cli/cli.h"
#include "cli/git.h"
#include "store/store.h"

static const char db_usage[] =
    "usage: drvlint db <command> [--db FILE] [--format text|json]\n"
    "\n"
    "  runs [--limit N]                       the recorded runs, newest first\n"
    "  findings [--run N] [--rule R] [--new] [--show-suppressed]\n"
    "                                         the findings of a run (default: the latest)\n"
    "  diff A B                               findings new in run B and fixed since run A\n"
    "  info                                   the database file, its schema version and size\n"
    "  prune --keep N                         delete all but the newest N runs\n"
    "\n"
    "The database is --db FILE (or DIR/.drvlint/drvlint.db for --db DIR), else\n"
    ".drvlint/drvlint.db in the current directory or its nearest parent that has one.\n";

static const char baseline_usage[] =
    "usage: drvlint baseline save FILE [--run N] [--db FILE]\n"
    "\n"
    "Writes the findings of a run (default: the latest) as a baseline file for\n"
    "`drvlint check --baseline FILE`.\n";

static const char hook_usage[] =
    "usage: drvlint install-hook [--force] [--fail-on error|warning|never] [PATH...]\n"
    "\n"
    "Installs a git pre-commit hook in the repository of the current directory that\n"
    "runs `drvlint check --staged` (on PATH... if given) and refuses the commit when a\n"
    "finding is on a changed line or new. An existing hook that drvlint did not\n"
    "install is kept unless --force is given.\n";

/* .drvlint/drvlint.db in the current directory or a parent (heap), or NULL. */
static char *find_db(void)
{
    char *cur = path_realpath(".");
    while (cur) {
        char *p = path_join(cur, ".drvlint/drvlint.db");
        if (path_exists(p)) {
            free(cur);
            return p;
        }
        free(p);
        if (strcmp(cur, "/") == 0) break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    return NULL;
}

static Store *open_db(const char *given, int *rc)
{
    char *path = !given ? find_db() : path_is_dir(given) ? path_join(given, ".drvlint/drvlint.db") : xstrdup(given);
    if (!path) {
        fprintf(stderr, "drvlint: error: no database: there is no .drvlint/drvlint.db in the current directory or "
                        "its parents (run `drvlint check` first, or use --db FILE)\n");
        *rc = EXIT_USAGE;
        return NULL;
    }
    StrBuf err;
    sb_init(&err);
    Store *s = store_open(path, false, &err);
    if (!s) {
        fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
        *rc = EXIT_USAGE;
    }
    sb_free(&err);
    free(path);
    return s;
}

static bool parse_id(const char *s, int64_t *out)
{
    char *end;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || !*s || *end || v <= 0) return false;
    *out = v;
    return true;
}

/* A run named on the command line: a number, "latest" or "previous". */
static bool run_spec(Store *s, const char *spec, int64_t *out)
{
    if (strcmp(spec, "latest") == 0 || strcmp(spec, "last") == 0) {
        *out = store_latest_run(s);
    } else if (strcmp(spec, "previous") == 0) {
        int64_t l = store_latest_run(s);
        *out = 0;
        for (int64_t k = l - 1; k > 0 && !*out; k--)
            if (store_run_exists(s, k)) *out = k;
    } else if (!parse_id(spec, out)) {
        fprintf(stderr, "drvlint: error: '%s' is not a run (a number, latest or previous)\n", spec);
        return false;
    }
    if (!*out || !store_run_exists(s, *out)) {
        fprintf(stderr, "drvlint: error: %s: there is no run %s\n", store_path(s), spec);
        return false;
    }
    return true;
}

static const char *js(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static double jn(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

static bool jb(const cJSON *o, const char *k)
{
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, k));
}

static void print_json(cJSON *doc)
{
    char *s = cJSON_Print(doc);
    fputs(s, stdout);
    fputc('\n', stdout);
    cJSON_free(s);
}

static void print_finding(const cJSON *f, const char *tag)
{
    const char *drv = js(f, "driver");
    bool dir = *drv && strcmp(drv, ".") != 0;
    printf("%s%s%s:%d:%d: %s: %s [%s]%s%s%s\n", dir ? drv : "", dir ? "/" : "", js(f, "file"), (int)jn(f, "line"),
           (int)jn(f, "column"), tag ? tag : js(f, "severity"), js(f, "message"), js(f, "rule"),
           jb(f, "suppressed") ? " (suppressed)" : "", !tag && jb(f, "new") ? " (new)" : "",
           jb(f, "reported") ? "" : " (not reported)");
}

int cmd_db(RunContext *ctx, int argc, char **argv)
{
    (void)ctx;
    if (argc < 1 || strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
        fputs(db_usage, argc < 1 ? stderr : stdout);
        return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
    }
    const char *sub = argv[0];
    const char *dbpath = NULL, *format = "text", *run = NULL, *rule = NULL;
    const char *pos[2] = {NULL, NULL};
    int npos = 0, limit = 20, keep = -1;
    bool only_new = false, show_supp = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if ((strcmp(a, "--db") == 0 || strcmp(a, "--format") == 0 || strcmp(a, "--run") == 0 ||
             strcmp(a, "--rule") == 0 || strcmp(a, "--limit") == 0 || strcmp(a, "--keep") == 0) && !next) {
            fprintf(stderr, "drvlint: %s needs a value\n", a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--db") == 0) dbpath = argv[++i];
        else if (strcmp(a, "--format") == 0) {
            format = argv[++i];
            if (strcmp(format, "text") && strcmp(format, "json")) {
                fprintf(stderr, "drvlint: db --format must be text or json\n");
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--run") == 0) run = argv[++i];
        else if (strcmp(a, "--rule") == 0) rule = argv[++i];
        else if (strcmp(a, "--limit") == 0 || strcmp(a, "--keep") == 0) {
            char *end;
            long long v = strtoll(next, &end, 10);
            bool ok = *next && !*end && (v > 0 || (v == 0 && a[2] == 'k'));
            if (!ok || v > 1000000000) {
                fprintf(stderr, "drvlint: %s needs a number\n", a);
                return EXIT_USAGE;
            }
            if (a[2] == 'l') limit = (int)v;
            else keep = (int)v;
            i++;
        } else if (strcmp(a, "--new") == 0) only_new = true;
        else if (strcmp(a, "--show-suppressed") == 0) show_supp = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "drvlint: unknown option '%s'\n%s", a, db_usage);
            return EXIT_USAGE;
        } else if (npos < 2) pos[npos++] = a;
        else {
            fprintf(stderr, "drvlint: too many arguments\n%s", db_usage);
            return EXIT_USAGE;
        }
    }
    bool json = strcmp(format, "json") == 0;
    int want = strcmp(sub, "diff") == 0 ? 2 : 0;
    if (strcmp(sub, "runs") && strcmp(sub, "findings") && strcmp(sub, "diff") && strcmp(sub, "info") &&
        strcmp(sub, "prune")) {
        fprintf(stderr, "drvlint: unknown db command '%s'\n%s", sub, db_usage);
        return EXIT_USAGE;
    }
    if (npos != want) {
        fprintf(stderr, "drvlint: db %s %s\n%s", sub, want ? "needs two runs" : "takes no arguments", db_usage);
        return EXIT_USAGE;
    }
    if (strcmp(sub, "prune") == 0 && keep < 0) {
        fprintf(stderr, "drvlint: db prune needs --keep N\n");
        return EXIT_USAGE;
    }
    int rc = EXIT_CLEAN;
    Store *s = open_db(dbpath, &rc);
    if (!s) return rc;

    if (strcmp(sub, "runs") == 0) {
        cJSON *runs = store_query_runs(s, limit);
        if (json) {
            print_json(runs);
        } else {
            const cJSON *r;
            if (cJSON_GetArraySize(runs) == 0) printf("no runs recorded in %s\n", store_path(s));
            cJSON_ArrayForEach(r, runs)
            {
                printf("run %d  %s  %-7s %-11s exit %d  %d driver%s (%d analyzed, %d reused)  %d finding%s (%d new, "
                       "%d suppressed)  %.2fs  ",
                       (int)jn(r, "id"), js(r, "started_at"), js(r, "mode"), js(r, "outcome"), (int)jn(r, "exit_code"),
                       (int)jn(r, "drivers"), jn(r, "drivers") == 1 ? "" : "s", (int)jn(r, "analyzed"),
                       (int)jn(r, "reused"), (int)jn(r, "findings"), jn(r, "findings") == 1 ? "" : "s",
                       (int)jn(r, "new"), (int)jn(r, "suppressed"), jn(r, "duration"));
                const cJSON *a;
                bool first = true;
                cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(r, "arguments"))
                {
                    if (cJSON_IsString(a)) printf("%s%s", first ? "" : " ", a->valuestring);
                    first = false;
                }
                putchar('\n');
            }
        }
        cJSON_Delete(runs);
    } else if (strcmp(sub, "findings") == 0) {
        int64_t id;
        if (!run_spec(s, run ? run : "latest", &id)) rc = EXIT_USAGE;
        else {
            cJSON *fs = store_query_findings(s, id, rule, only_new, show_supp);
            if (json) {
                print_json(fs);
            } else {
                const cJSON *f;
                cJSON_ArrayForEach(f, fs) print_finding(f, NULL);
                fprintf(stderr, "drvlint: run %lld: %d finding%s%s%s%s\n", (long long)id, cJSON_GetArraySize(fs),
                        cJSON_GetArraySize(fs) == 1 ? "" : "s", only_new ? " new in that run" : "",
                        rule ? " of " : "", rule ? rule : "");
            }
            cJSON_Delete(fs);
        }
    } else if (strcmp(sub, "diff") == 0) {
        int64_t a, b;
        if (!run_spec(s, pos[0], &a) || !run_spec(s, pos[1], &b)) rc = EXIT_USAGE;
        else {
            cJSON *d = store_query_diff(s, a, b);
            if (json) {
                print_json(d);
            } else {
                const cJSON *f;
                cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(d, "new")) print_finding(f, "new");
                cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(d, "fixed")) print_finding(f, "fixed");
                printf("run %lld -> run %lld: %d new, %d fixed, %d unchanged\n", (long long)a, (long long)b,
                       cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(d, "new")),
                       cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(d, "fixed")), (int)jn(d, "unchanged"));
            }
            cJSON_Delete(d);
        }
    } else if (strcmp(sub, "info") == 0) {
        struct stat st;
        long long size = stat(store_path(s), &st) == 0 ? (long long)st.st_size : 0;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "path", store_path(s));
        cJSON_AddNumberToObject(o, "schema_version", store_user_version(s));
        cJSON *runs = store_query_runs(s, 0);
        cJSON_AddNumberToObject(o, "runs", cJSON_GetArraySize(runs));
        cJSON_Delete(runs);
        cJSON_AddNumberToObject(o, "latest_run", (double)store_latest_run(s));
        cJSON_AddNumberToObject(o, "bytes", (double)size);
        if (json) print_json(o);
        else
            printf("%s: drvlint database, schema version %d, %d run%s (latest %d), %lld bytes\n", store_path(s),
                   (int)jn(o, "schema_version"), (int)jn(o, "runs"), jn(o, "runs") == 1 ? "" : "s",
                   (int)jn(o, "latest_run"), size);
        cJSON_Delete(o);
    } else {
        StrBuf err;
        sb_init(&err);
        int n = store_prune(s, keep, &err);
        if (n < 0) {
            fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
            rc = EXIT_USAGE;
        } else {
            printf("deleted %d run%s, kept the newest %d\n", n, n == 1 ? "" : "s", keep);
        }
        sb_free(&err);
    }
    store_close(s);
    return rc;
}

int cmd_baseline(RunContext *ctx, int argc, char **argv)
{
    (void)ctx;
    if (argc >= 1 && (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0)) {
        fputs(baseline_usage, stdout);
        return EXIT_CLEAN;
    }
    if (argc < 1 || strcmp(argv[0], "save") != 0) {
        fputs(baseline_usage, stderr);
        return EXIT_USAGE;
    }
    const char *file = NULL, *dbpath = NULL, *run = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--db") == 0 || strcmp(a, "--run") == 0) && i + 1 >= argc) {
            fprintf(stderr, "drvlint: %s needs a value\n", a);
            return EXIT_USAGE;
        }
        if (strcmp(a, "--db") == 0) dbpath = argv[++i];
        else if (strcmp(a, "--run") == 0) run = argv[++i];
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "drvlint: unknown option '%s'\n%s", a, baseline_usage);
            return EXIT_USAGE;
        } else if (!file) file = a;
        else {
            fprintf(stderr, "drvlint: too many arguments\n%s", baseline_usage);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        fputs(baseline_usage, stderr);
        return EXIT_USAGE;
    }
    int rc = EXIT_CLEAN;
    Store *s = open_db(dbpath, &rc);
    if (!s) return rc;
    int64_t id;
    if (!run_spec(s, run ? run : "latest", &id)) {
        store_close(s);
        return EXIT_USAGE;
    }
    StrBuf err;
    sb_init(&err);
    char *doc = store_baseline_document(s, id, &err);
    if (!doc) {
        fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
        rc = EXIT_USAGE;
    } else {
        size_t n = strlen(doc);
        doc = xrealloc(doc, n + 2);
        doc[n] = '\n';
        doc[n + 1] = 0;
        const char *why;
        if (!write_file_atomic(file, doc, n + 1, &why)) {
            fprintf(stderr, "drvlint: cannot write %s: %s\n", file, why);
            rc = EXIT_USAGE;
        } else {
            fprintf(stderr, "drvlint: baseline of run %lld written to %s\n", (long long)id, file);
        }
        free(doc);
    }
    sb_free(&err);
    store_close(s);
    return rc;
}

/* ---- install-hook --------------------------------------------------------------------- */

#define HOOK_MARK "# installed by drvlint install-hook"

static void shell_quote(StrBuf *sb, const char *s)
{
    sb_putc(sb, '\'');
    for (; *s; s++) {
        if (*s == '\'') sb_puts(sb, "'\\''");
        else sb_putc(sb, *s);
    }
    sb_putc(sb, '\'');
}

int cmd_install_hook(RunContext *ctx, int argc, char **argv)
{
    (void)ctx;
    bool force = false;
    const char *fail_on = "warning";
    VEC(const char *) paths = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(hook_usage, stdout);
            VEC_FREE(paths);
            return EXIT_CLEAN;
        } else if (strcmp(a, "--force") == 0) {
            force = true;
        } else if (strcmp(a, "--fail-on") == 0 && i + 1 < argc) {
            fail_on = argv[++i];
            if (strcmp(fail_on, "error") && strcmp(fail_on, "warning") && strcmp(fail_on, "never")) {
                fprintf(stderr, "drvlint: --fail-on must be error, warning or never\n");
                VEC_FREE(paths);
                return EXIT_USAGE;
            }
        } else if (a[0] == '-') {
            fprintf(stderr, "drvlint: unknown option '%s'\n%s", a, hook_usage);
            VEC_FREE(paths);
            return EXIT_USAGE;
        } else {
            VEC_PUSH(paths, a);
        }
    }
    char *top = git_toplevel(".");
    if (!top) {
        fprintf(stderr, "drvlint: error: install-hook: the current directory is not in a git work tree\n");
        VEC_FREE(paths);
        return EXIT_USAGE;
    }
    const char *args[] = {"rev-parse", "--git-path", "hooks", NULL};
    char *hooks = NULL;
    int rc = EXIT_CLEAN;
    if (git_run(top, args, &hooks, NULL) != 0 || !hooks || !*hooks) {
        fprintf(stderr, "drvlint: error: install-hook: git does not say where the hooks are\n");
        free(hooks);
        free(top);
        VEC_FREE(paths);
        return EXIT_USAGE;
    }
    char *nl = strchr(hooks, '\n');
    if (nl) *nl = 0;
    char *hooks_dir = path_join(top, hooks);
    free(hooks);
    mkdir(hooks_dir, 0777);
    char *hook = path_join(hooks_dir, "pre-commit");
    const char *why = NULL;
    size_t len;
    char *old = read_file(hook, &len, &why);
    why = NULL;
    if (old && !strstr(old, HOOK_MARK) && !force) {
        fprintf(stderr, "drvlint: error: %s exists and was not installed by drvlint; keeping it (use --force to "
                        "replace it)\n", hook);
        rc = EXIT_USAGE;
    } else {
        /* the paths are resolved now, relative to the work tree */
        char *dir = exe_dir();
        char *self = path_join(dir, "drvlint");
        free(dir);
        StrBuf sb;
        sb_init(&sb);
        sb_puts(&sb, "#!/bin/sh\n" HOOK_MARK "\n"
                     "# Analyzes the drivers that contain staged files and refuses the commit when a\n"
                     "# finding is on a changed line or new against the last full run.\n"
                     "# Skip it once with: git commit --no-verify\n");
        sb_puts(&sb, "DRVLINT=");
        shell_quote(&sb, self);
        sb_puts(&sb, "\n[ -x \"$DRVLINT\" ] || DRVLINT=drvlint\n");
        sb_puts(&sb, "cd \"$(git rev-parse --show-toplevel)\" || exit 2\n");
        sb_printf(&sb, "exec \"$DRVLINT\" check --staged --fail-on %s", fail_on);
        for (size_t i = 0; i < paths.len; i++) {
            char *abs = path_realpath(paths.data[i]);
            char *rel = abs ? path_relative(abs, top) : xstrdup(paths.data[i]);
            sb_putc(&sb, ' ');
            shell_quote(&sb, rel);
            free(rel);
            free(abs);
        }
        sb_puts(&sb, "\n");
        if (!write_file_atomic(hook, sb.data, sb.len, &why) || chmod(hook, 0755) != 0) {
            fprintf(stderr, "drvlint: cannot write %s: %s\n", hook, why ? why : "chmod failed");
            rc = EXIT_USAGE;
        } else {
            printf("installed the drvlint pre-commit hook in %s\n", hook);
        }
        sb_free(&sb);
        free(self);
    }
    free(old);
    free(hook);
    free(hooks_dir);
    free(top);
    VEC_FREE(paths);
    return rc;
}
