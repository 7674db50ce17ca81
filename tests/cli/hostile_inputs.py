#!/usr/bin/env python3
"""The CLI on hostile files (issue #6), run by CTest: damaged UTF-8, NUL bytes, binary data, GBK and
UTF-16, empty files, an input over the 20 MB limit. Each case asserts the exit code, what the JSON (or
stderr) says, that the process was not killed by a signal, and that it finished within a time bound.

usage: hostile_inputs.py path/to/nianbao path/to/samples
"""
import json
import os
import random
import subprocess
import sys
import tempfile

cli, samples = sys.argv[1], sys.argv[2]
failures = []
REPORT = open(os.path.join(samples, "2024_huaian_szf.txt"), encoding="utf-8").read()


def run(data, *args, stdin=False, timeout=120):
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        cmd = [cli, "check", "--format", "json", *args, "-" if stdin else path]
        p = subprocess.run(cmd, input=data if stdin else None, capture_output=True, timeout=timeout)
    finally:
        os.unlink(path)
    if p.returncode < 0:
        raise AssertionError(f"killed by signal {-p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
    report = None
    if p.stdout:
        doc = json.loads(p.stdout)  # the JSON must always parse
        report = doc["reports"][0] if doc["reports"] else None
    return p.returncode, report, p.stderr.decode("utf-8", errors="replace")


def findings(report):
    return [(f["rule"], f["start"], f["end"], f["message"]) for f in report["findings"]]


def case(name):
    def wrap(fn):
        try:
            fn()
            print(f"ok   {name}")
        except Exception as e:  # noqa: BLE001 - report every failing case, then fail
            failures.append(name)
            print(f"FAIL {name}: {type(e).__name__}: {e}")
        return fn
    return wrap


clean_rc, clean, _ = run(REPORT.encode("utf-8"))
assert clean is not None and clean["meta"]["year"] == 2024, "the clean sample must be read"


@case("UTF-8 with a few damaged bytes is checked as UTF-8 (U+FFFD), with a note on stderr")
def _():
    b = bytearray(REPORT.encode("utf-8"))
    for at in (3000, 1500):  # before a line start, so no character is cut
        at = b.index(b"\n", at) + 1
        b[at:at] = b"\xff\x80\xc0"
    rc, rep, err = run(bytes(b))
    assert rc in (0, 1), rc
    assert "无效的 UTF-8" in err, err
    assert rep["meta"]["year"] == 2024 and rep["meta"]["edition"] == "2021", rep["meta"]
    assert {f[0] for f in findings(rep)} >= {f[0] for f in findings(clean)} - {"text.garbled"}


@case("NUL bytes inside a report are dropped, the report is checked")
def _():
    b = REPORT.encode("utf-8")
    at = b.index(b"\n", 2000) + 1
    rc, rep, _ = run(b[:at] + b"\0\0\0" + b[at:])
    assert rc == clean_rc, rc
    assert [f[0] for f in findings(rep)] == [f[0] for f in findings(clean)]


@case("binary data (many NULs) is refused: exit 2 and a reason")
def _():
    rnd = random.Random(3)
    rc, rep, err = run(bytes(rnd.getrandbits(8) for _ in range(1 << 20)))
    assert rc == 2, rc
    assert "不是文本文件" in err or "无法识别" in err, err


@case("random bytes without NULs: refused or checked, never a crash")
def _():
    rnd = random.Random(5)
    data = bytes(rnd.randrange(1, 256) for _ in range(1 << 20))
    rc, rep, err = run(data)
    assert rc in (0, 1, 2), rc
    if rc == 2:
        assert err.strip(), "exit 2 needs a reason"
    else:
        assert any(f[0] == "report.not-annual-report" for f in findings(rep))


for label, encoded in [
    ("GBK (GB18030)", REPORT.encode("gb18030")),
    ("UTF-16LE with BOM", b"\xff\xfe" + REPORT.encode("utf-16-le")),
    ("UTF-16BE with BOM", b"\xfe\xff" + REPORT.encode("utf-16-be")),
    ("UTF-8 with BOM", b"\xef\xbb\xbf" + REPORT.encode("utf-8")),
]:
    @case(f"{label}: the same findings at the same UTF-16 offsets as UTF-8")
    def _(encoded=encoded):
        rc, rep, _ = run(encoded)
        assert rc == clean_rc, rc
        assert findings(rep) == findings(clean), (findings(rep), findings(clean))
        assert rep["meta"] == clean["meta"]


@case("UTF-16 without a BOM is refused with a reason")
def _():
    rc, _, err = run(REPORT.encode("utf-16-le"))
    assert rc == 2 and "UTF-16" in err, (rc, err)


@case("an empty file: exit 2, the file is said to be empty (a download that failed), nothing checked")
def _():
    rc, rep, err = run(b"")
    assert rc == 2, rc
    assert "空" in err and "空" in rep["error"], (err, rep)
    assert rep["findings"] == [] and rep["meta"] is None


@case("stdin works like a file")
def _():
    rc, rep, _ = run(REPORT.encode("utf-8"), stdin=True)
    assert rc == clean_rc and findings(rep) == findings(clean)


@case("over the 20 MB limit: exit 2, the JSON report carries the error, nothing checked")
def _():
    unit = REPORT.encode("utf-8")
    data = unit * ((21 << 20) // len(unit) + 1)
    rc, rep, err = run(data)
    assert rc == 2, rc
    assert isinstance(rep["error"], str) and "上限" in rep["error"], rep
    assert rep["findings"] == [] and rep["meta"] is None
    assert "上限" in err, err


if failures:
    print(f"{len(failures)} failing: {failures}")
    sys.exit(1)
