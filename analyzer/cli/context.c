/*
 * context.c - setting up a run: locating drvlint's data, loading the role
 * table, parsing the front end options every analysis command accepts, and
 * building the program for a set of paths.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

bool ctx_init(RunContext *ctx, FILE *err)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->home = drvlint_home();
    ctx->model_dir = path_join(ctx->home, "include");
    frontend_options_default(&ctx->fe);
    ctx->fe.model_dir = ctx->model_dir;
    char *roles_path = path_join(ctx->home, "data/ddi/roles.tsv");
    StrBuf e;
    sb_init(&e);
    bool ok = roles_load(roles_path, &ctx->roles, &e);
    if (!ok) fprintf(err, "drvlint: cannot load the role table: %s\n", sb_cstr(&e));
    sb_free(&e);
    free(roles_path);
    ctx->fe.roles = &ctx->roles;
    return ok;
}

void ctx_free(RunContext *ctx)
{
    roles_free(&ctx->roles);
    VEC_FREE(ctx->defines);
    VEC_FREE(ctx->includes);
    free(ctx->home);
    free(ctx->model_dir);
}

static const char *opt_value(int argc, char **argv, int i, const char *name, int *used)
{
    size_t n = strlen(name);
    if (strcmp(argv[i], name) == 0) {
        *used = 2;
        return i + 1 < argc ? argv[i + 1] : NULL;
    }
    if (strncmp(argv[i], name, n) == 0 && (argv[i][n] == '=' || (n == 2 && argv[i][n]))) {
        *used = 1;
        return argv[i] + n + (argv[i][n] == '=' ? 1 : 0);
    }
    return NULL;
}

int cli_frontend_option(RunContext *ctx, int argc, char **argv, int i, FILE *err)
{
    int used = 0;
    const char *v;
    if ((v = opt_value(argc, argv, i, "--arch", &used)) || used) {
        if (!v || (strcmp(v, "x64") && strcmp(v, "x86") && strcmp(v, "arm64"))) {
            fprintf(err, "drvlint: --arch must be x64, x86 or arm64\n");
            return -1;
        }
        ctx->fe.arch = v;
        irql_arch_set(v);
        return used;
    }
    if ((v = opt_value(argc, argv, i, "-D", &used)) || used) {
        if (!v || !*v) {
            fprintf(err, "drvlint: -D needs NAME or NAME=VALUE\n");
            return -1;
        }
        VEC_PUSH(ctx->defines, v);
        ctx->fe.defines = ctx->defines.data;
        ctx->fe.ndefines = ctx->defines.len;
        return used;
    }
    if ((v = opt_value(argc, argv, i, "-I", &used)) || used) {
        if (!v || !*v) {
            fprintf(err, "drvlint: -I needs a directory\n");
            return -1;
        }
        VEC_PUSH(ctx->includes, v);
        ctx->fe.include_dirs = ctx->includes.data;
        ctx->fe.nincludes = ctx->includes.len;
        return used;
    }
    if ((v = opt_value(argc, argv, i, "--config", &used)) || used) {
        if (v && (strcmp(v, "DBG=0") == 0 || strcmp(v, "free") == 0 || strcmp(v, "release") == 0)) ctx->fe.dbg = 0;
        else if (v && (strcmp(v, "DBG=1") == 0 || strcmp(v, "checked") == 0 || strcmp(v, "debug") == 0)) ctx->fe.dbg = 1;
        else {
            fprintf(err, "drvlint: --config must be DBG=0 or DBG=1\n");
            return -1;
        }
        return used;
    }
    if ((v = opt_value(argc, argv, i, "-p", &used)) || used) {
        if (!v || !path_is_dir(v)) {
            fprintf(err, "drvlint: -p needs a directory containing compile_commands.json\n");
            return -1;
        }
        ctx->fe.compile_db_dir = v;
        return used;
    }
    return 0;
}

Program *cli_build_program(RunContext *ctx, char **paths, int npaths, FILE *err, bool *input_problems)
{
    DriverInput in;
    StrBuf e;
    sb_init(&e);
    *input_problems = false;
    if (!frontend_collect((const char *const *)paths, (size_t)npaths, &ctx->fe, &in, &e)) {
        fprintf(err, "drvlint: error: %s\n", sb_cstr(&e));
        sb_free(&e);
        *input_problems = true;
        return NULL;
    }
    sb_free(&e);
    for (size_t i = 0; i < in.nproblems; i++) {
        fprintf(err, "drvlint: error: %s: %s\n", in.problems[i].path, in.problems[i].message);
        *input_problems = true;
    }
    Program *p = frontend_build(&in, &ctx->fe);
    for (uint32_t i = 0; i < p->nfiles; i++) {
        SourceFile *sf = &p->files[i];
        if (sf->problem && (sf->parsed || sf->parse_failed)) {
            fprintf(err, "drvlint: error: %s: %s\n", sf->path, sf->problem);
            *input_problems = true;
        }
    }
    driver_input_free(&in);
    return p;
}
