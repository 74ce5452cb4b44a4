# -*- coding: utf-8 -*-
"""Writers for the abstract blocks: docx, pdf (reportlab), fillable pdf form, txt, md; soffice conversion; scans."""
import datetime as dt
import io
import math
import os
import random
import shutil
import subprocess

from content import Checks, Goals, as_text

FIXED = dt.datetime(2026, 12, 8, 9, 0, 0)
SQ = "~SQUIGGLE~"


def cell_text(v):
    v = as_text(v) if v is not None else ""
    return v.replace(SQ, "[handtekening]")


# ------------------------------------------------------------------ squiggle image
def squiggle_png(seed, path):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("L", (360, 90), 255)
    dr = ImageDraw.Draw(im)
    pts = []
    for i in range(60):
        x = 10 + i * 5.5
        y = 45 + 25 * math.sin(i * 0.55 + r.random()) * (0.6 + 0.4 * r.random()) - (i % 9) * 1.5
        pts.append((x, y))
    dr.line(pts, fill=20, width=3)
    dr.line([(30, 70), (300, 58)], fill=40, width=2)
    im.save(path)
    return path


# ------------------------------------------------------------------ DOCX
def render_docx(blocks, path, header=None, footer=None, ctrl=False, tickctrl=False, seed=1, page_field=True):
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "Leerlingadministratie"
    cp.last_modified_by = "Leerlingadministratie"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        p = sec.footer.paragraphs[0]
        p.text = footer
        if page_field:
            p.add_run(" | pagina ")
            for instr in ("PAGE",):
                p._p.append(parse_xml(r'<w:fldSimple %s w:instr="%s"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (nsdecls("w"), instr)))
    sqn = [0]

    def checkbox_run(par, checked):
        if tickctrl:
            xml = ('<w:sdt %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                   '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                   ) % (nsdecls("w", "w14"), 1 if checked else 0, "☒" if checked else "☐")
            par._p.append(parse_xml(xml))
        else:
            par.add_run("☒" if checked else "☐")
        par.add_run(" ")

    def add_ctrl(container_el, label, value, placeholder):
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paras = ""
        for line in (value.split("\n") if value else [""]):
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
            paras += '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(line))
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
               % (nsdecls("w"), esc(label), esc(label.lower().replace(" ", "_")[:30]), "<w:showingPlcHdr/>" if placeholder else "", paras))
        container_el.append(parse_xml(xml))

    def fill_cell(cell, v, bold=False):
        cell.text = ""
        if isinstance(v, Checks):
            p = cell.paragraphs[0]
            if v.label:
                p.add_run(v.label)
                p = cell.add_paragraph()
            for i, (t, bb) in enumerate(v.opts):
                if i:
                    p = cell.add_paragraph()
                checkbox_run(p, bb)
                p.add_run(t)
            return
        txt = as_text(v) if v is not None else ""
        if ctrl and not bold:
            tc = cell._tc
            for p in list(tc.findall(qn("w:p"))):
                tc.remove(p)
            add_ctrl(tc, "veld", txt, txt.startswith("Klik of tik"))
            return
        lines = txt.split("\n")
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if line == SQ:
                sqn[0] += 1
                png = os.path.join(os.path.dirname(path), ".sq%d_%d.png" % (seed, sqn[0]))
                squiggle_png(seed * 100 + sqn[0], png)
                p.add_run().add_picture(png, width=Cm(2.6))
                os.remove(png)
                continue
            r = p.add_run(line)
            r.bold = bold

    for bl in blocks:
        k = bl[0]
        if k == "title":
            doc.add_heading(bl[1], 0)
        elif k == "sub":
            p = doc.add_paragraph()
            r = p.add_run(bl[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x33, 0x55, 0x88)
        elif k == "h1":
            doc.add_heading(bl[1], 1)
        elif k == "h2":
            doc.add_heading(bl[1], 2)
        elif k == "p":
            t = bl[1]
            if t.startswith("- "):
                doc.add_paragraph(t[2:], style="List Bullet")
            else:
                doc.add_paragraph(t)
        elif k == "small":
            p = doc.add_paragraph()
            r = p.add_run(bl[1])
            r.font.size = Pt(8)
        elif k == "lp":
            p = doc.add_paragraph()
            p.add_run(bl[1]).bold = True
            p.add_run(bl[2])
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, v in bl[1]:
                row = t.add_row().cells
                fill_cell(row[0], lab, bold=True)
                fill_cell(row[1], v)
            doc.add_paragraph()
        elif k == "grid":
            t = doc.add_table(rows=1, cols=len(bl[1]))
            t.style = "Table Grid"
            for i, h in enumerate(bl[1]):
                fill_cell(t.rows[0].cells[i], h, bold=True)
            for r in bl[2]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph()
        elif k == "checks":
            if bl[1]:
                doc.add_paragraph(bl[1])
            for t, bb in bl[2]:
                p = doc.add_paragraph()
                checkbox_run(p, bb)
                p.add_run(t)
        elif k == "sign":
            t = doc.add_table(rows=1, cols=len(bl[1]))
            t.style = "Table Grid"
            for i, h in enumerate(bl[1]):
                fill_cell(t.rows[0].cells[i], h, bold=True)
            for r in bl[2]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    if ctrl:
                        cells[i].text = v.replace(SQ, "")
                    else:
                        fill_cell(cells[i], v if v else "")
                cells[3].paragraphs[-1].add_run("\n\n")
            doc.add_paragraph()
        elif k == "ctrl":
            if ctrl:
                add_ctrl(doc.element.body, bl[1], bl[2], bl[3])
                # keep sectPr last
                body = doc.element.body
                sp = body.find(qn("w:sectPr"))
                if sp is not None:
                    body.remove(sp)
                    body.append(sp)
            else:
                for line in (bl[2].split("\n") if bl[2] else [""]):
                    doc.add_paragraph(line)
        elif k == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    fix_zip(path)


def fix_zip(path):
    """rewrite a zip container with fixed entry timestamps so the bytes do not depend on the clock"""
    import zipfile
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ PDF via reportlab (platypus)
_fonts = [False]


def _reg():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVBI", base + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVBI")
    _fonts[0] = True


def render_pdf(blocks, path, header=None, footer=None, seed=1, style="plain"):
    from reportlab import rl_config
    rl_config.invariant = 1
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from xml.sax.saxutils import escape

    accent = {"plain": colors.HexColor("#1f4e79"), "green": colors.HexColor("#2e6b3a"), "red": colors.HexColor("#8a2331"),
              "grey": colors.HexColor("#444444")}[style]
    S = lambda **kw: ParagraphStyle("x", fontName="DV", fontSize=9.5, leading=12.5, **kw)
    sN = S()
    sT = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, textColor=accent, spaceAfter=6)
    sS = ParagraphStyle("s", fontName="DVI", fontSize=9, leading=11, textColor=colors.HexColor("#555555"), spaceAfter=4)
    sH1 = ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, textColor=accent, spaceBefore=10, spaceAfter=4)
    sH2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=2)
    sSm = ParagraphStyle("sm", fontName="DV", fontSize=7.5, leading=9.5)
    sB = ParagraphStyle("b", fontName="DVB", fontSize=9, leading=11.5)
    sC = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11.5)

    class Squig(Flowable):
        def __init__(self, s):
            Flowable.__init__(self)
            self.s = s
            self.width, self.height = 70, 22

        def draw(self):
            r = random.Random(self.s)
            c = self.canv
            c.setLineWidth(1.1)
            c.setStrokeColor(colors.HexColor("#1a1a5a"))
            p = c.beginPath()
            p.moveTo(2, 10)
            x = 2
            for i in range(7):
                x2 = x + 9
                p.curveTo(x + 3, 22 * r.random(), x + 6, -4 + 20 * r.random(), x2, 4 + 14 * r.random())
                x = x2
            c.drawPath(p, stroke=1, fill=0)
            c.line(5, 3 + r.random() * 3, 60, 6)

    sqc = [0]

    def P(t, s=sN):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    def cell(v, s=sC):
        if isinstance(v, str) and v.strip() == SQ:
            sqc[0] += 1
            return Squig(seed * 100 + sqc[0])
        return P(cell_text(v), s)

    story = []
    W = A4[0] - 4 * cm
    grid_style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf2"))])
    for bl in blocks:
        k = bl[0]
        if k == "title":
            story.append(P(bl[1], sT))
        elif k == "sub":
            story.append(P(bl[1], sS))
        elif k == "h1":
            story.append(P(bl[1], sH1))
        elif k == "h2":
            story.append(P(bl[1], sH2))
        elif k == "p":
            t = bl[1]
            story.append(P(("• " + t[2:]) if t.startswith("- ") else t))
            story.append(Spacer(1, 2))
        elif k == "small":
            story.append(P(bl[1], sSm))
        elif k == "lp":
            story.append(Paragraph("<b>%s</b>%s" % (escape(bl[1]), escape(bl[2])), sN))
            story.append(Spacer(1, 3))
        elif k == "kv":
            data = [[cell(lab, sB), cell(v)] for lab, v in bl[1]]
            t = Table(data, colWidths=[W * 0.3, W * 0.7])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4"))]))
            story += [t, Spacer(1, 6)]
        elif k in ("grid", "sign"):
            n = len(bl[1])
            data = [[cell(h, sB) for h in bl[1]]] + [[cell(v) for v in r] for r in bl[2]]
            if k == "sign":
                cw = [W * 0.24, W * 0.3, W * 0.16, W * 0.3]
                t = Table(data, colWidths=cw, rowHeights=[None] + [30] * len(bl[2]))
            else:
                t = Table(data, colWidths=[W / n] * n)
            t.setStyle(grid_style)
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            if bl[1]:
                story.append(P(bl[1]))
            for t, b in bl[2]:
                story.append(P(("☒ " if b else "☐ ") + t))
        elif k == "ctrl":
            data = [[cell(bl[2] if bl[2] else " ")]]
            t = Table(data, colWidths=[W])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999"))]))
            story += [t, Spacer(1, 4)]
        elif k == "pb":
            story.append(PageBreak())

    def onpage(c, docx):
        c.saveState()
        c.setFont("DV", 7.5)
        if header:
            c.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            c.drawString(2 * cm, 1.1 * cm, footer.replace("{page}", str(c.getPageNumber())))
        c.setStrokeColor(accent)
        c.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable PDF form (AcroForm)
