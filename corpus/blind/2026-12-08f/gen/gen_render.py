# -*- coding: utf-8 -*-
"""Renderers: blocks -> DOCX, ODT, TXT, PDF (reportlab), scanned image-only PDF, fillable PDF form."""
import datetime as dt
import math
import os
import random
import textwrap

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"
FONTSERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BUILD = None  # set by generate.py


# ------------------------------------------------------------------ signatures
def scribble(seed, w=330, h=95, color=(20, 30, 110)):
    r = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = []
    x = 12
    y = h * 0.6
    while x < w - 20:
        x += r.uniform(4, 14)
        y = h * 0.55 + math.sin(x / r.uniform(7, 13)) * r.uniform(8, 30) + r.uniform(-6, 6)
        pts.append((x, y))
    d.line(pts, fill=color + (255,), width=3, joint="curve")
    # a flourish underline
    x0 = r.uniform(10, 40)
    d.line([(x0, h * 0.85), (w * 0.7, h * 0.78 + r.uniform(-5, 5))], fill=color + (255,), width=2)
    return img


def sig_png(seed):
    path = os.path.join(BUILD, f"sig_{seed}.png")
    if not os.path.exists(path):
        im = scribble(seed)
        bg = Image.new("RGB", im.size, "white")
        bg.paste(im, mask=im.split()[3])
        bg.save(path)
    return path


FIXED_DT = dt.datetime(2026, 1, 1, 9, 0, 0)


# ------------------------------------------------------------------ DOCX
def to_docx(blocks, path, seed, title="OPP"):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor, Cm

    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "school"
    cp.author = "school"
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sigi = [0]
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def cc_checkbox(par, checked):
        xml = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
               f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    def cc_text(par, text, placeholder):
        ph = "<w:showingPlcHdr/>" if placeholder else ""
        col = '<w:color w:val="808080"/>' if placeholder else ""
        xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Invulveld"/>{ph}<w:text/></w:sdtPr>'
               f'<w:sdtContent><w:r><w:rPr>{col}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "meta":
            r = d.add_paragraph().add_run(b[1])
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "hand_note":
            d.add_paragraph().add_run(b[1]).italic = True
        elif k == "lp":
            par = d.add_paragraph()
            par.add_run(b[1] + " ").bold = True
            if b[2]:
                par.add_run(b[2])
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "kv":
            if not b[1]:
                continue
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                row = t.add_row().cells
                row[0].text = ""
                row[0].paragraphs[0].add_run(a).bold = True
                row[1].text = v
                row[0].width = Cm(5)
            d.add_paragraph()
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, hcell in enumerate(b[1]):
                t.rows[0].cells[i].text = ""
                t.rows[0].cells[i].paragraphs[0].add_run(hcell).bold = True
            for rrow in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(rrow):
                    cells[i].text = c
            d.add_paragraph()
        elif k in ("checks", "checks_hand"):
            for c, lab in b[1]:
                d.add_paragraph(("☒ " if c else "☐ ") + lab)
        elif k == "cc_checks":
            for c, lab in b[1]:
                par = d.add_paragraph()
                cc_checkbox(par, c)
                par.add_run(" " + lab)
        elif k == "cc_text":
            par = d.add_paragraph()
            cc_text(par, b[1], b[2])
        elif k in ("sig", "sig_hand"):
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, hh in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].text = ""
                t.rows[0].cells[i].paragraphs[0].add_run(hh).bold = True
            for role, name, date, signed in b[1]:
                cells = t.add_row().cells
                cells[0].text = role
                cells[1].text = name
                cells[2].text = date
                if signed:
                    sigi[0] += 1
                    cells[3].paragraphs[0].add_run().add_picture(sig_png(seed * 10 + sigi[0]), width=Cm(3.6))
                else:
                    cells[3].text = ""
            if b[2]:
                d.add_paragraph().add_run(b[2]).italic = True
            d.add_paragraph()
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "footer":
            fp = d.sections[0].footer.paragraphs[0]
            fp.text = b[1]
            fp.runs[0].font.size = Pt(8)
    d.save(path)


