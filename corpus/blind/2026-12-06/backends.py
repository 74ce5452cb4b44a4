# -*- coding: utf-8 -*-
import os, random, datetime as dt
from content import dshort
BOX = {True: "☒", False: "☐"}

def sig_text(b, style="txt"):
    _, role, name, signed, date, rem = b
    if signed:
        mark = {"txt": f"(getekend) {name}", "docx": f"w.g. {name}", "pdf": name}[style]
    else:
        mark = "______________________"
    s = f"Handtekening {role.lower()}: {mark}"
    if rem: s += f"   — \"{rem}\""
    s += f"    Datum: {date if date else '____________'}"
    if not signed: s = f"Naam {role.lower()}: {name}\n" + s
    return s

# ---------------- txt
def to_txt(B, path):
    out = []; footer = None
    for b in B:
        k = b[0]
        if k == "title": out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub": out += [b[1], ""]
        elif k in ("h1",): out += ["", b[1], "-" * len(b[1])]
        elif k in ("h2", "h3"): out += ["", b[1]]
        elif k == "p": out += [b[1], ""]
        elif k == "ul": out += ["  - " + s for s in b[1]] + [""]
        elif k == "kv": out += [f"{a:<22}{v}" for a, v in b[1]] + [""]
        elif k == "table":
            out.append(" | ".join(b[1]))
            for r in b[2]: out.append(" | ".join(x.replace("\n", " / ") for x in r))
            out.append("")
        elif k == "check": out.append(f"[{'X' if b[1] else ' '}] {b[2]}")
        elif k == "sig": out += [sig_text(b, "txt"), ""]
        elif k == "footer": footer = b[1]
    if footer: out += ["", "-- " + footer + " --"]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")

# ---------------- docx
PLCHDR = "Klik of tik om tekst in te voeren."
W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
def _cc_check(par, checked, label):
    from docx.oxml import parse_xml
    x = (f'<w:sdt {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
         '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
         f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{BOX[checked]}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x)); par.add_run(" " + label)
def _cc_plchdr(par):
    from docx.oxml import parse_xml
    for r in list(par._p.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r')): par._p.remove(r)
    x = (f'<w:sdt {W14}><w:sdtPr><w:alias w:val="Tekstvak"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
         f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>{PLCHDR}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(x))

def to_docx(B, path, cc=False):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    d.core_properties.author = "school"; d.core_properties.created = dt.datetime(2026, 1, 1); d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = "school"
    for b in B:
        k = b[0]
        if k == "title": d.add_heading(b[1], 0)
        elif k == "sub": d.add_paragraph(b[1]).runs[0].italic = True
        elif k == "h1": d.add_heading(b[1], 1)
        elif k == "h2": d.add_heading(b[1], 2)
        elif k == "h3": d.add_heading(b[1], 3)
        elif k == "p":
            par = d.add_paragraph(b[1])
            if b[1] == PLCHDR: _cc_plchdr(par)
        elif k == "ul":
            for s in b[1]: d.add_paragraph(s, style="List Bullet")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, v in b[1]:
                r = t.add_row().cells; r[0].text = a; r[1].text = v
            d.add_paragraph()
        elif k == "table":
            t = d.add_table(rows=1, cols=len(b[1])); t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
                    if v == PLCHDR: _cc_plchdr(cells[i].paragraphs[0])
            d.add_paragraph()
        elif k == "check":
            if cc: _cc_check(d.add_paragraph(), b[1], b[2])
            else: d.add_paragraph(f"{BOX[b[1]]} {b[2]}")
        elif k == "sig": d.add_paragraph(sig_text(b, "docx"))
        elif k == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
    d.save(path)

# ---------------- odt
def to_odt(B, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    tit = Style(name="T", family="paragraph"); tit.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.automaticstyles.addElement(tit)
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); doc.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); doc.styles.addElement(h2)
    tcount = [0]
    def table(header, rows):
        tcount[0] += 1
        t = Table(name=f"Tabel{tcount[0]}")
        t.addElement(TableColumn(numbercolumnsrepeated=len(header or rows[0])))
        if header:
            tr = TableRow(); t.addElement(tr)
            for h in header:
                tc = TableCell(); tc.addElement(P(stylename=bold, text=h)); tr.addElement(tc)
        for r in rows:
            tr = TableRow(); t.addElement(tr)
            for v in r:
                tc = TableCell()
                for line in (v.split("\n") if v else [""]): tc.addElement(P(text=line))
                tr.addElement(tc)
        doc.text.addElement(t)
    for b in B:
        k = b[0]
        if k == "title": doc.text.addElement(P(stylename=tit, text=b[1]))
        elif k == "sub": doc.text.addElement(P(text=b[1]))
        elif k == "h1": doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k in ("h2", "h3"): doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "p":
            for line in b[1].split("\n"): doc.text.addElement(P(text=line))
        elif k == "ul":
            L = List()
            for s in b[1]:
                li = ListItem(); li.addElement(P(text="• " + s)); L.addElement(li)
            doc.text.addElement(L)
        elif k == "kv": table(None, [list(x) for x in b[1]])
        elif k == "table": table(b[1], b[2])
        elif k == "check": doc.text.addElement(P(text=f"{BOX[b[1]]} {b[2]}"))
        elif k == "sig":
            for line in sig_text(b, "docx").split("\n"): doc.text.addElement(P(text=line))
        elif k == "footer": doc.text.addElement(P(text=b[1]))
    doc.save(path)

