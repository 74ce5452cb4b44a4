# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-08f (paper trail around an OPP).

Run:  /work/blind59/venv/bin/python generate.py
Fixed seeds, no clock. Writes docs/ and labels.json next to this script.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_render as R  # noqa: E402
from gen_content import ELEMENTS, LAW_DATE, make_pupil  # noqa: E402
from gen_layouts import LAYOUTS  # noqa: E402
import gen_other as O  # noqa: E402

DOCS = os.path.join(HERE, "docs")
BUILD = "/work/blind59/build"
R.BUILD = BUILD
D = dt.date


def S(**kw):
    return kw


# var values: "ok*" present | "miss" missing | "na*" not_applicable | anything else incomplete
SPECS = [
    # ---------------- complete and correct plans --------------------------------
    S(id="c01", st="po", layout="swv-genummerd", fmt="pdf-word", date=D(2025, 10, 14), seed=101,
      var={"afwijkingen_onderwijsprogramma": "na"}, opts={"pb": 1},
      notes="complete; no deviations stated explicitly; parents' signature image with names and date"),
    S(id="c02", st="so", layout="domeintabel", fmt="docx", date=D(2025, 11, 20), seed=102,
      var={"instemming_ouders": "ok_cc"}, notes="complete; consent as ticked Word checkbox content control plus signature image and date"),
    S(id="c03", st="po", layout="vraaggestuurd", fmt="pdf", date=D(2026, 1, 15), seed=103,
      var={"instemming_ouders": "ok_stated"}, notes="complete; consent stated in text with date (given in talk, confirmed by e-mail)"),
    S(id="c04", st="sbo", layout="groeidocument", fmt="odt", date=D(2025, 9, 30), seed=104,
      var={"instemming_ouders": "ok_esign"}, notes="complete groeidocument with OPP chapters; consent by digital signature in parent portal"),
    S(id="c05", st="vo", layout="systeem-export", fmt="txt", date=D(2025, 10, 2), seed=105,
      var={"instemming_ouders": "ok_esign"}, opts={"footer_every": 45},
      notes="complete system export as text with page footers; digital consent"),
    S(id="c06", st="pro", layout="beknopt-tabel", fmt="docx", date=D(2024, 10, 10), seed=106,
      var={"inbreng_leerling": "miss"}, notes="complete short plan set before 1 Aug 2025 (no pupil section needed)"),
    S(id="c07", st="vso", layout="vso-profiel", fmt="pdf-word", date=D(2025, 11, 5), seed=107, adult=True, profile="arbeid",
      var={"instemming_ouders": "ok_adult_esign", "inbreng_leerling": "miss"},
      notes="complete; adult pupil (meerderjarig, handelingsbekwaam) consents himself by e-signature; pupil is the party so inbreng n/a"),
    S(id="c08", st="so", layout="briefvorm-plan", fmt="pdf", date=D(2023, 11, 1), seed=108,
      var={"inbreng_leerling": "pre"}, notes="complete letter-style plan from 2023 with signature strip; pupil's view present but rule not yet in force (n/a)"),
    S(id="c09", st="po", layout="swv-genummerd", fmt="scan", date=D(2025, 12, 3), seed=109,
      var={"instemming_ouders": "ok_hand", "afwijkingen_onderwijsprogramma": "na"}, opts={"pb": 1, "pb2": 1},
      scan={"stamp": (2, "ONTVANGEN", "IB - " + "3 dec.", "OBS", 1150)}, unclear=["instemming_ouders"],
      notes="complete; scanned, skewed; handwritten tick 'akkoord', handwritten date, signatures; received stamp"),
    S(id="c10", st="vso", layout="vso-profiel", fmt="docx", date=D(2025, 12, 1), seed=110, curatele=True, profile="dag",
      var={"instemming_ouders": "ok_curator"}, notes="complete; adult pupil under curatele: curator signs consent, pupil signs 'gezien'; pupil's view with effect"),
    S(id="c11", st="so", layout="groeidocument", fmt="pdf-word", date=D(2026, 2, 10), seed=111,
      notes="complete so groeidocument with OPP chapters"),
    S(id="c12", st="vo", layout="domeintabel", fmt="pdf-word", date=D(2025, 3, 12), seed=112,
      var={"inbreng_leerling": "pre", "instemming_ouders": "ok_stated"},
      notes="complete vo plan from before 1 Aug 2025; has a pupil section anyway (n/a by date); consent stated with date"),
    S(id="c13", st="pro", layout="formulier-pdf", fmt="form", date=D(2025, 10, 20), seed=113,
      var={"instemming_ouders": "ok_form"}, notes="complete fillable PDF form; values in form fields; consent box ticked, name, date, signature image"),
    S(id="c14", st="sbo", layout="vraaggestuurd", fmt="docx", date=D(2025, 9, 15), seed=114, opts={"u_style": "checks"},
      notes="complete; destination as ticked option list plus explanation"),
    S(id="c15", st="po", layout="beknopt-tabel", fmt="pdf", date=D(2026, 3, 3), seed=115,
      var={"afwijkingen_onderwijsprogramma": "na", "instemming_ouders": "ok_esign"}, notes="complete short plan; no deviations; digital consent"),
    S(id="c16", st="so", layout="domeintabel", fmt="scan", date=D(2025, 10, 7), seed=116,
      var={"instemming_ouders": "ok_hand"}, opts={"pb": 1, "pb2": 1},
      scan={"stamp": (0, "GEZIEN", "intern begeleider", "SO", 90), "contrast": 0.6}, unclear=["instemming_ouders"],
      notes="complete; scanned with stamp, low contrast; handwritten tick and signature with date"),
    S(id="c17", st="vso", layout="vso-profiel", fmt="odt", date=D(2026, 1, 20), seed=117, profile="vervolg",
      notes="complete vso plan of a minor pupil; parents sign (signature images in ODT table)"),
    S(id="c18", st="po", layout="briefvorm-plan", fmt="docx", date=D(2025, 11, 11), seed=118,
      notes="complete letter-style plan with tear-off consent strip signed and dated"),
    S(id="c19", st="pro", layout="vraaggestuurd", fmt="pdf-word", date=D(2026, 1, 29), seed=119,
      var={"instemming_ouders": "ok_stated"}, notes="complete pro plan with question headings"),
    S(id="c49", st="so", layout="swv-genummerd", fmt="pdf-odt", date=D(2025, 9, 18), seed=149,
      notes="complete so plan, ODT exported to PDF"),
    S(id="c55", st="po", layout="groeidocument", fmt="docx", date=D(2025, 12, 12), seed=155,
      var={"instemming_ouders": "ok_stated", "afwijkingen_onderwijsprogramma": "na_checks"},
      notes="complete po groeidocument; 'geen afwijkingen' ticked; consent stated with date"),
    S(id="c56", st="so", layout="vraaggestuurd", fmt="pdf", date=D(2026, 3, 16), seed=156,
      notes="complete so plan with question headings; signed and dated"),
    # ---------------- plans with gaps -----------------------------------------------
    S(id="g20", st="po", layout="swv-genummerd", fmt="pdf-word", date=D(2025, 10, 1), seed=120,
      var={"uitstroombestemming": "unticked", "onderbouwing": "zie", "instemming_ouders": "voor_gezien"},
      notes="destination options all unticked; onderbouwing only 'zie bijlage 2'; parents signed 'voor gezien'"),
    S(id="g21", st="sbo", layout="domeintabel", fmt="docx", date=D(2025, 11, 3), seed=121,
      var={"belemmerende_factoren": "instr", "doelen": "vaag", "instemming_ouders": "onder_protest"},
      notes="belemmerend column holds the format's instruction only; vague goals; signed under protest"),
    S(id="g22", st="vo", layout="systeem-export", fmt="pdf", date=D(2025, 9, 22), seed=122, opts={"sys": "LeerlingDossier Online"},
      var={"inbreng_leerling": "zonder_effect", "evaluatie": "ntb", "instemming_ouders": "gelezen"},
      notes="pupil's view without what it changed; evaluation 'n.t.b.'; portal status 'gelezen' instead of consent"),
    S(id="g23", st="so", layout="groeidocument", fmt="pdf-word", date=D(2025, 10, 28), seed=123,
      var={"adviezen_professionals": "zie", "afwijkingen_onderwijsprogramma": "miss", "instemming_ouders": "geweigerd"},
      notes="advice only 'zie verslag'; deviations not mentioned at all; 'niet akkoord' ticked and signed"),
    S(id="g24", st="po", layout="vraaggestuurd", fmt="odt", date=D(2026, 1, 8), seed=124,
      var={"ondersteuningsbehoefte": "generiek", "ondersteuning": "generiek", "inbreng_leerling": "miss", "instemming_ouders": "ok_stated"},
      notes="needs and support written about every child (school profile text); no pupil section in a 2026 plan"),
    S(id="g25", st="vso", layout="vso-profiel", fmt="docx", date=D(2025, 12, 10), seed=125, profile="arbeid",
      var={"uitstroombestemming": "unticked", "onderbouwing": "volgt", "instemming_ouders": "gedeeltelijk"},
      notes="no profile ticked; onderbouwing 'volgt na overleg'; consent partial (except reduced timetable)"),
    S(id="g26", st="pro", layout="beknopt-tabel", fmt="pdf", date=D(2025, 10, 6), seed=126,
      var={"instemming_ouders": "alleen_school", "informatie_rechten": "miss"},
      notes="only the school signed; parents' row blank; no rights information"),
    S(id="g27", st="po", layout="briefvorm-plan", fmt="pdf-word", date=D(2025, 11, 18), seed=127,
      var={"instemming_ouders": "miss"}, opts={"avg": 1},
      notes="no OPP consent at all; a signed AVG/photo consent sits where the strip would be"),
    S(id="g28", st="vo", layout="domeintabel", fmt="odt", date=D(2024, 5, 15), seed=128,
      var={"instemming_ouders": "lege_lijn", "doelen": "dots", "inbreng_leerling": "miss"},
      notes="pre-2025 plan; goals '...'; blank signature lines"),
    S(id="g29", st="sbo", layout="swv-genummerd", fmt="txt", date=D(2025, 9, 9), seed=129,
      var={"vaststelling": "datum_leeg", "oogo": "toekomst", "instemming_ouders": "box_leeg"},
      notes="vaststelling date/name blank; OOGO only in future tense; consent choice unticked although signed"),
    S(id="g30", st="so", layout="formulier-pdf", fmt="form", date=D(2025, 11, 25), seed=130,
      var={"evaluatie": "empty", "doelen": "nog", "instemming_ouders": "form_unticked"},
      notes="fillable form: evaluation field empty, goals 'nog aanvullen', consent box not ticked though name/date/signature filled"),
    S(id="g31", st="vso", layout="vso-profiel", fmt="pdf-word", date=D(2025, 10, 15), seed=131, adult=True, profile="vervolg",
      var={"instemming_ouders": "ouders_niet_leerling", "inbreng_leerling": "miss"},
      notes="adult handelingsbekwaam pupil: only parents signed, pupil's own line blank"),
    S(id="g32", st="vso", layout="vso-profiel", fmt="pdf", date=D(2026, 1, 12), seed=132, curatele=True, profile="dag",
      var={"instemming_ouders": "leerling_curatele"}, notes="pupil under curatele signed himself; curator's line blank"),
    S(id="g33", st="po", layout="vraaggestuurd", fmt="scan", date=D(2025, 11, 26), seed=133,
      var={"instemming_ouders": "ok_hand"}, opts={"pb": 1, "pb2": 1}, scan={"drop": [1], "stamp": (0, "ONTVANGEN", "26 nov.", "secretariaat", 100)},
      label_over={"doelen": "missing", "ondersteuning": "missing", "afwijkingen_onderwijsprogramma": "missing",
                  "inbreng_leerling": "missing", "evaluatie": "missing"},
      unclear=["instemming_ouders"],
      notes="scan with the middle page missing (goals, support, deviations, pupil, evaluation absent); handwritten signed consent"),
    S(id="g34", st="vo", layout="swv-genummerd", fmt="scan", date=D(2025, 10, 21), seed=134,
      var={"instemming_ouders": "geen_datum_hand"}, opts={"pb": 1, "pb2": 1}, scan={"contrast": 0.5, "skew": 2.2},
      unclear=["instemming_ouders"], notes="low-contrast skewed scan; parents' signature but date cell empty"),
    S(id="g35", st="sbo", layout="groeidocument", fmt="docx", date=D(2025, 10, 20), seed=135,
      var={"ondersteuning": "dots_cells", "evaluatie": "generiek"},
      notes="support table with '...' for who/how often/from; evaluation text about all plans of the school"),
    S(id="g36", st="so", layout="briefvorm-plan", fmt="odt", date=D(2026, 2, 2), seed=136,
      var={"adviezen_professionals": "kennis", "informatie_rechten": "zie", "instemming_ouders": "ontvangst"},
      notes="advice only 'bekend bij school'; rights only 'zie schoolgids'; signed 'voor ontvangst'"),
    S(id="g37", st="pro", layout="systeem-export", fmt="txt", date=D(2026, 3, 10), seed=137, opts={"footer_every": 50},
      var={"uitstroombestemming": "ntb", "onderbouwing": "dots", "instemming_ouders": "ok_esign"},
      notes="export with destination 'n.t.b.' and onderbouwing '...'; otherwise complete, digital consent"),
    S(id="g38", st="po", layout="domeintabel", fmt="pdf-word", date=D(2025, 8, 25), seed=138,
      var={"afwijkingen_onderwijsprogramma": "unticked", "instemming_ouders": "box_geen_sig"},
      notes="deviation yes/no both unticked; 'akkoord' ticked but no parent name, date or signature"),
    S(id="g39", st="vo", layout="vraaggestuurd", fmt="docx", date=D(2025, 12, 15), seed=139,
      var={"belemmerende_factoren": "empty", "bevorderende_factoren": "zie"},
      notes="heading for hindering factors with nothing under it; helping factors 'zie groeidocument'"),
    S(id="g40", st="vso", layout="vso-profiel", fmt="scan", date=D(2025, 11, 28), seed=140, profile="dag",
      var={"uitstroombestemming": "hand_tick", "instemming_ouders": "onder_protest_hand"}, opts={"pb": 1, "pb2": 1},
      scan={"stamp": (0, "KOPIE DOSSIER", "VSO", "", 80)}, unclear=["uitstroombestemming", "instemming_ouders"],
      notes="scan; profile ticked by hand; parents signed with handwritten 'onder protest getekend'"),
    S(id="g41", st="po", layout="beknopt-tabel", fmt="odt", date=D(2025, 9, 3), seed=141,
      var={"inbreng_leerling": "volgt", "doelen": "vaag"}, notes="pupil's view 'gesprek volgt'; vague goals"),
    S(id="g42", st="so", layout="swv-genummerd", fmt="pdf", date=D(2024, 11, 12), seed=142,
      var={"evaluatie": "miss", "inbreng_leerling": "miss"}, notes="pre-2025 so plan without any evaluation section"),
    S(id="g43", st="vo", layout="briefvorm-plan", fmt="txt", date=D(2025, 10, 30), seed=143,
      var={"instemming_ouders": "retour"}, notes="letter-style plan as text; asks parents to return a consent form; no consent in the document"),
    S(id="g44", st="sbo", layout="domeintabel", fmt="pdf", date=D(2026, 1, 27), seed=144,
      var={"ondersteuningsbehoefte": "instr", "instemming_ouders": "ok_esign"}, notes="needs section holds the format instruction only"),
    S(id="g45", st="po", layout="swv-genummerd", fmt="docx", date=D(2026, 2, 17), seed=145,
      var={"onderbouwing": "wordcc", "inbreng_leerling": "wordcc", "instemming_ouders": "ok_cc"},
      notes="two Word content controls still show 'Klik of tik om tekst in te voeren.' (onderbouwing, pupil)"),
    S(id="g46", st="so", layout="vraaggestuurd", fmt="pdf-word", date=D(2025, 9, 24), seed=146,
      var={"oogo": "datum_leeg", "informatie_rechten": "alleen_vragen"},
      notes="OOGO date/attendees blank; rights reduced to 'questions? contact IB'"),
    S(id="g47", st="vo", layout="systeem-export", fmt="pdf", date=D(2026, 3, 24), seed=147,
      var={"adviezen_professionals": "miss", "ondersteuningsbehoefte": "half", "instemming_ouders": "geen_datum"},
      notes="no advice field; needs one item plus '...'; signature without date"),
    S(id="g48", st="sbo", layout="beknopt-tabel", fmt="pdf-word", date=D(2025, 12, 4), seed=148,
      var={"uitstroombestemming": "range_ok", "adviezen_professionals": "generiek", "vaststelling": "zie"},
      notes="advice is generic school text; vaststelling only refers to the system"),
    # ---------------- plan delivered in pieces ---------------------------------------
    S(id="s50", st="vo", layout="perspectiefdeel", fmt="pdf-word", date=D(2025, 11, 4), seed=150,
      var={}, notes="part 1 (perspectiefdeel) of a plan delivered in pieces; complete for what it holds",
      present_only=["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                    "ondersteuningsbehoefte", "adviezen_professionals", "oogo"]),
    S(id="s51", st="vo", layout="handelingsdeel", fmt="docx", date=D(2025, 11, 4), seed=150,
      var={}, notes="part 2 (handelingsdeel) of the same plan as s50, signed",
      present_only=["ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling",
                    "evaluatie", "instemming_ouders", "informatie_rechten"]),
    S(id="s52", st="vo", layout="ondertekeningsbijlage", fmt="scan", date=D(2025, 11, 4), seed=150,
      var={"instemming_ouders": "ok_hand"}, unclear=["instemming_ouders"], scan={"skew": 1.6},
      notes="signature annex of s50/s51, scanned; handwritten tick, signatures and date",
      present_only=["oogo", "vaststelling", "instemming_ouders"]),
    S(id="s53", st="so", layout="handelingsdeel", fmt="odt", date=D(2025, 12, 9), seed=153,
      var={"instemming_ouders": "nog", "afwijkingen_onderwijsprogramma": "na"},
      notes="handelingsdeel only; consent 'nog aanvullen'",
      present_only=["ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "inbreng_leerling",
                    "evaluatie", "instemming_ouders", "informatie_rechten"]),
    S(id="s54", st="so", layout="ondertekeningsbijlage", fmt="docx", date=D(2025, 12, 9), seed=153,
      var={"instemming_ouders": "lege_lijn"}, opts={"avg": 1, "annex_title": "Bijlage - handtekeningen"},
      notes="signature annex of s53: OPP consent lines blank, AVG/photo consent signed",
      present_only=["oogo", "vaststelling", "instemming_ouders"]),
    # ---------------- not OPPs / blank formats -----------------------------------------
    S(id="n60", st="po", layout="brief-uitnodiging", fmt="pdf-word", date=D(2025, 10, 14), seed=101, nonopp="letter_invite",
      notes="invitation to the OPP talk (not an OPP)"),
    S(id="n61", st="vo", layout="brief-toezending", fmt="docx", date=D(2025, 11, 4), seed=150, nonopp="letter_cover",
      notes="cover letter sending the plan; mentions consent right and GPO (not an OPP)"),
    S(id="n62", st="so", layout="e-mail", fmt="txt", date=D(2025, 12, 9), seed=153, nonopp="reminder_email",
      notes="reminder e-mail to sign (not an OPP)"),
    S(id="n63", st="sbo", layout="e-mail", fmt="pdf", date=D(2025, 9, 30), seed=104, nonopp="email_thread",
      notes="printed e-mail thread between parent and IB about the plan (not an OPP)"),
    S(id="n64", st="none", layout="folder", fmt="pdf", date=D(2025, 9, 1), seed=164, nonopp="leaflet",
      notes="leaflet 'Wat is een OPP?' with example signature line (not an OPP)"),
    S(id="n65", st="po", layout="evaluatieverslag", fmt="docx", date=D(2025, 10, 14), seed=101, nonopp="evaluation_report",
      notes="evaluation report of c01's plan (not the plan itself)"),
    S(id="n66", st="so", layout="intakeformulier", fmt="odt", date=D(2025, 11, 20), seed=102, nonopp="intake_form",
      notes="intake form, signed (not an OPP)"),
    S(id="n67", st="po", layout="groeidocument-geen-opp", fmt="pdf-word", date=D(2025, 11, 3), seed=167, nonopp="groei_no_opp",
      notes="groeidocument in basic support; states no OPP has been set (not an OPP)"),
    S(id="n68", st="none", layout="nieuwsbrief", fmt="txt", date=D(2025, 12, 1), seed=168, nonopp="newsletter",
      notes="SWV newsletter about OPP rules (not an OPP)"),
    S(id="n69", st="none", layout="blanco-format", fmt="docx", date=D(2025, 8, 1), seed=169, nonopp="blank_swv",
      notes="blank SWV format, headings and empty tables only: every element incomplete"),
    S(id="n70", st="none", layout="blanco-formulier-pdf", fmt="form", date=D(2025, 8, 1), seed=170, nonopp="blank_form",
      notes="blank fillable form (older version without advice/pupil/OOGO/rights fields)"),
    S(id="n71", st="po", layout="brief-uitnodiging", fmt="scan", date=D(2025, 11, 26), seed=133, nonopp="letter_invite",
      scan={"hand": (0, "gezien, wij komen! (getekend)", 500, 1350)},
      notes="scanned invitation letter with handwritten note from parents (not an OPP)"),
    S(id="n72", st="sbo", layout="evaluatieverslag", fmt="pdf", date=D(2025, 9, 30), seed=104, nonopp="evaluation_report",
      notes="evaluation report (not an OPP)"),
    S(id="n73", st="none", layout="blanco-format-instructies", fmt="pdf-word", date=D(2025, 8, 1), seed=173, nonopp="blank_swv_instr",
      notes="blank format with the format's instructions under each heading: every element incomplete"),
]

BLANK_FORM_SUBSET = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                     "ondersteuningsbehoefte", "doelen", "ondersteuning", "afwijkingen_onderwijsprogramma", "evaluatie",
                     "vaststelling", "instemming_ouders"]


def status(el, v, spec, p):
    if el == "inbreng_leerling":
        if (spec["date"] < LAW_DATE) or spec.get("adult"):
            return "not_applicable"
    if v == "miss":
        return "missing"
    if v.startswith("ok") or v in ("range_ok", "hand_tick"):
        return "present"
    if v.startswith("na"):
        return "not_applicable"
    return "incomplete"


def labels_for(spec, p):
    var = spec.get("var", {})
    if spec.get("nonopp"):
        k = spec["nonopp"]
        if k in ("blank_swv", "blank_swv_instr"):
            return {e: "incomplete" for e in ELEMENTS}
        if k == "blank_form":
            return {e: ("incomplete" if e in BLANK_FORM_SUBSET else "missing") for e in ELEMENTS}
        return {e: "missing" for e in ELEMENTS}
    lab = {}
    for el in ELEMENTS:
        v = var.get(el, "ok_sig" if el == "instemming_ouders" else "ok")
        if spec.get("present_only") is not None and el not in spec["present_only"]:
            lab[el] = "missing"
            continue
        lab[el] = status(el, v, spec, p)
    lab.update(spec.get("label_over", {}))
    return lab


def build_blocks(spec, p):
    var = dict(spec.get("var", {}))
    var.setdefault("instemming_ouders", "ok_sig")
    if spec.get("present_only") is not None:
        for el in ELEMENTS:
            if el not in spec["present_only"]:
                var[el] = "miss"
    if spec.get("date") < LAW_DATE and "inbreng_leerling" not in var:
        var["inbreng_leerling"] = "miss"
    return LAYOUTS[spec["layout"]](p, var, spec.get("opts", {}))


def soffice(src_paths, outdir):
    if not src_paths:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///work/blind59/lo-profile", "--headless", "--convert-to", "pdf",
           "--outdir", outdir] + src_paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(BUILD, exist_ok=True)
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    to_convert = []
    entries = []
    for spec in SPECS:
        st = spec["st"]
        p = make_pupil(spec["seed"], st if st != "none" else "po", spec["date"], adult=spec.get("adult", False),
                       curatele=spec.get("curatele", False), profile=spec.get("profile"))
        if st == "none":
            p.st = "none"
        name = f"{spec['id']}-{st}-{spec['layout']}"
        fmt = spec["fmt"]
        ext = {"pdf-word": "pdf", "pdf-odt": "pdf", "scan": "pdf", "form": "pdf"}.get(fmt, fmt)
        out = os.path.join(DOCS, f"{name}.{ext}")
        seed = spec["seed"] * 3 + len(spec["id"])
        # blocks
        k = spec.get("nonopp")
        if k == "blank_form" or (spec["layout"] == "formulier-pdf"):
            if k == "blank_form":
                fields = O.form_fields(p, {}, blank=True, subset=BLANK_FORM_SUBSET)
                R.to_form(fields, out, "Beknopt ontwikkelingsperspectief", "Format SWV Velderland - invulbaar formulier (versie 2023)", seed)
            else:
                fields = O.form_fields(p, spec.get("var", {}))
                R.to_form(fields, out, "Ontwikkelingsperspectief (OPP)", f"{p.school}, {p.plaats} - {p.swv}", seed)
        else:
            if k == "blank_swv":
                blocks = O.blank_swv(False)
            elif k == "blank_swv_instr":
                blocks = O.blank_swv(True)
            elif k in ("leaflet", "newsletter"):
                blocks = getattr(O, k)(p.swv)
            elif k:
                blocks = getattr(O, k)(p)
            else:
                blocks = build_blocks(spec, p)
            if fmt == "docx":
                R.to_docx(blocks, out, seed)
            elif fmt == "odt":
                R.to_odt(blocks, out, seed)
            elif fmt == "txt":
                R.to_txt(blocks, out, spec.get("opts", {}).get("footer_every"))
            elif fmt == "pdf":
                R.to_pdf(blocks, out, seed, accent=["#1f4e79", "#7a2e0e", "#2c5f2d", "#4b2a6b"][spec["seed"] % 4])
            elif fmt == "pdf-word":
                src = os.path.join(BUILD, f"{name}.docx")
                R.to_docx(blocks, src, seed)
                to_convert.append(src)
            elif fmt == "pdf-odt":
                src = os.path.join(BUILD, f"{name}.odt")
                R.to_odt(blocks, src, seed)
                to_convert.append(src)
            elif fmt == "scan":
                sc = spec.get("scan", {})
                R.to_scan(blocks, out, seed, drop_segments=sc.get("drop", ()), stamp=sc.get("stamp"),
                          contrast=sc.get("contrast", 0.75), skew=sc.get("skew", 1.2), extra_hand=sc.get("hand"))
        labels = labels_for(spec, p)
        entries.append({"file": f"docs/{name}.{ext}",
                        "format": ext,
                        "layout": spec["layout"],
                        "school_type": st,
                        "scanned": fmt == "scan",
                        "elements": labels,
                        "accept_unclear": spec.get("unclear", []),
                        "notes": f"[{fmt}] " + spec["notes"]})
    soffice(to_convert, DOCS)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    write_readme(entries)
    print(len(entries), "documents")


def write_readme(entries):
    import collections
    head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
    lines = [head.rstrip(), ""]
    st = collections.Counter(e["school_type"] for e in entries)
    fm = collections.Counter(e["notes"].split("]")[0][1:] for e in entries)
    lines.append(f"{len(entries)} documents. School types: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())) + ".")
    lines.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())) + ".")
    lines.append("")
    lines.append("| file | layout | type | note (format in brackets) |")
    lines.append("|---|---|---|---|")
    for e in entries:
        lines.append(f"| {e['file']} | {e['layout']} | {e['school_type']} | {e['notes']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
