"""Renderers for the block model.
Blocks: ('title',t) ('sub',t) ('h1',t) ('h2',t) ('p',t) ('li',t) ('small',t) ('kv',[(k,v)]) ('table',hdr,rows)
('checks',[(bool,label)]) ('sign',[(role,name,signed,date)]) ('pb',)
doc = dict(blocks=..., header=str|None, footer=str|None, bold_heads=False, cc=False)"""
import os, random, subprocess, math
from xml.sax.saxutils import escape

# ------------------------------------------------------------------ txt
def to_txt(doc, path):
    out = []
    if doc.get("header"): out += [doc["header"], "=" * len(doc["header"]), ""]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title": out += [b[1].upper(), ""]
        elif k == "sub": out += [b[1], ""]
        elif k == "h1": out += ["", b[1], "-" * len(b[1])]
        elif k == "h2": out += ["", b[1] + ("" if b[1][-1] in "?:" else ":")]
        elif k in ("p", "small"): out += [b[1]]
        elif k == "li": out += ["  - " + b[1]]
        elif k == "kv":
            w = max(len(x[0]) for x in b[1]) + 2
            for key, v in b[1]:
                lines = (v or "").split("\n")
                out.append(f"{key + ':':<{w}} {lines[0]}")
                for l in lines[1:]: out.append(" " * (w + 1) + l)
        elif k == "table":
            out.append(" | ".join(b[1]))
            for r in b[2]: out.append(" | ".join(c or "" for c in r))
        elif k == "checks":
            for c, l in b[1]: out.append(("[x] " if c else "[ ] ") + l)
        elif k == "sign":
            for role, name, signed, date in b[1]:
                out.append(f"{role}: {name}   Handtekening: {'w.g. ' + name if signed else '______________'}   Datum: {date or '__________'}")
        elif k == "pb": out += ["", "\f"]
    if doc.get("footer"): out += ["", "-" * 40, doc["footer"].replace("{page}", "1")]
    with open(path, "w", encoding="utf-8") as f: f.write("\n".join(out) + "\n")

# ------------------------------------------------------------------ docx
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_sdt_id = [1000]

def _cc_text(paragraph, text, tag):
    _sdt_id[0] += 1
    xml = (f'<w:sdt {W14}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{_sdt_id[0]}"/>'
           + ('<w:showingPlcHdr/>' if not text else '') + '<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
           + f'<w:r><w:t xml:space="preserve">{escape(text or "Klik of tik om tekst in te voeren.")}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))

def _cc_check(paragraph, checked, label):
    _sdt_id[0] += 1
    xml = (f'<w:sdt {W14}><w:sdtPr><w:id w:val="{_sdt_id[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))
    paragraph.add_run(" " + label)

def to_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]; st.font.name = doc.get("font", "Calibri"); st.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.get("header"): sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"): sec.footer.paragraphs[0].text = doc["footer"].replace("{page}", "")
    bold = doc.get("bold_heads"); cc = doc.get("cc")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            if bold:
                r = d.add_paragraph().add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            else: d.add_heading(b[1], 0)
        elif k == "sub": d.add_paragraph(b[1]).runs[0].italic = True
        elif k in ("h1", "h2"):
            if bold:
                r = d.add_paragraph().add_run(b[1]); r.bold = True; r.font.size = Pt(12 if k == "h1" else 10.5)
            else: d.add_heading(b[1], 1 if k == "h1" else 2)
        elif k == "p": d.add_paragraph(b[1])
        elif k == "small": r = d.add_paragraph().add_run(b[1]); r.font.size = Pt(8)
        elif k == "li": d.add_paragraph(b[1], style="List Bullet")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for key, v in b[1]:
                c = t.add_row().cells
                c[0].paragraphs[0].add_run(key).bold = True
                c[0].width = Cm(5); c[1].width = Cm(11)
                if cc: _cc_text(c[1].paragraphs[0], v, key[:60])
                else:
                    lines = (v or "").split("\n"); c[1].paragraphs[0].text = lines[0]
                    for l in lines[1:]: c[1].add_paragraph(l)
            d.add_paragraph()
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1])); t.style = "Table Grid"
            for i, h in enumerate(b[1]): t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r): c[i].text = v or ""
            d.add_paragraph()
        elif k == "checks":
            for c, l in b[1]:
                p = d.add_paragraph()
                if cc: _cc_check(p, c, l)
                else: p.add_run(("☒ " if c else "☐ ") + l)
        elif k == "sign":
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Handtekening", "Datum"]): t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for role, name, signed, date in b[1]:
                c = t.add_row().cells
                c[0].text = role; c[1].text = name
                if signed:
                    r = c[2].paragraphs[0].add_run(name.split(". ")[-1] if ". " in name else name); r.italic = True; r.font.name = "Segoe Script"; r.font.size = Pt(13)
                else: c[2].text = "__________________"
                c[3].text = date or ""
            d.add_paragraph()
        elif k == "pb": d.add_page_break()
    d.save(path)

