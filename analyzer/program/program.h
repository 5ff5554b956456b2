/*
 * program.h - a driver as the analyzer sees it after the front end.
 *
 * A Program is the linked result of parsing all translation units of one
 * driver: its source files with their diagnostics, its functions lowered to
 * IR, its globals, the contracts of the kernel routines it calls, and the
 * entry points discovered with their roles. It is the input of the harness
 * and the path engine and is immutable once built.
 */
#ifndef DRVLINT_PROGRAM_H
#define DRVLINT_PROGRAM_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"
#include "program/contract.h"
#include "util/util.h"

typedef enum DiagSeverity { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR, DIAG_FATAL } DiagSeverity;

typedef struct Diag {
    DiagSeverity severity;
    uint32_t line, col;
    const char *message;
    const char *file;          /* file the diagnostic points into (may be a header) */
} Diag;

typedef struct SourceFile {
    const char *path;          /* as reported: relative to the analysis root */
    const char *abs;           /* absolute path */
    char *text;                /* contents (owned by the program arena) */
    size_t len;
    uint64_t hash;             /* content hash */
    bool is_main;              /* a .c file parsed as a translation unit */
    bool is_system;            /* a drvlint model header (include/): not part of the driver */
    bool parsed;               /* produced an AST (possibly with errors) */
    bool parse_failed;         /* libclang produced nothing: `problem` says why */
    uint32_t nerrors;
    Diag *diags;
    uint32_t ndiags;
    const char *problem;       /* set when the file could not be analyzed at all */
    uint32_t *skipped;         /* preprocessor-skipped line ranges: [first, last] pairs */
    uint32_t nskipped;         /* number of pairs */
    bool skipped_known;
} SourceFile;

/* Where a role was learned. */
typedef enum RoleSource {
    ROLE_FROM_DECL,        /* declared with the role typedef or _Function_class_ */
    ROLE_FROM_STORE,       /* stored into a field/array of the role's pointer type */
    ROLE_FROM_ARG          /* passed to a parameter of the role's pointer type */
} RoleSource;

typedef struct EntryPoint {
    Func *func;
    const char *role;          /* roles.tsv role, e.g. "Dispatch:IRP_MJ_READ", "CustomDpc" */
    const char *typedef_name;  /* role typedef, e.g. "DRIVER_DISPATCH" */
    int major_mask_lo;         /* dispatch routines: bit i set for IRP_MJ code i (0..31) */
    RoleSource source;
    const char *registrar;     /* routine or field it was registered through */
    Loc reg_loc;               /* where it was registered or declared */
} EntryPoint;

typedef struct Program {
    Arena arena;
    const char *root;          /* analysis root (directory shown in reports) */
    const char *name;          /* driver name: basename of the root */
    SourceFile *files;
    uint32_t nfiles;
    Func **funcs;              /* functions with bodies */
    uint32_t nfuncs;
    Var **globals;
    uint32_t nglobals;
    EntryPoint *entries;
    uint32_t nentries;
    PtrMap func_by_key;        /* interned key -> Func* */
    PtrMap contract_by_name;   /* interned routine/typedef name -> Contract* (bodiless routines) */
    PtrMap global_by_key;      /* interned key -> Var* */
    PtrMap called;             /* interned names of routines called directly anywhere -> non-NULL */
    double parse_seconds;      /* time spent in libclang */
    double lower_seconds;      /* time spent lowering to IR */
    uint32_t ntus;
    uint32_t nlines;           /* lines in the driver's own files */
    bool any_errors;           /* some file had error diagnostics */
    /* Driver-level facts used by rules. */
    uint32_t dispatch_slots;   /* bit i: IRP_MJ code i has a dispatch routine (i < 32) */
    bool sets_power_pagable;   /* some code sets DO_POWER_PAGABLE in Flags */
    bool has_add_device;
} Program;

/* Lookups. */
Func *program_func(const Program *p, const char *name, uint32_t from_file);
Contract *program_contract(const Program *p, const char *name);
SourceFile *program_file(const Program *p, uint32_t id);
const char *program_loc_path(const Program *p, Loc loc);
/* True when a line of a file was skipped by the preprocessor (#if 0 ...). */
bool program_line_skipped(const Program *p, uint32_t file, uint32_t line);

/* Returns the roles of a function (may be several), writes up to max. */
uint32_t program_roles_of(const Program *p, const Func *f, const EntryPoint **out, uint32_t max);

void program_free(Program *p);

#endif /* DRVLINT_PROGRAM_H */
