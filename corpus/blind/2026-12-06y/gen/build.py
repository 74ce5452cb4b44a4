# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06y.

Run:  /work/blind37/venv/bin/python gen/build.py   (from the corpus folder)
No clock is read; every choice comes from the SPECS table and seeds derived from the document number.
"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import Ctx, ELEMENTS, dnum, dlong, add_days, SWV
from layouts import LAYOUTS
import render as R

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
WORK = os.path.join(ROOT, ".work")

PRESENT_CONSENT = {"wet_signed", "scribble", "digital_yes", "email_stated", "adult_self", "curator"}
MISSING_CONSENT = {"omit", "avg_only", "photo_only"}
CUTOFF = "2025-08-01"

# id, layout, format, school type, plan date, modes, consent, extra
S = []


def D(i, layout, fmt, st, date, modes=None, consent=None, note="", **kw):
    S.append(dict(id=i, layout=layout, fmt=fmt, st=st, date=date, modes=modes or {}, consent=consent, note=note, **kw))


# ---------------------------------------------------------------- po
D("po-01", "lvs-opp-module", "pdf", "po", "2025-10-14", {}, "digital_yes", "complete; digital parental consent via portal")
D("po-02", "swv-groeidocument", "pdf-word", "po", "2025-11-04", {"afwijkingen_onderwijsprogramma": "none"}, "scribble",
  "complete; explicit 'geen afwijkingen'; drawn signature image with date")
D("po-03", "lvs-opp-module", "pdf", "po", "2025-10-07",
  {"inbreng_leerling": "view_only", "evaluatie": "placeholder", "vaststelling": "empty"}, "digital_pending",
  "pupil view without effect; evaluation 'n.t.b.'-style placeholder; status concept with blank vaststelling; akkoord requested, no reply",
  concept=True, ph={"evaluatie": "n.t.b."})
D("po-04", "portal-aanvraag-arrangement", "pdf-form", "po", "2025-12-01",
  {"onderbouwing": "ref", "adviezen_professionals": "ref", "afwijkingen_onderwijsprogramma": "omit", "informatie_rechten": "omit"},
  "avg_only", "fillable form; onderbouwing and advice only refer to bijlagen; no deviations field; only an AVG consent signed, no consent to handelingsdeel")
D("po-05", "vraaggestuurd-portaalplan", "odt", "po", "2025-03-18", {"inbreng_leerling": "omit"}, "wet_signed",
  "complete plan set before 1-8-2025 (pupil input not yet required)")
D("po-06", "beknopt-opp-tekstexport", "txt", "po", "2025-09-23",
  {"belemmerende_factoren": "generic", "bevorderende_factoren": "generic", "doelen": "generic", "informatie_rechten": "omit"},
  "onder_protest", "factors and goals about every child; consent 'Ja' with remark onder protest; no rights info")
D("po-07", "opp-wijzer-domeintabel", "odt", "po", "2025-10-28",
  {"ondersteuningsbehoefte": "empty", "ondersteuning": "ref", "evaluatie": "partial"}, "no_date",
  "needs column printed 'n.v.t.'; support refers to groepsplan; evaluation without when/parents; signature without date")
D("po-08", "swv-groeidocument", "scan-word", "po", "2025-06-10", {"inbreng_leerling": "omit"}, "scribble",
  "scan; complete plan set before 1-8-2025; handwritten-looking signature", scanned=True)
D("po-09", "zorgroute-handelingsdeel-lang", "pdf-word", "po", "2025-11-18",
  {"uitstroombestemming": "placeholder", "onderbouwing": "empty"}, "voor_gezien",
  "destination 'n.t.b.'; onderbouwing blank; parent marked 'voor gezien' in the system", ph={"uitstroombestemming": "n.t.b."})
# ---------------------------------------------------------------- sbo
D("sbo-01", "zorgroute-handelingsdeel-lang", "docx", "sbo", "2025-10-02", {}, "digital_yes", "complete; long multi-period table")
D("sbo-02", "lvs-opp-module", "pdf", "sbo", "2024-11-12", {"inbreng_leerling": "omit"}, "wet_signed",
  "complete plan of 2024 (before the pupil-input rule); paper signature recorded in the system")
