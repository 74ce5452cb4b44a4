"""Format writers for the abstract block model. Deterministic: no clock, fixed seeds."""
import os, subprocess, shutil, random, tempfile
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
BOX = {True: "\u2612", False: "\u2610"}

# ---------------------------------------------------------------- signatures
def scribble(path, seed, w=360, h=90):
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x, y = 10, h * 0.6
    pts = []
    for i in range(46):
        x += rnd.uniform(4, 9)
        y = h * 0.55 + rnd.uniform(-1, 1) * h * 0.35 * (1 if i % 3 else -1)
        pts.append((x, y))
        if x > w - 20:
            break
    d.line(pts, fill=(20, 30, 110, 255), width=3, joint="curve")
    d.line([(pts[0][0] + 5, h * 0.8), (pts[-1][0] - 30, h * 0.75)], fill=(20, 30, 110, 255), width=2)
    im.save(path)
    return path

# ---------------------------------------------------------------- text
def cell_text(v):
    if isinstance(v, list):
        return "\n".join(v)
    return v

def write_txt(blocks, path, meta):
    out = []
    hdr = meta.get("header")
    if hdr:
        out.append(hdr)
        out.append("")
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * min(len(b[1]), 70), ""]
        elif k == "h":
            t = b[2]
            out += [t, ("-" if b[1] > 1 else "=") * min(len(t), 70)]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bullets":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "checks":
            out += ["[%s] %s" % ("X" if t else " ", l) for l, t in b[1]] + [""]
        elif k == "field":
            out += ["%s: %s" % (b[1], cell_text(b[2]))]
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(cell_text(c).replace("\n", " / ") for c in r))
            out.append("")
        elif k == "sig":
            for lab, val, drawn in b[1]:
                out.append("%s: %s" % (lab, val if val else "_" * 30))
            out.append("")
        elif k == "pagebreak":
            if meta.get("footer"):
                out += ["", meta["footer"]]
            out += ["\f"]
        elif k == "hr":
            out += ["-" * 60]
    if meta.get("footer"):
        out += ["", meta["footer"]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")

# ---------------------------------------------------------------- docx
def write_docx(blocks, path, meta, sigdir):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"]
    if meta.get("header"):
        sec.header.paragraphs[0].text = meta["header"]
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def cc_check(par, ticked):
        x = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
             '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), W14, 1 if ticked else 0, BOX[ticked])
        par._p.append(parse_xml(x))

    def cc_text(par, tag, text):
        from xml.sax.saxutils import escape
        if text:
            x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/></w:sdtPr><w:sdtContent>'
                 '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), escape(tag), escape(tag), escape(text))
        else:
            x = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                 '<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt>') % (nsdecls("w"), escape(tag), escape(tag))
        par._p.append(parse_xml(x))

    def fill_cell(cell, v, bold=False):
        cell.text = ""
        if isinstance(v, tuple) and v[0] == "cc":
            cc_text(cell.paragraphs[0], v[1], v[2])
            return
        if isinstance(v, tuple) and v[0] == "ccchecks":
            first = True
            for lab, t in v[1]:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                cc_check(p, t)
                p.add_run(" " + lab)
            return
        if isinstance(v, tuple) and v[0] == "img":
            r = cell.paragraphs[0].add_run()
            r.add_picture(v[1], width=Cm(4))
            if v[2]:
                cell.add_paragraph(v[2])
            return
        lines = cell_text(v).split("\n")
        cell.paragraphs[0].text = ""
        r = cell.paragraphs[0].add_run(lines[0])
        r.bold = bold
        for ln in lines[1:]:
            rr = cell.add_paragraph().add_run(ln)
            rr.bold = bold

    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h":
            d.add_heading(b[2], b[1])
        elif k == "p":
            p = d.add_paragraph()
            txt = b[1]
            if len(b) > 2 and b[2] == "i":
                p.add_run(txt).italic = True
            else:
                p.add_run(txt)
        elif k == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "checks":
            cc = len(b) > 2 and b[2]
            for lab, t in b[1]:
                p = d.add_paragraph()
                if cc:
                    cc_check(p, t)
                    p.add_run(" " + lab)
                else:
                    p.add_run("%s %s" % (BOX[t], lab))
        elif k == "field":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            if isinstance(b[2], tuple) and b[2][0] == "cc":
                cc_text(p, b[2][1], b[2][2])
            else:
                p.add_run(cell_text(b[2]))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    fill_cell(t.cell(i, j), c, bold=(opts.get("header") and i == 0) or (opts.get("labelcol") and j == 0))
            d.add_paragraph()
        elif k == "sig":
            for lab, val, drawn in b[1]:
                p = d.add_paragraph()
                p.add_run(lab + ": ").bold = True
                if drawn:
                    p.add_run().add_picture(drawn, width=Cm(4))
                    if val:
                        p.add_run("  " + val)
                else:
                    p.add_run(val if val else "_" * 32)
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "hr":
            d.add_paragraph("_" * 60)
    import datetime
    d.core_properties.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 9, 1, 8, 0, 0)
    d.core_properties.author = meta.get("author", "")
    d.core_properties.last_modified_by = meta.get("author", "")
    d.save(path)

