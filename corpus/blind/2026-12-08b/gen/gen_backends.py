# -*- coding: utf-8 -*-
"""Backends: blocks -> docx / pdf (reportlab) / fillable pdf / txt / scan."""
import os, subprocess, shutil, random, datetime as dt
from xml.sax.saxutils import escape

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- DOCX
def write_docx(blocks, path, opts):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.created = cp.modified = dt.datetime(2026, 1, 5, 9, 0, 0)
    cp.last_printed = dt.datetime(2026, 1, 5, 9, 0, 0)
    cp.author = opts.get("author", "Intern begeleider")
    cp.last_modified_by = cp.author
    cp.title = opts.get("doctitle", "")
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(opts.get("size", 10.5))
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_checkbox(par, checked, label):
        x = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
             '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
             % (nsdecls("w"), W14, 1 if checked else 0, "☒" if checked else "☐"))
        par._p.append(parse_xml(x))
        par.add_run(" " + label + "    ")

    def sdt_text(par, text, placeholder):
        x = ('<w:sdt %s><w:sdtPr><w:alias w:val="Invulveld"/>%s<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
             % (nsdecls("w"), "<w:showingPlcHdr/>" if placeholder else "",
                '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else "", escape(text)))
        par._p.append(parse_xml(x))

    def fill_cell(cell, v, bold=False):
        cell.paragraphs[0].text = ""
        items = v if isinstance(v, list) else [v]
        first = True
        for it in items:
            par = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if isinstance(it, tuple) and it[0] == "img":
                par.add_run().add_picture(it[1], width=Cm(it[2]))
            elif isinstance(it, tuple) and it[0] == "ph":
                sdt_text(par, it[1], True)
            else:
                lines = str(it).split("\n")
                for j, ln in enumerate(lines):
                    if j:
                        par = cell.add_paragraph()
                    if opts.get("sdt_text") and not bold and ln:
                        sdt_text(par, ln, False)
                    else:
                        r = par.add_run(ln)
                        r.bold = bold

    def checks(par_parent, items):
        par = d.add_paragraph()
        for b, l in items:
            if opts.get("sdt"):
                sdt_checkbox(par, b, l)
            else:
                par.add_run(("☒ " if b else "☐ ") + l + "    ")

    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "sub":
            p = d.add_paragraph(b[1]); p.runs[0].italic = True
        elif k == "h":
            d.add_heading(b[2], min(b[1], 3))
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pi":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif k == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "checks":
            checks(d, b[1])
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for kk, vv in b[1]:
                row = t.add_row().cells
                fill_cell(row[0], kk, True)
                fill_cell(row[1], vv)
                row[0].width, row[1].width = Cm(5), Cm(12)
            d.add_paragraph()
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                fill_cell(t.rows[0].cells[i], h, True)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    fill_cell(cells[i], v)
            if widths:
                for row in t.rows:
                    for i, w in enumerate(widths):
                        if i < len(row.cells):
                            row.cells[i].width = Cm(w)
            d.add_paragraph()
        elif k == "box":
            t = d.add_table(rows=2, cols=1)
            t.style = "Table Grid"
            fill_cell(t.rows[0].cells[0], b[1], True)
            fill_cell(t.rows[1].cells[0], b[2])
            d.add_paragraph()
        elif k == "img":
            d.add_picture(b[1], width=Cm(b[2]))
        elif k == "hr":
            d.add_paragraph("✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
        elif k == "pb":
            d.add_page_break()
        elif k == "footer":
            s.footer.paragraphs[0].text = b[1]
    d.save(path)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- PDF (reportlab)
_fonts = [False]


def reg_fonts():
    if _fonts[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")
    _fonts[0] = True


def write_pdf(blocks, path, opts):
    reg_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image, PageBreak, ListFlowable, ListItem
    base = opts.get("pdffont", "DV")
    bold = {"DV": "DVB", "DVS": "DVSB"}[base]
    sz = opts.get("size", 9.5)
    N = ParagraphStyle("n", fontName=base, fontSize=sz, leading=sz * 1.3, spaceAfter=3)
    I = ParagraphStyle("i", parent=N, fontName="DVI", textColor=colors.HexColor("#555555"))
    Hs = {1: ParagraphStyle("h1", parent=N, fontName=bold, fontSize=sz + 3.5, leading=(sz + 3.5) * 1.3, spaceBefore=8, spaceAfter=4,
                            textColor=colors.HexColor(opts.get("hcolor", "#1f3d7a"))),
          2: ParagraphStyle("h2", parent=N, fontName=bold, fontSize=sz + 1.5, leading=(sz + 1.5) * 1.3, spaceBefore=6, spaceAfter=3),
          3: ParagraphStyle("h3", parent=N, fontName=bold, fontSize=sz, spaceBefore=5, spaceAfter=2)}
    T = ParagraphStyle("t", parent=N, fontName=bold, fontSize=sz + 7, leading=(sz + 7) * 1.3, spaceAfter=4)
    S = ParagraphStyle("s", parent=N, fontName="DVI", fontSize=sz - 0.5)
    C = ParagraphStyle("c", parent=N, fontSize=sz - 0.5, leading=(sz - 0.5) * 1.25, spaceAfter=0)
    CB = ParagraphStyle("cb", parent=C, fontName=bold)
    W = A4[0] - 4 * cm

    def P(t, st=N):
        return Paragraph(escape(t).replace("\n", "<br/>"), st)

    def cell(v, st=C):
        items = v if isinstance(v, list) else [v]
        out = []
        for it in items:
            if isinstance(it, tuple) and it[0] == "img":
                from PIL import Image as PI
                w, h = PI.open(it[1]).size
                out.append(Image(it[1], width=it[2] * cm * 0.8, height=it[2] * cm * 0.8 * h / w))
            elif isinstance(it, tuple) and it[0] == "ph":
                out.append(P(it[1], st))
            else:
                out.append(P(str(it), st))
        return out

    story = []
    tstyle = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], T))
        elif k == "sub":
            story.append(P(b[1], S))
        elif k == "h":
            story.append(P(b[2], Hs[min(b[1], 3)]))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "pi":
            story.append(P(b[1], I))
        elif k == "bul":
            story.append(ListFlowable([ListItem(P(i), leftIndent=12) for i in b[1]], bulletType="bullet", start="•", leftIndent=12))
        elif k == "checks":
            story.append(P("    ".join(("☒ " if x else "☐ ") + l for x, l in b[1])))
        elif k == "kv":
            data = [[cell(kk, CB), cell(vv)] for kk, vv in b[1]]
            t = Table(data, colWidths=[4.6 * cm, W - 4.6 * cm])
            t.setStyle(TableStyle(tstyle + [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            data = [[cell(h, CB) for h in hdr]] + [[cell(v) for v in r] for r in rows]
            if widths:
                tot = sum(widths); cw = [W * w / tot for w in widths]
            else:
                cw = [W / len(hdr)] * len(hdr)
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle(tstyle + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ef"))]))
            story += [t, Spacer(1, 6)]
        elif k == "box":
            t = Table([[cell(b[1], CB)], [cell(b[2])]], colWidths=[W])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey)]))
            story += [t, Spacer(1, 6)]
        elif k == "img":
            from PIL import Image as PI
            w, h = PI.open(b[1]).size
            story.append(Image(b[1], width=b[2] * cm, height=b[2] * cm * h / w))
        elif k == "hr":
            story.append(P("✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"))
        elif k == "pb":
            story.append(PageBreak())
    footer = [b[1] for b in blocks if b[0] == "footer"]

    def onpage(canv, docx_):
        canv.saveState()
        canv.setFont(base, 7.5)
        txt = (footer[0] + "   |   " if footer else "") + "Pagina %d" % canv.getPageNumber()
        canv.drawString(2 * cm, 1.2 * cm, txt)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title=opts.get("doctitle", ""), author=opts.get("author", ""), invariant=1,
                            creator="Leerlingzicht" if opts.get("export") else "")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- fillable PDF form
