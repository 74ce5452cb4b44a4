# -*- coding: utf-8 -*-
"""Renderers for the block representation: docx, odt, pdf (reportlab), fillable pdf form, txt, md."""
import re
from content import Instr

SIG = re.compile(r"~([^~]+)~")
BOX = {True: "\u2612", False: "\u2610"}


def plain(v, sigmode="txt"):
    if isinstance(v, list):
        return "\n".join("- " + x for x in v)
    s = str(v)
    if sigmode == "txt":
        s = SIG.sub(lambda m: "%s (getekend)" % m.group(1), s)
    else:
        s = SIG.sub(lambda m: m.group(1), s)
    return s


# ------------------------------------------------------------------ txt / md
def render_txt(B, path, opts=None):
    out = []
    footer = header = None
    for b in B:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1]]
        elif k == "p":
            out += [plain(b[1]), ""]
        elif k == "lead":
            out += [b[1] + (" " + plain(b[2]) if b[2] != "" else ""), ""]
        elif k == "bullets":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "kv":
            for lab, v in b[1]:
                if isinstance(v, list):
                    out += [lab + ":"] + ["  - " + x for x in v]
                else:
                    out.append("%s: %s" % (lab, plain(v)))
            out.append("")
        elif k == "table":
            out.append(" | ".join(b[1]))
            for r in b[2]:
                out.append(" | ".join(plain(x) for x in r))
            out.append("")
        elif k == "consent":
            out += consent_txt(b[1]) + [""]
        elif k == "footer":
            footer = b[1]
        elif k == "header":
            header = b[1]
        elif k == "pb":
            out.append("\f")
    if header:
        out = [header, ""] + out
    if footer:
        out += ["", "-" * 60, footer + " \u2022 Pagina 1 van 1"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def consent_txt(lines):
    out = []
    for ln in lines:
        if ln[0] == "box":
            out.append("[%s] %s" % ("X" if ln[1] else " ", ln[2]))
        elif ln[0] == "sig":
            out.append("%s: %s" % (ln[1], plain(ln[2])))
        else:
            out.append(plain(ln[1]))
    return out


def render_md(B, path, opts=None):
    out = []
    for b in B:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "sub":
            out += ["*" + b[1].replace("\n", " \u2014 ") + "*", ""]
        elif k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            s = plain(b[1])
            out += [("_%s_" % s) if isinstance(b[1], Instr) else s, ""]
        elif k == "lead":
            out += ["**%s** %s" % (b[1], plain(b[2])), ""]
        elif k == "bullets":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "kv":
            out += ["| | |", "|---|---|"]
            for lab, v in b[1]:
                vv = "<br>".join("\u2022 " + x for x in v) if isinstance(v, list) else plain(v).replace("\n", "<br>")
                out.append("| **%s** | %s |" % (lab, vv))
            out.append("")
        elif k == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            for r in b[2]:
                out.append("| " + " | ".join(plain(x) for x in r) + " |")
            out.append("")
        elif k == "consent":
            for ln in b[1]:
                if ln[0] == "box":
                    out.append("- [%s] %s" % ("x" if ln[1] else " ", ln[2]))
                elif ln[0] == "sig":
                    out.append("%s: %s  " % (ln[1], plain(ln[2])))
                else:
                    out.append(plain(ln[1]) + "  ")
            out.append("")
        elif k == "footer":
            out += ["---", "<small>%s</small>" % b[1]]
        elif k == "header":
            out = ["<small>%s</small>" % b[1], ""] + out
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ docx
def render_docx(B, path, opts=None):
    opts = opts or {}
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(10)
    cc = opts.get("cc", False)

    def add_cc_text(par, text):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        ct = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        ct.append(r)
        sdt.append(ct)
        par._p.append(sdt)

    def add_cc_box(par, checked):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        cb = OxmlElement("w14:checkbox")
        ch = OxmlElement("w14:checked")
        ch.set(qn("w14:val"), "1" if checked else "0")
        cb.append(ch)
        for tag, val in (("w14:checkedState", "2612"), ("w14:uncheckedState", "2610")):
            e = OxmlElement(tag)
            e.set(qn("w14:val"), val)
            e.set(qn("w14:font"), "MS Gothic")
            cb.append(e)
        pr.append(cb)
        sdt.append(pr)
        ct = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = BOX[checked]
        r.append(t)
        ct.append(r)
        sdt.append(ct)
        par._p.append(sdt)

    def add_text(par, v, bold=False):
        if isinstance(v, Instr):
            if cc:
                add_cc_text(par, str(v))
            else:
                r = par.add_run(str(v))
                r.italic = True
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            return
        s = str(v)
        pos = 0
        for m in SIG.finditer(s):
            if m.start() > pos:
                r = par.add_run(s[pos:m.start()])
                r.bold = bold
            r = par.add_run(m.group(1))
            r.italic = True
            r.font.name = "DejaVu Serif"
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor(0x1f, 0x2f, 0x8f)
            pos = m.end()
        if pos < len(s):
            r = par.add_run(s[pos:])
            r.bold = bold

    def fill_cell(cell, v, bold=False):
        cell.text = ""
        p = cell.paragraphs[0]
        if isinstance(v, list):
            for i, x in enumerate(v):
                if i:
                    p = cell.add_paragraph()
                add_text(p, "\u2022 " + x)
        else:
            add_text(p, v, bold)

    for b in B:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "sub":
            p = doc.add_paragraph()
            add_text(p, b[1])
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "p":
            p = doc.add_paragraph()
            add_text(p, b[1])
        elif k == "lead":
            p = doc.add_paragraph()
            r = p.add_run(b[1] + " ")
            r.bold = True
            add_text(p, b[2])
        elif k == "bullets":
            for x in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                add_text(p, x)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, v in b[1]:
                row = t.add_row().cells
                fill_cell(row[0], lab, True)
                fill_cell(row[1], v)
                row[0].width = Cm(5)
                row[1].width = Cm(11.5)
            doc.add_paragraph()
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                fill_cell(t.rows[0].cells[i], h, True)
            for r in b[2]:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    fill_cell(cells[i], x)
            doc.add_paragraph()
        elif k == "consent":
            for ln in b[1]:
                p = doc.add_paragraph()
                if ln[0] == "box":
                    if cc:
                        add_cc_box(p, ln[1])
                    else:
                        p.add_run(BOX[ln[1]])
                    p.add_run(" " + ln[2])
                elif ln[0] == "sig":
                    add_text(p, ln[1] + ": ", True)
                    add_text(p, ln[2])
                else:
                    add_text(p, ln[1])
        elif k == "footer":
            doc.sections[0].footer.paragraphs[0].text = b[1]
        elif k == "header":
            doc.sections[0].header.paragraphs[0].text = b[1]
        elif k == "pb":
            doc.add_page_break()
    doc.save(path)


# ------------------------------------------------------------------ odt
def render_odt(B, path, opts=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text")
    ital.addElement(TextProperties(fontstyle="italic", color="#808080"))
    sigst = Style(name="S", family="text")
    sigst.addElement(TextProperties(fontstyle="italic", color="#1f2f8f", fontsize="13pt"))
    title = Style(name="Title", family="paragraph")
    title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.2cm"))
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    for s in (bold, ital, sigst, title, h1, h2):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(cellst)
    col1 = Style(name="C1", family="table-column")
    col1.addElement(TableColumnProperties(columnwidth="5cm"))
    col2 = Style(name="C2", family="table-column")
    col2.addElement(TableColumnProperties(columnwidth="11.5cm"))
    doc.automaticstyles.addElement(col1)
    doc.automaticstyles.addElement(col2)

    def para(v, boldall=False, style=None):
        p = P(stylename=style) if style else P()
        if isinstance(v, Instr):
            p.addElement(Span(stylename=ital, text=str(v)))
            return p
        s = str(v)
        pos = 0
        for m in SIG.finditer(s):
            if m.start() > pos:
                p.addElement(Span(stylename=bold, text=s[pos:m.start()]) if boldall else Span(text=s[pos:m.start()]))
            p.addElement(Span(stylename=sigst, text=m.group(1)))
            pos = m.end()
        if pos < len(s):
            p.addElement(Span(stylename=bold, text=s[pos:]) if boldall else Span(text=s[pos:]))
        return p

    def cellv(v, b=False):
        c = TableCell(stylename=cellst)
        if isinstance(v, list):
            for x in v:
                c.addElement(para("\u2022 " + x))
        else:
            for part in (v.split("\n") if not isinstance(v, Instr) else [v]):
                c.addElement(para(part, b))
        return c

    body = doc.text
    footer = None
    for b in B:
        k = b[0]
        if k == "title":
            body.addElement(P(stylename=title, text=b[1]))
        elif k == "sub":
            for part in b[1].split("\n"):
                body.addElement(para(part))
        elif k == "h1":
            body.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            body.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "p":
            if isinstance(b[1], Instr):
                body.addElement(para(b[1]))
            else:
                for part in str(b[1]).split("\n"):
                    body.addElement(para(part))
        elif k == "lead":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + " "))
            if isinstance(b[2], Instr):
                p.addElement(Span(stylename=ital, text=str(b[2])))
            else:
                p.addElement(Span(text=str(b[2])))
            body.addElement(p)
        elif k == "bullets":
            for x in b[1]:
                body.addElement(para("\u2022 " + x))
        elif k in ("kv", "table"):
            t = Table()
            if k == "kv":
                t.addElement(TableColumn(stylename=col1))
                t.addElement(TableColumn(stylename=col2))
                for lab, v in b[1]:
                    tr = TableRow()
                    tr.addElement(cellv(lab, True))
                    tr.addElement(cellv(v))
                    t.addElement(tr)
            else:
                t.addElement(TableColumn(numbercolumnsrepeated=len(b[1])))
                tr = TableRow()
                for h in b[1]:
                    tr.addElement(cellv(h, True))
                t.addElement(tr)
                for r in b[2]:
                    tr = TableRow()
                    for x in r:
                        tr.addElement(cellv(x))
                    t.addElement(tr)
            body.addElement(t)
            body.addElement(P())
        elif k == "consent":
            for ln in b[1]:
                if ln[0] == "box":
                    body.addElement(para(BOX[ln[1]] + " " + ln[2]))
                elif ln[0] == "sig":
                    p = P()
                    p.addElement(Span(stylename=bold, text=ln[1] + ": "))
                    for x in para(ln[2]).childNodes[:]:
                        p.addElement(x)
                    body.addElement(p)
                else:
                    body.addElement(para(ln[1]))
        elif k in ("footer", "header"):
            footer = b[1]
        elif k == "pb":
            body.addElement(P())
    if footer:
        body.addElement(P())
        body.addElement(para(footer))
    doc.save(path)


