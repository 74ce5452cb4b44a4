# -*- coding: utf-8 -*-
"""Backends: a document is a dict {title, header, footer, blocks, cc(bool)}.
Blocks: ('h', text, level) ('p', text) ('kv', [(label, value)]) ('table', header, rows)
('check', [(label, bool)]) ('field', label, value) ('sig', header, rows) ('pb',)"""
import io, os, re, zipfile, random, subprocess, shutil, datetime as dt
from xml.sax.saxutils import escape

FIXED_ZIP = (2026, 1, 1, 0, 0, 0)
FIXED_DT = dt.datetime(2026, 1, 1, 0, 0, 0)
CC_PH = "Klik of tik om tekst in te voeren."
BOX = {True: "\u2612", False: "\u2610"}


# ---------------------------------------------------------------- text / md
def to_txt(doc, md=False):
    lines = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            if md:
                lines += ["", "#" * b[2] + " " + b[1], ""]
            else:
                lines += ["", b[1].upper() if b[2] == 1 else b[1], ("=" if b[2] == 1 else "-") * len(b[1])]
        elif k == "p":
            lines += (b[1] or "").split("\n") + [""]
        elif k == "kv":
            if md:
                lines += ["| | |", "|---|---|"] + [f"| {l} | {(v or '').replace(chr(10), '<br>')} |" for l, v in b[1]] + [""]
            else:
                w = max(len(l) for l, _ in b[1]) + 2
                for l, v in b[1]:
                    vs = (v or "").split("\n")
                    lines.append(f"{(l + ':').ljust(w)}{vs[0]}")
                    lines += [" " * w + x for x in vs[1:]]
                lines.append("")
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                lines += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
                lines += ["| " + " | ".join((c or "").replace("\n", "<br>") for c in r) + " |" for r in rows] + [""]
            else:
                lines.append(" | ".join(hdr))
                for r in rows:
                    lines.append(" | ".join((c or "").replace("\n", " ") for c in r))
                lines.append("")
        elif k == "check":
            for l, v in b[1]:
                lines.append(("- [x] " if v else "- [ ] ") + l if md else f"[{'X' if v else ' '}] {l}")
            lines.append("")
        elif k == "field":
            lines += [f"{b[1]}: {b[2] or '____________________'}", ""]
        elif k == "sig":
            hdr, rows = b[1], b[2]
            if md:
                lines += ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
                lines += ["| " + " | ".join(c or " " for c in r) + " |" for r in rows] + [""]
            else:
                for r in rows:
                    lines.append("   ".join(f"{h}: {c or '______________'}" for h, c in zip(hdr, r)))
                lines.append("")
        elif k == "pb":
            lines.append("\f" if not md else "\n---\n")
    body = lines
    if not md and doc.get("txt_pages"):  # system export: running header/footer every N lines
        n = doc["txt_pages"]
        pages = [body[i:i + n] for i in range(0, len(body), n)]
        out = []
        for i, p in enumerate(pages):
            out += [doc["header"], "-" * 78] + p + ["-" * 78,
                    doc["footer"].replace("{page}", str(i + 1)).replace("{pages}", str(len(pages))), "\f"]
        body = out
    else:
        head = [f"# {doc['title']}" if md else doc["title"]]
        if doc.get("header"):
            head = [doc["header"], ""] + head
        body = head + body
        if doc.get("footer"):
            body += ["", doc["footer"].replace("{page}", "1").replace("{pages}", "1")]
    return "\n".join(body).rstrip() + "\n"


