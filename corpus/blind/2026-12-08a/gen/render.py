"""Renderers: turn a list of blocks into DOCX, ODT, PDF (reportlab), TXT, scans.

Block types (tuples):
  ("title", text)                 document title
  ("sub", text)                   subtitle / small line under title
  ("h1", text) / ("h2", text)     headings
  ("p", text)                     paragraph
  ("i", text)                     italic paragraph (format instruction style)
  ("kv", [(label, value), ...])   two-column label/value table
  ("table", header|None, rows)    table; header is a list of strings
  ("checks", [(bool, label), ...]) tick boxes
  ("cc", text)                    Word content control showing its placeholder text
  ("sig", rows)                   signature table; rows = [(role, name, date, kind)]
                                  kind: "wg" | "scribble" | "blank" | text
  ("pb",)                         page break
"""
import io
import math
import os
import random
import subprocess
import shutil
import tempfile

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from PIL import Image, ImageDraw, ImageFilter
import numpy as np

BOX_ON = "\u2612"   # ☒
BOX_OFF = "\u2610"  # ☐


# ---------------------------------------------------------------- scribble
def scribble_png(seed, w=360, h=90):
    """A deterministic 'handwritten' signature as PNG bytes."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = []
    x = 12
    base = h * 0.6
    while x < w - 20:
        y = base + rnd.uniform(-26, 22) * math.sin(x / rnd.uniform(7, 14))
        pts.append((x, y))
        x += rnd.uniform(4, 9)
    d.line(pts, fill=(20, 30, 90, 255), width=3, joint="curve")
    # underline flourish
    d.line([(20, base + 18), (w * 0.7, base + 12 + rnd.uniform(-4, 4))], fill=(20, 30, 90, 255), width=2)
    bio = io.BytesIO()
    img.save(bio, "PNG")
    return bio.getvalue()


# ---------------------------------------------------------------- DOCX
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _add_checkbox_sdt(paragraph, checked):
    """Insert a real Word tick box (w14:checkbox content control)."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox")
    ch = OxmlElement("w14:checked")
    ch.set(qn("w14:val"), "1" if checked else "0")
    cs = OxmlElement("w14:checkedState")
    cs.set(qn("w14:val"), "2612")
    cs.set(qn("w14:font"), "MS Gothic")
    us = OxmlElement("w14:uncheckedState")
    us.set(qn("w14:val"), "2610")
    us.set(qn("w14:font"), "MS Gothic")
    cb.append(ch); cb.append(cs); cb.append(us)
    sdtPr.append(cb)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic"); rf.set(qn("w:eastAsia"), "MS Gothic")
    rPr.append(rf); r.append(rPr)
    t = OxmlElement("w:t")
    t.text = BOX_ON if checked else BOX_OFF
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def _add_text_sdt(paragraph, placeholder):
    """A plain-text content control still showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    rPr = OxmlElement("w:rPr")
    st = OxmlElement("w:rStyle"); st.set(qn("w:val"), "PlaceholderText")
    rPr.append(st)
    sdtPr.append(rPr)
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "Invulveld")
    sdtPr.append(alias)
    ph = OxmlElement("w:showingPlcHdr")
    sdtPr.append(ph)
    txt = OxmlElement("w:text")
    sdtPr.append(txt)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr2 = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
    rPr2.append(col); r.append(rPr2)
    t = OxmlElement("w:t"); t.text = placeholder
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def _fill_cell(cell, text, style=None):
    """Cell text; supports the special markers [[CC:...]] and [[BOX:1|0]]."""
    cell.text = ""
    p = cell.paragraphs[0]
    _rich_into_paragraph(p, text)


def _rich_into_paragraph(p, text):
    if text is None:
        return
    parts = text.split("[[")
    first = True
    for part in parts:
        if first:
            first = False
            if part:
                p.add_run(part)
            continue
        tag, _, rest = part.partition("]]")
        if tag.startswith("CC:"):
            _add_text_sdt(p, tag[3:])
        elif tag.startswith("BOX:"):
            _add_checkbox_sdt(p, tag[4:] == "1")
        else:
            p.add_run("[[" + tag + "]]")
        if rest:
            p.add_run(rest)


def render_docx(blocks, path, style):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    normal = doc.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 10.5))
    try:
        ph = doc.styles.add_style("PlaceholderText", 2)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    except Exception:
        pass
    if style.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = style["header"]
        hp.runs[0].font.size = Pt(8)
    if style.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = style["footer"]
        fp.runs[0].font.size = Pt(8)
    accent = style.get("accent", "D9E2F3")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            h = doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(9)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            _rich_into_paragraph(p, b[1])
        elif kind == "i":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        elif kind == "cc":
            p = doc.add_paragraph()
            _add_text_sdt(p, b[1])
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                row = t.add_row().cells
                row[0].text = k
                row[0].paragraphs[0].runs[0].bold = True
                _shade(row[0], accent)
                _fill_cell(row[1], v)
                row[0].width = Cm(5.5)
            doc.add_paragraph()
        elif kind == "table":
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for i, h in enumerate(header):
                    cells[i].text = h
                    cells[i].paragraphs[0].runs[0].bold = True
                    _shade(cells[i], accent)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    _fill_cell(cells[i], v)
            doc.add_paragraph()
        elif kind == "checks":
            for on, label in b[1]:
                p = doc.add_paragraph()
                if style.get("real_boxes", True):
                    _add_checkbox_sdt(p, on)
                    p.add_run("  " + label)
                else:
                    p.add_run((BOX_ON if on else BOX_OFF) + "  " + label)
        elif kind == "sig":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].text = h
                _shade(t.rows[0].cells[i], accent)
            for role, name, date, kind2 in b[1]:
                c = t.add_row().cells
                c[0].text = role
                c[1].text = name
                c[2].text = date
                if kind2 == "scribble":
                    run = c[3].paragraphs[0].add_run()
                    run.add_picture(io.BytesIO(scribble_png(hash_seed(name + date))), width=Cm(3.2))
                elif kind2 == "blank":
                    c[3].text = ""
                elif kind2 == "wg":
                    c[3].text = "w.g. " + name
                else:
                    c[3].text = kind2
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
    doc.save(path)


def hash_seed(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


# ---------------------------------------------------------------- ODT
def render_odt(blocks, path, style):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h2)
    tit = Style(name="Title", family="paragraph")
    tit.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(tit)
    it = Style(name="Instr", family="paragraph")
    it.addElement(TextProperties(fontstyle="italic", color="#1F4E79"))
    doc.automaticstyles.addElement(it)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)

    def plain(text):
        return (text or "").replace("[[BOX:1]]", BOX_ON).replace("[[BOX:0]]", BOX_OFF).replace("[[CC:", "").replace("]]", "")

    tcount = [0]

    def table(rows, header=None):
        tcount[0] += 1
        ncol = len(header) if header else len(rows[0])
        t = Table(name="Tabel%d" % tcount[0])
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([header] if header else []) + rows
        for ri, r in enumerate(allrows):
            tr = TableRow()
            for ci, v in enumerate(r):
                tc = TableCell(stylename=cellst)
                p = P()
                if (header and ri == 0) or (not header and ci == 0 and ncol == 2):
                    p.addElement(Span(stylename=bold, text=plain(v)))
                else:
                    p.addText(plain(v))
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())

    if style.get("header"):
        doc.text.addElement(P(text=style["header"]))
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(P(stylename=tit, text=b[1]))
        elif k == "sub":
            doc.text.addElement(P(stylename=it, text=b[1]))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=plain(b[1])))
        elif k == "i":
            doc.text.addElement(P(stylename=it, text=b[1]))
        elif k == "cc":
            doc.text.addElement(P(text=b[1]))
        elif k == "kv":
            table([[a, c] for a, c in b[1]])
        elif k == "table":
            table(b[2], b[1])
        elif k == "checks":
            for on, label in b[1]:
                doc.text.addElement(P(text=(BOX_ON if on else BOX_OFF) + "  " + label))
        elif k == "sig":
            rows = []
            for role, name, date, kind2 in b[1]:
                sigtxt = {"wg": "w.g. " + name, "blank": "", "scribble": "(handtekening)"}.get(kind2, kind2)
                rows.append([role, name, date, sigtxt])
            table(rows, ["", "Naam", "Datum", "Handtekening"])
        elif k == "pb":
            doc.text.addElement(P())
    if style.get("footer"):
        doc.text.addElement(P(stylename=it, text=style["footer"]))
    doc.save(path)


# ---------------------------------------------------------------- TXT
def render_txt(blocks, path, style):
    out = []
    W = 78

    def plain(text):
        return (text or "").replace("[[BOX:1]]", "[x]").replace("[[BOX:0]]", "[ ]").replace("[[CC:", "").replace("]]", "")

    import textwrap
    if style.get("header"):
        out.append(style["header"]); out.append("")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper()); out.append("=" * min(W, len(b[1]))); out.append("")
        elif k == "sub":
            out.append(b[1]); out.append("")
        elif k == "h1":
            out.append(""); out.append(b[1]); out.append("-" * min(W, len(b[1])))
        elif k == "h2":
            out.append(""); out.append(b[1])
        elif k in ("p", "i", "cc"):
            out.extend(textwrap.wrap(plain(b[1]), W) or [""]); out.append("")
        elif k == "kv":
            for a, c in b[1]:
                lines = textwrap.wrap(plain(c), W - 28) or [""]
                out.append("%-26s: %s" % (a, lines[0]))
                for l in lines[1:]:
                    out.append(" " * 28 + l)
            out.append("")
        elif k == "table":
            header, rows = b[1], b[2]
            if header:
                out.append(" | ".join(header)); out.append("-" * W)
            for r in rows:
                out.append(" | ".join(plain(x) for x in r))
            out.append("")
        elif k == "checks":
            for on, label in b[1]:
                out.append(("[x] " if on else "[ ] ") + label)
            out.append("")
        elif k == "sig":
            for role, name, date, kind2 in b[1]:
                sigtxt = {"wg": "w.g. " + name, "blank": "______________________", "scribble": "(getekend)"}.get(kind2, kind2)
                out.append("%s: %s   datum: %s   handtekening: %s" % (role, name or "____________", date or "__________", sigtxt))
            out.append("")
        elif k == "pb":
            out.append(""); out.append("")
    if style.get("footer"):
        out.append(""); out.append(style["footer"])
    with open(path, "w", encoding=style.get("encoding", "utf-8"), newline=style.get("newline", "\n")) as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- PDF (reportlab)
_FONTS_DONE = [False]


def _fonts():
    if _FONTS_DONE[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV-I", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DV-BI", d + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    l = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", l + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LS-B", l + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LS-I", l + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LS-BI", l + "LiberationSans-BoldItalic.ttf"))
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B")
    addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")
    _FONTS_DONE[0] = True


def _esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, style):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RLImage)

    font = style.get("pdf_font", "DV")
    size = style.get("size", 9.5)
    accent = colors.HexColor("#" + style.get("accent", "D9E2F3"))
    band = colors.HexColor("#" + style.get("band", "1F4E79"))
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
    cellp = ParagraphStyle("c", parent=base, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cellp, fontName=font + "-B")
    title = ParagraphStyle("t", parent=base, fontName=font + "-B", fontSize=size + 7, leading=(size + 7) * 1.25, spaceAfter=6, textColor=band)
    sub = ParagraphStyle("s", parent=base, fontName=font + "-I", fontSize=size - 1, textColor=colors.HexColor("#444444"))
    if style.get("band_headings"):
        h1 = ParagraphStyle("h1", parent=base, fontName=font + "-B", fontSize=size + 2, textColor=colors.white,
                            backColor=band, borderPadding=(3, 4, 3, 4), spaceBefore=10, spaceAfter=8)
    else:
        h1 = ParagraphStyle("h1", parent=base, fontName=font + "-B", fontSize=size + 3.5, spaceBefore=10, spaceAfter=5, textColor=band)
    h2 = ParagraphStyle("h2", parent=base, fontName=font + "-B", fontSize=size + 1, spaceBefore=6, spaceAfter=3)
    instr = ParagraphStyle("i", parent=base, fontName=font + "-I", textColor=colors.HexColor("#1F4E79"))

    def rich(t):
        t = _esc(t)
        t = t.replace("[[BOX:1]]", BOX_ON).replace("[[BOX:0]]", BOX_OFF)
        while "[[CC:" in t:
            a = t.index("[[CC:"); b2 = t.index("]]", a)
            t = t[:a] + '<font color="#808080">' + t[a + 5:b2] + "</font>" + t[b2 + 2:]
        return t.replace("\n", "<br/>")

    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), title))
        elif k == "sub":
            story.append(Paragraph(_esc(b[1]), sub))
        elif k == "h1":
            story.append(Paragraph(_esc(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(_esc(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(rich(b[1]), base))
        elif k == "i":
            story.append(Paragraph(_esc(b[1]), instr))
        elif k == "cc":
            story.append(Paragraph('<font color="#808080">%s</font>' % _esc(b[1]), base))
        elif k == "kv":
            data = [[Paragraph(_esc(a), cellb), Paragraph(rich(c), cellp)] for a, c in b[1]]
            t = Table(data, colWidths=[W * 0.3, W * 0.7])
            ts = TableStyle(grid.getCommands() + [("BACKGROUND", (0, 0), (0, -1), accent)])
            t.setStyle(ts)
            story += [t, Spacer(1, 6)]
        elif k == "table":
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            data = []
            if header:
                data.append([Paragraph(_esc(h), cellb) for h in header])
            for r in rows:
                data.append([Paragraph(rich(v), cellp) for v in r])
            cw = b[3] if len(b) > 3 else None
            t = Table(data, colWidths=[W * f for f in cw] if cw else [W / ncol] * ncol, repeatRows=1 if header else 0)
            cmds = grid.getCommands()
            if header:
                cmds = cmds + [("BACKGROUND", (0, 0), (-1, 0), accent)]
            t.setStyle(TableStyle(cmds))
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            for on, label in b[1]:
                story.append(Paragraph((BOX_ON if on else BOX_OFF) + "&nbsp;&nbsp;" + _esc(label), base))
        elif k == "sig":
            data = [[Paragraph(x, cellb) for x in ["", "Naam", "Datum", "Handtekening"]]]
            for role, name, date, kind2 in b[1]:
                if kind2 == "scribble":
                    img = RLImage(io.BytesIO(scribble_png(hash_seed(name + date))), width=3.4 * cm, height=0.85 * cm)
                    sigcell = img
                elif kind2 == "blank":
                    sigcell = Paragraph("", cellp)
                elif kind2 == "wg":
                    sigcell = Paragraph("w.g. " + _esc(name), cellp)
                else:
                    sigcell = Paragraph(_esc(kind2), cellp)
                data.append([Paragraph(_esc(role), cellp), Paragraph(_esc(name), cellp), Paragraph(_esc(date), cellp), sigcell])
            t = Table(data, colWidths=[W * 0.24, W * 0.28, W * 0.16, W * 0.32], rowHeights=[None] + [1.25 * cm] * len(b[1]))
            t.setStyle(TableStyle(grid.getCommands() + [("BACKGROUND", (0, 0), (-1, 0), accent)]))
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())

    header = style.get("header")
    footer = style.get("footer")
    pagefmt = style.get("pagefmt")

    class Doc(SimpleDocTemplate):
        pass

    def on_page(canv, docx):
        canv.saveState()
        canv.setFont(font, 7.5)
        if style.get("topbar"):
            canv.setFillColor(band)
            canv.rect(0, A4[1] - 1.1 * cm, A4[0], 1.1 * cm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(font + "-B", 9)
            canv.drawString(2 * cm, A4[1] - 0.7 * cm, style["topbar"])
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.black)
        if header:
            canv.drawString(2 * cm, A4[1] - 1.5 * cm, header)
        if footer:
            canv.drawString(2 * cm, 1.2 * cm, footer)
        if pagefmt:
            canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, pagefmt % docx.page)
        canv.restoreState()

    doc = Doc(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm,
              title=style.get("meta_title", ""), author=style.get("meta_author", ""), creator=style.get("meta_creator", ""))
    doc._invariant = 1
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_pdf_form(fields, path, style):
    """A fillable PDF form (AcroForm): fields = list of (kind, label, value, height)."""
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(style.get("meta_title", ""))
    form = c.acroForm
    y = A4[1] - 2 * cm
    c.setFont("DV-B", 14)
    c.drawString(2 * cm, y, style["form_title"]); y -= 0.6 * cm
    c.setFont("DV", 8.5)
    c.drawString(2 * cm, y, style.get("form_sub", "")); y -= 0.9 * cm
    n = 0
    for kind, label, value, h in fields:
        n += 1
        if kind == "section":
            if y < 3 * cm:
                c.showPage(); y = A4[1] - 2 * cm
            c.setFillColor(colors.HexColor("#2E5E4E"))
            c.rect(2 * cm, y - 0.15 * cm, A4[0] - 4 * cm, 0.6 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white); c.setFont("DV-B", 9.5)
            c.drawString(2.2 * cm, y, label)
            c.setFillColor(colors.black)
            y -= 0.9 * cm
            continue
        hh = h * cm
        if y - hh < 2.2 * cm:
            c.setFont("DV", 7); c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, style.get("footer", ""))
            c.showPage(); y = A4[1] - 2 * cm
        c.setFont("DV", 8.5)
        c.drawString(2 * cm, y, label)
        y -= 0.15 * cm
        if kind == "check":
            form.checkbox(name="cb%d" % n, x=2 * cm, y=y - 0.5 * cm, size=10, checked=bool(value), buttonStyle="cross",
                          borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
            c.setFont("DV", 8.5)
            c.drawString(2.6 * cm, y - 0.45 * cm, style.get("check_labels", {}).get(label, ""))
            y -= 0.9 * cm
        else:
            form.textfield(name="f%d" % n, x=2 * cm, y=y - hh, width=A4[0] - 4 * cm, height=hh, value=value or "",
                           fontName="Helvetica", fontSize=8, borderColor=colors.HexColor("#555555"),
                           fillColor=colors.HexColor("#F3F6FA"), textColor=colors.black, forceBorder=True,
                           fieldFlags="multiline" if h > 0.8 else "")
            y -= hh + 0.45 * cm
    c.setFont("DV", 7); c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, style.get("footer", ""))
    c.save()


# ---------------------------------------------------------------- conversions
def docx_to_pdf(docx_path, pdf_path, workdir):
    prof = os.path.join(workdir, "lo_profile")
    outdir = tempfile.mkdtemp(dir=workdir)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(outdir, base), pdf_path)
    shutil.rmtree(outdir, ignore_errors=True)


def scan_pdf(src_pdf, out_pdf, seed, workdir, dpi=150):
    """Render each page to an image, add skew, noise, grey; save as image-only PDF."""
    tmp = tempfile.mkdtemp(dir=workdir)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(tmp, "p")], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    pages = []
    for f in files:
        im = Image.open(os.path.join(tmp, f)).convert("L")
        angle = rnd.uniform(-1.6, 1.6)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * rnd.uniform(0.88, 0.97) + rnd.uniform(4, 14)        # grey paper
        a += rng.normal(0, 9, a.shape)                                  # sensor noise
        specks = rng.random(a.shape) < 0.0009
        a[specks] = rng.uniform(0, 90, specks.sum())
        # darker edge like a copier
        a[:, :6] *= 0.55
        a = np.clip(a, 0, 255).astype(np.uint8)
        im2 = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im2)
    pages[0].save(out_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)
