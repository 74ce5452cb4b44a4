# -*- coding: utf-8 -*-
"""Renderers: block model -> docx / pdf (reportlab) / txt / md; form pdf; form docx; scans."""
import os, io, zlib, random, math, copy, datetime, subprocess
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2026, 12, 1, 9, 0, 0)


def normalize_zip(path):
    """Rewrite a zip (docx) with fixed timestamps and order so output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def scribble(seed, path):
    r = random.Random(zlib.crc32(seed.encode()))
    im = Image.new("RGBA", (360, 90), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pts = []
    x = 10
    while x < 340:
        pts.append((x, 45 + r.randint(-30, 30)))
        x += r.randint(8, 22)
    for i in range(len(pts) - 1):
        a, b = pts[i], pts[i + 1]
        for t in range(12):
            u = t / 12
            p = (a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u + 6 * math.sin(u * math.pi))
            dr.ellipse([p[0] - 1.6, p[1] - 1.6, p[0] + 1.6, p[1] + 1.6], fill=(20, 30, 120, 255))
    im.save(path)
    return path


# ------------------------------------------------------------------ DOCX
def to_docx(blocks, path, build, doc_id):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "school"
    cp.author = "school"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    for blk in blocks:
        t = blk[0]
        if t == "title":
            d.add_heading(blk[1], 0)
        elif t == "sub":
            p = d.add_paragraph()
            p.add_run(blk[1]).italic = True
        elif t == "h1":
            d.add_heading(blk[1], 1)
        elif t == "h2":
            d.add_heading(blk[1], 2)
        elif t == "p":
            for k, para in enumerate(blk[1].split("\n")):
                d.add_paragraph(para)
        elif t == "i":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
        elif t == "bul":
            for it in blk[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "num":
            for it in blk[1]:
                d.add_paragraph(it, style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in blk[1]:
                row = tb.add_row().cells
                row[0].text = k
                row[1].text = v
                for r in row[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph()
        elif t == "table":
            rows = blk[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = tb.add_row().cells
                for j, v in enumerate(row):
                    lines = v.split("\n")
                    cells[j].text = lines[0]
                    for ln in lines[1:]:
                        cells[j].add_paragraph(ln)
                    if i == 0 and blk[2]:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif t == "sig":
            _, label, name, date, scr = blk
            p = d.add_paragraph()
            p.add_run(label + ": ").bold = True
            if name:
                p.add_run(name + "  ")
                if scr:
                    img = scribble(name + doc_id, os.path.join(build, f"sig_{doc_id}_{zlib.crc32(name.encode())}.png"))
                    p.add_run().add_picture(img, width=Cm(3.2))
            elif scr:
                img = scribble(label + doc_id, os.path.join(build, f"sig_{doc_id}_x.png"))
                p.add_run().add_picture(img, width=Cm(3.2))
            else:
                p.add_run("______________________________")
            p.add_run("    Datum: " + (date if date else "____________"))
        elif t == "header":
            sec.header.paragraphs[0].text = blk[1]
        elif t == "footer":
            sec.footer.paragraphs[0].text = blk[1]
        elif t == "pb":
            d.add_page_break()
    d.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ PDF (reportlab)
def _rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        pdfmetrics.registerFont(TTFont("DVI", FONTI))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(blocks, path, build, doc_id, style="plain"):
    _rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, Image as RLImage
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=4)
    ital = ParagraphStyle("i", parent=base, fontName="DVI", textColor=colors.HexColor("#555555"))
    h0 = ParagraphStyle("h0", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=8,
                        textColor=colors.HexColor("#1f4e79") if style != "plain" else colors.black)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6)
    cell = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11.5, spaceAfter=0)
    header = [None]
    footer = [None]
    story = []
    for blk in blocks:
        t = blk[0]
        if t == "title":
            story.append(Paragraph(esc(blk[1]), h0))
        elif t == "sub":
            story.append(Paragraph(esc(blk[1]), ital))
        elif t == "h1":
            story.append(Paragraph(esc(blk[1]), h1))
        elif t == "h2":
            story.append(Paragraph(esc(blk[1]), h2))
        elif t == "p":
            story.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), base))
        elif t == "i":
            story.append(Paragraph(esc(blk[1]), ital))
        elif t in ("bul", "num"):
            story.append(ListFlowable([ListItem(Paragraph(esc(i), base), leftIndent=12) for i in blk[1]],
                                      bulletType="bullet" if t == "bul" else "1", start="•" if t == "bul" else None,
                                      bulletFontName="DV", leftIndent=14))
        elif t in ("kv", "table"):
            rows = blk[1] if t == "table" else [[k, v] for k, v in blk[1]]
            data = [[Paragraph(esc(c).replace("\n", "<br/>"), cell) for c in r] for r in rows]
            n = len(rows[0])
            w = [4.5 * cm, 12 * cm] if n == 2 else [16.5 * cm / n] * n
            if n == 3:
                w = [3.2 * cm, 6.6 * cm, 6.6 * cm]
            tb = Table(data, colWidths=w)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if t == "kv" or n == 2:
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")))
            if t == "table" and blk[2]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef")))
            tb.setStyle(TableStyle(ts))
            story += [tb, Spacer(1, 6)]
        elif t == "sig":
            _, label, name, date, scr = blk
            txt = f"<b>{esc(label)}:</b> " + (esc(name) if name else ("" if scr else "______________________________"))
            row = [Paragraph(txt, base)]
            if scr:
                img = scribble((name or label) + doc_id, os.path.join(build, f"sig_{doc_id}_{zlib.crc32((name or label).encode())}.png"))
                row.append(RLImage(img, width=3.2 * cm, height=0.8 * cm))
            else:
                row.append(Paragraph("", base))
            row.append(Paragraph("Datum: " + (esc(date) if date else "____________"), base))
            tb = Table([row], colWidths=[8 * cm, 4 * cm, 4.5 * cm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(tb)
        elif t == "header":
            header[0] = blk[1]
        elif t == "footer":
            footer[0] = blk[1]
        elif t == "pb":
            from reportlab.platypus import PageBreak
            story.append(PageBreak())

    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        if header[0]:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header[0])
        if footer[0]:
            c.drawString(2 * cm, 1.0 * cm, footer[0] + f"   pagina {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ TXT / MD
def to_txt(blocks, path, md=False):
    out = []
    for blk in blocks:
        t = blk[0]
        if t == "title":
            out += ["# " + blk[1] if md else blk[1].upper(), ""]
        elif t == "sub":
            out += [blk[1], ""]
        elif t == "h1":
            out += ["## " + blk[1] if md else blk[1], "" if md else "-" * len(blk[1])]
            if not md:
                out[-1] = "=" * len(blk[1])
        elif t == "h2":
            out += ["### " + blk[1] if md else blk[1]]
            if md:
                out.append("")
        elif t == "p":
            out += [blk[1], ""]
        elif t == "i":
            out += [("_" + blk[1] + "_") if md else blk[1], ""]
        elif t in ("bul", "num"):
            out += [("- " if t == "bul" else f"{i+1}. ") + x for i, x in enumerate(blk[1])] + [""]
        elif t == "kv":
            out += [f"{k}: {v}" + ("  " if md else "") for k, v in blk[1]] + [""]
        elif t == "table":
            rows = blk[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
                out.append("")
            else:
                for r in rows[1:]:
                    out.append(f"{r[0]}:")
                    for j, c in enumerate(r[1:], 1):
                        pre = (rows[0][j] + ": ") if len(r) > 2 else ""
                        for ln in c.split("\n"):
                            out.append("    " + pre + ln)
                    out.append("")
        elif t == "sig":
            _, label, name, date, scr = blk
            nm = ("w.g. " + name) if name else ("(handtekening)" if scr else "____________________")
            out += [f"{label}: {nm}    Datum: {date or '__________'}", ""]
        elif t == "footer":
            pass
        elif t == "header":
            out += [blk[1], ""]
    foot = [b[1] for b in blocks if b[0] == "footer"]
    if foot:
        out += ["", "-- " + foot[0]]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ fillable PDF form
def form_pdf(title, sub, fields, path):
    """fields: list of (label, value, kind) kind in text|multi|check; check value bool."""
    _rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 2 * cm

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 2 * cm
    c.setFont("DVB", 14)
    c.drawString(2 * cm, y, title)
    y -= 0.6 * cm
    c.setFont("DV", 8.5)
    c.drawString(2 * cm, y, sub)
    y -= 0.9 * cm
    form = c.acroForm
    for i, (label, value, kind) in enumerate(fields):
        if kind == "section":
            if y < 3 * cm:
                newpage()
            c.setFont("DVB", 10.5)
            c.drawString(2 * cm, y, label)
            y -= 0.55 * cm
            continue
        if kind == "static":
            c.setFont("DV", 8.5)
            words, ln = value.split(), ""
            for w in words:
                if stringWidth(ln + " " + w, "DV", 8.5) > 16.5 * cm:
                    if y < 2 * cm:
                        newpage(); c.setFont("DV", 8.5)
                    c.drawString(2 * cm, y, ln); y -= 0.4 * cm; ln = w
                else:
                    ln = (ln + " " + w).strip()
            c.drawString(2 * cm, y, ln); y -= 0.6 * cm
            continue
        if kind == "check":
            if y < 2.5 * cm:
                newpage()
            form.checkbox(name=f"cb{i}", x=2 * cm, y=y - 0.1 * cm, size=10, checked=bool(value), buttonStyle="cross",
                          borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
            c.setFont("DV", 9)
            c.drawString(2.6 * cm, y, label)
            y -= 0.55 * cm
            continue
        nlines = 1
        if kind == "multi":
            wrapped = []
            for para in value.split("\n"):
                ln = ""
                for w in para.split():
                    if ln and stringWidth(ln + " " + w, "Helvetica", 8) > 16.5 * cm - 14:
                        wrapped.append(ln)
                        ln = w
                    else:
                        ln = (ln + " " + w).strip()
                wrapped.append(ln)
            value = "\n".join(wrapped)
            nlines = max(2, len(wrapped))
        hgt = 0.42 * cm * nlines + 0.2 * cm
        if y - hgt - 0.6 * cm < 2 * cm:
            newpage()
        c.setFont("DVB", 8.5)
        c.drawString(2 * cm, y, label)
        y -= 0.15 * cm
        form.textfield(name=f"f{i}", tooltip=label, x=2 * cm, y=y - hgt, width=16.5 * cm, height=hgt, value=value,
                       fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.white,
                       textColor=colors.black, fieldFlags="multiline" if kind == "multi" else "", forceBorder=True)
        y -= hgt + 0.45 * cm
    c.save()


# ------------------------------------------------------------------ DOCX form with content controls
def form_docx(title, sub, fields, path):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "school"
    d.add_heading(title, 0)
    d.add_paragraph(sub)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    tbl = None
    for i, (label, value, kind) in enumerate(fields):
        if kind == "section":
            d.add_heading(label, 2)
            tbl = None
            continue
        if kind == "static":
            d.add_paragraph(value)
            continue
        p = d.add_paragraph()
        if kind == "check":
            glyph = "☒" if value else "☐"
            xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{label}"/><w:id w:val="{1000+i}"/>'
                   f'<w14:checkbox><w14:checked w14:val="{1 if value else 0}"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                   f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
            p.add_run(" " + label)
            continue
        r = p.add_run(label)
        r.bold = True
        q = d.add_paragraph()
        from xml.sax.saxutils import escape
        if value:
            runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>' + ('<w:r><w:br/></w:r>' if k < len(value.split("\n")) - 1 else '')
                           for k, line in enumerate(value.split("\n")))
            xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(label)}"/><w:tag w:val="veld{i}"/><w:id w:val="{2000+i}"/>'
                   f'<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>')
        else:
            xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(label)}"/><w:tag w:val="veld{i}"/><w:id w:val="{2000+i}"/>'
                   '<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
                   '<w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt>')
        q._p.append(parse_xml(xml))
    d.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ conversions and scans
def soffice(paths, fmt, outdir, env_extra=None):
    if not paths:
        return
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = "1796112000"
    env["HOME"] = os.path.join(outdir, ".lohome")
    os.makedirs(env["HOME"], exist_ok=True)
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir] + list(paths),
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def make_scan(pdf_in, pdf_out, seed, build):
    r = random.Random(zlib.crc32(seed.encode()))
    rs = np.random.default_rng(zlib.crc32(seed.encode()))
    prefix = os.path.join(build, "scan_" + seed)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_in, prefix], check=True)
    pages = sorted(p for p in os.listdir(build) if p.startswith("scan_" + seed + "-") and p.endswith(".png"))
    ims = []
    for p in pages:
        im = Image.open(os.path.join(build, p)).convert("L")
        ang = r.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rs.normal(0, 9, a.shape)
        specks = rs.random(a.shape) < 0.0008
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
    ims[0].save(pdf_out, "PDF", resolution=150, save_all=True, append_images=ims[1:],
                creationDate=__import__("time").gmtime(1796112000), modDate=__import__("time").gmtime(1796112000), producer="scanner")
