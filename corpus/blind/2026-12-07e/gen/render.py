# -*- coding: utf-8 -*-
"""Renderers: block list -> DOCX (python-docx), PDF (reportlab), TXT, and scan simulation."""
import io, os, random, subprocess, math, datetime
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

CHK = {True: "\u2612", False: "\u2610"}   # ballot box with X / empty ballot box
PLACEHOLDER_CC = "Klik of tik om tekst in te voeren."

# ---------------------------------------------------------------- signatures
def scribble_png(key, w=320, h=90):
    rnd = random.Random("sig:" + key)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 10, h * 0.6
    pts = [(x, y)]
    n = rnd.randint(14, 22)
    for i in range(n):
        x += rnd.uniform(8, 20)
        y = h * 0.55 + rnd.uniform(-28, 24) * math.sin(i * rnd.uniform(0.6, 1.6))
        pts.append((min(x, w - 5), max(5, min(h - 5, y))))
    col = (20, 30, 110)
    d.line(pts, fill=col, width=3, joint="curve")
    # underline flourish
    x0 = rnd.uniform(20, 60)
    d.line([(x0, h - 18), (x0 + rnd.uniform(120, 220), h - 22 + rnd.uniform(-4, 4))], fill=col, width=2)
    bio = io.BytesIO(); img.save(bio, "PNG"); bio.seek(0)
    return bio

def sig_text(s):
    m = s.get("mark")
    if m == "wg": return "w.g."
    if m == "typed": return "/" + s.get("name", "") + "/"
    if m == "digital": return "digitaal ondertekend"
    if m == "scribble": return "w.g."   # txt fallback only
    return "______________________"

# ---------------------------------------------------------------- TXT
def to_txt(blocks, meta):
    out = []
    if meta.get("header"): out.append(meta["header"]); out.append("")
    page = 1
    for b in blocks:
        k = b[0]
        if k == "h":
            t = b[2]
            out.append(""); out.append(t.upper() if b[1] == 1 else t)
            out.append(("=" if b[1] == 1 else "-") * min(len(t), 78))
        elif k == "p":
            out.append(b[1]); out.append("")
        elif k == "bul":
            out += ["- " + x for x in b[1]]; out.append("")
        elif k == "chk":
            out += ["[%s] %s" % ("x" if c else " ", l) for c, l in b[1]]; out.append("")
        elif k in ("cc_text",):
            out.append("%s: %s" % (b[1], b[2] if b[2] else PLACEHOLDER_CC))
        elif k == "cc_check":
            out.append("[%s] %s" % ("x" if b[1] else " ", b[2]))
        elif k == "t":
            hdr, rows = b[1], b[2]
            allrows = ([hdr] if hdr else []) + rows
            for i, r in enumerate(allrows):
                out.append(" | ".join(cell_txt(c) for c in r))
                if i == 0 and hdr: out.append("-" * 60)
            out.append("")
        elif k == "sig":
            for s in b[1]:
                line = "%s: %s   Datum: %s   Handtekening: %s" % (s.get("role", ""), s.get("name") or "____________", s.get("date") or "__-__-____", sig_text(s))
                if s.get("remark"): line = s["remark"] + "  " + line
                out.append(line)
            out.append("")
        elif k == "pb":
            if meta.get("footer"):
                out.append(""); out.append(meta["footer"].replace("{page}", str(page)))
            out.append("\f"); page += 1
        elif k == "hr":
            out.append("-" * 70)
    if meta.get("footer"):
        out.append(""); out.append(meta["footer"].replace("{page}", str(page)))
    return "\n".join(out) + "\n"

def cell_txt(c):
    if isinstance(c, tuple):
        if c[0] == "img": return "w.g."
        if c[0] == "chk": return "[%s] %s" % ("x" if c[1] else " ", c[2])
    return str(c)

