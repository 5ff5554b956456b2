/*
 * test_ddi_facts.c - the model headers agree with data/ddi/.
 *
 * Every row of data/ddi/wdm-ddi.tsv must be declared in include/ with
 * annotations whose contract matches the row's IRQL range, IRQL effect and
 * lock effect; every role typedef of data/ddi/roles.tsv must exist with its
 * function class and the IRQL bounds the OS calls it at. A mismatch names
 * the routine, what the TSV says and what the header says.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "frontend/frontend.h"
#include "program/contract.h"
#include "program/roles.h"
#include "unit.h"

static char *home_path(const char *rel)
{
    return path_join(DRVLINT_SOURCE_DIR, rel);
}

static const char *level_num(const char *name, char *buf)
{
    IrqlRef r;
    if (strcmp(name, "DIRQL") == 0) return "DIRQL";
    if (!irql_parse_level(name, &r)) return name;
    snprintf(buf, 16, "%d", r.level);
    return buf;
}

/* TSV irql_effect -> the contract_dump spelling, e.g. raises:DISPATCH_LEVEL -> raises:2 */
static void expect_irql(const char *tsv, StrBuf *out)
{
    if (strcmp(tsv, "none") == 0) return;
    char *dup = xstrdup(tsv), *save = NULL;
    bool first = true;
    for (char *tok = strtok_r(dup, ";", &save); tok; tok = strtok_r(NULL, ";", &save)) {
        char *colon = strchr(tok, ':');
        if (!colon) continue;
        *colon = 0;
        const char *what = tok, *target = colon + 1;
        char buf[16];
        if (strncmp(what, "raises", 6) == 0 && strncmp(target, "arg", 3) != 0) target = level_num(target, buf);
        sb_printf(out, "%s%s:%s", first ? "" : ";", what, target);
        first = false;
    }
    free(dup);
}

static void expect_locks(const char *tsv, StrBuf *out)
{
    if (strcmp(tsv, "none") == 0) return;
    sb_puts(out, tsv);
}

/* Sorted, ';'-joined tokens so order does not matter. */
static char *canon(const char *s)
{
    char *dup = xstrdup(s), *save = NULL;
    char *toks[32];
    int n = 0;
    for (char *t = strtok_r(dup, ";", &save); t && n < 32; t = strtok_r(NULL, ";", &save)) toks[n++] = t;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (strcmp(toks[i], toks[j]) > 0) {
                char *x = toks[i];
                toks[i] = toks[j];
                toks[j] = x;
            }
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < n; i++) sb_printf(&sb, "%s%s", i ? ";" : "", toks[i]);
    free(dup);
    return sb_take(&sb);
}

static void dump_field(const Contract *c, const char *field, StrBuf *out)
{
    StrBuf all;
    sb_init(&all);
    contract_dump(c, &all);
    const char *p = strstr(all.data, field);
    if (p) {
        p += strlen(field);
        const char *end = strchr(p, '\t');
        sb_putn(out, p, end ? (size_t)(end - p) : strlen(p));
    }
    sb_free(&all);
}

/* The contract's lock effects without requires_* (they are not effects). */
static void actual_locks(const Contract *c, StrBuf *out)
{
    static const char *cond[] = {"", "-if-true", "-if-success"};
    static const char *op[] = {"acquire", "release", "", "", "convert"};
    bool first = true;
    for (uint32_t i = 0; i < c->nlocks; i++) {
        const LockEffect *l = &c->locks[i];
        if (l->op == LOCK_REQUIRES_HELD || l->op == LOCK_REQUIRES_NOT_HELD) continue;
        sb_printf(out, "%s%s%s:%s", first ? "" : ";", op[l->op], cond[l->cond], l->kind);
        if (l->op == LOCK_CONVERT) sb_printf(out, "->%s", l->kind_to);
        if (l->obj == LOBJ_PARAM) sb_printf(out, ":arg%d", l->param + 1);
        else if (l->obj == LOBJ_RETURN) sb_puts(out, ":return");
        first = false;
    }
}

static bool load_contracts(PtrMap *m, Arena *a)
{
    FrontendOptions o;
    frontend_options_default(&o);
    char *inc = home_path("include");
    o.model_dir = inc;
    StrBuf err;
    sb_init(&err);
    bool ok = frontend_header_contracts(&o,
                                        "#include <ntifs.h>\n#include <ntstrsafe.h>\n#include <ntintsafe.h>\n"
                                        "#include <wmilib.h>\n#include <wdmsec.h>\n#include <initguid.h>\n"
                                        "#include <wdmguid.h>\n#include <wmistr.h>\n#include <wmiguid.h>\n"
                                        "#include <ntddser.h>\n#include <dontuse.h>\n#include <stdio.h>\n"
                                        "#include <string.h>\n#include <stdarg.h>\n#include <limits.h>\n",
                                        a, m, &err);
    if (!ok) fprintf(stderr, "%s", sb_cstr(&err));
    sb_free(&err);
    free(inc);
    return ok;
}

