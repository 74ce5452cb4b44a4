# -*- coding: utf-8 -*-
"""Renderers: a document is a list of blocks, written to docx, odt, txt, md, pdf (reportlab),
fillable pdf (AcroForm) and scanned pdf (raster + noise + skew).

Block kinds:
  ("title", text) ("sub", text) ("h1", text) ("h2", text)
  ("p", text) ("i", text)          # i = italic instruction text
  ("ph", text)                      # placeholder text (docx: content control showing placeholder)
  ("bullets", [text,...])
  ("kv", [(label, value), ...])     # two-column table; value "" = empty cell
  ("table", headers, rows)
  ("checks", [(ticked, label), ...])
  ("sig", [dict(role=, name=, date=, signed=bool), ...])
  ("pb",)
"""
import math
import random
import subprocess
import os

CHK = "\u2612"   # ☒
UNCHK = "\u2610" # ☐
PLH = "Klik of tik om tekst in te voeren."


def _sigtext(r):
    return ("w.g. " + r["name"]) if r.get("signed") else ""


# ---------------------------------------------------------------- text / markdown
def render_txt(blocks, path, footer=None, per_page=60):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1]]
        elif k in ("p", "i", "ph"):
            out += [b[1], ""] if b[1] else [""]
        elif k == "bullets":
            out += ["  - " + x for x in b[1]] + [""]
        elif k == "kv":
            w = max(len(x[0]) for x in b[1]) + 2
            for lab, val in b[1]:
                out.append((lab + ":").ljust(w) + " " + val)
            out.append("")
        elif k == "table":
            out.append(" | ".join(b[1]))
            out.append("-+-".join("-" * len(h) for h in b[1]))
            for r in b[2]:
                out.append(" | ".join(r))
            out.append("")
        elif k == "checks":
            out.append("   ".join(("[x] " if t else "[ ] ") + lab for t, lab in b[1]))
            out.append("")
        elif k == "sig":
            for r in b[1]:
                out.append(f"{r['role']}: {r['name']}")
                out.append(f"   Datum: {r['date'] or '______________'}   Handtekening: {_sigtext(r) or '______________________'}")
            out.append("")
        elif k == "pb":
            out.append("")
    if footer:
        pages = [out[i:i + per_page] for i in range(0, len(out), per_page)]
        out2 = []
        for i, pg in enumerate(pages):
            out2 += pg + ["", footer.format(p=i + 1, n=len(pages)), "\f"]
        out = out2
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\f\n") + "\n")


