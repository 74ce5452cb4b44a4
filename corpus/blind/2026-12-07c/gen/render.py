# -*- coding: utf-8 -*-
"""Format writers: one list of blocks -> docx / odt / pdf / fillable pdf / txt / md / scan."""
import os, random, subprocess, shutil, tempfile, math, copy
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOX = {True: "☒", False: "☐"}


def scribble(path, seed):
    """A deterministic hand-drawn-looking signature."""
    r = random.Random(seed)
    w, h = 360, 110
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    pts = []
    x = 15
    y = h / 2
    while x < w - 20:
        x += r.uniform(6, 16)
        y = h / 2 + r.uniform(-35, 35) * math.sin(x / r.uniform(8, 20))
        pts.append((x, y))
    col = (20, 30, 110, 255)
    d.line(pts, fill=col, width=3, joint="curve")
    d.line([(20, h * 0.75), (w - 40, h * 0.7 + r.uniform(-6, 6))], fill=col, width=2)
    im.save(path)
    return path


# ------------------------------------------------------------------ docx
def _docx_checkbox_sdt(par, checked):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0, BOX[checked])
    par._p.append(parse_xml(xml))


def _docx_text_sdt(par, text, placeholder):
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:sdtPr><w:alias w:val="Invulveld"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
           '<w:sdtContent><w:r>%s%s</w:r></w:sdtContent></w:sdt>') % (
        ph, style, '<w:br/>'.join('<w:t xml:space="preserve">%s</w:t>' % escape(x) for x in text.split("\n")))
    par._p.append(parse_xml(xml))


def _docx_page_field(par):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % ns))
    par._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % ns))
    par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % ns))
    par._p.append(parse_xml('<w:r %s><w:t>1</w:t></w:r>' % ns))
    par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % ns))


def write_docx(blocks, path, tmpdir, seed=0):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sigi = [0]

    def sig_img(cell_or_par):
        sigi[0] += 1
        p = os.path.join(tmpdir, "sig_%d_%d.png" % (seed, sigi[0]))
        scribble(p, seed * 100 + sigi[0])
        par = cell_or_par
        par.add_run().add_picture(p, width=Cm(3.2))

    for b in blocks:
        t = b[0]
        if t == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        elif t == "sub":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(11); r.italic = True
        elif t == "h1":
            d.add_heading(b[1], level=1)
        elif t == "h2":
            d.add_heading(b[1], level=2)
        elif t == "p":
            for line in b[1].split("\n"):
                d.add_paragraph(line)
        elif t == "i":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        elif t == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in b[1]:
                row = tb.add_row().cells
                row[0].text = k
                for r in row[0].paragraphs[0].runs: r.bold = True
                row[0].width = Cm(5.5); row[1].width = Cm(11)
                if isinstance(v, tuple) and v[0] == "cc":
                    _docx_text_sdt(row[1].paragraphs[0], v[1], v[2])
                elif isinstance(v, tuple) and v[0] == "ccbox":
                    par = row[1].paragraphs[0]
                    for i, (chk, txt) in enumerate(v[1]):
                        if i: par = row[1].add_paragraph()
                        _docx_checkbox_sdt(par, chk); par.add_run(" " + txt)
                else:
                    row[1].text = v
            d.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            tb = d.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
            for i, h in enumerate(hdr):
                tb.rows[0].cells[i].text = h
                for r in tb.rows[0].cells[i].paragraphs[0].runs: r.bold = True
            for row in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            d.add_paragraph()
        elif t == "checks":
            for chk, txt in b[1]:
                d.add_paragraph("%s %s" % (BOX[chk], txt))
        elif t == "ccbox":
            for chk, txt in b[1]:
                p = d.add_paragraph(); _docx_checkbox_sdt(p, chk); p.add_run(" " + txt)
        elif t == "cc":
            p = d.add_paragraph()
            if b[1]:
                p.add_run(b[1] + " ").bold = True
            _docx_text_sdt(p, b[2], b[3])
        elif t == "sig":
            tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                tb.rows[0].cells[i].text = h
            for role, name, date, signed in b[1]:
                c = tb.add_row().cells
                c[0].text = role; c[1].text = name or ""; c[2].text = date or ""
                if signed == "scribble":
                    sig_img(c[3].paragraphs[0])
                elif signed:
                    c[3].text = signed
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
        elif t == "footer":
            fp = sec.footer.paragraphs[0]
            parts = b[1].split("{page}")
            fp.add_run(parts[0]).font.size = Pt(8)
            if len(parts) > 1:
                _docx_page_field(fp)
                fp.add_run(parts[1]).font.size = Pt(8)
        elif t == "header":
            hp = sec.header.paragraphs[0]; hp.text = b[1]
            for r in hp.runs: r.font.size = Pt(8)
        elif t == "hr":
            d.add_paragraph("_" * 60)
    d.save(path)


