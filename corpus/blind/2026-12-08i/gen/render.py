# -*- coding: utf-8 -*-
"""Back ends: blocks -> docx / odt / pdf (reportlab) / txt / md; fillable form; scans; normalisation."""
import copy
import datetime as dt
import io
import os
import re
import subprocess
import zipfile

FIXED_ZIP_TIME = (2026, 12, 8, 9, 0, 0)
FIXED_DT = dt.datetime(2026, 12, 8, 9, 0, 0)
CC_PLACEHOLDER = "Klik of tik om tekst in te voeren."
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ------------------------------------------------------------------ helpers
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if name == "meta.xml":
                data = re.sub(rb"<meta:(creation-date|date)>[^<]*<", rb"<meta:\1>2026-12-08T09:00:00<", data)
                data = re.sub(rb"<dc:date>[^<]*<", rb"<dc:date>2026-12-08T09:00:00<", data)
            z.writestr(zi, data)


def normalize_pdf(path):
    b = open(path, "rb").read()

    b = re.sub(rb"\((D:\d{14}[^)]*)\)", lambda m: b"(" + b"D:20261208090000" + m.group(1)[16:] + b")", b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))), b)
    b = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), b)
    open(path, "wb").write(b)


def squiggle(path, seed, w=360, h=90):
    from PIL import Image, ImageDraw
    import random
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    pts = []
    x = 12
    while x < w - 20:
        pts.append((x, h / 2 + r.uniform(-30, 30)))
        x += r.uniform(8, 22)
    for i in range(len(pts) - 1):
        dr.line([pts[i], pts[i + 1]], fill=(20, 30, 90), width=3)
    dr.line([(pts[0][0], h * 0.75), (pts[-1][0] * 0.7, h * 0.7)], fill=(20, 30, 90), width=2)
    im.save(path, optimize=False)
    return path


def sig_mark_text(row):
    m = row["mark"]
    if m == "blank":
        return "______________________"
    if m == "image":
        return ""
    return (m + " " + row["name"].split(" (")[0]).strip() if m.startswith("w.g.") and row["name"] else m


# ------------------------------------------------------------------ text / markdown
def to_text(blocks, md=False, footer=None, page_lines=None):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1] if md else b[1].upper(), "" if md else "=" * len(b[1]), ""]
        elif k == "sub":
            out += ["_%s_" % b[1] if md else b[1], ""]
        elif k == "h1":
            out += ["## " + b[1] if md else b[1], "" if md else "-" * len(b[1])]
        elif k == "h2":
            out += ["### " + b[1] if md else b[1]]
        elif k in ("p", "pi", "b"):
            t = b[1]
            if md and k == "b":
                t = "**%s**" % t
            if md and k == "pi":
                t = "*%s*" % t
            out += [t, ""]
        elif k == "bul":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "num":
            out += ["%d. %s" % (i + 1, x) for i, x in enumerate(b[1])] + [""]
        elif k == "kv":
            if md:
                out += ["| Veld | Inhoud |", "|---|---|"] + ["| %s | %s |" % (a, v.replace("\n", "<br>")) for a, v in b[1]] + [""]
            else:
                for a, v in b[1]:
                    lines = v.split("\n") if v else [""]
                    out.append("%-28s %s" % (a + ":", lines[0]))
                    out += [" " * 29 + x for x in lines[1:]]
                out.append("")
        elif k == "tbl":
            hdr, rows = b[1], b[2]
            if md:
                out += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
                out += ["| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in rows] + [""]
            else:
                out.append(" | ".join(hdr))
                out += [" | ".join(r) for r in rows] + [""]
        elif k in ("chk", "ccchk"):
            out += [("- [x] " if c else "- [ ] ") + t if md else ("[X] " if c else "[ ] ") + t for c, t in b[1]] + [""]
        elif k == "sig":
            for r in b[1]:
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (
                    r["role"], r["name"] or "______________", r["date"] or "__________", sig_mark_text(r)))
            out.append("")
        elif k == "cc":
            out += [b[2], ""]
        elif k == "pb":
            out += ["", "\f" if not md else "---", ""]
        elif k == "sp":
            out.append("")
    if footer and not md:
        # insert the footer every page_lines lines, like a printed export
        pl = page_lines or 60
        res, n, page = [], 0, 1
        for line in out:
            res.append(line)
            n += 1
            if n >= pl:
                res += ["", footer + " · pagina %d" % page, "\f"]
                page += 1
                n = 0
        res += ["", footer + " · pagina %d" % page]
        out = res
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ docx
def _wrap_sdt(par, alias, placeholder=False, kind="text"):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = par._p
    sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s%s</w:sdtPr><w:sdtContent/></w:sdt>' % (
        nsdecls("w"), alias, alias.lower().replace(" ", "_"), "<w:showingPlcHdr/>" if placeholder else "",
        "<w:richText/>" if kind == "rich" else "<w:text w:multiLine=\"1\"/>"))
    p.addprevious(sdt)
    sdt[1].append(p)


