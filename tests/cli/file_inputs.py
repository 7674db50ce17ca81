#!/usr/bin/env python3
"""The CLI on every file a reviewer receives (issue #11), run by CTest: a PDF, a .docx and a web page
read by content, mixed in one batch and in directories; the files it cannot read (old Word/WPS, an
encrypted or scanned or cut-off PDF, a picture, a ZIP) refused with a clear message and exit 2; a PDF
with a very large number of tiny text items read in bounded time. Each case asserts the exit code and
what the JSON or stderr says, that no signal killed the process and that it finished in time.

usage: file_inputs.py path/to/nianbao path/to/samples path/to/tests/files
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import minimal_pdf  # noqa: E402

cli, samples, files_dir = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []
HUAIAN_TXT = os.path.join(samples, "2024_huaian_szf.txt")
HUAIAN_PDF = os.path.join(samples, "pdf", "2024_huaian_szf.pdf")
EXPECTED = json.load(open(os.path.join(samples, "expected", "2024_huaian_szf.json"), encoding="utf-8"))
OLE_HEADER = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
work = tempfile.mkdtemp(prefix="nianbao-file-inputs-")


def write(name, data):
    path = os.path.join(work, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def run(*args, stdin=None, timeout=120, command="check", env=None):
    cmd = [cli, command, *(["--format", "json"] if command == "check" else []), *args]
    started = time.monotonic()
    p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout,
                       env=dict(os.environ, **env) if env else None)
    elapsed = time.monotonic() - started
    if p.returncode < 0:
        raise AssertionError(f"killed by signal {-p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
    err = p.stderr.decode("utf-8", errors="replace")
    # Sanitizer builds exit 1 on a finding, and one in the PDF child would read as a damaged file.
    if "ERROR: AddressSanitizer" in err or "ERROR: LeakSanitizer" in err or "runtime error:" in err:
        raise AssertionError(f"sanitizer: {err[-3000:]}")
    if command != "check":
        return p.returncode, p.stdout, err, elapsed
    doc = json.loads(p.stdout) if p.stdout else {"reports": []}  # the JSON must always parse
    return p.returncode, doc["reports"], err, elapsed


def findings(report):
    return [(f["rule"], f["start"], f["end"], f["message"]) for f in report["findings"]]


def rule_matches(pattern, rule):
    return rule.startswith(pattern[:-1]) if pattern.endswith("*") else rule == pattern


def has_error_finding(reports):
    return any(f["severity"] == "error" for r in reports for f in r["findings"])


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


def refused(path, message_part, *more, env=None):
    """A file given by name that cannot be read: exit 2, the reason on stderr and in its JSON entry."""
    rc, reports, err, _ = run(path, *more, env=env)
    assert rc == 2, (rc, err)
    assert message_part in err, err
    entry = next(r for r in reports if r["file"] == path)
    assert message_part in entry["error"] and entry["findings"] == [] and entry["meta"] is None, entry
    return reports, err


@case("the Huai'an PDF: the findings its expectations name (content.missing-item; no table/section/narrative…)")
def _():
    rc, reports, err, elapsed = run(HUAIAN_PDF)
    rep = reports[0]
    assert rc == (1 if has_error_finding(reports) else 0), rc
    assert rep["file"] == HUAIAN_PDF and "error" not in rep, rep.get("error")
    for must in EXPECTED["must"]:
        assert any(rule_matches(must["rule"], f["rule"]) and re.search(must.get("msg", ""), f["message"])
                   for f in rep["findings"]), f"missing {must}: {findings(rep)}"
    for mustnot in EXPECTED["mustnot"]:
        bad = [f for f in rep["findings"] if rule_matches(mustnot["rule"], f["rule"])]
        assert not bad, f"unexpected {mustnot['rule']}: {bad}"
    for key, value in EXPECTED["meta"].items():
        assert rep["meta"][key] == value, (key, rep["meta"][key], value)
    assert elapsed < 30, elapsed


@case("the Huai'an PDF and its pdftotext text give the same warnings and errors (page numbers are gone from the PDF's)")
def _():
    _, pdf, _, _ = run(HUAIAN_PDF)
    _, txt, _, _ = run(HUAIAN_TXT)
    serious = lambda r: sorted((f["rule"], f["message"]) for f in r["findings"] if f["severity"] != "info")
    assert serious(pdf[0]) == serious(txt[0]), (serious(pdf[0]), serious(txt[0]))


@case("`nianbao text` prints exactly what check reads: its output checked from stdin gives the same findings")
def _():
    rc, text, err, _ = run(HUAIAN_PDF, command="text")
    assert rc == 0, (rc, err)
    assert "第二十条第（一）项" in text.decode("utf-8") and "\t" in text.decode("utf-8")
    _, from_pdf, _, _ = run(HUAIAN_PDF)
    _, from_text, _, _ = run("-", stdin=text)
    assert findings(from_pdf[0]) == findings(from_text[0])
    # A plain text file comes out byte for byte.
    rc, same, _, _ = run(HUAIAN_TXT, command="text")
    assert rc == 0 and same == open(HUAIAN_TXT, "rb").read()


@case("a PDF on stdin is read like the file (sniffed, not assumed text)")
def _():
    _, from_file, _, _ = run(HUAIAN_PDF)
    rc, from_stdin, err, _ = run("-", stdin=open(HUAIAN_PDF, "rb").read())
    assert from_stdin[0]["file"] is None
    assert findings(from_stdin[0]) == findings(from_file[0]), err


@case("a web page saved as .txt is read as a web page (by content, not name): no tags in the text")
def _():
    lines = open(HUAIAN_TXT, encoding="utf-8").read().splitlines()
    page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>年报</title></head><body>\n" + \
        "\n".join(f"<p>{line}</p>" for line in lines) + "\n</body></html>\n"
    path = write("page-saved-as.txt", page.encode("utf-8"))
    rc, text, err, _ = run(path, command="text")
    assert rc == 0, err
    assert "<p>" not in text.decode("utf-8") and "一、总体情况" in text.decode("utf-8")
    rc, reports, _, _ = run(path)
    assert reports[0]["meta"]["year"] == 2024 and reports[0]["meta"]["edition"] == "2021"
    assert any(f["rule"] == "content.missing-item" for f in reports[0]["findings"])


@case("a directory: reports of every kind checked in sorted path order, pictures/styles/OLE databases skipped and counted, hidden and lock files left out")
def _():
    d = os.path.join(work, "folder")
    shutil.copy(HUAIAN_TXT, write("folder/b/2024_huaian.txt", b""))
    shutil.copy(HUAIAN_PDF, write("folder/a/2024_huaian.pdf", b""))
    expected = [os.path.join(d, "a", "2024_huaian.pdf"), os.path.join(d, "b", "2024_huaian.txt")]
    for name in ("huaian.docx", "huaian.html"):  # helper files made with LibreOffice from real report text
        if os.path.exists(os.path.join(files_dir, name)):
            shutil.copy(os.path.join(files_dir, name), write("folder/c/" + name, b""))
            expected.append(os.path.join(d, "c", name))
    write("folder/b/scan.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    write("folder/c/huaian_files/style.css", b"body { font-family: serif; }\n")
    write("folder/Thumbs.db", OLE_HEADER)
    write("folder/.hidden/report.txt", b"not walked")
    write("folder/b/.notes.txt", b"not walked")
    write("folder/b/~$2024_huaian.docx", b"\x06lock")
    rc, reports, err, elapsed = run(d)
    assert [r["file"] for r in reports] == sorted(expected), [r["file"] for r in reports]
    assert all("error" not in r for r in reports), [r.get("error") for r in reports]
    assert "3 个文件不是报告" in err, err
    assert rc == (1 if has_error_finding(reports) else 0), (rc, err)
    pdf = next(r for r in reports if r["file"].endswith(".pdf"))
    assert pdf["meta"]["year"] == 2024
    assert elapsed < 60, elapsed


@case("files and directories mixed in one batch keep the order given")
def _():
    d = os.path.join(work, "folder2")
    shutil.copy(HUAIAN_PDF, write("folder2/x.pdf", b""))
    rc, reports, err, _ = run(HUAIAN_TXT, d, HUAIAN_PDF)
    assert [r["file"] for r in reports] == [HUAIAN_TXT, os.path.join(d, "x.pdf"), HUAIAN_PDF], reports
    assert rc in (0, 1), err


@case("a .doc inside a directory is reported (a report the reviewer expects checked), the others still checked")
def _():
    d = os.path.join(work, "with-doc")
    shutil.copy(HUAIAN_TXT, write("with-doc/1.txt", b""))
    doc = write("with-doc/2.doc", OLE_HEADER)
    rc, reports, err, _ = run(d)
    assert rc == 2, rc
    assert [r["file"] for r in reports] == [os.path.join(d, "1.txt"), doc]
    assert "旧版 Word/WPS" in reports[1]["error"] and "另存为 .docx 或 PDF" in reports[1]["error"]
    assert reports[0]["meta"]["year"] == 2024


@case("an old Word/WPS file (OLE) or RTF, whatever its name: exit 2, 另存为 .docx 或 PDF")
def _():
    for name in ("report.doc", "report.wps", "renamed.docx"):
        refused(write(name, OLE_HEADER), "另存为 .docx 或 PDF")
    refused(write("rtf-saved-as.doc", b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}} 2024\\par}"), "另存为 .docx 或 PDF")


@case("an encrypted PDF (open password): exit 2, says it has a password")
def _():
    refused(os.path.join(files_dir, "pdf", "encrypted_user_password.pdf"), "密码")


@case("a PDF with only an owner password (printing restricted) opens without one: it is read")
def _():
    path = os.path.join(files_dir, "pdf", "encrypted_owner_only.pdf")
    rc, text, err, _ = run(path, command="text")
    assert rc == 0 and b"Nianbao test" in text, (rc, err)


@case("a PDF page rotated by a viewer (/Rotate 90, 180, 270) or a landscape page drawn turned reads as the upright one")
def _():
    lines = ["2024 Annual report on government information disclosure", "Item one 123 456",
             "Item two 7 8 9", "Sum of the items 1579"]
    upright = run(write("upright.pdf", minimal_pdf.text_pdf(lines)), command="text")[1]
    assert b"Item one" in upright and b"Sum of the items" in upright, upright
    for degrees in (90, 180, 270):
        turned = run(write(f"rotate-{degrees}.pdf", minimal_pdf.text_pdf(lines, rotate=degrees)), command="text")[1]
        assert turned == upright, (degrees, turned, upright)
    wide = run(write("landscape.pdf", minimal_pdf.landscape_pdf(lines, turned=False)), command="text")[1]
    drawn_turned = run(write("landscape-turned.pdf", minimal_pdf.landscape_pdf(lines, turned=True)), command="text")[1]
    assert wide == upright and drawn_turned == upright, (wide, drawn_turned)


@case("a scanned PDF (pictures, no text layer): exit 2, 没有文字层")
def _():
    refused(write("scan.pdf", minimal_pdf.scanned_pdf()), "没有文字层")


@case("a PDF cut short (a download that stopped) or damaged: exit 2, 损坏或不完整, never half a report checked")
def _():
    data = open(HUAIAN_PDF, "rb").read()
    for cut in (len(data) // 2, len(data) - 2000, 4000, 100):
        refused(write(f"cut-{cut}.pdf", data[:cut]), "损坏或不完整")
    refused(write("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"), "损坏或不完整")


@case("a picture, a ZIP that is not Word, an empty file, a missing file: exit 2 with what it is")
def _():
    refused(write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100)), "图片")
    refused(write("tables.xlsx", b"PK\x05\x06" + bytes(18)), "ZIP")
    refused(write("empty.pdf", b""), "空")
    missing = os.path.join(work, "no-such-file.pdf")
    refused(missing, "无法读取")
    empty_dir = os.path.join(work, "empty-dir")
    os.makedirs(empty_dir)
    rc, _, err, _ = run(empty_dir)
    assert rc == 2 and "没有文件" in err, (rc, err)


@case("`nianbao text`: a file it cannot read or a directory exits 2 with the reason; more than one file is a usage error; a pipe is read")
def _():
    rc, out, err, _ = run(os.path.join(files_dir, "pdf", "encrypted_user_password.pdf"), command="text")
    assert rc == 2 and out == b"" and "密码" in err, (rc, err)
    rc, _, err, _ = run(HUAIAN_TXT, HUAIAN_TXT, command="text")
    assert rc == 2 and "只接受一个文件" in err, (rc, err)
    rc, _, err, _ = run(work, command="text")
    assert rc == 2 and "目录" in err, (rc, err)
    # A path that is a pipe (process substitution, /dev/stdin) is read as a stream.
    rc, text, err, _ = run("/dev/stdin", command="text", stdin=open(HUAIAN_PDF, "rb").read())
    assert rc == 0 and "一、总体情况" in text.decode("utf-8"), (rc, err)


@case("a PDF whose small content stream inflates into 100 MB of drawing: stopped at the time limit, exit 2, the batch goes on")
def _():
    ops = b"0 0 m 1 1 l S\n" * (8 << 20) + b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n"
    bomb = write("inflating.pdf", minimal_pdf.build([ops]))
    started = time.monotonic()
    reports, err = refused(bomb, "超过 1 秒仍未完成", HUAIAN_TXT, env={"NIANBAO_PDF_SECONDS": "1"})
    elapsed = time.monotonic() - started
    assert elapsed < 15, elapsed
    assert reports[1]["file"] == HUAIAN_TXT and reports[1]["meta"]["year"] == 2024  # the next file is checked


@case("40 damaged copies of the Huai'an PDF (bytes changed, pieces cut out): each read or refused, never a crash or a hang")
def _():
    import random
    data = open(HUAIAN_PDF, "rb").read()
    rnd = random.Random(8)
    outcomes = {}
    for i in range(40):
        b = bytearray(data)
        for _ in range(rnd.randint(1, 50)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        if rnd.random() < 0.3:
            at = rnd.randrange(len(b))
            b[at:at + rnd.randrange(2000)] = b""
        rc, reports, err, elapsed = run(write(f"damaged-{i}.pdf", bytes(b)), timeout=90)
        assert rc in (0, 1, 2) and elapsed < 60, (i, rc, elapsed)
        assert rc != 2 or reports[0]["error"], (i, err)
        outcomes[rc] = outcomes.get(rc, 0) + 1
    print(f"     exit codes {dict(sorted(outcomes.items()))}")


def min_time(path, runs=2):
    best = None
    for _ in range(runs):
        rc, _, err, elapsed = run(path, command="text", timeout=300)
        assert rc == 0, (rc, err)
        best = elapsed if best is None else min(best, elapsed)
    return best, err


@case("many tiny text items: 10x the items takes at most ~20x the time (no quadratic step; as the Catch2 ratio tests, the best of runs)")
def _():
    small = write("items-30k.pdf", minimal_pdf.tiny_items_pdf(30000))
    large = write("items-300k.pdf", minimal_pdf.tiny_items_pdf(300000))
    t_small, _ = min_time(small, runs=3)
    t_large, err = min_time(large, runs=2)
    print(f"     30,000 items {t_small:.2f} s, 300,000 items {t_large:.2f} s")
    assert "只读取了前" not in err, err
    assert t_large <= 20 * t_small + 0.5, (t_small, t_large)
    assert t_large < 120, t_large


@case("a million tiny text items: read up to the item cap, the rest left out with a note, bounded time")
def _():
    path = write("items-1m.pdf", minimal_pdf.tiny_items_pdf(1000000))
    rc, reports, err, elapsed = run(path, timeout=300)
    print(f"     1,000,000 items: {elapsed:.2f} s")
    assert "只读取了前 400000 个文字块" in err and "页未读取" in err, err
    assert rc == 1 and reports[0]["findings"][0]["rule"] == "report.not-annual-report", (rc, reports[0]["findings"][:1])
    assert elapsed < 180, elapsed


shutil.rmtree(work, ignore_errors=True)
if failures:
    print(f"{len(failures)} failing: {failures}")
    sys.exit(1)
