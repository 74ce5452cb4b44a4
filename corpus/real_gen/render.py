"""Renderers: DOCX (python-docx, real tables, tick boxes as glyphs or Word content controls), ODT (hand-written
ODF), PDF (the DOCX exported by LibreOffice) and scans (pdftoppm, grey, noise, skew, JPEG, image-only PDF)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFilter

from .blocks import Doc, Sig

FIXED = (2025, 9, 1, 12, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def scribble_png(seed: int) -> bytes:
    """A handwritten-looking signature, deterministic for a seed."""
    r = random.Random(seed * 31 + 5)
    im = Image.new("L", (360, 110), 255)
    dr = ImageDraw.Draw(im)
    x, y = 14, 60
    pts = [(x, y)]
    for _ in range(r.randint(16, 24)):
        x += r.randint(6, 20)
        y = max(12, min(98, y + r.randint(-28, 28)))
        pts.append((x, y))
    dr.line(pts, fill=0, width=3)
    dr.line([(pts[1][0], 88), (x, 80 + r.randint(-6, 6))], fill=0, width=2)
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "PNG")
    return buf.getvalue()


def _rezip(path: str) -> None:
    """Rewrite a zip with fixed dates so the file is byte-identical between runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# -- DOCX ---------------------------------------------------------------------------------------------------------
def _sdt_box(checked: bool):
    from docx.oxml import parse_xml

    glyph = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt xmlns:w="{W}" xmlns:w14="{W14}"><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def _text(par, text: str, sdt: bool, bold=False, italic=False) -> None:
    if not sdt:
        run = par.add_run(text)
        run.bold, run.italic = bold, italic
        return
    buf = ""
    for ch in text:
        if ch in "☐☒":
            if buf:
                r = par.add_run(buf)
                r.bold, r.italic = bold, italic
                buf = ""
            par._p.append(_sdt_box(ch == "☒"))
        else:
            buf += ch
    if buf:
        r = par.add_run(buf)
        r.bold, r.italic = bold, italic


def render_docx(d: Doc, path: str) -> None:
    import docx
    from docx.shared import Cm, Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)  # A4, as Dutch schools print
    sec.left_margin = sec.right_margin = Cm(2)
    if d.header:
        lines = d.header.split("\n")
        sec.header.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            sec.header.add_paragraph(line)
    if d.footer:
        sec.footer.paragraphs[0].text = d.footer
    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind in ("h1", "h2"):
            doc.add_heading(b[1], level=1 if kind == "h1" else 2)
        elif kind in ("p", "i"):
            for line in b[1].split("\n") if b[1] else [""]:
                _text(doc.add_paragraph(), line, d.sdt_boxes, italic=kind == "i")
        elif kind == "break":
            doc.add_page_break()
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    val = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    if widths:
                        cell.width = Cm(widths[j] if j < len(widths) else widths[-1])
                    par = cell.paragraphs[0]
                    if isinstance(val, Sig):
                        par.add_run().add_picture(io.BytesIO(scribble_png(val.seed)), width=Cm(3.2))
                        continue
                    lines = str(val).split("\n")
                    for k, line in enumerate(lines):
                        p = par if k == 0 else cell.add_paragraph()
                        _text(p, line, d.sdt_boxes, bold=(header and i == 0) or (widths is not None and j == 0))
            doc.add_paragraph()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "school"
    cp.created = cp.modified = cp.last_printed = dt.datetime(2025, 9, 1, 12, 0, 0)
    cp.revision = 1
    cp.title = ""
    doc.save(path)
    _rezip(path)


