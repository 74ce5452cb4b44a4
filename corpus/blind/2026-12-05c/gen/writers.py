# -*- coding: utf-8 -*-
import io, os, math, random, datetime as dt
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BOX = {True: "☒", False: "☐"}


def scribble(seed, path):
    r = random.Random(seed)
    W, H = 360, 110
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pts = []
    x = 15
    y = H / 2
    while x < W - 20:
        x += r.uniform(6, 18)
        y = H / 2 + r.uniform(-35, 35) * math.sin(x / r.uniform(8, 20))
        pts.append((x, y))
    col = (20, 30, 110, 255)
    for i in range(len(pts) - 1):
        dr.line([pts[i], pts[i + 1]], fill=col, width=3)
    dr.line([(pts[0][0], pts[0][1] + 20), (pts[-1][0], pts[-1][1] + 25)], fill=col, width=2)
    im.save(path)
    return path


# ----------------------------------------------------------------------------------- TXT
def write_txt(blocks, meta, path, sigmode="wg"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k == "h":
            out += ["", b[1], ("-" if b[2] > 1 else "=") * len(b[1])]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += ["  - " + i for i in b[1]] + [""]
        elif k == "kv":
            w = max(len(a) for a, _ in b[1]) + 1
            out += [f"{a + ':':<{w}} {v}" for a, v in b[1]] + [""]
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(x.replace("\n", " / ") for x in r))
            out.append("")
        elif k == "check":
            out += [("[x] " if t else "[ ] ") + l for t, l in b[1]] + [""]
        elif k == "sig":
            for r in b[1][1:]:
                sig = ("w.g. " + (r[0] or "")) if r[3] else "______________"
                out.append(f"{r[1]}: {r[0] or '______________'}   Datum: {r[2] or '__________'}   Handtekening: {sig}")
            out.append("")
        elif k == "sigline":
            out += [b[1] + ("   Handtekening: w.g." if b[2] else "   Handtekening: ____________"), ""]
        elif k == "space":
            out.append("")
        elif k == "pb":
            out.append("\f")
    if meta.get("footer"):
        out += ["", "-- " + meta["footer"] + " --"]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------------- DOCX
def _sdt_checkbox(par, checked):
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    xml = (f'<w:sdt {w}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{BOX[checked]}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def write_docx(blocks, meta, path, sigdir, seed, sdt=False):
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    doc.core_properties.author = "Intern begeleider"
    doc.core_properties.created = dt.datetime(2025, 1, 1)
    doc.core_properties.modified = dt.datetime(2025, 1, 1)
    doc.core_properties.revision = 1
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sn = [0]
    def sigimg(cell_or_par):
        sn[0] += 1
        p = scribble(seed * 100 + sn[0], os.path.join(sigdir, f"sig_{seed}_{sn[0]}.png"))
        par = cell_or_par
        par.add_run().add_picture(p, width=Cm(3.2))
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], 0)
        elif k == "sub":
            doc.add_paragraph(b[1]).runs[0].italic = True
        elif k == "h":
            doc.add_heading(b[1], min(b[2], 3))
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "ul":
            for i in b[1]:
                doc.add_paragraph(i, style="List Bullet")
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
            for a, v in b[1]:
                r = t.add_row().cells; r[0].text = a; r[1].text = v
                r[0].paragraphs[0].runs[0].bold = True
            doc.add_paragraph()
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, x in enumerate(r):
                    cells[j].text = x
                    if (i == 0 and b[2].get("header")) or (j == 0 and b[2].get("label_col")):
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif k == "check":
            for t_, l in b[1]:
                par = doc.add_paragraph()
                if sdt:
                    _sdt_checkbox(par, t_)
                    par.add_run(" " + l)
                else:
                    par.add_run(BOX[t_] + " " + l)
        elif k == "sig":
            rows = b[1]
            t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j in range(3):
                    cells[j].text = r[j] if i == 0 else (r[j] or "")
                if i == 0:
                    cells[3].text = r[3]
                    for c_ in cells:
                        c_.paragraphs[0].runs[0].bold = True
                elif r[3]:
                    sigimg(cells[3].paragraphs[0])
                else:
                    cells[3].text = "\n\n"
            doc.add_paragraph()
        elif k == "sigline":
            par = doc.add_paragraph(b[1] + "     Handtekening: ")
            if b[2]:
                sigimg(par)
            else:
                par.add_run("______________________")
        elif k == "space":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
    if meta.get("footer"):
        doc.sections[0].footer.paragraphs[0].text = meta["footer"]
    doc.save(path)


