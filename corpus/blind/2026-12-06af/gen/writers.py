"""Format writers for the blind OPP corpus.

A document is a list of blocks (tuples); each writer renders the same blocks:
  ('title', text) ('subtitle', text) ('h1', text) ('h2', text) ('p', text) ('small', text)
  ('bullets', [text]) ('table', rows, {'header': bool, 'widths': [..]}) ('kv', [(k, v)])
  ('checks', [(bool, label)]) ('sig', {'label','name','date','mark'})  mark: None|'img'|'wg'|'ph'
  ('cc', label, value_or_None)  (docx content control; elsewhere a key/value row)
  ('header', text) ('footer', text) ('pagebreak',)
No clock is read anywhere; all randomness comes from seeds passed in.
"""
import io
import os
import random
import zipfile
import zlib

from PIL import Image, ImageDraw, ImageFilter

FIXED_ZIP_DATE = (2026, 1, 1, 0, 0, 0)
CC_PLACEHOLDER = "Klik of tik om tekst in te voeren."
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- signature image
def signature_png(name, seed, path):
    rnd = random.Random(f"sig-{name}-{seed}")
    w, h = 360, 110
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 15, 60
    pts = [(x, y)]
    for _ in range(rnd.randint(14, 22)):
        x += rnd.randint(8, 22)
        y = max(15, min(h - 15, y + rnd.randint(-28, 28)))
        pts.append((min(x, w - 10), y))
    ink = (20, 30, 110)
    d.line(pts, fill=ink, width=3, joint="curve")
    # a loop / underline stroke
    x0 = rnd.randint(20, 80)
    d.arc([x0, 20, x0 + 60, 90], start=rnd.randint(0, 90), end=rnd.randint(250, 360), fill=ink, width=3)
    d.line([(rnd.randint(20, 60), h - 18), (rnd.randint(220, 330), h - 24)], fill=ink, width=2)
    img = img.filter(ImageFilter.SMOOTH)
    img.save(path)
    return path