static void every_ddi_row_is_declared_and_agrees(void)
{
    Arena a;
    arena_init(&a);
    PtrMap m;
    ptrmap_init(&m);
    REQUIRE(load_contracts(&m, &a), "the model headers do not parse cleanly");
    char *tsv = home_path("data/ddi/wdm-ddi.tsv");
    const char *why;
    char *text = read_file(tsv, NULL, &why);
    REQUIRE(text, "cannot read %s: %s", tsv, why);
    int rows = 0, bad = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "name\t", 5) == 0) continue;
        char *col[8] = {0};
        int n = 0;
        for (char *p = line; p && n < 8; n++) {
            col[n] = p;
            p = strchr(p, '\t');
            if (p) *p++ = 0;
        }
        if (n < 7) continue;
        rows++;
        const Contract *c = ptrmap_get(&m, intern(col[0]));
        if (!c) {
            CHECK(c, "%s (%s) is not declared in include/", col[0], col[1]);
            bad++;
            continue;
        }
        char buf[16];
        /* IRQL range */
        const char *min = col[2], *max = col[3];
        bool min_ok = (strcmp(min, "any") == 0 || strcmp(min, "PASSIVE_LEVEL") == 0)
                          ? (c->irql_min.kind == IRQL_UNSET || (c->irql_min.kind == IRQL_LEVEL && c->irql_min.level == 0))
                          : (strcmp(min, "DIRQL") == 0 ? c->irql_min.kind == IRQL_DIRQL
                                                       : c->irql_min.kind == IRQL_LEVEL &&
                                                             c->irql_min.level == atoi(level_num(min, buf)));
        bool max_ok = strcmp(max, "any") == 0
                          ? (c->irql_max.kind == IRQL_UNSET || (c->irql_max.kind == IRQL_LEVEL && c->irql_max.level == g_irql_arch.high))
                          : (strcmp(max, "DIRQL") == 0 ? c->irql_max.kind == IRQL_DIRQL
                                                       : c->irql_max.kind == IRQL_LEVEL &&
                                                             c->irql_max.level == atoi(level_num(max, buf)));
        CHECK(min_ok, "%s: TSV irql_min %s, header says %d (kind %d)", col[0], min, c->irql_min.level, c->irql_min.kind);
        CHECK(max_ok, "%s: TSV irql_max %s, header says %d (kind %d)", col[0], max, c->irql_max.level, c->irql_max.kind);
        /* IRQL effects */
        StrBuf want, have;
        sb_init(&want);
        sb_init(&have);
        expect_irql(col[4], &want);
        dump_field(c, "irql=", &have);
        char *cw = canon(sb_cstr(&want)), *ch = canon(sb_cstr(&have));
        CHECK(strcmp(cw, ch) == 0, "%s: TSV irql_effect '%s' (%s), header gives '%s'", col[0], col[4], cw, ch);
        free(cw);
        free(ch);
        sb_clear(&want);
        sb_clear(&have);
        /* lock effects */
        expect_locks(col[5], &want);
        actual_locks(c, &have);
        cw = canon(sb_cstr(&want));
        ch = canon(sb_cstr(&have));
        CHECK(strcmp(cw, ch) == 0, "%s: TSV lock_effect '%s', header gives '%s'", col[0], cw, ch);
        if (!min_ok || !max_ok || strcmp(cw, ch) != 0) bad++;
        free(cw);
        free(ch);
        sb_free(&want);
        sb_free(&have);
    }
    CHECK(rows == 732, "expected 732 DDI rows, read %d", rows);
    if (bad) fprintf(stderr, "  %d of %d DDI rows disagree with include/\n", bad, rows);
    free(text);
    free(tsv);
    ptrmap_free(&m);
    arena_free(&a);
}

