/*
 * db.c - the SQLite findings database: opening and validating it,
 * migrating its schema forward, recording a run in one transaction,
 * finding and loading reusable driver analyses, and the queries behind
 * `drvlint db` and baselines. The schema is documented in docs/database.md;
 * keep both in step (and add a migration, never edit an old one).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>

#include "store/store.h"

struct Store {
    sqlite3 *db;
    char *path;
};

/* ---- schema ---------------------------------------------------------------------- */

/* Version 1: the history of runs. */
static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE runs(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  started_at TEXT NOT NULL,\n"
    "  finished_at TEXT NOT NULL,\n"
    "  duration REAL NOT NULL,\n"
    "  tool_version TEXT NOT NULL,\n"
    "  arguments TEXT NOT NULL,\n"
    "  config TEXT NOT NULL,\n"
    "  root TEXT NOT NULL,\n"
    "  ruleset TEXT,\n"
    "  exit_code INTEGER NOT NULL,\n"
    "  outcome TEXT NOT NULL,\n"
    "  drivers INTEGER NOT NULL DEFAULT 0,\n"
    "  findings INTEGER NOT NULL DEFAULT 0,\n"
    "  suppressed INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE TABLE drivers(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,\n"
    "  path TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  root TEXT NOT NULL,\n"
    "  kind TEXT,\n"
    "  device_model TEXT,\n"
    "  lines INTEGER NOT NULL DEFAULT 0,\n"
    "  functions INTEGER NOT NULL DEFAULT 0,\n"
    "  translation_units INTEGER NOT NULL DEFAULT 0,\n"
    "  states INTEGER NOT NULL DEFAULT 0,\n"
    "  parse_seconds REAL NOT NULL DEFAULT 0,\n"
    "  lower_seconds REAL NOT NULL DEFAULT 0,\n"
    "  analysis_seconds REAL NOT NULL DEFAULT 0,\n"
    "  any_errors INTEGER NOT NULL DEFAULT 0);\n"
    "CREATE INDEX drivers_run ON drivers(run_id);\n"
    "CREATE TABLE files(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  idx INTEGER NOT NULL,\n"
    "  path TEXT NOT NULL,\n"
    "  sha256 TEXT,\n"
    "  kind TEXT NOT NULL,\n"
    "  translation_unit INTEGER NOT NULL DEFAULT 0,\n"
    "  parsed INTEGER NOT NULL DEFAULT 0,\n"
    "  problem TEXT,\n"
    "  UNIQUE(driver_id, idx));\n"
    "CREATE TABLE diagnostics(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,\n"
    "  severity TEXT NOT NULL,\n"
    "  line INTEGER NOT NULL,\n"
    "  col INTEGER NOT NULL,\n"
    "  path TEXT,\n"
    "  message TEXT NOT NULL);\n"
    "CREATE INDEX diagnostics_file ON diagnostics(file_id);\n"
    "CREATE TABLE functions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  name TEXT NOT NULL,\n"
    "  link_key TEXT NOT NULL,\n"
    "  file_idx INTEGER NOT NULL,\n"
    "  line INTEGER NOT NULL,\n"
    "  col INTEGER NOT NULL,\n"
    "  end_line INTEGER NOT NULL,\n"
    "  is_static INTEGER NOT NULL DEFAULT 0,\n"
    "  section TEXT);\n"
    "CREATE INDEX functions_driver ON functions(driver_id);\n"
    "CREATE TABLE entry_points(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  function TEXT NOT NULL,\n"
    "  link_key TEXT NOT NULL,\n"
    "  role TEXT NOT NULL,\n"
    "  typedef TEXT,\n"
    "  major_mask INTEGER NOT NULL DEFAULT 0,\n"
    "  discovered_from TEXT NOT NULL,\n"
    "  registrar TEXT,\n"
    "  reg_file_idx INTEGER,\n"
    "  reg_line INTEGER,\n"
    "  reg_col INTEGER);\n"
    "CREATE INDEX entry_points_driver ON entry_points(driver_id);\n"
    "CREATE TABLE exploration(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  function TEXT NOT NULL,\n"
    "  role TEXT NOT NULL,\n"
    "  irql TEXT,\n"
    "  states INTEGER NOT NULL,\n"
    "  steps INTEGER NOT NULL,\n"
    "  paths INTEGER NOT NULL,\n"
    "  loop_cuts INTEGER NOT NULL,\n"
    "  summary_hits INTEGER NOT NULL,\n"
    "  seconds REAL NOT NULL,\n"
    "  exhausted TEXT,\n"
    "  in_context INTEGER NOT NULL DEFAULT 0,\n"
    "  file_idx INTEGER,\n"
    "  line INTEGER,\n"
    "  col INTEGER);\n"
    "CREATE INDEX exploration_driver ON exploration(driver_id);\n"
    "CREATE TABLE rule_status(\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  rule TEXT NOT NULL,\n"
    "  applicable INTEGER NOT NULL,\n"
    "  reason TEXT,\n"
    "  PRIMARY KEY(driver_id, seq));\n"
    "CREATE TABLE notes(\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  PRIMARY KEY(driver_id, seq));\n"
    "CREATE TABLE findings(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  rule TEXT NOT NULL,\n"
    "  family TEXT,\n"
    "  severity TEXT NOT NULL,\n"
    "  file_idx INTEGER NOT NULL,\n"
    "  path TEXT NOT NULL,\n"
    "  line INTEGER NOT NULL,\n"
    "  col INTEGER NOT NULL,\n"
    "  end_line INTEGER NOT NULL,\n"
    "  end_col INTEGER NOT NULL,\n"
    "  function TEXT,\n"
    "  entry_point TEXT,\n"
    "  entry_role TEXT,\n"
    "  message TEXT NOT NULL,\n"
    "  object TEXT,\n"
    "  fingerprint TEXT NOT NULL,\n"
    "  related_file_idx INTEGER,\n"
    "  related_line INTEGER,\n"
    "  related_col INTEGER,\n"
    "  related_message TEXT,\n"
    "  suppressed INTEGER NOT NULL DEFAULT 0,\n"
    "  suppression_kind TEXT,\n"
    "  justification TEXT,\n"
    "  baseline_state TEXT);\n"
    "CREATE INDEX findings_run ON findings(run_id);\n"
    "CREATE INDEX findings_driver ON findings(driver_id);\n"
    "CREATE INDEX findings_fingerprint ON findings(fingerprint);\n"
    "CREATE TABLE trace_steps(\n"
    "  finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  file_idx INTEGER NOT NULL,\n"
    "  path TEXT NOT NULL,\n"
    "  line INTEGER NOT NULL,\n"
    "  col INTEGER NOT NULL,\n"
    "  function TEXT,\n"
    "  message TEXT NOT NULL,\n"
    "  PRIMARY KEY(finding_id, seq));\n"
    "CREATE TABLE rules(\n"
    "  ruleset TEXT NOT NULL,\n"
    "  id TEXT NOT NULL,\n"
    "  family TEXT,\n"
    "  severity TEXT,\n"
    "  title TEXT,\n"
    "  description TEXT,\n"
    "  guide TEXT,\n"
    "  sdv TEXT,\n"
    "  ca TEXT,\n"
    "  tracker INTEGER NOT NULL DEFAULT 0,\n"
    "  source TEXT,\n"
    "  PRIMARY KEY(ruleset, id));\n";

/* Version 2: incremental re-analysis (dependencies, cache keys, reuse),
   --changed/--staged runs, baselines and git provenance. */
static const char schema_v2[] =
    "ALTER TABLE runs ADD COLUMN mode TEXT NOT NULL DEFAULT 'full';\n"
    "ALTER TABLE runs ADD COLUMN base_rev TEXT;\n"
    "ALTER TABLE runs ADD COLUMN source_root TEXT;\n"
    "ALTER TABLE runs ADD COLUMN git_commit TEXT;\n"
    "ALTER TABLE runs ADD COLUMN baseline TEXT;\n"
    "ALTER TABLE runs ADD COLUMN build_id TEXT;\n"
    "ALTER TABLE runs ADD COLUMN analyzed INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE runs ADD COLUMN reused INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE runs ADD COLUMN new_findings INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE drivers ADD COLUMN cache_key TEXT;\n"
    "ALTER TABLE drivers ADD COLUMN scan_digest TEXT;\n"
    "ALTER TABLE drivers ADD COLUMN cacheable INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE drivers ADD COLUMN reused_from INTEGER REFERENCES drivers(id) ON DELETE SET NULL;\n"
    "ALTER TABLE drivers ADD COLUMN seconds REAL NOT NULL DEFAULT 0;\n"
    "ALTER TABLE findings ADD COLUMN reported INTEGER NOT NULL DEFAULT 1;\n"
    "CREATE TABLE dependencies(\n"
    "  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,\n"
    "  path TEXT NOT NULL,\n"
    "  sha256 TEXT,\n"
    "  origin TEXT NOT NULL,\n"
    "  PRIMARY KEY(driver_id, path)) WITHOUT ROWID;\n"
    "CREATE INDEX drivers_reuse ON drivers(path, cache_key, scan_digest);\n"
    "CREATE INDEX drivers_path ON drivers(path, run_id);\n";

static const char *const migrations[STORE_SCHEMA_VERSION] = {schema_v1, schema_v2};

/* ---- helpers ---------------------------------------------------------------------- */

static void db_error(Store *s, StrBuf *err, const char *what)
{
    if (err) sb_printf(err, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

static sqlite3_stmt *prep(Store *s, const char *sql, StrBuf *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        db_error(s, err, "cannot prepare a statement");
        sqlite3_finalize(st);
        return NULL;
    }
    return st;
}

static bool exec(Store *s, const char *sql, StrBuf *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err) sb_printf(err, "%s: %s", s->path, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int64_t query_int(Store *s, const char *sql, int64_t dflt)
{
    sqlite3_stmt *st = prep(s, sql, NULL);
    if (!st) return dflt;
    int64_t v = dflt;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void iso_time(double t, char out[64])
{
    time_t secs = (time_t)t;
    struct tm tm;
    gmtime_r(&secs, &tm);
    int ms = (int)((t - (double)secs) * 1000.0);
    if (ms < 0) ms = 0;
    if (ms > 999) ms = 999;
    snprintf(out, 64, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
             tm.tm_min, tm.tm_sec, ms);
}

/* ---- opening ------------------------------------------------------------------------ */

static bool mkdir_parents(const char *path)
{
    char *dir = path_dirname(path);
    bool ok = true;
    if (!path_is_dir(dir)) {
        ok = mkdir_parents(dir);
        if (ok && mkdir(dir, 0777) != 0 && errno != EEXIST) ok = false;
    }
    free(dir);
    return ok;
}

const char *store_path(const Store *s)
{
    return s->path;
}

int store_user_version(Store *s)
{
    return (int)query_int(s, "PRAGMA user_version", -1);
}

void store_close(Store *s)
{
    if (!s) return;
    sqlite3_close_v2(s->db);
    free(s->path);
    free(s);
}

static bool migrate(Store *s, StrBuf *err)
{
    /* cheap check first: nothing to do in the common case */
    if (query_int(s, "PRAGMA user_version", -1) == STORE_SCHEMA_VERSION) return true;
    if (!exec(s, "BEGIN IMMEDIATE", err)) return false;
    int64_t v = query_int(s, "PRAGMA user_version", -1);
    if (v < 0 || v > STORE_SCHEMA_VERSION) {
        sb_printf(err, "%s: unexpected schema version %lld", s->path, (long long)v);
        exec(s, "ROLLBACK", NULL);
        return false;
    }
    for (int64_t k = v; k < STORE_SCHEMA_VERSION; k++) {
        if (!exec(s, migrations[k], err)) {
            exec(s, "ROLLBACK", NULL);
            return false;
        }
    }
    char sql[160];
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;", STORE_APPLICATION_ID,
             STORE_SCHEMA_VERSION);
    if (!exec(s, sql, err)) {
        exec(s, "ROLLBACK", NULL);
        return false;
    }
    if (v == 0 && !exec(s, "INSERT OR REPLACE INTO meta(key, value) VALUES('application', 'drvlint')", err)) {
        exec(s, "ROLLBACK", NULL);
        return false;
    }
    return exec(s, "COMMIT", err);
}

Store *store_open(const char *path, bool create, StrBuf *err)
{
    struct stat st;
    bool exists = stat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        sb_printf(err, "%s: not a regular file", path);
        return NULL;
    }
    if (!exists && !create) {
        sb_printf(err, "%s: no such database", path);
        return NULL;
    }
    if (exists && st.st_size > 0) {
        /* Look at the header ourselves: SQLite may not complain before it
           writes, and a file that is not ours must stay untouched. */
        FILE *f = fopen(path, "rb");
        if (!f) {
            sb_printf(err, "%s: %s", path, strerror(errno));
            return NULL;
        }
        char hdr[16] = {0};
        size_t n = fread(hdr, 1, sizeof hdr, f);
        fclose(f);
        if (n < 16 || memcmp(hdr, "SQLite format 3", 16) != 0) {
            sb_printf(err, "%s: not a drvlint database (not an SQLite file); refusing to use it", path);
            return NULL;
        }
        if (access(path, W_OK) != 0) {
            sb_printf(err, "%s: database is not writable: %s", path, strerror(errno));
            return NULL;
        }
    }
    if (!exists && !mkdir_parents(path)) {
        sb_printf(err, "%s: cannot create the directory: %s", path, strerror(errno));
        return NULL;
    }
    Store *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        sb_printf(err, "%s: cannot open the database: %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 120000);
    sqlite3_extended_result_codes(s->db, 1);
    /* Validate before anything writes (journal mode, migrations). */
    sqlite3_stmt *q = NULL;
    int64_t app = 0, ver = 0, objects = 0;
    int rc = sqlite3_prepare_v2(s->db, "SELECT (SELECT application_id FROM pragma_application_id),"
                                       " (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT count(*) FROM sqlite_master)", -1, &q, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        app = sqlite3_column_int64(q, 0);
        ver = sqlite3_column_int64(q, 1);
        objects = sqlite3_column_int64(q, 2);
        rc = SQLITE_OK;
    }
    int prim = rc & 0xff;
    if (rc != SQLITE_OK) {
        if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT)
            sb_printf(err, "%s: the database is corrupt or not a drvlint database (%s); refusing to use it", path,
                      sqlite3_errmsg(s->db));
        else
            sb_printf(err, "%s: cannot read the database: %s", path, sqlite3_errmsg(s->db));
        sqlite3_finalize(q);
        store_close(s);
        return NULL;
    }
    sqlite3_finalize(q);
    if (app != STORE_APPLICATION_ID && !(app == 0 && objects == 0)) {
        sb_printf(err, "%s: not a drvlint database (an SQLite database of another application); refusing to use it",
                  path);
        store_close(s);
        return NULL;
    }
    if (ver > STORE_SCHEMA_VERSION) {
        sb_printf(err, "%s: written by a newer drvlint (schema version %lld; this drvlint knows up to %d)", path,
                  (long long)ver, STORE_SCHEMA_VERSION);
        store_close(s);
        return NULL;
    }
    if (objects > 0) {
        q = NULL;
        rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &q, NULL);
        if (rc == SQLITE_OK) rc = sqlite3_step(q);
        const char *res = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : NULL;
        if (!res || strcmp(res, "ok") != 0) {
            sb_printf(err, "%s: the database is corrupt (%s); refusing to use it", path,
                      res ? res : sqlite3_errmsg(s->db));
            sqlite3_finalize(q);
            store_close(s);
            return NULL;
        }
        sqlite3_finalize(q);
    }
    StrBuf e2;
    sb_init(&e2);
    if (!exec(s, "PRAGMA journal_mode=WAL", &e2) || !exec(s, "PRAGMA synchronous=NORMAL", &e2) ||
        !exec(s, "PRAGMA foreign_keys=ON", &e2) || !migrate(s, &e2)) {
        sb_puts(err, sb_cstr(&e2));
        sb_free(&e2);
        store_close(s);
        return NULL;
    }
    sb_free(&e2);
    return s;
}

/* ---- recording a run ------------------------------------------------------------------ */

enum {
    S_RUN, S_RULE, S_DRIVER, S_FILE, S_DIAG, S_DEP, S_FUNC, S_ENTRY, S_EXPL, S_RSTAT, S_NOTE, S_FINDING, S_TRACE,
    S_COUNT
};

static const char *const insert_sql[S_COUNT] = {
    "INSERT INTO runs(started_at, finished_at, duration, tool_version, arguments, config, root, ruleset, exit_code,"
    " outcome, drivers, findings, suppressed, mode, base_rev, source_root, git_commit, baseline, build_id, analyzed,"
    " reused, new_findings) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO rules(ruleset, id, family, severity, title, description, guide, sdv, ca, tracker, source)"
    " VALUES(?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO drivers(run_id, path, name, root, kind, device_model, lines, functions, translation_units, states,"
    " parse_seconds, lower_seconds, analysis_seconds, any_errors, cache_key, scan_digest, cacheable, reused_from,"
    " seconds) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO files(driver_id, idx, path, sha256, kind, translation_unit, parsed, problem) VALUES(?,?,?,?,?,?,?,?)",
    "INSERT INTO diagnostics(file_id, severity, line, col, path, message) VALUES(?,?,?,?,?,?)",
    "INSERT OR REPLACE INTO dependencies(driver_id, path, sha256, origin) VALUES(?,?,?,?)",
    "INSERT INTO functions(driver_id, name, link_key, file_idx, line, col, end_line, is_static, section)"
    " VALUES(?,?,?,?,?,?,?,?,?)",
    "INSERT INTO entry_points(driver_id, seq, function, link_key, role, typedef, major_mask, discovered_from,"
    " registrar, reg_file_idx, reg_line, reg_col) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO exploration(driver_id, seq, function, role, irql, states, steps, paths, loop_cuts, summary_hits,"
    " seconds, exhausted, file_idx, line, col, in_context) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO rule_status(driver_id, seq, rule, applicable, reason) VALUES(?,?,?,?,?)",
    "INSERT INTO notes(driver_id, seq, text) VALUES(?,?,?)",
    "INSERT INTO findings(run_id, driver_id, seq, rule, family, severity, file_idx, path, line, col, end_line,"
    " end_col, function, entry_point, entry_role, message, object, fingerprint, related_file_idx, related_line,"
    " related_col, related_message, suppressed, suppression_kind, justification, baseline_state, reported)"
    " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO trace_steps(finding_id, seq, file_idx, path, line, col, function, message) VALUES(?,?,?,?,?,?,?,?)",
};

typedef struct Writer {
    Store *s;
    sqlite3_stmt *st[S_COUNT];
    StrBuf *err;
    bool failed;
} Writer;

static bool w_step(Writer *w, int which)
{
    sqlite3_stmt *st = w->st[which];
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        if (!w->failed) db_error(w->s, w->err, "cannot record the run");
        w->failed = true;
        return false;
    }
    return true;
}

