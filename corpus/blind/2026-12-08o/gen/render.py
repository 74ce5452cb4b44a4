# -*- coding: utf-8 -*-
"""Renderers: a neutral list of blocks -> docx / odt / pdf (reportlab) / txt / md / fillable pdf.

Block types
  ('title', s) ('subtitle', s) ('h1', s) ('h2', s) ('p', s) ('pi', s)  (grey italic instruction)
  ('bullets', [s]) ('kv', [(k, v)]) ('table', header_or_None, rows, widths_or_None)
  ('checks', [(ticked, label)]) ('sig', [dict(role,name,date,signed,note)]) ('pb',) ('space',)
  ('bar', s) (shaded bar heading) ('letterhead', [lines]) ('small', s) ('mono', s)
  ('sdt', label, value, placeholder_bool)  (docx content control; elsewhere rendered as kv)
Document: dict(title, header, footer, blocks, font, paper(bool), watermark)
"""
import io
import os
import zipfile
import random

import numpy as np
from PIL import Image, ImageDraw

BOX_ON, BOX_OFF = "\u2612", "\u2610"   # ☒ ☐
FIXED_ZIP_DATE = (2026, 12, 8, 9, 0, 0)


# ------------------------------------------------------------ signatures
def scribble(path, seed, w=420, h=120, color=(20, 30, 120)):
    """Deterministic hand-signature-like scribble (PNG with white background)."""
    if os.path.exists(path):
        return path
    rng = np.random.RandomState(seed)
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    pts = []
    x = 20.0
    n = rng.randint(5, 9)
    for i in range(n):
        amp = rng.uniform(18, 42)
        for t in np.linspace(0, np.pi * 2, 14):
            pts.append((x + t * rng.uniform(5, 9), h / 2 + np.sin(t + i) * amp * rng.uniform(0.6, 1.0) + rng.uniform(-3, 3)))
        x += rng.uniform(28, 50)
        if x > w - 60:
            break
    for a, b in zip(pts, pts[1:]):
        dr.line([a, b], fill=color, width=3)
    dr.line([(30, h * 0.78), (x, h * 0.70)], fill=color, width=2)
    img.save(path)
    return path


def sig_text(s, textmode=False):
    """Plain text line of one signature entry."""
    role, name, date, signed, note = s["role"], s.get("name") or "", s.get("date") or "", s.get("signed"), s.get("note") or ""
    if textmode:
        hand = "w.g." if signed else "______________________"
    else:
        hand = ""
    out = "%s: %s   Datum: %s   Handtekening: %s" % (role, name or "______________________", date or "____________", hand)
    if note:
        out += "   (%s)" % note
    return out


# ------------------------------------------------------------ text / md
def render_txt(doc, md=False):
    L = []
    if doc.get("header"):
        L.append(doc["header"])
        L.append("")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            L += ["# " + b[1] if md else b[1].upper(), ""]
        elif k == "subtitle":
            L += [b[1], ""]
        elif k == "h1":
            L += ["## " + b[1] if md else b[1], "" if md else "-" * min(len(b[1]), 70)]
        elif k == "h2":
            L += ["### " + b[1] if md else b[1]]
        elif k == "bar":
            L += ["## " + b[1] if md else "=== " + b[1] + " ==="]
        elif k in ("p", "small", "mono"):
            L += [b[1], ""]
        elif k == "pi":
            L += [("*%s*" % b[1]) if md else b[1], ""]
        elif k == "bullets":
            L += ["- " + x for x in b[1]] + [""]
        elif k == "kv":
            for kk, vv in b[1]:
                L.append(("**%s:** %s" if md else "%s: %s") % (kk, vv))
            L.append("")
        elif k == "sdt":
            L += [("**%s:** %s" if md else "%s: %s") % (b[1], b[2]), ""]
        elif k == "table":
            hdr, rows = b[1], b[2]
            if md:
                ncol = len(rows[0]) if rows else len(hdr)
                h = hdr or [""] * ncol
                L.append("| " + " | ".join(h) + " |")
                L.append("|" + "---|" * ncol)
                for r in rows:
                    L.append("| " + " | ".join((c or "").replace("\n", " ") for c in r) + " |")
            else:
                if hdr:
                    L.append(" | ".join(hdr))
                for r in rows:
                    L.append(" | ".join((c or "").replace("\n", " ") for c in r))
            L.append("")
        elif k == "checks":
            L += [("[x] " if t else "[ ] ") + lab for t, lab in b[1]] + [""]
        elif k == "sig":
            L += [sig_text(s, textmode=True) for s in b[1]] + [""]
        elif k == "letterhead":
            L += b[1] + [""]
        elif k in ("pb",):
            L += ["", ""]
        elif k == "space":
            L += [""]
    if doc.get("footer"):
        L += ["", doc["footer"].replace("{page}", "1").replace("{pages}", "1")]
    return "\n".join(L).rstrip() + "\n"