# ----------------------------------------------------------------------------------- ODT
def write_odt(blocks, meta, path, sigdir, seed):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, GraphicProperties, TableCellProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    hs = {}
    for lvl, size in ((1, "15pt"), (2, "12.5pt"), (3, "11pt")):
        s = Style(name=f"Heading_{lvl}", family="paragraph")
        s.addElement(TextProperties(fontsize=size, fontweight="bold"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); hs[lvl] = s
    ts = Style(name="Title", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(ts)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cell)
    fr = Style(name="fr", family="graphic"); fr.addElement(GraphicProperties(anchortype="as-char")); doc.automaticstyles.addElement(fr)
    sn = [0]
    def sig(par):
        sn[0] += 1
        p = scribble(seed * 100 + sn[0], os.path.join(sigdir, f"sig_{seed}_{sn[0]}.png"))
        href = doc.addPicture(p)
        f = Frame(stylename=fr, width="3.2cm", height="1cm", anchortype="as-char")
        f.addElement(DImage(href=href)); par.addElement(f)
    def table(rows, boldfirst=False, boldcol=False, sigcol=False):
        t = Table()
        ncol = max(len(r) for r in rows)
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for i, r in enumerate(rows):
            tr = TableRow()
            for j in range(ncol):
                x = r[j] if j < len(r) else ""
                tc = TableCell(stylename=cell)
                if sigcol and j == 3 and i > 0:
                    p = P()
                    if x is True:
                        sig(p)
                    tc.addElement(p)
                else:
                    for line in str(x).split("\n"):
                        p = P()
                        if (boldfirst and i == 0) or (boldcol and j == 0):
                            p.addElement(Span(stylename=bold, text=line))
                        else:
                            p.addText(line)
                        tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(P(stylename=ts, text=b[1]))
        elif k == "sub":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=b[2], stylename=hs[min(b[2], 3)], text=b[1]))
        elif k == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif k == "ul":
            for i in b[1]:
                doc.text.addElement(P(text="• " + i))
        elif k == "kv":
            table([[a, v] for a, v in b[1]], boldcol=True)
        elif k == "table":
            table(b[1], boldfirst=b[2].get("header"), boldcol=b[2].get("label_col"))
        elif k == "check":
            for t_, l in b[1]:
                doc.text.addElement(P(text=BOX[t_] + " " + l))
        elif k == "sig":
            table(b[1], boldfirst=True, sigcol=True)
        elif k == "sigline":
            p = P(text=b[1] + "     Handtekening: ")
            if b[2]:
                sig(p)
            else:
                p.addText("____________________")
            doc.text.addElement(p)
        elif k == "space":
            doc.text.addElement(P(text=""))
    if meta.get("footer"):
        doc.text.addElement(P(text=""))
        doc.text.addElement(P(text=meta["footer"]))
    doc.save(path)


