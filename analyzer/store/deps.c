/*
 * deps.c - the dependency list of a driver for incremental re-analysis.
 *
 * The scan follows #include lines textually from the driver's .c files and
 * resolves them the way the front end's compiler does (the including
 * file's directory, the translation unit's directory, -I directories, the
 * model headers). It ignores #if, so it may list headers a build does not
 * use; that only costs a re-analysis, never a stale result. Headers the
 * front end read that the scan missed (an #include of a macro) are added
 * from the program afterwards.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/store.h"

static bool is_regular(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

char *path_relative_up(const char *path, const char *base)
{
    /* common prefix on whole components */
    size_t i = 0, last = 0;
    while (path[i] && base[i] && path[i] == base[i]) {
        if (path[i] == '/') last = i;
        i++;
    }
    if (!base[i] && (path[i] == '/' || !path[i])) last = i;
    else if (!path[i] && base[i] == '/') last = i;
    StrBuf sb;
    sb_init(&sb);
    for (const char *b = base + last; *b; b++)
        if (*b == '/' && b[1]) sb_puts(&sb, "../");
    const char *rest = path + last;
    while (*rest == '/') rest++;
    sb_puts(&sb, rest);
    if (sb.len == 0) sb_puts(&sb, ".");
    else if (sb.data[sb.len - 1] == '/') sb.data[--sb.len] = 0;
    return sb_take(&sb);
}

char *deps_key(const char *abs, const char *driver_root, const char *model_dir)
{
    size_t lm = model_dir ? strlen(model_dir) : 0;
    if (lm && strncmp(abs, model_dir, lm) == 0 && abs[lm] == '/') {
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "<drvlint>/include%s", abs + lm);
        return sb_take(&sb);
    }
    return path_relative_up(abs, driver_root);
}

/* Collapses "." and ".." components of an absolute path (heap). */
static char *normalise(const char *p)
{
    VEC(const char *) parts = {0};
    VEC(size_t) lens = {0};
    const char *s = p;
    while (*s) {
        while (*s == '/') s++;
        const char *e = s;
        while (*e && *e != '/') e++;
        size_t n = (size_t)(e - s);
        if (n == 0 || (n == 1 && s[0] == '.')) {
        } else if (n == 2 && s[0] == '.' && s[1] == '.') {
            if (parts.len) {
                parts.len--;
                lens.len--;
            }
        } else {
            VEC_PUSH(parts, s);
            VEC_PUSH(lens, n);
        }
        s = e;
    }
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < parts.len; i++) {
        sb_putc(&sb, '/');
        sb_putn(&sb, parts.data[i], lens.data[i]);
    }
    if (!sb.len) sb_putc(&sb, '/');
    VEC_FREE(parts);
    VEC_FREE(lens);
    return sb_take(&sb);
}

char *deps_resolve(const char *key, const char *driver_root, const char *model_dir)
{
    if (strncmp(key, "<drvlint>/include/", 18) == 0 && model_dir) return path_join(model_dir, key + 18);
    if (key[0] == '/') return xstrdup(key);
    char *j = path_join(driver_root, key);
    char *n = normalise(j);
    free(j);
    return n;
}

bool deps_contains(const DepSet *d, const char *abs)
{
    return ptrmap_get(&d->index, intern(abs)) != NULL;
}

static Dep *dep_add(DepSet *d, const char *abs, const char *hash, bool from_scan, const char *driver_root,
                    const char *model_dir, Arena *keys)
{
    const char *k = intern(abs);
    uintptr_t have = (uintptr_t)ptrmap_get(&d->index, k);
    if (have) return &d->v[have - 1];
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 32;
        d->v = xrealloc(d->v, d->cap * sizeof(Dep));
    }
    Dep *dp = &d->v[d->n++];
    dp->abs = k;
    char *key = deps_key(abs, driver_root, model_dir);
    dp->key = intern(key);
    free(key);
    (void)keys;
    dp->hash = hash ? intern(hash) : NULL;
    dp->from_scan = from_scan;
    ptrmap_put(&d->index, k, (void *)(uintptr_t)d->n);
    return dp;
}

/* Reads a file, records its hash in the cache; returns the text (heap) or NULL. */
static char *read_hashed(HashCache *hc, const char *abs, const char **hash, size_t *lenp)
{
    const char *why;
    size_t len = 0;
    char *text = read_file(abs, &len, &why);
    *lenp = len;
    const char *k = intern(abs);
    const char *have = ptrmap_get(&hc->map, k);
    if (!text) {
        if (!have) ptrmap_put(&hc->map, k, "");
        *hash = NULL;
        return NULL;
    }
    if (!have) {
        char *hex = arena_alloc(&hc->arena, 65);
        sha256_hex(text, len, hex);
        ptrmap_put(&hc->map, k, hex);
        have = hex;
    }
    *hash = *have ? have : NULL;
    return text;
}

typedef struct ScanItem {
    const char *abs;
    const char *tu_dir;
} ScanItem;

/* Parses one #include line; returns the name (heap) and sets *angle. */
static char *include_name(const char *line, const char *end, bool *angle, bool *macro)
{
    const char *s = line;
    *macro = false;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end || *s != '#') return NULL;
    s++;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    size_t kw = 0;
    if ((size_t)(end - s) >= 12 && strncmp(s, "include_next", 12) == 0) kw = 12;
    else if ((size_t)(end - s) >= 7 && strncmp(s, "include", 7) == 0) kw = 7;
    else if ((size_t)(end - s) >= 6 && strncmp(s, "import", 6) == 0) kw = 6;
    if (!kw) return NULL;
    s += kw;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    if (s >= end) return NULL;
    char close;
    if (*s == '"') close = '"';
    else if (*s == '<') close = '>';
    else {
        *macro = isalpha((unsigned char)*s) || *s == '_';
        return NULL;
    }
    *angle = close == '>';
    const char *b = ++s;
    while (s < end && *s != close) s++;
    if (s >= end || s == b) return NULL;
    return xstrndup(b, (size_t)(s - b));
}

