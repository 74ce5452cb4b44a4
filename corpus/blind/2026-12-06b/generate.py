# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP set. Run: ../venv/bin/python generate.py
Needs python-docx, reportlab, Pillow; soffice and pdftoppm on PATH."""
import datetime as dt, json, os, random, shutil, subprocess, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ELS, label, d_nl, d_num, CUTOFF, text_for
from layouts import LAYOUTS, leaflet, newsletter, consent, X, O, head_data, joined

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "_build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

FIRST = [("Daan", "m"), ("Noor", "v"), ("Jesse", "m"), ("Fenna", "v"), ("Milan", "m"), ("Sanne", "v"), ("Ravi", "m"),
         ("Yara", "v"), ("Thijn", "m"), ("Lotte", "v"), ("Bram", "m"), ("Ilse", "v"), ("Kees", "m"), ("Mila", "v"),
         ("Owen", "m"), ("Zoë", "v"), ("Sem", "m"), ("Liv", "v"), ("Ayoub", "m"), ("Roos", "v"), ("Teun", "m"), ("Nova", "v")]
LAST = ["Verhoek", "Brandsma", "Wiegersma", "el Amrani", "van Dijkhuizen", "Hofstee", "Kuipers", "Terpstra", "de Moor",
        "Oosterlaar", "Lindeboom", "Smeding", "Bakkenes", "Vrolijk", "Haverkamp", "Tjalsma", "Zwanenburg", "Rietveld-Ooms"]
TOWNS = ["Veldhaven", "Oosterbroek", "Lindewaard", "Kerkmeer", "Zandlo", "Ruigewold", "Bremmerdijk"]
SCHOOLS = {"po": ["OBS De Wilgenhoek", "CBS Het Klaverveld", "Basisschool De Regenboogbrug", "IKC De Vlinderkamp"],
           "sbo": ["SBO De Kompasroos", "SBO Het Baken", "SBO De Rietkraag"],
           "so": ["SO De Zeilmaker", "SO Het Palet (cluster 4)", "SO De Lindenhof"],
           "vo": ["Stedelijk College Veldhaven", "Het Oosterbroek Lyceum", "CSG De Dijkstroom"],
           "pro": ["Praktijkschool Het Ambacht", "Praktijkcollege De Werkplaats"],
           "vso": ["VSO De Horizonbrug", "VSO Het Kompas", "VSO De Vaart"]}
STAFF = ["J. (Joke) Hiemstra", "M. van Zeijl", "R. Boersma", "A. Karaca", "P. de Groot-Wessels", "T. Nijhof", "E. Vos",
         "S. Mulder", "L. Bekkering", "H. Doornbos", "W. Schaap", "C. van Olst", "D. Roelofsen", "F. Appelhof"]
GROEP = {"po": ["groep 6", "groep 7", "groep 8"], "sbo": ["groep 7 (bovenbouw)", "groep 8"],
         "so": ["groep 6 (SO-midden)", "groep 8 (SO-boven)"], "vo": ["klas 2 havo", "klas 3 vmbo-tl", "klas 1 mavo/havo"],
         "pro": ["leerjaar 3", "leerjaar 4"], "vso": ["uitstroomgroep 3", "arbeidstraining 2", "dagbestedingsgroep B"]}
AGE = {"po": 10, "sbo": 11, "so": 10, "vo": 14, "pro": 16, "vso": 17}
QUOTES = [("Ik wil in een rustig lokaal mijn toetsen maken, in de klas hoor ik alles.",
           "de toetsen worden voortaan in het stiltelokaal afgenomen (zie ondersteuning)."),
          ("Ik wil later met dieren werken, niet in een winkel.",
           "de stage wordt gezocht bij een kinderboerderij in plaats van de supermarkt."),
          ("Rekenen vind ik het moeilijkst, maar ik wil niet uit de klas gehaald worden.",
           "de extra rekeninstructie wordt in de klas gegeven (pre-teaching) in plaats van buiten de groep."),
          ("Als ik boos word, wil ik zelf naar de time-outplek mogen gaan.",
           "er is een time-outkaart afgesproken die de leerling zelf mag gebruiken."),
          ("Ik wil graag koken, dat kan ik goed.",
           "de stage in leerjaar 4 wordt gezocht in de keuken van een restaurant, op verzoek van de leerling.")]


def ctx(i, stype, date, **kw):
    r = random.Random(1000 + i)
    vn, g = FIRST[i % len(FIRST)]
    an = LAST[(i * 7) % len(LAST)]
    age = AGE[stype] + (1 if kw.get("adult") or kw.get("curatele") else 0)
    if kw.get("adult") or kw.get("curatele"):
        age = 18
    dob = dt.date(date.year - age - (1 if date.month < 6 else 0), 1 + (i * 5) % 12, 1 + (i * 3) % 27)
    st = r.sample(STAFF, 4)
    o1 = r.choice(["mevrouw", "meneer"]) + " " + r.choice(["K.", "S.", "M.", "B.", "Y."]) + " " + an
    c = dict(i=i, vn=vn, an=an, full=f"{vn} {an}", hij="hij" if g == "m" else "zij", stype=stype, date=date,
             dob=dob, town=TOWNS[i % len(TOWNS)], school=SCHOOLS[stype][i % len(SCHOOLS[stype])],
             groep=r.choice(GROEP[stype]), mentor=st[0], ib=st[1], dir=st[2], rt=st[3], ortho="drs. N. Valkema",
             ouder1=o1, ouders=f"de ouders van {vn} ({o1} en partner)",
             swv=f"Samenwerkingsverband Passend Onderwijs {TOWNS[(i + 2) % len(TOWNS)]} e.o.",
             oogo=date - dt.timedelta(days=9 + i % 5), sign=date + dt.timedelta(days=4 + i % 6),
             eval=date + dt.timedelta(days=170 + i % 20), start=date + dt.timedelta(days=7),
             cvb=date - dt.timedelta(days=30 + i % 9), nf=3 + i % 3, y1=str(date.year - 1 - i % 2))
    d, ob = DEST[stype][kw.pop("dest", i) % len(DEST[stype])]
    c["dest"] = d
    c["onderb"] = ob.format(**c)
    qi = {"po": [0, 2, 3], "sbo": [2, 3, 0], "so": [3, 0, 2], "vo": [0, 2, 3], "pro": [4, 1, 3], "vso": [1, 4, 3]}[stype]
    q = QUOTES[qi[i % 3]]
    from content import FACTORS, FACTORS_B
    c["factors"] = FACTORS_B if i % 3 == 1 else FACTORS
    c["quote"], c["change"] = q
    c["curator"] = f"{o1} (curator)"
    c.update(kw)
    if c.get("revised"):
        c["eval"] = c["revised"] + dt.timedelta(days=175)
    return c


from content import DEST  # noqa: E402

# ---------------------------------------------------------------------------------------------
# renderers


def scribble_png(seed, path, w=360, h=90):
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    x, y = 15, h // 2
    pts = [(x, y)]
    for k in range(26):
        x += r.randint(6, 16)
        y = max(8, min(h - 8, y + r.randint(-28, 28)))
        pts.append((x, y))
    dr.line(pts, fill=20, width=3)
    dr.line([(20, h - 14), (w - 60, h - 18)], fill=40, width=2)
    im.save(path)
    return path


def render_docx(blocks, path, meta_date, cc_blocks=False):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.created = dt.datetime(meta_date.year, meta_date.month, meta_date.day, 9, 0)
    d.core_properties.modified = d.core_properties.created
    d.core_properties.author = "school"
    d.core_properties.title = "OPP"
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h":
            d.add_heading(b[2], b[1])
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bul":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [[a, v] for a, v in b[1]]
            if not rows:
                continue
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, v in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = v or ""
                    if (k == "table" and b[2] and ri == 0) or (k == "kv" and ci == 0):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.bold = True
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
        elif k == "sigimg":
            p = scribble_png(b[1], os.path.join(BUILD, f"sig{b[1]}.png"))
            d.add_paragraph("Handtekening " + b[2] + ":")
            d.add_picture(p, width=Cm(5))
        elif k == "ccbox":  # Word checkbox content control (w14)
            W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
            x = (f'<w:p {nsdecls("w")} xmlns:w14="{W14}"><w:sdt><w:sdtPr><w:tag w:val="akkoord"/><w14:checkbox>'
                 f'<w14:checked w14:val="{1 if b[1] else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                 '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r>'
                 f'<w:t>{X if b[1] else O}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> {b[2]}</w:t></w:r></w:p>')
            d.element.body.insert(len(d.element.body) - 1, parse_xml(x))
        elif k == "cc":  # content control (structured document tag)
            alias, text, ph = b[1], b[2], b[3]
            x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
                 + ('<w:showingPlcHdr/>' if ph else '') + '</w:sdtPr><w:sdtContent><w:p><w:r>'
                 + ('<w:rPr><w:color w:val="808080"/></w:rPr>' if ph else '')
                 + f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
            d.element.body.insert(len(d.element.body) - 1, parse_xml(x))
    d.save(path)


def render_txt(blocks, path, md=False):
    out = []
    foot = None
    for b in blocks:
        k = b[0]
        if k == "title":
            out += (["# " + b[1], ""] if md else [b[1].upper(), "=" * len(b[1]), ""])
        elif k == "h":
            out += ([("#" * (b[1] + 1)) + " " + b[2], ""] if md else [b[2], "-" * len(b[2])])
        elif k == "p":
            out += [b[1], ""]
        elif k == "bul":
            out += ["- " + t for t in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                out += [" | ".join(r) for r in rows]
            out.append("")
        elif k == "kv":
            out += [(f"**{a}:** {v}" if md else f"{a}: {v}") for a, v in b[1]] + [""]
        elif k == "pb":
            out.append("" if md else "\f")
        elif k == "footer":
            foot = b[1]
        elif k == "sigimg":
            out += ["[handtekening]", ""]
        elif k == "ccbox":
            out += [(X if b[1] else O) + " " + b[2], ""]
    if foot:
        out += ["", "-" * 40, foot]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    S = {"p": ParagraphStyle("p", parent=ss["Normal"], fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4),
         "t": ParagraphStyle("t", parent=ss["Title"], fontName="DVB", fontSize=16, leading=20, alignment=0),
         "h1": ParagraphStyle("h1", parent=ss["Heading2"], fontName="DVB", fontSize=12, leading=15, spaceBefore=8),
         "h2": ParagraphStyle("h2", parent=ss["Heading3"], fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6),
         "c": ParagraphStyle("c", parent=ss["Normal"], fontName="DV", fontSize=8.5, leading=10.5),
         "cb": ParagraphStyle("cb", parent=ss["Normal"], fontName="DVB", fontSize=8.5, leading=10.5)}
    return S


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def render_pdf(blocks, path, title="OPP"):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, PageBreak, Spacer, ListFlowable, ListItem
    from reportlab.graphics.shapes import Drawing, PolyLine, Line
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    S = rl_styles()
    foot = [b[1] for b in blocks if b[0] == "footer"]
    story = []
    W = A4[0] - 4 * cm
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), S["t"]))
        elif k == "h":
            story.append(Paragraph(esc(b[2]), S["h1" if b[1] == 1 else "h2"]))
        elif k == "p":
            story.append(Paragraph(esc(b[1]) or "&nbsp;", S["p"]))
        elif k == "bul":
            story.append(ListFlowable([ListItem(Paragraph(esc(t), S["p"])) for t in b[1]], bulletType="bullet", bulletFontName="DV"))
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [[a, v] for a, v in b[1]]
            if not rows:
                continue
            ncol = max(len(r) for r in rows)
            data = [[Paragraph(esc(v), S["cb"] if ((k == "table" and b[2] and ri == 0) or (k == "kv" and ci == 0)) else S["c"])
                     for ci, v in enumerate(r)] for ri, r in enumerate(rows)]
            cw = [W * 0.35, W * 0.65] if k == "kv" else [W / ncol] * ncol
            t = Table(data, colWidths=cw, minRowHeights=[16] * len(rows) if k == "kv" else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                                  + ([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))] if k == "table" and b[2] else [])))
            story += [t, Spacer(1, 6)]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "ccbox":
            story.append(Paragraph(esc((X if b[1] else O) + " " + b[2]), S["p"]))
        elif k == "sigimg":
            r = random.Random(b[1])
            dr = Drawing(200, 50)
            x, y, pts = 10, 25, []
            for j in range(24):
                pts += [x, y]
                x += r.randint(4, 10)
                y = max(5, min(45, y + r.randint(-16, 16)))
            dr.add(PolyLine(pts, strokeColor=colors.HexColor("#1a2a6c"), strokeWidth=1.4))
            dr.add(Line(5, 6, 190, 4, strokeColor=colors.black, strokeWidth=0.5))
            story += [Paragraph("Handtekening:", S["c"]), dr]

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        if foot:
            canv.drawString(2 * cm, 1.2 * cm, foot[0])
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {doc.page}")
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author="school", invariant=1)
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def render_form(c, V, path, blank=False):
    """G: beknopt OPP as a fillable PDF (AcroForm)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    rl_styles()
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle("Beknopt OPP - invulformulier")
    af = cv.acroForm
    Wp, Hp = A4
    y = Hp - 50

    def newpage():
        nonlocal y
        cv.showPage()
        y = Hp - 50

    def lab(t, size=9, font="DVB"):
        nonlocal y
        cv.setFont(font, size)
        cv.drawString(40, y, t)
        y -= 12

    def field(name, value, h=18):
        nonlocal y
        import textwrap
        if value and not blank:
            lines = []
            for part in value.split("\n"):
                lines += textwrap.wrap(part, 112) or [""]
            value = "\n".join(lines)
            if len(lines) > 1:
                h = max(h, 10 * len(lines) + 8)
        if y - h < 50:
            newpage()
        af.textfield(name=name, value="" if blank else (value or ""), x=40, y=y - h, width=Wp - 80, height=h,
                     fontName="Helvetica", fontSize=8, borderColor=colors.grey, fillColor=colors.white,
                     fieldFlags="multiline" if h > 20 else "", forceBorder=True)
        y -= h + 14

    def box(name, checked, text):
        nonlocal y
        if y < 60:
            newpage()
        af.checkbox(name=name, x=40, y=y - 11, size=11, checked=(checked and not blank), buttonStyle="cross",
                    borderColor=colors.black, fillColor=colors.white, forceBorder=True)
        cv.setFont("DV", 9)
        cv.drawString(58, y - 9, text)
        y -= 18

    cv.setFont("DVB", 15)
    cv.drawString(40, y, "Beknopt OPP (ontwikkelingsperspectiefplan)")
    y -= 16
    cv.setFont("DV", 8)
    cv.drawString(40, y, c["swv"] + " - invulformulier; vul alle velden in.")
    y -= 20

    def val(el):
        ps = text_for(el, V[el], c)
        return None if ps is None else "\n".join(ps)
    for nm, lbl, v in (("naam", "Naam leerling", c["full"]), ("geb", "Geboortedatum", d_num(c["dob"])),
                       ("school", "School / groep", c["school"] + ", " + c["groep"])):
        lab(lbl)
        field(nm, v)
    items = [("uitstroom", "1. Verwachte uitstroombestemming", "uitstroombestemming", 18),
             ("onderbouwing", "2. Onderbouwing", "onderbouwing", 48),
             ("belemmerend", "3a. Belemmerende factoren", "belemmerende_factoren", 48),
             ("bevorderend", "3b. Bevorderende factoren", "bevorderende_factoren", 48),
             ("behoeften", "4. Onderwijsbehoeften", "ondersteuningsbehoefte", 36),
             ("doelen", "5. Doelen", "doelen", 56),
             ("ondersteuning", "6. Te bieden ondersteuning (wie, wat, hoe vaak)", "ondersteuning", 64),
             ("advies", "7. Adviezen deskundigen", "adviezen_professionals", 44),
             ("leerling", "8. Inbreng leerling en wat ermee is gedaan", "inbreng_leerling", 36),
             ("oogo", "9. OOGO: datum en aanwezigen", "oogo", 30),
             ("evaluatie", "10. Evaluatie (datum, met wie)", "evaluatie", 26)]
    for nm, lbl, el, h in items:
        v = val(el)
        if v is None:
            continue
        nl = sum(max(1, -(-len(p) // 112)) for p in (v or "").split("\n"))
        if y - max(h, 10 * nl + 8) - 14 < 50:
            newpage()
        lab(lbl)
        field(nm, v, h)
    va = V["afwijkingen_onderwijsprogramma"]
    if va != "absent":
        lab("11. Afwijking van het onderwijsprogramma")
        box("afw_nee", va == "geen", "Nee, geen afwijking")
        box("afw_ja", va == "ok", "Ja, namelijk:")
        field("afw_tekst", text_for("afwijkingen_onderwijsprogramma", va, c)[0] if va not in ("ok", "geen") else
              (text_for("afwijkingen_onderwijsprogramma", "ok", c)[0] if va == "ok" else ""), 30)
    newpage()
    lab("12. Vaststelling", 11)
    vs = V["vaststelling"]
    lab("Vastgesteld door (naam directeur)", 9, "DV")
    field("vast_door", c["dir"])
    lab("Datum vaststelling", 9, "DV")
    field("vast_datum", "" if vs != "ok" else d_num(c["date"]))
    lab("13. Instemming ouders met het handelingsdeel", 11)
    cvar = V["instemming_ouders"]
    box("akkoord", cvar in ("tick", "sig", "protest", "voorgezien", "nodate"), "Ik ga akkoord met het handelingsdeel")
    box("niet_akkoord", cvar == "refused", "Ik ga niet akkoord met het handelingsdeel")
    nm, rol = (c["full"], "leerling") if c.get("adult") else (c["ouder1"], "ouder")
    filled = cvar not in ("unticked", "blank")
    lab("Naam ouder/verzorger", 9, "DV")
    field("ouder_naam", nm if filled else "")
    lab("Datum", 9, "DV")
    field("ouder_datum", d_num(c["sign"]) if filled and cvar != "nodate" else "")
    lab("Opmerking", 9, "DV")
    field("ouder_opm", {"protest": "onder protest getekend", "voorgezien": "voor gezien"}.get(cvar, ""), 30)
    if V["informatie_rechten"] != "absent":
        y -= 6
        lab("Uw rechten", 10)
        cv.setFont("DV", 8)
        txt = text_for("informatie_rechten", V["informatie_rechten"], c)[0] if not blank else \
            "Informatie over uw rechten: zie de achterzijde / schoolgids."
        import textwrap
        for line in textwrap.wrap(txt, 110):
            cv.drawString(40, y, line)
            y -= 11
    cv.showPage()
    cv.save()


def scan(pdf, out, seed, angle):
    from PIL import Image, ImageDraw, ImageFilter
    tmp = os.path.join(BUILD, f"scan{seed}")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["nice", "pdftoppm", "-r", "110", "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
    r = random.Random(seed)
    pages = []
    for fn in sorted(os.listdir(tmp)):
        if not fn.startswith("p"):
            continue
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        im = im.rotate(angle + r.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=False, fillcolor=235)
        dr = ImageDraw.Draw(im)
        w, h = im.size
        for _ in range(2500):
            x, yy = r.randrange(w), r.randrange(h)
            dr.point((x, yy), fill=r.choice([90, 140, 200]))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.point(lambda v: min(255, int(v * 0.93 + 12)))
        pages.append(im.convert("RGB"))
    import time
    fixed = time.gmtime(1796515200)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=110.0, creationDate=fixed, modDate=fixed,
                  producer="ScanStation 3", title="scan")


# ---------------------------------------------------------------------------------------------
D = dt.date


def V_of(**over):
    V = {el: "ok" for el in ELS}
    V["afwijkingen_onderwijsprogramma"] = "geen"
    V["instemming_ouders"] = "sig"
    V.update(over)
    return V


PRE = dict(inbreng_leerling="absent")  # plans set before 1-8-2025: no pupil section

# (name, layout, out format, school type, date, variants, ctx extras, note)
SPECS = [
    ("po-genummerd-compleet", "swv-genummerd", "pdf-soffice", "po", D(2025, 10, 14), V_of(), {}, "complete; signature table with w.g."),
    ("po-genummerd-gaten", "swv-genummerd", "docx", "po", D(2025, 11, 3),
     V_of(belemmerende_factoren="empty", doelen="ph", instemming_ouders="voorgezien"), {}, "belemmerende factoren heading empty; doelen placeholder; consent 'voor gezien'"),
    ("sbo-genummerd-2024", "swv-genummerd", "odt", "sbo", D(2024, 3, 12),
     V_of(informatie_rechten="absent", instemming_ouders="nodate", **PRE), {}, "pre-2025 plan (pupil input n/a); no rights text; signature without date"),
    ("vo-genummerd-protest", "swv-genummerd", "pdf-soffice", "vo", D(2025, 9, 22),
     V_of(onderbouwing="instr", adviezen_professionals="ref", instemming_ouders="protest", afwijkingen_onderwijsprogramma="ok"), {}, "template instruction left in onderbouwing; advice only 'zie verslag'; signed under protest"),
    ("so-genummerd-afwijking", "swv-genummerd", "docx", "so", D(2026, 1, 19),
     V_of(afwijkingen_onderwijsprogramma="ok", evaluatie="vague", instemming_ouders="tick"), {"cstyle": "tick"}, "own learning line; evaluation without when ('regelmatig'); tick-box consent ticked and signed"),
    ("vo-genummerd-contentcontrols", "swv-genummerd-cc", "docx", "vo", D(2025, 10, 16),
     V_of(ondersteuning="cc-ph"), {}, "Word content controls; handelingsdeel control still shows its placeholder 'Klik of tik om tekst in te voeren.'"),
    ("po-domeintabel-compleet", "domeintabel", "docx", "po", D(2025, 10, 1), V_of(instemming_ouders="tick"), {}, "complete; tick box akkoord ticked, signed, dated"),
    ("sbo-domeintabel-onaangevinkt", "domeintabel", "pdf-soffice", "sbo", D(2025, 11, 17),
     V_of(bevorderende_factoren="empty", instemming_ouders="unticked"), {}, "bevorderend column empty; consent boxes unticked, no name/date"),
    ("vo-domeintabel-geweigerd", "domeintabel", "docx", "vo", D(2024, 11, 5),
     V_of(ondersteuningsbehoefte="ph", instemming_ouders="refused", **PRE), {}, "pre-2025; needs placeholder; 'niet akkoord' ticked"),
    ("so-domeintabel-geen-oogo", "domeintabel", "pdf-soffice", "so", D(2026, 2, 2),
     V_of(oogo="absent", afwijkingen_onderwijsprogramma="ok", instemming_ouders="sig"), {"cstyle": "table"}, "no OOGO line at all; otherwise complete"),
    ("po-domeintabel-protest", "domeintabel", "odt", "po", D(2026, 3, 2),
     V_of(adviezen_professionals="ph", instemming_ouders="protest", afwijkingen_onderwijsprogramma="absent"), {}, "advice placeholder; consent ticked but 'onder protest'; afwijkingen section absent (silence)"),
    ("po-groeidocument-compleet", "groeidocument", "odt", "po", D(2025, 12, 8), V_of(instemming_ouders="digital"), {}, "groeidocument, OPP chapter 4; digital approval line"),
    ("sbo-groeidocument-deels", "groeidocument", "pdf-soffice", "sbo", D(2025, 6, 10),
     V_of(uitstroombestemming="ph", instemming_ouders="partial", afwijkingen_onderwijsprogramma="ok", **PRE), {}, "pre-2025; uitstroom placeholder; partial consent (not the vrijstelling)"),
    ("vo-groeidocument-alleen-school", "groeidocument", "docx", "vo", D(2026, 3, 9),
     V_of(inbreng_leerling="viewonly", instemming_ouders="schoolonly"), {}, "pupil's view quoted without what it changed; only school signed"),
    ("po-groeidocument-herzien", "groeidocument", "pdf-soffice", "po", D(2025, 2, 11),
     V_of(), {"revised": D(2025, 10, 20)}, "set Feb 2025 but revised Oct 2025 (revision noted in evaluation) -> pupil input required; present"),
    ("so-groeidocument-cvb", "groeidocument", "docx", "so", D(2025, 12, 18), V_of(), {}, "so groeidocument, CvB advice; complete"),
    ("vso-profiel-meerderjarig", "vso-profiel", "pdf", "vso", D(2025, 10, 6), V_of(instemming_ouders="sig", inbreng_leerling="absent"),
     {"adult": True, "dest": 2}, "adult handelingsbekwaam pupil signs himself; pupil input n/a; complete"),
    ("vso-profiel-curatele", "vso-profiel", "docx", "vso", D(2025, 11, 24), V_of(), {"curatele": True, "dest": 0},
     "18+, under curatele: curator signs (present); pupil input required and present"),
    ("vso-profiel-dagbesteding-blanco", "vso-profiel", "pdf", "vso", D(2026, 1, 12),
     V_of(adviezen_professionals="ref", instemming_ouders="blank"), {"dest": 1}, "dagbesteding; CvB advice only 'zie verslag'; blank signature table"),
    ("so-profiel-2024", "vso-profiel", "pdf", "so", D(2024, 9, 30), V_of(**PRE), {"img": True}, "pre-2025 so plan, complete; drawn signature"),
    ("vso-profiel-brief-instemming", "vso-profiel", "docx", "vso", D(2025, 9, 15),
     V_of(belemmerende_factoren="ref", afwijkingen_onderwijsprogramma="ok", instemming_ouders="letter"), {"dest": 0}, "belemmerend 'zie bijlage 2'; reduced hours; consent as letter"),
    ("vso-profiel-verkeerde-ondertekenaar", "vso-profiel", "pdf", "vso", D(2025, 12, 1),
     V_of(instemming_ouders="wrongparty", inbreng_leerling="absent"), {"adult": True, "dest": 2}, "adult handelingsbekwaam pupil, but only mother signed; pupil's line blank -> incomplete"),
    ("pro-iop-compleet", "pro-iop", "odt", "pro", D(2025, 10, 27), V_of(), {"stage": "hoveniersbedrijf Groenrijk, 2 dagen"}, "complete IOP"),
    ("pro-iop-avg", "pro-iop", "txt", "pro", D(2026, 1, 26),
     V_of(doelen="ph", instemming_ouders="avgonly"), {}, "doelen placeholder; AVG photo consent signed but no OPP consent"),
    ("pro-iop-2024-handelingsplan", "pro-iop", "pdf", "pro", D(2024, 10, 14),
     V_of(ondersteuning="ref", instemming_ouders="tick", **PRE), {"cstyle": "tick"}, "pre-2025; support only 'zie handelingsplan'"),
    ("pro-iop-geen-evaluatie", "pro-iop", "docx", "pro", D(2025, 11, 10),
     V_of(evaluatie="absent", informatie_rechten="absent", instemming_ouders="digital"), {}, "no evaluation, no rights; digital approval"),
    ("po-mentorbrief-compleet", "mentorbrief-proza", "txt", "po", D(2025, 10, 30), V_of(instemming_ouders="letter"), {}, "prose letter; reply strip signed"),
    ("vo-mentorbrief-stilte", "mentorbrief-proza", "docx", "vo", D(2025, 11, 21),
     V_of(bevorderende_factoren="absent", afwijkingen_onderwijsprogramma="absent", instemming_ouders="nodate"), {"cstyle": "table"}, "no positive factors, silent on deviations; signed without date"),
    ("sbo-mentorbrief-2024", "mentorbrief-proza", "pdf", "sbo", D(2024, 5, 21), V_of(instemming_ouders="letter", **PRE), {}, "pre-2025 prose letter, complete"),
    ("vo-mentorbrief-voorgezien", "mentorbrief-proza", "txt", "vo", D(2026, 2, 16),
     V_of(inbreng_leerling="viewonly", instemming_ouders="voorgezien"), {"cstyle": "tick"}, "pupil view without effect; 'voor gezien'"),
    ("po-formulier-compleet", "beknopt-formulier", "pdf-form", "po", D(2025, 10, 9), V_of(instemming_ouders="tick"), {}, "fillable form, filled, akkoord box checked"),
    ("vo-formulier-onaangevinkt", "beknopt-formulier", "pdf-form", "vo", D(2025, 12, 15),
     V_of(doelen="empty", instemming_ouders="unticked"), {}, "doelen field empty; consent boxes unchecked, no name/date"),
    ("so-formulier-geweigerd", "beknopt-formulier", "pdf-form", "so", D(2024, 12, 2),
     V_of(onderbouwing="ph", instemming_ouders="refused", **PRE), {}, "pre-2025; onderbouwing placeholder; 'niet akkoord' checked"),
    ("po-export-compleet", "systeemexport", "txt", "po", D(2025, 11, 12), V_of(instemming_ouders="digital"), {}, "system export, complete"),
    ("vo-export-instructies", "systeemexport", "pdf", "vo", D(2026, 1, 8),
     V_of(ondersteuningsbehoefte="instr", doelen="instr", instemming_ouders="blank"), {"cstyle": "table"}, "template instructions left in needs and goals; empty signature row"),
    ("sbo-export-2025-voorjaar", "systeemexport", "txt", "sbo", D(2025, 3, 17), V_of(adviezen_professionals="absent", **PRE), {"cstyle": "table"}, "pre-2025; no advice field"),
    ("pro-export-zonder-datum", "systeemexport", "pdf", "pro", D(2025, 10, 13),
     V_of(vaststelling="nodate", instemming_ouders="schoolonly"), {"cstyle": "table"}, "vaststelling without date; only school signed"),
    ("po-vragen-compleet", "vraagkoppen", "md", "po", D(2025, 11, 26), V_of(instemming_ouders="tick"), {}, "question headings, complete"),
    ("vo-vragen-deels", "vraagkoppen", "pdf-soffice", "vo", D(2026, 2, 23),
     V_of(uitstroombestemming="instr", instemming_ouders="partial", afwijkingen_onderwijsprogramma="ok"), {"cstyle": "table"}, "uitstroom instruction left in; partial consent"),
    ("sbo-vragen-schoolgids", "vraagkoppen", "docx", "sbo", D(2025, 9, 8),
     V_of(evaluatie="ph", informatie_rechten="ref", oogo="vague"), {}, "evaluation placeholder; rights 'zie de schoolgids'; OOGO 'ouders zijn op de hoogte'"),
    ("sbo-genummerd-checkbox-cc", "swv-genummerd", "docx", "sbo", D(2025, 11, 20),
     V_of(afwijkingen_onderwijsprogramma="ok"), {"cstyle": "ccbox"}, "consent as Word checkbox content controls (w14), akkoord checked, name and date filled; complete"),
    ("vso-groeidocument-arbeid", "groeidocument", "odt", "vso", D(2026, 1, 29),
     V_of(adviezen_professionals="absent", instemming_ouders="digital"), {"dest": 0}, "vso groeidocument; no advice of CvB or experts at all; digital approval"),
    ("po-vragen-avg", "vraagkoppen", "pdf", "po", D(2025, 9, 29),
     V_of(evaluatie="absent", instemming_ouders="avgonly"), {}, "no evaluation; only AVG/photo consent signed, no OPP consent"),
    ("vo-genummerd-onaangevinkt-cc", "swv-genummerd", "docx", "vo", D(2026, 2, 9),
     V_of(instemming_ouders="unticked", doelen="vague"), {"cstyle": "ccbox"}, "checkbox content controls both unchecked, no name/date; vague goals"),
    ("po-export-geen-uitstroom", "systeemexport", "txt", "po", D(2025, 12, 3),
     V_of(uitstroombestemming="absent", onderbouwing="absent", inbreng_leerling="absent"), {}, "export without perspective fields (no destination, no reasoning) and no pupil input; digital approval"),
    ("pro-iop-geen-doelen", "pro-iop", "pdf", "pro", D(2025, 12, 8),
     V_of(doelen="absent", vaststelling="absent", informatie_rechten="ph"), {"cstyle": "table"}, "no goals, no vaststelling; rights 'nog aanvullen'-type placeholder"),
    ("sbo-genummerd-zonder-handelingsdeel", "swv-genummerd", "pdf-soffice", "sbo", D(2026, 2, 12),
     V_of(ondersteuning="absent", afwijkingen_onderwijsprogramma="ph"), {}, "no support section at all; deviations placeholder"),
    ("so-vragen-geen-stem", "vraagkoppen", "md", "so", D(2025, 10, 22),
     V_of(inbreng_leerling="absent", bevorderende_factoren="ph", oogo="ph"), {}, "post-2025 plan without pupil input; positive factors and OOGO placeholders"),
    ("vo-domeintabel-ja-leeg", "domeintabel", "docx", "vo", D(2025, 11, 5),
     V_of(afwijkingen_onderwijsprogramma="empty", vaststelling="nodate"), {}, "deviation question with both boxes unticked and nothing after 'Ja, namelijk:'; vaststelling without date"),
    ("vso-profiel-geen-onderbouwing", "vso-profiel", "docx", "vso", D(2026, 3, 16),
     V_of(onderbouwing="absent", belemmerende_factoren="absent", ondersteuningsbehoefte="ref"), {"dest": 1}, "dagbesteding profile without reasoning or hindering factors; needs 'zie groeidocument'"),
    ("po-groeidocument-ondersteuning-leeg", "groeidocument", "pdf-soffice", "po", D(2025, 9, 30),
     V_of(ondersteuning="empty", informatie_rechten="ph"), {}, "chapter 4.4 handelingsdeel heading with nothing under it; rights placeholder"),
    ("vo-mentorbrief-geen-behoeften", "mentorbrief-proza", "docx", "vo", D(2026, 1, 21),
     V_of(ondersteuningsbehoefte="absent", belemmerende_factoren="absent", uitstroombestemming="ph"), {}, "prose letter: destination 'n.t.b.'-type placeholder, no needs, no hindering factors; reply-slip consent"),
    # scans
    ("scan-po-genummerd", "swv-genummerd", "scan", "po", D(2025, 10, 20), V_of(), {"img": True}, "scan; complete; handwritten-style signature"),
    ("scan-vso-profiel-blanco", "vso-profiel", "scan", "vso", D(2025, 11, 3),
     V_of(instemming_ouders="blank", oogo="absent"), {"dest": 0}, "scan; blank signature table; no OOGO"),
    ("scan-sbo-mentorbrief-2024", "mentorbrief-proza", "scan", "sbo", D(2024, 6, 18), V_of(**PRE), {"cstyle": "table", "img": True}, "scan of pre-2025 prose letter, signed"),
    ("scan-vo-domeintabel-zonder-datum", "domeintabel", "scan", "vo", D(2025, 12, 10),
     V_of(instemming_ouders="nodate", afwijkingen_onderwijsprogramma="ok"), {"img": True}, "scan; ticked and signed, date empty"),
]


def build_blocks(layout, c, V):
    if layout == "swv-genummerd-cc":
        return None
    B = LAYOUTS[layout](c, V)
    if c.get("revised"):
        B.insert(2, ("p", f"Oorspronkelijk vastgesteld {d_nl(c['date'])}; bijgesteld na evaluatie op {d_nl(c['revised'])}, met inbreng van {c['vn']}."))
    return B


def xesc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cc_doc(c, V, path):
    """Numbered layout where every section body is a Word content control."""
    B = [("title", "Ontwikkelingsperspectiefplan"), ("p", c["swv"]), ("kv", head_data(c))]
    secs = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
            ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen deskundigen"),
            ("inbreng_leerling", "Inbreng leerling"), ("doelen", "Doelen"), ("ondersteuning", "Te bieden ondersteuning"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("evaluatie", "Evaluatie"),
            ("oogo", "OOGO"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten van ouders")]
    for n, (el, h) in enumerate(secs, 1):
        B.append(("h", 1, f"{n}. {h}"))
        if V[el] == "cc-ph":
            B.append(("cc", el, "Klik of tik om tekst in te voeren.", True))
        else:
            B.append(("cc", el, xesc(" ".join(text_for(el, V[el], c))), False))
    B.append(("h", 1, "15. Ondertekening"))
    B += consent(V["instemming_ouders"], c, "table")
    render_docx(B, path, c["date"])


def nonopp_specs():
    c = ctx(90, "po", D(2025, 12, 12))
    return c


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    entries, soffice_pdf, soffice_odt, scans = [], [], [], []
    for i, (name, layout, fmt, st, date, V, extra, note) in enumerate(SPECS):
        c = ctx(i, st, date, **copy.deepcopy(extra))
        V = dict(V)
        c["vast_var"] = V["vaststelling"]
        lab = label(c, {k: ("ph" if v == "cc-ph" else v) for k, v in V.items()})
        ext = {"pdf-soffice": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt",
               "txt": "txt", "md": "md"}[fmt]
        out = os.path.join(DOCS, f"{name}.{ext}")
        if layout == "swv-genummerd-cc":
            cc_doc(c, V, out)
        elif layout == "beknopt-formulier":
            render_form(c, V, out)
        else:
            B = build_blocks(layout, c, V)
            if fmt == "docx":
                render_docx(B, out, date)
            elif fmt in ("pdf-soffice", "odt"):
                src = os.path.join(BUILD, f"{name}.docx")
                render_docx(B, src, date)
                (soffice_pdf if fmt == "pdf-soffice" else soffice_odt).append(src)
            elif fmt == "pdf":
                render_pdf(B, out)
            elif fmt in ("txt", "md"):
                render_txt(B, out, md=(fmt == "md"))
            elif fmt == "scan":
                src = os.path.join(BUILD, f"{name}.pdf")
                render_pdf(B, src)
                scans.append((src, out, i))
        acc = []
        if fmt == "scan":
            acc = ["instemming_ouders"]
        elif c.get("img") and V["instemming_ouders"] in ("sig", "tick", "nodate"):
            acc = ["instemming_ouders"]
        entries.append({"file": f"docs/{name}.{ext}", "format": ext, "layout": layout.replace("-cc", ""),
                        "school_type": st, "scanned": fmt == "scan", "elements": lab, "accept_unclear": acc,
                        "notes": f"{layout}; {fmt}; plan date {date.isoformat()}; " + note})
    # documents that are not OPPs
    cn = ctx(90, "po", D(2025, 12, 12))
    render_pdf(leaflet(cn), os.path.join(DOCS, "folder-wat-is-een-opp.pdf"), title="Folder OPP")
    render_txt(newsletter(cn), os.path.join(DOCS, "nieuwsbrief-december.txt"))
    allmiss = {el: "missing" for el in ELS}
    entries.append({"file": "docs/folder-wat-is-een-opp.pdf", "format": "pdf", "layout": "folder-ouders", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "not an OPP: parents' leaflet explaining what an OPP contains; every element missing"})
    entries.append({"file": "docs/nieuwsbrief-december.txt", "format": "txt", "layout": "nieuwsbrief", "school_type": "none",
                    "scanned": False, "elements": dict(allmiss), "accept_unclear": [],
                    "notes": "not an OPP: school newsletter mentioning OPPs; every element missing"})
    # blank formats
    cb = ctx(91, "po", D(2025, 9, 1))
    Vb = {el: "empty" for el in ELS}
    Vb["instemming_ouders"] = "blank"
    Vb["inbreng_leerling"] = "empty"
    for el in ("oogo", "evaluatie", "vaststelling"):
        Vb[el] = "empty"
    Bb = LAYOUTS["domeintabel"](cb, Vb, blank=True)
    # strip the rights text to a heading-less state: blank format keeps its empty fields only
    render_docx(Bb, os.path.join(DOCS, "blanco-format-domeintabel.docx"), cb["date"])
    lb = {el: "incomplete" for el in ELS}
    lb["informatie_rechten"] = "incomplete"
    entries.append({"file": "docs/blanco-format-domeintabel.docx", "format": "docx", "layout": "domeintabel (blanco)",
                    "school_type": "none", "scanned": False, "elements": lb, "accept_unclear": [],
                    "notes": "blank format: every field present and empty (afwijkingen both boxes unticked; consent row empty; rights line 'Let op:' with nothing after it) -> incomplete everywhere"})
    cf = ctx(92, "po", D(2025, 9, 1))
    Vf = V_of(informatie_rechten="ok")
    render_form(cf, Vf, os.path.join(DOCS, "blanco-formulier-beknopt.pdf"), blank=True)
    lf = {el: "incomplete" for el in ELS}
    lf["informatie_rechten"] = "incomplete"
    entries.append({"file": "docs/blanco-formulier-beknopt.pdf", "format": "pdf", "layout": "beknopt-formulier (blanco)",
                    "school_type": "none", "scanned": False, "elements": lf, "accept_unclear": [],
                    "notes": "blank fillable form: all fields empty, boxes unchecked; rights only 'zie de achterzijde / schoolgids' -> incomplete"})
    # soffice conversions, one call per target, niced
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    for lst, tgt in ((soffice_pdf, "pdf"), (soffice_odt, "odt")):
        if lst:
            subprocess.run(["nice", "-n", "15", "soffice", f"-env:UserInstallation={prof}", "--headless",
                            "--convert-to", tgt, "--outdir", DOCS] + lst, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for src, out, i in scans:
        scan(src, out, 500 + i, [0.8, -0.6, 1.1, -0.9][i % 4])
    for e in entries:
        assert os.path.exists(os.path.join(HERE, e["file"])), e["file"]
        assert set(e["elements"]) == set(ELS)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
