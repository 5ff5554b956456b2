/*
 * roles.c - loading data/ddi/roles.tsv and naming IRP codes.
 */
#include "program/roles.h"

#include <stdlib.h>
#include <string.h>

#include "program/contract.h"

static const char *mj_names[IRP_MJ_COUNT] = {
    "IRP_MJ_CREATE", "IRP_MJ_CREATE_NAMED_PIPE", "IRP_MJ_CLOSE", "IRP_MJ_READ", "IRP_MJ_WRITE",
    "IRP_MJ_QUERY_INFORMATION", "IRP_MJ_SET_INFORMATION", "IRP_MJ_QUERY_EA", "IRP_MJ_SET_EA",
    "IRP_MJ_FLUSH_BUFFERS", "IRP_MJ_QUERY_VOLUME_INFORMATION", "IRP_MJ_SET_VOLUME_INFORMATION",
    "IRP_MJ_DIRECTORY_CONTROL", "IRP_MJ_FILE_SYSTEM_CONTROL", "IRP_MJ_DEVICE_CONTROL",
    "IRP_MJ_INTERNAL_DEVICE_CONTROL", "IRP_MJ_SHUTDOWN", "IRP_MJ_LOCK_CONTROL", "IRP_MJ_CLEANUP",
    "IRP_MJ_CREATE_MAILSLOT", "IRP_MJ_QUERY_SECURITY", "IRP_MJ_SET_SECURITY", "IRP_MJ_POWER",
    "IRP_MJ_SYSTEM_CONTROL", "IRP_MJ_DEVICE_CHANGE", "IRP_MJ_QUERY_QUOTA", "IRP_MJ_SET_QUOTA",
    "IRP_MJ_PNP",
};

static const char *pnp_names[] = {
    "IRP_MN_START_DEVICE", "IRP_MN_QUERY_REMOVE_DEVICE", "IRP_MN_REMOVE_DEVICE",
    "IRP_MN_CANCEL_REMOVE_DEVICE", "IRP_MN_STOP_DEVICE", "IRP_MN_QUERY_STOP_DEVICE",
    "IRP_MN_CANCEL_STOP_DEVICE", "IRP_MN_QUERY_DEVICE_RELATIONS", "IRP_MN_QUERY_INTERFACE",
    "IRP_MN_QUERY_CAPABILITIES", "IRP_MN_QUERY_RESOURCES", "IRP_MN_QUERY_RESOURCE_REQUIREMENTS",
    "IRP_MN_QUERY_DEVICE_TEXT", "IRP_MN_FILTER_RESOURCE_REQUIREMENTS", "IRP_MN_0x0E",
    "IRP_MN_READ_CONFIG", "IRP_MN_WRITE_CONFIG", "IRP_MN_EJECT", "IRP_MN_SET_LOCK",
    "IRP_MN_QUERY_ID", "IRP_MN_QUERY_PNP_DEVICE_STATE", "IRP_MN_QUERY_BUS_INFORMATION",
    "IRP_MN_DEVICE_USAGE_NOTIFICATION", "IRP_MN_SURPRISE_REMOVAL", "IRP_MN_QUERY_LEGACY_BUS_INFORMATION",
    "IRP_MN_DEVICE_ENUMERATED",
};

static const char *power_names[] = {
    "IRP_MN_WAIT_WAKE", "IRP_MN_POWER_SEQUENCE", "IRP_MN_SET_POWER", "IRP_MN_QUERY_POWER",
};

