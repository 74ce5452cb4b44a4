# -*- coding: utf-8 -*-
"""A tiny document model (headings, paragraphs, tables with tick boxes and signatures) and four back ends:
DOCX (python-docx), PDF (reportlab platypus), HTML (for LibreOffice 'print to PDF') and plain text."""
import html
import os
import random
import zipfile

from PIL import Image, ImageDraw


class CB:
    def __init__(self, checked, label=""):
        self.checked, self.label = checked, label


class SIG:
    def __init__(self, seed):
        self.seed = seed


class CC:
    """Word content control (plain text). placeholder=True shows Word's grey placeholder text."""

    def __init__(self, text, placeholder=False, tag="veld"):
        self.text, self.placeholder, self.tag = text, placeholder, tag


BR = "\n"


def H(level, text):
    return ("h", level, text)


def Pp(text, **o):
    return ("p", text, o)


def UL(items):
    return ("ul", list(items))


def T(rows, **o):
    return ("table", rows, o)


def PB():
    return ("pb",)


def SP(h=6):
    return ("sp", h)


# ------------------------------------------------------------------ signature image
def signature_png(seed, path):
    if os.path.exists(path):
        return path
    r = random.Random(seed)
    w, h = 360, 110
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 15, 60
    pts = [(x, y)]
    for i in range(28):
        x += r.randint(6, 14)
        y = max(12, min(h - 12, y + r.randint(-28, 28)))
        pts.append((x, y))
        if x > w - 30:
            break
    # smooth by chaikin
    for _ in range(3):
        np_ = [pts[0]]
        for a, b in zip(pts, pts[1:]):
            np_.append((0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]))
            np_.append((0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]))
        np_.append(pts[-1])
        pts = np_
    d.line(pts, fill=(20, 30, 110, 255), width=3)
    d.line([(r.randint(20, 60), r.randint(70, 90)), (r.randint(200, 300), r.randint(60, 95))], fill=(20, 30, 110, 255), width=2)
    im.save(path)
    return path


def cell_items(c):
    if c is None:
        return [""]
    if isinstance(c, (list, tuple)):
        return list(c)
    return [c]


def cell_plain(c, tick=("[X]", "[ ]")):
    out = []
    for it in cell_items(c):
        if isinstance(it, CB):
            out.append((tick[0] if it.checked else tick[1]) + (" " + it.label if it.label else ""))
        elif isinstance(it, SIG):
            out.append("")
        elif isinstance(it, CC):
            out.append(it.text)
        else:
            out.append(str(it))
    s = ""
    for o in out:
        if s and not s.endswith("\n") and o and not o.startswith("\n"):
            s += " "
        s += o
    return s


