/*
 * text.c - compiler-style text output:
 *
 *   file:line:col: error: message [rule-id]
 *   file:line:col: note: trace step
 *
 * Parse diagnostics of the driver's files come first, in the same format
 * with [clang]; exploration limits are reported as warnings [drvlint].
 */
#include <string.h>

#include "report/report.h"

static const char *path_of(const Program *p, Loc l)
{
    return program_loc_path(p, l);
}

uint32_t report_text(FILE *out, FILE *err, const ReportInput *in)
{
    const Program *p = in->prog;
    const Analysis *a = in->an;
    for (uint32_t i = 0; i < p->nfiles; i++) {
        const SourceFile *sf = &p->files[i];
        if (sf->problem && sf->parsed) fprintf(out, "%s: error: %s [drvlint]\n", sf->path, sf->problem);
        for (uint32_t d = 0; d < sf->ndiags; d++) {
            const Diag *dg = &sf->diags[d];
            fprintf(out, "%s:%u:%u: %s: %s [clang]\n", dg->file ? dg->file : sf->path, dg->line, dg->col,
                    dg->severity >= DIAG_ERROR ? "error" : "warning", dg->message);
        }
    }
    uint32_t printed = 0;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Finding *f = &a->findings[i];
        if (f->suppressed && !in->show_suppressed) continue;
        printed++;
        fprintf(out, "%s:%u:%u: %s: %s [%s]%s%s\n", path_of(p, f->loc), f->loc.line, f->loc.col,
                severity_name(f->severity), f->message, f->rule, f->suppressed ? " (suppressed)" : "",
                f->is_new ? " (new)" : "");
        for (uint32_t t = 0; t + 1 < f->ntrace; t++) {
            const TraceStep *st = &f->trace[t];
            fprintf(out, "%s:%u:%u: note: %s\n", path_of(p, st->loc), st->loc.line, st->loc.col, st->message);
        }
        if (f->has_related)
            fprintf(out, "%s:%u:%u: note: %s\n", path_of(p, f->related), f->related.line, f->related.col,
                    f->related_message ? f->related_message : "related declaration");
    }
    for (uint32_t i = 0; i < a->nentries; i++) {
        const EntryStats *e = &a->entries[i];
        if (e->exhausted)
            fprintf(out, "%s:%u:%u: warning: entry point %s (%s) was not fully explored: the %s budget ran out [drvlint]\n",
                    path_of(p, e->loc), e->loc.line, e->loc.col, e->function, e->role, e->exhausted);
    }
    if (in->verbose) {
        for (uint32_t i = 0; i < a->nentries; i++) {
            const EntryStats *e = &a->entries[i];
            if (e->in_context) {
                fprintf(err, "drvlint: %s %s: explored in context, where IoCallDriver runs it\n", e->function, e->role);
                continue;
            }
            fprintf(err, "drvlint: %s %s at %s: %u states, %u steps, %u paths, %u loop cuts, %u summary reuses, %.3fs\n",
                    e->function, e->role, e->irql, e->states, e->steps, e->paths, e->loop_cuts, e->summary_hits,
                    e->seconds);
        }
        for (uint32_t i = 0; i < a->nnotes; i++) fprintf(err, "drvlint: note: %s\n", a->notes[i]);
    }
    uint32_t errors = 0, warnings = 0, suppressed = 0, nfiles = 0;
    for (uint32_t i = 0; i < p->nfiles; i++) nfiles += !p->files[i].is_system;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        if (a->findings[i].suppressed) suppressed++;
        else if (a->findings[i].severity == SEV_ERROR) errors++;
        else warnings++;
    }
    fprintf(err, "drvlint: %s: %u finding%s (%u error%s, %u warning%s%s), %u file%s, %u function%s, %u entry point%s, %.2fs\n",
            p->name, errors + warnings, errors + warnings == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
            warnings == 1 ? "" : "s", suppressed ? ", some suppressed" : "", nfiles, nfiles == 1 ? "" : "s",
            p->nfuncs, p->nfuncs == 1 ? "" : "s", p->nentries, p->nentries == 1 ? "" : "s", p->parse_seconds + a->seconds);
    return printed;
}
