# -*- coding: utf-8 -*-
"""Renderers: docx (python-docx, incl. content controls), reportlab PDF, fillable PDF form, txt/md, scan."""
import copy
import math
import os
import subprocess
import textwrap
import zlib
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

BUILD = os.environ.get("OPP_BUILD", "/work/blind67/build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def seed(s):
    return zlib.crc32(s.encode("utf-8"))


# ------------------------------------------------------------------ signature scribble
def scribble(key):
    path = os.path.join(BUILD, "sig", f"sig_{seed(key):08x}.png")
    if os.path.exists(path):
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rng = np.random.default_rng(seed(key))
    W, H = 360, 110
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pts = []
    loops = rng.integers(3, 6)
    a = rng.uniform(0.5, 1.0, 4)
    ph = rng.uniform(0, 6.28, 4)
    for i in range(260):
        t = i / 259
        x = 20 + t * (W - 60) + 14 * math.sin(t * loops * 6.28 + ph[0])
        y = H / 2 + 30 * a[0] * math.sin(t * loops * 6.28 * 1.5 + ph[1]) * (1 - 0.5 * t) + 8 * a[1] * math.sin(t * 40 + ph[2])
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    x0 = rng.uniform(30, 120)
    dr.line([(x0, H - 22), (x0 + rng.uniform(150, 250), H - 30 + rng.uniform(-6, 6))], fill=(20, 30, 110, 255), width=2)
    im.save(path)
    return path


# ------------------------------------------------------------------ DOCX
def _docx_imports():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor
    return docx, WD_ALIGN_PARAGRAPH, parse_xml, nsdecls, qn, Cm, Pt, RGBColor


W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def render_docx(blocks, meta, out, cc=False):
    docx, AL, parse_xml, nsdecls, qn, Cm, Pt, RGB = _docx_imports()
    import datetime as dt
    doc = docx.Document()
    cp = doc.core_properties
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.author = meta.get("author", "school")
    cp.last_modified_by = "school"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    ccid = [100]

    def shade(cell, color):
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))

    def add_text(par, text, italic=False, color=None, size=None, bold=False):
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = par.add_run(ln)
            r.italic = italic
            r.bold = bold
            if color:
                r.font.color.rgb = RGB.from_string(color)
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()

    def sdt_one(par, line, ph):
        ccid[0] += 1
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if ph else ""
        x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{ccid[0]}"/>{"<w:showingPlcHdr/>" if ph else ""}<w:text/></w:sdtPr>'
             f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(x))

    def sdt_text(par, text, ph, more=None):
        shown = "Klik of tik om tekst in te voeren." if (ph and not text) else text
        lines = shown.split("\n")
        sdt_one(par, lines[0], ph)
        for ln in lines[1:]:
            sdt_one(more(), ln, ph)

    def sdt_check(par, checked, label):
        ccid[0] += 1
        g = "\u2612" if checked else "\u2610"
        x = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:id w:val="{ccid[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
             f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(x))
        par.add_run(" " + label)

    def fill_cell(cell, v):
        p = cell.paragraphs[0]
        if isinstance(v, tuple) and v[0] == "cc":
            sdt_text(p, v[1], v[2], cell.add_paragraph)
        else:
            add_text(p, v or "")

    for bl in blocks:
        k = bl[0]
        if k == "title":
            doc.add_heading(bl[1], 0)
        elif k == "subtitle":
            p = doc.add_paragraph()
            add_text(p, bl[1], italic=True, color="555555")
        elif k == "letterhead":
            p = doc.add_paragraph()
            p.alignment = AL.RIGHT
            add_text(p, bl[1], bold=True, size=9, color="1F3864")
        elif k == "export":
            p = doc.add_paragraph()
            add_text(p, bl[1], size=8, color="666666")
        elif k == "h1":
            doc.add_heading(bl[1], 1)
        elif k == "h2":
            doc.add_heading(bl[1], 2)
        elif k == "p":
            add_text(doc.add_paragraph(), bl[1])
        elif k == "guid":
            add_text(doc.add_paragraph(), bl[1], italic=True, color="7F7F7F")
        elif k == "small":
            add_text(doc.add_paragraph(), bl[1], size=8)
        elif k == "cc":
            sdt_text(doc.add_paragraph(), bl[1], bl[2], doc.add_paragraph)
        elif k == "bullets":
            for x in bl[1]:
                add_text(doc.add_paragraph(style="List Bullet"), x)
        elif k == "rule":
            add_text(doc.add_paragraph(), "- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -", color="888888")
        elif k == "kv":
            if not bl[1]:
                continue
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, v in bl[1]:
                r = t.add_row().cells
                r[0].width, r[1].width = Cm(5), Cm(12)
                add_text(r[0].paragraphs[0], lab, bold=True)
                shade(r[0], "E7EEF7")
                fill_cell(r[1], v)
            doc.add_paragraph()
        elif k == "table":
            _, hdr, rows, w = bl
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                add_text(t.rows[0].cells[i].paragraphs[0], h, bold=True)
                shade(t.rows[0].cells[i], "D9E2F3")
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    fill_cell(cells[i], v)
            for row in t.rows:
                for i, cell in enumerate(row.cells):
                    cell.width = Cm(17 * w[i])
            doc.add_paragraph()
        elif k == "checks":
            for lab, on in bl[1]:
                p = doc.add_paragraph()
                if cc:
                    sdt_check(p, on, lab)
                else:
                    add_text(p, ("\u2612 " if on else "\u2610 ") + lab)
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Handtekening", "Datum"]):
                add_text(t.rows[0].cells[i].paragraphs[0], h, bold=True)
                shade(t.rows[0].cells[i], "EDEDED")
            for s in bl[1]:
                cells = t.add_row().cells
                add_text(cells[0].paragraphs[0], s["role"])
                add_text(cells[1].paragraphs[0], s["name"])
                p = cells[2].paragraphs[0]
                if s["signed"]:
                    p.add_run().add_picture(scribble(s["name"] + s["role"]), width=Cm(3.2))
                if s.get("note"):
                    add_text(cells[2].add_paragraph(), s["note"], italic=True, color="1F2F8F")
                if cc:
                    sdt_text(cells[3].paragraphs[0], s["date"], not s["date"])
                else:
                    add_text(cells[3].paragraphs[0], s["date"])
            for row in t.rows:
                for i, cell in enumerate(row.cells):
                    cell.width = Cm([3.5, 5, 5, 3.5][i])
            doc.add_paragraph()
        elif k == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(k)
    if meta.get("footer"):
        fp = sec.footer.paragraphs[0]
        add_text(fp, meta["footer"], size=8, color="666666")
        if meta.get("pagenum"):
            r = fp.add_run(" · pagina ")
            r.font.size = Pt(8)
            for instr in ("PAGE",):
                r = fp.add_run()
                r._r.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    if meta.get("header"):
        add_text(sec.header.paragraphs[0], meta["header"], size=8, color="666666")
    doc.save(out)
    _fix_zip(out)


