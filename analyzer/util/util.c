/*
 * util.c - allocation, arenas, string building, hashing, interning and file
 * helpers used by every stage. See util.h for the contracts.
 */
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- allocation ------------------------------------------------------- */

static void oom(void)
{
    fputs("drvlint: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz ? sz : 1);
    if (!p) oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) oom();
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* ---- arena -------------------------------------------------------------- */

struct ArenaChunk {
    ArenaChunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

void arena_init(Arena *a)
{
    a->head = NULL;
    a->total = 0;
}

void arena_free(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    a->head = NULL;
    a->total = 0;
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0) n = 8;
    ArenaChunk *c = a->head;
    if (!c || c->used + n > c->cap) {
        size_t cap = n > ARENA_CHUNK / 2 ? n : ARENA_CHUNK;
        c = xmalloc(sizeof(ArenaChunk) + cap);
        c->used = 0;
        c->cap = cap;
        /* Large one-off blocks go behind the current chunk so its free space
           stays usable. */
        if (a->head && cap != ARENA_CHUNK) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    memset(p, 0, n);
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void *arena_memdup(Arena *a, const void *p, size_t n)
{
    void *q = arena_alloc(a, n);
    if (n) memcpy(q, p, n);
    return q;
}

/* ---- string builder --------------------------------------------------------- */

void sb_init(StrBuf *sb)
{
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

void sb_free(StrBuf *sb)
{
    free(sb->data);
    sb_init(sb);
}

static void sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->len + extra + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap : 64;
        while (cap < sb->len + extra + 1) cap *= 2;
        sb->data = xrealloc(sb->data, cap);
        sb->cap = cap;
    }
}

void sb_putc(StrBuf *sb, char c)
{
    sb_reserve(sb, 1);
    sb->data[sb->len++] = c;
    sb->data[sb->len] = 0;
}

void sb_putn(StrBuf *sb, const char *s, size_t n)
{
    sb_reserve(sb, n);
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = 0;
}

void sb_puts(StrBuf *sb, const char *s)
{
    sb_putn(sb, s, strlen(s));
}

void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    sb_reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    sb->len += (size_t)n;
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(sb, fmt, ap);
    va_end(ap);
}

void sb_clear(StrBuf *sb)
{
    sb->len = 0;
    if (sb->data) sb->data[0] = 0;
}

char *sb_take(StrBuf *sb)
{
    char *p = sb->data ? sb->data : xstrdup("");
    sb_init(sb);
    return p;
}

const char *sb_cstr(StrBuf *sb)
{
    return sb->data ? sb->data : "";
}

/* ---- hashing ---------------------------------------------------------------- */

uint64_t hash_bytes(const void *p, size_t n, uint64_t seed)
{
    /* FNV-1a, then a final avalanche. Adequate for hash tables and
       fingerprints that are not security relevant. */
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

uint64_t hash_str(const char *s)
{
    return hash_bytes(s, strlen(s), 0);
}

uint64_t hash_mix(uint64_t a, uint64_t b)
{
    a ^= b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2);
    a ^= a >> 31;
    a *= 0xbf58476d1ce4e5b9ULL;
    a ^= a >> 29;
    return a;
}

/* ---- pointer map (open addressing) -------------------------------------------- */

void ptrmap_init(PtrMap *m)
{
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->len = 0;
}

void ptrmap_free(PtrMap *m)
{
    free(m->keys);
    free(m->vals);
    ptrmap_init(m);
}

static size_t ptr_slot(uintptr_t k, size_t cap)
{
    return (size_t)(hash_mix((uint64_t)k, 0x51ed) & (cap - 1));
}

void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (!m->cap) return NULL;
    uintptr_t k = (uintptr_t)key;
    for (size_t i = ptr_slot(k, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == k) return m->vals[i];
        if (!m->keys[i]) return NULL;
    }
}

static void ptrmap_grow(PtrMap *m)
{
    size_t ocap = m->cap;
    uintptr_t *ok = m->keys;
    void **ov = m->vals;
    m->cap = ocap ? ocap * 2 : 16;
    m->keys = xcalloc(m->cap, sizeof(uintptr_t));
    m->vals = xcalloc(m->cap, sizeof(void *));
    m->len = 0;
    for (size_t i = 0; i < ocap; i++)
        if (ok[i]) ptrmap_put(m, (void *)ok[i], ov[i]);
    free(ok);
    free(ov);
}

void ptrmap_put(PtrMap *m, const void *key, void *val)
{
    if ((m->len + 1) * 2 > m->cap) ptrmap_grow(m);
    uintptr_t k = (uintptr_t)key;
    for (size_t i = ptr_slot(k, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == k) {
            m->vals[i] = val;
            return;
        }
        if (!m->keys[i]) {
            m->keys[i] = k;
            m->vals[i] = val;
            m->len++;
            return;
        }
    }
}

/* ---- u64 map -------------------------------------------------------------------- */

void u64map_init(U64Map *m)
{
    memset(m, 0, sizeof *m);
}