def _checkbox_run(par, checked):
    from docx.oxml import parse_xml
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    x = ('<w:sdt xmlns:w="%s" xmlns:w14="%s"><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
         '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
         '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        W, W14, 1 if checked else 0, "\u2612" if checked else "\u2610")
    par._p.append(parse_xml(x))


def to_docx(blocks, path, meta, opts=None):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    opts = opts or {}
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(opts.get("size", 10.5))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    cp = doc.core_properties
    cp.author = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.last_modified_by = meta.get("author", "")
    if meta.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = meta["footer"]
        fp.runs[0].font.size = Pt(8)
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    bold_heads = opts.get("bold_headings", False)
    cc_all = opts.get("cc_all", False)
    cur_head = ["veld"]

    def para(text, italic=False, bold=False, style=None, target=None):
        tgt = target or doc
        p = tgt.add_paragraph(style=style) if style else tgt.add_paragraph()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.italic = italic
            r.bold = bold
            if i < len(lines) - 1:
                r.add_break()
        return p

    def fill_cell(cell, text, bold=False):
        cell.text = ""
        p = cell.paragraphs[0]
        lines = (text or "").split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            if i < len(lines) - 1:
                r.add_break()

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "sub":
            para(b[1], italic=True)
        elif k in ("h1", "h2"):
            cur_head[0] = b[1]
            if bold_heads:
                p = para(b[1], bold=True)
                p.runs[0].font.size = Pt(12 if k == "h1" else 11)
            else:
                doc.add_heading(b[1], 1 if k == "h1" else 2)
        elif k in ("p", "pi", "b"):
            p = para(b[1], italic=(k == "pi"), bold=(k == "b"))
            if b[1] == CC_PLACEHOLDER:
                p.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                _wrap_sdt(p, cur_head[0][:40], placeholder=True)
            elif cc_all and k == "p":
                _wrap_sdt(p, cur_head[0][:40], kind="rich")
        elif k == "bul":
            for x in b[1]:
                para(x, style="List Bullet")
        elif k == "num":
            for x in b[1]:
                para(x, style="List Number")
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                cells = t.add_row().cells
                fill_cell(cells[0], a, bold=True)
                fill_cell(cells[1], v)
                if v == CC_PLACEHOLDER:
                    _wrap_sdt(cells[1].paragraphs[0], a[:40], placeholder=True)
            for row in t.rows:
                row.cells[0].width = Cm(4.5)
                row.cells[1].width = Cm(12)
            doc.add_paragraph()
        elif k == "tbl":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                fill_cell(t.rows[0].cells[i], h, bold=True)
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    fill_cell(cells[i], c)
            doc.add_paragraph()
        elif k in ("chk", "ccchk"):
            for c, txt in b[1]:
                p = doc.add_paragraph()
                if k == "ccchk" or opts.get("cc_checkbox"):
                    _checkbox_run(p, c)
                    p.add_run(" " + txt)
                else:
                    p.add_run(("\u2612 " if c else "\u2610 ") + txt)
        elif k == "sig":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                fill_cell(t.rows[0].cells[i], h, bold=True)
            for r in b[1]:
                cells = t.add_row().cells
                fill_cell(cells[0], r["role"])
                fill_cell(cells[1], r["name"] or "")
                fill_cell(cells[2], r["date"] or "")
                if r["mark"] == "image":
                    cells[3].text = ""
                    cells[3].paragraphs[0].add_run().add_picture(
                        squiggle(os.path.join(meta["build"], "sig_%s_%d.png" % (meta["id"], len(r["role"]))),
                                 meta["seed"] * 10 + len(r["role"])), width=Cm(3.2))
                elif r["mark"] == "blank":
                    fill_cell(cells[3], "")
                else:
                    fill_cell(cells[3], sig_mark_text(r))
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        elif k == "sp":
            doc.add_paragraph()
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ odt
def to_odt(blocks, path, meta, opts=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           MasterPage, PageLayout, PageLayoutProperties, Footer)
    from odf.text import H, P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    S = {}

    def mk(name, family="paragraph", **tp):
        s = Style(name=name, family=family)
        if tp:
            s.addElement(TextProperties(**tp))
        doc.styles.addElement(s)
        S[name] = s
        return s
    mk("Standard", fontsize="10pt", fontfamily="Liberation Sans")
    t = mk("Title", fontsize="18pt", fontweight="bold")
    mk("Heading_20_1", fontsize="13pt", fontweight="bold")
    S["Heading_20_1"].setAttribute("displayname", "Heading 1")
    mk("Heading_20_2", fontsize="11pt", fontweight="bold")
    S["Heading_20_2"].setAttribute("displayname", "Heading 2")
    mk("Bold", fontweight="bold")
    mk("Ital", fontstyle="italic", color="#555555")
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if meta.get("footer"):
        f = Footer()
        f.addElement(P(text=meta["footer"]))
        mp.addElement(f)
    doc.masterstyles.addElement(mp)

    def addp(text, style="Standard", parent=None):
        p = P(stylename=S[style])
        lines = (text or "").split("\n")
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        (parent or doc.text).addElement(p)
        return p

    tcount = [0]

    def table(hdr, rows, ncol):
        tcount[0] += 1
        tb = Table(name="Tabel%d" % tcount[0])
        for _ in range(ncol):
            tb.addElement(TableColumn())
        for ri, r in enumerate(([hdr] if hdr else []) + rows):
            tr = TableRow()
            for ci, c in enumerate(r):
                tc = TableCell(stylename=cell, valuetype="string")
                addp(c, "Bold" if (hdr and ri == 0) or (hdr is None and ci == 0) else "Standard", tc)
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)
        addp("")

    for b in blocks:
        k = b[0]
        if k == "title":
            addp(b[1], "Title")
        elif k == "sub":
            addp(b[1], "Ital")
        elif k in ("h1", "h2"):
            h = H(outlinelevel=1 if k == "h1" else 2, stylename=S["Heading_20_1" if k == "h1" else "Heading_20_2"], text=b[1])
            doc.text.addElement(h)
        elif k == "p":
            addp(b[1])
        elif k == "pi":
            addp(b[1], "Ital")
        elif k == "b":
            addp(b[1], "Bold")
        elif k == "bul":
            for x in b[1]:
                addp("\u2022 " + x)
        elif k == "num":
            for i, x in enumerate(b[1]):
                addp("%d. %s" % (i + 1, x))
        elif k == "kv":
            table(None, [list(x) for x in b[1]], 2)
        elif k == "tbl":
            table(b[1], b[2], len(b[1]))
        elif k in ("chk", "ccchk"):
            for c, txt in b[1]:
                addp(("\u2612 " if c else "\u2610 ") + txt)
        elif k == "sig":
            table(["Rol", "Naam", "Datum", "Handtekening"],
                  [[r["role"], r["name"] or "", r["date"] or "", "" if r["mark"] == "blank" else sig_mark_text(r)]
                   for r in b[1]], 4)
        elif k == "sp":
            addp("")
        elif k == "pb":
            addp("")
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=meta.get("title", "")))
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ reportlab pdf
_FONTS = [False]


