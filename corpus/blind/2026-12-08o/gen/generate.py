# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP corpus, round 67 (2026-12-08o).

Usage: python3 generate.py [--only ID,ID]
Writes docs/ and labels.json next to this folder; intermediate files go to /work/blind68/build.
No clock is read; every random choice comes from random.Random(seed) per document.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import Case, ELEMENTS, Content, variant, consent, long_date, short_date, plus, d  # noqa: E402
import layouts as LY  # noqa: E402
import extra as EX  # noqa: E402
import render as R  # noqa: E402

CORPUS = os.path.dirname(HERE)
DOCS = os.path.join(CORPUS, "docs")
BUILD = os.environ.get("OPP_BUILD", "/work/blind68/build")

ALL_MISSING = {e: "missing" for e in ELEMENTS}
ALL_INCOMPLETE = {e: "incomplete" for e in ELEMENTS}
HDEEL_ABSENT = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
                "afwijkingen_onderwijsprogramma", "adviezen_professionals", "informatie_rechten"]
EVAL_ABSENT = ["belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
               "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "informatie_rechten", "vaststelling"]


def S(**kw):
    return kw


# --------------------------------------------------------------------------- the documents
SPECS = [
    S(id="po-swvformat-compleet", fmt="pdf_lo", layout="numbered", stype="po", date="2025-10-07", seed=101,
      notes="Complete po plan in the numbered SWV format, Word export to PDF. All elements filled; parents signed with date (signature images)."),
    S(id="po-domeintabel-voorgezien-2024", fmt="docx", layout="domain", stype="po", date="2024-11-12", seed=102,
      var=dict(inbreng_leerling="absent", informatie_rechten="absent"), consent="voor_gezien",
      notes="Plan set before 1-8-2025 (hoorrecht n/a). Parents signed 'voor gezien' with neither box ticked; no rights section."),
    S(id="sbo-groeidocument-compleet", fmt="pdf", layout="groei", stype="sbo", date="2025-11-20", seed=103,
      notes="Groeidocument with the OPP as chapter 5; complete, signed by both parents."),
    S(id="sbo-vraagkoppen-ntb", fmt="odt", layout="questions", stype="sbo", date="2026-02-10", seed=104,
      var=dict(inbreng_leerling="view_only", evaluatie="ntb"),
      notes="Question-heading plan (ODT). Pupil's view given but not what it changed; evaluation 'n.t.b.'."),
    S(id="so-swvformat-cvb-zie-verslag", fmt="docx", layout="numbered", stype="so", date="2025-09-25", seed=105, case=dict(cluster=4),
      var=dict(adviezen_professionals="ref"), consent="onder_protest",
      notes="SO cluster 4, numbered format. Advice only 'zie verslag' (no CvB advice in the plan); consent signed 'onder protest'."),
    S(id="so-systeemexport-2025-05", fmt="pdf", layout="export", stype="so", date="2025-05-15", seed=106, case=dict(cluster=3),
      var=dict(inbreng_leerling="absent"),
      notes="System export (Kompas LVS) of a complete SO cluster 3 plan set in May 2025: hoorrecht not yet in force."),
    S(id="vo-beknopt-invulformulier", fmt="pdf_form", layout="beknopt", stype="vo", date="2025-10-30", seed=107,
      var=dict(oogo="empty"), consent="unticked",
      notes="Fillable PDF (AcroForm) short OPP. OOGO field left empty; parent's name, date and typed signature filled but neither 'akkoord' nor 'niet akkoord' ticked."),
    S(id="vo-brief-weigering", fmt="pdf", layout="letter", stype="vo", date="2026-01-15", seed=108, case=dict(variant_no=1),
      consent="refused",
      notes="Letter-style plan (havo pupil with ME/CVS, reduced timetable). Reply slip signed with 'niet akkoord' ticked: consent refused."),
    S(id="pro-domeintabel-compleet", fmt="odt", layout="domain", stype="pro", date="2025-10-02", seed=109,
      notes="Praktijkonderwijs plan, table per domain, ODT. Complete."),
    S(id="pro-beknopt-inhoudsbesturing", fmt="docx", layout="beknopt", stype="pro", date="2026-03-05", seed=110,
      var=dict(doelen="instr", onderbouwing="dots"),
      notes="Short OPP with Word content controls. Goals control still shows 'Klik of tik om tekst in te voeren.'; onderbouwing '...'."),
    S(id="vso-meerderjarig-zelf-getekend", fmt="pdf_lo", layout="numbered", stype="vso", date="2025-11-04", seed=111,
      case=dict(adult=True, age=19, profile="arbeidsmarkt"), var=dict(inbreng_leerling="absent"),
      notes="VSO, pupil 19 and handelingsbekwaam: he is the party and signs the consent himself; hoorrecht element n/a. Complete."),
    S(id="vso-meerderjarig-ouders-getekend", fmt="docx", layout="groei", stype="vso", date="2026-04-14", seed=112,
      case=dict(adult=True, age=18, profile="vervolg"), var=dict(inbreng_leerling="absent"), consent="wrong_party",
      notes="VSO, pupil 18 (handelingsbekwaam). Only the mother signed; the pupil's own line is empty: consent of the wrong party, so incomplete."),
    S(id="vso-curatele-vraagkoppen", fmt="pdf", layout="questions", stype="vso", date="2025-12-01", seed=113,
      case=dict(adult=True, curatele=True, age=20, profile="dagbesteding"),
      notes="VSO, pupil 20 under curatele: the mother as curator consents; the pupil's view is heard and used. Complete."),
    S(id="vso-beknopt-profiel-niet-aangevinkt", fmt="docx", layout="beknopt", stype="vso", date="2026-05-19", seed=114,
      case=dict(age=16, profile="arbeidsmarkt"), opts=dict(ticks=True),
      var=dict(uitstroombestemming="empty", afwijkingen_onderwijsprogramma="absent"),
      notes="Short OPP with tick boxes (w14 checkbox content controls). None of the three vso profiles ticked and no text; no section on deviations at all."),
    # ---- theme: e-mails
    S(id="email-doorgestuurd-plan-in-tekst", fmt="email_txt", layout="questions", stype="po", date="2025-10-14", seed=115,
      consent="blank", opts=dict(tables=False),
      notes="Parent forwards the school's e-mail with the plan pasted as plain text. Consent lines blank (parents ask whether to sign)."),
    S(id="email-afdruk-handelingsdeel-in-bijlage", fmt="email_pdf", layout=None, stype="vo", date="2026-02-09", seed=116,
      var=dict(afwijkingen_onderwijsprogramma="nvt", ondersteuning="absent", doelen="absent", inbreng_leerling="absent",
               evaluatie="absent", informatie_rechten="absent", vaststelling="absent"), consent="absent",
      notes="Webmail printed to PDF: first part of the OPP pasted in the mail, handelingsdeel 'in de bijlage' which was not forwarded. The mail names the OOGO (date, who)."),
    S(id="email-antwoord-ouders-akkoord", fmt="email_reply", layout="numbered", stype="vo", date="2025-10-03", seed=117, opts=dict(tables=False),
      consent="absent", label_override=dict(instemming_ouders="present"),
      notes="Parents' reply e-mail (dated) stating consent with the handelingsdeel, the school's plan quoted below with '>' and no signature section. Consent stated in writing with a date: present."),
    # ---- theme: bundles
    S(id="bundel-so-opp-onderzoek-leerlingprofiel", fmt="bundle", layout="numbered", stype="so", date="2025-10-21", seed=118,
      case=dict(cluster=4), attach=["onderzoek:1", "profiel:2"],
      var=dict(adviezen_professionals=("text", ["Zie bijlage 1 (verslag psychologisch onderzoek). De adviezen uit dat verslag zijn overgenomen in het "
                                                 "handelingsdeel: instructie in kleine stappen, stappenplannen en tafelkaart, en 25% extra toetstijd. "
                                                 "De commissie voor de begeleiding sluit zich bij deze adviezen aan (advies d.d. 1 oktober 2025)."], "present")),
      notes="One PDF: OPP + bijlage 1 onderzoeksverslag (with its advice and a signed consent for the research) + bijlage 2 leerlingprofiel. The plan refers to bijlage 1 for the advice and says what it took over; bijlage 1 is in the file, so present."),
    S(id="bundel-vo-bijlage-ontbreekt-avg", fmt="bundle", layout="domain", stype="vo", date="2025-11-18", seed=119, case=dict(variant_no=2),
      attach=["profiel:1", "avg:2"], var=dict(adviezen_professionals=("text", ["Zie bijlage 3 (verslag psychologisch onderzoek en logopedie)."], "incomplete")),
      consent="blank",
      notes="One PDF: OPP + bijlage 1 leerlingprofiel + bijlage 2 signed AVG/photo consent. The advice is only 'zie bijlage 3', which is not in the file; consent to the handelingsdeel is a blank line next to the signed AVG form."),
    # ---- theme: parts of a plan
    S(id="handelingsdeel-los-po", fmt="pdf_lo", layout="hdeel", stype="po", date="2026-01-12", seed=120,
      var={e: "absent" for e in HDEEL_ABSENT},
      notes="Only the handelingsdeel: needs, goals, support, pupil's view, OOGO, evaluation, setting and a signed consent. The perspective part (destination, reasons, factors) is not in it."),
    S(id="handelingsdeel-los-vo-zonder-datum-2025", fmt="odt", layout="hdeel", stype="vo", date="2025-06-10", seed=121,
      var=dict({e: "absent" for e in HDEEL_ABSENT}, inbreng_leerling="absent"), consent="nodate",
      notes="Only the handelingsdeel of a vo plan set June 2025 (hoorrecht n/a); both parents signed but without a date."),
    S(id="evaluatieverslag-po-2024-2025", fmt="docx", layout="evalreport", stype="po", date="2025-06-26", seed=122,
      var=dict({e: "absent" for e in EVAL_ABSENT}, inbreng_leerling="absent",
               evaluatie=("text", ["Het evaluatiegesprek vond plaats op 26 juni 2025 met moeder, vader, de leerkracht en de intern begeleider. "
                                   "Per doel is besproken wat bereikt is (zie 1). De volgende evaluatie is gepland in januari 2026."], "present")),
      consent="absent", opts=dict(gezien=True),
      notes="Only last year's evaluation report (June 2025). Destination and reasons restated; no goals for the coming period, no support plan, no consent (parents signed the report 'voor gezien', which is not consent to a handelingsdeel)."),
    S(id="evaluatieverslag-vso-2025-2026", fmt="pdf", layout="evalreport", stype="vso", date="2026-06-30", seed=123,
      case=dict(age=17, profile="vervolg"),
      var=dict({e: "absent" for e in EVAL_ABSENT},
               inbreng_leerling=("text", ["In het evaluatiegesprek vertelde de leerling dat de stage bij de kwekerij het leukste deel van de week is "
                                          "en dat de theorielessen op maandag te lang duren.",
                                          "Wat we daarmee doen: vanaf het nieuwe schooljaar wordt de stage uitgebreid naar twee dagen en worden de "
                                          "theorielessen op maandag in twee blokken met een pauze gegeven."], "present"),
               evaluatie=("text", ["Geëvalueerd op 30 juni 2026 met ouders, de leerling, de mentor en de stagebegeleider. "
                                   "Volgende evaluatie: februari 2027 (tussenevaluatie) en juni 2027."], "present")),
      consent="absent",
      notes="Only the evaluation report of a vso plan (June 2026), with the pupil's view and what it changes. No goals ahead, no support, no consent."),
    S(id="twee-versies-concept-en-vastgesteld-vo", fmt="twoversions", layout="numbered", stype="vo", date="2025-10-16", seed=124,
      concept=dict(var=dict(uitstroombestemming="volgt", doelen="nogaanvullen", oogo="oogo_planned", inbreng_leerling="dots",
                            vaststelling="vast_nodate"), consent="blank"),
      notes="One file: concept (placeholders, blank consent) followed by the vastgestelde version (complete, signed). Labelled by the vastgestelde version."),
    S(id="twee-versies-vastgesteld-voorgezien-pro", fmt="twoversions", layout="domain", stype="pro", date="2026-01-20", seed=125,
      consent="voor_gezien", final_first=True,
      concept=dict(var=dict(doelen="ntb", evaluatie="nogaanvullen", informatie_rechten="absent"), consent="blank"),
      notes="One file: vastgestelde version first (consent signed 'voor gezien'), the earlier concept appended. Labelled by the vastgestelde version."),
    # ---- theme: scans and photos
    S(id="scan-po-ondertekend", fmt="scan", layout="numbered", stype="po", date="2025-11-11", seed=126,
      accept_unclear=["instemming_ouders"],
      notes="Scan (noise, skew) of a printed complete plan; both parents signed and dated by hand, the director signed by hand."),
    S(id="foto-sbo-alleen-school-getekend", fmt="photo", layout="domain", stype="sbo", date="2026-03-10", seed=127,
      consent="school_only", accept_unclear=["instemming_ouders"],
      notes="Phone photos of a paper plan; only the school's signature line is signed by hand, the parents' lines are empty although 'akkoord' is pre-ticked in print."),
    S(id="scan-vo-brief-handtekening-zonder-datum-2024", fmt="scan", layout="letter", stype="vo", date="2024-12-03", seed=128,
      var=dict(inbreng_leerling="absent"), consent="nodate", accept_unclear=["instemming_ouders"],
      notes="Scan of a letter-style plan from Dec 2024 (hoorrecht n/a); the reply slip is signed by hand but the date fields are empty."),
    S(id="scan-pro-handelingsdeel-getekend", fmt="scan", layout="hdeel", stype="pro", date="2026-02-17", seed=129,
      var={e: "absent" for e in HDEEL_ABSENT}, accept_unclear=["instemming_ouders"],
      notes="Scan of only the handelingsdeel of a pro plan, signed and dated by hand by both parents."),
    # ---- theme: groeidocument used as OPP
    S(id="groeidocument-po-tlv-handtekening", fmt="pdf", layout="groei", stype="po", date="2025-11-25", seed=130, opts=dict(tlv_sign=True),
      consent="tlv_only",
      notes="Groeidocument used as OPP (TLV request for sbo). Parents signed for the TLV request only; there is no consent to the handelingsdeel."),
    S(id="groeidocument-so-compleet", fmt="docx", layout="groei", stype="so", date="2026-05-12", seed=131, case=dict(cluster=2),
      notes="Groeidocument used as OPP, SO cluster 2 (TOS). Complete."),
    # ---- theme: intake, transition
    S(id="aanmeldformulier-so", fmt="docx", layout="intake_so", stype="so", date="2025-09-02", seed=132, labels=ALL_MISSING,
      notes="Not an OPP: parents' registration form for an SO school with a signed AVG consent. Every element missing."),
    S(id="intakeformulier-vo-invulbaar", fmt="pdf_form", layout="intake_vo", stype="vo", date="2025-10-09", seed=133, labels=ALL_MISSING,
      notes="Not an OPP: fillable intake form of a vo support team ('OPP nodig' unticked; support within basisondersteuning). Every element missing."),
    S(id="overdracht-po-vo-okr", fmt="pdf_lo", layout="okr", stype="po", date="2026-03-02", seed=134, case=dict(age=12), labels=ALL_MISSING,
      notes="Not an OPP: onderwijskundig rapport po-vo (school advice, results, stimulating/hindering notes). It says an OPP goes along as an attachment, which is not in the file. Every element missing."),
    S(id="overdracht-po-vo-met-opp", fmt="bundle_okr", layout="questions", stype="po", date="2026-04-14", seed=135, case=dict(age=12),
      var=dict(evaluatie="absent"),
      notes="Transition document po-vo with the OPP attached (question headings). The OPP has no evaluation section; everything else present."),
    # ---- non-OPPs
    S(id="folder-wat-is-een-opp", fmt="pdf", layout="leaflet", stype="none", date=None, seed=136, labels=ALL_MISSING,
      notes="Not an OPP: leaflet for parents explaining what an OPP contains and their rights. Every element missing."),
    S(id="nieuwsbrief-november", fmt="docx", layout="newsletter", stype="none", date=None, seed=137, labels=ALL_MISSING,
      notes="Not an OPP: school newsletter with an item on OPP conversations. Every element missing."),
    S(id="leeg-format-swv", fmt="docx", layout="blank", stype="none", date=None, seed=138, labels=ALL_INCOMPLETE,
      notes="Blank OPP format with the format's own instructions in every section: every element has a heading but no content (incomplete)."),
    S(id="leeg-format-invulbaar", fmt="pdf_form_blank", layout="beknopt", stype="none", date=None, seed=139, labels=ALL_INCOMPLETE,
      notes="Blank fillable PDF form of the short OPP: every field empty, boxes unticked (incomplete)."),
    # ---- more plans, gaps spread over the elements
    S(id="po-brief-tekst-2026", fmt="txt", layout="letter", stype="po", date="2026-09-15", seed=140, opts=dict(tables=False),
      var=dict(afwijkingen_onderwijsprogramma="nvt"),
      notes="Letter-style plan as plain text; no deviations stated explicitly (n/a); reply slip signed 'w.g.' with date. Complete."),
    S(id="sbo-systeemexport-lege-factoren-2025", fmt="pdf", layout="export", stype="sbo", date="2025-03-18", seed=141,
      var=dict(belemmerende_factoren="empty", bevorderende_factoren="nogaanvullen", inbreng_leerling="absent"),
      notes="System export, plan from March 2025 (hoorrecht n/a). Hindering factors field empty ('—'), helping factors 'nog aanvullen'."),
    S(id="vo-vraagkoppen-markdown-2026", fmt="md", layout="questions", stype="vo", date="2026-10-06", seed=142,
      consent="portal", notes="Markdown plan with question headings; consent given through the parent portal (name, date, time). Complete."),
    S(id="vo-domeintabel-vage-doelen", fmt="pdf_lo", layout="domain", stype="vo", date="2025-09-09", seed=143, case=dict(variant_no=2),
      var=dict(afwijkingen_onderwijsprogramma="absent", doelen="vague_goals"),
      notes="Domain tables, Word->PDF. Goals vague and uncheckable ('beter zijn best doen'); deviations not mentioned at all."),
    S(id="so-groeidocument-gedeeltelijk-akkoord", fmt="odt", layout="groei", stype="so", date="2026-01-27", seed=144, case=dict(cluster=4),
      consent="partial", notes="Groeidocument (ODT), SO. Parents agree with part of the handelingsdeel only."),
    S(id="po-beknopt-vinkjes", fmt="docx", layout="beknopt", stype="po", date="2025-12-09", seed=145, opts=dict(ticks=True),
      var=dict(afwijkingen_onderwijsprogramma="empty", onderbouwing="ref"), consent="unticked",
      notes="Short OPP with tick boxes. No deviation option ticked and no text; onderbouwing only refers to the LVS and a report; consent signed and dated but neither box ticked."),
    S(id="pro-brief-alleen-school", fmt="docx", layout="letter", stype="pro", date="2025-11-06", seed=146,
      var=dict(oogo="volgt", ondersteuningsbehoefte="empty"), consent="school_only",
      notes="Letter-style pro plan (DOCX). OOGO 'Volgt na overleg.'; needs heading empty; reply slip signed only by the school."),
    S(id="vso-domeintabel-dagbesteding", fmt="pdf", layout="domain", stype="vso", date="2025-10-28", seed=147,
      case=dict(age=16, profile="dagbesteding"), notes="VSO dagbesteding profile, domain tables. Complete."),
    S(id="po-vraagkoppen-tekst-2024", fmt="txt", layout="questions", stype="po", date="2024-09-24", seed=148, opts=dict(tables=False),
      notes="Plain-text plan from Sept 2024; it even records the pupil's view, but the hoorrecht element is n/a by date. Complete."),
    S(id="sbo-swvformat-bijgesteld-2026", fmt="odt", layout="numbered", stype="sbo", date="2024-11-19", seed=149, case=dict(revised="2026-06-16"),
      var=dict(inbreng_leerling="absent", adviezen_professionals="instr"),
      notes="Plan set Nov 2024 and revised June 2026: the hoorrecht applies from the revision, but there is no pupil section. Advice section still holds the format's instruction."),
    S(id="vo-systeemexport-alleen-avg", fmt="pdf", layout="export", stype="vo", date="2026-02-24", seed=150,
      consent="avg_only", notes="System export; the only signed consent is for photos/data sharing (AVG). No consent to the handelingsdeel."),
    S(id="so-beknopt-invulformulier-compleet", fmt="pdf_form", layout="beknopt", stype="so", date="2026-09-22", seed=151, case=dict(cluster=3),
      notes="Fillable PDF short OPP, SO cluster 3, every field filled; 'akkoord' ticked with parent's name, date and typed signature. Complete."),
    S(id="vo-swvformat-rechten-half", fmt="docx", layout="numbered", stype="vo", date="2025-08-20", seed=152,
      var=dict(inbreng_leerling="absent", informatie_rechten="rights_partial", evaluatie="eval_internal"),
      notes="Numbered format, set 20 Aug 2025 (hoorrecht applies) without a pupil section. Rights: only the consent right, not where to go. Evaluation only in the internal care meeting, not with parents."),
    S(id="po-groeidocument-volgt", fmt="pdf_lo", layout="groei", stype="po", date="2026-10-13", seed=153, case=dict(variant_no=2),
      var=dict(uitstroombestemming="volgt", onderbouwing="nogbespreken", inbreng_leerling="view_only"),
      notes="Groeidocument, Word->PDF. Destination 'Volgt na overleg.' and reasons 'Nog te bespreken met ouders.'; pupil's view without what it changed."),
]


# --------------------------------------------------------------------------- building
def make_case(sp):
    rng = random.Random(sp["seed"])
    kw = dict(sp.get("case", {}))
    date = sp["date"] or "2025-10-01"
    return Case(rng, sp["stype"] if sp["stype"] != "none" else "po", date, **kw)


def contents(case, var, consent_v):
    C, L = {}, {}
    for e in ELEMENTS:
        if e == "instemming_ouders":
            continue
        v = var.get(e, "full")
        if isinstance(v, tuple):
            C[e], L[e] = Content("text", v[1]), v[2]
        else:
            C[e], L[e] = variant(case, e, v)
    K, L["instemming_ouders"] = consent(case, consent_v or "signed")
    if not case.inbreng_applies():
        L["inbreng_leerling"] = "not_applicable"
    return C, K, L


def layout_doc(name, case, C, K, opts):
    if name in LY.LAYOUTS:
        return LY.LAYOUTS[name](case, C, K, opts)
    if name == "hdeel":
        return EX.L_hdeel(case, C, K, opts)
    if name == "evalreport":
        return EX.L_evalreport(case, C, K, opts)
    raise ValueError(name)


def paper_ink(case, K, C, consent_v):
    """Hand ink for a scanned paper plan: one entry per signature row (parents first, then school)."""
    ink = []
    rows = []
    if K.kind == "consent" and not K.extra.get("portal"):
        for r, nm, dt_, sg, nt in K.extra["signers"]:
            rows.append((sg, dt_, nt))
    if C["vaststelling"].kind == "full":
        rows.append((True, case.date, ""))
    for i, (sg, dt_, nt) in enumerate(rows):
        if sg:
            ink.append(dict(anchor="Handtekening:", index=i, text="SIG"))
        if dt_:
            ink.append(dict(anchor="Datum:", index=i, text="%d-%d-%d" % (dt_.day, dt_.month, dt_.year), dy=11, dx=0, size=8.5))
        if nt:
            ink.append(dict(anchor="Handtekening:", index=i, text=nt, dy=20, dx=40, size=7.5))
    return ink


def write_pdf_from_docx(doc, out, tmpname):
    src = os.path.join(BUILD, tmpname + ".docx")
    R.render_docx(doc, src, BUILD)
    pdf = R.soffice_pdf(src, BUILD)
    R.normalize_pdf([pdf], out, title=doc.get("title", ""), author=doc.get("author", ""), producer="LibreOffice 7.4")


def build(sp):
    sid, fmt = sp["id"], sp["fmt"]
    opts = sp.get("opts", {})
    case = make_case(sp)
    ext = {"pdf": "pdf", "pdf_lo": "pdf", "pdf_form": "pdf", "pdf_form_blank": "pdf", "docx": "docx", "odt": "odt", "txt": "txt",
           "md": "md", "email_txt": "txt", "email_reply": "txt", "email_pdf": "pdf", "bundle": "pdf", "bundle_okr": "pdf",
           "twoversions": "pdf" if sp["layout"] == "numbered" else "docx", "scan": "pdf", "photo": "pdf"}[fmt]
    out = os.path.join(DOCS, "%s.%s" % (sid, ext))
    labels = sp.get("labels")
    C, K, L = contents(case, sp.get("var", {}), sp.get("consent"))
    if labels is None:
        labels = dict(L)
        labels.update(sp.get("label_override", {}))
    lay = sp["layout"]

    # ---------------- non-OPP / special layouts
    if lay in ("intake_so", "okr", "leaflet", "newsletter", "blank"):
        doc = {"intake_so": lambda: EX.intake_so(case), "okr": lambda: EX.okr(case), "leaflet": EX.leaflet,
               "newsletter": EX.newsletter, "blank": EX.blank_format}[lay]()
        emit(doc, fmt, out, sid)
    elif lay == "intake_vo":
        R.render_pdf_form(EX.intake_vo_form(case), out)
    elif fmt == "pdf_form_blank":
        R.render_pdf_form(LY.form_beknopt(None, None, None, {"ticks": True}, blank=True), out)
    elif fmt == "pdf_form":
        R.render_pdf_form(LY.form_beknopt(case, C, K, opts), out)
    elif fmt == "email_txt":
        plan = R.render_txt(layout_doc(lay, case, C, K, opts))
        open(out, "w", encoding="utf-8").write(EX.email_txt(case, plan, "forward", opts))
    elif fmt == "email_reply":
        plan = R.render_txt(layout_doc(lay, case, C, K, opts))
        open(out, "w", encoding="utf-8").write(EX.email_txt(case, plan, "reply_consent", opts))
    elif fmt == "email_pdf":
        R.render_pdf(EX.email_print_doc(case, C, opts), out, BUILD)
    elif fmt == "bundle":
        parts = []
        main = os.path.join(BUILD, sid + "-opp.pdf")
        R.render_pdf(layout_doc(lay, case, C, K, opts), main, BUILD)
        parts.append(main)
        for a in sp["attach"]:
            kind, no = a.split(":")
            no = int(no)
            ad = {"onderzoek": lambda: EX.att_onderzoek(case, no), "profiel": lambda: EX.att_profiel(case, no),
                  "avg": lambda: EX.att_avg(case, no)}[kind]()
            p = os.path.join(BUILD, "%s-bijlage%d.pdf" % (sid, no))
            write_pdf_from_docx(ad, p, "%s-bijlage%d" % (sid, no))
            parts.append(p)
        R.normalize_pdf(parts, out, title="OPP %s met bijlagen" % case.name, author=case.ib)
    elif fmt == "bundle_okr":
        p1 = os.path.join(BUILD, sid + "-okr.pdf")
        write_pdf_from_docx(EX.okr(case, with_opp_ref=True), p1, sid + "-okr")
        p2 = os.path.join(BUILD, sid + "-opp.pdf")
        d2 = layout_doc(lay, case, C, K, opts)
        d2["blocks"].insert(0, ("small", "Bijlage bij het onderwijskundig rapport"))
        R.render_pdf(d2, p2, BUILD)
        R.normalize_pdf([p1, p2], out, title="Overdracht %s" % case.name, author=case.ib)
    elif fmt == "twoversions":
        cs = sp["concept"]
        Cc, Kc, _ = contents(case, cs.get("var", {}), cs.get("consent"))
        dc = layout_doc(lay, case, Cc, Kc, opts)
        df = layout_doc(lay, case, C, K, opts)
        bc = [("title", "CONCEPT — ter bespreking met ouders (versie 1, %s)" % short_date(case.oogo_date))] + dc["blocks"]
        bf = [("title", "VASTGESTELDE VERSIE (versie 2, %s)" % short_date(case.date))] + df["blocks"]
        blocks = (bf + [("pb",)] + bc) if sp.get("final_first") else (bc + [("pb",)] + bf)
        doc = dict(df, blocks=blocks)
        if ext == "pdf":
            write_pdf_from_docx(doc, out, sid)
        else:
            R.render_docx(doc, out, BUILD)
    elif fmt in ("scan", "photo"):
        doc = layout_doc(lay, case, C, K, opts)
        doc["paper"] = True
        src = os.path.join(BUILD, sid + "-paper.pdf")
        R.render_pdf(doc, src, BUILD)
        ink = paper_ink(case, K, C, sp.get("consent"))
        R.make_scan(src, out, BUILD, sp["seed"], ink=ink, photo=(fmt == "photo"), dpi=130 if fmt == "scan" else 120, title="")
    else:
        doc = layout_doc(lay, case, C, K, opts)
        emit(doc, fmt, out, sid)
    acc = list(sp.get("accept_unclear", []))
    if (sp.get("labels") is None and (sp.get("consent") or "signed") == "signed"
            and fmt in ("docx", "odt", "pdf", "pdf_lo", "bundle", "bundle_okr", "twoversions") and "instemming_ouders" not in acc):
        acc.append("instemming_ouders")  # the signature itself is only an image; typed name and date are text
    return dict(file="docs/" + os.path.basename(out), format=ext, layout=layout_name(sp), school_type=sp["stype"],
                scanned=fmt in ("scan", "photo"), elements={e: labels[e] for e in ELEMENTS},
                accept_unclear=acc, notes=note(sp, case))


def emit(doc, fmt, out, sid):
    if fmt == "docx":
        R.render_docx(doc, out, BUILD)
    elif fmt == "odt":
        R.render_odt(doc, out, BUILD)
    elif fmt == "pdf":
        R.render_pdf(doc, out, BUILD)
    elif fmt == "pdf_lo":
        write_pdf_from_docx(doc, out, sid)
    elif fmt == "txt":
        open(out, "w", encoding="utf-8").write(R.render_txt(doc))
    elif fmt == "md":
        open(out, "w", encoding="utf-8").write(R.render_txt(doc, md=True))
    else:
        raise ValueError(fmt)


LAYOUT_NAMES = {"numbered": "swv-genummerd", "domain": "domeintabel", "groei": "groeidocument", "beknopt": "beknopt-opp",
                "questions": "vraagkoppen", "letter": "brief", "export": "systeemexport", "hdeel": "handelingsdeel-los",
                "evalreport": "evaluatieverslag", "intake_so": "aanmeldformulier", "intake_vo": "intakeformulier",
                "okr": "overdracht-po-vo", "leaflet": "folder", "newsletter": "nieuwsbrief", "blank": "leeg-format"}


def layout_name(sp):
    base = LAYOUT_NAMES.get(sp["layout"], "webmail-afdruk") if sp["layout"] else "webmail-afdruk"
    f = sp["fmt"]
    if f in ("email_txt", "email_reply"):
        return "e-mail+" + base
    if f == "email_pdf":
        return "webmail-afdruk"
    if f == "bundle":
        return "bundel+" + base
    if f == "bundle_okr":
        return "overdracht-po-vo+" + base
    if f == "twoversions":
        return "twee-versies+" + base
    if f == "pdf_form_blank":
        return "leeg-format-invulbaar"
    if f == "scan":
        return "scan+" + base
    if f == "photo":
        return "foto+" + base
    return base


def note(sp, case):
    fmtdesc = {"pdf": "PDF made directly (reportlab)", "pdf_lo": "PDF exported from DOCX by LibreOffice", "pdf_form": "fillable PDF form (AcroForm)",
               "pdf_form_blank": "fillable PDF form (AcroForm), empty", "docx": "DOCX", "odt": "ODT", "txt": "plain text", "md": "Markdown",
               "email_txt": "plain-text e-mail", "email_reply": "plain-text e-mail thread", "email_pdf": "webmail printed to PDF (reportlab)",
               "bundle": "PDF bundle (plan reportlab + attachments via LibreOffice, merged)",
               "bundle_okr": "PDF bundle (OKR via LibreOffice + plan via reportlab)", "twoversions": "two versions in one file",
               "scan": "image-only PDF (rendered pages, hand ink, noise, skew)", "photo": "image-only PDF (phone-photo look: perspective, shadow, background)"}[sp["fmt"]]
    who = ""
    if sp["date"]:
        who = " Pupil %s (%s), plan date %s." % (case.name, sp["stype"], sp["date"])
    return "%s; %s.%s %s" % (layout_name(sp), fmtdesc, who, sp["notes"])


def main():
    only = None
    if len(sys.argv) > 2 and sys.argv[1] == "--only":
        only = set(sys.argv[2].split(","))
    os.makedirs(BUILD, exist_ok=True)
    if only is None:
        if os.path.isdir(DOCS):
            shutil.rmtree(DOCS)
    os.makedirs(DOCS, exist_ok=True)
    entries = []
    for sp in SPECS:
        if only and sp["id"] not in only:
            continue
        entries.append(build(sp))
        print("built", entries[-1]["file"])
    if only is None:
        with open(os.path.join(CORPUS, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        import make_readme
        make_readme.main()


if __name__ == "__main__":
    main()
