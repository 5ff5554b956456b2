/*
 * store.h - the findings database (SQLite) and what incremental
 * re-analysis needs: content hashes and the dependency list of a driver.
 *
 * One database holds the history of `drvlint check` runs (docs/database.md
 * documents every table). A run is written in one transaction at its end,
 * so a run killed half-way leaves the database as it was, and readers never
 * see a partial run. The database is in WAL mode with a busy timeout, so
 * parallel jobs that share it both succeed.
 *
 * Incremental re-analysis works per driver: the results of a driver are
 * reused when a recorded analysis of the same driver (path below the source
 * root) has the same cache key (tool build, rule set, role table, compiler
 * and engine options, device model) and every dependency it recorded (the
 * driver's .c files, every header they include, model headers included)
 * still has the recorded content hash.
 *
 * Nothing here prints: failures come back as messages in a StrBuf.
 */
#ifndef DRVLINT_STORE_H
#define DRVLINT_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "frontend/frontend.h"
#include "harness/devmodel.h"
#include "program/program.h"
#include "report/finding.h"
#include "rules/rules.h"
#include "util/util.h"

struct cJSON;

/* ---- hashing ------------------------------------------------------------------ */

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t len;
    uint8_t buf[64];
    uint32_t nbuf;
} Sha256;

void sha256_init(Sha256 *c);
void sha256_update(Sha256 *c, const void *data, size_t n);
void sha256_final(Sha256 *c, uint8_t out[32]);
/* Lower-case hex digest of data (65 bytes with the terminator). */
void sha256_hex(const void *data, size_t n, char out[65]);
void sha256_final_hex(Sha256 *c, char out[65]);

/* Content hashes of files, each file read at most once per run. */
typedef struct HashCache {
    PtrMap map;               /* interned absolute path -> hex digest, or "" when unreadable */
    Arena arena;
} HashCache;

void hashcache_init(HashCache *hc);
void hashcache_free(HashCache *hc);
/* Digest of the file's content; NULL when it does not exist or cannot be
   read. */
const char *hashcache_get(HashCache *hc, const char *abs_path);

/* ---- dependencies ------------------------------------------------------------ */

typedef struct Dep {
    const char *abs;          /* absolute path (interned) */
    const char *key;          /* stored form: relative to the driver root, or "<drvlint>/include/..." */
    const char *hash;         /* hex content digest; NULL: the file must not exist */
    bool from_scan;           /* found by the include scan (else recorded from the program) */
} Dep;

typedef struct DepSet {
    Dep *v;
    size_t n, cap;
    PtrMap index;             /* abs -> index + 1 */
    bool incomplete;          /* an #include the scan could not resolve textually (macro) */
    char scan_digest[65];     /* digest over the scanned part: key and hash of each */
} DepSet;

/* Collects a driver's dependencies: its .c files and, following #include
   lines textually, every header they may include (searched like the front
   end does: the including file's directory, the translation unit's, -I
   directories and the model headers), plus the candidate paths that were
   looked at before the header was found (a file created there later would
   change what is included; recorded as "must not exist"). Conditional
   compilation is ignored, which only over-approximates. */
void deps_scan(const DriverInput *in, const FrontendOptions *fe, const char *driver_root, HashCache *hc,
               DepSet *out);
/* Adds the files the front end actually read that the scan did not find. */
void deps_add_program(DepSet *d, const Program *p, const char *driver_root, const char *model_dir, HashCache *hc);
/* True when the set contains the absolute path (interned or not). */
bool deps_contains(const DepSet *d, const char *abs);
void deps_free(DepSet *d);

/* Stored form of an absolute path for a driver (see Dep.key), heap. */
char *deps_key(const char *abs, const char *driver_root, const char *model_dir);
/* Inverse of deps_key (heap). */
char *deps_resolve(const char *key, const char *driver_root, const char *model_dir);
/* Path of `path` relative to directory `base`, with ../ where needed (heap). */
char *path_relative_up(const char *path, const char *base);

/* ---- the database -------------------------------------------------------------- */

typedef struct Store Store;

enum { STORE_SCHEMA_VERSION = 2 };
#define STORE_APPLICATION_ID 0x44524c54 /* "DRLT" */

/* Opens the database, creating it (and its directory) when create is set
   and it does not exist. A file that is not a drvlint database (not
   SQLite, corrupt, another application's, or a newer schema) is refused
   with a message and left untouched. Older schemas are migrated forward. */
Store *store_open(const char *path, bool create, StrBuf *err);
void store_close(Store *s);
const char *store_path(const Store *s);
int store_user_version(Store *s);

/* Test hook: with DRVLINT_TEST_STORE_PAUSE_MS set, store_record_run prints
   "drvlint: test: run transaction open" and sleeps half-way through the
   transaction (the kill -9 and concurrency tests use it). */

