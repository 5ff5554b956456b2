"""store_tests.py - the findings database, incremental re-analysis,
baselines, suppressions, SARIF, and the pre-commit / CI modes.

Every test works on copies in a temporary directory, never in the source
tree. Every SARIF document produced here is written to the SARIF directory
of the test pass, and the runner validates all of them against
tests/schemas/sarif-schema-2.1.0.json (run_tests.py: validate_sarif).
"""
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import tempfile
import time

STORE_SCHEMA_VERSION = 2
APPLICATION_ID = 0x44524C54

# Schema version 1, as released (docs/database.md): the migration test
# builds a database of that version and lets drvlint migrate it.
SCHEMA_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
  duration REAL NOT NULL, tool_version TEXT NOT NULL, arguments TEXT NOT NULL, config TEXT NOT NULL,
  root TEXT NOT NULL, ruleset TEXT, exit_code INTEGER NOT NULL, outcome TEXT NOT NULL,
  drivers INTEGER NOT NULL DEFAULT 0, findings INTEGER NOT NULL DEFAULT 0, suppressed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE drivers(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  path TEXT NOT NULL, name TEXT NOT NULL, root TEXT NOT NULL, kind TEXT, device_model TEXT,
  lines INTEGER NOT NULL DEFAULT 0, functions INTEGER NOT NULL DEFAULT 0,
  translation_units INTEGER NOT NULL DEFAULT 0, states INTEGER NOT NULL DEFAULT 0,
  parse_seconds REAL NOT NULL DEFAULT 0, lower_seconds REAL NOT NULL DEFAULT 0,
  analysis_seconds REAL NOT NULL DEFAULT 0, any_errors INTEGER NOT NULL DEFAULT 0);
CREATE INDEX drivers_run ON drivers(run_id);
CREATE TABLE files(id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, path TEXT NOT NULL, sha256 TEXT, kind TEXT NOT NULL,
  translation_unit INTEGER NOT NULL DEFAULT 0, parsed INTEGER NOT NULL DEFAULT 0, problem TEXT,
  UNIQUE(driver_id, idx));
CREATE TABLE diagnostics(id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  severity TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, path TEXT, message TEXT NOT NULL);
CREATE INDEX diagnostics_file ON diagnostics(file_id);
CREATE TABLE functions(id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
  name TEXT NOT NULL, link_key TEXT NOT NULL, file_idx INTEGER NOT NULL, line INTEGER NOT NULL,
  col INTEGER NOT NULL, end_line INTEGER NOT NULL, is_static INTEGER NOT NULL DEFAULT 0, section TEXT);
CREATE INDEX functions_driver ON functions(driver_id);
CREATE TABLE entry_points(id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, function TEXT NOT NULL, link_key TEXT NOT NULL, role TEXT NOT NULL, typedef TEXT,
  major_mask INTEGER NOT NULL DEFAULT 0, discovered_from TEXT NOT NULL, registrar TEXT, reg_file_idx INTEGER,
  reg_line INTEGER, reg_col INTEGER);
CREATE INDEX entry_points_driver ON entry_points(driver_id);
CREATE TABLE exploration(id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL, function TEXT NOT NULL, role TEXT NOT NULL, irql TEXT, states INTEGER NOT NULL,
  steps INTEGER NOT NULL, paths INTEGER NOT NULL, loop_cuts INTEGER NOT NULL, summary_hits INTEGER NOT NULL,
  seconds REAL NOT NULL, exhausted TEXT, in_context INTEGER NOT NULL DEFAULT 0, file_idx INTEGER, line INTEGER,
  col INTEGER);
CREATE INDEX exploration_driver ON exploration(driver_id);
CREATE TABLE rule_status(driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  rule TEXT NOT NULL, applicable INTEGER NOT NULL, reason TEXT, PRIMARY KEY(driver_id, seq));
CREATE TABLE notes(driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  text TEXT NOT NULL, PRIMARY KEY(driver_id, seq));
CREATE TABLE findings(id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  driver_id INTEGER NOT NULL REFERENCES drivers(id) ON DELETE CASCADE, seq INTEGER NOT NULL, rule TEXT NOT NULL,
  family TEXT, severity TEXT NOT NULL, file_idx INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL,
  col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL, function TEXT, entry_point TEXT,
  entry_role TEXT, message TEXT NOT NULL, object TEXT, fingerprint TEXT NOT NULL, related_file_idx INTEGER,
  related_line INTEGER, related_col INTEGER, related_message TEXT, suppressed INTEGER NOT NULL DEFAULT 0,
  suppression_kind TEXT, justification TEXT, baseline_state TEXT);
CREATE INDEX findings_run ON findings(run_id);
CREATE INDEX findings_driver ON findings(driver_id);
CREATE INDEX findings_fingerprint ON findings(fingerprint);
CREATE TABLE trace_steps(finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
  file_idx INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, function TEXT,
  message TEXT NOT NULL, PRIMARY KEY(finding_id, seq));
CREATE TABLE rules(ruleset TEXT NOT NULL, id TEXT NOT NULL, family TEXT, severity TEXT, title TEXT,
  description TEXT, guide TEXT, sdv TEXT, ca TEXT, tracker INTEGER NOT NULL DEFAULT 0, source TEXT,
  PRIMARY KEY(ruleset, id));
INSERT INTO meta VALUES('application', 'drvlint');
INSERT INTO runs(id, started_at, finished_at, duration, tool_version, arguments, config, root, exit_code, outcome,
  drivers, findings) VALUES(1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z', 1.0, '0.0.9',
  '["drvlint","check","sample"]', '{}', '/old/sample', 1, 'findings', 1, 1);
INSERT INTO drivers(id, run_id, path, name, root) VALUES(1, 1, 'sample', 'sample', '/old/sample');
INSERT INTO findings(run_id, driver_id, seq, rule, family, severity, file_idx, path, line, col, end_line, end_col,
  function, message, fingerprint) VALUES(1, 1, 0, 'irql-too-high', 'irql', 'error', 0, 'io.c', 8, 9, 8, 32,
  'CloseLog', 'ZwClose requires IRQL <= PASSIVE_LEVEL', 'v1fingerprint0000000000000000000');
