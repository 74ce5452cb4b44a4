# -*- coding: utf-8 -*-
"""Renderers for the abstract block list: pdf (reportlab), docx, odt, txt, scan."""
import io, os, re, math, random, zipfile, subprocess, datetime as dt
from xml.sax.saxutils import escape

FIXED = dt.datetime(2026, 12, 7, 9, 0, 0)

def sig_text(s):
    line = s["signed"] if s["signed"] else "______________________"
    if s.get("scribble"):
        line = "(handtekening)"
    name = s["name"] or "______________________"
    date = s["date"] or "____________"
    t = f"{s['role']}: {line}\nNaam: {name}    Datum: {date}"
    return t

def parts_text(parts):
    out = []
    for p in parts:
        if isinstance(p, tuple) and p[0] == "sig":
            out.append(sig_text(p[1]))
        else:
            out.append(p)
    return "\n".join(out)

def cell_text(c):
    return c if isinstance(c, str) else parts_text(c)

# ---------------------------------------------------------------- scribble
def scribble_points(seed, w=150, h=40):
    r = random.Random(seed)
    pts = []
    x = 5
    y = h / 2
    for i in range(26):
        x += r.uniform(2, 9)
        y = h / 2 + r.uniform(-h / 2.3, h / 2.3)
        pts.append((min(x, w - 2), y))
    return pts

def scribble_png(seed, path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (300, 80), "white")
    d = ImageDraw.Draw(im)
    pts = [(x * 2, y * 2) for x, y in scribble_points(seed)]
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    im.save(path)

# ---------------------------------------------------------------- PDF
_FONTS = False
def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVBI", base + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSerif-Bold.ttf"))
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    _FONTS = True

def _md(t):
    t = escape(t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br/>")

def write_pdf(blocks, meta, path, seed=0):
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable, KeepTogether)
    font = meta.get("font", "DV")
    fs = meta.get("fontsize", 10)
    S = {
        "title": ParagraphStyle("t", fontName=font, fontSize=fs + 6, leading=fs + 10, spaceAfter=8, textColor=colors.HexColor(meta.get("color", "#1f3864"))),
        "h1": ParagraphStyle("h1", fontName=font, fontSize=fs + 3, leading=fs + 6, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor(meta.get("color", "#1f3864"))),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=fs + 1, leading=fs + 4, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=font, fontSize=fs, leading=fs * 1.35, spaceAfter=5),
        "small": ParagraphStyle("s", fontName=font, fontSize=fs - 2, leading=(fs - 2) * 1.3, spaceAfter=3, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", fontName=font, fontSize=fs - 1, leading=(fs - 1) * 1.3),
    }
    W = A4[0] - 4 * cm

    class Sig(Flowable):
        def __init__(self, s, k):
            Flowable.__init__(self); self.s = s; self.k = k
            self.width = W; self.height = 52
        def draw(self):
            c = self.canv; s = self.s
            c.setFont(font, fs - 1)
            c.drawString(0, 38, s["role"] + ":")
            c.line(150, 22, 330, 22)
            if s.get("scribble"):
                pts = scribble_points(seed * 31 + self.k)
                c.setStrokeColorRGB(0.1, 0.15, 0.45); c.setLineWidth(1.2)
                p = c.beginPath(); p.moveTo(150 + pts[0][0], 22 + pts[0][1] - 12)
                for x, y in pts[1:]:
                    p.lineTo(150 + x, 22 + y - 12)
                c.drawPath(p); c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(1)
            elif s["signed"]:
                c.setFont("DVI", fs); c.drawString(152, 26, s["signed"]); c.setFont(font, fs - 1)
            c.drawString(0, 8, "Naam: " + (s["name"] or "______________________"))
            c.drawString(250, 8, "Datum: " + (s["date"] or "____________"))

    story = []
    k = 0
    for b in blocks:
        t = b[0]
        if t in ("title", "h1", "h2", "p", "small"):
            story.append(Paragraph(_md(b[1]), S[t]))
        elif t == "sig":
            k += 1; story.append(Sig(b[1], k))
        elif t == "spacer":
            story.append(Spacer(1, b[1]))
        elif t == "pagebreak":
            story.append(PageBreak())
        elif t == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            data = [[Paragraph(_md(cell_text(c)), S["cell"]) for c in r] for r in rows]
            ncol = max(len(r) for r in rows)
            wf = opts.get("widths") or [1.0 / ncol] * ncol
            tb = Table(data, colWidths=[W * f for f in wf], repeatRows=1 if opts.get("header") else 0)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header"):
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(meta.get("thead", "#d9e2f3"))))
            if opts.get("labelcol"):
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2")))
            tb.setStyle(TableStyle(st))
            story.append(tb); story.append(Spacer(1, 6))

    def onpage(c, d):
        c.saveState(); c.setFont(font, 7.5); c.setFillColor(colors.HexColor("#666666"))
        if meta.get("header"):
            c.drawString(2 * cm, A4[1] - 1.2 * cm, meta["header"])
        if meta.get("footer"):
            c.drawString(2 * cm, 1.0 * cm, meta["footer"].replace("{page}", str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title=meta.get("doctitle", ""), author=meta.get("author", ""), creator=meta.get("creator", ""))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- DOCX
def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 12, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = i.external_attr
            z.writestr(zi, data)

def _add_cc_checkbox(paragraph, checked):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0, "☒" if checked else "☐")
    paragraph._p.append(parse_xml(xml))

