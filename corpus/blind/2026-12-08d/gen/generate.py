#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of blind set 2026-12-08d (Dutch OPPs). Fixed seeds, no clock.
Run with /work/blind57/venv/bin/python generate.py ; needs soffice and pdftoppm on PATH."""
import datetime as dt
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import ELEMENTS, P, status_of, content, consent, lang, kort, SWV
from gen_layouts import LAYOUTS, LAYOUT_NAMES, Ctx
from gen_render import docx_write, pdf_write, txt_write, scan_pdf, flatten, TMP, CC_PLACEHOLDER

DOCS = os.path.join(HERE, "docs")
D = dt.date

# ------------------------------------------------------------------------------------------ specs
SPECS = []


def mk(doc_id, st, layout, fmt, date, V=None, afw="none", cons="ok_wg", note="", **kw):
    SPECS.append(dict(id=doc_id, st=st, layout=layout, fmt=fmt, date=date, Vo=V or {}, afw=afw, cons=cons,
                      note=note, **kw))


# complete and correct plans (false alarms show here)
mk("c01", "po", "L1", "pdfword", D(2025, 10, 14), note="complete; explicit 'geen afwijkingen'; consent w.g.")
mk("c02", "po", "L2", "docx", D(2025, 11, 3), afw="desc", cons="ok_tick", note="complete; consent by ticked box with name and date")
mk("c03", "vo", "L3", "pdf", D(2025, 10, 2), afw="desc", cons="ok_digital", note="complete; vrijstelling Frans; digital signature via ouderportaal")
mk("c04", "so", "L4", "odt", D(2025, 9, 30), afw="desc", cons="ok_image", note="complete; CvB advice; signatures as images only (accept_unclear)")
mk("c05", "vso", "L8", "docx", D(2025, 10, 21), afw="desc", cons="ok_self", adult=True, profiel="arbeidsmarktgericht",
   note="complete; adult pupil handelingsbekwaam consents himself (inbreng n/a); real checkbox content controls")
mk("c06", "vso", "L8", "pdfword", D(2025, 11, 11), afw="desc", cons="ok_curator", curatele=True, profiel="vervolgonderwijs",
   note="complete; pupil under curatele, curator consents, pupil signs 'voor gezien' as well")
mk("c07", "po", "L5", "txt", D(2024, 11, 12), cons="ok_email", note="complete pre-2025 plan; consent stated as e-mail with date; no pupil section (n/a)")
mk("c08", "sbo", "L6", "pdf", D(2025, 10, 8), afw="desc", note="complete letter; return slip signed w.g.")
mk("c09", "pro", "L7", "pdf", D(2025, 9, 25), afw="desc", cons="ok_digital", note="complete system export, digital consent")
mk("c10", "vo", "L7", "txt", D(2025, 12, 1), note="complete system export as text")
mk("c11", "po", "L1", "scan", D(2025, 10, 20), cons="ok_image", note="complete; scan; handwritten-looking signatures")
mk("c12", "so", "L1", "docx", D(2024, 6, 18), afw="desc", note="complete pre-2025 so plan with CvB advice; no pupil section (n/a)")
mk("c13", "vo", "L4", "pdfword", D(2025, 11, 18), cons="ok_email", note="complete groeidocument; consent by e-mail stated with date")
mk("c14", "vso", "L5", "odt", D(2025, 10, 10), afw="desc", profiel="dagbesteding", note="complete; minor vso pupil, profile dagbesteding")
mk("c15", "po", "L9", "form", D(2025, 10, 29), cons="ok_tick", note="complete fillable PDF form (values in form fields)")
mk("c16", "pro", "L2", "pdfword", D(2025, 10, 6), afw="desc", note="complete beknopt OPP")
mk("c17", "vo", "L6", "docx", D(2025, 9, 29), avg=True, note="complete letter; AVG/photo consent signed as well as the OPP consent")
mk("c18", "sbo", "L3", "scan", D(2025, 11, 5), afw="desc", cons="ok_image", note="complete; scan of domain-table plan; signature images")
mk("c19", "po", "L1", "pdfword", D(2024, 10, 15), revised=D(2025, 9, 22), note="complete; set 2024, revised Sept 2025, so pupil's input required and present")

# plans that look complete but are not
mk("g01", "po", "L1", "pdfword", D(2025, 10, 7), V={"doelen": "vague"}, note="goals without criterion or date")
mk("g02", "po", "L2", "docx", D(2025, 11, 12), afw="desc", V={"ondersteuningsbehoefte": "class"}, note="support need written for the whole class")
mk("g03", "vo", "L3", "pdf", D(2025, 10, 16), V={"evaluatie": "planned_only"}, note="evaluation 'wordt nog ingepland' only")
mk("g04", "vo", "L1", "pdfword", D(2025, 11, 4), afw="desc", V={"onderbouwing": "restated"}, note="onderbouwing only restates the destination")
mk("g05", "so", "L4", "odt", D(2025, 10, 1), afw="desc", cons="school_only", note="school line signed, parents' lines blank, no box ticked")
mk("g06", "po", "L6", "pdf", D(2025, 9, 24), V={"oogo": "announced"}, note="talk with parents announced, not held")
mk("g07", "vo", "L7", "pdf", D(2025, 10, 9), V={"oogo": "lastyear"}, note="OOGO sentence copied from last year's plan with last year's date")
mk("g08", "so", "L5", "txt", D(2025, 11, 20), afw="desc", V={"evaluatie": "lastyear"}, note="evaluation dates copied from last year (before the plan date)")
mk("g09", "po", "L2", "pdfword", D(2025, 10, 13), cons="unticked", V={"inbreng_leerling": "view_only"}, note="consent signed but neither akkoord nor niet akkoord ticked; pupil view without effect")
mk("g10", "vo", "L4", "docx", D(2025, 10, 27), cons="voor_gezien", note="parents signed 'voor gezien'")
mk("g11", "sbo", "L1", "docx", D(2025, 5, 20), afw="desc", cons="onder_protest", note="pre-2025; consent signed under protest")
mk("g12", "pro", "L8", "docx", D(2025, 10, 15), afw="desc", cons="cc_unchecked",
   V={"ondersteuning": "cc_placeholder", "doelen": "cc_placeholder"}, note="Word content controls still showing placeholder; consent checkbox unchecked, parent line blank")
mk("g13", "vso", "L8", "pdfword", D(2025, 10, 30), afw="desc", cons="parents_for_adult", adult=True, profiel="arbeidsmarktgericht",
   note="adult handelingsbekwaam pupil, but only parents signed")
mk("g14", "vso", "L5", "odt", D(2025, 11, 6), afw="desc", cons="pupil_for_curatele", curatele=True, profiel="arbeidsmarktgericht",
   note="pupil under curatele signed, curator line blank")
mk("g15", "po", "L3", "pdf", D(2025, 10, 22), V={"belemmerende_factoren": "generic"}, note="hindering factors about the group, not this child")
mk("g16", "vo", "L2", "docx", D(2025, 1, 28), V={"afwijkingen_onderwijsprogramma": "unticked", "adviezen_professionals": "ref"},
   note="pre-2025; deviations tick options both unticked; advice only 'zie ...'")
mk("g17", "so", "L1", "pdfword", D(2025, 10, 3), afw="desc", V={"adviezen_professionals": "cvb_volgt"}, note="so plan: advice CvB 'volgt'")
mk("g18", "po", "L7", "txt", D(2025, 11, 10), V={"informatie_rechten": "partial", "vaststelling": "no_date"},
   note="rights only 'contact ib'; vaststelling date dotted line")
mk("g19", "po", "L4", "pdfword", D(2025, 10, 20), V={"afwijkingen_onderwijsprogramma": "silent", "inbreng_leerling": "absent"},
   note="no deviations section at all; no pupil section although post-2025")
mk("g20", "vo", "L6", "docx", D(2025, 10, 12), cons="avg_only", V={"informatie_rechten": "absent"},
   note="only AVG/photo consent signed; no consent for the handelingsdeel; no rights info")
mk("g21", "sbo", "L5", "txt", D(2025, 10, 28), afw="desc", V={"uitstroombestemming": "vague", "onderbouwing": "placeholder"},
   note="destination vague, onderbouwing placeholder")
mk("g22", "pro", "L1", "pdfword", D(2025, 11, 13), afw="desc", V={"ondersteuning": "class", "doelen": "lastyear"},
   note="support = basisondersteuning for all; goals with last school year's dates")
mk("g23", "po", "L2", "pdfword", D(2025, 10, 24), cons="partial", note="partial consent")
mk("g24", "vo", "L3", "pdf", D(2025, 9, 30), cons="refused", note="consent refused (niet akkoord ticked, signed)")
mk("g25", "so", "L7", "scan", D(2025, 10, 17), afw="desc", cons="no_date", V={"evaluatie": "no_parents"},
   note="scan; signatures without date; evaluation internal only")
mk("g26", "po", "L1", "scan", D(2025, 11, 17), cons="school_only", V={"inbreng_leerling": "view_only"},
   note="scan; school signed, parents' lines blank; pupil view without effect")
mk("g27", "vo", "L5", "scan", D(2025, 10, 6), V={"doelen": "vague", "vaststelling": "absent"}, note="scan; vague goals; no vaststelling")
mk("g28", "vso", "L4", "odt", D(2025, 10, 14), afw="desc", profiel="arbeidsmarktgericht",
   V={"uitstroombestemming": "unticked", "onderbouwing": "empty"}, note="vso profile boxes all unticked; onderbouwing heading empty")
mk("g29", "po", "L6", "pdf", D(2025, 11, 19), V={"belemmerende_factoren": "ref", "bevorderende_factoren": "ref"}, note="factors only 'zie ...'")
mk("g30", "vo", "L1", "docx", D(2025, 10, 10), V={"ondersteuningsbehoefte": "instruction", "inbreng_leerling": "lastyear"},
   note="format instruction left under needs; pupil talk copied from last year")
mk("g31", "po", "L9", "form", D(2025, 11, 4), cons="ok_tick", V={"oogo": "empty", "evaluatie": "empty"}, note="form fields for OOGO and evaluation left empty")
mk("g32", "pro", "L3", "pdf", D(2025, 10, 29), afw="desc", V={"bevorderende_factoren": "empty_cells", "evaluatie": "planned_only"},
   note="bevorderend column empty in the domain table; evaluation only planned")
mk("g33", "so", "L2", "docx", D(2025, 3, 10), V={"oogo": "announced"}, note="pre-2025 so plan; OOGO only announced")
mk("g34", "vo", "L7", "pdf", D(2025, 11, 24), afw="desc", V={"onderbouwing": "absent"}, note="destination without any onderbouwing field")
mk("g35", "sbo", "L4", "pdfword", D(2025, 10, 9), afw="desc", V={"informatie_rechten": "absent", "adviezen_professionals": "ref"},
   note="no rights info; advice only 'zie ...'")
mk("g36", "po", "L5", "odt", D(2025, 12, 3), V={"ondersteuning": "vague"}, note="support without who/how often")
mk("g37", "vo", "L1", "pdfword", D(2025, 9, 18), V={"uitstroombestemming": "placeholder"}, note="destination placeholder while onderbouwing is written")

# not OPPs / blank formats
mk("n01", "none", "N1", "pdf", D(2025, 9, 1), note="leaflet for parents about what an OPP is: not an OPP")
mk("n02", "none", "N2", "pdfword", D(2025, 10, 3), note="school newsletter mentioning OPP talks: not an OPP")
mk("n03", "none", "N3", "docx", D(2025, 9, 26), note="invitation to an OPP talk for one child: not an OPP")
mk("b01", "none", "B1", "docx", D(2025, 8, 20), note="blank SWV format with instructions")
mk("b02", "none", "B2", "pdfword", D(2025, 8, 20), note="blank vso/pro format with content-control placeholders and unticked boxes")


def variants(s, p):
    V = {el: "ok" for el in ELEMENTS}
    V["afwijkingen_onderwijsprogramma"] = "none" if s["afw"] == "none" else "ok"
    V["instemming_ouders"] = s["cons"]
    V["inbreng_leerling"] = "ok" if p.inbreng_required else "absent"
    V.update(s["Vo"])
    return V


# ------------------------------------------------------------------------------------------ special documents
def leaflet():
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"), ("sub", "Informatie voor ouders – Ouder- en Jeugdsteunpunt Vlietlanden"),
            ("h1", "Voor wie?"), ("p", "Sommige kinderen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Dan stelt de school een ontwikkelingsperspectiefplan op: het OPP."),
            ("h1", "Wat staat erin?"),
            ("bullets", ["de te verwachten uitstroombestemming van uw kind, en de onderbouwing daarvan;",
                         "de belemmerende en bevorderende factoren die het onderwijs aan uw kind beïnvloeden;",
                         "wat uw kind nodig heeft, en welke ondersteuning en begeleiding de school biedt;",
                         "eventuele afwijkingen van het onderwijsprogramma;",
                         "doelen en het moment van evaluatie (minstens één keer per schooljaar)."]),
            ("h1", "Wat is uw rol?"),
            ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (het 'op overeenstemming gericht overleg'). U heeft instemmingsrecht op het handelingsdeel. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en laten zien wat ermee is gedaan."),
            ("h1", "Niet eens?"),
            ("p", "Praat eerst met de school. Kom u er niet uit, dan kunt u gratis advies vragen aan een onderwijsconsulent. Binnen zes weken na vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
            ("h1", "Handtekening?"),
            ("p", "Teken niet zomaar 'voor akkoord' als u het niet eens bent. U kunt ook tekenen 'voor gezien'; dan heeft u nog niet ingestemd."),
            ("footer", "Folder OJS Vlietlanden – uitgave september 2025")]


def newsletter(p):
    return [("title", f"Nieuwsbrief {p.school}"), ("sub", "Jaargang 14 – nummer 3 – oktober 2025"),
            ("h1", "Van de directie"), ("p", f"Beste ouders, de eerste weken zitten erop. Wat fijn om te zien hoe de kinderen weer gewend zijn. ({p.dir})"),
            ("h1", "Gesprekken in week 43"), ("p", "In week 43 zijn de startgesprekken. Voor de kinderen met een ontwikkelingsperspectief (OPP) plannen de intern begeleiders een apart gesprek om het plan met ouders te bespreken. Sinds dit schooljaar vragen we ook de mening van de kinderen zelf."),
            ("h1", "Ondersteuning in de school"), ("p", "Onze onderwijsassistent geeft dit jaar weer leesondersteuning aan kleine groepjes. Ouders van kinderen die hiervoor in aanmerking komen, krijgen bericht."),
            ("h1", "Kalender"), ("bullets", ["16 oktober: studiedag, alle kinderen vrij", "20–24 oktober: herfstvakantie", "week 43: gesprekken", "5 december: Sinterklaasviering"]),
            ("h1", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Wilt u meehelpen? Meld u bij de leerkracht.")]


def invitation(p):
    return [("letterhead", [p.school, "Kerkpad 4", f"2391 KL {p.place}"]),
            ("p", f"Aan de ouders/verzorgers van {p.naam}"), ("p", f"{p.place}, {lang(p.vast)}"),
            ("p", f"Betreft: uitnodiging gesprek ontwikkelingsperspectief"),
            ("p", "Beste ouders/verzorgers,"),
            ("p", f"Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectief (OPP) van {p.first}. "
                  f"In dit gesprek bespreken we de verwachte uitstroombestemming, de doelen en de ondersteuning die wij {p.first} willen bieden. "
                  f"Ook horen wij graag hoe u het ziet. {p.first} is ook welkom om het laatste deel van het gesprek aan te sluiten."),
            ("p", f"Datum: {lang(p.vast + dt.timedelta(days=12))}, 15.15 uur, in de kamer van de intern begeleider."),
            ("p", "Wilt u laten weten of dit tijdstip past? Na het gesprek ontvangt u het plan ter ondertekening."),
            ("p", "Met vriendelijke groet,"), ("p", f"{p.lk}, {p.lkrol}\n{p.ib}, {p.ibrol}")]


BLANK_INSTR = {
    "belemmerende_factoren": "[Beschrijf de factoren die het onderwijs aan de leerling belemmeren, per domein.]",
    "bevorderende_factoren": "[Beschrijf de bevorderende factoren: sterke kanten, beschermende factoren.]",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften in ‘heeft nodig’-zinnen.]",
    "adviezen_professionals": "[Vermeld het advies van externe deskundigen en wat de school ermee doet.]",
    "uitstroombestemming": "[Vul de te verwachten uitstroombestemming in.]",
    "onderbouwing": "[Onderbouw de uitstroombestemming met toets- en onderzoeksgegevens.]",
    "doelen": "[Formuleer SMART-doelen voor de komende periode.]",
    "ondersteuning": "[Wat, door wie, hoe vaak, vanaf wanneer.]",
    "inbreng_leerling": "[Beschrijf de mening van de leerling en wat daarmee is gedaan.]",
    "oogo": "[Datum en deelnemers van het gesprek met ouders.]",
    "evaluatie": "[Data van de evaluatiemomenten met ouders en leerling.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen invoegen.]",
    "vaststelling": "Vastgesteld door: .................................   Datum: ....................",
}


class BlankCtx(Ctx):
    def __init__(self, spec, cc):
        super().__init__(spec)
        self.cc = cc

    def E(self, el):
        if el == "instemming_ouders":
            return [("p", "Ouders verklaren dat zij instemmen met het handelingsdeel van dit ontwikkelingsperspectief."),
                    ("ticks", [(False, "Akkoord"), (False, "Niet akkoord")]),
                    ("sigs", [dict(role="Namens de school", name="", date="", mark="blank"),
                              dict(role="Ouder/verzorger", name="", date="", mark="blank")])]
        if el == "afwijkingen_onderwijsprogramma":
            return [("ticks", [(False, "Geen afwijkingen"), (False, "Wel afwijkingen, namelijk:")])]
        if el == "uitstroombestemming" and self.cc:
            return [("ticks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding")])]
        if el == "vaststelling":
            return [("p", BLANK_INSTR[el])]
        if self.cc:
            return [("cc", None)]
        return [("i", BLANK_INSTR[el])]


def blank_doc(s, p, L):
    spec = dict(s, p=p, V={el: "blank" for el in ELEMENTS}, layout=L)
    c = BlankCtx(spec, cc=(L == "L8"))
    blocks = LAYOUTS[L](c)
    out = []
    for b in blocks:
        if b[0] == "kv":
            b = ("kv", [(k, "") for k, _ in b[1]])
        if b[0] == "title":
            b = ("title", b[1] + " – format")
        if b[0] == "sub":
            b = ("sub", "Format samenwerkingsverband – versie augustus 2025")
        out.append(b)
    return out


# ------------------------------------------------------------------------------------------ fillable form
def form_pdf(spec, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    p = spec["p"]; V = spec["V"]
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    W, H = A4
    form = cv.acroForm
    y = [H - 50]

    def newpage():
        cv.setFont("Helvetica", 7)
        cv.drawString(40, 25, f"Invulformulier OPP – {p.swv} – versie 3.1")
        cv.showPage(); y[0] = H - 50

    def need(h):
        if y[0] - h < 50:
            newpage()

    def field(label, name, text, h=44):
        text = (text or "").replace("•", "-").replace("☒", "[x]").replace("☐", "[ ]").replace("‘", "'").replace("’", "'").replace("–", "-")
        text = text.encode("latin-1", "replace").decode("latin-1")
        import textwrap
        lines = []
        for para in text.split("\n"):
            lines += textwrap.wrap(para, 112) or [""]
        text = "\n".join(lines) if text else ""
        if h > 20:
            h = max(h, 10 * len(lines) + 6)
        need(h + 16)
        cv.setFont("Helvetica-Bold", 9); cv.drawString(40, y[0], label); y[0] -= 4
        form.textfield(name=name, value=text, x=40, y=y[0] - h, width=W - 80, height=h, fontName="Helvetica",
                       fontSize=8, borderColor=colors.grey, fillColor=colors.white, fieldFlags="multiline" if h > 20 else "")
        y[0] -= h + 14

    def box(label, name, checked):
        need(18)
        form.checkbox(name=name, x=40, y=y[0] - 10, size=11, checked=checked, buttonStyle="cross", borderColor=colors.black)
        cv.setFont("Helvetica", 9); cv.drawString(58, y[0] - 8, label); y[0] -= 18

    cv.setFont("Helvetica-Bold", 15); cv.drawString(40, y[0], "Ontwikkelingsperspectief – invulformulier"); y[0] -= 16
    cv.setFont("Helvetica", 9); cv.drawString(40, y[0], p.swv); y[0] -= 22
    for lab, nm, val in [("Naam leerling", "naam", p.naam), ("Geboortedatum", "geb", kort(p.birth)),
                         ("School en groep", "school", f"{p.school}, {p.klas}")]:
        field(lab, nm, val, h=14)

    def txt(el):
        return "\n".join(flatten(content(el, V[el], p, "L9"))) if V[el] not in ("absent",) else None

    def ftxt(el):
        bl = content(el, V[el], p, "L9")
        out = []
        for b in bl:
            if b[0] == "factors":
                out += [f"{d}: {t}" for d, t in b[1]]
            else:
                out += flatten([b])
        return "\n".join(out)

    items = [("1. Te verwachten uitstroombestemming", "uitstroombestemming", 20), ("2. Onderbouwing", "onderbouwing", 60),
             ("3. Belemmerende factoren", "belemmerende_factoren", 58), ("4. Bevorderende factoren", "bevorderende_factoren", 58),
             ("5. Onderwijsbehoeften", "ondersteuningsbehoefte", 58), ("6. Ondersteuning (wat, wie, hoe vaak)", "ondersteuning", 58),
             ("7. Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma", 24), ("8. Doelen", "doelen", 64),
             ("9. Adviezen van deskundigen", "adviezen_professionals", 58), ("10. Inbreng van de leerling", "inbreng_leerling", 52),
             ("11. Gesprek met ouders (datum, aanwezigen)", "oogo", 40), ("12. Evaluatie", "evaluatie", 40),
             ("13. Vaststelling (datum, door)", "vaststelling", 20)]
    for lab, el, h in items:
        t = ftxt(el) if el.endswith("factoren") else txt(el)
        if V[el] == "empty":
            t = ""
        field(lab, el, t, h=h)
    need(170)
    cv.setFont("Helvetica-Bold", 9); cv.drawString(40, y[0], "14. Instemming ouders met het handelingsdeel"); y[0] -= 8
    ok = V["instemming_ouders"] == "ok_tick"
    box("Ik/wij ga(an) akkoord met het handelingsdeel", "akkoord", ok)
    box("Ik/wij ga(an) niet akkoord", "nietakkoord", False)
    field("Naam ouder/verzorger", "naam_ouder", p.mother if ok else "", h=14)
    field("Datum", "datum_ouder", kort(p.sign) if ok else "", h=14)
    field("15. Informatie over uw rechten", "rechten", txt("informatie_rechten"), h=56)
    newpage()
    cv.save()


# ------------------------------------------------------------------------------------------ build
def build():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    labels = []
    to_convert = {"pdf": [], "odt": []}
    scans = []
    for i, s in enumerate(SPECS):
        seed = 5700 + i * 17
        st = s["st"]
        p = P(seed, st, s["date"], adult=s.get("adult", False), curatele=s.get("curatele", False),
              profiel=s.get("profiel"), revised=s.get("revised"))
        L = s["layout"]
        V = variants(s, p)
        p.no_vast = V["vaststelling"] in ("no_date", "absent")
        spec = dict(s, p=p, V=V)
        unclear = False
        if L.startswith("L") and L != "L9":
            c = Ctx(spec)
            blocks = LAYOUTS[L](c)
            unclear = c.unclear
        elif L == "L9":
            blocks = None
            unclear = False
        elif L == "N1":
            blocks = leaflet()
        elif L == "N2":
            blocks = newsletter(p)
        elif L == "N3":
            blocks = invitation(p)
        elif L == "B1":
            blocks = blank_doc(s, p, "L1")
        elif L == "B2":
            blocks = blank_doc(s, p, "L8")
        base = f"{s['id']}-{st}-{LAYOUT_NAMES[L]}"
        fmt = s["fmt"]
        pdfstyle = {"L6": "letter", "L7": "system"}.get(L, "plain")
        if fmt == "docx":
            out = base + ".docx"; docx_write(blocks, os.path.join(DOCS, out), cc_real=(L in ("L8", "B2")))
        elif fmt in ("pdfword", "odt"):
            tmpd = os.path.join(TMP, base + ".docx")
            docx_write(blocks, tmpd, cc_real=(L in ("L8", "B2")))
            to_convert["pdf" if fmt == "pdfword" else "odt"].append(tmpd)
            out = base + (".pdf" if fmt == "pdfword" else ".odt")
        elif fmt == "pdf":
            out = base + ".pdf"; pdf_write(blocks, os.path.join(DOCS, out), pdfstyle)
        elif fmt == "txt":
            out = base + ".txt"; txt_write(blocks, os.path.join(DOCS, out), "system" if L == "L7" else "plain")
        elif fmt == "form":
            out = base + ".pdf"; form_pdf(spec, os.path.join(DOCS, out))
        elif fmt == "scan":
            out = base + "-scan.pdf"
            src = os.path.join(TMP, base + "-src.pdf")
            pdf_write(blocks, src, pdfstyle)
            scans.append((src, os.path.join(DOCS, out), seed))
        # labels
        if L in ("N1", "N2", "N3"):
            el = {e: "missing" for e in ELEMENTS}
        elif L in ("B1", "B2"):
            el = {e: "incomplete" for e in ELEMENTS}
        else:
            el = {e: status_of(e, V[e], p) for e in ELEMENTS}
        acc = []
        if fmt == "scan" or unclear:
            acc.append("instemming_ouders")
        gaps = [f"{e}={V[e]}" for e in ELEMENTS if el[e] in ("missing", "incomplete")] if L.startswith("L") else []
        fmt_label = {"pdfword": "pdf", "scan": "pdf", "form": "pdf"}.get(fmt, fmt)
        fmt_desc = {"pdfword": "PDF exported from Word (soffice)", "pdf": "PDF made directly (reportlab)", "docx": "DOCX",
                    "odt": "ODT (soffice from DOCX)", "txt": "plain text", "scan": "image-only PDF scan (150 dpi, noise, skew)",
                    "form": "fillable PDF form (AcroForm)"}[fmt]
        extra = []
        if p.adult and not p.curatele: extra.append("adult pupil (meerderjarig, handelingsbekwaam)")
        if p.curatele: extra.append("adult pupil under curatele")
        if p.revised: extra.append(f"set {kort(p.vast)}, revised {kort(p.revised)}")
        elif L.startswith("L"): extra.append(f"plan date {kort(p.vast)}")
        notes = f"{LAYOUT_NAMES[L]}; {fmt_desc}; " + "; ".join(extra + [s['note']]) + (("; gaps: " + ", ".join(gaps)) if gaps else "")
        labels.append({"file": "docs/" + out, "format": fmt_label, "layout": LAYOUT_NAMES[L], "school_type": st,
                       "scanned": fmt == "scan", "elements": el, "accept_unclear": acc, "notes": notes})
    # conversions with LibreOffice
    env = dict(os.environ, HOME=os.path.join(TMP, "lohome"))
    for kind, files in to_convert.items():
        if files:
            subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", kind, "--outdir", DOCS] + files,
                           check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for src, out, seed in scans:
        scan_pdf(src, out, seed)
    for lab in labels:
        assert os.path.exists(os.path.join(HERE, lab["file"])), lab["file"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    return labels


if __name__ == "__main__":
    labs = build()
    print(len(labs), "documents")


README_HEAD = """# Blind set 2026-12-08d – Dutch OPPs (ontwikkelingsperspectiefplannen)

