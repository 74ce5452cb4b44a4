# -*- coding: utf-8 -*-
"""Backends: render an abstract block list to txt, md, docx, odt, pdf (reportlab),
fillable pdf (AcroForm), pdf via LibreOffice, and 'scans' (raster + noise + skew).

Block types:
  ("title", text)                      ("h", level, text)
  ("p", text, style)  style: normal|hint|small|bold|italic
  ("bullets", [text])                  ("kv", [(label, value)])
  ("table", header_or_None, rows)      ("checks", [(label, ticked)])
  ("sig", [dict(role, name, date, signed, remark)])
  ("cc", placeholder)                  ("pagebreak",)
meta: dict(header=..., footer=..., cc_checkboxes=bool, seed=int)
"""
import io, os, random, subprocess, shutil, math, tempfile

BOX = {True: "\u2612", False: "\u2610"}   # ☒ ☐
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def scribble_points(seed, w=160, h=40, n=4):
    rnd = random.Random(seed)
    pts = []
    x = 8
    for i in range(n * 6):
        x += rnd.uniform(3, 9)
        y = h / 2 + rnd.uniform(-h / 2.6, h / 2.6)
        pts.append((min(x, w - 4), y))
    return pts


def scribble_png(seed, path, w=240, h=60):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = scribble_points(seed, w, h, 5)
    d.line(pts, fill=(20, 30, 110), width=2, joint="curve")
    rnd = random.Random(seed + 1)
    d.line([(pts[0][0], h * 0.75), (pts[-1][0] * rnd.uniform(.6, .9), h * 0.7)], fill=(20, 30, 110), width=2)
    im.save(path)
    return path


def flat_text(v):
    if isinstance(v, tuple) and v and v[0] == "cc":
        return v[1]
    return v if isinstance(v, str) else "\n".join(v)

# ------------------------------------------------------------------ txt / md

def sig_line(r):
    parts = [r["role"] + ":"]
    parts.append("naam: " + (r.get("name") or "______________"))
    parts.append("datum: " + (r.get("date") or "__-__-____"))
    parts.append("handtekening: " + ("[getekend]" if r.get("signed") else "______________"))
    s = "  ".join(parts)
    if r.get("remark"):
        s += "  (" + r["remark"] + ")"
    return s


def to_txt(blocks, meta, md=False):
    import re as _re
    meta = dict(meta)
    if meta.get("footer"):
        meta["footer"] = _re.sub(r"\s*[–-]?\s*(pagina|p\.|blad) \{page\}", "", meta["footer"])
    out = []
    if meta.get("header"):
        out.append(meta["header"] if not md else "*" + meta["header"] + "*")
        out.append("")
    for b in blocks:
        t = b[0]
        if t == "title":
            out += (["# " + b[1]] if md else [b[1].upper(), "=" * len(b[1])])
            out.append("")
        elif t == "h":
            if md:
                out.append("#" * (b[1] + 1) + " " + b[2])
            else:
                out.append(b[2])
                out.append(("-" if b[1] == 1 else "~") * len(b[2]))
            out.append("")
        elif t == "p":
            txt = b[1]
            if md and b[2] == "hint":
                txt = "_" + txt + "_"
            elif md and b[2] == "bold":
                txt = "**" + txt + "**"
            out.append(txt)
            out.append("")
        elif t == "cc":
            out.append(b[1]); out.append("")
        elif t == "bullets":
            out += [("- " if md else "  * ") + x for x in b[1]]
            out.append("")
        elif t == "kv":
            if md:
                out.append("| Onderdeel | Inhoud |"); out.append("|---|---|")
                for k, v in b[1]:
                    out.append("| %s | %s |" % (k, flat_text(v).replace("\n", "<br>")))
            else:
                w = max(len(k) for k, _ in b[1]) + 2
                for k, v in b[1]:
                    lines = flat_text(v).split("\n") if flat_text(v) else [""]
                    out.append((k + ":").ljust(w) + lines[0])
                    for l in lines[1:]:
                        out.append(" " * w + l)
            out.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md:
                n = len(hdr or rows[0])
                out.append("| " + " | ".join(hdr or [""] * n) + " |")
                out.append("|" + "---|" * n)
                for r in rows:
                    out.append("| " + " | ".join(flat_text(c).replace("\n", "<br>") for c in r) + " |")
            else:
                allr = ([hdr] if hdr else []) + rows
                n = len(allr[0])
                widths = [min(38, max(len(flat_text(r[i]).split("\n")[0]) for r in allr) + 1) for i in range(n)]
                import textwrap
                for ri, r in enumerate(allr):
                    cols = [textwrap.wrap(flat_text(c), widths[i]) or [""] for i, c in enumerate(r)]
                    h = max(len(c) for c in cols)
                    for li in range(h):
                        out.append(" | ".join((cols[i][li] if li < len(cols[i]) else "").ljust(widths[i]) for i in range(n)).rstrip())
                    if ri == 0 and hdr:
                        out.append("-+-".join("-" * w for w in widths))
            out.append("")
        elif t == "checks":
            for lab, tk in b[1]:
                out.append(("- " if md else "") + ("[x] " if tk else "[ ] ") + lab)
            out.append("")
        elif t == "sig":
            for r in b[1]:
                out.append(("- " if md else "") + sig_line(r))
            out.append("")
        elif t == "pagebreak":
            out.append("" if md else "\f")
    if meta.get("footer"):
        out.append("")
        out.append(("---\n" if md else "-" * 60 + "\n") + meta["footer"])
    return "\n".join(out).rstrip() + "\n"