# ------------------------------------------------------------------ ODT
def to_odt(blocks, path, seed):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, GraphicProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    from odf import meta, dc

    doc = OpenDocumentText()
    doc.meta.addElement(meta.CreationDate(text="2026-01-01T09:00:00"))
    doc.meta.addElement(dc.Date(text="2026-01-01T09:00:00"))
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text")
    ital.addElement(TextProperties(fontstyle="italic"))
    small = Style(name="S", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt", color="#666666"))
    tstyle = Style(name="TitleP", family="paragraph")
    tstyle.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    for s in (bold, ital, small, tstyle, cell):
        doc.automaticstyles.addElement(s)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    fr = Style(name="fr", family="graphic")
    fr.addElement(GraphicProperties(wrap="none"))
    doc.automaticstyles.addElement(fr)
    T = doc.text
    ti = [0]
    sigi = [0]

    def table(rows, hdr=None):
        ti[0] += 1
        ncol = len(rows[0]) if rows else len(hdr)
        t = Table(name=f"Tabel{ti[0]}")
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([hdr] if hdr else []) + rows
        for ri, rr in enumerate(allrows):
            tr = TableRow()
            for ci, c in enumerate(rr):
                tc = TableCell(stylename=cell)
                if isinstance(c, tuple):  # image
                    par = P()
                    href = doc.addPicture(c[1])
                    f = Frame(stylename=fr, width="3.4cm", height="1cm", anchortype="as-char")
                    f.addElement(DImage(href=href))
                    par.addElement(f)
                    tc.addElement(par)
                else:
                    for line in (c.split("\n") if c else [""]):
                        par = P()
                        if (hdr and ri == 0) or (ci == 0 and len(rr) == 2):
                            par.addElement(Span(stylename=bold, text=line))
                        else:
                            par.addText(line)
                        tc.addElement(par)
                tr.addElement(tc)
            t.addElement(tr)
        T.addElement(t)
        T.addElement(P())

    for b in blocks:
        k = b[0]
        if k == "title":
            T.addElement(P(stylename=tstyle, text=b[1]))
        elif k == "h1":
            T.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            T.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "meta":
            for line in b[1].split("\n"):
                T.addElement(P(stylename=small, text=line))
        elif k == "p":
            T.addElement(P(text=b[1]))
        elif k == "hand_note":
            par = P()
            par.addElement(Span(stylename=ital, text=b[1]))
            T.addElement(par)
        elif k == "lp":
            par = P()
            par.addElement(Span(stylename=bold, text=b[1] + " "))
            par.addText(b[2])
            T.addElement(par)
        elif k == "bullets":
            for x in b[1]:
                T.addElement(P(text="• " + x))
        elif k == "kv":
            if b[1]:
                table([[a, v] for a, v in b[1]])
        elif k == "table":
            table([list(r) for r in b[2]], list(b[1]))
        elif k in ("checks", "checks_hand", "cc_checks"):
            for c, lab in b[1]:
                T.addElement(P(text=("☒ " if c else "☐ ") + lab))
        elif k == "cc_text":
            T.addElement(P(text=b[1]))
        elif k in ("sig", "sig_hand"):
            rows = []
            for role, name, date, signed in b[1]:
                if signed:
                    sigi[0] += 1
                    rows.append([role, name, date, ("img", sig_png(seed * 10 + sigi[0]))])
                else:
                    rows.append([role, name, date, ""])
            table(rows, ["Rol", "Naam", "Datum", "Handtekening"])
            if b[2]:
                par = P()
                par.addElement(Span(stylename=ital, text=b[2]))
                T.addElement(par)
        elif k == "pagebreak":
            pass
        elif k == "footer":
            T.addElement(P(stylename=small, text=b[1]))
    doc.save(path)


# ------------------------------------------------------------------ TXT
def to_txt(blocks, path, footer_every=None):
    lines = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == "title":
            lines += ["", b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h1":
            lines += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            lines += ["", b[1]]
        elif k == "meta":
            lines += b[1].split("\n")
        elif k in ("p", "hand_note", "cc_text"):
            lines += textwrap.wrap(b[1], 92) or [""]
        elif k == "lp":
            lines += textwrap.wrap(b[1] + " " + b[2], 92)
            lines.append("")
        elif k == "bullets":
            for x in b[1]:
                w = textwrap.wrap(x, 88)
                lines += ["  - " + w[0]] + ["    " + y for y in w[1:]]
        elif k == "kv":
            for a, v in b[1]:
                vv = v.split("\n")
                first = True
                for seg in vv:
                    w = textwrap.wrap(seg, 62) or [""]
                    for y in w:
                        lines.append(f"{(a + ':') if first else '':<30}{y}")
                        first = False
        elif k == "table":
            lines.append(" | ".join(b[1]))
            for r in b[2]:
                lines.append(" | ".join(r))
        elif k in ("checks", "checks_hand", "cc_checks"):
            for c, lab in b[1]:
                lines.append(("[X] " if c else "[ ] ") + lab)
        elif k in ("sig", "sig_hand"):
            for role, name, date, signed in b[1]:
                lines.append(f"Naam {role}: {name or '______________________'}   Datum: {date or '__-__-____'}")
                lines.append("Handtekening: " + ("(ondertekend)" if signed else "______________________"))
            if b[2]:
                lines.append(b[2])
        elif k == "pagebreak":
            lines.append("\f")
        elif k == "footer":
            footer = b[1]
    if footer and footer_every:
        out = []
        n = 0
        page = 1
        total = len(lines) // footer_every + 1
        for ln in lines:
            out.append(ln)
            n += 1
            if n == footer_every:
                out += ["", f"{footer} | pagina {page} van {total}", "\f"]
                n = 0
                page += 1
        out += ["", f"{footer} | pagina {page} van {total}"]
        lines = out
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")


# ------------------------------------------------------------------ PDF (reportlab)
def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        pdfmetrics.registerFont(TTFont("DVI", FONTI))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks, path, seed, accent="#1f4e79", title="OPP"):
    _rl_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RLImage)

    S = {"p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13, spaceAfter=4),
         "title": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=8, textColor=colors.HexColor(accent)),
         "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor(accent)),
         "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=3),
         "meta": ParagraphStyle("m", fontName="DV", fontSize=7.5, leading=10, textColor=colors.grey),
         "cell": ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11.5),
         "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=8.8, leading=11.5),
         "i": ParagraphStyle("i", fontName="DVI", fontSize=9.5, leading=13)}
    story = []
    footer = [None]
    sigi = [0]
    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "meta", "p"):
            story.append(Paragraph(esc(b[1]), S[k]))
        elif k == "hand_note":
            story.append(Paragraph(esc(b[1]), S["i"]))
        elif k == "lp":
            story.append(Paragraph(f"<b>{esc(b[1])}</b> {esc(b[2])}", S["p"]))
        elif k == "cc_text":
            story.append(Paragraph(esc(b[1]), S["p"]))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + esc(x), S["p"]))
        elif k == "kv":
            if not b[1]:
                continue
            data = [[Paragraph(esc(a), S["cellb"]), Paragraph(esc(v), S["cell"])] for a, v in b[1]]
            t = Table(data, colWidths=[W * 0.3, W * 0.7])
            t.setStyle(grid)
            story += [t, Spacer(1, 6)]
        elif k == "table":
            n = len(b[1])
            data = [[Paragraph(esc(h), S["cellb"]) for h in b[1]]] + [[Paragraph(esc(c), S["cell"]) for c in r] for r in b[2]]
            cw = [W / n] * n
            if n == 4:
                cw = [W * 0.36, W * 0.26, W * 0.2, W * 0.18]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(grid)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]))
            story += [t, Spacer(1, 6)]
        elif k in ("checks", "checks_hand", "cc_checks"):
            for c, lab in b[1]:
                story.append(Paragraph(("☒ " if c else "☐ ") + esc(lab), S["p"]))
        elif k in ("sig", "sig_hand"):
            data = [[Paragraph(h, S["cellb"]) for h in ["Rol", "Naam", "Datum", "Handtekening"]]]
            for role, name, date, signed in b[1]:
                if signed:
                    sigi[0] += 1
                    im = RLImage(sig_png(seed * 10 + sigi[0]), width=3.3 * cm, height=0.95 * cm)
                else:
                    im = Paragraph("", S["cell"])
                data.append([Paragraph(esc(role), S["cell"]), Paragraph(esc(name), S["cell"]), Paragraph(esc(date), S["cell"]), im])
            t = Table(data, colWidths=[W * 0.22, W * 0.33, W * 0.15, W * 0.3], rowHeights=[None] + [1.3 * cm] * len(b[1]))
            t.setStyle(grid)
            story.append(t)
            if b[2]:
                story.append(Paragraph(esc(b[2]), S["i"]))
            story.append(Spacer(1, 6))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "footer":
            footer[0] = b[1]

    def onpage(c, docobj):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.grey)
        txt = f"pagina {docobj.page}"
        if footer[0]:
            txt = footer[0] + " | " + txt
        c.drawString(2 * cm, 1.2 * cm, txt)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title=title, author="school", creator="school", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ scan (PIL page images -> image-only PDF)
