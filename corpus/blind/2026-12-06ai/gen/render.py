"""Backends: render a simple block list (IR) to DOCX, ODT, PDF (reportlab), fillable PDF, TXT, scans.

Blocks:
  ('h', level, text)
  ('p', text[, style])          style: None | 'i' | 'b' | 'small'
  ('kv', [(label, value), ...]) two-column table
  ('table', header|None, rows)
  ('check', [(label, checked), ...], mode)   mode: 'glyph' | 'sdt' | 'legacy'
  ('field', label, value|None, kind, options) kind: 'text' | 'dropdown'; None -> default text stays
  ('sig', [dict(role, name, date, signed, stamp)])
  ('pb',)
Deterministic: fixed seeds, no clock.
"""
import io, os, random, subprocess, shutil, copy
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOX_ON, BOX_OFF = "\u2612", "\u2610"
DOCX_PLACEHOLDER = "Klik of tik om tekst in te voeren."
DROPDOWN_PLACEHOLDER = "Kies een item."
ACRO_DEFAULT = "Klik hier om tekst in te voeren"


# ---------------------------------------------------------------- signatures
def scribble(seed, path):
    rnd = random.Random(seed)
    im = Image.new("RGB", (360, 110), "white")
    d = ImageDraw.Draw(im)
    x, y = 15, 60
    pts = [(x, y)]
    for i in range(28):
        x += rnd.randint(6, 14)
        y = 55 + rnd.randint(-35, 35) * (1 if i % 2 else -1) * 0.8
        pts.append((x, y))
    for w in (3,):
        d.line(pts, fill=(20, 30, 110), width=w, joint="curve")
    d.line([(pts[2][0], 85), (pts[-1][0] + 10, 70)], fill=(20, 30, 110), width=2)
    im = im.filter(ImageFilter.SMOOTH)
    im.save(path)
    return path


# ---------------------------------------------------------------- text helpers
def field_text(b):
    _, label, value, kind, opts = b
    if value is None:
        value = DROPDOWN_PLACEHOLDER if kind == "dropdown" else DOCX_PLACEHOLDER
    return label, value


def sig_lines(s, with_image_marker=False):
    out = [s["role"]]
    if s.get("stamp"):
        out.append(s["stamp"])
    out.append("Handtekening: " + ("getekend" if s.get("signed") else "______________________"))
    out.append("Naam: " + (s.get("name") or "______________________"))
    out.append("Datum: " + (s.get("date") or "____-____-________"))
    return out


# ---------------------------------------------------------------- TXT
def to_txt(blocks, path, footer=None):
    L = []
    for b in blocks:
        t = b[0]
        if t == "h":
            L.append("")
            L.append(b[2].upper() if b[1] == 1 else b[2])
            if b[1] == 1:
                L.append("=" * len(b[2]))
            elif b[1] == 2:
                L.append("-" * len(b[2]))
        elif t == "p":
            L.append(b[1])
        elif t == "kv":
            w = max(len(k) for k, v in b[1]) + 2
            for k, v in b[1]:
                vv = (v or "").split("\n")
                L.append((k + ":").ljust(w) + " " + vv[0])
                for extra in vv[1:]:
                    L.append(" " * (w + 1) + extra)
        elif t == "table":
            if b[1]:
                L.append(" | ".join(b[1]))
                L.append("-" * 60)
            for r in b[2]:
                L.append(" | ".join(c if c else "" for c in r))
        elif t == "check":
            L.append("   ".join(("[X] " if c else "[ ] ") + lab for lab, c in b[1]))
        elif t == "field":
            lab, val = field_text(b)
            L.append(f"{lab}: {val}")
        elif t == "sig":
            for s in b[1]:
                L.extend(sig_lines(s))
                L.append("")
        elif t == "pb":
            L.append("\f" if footer is None else f"\n{footer}\n\f")
    if footer:
        L.append("")
        L.append(footer)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).strip() + "\n")


