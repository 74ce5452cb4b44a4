# -*- coding: utf-8 -*-
"""Writers: DOCX, ODT, TXT, PDF (reportlab), fillable PDF, scan (image-only PDF).

A document is a list of blocks:
  ("title", t) ("h1", t) ("h2", t) ("p", t) ("small", t) ("pb",)
  ("table", header|None, rows) ("ticks", [(label, checked)]) ("field", label, value)
  ("sig", [(role, name, date, signed)]) ("cc", text)  -- cc = Word content control placeholder
  ("kv", [(label, value)])  -- two-column label/value table (value may be a list of blocks)
"""
import io
import os
import random
import subprocess
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
HANDFONT = None
for cand in ["../../../../venv/lib/python3.11/site-packages/font_intuitive/files/Intuitive.ttf"]:
    p = os.path.normpath(os.path.join(HERE, cand))
    if os.path.exists(p):
        HANDFONT = p
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"


def sig_text(name, date, signed, style):
    if not signed:
        return f"Naam: {name or '..............................'}   Handtekening: ______________________   Datum: {date or '____________'}"
    if style == "digital":
        return f"Naam: {name}   Handtekening: digitaal ondertekend ({name})   Datum: {date or '____________'}"
    return f"Naam: {name}   Handtekening: w.g. {name}   Datum: {date or '____________'}"


def tick_text(items):
    return "   ".join(("☒ " if ok else "☐ ") + lab for lab, ok in items)


def flat(blocks, style="wg"):
    """Blocks as plain lines (for table cells and txt)."""
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "small", "cc", "h1", "h2", "title"):
            out.append(b[1])
        elif k == "field":
            out.append(f"{b[1]}: {b[2]}")
        elif k == "ticks":
            out.append(tick_text(b[1]))
        elif k == "table":
            hdr, rows = b[1], b[2]
            if hdr:
                out.append(" | ".join(hdr))
            for r in rows:
                out.append(" | ".join(x if x else "......" for x in r))
        elif k == "sig":
            for role, name, date, signed in b[1]:
                out.append(f"{role}. " + sig_text(name, date, signed, style))
        elif k == "kv":
            for lab, val in b[1]:
                v = val if isinstance(val, str) else "\n".join(flat(val, style))
                out.append(f"{lab}: {v}")
    return out


