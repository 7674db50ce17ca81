"""Minimal PDFs written byte by byte, for the CLI's file tests: text drawn with Helvetica, an image with
no text (a scan), many tiny text items (a hostile file). Offsets in the cross-reference table are
computed, so poppler reads them without repairing anything.

The committed encrypted samples in tests/files/pdf/ were made from text_pdf() with Debian's qpdf:
  python3 -c 'import minimal_pdf,sys; sys.stdout.buffer.write(minimal_pdf.text_pdf(["Nianbao test"]))' > plain.pdf
  qpdf --encrypt user-pw owner-pw 256 -- plain.pdf encrypted_user_password.pdf
  qpdf --encrypt '' owner-pw 256 --print=none -- plain.pdf encrypted_owner_only.pdf
"""
import zlib


def _escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(contents, image=None, media=(595, 842), rotate=0):
    """contents: one content stream (bytes) per page; image: (width, height, gray bytes) as /Im0;
    rotate: the pages' /Rotate (what a viewer's "rotate page" saves)."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    xobjects = b""
    if image:
        w, h, data = image
        z = zlib.compress(data)
        im = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                 b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(z)) + z + b"\nendstream")
        xobjects = b"/Im0 %d 0 R" % im
    pages_id = len(objs) + 2 * len(contents) + 1
    kids = []
    for c in contents:
        z = zlib.compress(c)
        stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Rotate %d /Resources << /Font << /F1 %d 0 R >> "
                        b"/XObject << %s >> >> /Contents %d 0 R >>" % (pages_id, media[0], media[1], rotate, font, xobjects, stream)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)


def text_ops(lines, top=770):
    """One ASCII line of 12 pt Helvetica per entry, top down; a few words set apart like table cells."""
    return b"".join(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET\n" % (top - 16 * i, _escape(line).encode("latin-1"))
                    for i, line in enumerate(lines))


def text_pdf(lines, rotate=0):
    """One portrait page of text_ops(lines), shown turned by `rotate` degrees."""
    return build([text_ops(lines)], rotate=rotate)


def landscape_pdf(lines, turned):
    """A landscape page of text: as an 842x595 page, or (turned) drawn a quarter turn on a portrait page,
    as some generators print a wide table: the text then runs up the displayed page."""
    ops = text_ops(lines, top=540)
    if not turned:
        return build([ops], media=(842, 595))
    return build([b"q 0 1 -1 0 595 0 cm\n" + ops + b"Q\n"])


def scanned_pdf(pages=2):
    """Pages that only show a picture: what a scanner makes. No text operator anywhere."""
    w, h = 64, 64
    gray = bytes((x * y) % 256 for y in range(h) for x in range(w))
    return build([b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"] * pages, image=(w, h, gray))


def tiny_items_pdf(n, per_page=40000):
    """n one-glyph text objects of 1 pt, per_page to a page (poppler keeps at most 50,000 glyphs a page)."""
    pages = []
    while n > 0:
        k = min(per_page, n)
        pages.append(b"".join(b"BT /F1 1 Tf %.1f %.1f Td (a) Tj ET\n" % (10 + (i % 500) * 1.1, 830 - (i // 500) % 800)
                              for i in range(k)))
        n -= k
    return build(pages)