static void every_role_typedef_agrees(void)
{
    Arena a;
    arena_init(&a);
    PtrMap m;
    ptrmap_init(&m);
    /* typedef contracts are collected from declarations that use them */
    RoleTable rt;
    StrBuf err;
    sb_init(&err);
    char *rp = home_path("data/ddi/roles.tsv");
    REQUIRE(roles_load(rp, &rt, &err), "%s", sb_cstr(&err));
    StrBuf code;
    sb_init(&code);
    sb_puts(&code, "#include <ntifs.h>\n#include <wmilib.h>\n");
    for (uint32_t i = 0; i < rt.n; i++) {
        bool dup = false;
        for (uint32_t j = 0; j < i; j++)
            if (rt.roles[j].typedef_name == rt.roles[i].typedef_name) dup = true;
        if (!dup) sb_printf(&code, "%s drvlint_role_probe_%u;\n", rt.roles[i].typedef_name, i);
    }
    FrontendOptions o;
    frontend_options_default(&o);
    char *inc = home_path("include");
    o.model_dir = inc;
    bool ok = frontend_header_contracts(&o, sb_cstr(&code), &a, &m, &err);
    CHECK(ok, "role typedef probe does not compile: %s", sb_cstr(&err));
    for (uint32_t i = 0; ok && i < rt.n; i++) {
        const Role *r = &rt.roles[i];
        const Contract *typedef_c = ptrmap_get(&m, r->typedef_name);
        CHECK(typedef_c, "role typedef %s (%s) has no annotations or is missing", r->typedef_name, r->name);
        if (!typedef_c) continue;
        CHECK(typedef_c->function_class == r->typedef_name, "%s: _Function_class_ is %s", r->typedef_name,
              typedef_c->function_class ? typedef_c->function_class : "missing");
        /* the typedef's bounds must admit every IRQL the OS calls the role at */
        for (uint32_t k = 0; k < r->nalts; k++) {
            int hi = typedef_c->irql_max.kind == IRQL_LEVEL ? typedef_c->irql_max.level
                     : typedef_c->irql_max.kind == IRQL_DIRQL ? g_irql_arch.dirql_hi : 99;
            int lo = typedef_c->irql_min.kind == IRQL_LEVEL ? typedef_c->irql_min.level
                     : typedef_c->irql_min.kind == IRQL_DIRQL ? g_irql_arch.dirql_lo : 0;
            CHECK(typedef_c->irql_max.kind != IRQL_UNSET, "%s: no IRQL upper bound", r->typedef_name);
            CHECK(r->alts[k].hi <= hi && r->alts[k].lo >= lo, "%s (%s): called at %d..%d, typedef allows %d..%d",
                  r->typedef_name, r->name, r->alts[k].lo, r->alts[k].hi, lo, hi);
        }
    }
    free(inc);
    free(rp);
    sb_free(&code);
    sb_free(&err);
    roles_free(&rt);
    ptrmap_free(&m);
    arena_free(&a);
}

/* rules/constants.json must match the values the model headers give:
   each constant becomes a _Static_assert that libclang checks. */
static void constants_agree_with_headers(void)
{
    char *cp = home_path("rules/constants.json");
    const char *why;
    size_t len;
    char *text = read_file(cp, &len, &why);
    REQUIRE(text, "cannot read %s: %s", cp, why);
    cJSON *root = cJSON_ParseWithLength(text, len);
    REQUIRE(cJSON_IsObject(root), "constants.json is not a JSON object");
    StrBuf code;
    sb_init(&code);
    sb_puts(&code, "#include <ntifs.h>\n");
    int n = 0;
    cJSON *it;
    cJSON_ArrayForEach(it, root)
    {
        long long v;
        if (cJSON_IsNumber(it)) {
            v = (long long)it->valuedouble;
        } else {
            v = (long long)strtoull(it->valuestring, NULL, 0);
            if (strncmp(it->string, "STATUS_", 7) == 0) v = (long long)(int)(unsigned)v;
        }
        sb_printf(&code, "_Static_assert((long long)(%s) == %lldLL, \"%s\");\n", it->string, v, it->string);
        n++;
    }
    FrontendOptions o;
    frontend_options_default(&o);
    char *inc = home_path("include");
    o.model_dir = inc;
    Arena a;
    arena_init(&a);
    PtrMap m;
    ptrmap_init(&m);
    StrBuf err;
    sb_init(&err);
    bool ok = frontend_header_contracts(&o, sb_cstr(&code), &a, &m, &err);
    CHECK(ok, "rules/constants.json disagrees with include/: %s", sb_cstr(&err));
    CHECK(n > 50, "too few constants (%d)", n);
    cJSON_Delete(root);
    sb_free(&err);
    sb_free(&code);
    ptrmap_free(&m);
    arena_free(&a);
    free(inc);
    free(text);
    free(cp);
}

#define TESTS                                            \
    UNIT_RUN_ONE(every_ddi_row_is_declared_and_agrees)   \
    UNIT_RUN_ONE(every_role_typedef_agrees)              \
    UNIT_RUN_ONE(constants_agree_with_headers)
UNIT_MAIN
