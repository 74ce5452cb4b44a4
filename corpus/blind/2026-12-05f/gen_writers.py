# -*- coding: utf-8 -*-
"""Writers: blocks -> txt, docx, odt, pdf (reportlab), fillable pdf, scanned pdf."""
import io
import random
import subprocess
from xml.sax.saxutils import escape

BOX = {True: "☒", False: "☐"}


def sig_text(r):
    s = ("w.g. %s" % r["name"]) if r.get("mark") else ""
    if r.get("note"):
        s = (s + " — " if s else "") + r["note"]
    return s


# ---------------------------------------------------------------- txt
def write_txt(blocks, path):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1].upper(), "=" * len(b[1])]
        elif t == "sub":
            out.append(b[1])
        elif t == "h":
            out += ["", b[2], ("-" if b[1] > 1 else "=") * len(b[2])]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            for k, v in b[1]:
                vv = v.replace("\n", "\n    ")
                out.append("%s: %s" % (k, vv) if vv else "%s:" % k)
            out.append("")
        elif t == "table":
            if b[1]:
                out.append(" | ".join(b[1]))
                out.append("-" * 40)
            for r in b[2]:
                out.append(" | ".join(r))
            out.append("")
        elif t == "checks":
            out.append("   ".join("[%s] %s" % ("x" if v else " ", l) for l, v in b[1]))
        elif t == "sig":
            for r in b[1]:
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (r["role"], r["name"] or "____________",
                                                                         r["date"] or "__-__-____", sig_text(r) or "____________"))
            out.append("")
        elif t == "footer":
            out += ["", "-- " + b[1] + " --"]
        elif t == "pagebreak":
            out += ["", "\f"]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