# ---------------------------------------------------------------- DOCX
def to_docx(blocks, meta, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_BREAK
    doc = Document()
    cp = doc.core_properties
    cp.author = meta.get("author", "school"); cp.title = meta.get("title", "")
    cp.created = datetime.datetime(2025, 1, 1); cp.modified = datetime.datetime(2025, 1, 1); cp.last_modified_by = "school"
    st = doc.styles["Normal"]; st.font.name = meta.get("font", "Liberation Sans"); st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    if meta.get("footer"):
        p = sec.footer.paragraphs[0]
        parts = meta["footer"].split("{page}")
        p.add_run(parts[0])
        if len(parts) > 1:
            _field(p, "PAGE"); p.add_run(parts[1])
    for b in blocks:
        k = b[0]
        if k == "h":
            doc.add_heading(b[2], level=min(b[1], 3))
        elif k == "p":
            p = doc.add_paragraph(); r = p.add_run(b[1])
            sty = b[2] if len(b) > 2 else None
            if sty == "small": r.font.size = Pt(8)
            if sty == "italic": r.italic = True
            if sty == "bold": r.bold = True
            if sty == "mono": r.font.name = "Liberation Mono"; r.font.size = Pt(9)
        elif k == "bul":
            for x in b[1]: doc.add_paragraph(x, style="List Bullet")
        elif k == "chk":
            for c, l in b[1]:
                p = doc.add_paragraph(); r = p.add_run(CHK[c] + " "); r.font.name = "DejaVu Sans"; p.add_run(l)
        elif k == "cc_text":
            p = doc.add_paragraph(); p.add_run(b[1] + ": ").bold = True
            _cc_text(p, b[2])
        elif k == "cc_check":
            p = doc.add_paragraph(); _cc_check(p, b[1]); p.add_run(" " + b[2])
        elif k == "t":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = ""; rr = cells[i].paragraphs[0].add_run(h); rr.bold = True
                _repeat_header(t.rows[0])
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    _fill_cell(cells[i], c, doc)
            widths = b[3] if len(b) > 3 and b[3] else None
            if widths:
                for row in t.rows:
                    for i, w in enumerate(widths): row.cells[i].width = Cm(w)
            doc.add_paragraph()
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].text = h
            for s in b[1]:
                cells = t.add_row().cells
                cells[0].text = s.get("role", "")
                cells[1].text = s.get("name") or ""
                cells[2].text = s.get("date") or ""
                _fill_sig(cells[3], s)
            doc.add_paragraph()
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "hr":
            doc.add_paragraph("_" * 60)
    doc.save(path)

def _fill_sig(cell, s):
    from docx.shared import Cm
    p = cell.paragraphs[0]
    if s.get("remark"): p.add_run(s["remark"] + " ").italic = True
    m = s.get("mark")
    if m == "scribble":
        p.add_run().add_picture(scribble_png(s.get("name", "x") + s.get("date", "")), width=Cm(3.2))
    elif m in ("wg", "typed", "digital"):
        p.add_run(sig_text(s)).italic = True

def _fill_cell(cell, c, doc):
    from docx.shared import Cm
    if isinstance(c, tuple):
        p = cell.paragraphs[0]
        if c[0] == "img":
            p.add_run().add_picture(scribble_png(c[1]), width=Cm(2.6))
        elif c[0] == "chk":
            r = p.add_run(CHK[c[1]] + " "); r.font.name = "DejaVu Sans"; p.add_run(c[2])
        elif c[0] == "cc_check":
            _cc_check(p, c[1]); p.add_run(" " + c[2])
        elif c[0] == "cc_text":
            _cc_text(p, c[1])
    else:
        cell.text = str(c)

def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

def _field(p, code):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)

_ccid = [1000]
def _cc_text(p, value):
    """Word content control (plain text). Empty -> Word's own placeholder text."""
    from docx.oxml import parse_xml
    _ccid[0] += 1
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    if value:
        inner = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _esc(value); sh = ""
    else:
        inner = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r>' % PLACEHOLDER_CC
        sh = "<w:showingPlcHdr/>"
    xml = '<w:sdt %s><w:sdtPr><w:id w:val="%d"/>%s<w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (ns, _ccid[0], sh, inner)
    p._p.append(parse_xml(xml))

def _cc_check(p, checked):
    from docx.oxml import parse_xml
    _ccid[0] += 1
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
    glyph = "\u2612" if checked else "\u2610"
    xml = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (ns, _ccid[0], 1 if checked else 0, glyph)
    p._p.append(parse_xml(xml))

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------------------------------------------------------- PDF (reportlab)
_fonts = [False]
def _reg():
    if _fonts[0]: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", d + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", d + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts[0] = True

