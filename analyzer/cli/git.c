/*
 * git.c - running git and reading its diffs (see git.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/git.h"

int git_run(const char *dir, const char *const *args, char **out, char **err_out)
{
    int po[2], pe[2];
    if (out) *out = NULL;
    if (err_out) *err_out = NULL;
    if (pipe(po) != 0) return -1;
    if (pipe(pe) != 0) {
        close(po[0]);
        close(po[1]);
        return -1;
    }
    VEC(const char *) argv = {0};
    VEC_PUSH(argv, "git");
    VEC_PUSH(argv, "-C");
    VEC_PUSH(argv, dir);
    /* paths exactly as stored, no pager, no colour, no external diff */
    VEC_PUSH(argv, "-c");
    VEC_PUSH(argv, "core.quotepath=off");
    VEC_PUSH(argv, "--no-pager");
    for (const char *const *a = args; *a; a++) VEC_PUSH(argv, *a);
    VEC_PUSH(argv, NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(po[0]);
        close(po[1]);
        close(pe[0]);
        close(pe[1]);
        VEC_FREE(argv);
        return -1;
    }
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0) dup2(devnull, 0);
        dup2(po[1], 1);
        dup2(pe[1], 2);
        close(po[0]);
        close(pe[0]);
        execvp("git", (char *const *)argv.data);
        _exit(127);
    }
    VEC_FREE(argv);
    close(po[1]);
    close(pe[1]);
    StrBuf so, se;
    sb_init(&so);
    sb_init(&se);
    struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
    int open_fds = 2;
    char buf[65536];
    while (open_fds > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int k = 0; k < 2; k++) {
            if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[k].fd, buf, sizeof buf);
            if (n > 0) {
                sb_putn(k ? &se : &so, buf, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[k].fd);
                fds[k].fd = -1;
                open_fds--;
            }
        }
    }
    for (int k = 0; k < 2; k++)
        if (fds[k].fd >= 0) close(fds[k].fd);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    sb_cstr(&so);
    sb_cstr(&se);
    if (out) *out = sb_take(&so);
    else sb_free(&so);
    if (err_out) *err_out = sb_take(&se);
    else sb_free(&se);
    if (!WIFEXITED(status)) return -1;
    return WEXITSTATUS(status) == 127 ? -1 : WEXITSTATUS(status);
}

static char *first_line(char *s)
{
    if (!s) return NULL;
    char *nl = strchr(s, '\n');
    if (nl) *nl = 0;
    return s;
}

char *git_toplevel(const char *dir)
{
    const char *args[] = {"rev-parse", "--show-toplevel", NULL};
    char *out;
    if (git_run(dir, args, &out, NULL) != 0 || !out || !*out) {
        free(out);
        return NULL;
    }
    first_line(out);
    char *real = path_realpath(out);
    free(out);
    return real;
}

char *git_commit(const char *top, const char *rev)
{
    StrBuf spec;
    sb_init(&spec);
    sb_printf(&spec, "%s^{commit}", rev);
    const char *args[] = {"rev-parse", "--verify", "--quiet", sb_cstr(&spec), NULL};
    char *out;
    int rc = git_run(top, args, &out, NULL);
    sb_free(&spec);
    if (rc != 0 || !out || !*out) {
        free(out);
        return NULL;
    }
    return first_line(out);
}

/* ---- change sets ------------------------------------------------------------------ */

static FileChange *change_for(ChangeSet *cs, const char *abs)
{
    const char *k = intern(abs);
    uintptr_t have = (uintptr_t)ptrmap_get(&cs->index, k);
    if (have) return &cs->files[have - 1];
    if (cs->nfiles == cs->cap) {
        cs->cap = cs->cap ? cs->cap * 2 : 16;
        cs->files = xrealloc(cs->files, cs->cap * sizeof(FileChange));
    }
    FileChange *fc = &cs->files[cs->nfiles++];
    memset(fc, 0, sizeof *fc);
    fc->abs = k;
    ptrmap_put(&cs->index, k, (void *)(uintptr_t)cs->nfiles);
    return fc;
}

static void add_range(FileChange *fc, uint32_t first, uint32_t last)
{
    if (fc->nranges == fc->cap) {
        fc->cap = fc->cap ? fc->cap * 2 : 8;
        fc->ranges = xrealloc(fc->ranges, fc->cap * sizeof(LineRange));
    }
    fc->ranges[fc->nranges].first = first;
    fc->ranges[fc->nranges].last = last;
    fc->nranges++;
}

