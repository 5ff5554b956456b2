/*
 * load.c - reading rule files (JSON, via cJSON) into Machines.
 *
 * Loading is strict: an unknown key, event, binding, guard or state name is
 * an error that names the file and the offending value, so a typo in a
 * rule never silently disables it. Constants such as STATUS_PENDING are
 * resolved through rules/constants.json.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "rules/internal.h"

typedef struct Loader {
    RuleSet *rs;
    const char *file;
    StrBuf *err;
    bool failed;
    const Machine *m;         /* machine being compiled */
    int cur_over;             /* machine the transition being compiled binds */
} Loader;

static void fail(Loader *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Loader *L, const char *fmt, ...)
{
    if (L->failed) return;
    L->failed = true;
    va_list ap;
    va_start(ap, fmt);
    sb_printf(L->err, "%s: ", L->file);
    sb_vprintf(L->err, fmt, ap);
    va_end(ap);
}

static const char *str_of(Loader *L, cJSON *j, const char *what)
{
    if (!j) return NULL;
    if (!cJSON_IsString(j)) {
        fail(L, "'%s' must be a string", what);
        return NULL;
    }
    return arena_strdup(&L->rs->arena, j->valuestring);
}

/* A string or an array of strings. */
static const char **strs_of(Loader *L, cJSON *j, uint32_t *n, const char *what, bool do_intern)
{
    *n = 0;
    if (!j) return NULL;
    if (cJSON_IsString(j)) {
        const char **v = arena_alloc(&L->rs->arena, sizeof(char *));
        v[0] = do_intern ? intern(j->valuestring) : arena_strdup(&L->rs->arena, j->valuestring);
        *n = 1;
        return v;
    }
    if (!cJSON_IsArray(j)) {
        fail(L, "'%s' must be a string or an array of strings", what);
        return NULL;
    }
    uint32_t cnt = (uint32_t)cJSON_GetArraySize(j);
    const char **v = arena_alloc(&L->rs->arena, sizeof(char *) * (cnt ? cnt : 1));
    cJSON *it;
    uint32_t i = 0;
    cJSON_ArrayForEach(it, j)
    {
        if (!cJSON_IsString(it)) {
            fail(L, "'%s' must contain only strings", what);
            return NULL;
        }
        v[i++] = do_intern ? intern(it->valuestring) : arena_strdup(&L->rs->arena, it->valuestring);
    }
    *n = i;
    return v;
}

/* Fails on a key of obj that is not in the NULL-terminated list. */
static bool keys_only(Loader *L, cJSON *obj, const char *where, const char *const *allowed)
{
    cJSON *it;
    cJSON_ArrayForEach(it, obj)
    {
        bool ok = false;
        for (size_t i = 0; allowed[i] && !ok; i++) ok = strcmp(it->string, allowed[i]) == 0;
        if (!ok) {
            fail(L, "unknown key '%s' in %s", it->string, where);
            return false;
        }
    }
    return true;
}

int64_t *rules_constant(RuleSet *rs, const char *name)
{
    return ptrmap_get(&rs->constants, intern(name));
}

/* A number, a hex string, or a constant name. */
static bool num_of(Loader *L, cJSON *j, int64_t *out, const char *what)
{
    if (cJSON_IsNumber(j)) {
        *out = (int64_t)j->valuedouble;
        return true;
    }
    if (cJSON_IsBool(j)) {
        *out = cJSON_IsTrue(j);
        return true;
    }
    if (cJSON_IsString(j)) {
        const char *s = j->valuestring;
        if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-') {
            char *end;
            long long v = strtoll(s, &end, 0);
            if (!*end) {
                /* 0xC0000016 written as 8 hex digits is a 32-bit value (an
                   NTSTATUS), sign-extended like constants.json */
                if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && strlen(s) == 10) v = (int32_t)(uint32_t)v;
                *out = v;
                return true;
            }
        }
        int64_t *c = rules_constant(L->rs, s);
        if (c) {
            *out = *c;
            return true;
        }
        fail(L, "unknown constant '%s' in '%s' (add it to rules/constants.json)", s, what);
        return false;
    }
    fail(L, "'%s' must be a number or a constant name", what);
    return false;
}

static int machine_index(Loader *L, const char *id)
{
    for (uint32_t i = 0; i < L->rs->n; i++)
        if (strcmp(L->rs->machines[i].info.id, id) == 0) return (int)i;
    fail(L, "unknown machine '%s'", id);
    return -1;
}

static int state_index(Loader *L, const Machine *m, const char *name)
{
    for (uint32_t i = 0; i < m->nstates; i++)
        if (strcmp(m->states[i], name) == 0) return (int)i;
    fail(L, "machine '%s' has no state '%s'", m->info.id, name);
    return -1;
}

static uint32_t state_mask_of(Loader *L, const Machine *m, cJSON *j)
{
    uint32_t n;
    const char **names = strs_of(L, j, &n, "in/from", false);
    uint32_t mask = 0;
    for (uint32_t i = 0; i < n; i++) {
        int si = state_index(L, m, names[i]);
        if (si >= 0) mask |= 1u << si;
    }
    return mask;
}

static int attr_slot(Loader *L, const Machine *m, const char *name)
{
    for (int i = 0; i < 4; i++)
        if (m->attr_names[i] && strcmp(m->attr_names[i], name) == 0) return i;
    fail(L, "machine '%s' has no attribute '%s' (declare it in machine.attributes)", m->info.id, name);
    return -1;
}