class PageCanvas:
    def __init__(self, seed, dpi=150):
        self.W, self.Hh = int(8.27 * dpi), int(11.69 * dpi)
        self.m = int(0.9 * dpi)
        self.pages = []
        self.segs = []
        self.seg = 0
        self.r = random.Random(seed)
        self.seed = seed
        self.f = {k: ImageFont.truetype(FONTB if k in ("title", "h1", "h2", "b") else FONT, s)
                  for k, s in [("title", 34), ("h1", 25), ("h2", 21), ("p", 19), ("b", 19), ("meta", 15)]}
        self.hand = ImageFont.truetype(FONTI, 24)
        self.new_page()

    def new_page(self):
        self.img = Image.new("RGB", (self.W, self.Hh), "white")
        self.d = ImageDraw.Draw(self.img)
        self.y = self.m
        self.pages.append(self.img)
        self.segs.append(self.seg)

    def need(self, h):
        if self.y + h > self.Hh - self.m:
            self.new_page()

    def wrap(self, text, font, width):
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                t = (cur + " " + w).strip()
                if font.getlength(t) <= width:
                    cur = t
                else:
                    if cur:
                        out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def text(self, text, kind="p", indent=0, gap=6):
        font = self.f[kind]
        lh = int(font.size * 1.35)
        for line in self.wrap(text, font, self.W - 2 * self.m - indent):
            self.need(lh)
            self.d.text((self.m + indent, self.y), line, font=font, fill="black")
            self.y += lh
        self.y += gap

    def box(self, x, y, s=18):
        self.d.rectangle([x, y, x + s, y + s], outline="black", width=2)

    def hand_tick(self, x, y):
        r = self.r
        pts = [(x + 1 + r.uniform(-2, 2), y + 9), (x + 8, y + 17 + r.uniform(-1, 1)), (x + 25 + r.uniform(-3, 3), y - 3)]
        self.d.line(pts, fill=(25, 35, 120), width=4, joint="curve")

    def checks(self, items, hand=False):
        for c, lab in items:
            self.need(30)
            x = self.m + 6
            self.box(x, self.y + 3)
            if c and not hand:
                self.d.line([(x + 3, self.y + 6), (x + 15, self.y + 18)], fill="black", width=2)
                self.d.line([(x + 15, self.y + 6), (x + 3, self.y + 18)], fill="black", width=2)
            if c and hand:
                self.hand_tick(x, self.y + 3)
            self.text(lab, "p", indent=36, gap=2)

    def table(self, rows, widths, bold_first_col=False, hdr=None, row_min=0):
        font = self.f["p"]
        lh = int(font.size * 1.3)
        tw = self.W - 2 * self.m
        ws = [int(tw * w) for w in widths]
        allrows = ([hdr] if hdr else []) + rows
        for ri, row in enumerate(allrows):
            cells = []
            for ci, c in enumerate(row):
                if isinstance(c, tuple):
                    cells.append(c)
                else:
                    cells.append(self.wrap(c or "", self.f["b"] if ((hdr and ri == 0) or (bold_first_col and ci == 0)) else font, ws[ci] - 12))
            h = max([len(c) * lh if isinstance(c, list) else 0 for c in cells] + [row_min]) + 12
            self.need(h)
            x = self.m
            for ci, c in enumerate(cells):
                self.d.rectangle([x, self.y, x + ws[ci], self.y + h], outline="black", width=1)
                if isinstance(c, list):
                    fb = self.f["b"] if ((hdr and ri == 0) or (bold_first_col and ci == 0)) else font
                    for li, line in enumerate(c):
                        self.d.text((x + 6, self.y + 6 + li * lh), line, font=fb, fill="black")
                else:
                    kind = c[0]
                    if kind == "sig":
                        sc = scribble(c[1], w=min(ws[ci] - 10, 300), h=int(h - 8))
                        self.img.paste(sc, (x + 5, self.y + 4), sc)
                    elif kind == "handdate":
                        self.handwrite(c[1], x + 8, self.y + 10)
                x += ws[ci]
            self.y += h
        self.y += 10

    def handwrite(self, text, x, y, angle=None):
        r = self.r
        ang = angle if angle is not None else r.uniform(-6, 4)
        tmp = Image.new("RGBA", (int(self.hand.getlength(text)) + 20, 50), (255, 255, 255, 0))
        ImageDraw.Draw(tmp).text((5, 5), text, font=self.hand, fill=(25, 35, 120, 255))
        tmp = tmp.rotate(ang, expand=True, resample=Image.BICUBIC)
        self.img.paste(tmp, (int(x), int(y)), tmp)


