/*
 * git.h - what `check --changed/--staged` and `install-hook` need from git:
 * the work tree, the current commit, and the changed lines of each file.
 * git is run as a child process with an argument vector (no shell).
 */
#ifndef DRVLINT_GIT_H
#define DRVLINT_GIT_H

#include <stdbool.h>
#include <stdint.h>

#include "util/util.h"

/* Runs git with args in dir; captures stdout (heap, NUL-terminated) and,
   when err_out is not NULL, stderr. Returns the exit status, -1 when git
   could not be run. */
int git_run(const char *dir, const char *const *args, char **out, char **err_out);

/* Top of the work tree containing dir (heap), or NULL. */
char *git_toplevel(const char *dir);
/* Full commit id of rev (heap), or NULL. */
char *git_commit(const char *top, const char *rev);

/* Changed lines per file: after a diff, every added or modified line of
   the new version, and the lines next to deletions. */
typedef struct LineRange {
    uint32_t first, last;
} LineRange;

typedef struct FileChange {
    const char *abs;           /* absolute path (interned) */
    bool whole;                /* new or untracked file: every line */
    LineRange *ranges;
    uint32_t nranges, cap;
} FileChange;

typedef struct ChangeSet {
    FileChange *files;
    uint32_t nfiles, cap;
    PtrMap index;              /* abs -> index + 1 */
} ChangeSet;

/* staged: the index against HEAD (git diff --cached); otherwise the work
   tree against rev, plus untracked files. */
bool git_changes(const char *top, const char *rev, bool staged, ChangeSet *out, StrBuf *err);
bool changes_line(const ChangeSet *cs, const char *abs, uint32_t line);
/* Files of the work tree whose content differs from the index (unstaged
   changes), as whole-file entries. */
bool git_unstaged(const char *top, ChangeSet *out);
void changes_free(ChangeSet *cs);

/* Parses `git diff -U0` output into cs (paths relative to top). Exposed
   for the unit tests. */
void git_parse_diff(const char *top, const char *diff, ChangeSet *cs);

#endif /* DRVLINT_GIT_H */