static bool parse_binding(Loader *L, cJSON *j, Binding *b)
{
    b->kind = B_UNSET;
    b->index = 0;
    if (!j) return true;
    if (!cJSON_IsString(j)) {
        fail(L, "'object' must be a string");
        return false;
    }
    const char *s = j->valuestring;
    if (strncmp(s, "arg", 3) == 0 && s[3] >= '1' && s[3] <= '9') {
        b->kind = strstr(s, "-value")    ? B_ARG_VALUE
                  : strstr(s, "-deref")  ? B_ARG_DEREF
                  : strstr(s, "-object") ? B_ARG_OBJECT
                                         : B_ARG;
        b->index = atoi(s + 3) - 1;
    } else if (strncmp(s, "param", 5) == 0 && s[5] >= '1' && s[5] <= '9') {
        b->kind = B_PARAM;
        b->index = atoi(s + 5) - 1;
    } else if (strcmp(s, "return") == 0) b->kind = B_RETURN;
    else if (strcmp(s, "event") == 0) b->kind = B_EVENT;
    else if (strncmp(s, "event+arg", 9) == 0 && s[9] >= '1' && s[9] <= '9') {
        b->kind = B_EVENT_ARG;
        b->index = atoi(s + 9) - 1;
    }
    else if (strcmp(s, "event-value") == 0) b->kind = B_EVENT_VALUE;
    else if (strcmp(s, "entry-irp") == 0) b->kind = B_ENTRY_IRP;
    else if (strcmp(s, "all") == 0) b->kind = B_ALL;
    else if (strcmp(s, "none") == 0) b->kind = B_NONE;
    else {
        fail(L, "unknown object binding '%s'", s);
        return false;
    }
    return true;
}

static const struct {
    const char *name;
    EventKind kind;
} event_names[] = {
    {"entry", EV_ENTRY}, {"exit", EV_EXIT}, {"function-enter", EV_FUNC_ENTER}, {"function-exit", EV_FUNC_EXIT},
    {"call", EV_CALL}, {"call-return", EV_CALL_RETURN}, {"acquire", EV_ACQUIRE}, {"release", EV_RELEASE},
    {"convert", EV_CONVERT}, {"access", EV_ACCESS}, {"store", EV_STORE}, {"callback-enter", EV_CALLBACK_ENTER},
    {"callback-return", EV_CALLBACK_RETURN},
    {"raise", EV_RAISE}, {"lower", EV_LOWER}, {"require", EV_REQUIRE}, {"function", EV_FUNCTION}, {"entry-point", EV_ENTRYPOINT},
    {"driver", EV_DRIVER},
};

static Guard *parse_guard(Loader *L, cJSON *j);

static Guard *new_guard(Loader *L, GuardKind k)
{
    Guard *g = arena_alloc(&L->rs->arena, sizeof(Guard));
    g->kind = k;
    return g;
}

static bool parse_level(Loader *L, cJSON *j, int *out)
{
    if (cJSON_IsString(j) && strcmp(j->valuestring, "callee_max") == 0) {
        *out = -1;
        return true;
    }
    if (cJSON_IsString(j) && strcmp(j->valuestring, "callee_min") == 0) {
        *out = -2;
        return true;
    }
    int64_t v;
    if (cJSON_IsString(j)) {
        IrqlRef r;
        if (irql_parse_level(j->valuestring, &r) && r.kind == IRQL_LEVEL) {
            *out = r.level;
            return true;
        }
    }
    if (!num_of(L, j, &v, "IRQL level")) return false;
    *out = (int)v;
    return true;
}

static const char *pred_ops[] = {"eq", "ne", "lt", "le", "gt", "ge", "bits_set", "bits_clear", "null", "not_null",
                                 "in", "same_as", "differs_from", "is_function"};

static Guard *parse_pred(Loader *L, cJSON *j, PredSource src)
{
    Guard *g = new_guard(L, G_PRED);
    g->src = src;
    cJSON *it;
    bool have_op = false;
    cJSON_ArrayForEach(it, j)
    {
        const char *k = it->string;
        if (strcmp(k, "arg") == 0) {
            int64_t a;
            if (!num_of(L, it, &a, "arg")) return NULL;
            g->arg = (int)a - 1;
        } else if (strcmp(k, "return") == 0 || strcmp(k, "value") == 0 || strcmp(k, "saved") == 0) {
            /* already selected by the caller */
        } else if (strcmp(k, "field") == 0) {
            g->path = str_of(L, it, "field");
        } else if (strcmp(k, "of") == 0) {
            parse_binding(L, it, &g->of);
        } else if (strcmp(k, "deref") == 0) {
            g->deref = str_of(L, it, "deref");
        } else if (strcmp(k, "must") == 0) {
            g->must = cJSON_IsTrue(it);
        } else if (strcmp(k, "machine") == 0) {
            g->machine = machine_index(L, it->valuestring ? it->valuestring : "");
        } else {
            int op = -1;
            for (size_t i = 0; i < sizeof pred_ops / sizeof pred_ops[0]; i++)
                if (strcmp(k, pred_ops[i]) == 0) op = (int)i;
            if (op < 0) {
                fail(L, "unknown predicate key '%s'", k);
                return NULL;
            }
            if (have_op) {
                fail(L, "a predicate has one comparison; use 'all' to combine");
                return NULL;
            }
            have_op = true;
            g->op = (PredOp)op;
            if (g->op == PO_IN) {
                if (!cJSON_IsArray(it)) {
                    fail(L, "'in' needs an array");
                    return NULL;
                }
                g->nset = (uint32_t)cJSON_GetArraySize(it);
                g->set = arena_alloc(&L->rs->arena, sizeof(int64_t) * (g->nset ? g->nset : 1));
                cJSON *v;
                uint32_t i = 0;
                cJSON_ArrayForEach(v, it) if (!num_of(L, v, &g->set[i++], "in")) return NULL;
            } else if (g->op == PO_SAME_AS || g->op == PO_DIFFERS_FROM) {
                g->attr_name = str_of(L, it, k);
            } else if (g->op == PO_NULL || g->op == PO_NOT_NULL || g->op == PO_IS_FUNCTION) {
                /* value ignored */
            } else if (!num_of(L, it, &g->k, k)) {
                return NULL;
            }
        }
    }
    if (!have_op) {
        fail(L, "a value predicate needs a comparison (eq, ne, lt, ..., in, null)");
        return NULL;
    }
    if ((g->op == PO_SAME_AS || g->op == PO_DIFFERS_FROM)) {
        if (g->machine < 0) return NULL;
        /* by default, the machine whose instance the transition binds */
        if (!cJSON_GetObjectItemCaseSensitive(j, "machine"))
            g->machine = L->cur_over >= 0 ? L->cur_over : (int)(L->m - L->rs->machines);
        g->attr = attr_slot(L, &L->rs->machines[g->machine], g->attr_name);
    }
    return g;
}

