# -*- coding: utf-8 -*-
"""Renderers: a small block list (IR) -> docx / odt / txt / md / pdf / fillable pdf / scan.

IR blocks (tuples):
  ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [text])
  ("kv", [(label, value)])                 two-column table, label column bold
  ("table", header_or_None, rows)          grid table
  ("checks", [(checked, text)], inline)    tick boxes; checked True/False
  ("sig", [dict(role,name,date,mark,choice)])  signature table; mark: text|scribble|digital|None
  ("sdt", label, value_or_None)            Word content control (placeholder when None)
  ("pb",)                                  page break
Document-level options: footer (text), header (text).
"""
import io
import math
import os
import random
import subprocess
import zipfile

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
PLACEHOLDER_SDT = "Klik of tik om tekst in te voeren."
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def box(checked):
    return "\u2612" if checked else "\u2610"


def sig_cells(s, scan=False):
    """Plain-text rendering of one signature row: role, name, date, signature, choice."""
    mark = s.get("mark")
    if mark == "text":
        sig = "w.g. " + s["name"]
    elif mark == "digital":
        sig = "digitaal ondertekend"
    elif mark == "scribble":
        sig = "" if scan else "[handtekening]"
    else:
        sig = ""
    date = s.get("date") or ""
    return [s.get("role", ""), s.get("name", ""), date, sig, s.get("choice") or ""]


SIG_HEADER = ["Rol", "Naam", "Datum", "Handtekening", "Akkoord"]