# ---------------------------------------------------------------- docx
def to_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    D = Document()
    st = D.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(10)
    sec = D.sections[0]
    NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

    def add_field(par, instr):
        par._p.append(parse_xml(f'<w:fldSimple {NS} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))

    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        parts = re.split(r"(\{page\}|\{pages\})", doc["footer"])
        for p in parts:
            if p == "{page}":
                add_field(fp, " PAGE ")
            elif p == "{pages}":
                add_field(fp, " NUMPAGES ")
            elif p:
                fp.add_run(p)
    D.add_heading(doc["title"], 0)
    sid = [100]

    def sdt_check(par, checked, tag):
        sid[0] += 1
        x = (f'<w:sdt {NS}><w:sdtPr><w:tag w:val="{escape(tag)}"/><w:id w:val="{sid[0]}"/>'
             f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
             f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
             f'<w:t>{BOX[checked]}</w:t></w:r></w:sdtContent></w:sdt>')
        par._p.append(parse_xml(x))

    body = D.element.body
    sectPr = body[-1]

    def append_xml(x):
        sectPr.addprevious(parse_xml(x))

    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            D.add_heading(b[1], b[2])
        elif k == "p":
            for para in (b[1] or "").split("\n\n"):
                D.add_paragraph(para)
        elif k == "kv":
            t = D.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for l, v in b[1]:
                r = t.add_row().cells
                r[0].text = l
                r[0].paragraphs[0].runs[0].bold = True
                r[1].text = v or ""
            D.add_paragraph()
        elif k in ("table", "sig"):
            hdr, rows = b[1], b[2]
            t = D.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, hdr):
                c.text = h
                c.paragraphs[0].runs[0].bold = True
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = v or ""
                    if k == "sig" and not v:
                        c.text = "\n"
            D.add_paragraph()
        elif k == "check":
            for l, v in b[1]:
                p = D.add_paragraph()
                if doc.get("cc"):
                    sdt_check(p, v, l[:30])
                    p.add_run(" " + l)
                else:
                    p.add_run(f"{BOX[v]} {l}")
        elif k == "field":
            if doc.get("cc"):
                lp = D.add_paragraph()
                lp.add_run(b[1]).bold = True
                append_xml(_sdt_xml(NS, sid, b[2], b[1][:40]))
            else:
                p = D.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2] or "..............................................")
        elif k == "pb":
            D.add_page_break()
    cp = D.core_properties
    cp.author = doc.get("author", "school")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = doc.get("author", "school")
    cp.revision = 1
    bio = io.BytesIO()
    D.save(bio)
    fix_zip(bio.getvalue(), path)


def _sdt_xml(NS, sid, value, tag):
    sid[0] += 1
    show = not value
    val = value or CC_PH
    lines = val.split("\n")
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if show else ""
    runs = ""
    for i, line in enumerate(lines):
        runs += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
        if i < len(lines) - 1:
            runs += "<w:r><w:br/></w:r>"
    return (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{sid[0]}"/>'
            f'{"<w:showingPlcHdr/>" if show else ""}<w:text w:multiLine="1"/></w:sdtPr>'
            f'<w:sdtContent><w:p>{runs}</w:p></w:sdtContent></w:sdt>')


def fix_zip(data, path, subst=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if subst and info.filename in subst:
                raw = subst[info.filename](raw)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, raw)


# ---------------------------------------------------------------- pdf (reportlab)
_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
    _FONTS = True


def E(s):
    return escape(s or "").replace("\n", "<br/>")


