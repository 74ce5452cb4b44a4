"""Renderers: DOCX (python-docx, incl. content controls), PDF (reportlab), fillable PDF form, TXT, MD, scans."""
import copy
import io
import math
import os
import random
import subprocess
import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.pdfgen import canvas as rl_canvas

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for nm, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
              ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"), ("DVSI", "DejaVuSerif-Italic.ttf"),
              ("DVM", "DejaVuSansMono.ttf"), ("DVMB", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FONTDIR + f))

FIXED_DT = dt.datetime(2026, 12, 5, 12, 0, 0)
TICK = {True: "☒", False: "☐"}


# ============================================================== DOCX
def _sdt_text(paragraph, placeholder):
    """Append a plain-text content control that still shows Word's prompt."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "Tekst")
    ph = OxmlElement("w:showingPlcHdr")
    txt = OxmlElement("w:text")
    pr.append(alias); pr.append(ph); pr.append(txt)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    t = OxmlElement("w:t"); t.text = placeholder
    r.append(rpr); r.append(t); content.append(r)
    sdt.append(pr); sdt.append(content)
    paragraph._p.append(sdt)


def _sdt_checkbox(paragraph, checked):
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox") if False else None
    from lxml import etree
    cbx = etree.SubElement(pr, "{%s}checkbox" % W14)
    chk = etree.SubElement(cbx, "{%s}checked" % W14); chk.set("{%s}val" % W14, "1" if checked else "0")
    cs = etree.SubElement(cbx, "{%s}checkedState" % W14); cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic")
    us = etree.SubElement(cbx, "{%s}uncheckedState" % W14); us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic")
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t"); t.text = TICK[checked]
    r.append(t); content.append(r)
    sdt.append(pr); sdt.append(content)
    paragraph._p.append(sdt)


def _add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def to_docx(doc_spec, path, controls=False, accent="1F4E79"):
    d = Document()
    cp = d.core_properties
    cp.author = "Intern begeleider"; cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.last_modified_by = "school"
    st = d.styles["Normal"]
    st.font.name = "Calibri" if doc_spec.get("font") != "serif" else "Cambria"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if doc_spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        parts = doc_spec["footer"].split("{page}")
        fp.add_run(parts[0]).font.size = Pt(8)
        if len(parts) > 1:
            _add_page_field(fp)
            fp.add_run(parts[1]).font.size = Pt(8)
    for blk in doc_spec["blocks"]:
        t = blk[0]
        if t == "title":
            p = d.add_heading(blk[1], level=0)
        elif t == "sub":
            p = d.add_paragraph(); r = p.add_run(blk[1]); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif t in ("h1", "h2"):
            d.add_heading(blk[1], level=1 if t == "h1" else 2)
        elif t == "p":
            lines = blk[1].split("\n")
            p = d.add_paragraph(lines[0])
            for ln in lines[1:]:
                p.add_run().add_break(); p.add_run(ln)
        elif t == "i":
            p = d.add_paragraph(); r = p.add_run(blk[1]); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif t == "ctrl":
            p = d.add_paragraph(); _sdt_text(p, blk[1])
        elif t == "kv":
            if not blk[1]:
                continue
            tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in blk[1]:
                row = tb.add_row().cells
                row[0].text = k; row[0].paragraphs[0].runs[0].bold = True; _shade(row[0], "DEEAF6")
                row[1].text = v
                row[0].width = Cm(5); row[1].width = Cm(11.5)
            d.add_paragraph()
        elif t == "table":
            hdr, rows = blk[1], blk[2]
            ncol = len(hdr) if hdr else len(rows[0])
            tb = d.add_table(rows=0, cols=ncol); tb.style = "Table Grid"
            if hdr:
                cells = tb.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = h; cells[i].paragraphs[0].runs[0].bold = True; _shade(cells[i], accent)
                    cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for rw in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(rw):
                    if v == "§SIG§":
                        cells[i].text = "w.g."
                    else:
                        cells[i].text = v
            d.add_paragraph()
        elif t == "checks":
            p = d.add_paragraph()
            if blk[1]:
                p.add_run(blk[1] + " ").bold = True
            for opt, ticked in blk[2]:
                if controls:
                    _sdt_checkbox(p, ticked)
                    p.add_run(f" {opt}    ")
                else:
                    p.add_run(f"{TICK[ticked]} {opt}    ")
        elif t == "sig":
            who, signed, date = blk[1], blk[2], blk[3]
            p = d.add_paragraph()
            p.add_run(f"Naam: {who}\n")
            p.add_run("Handtekening: " + ("w.g." if signed else "______________________") + "      ")
            p.add_run("Datum: " + (date if date else "____________"))
        elif t == "pb":
            d.add_page_break()
    bio = io.BytesIO()
    d.save(bio)
    _normalise_zip(bio.getvalue(), path)


def _normalise_zip(data, path):
    """Rewrite the OOXML zip with fixed timestamps so the output is byte-for-byte reproducible."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 5, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


