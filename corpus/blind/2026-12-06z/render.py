# -*- coding: utf-8 -*-
"""Renderers for the node model: DOCX (python-docx), PDF (reportlab), TXT, fillable PDF, scans."""
import os, io, zipfile, subprocess, shutil, tempfile, random, math, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.enum.text import WD_BREAK
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage,
                                PageBreak, ListFlowable, ListItem)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVSB")

FIXED_DT = datetime.datetime(2026, 12, 6, 9, 0, 0)
TMP = None

def tmpdir():
    global TMP
    if TMP is None:
        TMP = tempfile.mkdtemp(prefix="blind38_")
    return TMP

# ---------------------------------------------------------------- signature scribble
def scribble(seed, w=360, h=110):
    path = os.path.join(tmpdir(), "sig_%s.png" % seed)
    if os.path.exists(path):
        return path
    rng = random.Random("sig-" + str(seed))
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pts = []
    x = 15.0
    y = h * 0.6
    while x < w - 20:
        x += rng.uniform(6, 16)
        y = h * 0.55 + math.sin(x / rng.uniform(8, 14)) * rng.uniform(12, 35) + rng.uniform(-8, 8)
        pts.append((x, y))
    col = (20, 30, 110)
    d.line(pts, fill=col, width=3, joint="curve")
    # a loop and an underline
    cx, cy = rng.uniform(40, 90), h * 0.45
    d.ellipse([cx - 18, cy - 30, cx + 18, cy + 22], outline=col, width=3)
    d.line([(20, h - 18), (w * rng.uniform(0.5, 0.8), h - 22)], fill=col, width=2)
    img.save(path)
    return path

# ---------------------------------------------------------------- DOCX
W14 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_sdt_id = [1000]

def _sdt_checkbox(checked):
    _sdt_id[0] += 1
    ch = "\u2612" if checked else "\u2610"
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (W14, _sdt_id[0], 1 if checked else 0, ch))

def _legacy_checkbox_runs(checked, name):
    chk = '<w:checked/>' if checked else ''
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return [parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/><w:calcOnExit w:val="0"/>'
                      '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox></w:ffData></w:fldChar></w:r>' % (ns, name, chk)),
            parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % ns),
            parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % ns)]

def _sdt_placeholder(text):
    _sdt_id[0] += 1
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
        '<w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:p><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>' % (W14, _sdt_id[0], text))

def _sdt_text(text):
    _sdt_id[0] += 1
    return parse_xml(
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:p><w:r>'
        '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>' % (W14, _sdt_id[0], text.replace("&", "&amp;").replace("<", "&lt;")))

