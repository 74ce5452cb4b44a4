# -*- coding: utf-8 -*-
"""Renderers: blocks -> docx / reportlab PDF / fillable PDF form / txt / md; scan degradation."""
import copy
import io
import os
import random
import zipfile

FIXED_ZIP_TIME = (2026, 12, 9, 10, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ------------------------------------------------------------------ signature images
def signature_png(path, seed):
    from PIL import Image, ImageDraw
    import math
    rnd = random.Random(seed)
    img = Image.new("RGB", (360, 90), "white")
    dr = ImageDraw.Draw(img)
    pts = []
    x = 15
    amp = rnd.uniform(14, 26)
    f1, f2 = rnd.uniform(0.05, 0.09), rnd.uniform(0.15, 0.3)
    ph = rnd.uniform(0, 6)
    while x < 330:
        y = 48 + amp * math.sin(f1 * x + ph) * math.cos(f2 * x) + rnd.uniform(-2, 2)
        pts.append((x, y))
        x += 2.5
    dr.line(pts, fill=(20, 30, 110), width=3)
    dr.line([(30, 70), (300 + rnd.uniform(-20, 20), 64)], fill=(20, 30, 110), width=2)
    img.save(path)
    return path


# ------------------------------------------------------------------ docx
def normalize_zip(path):
    """rewrite a zip (docx/odt) with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _sdt_block(doc, text, placeholder):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    paras = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t)) for t in text.split("\n"))
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="Invulveld"/>%s<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (nsdecls("w"), ph, paras))
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)


def _checkbox_para(doc, checked, label, use_sdt):
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    p = doc.add_paragraph()
    if use_sdt:
        W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
        xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="%s">'
               '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W14, 1 if checked else 0, "☒" if checked else "☐")
        p._p.append(parse_xml(xml))
        p.add_run(" " + label)
    else:
        p.add_run(("☒ " if checked else "☐ ") + label)


def to_docx(blocks, path, opts):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_BREAK
    import datetime
    doc = Document()
    cp = doc.core_properties
    cp.author = opts.get("author", "Intern begeleider")
    cp.created = datetime.datetime(2026, 12, 9, 10, 0, 0)
    cp.modified = datetime.datetime(2026, 12, 9, 10, 0, 0)
    cp.last_modified_by = cp.author
    cp.title = opts.get("title", "")
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    use_sdt_checks = opts.get("sdt_checks", False)
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "sub":
            r = doc.add_paragraph().add_run(b[1])
            r.italic = True
        elif t in ("h1", "h2"):
            doc.add_heading(b[1], 1 if t == "h1" else 2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "i":
            r = doc.add_paragraph().add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x99)
        elif t == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif t == "kv":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                c[0].text = k
                c[1].text = v
                for r in c[0].paragraphs[0].runs:
                    r.bold = True
            doc.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else max(len(r) for r in rows)
            tb = doc.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if hdr:
                c = tb.add_row().cells
                for i, h in enumerate(hdr):
                    c[i].text = h
                    for r in c[i].paragraphs[0].runs:
                        r.bold = True
            for row in rows:
                c = tb.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = v
            doc.add_paragraph()
        elif t == "checks":
            for ck, lab in b[1]:
                _checkbox_para(doc, ck, lab, use_sdt_checks)
        elif t == "sig":
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                tb.rows[0].cells[i].text = h
            for role, name, date, signed in b[1]:
                c = tb.add_row().cells
                c[0].text = role
                c[1].text = name
                c[2].text = date
                if signed:
                    run = c[3].paragraphs[0].add_run()
                    run.add_picture(opts["sig"](), width=Cm(3.2))
                else:
                    c[3].text = "\n\n"
            doc.add_paragraph()
        elif t == "cc":
            _sdt_block(doc, b[1], True)
        elif t == "ccf":
            _sdt_block(doc, b[1], False)
        elif t == "footer":
            sec.footer.paragraphs[0].text = b[1]
        elif t == "header":
            sec.header.paragraphs[0].text = b[1]
        elif t == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ reportlab
_fonts_done = []


def _fonts():
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    pdfmetrics.registerFont(TTFont("DVI", FONT_I))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    _fonts_done.append(1)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf_rl(blocks, path, opts):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3)
    sty = {
        "title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=6, textColor=opts.get("accent", colors.HexColor("#1b4f72"))),
        "sub": ParagraphStyle("s", parent=base, fontName="DVI", textColor=colors.grey),
        "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, textColor=opts.get("accent", colors.HexColor("#1b4f72"))),
        "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6),
        "i": ParagraphStyle("i", parent=base, fontName="DVI", textColor=colors.HexColor("#2e5fa8")),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=8.8, leading=11, spaceAfter=0),
    }
    footer = [x[1] for x in blocks if x[0] == "footer"]
    header = [x[1] for x in blocks if x[0] == "header"]
    story = []
    W = A4[0] - 4 * cm

    def tbl(data, widths, head=False):
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        stl = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if head:
            stl.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f0")))
        t.setStyle(TableStyle(stl))
        return t

    for b in blocks:
        t = b[0]
        if t in ("title", "sub", "h1", "h2", "i"):
            story.append(Paragraph(_esc(b[1]), sty[t]))
        elif t in ("p", "cc", "ccf"):
            story.append(Paragraph(_esc(b[1]) if b[1] else "&nbsp;", base))
        elif t == "ul":
            for it in b[1]:
                story.append(Paragraph(_esc(it), base, bulletText="•"))
        elif t == "kv":
            story.append(tbl([[Paragraph(_esc(k), sty["cellb"]), Paragraph(_esc(v), sty["cell"])] for k, v in b[1]], [5 * cm, W - 5 * cm]))
            story.append(Spacer(1, 6))
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else max(len(r) for r in rows)
            data = []
            if hdr:
                data.append([Paragraph(_esc(h), sty["cellb"]) for h in hdr])
            for r in rows:
                data.append([Paragraph(_esc(v), sty["cellb"] if (i == 0 and ncol > 1) else sty["cell"]) for i, v in enumerate(r)])
            widths = [4.3 * cm] + [(W - 4.3 * cm) / (ncol - 1)] * (ncol - 1) if ncol > 1 else [W]
            story.append(tbl(data, widths, head=bool(hdr)))
            story.append(Spacer(1, 6))
        elif t == "checks":
            for ck, lab in b[1]:
                story.append(Paragraph(("☒ " if ck else "☐ ") + _esc(lab), base))
        elif t == "sig":
            data = [[Paragraph(h, sty["cellb"]) for h in ["Rol", "Naam", "Datum", "Handtekening"]]]
            for role, name, date, signed in b[1]:
                cell = Image(opts["sig"](), width=3.2 * cm, height=0.8 * cm) if signed else Paragraph("&nbsp;<br/>&nbsp;", sty["cell"])
                data.append([Paragraph(_esc(role), sty["cell"]), Paragraph(_esc(name), sty["cell"]), Paragraph(_esc(date), sty["cell"]), cell])
            story.append(tbl(data, [4.2 * cm, 4.8 * cm, 2.6 * cm, W - 11.6 * cm], head=True))
            story.append(Spacer(1, 6))
        elif t == "pb":
            story.append(PageBreak())

    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.grey)
        if header:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header[0])
        txt = (footer[0] + "   ") if footer else ""
        c.drawString(2 * cm, 1.1 * cm, txt + "pagina %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title=opts.get("title", ""), author=opts.get("author", ""), invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable form
def to_pdf_form(blocks, path, opts):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(opts.get("title", ""))
    c.setAuthor(opts.get("author", ""))
    af = c.acroForm
    W, H = A4
    y = [H - 2 * cm]
    nfield = [0]
    page = [1]

    def newpage_if(h):
        if y[0] - h < 2 * cm:
            c.setFont("DV", 7)
            c.drawString(2 * cm, 1.1 * cm, "Formulier %s – pagina %d" % (opts.get("formname", "OPP"), page[0]))
            c.showPage()
            page[0] += 1
            y[0] = H - 2 * cm

    def fname():
        nfield[0] += 1
        return "veld_%02d" % nfield[0]

    def label(txt, font="DVB", size=9.5):
        newpage_if(16)
        c.setFont(font, size)
        c.setFillColor(colors.black)
        c.drawString(2 * cm, y[0], txt)
        y[0] -= 14

    def wrapcount(txt, width_chars=95):
        n = 0
        for line in txt.split("\n"):
            n += max(1, (len(line) + width_chars - 1) // width_chars)
        return n

    def field(txt, tooltip, multiline=True):
        import textwrap
        txt = "\n".join(textwrap.fill(line, 100) if line else "" for line in txt.split("\n")) if txt else txt
        lines = wrapcount(txt, 120) if txt else 2
        h = max(18, 11.5 * lines + 6) if multiline else 16
        newpage_if(h + 4)
        af.textfield(name=fname(), tooltip=tooltip, value=txt, x=2 * cm, y=y[0] - h + 8, width=W - 4 * cm, height=h,
                     fontName="Helvetica", fontSize=8.5, borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"),
                     fieldFlags="multiline" if multiline else "", forceBorder=True)
        y[0] -= h + 6

    # group blocks: heading followed by its content
    pending_head = None
    buf = []

    def flush():
        if pending_head is None and not buf:
            return
        txt = "\n".join(buf)
        field(txt, pending_head or "")

    i = 0
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2"):
            if pending_head is not None:
                flush()
            pending_head = b[1]
            buf = []
            label(b[1])
        elif t == "title":
            newpage_if(26)
            c.setFont("DVB", 15)
            c.drawString(2 * cm, y[0], b[1])
            y[0] -= 20
        elif t == "sub":
            label(b[1], "DVI", 9)
        elif t == "kv":
            for k, v in b[1]:
                newpage_if(18)
                c.setFont("DV", 9)
                c.drawString(2 * cm, y[0] - 2, k)
                af.textfield(name=fname(), tooltip=k, value=v, x=7 * cm, y=y[0] - 6, width=W - 9 * cm, height=14,
                             fontName="Helvetica", fontSize=8.5, borderColor=colors.grey, forceBorder=True)
                y[0] -= 18
            y[0] -= 4
        elif t in ("p", "cc", "ccf"):
            buf.append(b[1])
        elif t == "i":
            buf.append(b[1])
        elif t == "ul":
            buf.extend("- " + x for x in b[1])
        elif t == "table":
            if pending_head is not None or buf:
                flush()
            pending_head = None
            buf = []
            for r in b[2]:
                label(r[0], "DVB", 9)
                field("\n".join(r[1:]), r[0])
        elif t == "checks":
            if buf:
                flush()
                buf = []
            pending_head = None
            for ck, lab in b[1]:
                newpage_if(16)
                af.checkbox(name=fname(), tooltip=lab, checked=ck, x=2 * cm, y=y[0] - 4, size=11, buttonStyle="cross",
                            borderColor=colors.black, fillColor=colors.white)
                c.setFont("DV", 9)
                c.drawString(2 * cm + 16, y[0] - 2, lab)
                y[0] -= 15
        elif t == "sig":
            if buf:
                flush()
                buf = []
            pending_head = None
            for role, name, date, signed in b[1]:
                newpage_if(42)
                c.setFont("DV", 9)
                c.drawString(2 * cm, y[0], role)
                af.textfield(name=fname(), tooltip="Naam " + role, value=name, x=6 * cm, y=y[0] - 4, width=5.5 * cm, height=14,
                             fontName="Helvetica", fontSize=8.5, borderColor=colors.grey, forceBorder=True)
                af.textfield(name=fname(), tooltip="Datum " + role, value=date, x=11.8 * cm, y=y[0] - 4, width=2.6 * cm, height=14,
                             fontName="Helvetica", fontSize=8.5, borderColor=colors.grey, forceBorder=True)
                c.rect(14.7 * cm, y[0] - 30, 4.3 * cm, 32, stroke=1, fill=0)
                c.setFont("DV", 6)
                c.drawString(14.8 * cm, y[0] - 28, "handtekening")
                if signed:
                    c.drawImage(opts["sig"](), 14.8 * cm, y[0] - 26, width=4 * cm, height=1 * cm)
                y[0] -= 40
        i += 1
    if pending_head is not None and buf:
        flush()
    c.setFont("DV", 7)
    c.drawString(2 * cm, 1.1 * cm, "Formulier %s – pagina %d" % (opts.get("formname", "OPP"), page[0]))
    c.save()


# ------------------------------------------------------------------ text
def to_text(blocks, path, md=False, opts=None):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), "" if md else "=" * len(b[1]), ""]
        elif t == "sub":
            out += [("_%s_" % b[1]) if md else b[1], ""]
        elif t == "h1":
            out += ["", ("## " if md else "") + b[1], "" if md else "-" * len(b[1])]
        elif t == "h2":
            out += ["", ("### " if md else "") + b[1]]
        elif t in ("p", "cc", "ccf"):
            out += [b[1]]
        elif t == "i":
            out += [("_%s_" % b[1]) if md else "[%s]" % b[1]]
        elif t == "ul":
            out += [("- " if md else "  * ") + x for x in b[1]]
        elif t == "kv":
            if md:
                out += ["| Gegeven | |", "|---|---|"] + ["| %s | %s |" % (k, v) for k, v in b[1]] + [""]
            else:
                out += ["%-28s %s" % (k + ":", v) for k, v in b[1]] + [""]
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md:
                ncol = len(hdr) if hdr else len(rows[0])
                h = hdr or [""] * ncol
                out += ["| " + " | ".join(h) + " |", "|" + "---|" * ncol]
                out += ["| " + " | ".join(v.replace("\n", "<br>") for v in r) + " |" for r in rows]
                out += [""]
            else:
                for r in rows:
                    out += ["", r[0] + ":"] + ["    " + line for v in r[1:] for line in (v.split("\n") if v else ["(leeg)"])]
                out += [""]
        elif t == "checks":
            out += [("[x] " if ck else "[ ] ") + lab for ck, lab in b[1]]
        elif t == "sig":
            out += [""]
            for role, name, date, signed in b[1]:
                out += ["%s: %s   datum: %s   handtekening: %s" % (role, name or "____________________", date or "__________",
                                                                      "w.g." if signed else "____________________")]
            out += [""]
        elif t == "footer":
            out += ["", "-- " + b[1]]
        elif t == "header":
            out = [b[1], ""] + out
        elif t == "pb":
            out += [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ scans
def degrade_to_pdf(pngs, path, seed):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = random.Random(seed)
    rs = np.random.RandomState(seed)
    pages = []
    for p in pngs:
        im = Image.open(p).convert("L")
        ang = rnd.uniform(0.5, 1.6) * rnd.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rs.normal(0, 11, a.shape)
        # speckles
        mask = rs.random_sample(a.shape) < 0.0015
        a[mask] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im.convert("RGB"))
    import time
    fixed = time.strptime("20261209100000", "%Y%m%d%H%M%S")
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=110.0, creationDate=fixed, modDate=fixed,
                  producer="Scanner MFP-4410", creator="Scan to PDF")