# ------------------------------------------------------------------ TXT
def write_txt(blocks, path, style="wg", width=78):
    import textwrap
    lines = []
    for b in blocks:
        k = b[0]
        if k == "title":
            lines += [b[1].upper(), "=" * min(width, len(b[1])), ""]
        elif k == "h1":
            lines += ["", b[1], "-" * min(width, len(b[1]))]
        elif k == "h2":
            lines += ["", b[1]]
        elif k == "pb":
            lines += ["", "\f"]
        elif k == "table":
            for l in flat([b], style):
                lines.append("  " + l)
        elif k == "footer":
            lines += ["", b[1]]
        else:
            for l in flat([b], style):
                lines += textwrap.wrap(l, width) or [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")


# ------------------------------------------------------------------ signature image
def sig_png(name, seed, path):
    from PIL import Image, ImageDraw, ImageFont
    r = random.Random(seed)
    im = Image.new("RGB", (520, 130), "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(HANDFONT, 64)
    ink = (20, 30, 110)
    txt = name.split()[-1] if r.random() < 0.5 else name
    d.text((14, 22), txt, font=f, fill=ink)
    x0 = 10
    pts = [(x0 + i * 26, 105 + r.randint(-8, 8)) for i in range(16)]
    d.line(pts, fill=ink, width=3)
    im = im.rotate(r.uniform(-4, 4), fillcolor="white")
    im.save(path)
    return path


# ------------------------------------------------------------------ DOCX
def _cc_placeholder(par, text):
    """Append a Word content control (plain text) that shows its placeholder."""
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
           f'<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def _cc_checkbox(par, checked, label):
    from docx.oxml import parse_xml
    glyph = "☒" if checked else "☐"
    val = "1" if checked else "0"
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           f'<w:sdtPr><w14:checkbox><w14:checked w14:val="{val}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))
    par.add_run(" " + label + "    ")


def _docx_sig(doc, rows, style, seed, tmp):
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Rol", "Naam", "Handtekening", "Datum"]):
        t.rows[0].cells[i].text = h
    for j, (role, name, date, signed) in enumerate(rows):
        c = t.add_row().cells
        c[0].text = role
        c[1].text = name
        c[3].text = date
        if signed:
            if style == "img":
                pth = os.path.join(tmp, f"sig{seed}_{j}.png")
                sig_png(name, seed * 10 + j, pth)
                c[2].paragraphs[0].add_run().add_picture(pth, width=Cm(3.6))
            elif style == "digital":
                c[2].text = f"digitaal ondertekend ({name})"
            else:
                c[2].text = f"w.g. {name}"
        else:
            c[2].text = ""


def _docx_blocks(doc, blocks, style, cc, seed, tmp, cell=None):
    for b in blocks:
        k = b[0]
        tgt = cell if cell is not None else doc
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k in ("p", "small"):
            tgt.add_paragraph(b[1])
        elif k == "cc":
            par = tgt.add_paragraph()
            _cc_placeholder(par, b[1])
        elif k == "pb":
            doc.add_page_break()
        elif k == "field":
            par = tgt.add_paragraph()
            par.add_run(b[1] + ": ").bold = True
            par.add_run(b[2])
        elif k == "ticks":
            par = tgt.add_paragraph()
            if cc:
                for lab, ok in b[1]:
                    _cc_checkbox(par, ok, lab)
            else:
                par.add_run(tick_text(b[1]))
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            if cell is not None:
                t = cell.add_table(rows=0, cols=ncol)
            else:
                t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if hdr:
                rc = t.add_row().cells
                for i, h in enumerate(hdr):
                    rc[i].text = h
                    for r in rc[i].paragraphs[0].runs:
                        r.bold = True
            for row in rows:
                rc = t.add_row().cells
                for i, x in enumerate(row):
                    rc[i].text = x
            if cell is None:
                doc.add_paragraph()
        elif k == "sig":
            if cell is not None:
                for l in flat([b], "wg" if style == "img" else style):
                    cell.add_paragraph(l)
            else:
                _docx_sig(doc, b[1], style, seed, tmp)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                rc = t.add_row().cells
                rc[0].text = lab
                for r in rc[0].paragraphs[0].runs:
                    r.bold = True
                if isinstance(val, str):
                    rc[1].text = val
                else:
                    rc[1].text = ""
                    first = rc[1].paragraphs[0]
                    _docx_blocks(doc, val, style, cc, seed, tmp, cell=rc[1])
                    if not first.text and len(rc[1].paragraphs) > 1:
                        first._p.getparent().remove(first._p)
            doc.add_paragraph()
        elif k == "footer":
            sec = doc.sections[0]
            sec.footer.paragraphs[0].text = b[1]


def write_docx(blocks, path, style="wg", cc=False, seed=0, header=None):
    import docx
    import datetime
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if seed % 2 else "Arial"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = "school"
    cp.created = datetime.datetime(2026, 1, 1)
    cp.modified = datetime.datetime(2026, 1, 1)
    cp.last_modified_by = "school"
    cp.revision = 1
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    tmp = os.path.join(os.path.dirname(path), ".tmp")
    os.makedirs(tmp, exist_ok=True)
    _docx_blocks(doc, blocks, style, cc, seed, tmp)
    doc.save(path)
    shutil.rmtree(tmp, ignore_errors=True)


def docx_to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ ODT
def write_odt(blocks, path, style="wg"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph")
    hs.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    doc.styles.addElement(hs)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h2)
    ts = Style(name="Title", family="paragraph")
    ts.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(ts)
    bs = Style(name="Bold", family="paragraph")
    bs.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bs)
    n = [0]

    def table(hdr, rows):
        n[0] += 1
        ncol = len(hdr) if hdr else len(rows[0])
        t = Table(name=f"Tabel{n[0]}")
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for i, row in enumerate(([hdr] if hdr else []) + rows):
            tr = TableRow()
            for x in row:
                tc = TableCell()
                for line in (x or "").split("\n"):
                    tc.addElement(P(text=line, stylename=bs if (hdr and i == 0) else None))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(P(text=b[1], stylename=ts))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, text=b[1], stylename=hs))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=2, text=b[1], stylename=h2))
        elif k == "table":
            table(b[1], b[2])
        elif k == "sig":
            table(["Rol", "Naam", "Handtekening", "Datum"],
                  [[r, nm, (f"w.g. {nm}" if s else ""), d] for r, nm, d, s in b[1]])
        elif k == "kv":
            table(None, [[lab, val if isinstance(val, str) else "\n".join(flat(val, style))] for lab, val in b[1]])
        elif k == "pb":
            doc.text.addElement(P(text=""))
        else:
            for l in flat([b], style):
                doc.text.addElement(P(text=l))
    doc.save(path)