D("sbo-03", "swv-groeidocument", "docx", "sbo", "2025-10-21",
  {"onderbouwing": "instruction", "adviezen_professionals": "instruction", "inbreng_leerling": "instruction"}, "school_only",
  "format instructions left in three sections; only the school signed")
D("sbo-04", "vraaggestuurd-portaalplan", "pdf", "sbo", "2025-11-11",
  {"oogo": "partial", "evaluatie": "generic", "vaststelling": "placeholder"}, "unticked",
  "OOGO only announced; evaluation about all OPPs; vaststelling placeholder; signed but no box ticked",
  ph={"vaststelling": "volgt na overleg"})
D("sbo-05", "portal-aanvraag-arrangement", "pdf", "sbo", "2025-09-30", {}, "digital_yes", "complete aanvraag with OPP")
D("sbo-06", "opp-wijzer-domeintabel", "pdf-odt", "sbo", "2025-11-25",
  {"bevorderende_factoren": "empty", "doelen": "placeholder", "inbreng_leerling": "omit"}, "partial",
  "bevorderend column printed n.v.t.; goals placeholder; no pupil input; partial consent", ph={"doelen": "nog aanvullen"})
D("sbo-07", "beknopt-opp-tekstexport", "txt", "sbo", "2025-05-20", {"inbreng_leerling": "omit"}, "email_stated",
  "set before 1-8-2025 but revised after evaluation on 10-11-2025, no pupil input; consent stated by e-mail with date",
  revised="2025-11-10")
# ---------------------------------------------------------------- so
D("so-01", "vraaggestuurd-portaalplan", "pdf-odt", "so", "2025-10-09", {}, "wet_signed", "complete incl. CvB advice")
D("so-02", "lvs-opp-module", "pdf", "so", "2025-11-20", {"adviezen_professionals": "partial", "ondersteuning": "partial"},
  "digital_no", "advice only says research was done (no CvB advice); support without who/how often; parent clicked 'Nee'")
D("so-03", "swv-groeidocument", "pdf-word", "so", "2025-09-16", {}, "email_stated", "complete; consent by e-mail recorded with date")
D("so-04", "zorgroute-handelingsdeel-lang", "pdf-word", "so", "2025-10-30",
  {"belemmerende_factoren": "omit", "afwijkingen_onderwijsprogramma": "omit", "evaluatie": "empty"}, "blank_line",
  "no belemmerend column; deviations not mentioned; evaluation blank; signature lines blank", consent_style="paper")
D("so-05", "portal-aanvraag-arrangement", "pdf-form", "so", "2025-11-06", {}, "digital_yes", "complete; values in form fields")
D("so-06", "opp-wijzer-domeintabel", "scan-odt", "so", "2024-12-03", {"inbreng_leerling": "omit"}, "scribble",
  "scan; complete plan of 2024; handwritten-looking signatures", scanned=True)
D("so-07", "beknopt-opp-tekstexport", "txt", "so", "2025-10-15", {"uitstroombestemming": "partial", "adviezen_professionals": "ref"},
  "digital_yes", "destination only 'Voortgezet onderwijs.'; advice 'zie verslag'")
# ---------------------------------------------------------------- vo
D("vo-01", "lvs-opp-module", "pdf", "vo", "2025-10-01", {}, "digital_yes", "complete")
D("vo-02", "portal-aanvraag-arrangement", "pdf", "vo", "2025-11-13",
  {"inbreng_leerling": "view_only", "doelen": "ref", "informatie_rechten": "generic"}, "onder_protest",
  "pupil view without effect; goals in other document; rights only 'klachtenregeling'; consent under protest")
D("vo-03", "vraaggestuurd-portaalplan", "docx", "vo", "2025-09-25", {"afwijkingen_onderwijsprogramma": "none"}, "digital_yes",
  "complete; explicit no deviations; digital consent", consent_style="digital")
