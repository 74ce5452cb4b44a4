# -*- coding: utf-8 -*-
"""Renderers: abstract blocks -> docx / pdf (reportlab) / fillable pdf / txt / md / scan; determinism helpers."""
import re, io, os, zipfile, hashlib, random, datetime as dt, subprocess, tempfile, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.pdfgen import canvas as rlcanvas
from xml.sax.saxutils import escape

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
FIXED = dt.datetime(2026, 1, 1, 12, 0, 0)
BOX = {True: "☒", False: "☐"}
TBOX = {True: "[x]", False: "[ ]"}

def sigtext(s):
    return "w.g." if s == "~" else s

# ------------------------------------------------------------------ DOCX
def _sdt_xml(text, placeholder, check=None):
    if check is not None:
        ch = "☒" if check else "☐"
        return ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
                '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (1 if check else 0, ch))
    show = escape(text) if text else "Klik of tik om tekst in te voeren."
    ph = "" if text else "<w:showingPlcHdr/>"
    rpr = "" if text else '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
    return ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr>%s'
            '<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            '</w:sdtContent></w:sdt>' % (ph, rpr, show))

def to_docx(blocks, path, style):
    d = Document()
    st = d.styles["Normal"]; st.font.name = style.get("font", "Calibri"); st.font.size = Pt(style.get("size", 10.5))
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_printed = FIXED; cp.revision = 1
    cp.author = style.get("author", ""); cp.last_modified_by = style.get("author", ""); cp.title = ""
    hb = style.get("heading", "heading")
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0 if hb == "heading" else 1)
        elif k == "h":
            if hb == "heading":
                d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
            else:
                r = d.add_paragraph().add_run(b[1]); r.bold = True
                if hb == "bold-caps": r.text = b[1].upper()
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bullets":
            for x in b[1]: d.add_paragraph(x, style="List Bullet")
        elif k in ("kv", "table"):
            if k == "kv":
                header, rows = None, [list(r) for r in b[1]]
                ncol = 2
            else:
                header, rows = b[1], [list(r) for r in b[2]]
                ncol = len(header)
            t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for i, x in enumerate(header):
                    cells[i].text = ""; cells[i].paragraphs[0].add_run(x).bold = True
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    x = sigtext(x) if isinstance(x, str) else x
                    cells[i].text = x
                    if k == "kv" and i == 0 and cells[i].paragraphs[0].runs:
                        cells[i].paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
        elif k == "checks":
            for lab, on in b[1]:
                if style.get("sdt"):
                    p = d.add_paragraph(); p._p.append(parse_xml(_sdt_xml("", "", check=on))); p.add_run(" " + lab)
                else:
                    d.add_paragraph("%s %s" % (BOX[on], lab))
        elif k == "sig":
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, x in enumerate(b[2] if len(b) > 2 else ["", "Naam", "Handtekening", "Datum"]):
                t.rows[0].cells[i].text = x
            for role, name, sig, date in b[1]:
                c = t.add_row().cells
                c[0].text, c[1].text, c[2].text, c[3].text = role, name, sigtext(sig), date
            d.add_paragraph("")
        elif k == "field":
            lab, val = b[1], b[2]
            p = d.add_paragraph(); p.add_run(lab + ": ").bold = True
            if style.get("sdt"):
                p._p.append(parse_xml(_sdt_xml(val, True)))
            else:
                p.add_run(val)
        elif k == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
        elif k == "header":
            d.sections[0].header.paragraphs[0].text = b[1]
        elif k == "pagebreak":
            d.add_page_break()
    d.save(path)
    fix_zip(path)

def fix_zip(path, meta_fix=False):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename), i.compress_type) for i in zin.infolist()]
    zin.close()
    items.sort(key=lambda x: (x[0] != "mimetype", x[0] != "[Content_Types].xml", 0))
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in items:
            if meta_fix and name == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)[0-9]+<', rb"\g<1>1000000<", data)
            if meta_fix and name == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"<meta:creation-date>2026-01-01T12:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-01-01T12:00:00</dc:date>", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"<meta:editing-duration>PT1M</meta:editing-duration>", data)
                data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>LibreOffice</meta:generator>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)

