# -*- coding: utf-8 -*-
"""Renderers for the simple document model.

Block types:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [text])
  ("table", rows, header_bool, widths_or_None)
  ("ticks", label, [(option, checked)])
  ("sig", role, name, date_or_None, signed_bool, remark_or_None)
  ("field", label, value)      # label: value line (forms / exports)
  ("sdt", label, value)        # docx content control (other formats: field)
  ("pagebreak",)
"""
import io, random, copy, zlib

def _h(*a):
    return zlib.crc32(repr(a).encode()) & 0xffff
from PIL import Image, ImageDraw, ImageFilter

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def scribble_png(seed, w=360, h=90):
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    x, y = 10, h // 2 + r.randint(-10, 10)
    pts = [(x, y)]
    for _ in range(r.randint(14, 22)):
        x += r.randint(8, 22)
        y = max(8, min(h - 8, y + r.randint(-28, 28)))
        pts.append((min(x, w - 5), y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(pts[0][0] + 5, pts[0][1] + 18), (pts[-1][0] - 30, pts[-1][1] + 12)], fill=(20, 30, 110), width=2)
    bio = io.BytesIO(); im.save(bio, "PNG"); return bio.getvalue()


def ticks_text(label, opts):
    s = "   ".join(f"{BOX_ON if c else BOX_OFF} {o}" for o, c in opts)
    return f"{label} {s}".strip() if label else s


def sig_lines(b):
    _, role, name, date, signed, remark = b
    out = [f"{role}: {name or '........................................'}"]
    if remark:
        out.append(remark)
    out.append("Handtekening: " + ("(getekend)" if signed else "........................................"))
    out.append("Datum: " + (date or "...................."))
    return out

# ---------------------------------------------------------------- txt

def to_txt(doc, path):
    L = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            L += [b[1].upper(), "=" * len(b[1]), ""]
        elif t == "h1":
            L += ["", b[1], "-" * len(b[1])]
        elif t == "h2":
            L += ["", b[1]]
        elif t == "p":
            L += [b[1]]
        elif t == "bullets":
            L += ["- " + x for x in b[1]]
        elif t == "table":
            rows = b[1]
            for i, r in enumerate(rows):
                L.append(" | ".join(c for c in r))
                if i == 0 and b[2]:
                    L.append("-" * 40)
            L.append("")
        elif t == "ticks":
            L.append(ticks_text(b[1], b[2]).replace(BOX_ON, "[x]").replace(BOX_OFF, "[ ]"))
        elif t == "sig":
            lines = sig_lines(b)
            if b[4]:
                lines = [l.replace("(getekend)", "w.g. " + (b[2] or "")) for l in lines]
            L += lines + [""]
        elif t in ("field", "sdt"):
            L.append(f"{b[1]}: {b[2]}")
        elif t == "pagebreak":
            L.append("")
    if doc.get("footer"):
        L += ["", doc["footer"].replace("{page}", "1")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")

# ---------------------------------------------------------------- docx

def to_docx(doc, path, seed=0):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    import datetime
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "school"); cp.created = datetime.datetime(2025, 1, 1); cp.modified = datetime.datetime(2025, 1, 1)
    cp.title = doc.get("doctitle", "")
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)

    def sdt(par_parent, label, value, checkbox=None):
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias"); al.set(qn("w:val"), label); pr.append(al)
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), label.lower().replace(" ", "_")[:30]); pr.append(tg)
        if checkbox is not None:
            cb = OxmlElement("w14:checkbox")
            ch = OxmlElement("w14:checked"); ch.set(qn("w14:val"), "1" if checkbox else "0"); cb.append(ch)
            pr.append(cb)
        elif not value:
            sp = OxmlElement("w:showingPlcHdr"); pr.append(sp)
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        for k, line in enumerate((value if value else "Klik of tik om tekst in te voeren.").split("\n")):
            if k:
                r.append(OxmlElement("w:br"))
            t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = line; r.append(t)
        content.append(r); sdt.append(content)
        return sdt

    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], 0)
        elif t == "h1":
            d.add_heading(b[1], 1)
        elif t == "h2":
            d.add_heading(b[1], 2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "table":
            rows = b[1]; nc = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=nc); tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(nc):
                    cell = tb.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0 and b[2]:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif t == "ticks":
            p = d.add_paragraph()
            if b[1]:
                p.add_run(b[1] + " ")
            for o, c in b[2]:
                if doc.get("cc_ticks"):
                    p._p.append(sdt(p, o, BOX_ON if c else BOX_OFF, checkbox=c))
                    p.add_run(" " + o + "   ")
                else:
                    p.add_run(f"{BOX_ON if c else BOX_OFF} {o}   ")
        elif t == "sig":
            _, role, name, date, signed, remark = b
            p = d.add_paragraph(); p.add_run(f"{role}: ").bold = True; p.add_run(name or "........................................")
            if remark:
                d.add_paragraph(remark)
            p = d.add_paragraph("Handtekening: ")
            if signed:
                p.add_run().add_picture(io.BytesIO(scribble_png(_h(seed, role, name))), width=Cm(4))
            else:
                p.add_run("........................................")
            d.add_paragraph("Datum: " + (date or "...................."))
        elif t == "field":
            p = d.add_paragraph(); p.add_run(b[1] + ": ").bold = True; p.add_run(b[2])
        elif t == "sdt":
            p = d.add_paragraph(); p.add_run(b[1] + ": ").bold = True
            p._p.append(sdt(p, b[1], b[2]))
        elif t == "pagebreak":
            d.add_page_break()
    if doc.get("footer"):
        fp = d.sections[0].footer.paragraphs[0]
        pre, _, post = doc["footer"].partition("{page}")
        fp.add_run(pre)
        if _:
            fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
            rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr)
            fp._p.append(fld)
            fp.add_run(post)
    d.save(path)