def render_md(blocks, path, footer=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "sub":
            out += ["*" + b[1] + "*", ""]
        elif k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "i":
            out += ["_" + b[1] + "_", ""]
        elif k == "ph":
            out += [b[1], ""]
        elif k == "bullets":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "kv":
            out += ["| | |", "|---|---|"] + [f"| **{l}** | {v.replace(chr(10), '<br>')} |" for l, v in b[1]] + [""]
        elif k == "table":
            out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            out += ["| " + " | ".join(x.replace(chr(10), "<br>") for x in r) + " |" for r in b[2]] + [""]
        elif k == "checks":
            out += [("- [x] " if t else "- [ ] ") + lab for t, lab in b[1]] + [""]
        elif k == "sig":
            out += ["| Rol | Naam | Datum | Handtekening |", "|---|---|---|---|"]
            out += [f"| {r['role']} | {r['name']} | {r['date']} | {_sigtext(r)} |" for r in b[1]] + [""]
    if footer:
        out += ["---", footer.format(p=1, n=1)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- docx
def render_docx(blocks, path, footer=None, cc=False, cc_checks=False, header=None):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from xml.sax.saxutils import escape

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    counter = [0]

    def sdt_text(par, text, placeholder=False, alias="Tekst"):
        counter[0] += 1
        t = PLH if placeholder and not text else text
        plh = "<w:showingPlcHdr/>" if placeholder else ""
        color = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        xml = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="veld{counter[0]}"/>'
               f'<w:id w:val="{1000 + counter[0]}"/>{plh}</w:sdtPr><w:sdtContent><w:r>{color}'
               f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    def sdt_check(par, checked):
        counter[0] += 1
        v = "1" if checked else "0"
        ch = CHK if checked else UNCHK
        xml = (f'<w:sdt {W} {W14}><w:sdtPr><w:id w:val="{2000 + counter[0]}"/><w14:checkbox>'
               f'<w14:checked w14:val="{v}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
               f'<w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    def put(par, text, alias="Tekst", is_ph=False):
        if cc:
            sdt_text(par, text, placeholder=is_ph, alias=alias)
        else:
            par.add_run(text)

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            p = doc.add_paragraph()
            put(p, b[1])
        elif k == "i":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x55, 0x55, 0x99)
        elif k == "ph":
            p = doc.add_paragraph()
            if cc:
                sdt_text(p, "" if b[1] == PLH else b[1], placeholder=True)
            else:
                p.add_run(b[1])
        elif k == "bullets":
            for x in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                put(p, x)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                c = t.add_row().cells
                c[0].paragraphs[0].add_run(lab).bold = True
                if cc:
                    sdt_text(c[1].paragraphs[0], val, placeholder=(val == "" or val == PLH), alias=lab)
                else:
                    c[1].paragraphs[0].add_run(val)
            doc.add_paragraph()
        elif k == "table":
            t = doc.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in b[2]:
                c = t.add_row().cells
                for i, v in enumerate(r):
                    c[i].paragraphs[0].add_run(v)
            doc.add_paragraph()
        elif k == "checks":
            p = doc.add_paragraph()
            for t_, lab in b[1]:
                if cc_checks:
                    sdt_check(p, t_)
                    p.add_run(" " + lab + "    ")
                else:
                    p.add_run((CHK if t_ else UNCHK) + " " + lab + "    ")
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in b[1]:
                c = t.add_row().cells
                c[0].paragraphs[0].add_run(r["role"])
                c[1].paragraphs[0].add_run(r["name"])
                if cc:
                    sdt_text(c[2].paragraphs[0], r["date"], placeholder=not r["date"], alias="Datum")
                else:
                    c[2].paragraphs[0].add_run(r["date"])
                c[3].paragraphs[0].add_run(_sigtext(r))
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    sec = doc.sections[0]
    if footer:
        sec.footer.paragraphs[0].text = footer.split(" — pagina")[0]
    if header:
        sec.header.paragraphs[0].text = header
    doc.save(path)


# ---------------------------------------------------------------- odt
def render_odt(blocks, path, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(ital)
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11.5pt")):
        s = Style(name=f"Heading_{lvl}", family="paragraph", displayname=f"Heading {lvl}")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    cell = Style(name="cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)

    def table(rows, header=None):
        ncol = len(header) if header else len(rows[0])
        t = Table()
        for _ in range(ncol):
            t.addElement(TableColumn())
        allrows = ([header] if header else []) + rows
        for ri, r in enumerate(allrows):
            tr = TableRow()
            for ci, v in enumerate(r):
                tc = TableCell(stylename=cell, valuetype="string")
                p = P()
                if (header and ri == 0) or (not header and ci == 0):
                    p.addElement(Span(stylename=bold, text=v))
                else:
                    p.addText(v)
                tc.addElement(p); tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        doc.text.addElement(P())

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=hs[1], text=b[1]))
        elif k == "sub":
            p = P(); p.addElement(Span(stylename=ital, text=b[1])); doc.text.addElement(p)
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=2, stylename=hs[2], text=b[1]))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=3, stylename=hs[3], text=b[1]))
        elif k in ("p", "ph"):
            doc.text.addElement(P(text=b[1]))
        elif k == "i":
            p = P(); p.addElement(Span(stylename=ital, text=b[1])); doc.text.addElement(p)
        elif k == "bullets":
            for x in b[1]:
                doc.text.addElement(P(text="\u2022 " + x))
        elif k == "kv":
            table([[l, v] for l, v in b[1]])
        elif k == "table":
            table([list(r) for r in b[2]], header=list(b[1]))
        elif k == "checks":
            doc.text.addElement(P(text="    ".join((CHK if t else UNCHK) + " " + l for t, l in b[1])))
        elif k == "sig":
            table([[r["role"], r["name"], r["date"], _sigtext(r)] for r in b[1]],
                  header=["Rol", "Naam", "Datum", "Handtekening"])
    if footer:
        doc.text.addElement(P(text=footer.format(p=1, n=1)))
    doc.save(path)


