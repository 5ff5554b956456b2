/*
 * cmd_check.c - `drvlint check`: the whole pipeline for one driver.
 *
 *   front end -> program -> device model -> harness -> engine + rules
 *   -> shadowing, fingerprints -> text | JSON | SARIF output
 *
 * Without --expect, cmd_check hands the parsed options to check_run()
 * (cli/check_run.c): trees of drivers, the findings database, reuse of
 * unchanged drivers, baselines, --changed/--staged and the reports.
 *
 * Exit codes: 0 no findings, 1 findings, 2 usage or input error (a file
 * that could not be analyzed, parse errors), 3 internal error.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/check.h"
#include "cli/cli.h"
#include "engine/engine.h"
#include "expect/expect.h"
#include "harness/devmodel.h"
#include "harness/harness.h"
#include "report/report.h"
#include "report/suppress.h"
#include "rules/rules.h"

static const char check_usage[] =
    "usage: drvlint check [options] PATH...\n"
    "\n"
    "PATH is a driver directory (all .c files below it), .c files, or -p DIR.\n"
    "\n"
    "output:\n"
    "  --format text|json|sarif   output format (default text)\n"
    "  -o FILE                    write the report to FILE\n"
    "  --show-suppressed          include suppressed findings\n"
    "  --fail-on error|warning|never   findings that give exit code 1 (default warning: errors and warnings)\n"
    "  --source-root DIR          root of the repository-relative SARIF paths (default: the git work tree)\n"
    "  --sarif-category ID        SARIF run.automationDetails.id (default drvlint/<analyzed path>/)\n"
    "  -v, --verbose              print exploration statistics\n"
    "  --expect                   compare the findings with the drvlint-expect markers in the\n"
    "                             source; exit 0 when they match, 1 otherwise\n"
    "analysis:\n"
    "  --rules DIR                also load the rules in DIR (repeatable)\n"
    "  --only RULE[,RULE...]      report only these rules\n"
    "  --device-model FILE        device model (default: device.json in the driver directory)\n"
    "  --budget-states N, --budget-steps N, --budget-ms N   per entry point\n"
    "  --loop-unroll N            extra loop iterations before the widened one (default 0:\n"
    "                             one iteration, then one with the loop's variables unknown)\n"
    "  --no-joins, --no-summaries explore path by path, without joining states or reusing\n"
    "                             calls (slower; the findings are the same, a test checks it)\n"
    "history and CI:\n"
    "  --db FILE|DIR              findings database (default .drvlint/drvlint.db under the analyzed tree)\n"
    "  --no-db                    do not record the run (and do not reuse results)\n"
    "  --no-cache                 record the run but analyze every driver again\n"
    "  --baseline RUN|FILE        only findings not in the baseline count; fixed ones are listed\n"
    "  --changed[=REV]            analyze the drivers containing files changed since REV (default HEAD);\n"
    "                             report findings on changed lines or new against the last full run\n"
    "                             (write --changed=REV when REV is also the name of a path)\n"
    "  --staged                   the same for the changes staged for commit (pre-commit hook)\n"
    "compilation:\n"
    "  --arch x64|x86|arm64, -D NAME[=VALUE], -I DIR, --config DBG=0|1, -p DIR\n";

void check_options_default(CheckOptions *o)
{
    memset(o, 0, sizeof *o);
    o->format = "text";
    engine_options_default(&o->engine);
}

static bool parse_uint(const char *s, uint32_t *out, bool zero_ok)
{
    char *end;
    if (!s || !*s || *s == '-') return false;
    unsigned long v = strtoul(s, &end, 10);
    if (*end || (v == 0 && !zero_ok) || v > 1000000000UL) return false;
    *out = (uint32_t)v;
    return true;
}

/* Parses check options into o; positional paths into o->paths. */
int check_parse_args(RunContext *ctx, CheckOptions *o, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        int used = cli_frontend_option(ctx, argc, argv, i, stderr);
        if (used < 0) return EXIT_USAGE;
        if (used > 0) {
            i += used - 1;
            continue;
        }
        used = check_store_option(o, argc, argv, i);
        if (used < 0) return EXIT_USAGE;
        if (used > 0) {
            i += used - 1;
            continue;
        }
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED()                                                                  \
    do {                                                                        \
        if (!next) {                                                            \
            fprintf(stderr, "drvlint: %s needs a value\n%s", a, check_usage);   \
            return EXIT_USAGE;                                                  \
        }                                                                       \
        i++;                                                                    \
    } while (0)
        if (strcmp(a, "--format") == 0) {
            NEED();
            if (strcmp(next, "text") && strcmp(next, "json") && strcmp(next, "sarif")) {
                fprintf(stderr, "drvlint: --format must be text, json or sarif\n");
                return EXIT_USAGE;
            }
            o->format = next;
        } else if (strncmp(a, "--format=", 9) == 0) {
            o->format = a + 9;
            if (strcmp(o->format, "text") && strcmp(o->format, "json") && strcmp(o->format, "sarif")) {
                fprintf(stderr, "drvlint: --format must be text, json or sarif\n");
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) {
            NEED();
            o->output = next;
        } else if (strcmp(a, "--rules") == 0) {
            NEED();
            if (o->nrule_dirs == 8) {
                fprintf(stderr, "drvlint: too many --rules directories\n");
                return EXIT_USAGE;
            }
            o->rule_dirs[o->nrule_dirs++] = next;
        } else if (strcmp(a, "--only") == 0) {
            NEED();
            o->only = next;
        } else if (strcmp(a, "--device-model") == 0) {
            NEED();
            o->device_model = next;
        } else if (strcmp(a, "--budget-states") == 0 || strcmp(a, "--budget-steps") == 0 ||
                   strcmp(a, "--budget-ms") == 0 || strcmp(a, "--loop-unroll") == 0) {
            NEED();
            uint32_t v;
            bool unroll = strcmp(a, "--loop-unroll") == 0;
            if (!parse_uint(next, &v, unroll)) {
                fprintf(stderr, "drvlint: %s needs a %s number\n", a, unroll ? "non-negative" : "positive");
                return EXIT_USAGE;
            }
            if (a[9] == 's' && a[10] == 't' && a[11] == 'a') o->engine.max_states = v;
            else if (a[9] == 's') o->engine.max_steps = v;
            else if (a[9] == 'm') o->engine.max_ms = v;
            else o->engine.loop_unroll = v;
        } else if (strcmp(a, "--show-suppressed") == 0) {
            o->show_suppressed = true;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
            o->verbose = true;
        } else if (strcmp(a, "--expect") == 0) {
            o->expect = true;
        } else if (strcmp(a, "--no-summaries") == 0) {
            o->engine.no_summaries = true;
        } else if (strcmp(a, "--no-joins") == 0) {
            o->engine.no_joins = true;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(check_usage, stdout);
            return -1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "drvlint: unknown option '%s'\n%s", a, check_usage);
            return EXIT_USAGE;
        } else {
            if (o->npaths == 64) {
                fprintf(stderr, "drvlint: too many paths\n");
                return EXIT_USAGE;
            }
            o->paths[o->npaths++] = argv[i];
        }
#undef NEED
    }
    if (o->npaths == 0 && !ctx->fe.compile_db_dir && !o->changed && !o->staged) {
        fputs(check_usage, stderr);
        return EXIT_USAGE;
    }
    return EXIT_CLEAN;
}

