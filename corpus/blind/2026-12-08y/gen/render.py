# -*- coding: utf-8 -*-
"""Format writers: docx (python-docx, optional content controls), txt, md, reportlab PDF, fillable PDF form, scan."""
import os, io, zipfile, subprocess, shutil, random, zlib, textwrap
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

BOX = {True: "\u2612", False: "\u2610"}

def sigtext(row, squiggle=False):
    m = row["mark"]
    if m == "sign": return "w.g. " + row["name"] if row["name"] else "w.g."
    if m == "voor gezien": return "w.g. %s – voor gezien" % row["name"]
    if m == "onder protest": return "w.g. %s – onder protest" % row["name"]
    return ""

# ---------------------------------------------------------------- docx
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
def _sdt_block(label, text):
    ph = text is None
    t = "Klik of tik om tekst in te voeren." if ph else text
    x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s</w:sdtPr><w:sdtContent><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
         % (nsdecls("w"), escape(label, {'"': "&quot;"}), escape(label, {'"': "&quot;"}), "<w:showingPlcHdr/>" if ph else "",
            '<w:rPr><w:color w:val="808080"/></w:rPr>' if ph else "", escape(t)))
    return parse_xml(x)

def _sdt_check(p, checked, label):
    x = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
         '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
         % (nsdecls("w"), W14, 1 if checked else 0, BOX[checked]))
    p._p.append(parse_xml(x))
    p.add_run(" " + label)

def write_docx(blocks, path, cc=False, cc_elems=None):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    cp = doc.core_properties
    import datetime as dt
    cp.author = "school"; cp.created = dt.datetime(2026, 1, 1); cp.modified = dt.datetime(2026, 1, 1); cp.last_modified_by = "school"; cp.revision = 1
    body = doc.element.body
    prev = prevtext = None
    for bl in blocks:
        k = bl[0]
        if k != "p" or True:
            pass
        if k == "title": doc.add_heading(bl[1], level=0)
        elif k == "h1": doc.add_heading(bl[1], level=1)
        elif k == "h2": doc.add_heading(bl[1], level=2)
        elif k == "p":
            if cc and (bl[1] == "\u00a7CC\u00a7" or prev == "h1"):
                body.insert(len(body) - 1, _sdt_block(prevtext or "tekst", None if bl[1] == "\u00a7CC\u00a7" else bl[1]))
            else:
                for part in bl[1].split("\n\n"):
                    doc.add_paragraph(part)
        elif k == "cc":
            doc.add_paragraph().add_run(bl[1]).bold = True
            body.insert(len(body) - 1, _sdt_block(bl[1], bl[2]))
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, v in bl[1]:
                r = t.add_row().cells; r[0].text = a; r[1].text = v.replace("\u00a7CC\u00a7", "Klik of tik om tekst in te voeren.")
                r[0].paragraphs[0].runs[0].bold = True
            doc.add_paragraph()
        elif k == "table":
            hdr, rows = bl[1], bl[2]
            t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for row in rows:
                cs = t.add_row().cells
                for i, v in enumerate(row): cs[i].text = v
            doc.add_paragraph()
        elif k == "check":
            for on, lab in bl[1]:
                p = doc.add_paragraph()
                if cc: _sdt_check(p, on, lab)
                else: p.add_run(BOX[on] + " " + lab)
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]): t.rows[0].cells[i].text = h
            for row in bl[1]:
                cs = t.add_row().cells
                cs[0].text = row["role"]; cs[1].text = row["name"]; cs[2].text = row["date"]; cs[3].text = sigtext(row)
            doc.add_paragraph()
        elif k == "footer":
            doc.sections[0].footer.paragraphs[0].text = bl[1]
        elif k == "page": doc.add_page_break()
        prev = k; prevtext = bl[1] if len(bl) > 1 and isinstance(bl[1], str) else None
    doc.save(path)
    normalize_zip(path)

def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])

