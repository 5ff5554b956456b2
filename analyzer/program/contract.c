/*
 * contract.c - parsing "drvlint:" annotation strings into Contracts.
 *
 * The strings come from include/driverspecs.h macros, macro-expanded by
 * clang (IRQL levels arrive as numbers) except inside _When_, whose inner
 * annotations arrive as raw source text and are parsed here as SAL macro
 * calls. The grammar is documented in docs/annotations.md.
 */
#include "program/contract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

IrqlArch g_irql_arch = {2, 3, 12, 15};

void irql_arch_set(const char *arch)
{
    if (arch && strcmp(arch, "x86") == 0) {
        g_irql_arch = (IrqlArch){2, 3, 26, 31};
    } else {
        g_irql_arch = (IrqlArch){2, 3, 12, 15};
    }
}

static const struct {
    const char *name;
    int x64, x86;
} level_names[] = {
    {"PASSIVE_LEVEL", 0, 0}, {"LOW_LEVEL", 0, 0},     {"APC_LEVEL", 1, 1},
    {"DISPATCH_LEVEL", 2, 2}, {"CMCI_LEVEL", 5, 5},   {"SYNCH_LEVEL", 12, 27},
    {"CLOCK_LEVEL", 13, 28}, {"IPI_LEVEL", 14, 29},   {"DRS_LEVEL", 14, 29},
    {"POWER_LEVEL", 14, 30}, {"PROFILE_LEVEL", 15, 27}, {"HIGH_LEVEL", 15, 31},
};

const char *irql_level_name(int level)
{
    switch (level) {
    case 0: return "PASSIVE_LEVEL";
    case 1: return "APC_LEVEL";
    case 2: return "DISPATCH_LEVEL";
    default: break;
    }
    if (level == g_irql_arch.high) return "HIGH_LEVEL";
    if (level >= g_irql_arch.dirql_lo && level <= g_irql_arch.dirql_hi) return "DIRQL";
    return "an IRQL above DISPATCH_LEVEL";
}

/* Skips spaces, redundant parentheses and integer casts such as (KIRQL). */
static const char *strip(const char *s, size_t *n)
{
    size_t len = *n;
    for (;;) {
        while (len && isspace((unsigned char)*s)) s++, len--;
        while (len && isspace((unsigned char)s[len - 1])) len--;
        if (len >= 2 && s[0] == '(') {
            /* "(TYPE)rest" cast or "(expr)" */
            size_t depth = 0, i;
            for (i = 0; i < len; i++) {
                if (s[i] == '(') depth++;
                else if (s[i] == ')' && --depth == 0) break;
            }
            if (i == len - 1) { /* fully parenthesised */
                s++;
                len -= 2;
                continue;
            }
            if (i < len) { /* cast: skip "(TYPE)" when TYPE is an identifier */
                bool ident = true;
                for (size_t j = 1; j < i; j++)
                    if (!(isalnum((unsigned char)s[j]) || s[j] == '_' || s[j] == ' ')) ident = false;
                if (ident) {
                    s += i + 1;
                    len -= i + 1;
                    continue;
                }
            }
        }
        break;
    }
    *n = len;
    return s;
}

static int param_index(const Contract *c, const char *s, size_t n)
{
    for (uint32_t i = 0; i < c->nparams; i++)
        if (c->param_names[i] && strlen(c->param_names[i]) == n && strncmp(c->param_names[i], s, n) == 0)
            return (int)i;
    return -1;
}

static bool parse_level_n(const Contract *c, const char *s, size_t n, IrqlRef *out)
{
    s = strip(s, &n);
    if (!n) return false;
    if (isdigit((unsigned char)s[0])) {
        char buf[32];
        if (n >= sizeof buf) return false;
        memcpy(buf, s, n);
        buf[n] = 0;
        char *end;
        long v = strtol(buf, &end, 0);
        while (*end == 'L' || *end == 'l' || *end == 'U' || *end == 'u') end++;
        if (*end) return false;
        out->kind = IRQL_LEVEL;
        out->level = (int16_t)v;
        return true;
    }
    if (n == 5 && strncmp(s, "DIRQL", 5) == 0) {
        out->kind = IRQL_DIRQL;
        return true;
    }
    bool x86 = g_irql_arch.high == 31;
    for (size_t i = 0; i < sizeof level_names / sizeof level_names[0]; i++) {
        if (strlen(level_names[i].name) == n && strncmp(level_names[i].name, s, n) == 0) {
            out->kind = IRQL_LEVEL;
            out->level = (int16_t)(x86 ? level_names[i].x86 : level_names[i].x64);
            return true;
        }
    }
    if (c) {
        int p = param_index(c, s, n);
        if (p >= 0) {
            out->kind = IRQL_PARAM;
            out->param = (int16_t)p;
            return true;
        }
    }
    return false;
}

