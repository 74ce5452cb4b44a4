"""Writers for the block IR used by the layouts.

Blocks (tuples):
  ("title", text)            document title
  ("h", level, text)         heading (1..3)
  ("p", text)                paragraph
  ("small", text)            small italic note (instructions etc.)
  ("bullets", [text])        bullet list
  ("kv", [(label, value)])   two-column table
  ("table", header|None, rows)
  ("checks", [(label, ticked)], inline)   tick boxes
  ("sig", [(role, name, date, how)])     signature lines; how in
                              {"signed","wg","blank","digital"}
  ("cc", label, value|None)  docx content control (placeholder if None)
  ("footer", text)           repeated page footer
  ("pagebreak",)
"""
import copy
import datetime
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

FIXED_DT = datetime.datetime(2026, 12, 8, 9, 0, 0)
BOX_ON, BOX_OFF = "\u2612", "\u2610"
CC_PLACEHOLDER = "Klik of tik om tekst in te voeren."


def checks_text(items, inline=True):
    parts = [f"{BOX_ON if t else BOX_OFF} {lab}" for lab, t in items]
    return "   ".join(parts) if inline else "\n".join(parts)


def sig_lines(s, hand=False):
    role, name, date, how = s
    if how == "blank":
        return [f"{role}:", "Naam: ______________________", "Datum: ____________",
                "Handtekening: ______________________"]
    if how == "wg":
        return [f"{role}:", f"Naam: {name}", f"Datum: {date or '____________'}", f"Handtekening: w.g. {name}"]
    if how == "digital":
        return [f"{role}:", f"Naam: {name}", f"Datum: {date or '____________'}",
                "Handtekening: digitaal akkoord via ouderportaal"]
    # signed: pen mark in scans, 'w.g.' in typed copies
    if hand:
        return [f"{role}:", f"Naam: {name}", f"Datum: {date or '____________'}", "Handtekening:"]
    return [f"{role}:", f"Naam: {name}", f"Datum: {date or '____________'}", f"Handtekening: w.g. {name}"]


