# -*- coding: utf-8 -*-
"""Renderers for a small block language -> DOCX, ODT, PDF (reportlab), fillable PDF form, TXT, scans.
Blocks: ('h1'|'h2'|'h3', text) ('p', text) ('pb', bold, text) ('ul', [text]) ('instr', text)
('tick', [(checked, label)]) ('img', path, width_cm) ('table', rows, header, widths_cm) cells: str | [blocks]
('sigrow', role, name, date, sig) sig: None | ('img', path) | ('wg',) | ('text', s)
('field', label, value) ('cc', text|None) ('pagebreak',) ('small', text)"""
import os, random, subprocess, datetime
import reportlab.rl_config as rlc
rlc.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
CCPH = "Klik of tik om tekst in te voeren."
BOX = {True: "\u2612", False: "\u2610"}

# ---------------------------------------------------------------- images
def signature_png(path, seed, w=360, h=110):
    if os.path.exists(path):
        return path
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white"); dr = ImageDraw.Draw(im)
    x, y = 15, h * 0.6; pts = [(x, y)]
    for i in range(r.randint(5, 8)):
        for t in range(12):
            x += r.uniform(2.5, 5.5); y = h * 0.55 + r.uniform(-1, 1) * h * 0.35 * (1 if (t // 3) % 2 else -0.6)
            pts.append((x, max(8, min(h - 8, y))))
        x += r.uniform(-8, 4)
    ink = (20, 30, r.randint(90, 140))
    dr.line(pts, fill=ink, width=3, joint="curve")
    dr.line([(pts[0][0] + 10, h * 0.8), (pts[-1][0] * 0.7, h * 0.75)], fill=ink, width=2)
    im.save(path); return path

def handwriting_png(path, text, seed, size=30):
    if os.path.exists(path):
        return path
    r = random.Random(seed)
    f = ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", size)
    w = int(size * 0.68 * len(text)) + 30
    im = Image.new("RGB", (w, int(size * 1.7)), "white"); dr = ImageDraw.Draw(im)
    x = 8
    for ch in text:
        dr.text((x, 6 + r.uniform(-3, 3)), ch, font=f, fill=(25, 35, 120))
        x += f.getlength(ch) * r.uniform(0.92, 1.08)
    im = im.crop((0, 0, int(x) + 10, im.height))
    im.save(path); return path

def img_size_cm(path, wcm):
    with Image.open(path) as im:
        return wcm, wcm * im.height / im.width

# ---------------------------------------------------------------- text helpers
def flat(blocks):
    out = []
    for b in blocks or []:
        t = b[0]
        if t in ("p", "instr", "small", "h1", "h2", "h3"): out.append(b[1])
        elif t == "pb": out.append(b[1] + " " + b[2])
        elif t == "ul": out += ["- " + x for x in b[1]]
        elif t == "tick": out.append("   ".join(BOX[c] + " " + l for c, l in b[1]))
        elif t == "cc": out.append(b[1] if b[1] else CCPH)
        elif t == "field": out.append(b[1] + ": " + (b[2] or ""))
        elif t == "sigrow": out.append(sig_text(b))
        elif t == "table":
            for row in b[1]:
                out.append(" | ".join(c if isinstance(c, str) else " ".join(flat(c)) for c in row))
    return out

def sig_text(b):
    _, role, name, date, sig = b
    s = "%s: %s   Datum: %s   Handtekening: " % (role, name or "______________________", date or "____________")
    if sig is None: s += "______________________"
    elif sig[0] == "wg": s += "w.g."
    elif sig[0] == "text": s += sig[1]
    else: s += "(handtekening)"
    return s

# ---------------------------------------------------------------- TXT
def render_txt(blocks, path, footer=None, width=78):
    import textwrap
    L = []
    for b in blocks:
        t = b[0]
        if t == "h1": L += ["", b[1].upper(), "=" * min(width, len(b[1]))]
        elif t == "h2": L += ["", b[1], "-" * min(width, len(b[1]))]
        elif t == "h3": L += ["", b[1]]
        elif t in ("p", "small"): L += textwrap.wrap(b[1], width) or [""]
        elif t == "pb": L += textwrap.wrap(b[1] + " " + b[2], width)
        elif t == "instr": L += textwrap.wrap(b[1], width)
        elif t == "ul":
            for x in b[1]: L += textwrap.wrap(x, width, initial_indent="  * ", subsequent_indent="    ")
        elif t == "tick": L.append("   ".join(("[x] " if c else "[ ] ") + l for c, l in b[1]))
        elif t == "cc": L.append(b[1] or CCPH)
        elif t == "field": L += textwrap.wrap("%s: %s" % (b[1], b[2] or "______________"), width)
        elif t == "sigrow":
            _, role, name, date, sig = b
            L.append("%s: %s" % (role, name or "_______________________"))
            L.append("Datum: %s" % (date or "____________"))
            L.append("Handtekening: " + ("_______________________" if sig is None else ("w.g." if sig[0] == "wg" else (sig[1] if sig[0] == "text" else "(handtekening)"))))
        elif t == "table":
            for row in b[1]:
                cells = [c if isinstance(c, str) else " / ".join(flat(c)) for c in row]
                if len(cells) == 2:
                    L += textwrap.wrap("%s: %s" % (cells[0], cells[1]), width, subsequent_indent="    ")
                else:
                    L += textwrap.wrap(" | ".join(cells), width, subsequent_indent="    ")
        elif t == "pagebreak":
            if footer: L += ["", footer]
            L.append("\f")
        elif t == "img": pass
        if t in ("p", "ul", "table", "instr", "tick", "sigrow"): L.append("")
    if footer: L += ["", footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).replace("\n\n\n", "\n\n") + "\n")

# ---------------------------------------------------------------- DOCX
def render_docx(blocks, path, footer=None, cc_cells=False, header=None, font="Calibri"):
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.enum.text import WD_BREAK
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "Leerlingzorg"; cp.created = datetime.datetime(2025, 1, 1); cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = "Leerlingzorg"; cp.revision = 1
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def cc_text(par, text):
        if text is None:
            xml = ('<w:sdt %s><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                   '<w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), esc(CCPH))
        else:
            xml = ('<w:sdt %s><w:sdtPr><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>'
                   '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), esc(text))
        par._p.append(parse_xml(xml))

    def cc_check(par, checked, label):
        xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (
            nsdecls("w"), W14, 1 if checked else 0, BOX[checked])
        par._p.append(parse_xml(xml))
        par.add_run(" " + label + "     ")

    def put(cont, blocks, in_cell=False):
        first = [in_cell]
        def para(style=None):
            if first[0] and cont.paragraphs and not cont.paragraphs[0].text and len(cont.paragraphs) == 1 and not cont.paragraphs[0]._p.findall('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdt'):
                first[0] = False; p = cont.paragraphs[0]
                if style: p.style = style
                return p
            first[0] = False
            return cont.add_paragraph(style=style) if style else cont.add_paragraph()
        for b in blocks:
            t = b[0]
            if t in ("h1", "h2", "h3"):
                if in_cell:
                    r = para().add_run(b[1]); r.bold = True
                else:
                    doc.add_heading(b[1], level={"h1": 1, "h2": 2, "h3": 3}[t])
            elif t == "p":
                p = para()
                if cc_cells and in_cell: cc_text(p, b[1])
                else: p.add_run(b[1])
            elif t == "cc":
                cc_text(para(), b[1])
            elif t == "pb":
                p = para(); r = p.add_run(b[1] + " "); r.bold = True; p.add_run(b[2])
            elif t == "small":
                r = para().add_run(b[1]); r.font.size = Pt(8)
            elif t == "instr":
                r = para().add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
            elif t == "ul":
                for x in b[1]:
                    if in_cell: para().add_run("\u2022 " + x)
                    else: cont.add_paragraph(x, style="List Bullet")
            elif t == "tick":
                p = para()
                if cc_cells or b[2:3] == ("cc",):
                    for c, l in b[1]: cc_check(p, c, l)
                else:
                    p.add_run("     ".join(BOX[c] + " " + l for c, l in b[1]))
            elif t == "img":
                para().add_run().add_picture(b[1], width=Cm(b[2]))
            elif t == "field":
                p = para(); r = p.add_run(b[1] + ": "); r.bold = True; p.add_run(b[2] or "")
            elif t == "sigrow":
                _, role, name, date, sig = b
                p = para(); r = p.add_run(role + ": "); r.bold = True; p.add_run(name or "_________________________")
                p = para(); p.add_run("Datum: " + (date or "______________"))
                p = para(); p.add_run("Handtekening: ")
                if sig is None: p.add_run("_________________________")
                elif sig[0] == "img": p.add_run().add_picture(sig[1], width=Cm(3.2))
                elif sig[0] == "wg": p.add_run("w.g.")
                else: p.add_run(sig[1])
            elif t == "table":
                rows, hdr, widths = b[1], b[2], b[3] if len(b) > 3 else None
                ncol = max(len(r) for r in rows)
                tb = cont.add_table(rows=0, cols=ncol); tb.style = "Table Grid"
                for i, row in enumerate(rows):
                    cells = tb.add_row().cells
                    for j, c in enumerate(row):
                        if isinstance(c, str):
                            if cc_cells and j > 0 and not (hdr and i == 0):
                                cc_text(cells[j].paragraphs[0], c if c != CCPH else None)
                            else:
                                r = cells[j].paragraphs[0].add_run(c)
                                if (hdr and i == 0) or (ncol == 2 and j == 0): r.bold = True
                        else:
                            put(cells[j], c, in_cell=True)
                        if widths: cells[j].width = Cm(widths[j])
                if not in_cell: doc.add_paragraph()
            elif t == "pagebreak":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    put(doc, blocks)
    sec = doc.sections[0]
    if footer:
        sec.footer.paragraphs[0].text = footer
        for r in sec.footer.paragraphs[0].runs: r.font.size = Pt(8)
    if header:
        sec.header.paragraphs[0].text = header
    doc.save(path)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------------------------------------------------------- ODT
def render_odt(blocks, path, footer=None):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, Footer)
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    S = {}
    def mk(name, family="paragraph", **tp):
        s = Style(name=name, family=family)
        if tp: s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s) if family != "paragraph" or name.startswith("a") else doc.styles.addElement(s)
        S[name] = s; return s
    for lvl, sz in ((1, "15pt"), (2, "12.5pt"), (3, "11pt")):
        s = Style(name="Heading %d" % lvl, family="paragraph")
        s.addElement(TextProperties(fontsize=sz, fontweight="bold", fontfamily="DejaVu Sans"))
        s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        doc.styles.addElement(s); S["h%d" % lvl] = s
    s = Style(name="Standard", family="paragraph"); s.addElement(TextProperties(fontsize="10pt", fontfamily="DejaVu Sans"))
    s.addElement(ParagraphProperties(marginbottom="0.12cm")); doc.styles.addElement(s); S["p"] = s
    s = Style(name="Instr", family="paragraph"); s.addElement(TextProperties(fontsize="9.5pt", fontstyle="italic", color="#707070"))
    doc.styles.addElement(s); S["instr"] = s
    s = Style(name="Small", family="paragraph"); s.addElement(TextProperties(fontsize="8pt")); doc.styles.addElement(s); S["small"] = s
    b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(b)
    cell = Style(name="cellst", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    fr = Style(name="frst", family="graphic"); fr.addElement(GraphicProperties(anchortype="as-char")); doc.automaticstyles.addElement(fr)
    if footer:
        pl = PageLayout(name="pl1"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
        doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl); ft = Footer(); ft.addElement(P(stylename=S["small"], text=footer)); mp.addElement(ft)
        doc.masterstyles.addElement(mp)
    cnt = [0]
    def picture(par, path, wcm):
        wc, hc = img_size_cm(path, wcm)
        href = doc.addPicture(path); cnt[0] += 1
        f = Frame(stylename=fr, width="%.2fcm" % wc, height="%.2fcm" % hc, anchortype="as-char", name="img%d" % cnt[0])
        f.addElement(DImage(href=href)); par.addElement(f)
    tcount = [0]
    def put(cont, blocks):
        for bl in blocks:
            t = bl[0]
            if t in ("h1", "h2", "h3"):
                cont.addElement(H(outlinelevel=int(t[1]), stylename=S[t], text=bl[1]))
            elif t in ("p", "cc"):
                cont.addElement(P(stylename=S["p"], text=bl[1] if bl[1] is not None else CCPH))
            elif t == "pb":
                p = P(stylename=S["p"]); p.addElement(Span(stylename=b, text=bl[1] + " ")); p.addText(bl[2]); cont.addElement(p)
            elif t == "instr": cont.addElement(P(stylename=S["instr"], text=bl[1]))
            elif t == "small": cont.addElement(P(stylename=S["small"], text=bl[1]))
            elif t == "ul":
                for x in bl[1]: cont.addElement(P(stylename=S["p"], text="\u2022 " + x))
            elif t == "tick": cont.addElement(P(stylename=S["p"], text="     ".join(BOX[c] + " " + l for c, l in bl[1])))
            elif t == "img":
                p = P(stylename=S["p"]); picture(p, bl[1], bl[2]); cont.addElement(p)
            elif t == "field":
                p = P(stylename=S["p"]); p.addElement(Span(stylename=b, text=bl[1] + ": ")); p.addText(bl[2] or ""); cont.addElement(p)
            elif t == "sigrow":
                _, role, name, date, sig = bl
                p = P(stylename=S["p"]); p.addElement(Span(stylename=b, text=role + ": ")); p.addText(name or "_________________________"); cont.addElement(p)
                cont.addElement(P(stylename=S["p"], text="Datum: " + (date or "______________")))
                p = P(stylename=S["p"], text="Handtekening: ")
                if sig is None: p.addText("_________________________")
                elif sig[0] == "img": picture(p, sig[1], 3.2)
                elif sig[0] == "wg": p.addText("w.g.")
                else: p.addText(sig[1])
                cont.addElement(p)
            elif t == "table":
                rows, hdr = bl[1], bl[2]; widths = bl[3] if len(bl) > 3 else None
                ncol = max(len(r) for r in rows); tcount[0] += 1
                tb = Table(name="Tabel%d" % tcount[0])
                for j in range(ncol):
                    cs = Style(name="col%d_%d" % (tcount[0], j), family="table-column")
                    cs.addElement(TableColumnProperties(columnwidth="%.1fcm" % (widths[j] if widths else 17.0 / ncol)))
                    doc.automaticstyles.addElement(cs); tb.addElement(TableColumn(stylename=cs))
                for i, row in enumerate(rows):
                    tr = TableRow()
                    for j, c in enumerate(row):
                        tc = TableCell(stylename=cell, valuetype="string")
                        if isinstance(c, str):
                            p = P(stylename=S["p"])
                            if (hdr and i == 0) or (ncol == 2 and j == 0): p.addElement(Span(stylename=b, text=c))
                            else: p.addText(c)
                            tc.addElement(p)
                        else:
                            put(tc, c)
                            if not c: tc.addElement(P(stylename=S["p"]))
                        tr.addElement(tc)
                    tb.addElement(tr)
                cont.addElement(tb); cont.addElement(P(stylename=S["p"]))
            elif t == "pagebreak":
                pass
    put(doc.text, blocks)
    doc.save(path)

# ---------------------------------------------------------------- PDF (reportlab platypus)
def _styles(serif=False):
    fn = "DVS" if serif else "DV"
    return {
        "p": ParagraphStyle("p", fontName=fn, fontSize=9.5, leading=12.5, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=fn + ("SB" if serif else "B"), fontSize=15, leading=19, spaceBefore=6, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=fn + ("SB" if serif else "B"), fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName=fn + ("SB" if serif else "B"), fontSize=10, leading=13, spaceBefore=5, spaceAfter=2),
        "instr": ParagraphStyle("instr", fontName="DVI", fontSize=9, leading=12, textColor=colors.grey),
        "small": ParagraphStyle("small", fontName=fn, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", fontName=fn, fontSize=8.8, leading=11),
    }

def render_pdf(blocks, path, footer=None, serif=False, hdr_text=None):
    S = _styles(serif)
    def fl(blocks, cell=False):
        out = []
        ps = S["cell"] if cell else S["p"]
        for b in blocks:
            t = b[0]
            if t in ("h1", "h2", "h3"):
                out.append(Paragraph(esc(b[1]), S[t] if not cell else ParagraphStyle("hc", parent=S["cell"], fontName="DVSB" if serif else "DVB")))
            elif t in ("p", "cc"): out.append(Paragraph(esc(b[1] if b[1] is not None else CCPH), ps))
            elif t == "pb": out.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), esc(b[2])), ps))
            elif t == "instr": out.append(Paragraph(esc(b[1]), S["instr"]))
            elif t == "small": out.append(Paragraph(esc(b[1]), S["small"]))
            elif t == "ul":
                for x in b[1]: out.append(Paragraph("\u2022 " + esc(x), ParagraphStyle("li", parent=ps, leftIndent=10, firstLineIndent=-8)))
            elif t == "tick": out.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(BOX[c] + " " + esc(l) for c, l in b[1]), ps))
            elif t == "img":
                wc, hc = img_size_cm(b[1], b[2]); out.append(RLImage(b[1], width=wc * cm, height=hc * cm, hAlign="LEFT"))
            elif t == "field": out.append(Paragraph("<b>%s:</b> %s" % (esc(b[1]), esc(b[2] or "")), ps))
            elif t == "sigrow":
                _, role, name, date, sig = b
                if sig is None: sg = Paragraph("_________________________", ps)
                elif sig[0] == "img":
                    wc, hc = img_size_cm(sig[1], 3.2); sg = RLImage(sig[1], width=wc * cm, height=hc * cm, hAlign="LEFT")
                elif sig[0] == "wg": sg = Paragraph("w.g.", ps)
                else: sg = Paragraph(esc(sig[1]), ps)
                t2 = Table([[Paragraph("<b>%s</b>" % esc(role), S["cell"]), Paragraph(esc(name or "_______________________"), S["cell"])],
                            [Paragraph("Datum", S["cell"]), Paragraph(esc(date or "______________"), S["cell"])],
                            [Paragraph("Handtekening", S["cell"]), sg]], colWidths=[4.2 * cm, 9 * cm], hAlign="LEFT")
                t2.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t2); out.append(Spacer(1, 4))
            elif t == "table":
                rows, hdr = b[1], b[2]; widths = b[3] if len(b) > 3 else None
                ncol = max(len(r) for r in rows)
                data = []
                for i, row in enumerate(rows):
                    r2 = []
                    for j, c in enumerate(row):
                        if isinstance(c, str):
                            bold = (hdr and i == 0) or (ncol == 2 and j == 0)
                            r2.append(Paragraph(("<b>%s</b>" if bold else "%s") % esc(c), S["cell"]))
                        else:
                            r2.append(fl(c, cell=True) or "")
                    r2 += [""] * (ncol - len(r2)); data.append(r2)
                cw = [w * cm for w in widths] if widths else [17.0 / ncol * cm] * ncol
                tb = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
                sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if hdr: sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
                tb.setStyle(TableStyle(sty)); out.append(tb); out.append(Spacer(1, 6))
            elif t == "pagebreak": out.append(PageBreak())
        return out
    story = fl(blocks)
    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7.5)
        if footer:
            c.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(d.page)))
        if hdr_text:
            c.drawRightString(19 * cm, 28.5 * cm, hdr_text)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fillable PDF form