static const char *file_kind(const SourceFile *sf)
{
    if (sf->is_system) return "model";
    if (sf->is_main || str_endswith(sf->path, ".c")) return "source";
    return "header";
}

static const char *role_source_name(RoleSource s)
{
    return s == ROLE_FROM_DECL ? "declaration" : s == ROLE_FROM_STORE ? "store" : "argument";
}

static bool write_driver(Writer *w, int64_t run_id, const StoreDriver *d)
{
    const Program *p = d->prog;
    const Analysis *a = d->an;
    sqlite3_stmt *st = w->st[S_DRIVER];
    uint32_t tus = 0;
    for (uint32_t i = 0; i < p->nfiles; i++) tus += p->files[i].is_main;
    sqlite3_bind_int64(st, 1, run_id);
    bind_text(st, 2, d->path);
    bind_text(st, 3, p->name);
    bind_text(st, 4, p->root);
    bind_text(st, 5, d->dm && d->dm->kind ? d->dm->kind : NULL);
    bind_text(st, 6, d->dm && d->dm->from_file ? d->dm->path : NULL);
    sqlite3_bind_int64(st, 7, p->nlines);
    sqlite3_bind_int64(st, 8, p->nfuncs);
    sqlite3_bind_int64(st, 9, tus);
    sqlite3_bind_int64(st, 10, a->total_states);
    sqlite3_bind_double(st, 11, p->parse_seconds);
    sqlite3_bind_double(st, 12, p->lower_seconds);
    sqlite3_bind_double(st, 13, a->seconds);
    sqlite3_bind_int(st, 14, p->any_errors);
    bind_text(st, 15, d->cache_key);
    bind_text(st, 16, d->deps ? d->deps->scan_digest : NULL);
    sqlite3_bind_int(st, 17, d->cacheable && d->deps);
    if (d->reused_from) sqlite3_bind_int64(st, 18, d->reused_from);
    else sqlite3_bind_null(st, 18);
    sqlite3_bind_double(st, 19, d->seconds);
    if (!w_step(w, S_DRIVER)) return false;
    int64_t did = sqlite3_last_insert_rowid(w->s->db);

    for (uint32_t i = 0; i < p->nfiles; i++) {
        const SourceFile *sf = &p->files[i];
        st = w->st[S_FILE];
        sqlite3_bind_int64(st, 1, did);
        sqlite3_bind_int64(st, 2, i);
        bind_text(st, 3, sf->path);
        const char *hash = NULL;
        char hex[65];
        if (d->deps && sf->abs) {
            uintptr_t k = (uintptr_t)ptrmap_get(&d->deps->index, intern(sf->abs));
            if (k) hash = d->deps->v[k - 1].hash;
        }
        if (!hash && sf->text) {
            sha256_hex(sf->text, sf->len, hex);
            hash = hex;
        }
        bind_text(st, 4, hash);
        bind_text(st, 5, file_kind(sf));
        sqlite3_bind_int(st, 6, sf->is_main);
        sqlite3_bind_int(st, 7, sf->parsed);
        bind_text(st, 8, sf->problem);
        if (!w_step(w, S_FILE)) return false;
        int64_t fid = sqlite3_last_insert_rowid(w->s->db);
        for (uint32_t k = 0; k < sf->ndiags; k++) {
            const Diag *dg = &sf->diags[k];
            st = w->st[S_DIAG];
            sqlite3_bind_int64(st, 1, fid);
            bind_text(st, 2, dg->severity >= DIAG_ERROR ? (dg->severity == DIAG_FATAL ? "fatal" : "error")
                                                        : dg->severity == DIAG_WARNING ? "warning" : "note");
            sqlite3_bind_int64(st, 3, dg->line);
            sqlite3_bind_int64(st, 4, dg->col);
            bind_text(st, 5, dg->file);
            bind_text(st, 6, dg->message);
            if (!w_step(w, S_DIAG)) return false;
        }
    }
    for (size_t i = 0; d->deps && i < d->deps->n; i++) {
        const Dep *dp = &d->deps->v[i];
        st = w->st[S_DEP];
        sqlite3_bind_int64(st, 1, did);
        bind_text(st, 2, dp->key);
        bind_text(st, 3, dp->hash);
        bind_text(st, 4, dp->from_scan ? "scan" : "program");
        if (!w_step(w, S_DEP)) return false;
    }
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        const Func *f = p->funcs[i];
        st = w->st[S_FUNC];
        sqlite3_bind_int64(st, 1, did);
        bind_text(st, 2, f->name);
        bind_text(st, 3, f->key ? f->key : f->name);
        sqlite3_bind_int64(st, 4, f->loc.file);
        sqlite3_bind_int64(st, 5, f->loc.line);
        sqlite3_bind_int64(st, 6, f->loc.col);
        sqlite3_bind_int64(st, 7, f->end.line);
        sqlite3_bind_int(st, 8, f->is_static);
        bind_text(st, 9, f->section);
        if (!w_step(w, S_FUNC)) return false;
    }
    for (uint32_t i = 0; i < p->nentries; i++) {
        const EntryPoint *e = &p->entries[i];
        st = w->st[S_ENTRY];
        sqlite3_bind_int64(st, 1, did);
        sqlite3_bind_int64(st, 2, i);
        bind_text(st, 3, e->func->name);
        bind_text(st, 4, e->func->key ? e->func->key : e->func->name);
        bind_text(st, 5, e->role);
        bind_text(st, 6, e->typedef_name);
        sqlite3_bind_int64(st, 7, e->major_mask_lo);
        bind_text(st, 8, role_source_name(e->source));
        bind_text(st, 9, e->registrar);
        sqlite3_bind_int64(st, 10, e->reg_loc.file);
        sqlite3_bind_int64(st, 11, e->reg_loc.line);
        sqlite3_bind_int64(st, 12, e->reg_loc.col);
        if (!w_step(w, S_ENTRY)) return false;
    }
    for (uint32_t i = 0; i < a->nentries; i++) {
        const EntryStats *e = &a->entries[i];
        st = w->st[S_EXPL];
        sqlite3_bind_int64(st, 1, did);
        sqlite3_bind_int64(st, 2, i);
        bind_text(st, 3, e->function);
        bind_text(st, 4, e->role);
        bind_text(st, 5, e->irql);
        sqlite3_bind_int64(st, 6, e->states);
        sqlite3_bind_int64(st, 7, e->steps);
        sqlite3_bind_int64(st, 8, e->paths);
        sqlite3_bind_int64(st, 9, e->loop_cuts);
        sqlite3_bind_int64(st, 10, e->summary_hits);
        sqlite3_bind_double(st, 11, e->seconds);
        bind_text(st, 12, e->exhausted);
        sqlite3_bind_int64(st, 13, e->loc.file);
        sqlite3_bind_int64(st, 14, e->loc.line);
        sqlite3_bind_int64(st, 15, e->loc.col);
        sqlite3_bind_int(st, 16, e->in_context);
        if (!w_step(w, S_EXPL)) return false;
    }
    for (uint32_t i = 0; i < a->nrules; i++) {
        st = w->st[S_RSTAT];
        sqlite3_bind_int64(st, 1, did);
        sqlite3_bind_int64(st, 2, i);
        bind_text(st, 3, a->rules[i].rule);
        sqlite3_bind_int(st, 4, a->rules[i].applicable);
        bind_text(st, 5, a->rules[i].reason);
        if (!w_step(w, S_RSTAT)) return false;
    }
    for (uint32_t i = 0; i < a->nnotes; i++) {
        st = w->st[S_NOTE];
        sqlite3_bind_int64(st, 1, did);
        sqlite3_bind_int64(st, 2, i);
        bind_text(st, 3, a->notes[i]);
        if (!w_step(w, S_NOTE)) return false;
    }
    for (uint32_t i = 0; i < a->nfindings; i++) {
        const Finding *f = &a->findings[i];
        st = w->st[S_FINDING];
        sqlite3_bind_int64(st, 1, run_id);
        sqlite3_bind_int64(st, 2, did);
        sqlite3_bind_int64(st, 3, i);
        bind_text(st, 4, f->rule);
        bind_text(st, 5, f->family);
        bind_text(st, 6, severity_name(f->severity));
        sqlite3_bind_int64(st, 7, f->loc.file);
        bind_text(st, 8, program_loc_path(p, f->loc));
        sqlite3_bind_int64(st, 9, f->loc.line);
        sqlite3_bind_int64(st, 10, f->loc.col);
        sqlite3_bind_int64(st, 11, f->end.line ? f->end.line : f->loc.line);
        sqlite3_bind_int64(st, 12, f->end.line ? f->end.col : f->loc.col);
        bind_text(st, 13, f->function);
        bind_text(st, 14, f->entry);
        bind_text(st, 15, f->entry_role);
        bind_text(st, 16, f->message ? f->message : "");
        bind_text(st, 17, f->object);
        bind_text(st, 18, f->fingerprint);
        if (f->has_related) {
            sqlite3_bind_int64(st, 19, f->related.file);
            sqlite3_bind_int64(st, 20, f->related.line);
            sqlite3_bind_int64(st, 21, f->related.col);
            bind_text(st, 22, f->related_message ? f->related_message : "");
        }
        sqlite3_bind_int(st, 23, f->suppressed);
        bind_text(st, 24, f->suppressed ? f->suppression_kind : NULL);
        bind_text(st, 25, f->suppressed ? f->justification : NULL);
        uint8_t state = d->state ? d->state[i] : BASELINE_UNKNOWN;
        bind_text(st, 26, state == BASELINE_NEW ? "new" : state == BASELINE_UNCHANGED ? "unchanged" : NULL);
        sqlite3_bind_int(st, 27, d->reported ? d->reported[i] : 1);
        if (!w_step(w, S_FINDING)) return false;
        int64_t fid = sqlite3_last_insert_rowid(w->s->db);
        for (uint32_t t = 0; t < f->ntrace; t++) {
            const TraceStep *ts = &f->trace[t];
            st = w->st[S_TRACE];
            sqlite3_bind_int64(st, 1, fid);
            sqlite3_bind_int64(st, 2, t);
            sqlite3_bind_int64(st, 3, ts->loc.file);
            bind_text(st, 4, program_loc_path(p, ts->loc));
            sqlite3_bind_int64(st, 5, ts->loc.line);
            sqlite3_bind_int64(st, 6, ts->loc.col);
            bind_text(st, 7, ts->function);
            bind_text(st, 8, ts->message ? ts->message : "");
            if (!w_step(w, S_TRACE)) return false;
        }
    }
    return true;
}

