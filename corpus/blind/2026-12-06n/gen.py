# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP set 2026-12-06n.  Run: ../venv/bin/python gen.py"""
import json
import os
import random
import shutil
import subprocess
from datetime import date as D

from content import ELEMENTS, CUTOFF, make_pupil, variant, fmt, is_post
from layouts import LAYOUTS
import render as R

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
BUILD = R.BUILD

# id, layout, format, school type, plan date, gaps {element: variant}, options
# formats: docx | odt | txt | md | pdf-rl (reportlab) | pdf-lo (docx->pdf via LibreOffice) | pdf-lo-odt | pdf-form | scan-lo | scan-rl
SPECS = [
    # ---- complete, terse plans
    (1, "swv-genummerd", "pdf-lo", "po", D(2025, 10, 7), {}, {}),
    (2, "tweekoloms-tabel", "docx", "sbo", D(2024, 11, 12), {}, {}),
    (3, "domeintabel", "pdf-lo", "so", D(2025, 11, 18), {}, {}),
    (4, "vraagkoppen", "odt", "vo", D(2026, 1, 20), {"afwijkingen_onderwijsprogramma": "nvt"}, {}),
    (5, "briefvorm", "pdf-rl", "pro", D(2025, 9, 30), {"afwijkingen_onderwijsprogramma": "nvt_short", "ondersteuning": "table_ok"}, {}),
    (6, "systeemexport", "txt", "vso", D(2025, 10, 14), {}, {"adult": "bekwaam"}),
    (7, "invulformulier-pdf", "pdf-form", "po", D(2025, 3, 11), {"inbreng_leerling": "absent"}, {}),
    (8, "docx-inhoudsbesturingselementen", "docx", "vso", D(2026, 2, 3), {}, {"adult": "curatele"}),
    (9, "groeidocument", "odt", "sbo", D(2025, 12, 9), {}, {}),
    (10, "beknopt-opp", "pdf-rl", "vo", D(2025, 9, 16), {"inbreng_leerling": "short_ok", "informatie_rechten": "short_ok", "vaststelling": "no_who"}, {}),
    (11, "briefvorm", "txt", "so", D(2025, 5, 20), {"inbreng_leerling": "absent"}, {}),
    (12, "tweekoloms-tabel", "odt", "pro", D(2026, 3, 10), {"afwijkingen_onderwijsprogramma": "reduced_hours", "instemming_ouders": "stated_ok"}, {}),
    (13, "vraagkoppen", "md", "po", D(2025, 11, 4), {}, {}),
    (14, "swv-genummerd", "docx", "vso", D(2025, 6, 17), {"inbreng_leerling": "absent", "afwijkingen_onderwijsprogramma": "nvt"}, {}),
    (15, "systeemexport", "pdf-rl", "vo", D(2026, 1, 13), {}, {}),
    (16, "beknopt-opp", "docx", "so", D(2025, 10, 28), {}, {}),
    (17, "swv-genummerd", "scan-lo", "po", D(2025, 11, 25), {"afwijkingen_onderwijsprogramma": "nvt"}, {}),
    # ---- plans with gaps that look filled
    (18, "tweekoloms-tabel", "docx", "po", D(2025, 10, 21), {"belemmerende_factoren": "restate", "doelen": "restate"}, {}),
    (19, "swv-genummerd", "pdf-lo", "sbo", D(2025, 11, 11), {"onderbouwing": "misplaced_goals"}, {}),
    (20, "domeintabel", "pdf-lo", "vo", D(2025, 9, 23), {"ondersteuning": "table_first_row"}, {}),
    (21, "vraagkoppen", "odt", "pro", D(2025, 10, 2), {"onderbouwing": "ref_vorig", "adviezen_professionals": "ref_groei"}, {}),
    (22, "briefvorm", "pdf-rl", "po", D(2025, 12, 2), {"uitstroombestemming": "range"}, {}),
    (23, "systeemexport", "txt", "sbo", D(2026, 1, 27), {"uitstroombestemming": "onbekend", "evaluatie": "vague"}, {}),
    (24, "swv-genummerd", "docx", "so", D(2025, 11, 19), {"evaluatie": "vague", "inbreng_leerling": "niet_gesproken"}, {}),
    (25, "tweekoloms-tabel", "odt", "vo", D(2025, 10, 9), {"inbreng_leerling": "niet_gesproken"}, {}),
    (26, "beknopt-opp", "pdf-rl", "pro", D(2026, 2, 17), {"instemming_ouders": "names_only"}, {}),
    (27, "domeintabel", "odt", "po", D(2025, 9, 9), {"instemming_ouders": "avg_only"}, {}),
    (28, "groeidocument", "pdf-lo", "sbo", D(2025, 10, 15), {"instemming_ouders": "avg_nosection", "oogo": "ref_conform"}, {}),
    (29, "vraagkoppen", "pdf-lo-odt", "vso", D(2025, 11, 26), {"uitstroombestemming": "range_vso", "adviezen_professionals": "cvb_no_content"}, {}),
    (30, "docx-inhoudsbesturingselementen", "docx", "so", D(2025, 12, 16), {"ondersteuning": "empty", "doelen": "empty"}, {}),
    (31, "briefvorm", "txt", "vo", D(2025, 9, 2), {"oogo": "no_when", "instemming_ouders": "voor_gezien"}, {}),
    (32, "systeemexport", "pdf-rl", "pro", D(2025, 10, 30), {"ondersteuning": "need_only", "bevorderende_factoren": "misplaced_hinder"}, {}),
    (33, "beknopt-opp", "docx", "po", D(2025, 2, 11), {"afwijkingen_onderwijsprogramma": "nvt_contra", "instemming_ouders": "onder_protest"}, {}),
    (34, "invulformulier-pdf", "pdf-form", "sbo", D(2025, 11, 13), {"doelen": "empty", "evaluatie": "empty", "instemming_ouders": "school_only"}, {}),
    (35, "tweekoloms-tabel", "docx", "vso", D(2025, 10, 7), {"instemming_ouders": "adult_parents_only"}, {"adult": "bekwaam"}),
    (36, "groeidocument", "odt", "vso", D(2026, 1, 14), {"instemming_ouders": "curatele_pupil_only", "inbreng_leerling": "no_effect"}, {"adult": "curatele"}),
    (37, "vraagkoppen", "odt", "so", D(2025, 4, 8), {"ondersteuning": "basis", "doelen": "vague"}, {}),
    (38, "swv-genummerd", "pdf-lo", "vo", D(2026, 2, 24), {"informatie_rechten": "schoolgids", "vaststelling": "no_date"}, {}),
    (39, "domeintabel", "pdf-lo", "pro", D(2025, 12, 11), {"bevorderende_factoren": "dash"}, {}),
    (40, "systeemexport", "txt", "po", D(2025, 10, 1), {"ondersteuningsbehoefte": "restate", "uitstroombestemming": "onbekend_later"}, {}),
    (41, "briefvorm", "pdf-rl", "sbo", D(2025, 11, 20), {"instemming_ouders": "refused"}, {}),
    (42, "tweekoloms-tabel", "odt", "so", D(2025, 9, 25), {"belemmerende_factoren": "misplaced_needs", "ondersteuningsbehoefte": "ref_groei"}, {}),
    (43, "docx-inhoudsbesturingselementen", "docx", "vo", D(2025, 10, 16), {"instemming_ouders": "avg_only", "afwijkingen_onderwijsprogramma": "absent"}, {}),
    (44, "swv-genummerd", "docx", "pro", D(2025, 3, 25), {"inbreng_leerling": "absent"}, {"revised": D(2025, 10, 14)}),
    (45, "systeemexport", "pdf-rl", "vso", D(2025, 11, 5), {"uitstroombestemming": "dots", "onderbouwing": "dots"}, {}),
    (46, "groeidocument", "pdf-lo", "po", D(2025, 12, 4), {"doelen": "table_first_row", "instemming_ouders": "no_date"}, {}),
    (47, "vraagkoppen", "md", "sbo", D(2025, 6, 10), {"oogo": "uitnodiging", "evaluatie": "no_parents"}, {}),
    (48, "invulformulier-pdf", "pdf-form", "vo", D(2026, 1, 22), {"inbreng_leerling": "niet_gesproken", "uitstroombestemming": "ntb"}, {}),
    (49, "briefvorm", "scan-rl", "so", D(2025, 10, 20), {"instemming_ouders": "partial", "adviezen_professionals": "zie_verslag"}, {}),
    (50, "beknopt-opp", "scan-rl", "pro", D(2026, 2, 5), {"evaluatie": "vague", "onderbouwing": "dest_only"}, {}),
    (51, "domeintabel", "docx", "vso", D(2025, 9, 18), {"inbreng_leerling": "no_effect", "afwijkingen_onderwijsprogramma": "nvt_contra"}, {}),
    (52, "docx-inhoudsbesturingselementen", "docx", "po", D(2025, 11, 27), {"vaststelling": "ntb", "oogo": "volgt", "instemming_ouders": "names_only"}, {}),
    (53, "groeidocument", "docx", "vo", D(2025, 5, 13), {"onderbouwing": "aanvullen", "bevorderende_factoren": "absent"}, {}),
    (54, "tweekoloms-tabel", "pdf-lo", "sbo", D(2026, 3, 3), {"ondersteuning": "ref_conform", "uitstroombestemming": "nvt"}, {}),
]

