# -*- coding: utf-8 -*-
"""Format writers: blocks -> docx / odt / pdf (reportlab) / pdf (LibreOffice) / fillable pdf / txt / md / scan."""
import os
import random
import shutil
import subprocess
import glob

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ----------------------------------------------------------------------------- signature image
def signature_png(path, seed):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("RGB", (420, 120), "white")
    d = ImageDraw.Draw(im)
    x, y = 20, 70
    pts = []
    for i in range(40):
        x += r.randint(6, 12)
        y = 60 + int(35 * ((-1) ** i) * r.random())
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(30, 95), (380, 88)], fill=(20, 30, 110), width=2)
    im.save(path)
    return path


# ----------------------------------------------------------------------------- DOCX
def to_docx(blocks, opts, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    if opts.get("header"):
        sec.header.paragraphs[0].text = opts["header"]
    if opts.get("footer") or opts.get("page_numbers"):
        fp = sec.footer.paragraphs[0]
        fp.text = opts.get("footer", "")
        if opts.get("page_numbers"):
            fp.add_run("    Pagina ")
            add_field(fp, "PAGE")
            fp.add_run(" van ")
            add_field(fp, "NUMPAGES")
        for r in fp.runs:
            r.font.size = Pt(8)

    def table(rows, header):
        ncol = max(len(r) for r in rows)
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncol):
                txt = row[j] if j < len(row) else ""
                cells[j].text = ""
                p = cells[j].paragraphs[0]
                for k, part in enumerate((txt or "").split("\n")):
                    if k:
                        p = cells[j].add_paragraph()
                    run = p.add_run(part)
                    if header and i == 0:
                        run.bold = True
        doc.add_paragraph()
        return t

    def sdt_text(par_label, value):
        p = doc.add_paragraph()
        rl = p.add_run(par_label + ": ")
        rl.bold = True
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        alias = OxmlElement("w:alias"); alias.set(qn("w:val"), par_label); pr.append(alias)
        tag = OxmlElement("w:tag"); tag.set(qn("w:val"), par_label.lower().replace(" ", "_")); pr.append(tag)
        if value is None:
            ph = OxmlElement("w:showingPlcHdr"); pr.append(ph)
        txt = OxmlElement("w:text"); txt.set(qn("w:multiLine"), "1"); pr.append(txt)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        if value is None:
            rpr = OxmlElement("w:rPr"); c = OxmlElement("w:color"); c.set(qn("w:val"), "808080"); rpr.append(c); r.append(rpr)
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve")
        t.text = "Klik of tik om tekst in te voeren." if value is None else value.replace("\n", " / ")
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)

    def sdt_box(checked, label):
        p = doc.add_paragraph()
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
        cb = OxmlElement("w14:checkbox")
        ch = OxmlElement("w14:checked"); ch.set("{%s}val" % W14, "1" if checked else "0"); cb.append(ch)
        cs = OxmlElement("w14:checkedState"); cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic"); cb.append(cs)
        us = OxmlElement("w14:uncheckedState"); us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic"); cb.append(us)
        pr.append(cb)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t"); t.text = "☒" if checked else "☐"
        r.append(t); content.append(r); sdt.append(content)
        p._p.append(sdt)
        p.add_run(" " + label)

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k in ("h1", "h2", "h3"):
            doc.add_heading(b[1], {"h1": 1, "h2": 2, "h3": 3}[k])
        elif k == "p":
            parts = b[1].split("\n")
            p = doc.add_paragraph()
            for i, part in enumerate(parts):
                if i:
                    p.add_run().add_break()
                p.add_run(part)
        elif k == "pi":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.font.size = Pt(8.5)
        elif k == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif k == "table":
            table(b[1], b[2].get("header"))
        elif k == "kv":
            t = table([(a, v) for a, v in b[1]], False)
            for row in t.rows:
                for r in row.cells[0].paragraphs[0].runs:
                    r.bold = True
        elif k == "checks":
            doc.add_paragraph("     ".join("%s %s" % ("☒" if c else "☐", l) for c, l in b[1]))
        elif k == "image":
            doc.add_picture(b[1], width=Cm(b[2]))
        elif k == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "cc":
            sdt_text(b[1], b[2])
        elif k == "ccbox":
            sdt_box(b[1], b[2])
        else:
            raise ValueError(k)
    doc.core_properties.author = "school"
    doc.core_properties.title = "OPP"
    import datetime as _dt
    doc.core_properties.created = _dt.datetime(2025, 1, 1)
    doc.core_properties.modified = _dt.datetime(2025, 1, 1)
    doc.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------- ODT
