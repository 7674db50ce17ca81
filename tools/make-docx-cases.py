#!/usr/bin/env python3
"""Writes the small hand-made .docx cases of tests/files/cases/ (a .docx is a ZIP of XML parts).

Each case isolates one thing Word does that plain text extraction gets wrong: automatic list
numbering, merged and nested table cells, tracked changes, footnotes, text boxes written twice
(mc:AlternateContent), a layout table framing the whole text. The XML is the shape Word and WPS
write. Fixed timestamps: the same bytes on every run.
usage: tools/make-docx-cases.py
"""
import os
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "files", "cases")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="wps"')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def p(text="", ppr="", runs=None):
    body = runs if runs is not None else (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def num(num_id, ilvl):
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def tc(content, props=""):
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{content}</w:tc>"


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'


def write(name, parts):
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)] + parts:
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def level(ilvl, fmt, text, start=1, suff=None, pstyle=None):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="{pstyle}"/>' if pstyle else "")
            + (f'<w:suff w:val="{suff}"/>' if suff else "") + f'<w:lvlText w:val="{text}"/></w:lvl>')


def numbering_case():
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
                 '<w:abstractNum w:abstractNumId="0">'
                 + level(0, "chineseCounting", "%1、", pstyle="Heading1", suff="nothing")
                 + level(1, "chineseCounting", "（%2）", suff="nothing") + level(2, "decimal", "%3.")
                 + level(3, "decimal", "（%4）", suff="nothing") + "</w:abstractNum>"
                 '<w:abstractNum w:abstractNumId="1">' + level(0, "decimalEnclosedCircle", "%1")
                 + level(1, "ideographTraditional", "%2、") + level(2, "chineseLegalSimplified", "%3、")
                 + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
                 "</w:numbering>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ReportHeading"><w:basedOn w:val="Heading1"/></w:style>'
              "</w:styles>")
    body = "".join([
        p("淮安市人民政府2024年政府信息公开工作年度报告"),
        p("总体情况", '<w:pStyle w:val="Heading1"/>'),
        p("主动公开", num(1, 1)),
        p("依申请公开", num(1, 1)),
        p("制度建设", num(1, 2)),
        p("平台建设", num(1, 2)),
        p("申请数量", num(1, 3)),
        p("监督保障", num(1, 1)),
        p("主动公开政府信息情况", '<w:pStyle w:val="ReportHeading"/>'),
        p("规章", num(1, 1)),
        p("不编号的段落", '<w:pStyle w:val="Heading1"/>' + num(0, 0)),
        p("圈码三", num(2, 0)),
        p("圈码四", num(2, 0)),
        p("天干", num(2, 1)),
        p("大写", num(2, 2)),
        p("存在的主要问题及改进情况", '<w:pStyle w:val="Heading1"/>'),
    ])
    write("numbering.docx", [("word/document.xml", document(body)), ("word/numbering.xml", numbering),
                             ("word/styles.xml", styles)])


def merged_case():
    nested = ("<w:tbl>" + "<w:tr>" + tc(p("内层甲")) + tc(p("内层乙")) + "</w:tr>"
              + "<w:tr>" + tc(p("1")) + tc(p("2")) + "</w:tr></w:tbl>")
    rows = [
        "<w:tr>" + tc(p("信息内容"), '<w:vMerge w:val="restart"/>') + tc(p("行政复议"), '<w:gridSpan w:val="3"/>') + "</w:tr>",
        "<w:tr>" + tc(p(""), "<w:vMerge/>") + tc(p("结果维持")) + tc(p("结果纠正")) + tc(p("总计")) + "</w:tr>",
        "<w:tr>" + tc(p("行政") + p("复议")) + tc(p("1")) + tc(p("2")) + tc(p("3")) + "</w:tr>",
        "<w:tr>" + tc(p("Total") + p("count")) + tc(p("", runs='<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r>'))
        + tc(p("x", runs='<w:r><w:t>上</w:t><w:br/><w:t>下</w:t></w:r>')) + tc(p("末")) + "</w:tr>",
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(p("缩进")) + tc(p("")) + tc(p("")) + "</w:tr>",
        "<w:tr>" + tc(p("嵌套") + nested) + tc(p("后")) + "</w:tr>",
        "<w:tr>" + tc(p("")) + tc(p("")) + "</w:tr>",
    ]
    body = p("第二十条第（一）项") + "<w:tbl><w:tblPr/>" + "".join(rows) + "</w:tbl>" + p("表后文字")
    write("merged.docx", [("word/document.xml", document(body))])


