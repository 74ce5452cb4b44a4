# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP set 2026-12-06e.
Run: ../venv/bin/python gen.py   (needs python-docx, reportlab, Pillow, pypdf; soffice and pdftoppm on PATH)"""
import io, json, os, random, re, shutil, subprocess, sys, zipfile, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import E, kort
from specs import build
from layouts import render, SIG

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Flowable, ListFlowable, ListItem
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.utils import simpleSplit

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))

FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)
OUT = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_build")


def box(b):
    return "☒" if b else "☐"


# ------------------------------------------------------------------ docx
def sdt_text(par, value, multiline=False):
    """Append a plain-text content control to a paragraph."""
    show = not value
    txt = value or "Klik of tik om tekst in te voeren."
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr>'
           + ('<w:showingPlcHdr/>' if show else '') + ('<w:text w:multiLine="1"/>' if multiline else '<w:text/>')
           + '</w:sdtPr><w:sdtContent><w:r>' + ('<w:rPr><w:color w:val="808080"/></w:rPr>' if show else '')
           + '<w:t xml:space="preserve">' + esc(txt) + '</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def sdt_check(par, checked):
    xml = ('<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
           '<w14:checkbox><w14:checked w14:val="' + ('1' if checked else '0') + '"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
           '</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           '<w:t>' + ("☒" if checked else "☐") + '</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_docx(doc, blocks, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri" if doc.layout != "brief" else "Cambria"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "school"
    cp.last_modified_by = "school"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = blocks[0][1] if blocks and blocks[0][0] == "title" else "OPP"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    use_sdt = doc.cstyle == "sdtcheck"
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], 0)
        elif t == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
        elif t == "h":
            d.add_heading(b[2], min(b[1], 3))
        elif t == "p":
            lines = b[1].split("\n")
            p = d.add_paragraph()
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "table":
            rows, header = b[1], b[2]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = tb.cell(i, j)
                    if val == SIG:
                        r = c.paragraphs[0].add_run("(getekend)"); r.italic = True
                    else:
                        r = c.paragraphs[0].add_run(val)
                        if (header and i == 0) or (not header and j == 0 and len(row) == 2):
                            r.bold = True
            d.add_paragraph()
        elif t == "checks":
            for lab, chk in b[1]:
                p = d.add_paragraph()
                if use_sdt:
                    sdt_check(p, chk)
                else:
                    p.add_run(box(chk))
                p.add_run(" " + lab)
        elif t == "field":
            p = d.add_paragraph()
            r = p.add_run(b[1] + ": "); r.bold = True
            if use_sdt:
                sdt_text(p, b[2], b[3])
            else:
                p.add_run(b[2])
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if getattr(doc, "footer", ""):
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(doc.footer); r.font.size = Pt(8)
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0] != "mimetype", x[0] != "[Content_Types].xml", x[0]))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*<", b"<meta:creation-date>2026-12-06T00:00:00<", data)
                data = re.sub(rb"<dc:date>[^<]*<", b"<dc:date>2026-12-06T00:00:00<", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*<", b"<meta:editing-duration>PT0S<", data)
                data = re.sub(rb"<meta:generator>[^<]*<", b"<meta:generator>LibreOffice<", data)
            if name in ("content.xml", "styles.xml") and path.endswith(".odt"):
                ids = {}
                def rep(m):
                    ids.setdefault(m.group(1), b"list%d" % (len(ids) + 1))
                    return b'xml:id="' + ids[m.group(1)] + b'"'
                data = re.sub(rb'xml:id="(list\d+)"', rep, data)
                data = re.sub(rb'text:continue-list="(list\d+)"', lambda m: b'text:continue-list="' + ids.get(m.group(1), m.group(1)) + b'"', data)
            if name == "settings.xml":
                data = re.sub(rb'(config:name="(?:Rsid|RsidRoot)" config:type="int">)\d+', rb"\g<1>1000000", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ------------------------------------------------------------------ reportlab (direct PDF)
class Squiggle(Flowable):
    def __init__(self, seed, w=3.2 * cm, h=0.9 * cm):
        super().__init__(); self.seed, self.width, self.height = seed, w, h

    def draw(self):
        rnd = random.Random(self.seed)
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1a2a7a")); c.setLineWidth(1.1)
        p = c.beginPath(); x, y = 2, self.height * 0.4; p.moveTo(x, y)
        for _ in range(5):
            x2 = x + rnd.uniform(8, 18)
            p.curveTo(x + 3, y + rnd.uniform(6, 14), x2 - 3, y - rnd.uniform(4, 10), x2, y + rnd.uniform(-3, 3))
            x = x2
        c.drawPath(p, stroke=1, fill=0)


def styles(doc):
    serif = doc.layout in ("brief", "genummerd")
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    base = ParagraphStyle("b", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    return {"p": base,
            "title": ParagraphStyle("t", parent=base, fontName=fb, fontSize=16, leading=20, spaceAfter=6),
            "sub": ParagraphStyle("s", parent=base, fontSize=9, textColor=colors.HexColor("#444444"), spaceAfter=10),
            "h2": ParagraphStyle("h2", parent=base, fontName=fb, fontSize=12, leading=15, spaceBefore=8,
                                 textColor=colors.HexColor("#1d4e89") if doc.layout != "lvs-export" else colors.black),
            "h3": ParagraphStyle("h3", parent=base, fontName=fb, fontSize=10.5, leading=13, spaceBefore=5),
            "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
            "cellb": ParagraphStyle("cb", parent=base, fontName=fb, fontSize=8.5, leading=10.5, spaceAfter=0),
            "small": ParagraphStyle("sm", parent=base, fontSize=7.5, textColor=colors.HexColor("#555555"))}


def pe(s):
    return esc(s).replace("\n", "<br/>")


def write_pdf(doc, blocks, path, scan=False):
    S = styles(doc)
    story = []
    W = A4[0] - 4 * cm
    sigseed = [0]
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(pe(b[1]), S["title"]))
        elif t == "sub":
            story.append(Paragraph(pe(b[1]), S["sub"]))
        elif t == "h":
            story.append(Paragraph(pe(b[2]), S["h2" if b[1] <= 2 else "h3"]))
        elif t == "p":
            story.append(Paragraph(pe(b[1]), S["p"]))
        elif t == "small":
            story.append(Paragraph(pe(b[1]), S["small"]))
        elif t == "bullets":
            story.append(ListFlowable([ListItem(Paragraph(pe(x), S["p"]), leftIndent=12) for x in b[1]], bulletType="bullet", start="•", leftIndent=12, bulletFontName="DV"))
        elif t == "table":
            rows, header = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                r = []
                for j, v in enumerate(row):
                    if v == SIG:
                        sigseed[0] += 1
                        r.append(Squiggle(doc.n * 100 + sigseed[0]))
                    else:
                        bold = (header and i == 0) or (not header and j == 0)
                        r.append(Paragraph(pe(v), S["cellb" if bold else "cell"]))
                data.append(r)
            n = len(rows[0])
            if n == 2:
                cw = [W * 0.32, W * 0.68]
            elif n == 4 and rows[0][0] in ("", "Rol"):
                cw = [W * 0.25, W * 0.33, W * 0.17, W * 0.25]
            else:
                cw = [W / n] * n
            tb = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("MINROWHEIGHT" if False else "TOPPADDING", (0, 0), (-1, -1), 3)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            tb.setStyle(TableStyle(ts))
            # give empty rows some height (signature lines)
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "checks":
            for lab, chk in b[1]:
                story.append(Paragraph(f'<font name="DV">{box(chk)}</font> ' + pe(lab), S["p"]))
        elif t == "field":
            story.append(Paragraph(f"<b>{pe(b[1])}:</b> " + pe(b[2]), S["p"]))
        elif t == "pb":
            story.append(PageBreak())
    footer = getattr(doc, "footer", "")

    def onpage(c, d):
        c.saveState(); c.setFont("DV", 7); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1.2 * cm, footer)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"pagina {d.page}")
        c.restoreState()
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                           title=blocks[0][1] if blocks[0][0] == "title" else "OPP", author="school", creator="school", producer="school")
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)


# ------------------------------------------------------------------ fillable PDF
def write_form(doc, blocks, path):
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(blocks[0][1] if blocks[0][0] == "title" else "OPP formulier"); c.setAuthor("school"); c.setCreator("school"); c.setProducer("school")
    form = c.acroForm
    W, H = A4
    x0, x1 = 2 * cm, W - 2 * cm
    y = [H - 2 * cm]
    page = [1]
    names = {}
    footer = getattr(doc, "footer", "")

    def foot():
        c.setFont("DV", 7); c.drawString(x0, 1.2 * cm, footer); c.drawRightString(x1, 1.2 * cm, f"pagina {page[0]}")

    def need(h):
        if y[0] - h < 2.2 * cm:
            foot(); c.showPage(); page[0] += 1; y[0] = H - 2 * cm

    def fname(lab):
        base = re.sub(r"[^A-Za-z0-9]+", "_", lab).strip("_")[:30] or "veld"
        names[base] = names.get(base, 0) + 1
        return base if names[base] == 1 else f"{base}_{names[base]}"

    def text(s, font="DV", size=9.5, lead=12.5, indent=0):
        for ln in simpleSplit(s, font, size, x1 - x0 - indent):
            need(lead); c.setFont(font, size); c.drawString(x0 + indent, y[0] - size, ln); y[0] -= lead
    for b in blocks:
        t = b[0]
        if t == "title":
            text(b[1], "DVB", 16, 20)
        elif t == "sub":
            text(b[1], "DV", 9, 12); y[0] -= 6
        elif t == "h":
            y[0] -= 6; text(b[2], "DVB", 12 if b[1] <= 2 else 10.5, 15)
        elif t in ("p", "small"):
            text(b[1]); y[0] -= 3
        elif t == "bullets":
            for x in b[1]:
                text("• " + x, indent=8)
        elif t == "table":
            for row in b[1]:
                text("   |   ".join("w.g." if v == SIG else v for v in row), size=8.5, lead=11)
            y[0] -= 4
        elif t == "checks":
            for lab, chk in b[1]:
                need(16)
                form.checkbox(name=fname("cb_" + lab), x=x0, y=y[0] - 12, size=11, checked=chk, buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white, textColor=colors.black, forceBorder=True)
                c.setFont("DV", 9.5); c.drawString(x0 + 16, y[0] - 10, lab); y[0] -= 16
        elif t == "field":
            lab, val, ml = b[1], b[2], b[3]
            lines = max(1, len(simpleSplit(val, "Helvetica", 9, x1 - x0 - 6))) if ml else 1
            h = 14 + 11 * lines if ml else 16
            need(h + 14)
            c.setFont("DVB", 9); c.drawString(x0, y[0] - 9, lab); y[0] -= 12
            form.textfield(name=fname(lab), value=val, x=x0, y=y[0] - h, width=x1 - x0, height=h, fontName="Helvetica", fontSize=9,
                           borderColor=colors.grey, fillColor=colors.HexColor("#eef3ff"), textColor=colors.black, forceBorder=True,
                           fieldFlags="multiline" if ml else "", tooltip=lab)
            y[0] -= h + 6
        elif t == "pb":
            foot(); c.showPage(); page[0] += 1; y[0] = H - 2 * cm
    foot(); c.save()
    regen_form(path)


def regen_form(path):
    """Let pypdf rebuild field appearances (wrapped) and ask viewers to regenerate them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject, ArrayObject, ByteStringObject
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    vals = {k: v.get("/V") for k, v in (r.get_fields() or {}).items() if v.get("/FT") == "/Tx"}
    for page in w.pages:
        w.update_page_form_field_values(page, {k: str(v or "") for k, v in vals.items()}, auto_regenerate=False)
    af = w._root_object["/AcroForm"]
    af[NameObject("/NeedAppearances")] = BooleanObject(True)
    from pypdf.generic import DictionaryObject
    zadb = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/ZapfDingbats")})
    af["/DR"]["/Font"][NameObject("/ZaDb")] = w._add_object(zadb)
    w._ID = ArrayObject([ByteStringObject(b"blind16e-formid0"), ByteStringObject(b"blind16e-formid0")])
    with open(path, "wb") as f:
        w.write(f)