def normalize_zip(path):
    """Rewrite a zip container (docx/odt) with fixed timestamps, mimetype first."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda t: (t[0] != "mimetype", t[0] if t[0] != "mimetype" else ""))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def box(v):
    return "\u2612" if v else "\u2610"


# ---------------------------------------------------------------- DOCX
def write_docx(blocks, path, sigdir, seed, use_cc=False, use_cc_checks=False):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor, Cm

    d = docx.Document()
    cp = d.core_properties
    import datetime as _dt
    cp.created = _dt.datetime(2026, 1, 1)
    cp.modified = _dt.datetime(2026, 1, 1)
    cp.last_modified_by = "school"
    cp.author = "school"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)

    def shade(cell, color):
        cell._tc.get_or_add_tcPr().append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))

    def cc_xml(label, value, tag):
        from xml.sax.saxutils import escape
        if value is None:
            return parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
                '<w:sdtContent><w:p><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
                % (nsdecls("w"), escape(label), tag, CC_PLACEHOLDER))
        paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(line) for line in value.split("\n"))
        return parse_xml(
            '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:text w:multiLine="1"/></w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (nsdecls("w"), escape(label), tag, paras))

    def cc_check(par, checked):
        x = parse_xml(
            '<w:sdt %s xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr><w14:checkbox>'
            '<w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (nsdecls("w"), 1 if checked else 0, box(checked)))
        par._p.append(x)

    ncc = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(11)
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small"):
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(line)
                if k == "small":
                    r.font.size = Pt(8.5)
        elif k == "bullets":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k in ("table", "kv"):
            if k == "kv":
                rows, opts = [[a, v] for a, v in b[1]], {"header": False, "kvbold": True}
            else:
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    lines = (txt or "").split("\n")
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(lines[0])
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if (opts.get("header") and i == 0) or (opts.get("kvbold") and j == 0):
                        run.bold = True
                        shade(cell, "DCE6F0")
            d.add_paragraph()
        elif k == "checks":
            for v, label in b[1]:
                p = d.add_paragraph()
                if use_cc_checks:
                    cc_check(p, v)
                    p.add_run(" " + label)
                else:
                    p.add_run(box(v) + " " + label)
        elif k == "sig":
            s = b[1]
            p = d.add_paragraph()
            p.add_run(s["label"]).bold = True
            mark = s.get("mark")
            if mark == "img":
                png = os.path.join(sigdir, "sig-%s-%s.png" % (zlib.crc32(s["name"].encode()), seed))
                signature_png(s["name"], seed, png)
                d.add_picture(png, width=Cm(4.5))
            elif mark == "wg":
                d.add_paragraph("w.g. " + s["name"])
            elif mark == "ph":
                d.add_paragraph("[handtekening]")
            else:
                d.add_paragraph("Handtekening: ________________________________")
            d.add_paragraph("Naam: " + (s.get("name") or "______________________"))
            d.add_paragraph("Datum: " + (s.get("date") or "____ - ____ - ________"))
        elif k == "cc":
            ncc += 1
            if use_cc:
                t = d.add_table(rows=1, cols=2)
                t.style = "Table Grid"
                c0, c1 = t.cell(0, 0), t.cell(0, 1)
                c0.paragraphs[0].add_run(b[1]).bold = True
                shade(c0, "EAF1DD")
                c1._tc.remove(c1.paragraphs[0]._p)
                c1._tc.append(cc_xml(b[1], b[2], "veld%02d" % ncc))
            else:
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2] if b[2] is not None else CC_PLACEHOLDER)
        elif k == "header":
            sec.header.paragraphs[0].text = b[1]
        elif k == "footer":
            sec.footer.paragraphs[0].text = b[1]
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- ODT
def write_odt(blocks, path, sigdir, seed):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage

    import odf.opendocument as _od
    import hashlib

    class _U:  # deterministic picture names instead of uuid4
        n = 0

        @classmethod
        def uuid4(cls):
            cls.n += 1
            class _H:
                hex = hashlib.md5(("%s-%s-%d" % (path, seed, cls.n)).encode()).hexdigest()
            return _H()
    _od.uuid = _U
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    tst = Style(name="Titel", family="paragraph"); tst.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(tst)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); h1.addElement(ParagraphProperties(margintop="0.3cm")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold", fontstyle="italic")); doc.styles.addElement(h2)
    sm = Style(name="Klein", family="paragraph"); sm.addElement(TextProperties(fontsize="8pt")); doc.styles.addElement(sm)
    cellst = Style(name="Cel", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cellst)
    frst = Style(name="fr", family="graphic"); frst.addElement(GraphicProperties(wrap="none")); doc.automaticstyles.addElement(frst)

    def para(text, style=None, boldlead=None):
        p = P(stylename=style) if style else P()
        if boldlead:
            p.addElement(Span(stylename=bold, text=boldlead))
        p.addText(text)
        return p

    ntab = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(P(stylename=tst, text=b[1]))
        elif k == "subtitle":
            doc.text.addElement(P(text=b[1]))
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "h2":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k in ("p", "small"):
            for line in b[1].split("\n"):
                doc.text.addElement(para(line, sm if k == "small" else None))
        elif k == "bullets":
            lst = List()
            for it in b[1]:
                li = ListItem(); li.addElement(P(text=it)); lst.addElement(li)
            doc.text.addElement(lst)
        elif k in ("table", "kv", "cc"):
            if k == "kv":
                rows, hdr, kvb = [[a, v] for a, v in b[1]], False, True
            elif k == "cc":
                rows, hdr, kvb = [[b[1], b[2] if b[2] is not None else CC_PLACEHOLDER]], False, True
            else:
                rows, hdr, kvb = b[1], (b[2] if len(b) > 2 else {}).get("header"), False
            ncol = max(len(r) for r in rows)
            ntab += 1
            t = Table(name="Tabel%d" % ntab)
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for i, row in enumerate(rows):
                tr = TableRow()
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    tc = TableCell(stylename=cellst, valuetype="string")
                    for line in (txt or "").split("\n") or [""]:
                        if (hdr and i == 0) or (kvb and j == 0):
                            p = P(); p.addElement(Span(stylename=bold, text=line)); tc.addElement(p)
                        else:
                            tc.addElement(P(text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P())
        elif k == "checks":
            for v, label in b[1]:
                doc.text.addElement(P(text=box(v) + " " + label))
        elif k == "sig":
            s = b[1]
            p = P(); p.addElement(Span(stylename=bold, text=s["label"])); doc.text.addElement(p)
            mark = s.get("mark")
            if mark == "img":
                png = os.path.join(sigdir, "sig-odt-%s-%s.png" % (zlib.crc32(s["name"].encode()), seed))
                signature_png(s["name"], seed, png)
                href = doc.addPicture(png)
                fr = Frame(stylename=frst, width="4.5cm", height="1.4cm", anchortype="as-char", name="sig%d" % ntab)
                fr.addElement(DImage(href=href))
                p = P(); p.addElement(fr); doc.text.addElement(p)
                ntab += 1
            elif mark == "wg":
                doc.text.addElement(P(text="w.g. " + s["name"]))
            elif mark == "ph":
                doc.text.addElement(P(text="[handtekening]"))
            else:
                doc.text.addElement(P(text="Handtekening: ________________________________"))
            doc.text.addElement(P(text="Naam: " + (s.get("name") or "______________________")))
            doc.text.addElement(P(text="Datum: " + (s.get("date") or "____ - ____ - ________")))
        elif k in ("header", "footer"):
            doc.text.addElement(P(stylename=sm, text=b[1]))
        elif k == "pagebreak":
            pass
        else:
            raise ValueError(k)
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- TXT
def write_txt(blocks, path, wrap=None):
    out = []
    footer = None
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "subtitle":
            out += [b[1], ""]
        elif k == "h1":
            out += ["", b[1], "-" * len(b[1])]
        elif k == "h2":
            out += ["", b[1]]
        elif k in ("p", "small"):
            out += b[1].split("\n") + [""]
        elif k == "bullets":
            out += ["  - " + it for it in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            hdr = (b[2] if len(b) > 2 else {}).get("header")
            if hdr:
                head = rows[0]
                for row in rows[1:]:
                    out.append("  * " + "; ".join("%s: %s" % (h, (c or "")) for h, c in zip(head, row)))
            else:
                for row in rows:
                    out.append("  * " + " | ".join(c or "" for c in row))
            out.append("")
        elif k == "kv":
            for a, v in b[1]:
                out.append("%s: %s" % (a, v or ""))
            out.append("")
        elif k == "cc":
            out.append("%s: %s" % (b[1], b[2] if b[2] is not None else CC_PLACEHOLDER))
        elif k == "checks":
            out += ["[%s] %s" % ("x" if v else " ", label) for v, label in b[1]] + [""]
        elif k == "sig":
            s = b[1]
            mark = s.get("mark")
            sigtxt = {"img": "w.g. " + (s.get("name") or ""), "wg": "w.g. " + (s.get("name") or ""),
                      "ph": "[handtekening]"}.get(mark, "______________________")
            out += [s["label"], "  Handtekening: " + sigtxt, "  Naam: " + (s.get("name") or "______________"),
                    "  Datum: " + (s.get("date") or "__-__-____"), ""]
        elif k == "header":
            out += [b[1], ""]
        elif k == "footer":
            footer = b[1]
        elif k == "pagebreak":
            out.append("")
    if footer:
        out += ["", "-" * 60, footer]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- PDF (reportlab)
_fonts_done = False


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVS-B")
    _fonts_done = True


def _esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(blocks, path, sigdir, seed, theme=None):
    """Direct PDF via reportlab platypus. theme: dict(font, accent, size)."""
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak

    theme = theme or {}
    font = theme.get("font", "DV")
    size = theme.get("size", 9.5)
    accent = colors.HexColor(theme.get("accent", "#1F4E79"))
    fb = font + ("-B" if font == "DV" else "-B")
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3)
    small = ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
    cellst = ParagraphStyle("cell", parent=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.25, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cellst, fontName=fb)
    title = ParagraphStyle("title", parent=base, fontName=fb, fontSize=size + 8, leading=(size + 8) * 1.2, textColor=accent, spaceAfter=6)
    sub = ParagraphStyle("sub", parent=base, fontSize=size + 1, textColor=colors.HexColor("#444444"), spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=base, fontName=fb, fontSize=size + 3.5, leading=(size + 3.5) * 1.3, textColor=accent, spaceBefore=8, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName=fb, fontSize=size + 1, spaceBefore=5, spaceAfter=2)
    header_txt = [None]
    footer_txt = [None]
    story = []
    W = A4[0] - 4.2 * cm

    def P(t, st=base):
        return Paragraph(_esc(t).replace("\n", "<br/>"), st)

    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], title))
        elif k == "subtitle":
            story.append(P(b[1], sub))
        elif k == "h1":
            story.append(P(b[1], h1))
        elif k == "h2":
            story.append(P(b[1], h2))
        elif k == "p":
            for line in b[1].split("\n"):
                story.append(P(line))
        elif k == "small":
            story.append(P(b[1], small))
        elif k == "bullets":
            for it in b[1]:
                story.append(Paragraph("\u2022 " + _esc(it), ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-8)))
        elif k in ("table", "kv", "cc"):
            if k == "kv":
                rows, opts = [[a, v] for a, v in b[1]], {"kv": True}
            elif k == "cc":
                rows, opts = [[b[1], b[2] if b[2] is not None else CC_PLACEHOLDER]], {"kv": True}
            else:
                rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            data = []
            for i, row in enumerate(rows):
                data.append([P(row[j] if j < len(row) else "", cellb if ((opts.get("header") and i == 0) or (opts.get("kv") and j == 0)) else cellst) for j in range(ncol)])
            if opts.get("widths"):
                widths = [W * f for f in opts["widths"]]
            elif opts.get("kv"):
                widths = [W * 0.32, W * 0.68]
            else:
                widths = [W / ncol] * ncol
            t = Table(data, colWidths=widths)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header"):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(theme.get("head", "#DCE6F0"))))
            if opts.get("kv"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(theme.get("head", "#DCE6F0"))))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "checks":
            for v, label in b[1]:
                story.append(P(box(v) + " " + label))
        elif k == "sig":
            s = b[1]
            story.append(Spacer(1, 4))
            story.append(P(s["label"], h2))
            mark = s.get("mark")
            if mark == "img":
                png = os.path.join(sigdir, "sig-pdf-%s-%s.png" % (zlib.crc32(s["name"].encode()), seed))
                signature_png(s["name"], seed, png)
                im = RLImage(png, width=4.2 * cm, height=1.3 * cm)
                im.hAlign = "LEFT"
                story.append(im)
            elif mark == "wg":
                story.append(P("w.g. " + s["name"]))
            elif mark == "ph":
                story.append(P("[handtekening]"))
            else:
                story.append(P("Handtekening: ________________________________"))
            story.append(P("Naam: " + (s.get("name") or "______________________")))
            story.append(P("Datum: " + (s.get("date") or "____ - ____ - ________")))
        elif k == "header":
            header_txt[0] = b[1]
        elif k == "footer":
            footer_txt[0] = b[1]
        elif k == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    def on_page(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        if header_txt[0]:
            c.drawString(2.1 * cm, A4[1] - 1.2 * cm, header_txt[0])
            c.setStrokeColor(accent); c.line(2.1 * cm, A4[1] - 1.35 * cm, A4[0] - 2.1 * cm, A4[1] - 1.35 * cm)
        if footer_txt[0]:
            c.drawString(2.1 * cm, 1.1 * cm, footer_txt[0])
        c.drawRightString(A4[0] - 2.1 * cm, 1.1 * cm, "pagina %d" % doc.page)
        c.restoreState()

    docp = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.1 * cm, rightMargin=2.1 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                             title="", author="", creator="", producer="")
    docp.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- fillable PDF form
def write_pdf_form(fields, path, title, subtitle, footer, sigdir, seed):
    """fields: list of ('text', label, value, height_lines) | ('check', label, checked) | ('h', text)
               | ('sig', label, name, date, mark)"""
    _fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    W, H = A4
    x0, x1 = 2 * cm, W - 2 * cm
    state = {"y": H - 2 * cm, "page": 1, "n": 0}

    def header():
        c.setFillColor(colors.HexColor("#5B2C6F"))
        c.rect(0, H - 1.3 * cm, W, 1.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DV-B", 11)
        c.drawString(x0, H - 0.85 * cm, title)
        c.setFillColor(colors.black); c.setFont("DV", 7)
        c.drawString(x0, 1 * cm, footer)
        c.drawRightString(x1, 1 * cm, "blad %d" % state["page"])
        state["y"] = H - 2.1 * cm

    def need(h):
        if state["y"] - h < 1.8 * cm:
            c.showPage(); state["page"] += 1; header()

    def wrap(text, width, font="DV", size=8):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    header()
    c.setFont("DV", 9)
    c.drawString(x0, state["y"], subtitle)
    state["y"] -= 0.7 * cm
    form = c.acroForm
    for f in fields:
        state["n"] += 1
        if f[0] == "h":
            need(1.2 * cm)
            state["y"] -= 0.3 * cm
            c.setFont("DV-B", 10); c.setFillColor(colors.HexColor("#5B2C6F"))
            c.drawString(x0, state["y"], f[1]); c.setFillColor(colors.black)
            state["y"] -= 0.55 * cm
        elif f[0] == "text":
            _, label, value, nlines = f
            value = value or ""
            # visible height grows with the content so that a reader sees everything
            lines = sum((wrap(part, x1 - x0 - 5.2 * cm - 10, "Helvetica", 7.5) or [""] for part in value.split("\n")), []) if value else [""]
            n = max(nlines, len(lines))
            h = n * 0.34 * cm + 0.25 * cm
            need(h + 0.2 * cm)
            c.setFont("DV-B", 8)
            for i, ln in enumerate(wrap(label, 4.8 * cm, "DV-B", 8)):
                c.drawString(x0, state["y"] - 0.35 * cm - i * 0.35 * cm, ln)
            form.textfield(name="f%03d" % state["n"], tooltip=label, value="\n".join(lines) if value else "", x=x0 + 5.2 * cm, y=state["y"] - h,
                           width=x1 - x0 - 5.2 * cm, height=h, fontName="Helvetica", fontSize=7.5,
                           fieldFlags="multiline", borderColor=colors.grey, fillColor=colors.HexColor("#F4F0F7"),
                           borderWidth=0.5, forceBorder=True)
            state["y"] -= h + 0.25 * cm
        elif f[0] == "note":
            lines = sum((wrap(part, x1 - x0, "DV", 8) or [""] for part in f[1].split("\n")), [])
            need(len(lines) * 0.38 * cm + 0.2 * cm)
            c.setFont("DV", 8)
            for ln in lines:
                c.drawString(x0, state["y"] - 0.3 * cm, ln)
                state["y"] -= 0.38 * cm
            state["y"] -= 0.15 * cm
        elif f[0] == "check":
            _, label, checked = f
            need(0.6 * cm)
            form.checkbox(name="c%03d" % state["n"], tooltip=label, checked=bool(checked), x=x0 + 5.2 * cm, y=state["y"] - 0.4 * cm,
                          size=10, buttonStyle="cross", borderColor=colors.grey, fillColor=colors.white, forceBorder=True)
            c.setFont("DV", 8.5)
            c.drawString(x0 + 5.2 * cm + 14, state["y"] - 0.35 * cm, label)
            state["y"] -= 0.5 * cm
        elif f[0] == "sig":
            _, label, name, date, mark = f
            need(2.4 * cm)
            c.setFont("DV-B", 8.5)
            c.drawString(x0, state["y"] - 0.35 * cm, label)
            if mark == "img":
                png = os.path.join(sigdir, "sig-form-%s-%s.png" % (zlib.crc32(name.encode()), seed))
                signature_png(name, seed, png)
                c.drawImage(png, x0 + 5.2 * cm, state["y"] - 1.5 * cm, width=4 * cm, height=1.25 * cm)
            c.setStrokeColor(colors.grey)
            c.line(x0 + 5.2 * cm, state["y"] - 1.55 * cm, x0 + 11 * cm, state["y"] - 1.55 * cm)
            c.setFont("DV", 7)
            c.drawString(x0 + 5.2 * cm, state["y"] - 1.85 * cm, "handtekening")
            form.textfield(name="n%03d" % state["n"], tooltip=label + " naam", value=name or "", x=x0 + 11.5 * cm, y=state["y"] - 0.9 * cm,
                           width=5.4 * cm, height=0.55 * cm, fontName="Helvetica", fontSize=8, borderColor=colors.grey, borderWidth=0.5, forceBorder=True)
            form.textfield(name="d%03d" % state["n"], tooltip=label + " datum", value=date or "", x=x0 + 11.5 * cm, y=state["y"] - 1.6 * cm,
                           width=5.4 * cm, height=0.55 * cm, fontName="Helvetica", fontSize=8, borderColor=colors.grey, borderWidth=0.5, forceBorder=True)
            c.drawString(x0 + 11.5 * cm, state["y"] - 0.3 * cm, "naam / datum")
            state["y"] -= 2.3 * cm
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, workdir, seed, dpi=110):
    import subprocess
    import numpy as np
    rnd = random.Random("scan-%s" % seed)
    prefix = os.path.join(workdir, "scan-%s" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(p for p in os.listdir(workdir) if p.startswith("scan-%s" % seed) and p.endswith(".png"))
    imgs = []
    rng = np.random.default_rng(seed)
    for p in pages:
        im = Image.open(os.path.join(workdir, p)).convert("L")
        angle = rnd.uniform(-1.6, 1.6)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a = a * rnd.uniform(0.9, 0.97) + rng.normal(0, 9, a.shape) + 12
        # a few specks
        for _ in range(60):
            yy, xx = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
            a[yy:yy + 2, xx:xx + 2] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        imgs.append(Image.fromarray(a, "L"))
    import datetime as _dt
    import time as _time
    fixed = _time.gmtime(1767225600)  # 2026-01-01, a fixed date (no clock)
    imgs[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], creationDate=fixed, modDate=fixed)
