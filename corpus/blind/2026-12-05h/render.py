# -*- coding: utf-8 -*-
"""Back ends: a document model -> docx / odt / pdf (reportlab) / fillable pdf / txt.

model = {"blocks": [...], "header": str|None, "footer": str|None, "font": "sans"|"serif"}
blocks: ("title", t) ("h", level, t) ("p", t) ("small", t) ("bullets", [t]) ("table", rows, opts)
        ("sig", rows) ("check", [(bool, label)]) ("sdt", placeholder) ("pb",)
        ("field", label, value, lines) ("box", bool, label)   (form fields; plain text elsewhere)
"""
import io, os, random
from PIL import Image, ImageDraw

BOX = {True: "\u2612", False: "\u2610"}


def scribble(seed, w=260, h=70):
    r = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    x, y = 10, h // 2
    pts = [(x, y)]
    for i in range(r.randint(14, 22)):
        x += r.randint(6, 16)
        y = max(8, min(h - 8, y + r.randint(-22, 22)))
        pts.append((min(x, w - 5), y))
    dr.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    dr.line([(pts[0][0] + 5, h - 12), (pts[-1][0] - 10, h - 16)], fill=(20, 30, 110, 255), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


# ---------------------------------------------------------------- text
def _rows_txt(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    w = [min(x, 60) for x in w]
    out = []
    for r in rows:
        out.append(" | ".join(str(v).ljust(w[i]) for i, v in enumerate(r)))
    return out


def sig_cells(r, txtmode=False):
    role, name, date, signed, remark = r
    s = ("w.g. " + name if txtmode else "SIG") if signed else ""
    return [role, name, date, s, remark]


def txt(model, path):
    L = []
    if model.get("header"):
        L += [model["header"], "=" * len(model["header"]), ""]
    for b in model["blocks"]:
        t = b[0]
        if t == "title":
            L += [b[1].upper(), ""]
        elif t == "h":
            L += ["", b[2], ("-" if b[1] > 1 else "=") * len(b[2])]
        elif t in ("p", "small"):
            L += [b[1], ""]
        elif t == "bullets":
            L += ["- " + x for x in b[1]] + [""]
        elif t == "table":
            L += _rows_txt(b[1]) + [""]
        elif t == "sig":
            rows = [["Rol", "Naam", "Datum", "Handtekening", "Opmerking"]] + [sig_cells(r, True) for r in b[1]]
            rows = [[v if v else "__________" if i in (2, 3) else v for i, v in enumerate(r)] for r in rows]
            L += _rows_txt(rows) + [""]
        elif t == "check":
            L += ["[X] " + l if c else "[ ] " + l for c, l in b[1]] + [""]
        elif t == "sdt":
            L += [b[1], ""]
        elif t == "field":
            L += [f"{b[1]}: {b[2] if b[2] else '_' * 30}"]
        elif t == "box":
            L += [("[X] " if b[1] else "[ ] ") + b[2]]
        elif t == "pb":
            L += ["", "\f"]
    if model.get("footer"):
        L += ["", "-" * 40, model["footer"].replace("{page}", "1").replace("{pages}", "1")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- docx
def docx(model, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if model.get("font") == "serif" else "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    def field(par, code):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    if model.get("header"):
        sec.header.paragraphs[0].text = model["header"]
    if model.get("footer"):
        p = sec.footer.paragraphs[0]
        a, rest = model["footer"].split("{page}")
        b, c = rest.split("{pages}")
        p.add_run(a); field(p, "PAGE"); p.add_run(b); field(p, "NUMPAGES"); p.add_run(c)

    def add_sdt(p, text):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        pr.append(OxmlElement("w:showingPlcHdr"))
        pr.append(OxmlElement("w:text"))
        sdt.append(pr)
        cont = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
        rpr.append(col); r.append(rpr)
        tt = OxmlElement("w:t"); tt.text = text; r.append(tt)
        cont.append(r); sdt.append(cont)
        p._p.append(sdt)

    def table(rows, header=False, widths=None):
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for j, v in enumerate(r):
                if v == "SIG":
                    cells[j].paragraphs[0].add_run().add_picture(scribble(path + str(i) + str(j)), width=Cm(3.2))
                elif str(v).startswith("Klik of tik om tekst"):
                    add_sdt(cells[j].paragraphs[0], str(v))
                else:
                    run = cells[j].paragraphs[0].add_run(str(v))
                    if header and i == 0:
                        run.bold = True
        if widths:
            for r in t.rows:
                for j, w in enumerate(widths):
                    r.cells[j].width = Cm(w)
        doc.add_paragraph()

    for b in model["blocks"]:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "h":
            doc.add_heading(b[2], b[1])
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "small":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8); r.italic = True
        elif t == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "table":
            o = b[2] if len(b) > 2 else {}
            table(b[1], o.get("header"), o.get("widths"))
        elif t == "sig":
            table([["Rol", "Naam", "Datum", "Handtekening", "Opmerking"]] + [sig_cells(r) for r in b[1]], True)
        elif t == "check":
            for c, l in b[1]:
                doc.add_paragraph(BOX[c] + " " + l)
        elif t == "sdt":
            add_sdt(doc.add_paragraph(), b[1])
        elif t == "__unused":
            p = doc.add_paragraph()
            sdt = OxmlElement("w:sdt")
            pr = OxmlElement("w:sdtPr")
            ph = OxmlElement("w:showingPlcHdr"); pr.append(ph)
            txt_ = OxmlElement("w:text"); pr.append(txt_)
            sdt.append(pr)
            cont = OxmlElement("w:sdtContent")
            r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
            rpr.append(col); r.append(rpr)
            tt = OxmlElement("w:t"); tt.text = b[1]; r.append(tt)
            cont.append(r); sdt.append(cont)
            p._p.append(sdt)
        elif t == "field":
            doc.add_paragraph(f"{b[1]}: {b[2] if b[2] else '_' * 30}")
        elif t == "box":
            doc.add_paragraph(BOX[b[1]] + " " + b[2])
        elif t == "pb":
            doc.add_page_break()
    doc.save(path)


# ---------------------------------------------------------------- odt
def odt(model, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties, TableCellProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((1, "15pt"), (2, "12.5pt"), (3, "11pt")):
        s = Style(name=f"Heading {lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    ts = Style(name="Titel", family="paragraph"); ts.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(ts)
    sm = Style(name="Klein", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    doc.styles.addElement(sm)
    cs = Style(name="cel", family="table-cell"); cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cs)
    if model.get("header"):
        doc.text.addElement(P(stylename=sm, text=model["header"]))

    def table(rows):
        tb = Table()
        tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for r in rows:
            tr = TableRow()
            for v in r:
                tc = TableCell(stylename=cs)
                tc.addElement(P(text="(handtekening)" if v == "SIG" else str(v)))
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)
        doc.text.addElement(P(text=""))

    for b in model["blocks"]:
        t = b[0]
        if t == "title":
            doc.text.addElement(P(stylename=ts, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2]))
        elif t == "p":
            doc.text.addElement(P(text=b[1]))
        elif t == "small":
            doc.text.addElement(P(stylename=sm, text=b[1]))
        elif t == "bullets":
            for x in b[1]:
                doc.text.addElement(P(text="• " + x))
        elif t == "table":
            table(b[1])
        elif t == "sig":
            table([["Rol", "Naam", "Datum", "Handtekening", "Opmerking"]] + [sig_cells(r) for r in b[1]])
        elif t == "check":
            for c, l in b[1]:
                doc.text.addElement(P(text=BOX[c] + " " + l))
        elif t == "sdt":
            doc.text.addElement(P(text=b[1]))
        elif t == "field":
            doc.text.addElement(P(text=f"{b[1]}: {b[2] if b[2] else '_' * 30}"))
        elif t == "box":
            doc.text.addElement(P(text=BOX[b[1]] + " " + b[2]))
        elif t == "pb":
            doc.text.addElement(P(text=""))
    if model.get("footer"):
        doc.text.addElement(P(stylename=sm, text=model["footer"].replace(" {page}", "").replace("{page}", "").replace("{pages}", "")))
    doc.save(path)


# ---------------------------------------------------------------- pdf (reportlab)
_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", d + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", d + "DejaVuSerif-Bold.ttf"))
    _FONTS = True


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf(model, path):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    from reportlab.pdfgen import canvas as cv
    serif = model.get("font") == "serif"
    R, B = ("DVS", "DVSB") if serif else ("DV", "DVB")
    base = ParagraphStyle("b", fontName=R, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=7.5, leading=9)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName=B)
    H = {1: ParagraphStyle("h1", parent=base, fontName=B, fontSize=13, leading=16, spaceBefore=8, spaceAfter=4,
                           textColor=colors.HexColor(model.get("color", "#1f3864"))),
         2: ParagraphStyle("h2", parent=base, fontName=B, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
         3: ParagraphStyle("h3", parent=base, fontName=B, fontSize=9.5, leading=12, spaceBefore=4)}
    T = ParagraphStyle("t", parent=base, fontName=B, fontSize=17, leading=21, spaceAfter=10)
    header, footer = model.get("header"), model.get("footer")

    class NC(cv.Canvas):
        def __init__(s, *a, **k):
            cv.Canvas.__init__(s, *a, **k); s._st = []

        def showPage(s):
            s._st.append(dict(s.__dict__)); s._startPage()

        def save(s):
            n = len(s._st)
            for st in s._st:
                s.__dict__.update(st)
                s.setFont(R, 7.5); s.setFillColor(colors.grey)
                if header:
                    s.drawString(2 * cm, A4[1] - 1.2 * cm, header)
                    s.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
                if footer:
                    s.drawString(2 * cm, 1.1 * cm, footer.replace("{page}", str(s._pageNumber)).replace("{pages}", str(n)))
                cv.Canvas.showPage(s)
            cv.Canvas.save(s)

    story = []
    ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    W = A4[0] - 4 * cm

    def table(rows, header_row=False, widths=None, shade_first_col=False):
        data = []
        for i, r in enumerate(rows):
            row = []
            for j, v in enumerate(r):
                if v == "SIG":
                    row.append(Image(scribble(path + str(i) + str(j)), width=2.8 * cm, height=0.75 * cm))
                else:
                    row.append(Paragraph(_esc(v), cellb if (header_row and i == 0) or (shade_first_col and j == 0) else cell))
            data.append(row)
        n = len(rows[0])
        cw = [w * cm for w in widths] if widths else [W / n] * n
        t = Table(data, colWidths=cw, repeatRows=1 if header_row else 0)
        st = TableStyle(ts.getCommands())
        if header_row:
            st.add("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))
        if shade_first_col:
            st.add("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))
        t.setStyle(st)
        story.append(t); story.append(Spacer(1, 6))

    for b in model["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(_esc(b[1]), T))
        elif t == "h":
            story.append(Paragraph(_esc(b[2]), H[min(b[1], 3)]))
        elif t == "p":
            story.append(Paragraph(_esc(b[1]), base))
        elif t == "small":
            story.append(Paragraph(_esc(b[1]), small))
        elif t == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + _esc(x), ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-8)))
        elif t == "table":
            o = b[2] if len(b) > 2 else {}
            table(b[1], o.get("header"), o.get("widths"), o.get("label_col"))
        elif t == "sig":
            table([["Rol", "Naam", "Datum", "Handtekening", "Opmerking"]] + [sig_cells(r) for r in b[1]], True, [3.2, 3.6, 2.3, 3.3, 4.6])
        elif t == "check":
            for c, l in b[1]:
                story.append(Paragraph(BOX[c] + " " + _esc(l), base))
        elif t == "sdt":
            story.append(Paragraph(_esc(b[1]), base))
        elif t == "field":
            story.append(Paragraph(f"<b>{_esc(b[1])}:</b> {_esc(b[2]) if b[2] else '_' * 30}", base))
        elif t == "box":
            story.append(Paragraph(BOX[b[1]] + " " + _esc(b[2]), base))
        elif t == "pb":
            story.append(PageBreak())
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=model.get("doctitle", ""), author=model.get("author", "")).build(story, canvasmaker=NC)


