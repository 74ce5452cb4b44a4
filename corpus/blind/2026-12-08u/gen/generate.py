# -*- coding: utf-8 -*-
"""Deterministic generator for blind OPP set round 73 (2026-12-08u).

Usage: ../../../venv/bin/python generate.py   (from this folder)
Writes docs/*, labels.json. Intermediate files in /work/blind74/build.
No clock, no network; all randomness is seeded from the document id.
"""
import os, sys, json, shutil, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_text import Doc, ELEMENTS, PLACEHOLDER, INSTR, dl, ds
from gen_layouts import LAYOUTS, LAYOUT_NAMES, el_content, consent, meta
import render

BUILD = os.environ.get("OPP_BUILD", "/work/blind74/build")
DOCS = os.path.join(HERE, "docs")
D = datetime.date

SPECS = [
    # id, casus, layout, fmt, date, gaps, extra kwargs
    ("po01", "po_lezen", "prose", "pdfw", D(2025, 11, 24), {}, dict(numbered=True)),
    ("po02", "po_gedrag", "letter_pupil", "docx", D(2025, 11, 17), {"informatie_rechten": "partial"}, dict(voice="jij")),
    ("po03", "po_lezen", "combined", "odt", D(2025, 12, 8), {"ondersteuningsbehoefte": "missing", "oogo": "volgt", "instemming_ouders": "blank"}, {}),
    ("po04", "po_gedrag", "questions", "pdf", D(2024, 11, 25), {"adviezen_professionals": "bijlage", "evaluatie": "vague"}, {}),
    ("po05", "po_lezen", "notes", "txt", D(2026, 1, 12), {"bevorderende_factoren": "missing", "doelen": "vague", "vaststelling": "missing", "instemming_ouders": "stated", "informatie_rechten": "missing"}, {}),
    ("po06", "po_gedrag", "letter_parents", "pdfw", D(2025, 12, 1), {"instemming_ouders": "voorgezien", "inbreng_leerling": "noeffect"}, {}),
    ("po07", "po_lezen", "groei", "docx", D(2024, 11, 11), {"inbreng_leerling": "missing"}, dict(revised=D(2025, 10, 13))),
    ("po08", "po_gedrag", "spread", "scan_w", D(2026, 10, 12), {}, {}),
    ("po09", "po_lezen", "form", "formdocx", D(2025, 11, 17), {"uitstroombestemming": "unticked", "onderbouwing": "empty", "instemming_ouders": "unticked"}, {}),

    ("sbo01", "sbo_pro", "prose", "odt", D(2025, 11, 24), {}, dict(numbered=True)),
    ("sbo02", "sbo_lwoo", "bullets", "pdfw", D(2026, 1, 26), {"afwijkingen_onderwijsprogramma": "missing", "adviezen_professionals": "missing", "instemming_ouders": "nodate"}, {}),
    ("sbo03", "sbo_pro", "domain", "docx", D(2024, 10, 14), {"bevorderende_factoren": "dots", "instemming_ouders": "school_only"}, {}),
    ("sbo04", "sbo_lwoo", "letter_parents", "txt", D(2025, 12, 8), {"ondersteuning": "bijlage", "evaluatie": "missing"}, {}),
    ("sbo05", "sbo_pro", "notes", "md", D(2026, 11, 2), {"doelen": "aanvullen", "oogo": "missing", "instemming_ouders": "missing", "informatie_rechten": "missing"}, {}),
    ("sbo06", "sbo_lwoo", "combined", "pdf", D(2025, 11, 17), {}, {}),
    ("sbo07", "sbo_pro", "export", "pdfw", D(2026, 9, 28), {"inbreng_leerling": "empty", "instemming_ouders": "avg_only"}, {}),

    ("so01", "so_gedrag", "combined", "pdfw", D(2025, 11, 17), {}, dict(extra={"parents": None})),
    ("so02", "so_zml", "prose", "docx", D(2025, 12, 1), {"adviezen_professionals": "bijlage", "instemming_ouders": "partial"}, {}),
    ("so03", "so_gedrag", "spread", "odt", D(2026, 1, 12), {"instemming_ouders": "stated", "informatie_rechten": "partial"}, {}),
    ("so04", "so_zml", "table2", "pdfw", D(2024, 12, 9), {"adviezen_professionals": "missing"}, {}),
    ("so05", "so_gedrag", "questions", "scan_p", D(2025, 12, 8), {"uitstroombestemming": "ntb"}, {}),
    ("so06", "so_zml", "groei", "pdf", D(2026, 10, 12), {"doelen": "instr", "vaststelling": "nodate"}, {}),
    ("so07", "so_gedrag", "letter_parents", "docx", D(2026, 11, 16), {"oogo": "missing", "instemming_ouders": "protest"}, {}),

    ("vo01", "vo_autisme", "letter_pupil", "pdfw", D(2025, 11, 24), {}, dict(voice="jij")),
    ("vo02", "vo_angst", "prose", "docx", D(2025, 9, 22), {"evaluatie": "ntb", "instemming_ouders": "refused"}, {}),
    ("vo03", "vo_autisme", "bullets", "odt", D(2024, 11, 18), {}, {}),
    ("vo04", "vo_angst", "combined", "txt", D(2026, 1, 19), {"belemmerende_factoren": "missing", "instemming_ouders": "unticked"}, {}),
    ("vo05", "vo_autisme", "form", "formpdf", D(2025, 12, 15), {"doelen": "empty", "inbreng_leerling": "empty", "vaststelling": "nowho"}, {}),
    ("vo06", "vo_angst", "notes", "docx", D(2025, 12, 1), {"onderbouwing": "missing", "informatie_rechten": "missing", "vaststelling": "missing"}, {}),
    ("vo07", "vo_autisme", "export", "pdfw", D(2026, 10, 5), {"ondersteuning": "ntb2", "adviezen_professionals": "bijlage"}, {}),
    ("vo08", "vo_angst", "questions", "pdfw", D(2026, 11, 9), {}, {}),
    ("vo09", "vo_autisme", "spread", "md", D(2025, 12, 15), {"evaluatie": "vague", "inbreng_leerling": "missing"}, {}),

    ("pro01", "pro_groen", "letter_pupil", "odt", D(2025, 11, 24), {"instemming_ouders": "blank"}, dict(voice="jij")),
    ("pro02", "pro_logistiek", "prose", "pdf", D(2025, 12, 1), {}, {}),
    ("pro03", "pro_groen", "combined", "docx", D(2024, 12, 2), {"onderbouwing": "empty", "doelen": "vague"}, {}),
    ("pro04", "pro_logistiek", "domain", "pdfw", D(2026, 1, 26), {"afwijkingen_onderwijsprogramma": "missing", "oogo": "dots"}, {}),
    ("pro05", "pro_groen", "bullets", "txt", D(2026, 9, 21), {"uitstroombestemming": "instr", "instemming_ouders": "voorgezien"}, {}),
    ("pro06", "pro_logistiek", "groei", "scan_w", D(2025, 11, 17), {}, {}),
    ("pro07", "pro_groen", "spread", "pdfw", D(2025, 12, 8), {"instemming_ouders": "refused", "inbreng_leerling": "noeffect"}, {}),

    ("vso01", "vso_arbeid", "prose", "pdfw", D(2025, 11, 17), {}, dict(extra={"parents": "moeder (gezaghebbend) en de gezinshuisouders"})),
    ("vso02", "vso_vervolg_adult", "combined", "docx", D(2025, 11, 24), {}, {}),
    ("vso03", "vso_vervolg_adult", "questions", "odt", D(2026, 1, 12), {"instemming_ouders": "adult_parents"}, {}),
    ("vso04", "vso_dagbesteding_curatele", "prose", "docx", D(2025, 12, 1), {}, {}),
    ("vso05", "vso_arbeid", "table2", "docx", D(2024, 10, 28), {"uitstroombestemming": "unticked", "adviezen_professionals": "bijlage"}, dict(extra={"parents": "moeder (gezaghebbend) en de gezinshuisouders"})),
    ("vso06", "vso_vervolg_adult2", "notes", "txt", D(2025, 12, 8), {"vaststelling": "missing"}, {}),
    ("vso07", "vso_arbeid", "export", "pdfw", D(2026, 11, 2), {"onderbouwing": "bijlage", "inbreng_leerling": "noeffect", "instemming_ouders": "image_sig"}, dict(extra={"parents": "moeder (gezaghebbend) en de gezinshuisouders"})),
    ("vso08", "vso_vervolg_adult2", "spread", "scan_p", D(2026, 2, 2), {}, {}),
    ("vso09", "vso_arbeid", "form", "formpdf", D(2026, 1, 19), {"adviezen_professionals": "missing"}, dict(extra={"parents": "moeder (gezaghebbend) en de gezinshuisouders"})),
]