# ------------------------------------------------------------------ DOCX
def to_docx(blocks, path, meta, sigdir):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor
    import datetime

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(meta.get("size", 10))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(meta.get("margin", 2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.created = cp.modified = datetime.datetime(2026, 1, 5, 9, 0, 0)
    cp.last_modified_by = meta.get("author", "")
    cp.revision = 1
    width_cm = 21 - 2 * meta.get("margin", 2.0)
    if meta.get("header"):
        p = sec.header.paragraphs[0]
        p.text = meta["header"]
        p.runs[0].font.size = Pt(8)
    if meta.get("footer") is not None:
        p = sec.footer.paragraphs[0]
        r = p.add_run(meta["footer"] + "    pagina ")
        r.font.size = Pt(8)
        p._p.append(parse_xml(r'<w:fldSimple %s w:instr="PAGE"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
        r3 = p.add_run(" van ")
        r3.font.size = Pt(8)
        p._p.append(parse_xml(r'<w:fldSimple %s w:instr="NUMPAGES"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
    ids = [1000]

    def add_inline(par, it, size=None, bold=False):
        if isinstance(it, CB):
            if meta.get("cc_checkbox"):
                ids[0] += 1
                ch = "\u2612" if it.checked else "\u2610"
                x = ('<w:sdt %s xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w:id w:val="%d"/>'
                     '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                     '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
                     '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                     '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (nsdecls("w"), ids[0], 1 if it.checked else 0, ch))
                par._p.append(parse_xml(x))
                if it.label:
                    r = par.add_run(" " + it.label)
                    if size:
                        r.font.size = Pt(size)
            else:
                r = par.add_run(("\u2612" if it.checked else "\u2610") + (" " + it.label if it.label else ""))
                if size:
                    r.font.size = Pt(size)
        elif isinstance(it, SIG):
            p = signature_png(it.seed, os.path.join(sigdir, "sig_%s.png" % it.seed))
            par.add_run().add_picture(p, width=Cm(2.8))
        elif isinstance(it, CC):
            ids[0] += 1
            t = html.escape(it.text)
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if it.placeholder else ""
            x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
                 '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
                 % (nsdecls("w"), html.escape(it.tag), html.escape(it.tag), ids[0], "<w:showingPlcHdr/>" if it.placeholder else "", rpr, t))
            par._p.append(parse_xml(x))
        else:
            lines = str(it).split("\n")
            for i, ln in enumerate(lines):
                r = par.add_run(ln)
                r.bold = bold
                if size:
                    r.font.size = Pt(size)
                if i < len(lines) - 1:
                    r.add_break()

    def fill_cell(cell, c, size, bold=False):
        cell.paragraphs[0].text = ""
        par = cell.paragraphs[0]
        items = cell_items(c)
        first = True
        for it in items:
            if isinstance(it, str) and it.startswith("\n\n"):
                par = cell.add_paragraph()
                it = it[2:]
            if not first and isinstance(it, str) and it and not it.startswith("\n"):
                par.add_run(" ")
            if not first and isinstance(it, CB):
                par.add_run("   ")
            add_inline(par, it, size, bold)
            first = False

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))

    for b in blocks:
        k = b[0]
        if k == "h":
            h = doc.add_heading(b[2], level=b[1])
            for r in h.runs:
                r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif k == "p":
            o = b[2]
            par = doc.add_paragraph()
            items = b[1] if isinstance(b[1], list) else [b[1]]
            for i, it in enumerate(items):
                if i and isinstance(it, str):
                    par.add_run(" ")
                add_inline(par, it, o.get("size"), o.get("bold", False))
            if o.get("italic"):
                for r in par.runs:
                    r.italic = True
            if o.get("align") == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif o.get("align") == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "pb":
            doc.add_page_break()
        elif k == "sp":
            doc.add_paragraph()
        elif k == "table":
            rows, o = b[1], b[2]
            ncol = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            ws = o.get("widths") or [1.0 / ncol] * ncol
            size = o.get("size", meta.get("tsize", 9))
            merged = {}
            for (r0, c0, r1, c1) in o.get("merges", []):
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            merged[(rr, cc)] = True
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = tb.cell(ri, ci)
                    cell.width = Cm(width_cm * ws[ci])
                    if (ri, ci) in merged:
                        continue
                    c = row[ci] if ci < len(row) else ""
                    bold = ri < o.get("header", 0) or (ri, ci) in o.get("bold", set()) or (o.get("bold_col0") and ci == 0)
                    fill_cell(cell, c, size, bold)
                    if (ri, ci) in o.get("shade", {}):
                        shade(cell, o["shade"][(ri, ci)])
            for (r0, c0, r1, c1) in o.get("merges", []):
                tb.cell(r0, c0).merge(tb.cell(r1, c1))
            for ri in range(o.get("header", 0)):
                trPr = tb.rows[ri]._tr.get_or_add_trPr()
                trPr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))
            if o.get("cantsplit"):
                for row in tb.rows:
                    row._tr.get_or_add_trPr().append(parse_xml(r'<w:cantSplit %s/>' % nsdecls("w")))
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Fixed timestamps and order inside OOXML/ODF zips, for a deterministic output."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ reportlab
_FONTS = []


def rl_fonts():
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    lib = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", lib + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", lib + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", lib + "LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")
    _FONTS.append(1)


def to_rl(blocks, path, meta, sigdir):
    rl_fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    font = meta.get("rlfont", "LS")
    fb = font + "B"
    base = ParagraphStyle("b", fontName=font, fontSize=meta.get("size", 9.5), leading=meta.get("size", 9.5) * 1.3)
    cellst = ParagraphStyle("c", parent=base, fontSize=meta.get("tsize", 8.5), leading=meta.get("tsize", 8.5) * 1.3)
    cellb = ParagraphStyle("cb", parent=cellst, fontName=fb)
    hs = {1: ParagraphStyle("h1", parent=base, fontName=fb, fontSize=14, leading=18, spaceBefore=6, spaceAfter=6,
                            textColor=colors.HexColor(meta.get("hcolor", "#1F3A5F"))),
          2: ParagraphStyle("h2", parent=base, fontName=fb, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                            textColor=colors.HexColor(meta.get("hcolor", "#1F3A5F"))),
          3: ParagraphStyle("h3", parent=base, fontName=fb, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)}
    W = A4[0] - 2 * meta.get("margin", 2.0) * cm

    def esc(s):
        return html.escape(s).replace("\n", "<br/>")

    def inline_markup(it):
        if isinstance(it, CB):
            return '<font name="DV">%s</font>%s' % ("\u2612" if it.checked else "\u2610", (" " + esc(it.label)) if it.label else "")
        if isinstance(it, CC):
            return esc(it.text)
        return esc(str(it))

    def cell_flow(c, st):
        items = cell_items(c)
        flows, buf = [], []
        for it in items:
            if isinstance(it, SIG):
                if buf:
                    flows.append(Paragraph(" ".join(buf), st)); buf = []
                p = signature_png(it.seed, os.path.join(sigdir, "sig_%s.png" % it.seed))
                flows.append(RLImage(p, width=2.6 * cm, height=0.8 * cm))
            else:
                buf.append(inline_markup(it))
        if buf or not flows:
            flows.append(Paragraph(" ".join(buf), st))
        return flows if len(flows) > 1 else flows[0]

    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(esc(b[2]), hs[min(b[1], 3)]))
        elif k == "p":
            o = b[2]
            st = ParagraphStyle("px", parent=base, fontName=fb if o.get("bold") else (font + "I" if o.get("italic") else font),
                                fontSize=o.get("size", base.fontSize), leading=o.get("size", base.fontSize) * 1.3,
                                alignment={"center": 1, "right": 2}.get(o.get("align"), 0), spaceAfter=4)
            items = b[1] if isinstance(b[1], list) else [b[1]]
            story.append(Paragraph(" ".join(inline_markup(i) for i in items if not isinstance(i, SIG)), st))
        elif k == "ul":
            story.append(ListFlowable([ListItem(Paragraph(esc(i), base), leftIndent=12) for i in b[1]],
                                      bulletType="bullet", start="\u2022", leftIndent=12, bulletFontName="DV"))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "table":
            rows, o = b[1], b[2]
            ncol = max(len(r) for r in rows)
            ws = o.get("widths") or [1.0 / ncol] * ncol
            data = []
            for ri, row in enumerate(rows):
                dr = []
                for ci in range(ncol):
                    c = row[ci] if ci < len(row) else ""
                    bold = ri < o.get("header", 0) or (ri, ci) in o.get("bold", set()) or (o.get("bold_col0") and ci == 0)
                    dr.append(cell_flow(c, cellb if bold else cellst))
                data.append(dr)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), font),
                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            if o.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(o.get("gridcolor", "#555555"))))
            else:
                ts.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")))
            for (r, c), col in o.get("shade", {}).items():
                ts.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#" + col)))
            for (r0, c0, r1, c1) in o.get("merges", []):
                ts.append(("SPAN", (c0, r0), (c1, r1)))
            t = Table(data, colWidths=[W * w for w in ws], repeatRows=o.get("header", 0), style=TableStyle(ts),
                      hAlign="LEFT")
            story.append(t)
            story.append(Spacer(1, 6))

    def on_page(canv, docobj):
        canv.saveState()
        canv.setFont(font, 7.5)
        if meta.get("header"):
            canv.drawString(meta.get("margin", 2.0) * cm, A4[1] - 1.1 * cm, meta["header"])
        if meta.get("footer") is not None:
            canv.drawString(meta.get("margin", 2.0) * cm, 1.0 * cm, meta["footer"])
            canv.drawRightString(A4[0] - meta.get("margin", 2.0) * cm, 1.0 * cm, "pagina %d" % docobj.page)
        canv.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=meta.get("margin", 2.0) * cm, rightMargin=meta.get("margin", 2.0) * cm,
                          topMargin=1.8 * cm, bottomMargin=1.8 * cm, title=meta.get("title", ""), author=meta.get("author", ""),
                          invariant=1, creator=meta.get("creator", "ReportLab"))
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ HTML
def to_html(blocks, path, meta, sigdir):
    out = ['<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title>' % html.escape(meta.get("title", "")),
           '<style>body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9pt}table{border-collapse:collapse;width:100%%;margin-bottom:8pt}'
           'td,th{border:1px solid #777;padding:3px;vertical-align:top;font-size:8.5pt}th{background:#d9e2ec;text-align:left}'
           'td.lab{background:#eeeeee;font-weight:bold;width:30%%}h1{font-size:14pt;color:#234}h2{font-size:11pt;color:#234;'
           'border-bottom:1px solid #234}</style></head><body>']
    if meta.get("header"):
        out.append('<p style="font-size:7pt;color:#555">%s</p>' % html.escape(meta["header"]))

    def inl(it):
        if isinstance(it, CB):
            return ("\u2612" if it.checked else "\u2610") + ((" " + html.escape(it.label)) if it.label else "")
        if isinstance(it, SIG):
            p = signature_png(it.seed, os.path.join(sigdir, "sig_%s.png" % it.seed))
            return '<img src="file://%s" width="100" height="30">' % p
        if isinstance(it, CC):
            return html.escape(it.text)
        return html.escape(str(it)).replace("\n", "<br>")

    for b in blocks:
        k = b[0]
        if k == "h":
            out.append("<h%d>%s</h%d>" % (b[1], html.escape(b[2]), b[1]))
        elif k == "p":
            items = b[1] if isinstance(b[1], list) else [b[1]]
            t = " ".join(inl(i) for i in items)
            if b[2].get("bold"):
                t = "<b>%s</b>" % t
            out.append("<p>%s</p>" % t)
        elif k == "ul":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(i) for i in b[1]))
        elif k == "pb":
            out.append('<p style="page-break-before:always"></p>')
        elif k == "sp":
            out.append("<br>")
        elif k == "table":
            rows, o = b[1], b[2]
            ncol = max(len(r) for r in rows)
            ws = o.get("widths") or [1.0 / ncol] * ncol
            skip, spans = set(), {}
            for (r0, c0, r1, c1) in o.get("merges", []):
                spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            skip.add((rr, cc))
            out.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">')
            hdr = o.get("header", 0)
            for ri, row in enumerate(rows):
                if ri == 0 and hdr:
                    out.append("<thead>")
                if ri == hdr and hdr:
                    out.append("</thead><tbody>")
                out.append("<tr>")
                for ci in range(ncol):
                    if (ri, ci) in skip:
                        continue
                    c = row[ci] if ci < len(row) else ""
                    tag = "th" if ri < hdr else "td"
                    cls = ' class="lab"' if (o.get("bold_col0") and ci == 0 and ri >= hdr) else ""
                    sp = ""
                    if (ri, ci) in spans:
                        rs, cs = spans[(ri, ci)]
                        sp = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
                    style = ' style="width:%d%%"' % int(ws[ci] * 100) if ri == 0 else ""
                    out.append("<%s%s%s%s>%s</%s>" % (tag, cls, sp, style, " ".join(inl(i) for i in cell_items(c)), tag))
                out.append("</tr>")
            if hdr:
                out.append("</tbody>")
            out.append("</table>")
    if meta.get("footer"):
        out.append('<p style="font-size:7pt;color:#555">%s</p>' % html.escape(meta["footer"]))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ------------------------------------------------------------------ text / markdown
