# -*- coding: utf-8 -*-
"""Renderers: blocks -> docx / odt / txt / pdf (reportlab, optionally with form fields) / scan."""
import hashlib
import math
import os
import random
import subprocess

from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BOX = {True: "\u2612", False: "\u2610"}


def scribble(path, seed):
    r = random.Random(seed)
    w, h = 360, 110
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 15
    y = h / 2
    while x < w - 20:
        x += r.uniform(4, 11)
        y = h / 2 + 30 * math.sin(x / r.uniform(9, 16)) + r.uniform(-12, 12)
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(30, h - 25), (w - 60, h - 35)], fill=(20, 30, 110), width=2)
    im.save(path)
    return path


def sigpath(tmp, docid, name):
    os.makedirs(tmp, exist_ok=True)
    s = hashlib.md5((docid + name).encode()).hexdigest()[:10]
    p = os.path.join(tmp, f"sig_{s}.png")
    if not os.path.exists(p):
        scribble(p, docid + name)
    return p


# ---------------------------------------------------------------------------
# TXT

def to_txt(blocks, path):
    out = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1]]
        elif k in ("p", "small"):
            out.append(b[1])
        elif k == "sdt":
            out.append(b[1])
        elif k == "kv":
            w = max(len(x[0]) for x in b[1]) + 2
            out += [f"{a + ':':<{w}}{v}" for a, v in b[1]]
            out.append("")
        elif k == "table":
            out.append(" | ".join(b[1]))
            out += [" | ".join(r) for r in b[2]]
        elif k == "checks":
            out += [("[x] " if t else "[ ] ") + l for t, l in b[1]]
        elif k == "sig":
            _, label, name, date, kind = b
            if kind == "blank":
                out.append(f"{label}: ______________________   Datum: ____________")
            else:
                out.append(f"{label}: w.g. {name}   Datum: {date or '____________'}")
        elif k == "hr":
            out.append("- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -")
        elif k == "pb":
            out.append("\f")
        elif k == "footer":
            footer = b[1]
    if footer:
        out += ["", footer.replace(" \u2013 pagina", "").replace(" | pagina", "")]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# DOCX

def to_docx(blocks, path, docid, tmp, sdt_checkbox=False):
    from docx import Document
    from docx.shared import Cm, Pt
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(8.5)
        elif k == "sdt":
            p = doc.add_paragraph()
            xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr><w:showingPlcHdr/>'
                   '<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r>'
                   '</w:sdtContent></w:sdt>' % b[1])
            p._p.append(parse_xml(xml))
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
            doc.add_paragraph()
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif k == "checks":
            for ticked, label in b[1]:
                p = doc.add_paragraph()
                if sdt_checkbox:
                    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
                           '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                           '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (1 if ticked else 0, BOX[ticked]))
                    p._p.append(parse_xml(xml))
                    p.add_run(" " + label)
                else:
                    p.add_run(BOX[ticked] + " " + label)
        elif k == "sig":
            _, label, name, date, kind = b
            p = doc.add_paragraph()
            p.add_run(label + ": ")
            if kind == "blank":
                p.add_run("_______________________   Naam: ______________   Datum: ___________")
            else:
                p.add_run().add_picture(sigpath(tmp, docid, name), width=Cm(3.6))
                p.add_run(f"   Naam: {name}   Datum: {date if date else '___________'}")
        elif k == "hr":
            doc.add_paragraph("\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
        elif k == "pb":
            doc.add_page_break()
        elif k == "footer":
            fp = doc.sections[0].footer.paragraphs[0]
            fp.text = b[1].replace(" \u2013 pagina", "").replace(" | pagina", "")
    # deterministic core properties
    import datetime
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 12, 6, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = "school"; cp.last_modified_by = "school"; cp.revision = 1
    doc.save(path)


# ---------------------------------------------------------------------------
# ODT

def to_odt(blocks, path, docid, tmp):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, GraphicProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    tt = Style(name="Title", family="paragraph"); tt.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    sm = Style(name="Small", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    for s in (h1, h2, tt, sm):
        doc.styles.addElement(s)
    fr = Style(name="fr1", family="graphic"); fr.addElement(GraphicProperties(wrap="none"))
    doc.automaticstyles.addElement(fr)
    T = doc.text
    ntab = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            T.addElement(P(stylename=tt, text=b[1]))
        elif k == "h1":
            T.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            T.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k in ("p", "sdt"):
            for line in b[1].split("\n"):
                T.addElement(P(text=line))
        elif k == "small":
            T.addElement(P(stylename=sm, text=b[1]))
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]] if k == "kv" else [b[1]] + b[2]
            ntab += 1
            t = Table(name=f"Tabel{ntab}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for v in row:
                    tc = TableCell()
                    tc.addElement(P(text=v))
                    tr.addElement(tc)
                t.addElement(tr)
            T.addElement(t)
        elif k == "checks":
            for ticked, label in b[1]:
                T.addElement(P(text=BOX[ticked] + " " + label))
        elif k == "sig":
            _, label, name, date, kind = b
            if kind == "blank":
                T.addElement(P(text=f"{label}: _______________________   Datum: ___________"))
            else:
                p = P(text=f"{label}: ")
                sp = sigpath(tmp, docid, name)
                href = doc.addPicture("Pictures/" + os.path.basename(sp), "image/png", open(sp, "rb").read())
                f = Frame(stylename=fr, width="3.6cm", height="1.1cm", anchortype="as-char")
                f.addElement(DImage(href=href))
                p.addElement(f)
                p.addText(f"   Naam: {name}   Datum: {date if date else '___________'}")
                T.addElement(p)
        elif k == "hr":
            T.addElement(P(text="\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - -"))
        elif k == "footer":
            T.addElement(P(stylename=sm, text=b[1].replace(" \u2013 pagina", "").replace(" | pagina", "")))
    doc.save(path)


# ---------------------------------------------------------------------------
# PDF (reportlab)

def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))


