# -*- coding: utf-8 -*-
"""Renderers: block list -> docx / odt / pdf (reportlab) / txt / md.

Blocks: ("title", s) ("h1", s) ("h2", s) ("p", s) ("bp", lead, s) ("table", header, rows)
        ("kv", [(label, items)]) ("sig", role, name, date, signed) ("box", checked, label) ("pb",)
"""
import os
import random
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def sig_png(seed):
    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, f"sig{seed % 6}.png")
    if os.path.exists(path):
        return path
    r = random.Random(seed % 6)
    im = Image.new("RGB", (360, 110), "white")
    d = ImageDraw.Draw(im)
    pts, x = [], 15
    while x < 330:
        pts.append((x, 55 + r.randint(-35, 35)))
        x += r.randint(12, 30)
    d.line(pts, fill=(20, 30, 120), width=4, joint="curve")
    d.line([(30, 88), (300, 80)], fill=(20, 30, 120), width=2)
    im.save(path)
    return path


def norm(items):
    out = []
    for it in items:
        out.append(("p", it) if isinstance(it, str) else it)
    return out


def sig_text(b, style="wg"):
    _, role, name, date, signed = b
    if signed:
        s = f"Handtekening {role}: w.g. {name}" if name else f"Handtekening {role}: w.g."
    else:
        s = f"Naam {role}: {name or '______________________'}   Handtekening: ______________________"
    s += f"   Datum: {date if date else '____________'}"
    return s


def box_text(b, tick="[x]", empty="[ ]"):
    return f"{tick if b[1] else empty} {b[2]}"


# ------------------------------------------------------------------ txt / md
def to_txt(blocks, path, md=False, footer=None):
    L = []
    for b in blocks:
        k = b[0]
        if k == "title":
            L += ([f"# {b[1]}"] if md else [b[1].upper(), "=" * len(b[1])]) + [""]
        elif k == "h1":
            L += ([f"## {b[1]}"] if md else [b[1], "-" * len(b[1])]) + [""]
        elif k == "h2":
            L += ([f"### {b[1]}"] if md else [b[1]]) + ([""] if md else [])
        elif k == "p":
            L += [b[1], ""]
        elif k == "bp":
            L += [(f"**{b[1]}** {b[2]}" if md else f"{b[1]} {b[2]}").rstrip(), ""]
        elif k == "table":
            if md:
                L.append("| " + " | ".join(b[1]) + " |")
                L.append("|" + "---|" * len(b[1]))
                for row in b[2]:
                    L.append("| " + " | ".join(row) + " |")
            else:
                w = [max(len(str(x)) for x in col) + 2 for col in zip(b[1], *b[2])]
                L.append("".join(h.ljust(w[i]) for i, h in enumerate(b[1])))
                for row in b[2]:
                    L.append("".join(str(c).ljust(w[i]) for i, c in enumerate(row)).rstrip())
            L.append("")
        elif k == "kv":
            for label, items in b[1]:
                first = True
                for it in norm(items):
                    txt = it[1] if it[0] == "p" else sig_text(it) if it[0] == "sig" else box_text(it) if it[0] == "box" else \
                        "; ".join(" | ".join(r) for r in it[2])
                    L.append(f"{label + ':' if first else '':<34}{txt}")
                    first = False
                if first:
                    L.append(f"{label}:")
            L.append("")
        elif k == "sig":
            L += [sig_text(b), ""]
        elif k == "box":
            L.append(box_text(b))
        elif k == "pb":
            L += ["", "\f" if not md else "---", ""]
        elif k == "footer":
            L += ["", b[1]]
    if footer:
        L += ["", footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ------------------------------------------------------------------ docx
def to_docx(blocks, path, seed=0):
    from docx import Document
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    def items_into(container, items):
        # container: document or cell (both have add_paragraph / add_table)
        for it in norm(items):
            k = it[0]
            if k == "p":
                container.add_paragraph(it[1])
            elif k == "bp":
                par = container.add_paragraph()
                par.add_run(it[1] + " ").bold = True
                par.add_run(it[2])
            elif k == "box":
                container.add_paragraph(("☒ " if it[1] else "☐ ") + it[2])
            elif k == "sig":
                _, role, name, date, signed = it
                par = container.add_paragraph()
                par.add_run(f"Handtekening {role}: ").bold = True
                par.add_run(f"{name}  " if name else "")
                if signed:
                    par.add_run().add_picture(sig_png(seed), width=Cm(3.2))
                else:
                    par.add_run("______________________")
                par.add_run(f"   Datum: {date if date else '____________'}")
            elif k == "table":
                t = container.add_table(rows=1 + len(it[2]), cols=len(it[1]))
                t.style = "Table Grid"
                for i, h in enumerate(it[1]):
                    t.cell(0, i).text = h
                    for r_ in t.cell(0, i).paragraphs[0].runs:
                        r_.bold = True
                for ri, row in enumerate(it[2]):
                    for ci, c in enumerate(row):
                        t.cell(ri + 1, ci).text = c
                if container is not doc:
                    container.add_paragraph("")

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "h1":
            doc.add_heading(b[1], 1)
        elif k == "h2":
            doc.add_heading(b[1], 2)
        elif k == "kv":
            t = doc.add_table(rows=len(b[1]), cols=2)
            t.style = "Table Grid"
            for i, (label, items) in enumerate(b[1]):
                c0 = t.cell(i, 0)
                c0.text = label
                c0.paragraphs[0].runs[0].bold = True
                c1 = t.cell(i, 1)
                items = norm(items)
                if items and items[0][0] == "p":
                    c1.text = items[0][1]
                    items = items[1:]
                items_into(c1, items)
                c0.width = Cm(5)
                c1.width = Cm(11.5)
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        elif k == "footer":
            doc.sections[0].footer.paragraphs[0].text = b[1]
        else:
            items_into(doc, [b])
    doc.core_properties.author = "school"
    doc.save(path)
    return doc


# ------------------------------------------------------------------ odt
def to_odt(blocks, path, seed=0):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, GraphicProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        s = Style(name=f"Heading {lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hs[lvl] = s
    pbs = Style(name="PB", family="paragraph")
    pbs.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pbs)
    fr = Style(name="fr", family="graphic")
    fr.addElement(GraphicProperties(wrap="none"))
    doc.automaticstyles.addElement(fr)
    sighref = doc.addPicture(sig_png(seed))

    def add_items(parent, items):
        for it in norm(items):
            k = it[0]
            if k == "p":
                parent.addElement(P(text=it[1]))
            elif k == "bp":
                p = P()
                p.addElement(Span(stylename=bold, text=it[1] + " "))
                p.addText(it[2])
                parent.addElement(p)
            elif k == "box":
                parent.addElement(P(text=("☒ " if it[1] else "☐ ") + it[2]))
            elif k == "sig":
                _, role, name, date, signed = it
                p = P()
                p.addElement(Span(stylename=bold, text=f"Handtekening {role}: "))
                p.addText(f"{name}  " if name else "")
                if signed:
                    f = Frame(stylename=fr, width="3.2cm", height="1cm", anchortype="as-char")
                    f.addElement(DImage(href=sighref))
                    p.addElement(f)
                else:
                    p.addText("______________________")
                p.addText(f"   Datum: {date if date else '____________'}")
                parent.addElement(p)
            elif k == "table":
                add_table(parent, it[1], it[2])

    def add_table(parent, header, rows):
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=len(header)))
        for ri, row in enumerate([header] + rows):
            tr = TableRow()
            for c in row:
                tc = TableCell()
                p = P()
                if ri == 0:
                    p.addElement(Span(stylename=bold, text=c))
                else:
                    p.addText(c)
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        parent.addElement(t)

    body = doc.text
    pending_pb = False
    for b in blocks:
        k = b[0]
        if k == "title":
            body.addElement(H(outlinelevel=1, stylename=hs[1], text=b[1]))
        elif k in ("h1", "h2"):
            lvl = 2 if k == "h1" else 3
            h = H(outlinelevel=lvl, stylename=hs[lvl], text=b[1])
            body.addElement(h)
        elif k == "kv":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for label, items in b[1]:
                tr = TableRow()
                c0 = TableCell()
                p = P()
                p.addElement(Span(stylename=bold, text=label))
                c0.addElement(p)
                c1 = TableCell()
                add_items(c1, items)
                if not norm(items):
                    c1.addElement(P(text=""))
                tr.addElement(c0)
                tr.addElement(c1)
                t.addElement(tr)
            body.addElement(t)
        elif k == "pb":
            body.addElement(P(stylename=pbs, text=""))
        elif k == "footer":
            body.addElement(P(text=b[1]))
        else:
            add_items(body, [b])
    doc.save(path)