Written blind: without sight of the checker, its rules, corpora or tests. All names, schools, places and
samenwerkingsverbanden are invented. Regenerate with

    /work/blind57/venv/bin/python generate.py

(needs `soffice` and `pdftoppm`; fixed seeds, no clock. DOCX zips get a fixed timestamp and reportlab PDFs
are written in invariant mode; PDF/ODT files made by LibreOffice carry LibreOffice's own creation date,
their content is the same on every run.)

Files: `generate.py` (specs, special documents, labels, this README), `gen_content.py` (pupil profiles and
the text of every element per variant), `gen_layouts.py` (layouts), `gen_render.py` (DOCX/PDF/TXT writers,
signature images, scans), `docs/`, `labels.json`.

Theme of this round: plans a hurried reader would call complete (every heading there, text under each) but a
careful parents' adviser would not; about one third of the plans are truly complete, so false alarms show.

## Layouts
| id | name | description |
|---|---|---|
| L1 | swv-genummerd | SWV format with numbered chapters 1–10, meta table, sub-headings 1.1/4.1/6.2, consent table at the end, footer with format version and page number |
| L2 | beknopt-opp-tabel | "Beknopt OPP": one two-column table (label / content), consent and "Niet eens?" below the table |
| L3 | domeintabel | plan with a factor table per domain (Domein / Belemmerend / Bevorderend), short headings ("Perspectief", "De stem van de leerling", "Bezwaar en geschillen") |
| L4 | groeidocument-hoofdstuk | groeidocument with non-OPP chapters (schoolloopbaan, gezinssituatie, hulpvraag) and the OPP as chapters 4–7; "Beschermende factoren" |
| L5 | vraagkoppen | question headings ("Waar gaat X na deze school naartoe?", "Waarom denken we dat?", "Gaat u akkoord…?") |
| L6 | brief-aan-ouders | letter to the parents with lead-in headings, closing, and a tear-off "Antwoordstrook" on a new page for the consent |
| L7 | systeemexport-lvo | export of an invented pupil-tracking system: breadcrumb, "Veld:" labels grouped under Perspectief/Analyse/Plan/Betrokkenen/Cyclus, print footer |
| L8 | vso-pro-transitieplan | vso/pro "Ontwikkelingsperspectief en transitieplan": profile tick boxes, CvB advice, DOCX with real content controls and checkbox controls |
| L9 | invulformulier-pdf | fillable PDF (AcroForm) whose content sits in the form fields (appearance streams included) |
| N1 | folder-ouders | leaflet of a parents' support point explaining what an OPP is (not an OPP) |
| N2 | nieuwsbrief | school newsletter mentioning OPP talks (not an OPP) |
| N3 | uitnodiging-gesprek | invitation to an OPP talk about one named child (not an OPP) |
| B1 | leeg-format-swv-genummerd | L1 left blank: bracketed instructions, unticked boxes, empty signature table |
| B2 | leeg-format-vso-transitie | L8 left blank: "Klik of tik om tekst in te voeren." placeholders, unticked boxes |

