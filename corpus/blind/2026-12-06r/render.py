# -*- coding: utf-8 -*-
"""Renderers: DOCX (python-docx, content controls, tick boxes), reportlab PDF, fillable PDF, txt/md, scans."""
import os, io, math, random, subprocess
from copy import deepcopy
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
BOX = {True: "☒", False: "☐"}

# ---------------------------------------------------------------- signature images
def signature_png(seed, path, w=360, h=110, date_text=None):
    r = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = (20, 30, 110, 255)
    x, y = 15, h * 0.6
    pts = []
    for i in range(90):
        x += r.uniform(2.5, 4.2)
        y = h * 0.55 + math.sin(i * r.uniform(0.35, 0.6)) * r.uniform(12, 30) + r.uniform(-4, 4)
        pts.append((x, y))
    d.line(pts, fill=col, width=3)
    d.line([(20, h * 0.8), (w - 40, h * 0.72)], fill=col, width=2)
    if date_text:
        f = ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", 22)
        d.text((w - 150, 5), date_text, font=f, fill=col)
    im.save(path)
    return path

def handwriting_png(text, seed, path, size=26):
    r = random.Random(seed)
    f = ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", size)
    w = int(len(text) * size * 0.62) + 20
    im = Image.new("RGBA", (w, size + 20), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    x = 5
    for ch in text:
        d.text((x, 5 + r.uniform(-2, 2)), ch, font=f, fill=(25, 25, 120, 255))
        x += f.getlength(ch) + r.uniform(-0.5, 1.5)
    im = im.rotate(r.uniform(-3, 3), expand=True, fillcolor=(255, 255, 255, 0))
    im.save(path)
    return path

# ---------------------------------------------------------------- docx helpers
def _set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def add_sdt_text(par, text, alias, placeholder=False):
    """Inline plain-text content control."""
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(t)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr"); c = OxmlElement("w:color"); c.set(qn("w:val"), "808080"); rpr.append(c); run.append(rpr)
    tt = OxmlElement("w:t"); tt.set(qn("xml:space"), "preserve"); tt.text = text; run.append(tt)
    content.append(run); sdt.append(content)
    par._p.append(sdt)

def add_sdt_checkbox(par, checked, alias):
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    from lxml import etree
    cb = etree.SubElement(pr, "{%s}checkbox" % W14)
    ch = etree.SubElement(cb, "{%s}checked" % W14); ch.set("{%s}val" % W14, "1" if checked else "0")
    cs = etree.SubElement(cb, "{%s}checkedState" % W14); cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic")
    us = etree.SubElement(cb, "{%s}uncheckedState" % W14); us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic")
    sdt.append(pr)
    content = OxmlElement("w:sdtContent"); run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic"); rpr.append(rf); run.append(rpr)
    tt = OxmlElement("w:t"); tt.text = BOX[checked]; run.append(tt); content.append(run); sdt.append(content)
    par._p.append(sdt)

def body_paras(container, body, bullet=False, instruction=False):
    if body is None: return
    for t in body:
        p = container.add_paragraph(("• " if bullet and len(body) > 1 else "") + t)
        if instruction:
            for r in p.runs: r.italic = True; r.font.color.rgb = RGBColor(0x1F, 0x4E, 0xA0)

def cell_write(cell, body, instruction=False):
    cell.text = ""
    if not body: return
    p = cell.paragraphs[0]
    for i, t in enumerate(body):
        if i: p = cell.add_paragraph()
        run = p.add_run(t)
        if instruction: run.italic = True; run.font.color.rgb = RGBColor(0x1F, 0x4E, 0xA0)

def docx_sig_table(doc, cons, tmpdir, style_name="Table Grid"):
    rows = cons["rows"]
    if cons.get("statement"):
        doc.add_paragraph(cons["statement"])
    if cons.get("options"):
        p = doc.add_paragraph()
        for text, ticked in cons["options"]:
            if cons.get("sdt"):
                add_sdt_checkbox(p, ticked, text[:20]); p.add_run(" " + text + "    ")
            else:
                p.add_run(f"{BOX[ticked]} {text}    ")
    if cons.get("remark"):
        doc.add_paragraph("Opmerking ouders: " + cons["remark"])
    if rows:
        t = doc.add_table(rows=1, cols=4); t.style = style_name
        for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
            t.rows[0].cells[i].text = h
        for row in rows:
            cells = t.add_row().cells
            cells[0].text = row["rol"]; cells[1].text = row["naam"]; cells[2].text = row["datum"]
            sig = row["sig"]
            if sig == "img":
                pth = os.path.join(tmpdir, f"sig_{abs(hash(row['naam'])) % 10**8}_{row['seed']}.png")
                signature_png(row["seed"], pth)
                cells[3].paragraphs[0].add_run().add_picture(pth, width=Cm(3.2))
            elif sig:
                cells[3].text = sig

def docx_meta_table(doc, meta, cols=2):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in meta:
        c = t.add_row().cells; c[0].text = k; c[1].text = v
        _set_cell_bg(c[0], "E7EEF7")
    return t

def render_docx(model, path, tmpdir):
    st = model["style"]
    doc = Document()
    stl = doc.styles["Normal"]; stl.font.name = model.get("font", "Calibri"); stl.font.size = Pt(10.5)
    sec = doc.sections[0]
    if model.get("header"):
        sec.header.paragraphs[0].text = model["header"]
    if model.get("footer"):
        sec.footer.paragraphs[0].text = model["footer"]
    doc.add_heading(model["title"], 0 if st != "form" else 1)
    if model.get("subtitle"): doc.add_paragraph(model["subtitle"])
    for ch in model.get("pre_chapters", []):
        doc.add_heading(ch[0], 1)
        for t in ch[1]: doc.add_paragraph(t)
    if model.get("opp_chapter"):
        doc.add_heading(model["opp_chapter"], 1)
    if st != "form":
        doc.add_heading(model.get("meta_head", "Gegevens"), 2)
        docx_meta_table(doc, model["meta"])
    blocks = model["blocks"]
    if st in ("numbered", "questions", "groei"):
        for i, b in enumerate(blocks):
            if b["el"] == "instemming_ouders":
                doc.add_heading(b["head"], 2); docx_sig_table(doc, model["consent"], tmpdir); continue
            if b["body"] is None: continue
            h = f"{b['num']}. {b['head']}" if st == "numbered" else b["head"]
            doc.add_heading(h, 2 if st != "groei" else 3)
            body_paras(doc, b["body"], bullet=True, instruction=b.get("instr"))
    elif st == "twocol":
        doc.add_heading(model.get("table_head", "Ontwikkelingsperspectief"), 2)
        t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
        t.rows[0].cells[0].text = "Onderdeel"; t.rows[0].cells[1].text = "Inhoud"
        for c in t.rows[0].cells: _set_cell_bg(c, "BFD7EA")
        for b in blocks:
            if b["el"] == "instemming_ouders" or b["body"] is None: continue
            c = t.add_row().cells; c[0].text = b["head"]; cell_write(c[1], b["body"], b.get("instr"))
            t.columns[0].width = Cm(5)
        cons_b = [b for b in blocks if b["el"] == "instemming_ouders"]
        if cons_b:
            doc.add_heading(cons_b[0]["head"], 2); docx_sig_table(doc, model["consent"], tmpdir)
    elif st == "domain":
        order = model["domain_order"]
        for b in blocks:
            if b["el"] == "_domains":
                doc.add_heading(model.get("domain_head", "Analyse per domein"), 2)
                for di, dom in enumerate(model["domains"]):
                    doc.add_paragraph().add_run(dom).bold = True
                    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
                    for lab, cells in model["domain_rows"]:
                        c = t.add_row().cells; c[0].text = lab; _set_cell_bg(c[0], "F2E6D9")
                        cell_write(c[1], cells[di][0], cells[di][1])
                continue
            if b["el"] == "_handeling":
                doc.add_heading(model.get("hand_head", "Handelingsdeel"), 2)
                hd = model["hand_table"]
                t = doc.add_table(rows=1, cols=len(hd["cols"])); t.style = "Table Grid"
                for i, h in enumerate(hd["cols"]): t.rows[0].cells[i].text = h; _set_cell_bg(t.rows[0].cells[i], "D9EAD3")
                for row in hd["rows"]:
                    c = t.add_row().cells
                    for i, v in enumerate(row): c[i].text = v
                continue
            if b["el"] == "instemming_ouders":
                doc.add_heading(b["head"], 2); docx_sig_table(doc, model["consent"], tmpdir); continue
            if b["body"] is None: continue
            doc.add_heading(b["head"], 2); body_paras(doc, b["body"], True, b.get("instr"))
    elif st == "form":
        docx_meta_table(doc, model["meta"])
        for b in blocks:
            if b["el"] == "instemming_ouders":
                doc.add_paragraph().add_run(b["head"]).bold = True
                docx_sig_table(doc, model["consent"], tmpdir); continue
            if b["body"] is None: continue
            p = doc.add_paragraph(); p.add_run(b["head"] + ": ").bold = True
            if b.get("ticks") is not None:
                for text, tk in b["ticks"]:
                    add_sdt_checkbox(p, tk, text[:20]); p.add_run(" " + text + "   ")
                if b["body"]:
                    p2 = doc.add_paragraph(); add_sdt_text(p2, " ".join(b["body"]), b["head"])
                continue
            if not b["body"]:
                add_sdt_text(p, "Klik of tik om tekst in te voeren.", b["head"], placeholder=True)
            else:
                add_sdt_text(p, " ".join(b["body"]), b["head"])
    for ch in model.get("post_chapters", []):
        doc.add_heading(ch[0], 1)
        for t in ch[1]: doc.add_paragraph(t)
    doc.save(path)

def soffice_convert(paths, outdir, fmt):
    if not paths: return
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- reportlab
def _styles(base="DV"):
    ss = getSampleStyleSheet()
    S = {}
    S["n"] = ParagraphStyle("n", parent=ss["Normal"], fontName=base, fontSize=9.5, leading=12.5)
    S["i"] = ParagraphStyle("i", parent=S["n"], fontName="DVI", textColor=colors.HexColor("#1F4EA0"))
    S["h1"] = ParagraphStyle("h1", parent=S["n"], fontName="DVB", fontSize=15, leading=19, spaceAfter=6)
    S["h2"] = ParagraphStyle("h2", parent=S["n"], fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
    S["small"] = ParagraphStyle("s", parent=S["n"], fontSize=8)
    return S

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def rl_sig_flow(cons, S, tmpdir, hand=False):
    fl = []
    if cons.get("statement"): fl.append(Paragraph(esc(cons["statement"]), S["n"]))
    if cons.get("options"):
        fl.append(Paragraph("    ".join(f"{BOX[t]} {esc(x)}" for x, t in cons["options"]), S["n"]))
    if cons.get("remark"): fl.append(Paragraph("Opmerking ouders: " + esc(cons["remark"]), S["n"]))
    if cons["rows"]:
        data = [["Rol", "Naam", "Datum", "Handtekening"]]
        for row in cons["rows"]:
            sig = row["sig"]; datum = row["datum"]
            if hand and row.get("hand_date") and datum:
                p = os.path.join(tmpdir, f"hd_{row['seed']}.png"); handwriting_png(datum, row["seed"], p, 22)
                im = Image.open(p); datum = RLImage(p, width=im.width * 0.35, height=im.height * 0.35)
            if sig == "img":
                p = os.path.join(tmpdir, f"sig_rl_{row['seed']}.png"); signature_png(row["seed"], p)
                sig = RLImage(p, width=3.2 * cm, height=1.0 * cm)
            data.append([Paragraph(esc(row["rol"]), S["n"]), Paragraph(esc(row["naam"]), S["n"]), datum, sig])
        t = Table(data, colWidths=[4 * cm, 5 * cm, 3 * cm, 4.5 * cm], rowHeights=[None] + [1.3 * cm] * len(cons["rows"]))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, -1), "DV"),
                               ("FONTSIZE", (0, 0), (-1, -1), 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E0E0E0"))]))
        fl.append(Spacer(1, 4)); fl.append(t)
    return fl

def render_rl(model, path, tmpdir, hand=False):
    st = model["style"]; S = _styles()
    footer = model.get("footer")
    def onpage(cv, doc):
        cv.saveState(); cv.setFont("DV", 7.5)
        if footer:
            cv.drawString(2 * cm, 1.2 * cm, footer.replace("{p}", str(doc.page)))
        if model.get("header"):
            cv.drawString(2 * cm, A4[1] - 1.2 * cm, model["header"])
        cv.restoreState()
    fl = []
    if st == "letter":
        for line in model["letterhead"]: fl.append(Paragraph(esc(line), S["n"]))
        fl.append(Spacer(1, 14))
        fl.append(Paragraph("<b>Betreft: " + esc(model["title"]) + "</b>", S["n"])); fl.append(Spacer(1, 8))
        for para in model["letter_paras"]:
            fl.append(Paragraph(esc(para), S["n"])); fl.append(Spacer(1, 6))
        if model.get("consent") and model["consent"].get("present", True):
            fl.append(Spacer(1, 6)); fl += rl_sig_flow(model["consent"], S, tmpdir, hand)
    else:
        fl.append(Paragraph(esc(model["title"]), S["h1"]))
        if model.get("subtitle"): fl.append(Paragraph(esc(model["subtitle"]), S["n"]))
        data = [[Paragraph("<b>" + esc(k) + "</b>", S["n"]), Paragraph(esc(v), S["n"])] for k, v in model["meta"]]
        t = Table(data, colWidths=[5 * cm, 11.5 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        fl.append(t); fl.append(Spacer(1, 8))
        if st == "export":
            for b in model["blocks"]:
                if b["el"] == "instemming_ouders":
                    fl.append(Paragraph(esc(b["head"].upper()), S["h2"])); fl += rl_sig_flow(model["consent"], S, tmpdir, hand); continue
                if b["body"] is None: continue
                fl.append(Paragraph(esc(b["head"].upper()), S["h2"]))
                if not b["body"]:
                    fl.append(Paragraph("&nbsp;", S["n"]))
                for x in b["body"]:
                    fl.append(Paragraph(esc(x), S["i"] if b.get("instr") else S["n"]))
        elif st in ("twocol", "paper"):
            data = [[Paragraph("<b>Onderdeel</b>", S["n"]), Paragraph("<b>Inhoud</b>", S["n"])]]
            for b in model["blocks"]:
                if b["el"] == "instemming_ouders" or b["body"] is None: continue
                data.append([Paragraph(esc(b["head"]), S["n"]), [Paragraph(esc(x), S["i"] if b.get("instr") else S["n"]) for x in b["body"]] or ""])
            t = Table(data, colWidths=[4.5 * cm, 12 * cm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
            fl.append(t)
            for b in model["blocks"]:
                if b["el"] == "instemming_ouders":
                    fl.append(Paragraph(esc(b["head"]), S["h2"])); fl += rl_sig_flow(model["consent"], S, tmpdir, hand)
        elif st == "numbered":
            for b in model["blocks"]:
                if b["el"] == "instemming_ouders":
                    fl.append(Paragraph(f"{b['num']}. " + esc(b["head"]), S["h2"])); fl += rl_sig_flow(model["consent"], S, tmpdir, hand); continue
                if b["body"] is None: continue
                fl.append(Paragraph(f"{b['num']}. " + esc(b["head"]), S["h2"]))
                for x in b["body"]: fl.append(Paragraph(esc(x), S["i"] if b.get("instr") else S["n"]))
    for ch in model.get("post_chapters", []):
        fl.append(Paragraph(esc(ch[0]), S["h2"]))
        for x in ch[1]: fl.append(Paragraph(esc(x), S["n"]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=model["title"], author=model.get("author", ""))
    doc.build(fl, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fillable PDF form
def latin(t):
    for a, b in {"—": "-", "–": "-", "…": "...", "☐": "[ ]", "☒": "[x]", "‘": "'", "’": "'", "“": '"', "”": '"'}.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")

def render_form_pdf(model, path, tmpdir):
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setTitle(model["title"])
    form = c.acroForm
    W, H = A4
    y = H - 2 * cm
    def newpage():
        nonlocal y
        c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, model.get("footer", ""))
        c.showPage(); y = H - 2 * cm
    c.setFont("DVB", 14); c.drawString(2 * cm, y, model["title"]); y -= 0.8 * cm
    c.setFont("DV", 8.5)
    if model.get("subtitle"): c.drawString(2 * cm, y, model["subtitle"]); y -= 0.7 * cm
    fid = [0]
    def field(label, value, height=0.7 * cm, multiline=False):
        nonlocal y
        if y - height - 0.6 * cm < 2.2 * cm: newpage()
        c.setFont("DVB", 9); c.drawString(2 * cm, y, label); y -= 0.15 * cm
        fid[0] += 1
        value = latin(value)
        if multiline:
            import textwrap
            value = "\n".join(textwrap.wrap(value, 118))
            height = max(height, (value.count("\n") + 1) * 0.36 * cm + 0.2 * cm)
            if y - height - 0.6 * cm < 2.2 * cm:
                newpage(); c.setFont("DVB", 9); c.drawString(2 * cm, y, label); y -= 0.15 * cm
        form.textfield(name=f"f{fid[0]}_{label[:20]}", tooltip=label, x=2 * cm, y=y - height, width=W - 4 * cm, height=height,
                       value=value, fontName="Helvetica", fontSize=8 if multiline else 9, borderWidth=0.6,
                       fieldFlags="multiline" if multiline else "", forceBorder=True)
        y -= height + 0.5 * cm
    for k, v in model["meta"]:
        field(k, v)
    for b in model["blocks"]:
        if b["el"] == "instemming_ouders":
            cons = model["consent"]
            if y < 8 * cm: newpage()
            c.setFont("DVB", 10); c.drawString(2 * cm, y, b["head"]); y -= 0.6 * cm
            c.setFont("DV", 8.5)
            if cons.get("statement"): c.drawString(2 * cm, y, cons["statement"][:120]); y -= 0.6 * cm
            for text, tk in cons.get("options") or []:
                fid[0] += 1
                form.checkbox(name=f"cb{fid[0]}", x=2 * cm, y=y - 0.1 * cm, size=11, checked=tk, buttonStyle="cross", borderWidth=0.6)
                c.drawString(2.7 * cm, y, text); y -= 0.6 * cm
            if cons.get("remark"): field("Opmerking ouders", cons["remark"])
            for row in cons["rows"]:
                field(f"{row['rol']} - naam", row["naam"])
                field(f"{row['rol']} - datum", row["datum"])
                sigtxt = {"img": "", "": ""}.get(row["sig"], row["sig"])
                if row["sig"] == "img": sigtxt = f"Digitaal ondertekend: {row['naam']}"
                field(f"{row['rol']} - handtekening", sigtxt)
            continue
        if b["body"] is None: continue
        txt = " ".join(b["body"])
        h = 0.7 * cm if len(txt) < 95 else min(4.5, 0.5 + len(txt) / 95 * 0.42) * cm
        field(b["head"], txt, h, multiline=len(txt) >= 95)
    c.setFont("DV", 7); c.drawString(2 * cm, 1.2 * cm, model.get("footer", ""))
    c.save()

# ---------------------------------------------------------------- text
def txt_consent(cons):
    L = []
    if cons.get("statement"): L.append(cons["statement"])
    if cons.get("options"): L.append("   ".join(f"[{'x' if t else ' '}] {x}" for x, t in cons["options"]))
    if cons.get("remark"): L.append("Opmerking ouders: " + cons["remark"])
    for row in cons["rows"]:
        s = {"img": "(getekend)", "": "____________"}.get(row["sig"], row["sig"])
        L.append(f"{row['rol']}: {row['naam'] or '____________'}   datum: {row['datum'] or '__-__-____'}   handtekening: {s}")
    return L + [""]

def render_txt(model, path, md=False):
    L = []
    H1 = "# " if md else ""; H2 = "## " if md else ""
    L.append(H1 + model["title"]); 
    if not md: L.append("=" * len(model["title"]))
    if model.get("subtitle"): L.append(model["subtitle"])
    L.append("")
    if model["style"] == "letter":
        L += model["letterhead"] + ["", "Betreft: " + model["title"], ""]
        for p in model["letter_paras"]: L += [p, ""]
    else:
        for ch in model.get("pre_chapters", []):
            L += [H1 + ch[0], ""] + ch[1] + [""]
        if model.get("opp_chapter"): L += [H1 + model["opp_chapter"], ""]
        for k, v in model["meta"]:
            L.append((f"- **{k}:** {v}" if md else f"{k:<28}{v}"))
        L.append("")
        for b in model["blocks"]:
            if b["el"] == "instemming_ouders":
                L += [H2 + b["head"] if md else b["head"].upper(), ""] + txt_consent(model["consent"]); continue
            if b["body"] is None: continue
            if model["style"] == "runin":
                L.append(f"{b['head']}: " + " ".join(b["body"])); L.append(""); continue
            L.append(H2 + b["head"] if md else b["head"].upper())
            L.append("" if md else "-" * len(b["head"]))
            for x in b["body"]: L.append(("- " if md and len(b["body"]) > 1 else "") + x)
            L.append("")
    if model["style"] == "letter" and model.get("consent") and model["consent"].get("present", True):
        L += txt_consent(model["consent"])
    for ch in model.get("post_chapters", []):
        L += [H2 + ch[0], ""] + ch[1] + [""]
    if model.get("footer"): L += ["", model["footer"].replace("{p}", "1")]
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")

# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, seed, tmpdir, dpi=150):
    r = random.Random(seed)
    base = os.path.join(tmpdir, f"scan_{seed}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, base], check=True)
    pages = sorted(p for p in os.listdir(tmpdir) if p.startswith(f"scan_{seed}-") and p.endswith(".png"))
    ims = []
    rs = np.random.RandomState(seed)
    for p in pages:
        im = Image.open(os.path.join(tmpdir, p)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rs.normal(0, 9, a.shape)
        specks = rs.rand(*a.shape) < 0.0008
        a[specks] = 30
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im)
    ims[0].save(out_pdf, save_all=True, append_images=ims[1:], resolution=dpi)
