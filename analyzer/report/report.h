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
    /* Set by `check` (cli/check_run.c); zero values keep the plain report. */
    const char *path_prefix;   /* shown before the driver's file paths ("busenum/") */
    const char *driver_path;   /* driver directory relative to the source root */
    const bool *shown;         /* per finding: reported (--changed/--staged); NULL = all */
    bool baseline;             /* findings were compared with a baseline: is_new is meaningful */
    int64_t reused_from_run;   /* results reused from this recorded run, 0 = analyzed now */
} ReportInput;

/* A finding of the baseline that the run no longer reports. */
typedef struct FixedFinding {
    const char *driver, *rule, *file, *function, *message, *fingerprint;
    uint32_t line, col;
} FixedFinding;

/* A whole `check` run: one report per driver plus what belongs to the run. */
typedef struct ReportSet {
    const ReportInput *drivers;
    size_t ndrivers;
    bool multi;                /* a tree of several drivers: combined text/JSON */
    const char *tool_version;
    const RuleSet *rules;
    const char *baseline;      /* what the findings were compared with, or NULL */
    const FixedFinding *fixed;
    size_t nfixed;
    const char *const *problems;   /* input problems and errors (messages) */
    size_t nproblems;
    /* SARIF */
    const char *source_root;   /* absolute directory for %SRCROOT% */
    const char *automation_id; /* run.automationDetails.id */
    char *const *argv;
    int argc;
    const char *cwd;
    double start_time, end_time;
    int exit_code;
    uint32_t max_results;      /* 0: GitHub's 25,000 */
    uint32_t max_flow_locations;   /* 0: GitHub's 10,000 per thread flow */
} ReportSet;

/* Text: findings with their traces as note: lines; returns the number of
   findings printed. */
uint32_t report_text(FILE *out, FILE *err, const ReportInput *in);
/* JSON document (heap string). */
char *report_json(const ReportInput *in);
/* SARIF 2.1.0 document (heap string). */
char *report_sarif(const ReportInput *in);

uint32_t report_text_set(FILE *out, FILE *err, const ReportSet *s);
char *report_json_set(const ReportSet *s);
char *report_sarif_set(const ReportSet *s);

/* GitHub code scanning's primaryLocationLineHash of every line of a file,
   computed as its upload action does: a rolling hash over the next 100
   non-blank characters from the start of each line, "hex:occurrence".
   Returns n+1 strings (index 0 unused) in one heap block; *nlines = n. */
char **sarif_line_hashes(const char *text, size_t len, uint32_t *nlines);

#endif /* DRVLINT_REPORT_H */
