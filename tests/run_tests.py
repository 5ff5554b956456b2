#!/usr/bin/env python3
"""run_tests.py - drvlint's test runner (`make test`).

Runs every test twice, once with the optimised build and once with the
AddressSanitizer + UndefinedBehaviorSanitizer build (LeakSanitizer on; only
leaks inside libclang/LLVM are suppressed, see tests/lsan.supp), and ends
with exactly one line "N passed, N failed".

Test groups:
  unit      C unit tests (tests/unit/test_*.c), one result per test function
  rules     rule cases: tests/rules/**/*.c, each a small driver whose expected
            findings are written in the source as drvlint-expect markers;
            a `drvlint-args:` comment adds command-line options
  cli       the command line: bad input, exit codes, formats (tests/cli_tests.py)
  store     the findings database, incremental re-analysis, baselines,
            suppressions, SARIF, --changed/--staged and the hooks
            (tests/store_tests.py)
  corpus    the corpus scorer: clean drivers clean, every seeded defect found

Every SARIF report a pass produces (unit and store tests) is validated
against tests/schemas/sarif-schema-2.1.0.json at the end of the pass.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cli_tests  # noqa: E402
import store_tests  # noqa: E402


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def record(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            self.failures.append((name, detail))
            print(f"FAIL {name}")
            if detail:
                for line in detail.rstrip().splitlines()[:40]:
                    print(f"     {line}")
        sys.stdout.flush()


def sanitizer_env():
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:exitcode=99:strict_string_checks=1"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=99"
    env["LSAN_OPTIONS"] = "suppressions=" + os.path.join(HERE, "lsan.supp") + ":print_suppressions=0"
    return env


def run_unit(binary, label, res, env):
    try:
        p = subprocess.run([binary], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    except subprocess.TimeoutExpired:
        res.record(f"{label} {os.path.basename(binary)}", False, "timed out")
        return
    seen = False
    for line in p.stdout.splitlines():
        m = re.match(r"(PASS|FAIL) (\S+)(?:: (.*))?", line)
        if m:
            seen = True
            res.record(f"{label} {os.path.basename(binary)}:{m.group(2)}", m.group(1) == "PASS",
                       (m.group(3) or "") + "\n" + p.stderr[-3000:] if m.group(1) == "FAIL" else "")
    if not seen or p.returncode not in (0, 1) or (p.returncode == 1 and "FAIL" not in p.stdout):
        res.record(f"{label} {os.path.basename(binary)} (exit)", False,
                   f"exit {p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")


def validate_sarif(sarif_dir, label, res):
    """Validates every SARIF report of the pass against the 2.1.0 schema."""
    import json
    try:
        import jsonschema
    except ImportError:
        res.record(f"{label} sarif: python3-jsonschema is installed (tools/install-deps.sh)", False)
        return
    with open(os.path.join(HERE, "schemas", "sarif-schema-2.1.0.json")) as fh:
        schema = json.load(fh)
    validator = jsonschema.Draft4Validator(schema)
    names = sorted(os.listdir(sarif_dir))
    for name in names:
        with open(os.path.join(sarif_dir, name)) as fh:
            try:
                doc = json.load(fh)
            except ValueError as e:
                res.record(f"{label} sarif: {name} validates against the SARIF 2.1.0 schema", False, str(e))
                continue
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        res.record(f"{label} sarif: {name} validates against the SARIF 2.1.0 schema", not errors,
                   "\n".join(f"{'/'.join(map(str, e.path))}: {e.message[:300]}" for e in errors[:10]))
    res.record(f"{label} sarif: the pass produced SARIF reports to validate ({len(names)})", len(names) > 0)


def rule_cases():
    """Each .c file is a case; a directory named *.case (several files, e.g.
    a violation that crosses files) is one case."""
    base = os.path.join(HERE, "rules")
    cases = []
    for dirpath, dirs, files in os.walk(base):
        if dirpath.endswith(".case"):
            cases.append(dirpath)
            dirs[:] = []
            continue
        for f in sorted(files):
            if f.endswith(".c"):
                cases.append(os.path.join(dirpath, f))
    return sorted(cases)


def case_args(path):
    args = []
    files = [path] if os.path.isfile(path) else \
        [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".c")]
    base = path if os.path.isdir(path) else os.path.dirname(path)
    for src in files:
        with open(src, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
        for line in lines:
            m = re.search(r"drvlint-args:\s*(.*?)\s*(\*/)?$", line)
            if m:
                for a in m.group(1).split():
                    if a.endswith(".json") and not os.path.isabs(a):
                        a = os.path.join(base, a)
                    args.append(a)
    return args


def run_rule_cases(binary, label, res, env):
    for case in rule_cases():
        rel = os.path.relpath(case, ROOT)
        cmd = [binary, "check", "--expect"] + case_args(case) + [case]
        try:
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
        except subprocess.TimeoutExpired:
            res.record(f"{label} {rel}", False, "timed out")
            continue
        res.record(f"{label} {rel}", p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:])


def run_corpus(binary, label, res, env):
    corpus = os.path.join(ROOT, "corpus")
    if not os.path.isdir(corpus) or not any(os.path.isdir(os.path.join(corpus, d)) for d in os.listdir(corpus)):
        res.record(f"{label} corpus present", False, "corpus/ has no drivers")
        return
    t0 = time.time()
    p = subprocess.run([binary, "corpus", "--format", "json", corpus], cwd=ROOT, capture_output=True, text=True,
                       timeout=1800, env=env)
    import json
    try:
        doc = json.loads(p.stdout)
    except ValueError:
        res.record(f"{label} corpus scorer output", False, p.stdout[-2000:] + p.stderr[-3000:])
        return
    for d in doc["drivers"]:
        clean = d["builds"][0]
        res.record(f"{label} corpus {d['name']}: clean build parses without diagnostics", clean["diagnostics"] == 0,
                   "\n".join(clean["problems"]))
        res.record(f"{label} corpus {d['name']}: clean build has no findings",
                   clean["false_positives"] == 0 and clean["found"] == 0, "\n".join(clean["problems"]))
        res.record(f"{label} corpus {d['name']}: defects.tsv matches the sources", not d["errors"], "\n".join(d["errors"]))
        for b in d["builds"][1:]:
            res.record(f"{label} corpus {d['name']} {b['variant']}",
                       b["false_positives"] == 0 and b["missed"] == 0, "\n".join(b["problems"]))
    res.record(f"{label} corpus scorer exit code matches its verdict", (p.returncode == 0) == doc["ok"],
               f"exit {p.returncode}, ok {doc['ok']}")
    print(f"     corpus: precision {doc['total']['precision']:.2f} recall {doc['total']['recall']:.2f} "
          f"({time.time() - t0:.1f}s)")


def corpus_findings(binary, env, driver, variant, extra):
    import json
    args = [binary, "check", "--no-db", "--format", "json", driver] + (["-D", variant] if variant else []) + extra
    p = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    doc = json.loads(p.stdout)
    return sorted((f["rule"], f["file"], f["line"]) for rep in doc.get("reports", [doc]) for f in rep["findings"])


def run_exactness(binary, label, res, env):
    """Joins and call summaries are optimisations: on every corpus build
    they must give exactly the findings of plain path-by-path exploration."""
    corpus = os.path.join(ROOT, "corpus")
    for name in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, name)
        tsv = os.path.join(d, "defects.tsv")
        if not os.path.isfile(tsv):
            continue
        with open(tsv) as fh:
            variants = [None] + [l.split("\t")[0] for l in fh.read().splitlines()[1:] if l.strip()]
        diffs = []
        for v in variants:
            fast = corpus_findings(binary, env, d, v, [])
            exact = corpus_findings(binary, env, d, v, ["--no-joins", "--no-summaries"])
            if fast != exact:
                diffs.append(f"{v or '(clean)'}: only with joins/summaries {sorted(set(fast) - set(exact))}, "
                             f"only without {sorted(set(exact) - set(fast))}")
        res.record(f"{label} corpus {name}: joins and summaries change no finding ({len(variants)} builds)",
                   not diffs, "\n".join(diffs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--san-bin")
    ap.add_argument("--units", default="")
    ap.add_argument("--san-units", default="")
    ap.add_argument("--only", help="run only groups (comma list: unit,rules,cli,corpus)")
    ap.add_argument("--no-san", action="store_true", help="skip the sanitizer pass")
    args = ap.parse_args()
    groups = set((args.only or "unit,rules,cli,store,corpus").split(","))
    res = Results()
    passes = [("", os.path.join(ROOT, args.bin), args.units.split(), dict(os.environ))]
    if args.san_bin and not args.no_san:
        passes.append(("[san]", os.path.join(ROOT, args.san_bin), args.san_units.split(), sanitizer_env()))
    import shutil
    import tempfile
    for label, binary, units, env in passes:
        sarif_dir = tempfile.mkdtemp(prefix="drvlint-sarif-")
        env = dict(env, DRVLINT_TEST_SARIF_DIR=sarif_dir)
        if "unit" in groups:
            for u in units:
                run_unit(os.path.join(ROOT, u), label or "[rel]", res, env)
        if "rules" in groups:
            run_rule_cases(binary, label or "[rel]", res, env)
        if "cli" in groups:
            cli_tests.run(binary, label or "[rel]", res, env, ROOT)
        if "store" in groups:
            store_tests.run(binary, label or "[rel]", res, env, ROOT, sarif_dir)
        if "corpus" in groups:
            run_corpus(binary, label or "[rel]", res, env)
            if not label:  # plain build only: the sanitizers add time, not coverage, here
                run_exactness(binary, "[rel]", res, env)
        if groups & {"unit", "store"}:
            validate_sarif(sarif_dir, label or "[rel]", res)
        shutil.rmtree(sarif_dir, ignore_errors=True)
    if res.failures:
        print("\nfailed:")
        for name, _ in res.failures:
            print(f"  {name}")
    print(f"{res.passed} passed, {res.failed} failed")
    return 0 if res.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