D("vo-04", "zorgroute-handelingsdeel-lang", "docx", "vo", "2025-12-02",
  {"ondersteuning": "placeholder", "doelen": "instruction", "vaststelling": "empty"}, "no_date",
  "Word placeholder text in support; goal instruction left in; concept without vaststelling; akkoord without date",
  concept=True, ph={"ondersteuning": "Klik of tik om tekst in te voeren."})
D("vo-05", "beknopt-opp-tekstexport", "txt", "vo", "2025-04-08", {"inbreng_leerling": "omit"}, "digital_yes",
  "complete plan of April 2025")
D("vo-06", "swv-groeidocument", "odt", "vo", "2025-10-16",
  {"oogo": "omit", "informatie_rechten": "omit", "evaluatie": "omit"}, "photo_only",
  "no OOGO, rights or evaluation; only a signed consent for photos")
D("vo-07", "opp-wijzer-domeintabel", "pdf-odt", "vo", "2025-11-27",
  {"afwijkingen_onderwijsprogramma": "nvt", "uitstroombestemming": "generic", "onderbouwing": "generic"}, "refused",
  "deviations printed n.v.t. (explicit); destination and onderbouwing generic; consent refused")
D("vo-08", "lvs-opp-module", "scan-pdf", "vo", "2025-10-22", {"vaststelling": "omit"}, "digital_yes",
  "scan; only print date in header, no vaststelling", scanned=True)
# ---------------------------------------------------------------- pro
D("pro-01", "swv-groeidocument", "docx", "pro", "2025-10-10", {}, "wet_signed", "complete")
D("pro-02", "lvs-opp-module", "pdf", "pro", "2025-11-05",
  {"bevorderende_factoren": "placeholder", "ondersteuningsbehoefte": "generic", "inbreng_leerling": "ref"}, "school_only",
  "bevorderend placeholder; needs about all pupils; pupil input only referred; only school akkoord", ph={"bevorderende_factoren": "..."})
D("pro-03", "portal-aanvraag-arrangement", "pdf-form", "pro", "2025-10-24",
  {"uitstroombestemming": "empty", "onderbouwing": "empty", "afwijkingen_onderwijsprogramma": "empty"}, "digital_pending",
  "form fields for destination, onderbouwing and deviations left empty; akkoord pending")
D("pro-04", "zorgroute-handelingsdeel-lang", "pdf-word", "pro", "2025-09-29", {}, "digital_yes", "complete")
D("pro-05", "vraaggestuurd-portaalplan", "odt", "pro", "2025-11-19", {"doelen": "partial", "ondersteuning": "generic"}, "voor_gezien",
  "vague goals; support about all pupils; 'voor gezien' ticked")
D("pro-06", "opp-wijzer-domeintabel", "odt", "pro", "2025-02-11", {"inbreng_leerling": "omit"}, "wet_signed", "complete plan of Feb 2025")
D("pro-07", "beknopt-opp-tekstexport", "txt", "pro", "2025-10-06",
  {"oogo": "placeholder", "evaluatie": "nvt", "informatie_rechten": "ref"}, "digital_yes",
  "OOGO placeholder; evaluation 'n.v.t.' where it applies; rights only a reference", ph={"oogo": "..."})
# ---------------------------------------------------------------- vso
D("vso-01", "vso-uitstroomprofiel-export", "docx", "vso", "2025-10-08", {}, "wet_signed", "complete; content controls", cc=True)
D("vso-02", "vso-uitstroomprofiel-export", "pdf", "vso", "2025-11-12", {"inbreng_leerling": "omit"}, "adult_self",
  "complete; adult handelingsbekwaam pupil signs himself (pupil input n/a)", adult=True)
D("vso-03", "vso-uitstroomprofiel-export", "docx", "vso", "2025-10-20", {}, "curator",
  "complete; adult under curatele, curator consents", adult=True, curatele=True, cc=True)
D("vso-04", "vso-uitstroomprofiel-export", "pdf", "vso", "2025-11-03", {"inbreng_leerling": "omit"}, "pupil_curatele",
  "adult under curatele signs himself, no curator consent; no pupil input", adult=True, curatele=True)
