"""Writers: IR blocks -> docx / odt / pdf (reportlab) / txt / md / fillable pdf / scan."""
import re, random, subprocess, os, glob, datetime as dt
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVO", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVO"); addMapping("DV", 1, 1, "DVB")

BOX = {True: "☒", False: "☐"}

def cell_text(t, scan=False):
    """Text for signature markers outside scans."""
    if not t: return ""
    t = re.sub(r"@SIG:(.+)", lambda m: f"w.g. {m.group(1)}", t)
    t = re.sub(r"@HD:(.+)", lambda m: m.group(1), t)
    return t

# ------------------------------------------------------------------ DOCX
def _sdt_text(par, text, tag):
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), tag); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    sdt.append(pr); content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve")
    r.append(t); content.append(r); sdt.append(content); par._p.append(sdt)

def _sdt_check(par, checked, label):
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox")
    ch = OxmlElement("w14:checked"); ch.set(qn("w14:val"), "1" if checked else "0"); cb.append(ch)
    cs = OxmlElement("w14:checkedState"); cs.set(qn("w14:val"), "2612"); cs.set(qn("w14:font"), "MS Gothic"); cb.append(cs)
    us = OxmlElement("w14:uncheckedState"); us.set(qn("w14:val"), "2610"); us.set(qn("w14:font"), "MS Gothic"); cb.append(us)
    pr.append(cb); sdt.append(pr)
    content = OxmlElement("w:sdtContent"); r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = BOX[checked]
    r.append(t); content.append(r); sdt.append(content); par._p.append(sdt)
    par.add_run(" " + label)

def write_docx(blocks, path, meta):
    d = Document()
    d.core_properties.created = dt.datetime(2026, 1, 1); d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.author = meta.get("author", "school"); d.core_properties.title = meta.get("title", "")
    st = d.styles["Normal"]; st.font.name = meta.get("font", "Calibri"); st.font.size = Pt(10.5)
    sec = d.sections[0]
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"]
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    sdt = meta.get("sdt", False)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[2], level=b[1])
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            p = d.add_paragraph(); r = p.add_run(b[1] + ": "); r.bold = True
            if sdt: _sdt_text(p, b[2], b[1][:30])
            else: p.add_run(b[2])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ticks":
            for lab, t in b[1]:
                p = d.add_paragraph()
                if sdt: _sdt_check(p, t, lab)
                else: p.add_run(f"{BOX[t]} {lab}")
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(rows[0]) if rows else len(hdr)
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = ""; cells[i].paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = cell_text(v)
            d.add_paragraph()
        elif k == "remark":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00); r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif k == "strike":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.strike = True; r.font.color.rgb = RGBColor(0xC0, 0, 0)
            r2 = p.add_run(" " + b[2]); r2.underline = True; r2.font.color.rgb = RGBColor(0, 0x60, 0xC0)
        elif k == "pb":
            d.add_page_break()
    d.save(path)