# ------------------------------------------------------------------ text / md
def to_txt(blocks, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title": out += [("# " if md else "") + b[1], "" if md else "=" * len(b[1]), ""]
        elif k == "h":
            lvl = b[2] if len(b) > 2 else 1
            out += [("#" * (lvl + 1) + " " + b[1]) if md else b[1].upper() if lvl == 1 else b[1], ""]
        elif k == "p": out += [b[1], ""]
        elif k == "bullets": out += ["- " + x for x in b[1]] + [""]
        elif k == "kv":
            if md:
                out += ["| Onderdeel | |", "|---|---|"] + ["| %s | %s |" % (a, sigtext(v).replace("\n", " ")) for a, v in b[1]] + [""]
            else:
                out += ["%s: %s" % (a, sigtext(v)) for a, v in b[1]] + [""]
        elif k == "table":
            if md:
                out += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
            else:
                out += [" | ".join(b[1])] + [" | ".join(r) for r in b[2]] + [""]
        elif k == "checks": out += ["%s %s" % (TBOX[on], lab) for lab, on in b[1]] + [""]
        elif k == "sig":
            for role, name, sig, date in b[1]:
                out.append("%s: %s   handtekening: %s   datum: %s" % (role, name or "________________", sigtext(sig) or "________________", date or "__-__-____"))
            out.append("")
        elif k == "field": out += ["%s: %s" % (b[1], b[2]), ""]
        elif k in ("footer", "header"): out += ["-- " + b[1].replace("{page}", "1") + " --", ""]
        elif k == "pagebreak": out += ["\f" if not md else "---", ""]
    return "\n".join(out).rstrip() + "\n"

# ------------------------------------------------------------------ reportlab PDF
def scribble(seed, w=110, h=22):
    r = random.Random(seed)
    d = Drawing(w, h); pts = []
    x = 4
    while x < w - 6:
        pts += [x, r.uniform(3, h - 3)]; x += r.uniform(4, 11)
    d.add(PolyLine(pts, strokeColor=colors.HexColor("#1a2a6c"), strokeWidth=1.1))
    return d

def to_pdf(blocks, path, style, seed=0):
    serif = style.get("serif", False)
    F, FB = ("DVS", "DVSB") if serif else ("DV", "DVB")
    sz = style.get("size", 9.5)
    P = ParagraphStyle("p", fontName=F, fontSize=sz, leading=sz * 1.35, spaceAfter=4)
    H1 = ParagraphStyle("h", fontName=FB, fontSize=sz + 2.5, leading=(sz + 2.5) * 1.3, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor(style.get("hcolor", "#000000")))
    H2 = ParagraphStyle("h2", parent=H1, fontSize=sz + 1)
    T = ParagraphStyle("t", fontName=FB, fontSize=sz + 6, leading=(sz + 6) * 1.3, spaceAfter=8)
    C = ParagraphStyle("c", parent=P, spaceAfter=0)
    CB = ParagraphStyle("cb", parent=C, fontName=FB)
    story = []; footer = [None]; header = [None]
    def para(x, s=P): return Paragraph(escape(x).replace("\n", "<br/>"), s)
    for b in blocks:
        k = b[0]
        if k == "title": story.append(para(b[1], T))
        elif k == "h": story.append(para(b[1], H1 if (len(b) < 3 or b[2] == 1) else H2))
        elif k == "p": story.append(para(b[1]))
        elif k == "bullets":
            for x in b[1]: story.append(para("• " + x))
        elif k in ("kv", "table"):
            if k == "kv":
                data = [[para(a, CB), para(sigtext(v), C)] for a, v in b[1]]; cw = [130, 330]
            else:
                data = [[para(x, CB) for x in b[1]]] + [[para(x, C) for x in r] for r in b[2]]
                n = len(b[1]); cw = [460 / n] * n
                if n == 3: cw = [100, 180, 180]
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                                  + ([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(style.get("thcolor", "#e6e6e6")))] if k == "table" else
                                     [("BACKGROUND", (0, 0), (0, -1), colors.HexColor(style.get("thcolor", "#eeeeee")))])))
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            for lab, on in b[1]: story.append(para("%s  %s" % (BOX[on], lab)))
        elif k == "sig":
            hdr = b[2] if len(b) > 2 else ["", "Naam", "Handtekening", "Datum"]
            data = [[para(x, CB) for x in hdr]]
            for i, (role, name, sig, date) in enumerate(b[1]):
                sc = scribble(seed * 31 + i) if sig == "~" else para(sig, C)
                data.append([para(role, C), para(name, C), sc, para(date, C)])
            t = Table(data, colWidths=[100, 130, 130, 100], rowHeights=[None] + [30] * len(b[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "field": story.append(para("%s: %s" % (b[1], b[2])))
        elif k == "footer": footer[0] = b[1]
        elif k == "header": header[0] = b[1]
        elif k == "pagebreak": story.append(PageBreak())
    def onpage(cv, doc):
        cv.saveState(); cv.setFont(F, 7.5)
        if footer[0]: cv.drawString(50, 25, footer[0].replace("{page}", str(doc.page)))
        if header[0]: cv.drawString(50, A4[1] - 30, header[0])
        cv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=50,
                            title="", author=style.get("author", ""), creator="", producer="")
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ------------------------------------------------------------------ fillable PDF
def _lat(s):
    for a, b in (("≥", ">="), ("≤", "<="), ("…", "..."), ("—", "-"), ("–", "-"), ("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("Ş", "S"), ("ş", "s")):
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")

def to_fillable(blocks, path, style):
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    c.setAuthor(style.get("author", "")); c.setTitle("OPP-formulier")
    W, H = A4; y = [H - 50]; fno = [0]; footer = [None]
    def newpage():
        if footer[0]:
            c.setFont("DV", 7); c.drawString(50, 25, footer[0])
        c.showPage(); y[0] = H - 50
    def need(h):
        if y[0] - h < 50: newpage()
    def wrap(txt, font, sz, width):
        lines = []
        for para in txt.split("\n"):
            cur = ""
            for w in para.split(" "):
                t = (cur + " " + w).strip()
                if pdfmetrics.stringWidth(t, font, sz) > width and cur:
                    lines.append(cur); cur = w
                else: cur = t
            lines.append(cur)
        return lines
    form = c.acroForm
    for b in blocks:
        k = b[0]
        if k == "footer": footer[0] = b[1]; continue
        if k == "title":
            need(30); c.setFont("DVB", 15); c.drawString(50, y[0], b[1]); y[0] -= 28
        elif k == "h":
            need(24); c.setFillColor(colors.HexColor("#1f4e79")); c.rect(50, y[0] - 4, W - 100, 16, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(54, y[0], b[1]); c.setFillColor(colors.black); y[0] -= 24
        elif k == "p":
            lines = wrap(b[1], "DV", 8.5, W - 100); need(11 * len(lines) + 4); c.setFont("DV", 8.5)
            for l in lines: c.drawString(50, y[0], l); y[0] -= 11
            y[0] -= 4
        elif k == "field":
            lab, val = b[1], b[2]
            nl = max(1, len(wrap(val, "Helvetica", 9, W - 230))) if val else 1
            multi = len(b) > 3 and b[3] == "multi"
            h = max(16, 12 * nl + 6) if multi else 16
            need(h + 8); c.setFont("DV", 8.5)
            for i, l in enumerate(wrap(lab, "DV", 8.5, 160)): c.drawString(50, y[0] - i * 10, l)
            fno[0] += 1
            form.textfield(name="veld%02d" % fno[0], tooltip=lab, x=215, y=y[0] - h + 10, width=W - 265, height=h,
                           value=_lat(val), fontName="Helvetica", fontSize=9, borderWidth=0.5,
                           fieldFlags="multiline" if multi else "", forceBorder=True)
            y[0] -= h + 8
        elif k == "checks":
            for lab, on in b[1]:
                need(18); fno[0] += 1
                form.checkbox(name="vink%02d" % fno[0], tooltip=lab, x=52, y=y[0] - 3, size=11, checked=on,
                              buttonStyle="cross", borderWidth=0.5)
                c.setFont("DV", 8.5); c.drawString(70, y[0], lab); y[0] -= 17
        elif k == "kv":
            for a, v in b[1]:
                lines = wrap(sigtext(v), "DV", 8.5, W - 230); need(11 * len(lines) + 6)
                c.setFont("DVB", 8.5); c.drawString(50, y[0], a); c.setFont("DV", 8.5)
                for l in lines: c.drawString(215, y[0], l); y[0] -= 11
                y[0] -= 4
    if footer[0]:
        c.setFont("DV", 7); c.drawString(50, 25, footer[0])
    c.save()

# ------------------------------------------------------------------ scan
def to_scan(blocks, path, style, seed):
    from PIL import Image, ImageFilter, ImageDraw
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "src.pdf"); to_pdf(blocks, src, style, seed)
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src, os.path.join(tmp, "pg")], check=True)
    r = random.Random(seed)
    pages = []
    for fn in sorted(os.listdir(tmp)):
        if not fn.startswith("pg"): continue
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
        dr = ImageDraw.Draw(im)
        w, h = im.size
        for _ in range(1800):
            x, y = r.randrange(w), r.randrange(h); v = r.randrange(90, 200)
            dr.point((x, y), fill=v)
        for _ in range(3):
            x = r.randrange(w); dr.line((x, 0, x + r.randrange(-5, 5), h), fill=r.randrange(200, 235), width=1)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im.convert("RGB"))
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=110.0,
                  creationDate=__import__("time").gmtime(1767268800), modDate=__import__("time").gmtime(1767268800), producer="Canon iR-ADV C5535 scan", title="scan")
    shutil.rmtree(tmp)

