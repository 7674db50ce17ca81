#!/usr/bin/env python3
"""The CLI at the reviewer's desk (issue #12), run by CTest: a batch pairs each report with last
year's report of the same agency, --previous names it, --baseline applies a reviewer's decisions
(the page's export or a SARIF log with suppressions), --hide-suppressed leaves dismissed findings out.

usage: reviewer_desk.py path/to/nianbao path/to/shared/corpus path/to/shared/samples
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

cli, corpus, samples = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, cwd=None):
    p = subprocess.run([cli, "check", *args], capture_output=True, timeout=120, cwd=cwd)
    assert p.returncode >= 0, f"killed by signal {-p.returncode}"
    return p.returncode, p.stdout.decode(), p.stderr.decode()


work = tempfile.mkdtemp()
try:
    # 1. A folder with three consecutive years of one government: 2022 with 2021, 2023 with 2022.
    batch = os.path.join(work, "batch")
    os.mkdir(batch)
    for y in (2021, 2022, 2023):
        shutil.copy(os.path.join(corpus, f"{y}_pingtan_gwh.txt"), batch)
    code, out, err = run("--format", "json", batch)
    reports = {os.path.basename(r["file"]): r for r in json.loads(out)["reports"]}
    check("previous" not in reports["2021_pingtan_gwh.txt"], "2021 has no previous in the batch")
    check(reports["2022_pingtan_gwh.txt"].get("previous", {}).get("file", "").endswith("2021_pingtan_gwh.txt"),
          "2022 paired with 2021")
    check(reports["2022_pingtan_gwh.txt"]["previous"]["year"] == 2021, "the pairing says the previous year")
    check(reports["2023_pingtan_gwh.txt"].get("previous", {}).get("file", "").endswith("2022_pingtan_gwh.txt"),
          "2023 paired with 2022")
    check("与上一年度报告" in err, "stderr says which file was used")
    # The real reports continue each other: no carry-over finding.
    for name, r in reports.items():
        check(not [f for f in r["findings"] if f["rule"] == "year.carryover"], f"{name}: carry-over quiet")
    code, out, err = run("--format", "json", "--no-pairing", batch)
    check(all("previous" not in r for r in json.loads(out)["reports"]), "--no-pairing pairs nothing")

    # 2. --previous: Huai'an 2024 beside a 2023 copy whose 结转下年度 splits the same total otherwise.
    this = open(os.path.join(samples, "2024_huaian_szf.txt"), encoding="utf-8").read()
    last = this.replace("2024", "2023")
    at = last.index("四、结转下年度继续办理")
    eol = last.index("\n", at)
    last = last[:at] + "四、结转下年度继续办理          33     1     0     0     0     0     34" + last[eol:]
    open(os.path.join(work, "this.txt"), "w", encoding="utf-8").write(this)
    open(os.path.join(work, "last.txt"), "w", encoding="utf-8").write(last)
    code, out, err = run("--format", "json", "--previous", "last.txt", "this.txt", cwd=work)
    rep = json.loads(out)["reports"][0]
    carry = [f for f in rep["findings"] if f["rule"] == "year.carryover"]
    check(code == 1, f"--previous: an error finding → exit 1 (got {code})")
    check(len(carry) == 2, f"two columns blamed (got {len(carry)})")
    check(rep["previous"]["file"] == "last.txt", "the JSON names the previous file")
    check(all(len(f["fingerprint"]) >= 16 for f in rep["findings"]), "every finding has a fingerprint")

    # 3. --baseline: the SARIF of that check with the two findings suppressed by a reviewer.
    code, sarif_text, err = run("--format", "sarif", "--previous", "last.txt", "this.txt", cwd=work)
    sarif = json.loads(sarif_text)
    for r in sarif["runs"][0]["results"]:
        check("nianbao/v1" in r.get("partialFingerprints", {}), "SARIF results carry partialFingerprints")
        if r["ruleId"] == "year.carryover":
            r["suppressions"] = [{"kind": "external", "status": "accepted", "justification": "上年报告已更正"}]
    open(os.path.join(work, "decisions.sarif"), "w", encoding="utf-8").write(json.dumps(sarif, ensure_ascii=False))
    code, out, err = run("--format", "json", "--previous", "last.txt", "--baseline", "decisions.sarif", "this.txt", cwd=work)
    rep = json.loads(out)["reports"][0]
    dismissed = [f for f in rep["findings"] if f.get("decision", {}).get("status") == "dismissed"]
    check(code == 0, f"dismissed errors do not fail the run (exit {code})")
    check(len(dismissed) == 2 and dismissed[0]["decision"]["note"] == "上年报告已更正", "both marked dismissed with the note")
    check(rep["summary"].get("dismissed") == 2, "summary counts them apart")
    code, out, err = run("--format", "sarif", "--previous", "last.txt", "--baseline", "decisions.sarif", "this.txt", cwd=work)
    sup = [r for r in json.loads(out)["runs"][0]["results"] if r.get("suppressions")]
    check(len(sup) == 2 and sup[0]["suppressions"][0]["status"] == "accepted", "SARIF out keeps the suppressions")
    code, out, err = run("--format", "json", "--previous", "last.txt", "--baseline", "decisions.sarif",
                         "--hide-suppressed", "this.txt", cwd=work)
    rep = json.loads(out)["reports"][0]
    check(not [f for f in rep["findings"] if f["rule"] == "year.carryover"], "--hide-suppressed leaves them out")
    # The page's export format works the same.
    export = {"decisions": [{"fingerprint": f["fingerprint"], "rule": f["rule"], "status": "dismissed", "note": "n"}
                            for f in dismissed]}
    open(os.path.join(work, "decisions.json"), "w", encoding="utf-8").write(json.dumps(export, ensure_ascii=False))
    code, out, err = run("--format", "json", "--previous", "last.txt", "--baseline", "decisions.json", "this.txt", cwd=work)
    check(json.loads(out)["reports"][0]["summary"].get("dismissed") == 2, "the page's export as a baseline")
    # A file that is no decisions file: a usage problem.
    open(os.path.join(work, "junk.json"), "w").write("{\"x\": 1}")
    code, out, err = run("--baseline", "junk.json", "this.txt", cwd=work)
    check(code == 2 and "审核决定" in err, f"a wrong baseline is refused (exit {code})")
finally:
    shutil.rmtree(work)

print("reviewer_desk:", "FAILED" if failures else "ok", f"({len(failures)} failures)")
sys.exit(1 if failures else 0)