def to_scan(blocks, path, seed, drop_segments=(), stamp=None, contrast=0.75, skew=1.2, extra_hand=None, noise=14,
            ocr_hint=None):
    pc = PageCanvas(seed)
    sigi = [0]
    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2", "meta", "p"):
            pc.text(b[1], k, gap=10 if k in ("h1", "title") else 6)
        elif k == "cc_text":
            pc.text(b[1])
        elif k == "hand_note":
            pc.need(50)
            pc.handwrite(b[1], pc.m + 20, pc.y)
            pc.y += 50
        elif k == "lp":
            pc.text(b[1] + " " + b[2])
        elif k == "bullets":
            for x in b[1]:
                pc.text("•  " + x, indent=10, gap=2)
            pc.y += 6
        elif k == "kv":
            if b[1]:
                pc.table([[a, v] for a, v in b[1]], [0.3, 0.7], bold_first_col=True)
        elif k == "table":
            n = len(b[1])
            w = [0.36, 0.26, 0.2, 0.18] if n == 4 else [1 / n] * n
            pc.table([list(r) for r in b[2]], w, hdr=list(b[1]))
        elif k in ("checks", "cc_checks"):
            pc.checks(b[1])
        elif k == "checks_hand":
            pc.checks(b[1], hand=True)
        elif k in ("sig", "sig_hand"):
            rows = []
            for role, name, date, signed in b[1]:
                sigi[0] += 1
                if k == "sig_hand":
                    dcell = ("handdate", date) if date else ""
                    rows.append([role, name, dcell, ("sig", seed * 10 + sigi[0]) if signed else ""])
                else:
                    rows.append([role, name, date, ("sig", seed * 10 + sigi[0]) if signed else ""])
            pc.table(rows, [0.22, 0.33, 0.17, 0.28], hdr=["Rol", "Naam", "Datum", "Handtekening"], row_min=70)
            if b[2]:
                if k == "sig_hand":
                    pc.need(50)
                    pc.handwrite(b[2], pc.m + 300, pc.y, angle=-3)
                    pc.y += 50
                else:
                    pc.text(b[2])
        elif k == "pagebreak":
            pc.seg += 1
            pc.new_page()
        elif k == "footer":
            pass
    pages = pc.pages
    n = len(pages)
    # page numbers as printed
    for i, im in enumerate(pages):
        d = ImageDraw.Draw(im)
        d.text((pc.m, pc.Hh - pc.m + 30), f"pagina {i + 1} van {n}", font=pc.f["meta"], fill="black")
    r = random.Random(seed + 7)
    out = []
    for i, im in enumerate(pages):
        if pc.segs[i] in drop_segments:
            continue
        if stamp and stamp[0] == i:
            st = Image.new("RGBA", (420, 200), (255, 255, 255, 0))
            sd = ImageDraw.Draw(st)
            sd.rounded_rectangle([4, 4, 414, 194], radius=18, outline=(170, 30, 40, 200), width=5)
            f1 = ImageFont.truetype(FONTB, 30)
            f2 = ImageFont.truetype(FONT, 22)
            sd.text((24, 22), stamp[1], font=f1, fill=(170, 30, 40, 200))
            sd.text((24, 80), stamp[2], font=f2, fill=(170, 30, 40, 200))
            sd.text((24, 120), stamp[3], font=f2, fill=(170, 30, 40, 200))
            st = st.rotate(r.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
            im.paste(st, (int(im.width * 0.52), int(stamp[4] if len(stamp) > 4 else 120)), st)
        if extra_hand and extra_hand[0] == i:
            pc.img = im
            pc.d = ImageDraw.Draw(im)
            pc.handwrite(extra_hand[1], extra_hand[2], extra_hand[3])
        g = im.convert("L")
        a = np.asarray(g).astype(np.float32)
        lo = 255 * (1 - contrast) * 0.55
        a = lo + a * contrast
        a = a + np.random.RandomState(seed + i).normal(0, noise, a.shape)
        # uneven lighting
        yy = np.linspace(0, 1, a.shape[0])[:, None]
        a = a - 18 * yy * r.uniform(0.5, 1.0)
        a = np.clip(a, 0, 255).astype(np.uint8)
        g = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        ang = r.uniform(-skew, skew)
        g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(lo + 200 * contrast))
        g = g.resize((int(g.width * 0.8), int(g.height * 0.8)), Image.BILINEAR)
        out.append(g)
    out[0].save(path, save_all=True, append_images=out[1:], resolution=120.0)
    return n