def to_pdf(blocks, path, docid, tmp, fillable=False, serif=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage,
                                    PageBreak, Flowable)
    from xml.sax.saxutils import escape
    _fonts()
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13)
    S = {"title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
         "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=9, spaceAfter=3),
         "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
         "p": ParagraphStyle("p", parent=base, spaceAfter=3),
         "small": ParagraphStyle("s", parent=base, fontSize=7.5, textColor=colors.grey)}
    footer = [None]

    class Field(Flowable):
        def __init__(self, value, height=None):
            super().__init__()
            import textwrap
            v = (value.replace("\u2022", "-").replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
                 .replace("\u2018", "'").replace("\u2019", "'").replace("\u2612", "[x]").replace("\u2610", "[ ]"))
            v = v.encode("latin-1", "replace").decode("latin-1")
            lines = []
            for part in v.split("\n"):
                lines += textwrap.wrap(part, 88) or [""]
            self.value = "\n".join(lines)
            self.h = height or (11 * len(lines) + 8)
            self.name = "f%d" % id(self)

        def wrap(self, aw, ah):
            self.w = aw
            return aw, self.h

        def draw(self):
            self.canv.acroForm.textfield(name=self.fname, value=self.value, x=0, y=0, width=self.w, height=self.h,
                                         fontName="Helvetica", fontSize=9, borderColor=colors.grey,
                                         fieldFlags="multiline" if self.h > 20 else "", relative=True, borderWidth=0.5)

    class Check(Flowable):
        def __init__(self, ticked, label):
            super().__init__(); self.ticked = ticked; self.label = label

        def wrap(self, aw, ah):
            return aw, 15

        def draw(self):
            self.canv.acroForm.checkbox(name=self.fname, checked=self.ticked, x=0, y=1, size=11, relative=True,
                                        buttonStyle="cross", borderWidth=0.7)
            self.canv.setFont("DV", 9.5)
            self.canv.drawString(16, 3, self.label)

    story = []
    counter = [0]

    def fid():
        counter[0] += 1
        return "veld%02d" % counter[0]

    def para(t, st="p"):
        return Paragraph(escape(t).replace("\n", "<br/>") or "&nbsp;", S[st])

    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "small"):
            story.append(para(b[1], k))
        elif k == "p":
            if fillable:
                f = Field(b[1]); f.fname = fid(); story.append(f); story.append(Spacer(1, 3))
            else:
                story.append(para(b[1]))
        elif k == "sdt":
            story.append(para(b[1]))
        elif k in ("kv", "table"):
            if k == "kv":
                data = [[para(a), para(v)] for a, v in b[1]]
                t = Table(data, colWidths=[4.5 * cm, 12 * cm])
            else:
                n = len(b[1])
                data = [[Paragraph("<b>%s</b>" % escape(h), S["p"]) for h in b[1]]] + [[para(v) for v in r] for r in b[2]]
                t = Table(data, colWidths=[16.5 * cm / n] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1 if k == "table" else 0, 0 if k == "table" else -1), colors.whitesmoke)]))
            story.append(t); story.append(Spacer(1, 5))
        elif k == "checks":
            for ticked, label in b[1]:
                if fillable:
                    c = Check(ticked, label); c.fname = fid(); story.append(c)
                else:
                    story.append(para(BOX[ticked] + " " + label))
        elif k == "sig":
            _, label, name, date, kind = b
            if kind == "blank":
                story.append(para(f"{label}: _________________________   Datum: ____________"))
            elif fillable and kind == "formname":
                pass
            else:
                img = RLImage(sigpath(tmp, docid, name), width=3.6 * cm, height=1.1 * cm)
                t = Table([[para(label + ":"), img, para(f"Naam: {name}\nDatum: {date if date else '____________'}")]],
                          colWidths=[5 * cm, 4.2 * cm, 7.3 * cm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story.append(t)
        elif k == "hr":
            story.append(para("\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "footer":
            footer[0] = b[1]

    def onpage(canv, doc):
        if footer[0]:
            canv.setFont("DV", 7.5)
            t = footer[0]
            if t.endswith("pagina"):
                t = t + f" {doc.page}"
            canv.drawString(2 * cm, 1.2 * cm, t)

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title="", author="", creator="", producer="", subject="",
                          invariant=1)
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------------------
# scan: pdf -> images -> noise/skew -> image-only pdf

def to_scan(src_pdf, out_pdf, seed, tmp, dpi=110):
    os.makedirs(tmp, exist_ok=True)
    prefix = os.path.join(tmp, "pg_" + seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(p for p in os.listdir(tmp) if p.startswith("pg_" + seed + "-"))
    r = random.Random("scan-" + seed)
    rng = np.random.default_rng(abs(hash(seed)) % 1000 if False else int(hashlib.md5(seed.encode()).hexdigest()[:8], 16))
    ims = []
    for p in pages:
        im = Image.open(os.path.join(tmp, p)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 9, a.shape)
        # speckles
        m = rng.random(a.shape) < 0.0015
        a[m] = rng.uniform(0, 90, m.sum())
        # darker left edge like a copier
        a[:, :12] = a[:, :12] * 0.6
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        ims.append(im.convert("RGB"))
    import datetime as _dt
    import time as _time
    _t = _time.gmtime(1796547600)
    ims[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], creationDate=_t, modDate=_t, producer="scan")
    for p in pages:
        os.remove(os.path.join(tmp, p))
