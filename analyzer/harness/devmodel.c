/*
 * devmodel.c - reading device.json and inferring a default device model.
 *
 * The schema is documented in docs/device-model.md. Parsing is strict:
 * unknown keys, unknown IRP names and wrong types are errors naming the
 * file and the key, so a typo cannot silently change what is analyzed.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "harness/devmodel.h"

static bool bad(StrBuf *err, const char *path, const char *what)
{
    sb_printf(err, "%s: %s", path, what);
    return false;
}

static uint64_t all_minors(int major)
{
    if (major == IRP_MJ_PNP_CODE) return (1ULL << 0x1A) - 1;        /* 0x00..0x19 */
    if (major == IRP_MJ_POWER_CODE) return 0xF;                     /* 0..3 */
    if (major == IRP_MJ_SYSTEM_CONTROL_CODE) return 0xFFF;          /* 0..0x0B */
    return 1;                                                       /* minor 0 */
}

static bool parse_irps(cJSON *j, DeviceModel *m, const char *path, StrBuf *err)
{
    if (!cJSON_IsObject(j)) return bad(err, path, "'irps' must be an object of IRP_MJ_* names");
    m->majors = 0;
    cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        int mj = irp_mj_code(it->string);
        if (mj < 0) {
            sb_printf(err, "%s: unknown major function '%s' in 'irps'", path, it->string);
            return false;
        }
        m->majors |= 1u << mj;
        if (cJSON_IsString(it) && strcmp(it->valuestring, "all") == 0) {
            m->minors[mj] = 0;
            continue;
        }
        if (!cJSON_IsArray(it)) {
            sb_printf(err, "%s: 'irps.%s' must be \"all\" or an array of IRP_MN_* names", path, it->string);
            return false;
        }
        uint64_t mask = 0;
        cJSON *mn;
        cJSON_ArrayForEach(mn, it)
        {
            int code = cJSON_IsString(mn) ? irp_mn_code(mn->valuestring) : -1;
            if (code < 0 || !irp_mn_name(mj, code) || strcmp(irp_mn_name(mj, code), mn->valuestring) != 0) {
                sb_printf(err, "%s: '%s' is not a minor function of %s", path,
                          cJSON_IsString(mn) ? mn->valuestring : "(non-string)", it->string);
                return false;
            }
            mask |= 1ULL << code;
        }
        m->minors[mj] = mask;
    }
    return true;
}

static bool parse_device_objects(cJSON *j, DeviceModel *m, const char *path, StrBuf *err)
{
    if (!cJSON_IsArray(j)) return bad(err, path, "'device_objects' must be an array");
    cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        if (m->nroles == 4) return bad(err, path, "at most 4 device_objects");
        cJSON *role = cJSON_GetObjectItemCaseSensitive(it, "role");
        if (!cJSON_IsString(role)) return bad(err, path, "each device object needs a string 'role'");
        static const char *roles[] = {"fdo", "pdo", "filter", "control"};
        bool ok = false;
        for (int i = 0; i < 4; i++)
            if (strcmp(role->valuestring, roles[i]) == 0) ok = true;
        if (!ok) return bad(err, path, "device object role must be fdo, pdo, filter or control");
        DeviceRoleModel *r = &m->roles[m->nroles++];
        r->name = intern(role->valuestring);
        cJSON *ext = cJSON_GetObjectItemCaseSensitive(it, "extension");
        cJSON *k;
        cJSON_ArrayForEach(k, it)
        {
            if (strcmp(k->string, "role") && strcmp(k->string, "extension"))
                return bad(err, path, "device object keys are 'role' and 'extension'");
        }
        if (!ext) continue;
        if (!cJSON_IsObject(ext)) return bad(err, path, "'extension' must be an object of field: number");
        uint32_t n = (uint32_t)cJSON_GetArraySize(ext);
        r->fields = arena_alloc(&m->arena, sizeof(char *) * (n ? n : 1));
        r->values = arena_alloc(&m->arena, sizeof(int64_t) * (n ? n : 1));
        cJSON *f;
        cJSON_ArrayForEach(f, ext)
        {
            if (!cJSON_IsNumber(f) && !cJSON_IsBool(f)) return bad(err, path, "extension field values must be numbers");
            r->fields[r->nfields] = arena_strdup(&m->arena, f->string);
            r->values[r->nfields] = cJSON_IsBool(f) ? cJSON_IsTrue(f) : (int64_t)f->valuedouble;
            r->nfields++;
        }
    }
    return true;
}