def normalize_zip(path):
    """Rewrite a zip (docx/odt) with fixed timestamps so output is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def scribble_png(path, seed, w=360, h=90):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(img)
    pts = []
    x = 10
    y = h / 2
    while x < w - 20:
        x += rnd.uniform(6, 18)
        y = h / 2 + rnd.uniform(-28, 28) * math.sin(x / rnd.uniform(8, 20))
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 90, 255), width=3, joint="curve")
    dr.line([(pts[0][0] + 5, h * 0.75), (pts[-1][0] - 10, h * 0.7)], fill=(20, 30, 90, 255), width=2)
    img.save(path)
    return path


# ---------------------------------------------------------------------------
# plain text / markdown
# ---------------------------------------------------------------------------
def to_text(blocks, md=False, footer=None, header=None):
    out = []
    if header:
        out.append(header)
        out.append("")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("# " if md else "") + b[1])
            if not md:
                out.append("=" * min(len(b[1]), 70))
            out.append("")
        elif k == "sub":
            out.append(("_%s_" % b[1]) if md else b[1])
            out.append("")
        elif k == "h1":
            out.append(("## " if md else "") + b[1])
            if not md:
                out.append("-" * min(len(b[1]), 70))
            out.append("")
        elif k == "h2":
            out.append(("### " if md else "") + b[1])
            out.append("")
        elif k == "p":
            out.append(b[1])
            out.append("")
        elif k == "bullets":
            for t in b[1]:
                out.append(("- " if md else "  - ") + t)
            out.append("")
        elif k == "kv":
            for lab, val in b[1]:
                if md:
                    out.append("**%s** %s" % (lab, val) if val else "**%s**" % lab)
                    out.append("")
                else:
                    out.append("%-28s %s" % (lab, val))
            out.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                ncol = len(hdr) if hdr else len(rows[0])
                h = hdr or [""] * ncol
                out.append("| " + " | ".join(h) + " |")
                out.append("|" + "---|" * ncol)
                for r in rows:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                if hdr:
                    out.append(" | ".join(hdr))
                    out.append("-" * 60)
                for r in rows:
                    out.append(" | ".join(c.replace("\n", " ") for c in r))
            out.append("")
        elif k == "checks":
            items = ["[%s] %s" % ("x" if c else " ", t) for c, t in b[1]]
            if b[2]:
                out.append("   ".join(items))
            else:
                out.extend(items)
            out.append("")
        elif k == "sig":
            for s in b[1]:
                role, name, date, sig, choice = sig_cells(s)
                line = "%s: %s" % (role, name) if name else "%s: ______________________" % role
                line += "   Datum: %s" % (date or "____________")
                line += "   Handtekening: %s" % (sig or "______________________")
                if choice:
                    line += "   (%s)" % choice
                out.append(line)
            out.append("")
        elif k == "sdt":
            out.append("%s %s" % (b[1], b[2] if b[2] else PLACEHOLDER_SDT))
            out.append("")
        elif k == "pb":
            out.append("")
    if footer:
        out.append("")
        out.append(footer)
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def _docx_checkbox(paragraph, checked):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0, box(checked))
    paragraph._p.append(parse_xml(xml))


def _docx_textcontrol(paragraph, tag, value):
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    if value:
        pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:text w:multiLine="1"/>' % (escape(tag), escape(tag))
        run = "<w:r>" + "<w:br/>".join('<w:t xml:space="preserve">%s</w:t>' % escape(ln) for ln in value.split("\n")) + "</w:r>"
    else:
        pr = ('<w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/><w:text/>' % (escape(tag), escape(tag)))
        run = ('<w:r><w:rPr><w:rStyle w:val="Tekstvantijdelijkeaanduiding"/><w:color w:val="808080"/></w:rPr>'
               '<w:t>%s</w:t></w:r>' % PLACEHOLDER_SDT)
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (pr, run)
    paragraph._p.append(parse_xml(xml))


def to_docx(blocks, path, footer=None, header=None, meta=None, tick_controls=True, workdir="/tmp", seed=0):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK
    import datetime
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if footer:
        sec.footer.paragraphs[0].text = footer
    if header:
        sec.header.paragraphs[0].text = header
    cp = doc.core_properties
    cp.author = (meta or {}).get("author", "")
    cp.title = (meta or {}).get("title", "")
    fixed = datetime.datetime(*[int(x) for x in (meta or {}).get("date", "2025-10-01").split("-")], 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = (meta or {}).get("author", "")
    cp.revision = 1
    sigcount = [0]

    def cell_text(cell, text, bold=False):
        cell.text = ""
        lines = str(text).split("\n")
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(ln)
            r.bold = bold

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bullets":
            for t in b[1]:
                doc.add_paragraph(t, style="List Bullet")
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                row = t.add_row().cells
                cell_text(row[0], lab, bold=True)
                cell_text(row[1], val)
            for row in t.rows:
                row.cells[0].width = Cm(5.0)
                row.cells[1].width = Cm(11.5)
            doc.add_paragraph()
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cell_text(cells[i], h, bold=True)
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cell_text(cells[i], c)
            doc.add_paragraph()
        elif k == "checks":
            if b[2]:
                p = doc.add_paragraph()
                for c, txt in b[1]:
                    if tick_controls:
                        _docx_checkbox(p, c)
                        p.add_run(" " + txt + "     ")
                    else:
                        p.add_run(box(c) + " " + txt + "     ")
            else:
                for c, txt in b[1]:
                    p = doc.add_paragraph()
                    if tick_controls:
                        _docx_checkbox(p, c)
                        p.add_run(" " + txt)
                    else:
                        p.add_run(box(c) + " " + txt)
        elif k == "sig":
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(SIG_HEADER):
                cell_text(t.rows[0].cells[i], h, bold=True)
            for s in b[1]:
                cells = t.add_row().cells
                vals = sig_cells(s)
                for i, v in enumerate(vals):
                    if i == 3 and s.get("mark") == "scribble":
                        sigcount[0] += 1
                        png = scribble_png(os.path.join(workdir, "sig_%d_%d.png" % (seed, sigcount[0])), seed * 100 + sigcount[0])
                        cells[3].text = ""
                        cells[3].paragraphs[0].add_run().add_picture(png, width=Cm(2.8))
                    else:
                        cell_text(cells[i], v)
            doc.add_paragraph()
        elif k == "sdt":
            p = doc.add_paragraph()
            r = p.add_run(b[1] + " ")
            r.bold = True
            _docx_textcontrol(p, b[1].rstrip(":"), b[2])
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# ODT
# ---------------------------------------------------------------------------
def to_odt(blocks, path, footer=None, header=None, meta=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           MasterPage, PageLayout, PageLayoutProperties, Footer, Header)
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta as ometa, dc
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hs = {}
    for lvl, size in ((0, "18pt"), (1, "14pt"), (2, "12pt")):
        s = Style(name="Kop%d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hs[lvl] = s
    ital = Style(name="Ital", family="paragraph")
    ital.addElement(TextProperties(fontstyle="italic"))
    doc.styles.addElement(ital)
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(margin="2cm", pagewidth="21cm", pageheight="29.7cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if footer:
        f = Footer()
        f.addElement(P(text=footer))
        mp.addElement(f)
    if header:
        hh = Header()
        hh.addElement(P(text=header))
        mp.addElement(hh)
    doc.masterstyles.addElement(mp)
    if meta:
        doc.meta.addElement(dc.Title(text=meta.get("title", "")))
        doc.meta.addElement(ometa.CreationDate(text=meta.get("date", "2025-10-01") + "T09:00:00"))
        doc.meta.addElement(dc.Date(text=meta.get("date", "2025-10-01") + "T09:00:00"))
        doc.meta.addElement(ometa.InitialCreator(text=meta.get("author", "")))

    def tbl(rows, ncol, hdr=None, boldfirst=False):
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([hdr] if hdr else []) + rows
        for ri, r in enumerate(allrows):
            tr = TableRow()
            for ci, c in enumerate(r):
                tc = TableCell()
                for ln in str(c).split("\n") or [""]:
                    p = P()
                    if (hdr and ri == 0) or (boldfirst and ci == 0):
                        p.addElement(Span(stylename=bold, text=ln))
                    else:
                        p.addText(ln)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=hs[0], text=b[1]))
        elif k == "sub":
            doc.text.addElement(P(stylename=ital, text=b[1]))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=2, stylename=hs[1], text=b[1]))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=3, stylename=hs[2], text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "bullets":
            for t in b[1]:
                doc.text.addElement(P(text="\u2022 " + t))
        elif k == "kv":
            tbl([[a, v] for a, v in b[1]], 2, boldfirst=True)
        elif k == "table":
            hdr, rows = b[1], b[2]
            tbl(rows, len(hdr) if hdr else len(rows[0]), hdr=hdr)
        elif k == "checks":
            if b[2]:
                doc.text.addElement(P(text="     ".join("%s %s" % (box(c), t) for c, t in b[1])))
            else:
                for c, t in b[1]:
                    doc.text.addElement(P(text="%s %s" % (box(c), t)))
        elif k == "sig":
            rows = []
            for s in b[1]:
                v = sig_cells(s)
                if s.get("mark") == "scribble":
                    v[3] = "getekend"
                rows.append(v)
            tbl(rows, 5, hdr=SIG_HEADER)
        elif k == "sdt":
            doc.text.addElement(P(text="%s %s" % (b[1], b[2] or PLACEHOLDER_SDT)))
        elif k == "pb":
            doc.text.addElement(P())
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# PDF (reportlab, made directly)
# ---------------------------------------------------------------------------
_fonts_done = [False]


def _fonts():
    if _fonts_done[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVSB")
    addMapping("DVS", 0, 1, "DVS")
    addMapping("DVS", 1, 1, "DVSB")
    _fonts_done[0] = True


def _esc(t):
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks, path, footer=None, header=None, meta=None, serif=False, scan_marks=False, seed=0,
           hand_checks=False):
    """scan_marks: draw scribbled signatures and handwritten dates (used for the scan source).
    hand_checks: draw tick boxes as empty boxes with a hand-drawn cross when checked."""
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable)
    fn = "DVS" if serif else "DV"
    fb = "DVSB" if serif else "DVB"
    base = ParagraphStyle("b", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    smallb = ParagraphStyle("sb", parent=small, fontName=fb)
    hstyles = {"title": ParagraphStyle("t", parent=base, fontName=fb, fontSize=16, leading=20, spaceAfter=8),
               "h1": ParagraphStyle("h1", parent=base, fontName=fb, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
               "h2": ParagraphStyle("h2", parent=base, fontName=fb, fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=3),
               "sub": ParagraphStyle("sub", parent=base, fontName="DVI" if not serif else fn, fontSize=9)}
    rnd = random.Random(seed)

    class Scribble(Flowable):
        def __init__(self, w=3.2 * cm, h=0.9 * cm, s=0):
            Flowable.__init__(self)
            self.width, self.height, self.s = w, h, s

        def draw(self):
            r = random.Random(self.s)
            c = self.canv
            c.setStrokeColorRGB(0.1, 0.12, 0.4)
            c.setLineWidth(1.1)
            p = c.beginPath()
            x, y = 2, self.height / 2
            p.moveTo(x, y)
            while x < self.width - 8:
                nx = x + r.uniform(5, 14)
                p.curveTo(x + 3, y + r.uniform(-12, 12), nx - 3, y + r.uniform(-12, 12), nx, self.height / 2 + r.uniform(-8, 8))
                x = nx
            c.drawPath(p, stroke=1, fill=0)

    class HandText(Flowable):
        def __init__(self, text, s=0):
            Flowable.__init__(self)
            self.text, self.s = text, s
            self.width, self.height = 2.6 * cm, 0.6 * cm

        def draw(self):
            r = random.Random(self.s)
            c = self.canv
            c.setFillColorRGB(0.1, 0.12, 0.4)
            x = 1
            for ch in self.text:
                c.saveState()
                c.translate(x, 3 + r.uniform(-1, 1))
                c.rotate(r.uniform(-8, 8))
                c.setFont("DVI", 9.5 + r.uniform(-0.8, 0.8))
                c.drawString(0, 0, ch)
                c.restoreState()
                x += c.stringWidth(ch, "DVI", 9.5) + r.uniform(-0.3, 0.6)

    class HandBox(Flowable):
        def __init__(self, checked, label, s=0):
            Flowable.__init__(self)
            self.checked, self.label, self.s = checked, label, s
            self.width, self.height = 14 * cm, 0.5 * cm

        def draw(self):
            c = self.canv
            r = random.Random(self.s)
            c.setLineWidth(0.6)
            c.rect(0, 0, 9, 9)
            if self.checked:
                c.setStrokeColorRGB(0.1, 0.12, 0.4)
                c.setLineWidth(1.3)
                c.line(1 + r.uniform(-1, 1), 1, 9 + r.uniform(0, 2), 10 + r.uniform(0, 2))
                c.line(1, 9 + r.uniform(0, 2), 9 + r.uniform(0, 1), 0)
                c.setStrokeColorRGB(0, 0, 0)
            c.setFont(fn, 9.5)
            c.drawString(14, 1, self.label)

    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "sub"):
            story.append(Paragraph(_esc(b[1]), hstyles[k]))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), base))
        elif k == "bullets":
            for t in b[1]:
                story.append(Paragraph("\u2022 " + _esc(t), ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-8, spaceAfter=1)))
            story.append(Spacer(1, 4))
        elif k == "kv":
            data = [[Paragraph(_esc(a), smallb), Paragraph(_esc(v), small)] for a, v in b[1]]
            t = Table(data, colWidths=[4.8 * cm, 11.7 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            data = []
            if hdr:
                data.append([Paragraph(_esc(h), smallb) for h in hdr])
            for r in rows:
                data.append([Paragraph(_esc(c), small) for c in r])
            t = Table(data, colWidths=[16.5 * cm / ncol] * ncol)
            stl = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                stl.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            t.setStyle(TableStyle(stl))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "checks":
            if hand_checks:
                for c, txt in b[1]:
                    story.append(HandBox(c, txt, rnd.randint(0, 10 ** 6)))
                story.append(Spacer(1, 4))
            elif b[2]:
                story.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join('<font name="DV">%s</font> %s' % (box(c), _esc(t)) for c, t in b[1]), base))
            else:
                for c, txt in b[1]:
                    story.append(Paragraph('<font name="DV">%s</font> %s' % (box(c), _esc(txt)), base))
        elif k == "sig":
            data = [[Paragraph(h, smallb) for h in SIG_HEADER]]
            for s in b[1]:
                v = sig_cells(s, scan=scan_marks)
                row = [Paragraph(_esc(v[0]), small), Paragraph(_esc(v[1]), small)]
                if scan_marks and s.get("hand_date") and v[2]:
                    row.append(HandText(v[2], rnd.randint(0, 10 ** 6)))
                else:
                    row.append(Paragraph(_esc(v[2]), small))
                if s.get("mark") == "scribble":
                    row.append(Scribble(s=rnd.randint(0, 10 ** 6)))
                else:
                    row.append(Paragraph(_esc(v[3]), small))
                if scan_marks and s.get("hand_choice") and v[4]:
                    row.append(HandText(v[4], rnd.randint(0, 10 ** 6)))
                else:
                    row.append(Paragraph(_esc(v[4]), small))
                data.append(row)
            t = Table(data, colWidths=[3.2 * cm, 3.6 * cm, 2.6 * cm, 3.6 * cm, 3.5 * cm], rowHeights=[None] + [1.1 * cm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sdt":
            story.append(Paragraph("<b>%s</b> %s" % (_esc(b[1]), _esc(b[2] or PLACEHOLDER_SDT)), base))
        elif k == "pb":
            story.append(PageBreak())

    def onpage(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(d.page)))
        if header:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=(meta or {}).get("title", ""), author=(meta or {}).get("author", ""), invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------------------
# Fillable PDF form (AcroForm): labels printed, content in form fields
# ---------------------------------------------------------------------------
def to_pdf_form(blocks, path, meta=None, footer=None):
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle((meta or {}).get("title", ""))
    c.setAuthor((meta or {}).get("author", ""))
    W, H = A4
    left, right = 2 * cm, W - 2 * cm
    y = [H - 2 * cm]
    page = [1]
    fcount = [0]

    def newpage():
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(left, 1.2 * cm, footer.replace("{page}", str(page[0])))
        c.showPage()
        page[0] += 1
        y[0] = H - 2 * cm

    def need(h):
        if y[0] - h < 2.2 * cm:
            newpage()

    def fname(lbl):
        fcount[0] += 1
        base = "".join(ch for ch in lbl.lower() if ch.isalnum())[:24] or "veld"
        return "%s_%d" % (base, fcount[0])

    def textfield(lbl, val, lblw=5 * cm):
        lines = simpleSplit(val or "", "Helvetica", 9, right - left - lblw - 6) if val else [""]
        h = max(16, 11.5 * (len(lines) + (val or "").count("\n")) + 6)
        need(h + 6)
        c.setFont("Helvetica-Bold", 9)
        for i, ln in enumerate(simpleSplit(lbl, "Helvetica-Bold", 9, lblw - 6)[:3]):
            c.drawString(left, y[0] - 11 - i * 10, ln)
        flags = "multiline" if len(lines) > 1 else ""
        wrapped = []
        for para in (val or "").split("\n"):
            wrapped += simpleSplit(para, "Helvetica", 9, right - left - lblw - 6) or [""]
        lines = wrapped if val else [""]
        h = max(16, 11.5 * len(lines) + 6)
        flags = "multiline" if len(lines) > 1 else ""
        c.acroForm.textfield(name=fname(lbl), tooltip=lbl, value="\n".join(lines) if val else "", x=left + lblw, y=y[0] - h,
                             width=right - left - lblw, height=h, fontName="Helvetica", fontSize=9 if len(lines) > 1 else 9,
                             borderWidth=0.5, borderColor=None, fillColor=None, fieldFlags=flags, forceBorder=True)
        y[0] -= h + 5

    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "sub"):
            size = {"title": 15, "h1": 11.5, "h2": 10, "sub": 8.5}[k]
            need(size + 10)
            y[0] -= size + (6 if k != "sub" else 2)
            c.setFont("Helvetica-Bold" if k != "sub" else "Helvetica-Oblique", size)
            c.drawString(left, y[0], b[1])
            y[0] -= 6
        elif k == "p":
            lines = simpleSplit(b[1], "Helvetica", 9, right - left)
            for ln in lines:
                need(12)
                y[0] -= 11.5
                c.setFont("Helvetica", 9)
                c.drawString(left, y[0], ln)
            y[0] -= 5
        elif k == "bullets":
            textfield("", "\n".join("- " + t for t in b[1]), lblw=0.3 * cm)
        elif k == "kv":
            for lab, val in b[1]:
                textfield(lab, val)
        elif k == "table":
            hdr, rows = b[1], b[2]
            for r in rows:
                lab = r[0]
                rest = "; ".join("%s: %s" % (hdr[i], r[i]) if hdr else r[i] for i in range(1, len(r)) if r[i])
                textfield(lab, rest)
        elif k == "checks":
            for chk, txt in b[1]:
                need(16)
                y[0] -= 15
                c.acroForm.checkbox(name=fname(txt), tooltip=txt, x=left, y=y[0] - 2, size=11, checked=bool(chk),
                                    buttonStyle="cross", borderWidth=0.6)
                c.setFont("Helvetica", 9)
                c.drawString(left + 16, y[0], txt)
            y[0] -= 6
        elif k == "sig":
            for s in b[1]:
                role, name, date, sig, choice = sig_cells(s)
                need(20)
                c.setFont("Helvetica-Bold", 9)
                y[0] -= 4
                c.drawString(left, y[0] - 10, role)
                x0 = left + 4.2 * cm
                for lbl, val, w in (("Naam", name, 4.2 * cm), ("Datum", date, 2.6 * cm), ("Handtekening", sig, 3.4 * cm)):
                    c.acroForm.textfield(name=fname(role + lbl), tooltip="%s - %s" % (role, lbl), value=val or "", x=x0, y=y[0] - 15,
                                         width=w, height=15, fontName="Helvetica", fontSize=8.5, borderWidth=0.5, forceBorder=True)
                    x0 += w + 4
                y[0] -= 20
                if choice:
                    c.setFont("Helvetica", 8.5)
                    c.drawString(left + 4.2 * cm, y[0] - 6, choice)
                    y[0] -= 10
            y[0] -= 6
        elif k == "sdt":
            textfield(b[1], b[2] or "")
        elif k == "pb":
            newpage()
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(left, 1.2 * cm, footer.replace("{page}", str(page[0])))
    c.save()


# ---------------------------------------------------------------------------
# Word -> PDF through LibreOffice, and scans
# ---------------------------------------------------------------------------
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def fix_pdf_meta(path, title, date):
    """Overwrite producer dates (LibreOffice stamps the clock) with a fixed date."""
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    ds = "D:%s090000+01'00'" % date.replace("-", "")
    w.metadata = None
    w.add_metadata({"/Title": title, "/Producer": "LibreOffice 7.4", "/Creator": "Writer",
                    "/CreationDate": ds, "/ModDate": ds})
    w._ID = None
    with open(path, "wb") as f:
        w.write(f)


def make_scan(src_pdf, out_pdf, workdir, seed, dpi=150, angle=None, noise=10.0):
    import numpy as np
    from PIL import Image, ImageFilter
    import datetime
    stem = os.path.join(workdir, "scanpg_%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, stem], check=True)
    pages = sorted(p for p in os.listdir(workdir) if p.startswith("scanpg_%d-" % seed) and p.endswith(".png"))
    rng = np.random.RandomState(seed)
    imgs = []
    for i, p in enumerate(pages):
        im = Image.open(os.path.join(workdir, p)).convert("L")
        a = angle if angle is not None else rng.uniform(-1.4, 1.4)
        a += rng.uniform(-0.25, 0.25)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 10  # grey paper
        arr += rng.normal(0, noise, arr.shape)
        # specks
        n = int(arr.size * 0.0004)
        ys = rng.randint(0, arr.shape[0], n)
        xs = rng.randint(0, arr.shape[1], n)
        arr[ys, xs] = rng.uniform(0, 90, n)
        # darker left edge like a copier
        arr[:, :12] *= 0.6
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(im)
    import time
    fixed = time.gmtime(1762164000)
    imgs[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 title="Scan", producer="Scanner", creator="MFP-scan", creationDate=fixed, modDate=fixed)
    return len(imgs)