bool irql_parse_level(const char *s, IrqlRef *out)
{
    return parse_level_n(NULL, s, strlen(s), out);
}

/* Splits "a,b,c" at top-level commas. Returns the number of parts. */
static int split_args(const char *s, size_t n, const char **parts, size_t *lens, int max)
{
    int k = 0, depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        char ch = i < n ? s[i] : ',';
        if (ch == '(') depth++;
        else if (ch == ')') depth--;
        else if (ch == ',' && depth == 0) {
            if (k == max) return -1;
            parts[k] = s + start;
            lens[k] = i - start;
            size_t l = lens[k];
            parts[k] = strip(parts[k], &l);
            lens[k] = l;
            k++;
            start = i + 1;
        }
    }
    return k;
}

static void add_irql_effect(Arena *a, Contract *c, IrqlEffect e)
{
    IrqlEffect *n = arena_alloc(a, sizeof(IrqlEffect) * (c->nirql + 1));
    if (c->nirql) memcpy(n, c->irql, sizeof(IrqlEffect) * c->nirql);
    n[c->nirql++] = e;
    c->irql = n;
}

static void add_lock_effect(Arena *a, Contract *c, LockEffect e)
{
    LockEffect *n = arena_alloc(a, sizeof(LockEffect) * (c->nlocks + 1));
    if (c->nlocks) memcpy(n, c->locks, sizeof(LockEffect) * c->nlocks);
    n[c->nlocks++] = e;
    c->locks = n;
}

static const char *global_lock_kind(const char *s, size_t n)
{
    static const struct { const char *name, *kind; } g[] = {
        {"_Global_cancel_spin_lock_", "cancel"},
        {"_Global_critical_region_", "criticalregion"},
        {"_Global_priority_region_", "guardedregion"},
        {"_Global_interlock_", "interlock"},
    };
    for (size_t i = 0; i < sizeof g / sizeof g[0]; i++)
        if (strlen(g[i].name) == n && strncmp(g[i].name, s, n) == 0) return g[i].kind;
    return NULL;
}

/* Parses the object of a lock annotation. */
static bool parse_lock_obj(Arena *a, const Contract *c, const char *s, size_t n, LockEffect *le)
{
    s = strip(s, &n);
    le->text = arena_strndup(a, s, n);
    if (n == 1 && s[0] == '*') {
        le->obj = LOBJ_ANY;
        return true;
    }
    if ((n == 8 && strncmp(s, "_Global_", 8) == 0)) {
        le->obj = LOBJ_GLOBAL;
        return true;
    }
    const char *gk = global_lock_kind(s, n);
    if (gk) {
        le->obj = LOBJ_GLOBAL;
        if (!le->kind || strcmp(le->kind, "lock") == 0 || strcmp(le->kind, "exclusive") == 0 ||
            strcmp(le->kind, "shared") == 0 || strcmp(le->kind, "nonreentrant") == 0)
            le->kind = intern(gk);
        return true;
    }
    if (n == 6 && strncmp(s, "return", 6) == 0) {
        le->obj = LOBJ_RETURN;
        return true;
    }
    while (n && (*s == '*' || *s == '&' || isspace((unsigned char)*s))) {
        if (*s == '*') le->deref = true;
        s++, n--;
    }
    s = strip(s, &n);
    size_t id = 0;
    while (id < n && (isalnum((unsigned char)s[id]) || s[id] == '_')) id++;
    if (!id) return false;
    int p = param_index(c, s, id);
    if (p < 0) {
        /* A global lock variable named directly, e.g. _Acquires_lock_(g_Lock). */
        le->obj = LOBJ_GLOBAL;
        le->path = intern_n(s, n);
        return true;
    }
    le->obj = LOBJ_PARAM;
    le->param = (int16_t)p;
    if (id < n) {
        /* remaining "->Field.Sub" path, normalised to "Field.Sub" */
        StrBuf sb;
        sb_init(&sb);
        for (size_t i = id; i < n; i++) {
            if (s[i] == '-' && i + 1 < n && s[i + 1] == '>') {
                if (sb.len) sb_putc(&sb, '.');
                i++;
            } else if (s[i] == '.') {
                if (sb.len) sb_putc(&sb, '.');
            } else if (!isspace((unsigned char)s[i])) {
                sb_putc(&sb, s[i]);
            }
        }
        le->path = intern(sb_cstr(&sb));
        sb_free(&sb);
    }
    return true;
}

