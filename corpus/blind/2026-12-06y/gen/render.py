# -*- coding: utf-8 -*-
"""Renderers: a document is (meta, blocks). Blocks:
('title', s) ('sub', s) ('h', s) ('p', s) ('note', s) ('kv', [(k, v)]) ('table', hdr, rows)
('checks', label, [(opt, bool)]) ('sig', [(role, name, date, mark)]) ('pb',)
mark: '' (blank line), 'wg' (typed w.g.), 'scribble' (drawn signature), 'digital' (text), any other str.
"""
import os, random, subprocess, shutil, copy
from xml.sax.saxutils import escape

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOX = {True: "\u2612", False: "\u2610"}


def shown(v, empty):
    return v if (v is not None and str(v).strip() != "") else empty


def page_text(s, page, pages):
    return s.replace("{page}", str(page)).replace("{pages}", str(pages))


# ------------------------------------------------------------------ scribble image
def scribble_png(path, seed):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("RGBA", (360, 90), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 10, 55
    pts = []
    for i in range(26):
        x += r.randint(8, 16)
        y = max(10, min(80, y + r.randint(-22, 22)))
        pts.append((x, y))
    d.line([(10, 55)] + pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(30, 70), (x - 20, 62)], fill=(20, 30, 110, 255), width=2)
    im.save(path)
    return path


# ------------------------------------------------------------------ PDF (reportlab)
def render_pdf(meta, blocks, out, seed=0):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Flowable, KeepTogether)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rlcanvas
    for nm, f in (("DV", FONT), ("DVB", FONTB), ("DVI", FONTI)):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, f))
    base = meta.get("font_size", 9.5)
    st = {
        "title": ParagraphStyle("t", fontName="DVB", fontSize=base + 6, leading=base + 9, spaceAfter=6),
        "sub": ParagraphStyle("s", fontName="DV", fontSize=base - 1, leading=base + 2, textColor=colors.grey),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=base + 2, leading=base + 5, spaceBefore=8, spaceAfter=3,
                            textColor=colors.HexColor(meta.get("accent", "#1f3b63"))),
        "p": ParagraphStyle("p", fontName="DV", fontSize=base, leading=base + 3, spaceAfter=3),
        "note": ParagraphStyle("n", fontName="DVI", fontSize=base - 1, leading=base + 2, textColor=colors.HexColor("#666666")),
        "cell": ParagraphStyle("c", fontName="DV", fontSize=base - 0.5, leading=base + 2),
        "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=base - 0.5, leading=base + 2),
    }
    empty = meta.get("empty", "")

    def P(s, k="p"):
        return Paragraph(escape(str(s)).replace("\n", "<br/>"), st[k])

    class Scribble(Flowable):
        def __init__(self, sd):
            super().__init__()
            self.sd = sd
            self.width, self.height = 45 * mm, 11 * mm

        def draw(self):
            r = random.Random(self.sd)
            c = self.canv
            c.setStrokeColor(colors.HexColor("#1b2a78"))
            c.setLineWidth(1.1)
            p = c.beginPath()
            x, y = 2, 12
            p.moveTo(x, y)
            for i in range(9):
                nx = x + r.randint(10, 16)
                p.curveTo(x + 4, y + r.randint(-14, 16), nx - 4, y + r.randint(-14, 16), nx, 6 + r.randint(0, 16))
                x = nx
            c.drawPath(p, stroke=1, fill=0)

    W = A4[0] - 36 * mm
    story = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f5"))])
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "p", "note"):
            story.append(P(b[1], k))
        elif k == "kv":
            rows = [[P(a, "cellb"), P(shown(v, empty), "cell")] for a, v in b[1]]
            t = Table(rows, colWidths=[W * 0.32, W * 0.68], splitByRow=1)
            t.setStyle(grid)
            story += [t, Spacer(1, 4)]
        elif k == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            data = [[P(h, "cellb") for h in hdr]] + [[P(shown(c, empty), "cell") for c in r] for r in rows]
            t = Table(data, colWidths=[W / n] * n, repeatRows=1, splitByRow=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe5ee"))]))
            story += [t, Spacer(1, 4)]
        elif k == "checks":
            s = (b[1] + "  " if b[1] else "") + "    ".join(f"{BOX[v]} {o}" for o, v in b[2])
            story.append(P(s))
        elif k == "sig":
            data = [[P("Rol", "cellb"), P("Naam", "cellb"), P("Datum", "cellb"), P("Handtekening", "cellb")]]
            for i, (role, name, date, mark) in enumerate(b[1]):
                if mark == "scribble":
                    m = Scribble(seed * 31 + i)
                elif mark == "wg":
                    m = P("w.g. " + name, "cell")
                elif mark == "":
                    m = P("______________________", "cell")
                else:
                    m = P(mark, "cell")
                data.append([P(role, "cell"), P(name, "cell"), P(shown(date, "______"), "cell"), m])
            t = Table(data, colWidths=[W * 0.24, W * 0.3, W * 0.16, W * 0.3], rowHeights=None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]))
            story += [KeepTogether([t]), Spacer(1, 4)]
        elif k == "pb":
            story.append(PageBreak())

    header, footer = meta.get("header", ""), meta.get("footer", "")

    class NumCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **kw):
            kw["invariant"] = 1
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, s in enumerate(self._saved):
                self.__dict__.update(s)
                self.setFont("DV", 7.5)
                self.setFillColor(colors.HexColor("#444444"))
                if header:
                    for j, line in enumerate(page_text(header, i + 1, n).split("\n")):
                        self.drawString(18 * mm, A4[1] - 11 * mm - j * 9, line)
                    self.line(18 * mm, A4[1] - 13.5 * mm - (header.count("\n")) * 9, A4[0] - 18 * mm,
                              A4[1] - 13.5 * mm - (header.count("\n")) * 9)
                if footer:
                    for j, line in enumerate(page_text(footer, i + 1, n).split("\n")):
                        self.drawString(18 * mm, 10 * mm + (footer.count("\n") - j) * 9, line)
                super().showPage()
            super().save()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title=meta.get("doc_title", ""), author=meta.get("author", ""),
                          creator=meta.get("creator", ""), invariant=1)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    doc.build(story, canvasmaker=NumCanvas)