CONTRA = "Rekenen: eigen leerlijn met einddoel 1F; vrijstelling voor Frans (extra leestijd in die uren)."

GAPNOTE = {
    "restate": "only restates its heading", "misplaced_goals": "goals written under this heading",
    "misplaced_hinder": "hindering factors written under this heading", "misplaced_needs": "support needs written under this heading",
    "misplaced_dest": "destination written under this heading", "table_first_row": "table with headers, only first row partly filled",
    "ref_vorig": "'zie vorig OPP'", "ref_groei": "'zie groeidocument'", "ref_conform": "'conform afspraken'",
    "range": "wide range vmbo-basis t/m havo", "range_vso": "all three vso profiles named", "onbekend": "'nog niet bekend'",
    "onbekend_later": "deferred to groep 8, 'nog niet bekend'", "nvt": "'n.v.t.'", "vague": "vague (no moment/parents or not checkable)",
    "niet_gesproken": "'leerling is niet gesproken'", "no_effect": "pupil's view without what it changed",
    "names_only": "typed names, no signature, no date", "avg_only": "AVG box ticked and signed, plan consent box unticked",
    "avg_nosection": "only AVG consent, no consent on the plan", "voor_gezien": "signed 'voor gezien'",
    "onder_protest": "signed 'onder protest'", "refused": "'niet akkoord' ticked", "partial": "partial consent",
    "school_only": "signed by school only, blank parent line", "no_date": "no date", "adult_parents_only": "adult capable pupil: only parent signed",
    "curatele_pupil_only": "pupil under curatele signed, curator line blank", "empty": "heading/field with nothing under it",
    "dots": "'...'", "ntb": "'n.t.b.'", "aanvullen": "'nog aanvullen'", "volgt": "'volgt na overleg'",
    "need_only": "only the need, no concrete help", "basis": "refers to basisondersteuning in SOP only",
    "zie_verslag": "'zie verslag' without the advice", "cvb_no_content": "CvB 'heeft advies uitgebracht' without the advice",
    "no_when": "'met ouders besproken' without when", "uitnodiging": "only says parents will be invited",
    "no_parents": "evaluation in team meeting, no parents", "schoolgids": "only refers to klachtenregeling in schoolgids",
    "dash": "'-' in every bevorderend cell", "dest_only": "only repeats the destination", "nvt_contra": "'n.v.t.' while the plan describes own learning line/exemption",
    "absent": "section left out",
}