# ------------------------------------------------------------------ ODT
def write_odt(blocks, path, meta):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table as OT, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        s = Style(name=f"Heading {lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    for b in blocks:
        k = b[0]
        if k == "h":
            doc.text.addElement(H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "kv":
            p = P(); p.addElement(Span(stylename=bold, text=b[1] + ": ")); p.addText(b[2]); doc.text.addElement(p)
        elif k == "ul":
            for it in b[1]: doc.text.addElement(P(text="• " + it))
        elif k == "ticks":
            for lab, t in b[1]: doc.text.addElement(P(text=f"{BOX[t]} {lab}"))
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(rows[0]) if rows else len(hdr)
            t = OT(name=f"T{id(b) % 100000}"); t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in ([hdr] if hdr else []) + rows:
                tr = TableRow()
                for v in row:
                    tc = TableCell(valuetype="string")
                    for line in (cell_text(v) or "").split("\n"): tc.addElement(P(text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k in ("remark",):
            doc.text.addElement(P(text=b[1]))
        elif k == "strike":
            doc.text.addElement(P(text=b[2]))
    doc.save(path)

# ------------------------------------------------------------------ TXT / MD
def write_text(blocks, path, meta, md=False):
    out = []
    if meta.get("header"): out.append(meta["header"]); out.append("")
    for b in blocks:
        k = b[0]
        if k == "h":
            if md: out.append("#" * b[1] + " " + b[2])
            else:
                out.append(b[2].upper() if b[1] == 1 else b[2]); out.append(("=" if b[1] == 1 else "-") * len(b[2]))
        elif k == "p": out.append(b[1])
        elif k == "kv": out.append(f"**{b[1]}:** {b[2]}" if md else f"{b[1]}: {b[2]}")
        elif k == "ul": out.extend(("- " if md else "  * ") + x for x in b[1])
        elif k == "ticks": out.extend(("[x] " if t else "[ ] ") + l for l, t in b[1])
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                ncol = len(rows[0]) if rows else len(hdr)
                h = hdr or [""] * ncol
                out.append("| " + " | ".join(h) + " |"); out.append("|" + "---|" * ncol)
                for r in rows: out.append("| " + " | ".join(cell_text(v).replace("\n", "<br>") for v in r) + " |")
            else:
                for r in rows:
                    if hdr: out.append("  " + "; ".join(f"{h}: {cell_text(v) or '____________'}" for h, v in zip(hdr, r)))
                    else: out.append("  " + " | ".join(cell_text(v) or "____________" for v in r))
        elif k == "remark": out.append(b[1])
        elif k == "strike": out.append(b[2])
        elif k == "pb": out.append("\f" if not md else "---")
        out.append("")
    if meta.get("footer"): out.append(meta["footer"])
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

# ------------------------------------------------------------------ PDF (reportlab)
class Squiggle(Flowable):
    def __init__(self, seed, w=90, h=22):
        super().__init__(); self.seed, self.width, self.height = seed, w, h
    def draw(self):
        r = random.Random(self.seed); c = self.canv
        c.setStrokeColor(colors.Color(0.05, 0.1, 0.45)); c.setLineWidth(1.1)
        p = c.beginPath(); x, y = 2, 8 + r.random() * 6; p.moveTo(x, y)
        while x < self.width - 8:
            x2 = x + 6 + r.random() * 8
            p.curveTo(x + 2, y + r.uniform(-10, 12), x2 - 2, y + r.uniform(-10, 12), x2, 5 + r.random() * 12)
            x = x2
        c.drawPath(p, stroke=1, fill=0)

class Hand(Flowable):
    def __init__(self, text, seed):
        super().__init__(); self.text, self.seed, self.width, self.height = text, seed, 70, 16
    def draw(self):
        r = random.Random(self.seed); c = self.canv
        c.setFillColor(colors.Color(0.05, 0.1, 0.45)); x = 2
        for ch in self.text:
            c.saveState(); c.translate(x, 3 + r.uniform(-1.5, 1.5)); c.rotate(r.uniform(-8, 8))
            c.setFont("DVO", 9.5 + r.uniform(-1, 1.2)); c.drawString(0, 0, ch); c.restoreState()
            x += c.stringWidth(ch, "DVO", 9.5) + r.uniform(-0.3, 0.8)

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def write_pdf(blocks, path, meta, scan=False):
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="DV", fontSize=meta.get("fs", 9.5), leading=meta.get("fs", 9.5) * 1.3)
    hst = {1: ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=14, leading=18, spaceBefore=6, spaceAfter=4),
           2: ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=2,
                             backColor=meta.get("hbg"), borderPadding=2),
           3: ParagraphStyle("h3", parent=base, fontName="DVB", fontSize=10, leading=13, spaceBefore=4)}
    cellst = ParagraphStyle("c", parent=base, fontSize=base.fontSize - 0.5, leading=(base.fontSize - 0.5) * 1.25)
    story = []; k_ = 0
    def cell(v):
        nonlocal k_
        k_ += 1
        if v and v.startswith("@SIG:"):
            return Squiggle(k_ * 7 + 3) if scan else Paragraph(esc(cell_text(v)), cellst)
        if v and v.startswith("@HD:"):
            return Hand(v[4:], k_) if scan else Paragraph(esc(v[4:]), cellst)
        if v and "@SIG:" in v:
            if scan:
                return [Paragraph(esc(v.split("@SIG:")[0]), cellst), Squiggle(k_)]
            return Paragraph(esc(cell_text(v)), cellst)
        return Paragraph(esc(v or "").replace("\n", "<br/>"), cellst)
    for b in blocks:
        k = b[0]
        if k == "h": story.append(Paragraph(esc(b[2]), hst[min(b[1], 3)]))
        elif k == "p": story.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), base)); story.append(Spacer(1, 3))
        elif k == "kv": story.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", base)); story.append(Spacer(1, 2))
        elif k == "ul":
            for it in b[1]: story.append(Paragraph(esc(it), base, bulletText="•"))
            story.append(Spacer(1, 3))
        elif k == "ticks":
            story.append(Paragraph("&nbsp;&nbsp;&nbsp;".join(f"{BOX[t]} {esc(l)}" for l, t in b[1]), base)); story.append(Spacer(1, 3))
        elif k == "table":
            hdr, rows = b[1], b[2]
            data = ([[Paragraph(f"<b>{esc(h)}</b>", cellst) for h in hdr]] if hdr else []) + [[cell(v) for v in r] for r in rows]
            ncol = len(data[0]); W = 170 * 2.835
            cw = meta.get("colw", {}).get(ncol) or [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr: sty.append(("BACKGROUND", (0, 0), (-1, 0), meta.get("thbg", colors.Color(0.88, 0.9, 0.95))))
            rh = []
            t.setStyle(TableStyle(sty)); story.append(t); story.append(Spacer(1, 6))
        elif k == "remark": story.append(Paragraph(f"<i>{esc(b[1])}</i>", base))
        elif k == "strike": story.append(Paragraph(esc(b[2]), base))
        elif k == "pb": story.append(PageBreak())
    def deco(cv, docp):
        cv.saveState(); cv.setFont("DV", 7.5)
        if meta.get("footer"):
            cv.drawString(20 * 2.835, 12 * 2.835, meta["footer"].replace("{page}", str(docp.page)))
        if meta.get("header"):
            cv.drawString(20 * 2.835, 287 * 2.835, meta["header"])
        cv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * 2.835, rightMargin=20 * 2.835, topMargin=18 * 2.835,
                            bottomMargin=18 * 2.835, title=meta.get("title", ""), author=meta.get("author", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ------------------------------------------------------------------ fillable PDF form
def write_form(fields, path, meta):
    """fields: list of ('title',text) ('label',text) ('text',name,label,value,height) ('check',name,label,checked)"""
    c = rl_canvas.Canvas(path, pagesize=A4); c.setTitle(meta.get("title", "")); c.setAuthor(meta.get("author", ""))
    form = c.acroForm; W, H = A4; y = H - 50; x0 = 50
    def newpage():
        nonlocal y
        c.setFont("DV", 7); c.drawString(x0, 25, meta.get("footer", "")); c.showPage(); y = H - 50
    for f in fields:
        k = f[0]
        if k == "title":
            c.setFont("DVB", 14); c.drawString(x0, y, f[1]); y -= 22
        elif k == "label":
            if y < 80: newpage()
            c.setFont("DVB", 10); c.setFillColor(colors.Color(0.15, 0.25, 0.5)); c.drawString(x0, y, f[1]); c.setFillColor(colors.black); y -= 14
        elif k == "text":
            _, name, label, value, h = f
            if y - h < 60: newpage()
            c.setFont("DV", 8.5); c.drawString(x0, y, label); y -= 3
            value = (value or "").replace("\u2014", "-").replace("\u2013", "-").replace("\u0131", "i")
            value = value.encode("latin-1", "replace").decode("latin-1")
            form.textfield(name=name, tooltip=label, x=x0, y=y - h, width=W - 2 * x0, height=h, value=value,
                           fontName="Helvetica", fontSize=8, borderWidth=0.6, borderColor=colors.grey,
                           fillColor=colors.Color(0.93, 0.95, 1), fieldFlags="multiline" if h > 20 else "", forceBorder=True)
            y -= h + 10
        elif k == "para":
            from reportlab.lib.utils import simpleSplit
            c.setFont("DV", 8.5)
            for line in simpleSplit(f[1], "DV", 8.5, W - 2 * x0):
                if y < 60: newpage(); c.setFont("DV", 8.5)
                c.drawString(x0, y, line); y -= 11
            y -= 4
        elif k == "check":
            _, name, label, checked = f
            if y < 60: newpage()
            form.checkbox(name=name, tooltip=label, x=x0, y=y - 10, size=10, checked=checked, buttonStyle="cross",
                          borderColor=colors.black, fillColor=colors.white)
            c.setFont("DV", 8.5); c.drawString(x0 + 15, y - 8, label); y -= 15
    c.setFont("DV", 7); c.drawString(x0, 25, meta.get("footer", "")); c.save()

# ------------------------------------------------------------------ scans
def make_scan(src_pdf, out_pdf, seed, dpi=150):
    from PIL import Image, ImageFilter
    tmp = src_pdf + "_pg"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, tmp], check=True)
    pages = []
    r = random.Random(seed)
    for i, f in enumerate(sorted(glob.glob(tmp + "*.png"))):
        im = Image.open(f).convert("L")
        ang = r.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = im.load(); w, h = im.size
        rr = random.Random(seed * 100 + i)
        for _ in range(w * h // 60):
            x, y = rr.randrange(w), rr.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rr.randint(-90, 60)))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: min(255, int(v * 0.94 + 12)))
        pages.append(im); os.remove(f)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi)