static void test_pause(void)
{
    const char *env = getenv("DRVLINT_TEST_STORE_PAUSE_MS");
    if (!env || !*env) return;
    long ms = strtol(env, NULL, 10);
    if (ms <= 0) return;
    fprintf(stderr, "drvlint: test: run transaction open\n");
    fflush(stderr);
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

bool store_record_run(Store *s, const StoreRun *r, int64_t *run_id, StrBuf *err)
{
    Writer w;
    memset(&w, 0, sizeof w);
    w.s = s;
    w.err = err;
    /* Take the write lock first: preparing statements and everything else
       happens inside the one transaction. */
    if (!exec(s, "BEGIN IMMEDIATE", err)) return false;
    for (int i = 0; i < S_COUNT; i++) {
        w.st[i] = prep(s, insert_sql[i], err);
        if (!w.st[i]) w.failed = true;
    }
    uint32_t findings = 0, suppressed = 0, fresh = 0, analyzed = 0, reused = 0;
    for (size_t i = 0; i < r->ndrivers; i++) {
        const StoreDriver *d = &r->drivers[i];
        if (d->reused_from) reused++;
        else analyzed++;
        for (uint32_t k = 0; k < d->an->nfindings; k++) {
            if (d->an->findings[k].suppressed) suppressed++;
            else findings++;
            if (d->state && d->state[k] == BASELINE_NEW && !d->an->findings[k].suppressed) fresh++;
        }
    }
    if (!w.failed) {
        char t0[64], t1[64];
        iso_time(r->started, t0);
        iso_time(r->finished, t1);
        sqlite3_stmt *st = w.st[S_RUN];
        bind_text(st, 1, t0);
        bind_text(st, 2, t1);
        sqlite3_bind_double(st, 3, r->finished - r->started);
        bind_text(st, 4, r->tool_version);
        bind_text(st, 5, r->arguments ? r->arguments : "[]");
        bind_text(st, 6, r->config ? r->config : "{}");
        bind_text(st, 7, r->root ? r->root : "");
        bind_text(st, 8, r->ruleset);
        sqlite3_bind_int(st, 9, r->exit_code);
        bind_text(st, 10, r->outcome ? r->outcome : "");
        sqlite3_bind_int64(st, 11, (int64_t)r->ndrivers);
        sqlite3_bind_int64(st, 12, findings);
        sqlite3_bind_int64(st, 13, suppressed);
        bind_text(st, 14, r->mode ? r->mode : "full");
        bind_text(st, 15, r->base_rev);
        bind_text(st, 16, r->source_root);
        bind_text(st, 17, r->git_commit);
        bind_text(st, 18, r->baseline);
        bind_text(st, 19, r->build_id);
        sqlite3_bind_int64(st, 20, analyzed);
        sqlite3_bind_int64(st, 21, reused);
        sqlite3_bind_int64(st, 22, fresh);
        w_step(&w, S_RUN);
    }
    int64_t rid = w.failed ? 0 : sqlite3_last_insert_rowid(s->db);
    if (!w.failed && r->rules) {
        for (uint32_t i = 0; i < rules_count(r->rules) && !w.failed; i++) {
            const RuleInfo *ri = rules_info(r->rules, i);
            sqlite3_stmt *st = w.st[S_RULE];
            bind_text(st, 1, r->ruleset ? r->ruleset : "");
            bind_text(st, 2, ri->id);
            bind_text(st, 3, ri->family);
            bind_text(st, 4, severity_name(ri->severity));
            bind_text(st, 5, ri->title);
            bind_text(st, 6, ri->description);
            bind_text(st, 7, ri->guide);
            bind_text(st, 8, ri->sdv);
            bind_text(st, 9, ri->ca);
            sqlite3_bind_int(st, 10, ri->is_tracker);
            bind_text(st, 11, ri->path);
            w_step(&w, S_RULE);
        }
    }
    for (size_t i = 0; i < r->ndrivers && !w.failed; i++) {
        write_driver(&w, rid, &r->drivers[i]);
        if (i == r->ndrivers / 2) test_pause();
    }
    if (r->ndrivers == 0) test_pause();
    for (int i = 0; i < S_COUNT; i++) sqlite3_finalize(w.st[i]);
    if (w.failed) {
        exec(s, "ROLLBACK", NULL);
        return false;
    }
    if (!exec(s, "COMMIT", err)) {
        exec(s, "ROLLBACK", NULL);
        return false;
    }
    *run_id = rid;
    return true;
}

/* ---- reuse ------------------------------------------------------------------------------- */

int64_t store_find_reusable(Store *s, const char *driver_path, const char *cache_key, const DepSet *scan,
                            const char *driver_root, const char *model_dir, HashCache *hc)
{
    sqlite3_stmt *st = prep(s,
                            "SELECT id FROM drivers WHERE path = ? AND cache_key = ? AND scan_digest = ?"
                            " AND cacheable = 1 ORDER BY id DESC LIMIT 1",
                            NULL);
    if (!st) return 0;
    bind_text(st, 1, driver_path);
    bind_text(st, 2, cache_key);
    bind_text(st, 3, scan->scan_digest);
    int64_t id = 0;
    if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (!id) return 0;
    /* The scanned part matches by digest; the files recorded from the
       program (not found by the scan) must still have their content. */
    st = prep(s, "SELECT path, sha256 FROM dependencies WHERE driver_id = ? AND origin = 'program'", NULL);
    if (!st) return 0;
    sqlite3_bind_int64(st, 1, id);
    bool ok = true;
    while (ok && sqlite3_step(st) == SQLITE_ROW) {
        const char *key = col_text(st, 0), *want = col_text(st, 1);
        char *abs = deps_resolve(key ? key : "", driver_root, model_dir);
        const char *have = hashcache_get(hc, abs);
        free(abs);
        if (!have || !want || strcmp(have, want) != 0) ok = false;
    }
    sqlite3_finalize(st);
    return ok ? id : 0;
}

static Loc mkloc(sqlite3_stmt *st, int fcol, uint32_t nfiles)
{
    Loc l;
    memset(&l, 0, sizeof l);
    int64_t f = sqlite3_column_int64(st, fcol);
    l.file = f >= 0 && (uint64_t)f < nfiles ? (uint32_t)f : 0;
    l.line = (uint32_t)sqlite3_column_int64(st, fcol + 1);
    l.col = (uint32_t)sqlite3_column_int64(st, fcol + 2);
    return l;
}

static const char *arena_col(Arena *a, sqlite3_stmt *st, int i)
{
    const char *t = col_text(st, i);
    return t ? arena_strdup(a, t) : NULL;
}

static const char *intern_col(sqlite3_stmt *st, int i)
{
    const char *t = col_text(st, i);
    return t ? intern(t) : NULL;
}

static Severity severity_from(const char *s)
{
    if (s && strcmp(s, "error") == 0) return SEV_ERROR;
    if (s && strcmp(s, "warning") == 0) return SEV_WARNING;
    return SEV_NOTE;
}

static DiagSeverity diag_from(const char *s)
{
    if (!s) return DIAG_NOTE;
    if (strcmp(s, "fatal") == 0) return DIAG_FATAL;
    if (strcmp(s, "error") == 0) return DIAG_ERROR;
    if (strcmp(s, "warning") == 0) return DIAG_WARNING;
    return DIAG_NOTE;
}

bool store_load_driver(Store *s, int64_t driver_id, const char *driver_root, const char *model_dir, Program **prog,
                       Analysis *an, DeviceModel *dm, int64_t *run_id, StrBuf *err)
{
    *prog = NULL;
    sqlite3_stmt *st = prep(s,
                            "SELECT run_id, name, kind, device_model, lines, parse_seconds, lower_seconds,"
                            " analysis_seconds, states, any_errors, translation_units FROM drivers WHERE id = ?",
                            err);
    if (!st) return false;
    sqlite3_bind_int64(st, 1, driver_id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sb_printf(err, "%s: driver analysis %lld is missing", s->path, (long long)driver_id);
        sqlite3_finalize(st);
        return false;
    }
    Program *p = xcalloc(1, sizeof *p);
    arena_init(&p->arena);
    p->root = intern(driver_root);
    p->name = intern_col(st, 1);
    if (!p->name) p->name = intern(path_basename(driver_root));
    if (run_id) *run_id = sqlite3_column_int64(st, 0);
    const char *kind = col_text(st, 2), *dmpath = col_text(st, 3);
    dm->kind = arena_strdup(&dm->arena, kind ? kind : "unknown");
    if (dmpath) {
        dm->from_file = true;
        dm->path = arena_strdup(&dm->arena, dmpath);
    }
    p->nlines = (uint32_t)sqlite3_column_int64(st, 4);
    p->parse_seconds = sqlite3_column_double(st, 5);
    p->lower_seconds = sqlite3_column_double(st, 6);
    an->seconds = sqlite3_column_double(st, 7);
    an->total_states = (uint32_t)sqlite3_column_int64(st, 8);
    p->any_errors = sqlite3_column_int(st, 9) != 0;
    p->ntus = (uint32_t)sqlite3_column_int64(st, 10);
    sqlite3_finalize(st);
    bool ok = true;

    /* files and their diagnostics */
    st = prep(s, "SELECT idx, path, kind, translation_unit, parsed, problem, id FROM files WHERE driver_id = ?"
                 " ORDER BY idx", err);
    ok = st != NULL;
    if (st) sqlite3_bind_int64(st, 1, driver_id);
    VEC(int64_t) file_ids = {0};
    while (ok && sqlite3_step(st) == SQLITE_ROW) {
        uint32_t idx = (uint32_t)sqlite3_column_int64(st, 0);
        if (idx != p->nfiles) {
            sb_printf(err, "%s: driver analysis %lld has inconsistent file records", s->path, (long long)driver_id);
            ok = false;
            break;
        }
        p->files = xrealloc(p->files, sizeof(SourceFile) * (p->nfiles + 1));
        SourceFile *sf = &p->files[p->nfiles++];
        memset(sf, 0, sizeof *sf);
        const char *path = col_text(st, 1), *fk = col_text(st, 2);
        sf->path = intern(path ? path : "?");
        sf->is_system = fk && strcmp(fk, "model") == 0;
        char *abs = NULL;
        if (sf->is_system) abs = deps_resolve(sf->path, driver_root, model_dir);
        else abs = deps_resolve(sf->path, driver_root, model_dir);
        sf->abs = intern(abs);
        free(abs);
        sf->is_main = sqlite3_column_int(st, 3) != 0;
        sf->parsed = sqlite3_column_int(st, 4) != 0;
        sf->problem = arena_col(&p->arena, st, 5);
        sf->parse_failed = sf->is_main && !sf->parsed && sf->problem; /* libclang gave nothing */
        VEC_PUSH(file_ids, sqlite3_column_int64(st, 6));
        if (!sf->is_system) {
            const char *why;
            size_t len;
            char *text = read_file(sf->abs, &len, &why);
            if (text) {
                sf->text = arena_strndup(&p->arena, text, len);
                sf->len = len;
                sf->hash = hash_bytes(text, len, 0);
                free(text);
            }
        }
    }
    sqlite3_finalize(st);
    if (ok) {
        st = prep(s, "SELECT severity, line, col, path, message FROM diagnostics WHERE file_id = ? ORDER BY id", err);
        ok = st != NULL;
        for (uint32_t i = 0; ok && i < p->nfiles; i++) {
            sqlite3_bind_int64(st, 1, file_ids.data[i]);
            SourceFile *sf = &p->files[i];
            while (sqlite3_step(st) == SQLITE_ROW) {
                sf->diags = xrealloc(sf->diags, sizeof(Diag) * (sf->ndiags + 1));
                Diag *dg = &sf->diags[sf->ndiags++];
                dg->severity = diag_from(col_text(st, 0));
                dg->line = (uint32_t)sqlite3_column_int64(st, 1);
                dg->col = (uint32_t)sqlite3_column_int64(st, 2);
                dg->file = intern_col(st, 3);
                dg->message = arena_col(&p->arena, st, 4);
                if (!dg->message) dg->message = "";
                if (dg->severity >= DIAG_ERROR) sf->nerrors++;
            }
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    }
    VEC_FREE(file_ids);

    /* functions */
    if (ok) {
        st = prep(s, "SELECT name, link_key, file_idx, line, col, end_line, is_static, section FROM functions"
                     " WHERE driver_id = ? ORDER BY id", err);
        ok = st != NULL;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        VEC(Func *) fns = {0};
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            Func *f = arena_alloc(&p->arena, sizeof(Func));
            f->name = intern_col(st, 0);
            if (!f->name) f->name = intern("?");
            f->key = intern_col(st, 1);
            f->loc = mkloc(st, 2, p->nfiles);
            f->file = f->loc.file;
            f->end = f->loc;
            f->end.line = (uint32_t)sqlite3_column_int64(st, 5);
            f->is_static = sqlite3_column_int(st, 6) != 0;
            f->section = intern_col(st, 7);
            VEC_PUSH(fns, f);
        }
        sqlite3_finalize(st);
        p->nfuncs = (uint32_t)fns.len;
        p->funcs = fns.len ? arena_memdup(&p->arena, fns.data, fns.len * sizeof(Func *)) : NULL;
        VEC_FREE(fns);
    }

    /* entry points */
    if (ok) {
        st = prep(s, "SELECT function, link_key, role, typedef, major_mask, discovered_from, registrar, reg_file_idx,"
                     " reg_line, reg_col FROM entry_points WHERE driver_id = ? ORDER BY seq", err);
        ok = st != NULL;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        VEC(EntryPoint) eps = {0};
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            EntryPoint e;
            memset(&e, 0, sizeof e);
            const char *name = intern_col(st, 0), *key = intern_col(st, 1);
            for (uint32_t i = 0; i < p->nfuncs && !e.func; i++)
                if (p->funcs[i]->key == key) e.func = p->funcs[i];
            for (uint32_t i = 0; i < p->nfuncs && !e.func; i++)
                if (p->funcs[i]->name == name) e.func = p->funcs[i];
            if (!e.func) {
                Func *f = arena_alloc(&p->arena, sizeof(Func));
                f->name = name ? name : intern("?");
                f->key = key;
                e.func = f;
            }
            e.role = intern_col(st, 2);
            if (!e.role) e.role = intern("");
            e.typedef_name = intern_col(st, 3);
            e.major_mask_lo = (int)sqlite3_column_int64(st, 4);
            const char *src = col_text(st, 5);
            e.source = src && strcmp(src, "store") == 0 ? ROLE_FROM_STORE
                       : src && strcmp(src, "argument") == 0 ? ROLE_FROM_ARG : ROLE_FROM_DECL;
            e.registrar = intern_col(st, 6);
            e.reg_loc = mkloc(st, 7, p->nfiles);
            VEC_PUSH(eps, e);
        }
        sqlite3_finalize(st);
        p->nentries = (uint32_t)eps.len;
        p->entries = eps.len ? arena_memdup(&p->arena, eps.data, eps.len * sizeof(EntryPoint)) : NULL;
        VEC_FREE(eps);
    }

    /* exploration statistics, rule applicability, notes */
    if (ok) {
        st = prep(s, "SELECT function, role, irql, states, steps, paths, loop_cuts, summary_hits, seconds, exhausted,"
                     " file_idx, line, col, in_context FROM exploration WHERE driver_id = ? ORDER BY seq", err);
        ok = st != NULL;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        VEC(EntryStats) es = {0};
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            EntryStats e;
            memset(&e, 0, sizeof e);
            e.function = intern_col(st, 0);
            e.role = intern_col(st, 1);
            e.irql = intern_col(st, 2);
            if (!e.function) e.function = "";
            if (!e.role) e.role = "";
            if (!e.irql) e.irql = "";
            e.states = (uint32_t)sqlite3_column_int64(st, 3);
            e.steps = (uint32_t)sqlite3_column_int64(st, 4);
            e.paths = (uint32_t)sqlite3_column_int64(st, 5);
            e.loop_cuts = (uint32_t)sqlite3_column_int64(st, 6);
            e.summary_hits = (uint32_t)sqlite3_column_int64(st, 7);
            e.seconds = sqlite3_column_double(st, 8);
            e.exhausted = intern_col(st, 9);
            e.loc = mkloc(st, 10, p->nfiles);
            e.in_context = sqlite3_column_int(st, 13) != 0;
            VEC_PUSH(es, e);
        }
        sqlite3_finalize(st);
        an->entries = es.data;
        an->nentries = (uint32_t)es.len;
    }
    if (ok) {
        st = prep(s, "SELECT rule, applicable, reason FROM rule_status WHERE driver_id = ? ORDER BY seq", err);
        ok = st != NULL;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        VEC(RuleStatus) rs = {0};
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            RuleStatus r;
            r.rule = intern_col(st, 0);
            if (!r.rule) r.rule = "";
            r.applicable = sqlite3_column_int(st, 1) != 0;
            r.reason = arena_col(&an->arena, st, 2);
            VEC_PUSH(rs, r);
        }
        sqlite3_finalize(st);
        an->rules = rs.data;
        an->nrules = (uint32_t)rs.len;
    }
    if (ok) {
        st = prep(s, "SELECT text FROM notes WHERE driver_id = ? ORDER BY seq", err);
        ok = st != NULL;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            an->notes = xrealloc(an->notes, sizeof(char *) * (an->nnotes + 1));
            const char *t = arena_col(&an->arena, st, 0);
            an->notes[an->nnotes++] = t ? t : "";
        }
        sqlite3_finalize(st);
    }

    /* findings and their traces */
    if (ok) {
        st = prep(s, "SELECT id, rule, family, severity, file_idx, line, col, end_line, end_col, function,"
                     " entry_point, entry_role, message, object, fingerprint, related_file_idx, related_line,"
                     " related_col, related_message, suppressed, suppression_kind, justification"
                     " FROM findings WHERE driver_id = ? ORDER BY seq", err);
        sqlite3_stmt *tr = prep(s, "SELECT file_idx, line, col, function, message FROM trace_steps"
                                   " WHERE finding_id = ? ORDER BY seq", err);
        ok = st && tr;
        if (st) sqlite3_bind_int64(st, 1, driver_id);
        while (ok && sqlite3_step(st) == SQLITE_ROW) {
            Finding *f = analysis_add(an);
            f->rule = intern_col(st, 1);
            if (!f->rule) f->rule = intern("?");
            f->family = intern_col(st, 2);
            f->severity = severity_from(col_text(st, 3));
            f->loc = mkloc(st, 4, p->nfiles);
            f->end = f->loc;
            f->end.line = (uint32_t)sqlite3_column_int64(st, 7);
            f->end.col = (uint32_t)sqlite3_column_int64(st, 8);
            f->function = intern_col(st, 9);
            f->entry = intern_col(st, 10);
            f->entry_role = intern_col(st, 11);
            f->message = arena_col(&an->arena, st, 12);
            if (!f->message) f->message = "";
            f->object = arena_col(&an->arena, st, 13);
            const char *fp = col_text(st, 14);
            snprintf(f->fingerprint, sizeof f->fingerprint, "%s", fp ? fp : "");
            if (sqlite3_column_type(st, 16) != SQLITE_NULL) {
                f->has_related = true;
                f->related = mkloc(st, 15, p->nfiles);
                f->related_message = arena_col(&an->arena, st, 18);
            }
            f->suppressed = sqlite3_column_int(st, 19) != 0;
            f->suppression_kind = intern_col(st, 20);
            f->justification = arena_col(&an->arena, st, 21);
            sqlite3_bind_int64(tr, 1, sqlite3_column_int64(st, 0));
            VEC(TraceStep) steps = {0};
            while (sqlite3_step(tr) == SQLITE_ROW) {
                TraceStep t;
                t.loc = mkloc(tr, 0, p->nfiles);
                t.function = intern_col(tr, 3);
                t.message = arena_col(&an->arena, tr, 4);
                if (!t.message) t.message = "";
                VEC_PUSH(steps, t);
            }
            sqlite3_reset(tr);
            f->ntrace = (uint32_t)steps.len;
            f->trace = steps.len ? arena_memdup(&an->arena, steps.data, steps.len * sizeof(TraceStep)) : NULL;
            VEC_FREE(steps);
        }
        sqlite3_finalize(st);
        sqlite3_finalize(tr);
    }
    if (!ok) {
        program_free(p);
        return false;
    }
    *prog = p;
    return true;
}