static bool parse_cond(const char *s, size_t n, EffectCond *out)
{
    char buf[128];
    size_t k = 0;
    s = strip(s, &n);
    for (size_t i = 0; i < n && k + 1 < sizeof buf; i++)
        if (!isspace((unsigned char)s[i])) buf[k++] = s[i];
    buf[k] = 0;
    static const char *if_true[] = {"return!=0", "return!=FALSE", "return==TRUE", "return",
                                    "return!=NULL", "return==1"};
    static const char *if_success[] = {"NT_SUCCESS(return)", "return>=0", "return==STATUS_SUCCESS",
                                       "return==0L", "NT_SUCCESS((return))"};
    for (size_t i = 0; i < sizeof if_true / sizeof if_true[0]; i++)
        if (strcmp(buf, if_true[i]) == 0) {
            *out = COND_IF_TRUE;
            return true;
        }
    for (size_t i = 0; i < sizeof if_success / sizeof if_success[0]; i++)
        if (strcmp(buf, if_success[i]) == 0) {
            *out = COND_IF_SUCCESS;
            return true;
        }
    return false;
}

static bool add_one(Arena *a, Contract *c, const char *name, size_t nlen, const char *args,
                    size_t alen, bool has_args, int param, EffectCond cond, const char **err);

/* Maps a raw SAL macro call (inside _When_) to the annotation it expands to. */
static bool add_raw_macro(Arena *a, Contract *c, const char *m, size_t mlen, const char *args,
                          size_t alen, bool has_args, int param, EffectCond cond, const char **err)
{
    static const struct { const char *macro, *name, *kind; } map[] = {
        {"_Acquires_lock_", "lock", "acquire,lock"},
        {"_Releases_lock_", "lock", "release,lock"},
        {"_Acquires_exclusive_lock_", "lock", "acquire,exclusive"},
        {"_Releases_exclusive_lock_", "lock", "release,exclusive"},
        {"_Acquires_shared_lock_", "lock", "acquire,shared"},
        {"_Releases_shared_lock_", "lock", "release,shared"},
        {"_Acquires_nonreentrant_lock_", "lock", "acquire,nonreentrant"},
        {"_Releases_nonreentrant_lock_", "lock", "release,nonreentrant"},
        {"_Drv_acquires_", "lock", "acquire"},
        {"_Drv_releases_", "lock", "release"},
        {"_Drv_converts_", "convert", NULL},
        {"_IRQL_raises_", "irql_raises", NULL},
        {"__drv_raisesIRQL", "irql_raises", NULL},
        {"_IRQL_saves_", "irql_saves", NULL},
        {"_IRQL_restores_", "irql_restores", NULL},
        {"_IRQL_requires_max_", "irql_max", NULL},
        {"_IRQL_requires_min_", "irql_min", NULL},
        {"_IRQL_requires_", "irql_requires", NULL},
        {"__drv_maxIRQL", "irql_max", NULL},
        {"__drv_minIRQL", "irql_min", NULL},
        {"_Kernel_clear_do_init_", "clear_do_init", NULL},
        {"__drv_clearDoInit", "clear_do_init", NULL},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (strlen(map[i].macro) != mlen || strncmp(map[i].macro, m, mlen) != 0) continue;
        if (map[i].kind) {
            StrBuf sb;
            sb_init(&sb);
            sb_puts(&sb, map[i].kind);
            sb_putc(&sb, ',');
            sb_putn(&sb, args, alen);
            bool ok = add_one(a, c, map[i].name, strlen(map[i].name), sb.data, sb.len, true, param,
                              cond, err);
            sb_free(&sb);
            return ok;
        }
        return add_one(a, c, map[i].name, strlen(map[i].name), args, alen, has_args, param, cond,
                       err);
    }
    /* Unknown annotations inside _When_ carry nothing drvlint checks. */
    return true;
}