# ---------------------------------------------------------------- reportlab pdf
_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV-I", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DV-BI", d + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    _FONTS = True


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, footer=None, scan=False, seed=0, header=None):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Flowable)
    rnd = random.Random(seed)
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    sty = {
        "title": ParagraphStyle("t", parent=base, fontName="DV-B", fontSize=16, leading=20, spaceAfter=8),
        "sub": ParagraphStyle("s", parent=base, fontName="DV-I"),
        "h1": ParagraphStyle("h1", parent=base, fontName="DV-B", fontSize=12, leading=15, spaceBefore=8),
        "h2": ParagraphStyle("h2", parent=base, fontName="DV-B", fontSize=10.5, leading=13, spaceBefore=5),
        "p": base,
        "i": ParagraphStyle("i", parent=base, fontName="DV-I", textColor=colors.HexColor("#444488")),
        "cell": ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DV-B", fontSize=9, leading=11.5, spaceAfter=0),
    }

    class Squiggle(Flowable):
        def __init__(self, w=4.2 * cm, h=0.9 * cm, s=0):
            super().__init__(); self.w, self.h = w, h; self.r = random.Random(s)

        def wrap(self, aw, ah):
            return self.w, self.h

        def draw(self):
            c = self.canv; r = self.r
            c.setStrokeColor(colors.HexColor("#1a2a6c")); c.setLineWidth(1.1)
            p = c.beginPath(); x, y = 2, self.h * 0.4; p.moveTo(x, y)
            for _ in range(7):
                x2 = x + r.uniform(8, 18)
                p.curveTo(x + r.uniform(0, 6), y + r.uniform(5, 14), x2 - r.uniform(0, 6), y - r.uniform(3, 10), x2, y + r.uniform(-3, 3))
                x = x2
            c.drawPath(p, stroke=1, fill=0)

    class Checks(Flowable):
        def __init__(self, items, s=0):
            super().__init__(); self.items = items; self.r = random.Random(s)

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 16 * ((len(self.items) + 2) // 3)

        def draw(self):
            c = self.canv; x = 0; y = self.wrap(self.aw, 0)[1] - 12
            for i, (t, lab) in enumerate(self.items):
                if i and i % 3 == 0:
                    x = 0; y -= 16
                c.setStrokeColor(colors.black); c.setLineWidth(0.7)
                c.rect(x, y, 9, 9)
                if t:
                    c.setStrokeColor(colors.HexColor("#1a2a6c")); c.setLineWidth(1.4)
                    j = lambda: self.r.uniform(-2, 2)
                    c.line(x - 1 + j(), y - 1 + j(), x + 10 + j(), y + 11 + j())
                    c.line(x - 1 + j(), y + 10 + j(), x + 10 + j(), y - 1 + j())
                c.setFillColor(colors.black); c.setFont("DV", 9)
                c.drawString(x + 14, y + 1, lab)
                x += self.aw / 3

    def P(txt, s="p"):
        return Paragraph(_esc(txt).replace("\n", "<br/>"), sty[s])

    tstyle = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("FONTNAME", (0, 0), (-1, -1), "DV")])
    story = []
    W = A4[0] - 4 * cm
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "i"):
            story.append(P(b[1], k) if b[1] else Spacer(1, 14))
        elif k == "ph":
            story.append(P(b[1]))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + _esc(x), ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-8)))
        elif k == "kv":
            data = [[P(l, "cellb"), P(v, "cell")] for l, v in b[1]]
            t = Table(data, colWidths=[W * 0.32, W * 0.68]); t.setStyle(tstyle)
            story += [t, Spacer(1, 6)]
        elif k == "table":
            n = len(b[1])
            data = [[P(h, "cellb") for h in b[1]]] + [[P(v, "cell") for v in r] for r in b[2]]
            t = Table(data, colWidths=[W / n] * n, repeatRows=1); t.setStyle(tstyle)
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            if scan:
                story.append(Checks(b[1], rnd.randint(0, 10 ** 6)))
            else:
                story.append(P("    ".join((CHK if t else UNCHK) + " " + l for t, l in b[1])))
        elif k == "sig":
            data = [[P("Rol", "cellb"), P("Naam", "cellb"), P("Datum", "cellb"), P("Handtekening", "cellb")]]
            for r in b[1]:
                if scan:
                    s = Squiggle(s=rnd.randint(0, 10 ** 6)) if r["signed"] else Spacer(1, 24)
                else:
                    s = P(_sigtext(r), "cell")
                data.append([P(r["role"], "cell"), P(r["name"], "cell"), P(r["date"], "cell"), s])
            t = Table(data, colWidths=[W * 0.25, W * 0.27, W * 0.18, W * 0.30],
                      rowHeights=[None] + [1.2 * cm] * len(b[1])); t.setStyle(tstyle)
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())

    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer.format(p=d.page, n="{n}").replace(" van {n}", ""))
        if header:
            c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, header)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fillable pdf form
