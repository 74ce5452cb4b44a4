# -*- coding: utf-8 -*-
"""Format-neutral blocks -> DOCX, ODT, TXT, PDF (reportlab), fillable PDF, scans."""
import os, io, random, subprocess, math
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")

CC_TEXT = "Klik of tik om tekst in te voeren."

def signature_png(seed, path):
    r = random.Random(seed)
    im = Image.new("RGB", (360, 110), "white")
    dr = ImageDraw.Draw(im)
    pts = []
    x = 15
    while x < 330:
        pts.append((x, 55 + r.uniform(-35, 35)))
        x += r.uniform(6, 18)
    # smooth
    sm = []
    for i in range(len(pts) - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        for t in range(6):
            u = t / 6
            sm.append((x0 + (x1 - x0) * u, y0 + (y1 - y0) * (3 * u * u - 2 * u * u * u)))
    dr.line(sm, fill=(20, 30, 110), width=3)
    dr.line([(40, 85), (300, 80 + r.uniform(-5, 5))], fill=(20, 30, 110), width=2)
    im.save(path)
    return path

# ------------------------------------------------------------------ TXT
def to_txt(blocks, meta, path):
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "letterhead":
            L += b[1].split("\n") + [""]
        elif k in ("h1",):
            L += ["", b[1], "-" * len(b[1])]
        elif k in ("h2", "h3", "bold"):
            L += ["", b[1]]
        elif k in ("p", "i"):
            L += [b[1], ""]
        elif k == "cc":
            L += [CC_TEXT, ""]
        elif k == "ul":
            L += ["  * " + x for x in b[1]] + [""]
        elif k == "ol":
            L += [f"  {i+1}. {x}" for i, x in enumerate(b[1])] + [""]
        elif k == "check":
            L += [("[x] " if t else "[ ] ") + s for t, s in b[1]] + [""]
        elif k == "kv":
            for a, v in b[1]:
                v = CC_TEXT if v == "CC" else v
                vv = v.split("\n") if v else [""]
                L.append(f"{a}: {vv[0]}")
                L += ["    " + x for x in vv[1:]]
            L.append("")
        elif k == "table":
            for r in b[1]:
                L.append(" | ".join(x.replace("\n", " / ") for x in r))
            L.append("")
        elif k == "sig":
            L.append("Rol | Naam | Datum | Handtekening")
            for r in b[1]:
                mark = r[3] if r[3] else "______________"
                L.append(f"{r[0]} | {r[1] or '______________'} | {r[2] or '__-__-____'} | {mark}")
            L.append("")
        elif k == "pagebreak":
            L += ["", "- - - - - - - - - - - - - - - - - - - -", ""]
    if meta.get("footer"):
        L += ["", meta["footer"].replace("{page}", "1").replace("{pages}", "1")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")

# ------------------------------------------------------------------ DOCX
def to_docx(blocks, meta, path, seed=0, tmpdir="/tmp"):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    import datetime as dt
    doc = Document()
    doc.core_properties.created = dt.datetime(2026, 12, 7)
    doc.core_properties.modified = dt.datetime(2026, 12, 7)
    doc.core_properties.author = "school"
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if meta.get("footer"):
        p = sec.footer.paragraphs[0]
        f = meta["footer"]
        if f.endswith(" – pagina"):
            p.add_run(f + " "); _field(p, "PAGE")
        elif "{page}" in f:
            pre, rest = f.split("{page}", 1)
            p.add_run(pre)
            _field(p, "PAGE")
            mid = rest.split("{pages}")[0]
            p.add_run(mid); _field(p, "NUMPAGES")
        else:
            p.add_run(f)
        for r in p.runs: r.font.size = Pt(8)
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    def cc_run(p, text=CC_TEXT, placeholder=True):
        x = (f'<w:sdt {nsdecls("w")}><w:sdtPr>' + ('<w:showingPlcHdr/>' if placeholder else '') + '<w:text/></w:sdtPr>'
             f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
        p._p.append(parse_xml(x))
    def sdt_check(p, checked, label):
        x = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
             f'<w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        p._p.append(parse_xml(x))
        p.add_run(" " + label)
    def cell_text(cell, text, bold=False):
        cell.text = ""
        lines = (text or "").split("\n")
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i: p = cell.add_paragraph()
            if ln == "CC" or ln == CC_TEXT:
                cc_run(p); continue
            r = p.add_run(ln); r.bold = bold
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "letterhead":
            p = doc.add_paragraph()
            for i, ln in enumerate(b[1].split("\n")):
                r = p.add_run(ln + ("\n" if i < 2 else "")); r.bold = (i == 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "h3":
            doc.add_heading(b[1], 3)
        elif k == "bold":
            doc.add_paragraph().add_run(b[1]).bold = True
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "i":
            doc.add_paragraph().add_run(b[1]).italic = True
        elif k == "cc":
            cc_run(doc.add_paragraph())
        elif k == "ul":
            for x in b[1]: doc.add_paragraph(x, style="List Bullet")
        elif k == "ol":
            for x in b[1]: doc.add_paragraph(x, style="List Number")
        elif k == "check":
            for t, s in b[1]:
                p = doc.add_paragraph()
                if len(b) > 2 and b[2] == "sdt":
                    sdt_check(p, t, s)
                else:
                    p.add_run(("☒ " if t else "☐ ") + s)
        elif k in ("table", "kv"):
            rows = b[1]
            ncol = len(rows[0])
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            if k == "kv": _widths(t, [Mm(50), Mm(120)])
            elif ncol == 4: _widths(t, [Mm(68), Mm(42), Mm(35), Mm(25)])
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell_text(t.cell(i, j), v, bold=(k == "table" and i == 0) or (k == "kv" and j == 0))
            doc.add_paragraph()
        elif k == "sig":
            rows = b[1]
            t = doc.add_table(rows=len(rows) + 1, cols=4); t.style = "Table Grid"
            for j, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                cell_text(t.cell(0, j), h, True)
            for i, r in enumerate(rows, 1):
                for j in range(3):
                    cell_text(t.cell(i, j), r[j])
                if r[3] == "DRAWN":
                    pth = signature_png(seed * 31 + i, os.path.join(tmpdir, f"sig_{seed}_{i}.png"))
                    t.cell(i, 3).paragraphs[0].add_run().add_picture(pth, width=Mm(30))
                else:
                    cell_text(t.cell(i, 3), r[3])
            doc.add_paragraph()
        elif k == "pagebreak":
            doc.add_page_break()
    doc.save(path)

def _widths(t, ws):
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, ws):
            c.width = w

def _field(p, name):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    for x in [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {name} </w:instrText></w:r>',
              f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
              f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']:
        p._p.append(parse_xml(x))

# ------------------------------------------------------------------ ODT
def to_odt(blocks, meta, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import P, H, Span
    from odf.table import Table as T, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ital = Style(name="I", family="paragraph"); ital.addElement(TextProperties(fontstyle="italic", color="#555555")); doc.automaticstyles.addElement(ital)
    ti = Style(name="Title", family="paragraph"); ti.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(ti)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); h1.addElement(ParagraphProperties(margintop="0.3cm")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); doc.styles.addElement(h2)
    cs = Style(name="Cell", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cs)
    def para(text, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if i: 
                from odf.text import LineBreak
                p.addElement(LineBreak())
            p.addText(ln)
        return p
    def table(rows, boldfirstrow=False, boldfirstcol=False):
        t = T()
        for _ in rows[0]: t.addElement(TableColumn())
        for i, r in enumerate(rows):
            tr = TableRow()
            for j, v in enumerate(r):
                tc = TableCell(stylename=cs)
                v = CC_TEXT if v == "CC" else v
                p = P()
                if (boldfirstrow and i == 0) or (boldfirstcol and j == 0):
                    sp = Span(stylename=bold, text=v or ""); p.addElement(sp)
                    tc.addElement(p)
                else:
                    tc.addElement(para(v or ""))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())
    if meta.get("header"):
        doc.text.addElement(para(meta["header"], ital))
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(para(b[1], ti))
        elif k == "letterhead":
            doc.text.addElement(para(b[1]))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k in ("h2", "h3"):
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "bold":
            p = P(); p.addElement(Span(stylename=bold, text=b[1])); doc.text.addElement(p)
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "i":
            doc.text.addElement(para(b[1], ital))
        elif k == "cc":
            doc.text.addElement(para(CC_TEXT, ital))
        elif k == "ul":
            for x in b[1]: doc.text.addElement(para("• " + x))
        elif k == "ol":
            for i, x in enumerate(b[1]): doc.text.addElement(para(f"{i+1}. {x}"))
        elif k == "check":
            for t, s in b[1]: doc.text.addElement(para(("☒ " if t else "☐ ") + s))
        elif k == "table":
            table(b[1], boldfirstrow=True)
        elif k == "kv":
            table([list(r) for r in b[1]], boldfirstcol=True)
        elif k == "sig":
            rows = [["Rol", "Naam", "Datum", "Handtekening"]] + [[r[0], r[1], r[2], r[3] if r[3] != "DRAWN" else "(handtekening)"] for r in b[1]]
            table(rows, boldfirstrow=True)
        elif k == "pagebreak":
            doc.text.addElement(P())
    if meta.get("footer"):
        doc.text.addElement(para(meta["footer"].replace(" – pagina", "").replace("{page}", "1").replace("{pages}", "1"), ital))
    doc.save(path)

# ------------------------------------------------------------------ PDF (reportlab)
def _esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

def to_pdf(blocks, meta, path, seed=0, tmpdir="/tmp", font_size=9.5):
    S = dict(
        title=ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=6),
        h1=ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#1f3a68")),
        h2=ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=2),
        p=ParagraphStyle("p", fontName="DV", fontSize=font_size, leading=font_size * 1.3, spaceAfter=3),
        i=ParagraphStyle("i", fontName="DVI", fontSize=font_size, leading=font_size * 1.3, textColor=colors.grey),
        cell=ParagraphStyle("c", fontName="DV", fontSize=font_size - 1, leading=(font_size - 1) * 1.25),
        cellb=ParagraphStyle("cb", fontName="DVB", fontSize=font_size - 1, leading=(font_size - 1) * 1.25),
    )
    W = A4[0] - 40 * mm
    story = []
    def P(t, s="p"): return Paragraph(_esc(t), S[s])
    for b in blocks:
        k = b[0]
        if k == "title": story.append(P(b[1], "title"))
        elif k == "letterhead":
            story.append(Paragraph("<b>" + _esc(b[1]) + "</b>", S["p"])); story.append(Spacer(1, 8 * mm))
        elif k == "h1": story.append(P(b[1], "h1"))
        elif k in ("h2", "h3"): story.append(P(b[1], "h2"))
        elif k == "bold": story.append(Paragraph("<b>" + _esc(b[1]) + "</b>", S["p"]))
        elif k == "p": story.append(P(b[1]))
        elif k == "i": story.append(P(b[1], "i"))
        elif k == "cc": story.append(P(CC_TEXT, "i"))
        elif k == "ul":
            for x in b[1]: story.append(Paragraph("• " + _esc(x), S["p"]))
        elif k == "ol":
            for i, x in enumerate(b[1]): story.append(Paragraph(f"{i+1}. " + _esc(x), S["p"]))
        elif k == "check":
            for t, s in b[1]: story.append(Paragraph(("☒ " if t else "☐ ") + _esc(s), S["p"]))
        elif k in ("table", "kv"):
            rows = b[1]
            data = [[Paragraph(_esc(CC_TEXT if v == "CC" else v), S["cellb"] if (k == "table" and i == 0) or (k == "kv" and j == 0) else S["cell"])
                     for j, v in enumerate(r)] for i, r in enumerate(rows)]
            n = len(rows[0])
            cw = [W * 0.3, W * 0.7] if k == "kv" else ([W * 0.22] + [W * 0.78 / (n - 1)] * (n - 1) if n > 2 else [W / n] * n)
            if k == "table" and n == 4: cw = [W * 0.4, W * 0.25, W * 0.2, W * 0.15]
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1 if k == "table" else 0, 0 if k == "table" else -1), colors.HexColor("#e8eef7"))]))
            story.append(t); story.append(Spacer(1, 4))
        elif k == "sig":
            data = [[Paragraph(h, S["cellb"]) for h in ["Rol", "Naam", "Datum", "Handtekening"]]]
            for i, r in enumerate(b[1], 1):
                if r[3] == "DRAWN":
                    pth = signature_png(seed * 31 + i, os.path.join(tmpdir, f"sig_{seed}_{i}.png"))
                    m = RLImage(pth, width=32 * mm, height=10 * mm)
                else:
                    m = Paragraph(_esc(r[3]), S["cell"])
                data.append([Paragraph(_esc(r[0]), S["cell"]), Paragraph(_esc(r[1]), S["cell"]), Paragraph(_esc(r[2]), S["cell"]), m])
            t = Table(data, colWidths=[W * 0.3, W * 0.25, W * 0.15, W * 0.3], rowHeights=[None] + [14 * mm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 4))
        elif k == "pagebreak": story.append(PageBreak())
    footer = meta.get("footer", ""); header = meta.get("header", "")
    from reportlab.pdfgen import canvas as cv
    class NC(cv.Canvas):
        def __init__(self, *a, **kw):
            cv.Canvas.__init__(self, *a, **kw); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("DV", 7.5); self.setFillColor(colors.grey)
                if footer:
                    f = footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(n))
                    if " – pagina" in f and "{" not in footer: f = f + f" {self._pageNumber}"
                    self.drawString(20 * mm, 10 * mm, f)
                if header:
                    self.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, header)
                cv.Canvas.showPage(self)
            cv.Canvas.save(self)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="", author="", creator="", producer="")
    doc.build(story, canvasmaker=NC)