# ---------------------------------------------------------------- odt
def write_odt(blocks, path, meta, sigdir):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, MasterPage, PageLayout,
                           PageLayoutProperties, Footer, Header, TableColumnProperties, TableCellProperties)
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, Image as DImage
    doc = OpenDocumentText()
    s = doc.styles
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="14pt", fontweight="bold")); h1.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.15cm")); s.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold")); h2.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm")); s.addElement(h2)
    tt = Style(name="Title", family="paragraph"); tt.addElement(TextProperties(fontsize="18pt", fontweight="bold")); s.addElement(tt)
    it = Style(name="Ital", family="text"); it.addElement(TextProperties(fontstyle="italic")); doc.automaticstyles.addElement(it)
    bd = Style(name="Bold", family="text"); bd.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bd)
    cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cellst)
    pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm")); doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if meta.get("header"):
        hh = Header(); hh.addElement(P(text=meta["header"])); mp.addElement(hh)
    if meta.get("footer"):
        ff = Footer(); ff.addElement(P(text=meta["footer"])); mp.addElement(ff)
    doc.masterstyles.addElement(mp)
    body = doc.text
    imgn = [0]

    def add_img(parent, fn):
        href = doc.addPicture(fn)
        imgn[0] += 1
        fr = Frame(width="4cm", height="1cm", anchortype="as-char", name="sig%d" % imgn[0])
        fr.addElement(DImage(href=href))
        parent.addElement(fr)

    for b in blocks:
        k = b[0]
        if k == "title":
            body.addElement(P(stylename=tt, text=b[1]))
        elif k == "h":
            body.addElement(H(outlinelevel=b[1], stylename=h1 if b[1] == 1 else h2, text=b[2]))
        elif k == "p":
            p = P()
            if len(b) > 2 and b[2] == "i":
                p.addElement(Span(stylename=it, text=b[1]))
            else:
                p.addText(b[1])
            body.addElement(p)
        elif k == "bullets":
            L = List()
            for x in b[1]:
                li = ListItem(); li.addElement(P(text="\u2022 " + x)); L.addElement(li)
            body.addElement(L)
        elif k == "checks":
            for lab, t in b[1]:
                body.addElement(P(text="%s %s" % (BOX[t], lab)))
        elif k == "field":
            p = P(); p.addElement(Span(stylename=bd, text=b[1] + ": ")); p.addText(cell_text(b[2])); body.addElement(p)
        elif k == "table":
            rows = b[1]
            n = max(len(r) for r in rows)
            T = Table()
            T.addElement(TableColumn(numbercolumnsrepeated=n))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell(stylename=cellst)
                    if isinstance(c, tuple) and c[0] == "img":
                        p = P(); add_img(p, c[1]); tc.addElement(p)
                        if c[2]:
                            tc.addElement(P(text=c[2]))
                    else:
                        for ln in cell_text(c).split("\n"):
                            tc.addElement(P(text=ln))
                    tr.addElement(tc)
                T.addElement(tr)
            body.addElement(T)
            body.addElement(P())
        elif k == "sig":
            for lab, val, drawn in b[1]:
                p = P(); p.addElement(Span(stylename=bd, text=lab + ": "))
                if drawn:
                    add_img(p, drawn)
                    if val:
                        p.addText("  " + val)
                else:
                    p.addText(val if val else "_" * 32)
                body.addElement(p)
        elif k == "pagebreak":
            pb = Style(name="PB%d" % id(b), family="paragraph"); pb.addElement(ParagraphProperties(breakbefore="page"))
            doc.automaticstyles.addElement(pb)
            body.addElement(P(stylename=pb, text=""))
        elif k == "hr":
            body.addElement(P(text="_" * 60))
    doc.save(path)