static Guard *parse_names_guard(Loader *L, cJSON *j, GuardKind k, const char *what)
{
    Guard *g = new_guard(L, k);
    g->names = strs_of(L, j, &g->nnames, what, true);
    if (k == G_FUNCTION || k == G_DRIVER || k == G_MODEL)
        for (uint32_t i = 0; i < g->nnames; i++)
            if (!rules_fact_known(k, g->names[i])) {
                fail(L, "unknown %s fact '%s'", what, g->names[i]);
                return NULL;
            }
    return g;
}

static Guard *parse_code_set(Loader *L, cJSON *j, GuardKind k, const char *what)
{
    Guard *g = new_guard(L, k);
    cJSON *list = cJSON_IsObject(j) ? cJSON_GetObjectItemCaseSensitive(j, "in") : j;
    static const char *const code_keys[] = {"in", "must", "object", "next", "minor", NULL};
    if (cJSON_IsObject(j) && !keys_only(L, j, what, code_keys)) return NULL;
    if (k == G_IRP_CODE && (!cJSON_IsObject(j) || !cJSON_GetObjectItemCaseSensitive(j, "object"))) {
        fail(L, "'irp_code' needs an 'object' naming the IRP");
        return NULL;
    }
    if (k != G_IRP_CODE && cJSON_IsObject(j) &&
        (cJSON_GetObjectItemCaseSensitive(j, "object") || cJSON_GetObjectItemCaseSensitive(j, "next") ||
         cJSON_GetObjectItemCaseSensitive(j, "minor"))) {
        fail(L, "'%s' takes only 'in' and 'must' (it is about the entry point's IRP)", what);
        return NULL;
    }
    if (cJSON_IsObject(j)) {
        cJSON *m = cJSON_GetObjectItemCaseSensitive(j, "must");
        g->must = cJSON_IsTrue(m);
        cJSON *o = cJSON_GetObjectItemCaseSensitive(j, "object");
        if (o) parse_binding(L, o, &g->obj);
        cJSON *n = cJSON_GetObjectItemCaseSensitive(j, "next");
        g->next = cJSON_IsTrue(n);
        cJSON *mi = cJSON_GetObjectItemCaseSensitive(j, "minor");
        g->minor = cJSON_IsTrue(mi);
    }
    if (cJSON_IsString(list)) {
        g->nset = 1;
        g->set = arena_alloc(&L->rs->arena, sizeof(int64_t));
        return num_of(L, list, &g->set[0], what) ? g : NULL;
    }
    if (!cJSON_IsArray(list)) {
        fail(L, "'%s' needs a code or an array of codes", what);
        return NULL;
    }
    g->nset = (uint32_t)cJSON_GetArraySize(list);
    g->set = arena_alloc(&L->rs->arena, sizeof(int64_t) * (g->nset ? g->nset : 1));
    cJSON *v;
    uint32_t i = 0;
    cJSON_ArrayForEach(v, list) if (!num_of(L, v, &g->set[i++], what)) return NULL;
    return g;
}