# ------------------------------------------------------------------ fillable PDF form
def to_pdf_form(blocks, meta, path, seed=0):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    y = A4[1] - 20 * mm
    fid = [0]
    def newpage():
        nonlocal y
        c.setFont("DV", 7); c.drawString(20 * mm, 10 * mm, meta.get("footer", ""))
        c.showPage(); y = A4[1] - 20 * mm
    def need(h):
        if y - h < 20 * mm: newpage()
    def field(label, value, h=None, lw=52 * mm):
        nonlocal y
        import textwrap
        lines = []
        for ln in (value or "").split("\n"):
            lines += textwrap.wrap(ln, 85) or [""]
        h = h or max(7 * mm, (len(lines) * 3.9 + 3) * mm)
        need(h + 2 * mm)
        c.setFont("DVB", 8.5); c.drawString(20 * mm, y - 5 * mm, label[:38])
        fid[0] += 1
        c.acroForm.textfield(name=f"veld{fid[0]}", value="\n".join(lines), x=20 * mm + lw, y=y - h, width=A4[0] - 40 * mm - lw, height=h,
                             fontName="Helvetica", fontSize=8, borderWidth=0.5, fillColor=colors.HexColor("#eef3fb"),
                             fieldFlags="multiline" if len(lines) > 1 else "")
        y -= h + 2 * mm
    for b in blocks:
        k = b[0]
        if k == "title":
            need(12 * mm); c.setFont("DVB", 15); c.drawString(20 * mm, y - 6 * mm, b[1]); y -= 12 * mm
        elif k in ("h1", "h2", "h3"):
            need(9 * mm); c.setFont("DVB", 11); c.drawString(20 * mm, y - 6 * mm, b[1]); y -= 9 * mm
        elif k in ("p", "i", "bold"):
            import textwrap
            for ln in textwrap.wrap(b[1], 105):
                need(5 * mm); c.setFont("DV", 8.5); c.drawString(20 * mm, y - 4 * mm, ln); y -= 4.5 * mm
            y -= 1.5 * mm
        elif k == "kv":
            for a, v in b[1]: field(a, "" if v == "CC" else v)
        elif k == "check":
            for t, s in b[1]:
                need(7 * mm); fid[0] += 1
                c.acroForm.checkbox(name=f"vink{fid[0]}", x=20 * mm, y=y - 5 * mm, size=10, checked=t, buttonStyle="cross", borderWidth=0.5)
                c.setFont("DV", 8.5); c.drawString(26 * mm, y - 4 * mm, s); y -= 6.5 * mm
        elif k == "sig":
            for r in b[1]:
                field(f"{r[0]}"[:38], f"Naam: {r[1]}   Datum: {r[2]}   Handtekening: {r[3]}", h=9 * mm)
    c.setFont("DV", 7); c.drawString(20 * mm, 10 * mm, meta.get("footer", ""))
    c.showPage(); c.save()

# ------------------------------------------------------------------ scans
def to_scan(src_pdf, path, seed, tmpdir):
    r = random.Random(seed)
    pre = os.path.join(tmpdir, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pre], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith(f"scan{seed}-") and f.endswith(".png"))
    ims = []
    rng = np.random.default_rng(seed)
    for f in pages:
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * r.uniform(0.9, 0.97) + rng.normal(0, 9, a.shape) + r.uniform(4, 14)
        # speckles
        mask = rng.random(a.shape) < 0.0008
        a[mask] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        ims.append(im.convert("RGB"))
    ims[0].save(path, save_all=True, append_images=ims[1:], resolution=110)
