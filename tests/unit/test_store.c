/*
 * test_store.c - the findings database, suppressions, baselines, diffs and
 * the SARIF writer's own algorithms:
 *
 *   - SHA-256 against the FIPS 180-4 test vectors;
 *   - GitHub's primaryLocationLineHash against values computed by hand from
 *     its definition (the hash of a line is the polynomial, base 37 modulo
 *     2^64, of the 100 non-blank UTF-16 code units from the start of the
 *     line, with 65535 at the end of the file and zeros after it);
 *   - suppression comments and pragmas, `git diff -U0` parsing, paths;
 *   - a run recorded in a database and loaded back for reuse;
 *   - SARIF limits (25,000 results, 10,000 thread-flow locations).
 *
 * SARIF documents written here go to $DRVLINT_TEST_SARIF_DIR when it is set,
 * so the test runner validates them against the schema with the others.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cli/check.h"
#include "cli/cli.h"
#include "cli/git.h"
#include "report/report.h"
#include "report/suppress.h"
#include "store/store.h"
#include "unit.h"

/* ---- SHA-256 ------------------------------------------------------------------------ */

static void sha256_vectors(void)
{
    char hex[65];
    sha256_hex("", 0, hex);
    CHECK(strcmp(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") == 0, "empty: %s", hex);
    sha256_hex("abc", 3, hex);
    CHECK(strcmp(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0, "abc: %s", hex);
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(two, strlen(two), hex);
    CHECK(strcmp(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1") == 0, "448 bits: %s", hex);
    Sha256 c;
    sha256_init(&c);
    char block[1000];
    memset(block, 'a', sizeof block);
    for (int i = 0; i < 1000; i++) sha256_update(&c, block, sizeof block);
    sha256_final_hex(&c, hex);
    CHECK(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0, "a million a: %s", hex);
}

/* ---- primaryLocationLineHash ------------------------------------------------------------ */

/* The definition, directly: the window of 100 code units from a line's
   start (blanks removed, CR LF as LF, 65535 at the end, zeros after). */
static uint64_t window_hash(const uint32_t *units, size_t n)
{
    uint64_t h = 0;
    for (size_t i = 0; i < 100; i++) h = h * 37u + (i < n ? units[i] : 0);
    return h;
}

static void expect_hash(const char *text, uint32_t line, const char *want, const char *what)
{
    uint32_t n;
    char **h = sarif_line_hashes(text, strlen(text), &n);
    CHECK(line <= n && strcmp(h[line], want) == 0, "%s: line %u is '%s', want '%s'", what, line,
          line <= n ? h[line] : "(none)", want);
    free(h);
}

static void line_hash_by_hand(void)
{
    /* the empty file: one line whose window is the end marker (GitHub's own test value) */
    expect_hash("", 1, "c129715d7a2bc9a3:1", "empty file");
    char want[64];
    uint32_t a[] = {97, 65535};
    snprintf(want, sizeof want, "%llx:1", (unsigned long long)window_hash(a, 2));
    CHECK(strcmp(want, "53b5d4aabe50d64:1") == 0, "closed form of \"a\": %s", want);
    expect_hash("a", 1, "53b5d4aabe50d64:1", "\"a\"");
    /* two lines: line 1 sees the next line's characters too */
    uint32_t l1[] = {'a', 'b', '\n', 'c', 65535}, l2[] = {'c', 65535};
    snprintf(want, sizeof want, "%llx:1", (unsigned long long)window_hash(l1, 5));
    CHECK(strcmp(want, "977b2979c68dac77:1") == 0, "closed form of line 1: %s", want);
    expect_hash("ab\nc", 1, "977b2979c68dac77:1", "ab\\nc line 1");
    snprintf(want, sizeof want, "%llx:1", (unsigned long long)window_hash(l2, 2));
    CHECK(strcmp(want, "188ff2f224477a1e:1") == 0, "closed form of line 2: %s", want);
    expect_hash("ab\nc", 2, "188ff2f224477a1e:1", "ab\\nc line 2");
    /* spaces and tabs do not count; CR LF and CR are LF */
    expect_hash("  a\tb\n c", 1, "977b2979c68dac77:1", "blanks");
    expect_hash("ab\r\nc", 1, "977b2979c68dac77:1", "CR LF");
    expect_hash("ab\rc", 2, "188ff2f224477a1e:1", "CR");
    /* UTF-8 is hashed as UTF-16 code units */
    expect_hash("\xc3\xa9", 1, "27b31dc6a609eecc:1", "U+00E9");
    expect_hash("\xf0\x9f\x98\x80", 1, "56e41eb4cc943584:1", "U+1F600 (a surrogate pair)");
}

static void line_hash_occurrences(void)
{
    /* 150 lines "x": lines 1..101 all see 50 x\n pairs, the same window */
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < 150; i++) sb_puts(&sb, "x\n");
    uint32_t n;
    char **h = sarif_line_hashes(sb.data, sb.len, &n);
    CHECK(n == 151, "lines: %u", n);
    uint32_t win[100];
    for (int i = 0; i < 100; i++) win[i] = i % 2 ? '\n' : 'x';
    char base[40];
    snprintf(base, sizeof base, "%llx", (unsigned long long)window_hash(win, 100));
    for (uint32_t l = 1; l <= 101 && l <= n; l++) {
        char want[64];
        snprintf(want, sizeof want, "%s:%u", base, l);
        CHECK(strcmp(h[l], want) == 0, "line %u: %s, want %s", l, h[l], want);
    }
    CHECK(n >= 102 && strncmp(h[102], base, strlen(base)) != 0, "line 102 has a different window");
    CHECK(n >= 102 && strcmp(strchr(h[102], ':'), ":1") == 0, "line 102 is a first occurrence: %s", h[102]);
    free(h);
    sb_free(&sb);
}

/* ---- suppressions ---------------------------------------------------------------------- */

static bool sup(const char *line, const char *rule, const char *ca, bool same, const char **kind, char **just)
{
    return suppress_line_matches(line, strlen(line), rule, ca, same, kind, just);
}

static void suppression_forms(void)
{
    const char *kind;
    char *just;
    CHECK(sup("    ZwClose(h); // drvlint: ignore[irql-too-high] closed before raising", "irql-too-high", "C28121",
              true, &kind, &just),
          "same-line comment");
    CHECK(just && strcmp(just, "closed before raising") == 0 && strcmp(kind, "inline") == 0, "reason: %s",
          just ? just : "(null)");
    free(just);
    CHECK(sup("/* drvlint: ignore[spinlock-double-acquire, irql-too-high] -- reviewed */", "irql-too-high", NULL,
              false, &kind, &just),
          "list of rules in a block comment");
    CHECK(just && strcmp(just, "reviewed") == 0, "reason without the comment end: %s", just ? just : "(null)");
    free(just);
    CHECK(!sup("// drvlint: ignore[irql-too-low] x", "irql-too-high", NULL, false, &kind, &just), "other rule");
    CHECK(!sup("// drvlint: ignore[irql-too-high-x] x", "irql-too-high", NULL, false, &kind, &just), "prefix of a rule");
    CHECK(!sup("x = 1; /* drvlint-expect: irql-too-high */", "irql-too-high", NULL, true, &kind, &just),
          "an expectation marker is not a suppression");
    CHECK(!sup("s = \"drvlint: ignore[irql-too-high]\";", "irql-too-high", NULL, true, &kind, &just),
          "outside a comment");
    CHECK(sup(" * drvlint: ignore[irql-too-high]", "irql-too-high", NULL, false, &kind, &just) && !just,
          "block comment continuation line, no reason");
    CHECK(sup("#pragma warning(suppress: 28121)", "irql-too-high", "C28121", false, &kind, &just) && !just &&
              strcmp(kind, "pragma") == 0,
          "#pragma warning(suppress)");
    CHECK(sup("  #  pragma warning( suppress : 6001 28121 )", "irql-too-high", "C28121 (conditional)", false, &kind,
              &just),
          "several numbers, spaces");
    CHECK(sup("#pragma prefast(suppress: 28167, \"the caller holds the lock\")", "irql-exit-mismatch", "C28167 / C28156",
              false, &kind, &just),
          "#pragma prefast with a reason");
    CHECK(just && strcmp(just, "the caller holds the lock") == 0, "prefast reason: %s", just ? just : "(null)");
    free(just);
    CHECK(!sup("#pragma warning(suppress: 28122)", "irql-too-high", "C28121", false, &kind, &just), "other number");
    CHECK(!sup("#pragma warning(suppress: 28121)", "irql-too-high", "-", false, &kind, &just),
          "a rule without a Code Analysis equivalent");
    CHECK(!sup("#pragma warning(suppress: 28121)", "irql-too-high", "C28121", true, &kind, &just),
          "a pragma applies to the next line only");
    CHECK(!sup("#pragma warning(disable: 28121)", "irql-too-high", "C28121", false, &kind, &just), "disable is not suppress");
}

/* ---- git diff, paths, baselines --------------------------------------------------------------- */

static void diff_parsing(void)
{
    const char *diff = "diff --git a/drv/io.c b/drv/io.c\n"
                       "index 1..2 100644\n"
                       "--- a/drv/io.c\n"
                       "+++ b/drv/io.c\n"
                       "@@ -3 +3,2 @@ void f(void)\n"
                       "-old\n"
                       "+new\n"
                       "+new2\n"
                       "@@ -10,2 +11,0 @@\n"
                       "-gone\n"
                       "-gone\n"
                       "@@ -20 +19 @@\n"
                       "-a\n"
                       "+b\n"
                       "diff --git a/new.h b/new.h\n"
                       "--- /dev/null\n"
                       "+++ \"b/sp ace\\tx.h\"\n"
                       "@@ -0,0 +1,3 @@\n"
                       "+1\n+2\n+3\n"
                       "diff --git a/del.c b/del.c\n"
                       "--- a/del.c\n"
                       "+++ /dev/null\n"
                       "@@ -1 +0,0 @@\n"
                       "-x\n";
    ChangeSet cs;
    memset(&cs, 0, sizeof cs);
    ptrmap_init(&cs.index);
    git_parse_diff("/repo", diff, &cs);
    CHECK(cs.nfiles == 2, "files: %u", cs.nfiles);
    CHECK(changes_line(&cs, "/repo/drv/io.c", 3) && changes_line(&cs, "/repo/drv/io.c", 4), "added lines");
    CHECK(!changes_line(&cs, "/repo/drv/io.c", 5) && !changes_line(&cs, "/repo/drv/io.c", 10), "unchanged lines");
    CHECK(changes_line(&cs, "/repo/drv/io.c", 11) && changes_line(&cs, "/repo/drv/io.c", 12),
          "the lines around a deletion");
    CHECK(changes_line(&cs, "/repo/drv/io.c", 19) && !changes_line(&cs, "/repo/drv/io.c", 20), "single line hunk");
    CHECK(changes_line(&cs, "/repo/sp ace\tx.h", 2), "quoted path");
    CHECK(!changes_line(&cs, "/repo/del.c", 1), "deleted file");
    changes_free(&cs);
}

static void relative_paths(void)
{
    struct {
        const char *path, *base, *want;
    } cases[] = {
        {"/a/b/c.c", "/a/b", "c.c"},
        {"/a/b", "/a/b", "."},
        {"/a/inc/x.h", "/a/b", "../inc/x.h"},
        {"/x/y.h", "/a/b/c", "../../../x/y.h"},
        {"/a/bc/d.h", "/a/b", "../bc/d.h"},
        {"/a/b/c.c", "/", "a/b/c.c"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r = path_relative_up(cases[i].path, cases[i].base);
        CHECK(strcmp(r, cases[i].want) == 0, "%s from %s: %s, want %s", cases[i].path, cases[i].base, r,
              cases[i].want);
        free(r);
    }
    char *k = deps_key("/home/inc/wdm.h", "/src/drv", "/home/inc");
    CHECK(strcmp(k, "<drvlint>/include/wdm.h") == 0, "model header key: %s", k);
    char *back = deps_resolve(k, "/elsewhere", "/other/inc");
    CHECK(strcmp(back, "/other/inc/wdm.h") == 0, "model header resolves against the current home: %s", back);
    free(k);
    free(back);
    back = deps_resolve("../common/x.h", "/src/drv", NULL);
    CHECK(strcmp(back, "/src/common/x.h") == 0, "relative key: %s", back);
    free(back);
}

static void baseline_matching(void)
{
    Analysis an;
    analysis_init(&an);
    const char *fps[] = {"f1", "f2", "f3", "f1"};
    for (int i = 0; i < 4; i++) {
        Finding *f = analysis_add(&an);
        f->rule = intern("r");
        snprintf(f->fingerprint, sizeof f->fingerprint, "%s", fps[i]);
    }
    Baseline b;
    memset(&b, 0, sizeof b);
    baseline_add(&b, "drv", "f1", "r", "a.c", 1, 1, "F", "m");
    baseline_add(&b, "other", "f2", "r", "a.c", 1, 1, "F", "m");
    baseline_add(&b, NULL, "f3", "r", "a.c", 1, 1, "F", "m");
    baseline_add(&b, "drv", "gone", "r", "a.c", 1, 1, "F", "m");
    baseline_match(&b, "drv", &an);
    CHECK(!an.findings[0].is_new, "same driver and fingerprint: unchanged");
    CHECK(an.findings[1].is_new, "fingerprint of another driver: new");
    CHECK(!an.findings[2].is_new, "entry without a driver matches by fingerprint");
    CHECK(an.findings[3].is_new, "a second finding with the fingerprint is new (one baseline entry)");
    CHECK(b.v[0].matched && !b.v[1].matched && b.v[2].matched && !b.v[3].matched, "matched entries");
    baseline_free(&b);
    analysis_free(&an);
}

/* ---- a real driver: record, load, SARIF --------------------------------------------------------- */

typedef struct Sample {
    RunContext ctx;
    CheckOptions o;
    RuleSet *rules;
    Program *p;
    DeviceModel dm;
    Harness *h;
    Analysis an;
} Sample;

static bool sample_load(Sample *s, const char *dir)
{
    memset(s, 0, sizeof *s);
    if (!ctx_init(&s->ctx, stderr)) return false;
    check_options_default(&s->o);
    StrBuf err;
    sb_init(&err);
    bool user;
    s->rules = check_load_rules(&s->ctx, &s->o, &err, &user);
    sb_free(&err);
    if (!s->rules) return false;
    char *path = path_join(DRVLINT_SOURCE_DIR, dir);
    bool problems;
    s->p = cli_build_program(&s->ctx, &path, 1, stderr, &problems);
    free(path);
    if (!s->p) return false;
    sb_init(&err);
    check_device_model(&s->ctx, &s->o, s->p, &s->dm, &err);
    sb_free(&err);
    analysis_init(&s->an);
    check_analyze(&s->ctx, &s->o, s->rules, s->p, &s->dm, &s->h, &s->an);
    return true;
}

static void sample_free(Sample *s)
{
    analysis_free(&s->an);
    harness_free(s->h);
    devmodel_free(&s->dm);
    program_free(s->p);
    if (s->rules) rules_free(s->rules);
    ctx_free(&s->ctx);
}

static void keep_sarif(const char *name, const char *doc)
{
    const char *dir = getenv("DRVLINT_TEST_SARIF_DIR");
    if (!dir || !*dir) return;
    char *p = path_join(dir, name);
    const char *why;
    write_file_atomic(p, doc, strlen(doc), &why);
    free(p);
}

static void record_and_reuse(void)
{
    Sample s;
    bool loaded = sample_load(&s, "tests/data/sample");
    REQUIRE(loaded, "cannot analyze tests/data/sample");
    REQUIRE(s.an.nfindings >= 1, "the sample has a finding");
    char tmpl[] = "/tmp/drvlint-store-XXXXXX";
    char *dir = mkdtemp(tmpl);
    REQUIRE(dir, "mkdtemp");
    char *dbp = path_join(dir, "sub/dir/x.db");
    StrBuf err;
    sb_init(&err);
    Store *db = store_open(dbp, true, &err);
    REQUIRE(db, "open: %s", sb_cstr(&err));
    CHECK(store_user_version(db) == STORE_SCHEMA_VERSION, "schema version %d", store_user_version(db));
    HashCache hc;
    hashcache_init(&hc);
    DriverInput in;
    char *root = path_join(DRVLINT_SOURCE_DIR, "tests/data/sample");
    bool collected = frontend_collect((const char *const *)&root, 1, &s.ctx.fe, &in, &err);
    REQUIRE(collected, "collect");
    DepSet deps;
    deps_scan(&in, &s.ctx.fe, s.p->root, &hc, &deps);
    CHECK(deps.n >= 3, "dependencies: %zu", deps.n);
    bool model = false, header = false;
    for (size_t i = 0; i < deps.n; i++) {
        model |= strncmp(deps.v[i].key, "<drvlint>/include/", 18) == 0 && deps.v[i].hash;
        header |= strcmp(deps.v[i].key, "sample.h") == 0 && deps.v[i].hash;
    }
    CHECK(model && header, "the scan finds the driver's header and model headers");
    deps_add_program(&deps, s.p, s.p->root, s.ctx.model_dir, &hc);
    StoreDriver sd;
    memset(&sd, 0, sizeof sd);
    sd.prog = s.p;
    sd.an = &s.an;
    sd.dm = &s.dm;
    sd.path = "tests/data/sample";
    sd.deps = &deps;
    sd.cache_key = "k1";
    sd.cacheable = true;
    StoreRun run;
    memset(&run, 0, sizeof run);
    run.started = 1.0e9;
    run.finished = 1.0e9 + 1;
    run.tool_version = "test";
    run.root = s.p->root;
    run.rules = s.rules;
    run.ruleset = "rs";
    run.outcome = "findings";
    run.exit_code = 1;
    run.drivers = &sd;
    run.ndrivers = 1;
    int64_t rid = 0;
    bool recorded = store_record_run(db, &run, &rid, &err);
    REQUIRE(recorded, "record: %s", sb_cstr(&err));
    CHECK(rid == 1 && store_latest_run(db) == 1, "run id %lld", (long long)rid);
    int64_t did = store_find_reusable(db, "tests/data/sample", "k1", &deps, s.p->root, s.ctx.model_dir, &hc);
    CHECK(did > 0, "reusable with the same key and dependencies");
    CHECK(!store_find_reusable(db, "tests/data/sample", "k2", &deps, s.p->root, s.ctx.model_dir, &hc),
          "not reusable with another cache key");
    char saved = deps.scan_digest[0];
    deps.scan_digest[0] = saved == '0' ? '1' : '0';
    CHECK(!store_find_reusable(db, "tests/data/sample", "k1", &deps, s.p->root, s.ctx.model_dir, &hc),
          "not reusable when a dependency changed");
    deps.scan_digest[0] = saved;
    Program *p2 = NULL;
    Analysis an2;
    analysis_init(&an2);
    DeviceModel dm2;
    memset(&dm2, 0, sizeof dm2);
    arena_init(&dm2.arena);
    int64_t from_run = 0;
    bool got = store_load_driver(db, did, s.p->root, s.ctx.model_dir, &p2, &an2, &dm2, &from_run, &err);
    REQUIRE(got, "load: %s", sb_cstr(&err));
    CHECK(from_run == 1, "loaded from run %lld", (long long)from_run);
    CHECK(an2.nfindings == s.an.nfindings, "findings %u vs %u", an2.nfindings, s.an.nfindings);
    for (uint32_t i = 0; i < an2.nfindings && i < s.an.nfindings; i++) {
        const Finding *a = &s.an.findings[i], *b = &an2.findings[i];
        CHECK(strcmp(a->fingerprint, b->fingerprint) == 0 && a->rule == b->rule && a->loc.line == b->loc.line &&
                  a->loc.col == b->loc.col && a->ntrace == b->ntrace && strcmp(a->message, b->message) == 0,
              "finding %u differs after the round trip", i);
        CHECK(strcmp(program_loc_path(s.p, a->loc), program_loc_path(p2, b->loc)) == 0, "path of finding %u", i);
    }
    CHECK(p2->nfiles == s.p->nfiles && p2->nfuncs == s.p->nfuncs && p2->nentries == s.p->nentries,
          "program skeleton: %u/%u files, %u/%u functions, %u/%u entries", p2->nfiles, s.p->nfiles, p2->nfuncs,
          s.p->nfuncs, p2->nentries, s.p->nentries);
    for (uint32_t i = 0; i < p2->nentries && i < s.p->nentries; i++)
        CHECK(strcmp(p2->entries[i].func->name, s.p->entries[i].func->name) == 0 &&
                  strcmp(p2->entries[i].role, s.p->entries[i].role) == 0,
              "entry point %u", i);
    CHECK(an2.nentries == s.an.nentries && an2.nrules == s.an.nrules, "exploration and rule status");
    /* the loaded driver gives the same JSON report */
    ReportInput r1, r2;
    memset(&r1, 0, sizeof r1);
    r1.prog = s.p;
    r1.an = &s.an;
    r1.dm = &s.dm;
    r1.rules = s.rules;
    r1.tool_version = "test";
    r2 = r1;
    r2.prog = p2;
    r2.an = &an2;
    r2.dm = &dm2;
    char *j1 = report_json(&r1), *j2 = report_json(&r2);
    CHECK(strcmp(j1, j2) == 0, "the JSON report of the loaded driver differs");
    free(j1);
    free(j2);
    /* the run is a baseline */
    Baseline b;
    memset(&b, 0, sizeof b);
    CHECK(store_baseline_run(db, 1, &b, &err) && b.n == s.an.nfindings, "baseline of run 1: %zu", b.n);
    baseline_free(&b);
    CHECK(!store_baseline_run(db, 7, &b, &err), "there is no run 7");
    baseline_free(&b);
    analysis_free(&an2);
    devmodel_free(&dm2);
    program_free(p2);
    store_close(db);
    /* a database of another schema is refused and left as it was */
    deps_free(&deps);
    driver_input_free(&in);
    hashcache_free(&hc);
    free(root);
    char *junk = path_join(dir, "junk.db");
    const char *why;
    write_file_atomic(junk, "this is not a database, just text\n", 34, &why);
    sb_clear(&err);
    CHECK(!store_open(junk, true, &err), "a text file is refused");
    CHECK(strstr(sb_cstr(&err), "not a drvlint database"), "message: %s", sb_cstr(&err));
    size_t len;
    char *t = read_file(junk, &len, &why);
    CHECK(t && len == 34 && strncmp(t, "this is not", 11) == 0, "the file is unchanged");
    free(t);
    unlink(junk);
    free(junk);
    char *cmd = NULL;
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "rm -rf '%s'", dir);
    cmd = sb_take(&sb);
    if (!getenv("KEEP")) CHECK(system(cmd) == 0, "cleanup");
    else fprintf(stderr, "kept %s\n", dir);
    free(cmd);
    free(dbp);
    sb_free(&err);
    sample_free(&s);
}

static void sarif_limits(void)
{
    Sample s;
    bool loaded = sample_load(&s, "tests/data/sample");
    REQUIRE(loaded, "cannot analyze tests/data/sample");
    REQUIRE(s.an.nfindings >= 1 && s.an.findings[0].ntrace >= 2, "the sample has a finding with a path");
    /* 25,001 findings, one of them with a 10,001-step path */
    Finding proto = s.an.findings[0];
    Analysis big;
    analysis_init(&big);
    for (uint32_t i = 0; i < 25001; i++) {
        Finding *f = analysis_add(&big);
        *f = proto;
        f->ntrace = 0;
        f->trace = NULL;
        f->has_related = false;
    }
    TraceStep *steps = xcalloc(10001, sizeof(TraceStep));
    for (uint32_t i = 0; i < 10001; i++) steps[i] = proto.trace[i % proto.ntrace];
    big.findings[0].trace = steps;
    big.findings[0].ntrace = 10001;
    ReportInput in;
    memset(&in, 0, sizeof in);
    in.prog = s.p;
    in.an = &big;
    in.dm = &s.dm;
    in.rules = s.rules;
    in.tool_version = "0.1.0";
    char *doc = report_sarif(&in);
    keep_sarif("unit-github-limits.sarif", doc);
    cJSON *root = cJSON_Parse(doc);
    REQUIRE(root, "SARIF parses");
    cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
    cJSON *results = cJSON_GetObjectItem(run, "results");
    CHECK(cJSON_GetArraySize(results) == 25000, "results: %d", cJSON_GetArraySize(results));
    int flows = 0;
    cJSON *r;
    cJSON_ArrayForEach(r, results)
    {
        cJSON *cf = cJSON_GetObjectItem(r, "codeFlows");
        if (!cf) continue;
        cJSON *locs = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetArrayItem(cf, 0),
                                                                                 "threadFlows"), 0),
                                          "locations");
        flows = cJSON_GetArraySize(locs);
        cJSON *last = cJSON_GetArrayItem(locs, flows - 1);
        CHECK(cJSON_GetObjectItem(last, "executionOrder")->valuedouble == 10001, "the last step is kept");
    }
    CHECK(flows == 10000, "thread flow locations: %d", flows);
    cJSON *inv = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "invocations"), 0);
    char *notes = cJSON_PrintUnformatted(cJSON_GetObjectItem(inv, "toolExecutionNotifications"));
    CHECK(strstr(notes, "drvlint/truncated-results") && strstr(notes, "1 of 25001 results are omitted"),
          "a notification for the omitted result");
    CHECK(strstr(notes, "drvlint/truncated-code-flow"), "a notification for the cut path");
    cJSON_free(notes);
    cJSON_Delete(root);
    free(doc);

    /* the writer's limits as parameters, the rest of a small run kept for validation */
    ReportSet set;
    memset(&set, 0, sizeof set);
    in.an = &s.an;
    set.drivers = &in;
    set.ndrivers = 1;
    set.tool_version = "0.1.0";
    set.rules = s.rules;
    set.source_root = DRVLINT_SOURCE_DIR;
    set.max_flow_locations = 2;
    set.exit_code = 1;
    doc = report_sarif_set(&set);
    keep_sarif("unit-sample-short-flows.sarif", doc);
    root = cJSON_Parse(doc);
    REQUIRE(root, "SARIF parses");
    run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
    r = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "results"), 0);
    cJSON *al = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(r, "locations"), 0),
                                                         "physicalLocation"),
                                    "artifactLocation");
    CHECK(strcmp(cJSON_GetObjectItem(al, "uri")->valuestring, "tests/data/sample/io.c") == 0 &&
              strcmp(cJSON_GetObjectItem(al, "uriBaseId")->valuestring, "%SRCROOT%") == 0,
          "repository-relative uri");
    /* the line hash of the result is the one of its line in the file */
    char *io = path_join(DRVLINT_SOURCE_DIR, "tests/data/sample/io.c");
    const char *why;
    size_t len;
    char *text = read_file(io, &len, &why);
    uint32_t n;
    char **hs = sarif_line_hashes(text, len, &n);
    const char *lh = cJSON_GetObjectItem(cJSON_GetObjectItem(r, "partialFingerprints"), "primaryLocationLineHash")
                         ->valuestring;
    CHECK(s.an.findings[0].loc.line <= n && strcmp(lh, hs[s.an.findings[0].loc.line]) == 0, "line hash %s", lh);
    free(hs);
    free(text);
    free(io);
    cJSON_Delete(root);
    free(doc);
    free(steps);
    analysis_free(&big);
    sample_free(&s);
}

#define TESTS                                \
    UNIT_RUN_ONE(sha256_vectors)             \
    UNIT_RUN_ONE(line_hash_by_hand)          \
    UNIT_RUN_ONE(line_hash_occurrences)      \
    UNIT_RUN_ONE(suppression_forms)          \
    UNIT_RUN_ONE(diff_parsing)               \
    UNIT_RUN_ONE(relative_paths)             \
    UNIT_RUN_ONE(baseline_matching)          \
    UNIT_RUN_ONE(record_and_reuse)           \
    UNIT_RUN_ONE(sarif_limits)
UNIT_MAIN
