/*
 * sarif.c - SARIF 2.1.0 output. The complete GitHub code scanning profile
 * is built in issue 6; this minimal writer already produces a document
 * that validates against the schema.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "report/report.h"

char *report_sarif(const ReportInput *in)
{
    const Program *p = in->prog;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *runs = cJSON_AddArrayToObject(root, "runs");
    cJSON *run = cJSON_CreateObject();
    cJSON_AddItemToArray(runs, run);
    cJSON *tool = cJSON_AddObjectToObject(run, "tool");
    cJSON *drv = cJSON_AddObjectToObject(tool, "driver");
    cJSON_AddStringToObject(drv, "name", "drvlint");
    cJSON_AddStringToObject(drv, "semanticVersion", in->tool_version);
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (uint32_t i = 0; i < in->an->nfindings; i++) {
        const Finding *f = &in->an->findings[i];
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "ruleId", f->rule);
        cJSON_AddStringToObject(r, "level", f->severity == SEV_ERROR ? "error" : "warning");
        cJSON *msg = cJSON_AddObjectToObject(r, "message");
        cJSON_AddStringToObject(msg, "text", f->message);
        cJSON *locs = cJSON_AddArrayToObject(r, "locations");
        cJSON *loc = cJSON_CreateObject();
        cJSON *pl = cJSON_AddObjectToObject(loc, "physicalLocation");
        cJSON *al = cJSON_AddObjectToObject(pl, "artifactLocation");
        cJSON_AddStringToObject(al, "uri", program_loc_path(p, f->loc));
        cJSON *reg = cJSON_AddObjectToObject(pl, "region");
        cJSON_AddNumberToObject(reg, "startLine", f->loc.line);
        cJSON_AddNumberToObject(reg, "startColumn", f->loc.col);
        cJSON_AddItemToArray(locs, loc);
        cJSON_AddItemToArray(results, r);
    }
    char *s = cJSON_Print(root);
    cJSON_Delete(root);
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}
