# -*- coding: utf-8 -*-
"""Renderers: IR -> docx, odt, pdf (reportlab, optionally with AcroForm fields), txt; scans; zip normalisation."""
import io, os, random, zipfile, datetime
from xml.sax.saxutils import escape

FIXED = (2026, 12, 6, 0, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def scribble_points(seed, w=110, h=28):
    r = random.Random(seed)
    pts, x = [], 4
    while x < w - 6:
        pts.append((x, h / 2 + r.uniform(-h / 2.4, h / 2.4)))
        x += r.uniform(4, 11)
    return pts


def scribble_png(seed):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (330, 84), "white")
    dr = ImageDraw.Draw(img)
    pts = [(x * 3, y * 3) for x, y in scribble_points(seed)]
    dr.line(pts, fill=(20, 30, 110), width=4, joint="curve")
    b = io.BytesIO(); img.save(b, "PNG"); return b.getvalue()


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ------------------------------------------------------------------ txt
def to_txt(B, d, path):
    sig = d.get("sigtext", "(w.g.)")
    out = []
    def cell(c): return c.replace("{SIG}", sig)
    for b in B:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1]]
        elif k in ("p", "pb", "pi"):
            out += [b[1], ""]
        elif k == "table":
            rows = [[cell(c).replace("\n", " / ") for c in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            wid = [min(38, max(len(r[i]) if i < len(r) else 0 for r in rows)) for i in range(ncol - 1)]
            for r in rows:
                out.append(" | ".join([r[i].ljust(wid[i]) for i in range(len(r) - 1)] + [r[-1]]).rstrip())
            out.append("")
        elif k == "pagebreak":
            out.append("\f")
        elif k == "field":
            out.append(f"{b[1]}: {b[2]}")
        elif k == "cbox":
            out.append(("[X] " if b[2] else "[ ] ") + b[1])
    if d.get("footer"):
        out += ["", "-" * 60, d["footer"].replace("{PAGE}", "1")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ docx
def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for t, extra in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if t == "instr":
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = " %s " % instr; run._r.append(e)
        elif t == "text":
            e = OxmlElement("w:t"); e.text = "1"; run._r.append(e)
        else:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)


SDT_CHECK = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
             '<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{val}"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
             '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
SDT_TEXT = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
            '{ph}<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{txt}</w:t></w:r></w:sdtContent></w:sdt>')


def to_docx(B, d, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = d.get("font", "Calibri"); st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = d.get("author", "Onderwijsadministratie"); cp.title = d.get("doctitle", "OPP"); cp.last_modified_by = cp.author
    cp.created = cp.modified = datetime.datetime(2026, 12, 6, 0, 0, 0); cp.revision = 1; cp.comments = ""
    sec = doc.sections[0]
    if d.get("footer"):
        p = sec.footer.paragraphs[0]
        parts = d["footer"].split("{PAGE}")
        p.add_run(parts[0]); _add_field(p.add_run(), "PAGE")
        if len(parts) > 1:
            rest = parts[1].split("{NUMPAGES}")
            p.add_run(rest[0])
            if len(rest) > 1:
                _add_field(p.add_run(), "NUMPAGES"); p.add_run(rest[1])
    if d.get("header"):
        sec.header.paragraphs[0].add_run(d["header"])
    png = scribble_png(d["stem"]) if d.get("sig") == "image" else None
    sigtext = d.get("sigtext", "(w.g.)")
    cc = d.get("cc")
    nsdt = [0]

    def fill(par, text, bold=False):
        parts = text.split("{SIG}")
        for i, part in enumerate(parts):
            if part:
                lines = part.split("\n")
                for j, ln in enumerate(lines):
                    r = par.add_run(ln); r.bold = bold
                    if j < len(lines) - 1:
                        r.add_break()
            if i < len(parts) - 1:
                if png:
                    par.add_run().add_picture(io.BytesIO(png), width=Cm(3.2))
                else:
                    par.add_run(sigtext).italic = True

    def sdt_text(par, label, value):
        nsdt[0] += 1
        if value:
            x = SDT_TEXT.format(alias=escape(label), tag="f%d" % nsdt[0], ph="", rpr="", txt=escape(value))
        else:
            x = SDT_TEXT.format(alias=escape(label), tag="f%d" % nsdt[0], ph='<w:showingPlcHdr/>', rpr='<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>',
                                txt="Klik of tik om tekst in te voeren.")
        par._p.append(parse_xml(x))

    for b in B:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "p":
            fill(doc.add_paragraph(), b[1])
        elif k == "pb":
            fill(doc.add_paragraph(), b[1], bold=True)
        elif k == "pi":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x44, 0x55, 0x99)
        elif k == "table":
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol); t.style = "Table Grid"; t.autofit = False
            cw = [Cm(4.5), Cm(12)] if ncol == 2 else [Cm(16.5 / ncol)] * ncol
            for i_r in range(len(rows)):
                for j in range(ncol):
                    t.cell(i_r, j).width = cw[j]
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j); fill(cell.paragraphs[0], c, bold=(b[2] and i == 0) or (j == 0 and ncol == 2))
            doc.add_paragraph()
        elif k == "pagebreak":
            doc.add_page_break()
        elif k == "field":
            p = doc.add_paragraph(); p.add_run(b[1] + ": ").bold = True
            if cc:
                sdt_text(p, b[1], b[2])
            else:
                fill(p, b[2] if b[2] else "…………………………………………")
        elif k == "cbox":
            p = doc.add_paragraph()
            if cc:
                nsdt[0] += 1
                p._p.append(parse_xml(SDT_CHECK.format(alias="Keuze", tag="c%d" % nsdt[0], val="1" if b[2] else "0", ch="☒" if b[2] else "☐")))
                p.add_run(" " + b[1])
            else:
                p.add_run(("☒ " if b[2] else "☐ ") + b[1])
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ odt
def to_odt(B, d, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    doc = OpenDocumentText()
    doc.meta.addElement(meta.CreationDate(text="2026-12-06T00:00:00"))
    doc.meta.addElement(dc.Date(text="2026-12-06T00:00:00"))
    doc.meta.addElement(dc.Creator(text=d.get("author", "Onderwijsadministratie")))
    def pst(name, size=None, bold=False, italic=False, brk=False):
        s = Style(name=name, family="paragraph")
        tp = {}
        if size: tp["fontsize"] = size
        if bold: tp["fontweight"] = "bold"
        if italic: tp["fontstyle"] = "italic"
        if tp: s.addElement(TextProperties(**tp))
        if brk: s.addElement(ParagraphProperties(breakbefore="page"))
        doc.automaticstyles.addElement(s); return s
    sT, s1, s2, sb, si, sbr = pst("T1", "18pt", True), pst("H1x", "14pt", True), pst("H2x", "12pt", True), pst("PB", bold=True), pst("PI", italic=True), pst("BR", brk=True)
    cst = Style(name="Cell", family="table-cell"); cst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm")); doc.automaticstyles.addElement(cst)
    sigtext = d.get("sigtext", "(w.g.)")
    brk = [False]
    tabn = [0]

    def para(text, style=None):
        kw = {}
        st = style
        if brk[0]:
            st = sbr; brk[0] = False
        if st is not None:
            kw["stylename"] = st
        p = P(**kw)
        lines = text.replace("{SIG}", sigtext).split("\n")
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p
    for b in B:
        k = b[0]
        if k == "title":
            doc.text.addElement(para(b[1], sT))
        elif k == "h1":
            h = H(outlinelevel=1, stylename=s1); h.addText(b[1]); doc.text.addElement(h)
        elif k == "h2":
            h = H(outlinelevel=2, stylename=s2); h.addText(b[1]); doc.text.addElement(h)
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "pb":
            doc.text.addElement(para(b[1], sb))
        elif k == "pi":
            doc.text.addElement(para(b[1], si))
        elif k == "table":
            rows = b[1]; ncol = max(len(r) for r in rows)
            tabn[0] += 1
            t = Table(name="Tabel%d" % tabn[0])
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for j in range(ncol):
                    tc = TableCell(stylename=cst, valuetype="string")
                    tc.addElement(para(r[j] if j < len(r) else ""))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P())
        elif k == "pagebreak":
            brk[0] = True
        elif k == "field":
            doc.text.addElement(para(f"{b[1]}: {b[2]}"))
        elif k == "cbox":
            doc.text.addElement(para(("☒ " if b[2] else "☐ ") + b[1]))
    if d.get("footer"):
        doc.text.addElement(para(d["footer"].replace("{PAGE}", "").replace(" van {NUMPAGES}", "")))
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ reportlab pdf
_reg = [False]