# ---------------------------------------------------------------- odt

def to_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    od = OpenDocumentText()
    bold = Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold")); od.automaticstyles.addElement(bold)
    tit = Style(name="T", family="paragraph"); tit.addElement(TextProperties(fontsize="16pt", fontweight="bold")); od.automaticstyles.addElement(tit)
    h1s = Style(name="H1x", family="paragraph"); h1s.addElement(TextProperties(fontsize="13pt", fontweight="bold")); h1s.addElement(ParagraphProperties(margintop="0.3cm")); od.automaticstyles.addElement(h1s)
    h2s = Style(name="H2x", family="paragraph"); h2s.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontstyle="italic")); od.automaticstyles.addElement(h2s)
    n = [0]
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            od.text.addElement(H(outlinelevel=1, stylename=tit, text=b[1]))
        elif t == "h1":
            od.text.addElement(H(outlinelevel=2, stylename=h1s, text=b[1]))
        elif t == "h2":
            od.text.addElement(H(outlinelevel=3, stylename=h2s, text=b[1]))
        elif t == "p":
            od.text.addElement(P(text=b[1]))
        elif t == "bullets":
            for x in b[1]:
                od.text.addElement(P(text="\u2022 " + x))
        elif t == "table":
            rows = b[1]; nc = max(len(r) for r in rows); n[0] += 1
            tb = Table(name=f"Tabel{n[0]}")
            tb.addElement(TableColumn(numbercolumnsrepeated=nc))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j in range(nc):
                    c = TableCell()
                    c.addElement(P(text=r[j] if j < len(r) else "", stylename=bold if (i == 0 and b[2]) else None) if (i == 0 and b[2]) else P(text=r[j] if j < len(r) else ""))
                    tr.addElement(c)
                tb.addElement(tr)
            od.text.addElement(tb)
            od.text.addElement(P(text=""))
        elif t == "ticks":
            od.text.addElement(P(text=ticks_text(b[1], b[2])))
        elif t == "sig":
            for l in sig_lines(b):
                od.text.addElement(P(text=l.replace("(getekend)", "[handtekening]")))
        elif t in ("field", "sdt"):
            od.text.addElement(P(text=f"{b[1]}: {b[2]}"))
        elif t == "pagebreak":
            od.text.addElement(P(text=""))
    if doc.get("footer"):
        od.text.addElement(P(text=doc["footer"].replace("{page}", "1")))
    od.save(path)

# ---------------------------------------------------------------- pdf (reportlab)

_fonts = [False]

def _reg():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    _fonts[0] = True