class DocxR:
    def __init__(self, opts):
        self.o = opts
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = opts.get("font", "Calibri")
        st.font.size = Pt(opts.get("size", 10.5))
        for s in self.doc.sections:
            s.left_margin = s.right_margin = Cm(2.0)
            s.top_margin = s.bottom_margin = Cm(1.8)
            if opts.get("footer"):
                s.footer.paragraphs[0].text = opts["footer"]
            if opts.get("header"):
                s.header.paragraphs[0].text = opts["header"]
        cp = self.doc.core_properties
        cp.author = opts.get("author", "Intern begeleider")
        cp.last_modified_by = cp.author
        cp.created = FIXED_DT; cp.modified = FIXED_DT; cp.revision = 1
        cp.title = opts.get("title", "")
        self.chk = opts.get("checks", "char")
        self.n_leg = 0

    def render(self, nodes, path):
        for nd in nodes:
            self.node(self.doc, nd)
        self.doc.save(path)
        normalize_zip(path)

    def _checks(self, c, opts_list, inline=False):
        if inline:
            p = c.add_paragraph()
        for label, on in opts_list:
            if not inline:
                p = c.add_paragraph()
            if self.chk == "sdt":
                p._p.append(_sdt_checkbox(on))
            elif self.chk == "legacy":
                self.n_leg += 1
                for r in _legacy_checkbox_runs(on, "Selectievakje%d" % self.n_leg):
                    p._p.append(r)
            else:
                p.add_run("\u2612" if on else "\u2610")
            p.add_run(" " + label + ("    " if inline else ""))

    def cell(self, cell, content):
        cell.paragraphs[0].text = ""
        if isinstance(content, str):
            cell.paragraphs[0].text = content
            return
        first = True
        for nd in content:
            if first and nd[0] == "p":
                cell.paragraphs[0].text = nd[1]
            else:
                self.node(cell, nd)
            first = False

    def node(self, c, nd):
        k = nd[0]
        if k == "title":
            p = c.add_paragraph(); r = p.add_run(nd[1]); r.bold = True; r.font.size = Pt(17)
            if self.o.get("title_color"):
                r.font.color.rgb = RGBColor.from_string(self.o["title_color"].lstrip("#"))
        elif k == "subtitle":
            p = c.add_paragraph(); r = p.add_run(nd[1]); r.italic = True; r.font.size = Pt(11)
        elif k == "h":
            if c is self.doc:
                c.add_heading(nd[2], level=nd[1])
            else:
                p = c.add_paragraph(); r = p.add_run(nd[2]); r.bold = True
        elif k == "p":
            c.add_paragraph(nd[1])
        elif k == "i":
            p = c.add_paragraph(); r = p.add_run(nd[1]); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif k == "b":
            p = c.add_paragraph(); r = p.add_run(nd[1] + " "); r.bold = True; p.add_run(nd[2])
        elif k == "ul":
            for it in nd[1]:
                c.add_paragraph(it, style="List Bullet")
        elif k == "checks":
            self._checks(c, nd[1], inline=(len(nd) > 2 and nd[2]))
        elif k == "lines":
            for _ in range(nd[1]):
                c.add_paragraph("_" * 80)
        elif k == "cc":
            if c is self.doc:
                c.element.body.append(_sdt_placeholder(nd[1]))
            else:
                c._tc.append(_sdt_placeholder(nd[1]))
        elif k == "cct":
            if c is self.doc:
                c.element.body.append(_sdt_text(nd[1]))
            else:
                c._tc.append(_sdt_text(nd[1]))
        elif k in ("table", "kv"):
            if k == "kv":
                header, rows = None, nd[1]
            else:
                header, rows = nd[1], nd[2]
            ncol = len(header) if header else len(rows[0])
            t = c.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for i, h in enumerate(header):
                    cells[i].paragraphs[0].text = ""
                    rr = cells[i].paragraphs[0].add_run(h); rr.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    if k == "kv" and i == 0:
                        cells[i].paragraphs[0].text = ""
                        rr = cells[i].paragraphs[0].add_run(v); rr.bold = True
                    else:
                        self.cell(cells[i], v)
            if k == "kv":
                for r in t.rows:
                    r.cells[0].width = Cm(5.0); r.cells[1].width = Cm(12.0)
            c.add_paragraph("")
        elif k == "sig":
            t = c.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                rr = t.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True
            for row in nd[1]:
                cells = t.add_row().cells
                cells[0].text = row["role"]; cells[1].text = row.get("name") or ""
                cells[2].text = row.get("date") or ""
                s = row.get("sign")
                if s and s[0] == "img":
                    cells[3].paragraphs[0].add_run().add_picture(scribble(s[1]), width=Cm(3.2))
                elif s and s[0] == "text":
                    cells[3].text = s[1]
                else:
                    cells[3].text = ""
            c.add_paragraph("")
        elif k == "pagebreak":
            if c is self.doc:
                c.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "small":
            p = c.add_paragraph(); r = p.add_run(nd[1]); r.font.size = Pt(8)
        else:
            raise ValueError(k)