D("vso-05", "vso-uitstroomprofiel-export", "docx", "vso", "2025-12-04",
  {"uitstroombestemming": "unticked", "onderbouwing": "placeholder", "adviezen_professionals": "generic"}, "avg_plus_blank",
  "no profile ticked; Word placeholder; no CvB advice; AVG consent signed, OPP consent blank", cc=True,
  ph={"onderbouwing": "Klik of tik om tekst in te voeren."})
D("vso-06", "lvs-opp-module", "pdf", "vso", "2025-09-18", {}, "digital_yes", "complete")
D("vso-07", "swv-groeidocument", "scan-word", "vso", "2025-10-27", {"adviezen_professionals": "omit"}, "no_date",
  "scan; no advice section (no CvB advice); consent signed without date", scanned=True)
D("vso-08", "portal-aanvraag-arrangement", "pdf", "vso", "2025-06-24",
  {"inbreng_leerling": "omit", "ondersteuning": "partial", "doelen": "placeholder"}, "digital_yes",
  "plan of June 2025; support without who/how often; goals placeholder", ph={"doelen": "[tekst]"})
D("vso-09", "vso-uitstroomprofiel-export", "pdf-word", "vso", "2025-11-21",
  {"afwijkingen_onderwijsprogramma": "omit", "inbreng_leerling": "omit"}, "adult_self",
  "adult pupil consents digitally; no deviations section at all", adult=True, consent_style="digital")

# ---------------------------------------------------------------- non-OPPs and blank formats
NON = [
    ("none-01", "portal-brief", "pdf", "invitation letter for an OPP meeting (not a plan)"),
    ("none-02", "portal-mail", "txt", "portal e-mail: receipt of an arrangement request (not a plan)"),
    ("none-03", "portal-brief", "pdf-word", "decision letter on an arrangement, with objection info (not a plan)"),
    ("none-04", "portal-melding", "odt", "portal reminder to give digital consent, with status fields (not a plan)"),
    ("none-05", "folder", "pdf-word", "leaflet for parents: what is an OPP (not a plan)"),
    ("none-06", "nieuwsbrief", "docx", "school newsletter mentioning OPPs (not a plan)"),
]
BLANK = [
    ("blank-po", "lvs-opp-module", "pdf", "po", "empty export of the OPP-module with '-' in every field"),
    ("blank-vo", "swv-groeidocument", "docx", "vo", "blank groeidocument with the format's instructions"),
]