# ------------------------------------------------------------------ fillable PDF form
def render_pdf_form(meta, blocks, out, seed=0, _n=None):
    if _n is None:
        import io
        from pypdf import PdfReader
        buf = io.BytesIO()
        render_pdf_form(meta, blocks, buf, seed, _n="?")
        buf.seek(0)
        _n = len(PdfReader(buf).pages)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.utils import simpleSplit
    for nm, f in (("DV", FONT), ("DVB", FONTB), ("DVI", FONTI)):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, f))
    c = rlcanvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(meta.get("doc_title", ""))
    c.setCreator(meta.get("creator", ""))
    af = c.acroForm
    Wp, Hp = A4
    L, R = 18 * mm, Wp - 18 * mm
    pages = []
    state = {"y": 0, "page": 0, "fid": 0}
    header, footer = meta.get("header", ""), meta.get("footer", "")
    # two passes would be needed for page count; estimate by layout pass without drawing
    def hf():
        c.setFont("DV", 7.5)
        c.setFillColor(HexColor("#444444"))
        c.drawString(L, Hp - 11 * mm, page_text(header, state["page"], _n))
        c.drawString(L, 10 * mm, page_text(footer, state["page"], _n))
        c.setFillColor(black)

    def newpage(first=False):
        if not first:
            c.showPage()
        state["page"] += 1
        state["y"] = Hp - 22 * mm
        hf()

    def need(h):
        if state["y"] - h < 20 * mm:
            newpage()

    def text(s, font="DV", size=9.5, gap=3, color=black):
        lines = simpleSplit(s, font, size, R - L)
        for ln in lines:
            need(size + 3)
            c.setFont(font, size)
            c.setFillColor(color)
            c.drawString(L, state["y"] - size, ln)
            state["y"] -= size + 3
        state["y"] -= gap
        c.setFillColor(black)

    def field(label, value, lw=55 * mm):
        state["fid"] += 1
        v = "" if value is None else str(value)
        for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                     ("\u2022", "*"), ("\u00b7", "-"), ("\u2612", "[x]"), ("\u2610", "[ ]")):
            v = v.replace(a, b)
        v = v.encode("latin-1", "replace").decode("latin-1")
        wl = []
        for para in v.split("\n"):
            wl += simpleSplit(para, "Helvetica", 8.5, R - L - lw - 8) or [""]
        v = "\n".join(wl) if v else ""
        nlines = max(1, len(wl))
        h = max(14, nlines * 10.5 + 5, len(simpleSplit(label, "DVB", 8.5, lw - 4)[:4]) * 10 + 4)
        need(h + 4)
        c.setFont("DVB", 8.5)
        for j, ln in enumerate(simpleSplit(label, "DVB", 8.5, lw - 4)[:4]):
            c.drawString(L, state["y"] - 10 - j * 10, ln)
        af.textfield(name=f"f{state['fid']:03d}", tooltip=label, value=v, x=L + lw, y=state["y"] - h,
                     width=R - L - lw, height=h, fontName="Helvetica", fontSize=8.5, borderWidth=0.6,
                     borderColor=HexColor("#7d8ca3"), fillColor=HexColor("#f4f7fb"), textColor=black,
                     fieldFlags="multiline" if nlines > 1 else "", forceBorder=True)
        state["y"] -= h + 4

    def checkrow(label, opts):
        need(16)
        c.setFont("DVB", 8.5)
        x = L
        if label:
            c.drawString(L, state["y"] - 10, label)
            x = L + 55 * mm
        c.setFont("DV", 8.5)
        for o, v in opts:
            state["fid"] += 1
            af.checkbox(name=f"c{state['fid']:03d}", tooltip=o, x=x, y=state["y"] - 12, size=10, checked=bool(v),
                        buttonStyle="cross", borderColor=HexColor("#7d8ca3"), fillColor=white, forceBorder=True)
            c.drawString(x + 13, state["y"] - 10, o)
            x += 13 + pdfmetrics.stringWidth(o, "DV", 8.5) + 12
            if x > R - 40:
                state["y"] -= 15
                need(16)
                x = L + (55 * mm if label else 0)
        state["y"] -= 18

    newpage(first=True)
    for b in blocks:
        k = b[0]
        if k == "title":
            text(b[1], "DVB", 15, 4)
        elif k == "sub":
            text(b[1], "DV", 8.5, 2, HexColor("#666666"))
        elif k == "h":
            state["y"] -= 4
            text(b[1], "DVB", 11, 3, HexColor("#0d4f3c"))
        elif k == "p":
            text(b[1])
        elif k == "note":
            text(b[1], "DVI", 8.5, 2, HexColor("#666666"))
        elif k == "kv":
            for a, v in b[1]:
                field(a, v)
        elif k == "table":
            hdr, rows = b[1], b[2]
            for i, r in enumerate(rows):
                for h, v in zip(hdr, r):
                    field(f"{h} ({i + 1})", v)
        elif k == "checks":
            checkrow(b[1], b[2])
        elif k == "sig":
            for role, name, date, mark in b[1]:
                field(f"{role} – naam", name)
                field(f"{role} – datum", date)
                m = {"wg": "w.g. " + name, "": "", "scribble": ""}.get(mark, mark)
                field(f"{role} – handtekening", m)
        elif k == "pb":
            newpage()
    c.save()


