# -*- coding: utf-8 -*-
"""Renderers: DOCX (python-docx), ODT (odfpy), PDF (reportlab), AcroForm PDF, text, scans."""
import copy, os, random, subprocess, textwrap
import zlib
from content import dlong, dshort, LETTER_INTRO

PH_WORD = "Klik of tik om tekst in te voeren."
BLANK = "______________________________"


def flat(item):
    """Plain-text lines for one body item."""
    if isinstance(item, str):
        return [item]
    kind = item[0]
    if kind == "table":
        rows = item[1]
        hdr = rows[0]
        return ["; ".join(f"{h}: {c}" for h, c in zip(hdr, r)) for r in rows[1:]]
    if kind == "rows":
        return [f"- {a}: {b}" for a, b in item[1]]
    if kind == "cb":
        return [("☒ " if item[1] else "☐ ") + item[2]]
    if kind == "sig":
        return [f"{item[1]}: {item[2] if item[2] else BLANK}"]
    if kind == "cc":
        return [item[1] or PH_WORD]
    raise ValueError(item)


def factor_merge(secs):
    """For the factor-table layout: merge the two factor sections into one table section."""
    bel = next((s for s in secs if s[0] == "belemmerende_factoren"), None)
    bev = next((s for s in secs if s[0] == "bevorderende_factoren"), None)
    if not bel and not bev:
        return secs
    domains = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / omgeving"]

    def col(sec):
        if sec is None:
            return None
        b = sec[2]
        if b and isinstance(b[0], tuple) and b[0][0] == "rows":
            return dict(b[0][1])
        txt = b[0] if b else ""
        return {d: (txt if i == 0 else "") for i, d in enumerate(domains)}
    cbel, cbev = col(bel), col(bev)
    hdr = ["Domein"] + (["Belemmerend"] if cbel is not None else []) + (["Bevorderend"] if cbev is not None else [])
    rows = [hdr]
    for d in domains:
        r = [d]
        if cbel is not None:
            r.append(cbel.get(d, ""))
        if cbev is not None:
            r.append(cbev.get(d, ""))
        rows.append(r)
    out = []
    done = False
    for s in secs:
        if s[0] in ("belemmerende_factoren", "bevorderende_factoren"):
            if not done:
                out.append(("factors", "Analyse: belemmerende en bevorderende factoren per domein",
                            [("table", rows, True)]))
                done = True
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------- DOCX
def _sdt_text(par, text):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    placeholder = text is None
    t = PH_WORD if placeholder else text
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Antwoord"/>'
           + ('<w:showingPlcHdr/>' if placeholder else '') + '<w:text w:multiLine="1"/></w:sdtPr>'
           f'<w:sdtContent><w:r>' + ('<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else '')
           + f'<w:t xml:space="preserve">{t}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def _sdt_check(par, checked, label):
    from docx.oxml import parse_xml
    W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    from docx.oxml.ns import nsdecls
    glyph = "☒" if checked else "☐"
    xml = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
           'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
           '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))
    par.add_run(" " + label)


def render_docx(d, title, secs, out, content_controls=False):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if d.layout != "vso-transitie" else "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    fp = sec.footer.paragraphs[0]
    if d.layout == "swv-numbered":
        hp.text = f"{d.swv} — format OPP, versie 2024-2"
        fp.text = f"OPP {d.name} — vertrouwelijk — {d.school}"
    elif d.layout == "factor-table":
        hp.text = f"{d.school} | Zorgteam"
        fp.text = "Dit document valt onder de privacyverklaring van de school."
    elif d.layout == "vso-transitie":
        hp.text = f"{d.school}, {d.place}  —  OPP/transitieplan"
        fp.text = "Format gebaseerd op het transitieplan van het samenwerkingsverband"
    else:
        hp.text = d.school
    if d.layout == "factor-table":
        secs = factor_merge(secs)
    doc.add_heading(title, level=0 if d.layout != "question-headings" else 1)
    if d.layout == "question-headings":
        doc.add_paragraph(f"Schooljaar {d.date.year if d.date.month >= 8 else d.date.year - 1}-"
                          f"{d.date.year + 1 if d.date.month >= 8 else d.date.year}")
    # personal data
    hf = d.header_fields()
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in hf:
        c = t.add_row().cells
        c[0].text = k
        if content_controls:
            _sdt_text(c[1].paragraphs[0], v)
        else:
            c[1].text = v
    doc.add_paragraph()
    n = 0
    for el, head, body in secs:
        n += 1
        h = f"{n}. {head}" if d.layout in ("swv-numbered", "vso-transitie") else head
        doc.add_heading(h, level=2 if d.layout != "question-headings" else 3)
        if not body and content_controls:
            _sdt_text(doc.add_paragraph(), "")
        for it in body:
            if isinstance(it, str):
                if content_controls:
                    _sdt_text(doc.add_paragraph(), it)
                else:
                    doc.add_paragraph(it)
            elif it[0] == "table":
                rows = it[1]
                tb = doc.add_table(rows=0, cols=len(rows[0]))
                tb.style = "Table Grid"
                for i, r in enumerate(rows):
                    cells = tb.add_row().cells
                    for j, v in enumerate(r):
                        cells[j].text = v
                        if i == 0 and it[2]:
                            for run in cells[j].paragraphs[0].runs:
                                run.bold = True
                doc.add_paragraph()
            elif it[0] == "rows":
                for a, b in it[1]:
                    doc.add_paragraph(f"{a}: {b}", style="List Bullet")
            elif it[0] == "cb":
                p = doc.add_paragraph()
                if content_controls:
                    _sdt_check(p, it[1], it[2])
                else:
                    p.add_run(("☒ " if it[1] else "☐ ") + it[2])
            elif it[0] == "sig":
                p = doc.add_paragraph()
                p.add_run(it[1] + ": ").bold = True
                if content_controls and it[2] is not None:
                    _sdt_text(p, it[2])
                elif content_controls:
                    _sdt_text(p, None)
                else:
                    p.add_run(it[2] if it[2] else BLANK)
            elif it[0] == "cc":
                _sdt_text(doc.add_paragraph(), it[1])
    doc.save(out)


# ---------------------------------------------------------------- ODT
def render_odt(d, title, secs, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Kop", family="paragraph")
    hs.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#2b5d3a"))
    hs.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    ts = Style(name="Titel", family="paragraph")
    ts.addElement(TextProperties(fontsize="22pt", fontweight="bold", color="#2b5d3a"))
    bs = Style(name="Vet", family="text")
    bs.addElement(TextProperties(fontweight="bold"))
    for s in (hs, ts, bs):
        doc.automaticstyles.addElement(s)
    doc.text.addElement(P(stylename=ts, text=f"{title} van {d.first}"))
    doc.text.addElement(P(text=f"{d.school} · {d.place} · in samenwerking met {d.swv}"))
    doc.text.addElement(P(text="Dit groeidocument groeit mee: het ontwikkelingsperspectief (hoofdstuk 4) is één onderdeel."))

    def table(rows):
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for r in rows:
            tr = TableRow()
            for v in r:
                c = TableCell()
                c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.text.addElement(t)
    table([list(x) for x in d.header_fields()])
    for el, head, body in secs:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=head))
        for it in body:
            if isinstance(it, str) or it[0] in ("cb", "sig", "cc", "rows"):
                for line in flat(it):
                    doc.text.addElement(P(text=line))
            elif it[0] == "table":
                table(it[1])
    doc.save(out)