def _fix_zip(path):
    """Rewrite the zip with fixed timestamps so DOCX output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ reportlab
_RL = {}


def _rl():
    if _RL:
        return _RL
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Image as RLImage, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak)
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    st = {
        "n": ParagraphStyle("n", fontName="DV", fontSize=9.2, leading=12.5, spaceAfter=4),
        "s": ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9.5, spaceAfter=3),
        "g": ParagraphStyle("g", fontName="DVI", fontSize=9, leading=12, textColor=colors.HexColor("#7f7f7f"), spaceAfter=4),
        "t": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=4, textColor=colors.HexColor("#1F3864")),
        "st": ParagraphStyle("st", fontName="DVI", fontSize=9.5, leading=12, textColor=colors.HexColor("#555555"), spaceAfter=8),
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor("#1F3864")),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        "lh": ParagraphStyle("lh", fontName="DVB", fontSize=8.5, leading=11, alignment=TA_RIGHT, textColor=colors.HexColor("#1F3864")),
        "hand": ParagraphStyle("hand", fontName="DVI", fontSize=10, leading=12, textColor=colors.HexColor("#1a2a8a")),
        "b": ParagraphStyle("b", fontName="DVB", fontSize=9, leading=12),
    }
    _RL.update(dict(colors=colors, A4=A4, cm=cm, Paragraph=Paragraph, SDT=SimpleDocTemplate, Spacer=Spacer, Table=Table,
                    TableStyle=TableStyle, Image=RLImage, PageBreak=PageBreak, st=st))
    return _RL


def P(text, style):
    R = _rl()
    return R["Paragraph"](escape(text).replace("\n", "<br/>"), R["st"][style])


def render_pdf(blocks, meta, out, scan=False):
    R = _rl()
    cm, colors = R["cm"], R["colors"]
    story = []
    grid = R["TableStyle"]([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    W = 17 * cm
    for bl in blocks:
        k = bl[0]
        if k == "title":
            story.append(P(bl[1], "t"))
        elif k == "subtitle":
            story.append(P(bl[1], "st"))
        elif k == "letterhead":
            story.append(P(bl[1], "lh")); story.append(R["Spacer"](1, 10))
        elif k == "export":
            story.append(P(bl[1], "s"))
        elif k in ("h1", "h2"):
            story.append(P(bl[1], k))
        elif k == "p":
            story.append(P(bl[1], "n"))
        elif k == "cc":
            story.append(P(bl[1], "g" if bl[2] else "n"))
        elif k == "guid":
            story.append(P(bl[1], "g"))
        elif k == "small":
            story.append(P(bl[1], "s"))
        elif k == "bullets":
            for x in bl[1]:
                story.append(R["Paragraph"]("• " + escape(x), R["st"]["n"]))
        elif k == "rule":
            story.append(P("- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -", "s"))
        elif k == "kv":
            if not bl[1]:
                continue
            data = [[P(lab, "b"), P(v[1] if isinstance(v, tuple) else (v or ""), "n")] for lab, v in bl[1]]
            t = R["Table"](data, colWidths=[5 * cm, 12 * cm])
            t.setStyle(grid)
            t.setStyle(R["TableStyle"]([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E7EEF7"))]))
            story += [t, R["Spacer"](1, 8)]
        elif k == "table":
            _, hdr, rows, w = bl
            data = [[P(h, "b") for h in hdr]] + [[P(v[1] if isinstance(v, tuple) else (v or ""), "n") for v in r] for r in rows]
            t = R["Table"](data, colWidths=[W * x for x in w], repeatRows=1)
            t.setStyle(grid)
            t.setStyle(R["TableStyle"]([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]))
            story += [t, R["Spacer"](1, 8)]
        elif k == "checks":
            for lab, on in bl[1]:
                story.append(P(("\u2612 " if on else "\u2610 ") + lab, "n"))
        elif k == "sig":
            data = [[P(h, "b") for h in ["Rol", "Naam", "Handtekening", "Datum"]]]
            for s in bl[1]:
                cell = []
                if s["signed"]:
                    cell.append(R["Image"](scribble(s["name"] + s["role"]), width=3.4 * cm, height=1.04 * cm))
                if s.get("note"):
                    cell.append(P(s["note"], "hand"))
                data.append([P(s["role"], "n"), P(s["name"], "n"), cell or P("", "n"),
                             P(s["date"], "hand" if scan else "n")])
            t = R["Table"](data, colWidths=[3.6 * cm, 5 * cm, 5 * cm, 3.4 * cm], rowHeights=[None] + [1.5 * cm] * len(bl[1]))
            t.setStyle(grid)
            t.setStyle(R["TableStyle"]([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EDEDED"))]))
            story += [t, R["Spacer"](1, 8)]
        elif k == "pagebreak":
            story.append(R["PageBreak"]())
        else:
            raise ValueError(k)

    def onpage(canv, docobj):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#666666"))
        ft = meta.get("footer", "")
        canv.drawString(2 * cm, 1.1 * cm, ft)
        canv.drawRightString(19 * cm, 1.1 * cm, f"pagina {docobj.page}")
        if meta.get("header"):
            canv.drawString(2 * cm, 28.6 * cm, meta["header"])
        canv.restoreState()
    d = R["SDT"](out, pagesize=R["A4"], leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                 title=meta.get("title", ""), author=meta.get("author", ""), invariant=1)
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable form
def render_form(blocks, meta, out, key):
    R = _rl()
    from reportlab.pdfgen import canvas
    cm, colors = R["cm"], R["colors"]
    c = canvas.Canvas(out, pagesize=R["A4"], invariant=1)
    c.setTitle(meta.get("title", "Beknopt OPP – invulformulier"))
    form = c.acroForm
    y = [27.5 * cm]
    fid = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, meta.get("footer", "") + " · invulbaar formulier")
            c.showPage(); y[0] = 27.5 * cm

    def wrap(text, width):
        out = []
        for para in (text or "").split("\n"):
            out += textwrap.wrap(para, width) or [""]
        return out

    def text(t, font="DV", size=9, color="#000000", width=100):
        for ln in wrap(t, width):
            need(12); c.setFont(font, size); c.setFillColor(colors.HexColor(color)); c.drawString(2 * cm, y[0], ln); y[0] -= size + 3

    def lat(t):
        t = (t or "").replace("\u2022", "-").replace("\u2013", "-").replace("\u20ac", "EUR").replace("\u2265", ">=").replace("\u2019", "'")
        return t.encode("latin-1", "replace").decode("latin-1")

    def field(label, value, multiline=True):
        value = lat(value)
        lines = wrap(value, 92) if value else [""]
        h = max(0.75 * cm, (len(lines) * 9.2 + 6))
        need(h + 4)
        c.setFont("DVB", 8); c.setFillColor(colors.black)
        for i, ln in enumerate(wrap(label, 22)):
            c.drawString(2 * cm, y[0] - 10 - i * 10, ln)
        fid[0] += 1
        form.textfield(name=f"veld{fid[0]:02d}", tooltip=label, x=5.8 * cm, y=y[0] - h, width=13.2 * cm, height=h,
                       value="\n".join(lines), fontName="Helvetica", fontSize=7.5, borderWidth=0.6, borderColor=colors.HexColor("#777777"),
                       fillColor=colors.HexColor("#F3F6FB"), textColor=colors.black,
                       fieldFlags="multiline" if multiline else "", forceBorder=True)
        y[0] -= h + 5

    for bl in blocks:
        k = bl[0]
        if k == "title":
            need(30); c.setFont("DVB", 16); c.setFillColor(colors.HexColor("#1F3864")); c.drawString(2 * cm, y[0], bl[1]); y[0] -= 20
        elif k == "subtitle":
            text(bl[1], "DVI", 9, "#555555"); y[0] -= 4
        elif k in ("h1", "h2"):
            y[0] -= 4; text(bl[1], "DVB", 10.5, "#1F3864")
        elif k in ("p", "small", "guid"):
            text(bl[1], "DV", 8 if k == "small" else 9, width=115 if k == "small" else 100)
        elif k == "kv":
            for lab, v in bl[1]:
                field(lab, v[1] if isinstance(v, tuple) else v)
        elif k == "checks":
            for lab, on in bl[1]:
                need(16); fid[0] += 1
                form.checkbox(name=f"vink{fid[0]:02d}", tooltip=lab, x=2 * cm, y=y[0] - 10, size=11, checked=on, buttonStyle="cross",
                              borderWidth=0.8, borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
                c.setFont("DV", 9); c.setFillColor(colors.black); c.drawString(2.6 * cm, y[0] - 8, lab); y[0] -= 16
        elif k == "sig":
            for s in bl[1]:
                need(2.2 * cm)
                c.setFont("DVB", 8); c.drawString(2 * cm, y[0] - 10, s["role"])
                fid[0] += 1
                form.textfield(name=f"naam{fid[0]:02d}", tooltip="Naam", x=5.8 * cm, y=y[0] - 16, width=5.2 * cm, height=14, value=lat(s["name"]),
                               fontName="Helvetica", fontSize=8, borderWidth=0.6, fillColor=colors.HexColor("#F3F6FB"), forceBorder=True)
                form.textfield(name=f"datum{fid[0]:02d}", tooltip="Datum", x=11.3 * cm, y=y[0] - 16, width=2.6 * cm, height=14, value=s["date"],
                               fontName="Helvetica", fontSize=8, borderWidth=0.6, fillColor=colors.HexColor("#F3F6FB"), forceBorder=True)
                c.setFont("DV", 7); c.drawString(5.8 * cm, y[0] - 23, "naam"); c.drawString(11.3 * cm, y[0] - 23, "datum")
                c.drawString(14.2 * cm, y[0] - 1.55 * cm - 8, "handtekening")
                c.setStrokeColor(colors.HexColor("#777777")); c.rect(14.2 * cm, y[0] - 1.55 * cm, 4.8 * cm, 1.45 * cm)
                if s["signed"]:
                    c.drawImage(scribble(s["name"] + s["role"]), 14.4 * cm, y[0] - 1.45 * cm, width=4.2 * cm, height=1.28 * cm, mask="auto")
                if s.get("note"):
                    c.setFont("DVI", 9); c.setFillColor(colors.HexColor("#1a2a8a")); c.drawString(14.3 * cm, y[0] - 0.35 * cm, s["note"])
                    c.setFillColor(colors.black)
                y[0] -= 2.3 * cm
        elif k in ("rule", "letterhead", "export", "bullets", "table", "cc", "pagebreak"):
            if k == "bullets":
                for x in bl[1]:
                    text("• " + x)
            elif k == "table":
                for r in bl[2]:
                    text(" – ".join(r))
            elif k == "cc":
                text(bl[1])
        else:
            raise ValueError(k)
    c.setFont("DV", 7); c.setFillColor(colors.black); c.drawString(2 * cm, 1.2 * cm, meta.get("footer", "") + " · invulbaar formulier")
    c.showPage()
    c.save()


# ------------------------------------------------------------------ text / markdown
def render_text(blocks, meta, out, md=False):
    L = []
    W = 92

    def para(t, indent=""):
        for ln in t.split("\n"):
            L.extend(textwrap.wrap(ln, W, initial_indent=indent, subsequent_indent=indent) or [""])

    for bl in blocks:
        k = bl[0]
        if k == "title":
            if md:
                L += [f"# {bl[1]}", ""]
            else:
                L += [bl[1].upper(), "=" * min(len(bl[1]), W), ""]
        elif k == "subtitle":
            para(f"*{bl[1]}*" if md else bl[1]); L.append("")
        elif k in ("letterhead", "export"):
            para(bl[1]); L.append("")
        elif k == "h1":
            L += ["", f"## {bl[1]}" if md else bl[1].upper()] + ([] if md else ["-" * min(len(bl[1]), W)])
        elif k == "h2":
            L += ["", f"### {bl[1]}" if md else bl[1]] + ([] if md else ["~" * min(len(bl[1]), W)])
        elif k in ("p", "small", "cc"):
            para(bl[1]); L.append("")
        elif k == "guid":
            para(f"*{bl[1]}*" if md else bl[1]); L.append("")
        elif k == "bullets":
            for x in bl[1]:
                L.extend(textwrap.wrap(x, W, initial_indent="- ", subsequent_indent="  "))
            L.append("")
        elif k == "rule":
            L += ["", "- - - - - - - - - - knip hier - - - - - - - - - -", ""]
        elif k == "kv":
            for lab, v in bl[1]:
                v = v[1] if isinstance(v, tuple) else (v or "")
                if md:
                    para(f"**{lab}:** " + v.replace("\n", "  \n"))
                else:
                    first, *rest = (v.split("\n") if v else [""])
                    L.extend(textwrap.wrap(f"{lab}: {first}", W, subsequent_indent="    ") or [f"{lab}:"])
                    for r in rest:
                        L.extend(textwrap.wrap(r, W, initial_indent="    ", subsequent_indent="      "))
            L.append("")
        elif k == "table":
            _, hdr, rows, w = bl
            if md:
                L.append("| " + " | ".join(hdr) + " |")
                L.append("|" + "---|" * len(hdr))
                for r in rows:
                    L.append("| " + " | ".join((x or "").replace("\n", "<br>") for x in r) + " |")
            else:
                for r in rows:
                    L.extend(textwrap.wrap(" | ".join(f"{h}: {x}" for h, x in zip(hdr, r)), W, initial_indent="* ", subsequent_indent="  "))
            L.append("")
        elif k == "checks":
            for lab, on in bl[1]:
                L.append(("[x] " if on else "[ ] ") + lab)
            L.append("")
        elif k == "sig":
            for s in bl[1]:
                sg = "getekend" if s["signed"] else "______________________"
                if s.get("note"):
                    sg += f" (met de aantekening: '{s['note']}')"
                L.append(f"{s['role']}: {s['name'] or '______________________'}")
                L.append(f"    Handtekening: {sg}    Datum: {s['date'] or '____________'}")
            L.append("")
        elif k == "pagebreak":
            L.append("\f")
        else:
            raise ValueError(k)
    if meta.get("footer"):
        L += ["", "-" * 40, meta["footer"] + (" · pagina 1 van 1" if meta.get("pagenum") else "")]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ------------------------------------------------------------------ scan
def make_scan(src_pdf, out_pdf, key, dpi=110):
    tmp = os.path.join(BUILD, "scan", key)
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(tmp, "p")], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("p") and f.endswith(".png"))
    rng = np.random.default_rng(seed(key))
    imgs = []
    for i, fn in enumerate(pages):
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        ang = float(rng.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8  # paper tone, less contrast
        a += rng.normal(0, 9, a.shape)
        specks = rng.random(a.shape) < 0.0009
        a[specks] = rng.uniform(40, 140, specks.sum())
        # darker scanner edge
        a[:, :6] *= 0.55
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.55))
        imgs.append(im)
    imgs[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
