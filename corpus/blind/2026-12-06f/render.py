# -*- coding: utf-8 -*-
"""Renderers from a small block list (IR) to docx, odt, pdf (reportlab), fillable pdf, txt, md.

IR blocks:
  ('title', text) ('h1', text) ('h2', text) ('p', text) ('small', text) ('ul', [text])
  ('table', rows, opts)  rows = list of list of str; opts: header(bool), widths(list of fractions)
  ('check', [(checked, label)])   tick boxes
  ('sig', [(role, name, date, signed)])
  ('field', label, value, multiline)   form field
  ('cbfield', label, checked)          form tick box
  ('pb',)  page break
"""
import io, os, re, zipfile, random
import reportlab.rl_config
reportlab.rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                Flowable, KeepTogether)
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

FIXED_DT = (2026, 12, 1, 9, 0, 0)
BOX = {True: "\u2612", False: "\u2610"}


def sig_text(role, name, date, signed):
    nm = name if name else "................................"
    dt = date if date else "..............."
    hand = ("w.g. " + name) if (signed and name) else "______________________"
    return nm, dt, hand


# ------------------------------------------------------------------ text / md
def to_txt(ir, md=False):
    out = []
    for b in ir:
        k = b[0]
        if k == "title":
            out.append(("# " if md else "") + b[1]); out.append("" if md else "=" * min(len(b[1]), 70))
        elif k == "h1":
            out.append(""); out.append(("## " if md else "") + (b[1] if md else b[1].upper()))
        elif k == "h2":
            out.append(""); out.append(("### " if md else "") + b[1])
        elif k in ("p", "small"):
            out.append(b[1])
        elif k == "ul":
            out.extend(("- " if md else "  * ") + x for x in b[1])
        elif k == "table":
            rows, opts = b[1], b[2]
            if md:
                hdr = rows[0] if opts.get("header") else [""] * len(rows[0])
                body = rows[1:] if opts.get("header") else rows
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in hdr) + " |")
                out.append("|" + "---|" * len(hdr))
                for r in body:
                    out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
            else:
                for r in rows:
                    if len(r) == 2:
                        out.append("%-32s %s" % (r[0] + ":", r[1].replace("\n", "\n" + " " * 33)))
                    else:
                        out.append(" | ".join(c.replace("\n", " / ") for c in r))
        elif k == "check":
            out.append("   ".join(("[X] " if c else "[ ] ") + l for c, l in b[1]))
        elif k == "sig":
            for role, name, date, signed in b[1]:
                nm, dt, hand = sig_text(role, name, date, signed)
                out.append("%s: %s   datum: %s   handtekening: %s" % (role, nm, dt, hand))
        elif k == "field":
            out.append("%s: %s" % (b[1], b[2] if b[2] else "________________"))
        elif k == "cbfield":
            out.append(("[X] " if b[2] else "[ ] ") + b[1])
        elif k == "pb":
            out.append("\f" if not md else "\n---\n")
        out.append("") if k in ("p", "ul", "table", "check", "sig", "title") else None
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ docx
def _sdt_text(par, value, tag):
    """Wrap a run in a plain-text content control."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    v = escape(value) if value else ""
    placeholder = not value
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s<w:text w:multiLine="1"/></w:sdtPr>'
           '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        nsdecls("w"), escape(tag), escape(tag), "<w:showingPlcHdr/>" if placeholder else "",
        v if v else "Klik of tik om tekst in te voeren.")
    par._p.append(parse_xml(xml))


def _sdt_check(par, checked, label):
    from docx.oxml import parse_xml
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w:tag w:val="%s"/>'
           '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (
        escape(label[:40]), 1 if checked else 0, BOX[checked])
    par._p.append(parse_xml(xml))
    par.add_run(" " + label + "   ")


def to_docx(ir, path, land=False, footer=None, header=None, controls=False, title_meta="OPP"):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    usable = sec.page_width - Cm(4)
    if footer:
        sec.footer.paragraphs[0].text = footer
    if header:
        sec.header.paragraphs[0].text = header
    for b in ir:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            r = d.add_paragraph().add_run(b[1]); r.italic = True; r.font.size = Pt(8.5)
        elif k == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            rows, opts = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            n = len(rows[0]); widths = opts.get("widths") or [1.0 / n] * n
            t.autofit = False
            for j, col in enumerate(t.columns):
                col.width = int(usable * widths[j])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j); cell.text = c; cell.width = int(usable * widths[j])
                    if (opts.get("header") and i == 0) or (opts.get("boldfirst") and j == 0):
                        for rr in cell.paragraphs[0].runs:
                            rr.bold = True
            d.add_paragraph()
        elif k == "check":
            p = d.add_paragraph()
            for c, l in b[1]:
                if controls:
                    _sdt_check(p, c, l)
                else:
                    p.add_run(BOX[c] + " " + l + "    ")
        elif k == "sig":
            t = d.add_table(rows=1 + len(b[1]), cols=4); t.style = "Table Grid"
            for j, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                t.cell(0, j).text = h
            for i, (role, name, date, signed) in enumerate(b[1]):
                nm, dt, hand = sig_text(role, name, date, signed)
                for j, v in enumerate([role, nm, dt, hand]):
                    t.cell(i + 1, j).text = v
            d.add_paragraph()
        elif k == "field":
            p = d.add_paragraph(); r = p.add_run(b[1] + ": "); r.bold = True
            if controls:
                _sdt_text(p, b[2], b[1])
            else:
                p.add_run(b[2] if b[2] else "________________")
        elif k == "cbfield":
            p = d.add_paragraph()
            if controls:
                _sdt_check(p, b[2], b[1])
            else:
                p.add_run(BOX[b[2]] + " " + b[1])
        elif k == "pb":
            d.add_page_break()
    import datetime
    cp = d.core_properties
    cp.author = "school"; cp.last_modified_by = "school"; cp.title = title_meta
    cp.created = datetime.datetime(2026, 12, 1, 9, 0, 0); cp.modified = datetime.datetime(2026, 12, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ odt
def to_odt(ir, path, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, MasterPage, PageLayout, PageLayoutProperties, Footer
    from odf.text import H, P, Span
    from odf.table import Table as OTable, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((0, "18pt"), (1, "14pt"), (2, "12pt")):
        s = Style(name="Kop%d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    sm = Style(name="Klein", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt", fontstyle="italic"))
    doc.styles.addElement(sm)
    bold = Style(name="Vet", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    pb = Style(name="PB", family="paragraph"); pb.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(pb)
    if footer:
        pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
        doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        f = Footer(); f.addElement(P(stylename=sm, text=footer)); mp.addElement(f)
        doc.masterstyles.addElement(mp)
    tcount = [0]

    def table(rows):
        tcount[0] += 1
        t = OTable(name="Tabel%d" % tcount[0])
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for r in rows:
            tr = TableRow()
            for c in r:
                tc = TableCell(valuetype="string")
                for line in c.split("\n"):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    for b in ir:
        k = b[0]
        if k in ("title", "h1", "h2"):
            lvl = {"title": 0, "h1": 1, "h2": 2}[k]
            doc.text.addElement(H(outlinelevel=lvl + 1, stylename=hs[lvl], text=b[1]))
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "small":
            doc.text.addElement(P(stylename=sm, text=b[1]))
        elif k == "ul":
            for x in b[1]:
                doc.text.addElement(P(text="\u2022 " + x))
        elif k == "table":
            table(b[1])
        elif k == "check":
            doc.text.addElement(P(text="    ".join(BOX[c] + " " + l for c, l in b[1])))
        elif k == "sig":
            rows = [["", "Naam", "Datum", "Handtekening"]]
            for role, name, date, signed in b[1]:
                nm, dt, hand = sig_text(role, name, date, signed); rows.append([role, nm, dt, hand])
            table(rows)
        elif k == "field":
            p = P(); p.addElement(Span(stylename=bold, text=b[1] + ": ")); p.addText(b[2] or "________________")
            doc.text.addElement(p)
        elif k == "cbfield":
            doc.text.addElement(P(text=BOX[b[2]] + " " + b[1]))
        elif k == "pb":
            doc.text.addElement(P(stylename=pb, text=""))
    doc.save(path)
    # strip volatile meta
    normalize_zip(path, meta_fix=True)


def normalize_zip(path, meta_fix=False):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if meta_fix and info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"<meta:creation-date>2026-12-01T09:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-12-01T09:00:00</dc:date>", data)
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


# ------------------------------------------------------------------ reportlab pdf
SS = {
    "title": ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4),
    "small": ParagraphStyle("s", fontName="DVI", fontSize=7.5, leading=9.5, spaceAfter=3, textColor=colors.HexColor("#444444")),
    "cell": ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5),
}


def _para(t, st="p"):
    return Paragraph(escape(t).replace("\n", "<br/>"), SS[st])


class Scribble(Flowable):
    """A hand-drawn looking signature (used in documents that are scanned later)."""
    def __init__(self, seed, w=4 * cm, h=0.9 * cm):
        super().__init__(); self.seed = seed; self.width = w; self.height = h

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv; c.setLineWidth(1.1); c.setStrokeColor(colors.HexColor("#1a2a6c"))
        p = c.beginPath(); x, y = 2, self.height / 2; p.moveTo(x, y)
        for i in range(7):
            nx = x + r.uniform(10, 18); ny = r.uniform(2, self.height - 2)
            p.curveTo(x + r.uniform(-4, 12), r.uniform(0, self.height), nx - r.uniform(0, 8), r.uniform(0, self.height), nx, ny)
            x, y = nx, ny
        c.drawPath(p, stroke=1, fill=0)


class FormField(Flowable):
    def __init__(self, label, value, multiline, width, kind="text", seed=0):
        super().__init__()
        self.label, self.value, self.multiline, self.kind = label, value, multiline, kind
        self.width = width
        if multiline and isinstance(value, str) and value:
            import textwrap
            value = "\n".join(textwrap.fill(x, 100) for x in value.split("\n"))
            self.value = value
        lines = max(1, (value or "").count("\n") + 1) if multiline else 1
        self.fh = 14 + 9.6 * (lines - 1) if multiline else 16
        if kind == "check":
            self.fh = 12
        self.height = self.fh + (12 if kind == "text" else 2)
        self.name = "f%d" % seed

    def draw(self):
        c = self.canv
        if self.kind == "check":
            c.acroForm.checkbox(name=self.name, x=0, y=0, size=11, checked=bool(self.value), buttonStyle="cross",
                                borderWidth=0.6, relative=True, tooltip=self.label)
            c.setFont("DV", 9); c.drawString(16, 2, self.label)
            return
        c.setFont("DVB", 8.5); c.drawString(0, self.fh + 2, self.label)
        flags = "multiline" if self.multiline else ""
        val = (self.value or "").replace("\u2022", "-").encode("latin-1", "replace").decode("latin-1")
        c.acroForm.textfield(name=self.name, value=val, x=0, y=0, width=self.width, height=self.fh,
                             fontName="Helvetica", fontSize=8, borderWidth=0.5, fieldFlags=flags, relative=True,
                             tooltip=self.label, fillColor=colors.HexColor("#eef3ff"))


def to_pdf(ir, path, land=False, footer=None, header=None, scribbles=False, form=False, seed=1, title_meta="OPP"):
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title_meta, author="school", creator="schooladministratie",
                            producer="ReportLab", subject="", invariant=1)
    W = ps[0] - 4 * cm
    fl = []
    fcount = [0]
    for b in ir:
        k = b[0]
        if k in ("title", "h1", "h2", "p", "small"):
            fl.append(_para(b[1], k))
        elif k == "ul":
            for x in b[1]:
                fl.append(Paragraph("\u2022 " + escape(x), ParagraphStyle("li", parent=SS["p"], leftIndent=10, firstLineIndent=-8)))
        elif k == "table":
            rows, opts = b[1], b[2]
            n = len(rows[0]); widths = opts.get("widths") or [1.0 / n] * n
            data = [[_para(c, "cellb" if ((opts.get("header") and i == 0) or (opts.get("boldfirst") and j == 0)) else "cell")
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * W for w in widths], repeatRows=1 if opts.get("header") else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header"):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            t.setStyle(TableStyle(sty)); fl.append(t); fl.append(Spacer(1, 6))
        elif k == "check":
            if form:
                for c, l in b[1]:
                    fcount[0] += 1; fl.append(FormField(l, c, False, W, "check", seed * 1000 + fcount[0]))
            else:
                fl.append(_para("     ".join(BOX[c] + " " + l for c, l in b[1])))
        elif k == "sig":
            data = [[_para("", "cellb"), _para("Naam", "cellb"), _para("Datum", "cellb"), _para("Handtekening", "cellb")]]
            for i, (role, name, date, signed) in enumerate(b[1]):
                nm, dt, hand = sig_text(role, name, date, signed)
                if scribbles:
                    handf = Scribble(seed * 100 + i) if signed else _para("", "cell")
                else:
                    handf = _para(hand, "cell")
                data.append([_para(role, "cell"), _para(nm, "cell"), _para(dt, "cell"), handf])
            t = Table(data, colWidths=[0.25 * W, 0.3 * W, 0.15 * W, 0.3 * W], rowHeights=[None] + [1.2 * cm] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(t); fl.append(Spacer(1, 6))
        elif k == "field":
            if form:
                fcount[0] += 1; fl.append(FormField(b[1], b[2], b[3], W, "text", seed * 1000 + fcount[0])); fl.append(Spacer(1, 4))
            else:
                fl.append(Paragraph("<b>%s:</b> %s" % (escape(b[1]), escape(b[2] or "________________").replace("\n", "<br/>")), SS["p"]))
        elif k == "cbfield":
            if form:
                fcount[0] += 1; fl.append(FormField(b[1], b[2], False, W, "check", seed * 1000 + fcount[0])); fl.append(Spacer(1, 3))
            else:
                fl.append(_para(BOX[b[2]] + " " + b[1]))
        elif k == "pb":
            fl.append(PageBreak())

    def deco(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(d.page)))
        if header:
            c.drawString(2 * cm, ps[1] - 1.3 * cm, header)
        c.restoreState()
    doc.build(fl, onFirstPage=deco, onLaterPages=deco)


def fix_soffice_pdf(path):
    """Make a LibreOffice-exported PDF deterministic: fixed dates and ID (same byte length)."""
    data = open(path, "rb").read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + b"20261201090000", data)
    def _zero(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda n: b"<" + b"0" * (len(n.group(0)) - 2) + b">", m.group(0))
    data = re.sub(rb"/ID\s*\[[^\]]*\]", _zero, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: m.group(0)[: -len(m.group(1))] + b"0" * len(m.group(1)), data)
    open(path, "wb").write(data)
