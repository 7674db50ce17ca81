#!/usr/bin/env python3
"""Makes the .docx/.html test files of tests/files/ from a real report, reproducibly.

The Huai'an 2024 report (../shared/samples/2024_huaian_szf.txt, pdftotext -layout of the published
PDF) becomes a web page with its statistical tables as real tables, built the way these reports are
laid out (merged header cells, the vertical 三、本年度办理结果 label spanning its rows). The table
values are the cells our reader finds in the .txt (`nianbao parse --format json`), so the tables carry
exactly the report's figures. LibreOffice then converts that page to .docx and back to HTML, as a
reviewer's office would:

  huaian.source.html   the page this script writes (the source of both conversions)
  huaian.docx          soffice --headless --convert-to docx (same text every run; the zip stamps the time)
  huaian.html          soffice --headless --convert-to html (LibreOffice's own HTML export)
  cases/libreoffice_numbering.docx  the report's outline as LibreOffice list numbering (from a .fodt)

usage: tools/make-test-files.py [path/to/nianbao]     (default build/native/bin/nianbao)
Needs libreoffice-writer only to regenerate; the outputs are committed (CI does not run this).
"""
import html
import re
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "..", "shared", "samples", "2024_huaian_szf.txt")
OUT = os.path.join(ROOT, "tests", "files")


def cell(text, tag="td", colspan=1, rowspan=1):
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<{tag}{attrs}>{html.escape(text)}</{tag}>"


def simple_table(table):
    rows = ["<tr>" + cell("信息内容", "th") + "".join(cell(c, "th") for c in table["col_labels"]) + "</tr>"]
    for label, values in zip(table["row_labels"], table["cells"]):
        rows.append("<tr>" + cell(label) + "".join(cell(v["text"]) for v in values) + "</tr>")
    return rows


def applications_table(table):
    """表三 of the 2021 format: three label columns, the applicant header over two rows."""
    labels, cells = table["row_labels"], table["cells"]
    values = lambda i: "".join(cell(v["text"]) for v in cells[i])
    rows = [
        "<tr>" + cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "th", 3, 3)
        + cell("申请人情况", "th", 7) + "</tr>",
        "<tr>" + cell("自然人", "th", 1, 2) + cell("法人或其他组织", "th", 5) + cell("总计", "th", 1, 2) + "</tr>",
        "<tr>" + "".join(cell(c, "th") for c in table["col_labels"][1:6]) + "</tr>",
        "<tr>" + cell(labels[0], colspan=3) + values(0) + "</tr>",
        "<tr>" + cell(labels[1], colspan=3) + values(1) + "</tr>",
    ]
    # 三、本年度办理结果 spans rows 2..23; its groups: (label, first row, rows)
    groups = {4: ("（三）不予公开", 8), 12: ("（四）无法提供", 3), 15: ("（五）不予处理", 5), 20: ("（六）其他处理", 3)}
    i = 2
    while i <= 23:
        first = "<tr>" + (cell("三、本年度办理结果", rowspan=22) if i == 2 else "")
        if i in groups:
            name, n = groups[i]
            for k in range(n):
                rows.append((first if k == 0 else "<tr>") + (cell(name, rowspan=n) if k == 0 else "")
                            + cell(labels[i + k]) + values(i + k) + "</tr>")
            i += n
        else:
            rows.append(first + cell(labels[i], colspan=2) + values(i) + "</tr>")
            i += 1
    rows.append("<tr>" + cell(labels[24], colspan=3) + values(24) + "</tr>")
    return rows


def review_table(table):
    """表四: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉), five columns each."""
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        "<tr>" + cell("行政复议", "th", 5) + cell("行政诉讼", "th", 10) + "</tr>",
        "<tr>" + "".join(cell(c, "th", 1, 2) for c in five) + cell("未经复议直接起诉", "th", 5)
        + cell("复议后起诉", "th", 5) + "</tr>",
        "<tr>" + "".join(cell(c, "th") for c in five * 2) + "</tr>",
        "<tr>" + "".join(cell(v["text"]) for v in table["cells"][0]) + "</tr>",
    ]


