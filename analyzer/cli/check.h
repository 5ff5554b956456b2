/*
 * check.h - the pieces of `drvlint check` that other commands reuse
 * (the corpus scorer runs the same pipeline per driver and variant).
 */
#ifndef DRVLINT_CHECK_H
#define DRVLINT_CHECK_H

#include "cli/cli.h"
#include "engine/engine.h"
#include "harness/devmodel.h"
#include "harness/harness.h"
#include "report/report.h"
#include "rules/rules.h"

typedef struct CheckOptions {
    const char *format;
    const char *output;
    const char *rule_dirs[8];
    uint32_t nrule_dirs;
    const char *only;
    const char *device_model;
    bool show_suppressed;
    bool verbose;
    bool expect;              /* compare findings with drvlint-expect markers */
    char *paths[64];
    uint32_t npaths;
    EngineOptions engine;
    /* The findings database, baselines and CI modes (cli/check_run.c). */
    const char *db;           /* --db FILE (default: .drvlint/drvlint.db under the analyzed tree) */
    bool no_db, no_cache;
    const char *baseline;     /* --baseline RUN|FILE */
    const char *changed;      /* --changed [REV]: the revision (default HEAD) */
    bool staged;              /* --staged */
    int fail_on;              /* FAIL_ON_* */
    const char *source_root;  /* --source-root DIR (default: the git work tree, else the analyzed tree) */
    const char *sarif_category;
    int argc;                 /* the command line after `check`, for the run record */
    char **argv;
} CheckOptions;

enum { FAIL_ON_WARNING = 0, FAIL_ON_ERROR, FAIL_ON_NEVER };

/* Parses one option of the store/CI group at argv[i]: returns the number
   of entries used (0 if not one of them, -1 on error after a message). */
int check_store_option(CheckOptions *o, int argc, char **argv, int i);
/* `check` without --expect: drivers, reuse, suppressions, baselines,
   --changed/--staged, reports, the run record, the exit code. */
int check_run(RunContext *ctx, CheckOptions *o);

void check_options_default(CheckOptions *o);
int check_parse_args(RunContext *ctx, CheckOptions *o, int argc, char **argv);
RuleSet *check_load_rules(RunContext *ctx, const CheckOptions *o, StrBuf *err, bool *user_error);
bool check_device_model(const RunContext *ctx, const CheckOptions *o, const Program *p, DeviceModel *dm, StrBuf *err);
bool check_analyze(RunContext *ctx, const CheckOptions *o, RuleSet *rules, Program *p, DeviceModel *dm,
                   Harness **hout, Analysis *an);
int check_exit_code(const Analysis *an, bool input_problems, const Program *p);
int check_write_report(const CheckOptions *o, const ReportInput *ri);
int check_report_expectations(const Program *p, const Analysis *an, const RuleSet *rules, FILE *out);

#endif /* DRVLINT_CHECK_H */