# ---------------------------------------------------------------- DOCX
def _docx_sdt_checkbox(paragraph, checked):
    from docx.oxml import parse_xml
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
    glyph = BOX_ON if checked else BOX_OFF
    xml = (f'<w:sdt {ns}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def _docx_legacy_checkbox(paragraph, checked):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    c = '<w:checked/>' if checked else ''
    for xml in [
        f'<w:r {ns}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/><w:calcOnExit w:val="0"/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{c}</w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {ns}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>']:
        paragraph._p.append(parse_xml(xml))


def _docx_sdt_text(paragraph, value, kind, options):
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    plc = value is None
    shown = (DROPDOWN_PLACEHOLDER if kind == "dropdown" else DOCX_PLACEHOLDER) if plc else value
    pr = '<w:showingPlcHdr/>' if plc else ''
    if kind == "dropdown":
        items = "".join(f'<w:listItem w:displayText="{escape(o)}" w:value="{escape(o)}"/>' for o in options)
        pr += f'<w:dropDownList>{items}</w:dropDownList>'
    else:
        pr += '<w:text w:multiLine="1"/>'
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if plc else ''
    runs = []
    for i, line in enumerate(shown.split("\n")):
        if i:
            runs.append('<w:r><w:br/></w:r>')
        runs.append(f'<w:r>{style}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>')
    xml = f'<w:sdt {ns}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{"".join(runs)}</w:sdtContent></w:sdt>'
    paragraph._p.append(parse_xml(xml))


def to_docx(blocks, path, assets, footer=None, header=None, font="Calibri"):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.table import WD_TABLE_ALIGNMENT
    import datetime
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "school"
    cp.created = datetime.datetime(2026, 1, 1)
    cp.modified = datetime.datetime(2026, 1, 1)
    cp.last_modified_by = "school"
    sec = d.sections[0]
    if footer:
        sec.footer.paragraphs[0].text = footer
        sec.footer.paragraphs[0].runs[0].font.size = Pt(8)
    if header:
        sec.header.paragraphs[0].text = header
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    for b in blocks:
        t = b[0]
        if t == "h":
            d.add_heading(b[2], level=min(b[1], 3))
        elif t == "p":
            style = b[2] if len(b) > 2 else None
            para = d.add_paragraph()
            for i, line in enumerate(b[1].split("\n")):
                r = para.add_run(("" if i == 0 else "\n") + line)
                if style == "i":
                    r.italic = True
                if style == "b":
                    r.bold = True
                if style == "small":
                    r.font.size = Pt(8)
        elif t in ("kv", "table"):
            rows = b[1] if t == "kv" else b[2]
            hdr = None if t == "kv" else b[1]
            ncol = 2 if t == "kv" else len(rows[0] if rows else hdr)
            tab = d.add_table(rows=0, cols=ncol)
            tab.style = "Table Grid"
            if hdr:
                cells = tab.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = h
                    for r in cells[i].paragraphs[0].runs:
                        r.bold = True
            for row in rows:
                cells = tab.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v or ""
                    if t == "kv" and i == 0:
                        for r in cells[i].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif t == "check":
            mode = b[2]
            para = d.add_paragraph()
            for lab, c in b[1]:
                if mode == "sdt":
                    _docx_sdt_checkbox(para, c)
                elif mode == "legacy":
                    _docx_legacy_checkbox(para, c)
                else:
                    para.add_run(BOX_ON if c else BOX_OFF)
                para.add_run(" " + lab + "    ")
        elif t == "field":
            _, label, value, kind, opts = b
            para = d.add_paragraph()
            r = para.add_run(label + ": ")
            r.bold = True
            _docx_sdt_text(para, value, kind, opts)
        elif t == "sig":
            tab = d.add_table(rows=0, cols=len(b[1]))
            tab.style = "Table Grid"
            cells = tab.add_row().cells
            for i, s in enumerate(b[1]):
                c = cells[i]
                c.paragraphs[0].add_run(s["role"]).bold = True
                if s.get("stamp"):
                    c.add_paragraph(s["stamp"]).runs[0].font.size = Pt(8)
                if s.get("signed"):
                    c.add_paragraph().add_run().add_picture(assets["sig"](s), width=Cm(3.8))
                else:
                    c.add_paragraph("Handtekening:")
                    c.add_paragraph("")
                c.add_paragraph("Naam: " + (s.get("name") or "……………………………"))
                c.add_paragraph("Datum: " + (s.get("date") or "……………………………"))
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
    d.save(path)


# ---------------------------------------------------------------- ODT
def to_odt(blocks, path, assets, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, Footer
    from odf.text import H, P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        s = Style(name=f"Heading_{lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hs[lvl] = s
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic")); doc.automaticstyles.addElement(ital)
    small = Style(name="S", family="text"); small.addElement(TextProperties(fontsize="8pt")); doc.automaticstyles.addElement(small)
    pbs = Style(name="PB", family="paragraph"); pbs.addElement(ParagraphProperties(breakbefore="page")); doc.automaticstyles.addElement(pbs)
    frs = Style(name="fr", family="graphic"); frs.addElement(GraphicProperties(anchortype="as-char")); doc.automaticstyles.addElement(frs)
    if footer:
        pl = PageLayout(name="pl"); pl.addElement(PageLayoutProperties(margin="2cm")); doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        f = Footer(); f.addElement(P(text=footer)); mp.addElement(f)
        doc.masterstyles.addElement(mp)
    n = [0]
    pb_next = [False]

    def para(text, st=None):
        p = P(stylename=pbs) if pb_next[0] else P()
        pb_next[0] = False
        for i, line in enumerate(text.split("\n")):
            if i:
                p.addElement(LineBreak())
            if st:
                p.addElement(Span(stylename=st, text=line))
            else:
                p.addText(line)
        return p

    def table(rows, hdr=None, kv=False):
        n[0] += 1
        ncol = len(hdr) if hdr else len(rows[0])
        tb = Table(name=f"T{n[0]}")
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([("H", hdr)] if hdr else []) + [("R", r) for r in rows]
        for kind, r in allrows:
            tr = TableRow()
            for i, v in enumerate(r):
                tc = TableCell()
                tc.addElement(para(v or "", bold if (kind == "H" or (kv and i == 0)) else None))
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    for b in blocks:
        t = b[0]
        if t == "h":
            h = H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2])
            doc.text.addElement(h)
        elif t == "p":
            st = {"i": ital, "b": bold, "small": small}.get(b[2] if len(b) > 2 else None)
            doc.text.addElement(para(b[1], st))
        elif t == "kv":
            table(b[1], kv=True)
        elif t == "table":
            table(b[2], hdr=b[1])
        elif t == "check":
            doc.text.addElement(para("    ".join((BOX_ON if c else BOX_OFF) + " " + lab for lab, c in b[1])))
        elif t == "field":
            lab, val = field_text(b)
            doc.text.addElement(para(f"{lab}: {val}"))
        elif t == "sig":
            for s in b[1]:
                doc.text.addElement(para(s["role"], bold))
                if s.get("stamp"):
                    doc.text.addElement(para(s["stamp"], small))
                if s.get("signed"):
                    pth = assets["sig"](s)
                    href = doc.addPicture(pth)
                    p = P()
                    fr = Frame(stylename=frs, width="3.8cm", height="1.16cm", anchortype="as-char")
                    fr.addElement(DImage(href=href))
                    p.addElement(fr)
                    doc.text.addElement(p)
                else:
                    doc.text.addElement(para("Handtekening: ____________________________"))
                doc.text.addElement(para("Naam: " + (s.get("name") or "____________________")))
                doc.text.addElement(para("Datum: " + (s.get("date") or "____________________")))
        elif t == "pb":
            pb_next[0] = True
    doc.save(path)


# ---------------------------------------------------------------- PDF (reportlab)
_fonts_done = [False]


def _fonts():
    if _fonts_done[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts_done[0] = True


def to_pdf(blocks, path, assets, footer=None, header=None, accent=(0.1, 0.3, 0.5), base=9.5):
    _fonts()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RImage, KeepTogether
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    acc = colors.Color(*accent)
    S = {
        "p": ParagraphStyle("p", fontName="DV", fontSize=base, leading=base * 1.35, spaceAfter=4),
        "i": ParagraphStyle("i", fontName="DVI", fontSize=base, leading=base * 1.35, spaceAfter=4),
        "b": ParagraphStyle("b", fontName="DVB", fontSize=base, leading=base * 1.35, spaceAfter=4),
        "small": ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9.5, spaceAfter=3),
        1: ParagraphStyle("h1", fontName="DVB", fontSize=base + 6, leading=base + 9, spaceBefore=8, spaceAfter=6, textColor=acc),
        2: ParagraphStyle("h2", fontName="DVB", fontSize=base + 3, leading=base + 6, spaceBefore=8, spaceAfter=4, textColor=acc),
        3: ParagraphStyle("h3", fontName="DVB", fontSize=base + 1, leading=base + 4, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName="DV", fontSize=base - 0.5, leading=(base - 0.5) * 1.3),
        "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=base - 0.5, leading=(base - 0.5) * 1.3),
    }

    def P(text, st="p"):
        return Paragraph(escape(text).replace("\n", "<br/>"), S[st])

    W = A4[0] - 4 * cm
    story = []
    for b in blocks:
        t = b[0]
        if t == "h":
            story.append(P(b[2], min(b[1], 3)))
        elif t == "p":
            story.append(P(b[1], (b[2] if len(b) > 2 and b[2] else "p")))
        elif t in ("kv", "table"):
            if t == "kv":
                data = [[P(k, "cellb"), P(v or "", "cell")] for k, v in b[1]]
                widths = [W * 0.32, W * 0.68]
                hdr = False
            else:
                ncol = len(b[1]) if b[1] else len(b[2][0])
                data = ([[P(h, "cellb") for h in b[1]]] if b[1] else []) + [[P(c or "", "cell") for c in r] for r in b[2]]
                widths = [W / ncol] * ncol
                hdr = bool(b[1])
            tb = Table(data, colWidths=widths, repeatRows=1 if hdr else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if hdr:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.92, 0.96)))
            if t == "kv":
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.94, 0.94)))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "check":
            story.append(P("    ".join((BOX_ON if c else BOX_OFF) + " " + lab for lab, c in b[1])))
        elif t == "field":
            lab, val = field_text(b)
            story.append(P(f"{lab}: {val}"))
        elif t == "sig":
            cols = []
            for s in b[1]:
                cell = [P(s["role"], "cellb")]
                if s.get("stamp"):
                    cell.append(P(s["stamp"], "small"))
                if s.get("signed"):
                    cell.append(RImage(assets["sig"](s), width=3.8 * cm, height=1.16 * cm))
                else:
                    cell.append(P("Handtekening:", "cell"))
                    cell.append(Spacer(1, 24))
                cell.append(P("Naam: " + (s.get("name") or "……………………………"), "cell"))
                cell.append(P("Datum: " + (s.get("date") or "……………………………"), "cell"))
                cols.append(cell)
            tb = Table([cols], colWidths=[W / len(cols)] * len(cols))
            tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([tb]))
            story.append(Spacer(1, 8))
        elif t == "pb":
            story.append(PageBreak())

    def deco(canv, docu):
        canv.saveState()
        canv.setFont("DV", 7.5)
        if footer:
            canv.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(docu.page)))
        if header:
            canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, header)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            invariant=1, title="", author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- fillable PDF (AcroForm)