static Guard *parse_machine_ref(Loader *L, cJSON *j, GuardKind k)
{
    Guard *g = new_guard(L, k);
    if (!cJSON_IsObject(j)) {
        fail(L, "state/exists guards take an object");
        return NULL;
    }
    static const char *const ref_keys[] = {"machine", "object", "in", "kinds", "attr", "same_as_event", "eq", NULL};
    if (!keys_only(L, j, k == G_STATE ? "'state'" : k == G_EXISTS ? "'exists'" : "'attr'", ref_keys)) return NULL;
    cJSON *m = cJSON_GetObjectItemCaseSensitive(j, "machine");
    /* by default the machine the transition binds (its 'over', or 'about') */
    g->machine = m && cJSON_IsString(m) ? machine_index(L, m->valuestring)
                 : L->cur_over >= 0     ? L->cur_over
                                        : (int)(L->m - L->rs->machines);
    if (g->machine < 0) return NULL;
    if (!L->rs->machines[g->machine].has_machine) {
        fail(L, "'%s' has no states to test", L->rs->machines[g->machine].info.id);
        return NULL;
    }
    if (k == G_STATE && cJSON_GetObjectItemCaseSensitive(j, "attr")) {
        fail(L, "'state' tests states; use 'attr' to test an attribute");
        return NULL;
    }
    if (k == G_ATTR && !cJSON_GetObjectItemCaseSensitive(j, "attr")) {
        fail(L, "'attr' needs the attribute name in \"attr\"");
        return NULL;
    }
    if (k == G_EXISTS && cJSON_GetObjectItemCaseSensitive(j, "eq")) {
        fail(L, "'exists' compares attributes with 'same_as_event' only");
        return NULL;
    }
    const Machine *mm = &L->rs->machines[g->machine];
    parse_binding(L, cJSON_GetObjectItemCaseSensitive(j, "object"), &g->obj);
    cJSON *in = cJSON_GetObjectItemCaseSensitive(j, "in");
    if (in) g->state_mask = state_mask_of(L, mm, in);
    cJSON *kinds = cJSON_GetObjectItemCaseSensitive(j, "kinds");
    if (kinds) g->names = strs_of(L, kinds, &g->nnames, "kinds", true);
    cJSON *attr = cJSON_GetObjectItemCaseSensitive(j, "attr");
    if (attr) {
        g->attr = attr_slot(L, mm, attr->valuestring ? attr->valuestring : "");
        g->attr_name = attr->valuestring;
        cJSON *same = cJSON_GetObjectItemCaseSensitive(j, "same_as_event");
        cJSON *eq = cJSON_GetObjectItemCaseSensitive(j, "eq");
        if (same) {
            g->op = PO_SAME_AS;
            g->path = str_of(L, same, "same_as_event");
            if (g->path && strcmp(g->path, "saved") != 0 && strcmp(g->path, "object") != 0) {
                fail(L, "'same_as_event' is 'saved' (the IRQL the event saves or restores) or 'object'");
                return NULL;
            }
        } else if (eq) {
            g->op = PO_EQ;
            if (!num_of(L, eq, &g->k, "eq")) return NULL;
        } else {
            fail(L, "an 'attr' test needs 'eq' or 'same_as_event'");
            return NULL;
        }
    }
    return g;
}

static Guard *parse_leaf(Loader *L, const char *k, cJSON *v, cJSON *whole)
{
    Guard *g;
    if (strcmp(k, "irql_above") == 0 || strcmp(k, "irql_below") == 0 || strcmp(k, "irql_at_least") == 0 ||
        strcmp(k, "role_irql_at_least") == 0) {
        g = new_guard(L, k[5] == 'a' && k[6] == 'b' ? G_IRQL_ABOVE
                         : k[5] == 'b'              ? G_IRQL_BELOW
                         : k[0] == 'r'              ? G_ROLE_IRQL_AT_LEAST
                                                    : G_IRQL_AT_LEAST);
        return parse_level(L, v, &g->level) ? g : NULL;
    }
    static const struct {
        const char *name;
        GuardKind kind;
    } flags[] = {{"irql_changed", G_IRQL_CHANGED}, {"raise_lowers", G_RAISE_LOWERS}, {"at_root", G_AT_ROOT},
                 {"callee_bounded", G_CALLEE_KNOWN}, {"owned_by_frame", G_OWNED_BY_FRAME},
                 {"is_entry_irp", G_IS_ENTRY_IRP}};
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        if (strcmp(k, flags[i].name) != 0) continue;
        if (!cJSON_IsBool(v)) {
            fail(L, "'%s' is true or false", k);
            return NULL;
        }
        g = new_guard(L, flags[i].kind);
        if (cJSON_IsTrue(v)) return g;
        Guard *n = new_guard(L, G_NOT); /* {"flag": false} */
        n->nkids = 1;
        n->kids = arena_alloc(&L->rs->arena, sizeof(Guard *));
        n->kids[0] = g;
        return n;
    }
    if (strcmp(k, "arg") == 0) return parse_pred(L, whole, PS_ARG);
    if (strcmp(k, "return") == 0) return parse_pred(L, v, PS_RETURN);
    if (strcmp(k, "value") == 0) return parse_pred(L, v, PS_VALUE);
    if (strcmp(k, "saved") == 0) return parse_pred(L, v, PS_SAVED);
    if (strcmp(k, "field") == 0) return parse_pred(L, whole, PS_FIELD);
    if (strcmp(k, "state") == 0) return parse_machine_ref(L, v, G_STATE);
    if (strcmp(k, "exists") == 0) return parse_machine_ref(L, v, G_EXISTS);
    if (strcmp(k, "attr") == 0) return parse_machine_ref(L, v, G_ATTR);
    if (strcmp(k, "event") == 0) {
        g = new_guard(L, G_EVENT_FLAG);
        if (!cJSON_IsObject(v)) {
            fail(L, "'event' takes an object such as {\"raised\": true}");
            return NULL;
        }
        cJSON *f = v->child;
        if (!f || (strcmp(f->string, "raised") && strcmp(f->string, "restores") && strcmp(f->string, "held"))) {
            fail(L, "'event' tests 'raised', 'restores' or 'held'");
            return NULL;
        }
        g->path = intern(f->string);
        g->flag_value = cJSON_IsTrue(f);
        return g;
    }
    if (strcmp(k, "role") == 0) return parse_names_guard(L, v, G_ROLE, "role");
    if (strcmp(k, "device_role") == 0) return parse_names_guard(L, v, G_DEVICE_ROLE, "device_role");
    if (strcmp(k, "driver_kind") == 0) return parse_names_guard(L, v, G_DRIVER_KIND, "driver_kind");
    if (strcmp(k, "function") == 0) return parse_names_guard(L, v, G_FUNCTION, "function");
    if (strcmp(k, "driver") == 0) return parse_names_guard(L, v, G_DRIVER, "driver");
    if (strcmp(k, "model") == 0) return parse_names_guard(L, v, G_MODEL, "model");
    if (strcmp(k, "entry_minor") == 0) return parse_code_set(L, v, G_ENTRY_MINOR, "entry_minor");
    if (strcmp(k, "entry_major") == 0) return parse_code_set(L, v, G_ENTRY_MAJOR, "entry_major");
    if (strcmp(k, "irp_code") == 0) return parse_code_set(L, v, G_IRP_CODE, "irp_code");
    fail(L, "unknown guard '%s'", k);
    return NULL;
}