def to_text(blocks, path, meta, md=False):
    out = []
    if meta.get("header"):
        out.append(meta["header"])
        out.append("")
    for b in blocks:
        k = b[0]
        if k == "h":
            if md:
                out.append("#" * b[1] + " " + b[2])
            else:
                out.append(b[2].upper() if b[1] == 1 else b[2])
                out.append(("=" if b[1] == 1 else "-") * len(b[2]))
            out.append("")
        elif k == "p":
            items = b[1] if isinstance(b[1], list) else [b[1]]
            out.append(cell_plain(items))
            out.append("")
        elif k == "ul":
            for i in b[1]:
                out.append("- " + i if md else "  * " + i)
            out.append("")
        elif k in ("pb", "sp"):
            out.append("")
        elif k == "table":
            rows, o = b[1], b[2]
            ncol = max(len(r) for r in rows)
            if md:
                for ri, row in enumerate(rows):
                    cells = [cell_plain(row[ci] if ci < len(row) else "").replace("\n", "<br>").replace("|", "/") for ci in range(ncol)]
                    out.append("| " + " | ".join(cells) + " |")
                    if ri == 0:
                        out.append("|" + "---|" * ncol)
            elif ncol == 2 and o.get("bold_col0"):
                for row in rows:
                    a = cell_plain(row[0])
                    bb = cell_plain(row[1]) if len(row) > 1 else ""
                    if o.get("merges") and any(m[0] == rows.index(row) for m in o["merges"]) and not bb:
                        out.append("[%s]" % a)
                    else:
                        out.append("%-34s %s" % (a + ":", bb.replace("\n", "\n" + " " * 35)))
            else:
                ws = o.get("widths") or [1.0 / ncol] * ncol
                cw = [max(8, int(100 * w)) for w in ws]
                import textwrap
                sep = "+" + "+".join("-" * (w + 2) for w in cw) + "+"
                out.append(sep)
                for ri, row in enumerate(rows):
                    wrapped = [textwrap.wrap(cell_plain(row[ci] if ci < len(row) else "").replace("\n", " "), cw[ci]) or [""]
                               for ci in range(ncol)]
                    for li in range(max(len(w) for w in wrapped)):
                        out.append("| " + " | ".join((w[li] if li < len(w) else "").ljust(cw[ci]) for ci, w in enumerate(wrapped)) + " |")
                    if ri < o.get("header", 0) or ri == len(rows) - 1:
                        out.append(sep)
            out.append("")
    if meta.get("footer"):
        out.append(meta["footer"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