# ------------------------------------------------------------------ reportlab pdf
_fonts = False


def _reg():
    global _fonts
    if _fonts:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    _fonts = True


def to_pdf(blocks, path, seed=0, footer=None, header=None, serif=False):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    from xml.sax.saxutils import escape as esc
    base = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=5)
    h0 = ParagraphStyle("h0", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=10)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=4)
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=2)

    def flow(items, st=base):
        out = []
        for it in norm(items):
            k = it[0]
            if k == "p":
                out.append(Paragraph(esc(it[1]), st))
            elif k == "bp":
                out.append(Paragraph(f"<b>{esc(it[1])}</b> {esc(it[2])}", st))
            elif k == "box":
                out.append(Paragraph(("☒ " if it[1] else "☐ ") + esc(it[2]), st))
            elif k == "sig":
                _, role, name, date, signed = it
                left = Paragraph(f"<b>Handtekening {esc(role)}:</b> {esc(name or '')}", st)
                mid = Image(sig_png(seed), width=3.2 * cm, height=1.0 * cm) if signed else Paragraph("______________________", st)
                right = Paragraph(f"Datum: {date if date else '____________'}", st)
                t = Table([[left, mid, right]], colWidths=[6.5 * cm, 4 * cm, 4 * cm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
                out.append(t)
            elif k == "table":
                data = [[Paragraph(f"<b>{esc(h)}</b>", cell) for h in it[1]]] + \
                       [[Paragraph(esc(c), cell) for c in row] for row in it[2]]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef5")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                                       ("MINROWHEIGHT", (0, 1), (-1, -1), 14)]))
                out.append(t)
                out.append(Spacer(1, 5))
        return out

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), h0))
        elif k == "h1":
            story.append(Paragraph(esc(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), h2))
        elif k == "kv":
            data = [[Paragraph(f"<b>{esc(l)}</b>", cell), flow(items, cell) or Paragraph("", cell)] for l, items in b[1]]
            t = Table(data, colWidths=[4.6 * cm, 12.2 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1"))]))
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "footer":
            footer = b[1]
        else:
            story += flow([b])

    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(d.page)))
        if header:
            c.drawRightString(19 * cm, 28.6 * cm, header)
        c.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, invariant=1, title="OPP", author="")
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)