static Guard *parse_guard(Loader *L, cJSON *j)
{
    if (!j) return NULL;
    if (!cJSON_IsObject(j)) {
        fail(L, "a guard must be a JSON object");
        return NULL;
    }
    cJSON *first = j->child;
    if (!first) {
        fail(L, "empty guard");
        return NULL;
    }
    const char *k = first->string;
    if (strcmp(k, "all") == 0 || strcmp(k, "any") == 0) {
        Guard *g = new_guard(L, k[1] == 'l' ? G_ALL : G_ANY);
        if (!cJSON_IsArray(first)) {
            fail(L, "'%s' takes an array of guards", k);
            return NULL;
        }
        g->nkids = (uint32_t)cJSON_GetArraySize(first);
        g->kids = arena_alloc(&L->rs->arena, sizeof(Guard *) * (g->nkids ? g->nkids : 1));
        cJSON *it;
        uint32_t i = 0;
        cJSON_ArrayForEach(it, first)
        {
            g->kids[i] = parse_guard(L, it);
            if (!g->kids[i++]) return NULL;
        }
        return g;
    }
    if (strcmp(k, "not") == 0) {
        Guard *g = new_guard(L, G_NOT);
        g->nkids = 1;
        g->kids = arena_alloc(&L->rs->arena, sizeof(Guard *));
        g->kids[0] = parse_guard(L, first);
        return g->kids[0] ? g : NULL;
    }
    if (first->next && strcmp(k, "arg") != 0 && strcmp(k, "field") != 0) {
        fail(L, "a guard object has one key ('%s' ...); combine guards with 'all'", k);
        return NULL;
    }
    return parse_leaf(L, k, first, j);
}

static bool parse_record(Loader *L, Transition *t, cJSON *j, Machine *m)
{
    cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        const char *k = it->string;
        if (strcmp(k, "routine") == 0) {
            t->record_text_callee = true;
            continue;
        }
        if (strcmp(k, "kind") == 0) {
            t->record_kind = true;
            continue;
        }
        if (t->nrec == 4) {
            fail(L, "too many recorded attributes");
            return false;
        }
        Record *r = &t->rec[t->nrec++];
        r->slot = attr_slot(L, m, k);
        if (r->slot < 0) return false;
        const char *v = cJSON_IsString(it) ? it->valuestring : "";
        if (strcmp(v, "saved_irql") == 0) r->what = R_SAVED_IRQL;
        else if (strcmp(v, "return") == 0) r->what = R_RETURN;
        else if (strcmp(v, "irql") == 0) r->what = R_IRQL;
        else if (strcmp(v, "value") == 0) r->what = R_VALUE;
        else if (strcmp(v, "object") == 0) r->what = R_OBJECT;
        else if (strcmp(v, "depth") == 0) r->what = R_DEPTH;
        else if (strcmp(v, "caller_depth") == 0) r->what = R_CALLER_DEPTH;
        else if (strcmp(v, "raised") == 0) r->what = R_RAISED;
        else if (strcmp(v, "in_callback") == 0) r->what = R_IN_CALLBACK;
        else if (strncmp(v, "const:", 6) == 0 && v[6]) {
            char *end;
            r->what = R_CONST;
            r->k = strtoll(v + 6, &end, 0);
            if (*end) {
                fail(L, "'%s' is not a number", v + 6);
                return false;
            }
        }
        else if (strncmp(v, "arg", 3) == 0 && v[3] >= '1' && v[3] <= '9') {
            r->what = R_ARG;
            r->arg = atoi(v + 3) - 1;
        } else if (strncmp(v, "field:", 6) == 0) {
            r->what = R_FIELD;
            r->path = arena_strdup(&L->rs->arena, v + 6);
        } else {
            fail(L, "cannot record '%s' (use saved_irql, return, irql, value, object, depth, caller_depth, raised, in_callback, const:N, argN, field:PATH)", v);
            return false;
        }
    }
    return true;
}

