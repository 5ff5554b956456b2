/*
 * report.h - turning an Analysis into output: compiler-style text for
 * terminals, editors and CI annotators, and one JSON document
 * (docs/report-format.md). SARIF lives in sarif.c.
 */
#ifndef DRVLINT_REPORT_H
#define DRVLINT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "harness/devmodel.h"
#include "harness/harness.h"
#include "program/program.h"
#include "report/finding.h"
#include "rules/rules.h"

typedef struct ReportInput {
    const Program *prog;
    const Analysis *an;
    const DeviceModel *dm;
    const Harness *harness;
    const RuleSet *rules;
    const char *tool_version;
    bool show_suppressed;
    bool verbose;              /* text: print exploration statistics */
    const char *argv_text;     /* command line, for SARIF invocations */
    const char *repo_root;     /* SARIF: %SRCROOT% base */
} ReportInput;

/* Text: findings with their traces as note: lines; returns the number of
   findings printed. */
uint32_t report_text(FILE *out, FILE *err, const ReportInput *in);
/* JSON document (heap string). */
char *report_json(const ReportInput *in);
/* SARIF 2.1.0 document (heap string). */
char *report_sarif(const ReportInput *in);

#endif /* DRVLINT_REPORT_H */
