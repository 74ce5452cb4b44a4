# -*- coding: utf-8 -*-
"""Renderers: docx, reportlab pdf, fillable pdf, txt, md; scans from PDFs."""
import copy, random, subprocess, re, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from xml.sax.saxutils import escape
from reportlab import rl_config
rl_config.invariant = 1

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))

BOX = {True: "\u2612", False: "\u2610"}


# ------------------------------------------------------------------ DOCX
def _cc_checkbox(par, checked, label):
    xml = (
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        '<w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (random.Random(label).randint(1000, 99999), 1 if checked else 0, BOX[checked]))
    par._p.append(parse_xml(xml))
    par.add_run(" " + label)


def _cell_text(cell, text, ital=False):
    cell.text = ""
    par = cell.paragraphs[0]
    if text == "\u00a7SIG\u00a7":
        r = par.add_run("\u00a7SIG\u00a7"); r.font.size = Pt(6); r.font.color.rgb = RGBColor(255, 255, 255)
        return
    r = par.add_run(text)
    if ital or text.startswith("w.g."):
        r.italic = True


def to_docx(blocks, path, cc=False):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "h":
            doc.add_heading(b[1], min(b[2], 3))
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "small":
            r = doc.add_paragraph().add_run(b[1]); r.font.size = Pt(8)
        elif t == "list":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t in ("kv",):
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in b[1]:
                r = tb.add_row().cells
                r[0].text = k
                r[0].paragraphs[0].runs[0].bold = True if r[0].paragraphs[0].runs else None
                lines = v.split("\n")
                r[1].text = lines[0]
                for ln in lines[1:]:
                    r[1].add_paragraph(ln)
                if v.startswith("w.g."):
                    for rr in r[1].paragraphs[0].runs:
                        rr.italic = True
            doc.add_paragraph()
        elif t in ("table", "sig"):
            hdr, rows = b[1], b[2]
            tb = doc.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
            for i, h in enumerate(hdr):
                tb.rows[0].cells[i].text = h
                for rr in tb.rows[0].cells[i].paragraphs[0].runs:
                    rr.bold = True
            for row in rows:
                cells = tb.add_row().cells
                for i, x in enumerate(row):
                    _cell_text(cells[i], x)
            doc.add_paragraph()
        elif t == "checks":
            for k, l in b[1]:
                doc.add_paragraph(BOX[k] + " " + l)
        elif t == "ccchecks":
            for k, l in b[1]:
                par = doc.add_paragraph()
                if cc:
                    _cc_checkbox(par, k, l)
                else:
                    par.add_run(BOX[k] + " " + l)
        elif t == "pb":
            doc.add_page_break()
        elif t == "footer":
            doc.sections[0].footer.paragraphs[0].text = b[1]
    doc.core_properties.author = "school"
    doc.save(path)


# ------------------------------------------------------------------ reportlab PDF
def to_pdf(blocks, path):
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5)
    I = ParagraphStyle("i", parent=N, fontName="DVI")
    S = ParagraphStyle("s", parent=N, fontSize=7)
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=17, leading=21, spaceAfter=8)
    H = {1: ParagraphStyle("h1", parent=N, fontName="DVB", fontSize=13, leading=16, spaceBefore=8, spaceAfter=3),
         2: ParagraphStyle("h2", parent=N, fontName="DVB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=2),
         3: ParagraphStyle("h3", parent=N, fontName="DVB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=1)}
    footer = [None]
    fl = []
    def P(x, s=N):
        return Paragraph(escape(x).replace("\n", "<br/>"), s)
    for b in blocks:
        t = b[0]
        if t == "title":
            fl.append(P(b[1], T))
        elif t == "h":
            fl.append(P(b[1], H[min(b[2], 3)]))
        elif t == "p":
            fl.append(P(b[1]))
        elif t == "small":
            fl.append(P(b[1], S))
        elif t == "list":
            for x in b[1]:
                fl.append(P("\u2022 " + x))
        elif t == "kv":
            data = [[P(k, H[3]), P(v, I if v.startswith("w.g.") else N)] for k, v in b[1]]
            tb = Table(data, colWidths=[140, 340])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl += [tb, Spacer(1, 6)]
        elif t in ("table", "sig"):
            hdr, rows = b[1], b[2]
            w = 480 / len(hdr)
            data = [[P(h, H[3]) for h in hdr]]
            for r in rows:
                data.append([P(x, I if x.startswith("w.g.") else N) if x != "\u00a7SIG\u00a7" else
                             Paragraph('<font color="white" size="6">\u00a7SIG\u00a7</font>', N) for x in r])
            tb = Table(data, colWidths=[w] * len(hdr), minRowHeights=[14] + [22 if t == "sig" else 14] * len(rows))
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))]))
            fl += [tb, Spacer(1, 6)]
        elif t in ("checks", "ccchecks"):
            for k, l in b[1]:
                fl.append(P(BOX[k] + " " + l))
        elif t == "pb":
            fl.append(PageBreak())
        elif t == "footer":
            footer[0] = b[1]
    def onpage(c, d):
        if footer[0]:
            c.setFont("DV", 7); c.drawString(40, 20, footer[0].replace("pagina 1", f"pagina {d.page}"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=40,
                            title="OPP", author="school")
    doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable PDF (AcroForm)
def to_fillable(blocks, path):
    c = canvas.Canvas(path, pagesize=A4)
    W, Hh = A4
    y = [Hh - 50]
    fid = [0]
    form = c.acroForm
    def need(h):
        if y[0] - h < 50:
            c.showPage(); y[0] = Hh - 50
    def name():
        fid[0] += 1; return f"f{fid[0]}"
    def wrap(text, width_chars=95):
        import textwrap
        out = []
        for ln in text.split("\n"):
            out += textwrap.wrap(ln, width_chars) or [""]
        return out
    def field(label, value, lw=150, fw=330, multiline=False):
        lines = wrap(value, 62) if value else [""]
        h = max(18, 12 * len(lines) + 6) if multiline else 18
        need(h + 4)
        if label:
            c.setFont("DVB", 8.5); c.drawString(50, y[0] - 12, label[:38])
        form.textfield(name=name(), value=value, x=50 + lw if label else 50, y=y[0] - h,
                       width=fw if label else 480, height=h, fontName="Helvetica", fontSize=8,
                       borderWidth=0.5, fieldFlags="multiline" if multiline else "", forceBorder=True)
        y[0] -= h + 4
    for b in blocks:
        t = b[0]
        if t == "title":
            need(30); c.setFont("DVB", 16); c.drawString(50, y[0] - 18, b[1]); y[0] -= 30
        elif t == "h":
            need(24); c.setFont("DVB", 11); c.drawString(50, y[0] - 14, b[1]); y[0] -= 20
        elif t in ("p", "small"):
            field("", b[1], multiline=True)
        elif t == "list":
            field("", "\n".join("- " + x for x in b[1]), multiline=True)
        elif t == "kv":
            for k, v in b[1]:
                field(k, v, multiline=len(v) > 60 or "\n" in v)
        elif t in ("table", "sig"):
            hdr, rows = b[1], b[2]
            for r in rows:
                for h, x in zip(hdr, r):
                    if x == "\u00a7SIG\u00a7":
                        x = ""
                    field((r[0] + " - " if h != hdr[0] else "") + (h or ""), x if h != hdr[0] else x)
        elif t in ("checks", "ccchecks"):
            for k, l in b[1]:
                need(18)
                form.checkbox(name=name(), x=52, y=y[0] - 14, size=11, checked=k, buttonStyle="cross", borderWidth=0.5)
                c.setFont("DV", 9); c.drawString(70, y[0] - 12, l[:95]); y[0] -= 18
        elif t == "pb":
            c.showPage(); y[0] = Hh - 50
    c.save()


# ------------------------------------------------------------------ text / markdown
def to_txt(blocks, path, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), ""]
        elif t == "h":
            out += [("#" * (b[2] + 1) + " " + b[1]) if md else b[1], "" if md else "-" * len(b[1])]
        elif t in ("p", "small"):
            out += [b[1], ""]
        elif t == "list":
            out += [("- " if md else "  * ") + x for x in b[1]] + [""]
        elif t == "kv":
            if md:
                out += ["| Onderdeel | |", "|---|---|"] + [f"| {k} | {v.replace(chr(10), '<br>')} |" for k, v in b[1]] + [""]
            else:
                out += [f"{k}: {v}".replace("\n", "\n    ") for k, v in b[1]] + [""]
        elif t in ("table", "sig"):
            hdr, rows = b[1], b[2]
            rows = [[("" if x == "\u00a7SIG\u00a7" else x) for x in r] for r in rows]
            if md:
                out += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)] + \
                       ["| " + " | ".join(r) + " |" for r in rows] + [""]
            else:
                out += [" | ".join(hdr)] + [" | ".join(r) for r in rows] + [""]
        elif t in ("checks", "ccchecks"):
            out += [("- [x] " if k else "- [ ] ") + l if md else ("[X] " if k else "[ ] ") + l for k, l in b[1]] + [""]
        elif t == "pb":
            out += ["", "\f" if not md else "---", ""]
        elif t == "footer":
            out += ["", b[1]]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


