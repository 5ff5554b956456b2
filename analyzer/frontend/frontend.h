/*
 * frontend.h - from driver source files to a linked Program.
 *
 * Stage 1 of the pipeline. It finds the translation units of a driver
 * (directory, file list or compile_commands.json), parses each one with
 * libclang as an x64 (or x86/arm64) Windows kernel driver against drvlint's
 * model headers in include/, reads annotations into contracts, records code
 * sections and PAGED_CODE(), lowers function bodies to the IR (ir/ir.h),
 * links functions across files and discovers entry points and their roles.
 *
 * One CXIndex is reused for all translation units of a run.
 */
#ifndef DRVLINT_FRONTEND_H
#define DRVLINT_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>

#include "program/program.h"
#include "program/roles.h"
#include "util/util.h"

typedef struct FrontendOptions {
    const char *arch;              /* "x64" (default), "x86", "arm64" */
    const char **defines;          /* -D values ("NAME" or "NAME=VALUE") */
    size_t ndefines;
    const char **include_dirs;     /* -I values */
    size_t nincludes;
    int dbg;                       /* --config DBG=0|1 */
    const char *compile_db_dir;    /* -p DIR: use DIR/compile_commands.json */
    const char *model_dir;         /* include/ of drvlint (model WDK headers) */
    size_t max_file_bytes;         /* larger files are refused */
    bool keep_going;               /* analyze what parsed when some files fail */
    const RoleTable *roles;        /* callback roles (data/ddi/roles.tsv) */
} FrontendOptions;

/* One input problem (missing file, binary file ...). */
typedef struct InputProblem {
    const char *path;
    const char *message;
} InputProblem;

/* The translation units of one driver. */
typedef struct DriverInput {
    const char *root;          /* directory reported paths are relative to */
    const char *name;          /* driver name */
    char **files;              /* absolute paths of .c files */
    size_t nfiles;
    char ***file_args;         /* per-file extra compiler args (compile db), may be NULL */
    size_t *file_nargs;
    InputProblem *problems;
    size_t nproblems;
} DriverInput;

void frontend_options_default(FrontendOptions *o);

/* Resolves command-line paths into one driver's inputs. Returns false with a
   message in *err when nothing can be analyzed (missing path, a directory
   without C files ...); files that cannot be used are listed as problems. */
bool frontend_collect(const char *const *paths, size_t npaths, const FrontendOptions *o,
                      DriverInput *out, StrBuf *err);
void driver_input_free(DriverInput *in);

/* Parses, lowers and links the driver. Never returns NULL; parse problems
   are recorded as diagnostics in the program's files. */
Program *frontend_build(const DriverInput *in, const FrontendOptions *o);

/* Parses a snippet (e.g. "#include <ntifs.h>") against the model headers and
   returns the contracts of every function declared in it, keyed by
   interned name. Used by the DDI-facts test and `drvlint contracts`. */
bool frontend_header_contracts(const FrontendOptions *o, const char *code, Arena *arena,
                               PtrMap *out, StrBuf *err);

/* Time libclang alone needs to parse the driver's files (for the benchmark). */
double frontend_parse_only_seconds(const DriverInput *in, const FrontendOptions *o);

/* The directory holding include/, rules/ and data/ (heap string). */
char *drvlint_home(void);

#endif /* DRVLINT_FRONTEND_H */
