# -*- coding: utf-8 -*-
"""Renderers: IR blocks -> txt / md / docx / odt / pdf (reportlab) / fillable pdf / scan."""
import copy
import random
import re
import subprocess
from pathlib import Path

from content import dshort

CHK = {True: "☒", False: "☐"}


def sig_text(role, name, date, signed, mode="wg"):
    if signed:
        s = {"wg": f"w.g. {name}", "digital": f"digitaal ondertekend door {name}"}.get(mode, f"w.g. {name}")
    else:
        s = "................................"
    d = dshort(date) if date else "..../..../........"
    return s, d


# ------------------------------------------------------------------ text / markdown

def render_text(blocks, md=False, footer=None, sigmode="wg"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [("# " if md else "") + b[1], "" if md else "=" * min(len(b[1]), 78), ""] if not md else ["# " + b[1], ""]
        elif k == "sub":
            out += [("*" + b[1] + "*") if md else b[1], ""]
        elif k == "h1":
            out += [("## " + b[1]) if md else b[1].upper(), ""]
        elif k == "h2":
            out += [("### " + b[1]) if md else b[1], "" if md else "-" * min(len(b[1]), 78)]
            if md:
                pass
        elif k == "p":
            out += [b[1], ""]
        elif k == "i":
            out += [("_" + b[1] + "_") if md else "[" + b[1] + "]", ""]
        elif k == "ul":
            out += [("- " if md else "  * ") + s for s in b[1]] + [""]
        elif k == "check":
            out += [("- " if md else "") + ("[x] " if t else "[ ] ") + s for t, s in b[1]] + [""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                h = hdr or ["", ""] if len(rows[0]) == 2 else hdr
                if hdr is None:
                    h = ["Onderdeel", "Inhoud"] if len(rows[0]) == 2 else [""] * len(rows[0])
                out.append("| " + " | ".join(h) + " |")
                out.append("|" + "---|" * len(h))
                for r in rows:
                    out.append("| " + " | ".join(x.replace("\n", "<br>") for x in r) + " |")
                out.append("")
            else:
                if hdr:
                    out.append(" | ".join(hdr))
                    out.append("-" * 60)
                for r in rows:
                    if len(r) == 2 and hdr is None:
                        val = r[1].replace("\n", "\n" + " " * 28)
                        out.append(f"{r[0] + ':':<27} {val}")
                    else:
                        out.append(" | ".join(x.replace("\n", " ") for x in r))
                out.append("")
        elif k == "sig":
            for role, name, date, signed in b[1]:
                s, d = sig_text(role, name, date, signed, sigmode)
                out.append(f"Handtekening {role} ({name}): {s}    Datum: {d}" if name else
                           f"Handtekening {role}: {s}    Datum: {d}")
            out.append("")
        elif k == "pb":
            out += ["", ""]
    if footer:
        out += ["", "-" * 60, footer]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ docx

def _sdt_wrap(cell, text, placeholder=False):
    """put a plain-text content control in a table cell"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = cell.paragraphs[0]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Invulveld")
    pr.append(alias)
    pr.append(OxmlElement("w:text"))
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = "Klik of tik om tekst in te voeren." if placeholder else text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def _checkbox_sdt(par, checked):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
           '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0, CHK[checked])
    par._p.append(parse_xml(xml))


def render_docx(blocks, path, footer=None, sdt=False, sigmode="wg", font="Calibri"):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.runs[0].font.size = Pt(8)
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
        elif k == "i":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        elif k == "ul":
            for s in b[1]:
                doc.add_paragraph(s, style="List Bullet")
        elif k == "check":
            for t, s in b[1]:
                p = doc.add_paragraph()
                if sdt:
                    _checkbox_sdt(p, t)
                    p.add_run(" " + s)
                else:
                    p.add_run(CHK[t] + " " + s)
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            ncol = len(rows[0]) if rows else len(hdr)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = ""
                    run = cells[i].paragraphs[0].add_run(h)
                    run.bold = True
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    if sdt and hdr is None and ncol == 2 and i == 1:
                        _sdt_wrap(cells[i], x, placeholder=(x.strip() == ""))
                    else:
                        cells[i].text = x
                        if hdr is None and ncol == 2 and i == 0:
                            for rr in cells[i].paragraphs[0].runs:
                                rr.bold = True
            if widths:
                for row in t.rows:
                    for i, w in enumerate(widths):
                        row.cells[i].width = Cm(16.6 * w)
            doc.add_paragraph()
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].text = h
            for role, name, date, signed in b[1]:
                s, d = sig_text(role, name, date, signed, sigmode)
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text, c[3].text = role, name, d, s
            doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.core_properties.author = "leerlingzorg"
    doc.core_properties.created = __import__("datetime").datetime(2026, 1, 1)
    doc.core_properties.modified = __import__("datetime").datetime(2026, 1, 1)
    doc.core_properties.last_modified_by = "leerlingzorg"
    doc.core_properties.revision = 1
    doc.save(path)


# ------------------------------------------------------------------ odt

def render_odt(blocks, path, footer=None, sigmode="wg"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text")
    ital.addElement(TextProperties(fontstyle="italic", color="#707070"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(ital)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    ti = Style(name="Title", family="paragraph")
    ti.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    for s in (h1, h2, ti):
        doc.styles.addElement(s)
    tn = [0]

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if i:
                from odf.text import LineBreak
                p.addElement(LineBreak())
            p.addText(ln)
        return p

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=ti, text=b[1]))
        elif k == "sub":
            p = P()
            p.addElement(Span(stylename=ital, text=b[1]))
            doc.text.addElement(p)
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "i":
            p = P()
            p.addElement(Span(stylename=ital, text=b[1]))
            doc.text.addElement(p)
        elif k == "ul":
            lst = List()
            for s in b[1]:
                li = ListItem()
                li.addElement(P(text="• " + s))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "check":
            for t, s in b[1]:
                doc.text.addElement(P(text=CHK[t] + " " + s))
        elif k in ("table", "sig"):
            if k == "sig":
                hdr = ["Rol", "Naam", "Datum", "Handtekening"]
                rows = []
                for role, name, date, signed in b[1]:
                    s, d = sig_text(role, name, date, signed, sigmode)
                    rows.append([role, name, d, s])
            else:
                hdr, rows = b[1], b[2]
            ncol = len(rows[0]) if rows else len(hdr)
            tn[0] += 1
            tab = Table(name=f"Tabel{tn[0]}")
            tab.addElement(TableColumn(numbercolumnsrepeated=ncol))
            if hdr:
                tr = TableRow()
                for h in hdr:
                    tc = TableCell()
                    p = P()
                    p.addElement(Span(stylename=bold, text=h))
                    tc.addElement(p)
                    tr.addElement(tc)
                tab.addElement(tr)
            for r in rows:
                tr = TableRow()
                for x in r:
                    tc = TableCell()
                    tc.addElement(para(x))
                    tr.addElement(tc)
                tab.addElement(tr)
            doc.text.addElement(tab)
            doc.text.addElement(P())
        elif k == "pb":
            doc.text.addElement(P())
    if footer:
        doc.text.addElement(P(text=footer))
    doc.save(path)


# ------------------------------------------------------------------ reportlab pdf

_FONTS = {}


def fonts():
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        base = "/usr/share/fonts/truetype/dejavu/"
        pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DVB")
        addMapping("DV", 0, 1, "DVI")
        addMapping("DV", 1, 1, "DVB")
        _FONTS["ok"] = 1


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>"))


class Scribble:
    pass


def _scribble_flowable(seed, w=120, h=26):
    from reportlab.platypus import Flowable

    class S(Flowable):
        def __init__(self):
            super().__init__()
            self.width, self.height = w, h

        def draw(self):
            r = random.Random(seed)
            c = self.canv
            c.setLineWidth(1.1)
            c.setStrokeColorRGB(0.05, 0.1, 0.35)
            p = c.beginPath()
            x, y = 4, h * 0.4
            p.moveTo(x, y)
            for i in range(7):
                x2 = x + r.uniform(8, 18)
                p.curveTo(x + r.uniform(0, 10), r.uniform(0, h), x2 - r.uniform(0, 8), r.uniform(0, h),
                          x2, r.uniform(h * 0.2, h * 0.8))
                x = x2
            c.drawPath(p, stroke=1, fill=0)
    return S()


def render_pdf(blocks, path, footer=None, sigmode="wg", scribble=False, seed=0, header=None, serif=False):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    KeepTogether)
    F = "DV"
    ss = {
        "title": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName="DVI", fontSize=9.5, leading=12, spaceAfter=10, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceBefore=10, spaceAfter=5,
                             textColor=colors.HexColor("#1f3b63")),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=5),
        "i": ParagraphStyle("i", fontName="DVI", fontSize=9, leading=12, spaceAfter=5, textColor=colors.HexColor("#6a6a6a")),
        "cell": ParagraphStyle("c", fontName=F, fontSize=8.8, leading=11),
        "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=8.8, leading=11),
    }
    W = A4[0] - 4.2 * cm
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "i"):
            story.append(Paragraph(_esc(b[1]), ss[k]))
        elif k == "ul":
            for s in b[1]:
                story.append(Paragraph("•&nbsp;&nbsp;" + _esc(s), ParagraphStyle("li", parent=ss["p"], leftIndent=12,
                                                                             firstLineIndent=-9, spaceAfter=2)))
            story.append(Spacer(1, 4))
        elif k == "check":
            for t, s in b[1]:
                story.append(Paragraph(CHK[t] + "&nbsp;" + _esc(s), ss["p"]))
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            ncol = len(rows[0]) if rows else len(hdr)
            data = []
            if hdr:
                data.append([Paragraph(_esc(h), ss["cellb"]) for h in hdr])
            for r in rows:
                data.append([Paragraph(_esc(x), ss["cellb"] if (hdr is None and ncol == 2 and i == 0) else ss["cell"])
                             for i, x in enumerate(r)])
            cw = [W * w for w in widths] if widths else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            elif ncol == 2:
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 8)]
        elif k == "sig":
            data = [[Paragraph(h, ss["cellb"]) for h in ["Rol", "Naam", "Datum", "Handtekening"]]]
            for j, (role, name, date, signed) in enumerate(b[1]):
                s, d = sig_text(role, name, date, signed, sigmode)
                if scribble and signed:
                    sc = _scribble_flowable(seed * 31 + j)
                    if date:
                        d = dshort(date)
                    data.append([Paragraph(_esc(role), ss["cell"]), Paragraph(_esc(name), ss["cell"]),
                                 Paragraph(d, ss["cell"]), sc])
                else:
                    data.append([Paragraph(_esc(x), ss["cell"]) for x in (role, name, d, s)])
            t = Table(data, colWidths=[W * 0.24, W * 0.3, W * 0.16, W * 0.3], rowHeights=[None] + [34] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [KeepTogether([t]), Spacer(1, 8)]
        elif k == "pb":
            story.append(PageBreak())

    def onpage(canv, docx):
        canv.saveState()
        canv.setFont("DV", 7.5)
        if footer:
            canv.drawString(2.1 * cm, 1.2 * cm, footer)
            canv.drawRightString(A4[0] - 2.1 * cm, 1.2 * cm, f"pagina {docx.page}")
        if header:
            canv.drawString(2.1 * cm, A4[1] - 1.2 * cm, header)
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.1 * cm, rightMargin=2.1 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="", author="", creator="", producer="",
                            invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable pdf

def _latin1(s):
    if not s:
        return s
    s = s.replace("€", "EUR").replace("…", "...").replace("–", "-").replace("—", "-").replace("‘", "'").replace("’", "'")
    return "".join(ch if ord(ch) < 256 else "?" for ch in s)


def render_fillable(blocks, path, sigmode="wg"):
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    form = c.acroForm
    W, H = A4
    L, R = 2 * cm, W - 2 * cm
    y = [H - 2 * cm]
    n = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            c.showPage()
            y[0] = H - 2 * cm

    def text(s, font="DV", size=9.5, indent=0, color=None):
        lines = simpleSplit(s, font, size, R - L - indent)
        for ln in lines:
            need(size * 1.35)
            c.setFont(font, size)
            if color:
                c.setFillColor(color)
            c.drawString(L + indent, y[0] - size, ln)
            c.setFillColor(colors.black)
            y[0] -= size * 1.35
        y[0] -= 3

    def field(label, value, width_frac=0.68):
        n[0] += 1
        value = _latin1(value)
        lw = (R - L) * (1 - width_frac)
        fw = (R - L) * width_frac - 4
        lines = simpleSplit(value or " ", "Helvetica", 9, fw - 6)
        nl = max(1, len(lines) + (value.count("\n") if value else 0))
        h = min(max(16, 11.5 * nl + 6), 260)
        lab_lines = simpleSplit(label, "DVB", 8.8, lw - 6)
        h = max(h, 11 * len(lab_lines) + 6)
        need(h + 4)
        c.setFont("DVB", 8.8)
        for i, ln in enumerate(lab_lines):
            c.drawString(L, y[0] - 10 - 11 * i, ln)
        form.textfield(name=f"veld{n[0]:02d}_{re.sub('[^A-Za-z]', '', label)[:20]}", tooltip=label,
                       x=L + lw, y=y[0] - h, width=fw, height=h, value=value or "", fontName="Helvetica",
                       fontSize=9, borderWidth=0.6, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"),
                       fieldFlags="multiline" if nl > 1 or h > 16 else "", forceBorder=True)
        y[0] -= h + 5

    def checkbox(checked, label):
        n[0] += 1
        need(16)
        form.checkbox(name=f"vink{n[0]:02d}", tooltip=label, x=L, y=y[0] - 12, size=11, checked=checked,
                      buttonStyle="cross", borderWidth=0.8)
        c.setFont("DV", 9.5)
        c.drawString(L + 16, y[0] - 10, label[:110])
        y[0] -= 16

    for b in blocks:
        k = b[0]
        if k == "title":
            text(b[1], "DVB", 16)
        elif k == "sub":
            text(b[1], "DVI", 9)
        elif k == "h1":
            y[0] -= 4
            text(b[1], "DVB", 12.5)
        elif k == "h2":
            text(b[1], "DVB", 10.5)
        elif k == "p":
            text(b[1])
        elif k == "i":
            text(b[1], "DVI", 9, color=colors.HexColor("#666666"))
        elif k == "ul":
            for s in b[1]:
                text("• " + s, indent=8)
        elif k == "check":
            for t, s in b[1]:
                checkbox(t, s)
        elif k == "table":
            hdr, rows = b[1], b[2]
            if hdr is None and len(rows[0]) == 2:
                for lab, val in rows:
                    field(lab, val)
            else:
                if hdr:
                    text(" | ".join(hdr), "DVB", 8.8)
                for r in rows:
                    text(" | ".join(x.replace("\n", " ") for x in r), size=8.8)
        elif k == "sig":
            for role, name, date, signed in b[1]:
                s, d = sig_text(role, name, date, signed, sigmode)
                text(f"Ondertekening {role}", "DVB", 9)
                field("Naam", name, 0.7)
                field("Datum", dshort(date) if date else "", 0.7)
                field("Handtekening", s if signed else "", 0.7)
        elif k == "pb":
            c.showPage()
            y[0] = H - 2 * cm
    c.save()


# ------------------------------------------------------------------ conversions

def soffice_to_pdf(srcs, outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    if not srcs:
        return
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///work/blind69/build/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s in srcs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_scan(src_pdf, dst_pdf, seed, workdir, dpi=150):
    import numpy as np
    from PIL import Image, ImageFilter
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    prefix = workdir / "pg"
    for old in workdir.glob("pg*"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(prefix)], check=True)
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    pages = []
    for f in sorted(workdir.glob("pg*.png")):
        im = Image.open(f).convert("L")
        angle = r.uniform(-1.6, 1.6)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10                                  # greyish paper
        a += rng.normal(0, 9, a.shape)                     # sensor noise
        specks = rng.random(a.shape) < 0.0007
        a[specks] = rng.uniform(0, 90, specks.sum())
        # a faint darker band at one edge, as from a copier lid
        a[:, :12] *= 0.75
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im)
    pages[0].save(dst_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  creationDate=__import__("time").gmtime(1767225600), modDate=__import__("time").gmtime(1767225600))