static bool parse_transition(Loader *L, Machine *m, cJSON *j, Transition *t)
{
    memset(t, 0, sizeof *t);
    t->to = -1;
    if (!cJSON_IsObject(j)) {
        fail(L, "each transition must be an object");
        return false;
    }
    /* the machine whose instances this transition binds and whose states
       'from' names: `over`, else the rule's `about`, else its own */
    t->over = m->about >= 0 ? m->about : (int)(m - L->rs->machines);
    cJSON *over = cJSON_GetObjectItemCaseSensitive(j, "over");
    if (over) {
        if (!cJSON_IsString(over)) {
            fail(L, "'over' must name a machine");
            return false;
        }
        t->over = machine_index(L, over->valuestring);
        if (t->over < 0) return false;
    }
    const Machine *im = &L->rs->machines[t->over];
    L->cur_over = t->over;
    cJSON *it;
    bool have_on = false;
    cJSON_ArrayForEach(it, j)
    {
        const char *k = it->string;
        if (strcmp(k, "on") == 0) {
            const char *ev = cJSON_IsString(it) ? it->valuestring : "";
            bool ok = false;
            for (size_t i = 0; i < sizeof event_names / sizeof event_names[0]; i++)
                if (strcmp(event_names[i].name, ev) == 0) {
                    t->on = event_names[i].kind;
                    ok = true;
                }
            if (!ok) {
                fail(L, "unknown event '%s'", ev);
                return false;
            }
            have_on = true;
        } else if (strcmp(k, "callee") == 0) {
            t->callees = strs_of(L, it, &t->ncallees, "callee", true);
        } else if (strcmp(k, "callee_not") == 0) {
            t->callees = strs_of(L, it, &t->ncallees, "callee_not", true);
            t->callee_not = true;
        } else if (strcmp(k, "kinds") == 0) {
            t->kinds = strs_of(L, it, &t->nkinds, "kinds", true);
        } else if (strcmp(k, "roles") == 0) {
            t->roles = strs_of(L, it, &t->nroles, "roles", true);
        } else if (strcmp(k, "field") == 0) {
            t->field = str_of(L, it, "field");
        } else if (strcmp(k, "object") == 0) {
            if (!parse_binding(L, it, &t->obj)) return false;
        } else if (strcmp(k, "over") == 0) {
            /* handled above */
        } else if (strcmp(k, "from") == 0) {
            if (!im->has_machine) {
                fail(L, "'from' needs a machine");
                return false;
            }
            t->from_mask = state_mask_of(L, im, it);
        } else if (strcmp(k, "to") == 0) {
            const char *to = cJSON_IsString(it) ? it->valuestring : "";
            if (m->counted && strcmp(to, "+1") == 0) t->to = -2;
            else if (m->counted && strcmp(to, "-1") == 0) t->to = -3;
            else t->to = state_index(L, m, to);
        } else if (strcmp(k, "drop") == 0) {
            t->drop = cJSON_IsTrue(it);
        } else if (strcmp(k, "when") == 0) {
            t->when = parse_guard(L, it);
        } else if (strcmp(k, "record") == 0) {
            if (!parse_record(L, t, it, m)) return false;
        } else if (strcmp(k, "error") == 0) {
            t->error = str_of(L, it, "error");
        } else if (strcmp(k, "note") == 0) {
            t->note = str_of(L, it, "note");
        } else if (strcmp(k, "at") == 0) {
            static const char *const ats[] = {"site", "function", "paged_code", "paged_code_2", "section"};
            t->at = str_of(L, it, "at");
            bool ok = false;
            for (size_t i = 0; t->at && i < sizeof ats / sizeof ats[0]; i++) ok |= strcmp(t->at, ats[i]) == 0;
            if (!ok) {
                fail(L, "'at' is one of site, function, paged_code, paged_code_2, section");
                return false;
            }
        } else if (strcmp(k, "related") == 0) {
            if (!cJSON_IsString(it) || strcmp(it->valuestring, "contract") != 0) {
                fail(L, "'related' can only be \"contract\"");
                return false;
            }
            t->related_contract = true;
        } else if (strcmp(k, "mutes") == 0) {
            t->mutes = strs_of(L, it, &t->nmutes, "mutes", true);
            for (uint32_t i = 0; i < t->nmutes; i++)
                if (machine_index(L, t->mutes[i]) < 0) return false;
        } else if (strcmp(k, "ends_path") == 0) {
            if (!cJSON_IsBool(it)) {
                fail(L, "'ends_path' must be true or false");
                return false;
            }
            t->ends_path = cJSON_IsTrue(it);
        } else if (strcmp(k, "comment") == 0) {
            /* documentation only */
        } else {
            fail(L, "unknown transition key '%s'", k);
            return false;
        }
        if (L->failed) return false;
    }
    if (!have_on) {
        fail(L, "a transition needs 'on'");
        return false;
    }
    if (t->error && m->info.is_tracker) {
        fail(L, "trackers do not report: remove 'error'");
        return false;
    }
    if ((t->to != -1 || t->drop || t->nrec || t->record_text_callee || t->record_kind) &&
        t->over != (int)(m - L->rs->machines)) {
        fail(L, "a rule cannot change another machine's instances ('to', 'drop' or 'record' with 'over'/'about')");
        return false;
    }
    if (!t->error && !m->has_machine && !t->note) {
        fail(L, "a transition of a rule without a machine must report ('error')");
        return false;
    }
    m->event_mask |= 1u << t->on;
    if (t->on == EV_ACCESS) L->rs->want_access = true;
    return true;
}

static bool severity_of(const char *s, Severity *out)
{
    if (!s || strcmp(s, "error") == 0) *out = SEV_ERROR;
    else if (strcmp(s, "warning") == 0) *out = SEV_WARNING;
    else if (strcmp(s, "note") == 0) *out = SEV_NOTE;
    else return false;
    return true;
}