/* ---- baselines from the database --------------------------------------------------------------- */

static bool fill_baseline(Store *s, sqlite3_stmt *st, Baseline *out)
{
    (void)s;
    bool any = false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        any = true;
        baseline_add(out, col_text(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                     (uint32_t)sqlite3_column_int64(st, 4), (uint32_t)sqlite3_column_int64(st, 5), col_text(st, 6),
                     col_text(st, 7));
    }
    return any;
}

bool store_run_exists(Store *s, int64_t run_id)
{
    sqlite3_stmt *st = prep(s, "SELECT 1 FROM runs WHERE id = ?", NULL);
    if (!st) return false;
    sqlite3_bind_int64(st, 1, run_id);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return ok;
}

int64_t store_latest_run(Store *s)
{
    return query_int(s, "SELECT coalesce(max(id), 0) FROM runs", 0);
}

bool store_baseline_run(Store *s, int64_t run_id, Baseline *out, StrBuf *err)
{
    if (!store_run_exists(s, run_id)) {
        sb_printf(err, "%s: there is no run %lld", s->path, (long long)run_id);
        return false;
    }
    sqlite3_stmt *st = prep(s,
                            "SELECT d.path, f.fingerprint, f.rule, f.path, f.line, f.col, f.function, f.message"
                            " FROM findings f JOIN drivers d ON d.id = f.driver_id WHERE f.run_id = ?"
                            " ORDER BY f.id", err);
    if (!st) return false;
    sqlite3_bind_int64(st, 1, run_id);
    fill_baseline(s, st, out);
    sqlite3_finalize(st);
    free(out->description);
    char buf[64];
    snprintf(buf, sizeof buf, "run %lld", (long long)run_id);
    out->description = xstrdup(buf);
    return true;
}