static const char *wmi_names[] = {
    "IRP_MN_QUERY_ALL_DATA", "IRP_MN_QUERY_SINGLE_INSTANCE", "IRP_MN_CHANGE_SINGLE_INSTANCE",
    "IRP_MN_CHANGE_SINGLE_ITEM", "IRP_MN_ENABLE_EVENTS", "IRP_MN_DISABLE_EVENTS",
    "IRP_MN_ENABLE_COLLECTION", "IRP_MN_DISABLE_COLLECTION", "IRP_MN_REGINFO",
    "IRP_MN_EXECUTE_METHOD", "IRP_MN_0x0A", "IRP_MN_REGINFO_EX",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const char *irp_mj_name(int code)
{
    return code >= 0 && code < IRP_MJ_COUNT ? mj_names[code] : NULL;
}

int irp_mj_code(const char *name)
{
    for (int i = 0; i < IRP_MJ_COUNT; i++)
        if (strcmp(mj_names[i], name) == 0) return i;
    if (strcmp(name, "IRP_MJ_PNP_POWER") == 0) return IRP_MJ_PNP_CODE;
    return -1;
}

const char *irp_mn_name(int major, int minor)
{
    if (minor < 0) return NULL;
    if (major == IRP_MJ_PNP_CODE && (size_t)minor < COUNT(pnp_names)) return pnp_names[minor];
    if (major == IRP_MJ_POWER_CODE && (size_t)minor < COUNT(power_names)) return power_names[minor];
    if (major == IRP_MJ_SYSTEM_CONTROL_CODE && (size_t)minor < COUNT(wmi_names)) return wmi_names[minor];
    return NULL;
}

int irp_mn_code(const char *name)
{
    for (size_t i = 0; i < COUNT(pnp_names); i++)
        if (strcmp(pnp_names[i], name) == 0) return (int)i;
    for (size_t i = 0; i < COUNT(power_names); i++)
        if (strcmp(power_names[i], name) == 0) return (int)i;
    for (size_t i = 0; i < COUNT(wmi_names); i++)
        if (strcmp(wmi_names[i], name) == 0) return (int)i;
    return -1;
}

/* "PASSIVE_LEVEL", "PASSIVE_LEVEL..APC_LEVEL", "PASSIVE_LEVEL|DISPATCH_LEVEL" */
static bool parse_irql_spec(const char *s, Role *r)
{
    char buf[128];
    strncpy(buf, s, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    r->nalts = 0;
    char *save = NULL;
    for (char *alt = strtok_r(buf, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
        if (r->nalts == 4) return false;
        char *dots = strstr(alt, "..");
        IrqlRef lo, hi;
        if (dots) {
            *dots = 0;
            if (!irql_parse_level(alt, &lo) || !irql_parse_level(dots + 2, &hi)) return false;
        } else {
            if (!irql_parse_level(alt, &lo)) return false;
            hi = lo;
        }
        IrqlRange range;
        range.lo = lo.kind == IRQL_DIRQL ? (int16_t)g_irql_arch.dirql_lo : lo.level;
        range.hi = hi.kind == IRQL_DIRQL ? (int16_t)g_irql_arch.dirql_hi : hi.level;
        r->alts[r->nalts++] = range;
    }
    return r->nalts > 0;
}

bool roles_load(const char *path, RoleTable *out, StrBuf *err)
{
    memset(out, 0, sizeof *out);
    arena_init(&out->arena);
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (!text) {
        sb_printf(err, "%s: %s", path, why);
        return false;
    }
    VEC(Role) roles = {0};
    int lineno = 0;
    bool ok = true;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (++lineno == 1 || !*line) continue; /* header */
        char *cols[4] = {0};
        int nc = 0;
        char *p = line;
        while (nc < 4) {
            cols[nc++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = 0;
            p = tab + 1;
        }
        if (nc < 3) {
            sb_printf(err, "%s:%d: expected 4 tab-separated columns", path, lineno);
            ok = false;
            break;
        }
        Role r = {0};
        r.major = -1;
        char *paren = strchr(cols[0], '(');
        if (paren) {
            char *close = strrchr(paren, ')');
            if (close) *close = 0;
            r.condition = arena_strdup(&out->arena, paren + 1);
            *paren = 0;
        }
        r.name = intern(cols[0]);
        r.typedef_name = intern(cols[1]);
        r.notes = arena_strdup(&out->arena, nc > 3 ? cols[3] : "");
        if (strncmp(cols[0], "Dispatch:IRP_MJ_", 16) == 0) r.major = irp_mj_code(cols[0] + 9);
        if (!parse_irql_spec(cols[2], &r)) {
            sb_printf(err, "%s:%d: cannot parse IRQL '%s'", path, lineno, cols[2]);
            ok = false;
            break;
        }
        VEC_PUSH(roles, r);
    }
    free(text);
    if (!ok) {
        VEC_FREE(roles);
        arena_free(&out->arena);
        return false;
    }
    out->roles = arena_memdup(&out->arena, roles.data, roles.len * sizeof(Role));
    out->n = (uint32_t)roles.len;
    VEC_FREE(roles);
    return true;
}

void roles_free(RoleTable *t)
{
    arena_free(&t->arena);
    memset(t, 0, sizeof *t);
}

const Role *roles_find(const RoleTable *t, const char *name)
{
    for (uint32_t i = 0; i < t->n; i++)
        if (strcmp(t->roles[i].name, name) == 0) return &t->roles[i];
    return NULL;
}

const Role *roles_by_typedef(const RoleTable *t, const char *td)
{
    if (!td) return NULL;
    for (uint32_t i = 0; i < t->n; i++)
        if (strcmp(t->roles[i].typedef_name, td) == 0) return &t->roles[i];
    return NULL;
}

const Role *roles_dispatch(const RoleTable *t, int major, bool power_pagable)
{
    const Role *fallback = NULL;
    for (uint32_t i = 0; i < t->n; i++) {
        const Role *r = &t->roles[i];
        if (r->major == major) {
            if (major != IRP_MJ_POWER_CODE || !r->condition) return r;
            bool row_pagable = strstr(r->condition, "set") && !strstr(r->condition, "clear");
            if (row_pagable == power_pagable) return r;
        }
        if (strcmp(r->name, "Dispatch:default") == 0) fallback = r;
    }
    return fallback;
}