def to_odt(blocks, opts, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, MasterPage, Footer, PageLayout, PageLayoutProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    ital = Style(name="Ital", family="paragraph"); ital.addElement(TextProperties(fontstyle="italic", color="#606060")); doc.automaticstyles.addElement(ital)
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt")); doc.automaticstyles.addElement(small)
    hs = {}
    for lvl, size in ((0, "18pt"), (1, "15pt"), (2, "13pt"), (3, "11pt")):
        s = Style(name="Heading%d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s)
        hs[lvl] = s
    cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if opts.get("footer"):
        f = Footer(); f.addElement(P(stylename=small, text=opts["footer"])); mp.addElement(f)
    doc.masterstyles.addElement(mp)

    def para(txt, style=None):
        p = P(stylename=style) if style else P()
        parts = txt.split("\n")
        from odf.text import LineBreak
        for i, part in enumerate(parts):
            if i:
                p.addElement(LineBreak())
            p.addText(part)
        return p

    tcount = [0]

    def table(rows, header):
        tcount[0] += 1
        ncol = max(len(r) for r in rows)
        t = Table(name="Tabel%d" % tcount[0])
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for i, row in enumerate(rows):
            tr = TableRow()
            for j in range(ncol):
                tc = TableCell(stylename=cellst, valuetype="string")
                txt = row[j] if j < len(row) else ""
                p = para(txt or "")
                if (header and i == 0):
                    p = P(); sp = Span(stylename=bold, text=txt); p.addElement(sp)
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=hs[0], text=b[1]))
        elif k in ("h1", "h2", "h3"):
            lvl = {"h1": 1, "h2": 2, "h3": 3}[k]
            doc.text.addElement(H(outlinelevel=lvl + 1, stylename=hs[lvl], text=b[1]))
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "pi":
            doc.text.addElement(para(b[1], ital))
        elif k == "small":
            doc.text.addElement(para(b[1], small))
        elif k == "bullets":
            for x in b[1]:
                doc.text.addElement(para("• " + x))
        elif k == "table":
            table(b[1], b[2].get("header"))
        elif k == "kv":
            table(b[1], False)
        elif k == "checks":
            doc.text.addElement(para("     ".join("%s %s" % ("☒" if c else "☐", l) for c, l in b[1])))
        elif k in ("pagebreak", "image"):
            pass
        elif k == "cc":
            doc.text.addElement(para("%s: %s" % (b[1], "Klik of tik om tekst in te voeren." if b[2] is None else b[2])))
        elif k == "ccbox":
            doc.text.addElement(para("%s %s" % ("☒" if b[1] else "☐", b[2])))
    doc.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------- PDF (reportlab)
_fonts = [False]


def _reg():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _fonts[0] = True


