# -*- coding: utf-8 -*-
"""Backends: blocks -> DOCX (python-docx), PDF (reportlab), TXT; signature images; scans."""
import datetime as dt
import time
import hashlib
import io
import os
import random
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, ListFlowable, ListItem)

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp")
os.makedirs(TMP, exist_ok=True)
CC_PLACEHOLDER = "Klik of tik om tekst in te voeren."


def signature_png(name):
    seed = int(hashlib.md5(name.encode()).hexdigest()[:8], 16)
    r = np.random.RandomState(seed)
    W, H = 360, 110
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    x, y = 15.0, 60.0
    pts = []
    for i in range(90):
        x += 3.4 + r.rand() * 0.6
        y = 60 + 28 * np.sin(i * 0.55 + r.rand()) * (0.6 + 0.4 * r.rand()) + r.randn() * 3
        pts.append((x, y))
    d.line(pts, fill=20, width=3)
    d.line([(25, 85), (W - 40, 70)], fill=40, width=2)
    path = os.path.join(TMP, f"sig_{seed}.png")
    im.convert("RGB").save(path)
    return path


def sig_cell_text(s):
    m = s["mark"]
    if m == "wg":
        return f"w.g. {s['name']}"
    if m == "digital":
        return f"Digitaal ondertekend via ouderportaal door {s['name']} op {s['date']} om 19:42"
    if m == "image":
        return "[handtekening]"
    return ""


def ticks_text(items, style="box"):
    return [("☒ " if c else "☐ ") + lab for c, lab in items]


def flatten(blocks):
    """Blocks to text lines (for table cells)."""
    lines = []
    for b in blocks:
        t = b[0]
        if t in ("p", "i"):
            lines.append(b[1])
        elif t == "bullets":
            lines += ["• " + x for x in b[1]]
        elif t == "ticks":
            lines += ticks_text(b[1])
        elif t == "table":
            lines += [" – ".join(r) for r in b[2]]
        elif t == "sigs":
            lines += [f"{s['role']}: {sig_cell_text(s) or '______________'}  datum: {s['date'] or '__________'}" for s in b[1]]
        elif t == "cc":
            lines.append(CC_PLACEHOLDER)
        elif t == "ccbox":
            lines.append(("☒ " if b[1] else "☐ ") + b[2])
    return lines


