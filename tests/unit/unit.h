/*
 * unit.h - a minimal unit test harness for drvlint's C tests.
 *
 * A test file includes "unit.h" first (for CHECK/REQUIRE), defines its test
 * functions, lists them in TESTS as X(name) entries, and ends with
 * UNIT_MAIN. main() runs them and prints one "PASS name" or
 * "FAIL name: reason" line per test, then "N passed, N failed".
 * CHECK records a failure and continues; REQUIRE stops the test.
 */
#ifndef DRVLINT_UNIT_H
#define DRVLINT_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed_checks;
static char unit_first_failure[512];

#define CHECK(cond, ...)                                                                         \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            if (!unit_failed_checks++)                                                           \
                snprintf(unit_first_failure, sizeof unit_first_failure, __VA_ARGS__);            \
            fprintf(stderr, "  %s:%d: ", __FILE__, __LINE__);                                    \
            fprintf(stderr, __VA_ARGS__);                                                        \
            fputc('\n', stderr);                                                                 \
        }                                                                                        \
    } while (0)

#define REQUIRE(cond, ...)                                                                       \
    do {                                                                                         \
        int unit_ok_ = !!(cond); /* evaluated once: cond may have effects */                     \
        CHECK(unit_ok_, __VA_ARGS__);                                                            \
        if (!unit_ok_) return;                                                                   \
    } while (0)

#define UNIT_RUN_ONE(name)                                                                       \
    do {                                                                                         \
        unit_failed_checks = 0;                                                                  \
        unit_first_failure[0] = 0;                                                               \
        name();                                                                                  \
        if (unit_failed_checks) {                                                                \
            printf("FAIL %s: %s\n", #name, unit_first_failure);                                  \
            failed++;                                                                            \
        } else {                                                                                 \
            printf("PASS %s\n", #name);                                                          \
            passed++;                                                                            \
        }                                                                                        \
    } while (0);

#define UNIT_MAIN                                                                                \
    int main(void)                                                                               \
    {                                                                                            \
        int passed = 0, failed = 0;                                                              \
        TESTS                                                                                    \
        printf("%d passed, %d failed\n", passed, failed);                                        \
        return failed ? 1 : 0;                                                                   \
    }

#endif /* DRVLINT_UNIT_H */