/* First pass: metadata and states, so transitions can refer to any machine. */
static bool load_header(Loader *L, cJSON *root, Machine *m)
{
    static const char *allowed[] = {"id", "kind", "family", "severity", "title", "description", "guide", "sdv", "ca",
                                    "example", "machine", "transitions", "shadows", "applies", "about", "comment"};
    cJSON *it;
    cJSON_ArrayForEach(it, root)
    {
        bool ok = false;
        for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
            if (strcmp(it->string, allowed[i]) == 0) ok = true;
        if (!ok) {
            fail(L, "unknown key '%s'", it->string);
            return false;
        }
    }
    memset(m, 0, sizeof *m);
    m->info.id = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "id"), "id");
    if (!m->info.id) {
        fail(L, "missing 'id'");
        return false;
    }
    m->info.id = intern(m->info.id);
    const char *kind = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "kind"), "kind");
    m->info.is_tracker = kind && strcmp(kind, "tracker") == 0;
    if (kind && strcmp(kind, "tracker") && strcmp(kind, "rule")) {
        fail(L, "'kind' is 'rule' or 'tracker'");
        return false;
    }
    m->info.family = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "family"), "family");
    const char *sev = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "severity"), "severity");
    if (!severity_of(sev, &m->info.severity)) {
        fail(L, "severity '%s' is not one of error, warning, note", sev);
        return false;
    }
    m->info.title = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "title"), "title");
    m->info.description = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "description"), "description");
    m->info.guide = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "guide"), "guide");
    m->info.sdv = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "sdv"), "sdv");
    m->info.ca = str_of(L, cJSON_GetObjectItemCaseSensitive(root, "ca"), "ca");
    m->info.path = arena_strdup(&L->rs->arena, L->file);
    cJSON *ex = cJSON_GetObjectItemCaseSensitive(root, "example");
    static const char *const ex_keys[] = {"bad", "good", NULL};
    if (ex && !keys_only(L, ex, "'example'", ex_keys)) return false;
    if (ex) {
        m->info.example_bad = str_of(L, cJSON_GetObjectItemCaseSensitive(ex, "bad"), "example.bad");
        m->info.example_good = str_of(L, cJSON_GetObjectItemCaseSensitive(ex, "good"), "example.good");
    }
    if (!m->info.is_tracker) {
        if (!m->info.family || !m->info.title || !m->info.description || !m->info.guide) {
            fail(L, "a rule needs family, title, description and guide");
            return false;
        }
        static const char *families[] = {"irql", "spinlock", "irp", "pageable", "pnp"};
        bool okf = false;
        for (int i = 0; i < 5; i++)
            if (strcmp(m->info.family, families[i]) == 0) okf = true;
        if (!okf) {
            fail(L, "family '%s' is not one of irql, spinlock, irp, pageable, pnp", m->info.family);
            return false;
        }
    }
    cJSON *mach = cJSON_GetObjectItemCaseSensitive(root, "machine");
    static const char *const mach_keys[] = {"states", "initial", "attributes", "counted", "comment", NULL};
    if (mach && !keys_only(L, mach, "'machine'", mach_keys)) return false;
    if (mach) {
        m->has_machine = true;
        m->counted = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(mach, "counted"));
        if (m->counted && (cJSON_GetObjectItemCaseSensitive(mach, "states") || cJSON_GetObjectItemCaseSensitive(mach, "initial"))) {
            fail(L, "a counted machine has the states free and held: remove 'states' and 'initial'");
            return false;
        }
        if (m->counted) {
            m->nstates = 2;
            m->states = arena_alloc(&L->rs->arena, sizeof(char *) * 2);
            m->states[0] = "free";
            m->states[1] = "held";
            m->initial = 0;
        } else {
            m->states = strs_of(L, cJSON_GetObjectItemCaseSensitive(mach, "states"), &m->nstates, "machine.states", false);
            if (!m->nstates || m->nstates > 16) {
                fail(L, "machine.states needs 1 to 16 states");
                return false;
            }
            const char *init = str_of(L, cJSON_GetObjectItemCaseSensitive(mach, "initial"), "machine.initial");
            m->initial = init ? state_index(L, m, init) : 0;
        }
        uint32_t na;
        const char **attrs = strs_of(L, cJSON_GetObjectItemCaseSensitive(mach, "attributes"), &na, "machine.attributes", false);
        if (na > 4) {
            fail(L, "at most 4 attributes");
            return false;
        }
        for (uint32_t i = 0; i < na; i++) m->attr_names[i] = attrs[i];
    } else if (m->info.is_tracker) {
        fail(L, "a tracker needs a 'machine'");
        return false;
    }
    m->shadows = strs_of(L, cJSON_GetObjectItemCaseSensitive(root, "shadows"), &m->nshadows, "shadows", true);
    return !L->failed;
}

static bool load_body(Loader *L, cJSON *root, Machine *m)
{
    L->m = m;
    for (uint32_t i = 0; i < m->nshadows; i++)
        if (machine_index(L, m->shadows[i]) < 0) return false;
    m->about = -1;
    cJSON *about = cJSON_GetObjectItemCaseSensitive(root, "about");
    if (about) {
        if (!cJSON_IsString(about)) {
            fail(L, "'about' must name a tracker");
            return false;
        }
        m->about = machine_index(L, about->valuestring);
        if (m->about < 0) return false;
        if (!L->rs->machines[m->about].info.is_tracker) {
            fail(L, "'about' must name a tracker, and '%s' is a rule", about->valuestring);
            return false;
        }
    }
    cJSON *trs = cJSON_GetObjectItemCaseSensitive(root, "transitions");
    if (!cJSON_IsArray(trs) || cJSON_GetArraySize(trs) == 0) {
        fail(L, "'transitions' must be a non-empty array");
        return false;
    }
    m->ntr = (uint32_t)cJSON_GetArraySize(trs);
    m->tr = arena_alloc(&L->rs->arena, sizeof(Transition) * m->ntr);
    cJSON *it;
    uint32_t i = 0;
    cJSON_ArrayForEach(it, trs)
    {
        if (!parse_transition(L, m, it, &m->tr[i++])) return false;
    }
    L->cur_over = -1; /* 'applies' is about the driver, not a transition's instances */
    cJSON *ap = cJSON_GetObjectItemCaseSensitive(root, "applies");
    static const char *const ap_keys[] = {"when", "reason", NULL};
    if (ap && cJSON_GetObjectItemCaseSensitive(ap, "when") && !keys_only(L, ap, "'applies'", ap_keys)) return false;
    if (ap) {
        cJSON *when = cJSON_GetObjectItemCaseSensitive(ap, "when");
        m->applies = parse_guard(L, when ? when : ap);
        m->applies_text = str_of(L, cJSON_GetObjectItemCaseSensitive(ap, "reason"), "applies.reason");
    }
    return !L->failed;
}

typedef VEC(char *) PathVec;

