# -*- coding: utf-8 -*-
"""Writers: block list -> docx / pdf (reportlab) / txt / md / fillable pdf form; plus determinism helpers."""
import io, zipfile, random, re, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.enum.text import WD_BREAK

FIXED = datetime.datetime(2026, 12, 6, 4, 0, 0)

# ------------------------------------------------------------------------------- docx
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _sdt_checkbox(par, checked, label):
    xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), W14, 1 if checked else 0, "☒" if checked else "☐"))
    par._p.append(parse_xml(xml))
    par.add_run(" " + label)


def _sdt_text(container_par, text):
    xml = ('<w:sdt %s><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
           '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>' % (nsdecls("w"), text))
    container_par._p.append(parse_xml(xml))


def _cell_lines(cell, lines):
    cell.text = ""
    first = True
    for ln in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        par.add_run(ln)
        first = False


def write_docx(B, path, sdt_checkboxes=False, font="Calibri", title="OPP"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    for b in B:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], 0)
        elif t == "sub":
            r = doc.add_paragraph().add_run(b[1])
            r.italic = True
        elif t == "h1":
            doc.add_heading(b[1], 1)
        elif t == "h2":
            doc.add_heading(b[1], 2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "mono":
            par = doc.add_paragraph()
            r = par.add_run(b[1])
            r.font.name = "Courier New"
            r.font.size = Pt(9)
            par.paragraph_format.space_after = Pt(0)
        elif t == "sdt":
            _sdt_text(doc.add_paragraph(), b[1])
        elif t == "bul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "kv":
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                row = tb.add_row().cells
                row[0].text = k
                row[0].paragraphs[0].runs[0].bold = True
                _cell_lines(row[1], v if v else [""])
            doc.add_paragraph()
        elif t == "tbl":
            tb = doc.add_table(rows=1, cols=len(b[1]))
            tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
                tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for r in b[2]:
                cells = tb.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = x
            doc.add_paragraph()
        elif t == "chk":
            for c, x in b[1]:
                par = doc.add_paragraph()
                if sdt_checkboxes:
                    _sdt_checkbox(par, c, x)
                else:
                    par.add_run(("☒ " if c else "☐ ") + x)
        elif t == "sig":
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                tb.rows[0].cells[i].text = h
            for r in b[1]:
                cells = tb.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = r[0], r[1], r[2] or ""
                s = r[3]
                cells[3].text = "" if not s else ("(handtekening)" if s == "SCRIBBLE" else s)
            doc.add_paragraph()
        elif t == "line":
            doc.add_paragraph("%s: ______________________________" % b[1])
        elif t == "foot":
            for sec in doc.sections:
                sec.footer.paragraphs[0].text = b[1]
        elif t == "brk":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    cp = doc.core_properties
    cp.author = "school"
    cp.last_modified_by = "school"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    doc.save(path)
    fix_zip(path)


def fix_zip(path, patch=None):
    """Rewrite a zip (docx/odt) with fixed timestamps; keep order and mimetype stored first."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i, data in items:
            if patch:
                data = patch(i.filename, data)
            zi = zipfile.ZipInfo(i.filename, date_time=(2026, 12, 6, 4, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    open(path, "wb").write(out.getvalue())


def odt_patch(name, data):
    if name == "content.xml" or name == "styles.xml":
        s = data.decode("utf8")
        ids = {}
        s = re.sub(r'xml:id="list(\d+)"', lambda m: 'xml:id="list%d"' % ids.setdefault(m.group(1), 1000 + len(ids)), s)
        return s.encode("utf8")
    if name == "settings.xml":
        s = data.decode("utf8")
        s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>100000", s)
        return s.encode("utf8")
    if name == "meta.xml":
        s = data.decode("utf8")
        s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>", "<meta:creation-date>2026-12-06T04:00:00</meta:creation-date>", s)
        s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2026-12-06T04:00:00</dc:date>", s)
        s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", s)
        s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice</meta:generator>", s)
        return s.encode("utf8")
    return data


# ------------------------------------------------------------------------------- txt / md
def write_txt(B, path, md=False):
    out = []
    for b in B:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), ""]
        elif t == "sub":
            out += ["*%s*" % b[1] if md else b[1], ""]
        elif t == "h1":
            out += ["## " + b[1] if md else b[1], "" if md else "-" * len(b[1])]
        elif t == "h2":
            out += ["### " + b[1] if md else b[1] + ":"]
        elif t in ("p", "sdt"):
            out += [b[1], ""]
        elif t == "mono":
            out.append(b[1])
        elif t == "bul":
            out += [("- " if md else "  * ") + x for x in b[1]] + [""]
        elif t == "kv":
            if md:
                out += ["| Onderdeel | Inhoud |", "|---|---|"]
                out += ["| %s | %s |" % (k, "<br>".join(v)) for k, v in b[1]] + [""]
            else:
                for k, v in b[1]:
                    out.append("%s: %s" % (k, v[0] if v else ""))
                    out += ["    " + x for x in v[1:]]
                out.append("")
        elif t == "tbl":
            if md:
                out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
            else:
                out.append(" | ".join(b[1]))
                out += [" | ".join(r) for r in b[2]] + [""]
        elif t == "chk":
            out += [("[x] " if c else "[ ] ") + x for c, x in b[1]] + [""]
        elif t == "sig":
            for r in b[1]:
                s = r[3] or "____________________"
                out.append("%s: %s   Datum: %s   Handtekening: %s" % (r[0], r[1], r[2] or "__________", "(handtekening)" if s == "SCRIBBLE" else s))
            out.append("")
        elif t == "line":
            out += ["%s: ______________________" % b[1], ""]
        elif t == "foot":
            out += ["", "-- " + b[1]]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


# ------------------------------------------------------------------------------- pdf (reportlab)
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable, Preformatted
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from xml.sax.saxutils import escape

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))


class Scribble(Flowable):
    def __init__(self, seed, w=110, h=26):
        Flowable.__init__(self)
        self.seed, self.width, self.height = seed, w, h

    def draw(self):
        r = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(1.1)
        x, y = 4, self.height / 2
        pth = c.beginPath()
        pth.moveTo(x, y)
        for _ in range(7):
            nx = x + r.uniform(8, 16)
            pth.curveTo(x + r.uniform(0, 8), y + r.uniform(-12, 12), nx - r.uniform(0, 8), y + r.uniform(-12, 12), nx, self.height / 2 + r.uniform(-6, 6))
            x = nx
        c.drawPath(pth, stroke=1, fill=0)


def write_pdf(B, path, serif=False, title="OPP", seed=0):
    base = "DVS" if serif else "DV"
    bold = "DVSB" if serif else "DVB"
    sty = {"p": ParagraphStyle("p", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=4),
           "title": ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=4),
           "sub": ParagraphStyle("s", fontName="DVI", fontSize=9, leading=12, spaceAfter=8, textColor=colors.HexColor("#444444")),
           "h1": ParagraphStyle("h1", fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor("#1f3864")),
           "h2": ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
           "cell": ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5),
           "cellb": ParagraphStyle("cb", fontName=bold, fontSize=8.5, leading=10.5),
           "mono": ParagraphStyle("m", fontName="DVM", fontSize=8, leading=10)}
    footer = [None]
    F = []
    box = lambda s: s.replace("☒", '<font name="DV">☒</font>').replace("☐", '<font name="DV">☐</font>')
    P = lambda s, st="p": Paragraph(box(escape(s)), sty[st])
    tstyle = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    k = 0
    for b in B:
        t = b[0]
        if t in ("title", "sub", "h1", "h2", "p"):
            F.append(P(b[1], t))
        elif t == "sdt":
            F.append(P(b[1]))
        elif t == "mono":
            F.append(Preformatted(b[1], sty["mono"]))
        elif t == "bul":
            for x in b[1]:
                F.append(Paragraph("• " + escape(x), ParagraphStyle("b", parent=sty["p"], leftIndent=12, firstLineIndent=-8)))
        elif t == "kv":
            data = [[P(kk, "cellb"), [P(x, "cell") for x in v] or P("", "cell")] for kk, v in b[1]]
            tb = Table(data, colWidths=[120, 350])
            tb.setStyle(tstyle)
            F += [tb, Spacer(1, 6)]
        elif t == "tbl":
            n = len(b[1])
            data = [[P(h, "cellb") for h in b[1]]] + [[P(x, "cell") for x in r] for r in b[2]]
            tb = Table(data, colWidths=[470.0 / n] * n, repeatRows=1)
            tb.setStyle(tstyle)
            F += [tb, Spacer(1, 6)]
        elif t == "chk":
            for c, x in b[1]:
                F.append(P(("☒ " if c else "☐ ") + x))
        elif t == "sig":
            data = [[P(h, "cellb") for h in ["", "Naam", "Datum", "Handtekening"]]]
            for r in b[1]:
                k += 1
                s = r[3]
                cell = Scribble(seed * 100 + k) if s == "SCRIBBLE" else P(s or "", "cell")
                data.append([P(r[0], "cell"), P(r[1], "cell"), P(r[2] or "", "cell"), cell])
            tb = Table(data, colWidths=[100, 130, 80, 160], rowHeights=[None] + [34] * len(b[1]))
            tb.setStyle(tstyle)
            F += [tb, Spacer(1, 6)]
        elif t == "line":
            F.append(P("%s: ________________________________" % b[1]))
        elif t == "foot":
            footer[0] = b[1]

    def onpage(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        if footer[0]:
            c.drawString(56, 28, footer[0])
        c.drawRightString(A4[0] - 56, 28, "pagina %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=50,
                            title=title, author="school", creator="school", producer="ReportLab")
    doc.build(F, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------------------- fillable PDF form
def write_form(fields, path, title, sub, seed=0):
    """fields: list of (kind, label, value) kind in text|check|heading. Values prefilled into AcroForm fields."""
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("school")
    W, H = A4
    y = H - 60

    def newpage():
        nonlocal y
        c.setFont("Helvetica", 7)
        c.drawString(50, 25, "Invulformulier OPP — %s" % title)
        c.showPage()
        y = H - 50

    c.setFont("Helvetica-Bold", 15)
    c.drawString(50, y, title)
    y -= 16
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(50, y, sub)
    y -= 22
    n = 0
    for kind, label, value in fields:
        n += 1
        if kind == "heading":
            if y < 110:
                newpage()
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, label)
            y -= 18
            continue
        if kind == "check":
            if y < 70:
                newpage()
            c.acroForm.checkbox(name="cb%d" % n, x=52, y=y - 4, size=11, checked=bool(value), buttonStyle="cross",
                                borderWidth=0.8, tooltip=label)
            c.setFont("Helvetica", 9)
            c.drawString(70, y - 2, label)
            y -= 17
            continue
        import textwrap
        value = value.replace("•", "-").replace("–", "-").replace("☒", "[x]").replace("☐", "[ ]").replace("“", '"').replace("”", '"').replace("ı", "i")
        value = value.encode("latin-1", "replace").decode("latin-1")
        value = "\n".join(w for ln in value.split("\n") for w in (textwrap.wrap(ln, 118) or [""]))
        lines = max(1, value.count("\n") + 1)
        h = 11 * lines + 6
        if y - h - 14 < 50:
            newpage()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, label)
        y -= 4
        c.acroForm.textfield(name="f%d_%s" % (n, re.sub(r"\W+", "_", label)[:30]), value=value, x=50, y=y - h, width=495,
                             height=h, fontName="Helvetica", fontSize=8.5, borderWidth=0.6, borderColor=colors.grey,
                             fillColor=colors.HexColor("#f4f7fb"), fieldFlags="multiline" if lines > 1 else "",
                             tooltip=label)
        y -= h + 14
    c.setFont("Helvetica", 7)
    c.drawString(50, 25, "Invulformulier OPP — %s" % title)
    c.save()