def render_form(blocks, path, header=None, footer=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    _reg()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    L, R = 2 * cm, W - 2 * cm
    y = [H - 2.2 * cm]
    fid = [0]
    page = [1]

    def deco():
        c.setFont("DV", 7.5)
        if header:
            c.drawString(L, H - 1.2 * cm, header)
        if footer:
            c.drawString(L, 1.1 * cm, footer.replace("{page}", str(page[0])))

    deco()

    def need(h):
        if y[0] - h < 2 * cm:
            c.showPage()
            page[0] += 1
            deco()
            y[0] = H - 2.2 * cm

    def text(t, font="DV", size=9.5, lead=12.5):
        for line in simpleSplit(t, font, size, R - L) or [""]:
            need(lead)
            c.setFont(font, size)
            c.drawString(L, y[0] - size, line)
            y[0] -= lead

    def field(label, value, h_lines=None, width=None, x=None):
        fid[0] += 1
        v = cell_text(value) if value is not None else ""
        v = v.replace("[handtekening]", "")
        v = v.replace("€", "EUR")
        lines = []
        for para in v.split("\n"):
            lines += simpleSplit(para, "Helvetica", 9, (width or (R - L)) - 8) or [""]
        n = min(max(len(lines), h_lines or 1), 18)
        v = "\n".join(lines)
        h = 12 * n + 6
        need(h + (12 if label else 0))
        if label:
            c.setFont("DVB", 8.5)
            c.drawString(x or L, y[0] - 9, label)
            y[0] -= 12
        c.acroForm.textfield(name="f%03d" % fid[0], tooltip=label or "veld", x=x or L, y=y[0] - h, width=width or (R - L), height=h,
                             value=v.encode("latin-1", "replace").decode("latin-1"), fontName="Helvetica", fontSize=9,
                             borderColor=colors.HexColor("#777777"), fillColor=colors.HexColor("#f4f7fb"), textColor=colors.black,
                             fieldFlags="multiline", forceBorder=True)
        y[0] -= h + 6

    def checkbox(label, val):
        fid[0] += 1
        need(16)
        c.acroForm.checkbox(name="c%03d" % fid[0], tooltip=label, x=L, y=y[0] - 12, size=11, checked=bool(val), buttonStyle="cross",
                            borderColor=colors.black, fillColor=colors.white, forceBorder=True)
        c.setFont("DV", 9.5)
        c.drawString(L + 16, y[0] - 10, label)
        y[0] -= 16

    for bl in blocks:
        k = bl[0]
        if k == "title":
            text(bl[1], "DVB", 16, 20)
        elif k == "sub":
            text(bl[1], "DVI", 9, 12)
            y[0] -= 4
        elif k in ("h1", "h2"):
            y[0] -= 5
            text(bl[1], "DVB", 11 if k == "h1" else 10, 14)
        elif k in ("p", "small", "lp"):
            t = bl[1] if k != "lp" else bl[1] + bl[2]
            text(t, "DV", 9.5 if k != "small" else 7.5, 12.5 if k != "small" else 9.5)
        elif k == "kv":
            for lab, v in bl[1]:
                if isinstance(v, Checks):
                    text(lab, "DVB", 8.5, 12)
                    for t, b in v.opts:
                        checkbox(t, b)
                else:
                    field(lab, v)
        elif k == "ctrl":
            field("", bl[2])
        elif k == "checks":
            if bl[1]:
                text(bl[1])
            for t, b in bl[2]:
                checkbox(t, b)
        elif k == "grid":
            for r in bl[2]:
                field(" / ".join(bl[1][:1]) + ": " + r[0], "\n".join("%s: %s" % (h, v) for h, v in zip(bl[1][1:], r[1:])))
        elif k == "sign":
            for r in bl[2]:
                need(48)
                c.setFont("DVB", 8.5)
                c.drawString(L, y[0] - 9, r[0])
                y[0] -= 12
                w = (R - L) / 3 - 4
                yy = y[0]
                for j, (lab, v) in enumerate(zip(["Naam", "Datum", "Handtekening"], r[1:])):
                    y[0] = yy
                    fid[0] += 1
                    c.setFont("DV", 7)
                    c.drawString(L + j * (w + 6), y[0] - 7, lab)
                    c.acroForm.textfield(name="s%03d" % fid[0], tooltip=r[0] + " " + lab, x=L + j * (w + 6), y=y[0] - 30, width=w, height=20,
                                         value=cell_text(v).replace("[handtekening]", "").encode("latin-1", "replace").decode("latin-1"),
                                         fontName="Helvetica", fontSize=9, borderColor=colors.HexColor("#777777"),
                                         fillColor=colors.HexColor("#f4f7fb"), textColor=colors.black, forceBorder=True)
                y[0] = yy - 36
        elif k == "pb":
            c.showPage()
            page[0] += 1
            deco()
            y[0] = H - 2.2 * cm
    c.save()


# ------------------------------------------------------------------ TXT / MD
def render_txt(blocks, path, header=None, footer=None):
    out = []
    if header:
        out += [header, ""]
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out += [bl[1].upper(), "=" * len(bl[1]), ""]
        elif k == "sub":
            out += [bl[1], ""]
        elif k == "h1":
            out += ["", bl[1], "-" * len(bl[1])]
        elif k == "h2":
            out += ["", bl[1]]
        elif k in ("p", "small"):
            out.append(bl[1])
        elif k == "lp":
            out += ["", bl[1] + bl[2]]
        elif k == "kv":
            for lab, v in bl[1]:
                t = cell_text(v).split("\n")
                out.append("%-28s %s" % (lab + ":", t[0]))
                out += [" " * 29 + x for x in t[1:]]
            out.append("")
        elif k in ("grid", "sign"):
            if k == "sign":
                for r in bl[2]:
                    out.append("%s: %s   datum: %s   handtekening: %s" % (r[0], r[1] or "____________________", r[2] or "__-__-____",
                                                                        cell_text(r[3]) or "____________________"))
            else:
                out.append(" | ".join(bl[1]))
                for r in bl[2]:
                    out.append(" | ".join(r))
            out.append("")
        elif k == "checks":
            if bl[1]:
                out.append(bl[1])
            out += [("[x] " if b else "[ ] ") + t for t, b in bl[2]]
        elif k == "ctrl":
            out.append(bl[2])
        elif k == "pb":
            out += ["", "\f"]
    if footer:
        out += ["", footer.replace("{page}", "1")]
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


def render_md(blocks, path, header=None, footer=None):
    out = []
    if header:
        out += ["> " + header, ""]
    esc = lambda s: cell_text(s).replace("|", "/").replace("\n", "<br>")
    for bl in blocks:
        k = bl[0]
        if k == "title":
            out += ["# " + bl[1], ""]
        elif k == "sub":
            out += ["*" + bl[1] + "*", ""]
        elif k == "h1":
            out += ["", "## " + bl[1], ""]
        elif k == "h2":
            out += ["", "### " + bl[1], ""]
        elif k in ("p", "small"):
            out.append(bl[1])
        elif k == "lp":
            out += ["", "**" + bl[1].strip() + "** " + bl[2]]
        elif k == "kv":
            out += ["", "| | |", "|---|---|"] + ["| **%s** | %s |" % (lab, esc(v)) for lab, v in bl[1]] + [""]
        elif k in ("grid", "sign"):
            out += ["", "| " + " | ".join(bl[1]) + " |", "|" + "---|" * len(bl[1])]
            out += ["| " + " | ".join(esc(v) if v else " " for v in r) + " |" for r in bl[2]] + [""]
        elif k == "checks":
            if bl[1]:
                out.append(bl[1])
            out += [("- [x] " if b else "- [ ] ") + t for t, b in bl[2]]
            out.append("")
        elif k == "ctrl":
            out.append(bl[2])
        elif k == "pb":
            out += ["", "---", ""]
    if footer:
        out += ["", "---", "*" + footer.replace("{page}", "1") + "*"]
    open(path, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ soffice
def soffice_convert(src, fmt, outdir, profile):
    os.makedirs(outdir, exist_ok=True)
    r = subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                       capture_output=True, text=True, timeout=240)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise RuntimeError("soffice failed: %s %s" % (r.stdout, r.stderr))
    return out


# ------------------------------------------------------------------ scans
def scan(pdf_in, pdf_out, seed, tmpdir, dpi=150):
    import numpy as np
    from PIL import Image, ImageFilter
    os.makedirs(tmpdir, exist_ok=True)
    prefix = os.path.join(tmpdir, "pg")
    for f in os.listdir(tmpdir):
        os.remove(os.path.join(tmpdir, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_in, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmpdir) if f.endswith(".png"))
    rs = np.random.RandomState(seed)
    ims = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmpdir, f)).convert("L")
        ang = float(rs.uniform(0.5, 1.6)) * (1 if rs.rand() > 0.5 else -1)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rs.normal(0, 11, a.shape)
        speck = rs.rand(*a.shape) < 0.0009
        a[speck] = rs.uniform(0, 90, speck.sum())
        # darker band at the left edge like a copier
        a[:, :14] *= 0.75
        a = np.clip(a, 0, 255).astype(np.uint8)
        ims.append(Image.fromarray(a, "L"))
    ims[0].save(pdf_out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:], title="scan",
                creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())