# -- ODT ----------------------------------------------------------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def render_odt(d: Doc, path: str) -> None:
    body, pics = [], []

    def para(t: str, style="Standard") -> str:
        return f'<text:p text:style-name="{style}">{escape(t)}</text:p>'

    for b in d.blocks:
        kind = b[0]
        if kind == "title":
            body.append(para(b[1], "Title"))
        elif kind in ("h1", "h2"):
            lvl = 1 if kind == "h1" else 2
            body.append(f'<text:h text:style-name="Heading_20_{lvl}" text:outline-level="{lvl}">{escape(b[1])}</text:h>')
        elif kind in ("p", "i"):
            for line in b[1].split("\n") if b[1] else [""]:
                body.append(para(line, "Instr" if kind == "i" else "Standard"))
        elif kind == "break":
            body.append('<text:p text:style-name="Break"/>')
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            ncol = max(len(r) for r in rows)
            n = len([x for x in body if "<table:table " in x]) + 1
            x = [f'<table:table table:name="Tabel{n}" table:style-name="Tbl">']
            x.append(f'<table:table-column table:number-columns-repeated="{ncol}"/>')
            for i, row in enumerate(rows):
                x.append("<table:table-row>")
                for j in range(ncol):
                    val = row[j] if j < len(row) else ""
                    x.append('<table:table-cell table:style-name="Cell" office:value-type="string">')
                    if isinstance(val, Sig):
                        name = f"Pictures/sig{len(pics) + 1}.png"
                        pics.append((name, scribble_png(val.seed)))
                        x.append(f'<text:p><draw:frame draw:name="sig{len(pics)}" text:anchor-type="as-char" '
                                 f'svg:width="3.2cm" svg:height="1cm"><draw:image xlink:href="{name}" '
                                 f'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>')
                    else:
                        bold = (header and i == 0) or (widths is not None and j == 0)
                        for line in str(val).split("\n"):
                            x.append(para(line, "Bold" if bold else "Standard"))
                    x.append("</table:table-cell>")
                x.append("</table:table-row>")
            x.append("</table:table>")
            body.append("".join(x))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" '
               'table:align="left"/></style:style>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
               '<style:style style:name="Bold" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Instr" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:text-properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:paragraph-properties fo:break-after="page"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    hf = ""
    if d.header:
        hf += "<style:header>" + "".join(para(x, "Header") for x in d.header.split("\n")) + "</style:header>"
    if d.footer:
        hf += f'<style:footer>{para(d.footer, "Footer")}</style:footer>'
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS} office:version="1.2">'
              '<office:styles>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties '
              'style:font-name="Liberation Sans" fo:font-family="Liberation Sans" fo:font-size="10pt"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties '
              'fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
              'style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties '
              'fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>'
              '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"/>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
              '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" '
              'fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
              f'style:page-layout-name="pm1">{hf}</style:master-page></office:master-styles>'
              '</office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS} office:version="1.2">'
            '<office:meta><meta:generator>oppcheck corpus</meta:generator>'
            '<meta:creation-date>2025-09-01T12:00:00</meta:creation-date></office:meta></office:document-meta>')
    files = "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="image/png"/>' for n, _ in pics)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                f'{files}</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        def put(name, data, stored=False):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        put("mimetype", "application/vnd.oasis.opendocument.text", stored=True)
        put("content.xml", content)
        put("styles.xml", styles)
        put("meta.xml", meta)
        for name, data in pics:
            put(name, data)
        put("META-INF/manifest.xml", manifest)


# -- PDF and scans --------------------------------------------------------------------------------------------------
def docx_to_pdf(docx_paths: list[str], outdir: str) -> None:
    """Export DOCX files to PDF with LibreOffice, in one run."""
    if not docx_paths:
        return
    prof = "file:///tmp/lo-real"
    subprocess.run(["nice", "soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf",
                    "--outdir", outdir, *docx_paths], check=True, capture_output=True, timeout=1800)


def normalize_pdf(path: str) -> None:
    """Make a LibreOffice PDF byte-deterministic: fixed creation date, /ID and /DocChecksum from the content
    (every replacement keeps its length, so the xref offsets stay valid)."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda m: b"/" + m.group(1) + b"(D:20250901120000", data)
    hexes = rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])|(/DocChecksum /)[0-9A-F]{32}"
    zero = re.sub(hexes, lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group(0)), data)
    digest = hashlib.md5(zero).hexdigest().upper().encode()
    data = re.sub(hexes, lambda m: re.sub(rb"[0-9A-F]{32}", digest, m.group(0)), zero)
    with open(path, "wb") as f:
        f.write(data)


def scan_pdf(src_pdf: str, dst_pdf: str, seed: int) -> None:
    """Render each page grey at 150 dpi, add paper noise and a slight skew, JPEG ~60, wrap as image-only PDF."""
    r = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-gray", "-r", "150", "-png", src_pdf, os.path.join(tmp, "p")], check=True,
                       capture_output=True, timeout=600)
        pages = []
        for name in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, name)).convert("L")
            w, h = im.size
            noise = Image.new("L", (w // 4, h // 4))
            noise.putdata([min(255, max(0, int(r.gauss(0, 18)) + 128)) for _ in range((w // 4) * (h // 4))])
            noise = noise.resize((w, h), Image.BILINEAR)
            im = Image.blend(im, noise, 0.12)
            im = im.point(lambda v: min(255, int(v * 1.12)))  # paper toward white after the blend
            dr = ImageDraw.Draw(im)
            for _ in range(250):
                x, y = r.randrange(w), r.randrange(h)
                dr.point((x, y), fill=r.randint(40, 150))
            im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=250)
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=60)
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
        fixed = time.strptime("2025-09-01 12:00:00", "%Y-%m-%d %H:%M:%S")
        pages[0].save(dst_pdf, "PDF", resolution=150.0, save_all=True, append_images=pages[1:],
                      creationDate=fixed, modDate=fixed)


def copy(src: str, dst: str) -> None:
    shutil.copyfile(src, dst)