def write_pdf_form(blocks, path, opts):
    reg_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib import colors
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle(opts.get("doctitle", ""))
    form = cv.acroForm
    Wp, Hp = A4
    L, R = 2 * cm, Wp - 2 * cm
    y = [Hp - 2 * cm]
    nfield = [0]

    def fix(t):
        return str(t).replace("☒", "[X]").replace("☐", "[ ]").replace("’", "'").replace("–", "-")

    def newpage_if(hneed):
        if y[0] - hneed < 2 * cm:
            cv.setFont("DV", 7); cv.drawString(L, 1.2 * cm, "Beknopt OPP – invulformulier – pagina %d" % cv.getPageNumber())
            cv.showPage(); y[0] = Hp - 2 * cm

    def wrap(text, font, size, width):
        lines = []
        for para in str(text).split("\n"):
            cur = ""
            for w in para.split(" "):
                t = (cur + " " + w).strip()
                if stringWidth(t, font, size) > width and cur:
                    lines.append(cur); cur = w
                else:
                    cur = t
            lines.append(cur)
        return lines

    def text(t, font="DV", size=9, indent=0):
        for ln in wrap(t, font, size, R - L - indent):
            newpage_if(size * 1.4)
            cv.setFont(font, size); cv.drawString(L + indent, y[0] - size, ln); y[0] -= size * 1.4

    def field(label, value):
        fw = R - L - 4.6 * cm
        v = fix(value) if not (isinstance(value, tuple)) else ""
        wl = wrap(v, "Helvetica", 8, fw - 8)
        n = max(1, len(wl))
        v = "\n".join(wl) if n > 1 else v
        h = max(16, n * 10 + 6)
        newpage_if(h + 4)
        cv.setFont("DVB", 8.5)
        for i, ln in enumerate(wrap(label, "DVB", 8.5, 4.4 * cm)):
            cv.drawString(L, y[0] - 10 - i * 10, ln)
        nfield[0] += 1
        form.textfield(name="veld%02d" % nfield[0], tooltip=label, value=v, x=L + 4.6 * cm, y=y[0] - h, width=fw, height=h,
                       fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor("#f3f6fb"),
                       fieldFlags="multiline" if n > 1 else "", borderWidth=0.5)
        y[0] -= h + 4

    def cell_str(v):
        items = v if isinstance(v, list) else [v]
        return " ".join(fix(i) for i in items if not isinstance(i, tuple))

    for b in blocks:
        k = b[0]
        if k == "title":
            newpage_if(30); cv.setFont("DVB", 16); cv.drawString(L, y[0] - 16, b[1]); y[0] -= 26
        elif k == "sub":
            text(b[1], "DVI", 9)
        elif k == "h":
            y[0] -= 6; text(b[2], "DVB", 11)
        elif k in ("p", "pi"):
            text(b[1], "DV", 9)
        elif k == "bul":
            for it in b[1]:
                text("• " + it, "DV", 9, 8)
        elif k == "checks":
            newpage_if(16)
            x = L
            for on, lab in b[1]:
                nfield[0] += 1
                form.checkbox(name="vink%02d" % nfield[0], tooltip=lab, x=x, y=y[0] - 12, size=11, checked=bool(on), buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white)
                cv.setFont("DV", 8.5); cv.drawString(x + 14, y[0] - 10, lab)
                x += 20 + stringWidth(lab, "DV", 8.5) + 10
                if x > R - 4 * cm:
                    x = L; y[0] -= 16
            y[0] -= 18
        elif k == "kv":
            for kk, vv in b[1]:
                if isinstance(vv, (list, tuple)) and not isinstance(vv, str):
                    vv = cell_str(vv)
                field(kk, vv)
            y[0] -= 4
        elif k == "table":
            hdr, rows = b[1], b[2]
            n = len(hdr); cw = (R - L) / n
            newpage_if(14)
            cv.setFont("DVB", 8)
            for i, h in enumerate(hdr):
                cv.drawString(L + i * cw + 2, y[0] - 9, h[:38])
            y[0] -= 14
            for r in rows:
                rh = 14
                for v in r:
                    items = v if isinstance(v, list) else [v]
                    if any(isinstance(i, tuple) and i[0] == "img" for i in items):
                        rh = max(rh, 42)
                    else:
                        rh = max(rh, 10 * len(wrap(cell_str(v), "DV", 8, cw - 4)) + 4)
                newpage_if(rh)
                for i, v in enumerate(r):
                    items = v if isinstance(v, list) else [v]
                    yy = y[0]
                    for it in items:
                        if isinstance(it, tuple) and it[0] == "img":
                            cv.drawImage(it[1], L + i * cw + 2, yy - 40, width=2.6 * cm, height=0.8 * cm, preserveAspectRatio=True, mask="auto")
                            yy -= 40
                        else:
                            cv.setFont("DV", 8)
                            for ln in wrap(fix(it), "DV", 8, cw - 4):
                                cv.drawString(L + i * cw + 2, yy - 9, ln); yy -= 10
                cv.setStrokeColor(colors.grey); cv.line(L, y[0] - rh, R, y[0] - rh)
                y[0] -= rh + 2
            y[0] -= 6
        elif k == "box":
            text(b[1], "DVB", 9); field("Tekst", b[2])
        elif k == "hr":
            text("- " * 60)
    cv.setFont("DV", 7); cv.drawString(L, 1.2 * cm, "Beknopt OPP – invulformulier – pagina %d" % cv.getPageNumber())
    cv.showPage()
    cv.save()