# =============================================================== DOCX
def docx_write(blocks, path, cc_real=True):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement, parse_xml
    D = docx.Document()
    D.core_properties.author = "school"
    D.core_properties.created = dt.datetime(2025, 1, 1)
    D.core_properties.modified = dt.datetime(2025, 1, 1)
    D.core_properties.last_modified_by = "school"
    st = D.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_text(par, value=None):
        if value is None:
            xml = (f'<w:sdt {W14}><w:sdtPr><w:alias w:val="Tekst"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                   f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>{CC_PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>')
        else:
            xml = (f'<w:sdt {W14}><w:sdtPr><w:alias w:val="Tekst"/><w:text/></w:sdtPr>'
                   f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    def sdt_box(par, checked, label):
        ch = "☒" if checked else "☐"
        xml = (f'<w:sdt {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
               f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
               f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))
        par.add_run(" " + label)

    def table(rows, header=None, widths=None):
        ncol = len(rows[0]) if rows else len(header)
        t = D.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if header:
            cells = t.add_row().cells
            for i, h in enumerate(header):
                cells[i].text = ""
                cells[i].paragraphs[0].add_run(h).bold = True
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        return t

    def put_blocks_in_cell(cell, blist):
        first = True
        for b in blist:
            if b[0] == "cc" and cc_real:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                sdt_text(par)
                first = False
                continue
            if b[0] == "ticks" and cc_real:
                for c_, lab in b[1]:
                    par = cell.paragraphs[0] if first else cell.add_paragraph()
                    sdt_box(par, c_, lab); first = False
                continue
            for line in flatten([b]):
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                par.add_run(line)
                first = False

    footer = None
    for b in blocks:
        t = b[0]
        if t == "title":
            D.add_heading(b[1], 0)
        elif t == "sub":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif t == "sysheader":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8)
        elif t == "letterhead":
            for line in b[1]:
                p = D.add_paragraph(); r = p.add_run(line); r.bold = line == b[1][0]
        elif t == "h1":
            D.add_heading(b[1], 1)
        elif t == "h2":
            D.add_heading(b[1], 2)
        elif t == "p":
            D.add_paragraph(b[1])
        elif t == "i":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif t == "bullets":
            for x in b[1]:
                D.add_paragraph(x, style="List Bullet")
        elif t == "ticks":
            for c_, lab in b[1]:
                p = D.add_paragraph()
                if cc_real:
                    sdt_box(p, c_, lab)
                else:
                    p.add_run(("☒ " if c_ else "☐ ") + lab)
        elif t == "ccbox":
            p = D.add_paragraph(); sdt_box(p, b[1], b[2])
        elif t == "cc":
            p = D.add_paragraph()
            if cc_real:
                sdt_text(p)
            else:
                p.add_run(CC_PLACEHOLDER)
        elif t == "kv":
            table(b[1])
            D.add_paragraph()
        elif t == "table":
            table(b[2], header=b[1]); D.add_paragraph()
        elif t == "formtable":
            tt = D.add_table(rows=0, cols=2); tt.style = "Table Grid"
            for lab, bl in b[1]:
                cells = tt.add_row().cells
                cells[0].text = ""; cells[0].paragraphs[0].add_run(lab).bold = True
                put_blocks_in_cell(cells[1], bl)
            D.add_paragraph()
        elif t == "sigs":
            tt = D.add_table(rows=0, cols=4); tt.style = "Table Grid"
            h = tt.add_row().cells
            for i, x in enumerate(["", "Naam", "Datum", "Handtekening"]):
                h[i].paragraphs[0].add_run(x).bold = True
            for s in b[1]:
                cells = tt.add_row().cells
                cells[0].text = s["role"]; cells[1].text = s["name"]; cells[2].text = s["date"]
                if s["mark"] == "image":
                    cells[3].paragraphs[0].add_run().add_picture(signature_png(s["name"]), width=Mm(35))
                else:
                    cells[3].text = sig_cell_text(s)
            D.add_paragraph()
        elif t == "pagebreak":
            D.add_page_break()
        elif t == "footer":
            footer = b[1]
    if footer:
        sec = D.sections[0]
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        # page number field
        r = fp.add_run("   pagina ")
        for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            run = fp.add_run()
            if kind:
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); run._r.append(e)
            else:
                e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; run._r.append(e)
    D.save(path)
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# =============================================================== PDF (reportlab)
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def pdf_write(blocks, path, style="plain"):
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    if style == "letter":
        base = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6)
    small = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9, textColor=colors.grey)
    ital = ParagraphStyle("i", parent=base, fontName="DVI", textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=17, leading=21, spaceAfter=6,
                           textColor=colors.HexColor("#1d4e89") if style != "system" else colors.black)
    sub = ParagraphStyle("su", parent=base, fontName="DVI", fontSize=9, textColor=colors.HexColor("#444444"), spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4,
                        textColor=colors.HexColor("#1d4e89") if style not in ("system", "letter") else colors.black)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2)
    cell = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    fl = []
    footer = [None]
    W = A4[0] - 40 * mm

    def tstyle(header=True):
        ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f2")))
        return TableStyle(ts)

    for b in blocks:
        t = b[0]
        if t == "title":
            fl.append(Paragraph(esc(b[1]), title))
        elif t == "sub":
            fl.append(Paragraph(esc(b[1]), sub))
        elif t == "sysheader":
            fl.append(Paragraph(esc(b[1]), small))
        elif t == "letterhead":
            for i, line in enumerate(b[1]):
                fl.append(Paragraph(esc(line), h1 if i == 0 else base))
            fl.append(Spacer(1, 8 * mm))
        elif t == "h1":
            fl.append(Paragraph(esc(b[1]), h1))
        elif t == "h2":
            fl.append(Paragraph(esc(b[1]), h2))
        elif t == "p":
            fl.append(Paragraph(esc(b[1]) or "&nbsp;", base))
        elif t == "i":
            fl.append(Paragraph(esc(b[1]), ital))
        elif t == "bullets":
            fl.append(ListFlowable([ListItem(Paragraph(esc(x), base), leftIndent=12) for x in b[1]],
                                   bulletType="bullet", start="•", leftIndent=12, bulletFontName="DV"))
        elif t in ("ticks",):
            for line in ticks_text(b[1]):
                fl.append(Paragraph(esc(line), base))
        elif t in ("cc", "ccbox"):
            for line in flatten([b]):
                fl.append(Paragraph(esc(line), base))
        elif t == "kv":
            data = [[Paragraph(esc(k), cellb), Paragraph(esc(v), cell)] for k, v in b[1]]
            tb = Table(data, colWidths=[45 * mm, W - 45 * mm]); tb.setStyle(tstyle(False)); fl += [tb, Spacer(1, 4)]
        elif t == "table":
            data = [[Paragraph(esc(h), cellb) for h in b[1]]] + [[Paragraph(esc(x), cell) for x in r] for r in b[2]]
            n = len(b[1])
            widths = [W / n] * n if n != 3 else [W * 0.22, W * 0.39, W * 0.39]
            if b[1][0] == "Wat":
                widths = [W * 0.42, W * 0.30, W * 0.28]
            tb = Table(data, colWidths=widths, repeatRows=1); tb.setStyle(tstyle()); fl += [tb, Spacer(1, 4)]
        elif t == "formtable":
            data = [[Paragraph(esc(lab), cellb), [Paragraph(esc(x) or "&nbsp;", cell) for x in flatten(bl)] or [Paragraph("&nbsp;", cell)]]
                    for lab, bl in b[1]]
            tb = Table(data, colWidths=[45 * mm, W - 45 * mm]); tb.setStyle(tstyle(False)); fl += [tb, Spacer(1, 4)]
        elif t == "sigs":
            data = [[Paragraph(x, cellb) for x in ["", "Naam", "Datum", "Handtekening"]]]
            for s in b[1]:
                if s["mark"] == "image":
                    sigc = RLImage(signature_png(s["name"]), width=32 * mm, height=10 * mm)
                else:
                    sigc = Paragraph(esc(sig_cell_text(s)) or "&nbsp;", cell)
                data.append([Paragraph(esc(s["role"]), cell), Paragraph(esc(s["name"]), cell),
                             Paragraph(esc(s["date"]) or "&nbsp;", cell), sigc])
            tb = Table(data, colWidths=[W * 0.32, W * 0.2, W * 0.14, W * 0.34], rowHeights=None)
            tb.setStyle(tstyle()); fl += [tb, Spacer(1, 6)]
        elif t == "pagebreak":
            fl.append(PageBreak())
        elif t == "footer":
            footer[0] = b[1]

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7)
        if footer[0]:
            canv.drawString(20 * mm, 10 * mm, footer[0])
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="", author="", creator="", producer="")
    doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)


