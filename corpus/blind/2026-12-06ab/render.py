# -*- coding: utf-8 -*-
"""Renderers: DOCX (python-docx), PDF (reportlab), fillable PDF (reportlab AcroForm), TXT, scans."""
import io, math, os, random, subprocess
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SIG = "{{SIG}}"


def sig_png(seed, path):
    r = random.Random(seed)
    w, h = 360, 110
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    x, y = 15, 60
    pts = []
    for i in range(60):
        x += r.uniform(3, 7)
        y = 55 + 28 * math.sin(i * r.uniform(0.4, 0.9)) + r.uniform(-6, 6)
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(pts[5][0], 90), (pts[-8][0], 30)], fill=(20, 30, 110), width=2)
    im.save(path)
    return path


# ---------------------------------------------------------------- TXT
def to_txt(blocks, footer, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1] + ":"]
        elif k == "p":
            out.append(b[1].replace(SIG, "w.g."))
        elif k == "kv":
            for a, v in b[1]:
                v = v.replace(SIG, "w.g.")
                lines = v.split("\n") if v else [""]
                out.append("%-34s %s" % (a + ":", lines[0]))
                for l in lines[1:]:
                    out.append(" " * 35 + l)
        elif k == "grid":
            out.append(" | ".join(b[1]))
            for row in b[2]:
                out.append(" | ".join(row))
    if footer:
        out += ["", "-- " + footer + " --"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- DOCX
def _add_cc(par, text):
    """Insert a Word content control (w:sdt) showing its placeholder text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    xml = ('<w:sdt %s><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
           '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), text)
    par._p.append(parse_xml(xml))


def _fill(par, text, sigpath):
    from docx.shared import Cm
    parts = text.split(SIG)
    for i, part in enumerate(parts):
        if i > 0:
            par.add_run().add_picture(sigpath, width=Cm(3.2))
        if part.strip() == "Klik of tik om tekst in te voeren.":
            _add_cc(par, part.strip())
        elif part:
            par.add_run(part)


def to_docx(blocks, footer, path, sigpath):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "p":
            for line in b[1].split("\n") if b[1] else [""]:
                _fill(doc.add_paragraph(), line, sigpath)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(a).bold = True
                lines = v.split("\n") if v else [""]
                _fill(cells[1].paragraphs[0], lines[0], sigpath)
                for l in lines[1:]:
                    _fill(cells[1].add_paragraph(), l, sigpath)
            doc.add_paragraph()
        elif k == "grid":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, hd in enumerate(b[1]):
                t.rows[0].cells[i].paragraphs[0].add_run(hd).bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    _fill(cells[i].paragraphs[0], v, sigpath)
            doc.add_paragraph()
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    doc.save(path)


def soffice_convert(srcs, fmt, outdir):
    if not srcs:
        return
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir] + srcs,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- PDF (reportlab)
def _rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(blocks, footer, path, sigpath, seed=0, accent=(0.1, 0.3, 0.5)):
    _rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
    acc = colors.Color(*accent)
    sN = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5)
    sT = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, textColor=acc, spaceAfter=6)
    sH = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, textColor=acc, spaceBefore=8, spaceAfter=3)
    sH2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)
    sK = ParagraphStyle("k", fontName="DVB", fontSize=9, leading=11.5)

    def cell(v):
        if SIG in v:
            parts = v.split(SIG)
            items = []
            if parts[0].strip():
                items.append(Paragraph(_esc(parts[0]), sN))
            items.append(RLImage(sigpath, width=3.2 * cm, height=1.0 * cm))
            if parts[1].strip():
                items.append(Paragraph(_esc(parts[1]), sN))
            return items
        return Paragraph(_esc(v).replace("\n", "<br/>"), sN)

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), sT))
        elif k == "h":
            story.append(Paragraph(_esc(b[1]), sH))
        elif k == "h2":
            story.append(Paragraph(_esc(b[1]), sH2))
        elif k == "p":
            if SIG in b[1]:
                story.append(Table([[cell(b[1])]]))
            else:
                story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>") or "&nbsp;", sN))
        elif k == "kv":
            data = [[Paragraph(_esc(a), sK), cell(v)] for a, v in b[1]]
            t = Table(data, colWidths=[5.2 * cm, 11.3 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.95, 0.97))]))
            story += [t, Spacer(1, 5)]
        elif k == "grid":
            n = len(b[1])
            w = 16.5 * cm
            cw = [4 * cm] + [(w - 4 * cm) / (n - 1)] * (n - 1)
            data = [[Paragraph(_esc(h), sK) for h in b[1]]] + [[cell(v) for v in row] for row in b[2]]
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95))]))
            story += [t, Spacer(1, 5)]

    def onpage(canv, doc):
        if footer:
            canv.saveState()
            canv.setFont("DV", 7.5)
            canv.drawString(2 * cm, 1.2 * cm, footer)
            canv.drawRightString(19 * cm, 1.2 * cm, "pagina %d" % doc.page)
            canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fillable PDF form
def to_pdf_form(blocks, footer, path, sigpath):
    _rl_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    form = c.acroForm
    y = [H - 2 * cm]
    nfield = [0]

    def need(h):
        if y[0] - h < 2.2 * cm:
            if footer:
                c.setFont("DV", 7)
                c.drawString(2 * cm, 1.2 * cm, footer)
            c.showPage()
            y[0] = H - 2 * cm

    def field(text, height=None):
        import textwrap
        text = "\n".join("\n".join(textwrap.wrap(l, 100)) or "" for l in text.split("\n"))
        lines = max(1, len(text.split("\n")))
        h = height or (14 + 11 * lines)
        need(h + 4)
        nfield[0] += 1
        form.textfield(name="veld%d" % nfield[0], value=text, x=2 * cm, y=y[0] - h, width=17 * cm, height=h,
                       fontName="Helvetica", fontSize=8, borderWidth=0.6, borderColor=colors.grey,
                       fillColor=colors.Color(0.92, 0.95, 1), fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
        y[0] -= h + 6

    def label(text, font="DVB", size=10):
        need(16)
        c.setFont(font, size)
        c.drawString(2 * cm, y[0] - size, text)
        y[0] -= size + 5

    for b in blocks:
        k = b[0]
        if k == "title":
            label(b[1], "DVB", 15)
            y[0] -= 4
        elif k in ("h", "h2"):
            label(b[1], "DVB", 10.5 if k == "h" else 9.5)
        elif k == "p":
            t = b[1]
            if t.startswith("☐") or t.startswith("☒"):
                for opt in [o for o in t.replace("   ", "\n").split("\n") if o.strip()]:
                    need(16)
                    nfield[0] += 1
                    form.checkbox(name="vink%d" % nfield[0], x=2 * cm, y=y[0] - 12, size=10, checked=opt.startswith("☒"),
                                  buttonStyle="cross", borderWidth=0.6)
                    c.setFont("DV", 9)
                    c.drawString(2.6 * cm, y[0] - 10, opt[1:].strip())
                    y[0] -= 16
            elif SIG in t:
                need(40)
                c.drawImage(sigpath, 2 * cm, y[0] - 34, width=3.2 * cm, height=1 * cm)
                y[0] -= 40
            else:
                field(t)
        elif k == "kv":
            for a, v in b[1]:
                label(a, "DV", 8.5)
                if SIG in v:
                    need(40)
                    c.drawImage(sigpath, 2 * cm, y[0] - 34, width=3.2 * cm, height=1 * cm)
                    rest = v.replace(SIG, "").strip()
                    if rest:
                        c.setFont("DV", 8)
                        c.drawString(6 * cm, y[0] - 20, rest)
                    y[0] -= 40
                else:
                    field(v)
    if footer:
        c.setFont("DV", 7)
        c.drawString(2 * cm, 1.2 * cm, footer)
    c.save()


# ---------------------------------------------------------------- scans
def to_scan(src_pdf, path, seed, tmpdir, dpi=110):
    r = random.Random(seed)
    base = os.path.join(tmpdir, "scan%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(tmpdir) if p.startswith("scan%d-" % seed) and p.endswith(".png"))
    rng = np.random.default_rng(seed)
    ims = []
    for p in pages:
        im = Image.open(os.path.join(tmpdir, p)).convert("L")
        im = im.rotate(r.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * r.uniform(0.9, 0.97) + rng.normal(0, 14, a.shape) + 10
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 30
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
    ims[0].save(path, save_all=True, append_images=ims[1:], resolution=dpi)