static bool parse_registers(cJSON *j, DeviceModel *m, const char *path, StrBuf *err)
{
    if (!cJSON_IsArray(j)) return bad(err, path, "'registers' must be an array");
    uint32_t n = (uint32_t)cJSON_GetArraySize(j);
    m->registers = arena_alloc(&m->arena, sizeof(RegisterRange) * (n ? n : 1));
    cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        RegisterRange *r = &m->registers[m->nregisters++];
        cJSON *k;
        cJSON_ArrayForEach(k, it)
        {
            if (strcmp(k->string, "routine") && strcmp(k->string, "arg") && strcmp(k->string, "min") && strcmp(k->string, "max"))
                return bad(err, path, "register range keys are 'routine', 'arg', 'min' and 'max'");
        }
        cJSON *rt = cJSON_GetObjectItemCaseSensitive(it, "routine");
        cJSON *arg = cJSON_GetObjectItemCaseSensitive(it, "arg");
        cJSON *lo = cJSON_GetObjectItemCaseSensitive(it, "min");
        cJSON *hi = cJSON_GetObjectItemCaseSensitive(it, "max");
        if (!cJSON_IsNumber(lo) || !cJSON_IsNumber(hi) || lo->valuedouble > hi->valuedouble)
            return bad(err, path, "each register range needs numeric 'min' <= 'max'");
        r->routine = cJSON_IsString(rt) ? intern(rt->valuestring) : NULL;
        r->arg_text = cJSON_IsString(arg) ? arena_strdup(&m->arena, arg->valuestring) : NULL;
        r->lo = (int64_t)lo->valuedouble;
        r->hi = (int64_t)hi->valuedouble;
    }
    return true;
}

static bool parse_strings(cJSON *j, const char ***out, uint32_t *n, Arena *a, const char *path, const char *what,
                          StrBuf *err)
{
    if (!cJSON_IsArray(j)) {
        sb_printf(err, "%s: '%s' must be an array of strings", path, what);
        return false;
    }
    *n = 0;
    *out = arena_alloc(a, sizeof(char *) * (size_t)(cJSON_GetArraySize(j) + 1));
    cJSON *it;
    cJSON_ArrayForEach(it, j)
    {
        if (!cJSON_IsString(it)) {
            sb_printf(err, "%s: '%s' must contain only strings", path, what);
            return false;
        }
        (*out)[(*n)++] = intern(it->valuestring);
    }
    return true;
}

static void defaults(DeviceModel *m)
{
    memset(m, 0, sizeof *m);
    arena_init(&m->arena);
    m->kind = "function";
    m->majors = (1u << IRP_MJ_COUNT) - 1;
    m->power_pagable = -1;
}

bool devmodel_load(const char *path, DeviceModel *out, StrBuf *err)
{
    defaults(out);
    out->from_file = true;
    out->path = intern(path);
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (!text) {
        sb_printf(err, "%s: %s", path, why);
        return false;
    }
    cJSON *root = cJSON_ParseWithLength(text, len);
    free(text);
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return bad(err, path, "not a JSON object");
    }
    bool ok = true;
    cJSON *it;
    cJSON_ArrayForEach(it, root)
    {
        const char *k = it->string;
        if (strcmp(k, "driver") == 0 || strcmp(k, "description") == 0 || strcmp(k, "comment") == 0) {
            continue;
        } else if (strcmp(k, "kind") == 0) {
            static const char *kinds[] = {"function", "filter", "bus", "legacy"};
            bool found = false;
            for (int i = 0; i < 4 && cJSON_IsString(it); i++)
                if (strcmp(it->valuestring, kinds[i]) == 0) {
                    out->kind = kinds[i];
                    found = true;
                }
            if (!found) ok = bad(err, path, "'kind' must be function, filter, bus or legacy");
        } else if (strcmp(k, "irps") == 0) {
            ok = parse_irps(it, out, path, err);
        } else if (strcmp(k, "lifecycle") == 0) {
            ok = parse_strings(it, &out->lifecycle, &out->nlifecycle, &out->arena, path, "lifecycle", err);
            static const char *phases[] = {"DriverEntry", "AddDevice", "START", "IRP", "QUERY_STOP", "STOP",
                                           "CANCEL_STOP", "QUERY_REMOVE", "CANCEL_REMOVE", "SURPRISE_REMOVAL",
                                           "REMOVE", "Unload"};
            for (uint32_t i = 0; ok && i < out->nlifecycle; i++) {
                bool found = false;
                for (size_t p = 0; p < sizeof phases / sizeof phases[0]; p++)
                    if (strcmp(out->lifecycle[i], phases[p]) == 0) found = true;
                if (!found) {
                    sb_printf(err, "%s: unknown lifecycle phase '%s'", path, out->lifecycle[i]);
                    ok = false;
                }
            }
        } else if (strcmp(k, "paging_path") == 0) {
            if (!cJSON_IsBool(it)) ok = bad(err, path, "'paging_path' must be true or false");
            out->paging_path = cJSON_IsTrue(it);
        } else if (strcmp(k, "power_pagable") == 0) {
            if (cJSON_IsBool(it)) out->power_pagable = cJSON_IsTrue(it);
            else if (cJSON_IsString(it) && strcmp(it->valuestring, "infer") == 0) out->power_pagable = -1;
            else ok = bad(err, path, "'power_pagable' must be true, false or \"infer\"");
        } else if (strcmp(k, "power_inrush") == 0) {
            if (!cJSON_IsBool(it)) ok = bad(err, path, "'power_inrush' must be true or false");
            out->power_inrush = cJSON_IsTrue(it);
        } else if (strcmp(k, "target") == 0) {
            if (!cJSON_IsString(it)) ok = bad(err, path, "'target' must be a string");
            else if (strcmp(it->valuestring, "pre-vista") == 0) out->pre_vista = true;
            else if (strcmp(it->valuestring, "vista+") != 0 && strcmp(it->valuestring, "win10") != 0)
                ok = bad(err, path, "'target' must be \"pre-vista\", \"vista+\" or \"win10\"");
        } else if (strcmp(k, "isr_irql") == 0) {
            if (cJSON_IsNumber(it) && it->valuedouble >= 3 && it->valuedouble <= 31) out->isr_irql = (int)it->valuedouble;
            else if (!(cJSON_IsString(it) && strcmp(it->valuestring, "DIRQL") == 0))
                ok = bad(err, path, "'isr_irql' must be \"DIRQL\" or a device IRQL number");
        } else if (strcmp(k, "device_objects") == 0) {
            ok = parse_device_objects(it, out, path, err);
        } else if (strcmp(k, "callbacks_disabled") == 0) {
            ok = parse_strings(it, &out->callbacks_off, &out->ncallbacks_off, &out->arena, path, "callbacks_disabled", err);
        } else if (strcmp(k, "registers") == 0) {
            ok = parse_registers(it, out, path, err);
        } else {
            sb_printf(err, "%s: unknown key '%s'", path, k);
            ok = false;
        }
        if (!ok) break;
    }
    cJSON_Delete(root);
    return ok;
}