def _esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks, opts, path, base_size=10, accent=(0.1, 0.25, 0.45), invariant=True):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak
    acc = colors.Color(*accent)
    S = {
        "title": ParagraphStyle("t", fontName="DVB", fontSize=base_size + 7, leading=base_size + 10, textColor=acc, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=base_size + 4, leading=base_size + 7, textColor=acc, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=base_size + 2, leading=base_size + 5, spaceBefore=6, spaceAfter=3),
        "h3": ParagraphStyle("h3", fontName="DVB", fontSize=base_size + 0.5, leading=base_size + 3, spaceBefore=4, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="DV", fontSize=base_size, leading=base_size * 1.35, spaceAfter=3),
        "pi": ParagraphStyle("pi", fontName="DVI", fontSize=base_size - 0.5, leading=base_size * 1.3, textColor=colors.grey, spaceAfter=3),
        "small": ParagraphStyle("s", fontName="DV", fontSize=base_size - 2, leading=base_size, textColor=colors.grey),
        "cell": ParagraphStyle("c", fontName="DV", fontSize=base_size - 1, leading=(base_size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=base_size - 1, leading=(base_size - 1) * 1.3),
    }
    W = A4[0] - 4 * cm
    story = []

    def tbl(rows, header, kv=False):
        ncol = max(len(r) for r in rows)
        data = []
        for i, row in enumerate(rows):
            data.append([Paragraph(_esc(row[j] if j < len(row) else ""), S["cellb"] if (header and i == 0) or (kv and j == 0) else S["cell"]) for j in range(ncol)])
        if kv:
            widths = [W * 0.32, W * 0.68]
        elif ncol == 4:
            widths = [W * 0.36, W * 0.26, W * 0.2, W * 0.18]
        else:
            widths = [W / ncol] * ncol
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94)))
        if kv:
            st.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.94, 0.94, 0.94)))
        t.setStyle(TableStyle(st))
        story.append(t)
        story.append(Spacer(1, 6))

    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "h3", "p", "pi", "small"):
            story.append(Paragraph(_esc(b[1]), S[k]))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + _esc(x), ParagraphStyle("b", parent=S["p"], leftIndent=12, firstLineIndent=-8)))
        elif k == "table":
            tbl(b[1], b[2].get("header"))
        elif k == "kv":
            tbl(b[1], False, kv=True)
        elif k == "checks":
            story.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join("%s %s" % ("☒" if c else "☐", _esc(l)) for c, l in b[1]), S["p"]))
        elif k == "image":
            story.append(Image(b[1], width=b[2] * cm, height=b[2] * cm * 120 / 420))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "cc":
            story.append(Paragraph("<b>%s:</b> %s" % (_esc(b[1]), _esc("Klik of tik om tekst in te voeren." if b[2] is None else b[2])), S["p"]))
        elif k == "ccbox":
            story.append(Paragraph("%s %s" % ("☒" if b[1] else "☐", _esc(b[2])), S["p"]))

    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.grey)
        if opts.get("header"):
            c.drawString(2 * cm, A4[1] - 1.2 * cm, opts["header"])
        y = 1.1 * cm
        if opts.get("footer"):
            c.drawString(2 * cm, y, opts["footer"])
        if opts.get("page_numbers"):
            c.drawRightString(A4[0] - 2 * cm, y, "Pagina %d" % d.page)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="OPP", author="school", creator="school", invariant=invariant)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ----------------------------------------------------------------------------- fillable PDF form
