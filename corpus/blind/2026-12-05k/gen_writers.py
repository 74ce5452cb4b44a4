# -*- coding: utf-8 -*-
import os
from xml.sax.saxutils import escape

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOX = {True: "☒", False: "☐"}

# ------------------------------------------------------------ DOCX
def w_docx(blocks, path, footer=None, sdt=False):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    n = [0]
    def sdt_text(par, label, value, ph):
        n[0] += 1
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="veld%d"/><w:id w:val="%d"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
               '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
            nsdecls("w"), escape(label, {'"': "&quot;"}), n[0], 1000 + n[0], "<w:showingPlcHdr/>" if ph else "", escape(value))
        par._p.append(parse_xml(xml))
    def sdt_box(par, checked):
        n[0] += 1
        xml = ('<w:sdt %s %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), W14, 2000 + n[0], 1 if checked else 0, BOX[checked])
        par._p.append(parse_xml(xml))
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], 0)
        elif t == "h":
            d.add_heading(b[2], b[1])
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "pi":
            d.add_paragraph().add_run(b[1]).italic = True
        elif t == "bl":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t in ("table", "kv", "sig"):
            if t == "table":
                header, rows = b[1], b[2]
            else:
                header, rows = None, [(k, v if v is not None else "") for k, v in b[1]]
                if t == "sig":
                    rows = [(k, v if v else "_" * 30) for k, v in b[1]]
            ncol = len(header) if header else len(rows[0])
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if header:
                cells = tb.add_row().cells
                for i, h in enumerate(header):
                    cells[i].text = ""
                    cells[i].paragraphs[0].add_run(h).bold = True
            for r in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            d.add_paragraph()
        elif t == "check":
            for ticked, label in b[1]:
                par = d.add_paragraph()
                if sdt:
                    sdt_box(par, ticked)
                else:
                    par.add_run(BOX[ticked])
                par.add_run(" " + label)
        elif t == "cc":
            par = d.add_paragraph()
            par.add_run(b[1] + ": ").bold = True
            sdt_text(par, b[1], b[2], b[3]) if sdt else par.add_run(b[2])
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(path)

# ------------------------------------------------------------ ODT
def w_odt(blocks, path, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Vet", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="Cursief", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
    h1 = Style(name="Kop1", family="paragraph"); h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h2 = Style(name="Kop2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    ti = Style(name="Titel", family="paragraph"); ti.addElement(TextProperties(fontsize="19pt", fontweight="bold"))
    for s in (bold, ital, h1, h2, ti):
        doc.automaticstyles.addElement(s)
    def table(header, rows):
        ncol = len(header) if header else len(rows[0])
        tb = Table(name="T%d" % id(rows))
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for j, r in enumerate(([header] if header else []) + list(rows)):
            tr = TableRow()
            for v in r:
                tc = TableCell()
                par = P()
                if header and j == 0:
                    par.addElement(Span(stylename=bold, text=v))
                else:
                    par.addText(v)
                tc.addElement(par); tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(P(stylename=ti, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=b[1], stylename=h1 if b[1] == 1 else h2, text=b[2]))
        elif t == "p":
            doc.text.addElement(P(text=b[1]))
        elif t == "pi":
            par = P(); par.addElement(Span(stylename=ital, text=b[1])); doc.text.addElement(par)
        elif t == "bl":
            for it in b[1]:
                doc.text.addElement(P(text="•  " + it))
        elif t == "table":
            table(b[1], b[2])
        elif t in ("kv", "sig"):
            table(None, [(k, v if v else "______________________") for k, v in b[1]])
        elif t == "check":
            for ticked, label in b[1]:
                doc.text.addElement(P(text="%s %s" % (BOX[ticked], label)))
        elif t == "cc":
            par = P(); par.addElement(Span(stylename=bold, text=b[1] + ": ")); par.addText(b[2]); doc.text.addElement(par)
    if footer:
        doc.text.addElement(P(text=footer))
    doc.save(path)

# ------------------------------------------------------------ TXT
def w_txt(blocks, path, style="plain", footer=None):
    L = []
    for b in blocks:
        t = b[0]
        if t == "title":
            L += [b[1].upper(), "=" * len(b[1]), ""]
        elif t == "h":
            if style == "md":
                L += ["#" * (b[1] + 1) + " " + b[2], ""]
            elif b[1] == 1:
                L += [b[2], "-" * len(b[2]), ""]
            else:
                L += [b[2]]
        elif t in ("p", "pi"):
            L += [b[1], ""]
        elif t == "bl":
            L += ["- " + it for it in b[1]] + [""]
        elif t == "table":
            L += [" | ".join(b[1])] + [" | ".join(r) for r in b[2]] + [""]
        elif t in ("kv", "sig"):
            L += ["%s: %s" % (k, v if v else "____________________") for k, v in b[1]] + [""]
        elif t == "check":
            L += ["[%s] %s" % ("x" if ticked else " ", label) for ticked, label in b[1]] + [""]
        elif t == "cc":
            L += ["%s: %s" % (b[1], b[2])]
    if footer:
        L += ["", footer]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ------------------------------------------------------------ ReportLab (PDF made directly)
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

def w_pdf(blocks, path, footer=None, header=None, base=9.5):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    S = lambda **k: ParagraphStyle("x", fontName="DV", fontSize=base, leading=base * 1.3, **k)
    st = {"p": S(spaceAfter=4), "pi": S(spaceAfter=4, textColor=colors.grey), "title": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=8),
          1: ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=3),
          2: ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=2), "cell": S()}
    E = lambda s: escape(s)
    story = []
    def tbl(rows, header=False, widths=None):
        data = [[Paragraph(("<b>%s</b>" % E(c)) if (header and i == 0) else E(c), st["cell"]) for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                              + ([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))] if header else [])))
        story.append(t); story.append(Spacer(1, 5))
    W = 170 * mm
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(E(b[1]), st["title"]))
        elif t == "h":
            story.append(Paragraph(E(b[2]), st[b[1]]))
        elif t in ("p", "pi"):
            story.append(Paragraph(E(b[1]), st[t]))
        elif t == "bl":
            for it in b[1]:
                story.append(Paragraph(E(it), S(leftIndent=12, bulletIndent=2), bulletText="•"))
            story.append(Spacer(1, 3))
        elif t == "table":
            n = len(b[1]); tbl([b[1]] + [list(r) for r in b[2]], True, [W / n] * n if n > 2 else [55 * mm, W - 55 * mm])
        elif t in ("kv", "sig"):
            tbl([(k, v if v else "") for k, v in b[1]], False, [55 * mm, W - 55 * mm])
        elif t == "check":
            for ticked, label in b[1]:
                story.append(Paragraph("%s %s" % (BOX[ticked], E(label)), st["p"]))
        elif t == "cc":
            story.append(Paragraph("<b>%s:</b> %s" % (E(b[1]), E(b[2])), st["p"]))
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(20 * mm, 10 * mm, footer.replace("{p}", str(doc.page)))
        if header:
            c.drawRightString(190 * mm, 287 * mm, header)
        c.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                      title="", author="").build(story, onFirstPage=deco, onLaterPages=deco)