def to_pdf(doc, path, seed=0, style="plain"):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape as E
    accent = {"plain": colors.black, "blue": colors.HexColor("#1f4e79"), "green": colors.HexColor("#2e6b30"),
              "grey": colors.HexColor("#444444")}.get(style, colors.black)
    N = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3)
    TI = ParagraphStyle("t", fontName="DVB", fontSize=15, leading=19, spaceAfter=8, textColor=accent)
    H1 = ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, textColor=accent)
    H2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2)
    C = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    CB = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5)
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(E(b[1]), TI))
        elif t == "h1":
            if style == "bar":
                tb = Table([[Paragraph(E(b[1]), ParagraphStyle("bar", parent=H2, textColor=colors.white))]], colWidths=[17 * cm])
                tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#5a5a5a"))]))
                story += [Spacer(1, 6), tb, Spacer(1, 3)]
            else:
                story.append(Paragraph(E(b[1]), H1))
        elif t == "h2":
            story.append(Paragraph(E(b[1]), H2))
        elif t == "p":
            story.append(Paragraph(E(b[1]).replace("\n", "<br/>"), N))
        elif t == "bullets":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + E(x), ParagraphStyle("bl", parent=N, leftIndent=10)))
        elif t == "table":
            rows = b[1]; nc = max(len(r) for r in rows)
            data = [[Paragraph(E(r[j] if j < len(r) else ""), CB if (i == 0 and b[2]) else C) for j in range(nc)] for i, r in enumerate(rows)]
            widths = b[3] if len(b) > 3 and b[3] else [17 * cm / nc] * nc
            tb = Table(data, colWidths=[w * cm if w < 30 else w for w in widths] if b[3] else widths, repeatRows=1 if b[2] else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[2]:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
            tb.setStyle(TableStyle(ts)); story += [tb, Spacer(1, 6)]
        elif t == "ticks":
            story.append(Paragraph(E(ticks_text(b[1], b[2])), N))
        elif t == "sig":
            _, role, name, date, signed, remark = b
            story.append(Paragraph(f"<b>{E(role)}:</b> {E(name or '........................................')}", N))
            if remark:
                story.append(Paragraph(E(remark), N))
            if signed:
                png = scribble_png(_h(seed, role, name))
                story.append(Table([[Paragraph("Handtekening:", N), RLImage(io.BytesIO(png), width=4 * cm, height=1 * cm)]], colWidths=[3 * cm, 5 * cm], hAlign="LEFT"))
            else:
                story.append(Paragraph("Handtekening: ........................................", N))
            story.append(Paragraph("Datum: " + E(date or "...................."), N))
            story.append(Spacer(1, 5))
        elif t in ("field", "sdt"):
            story.append(Paragraph(f"<b>{E(b[1])}:</b> {E(b[2])}", N))
        elif t == "pagebreak":
            story.append(PageBreak())
    footer = doc.get("footer")

    def onpage(c, d):
        if footer:
            c.setFont("DV", 7.5); c.setFillColor(colors.grey)
            c.drawString(2 * cm, 1.2 * cm, footer.replace("{page}", str(d.page)))
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                           title=doc.get("doctitle", ""), author=doc.get("author", ""))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fillable pdf form