def non_opp(i, kind, n):
    c = Ctx(n, "po" if i in ("none-01", "none-02", "none-04") else "vo", "2025-10-13")
    if i == "none-01":
        meta = {"header": f"Groeiportaal · bericht {c.dossier}-U1 · verzonden {dnum(c.print_date)}", "footer": "pagina {page} van {pages}"}
        B = [("p", f"{c.school}\nPostbus 214\n{c.place}"), ("p", f"Aan de ouders/verzorgers van {c.name}"),
             ("p", f"{c.place}, {dlong(add_days(c.date, -20))}"), ("p", "Betreft: uitnodiging gesprek ontwikkelingsperspectief"),
             ("p", f"Beste ouders/verzorgers,\n\nGraag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) van {c.first}. "
                   f"In dit gesprek bespreken we het concept-OPP: de verwachte uitstroombestemming, de belemmerende en bevorderende "
                   f"factoren en de ondersteuning die wij willen bieden. Wij horen graag uw mening; na het gesprek stellen wij het plan vast "
                   f"en vragen wij uw instemming met het handelingsdeel."),
             ("kv", [("Datum", dlong(c.oogo_date)), ("Tijd", "15.15 – 16.00 uur"), ("Plaats", "kamer intern begeleider"),
                     ("Aanwezig namens school", f"{c.mentor} en {c.ib}")]),
             ("p", f"Wilt u uw komst bevestigen via het ouderportaal? Als u wilt, mag {c.first} een deel van het gesprek bijwonen.\n\n"
                   f"Met vriendelijke groet,\n\n{c.ib}\nintern begeleider")]
    elif i == "none-02":
        meta = {"header": "", "footer": ""}
        B = [("p", f"Van: noreply@groeiportaal-waalrand.example\nAan: {c.ib.split(' ', 1)[1].lower().replace(' ', '').replace('.', '')}@school.example\n"
                   f"Onderwerp: Ontvangstbevestiging aanvraag {c.dossier}"),
             ("p", f"Geachte {c.ib},\n\nUw aanvraag voor een ondersteuningsarrangement voor leerling {c.name} (geboren {c.dob}) is ontvangen "
                   f"op {dnum(c.date)}. Het dossier is compleet op de volgende onderdelen:"),
             ("kv", [("Groeidocument", "ontvangen"), ("OPP", "ontvangen (versie 2)"), ("Handtekening ouders", "ontvangen"),
                     ("Onderzoeksverslag", "-")]),
             ("p", "De commissie arrangeren bespreekt de aanvraag binnen zes weken. U ontvangt het besluit via het portaal.\n\n"
                   "Dit bericht is automatisch gegenereerd; u kunt er niet op antwoorden.")]
    elif i == "none-03":
        meta = {"header": f"{c.swv}", "footer": "Kenmerk ARR-2025-0917 · pagina {page}"}
        B = [("p", f"Aan de ouders/verzorgers van {c.name}\nen de directie van {c.school}"),
             ("p", f"{c.place}, {dlong(add_days(c.date, 30))}\nKenmerk: ARR-2025-0917"),
             ("p", "Betreft: besluit aanvraag ondersteuningsarrangement"),
             ("p", f"Geachte ouders/verzorgers, geachte directie,\n\nDe commissie arrangeren heeft de aanvraag voor {c.first} besproken op "
                   f"{dlong(add_days(c.date, 26))}. Zij kent een medium arrangement toe voor de periode tot 31 juli 2026. De school "
                   f"neemt de afspraken op in het handelingsdeel van het ontwikkelingsperspectiefplan en evalueert dit met u.\n\n"
                   f"Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het bestuur van het "
                   f"samenwerkingsverband. Het Ouder- en Jeugdsteunpunt kan u daarbij helpen.\n\nMet vriendelijke groet,\n\n"
                   f"mw. drs. T. Harkema\nvoorzitter commissie arrangeren")]
    elif i == "none-04":
        meta = {"header": f"Ouderportaal {c.school} · melding", "footer": f"Gegenereerd {dnum(c.print_date)}"}
        B = [("title", "Herinnering: uw akkoord gevraagd"),
             ("p", f"Beste {c.parent1},\n\nEr staat een document voor u klaar in het ouderportaal. Wij vragen u het OPP van {c.first} "
                   f"te lezen en uw akkoord te geven met het handelingsdeel."),
             ("kv", [("Document", f"OPP {c.name} (versie {c.version})"), ("Status", "Concept – wacht op akkoord ouder"),
                     ("Akkoord ouder", "nog niet gegeven"), ("Uiterlijk reageren", dnum(add_days(c.print_date, 14)))]),
             ("p", "Log in via de app of de website om het document te openen. Heeft u vragen, neem dan contact op met de intern begeleider.")]
    elif i == "none-05":
        meta = {"header": "", "footer": f"{SWV['vo']} · folder voor ouders · 2025"}
        B = [("title", "Wat is een ontwikkelingsperspectiefplan (OPP)?"),
             ("p", "Sommige leerlingen hebben meer ondersteuning nodig dan de school gewoonlijk biedt. Dan maakt de school een OPP. "
                   "Daarin staat wat de school van uw kind verwacht (de uitstroombestemming), waarom, wat helpt en wat belemmert."),
             ("h", "Welke onderdelen heeft een OPP?"),
             ("table", ["Onderdeel", "Wat staat erin?"],
              [["Uitstroombestemming", "Naar welk onderwijs of werk uw kind waarschijnlijk gaat."],
               ["Onderbouwing", "Waarom de school dat verwacht."],
               ["Belemmerende en bevorderende factoren", "Wat het leren moeilijker of makkelijker maakt."],
               ["Handelingsdeel", "Welke ondersteuning uw kind krijgt, van wie en hoe vaak."],
               ["Evaluatie", "Minstens één keer per jaar bespreekt de school het OPP met u."]]),
             ("h", "Wat zijn uw rechten?"),
             ("p", "De school overlegt met u voordat het OPP wordt vastgesteld. Voor het handelingsdeel is uw instemming nodig. "
                   "Vanaf 1 augustus 2025 moet de school ook uw kind zelf horen. Bent u het niet eens, dan kunt u terecht bij het "
                   "Ouder- en Jeugdsteunpunt, de Onderwijsconsulenten of binnen zes weken bij de Geschillencommissie passend onderwijs."),
             ("checks", "Voorbeeld van het ondertekeningsblok:", [("akkoord", False), ("niet akkoord", False)])]
    else:
        meta = {"header": f"Nieuwsbrief {c.school} · nr. 3 · november 2025", "footer": "pagina {page}"}
        B = [("title", "Veerhuis Nieuws"),
             ("h", "Van de zorgcoördinator"),
             ("p", "In oktober zijn voor 23 leerlingen de ontwikkelingsperspectiefplannen (OPP's) besproken met ouders en leerlingen. "
                   "Nieuw dit jaar: leerlingen schrijven zelf mee aan hun plan. Alle plannen worden in juni geëvalueerd. "
                   "Heeft uw kind een OPP en heeft u nog geen akkoord gegeven? Dat kan via het ouderportaal."),
             ("h", "Agenda"),
             ("table", ["Datum", "Activiteit"], [["14 november", "Ouderavond leerjaar 2"], ["21 november", "Studiedag (leerlingen vrij)"],
                                                  ["5 december", "Sinterklaasviering onderbouw"]]),
             ("h", "Sportdag"), ("p", "De sportdag van leerjaar 1 was een groot succes. Dank aan alle ouders die hielpen!")]
    return meta, B


