# -*- coding: utf-8 -*-
"""Format writers: DOCX, ODT, PDF (reportlab), fillable PDF form, TXT, scan simulation."""
import os
import random
import subprocess
import zlib
from xml.sax.saxutils import escape

BUILD = os.environ.get("OPP_BUILD", "/work/blind63/build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

BOX_ON, BOX_OFF = "\u2612", "\u2610"


# ------------------------------------------------------------------------------------------
def scribble(name):
    """Deterministic 'handwritten' signature image for a name."""
    from PIL import Image, ImageDraw
    os.makedirs(os.path.join(BUILD, "sig"), exist_ok=True)
    path = os.path.join(BUILD, "sig", "sig_%08x.png" % zlib.crc32(name.encode()))
    if os.path.exists(path):
        return path
    r = random.Random(zlib.crc32(name.encode()))
    W, H = 360, 110
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    x, y = 15, 60
    pts = []
    for i in range(r.randint(5, 8)):
        for t in range(14):
            x += r.uniform(3, 6)
            y = 60 + 28 * __import__("math").sin((t / 14.0) * 6.28 * r.uniform(0.7, 1.6)) * r.uniform(0.4, 1.0)
            pts.append((x, y))
        x += r.uniform(-20, 4)
    d.line(pts, fill=(20, 30, 90), width=3, joint="curve")
    d.line([(20, 88), (W - 30, 80 + r.uniform(-6, 6))], fill=(20, 30, 90), width=2)
    img.save(path)
    return path


# ------------------------------------------------------------------------------------------
# DOCX
def _docx_sdt_text(paragraph, text, placeholder=False, alias=None):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    txt = escape(text)
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    color = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    al = '<w:alias w:val="%s"/><w:tag w:val="%s"/>' % (escape(alias), escape(alias)) if alias else ""
    xml = ('<w:sdt %s><w:sdtPr>%s<w:id w:val="%d"/>%s<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
           '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        nsdecls("w"), al, zlib.crc32(text.encode()) % 2000000000, ph, color, txt)
    paragraph._p.append(parse_xml(xml))


def _docx_sdt_check(paragraph, on, label):
    from docx.oxml import parse_xml
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    from docx.oxml.ns import nsdecls
    xml = ('<w:sdt %s %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), W14, zlib.crc32(label.encode()) % 2000000000,
                                                             1 if on else 0, BOX_ON if on else BOX_OFF)
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(" " + label)


def write_docx(lay, c, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = c.get("font", "Calibri")
    st.font.size = Pt(c.get("fsize", 10.5))
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    use_styles = c.get("heading_styles", True)
    cc = c.get("cc", False)

    def heading(text, lvl):
        if use_styles:
            doc.add_heading(text, lvl)
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt({0: 16, 1: 13, 2: 11.5}[lvl])
            if lvl == 2:
                r.underline = True

    def cell_text(cell, text, bold=False):
        cell.text = ""
        lines = text.split("\n") if text else [""]
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(ln)
            r.bold = bold

    for b in lay["blocks"]:
        t = b[0]
        if t == "title":
            heading(b[1], 0)
        elif t == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif t == "h1":
            heading(b[1], 1)
        elif t == "h2":
            heading(b[1], 2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "pi":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x99)
        elif t == "cc":
            p = doc.add_paragraph()
            _docx_sdt_text(p, b[1], placeholder=b[2])
        elif t == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "hr":
            doc.add_paragraph("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -  (knip hier)")
        elif t == "checks":
            for on, lab in b[1]:
                p = doc.add_paragraph()
                if cc:
                    _docx_sdt_check(p, on, lab)
                else:
                    p.add_run((BOX_ON if on else BOX_OFF) + " " + lab)
        elif t == "kv":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                row = tb.add_row().cells
                cell_text(row[0], k, bold=True)
                if cc:
                    row[1].text = ""
                    _docx_sdt_text(row[1].paragraphs[0], v, alias=k)
                else:
                    cell_text(row[1], v)
            doc.add_paragraph()
        elif t == "table":
            rows, opt = b[1], b[2]
            tb = doc.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tb.add_row().cells
                for j, v in enumerate(r):
                    cell_text(cells[j], v, bold=(opt.get("header") and i == 0) or (opt.get("boldcol0") and j == 0))
            if opt.get("widths"):
                for row in tb.rows:
                    for j, w in enumerate(opt["widths"]):
                        row.cells[j].width = Cm(17 * w)
            doc.add_paragraph()
        elif t == "sig":
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for j, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                cell_text(tb.rows[0].cells[j], h, bold=True)
            for s in b[1]:
                cells = tb.add_row().cells
                cell_text(cells[0], s["role"], bold=True)
                cell_text(cells[1], s["name"])
                cell_text(cells[2], s["date"])
                if s["signed"]:
                    cells[3].text = ""
                    cells[3].paragraphs[0].add_run().add_picture(scribble(s["name"]), width=Cm(3.2))
                else:
                    cell_text(cells[3], "\n")
            doc.add_paragraph()
        elif t == "pb":
            doc.add_page_break()
    if lay.get("footer"):
        f = doc.sections[0].footer.paragraphs[0]
        f.text = lay["footer"]
    doc.core_properties.author = c.get("author", c.ib)
    doc.core_properties.title = "OPP"
    import datetime as dt
    doc.core_properties.created = dt.datetime(c.date.year, c.date.month, c.date.day, 10, 0, 0)
    doc.core_properties.modified = doc.core_properties.created
    doc.core_properties.last_modified_by = c.get("author", c.ib)
    doc.save(path)


# ------------------------------------------------------------------------------------------
# ODT
def write_odt(lay, c, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((0, "17pt"), (1, "14pt"), (2, "12pt")):
        s = Style(name="Kop%d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hs[lvl] = s
    it = Style(name="Instr", family="paragraph")
    it.addElement(TextProperties(fontstyle="italic", color="#1f4e99"))
    doc.styles.addElement(it)
    bold = Style(name="Vet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    cellst = Style(name="Cel", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    tcount = [0]

    def para(text, style=None):
        lines = text.split("\n") if text else [""]
        for ln in lines:
            doc.text.addElement(P(text=ln, stylename=style) if style else P(text=ln))

    def table(rows, boldrow0=False, boldcol0=False):
        tcount[0] += 1
        tb = Table(name="Tabel%d" % tcount[0])
        tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for i, r in enumerate(rows):
            tr = TableRow()
            for j, v in enumerate(r):
                tc = TableCell(stylename=cellst, valuetype="string")
                for ln in (v.split("\n") if v else [""]):
                    p = P()
                    if (boldrow0 and i == 0) or (boldcol0 and j == 0):
                        p.addElement(Span(text=ln, stylename=bold))
                    else:
                        p.addText(ln)
                    tc.addElement(p)
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    for b in lay["blocks"]:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1], stylename=hs[0]))
        elif t == "sub":
            para(b[1])
        elif t == "h1":
            doc.text.addElement(H(outlinelevel=2, text=b[1], stylename=hs[1]))
        elif t == "h2":
            doc.text.addElement(H(outlinelevel=3, text=b[1], stylename=hs[2]))
        elif t == "p":
            para(b[1])
        elif t in ("pi",):
            para(b[1], it)
        elif t == "cc":
            para(b[1], it)
        elif t == "ul":
            for x in b[1]:
                para("\u2022 " + x)
        elif t == "hr":
            para("-------------------------------------------------------------- (knip hier)")
        elif t == "checks":
            for on, lab in b[1]:
                para((BOX_ON if on else BOX_OFF) + " " + lab)
        elif t == "kv":
            table([[k, v] for k, v in b[1]], boldcol0=True)
        elif t == "table":
            table(b[1], boldrow0=b[2].get("header"), boldcol0=b[2].get("boldcol0"))
        elif t == "sig":
            rows = [["", "Naam", "Datum", "Handtekening"]]
            for s in b[1]:
                rows.append([s["role"], s["name"], s["date"], ("w.g. " + s["name"]) if s["signed"] else ""])
            table(rows, boldrow0=True, boldcol0=True)
    doc.save(path)


# ------------------------------------------------------------------------------------------
# PDF via reportlab (made directly, not from Word)
_fonts_done = [False]


def _fonts():
    if _fonts_done[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    pdfmetrics.registerFont(TTFont("DS", SERIF))
    pdfmetrics.registerFont(TTFont("DSB", SERIFB))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    addMapping("DS", 0, 0, "DS")
    addMapping("DS", 1, 0, "DSB")
    addMapping("DS", 0, 1, "DS")
    addMapping("DS", 1, 1, "DSB")
    _fonts_done[0] = True


def write_pdf(lay, c, path):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    serif = c.get("pdf_serif", False)
    fn, fb = ("DS", "DSB") if serif else ("DV", "DVB")
    fs = c.get("pdf_fsize", 9.5)
    base = ParagraphStyle("b", fontName=fn, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=fs - 1, leading=(fs - 1) * 1.25, spaceAfter=0)
    ital = ParagraphStyle("i", parent=base, fontName="DVI", textColor=colors.HexColor("#1f4e99"))
    accent = colors.HexColor(c.get("accent", "#1d5c8a"))
    H0 = ParagraphStyle("h0", parent=base, fontName=fb, fontSize=fs + 8, leading=fs + 11, spaceAfter=6, textColor=accent)
    H1 = ParagraphStyle("h1", parent=base, fontName=fb, fontSize=fs + 3.5, leading=fs + 6, spaceBefore=8, textColor=accent)
    H2 = ParagraphStyle("h2", parent=base, fontName=fb, fontSize=fs + 1.5, leading=fs + 4, spaceBefore=6)
    sub = ParagraphStyle("sub", parent=base, textColor=colors.grey)

    def P(text, style=base):
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story = []
    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    for b in lay["blocks"]:
        t = b[0]
        if t == "title":
            story.append(P(b[1], H0))
        elif t == "sub":
            story.append(P(b[1], sub))
        elif t == "h1":
            story.append(P(b[1], H1))
        elif t == "h2":
            story.append(P(b[1], H2))
        elif t == "p":
            story.append(P(b[1]) if b[1] else Spacer(1, 14))
        elif t in ("pi", "cc"):
            story.append(P(b[1], ital))
        elif t == "ul":
            for x in b[1]:
                story.append(Paragraph(escape(x), base, bulletText="\u2022"))
        elif t == "hr":
            story.append(P("- " * 60 + " (knip hier)", sub))
        elif t == "checks":
            for on, lab in b[1]:
                story.append(P((BOX_ON if on else BOX_OFF) + "  " + lab))
        elif t == "kv":
            data = [[P(k, ParagraphStyle("k", parent=small, fontName=fb)), P(v, small)] for k, v in b[1]]
            tb = Table(data, colWidths=[0.3 * W, 0.7 * W])
            tb.setStyle(grid)
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            rows, opt = b[1], b[2]
            n = len(rows[0])
            ws = opt.get("widths") or [1.0 / n] * n
            data = []
            for i, r in enumerate(rows):
                data.append([P(v, ParagraphStyle("c", parent=small, fontName=fb) if ((opt.get("header") and i == 0) or (opt.get("boldcol0") and j == 0)) else small)
                             for j, v in enumerate(r)])
            tb = Table(data, colWidths=[w * W for w in ws], repeatRows=1 if opt.get("header") else 0)
            st = TableStyle(grid.getCommands())
            if opt.get("header"):
                st.add("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0"))
            tb.setStyle(st)
            story += [tb, Spacer(1, 6)]
        elif t == "sig":
            data = [[P("", small), P("Naam", small), P("Datum", small), P("Handtekening", small)]]
            for s in b[1]:
                img = Image(scribble(s["name"]), width=3.2 * cm, height=1.0 * cm) if s["signed"] else P("", small)
                data.append([P(s["role"], small), P(s["name"], small), P(s["date"], small), img])
            tb = Table(data, colWidths=[0.25 * W, 0.3 * W, 0.17 * W, 0.28 * W], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            tb.setStyle(grid)
            story += [tb, Spacer(1, 6)]
        elif t == "pb":
            story.append(PageBreak())
    footer = lay.get("footer")
    pagenum = lay.get("pagenum")

    def onpage(canv, docx):
        canv.saveState()
        canv.setFont(fn, 7.5)
        txt = footer or ""
        if pagenum:
            txt = (txt + "   |   " if txt else "") + "pagina %d" % docx.page
        if txt:
            canv.drawString(2 * cm, 1.1 * cm, txt)
        canv.restoreState()
    docu = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                             bottomMargin=1.8 * cm, title="OPP", author=c.get("author", ""), creator=c.get("creator", "ReportLab"))
    docu.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------------------------------
# fillable PDF form (AcroForm), values filled in by the school
def write_form(fields, c, path, title):
    """fields: list of (kind, label, value) where kind in text|check|heading|note."""
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    import textwrap
    cv = canvas.Canvas(path, pagesize=A4)
    cv.setTitle(title)
    cv.setAuthor(c.get("author", ""))
    Wp, Hp = A4
    x0, y = 45, Hp - 50
    form = cv.acroForm

    def newpage():
        nonlocal y
        cv.setFont("DV", 7)
        cv.drawString(x0, 25, "%s - invulformulier OPP - versie 2.3" % c.swv)
        cv.showPage()
        y = Hp - 50
    cv.setFont("DVB", 15)
    cv.drawString(x0, y, title)
    y -= 16
    cv.setFont("DV", 8.5)
    cv.drawString(x0, y, c.swv if c.type not in ("so", "vso") else c.board)
    y -= 20
    k = 0
    for kind, label, value in fields:
        k += 1
        if kind == "heading":
            if y < 90:
                newpage()
            cv.setFillColor(colors.HexColor("#2d6a4f"))
            cv.rect(x0, y - 4, Wp - 2 * x0, 15, fill=1, stroke=0)
            cv.setFillColor(colors.white)
            cv.setFont("DVB", 10)
            cv.drawString(x0 + 4, y, label)
            cv.setFillColor(colors.black)
            y -= 22
            continue
        if kind == "note":
            cv.setFont("DV", 7.5)
            for ln in textwrap.wrap(label, 120):
                if y < 60:
                    newpage()
                cv.drawString(x0, y, ln)
                y -= 9.5
            y -= 4
            continue
        if kind == "check":
            if y < 60:
                newpage()
            form.checkbox(name="cb%d" % k, x=x0, y=y - 3, size=11, checked=bool(value), buttonStyle="cross",
                          borderWidth=1)
            cv.setFont("DV", 8.5)
            cv.drawString(x0 + 16, y, label)
            y -= 17
            continue
        # text field (standard PDF fonts: keep to Latin-1)
        value = (value or "").translate({0x201c: '"', 0x201d: '"', 0x2018: "'", 0x2019: "'", 0x2013: "-", 0x2022: "-"})
        value = "".join(ch if ord(ch) < 256 else "?" for ch in value)
        wrapped = []
        for para in (value or "").split("\n"):
            wrapped += textwrap.wrap(para, 105) or [""]
        nlines = max(1, len(wrapped))
        h = 12 + 10.5 * nlines
        if y - h - 14 < 50:
            newpage()
        cv.setFont("DVB", 8.5)
        cv.drawString(x0, y, label)
        y -= 4
        form.textfield(name="f%d" % k, tooltip=label, x=x0, y=y - h, width=Wp - 2 * x0, height=h,
                       value="\n".join(wrapped), fontName="Helvetica", fontSize=8.5,
                       fieldFlags="multiline" if nlines > 1 else "", borderWidth=0.6,
                       borderColor=colors.grey, fillColor=colors.HexColor("#f3f7ff"), forceBorder=True)
        y -= h + 12
    cv.setFont("DV", 7)
    cv.drawString(x0, 25, "%s - invulformulier OPP - versie 2.3" % c.swv)
    cv.showPage()
    cv.save()


# ------------------------------------------------------------------------------------------
def write_txt(lay, c, path):
    out = []
    style = c.get("txt_style", "plain")
    for b in lay["blocks"]:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * len(b[1])] if style != "email" else [b[1]]
        elif t == "sub":
            out.append(b[1])
        elif t == "h1":
            out += ["", b[1].upper() if style == "upper" else b[1], "-" * len(b[1])]
        elif t == "h2":
            out += ["", b[1]]
        elif t in ("p", "pi", "cc"):
            out += [b[1], ""] if style == "email" else [b[1]]
        elif t == "ul":
            out += ["- " + x for x in b[1]]
        elif t == "hr":
            out.append("-" * 40)
        elif t == "checks":
            out += [("[x] " if on else "[ ] ") + lab for on, lab in b[1]]
        elif t == "kv":
            out += ["%s: %s" % (k, v) for k, v in b[1]]
        elif t == "table":
            rows = b[1]
            for i, r in enumerate(rows):
                if b[2].get("header") and i == 0:
                    out.append(" | ".join(r))
                    continue
                out.append(" | ".join(x.replace("\n", "; ") for x in r))
        elif t == "sig":
            for s in b[1]:
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (
                    s["role"], s["name"] or "......................", s["date"] or "..........",
                    ("w.g. " + s["name"]) if s["signed"] else "......................"))
    if lay.get("footer"):
        out += ["", lay["footer"]]
    with open(path, "w", encoding=c.get("txt_encoding", "utf-8"), newline=c.get("newline", "\n")) as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------------------------------
def soffice_convert(docx_paths, outdir):
    """Convert DOCX files to PDF with LibreOffice (as a school would with 'Opslaan als PDF')."""
    if not docx_paths:
        return
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(BUILD, "lohome"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir] + docx_paths,
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def make_scan(src_pdf, out_pdf, seed, dpi=150):
    """Render pages, add skew, noise, grey background and a little blur; write an image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    tmpdir = os.path.join(BUILD, "scan_%08x" % (zlib.crc32(out_pdf.encode())))
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(tmpdir, "p")], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.endswith(".png"))
    r = random.Random(seed)
    rs = np.random.RandomState(seed % (2 ** 31))
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = r.uniform(0.4, 1.4) * r.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8  # slightly grey paper
        a += rs.normal(0, 9, a.shape)
        speck = rs.random_sample(a.shape) < 0.0008
        a[speck] = rs.randint(0, 90, speck.sum())
        # darker band along one edge like a copier shadow
        band = r.randint(8, 25)
        a[:, :band] *= 0.75
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im)
    import time as _t
    fixed = _t.strptime("2026-12-08 09:00:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(out_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:],
                 creationDate=fixed, modDate=fixed, producer="Scanner", creator="Scan")


def normalize_zip(path):
    """Rewrite a DOCX/ODT container with fixed timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0].filename != "mimetype",))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 8, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)
