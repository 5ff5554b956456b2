/*
 * expect.h - expected findings written in the source, and scoring.
 *
 * A comment on the offending line says what drvlint must report there:
 *
 *   KeReleaseSpinLock(&ext->Lock, old);   /- drvlint-expect: spinlock-release-unheld -/
 *   ZwClose(h);   /- drvlint-expect-gap: irql-too-high -- needs alias analysis -/
 *
 * (with real comment delimiters). Markers in code the preprocessor skipped
 * do not count, so a defect seeded under `#ifdef DRVLINT_BUG_X` is expected
 * only in the build that defines DRVLINT_BUG_X. The rule tests, `check
 * --expect` and the corpus scorer all compare findings with markers here.
 */
#ifndef DRVLINT_EXPECT_H
#define DRVLINT_EXPECT_H

#include <stdbool.h>
#include <stdint.h>

#include "program/program.h"
#include "report/finding.h"
#include "rules/rules.h"

typedef struct Expectation {
    uint32_t file;
    uint32_t line;
    const char *rule;        /* interned */
    bool gap;                /* a known gap: expected but not found yet */
    const char *reason;      /* for gaps */
    bool matched;
} Expectation;

typedef enum Outcome {
    OUT_TP,           /* expected and found */
    OUT_FP,           /* found, not expected */
    OUT_FN,           /* expected, not found */
    OUT_GAP,          /* expected, not found, marked as a known gap */
    OUT_GAP_FIXED,    /* marked as a known gap but found: the marker should become a plain expectation */
    OUT_UNIMPLEMENTED /* expected for a rule that is not implemented */
} Outcome;

typedef struct ScoreItem {
    Outcome outcome;
    const char *rule;
    uint32_t file, line;
    const char *message;     /* finding message or gap reason */
} ScoreItem;

typedef struct Score {
    ScoreItem *items;
    uint32_t n, cap;
} Score;

/* Reads the markers of every driver file of the program. */
uint32_t expect_collect(const Program *p, Expectation **out);
/* Compares findings with expectations; appends one item per outcome. */
void expect_score(const Program *p, const Analysis *a, const RuleSet *rules, Expectation *ex, uint32_t nex,
                  Score *out);
void score_free(Score *s);
/* True when nothing was missed (outside known gaps) and nothing unexpected found. */
bool score_ok(const Score *s);
const char *outcome_name(Outcome o);

#endif /* DRVLINT_EXPECT_H */