# ----------------------------------------------------------------------------------- PDF (reportlab)
_fonts = [False]
def _reg():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts[0] = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf(blocks, meta, path, sigdir, seed, style="plain", scan_hand=False):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RImage, PageBreak
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)
    titl = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=17, leading=21, spaceAfter=8,
                          textColor=colors.HexColor("#1f4e79") if style != "plain" else colors.black)
    h = {1: ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4,
                           textColor=colors.HexColor("#1f4e79") if style == "color" else colors.black),
         2: ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)}
    story = []
    sn = [0]
    def sigimg():
        sn[0] += 1
        p = scribble(seed * 100 + sn[0], os.path.join(sigdir, f"sig_{seed}_{sn[0]}.png"))
        return RImage(p, width=3.2 * cm, height=1.0 * cm)
    W = A4[0] - 4 * cm
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9)])
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), titl))
        elif k == "sub":
            story.append(Paragraph("<i>" + esc(b[1]) + "</i>", base))
        elif k == "h":
            story.append(Paragraph(esc(b[1]), h[min(b[2], 2)]))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), base))
        elif k == "ul":
            for i in b[1]:
                story.append(Paragraph("• " + esc(i), ParagraphStyle("li", parent=base, leftIndent=12, firstLineIndent=-8)))
        elif k == "kv":
            t = Table([[Paragraph("<b>" + esc(a) + "</b>", small), Paragraph(esc(v), small)] for a, v in b[1]],
                      colWidths=[4.5 * cm, W - 4.5 * cm])
            t.setStyle(grid); story += [t, Spacer(1, 6)]
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            data = []
            for i, r in enumerate(rows):
                row = []
                for j in range(ncol):
                    x = r[j] if j < len(r) else ""
                    bo = (i == 0 and b[2].get("header")) or (j == 0 and b[2].get("label_col"))
                    row.append(Paragraph(("<b>%s</b>" if bo else "%s") % esc(x), small))
                data.append(row)
            if b[2].get("label_col") and ncol == 2:
                cw = [4.5 * cm, W - 4.5 * cm]
            elif ncol == 4:
                cw = [W * 0.45, W * 0.25, W * 0.15, W * 0.15]
            elif ncol == 2:
                cw = [W * 0.3, W * 0.7] if len(rows[0][0]) > 4 else [1.2 * cm, W - 1.2 * cm]
            else:
                cw = [W / ncol] * ncol
            t = Table(data, colWidths=cw); t.setStyle(grid); story += [t, Spacer(1, 6)]
        elif k == "check":
            for t_, l in b[1]:
                story.append(Paragraph(BOX[t_] + " " + esc(l), base))
        elif k == "sig":
            data = []
            for i, r in enumerate(b[1]):
                if i == 0:
                    data.append([Paragraph("<b>%s</b>" % x, small) for x in r])
                else:
                    data.append([Paragraph(esc(r[0] or ""), small), Paragraph(esc(r[1]), small), Paragraph(esc(r[2] or ""), small),
                                 sigimg() if r[3] else ""])
            t = Table(data, colWidths=[W * 0.3, W * 0.3, W * 0.15, W * 0.25], rowHeights=[None] + [1.3 * cm] * (len(data) - 1))
            t.setStyle(grid); story += [t, Spacer(1, 6)]
        elif k == "sigline":
            row = [Paragraph(esc(b[1]), base), Paragraph("Handtekening:", base), sigimg() if b[2] else Paragraph("______________", base)]
            t = Table([row], colWidths=[W * 0.4, W * 0.25, W * 0.35]); story.append(t)
        elif k == "space":
            story.append(Spacer(1, 10))
        elif k == "pb":
            story.append(PageBreak())
    footer = meta.get("footer", "")
    def onpage(canv, docu):
        canv.saveState(); canv.setFont("DV", 7.5)
        if footer:
            canv.drawString(2 * cm, 1.2 * cm, footer)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"pagina {docu.page}")
        canv.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                      title="OPP", author="school", creator="opp-generator", invariant=1).build(story, onFirstPage=onpage, onLaterPages=onpage)


# ----------------------------------------------------------------------------------- scan
def make_scan(src_pdf, out_pdf, seed, dpi=150):
    import pypdfium2 as pdfium
    r = random.Random(seed)
    pdf = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        ang = r.uniform(-1.4, 1.4)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        rs = np.random.RandomState(seed + i)
        a = a * 0.92 + 12 + rs.normal(0, 9, a.shape)
        sp = rs.random_sample(a.shape)
        a[sp < 0.0008] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(img)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi)