bool store_baseline_driver(Store *s, const char *driver_path, bool full_only, Baseline *out)
{
    sqlite3_stmt *st = prep(s,
                            full_only ? "SELECT d.id FROM drivers d JOIN runs r ON r.id = d.run_id"
                                        " WHERE d.path = ? AND r.mode = 'full' ORDER BY d.id DESC LIMIT 1"
                                      : "SELECT d.id FROM drivers d WHERE d.path = ? ORDER BY d.id DESC LIMIT 1",
                            NULL);
    if (!st) return false;
    bind_text(st, 1, driver_path);
    int64_t did = 0;
    if (sqlite3_step(st) == SQLITE_ROW) did = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (!did) return false;
    st = prep(s,
              "SELECT d.path, f.fingerprint, f.rule, f.path, f.line, f.col, f.function, f.message"
              " FROM findings f JOIN drivers d ON d.id = f.driver_id WHERE f.driver_id = ? ORDER BY f.seq",
              NULL);
    if (!st) return false;
    sqlite3_bind_int64(st, 1, did);
    fill_baseline(s, st, out);
    sqlite3_finalize(st);
    return true;
}

/* ---- queries ------------------------------------------------------------------------------------ */

static void add_text(cJSON *o, const char *k, const char *v)
{
    if (v) cJSON_AddStringToObject(o, k, v);
    else cJSON_AddNullToObject(o, k);
}

