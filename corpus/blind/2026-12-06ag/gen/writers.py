"""Format writers for the blind OPP corpus (deterministic; no clock)."""
import os, random, io
from PIL import Image, ImageDraw

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

def signature_png(name, path, seed):
    """A scribbled 'handwritten' signature, deterministic per seed."""
    rnd = random.Random(seed)
    w, h = 360, 110
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x, y = 15, 60 + rnd.randint(-8, 8)
    pts = [(x, y)]
    n = 14 + len(name) // 2
    for i in range(n):
        x += rnd.randint(10, 26)
        y = 55 + rnd.randint(-38, 30)
        pts.append((min(x, w - 10), y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    # an underline flourish
    d.line([(pts[0][0] + 5, 90), (pts[-1][0] - 30, 84 + rnd.randint(-6, 6))], fill=(20, 30, 110), width=2)
    img.save(path)
    return path


class Writer:
    """Common interface. Blocks: title, h, p, bullets, kv, table, ticks, sig, placeholder."""
    def __init__(self, tmpdir):
        self.tmpdir = tmpdir
        self.footer_text = None
        self.header_text = None

    def footer(self, text):
        self.footer_text = text

    def header(self, text):
        self.header_text = text

    def sigline(self, e):
        return e


# ---------------------------------------------------------------- TXT
class TxtWriter(Writer):
    def __init__(self, tmpdir, width=88):
        super().__init__(tmpdir)
        self.lines = []
        self.width = width

    def title(self, t):
        self.lines += [t.upper(), "=" * min(len(t), self.width), ""]

    def subtitle(self, t):
        self.lines += [t, ""]

    def h(self, t, level=1):
        ch = "-" if level == 1 else "."
        self.lines += ["", t, ch * min(len(t), self.width)]

    def p(self, t, bold=False, italic=False, size=None):
        import textwrap
        if t == "":
            self.lines.append("")
            return
        for para in t.split("\n"):
            self.lines += textwrap.wrap(para, self.width) or [""]
        self.lines.append("")

    def bullets(self, items):
        import textwrap
        for it in items:
            w = textwrap.wrap(it, self.width - 4)
            if not w:
                continue
            self.lines.append("  - " + w[0])
            self.lines += ["    " + x for x in w[1:]]
        self.lines.append("")

    def kv(self, rows, keyw=None):
        import textwrap
        kw = keyw or min(34, max(len(k) for k, _ in rows) + 2)
        for k, v in rows:
            wv = textwrap.wrap(v, self.width - kw) or [""]
            self.lines.append((k + ":").ljust(kw) + wv[0])
            self.lines += [" " * kw + x for x in wv[1:]]
        self.lines.append("")

    def table(self, headers, rows, widths=None):
        cols = len(headers)
        allr = [headers] + rows
        ws = [min(40, max(len(str(r[i])) for r in allr)) for i in range(cols)]
        import textwrap
        def fmt(r):
            wrapped = [textwrap.wrap(str(c), ws[i]) or [""] for i, c in enumerate(r)]
            n = max(len(x) for x in wrapped)
            out = []
            for j in range(n):
                out.append("| " + " | ".join((wrapped[i][j] if j < len(wrapped[i]) else "").ljust(ws[i]) for i in range(cols)) + " |")
            return out
        sep = "+-" + "-+-".join("-" * w for w in ws) + "-+"
        self.lines.append(sep)
        self.lines += fmt(headers)
        self.lines.append(sep)
        for r in rows:
            self.lines += fmt(r)
        self.lines.append(sep)
        self.lines.append("")

    def ticks(self, items):
        for checked, label in items:
            self.lines.append(("[X] " if checked else "[ ] ") + label)
        self.lines.append("")

    def sig(self, entries):
        for e in entries:
            self.lines.append(f"{e['role']}")
            if e.get("name") is not None:
                self.lines.append(f"  Naam:          {e['name'] or '______________________'}")
            self.lines.append(f"  Datum:         {e['date'] or '______________________'}")
            if e.get("signed"):
                self.lines.append(f"  Handtekening:  w.g. {e['name']}" + (f"  ({e['mark']})" if e.get('mark') else ""))
            else:
                self.lines.append("  Handtekening:  ______________________")
            self.lines.append("")

    def placeholder(self, t):
        self.p(t)

    def pagebreak(self):
        self.lines += ["", "\f"]

    def save(self, path):
        out = []
        if self.header_text:
            out += [self.header_text, ""]
        out += self.lines
        if self.footer_text:
            out += ["", "-" * 60, self.footer_text]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- DOCX
class DocxWriter(Writer):
    def __init__(self, tmpdir, font="Calibri", seed=0):
        super().__init__(tmpdir)
        import docx
        from docx.shared import Pt
        self.docx = docx
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
        self.seed = seed
        self.nsig = 0

    def title(self, t):
        self.d.add_heading(t, 0)

    def subtitle(self, t):
        para = self.d.add_paragraph()
        r = para.add_run(t)
        r.italic = True

    def h(self, t, level=1):
        self.d.add_heading(t, level)

    def p(self, t, bold=False, italic=False, size=None):
        para = self.d.add_paragraph()
        r = para.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            from docx.shared import Pt
            r.font.size = Pt(size)
        return para

    def bullets(self, items):
        for it in items:
            self.d.add_paragraph(it, style="List Bullet")

    def kv(self, rows, keyw=None):
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text = k
            c[0].paragraphs[0].runs[0].bold = True
            c[1].text = v
        self.d.add_paragraph()

    def table(self, headers, rows, widths=None):
        t = self.d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, hd in enumerate(headers):
            t.rows[0].cells[i].text = hd
            if t.rows[0].cells[i].paragraphs[0].runs:
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for r in rows:
            c = t.add_row().cells
            for i, v in enumerate(r):
                c[i].text = str(v)
        self.d.add_paragraph()

    def ticks(self, items, controls=False):
        for checked, label in items:
            para = self.d.add_paragraph()
            if controls:
                self._checkbox_sdt(para, checked)
                para.add_run(" " + label)
            else:
                para.add_run(("☒ " if checked else "☐ ") + label)

    def _checkbox_sdt(self, para, checked):
        from docx.oxml import parse_xml
        xml = (
            '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
            '<w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (1 if checked else 0, "☒" if checked else "☐"))
        para._p.append(parse_xml(xml))

    def content_control(self, para, text, placeholder=False, tag="veld"):
        from docx.oxml import parse_xml
        from xml.sax.saxutils import escape
        pr = '<w:showingPlcHdr/>' if placeholder else ''
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ''
        xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s</w:sdtPr>'
               '<w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
               % (escape(tag), escape(tag), pr, rpr, escape(text)))
        para._p.append(parse_xml(xml))

    def field(self, label, text, placeholder=False):
        para = self.d.add_paragraph()
        r = para.add_run(label + " ")
        r.bold = True
        self.content_control(para, text, placeholder, tag=label)

    def placeholder(self, t):
        para = self.d.add_paragraph()
        self.content_control(para, t, placeholder=True)

    def sig(self, entries):
        from docx.shared import Cm
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for e in entries:
            c = t.add_row().cells
            c[0].text = e["role"]
            lines = []
            if e.get("name") is not None:
                lines.append("Naam: " + (e["name"] or "________________"))
            lines.append("Datum: " + (e["date"] or "________________"))
            c[1].text = "\n".join(lines)
            para = c[1].add_paragraph("Handtekening: ")
            if e.get("signed"):
                self.nsig += 1
                png = os.path.join(self.tmpdir, f"sig_{self.seed}_{self.nsig}.png")
                signature_png(e["name"] or "x", png, self.seed * 100 + self.nsig)
                para.add_run().add_picture(png, width=Cm(3.6))
                if e.get("mark"):
                    rr = para.add_run("  " + e["mark"])
                    rr.italic = True
            else:
                para.add_run("\n\n______________________")
        self.d.add_paragraph()

    def pagebreak(self):
        self.d.add_page_break()

    def save(self, path):
        sec = self.d.sections[0]
        if self.footer_text:
            sec.footer.paragraphs[0].text = self.footer_text
        if self.header_text:
            sec.header.paragraphs[0].text = self.header_text
        self.d.save(path)


# ---------------------------------------------------------------- ODT
class OdtWriter(Writer):
    def __init__(self, tmpdir, seed=0):
        super().__init__(tmpdir)
        from odf.opendocument import OpenDocumentText
        from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
        from odf import text as T, table as TB, draw as D
        self.T, self.TB, self.D = T, TB, D
        self.doc = OpenDocumentText()
        self.seed = seed
        self.nsig = 0
        s = self.doc.styles
        self.st = {}
        def mk(name, family, **kw):
            st = Style(name=name, family=family)
            if "text" in kw:
                st.addElement(TextProperties(**kw["text"]))
            if "para" in kw:
                st.addElement(ParagraphProperties(**kw["para"]))
            if "cell" in kw:
                st.addElement(TableCellProperties(**kw["cell"]))
            s.addElement(st)
            self.st[name] = st
            return st
        mk("Title1", "paragraph", text=dict(fontsize="18pt", fontweight="bold"), para=dict(margintop="0cm", marginbottom="0.3cm"))
        mk("H1", "paragraph", text=dict(fontsize="13pt", fontweight="bold", color="#1f4e79"), para=dict(margintop="0.4cm", marginbottom="0.15cm"))
        mk("H2", "paragraph", text=dict(fontsize="11pt", fontweight="bold"), para=dict(margintop="0.25cm", marginbottom="0.1cm"))
        mk("Body", "paragraph", text=dict(fontsize="10pt"), para=dict(marginbottom="0.15cm"))
        mk("BodyB", "paragraph", text=dict(fontsize="10pt", fontweight="bold"))
        mk("BodyI", "paragraph", text=dict(fontsize="10pt", fontstyle="italic"))
        mk("Cell", "table-cell", cell=dict(border="0.5pt solid #000000", padding="0.08cm"))
        gs = Style(name="fr", family="graphic")
        gs.addElement(GraphicProperties(anchortype="as-char"))
        s.addElement(gs)
        self.st["fr"] = gs
        self.ntab = 0

    def _para(self, t, style="Body"):
        par = self.T.P(stylename=self.st[style], text=t)
        self.doc.text.addElement(par)
        return par

    def title(self, t):
        self._para(t, "Title1")

    def subtitle(self, t):
        self._para(t, "BodyI")

    def h(self, t, level=1):
        hh = self.T.H(outlinelevel=level, stylename=self.st["H1" if level == 1 else "H2"], text=t)
        self.doc.text.addElement(hh)

    def p(self, t, bold=False, italic=False, size=None):
        for line in t.split("\n"):
            self._para(line, "BodyB" if bold else ("BodyI" if italic else "Body"))

    def bullets(self, items):
        for it in items:
            self._para("• " + it)

    def _table(self, rows, ncols, boldfirstrow=False, boldfirstcol=False):
        self.ntab += 1
        tb = self.TB.Table(name=f"Tabel{self.ntab}")
        for i in range(ncols):
            tb.addElement(self.TB.TableColumn())
        for ri, r in enumerate(rows):
            tr = self.TB.TableRow()
            for ci, v in enumerate(r):
                tc = self.TB.TableCell(stylename=self.st["Cell"], valuetype="string")
                bold = (boldfirstrow and ri == 0) or (boldfirstcol and ci == 0)
                if isinstance(v, tuple) and v[0] == "__img__":
                    par = self.T.P(stylename=self.st["Body"], text="Handtekening: ")
                    par.addElement(v[1])
                    tc.addElement(par)
                    if v[2]:
                        tc.addElement(self.T.P(stylename=self.st["BodyI"], text=v[2]))
                else:
                    for line in str(v).split("\n"):
                        tc.addElement(self.T.P(stylename=self.st["BodyB" if bold else "Body"], text=line))
                tr.addElement(tc)
            tb.addElement(tr)
        self.doc.text.addElement(tb)
        self._para("")

    def kv(self, rows, keyw=None):
        self._table([list(r) for r in rows], 2, boldfirstcol=True)

    def table(self, headers, rows, widths=None):
        self._table([headers] + [list(r) for r in rows], len(headers), boldfirstrow=True)

    def ticks(self, items):
        for checked, label in items:
            self._para(("☒ " if checked else "☐ ") + label)

    def sig(self, entries):
        rows = []
        for e in entries:
            left = e["role"]
            lines = []
            if e.get("name") is not None:
                lines.append("Naam: " + (e["name"] or "________________"))
            lines.append("Datum: " + (e["date"] or "________________"))
            if e.get("signed"):
                self.nsig += 1
                png = os.path.join(self.tmpdir, f"osig_{self.seed}_{self.nsig}.png")
                signature_png(e["name"] or "x", png, self.seed * 100 + self.nsig + 7)
                href = self.doc.addPicture(f"Pictures/sig{self.seed}_{self.nsig}.png", "image/png", open(png, "rb").read())
                fr = self.D.Frame(stylename=self.st["fr"], width="3.6cm", height="1.1cm", anchortype="as-char")
                fr.addElement(self.D.Image(href=href))
                rows.append([left, "\n".join(lines)])
                rows.append(["", ("__img__", fr, e.get("mark") or "")])
            else:
                rows.append([left, "\n".join(lines) + "\nHandtekening: ______________________"])
        self._table(rows, 2, boldfirstcol=True)

    def placeholder(self, t):
        self._para(t, "BodyI")

    def pagebreak(self):
        pass

    def save(self, path):
        from odf.style import MasterPage, PageLayout, PageLayoutProperties, Footer, Header
        if self.footer_text or self.header_text:
            pl = PageLayout(name="pl1")
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
            self.doc.automaticstyles.addElement(pl)
            mp = MasterPage(name="Standard", pagelayoutname=pl)
            if self.header_text:
                hd = Header()
                hd.addElement(self.T.P(text=self.header_text))
                mp.addElement(hd)
            if self.footer_text:
                ft = Footer()
                ft.addElement(self.T.P(text=self.footer_text))
                mp.addElement(ft)
            self.doc.masterstyles.addElement(mp)
        self.doc.save(path)


# ---------------------------------------------------------------- PDF (reportlab, direct)
class PdfWriter(Writer):
    def __init__(self, tmpdir, seed=0, font="DejaVu", base=9.5, accent="#1f4e79"):
        super().__init__(tmpdir)
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib import colors
        for nm, fn in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"), ("DejaVuSerif", "DejaVuSerif.ttf"),
                       ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf")]:
            try:
                pdfmetrics.registerFont(TTFont(nm, FONT_DIR + fn))
            except Exception:
                pass
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique", boldItalic="DejaVu-Bold")
        self.colors = colors
        self.font = font
        fb = font + "-Bold"
        self.S = {
            "title": ParagraphStyle("t", fontName=fb, fontSize=base + 7, leading=base + 10, spaceAfter=6, textColor=colors.HexColor(accent)),
            "sub": ParagraphStyle("s", fontName="DejaVu-Oblique", fontSize=base, leading=base + 3, spaceAfter=8),
            "h1": ParagraphStyle("h1", fontName=fb, fontSize=base + 3, leading=base + 6, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor(accent)),
            "h2": ParagraphStyle("h2", fontName=fb, fontSize=base + 1, leading=base + 4, spaceBefore=6, spaceAfter=3),
            "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=base + 3.5, spaceAfter=4),
            "pb": ParagraphStyle("pb", fontName=fb, fontSize=base, leading=base + 3.5, spaceAfter=4),
            "pi": ParagraphStyle("pi", fontName="DejaVu-Oblique", fontSize=base, leading=base + 3.5, spaceAfter=4),
            "cell": ParagraphStyle("c", fontName=font, fontSize=base - 0.5, leading=base + 2.5),
            "cellb": ParagraphStyle("cb", fontName=fb, fontSize=base - 0.5, leading=base + 2.5),
        }
        self.story = []
        self.seed = seed
        self.nsig = 0

    def _P(self, t, st="p"):
        from reportlab.platypus import Paragraph
        from xml.sax.saxutils import escape
        return Paragraph(escape(t).replace("\n", "<br/>"), self.S[st])

    def title(self, t):
        self.story.append(self._P(t, "title"))

    def subtitle(self, t):
        self.story.append(self._P(t, "sub"))

    def h(self, t, level=1):
        self.story.append(self._P(t, "h1" if level == 1 else "h2"))

    def p(self, t, bold=False, italic=False, size=None):
        self.story.append(self._P(t, "pb" if bold else ("pi" if italic else "p")))

    def bullets(self, items):
        for it in items:
            self.story.append(self._P("•  " + it))

    def _tbl(self, data, colw=None, header=False, keycol=False):
        from reportlab.platypus import Table, TableStyle, Spacer
        rows = []
        for ri, r in enumerate(data):
            row = []
            for ci, v in enumerate(r):
                if not isinstance(v, str):
                    row.append(v)
                else:
                    b = (header and ri == 0) or (keycol and ci == 0)
                    row.append(self._P(v, "cellb" if b else "cell"))
            rows.append(row)
        total = 170 * 2.8346
        n = len(data[0])
        if colw is None:
            colw = [total * 0.3, total * 0.7] if (keycol and n == 2) else [total / n] * n
        t = Table(rows, colWidths=colw, repeatRows=1 if header else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, self.colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor("#dde6f0")))
        if keycol:
            style.append(("BACKGROUND", (0, 0), (0, -1), self.colors.HexColor("#f0f0f0")))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.story.append(Spacer(1, 6))

    def kv(self, rows, keyw=None):
        self._tbl([list(r) for r in rows], keycol=True)

    def table(self, headers, rows, widths=None):
        total = 170 * 2.8346
        cw = [total * w for w in widths] if widths else None
        self._tbl([headers] + [list(r) for r in rows], colw=cw, header=True)

    def ticks(self, items):
        for checked, label in items:
            self.story.append(self._P(("☒  " if checked else "☐  ") + label))

    def sig(self, entries):
        from reportlab.platypus import Image as RLImage
        data = []
        for e in entries:
            lines = []
            if e.get("name") is not None:
                lines.append("Naam: " + (e["name"] or "________________"))
            lines.append("Datum: " + (e["date"] or "________________"))
            if e.get("signed"):
                self.nsig += 1
                png = os.path.join(self.tmpdir, f"psig_{self.seed}_{self.nsig}.png")
                signature_png(e["name"] or "x", png, self.seed * 100 + self.nsig + 3)
                cell = [self._P("\n".join(lines), "cell"), RLImage(png, width=100, height=30)]
                if e.get("mark"):
                    cell.append(self._P(e["mark"], "pi"))
            else:
                cell = [self._P("\n".join(lines) + "\nHandtekening:\n\n______________________", "cell")]
            data.append([self._P(e["role"], "cellb"), cell])
        self._tbl(data, keycol=True)

    def placeholder(self, t):
        self.story.append(self._P(t, "pi"))

    def pagebreak(self):
        from reportlab.platypus import PageBreak
        self.story.append(PageBreak())

    def save(self, path):
        from reportlab.platypus import SimpleDocTemplate
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        ft, ht, font = self.footer_text, self.header_text, self.font

        def onpage(c, doc):
            c.saveState()
            c.setFont(font, 7.5)
            if ft:
                c.drawString(20 * mm, 10 * mm, ft.replace("{page}", str(doc.page)))
            if ht:
                c.drawString(20 * mm, 287 * mm, ht)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm,
                                title="", author="", creator="", producer="")
        doc.build(self.story, onFirstPage=onpage, onLaterPages=onpage)