static bool parse_when(Arena *a, Contract *c, const char *s, size_t n, int param, const char **err)
{
    /* s = "(COND)(ANNOTS)" */
    if (!n || s[0] != '(') goto bad;
    size_t depth = 0, i;
    for (i = 0; i < n; i++) {
        if (s[i] == '(') depth++;
        else if (s[i] == ')' && --depth == 0) break;
    }
    if (i >= n) goto bad;
    EffectCond cond;
    if (!parse_cond(s + 1, i - 1, &cond)) return true; /* unsupported condition: ignore */
    const char *r = s + i + 1;
    size_t rn = n - i - 1;
    if (!rn || r[0] != '(' || r[rn - 1] != ')') goto bad;
    r++, rn -= 2;
    /* Sequence of MACRO or MACRO(args). */
    size_t p = 0;
    while (p < rn) {
        while (p < rn && isspace((unsigned char)r[p])) p++;
        size_t st = p;
        while (p < rn && (isalnum((unsigned char)r[p]) || r[p] == '_')) p++;
        size_t name_len = p - st;
        if (name_len == 0) {
            p++;
            continue;
        }
        const char *args = "";
        size_t alen = 0;
        bool has_args = false;
        size_t q = p;
        while (q < rn && isspace((unsigned char)r[q])) q++;
        if (q < rn && r[q] == '(') {
            size_t d = 0, e;
            for (e = q; e < rn; e++) {
                if (r[e] == '(') d++;
                else if (r[e] == ')' && --d == 0) break;
            }
            if (e >= rn) goto bad;
            args = r + q + 1;
            alen = e - q - 1;
            has_args = true;
            p = e + 1;
        }
        if (!add_raw_macro(a, c, r + st, name_len, args, alen, has_args, param, cond, err))
            return false;
    }
    return true;
bad:
    *err = "malformed _When_ annotation";
    return false;
}

static bool name_is(const char *name, size_t n, const char *lit)
{
    return strlen(lit) == n && strncmp(name, lit, n) == 0;
}