def to_pdf(blocks, meta, path):
    _reg()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RLImage
    serif = meta.get("serif", False)
    base = "DVS" if serif else "DV"; bold = "DVSB" if serif else "DVB"
    sN = ParagraphStyle("n", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=5)
    sS = ParagraphStyle("s", parent=sN, fontSize=7.5, leading=9.5)
    sC = ParagraphStyle("c", parent=sN, fontSize=8.5, leading=10.5, spaceAfter=0)
    sCB = ParagraphStyle("cb", parent=sC, fontName=bold)
    sH = {1: ParagraphStyle("h1", fontName=bold, fontSize=14, leading=18, spaceBefore=8, spaceAfter=6),
          2: ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=7, spaceAfter=4),
          3: ParagraphStyle("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)}
    def esc(t): return _esc(str(t)).replace("\n", "<br/>")
    def cell(c, hdr=False):
        if isinstance(c, tuple):
            if c[0] == "img": return RLImage(scribble_png(c[1]), width=2.6 * cm, height=0.73 * cm)
            if c[0] in ("chk", "cc_check"):
                lab = c[2] if c[0] == "chk" else c[2]
                return Paragraph(CHK[c[1]] + " " + esc(lab), sC)
            if c[0] == "cc_text": return Paragraph(esc(c[1] or ""), sC)
        return Paragraph(esc(c), sCB if hdr else sC)
    story = []
    W = A4[0] - 4.4 * cm
    for b in blocks:
        k = b[0]
        if k == "h": story.append(Paragraph(esc(b[2]), sH[min(b[1], 3)]))
        elif k == "p":
            sty = b[2] if len(b) > 2 else None
            t = esc(b[1])
            if sty == "italic": t = "<i>%s</i>" % t
            if sty == "bold": t = "<b>%s</b>" % t
            story.append(Paragraph(t, sS if sty == "small" else sN))
        elif k == "bul":
            for x in b[1]: story.append(Paragraph("\u2022 " + esc(x), ParagraphStyle("b", parent=sN, leftIndent=12, firstLineIndent=-8, spaceAfter=2)))
            story.append(Spacer(1, 4))
        elif k == "chk":
            for c, l in b[1]: story.append(Paragraph(CHK[c] + " " + esc(l), sN))
        elif k == "cc_text":
            story.append(Paragraph("<b>%s:</b> %s" % (esc(b[1]), esc(b[2] or PLACEHOLDER_CC)), sN))
        elif k == "cc_check":
            story.append(Paragraph(CHK[b[1]] + " " + esc(b[2]), sN))
        elif k == "t":
            hdr, rows = b[1], b[2]
            data = ([[cell(h, True) for h in hdr]] if hdr else []) + [[cell(c) for c in r] for r in rows]
            ncol = len(data[0])
            widths = b[3] if len(b) > 3 and b[3] else None
            cw = [w * cm for w in widths] if widths else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr: sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            t.setStyle(TableStyle(sty)); story.append(t); story.append(Spacer(1, 8))
        elif k == "sig":
            data = [[cell("", True), cell("Naam", True), cell("Datum", True), cell("Handtekening", True)]]
            for s in b[1]:
                m = s.get("mark")
                if m == "scribble":
                    sg = RLImage(scribble_png(s.get("name", "x") + s.get("date", "")), width=3.2 * cm, height=0.9 * cm)
                    if s.get("remark"): sg = [Paragraph("<i>%s</i>" % esc(s["remark"]), sC), sg]
                else:
                    txt = {"wg": "w.g.", "typed": "/%s/" % s.get("name", ""), "digital": "digitaal ondertekend"}.get(m, "")
                    if s.get("remark"): txt = s["remark"] + " " + txt
                    sg = Paragraph("<i>%s</i>" % esc(txt), sC)
                data.append([cell(s.get("role", "")), cell(s.get("name") or ""), cell(s.get("date") or ""), sg])
            t = Table(data, colWidths=[W * 0.3, W * 0.25, W * 0.15, W * 0.3], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 8))
        elif k == "pb": story.append(PageBreak())
        elif k == "hr": story.append(Paragraph("_" * 80, sS))
    def onpage(c, d):
        c.saveState(); c.setFont(base, 7.5)
        if meta.get("header"): c.drawString(2.2 * cm, A4[1] - 1.3 * cm, meta["header"])
        if meta.get("footer"): c.drawString(2.2 * cm, 1.2 * cm, meta["footer"].replace("{page}", str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=meta.get("title", ""), author=meta.get("author", ""), creator="school")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- soffice conversion
def soffice_convert(files, target, outdir, profile):
    if not files: return
    cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", target, "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, seed, tmpdir, dpi=110):
    rnd = random.Random(seed)
    prefix = os.path.join(tmpdir, "scan_%s" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith("scan_%s" % seed) and f.endswith(".png"))
    imgs = []
    rs = np.random.RandomState(abs(hash_int(seed)) % (2 ** 31))
    for f in pages:
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = rnd.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * rnd.uniform(0.9, 0.97) + rnd.uniform(4, 14)          # grey paper
        a += rs.normal(0, 9, a.shape)                                  # noise
        speck = rs.random_sample(a.shape) < 0.0008; a[speck] = 40      # specks
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
        os.remove(os.path.join(tmpdir, f))
    imgs[0].save(out_pdf, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)