# ------------------------------------------------------------------ docx

def _docx_checkbox_sdt(paragraph, checked):
    """Append a Word 2010 checkbox content control to a paragraph."""
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
           '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (1 if checked else 0, BOX[checked])
    paragraph._p.append(parse_xml(xml))


def _docx_text_sdt(paragraph, placeholder):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
           '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % placeholder
    paragraph._p.append(parse_xml(xml))


def _docx_cell_text(cell, text, bold=False):
    cell.text = ""
    lines = flat_text(text).split("\n")
    p = cell.paragraphs[0]
    for i, l in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(l)
        r.bold = bold


def to_docx(blocks, meta, path, tmpdir):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    if meta.get("footer"):
        fp = sec.footer.paragraphs[0]
        pre, _, post = meta["footer"].partition("{page}")
        fp.add_run(pre)
        if _:
            from docx.oxml import parse_xml
            fp._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
            fp.add_run(post)
    cc_boxes = meta.get("cc_checkboxes")
    sigi = [0]
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "h":
            doc.add_heading(b[2], min(b[1], 3))
        elif t == "p":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            if b[2] == "hint":
                r.italic = True; r.font.color.rgb = RGBColor(0x70, 0x70, 0x70); r.font.size = Pt(9)
            elif b[2] == "bold":
                r.bold = True
            elif b[2] == "italic":
                r.italic = True
            elif b[2] == "small":
                r.font.size = Pt(8.5)
        elif t == "cc":
            p = doc.add_paragraph()
            _docx_text_sdt(p, b[1])
        elif t == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "kv":
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                _docx_cell_text(c[0], k, bold=True)
                if isinstance(v, tuple) and v and v[0] == "cc":
                    c[1].text = ""; _docx_text_sdt(c[1].paragraphs[0], v[1])
                else:
                    _docx_cell_text(c[1], v)
                c[0].width = Cm(5); c[1].width = Cm(11.5)
            doc.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr or rows[0])
            tb = doc.add_table(rows=0, cols=n); tb.style = "Table Grid"
            if hdr:
                c = tb.add_row().cells
                for i, h in enumerate(hdr):
                    _docx_cell_text(c[i], h, bold=True)
            for r in rows:
                c = tb.add_row().cells
                for i, v in enumerate(r):
                    _docx_cell_text(c[i], v)
            doc.add_paragraph()
        elif t == "checks":
            for lab, tk in b[1]:
                p = doc.add_paragraph()
                if cc_boxes:
                    _docx_checkbox_sdt(p, tk)
                else:
                    p.add_run(BOX[tk])
                p.add_run(" " + lab)
        elif t == "sig":
            tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                _docx_cell_text(tb.rows[0].cells[i], h, bold=True)
            for r in b[1]:
                c = tb.add_row().cells
                _docx_cell_text(c[0], r["role"], bold=True)
                _docx_cell_text(c[1], r.get("name") or "")
                _docx_cell_text(c[2], r.get("date") or "")
                c[3].text = ""
                if r.get("signed"):
                    sigi[0] += 1
                    png = os.path.join(tmpdir, "sig%d_%d.png" % (meta.get("seed", 0), sigi[0]))
                    scribble_png(meta.get("seed", 0) * 31 + sigi[0], png)
                    c[3].paragraphs[0].add_run().add_picture(png, width=Cm(3.2))
                if r.get("remark"):
                    c[3].add_paragraph(r["remark"]).runs[0].italic = True
            doc.add_paragraph()
        elif t == "pagebreak":
            doc.add_page_break()
    doc.core_properties.author = meta.get("author", "")
    doc.core_properties.title = meta.get("doc_title", "")
    import datetime
    fixed = datetime.datetime(2026, 1, 1, 12, 0, 0)
    doc.core_properties.created = fixed; doc.core_properties.modified = fixed
    doc.save(path)