static bool add_one(Arena *a, Contract *c, const char *name, size_t nlen, const char *args,
                    size_t alen, bool has_args, int param, EffectCond cond, const char **err)
{
    c->annotated = true;
    IrqlRef ref = {0};
    if (name_is(name, nlen, "irql_max") || name_is(name, nlen, "irql_min") ||
        name_is(name, nlen, "irql_requires") || name_is(name, nlen, "irql_always_max") ||
        name_is(name, nlen, "irql_always_min")) {
        if (!has_args || !parse_level_n(c, args, alen, &ref)) {
            *err = "unknown IRQL level in annotation";
            return false;
        }
        if (name_is(name, nlen, "irql_max")) c->irql_max = ref;
        else if (name_is(name, nlen, "irql_min")) c->irql_min = ref;
        else if (name_is(name, nlen, "irql_always_max")) c->always_max = ref;
        else if (name_is(name, nlen, "irql_always_min")) c->always_min = ref;
        else c->irql_max = c->irql_min = ref;
        return true;
    }
    if (name_is(name, nlen, "irql_raises")) {
        if (!has_args || !parse_level_n(c, args, alen, &ref)) {
            *err = "unknown IRQL level in _IRQL_raises_";
            return false;
        }
        add_irql_effect(a, c, (IrqlEffect){IRQL_EFF_RAISE, cond, ref, -1});
        return true;
    }
    if (name_is(name, nlen, "irql_saves")) {
        add_irql_effect(a, c, (IrqlEffect){IRQL_EFF_SAVE, cond, {0}, (int16_t)param});
        return true;
    }
    if (name_is(name, nlen, "irql_restores") || name_is(name, nlen, "irql_lowers")) {
        if (param < 0) {
            *err = "_IRQL_restores_ must annotate a parameter";
            return false;
        }
        IrqlEffectKind k = name_is(name, nlen, "irql_lowers") ? IRQL_EFF_LOWER : IRQL_EFF_RESTORE;
        add_irql_effect(a, c, (IrqlEffect){k, cond, {0}, (int16_t)param});
        return true;
    }
    if (name_is(name, nlen, "irql_saves_global") || name_is(name, nlen, "irql_restores_global")) {
        /* The saved value lives with the object named by the second argument;
           the engine keys it by that object. Modelled as save/restore through
           that parameter with in-object storage. */
        const char *parts[2];
        size_t lens[2];
        if (split_args(args, alen, parts, lens, 2) != 2) {
            *err = "malformed _IRQL_saves_global_";
            return false;
        }
        int p = param_index(c, parts[1], lens[1]);
        bool save = name_is(name, nlen, "irql_saves_global");
        IrqlEffect e = {save ? IRQL_EFF_SAVE : IRQL_EFF_RESTORE, cond, {0}, (int16_t)p};
        e.to.kind = IRQL_PARAM; /* marks in-object storage */
        e.to.param = (int16_t)p;
        add_irql_effect(a, c, e);
        return true;
    }
    if (name_is(name, nlen, "irql_same")) {
        c->irql_same = true;
        return true;
    }
    if (name_is(name, nlen, "irql_is_cancel")) {
        c->is_cancel = true;
        return true;
    }
    if (name_is(name, nlen, "irql_uses_cancel")) {
        c->uses_cancel_param = (int16_t)param;
        return true;
    }
    if (name_is(name, nlen, "function_class")) {
        size_t l = alen;
        const char *s = strip(args, &l);
        c->function_class = intern_n(s, l);
        return true;
    }
    if (name_is(name, nlen, "dispatch_type")) {
        IrqlRef v;
        size_t l = alen;
        const char *s = strip(args, &l);
        if (l == 5 && strncmp(s, "other", 5) == 0) return true;
        if (!parse_level_n(NULL, s, l, &v) || v.kind != IRQL_LEVEL) {
            *err = "malformed _Dispatch_type_";
            return false;
        }
        if (c->ndispatch < 8) c->dispatch_types[c->ndispatch++] = v.level;
        return true;
    }
    if (name_is(name, nlen, "lock")) {
        const char *parts[3];
        size_t lens[3];
        if (split_args(args, alen, parts, lens, 3) != 3) {
            *err = "malformed lock annotation";
            return false;
        }
        LockEffect le = {0};
        le.cond = cond;
        if (name_is(parts[0], lens[0], "acquire")) le.op = LOCK_ACQUIRE;
        else if (name_is(parts[0], lens[0], "release")) le.op = LOCK_RELEASE;
        else if (name_is(parts[0], lens[0], "requires_held")) le.op = LOCK_REQUIRES_HELD;
        else if (name_is(parts[0], lens[0], "requires_not_held")) le.op = LOCK_REQUIRES_NOT_HELD;
        else {
            *err = "unknown lock operation";
            return false;
        }
        le.kind = intern_n(parts[1], lens[1]);
        if (!parse_lock_obj(a, c, parts[2], lens[2], &le)) {
            *err = "unrecognised lock object in annotation";
            return false;
        }
        add_lock_effect(a, c, le);
        return true;
    }
    if (name_is(name, nlen, "convert")) {
        const char *parts[3];
        size_t lens[3];
        if (split_args(args, alen, parts, lens, 3) != 3) {
            *err = "malformed convert annotation";
            return false;
        }
        LockEffect le = {0};
        le.op = LOCK_CONVERT;
        le.cond = cond;
        le.kind = intern_n(parts[0], lens[0]);
        le.kind_to = intern_n(parts[1], lens[1]);
        if (!parse_lock_obj(a, c, parts[2], lens[2], &le)) {
            *err = "unrecognised lock object in annotation";
            return false;
        }
        add_lock_effect(a, c, le);
        return true;
    }
    if (name_is(name, nlen, "resource")) {
        const char *parts[2];
        size_t lens[2];
        if (split_args(args, alen, parts, lens, 2) != 2) {
            *err = "malformed resource annotation";
            return false;
        }
        LockEffect le = {0};
        le.cond = cond;
        if (name_is(parts[0], lens[0], "acquire")) le.op = LOCK_ACQUIRE;
        else if (name_is(parts[0], lens[0], "release")) le.op = LOCK_RELEASE;
        else if (name_is(parts[0], lens[0], "requires_held")) le.op = LOCK_REQUIRES_HELD;
        else if (name_is(parts[0], lens[0], "requires_not_held")) le.op = LOCK_REQUIRES_NOT_HELD;
        else {
            *err = "resource annotation with an unknown operation";
            return false;
        }
        le.kind = intern_n(parts[1], lens[1]);
        le.obj = LOBJ_GLOBAL;
        le.text = le.kind;
        add_lock_effect(a, c, le);
        return true;
    }
    if (name_is(name, nlen, "succeeds_if")) {
        size_t l = alen;
        const char *s = strip(args, &l);
        int p = param_index(c, s, l);
        if (p < 0) {
            *err = "succeeds_if names no parameter";
            return false;
        }
        c->succeeds_if_param = (int16_t)p;
        return true;
    }
    if (name_is(name, nlen, "clear_do_init")) {
        size_t l = alen;
        const char *s = strip(args, &l);
        c->clear_do_init = (l == 3 && strncmp(s, "yes", 3) == 0) ? 1 : 0;
        return true;
    }
    if (name_is(name, nlen, "use_decl_annotations")) {
        c->use_decl_annotations = true;
        return true;
    }
    if (name_is(name, nlen, "mem")) return true;
    *err = "unknown drvlint annotation";
    return false;
}