# ------------------------------------------------------------------ PDF direct (reportlab)
def write_pdf(blocks, path, footer=None, style="wg", seed=0, font="Helvetica", header=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("LibSans", SANS))
    pdfmetrics.registerFont(TTFont("LibSansB", SANSB))
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="LibSans", fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSansB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=3)
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSansB", fontSize=10.5, spaceBefore=5)
    tt = ParagraphStyle("t", parent=base, fontName="LibSansB", fontSize=16, leading=20, spaceAfter=8)
    sm = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9)
    tmp = os.path.join(os.path.dirname(path), ".tmp")
    os.makedirs(tmp, exist_ok=True)
    fl = []
    W = A4[0] - 4 * cm

    def P(t, s=base):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    def tbl(data, widths=None, hdr=True):
        t = Table([[P(x) if isinstance(x, str) else x for x in row] for row in data], colWidths=widths, repeatRows=1 if hdr else 0)
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if hdr:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
        t.setStyle(TableStyle(ts))
        return t

    for b in blocks:
        k = b[0]
        if k == "title":
            fl.append(P(b[1], tt))
        elif k == "h1":
            fl.append(P(b[1], h1))
        elif k == "h2":
            fl.append(P(b[1], h2))
        elif k == "small":
            fl.append(P(b[1], sm))
        elif k == "pb":
            fl.append(PageBreak())
        elif k == "table":
            hdr, rows = b[1], b[2]
            data = ([hdr] if hdr else []) + [[x if x else " " for x in r] for r in rows]
            n = len(data[0])
            fl += [tbl(data, [W / n] * n, bool(hdr)), Spacer(1, 5)]
        elif k == "sig":
            data = [["Rol", "Naam", "Handtekening", "Datum"]]
            for j, (role, name, date, signed) in enumerate(b[1]):
                if signed and style == "img":
                    pth = os.path.join(tmp, f"s{seed}_{len(fl)}_{j}.png")
                    sig_png(name, seed * 7 + j, pth)
                    cellv = Image(pth, width=3.4 * cm, height=0.85 * cm)
                elif signed:
                    cellv = f"digitaal ondertekend ({name})" if style == "digital" else f"w.g. {name}"
                else:
                    cellv = " "
                data.append([role, name or " ", cellv, date or " "])
            fl += [tbl(data, [W * 0.22, W * 0.3, W * 0.3, W * 0.18]), Spacer(1, 5)]
        elif k == "kv":
            data = []
            for lab, val in b[1]:
                v = val if isinstance(val, str) else "\n".join(flat(val, style))
                data.append([P(lab, h2), P(v or " ")])
            fl += [tbl(data, [W * 0.3, W * 0.7], False), Spacer(1, 5)]
        else:
            for l in flat([b], style):
                fl.append(P(l))
            fl.append(Spacer(1, 3))

    def onpage(canv, docx):
        canv.saveState()
        canv.setFont("LibSans", 7.5)
        if footer:
            canv.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(docx.page)))
        if header:
            canv.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="", author="")
    doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ fillable PDF form