# ------------------------------------------------------------------ pdf (reportlab)
_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVBI", d + "DejaVuSans-BoldOblique.ttf"))
    pdfmetrics.registerFont(TTFont("DSI", d + "DejaVuSerif.ttf"))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVBI")
    _FONTS = True


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rich(v):
    if isinstance(v, Instr):
        return '<font color="#808080"><i>%s</i></font>' % esc(v)
    if isinstance(v, list):
        return "<br/>".join("\u2022 " + esc(x) for x in v)
    s = esc(v).replace("\n", "<br/>")
    return SIG.sub(lambda m: '<font name="DSI" size="13" color="#1f2f8f">%s</font>' % m.group(1), s)


def render_pdf(B, path, opts=None):
    opts = opts or {}
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    base = opts.get("size", 9.5)
    sN = ParagraphStyle("n", fontName="DV", fontSize=base, leading=base * 1.3, spaceAfter=4)
    sT = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=6,
                        textColor=colors.HexColor(opts.get("accent", "#1d3f6e")))
    sS = ParagraphStyle("s", parent=sN, textColor=colors.HexColor("#555555"))
    sH1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceBefore=10, spaceAfter=4,
                         textColor=colors.HexColor(opts.get("accent", "#1d3f6e")))
    sH2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=7, spaceAfter=3)
    sC = ParagraphStyle("c", parent=sN, spaceAfter=0)
    sCB = ParagraphStyle("cb", parent=sC, fontName="DVB")
    story = []
    footer = header = None
    W = A4[0] - 4 * cm
    for b in B:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), sT))
        elif k == "sub":
            story.append(Paragraph(rich(b[1]), sS))
        elif k == "h1":
            story.append(Paragraph(esc(b[1]), sH1))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), sH2))
        elif k == "p":
            story.append(Paragraph(rich(b[1]), sN))
        elif k == "lead":
            story.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), rich(b[2])), sN))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph(esc(x), sN, bulletText="\u2022"))
        elif k == "kv":
            data = [[Paragraph(esc(l), sCB), Paragraph(rich(v), sC)] for l, v in b[1]]
            t = Table(data, colWidths=[W * 0.3, W * 0.7])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(opts.get("shade", "#eef2f7")))]))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            n = len(b[1])
            data = [[Paragraph(esc(h), sCB) for h in b[1]]] + [[Paragraph(rich(x), sC) for x in r] for r in b[2]]
            cw = [W * 0.19] + [W * 0.81 / (n - 1)] * (n - 1)
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("shade", "#eef2f7")))]))
            story += [t, Spacer(1, 6)]
        elif k == "consent":
            for ln in b[1]:
                if ln[0] == "box":
                    story.append(Paragraph("%s %s" % (BOX[ln[1]], esc(ln[2])), sN))
                elif ln[0] == "sig":
                    story.append(Paragraph("<b>%s:</b> %s" % (esc(ln[1]), rich(ln[2])), sN))
                else:
                    story.append(Paragraph(rich(ln[1]), sN))
        elif k == "footer":
            footer = b[1]
        elif k == "header":
            header = b[1]
        elif k == "pb":
            story.append(PageBreak())

    def onpage(cv, d):
        cv.saveState()
        cv.setFont("DV", 7.5)
        if footer:
            cv.drawString(2 * cm, 1.2 * cm, footer)
        cv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Pagina %d" % d.page)
        if header:
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        cv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=opts.get("title", "OPP"), author=opts.get("author", ""))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable pdf form
def render_form(B, path, opts=None):
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    cv = canvas.Canvas(path, pagesize=A4)
    cv.setTitle("Beknopt OPP (invulformulier)")
    W, H = A4
    y = [H - 2 * cm]
    n = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            cv.setFont("DV", 7)
            cv.drawRightString(W - 2 * cm, 1.2 * cm, "invulformulier OPP \u2014 pagina %d" % cv.getPageNumber())
            cv.showPage()
            y[0] = H - 2 * cm

    def fname():
        n[0] += 1
        return "veld%02d" % n[0]

    def tfield(label, value, lines=1):
        value = plain(value, "pdf") if not isinstance(value, Instr) else ""
        value = value.translate({8220: '"', 8221: '"', 8212: "-", 8211: "-", 8226: "-", 8216: "'", 8217: "'"})
        value = value.encode("latin-1", "replace").decode("latin-1")
        wrapped = []
        for x in value.split("\n"):
            wrapped += textwrap.wrap(x, 108) or [""]
        value = "\n".join(wrapped) if value else ""
        h = max(lines, len(wrapped) if value else lines) * 10 + 6
        need(h + 16)
        cv.setFont("DVB", 9)
        cv.drawString(2 * cm, y[0], label)
        y[0] -= 4
        cv.acroForm.textfield(name=fname(), tooltip=label, value=value, x=2 * cm, y=y[0] - h, width=W - 4 * cm,
                              height=h, fontName="Helvetica", fontSize=8, borderColor=colors.grey,
                              fillColor=colors.HexColor("#f4f7fb"), fieldFlags="multiline" if "\n" in value or lines > 1 else "")
        y[0] -= h + 12

    for b in B:
        k = b[0]
        if k == "title":
            need(30)
            cv.setFont("DVB", 16)
            cv.drawString(2 * cm, y[0], b[1])
            y[0] -= 22
        elif k == "sub":
            cv.setFont("DV", 9)
            cv.drawString(2 * cm, y[0], b[1])
            y[0] -= 18
        elif k in ("h1", "h2"):
            need(30)
            cv.setFont("DVB", 11)
            cv.drawString(2 * cm, y[0], b[1])
            y[0] -= 16
        elif k == "kv":
            for lab, v in b[1]:
                tfield(lab, v, 1 if len(str(v)) < 60 else 3)
        elif k == "consent":
            for ln in b[1]:
                if ln[0] == "box":
                    need(18)
                    cv.acroForm.checkbox(name=fname(), x=2 * cm, y=y[0] - 3, size=11, checked=ln[1],
                                         buttonStyle="cross", borderColor=colors.black)
                    cv.setFont("DV", 9)
                    cv.drawString(2 * cm + 16, y[0], ln[2])
                    y[0] -= 18
                elif ln[0] == "sig":
                    v = ln[2] if not set(ln[2]) <= set("_ ") else ""
                    tfield(ln[1], v, 1)
                else:
                    need(14)
                    cv.setFont("DV", 9)
                    for part in textwrap.wrap(plain(ln[1], "pdf"), 100) or [""]:
                        cv.drawString(2 * cm, y[0], part)
                        y[0] -= 12
    cv.setFont("DV", 7)
    cv.drawRightString(W - 2 * cm, 1.2 * cm, "invulformulier OPP \u2014 pagina %d" % cv.getPageNumber())
    cv.save()