def latin1(s):
    tr = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u20ac": "EUR", "\u2026": "...",
          "\u2610": "[ ]", "\u2612": "[X]", "\u203a": ">"}
    s = "".join(tr.get(ch, ch) for ch in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def to_acroform(blocks, path, assets, footer=None):
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    form = c.acroForm
    Wp, Hp = A4
    L, R = 2 * cm, Wp - 2 * cm
    y = [Hp - 2 * cm]
    fid = [0]
    page = [1]

    def newpage():
        if footer:
            c.setFont("DV", 7)
            c.drawString(L, 1.2 * cm, footer.replace("{page}", str(page[0])))
        c.showPage()
        page[0] += 1
        y[0] = Hp - 2 * cm

    def need(h):
        if y[0] - h < 2.2 * cm:
            newpage()

    def wrap(text, font, size, width):
        out = []
        for para in text.split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                tl = (line + " " + w).strip()
                if stringWidth(tl, font, size) > width and line:
                    out.append(line); line = w
                else:
                    line = tl
            out.append(line)
        return out

    def text(t, font="DV", size=9.5, lead=12.5):
        for ln in wrap(t, font, size, R - L):
            need(lead)
            c.setFont(font, size)
            c.drawString(L, y[0] - size, ln)
            y[0] -= lead

    def name():
        fid[0] += 1
        return f"f{fid[0]}"

    for b in blocks:
        t = b[0]
        if t == "h":
            sz = {1: 15, 2: 12, 3: 10.5}[min(b[1], 3)]
            need(sz + 14)
            y[0] -= 6
            c.setFillColor(colors.Color(0.15, 0.25, 0.45))
            text(b[2], "DVB", sz, sz + 4)
            c.setFillColor(colors.black)
            y[0] -= 2
        elif t == "p":
            st = b[2] if len(b) > 2 else None
            text(b[1], {"i": "DVI", "b": "DVB"}.get(st, "DV"), 7.5 if st == "small" else 9.5, 10 if st == "small" else 12.5)
            y[0] -= 3
        elif t in ("kv", "table"):
            rows = b[1] if t == "kv" else ([b[1]] if b[1] else []) + b[2]
            for r in rows:
                r = list(r)
                ncol = len(r)
                cw = (R - L) / ncol if t == "table" else None
                if t == "kv":
                    lw = wrap(r[0], "DVB", 9, 5.2 * cm)
                    vw = wrap(r[1] or "", "DV", 9, R - L - 5.6 * cm)
                    h = max(len(lw), len(vw)) * 11.5 + 6
                    need(h)
                    c.rect(L, y[0] - h, R - L, h)
                    c.line(L + 5.4 * cm, y[0], L + 5.4 * cm, y[0] - h)
                    c.setFont("DVB", 9)
                    for i, ln in enumerate(lw):
                        c.drawString(L + 3, y[0] - 11 - i * 11.5, ln)
                    c.setFont("DV", 9)
                    for i, ln in enumerate(vw):
                        c.drawString(L + 5.4 * cm + 4, y[0] - 11 - i * 11.5, ln)
                    y[0] -= h
                else:
                    ws = [wrap(v or "", "DV", 8.5, cw - 6) for v in r]
                    h = max(len(w) for w in ws) * 10.5 + 6
                    need(h)
                    for i, w in enumerate(ws):
                        c.rect(L + i * cw, y[0] - h, cw, h)
                        c.setFont("DV", 8.5)
                        for j, ln in enumerate(w):
                            c.drawString(L + i * cw + 3, y[0] - 10 - j * 10.5, ln)
                    y[0] -= h
            y[0] -= 8
        elif t == "check":
            need(18)
            x = L
            for lab, chk in b[1]:
                wlab = stringWidth(lab, "DV", 9)
                if x + 16 + wlab > R:
                    y[0] -= 16; x = L; need(18)
                form.checkbox(name=name(), x=x, y=y[0] - 12, size=11, checked=bool(chk), buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
                c.setFont("DV", 9)
                c.drawString(x + 15, y[0] - 10, lab)
                x += 15 + wlab + 18
            y[0] -= 18
        elif t == "field":
            _, label, value, kind, opts = b
            multiline = kind == "text" and value is not None and (len(value) > 80 or "\n" in value)
            nlines = len(wrap(value, "DV", 9, R - L - 8)) if multiline else 1
            h = 16 if not multiline else 11 * nlines + 8
            need(h + 14)
            c.setFont("DVB", 9)
            c.drawString(L, y[0] - 9, label)
            y[0] -= 12
            if kind == "dropdown":
                val = value if value is not None else opts[0]
                form.choice(name=name(), value=latin1(val), options=[latin1(x) for x in opts], x=L, y=y[0] - h, width=9 * cm, height=h,
                            fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.white, forceBorder=True)
            else:
                val = value if value is not None else ACRO_DEFAULT
                if multiline:
                    val = "\n".join(wrap(value, "DV", 9, R - L - 8))
                form.textfield(name=name(), value=latin1(val), x=L, y=y[0] - h, width=R - L, height=h, fontName="Helvetica", fontSize=9,
                               borderColor=colors.grey, fillColor=colors.white, forceBorder=True,
                               fieldFlags="multiline" if multiline else "")
            y[0] -= h + 6
        elif t == "sig":
            need(80)
            n = len(b[1])
            cw = (R - L) / n
            for i, s in enumerate(b[1]):
                x = L + i * cw
                c.rect(x, y[0] - 75, cw, 75)
                c.setFont("DVB", 8.5)
                c.drawString(x + 3, y[0] - 10, s["role"][:60])
                if s.get("signed"):
                    c.drawImage(assets["sig"](s), x + 5, y[0] - 50, width=3.6 * cm, height=1.1 * cm)
                c.setFont("DV", 8.5)
                c.drawString(x + 3, y[0] - 60, "Naam: " + (s.get("name") or ""))
                c.drawString(x + 3, y[0] - 71, "Datum: " + (s.get("date") or ""))
            y[0] -= 85
        elif t == "pb":
            newpage()
    if footer:
        c.setFont("DV", 7)
        c.drawString(L, 1.2 * cm, footer.replace("{page}", str(page[0])))
    c.save()


# ---------------------------------------------------------------- soffice + scans
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def scan_pdf(src_pdf, out_pdf, seed, workdir, dpi=150):
    rnd = random.Random(seed)
    base = os.path.join(workdir, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(workdir) if p.startswith(f"scan{seed}") and p.endswith(".png"))
    ims = []
    rng = np.random.default_rng(seed)
    for p in pages:
        im = Image.open(os.path.join(workdir, p)).convert("L")
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.int16)
        a = a + rng.normal(0, 9, a.shape).astype(np.int16)
        speck = rng.random(a.shape) < 0.0008
        a[speck] = 30
        a = np.clip(a * 0.96 + 6, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
        ims.append(im.convert("RGB"))
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=dpi)
