/*
 * baseline.c - baselines: the findings a run is compared with.
 *
 * A baseline comes from a recorded run, a baseline file written by
 * `drvlint baseline save`, a drvlint JSON report or a drvlint SARIF file.
 * Findings are matched by fingerprint (report/finding.c), first within the
 * same driver, then by fingerprint alone (sources that do not name the
 * driver, or a driver that moved).
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "store/store.h"

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

void baseline_add(Baseline *b, const char *driver, const char *fingerprint, const char *rule, const char *path,
                  uint32_t line, uint32_t col, const char *function, const char *message)
{
    if (!fingerprint || !*fingerprint) return;
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 32;
        b->v = xrealloc(b->v, b->cap * sizeof(BaselineEntry));
    }
    BaselineEntry *e = &b->v[b->n++];
    memset(e, 0, sizeof *e);
    e->driver = dup_or_null(driver);
    e->fingerprint = xstrdup(fingerprint);
    e->rule = dup_or_null(rule);
    e->path = dup_or_null(path);
    e->line = line;
    e->col = col;
    e->function = dup_or_null(function);
    e->message = dup_or_null(message);
}

void baseline_free(Baseline *b)
{
    for (size_t i = 0; i < b->n; i++) {
        BaselineEntry *e = &b->v[i];
        free(e->driver);
        free(e->fingerprint);
        free(e->rule);
        free(e->path);
        free(e->function);
        free(e->message);
    }
    free(b->v);
    free(b->description);
    memset(b, 0, sizeof *b);
}

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static uint32_t jnum(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) && v->valuedouble > 0 ? (uint32_t)v->valuedouble : 0;
}

/* Findings of one drvlint JSON report document (single driver). */
static void from_report(const cJSON *doc, Baseline *out)
{
    const cJSON *drv = cJSON_GetObjectItemCaseSensitive(doc, "driver");
    const char *dpath = drv ? jstr(drv, "path") : NULL;
    const cJSON *fs = cJSON_GetObjectItemCaseSensitive(doc, "findings");
    const cJSON *f;
    cJSON_ArrayForEach(f, fs)
    {
        baseline_add(out, dpath, jstr(f, "fingerprint"), jstr(f, "rule"), jstr(f, "file"), jnum(f, "line"),
                     jnum(f, "column"), jstr(f, "function"), jstr(f, "message"));
    }
}

bool baseline_load_file(const char *path, Baseline *out, StrBuf *err)
{
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (!text) {
        sb_printf(err, "%s: %s", path, why);
        return false;
    }
    cJSON *doc = cJSON_ParseWithLength(text, len);
    free(text);
    if (!cJSON_IsObject(doc)) {
        sb_printf(err, "%s: not a baseline (expected a JSON baseline file, drvlint JSON report or SARIF file)", path);
        cJSON_Delete(doc);
        return false;
    }
    bool ok = true;
    const char *fmt = jstr(doc, "format");
    const cJSON *runs = cJSON_GetObjectItemCaseSensitive(doc, "runs");
    if (fmt && strcmp(fmt, "drvlint-baseline") == 0) {
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(doc, "findings");
        if (!cJSON_IsArray(fs)) ok = false;
        const cJSON *f;
        cJSON_ArrayForEach(f, fs)
        {
            baseline_add(out, jstr(f, "driver"), jstr(f, "fingerprint"), jstr(f, "rule"), jstr(f, "file"),
                         jnum(f, "line"), jnum(f, "column"), jstr(f, "function"), jstr(f, "message"));
        }
    } else if (cJSON_IsArray(runs) && jstr(doc, "version")) {
        /* SARIF: our fingerprint is in partialFingerprints, the driver in properties */
        const cJSON *run;
        cJSON_ArrayForEach(run, runs)
        {
            const cJSON *res = cJSON_GetObjectItemCaseSensitive(run, "results");
            const cJSON *r;
            cJSON_ArrayForEach(r, res)
            {
                const cJSON *pf = cJSON_GetObjectItemCaseSensitive(r, "partialFingerprints");
                const cJSON *props = cJSON_GetObjectItemCaseSensitive(r, "properties");
                const cJSON *msg = cJSON_GetObjectItemCaseSensitive(r, "message");
                const char *fp = pf ? jstr(pf, "drvlintFingerprint/v1") : NULL;
                baseline_add(out, props ? jstr(props, "driver") : NULL, fp, jstr(r, "ruleId"),
                             props ? jstr(props, "file") : NULL, 0, 0, props ? jstr(props, "function") : NULL,
                             msg ? jstr(msg, "text") : NULL);
            }
        }
    } else if (cJSON_GetObjectItemCaseSensitive(doc, "reports")) {
        const cJSON *r;
        cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(doc, "reports")) from_report(r, out);
    } else if (cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(doc, "findings"))) {
        from_report(doc, out);
    } else {
        ok = false;
    }
    cJSON_Delete(doc);
    if (!ok) {
        sb_printf(err, "%s: not a baseline (expected a JSON baseline file, drvlint JSON report or SARIF file)", path);
        return false;
    }
    free(out->description);
    out->description = xstrdup(path);
    return true;
}

void baseline_match(Baseline *b, const char *driver_path, Analysis *an)
{
    for (uint32_t i = 0; i < an->nfindings; i++) an->findings[i].is_new = true;
    /* pass 1: same driver and fingerprint; pass 2: fingerprint alone, for
       entries that do not name their driver */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < an->nfindings; i++) {
            Finding *f = &an->findings[i];
            if (!f->is_new) continue;
            for (size_t k = 0; k < b->n; k++) {
                BaselineEntry *e = &b->v[k];
                if (e->matched || strcmp(e->fingerprint, f->fingerprint) != 0) continue;
                if (pass == 0 && !(e->driver && driver_path && strcmp(e->driver, driver_path) == 0)) continue;
                if (pass == 1 && e->driver && driver_path && strcmp(e->driver, driver_path) != 0) continue;
                e->matched = true;
                f->is_new = false;
                break;
            }
        }
    }
}