def to_pdf_form(blocks, opts, path):
    """An AcroForm: headings and labels are printed, contents sit in (filled) form fields."""
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("OPP formulier")
    W, H = A4
    x0, y = 2 * cm, H - 2 * cm
    fid = [0]

    def newpage():
        nonlocal y
        if opts.get("footer"):
            c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(x0, 1.1 * cm, opts["footer"]); c.setFillColor(colors.black)
        c.showPage()
        y = H - 2 * cm

    def need(h):
        if y - h < 2 * cm:
            newpage()

    def wrap(txt, font, size, width):
        out = []
        for para in (txt or "").split("\n"):
            line = ""
            for w in para.split(" "):
                t = (line + " " + w).strip()
                if stringWidth(t, font, size) > width and line:
                    out.append(line); line = w
                else:
                    line = t
            out.append(line)
        return out

    def text(txt, font="DV", size=10, gap=4):
        nonlocal y
        for l in wrap(txt, font, size, W - 4 * cm):
            need(size + 2)
            c.setFont(font, size); c.drawString(x0, y - size, l); y -= size + 2
        y -= gap

    def field(label, value):
        nonlocal y
        fid[0] += 1
        val = (value or "").replace("\u2014", "-").replace("\u2013", "-").replace("\u2610", "[ ]").replace("\u2612", "[X]").replace("\u20ac", "EUR ")
        val = val.replace("\u2018", "'").replace("\u2019", "'").encode("latin-1", "replace").decode("latin-1")
        wl = wrap(val, "Helvetica", 9, W - 4.6 * cm)
        val = "\n".join(wl)
        nlines = max(1, len(wl))
        h = 14 + 11 * (nlines - 1) + 4
        need(h + 14)
        c.setFont("DVB", 9); c.drawString(x0, y - 9, label); y -= 12
        c.acroForm.textfield(name="veld%d" % fid[0], tooltip=label, x=x0, y=y - h, width=W - 4 * cm, height=h, value=val,
                             fontName="Helvetica", fontSize=9, borderWidth=0.5, borderColor=colors.black,
                             fillColor=colors.Color(0.93, 0.95, 1), fieldFlags="multiline" if nlines > 1 else "")
        y -= h + 6

    def box(checked, label):
        nonlocal y
        fid[0] += 1
        need(16)
        c.acroForm.checkbox(name="vink%d" % fid[0], tooltip=label, x=x0, y=y - 12, size=11, checked=checked, buttonStyle="cross",
                            borderWidth=0.5)
        c.setFont("DV", 9.5); c.drawString(x0 + 16, y - 10, label)
        y -= 16

    pend_head = None
    for b in blocks:
        k = b[0]
        if k == "title":
            text(b[1], "DVB", 16, 8)
        elif k in ("h1", "h2", "h3"):
            text(b[1], "DVB", {"h1": 13, "h2": 11.5, "h3": 10.5}[k], 2)
        elif k == "p":
            field("", b[1]) if False else None
            field(" ", b[1])
        elif k in ("pi", "small"):
            text(b[1], "DV", 8.5, 3)
        elif k == "bullets":
            field(" ", "\n".join("- " + x for x in b[1]))
        elif k == "kv":
            for a, v in b[1]:
                field(a, v)
        elif k == "table":
            rows = b[1]
            head = rows[0] if b[2].get("header") else None
            for r in (rows[1:] if head else rows):
                if head:
                    field(" / ".join(head), " — ".join(x for x in r if x))
                else:
                    field(r[0], " — ".join(r[1:]))
        elif k == "checks":
            for ch, l in b[1]:
                box(ch, l)
        elif k == "ccbox":
            box(b[1], b[2])
        elif k == "cc":
            field(b[1], b[2] or "")
        elif k == "pagebreak":
            newpage()
    if opts.get("footer"):
        c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(x0, 1.1 * cm, opts["footer"])
    c.save()