RuleSet *check_load_rules(RunContext *ctx, const CheckOptions *o, StrBuf *err, bool *user_error)
{
    const char *dirs[9];
    size_t n = 0;
    char *builtin = path_join(ctx->home, "rules");
    dirs[n++] = builtin;
    for (uint32_t i = 0; i < o->nrule_dirs; i++) dirs[n++] = o->rule_dirs[i];
    RuleSet *rs = rules_load(dirs, n, err);
    *user_error = !rs && o->nrule_dirs > 0;
    free(builtin);
    return rs;
}

/* Keeps only the findings of the rules named in --only. */
static void filter_only(Analysis *a, const char *only)
{
    if (!only) return;
    uint32_t w = 0;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const char *r = a->findings[i].rule;
        size_t n = strlen(r);
        bool keep = false;
        for (const char *p = only; *p;) {
            const char *comma = strchr(p, ',');
            size_t l = comma ? (size_t)(comma - p) : strlen(p);
            if (l == n && strncmp(p, r, n) == 0) keep = true;
            p += l + (comma ? 1 : 0);
        }
        if (keep) a->findings[w++] = a->findings[i];
    }
    a->nfindings = w;
}

bool check_device_model(const RunContext *ctx, const CheckOptions *o, const Program *p, DeviceModel *dm, StrBuf *err)
{
    if (o->device_model)
        return devmodel_load(o->device_model, dm, err) && devmodel_check_roles(dm, o->device_model, &ctx->roles, err);
    char *path = path_join(p->root, "device.json");
    bool have = path_exists(path);
    bool ok = true;
    if (have) ok = devmodel_load(path, dm, err) && devmodel_check_roles(dm, path, &ctx->roles, err);
    else devmodel_infer(p, dm);
    free(path);
    return ok;
}

bool check_analyze(RunContext *ctx, const CheckOptions *o, RuleSet *rules, Program *p, DeviceModel *dm,
                   Harness **hout, Analysis *an)
{
    (void)ctx;
    Harness *h = harness_create(p, &ctx->roles, dm);
    rules_applicability(rules, p, dm, an);
    engine_analyze(p, h, rules, &o->engine, an);
    rules_postprocess(rules, an);
    filter_only(an, o->only);
    finding_fingerprints(p, an);
    suppress_apply(p, rules, an);
    *hout = h;
    return true;
}

int check_exit_code(const Analysis *an, bool input_problems, const Program *p)
{
    uint32_t counted = 0;
    for (uint32_t i = 0; i < an->nfindings; i++)
        if (!an->findings[i].suppressed) counted++;
    if (input_problems || (p && p->any_errors)) return EXIT_USAGE;
    return counted ? EXIT_FINDINGS : EXIT_CLEAN;
}

