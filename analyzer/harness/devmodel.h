/*
 * devmodel.h - a driver's device model: what the OS and the hardware do
 * around the driver, read from corpus/<driver>/device.json (schema in
 * docs/device-model.md) or inferred from the driver's entry points.
 */
#ifndef DRVLINT_DEVMODEL_H
#define DRVLINT_DEVMODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "program/program.h"
#include "program/roles.h"
#include "util/util.h"

/* A device object role the harness runs dispatch routines for, with the
   extension fields that tell the driver which role it is in. */
typedef struct DeviceRoleModel {
    const char *name;            /* "fdo", "pdo", "filter", "control" */
    const char **fields;         /* extension field paths, e.g. "IsFdo" */
    int64_t *values;
    uint32_t nfields;
} DeviceRoleModel;

/* What reads of device registers or ports return. */
typedef struct RegisterRange {
    const char *routine;         /* READ_REGISTER_ULONG ..., or NULL for any */
    const char *arg_text;        /* argument text to match, or NULL */
    int64_t lo, hi;
} RegisterRange;

typedef struct DeviceModel {
    bool from_file;              /* false: inferred */
    const char *path;
    const char *kind;            /* "function", "filter", "bus", "legacy" */
    uint32_t majors;             /* IRP_MJ codes the OS sends (bit mask) */
    uint64_t minors[IRP_MJ_COUNT]; /* per major: minor codes sent (bit i = code i); 0 = all known */
    const char **lifecycle;      /* lifecycle phases in order; a phase that is absent does not happen */
    uint32_t nlifecycle;
    bool paging_path;            /* read/write/device control may arrive at APC_LEVEL */
    int power_pagable;           /* 1 set, 0 clear, -1 infer from DO_POWER_PAGABLE in the code */
    bool power_inrush;
    bool pre_vista;              /* power IRPs need PoStartNextPowerIrp/PoCallDriver */
    int isr_irql;                /* device IRQL for the ISR, 0 = the DIRQL range */
    DeviceRoleModel roles[4];
    uint32_t nroles;
    const char **callbacks_off;  /* roles the harness must not run */
    uint32_t ncallbacks_off;
    RegisterRange *registers;
    uint32_t nregisters;
    Arena arena;
} DeviceModel;

/* Loads a device.json. False with a message naming the file and the
   problem for anything malformed. */
bool devmodel_load(const char *path, DeviceModel *out, StrBuf *err);
/* callbacks_disabled must name roles of the role table. */
bool devmodel_check_roles(const DeviceModel *m, const char *path, const RoleTable *roles, StrBuf *err);
/* A model for a driver without device.json, from its entry points. */
void devmodel_infer(const Program *p, DeviceModel *out);
void devmodel_free(DeviceModel *m);
/* Whether DO_POWER_PAGABLE is set for the power dispatch of this driver. */
bool devmodel_power_pagable(const DeviceModel *m, const Program *p);
/* Minor codes the OS sends for a major function (bit i = code i). */
uint64_t devmodel_minors(const DeviceModel *m, int major);
/* Does the lifecycle include this phase ("DriverEntry", "START", "IRP" ...)?
   True for every phase when device.json gives no lifecycle. */
bool devmodel_phase(const DeviceModel *m, const char *phase);

#endif /* DRVLINT_DEVMODEL_H */