bool contract_add_annotation(Arena *a, Contract *c, const char *text, int param, const char **err)
{
    static const char prefix[] = "drvlint:";
    *err = NULL;
    if (strncmp(text, prefix, sizeof prefix - 1) != 0) return true; /* foreign annotation */
    const char *s = text + sizeof prefix - 1;
    size_t n = 0;
    while (s[n] && s[n] != '(') n++;
    if (!s[n]) return add_one(a, c, s, n, "", 0, false, param, COND_ALWAYS, err);
    size_t total = strlen(s);
    if (strncmp(s, "when", n) == 0 && n == 4) {
        return parse_when(a, c, s + n, total - n, param, err);
    }
    if (s[total - 1] != ')') {
        *err = "malformed annotation";
        return false;
    }
    return add_one(a, c, s, n, s + n + 1, total - n - 2, true, param, COND_ALWAYS, err);
}

bool contract_changes_irql(const Contract *c)
{
    for (uint32_t i = 0; i < c->nirql; i++)
        if (c->irql[i].kind != IRQL_EFF_SAVE || c->irql[i].to.kind == IRQL_PARAM) return true;
    return false;
}

static void dump_ref(StrBuf *out, IrqlRef r)
{
    switch (r.kind) {
    case IRQL_UNSET: sb_puts(out, "-"); break;
    case IRQL_LEVEL: sb_printf(out, "%d", r.level); break;
    case IRQL_DIRQL: sb_puts(out, "DIRQL"); break;
    case IRQL_PARAM: sb_printf(out, "arg%d", r.param + 1); break;
    }
}

void contract_dump(const Contract *c, StrBuf *out)
{
    static const char *cond[] = {"", "-if-true", "-if-success"};
    static const char *ik[] = {"raises", "saves", "restores", "lowers"};
    static const char *lk[] = {"acquire", "release", "requires_held", "requires_not_held", "convert"};
    sb_printf(out, "%s\tmin=", c->name ? c->name : "?");
    dump_ref(out, c->irql_min);
    sb_puts(out, "\tmax=");
    dump_ref(out, c->irql_max);
    sb_puts(out, "\tirql=");
    for (uint32_t i = 0; i < c->nirql; i++) {
        const IrqlEffect *e = &c->irql[i];
        if (i) sb_putc(out, ';');
        sb_printf(out, "%s%s:", ik[e->kind], cond[e->cond]);
        if (e->kind == IRQL_EFF_RAISE) dump_ref(out, e->to);
        else if (e->param < 0) sb_puts(out, "return");
        else sb_printf(out, "arg%d", e->param + 1);
    }
    sb_puts(out, "\tlocks=");
    for (uint32_t i = 0; i < c->nlocks; i++) {
        const LockEffect *l = &c->locks[i];
        if (i) sb_putc(out, ';');
        sb_printf(out, "%s%s:%s", lk[l->op], cond[l->cond], l->kind);
        if (l->op == LOCK_CONVERT) sb_printf(out, "->%s", l->kind_to);
        if (l->obj == LOBJ_PARAM) sb_printf(out, ":arg%d", l->param + 1);
        else if (l->obj == LOBJ_RETURN) sb_puts(out, ":return");
        if (l->path) sb_printf(out, "(%s)", l->path);
    }
    if (c->function_class) sb_printf(out, "\tclass=%s", c->function_class);
}