# ------------------------------------------------------------ fillable PDF form
def w_form(items, path, footer=None):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4)
    y = [275 * mm]
    page = [1]
    def newpage():
        if footer:
            c.setFont("DV", 7); c.drawString(20 * mm, 10 * mm, footer + "  - blad %d" % page[0])
        c.showPage(); page[0] += 1; y[0] = 275 * mm
    def need(h):
        if y[0] - h < 20 * mm:
            newpage()
    k = [0]
    for it in items:
        t = it[0]
        k[0] += 1
        if t == "head":
            need(12 * mm); c.setFont("DVB", 13); c.drawString(20 * mm, y[0], it[1]); y[0] -= 9 * mm
        elif t == "static":
            from reportlab.platypus import Paragraph
            from reportlab.lib.styles import ParagraphStyle
            par = Paragraph(escape(it[1]), ParagraphStyle("s", fontName="DV", fontSize=8, leading=10))
            w, h = par.wrap(170 * mm, 100 * mm); need(h + 4 * mm); par.drawOn(c, 20 * mm, y[0] - h); y[0] -= h + 4 * mm
        elif t == "field":
            lines = it[3]; h = (6 + 5 * (lines - 1)) * mm
            need(h + 7 * mm)
            c.setFont("DV", 8.5); c.drawString(20 * mm, y[0], it[1]); y[0] -= 1.5 * mm
            c.acroForm.textfield(name="f%02d_%s" % (k[0], "".join(ch for ch in it[1] if ch.isalnum())[:20]), tooltip=it[1], value=it[2],
                                 x=20 * mm, y=y[0] - h, width=170 * mm, height=h, fontName="Helvetica", fontSize=8,
                                 borderColor=colors.grey, fillColor=colors.HexColor("#f2f6fb"), textColor=colors.black,
                                 fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
            y[0] -= h + 5 * mm
        elif t == "cb":
            need(8 * mm)
            c.acroForm.checkbox(name="cb%02d" % k[0], tooltip=it[1], x=20 * mm, y=y[0] - 4 * mm, size=4.5 * mm, checked=it[2],
                                buttonStyle="cross", borderColor=colors.grey, fillColor=colors.white, forceBorder=True)
            c.setFont("DV", 9); c.drawString(27 * mm, y[0] - 3 * mm, it[1]); y[0] -= 8 * mm
    if footer:
        c.setFont("DV", 7); c.drawString(20 * mm, 10 * mm, footer + "  - blad %d" % page[0])
    c.save()
    from pypdf import PdfWriter
    wr = PdfWriter(clone_from=path)
    wr.set_need_appearances_writer(True)
    with open(path, "wb") as fh:
        wr.write(fh)

# ------------------------------------------------------------ scan simulation
def scanify(src_pdf, out_pdf, seed, tmpdir):
    import subprocess, random, glob
    from PIL import Image, ImageFilter, ImageChops
    r = random.Random(seed)
    pref = os.path.join(tmpdir, "pg%s" % seed)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pref], check=True)
    pages = []
    for f in sorted(glob.glob(pref + "*.png")):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise(im.size, 28).convert("L")
        im = ImageChops.multiply(im, noise.point(lambda v: 255 if v > 90 else 200))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im = im.point(lambda v: min(255, int(v * 0.92 + 14)))
        pages.append(im)
        os.remove(f)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=110)