def _fonts():
    if _reg[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB)); pdfmetrics.registerFont(TTFont("DVI", FONTI))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _reg[0] = True


def to_pdf(B, d, path, form=False):
    _fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    st = {"title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
          "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8),
          "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=5),
          "p": base, "pb": ParagraphStyle("pb", parent=base, fontName="DVB"),
          "pi": ParagraphStyle("pi", parent=base, fontName="DVI", textColor=colors.HexColor("#445599"))}
    cellst = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    sigtext = d.get("sigtext", "(w.g.)")
    use_img = d.get("sig") == "image"

    class Sig(Flowable):
        def __init__(self, seed): super().__init__(); self.seed = seed; self.width = 3.4 * cm; self.height = 0.9 * cm
        def draw(self):
            c = self.canv; c.setStrokeColor(colors.HexColor("#14206e")); c.setLineWidth(1.1)
            pts = scribble_points(self.seed); p = c.beginPath(); p.moveTo(*pts[0])
            for x, y in pts[1:]: p.lineTo(x * 0.85, y * 0.85)
            c.drawPath(p, stroke=1, fill=0)

    class Field(Flowable):
        n = 0
        def __init__(self, label, value, box=False):
            super().__init__(); Field.n += 1; self.name = "veld%02d" % Field.n; self.label = label; self.box = box
            if not box:
                value = value.translate({0x2013: "-", 0x201c: '"', 0x201d: '"', 0x2018: "'", 0x2019: "'", 0x2026: "..."}).encode("latin-1", "replace").decode("latin-1")
            self.value = value
            self.width = 17 * cm
            self.lines = 1 if box else max(1, min(6, len(value) // 95 + 1))
            self.height = (0.7 if box else 0.55 + 0.42 * self.lines) * cm
        def draw(self):
            c = self.canv; c.setFont("DVB" if not self.box else "DV", 9)
            if self.box:
                c.acroForm.checkboxRelative(name=self.name, x=0, y=2, size=11, checked=self.value, buttonStyle="cross", tooltip=self.label, borderWidth=1)
                c.drawString(16, 4, self.label)
            else:
                h = self.height - 0.45 * cm
                c.drawString(0, self.height - 9, self.label)
                c.acroForm.textfieldRelative(name=self.name, tooltip=self.label, x=0, y=0, width=self.width, height=h, value=self.value,
                                             fontName="Helvetica", fontSize=8, borderWidth=0.6, fieldFlags="multiline" if self.lines > 1 else "")

    def P(text, style):
        parts = text.split("{SIG}")
        return Paragraph("<br/>".join(escape(x) for x in parts[0].split("\n")), style), len(parts) > 1

    def cellflow(text, bold=False):
        if "{SIG}" in text:
            return Sig(d["stem"] + text) if use_img else Paragraph("<i>%s</i>" % escape(sigtext), cellst)
        s = "<br/>".join(escape(x) for x in text.split("\n"))
        return Paragraph("<b>%s</b>" % s if bold and s else s, cellst)

    story = []
    for b in B:
        k = b[0]
        if k in st:
            txt = b[1]
            if "{SIG}" in txt:
                story.append(Paragraph(escape(txt.replace("{SIG}", sigtext)), st[k]))
            else:
                story.append(Paragraph("<br/>".join(escape(x) for x in txt.split("\n")), st[k]))
        elif k == "table":
            rows = b[1]; ncol = max(len(r) for r in rows)
            data = [[cellflow(r[j] if j < len(r) else "", bold=(b[2] and i == 0) or (j == 0 and ncol == 2)) for j in range(ncol)] for i, r in enumerate(rows)]
            W = 17 * cm
            cw = [4.5 * cm, W - 4.5 * cm] if ncol == 2 else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf5") if b[2] else colors.white)]))
            story += [t, Spacer(1, 6)]
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "field":
            if form:
                story.append(Field(b[1], b[2]))
            else:
                story.append(Paragraph("<b>%s:</b> %s" % (escape(b[1]), escape(b[2]) or "……………………………"), base))
        elif k == "cbox":
            if form:
                story.append(Field(b[1], b[2], box=True))
            else:
                story.append(Paragraph(escape(("☒ " if b[2] else "☐ ") + b[1]), base))

    def onpage(c, docx_):
        c.saveState(); c.setFont("DV", 7.5)
        if d.get("footer"):
            c.drawString(2 * cm, 1.2 * cm, d["footer"].replace("{PAGE}", str(c.getPageNumber())).replace(" van {NUMPAGES}", ""))
        if d.get("header"):
            c.drawString(2 * cm, A4[1] - 1.2 * cm, d["header"])
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=d.get("doctitle", "OPP"), author=d.get("author", "Onderwijsadministratie"), creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def fix_pdf_meta(path, d):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(path); w = PdfWriter(clone_from=r)
    w.add_metadata({"/CreationDate": "D:20261206000000Z", "/ModDate": "D:20261206000000Z", "/Producer": "LibreOffice",
                    "/Author": d.get("author", "Onderwijsadministratie"), "/Title": d.get("doctitle", "OPP")})
    w._ID = None
    with open(path, "wb") as f:
        w.write(f)


def make_scan(pdf_in, pdf_out, seed, tmpdir):
    import subprocess, glob
    from PIL import Image, ImageFilter
    pref = os.path.join(tmpdir, "pg")
    for f in glob.glob(pref + "*"):
        os.remove(f)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", pdf_in, pref], check=True)
    r = random.Random(seed)
    pages = []
    for f in sorted(glob.glob(pref + "*.png")):
        im = Image.open(f).convert("L")
        ang = r.uniform(-1.2, 1.2)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load(); W, H = im.size
        for _ in range(W * H // 180):
            x, y = r.randrange(W), r.randrange(H)
            px[x, y] = r.choice((0, 60, 120, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: 255 if v > 235 else int(v * 0.96))
        pages.append(im.convert("L"))
    import time
    fixed = time.gmtime(1796515200)
    pages[0].save(pdf_out, "PDF", resolution=110, save_all=True, append_images=pages[1:], title="Scan", author="Scanner",
                  creationDate=fixed, modDate=fixed, producer="")