def hash_int(s):
    h = 0
    for ch in str(s): h = (h * 131 + ord(ch)) % 1000000007
    return h

# ---------------------------------------------------------------- AcroForm PDF
def to_form_pdf(spec, path):
    """spec: dict(title, header, fields=[(kind, label, value, height)]); kind in text|check|section"""
    _reg()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(spec["title"]); c.setAuthor(spec.get("author", ""))
    W, H = A4
    y = H - 2 * cm
    page = [1]
    def newpage():
        c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, spec.get("footer", "").replace("{page}", str(page[0])))
        c.showPage(); page[0] += 1
        return H - 2 * cm
    c.setFont("DVB", 14); c.drawString(2 * cm, y, spec["title"]); y -= 0.6 * cm
    c.setFont("DV", 8); c.drawString(2 * cm, y, spec.get("header", "")); y -= 0.8 * cm
    form = c.acroForm
    n = 0
    for kind, label, value, hgt in spec["fields"]:
        n += 1
        need = (hgt or 0.7) * cm + 0.8 * cm
        if y - need < 2 * cm: y = newpage()
        if kind == "section":
            c.setFont("DVB", 11); c.drawString(2 * cm, y, label); y -= 0.7 * cm; continue
        if kind == "note":
            c.setFont("DV", 7.5)
            for line in _wrap(label, 120): c.drawString(2 * cm, y, line); y -= 0.38 * cm
            y -= 0.2 * cm; continue
        if kind == "check":
            form.checkbox(name="cb%d" % n, x=2 * cm, y=y - 0.35 * cm, size=11, checked=bool(value), buttonStyle="cross",
                          borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
            c.setFont("DV", 9); c.drawString(2.6 * cm, y - 0.25 * cm, label); y -= 0.7 * cm; continue
        flags = "multiline" if hgt > 0.8 else ""
        if flags and value:
            lines = []
            for para in value.split("\n"): lines += _wrap(para, 118) or [""]
            value = "\n".join(lines)
            hgt = max(hgt, 0.36 * len(lines) + 0.25)
        need = hgt * cm + 0.8 * cm
        if y - need < 2 * cm: y = newpage()
        c.setFont("DV", 8.5); c.drawString(2 * cm, y, label); y -= 0.15 * cm
        h = hgt * cm
        form.textfield(name="tf%d" % n, value=value or "", x=2 * cm, y=y - h, width=W - 4 * cm, height=h, fontName="Helvetica",
                       fontSize=8 if hgt > 0.8 else 9, borderColor=colors.grey, fillColor=colors.white, textColor=colors.black,
                       forceBorder=True, fieldFlags=flags)
        y -= h + 0.45 * cm
    c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, spec.get("footer", "").replace("{page}", str(page[0])))
    c.showPage(); c.save()

def _wrap(t, n):
    words, lines, cur = t.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > n: lines.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    if cur: lines.append(cur)
    return lines
