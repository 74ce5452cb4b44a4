# -*- coding: utf-8 -*-
"""Format writers: docx, pdf (reportlab), fillable pdf, txt, md, scan; soffice for pdf-from-word and odt."""
import io
import random
import zipfile
import re
from PIL import Image, ImageDraw
from gen_layouts import flat

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def squiggle(seed):
    r = random.Random(seed)
    im = Image.new("RGB", (360, 90), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 15
    while x < 340:
        pts.append((x, 45 + r.randint(-30, 30)))
        x += r.randint(12, 30)
    d.line(pts, fill=(20, 30, 120), width=4, joint="curve")
    d.line([(pts[0][0], 70), (pts[-1][0] - 40, 62)], fill=(20, 30, 120), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


SIGHEAD = [["Rol", "Naam", "Datum", "Handtekening"], ["Functie", "Naam", "Datum", "Paraaf/handtekening"],
           ["Wie", "Naam", "Datum", "Getekend"]]


def sig_text(mark):
    return {"wg": "(w.g.)", "img": "", "digital": "digitaal ondertekend", "": ""}[mark]


# ------------------------------------------------------------------------------------------ DOCX
def write_docx(doc, path, seed, scan=False):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    import datetime as dt
    D = docx.Document()
    st = D.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    cp = D.core_properties
    cp.author = "school"
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.last_modified_by = "school"
    cp.revision = 1
    sec = D.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    r = random.Random(seed)
    sh = SIGHEAD[seed % 3]
    W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def sdt_check(par, on, label):
        x = ('<w:sdt %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W14, 1 if on else 0, "☒" if on else "☐")
        par._p.append(parse_xml(x))
        par.add_run(" " + label + "    ")

    def add_blocks(container, blocks):
        for b in blocks:
            t = b[0]
            if t == "title":
                D.add_heading(b[1], 0)
            elif t == "h1":
                D.add_heading(b[1], 1)
            elif t == "h2":
                D.add_heading(b[1], 2)
            elif t == "p":
                for line in b[1].split("\n"):
                    D.add_paragraph(line)
            elif t == "cc":
                p = D.add_paragraph()
                x = ('<w:sdt %s><w:sdtPr><w:alias w:val="invulveld"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                     '<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W14, b[1])
                p._p.append(parse_xml(x))
            elif t == "pi":
                run = D.add_paragraph().add_run(b[1])
                run.italic = True
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            elif t == "hr":
                D.add_paragraph("-" * 60)
            elif t == "bullets":
                for it in b[1]:
                    D.add_paragraph(it, style="List Bullet")
            elif t == "checks":
                p = D.add_paragraph()
                for lab, on in b[1]:
                    if doc.get("sdt"):
                        sdt_check(p, on, lab)
                    else:
                        p.add_run(("☒ " if on else "☐ ") + lab + "    ")
            elif t in ("table", "kv"):
                rows = b[1]
                tb = D.add_table(rows=len(rows), cols=len(rows[0]))
                tb.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        cell = tb.cell(i, j)
                        cell.text = c
                        if (t == "table" and i == 0) or (t == "kv" and j == 0):
                            for rr in cell.paragraphs[0].runs:
                                rr.bold = True
                D.add_paragraph()
            elif t == "sig":
                tb = D.add_table(rows=len(b[1]) + 1, cols=4)
                tb.style = "Table Grid"
                for j, h in enumerate(sh):
                    tb.cell(0, j).text = h
                for i, (role, name, d, mark) in enumerate(b[1], 1):
                    tb.cell(i, 0).text = role
                    tb.cell(i, 1).text = name
                    tb.cell(i, 2).text = d
                    if mark == "img":
                        tb.cell(i, 3).paragraphs[0].add_run().add_picture(io.BytesIO(squiggle(seed * 7 + i)), width=Cm(3.2))
                    else:
                        tb.cell(i, 3).text = sig_text(mark)
                D.add_paragraph()
            elif t == "field":
                p = D.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            elif t == "lead":
                p = D.add_paragraph()
                p.add_run(b[1] + " ").bold = True
                inner = b[2]
                if inner and inner[0][0] in ("p", "pi"):
                    p.add_run(inner[0][1])
                    inner = inner[1:]
                add_blocks(D, inner)
    add_blocks(D, doc["blocks"])
    D.save(path)


def fix_zip(path):
    """Rewrite a zip with fixed timestamps and order-preserving entries; scrub dates in meta.xml/core.xml."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("meta.xml", "docProps/core.xml", "docProps/app.xml"):
                s = data.decode("utf-8")
                s = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2026-01-01T00:00:00Z", s)
                s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>", s)
                s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice</meta:generator>", s)
                data = s.encode("utf-8")
            if info.filename in ("content.xml", "styles.xml", "settings.xml"):
                s = data.decode("utf-8")
                ids = {}

                def lid(m):
                    ids.setdefault(m.group(1), str(1000 + len(ids)))
                    return 'list' + ids[m.group(1)]
                s = re.sub(r"list(\d{6,})", lid, s)
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>0", s)
                s = re.sub(r'rsid="[0-9a-fA-F]+"', 'rsid="00000000"', s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def fix_pdf(path):
    b = open(path, "rb").read()

    b = re.sub(rb"D:\d{14}", b"D:20260101000000", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    b = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-01-01T00:00:00", b)
    b = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", b)
    open(path, "wb").write(b)


# ------------------------------------------------------------------------------------------ PDF (reportlab)
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        pdfmetrics.registerFont(TTFont("DVI", FONTI))
        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DVB")
        addMapping("DV", 0, 1, "DVI")
        addMapping("DV", 1, 1, "DVB")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf(doc, path, seed, scan=False):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
    _fonts()
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    styles = {"title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=8),
              "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=8,
                                   textColor=colors.HexColor(["#1f4e79", "#7a1f1f", "#225522"][seed % 3])),
              "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=10.5, leading=13, spaceBefore=5),
              "pi": ParagraphStyle("pi", parent=base, fontName="DVI", textColor=colors.grey),
              "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)}
    sh = SIGHEAD[seed % 3]
    F = []

    def cell(s):
        return Paragraph(esc(s), styles["cell"])

    def tbl(rows, header=True, kv=False, widths=None):
        t = Table([[c if not isinstance(c, str) else cell(c) for c in row] for row in rows], colWidths=widths, repeatRows=1 if header else 0)
        stl = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            stl.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
        if kv:
            stl.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
        t.setStyle(TableStyle(stl))
        return t

    def add(blocks):
        for b in blocks:
            t = b[0]
            if t == "title":
                F.append(Paragraph(esc(b[1]), styles["title"]))
            elif t in ("h1", "h2"):
                F.append(Paragraph(esc(b[1]), styles[t]))
            elif t == "p":
                F.append(Paragraph(esc(b[1]), base))
            elif t in ("pi", "cc"):
                F.append(Paragraph(esc(b[1]), styles["pi"]))
            elif t == "hr":
                F.append(Paragraph("- " * 50, base))
            elif t == "bullets":
                for it in b[1]:
                    F.append(Paragraph("• " + esc(it), base))
            elif t == "checks":
                F.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(("☒ " if on else "☐ ") + esc(l) for l, on in b[1]), base))
            elif t == "table":
                n = len(b[1][0])
                F.append(tbl(b[1], widths=[17 * cm / n] * n))
                F.append(Spacer(1, 6))
            elif t == "kv":
                F.append(tbl(b[1], header=False, kv=True, widths=[5 * cm, 12 * cm]))
                F.append(Spacer(1, 6))
            elif t == "sig":
                rows = [sh]
                for i, (role, name, d, mark) in enumerate(b[1], 1):
                    if scan and mark == "wg":
                        mark = "img"
                    if mark == "img":
                        c = RLImage(io.BytesIO(squiggle(seed * 7 + i)), width=3.2 * cm, height=0.8 * cm)
                    else:
                        c = sig_text(mark)
                    rows.append([role, name, d, c])
                t2 = tbl(rows, widths=[4 * cm, 4.5 * cm, 3 * cm, 5.5 * cm])
                t2.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white])]))
                F.append(t2)
                F.append(Spacer(1, 6))
            elif t == "field":
                F.append(Paragraph("<b>%s:</b> %s" % (esc(b[1]), esc(b[2])), base))
            elif t == "lead":
                inner = b[2]
                first = ""
                if inner and inner[0][0] in ("p", "pi"):
                    first = inner[0][1]
                    inner = inner[1:]
                F.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), esc(first)), base))
                add(inner)
    add(doc["blocks"])

    def onpage(c, d):
        c.saveState()
        c.setFont("DV", 7.5)
        if doc.get("header"):
            c.drawString(2 * cm, A4[1] - 1.2 * cm, doc["header"])
        txt = (doc.get("footer") or "")
        c.drawString(2 * cm, 1.0 * cm, txt)
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "pagina %d" % d.page)
        c.restoreState()
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                           title=doc.get("title", ""), author="", creator="", producer="")
    sd.build(F, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------------------------------ fillable PDF
def write_form(doc, path, seed):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    _fonts()
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(doc.get("title", ""))
    c.setAuthor("")
    form = c.acroForm
    W, H = A4
    y = [H - 2 * cm]
    n = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            c.setFont("DV", 7.5)
            c.drawString(2 * cm, 1 * cm, doc.get("footer", ""))
            c.showPage()
            y[0] = H - 2 * cm

    def fname():
        n[0] += 1
        return "veld%02d" % n[0]
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            need(30)
            c.setFont("DVB", 16)
            c.drawString(2 * cm, y[0], b[1])
            y[0] -= 26
        elif t in ("h1", "h2"):
            need(30)
            c.setFont("DVB", 11)
            c.drawString(2 * cm, y[0], b[1])
            y[0] -= 16
        elif t in ("p", "pi", "cc"):
            lines = textwrap.wrap(b[1], 95) or [""]
            need(12 * len(lines))
            c.setFont("DVI" if t == "pi" else "DV", 9)
            for ln in lines:
                c.drawString(2 * cm, y[0], ln)
                y[0] -= 12
        elif t == "field":
            val = b[2].replace("•", "-").replace("☒", "[x]").replace("☐", "[ ]").replace("…", "...")
            val = val.encode("latin-1", "replace").decode("latin-1")
            val = "\n".join(textwrap.wrap(val, 105))
            nlines = max(1, val.count("\n") + 1)
            h = 16 if nlines == 1 else 11 * nlines + 6
            need(h + 18)
            c.setFont("DVB", 9)
            c.drawString(2 * cm, y[0], b[1])
            y[0] -= h + 3
            form.textfield(name=fname(), tooltip=b[1], value=val, x=2 * cm, y=y[0], width=W - 4 * cm, height=h,
                           fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.HexColor("#eef3ff"),
                           fieldFlags="multiline" if nlines > 1 else "", forceBorder=True)
            y[0] -= 12
        elif t == "checks":
            need(18)
            x = 2 * cm
            c.setFont("DV", 9)
            for lab, on in b[1]:
                form.checkbox(name=fname(), tooltip=lab, x=x, y=y[0] - 3, size=11, checked=on, buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white)
                c.drawString(x + 15, y[0], lab)
                x += 30 + c.stringWidth(lab, "DV", 9)
            y[0] -= 18
        elif t == "sig":
            for role, name, d, mark in b[1]:
                need(40)
                c.setFont("DVB", 9)
                c.drawString(2 * cm, y[0], role)
                y[0] -= 20
                for i, (lab, val, wd) in enumerate([("Naam", name, 6), ("Datum", d, 3), ("Handtekening", sig_text(mark) if mark else "", 6)]):
                    xx = 2 * cm + [0, 6.4, 9.8][i] * cm
                    c.setFont("DV", 7)
                    c.drawString(xx, y[0] + 16, lab)
                    form.textfield(name=fname(), tooltip=role + " " + lab, value=val, x=xx, y=y[0], width=wd * cm, height=14,
                                   fontName="Helvetica", fontSize=8, borderColor=colors.grey, forceBorder=True)
                y[0] -= 14
        elif t in ("kv", "table"):
            for row in b[1]:
                need(14)
                c.setFont("DV", 9)
                c.drawString(2 * cm, y[0], " | ".join(row))
                y[0] -= 12
        elif t == "bullets":
            for it in b[1]:
                need(12)
                c.setFont("DV", 9)
                c.drawString(2.3 * cm, y[0], "• " + it)
                y[0] -= 12
    c.setFont("DV", 7.5)
    c.drawString(2 * cm, 1 * cm, doc.get("footer", ""))
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------ txt / md
def to_text(doc, md=False):
    out = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), ""]
        elif t == "h1":
            out += ["## " + b[1] if md else b[1], "" if md else "=" * len(b[1])]
        elif t == "h2":
            out += ["### " + b[1] if md else b[1], "" if md else "-" * len(b[1])]
        elif t in ("p",):
            out += [b[1], ""]
        elif t in ("pi", "cc"):
            out += ["*" + b[1] + "*" if md else b[1], ""]
        elif t == "hr":
            out += ["---" if md else "- - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - -", ""]
        elif t == "bullets":
            out += ["- " + x if md else "  * " + x for x in b[1]] + [""]
        elif t == "checks":
            if md:
                out += ["- [%s] %s" % ("x" if on else " ", l) for l, on in b[1]] + [""]
            else:
                out += ["   ".join(("[X] " if on else "[ ] ") + l for l, on in b[1]), ""]
        elif t in ("table", "kv"):
            rows = b[1]
            if md:
                hdr = rows[0] if t == "table" else ["", ""]
                body = rows[1:] if t == "table" else rows
                out.append("| " + " | ".join(hdr) + " |")
                out.append("|" + "---|" * len(hdr))
                out += ["| " + " | ".join(x.replace("\n", "<br>") for x in row) + " |" for row in body]
                out.append("")
            else:
                for row in rows:
                    out.append("  " + " | ".join(x.replace("\n", " / ") for x in row))
                out.append("")
        elif t == "sig":
            for role, name, d, mark in b[1]:
                out.append("%s: %s" % (role, name or "______________________"))
                out.append("   Datum: %s    Handtekening: %s" % (d or "___________", sig_text(mark) or "______________________"))
            out.append("")
        elif t == "field":
            out += ["%s: %s" % ("**" + b[1] + "**" if md else b[1], b[2]), ""]
        elif t == "lead":
            out += [("**%s** " if md else "%s ") % b[1] + flat(b[2], sep=" "), ""]
    if doc.get("footer") and not md:
        out += ["", doc["footer"]]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------------------------------ scan
def make_scan(src_pdf, out_pdf, seed, tmpdir):
    import subprocess, glob, os, datetime as dt
    pref = os.path.join(tmpdir, "pg%d" % seed)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(glob.glob(pref + "*.png"))
    r = random.Random(seed)
    ims = []
    for i, p in enumerate(pages):
        im = Image.open(p).convert("L")
        w, h = im.size
        noise = Image.frombytes("L", (w, h), r.randbytes(w * h))
        noise = noise.point(lambda v: 0 if v < 6 else 255)  # ~2% dark specks
        im = Image.composite(im, noise, noise.point(lambda v: 255 if v else 0))
        im = Image.blend(im, Image.new("L", (w, h), 235), 0.08)
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=250)
        ims.append(im.convert("RGB"))
    import time
    fixed = time.strptime("2026-01-01", "%Y-%m-%d")
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=110.0, creationDate=fixed, modDate=fixed,
                title="scan", producer="scanner")