# ------------------------------------------------------------------ odt
def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ital = Style(name="I", family="paragraph"); ital.addElement(TextProperties(fontstyle="italic", color="#666666")); doc.automaticstyles.addElement(ital)
    tit = Style(name="T", family="paragraph"); tit.addElement(TextProperties(fontsize="17pt", fontweight="bold")); doc.automaticstyles.addElement(tit)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); h1.addElement(ParagraphProperties(margintop="0.3cm")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); doc.styles.addElement(h2)
    cellst = Style(name="C", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm")); doc.automaticstyles.addElement(cellst)
    tcount = [0]

    def table(rows, header=None):
        tcount[0] += 1
        ncol = len(rows[0]) if rows else len(header)
        tb = Table(name="Tabel%d" % tcount[0])
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            tr = TableRow()
            for ci, v in enumerate(row):
                tc = TableCell(stylename=cellst)
                for line in (v or "").split("\n") or [""]:
                    p = P()
                    if (header and ri == 0) or (not header and ci == 0):
                        p.addElement(Span(stylename=bold, text=line))
                    else:
                        p.addText(line)
                    tc.addElement(p)
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(P(stylename=tit, text=b[1]))
        elif t == "sub":
            doc.text.addElement(P(stylename=ital, text=b[1]))
        elif t in ("h1", "h2"):
            doc.text.addElement(H(outlinelevel=1 if t == "h1" else 2, stylename=h1 if t == "h1" else h2, text=b[1]))
        elif t == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif t == "i":
            doc.text.addElement(P(stylename=ital, text=b[1]))
        elif t == "bul":
            for it in b[1]:
                doc.text.addElement(P(text="• " + it))
        elif t == "kv":
            table([[k, v if isinstance(v, str) else _flat(v)] for k, v in b[1]])
        elif t == "table":
            table([list(r) for r in b[2]], header=list(b[1]))
        elif t in ("checks", "ccbox"):
            for chk, txt in b[1]:
                doc.text.addElement(P(text="%s %s" % (BOX[chk], txt)))
        elif t == "cc":
            doc.text.addElement(P(text=((b[1] + " ") if b[1] else "") + b[2]))
        elif t == "sig":
            rows = [[role, name or "", date or "", "(getekend)" if signed == "scribble" else (signed or "")] for role, name, date, signed in b[1]]
            table(rows, header=["", "Naam", "Datum", "Handtekening"])
        elif t == "hr":
            doc.text.addElement(P(text="_" * 60))
        elif t == "footer":
            doc.text.addElement(P(stylename=ital, text=b[1].replace("{page}", "1")))
    doc.save(path)


def _flat(v):
    if isinstance(v, tuple) and v[0] == "cc":
        return v[1]
    if isinstance(v, tuple) and v[0] == "ccbox":
        return "  ".join("%s %s" % (BOX[c], t) for c, t in v[1])
    return str(v)


# ------------------------------------------------------------------ txt / md
def write_txt(blocks, path, width=78, md=False):
    import textwrap
    out = []
    footer = None
    page = [0]
    for b in blocks:
        t = b[0]
        if t == "title":
            out += (["# " + b[1]] if md else [b[1].upper(), "=" * min(width, len(b[1]))]) + [""]
        elif t == "sub":
            out += [b[1], ""]
        elif t == "h1":
            out += (["## " + b[1]] if md else [b[1], "-" * min(width, len(b[1]))]) + [""]
        elif t == "h2":
            out += (["### " + b[1]] if md else [b[1]]) + [""]
        elif t in ("p", "i"):
            for line in b[1].split("\n"):
                out += textwrap.wrap(line, width) or [""]
            out += [""]
        elif t == "bul":
            for it in b[1]:
                w = textwrap.wrap(it, width - 4)
                out += ["  - " + w[0]] + ["    " + x for x in w[1:]]
            out += [""]
        elif t == "kv":
            for k, v in b[1]:
                v = v if isinstance(v, str) else _flat(v)
                lines = v.split("\n") if v else [""]
                first = True
                for line in lines:
                    w = textwrap.wrap(line, width - 28) or [""]
                    for x in w:
                        out.append(("%-26s: " % k if first else " " * 28) + x)
                        first = False
            out += [""]
        elif t == "table":
            out.append(" | ".join(b[1]))
            out.append("-" * width)
            for r in b[2]:
                out.append(" | ".join(x.replace("\n", " / ") for x in r))
            out += [""]
        elif t in ("checks", "ccbox"):
            for chk, txt in b[1]:
                out.append("[%s] %s" % ("X" if chk else " ", txt))
            out += [""]
        elif t == "cc":
            out += [((b[1] + " ") if b[1] else "") + b[2], ""]
        elif t == "sig":
            for role, name, date, signed in b[1]:
                s = "w.g." if signed == "scribble" else (signed or "______________________")
                out.append("%s: %s   datum: %s   handtekening: %s" % (role, name or "______________", date or "__-__-____", s))
            out += [""]
        elif t == "hr":
            out.append("-" * width)
        elif t == "pb":
            if footer:
                page[0] += 1
                out += ["", footer.replace("{page}", str(page[0])), "\f"]
        elif t == "footer":
            footer = b[1]
    if footer:
        out += ["", footer.replace("{page}", str(page[0] + 1))]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ pdf (reportlab platypus)
_fonts_done = [False]


def _fonts():
    if _fonts_done[0]:
        return
    import reportlab.rl_config
    reportlab.rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts_done[0] = True


def _esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf(blocks, path, tmpdir, seed=0, accent=(0.12, 0.23, 0.41), base=9.5):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak
    ac = colors.Color(*accent)
    S = dict(
        title=ParagraphStyle("t", fontName="DVB", fontSize=base + 7, leading=base + 10, textColor=ac, spaceAfter=6),
        sub=ParagraphStyle("s", fontName="DVI", fontSize=base, leading=base + 3, spaceAfter=6),
        h1=ParagraphStyle("h1", fontName="DVB", fontSize=base + 3, leading=base + 6, textColor=ac, spaceBefore=8, spaceAfter=4),
        h2=ParagraphStyle("h2", fontName="DVB", fontSize=base + 1, leading=base + 4, spaceBefore=5, spaceAfter=2),
        p=ParagraphStyle("p", fontName="DV", fontSize=base, leading=base + 3, spaceAfter=4),
        i=ParagraphStyle("i", fontName="DVI", fontSize=base - 0.5, leading=base + 2.5, textColor=colors.grey, spaceAfter=4),
        c=ParagraphStyle("c", fontName="DV", fontSize=base - 0.5, leading=base + 2.5),
        cb=ParagraphStyle("cb", fontName="DVB", fontSize=base - 0.5, leading=base + 2.5),
    )
    story = []
    footer = [None]
    header = [None]
    sigi = [0]
    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for b in blocks:
        t = b[0]
        if t in ("title", "sub", "h1", "h2", "i"):
            story.append(Paragraph(_esc(b[1]), S[t]))
        elif t == "p":
            story.append(Paragraph(_esc(b[1]), S["p"]))
        elif t == "bul":
            for it in b[1]:
                story.append(Paragraph("• " + _esc(it), S["p"]))
        elif t == "kv":
            data = [[Paragraph(_esc(k), S["cb"]), Paragraph(_esc(v if isinstance(v, str) else _flat(v)), S["c"])] for k, v in b[1]]
            tb = Table(data, colWidths=[0.32 * W, 0.68 * W]); tb.setStyle(grid)
            tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.94, 0.97))]))
            story += [tb, Spacer(1, 6)]
        elif t == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            widths = b[3] if len(b) > 3 and b[3] else [W / n] * n
            data = [[Paragraph(_esc(h), S["cb"]) for h in hdr]] + [[Paragraph(_esc(v), S["c"]) for v in r] for r in rows]
            tb = Table(data, colWidths=widths, repeatRows=1); tb.setStyle(grid)
            tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.89, 0.95))]))
            story += [tb, Spacer(1, 6)]
        elif t in ("checks", "ccbox"):
            for chk, txt in b[1]:
                story.append(Paragraph("%s %s" % (BOX[chk], _esc(txt)), S["p"]))
        elif t == "cc":
            story.append(Paragraph(("<b>%s</b> " % _esc(b[1]) if b[1] else "") + _esc(b[2]), S["p"]))
        elif t == "sig":
            data = [[Paragraph(x, S["cb"]) for x in ["", "Naam", "Datum", "Handtekening"]]]
            for role, name, date, signed in b[1]:
                if signed == "scribble":
                    sigi[0] += 1
                    pth = os.path.join(tmpdir, "psig_%d_%d.png" % (seed, sigi[0]))
                    scribble(pth, seed * 100 + sigi[0] + 50)
                    cell = RLImage(pth, width=3.2 * cm, height=1.0 * cm)
                else:
                    cell = Paragraph(_esc(signed or ""), S["c"])
                data.append([Paragraph(_esc(role), S["c"]), Paragraph(_esc(name or ""), S["c"]), Paragraph(_esc(date or ""), S["c"]), cell])
            tb = Table(data, colWidths=[0.25 * W, 0.3 * W, 0.17 * W, 0.28 * W], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            tb.setStyle(grid)
            story += [tb, Spacer(1, 6)]
        elif t == "hr":
            story.append(Paragraph("_" * 80, S["i"]))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "footer":
            footer[0] = b[1]
        elif t == "header":
            header[0] = b[1]

    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer[0]:
            c.drawString(2 * cm, 1.2 * cm, footer[0].replace("{page}", str(doc.page)))
        if header[0]:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header[0])
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable pdf form (AcroForm)
def write_pdf_form(blocks, path, tmpdir, seed=0):
    """Labels are printed; values sit in AcroForm fields (text fields, check boxes)."""
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Formulier")
    W, H = A4
    y = [H - 2 * cm]
    fid = [0]
    form = c.acroForm

    def need(h):
        if y[0] - h < 2 * cm:
            c.showPage(); y[0] = H - 2 * cm

    def text(s, font="DV", size=9.5, indent=0, wrap=95):
        for line in textwrap.wrap(s, wrap) or [""]:
            need(13); c.setFont(font, size); c.drawString(2 * cm + indent, y[0], line); y[0] -= 13

    def field(label, value):
        fid[0] += 1
        wrapped = []
        for para in value.split("\n"):
            wrapped += textwrap.wrap(para, 100) or [""]
        value = "\n".join(wrapped)
        lines = max(1, len(wrapped))
        h = 10.5 * lines + 6
        need(h + 16)
        c.setFont("DVB", 9); c.drawString(2 * cm, y[0], label); y[0] -= 4
        form.textfield(name="veld%d" % fid[0], value=value, x=2 * cm, y=y[0] - h, width=W - 4 * cm, height=h,
                       fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.white,
                       fieldFlags="multiline" if lines > 1 else "", borderWidth=0.6)
        y[0] -= h + 10

    for b in blocks:
        t = b[0]
        if t == "title":
            need(24); c.setFont("DVB", 15); c.setFillColor(colors.Color(0.1, 0.3, 0.3)); c.drawString(2 * cm, y[0], b[1]); c.setFillColor(colors.black); y[0] -= 22
        elif t == "sub":
            text(b[1], "DVI", 9)
        elif t in ("h1", "h2"):
            y[0] -= 4; need(20); c.setFillColor(colors.Color(0.88, 0.93, 0.93)); c.rect(2 * cm, y[0] - 4, W - 4 * cm, 15, fill=1, stroke=0)
            c.setFillColor(colors.black); c.setFont("DVB", 10.5); c.drawString(2.1 * cm, y[0], b[1]); y[0] -= 19
        elif t in ("p",):
            text(b[1])
        elif t == "i":
            text(b[1], "DVI", 8.5)
        elif t == "kv":
            for k, v in b[1]:
                field(k, v if isinstance(v, str) else _flat(v))
        elif t == "table":
            for r in b[2]:
                field(" / ".join(b[1]), "\n".join("%s: %s" % (h, v) for h, v in zip(b[1], r)))
        elif t in ("checks", "ccbox"):
            for chk, txt in b[1]:
                fid[0] += 1; need(16)
                form.checkbox(name="vink%d" % fid[0], x=2 * cm, y=y[0] - 3, size=11, checked=chk, buttonStyle="cross", borderColor=colors.black)
                c.setFont("DV", 9.5); c.drawString(2 * cm + 16, y[0], txt); y[0] -= 16
        elif t == "cc":
            field(b[1] or "", b[2])
        elif t == "sig":
            for role, name, date, signed in b[1]:
                need(60)
                c.setFont("DVB", 9); c.drawString(2 * cm, y[0], role); y[0] -= 4
                fid[0] += 1
                form.textfield(name="naam%d" % fid[0], value=name or "", x=2 * cm, y=y[0] - 16, width=6.5 * cm, height=16, fontName="Helvetica", fontSize=9, borderWidth=0.6)
                form.textfield(name="datum%d" % fid[0], value=date or "", x=9 * cm, y=y[0] - 16, width=3 * cm, height=16, fontName="Helvetica", fontSize=9, borderWidth=0.6)
                c.setFont("DV", 7); c.drawString(2 * cm, y[0] - 24, "naam"); c.drawString(9 * cm, y[0] - 24, "datum"); c.drawString(12.6 * cm, y[0] - 24, "handtekening")
                c.line(12.6 * cm, y[0] - 16, W - 2 * cm, y[0] - 16)
                if signed == "scribble":
                    pth = os.path.join(tmpdir, "fsig_%d_%d.png" % (seed, fid[0])); scribble(pth, seed * 100 + fid[0] + 77)
                    c.drawImage(pth, 12.8 * cm, y[0] - 18, width=3.4 * cm, height=1.0 * cm, mask="auto")
                elif signed:
                    c.setFont("DVI", 9); c.drawString(12.8 * cm, y[0] - 13, signed)
                y[0] -= 40
        elif t == "hr":
            need(10); c.line(2 * cm, y[0], W - 2 * cm, y[0]); y[0] -= 10
        elif t == "pb":
            c.showPage(); y[0] = H - 2 * cm
        elif t == "footer":
            pass
    c.save()


# ------------------------------------------------------------------ conversions
def soffice_pdf(src, outdir):
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def scan_pdf(src_pdf, out_pdf, tmpdir, seed, dpi=110):
    r = random.Random(seed)
    rng = np.random.RandomState(seed)
    base = os.path.join(tmpdir, "scan%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(tmpdir) if p.startswith("scan%d-" % seed) and p.endswith(".png"))
    ims = []
    for p in pages:
        im = Image.open(os.path.join(tmpdir, p)).convert("L")
        im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * r.uniform(0.9, 0.97) + rng.normal(0, 11, a.shape) + 8
        # speckles
        mask = rng.random_sample(a.shape) < 0.0015
        a[mask] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
    import datetime as _dt
    import time as _t
    fixed = _t.strptime("2025-12-01 09:00:00", "%Y-%m-%d %H:%M:%S")
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=dpi, creationDate=fixed, modDate=fixed,
                producer="ScanSnap iX-sim", title="Scan")