def render_pdf_form(blocks, path, footer=None):
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4; x0 = 2 * cm; wmax = W - 4 * cm
    y = [H - 2 * cm]; fid = [0]; page = [1]
    def newpage():
        if footer:
            c.setFont("DV", 7.5); c.drawString(x0, 1.2 * cm, footer.replace("{page}", str(page[0])))
        c.showPage(); page[0] += 1; y[0] = H - 2 * cm
    def need(h):
        if y[0] - h < 2.2 * cm: newpage()
    def text(s, font="DV", size=9.5, lead=12.5, color=colors.black):
        lines = simpleSplit(s, font, size, wmax)
        for ln in lines:
            need(lead); c.setFont(font, size); c.setFillColor(color); c.drawString(x0, y[0] - size, ln); y[0] -= lead
        c.setFillColor(colors.black)
    def field(label, value, lines=None):
        fid[0] += 1
        text(label, "DVB", 9, 12)
        val = value or ""
        wrapped = []
        for para in val.split("\n"):
            wrapped += simpleSplit(para, "Helvetica", 9, wmax - 10) or [""]
        val = "\n".join(wrapped) if value else ""
        n = lines or max(1, len(wrapped) if value else 1)
        h = 12 * n + 6
        need(h)
        c.acroForm.textfield(name="f%03d" % fid[0], value=val, x=x0, y=y[0] - h, width=wmax, height=h, fontName="Helvetica",
                             fontSize=9, borderWidth=0.6, borderColor=colors.grey, fillColor=colors.HexColor("#f3f6fb"),
                             fieldFlags="multiline" if n > 1 else "", maxlen=100000, forceBorder=True)
        y[0] -= h + 6
    for b in blocks:
        t = b[0]
        if t == "h1": y[0] -= 4; text(b[1], "DVB", 15, 19)
        elif t == "h2": y[0] -= 6; text(b[1], "DVB", 12, 15)
        elif t == "h3": text(b[1], "DVB", 10, 13)
        elif t in ("p", "cc"): text(b[1] or CCPH)
        elif t == "pb": text(b[1] + " " + b[2])
        elif t == "instr": text(b[1], "DVI", 9, 12, colors.grey)
        elif t == "small": text(b[1], "DV", 7.5, 9)
        elif t == "ul":
            for v in b[1]: text("\u2022 " + v)
        elif t == "field": field(b[1], b[2])
        elif t == "tick":
            need(16); xx = x0
            for chk, lab in b[1]:
                fid[0] += 1
                c.acroForm.checkbox(name="cb%03d" % fid[0], x=xx, y=y[0] - 12, size=11, checked=bool(chk), buttonStyle="cross",
                                    borderWidth=0.6, forceBorder=True)
                c.setFont("DV", 9); c.drawString(xx + 14, y[0] - 10, lab); xx += 18 + pdfmetrics.stringWidth(lab, "DV", 9) + 14
                if xx > W - 5 * cm: xx = x0; y[0] -= 15
            y[0] -= 18
        elif t == "img":
            wc, hc = img_size_cm(b[1], b[2]); need(hc * cm + 4)
            c.drawImage(b[1], x0, y[0] - hc * cm, wc * cm, hc * cm); y[0] -= hc * cm + 4
        elif t == "sigrow":
            _, role, name, date, sig = b
            field(role + " - naam", name or "")
            field("Datum", date or "")
            text("Handtekening:", "DVB", 9, 12)
            if sig and sig[0] == "img":
                wc, hc = img_size_cm(sig[1], 3.2); need(hc * cm + 4)
                c.drawImage(sig[1], x0, y[0] - hc * cm, wc * cm, hc * cm); y[0] -= hc * cm + 6
            elif sig and sig[0] in ("wg", "text"):
                text("w.g." if sig[0] == "wg" else sig[1])
            else:
                need(24); c.line(x0, y[0] - 20, x0 + 8 * cm, y[0] - 20); y[0] -= 26
        elif t == "table":
            for row in b[1]:
                cells = [cc if isinstance(cc, str) else " ".join(flat(cc)) for cc in row]
                if len(cells) == 2: field(cells[0], cells[1])
                else: text(" | ".join(cells))
        elif t == "pagebreak": newpage()
    if footer:
        c.setFont("DV", 7.5); c.drawString(x0, 1.2 * cm, footer.replace("{page}", str(page[0])))
    c.save()

# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, seed, tmpdir, dpi=110):
    r = random.Random(seed); rng = np.random.RandomState(seed)
    pref = os.path.join(tmpdir, "scan_%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(p for p in os.listdir(tmpdir) if p.startswith("scan_%d-" % seed) and p.endswith(".png"))
    c = rlcanvas.Canvas(out_pdf, pagesize=A4, invariant=1)
    for i, pn in enumerate(pages):
        im = Image.open(os.path.join(tmpdir, pn)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 9, a.shape)
        sp = rng.random_sample(a.shape); a[sp < 0.0015] = 0; a[sp > 0.9992] = 255
        a = a * 0.93 + 14  # greyish paper
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jp = os.path.join(tmpdir, "scanj_%d_%d.jpg" % (seed, i)); im.save(jp, quality=72)
        c.drawImage(jp, 0, 0, A4[0], A4[1]); c.showPage()
    c.save()

def soffice_convert(files, outdir):
    if not files: return
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir] + files, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