# ------------------------------------------------------------------ soffice + normalisation
def soffice(files, fmt, outdir):
    prof = "file:///tmp/blind22-lo-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

TEMPLATE_DIGITS = b"2026010112000000000000000000"
def _digits(m):
    s = bytearray(m.group(0)); j = 0
    for i, ch in enumerate(s):
        if 48 <= ch <= 57:
            s[i] = TEMPLATE_DIGITS[j % len(TEMPLATE_DIGITS)]; j += 1
    return bytes(s)

def normalise_pdf(path):
    data = open(path, "rb").read()
    h = hashlib.md5(os.path.basename(path).encode()).hexdigest().encode()
    data = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)", _digits, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\w+>", _digits, data)
    def idrep(m):
        s = m.group(0); out = bytearray(s); j = 0
        for i in range(len(out)):
            if chr(out[i]) in "0123456789abcdefABCDEF" and i > 3:
                out[i] = h[j % len(h)]; j += 1
        return bytes(out)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", idrep, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", lambda m: m.group(0)[:m.group(0).rindex(b"/") + 1] + b"0" * (len(m.group(0)) - m.group(0).rindex(b"/") - 1), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + re.sub(rb"[0-9a-f]", b"0", m.group(0)[5:].lower()), data)
    open(path, "wb").write(data)