def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def soffice_convert(src, fmt, outdir):
    prof = os.path.join(tmpdir(), "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- reportlab
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

class PdfR:
    def __init__(self, opts):
        opts = dict(opts)
        for k in ("title_color", "h_color"):
            if k in opts and not opts[k].startswith("#"):
                opts[k] = "#" + opts[k]
        self.o = opts
        f = opts.get("rlfont", "DV")
        fb = "DVB" if f == "DV" else "DVSB"
        sz = opts.get("size", 9.5)
        self.st = {
            "title": ParagraphStyle("t", fontName=fb, fontSize=sz + 7, leading=sz + 11, spaceAfter=6,
                                     textColor=colors.HexColor(opts.get("title_color", "#1F3864"))),
            "subtitle": ParagraphStyle("st", fontName=f, fontSize=sz + 1, leading=sz + 5, spaceAfter=6, textColor=colors.HexColor("#444444")),
            "h1": ParagraphStyle("h1", fontName=fb, fontSize=sz + 3, leading=sz + 7, spaceBefore=8, spaceAfter=4,
                                 textColor=colors.HexColor(opts.get("h_color", "#1F3864"))),
            "h2": ParagraphStyle("h2", fontName=fb, fontSize=sz + 1, leading=sz + 5, spaceBefore=5, spaceAfter=2),
            "p": ParagraphStyle("p", fontName=f, fontSize=sz, leading=sz + 3.5, spaceAfter=3),
            "i": ParagraphStyle("i", fontName="DVI", fontSize=sz, leading=sz + 3.5, spaceAfter=3, textColor=colors.grey),
            "small": ParagraphStyle("s", fontName=f, fontSize=sz - 2, leading=sz + 1, spaceAfter=2),
            "cell": ParagraphStyle("c", fontName=f, fontSize=sz - 0.5, leading=sz + 2.5),
            "cellb": ParagraphStyle("cb", fontName=fb, fontSize=sz - 0.5, leading=sz + 2.5),
        }
        self.fb = fb

    def flow(self, nd, in_cell=False):
        st = self.st
        k = nd[0]
        P = lambda t, s: Paragraph(_esc(t), st[s])
        if k == "title": return [P(nd[1], "title")]
        if k == "subtitle": return [P(nd[1], "subtitle")]
        if k == "h": return [P(nd[2], "h1" if nd[1] == 1 else "h2")]
        if k in ("p", "cct"): return [P(nd[1], "cell" if in_cell else "p")]
        if k == "i": return [P(nd[1], "i")]
        if k == "cc": return [Paragraph('<font color="#808080">%s</font>' % _esc(nd[1]), st["p"])]
        if k == "b": return [Paragraph("<b>%s</b> %s" % (_esc(nd[1]), _esc(nd[2])), st["cell" if in_cell else "p"])]
        if k == "small": return [P(nd[1], "small")]
        if k == "ul":
            return [Paragraph("\u2022 " + _esc(it), ParagraphStyle("li", parent=st["cell" if in_cell else "p"], leftIndent=10, firstLineIndent=-8)) for it in nd[1]]
        if k == "checks":
            if len(nd) > 2 and nd[2]:
                return [P("    ".join(("\u2612 " if on else "\u2610 ") + lab for lab, on in nd[1]), "p")]
            return [P(("\u2612 " if on else "\u2610 ") + lab, "cell" if in_cell else "p") for lab, on in nd[1]]
        if k == "lines": return [P("_" * 70, "p") for _ in range(nd[1])]
        if k == "pagebreak": return [PageBreak()]
        if k in ("table", "kv"):
            header, rows = (None, nd[1]) if k == "kv" else (nd[1], nd[2])
            data = []
            if header:
                data.append([Paragraph(_esc(h), st["cellb"]) for h in header])
            for row in rows:
                r = []
                for i, v in enumerate(row):
                    if isinstance(v, str):
                        r.append(Paragraph(_esc(v), st["cellb" if (k == "kv" and i == 0) else "cell"]))
                    else:
                        fl = []
                        for sub in v:
                            fl += self.flow(sub, in_cell=True)
                        r.append(fl or "")
                data.append(r)
            ncol = len(data[0])
            avail = 17.0 * cm
            widths = [5 * cm, 12 * cm] if k == "kv" else ([avail / ncol] * ncol if not (len(nd) > 3 and nd[3]) else [w * cm for w in nd[3]])
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.o.get("th_bg", "#DCE6F1"))))
            if k == "kv":
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(self.o.get("kv_bg", "#F2F2F2"))))
            t.setStyle(TableStyle(ts))
            return [t, Spacer(1, 6)]
        if k == "sig":
            data = [[Paragraph(h, st["cellb"]) for h in ["", "Naam", "Datum", "Handtekening"]]]
            for row in nd[1]:
                s = row.get("sign")
                if s and s[0] == "img":
                    sc = RLImage(scribble(s[1]), width=3.2 * cm, height=1.0 * cm)
                elif s and s[0] == "text":
                    sc = Paragraph(_esc(s[1]), st["cell"])
                else:
                    sc = ""
                data.append([Paragraph(_esc(row["role"]), st["cell"]), Paragraph(_esc(row.get("name") or ""), st["cell"]),
                             Paragraph(_esc(row.get("date") or ""), st["cell"]), sc])
            t = Table(data, colWidths=[4.2 * cm, 4.8 * cm, 3 * cm, 5 * cm], rowHeights=[None] + [1.3 * cm] * len(nd[1]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            return [t, Spacer(1, 6)]
        raise ValueError(k)

    def render(self, nodes, path):
        fl = []
        for nd in nodes:
            fl += self.flow(nd)
        footer = self.o.get("footer")
        header = self.o.get("header")
        def onpage(c, d):
            c.saveState()
            c.setFont("DV", 7.5)
            if footer:
                c.drawString(2 * cm, 1.1 * cm, footer.replace("{page}", str(d.page)))
            else:
                c.drawRightString(19 * cm, 1.1 * cm, "pagina %d" % d.page)
            if header:
                c.drawString(2 * cm, 28.6 * cm, header)
            c.restoreState()
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                                bottomMargin=1.8 * cm, title=self.o.get("title", ""), author=self.o.get("author", ""),
                                creator="", producer="")
        doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- TXT
class TxtR:
    def __init__(self, opts):
        self.o = opts
        self.lines = []
    def add(self, s=""):
        self.lines.append(s)
    def node(self, nd, ind=""):
        k = nd[0]
        A = lambda s="": self.add(ind + s)
        if k == "title":
            A(nd[1].upper() if self.o.get("upper") else nd[1]); A(("=" if not self.o.get("export") else "#") * min(len(nd[1]), 78)); A()
        elif k == "subtitle": A(nd[1]); A()
        elif k == "h":
            A(); A(nd[2] if nd[1] > 1 or not self.o.get("export") else "[" + nd[2] + "]")
            if nd[1] == 1 and not self.o.get("export"): A("-" * min(len(nd[2]), 78))
        elif k in ("p", "cct", "small"): A(nd[1])
        elif k == "i": A("(" + nd[1].strip("()") + ")" if not nd[1].startswith("[") else nd[1])
        elif k == "cc": A(nd[1])
        elif k == "b": A(nd[1] + " " + nd[2])
        elif k == "ul":
            for it in nd[1]: A("- " + it)
        elif k == "checks":
            if len(nd) > 2 and nd[2]:
                A("   ".join(("[X] " if on else "[ ] ") + l for l, on in nd[1]))
            else:
                for l, on in nd[1]: A(("[X] " if on else "[ ] ") + l)
        elif k == "lines":
            for _ in range(nd[1]): A("_" * 60)
        elif k == "pagebreak":
            A(); A("\f")
        elif k == "kv":
            for lab, v in nd[1]:
                if isinstance(v, str):
                    A((lab + ":").ljust(30) + (v if v else ("—" if self.o.get("export") else "")))
                else:
                    A(lab + ":")
                    if not v and self.o.get("export"): A("    —")
                    for sub in v: self.node(sub, ind + "    ")
            A()
        elif k == "table":
            header, rows = nd[1], nd[2]
            if header: A(" | ".join(header)); A("-" * 60)
            for row in rows:
                parts = []
                for v in row:
                    if isinstance(v, str): parts.append(v)
                    else:
                        parts.append(" ".join(sub[1] if isinstance(sub[1], str) else "; ".join(sub[1]) for sub in v if sub[0] in ("p", "ul", "i", "b")))
                A(" | ".join(parts))
            A()
        elif k == "sig":
            for row in nd[1]:
                s = row.get("sign")
                sv = s[1] if s and s[0] == "text" else ("getekend" if s and s[0] == "img" else "______________________")
                A("%s: %s   Datum: %s   Handtekening: %s" % (row["role"], row.get("name") or "______________________",
                                                            row.get("date") or "__________", sv))
            A()
        else:
            raise ValueError(k)
    def render(self, nodes, path):
        for nd in nodes:
            self.node(nd)
        lines = self.lines
        if self.o.get("footer"):
            out, page, n = [], 1, 0
            for l in lines:
                out.append(l); n += 1
                if n >= 55:
                    out += ["", self.o["footer"].replace("{page}", str(page)), "\f"]; page += 1; n = 0
            out += ["", self.o["footer"].replace("{page}", str(page))]
            lines = out
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines).rstrip() + "\n")

# ---------------------------------------------------------------- scans
def make_scan(src_pdf, out_pdf, seed, dpi=110):
    d = tempfile.mkdtemp(dir=tmpdir())
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(d, "pg")], check=True)
    pages = sorted(f for f in os.listdir(d) if f.endswith(".png"))
    rng = np.random.default_rng(seed)
    out = []
    for i, fn in enumerate(pages):
        im = Image.open(os.path.join(d, fn)).convert("L")
        ang = float(rng.uniform(-1.3, 1.3))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 9, a.shape)
        specks = rng.random(a.shape) < 0.0008
        a[specks] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
        out.append(im)
    out[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=out[1:])
    shutil.rmtree(d)