# ------------------------------------------------------------------ odt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.text import H, P, List, ListItem, Span
from odf.table import Table, TableColumn, TableRow, TableCell

def to_odt(doc, path):
    o = OpenDocumentText()
    hs = {}
    for name, size in (("T", "18pt"), ("H1", "14pt"), ("H2", "11pt")):
        s = Style(name=name, family="paragraph"); s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm")); o.styles.addElement(s); hs[name] = s
    bs = Style(name="B", family="text"); bs.addElement(TextProperties(fontweight="bold")); o.styles.addElement(bs)
    ss = Style(name="Sig", family="text"); ss.addElement(TextProperties(fontstyle="italic", fontsize="13pt", fontname="URW Chancery L")); o.styles.addElement(ss)
    def table(rows, header=None):
        n = len(rows[0]) if rows else len(header)
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        for ri, r in enumerate(([header] if header else []) + rows):
            tr = TableRow()
            for ci, v in enumerate(r):
                tc = TableCell()
                for l in (v or "").split("\n"):
                    p = P()
                    if (header and ri == 0) or (not header and ci == 0 and n == 2): p.addElement(Span(stylename=bs, text=l))
                    elif isinstance(v, str) and v.startswith("\x01"): p.addElement(Span(stylename=ss, text=l[1:]))
                    else: p.addText(l)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        o.text.addElement(t)
    if doc.get("header"): o.text.addElement(P(text=doc["header"]))
    for b in doc["blocks"]:
        k = b[0]
        if k == "title": o.text.addElement(H(outlinelevel=1, stylename=hs["T"], text=b[1]))
        elif k == "sub": o.text.addElement(P(text=b[1]))
        elif k == "h1": o.text.addElement(H(outlinelevel=1, stylename=hs["H1"], text=b[1]))
        elif k == "h2": o.text.addElement(H(outlinelevel=2, stylename=hs["H2"], text=b[1]))
        elif k in ("p", "small"): o.text.addElement(P(text=b[1]))
        elif k == "li": o.text.addElement(P(text="• " + b[1]))
        elif k == "kv": table([[a, v or ""] for a, v in b[1]])
        elif k == "table": table([list(r) for r in b[2]], list(b[1]))
        elif k == "checks":
            for c, l in b[1]: o.text.addElement(P(text=("☒ " if c else "☐ ") + l))
        elif k == "sign":
            table([[role, name, ("\x01" + name) if signed else "__________________", date or ""] for role, name, signed, date in b[1]],
                  ["", "Naam", "Handtekening", "Datum"])
        elif k == "pb": o.text.addElement(P(text=""))
    if doc.get("footer"): o.text.addElement(P(text=doc["footer"].replace("{page}", "")))
    o.save(path)

# ------------------------------------------------------------------ pdf (reportlab direct)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table as RTable, TableStyle, PageBreak, Flowable
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rcanvas

class Scribble(Flowable):
    def __init__(self, seed, name=None, w=110, h=26):
        super().__init__(); self.seed, self.name, self.width, self.height = seed, name, w, h
    def draw(self):
        rng = random.Random(self.seed); c = self.canv
        c.setLineWidth(1.1); c.setStrokeColor(colors.HexColor("#1a237e"))
        p = c.beginPath(); x, y = 4, 10; p.moveTo(x, y)
        for i in range(6):
            nx = x + rng.uniform(10, 20)
            p.curveTo(x + 5, y + rng.uniform(8, 18), nx - 5, y - rng.uniform(6, 12), nx, y + rng.uniform(-3, 3)); x = nx
        c.drawPath(p, stroke=1, fill=0)
        if self.name:
            c.setFont("Helvetica", 6.5); c.setFillColor(colors.black); c.drawString(4, 0, self.name)