NOTES = {
    "po01": "Complete plan, numbered own headings, prose.",
    "po02": "Plan written to the pupil (jij). Rights only 'neem contact op met de IB' (partial).",
    "po03": "Combined sections; onderwijsbehoeften left out (combined heading shrinks to 'Belemmerende factoren'); OOGO 'volgt na overleg met ouders'; consent lines blank and both boxes unticked.",
    "po04": "Plan set before 1 Aug 2025 (inbreng n/a). Advice only 'zie verslag/bijlage'; evaluation only 'regelmatig'.",
    "po05": "IB notes as plain text. No bevorderende factoren, vague goals, no vaststelling, no rights. Consent stated via e-mail with date (counted present).",
    "po06": "Letter to parents (uw kind). Consent signed 'voor gezien'. Pupil's view without what it changed.",
    "po07": "Groeidocument set Nov 2024 but evaluated and revised 13 Oct 2025, so pupil input is required and missing.",
    "po08": "Agreements spread through the text; complete; scanned (signature in image).",
    "po09": "DOCX form with content controls: uitstroom options all unticked, onderbouwing control still shows its placeholder prompt, consent boxes unticked (signature and date filled).",
    "sbo01": "Complete plan, numbered prose headings.",
    "sbo02": "Lead-in sentences with bullets. Silence on deviations (missing), no expert advice, consent signed without date.",
    "sbo03": "Domain table; bevorderend column '...'; only the school signed. Set before Aug 2025.",
    "sbo04": "Letter to parents as plain text. Support only 'zie groepsplan en weekrooster'; no evaluation.",
    "sbo05": "Notes in markdown. Goals 'nog aanvullen'; no OOGO, no consent, no rights.",
    "sbo06": "Complete plan, combined sections, PDF made directly.",
    "sbo07": "System export with footers. Inbreng heading with '-'; only an AVG/photo consent signed, no OPP consent.",
    "so01": "Complete so plan in combined sections with the commissie voor de begeleiding advice.",
    "so02": "Prose; advice only 'zie verslag'; consent partial (one part excluded).",
    "so03": "Agreements spread through text; consent stated by e-mail with date (present); rights only partial.",
    "so04": "Two-column table, set before Aug 2025; no advice at all (not even commissie voor de begeleiding).",
    "so05": "Question headings, scanned; uitstroombestemming 'n.t.b.'.",
    "so06": "Groeidocument; goals section still has the template's instruction; vaststelling without date.",
    "so07": "Letter to parents; no OOGO; consent signed under protest.",
    "vo01": "Complete plan written to the pupil (jij).",
    "vo02": "Own prose headings; reduced timetable described; evaluation 'n.t.b.'; consent refused (niet akkoord ticked).",
    "vo03": "Complete plan with bullets; set before Aug 2025 (inbreng n/a).",
    "vo04": "Combined sections, plain text; belemmerende factoren left out (heading becomes 'Onderwijsbehoeften'); consent boxes unticked.",
    "vo05": "Fillable PDF form; goals and pupil input fields empty; vaststelling has a date but no one who set it.",
    "vo06": "Notes; no onderbouwing, no rights, no vaststelling.",
    "vo07": "System export; support 'N.t.b. na MDO'; advice only 'zie verslag'.",
    "vo08": "Complete plan with question headings, date in autumn 2026.",
    "vo09": "Spread agreements in markdown; evaluation vague; no pupil input.",
    "pro01": "Letter to pupil; consent lines blank.",
    "pro02": "Complete plan, prose, PDF made directly.",
    "pro03": "Combined sections, set before Aug 2025; onderbouwing label with nothing; goals vague.",
    "pro04": "Domain table; silence on deviations; OOGO '...'.",
    "pro05": "Bullets as plain text; uitstroom still the template instruction; consent 'voor gezien'.",
    "pro06": "Groeidocument, complete, scanned.",
    "pro07": "Agreements spread through text; parents did not consent (stated + signed); pupil's view without its effect.",
    "vso01": "Complete vso plan (arbeidsmarktgericht), prose with own headings.",
    "vso02": "Complete vso plan, adult pupil (18) who consents himself; inbreng n/a.",
    "vso03": "Adult pupil, but consent signed by the mother instead of the pupil.",
    "vso04": "Complete vso plan, pupil (19) under curatele: curator consents, pupil's input required and present.",
    "vso05": "Table; set before Aug 2025; profile options all unticked; advice only 'zie verslag'.",
    "vso06": "Notes; adult pupil (19) signs herself; no vaststelling.",
    "vso07": "System export; onderbouwing 'zie bijlage'; pupil view without effect; signature is an image only (no name), with date.",
    "vso08": "Adult pupil, spread agreements, complete, scanned.",
    "vso09": "Fillable PDF form; no field for advice (commissie voor de begeleiding missing).",
}


