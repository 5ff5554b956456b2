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
} CheckOptions;

void check_options_default(CheckOptions *o);
int check_parse_args(RunContext *ctx, CheckOptions *o, int argc, char **argv);
RuleSet *check_load_rules(RunContext *ctx, const CheckOptions *o, StrBuf *err, bool *user_error);
bool check_device_model(const CheckOptions *o, const Program *p, DeviceModel *dm, StrBuf *err);
bool check_analyze(RunContext *ctx, const CheckOptions *o, RuleSet *rules, Program *p, DeviceModel *dm,
                   Harness **hout, Analysis *an);
int check_exit_code(const Analysis *an, bool input_problems, const Program *p);
int check_write_report(const CheckOptions *o, const ReportInput *ri);
int check_report_expectations(const Program *p, const Analysis *an, const RuleSet *rules, FILE *out);

#endif /* DRVLINT_CHECK_H */
