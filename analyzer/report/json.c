/*
 * json.c - the JSON report (schema: docs/report-format.md), built with
 * cJSON. Every key the documentation lists is always present.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "report/report.h"

static void add_loc(cJSON *o, const ReportInput *in, Loc l)
{
    const char *path = program_loc_path(in->prog, l);
    if (in->path_prefix && path[0] != '/' && path[0] != '<') {
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "%s%s", in->path_prefix, path);
        cJSON_AddStringToObject(o, "file", sb_cstr(&sb));
        sb_free(&sb);
    } else {
        cJSON_AddStringToObject(o, "file", path);
    }
    cJSON_AddNumberToObject(o, "line", l.line);
    cJSON_AddNumberToObject(o, "column", l.col);
}

static cJSON *finding_json(const ReportInput *in, const Finding *f)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "rule", f->rule);
    cJSON_AddStringToObject(o, "family", f->family ? f->family : "");
    cJSON_AddStringToObject(o, "severity", severity_name(f->severity));
    add_loc(o, in, f->loc);
    cJSON_AddNumberToObject(o, "end_line", f->end.line ? f->end.line : f->loc.line);
    cJSON_AddNumberToObject(o, "end_column", f->end.line ? f->end.col : f->loc.col);
    cJSON_AddStringToObject(o, "function", f->function ? f->function : "");
    cJSON_AddStringToObject(o, "entry_point", f->entry ? f->entry : "");
    cJSON_AddStringToObject(o, "entry_role", f->entry_role ? f->entry_role : "");
    cJSON_AddStringToObject(o, "message", f->message);
    if (f->object) cJSON_AddStringToObject(o, "object", f->object);
    else cJSON_AddNullToObject(o, "object");
    cJSON *tr = cJSON_AddArrayToObject(o, "trace");
    for (uint32_t i = 0; i < f->ntrace; i++) {
        cJSON *st = cJSON_CreateObject();
        add_loc(st, in, f->trace[i].loc);
        cJSON_AddStringToObject(st, "message", f->trace[i].message);
        if (f->trace[i].function) cJSON_AddStringToObject(st, "function", f->trace[i].function);
        cJSON_AddItemToArray(tr, st);
    }
    if (f->has_related) {
        cJSON *r = cJSON_AddObjectToObject(o, "related");
        add_loc(r, in, f->related);
        cJSON_AddStringToObject(r, "message", f->related_message ? f->related_message : "");
    }
    cJSON_AddStringToObject(o, "fingerprint", f->fingerprint);
    cJSON_AddBoolToObject(o, "suppressed", f->suppressed);
    if (f->suppressed && f->justification) cJSON_AddStringToObject(o, "justification", f->justification);
    cJSON_AddBoolToObject(o, "new", f->is_new);
    return o;
}

static void add_fixed(cJSON *root, const FixedFinding *fixed, size_t n)
{
    cJSON *fx = cJSON_AddArrayToObject(root, "fixed");
    for (size_t i = 0; i < n; i++) {
        const FixedFinding *x = &fixed[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "rule", x->rule ? x->rule : "");
        if (x->driver) cJSON_AddStringToObject(o, "driver", x->driver);
        else cJSON_AddNullToObject(o, "driver");
        cJSON_AddStringToObject(o, "file", x->file ? x->file : "");
        cJSON_AddNumberToObject(o, "line", x->line);
        cJSON_AddNumberToObject(o, "column", x->col);
        cJSON_AddStringToObject(o, "function", x->function ? x->function : "");
        cJSON_AddStringToObject(o, "message", x->message ? x->message : "");
        cJSON_AddStringToObject(o, "fingerprint", x->fingerprint ? x->fingerprint : "");
        cJSON_AddItemToArray(fx, o);
    }
}

static cJSON *report_object(const ReportInput *in, bool with_tool)
{
    const Program *p = in->prog;
    const Analysis *a = in->an;
    cJSON *root = cJSON_CreateObject();
    if (with_tool) {
        cJSON *tool = cJSON_AddObjectToObject(root, "tool");
        cJSON_AddStringToObject(tool, "name", "drvlint");
        cJSON_AddStringToObject(tool, "version", in->tool_version);
    }

    cJSON *drv = cJSON_AddObjectToObject(root, "driver");
    cJSON_AddStringToObject(drv, "name", p->name);
    cJSON_AddStringToObject(drv, "root", p->root);
    cJSON_AddStringToObject(drv, "kind", in->dm ? in->dm->kind : "unknown");
    if (in->dm && in->dm->from_file) cJSON_AddStringToObject(drv, "device_model", in->dm->path);
    else cJSON_AddNullToObject(drv, "device_model");
    cJSON_AddStringToObject(drv, "path", in->driver_path ? in->driver_path : p->name);
    if (in->reused_from_run) cJSON_AddNumberToObject(drv, "reused_from_run", (double)in->reused_from_run);
    else cJSON_AddNullToObject(drv, "reused_from_run");

    cJSON *fs = cJSON_AddArrayToObject(root, "findings");
    uint32_t errors = 0, warnings = 0, suppressed = 0;
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Finding *f = &a->findings[i];
        if (in->shown && !in->shown[i]) continue;
        if (f->suppressed) suppressed++;
        else if (f->severity == SEV_ERROR) errors++;
        else warnings++;
        if (f->suppressed && !in->show_suppressed) continue;
        cJSON_AddItemToArray(fs, finding_json(in, f));
    }

    cJSON *files = cJSON_AddArrayToObject(root, "files");
    uint32_t nfiles = 0;
    for (uint32_t i = 0; i < p->nfiles; i++) {
        const SourceFile *sf = &p->files[i];
        if (sf->is_system) continue;
        nfiles++;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "path", sf->path);
        cJSON_AddBoolToObject(o, "translation_unit", sf->is_main);
        if (sf->problem) cJSON_AddStringToObject(o, "problem", sf->problem);
        cJSON *ds = cJSON_AddArrayToObject(o, "diagnostics");
        for (uint32_t d = 0; d < sf->ndiags; d++) {
            const Diag *dg = &sf->diags[d];
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "severity", dg->severity >= DIAG_ERROR ? "error" : "warning");
            if (dg->file && strcmp(dg->file, sf->path) != 0) cJSON_AddStringToObject(x, "file", dg->file);
            cJSON_AddNumberToObject(x, "line", dg->line);
            cJSON_AddNumberToObject(x, "column", dg->col);
            cJSON_AddStringToObject(x, "message", dg->message);
            cJSON_AddItemToArray(ds, x);
        }
        cJSON_AddItemToArray(files, o);
    }

    cJSON *eps = cJSON_AddArrayToObject(root, "entry_points");
    for (uint32_t i = 0; i < p->nentries; i++) {
        const EntryPoint *e = &p->entries[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "function", e->func->name);
        cJSON_AddStringToObject(o, "role", e->role);
        /* the IRQL the harness explores it at (first run of this entry) */
        const char *irql = NULL;
        for (uint32_t k = 0; k < a->nentries && !irql; k++)
            if (strcmp(a->entries[k].function, e->func->name) == 0) irql = a->entries[k].irql;
        cJSON_AddStringToObject(o, "irql", irql ? irql : "");
        if (e->major_mask_lo) {
            cJSON *mj = cJSON_AddArrayToObject(o, "major_functions");
            for (int m = 0; m < IRP_MJ_COUNT; m++)
                if (e->major_mask_lo & (1 << m)) cJSON_AddItemToArray(mj, cJSON_CreateString(irp_mj_name(m)));
        }
        add_loc(o, in, e->func->loc);
        cJSON_AddStringToObject(o, "registered_by", e->registrar ? e->registrar : "");
        cJSON_AddStringToObject(o, "discovered_from",
                                e->source == ROLE_FROM_DECL ? "declaration" : e->source == ROLE_FROM_STORE ? "store" : "argument");
        cJSON_AddItemToArray(eps, o);
    }

    cJSON *ex = cJSON_AddArrayToObject(root, "exploration");
    for (uint32_t i = 0; i < a->nentries; i++) {
        const EntryStats *e = &a->entries[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "function", e->function);
        cJSON_AddStringToObject(o, "run", e->role);
        cJSON_AddStringToObject(o, "irql", e->irql);
        cJSON_AddNumberToObject(o, "states", e->states);
        cJSON_AddNumberToObject(o, "steps", e->steps);
        cJSON_AddNumberToObject(o, "paths", e->paths);
        cJSON_AddNumberToObject(o, "loop_cuts", e->loop_cuts);
        cJSON_AddNumberToObject(o, "summary_reuses", e->summary_hits);
        cJSON_AddNumberToObject(o, "seconds", e->seconds);
        cJSON_AddBoolToObject(o, "complete", e->exhausted == NULL);
        cJSON_AddBoolToObject(o, "explored_in_context", e->in_context);
        if (e->exhausted) cJSON_AddStringToObject(o, "exhausted", e->exhausted);
        else cJSON_AddNullToObject(o, "exhausted");
        cJSON_AddItemToArray(ex, o);
    }

    cJSON *rs = cJSON_AddArrayToObject(root, "rules");
    for (uint32_t i = 0; i < a->nrules; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", a->rules[i].rule);
        cJSON_AddBoolToObject(o, "applicable", a->rules[i].applicable);
        if (a->rules[i].reason) cJSON_AddStringToObject(o, "reason", a->rules[i].reason);
        cJSON_AddItemToArray(rs, o);
    }

    cJSON *notes = cJSON_AddArrayToObject(root, "notes");
    for (uint32_t i = 0; i < a->nnotes; i++) cJSON_AddItemToArray(notes, cJSON_CreateString(a->notes[i]));

    cJSON *sum = cJSON_AddObjectToObject(root, "summary");
    cJSON_AddNumberToObject(sum, "files", nfiles);
    cJSON_AddNumberToObject(sum, "lines", p->nlines);
    cJSON_AddNumberToObject(sum, "functions", p->nfuncs);
    cJSON_AddNumberToObject(sum, "entry_points", p->nentries);
    cJSON_AddNumberToObject(sum, "findings", errors + warnings);
    cJSON_AddNumberToObject(sum, "errors", errors);
    cJSON_AddNumberToObject(sum, "warnings", warnings);
    cJSON_AddNumberToObject(sum, "suppressed", suppressed);
    cJSON_AddNumberToObject(sum, "states", a->total_states);
    cJSON_AddNumberToObject(sum, "parse_seconds", p->parse_seconds);
    cJSON_AddNumberToObject(sum, "analysis_seconds", a->seconds);
    cJSON_AddNumberToObject(sum, "seconds", p->parse_seconds + p->lower_seconds + a->seconds);
    return root;
}