def build_sections(p, gaps, cc=False):
    S, L = {}, {}
    for el in ELEMENTS:
        v = gaps.get(el, "ok")
        body, st = variant(p, el, v)
        S[el], L[el] = body, st
    if gaps.get("afwijkingen_onderwijsprogramma") == "nvt_contra" and S["ondersteuning"] is not None:
        S["ondersteuning"] = list(S["ondersteuning"]) + [CONTRA]
    if not is_post(p) or p.get("adult") == "bekwaam":
        L["inbreng_leerling"] = "not_applicable"
    return S, L


# ------------------------------------------------------------------ content-control DOCX
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def cc_docx(p, S, path, seed):
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm
    from xml.sax.saxutils import escape as esc
    doc = Document()
    doc.add_heading("Ontwikkelingsperspectiefplan", 0)
    doc.add_paragraph(f"{p['school']} — invulsjabloon OPP (klik in de grijze velden)")
    tab = doc.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    from layouts import gegevens
    for lab, v in gegevens(p):
        c = tab.add_row().cells
        c[0].text, c[1].text = lab, v[0]
    heads = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroombestemming"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Ondersteuningsbehoeften"), ("doelen", "Doelen"),
             ("ondersteuning", "Ondersteuning en begeleiding"), ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
             ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
             ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
             ("instemming_ouders", "Instemming handelingsdeel"), ("informatie_rechten", "Informatie over uw rechten")]
    body = doc.element.body
    for i, (el, head) in enumerate(heads):
        items = S[el]
        if items is None:
            continue
        doc.add_heading(head, 2)
        texts = [it for it in items if isinstance(it, str)]
        others = [it for it in items if not isinstance(it, str)]
        if texts or not others:
            plc = not texts
            runs = texts or ["Klik of tik om tekst in te voeren."]
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if plc else ""
            ps = "".join(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in runs)
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{head}"/><w:tag w:val="{el}"/><w:id w:val="{1000 + i}"/>'
                   f'{"<w:showingPlcHdr/>" if plc else ""}</w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')
            body.insert(len(body) - 1, parse_xml(xml))  # before sectPr
        for it in others:
            if it[0] == "box":
                par = doc.add_paragraph()
                xml = (f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}"><w:sdtPr><w:id w:val="{2000 + i}"/><w14:checkbox>'
                       f'<w14:checked w14:val="{1 if it[1] else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                       f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                       f'<w:sdtContent><w:r><w:t>{"☒" if it[1] else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
                par._p.append(parse_xml(xml))
                par.add_run(" " + it[2])
            elif it[0] == "sig":
                _, role, name, dt, signed = it
                par = doc.add_paragraph()
                par.add_run(f"Handtekening {role}: ").bold = True
                par.add_run(f"{name}  " if name else "")
                if signed:
                    par.add_run().add_picture(R.sig_png(seed), width=Cm(3.2))
                else:
                    par.add_run("______________________")
                par.add_run(f"   Datum: {dt if dt else '____________'}")
            elif it[0] == "table":
                t = doc.add_table(rows=1 + len(it[2]), cols=len(it[1]))
                t.style = "Table Grid"
                for ci, h in enumerate(it[1]):
                    t.cell(0, ci).text = h
                for ri, row in enumerate(it[2]):
                    for ci, c in enumerate(row):
                        t.cell(ri + 1, ci).text = c
    doc.save(path)


# ------------------------------------------------------------------ fillable PDF form
def flat(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "table":
            for row in it[2]:
                out.append(" | ".join(f"{h}: {c}" for h, c in zip(it[1], row)))
    return "\n".join(out)


def form_pdf(p, S, path, seed, blank_title=None):
    R._reg()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    import textwrap
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(blank_title or "OPP invulformulier")
    W, H = A4
    y = [H - 2 * cm]
    form = c.acroForm

    def newpage_if(need):
        if y[0] - need < 2 * cm:
            c.setFont("DV", 7)
            c.drawString(2 * cm, 1.2 * cm, f"Invulformulier OPP {p['swv'] if p else ''} — versie 3.1")
            c.showPage()
            y[0] = H - 2 * cm

    c.setFont("DVB", 15)
    c.drawString(2 * cm, y[0], blank_title or "Ontwikkelingsperspectiefplan — invulformulier")
    y[0] -= 1.0 * cm
    fields = [("Naam leerling", p["name"] if p else ""), ("Geboortedatum", fmt(p["birth"]) if p else ""),
              ("School", p["school"] if p else ""), ("Groep", p["group"] if p else ""),
              ("Datum plan", fmt(p["date"]) if p else "")]
    for i, (lab, val) in enumerate(fields):
        c.setFont("DV", 9)
        c.drawString(2 * cm, y[0] + 4, lab)
        form.textfield(name=f"gegevens_{i}", value=val, x=6 * cm, y=y[0], width=10 * cm, height=14, fontName="Helvetica",
                       fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
        y[0] -= 0.65 * cm
    heads = [("uitstroombestemming", "1. Te verwachten uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
             ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
             ("ondersteuningsbehoefte", "5. Onderwijsbehoeften"), ("ondersteuning", "6. Ondersteuning: wat, wie, hoe vaak, vanaf wanneer"),
             ("afwijkingen_onderwijsprogramma", "7. Afwijkingen van het onderwijsprogramma"), ("doelen", "8. Doelen"),
             ("adviezen_professionals", "9. Adviezen van deskundigen"), ("inbreng_leerling", "10. Inbreng van de leerling"),
             ("oogo", "11. Overleg met ouders (datum, aanwezigen)"), ("evaluatie", "12. Evaluatie (wanneer, met wie)"),
             ("informatie_rechten", "13. Uw rechten"), ("vaststelling", "14. Vaststelling (datum, door)"),
             ("instemming_ouders", "15. Instemming ouders met het handelingsdeel")]
    for n, (el, head) in enumerate(heads):
        items = S[el]
        if items is None:
            continue
        txt = "\n".join("\n".join(textwrap.wrap(t, 105)) if t else "" for t in flat(items).split("\n"))
        lines = sum(max(1, len(textwrap.wrap(t, 95))) for t in txt.split("\n")) if txt else 1
        h = max(1.1, 0.45 * lines + 0.3) * cm
        others = [it for it in items if not isinstance(it, str) and it[0] in ("box", "sig")]
        newpage_if(h + 1.0 * cm + 0.9 * cm * len(others))
        c.setFont("DVB", 10)
        c.drawString(2 * cm, y[0], head)
        y[0] -= 0.25 * cm
        if txt or not others:
            form.textfield(name=el, value=txt, x=2 * cm, y=y[0] - h, width=17 * cm, height=h, fontName="Helvetica",
                           fontSize=8.5, fieldFlags="multiline", borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
            y[0] -= h + 0.5 * cm
        for k, it in enumerate(others):
            if it[0] == "box":
                form.checkbox(name=f"{el}_box{k}", x=2 * cm, y=y[0] - 12, size=11, checked=bool(it[1]), buttonStyle="cross",
                              borderColor=colors.black, fillColor=colors.white)
                c.setFont("DV", 9)
                c.drawString(2.7 * cm, y[0] - 9, it[2])
                y[0] -= 0.7 * cm
            else:
                _, role, name, dt, signed = it
                c.setFont("DV", 9)
                c.drawString(2 * cm, y[0] - 9, f"Naam {role}:")
                form.textfield(name=f"{el}_naam{k}", value=name or "", x=5.8 * cm, y=y[0] - 12, width=5 * cm, height=14,
                               fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
                c.drawString(11.2 * cm, y[0] - 9, "Datum:")
                form.textfield(name=f"{el}_datum{k}", value=dt or "", x=12.6 * cm, y=y[0] - 12, width=3 * cm, height=14,
                               fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#eef3fb"))
                c.drawString(16 * cm, y[0] - 9, "Handt.:")
                if signed:
                    c.drawImage(R.sig_png(seed), 17.2 * cm, y[0] - 16, width=2.4 * cm, height=0.75 * cm)
                else:
                    c.line(17.2 * cm, y[0] - 12, 19.4 * cm, y[0] - 12)
                y[0] -= 0.9 * cm
        y[0] -= 0.2 * cm
    c.setFont("DV", 7)
    c.drawString(2 * cm, 1.2 * cm, "Invulformulier OPP — versie 3.1")
    c.save()


# ------------------------------------------------------------------ scans
def scan(pdf_in, pdf_out, seed):
    from PIL import Image, ImageFilter
    r = random.Random(seed)
    base = os.path.join(BUILD, f"scan{seed}")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", pdf_in, base], check=True)
    pages = sorted(f for f in os.listdir(BUILD) if f.startswith(f"scan{seed}-") and f.endswith(".png"))
    ims = []
    for f in pages:
        im = Image.open(os.path.join(BUILD, f)).convert("L")
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 250):
            x, y = r.randrange(w), r.randrange(h)
            px[x, y] = r.choice((0, 40, 90, 200))
        im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=245)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        ims.append(im.convert("RGB"))
    ims[0].save(pdf_out, save_all=True, append_images=ims[1:], resolution=110)


# ------------------------------------------------------------------ non-OPPs
def leaflet(path):
    B = [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
         ("p", "Informatie voor ouders — Samenwerkingsverband Wolderen-Hazelmonde"),
         ("h1", "Waarom een OPP?"),
         ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan. "
               "Daarin staat onder meer de verwachte uitstroombestemming, de onderbouwing daarvan, de belemmerende en "
               "bevorderende factoren, de ondersteuning en eventuele afwijkingen van het programma."),
         ("h1", "Uw rol"),
         ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Voor het handelingsdeel is uw instemming "
               "nodig. Sinds 1 augustus 2025 moet de school ook uw kind zelf horen. Het plan wordt minstens één keer per "
               "jaar met u geëvalueerd."),
         ("h1", "Niet eens?"),
         ("p", "Praat eerst met de school. Daarna kunt u terecht bij een onderwijsconsulent of binnen zes weken bij de "
               "Geschillencommissie passend onderwijs."),
         ("p", "Vragen? Bel het ouder- en jeugdsteunpunt, 0800-0000000 (fictief).")]
    R.to_pdf(B, path, seed=1)


def newsletter(path):
    B = [("title", "Nieuwsbrief SBO De Klimboom — november"),
         ("h1", "Van de directie"), ("p", "Wat een mooie start van het schooljaar! Deze maand staan de OPP-gesprekken op de planning."),
         ("h1", "OPP-gesprekken"),
         ("p", "In de week van 17 november worden de ouders van leerlingen met een ontwikkelingsperspectiefplan uitgenodigd. "
               "We bespreken dan de doelen, de ondersteuning en de verwachte uitstroom. Ook uw kind praat mee: we vragen "
               "vooraf wat hij of zij zelf belangrijk vindt. Na het gesprek ontvangt u het plan ter ondertekening."),
         ("h1", "Agenda"), ("p", "21 november: studiedag (alle leerlingen vrij). 5 december: Sinterklaas."),
         ("p", "Met vriendelijke groet, het team")]
    R.to_docx(B, path, seed=2)


def blank_sections(with_all=True):
    S = {el: [] for el in ELEMENTS}
    S["instemming_ouders"] = ["Ouders gaan akkoord met het handelingsdeel.", ("box", False, "akkoord"), ("box", False, "niet akkoord"),
                              ("sig", "ouder/verzorger 1", "", None, False), ("sig", "ouder/verzorger 2", "", None, False)]
    return S


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(DOCS)
    os.makedirs(BUILD)
    labels, lo_jobs, scans = [], [], []
    for (i, layout, fm, st, dt, gaps, opts) in SPECS:
        p = make_pupil(i, st, dt, opts.get("adult"))
        if opts.get("revised"):
            p["revised"] = opts["revised"]
        S, L = build_sections(p, gaps)
        base = f"opp{i:02d}-{st}"
        ext = {"docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}.get(fm, "pdf")
        out = os.path.join(DOCS, f"{base}.{ext}")
        if layout == "invulformulier-pdf":
            form_pdf(p, S, out, i)
        elif layout == "docx-inhoudsbesturingselementen":
            cc_docx(p, S, out, i)
        else:
            B = LAYOUTS[layout](p, S)
            if fm in ("docx",):
                R.to_docx(B, out, seed=i)
            elif fm == "odt":
                R.to_odt(B, out, seed=i)
            elif fm in ("txt", "md"):
                R.to_txt(B, out, md=(fm == "md"))
            elif fm == "pdf-rl":
                R.to_pdf(B, out, seed=i)
            elif fm == "pdf-lo":
                R.to_docx(B, os.path.join(BUILD, base + ".docx"), seed=i)
                lo_jobs.append(os.path.join(BUILD, base + ".docx"))
            elif fm == "pdf-lo-odt":
                R.to_odt(B, os.path.join(BUILD, base + ".odt"), seed=i)
                lo_jobs.append(os.path.join(BUILD, base + ".odt"))
            elif fm == "scan-lo":
                R.to_docx(B, os.path.join(BUILD, base + ".docx"), seed=i)
                lo_jobs.append(os.path.join(BUILD, base + ".docx"))
                scans.append((os.path.join(BUILD, base + ".pdf"), out, i))
            elif fm == "scan-rl":
                src = os.path.join(BUILD, base + ".pdf")
                R.to_pdf(B, src, seed=i)
                scans.append((src, out, i))
        scanned = fm.startswith("scan")
        gapdesc = "; ".join(f"{el}: {GAPNOTE.get(v, v)}" for el, v in gaps.items()
                            if not (v in ("nvt", "nvt_short", "reduced_hours", "table_ok", "short_ok", "stated_ok", "no_who")
                                    or (el == "inbreng_leerling" and v == "absent" and L[el] == "not_applicable")))
        extras = []
        if p.get("adult") == "bekwaam":
            extras.append("adult pupil, handelingsbekwaam (consents himself/herself; inbreng n/a)")
        if p.get("adult") == "curatele":
            extras.append("adult pupil under curatele (curator consents; inbreng required)")
        if p.get("revised"):
            extras.append(f"plan set {fmt(dt)}, revised {fmt(p['revised'])} (after 1-8-2025, so inbreng required)")
        note = f"{layout}, {fm}; plan {fmt(dt)} ({'after' if is_post(p) else 'before'} 1-8-2025). " + \
               (("Gaps: " + gapdesc + ".") if gapdesc else "Complete, terse.") + \
               ((" " + "; ".join(extras) + ".") if extras else "")
        acc = ["instemming_ouders", "vaststelling"] if scanned else []
        labels.append({"file": f"docs/{base}.{ext}", "format": "pdf" if ext == "pdf" else ext, "layout": layout,
                       "school_type": st, "scanned": scanned, "elements": L, "accept_unclear": acc, "notes": note})

    # non-OPPs
    leaflet(os.path.join(DOCS, "non-opp-folder-ouders.pdf"))
    labels.append({"file": "docs/non-opp-folder-ouders.pdf", "format": "pdf", "layout": "folder voor ouders",
                   "school_type": "none", "scanned": False, "elements": {el: "missing" for el in ELEMENTS},
                   "accept_unclear": [], "notes": "Not an OPP: leaflet explaining what an OPP is. All missing by convention."})
    newsletter(os.path.join(DOCS, "non-opp-nieuwsbrief.docx"))
    labels.append({"file": "docs/non-opp-nieuwsbrief.docx", "format": "docx", "layout": "nieuwsbrief",
                   "school_type": "none", "scanned": False, "elements": {el: "missing" for el in ELEMENTS},
                   "accept_unclear": [], "notes": "Not an OPP: school newsletter mentioning OPP talks. All missing by convention."})
    bp = make_pupil(99, "po", D(2025, 9, 1))
    blank = {k: "" for k in ("name", "school", "group", "mentor", "ib", "place", "swv", "first")}
    bp2 = dict(bp, **blank)
    S = blank_sections()
    B = LAYOUTS["swv-genummerd"](bp2, S)
    B = [b for b in B if b[0] != "kv"]
    B.insert(2, ("kv", [("Naam leerling", []), ("Geboortedatum", []), ("School", []), ("Groep", []), ("Datum plan", [])]))
    R.to_docx(B, os.path.join(DOCS, "non-opp-leeg-format.docx"), seed=3)
    labels.append({"file": "docs/non-opp-leeg-format.docx", "format": "docx", "layout": "leeg format (swv-genummerd)",
                   "school_type": "none", "scanned": False, "elements": {el: "incomplete" for el in ELEMENTS},
                   "accept_unclear": [], "notes": "Not an OPP: blank SWV format; every element has a heading/field and is empty -> incomplete."})
    S = blank_sections()
    S["inbreng_leerling"] = None
    S["informatie_rechten"] = None
    form_pdf(None, S, os.path.join(DOCS, "non-opp-leeg-invulformulier.pdf"), 4, blank_title="OPP invulformulier (leeg, versie 2023)")
    el4 = {el: "incomplete" for el in ELEMENTS}
    el4["inbreng_leerling"] = el4["informatie_rechten"] = "missing"
    labels.append({"file": "docs/non-opp-leeg-invulformulier.pdf", "format": "pdf", "layout": "leeg invulformulier-pdf",
                   "school_type": "none", "scanned": False, "elements": el4, "accept_unclear": [],
                   "notes": "Not an OPP: blank fillable form (older version without fields for pupil's view and rights): those missing, rest incomplete."})

    # LibreOffice conversions (one call), then scans
    if lo_jobs:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD] + lo_jobs, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for j in lo_jobs:
            pdf = os.path.splitext(j)[0] + ".pdf"
            if not any(s[0] == pdf for s in scans):
                shutil.copy(pdf, os.path.join(DOCS, os.path.basename(pdf)))
    for src, out, seed in scans:
        scan(src, out, seed)

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
