/*
 * roles.h - the callback roles the OS calls a driver in, and the IRP code
 * names used throughout the analyzer.
 *
 * The role table is data: data/ddi/roles.tsv (role, typedef, the IRQL the OS
 * calls it at, notes). The front end maps role typedefs to roles; the
 * harness starts each entry point at its role's IRQL.
 */
#ifndef DRVLINT_ROLES_H
#define DRVLINT_ROLES_H

#include <stdbool.h>
#include <stdint.h>

#include "util/util.h"

typedef struct IrqlRange {
    int16_t lo, hi;
} IrqlRange;

typedef struct Role {
    const char *name;          /* interned: "Dispatch:IRP_MJ_READ", "CustomDpc" ... */
    const char *typedef_name;  /* interned: "DRIVER_DISPATCH" */
    IrqlRange alts[4];         /* IRQL alternatives the OS may call it at */
    uint32_t nalts;
    int major;                 /* IRP_MJ code for Dispatch:IRP_MJ_* rows, else -1 */
    const char *condition;     /* text in parentheses after the role, e.g. "DO_POWER_PAGABLE set" */
    const char *notes;
} Role;

typedef struct RoleTable {
    Role *roles;
    uint32_t n;
    Arena arena;
} RoleTable;

bool roles_load(const char *path, RoleTable *out, StrBuf *err);
void roles_free(RoleTable *t);
const Role *roles_find(const RoleTable *t, const char *name);
/* First role implemented by a typedef (NULL if the typedef is no role). */
const Role *roles_by_typedef(const RoleTable *t, const char *typedef_name);
/* The dispatch role for a major function code; for IRP_MJ_POWER `pagable`
   selects between the DO_POWER_PAGABLE rows. */
const Role *roles_dispatch(const RoleTable *t, int major, bool power_pagable);

/* IRP code names. Return NULL for unknown codes. */
const char *irp_mj_name(int code);
int irp_mj_code(const char *name);            /* -1 if unknown */
const char *irp_mn_name(int major, int minor);
int irp_mn_code(const char *name);            /* -1 if unknown */
#define IRP_MJ_COUNT 28
#define IRP_MJ_PNP_CODE 0x1b
#define IRP_MJ_POWER_CODE 0x16
#define IRP_MJ_SYSTEM_CONTROL_CODE 0x17

#endif /* DRVLINT_ROLES_H */
