"""Renderers: txt/md, docx (tables, content controls, tick boxes), direct PDF (reportlab),
fillable PDF (AcroForm), Word->PDF and ODT through LibreOffice, and scans (image-only PDF)."""
import os, re, shutil, subprocess, random, math
from xml.sax.saxutils import escape

BOX = {True: "\u2612", False: "\u2610"}
CC_PLACEHOLDER = "Klik of tik om tekst in te voeren."


def strip_bold(t):
    return t.replace("**", "")


# ---------------------------------------------------------------- text
def item_lines_txt(it, md=False):
    out = []
    for x in it:
        k = x[0]
        if k in ("p", "cc"):
            t = x[1] if x[1] is not None else CC_PLACEHOLDER
            out.append(t if md else strip_bold(t))
        elif k == "i":
            out.append(("*%s*" % x[1]) if md else x[1])
        elif k in ("chk", "cchk"):
            out.append("   ".join("[%s] %s" % ("x" if v else " ", l) for l, v in x[1]))
        elif k == "sig":
            _, role, name, date, signed = x
            out.append("%s: %s   Datum: %s   Handtekening: %s" % (role, name or "________________", date or "__________",
                                                                   "(getekend)" if signed else "________________"))
    return out


def to_txt(blocks, path, md=False):
    L = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == "title":
            L += ["# " + b[1] if md else b[1].upper(), ""] if md else [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "meta":
            for l, v in b[1]:
                L.append(("- **%s:** %s" % (l, v)) if md else "%-22s %s" % (l + ":", v))
            L.append("")
        elif k == "h":
            L += [("#" * (b[1] + 1) + " " + b[2]) if md else b[2], ""]
            if not md and b[1] == 1:
                L.insert(len(L) - 1, "-" * len(b[2]))
        elif k == "items":
            L += item_lines_txt(b[1], md) + [""]
        elif k == "table":
            head, rows = b[1], b[2]
            if md:
                if head:
                    L.append("| " + " | ".join(head) + " |")
                    L.append("|" + "---|" * len(head))
                for r in rows:
                    L.append("| " + " | ".join(" <br> ".join(item_lines_txt(c, True)) for c in r) + " |")
                L.append("")
            else:
                for r in rows:
                    cells = [" / ".join(item_lines_txt(c)) if isinstance(c, list) else str(c) for c in r]
                    L.append(cells[0] + ":")
                    for c in cells[1:]:
                        L.append("    " + c)
                    L.append("")
        elif k == "footer":
            footer = b[1]
    if footer:
        L += ["-" * 60, footer]
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- docx
def _docx_add_runs(par, text, italic=False, color=None):
    from docx.shared import RGBColor
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for p in parts:
        if not p:
            continue
        bold = p.startswith("**")
        r = par.add_run(p.strip("*") if bold else p)
        r.bold = bold
        r.italic = italic
        if color:
            r.font.color.rgb = RGBColor(*color)


def _sdt_xml(text, tag, checkbox=None):
    from docx.oxml import parse_xml
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
    if checkbox is not None:
        sym = "2612" if checkbox else "2610"
        return parse_xml(
            '<w:sdt %s><w:sdtPr><w:tag w:val="%s"/><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (ns, tag, 1 if checkbox else 0, chr(int(sym, 16))))
    if text is None:
        return parse_xml(
            '<w:sdt %s><w:sdtPr><w:tag w:val="%s"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
            '<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (ns, tag, CC_PLACEHOLDER))
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:tag w:val="%s"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>' % (ns, tag, escape(text)))


def _docx_items(container, it, scan=False):
    """container: Document or table cell (both have add_paragraph)."""
    first = True
    for x in it:
        k = x[0]
        if first and hasattr(container, "paragraphs") and len(container.paragraphs) == 1 and not container.paragraphs[0].text \
                and container.__class__.__name__ == "_Cell":
            par = container.paragraphs[0]
        else:
            par = container.add_paragraph()
        first = False
        if k == "p":
            _docx_add_runs(par, x[1])
        elif k == "i":
            _docx_add_runs(par, x[1], italic=True, color=(0x70, 0x70, 0x70))
        elif k == "cc":
            par._p.append(_sdt_xml(x[1], "veld"))
        elif k == "chk":
            _docx_add_runs(par, "    ".join("%s %s" % (BOX[v], l) for l, v in x[1]))
        elif k == "cchk":
            for l, v in x[1]:
                par._p.append(_sdt_xml(None, "keuze", checkbox=v))
                par.add_run(" %s    " % l)
        elif k == "sig":
            _, role, name, date, signed = x
            _docx_add_runs(par, "%s: %s    Datum: %s    Handtekening: %s" % (
                role, name or "______________________", date or "____________",
                "(getekend)" if signed else "______________________"))


def to_docx(blocks, path):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "meta":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in b[1]:
                c = t.add_row().cells
                c[0].text = l
                c[1].text = v
            d.add_paragraph()
        elif k == "h":
            d.add_heading(b[2], level=min(b[1], 3))
        elif k == "items":
            _docx_items(d, b[1])
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            ncol = len(head) if head else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if head:
                c = t.add_row().cells
                for i, h in enumerate(head):
                    c[i].text = ""
                    r = c[i].paragraphs[0].add_run(h)
                    r.bold = True
            for r in rows:
                c = t.add_row().cells
                for i, cell in enumerate(r):
                    if isinstance(cell, list):
                        _docx_items(c[i], cell)
                    else:
                        c[i].text = str(cell)
            if widths:
                for row in t.rows:
                    for i, w in enumerate(widths):
                        row.cells[i].width = Cm(17 * w)
            d.add_paragraph()
        elif k == "footer":
            for sec in d.sections:
                fp = sec.footer.paragraphs[0]
                fp.text = b[1]
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 12, 9, 12, 0, 0)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- direct PDF
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
    pdfmetrics.registerFont(TTFont("DV-B", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV-I", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DV-BI", base + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    _FONTS = True


def _squiggle_flowable(seed, width=120, height=22):
    from reportlab.platypus import Flowable

    class Sq(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            r = random.Random(seed)
            c = self.canv
            c.setStrokeColorRGB(0.1, 0.1, 0.35)
            c.setLineWidth(1.1)
            p = c.beginPath()
            x, y = 4, height / 2
            p.moveTo(x, y)
            for i in range(7):
                nx = x + r.uniform(10, 18)
                p.curveTo(x + 4, y + r.uniform(-12, 12), nx - 4, y + r.uniform(-12, 12), nx, height / 2 + r.uniform(-5, 5))
                x = nx
            c.drawPath(p, stroke=1, fill=0)
    return Sq()


def _pdf_items(it, st, scan=False, seed=0):
    from reportlab.platypus import Paragraph, Table
    out = []
    for x in it:
        k = x[0]
        if k in ("p", "cc"):
            t = x[1] if x[1] is not None else CC_PLACEHOLDER
            t = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", escape(t))
            out.append(Paragraph(t, st["b"]))
        elif k == "i":
            out.append(Paragraph(escape(x[1]), st["i"]))
        elif k in ("chk", "cchk"):
            out.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join("%s %s" % (BOX[v], escape(l)) for l, v in x[1]), st["b"]))
        elif k == "sig":
            _, role, name, date, signed = x
            if scan:
                sig = _squiggle_flowable(seed + len(out)) if signed else Paragraph("______________________", st["b"])
                out.append(Table([[Paragraph("%s: %s" % (escape(role), escape(name) or "______________"), st["b"]),
                                   Paragraph("Datum: %s" % (date or "__________"), st["b"]), sig]],
                                 colWidths=[200, 110, 140]))
            else:
                out.append(Paragraph("%s: %s &nbsp;&nbsp; Datum: %s &nbsp;&nbsp; Handtekening: %s" % (
                    escape(role), escape(name) or "______________________", date or "____________",
                    "<i>(getekend)</i>" if signed else "______________________"), st["b"]))
    return out


def to_pdf(blocks, path, scan=False, seed=0):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.units import cm
    st = {"b": ParagraphStyle("b", fontName="DV", fontSize=9.5 if not scan else 10.5, leading=13 if not scan else 14, spaceAfter=3),
          "i": ParagraphStyle("i", fontName="DV-I", fontSize=9, leading=12, textColor=colors.grey, spaceAfter=3),
          "t": ParagraphStyle("t", fontName="DV-B", fontSize=16, leading=20, spaceAfter=8),
          1: ParagraphStyle("h1", fontName="DV-B", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
          2: ParagraphStyle("h2", fontName="DV-B", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
          3: ParagraphStyle("h3", fontName="DV-B", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)}
    story = []
    footer = [None]
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(escape(b[1]), st["t"]))
        elif k == "meta":
            t = Table([[Paragraph(escape(l), st["b"]), Paragraph(escape(v), st["b"])] for l, v in b[1]], colWidths=[4.5 * cm, 12 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "h":
            story.append(Paragraph(escape(b[2]), st[min(b[1], 3)]))
        elif k == "items":
            story += _pdf_items(b[1], st, scan, seed)
        elif k == "table":
            head, rows, widths = b[1], b[2], b[3]
            data = []
            if head:
                data.append([Paragraph("<b>%s</b>" % escape(h), st["b"]) for h in head])
            for r in rows:
                data.append([_pdf_items(c, st, scan, seed) if isinstance(c, list) else Paragraph(escape(str(c)), st["b"]) for c in r])
            ncol = len(data[0])
            W = 17 * cm
            cw = [W * w for w in widths] if widths else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if head else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0") if head else colors.white)]))
            story += [t, Spacer(1, 8)]
        elif k == "footer":
            footer[0] = b[1]

    def on_page(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer[0]:
            c.drawString(2 * cm, 1.2 * cm, footer[0])
        c.drawRightString(19 * cm, 1.2 * cm, "Pagina %d" % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- fillable PDF
def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            cand = (line + " " + w).strip()
            if stringWidth(cand, font, size) > width and line:
                out.append(line)
                line = w
            else:
                line = cand
        out.append(line)
    return out


def to_fillable(blocks, path):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 2 * cm
    form = c.acroForm
    fid = [0]

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 2 * cm

    def need(h):
        if y - h < 2 * cm:
            newpage()

    def tf(name, value, x, yy, w, h, multiline=True):
        fid[0] += 1
        form.textfield(name="%s_%d" % (name, fid[0]), value=value, x=x, y=yy, width=w, height=h, fontName="Helvetica",
                       fontSize=8.5, borderWidth=0.6, fillColor=None,
                       fieldFlags="multiline" if multiline else "", forceBorder=True)

    def cb(name, checked, x, yy):
        fid[0] += 1
        form.checkbox(name="%s_%d" % (name, fid[0]), x=x, y=yy, size=10, checked=checked, buttonStyle="cross", borderWidth=0.8)

    for b in blocks:
        if b[0] == "title":
            c.setFont("DV-B", 15)
            c.drawString(2 * cm, y, b[1])
            y -= 1 * cm
        elif b[0] == "meta":
            for l, v in b[1]:
                c.setFont("DV", 9)
                c.drawString(2 * cm, y, l)
                tf("meta", v, 6.5 * cm, y - 3, 12.5 * cm, 13, multiline=False)
                y -= 17
            y -= 8
        elif b[0] == "fields":
            for eid, label, it in b[1]:
                need(50)
                c.setFont("DV-B", 9.5)
                c.drawString(2 * cm, y, label)
                y -= 6
                texts, checks, sigs = [], [], []
                for x in it:
                    if x[0] in ("p", "i", "cc"):
                        texts.append(x[1] or "")
                    elif x[0] in ("chk", "cchk"):
                        checks.append(x[1])
                    elif x[0] == "sig":
                        sigs.append(x)
                for ch in checks:
                    need(16)
                    xx = 2 * cm
                    for l, v in ch:
                        cb(eid + "_keuze", v, xx, y - 12)
                        c.setFont("DV", 9)
                        c.drawString(xx + 14, y - 10, l)
                        xx += 5.5 * cm
                    y -= 18
                if texts or not (checks or sigs):
                    val = "\n".join(texts)
                    nl = len(_wrap(val, "Helvetica", 8.5, 16.4 * cm)) if val else 2
                    h = max(26, 11 * nl + 6)
                    need(h + 4)
                    tf(eid, val, 2 * cm, y - h, 17 * cm, h)
                    y -= h + 6
                for _, role, name, date, signed in sigs:
                    need(20)
                    c.setFont("DV", 8.5)
                    c.drawString(2 * cm, y - 10, role)
                    tf(eid + "_naam", name or "", 5.5 * cm, y - 13, 6 * cm, 13, multiline=False)
                    c.drawString(11.8 * cm, y - 10, "Datum")
                    tf(eid + "_datum", date or "", 13 * cm, y - 13, 2.6 * cm, 13, multiline=False)
                    cb(eid + "_getekend", bool(signed), 16 * cm, y - 12)
                    c.drawString(16.5 * cm, y - 10, "ondertekend")
                    y -= 20
                y -= 8
    c.save()


# ---------------------------------------------------------------- LibreOffice and scans
def soffice_convert(src, fmt, outdir, profile):
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def to_scan(src_pdf, out_pdf, seed, build_dir):
    import numpy as np
    from PIL import Image, ImageFilter
    base = os.path.join(build_dir, "scan%d" % seed)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(build_dir) if p.startswith("scan%d-" % seed) and p.endswith(".png"))
    rng = np.random.RandomState(seed)
    imgs = []
    for i, p in enumerate(pages):
        im = Image.open(os.path.join(build_dir, p)).convert("L")
        ang = float(rng.uniform(-1.3, 1.3))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 12 + rng.normal(0, 9, a.shape)          # grey paper and noise
        specks = rng.random_sample(a.shape) < 0.0008
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
    import time
    fixed = time.strptime("2026-12-09 12:00:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(out_pdf, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed)