def _fix_pages(path):
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(path)
    n = len(rd.pages)
    data = open(path, "rb").read()
    # the content streams are compressed; reportlab form canvas: simply rewrite via pypdf text replace is hard,
    # so we re-render is avoided: keep '{pages}' replaced using pypdf content manipulation
    w = PdfWriter(clone_from=rd)
    for p in w.pages:
        co = p.get_contents()
        if co is None:
            continue
        raw = co.get_data()
        if b"{pages}" in raw:
            raw = raw.replace(b"{pages}", str(n).encode())
            co.set_data(raw)
            p.replace_contents(co)
    w.write(path)


# ------------------------------------------------------------------ DOCX
def render_docx(meta, blocks, out, seed=0, tmpdir="/tmp"):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement, parse_xml
    d = docx.Document()
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.title = meta.get("doc_title", "")
    import datetime as _dt
    fixed = _dt.datetime(2025, 1, 1, 9, 0, 0)  # fixed, not the clock
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = meta.get("author", "")
    cp.revision = 1
    stl = d.styles["Normal"]
    stl.font.name = "Liberation Sans"
    stl.font.size = Pt(meta.get("font_size", 9.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    empty = meta.get("empty", "")
    cc = meta.get("content_controls", False)

    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
        r4 = par.add_run("1")
        r5 = par.add_run()
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)

    def hf_para(container, s):
        for line in s.split("\n"):
            p = container.add_paragraph() if container.paragraphs[0].text or len(container.paragraphs) > 1 else container.paragraphs[0]
            parts = line.replace("{pages}", "\x01").split("{page}")
            for i, part in enumerate(parts):
                sub = part.split("\x01")
                for j, s2 in enumerate(sub):
                    if s2:
                        rr = p.add_run(s2); rr.font.size = Pt(7.5)
                    if j < len(sub) - 1:
                        add_field(p, "NUMPAGES")
                if i < len(parts) - 1:
                    add_field(p, "PAGE")

    if meta.get("header"):
        hf_para(sec.header, meta["header"])
    if meta.get("footer"):
        hf_para(sec.footer, meta["footer"])

    W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_text(par, value, idn):
        plc = value in ("", None) or value == "Klik of tik om tekst in te voeren."
        shown_v = "Klik of tik om tekst in te voeren." if plc else value
        xml = (f'<w:sdt {W14}><w:sdtPr><w:alias w:val="veld{idn}"/><w:id w:val="{1000 + idn}"/>'
               + ('<w:showingPlcHdr/>' if plc else '') + '<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
               + f'<w:r>' + ('<w:rPr><w:color w:val="808080"/></w:rPr>' if plc else '')
               + f'<w:t xml:space="preserve">{escape(shown_v)}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))

    def sdt_check(par, checked, label, idn):
        xml = (f'<w:sdt {W14}><w:sdtPr><w:id w:val="{2000 + idn}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>{BOX[checked]}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(xml))
        par.add_run(f" {label}    ")

    def shade(cell, color="EEF1F5"):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
        tcPr.append(s)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

    idn = [0]
    for b in blocks:
        k = b[0]
        if k == "title":
            h = d.add_heading(b[1], level=0)
        elif k == "sub":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        elif k == "h":
            d.add_heading(b[1], level=1)
        elif k == "p":
            for para in str(b[1]).split("\n"):
                d.add_paragraph(para)
        elif k == "note":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, v in b[1]:
                row = t.add_row().cells
                row[0].text = a; row[0].paragraphs[0].runs[0].bold = True; shade(row[0])
                if cc:
                    idn[0] += 1
                    sdt_text(row[1].paragraphs[0], v, idn[0])
                else:
                    row[1].text = shown(v, empty)
            for row in t.rows:
                row.cells[0].width = Mm(55); row.cells[1].width = Mm(119)
            d.add_paragraph()
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True; shade(t.rows[0].cells[i], "DFE5EE")
            repeat_header(t.rows[0])
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = shown(v, empty)
            d.add_paragraph()
        elif k == "checks":
            p = d.add_paragraph()
            if b[1]:
                p.add_run(b[1] + "  ").bold = True
            for o, v in b[2]:
                if cc:
                    idn[0] += 1
                    sdt_check(p, v, o, idn[0])
                else:
                    p.add_run(f"{BOX[v]} {o}    ")
        elif k == "sig":
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for i, (role, name, date, mark) in enumerate(b[1]):
                cells = t.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = role, name, shown(date, "")
                if mark == "scribble":
                    png = scribble_png(os.path.join(tmpdir, f"sig_{seed}_{i}.png"), seed * 31 + i)
                    cells[3].paragraphs[0].add_run().add_picture(png, width=Mm(40))
                elif mark == "wg":
                    cells[3].text = "w.g. " + name
                elif mark == "":
                    cells[3].text = "\n\n"
                else:
                    cells[3].text = mark
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    d.save(out)
    _normalise_zip(out)


def _normalise_zip(path):
    """Rewrite a zip with fixed timestamps so the file is byte-stable."""
    import zipfile
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    import re
    pics = [n for n, _ in items if n.startswith("Pictures/")]
    ren = {p: f"Pictures/img{k:03d}{os.path.splitext(p)[1]}" for k, p in enumerate(sorted(pics, key=lambda p: next(
        (d.find(p.encode()) for n, d in items if n == "content.xml"), 0)))}
    if ren:
        new = []
        for n, d in items:
            for a, b in ren.items():
                d = d.replace(a.encode(), b.encode())
            new.append((ren.get(n, n), d))
        items = new
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name == "meta.xml":
                import re
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"<meta:creation-date>2025-01-01T00:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2025-01-01T00:00:00</dc:date>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ ODT
def render_odt(meta, blocks, out, seed=0, tmpdir="/tmp"):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                           PageLayout, PageLayoutProperties, MasterPage, Header, Footer, GraphicProperties)
    from odf.text import P, H, Span, PageNumber, PageCount
    from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    empty = meta.get("empty", "")
    s_b = Style(name="B", family="text"); s_b.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(s_b)
    s_i = Style(name="I", family="text"); s_i.addElement(TextProperties(fontstyle="italic", color="#666666")); doc.automaticstyles.addElement(s_i)
    s_small = Style(name="Small", family="paragraph"); s_small.addElement(TextProperties(fontsize="7.5pt")); doc.styles.addElement(s_small)
    s_t = Style(name="Titel", family="paragraph"); s_t.addElement(TextProperties(fontsize="17pt", fontweight="bold")); doc.styles.addElement(s_t)
    s_h = Style(name="Kop1", family="paragraph", defaultoutlinelevel="1")
    s_h.addElement(TextProperties(fontsize="12pt", fontweight="bold", color=meta.get("accent", "#1f3b63")))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm")); doc.styles.addElement(s_h)
    s_p = Style(name="Tekst", family="paragraph"); s_p.addElement(TextProperties(fontsize="9.5pt")); doc.styles.addElement(s_p)
    s_cell = Style(name="Cel", family="table-cell"); s_cell.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.08cm")); doc.automaticstyles.addElement(s_cell)
    s_cellh = Style(name="CelH", family="table-cell"); s_cellh.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.08cm", backgroundcolor="#e6ebf2")); doc.automaticstyles.addElement(s_cellh)
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.2cm", marginbottom="1.2cm", marginleft="1.8cm", marginright="1.8cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)

    def hf_line(el, s):
        for line in s.split("\n"):
            p = P(stylename=s_small)
            parts = line.split("{page}")
            for i, part in enumerate(parts):
                sub = part.split("{pages}")
                for j, s2 in enumerate(sub):
                    if s2:
                        p.addText(s2)
                    if j < len(sub) - 1:
                        p.addElement(PageCount())
                if i < len(parts) - 1:
                    p.addElement(PageNumber(selectpage="current"))
            el.addElement(p)
    if meta.get("header"):
        h = Header(); hf_line(h, meta["header"]); mp.addElement(h)
    if meta.get("footer"):
        f = Footer(); hf_line(f, meta["footer"]); mp.addElement(f)
    doc.masterstyles.addElement(mp)
    s_pb = Style(name="PB", family="paragraph"); s_pb.addElement(ParagraphProperties(breakbefore="page")); doc.automaticstyles.addElement(s_pb)
    tcount = [0]

    def cellp(text, bold=False):
        c = TableCell(stylename=s_cellh if bold else s_cell)
        for line in str(text).split("\n"):
            p = P(stylename=s_p)
            if bold:
                p.addElement(Span(stylename=s_b, text=line))
            else:
                p.addText(line)
            c.addElement(p)
        return c

    def table(ncol, widths):
        tcount[0] += 1
        ts = Style(name=f"T{tcount[0]}", family="table")
        from odf.style import TableProperties
        ts.addElement(TableProperties(width="17.4cm", align="left")); doc.automaticstyles.addElement(ts)
        t = Table(name=f"Tabel{tcount[0]}", stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name=f"T{tcount[0]}C{i}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
            doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        return t

    body = doc.text
    for b in blocks:
        k = b[0]
        if k == "title":
            body.addElement(P(stylename=s_t, text=b[1]))
        elif k == "sub":
            body.addElement(P(stylename=s_small, text=b[1]))
        elif k == "h":
            body.addElement(H(outlinelevel=1, stylename=s_h, text=b[1]))
        elif k == "p":
            for para in str(b[1]).split("\n"):
                body.addElement(P(stylename=s_p, text=para))
        elif k == "note":
            p = P(stylename=s_p); p.addElement(Span(stylename=s_i, text=b[1])); body.addElement(p)
        elif k == "kv":
            t = table(2, ["5.5cm", "11.9cm"])
            for a, v in b[1]:
                r = TableRow(); r.addElement(cellp(a, True)); r.addElement(cellp(shown(v, empty))); t.addElement(r)
            body.addElement(t); body.addElement(P(stylename=s_p))
        elif k == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr)
            t = table(n, [f"{17.4 / n:.2f}cm"] * n)
            hr = TableHeaderRows(); r = TableRow()
            for h in hdr:
                r.addElement(cellp(h, True))
            hr.addElement(r); t.addElement(hr)
            for row in rows:
                r = TableRow()
                for v in row:
                    r.addElement(cellp(shown(v, empty)))
                t.addElement(r)
            body.addElement(t); body.addElement(P(stylename=s_p))
        elif k == "checks":
            p = P(stylename=s_p)
            if b[1]:
                p.addElement(Span(stylename=s_b, text=b[1] + "  "))
            p.addText("    ".join(f"{BOX[v]} {o}" for o, v in b[2]))
            body.addElement(p)
        elif k == "sig":
            t = table(4, ["4cm", "5.4cm", "3cm", "5cm"])
            r = TableRow()
            for h in ["Rol", "Naam", "Datum", "Handtekening"]:
                r.addElement(cellp(h, True))
            t.addElement(r)
            for i, (role, name, date, mark) in enumerate(b[1]):
                r = TableRow()
                r.addElement(cellp(role)); r.addElement(cellp(name)); r.addElement(cellp(shown(date, "")))
                if mark == "scribble":
                    png = scribble_png(os.path.join(tmpdir, f"osig_{seed}_{i}.png"), seed * 31 + i)
                    href = doc.addPicture(png)
                    c = TableCell(stylename=s_cell); p = P(stylename=s_p)
                    fr = Frame(width="4cm", height="1cm", anchortype="as-char"); fr.addElement(DImage(href=href))
                    p.addElement(fr); c.addElement(p); r.addElement(c)
                else:
                    r.addElement(cellp({"wg": "w.g. " + name, "": " \n "}.get(mark, mark)))
                t.addElement(r)
            body.addElement(t); body.addElement(P(stylename=s_p))
        elif k == "pb":
            body.addElement(P(stylename=s_pb))
    doc.save(out)
    _normalise_zip(out)


# ------------------------------------------------------------------ TXT
def render_txt(meta, blocks, out, seed=0, width=84, page_lines=60):
    import textwrap
    empty = meta.get("empty", "-")
    lines = []

    def wrap(s, ind=0):
        res = []
        for para in str(s).split("\n"):
            res += textwrap.wrap(para, width - ind) or [""]
        return [" " * ind + x for x in res]
    for b in blocks:
        k = b[0]
        if k == "title":
            lines += [b[1].upper(), "=" * min(width, len(b[1])), ""]
        elif k in ("sub", "note"):
            lines += wrap(b[1]) + [""]
        elif k == "h":
            lines += ["", b[1], "-" * min(width, len(b[1]))]
        elif k == "p":
            lines += wrap(b[1]) + [""]
        elif k == "kv":
            for a, v in b[1]:
                v = shown(v, empty)
                w = wrap(v, 30)
                first = (a + ":").ljust(30)
                lines.append(first + w[0][30:] if len(first) <= 30 else a + ":")
                if len(first) > 30:
                    lines.append(w[0])
                lines += w[1:]
            lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            lines.append(" | ".join(hdr))
            lines.append("-" * width)
            for r in rows:
                for i, (h, v) in enumerate(zip(hdr, r)):
                    w = wrap(f"{h}: {shown(v, empty)}", 2 if i else 0)
                    lines += w
                lines.append("")
        elif k == "checks":
            lines += wrap((b[1] + " " if b[1] else "") + "  ".join(f"[{'X' if v else ' '}] {o}" for o, v in b[2])) + [""]
        elif k == "sig":
            for role, name, date, mark in b[1]:
                m = {"wg": "w.g. " + name, "": "____________________", "scribble": "(handtekening)"}.get(mark, mark)
                lines.append(f"{role}: {name}   datum: {shown(date, '__________')}   handtekening: {m}")
            lines.append("")
        elif k == "pb":
            lines.append("\f")
    # paginate with repeated header/footer
    body = []
    for ln in lines:
        body.append(ln)
    pages, cur = [], []
    for ln in body:
        if ln == "\f" or len(cur) >= page_lines:
            pages.append(cur); cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    n = len(pages)
    outl = []
    for i, pg in enumerate(pages):
        if meta.get("header"):
            outl += page_text(meta["header"], i + 1, n).split("\n") + ["-" * width]
        outl += pg
        if meta.get("footer"):
            outl += ["", "-" * width] + page_text(meta["footer"], i + 1, n).split("\n")
        if i < n - 1:
            outl.append("\f")
    open(out, "w", encoding="utf-8").write("\n".join(outl) + "\n")


# ------------------------------------------------------------------ soffice + scans
def soffice_pdf(src, outdir, workdir):
    prof = "file://" + os.path.join(workdir, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def scan_pdf(src_pdf, out, seed, workdir, dpi=110):
    import numpy as np
    from PIL import Image, ImageFilter
    tmp = os.path.join(workdir, f"scan_{seed}")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(tmp, "p")], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
    rng = np.random.default_rng(seed)
    imgs = []
    for i, f in enumerate(files):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        ang = float(rng.uniform(-1.4, 1.4))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * float(rng.uniform(0.88, 0.96)) + float(rng.uniform(6, 18))
        a += rng.normal(0, 9, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 30
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im.convert("L"))
    import time as _t
    fixed = _t.strptime("2025-01-01", "%Y-%m-%d")  # fixed, not the clock
    imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed)
    shutil.rmtree(tmp)