# ---------------------------------------------------------------- txt / md
def write_txt(blocks, path, md=False):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "title": out += ["# " + bl[1] if md else bl[1].upper(), "" if md else "=" * len(bl[1]), ""]
        elif k == "h1": out += ["## " + bl[1] if md else bl[1], "" if md else "-" * len(bl[1])]
        elif k == "h2": out += ["### " + bl[1] if md else bl[1] + ":"]
        elif k == "p": out += [bl[1] if md else "\n".join(textwrap.fill(x, 90) if x else "" for x in bl[1].split("\n")), ""]
        elif k == "cc": out += [bl[1] + ": " + (bl[2] or "Klik of tik om tekst in te voeren."), ""]
        elif k == "kv":
            if md:
                out += ["| | |", "|---|---|"] + ["| **%s** | %s |" % (a, v.replace("|", "/")) for a, v in bl[1]] + [""]
            else:
                for a, v in bl[1]:
                    out.append(textwrap.fill("%s: %s" % (a, v), 90, subsequent_indent="    ") if v else a + ":")
                out.append("")
        elif k == "table":
            hdr, rows = bl[1], bl[2]
            if md:
                out += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)] + ["| " + " | ".join(r) + " |" for r in rows] + [""]
            else:
                for r in rows:
                    out += ["* " + r[0]] + ["    %s: %s" % (h, v) for h, v in zip(hdr[1:], r[1:])]
                out.append("")
        elif k == "check":
            out += [("- [%s] %s" if md else "[%s] %s") % ("x" if on else " ", lab) for on, lab in bl[1]] + [""]
        elif k == "sig":
            for row in bl[1]:
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (row["role"], row["name"] or "________________", row["date"] or "__-__-____", sigtext(row) or "________________"))
            out.append("")
        elif k == "footer": out += ["", "-- " + bl[1]]
        elif k == "page": out += ["", "- - - - - - - - - - (knippen) - - - - - - - - - -" if not md else "---", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n")

# ---------------------------------------------------------------- reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
SN = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
SC = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
SCB = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5)
ST = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
S1 = ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f3b66"))
S2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)

class Squiggle(Flowable):
    def __init__(self, seed): Flowable.__init__(self); self.seed = seed; self.width = 40 * mm; self.height = 9 * mm
    def draw(self):
        r = random.Random(self.seed); c = self.canv; c.setLineWidth(1.1); c.setStrokeColor(colors.HexColor("#1a237e"))
        p = c.beginPath(); x, y = 2, 12; p.moveTo(x, y)
        for i in range(14):
            x += r.uniform(5, 10); y = r.uniform(3, 24); p.curveTo(x - 4, y + 8, x - 2, y - 6, x, y)
        c.drawPath(p, stroke=1, fill=0)

def P(t, s=SN): return Paragraph(escape(t).replace("\n", "<br/>"), s)