# ------------------------------------------------------------ docx
def _docx_fix_zip(path):
    """Rewrite a zip container with fixed timestamps and order (determinism)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    names = [n for n, _, _ in items]
    with zipfile.ZipFile(path, "w") as z:
        for n, data, ct in items:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def _sdt_xml(value, placeholder, checkbox=None):
    from docx.oxml.ns import nsdecls
    esc = (value or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if checkbox is not None:
        glyph = BOX_ON if checkbox else BOX_OFF
        return ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                % (nsdecls("w"), 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"', 1 if checkbox else 0, glyph))
    ph = '<w:showingPlcHdr/>' if placeholder else ''
    color = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ''
    return ('<w:sdt %s><w:sdtPr><w:alias w:val="tekstveld"/>%s</w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            '</w:sdtContent></w:sdt>' % (nsdecls("w"), ph, color, esc))


def render_docx(doc, path, build):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    import datetime as dt

    D = Document()
    st = D.styles["Normal"]
    st.font.name = doc.get("font_docx", "Calibri")
    st.font.size = Pt(10.5)
    sec = D.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    cp = D.core_properties
    cp.author = doc.get("author", "school")
    cp.title = doc.get("title", "")
    cp.created = dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.modified = dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.last_modified_by = doc.get("author", "school")
    cp.revision = 1
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
        sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        txt = doc["footer"]
        pre, _, rest = txt.partition("{page}")
        fp.add_run(pre).font.size = Pt(8)
        if _:
            W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            fp._p.append(parse_xml('<w:fldSimple %s w:instr="PAGE"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % W_NS))
            mid, _, post = rest.partition("{pages}")
            fp.add_run(mid).font.size = Pt(8)
            if _:
                fp._p.append(parse_xml('<w:fldSimple %s w:instr="NUMPAGES"><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % W_NS))
                fp.add_run(post).font.size = Pt(8)
        else:
            pass

    def shade(cell, color="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                              % ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', color)))

    sig_seed = [0]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = D.add_heading(b[1], level=0)
        elif k == "subtitle":
            p = D.add_paragraph()
            r = p.add_run(b[1]); r.italic = True
        elif k == "h1":
            D.add_heading(b[1], level=1)
        elif k == "h2":
            D.add_heading(b[1], level=2)
        elif k == "bar":
            t = D.add_table(rows=1, cols=1)
            c = t.rows[0].cells[0]
            c.text = b[1]
            c.paragraphs[0].runs[0].bold = True
            shade(c, "BFBFBF")
        elif k == "p":
            D.add_paragraph(b[1])
        elif k == "small":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8)
        elif k == "mono":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.font.name = "Courier New"
        elif k == "pi":
            p = D.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif k == "bullets":
            for x in b[1]:
                D.add_paragraph(x, style="List Bullet")
        elif k == "letterhead":
            for i, line in enumerate(b[1]):
                p = D.add_paragraph(); r = p.add_run(line)
                if i == 0:
                    r.bold = True; r.font.size = Pt(14)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "kv":
            t = D.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for kk, vv in b[1]:
                row = t.add_row().cells
                row[0].text = kk
                row[0].paragraphs[0].runs[0].bold = True if kk else False
                shade(row[0], "EDEDED")
                row[1].text = vv or ""
                row[0].width = Cm(5); row[1].width = Cm(11.5)
            D.add_paragraph()
        elif k == "sdt":
            label, value, ph = b[1], b[2], b[3]
            t = D.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            c0, c1 = t.rows[0].cells
            c0.text = label
            c0.paragraphs[0].runs[0].bold = True
            shade(c0, "EDEDED")
            c1.paragraphs[0]._p.append(parse_xml(_sdt_xml(value if not ph else "Klik of tik om tekst in te voeren.", ph)))
        elif k == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            t = D.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if hdr:
                cells = t.add_row().cells
                for i, h in enumerate(hdr):
                    cells[i].text = h
                    if cells[i].paragraphs[0].runs:
                        cells[i].paragraphs[0].runs[0].bold = True
                    shade(cells[i])
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v or ""
            D.add_paragraph()
        elif k == "checks":
            for ticked, lab in b[1]:
                p = D.add_paragraph()
                if doc.get("docx_checkbox_sdt"):
                    p._p.append(parse_xml(_sdt_xml("", False, checkbox=ticked)))
                    p.add_run(" " + lab)
                else:
                    p.add_run((BOX_ON if ticked else BOX_OFF) + " " + lab)
        elif k == "sig":
            t = D.add_table(rows=0, cols=4)
            t.style = "Table Grid"
            hdr = t.add_row().cells
            for i, h in enumerate(["", "Naam", "Datum", "Handtekening"]):
                hdr[i].text = h
                shade(hdr[i])
            for s in b[1]:
                cells = t.add_row().cells
                cells[0].text = s["role"]
                cells[1].text = s.get("name") or ""
                cells[2].text = s.get("date") or ""
                if s.get("signed"):
                    sig_seed[0] += 1
                    img = scribble(os.path.join(build, "sig_%d.png" % (abs(hash_str(doc["title"] + s["role"] + str(sig_seed[0]))) % 10 ** 8)),
                                   hash_str(doc["title"] + s["role"]) % 10 ** 6)
                    cells[3].paragraphs[0].add_run().add_picture(img, width=Cm(3.2))
                if s.get("note"):
                    cells[3].add_paragraph(s["note"])
            D.add_paragraph()
        elif k == "pb":
            D.add_page_break()
        elif k == "space":
            D.add_paragraph()
    D.save(path)
    _docx_fix_zip(path)


def hash_str(s):
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


# ------------------------------------------------------------ odt
def render_odt(doc, path, build):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    D = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    D.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    D.styles.addElement(h2)
    tit = Style(name="Title", family="paragraph")
    tit.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    D.styles.addElement(tit)
    it = Style(name="Instr", family="paragraph")
    it.addElement(TextProperties(fontstyle="italic", color="#808080"))
    D.automaticstyles.addElement(it)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    D.automaticstyles.addElement(bold)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    D.automaticstyles.addElement(cellst)
    grey = Style(name="CellGrey", family="table-cell")
    grey.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#e6e6e6"))
    D.automaticstyles.addElement(grey)
    tno = [0]

    def table(rows, hdr=None):
        tno[0] += 1
        ncol = len(hdr) if hdr else len(rows[0])
        T = Table(name="Tabel%d" % tno[0])
        T.addElement(TableColumn(numbercolumnsrepeated=ncol))
        allrows = ([(hdr, True)] if hdr else []) + [(r, False) for r in rows]
        for r, ish in allrows:
            tr = TableRow()
            for i, v in enumerate(r):
                tc = TableCell(stylename=grey if (ish or (ncol == 2 and i == 0 and not hdr)) else cellst)
                for line in (v or "").split("\n"):
                    p = P()
                    if ish:
                        p.addElement(Span(stylename=bold, text=line))
                    else:
                        p.addText(line)
                    tc.addElement(p)
                tr.addElement(tc)
            T.addElement(tr)
        D.text.addElement(T)
        D.text.addElement(P())

    if doc.get("header"):
        D.text.addElement(P(text=doc["header"]))
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            D.text.addElement(P(stylename=tit, text=b[1]))
        elif k == "subtitle":
            D.text.addElement(P(stylename=it, text=b[1]))
        elif k == "h1":
            D.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k in ("h2",):
            D.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "bar":
            table([[b[1]]], None)
        elif k in ("p", "small", "mono"):
            D.text.addElement(P(text=b[1]))
        elif k == "pi":
            D.text.addElement(P(stylename=it, text=b[1]))
        elif k == "bullets":
            for x in b[1]:
                D.text.addElement(P(text="\u2022 " + x))
        elif k == "letterhead":
            for x in b[1]:
                D.text.addElement(P(text=x))
        elif k == "kv":
            table([[kk, vv] for kk, vv in b[1]])
        elif k == "sdt":
            table([[b[1], b[2]]])
        elif k == "table":
            table(b[2], b[1])
        elif k == "checks":
            for t, lab in b[1]:
                D.text.addElement(P(text=(BOX_ON if t else BOX_OFF) + " " + lab))
        elif k == "sig":
            from odf.draw import Frame, Image as DImage
            tno[0] += 1
            T = Table(name="Tabel%d" % tno[0])
            T.addElement(TableColumn(numbercolumnsrepeated=4))
            tr = TableRow()
            for h_ in ["", "Naam", "Datum", "Handtekening"]:
                tc = TableCell(stylename=grey)
                p = P(); p.addElement(Span(stylename=bold, text=h_)); tc.addElement(p); tr.addElement(tc)
            T.addElement(tr)
            for s in b[1]:
                tr = TableRow()
                for v in [s["role"], s.get("name") or "", s.get("date") or ""]:
                    tc = TableCell(stylename=cellst); tc.addElement(P(text=v)); tr.addElement(tc)
                tc = TableCell(stylename=cellst)
                p = P()
                if s.get("signed"):
                    img = scribble(os.path.join(build, "sig_odt_%d.png" % (hash_str(doc["title"] + s["role"]) % 10 ** 8)),
                                   hash_str(doc["title"] + s["role"]) % 10 ** 6)
                    href = D.addPicture("Pictures/sig%08d.png" % (hash_str(doc["title"] + s["role"]) % 10 ** 8), "image/png", open(img, "rb").read())
                    fr = Frame(width="3cm", height="0.86cm", anchortype="as-char")
                    fr.addElement(DImage(href=href))
                    p.addElement(fr)
                tc.addElement(p)
                if s.get("note"):
                    tc.addElement(P(text=s["note"]))
                tr.addElement(tc)
                T.addElement(tr)
            D.text.addElement(T)
            D.text.addElement(P())
        elif k in ("pb", "space"):
            D.text.addElement(P())
    if doc.get("footer"):
        D.text.addElement(P(text=doc["footer"].replace("{page}", "1").replace("{pages}", "1")))
    D.save(path)
    # fix meta dates for determinism: rewrite meta.xml creation-date
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re
    out = []
    for n, data in items:
        if n == "meta.xml":
            data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-01-01T00:00:00</dc:date>", data)
            data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"<meta:creation-date>2026-01-01T00:00:00</meta:creation-date>", data)
            data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>odfpy</meta:generator>", data)
        out.append((n, data))
    with zipfile.ZipFile(path, "w") as z:
        for n, data in out:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------ pdf (reportlab)
def render_pdf(doc, path, build):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                    Image as RLImage, KeepTogether)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fontdir = "/usr/share/fonts/truetype/dejavu/"
    libdir = "/usr/share/fonts/truetype/liberation/"
    try:
        pdfmetrics.registerFont(TTFont("DV", fontdir + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", fontdir + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", fontdir + "DejaVuSans-Oblique.ttf"))
        pdfmetrics.registerFont(TTFont("LS", libdir + "LiberationSerif-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LSB", libdir + "LiberationSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("LSI", libdir + "LiberationSerif-Italic.ttf"))
    except Exception:
        pass
    serif = doc.get("font") == "serif"
    F, FB, FI = ("LS", "LSB", "LSI") if serif else ("DV", "DVB", "DVI")
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName=F, fontSize=9.5 if not serif else 11, leading=12.5 if not serif else 14.5, spaceAfter=4)
    S = {
        "title": ParagraphStyle("t", parent=base, fontName=FB, fontSize=17, leading=21, spaceAfter=6),
        "subtitle": ParagraphStyle("st", parent=base, fontName=FI, fontSize=10, textColor=colors.HexColor("#444444"), spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=FB, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor(doc.get("accent", "#1F3864"))),
        "h2": ParagraphStyle("h2", parent=base, fontName=FB, fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=2),
        "p": base,
        "pi": ParagraphStyle("pi", parent=base, fontName=FI, textColor=colors.HexColor("#7f7f7f")),
        "small": ParagraphStyle("sm", parent=base, fontSize=7.5, leading=9),
        "mono": ParagraphStyle("mo", parent=base, fontName="Courier", fontSize=8.5),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.8, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName=FB, fontSize=8.8, leading=11, spaceAfter=0),
        "bar": ParagraphStyle("bar", parent=base, fontName=FB, fontSize=10.5, textColor=colors.white, spaceAfter=0),
    }

    def esc(s):
        return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    W = A4[0] - 4.2 * cm
    story = []
    paper = doc.get("paper", False)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])
    sig_i = [0]
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p", "pi", "small", "mono"):
            story.append(Paragraph(esc(b[1]), S[k]))
        elif k == "bar":
            t = Table([[Paragraph(esc(b[1]), S["bar"])]], colWidths=[W])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(doc.get("barcolor", "#4a6a8a")))]))
            story += [Spacer(1, 6), t, Spacer(1, 3)]
        elif k == "bullets":
            for x in b[1]:
                story.append(Paragraph("\u2022 " + esc(x), base))
        elif k == "letterhead":
            for i, x in enumerate(b[1]):
                st = ParagraphStyle("lh%d" % i, parent=base, alignment=2, fontName=FB if i == 0 else F, fontSize=15 if i == 0 else 8.5)
                story.append(Paragraph(esc(x), st))
            story.append(Spacer(1, 14))
        elif k in ("kv", "sdt"):
            pairs = b[1] if k == "kv" else [(b[1], b[2])]
            data = [[Paragraph(esc(kk), S["cellb"]), Paragraph(esc(vv), S["cell"])] for kk, vv in pairs]
            t = Table(data, colWidths=[W * 0.3, W * 0.7])
            t.setStyle(grid)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            hdr, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            ncol = len(hdr) if hdr else len(rows[0])
            data = []
            if hdr:
                data.append([Paragraph(esc(h), S["cellb"]) for h in hdr])
            for r in rows:
                data.append([Paragraph(esc(c), S["cell"]) for c in r])
            cw = [W * w for w in widths] if widths else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            t.setStyle(grid)
            if hdr:
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]))
            story += [t, Spacer(1, 6)]
        elif k == "checks":
            for tk, lab in b[1]:
                story.append(Paragraph('<font name="DV">%s</font> ' % (BOX_ON if tk else BOX_OFF) + esc(lab), base))
        elif k == "sig":
            data = [[Paragraph(x, S["cellb"]) for x in ["", "Naam", "Datum", "Handtekening"]]]
            for s in b[1]:
                sig_i[0] += 1
                if s.get("signed") and not paper:
                    img = scribble(os.path.join(build, "sig_%d.png" % (hash_str(doc["title"] + s["role"] + str(sig_i[0])) % 10 ** 8)),
                                   hash_str(doc["title"] + s["role"]) % 10 ** 6)
                    hand = [RLImage(img, width=3.0 * cm, height=0.86 * cm)]
                else:
                    hand = [Paragraph("Handtekening:" if paper else "", S["cell"])]
                if s.get("note") and not paper:
                    hand.append(Paragraph(esc(s["note"]), S["cell"]))
                datecell = s.get("date") or ""
                if paper:
                    datecell = "Datum:"
                data.append([Paragraph(esc(s["role"]), S["cellb"]), Paragraph(esc(s.get("name") or ""), S["cell"]),
                             Paragraph(esc(datecell), S["cell"]), hand])
            t = Table(data, colWidths=[W * 0.27, W * 0.25, W * 0.18, W * 0.30], rowHeights=[None] + [1.35 * cm] * (len(data) - 1))
            t.setStyle(grid)
            story += [KeepTogether([t]), Spacer(1, 8)]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "space":
            story.append(Spacer(1, 10))

    header, footer, wm = doc.get("header"), doc.get("footer"), doc.get("watermark")
    total = [0]

    def on_page(c, d_):
        c.saveState()
        if header:
            c.setFont(F, 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(2.1 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            c.setFont(F, 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            txt = footer.replace("{page}", str(c.getPageNumber())).replace("{pages}", str(total[0] or "?"))
            c.drawString(2.1 * cm, 1.1 * cm, txt)
        if wm:
            c.setFont(FB, 60)
            c.setFillColor(colors.Color(0.85, 0.85, 0.85))
            c.translate(A4[0] / 2, A4[1] / 2)
            c.rotate(40)
            c.drawCentredString(0, 0, wm)
        c.restoreState()

    # two passes for "page x of y"
    buf = io.BytesIO()
    tmpdoc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.1 * cm, rightMargin=2.1 * cm, topMargin=1.9 * cm, bottomMargin=1.8 * cm)
    import copy
    tmpdoc.build(copy.deepcopy(story), onFirstPage=on_page, onLaterPages=on_page)
    from pypdf import PdfReader
    buf.seek(0)
    total[0] = len(PdfReader(buf).pages)
    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.1 * cm, rightMargin=2.1 * cm, topMargin=1.9 * cm, bottomMargin=1.8 * cm,
                           title=doc.get("title", ""), author=doc.get("author", ""), creator=doc.get("creator", "reportlab"))
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------ fillable pdf form
def render_pdf_form(form, path):
    """form: dict(title, subtitle, footer, fields=[('h', text) | ('text', name, label, value, lines) |
    ('check', name, label, checked)])"""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(form["title"])
    c.setAuthor(form.get("author", ""))
    Wp, Hp = A4
    x0 = 2 * cm
    y = Hp - 2 * cm
    page = [1]

    def footer():
        if form.get("footer"):
            c.setFont("Helvetica", 7)
            c.setFillColor(colors.grey)
            c.drawString(x0, 1.1 * cm, form["footer"].replace("{page}", str(page[0])))
            c.setFillColor(colors.black)

    def newpage():
        footer()
        c.showPage()
        page[0] += 1
        return Hp - 2 * cm

    c.setFont("Helvetica-Bold", 15)
    c.drawString(x0, y, form["title"])
    y -= 0.6 * cm
    if form.get("subtitle"):
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(x0, y, form["subtitle"])
        y -= 0.7 * cm
    form_ = c.acroForm
    for f in form["fields"]:
        kind = f[0]
        if kind == "h":
            need = 1.0 * cm
            if y - need < 2.2 * cm:
                y = newpage()
            c.setFillColor(colors.HexColor("#2e5e4e"))
            c.rect(x0, y - 0.45 * cm, Wp - 4 * cm, 0.6 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x0 + 0.2 * cm, y - 0.28 * cm, f[1])
            c.setFillColor(colors.black)
            y -= 0.9 * cm
        elif kind == "note":
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(x0, y, f[1])
            y -= 0.5 * cm
        elif kind == "text":
            _, name, label, value, lines = f
            import textwrap
            value = (value or "").replace("\u2014", "-").replace("\u2013", "-").replace("\u2022", "-")
            value = value.encode("latin-1", "replace").decode("latin-1")
            wrapped = []
            for para in value.split("\n"):
                wrapped += textwrap.wrap(para, 108) or [""]
            value = "\n".join(wrapped) if value else ""
            if lines > 1 or len(wrapped) > 1:
                lines = max(lines, len(wrapped))
            hgt = 0.55 * cm * lines + 0.1 * cm
            if y - hgt - 0.5 * cm < 2.2 * cm:
                y = newpage()
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x0, y, label)
            y -= 0.15 * cm
            form_.textfield(name=name, value=value or "", x=x0, y=y - hgt, width=Wp - 4 * cm, height=hgt,
                            fontName="Helvetica", fontSize=8.5 if lines > 1 else 9, borderWidth=0.6,
                            borderColor=colors.HexColor("#555555"), fillColor=colors.HexColor("#f3f6ff"),
                            fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
            y -= hgt + 0.45 * cm
        elif kind == "check":
            _, name, label, checked = f
            if y - 0.6 * cm < 2.2 * cm:
                y = newpage()
            form_.checkbox(name=name, x=x0, y=y - 0.35 * cm, size=11, checked=bool(checked), buttonStyle="check",
                           borderColor=colors.black, fillColor=colors.white)
            c.setFont("Helvetica", 9)
            c.drawString(x0 + 0.6 * cm, y - 0.27 * cm, label)
            y -= 0.55 * cm
    footer()
    c.save()


# ------------------------------------------------------------ soffice + pdf helpers
def soffice_pdf(src, outdir):
    import subprocess
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///work/blind68/build/lo_profile",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def normalize_pdf(paths, out, title="", author="", producer=None):
    """Concatenate PDFs and write with fixed metadata and a fixed /ID (determinism)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject
    import hashlib
    w = PdfWriter()
    for p in paths:
        r = PdfReader(p)
        for pg in r.pages:
            w.add_page(pg)
        try:
            if r.get_fields():
                pass
        except Exception:
            pass
    meta = {"/Title": title, "/Author": author, "/Producer": producer or "pypdf",
            "/CreationDate": "D:20260101000000+01'00'", "/ModDate": "D:20260101000000+01'00'"}
    w.add_metadata(meta)
    h = hashlib.md5((title + "|" + out).encode()).digest()
    w._ID = ArrayObject([ByteStringObject(h), ByteStringObject(h)])
    with open(out, "wb") as f:
        w.write(f)