# ---------------------------------------------------------------- scribble signature image
def scribble_png(seed, w=360, h=110):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    x, y = 10, h // 2
    pts = []
    for i in range(28):
        x += rnd.randint(6, 16)
        y = max(10, min(h - 10, y + rnd.randint(-30, 30)))
        pts.append((min(x, w - 5), y))
    dr.line([(10, h // 2)] + pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    dr.line([(20, h - 20), (w - 40, h - 28)], fill=(20, 30, 110, 255), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


# ---------------------------------------------------------------- docx
def write_docx(blocks, path, sigimg=False, seed=0, font="Calibri"):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    D = docx.Document()
    st = D.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    for s in D.sections:
        s.left_margin = s.right_margin = Cm(2)

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_block(container, text, alias, placeholder):
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        paras = "".join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(line))
                        for line in (text.split("\n") if text else [""]))
        x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
             '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (W, escape(alias), escape(alias), ph, paras))
        el = parse_xml(x)
        container._element.append(el)

    def checkbox_run(par, ticked, label):
        x = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr>'
             '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (W, W14, 1 if ticked else 0, BOX[ticked]))
        par._p.append(parse_xml(x))
        par.add_run(" " + label + "    ")

    def cell_text(cell, text, bold=False):
        cell.text = ""
        lines = text.split("\n") if text else [""]
        p = cell.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(line)
            r.bold = bold

    for b in blocks:
        t = b[0]
        if t == "title":
            D.add_heading(b[1], 0)
        elif t == "sub":
            p = D.add_paragraph()
            p.add_run(b[1]).italic = True
        elif t == "h":
            D.add_heading(b[2], min(b[1], 3))
        elif t == "p":
            for line in (b[1].split("\n") if b[1] else [""]):
                D.add_paragraph(line)
        elif t == "kv":
            tb = D.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for kk, v in b[1]:
                row = tb.add_row().cells
                cell_text(row[0], kk, bold=True)
                if b[2]:  # content controls
                    row[1].text = ""
                    row[1]._element.remove(row[1].paragraphs[0]._p)
                    ph = v == "Klik of tik om tekst in te voeren."
                    sdt_block(row[1], v, kk, ph)
                else:
                    cell_text(row[1], v)
                row[0].width = Cm(5)
                row[1].width = Cm(12)
            D.add_paragraph()
        elif t == "table":
            ncol = len(b[1]) if b[1] else len(b[2][0])
            tb = D.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if b[1]:
                row = tb.add_row().cells
                for i, h in enumerate(b[1]):
                    cell_text(row[i], h, bold=True)
            for r in b[2]:
                row = tb.add_row().cells
                for i, v in enumerate(r):
                    cell_text(row[i], v)
            D.add_paragraph()
        elif t == "checks":
            p = D.add_paragraph()
            for l, v in b[1]:
                checkbox_run(p, v, l)
        elif t == "sig":
            tb = D.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                cell_text(tb.rows[0].cells[i], h, bold=True)
            for n, r in enumerate(b[1]):
                row = tb.add_row().cells
                cell_text(row[0], r["role"], bold=True)
                cell_text(row[1], r["name"])
                cell_text(row[2], r["date"])
                if r.get("mark") and sigimg:
                    row[3].paragraphs[0].add_run().add_picture(scribble_png(seed * 10 + n), width=Cm(3.2))
                    if r.get("note"):
                        row[3].add_paragraph(r["note"])
                else:
                    cell_text(row[3], sig_text(r))
            D.add_paragraph()
        elif t == "footer":
            for s in D.sections:
                s.footer.paragraphs[0].text = b[1]
        elif t == "pagebreak":
            D.add_page_break()
    D.save(path)


# ---------------------------------------------------------------- odt
def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cellst = Style(name="C", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    col1 = Style(name="c1", family="table-column")
    col1.addElement(TableColumnProperties(columnwidth="5cm"))
    doc.automaticstyles.addElement(col1)
    col2 = Style(name="c2", family="table-column")
    col2.addElement(TableColumnProperties(columnwidth="12cm"))
    doc.automaticstyles.addElement(col2)
    hst = {}
    for lvl, size in ((1, "15pt"), (2, "12.5pt"), (3, "11pt")):
        s = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hst[lvl] = s
    tst = Style(name="Title", family="paragraph")
    tst.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(tst)
    pb = Style(name="PB", family="paragraph")
    pb.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pb)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n") if text else [""]
        for i, line in enumerate(lines):
            if i:
                p.addElement(LineBreak())
            p.addText(line)
        return p

    def cell(text, b=False):
        c = TableCell(stylename=cellst, valuetype="string")
        p = P()
        for i, line in enumerate((text or "").split("\n")):
            if i:
                p.addElement(LineBreak())
            if b:
                p.addElement(Span(stylename=bold, text=line))
            else:
                p.addText(line)
        c.addElement(p)
        return c
    n = [0]

    def table(rows, ncol, header=None):
        n[0] += 1
        tb = Table(name="Tabel%d" % n[0])
        for i in range(ncol):
            tb.addElement(TableColumn(stylename=col1 if (ncol == 2 and i == 0) else col2))
        if header:
            tr = TableRow()
            for h in header:
                tr.addElement(cell(h, True))
            tb.addElement(tr)
        for r in rows:
            tr = TableRow()
            for i, v in enumerate(r):
                tr.addElement(cell(v, b=(ncol == 2 and i == 0)))
            tb.addElement(tr)
        doc.text.addElement(tb)
    pending_break = [False]
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(para(b[1], tst))
        elif t == "sub":
            doc.text.addElement(para(b[1]))
        elif t == "h":
            h = H(outlinelevel=b[1], stylename=hst[min(b[1], 3)])
            h.addText(b[2])
            doc.text.addElement(h)
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "kv":
            table([list(r) for r in b[1]], 2)
        elif t == "table":
            table(b[2], len(b[2][0]), b[1])
        elif t == "checks":
            doc.text.addElement(para("    ".join("%s %s" % (BOX[v], l) for l, v in b[1])))
        elif t == "sig":
            table([[r["role"], r["name"], r["date"], sig_text(r)] for r in b[1]], 4, ["", "Naam", "Datum", "Handtekening"])
        elif t == "footer":
            doc.text.addElement(para(b[1]))
        elif t == "pagebreak":
            doc.text.addElement(P(stylename=pb))
    doc.save(path)


# ---------------------------------------------------------------- pdf (reportlab)
_fonts = [False]


def fonts():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB")
    _fonts[0] = True


def write_pdf(blocks, path, sigimg=True, seed=0, serif=False, numbered_footer=False):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    F, FB = ("DVS", "DVSB") if serif else ("DV", "DVB")
    sN = ParagraphStyle("n", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=4)
    sB = ParagraphStyle("b", parent=sN, fontName=FB)
    sT = ParagraphStyle("t", fontName=FB, fontSize=17, leading=21, spaceAfter=4)
    sS = ParagraphStyle("s", parent=sN, textColor=colors.HexColor("#444444"))
    sH = {1: ParagraphStyle("h1", fontName=FB, fontSize=13, leading=16, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor("#1f3a68")),
          2: ParagraphStyle("h2", fontName=FB, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3),
          3: ParagraphStyle("h3", fontName=FB, fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)}
    footer = [None]

    def P(text, st=sN):
        return Paragraph(escape(text or "").replace("\n", "<br/>"), st)
    story = []
    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(P(b[1], sT))
        elif t == "sub":
            story.append(P(b[1], sS))
        elif t == "h":
            story.append(P(b[2], sH[min(b[1], 3)]))
        elif t == "p":
            story.append(P(b[1]))
        elif t == "kv":
            tb = Table([[P(k_, sB), P(v)] for k_, v in b[1]], colWidths=[4.6 * cm, W - 4.6 * cm])
            tb.setStyle(grid)
            tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            rows = ([[P(h, sB) for h in b[1]]] if b[1] else []) + [[P(v) for v in r] for r in b[2]]
            n = len(rows[0])
            tb = Table(rows, colWidths=[W / n] * n if n != 3 else [3.5 * cm, (W - 3.5 * cm) / 2, (W - 3.5 * cm) / 2])
            tb.setStyle(grid)
            if b[1]:
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
            story += [tb, Spacer(1, 6)]
        elif t == "checks":
            story.append(P("    ".join("%s %s" % (BOX[v], l) for l, v in b[1])))
        elif t == "sig":
            rows = [[P("", sB), P("Naam", sB), P("Datum", sB), P("Handtekening", sB)]]
            for n, r in enumerate(b[1]):
                if r.get("mark") and sigimg:
                    im = Image(scribble_png(seed * 10 + n), width=3.3 * cm, height=1.0 * cm)
                    cellv = [im] + ([P(r["note"])] if r.get("note") else [])
                else:
                    cellv = P(sig_text(r))
                rows.append([P(r["role"], sB), P(r["name"]), P(r["date"]), cellv])
            tb = Table(rows, colWidths=[4.2 * cm, 4.5 * cm, 2.6 * cm, W - 11.3 * cm], rowHeights=[None] + [1.35 * cm] * len(b[1]))
            tb.setStyle(grid)
            story += [tb, Spacer(1, 6)]
        elif t == "footer":
            footer[0] = b[1]
        elif t == "pagebreak":
            story.append(PageBreak())

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont(F, 7.5)
        if footer[0]:
            canv.drawString(2 * cm, 1.2 * cm, footer[0])
            canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        elif numbered_footer:
            canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "%d" % doc.page)
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title="OPP", author="school")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fillable pdf form
def write_pdf_form(blocks, path, filled=True):
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit
    cv = canvas.Canvas(path, pagesize=A4)
    cv.setTitle("OPP formulier")
    Wd, Ht = A4
    x0, W = 2 * cm, Wd - 4 * cm
    y = [Ht - 2 * cm]
    nf = [0]
    af = cv.acroForm

    def need(h):
        if y[0] - h < 2 * cm:
            cv.showPage()
            y[0] = Ht - 2 * cm

    def text(t, font="DV", size=9.5, lead=12):
        for line in (t or "").split("\n"):
            for l in simpleSplit(line, font, size, W) or [""]:
                need(lead)
                cv.setFont(font, size)
                cv.drawString(x0, y[0] - size, l)
                y[0] -= lead

    def field(label, value, lines=1, width=None):
        nf[0] += 1
        v = value if filled else ""
        if filled and v:
            wrapped = []
            for l in v.split("\n"):
                wrapped += simpleSplit(l, "Helvetica", 9, (width or W) - 12) or [""]
            v = "\n".join(wrapped)
            lines = max(lines, len(wrapped))
            if lines > 1:
                width = None
        h = 12 * lines + 6
        need(h + 14)
        cv.setFont("DVB", 9)
        cv.drawString(x0, y[0] - 9, label)
        y[0] -= 12
        af.textfield(name="f%02d_%s" % (nf[0], "".join(ch for ch in label if ch.isalnum())[:20]), value=v or "",
                     x=x0, y=y[0] - h, width=width or W, height=h, fontName="Helvetica", fontSize=9,
                     borderColor=colors.grey, fillColor=colors.HexColor("#f3f6fb"), textColor=colors.black,
                     fieldFlags="multiline" if lines > 1 or not filled else "", forceBorder=True)
        y[0] -= h + 6
    for b in blocks:
        t = b[0]
        if t == "title":
            text(b[1], "DVB", 16, 20)
        elif t == "sub":
            text(b[1], "DV", 9, 12)
            y[0] -= 4
        elif t == "h":
            y[0] -= 4
            text(b[2], "DVB", 11.5, 15)
        elif t == "p":
            text(b[1])
        elif t == "kv":
            for k_, v in b[1]:
                field(k_, v, lines=1 if len(v) < 80 and "\n" not in v else 3)
        elif t == "checks":
            for l, v in b[1]:
                need(16)
                nf[0] += 1
                af.checkbox(name="cb%02d" % nf[0], x=x0, y=y[0] - 12, size=11, checked=bool(v and filled),
                            buttonStyle="cross", borderColor=colors.black, fillColor=colors.white, forceBorder=True)
                cv.setFont("DV", 9.5)
                cv.drawString(x0 + 16, y[0] - 10, l)
                y[0] -= 16
        elif t == "sig":
            for r in b[1]:
                field("%s — naam" % r["role"], r["name"])
                field("%s — datum" % r["role"], r["date"], width=5 * cm)
                field("%s — handtekening" % r["role"], sig_text(r), width=8 * cm)
        elif t == "pagebreak":
            pass
    cv.save()


# ---------------------------------------------------------------- scan
def make_scan(src_pdf, out_pdf, seed, tmpdir):
    from PIL import Image, ImageFilter
    import glob
    import os
    rnd = random.Random(seed)
    prefix = os.path.join(tmpdir, "pg%d" % seed)
    subprocess.run(["nice", "pdftoppm", "-r", "120", "-gray", "-png", src_pdf, prefix], check=True)
    pages = []
    for f in sorted(glob.glob(prefix + "*.png")):
        im = Image.open(f).convert("L")
        ang = rnd.uniform(-1.4, 1.4)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=245)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 90):
            x, y_ = rnd.randrange(w), rnd.randrange(h)
            px[x, y_] = rnd.choice((40, 90, 200, 255))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        # darker page edge like a copier
        pages.append(im)
        os.remove(f)
    pages[0].save(out_pdf, "PDF", save_all=True, append_images=pages[1:], resolution=120.0)