/* A path of a diff header: plain, or C-quoted by git ("a/x\tb"). */
static char *diff_path(const char *s, const char *end)
{
    StrBuf sb;
    sb_init(&sb);
    if (s < end && *s == '"') {
        for (s++; s < end && *s != '"'; s++) {
            if (*s == '\\' && s + 1 < end) {
                s++;
                if (*s >= '0' && *s <= '7' && s + 2 < end) {
                    int v = (s[0] - '0') * 64 + (s[1] - '0') * 8 + (s[2] - '0');
                    sb_putc(&sb, (char)v);
                    s += 2;
                } else {
                    char c = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s == 'r' ? '\r' : *s;
                    sb_putc(&sb, c);
                }
            } else {
                sb_putc(&sb, *s);
            }
        }
    } else {
        while (end > s && (end[-1] == '\r' || end[-1] == '\t')) end--;
        sb_putn(&sb, s, (size_t)(end - s));
    }
    return sb_take(&sb);
}

void git_parse_diff(const char *top, const char *diff, ChangeSet *cs)
{
    FileChange *cur = NULL;
    const char *dend = diff ? diff + strlen(diff) : NULL;
    for (const char *line = diff; line && line < dend;) {
        const char *end = memchr(line, '\n', (size_t)(dend - line));
        if (!end) end = dend;
        if (strncmp(line, "+++ ", 4) == 0) {
            cur = NULL;
            char *p = diff_path(line + 4, end);
            const char *rel = p;
            if (strcmp(p, "/dev/null") != 0) {
                if (strncmp(rel, "b/", 2) == 0) rel += 2;
                char *abs = path_join(top, rel);
                cur = change_for(cs, abs);
                free(abs);
            }
            free(p);
        } else if (strncmp(line, "@@ ", 3) == 0 && cur) {
            /* @@ -a[,b] +c[,d] @@ */
            const char *plus = NULL;
            for (const char *q = line + 3; q + 1 < end && !plus; q++)
                if (q[0] == ' ' && q[1] == '+') plus = q;
            if (plus) {
                char *e;
                unsigned long c = strtoul(plus + 2, &e, 10);
                unsigned long d = 1;
                if (*e == ',') d = strtoul(e + 1, &e, 10);
                if (d > 0) add_range(cur, (uint32_t)c, (uint32_t)(c + d - 1));
                else add_range(cur, c ? (uint32_t)c : 1, (uint32_t)c + 1); /* a deletion after line c */
            }
        }
        line = end + 1;
    }
}

bool git_changes(const char *top, const char *rev, bool staged, ChangeSet *out, StrBuf *err)
{
    memset(out, 0, sizeof *out);
    ptrmap_init(&out->index);
    char *diff = NULL, *errs = NULL;
    int rc;
    if (staged) {
        const char *args[] = {"diff", "--cached", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--", NULL};
        rc = git_run(top, args, &diff, &errs);
    } else {
        const char *args[] = {"diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", rev, "--", NULL};
        rc = git_run(top, args, &diff, &errs);
    }
    if (rc != 0) {
        sb_printf(err, "git diff failed%s%s", errs && *errs ? ": " : "", errs ? first_line(errs) : "");
        free(diff);
        free(errs);
        return false;
    }
    git_parse_diff(top, diff, out);
    free(diff);
    free(errs);
    if (!staged) {
        const char *args[] = {"ls-files", "--others", "--exclude-standard", "-z", NULL};
        char *list = NULL;
        rc = git_run(top, args, &list, NULL);
        if (rc == 0 && list) {
            for (const char *p = list; *p; p += strlen(p) + 1) {
                char *abs = path_join(top, p);
                change_for(out, abs)->whole = true;
                free(abs);
            }
        }
        free(list);
    } else {
        /* files added to the index: every line is new (the diff lists them too) */
    }
    return true;
}

bool git_unstaged(const char *top, ChangeSet *out)
{
    memset(out, 0, sizeof *out);
    ptrmap_init(&out->index);
    const char *args[] = {"diff", "--name-only", "-z", "--no-ext-diff", "--", NULL};
    char *list = NULL;
    int rc = git_run(top, args, &list, NULL);
    if (rc == 0 && list) {
        for (const char *p = list; *p; p += strlen(p) + 1) {
            char *abs = path_join(top, p);
            change_for(out, abs)->whole = true;
            free(abs);
        }
    }
    free(list);
    return rc == 0;
}

bool changes_line(const ChangeSet *cs, const char *abs, uint32_t line)
{
    if (!abs) return false;
    uintptr_t k = (uintptr_t)ptrmap_get(&cs->index, intern(abs));
    if (!k) return false;
    const FileChange *fc = &cs->files[k - 1];
    if (fc->whole) return true;
    for (uint32_t i = 0; i < fc->nranges; i++)
        if (line >= fc->ranges[i].first && line <= fc->ranges[i].last) return true;
    return false;
}

void changes_free(ChangeSet *cs)
{
    for (uint32_t i = 0; i < cs->nfiles; i++) free(cs->files[i].ranges);
    free(cs->files);
    ptrmap_free(&cs->index);
    memset(cs, 0, sizeof *cs);
}