def to_pdf(doc, path):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    h = {1: ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4),
         2: ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
         3: ParagraphStyle("h3", fontName="DVB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=2)}
    title = ParagraphStyle("t", fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=9, leading=11.5)
    story = [Paragraph(E(doc["title"]), title)]
    W = A4[0] - 36 * mm
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            story.append(Paragraph(E(b[1]), h[min(b[2], 3)]))
        elif k == "p":
            story.append(Paragraph(E(b[1]), n))
        elif k == "kv":
            t = Table([[Paragraph(E(l), cellb), Paragraph(E(v), cell)] for l, v in b[1]], colWidths=[W * 0.32, W * 0.68])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
            story += [t, Spacer(1, 6)]
        elif k in ("table", "sig"):
            hdr, rows = b[1], b[2]
            data = [[Paragraph(E(x), cellb) for x in hdr]] + [[Paragraph(E(c) if c else "<br/><br/>", cell) for c in r] for r in rows]
            t = Table(data, colWidths=[W / len(hdr)] * len(hdr))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]))
            story += [t, Spacer(1, 6)]
        elif k == "check":
            for l, v in b[1]:
                story.append(Paragraph(f"{BOX[v]} {E(l)}", n))
        elif k == "field":
            story.append(Paragraph(f"<b>{E(b[1])}:</b> {E(b[2]) or '_' * 40}", n))
        elif k == "pb":
            story.append(PageBreak())

    def deco(c, dd):
        c.saveState()
        c.setFont("DV", 7.5)
        if doc.get("header"):
            c.drawString(18 * mm, A4[1] - 10 * mm, doc["header"])
            c.line(18 * mm, A4[1] - 11.5 * mm, A4[0] - 18 * mm, A4[1] - 11.5 * mm)
        if doc.get("footer"):
            c.drawString(18 * mm, 9 * mm, doc["footer"].replace("{page}", str(dd.page)).replace(" van {pages}", "").replace("/{pages}", ""))
        c.restoreState()
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                           bottomMargin=16 * mm, title=doc["title"], author=doc.get("author", ""), invariant=1)
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- fillable pdf
def to_form_pdf(doc, path):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(doc["title"]); c.setAuthor(doc.get("author", ""))
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    y = [H - 22 * mm]
    page = [1]
    fid = [0]

    def deco():
        c.setFont("DV", 7.5)
        if doc.get("header"):
            c.drawString(L, H - 10 * mm, doc["header"])
        if doc.get("footer"):
            c.drawString(L, 9 * mm, doc["footer"].replace("{page}", str(page[0])).replace(" van {pages}", "").replace("/{pages}", ""))

    def need(hh):
        if y[0] - hh < 18 * mm:
            c.showPage(); page[0] += 1; deco(); y[0] = H - 22 * mm

    def wrap(text, font, size, width):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        out = []
        for para in (text or "").split("\n"):
            line = ""
            for w in para.split(" "):
                t = (line + " " + w).strip()
                if stringWidth(t, font, size) > width and line:
                    out.append(line); line = w
                else:
                    line = t
            out.append(line)
        return out

    def text(s, font="DV", size=9.5, indent=0):
        for ln in wrap(s, font, size, R - L - indent):
            need(13)
            c.setFont(font, size); c.drawString(L + indent, y[0], ln); y[0] -= 12.5

    def tfield(label, value, lines=None):
        fid[0] += 1
        wl = wrap(value or "", "Helvetica", 9, R - L - 8)
        if len(wl) > 1:
            value = "\n".join(wl)
        lines = lines or max(2, len(wl))
        hh = 11 * lines + 6
        need(hh + 14)
        c.setFont("DVB", 9); c.drawString(L, y[0], label); y[0] -= 4
        c.acroForm.textfield(name=f"f{fid[0]:02d}_{re.sub(r'[^A-Za-z0-9]', '_', label)[:24]}", tooltip=label,
                             value=value or "", x=L, y=y[0] - hh, width=R - L, height=hh, fontName="Helvetica",
                             fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#f4f7fb"),
                             fieldFlags="multiline" if lines > 1 else "", borderWidth=0.6)
        y[0] -= hh + 10

    deco()
    c.setFont("DVB", 15); c.drawString(L, y[0], doc["title"]); y[0] -= 22
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            need(30); y[0] -= 4; text(b[1], "DVB", 11.5 if b[2] == 1 else 10.5); y[0] -= 2
        elif k == "p":
            text(b[1]); y[0] -= 3
        elif k == "kv":
            for l, v in b[1]:
                tfield(l, v)
        elif k == "field":
            tfield(b[1], b[2])
        elif k == "check":
            for l, v in b[1]:
                fid[0] += 1
                need(16)
                c.acroForm.checkbox(name=f"cb{fid[0]:02d}", tooltip=l, checked=v, x=L, y=y[0] - 3, size=11,
                                    buttonStyle="check", borderColor=colors.black, fillColor=colors.white)
                c.setFont("DV", 9.5); c.drawString(L + 16, y[0], l); y[0] -= 16
        elif k in ("table", "sig"):
            hdr, rows = b[1], b[2]
            for r in rows:
                for hname, v in zip(hdr, r):
                    tfield(f"{r[0]} - {hname}" if hname != hdr[0] else hname, v, lines=1) if hname != hdr[0] else text(f"{hname}: {v}", "DVB", 9)
        elif k == "pb":
            c.showPage(); page[0] += 1; deco(); y[0] = H - 22 * mm
    c.save()


# ---------------------------------------------------------------- conversions
def soffice(files, fmt, outdir):
    prof = "file:///tmp/blind20-lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalize_pdf(path):
    b = open(path, "rb").read()
    b = re.sub(rb"D:\d{14}", b"D:20260101000000", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-01-01T00:00:00", b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"1" * len(m.group(2))), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    b = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", b)
    open(path, "wb").write(b)


def normalize_odt(path):
    data = open(path, "rb").read()

    def meta(raw):
        raw = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", b"2026-01-01T00:00:00", raw)
        raw = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"<meta:editing-duration>PT0S</meta:editing-duration>", raw)
        return raw
    def settings(raw):
        return re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1000", raw)

    def content(raw):
        return re.sub(rb'(officeooo:rsid|officeooo:paragraph-rsid)="[0-9a-f]+"', rb'\1="00000001"', raw)
    fix_zip(data, path, {"meta.xml": meta, "settings.xml": settings, "content.xml": content, "styles.xml": content})


def scan(pdf_in, pdf_out, seed, tmpdir, angle=None, dpi=150):
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf_in, os.path.join(tmpdir, "p")], check=True)
    pages = []
    for fn in sorted(os.listdir(tmpdir)):
        if not fn.endswith(".png"):
            continue
        im = Image.open(os.path.join(tmpdir, fn)).convert("L")
        a = angle if angle is not None else rng.uniform(-1.6, 1.6)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=235)
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h * 0.004)):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice((40, 90, 200))
        # uneven grey background
        for yy in range(0, h, 3):
            for xx in range(0, w, 97):
                if px[xx, yy] > 200:
                    px[xx, yy] = 225
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(pdf_out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmpdir)