static void collect_json(const char *dir, PathVec *out, int depth)
{
    if (depth > 4) return;
    size_t n;
    char **entries = dir_entries(dir, &n);
    for (size_t i = 0; i < n; i++) {
        const char *p = entries[i];
        if (path_is_dir(p)) collect_json(p, out, depth + 1);
        else if (str_endswith(p, ".json") && strcmp(path_basename(p), "constants.json") != 0) VEC_PUSH(*out, xstrdup(p));
    }
    free_strings(entries, n);
}

static int cmp_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool load_constants(RuleSet *rs, const char *dir, StrBuf *err)
{
    char *p = path_join(dir, "constants.json");
    if (!path_exists(p)) {
        free(p);
        return true;
    }
    const char *why;
    size_t len;
    char *text = read_file(p, &len, &why);
    if (!text) {
        sb_printf(err, "%s: %s", p, why);
        free(p);
        return false;
    }
    cJSON *root = cJSON_ParseWithLength(text, len);
    free(text);
    if (!cJSON_IsObject(root)) {
        sb_printf(err, "%s: not a JSON object of constants", p);
        cJSON_Delete(root);
        free(p);
        return false;
    }
    cJSON *it;
    bool ok = true;
    cJSON_ArrayForEach(it, root)
    {
        int64_t v;
        if (cJSON_IsNumber(it)) v = (int64_t)it->valuedouble;
        else if (cJSON_IsString(it)) {
            char *end;
            v = (int64_t)strtoull(it->valuestring, &end, 0);
            if (*end) {
                sb_printf(err, "%s: constant %s has a bad value '%s'", p, it->string, it->valuestring);
                ok = false;
                break;
            }
            /* NTSTATUS values are 32-bit signed */
            if (strncmp(it->string, "STATUS_", 7) == 0) v = (int64_t)(int32_t)(uint32_t)v;
        } else {
            sb_printf(err, "%s: constant %s must be a number or a hex string", p, it->string);
            ok = false;
            break;
        }
        int64_t *box = arena_alloc(&rs->arena, sizeof(int64_t));
        *box = v;
        ptrmap_put(&rs->constants, intern(it->string), box);
    }
    cJSON_Delete(root);
    free(p);
    return ok;
}

RuleSet *rules_load(const char *const *dirs, size_t ndirs, StrBuf *err)
{
    RuleSet *rs = xcalloc(1, sizeof(RuleSet));
    arena_init(&rs->arena);
    ptrmap_init(&rs->constants);
    PathVec files = {0};
    for (size_t i = 0; i < ndirs; i++) {
        if (!path_is_dir(dirs[i])) {
            sb_printf(err, "%s: rules directory not found", dirs[i]);
            rules_free(rs);
            return NULL;
        }
        if (!load_constants(rs, dirs[i], err)) {
            rules_free(rs);
            return NULL;
        }
        size_t before = files.len;
        collect_json(dirs[i], &files, 0);
        sort_array(files.data ? files.data + before : NULL, files.len - before, sizeof(char *), cmp_paths);
    }
    cJSON **roots = xcalloc(files.len ? files.len : 1, sizeof(cJSON *));
    rs->machines = arena_alloc(&rs->arena, sizeof(Machine) * (files.len ? files.len : 1));
    bool ok = true;
    Loader L = {rs, NULL, err, false, NULL, -1};
    for (size_t i = 0; i < files.len && ok; i++) {
        L.file = files.data[i];
        const char *why;
        size_t len;
        char *text = read_file(files.data[i], &len, &why);
        if (!text) {
            sb_printf(err, "%s: %s", files.data[i], why);
            ok = false;
            break;
        }
        roots[i] = cJSON_ParseWithLength(text, len);
        if (!cJSON_IsObject(roots[i])) {
            const char *pos = cJSON_GetErrorPtr(); /* points into text */
            sb_printf(err, "%s: not valid JSON%s%.20s", files.data[i], pos ? " near: " : "", pos ? pos : "");
            free(text);
            ok = false;
            break;
        }
        free(text);
        Machine *m = &rs->machines[rs->n];
        if (!load_header(&L, roots[i], m)) {
            ok = false;
            break;
        }
        for (uint32_t k = 0; k < rs->n; k++)
            if (rs->machines[k].info.id == m->info.id) {
                sb_printf(err, "%s: duplicate rule id '%s' (also in %s)", files.data[i], m->info.id,
                          rs->machines[k].info.path);
                ok = false;
            }
        rs->n++;
    }
    for (size_t i = 0; i < files.len && ok; i++) {
        L.file = files.data[i];
        if (!load_body(&L, roots[i], &rs->machines[i])) ok = false;
    }
    for (size_t i = 0; i < files.len; i++) {
        cJSON_Delete(roots[i]);
        free(files.data[i]);
    }
    free(roots);
    VEC_FREE(files);
    if (!ok) {
        rules_free(rs);
        return NULL;
    }
    for (uint32_t i = 0; i < rs->n; i++) rs->machines[i].applicable = true;
    return rs;
}

void rules_free(RuleSet *rs)
{
    if (!rs) return;
    ptrmap_free(&rs->constants);
    arena_free(&rs->arena);
    free(rs);
}

uint32_t rules_count(const RuleSet *rs)
{
    return rs->n;
}

const RuleInfo *rules_info(const RuleSet *rs, uint32_t i)
{
    return i < rs->n ? &rs->machines[i].info : NULL;
}

const RuleInfo *rules_find(const RuleSet *rs, const char *id)
{
    for (uint32_t i = 0; i < rs->n; i++)
        if (strcmp(rs->machines[i].info.id, id) == 0) return &rs->machines[i].info;
    return NULL;
}

bool rules_want_access(const RuleSet *rs)
{
    return rs->want_access;
}
