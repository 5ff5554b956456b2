/*
 * main.c - drvlint's entry point: dispatches to the subcommands of cli/.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *f)
{
    fputs("usage: drvlint <command> [options] [PATH...]\n"
          "\n"
          "commands:\n"
          "  check PATH...     analyze a driver (directory, files, or -p DIR)\n"
          "  roles PATH...     list the driver's entry points and their roles\n"
          "  rules             list the rules\n"
          "  explain RULE      describe a rule with a bad and a good example\n"
          "  corpus [DIR]      score the analyzer against the corpus expectations\n"
          "  dump-ir PATH...   show the intermediate representation (debugging)\n"
          "  contracts         show the contracts of the model WDK headers (debugging)\n"
          "  parse-time PATH...  time libclang alone parsing the driver (benchmark)\n"
          "  db runs|findings|diff|info|prune   query the findings database (.drvlint/drvlint.db)\n"
          "  baseline save FILE  write the findings of a run as a baseline file\n"
          "  install-hook      install a git pre-commit hook running check --staged\n"
          "\n"
          "  --help, --version\n",
          f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return EXIT_CLEAN;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("drvlint %s\n", DRVLINT_VERSION);
        return EXIT_CLEAN;
    }
    RunContext ctx;
    if (!ctx_init(&ctx, stderr)) {
        ctx_free(&ctx);
        intern_shutdown();
        return EXIT_INTERNAL;
    }
    int rc;
    if (strcmp(cmd, "check") == 0) rc = cmd_check(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "corpus") == 0) rc = cmd_corpus(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "rules") == 0) rc = cmd_rules(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "explain") == 0) rc = cmd_explain(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "roles") == 0) rc = cmd_roles(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "dump-ir") == 0) rc = cmd_dump_ir(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "contracts") == 0) rc = cmd_contracts(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "parse-time") == 0) rc = cmd_parse_time(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "db") == 0) rc = cmd_db(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "baseline") == 0) rc = cmd_baseline(&ctx, argc - 2, argv + 2);
    else if (strcmp(cmd, "install-hook") == 0) rc = cmd_install_hook(&ctx, argc - 2, argv + 2);
    else {
        fprintf(stderr, "drvlint: unknown command '%s'\n", cmd);
        usage(stderr);
        rc = EXIT_USAGE;
    }
    ctx_free(&ctx);
    intern_shutdown();
    return rc;
}