def write_fillable(fields, path, title, sub):
    """fields: list of (kind, label, value) kind in text|multi|check|sig"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("LibSans", SANS))
    pdfmetrics.registerFont(TTFont("LibSansB", SANSB))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    c.setFont("LibSansB", 15)
    c.drawString(50, y, title)
    y -= 18
    c.setFont("LibSans", 8.5)
    c.drawString(50, y, sub)
    y -= 22
    form = c.acroForm
    for i, (kind, label, value) in enumerate(fields):
        if kind == "multi":
            import textwrap
            lines = []
            for para in (value or "").split("\n"):
                lines += textwrap.wrap(para, 112) or [""]
            value = "\n".join(lines)
            fh = max(2, len(lines)) * 10.5 + 6
        need = fh + 18 if kind == "multi" else 28
        if y - need < 60:
            c.showPage()
            y = H - 60
        if kind == "head":
            c.setFont("LibSansB", 11)
            c.drawString(50, y - 4, label)
            y -= 22
            continue
        c.setFont("LibSans", 8.5)
        c.drawString(50, y, label)
        if kind == "check":
            form.checkbox(name=f"f{i}", x=50, y=y - 18, size=11, checked=bool(value), buttonStyle="cross",
                          borderColor=None, fillColor=None)
            c.drawString(66, y - 15, value and "" or "")
            y -= 26
        elif kind == "multi":
            form.textfield(name=f"f{i}", x=50, y=y - 6 - fh, width=495, height=fh, value=value or "",
                           fieldFlags="multiline", fontName="Helvetica", fontSize=8, borderWidth=0.5)
            y -= fh + 18
        else:
            form.textfield(name=f"f{i}", x=50, y=y - 20, width=300, height=15, value=value or "",
                           fontName="Helvetica", fontSize=8.5, borderWidth=0.5)
            y -= 30
    c.save()


# ------------------------------------------------------------------ scans
class Scan:
    """Render blocks on A4 pages at 150 dpi; content can be handwritten (Intuitive font)."""

    def __init__(self, seed, hand=False):
        from PIL import ImageFont
        self.r = random.Random(seed)
        self.hand = hand
        self.W, self.H = 1240, 1754
        self.f = ImageFont.truetype(SANS, 21)
        self.fb = ImageFont.truetype(SANSB, 25)
        self.ft = ImageFont.truetype(SANSB, 34)
        self.fh = ImageFont.truetype(HANDFONT, 34)
        self.pages = []
        self.new()

    def new(self):
        from PIL import Image, ImageDraw
        self.im = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.pages.append(self.im)
        self.y = 110

    def wrap(self, text, font, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.d.textlength(t, font=font) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def need(self, h):
        if self.y + h > self.H - 110:
            self.new()

    def text(self, t, font, x=100, width=1040, hand=False, gap=6):
        lh = 40 if hand else int(font.size * 1.35)
        for line in self.wrap(t, font, width):
            self.need(lh)
            jit = self.r.randint(-3, 3) if hand else 0
            self.d.text((x + (self.r.randint(0, 8) if hand else 0), self.y + jit), line, font=font,
                        fill=60 if hand else 0)
            self.y += lh
        self.y += gap

    def box(self, x, y, checked):
        self.d.rectangle([x, y, x + 22, y + 22], outline=0, width=2)
        if checked:
            o = self.r.randint(-3, 3)
            self.d.line([x - 2 + o, y - 3, x + 25, y + 26 + o], fill=40, width=4)
            self.d.line([x + 24, y - 4 + o, x - 3, y + 25], fill=40, width=4)

    def blocks(self, blocks):
        H = self.hand
        for b in blocks:
            k = b[0]
            if k == "title":
                self.text(b[1], self.ft, gap=16)
            elif k == "h1":
                self.y += 10
                self.text(b[1], self.fb, gap=6)
                self.d.line([100, self.y - 4, 1140, self.y - 4], fill=120, width=1)
            elif k == "h2":
                self.text(b[1], self.fb, gap=4)
            elif k == "pb":
                self.new()
            elif k in ("p", "cc"):
                if H:
                    self.text(b[1], self.fh, hand=True)
                else:
                    self.text(b[1], self.f)
            elif k == "small":
                self.text(b[1], self.f)
            elif k == "field":
                self.need(44)
                self.d.text((100, self.y + 6), b[1] + ":", font=self.f, fill=0)
                x = 100 + int(self.d.textlength(b[1] + ": ", font=self.f)) + 10
                self.d.line([x, self.y + 34, 1140, self.y + 34], fill=150, width=1)
                if H:
                    self.d.text((x + 6, self.y - 4), b[2], font=self.fh, fill=60)
                else:
                    self.d.text((x + 6, self.y + 6), b[2], font=self.f, fill=0)
                self.y += 48
            elif k == "ticks":
                for lab, ok in b[1]:
                    self.need(36)
                    self.box(110, self.y + 2, ok)
                    self.d.text((148, self.y + 2), lab, font=self.f, fill=0)
                    self.y += 36
                self.y += 6
            elif k == "table":
                hdr, rows = b[1], b[2]
                ncol = len(hdr) if hdr else len(rows[0])
                cw = 1040 // ncol
                allrows = ([(hdr, False)] if hdr else []) + [(r, True) for r in rows]
                for row, ishand in allrows:
                    fnt = self.fh if (H and ishand) else (self.f if ishand else self.fb)
                    wrapped = [self.wrap(x or "", fnt, cw - 16) for x in row]
                    lh = 38 if (H and ishand) else 27
                    rh = max(1, max(len(w) for w in wrapped)) * lh + 14
                    self.need(rh)
                    for i, w in enumerate(wrapped):
                        x0 = 100 + i * cw
                        self.d.rectangle([x0, self.y, x0 + cw, self.y + rh], outline=0, width=1)
                        for j, line in enumerate(w):
                            self.d.text((x0 + 8, self.y + 6 + j * lh), line, font=fnt,
                                        fill=60 if (H and ishand) else 0)
                    self.y += rh
                self.y += 12
            elif k == "sig":
                for role, name, date, signed in b[1]:
                    self.need(120)
                    self.d.text((100, self.y), role + ":", font=self.f, fill=0)
                    self.d.text((100, self.y + 40), "Naam:", font=self.f, fill=0)
                    self.d.line([180, self.y + 68, 560, self.y + 68], fill=150)
                    self.d.text((600, self.y + 40), "Handtekening:", font=self.f, fill=0)
                    self.d.line([760, self.y + 68, 1140, self.y + 68], fill=150)
                    self.d.text((100, self.y + 84), "Datum:", font=self.f, fill=0)
                    self.d.line([180, self.y + 110, 560, self.y + 110], fill=150)
                    if name:
                        if H or signed:
                            self.d.text((190, self.y + 28), name, font=self.fh, fill=60)
                        else:
                            self.d.text((190, self.y + 40), name, font=self.f, fill=0)
                    if signed:
                        sx = 780
                        sn = name.split()[-1] if name else "x"
                        self.d.text((sx, self.y + 20), sn, font=self.fh, fill=40)
                        pts = [(sx + i * 22, self.y + 64 + self.r.randint(-7, 7)) for i in range(15)]
                        self.d.line(pts, fill=40, width=3)
                    if date:
                        self.d.text((190, self.y + 72), date, font=self.fh, fill=60)
                    self.y += 130
            elif k == "kv":
                for lab, val in b[1]:
                    self.text(lab, self.fb, gap=2)
                    if isinstance(val, str):
                        self.blocks([("p", val)])
                    else:
                        self.blocks(val)
            elif k == "footer":
                pass

    def save(self, path, footer=None):
        import numpy as np
        from PIL import Image, ImageFilter
        out = []
        for i, im in enumerate(self.pages):
            if footer:
                from PIL import ImageDraw
                ImageDraw.Draw(im).text((100, self.H - 80), footer.replace("{page}", str(i + 1)), font=self.f, fill=0)
            ang = self.r.uniform(-1.6, 1.6)
            im2 = im.rotate(ang, resample=Image.BICUBIC, fillcolor=235 + self.r.randint(0, 15), expand=False)
            im2 = im2.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(im2).astype(np.int16)
            rs = np.random.RandomState(self.r.randint(0, 10 ** 6))
            a = a + rs.normal(0, 9, a.shape).astype(np.int16)
            speck = rs.random_sample(a.shape) < 0.0012
            a[speck] = 30
            a = np.clip(a, 0, 255).astype(np.uint8)
            out.append(Image.fromarray(a, "L").convert("RGB"))
        out[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=out[1:])


def pdf_to_scan(pdf_path, out_path, seed, footer=None):
    """Rasterise a PDF (print-and-scan) and add noise and skew."""
    import glob
    import numpy as np
    from PIL import Image, ImageFilter
    tmp = pdf_path + "_png"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_path, os.path.join(tmp, "p")], check=True)
    r = random.Random(seed)
    out = []
    for f in sorted(glob.glob(os.path.join(tmp, "p*.png"))):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.8, 1.8), resample=Image.BICUBIC, fillcolor=240)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(im).astype(np.int16)
        rs = np.random.RandomState(r.randint(0, 10 ** 6))
        a = a + rs.normal(0, 10, a.shape).astype(np.int16)
        a = np.clip(a, 0, 255).astype(np.uint8)
        out.append(Image.fromarray(a, "L").convert("RGB"))
    out[0].save(out_path, "PDF", resolution=150.0, save_all=True, append_images=out[1:])
    shutil.rmtree(tmp, ignore_errors=True)