def to_pdf(doc, path, scan=False):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName=doc.get("pdffont", "Helvetica"), fontSize=9.5, leading=12.5, spaceAfter=3)
    st = {"title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6),
          "sub": ParagraphStyle("s", parent=base, fontName="Helvetica-Oblique"),
          "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8),
          "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=10, spaceBefore=4),
          "p": base, "small": ParagraphStyle("sm", parent=base, fontSize=7.5, leading=9),
          "li": ParagraphStyle("li", parent=base, leftIndent=12, bulletIndent=2)}
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    E = lambda t: escape(t or "").replace("\n", "<br/>")
    fl = []
    for b in doc["blocks"]:
        k = b[0]
        if k in st:
            fl.append(Paragraph(E(b[1]), st[k], bulletText="•" if k == "li" else None))
        elif k == "kv":
            t = RTable([[Paragraph(E(a), cellb), Paragraph(E(v), cell)] for a, v in b[1]], colWidths=[140, 330])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            fl += [t, Spacer(1, 6)]
        elif k == "table":
            n = len(b[1]); cw = [470 / n] * n if n != 3 else [110, 180, 180]
            t = RTable([[Paragraph(E(h), cellb) for h in b[1]]] + [[Paragraph(E(c), cell) for c in r] for r in b[2]], colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
            fl += [t, Spacer(1, 6)]
        elif k == "checks":
            for c, l in b[1]: fl.append(Paragraph(("[X] " if c else "[&nbsp;&nbsp;] ") + E(l), base))
        elif k == "sign":
            rows = [[Paragraph("", cellb), Paragraph("Naam", cellb), Paragraph("Handtekening", cellb), Paragraph("Datum", cellb)]]
            for i, (role, name, signed, date) in enumerate(b[1]):
                sig = Scribble(hash(name) % 1000 + i if False else sum(map(ord, name)) + i, None if scan else name) if signed else Paragraph("", cell)
                rows.append([Paragraph(E(role), cell), Paragraph(E(name), cell), sig, Paragraph(E(date), cell)])
            t = RTable(rows, colWidths=[110, 130, 130, 100], rowHeights=[16] + [34] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl += [t, Spacer(1, 6)]
        elif k == "pb": fl.append(PageBreak())
    hdr, ftr = doc.get("header"), doc.get("footer")
    def onpage(c, d):
        c.saveState(); c.setFont("Helvetica", 7.5)
        if hdr: c.drawString(40, A4[1] - 28, hdr); c.line(40, A4[1] - 32, A4[0] - 40, A4[1] - 32)
        if ftr: c.line(40, 34, A4[0] - 40, 34); c.drawString(40, 24, ftr.replace("{page}", str(d.page)))
        c.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=55, rightMargin=55, topMargin=50, bottomMargin=50,
                      title=doc.get("meta_title", ""), author=doc.get("meta_author", "")).build(fl, onFirstPage=onpage, onLaterPages=onpage)

# ------------------------------------------------------------------ fillable pdf form
def _l1(t):
    return (t or "").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").encode("latin-1", "replace").decode("latin-1")

def to_form(doc, path):
    c = rcanvas.Canvas(path, pagesize=A4); c.setTitle(doc.get("meta_title", ""))
    form = c.acroForm; W, Hh = A4; y = Hh - 50; fid = [0]
    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage(); y = Hh - 50
    def wrap(t, n):
        out = []
        for para in (t or "").split("\n"):
            line = ""
            for w in para.split(" "):
                if len(line) + len(w) + 1 > n: out.append(line); line = w
                else: line = (line + " " + w).strip()
            out.append(line)
        return out
    def fname(s):
        fid[0] += 1; return "f%02d_" % fid[0] + "".join(ch for ch in s if ch.isalnum())[:30]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title": need(30); c.setFont("Helvetica-Bold", 15); c.drawString(50, y, b[1]); y -= 24
        elif k in ("sub", "p", "small", "li"):
            lines = wrap(("• " if k == "li" else "") + b[1], 100); need(12 * len(lines))
            c.setFont("Helvetica-Oblique" if k == "sub" else "Helvetica", 8 if k == "small" else 9.5)
            for l in lines: c.drawString(50, y, l); y -= 12
            y -= 3
        elif k in ("h1", "h2"):
            need(30); y -= 6; c.setFont("Helvetica-Bold", 11 if k == "h1" else 10); c.drawString(50, y, b[1]); y -= 16
        elif k == "kv":
            for key, v in b[1]:
                lines = wrap(v, 78) if v else [""]; h = max(18, 10.5 * len(lines) + 8)
                v = "\n".join(lines) if v else ""
                klines = wrap(key, 28); need(max(h, 12 * len(klines)) + 6)
                c.setFont("Helvetica-Bold", 8.5)
                for i, kl in enumerate(klines): c.drawString(50, y - 10 - 10 * i, kl)
                form.textfield(name=fname(key), tooltip=key, x=200, y=y - h, width=345, height=h, value=_l1(v),
                               fontName="Helvetica", fontSize=8.5 if len(lines) > 1 else 9, borderWidth=.6,
                               fieldFlags="multiline" if len(lines) > 1 or not v else "", forceBorder=True)
                if not v and key not in ("Naam", "Geboortedatum", "School / groep"): pass
                y -= max(h, 12 * len(klines)) + 6
        elif k == "checks":
            for ch, l in b[1]:
                lines = wrap(l, 88); need(14 * len(lines) + 4)
                form.checkbox(name=fname(l), tooltip=l, x=52, y=y - 11, size=11, checked=bool(ch), buttonStyle="cross", borderWidth=.6)
                c.setFont("Helvetica", 9)
                for i, ll in enumerate(lines): c.drawString(70, y - 9 - 11 * i, ll)
                y -= 11 * len(lines) + 8
        elif k == "sign":
            for role, name, signed, date in b[1]:
                need(40); c.setFont("Helvetica-Bold", 8.5); c.drawString(50, y - 10, role)
                c.setFont("Helvetica", 7); c.drawString(200, y + 2, "Naam"); c.drawString(345, y + 2, "Handtekening"); c.drawString(470, y + 2, "Datum")
                form.textfield(name=fname("naam" + role), x=200, y=y - 18, width=140, height=18, value=_l1(name), fontSize=9, borderWidth=.6, forceBorder=True)
                form.textfield(name=fname("handtekening" + role), x=345, y=y - 18, width=120, height=18, value=_l1("w.g. " + name) if signed else "", fontSize=9, borderWidth=.6, forceBorder=True)
                form.textfield(name=fname("datum" + role), x=470, y=y - 18, width=75, height=18, value=date or "", fontSize=9, borderWidth=.6, forceBorder=True)
                y -= 34
        elif k == "table":
            rows = [b[1]] + list(b[2])
            for r in rows:
                lines = [wrap(x, 38) for x in r]; h = 11 * max(len(l) for l in lines) + 6; need(h)
                for i, cl in enumerate(lines):
                    c.setFont("Helvetica-Bold" if r is rows[0] else "Helvetica", 8.5)
                    for j, l in enumerate(cl): c.drawString(50 + i * 165, y - 10 - 11 * j, l)
                y -= h
        elif k == "pb": c.showPage(); y = Hh - 50
    c.save()

# ------------------------------------------------------------------ scans
def scan_pdf(src_pdf, out_pdf, seed, tmpdir):
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    pre = os.path.join(tmpdir, f"scan{seed}")
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pre], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith(f"scan{seed}-"))
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        im = im.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load(); w, h = im.size; r2 = random.Random(seed * 7 + len(imgs))
        for _ in range(w * h // 60):
            x, y = r2.randrange(w), r2.randrange(h); px[x, y] = r2.choice([40, 90, 170, 200])
        im = im.filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: min(255, int(v * 0.93 + 12)))
        imgs.append(im.convert("RGB"))
    imgs[0].save(out_pdf, save_all=True, append_images=imgs[1:], resolution=110)