def blank_doc(i, layout, st, n):
    c = Ctx(n, st, "2025-09-01")
    c.name = ""; c.dob = ""; c.group = ""; c.first = "de leerling"; c.last = ""
    if layout == "lvs-opp-module":
        spec = {"modes": {e: "empty" for e in ELEMENTS}, "consent": "blank_line", "concept": True}
    else:
        spec = {"modes": {e: "instruction" for e in ELEMENTS}, "consent": "blank_line"}
        spec["modes"]["informatie_rechten"] = "omit"
    from layouts import LAYOUTS as L
    meta, B = L[layout](c, spec)
    # blank formats carry no pupil data: blank the kv values of the first data table
    for j, b in enumerate(B):
        if b[0] == "kv":
            B[j] = ("kv", [(k, "") for k, _ in b[1]])
            break
    B.insert(1, ("note", "Leeg format – in te vullen door de intern begeleider." if st == "po" else
                 "Format groeidocument 2025-2026 (versie SWV). Vul alle onderdelen in; verwijder de cursieve aanwijzingen."))
    return meta, B


def labels_for(sp, c):
    lab = {}
    for e in ELEMENTS:
        m = sp["modes"].get(e, "ok")
        if e == "instemming_ouders":
            v = sp["consent"]
            lab[e] = "present" if v in PRESENT_CONSENT else ("missing" if v in MISSING_CONSENT else "incomplete")
            continue
        if m == "ok":
            lab[e] = "present"
        elif m == "omit":
            lab[e] = "missing"
        elif m in ("none",) or (m == "nvt" and e == "afwijkingen_onderwijsprogramma"):
            lab[e] = "not_applicable"
        elif m == "empty" and e == "afwijkingen_onderwijsprogramma" and sp["layout"] == "opp-wijzer-domeintabel":
            lab[e] = "not_applicable"
        else:
            lab[e] = "incomplete"
    last = max(sp["date"], sp.get("revised") or sp["date"])
    if last < CUTOFF:
        lab["inbreng_leerling"] = "not_applicable"
    if sp.get("adult") and not sp.get("curatele"):
        lab["inbreng_leerling"] = "not_applicable"
    lab.update(sp.get("labels", {}))
    return lab


