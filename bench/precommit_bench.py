#!/usr/bin/env python3
"""How fast `drvlint check --staged` (the pre-commit hook) is on a
10,000-line driver (docs/performance.md, "The pre-commit hook").

In a temporary git repository holding the generated driver of
bench/run_bench.py at --lines non-blank lines (default 10,000) next to a copy
of the corpus drivers, it measures:

  full check, cold     `drvlint check` of the whole repository, nothing recorded
  full check, warm     the same again: every driver's results are reused
  hook after an edit   one line of the big driver changed and staged, then
                       `drvlint check --staged`: the big driver is analyzed
                       again, the other drivers are not looked at
  hook, retry          `drvlint check --staged` again on the same staged
                       content (a commit retried after the hook refused it):
                       the results of the previous hook run are reused
  git commit           the whole `git commit` with the hook of
                       `drvlint install-hook`, after an edit

Each figure is the median of --repeat runs (each "after an edit" run edits
another line first). Not part of `make test`.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import run_bench  # noqa: E402  (the generated driver)


def git(cwd, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.com")
    p = subprocess.run(["git"] + list(args), cwd=cwd, capture_output=True, text=True, env=env)
    if p.returncode != 0 and args[0] != "commit":
        sys.exit(f"git {' '.join(args)} failed: {p.stderr}")
    return p


def timed(argv, cwd, env=None):
    t0 = time.perf_counter()
    p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, env=env)
    return time.perf_counter() - t0, p


def edit(path, k):
    """Changes one constant of an operation (a real edit: the code differs)."""
    with open(path) as fh:
        lines = fh.read().split("\n")
    for i, line in enumerate(lines):
        if "return STATUS_SUCCESS;" in line:
            lines.insert(i, f"    /* bench edit {k} */")
            break
    with open(path, "w") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "bin", "drvlint"))
    ap.add_argument("--lines", type=int, default=10000, help="non-blank lines of the generated driver")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-corpus", action="store_true", help="only the generated driver in the repository")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--keep", metavar="DIR", help="build the repository in DIR and keep it")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    tmp = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="drvlint-hook-bench-")
    if args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
    try:
        big = os.path.join(tmp, "drivers", "big")
        nops = run_bench.make_synthetic(big, args.lines)
        files, lines = run_bench.count_lines(big)
        if not args.no_corpus:
            corpus = os.path.join(ROOT, "corpus")
            for d in sorted(os.listdir(corpus)):
                if os.path.isdir(os.path.join(corpus, d)) and not d.startswith("."):
                    shutil.copytree(os.path.join(corpus, d), os.path.join(tmp, "drivers", d),
                                    ignore=shutil.ignore_patterns(".drvlint"))
        with open(os.path.join(tmp, ".gitignore"), "w") as fh:
            fh.write(".drvlint/\n")
        git(tmp, "init", "-q")
        git(tmp, "add", "-A")
        git(tmp, "commit", "-qm", "initial")
        ndrivers = len([d for d in os.listdir(os.path.join(tmp, "drivers"))])
        rows = []

        cold, p = timed([binary, "check", "--format", "json", "."], tmp)
        if p.returncode not in (0, 1):
            sys.exit(f"drvlint check failed ({p.returncode}):\n{p.stderr[-3000:]}")
        doc = json.loads(p.stdout)
        big_report = next(r for r in doc["reports"] if r["driver"]["path"] == "drivers/big")
        rows.append(("full check, cold", [cold], f"{ndrivers} drivers analyzed"))
        warm = [timed([binary, "check", "."], tmp)[0] for _ in range(args.repeat)]
        rows.append(("full check, warm", warm, "every driver reused"))

        ops = sorted(f for f in os.listdir(big) if f.startswith("ops"))
        hook, retry, found = [], [], []
        for k in range(args.repeat):
            target = os.path.join(big, ops[k % len(ops)])
            edit(target, k)
            git(tmp, "add", "-A")
            t, p = timed([binary, "check", "--staged"], tmp)
            if p.returncode not in (0, 1):
                sys.exit(f"drvlint check --staged failed ({p.returncode}):\n{p.stderr[-3000:]}")
            hook.append(t)
            found.append(p.returncode)
            retry.append(timed([binary, "check", "--staged"], tmp)[0])
            git(tmp, "commit", "-qm", f"edit {k}", "--no-verify")
        rows.append(("hook after an edit (check --staged)", hook,
                     "the big driver analyzed again, the others not looked at"))
        rows.append(("hook, retry on the same staged content", retry, "the big driver's results reused"))

        p = subprocess.run([binary, "install-hook"], cwd=tmp, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"install-hook failed: {p.stderr}")
        commits = []
        for k in range(args.repeat):
            edit(os.path.join(big, ops[(k + 1) % len(ops)]), 100 + k)
            git(tmp, "add", "-A")
            t0 = time.perf_counter()
            c = git(tmp, "commit", "-qm", f"hooked edit {k}")
            commits.append(time.perf_counter() - t0)
            if c.returncode != 0:
                sys.exit(f"the hook refused a clean commit:\n{c.stdout}\n{c.stderr}")
        rows.append(("git commit with the installed hook", commits, "hook included"))

        print(f"generated driver: {lines} non-blank lines in {files} files ({nops} operations), "
              f"{big_report['summary']['entry_points']} entry points, "
              f"{big_report['summary']['states']} states; repository: {ndrivers} drivers")
        print(f"binary: {binary}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")
        if args.markdown:
            print("\n| step | median s | min s | max s | runs | note |\n|---|---:|---:|---:|---:|---|")
            for name, v, note in rows:
                print(f"| {name} | {statistics.median(v):.3f} | {min(v):.3f} | {max(v):.3f} | {len(v)} | {note} |")
        else:
            for name, v, note in rows:
                print(f"{name:42s} median {statistics.median(v):7.3f} s  (min {min(v):.3f}, max {max(v):.3f}, "
                      f"{len(v)} runs)  {note}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