def _fonts():
    if _FONTS[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    _FONTS[0] = True


def _esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks, path, meta, opts=None):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image,
                                    ListFlowable, ListItem)
    from reportlab.pdfgen import canvas as rlcanvas
    _fonts()
    opts = opts or {}
    fs = opts.get("size", 9.5)
    base = ParagraphStyle("base", fontName="DV", fontSize=fs, leading=fs * 1.35, spaceAfter=4)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="DV-B", fontSize=16, leading=20, spaceAfter=8,
                                textColor=colors.HexColor(opts.get("color", "#1f3a60"))),
        "sub": ParagraphStyle("s", parent=base, fontName="DV-I", textColor=colors.HexColor("#555555")),
        "h1": ParagraphStyle("h1", parent=base, fontName="DV-B", fontSize=12, leading=15, spaceBefore=8,
                             textColor=colors.HexColor(opts.get("color", "#1f3a60"))),
        "h2": ParagraphStyle("h2", parent=base, fontName="DV-B", fontSize=10.5, leading=13, spaceBefore=4),
        "p": base, "pi": ParagraphStyle("pi", parent=base, fontName="DV-I", textColor=colors.HexColor("#666666")),
        "b": ParagraphStyle("b", parent=base, fontName="DV-B"),
        "cell": ParagraphStyle("c", parent=base, fontSize=fs - 0.5, leading=(fs - 0.5) * 1.3, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DV-B", fontSize=fs - 0.5, leading=(fs - 0.5) * 1.3, spaceAfter=0),
    }
    W = A4[0] - 4.4 * cm
    story = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])

    def P(t, s="cell"):
        return Paragraph(_escape_keep(t), st[s])

    def _escape_keep(t):
        return _esc(t)
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "p", "pi", "b"):
            story.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "bul":
            story.append(ListFlowable([ListItem(Paragraph(_esc(x), base), leftIndent=12) for x in b[1]],
                                      bulletType="bullet", start="\u2022", leftIndent=12, bulletFontName="DV"))
        elif k == "num":
            story.append(ListFlowable([ListItem(Paragraph(_esc(x), base)) for x in b[1]], bulletType="1",
                                      leftIndent=14, bulletFontName="DV"))
        elif k == "kv":
            t = Table([[P(a, "cellb"), P(v)] for a, v in b[1]], colWidths=[W * 0.27, W * 0.73])
            t.setStyle(grid)
            story += [t, Spacer(1, 6)]
        elif k == "tbl":
            hdr, rows, widths = b[1], b[2], b[3]
            data = [[P(h, "cellb") for h in hdr]] + [[P(c) for c in r] for r in rows]
            t = Table(data, colWidths=[W * w for w in widths], repeatRows=1)
            t.setStyle(grid)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5"))]))
            story += [t, Spacer(1, 6)]
        elif k in ("chk", "ccchk"):
            for c, txt in b[1]:
                story.append(Paragraph(("\u2612 " if c else "\u2610 ") + _esc(txt), base))
        elif k == "sig":
            data = [[P("Rol", "cellb"), P("Naam", "cellb"), P("Datum", "cellb"), P("Handtekening", "cellb")]]
            for r in b[1]:
                if r["mark"] == "image":
                    img = Image(squiggle(os.path.join(meta["build"], "sig_%s_%d.png" % (meta["id"], len(r["role"]))),
                                         meta["seed"] * 10 + len(r["role"])), width=3.4 * cm, height=0.85 * cm)
                    mark = img
                else:
                    mark = P("" if r["mark"] == "blank" else sig_mark_text(r))
                data.append([P(r["role"]), P(r["name"] or ""), P(r["date"] or ""), mark])
            t = Table(data, colWidths=[W * 0.28, W * 0.27, W * 0.15, W * 0.30], rowHeights=[None] + [1.2 * cm] * len(b[1]))
            t.setStyle(grid)
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, 10))
    footer = meta.get("footer", "")

    class NumCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **kw):
            rlcanvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                if footer:
                    self.setFont("DV", 7.5)
                    self.setFillColor(colors.HexColor("#444444"))
                    self.drawString(2.2 * cm, 1.2 * cm, footer)
                    self.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d van %d" % (self._pageNumber, n))
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=meta.get("title", ""), author=meta.get("author", ""),
                            creator="", producer="")
    doc.build(story, canvasmaker=NumCanvas)
    normalize_pdf(path)


