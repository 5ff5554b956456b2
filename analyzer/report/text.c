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

/* Prefix of the driver's paths in a report of several drivers ("" otherwise). */
static const char *pfx(const ReportInput *in, const char *path)
{
    return in->path_prefix && path && path[0] != '/' && path[0] != '<' ? in->path_prefix : "";
}

uint32_t report_text(FILE *out, FILE *err, const ReportInput *in)
{
    const Program *p = in->prog;
    const Analysis *a = in->an;
    for (uint32_t i = 0; i < p->nfiles; i++) {
        const SourceFile *sf = &p->files[i];
        if (sf->problem && (sf->parsed || sf->parse_failed)) fprintf(out, "%s%s: error: %s [drvlint]\n", pfx(in, sf->path), sf->path, sf->problem);
        for (uint32_t d = 0; d < sf->ndiags; d++) {
            const Diag *dg = &sf->diags[d];
            const char *dfile = dg->file ? dg->file : sf->path;
            fprintf(out, "%s%s:%u:%u: %s: %s [clang]\n", pfx(in, dfile), dfile, dg->line, dg->col,
                    dg->severity >= DIAG_ERROR ? "error" : "warning", dg->message);
        }
    }
    uint32_t printed = 0;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Finding *f = &a->findings[i];
        if (f->suppressed && !in->show_suppressed) continue;
        if (in->shown && !in->shown[i]) continue;
        printed++;
        fprintf(out, "%s%s:%u:%u: %s: %s [%s]%s%s%s%s%s\n", pfx(in, path_of(p, f->loc)), path_of(p, f->loc), f->loc.line, f->loc.col,
                severity_name(f->severity), f->message, f->rule, f->suppressed ? " (suppressed" : "",
                f->suppressed && f->justification ? ": " : "", f->suppressed && f->justification ? f->justification : "",
                f->suppressed ? ")" : "", f->is_new ? " (new)" : "");
        for (uint32_t t = 0; t + 1 < f->ntrace; t++) {
            const TraceStep *st = &f->trace[t];
            fprintf(out, "%s%s:%u:%u: note: %s\n", pfx(in, path_of(p, st->loc)), path_of(p, st->loc), st->loc.line, st->loc.col, st->message);
        }
        if (f->has_related)
            fprintf(out, "%s%s:%u:%u: note: %s\n", pfx(in, path_of(p, f->related)), path_of(p, f->related), f->related.line, f->related.col,
                    f->related_message ? f->related_message : "related declaration");
    }
    for (uint32_t i = 0; i < a->nentries; i++) {
        const EntryStats *e = &a->entries[i];
        if (e->exhausted)
            fprintf(out, "%s%s:%u:%u: warning: entry point %s (%s) was not fully explored: the %s budget ran out [drvlint]\n",
                    pfx(in, path_of(p, e->loc)), path_of(p, e->loc), e->loc.line, e->loc.col, e->function, e->role, e->exhausted);
    }
    if (in->verbose) {
        for (uint32_t i = 0; i < a->nentries; i++) {
            const EntryStats *e = &a->entries[i];
            if (e->in_context) {
                fprintf(err, "drvlint: %s %s: not explored on its own: %s\n", e->function, e->role,
                        e->why_not_alone ? e->why_not_alone : "it was explored in context");
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
        if (in->shown && !in->shown[i]) continue;
        if (a->findings[i].suppressed) suppressed++;
        else if (a->findings[i].severity == SEV_ERROR) errors++;
        else warnings++;
    }
    fprintf(err, "drvlint: %s: %u finding%s (%u error%s, %u warning%s%s), %u file%s, %u function%s, %u entry point%s, %.2fs",
            in->driver_path && in->path_prefix ? in->driver_path : p->name, errors + warnings,
            errors + warnings == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
            warnings == 1 ? "" : "s", suppressed ? ", some suppressed" : "", nfiles, nfiles == 1 ? "" : "s",
            p->nfuncs, p->nfuncs == 1 ? "" : "s", p->nentries, p->nentries == 1 ? "" : "s",
            p->parse_seconds + p->lower_seconds + a->seconds);
    if (a->nnotes && !in->verbose) fprintf(err, ", %u note%s (-v shows them)", a->nnotes, a->nnotes == 1 ? "" : "s");
    if (in->reused_from_run) fprintf(err, " (results of run %lld reused: nothing they depend on changed)", (long long)in->reused_from_run);
    fputc('\n', err);
    return printed;
}

uint32_t report_text_set(FILE *out, FILE *err, const ReportSet *s)
{
    uint32_t printed = 0, fresh = 0, errors = 0, warnings = 0;
    for (size_t d = 0; d < s->ndrivers; d++) {
        const ReportInput *in = &s->drivers[d];
        printed += report_text(out, err, in);
        for (uint32_t i = 0; i < in->an->nfindings; i++) {
            const Finding *f = &in->an->findings[i];
            if (f->suppressed || (in->shown && !in->shown[i])) continue;
            if (f->severity == SEV_ERROR) errors++;
            else warnings++;
            fresh += in->baseline && f->is_new;
        }
    }
    for (size_t i = 0; i < s->nfixed; i++) {
        const FixedFinding *x = &s->fixed[i];
        fprintf(out, "%s:%u:%u: fixed: %s [%s]\n", x->file ? x->file : "?", x->line, x->col,
                x->message ? x->message : "", x->rule ? x->rule : "?");
    }
    if (s->multi || s->baseline) {
        fprintf(err, "drvlint: %zu driver%s: %u finding%s (%u error%s, %u warning%s)", s->ndrivers,
                s->ndrivers == 1 ? "" : "s", errors + warnings, errors + warnings == 1 ? "" : "s", errors,
                errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        if (s->baseline) fprintf(err, "; against %s: %u new, %zu fixed", s->baseline, fresh, s->nfixed);
        fputc('\n', err);
    }
    return printed;
}
