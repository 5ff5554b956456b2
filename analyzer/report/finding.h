/*
 * finding.h - what the analysis produces: findings with their path traces,
 * per-entry-point exploration statistics, and rule applicability.
 *
 * The engine fills an Analysis; the report writers (text, JSON, SARIF), the
 * SQLite store and the corpus scorer only read it.
 */
#ifndef DRVLINT_FINDING_H
#define DRVLINT_FINDING_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"
#include "program/program.h"

typedef enum Severity { SEV_NOTE, SEV_WARNING, SEV_ERROR } Severity;

typedef struct TraceStep {
    Loc loc;
    const char *message;
    const char *function;   /* function the step is in */
} TraceStep;

typedef struct Finding {
    const char *rule;        /* rule id, interned */
    const char *family;
    Severity severity;
    Loc loc, end;            /* offending statement */
    const char *function;    /* function containing it */
    const char *entry;       /* entry point the path started at */
    const char *entry_role;
    const char *message;
    TraceStep *trace;
    uint32_t ntrace;
    bool has_related;
    Loc related;             /* declaration or annotation that set the requirement */
    const char *related_message;
    const char *object;      /* display name of the object involved (lock, IRP ...) */
    char fingerprint[33];    /* stable id, see finding_fingerprints() in report/finding.c */
    /* Set by the suppression and baseline stages. */
    bool suppressed;
    const char *suppression_kind;   /* "inline", "pragma" */
    const char *justification;
    bool is_new;
} Finding;

/* How completely an entry point was explored. */
typedef struct EntryStats {
    const char *function;
    const char *role;
    const char *irql;        /* e.g. "PASSIVE_LEVEL", "PASSIVE_LEVEL..DISPATCH_LEVEL" */
    uint32_t states;
    uint32_t steps;
    uint32_t paths;
    uint32_t loop_cuts;      /* paths stopped after the loop bound */
    uint32_t summary_hits;   /* calls answered from a recorded summary */
    double seconds;
    const char *exhausted;   /* NULL, or which budget ran out: "states", "steps", "time" */
    bool in_context;         /* not explored on its own: every call of it was explored in context */
    const char *why_not_alone; /* with in_context: why a run of its own was not needed */
    Loc loc;
} EntryStats;

typedef struct RuleStatus {
    const char *rule;
    bool applicable;
    const char *reason;      /* why not applicable */
} RuleStatus;

typedef struct Analysis {
    Arena arena;
    Finding *findings;
    uint32_t nfindings, cap;
    EntryStats *entries;
    uint32_t nentries;
    RuleStatus *rules;
    uint32_t nrules;
    uint32_t total_states;
    double seconds;
    const char **notes;      /* analysis notes (unreached functions, recursion ...) */
    uint32_t nnotes;
} Analysis;

void analysis_init(Analysis *a);
void analysis_free(Analysis *a);
Finding *analysis_add(Analysis *a);
void analysis_note(Analysis *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void analysis_sort(Analysis *a);

const char *severity_name(Severity s);

/* Stable fingerprint: rule, file, function, normalised statement text and
   the occurrence index of that text within the function, never line
   numbers (report/finding.c). */
void finding_fingerprints(const Program *p, Analysis *a);
/* Normalised text of a source range (whitespace collapsed). Heap string. */
char *source_text_normalised(const Program *p, Loc start, Loc end);

#endif /* DRVLINT_FINDING_H */
