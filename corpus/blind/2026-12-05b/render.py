"""Block list -> DOCX / PDF (reportlab) / fillable PDF / text / scan."""
import os, random, subprocess, shutil, glob, math
from xml.sax.saxutils import escape
from content import dnum

BOX_ON, BOX_OFF = "\u2612", "\u2610"


def sig_date(d):
    return dnum(d) if d else ""


# ---------------------------------------------------------------- DOCX
def to_docx(blocks, path, style):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = style.get("font", "Calibri")
    st.font.size = Pt(style.get("size", 10.5))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if style.get("header"):
        sec.header.paragraphs[0].text = style["header"]
    if style.get("footer"):
        sec.footer.paragraphs[0].text = style["footer"]

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def bold_cell(cell, text, b=True):
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = b
    fill = style.get("shade", "D9E2F3")
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
        elif k == "sub":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bp":  # bold lead + text
            p = d.add_paragraph(); r = p.add_run(b[1] + " "); r.bold = True; p.add_run(b[2])
        elif k == "bul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "checks":
            for on, t in b[1]:
                d.add_paragraph(f"{BOX_ON if on else BOX_OFF} {t}")
        elif k == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for kk, vv in b[1]:
                row = t.add_row().cells
                bold_cell(row[0], kk); row[1].text = vv
                if style.get("kvshade"):
                    shade(row[0], style["kvshade"])
            d.add_paragraph()
        elif k == "band":  # one shaded full-width header row table, followed by optional kv rows
            rows = b[2] if len(b) > 2 else []
            t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
            c0 = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            bold_cell(c0, b[1]); shade(c0, fill)
            for kk, vv in rows:
                if kk is None:
                    c = t.add_row().cells; m = c[0].merge(c[1]); m.text = vv
                else:
                    c = t.add_row().cells; bold_cell(c[0], kk, False); c[1].text = vv
            d.add_paragraph()
        elif k == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
            for i, h in enumerate(header):
                bold_cell(t.rows[0].cells[i], h); shade(t.rows[0].cells[i], fill)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            d.add_paragraph()
        elif k == "sig":
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                bold_cell(t.rows[0].cells[i], h)
            for role, name, date, signed in b[1]:
                c = t.add_row().cells
                c[0].text = role; c[1].text = name or "........................"; c[2].text = sig_date(date) or "..../..../........"
                c[3].text = ("w.g. " + name) if signed else "________________"
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8)
    d.save(path)