# ============================================================== reportlab PDF
class Scribble(Flowable):
    def __init__(self, seed, w=3.2 * cm, h=0.9 * cm):
        super().__init__()
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(0.9)
        p = c.beginPath()
        x, y = 2, self.height * 0.4
        p.moveTo(x, y)
        for i in range(6):
            x2 = x + r.uniform(8, 16)
            p.curveTo(x + r.uniform(-4, 10), y + r.uniform(6, 16), x2 + r.uniform(-10, 4), y - r.uniform(4, 12),
                      x2, y + r.uniform(-3, 3))
            x = x2
        c.drawPath(p, stroke=1, fill=0)
        c.line(4, 3, self.width - 6, 5 + r.uniform(-2, 2))


FONTS = {"sans": ("DV", "DVB", "DVI"), "serif": ("DVS", "DVSB", "DVSI"), "mono": ("DVM", "DVMB", "DVM")}


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(doc_spec, path, seed=1, accent="#1F4E79"):
    reg, bold, ital = FONTS[doc_spec.get("font", "sans")]
    size = 9 if doc_spec.get("font") == "mono" else 10
    S = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.35, spaceAfter=4),
        "i": ParagraphStyle("i", fontName=ital, fontSize=size, leading=size * 1.35, textColor=colors.grey, spaceAfter=4),
        "title": ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=8, textColor=colors.HexColor(accent)),
        "sub": ParagraphStyle("s", fontName=reg, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"), spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor(accent)),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    story = []
    W = A4[0] - 4 * cm
    sigseed = [seed]

    def cell(v, st="cell"):
        if v == "§SIG§":
            sigseed[0] += 1
            return Scribble(sigseed[0])
        return Paragraph(_esc(v), S[st])
    for blk in doc_spec["blocks"]:
        t = blk[0]
        if t in ("title", "sub", "h1", "h2", "p", "i"):
            story.append(Paragraph(_esc(blk[1]) if blk[1] else "&nbsp;", S[t]))
        elif t == "ctrl":
            story.append(Paragraph(_esc(blk[1]), S["i"]))
        elif t == "kv":
            if not blk[1]:
                continue
            data = [[cell(k, "cellb"), cell(v)] for k, v in blk[1]]
            tb = Table(data, colWidths=[W * 0.3, W * 0.7])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EAF1F8"))]))
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            hdr, rows = blk[1], blk[2]
            ncol = len(hdr) if hdr else len(rows[0])
            data = ([[cell(h, "cellb") for h in hdr]] if hdr else []) + [[cell(v) for v in r] for r in rows]
            tb = Table(data, colWidths=[W / ncol] * ncol, repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
            tb.setStyle(TableStyle(sty))
            story += [tb, Spacer(1, 6)]
        elif t == "checks":
            txt = (f"<b>{_esc(blk[1])}</b> " if blk[1] else "") + "&nbsp;&nbsp;&nbsp;".join(f"{TICK[tk]} {_esc(o)}" for o, tk in blk[2])
            story.append(Paragraph(txt, S["p"]))
        elif t == "sig":
            who, signed, date = blk[1], blk[2], blk[3]
            sigseed[0] += 1
            data = [[Paragraph(_esc(who), S["cell"]), Scribble(sigseed[0]) if signed else Paragraph("", S["cell"]),
                     Paragraph("Datum: " + (date or ""), S["cell"])]]
            tb = Table(data, colWidths=[W * 0.4, W * 0.35, W * 0.25])
            tb.setStyle(TableStyle([("LINEBELOW", (1, 0), (2, 0), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story += [tb, Spacer(1, 8)]
        elif t == "pb":
            story.append(PageBreak())
    footer = doc_spec.get("footer", "")

    def on_page(cv, docx_):
        cv.saveState()
        cv.setFont(reg, 7.5)
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(docx_.page)))
        cv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title="", author="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ============================================================== fillable form
def to_form(spec, path, title="Beknopt OPP"):
    rows = spec["rows"]
    k = spec["consent"]
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    W, H = A4
    y = H - 2 * cm
    c.setFont("DVB", 16); c.drawString(2 * cm, y, title); y -= 14
    c.setFont("DV", 8.5); c.drawString(2 * cm, y, "Invulbaar formulier – sla op na invullen. Vul alle velden in."); y -= 18
    form = c.acroForm
    idx = [0]

    def field(label, value, h):
        nonlocal y
        if y - h < 2.5 * cm:
            c.showPage(); y = H - 2 * cm
        c.setFont("DVB", 8.5)
        tl = c.beginText(2 * cm, y - 10); tl.setFont("DVB", 8.5)
        for ln in _wrap(label, 22):
            tl.textLine(ln)
        c.drawText(tl)
        idx[0] += 1
        value = _latin("\n".join(_wrap(value, 92)) if value else "")
        form.textfield(name=f"veld{idx[0]:02d}", tooltip=label, x=6.2 * cm, y=y - h, width=W - 8.2 * cm, height=h,
                       value=value, fontName="Helvetica", fontSize=7.5, borderColor=colors.grey, fillColor=colors.HexColor("#F4F8FC"),
                       fieldFlags="multiline" if h > 20 else "", forceBorder=True)
        y -= h + 6
    for label, value in rows:
        lines = max(1, len(_wrap(value, 92)) if value else 1)
        field(label, value, max(16, lines * 9.5 + 6))
    # consent as checkboxes
    if y < 6 * cm:
        c.showPage(); y = H - 2 * cm
    c.setFont("DVB", 10); c.drawString(2 * cm, y - 12, "Instemming ouders met het handelingsdeel"); y -= 30
    if k is not None and k["mode"] != "avg_only":
        t = k["tick"]
        for i, (lab, on) in enumerate([("Akkoord", t == "akkoord"), ("Niet akkoord", t == "niet"), ("Gedeeltelijk akkoord", t == "deels")]):
            form.checkbox(name=f"instemming_{i}", x=2 * cm + i * 5 * cm, y=y, size=11, checked=on, buttonStyle="cross")
            c.setFont("DV", 9); c.drawString(2 * cm + i * 5 * cm + 15, y + 2, lab)
        y -= 22
        if k["note"]:
            field("Toelichting", k["note"], 26)
        for j, (who, s, d) in enumerate(k["lines"]):
            field(f"Naam {'ouder' if 'school' not in who else 'school'}", who, 16)
            field("Handtekening (naam)", who.split(" (")[0] if s else "", 16)
            field("Datum", d, 16)
    c.showPage()
    c.save()


def _latin(s):
    for a, b in {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "☒": "[x]", "☐": "[ ]", "·": "-"}.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def _wrap(s, n):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > n:
            out.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


# ============================================================== text / markdown
def to_txt(spec, path):
    L = []
    for blk in spec["blocks"]:
        t = blk[0]
        if t == "title":
            L += ["", blk[1].upper(), "=" * len(blk[1]), ""]
        elif t == "sub":
            L += [blk[1], ""]
        elif t == "h1":
            L += ["", blk[1], "-" * len(blk[1])]
        elif t == "h2":
            L += ["", blk[1]]
        elif t in ("p", "i", "ctrl"):
            L += [blk[1], ""] if blk[1] else [""]
        elif t == "kv":
            for k, v in blk[1]:
                L.append(f"{k}: {v}")
            L.append("")
        elif t == "table":
            hdr, rows = blk[1], blk[2]
            if hdr:
                L.append(" | ".join(hdr))
                L.append("-" * 60)
            for r in rows:
                L.append(" | ".join("w.g." if v == "§SIG§" else v for v in r))
            L.append("")
        elif t == "checks":
            L.append((blk[1] + " " if blk[1] else "") + "   ".join(f"[{'X' if tk else ' '}] {o}" for o, tk in blk[2]))
        elif t == "sig":
            L += [f"Naam: {blk[1]}", "Handtekening: " + ("w.g." if blk[2] else "____________________"),
                  "Datum: " + (blk[3] or "__________"), ""]
    if spec.get("footer"):
        L += ["", "--", spec["footer"].replace("{page}", "1")]
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def to_md(spec, path):
    L = []
    for blk in spec["blocks"]:
        t = blk[0]
        if t == "title":
            L += [f"# {blk[1]}", ""]
        elif t == "sub":
            L += [f"*{blk[1]}*", ""]
        elif t == "h1":
            L += [f"## {blk[1]}", ""]
        elif t == "h2":
            L += [f"### {blk[1]}", ""]
        elif t in ("p", "ctrl"):
            L += [blk[1], ""]
        elif t == "i":
            L += [f"_{blk[1]}_", ""]
        elif t == "kv":
            L += ["| | |", "|---|---|"] + [f"| **{k}** | {v} |" for k, v in blk[1]] + [""]
        elif t == "table":
            hdr, rows = blk[1], blk[2]
            hdr = hdr or [""] * len(rows[0])
            L += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            L += ["| " + " | ".join("w.g." if v == "§SIG§" else v for v in r) + " |" for r in rows] + [""]
        elif t == "checks":
            if blk[1]:
                L.append(f"**{blk[1]}**")
            L += [f"- [{'x' if tk else ' '}] {o}" for o, tk in blk[2]] + [""]
        elif t == "sig":
            L += [f"Naam: {blk[1]}  ", "Handtekening: " + ("w.g." if blk[2] else "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_") + "  ",
                  "Datum: " + (blk[3] or "\\_\\_\\_\\_\\_\\_"), ""]
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


# ============================================================== scans
def to_scan(src_pdf, out_pdf, seed, tmpdir, dpi=150):
    from PIL import Image, ImageFilter
    import numpy as np
    r = random.Random(seed)
    base = os.path.join(tmpdir, f"scan{seed}")
    subprocess.run(["nice", "pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith(f"scan{seed}-") and f.endswith(".png"))
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = r.uniform(-1.3, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.5, 0.9)))
        a = np.asarray(im).astype(np.float32)
        rng = np.random.default_rng(seed)
        a = a * 0.93 + 8 + rng.normal(0, 6, a.shape)
        # speckles
        sp = rng.random(a.shape) < 0.0008
        a[sp] = 40
        # darker edge (scanner lid shadow)
        a[:, :6] *= 0.6
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        imgs.append(im)
    # JPEG-compress each page then wrap into an image-only PDF
    jpgs = []
    for im in imgs:
        bio = io.BytesIO(); im.save(bio, "JPEG", quality=60); bio.seek(0)
        jpgs.append(Image.open(bio))
    jpgs[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=jpgs[1:],
                 creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="ScanSnap Manager")
    for f in pages:
        os.remove(os.path.join(tmpdir, f))