# ------------------------------------------------------------------ text / markdown
def write_text(doc, blocks, path, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ["# " + b[1] if md else b[1].upper(), ""]
        elif t == "sub":
            out += [("_" + b[1] + "_") if md else b[1], ""]
        elif t == "h":
            if md:
                out += ["#" * (b[1]) + " " + b[2], ""]
            else:
                out += [b[2], "-" * len(b[2])]
        elif t in ("p", "small"):
            out += [("  \n" if md else "\n").join(b[1].split("\n")), ""]
        elif t == "bullets":
            out += [("- " if md else "  * ") + x for x in b[1]] + [""]
        elif t == "table":
            rows = [["w.g." if v == SIG else v for v in r] for r in b[1]]
            if md:
                hdr = rows[0] if b[2] else [""] * len(rows[0])
                body = rows[1:] if b[2] else rows
                out.append("| " + " | ".join(hdr) + " |")
                out.append("|" + "---|" * len(hdr))
                out += ["| " + " | ".join(r) + " |" for r in body]
            else:
                if len(rows[0]) == 2 and not b[2]:
                    out += [f"{r[0]:<32}{r[1]}" for r in rows]
                else:
                    out += [" | ".join(r) for r in rows]
            out.append("")
        elif t == "checks":
            out += [("- " if md else "") + ("[x] " if chk else "[ ] ") + lab for lab, chk in b[1]] + [""]
        elif t == "field":
            out += [(f"**{b[1]}:** {b[2]}" if md else f"{b[1]}: {b[2]}"), ""]
        elif t == "pb":
            out += ["", "-" * 60 if not md else "---", ""]
    if getattr(doc, "footer", ""):
        out += ["", ("---" if md else "=" * 60), doc.footer]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ scan
def make_scan(doc, src_pdf, path):
    from PIL import Image, ImageFilter
    pref = os.path.join(TMP, doc.id + "_pg")
    subprocess.run(["nice", "pdftoppm", "-r", "150", "-gray", "-png", src_pdf, pref], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(doc.id + "_pg"))
    rnd = random.Random(doc.n * 31 + 7)
    imgs = []
    for f in pages:
        im = Image.open(os.path.join(TMP, f)).convert("L")
        ang = rnd.uniform(-1.2, 1.2)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        # salt-and-pepper + light grey speckle, deterministic
        for _ in range(w * h // 250):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 90, 170, 210))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        # a slightly darker scanner edge
        im.paste(225, (0, 0, w, 6))
        imgs.append(im)
    imgs[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:],
                 title="Scan", author="scanner", creator="KM-4050 scan", producer="KM-4050 scan",
                 creationDate=FIXED.timetuple(), modDate=FIXED.timetuple())


# ------------------------------------------------------------------ soffice
def soffice(files, target):
    prof = "file://" + os.path.join(TMP, "lo-profile")
    subprocess.run(["nice", "soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", target, "--outdir", TMP] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_pdf_meta(src, dst):
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(src)
    w = PdfWriter(clone_from=r)
    w.metadata = None
    w.add_metadata({"/Producer": "LibreOffice", "/Creator": "Writer", "/CreationDate": "D:20261206000000Z", "/ModDate": "D:20261206000000Z"})
    from pypdf.generic import ArrayObject, ByteStringObject
    w._ID = ArrayObject([ByteStringObject(b"blind16e-fixedid"), ByteStringObject(b"blind16e-fixedid")])
    with open(dst, "wb") as f:
        w.write(f)


# ------------------------------------------------------------------ labels
def labels_for(doc):
    el = {}
    for e in E:
        if doc.kind in ("leaflet", "newsletter"):
            el[e] = "missing"
        elif doc.kind == "blank":
            el[e] = "missing" if doc.ov.get(e) == "missing" else "incomplete"
        else:
            el[e] = doc.status(e)
    return el


EXT = {"docx": "docx", "pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}
FMT = {"docx": "docx", "pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}
HOW = {"docx": "DOCX (python-docx)", "pdf-word": "PDF exported from Word-style DOCX with LibreOffice", "pdf": "PDF made directly (reportlab)",
       "pdf-form": "fillable PDF form (AcroForm fields, values in the fields)", "odt": "ODT (LibreOffice conversion of DOCX)",
       "txt": "plain text", "md": "markdown", "scan": "scanned PDF (image only, 150 dpi, noise, skew)"}


def main():
    docs = build()
    if os.path.exists(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    # fixed-up specs for the non-OPP documents
    for d in docs:
        if d.id == "x03-leeg-groeidocument":
            d.ov = {"informatie_rechten": "missing", "inbreng_leerling": "missing"}; d.consent = "blank_line"; d.cstyle = "sigtable"
        if d.id == "x04-leeg-beknopt-form":
            d.ov = {"adviezen_professionals": "missing", "informatie_rechten": "missing"}; d.consent = "unticked"; d.cstyle = "formfield"
    to_pdf, to_odt = [], []
    entries = []
    for d in docs:
        blocks = render(d)
        out = os.path.join(OUT, d.id + "." + EXT[d.fmt])
        if d.fmt == "docx":
            write_docx(d, blocks, out)
        elif d.fmt in ("pdf-word", "odt"):
            p = os.path.join(TMP, d.id + ".docx")
            write_docx(d, blocks, p)
            (to_pdf if d.fmt == "pdf-word" else to_odt).append(p)
        elif d.fmt == "pdf":
            write_pdf(d, blocks, out)
        elif d.fmt == "pdf-form":
            write_form(d, blocks, out)
        elif d.fmt == "txt":
            write_text(d, blocks, out)
        elif d.fmt == "md":
            write_text(d, blocks, out, md=True)
        elif d.fmt == "scan":
            p = os.path.join(TMP, d.id + "_src.pdf")
            write_pdf(d, blocks, p)
            make_scan(d, p, out)
        labs = labels_for(d)
        acc = []
        if d.scanned:
            acc = ["instemming_ouders", "vaststelling"]
        entry = {"file": "docs/" + d.id + "." + EXT[d.fmt], "format": FMT[d.fmt], "layout": d.layout,
                 "school_type": d.st, "scanned": d.scanned, "elements": labs, "accept_unclear": acc,
                 "notes": f"{HOW[d.fmt]}; plan date {d.date.isoformat()}" + (f", revised {d.revised.isoformat()}" if d.revised else "")
                          + f"; consent style {d.cstyle or '-'}: {d.consent}; " + d.notes}
        if d.kind != "opp":
            entry["notes"] = f"{HOW[d.fmt]}; not an OPP ({d.kind}); " + d.notes
        entries.append(entry)
    if to_pdf:
        soffice(to_pdf, "pdf")
        for p in to_pdf:
            b = os.path.splitext(os.path.basename(p))[0]
            fix_pdf_meta(os.path.join(TMP, b + ".pdf"), os.path.join(OUT, b + ".pdf"))
    if to_odt:
        soffice(to_odt, "odt")
        for p in to_odt:
            b = os.path.splitext(os.path.basename(p))[0]
            shutil.copy(os.path.join(TMP, b + ".odt"), os.path.join(OUT, b + ".odt"))
            normalize_zip(os.path.join(OUT, b + ".odt"))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    shutil.rmtree(TMP)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
