# -*- coding: utf-8 -*-
"""Writers: block model -> txt, md, docx, odt, pdf (reportlab), fillable pdf, scan."""
import io, os, zipfile, subprocess
import numpy as np

BOX = {True: "\u2612", False: "\u2610"}


def sig_line(r):
    role, name, date, hand = r
    hand_txt = "[handtekening]" if hand == "SCRIBBLE" else (hand or "______________________")
    return "%s: %s   Datum: %s   Handtekening: %s" % (role, name or "______________________", date or "__________", hand_txt)


def flat(items):
    """items (as in a grid cell) -> list of (style, text) lines."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(("p", it))
        elif it[0] == "p":
            out.append(("p", it[1]))
        elif it[0] == "bullets":
            out += [("p", "\u2022 " + x) for x in it[1]]
        elif it[0] == "table":
            out += [("p", " | ".join(r)) for r in it[2]]
        elif it[0] == "checks":
            out += [("p", "%s %s" % (BOX[c], l)) for l, c in it[1]]
        elif it[0] == "sig":
            out += [("p", sig_line(r)) for r in it[1]]
        elif it[0] in ("instr", "sdt"):
            out.append((it[0], it[1]))
    return out


# ------------------------------------------------------------------ txt / md
def to_txt(model, path, footer=None):
    L = []
    page = 1
    for b in model:
        t = b[0]
        if t == "title":
            L += [b[1], "=" * len(b[1]), ""]
        elif t == "sub":
            L += [b[1], ""]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1])
            L += ["%s : %s" % (k.ljust(w), v) for k, v in b[1]] + [""]
        elif t == "h1":
            L += ["", b[1].upper(), "-" * len(b[1])]
        elif t == "h2":
            L += ["", b[1]]
        elif t == "grid":
            for lab, items, sec in b[1]:
                if sec:
                    L += ["", "== %s ==" % lab, ""]
                    continue
                L.append(lab + ":")
                for st, x in flat(items):
                    L.append("    " + x)
                L.append("")
        elif t == "pagebreak":
            if footer:
                L += ["", footer.format(page=page)]
            page += 1
            L += ["\f"]
        else:
            L += ["  " + x if st != "p" else x for st, x in flat([b])]
    if footer:
        L += ["", footer.format(page=page)]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def to_md(model, path):
    L = []
    for b in model:
        t = b[0]
        if t == "title":
            L += ["# " + b[1], ""]
        elif t == "sub":
            L += ["*" + b[1] + "*", ""]
        elif t == "kv":
            L += ["| Gegeven | |", "|---|---|"] + ["| %s | %s |" % kv for kv in b[1]] + [""]
        elif t == "h1":
            L += ["## " + b[1], ""]
        elif t == "h2":
            L += ["### " + b[1], ""]
        elif t == "p":
            L += [b[1], ""]
        elif t == "instr":
            L += ["> _" + b[1] + "_", ""]
        elif t == "sdt":
            L += [b[1], ""]
        elif t == "bullets":
            L += ["- " + x for x in b[1]] + [""]
        elif t == "table":
            L += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
            L += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
        elif t == "checks":
            L += ["- [%s] %s" % ("x" if c else " ", l) for l, c in b[1]] + [""]
        elif t == "sig":
            L += ["| Rol | Naam | Datum | Handtekening |", "|---|---|---|---|"]
            L += ["| %s | %s | %s | %s |" % (r[0], r[1] or " ", r[2] or " ", r[3] or " ") for r in b[1]] + [""]
        elif t == "grid":
            for lab, items, sec in b[1]:
                if sec:
                    L += ["## " + lab, ""]
                    continue
                L += ["**%s**" % lab, ""] + [x for _, x in flat(items)] + [""]
        elif t == "pagebreak":
            L += ["---", ""]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ docx
def to_docx(model, path, sdt=False, checkbox=False, footer=None):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.enum.text import WD_BREAK
    doc = Document()
    cp = doc.core_properties
    import datetime as dt
    cp.author = "school"; cp.created = dt.datetime(2025, 1, 1); cp.modified = dt.datetime(2025, 1, 1); cp.last_modified_by = "school"; cp.revision = 1
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_run(par, text, placeholder=False):
        if placeholder:
            xml = ('<w:sdt %s><w:sdtPr><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), esc(text))
        else:
            xml = ('<w:sdt %s><w:sdtPr><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), esc(text))
        par._p.append(parse_xml(xml))

    def box(par, checked):
        if checkbox:
            xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r>'
                   '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), W14, 1 if checked else 0, BOX[checked])
            par._p.append(parse_xml(xml))
        else:
            par.add_run(BOX[checked])

    def text_par(container, text, style=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if sdt and text:
            sdt_run(p, text)
        else:
            p.add_run(text)
        return p

    def emit(container, b, in_cell=False):
        t = b[0]
        if t == "p":
            text_par(container, b[1])
        elif t == "instr":
            r = container.add_paragraph().add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif t == "sdt":
            sdt_run(container.add_paragraph(), b[1], placeholder=True)
        elif t == "bullets":
            for x in b[1]:
                if in_cell:
                    text_par(container, "\u2022 " + x)
                else:
                    text_par(container, x, "List Bullet")
        elif t == "table":
            if in_cell:
                for r in b[2]:
                    text_par(container, " | ".join(r))
                return
            tb = container.add_table(rows=1, cols=len(b[1])); tb.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tb.rows[0].cells[i].text = h
                for r in tb.rows[0].cells[i].paragraphs[0].runs: r.bold = True
            for row in b[2]:
                cells = tb.add_row().cells
                for i, c in enumerate(row):
                    if sdt and c:
                        sdt_run(cells[i].paragraphs[0], c)
                    else:
                        cells[i].text = c
        elif t == "checks":
            for l, c in b[1]:
                p = container.add_paragraph(); box(p, c); p.add_run(" " + l)
        elif t == "sig":
            if in_cell:
                for r in b[1]:
                    container.add_paragraph(sig_line(r))
                return
            tb = container.add_table(rows=1, cols=4); tb.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                tb.rows[0].cells[i].text = h
            for r in b[1]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
    for b in model:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], level=0)
        elif t == "sub":
            r = doc.add_paragraph().add_run(b[1]); r.italic = True
        elif t == "h1":
            doc.add_heading(b[1], level=1)
        elif t == "h2":
            doc.add_heading(b[1], level=2)
        elif t == "kv":
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells; c[0].text = k; c[1].text = v
            doc.add_paragraph()
        elif t == "grid":
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for lab, items, sec in b[1]:
                row = tb.add_row()
                if sec:
                    m = row.cells[0].merge(row.cells[1]); m.text = lab
                    for r in m.paragraphs[0].runs: r.bold = True
                    continue
                row.cells[0].text = lab
                for r in row.cells[0].paragraphs[0].runs: r.bold = True
                cell = row.cells[1]
                first = cell.paragraphs[0]
                for it in items:
                    emit(cell, ("p", it) if isinstance(it, str) else it, in_cell=True)
                if len(cell.paragraphs) > 1:
                    first._p.getparent().remove(first._p)
        elif t == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            emit(doc, b)
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]; fp.text = footer.replace("{page}", "")
    doc.save(path)
    normalize_zip(path)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def normalize_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w") as zout:
        for i, data in items:
            zi = zipfile.ZipInfo(i.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = i.external_attr
            zout.writestr(zi, data)


# ------------------------------------------------------------------ odt
def to_odt(model, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def pstyle(name, **tp):
        s = Style(name=name, family="paragraph"); s.addElement(TextProperties(**tp)); doc.styles.addElement(s); return s
    s_title = pstyle("Titel", fontsize="18pt", fontweight="bold")
    s_h1 = pstyle("Kop1", fontsize="13pt", fontweight="bold")
    s_h2 = pstyle("Kop2", fontsize="11pt", fontweight="bold", fontstyle="italic")
    s_instr = pstyle("Instructie", fontstyle="italic", color="#808080")
    s_b = pstyle("Vet", fontweight="bold")
    s_p = pstyle("Tekst", fontsize="10pt")

    def par(text, st=s_p):
        return P(stylename=st, text=text)

    def table(rows, header=None):
        ncol = len(header) if header else len(rows[0])
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for i, r in enumerate(([header] if header else []) + list(rows)):
            tr = TableRow()
            for c in r:
                tc = TableCell()
                if isinstance(c, list):
                    for st, x in c:
                        tc.addElement(par(x, s_instr if st in ("instr", "sdt") else s_p))
                else:
                    tc.addElement(par(c, s_b if (header and i == 0) else s_p))
                tr.addElement(tc)
            t.addElement(tr)
        return t
    T = doc.text
    for b in model:
        t = b[0]
        if t == "title":
            T.addElement(H(outlinelevel=1, stylename=s_title, text=b[1]))
        elif t == "sub":
            T.addElement(par(b[1], s_h2))
        elif t == "h1":
            T.addElement(H(outlinelevel=1, stylename=s_h1, text=b[1]))
        elif t == "h2":
            T.addElement(H(outlinelevel=2, stylename=s_h2, text=b[1]))
        elif t == "kv":
            T.addElement(table([list(r) for r in b[1]]))
        elif t == "table":
            T.addElement(table([list(r) for r in b[2]], b[1]))
        elif t == "sig":
            T.addElement(table([[r[0], r[1], r[2], "" if not r[3] else ("[handtekening]" if r[3] == "SCRIBBLE" else r[3])] for r in b[1]],
                               ["", "Naam", "Datum", "Handtekening"]))
        elif t == "grid":
            rows = []
            for lab, items, sec in b[1]:
                rows.append([[("p", lab)], [] if sec else flat(items)])
            T.addElement(table(rows))
        elif t == "pagebreak":
            T.addElement(par(""))
        else:
            for st, x in flat([b]):
                T.addElement(par(x, s_instr if st in ("instr", "sdt") else s_p))
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ pdf (reportlab)
_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _FONTS = True


def to_pdf(model, path, footer=None, header=None, seed=0):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    S = dict(p=ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3),
             title=ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=6),
             sub=ParagraphStyle("s", fontName="DVI", fontSize=9.5, leading=12, spaceAfter=6),
             h1=ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
             h2=ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=2),
             instr=ParagraphStyle("i", fontName="DVI", fontSize=9, leading=11.5, textColor=colors.grey),
             cell=ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11),
             cellb=ParagraphStyle("cb", fontName="DVB", fontSize=8.8, leading=11))

    class Scribble(Flowable):
        def __init__(self, k):
            super().__init__(); self.k = k; self.width = 45 * mm; self.height = 9 * mm
        def draw(self):
            c = self.canv; rng = np.random.RandomState(self.k)
            c.setStrokeColor(colors.HexColor("#1a2a6c")); c.setLineWidth(1.1)
            x, y = 2, 10
            pth = c.beginPath(); pth.moveTo(x, y)
            for i in range(7):
                nx = x + 14 + rng.rand() * 6
                pth.curveTo(x + 4, y + 12 * rng.rand(), nx - 4, y - 10 * rng.rand(), nx, y + rng.rand() * 6 - 3)
                x = nx
            c.drawPath(pth, stroke=1, fill=0)

    def P(text, st="p"):
        return Paragraph(esc(text), S[st])

    def cellflow(items):
        out = []
        for st, x in flat(items):
            out.append(P(x, "instr" if st in ("instr", "sdt") else "cell"))
        return out
    grid_style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = []
    k = seed
    for b in model:
        t = b[0]
        if t in ("title", "sub", "h1", "h2", "p", "instr"):
            story.append(P(b[1], t) if b[1] else Spacer(1, 6))
        elif t == "sdt":
            story.append(P(b[1], "instr"))
        elif t == "bullets":
            story += [P("\u2022 " + x) for x in b[1]]
        elif t == "checks":
            story += [P("%s %s" % (BOX[c], l)) for l, c in b[1]]
        elif t == "kv":
            tb = Table([[P(k_, "cellb"), P(v, "cell")] for k_, v in b[1]], colWidths=[45 * mm, 120 * mm])
            tb.setStyle(grid_style); story += [tb, Spacer(1, 6)]
        elif t == "table":
            n = len(b[1]); w = 165 * mm / n
            tb = Table([[P(h, "cellb") for h in b[1]]] + [[P(c, "cell") for c in r] for r in b[2]], colWidths=[w] * n, repeatRows=1)
            tb.setStyle(grid_style); story += [tb, Spacer(1, 4)]
        elif t == "sig":
            rows = [[P("", "cellb"), P("Naam", "cellb"), P("Datum", "cellb"), P("Handtekening", "cellb")]]
            for r in b[1]:
                k += 1
                hand = Scribble(k) if r[3] == "SCRIBBLE" else P(r[3] or "", "cell")
                rows.append([P(r[0], "cell"), P(r[1] or "", "cell"), P(r[2] or "", "cell"), hand])
            tb = Table(rows, colWidths=[40 * mm, 45 * mm, 28 * mm, 52 * mm], rowHeights=[None] + [12 * mm] * len(b[1]))
            tb.setStyle(grid_style); story += [tb, Spacer(1, 4)]
        elif t == "grid":
            rows, sty = [], [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for i, (lab, items, sec) in enumerate(b[1]):
                if sec:
                    rows.append([P(lab, "cellb"), ""]); sty += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), colors.HexColor("#dde6f0"))]
                else:
                    rows.append([P(lab, "cellb"), cellflow(items)])
            tb = Table(rows, colWidths=[45 * mm, 120 * mm]); tb.setStyle(TableStyle(sty)); story.append(tb)
        elif t == "pagebreak":
            story.append(PageBreak())

    def deco(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(20 * mm, 10 * mm, footer.format(page=d.page))
        if header:
            c.drawRightString(190 * mm, 287 * mm, header)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="OPP", author="school", creator="school", producer="school")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ fillable pdf form
def to_form(model, path):
    """A fillable PDF: labels printed, element content inside AcroForm fields."""
    fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    y = H - 20 * mm
    fid = [0]

    def newpage():
        nonlocal y
        c.showPage(); y = H - 20 * mm

    def need(h):
        if y - h < 18 * mm:
            newpage()

    def field(value, h, w=120 * mm, x=62 * mm):
        nonlocal y
        fid[0] += 1
        value = value.replace("\u2022", "-").replace("\u2612", "[x]").replace("\u2610", "[ ]").replace("\u2013", "-")
        value = value.encode("latin-1", "replace").decode("latin-1")
        c.acroForm.textfield(name="veld%03d" % fid[0], value=value, x=x, y=y - h, width=w, height=h,
                             fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.white,
                             fieldFlags="multiline" if h > 8 * mm else "", forceBorder=True)

    def wrap(s, n=95):
        import textwrap
        return textwrap.wrap(s, n) or [""]
    for b in model:
        t = b[0]
        if t == "title":
            c.setFont("DVB", 15); c.drawString(20 * mm, y, b[1]); y -= 8 * mm
        elif t == "sub":
            c.setFont("DVI", 9); c.drawString(20 * mm, y, b[1]); y -= 8 * mm
        elif t == "kv":
            for k_, v in b[1]:
                need(8 * mm); c.setFont("DVB", 8.5); c.drawString(20 * mm, y - 4 * mm, k_)
                field(v, 6 * mm); y -= 7.5 * mm
            y -= 4 * mm
        elif t == "grid":
            for lab, items, sec in b[1]:
                if sec:
                    need(10 * mm); c.setFont("DVB", 10); c.drawString(20 * mm, y - 4 * mm, lab); y -= 8 * mm; continue
                checks = [it for it in items if not isinstance(it, str) and it[0] == "checks"]
                others = [it for it in items if isinstance(it, str) or it[0] != "checks"]
                lines = []
                for st, x in flat(others):
                    lines += wrap(x)
                # form shows nothing for instruction text: it becomes the field tooltip-like label
                instr = [x for st, x in flat(others) if st in ("instr", "sdt")]
                val = "\n".join(l for st, x in flat(others) if st not in ("instr", "sdt") for l in wrap(x))
                h = max(7 * mm, (len(lines)) * 3.6 * mm + 3 * mm)
                need(h + 6 * mm + len(checks) * 6 * mm)
                c.setFont("DVB", 8.5); c.drawString(20 * mm, y - 4 * mm, lab[:32])
                if instr:
                    c.setFont("DVI", 7); c.setFillColor(colors.grey); c.drawString(62 * mm, y + 1 * mm, instr[0][:110]); c.setFillColor(colors.black)
                    y -= 3 * mm
                if others or not checks:
                    field(val, h); y -= h + 2 * mm
                for ch in checks:
                    for l, on in ch[1]:
                        fid[0] += 1
                        c.acroForm.checkbox(name="vink%03d" % fid[0], x=62 * mm, y=y - 5 * mm, size=4.5 * mm, checked=on, buttonStyle="cross", borderColor=colors.black)
                        c.setFont("DV", 8.5); c.drawString(69 * mm, y - 4 * mm, l); y -= 6 * mm
                y -= 2 * mm
    c.save()


# ------------------------------------------------------------------ scan
def to_scan(pdf_in, path, build, seed, angle):
    from PIL import Image, ImageFilter
    stem = os.path.join(build, "scan_%d" % seed)
    subprocess.run(["pdftoppm", "-r", "120", "-gray", "-png", pdf_in, stem], check=True)
    pages = sorted(f for f in os.listdir(build) if f.startswith("scan_%d-" % seed) and f.endswith(".png"))
    rng = np.random.RandomState(seed)
    imgs = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(build, f)).convert("L")
        a = angle + (rng.rand() - 0.5) * 0.6
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 8 + rng.normal(0, 9, arr.shape)
        speck = rng.rand(*arr.shape) < 0.0008
        arr[speck] = 40
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im)
    import datetime as dt
    import time
    fixed = time.strptime("2025-01-01", "%Y-%m-%d")
    imgs[0].save(path, "PDF", resolution=120, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed)
