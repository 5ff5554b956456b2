/*
 * cli.h - the command-line interface: one function per subcommand, and the
 * per-run context they share (home directory, role table, options).
 *
 * Exit codes (README.md): 0 no findings, 1 findings, 2 usage or input
 * error, 3 internal error.
 */
#ifndef DRVLINT_CLI_H
#define DRVLINT_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "frontend/frontend.h"
#include "program/roles.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INTERNAL = 3 };

#define DRVLINT_VERSION "0.1.0"

/* Everything one invocation needs; no other global mutable state. */
typedef struct RunContext {
    char *home;              /* directory with include/, rules/, data/ */
    char *model_dir;         /* home/include */
    RoleTable roles;
    FrontendOptions fe;
    VEC(const char *) defines;
    VEC(const char *) includes;
} RunContext;

bool ctx_init(RunContext *ctx, FILE *err);
void ctx_free(RunContext *ctx);

/* Parses the front end options shared by several commands (--arch, -D, -I,
   --config, -p). Returns the number of argv entries consumed at argv[i]
   (0 if argv[i] is not such an option, -1 on error). */
int cli_frontend_option(RunContext *ctx, int argc, char **argv, int i, FILE *err);

int cmd_check(RunContext *ctx, int argc, char **argv);
int cmd_corpus(RunContext *ctx, int argc, char **argv);
int cmd_rules(RunContext *ctx, int argc, char **argv);
int cmd_explain(RunContext *ctx, int argc, char **argv);
int cmd_roles(RunContext *ctx, int argc, char **argv);
int cmd_dump_ir(RunContext *ctx, int argc, char **argv);
int cmd_contracts(RunContext *ctx, int argc, char **argv);
int cmd_parse_time(RunContext *ctx, int argc, char **argv);
/* History and hooks (cli/cmd_db.c). */
int cmd_db(RunContext *ctx, int argc, char **argv);
int cmd_baseline(RunContext *ctx, int argc, char **argv);
int cmd_install_hook(RunContext *ctx, int argc, char **argv);

/* Builds the program for the given paths; prints input problems to err.
   Returns NULL (after printing) when nothing can be analyzed. */
Program *cli_build_program(RunContext *ctx, char **paths, int npaths, FILE *err, bool *input_problems);

#endif /* DRVLINT_CLI_H */