cJSON *store_query_runs(Store *s, int limit)
{
    sqlite3_stmt *st = prep(s,
                            "SELECT id, started_at, duration, tool_version, mode, root, exit_code, outcome, drivers,"
                            " analyzed, reused, findings, new_findings, suppressed, arguments, baseline, git_commit"
                            " FROM runs ORDER BY id DESC LIMIT ?",
                            NULL);
    cJSON *arr = cJSON_CreateArray();
    if (!st) return arr;
    sqlite3_bind_int(st, 1, limit > 0 ? limit : -1);
    while (sqlite3_step(st) == SQLITE_ROW) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "id", (double)sqlite3_column_int64(st, 0));
        add_text(o, "started_at", col_text(st, 1));
        cJSON_AddNumberToObject(o, "duration", sqlite3_column_double(st, 2));
        add_text(o, "tool_version", col_text(st, 3));
        add_text(o, "mode", col_text(st, 4));
        add_text(o, "root", col_text(st, 5));
        cJSON_AddNumberToObject(o, "exit_code", sqlite3_column_int(st, 6));
        add_text(o, "outcome", col_text(st, 7));
        cJSON_AddNumberToObject(o, "drivers", (double)sqlite3_column_int64(st, 8));
        cJSON_AddNumberToObject(o, "analyzed", (double)sqlite3_column_int64(st, 9));
        cJSON_AddNumberToObject(o, "reused", (double)sqlite3_column_int64(st, 10));
        cJSON_AddNumberToObject(o, "findings", (double)sqlite3_column_int64(st, 11));
        cJSON_AddNumberToObject(o, "new", (double)sqlite3_column_int64(st, 12));
        cJSON_AddNumberToObject(o, "suppressed", (double)sqlite3_column_int64(st, 13));
        const char *args = col_text(st, 14);
        cJSON *a = args ? cJSON_Parse(args) : NULL;
        cJSON_AddItemToObject(o, "arguments", a ? a : cJSON_CreateArray());
        add_text(o, "baseline", col_text(st, 15));
        add_text(o, "git_commit", col_text(st, 16));
        cJSON_AddItemToArray(arr, o);
    }
    sqlite3_finalize(st);
    return arr;
}

