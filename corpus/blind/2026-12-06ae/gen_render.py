# -*- coding: utf-8 -*-
"""Renderers: abstract block list -> DOCX (python-docx), PDF (reportlab), TXT; images for scans."""
import random
import subprocess
import os
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Image as RLImage, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

BOX_ON, BOX_OFF = "\u2612", "\u2610"


# ---------------------------------------------------------------- signatures / scanned pages
def scribble(path, seed, w=360, h=110):
    rng = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x, y = 15, h * 0.6
    pts = []
    n = rng.randint(5, 9)
    for i in range(n * 12):
        t = i / 12.0
        x = 15 + (w - 40) * i / (n * 12)
        y = h * 0.55 + 28 * np.sin(t * rng.uniform(2.2, 3.4) + rng.random()) * rng.uniform(0.6, 1.0) \
            - 12 * np.sin(t * 7.1)
        pts.append((x, y))
    d.line(pts, fill=20, width=3)
    d.line([(20, h * 0.8), (w * rng.uniform(0.5, 0.9), h * 0.75)], fill=30, width=2)
    im.save(path)
    return path


def _font(size, kind="DejaVuSans.ttf"):
    return ImageFont.truetype(FD + kind, size)


def degrade(im, seed, angle=None, noise=14):
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    ang = angle if angle is not None else r.uniform(-1.3, 1.3)
    im = im.convert("L").rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=245)
    a = np.asarray(im).astype(np.float32)
    a = a * 0.93 + 12 + rng.normal(0, noise, a.shape)
    speck = rng.random(a.shape) < 0.0008
    a[speck] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))


