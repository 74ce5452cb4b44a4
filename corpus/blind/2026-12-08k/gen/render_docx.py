# -*- coding: utf-8 -*-
"""DOCX renderer (python-docx): headers/footers with page fields, two-column tables,
content controls (w:sdt) for text and tick boxes, scribbled signature images."""
import io
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw

BOX_ON, BOX_OFF = "\u2612", "\u2610"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def scribble_png(seed):
    r = random.Random(seed)
    im = Image.new("RGB", (360, 90), "white")
    d = ImageDraw.Draw(im)
    x, y = 10, 45
    pts = [(x, y)]
    for _ in range(r.randint(14, 22)):
        x += r.randint(8, 20)
        y = max(8, min(82, y + r.randint(-28, 28)))
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    d.line([(20, 78), (x - 30, 74 + r.randint(-3, 3))], fill=(20, 30, 110), width=2)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def add_field(run, instr):
    for t, extra in (("begin", None), (None, instr), ("end", None)):
        if t:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), t))
        else:
            el = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), extra))
        run._r.append(el)


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_block(body_anchor, tag, text, placeholder=False):
    """Block-level rich-text content control with one paragraph per line."""
    paras = []
    for line in (text.split("\n") if text else [""]):
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
        paras.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _esc(line)))
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (nsdecls("w"), _esc(tag), _esc(tag.lower().replace(" ", "_")), "<w:showingPlcHdr/>" if placeholder else "",
              "".join(paras)))
    el = parse_xml(xml)
    body_anchor.addprevious(el)


def checkbox_para(doc, on, text, cc):
    p = doc.add_paragraph()
    if cc:
        xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
               '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (nsdecls("w"), W14, 1 if on else 0, BOX_ON if on else BOX_OFF))
        p._p.append(parse_xml(xml))
    else:
        r = p.add_run(BOX_ON if on else BOX_OFF)
        r.font.name = "Segoe UI Symbol"
    p.add_run(" " + text)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def render_docx(doc, path, seed, cc=False, font="Calibri"):
    D = Document()
    st = D.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    sec = D.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    dash = doc.get("dash", "-")
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = doc["header"] + ("    " + doc["header_r"] if doc.get("header_r") else "")
        hp.runs[0].font.size = Pt(8)
    if doc.get("footer") or doc.get("pagefmt"):
        fp = sec.footer.paragraphs[0]
        r = fp.add_run((doc.get("footer") or "") + "    ")
        r.font.size = Pt(8)
        pf = doc.get("pagefmt") or "{p}"
        pre, rest = pf.split("{p}")
        r = fp.add_run(pre)
        r.font.size = Pt(8)
        r = fp.add_run()
        add_field(r, "PAGE")
        if "{n}" in rest:
            a, b = rest.split("{n}")
            r = fp.add_run(a)
            r.font.size = Pt(8)
            r = fp.add_run()
            add_field(r, "NUMPAGES")
    body_end = D.element.body[-1]  # sectPr

    if doc.get("letter"):
        for line in doc["letterhead"]:
            D.add_paragraph(line)
    if doc.get("title"):
        D.add_heading(doc["title"], 0)
    if doc.get("subtitle"):
        p = D.add_paragraph(doc["subtitle"])
        p.runs[0].italic = True
    if doc.get("status"):
        t = D.add_table(rows=1, cols=len(doc["status"]))
        t.style = "Table Grid"
        for i, (l, v) in enumerate(doc["status"]):
            t.rows[0].cells[i].text = "%s: %s" % (l, v)
            shade(t.rows[0].cells[i], "E8EEF5")
        D.add_paragraph()
    n1 = n2 = 0
    k = 0
    for s in doc["sections"]:
        h, lvl = s["h"], s.get("level", 1)
        if h:
            if doc.get("numbered") and lvl == 1:
                n1 += 1
                n2 = 0
                h = "%d. %s" % (n1, h)
            elif doc.get("numbered") and lvl == 2:
                n2 += 1
                h = "%d.%d %s" % (n1, n2, h)
            if lvl == 3:
                p = D.add_paragraph()
                p.add_run(h).bold = True
            else:
                D.add_heading(h, lvl)
        if cc and h and not s["blocks"]:
            sdt_block(body_end, s["h"], "", placeholder=False)
        for b in s["blocks"]:
            k += 1
            kind = b[0]
            if kind == "p":
                if cc:
                    sdt_block(body_end, s["h"] or "tekst", b[1])
                else:
                    D.add_paragraph(b[1])
            elif kind == "instr":
                if cc:
                    sdt_block(body_end, s["h"] or "tekst", b[1], placeholder=True)
                else:
                    p = D.add_paragraph()
                    r = p.add_run(b[1])
                    r.italic = True
                    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            elif kind == "h3":
                p = D.add_paragraph()
                p.add_run(b[1]).bold = True
            elif kind == "bullets":
                for it in b[1]:
                    D.add_paragraph(it, style="List Bullet")
            elif kind == "kv":
                t = D.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    row = t.add_row().cells
                    row[0].text = l
                    row[0].paragraphs[0].runs[0].bold = True
                    shade(row[0], "EEF2F6")
                    row[1].text = v if v != "" else dash
                    row[0].width, row[1].width = Mm(55), Mm(115)
                D.add_paragraph()
            elif kind == "table":
                t = D.add_table(rows=1, cols=len(b[1]))
                t.style = "Table Grid"
                for i, x in enumerate(b[1]):
                    t.rows[0].cells[i].text = x
                    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
                    shade(t.rows[0].cells[i], "D9E2EC")
                for r in b[2]:
                    cells = t.add_row().cells
                    for i, x in enumerate(r):
                        cells[i].text = x if x != "" else dash
                D.add_paragraph()
            elif kind == "check":
                for on, txt in b[1]:
                    checkbox_para(D, on, txt, cc)
            elif kind == "sig":
                t = D.add_table(rows=1, cols=4)
                t.style = "Table Grid"
                for i, x in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                    t.rows[0].cells[i].text = x
                for i, (role, name, date, signed) in enumerate(b[1]):
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text, cells[2].text = role, name or "", date or ""
                    if signed:
                        cells[3].paragraphs[0].add_run().add_picture(scribble_png(seed * 100 + k * 10 + i), width=Mm(30))
                D.add_paragraph()
            else:
                raise ValueError(kind)
    D.core_properties.author = doc.get("author", "")
    D.core_properties.title = doc.get("title") or ""
    import datetime
    D.core_properties.created = datetime.datetime(2026, 12, 8, 9, 0, 0)
    D.core_properties.modified = datetime.datetime(2026, 12, 8, 9, 0, 0)
    D.save(path)
