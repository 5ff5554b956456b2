/*
 * cmd_rules.c - `drvlint rules` (list the loaded rules) and `drvlint
 * explain RULE` (description, design guide page, equivalents, examples).
 */
#include <string.h>

#include "cli/check.h"
#include "cli/cli.h"

static RuleSet *load(RunContext *ctx, int argc, char **argv, int *rest)
{
    CheckOptions o;
    check_options_default(&o);
    *rest = -1;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--rules") == 0 && i + 1 < argc && o.nrule_dirs < 8) {
            o.rule_dirs[o.nrule_dirs++] = argv[++i];
        } else if (argv[i][0] != '-' && *rest < 0) {
            *rest = i;
        } else {
            fprintf(stderr, "drvlint: unexpected argument '%s'\n", argv[i]);
            return NULL;
        }
    }
    StrBuf err;
    sb_init(&err);
    bool user;
    RuleSet *rs = check_load_rules(ctx, &o, &err, &user);
    if (!rs) fprintf(stderr, "drvlint: error: cannot load rules: %s\n", sb_cstr(&err));
    sb_free(&err);
    return rs;
}

int cmd_rules(RunContext *ctx, int argc, char **argv)
{
    int rest;
    RuleSet *rs = load(ctx, argc, argv, &rest);
    if (!rs) return EXIT_USAGE;
    if (rest >= 0) {
        fprintf(stderr, "drvlint: 'rules' takes no arguments (did you mean 'explain %s'?)\n", argv[rest]);
        rules_free(rs);
        return EXIT_USAGE;
    }
    for (uint32_t i = 0; i < rules_count(rs); i++) {
        const RuleInfo *ri = rules_info(rs, i);
        if (ri->is_tracker) continue;
        printf("%-34s %-9s %-8s %s\n", ri->id, ri->family, severity_name(ri->severity), ri->title);
    }
    rules_free(rs);
    return EXIT_CLEAN;
}

int cmd_explain(RunContext *ctx, int argc, char **argv)
{
    int rest;
    RuleSet *rs = load(ctx, argc, argv, &rest);
    if (!rs) return EXIT_USAGE;
    if (rest < 0) {
        fprintf(stderr, "usage: drvlint explain RULE\n");
        rules_free(rs);
        return EXIT_USAGE;
    }
    const RuleInfo *ri = rules_find(rs, argv[rest]);
    if (!ri || ri->is_tracker) {
        fprintf(stderr, "drvlint: no rule named '%s' (see 'drvlint rules')\n", argv[rest]);
        rules_free(rs);
        return EXIT_USAGE;
    }
    printf("%s (%s, %s)\n  %s\n\n", ri->id, ri->family, severity_name(ri->severity), ri->title);
    printf("%s\n\n", ri->description);
    printf("Design guide:          %s\n", ri->guide);
    printf("Static Driver Verifier: %s\n", ri->sdv ? ri->sdv : "-");
    printf("Code Analysis:         %s\n", ri->ca ? ri->ca : "-");
    if (ri->example_bad) printf("\nBad:\n%s\n", ri->example_bad);
    if (ri->example_good) printf("\nGood:\n%s\n", ri->example_good);
    rules_free(rs);
    return EXIT_CLEAN;
}