def tracked_case():
    body = "".join([
        p(runs='<w:r><w:t>本年共</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>受理</w:delText></w:r></w:del>'
               '<w:ins w:id="2" w:author="a"><w:r><w:t>收到</w:t></w:r></w:ins><w:r><w:t>申请</w:t></w:r>'
               '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走的文字</w:t></w:r></w:moveFrom>'
               '<w:moveTo w:id="4" w:author="a"><w:r><w:t>3050件。</w:t></w:r></w:moveTo>'),
        p(runs='<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        p(runs='<w:hyperlink r:id="rId9" xmlns:r="x"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>'
               '<w:smartTag w:uri="u" w:element="e"><w:r><w:t xml:space="preserve"> 链接</w:t></w:r></w:smartTag>'),
        # Phonetic guide (拼音指南): the reading above the character is not text.
        p(runs='<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>dān</w:t></w:r></w:rt>'
               '<w:rubyBase><w:r><w:t>单</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>位</w:t></w:r>'),
    ])
    write("tracked.docx", [("word/document.xml", document(body))])


def footnote_case():
    body = "".join([
        p(runs='<w:r><w:t>本年度收取信息处理费3940元</w:t></w:r>'
               '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
               '<w:r><w:t>。</w:t></w:r>'),
        p("六、其他需要报告的事项"),
    ])
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
                 '<w:r><w:t xml:space="preserve"> 依据《政府信息公开信息处理费管理办法》收取。</w:t></w:r></w:p></w:footnote>'
                 "</w:footnotes>")
    write("footnote.docx", [("word/document.xml", document(body)), ("word/footnotes.xml", footnotes)])


def textbox_case():
    box = p("文本框里的说明")
    drawing = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
               f'<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
               f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>'
               '</mc:Fallback></mc:AlternateContent></w:r>')
    fallback_only = ('<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>'
                     + p("只有后备内容") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                     "</mc:AlternateContent></w:r>")
    shape_text = '<w:r><w:drawing><a:graphic><a:t>形状里的绘图文字</a:t></a:graphic></w:drawing></w:r>'
    # A one-column table framing the text, as some offices lay out a whole report.
    inner = ("<w:tbl><w:tr>" + tc(p("项目")) + tc(p("数量")) + "</w:tr><w:tr>" + tc(p("规章")) + tc(p("1"))
             + "</w:tr></w:tbl>")
    frame = "<w:tbl><w:tr>" + tc(p("框内第一段") + p("框内第二段") + inner) + "</w:tr></w:tbl>"
    body = p(runs='<w:r><w:t>正文段落</w:t></w:r>' + drawing) + p(runs=fallback_only + shape_text) + frame
    write("textbox.docx", [("word/document.xml", document(body))])


def bomb_case():
    """A zip bomb: 100 MB of white space in document.xml, about 1,000 times compressed (zlib level 9)."""
    os.makedirs(OUT, exist_ok=True)
    spaces = b" " * (100 << 20)
    xml = document('<w:p><w:r><w:t xml:space="preserve">').encode() + spaces + b"</w:t></w:r></w:p></w:body></w:document>"
    xml = xml.replace(b"<w:sectPr/></w:body></w:document>", b"", 1)
    with zipfile.ZipFile(os.path.join(OUT, "bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, data in [("[Content_Types].xml", CONTENT_TYPES.encode()), ("_rels/.rels", RELS.encode()),
                           ("word/document.xml", xml)]:
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data, compresslevel=9)


def picture(descr=""):
    return ('<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1"' + (f' descr="{descr}"' if descr else "")
            + '/><a:graphic><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:blipFill><a:blip r:embed="rId5" xmlns:r="r"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
            "</wp:inline></w:drawing></w:r>")


def pictures_case():
    """A table pasted as a picture (with alt text), a picture in Choice and its VML copy in Fallback
    (one marker), a chart (no picture, no text), and the images-only and empty documents."""
    alternate = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">' + picture()[5:-6]
                 + '</mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rId5" xmlns:r="r"/></v:shape></w:pict>'
                 "</mc:Fallback></mc:AlternateContent></w:r>")
    chart = ('<w:r><w:drawing><wp:inline><wp:docPr id="3" name="图表 1"/><a:graphic><a:graphicData>'
             '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId6" xmlns:r="r"/>'
             "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
    body = (p("三、收到和处理政府信息公开申请情况") + p(runs=picture("表三 收到和处理政府信息公开申请情况"))
            + p(runs='<w:r><w:t>见上图</w:t></w:r>' + alternate) + p(runs=chart + '<w:r><w:t>图表后</w:t></w:r>'))
    write("pictures.docx", [("word/document.xml", document(body))])
    write("images_only.docx", [("word/document.xml", document(p(runs=picture()) + p(runs=picture()) + p("  ")))])
    write("empty.docx", [("word/document.xml", document(p() + p()))])


def main():
    pictures_case()
    bomb_case()
    numbering_case()
    merged_case()
    tracked_case()
    footnote_case()
    textbox_case()


if __name__ == "__main__":
    main()