def write_pdf(blocks, path, squiggle=False, seed=1):
    story, footer = [], [None]
    for bl in blocks:
        k = bl[0]
        if k == "title": story.append(P(bl[1], ST))
        elif k == "h1": story.append(P(bl[1], S1))
        elif k == "h2": story.append(P(bl[1], S2))
        elif k in ("p",): story.append(P(bl[1]))
        elif k == "cc": story += [P(bl[1], S2), P(bl[2] or "Klik of tik om tekst in te voeren.")]
        elif k == "kv":
            t = Table([[P(a, SCB), P(v, SC)] for a, v in bl[1]], colWidths=[50 * mm, 120 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            hdr, rows = bl[1], bl[2]; w = 170 * mm / len(hdr)
            t = Table([[P(h, SCB) for h in hdr]] + [[P(v, SC) for v in r] for r in rows], colWidths=[w] * len(hdr), repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5f0"))]))
            story += [t, Spacer(1, 6)]
        elif k == "check":
            for on, lab in bl[1]: story.append(P(BOX[on] + "  " + lab))
        elif k == "sig":
            data = [[P("", SCB), P("Naam", SCB), P("Datum", SCB), P("Handtekening", SCB)]]
            for i, row in enumerate(bl[1]):
                if squiggle and row["mark"]:
                    cell = [Squiggle(seed + i)] + ([P(row["mark"], SC)] if row["mark"] != "sign" else [])
                else:
                    cell = P(sigtext(row), SC)
                data.append([P(row["role"], SC), P(row["name"], SC), P(row["date"], SC), cell])
            t = Table(data, colWidths=[38 * mm, 45 * mm, 25 * mm, 62 * mm], rowHeights=[None] + [14 * mm] * len(bl[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "footer": footer[0] = bl[1]
        elif k == "page": story.append(PageBreak())
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        txt = (footer[0] + "  –  " if footer[0] else "") + "pagina %d" % d.page
        c.drawString(20 * mm, 10 * mm, txt); c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            invariant=1, title="", author="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fillable form
def write_form(blocks, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4; y = [H - 20 * mm]; fid = [0]
    form = c.acroForm
    def need(h):
        if y[0] - h < 18 * mm:
            c.showPage(); y[0] = H - 20 * mm
    def text(t, font="Helvetica", size=9.5, indent=0):
        for line in simpleSplit(t, font, size, W - 40 * mm - indent):
            need(13); c.setFont(font, size); c.drawString(20 * mm + indent, y[0], line); y[0] -= size + 3
    def field(label, value, width=None):
        fid[0] += 1
        lines = max(1, len(simpleSplit(value or " ", "Helvetica", 9, 118 * mm)))
        h = 12 * lines + 6
        need(h + 4)
        c.setFont("Helvetica-Bold", 8.5)
        for i, ln in enumerate(simpleSplit(label, "Helvetica-Bold", 8.5, 45 * mm)): c.drawString(20 * mm, y[0] - 9 - i * 10, ln)
        form.textfield(name="f%02d_%s" % (fid[0], "".join(ch for ch in label if ch.isalnum())[:24]), tooltip=label, value=value or "",
                       x=70 * mm, y=y[0] - h, width=120 * mm, height=h, fontName="Helvetica", fontSize=9, borderWidth=0.6,
                       borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"), fieldFlags="multiline" if lines > 1 else "")
        y[0] -= h + 5
    for bl in blocks:
        k = bl[0]
        if k == "title": need(26); c.setFont("Helvetica-Bold", 15); c.drawString(20 * mm, y[0], bl[1]); y[0] -= 22
        elif k in ("h1", "h2"): y[0] -= 4; text(bl[1], "Helvetica-Bold", 11)
        elif k == "p": text(bl[1]); y[0] -= 3
        elif k == "kv":
            for a, v in bl[1]: field(a, v)
        elif k == "check":
            for on, lab in bl[1]:
                fid[0] += 1; need(16)
                form.checkbox(name="cb%02d" % fid[0], tooltip=lab, x=20 * mm, y=y[0] - 10, size=11, checked=on, buttonStyle="cross", borderWidth=0.6)
                c.setFont("Helvetica", 9); 
                for i, ln in enumerate(simpleSplit(lab, "Helvetica", 9, W - 50 * mm)):
                    c.drawString(27 * mm, y[0] - 8 - i * 11, ln)
                y[0] -= 16 + 11 * (len(simpleSplit(lab, "Helvetica", 9, W - 50 * mm)) - 1)
        elif k == "sig":
            for row in bl[1]:
                field(row["role"] + " – naam", row["name"]); field(row["role"] + " – datum", row["date"]); field(row["role"] + " – handtekening", sigtext(row))
    c.save()

# ---------------------------------------------------------------- scan
def make_scan(pdf_in, pdf_out, seed, tmp):
    import numpy as np
    from PIL import Image, ImageFilter
    pre = os.path.join(tmp, "pg")
    subprocess.run(["pdftoppm", "-r", "120", "-gray", "-png", pdf_in, pre], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("pg") and f.endswith(".png"))
    rng = np.random.default_rng(seed); r = random.Random(seed); ims = []
    for f in pages:
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rng.normal(0, 14, a.shape)
        speck = rng.random(a.shape) < 0.0012; a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im)
    import datetime as _dt
    fixed = _dt.datetime(2026, 1, 1, tzinfo=_dt.timezone.utc)
    ims[0].save(pdf_out, "PDF", resolution=120.0, save_all=True, append_images=ims[1:])
    import re as _re
    data = open(pdf_out, "rb").read()
    data = _re.sub(rb"\(D:\d{14}Z\)", b"(D:20260101000000Z)", data)  # same length: xref offsets stay valid
    open(pdf_out, "wb").write(data)