# ------------------------------------------------------------------ odt

def to_odt(blocks, meta, path, tmpdir):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hint = Style(name="Hint", family="paragraph"); hint.addElement(TextProperties(fontstyle="italic", color="#707070", fontsize="9pt"))
    bold = Style(name="Bold", family="paragraph"); bold.addElement(TextProperties(fontweight="bold"))
    tit = Style(name="Tit", family="paragraph"); tit.addElement(TextProperties(fontweight="bold", fontsize="16pt"))
    hs = {}
    for lvl, sz in ((1, "13pt"), (2, "11.5pt"), (3, "11pt")):
        s = Style(name="Heading_20_%d" % lvl, displayname="Heading %d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontweight="bold", fontsize=sz)); s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    for s in (hint, bold, tit, cellst):
        doc.automaticstyles.addElement(s)

    def para(txt, style=None):
        p = P(stylename=style) if style else P()
        p.addText(txt)
        return p

    def table(rows, hdr=None):
        n = len(hdr or rows[0])
        tb = Table()
        tb.addElement(TableColumn(numbercolumnsrepeated=n))
        for ri, r in enumerate(([hdr] if hdr else []) + rows):
            tr = TableRow()
            for c in r:
                tc = TableCell(stylename=cellst)
                for l in (flat_text(c).split("\n") if flat_text(c) else [""]):
                    tc.addElement(para(l, bold if (hdr and ri == 0) else None))
                tr.addElement(tc)
            tb.addElement(tr)
        return tb
    if meta.get("header"):
        doc.text.addElement(para(meta["header"], hint))
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(para(b[1], tit))
        elif t == "h":
            h = H(outlinelevel=b[1], stylename=hs[min(b[1], 3)]); h.addText(b[2]); doc.text.addElement(h)
        elif t == "p":
            doc.text.addElement(para(b[1], {"hint": hint, "bold": bold}.get(b[2])))
        elif t == "cc":
            doc.text.addElement(para(b[1], hint))
        elif t == "bullets":
            for x in b[1]:
                doc.text.addElement(para("\u2022 " + x))
        elif t == "kv":
            doc.text.addElement(table([[k, flat_text(v)] for k, v in b[1]]))
        elif t == "table":
            doc.text.addElement(table(b[2], b[1]))
        elif t == "checks":
            for lab, tk in b[1]:
                doc.text.addElement(para(BOX[tk] + " " + lab))
        elif t == "sig":
            rows = [[r["role"], r.get("name") or "", r.get("date") or "",
                     ("(handtekening)" if r.get("signed") else "") + ((" " + r["remark"]) if r.get("remark") else "")] for r in b[1]]
            doc.text.addElement(table(rows, ["", "Naam", "Datum", "Handtekening"]))
        elif t == "pagebreak":
            pass
    if meta.get("footer"):
        import re as _re
        doc.text.addElement(para(_re.sub(r"\s*[–-]?\s*(pagina|p\.|blad) \{page\}", "", meta["footer"]), hint))
    doc.save(path)

# ------------------------------------------------------------------ pdf (reportlab)

_fonts_done = [False]

def _fonts():
    if _fonts_done[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts_done[0] = True


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


class Scribble:
    pass


def _scribble_flowable(seed, w=110, h=28):
    from reportlab.platypus import Flowable

    class S(Flowable):
        def __init__(self):
            Flowable.__init__(self); self.width = w; self.height = h
        def draw(self):
            c = self.canv
            c.setStrokeColorRGB(0.08, 0.12, 0.45); c.setLineWidth(1.1)
            pts = scribble_points(seed, w, h, 3)
            p = c.beginPath(); p.moveTo(*pts[0])
            for i in range(1, len(pts) - 2, 3):
                p.curveTo(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1], pts[i + 2][0], pts[i + 2][1])
            c.drawPath(p, stroke=1, fill=0)
    return S()


def to_pdf(blocks, meta, path, tmpdir=None):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    S = {
        "normal": base,
        "hint": ParagraphStyle("hi", parent=base, fontName="DVI", fontSize=8, textColor=colors.HexColor("#666666")),
        "small": ParagraphStyle("sm", parent=base, fontSize=8),
        "bold": ParagraphStyle("bo", parent=base, fontName="DVB"),
        "italic": ParagraphStyle("it", parent=base, fontName="DVI"),
        "title": ParagraphStyle("ti", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=10),
        1: ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4,
                          textColor=colors.HexColor(meta.get("accent", "#1F3864"))),
        2: ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        3: ParagraphStyle("h3", parent=base, fontName="DVB", fontSize=9.5, leading=13, spaceBefore=4),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=8.5, leading=10.5, spaceAfter=0),
    }
    seed = meta.get("seed", 0)
    story = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    W = A4[0] - 4.4 * cm
    k = [0]
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(_esc(b[1]), S["title"]))
        elif t == "h":
            story.append(Paragraph(_esc(b[2]), S[min(b[1], 3)]))
        elif t == "p":
            story.append(Paragraph(_esc(b[1]), S.get(b[2], base)))
        elif t == "cc":
            story.append(Paragraph(_esc(b[1]), S["hint"]))
        elif t == "bullets":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + _esc(x), ParagraphStyle("bl", parent=base, leftIndent=10)))
        elif t == "kv":
            data = [[Paragraph(_esc(kk), S["cellb"]), Paragraph(_esc(flat_text(v)), S["cell"])] for kk, v in b[1]]
            tb = Table(data, colWidths=[W * 0.3, W * 0.7]); tb.setStyle(grid)
            tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF2F7"))]))
            story.append(tb); story.append(Spacer(1, 6))
        elif t == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr or rows[0])
            data = []
            if hdr:
                data.append([Paragraph(_esc(h), S["cellb"]) for h in hdr])
            for r in rows:
                data.append([Paragraph(_esc(flat_text(c)), S["cell"]) for c in r])
            cw = meta.get("colw", {}).get(n)
            tb = Table(data, colWidths=[W * f for f in cw] if cw else [W / n] * n, repeatRows=1 if hdr else 0)
            tb.setStyle(grid)
            if hdr:
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]))
            story.append(tb); story.append(Spacer(1, 6))
        elif t == "checks":
            for lab, tk in b[1]:
                story.append(Paragraph(BOX[tk] + " " + _esc(lab), base))
        elif t == "sig":
            data = [[Paragraph(x, S["cellb"]) for x in ["", "Naam", "Datum", "Handtekening"]]]
            for r in b[1]:
                k[0] += 1
                sigcell = [_scribble_flowable(seed * 37 + k[0])] if r.get("signed") else [Spacer(1, 26)]
                if r.get("remark"):
                    sigcell.append(Paragraph(_esc(r["remark"]), S["italic"]))
                data.append([Paragraph(_esc(r["role"]), S["cellb"]), Paragraph(_esc(r.get("name") or ""), S["cell"]),
                             Paragraph(_esc(r.get("date") or ""), S["cell"]), sigcell])
            tb = Table(data, colWidths=[W * .28, W * .27, W * .15, W * .30]); tb.setStyle(grid)
            story.append(tb); story.append(Spacer(1, 6))
        elif t == "pagebreak":
            story.append(PageBreak())

    def deco(c, d):
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.HexColor("#555555"))
        if meta.get("header"):
            c.drawString(2.2 * cm, A4[1] - 1.3 * cm, meta["header"])
        f = meta.get("footer")
        if f:
            c.drawString(2.2 * cm, 1.2 * cm, f.replace("{page}", str(d.page)))
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=meta.get("doc_title", ""), author=meta.get("author", ""), invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ------------------------------------------------------------------ fillable pdf (AcroForm)