# ---------------------------------------------------------------- reportlab
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
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVO", base + "DejaVuSans-Oblique.ttf"))
    _FONTS = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Scribble:
    """A handwritten-looking signature drawn with curves (for scans)."""
    def __init__(self, seed):
        self.seed = seed

    def flow(self):
        from reportlab.platypus import Flowable
        seed = self.seed

        class F(Flowable):
            def wrap(self, aw, ah):
                return (160, 26)

            def draw(self):
                r = random.Random(seed)
                c = self.canv
                c.setLineWidth(1.1)
                c.setStrokeColorRGB(0.05, 0.1, 0.45)
                x, y = 10, 10
                p = c.beginPath()
                p.moveTo(x, y)
                for i in range(7):
                    nx = x + r.uniform(12, 22)
                    p.curveTo(x + 4, y + r.uniform(6, 18), nx - 4, y - r.uniform(4, 12), nx, y + r.uniform(-3, 5))
                    x = nx
                c.drawPath(p, stroke=1, fill=0)
        return F()


def render_rl(d, title, secs, out, handwriting=False):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
    serif = d.layout == "letter"
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    small = d.layout in ("beknopt-form", "system-export")
    P = ParagraphStyle("p", fontName=fn, fontSize=8.5 if small else 10, leading=11 if small else 13.5, spaceAfter=3)
    H = ParagraphStyle("h", fontName=fb, fontSize=10 if small else 12, leading=14, spaceBefore=8, spaceAfter=3,
                       textColor=colors.HexColor("#1f3f66" if d.layout != "system-export" else "#333333"))
    T = ParagraphStyle("t", fontName=fb, fontSize=16, leading=20, spaceAfter=8)
    HW = ParagraphStyle("hw", fontName="DVO", fontSize=10, textColor=colors.HexColor("#1a2a70"))

    def items(body):
        fl = []
        for it in body:
            if isinstance(it, str):
                fl.append(Paragraph(esc(it), P))
            elif it[0] == "table":
                rows = [[Paragraph(esc(v), P) for v in r] for r in it[1]]
                tb = Table(rows, repeatRows=1)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(tb)
            elif it[0] == "sig" and handwriting and it[2] and it[2].startswith("(getekend)"):
                rest = it[2][len("(getekend)"):].strip()
                fl.append(Table([[Paragraph(esc(it[1]) + ":", P), Scribble(d.id + it[1]).flow(),
                                  Paragraph(esc(rest), P)]], colWidths=[4 * cm, 6 * cm, None]))
            elif it[0] == "sig" and handwriting and it[1] == "Datum" and it[2]:
                fl.append(Paragraph(esc(it[1]) + ": <font name='DVO' color='#1a2a70'>" + esc(it[2]) + "</font>", P))
            else:
                for line in flat(it):
                    fl.append(Paragraph(esc(line), P))
        return fl

    story = []
    if d.layout == "letter":
        story += [Paragraph(f"<b>{esc(d.school)}</b>", P), Paragraph(f"Schoolstraat 14, {d.place}", P), Spacer(1, 16),
                  Paragraph(f"Aan de ouders/verzorgers van {esc(d.name)}", P), Spacer(1, 10),
                  Paragraph(f"{d.place}, {dlong(d.date)}", P),
                  Paragraph(f"Betreft: ontwikkelingsperspectief van {esc(d.first)} ({esc(d.header_fields()[3][1])})", P),
                  Spacer(1, 8), Paragraph("Geachte ouders/verzorgers,", P), Spacer(1, 4)]
        for el, head, body in secs:
            intro = LETTER_INTRO.get(el)
            if el is None:
                story.append(Paragraph(f"<b>{esc(head)}</b>", P))
            elif el == "instemming_ouders":
                story.append(Spacer(1, 10))
                story.append(Paragraph("- - - - - - - - - - - - knippen - - - - - - - - - - - -", P))
                story.append(Paragraph(f"<b>Strookje retour: instemming met het handelingsdeel ({esc(d.name)})</b>", P))
            elif intro:
                story.append(Paragraph(esc(intro.format(n=d.first, d=dlong(d.d_oogo))), P))
            story += items(body)
        if not any(s[0] == "instemming_ouders" for s in secs):
            story += [Spacer(1, 8), Paragraph("Met vriendelijke groet,", P), Paragraph(esc(d.ib) + ", intern begeleider", P)]
    elif d.layout == "beknopt-form":
        story.append(Paragraph(esc(title) + f" — {esc(d.school)}", T))
        hf = d.header_fields()
        story.append(Table([[Paragraph(f"<b>{esc(k)}</b>", P), Paragraph(esc(v), P)] for k, v in hf],
                           colWidths=[5 * cm, None], style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
        story.append(Spacer(1, 8))
        rows = []
        for el, head, body in secs:
            rows.append([Paragraph(f"<b>{esc(head)}</b>", P), items(body) or Paragraph("", P)])
        tb = Table(rows, colWidths=[4 * cm, None])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1e6"))]))
        story.append(tb)
    else:
        story.append(Paragraph(esc(title), T))
        hf = d.header_fields()
        if d.layout == "system-export":
            story.append(Paragraph(f"Leerling-ID 0{zlib.crc32(d.id.encode()) % 900000 + 100000} · Status plan: "
                                   f"{'vastgesteld' if d.kind('vaststelling') == 'ok' else 'concept'}", P))
        story.append(Table([[Paragraph(esc(k), P), Paragraph(esc(v), P)] for k, v in hf], colWidths=[6 * cm, None],
                           style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
        n = 0
        for el, head, body in secs:
            n += 1
            h = f"{n}. {head}" if d.layout == "vso-transitie" else head
            block = [Paragraph(esc(h), H)] + items(body)
            if d.layout == "system-export" and not body:
                block.append(Paragraph("<i>(geen gegevens)</i>", P))
            story.append(KeepTogether(block))

    def deco(c, doc_):
        c.saveState()
        c.setFont("DV", 7.5)
        if d.layout == "system-export":
            c.drawString(2 * cm, A4[1] - 1.2 * cm, f"LVS-export · {d.school} · module Ontwikkelingsperspectief")
            c.drawString(2 * cm, 1.0 * cm, f"Afgedrukt op {dshort(d.d_sign)} 14:{doc_.page + 10:02d} door {d.ib}  —  "
                                           f"pagina {doc_.page}")
            c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, "Vertrouwelijk: niet verspreiden")
        elif d.layout == "beknopt-form":
            c.drawString(2 * cm, 1.0 * cm, f"{d.swv} · beknopt OPP · blad {doc_.page}")
        elif d.layout == "letter":
            c.drawString(2 * cm, 1.0 * cm, f"{d.school} · Schoolstraat 14 · {d.place} · tel. 0599-123456")
        else:
            c.drawString(2 * cm, 1.0 * cm, f"{d.school} — OPP {d.name} — p. {doc_.page}")
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=title or "Brief", author=d.school, invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- AcroForm
def render_acro(d, title, secs, out):
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    W, Hh = A4
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(title)
    form = c.acroForm
    y = Hh - 50

    def newpage():
        nonlocal y
        c.setFont("DV", 7)
        c.drawString(40, 25, f"Invulformulier OPP · {d.swv} · versie 3.1")
        c.showPage()
        y = Hh - 50

    c.setFont("DVB", 15)
    c.drawString(40, y, title)
    y -= 18
    c.setFont("DV", 8)
    c.drawString(40, y, "Vul alle velden digitaal in. Aankruisen wat van toepassing is.")
    y -= 20
    fid = 0
    for k, v in d.header_fields():
        c.setFont("DV", 8.5)
        c.drawString(40, y + 4, k)
        fid += 1
        form.textfield(name=f"f{fid}", value=v, x=220, y=y, width=330, height=15, fontName="Helvetica",
                       fontSize=8.5, borderWidth=0.5, borderColor=colors.grey, fillColor=colors.white)
        y -= 19
    y -= 6
    for el, head, body in secs:
        texts, checks, sigs = [], [], []
        for it in body:
            if isinstance(it, tuple) and it[0] == "cb":
                checks.append(it)
            elif isinstance(it, tuple) and it[0] == "sig":
                sigs.append(it)
            else:
                texts += flat(it)
        lines = []
        for t in texts:
            lines += textwrap.wrap(t, 105) or [""]
        need = 16 + (max(1, len(lines)) * 10 + 6 if (texts or not (checks or sigs)) else 0) + 16 * len(checks) + 19 * len(sigs)
        if y - need < 50:
            newpage()
        c.setFont("DVB", 9.5)
        c.drawString(40, y, head)
        y -= 6
        if texts or not (checks or sigs):
            h = max(1, len(lines)) * 10 + 6
            fid += 1
            form.textfield(name=f"f{fid}", value="\n".join(lines), x=40, y=y - h, width=515, height=h,
                           fontName="Helvetica", fontSize=8, borderWidth=0.5, borderColor=colors.grey,
                           fillColor=colors.white, fieldFlags="multiline")
            y -= h + 4
        for _, on, label in checks:
            fid += 1
            form.checkbox(name=f"c{fid}", checked=on, x=42, y=y - 14, size=11, buttonStyle="cross",
                          borderColor=colors.black, fillColor=colors.white)
            c.setFont("DV", 8.5)
            c.drawString(60, y - 11, label)
            y -= 16
        for _, label, val in sigs:
            c.setFont("DV", 8.5)
            c.drawString(42, y - 11, label)
            fid += 1
            form.textfield(name=f"f{fid}", value=val or "", x=220, y=y - 15, width=330, height=15,
                           fontName="Helvetica", fontSize=8.5, borderWidth=0.5, borderColor=colors.grey,
                           fillColor=colors.white)
            y -= 19
        y -= 8
    c.setFont("DV", 7)
    c.drawString(40, 25, f"Invulformulier OPP · {d.swv} · versie 3.1")
    c.save()


# ---------------------------------------------------------------- text
def render_txt(d, title, secs, out, md=False):
    L = []
    L += [d.school, f"Schoolstraat 14, {d.place}", "", f"Aan de ouders/verzorgers van {d.name}", "",
          f"{d.place}, {dlong(d.date)}", "", f"Betreft: ontwikkelingsperspectief (OPP) van {d.first}", "",
          "Beste ouders/verzorgers,", ""]
    if md:
        L = [f"# {d.school}", "", f"*{d.place}, {dlong(d.date)}*", "",
             f"**Betreft:** ontwikkelingsperspectief van {d.name}", "", "Beste ouders,", ""]
    for el, head, body in secs:
        if el is None:
            L += ["", ("## " if md else "") + head]
        elif el == "instemming_ouders":
            L += ["", "Met vriendelijke groet,", f"{d.ib}, intern begeleider", "", "-" * 60,
                  ("## " if md else "") + "Antwoordstrook: instemming met het handelingsdeel"]
        elif LETTER_INTRO.get(el):
            L.append(LETTER_INTRO[el].format(n=d.first, d=dlong(d.d_oogo)))
        for it in body:
            for line in flat(it):
                if md and line.startswith("☒"):
                    line = "- [x]" + line[1:]
                elif md and line.startswith("☐"):
                    line = "- [ ]" + line[1:]
                L += textwrap.wrap(line, 92, subsequent_indent="  " if line.startswith("-") else "") or [""]
        L.append("")
    if not any(s[0] == "instemming_ouders" for s in secs):
        L += ["Met vriendelijke groet,", f"{d.ib}, intern begeleider"]
    open(out, "w", encoding="utf-8").write("\n".join(L) + "\n")


# ---------------------------------------------------------------- scans
def make_scan(src, out, seed):
    from PIL import Image, ImageFilter, ImageDraw
    tmp = src[:-4]
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", src, tmp], check=True)
    pages = sorted(f for f in os.listdir(os.path.dirname(src)) if f.startswith(os.path.basename(tmp) + "-") and f.endswith(".png"))
    r = random.Random(seed)
    imgs = []
    for p in pages:
        im = Image.open(os.path.join(os.path.dirname(src), p)).convert("L")
        im = im.rotate(r.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=True, fillcolor=255)
        dr = ImageDraw.Draw(im)
        w, h = im.size
        for _ in range(2500):
            x, y = r.randrange(w), r.randrange(h)
            g = r.randrange(90, 200)
            dr.point((x, y), fill=g)
        for _ in range(3):
            x = r.randrange(w)
            dr.line([(x, 0), (x + r.randint(-4, 4), h)], fill=r.randrange(200, 235), width=1)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im)
    imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=110)