void devmodel_infer(const Program *p, DeviceModel *out)
{
    defaults(out);
    bool pnp = p->has_add_device || (p->dispatch_slots & (1u << IRP_MJ_PNP_CODE));
    out->kind = pnp ? "function" : "legacy";
    out->majors = p->dispatch_slots ? p->dispatch_slots : (1u << IRP_MJ_COUNT) - 1;
}

void devmodel_free(DeviceModel *m)
{
    arena_free(&m->arena);
}

bool devmodel_power_pagable(const DeviceModel *m, const Program *p)
{
    if (m && m->power_pagable >= 0) return m->power_pagable == 1;
    return p->sets_power_pagable;
}

bool devmodel_phase(const DeviceModel *m, const char *phase)
{
    if (!m || !m->nlifecycle) return true;
    for (uint32_t i = 0; i < m->nlifecycle; i++)
        if (strcmp(m->lifecycle[i], phase) == 0) return true;
    return false;
}

/* The PnP minor codes that are lifecycle phases; every other PnP IRP (the
   queries) is part of the "IRP" phase. */
static const struct {
    const char *phase;
    int minor;
} pnp_phases[] = {{"START", 0x00}, {"QUERY_REMOVE", 0x01}, {"REMOVE", 0x02}, {"CANCEL_REMOVE", 0x03},
                  {"STOP", 0x04}, {"QUERY_STOP", 0x05}, {"CANCEL_STOP", 0x06}, {"SURPRISE_REMOVAL", 0x17}};

uint64_t devmodel_minors(const DeviceModel *m, int major)
{
    uint64_t all = all_minors(major);
    uint64_t mask = m && m->minors[major] ? m->minors[major] : all; /* names checked when device.json was read */
    if (major == IRP_MJ_PNP_CODE && m && m->nlifecycle) {
        uint64_t phases = 0;
        for (size_t i = 0; i < sizeof pnp_phases / sizeof pnp_phases[0]; i++) {
            phases |= 1ULL << pnp_phases[i].minor;
            if (!devmodel_phase(m, pnp_phases[i].phase)) mask &= ~(1ULL << pnp_phases[i].minor);
        }
        if (!devmodel_phase(m, "IRP")) mask &= phases;
    }
    return mask;
}

bool devmodel_check_roles(const DeviceModel *m, const char *path, const RoleTable *roles, StrBuf *err)
{
    for (uint32_t i = 0; roles && i < m->ncallbacks_off; i++) {
        if (roles_find(roles, m->callbacks_off[i]) && strncmp(m->callbacks_off[i], "Dispatch", 8) != 0) continue;
        sb_printf(err, "%s: callbacks_disabled: '%s' is not a callback role (see data/ddi/roles.tsv; dispatch routines are chosen with 'irps')",
                  path, m->callbacks_off[i]);
        return false;
    }
    return true;
}