# ---------------------------------------------------------------- DOCX
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _add_cc(doc, label, value, checkbox=None):
    """Paragraph: label + rich-text content control (or w14 checkbox)."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), label.rstrip(":"))
    pr.append(alias)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), label.rstrip(":").lower().replace(" ", "_"))
    pr.append(tag)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if checkbox is not None:
        cb = OxmlElement("w14:checkbox")
        ch = OxmlElement("w14:checked")
        ch.set(qn("w14:val"), "1" if checkbox else "0")
        cb.append(ch)
        pr.append(cb)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    if value is None:
        rpr = OxmlElement("w:rPr")
        st = OxmlElement("w:rStyle")
        st.set(qn("w:val"), "PlaceholderText")
        rpr.append(st)
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    if checkbox is not None:
        t.text = BOX_ON if checkbox else BOX_OFF
    else:
        t.text = CC_PLACEHOLDER if value is None else value
    run.append(t)
    content.append(run)
    sdt.append(content)
    p._p.append(sdt)
    return p


def write_docx(blocks, path, font="Calibri", size=10.5):
    doc = Document()
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    doc.core_properties.author = "school"
    doc.core_properties.last_modified_by = "school"
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    # make w14 namespace available for checkboxes
    root = doc.element
    for b in blocks:
        k = b[0]
        if k == "title":
            h = doc.add_heading(b[1], level=0)
        elif k == "h":
            doc.add_heading(b[2], level=min(b[1], 3))
        elif k == "p":
            for part in b[1].split("\n"):
                doc.add_paragraph(part)
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif k == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                c = t.add_row().cells
                c[0].text = lab
                c[0].paragraphs[0].runs[0].bold = True
                _shade(c[0], "E8EEF4")
                c[1].text = val
                c[0].width = Cm(5.5)
                c[1].width = Cm(11)
            doc.add_paragraph()
        elif k == "table":
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                c = t.add_row().cells
                for i, x in enumerate(header):
                    c[i].text = x
                    if c[i].paragraphs[0].runs:
                        c[i].paragraphs[0].runs[0].bold = True
                    _shade(c[i], "D9E2D0")
            for row in rows:
                c = t.add_row().cells
                for i, x in enumerate(row):
                    c[i].text = x
            doc.add_paragraph()
        elif k == "checks":
            doc.add_paragraph(checks_text(b[1], b[2] if len(b) > 2 else True))
        elif k == "sig":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, s in enumerate(b[1]):
                t.rows[0].cells[i].text = "\n".join(sig_lines(s))
            doc.add_paragraph()
        elif k == "cc":
            _add_cc(doc, b[1], b[2])
        elif k == "cccheck":
            _add_cc(doc, b[1], "", checkbox=b[2])
        elif k == "footer":
            for s in doc.sections:
                fp = s.footer.paragraphs[0]
                fp.text = b[1]
                fp.runs[0].font.size = Pt(7.5)
        elif k == "pagebreak":
            doc.add_page_break()
    # declare w14 namespace on the document root if checkboxes used
    doc.save(path)
    if any(b[0] == "cccheck" for b in blocks):
        _patch_w14(path)


def _patch_w14(path):
    """python-docx serialises w14:* with an auto prefix; make sure the ns is declared."""
    import zipfile
    import shutil
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                s = data.decode("utf8")
                if 'xmlns:w14=' not in s[:3000]:
                    s = s.replace("<w:document ", '<w:document xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ', 1)
                data = s.encode("utf8")
            zi = zipfile.ZipInfo(it.filename, date_time=(2026, 12, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    shutil.move(tmp, path)


# ---------------------------------------------------------------- ODT
def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    doc.meta.childNodes[:] = [n for n in doc.meta.childNodes if n.qname[1] not in ("creation-date", "date")]
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="paragraph")
    ital.addElement(TextProperties(fontstyle="italic", fontsize="8pt"))
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h3 = Style(name="Heading 3", family="paragraph")
    h3.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontstyle="italic"))
    for s in (bold, ital, h1, h2, h3):
        doc.styles.addElement(s)
    hs = {1: h1, 2: h2, 3: h3}
    tcount = [0]

    def table(rows, header=None):
        tcount[0] += 1
        t = Table(name=f"Tabel{tcount[0]}")
        n = len(header) if header else len(rows[0])
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        for ri, row in enumerate(([header] if header else []) + list(rows)):
            tr = TableRow()
            for x in row:
                tc = TableCell()
                for line in str(x).split("\n"):
                    p = P()
                    if header and ri == 0:
                        sp = Span(stylename=bold, text=line)
                        p.addElement(sp)
                    else:
                        p.addText(line)
                    tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=b[1] + 1, stylename=hs[min(b[1] + 1, 3)], text=b[2]))
        elif k == "p":
            for part in b[1].split("\n"):
                doc.text.addElement(P(text=part))
        elif k == "small":
            doc.text.addElement(P(stylename=ital, text=b[1]))
        elif k == "bullets":
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text="\u2022 " + it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "kv":
            table([[a, v] for a, v in b[1]])
        elif k == "table":
            table(b[2], b[1])
        elif k == "checks":
            doc.text.addElement(P(text=checks_text(b[1], b[2] if len(b) > 2 else True)))
        elif k == "sig":
            table([["\n".join(sig_lines(s)) for s in b[1]]])
        elif k == "cc":
            doc.text.addElement(P(text=f"{b[1]} {b[2] if b[2] is not None else CC_PLACEHOLDER}"))
        elif k == "cccheck":
            doc.text.addElement(P(text=f"{b[1]} {BOX_ON if b[2] else BOX_OFF}"))
        elif k == "footer":
            doc.text.addElement(P(stylename=ital, text=b[1]))
    doc.save(path)


# ---------------------------------------------------------------- TXT / MD
def write_txt(blocks, path, md=False, width=None):
    out = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ([f"# {b[1]}", ""] if md else [b[1].upper(), "=" * len(b[1]), ""])
        elif k == "h":
            if md:
                out += ["#" * (b[1] + 1) + " " + b[2], ""]
            else:
                out += [b[2], ("-" * len(b[2])) if b[1] <= 1 else "", ""]
        elif k in ("p", "small"):
            out += [(f"_{b[1]}_" if (md and k == "small") else b[1]), ""]
        elif k == "bullets":
            out += [("- " if md else "* ") + x for x in b[1]] + [""]
        elif k == "kv":
            if md:
                out += ["| | |", "|---|---|"] + [f"| {a} | {v.replace(chr(10), ' ')} |" for a, v in b[1]] + [""]
            else:
                out += [f"{a:<30} {v}" for a, v in b[1]] + [""]
        elif k == "table":
            header, rows = b[1], b[2]
            if md:
                n = len(header) if header else len(rows[0])
                hh = header or [""] * n
                out += ["| " + " | ".join(hh) + " |", "|" + "---|" * n]
                out += ["| " + " | ".join(str(x).replace("\n", "; ") for x in r) + " |" for r in rows] + [""]
            else:
                if header:
                    out.append(" | ".join(header))
                for r in rows:
                    out.append(" | ".join(str(x).replace("\n", "; ") for x in r))
                out.append("")
        elif k == "checks":
            out += [checks_text(b[1], b[2] if len(b) > 2 else True), ""]
        elif k == "sig":
            for s in b[1]:
                out += sig_lines(s) + [""]
        elif k == "cc":
            out += [f"{b[1]} {b[2] if b[2] is not None else CC_PLACEHOLDER}", ""]
        elif k == "footer":
            footer = b[1]
        elif k == "pagebreak":
            out += [""]
    if footer:
        out += ["", "-- ", footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- PDF (reportlab)
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", d + "DejaVuSans-Oblique.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", d + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", d + "DejaVuSerif-Bold.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DVB")
        addMapping("DV", 0, 1, "DVI")
        addMapping("DV", 1, 1, "DVB")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Squiggle:
    pass


def write_pdf(blocks, path, handwriting=False, serif=False, seed=0, accent="#1f4e79"):
    """Direct PDF (reportlab). handwriting=True draws pen signatures for 'signed' lines."""
    import random
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem, PageBreak, Flowable)
    _rl_fonts()
    rng = random.Random(seed)
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    sN = ParagraphStyle("n", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4)
    sS = ParagraphStyle("s", fontName="DVI", fontSize=7.8, leading=9.5, textColor=colors.grey, spaceAfter=4)
    sT = ParagraphStyle("t", fontName=bold, fontSize=15, leading=19, spaceAfter=10, textColor=colors.HexColor(accent))
    sH = {1: ParagraphStyle("h1", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                            textColor=colors.HexColor(accent)),
          2: ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
          3: ParagraphStyle("h3", fontName="DVI", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2)}
    sC = ParagraphStyle("c", fontName=base, fontSize=8.8, leading=11)
    sCB = ParagraphStyle("cb", fontName=bold, fontSize=8.8, leading=11)
    footer = [None]

    class Pen(Flowable):
        def __init__(self, w=4.5 * cm, h=1.1 * cm, s=0):
            super().__init__()
            self.w, self.h, self.s = w, h, s

        def wrap(self, *a):
            return self.w, self.h

        def draw(self):
            r = random.Random(self.s)
            c = self.canv
            c.setStrokeColor(colors.HexColor("#1a237e"))
            c.setLineWidth(1.1)
            x, y = 4, self.h * 0.4
            p = c.beginPath()
            p.moveTo(x, y)
            for i in range(7):
                x2 = x + r.uniform(10, 22)
                p.curveTo(x + r.uniform(0, 12), y + r.uniform(-12, 16), x2 - r.uniform(0, 8),
                          y + r.uniform(-14, 14), x2, self.h * 0.25 + r.uniform(0, 12))
                x = x2
                y = self.h * 0.3
            c.drawPath(p, stroke=1, fill=0)

    story = []

    def cell(x, b=False):
        return Paragraph(_esc(str(x)).replace("\n", "<br/>"), sCB if b else sC)

    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), sT))
        elif k == "h":
            story.append(Paragraph(_esc(b[2]), sH[min(b[1], 3)]))
        elif k == "p":
            for part in b[1].split("\n"):
                story.append(Paragraph(_esc(part) if part else "&nbsp;", sN))
        elif k == "small":
            story.append(Paragraph(_esc(b[1]), sS))
        elif k == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(_esc(x), sN), leftIndent=12) for x in b[1]],
                                      bulletType="bullet", start="\u2022", leftIndent=12, bulletFontName="DV"))
        elif k in ("kv", "table"):
            if k == "kv":
                rows = [[cell(a, True), cell(v)] for a, v in b[1]]
                widths = [5.2 * cm, 11.3 * cm]
                hdr = False
            else:
                header, rr = b[1], b[2]
                n = len(header) if header else len(rr[0])
                rows = ([[cell(x, True) for x in header]] if header else []) + [[cell(x) for x in r] for r in rr]
                widths = [16.5 * cm / n] * n
                hdr = bool(header)
            t = Table(rows, colWidths=widths, repeatRows=1 if hdr else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "kv":
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")))
            if hdr:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6d5")))
            t.setStyle(TableStyle(ts))
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            story.append(Paragraph(_esc(checks_text(b[1], True)), sN))
        elif k == "cccheck":
            story.append(Paragraph(_esc(f"{b[1]} {BOX_ON if b[2] else BOX_OFF}"), sN))
        elif k == "cc":
            story.append(Paragraph(_esc(f"{b[1]} {b[2] if b[2] is not None else CC_PLACEHOLDER}"), sN))
        elif k == "sig":
            cells = []
            for s in b[1]:
                lines = sig_lines(s, hand=handwriting)
                inner = [Paragraph(_esc(x), sC) for x in lines]
                if s[3] == "signed" and handwriting:
                    inner.append(Pen(s=rng.randint(0, 10 ** 6)))
                else:
                    inner.append(Spacer(1, 0.6 * cm))
                cells.append(inner)
            t = Table([cells], colWidths=[16.5 * cm / len(cells)] * len(cells))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "footer":
            footer[0] = b[1]
        elif k == "pagebreak":
            story.append(PageBreak())

    def on_page(c, d):
        if footer[0]:
            c.saveState()
            c.setFont("DV", 7)
            c.setFillColor(colors.grey)
            c.drawString(2 * cm, 1.2 * cm, footer[0].replace("{page}", str(d.page)))
            c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- soffice
def soffice_pdf(src, outdir):
    env = dict(os.environ, HOME="/work/blind72/build/lohome")
    os.makedirs(env["HOME"], exist_ok=True)
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, workdir, seed, angle=0.6, dpi=110, gray=True):
    import glob
    import numpy as np
    from PIL import Image, ImageFilter
    os.makedirs(workdir, exist_ok=True)
    for f in glob.glob(os.path.join(workdir, "pg*")):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", src_pdf, os.path.join(workdir, "pg")], check=True)
    rng = np.random.default_rng(seed)
    pages = []
    for i, f in enumerate(sorted(glob.glob(os.path.join(workdir, "pg*.png")))):
        im = Image.open(f).convert("L" if gray else "RGB")
        a = angle * (1 if i % 2 == 0 else -0.7) + float(rng.uniform(-0.15, 0.15))
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 12 + rng.normal(0, 9, arr.shape)
        # speckles
        m = rng.random(arr.shape[:2]) < 0.0009
        arr[m] = 40
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.35))
        pages.append(im.convert("L") if gray else im.convert("RGB"))
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi)