static char *print_doc(cJSON *root)
{
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

char *report_json(const ReportInput *in)
{
    cJSON *root = report_object(in, true);
    cJSON_AddNullToObject(root, "baseline");
    add_fixed(root, NULL, 0);
    return print_doc(root);
}

/* One driver: the document of report_json. Several: {"tool", "reports":
   [one document per driver], "baseline", "fixed", "summary"}. */
char *report_json_set(const ReportSet *s)
{
    cJSON *root;
    if (!s->multi && s->ndrivers == 1) {
        root = report_object(&s->drivers[0], true);
    } else {
        root = cJSON_CreateObject();
        cJSON *tool = cJSON_AddObjectToObject(root, "tool");
        cJSON_AddStringToObject(tool, "name", "drvlint");
        cJSON_AddStringToObject(tool, "version", s->tool_version ? s->tool_version : "");
        cJSON *reps = cJSON_AddArrayToObject(root, "reports");
        uint32_t errors = 0, warnings = 0, suppressed = 0, fresh = 0;
        double seconds = 0;
        for (size_t d = 0; d < s->ndrivers; d++) {
            const ReportInput *in = &s->drivers[d];
            cJSON_AddItemToArray(reps, report_object(in, false));
            for (uint32_t i = 0; i < in->an->nfindings; i++) {
                const Finding *f = &in->an->findings[i];
                if (in->shown && !in->shown[i]) continue;
                if (f->suppressed) suppressed++;
                else if (f->severity == SEV_ERROR) errors++;
                else warnings++;
                fresh += !f->suppressed && in->baseline && f->is_new;
            }
            seconds += in->prog->parse_seconds + in->prog->lower_seconds + in->an->seconds;
        }
        cJSON *sum = cJSON_AddObjectToObject(root, "summary");
        cJSON_AddNumberToObject(sum, "drivers", (double)s->ndrivers);
        cJSON_AddNumberToObject(sum, "findings", errors + warnings);
        cJSON_AddNumberToObject(sum, "errors", errors);
        cJSON_AddNumberToObject(sum, "warnings", warnings);
        cJSON_AddNumberToObject(sum, "suppressed", suppressed);
        cJSON_AddNumberToObject(sum, "new", fresh);
        cJSON_AddNumberToObject(sum, "fixed", (double)s->nfixed);
        cJSON_AddNumberToObject(sum, "seconds", seconds);
    }
    if (s->baseline) cJSON_AddStringToObject(root, "baseline", s->baseline);
    else cJSON_AddNullToObject(root, "baseline");
    add_fixed(root, s->fixed, s->nfixed);
    return print_doc(root);
}