# ------------------------------------------------------------------ fillable PDF form
def to_form(fields, path, title, subtitle, seed):
    """fields: list of (label, value, kind) kind in text|multiline|check|sigpad.
    For check: value is list of (bool,label)."""
    _rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("school")
    W, Hh = A4
    y = Hh - 2 * cm

    def top():
        nonlocal y
        c.setFont("DVB", 15)
        c.setFillColor(colors.HexColor("#2c5f2d"))
        c.drawString(2 * cm, y, title)
        c.setFillColor(colors.black)
        c.setFont("DV", 8)
        c.drawString(2 * cm, y - 14, subtitle)
        y -= 34
    top()
    form = c.acroForm
    fi = 0
    for label, value, kind in fields:
        fi += 1
        need = {"text": 30, "multiline": (max(40, sum(len(textwrap.wrap(x, 112) or [""]) for x in value.split("\n")) * 10 + 8) + 14) if kind == "multiline" else 0, "check": 18 * (len(value) if kind == "check" else 1) + 18, "sigpad": 70}[kind]
        if y - need < 2.2 * cm:
            c.setFont("DV", 7)
            c.drawString(2 * cm, 1.2 * cm, "Formulier OPP - invulbaar PDF")
            c.showPage()
            y = Hh - 2 * cm
            top()
        c.setFont("DVB", 8.5)
        c.drawString(2 * cm, y, label)
        y -= 4
        if kind == "text":
            form.textfield(name=f"f{fi}", value=value, x=2 * cm, y=y - 18, width=W - 4 * cm, height=17,
                           fontName="Helvetica", fontSize=8.5, borderWidth=0.6, borderColor=colors.black,
                           fillColor=colors.HexColor("#eef3fb"), forceBorder=True)
            y -= 26
        elif kind == "multiline":
            lines = []
            for seg in value.split("\n"):
                lines += textwrap.wrap(seg, 112) or [""]
            value = "\n".join(lines) if value else ""
            hh = max(40, len(lines) * 10 + 8)
            form.textfield(name=f"f{fi}", value=value, x=2 * cm, y=y - hh - 2, width=W - 4 * cm, height=hh,
                           fontName="Helvetica", fontSize=8, borderWidth=0.6, borderColor=colors.black,
                           fillColor=colors.HexColor("#eef3fb"), fieldFlags="multiline", forceBorder=True)
            y -= hh + 10
        elif kind == "check":
            y -= 2
            for j, (chk, lab) in enumerate(value):
                form.checkbox(name=f"f{fi}_{j}", x=2.1 * cm, y=y - 13, size=11, checked=chk, buttonStyle="cross",
                              borderWidth=0.6, borderColor=colors.black, fillColor=colors.white, forceBorder=True)
                c.setFont("DV", 8.5)
                c.drawString(2.7 * cm, y - 11, lab)
                y -= 17
            y -= 6
        elif kind == "sigpad":
            c.rect(2 * cm, y - 60, 8 * cm, 56)
            if value:
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(sig_png(seed * 10 + fi)), 2.2 * cm, y - 56, width=6 * cm, height=1.6 * cm)
            y -= 66
    c.setFont("DV", 7)
    c.drawString(2 * cm, 1.2 * cm, "Formulier OPP - invulbaar PDF")
    c.save()
