# -*- coding: utf-8 -*-
"""Generator for the blind OPP validation set, round 72 (2026-12-08t).

Usage:  ../../../../venv/bin/python gen.py        (from this folder)
Writes ../docs/*, ../labels.json. Intermediate files go to /work/blind73/build.
Deterministic: every random choice comes from a per-document seed; no clock is read.
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab import rl_config
rl_config.invariant = 1

from content import ELEMENTS, dlong, dshort, dadd, MONTHS
from layouts import LAYOUTS, Ctx
import render as R
import nonopp

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
BUILD = "/work/blind73/build"

FIRST_M = ["Daan", "Sem", "Mees", "Milan", "Ilias", "Tijn", "Bram", "Rayan", "Jesse", "Luuk", "Joep", "Thijs",
           "Stijn", "Ravi", "Wout", "Cas", "Niek", "Gijs", "Ole", "Kyan", "Ties", "Dex", "Jurre", "Bas", "Levi",
           "Mats", "Hidde", "Yusuf"]
FIRST_F = ["Noor", "Liv", "Fenna", "Yara", "Saar", "Esmee", "Lotte", "Iris", "Hanna", "Nora", "Senna", "Amira",
           "Kiki", "Mila", "Fleur", "Lieke", "Jade", "Evi", "Sara", "Roos", "Isa", "Merel", "Fay", "Lina", "Anouk",
           "Silke", "Nova", "Zara"]
LAST = ["van Dorrestein", "Kramers", "Hoeksema", "Wiltink", "de Raaf", "Brinkhorst", "Oudejans", "Pelgrim",
        "Veldkamp", "Zwanenburg", "Smeekes", "ter Horst", "Lubbers", "Nijkamp", "Abbink", "van Oosterwijk",
        "Bruggeman", "Koopmans", "Elzinga", "Mulderink", "Roelofsen", "Tabak", "Wessels", "Schimmel",
        "el Amrani", "Dijkhuis", "Holtkamp", "Verbrugge", "Stoffels", "Aarnink"]
MOTHERS = ["J.", "A.", "M.", "S.", "L.", "K.", "E.", "R."]
FATHERS = ["P.", "T.", "H.", "W.", "B.", "D.", "G.", "F."]
PLACES = ["Aldervaart", "Brommerveen", "Dorrewijk", "Esselhorst", "Gravenmeer", "Hollekamp", "Lindewaard",
          "Moerbroek", "Rietsloot", "Tolveen", "Wijkerhorst", "Kleiwaard"]
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Zeilschip", "IKC De Ooievaarshof", "Basisschool De Zonnewijzer"],
    "sbo": ["SBO De Brug", "SBO Het Anker", "Speciale basisschool De Vlonder"],
    "so": ["SO De Kompasroos", "Expertisecentrum De Wissel, afdeling SO", "SO Het Baken"],
    "vo": ["Het Lindewaard College", "Scholengemeenschap De Esch", "Veenhorst Lyceum"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Moerbroek", "PrO De Akker"],
    "vso": ["Expertisecentrum De Wissel, afdeling VSO", "VSO De Kompasroos", "VSO Het Baken"],
}
DIRECTORS = ["mw. A. Bakhuizen", "dhr. R. Olthof", "mw. C. Wesseling", "dhr. J. Smit-Rozema", "mw. D. Karaca",
             "dhr. M. ten Brinke"]
MENTORS = ["mw. S. Jonkers", "dhr. K. Aydin", "mw. P. Overbeek", "dhr. L. de Wit", "mw. H. Roessink", "dhr. T. Brands"]
SYSTEMS = ["LeerlingDossier Pro 7.2", "EduVolg Online", "KlasKompas LVS"]

# ------------------------------------------------------------------ document specs
# gaps: element -> variant. ok (default) | empty | ph | instr | ref | vague | nochange | nocvb | cvbref |
#       unticked | none (afwijkingen: explicit "geen") | nodate (vaststelling) | later | omit
SPECS = [
    # ---------------- po
    dict(id="d01", st="po", layout="swv-genummerd", fmt="pdf-word", date=(2025, 10, 14), age=10, g="m",
         gaps={"afwijkingen_onderwijsprogramma": "none"}, consent="signed", note="complete plan; explicit 'geen afwijkingen'"),
    dict(id="d02", st="po", layout="beknopt", fmt="docx", cc=True, date=(2025, 11, 4), age=9, g="f",
         gaps={"onderbouwing": "ph", "doelen": "vague", "informatie_rechten": "omit", "inbreng_leerling": "nochange"},
         consent="voorgezien", note="Word content controls; onderbouwing is an unfilled content control (placeholder); goals vague; "
                                    "pupil's view without what it changed; consent ticked 'voor gezien'"),
    dict(id="d03", st="po", layout="brief", fmt="txt", date=(2025, 3, 11), age=11, g="m", u=1,
         gaps={"evaluatie": "ph", "adviezen_professionals": "ref", "inbreng_leerling": "omit"}, consent="stated",
         note="letter to parents, plan before 1-8-2025 (pupil's input n/a); consent stated orally and confirmed by e-mail with date"),
    dict(id="d04", st="po", layout="vraagkoppen", fmt="odt", date=(2026, 1, 20), age=8, g="f", u=2,
         gaps={"afwijkingen_onderwijsprogramma": "omit", "bevorderende_factoren": "empty"}, consent="partial",
         note="question headings; 'Wat gaat goed' heading with nothing under it; no word on deviations; partial consent"),
    dict(id="d05", st="po", layout="swv-genummerd", fmt="scan", date=(2024, 11, 19), age=11, g="m",
         gaps={"inbreng_leerling": "omit"}, consent="signed",
         note="scan of a signed plan from 2024 with handwritten signatures and crosses"),
    dict(id="d06", st="po", layout="groeidocument", fmt="pdf", date=(2026, 3, 10), age=12, g="f",
         gaps={"oogo": "omit", "vaststelling": "nodate", "afwijkingen_onderwijsprogramma": "none"}, consent="nodate",
         note="groeidocument with OPP chapter; no OOGO; vaststelling without date; parents signed without date"),
    # ---------------- vo
    dict(id="d07", st="vo", layout="tweekolom", fmt="docx", date=(2025, 9, 30), age=16, g="m", u=0,
         gaps={}, consent="signed", note="complete two-column plan with deviations (vrijstelling Frans)"),
    dict(id="d08", st="vo", layout="systeemexport", fmt="pdf", date=(2025, 10, 14), age=14, g="f", u=1,
         gaps={"belemmerende_factoren": "ph", "inbreng_leerling": "omit", "informatie_rechten": "ref",
               "afwijkingen_onderwijsprogramma": "none"}, consent="school_only",
         note="system export with footers; '[geen gegevens]' for belemmerende factoren; rights only 'zie schoolgids'; "
              "only the school signed"),
    dict(id="d09", st="vo", layout="domeintabel", fmt="pdf-word", date=(2025, 5, 20), revised=(2025, 11, 18), age=15,
         g="m", u=2, gaps={"inbreng_leerling": "omit"}, consent="signed",
         note="set May 2025 but revised Nov 2025 (after 1-8-2025), so the pupil's input is required and missing"),
    dict(id="d10", st="vo", layout="beknopt", fmt="md", date=(2026, 9, 29), age=13, g="f", u=1,
         gaps={"ondersteuningsbehoefte": "instr", "doelen": "instr", "afwijkingen_onderwijsprogramma": "none"},
         consent="unticked", note="format instructions left in for needs and goals; consent boxes both unticked (signed)"),
    dict(id="d11", st="vo", layout="tweekolom", fmt="pdf-form", date=(2026, 1, 20), age=16, g="m", u=0,
         gaps={"afwijkingen_onderwijsprogramma": "none"}, consent="signed",
         note="fillable PDF: all answers are form-field values; complete"),
    dict(id="d12", st="vo", layout="vraagkoppen", fmt="txt", date=(2026, 10, 13), age=14, g="f", u=1,
         gaps={"adviezen_professionals": "omit"}, consent="refused",
         note="consent refused ('niet akkoord'); no advice section"),
    # ---------------- sbo
    dict(id="d13", st="sbo", layout="swv-genummerd", fmt="docx", date=(2025, 10, 14), age=10, g="m", u=0,
         gaps={}, consent="signed", note="complete"),
    dict(id="d14", st="sbo", layout="domeintabel", fmt="odt", date=(2025, 11, 4), age=11, g="f", u=1,
         gaps={"bevorderende_factoren": "ph", "afwijkingen_onderwijsprogramma": "none"}, consent="protest",
         note="domain table with placeholder in every 'bevorderend' cell; signed 'onder protest'"),
    dict(id="d15", st="sbo", layout="groeidocument", fmt="pdf-word", date=(2024, 10, 8), age=9, g="m", u=0,
         gaps={}, consent="signed", note="complete plan of 2024; contains a pupil conversation anyway (label n/a, rule not in force)"),
    dict(id="d16", st="sbo", layout="beknopt", fmt="pdf-form", date=(2026, 3, 10), age=12, g="f", u=1,
         gaps={"onderbouwing": "empty", "evaluatie": "empty"}, consent="blank",
         note="fillable PDF with empty fields for onderbouwing and evaluatie; parents' signature and date fields empty"),
    dict(id="d17", st="sbo", layout="overdracht", fmt="docx", date=(2026, 6, 16), age=10, g="m", u=0,
         transfer=("sbo", "so"), to_school="SO De Kompasroos",
         reason="{n} heeft meer structuur en een kleinere groep nodig dan het sbo kan bieden; het swv heeft een TLV so afgegeven.",
         gaps={"ondersteuning": "ref"}, consent="signed_one",
         note="transfer sbo->so; support only 'zie groepsplan (bijlage 4)'"),
    dict(id="d18", st="sbo", layout="tweekolom", fmt="scan", date=(2025, 10, 14), age=11, g="m", u=0,
         gaps={}, consent="signed", note="scan of a complete signed plan"),
    dict(id="d19", st="sbo", layout="brief", fmt="md", date=(2026, 1, 20), age=12, g="f", u=1,
         gaps={"afwijkingen_onderwijsprogramma": "none"}, consent="avg_only",
         note="letter; only an AVG/photo consent is signed, no consent to the handelingsdeel"),
    dict(id="d20", st="sbo", layout="vraagkoppen", fmt="odt", date=(2024, 9, 24), age=12, g="m", u=1,
         gaps={"inbreng_leerling": "omit"}, consent="signed", note="complete plan of 2024"),
    # ---------------- so
    dict(id="d21", st="so", layout="swv-genummerd", fmt="docx", date=(2025, 9, 30), age=9, g="m", u=0,
         gaps={}, consent="signed", note="complete, with advice of the commissie voor de begeleiding"),
    dict(id="d22", st="so", layout="swv-genummerd", fmt="pdf-word", date=(2025, 11, 4), age=11, g="f", u=1,
         gaps={"adviezen_professionals": "nocvb"}, consent="signed",
         note="so plan with a psychologist's advice but no advice of the commissie voor de begeleiding"),
    dict(id="d23", st="so", layout="systeemexport", fmt="txt", date=(2025, 6, 3), age=8, g="m", u=1,
         gaps={"uitstroombestemming": "ph", "onderbouwing": "empty", "inbreng_leerling": "omit"}, consent="blank",
         note="text export with page footers; destination '[geen gegevens]', onderbouwing field blank; blank parents' line"),
    dict(id="d24", st="so", layout="overdracht", fmt="pdf", date=(2026, 1, 20), age=10, g="m",
         transfer=("so", "sbo"), to_school="SBO Het Anker",
         dest=("Terugplaatsing naar het sbo; daarna vmbo basisberoepsgerichte leerweg met lwoo.",
               "{n} heeft een gemiddeld tot beneden gemiddelde intelligentie (TIQ 84, WISC-V 2025). Het gedrag is in "
               "twee jaar so sterk verbeterd: geen incidenten meer sinds maart 2025. Het leerrendement ligt rond 75%. "
               "De commissie voor de begeleiding acht terugplaatsing naar het sbo verantwoord."),
         reason="{n} functioneert stabiel en heeft de intensieve gedragsbegeleiding van het so niet meer nodig.",
         gaps={"evaluatie": "omit"}, consent="signed", note="transfer so->sbo (terugplaatsing); no evaluation arrangement"),
    dict(id="d25", st="so", layout="groeidocument", fmt="odt", date=(2026, 3, 10), age=12, g="f", u=1,
         gaps={"inbreng_leerling": "nochange", "adviezen_professionals": "cvbref"}, consent="signed",
         note="pupil's view without what it changed; CvB advice only 'zie verslag CvB'"),
    dict(id="d26", st="so", layout="vraagkoppen", fmt="scan", date=(2025, 10, 14), age=10, g="m", u=0,
         gaps={}, consent="signed", note="scan of a complete plan"),
    dict(id="d27", st="so", layout="beknopt", fmt="txt", date=(2026, 9, 29), age=6, g="f", u=2,
         gaps={"oogo": "ph", "ondersteuning": "vague"}, consent="signed_one",
         note="young so pupil (dagbesteding route); OOGO '...'/placeholder; support without who/how often"),
    dict(id="d28", st="so", layout="domeintabel", fmt="pdf", date=(2026, 11, 3), age=12, g="m", u=1,
         gaps={"afwijkingen_onderwijsprogramma": "omit"}, consent="signed",
         note="so->vso transition year; silent on deviations, rest complete"),
    dict(id="d29", st="so", layout="swv-genummerd", fmt="docx", date=(2026, 10, 13), age=7, g="f", u=0,
         gaps={"uitstroombestemming": "instr", "onderbouwing": "instr", "belemmerende_factoren": "instr",
               "bevorderende_factoren": "instr", "ondersteuningsbehoefte": "instr", "adviezen_professionals": "instr",
               "doelen": "instr", "ondersteuning": "instr", "afwijkingen_onderwijsprogramma": "instr",
               "evaluatie": "instr", "oogo": "instr", "inbreng_leerling": "instr", "informatie_rechten": "instr",
               "vaststelling": "empty"}, consent="blank",
         note="format with only the personalia filled in; every other section still shows the format's instructions"),
    # ---------------- vso
    dict(id="d30", st="vso", layout="vso-uitstroomprofiel", fmt="docx", date=(2025, 10, 14), age=19, g="m",
         profile="arbeidsmarkt", gaps={}, consent="pupil_signed",
         note="adult pupil (19) signs himself; parent signs 'voor kennisname'; complete"),
    dict(id="d31", st="vso", layout="vso-uitstroomprofiel", fmt="pdf-word", date=(2025, 11, 4), age=18, g="f",
         profile="vervolgonderwijs", gaps={}, consent="parents_only_adult",
         note="adult pupil (18), but only the parents signed; the plan says nothing about a representative"),
    dict(id="d32", st="vso", layout="vso-uitstroomprofiel", fmt="pdf", date=(2026, 1, 20), age=19, g="m",
         profile="dagbesteding", u=1, curatele=True, tlv="cluster 3, TLV categorie hoog", gaps={}, consent="curator",
         note="adult pupil under curatele: the curator (mother) consents; the pupil's input is required and present"),
    dict(id="d33", st="vso", layout="vso-uitstroomprofiel", fmt="odt", date=(2025, 9, 30), age=16, g="f",
         profile="vervolgonderwijs", gaps={"uitstroombestemming": "unticked"}, consent="signed",
         note="none of the three profile boxes ticked and no destination text"),
    dict(id="d34", st="vso", layout="tweekolom", fmt="pdf-form", date=(2025, 4, 15), age=17, g="m",
         profile="dagbesteding", gaps={"informatie_rechten": "omit", "inbreng_leerling": "omit"}, consent="signed",
         note="fillable PDF, plan of April 2025; no information on rights"),
    dict(id="d35", st="vso", layout="systeemexport", fmt="pdf", date=(2026, 3, 10), age=20, g="f",
         profile="arbeidsmarkt", u=1, gaps={}, consent="pupil_voorgezien",
         note="adult pupil (20) ticked 'voor gezien' instead of agreeing"),
    dict(id="d36", st="vso", layout="groeidocument", fmt="odt", date=(2025, 10, 14), age=18, g="m",
         profile="arbeidsmarkt", gaps={}, consent="volmacht",
         note="adult pupil who authorised his parents in writing (plan says so); parents sign"),
    dict(id="d37", st="vso", layout="vso-uitstroomprofiel", fmt="scan", date=(2026, 1, 20), age=15, g="f",
         profile="arbeidsmarkt", gaps={}, consent="signed",
         note="scan; profile box and consent box crossed by hand, handwritten signatures"),
    dict(id="d38", st="vso", layout="overdracht", fmt="md", date=(2025, 11, 4), age=14, g="m", profile="arbeidsmarkt",
         transfer=("praktijkonderwijs", "vso"), to_school="VSO Het Baken",
         reason="{n} raakte op de praktijkschool overprikkeld in grote groepen; het swv gaf een TLV vso af.",
         gaps={"belemmerende_factoren": "omit", "doelen": "ph"}, consent="signed_one",
         note="transfer pro->vso written by the receiving vso; no hindering factors; goals placeholder"),
    dict(id="d39", st="vso", layout="brief", fmt="txt", date=(2026, 6, 16), age=18, g="m", profile="arbeidsmarkt",
         gaps={}, consent="pupil_email", note="letter addressed to the adult pupil; he agreed by e-mail (date given)"),
    dict(id="d40", st="vso", layout="groeidocument", fmt="docx", cc_checks=True, date=(2025, 11, 4), age=16, g="f",
         profile="dagbesteding", gaps={"onderbouwing": "ref", "adviezen_professionals": "omit"}, consent="signed",
         note="Word checkbox content controls in the consent; onderbouwing only 'zie bijlage 2'; no advice at all (no CvB)"),
    dict(id="d41", st="vso", layout="domeintabel", fmt="odt", date=(2026, 10, 13), age=17, g="m",
         profile="vervolgonderwijs", u=1, gaps={"afwijkingen_onderwijsprogramma": "none"}, consent="signed",
         note="complete"),
    dict(id="d42", st="vso", layout="systeemexport", fmt="txt", date=(2026, 9, 29), age=13, g="f",
         profile="dagbesteding", gaps={}, consent="signed", note="complete text export with footers"),
    dict(id="d43", st="vso", layout="vso-uitstroomprofiel", fmt="docx", date=(2026, 11, 3), age=17, g="m",
         profile="arbeidsmarkt", u=1, gaps={"inbreng_leerling": "nochange", "evaluatie": "ph"}, consent="signed",
         note="17-year-old: parents consent; pupil's view without effect; evaluation placeholder"),
    # ---------------- pro
    dict(id="d44", st="pro", layout="pro-iop", fmt="docx", date=(2025, 10, 14), age=15, g="m", u=0,
         gaps={}, consent="signed", note="complete OPP+IOP with stage overview"),
    dict(id="d45", st="pro", layout="pro-iop", fmt="pdf-word", date=(2026, 1, 20), age=17, g="f", u=2,
         gaps={"afwijkingen_onderwijsprogramma": "none", "inbreng_leerling": "nochange", "informatie_rechten": "ref"},
         consent="signed", note="loopbaangesprek without what it changed; rights only 'zie schoolgids'"),
    dict(id="d46", st="pro", layout="beknopt", fmt="pdf-form", date=(2025, 2, 11), age=13, g="m", u=1,
         gaps={"uitstroombestemming": "later", "inbreng_leerling": "omit"}, consent="signed",
         note="first-year pupil: destination deferred to end of year 2 (no destination given)"),
    dict(id="d47", st="pro", layout="systeemexport", fmt="txt", date=(2025, 11, 4), age=16, g="f", u=2,
         gaps={"vaststelling": "omit"}, consent="nodate",
         note="no vaststelling in the export; parents' signatures without date"),
    dict(id="d48", st="pro", layout="overdracht", fmt="odt", date=(2026, 3, 10), age=16, g="m",
         transfer=("praktijkonderwijs", "vso"), to_school="VSO De Kompasroos",
         dest=("Vso, uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding in een houtwerkplaats.",
               "{n} kon op de praktijkschool de stage niet volhouden: na 1,5 uur raakt {hij} uitgeput en overprikkeld "
               "(drie stages voortijdig gestopt). De TIQ is 58 (WAIS-IV, 2025). De arbeidsdeskundige verwacht geen "
               "loonwaarde boven 30%. Daarom is arbeidsmatige dagbesteding de verwachte bestemming."),
         reason="{n} heeft een intensievere begeleiding nodig dan de praktijkschool kan bieden.",
         gaps={"oogo": "omit"}, consent="signed", note="transfer pro->vso written by the pro school; no OOGO"),
    dict(id="d49", st="pro", layout="pro-iop", fmt="scan", date=(2025, 10, 14), age=16, g="m", u=0,
         gaps={}, consent="signed", note="scan of a complete OPP/IOP; profile box crossed by hand"),
    dict(id="d50", st="pro", layout="vraagkoppen", fmt="md", date=(2026, 10, 13), age=14, g="f", u=1,
         gaps={}, consent="unticked", note="both consent boxes unticked although signed"),
    dict(id="d51", st="pro", layout="brief", fmt="pdf-word", date=(2025, 9, 30), age=15, g="m", u=0,
         gaps={"ondersteuningsbehoefte": "omit", "bevorderende_factoren": "ref"}, consent="signed",
         note="letter; no needs; strengths only 'zie bijlage 3'"),
    # ---------------- extra gap mixes (numbered after the non-OPPs)
    dict(id="d56", st="pro", layout="beknopt", fmt="docx", date=(2026, 1, 20), age=14, g="m", u=1,
         gaps={"uitstroombestemming": "omit", "onderbouwing": "omit"}, consent="signed",
         note="called OPP but only the IOP/handelingsdeel is there: no destination and no onderbouwing at all"),
    dict(id="d57", st="vso", layout="vraagkoppen", fmt="pdf", date=(2026, 9, 29), age=16, g="f", profile="dagbesteding",
         gaps={"doelen": "omit", "ondersteuning": "omit", "evaluatie": "instr"}, consent="signed_one",
         note="perspective part complete, but no goals and no support described; evaluation still the format's instruction"),
    dict(id="d58", st="sbo", layout="tweekolom", fmt="odt", date=(2025, 12, 9), age=11, g="m", u=1,
         gaps={"bevorderende_factoren": "omit", "ondersteuningsbehoefte": "ph", "oogo": "vague",
               "informatie_rechten": "instr", "vaststelling": "ph"}, consent="signed",
         note="no strengths; needs placeholder; OOGO 'met ouders besproken' without date/who; rights instruction; "
              "vaststelling date/by placeholders"),
]


def school_year(d):
    y, m, _ = d
    return f"{y}-{y + 1}" if m >= 8 else f"{y - 1}-{y}"


def group_of(s):
    st, age = s["st"], s["age"]
    return {"po": f"groep {max(3, age - 4)}", "sbo": f"groep {max(3, age - 4)} (sbo)", "so": f"SO-{max(1, age - 5)}",
            "vo": {13: "1 vmbo-tl/havo", 14: "2 vmbo-tl", 15: "3 vmbo-kader", 16: "havo 4"}.get(age, "3 havo"),
            "pro": f"leerjaar {max(1, age - 12)}",
            "vso": f"VSO-{min(6, max(1, age - 12))} {s.get('profile', '')}".strip()}[st]


def enrich(s, i):
    s = dict(s)
    s["seed"] = 7200 + i
    s["gender"] = s.pop("g")
    fl = FIRST_M if s["gender"] == "m" else FIRST_F
    s["first"] = fl[(i * 5) % len(fl)]
    s["last"] = LAST[(i * 7) % len(LAST)]
    s["mother"] = MOTHERS[i % 8]
    s["father"] = FATHERS[(i * 3) % 8]
    s["u_idx"] = s.get("u", 0)
    s["place"] = PLACES[i % len(PLACES)]
    s["school"] = SCHOOLS[s["st"]][i % len(SCHOOLS[s["st"]])] + ", " + s["place"]
    s["swv"] = f"Samenwerkingsverband Passend Onderwijs {PLACES[(i + 3) % len(PLACES)]} e.o."
    s["director"] = DIRECTORS[i % len(DIRECTORS)]
    s["mentor"] = MENTORS[(i * 5) % len(MENTORS)]
    s["system"] = SYSTEMS[i % len(SYSTEMS)]
    s["schoolyear"] = school_year(s["date"])
    bm, bd = 1 + (i * 5) % 12, 1 + (i * 11) % 27
    by = s["date"][0] - s["age"] - (1 if (bm, bd) > s["date"][1:] else 0)
    s["birth"] = (by, bm, bd)
    s["group"] = group_of(s)
    s["adult"] = s["st"] == "vso" and s["age"] >= 18 and not s.get("curatele")
    s.setdefault("profile", "arbeidsmarkt")
    return s


# ------------------------------------------------------------------ labels
CONSENT_OK = {"signed", "signed_one", "stated", "pupil_signed", "volmacht", "curator", "pupil_email"}
CONSENT_MISSING = {"omit", "avg_only"}


def labels_for(s):
    L = {}
    for e in ELEMENTS:
        v = s["gaps"].get(e, "ok")
        if e == "instemming_ouders":
            c = s["consent"]
            L[e] = "present" if c in CONSENT_OK else ("missing" if c in CONSENT_MISSING else "incomplete")
        elif v == "ok":
            L[e] = "present"
        elif v == "none":
            L[e] = "not_applicable"
        elif v == "omit":
            L[e] = "missing"
        else:
            L[e] = "incomplete"
    eff = s.get("revised") or s["date"]
    if eff < (2025, 8, 1) or s["adult"]:
        L["inbreng_leerling"] = "not_applicable"
    return L


def accept_unclear(s):
    if s["fmt"] != "scan":
        return []
    a = ["instemming_ouders"]
    if s["layout"] in ("vso-uitstroomprofiel", "pro-iop"):
        a.append("uitstroombestemming")
    return a


# ------------------------------------------------------------------ determinism helpers
def normalize_zip(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        if "mimetype" in names:  # odf: mimetype first, stored
            zi = zipfile.ZipInfo("mimetype", date_time=(1980, 1, 1, 0, 0, 0))
            zout.writestr(zi, zin.read("mimetype"), compress_type=zipfile.ZIP_STORED)
        for n in names:
            if n == "mimetype":
                continue
            data = zin.read(n)
            if n == "meta.xml":
                import re
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", data)
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def normalize_pdf(path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject, ArrayObject, ByteStringObject
    r = PdfReader(path)
    w = PdfWriter(clone_from=r)
    w.metadata = None
    w.add_metadata({"/Producer": "blind73 generator"})
    w._ID = ArrayObject([ByteStringObject(b"blind73-2026-12-08"), ByteStringObject(b"blind73-2026-12-08")])
    with open(path + ".tmp", "wb") as f:
        w.write(f)
    os.replace(path + ".tmp", path)


# ------------------------------------------------------------------ main
def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    entries = []
    to_convert = []
    for i, raw in enumerate(SPECS):
        s = enrich(raw, i)
        blocks = LAYOUTS[s["layout"]](Ctx(s))
        footer = None
        if s["layout"] == "systeemexport":
            footer = (f"Afgedrukt op {dshort(dadd(s['date'], 2))} 10:{10 + i:02d} door {s['mentor']} "
                      f"— {s['system']} — pagina {{p}} van {{n}}")
        base = f"{s['id']}-{s['st']}-{s['layout']}"
        fmt = s["fmt"]
        ext = {"pdf-word": "pdf", "pdf": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt",
               "txt": "txt", "md": "md"}[fmt]
        out = os.path.join(DOCS, base + "." + ext)
        if fmt == "docx":
            R.render_docx(blocks, out, footer=footer, cc=s.get("cc", False), cc_checks=s.get("cc_checks", False))
            normalize_zip(out)
        elif fmt == "pdf-word":
            src = os.path.join(BUILD, base + ".docx")
            R.render_docx(blocks, src, footer=footer)
            to_convert.append((src, out))
        elif fmt == "pdf":
            R.render_pdf(blocks, out, footer=footer, seed=s["seed"])
        elif fmt == "pdf-form":
            R.render_form(blocks, out)
        elif fmt == "scan":
            src = os.path.join(BUILD, base + "-clean.pdf")
            R.render_pdf(blocks, src, footer=footer, scan=True, seed=s["seed"])
            wd = os.path.join(BUILD, base + "-pages"); os.makedirs(wd)
            R.make_scan(src, out, wd, s["seed"])
        elif fmt == "odt":
            R.render_odt(blocks, out, footer=footer)
            normalize_zip(out)
        elif fmt == "txt":
            R.render_txt(blocks, out, footer=footer)
        elif fmt == "md":
            R.render_md(blocks, out, footer=footer)
        gaps = ", ".join(f"{k}={v}" for k, v in s["gaps"].items()) or "none"
        entries.append({
            "file": "docs/" + os.path.basename(out), "format": ext, "layout": s["layout"], "school_type": s["st"],
            "scanned": fmt == "scan", "elements": labels_for(s), "accept_unclear": accept_unclear(s),
            "notes": (f"{s['layout']} / {fmt}; plan date {dshort(s['date'])}"
                      + (f", revised {dshort(s['revised'])}" if s.get("revised") else "")
                      + f"; pupil {s['age']} y" + (" (adult)" if s["adult"] else "") + (" (curatele)" if s.get("curatele") else "")
                      + (f", vso profile {s['profile']}" if s["st"] == "vso" else "")
                      + f"; gaps: {gaps}; consent: {s['consent']}. {s['note']}"),
        })
    # non-OPP documents
    for e in nonopp.build(DOCS, BUILD, R):
        e["elements"] = {k: "not_applicable" for k in ELEMENTS}
        e.setdefault("accept_unclear", [])
        entries.append(e)
    # Word -> PDF through LibreOffice, as schools export
    if to_convert:
        outdir = os.path.join(BUILD, "soffice")
        os.makedirs(outdir, exist_ok=True)
        srcs = [s for s, _ in to_convert]
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///work/blind73/build/lo-profile",
                        "--convert-to", "pdf", "--outdir", outdir] + srcs, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, out in to_convert:
            shutil.copy(os.path.join(outdir, os.path.basename(src)[:-5] + ".pdf"), out)
    for f in sorted(os.listdir(DOCS)):
        if f.endswith(".pdf"):
            normalize_pdf(os.path.join(DOCS, f))
        elif f.endswith((".docx", ".odt")):
            normalize_zip(os.path.join(DOCS, f))
    entries.sort(key=lambda e: e["file"])
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