# ------------------------------------------------------------------ scans
def scan_pdf(src_pdf, dst_pdf, seed, sign=True, tmp="/tmp"):
    from PIL import Image, ImageDraw, ImageFilter
    import glob
    rng = random.Random(seed)
    base = os.path.join(tmp, f"scan{seed}")
    # find signature markers
    bbox = subprocess.run(["pdftotext", "-bbox", src_pdf, "-"], capture_output=True, text=True).stdout
    marks = {}
    page = 0
    pw = ph = None
    for ln in bbox.splitlines():
        m = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', ln)
        if m:
            page += 1; pw, ph = float(m.group(1)), float(m.group(2))
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">\u00a7SIG\u00a7<', ln)
        if m:
            marks.setdefault(page, []).append(tuple(float(x) for x in m.groups()) + (pw, ph))
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, base], check=True)
    imgs = []
    for i, f in enumerate(sorted(glob.glob(base + "-*.png")), 1):
        im = Image.open(f).convert("L")
        dr = ImageDraw.Draw(im)
        sc = im.width / marks[i][0][4] if i in marks else 1
        for (x0, y0, x1, y1, pw, ph) in marks.get(i, []):
            if not sign:
                continue
            X, Y = x0 * sc, y0 * sc
            pts = []
            for k in range(14):
                pts.append((X + k * 7 + rng.randint(-3, 3), Y + 4 + rng.randint(-7, 7)))
            dr.line(pts, fill=rng.randint(20, 70), width=2)
            dr.line([(X + 5, Y + 12), (X + 80, Y + 6)], fill=40, width=1)
        # noise
        px = im.load()
        for _ in range(im.width * im.height // 250):
            x, y = rng.randrange(im.width), rng.randrange(im.height)
            px[x, y] = rng.randint(0, 120) if rng.random() < .5 else 255
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("RGB"))
        os.remove(f)
    imgs[0].save(dst_pdf, save_all=True, append_images=imgs[1:], resolution=110)