void deps_scan(const DriverInput *in, const FrontendOptions *fe, const char *driver_root, HashCache *hc,
               DepSet *out)
{
    memset(out, 0, sizeof *out);
    ptrmap_init(&out->index);
    const char *model_dir = fe->model_dir;
    /* -I directories, as absolute paths */
    VEC(char *) incs = {0};
    for (size_t i = 0; i < fe->nincludes; i++) {
        char *r = path_realpath(fe->include_dirs[i]);
        VEC_PUSH(incs, r ? r : xstrdup(fe->include_dirs[i]));
    }
    for (size_t f = 0; in->file_args && f < in->nfiles; f++) {
        for (size_t a = 0; in->file_args[f] && a < in->file_nargs[f]; a++) {
            const char *arg = in->file_args[f][a];
            if (strncmp(arg, "-I", 2) == 0 && arg[2]) VEC_PUSH(incs, xstrdup(arg + 2));
        }
    }
    VEC(ScanItem) work = {0};
    for (size_t i = 0; i < in->nfiles; i++) {
        char *dir = path_dirname(in->files[i]);
        ScanItem it = {intern(in->files[i]), intern(dir)};
        free(dir);
        VEC_PUSH(work, it);
    }
    PtrMap seen;
    ptrmap_init(&seen);
    for (size_t w = 0; w < work.len; w++) {
        ScanItem it = work.data[w];
        if (ptrmap_get(&seen, it.abs)) continue;
        ptrmap_put(&seen, it.abs, (void *)1);
        const char *hash;
        size_t tlen;
        char *text = read_hashed(hc, it.abs, &hash, &tlen);
        dep_add(out, it.abs, hash, true, driver_root, model_dir, NULL);
        if (!text) continue;
        char *mydir = path_dirname(it.abs);
        const char *tend = text + tlen;
        for (const char *line = text; line < tend;) {
            const char *end = memchr(line, '\n', (size_t)(tend - line));
            if (!end) end = tend;
            bool angle = false, macro = false;
            char *name = include_name(line, end, &angle, &macro);
            if (macro) out->incomplete = true;
            if (name) {
                VEC(const char *) cands = {0};
                if (name[0] == '/') {
                    VEC_PUSH(cands, name);
                } else {
                    if (!angle) {
                        VEC_PUSH(cands, mydir);
                        if (strcmp(mydir, it.tu_dir) != 0) VEC_PUSH(cands, it.tu_dir);
                    }
                    for (size_t k = 0; k < incs.len; k++) VEC_PUSH(cands, incs.data[k]);
                    if (model_dir) VEC_PUSH(cands, model_dir);
                }
                for (size_t c = 0; c < cands.len; c++) {
                    char *p = name[0] == '/' ? xstrdup(name) : path_join(cands.data[c], name);
                    char *np = normalise(p);
                    free(p);
                    if (is_regular(np)) {
                        char *real = path_realpath(np);
                        ScanItem ni = {intern(real ? real : np), it.tu_dir};
                        free(real);
                        VEC_PUSH(work, ni);
                        free(np);
                        break;
                    }
                    /* looked at and absent: creating it later changes the build */
                    dep_add(out, np, NULL, true, driver_root, model_dir, NULL);
                    free(np);
                }
                VEC_FREE(cands);
                free(name);
            }
            line = end + 1;
        }
        free(mydir);
        free(text);
    }
    ptrmap_free(&seen);
    VEC_FREE(work);
    for (size_t k = 0; k < incs.len; k++) free(incs.data[k]);
    VEC_FREE(incs);
    /* A file recorded as absent and found later (two spellings) is present. */
    /* digest over the scanned entries, sorted by key */
    const Dep **sorted = xcalloc(out->n ? out->n : 1, sizeof(Dep *));
    size_t ns = 0;
    for (size_t i = 0; i < out->n; i++)
        if (out->v[i].from_scan) sorted[ns++] = &out->v[i];
    for (size_t i = 1; i < ns; i++) {
        const Dep *x = sorted[i];
        size_t j = i;
        while (j > 0 && strcmp(sorted[j - 1]->key, x->key) > 0) {
            sorted[j] = sorted[j - 1];
            j--;
        }
        sorted[j] = x;
    }
    Sha256 c;
    sha256_init(&c);
    for (size_t i = 0; i < ns; i++) {
        sha256_update(&c, sorted[i]->key, strlen(sorted[i]->key));
        sha256_update(&c, "\t", 1);
        const char *h = sorted[i]->hash ? sorted[i]->hash : "-";
        sha256_update(&c, h, strlen(h));
        sha256_update(&c, "\n", 1);
    }
    sha256_final_hex(&c, out->scan_digest);
    free(sorted);
}

void deps_add_program(DepSet *d, const Program *p, const char *driver_root, const char *model_dir, HashCache *hc)
{
    for (uint32_t i = 0; i < p->nfiles; i++) {
        const SourceFile *sf = &p->files[i];
        if (!sf->abs || sf->abs[0] != '/') continue;
        if (deps_contains(d, sf->abs)) continue;
        const char *h = hashcache_get(hc, sf->abs);
        if (!h) continue;
        dep_add(d, sf->abs, h, false, driver_root, model_dir, NULL);
    }
}

void deps_free(DepSet *d)
{
    free(d->v);
    ptrmap_free(&d->index);
    memset(d, 0, sizeof *d);
}