def write(fmt, meta, blocks, base, seed):
    """fmt -> produce docs/base.<ext>; returns (relative file, format label)."""
    os.makedirs(DOCS, exist_ok=True)
    if fmt == "pdf":
        out = os.path.join(DOCS, base + ".pdf"); R.render_pdf(meta, blocks, out, seed); return out, "pdf"
    if fmt == "pdf-form":
        out = os.path.join(DOCS, base + ".pdf"); R.render_pdf_form(meta, blocks, out, seed); return out, "pdf"
    if fmt == "docx":
        out = os.path.join(DOCS, base + ".docx"); R.render_docx(meta, blocks, out, seed, WORK); return out, "docx"
    if fmt == "odt":
        out = os.path.join(DOCS, base + ".odt"); R.render_odt(meta, blocks, out, seed, WORK); return out, "odt"
    if fmt == "txt":
        out = os.path.join(DOCS, base + ".txt"); R.render_txt(meta, blocks, out, seed); return out, "txt"
    if fmt in ("pdf-word", "pdf-odt", "scan-word", "scan-odt", "scan-pdf"):
        src_dir = os.path.join(WORK, "src"); os.makedirs(src_dir, exist_ok=True)
        if fmt.endswith("word"):
            src = os.path.join(src_dir, base + ".docx"); R.render_docx(meta, blocks, src, seed, WORK)
            pdf = R.soffice_pdf(src, src_dir, WORK)
        elif fmt.endswith("odt"):
            src = os.path.join(src_dir, base + ".odt"); R.render_odt(meta, blocks, src, seed, WORK)
            pdf = R.soffice_pdf(src, src_dir, WORK)
        else:
            pdf = os.path.join(src_dir, base + ".pdf"); R.render_pdf(meta, blocks, pdf, seed)
        out = os.path.join(DOCS, base + ".pdf")
        if fmt.startswith("scan"):
            R.scan_pdf(pdf, out, seed, WORK)
        else:
            shutil.copy(pdf, out)
        return out, "pdf"
    raise ValueError(fmt)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(WORK, exist_ok=True)
    docs = []
    for n, sp in enumerate(S, start=1):
        c = Ctx(n, sp["st"], sp["date"], adult=sp.get("adult", False), curatele=sp.get("curatele", False), revised=sp.get("revised"))
        spec = dict(sp)
        if not spec.get("consent"):
            spec["consent"] = "digital_yes"
        meta, B = LAYOUTS[sp["layout"]](c, spec)
        if sp.get("revised"):
            B.insert(3, ("kv", [("Bijgesteld na evaluatie", f"{dnum(sp['revised'])} (versie {c.version + 1}), samen met ouders")]))
        base = f"{sp['id']}-{sp['layout']}"
        out, f = write(sp["fmt"], meta, B, base, n)
        lab = labels_for(spec, c)
        acc = []
        if sp.get("scanned") or spec["consent"] == "scribble":
            acc.append("instemming_ouders")
        docs.append({"file": os.path.relpath(out, ROOT), "format": f, "layout": sp["layout"], "school_type": sp["st"],
                     "scanned": bool(sp.get("scanned")), "elements": lab, "accept_unclear": acc,
                     "notes": f"{sp['fmt']}; plan date {sp['date']}; " + sp["note"]})
        print(sp["id"], out)
    for k, (i, kind, fmt, note) in enumerate(NON):
        meta, B = non_opp(i, kind, 200 + k)
        out, f = write(fmt, meta, B, f"{i}-{kind}", 200 + k)
        docs.append({"file": os.path.relpath(out, ROOT), "format": f, "layout": kind, "school_type": "none", "scanned": False,
                     "elements": {e: "missing" for e in ELEMENTS}, "accept_unclear": [], "notes": f"{fmt}; " + note})
        print(i, out)
    for k, (i, layout, fmt, st, note) in enumerate(BLANK):
        meta, B = blank_doc(i, layout, st, 300 + k)
        out, f = write(fmt, meta, B, f"{i}-{layout}", 300 + k)
        lab = {e: "incomplete" for e in ELEMENTS}
        if layout == "swv-groeidocument":
            lab["informatie_rechten"] = "missing"
        docs.append({"file": os.path.relpath(out, ROOT), "format": f, "layout": layout + " (blank format)", "school_type": st,
                     "scanned": False, "elements": lab, "accept_unclear": [], "notes": f"{fmt}; " + note})
        print(i, out)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": docs}, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
