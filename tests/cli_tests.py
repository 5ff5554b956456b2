"""cli_tests.py - the command line: exit codes, formats, bad input.

Bad input must give a clear message naming the file and the problem and a
non-zero exit, never a crash (exit codes above 3 or signals), a hang
(timeouts) or a half-written output file.
"""
import json
import os
import shutil
import stat
import subprocess
import tempfile


def _run(binary, args, env, root, timeout=120):
    try:
        p = subprocess.run([binary] + args, cwd=root, capture_output=True, text=True, timeout=timeout, env=env,
                           errors="replace")
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def run(binary, label, res, env, root):
    tmp = tempfile.mkdtemp(prefix="drvlint-cli-")
    sample = os.path.join(root, "tests/data/sample")
    try:
        def check(name, args, code, stdout_has=(), stderr_has=(), stdout_lacks=()):
            rc, out, err = _run(binary, args, env, root)
            ok = rc == code and all(s in out for s in stdout_has) and all(s in err for s in stderr_has) and \
                not any(s in out for s in stdout_lacks)
            res.record(f"{label} cli: {name}", ok,
                       f"exit {rc} (want {code})\nstdout: {out[-1500:]}\nstderr: {err[-1500:]}")
            return rc, out, err

        check("--version", ["--version"], 0, stdout_has=["drvlint "])
        check("--help", ["--help"], 0, stdout_has=["check", "roles", "rules", "explain"])
        check("no arguments is a usage error", [], 2)
        check("unknown command", ["frobnicate"], 2, stderr_has=["unknown command"])
        check("check without paths", ["check"], 2)
        check("unknown option", ["check", "--bogus", sample], 2, stderr_has=["--bogus"])
        check("bad --format", ["check", "--format", "xml", sample], 2, stderr_has=["--format"])
        check("bad --arch", ["check", "--arch", "mips", sample], 2, stderr_has=["--arch"])

        # findings and exit codes
        rc, out, _ = check("findings give exit 1 and compiler-style lines", ["check", sample], 1,
                           stdout_has=["io.c:8:9: error: ZwClose requires IRQL <= PASSIVE_LEVEL", "[irql-too-high]",
                                       "note: KeAcquireSpinLock acquires &ext->Lock", "note: calling CloseLog"])
        check("--only filters rules", ["check", "--only", "spinlock-double-acquire", sample], 0)

        # JSON
        rc, out, err = _run(binary, ["check", "--format", "json", sample], env, root)
        try:
            doc = json.loads(out)
            ok = (doc["tool"]["name"] == "drvlint" and "version" in doc["tool"] and
                  all(k in doc for k in ("findings", "files", "entry_points", "summary")) and
                  all(k in doc["summary"] for k in ("files", "functions", "findings", "seconds")) and
                  len(doc["findings"]) == 1)
            f = doc["findings"][0]
            ok = ok and all(k in f for k in ("rule", "family", "severity", "file", "line", "column", "function",
                                             "message", "trace", "fingerprint"))
            ok = ok and f["rule"] == "irql-too-high" and f["family"] == "irql" and f["file"] == "io.c" and \
                f["line"] == 8 and f["function"] == "CloseLog" and len(f["fingerprint"]) == 32
            ok = ok and all(all(k in t for k in ("file", "line", "column", "message")) for t in f["trace"])
            ok = ok and all(all(k in d for k in ("path", "diagnostics")) for d in doc["files"])
            roles = {e["function"]: e["role"] for e in doc["entry_points"]}
            ok = ok and roles.get("SampleDpc") == "CustomDpc" and roles.get("SampleAddDevice") == "AddDevice" and \
                roles.get("SampleUnload") == "Unload" and roles.get("DriverEntry") == "DriverEntry" and \
                roles.get("SamplePnp") == "Dispatch:IRP_MJ_PNP"
            ok = ok and all(all(k in e for k in ("function", "role", "irql")) for e in doc["entry_points"])
            res.record(f"{label} cli: --format json has the documented keys", ok, out[:3000])
        except (ValueError, KeyError, IndexError) as e:
            res.record(f"{label} cli: --format json has the documented keys", False, f"{e}\n{out[:2000]}\n{err[-1000:]}")

        # -o writes the report atomically
        out_path = os.path.join(tmp, "report.json")
        rc, _, err = _run(binary, ["check", "--format", "json", "-o", out_path, sample], env, root)
        ok = rc == 1 and os.path.exists(out_path)
        if ok:
            with open(out_path) as fh:
                ok = "findings" in json.load(fh)
        res.record(f"{label} cli: -o writes the JSON report", ok, err)
        bad_out = os.path.join(tmp, "no-such-dir", "report.json")
        rc, _, err = _run(binary, ["check", "--format", "json", "-o", bad_out, sample], env, root)
        res.record(f"{label} cli: -o into a missing directory fails cleanly",
                   rc == 2 and "cannot write" in err and not os.path.exists(bad_out), f"exit {rc}\n{err}")
        leftovers = [f for f in os.listdir(tmp) if ".tmp." in f]
        res.record(f"{label} cli: no temporary files left behind", not leftovers, str(leftovers))

        # roles
        check("roles lists entry points with their roles", ["roles", sample], 0,
              stdout_has=["SampleDpc  CustomDpc", "SampleAddDevice  AddDevice", "SamplePnp  Dispatch:IRP_MJ_PNP",
                          "SampleCreateClose  Dispatch:IRP_MJ_CREATE [IRP_MJ_CREATE IRP_MJ_CLOSE]"])

        # rules and explain
        check("rules lists the rules", ["rules"], 0, stdout_has=["irql-too-high", "spinlock-double-acquire",
                                                                 "paged-code-at-dispatch"])
        check("explain prints the guide page and examples", ["explain", "irql-too-high"], 0,
              stdout_has=["Managing Hardware Priorities", "C28121", "Bad:", "Good:"])
        check("explain of an unknown rule", ["explain", "no-such-rule"], 2, stderr_has=["no-such-rule"])

        # an extra rule directory: a new rule of an existing shape, no C change
        rdir = os.path.join(tmp, "extra-rules")
        os.makedirs(rdir)
        with open(os.path.join(rdir, "no-zwclose.json"), "w") as fh:
            json.dump({"id": "test-no-zwclose", "family": "irql", "severity": "warning",
                       "title": "ZwClose is not allowed in this project", "description": "test rule",
                       "guide": "none", "transitions": [{"on": "call", "callee": "ZwClose",
                                                          "error": "{callee} is banned here"}]}, fh)
        check("--rules DIR loads an extra rule that fires", ["check", "--rules", rdir, sample], 1,
              stdout_has=["warning: ZwClose is banned here [test-no-zwclose]"])
        check("explain works for the extra rule", ["explain", "--rules", rdir, "test-no-zwclose"], 0,
              stdout_has=["ZwClose is not allowed"])
        with open(os.path.join(rdir, "broken.json"), "w") as fh:
            fh.write("{ not json")
        check("a malformed rule file is named", ["check", "--rules", rdir, sample], 2, stderr_has=["broken.json"])
        os.remove(os.path.join(rdir, "broken.json"))
        with open(os.path.join(rdir, "typo.json"), "w") as fh:
            json.dump({"id": "typo", "family": "irql", "severity": "error", "title": "t", "description": "d",
                       "guide": "g", "transitions": [{"on": "cal", "error": "x"}]}, fh)
        check("an unknown event in a rule is an error", ["check", "--rules", rdir, sample], 2,
              stderr_has=["typo.json", "unknown event 'cal'"])
        # the loader is strict below the top level too: a typo is an error, never a rule that silently differs
        base = {"id": "typo", "family": "irql", "title": "t", "description": "d", "guide": "g"}
        strict_cases = [
            ("a misspelt severity", {"severity": "eror", "transitions": [{"on": "call", "error": "x"}]},
             "severity 'eror'"),
            ("an unknown fact", {"transitions": [{"on": "call", "when": {"function": "pagable"}, "error": "x"}]},
             "unknown function fact 'pagable'"),
            ("an unknown 'at'", {"transitions": [{"on": "call", "at": "sight", "error": "x"}]}, "'at' is one of"),
            ("a flag guard that is not a boolean", {"transitions": [{"on": "call", "when": {"at_root": "yes"}, "error": "x"}]},
             "'at_root' is true or false"),
            ("an unknown key in a state test",
             {"transitions": [{"on": "call", "when": {"state": {"machine": "spinlock-state", "inn": ["held"]}}, "error": "x"}]},
             "unknown key 'inn'"),
            ("'about' naming a rule", {"about": "irql-too-high", "transitions": [{"on": "call", "error": "x"}]},
             "must name a tracker"),
            ("an unknown rule in 'mutes'", {"transitions": [{"on": "call", "error": "x", "mutes": ["no-such-rule"]}]},
             "unknown machine 'no-such-rule'"),
        ]
        for name, extra, msg in strict_cases:
            with open(os.path.join(rdir, "typo.json"), "w") as fh:
                json.dump(dict(base, **extra), fh)
            check("rule loader: " + name + " is an error", ["check", "--no-db", "--rules", rdir, sample], 2,
                  stderr_has=["typo.json", msg])
        with open(os.path.join(rdir, "typo.json"), "w") as fh:
            json.dump(dict(base, severity="warning",
                           transitions=[{"on": "call", "callee": ["ZwClose"], "when": {"at_root": False},
                                         "error": "ZwClose in a helper"}]), fh)
        check("rule loader: {\"at_root\": false} negates", ["check", "--no-db", "--rules", rdir, "--only", "typo", sample], 1,
              stdout_has=["ZwClose in a helper"])

        # bad input
        check("missing path", ["check", os.path.join(tmp, "nope")], 2, stderr_has=["nope", "no such file"])
        empty = os.path.join(tmp, "empty")
        os.makedirs(empty)
        check("directory without C files", ["check", empty], 2, stderr_has=["contains no C source files"])
        binf = os.path.join(tmp, "blob.c")
        with open(binf, "wb") as fh:
            fh.write(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
        check("binary file", ["check", binf], 2, stderr_has=["blob.c", "binary file"])
        txt = os.path.join(tmp, "notes.txt")
        with open(txt, "w") as fh:
            fh.write("hello\n")
        check("a file that is not C", ["check", txt], 2, stderr_has=["notes.txt", "not a C source file"])
        hdr = os.path.join(tmp, "only.h")
        with open(hdr, "w") as fh:
            fh.write("int x;\n")
        check("a header given alone", ["check", hdr], 2, stderr_has=["only.h", "is a header"])
        notc = os.path.join(tmp, "script.c")
        with open(notc, "w") as fh:
            fh.write("import os\nfor f in os.listdir('.'):\n    print(f)\nclass A:\n    pass\n")
        check("a .c file that is not C", ["check", notc], 2, stderr_has=["script.c"])
        fifo = os.path.join(tmp, "pipe.c")
        os.mkfifo(fifo)
        check("a FIFO is refused, not read", ["check", fifo], 2, stderr_has=["pipe.c", "not a regular file"])
        if os.geteuid() != 0:
            unr = os.path.join(tmp, "secret.c")
            with open(unr, "w") as fh:
                fh.write("int x;\n")
            os.chmod(unr, 0)
            check("an unreadable file", ["check", unr], 2, stderr_has=["secret.c"])
        huge = os.path.join(tmp, "huge.c")
        with open(huge, "w") as fh:
            line = "/* " + "x" * 1000 + " */\n"
            for _ in range(9 * 1024):
                fh.write(line)
        check("a huge file", ["check", huge], 2, stderr_has=["huge.c", "too large"])
        rc, out, err = check("syntax errors are diagnostics; the rest is still analyzed",
                             ["check", os.path.join(root, "tests/data/syntax")], 2,
                             stdout_has=["broken.c:3:10: error: 'no_such_header.h' file not found [clang]",
                                         "broken.c:7:13: error: expected expression [clang]",
                                         "good.c:9:5: error: ZwClose requires", "[spinlock-double-acquire]"])
        dm = os.path.join(tmp, "dm")
        shutil.copytree(sample, dm)
        with open(os.path.join(dm, "device.json"), "w") as fh:
            fh.write('{"kind": "function", "irps": {"IRP_MJ_PNP": ["IRP_MN_NOT_A_CODE"]}}')
        check("a malformed device.json is named", ["check", dm], 2, stderr_has=["device.json", "IRP_MN_NOT_A_CODE"])
        with open(os.path.join(dm, "device.json"), "w") as fh:
            fh.write('{"kind": "function", "colour": "blue"}')
        check("an unknown device.json key is an error", ["check", dm], 2, stderr_has=["unknown key 'colour'"])
        with open(os.path.join(dm, "device.json"), "w") as fh:
            fh.write('{"kind": "function", "callbacks_disabled": ["CustomDcp"]}')
        check("callbacks_disabled must name a callback role", ["check", "--no-db", dm], 2,
              stderr_has=["callbacks_disabled", "'CustomDcp' is not a callback role"])
        with open(os.path.join(dm, "device.json"), "w") as fh:
            fh.write('{"kind": "function", "irps": {"IRP_MJ_CREATE": "all"}}')
        with open(os.path.join(dm, "device.json"), "w") as fh:
            fh.write('{"kind": "function", "lifecycle": ["DriverEntry", "AddDevice", "START", "REMOVE"]}')
        check("phases missing from the lifecycle do not happen",
              ["check", "--no-db", "-v", dm], 0,
              stderr_has=["SampleUnload (Unload) is not in the device model's lifecycle",
                          "SampleDeviceControl handles DEVICE_CONTROL, which the device model does not send"])
        check("a dispatch routine the device model sends nothing to is reported as not explored",
              ["check", "--no-db", "-v", dm], 0, stderr_has=["SampleDeviceControl handles DEVICE_CONTROL, which the device model does not send"])

        # compile_commands.json
        cdb = os.path.join(tmp, "cdb")
        os.makedirs(cdb)
        with open(os.path.join(cdb, "compile_commands.json"), "w") as fh:
            json.dump([{"directory": sample, "file": f, "command": f"cl.exe /c /DFOO=1 /I{sample} {f}"}
                       for f in ("driver.c", "io.c")], fh)
        check("-p DIR reads compile_commands.json", ["check", "-p", cdb], 1, stdout_has=["[irql-too-high]"])
        check("--arch x86 parses as a 32-bit driver", ["check", "--arch", "x86", sample], 1,
              stdout_has=["[irql-too-high]"])
        check("--config DBG=1", ["check", "--config", "DBG=1", sample], 1, stdout_has=["[irql-too-high]"])
    finally:
        for dirpath, dirs, files in os.walk(tmp):
            for n in dirs + files:
                try:
                    os.chmod(os.path.join(dirpath, n), stat.S_IRWXU)
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