def to_form(doc, path):
    """AcroForm: static labels drawn, values inside form fields."""
    _reg()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc.get("doctitle", ""))
    W, H = A4
    y = [H - 2 * cm]
    fn = [0]
    page = [1]

    def newpage():
        if doc.get("footer"):
            c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(2 * cm, 1.1 * cm, doc["footer"].replace("{page}", str(page[0]))); c.setFillColor(colors.black)
        c.showPage(); page[0] += 1; y[0] = H - 2 * cm

    def need(h):
        if y[0] - h < 2 * cm:
            newpage()
    form = c.acroForm
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            c.setFont("DVB", 14); c.drawString(2 * cm, y[0], b[1]); y[0] -= 0.9 * cm
        elif t in ("h1", "h2"):
            need(1.2 * cm); c.setFont("DVB", 11 if t == "h1" else 9.5); c.drawString(2 * cm, y[0], b[1]); y[0] -= 0.6 * cm
        elif t == "p":
            c.setFont("DV", 8.5)
            for line in textwrap.wrap(b[1], 110):
                need(0.45 * cm); c.drawString(2 * cm, y[0], line); y[0] -= 0.42 * cm
        elif t in ("field", "sdt"):
            val = b[2] or ""
            wrapped = []
            for para in val.split("\n"):
                wrapped += textwrap.wrap(para, 100) or [""]
            val = "\n".join(wrapped) if b[2] else ""
            nlines = max(1, len(wrapped) if b[2] else 1)
            h = 0.55 * cm if nlines == 1 else nlines * 0.42 * cm + 0.2 * cm
            need(h + 0.6 * cm)
            c.setFont("DV", 8.5); c.drawString(2 * cm, y[0], b[1]); y[0] -= 0.15 * cm
            fn[0] += 1
            form.textfield(name=f"f{fn[0]:02d}_{b[1][:20]}", tooltip=b[1], x=2 * cm, y=y[0] - h, width=17 * cm, height=h,
                           value=val, fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"),
                           fieldFlags="multiline" if nlines > 1 else "")
            y[0] -= h + 0.35 * cm
        elif t == "ticks":
            need(0.7 * cm)
            x = 2 * cm
            c.setFont("DV", 8.5)
            if b[1]:
                c.drawString(x, y[0] - 0.35 * cm, b[1]); x += c.stringWidth(b[1], "DV", 8.5) + 0.3 * cm
            for o, chk in b[2]:
                fn[0] += 1
                form.checkbox(name=f"cb{fn[0]:02d}", tooltip=o, x=x, y=y[0] - 0.45 * cm, size=0.38 * cm, checked=bool(chk), buttonStyle="cross", borderColor=colors.black, fillColor=colors.white)
                c.drawString(x + 0.5 * cm, y[0] - 0.35 * cm, o); x += c.stringWidth(o, "DV", 8.5) + 1.0 * cm
                if x > W - 4 * cm:
                    y[0] -= 0.55 * cm; x = 2 * cm
            y[0] -= 0.75 * cm
        elif t == "sig":
            _, role, name, date, signed, remark = b
            need(2.2 * cm)
            c.setFont("DV", 8.5)
            for lab, val in ((role, name or ""), ("Datum", date or "")):
                c.drawString(2 * cm, y[0], lab); fn[0] += 1
                form.textfield(name=f"f{fn[0]:02d}_{lab[:15]}", x=6 * cm, y=y[0] - 0.15 * cm, width=9 * cm, height=0.5 * cm, value=val,
                               fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
                y[0] -= 0.65 * cm
            if remark:
                c.drawString(2 * cm, y[0], remark); y[0] -= 0.5 * cm
            c.drawString(2 * cm, y[0], "Handtekening:")
            if signed:
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(io.BytesIO(scribble_png(_h(name)))), 6 * cm, y[0] - 0.4 * cm, 4 * cm, 1 * cm)
            else:
                c.line(6 * cm, y[0] - 0.1 * cm, 12 * cm, y[0] - 0.1 * cm)
            y[0] -= 1.2 * cm
        elif t == "table":
            for r in b[1]:
                c.setFont("DV", 8)
                line = "  |  ".join(r)
                for l in textwrap.wrap(line, 120):
                    need(0.45 * cm); c.drawString(2 * cm, y[0], l); y[0] -= 0.4 * cm
            y[0] -= 0.2 * cm
        elif t == "bullets":
            c.setFont("DV", 8.5)
            for x in b[1]:
                for l in textwrap.wrap("\u2022 " + x, 110):
                    need(0.45 * cm); c.drawString(2 * cm, y[0], l); y[0] -= 0.42 * cm
    if doc.get("footer"):
        c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawString(2 * cm, 1.1 * cm, doc["footer"].replace("{page}", str(page[0])))
    c.save()

# ---------------------------------------------------------------- scan

def to_scan(pdf_in, pdf_out, seed):
    import pypdfium2 as pdfium
    r = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_in)
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=150 / 72).to_pil().convert("L")
        ang = r.uniform(-1.4, 1.4) or 0.5
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
        px = im.load(); w, h = im.size
        rr = random.Random(seed * 31 + i)
        for _ in range(w * h // 180):
            x, y = rr.randrange(w), rr.randrange(h)
            px[x, y] = rr.choice((0, 60, 120, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
        pages.append(im.convert("RGB"))
    import datetime as _dt
    import time as _t; fixed = _t.gmtime(1761987600)
    pages[0].save(pdf_out, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=70, creationDate=fixed, modDate=fixed, producer="Canon iR-ADV C5535 scan")


def normalize_zip(path):
    """Rewrite a docx/odt zip with fixed timestamps so the output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for i, data in items:
            zi = zipfile.ZipInfo(i.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