def signature_page_image(path, seed, title, lines, rows, dpi=110):
    """rows: list of (label, name, date or '', signed bool, extra text)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    f = _font(int(dpi * 0.15))
    fb = _font(int(dpi * 0.19), "DejaVuSans-Bold.ttf")
    fh = _font(int(dpi * 0.2), "DejaVuSerif-Italic.ttf") if os.path.exists(FD + "DejaVuSerif-Italic.ttf") else f
    y = int(dpi * 0.9)
    x0 = int(dpi * 0.9)
    d.text((x0, y), title, font=fb, fill=0)
    y += int(dpi * 0.5)
    for ln in lines:
        d.text((x0, y), ln, font=f, fill=0)
        y += int(dpi * 0.26)
    y += int(dpi * 0.3)
    rng = random.Random(seed)
    for i, (lab, name, date, signed, extra) in enumerate(rows):
        d.text((x0, y), lab, font=fb, fill=0)
        y += int(dpi * 0.3)
        d.text((x0, y), "Naam: " + name, font=f, fill=0)
        d.text((x0 + int(dpi * 3.6), y), "Datum:", font=f, fill=0)
        d.line([(x0 + int(dpi * 4.3), y + int(dpi * .2)), (x0 + int(dpi * 6.2), y + int(dpi * .2))], fill=0, width=1)
        if date:
            d.text((x0 + int(dpi * 4.4), y - int(dpi * 0.08)), date, font=fh, fill=25)
        y += int(dpi * 0.45)
        d.text((x0, y), "Handtekening:", font=f, fill=0)
        d.line([(x0 + int(dpi * 1.4), y + int(dpi * .55)), (x0 + int(dpi * 4.2), y + int(dpi * .55))], fill=0, width=1)
        if signed:
            sp = path + f".s{i}.png"
            scribble(sp, seed * 31 + i, w=int(dpi * 2.6), h=int(dpi * 0.75))
            s = Image.open(sp)
            im.paste(s, (x0 + int(dpi * 1.5), y - int(dpi * 0.15)), Image.eval(s, lambda v: 255 - v))
            os.remove(sp)
        if extra:
            d.text((x0 + int(dpi * 4.4), y + int(dpi * 0.2)), extra, font=fh, fill=25)
        y += int(dpi * 1.0)
    im = degrade(im, seed)
    im.save(path)
    return path


# ---------------------------------------------------------------- DOCX
def _set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = parse_xml('<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="true"/>')
    trPr.append(el)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _sdt_checkbox(par, checked):
    ch = BOX_ON if checked else BOX_OFF
    xml = (f'<w:sdt {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def _sdt_placeholder(par, text):
    xml = (f'<w:sdt {W14}><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
           '<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
           f'<w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def _add_field(run, instr):
    r = run._r
    r.append(parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="begin"/>'))
    r.append(parse_xml(f'<w:instrText xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xml:space="preserve"> {instr} </w:instrText>'))
    r.append(parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="separate"/>'))
    t = parse_xml('<w:t xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">1</w:t>')
    r.append(t)
    r.append(parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="end"/>'))


def _docx_checks(par, checks, sdt, sep="   "):
    for i, (on, lab) in enumerate(checks):
        if i:
            par.add_run(sep)
        if sdt:
            _sdt_checkbox(par, on)
        else:
            r = par.add_run(BOX_ON if on else BOX_OFF)
            r.font.name = "DejaVu Sans"
        par.add_run(" " + lab)


def _docx_cell(cell, val, sdt, bold=False, size=9):
    cell.text = ""
    items = val if isinstance(val, list) else [val]
    first = True
    for it in items:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(it, tuple) and it[0] == "img":
            par.add_run().add_picture(it[1], width=Cm(it[2]))
        elif isinstance(it, tuple) and it[0] == "checks":
            _docx_checks(par, it[1], sdt)
        elif isinstance(it, tuple) and it[0] == "plchdr":
            _sdt_placeholder(par, it[1])
        else:
            r = par.add_run(str(it))
            r.bold = bold
            r.font.size = Pt(size)
        for r in par.runs:
            if r.font.size is None:
                r.font.size = Pt(size)


def render_docx(doc, path, sdt=False, font="Liberation Sans"):
    D = Document()
    st = D.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(doc.get("fontsize", 10))
    sec = D.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = doc["header"]
        hp.runs[0].font.size = Pt(8)
        hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run((doc.get("footer") or "") + "   pagina ")
    r.font.size = Pt(8)
    _add_field(fp.add_run(), "PAGE")
    fp.add_run(" van ").font.size = Pt(8)
    _add_field(fp.add_run(), "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = D.add_heading(b[1], 0)
        elif k == "sub":
            p = D.add_paragraph()
            rr = p.add_run(b[1]); rr.italic = True
        elif k == "h1":
            D.add_heading(b[1], 1)
        elif k == "h2":
            D.add_heading(b[1], 2)
        elif k == "p":
            D.add_paragraph(b[1])
        elif k == "pi":
            p = D.add_paragraph(); rr = p.add_run(b[1]); rr.italic = True
            rr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        elif k == "bullets":
            for x in b[1]:
                D.add_paragraph(x, style="List Bullet")
        elif k == "checks":
            p = D.add_paragraph()
            if b[2] if len(b) > 2 else True:
                _docx_checks(p, b[1], sdt)
            else:
                for i, (on, lab) in enumerate(b[1]):
                    if i:
                        p = D.add_paragraph()
                    _docx_checks(p, [(on, lab)], sdt)
        elif k == "plchdr":
            p = D.add_paragraph()
            if sdt:
                _sdt_placeholder(p, b[1])
            else:
                rr = p.add_run(b[1]); rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif k == "table":
            header, rows = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            ncol = len(header) if header else max(len(r) for r in rows)
            t = D.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for i, h in enumerate(header):
                    _docx_cell(cells[i], h, sdt, bold=True)
                    _shade(cells[i], opts.get("shade", "D9E2F3"))
                _set_repeat_header(t.rows[0])
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    _docx_cell(cells[i], v, sdt, bold=(i == 0 and opts.get("keybold", False)))
                    if i == 0 and opts.get("keyshade"):
                        _shade(cells[i], opts["keyshade"])
            if opts.get("widths"):
                tot = 17.0
                for row in t.rows:
                    for i, c in enumerate(row.cells):
                        c.width = Cm(tot * opts["widths"][i])
            D.add_paragraph()
        elif k == "pb":
            D.add_page_break()
        elif k == "img":
            D.add_paragraph().add_run().add_picture(b[1], width=Cm(b[2]))
        elif k == "stamp":
            t = D.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            _shade(c, "EEF5EA")
            c.text = ""
            for i, ln in enumerate(b[1]):
                par = c.paragraphs[0] if i == 0 else c.add_paragraph()
                rr = par.add_run(ln); rr.font.size = Pt(8.5); rr.bold = (i == 0)
            D.add_paragraph()
    D.core_properties.author = doc.get("author", "")
    D.core_properties.title = doc.get("doctitle", "")
    import datetime
    D.core_properties.created = datetime.datetime(2025, 1, 1)
    D.core_properties.modified = datetime.datetime(2025, 1, 1)
    D.core_properties.last_modified_by = doc.get("author", "")
    D.core_properties.revision = 1
    D.save(path)


# ---------------------------------------------------------------- reportlab
def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


STY = {
    "title": ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
    "sub": ParagraphStyle("s", fontName="DVI", fontSize=10, leading=13, spaceAfter=8, textColor=colors.HexColor("#444444")),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5, textColor=colors.HexColor("#1F3864")),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13, spaceAfter=4),
    "pi": ParagraphStyle("pi", fontName="DVI", fontSize=9, leading=12, spaceAfter=4, textColor=colors.HexColor("#777777")),
    "cell": ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=11),
    "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=11),
    "stamp": ParagraphStyle("st", fontName="DV", fontSize=8.5, leading=11),
}


def _rl_checks(checks):
    return "&nbsp;&nbsp;&nbsp;".join(f"{BOX_ON if on else BOX_OFF} {_esc(l)}" for on, l in checks)


def _rl_cell(v, bold=False):
    items = v if isinstance(v, list) else [v]
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "img":
            im = Image.open(it[1])
            w = it[2] * cm
            out.append(RLImage(it[1], width=w, height=w * im.size[1] / im.size[0]))
        elif isinstance(it, tuple) and it[0] == "checks":
            out.append(Paragraph(_rl_checks(it[1]), STY["cell"]))
        elif isinstance(it, tuple) and it[0] == "plchdr":
            out.append(Paragraph(f'<font color="#808080">{_esc(it[1])}</font>', STY["cell"]))
        else:
            out.append(Paragraph(_esc(it), STY["cellb" if bold else "cell"]))
    return out if len(out) != 1 else out[0]


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("DV", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"{self._footer_text}   pagina {self._pageNumber} van {n}")
            super().showPage()
        super().save()


def render_pdf(doc, path):
    footer = doc.get("footer") or ""
    pheader = doc.get("header") or ""

    def canvasmaker(*a, **k):
        k["invariant"] = 1
        c = NumberedCanvas(*a, **k)
        c._footer_text = footer
        return c

    def onpage(c, d):
        if pheader:
            c.setFont("DV", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(2 * cm, A4[1] - 1.2 * cm, pheader)
            c.setStrokeColor(colors.HexColor("#999999"))
            c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)

    bd = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                         bottomMargin=1.8 * cm, title=doc.get("doctitle", ""), author=doc.get("author", ""),
                         creator="", producer="")
    fr = Frame(bd.leftMargin, bd.bottomMargin, bd.width, bd.height, id="f")
    bd.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=onpage)])
    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "pi"):
            story.append(Paragraph(_esc(b[1]), STY[k]))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + _esc(x), ParagraphStyle("b", parent=STY["p"], leftIndent=12, firstLineIndent=-8)))
        elif k == "checks":
            inline = b[2] if len(b) > 2 else True
            if inline:
                story.append(Paragraph(_rl_checks(b[1]), STY["p"]))
            else:
                for on, l in b[1]:
                    story.append(Paragraph(_rl_checks([(on, l)]), STY["p"]))
        elif k == "plchdr":
            story.append(Paragraph(f'<font color="#808080">{_esc(b[1])}</font>', STY["p"]))
        elif k == "table":
            header, rows = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            data = []
            if header:
                data.append([_rl_cell(h, bold=True) for h in header])
            for r in rows:
                data.append([_rl_cell(v, bold=(i == 0 and opts.get("keybold", False))) for i, v in enumerate(r)])
            ncol = len(data[0])
            ws = opts.get("widths") or [1.0 / ncol] * ncol
            t = Table(data, colWidths=[bd.width * w for w in ws], repeatRows=1 if header else 0, splitByRow=1)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + opts.get("shade", "D9E2F3"))))
            if opts.get("keyshade"):
                ts.append(("BACKGROUND", (0, 1 if header else 0), (0, -1), colors.HexColor("#" + opts["keyshade"])))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "img":
            im = Image.open(b[1])
            w = b[2] * cm
            h = w * im.size[1] / im.size[0]
            if h > bd.height:
                h = bd.height - 2
                w = h * im.size[0] / im.size[1]
            story.append(RLImage(b[1], width=w, height=h))
        elif k == "stamp":
            inner = [Paragraph(("<b>%s</b>" % _esc(l)) if i == 0 else _esc(l), STY["stamp"]) for i, l in enumerate(b[1])]
            t = Table([[inner]], colWidths=[bd.width * 0.75])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#3A7D44")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF5EA"))]))
            story.append(t)
            story.append(Spacer(1, 8))
    bd.build(story, canvasmaker=canvasmaker)


# ---------------------------------------------------------------- TXT
def _txt_cell(v):
    items = v if isinstance(v, list) else [v]
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "img":
            continue
        if isinstance(it, tuple) and it[0] == "checks":
            out.append("  ".join(f"[{'x' if on else ' '}] {l}" for on, l in it[1]))
        elif isinstance(it, tuple) and it[0] == "plchdr":
            out.append(it[1])
        else:
            out.append(str(it))
    return " / ".join(x for x in out if x)


def render_txt(doc, path):
    L = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            L += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub":
            L += [b[1], ""]
        elif k == "h1":
            L += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            L += ["", b[1] + ":"]
        elif k in ("p", "pi", "plchdr"):
            L += [b[1], ""]
        elif k == "bullets":
            L += ["  - " + x for x in b[1]] + [""]
        elif k == "checks":
            L += ["  ".join(f"[{'x' if on else ' '}] {l}" for on, l in b[1]), ""]
        elif k == "table":
            header, rows = b[1], b[2]
            if header:
                L.append(" | ".join(_txt_cell(h) for h in header))
                L.append("-" * 60)
            for r in rows:
                L.append(" | ".join(_txt_cell(v) for v in r))
            L.append("")
        elif k == "pb":
            L += ["", ""]
        elif k == "stamp":
            L += ["+" + "-" * 70] + ["| " + l for l in b[1]] + ["+" + "-" * 70, ""]
    if doc.get("footer"):
        L += ["", doc["footer"]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- scans
def pdf_to_scan(src_pdf, dst_pdf, seed, workdir, dpi=110):
    base = os.path.join(workdir, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(workdir) if p.startswith(f"scan{seed}-") and p.endswith(".png"))
    ims = []
    for i, p in enumerate(pages):
        im = Image.open(os.path.join(workdir, p))
        ims.append(degrade(im, seed * 100 + i).convert("L"))
        os.remove(os.path.join(workdir, p))
    import datetime
    import time as _t
    fixed = _t.gmtime(1764579600)  # fixed constant, not the clock
    ims[0].save(dst_pdf, save_all=True, append_images=ims[1:], resolution=dpi, creationDate=fixed, modDate=fixed,
                producer="KM-C3350 scan", title="Scan")
    return len(ims)