def to_fillable_pdf(blocks, meta, path, tmpdir=None):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(meta.get("doc_title", "")); c.setAuthor(meta.get("author", ""))
    Wp, Hp = A4
    L, R = 2 * cm, Wp - 2 * cm
    y = [Hp - 2 * cm]
    fid = [0]
    page = [1]

    def foot():
        if meta.get("footer"):
            c.setFont("DV", 7); c.setFillColor(colors.grey)
            c.drawString(L, 1.1 * cm, meta["footer"].replace("{page}", str(page[0]))); c.setFillColor(colors.black)

    def need(h):
        if y[0] - h < 2 * cm:
            foot(); c.showPage(); page[0] += 1; y[0] = Hp - 2 * cm

    def text(s, font="DV", size=9.5, indent=0, color=None):
        lines = []
        for para in s.split("\n"):
            lines += simpleSplit(para, font, size, R - L - indent) or [""]
        for l in lines:
            need(size * 1.35)
            c.setFont(font, size)
            if color: c.setFillColor(color)
            c.drawString(L + indent, y[0] - size, l)
            c.setFillColor(colors.black)
            y[0] -= size * 1.35

    def field(value, w, h, x=None, multiline=True):
        fid[0] += 1
        need(h + 4)
        x = L if x is None else x
        c.acroForm.textfield(name="veld%d" % fid[0], value=value or "", x=x, y=y[0] - h, width=w, height=h,
                             fontName="Helvetica", fontSize=8, borderWidth=0.6, borderColor=colors.black,
                             fillColor=colors.HexColor("#F4F7FB"), textColor=colors.black,
                             fieldFlags="multiline" if multiline else "", forceBorder=True)
        return h

    def ascii_(s):
        return (s or "").replace("\u2019", "'").replace("\u2013", "-").replace("\u20ac", "EUR ")
    for b in blocks:
        t = b[0]
        if t == "title":
            text(b[1], "DVB", 15); y[0] -= 4
        elif t == "h":
            y[0] -= 4; text(b[2], "DVB", 11.5 if b[1] == 1 else 10)
        elif t == "p":
            text(b[1], {"hint": "DVI", "bold": "DVB", "italic": "DVI"}.get(b[2], "DV"), 8 if b[2] in ("hint", "small") else 9.5,
                 color=colors.HexColor("#666666") if b[2] == "hint" else None)
        elif t == "cc":
            text(b[1], "DVI", 8.5, color=colors.grey)
        elif t == "bullets":
            for x in b[1]:
                text("\u2022 " + x, indent=8)
        elif t in ("kv", "table"):
            rows = b[1] if t == "kv" else [(r[0], " / ".join(flat_text(x) for x in r[1:])) for r in b[2]]
            for k, v in rows:
                v = ascii_(flat_text(v) if not isinstance(v, tuple) else "")
                wl = []
                for p_ in v.split("\n"):
                    wl += simpleSplit(p_, "Helvetica", 8, R - L - 5.2 * cm - 8) or [""]
                v = "\n".join(wl) if v else ""
                lines = len(wl)
                h = max(18, lines * 10 + 6)
                need(h + 4)
                c.setFont("DVB", 8.5); 
                for i, l in enumerate(simpleSplit(k, "DVB", 8.5, 4.8 * cm)):
                    c.drawString(L, y[0] - 10 - i * 10, l)
                field(v, R - L - 5.2 * cm, h, x=L + 5.2 * cm)
                y[0] -= h + 4
        elif t == "checks":
            for lab, tk in b[1]:
                fid[0] += 1
                need(16)
                c.acroForm.checkbox(name="vink%d" % fid[0], x=L, y=y[0] - 12, size=11, checked=bool(tk),
                                    buttonStyle="cross", borderWidth=0.6, forceBorder=True)
                c.setFont("DV", 9); c.drawString(L + 16, y[0] - 10, lab)
                y[0] -= 16
        elif t == "sig":
            for r in b[1]:
                need(40)
                c.setFont("DVB", 8.5); c.drawString(L, y[0] - 10, r["role"])
                c.setFont("DV", 7.5); c.drawString(L + 5.2 * cm, y[0] - 8, "Naam"); c.drawString(L + 10.2 * cm, y[0] - 8, "Datum")
                y[0] -= 10
                field(ascii_(r.get("name")), 4.8 * cm, 16, x=L + 5.2 * cm, multiline=False)
                field(ascii_(r.get("date")), 2.6 * cm, 16, x=L + 10.2 * cm, multiline=False)
                if r.get("signed"):
                    c.saveState(); c.setStrokeColorRGB(.08, .12, .45); c.setLineWidth(1)
                    pts = scribble_points(meta.get("seed", 0) * 41 + fid[0], 90, 22, 3)
                    p = c.beginPath(); p.moveTo(L + 13.2 * cm + pts[0][0], y[0] - 22 + pts[0][1])
                    for (px, py) in pts[1:]:
                        p.lineTo(L + 13.2 * cm + px, y[0] - 22 + py)
                    c.drawPath(p); c.restoreState()
                if r.get("remark"):
                    c.setFont("DVI", 8); c.drawString(L + 13.2 * cm, y[0] - 30, r["remark"])
                c.setLineWidth(.4); c.line(L + 13.2 * cm, y[0] - 22, R, y[0] - 22)
                y[0] -= 34
        elif t == "pagebreak":
            foot(); c.showPage(); page[0] += 1; y[0] = Hp - 2 * cm
        y[0] -= 3
    foot()
    c.save()

