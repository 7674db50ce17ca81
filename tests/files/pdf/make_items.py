#!/usr/bin/env python3
"""Positioned text of a PDF as the core's JSON form (core/layout/items_json.h), from poppler's word
boxes (`pdftotext -bbox`, the same TextOutputDev words libpoppler-cpp's text_list gives the CLI).
Used to make the fixtures beside it, so the layout tests run without poppler:
    python3 tests/files/pdf/make_items.py ../shared/samples/pdf/2024_huaian_szf.pdf > tests/files/pdf/2024_huaian_szf.items.json
    soffice --headless --convert-to pdf --outdir /tmp tests/files/huaian.docx   # LibreOffice 7.4 (Debian)
    cp /tmp/huaian.pdf tests/files/pdf/huaian.libreoffice.pdf
    python3 tests/files/pdf/make_items.py tests/files/pdf/huaian.libreoffice.pdf > tests/files/pdf/huaian.libreoffice.items.json
"""
import html, json, re, subprocess, sys

page_re = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
word_re = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')

out = subprocess.run(["pdftotext", "-bbox", sys.argv[1], "-"], check=True, capture_output=True, text=True).stdout
doc = {"pages": [], "items": []}
for index, (w, h, body) in enumerate(page_re.findall(out)):
    doc["pages"].append({"width": float(w), "height": float(h)})
    for x0, y0, x1, y1, text in word_re.findall(body):
        doc["items"].append({"page": index, "x": float(x0), "y": float(y0), "width": round(float(x1) - float(x0), 3),
                             "height": round(float(y1) - float(y0), 3), "text": html.unescape(text)})
json.dump(doc, sys.stdout, ensure_ascii=False, indent=None, separators=(",", ":"))
sys.stdout.write("\n")
