/*
 * cmd_debug.c - commands that show what the front end understood:
 * `drvlint roles` (entry points and their roles), `drvlint dump-ir`
 * (the IR of every function), `drvlint contracts` (annotations of the
 * model headers as contracts, one line per routine) and `drvlint parse-time`
 * (how long libclang alone takes to parse the driver, for bench/run_bench.py).
 */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static int collect_paths(RunContext *ctx, int argc, char **argv, char ***paths, int *np, const char *usage)
{
    *paths = xmalloc(sizeof(char *) * (size_t)(argc + 1));
    *np = 0;
    for (int i = 0; i < argc; i++) {
        int used = cli_frontend_option(ctx, argc, argv, i, stderr);
        if (used < 0) return EXIT_USAGE;
        if (used > 0) {
            i += used - 1;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "drvlint: unknown option '%s'\n%s", argv[i], usage);
            return EXIT_USAGE;
        }
        (*paths)[(*np)++] = argv[i];
    }
    if (*np == 0 && !ctx->fe.compile_db_dir) {
        fprintf(stderr, "%s", usage);
        return EXIT_USAGE;
    }
    return EXIT_CLEAN;
}

int cmd_roles(RunContext *ctx, int argc, char **argv)
{
    char **paths;
    int np;
    int rc = collect_paths(ctx, argc, argv, &paths, &np, "usage: drvlint roles [options] PATH...\n");
    if (rc) {
        free(paths);
        return rc;
    }
    bool problems;
    Program *p = cli_build_program(ctx, paths, np, stderr, &problems);
    free(paths);
    if (!p) return EXIT_USAGE;
    for (uint32_t i = 0; i < p->nentries; i++) {
        const EntryPoint *e = &p->entries[i];
        printf("%s:%u: %s  %s", program_loc_path(p, e->func->loc), e->func->loc.line, e->func->name, e->role);
        if (e->major_mask_lo && __builtin_popcount((unsigned)e->major_mask_lo) > 1) {
            printf(" [");
            bool first = true;
            for (int m = 0; m < IRP_MJ_COUNT; m++)
                if (e->major_mask_lo & (1 << m)) {
                    printf("%s%s", first ? "" : " ", irp_mj_name(m));
                    first = false;
                }
            printf("]");
        }
        printf("  (%s %s)\n", e->source == ROLE_FROM_DECL ? "declared" : e->source == ROLE_FROM_STORE ? "stored in" : "passed to",
               e->registrar ? e->registrar : "?");
    }
    program_free(p);
    return problems ? EXIT_USAGE : EXIT_CLEAN;
}

int cmd_dump_ir(RunContext *ctx, int argc, char **argv)
{
    char **paths;
    int np;
    int rc = collect_paths(ctx, argc, argv, &paths, &np, "usage: drvlint dump-ir [options] PATH...\n");
    if (rc) {
        free(paths);
        return rc;
    }
    bool problems;
    Program *p = cli_build_program(ctx, paths, np, stderr, &problems);
    free(paths);
    if (!p) return EXIT_USAGE;
    StrBuf sb;
    sb_init(&sb);
    for (uint32_t i = 0; i < p->nfiles; i++)
        for (uint32_t d = 0; d < p->files[i].ndiags; d++)
            sb_printf(&sb, "%s:%u:%u: diagnostic: %s\n", p->files[i].diags[d].file, p->files[i].diags[d].line,
                      p->files[i].diags[d].col, p->files[i].diags[d].message);
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        ir_dump_func(p->funcs[i], &sb);
        sb_puts(&sb, "  contract: ");
        contract_dump(p->funcs[i]->contract, &sb);
        sb_putc(&sb, '\n');
    }
    fputs(sb_cstr(&sb), stdout);
    sb_free(&sb);
    program_free(p);
    return problems ? EXIT_USAGE : EXIT_CLEAN;
}

int cmd_contracts(RunContext *ctx, int argc, char **argv)
{
    const char *code = "#include <ntifs.h>\n#include <ntstrsafe.h>\n#include <wmilib.h>\n#include <wdmsec.h>\n";
    for (int i = 0; i < argc; i++) {
        int used = cli_frontend_option(ctx, argc, argv, i, stderr);
        if (used < 0) return EXIT_USAGE;
        if (used > 0) i += used - 1;
    }
    Arena a;
    arena_init(&a);
    PtrMap m;
    ptrmap_init(&m);
    StrBuf err;
    sb_init(&err);
    bool ok = frontend_header_contracts(&ctx->fe, code, &a, &m, &err);
    if (!ok) fprintf(stderr, "%s", sb_cstr(&err));
    StrBuf out;
    sb_init(&out);
    for (size_t i = 0; i < m.cap; i++) {
        if (!m.keys[i]) continue;
        contract_dump(m.vals[i], &out);
        sb_putc(&out, '\n');
    }
    fputs(sb_cstr(&out), stdout);
    sb_free(&out);
    sb_free(&err);
    ptrmap_free(&m);
    arena_free(&a);
    return ok ? EXIT_CLEAN : EXIT_INTERNAL;
}

/* `drvlint parse-time [options] PATH...`: parses the driver's translation
   units with libclang alone (same compiler arguments as `check`, no lowering
   and no analysis) and prints the time; the baseline of the benchmark. */
int cmd_parse_time(RunContext *ctx, int argc, char **argv)
{
    static const char usage[] = "usage: drvlint parse-time [--format text|json] [options] PATH...\n";
    bool json = false;
    char **rest = xmalloc(sizeof(char *) * (size_t)(argc + 1));
    int nrest = 0;
    for (int i = 0; i < argc; i++) {
        const char *f = NULL;
        if (strcmp(argv[i], "--format") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "drvlint: --format needs a value\n%s", usage);
                free(rest);
                return EXIT_USAGE;
            }
            f = argv[++i];
        } else if (strncmp(argv[i], "--format=", 9) == 0) {
            f = argv[i] + 9;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage, stdout);
            free(rest);
            return EXIT_CLEAN;
        } else {
            rest[nrest++] = argv[i];
            continue;
        }
        if (strcmp(f, "text") && strcmp(f, "json")) {
            fprintf(stderr, "drvlint: --format must be text or json\n");
            free(rest);
            return EXIT_USAGE;
        }
        json = strcmp(f, "json") == 0;
    }
    char **paths;
    int np;
    int rc = collect_paths(ctx, nrest, rest, &paths, &np, usage);
    if (rc) {
        free(paths);
        free(rest);
        return rc;
    }
    DriverInput in;
    StrBuf e;
    sb_init(&e);
    bool ok = frontend_collect((const char *const *)paths, (size_t)np, &ctx->fe, &in, &e);
    free(paths);
    free(rest);
    if (!ok) {
        fprintf(stderr, "drvlint: error: %s\n", sb_cstr(&e));
        sb_free(&e);
        return EXIT_USAGE;
    }
    sb_free(&e);
    for (size_t i = 0; i < in.nproblems; i++)
        fprintf(stderr, "drvlint: error: %s: %s\n", in.problems[i].path, in.problems[i].message);
    double secs = frontend_parse_only_seconds(&in, &ctx->fe);
    if (json) printf("{\"files\": %zu, \"parse_seconds\": %.6f}\n", in.nfiles, secs);
    else printf("files %zu\nparse_seconds %.6f\n", in.nfiles, secs);
    rc = in.nproblems ? EXIT_USAGE : EXIT_CLEAN;
    driver_input_free(&in);
    return rc;
}