# ----------------------------------------------------------------------------- TXT / MD
def to_txt(blocks, opts, path, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""] if md else [b[1].upper(), "=" * len(b[1]), ""]
        elif k in ("h1", "h2", "h3"):
            if md:
                out += ["#" * ({"h1": 2, "h2": 3, "h3": 4}[k]) + " " + b[1], ""]
            else:
                out += [b[1], ("=" if k == "h1" else "-" if k == "h2" else "~") * len(b[1]), ""] if k != "h3" else [b[1] + ":", ""]
        elif k in ("p", "pi", "small"):
            t = b[1]
            if md and k == "pi":
                t = "*" + t + "*"
            out += [t, ""]
        elif k == "bullets":
            out += [("- " if md else "  - ") + x for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            if md:
                ncol = max(len(r) for r in rows)
                for i, r in enumerate(rows):
                    out.append("| " + " | ".join((r[j] if j < len(r) else "").replace("\n", "<br>") for j in range(ncol)) + " |")
                    if i == 0:
                        out.append("|" + "---|" * ncol)
            else:
                for r in rows:
                    out.append(" | ".join((x or "").replace("\n", "; ") for x in r))
            out.append("")
        elif k == "kv":
            for a, v in b[1]:
                v = v or ""
                if md:
                    out.append("**%s:** %s  " % (a, v.replace("\n", "; ")))
                else:
                    out.append("%s: %s" % (a, v.replace("\n", "\n    ")))
            out.append("")
        elif k in ("checks",):
            out += ["   ".join("[%s] %s" % ("x" if c else " ", l) for c, l in b[1]), ""]
        elif k == "ccbox":
            out += ["[%s] %s" % ("x" if b[1] else " ", b[2]), ""]
        elif k == "cc":
            out += ["%s: %s" % (b[1], b[2] if b[2] is not None else "Klik of tik om tekst in te voeren."), ""]
        elif k == "pagebreak":
            out += ["", "\f" if not md else "---", ""]
    if opts.get("footer"):
        out += ["", "-- " + opts["footer"]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ----------------------------------------------------------------------------- LibreOffice and scans
def soffice_pdf(src, outdir):
    prof = "file:///work/blind66/build/lo-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def scan_pdf(src_pdf, out_pdf, seed, dpi=150, angle=None, noise=14):
    import numpy as np
    from PIL import Image, ImageFilter
    r = random.Random(seed)
    tmp = out_pdf + ".pages"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(seed)
    # where are the signature words? (handwriting goes there)
    import re as _re
    bb = subprocess.run(["pdftotext", "-bbox", src_pdf, "-"], capture_output=True, text=True).stdout
    sigs = {}
    for pi, page in enumerate(bb.split("<page ")[1:]):
        for m in _re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            if m.group(5) in ("getekend", "[handtekening]"):
                sigs.setdefault(pi, []).append(tuple(float(m.group(k)) for k in range(1, 5)))
    from PIL import ImageDraw
    for i, f in enumerate(sorted(glob.glob(os.path.join(tmp, "p*.png")))):
        im = Image.open(f).convert("L")
        dr = ImageDraw.Draw(im)
        for (x0, y0, x1, y1) in sigs.get(i, []):
            k = dpi / 72.0
            X0, Y0, X1, Y1 = x0 * k, y0 * k, x1 * k, y1 * k
            dr.rectangle([X0 - 1, Y0 - 1, X1 + 1, Y1 + 1], fill=255)
            pts, x = [], X0
            while x < X0 + max(60, (X1 - X0) * 1.3):
                pts.append((x, (Y0 + Y1) / 2 + r.uniform(-1, 1) * (Y1 - Y0) * 0.6))
                x += r.uniform(3, 7)
            dr.line(pts, fill=40, width=2)
        a = angle if angle is not None else r.uniform(-1.4, 1.4)
        a += r.uniform(-0.3, 0.3)
        im = im.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=255)
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 10 + rng.normal(0, noise, arr.shape)
        # a few specks
        for _ in range(60):
            y, x = rng.integers(0, arr.shape[0]), rng.integers(0, arr.shape[1])
            arr[max(0, y - 1):y + 2, max(0, x - 1):x + 2] = rng.integers(0, 90)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    import datetime as _dt
    pages[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], title="Scan",
                  creationDate=__import__("time").gmtime(1735689600), modDate=__import__("time").gmtime(1735689600))
    shutil.rmtree(tmp)


def normalize_zip(path):
    """Rewrite a docx/odt with fixed timestamps so that runs are byte-identical."""
    import zipfile
    import re as _re
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "meta.xml":
                data = _re.sub(rb"<(meta:creation-date|dc:date)>[^<]*</", rb"<\1>2025-01-01T00:00:00</", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)