PRAGMA application_id = 1146244180;
PRAGMA user_version = 1;
"""


def _run(binary, args, env, cwd, timeout=900, extra_env=None):
    e = dict(env)
    if extra_env:
        e.update(extra_env)
    t0 = time.time()
    try:
        p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=e,
                           errors="replace")
        return p.returncode, p.stdout, p.stderr, time.time() - t0
    except subprocess.TimeoutExpired:
        return "timeout", "", "", time.time() - t0


def _copy_driver(src, dst):
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".drvlint"))


def _file_state(path):
    with open(path, "rb") as fh:
        data = fh.read()
    st = os.stat(path)
    return data, st.st_mtime_ns


def _git(cwd, *args):
    env = dict(os.environ)
    env.update({"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": cwd})
    return subprocess.run(["git"] + list(args), cwd=cwd, capture_output=True, text=True, env=env)


def _findings(doc):
    """(driver path, finding) pairs of a JSON report (one driver or several)."""
    reps = doc["reports"] if "reports" in doc else [doc]
    out = []
    for r in reps:
        for f in r["findings"]:
            out.append((r["driver"]["path"], f))
    return out


def _strip_times(x):
    if isinstance(x, dict):
        return {k: _strip_times(v) for k, v in x.items()
                if k not in ("seconds", "parse_seconds", "analysis_seconds", "reused_from_run")}
    if isinstance(x, list):
        return [_strip_times(v) for v in x]
    return x


def _add_defect_unload(path):
    """Adds a ZwClose at DISPATCH_LEVEL to SampleUnload (driver.c of the sample)."""
    with open(path) as fh:
        s = fh.read()
    s = s.replace("VOID SampleUnload(PDRIVER_OBJECT DriverObject)\n{\n",
                  "VOID SampleUnload(PDRIVER_OBJECT DriverObject)\n{\n    KIRQL old;\n"
                  "    KeRaiseIrql(DISPATCH_LEVEL, &old);\n    ZwClose(NULL);\n    KeLowerIrql(old);\n", 1)
    with open(path, "w") as fh:
        fh.write(s)


def run(orig_binary, label, res, env, root, sarif_dir):
    tmp = tempfile.mkdtemp(prefix="drvlint-store-")
    sample = os.path.join(root, "tests/data/sample")
    nsarif = [0]

    def record(name, ok, detail=""):
        res.record(f"{label} {name}", ok, detail)

    def keep_sarif(path, name):
        if sarif_dir and os.path.exists(path):
            nsarif[0] += 1
            shutil.copy(path, os.path.join(sarif_dir, f"store-{nsarif[0]:03d}-{name}.sarif"))

    def sarif(args, cwd, name, extra_env=None):
        out = os.path.join(tmp, f"out-{name}.sarif")
        if os.path.exists(out):
            os.remove(out)
        rc, so, se, _ = _run(binary, args + ["--format", "sarif", "-o", out], env, cwd, extra_env=extra_env)
        keep_sarif(out, name)
        doc = None
        if os.path.exists(out):
            with open(out) as fh:
                doc = json.load(fh)
        return rc, doc, se

    try:
        # A snapshot of drvlint (binary, model headers, rules, data): others may
        # rebuild bin/drvlint or edit include/ while the tests run, and either
        # would rightly make drvlint analyze again.
        home = os.path.join(tmp, "drvlint-home")
        for sub in ("include", "rules", "data"):
            shutil.copytree(os.path.join(root, sub), os.path.join(home, sub))
        os.makedirs(os.path.join(home, "bin"))
        binary = os.path.join(home, "bin", "drvlint")
        shutil.copy(orig_binary, binary)
        env = dict(env, DRVLINT_HOME=home)

        # ---- the database --------------------------------------------------------------
        s1 = os.path.join(tmp, "s1")
        _copy_driver(sample, s1)
        rc, out, err, _ = _run(binary, ["check", s1], env, tmp)
        dbp = os.path.join(s1, ".drvlint", "drvlint.db")
        ok = rc == 1 and os.path.exists(dbp)
        detail = f"exit {rc}\n{err[-2000:]}"
        if ok:
            con = sqlite3.connect(dbp)
            try:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                want = {"runs", "drivers", "files", "diagnostics", "dependencies", "functions", "entry_points",
                        "exploration", "rule_status", "notes", "findings", "trace_steps", "rules", "meta"}
                ver = con.execute("PRAGMA user_version").fetchone()[0]
                app = con.execute("PRAGMA application_id").fetchone()[0]
                mode = con.execute("PRAGMA journal_mode").fetchone()[0]
                run = con.execute("SELECT tool_version, arguments, config, duration, outcome, exit_code, mode"
                                  " FROM runs").fetchall()
                f = con.execute("SELECT rule, path, line, function, entry_point, message, fingerprint, severity,"
                                " suppressed FROM findings").fetchall()
                steps = con.execute("SELECT count(*) FROM trace_steps").fetchone()[0]
                files = con.execute("SELECT path, sha256, kind FROM files WHERE kind != 'model'").fetchall()
                deps = con.execute("SELECT path, sha256 FROM dependencies").fetchall()
                roles = dict(con.execute("SELECT function, role FROM entry_points").fetchall())
                nfuncs = con.execute("SELECT count(*) FROM functions").fetchone()[0]
                rules = con.execute("SELECT count(*) FROM rules WHERE tracker = 0 AND ca IS NOT NULL").fetchone()[0]
            finally:
                con.close()
            ok = (want <= tables and ver == STORE_SCHEMA_VERSION and app == APPLICATION_ID and mode == "wal" and
                  len(run) == 1 and run[0][0] and json.loads(run[0][1])[:2] == ["drvlint", "check"] and
                  "arch" in json.loads(run[0][2]) and run[0][4] == "findings" and run[0][5] == 1 and
                  run[0][6] == "full" and len(f) == 1 and f[0][0] == "irql-too-high" and f[0][1] == "io.c" and
                  f[0][2] == 8 and f[0][3] == "CloseLog" and f[0][4] == "SampleDeviceControl" and
                  len(f[0][6]) == 32 and f[0][7] == "error" and steps >= 4 and
                  {p for p, _, _ in files} >= {"driver.c", "io.c", "sample.h"} and
                  all(h and len(h) == 64 for _, h, _ in files) and
                  any(p.startswith("<drvlint>/include/") for p, _ in deps) and
                  roles.get("SampleDpc") == "CustomDpc" and nfuncs >= 8 and rules >= 20)
            detail += f"\ntables {sorted(tables)}\nversion {ver} app {app:#x} journal {mode}\nrun {run}\n" \
                      f"findings {f}\nsteps {steps}\nfiles {files}\nroles {roles}\nrules {rules}"
        record("store: check records the run in .drvlint/drvlint.db under the analyzed tree (schema, WAL, "
               "findings, traces, files, entry points, rules)", ok, detail)

        elsewhere = os.path.join(tmp, "dbs", "one.db")
        os.makedirs(os.path.dirname(elsewhere))
        s2 = os.path.join(tmp, "s2")
        _copy_driver(sample, s2)
        rc, _, err, _ = _run(binary, ["check", "--db", elsewhere, s2], env, tmp)
        rc2, _, err2, _ = _run(binary, ["check", "--no-db", s2], env, tmp)
        record("store: --db FILE records there; --no-db records nothing",
               rc == 1 and rc2 == 1 and os.path.exists(elsewhere) and not os.path.exists(os.path.join(s2, ".drvlint")),
               f"exit {rc}/{rc2}\n{err}\n{err2}")

        # queries: two more runs of s1, the second with a new defect
        _run(binary, ["check", s1], env, tmp)
        _add_defect_unload(os.path.join(s1, "driver.c"))
        rc, _, err, _ = _run(binary, ["check", s1], env, tmp)
        rc_runs, out_runs, e1, _ = _run(binary, ["db", "runs"], env, s1)
        rc_jr, out_jr, e2, _ = _run(binary, ["db", "runs", "--format", "json", "--db", dbp], env, tmp)
        ok = rc == 1 and rc_runs == 0 and out_runs.count("\nrun ") + out_runs.startswith("run ") == 3 and rc_jr == 0
        try:
            jr = json.loads(out_jr)
            ok = ok and [r["id"] for r in jr] == [3, 2, 1] and jr[0]["findings"] == 2 and jr[1]["reused"] == 1 \
                and jr[0]["analyzed"] == 1 and all(k in jr[0] for k in ("started_at", "duration", "tool_version",
                                                                         "arguments", "outcome", "exit_code"))
        except (ValueError, KeyError, IndexError) as e:
            ok = False
            e2 += str(e)
        record("store: db runs lists the runs (text and JSON)", ok, f"{out_runs}\n{out_jr[:1500]}\n{e1}\n{e2}")

        rc, out, err, _ = _run(binary, ["db", "findings", "--db", dbp], env, tmp)
        rcj, outj, errj, _ = _run(binary, ["db", "findings", "--run", "3", "--new", "--format", "json", "--db", dbp],
                                  env, tmp)
        rcr, outr, errr, _ = _run(binary, ["db", "findings", "--run", "1", "--rule", "irql-too-high", "--db", dbp],
                                  env, tmp)
        rcn, outn, errn, _ = _run(binary, ["db", "findings", "--run", "2", "--new", "--db", dbp], env, tmp)
        ok = rc == 0 and out.count("[irql-too-high]") == 2 and "driver.c:" in out and "io.c:8:9" in out
        try:
            fj = json.loads(outj)
            ok = ok and rcj == 0 and len(fj) == 1 and fj[0]["file"] == "driver.c" and fj[0]["new"] is True
        except ValueError:
            ok = False
        ok = ok and rcr == 0 and outr.count("[irql-too-high]") == 1 and rcn == 0 and outn.strip() == ""
        record("store: db findings --run N --rule R --new", ok,
               f"{out}\n{err}\n{outj}\n{errj}\n{outr}\n{errr}\n{outn}\n{errn}")

        rc, out, err, _ = _run(binary, ["db", "diff", "1", "3", "--db", dbp], env, tmp)
        rcj, outj, errj, _ = _run(binary, ["db", "diff", "3", "1", "--format", "json", "--db", dbp], env, tmp)
        ok = rc == 0 and "new: ZwClose" in out and "driver.c:" in out and "1 new, 0 fixed, 1 unchanged" in out
        try:
            dj = json.loads(outj)
            ok = ok and rcj == 0 and len(dj["fixed"]) == 1 and not dj["new"] and dj["unchanged"] == 1
        except (ValueError, KeyError):
            ok = False
        record("store: db diff A B (text and JSON)", ok, f"{out}\n{err}\n{outj}\n{errj}")

        rc, out, err, _ = _run(binary, ["db", "info", "--db", dbp], env, tmp)
        rcp, outp, errp, _ = _run(binary, ["db", "prune", "--keep", "2", "--db", dbp], env, tmp)
        rcq, outq, errq, _ = _run(binary, ["db", "runs", "--format", "json", "--db", dbp], env, tmp)
        ok = rc == 0 and f"schema version {STORE_SCHEMA_VERSION}, 3 runs" in out and rcp == 0 and "deleted 1 run" in outp
        try:
            ok = ok and [r["id"] for r in json.loads(outq)] == [3, 2]
        except ValueError:
            ok = False
        ok = ok and _run(binary, ["check", s1], env, tmp)[0] == 1  # the pruned run's data were copied, not shared
        record("store: db info and db prune --keep N", ok, f"{out}\n{err}\n{outp}\n{errp}\n{outq}")

        # migration from schema version 1
        v1 = os.path.join(tmp, "v1.db")
        con = sqlite3.connect(v1)
        con.executescript(SCHEMA_V1)
        con.commit()
        con.close()
        rc, out, err, _ = _run(binary, ["db", "runs", "--db", v1], env, tmp)
        con = sqlite3.connect(v1)
        ver = con.execute("PRAGMA user_version").fetchone()[0]
        cols = {r[1] for r in con.execute("PRAGMA table_info(runs)")}
        has_deps = con.execute("SELECT count(*) FROM sqlite_master WHERE name='dependencies'").fetchone()[0]
        old = con.execute("SELECT fingerprint FROM findings").fetchall()
        con.close()
        s3 = os.path.join(tmp, "s3")
        _copy_driver(sample, s3)
        rc2, _, err2, _ = _run(binary, ["check", "--db", v1, s3], env, tmp)
        rc3, out3, err3, _ = _run(binary, ["db", "diff", "1", "2", "--db", v1], env, tmp)
        record("store: a schema version 1 database is migrated forward on open, its data kept",
               rc == 0 and "run 1 " in out and ver == STORE_SCHEMA_VERSION and {"mode", "git_commit"} <= cols and
               has_deps == 1 and old == [("v1fingerprint0000000000000000000",)] and rc2 == 1 and rc3 == 0 and
               "1 new, 1 fixed, 0 unchanged" in out3,
               f"exit {rc}/{rc2}/{rc3}\n{out}\n{err}\nversion {ver}\ncols {cols}\n{err2}\n{out3}\n{err3}")

        # databases that are not usable are refused and left untouched
        def refused(name, path, args_before=("check",), want_msg="refusing"):
            before = _file_state(path)
            side = [p for p in (path + "-wal", path + "-shm", path + "-journal") if os.path.exists(p)]
            rc, out, err, _ = _run(binary, list(args_before) + ["--db", path] +
                                   ([s1] if args_before[0] == "check" else []), env, tmp)
            after = _file_state(path)
            new_side = [p for p in (path + "-wal", path + "-journal") if os.path.exists(p) and p not in side]
            record(f"store: {name}: clear error, exit 2, file not modified",
                   rc == 2 and want_msg in err and os.path.basename(path) in err and before == after and
                   not new_side and "Traceback" not in err,
                   f"exit {rc}\n{err[-1500:]}\nmodified: {before != after}, new files {new_side}")

        good = os.path.join(tmp, "good.db")
        shutil.copy(dbp, good)
        con = sqlite3.connect(good)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        corrupt = os.path.join(tmp, "corrupt.db")
        shutil.copy(good, corrupt)
        with open(corrupt, "r+b") as fh:
            data = bytearray(fh.read())
            page = int.from_bytes(data[16:18], "big") or 65536
            for i in range(page + 8, min(len(data), page * 6)):
                data[i] = (data[i] * 7 + 13) & 0xFF
            fh.seek(0)
            fh.write(data)
        refused("a corrupt database", corrupt)
        refused("a corrupt database (db runs)", corrupt, ("db", "runs"))
        foreign = os.path.join(tmp, "foreign.db")
        con = sqlite3.connect(foreign)
        con.execute("CREATE TABLE contacts(name TEXT, phone TEXT)")
        con.execute("INSERT INTO contacts VALUES('a', '1')")
        con.commit()
        con.close()
        refused("another application's SQLite database", foreign, want_msg="not a drvlint database")
        text = os.path.join(tmp, "notes.txt")
        with open(text, "w") as fh:
            fh.write("some notes, not a database\n" * 10)
        refused("a text file given as --db", text, want_msg="not a drvlint database")
        newer = os.path.join(tmp, "newer.db")
        shutil.copy(good, newer)
        con = sqlite3.connect(newer)
        con.execute(f"PRAGMA user_version = {STORE_SCHEMA_VERSION + 1}")
        con.commit()
        con.close()
        refused("a database of a newer drvlint", newer, want_msg="newer drvlint")
        rc, _, err, _ = _run(binary, ["check", "--db", tmp, s1], env, tmp)
        record("store: --db DIR means DIR/.drvlint/drvlint.db",
               rc == 1 and os.path.exists(os.path.join(tmp, ".drvlint", "drvlint.db")), f"exit {rc}\n{err}")

        # kill -9 in the middle of the run's transaction
        s4 = os.path.join(tmp, "s4")
        _copy_driver(sample, s4)
        _run(binary, ["check", s4], env, tmp)
        db4 = os.path.join(s4, ".drvlint", "drvlint.db")
        e = dict(env)
        e["DRVLINT_TEST_STORE_PAUSE_MS"] = "60000"
        _add_defect_unload(os.path.join(s4, "driver.c"))
        p = subprocess.Popen([binary, "check", "--no-cache", s4], cwd=tmp, env=e, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        seen = False
        t0 = time.time()
        while time.time() - t0 < 300:
            line = p.stderr.readline()
            if not line:
                break
            if "run transaction open" in line:
                seen = True
                break
        reader = None
        if seen:
            con = sqlite3.connect(db4, timeout=5)
            reader = (con.execute("SELECT count(*) FROM runs").fetchone()[0],
                      con.execute("SELECT count(*) FROM findings").fetchone()[0])
            con.close()
        p.send_signal(signal.SIGKILL)
        p.wait()
        p.stderr.close()
        con = sqlite3.connect(db4)
        after = (con.execute("SELECT count(*) FROM runs").fetchone()[0],
                 con.execute("SELECT count(*) FROM findings").fetchone()[0])
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        con.close()
        record("store: a reader during a run's transaction sees no partial run", seen and reader == (1, 1),
               f"seen {seen}, reader saw {reader}")
        rc, out, err, _ = _run(binary, ["check", s4], env, tmp)
        con = sqlite3.connect(db4)
        final = con.execute("SELECT count(*) FROM runs").fetchone()[0]
        con.close()
        record("store: kill -9 during the run's transaction leaves the database as it was",
               seen and after == (1, 1) and integrity == "ok" and rc == 1 and final == 2,
               f"seen {seen}, after {after}, integrity {integrity}, next run exit {rc}, runs {final}\n{err}")

        # two jobs sharing one database at the same time
        shared = os.path.join(tmp, "shared.db")
        a_dir, b_dir = os.path.join(tmp, "ja"), os.path.join(tmp, "jb")
        _copy_driver(sample, a_dir)
        _copy_driver(sample, b_dir)
        ea = dict(env)
        ea["DRVLINT_TEST_STORE_PAUSE_MS"] = "3000"
        pa = subprocess.Popen([binary, "check", "--db", shared, a_dir], cwd=tmp, env=ea, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        first = pa.stderr.readline()
        pb = subprocess.Popen([binary, "check", "--db", shared, b_dir], cwd=tmp, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        _, eb = pb.communicate(timeout=600)
        _, ea_rest = pa.communicate(timeout=600)
        con = sqlite3.connect(shared)
        runs = con.execute("SELECT count(*), count(DISTINCT root) FROM runs").fetchone()
        con.close()
        record("store: two concurrent runs sharing a database both succeed (WAL, busy timeout)",
               "transaction open" in first and pa.returncode == 1 and pb.returncode == 1 and runs == (2, 2),
               f"exits {pa.returncode}/{pb.returncode}, runs {runs}\n{first}{ea_rest}\n{eb}")

        # ---- incremental re-analysis ------------------------------------------------------
        corpus = os.path.join(root, "corpus")
        tree = os.path.join(tmp, "tree")
        os.makedirs(tree)
        for d in sorted(os.listdir(corpus)):
            if os.path.isdir(os.path.join(corpus, d)) and not d.startswith("."):
                _copy_driver(os.path.join(corpus, d), os.path.join(tree, d))
        ndrivers = len(os.listdir(tree))
        _copy_driver(sample, os.path.join(tree, "zz-sample"))    # a driver with findings, whatever the corpus has
        ndrivers += 1
        rc1, o1, e1, t1 = _run(binary, ["check", "--format", "json", "tree"], env, tmp)
        rc2, o2, e2, t2 = _run(binary, ["check", "--format", "json", "tree"], env, tmp)
        t2b = _run(binary, ["check", "--format", "json", "tree"], env, tmp)[3]
        warm = min(t2, t2b)
        try:
            d1, d2 = json.loads(o1), json.loads(o2)
            reused = [r["driver"]["reused_from_run"] for r in d2["reports"]]
            ok = rc1 == rc2 and len(d1["reports"]) == ndrivers and all(x == 1 for x in reused) and \
                warm <= 0.10 * t1
            same = _strip_times(d1) == _strip_times(d2)
        except (ValueError, KeyError) as ex:
            ok, same, reused = False, False, str(ex)
        figure = f"{warm:.3f}s vs {t1:.2f}s, {100 * warm / max(t1, 1e-9):.1f}%"
        record("incremental: a second check of the unchanged corpus takes at most 10% of the first", ok,
               f"{figure}; exit {rc1}/{rc2}, reused {reused}\n{e1[-1500:]}\n{e2[-1500:]}")
        print(f"     incremental: {ndrivers} drivers, second run {figure} of the first")
        record("incremental: the reused results are the same report as the analysis (findings, traces, "
               "fingerprints, files, entry points)", same, "")

        # change one file: only its driver is analyzed again, and the findings are a cold run's
        budget = ["--budget-states", "3000", "--budget-steps", "300000", "--budget-ms", "3600000"]
        cold_args = ["check", "--format", "json"] + budget
        _run(binary, cold_args + ["tree"], env, tmp)                       # the reference state
        victim = sorted(d for d in os.listdir(tree) if not d.startswith("."))[0]
        cfile = sorted(f for f in os.listdir(os.path.join(tree, victim)) if f.endswith(".c"))[0]
        with open(os.path.join(tree, victim, cfile), "a") as fh:
            fh.write("\nstatic int DrvlintIncrementalProbe(int x)\n{\n    return x + 1;\n}\n")
        rc3, o3, e3, _ = _run(binary, cold_args + ["tree"], env, tmp)
        rc4, o4, e4, _ = _run(binary, cold_args + ["--no-db", "tree"], env, tmp)
        try:
            d3, d4 = json.loads(o3), json.loads(o4)
            again = [r["driver"]["path"] for r in d3["reports"] if r["driver"]["reused_from_run"] is None]
            f3 = sorted(json.dumps(_strip_times(f), sort_keys=True) + p for p, f in _findings(d3))
            f4 = sorted(json.dumps(_strip_times(f), sort_keys=True) + p for p, f in _findings(d4))
            ok = rc3 == rc4 and again == [victim] and f3 == f4 and len(f3) > 0
            detail = f"analyzed again: {again} (changed {victim}/{cfile})\n" \
                     f"{len(f3)} vs {len(f4)} findings\n" + "\n".join(set(f3) ^ set(f4))[:3000]
        except (ValueError, KeyError) as ex:
            ok, detail = False, f"{ex}\n{e3[-2000:]}\n{e4[-2000:]}"
        record("incremental: changing one file re-analyzes only its driver and gives the findings of a cold run "
               "(including fingerprints)", ok, detail)

        # a header
        hdr_driver = None
        for d in sorted(x for x in os.listdir(tree) if not x.startswith(".")):
            hs = [f for f in os.listdir(os.path.join(tree, d)) if f.endswith(".h")]
            if hs:
                hdr_driver = (d, hs[0])
                break
        if hdr_driver:
            with open(os.path.join(tree, hdr_driver[0], hdr_driver[1]), "a") as fh:
                fh.write("\n/* a comment added to a header */\n")
            rc, o, e, _ = _run(binary, cold_args + ["tree"], env, tmp)
            try:
                again = [r["driver"]["path"] for r in json.loads(o)["reports"]
                         if r["driver"]["reused_from_run"] is None]
            except (ValueError, KeyError):
                again = None
            record("incremental: changing a header re-analyzes the drivers that include it", again == [hdr_driver[0]],
                   f"{hdr_driver}: analyzed again {again}\n{e[-1500:]}")

        # what else is part of the key: options, rules, model headers, the tool build
        home = os.path.join(tmp, "home")
        for sub in ("include", "rules", "data"):
            shutil.copytree(os.path.join(root, sub), os.path.join(home, sub))
        s5 = os.path.join(tmp, "s5")
        _copy_driver(sample, s5)
        he = {"DRVLINT_HOME": home}

        def analyzed(args, extra=None, b=binary):
            rc, o, e, _ = _run(b, ["check", "--format", "json"] + args + [s5], env, tmp, extra_env=extra)
            try:
                return json.loads(o)["driver"]["reused_from_run"] is None, e
            except (ValueError, KeyError):
                return None, e

        steps = []
        steps.append(("first run", analyzed([], he), True))
        steps.append(("unchanged", analyzed([], he), False))
        steps.append(("-D FOO=1", analyzed(["-D", "FOO=1"], he), True))
        steps.append(("-D FOO=1 again", analyzed(["-D", "FOO=1"], he), False))
        with open(os.path.join(home, "rules", "irql", "irql-too-high.json")) as fh:
            rj = json.load(fh)
        rj["title"] = rj["title"] + " (edited)"
        with open(os.path.join(home, "rules", "irql", "irql-too-high.json"), "w") as fh:
            json.dump(rj, fh)
        steps.append(("a rule file edited", analyzed([], he), True))
        with open(os.path.join(home, "include", "wdm.h"), "a") as fh:
            fh.write("\n/* edited model header */\n")
        steps.append(("a model header edited", analyzed([], he), True))
        steps.append(("unchanged again", analyzed([], he), False))
        with open(os.path.join(s5, "device.json"), "w") as fh:
            fh.write('{"kind": "function"}\n')
        steps.append(("device.json added", analyzed([], he), True))
        other_bin = os.path.join(tmp, "drvlint-copy")
        shutil.copy(binary, other_bin)
        with open(other_bin, "ab") as fh:
            fh.write(b"\0rebuilt")
        os.chmod(other_bin, 0o755)
        steps.append(("another drvlint build", analyzed([], he, other_bin), True))
        steps.append(("--no-cache", analyzed(["--no-cache"], he), True))
        bad = [f"{name}: analyzed={got[0]} want {want}\n{got[1][-600:]}" for name, got, want in steps if got[0] != want]
        record("incremental: options, rule files, model headers, the device model and the tool build are part of "
               "the cache key", not bad, "\n".join(bad))

        # ---- fingerprints ------------------------------------------------------------------
        s6 = os.path.join(tmp, "s6")
        _copy_driver(sample, s6)
        _add_defect_unload(os.path.join(s6, "driver.c"))
        rc, o, e, _ = _run(binary, ["check", "--no-db", "--format", "json", s6], env, tmp)
        added = '\n/* moved down */\n\nint UnrelatedHelper{n}(int a)\n{{\n    return a * 2;\n}}\n\n'
        for n, fn in enumerate(("io.c", "driver.c")):
            with open(os.path.join(s6, fn)) as fh:
                s = fh.read()
            s = s.replace('#include "sample.h"\n', '#include "sample.h"\n' + added.format(n=n), 1)
            with open(os.path.join(s6, fn), "w") as fh:
                fh.write(s)
        rc2, o2, e2, _ = _run(binary, ["check", "--no-db", "--format", "json", s6], env, tmp)
        try:
            a = {f["fingerprint"]: f["line"] for f in json.loads(o)["findings"]}
            b = {f["fingerprint"]: f["line"] for f in json.loads(o2)["findings"]}
            shift = added.count("\n")
            ok = len(a) == 2 and set(a) == set(b) and all(b[k] == a[k] + shift for k in a)
        except (ValueError, KeyError):
            ok, a, b = False, None, None
        record("fingerprints: moving unrelated lines changes the lines, not the fingerprints", ok,
               f"before {a}\nafter {b}\n{e[-800:]}\n{e2[-800:]}")

        # ---- baselines ---------------------------------------------------------------------
        s7 = os.path.join(tmp, "s7")
        _copy_driver(sample, s7)
        _run(binary, ["check", s7], env, tmp)
        bfile = os.path.join(tmp, "baseline.json")
        rc, out, err, _ = _run(binary, ["baseline", "save", bfile], env, s7)
        try:
            with open(bfile) as fh:
                bd = json.load(fh)
            ok = rc == 0 and bd["format"] == "drvlint-baseline" and len(bd["findings"]) == 1 and \
                bd["findings"][0]["rule"] == "irql-too-high"
        except (OSError, ValueError, KeyError):
            ok = False
        record("baseline: baseline save FILE writes the findings of the latest run", ok, f"exit {rc}\n{err}")
        rc, out, err, _ = _run(binary, ["check", "--baseline", bfile, s7], env, tmp)
        record("baseline: nothing new against the baseline: exit 0, findings not marked new",
               rc == 0 and "[irql-too-high]" in out and "(new)" not in out and "0 new, 0 fixed" in err,
               f"exit {rc}\n{out}\n{err}")
        _add_defect_unload(os.path.join(s7, "driver.c"))
        rc, out, err, _ = _run(binary, ["check", "--baseline", bfile, s7], env, tmp)
        lines = [l for l in out.splitlines() if "[irql-too-high]" in l]
        record("baseline: a new finding counts (exit 1) and is marked new in the text",
               rc == 1 and len(lines) == 2 and sum("(new)" in l for l in lines) == 1 and
               any("driver.c" in l and "(new)" in l for l in lines) and "1 new, 0 fixed" in err,
               f"exit {rc}\n{out}\n{err}")
        rc, out, err, _ = _run(binary, ["check", "--baseline", bfile, "--format", "json", s7], env, tmp)
        try:
            jd = json.loads(out)
            news = {f["file"]: f["new"] for f in jd["findings"]}
            ok = rc == 1 and news == {"driver.c": True, "io.c": False} and jd["baseline"] == bfile and jd["fixed"] == []
        except (ValueError, KeyError):
            ok = False
        record("baseline: JSON marks new findings", ok, f"exit {rc}\n{out[:1500]}\n{err}")
        rc, doc, err = sarif(["check", "--baseline", bfile, s7], tmp, "baseline")
        try:
            states = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].split("/")[-1]:
                      r["baselineState"] for r in doc["runs"][0]["results"]}
            ok = rc == 1 and states == {"driver.c": "new", "io.c": "unchanged"}
        except (TypeError, KeyError, IndexError):
            ok, states = False, None
        record("baseline: SARIF marks new findings (baselineState)", ok, f"exit {rc} {states}\n{err}")
        # fix the old finding: listed as fixed; the run id form of --baseline
        with open(os.path.join(s7, "io.c")) as fh:
            s = fh.read()
        with open(os.path.join(s7, "io.c"), "w") as fh:
            fh.write(s.replace("        ZwClose(Ext->LogHandle);\n", "", 1))
        rc, out, err, _ = _run(binary, ["check", "--baseline", bfile, s7], env, tmp)
        rcj, outj, errj, _ = _run(binary, ["check", "--baseline", bfile, "--format", "json", s7], env, tmp)
        rcr, outr, errr, _ = _run(binary, ["check", "--baseline", "1", s7], env, tmp)
        try:
            fixed = json.loads(outj)["fixed"]
            okj = len(fixed) == 1 and fixed[0]["rule"] == "irql-too-high" and fixed[0]["file"] == "io.c"
        except (ValueError, KeyError):
            okj = False
        record("baseline: findings of the baseline that disappeared are listed as fixed (text, JSON); --baseline RUN",
               rc == 1 and "io.c:8:9: fixed: ZwClose requires" in out and "1 new, 1 fixed" in err and okj and
               rcr == 1 and "against run 1: 1 new, 1 fixed" in errr,
               f"exit {rc}/{rcj}/{rcr}\n{out}\n{err}\n{outj[-800:]}\n{errr}")

        # ---- suppressions ------------------------------------------------------------------
        def with_line(dirname, io_edit):
            d = os.path.join(tmp, dirname)
            _copy_driver(sample, d)
            with open(os.path.join(d, "io.c")) as fh:
                lines = fh.read().split("\n")
            io_edit(lines)
            with open(os.path.join(d, "io.c"), "w") as fh:
                fh.write("\n".join(lines))
            return d

        cases = [
            ("comment on the line", lambda l: l.__setitem__(7, l[7] + "  // drvlint: ignore[irql-too-high] closed "
                                                                    "before the lock in practice"),
             True, "inline", "closed before the lock in practice"),
            ("comment on the line above", lambda l: l.insert(7, "        /* drvlint: ignore[irql-too-high] reviewed */"),
             True, "inline", "reviewed"),
            ("#pragma warning(suppress: 28121) above", lambda l: l.insert(7, "#pragma warning(suppress: 28121)"),
             True, "pragma", None),
            ("#pragma prefast(suppress: 28121, reason) above",
             lambda l: l.insert(7, '#pragma prefast(suppress: 28121, "the handle is closed at PASSIVE_LEVEL")'),
             True, "pragma", "the handle is closed at PASSIVE_LEVEL"),
            ("another rule's id does not suppress", lambda l: l.insert(7, "// drvlint: ignore[irql-too-low] no"),
             False, None, None),
            ("another warning number does not suppress", lambda l: l.insert(7, "#pragma warning(suppress: 28122)"),
             False, None, None),
            ("a comment two lines above does not suppress",
             lambda l: l.insert(6, "// drvlint: ignore[irql-too-high] too far"), False, None, None),
        ]
        for i, (name, edit, want, kind, just) in enumerate(cases):
            d = with_line(f"sup{i}", edit)
            rc, out, err, _ = _run(binary, ["check", d], env, tmp)
            rcs, outs, errs, _ = _run(binary, ["check", "--show-suppressed", d], env, tmp)
            rcj, doc, errj = sarif(["check", d], tmp, f"suppress{i}")
            con = sqlite3.connect(os.path.join(d, ".drvlint", "drvlint.db"))
            row = con.execute("SELECT suppressed, suppression_kind, justification FROM findings"
                              " ORDER BY id DESC LIMIT 1").fetchone()
            con.close()
            try:
                res0 = doc["runs"][0]["results"][0]
                sup = res0.get("suppressions")
            except (TypeError, KeyError, IndexError):
                res0, sup = None, "missing"
            if want:
                ok = rc == 0 and "[irql-too-high]" not in out and rcs == 0 and "(suppressed" in outs and \
                    rcj == 0 and sup and sup[0]["kind"] == "inSource" and sup[0].get("justification") == just and \
                    row == (1, kind, just) and (just is None or just in outs)
            else:
                ok = rc == 1 and "[irql-too-high]" in out and res0 is not None and not sup and row[0] == 0
            record(f"suppressions: {name}", ok, f"exit {rc}/{rcs}/{rcj}\n{out}\n{outs}\nsarif {sup}\ndb {row}\n{err}")

        # ---- SARIF -----------------------------------------------------------------------------
        repo = os.path.join(tmp, "repo")
        os.makedirs(os.path.join(repo, "drivers"))
        _copy_driver(sample, os.path.join(repo, "drivers", "sample"))
        _git(repo, "init", "-q")
        rc, doc, err = sarif(["check", "drivers/sample"], repo, "sample")
        detail = f"exit {rc}\n{err[-1500:]}"
        try:
            run_ = doc["runs"][0]
            drv = run_["tool"]["driver"]
            rules = drv["rules"]
            r0 = run_["results"][0]
            rule = rules[r0["ruleIndex"]]
            loc = r0["locations"][0]["physicalLocation"]
            flow = r0["codeFlows"][0]["threadFlows"][0]["locations"]
            inv = run_["invocations"][0]
            with open(os.path.join(repo, "drivers/sample/io.c")) as fh:
                lh = _line_hash(fh.read())[8]
            checks = {
                "driver name/version": drv["name"] == "drvlint" and drv["semanticVersion"].count(".") == 2,
                "rules are the rules, not trackers": len(rules) >= 20 and
                all(not x["id"].endswith("-state") for x in rules),
                "rule metadata": all(k in rule for k in ("id", "name", "shortDescription", "fullDescription", "help",
                                                         "defaultConfiguration", "properties")) and
                rule["id"] == "irql-too-high" and rule["name"] == "IrqlTooHigh" and
                "Managing Hardware Priorities" in rule["help"]["markdown"] and
                "learn.microsoft.com" in rule["help"]["markdown"] and "C28121" in rule["help"]["text"] and
                rule["defaultConfiguration"]["level"] == "error" and
                rule["properties"]["precision"] in ("very-high", "high", "medium", "low") and
                "irql" in rule["properties"]["tags"] and rule["properties"]["codeAnalysis"].startswith("C28121") and
                rule["properties"]["staticDriverVerifier"] != "",
                "result": r0["ruleId"] == "irql-too-high" and r0["level"] == "error" and
                r0["message"]["text"].startswith("ZwClose requires"),
                "location": loc["artifactLocation"] == {"uri": "drivers/sample/io.c", "uriBaseId": "%SRCROOT%"} and
                loc["region"] == {"startLine": 8, "startColumn": 9, "endLine": 8, "endColumn": 32},
                "srcroot": run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + os.path.realpath(repo) + "/",
                "line hash": r0["partialFingerprints"]["primaryLocationLineHash"] == lh and
                len(r0["partialFingerprints"]["drvlintFingerprint/v1"]) == 32,
                "code flow": len(flow) >= 4 and flow[-1]["location"]["message"]["text"].startswith("ZwClose") and
                "entry point SampleDeviceControl" in flow[0]["location"]["message"]["text"],
                "related location": r0["relatedLocations"][0]["message"]["text"] != "",
                "automation id": run_["automationDetails"]["id"] == "drvlint/drivers/sample/",
                "invocation": inv["executionSuccessful"] is True and inv["exitCode"] == 1 and
                "startTimeUtc" in inv and inv["commandLine"].startswith("drvlint check"),
            }
            bad = [k for k, v in checks.items() if not v]
            detail += f"\nfailed: {bad}\n{json.dumps(r0)[:2500]}\n{json.dumps(rule)[:1500]}"
            ok = rc == 1 and not bad
        except (TypeError, KeyError, IndexError, OSError) as ex:
            ok = False
            detail += f"\n{ex!r}"
        record("sarif: complete for GitHub code scanning (rules, result, region, %SRCROOT% uri, line hash, code flow, "
               "related location, automation id, invocation)", ok, detail)
        rc, doc, err = sarif(["check", os.path.join(root, "tests/data/syntax")], tmp, "syntax")
        try:
            inv = doc["runs"][0]["invocations"][0]
            notes = inv["toolExecutionNotifications"]
            ok = rc == 2 and inv["executionSuccessful"] is False and \
                any("expected expression" in n["message"]["text"] and n["level"] == "error" for n in notes)
        except (TypeError, KeyError, IndexError):
            ok = False
        record("sarif: parse diagnostics are tool notifications; the run is not successful", ok,
               f"exit {rc}\n{json.dumps(doc)[-1500:] if doc else err}")
        rc, doc, err = sarif(["check", "--no-db", "--budget-steps", "1", s1], tmp, "budget")
        try:
            notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
            ok = any(n["descriptor"]["id"] == "drvlint/budget-exhausted" and "budget ran out" in n["message"]["text"]
                     for n in notes)
        except (TypeError, KeyError, IndexError):
            ok = False
        record("sarif: exhausted exploration budgets are tool notifications", ok, f"exit {rc}\n{err[-1000:]}")
        rc, doc, err = sarif(["check", "--sarif-category", "ci/x64/", s1], tmp, "category")
        record("sarif: --sarif-category sets run.automationDetails.id",
               doc is not None and doc["runs"][0]["automationDetails"]["id"] == "ci/x64/", err)
        tree2 = os.path.join(tmp, "tree2")
        _copy_driver(sample, os.path.join(tree2, "one"))
        _copy_driver(sample, os.path.join(tree2, "two"))
        rc, doc, err = sarif(["check", "tree2"], tmp, "tree")
        try:
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].split("/")[0]
                    for r in doc["runs"][0]["results"]}
            ok = len(doc["runs"]) == 1 and len(uris) >= 2
        except (TypeError, KeyError, IndexError):
            ok, uris = False, None
        record("sarif: a tree of drivers is one run with every driver's results", ok, f"{uris}\n{err[-800:]}")

        # ---- --fail-on ----------------------------------------------------------------------------
        rdir = os.path.join(tmp, "warn-rules")
        os.makedirs(rdir)
        with open(os.path.join(rdir, "no-zwclose.json"), "w") as fh:
            json.dump({"id": "test-no-zwclose", "family": "irql", "severity": "warning",
                       "title": "ZwClose is not allowed in this project", "description": "test rule",
                       "guide": "none", "transitions": [{"on": "call", "callee": "ZwClose",
                                                          "error": "{callee} is banned here"}]}, fh)
        warn_only = ["--rules", rdir, "--only", "test-no-zwclose", "--no-db", s1]
        codes = {
            ("default", "warning"): _run(binary, ["check"] + warn_only, env, tmp)[0],
            ("error", "warning"): _run(binary, ["check", "--fail-on", "error"] + warn_only, env, tmp)[0],
            ("warning", "warning"): _run(binary, ["check", "--fail-on", "warning"] + warn_only, env, tmp)[0],
            ("never", "error"): _run(binary, ["check", "--fail-on", "never", "--no-db", s1], env, tmp)[0],
            ("error", "error"): _run(binary, ["check", "--fail-on", "error", "--no-db", s1], env, tmp)[0],
            ("never", "input error"): _run(binary, ["check", "--fail-on", "never", "--no-db",
                                                    os.path.join(root, "tests/data/syntax")], env, tmp)[0],
        }
        want = {("default", "warning"): 1, ("error", "warning"): 0, ("warning", "warning"): 1, ("never", "error"): 0,
                ("error", "error"): 1, ("never", "input error"): 2}
        record("ci: --fail-on error|warning|never decides which findings give exit 1 (input errors stay 2)",
               codes == want, f"got {codes}\nwant {want}")

        # ---- --changed, --staged, the hooks ---------------------------------------------------------
        g = os.path.join(tmp, "git")
        os.makedirs(os.path.join(g, "drivers"))
        _copy_driver(sample, os.path.join(g, "drivers", "sample"))
        _copy_driver(sample, os.path.join(g, "drivers", "other"))
        with open(os.path.join(g, ".gitignore"), "w") as fh:
            fh.write(".drvlint/\n")
        _git(g, "init", "-q")
        _git(g, "add", "-A")
        _git(g, "commit", "-qm", "initial")
        rc, out, err, _ = _run(binary, ["check", "--changed"], env, g)
        record("ci: --changed with nothing changed analyzes nothing, exit 0",
               rc == 0 and "no driver contains a changed file" in err and "[irql-too-high]" not in out,
               f"exit {rc}\n{out}\n{err}")
        _add_defect_unload(os.path.join(g, "drivers", "sample", "driver.c"))
        rc, out, err, _ = _run(binary, ["check", "--changed"], env, g)
        rcj, outj, errj, _ = _run(binary, ["check", "--changed=HEAD", "--format", "json"], env, g)
        try:
            jd = json.loads(outj)
            paths = [r["driver"]["path"] for r in jd["reports"]]
            fs = [(p, f["file"], f["new"]) for p, f in _findings(jd)]
        except (ValueError, KeyError):
            paths = fs = None
        record("ci: --changed analyzes only the drivers with changed files and reports findings on changed lines",
               rc == 1 and "drivers/sample/driver.c:" in out and "io.c:8" not in out and "drivers/other" not in out
               and paths == ["drivers/sample"] and fs == [("drivers/sample", "drivers/sample/driver.c", True)],
               f"exit {rc}/{rcj}\n{out}\n{err}\n{paths} {fs}\n{errj[-800:]}")
        rc, out, err, _ = _run(binary, ["check", "--changed", "no-such-rev"], env, g)
        record("ci: --changed with an unknown revision is a usage error",
               rc == 2 and "not a commit" in err, f"exit {rc}\n{err}")
        rc, out, err, _ = _run(binary, ["check", "--staged", "--no-db", s1], env, tmp)
        record("ci: --staged outside a git work tree is a clear error", rc == 2 and "git work tree" in err,
               f"exit {rc}\n{err}")
        _git(g, "checkout", "-q", "--", ".")

        # a finding the change causes on an unchanged line: reported when new against the last full run
        g2 = os.path.join(tmp, "git2")
        _copy_driver(sample, g2)
        with open(os.path.join(g2, ".gitignore"), "w") as fh:
            fh.write(".drvlint/\n")
        _git(g2, "init", "-q")
        _git(g2, "add", "-A")
        _git(g2, "commit", "-qm", "initial")
        rc0, _, e0, _ = _run(binary, ["check", "."], env, g2)               # the reference: a full run
        with open(os.path.join(g2, "io.c")) as fh:
            s = fh.read()
        with open(os.path.join(g2, "io.c"), "w") as fh:
            fh.write(s.replace("    KeReleaseSpinLock(&ext->Lock, oldIrql);\n", "", 1))
        rc, out, err, _ = _run(binary, ["check", "--changed", "--format", "json"], env, g2)
        rcn, outn, errn, _ = _run(binary, ["check", "--changed", "--format", "json", "--db",
                                           os.path.join(tmp, "fresh.db")], env, g2)
        try:
            got = sorted((f["line"], f["rule"], f["new"]) for _, f in _findings(json.loads(out)))
            gotn = [f["rule"] for _, f in _findings(json.loads(outn))]
        except (ValueError, KeyError):
            got = gotn = None
        record("ci: --changed also reports findings the change causes on unchanged lines when they are new against "
               "the last full run (not the old ones); without a full run, only changed lines",
               rc0 == 1 and rc == 1 and got is not None and len(got) >= 2 and all(n for _, _, n in got) and
               all(line > 20 for line, _, _ in got) and rcn == 0 and gotn == [],
               f"exit {rc0}/{rc}/{rcn}\n{got}\n{gotn}\n{err[-800:]}\n{errn[-800:]}")

        # a plain git hook, end to end
        rc, out, err, _ = _run(binary, ["install-hook"], env, g)
        hook = os.path.join(g, ".git", "hooks", "pre-commit")
        ok = rc == 0 and os.access(hook, os.X_OK)
        record("ci: install-hook installs an executable pre-commit hook", ok, f"exit {rc}\n{out}\n{err}")
        henv = dict(env)
        henv["PATH"] = os.path.dirname(os.path.abspath(binary)) + os.pathsep + env.get("PATH", os.environ["PATH"])
        _add_defect_unload(os.path.join(g, "drivers", "sample", "driver.c"))
        _git(g, "add", "-A")
        c1 = subprocess.run(["git", "commit", "-m", "adds a defect"], cwd=g, capture_output=True, text=True,
                            env=dict(henv, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e", GIT_COMMITTER_NAME="t",
                                     GIT_COMMITTER_EMAIL="t@e"))
        head1 = _git(g, "rev-list", "--count", "HEAD").stdout.strip()
        record("ci: the hook refuses a commit that adds a defect and shows the finding",
               c1.returncode != 0 and head1 == "1" and "driver.c" in c1.stdout + c1.stderr and
               "[irql-too-high]" in c1.stdout + c1.stderr,
               f"exit {c1.returncode}, commits {head1}\n{c1.stdout}\n{c1.stderr}")
        _git(g, "reset", "-q", "--hard")
        with open(os.path.join(g, "drivers", "sample", "io.c"), "a") as fh:
            fh.write("\n/* a clean change */\n")
        _git(g, "add", "-A")
        c2 = subprocess.run(["git", "commit", "-m", "clean"], cwd=g, capture_output=True, text=True,
                            env=dict(henv, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e", GIT_COMMITTER_NAME="t",
                                     GIT_COMMITTER_EMAIL="t@e"))
        head2 = _git(g, "rev-list", "--count", "HEAD").stdout.strip()
        record("ci: the hook lets a clean commit pass (an old finding in the file does not block it)",
               c2.returncode == 0 and head2 == "2", f"exit {c2.returncode}, commits {head2}\n{c2.stdout}\n{c2.stderr}")
        with open(hook, "w") as fh:
            fh.write("#!/bin/sh\necho my own hook\n")
        rc, out, err, _ = _run(binary, ["install-hook"], env, g)
        with open(hook) as fh:
            kept = fh.read()
        record("ci: install-hook keeps a hook it did not install (unless --force)",
               rc == 2 and "--force" in err and "my own hook" in kept, f"exit {rc}\n{err}")

        # the pre-commit framework's manifest
        manifest = os.path.join(root, ".pre-commit-hooks.yaml")
        try:
            with open(manifest) as fh:
                text = fh.read()
            try:
                import yaml  # noqa: PLC0415
                hooks = yaml.safe_load(text)
                ok = isinstance(hooks, list) and all({"id", "name", "entry", "language"} <= set(h) for h in hooks) and \
                    any("--staged" in h["entry"] for h in hooks) and \
                    all(h.get("pass_filenames") is False for h in hooks)
            except ImportError:
                ok = "- id: drvlint" in text and "--staged" in text and "pass_filenames: false" in text
            for h in ("tools/pre-commit-hook.sh",):
                ok = ok and os.access(os.path.join(root, h), os.X_OK)
        except OSError as ex:
            ok, text = False, str(ex)
        record("ci: .pre-commit-hooks.yaml declares the drvlint hooks for the pre-commit framework", ok, text[:1500])

        # ---- bad input --------------------------------------------------------------------------
        nodb = os.path.join(tmp, "nodb")
        os.makedirs(nodb)
        bads = [
            ("--baseline of a missing file", ["check", "--baseline", os.path.join(tmp, "nope.json"), s1], tmp,
             "nope.json"),
            ("--baseline of a file that is not a baseline", ["check", "--baseline", text_file(tmp), s1], tmp,
             "not a baseline"),
            ("--baseline of a run that does not exist", ["check", "--baseline", "999", s1], tmp, "no run 999"),
            ("--baseline RUN with --no-db", ["check", "--no-db", "--baseline", "1", s1], tmp, "--no-db"),
            ("--db that is a FIFO", ["check", "--db", fifo(tmp), s1], tmp, "not a regular file"),
            ("db commands with a missing database", ["db", "runs", "--db", os.path.join(nodb, "x.db")], tmp,
             "no such database"),
            ("db findings of a run that does not exist", ["db", "findings", "--run", "999", "--db", dbp], tmp,
             "no run 999"),
            ("db diff with one run", ["db", "diff", "1", "--db", dbp], tmp, "needs two runs"),
            ("db with an unknown command", ["db", "frob", "--db", dbp], tmp, "unknown db command"),
            ("baseline save into a missing directory",
             ["baseline", "save", os.path.join(tmp, "no", "dir", "b.json"), "--db", dbp], tmp, "cannot write"),
            ("install-hook outside a git work tree", ["install-hook"], nodb, "not in a git work tree"),
            ("--fail-on with a bad value", ["check", "--fail-on", "sometimes", s1], tmp, "--fail-on"),
            ("--changed and --staged together", ["check", "--changed", "--staged", s1], tmp, "cannot be combined"),
        ]
        for name, args, cwd, msg in bads:
            rc, out, err, _ = _run(binary, args, env, cwd)
            record(f"bad input: {name}", rc == 2 and msg in err, f"exit {rc} (want 2)\n{out[-500:]}\n{err[-1000:]}")
        leftovers = []
        for dirpath, _, files in os.walk(tmp):
            leftovers += [os.path.join(dirpath, f) for f in files if ".tmp." in f]
        record("bad input: no temporary files left behind", not leftovers, str(leftovers))
        record("sarif: the tests above produced SARIF reports", nsarif[0] >= 10, str(nsarif[0]))
    finally:
        for dirpath, dirs, files in os.walk(tmp):
            for n in dirs + files:
                try:
                    os.chmod(os.path.join(dirpath, n), stat.S_IRWXU)
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)


def text_file(tmp):
    p = os.path.join(tmp, "plain.json")
    with open(p, "w") as fh:
        fh.write('{"hello": "world"}\n')
    return p


def fifo(tmp):
    p = os.path.join(tmp, "pipe.db")
    if not os.path.exists(p):
        os.mkfifo(p)
    return p


def _line_hash(text):
    """GitHub's primaryLocationLineHash of every line (1-based), written from
    the upload action's description, for checking the C implementation."""
    mod, block, mask = 37, 100, (1 << 64) - 1
    first_mod = pow(mod, block, 1 << 64)
    window = [0] * block
    line_numbers = [-1] * block
    state = {"hash": 0, "index": 0, "line": 0, "line_start": True, "prev_cr": False}
    counts, out = {}, {}

    def output():
        h = format(state["hash"], "x")
        counts[h] = counts.get(h, 0) + 1
        out[line_numbers[state["index"]]] = f"{h}:{counts[h]}"
        line_numbers[state["index"]] = -1

    def update(c):
        begin = window[state["index"]]
        window[state["index"]] = c
        state["hash"] = (mod * state["hash"] + c - first_mod * begin) & mask
        state["index"] = (state["index"] + 1) % block

    def process(c):
        if c in (32, 9) or (state["prev_cr"] and c == 10):
            state["prev_cr"] = False
            return
        if c == 13:
            c = 10
            state["prev_cr"] = True
        else:
            state["prev_cr"] = False
        if line_numbers[state["index"]] != -1:
            output()
        if state["line_start"]:
            state["line_start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if c == 10:
            state["line_start"] = True
        update(c)

    for u in text.encode("utf-16-le").decode("utf-16-le"):
        for unit in ([ord(u)] if ord(u) < 0x10000 else
                     [0xD800 + ((ord(u) - 0x10000) >> 10), 0xDC00 + ((ord(u) - 0x10000) & 0x3FF)]):
            process(unit)
    process(65535)
    for _ in range(block):
        if line_numbers[state["index"]] != -1:
            output()
        update(0)
    return out
