/*
 * util.h - small infrastructure shared by every stage of drvlint.
 *
 * Memory: an Arena is a bump allocator freed all at once; every stage
 * allocates its long-lived data (IR, program, rules) from an arena owned by
 * one run, so no stage frees individual objects. Short-lived growing arrays
 * use the VEC macros on the heap.
 *
 * Strings: intern() returns one canonical copy per distinct string, so
 * interned strings can be compared by pointer.
 *
 * Errors never exit() from inside a stage: functions report failure through
 * their return value and an error message; only the CLI decides the exit code.
 */
#ifndef DRVLINT_UTIL_H
#define DRVLINT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- allocation ------------------------------------------------------- */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;
    size_t total;      /* bytes handed out, for statistics */
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);          /* zeroed, 8-byte aligned */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void *arena_memdup(Arena *a, const void *p, size_t n);

/* ---- growing arrays ----------------------------------------------------
 * A VEC(T) is a struct { T *data; size_t len, cap; }. */
#define VEC(T) struct { T *data; size_t len, cap; }
#define VEC_PUSH(v, x) do {                                                  \
        if ((v).len == (v).cap) {                                            \
            (v).cap = (v).cap ? (v).cap * 2 : 8;                             \
            (v).data = xrealloc((v).data, (v).cap * sizeof(*(v).data));      \
        }                                                                    \
        (v).data[(v).len++] = (x);                                           \
    } while (0)
#define VEC_FREE(v) do { free((v).data); (v).data = NULL; (v).len = (v).cap = 0; } while (0)

/* ---- string builder ----------------------------------------------------- */
typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void sb_init(StrBuf *sb);
void sb_free(StrBuf *sb);
void sb_putc(StrBuf *sb, char c);
void sb_puts(StrBuf *sb, const char *s);
void sb_putn(StrBuf *sb, const char *s, size_t n);
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void sb_clear(StrBuf *sb);
char *sb_take(StrBuf *sb);     /* returns the heap string; sb becomes empty */
const char *sb_cstr(StrBuf *sb);

/* ---- hashing and interning ----------------------------------------------- */
uint64_t hash_bytes(const void *p, size_t n, uint64_t seed);
uint64_t hash_str(const char *s);
uint64_t hash_mix(uint64_t a, uint64_t b);

/* A map from interned-string pointers (or any non-zero key) to pointers. */
typedef struct PtrMap {
    uintptr_t *keys;
    void **vals;
    size_t cap, len;
} PtrMap;
void ptrmap_init(PtrMap *m);
void ptrmap_free(PtrMap *m);
void *ptrmap_get(const PtrMap *m, const void *key);
void ptrmap_put(PtrMap *m, const void *key, void *val);
/* Iterate: for (size_t i = 0; i < m.cap; i++) if (m.keys[i]) ... */

/* A map from non-zero 64-bit keys to 64-bit values (open addressing). */
typedef struct U64Map {
    uint64_t *keys;
    uint64_t *vals;
    size_t cap, len;
} U64Map;
void u64map_init(U64Map *m);
void u64map_free(U64Map *m);
void u64map_clear(U64Map *m);
bool u64map_get(const U64Map *m, uint64_t key, uint64_t *val);
void u64map_put(U64Map *m, uint64_t key, uint64_t val);
/* Inserts key if absent; returns true if it was absent. */
bool u64map_add(U64Map *m, uint64_t key, uint64_t val);

/* Process-wide intern table. Strings live until intern_shutdown(). */
const char *intern(const char *s);
const char *intern_n(const char *s, size_t n);
void intern_shutdown(void);

/* ---- files ---------------------------------------------------------------- */
/* Reads a whole file; returns NULL and sets *err (static text) on failure. */
char *read_file(const char *path, size_t *len, const char **err);
bool path_is_dir(const char *path);
bool path_exists(const char *path);
char *path_join(const char *a, const char *b);      /* heap */
char *path_dirname(const char *p);                  /* heap */
const char *path_basename(const char *p);
char *path_realpath(const char *p);                 /* heap or NULL */
char *path_relative(const char *path, const char *base); /* heap */
bool str_endswith(const char *s, const char *suffix);
bool str_startswith(const char *s, const char *prefix);
/* Writes data to path atomically (temp file + rename). */
bool write_file_atomic(const char *path, const char *data, size_t len, const char **err);

/* Directory containing the running executable (heap). */
char *exe_dir(void);

/* Monotonic clock in seconds. */
double now_seconds(void);

/* qsort that accepts an empty (possibly NULL) array. */
void sort_array(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
/* strcmp for sort_array over an array of char pointers. */
int cmp_strings(const void *a, const void *b);
/* The entries of a directory as full paths (dir/name), sorted, without the
   names that start with '.'; NULL (and *n = 0) when it cannot be opened.
   Release with free_strings. */
char **dir_entries(const char *dir, size_t *n);
void free_strings(char **v, size_t n);
/* Does the directory itself (not below it) hold a .c file? */
bool dir_has_c_files(const char *dir);

#endif /* DRVLINT_UTIL_H */
