/*
 * suppress.h - suppressions written in the source.
 *
 *   // drvlint: ignore[rule-id] reason            (the finding's line or the line above)
 *   // drvlint: ignore[rule-a, rule-b] reason
 *   #pragma warning(suppress: 28121)              (the line above)
 *   #pragma prefast(suppress: 28121, "reason")    (the line above)
 *
 * The pragmas name Code Analysis warnings; a finding is suppressed by them
 * when its rule's Code Analysis equivalent (RuleInfo.ca, e.g. "C28121" or
 * "C28167 / C28156") lists that number. Suppressed findings keep their
 * place in the analysis with suppressed, suppression_kind ("inline" or
 * "pragma") and justification set.
 */
#ifndef DRVLINT_SUPPRESS_H
#define DRVLINT_SUPPRESS_H

#include <stdbool.h>

#include "program/program.h"
#include "report/finding.h"
#include "rules/rules.h"

void suppress_apply(const Program *p, const RuleSet *rules, Analysis *an);

/* One line of source: does it suppress the rule (with Code Analysis
   equivalent ca, may be NULL)? same_line: the finding is on this line
   (only comments count there); otherwise it is the line above. On a match
   *kind is "inline" or "pragma" and *justification the reason (heap, may
   be NULL). Exposed for the unit tests. */
bool suppress_line_matches(const char *line, size_t len, const char *rule, const char *ca, bool same_line,
                           const char **kind, char **justification);

#endif /* DRVLINT_SUPPRESS_H */