int check_write_report(const CheckOptions *o, const ReportInput *ri)
{
    if (strcmp(o->format, "text") == 0 && !o->output) {
        report_text(stdout, stderr, ri);
        return EXIT_CLEAN;
    }
    char *doc = NULL;
    if (strcmp(o->format, "json") == 0) doc = report_json(ri);
    else if (strcmp(o->format, "sarif") == 0) doc = report_sarif(ri);
    else {
        /* text into a file */
        char *buf = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&buf, &len);
        report_text(mem, stderr, ri);
        fclose(mem);
        doc = buf;
    }
    int rc = EXIT_CLEAN;
    if (o->output) {
        const char *why;
        size_t n = strlen(doc);
        bool nl = n && doc[n - 1] == '\n';
        char *withnl = nl ? doc : NULL;
        if (!nl) {
            withnl = xmalloc(n + 2);
            memcpy(withnl, doc, n);
            withnl[n] = '\n';
            withnl[n + 1] = 0;
        }
        if (!write_file_atomic(o->output, withnl, strlen(withnl), &why)) {
            fprintf(stderr, "drvlint: cannot write %s: %s\n", o->output, why);
            rc = EXIT_USAGE;
        }
        if (!nl) free(withnl);
    } else {
        fputs(doc, stdout);
        fputc('\n', stdout);
    }
    free(doc);
    return rc;
}

/* Prints how the findings compare with the source's markers. */
int check_report_expectations(const Program *p, const Analysis *an, const RuleSet *rules, FILE *out)
{
    Expectation *ex;
    uint32_t nex = expect_collect(p, &ex);
    Score sc;
    memset(&sc, 0, sizeof sc);
    expect_score(p, an, rules, ex, nex, &sc);
    uint32_t counts[6] = {0};
    for (uint32_t i = 0; i < sc.n; i++) {
        const ScoreItem *it = &sc.items[i];
        counts[it->outcome]++;
        if (it->outcome == OUT_TP) continue;
        fprintf(out, "%s:%u: %s %s%s%s\n", program_loc_path(p, (Loc){it->file, it->line, 0, 0}), it->line,
                outcome_name(it->outcome), it->rule, it->message ? ": " : "", it->message ? it->message : "");
    }
    fprintf(out, "expect: %u expected found, %u missed, %u unexpected, %u known gaps, %u for unimplemented rules\n",
            counts[OUT_TP] + counts[OUT_GAP_FIXED], counts[OUT_FN], counts[OUT_FP], counts[OUT_GAP],
            counts[OUT_UNIMPLEMENTED]);
    bool ok = score_ok(&sc);
    score_free(&sc);
    free(ex);
    return ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

int cmd_check(RunContext *ctx, int argc, char **argv)
{
    CheckOptions o;
    check_options_default(&o);
    int rc = check_parse_args(ctx, &o, argc, argv);
    if (rc) return rc < 0 ? EXIT_CLEAN : rc;
    o.argc = argc;
    o.argv = argv;
    if (!o.expect) return check_run(ctx, &o);
    StrBuf err;
    sb_init(&err);
    bool user_error;
    RuleSet *rules = check_load_rules(ctx, &o, &err, &user_error);
    if (!rules) {
        fprintf(stderr, "drvlint: error: cannot load rules: %s\n", sb_cstr(&err));
        sb_free(&err);
        return user_error ? EXIT_USAGE : EXIT_INTERNAL;
    }
    bool input_problems;
    Program *p = cli_build_program(ctx, o.paths, (int)o.npaths, stderr, &input_problems);
    if (!p) {
        rules_free(rules);
        sb_free(&err);
        return EXIT_USAGE;
    }
    DeviceModel dm;
    if (!check_device_model(ctx, &o, p, &dm, &err)) {
        fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&err));
        devmodel_free(&dm);
        program_free(p);
        rules_free(rules);
        sb_free(&err);
        return EXIT_USAGE;
    }
    Analysis an;
    analysis_init(&an);
    Harness *h;
    check_analyze(ctx, &o, rules, p, &dm, &h, &an);
    ReportInput ri;
    memset(&ri, 0, sizeof ri);
    ri.prog = p;
    ri.an = &an;
    ri.dm = &dm;
    ri.harness = h;
    ri.rules = rules;
    ri.tool_version = DRVLINT_VERSION;
    ri.show_suppressed = o.show_suppressed;
    ri.verbose = o.verbose;
    int wrc = 0;
    if (o.expect) {
        rc = check_report_expectations(p, &an, rules, stdout);
        if (input_problems || p->any_errors) rc = EXIT_USAGE;
        if (o.verbose) report_text(stderr, stderr, &ri);
    } else {
        wrc = check_write_report(&o, &ri);
        rc = check_exit_code(&an, input_problems, p);
    }
    if (wrc) rc = wrc;
    analysis_free(&an);
    harness_free(h);
    devmodel_free(&dm);
    program_free(p);
    rules_free(rules);
    sb_free(&err);
    return rc;
}