# ------------------------------------------------------------ scans and photos
def _find_words(pdf, page_no, words):
    """Return list of (word, xMin, yMin, xMax, yMax) in points for words on a page (1-based)."""
    import subprocess, re, html
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no), pdf, "-"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    res = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        w = html.unescape(m.group(5))
        if w in words:
            res.append((w, float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))))
    return res


def hand_text(dr, xy, text, size, seed, color=(25, 35, 110)):
    """Slanted, wobbly 'handwriting' using an oblique font, letter by letter."""
    from PIL import ImageFont
    rng = random.Random(seed)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", size)
    x, y = xy
    for ch in text:
        dr.text((x, y + rng.uniform(-1.5, 1.5)), ch, fill=color, font=font)
        x += font.getlength(ch) * rng.uniform(0.92, 1.08)


def make_scan(src_pdf, out_pdf, build, seed, ink=None, photo=False, dpi=110, pages=None, title=""):
    """Rasterise src_pdf, ink signatures/dates/notes, add noise and skew (or a phone-photo look), write an image-only PDF.

    ink: list of dict(page, anchor='Handtekening:'|'Datum:', index, text=None|'SIG', size)
    """
    import subprocess
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rng = np.random.RandomState(seed)
    prefix = os.path.join(build, "scan_%d" % seed)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, prefix], check=True)
    files = sorted(f for f in os.listdir(build) if f.startswith("scan_%d-" % seed) and f.endswith(".png"))
    anchors = []
    for pi_ in range(1, len(files) + 1):
        for w in _find_words(src_pdf, pi_, ["Handtekening:", "Datum:"]):
            anchors.append((pi_,) + w)
    scale = dpi / 72.0
    c = canvas.Canvas(out_pdf, pagesize=A4)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Scanner SX-400")
    for pi, fn in enumerate(files, start=1):
        if pages and pi not in pages:
            continue
        img = Image.open(os.path.join(build, fn)).convert("RGB")
        dr = ImageDraw.Draw(img)
        for k in (ink or []):
            found = [a for a in anchors if a[1] == k["anchor"]]
            if k["index"] >= len(found):
                raise RuntimeError("anchor %s #%d not found" % (k["anchor"], k["index"]))
            pg, _, x0, y0, x1, y1 = found[k["index"]]
            if pg != pi:
                continue
            X, Y = x1 * scale + 6, y0 * scale - 4
            if k.get("dx") is not None:
                X = x0 * scale + k["dx"] * scale
            if k.get("dy") is not None:
                Y = y0 * scale + k["dy"] * scale
            if k["text"] == "SIG":
                sp = scribble(os.path.join(build, "scansig_%d_%d_%d.png" % (seed, pi, k["index"])), seed + 17 * k["index"] + pi)
                s = Image.open(sp).convert("RGB").resize((int(95 * scale), int(26 * scale)))
                mask = Image.eval(s.convert("L"), lambda v: 255 - v)
                img.paste(s, (int(X), int(Y - 4 * scale)), mask)
            else:
                hand_text(dr, (X, Y), k["text"], int(k.get("size", 9) * scale), seed + pi + k["index"])
        arr = np.asarray(img).astype(np.float32)
        if photo:
            h, w, _ = arr.shape
            yy, xx = np.mgrid[0:h, 0:w]
            grad = 0.78 + 0.22 * (xx / w) * (1 - 0.35 * yy / h)
            arr = arr * grad[..., None]
            arr[..., 2] *= 0.93
            arr[..., 0] *= 1.02
        noise = rng.normal(0, 9 if not photo else 6, arr.shape[:2])[..., None]
        arr = np.clip(arr + noise, 0, 255)
        # speckles
        n = int(arr.shape[0] * arr.shape[1] * 0.0004)
        ys = rng.randint(0, arr.shape[0], n); xs = rng.randint(0, arr.shape[1], n)
        arr[ys, xs] = rng.randint(0, 90)
        img = Image.fromarray(arr.astype(np.uint8))
        angle = float(rng.uniform(-1.6, 1.6)) if not photo else float(rng.uniform(-3.5, 3.5))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(235, 235, 235) if not photo else (90, 70, 55))
        if photo:
            w, h = img.size
            m = rng.uniform(0.02, 0.05)
            # perspective: shrink top edge
            quad = (int(w * m), 0, 0, h, w, h, int(w * (1 - m * 0.6)), int(h * 0.01))
            img = img.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(90, 70, 55))
            bg = Image.new("RGB", (int(w * 1.08), int(h * 1.06)), (96, 74, 58))
            bg.paste(img, (int(w * 0.04), int(h * 0.03)))
            img = bg
        jpg = os.path.join(build, "scan_%d_%d.jpg" % (seed, pi))
        if not photo:
            img = img.convert("L")
        img.save(jpg, quality=62 if not photo else 70)
        c.drawImage(jpg, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