def render_form(blocks, path, title_fields=True):
    """AcroForm: headings and labels are page text, the answers are field values."""
    _fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    import textwrap
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator(""); c.setProducer("")
    form = c.acroForm
    Wp, Hp = A4
    L, R = 50, Wp - 50
    y = [Hp - 60]
    n = [0]

    def need(h):
        if y[0] - h < 60:
            c.showPage(); y[0] = Hp - 60

    def name():
        n[0] += 1
        return f"veld_{n[0]:03d}"

    def wrapv(val, w, fs):
        per = max(8, int(w / (fs * 0.52)))
        lines = []
        for para in val.split("\n"):
            lines += textwrap.wrap(para, per) or [""]
        return lines

    def tfield(x, w, h, val, multi=False):
        """h is the minimum height; returns the height used."""
        fs = 8 if multi else 9
        lines = wrapv(val, w, fs) if val else [""]
        if len(lines) > 1:
            multi = True
            fs = 8
            lines = wrapv(val, w, fs)
        hh = max(h, len(lines) * (fs + 1.6) + 6)
        form.textfield(name=name(), x=x, y=y[0] - hh, width=w, height=hh, value="\n".join(lines),
                       fontName="Helvetica", fontSize=fs, borderColor=colors.grey,
                       fillColor=colors.HexColor("#eef2ff"), borderWidth=0.5,
                       fieldFlags="multiline" if multi else "", forceBorder=True)
        return hh

    def lat(s):  # Helvetica fields: keep latin-1
        return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2026", "...").replace("\u2013", "-").encode("latin-1", "replace").decode("latin-1")

    pend = []  # text destined for the next multiline field
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "i"):
            fs = {"title": 15, "sub": 9, "h1": 11.5, "h2": 10, "i": 8}[k]
            fn = {"title": "DV-B", "sub": "DV-I", "h1": "DV-B", "h2": "DV-B", "i": "DV-I"}[k]
            lines = textwrap.wrap(b[1], 95 if fs < 10 else 80) or [""]
            need(len(lines) * (fs + 4) + 8)
            y[0] -= 6 if k in ("h1", "h2") else 0
            for ln in lines:
                c.setFont(fn, fs); c.drawString(L, y[0] - fs, ln); y[0] -= fs + 4
            y[0] -= 2
        elif k in ("p", "ph", "bullets"):
            txt = b[1] if k != "bullets" else "\n".join("- " + x for x in b[1])
            txt = lat(txt)
            h = len(wrapv(txt, R - L, 8)) * 9.6 + 6
            need(max(h, 22) + 6); h = tfield(L, R - L, 22, txt, multi=True); y[0] -= h + 6
        elif k == "kv":
            for lab, val in b[1]:
                val = lat(val)
                h = len(wrapv(val, R - L - 160, 8)) * 9.6 + 6
                need(max(h, 16) + 4)
                c.setFont("DV", 9); c.drawString(L, y[0] - 11, lab)
                h = tfield(L + 160, R - L - 160, 16, val); y[0] -= h + 4
            y[0] -= 4
        elif k == "table":
            cols = len(b[1]); cw = (R - L) / cols
            need(16); c.setFont("DV-B", 8.5)
            for i, h_ in enumerate(b[1]):
                c.drawString(L + i * cw + 2, y[0] - 10, h_[:28])
            y[0] -= 14
            for r in b[2]:
                h = max(len(wrapv(lat(v), cw - 3, 8)) for v in r) * 9.6 + 6
                need(h + 2)
                for i, v in enumerate(r):
                    tfield(L + i * cw, cw - 3, h, lat(v), multi=True)
                y[0] -= h + 3
            y[0] -= 4
        elif k == "checks":
            need(18); x = L
            for t, lab in b[1]:
                form.checkbox(name=name(), x=x, y=y[0] - 12, size=10, checked=bool(t), buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white, forceBorder=True)
                c.setFont("DV", 9); c.drawString(x + 14, y[0] - 10, lab)
                x += 14 + c.stringWidth(lab, "DV", 9) + 18
            y[0] -= 20
        elif k == "sig":
            for r in b[1]:
                need(40)
                c.setFont("DV-B", 9); c.drawString(L, y[0] - 10, r["role"])
                c.setFont("DV", 8); c.drawString(L, y[0] - 22, "Naam"); c.drawString(L + 200, y[0] - 22, "Datum")
                c.drawString(L + 310, y[0] - 22, "Handtekening")
                y[0] -= 24
                tfield(L, 190, 16, lat(r["name"])); tfield(L + 200, 100, 16, lat(r["date"]))
                tfield(L + 310, R - L - 310, 16, lat(_sigtext(r)))
                y[0] -= 24
        elif k == "pb":
            c.showPage(); y[0] = Hp - 60
    c.save()


# ---------------------------------------------------------------- scan
def make_scan(src_pdf, out_pdf, workdir, seed):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = random.Random(seed)
    prefix = os.path.join(workdir, "pg")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(workdir) if f.startswith("pg") and f.endswith(".png"))
    imgs = []
    rs = np.random.RandomState(seed)
    for f in pages:
        im = Image.open(os.path.join(workdir, f)).convert("L")
        ang = rnd.uniform(-1.3, 1.3)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rs.normal(0, 11, a.shape)
        speck = rs.random_sample(a.shape) < 0.0015
        a[speck] = 40
        # uneven illumination
        h, w = a.shape
        grad = np.linspace(0, rnd.uniform(8, 22), w)[None, :]
        a = np.clip(a - grad, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert("RGB"))
    imgs[0].save(out_pdf, save_all=True, append_images=imgs[1:], resolution=110.0)