Formats: PDF exported from Word/DOCX with LibreOffice (`soffice --headless --convert-to pdf`), PDF made
directly with reportlab, DOCX (tables, tick boxes as ☒/☐ characters, Word content controls incl. checkbox
controls), ODT (LibreOffice from DOCX), plain text, fillable PDF forms, and image-only scans (pages rendered
at 150 dpi, grey, slight skew, noise and specks, saved as PDF without a text layer).

## Label conventions
Per element, what a careful parents' adviser concludes from what a reader can see:
- `present`: real content for this child. Consent counts as present when signed or stated by the right party
  with a date: "w.g. <name>" with date, a ticked "akkoord" with name and date, "digitaal ondertekend via
  ouderportaal … op <date>", a statement "ouders hebben op <date> per e-mail ingestemd", a signature image
  with name and date, the adult handelingsbekwaam pupil signing himself, the curator for a pupil under curatele.
- `incomplete`: heading with nothing or only a placeholder ("...", "n.t.b.", "nog aanvullen", "volgt na
  overleg", "[tekst]", Word's "Klik of tik om tekst in te voeren."), the format's own instruction left in,
  only a reference ("Zie bijlage 2.", "Zie verslag in het dossier."), text about the class or every pupil
  rather than this child, a goal without criterion or date, goals/talks/evaluations copied from last year's plan
  with last year's dates, support without who/how often, an evaluation only "nog ingepland" or held only
  internally without parents, a destination that is not a destination, an onderbouwing that only restates the
  destination, OOGO only announced; consent: school line signed with parents' line blank, neither box ticked,
  "voor gezien", "onder protest", refused, partial, signatures without a date, the wrong party (parents for an
  adult handelingsbekwaam pupil; the pupil but not the curator under curatele); rights info that only says
  "contact the ib"; vaststelling with a dotted date. A pupil's view without what it changed is incomplete.
- `missing`: no heading and no content anywhere. Only an AVG/photo consent signed and no consent for the
  handelingsdeel: `instemming_ouders` missing.
- `not_applicable`: `afwijkingen_onderwijsprogramma` when the plan says explicitly there are no deviations;
  `inbreng_leerling` when the plan was set and last revised before 1 August 2025 (whether or not a pupil
  section is there), and for an adult handelingsbekwaam vso pupil. A plan set in 2024 and revised in
  September 2025 needs the pupil's input.
- Not an OPP (N1–N3): every element `missing`. Blank formats (B1, B2): every element `incomplete` (each
  has its heading with only instructions/placeholders/unticked boxes/blank lines).
- `accept_unclear`: `instemming_ouders` for every scan and for every document whose signatures are images.
- When a plan's vaststelling is missing or undated, the school's signature line is undated too, so the
  vaststelling date cannot be read from it. The destination, where present, is always a concrete level or
  vso profile with kind of work/day activity.

## Documents
| file | type | format | note |
|---|---|---|---|
"""


def write_readme(labels):
    rows = []
    for l in labels:
        rows.append(f"| {l['file'][5:]} | {l['school_type']} | {l['format']}{' (scan)' if l['scanned'] else ''} | {l['notes']} |")
    from collections import Counter
    ct = Counter(l["school_type"] for l in labels)
    st = Counter()
    for l in labels:
        for v in l["elements"].values():
            st[v] += 1
    tail = ("\n\n## Counts\n" + f"{len(labels)} documents; school types: " +
            ", ".join(f"{k} {v}" for k, v in sorted(ct.items())) + "; element labels: " +
            ", ".join(f"{k} {v}" for k, v in sorted(st.items())) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + tail)


if __name__ == "__main__":
    write_readme(json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))["docs"])