# ---------------------------------------------------------------- fillable form
def form(model, path):
    """AcroForm: 'field' blocks become text fields, 'box' blocks check boxes; other blocks static text."""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(model.get("doctitle", "formulier"))
    W, Hh = A4
    y = Hh - 2 * cm
    page = [1]
    fid = [0]

    def newpage():
        nonlocal y
        if model.get("footer"):
            c.setFont("DV", 7); c.drawString(2 * cm, 1.1 * cm, model["footer"].replace("{page}", str(page[0])).replace("{pages}", "?"))
        c.showPage(); page[0] += 1
        y = Hh - 2 * cm

    def need(h):
        if y - h < 2 * cm:
            newpage()

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines or [""]

    af = c.acroForm
    for b in model["blocks"]:
        t = b[0]
        if t in ("title", "h"):
            txt_ = b[1] if t == "title" else b[2]
            size = 15 if t == "title" else 11
            need(size + 10)
            c.setFont("DVB", size); c.setFillColor(colors.HexColor("#004d40") if t == "h" else colors.black)
            c.drawString(2 * cm, y - size, txt_); y -= size + 8
            c.setFillColor(colors.black)
        elif t in ("p", "small", "sdt"):
            size = 7.5 if t == "small" else 9
            for ln in wrap(b[1], "DV", size, W - 4 * cm):
                need(size + 3); c.setFont("DV", size); c.drawString(2 * cm, y - size, ln); y -= size + 3
            y -= 4
        elif t == "bullets":
            for x in b[1]:
                for i, ln in enumerate(wrap(x, "DV", 9, W - 4.5 * cm)):
                    need(12); c.setFont("DV", 9); c.drawString(2.3 * cm, y - 9, ("• " if i == 0 else "  ") + ln); y -= 12
        elif t == "field":
            label, value, lines = b[1], b[2] or "", b[3] if len(b) > 3 else 1
            value = value.replace("\u2013", "-").replace("\u2026", "...").replace("\u2019", "'").replace("\u2610", "[ ]").replace("\u2612", "[X]")
            value = value.encode("latin-1", "replace").decode("latin-1")
            wl = wrap(value, "Helvetica", 8, W - 4.4 * cm) if value else [""]
            if lines > 1 or len(wl) > 1:
                lines = max(lines, len(wl))
                value = "\n".join(wl)
            h = 14 + 10 * (lines - 1)
            need(h + 16)
            c.setFont("DVB", 8.5); c.drawString(2 * cm, y - 9, label); y -= 12
            fid[0] += 1
            af.textfield(name=f"f{fid[0]:02d}", tooltip=label, x=2 * cm, y=y - h, width=W - 4 * cm, height=h,
                         value=value, fontName="Helvetica", fontSize=8, borderColor=colors.grey,
                         fillColor=colors.HexColor("#eef4ff"), textColor=colors.black,
                         fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
            y -= h + 6
        elif t == "box":
            need(16)
            fid[0] += 1
            af.checkbox(name=f"c{fid[0]:02d}", tooltip=b[2], x=2 * cm, y=y - 12, size=11, checked=b[1],
                        buttonStyle="cross", borderColor=colors.black, fillColor=colors.white, forceBorder=True)
            c.setFont("DV", 9); c.drawString(2.6 * cm, y - 10, b[2]); y -= 16
        elif t == "pb":
            newpage()
    if model.get("footer"):
        c.setFont("DV", 7); c.drawString(2 * cm, 1.1 * cm, model["footer"].replace("{page}", str(page[0])).replace("{pages}", "?"))
    c.save()