# ---------------- reportlab pdf
_fonts = [False]
def fonts():
    if _fonts[0]: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    _fonts[0] = True

def scribble(seed):
    from reportlab.graphics.shapes import Drawing, PolyLine
    r = random.Random(seed); pts = []
    x = 5
    for i in range(14):
        pts += [x, 8 + r.uniform(-7, 9)]; x += r.uniform(5, 10)
    dr = Drawing(120, 26); dr.add(PolyLine(pts, strokeWidth=1.1, strokeColor=None)); return dr

def to_pdf(B, path, serif=False, seed="x"):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape as esc
    base = "DVS" if serif else "DV"
    S = {"p": ParagraphStyle("p", fontName=base, fontSize=9.5, leading=12.5, spaceAfter=5),
         "title": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=6),
         "sub": ParagraphStyle("s", fontName=base, fontSize=9, textColor=colors.grey, spaceAfter=8),
         "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4),
         "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
         "h3": ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2),
         "c": ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)}
    footer = [b[1] for b in B if b[0] == "footer"]
    F = []
    P = lambda s, st="p": Paragraph(esc(s).replace("\n", "<br/>"), S[st])
    for b in B:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "h3"): F.append(P(b[1], k))
        elif k == "p": F.append(P(b[1]))
        elif k == "ul": F.append(ListFlowable([ListItem(P(s), leftIndent=12) for s in b[1]], bulletType="bullet", start="•", leftIndent=12))
        elif k in ("kv", "table"):
            hdr = None if k == "kv" else b[1]
            rows = ([[P(h, "h3") for h in hdr]] if hdr else []) + [[P(v or "", "c") for v in r] for r in (b[1] if k == "kv" else b[2])]
            ncol = len(rows[0]); W = 17 * cm
            cw = [4.5 * cm, W - 4.5 * cm] if ncol == 2 else [W / ncol] * ncol
            t = Table(rows, colWidths=cw, repeatRows=1 if hdr else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")] + ([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))] if hdr else [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))])))
            F += [t, Spacer(1, 6)]
        elif k == "check": F.append(P(f"{BOX[b[1]]} {b[2]}"))
        elif k == "sig":
            _, role, name, signed, date, rem = b
            lab = "Handtekening " + role.lower()
            cells = [[P(lab + ":", "c"), scribble(seed + name) if signed else P("", "c"), P("Datum: " + (date or ""), "c")],
                     [P("", "c"), P(name + (f'   "{rem}"' if rem else ""), "c"), P("", "c")]]
            t = Table(cells, colWidths=[4.5 * cm, 7.5 * cm, 5 * cm])
            t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black), ("LINEBELOW", (2, 0), (2, 0), 0.5, colors.black) if not date else ("LINEBELOW", (2, 0), (2, 0), 0, colors.white), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            F += [t, Spacer(1, 8)]
    def onpage(cv, doc):
        if footer:
            cv.setFont(base, 7.5); cv.drawString(2 * cm, 1.2 * cm, footer[0]); cv.drawRightString(19 * cm, 1.2 * cm, f"pagina {doc.page}")
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                      title="OPP", author="", creator="", producer="").build(F, onFirstPage=onpage, onLaterPages=onpage)

# ---------------- scan: pdf -> noisy skewed image-only pdf
def to_scan(src_pdf, out_pdf, seed, tmpdir):
    import subprocess, glob
    from PIL import Image, ImageFilter, ImageDraw
    pref = os.path.join(tmpdir, "pg")
    for f in glob.glob(pref + "*"): os.remove(f)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pref], check=True)
    r = random.Random(seed); pages = []
    for f in sorted(glob.glob(pref + "*.png")):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        dr = ImageDraw.Draw(im); w, h = im.size
        for _ in range(2500):
            x, y = r.randrange(w), r.randrange(h); v = r.randrange(60, 200); dr.point((x, y), fill=v)
        for _ in range(3):
            y = r.randrange(h); dr.line([(0, y), (w, y + r.randrange(-3, 3))], fill=r.randrange(200, 235), width=1)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.point(lambda p: max(0, min(255, int(p * 0.93 + 10))))
        pages.append(im)
    pages[0].save(out_pdf, "PDF", resolution=110, save_all=True, append_images=pages[1:],
                  creationDate=__import__("time").gmtime(1767225600), modDate=__import__("time").gmtime(1767225600), producer="Scanner", creator="Scanner")