# =============================================================== TXT
def txt_write(blocks, path, style="plain"):
    out = []
    footer = None
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper(), "=" * len(b[1])]
        elif t == "sub":
            out += [b[1], ""]
        elif t == "sysheader":
            out += [b[1], ""]
        elif t == "letterhead":
            out += b[1] + [""]
        elif t == "h1":
            out += ["", b[1], "-" * len(b[1])] if style != "system" else ["", "== " + b[1].upper() + " =="]
        elif t == "h2":
            out += ["", b[1]] if style != "system" else ["", "  " + b[1]]
        elif t in ("p", "i"):
            out += [("    " if style == "system" else "") + b[1]]
        elif t == "bullets":
            out += [("    " if style == "system" else "") + "- " + x for x in b[1]]
        elif t == "ticks":
            out += [("[x] " if c else "[ ] ") + lab for c, lab in b[1]]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            out += [f"{k + ':':<{w}}{v}" for k, v in b[1]] + [""]
        elif t == "table":
            out += ["    " + " | ".join(b[1])] + ["    " + " | ".join(r) for r in b[2]]
        elif t == "formtable":
            for lab, bl in b[1]:
                out += [f"{lab}:"] + ["    " + x for x in flatten(bl)]
        elif t == "sigs":
            for s in b[1]:
                sig = sig_cell_text(s)
                if s["mark"] == "image":
                    sig = "(handtekening op papier, zie origineel)"
                out.append(f"{s['role']}  |  naam: {s['name']}  |  datum: {s['date'] or '..........'}  |  handtekening: {sig or '............................'}")
        elif t in ("cc", "ccbox"):
            out += flatten([b])
        elif t == "pagebreak":
            out += ["", "- - - - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - - - -", ""]
        elif t == "footer":
            footer = b[1]
    if footer:
        out += ["", "_" * 60, footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# =============================================================== scans
def scan_pdf(src_pdf, out_pdf, seed, dpi=150):
    import subprocess, glob
    pref = os.path.join(TMP, f"scan_{seed}")
    for f in glob.glob(pref + "*"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(glob.glob(pref + "*.png"))
    r = np.random.RandomState(seed)
    ims = []
    for pg in pages:
        im = Image.open(pg).convert("L")
        ang = (r.rand() - 0.5) * 2.4
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 14 + r.randn(*a.shape) * 9
        # a few specks
        for _ in range(60):
            y, x = r.randint(0, a.shape[0] - 3), r.randint(0, a.shape[1] - 3)
            a[y:y + 2, x:x + 2] = 60
        # gray edge of the scanner lid
        a[:, :6] = 90
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
    ims[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], creationDate=time.strptime("2025-01-01", "%Y-%m-%d"), modDate=time.strptime("2025-01-01", "%Y-%m-%d"))