# ---------------------------------------------------------------- reportlab pdf (direct, optionally fillable)
_REG = [False]
def _reg():
    if _REG[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVI", FONTI))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _REG[0] = True

def write_pdf(blocks, path, meta, sigdir, form=False):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Image as RImage, Flowable)
    from xml.sax.saxutils import escape as E
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    ital = ParagraphStyle("i", parent=base, fontName="DVI")
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor(meta.get("color", "#1f3b66")))
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=5)
    ti = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=10)
    cst = ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0)
    fid = [0]

    class TF(Flowable):
        def __init__(self, name, value, h=1.1 * cm, w=16.5 * cm):
            super().__init__(); self.name, self.value, self.h, self.w = name, value, h, w
        def wrap(self, aw, ah):
            return self.w, self.h
        def draw(self):
            import textwrap, unicodedata
            val = (self.value or "").replace("\u20ac", "EUR").replace("\u2610", "[ ]").replace("\u2612", "[X]")
            val = "".join(ch if ord(ch) < 256 else unicodedata.normalize("NFKD", ch)[0] for ch in val)
            val = "\n".join(textwrap.fill(ln, 98) for ln in val.split("\n"))
            self.canv.acroForm.textfield(name=self.name, value=val, x=0, y=0, width=self.w, height=self.h,
                                         fontName="Helvetica", fontSize=8.5, borderWidth=0.6, fieldFlags="multiline",
                                         relative=True, borderColor=colors.black, fillColor=colors.HexColor("#eef3fb"))

    class CB(Flowable):
        def __init__(self, name, label, checked):
            super().__init__(); self.name, self.label, self.checked = name, label, checked
        def wrap(self, aw, ah):
            return 16 * cm, 0.55 * cm
        def draw(self):
            self.canv.acroForm.checkbox(name=self.name, checked=self.checked, x=0, y=0, size=10, relative=True, buttonStyle="cross")
            self.canv.setFont("DV", 9.5); self.canv.drawString(16, 1.5, self.label)

    def P(t, st=base):
        return Paragraph(E(t).replace("\n", "<br/>"), st)

    def cellflow(v):
        if isinstance(v, tuple) and v[0] == "img":
            fl = [RImage(v[1], width=3.6 * cm, height=0.9 * cm)]
            if v[2]:
                fl.append(P(v[2], cst))
            return fl
        return P(cell_text(v), cst)

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], ti))
        elif k == "h":
            story.append(P(b[2], h1 if b[1] == 1 else h2))
        elif k == "p":
            story.append(P(b[1], ital if (len(b) > 2 and b[2] == "i") else base))
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + E(x), ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-8)))
        elif k == "checks":
            for lab, t in b[1]:
                if form:
                    fid[0] += 1
                    story.append(CB("cb%d" % fid[0], lab, t))
                else:
                    story.append(P("%s %s" % (BOX[t], lab)))
        elif k == "field":
            if form:
                fid[0] += 1
                story.append(P(b[1], h2))
                txt = cell_text(b[2])
                import textwrap
                lines = max(2, sum(len(textwrap.wrap(ln, 98)) or 1 for ln in txt.split("\n")))
                story.append(TF("f%d_%s" % (fid[0], b[1][:20].replace(" ", "_")), txt, h=min(lines, 14) * 0.36 * cm + 0.25 * cm))
                story.append(Spacer(1, 3))
            else:
                story.append(Paragraph("<b>%s:</b> %s" % (E(b[1]), E(cell_text(b[2])).replace("\n", "<br/>")), base))
        elif k == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            n = max(len(r) for r in rows)
            data = [[cellflow(c) for c in r] + [""] * (n - len(r)) for r in rows]
            cw = opts.get("widths")
            if cw:
                cw = [x * cm for x in cw]
            t = Table(data, colWidths=cw, repeatRows=1 if opts.get("header") else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("header"):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f2")))
            if opts.get("labelcol"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 6)]
        elif k == "sig":
            for lab, val, drawn in b[1]:
                if drawn:
                    row = [[P(lab + ":")], [RImage(drawn, width=4 * cm, height=1 * cm)], [P(val or "")]]
                    t = Table([row], colWidths=[5 * cm, 4.5 * cm, 7 * cm])
                    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
                    story.append(t)
                elif form:
                    fid[0] += 1
                    story.append(P(lab, h2)); story.append(TF("sig%d" % fid[0], val or "", h=0.7 * cm))
                else:
                    story.append(P("%s: %s" % (lab, val if val else "_" * 34)))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "hr":
            story.append(P("_" * 70))

    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if meta.get("footer"):
            c.drawString(2 * cm, 1.2 * cm, meta["footer"].replace("{page}", str(d.page)))
        if meta.get("header"):
            c.drawString(2 * cm, A4[1] - 1.2 * cm, meta["header"])
        c.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      title=meta.get("pdftitle", ""), author=meta.get("author", ""), creator=meta.get("creator", "")).build(
        story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- soffice + scans
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, HOME="/work/blind41/.sohome"))
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")

def scan_pdf(src_pdf, out_pdf, seed, tmp):
    rnd = random.Random(seed)
    prefix = os.path.join(tmp, "pg%d" % seed)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("pg%d-" % seed))
    ims = []
    rs = np.random.RandomState(seed)
    for f in pages:
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(rnd.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12 + rs.normal(0, 9, a.shape)
        speck = rs.random_sample(a.shape) < 0.0015
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4))
        ims.append(im.convert("RGB"))
    import datetime
    fixed = datetime.datetime(2026, 1, 30, 9, 0, 0).timetuple()
    ims[0].save(out_pdf, "PDF", resolution=110.0, save_all=True, append_images=ims[1:], creationDate=fixed, modDate=fixed,
                producer="ScanSnap Manager", title="")