static cJSON *finding_row(sqlite3_stmt *st)
{
    /* columns: id, driver path, rule, severity, path, line, col, function, entry, message, fingerprint,
       suppressed, justification, baseline_state, reported, run_id */
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "id", (double)sqlite3_column_int64(st, 0));
    cJSON_AddNumberToObject(o, "run", (double)sqlite3_column_int64(st, 15));
    add_text(o, "driver", col_text(st, 1));
    add_text(o, "rule", col_text(st, 2));
    add_text(o, "severity", col_text(st, 3));
    add_text(o, "file", col_text(st, 4));
    cJSON_AddNumberToObject(o, "line", (double)sqlite3_column_int64(st, 5));
    cJSON_AddNumberToObject(o, "column", (double)sqlite3_column_int64(st, 6));
    add_text(o, "function", col_text(st, 7));
    add_text(o, "entry_point", col_text(st, 8));
    add_text(o, "message", col_text(st, 9));
    add_text(o, "fingerprint", col_text(st, 10));
    cJSON_AddBoolToObject(o, "suppressed", sqlite3_column_int(st, 11) != 0);
    add_text(o, "justification", col_text(st, 12));
    const char *bs = col_text(st, 13);
    cJSON_AddBoolToObject(o, "new", bs && strcmp(bs, "new") == 0);
    add_text(o, "baseline_state", bs);
    cJSON_AddBoolToObject(o, "reported", sqlite3_column_int(st, 14) != 0);
    return o;
}