def source_html(nianbao):
    lines = open(SAMPLE, encoding="utf-8").read().split("\n")
    parsed = json.loads(subprocess.run([nianbao, "parse", "--format", "json", SAMPLE], check=True,
                                       capture_output=True, text=True).stdout)
    tables = {}  # first line (1-based) → (last line, rows)
    for t in parsed["tables"]:
        last = max(c["line"] for row in t["cells"] for c in row if c)
        first = t["line"]
        if lines[first - 1].strip().startswith("第二十条"):
            first += 1  # the caption stays a paragraph
        build = {"applications": applications_table, "review_litigation": review_table}.get(t["topic"], simple_table)
        tables[first] = (last, build(t))
    body, n = [], 1
    while n <= len(lines):
        if n in tables:
            last, rows = tables[n]
            body.append('<table border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>")
            n = last + 1
            continue
        text = lines[n - 1].strip()
        if text and not (text.startswith("-") and text.endswith("-")):  # page numbers -3- are print furniture
            body.append("<p>" + html.escape(text) + "</p>")
        n += 1
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>淮安市人民政府2024年政府信息公开工作年度报告</title>'
            "</head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><text:list-style style:name="Headings">
<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
</text:list-style></office:automatic-styles>
<office:body><office:text>
"""


def numbered_headings_fodt():
    """The report's outline as LibreOffice's automatic numbering (一、 and （一） not in the text):
    the six parts, and part 一's five sub-parts with the first line of each."""
    lines = [l.strip() for l in open(SAMPLE, encoding="utf-8").read().split("\n")]
    parts = [l for l in lines if re.fullmatch(r"[一二三四五六]、\S+情况|[一二三四五六]、其他需要报告的事项|[一二三四五六]、存在的主要问题及改进情况", l)]
    subs = [l for l in lines if re.match(r"（[一二三四五]）\S+情况。", l)][:5]
    item = lambda text, inner="": f"<text:list-item><text:p>{html.escape(strip_number(text))}</text:p>{inner}</text:list-item>"
    inner = "<text:list>" + "".join(item(s) for s in subs) + "</text:list>"
    body = ('<text:list text:style-name="Headings">' + item(parts[0], inner) + "".join(item(p) for p in parts[1:])
            + "</text:list>")
    return FODT_HEAD + "<text:p>淮安市人民政府2024年政府信息公开工作年度报告</text:p>" + body + "</office:text></office:body></office:document>\n"


def strip_number(line):
    return re.sub(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", "", line)


def convert(source, fmt, target):
    with tempfile.TemporaryDirectory() as tmp:
        # A private profile: a user's LibreOffice settings must not change the output.
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", fmt,
                        "--outdir", tmp, source], check=True, capture_output=True)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + "." + fmt.split(":")[0])
        shutil.copyfile(produced, target)


def main():
    nianbao = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native", "bin", "nianbao")
    os.makedirs(OUT, exist_ok=True)
    source = os.path.join(OUT, "huaian.source.html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(source_html(nianbao))
    convert(source, "docx:MS Word 2007 XML", os.path.join(OUT, "huaian.docx"))
    # Word → HTML as LibreOffice writes it (the docx read back, then exported).
    convert(os.path.join(OUT, "huaian.docx"), "html:HTML (StarWriter)", os.path.join(OUT, "huaian.html"))
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make-docx-cases.py")], check=True)
    # LibreOffice's own list numbering in a .docx (numFmt taiwaneseCountingThousand, lvlText %1、).
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, "outline.fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(numbered_headings_fodt())
        convert(fodt, "docx:MS Word 2007 XML", os.path.join(OUT, "cases", "libreoffice_numbering.docx"))
    print("wrote", ", ".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