/* One driver of a run, as it goes into the database. */
typedef struct StoreDriver {
    const Program *prog;
    const Analysis *an;
    const DeviceModel *dm;
    const char *path;          /* driver path relative to the source root ("." for the root) */
    const DepSet *deps;        /* NULL: not cacheable */
    const char *cache_key;
    bool cacheable;            /* no input problems: results may be reused */
    int64_t reused_from;       /* driver row the results were loaded from; 0 = analyzed now */
    const bool *reported;      /* per finding: shown by this run (--changed); NULL = all */
    const uint8_t *state;      /* per finding: BASELINE_NEW / BASELINE_UNCHANGED / 0 unknown; NULL = unknown */
    double seconds;            /* wall time spent on the driver in this run */
} StoreDriver;

typedef struct StoreRun {
    double started, finished;  /* seconds since the epoch */
    const char *tool_version;
    const char *build_id;
    const char *arguments;     /* JSON array */
    const char *config;        /* JSON object */
    const char *mode;          /* "full", "changed", "staged" */
    const char *base_rev;      /* --changed REV (resolved), or NULL */
    const char *root;          /* analyzed tree (absolute) */
    const char *source_root;
    const char *git_commit;    /* HEAD when in a git work tree, or NULL */
    const char *baseline;      /* what --baseline named, or NULL */
    const RuleSet *rules;
    const char *ruleset;       /* digest of the rule files */
    int exit_code;
    const char *outcome;       /* "clean", "findings", "input-error" */
    StoreDriver *drivers;
    size_t ndrivers;
} StoreRun;

bool store_record_run(Store *s, const StoreRun *r, int64_t *run_id, StrBuf *err);

/* The most recent analysis of the driver whose cache key matches and whose
   recorded dependencies all still have their recorded content; 0 if none. */
int64_t store_find_reusable(Store *s, const char *driver_path, const char *cache_key, const DepSet *scan,
                            const char *driver_root, const char *model_dir, HashCache *hc);
/* Rebuilds what the reports need of a recorded driver analysis: a Program
   skeleton (files with their text read from disk, diagnostics, functions,
   entry points), the Analysis and the device model's kind. */
bool store_load_driver(Store *s, int64_t driver_id, const char *driver_root, const char *model_dir, Program **prog,
                       Analysis *an, DeviceModel *dm, int64_t *run_id, StrBuf *err);

/* ---- baselines ---------------------------------------------------------------- */

enum { BASELINE_UNKNOWN = 0, BASELINE_NEW = 1, BASELINE_UNCHANGED = 2 };

typedef struct BaselineEntry {
    char *driver;              /* driver path, or NULL when the source did not say */
    char *fingerprint;
    char *rule;
    char *path;                /* file relative to the driver root */
    uint32_t line, col;
    char *function;
    char *message;
    bool matched;
} BaselineEntry;

typedef struct Baseline {
    BaselineEntry *v;
    size_t n, cap;
    char *description;         /* "run 12", "baseline.json" */
} Baseline;

void baseline_free(Baseline *b);
void baseline_add(Baseline *b, const char *driver, const char *fingerprint, const char *rule, const char *path,
                  uint32_t line, uint32_t col, const char *function, const char *message);
/* The findings of a recorded run (all drivers) */
bool store_baseline_run(Store *s, int64_t run_id, Baseline *out, StrBuf *err);
/* The findings the latest earlier run that analyzed the driver reported for
   it; full_only: ignore --changed/--staged runs. False when there is none. */
bool store_baseline_driver(Store *s, const char *driver_path, bool full_only, Baseline *out);
/* A baseline file (`drvlint baseline save`), a drvlint JSON report or a
   SARIF file written by drvlint. */
bool baseline_load_file(const char *path, Baseline *out, StrBuf *err);
/* The baseline file document for a run (heap JSON). */
char *store_baseline_document(Store *s, int64_t run_id, StrBuf *err);
/* Marks is_new on findings not in the baseline; returns matches in
   b->v[].matched (by driver and fingerprint, then by fingerprint alone). */
void baseline_match(Baseline *b, const char *driver_path, Analysis *an);

/* ---- queries (`drvlint db`) ------------------------------------------------------ */

/* Latest run id (0 when the database has no runs). */
int64_t store_latest_run(Store *s);
bool store_run_exists(Store *s, int64_t run_id);
/* JSON arrays/objects for the db command (caller deletes). */
struct cJSON *store_query_runs(Store *s, int limit);
struct cJSON *store_query_findings(Store *s, int64_t run_id, const char *rule, bool only_new, bool suppressed);
struct cJSON *store_query_diff(Store *s, int64_t a, int64_t b);
/* Deletes all but the newest `keep` runs; returns how many were deleted, -1 on error. */
int store_prune(Store *s, int keep, StrBuf *err);

#endif /* DRVLINT_STORE_H */
