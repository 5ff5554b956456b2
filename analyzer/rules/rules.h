/*
 * rules.h - rules as data.
 *
 * Every rule is a JSON file in rules/ (docs/rules.md documents the
 * language): metadata (id, family, severity, title, description, design
 * guide page, Static Driver Verifier and Code Analysis equivalents,
 * examples) and its logic, a list of transitions over typestate machines.
 * Trackers (rules/trackers/) are machines without findings that rules
 * query, such as the held/not-held state of each lock or who owns each IRP.
 *
 * The engine publishes Events (engine/engine.h); rules_on_event() runs
 * every rule and tracker on each event of each path: guards are evaluated
 * against the state before the event, then machines move, and error
 * transitions become findings through engine_report().
 */
#ifndef DRVLINT_RULES_H
#define DRVLINT_RULES_H

#include <stdbool.h>
#include <stdio.h>

#include "engine/engine.h"
#include "program/program.h"
#include "report/finding.h"

typedef struct RuleSet RuleSet;

typedef struct RuleInfo {
    const char *id;
    const char *family;
    Severity severity;
    const char *title;
    const char *description;
    const char *guide;          /* design guide page(s) */
    const char *sdv;            /* Static Driver Verifier equivalent */
    const char *ca;             /* Code Analysis equivalent ("C28121", "-") */
    const char *example_bad;
    const char *example_good;
    const char *path;           /* file it was loaded from */
    bool is_tracker;
} RuleInfo;

/* Loads every *.json below each directory (trackers included). */
RuleSet *rules_load(const char *const *dirs, size_t ndirs, StrBuf *err);
void rules_free(RuleSet *rs);

uint32_t rules_count(const RuleSet *rs);
const RuleInfo *rules_info(const RuleSet *rs, uint32_t i);
const RuleInfo *rules_find(const RuleSet *rs, const char *id);

/* Engine hooks. */
void rules_on_event(RuleSet *rs, Engine *e, State *s, const Event *ev);
bool rules_want_access(const RuleSet *rs);

/* Static checks (EV_FUNCTION / EV_DRIVER) and applicability, run once per
   program before path exploration. */
struct Harness;
void rules_static(RuleSet *rs, Engine *e, const Program *p, struct Harness *h);
struct DeviceModel;
void rules_applicability(RuleSet *rs, const Program *p, const struct DeviceModel *dm, Analysis *out);
/* Drops findings a more specific rule reported at the same place. */
void rules_postprocess(const RuleSet *rs, Analysis *a);

#endif /* DRVLINT_RULES_H */