def _add_cc_text(paragraph, text, placeholder=False):
    from docx.oxml import parse_xml
    t = escape(text)
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr>%s<w:text/></w:sdtPr>'
           '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        "<w:showingPlcHdr/>" if placeholder else "", t)
    paragraph._p.append(parse_xml(xml))

def _docx_runs(par, text, cc=False):
    # supports **bold** and checkbox glyphs (as content controls if cc)
    for seg in re.split(r"(\*\*.+?\*\*)", text):
        if not seg:
            continue
        bold = seg.startswith("**") and seg.endswith("**")
        if bold:
            seg = seg[2:-2]
        if cc:
            for piece in re.split(r"([☐☒])", seg):
                if piece in ("☐", "☒"):
                    _add_cc_checkbox(par, piece == "☒")
                elif piece:
                    r = par.add_run(piece); r.bold = bold
        else:
            r = par.add_run(seg); r.bold = bold

def _docx_text(container_par_factory, text, cc=False, first_par=None):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = first_par if (i == 0 and first_par is not None) else container_par_factory()
        _docx_runs(p, line, cc)

def write_docx(blocks, meta, path, seed=0, tmpdir="/tmp"):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED
    cp.author = meta.get("author", ""); cp.title = meta.get("doctitle", ""); cp.last_modified_by = meta.get("author", "")
    cp.revision = 1
    stl = doc.styles["Normal"]; stl.font.name = meta.get("docxfont", "Calibri"); stl.font.size = Pt(meta.get("fontsize", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    cc = meta.get("cc", False)
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"].replace("{page}", "")
    k = 0
    heads = meta.get("docx_headings", True)
    for b in blocks:
        t = b[0]
        if t == "title":
            if heads:
                doc.add_heading(b[1], level=0)
            else:
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
        elif t in ("h1", "h2"):
            if heads:
                doc.add_heading(b[1], level=1 if t == "h1" else 2)
            else:
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif t in ("p", "small"):
            _docx_text(doc.add_paragraph, b[1], cc)
        elif t == "sig":
            s = b[1]; k += 1
            p = doc.add_paragraph(); p.add_run(s["role"] + ": ")
            if s.get("scribble"):
                png = os.path.join(tmpdir, f"sig_{seed}_{k}.png"); scribble_png(seed * 31 + k, png)
                p.add_run().add_picture(png, width=Cm(4))
            else:
                p.add_run(s["signed"] or "______________________").italic = bool(s["signed"])
            doc.add_paragraph(f"Naam: {s['name'] or '______________________'}        Datum: {s['date'] or '____________'}")
        elif t == "spacer":
            doc.add_paragraph("")
        elif t == "pagebreak":
            doc.add_page_break()
        elif t == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    txt = cell_text(c)
                    par0 = cell.paragraphs[0]
                    if opts.get("cc_text") and j == ncol - 1 and i > 0 or (opts.get("cc_text") and opts.get("labelcol") and j == 1):
                        ph = txt.strip() in ("Klik of tik om tekst in te voeren.",)
                        _add_cc_text(par0, txt, placeholder=ph)
                    else:
                        _docx_text(cell.add_paragraph, txt, cc, first_par=par0)
                    if (opts.get("header") and i == 0) or (opts.get("labelcol") and j == 0):
                        for run in par0.runs:
                            run.bold = True
            wf = opts.get("widths")
            if wf:
                from docx.shared import Cm as _Cm
                tb.autofit = False
                for j, f in enumerate(wf):
                    for cell in tb.columns[j].cells:
                        cell.width = _Cm(16.5 * f)
            doc.add_paragraph("")
    doc.save(path)
    _fix_zip(path)

# ---------------------------------------------------------------- ODT
def write_odt(blocks, meta, path, seed=0):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); doc.styles.addElement(h2)
    tt = Style(name="Title", family="paragraph"); tt.addElement(TextProperties(fontsize="17pt", fontweight="bold")); doc.styles.addElement(tt)
    sm = Style(name="Small", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt")); doc.styles.addElement(sm)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    def para(text, style=None, el=P):
        kw = {"stylename": style} if style else {}
        if el is H:
            kw["outlinelevel"] = 1 if style is h1 else 2
        p = el(**kw)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            for seg in re.split(r"(\*\*.+?\*\*)", line):
                if not seg:
                    continue
                if seg.startswith("**"):
                    p.addElement(Span(stylename=bold, text=seg[2:-2]))
                else:
                    p.addText(seg)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p
    if meta.get("header"):
        doc.text.addElement(para(meta["header"], sm))
    ti = 0
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(para(b[1], tt))
        elif t == "h1":
            doc.text.addElement(para(b[1], h1, H) if meta.get("odt_headings", True) else para("**" + b[1] + "**"))
        elif t == "h2":
            doc.text.addElement(para(b[1], h2, H) if meta.get("odt_headings", True) else para("**" + b[1] + "**"))
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "small":
            doc.text.addElement(para(b[1], sm))
        elif t == "sig":
            doc.text.addElement(para(sig_text(b[1])))
        elif t == "spacer":
            doc.text.addElement(P())
        elif t == "table":
            rows = b[1]; ncol = max(len(r) for r in rows); ti += 1
            tb = Table(name=f"Tabel{ti}")
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell(valuetype="string")
                    for line in cell_text(c).split("\n"):
                        tc.addElement(para(line))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            doc.text.addElement(P())
    if meta.get("footer"):
        doc.text.addElement(para(meta["footer"].replace("{page}", "1"), sm))
    doc.save(path)
    _fix_zip(path)

# ---------------------------------------------------------------- TXT
def write_txt(blocks, meta, path, seed=0):
    out = []
    if meta.get("header"):
        out.append(meta["header"]); out.append("")
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif t == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif t == "h2":
            out += ["", b[1]]
        elif t in ("p", "small"):
            out += [b[1].replace("**", ""), ""]
        elif t == "sig":
            out += [sig_text(b[1]), ""]
        elif t == "pagebreak":
            if meta.get("footer"):
                out += ["", meta["footer"].replace("{page}", "")]
            out += ["\f"]
        elif t == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            for r in rows:
                cells = [cell_text(c).replace("**", "") for c in r]
                if len(cells) == 2 and opts.get("labelcol"):
                    v = cells[1].split("\n")
                    out.append(f"{cells[0]}: {v[0]}")
                    out += ["    " + x for x in v[1:]]
                else:
                    out.append(" | ".join(c.replace("\n", " / ") for c in cells))
            out.append("")
    if meta.get("footer"):
        out += ["", meta["footer"].replace("{page}", "")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")

# ---------------------------------------------------------------- scan
def write_scan(blocks, meta, path, seed=0, tmpdir="/tmp"):
    import numpy as np
    from PIL import Image, ImageFilter
    src = os.path.join(tmpdir, f"scan_src_{seed}.pdf")
    write_pdf(blocks, meta, src, seed)
    prefix = os.path.join(tmpdir, f"scan_{seed}")
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", src, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith(f"scan_{seed}-") and f.endswith(".png"))
    rng = np.random.default_rng(seed)
    ims = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = float(rng.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 9, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im)
    ims[0].save(path, "PDF", resolution=100.0, save_all=True, append_images=ims[1:],
                creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="ScanStation 3000", title="Scan")