void u64map_free(U64Map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

void u64map_clear(U64Map *m)
{
    if (m->cap) {
        memset(m->keys, 0, m->cap * sizeof(uint64_t));
        m->len = 0;
    }
}

static size_t u64_slot(uint64_t k, size_t cap)
{
    return (size_t)(hash_mix(k, 0x7a11) & (cap - 1));
}

bool u64map_get(const U64Map *m, uint64_t key, uint64_t *val)
{
    if (!m->cap) return false;
    for (size_t i = u64_slot(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) {
            if (val) *val = m->vals[i];
            return true;
        }
        if (!m->keys[i]) return false;
    }
}

static void u64map_grow(U64Map *m)
{
    size_t ocap = m->cap;
    uint64_t *ok = m->keys, *ov = m->vals;
    m->cap = ocap ? ocap * 2 : 64;
    m->keys = xcalloc(m->cap, sizeof(uint64_t));
    m->vals = xcalloc(m->cap, sizeof(uint64_t));
    m->len = 0;
    for (size_t i = 0; i < ocap; i++)
        if (ok[i]) u64map_put(m, ok[i], ov[i]);
    free(ok);
    free(ov);
}

static bool u64map_insert(U64Map *m, uint64_t key, uint64_t val, bool overwrite)
{
    if ((m->len + 1) * 2 > m->cap) u64map_grow(m);
    for (size_t i = u64_slot(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) {
            if (overwrite) m->vals[i] = val;
            return false;
        }
        if (!m->keys[i]) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->len++;
            return true;
        }
    }
}

void u64map_put(U64Map *m, uint64_t key, uint64_t val)
{
    u64map_insert(m, key, val, true);
}

bool u64map_add(U64Map *m, uint64_t key, uint64_t val)
{
    return u64map_insert(m, key, val, false);
}

/* ---- intern table ------------------------------------------------------------------ */

static struct {
    char **slots;
    size_t cap, len;
    Arena arena;
    bool init;
} interns;

static void intern_grow(void)
{
    size_t ocap = interns.cap;
    char **old = interns.slots;
    interns.cap = ocap ? ocap * 2 : 4096;
    interns.slots = xcalloc(interns.cap, sizeof(char *));
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i]) continue;
        size_t j = hash_str(old[i]) & (interns.cap - 1);
        while (interns.slots[j]) j = (j + 1) & (interns.cap - 1);
        interns.slots[j] = old[i];
    }
    free(old);
}

const char *intern_n(const char *s, size_t n)
{
    if (!interns.init) {
        arena_init(&interns.arena);
        interns.init = true;
    }
    if ((interns.len + 1) * 2 > interns.cap) intern_grow();
    size_t j = hash_bytes(s, n, 0) & (interns.cap - 1);
    while (interns.slots[j]) {
        if (strncmp(interns.slots[j], s, n) == 0 && interns.slots[j][n] == 0)
            return interns.slots[j];
        j = (j + 1) & (interns.cap - 1);
    }
    char *p = arena_strndup(&interns.arena, s, n);
    interns.slots[j] = p;
    interns.len++;
    return p;
}

const char *intern(const char *s)
{
    return s ? intern_n(s, strlen(s)) : NULL;
}

void intern_shutdown(void)
{
    free(interns.slots);
    arena_free(&interns.arena);
    memset(&interns, 0, sizeof interns);
}

/* ---- files ---------------------------------------------------------------------- */

char *read_file(const char *path, size_t *len, const char **err)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        *err = errno == ENOENT ? "no such file or directory" : strerror(errno);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *err = "is a directory";
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        *err = "not a regular file";
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno == EACCES ? "permission denied" : strerror(errno);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        size_t r = fread(buf + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
        if (n + 1 == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        *err = "read error";
        return NULL;
    }
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

bool path_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool path_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

char *path_join(const char *a, const char *b)
{
    if (!a || !*a || b[0] == '/') return xstrdup(b);
    size_t la = strlen(a);
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, a);
    if (a[la - 1] != '/') sb_putc(&sb, '/');
    sb_puts(&sb, b);
    return sb_take(&sb);
}

char *path_dirname(const char *p)
{
    const char *s = strrchr(p, '/');
    if (!s) return xstrdup(".");
    if (s == p) return xstrdup("/");
    return xstrndup(p, (size_t)(s - p));
}

const char *path_basename(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

char *path_realpath(const char *p)
{
    char *r = realpath(p, NULL);
    return r;
}

char *path_relative(const char *path, const char *base)
{
    size_t lb = strlen(base);
    while (lb > 1 && base[lb - 1] == '/') lb--;
    if (strncmp(path, base, lb) == 0 && (path[lb] == '/' || path[lb] == 0)) {
        const char *r = path + lb;
        while (*r == '/') r++;
        return xstrdup(*r ? r : ".");
    }
    return xstrdup(path);
}

bool str_endswith(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

bool str_startswith(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool write_file_atomic(const char *path, const char *data, size_t len, const char **err)
{
    StrBuf tmp;
    sb_init(&tmp);
    sb_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp.data, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        *err = strerror(errno);
        sb_free(&tmp);
        return false;
    }
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w <= 0) {
            *err = strerror(errno);
            close(fd);
            unlink(tmp.data);
            sb_free(&tmp);
            return false;
        }
        off += (size_t)w;
    }
    if (close(fd) != 0 || rename(tmp.data, path) != 0) {
        *err = strerror(errno);
        unlink(tmp.data);
        sb_free(&tmp);
        return false;
    }
    sb_free(&tmp);
    return true;
}

char *exe_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return xstrdup(".");
    buf[n] = 0;
    return path_dirname(buf);
}

double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void sort_array(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1) qsort(base, n, size, cmp);
}

int cmp_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char **dir_entries(const char *dir, size_t *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    VEC(char *) v = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') VEC_PUSH(v, path_join(dir, e->d_name));
    closedir(d);
    sort_array(v.data, v.len, sizeof(char *), cmp_strings);
    *n = v.len;
    return v.data ? v.data : xcalloc(1, sizeof(char *));
}

void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

bool dir_has_c_files(const char *dir)
{
    size_t n;
    char **entries = dir_entries(dir, &n);
    bool found = false;
    for (size_t i = 0; i < n && !found; i++) found = str_endswith(entries[i], ".c") && !path_is_dir(entries[i]);
    free_strings(entries, n);
    return found;
}