def lo_convert(src, outdir, fmt):
    prof = "file:///tmp/lo-blind2"
    subprocess.run(["nice", "soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- PDF (reportlab)
_fonts = False


def _reg():
    global _fonts
    from reportlab import rl_config
    rl_config.invariant = 1
    if _fonts:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    lib = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LS", lib + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", lib + "LiberationSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LS"); addMapping("LS", 1, 1, "LSB")
    _fonts = True


def _scribble_flowable(seed, w=110, h=22):
    from reportlab.platypus import Flowable

    class Scr(Flowable):
        def wrap(self, aw, ah):
            return w, h

        def draw(self):
            r = random.Random(seed)
            c = self.canv
            c.setLineWidth(0.9)
            c.setStrokeColorRGB(0.1, 0.1, 0.35)
            p = c.beginPath(); x, y = 4, h / 2; p.moveTo(x, y)
            for i in range(7):
                nx = x + r.uniform(8, 16)
                p.curveTo(x + 3, y + r.uniform(-10, 12), nx - 3, y + r.uniform(-12, 10), nx, h / 2 + r.uniform(-4, 4))
                x = nx
            c.drawPath(p, stroke=1, fill=0)
    return Scr()


def to_pdf(blocks, path, style):
    _reg()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak, KeepTogether
    fn = style.get("pdffont", "DV")
    sz = style.get("size", 9.5)
    P = ParagraphStyle("p", fontName=fn, fontSize=sz, leading=sz * 1.3, spaceAfter=4)
    PB = ParagraphStyle("pb", parent=P, fontName=fn, spaceAfter=0)
    H1 = ParagraphStyle("h1", parent=P, fontSize=sz + 3, leading=(sz + 3) * 1.3, spaceBefore=8, textColor=colors.HexColor(style.get("hcolor", "#1F3864")))
    H2 = ParagraphStyle("h2", parent=P, fontSize=sz + 1, spaceBefore=6)
    T = ParagraphStyle("t", parent=P, fontSize=sz + 7, leading=(sz + 7) * 1.3, spaceAfter=6)
    SM = ParagraphStyle("sm", parent=P, fontSize=7)
    fill = colors.HexColor("#" + style.get("shade", "D9E2F3"))
    e = lambda s: escape(s)
    W = A4[0] - 4 * cm
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph("<b>%s</b>" % e(b[1]), T))
        elif k == "sub":
            story.append(Paragraph("<i>%s</i>" % e(b[1]), P))
        elif k == "h1":
            story.append(Paragraph("<b>%s</b>" % e(b[1]), H1))
        elif k == "h2":
            story.append(Paragraph("<b>%s</b>" % e(b[1]), H2))
        elif k == "p":
            story.append(Paragraph(e(b[1]) or "&nbsp;", P))
        elif k == "bp":
            story.append(Paragraph("<b>%s</b> %s" % (e(b[1]), e(b[2])), P))
        elif k == "bul":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + e(x), P))
        elif k == "checks":
            for on, t in b[1]:
                story.append(Paragraph(("%s " % (BOX_ON if on else BOX_OFF)) + e(t), P))
        elif k in ("kv", "band"):
            rows, ts = [], [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "band":
                rows.append([Paragraph("<b>%s</b>" % e(b[1]), PB), ""])
                ts += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), fill)]
                items = b[2] if len(b) > 2 else []
            else:
                items = b[1]
            for kk, vv in items:
                i = len(rows)
                if kk is None:
                    rows.append([Paragraph(e(vv) or "&nbsp;", PB), ""]); ts.append(("SPAN", (0, i), (1, i)))
                else:
                    rows.append([Paragraph("<b>%s</b>" % e(kk) if k == "kv" else e(kk), PB), Paragraph(e(vv) or "&nbsp;", PB)])
                    if style.get("kvshade") and k == "kv":
                        ts.append(("BACKGROUND", (0, i), (0, i), colors.HexColor("#" + style["kvshade"])))
            if style.get("noborder"):
                ts = [t for t in ts if t[0] != "GRID"]
            t = Table(rows, colWidths=[W * style.get("kvratio", 0.33), W * (1 - style.get("kvratio", 0.33))])
            t.setStyle(TableStyle(ts)); story.append(t); story.append(Spacer(1, 6))
        elif k == "table":
            header, rows = b[1], b[2]
            n = len(header)
            data = [[Paragraph("<b>%s</b>" % e(h), PB) for h in header]] + [[Paragraph(e(v) or "&nbsp;", PB) for v in r] for r in rows]
            t = Table(data, colWidths=[W / n] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), fill),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 6))
        elif k == "sig":
            data = [[Paragraph("<b>%s</b>" % h, PB) for h in ["", "Naam", "Datum", "Handtekening"]]]
            for i, (role, name, date, signed) in enumerate(b[1]):
                data.append([Paragraph(e(role), PB), Paragraph(e(name) or "......................", PB),
                             Paragraph(sig_date(date) or "..../..../.......", PB),
                             _scribble_flowable(path + role + str(i)) if signed else Paragraph("____________________", PB)])
            t = Table(data, colWidths=[W * 0.3, W * 0.28, W * 0.17, W * 0.25])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(KeepTogether([t])); story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "small":
            story.append(Paragraph(e(b[1]), SM))

    def deco(canv, doc):
        canv.saveState(); canv.setFont(fn, 7)
        if style.get("header"):
            canv.drawString(2 * cm, A4[1] - 1.2 * cm, style["header"])
        f = style.get("footer", "")
        canv.drawString(2 * cm, 1.0 * cm, f)
        canv.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "pagina %d" % doc.page)
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title=style.get("pdftitle", ""), author=style.get("author", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- fillable PDF form
def to_pdf_form(fields, path, title, sub):
    """fields: list of (label, value, height_lines). Values are put in AcroForm text fields."""
    _reg()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    W, H = A4
    y = H - 60

    def head():
        c.setFont("DVB", 13); c.drawString(50, H - 45, title)
        c.setFont("DV", 8); c.drawString(50, H - 58, sub)
    head(); y = H - 80
    form = c.acroForm
    import textwrap
    for i, (label, value, lines) in enumerate(fields):
        value = value.translate({0x2018: "'", 0x2019: "'", 0x2013: "-", 0x2014: "-", 0x201c: '"', 0x201d: '"'})
        value = value.encode("latin-1", "replace").decode("latin-1")
        value = "\n".join(l for para in value.split("\n") for l in (textwrap.wrap(para, 118) or [""]))
        lines = max(1, value.count("\n") + 1)
        h = 6 + 10 * lines
        if y - h - 14 < 50:
            c.showPage(); head(); y = H - 80
        c.setFont("DVB", 8.5); c.drawString(50, y, label)
        y -= 4
        form.textfield(name=f"f{i}", tooltip=label, x=50, y=y - h, width=W - 100, height=h, value=value,
                       fontName="Helvetica", fontSize=8, borderWidth=0.5, fieldFlags="multiline" if lines > 1 else "",
                       forceBorder=True)
        y -= h + 14
    c.save()


# ---------------------------------------------------------------- text / markdown
def to_text(blocks, path, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1] if md else b[1].upper(), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k == "h1":
            out += ["## " + b[1] if md else b[1], "" if md else "=" * len(b[1])]
        elif k == "h2":
            out += ["### " + b[1] if md else b[1], "" if md else "-" * len(b[1])]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bp":
            out += [("**%s** %s" if md else "%s %s") % (b[1], b[2]), ""]
        elif k == "bul":
            out += ["- " + x for x in b[1]] + [""]
        elif k == "checks":
            out += [("[x] " if on else "[ ] ") + t for on, t in b[1]] + [""]
        elif k in ("kv", "band"):
            items = b[1] if k == "kv" else (b[2] if len(b) > 2 else [])
            if k == "band":
                out += ["** " + b[1] + " **" if not md else "### " + b[1], ""]
            for kk, vv in items:
                out.append((vv if kk is None else f"{kk}: {vv}"))
            out.append("")
        elif k == "table":
            if md:
                out.append("| " + " | ".join(b[1]) + " |"); out.append("|" + "---|" * len(b[1]))
                out += ["| " + " | ".join(r) + " |" for r in b[2]]
            else:
                out += [" | ".join(b[1])] + [" | ".join(r) for r in b[2]]
            out.append("")
        elif k == "sig":
            for role, name, date, signed in b[1]:
                out.append(f"{role}: {name or '....................'}   datum: {sig_date(date) or '..........'}   handtekening: {'(getekend)' if signed else '____________'}")
            out.append("")
        elif k == "pb":
            out.append("\f" if not md else "---")
        elif k == "small":
            out += [b[1], ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ---------------------------------------------------------------- scan
def to_scan(src_pdf, path, seed, dpi=150):
    from PIL import Image, ImageFilter
    tmp = path + ".tmpdir"
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["nice", "pdftoppm", "-gray", "-r", str(dpi), src_pdf, os.path.join(tmp, "p")], check=True)
    r = random.Random(seed)
    pages = []
    for f in sorted(glob.glob(os.path.join(tmp, "p*.pgm"))):
        im = Image.open(f).convert("L")
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        rr = random.Random(seed + f)
        noise = Image.frombytes("L", (w, h), rr.randbytes(w * h)).point(lambda v: 128 + (v - 128) // 3)
        im = Image.blend(im, noise, 0.12)
        im = im.point(lambda v: min(255, int(v * 1.02) + 4))
        pages.append(im)
    jp = []
    for i, im in enumerate(pages):
        fn = os.path.join(tmp, f"j{i}.jpg")
        im.save(fn, "JPEG", quality=60)
        jp.append(Image.open(fn))
    jp[0].save(path, "PDF", save_all=True, append_images=jp[1:], resolution=dpi)
    shutil.rmtree(tmp)


def lo_convert_many(srcs, outdir, fmt):
    prof = "file:///tmp/lo-blind2"
    subprocess.run(["nice", "soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir] + list(srcs), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def add_content_controls(path):
    """Post-process a DOCX: put the text of every table value cell in a plain-text content control
    (w:sdt) and turn the tick-box characters into w14:checkbox content controls, as SWV formats do."""
    import zipfile
    from lxml import etree
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    q = lambda t: "{%s}%s" % (W, t)
    zin = zipfile.ZipFile(path)
    files = {n: zin.read(n) for n in zin.namelist()}
    zin.close()
    root = etree.fromstring(files["word/document.xml"])
    nid = [1000]

    def wrap(p, alias, runs, checkbox=None):
        sdt = etree.Element(q("sdt"), nsmap={"w": W, "w14": W14})
        pr = etree.SubElement(sdt, q("sdtPr"))
        etree.SubElement(pr, q("alias")).set(q("val"), alias)
        etree.SubElement(pr, q("tag")).set(q("val"), alias.lower().replace(" ", "_"))
        nid[0] += 1
        etree.SubElement(pr, q("id")).set(q("val"), str(nid[0]))
        if checkbox is None:
            etree.SubElement(pr, q("text"))
        else:
            cb = etree.SubElement(pr, "{%s}checkbox" % W14)
            etree.SubElement(cb, "{%s}checked" % W14).set("{%s}val" % W14, "1" if checkbox else "0")
            etree.SubElement(cb, "{%s}checkedState" % W14).set("{%s}val" % W14, "2612")
            etree.SubElement(cb, "{%s}uncheckedState" % W14).set("{%s}val" % W14, "2610")
        content = etree.SubElement(sdt, q("sdtContent"))
        idx = p.index(runs[0])
        for r in runs:
            p.remove(r); content.append(r)
        p.insert(idx, sdt)
    for tc in root.iter(q("tc")):
        for p in tc.findall(q("p")):
            runs = p.findall(q("r"))
            if not runs:
                continue
            if any(r.find(q("rPr")) is not None and r.find(q("rPr")).find(q("b")) is not None for r in runs):
                continue  # labels stay plain
            wrap(p, "Invulveld", runs)
    for p in root.iter(q("p")):
        runs = p.findall(q("r"))
        if len(runs) == 1:
            t = runs[0].find(q("t"))
            if t is not None and t.text and t.text[:1] in ("\u2612", "\u2610"):
                on = t.text[0] == "\u2612"
                rest = t.text[1:]
                t.text = t.text[0]
                r2 = etree.SubElement(p, q("r")); t2 = etree.SubElement(r2, q("t")); t2.text = rest
                t2.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                wrap(p, "Selectievakje", [runs[0]], checkbox=on)
    files["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            z.writestr(n, b)