def flatten(blocks):
    if blocks is None:
        return None
    out = []
    for b in blocks:
        if b[0] in ("p", "i"):
            out.append(b[1])
        elif b[0] in ("bul", "num"):
            out += ["- " + x for x in b[1]]
    return "\n".join(out)


def form_fields(d):
    F = []
    F.append(("1. Gegevens leerling", None, "section"))
    for k, v in meta(d):
        F.append((k, v, "text"))
    F.append(("2. Ontwikkelingsperspectief", None, "section"))
    k = d.kind("uitstroombestemming")
    if k == "unticked":
        F.append(("Verwachte uitstroombestemming (aankruisen):", None, "static_label"))
        opts = ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gl/tl", "havo", "vwo", "vso"] if d.type in ("po", "sbo", "so") else \
            (["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"] if d.type == "vso" else ["arbeid", "entree", "mbo 2", "mbo 3/4"])
        for o in opts:
            F.append((o, False, "check"))
    elif k != "missing":
        F.append(("Verwachte uitstroombestemming", flatten(el_content(d, "uitstroombestemming")) or "", "multi"))
    plan = [("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerende factoren"),
            ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"),
            ("adviezen_professionals", "Adviezen deskundigen (o.a. commissie voor de begeleiding)" if d.type in ("so", "vso") else "Adviezen deskundigen"),
            ("ondersteuning", "Ondersteuning: wat, wie, hoe vaak, vanaf"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
            ("doelen", "Doelen"), ("oogo", "OOGO: datum en aanwezigen"), ("inbreng_leerling", "Inbreng leerling en wat ermee is gedaan"),
            ("evaluatie", "Evaluatie: wanneer en met wie")]
    for el, lab in plan:
        if el == "ondersteuningsbehoefte":
            F.append(("3. Handelingsdeel", None, "section"))
        if el == "oogo":
            F.append(("4. Betrokkenheid en evaluatie", None, "section"))
        blk = el_content(d, el, mode="bullets")
        if blk is None:
            continue
        F.append((lab, flatten(blk) or "", "multi"))
    F.append(("5. Instemming en vaststelling", None, "section"))
    if d.kind("informatie_rechten") == "ok":
        F.append(("", d.text("informatie_rechten"), "static"))
    ck = d.kind("instemming_ouders")
    if ck not in ("missing",):
        akk = ck in ("signed", "adult_self", "curator", "image_sig", "partial", "nodate", "protest", "adult_parents")
        F.append(("Ouders/verzorgers stemmen in met het handelingsdeel", akk, "check"))
        F.append(("Ouders/verzorgers stemmen niet in met het handelingsdeel", ck == "refused", "check"))
        who = "" if ck == "blank" else (d.full if ck == "adult_self" else d.parent_sig)
        F.append(("Naam ouder/verzorger (handtekening)", who, "text"))
        F.append(("Datum", "" if ck in ("blank", "nodate") else ds(d.consent_date), "text"))
    vk = d.kind("vaststelling")
    if vk == "ok":
        F.append(("Vastgesteld door (naam, functie)", f"{d.director}, directeur", "text"))
        F.append(("Datum vaststelling", ds(d.date), "text"))
    elif vk == "nowho":
        F.append(("Vastgesteld door (naam, functie)", "", "text"))
        F.append(("Datum vaststelling", ds(d.date), "text"))
    elif vk == "nodate":
        F.append(("Vastgesteld door (naam, functie)", f"{d.director}, directeur", "text"))
        F.append(("Datum vaststelling", "", "text"))
    # static_label -> static
    return [("", l, "static") if kk == "static_label" else (l, v, kk) for l, v, kk in F]


# ------------------------------------------------------------------ non-OPP documents
def nonopp():
    out = []
    folder = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
              ("sub", "Informatie voor ouders - Samenwerkingsverband Passend Primair Onderwijs Kreekhoven e.o."),
              ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In deze folder leest u wat daarin staat en wat uw rol is."),
              ("h2", "Wat staat er in een OPP?"),
              ("bul", ["de te verwachten uitstroombestemming: naar welk type vervolgonderwijs of werk uw kind waarschijnlijk gaat;",
                       "de onderbouwing daarvan;",
                       "de belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat helpt;",
                       "de ondersteuning die de school biedt (het handelingsdeel) en eventuele afwijkingen van het programma;",
                       "hoe en wanneer het plan wordt geëvalueerd."]),
              ("h2", "Wat is uw rol?"),
              ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook uw kind zelf vragen wat het ervan vindt."),
              ("h2", "Niet eens?"),
              ("p", "Praat eerst met de school. U kunt ook terecht bij ons ouder- en jeugdsteunpunt (0590-000 000) of bij een onderwijsconsulent. Binnen zes weken kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
              ("p", "Deze folder is geen OPP. Het OPP van uw kind krijgt u van de school."),
              ("footer", "Folder OPP voor ouders - versie september 2026")]
    out.append(("x01", folder, "pdf", "parent-leaflet", "Leaflet for parents about what an OPP is (not an OPP)."))
    news = [("title", "Nieuwsbrief Kindcentrum Het Zeepaardje - november 2026"),
            ("h2", "Sint komt op 4 december"), ("p", "De Sint komt dit jaar met de boot aan bij de Kreekhovense haven. Alle groepen zijn om 8.30 uur welkom op het plein."),
            ("h2", "Gesprekken over ontwikkelingsperspectieven"),
            ("p", "In de weken na de herfstvakantie voeren de intern begeleiders weer de gesprekken met ouders over het ontwikkelingsperspectief (OPP) van hun kind. U krijgt daarvoor een uitnodiging. Vanaf dit schooljaar sluiten de kinderen zelf een deel van het gesprek aan, omdat de wet vraagt om hun inbreng. Het plan gaat pas in als u met de begeleiding heeft ingestemd."),
            ("h2", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Dank aan alle vrijwilligers!"),
            ("h2", "Agenda"), ("bul", ["4 december: Sinterklaas", "19 december: kerstdiner", "22 december - 2 januari: kerstvakantie"])]
    out.append(("x02", news, "pdfw", "school-newsletter", "School newsletter with one item about OPP meetings (not an OPP)."))
    blank = [("title", "Format ontwikkelingsperspectiefplan (OPP)"), ("sub", "Samenwerkingsverband VO Lindeveen-Bremerdijk - format versie 2026-1. Vul alle onderdelen in; verwijder de instructieteksten."),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Klas", ""), ("Mentor", "")])]
    heads = [("uitstroombestemming", "1. Te verwachten uitstroombestemming"), ("onderbouwing", "2. Onderbouwing"),
             ("belemmerende_factoren", "3. Belemmerende factoren"), ("bevorderende_factoren", "4. Bevorderende factoren"),
             ("ondersteuningsbehoefte", "5. Onderwijs- en ondersteuningsbehoeften"), ("adviezen_professionals", "6. Adviezen van deskundigen"),
             ("ondersteuning", "7. Ondersteuning en begeleiding (handelingsdeel)"), ("afwijkingen_onderwijsprogramma", "8. Afwijkingen van het onderwijsprogramma"),
             ("doelen", "9. Doelen"), ("inbreng_leerling", "10. Inbreng van de leerling"), ("oogo", "11. Op overeenstemming gericht overleg"),
             ("evaluatie", "12. Evaluatie"), ("informatie_rechten", "13. Informatie over rechten"), ("vaststelling", "14. Vaststelling")]
    for el, h in heads:
        blank += [("h2", h), ("i", INSTR[el])]
    blank += [("h2", "15. Instemming ouders met het handelingsdeel"), ("p", "☐ akkoord     ☐ niet akkoord"),
              ("sig", "Handtekening ouder/verzorger", None, None, False)]
    out.append(("x03", blank, "docx", "blank-format", "Blank template of a samenwerkingsverband: every heading with only the instruction text."))
    inv = [("p", "Praktijkschool De Werkplaats Oudeloo"), ("p", "Oudeloo, 2 oktober 2026"),
           ("p", "Beste ouders/verzorgers van Jesse Pauwels,"),
           ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) van Jesse op dinsdag 13 oktober 2026 om 15.30 uur. Jesse is ook welkom; wij willen graag horen wat hij zelf vindt. In het gesprek bespreken wij het ontwerp van het plan. Het ontwerp krijgt u een week van tevoren."),
           ("p", "Kunt u niet? Laat het de mentor weten, dan maken we een nieuwe afspraak."),
           ("p", "Met vriendelijke groet,\nR. Hesselink, mentor")]
    out.append(("x04", inv, "odt", "invitation-letter", "Invitation to an OPP meeting (not an OPP)."))
    return out


def main():
    os.makedirs(BUILD, exist_ok=True)
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    labels = []
    to_pdf_via_word, to_odt = [], []
    scans_w = []
    for sid, cas, lay, fmt, date, gaps, kw in SPECS:
        extra = kw.pop("extra", {}) or {}
        extra = {k: v for k, v in extra.items() if v}
        d = Doc(sid, cas, lay, fmt, date, gaps, extra=extra, **kw)
        name = f"{sid}-{d.type}-{lay}"
        if lay == "form":
            F = form_fields(d)
            title = "Beknopt OPP" if fmt == "formpdf" else "OPP-formulier (beknopt)"
            sub = f"{d.swv} - {d.school}"
            if fmt == "formpdf":
                out = os.path.join(DOCS, name + ".pdf")
                render.form_pdf(title, sub, F, out)
                rfmt = "pdf"
            else:
                out = os.path.join(DOCS, name + ".docx")
                render.form_docx(title, sub, F, out)
                rfmt = "docx"
        else:
            blocks = LAYOUTS[lay](d)
            if fmt in ("docx", "pdfw", "odt", "scan_w"):
                p = os.path.join(BUILD, name + ".docx")
                render.to_docx(blocks, p, BUILD, sid)
                if fmt == "docx":
                    shutil.copy(p, os.path.join(DOCS, name + ".docx"))
                    rfmt = "docx"
                elif fmt == "pdfw":
                    to_pdf_via_word.append((p, os.path.join(DOCS, name + ".pdf")))
                    rfmt = "pdf"
                elif fmt == "odt":
                    to_odt.append((p, os.path.join(DOCS, name + ".odt")))
                    rfmt = "odt"
                else:
                    scans_w.append((p, os.path.join(DOCS, name + ".pdf"), sid))
                    rfmt = "pdf"
            elif fmt == "pdf":
                render.to_pdf(blocks, os.path.join(DOCS, name + ".pdf"), BUILD, sid, style="blue")
                rfmt = "pdf"
            elif fmt == "scan_p":
                p = os.path.join(BUILD, name + ".pdf")
                render.to_pdf(blocks, p, BUILD, sid)
                render.make_scan(p, os.path.join(DOCS, name + ".pdf"), sid, BUILD)
                rfmt = "pdf"
            elif fmt in ("txt", "md"):
                render.to_txt(blocks, os.path.join(DOCS, name + "." + fmt), md=(fmt == "md"))
                rfmt = fmt
        lab = d.labels()
        acc = []
        scanned = fmt.startswith("scan")
        if scanned:
            acc.append("instemming_ouders")
        if d.kind("instemming_ouders") == "image_sig":
            acc.append("instemming_ouders")
        ext = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "txt": ".txt", "md": ".md"}[rfmt]
        labels.append({"file": f"docs/{name}{ext}", "format": rfmt, "layout": LAYOUT_NAMES[lay], "school_type": d.type,
                       "scanned": scanned, "elements": lab, "accept_unclear": sorted(set(acc)),
                       "notes": f"{NOTES[sid]} Plan date {d.date.isoformat()}" + (f", revised {d.revised.isoformat()}" if d.revised else "") +
                                f". Format: {fmt}."})
    for nid, blocks, fmt, layout, note in nonopp():
        name = f"{nid}-none-{layout}"
        p = os.path.join(BUILD, name + ".docx")
        if fmt == "pdf":
            render.to_pdf(blocks, os.path.join(DOCS, name + ".pdf"), BUILD, nid, style="blue")
            rfmt = "pdf"
        else:
            render.to_docx(blocks, p, BUILD, nid)
            if fmt == "docx":
                shutil.copy(p, os.path.join(DOCS, name + ".docx")); rfmt = "docx"
            elif fmt == "pdfw":
                to_pdf_via_word.append((p, os.path.join(DOCS, name + ".pdf"))); rfmt = "pdf"
            else:
                to_odt.append((p, os.path.join(DOCS, name + ".odt"))); rfmt = "odt"
        if layout == "blank-format":
            el = {e: "incomplete" for e in ELEMENTS}
        else:
            el = {e: "not_applicable" for e in ELEMENTS}
        labels.append({"file": f"docs/{name}.{rfmt}", "format": rfmt, "layout": layout, "school_type": "none",
                       "scanned": False, "elements": el, "accept_unclear": [], "notes": note})
    # conversions
    conv = os.path.join(BUILD, "conv")
    os.makedirs(conv, exist_ok=True)
    render.soffice([p for p, _ in to_pdf_via_word] + [p for p, _, _ in scans_w], "pdf", conv)
    for p, o in to_pdf_via_word:
        shutil.copy(os.path.join(conv, os.path.basename(p)[:-5] + ".pdf"), o)
    for p, o, sid in scans_w:
        render.make_scan(os.path.join(conv, os.path.basename(p)[:-5] + ".pdf"), o, sid, BUILD)
    render.soffice([p for p, _ in to_odt], "odt", conv)
    for p, o in to_odt:
        shutil.copy(os.path.join(conv, os.path.basename(p)[:-5] + ".odt"), o)
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": labels}, fh, ensure_ascii=False, indent=1)
    print(len(labels), "documents")


if __name__ == "__main__":
    main()