# ------------------------------------------------------------------ soffice and scans

def soffice_pdf(src, outpath, tmpdir):
    prof = "file://" + os.path.join(tmpdir, "lo_profile")
    od = os.path.join(tmpdir, "lo_out")
    os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", od, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(od, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, outpath)


def scan_pdf(src_pdf, outpath, tmpdir, seed, dpi=130):
    """Rasterise, add skew, speckle noise, grey background and slight blur; save image-only PDF."""
    import numpy as np
    from PIL import Image, ImageFilter
    pref = os.path.join(tmpdir, "scan%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.startswith("scan%d-" % seed) and f.endswith(".png"))
    rnd = np.random.default_rng(seed)
    imgs = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = float(rnd.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rnd.normal(0, 9, a.shape)          # grey paper, sensor noise
        sp = rnd.random(a.shape)
        a[sp < 0.0012] = 30                                      # dust
        a[sp > 0.9985] = 255
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.55))
        imgs.append(im.convert("RGB"))
        os.remove(os.path.join(tmpdir, f))
    imgs[0].save(outpath, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])

# ------------------------------------------------------------------ byte-level determinism

def normalize(path):
    """Remove library/clock timestamps so repeated runs give identical files."""
    import re, zipfile
    if path.endswith((".docx", ".odt")):
        with zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        tmp = path + ".tmp"
        with zipfile.ZipFile(tmp, "w") as z:
            for i, data in items:
                zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 12, 0, 0))
                zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
                if path.endswith(".odt"):
                    data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"<meta:creation-date>2026-01-01T12:00:00</meta:creation-date>", data)
                    data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-01-01T12:00:00</dc:date>", data)
                z.writestr(zi, data)
        os.replace(tmp, path)
    elif path.endswith(".pdf"):
        b = open(path, "rb").read()

        def same_len(m, fill=b"0"):
            return m.group(1) + re.sub(rb"[0-9]", fill, m.group(2)) + m.group(3)
        b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]{14})([^)]*\))", same_len, b)
        b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), b)
        b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), b)
        b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), b)
        open(path, "wb").write(b)
