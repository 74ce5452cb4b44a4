# -*- coding: utf-8 -*-
"""Render the block model to docx / pdf (reportlab) / fillable pdf / txt / md / scan."""
import io, os, random, math, subprocess, shutil, tempfile
from PIL import Image, ImageDraw, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def scribble(seed, w=360, h=90):
    rng = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = []
    x = 10
    while x < w - 20:
        pts.append((x, h / 2 + rng.uniform(-h / 2.6, h / 2.6)))
        x += rng.uniform(8, 22)
    d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(pts[0][0], h * .75), (pts[-1][0] * .8, h * .7)], fill=(20, 30, 110, 255), width=2)
    return img


def sig_text(v):
    """textual rendering of a signature value for non-image formats"""
    if v.startswith("§SIG§"):
        return "w.g. " + v[5:]
    if v.startswith("§IMG§"):
        return ""
    return v


# ------------------------------------------------------------------ DOCX
def write_docx(blocks, path, footer=None, header=None, seed=0):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer + "   pagina "
        r = fp.add_run()
        for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if t:
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); r._r.append(e)
            else:
                e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

    def add_sig_cell(cell, v):
        cell.text = ""
        if v.startswith("§IMG§"):
            bio = io.BytesIO(); scribble(seed + len(v)).save(bio, "PNG"); bio.seek(0)
            cell.paragraphs[0].add_run().add_picture(bio, width=Cm(3.5))
        else:
            cell.text = sig_text(v)

    def sdt(label, value):
        p = doc.add_paragraph(); p.add_run(label + " ").bold = True
        s = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias"); a.set(qn("w:val"), label); pr.append(a)
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), label.lower().replace(" ", "_")); pr.append(tg)
        if value is None:
            pr.append(OxmlElement("w:showingPlcHdr"))
        s.append(pr)
        c = OxmlElement("w:sdtContent"); pp = OxmlElement("w:p"); rr = OxmlElement("w:r")
        if value is None:
            rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col); rr.append(rpr)
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve")
        t.text = "Klik of tik om tekst in te voeren." if value is None else value
        rr.append(t); pp.append(rr); c.append(pp); s.append(c)
        p._p.addnext(s)
        # keep order: next paragraph after sdt
        return s

    last_sdt = None
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "p" and b[1] == "§SDTP§":
            sdt("Tekst", None)
        elif k in ("p", "small"):
            for para in b[1].split("\n"):
                p = doc.add_paragraph(para)
                if k == "small":
                    for r in p.runs: r.font.size = Pt(8); r.italic = True
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
            for lab, val in b[1]:
                row = t.add_row().cells
                row[0].text = lab
                row[0].paragraphs[0].runs[0].bold = True if row[0].paragraphs[0].runs else None
                if val.startswith("§"):
                    add_sig_cell(row[1], val)
                else:
                    row[1].text = val
            doc.add_paragraph()
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
            for rw in rows:
                cells = t.add_row().cells
                for i, v in enumerate(rw):
                    cells[i].text = v
            doc.add_paragraph()
        elif k == "checks":
            for ticked, lab in b[1]:
                doc.add_paragraph(("☒ " if ticked else "☐ ") + lab)
        elif k == "sig":
            t = doc.add_table(rows=0, cols=2)
            for lab, val in b[1]:
                row = t.add_row().cells
                row[0].text = lab
                if val.startswith("§"):
                    add_sig_cell(row[1], val)
                else:
                    row[1].text = val if val else "_______________________________"
            doc.add_paragraph()
        elif k == "sdt":
            # python-docx appends at end of body; we emulate by adding label paragraph then sdt after it
            sdt(b[1], b[2])
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    doc.core_properties.author = "Leerlingadministratie"
    import datetime
    doc.core_properties.created = datetime.datetime(2026, 1, 1)
    doc.core_properties.modified = datetime.datetime(2026, 1, 1)
    doc.save(path)


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/blind28_lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ reportlab PDF
_fonts_done = False


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts_done = True


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(blocks, path, footer=None, header=None, seed=0, serif=False):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RLImage
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9, fontName="DVI")
    h0 = ParagraphStyle("h0", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=10)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor("#1F3A60"))
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    story = []
    W = A4[0] - 4 * cm

    def P(t, s=base):
        return Paragraph(_esc(t).replace("\n", "<br/>"), s)

    def sigflow(v, k):
        if v.startswith("§IMG§"):
            bio = io.BytesIO(); scribble(seed * 7 + k).save(bio, "PNG"); bio.seek(0)
            return RLImage(bio, width=3.6 * cm, height=0.9 * cm)
        return P(sig_text(v) if v else "_____________________________", cell)

    tstyle = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F7"))])
    k = 0
    for b in blocks:
        kind = b[0]; k += 1
        if kind == "title": story.append(P(b[1], h0))
        elif kind == "h1": story.append(P(b[1], h1))
        elif kind == "h2": story.append(P(b[1], h2))
        elif kind == "p":
            if b[1].strip(): story.append(P(b[1]))
            else: story.append(Spacer(1, 14))
        elif kind == "small": story.append(P(b[1], small))
        elif kind == "kv":
            data = [[P(l, cellb), sigflow(v, k + i) if v.startswith("§") else P(v, cell)] for i, (l, v) in enumerate(b[1])]
            t = Table(data, colWidths=[W * .32, W * .68]); t.setStyle(tstyle); story += [t, Spacer(1, 6)]
        elif kind == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            data = [[P(h, cellb) for h in hdr]] + [[P(v, cell) for v in r] for r in rows]
            t = Table(data, colWidths=[W / n] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0"))]))
            story += [t, Spacer(1, 6)]
        elif kind == "checks":
            for ticked, lab in b[1]:
                story.append(P(("☒ " if ticked else "☐ ") + lab))
        elif kind == "sig":
            data = [[P(l, cell), sigflow(v, k + i)] for i, (l, v) in enumerate(b[1])]
            t = Table(data, colWidths=[W * .4, W * .6]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story += [t, Spacer(1, 6)]
        elif kind == "sdt":
            story.append(P(b[1] + ": " + (b[2] if b[2] is not None else "Klik of tik om tekst in te voeren.")))
        elif kind == "pb":
            story.append(PageBreak())

    def on_page(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {d.page}")
        if header:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="Leerlingvolgsysteem", producer="Leerlingvolgsysteem",
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ fillable PDF
def write_form_pdf(blocks, path, footer=None, seed=0):
    """blocks: title/h1/p/field(label, value, lines)/check(name,[(ticked,label)])/sigfield"""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import cm
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 2 * cm
    page = [1]
    fid = [0]

    def newpage():
        nonlocal y
        if footer:
            c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, f"{footer}  -  pagina {page[0]}")
        c.showPage(); page[0] += 1; y = H - 2 * cm

    def need(h):
        if y - h < 2.2 * cm:
            newpage()
    form = c.acroForm
    for b in blocks:
        k = b[0]
        if k == "title":
            need(30); c.setFont("DVB", 15); c.drawString(2 * cm, y, b[1]); y -= 26
        elif k == "h1":
            need(40); c.setFont("DVB", 11.5); c.setFillColorRGB(.1, .2, .4); c.drawString(2 * cm, y, b[1]); c.setFillColorRGB(0, 0, 0); y -= 18
        elif k in ("p", "small"):
            from reportlab.lib.utils import simpleSplit
            c.setFont("DV", 8.5 if k == "p" else 7)
            for ln in simpleSplit(b[1], "DV", 8.5, W - 4 * cm):
                need(12); c.drawString(2 * cm, y, ln); y -= 11
            y -= 4
        elif k == "field":
            lab, val, lines = b[1], b[2], b[3]
            h = 14 * lines + 6
            need(h + 14)
            c.setFont("DVB", 8.5); c.drawString(2 * cm, y, lab); y -= 4
            fid[0] += 1
            form.textfield(name=f"f{fid[0]}", tooltip=lab, x=2 * cm, y=y - h, width=W - 4 * cm, height=h,
                           value=val, fontName="Helvetica", fontSize=8.5,
                           fieldFlags="multiline" if lines > 1 else "", borderColor=None, forceBorder=True)
            y -= h + 10
        elif k == "check":
            for ticked, lab in b[1]:
                need(16); fid[0] += 1
                form.checkbox(name=f"cb{fid[0]}", tooltip=lab, x=2 * cm, y=y - 10, size=11, checked=ticked, buttonStyle="cross")
                c.setFont("DV", 8.5); c.drawString(2 * cm + 16, y - 8, lab); y -= 16
            y -= 4
    if footer:
        c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, f"{footer}  -  pagina {page[0]}")
    c.save()
    from pypdf import PdfWriter, PdfReader
    wr = PdfWriter(clone_from=PdfReader(path))
    wr.set_need_appearances_writer(True)
    with open(path, "wb") as fh:
        wr.write(fh)


# ------------------------------------------------------------------ text / md
def to_text(blocks, md=False, footer=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title": out.append(("# " if md else "") + b[1] + ("" if md else "\n" + "=" * len(b[1])))
        elif k == "h1": out.append(("## " if md else "") + b[1] + ("" if md else "\n" + "-" * len(b[1])))
        elif k == "h2": out.append(("### " if md else "") + b[1])
        elif k in ("p", "small"): out.append(b[1])
        elif k in ("kv", "sig"):
            if md and k == "kv":
                out.append("| | |\n|---|---|\n" + "\n".join(f"| **{l}** | {sig_text(v) if v else ''} |" for l, v in b[1]))
            else:
                out.append("\n".join(f"{l}: {sig_text(v) if v else '____________________'}" for l, v in b[1]))
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                s = "| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n"
                s += "\n".join("| " + " | ".join(v.replace("\n", " ") for v in r) + " |" for r in rows)
                out.append(s)
            else:
                s = []
                for r in rows:
                    s.append("\n".join(f"  {h}: {v}" for h, v in zip(hdr, r)))
                out.append("\n\n".join(s))
        elif k == "checks": out.append("\n".join(("[x] " if t else "[ ] ") + l for t, l in b[1]))
        elif k == "sdt": out.append(f"{b[1]}: {b[2] if b[2] is not None else ''}")
        elif k == "pb": out.append("" if md else "\f")
    if footer:
        out.append(("---\n" if md else "") + footer)
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ scan
def make_scan(pdf_in, pdf_out, seed):
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="b28scan")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_in, os.path.join(tmp, "pg")], check=True)
    pages = []
    for fn in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        ang = rng.uniform(-1.3, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        r2 = random.Random(seed * 31 + len(pages))
        for _ in range(int(w * h * 0.004)):
            x, y = r2.randrange(w), r2.randrange(h)
            px[x, y] = r2.choice([0, 60, 200])
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: min(255, int(v * 0.93 + 14)))
        pages.append(im.convert("RGB"))
    pages[0].save(pdf_out, save_all=True, append_images=pages[1:], resolution=150)
    shutil.rmtree(tmp)
