# -*- coding: utf-8 -*-
"""Renderers from the IR (see gen_common) to docx, odt, txt, pdf (reportlab), pdf via soffice,
image-only scan pdf, and a fillable PDF form."""
import os, subprocess, shutil, random, glob, copy
from gen_common import flatten, cs

# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _docx_sdt(paragraph, value, tag):
    """Insert a plain-text content control; value None shows Word's placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), tag); pr.append(alias)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if value is None:
        rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
        rpr.append(col); r.append(rpr)
    lines = (value if value is not None else "Klik of tik om tekst in te voeren.").split("\n")
    for i, ln in enumerate(lines):
        if i:
            r.append(OxmlElement("w:br"))
        te = OxmlElement("w:t"); te.set(qn("xml:space"), "preserve"); te.text = ln
        r.append(te)
    content.append(r); sdt.append(content)
    paragraph._p.append(sdt)


def _docx_checkbox_sdt(paragraph, checked, label):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox") if False else None
    # simple approach: a content control wrapping the glyph (Word shows it as a box)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), "keuze"); pr.append(t)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); f = OxmlElement("w:rFonts"); f.set(qn("w:ascii"), "MS Gothic"); f.set(qn("w:hAnsi"), "MS Gothic"); f.set(qn("w:eastAsia"), "MS Gothic")
    rpr.append(f); r.append(rpr)
    te = OxmlElement("w:t"); te.text = "☒" if checked else "☐"; r.append(te)
    content.append(r); sdt.append(content)
    paragraph._p.append(sdt)
    paragraph.add_run(" " + label)


def _cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    if isinstance(text, tuple):
        _docx_sdt(cell.paragraphs[0], text[1], "veld")
        return
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def to_docx(ir, path, style=None):
    style = style or {}
    d = Document()
    st = d.styles["Normal"]
    st.font.name = style.get("font", "Calibri")
    st.font.size = Pt(style.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if ir.get("header"):
        sec.header.paragraphs[0].text = ir["header"]
    if ir.get("footer"):
        sec.footer.paragraphs[0].text = ir["footer"].replace(" – pagina {page}", "").replace("{page}", "")
    for b in ir["blocks"]:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "p":
            for para in b[1].split("\n\n"):
                d.add_paragraph(para)
        elif k == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif k == "small":
            r = d.add_paragraph().add_run(b[1]); r.italic = True; r.font.size = Pt(8.5)
        elif k == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "table":
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    _cell_text(t.cell(i, j), r[j] if j < len(r) else "",
                               bold=(opt.get("header", True) and i == 0) or (opt.get("labelcol") and j == 0))
            if opt.get("widths"):
                for i, r in enumerate(t.rows):
                    for j, w in enumerate(opt["widths"]):
                        r.cells[j].width = Cm(w)
            d.add_paragraph()
        elif k == "checks":
            for label, c in b[1]:
                p = d.add_paragraph()
                if style.get("sdt_checks"):
                    _docx_checkbox_sdt(p, c, label)
                else:
                    p.add_run(("☒ " if c else "☐ ") + label)
        elif k == "sig":
            for label, v in b[1]:
                p = d.add_paragraph()
                p.add_run(label + ": ").bold = True
                p.add_run(v if v else "_______________________________")
        elif k == "handsig":
            d.add_picture(b[2], width=Cm(4.2))
        elif k == "field":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            _docx_sdt(p, b[2], b[1][:30])
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # fixed core properties (determinism)
    import datetime
    cp = d.core_properties
    cp.author = style.get("author", "Administratie")
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = cp.author
    cp.revision = 1
    d.save(path)


# ---------------------------------------------------------------- ODT
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, GraphicProperties
from odf.text import P, H, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.draw import Frame, Image as DImage


def to_odt(ir, path):
    doc = OpenDocumentText()
    s = doc.styles
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    s.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    s.addElement(h2)
    tt = Style(name="Title", family="paragraph")
    tt.addElement(TextProperties(fontsize="19pt", fontweight="bold"))
    s.addElement(tt)
    bold = Style(name="Bold", family="paragraph"); bold.addElement(TextProperties(fontweight="bold")); s.addElement(bold)
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt", fontstyle="italic")); s.addElement(small)
    fr = Style(name="fr1", family="graphic"); fr.addElement(GraphicProperties(wrap="none")); doc.automaticstyles.addElement(fr)
    body = doc.text
    if ir.get("header"):
        body.addElement(P(stylename=small, text=ir["header"]))
    n = 0
    for b in ir["blocks"]:
        k = b[0]
        if k == "title":
            body.addElement(P(stylename=tt, text=b[1]))
        elif k == "h1":
            body.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            body.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k in ("p",):
            for para in b[1].split("\n\n"):
                body.addElement(P(text=para))
        elif k == "b":
            body.addElement(P(stylename=bold, text=b[1]))
        elif k == "small":
            body.addElement(P(stylename=small, text=b[1]))
        elif k == "bullets":
            for t in b[1]:
                body.addElement(P(text="• " + t))
        elif k == "table":
            n += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = Table(name=f"Tabel{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for j in range(ncol):
                    tc = TableCell()
                    txt = cs(r[j]) if j < len(r) else ""
                    for ln in str(txt).split("\n"):
                        tc.addElement(P(text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            body.addElement(t)
            body.addElement(P(text=""))
        elif k == "checks":
            for label, c in b[1]:
                body.addElement(P(text=("☒ " if c else "☐ ") + label))
        elif k == "sig":
            for label, v in b[1]:
                body.addElement(P(text=f"{label}: {v if v else '_______________________________'}"))
        elif k == "handsig":
            href = doc.addPicture(b[2])
            p = P()
            f = Frame(stylename=fr, width="4cm", height="1.2cm", anchortype="as-char")
            f.addElement(DImage(href=href))
            p.addElement(f)
            body.addElement(p)
        elif k == "field":
            body.addElement(P(text=f"{b[1]}: {b[2] if b[2] is not None else '[invullen]'}"))
        elif k == "pb":
            body.addElement(P(text=""))
    if ir.get("footer"):
        body.addElement(P(stylename=small, text=ir["footer"].replace(" – pagina {page}", "")))
    doc.save(path)


# ---------------------------------------------------------------- TXT
def to_txt(ir, path, width=88, pages=False):
    out = []
    if ir.get("header"):
        out.append(ir["header"]); out.append("")
    for b in ir["blocks"]:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * min(width, len(b[1])), ""]
        elif k == "h1":
            out += ["", b[1], "-" * min(width, len(b[1]))]
        elif k == "h2":
            out += ["", b[1]]
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            if ncol == 2 and not b[2].get("header", True) if len(b) > 2 else False:
                lw = max(len(r[0]) for r in rows) + 2
                for r in rows:
                    lines = str(cs(r[1])).split("\n")
                    out.append(f"{r[0]:<{lw}}{lines[0]}")
                    for ln in lines[1:]:
                        out.append(" " * lw + ln)
            else:
                for r in rows:
                    out.append(" | ".join(str(cs(c)).replace("\n", "; ") for c in r))
            out.append("")
        elif k == "pb":
            out.append("\f" if pages else "")
        else:
            out.append(flatten([b]))
            if k in ("p", "b"):
                out.append("")
    if ir.get("footer"):
        out += ["", ir["footer"].replace("{page}", "1 van 1")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- PDF (reportlab)
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table as RTable, TableStyle,
                                PageBreak, Image as RImage, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DejaVu", 0, 0, "DejaVu"); addMapping("DejaVu", 1, 0, "DejaVu-Bold")
addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(ir, path, style=None):
    style = style or {}
    font = style.get("font", "DejaVu")
    bfont = font + "-Bold" if font != "DejaVuMono" else "DejaVuMono"
    size = style.get("size", 9.5)
    accent = colors.HexColor(style.get("accent", "#1f4e79"))
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4)
    cellst = ParagraphStyle("cell", parent=base, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cellst, fontName=bfont)
    st_t = ParagraphStyle("t", parent=base, fontName=bfont, fontSize=size + 7, leading=(size + 7) * 1.2, textColor=accent, spaceAfter=8)
    st_h1 = ParagraphStyle("h1", parent=base, fontName=bfont, fontSize=size + 3, leading=(size + 3) * 1.3, textColor=accent, spaceBefore=8)
    st_h2 = ParagraphStyle("h2", parent=base, fontName=bfont, fontSize=size + 1, spaceBefore=4)
    st_b = ParagraphStyle("b", parent=base, fontName=bfont)
    st_s = ParagraphStyle("s", parent=base, fontSize=size - 2, textColor=colors.HexColor("#444444"))
    story = []
    W = A4[0] - 4 * cm
    for b in ir["blocks"]:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), st_t))
        elif k == "h1":
            story.append(Paragraph(_esc(b[1]), st_h1))
        elif k == "h2":
            story.append(Paragraph(_esc(b[1]), st_h2))
        elif k == "p":
            for para in b[1].split("\n\n"):
                story.append(Paragraph(_esc(para), base))
        elif k == "b":
            story.append(Paragraph(_esc(b[1]), st_b))
        elif k == "small":
            story.append(Paragraph(_esc(b[1]), st_s))
        elif k == "bullets":
            for t in b[1]:
                story.append(Paragraph("• " + _esc(t), base))
        elif k == "table":
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_esc(cs(r[j]) if j < len(r) else ""),
                                       cellb if ((opt.get("header", True) and i == 0) or (opt.get("labelcol") and j == 0)) else cellst)
                             for j in range(ncol)])
            widths = [w * cm for w in opt["widths"]] if opt.get("widths") else [W / ncol] * ncol
            t = RTable(data, colWidths=widths, repeatRows=1 if opt.get("header", True) else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opt.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(style.get("headbg", "#dde6f0"))))
            if opt.get("labelcol"):
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(style.get("headbg", "#dde6f0"))))
            t.setStyle(TableStyle(ts))
            story.append(t); story.append(Spacer(1, 6))
        elif k == "checks":
            for label, c in b[1]:
                story.append(Paragraph(("☒ " if c else "☐ ") + _esc(label), base))
        elif k == "sig":
            for label, v in b[1]:
                story.append(Paragraph(f"<b>{_esc(label)}:</b> " + (_esc(v) if v else "_______________________________"), base))
        elif k == "handsig":
            story.append(RImage(b[2], width=4.2 * cm, height=1.3 * cm, hAlign="LEFT"))
        elif k == "field":
            story.append(Paragraph(f"<b>{_esc(b[1])}:</b> " + (_esc(b[2]) if b[2] is not None else "[invullen]"), base))
        elif k == "pb":
            story.append(PageBreak())
    footer = ir.get("footer", "")
    header = ir.get("header", "")

    def on_page(canv, doc_):
        canv.saveState()
        canv.setFont(font, 7.5)
        if header:
            canv.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canv.drawString(2 * cm, 1.1 * cm, footer.replace("{page}", str(doc_.page)))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=ir.get("pdftitle", ""), author=style.get("author", ""),
                            creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- PDF via soffice (Word export)
def to_pdf_word(ir, path, workdir, style=None):
    base = os.path.splitext(os.path.basename(path))[0]
    tmp = os.path.join(workdir, base + ".docx")
    to_docx(ir, tmp, style)
    outdir = os.path.join(workdir, "soffice_out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(workdir, "lo_profile"),
                    "--convert-to", "pdf", "--outdir", outdir, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(os.path.join(outdir, base + ".pdf"), path)


# ---------------------------------------------------------------- scans
def to_scan(ir, path, workdir, seed, style=None, from_word=False):
    import numpy as np
    from PIL import Image, ImageFilter
    base = os.path.splitext(os.path.basename(path))[0]
    tmp = os.path.join(workdir, base + "_clean.pdf")
    if from_word:
        to_pdf_word(ir, tmp, workdir, style)
    else:
        to_pdf(ir, tmp, style)
    prefix = os.path.join(workdir, base + "_pg")
    for f in glob.glob(prefix + "*"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", tmp, prefix], check=True)
    rng = np.random.default_rng(seed)
    pages = []
    for f in sorted(glob.glob(prefix + "*.png")):
        im = Image.open(f).convert("L")
        ang = float(rng.uniform(-1.3, 1.3))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)
        # speckles
        mask = rng.random(a.shape) < 0.0015
        a[mask] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("L"))
    pages[0].save(path, "PDF", resolution=110.0, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- fillable PDF form
from reportlab.pdfgen import canvas as rcanvas


def to_fillable_pdf(form, path):
    """form: dict(title, subtitle, rows=[(label, value, height_lines)] or ('check', label, checked)
    or ('head', text), footer)"""
    c = rcanvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(form["title"])
    W, H = A4
    af = c.acroForm
    y = H - 2 * cm
    page = 1

    def newpage():
        nonlocal y, page
        c.setFont("DejaVu", 7)
        c.drawString(2 * cm, 1.1 * cm, form.get("footer", "").replace("{page}", str(page)))
        c.showPage(); page += 1
        y = H - 2 * cm

    c.setFont("DejaVu-Bold", 15); c.drawString(2 * cm, y, form["title"]); y -= 0.6 * cm
    c.setFont("DejaVu", 8.5)
    for s in form.get("subtitle", []):
        c.drawString(2 * cm, y, s); y -= 0.42 * cm
    y -= 0.3 * cm
    n = 0
    for row in form["rows"]:
        if row[0] == "head":
            if y < 4 * cm:
                newpage()
            c.setFont("DejaVu-Bold", 10.5); c.setFillColor(colors.HexColor("#7a1f1f"))
            c.drawString(2 * cm, y, row[1]); c.setFillColor(colors.black); y -= 0.55 * cm
            continue
        if row[0] == "note":
            c.setFont("DejaVu", 7.5)
            for ln in row[1].split("\n"):
                c.drawString(2 * cm, y, ln); y -= 0.36 * cm
            y -= 0.1 * cm
            continue
        if row[0] == "check":
            _, label, checked = row
            if y < 3 * cm:
                newpage()
            n += 1
            af.checkbox(name=f"cb{n}", x=2 * cm, y=y - 0.1 * cm, size=10, checked=checked, buttonStyle="cross",
                        borderWidth=0.8)
            c.setFont("DejaVu", 8.5); c.drawString(2.6 * cm, y, label); y -= 0.5 * cm
            continue
        label, value, lines = row
        h = 0.36 * cm * lines + 0.25 * cm
        if y - h < 2.5 * cm:
            newpage()
        c.setFont("DejaVu-Bold", 8.5)
        c.drawString(2 * cm, y, label)
        n += 1
        af.textfield(name=f"f{n}", tooltip=label, x=7 * cm, y=y - h + 0.35 * cm, width=W - 9 * cm, height=h,
                     value=value or "", fontName="Helvetica", fontSize=8, borderWidth=0.6,
                     fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
        y -= h + 0.15 * cm
    c.setFont("DejaVu", 7)
    c.drawString(2 * cm, 1.1 * cm, form.get("footer", "").replace("{page}", str(page)))
    c.showPage()
    c.save()