#define FINDING_COLS                                                                                      \
    "f.id, d.path, f.rule, f.severity, f.path, f.line, f.col, f.function, f.entry_point, f.message,"     \
    " f.fingerprint, f.suppressed, f.justification, f.baseline_state, f.reported, f.run_id"

cJSON *store_query_findings(Store *s, int64_t run_id, const char *rule, bool only_new, bool suppressed)
{
    StrBuf sql;
    sb_init(&sql);
    sb_puts(&sql, "SELECT " FINDING_COLS " FROM findings f JOIN drivers d ON d.id = f.driver_id WHERE f.run_id = ?");
    if (rule) sb_puts(&sql, " AND f.rule = ?");
    if (only_new) sb_puts(&sql, " AND f.baseline_state = 'new'");
    if (!suppressed) sb_puts(&sql, " AND f.suppressed = 0");
    sb_puts(&sql, " ORDER BY d.path, f.seq");
    sqlite3_stmt *st = prep(s, sb_cstr(&sql), NULL);
    sb_free(&sql);
    cJSON *arr = cJSON_CreateArray();
    if (!st) return arr;
    sqlite3_bind_int64(st, 1, run_id);
    if (rule) bind_text(st, 2, rule);
    while (sqlite3_step(st) == SQLITE_ROW) cJSON_AddItemToArray(arr, finding_row(st));
    sqlite3_finalize(st);
    return arr;
}

cJSON *store_query_diff(Store *s, int64_t a, int64_t b)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "from", (double)a);
    cJSON_AddNumberToObject(o, "to", (double)b);
    static const char *const q =
        "SELECT " FINDING_COLS " FROM findings f JOIN drivers d ON d.id = f.driver_id"
        " WHERE f.run_id = ? AND f.suppressed = 0 AND NOT EXISTS (SELECT 1 FROM findings g JOIN drivers e"
        " ON e.id = g.driver_id WHERE g.run_id = ? AND g.fingerprint = f.fingerprint AND e.path = d.path"
        " AND g.suppressed = 0) ORDER BY d.path, f.seq";
    const char *names[2] = {"new", "fixed"};
    int64_t from[2] = {b, a}, to[2] = {a, b};
    for (int k = 0; k < 2; k++) {
        cJSON *arr = cJSON_AddArrayToObject(o, names[k]);
        sqlite3_stmt *st = prep(s, q, NULL);
        if (!st) continue;
        sqlite3_bind_int64(st, 1, from[k]);
        sqlite3_bind_int64(st, 2, to[k]);
        while (sqlite3_step(st) == SQLITE_ROW) cJSON_AddItemToArray(arr, finding_row(st));
        sqlite3_finalize(st);
    }
    sqlite3_stmt *st = prep(s,
                            "SELECT count(*) FROM findings f JOIN drivers d ON d.id = f.driver_id"
                            " WHERE f.run_id = ? AND f.suppressed = 0 AND EXISTS (SELECT 1 FROM findings g JOIN"
                            " drivers e ON e.id = g.driver_id WHERE g.run_id = ? AND g.fingerprint = f.fingerprint"
                            " AND e.path = d.path AND g.suppressed = 0)",
                            NULL);
    int64_t same = 0;
    if (st) {
        sqlite3_bind_int64(st, 1, b);
        sqlite3_bind_int64(st, 2, a);
        if (sqlite3_step(st) == SQLITE_ROW) same = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    cJSON_AddNumberToObject(o, "unchanged", (double)same);
    return o;
}

char *store_baseline_document(Store *s, int64_t run_id, StrBuf *err)
{
    if (!store_run_exists(s, run_id)) {
        sb_printf(err, "%s: there is no run %lld", s->path, (long long)run_id);
        return NULL;
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "format", "drvlint-baseline");
    cJSON_AddNumberToObject(root, "version", 1);
    cJSON_AddNumberToObject(root, "run", (double)run_id);
    sqlite3_stmt *st = prep(s, "SELECT started_at, tool_version, root FROM runs WHERE id = ?", NULL);
    if (st) {
        sqlite3_bind_int64(st, 1, run_id);
        if (sqlite3_step(st) == SQLITE_ROW) {
            add_text(root, "created_at", col_text(st, 0));
            add_text(root, "tool_version", col_text(st, 1));
        }
        sqlite3_finalize(st);
    }
    cJSON *arr = cJSON_AddArrayToObject(root, "findings");
    st = prep(s,
              "SELECT d.path, f.fingerprint, f.rule, f.path, f.line, f.col, f.function, f.message, f.suppressed"
              " FROM findings f JOIN drivers d ON d.id = f.driver_id WHERE f.run_id = ? ORDER BY d.path, f.seq",
              err);
    if (!st) {
        cJSON_Delete(root);
        return NULL;
    }
    sqlite3_bind_int64(st, 1, run_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        cJSON *o = cJSON_CreateObject();
        add_text(o, "driver", col_text(st, 0));
        add_text(o, "fingerprint", col_text(st, 1));
        add_text(o, "rule", col_text(st, 2));
        add_text(o, "file", col_text(st, 3));
        cJSON_AddNumberToObject(o, "line", (double)sqlite3_column_int64(st, 4));
        cJSON_AddNumberToObject(o, "column", (double)sqlite3_column_int64(st, 5));
        add_text(o, "function", col_text(st, 6));
        add_text(o, "message", col_text(st, 7));
        cJSON_AddBoolToObject(o, "suppressed", sqlite3_column_int(st, 8) != 0);
        cJSON_AddItemToArray(arr, o);
    }
    sqlite3_finalize(st);
    char *txt = cJSON_Print(root);
    cJSON_Delete(root);
    char *r = xstrdup(txt);
    cJSON_free(txt);
    return r;
}

int store_prune(Store *s, int keep, StrBuf *err)
{
    if (keep < 0) keep = 0;
    if (!exec(s, "BEGIN IMMEDIATE", err)) return -1;
    sqlite3_stmt *st = prep(s, "DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT ?)", err);
    if (!st) {
        exec(s, "ROLLBACK", NULL);
        return -1;
    }
    sqlite3_bind_int(st, 1, keep);
    int rc = sqlite3_step(st);
    int n = sqlite3_changes(s->db);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        db_error(s, err, "cannot prune");
        exec(s, "ROLLBACK", NULL);
        return -1;
    }
    if (!exec(s, "COMMIT", err)) {
        exec(s, "ROLLBACK", NULL);
        return -1;
    }
    return n;
}