# ------------------------------------------------------------------ word -> pdf via LibreOffice
def soffice_pdf(docx_path, out_pdf, build):
    outdir = os.path.join(build, "soffice")
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(build, "sohome"))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=180)
    src = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    os.replace(src, out_pdf)
    normalize_pdf(out_pdf)


# ------------------------------------------------------------------ scans
def scan_pdf(src_pdf, out_pdf, build, seed, dpi=150, skew=0.8, noise=14):
    import numpy as np
    from PIL import Image, ImageFilter
    stem = os.path.join(build, "scan_%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, stem], check=True)
    d = os.path.dirname(stem)
    pages = sorted(f for f in os.listdir(d) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))
    rng = np.random.RandomState(seed)
    ims = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(d, f)).convert("L")
        ang = skew * (1 if i % 2 == 0 else -0.6) + rng.uniform(-0.25, 0.25)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12  # grey paper
        a += rng.normal(0, noise, a.shape)
        # speckles
        m = rng.random_sample(a.shape) < 0.0008
        a[m] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
        os.remove(os.path.join(d, f))
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=dpi, quality=70,
                creationDate=__import__("time").strptime("20261208090000", "%Y%m%d%H%M%S"), modDate=__import__("time").strptime("20261208090000", "%Y%m%d%H%M%S"), producer="ScanStation 3", title="Scan")
    normalize_pdf(out_pdf)