# ---------------------------------------------------------------- TXT
def write_txt(blocks, path, opts):
    box = opts.get("txtbox", "[x]")
    out = []

    def cs(v):
        items = v if isinstance(v, list) else [v]
        r = []
        for it in items:
            if isinstance(it, tuple):
                r.append("[getekend]" if it[0] == "img" else it[1])
            else:
                r.append(str(it))
        return " ".join(x for x in r if x).replace("\n", " / ")

    def ck(b):
        if box == "[x]":
            return "[x]" if b else "[ ]"
        return "☒" if b else "☐"
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "sub":
            out.append(b[1])
        elif k == "h":
            out += ["", b[2], ("-" if b[1] > 1 else "=") * len(b[2])]
        elif k in ("p", "pi"):
            out.append(b[1])
        elif k == "bul":
            out += ["  * " + i for i in b[1]]
        elif k == "checks":
            out.append("   ".join("%s %s" % (ck(x), l) for x, l in b[1]))
        elif k == "kv":
            wk = max(len(str(kk)) for kk, _ in b[1]) + 1
            for kk, vv in b[1]:
                out.append("%-*s %s" % (wk, kk + ":", cs(vv)))
            out.append("")
        elif k == "table":
            out.append(" | ".join(cs(h) for h in b[1]))
            out.append("-" * 60)
            for r in b[2]:
                out.append(" | ".join(cs(v) for v in r))
            out.append("")
        elif k == "box":
            out += ["+" + "-" * 58, "| " + b[1], "| " + b[2], "+" + "-" * 58]
        elif k == "hr":
            out.append("-- knip hier " + "-" * 40)
    foot = [b[1] for b in blocks if b[0] == "footer"]
    if foot:
        out += ["", "-" * 70, foot[0] + " | Pagina 1 van 1"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, seed, tmpdir):
    from PIL import Image, ImageFilter
    import numpy as np
    r = random.Random("scan-" + seed)
    pre = os.path.join(tmpdir, "pg")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pre], check=True)
    pages = sorted(p for p in os.listdir(tmpdir) if p.startswith("pg") and p.endswith(".png"))
    ims = []
    rng = np.random.RandomState(abs(hash_seed(seed)) % (2 ** 31))
    for p in pages:
        im = Image.open(os.path.join(tmpdir, p)).convert("L")
        im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=True, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * r.uniform(0.88, 0.96) + 8 + rng.normal(0, 9, a.shape)
        specks = rng.rand(*a.shape) < 0.0009
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        ims.append(im.convert("RGB"))
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=110)


def hash_seed(s):
    h = 11
    for ch in s:
        h = (h * 257 + ord(ch)) % 2147483647
    return h
