# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP validation set, round 62 (2026-12-08j).

Usage:  /work/blind63/venv/bin/python generate.py
Writes docs/ and labels.json next to this script; intermediate files go to /work/blind63/build.
All names, schools, places and organisations are invented. No clock, no unseeded randomness.
"""
import datetime as dt
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1

from content import build_case, S  # noqa: E402
from elements import ELEMENTS, body, flat, label_for, mode, consent_blocks  # noqa: E402
from layouts import LAYOUTS, pupil_kv  # noqa: E402
import writers  # noqa: E402

BUILD = writers.BUILD
DOCS = os.path.join(HERE, "docs")
D = dt.date
CUTOFF = D(2025, 8, 1)


def spec(id, type, profile, layout, fmt, date, modes=None, **kw):
    s = dict(id=id, type=type, profile=profile, layout=layout, fmt=fmt, date=date, modes=modes or {})
    s.update(kw)
    return s


SPECS = [
    # ---------------- po ----------------
    spec("po-01", "po", "po_dys", "swv-numbered", "pdf-word", D(2025, 10, 14), date_style="long", font="Calibri"),
    spec("po-02", "po", "po_ass", "two-column-table", "docx", D(2024, 11, 5),
         dict(informatie_rechten="omit"), font="Arial", date_style="dash"),
    spec("po-03", "po", "po_adhd", "question-headings", "pdf-direct", D(2025, 11, 20),
         dict(inbreng_leerling="view_only", evaluatie="ph"), ph=dict(evaluatie="n.t.b."), date_style="long"),
    spec("po-04", "po", "po_dys", "letter-style", "docx", D(2026, 2, 3),
         dict(instemming_ouders="voor_gezien", afwijkingen_onderwijsprogramma="omit"), font="Verdana", fsize=10),
    spec("po-05", "po", "po_adhd", "groeidocument", "pdf-word", D(2025, 9, 30),
         dict(adviezen_professionals="see_report", doelen="ph"), ph=dict(doelen="nog aanvullen na de toetsperiode"),
         heading_styles=False),
    spec("po-06", "po", "sbo_pro", "system-export", "pdf-direct", D(2026, 3, 12),
         dict(instemming_ouders="sig_no_date", doelen="omit"), date_style="iso"),
    spec("po-07", "po", "po_dys", "beknopt-opp", "odt", D(2025, 1, 21),
         dict(bevorderende_factoren="omit", oogo="omit"), date_style="short"),
    spec("po-08", "po", "po_ass", "email-plaintext", "txt", D(2025, 12, 1),
         dict(instemming_ouders="request_only", vaststelling="omit"), txt_style="email", date_style="slash"),
    spec("po-09", "po", "po_adhd", "swv-numbered", "scan-word", D(2025, 10, 8), date_style="dash", font="Arial"),
    spec("po-10", "po", "po_dys", "domain-table", "docx", D(2026, 5, 19),
         dict(belemmerende_factoren="instr", inbreng_leerling="omit"), date_style="long"),
    spec("po-11", "po", "po_adhd", "onderdeel-abcd", "pdf-word", D(2024, 6, 10),
         dict(instemming_ouders="onder_protest"), font="Times New Roman", date_style="dash"),
    spec("po-12", "po", "po_dys", "swv-invulformulier", "pdf-form", D(2025, 11, 11),
         dict(uitstroombestemming="blank", instemming_ouders="unticked_box"), date_style="dash"),
    spec("po-13", "po", "po_adhd", "two-column-table", "docx", D(2025, 10, 15),
         dict(inbreng_leerling="omit"), revised=True, first_set=D(2024, 10, 2), date_style="dash"),
    spec("po-14", "po", "po_ass", "letter-style", "odt", D(2026, 11, 3), date_style="long"),
    spec("po-15", "po", "po_dys", "swv-numbered", "odt", D(2026, 10, 20),
         dict(ondersteuning="ref", onderbouwing="ref", vaststelling="ph"), ph=dict(vaststelling="n.t.b."),
         date_style="dash"),
    spec("po-16", "po", "po_adhd", "swv-numbered", "pdf-word", D(2025, 7, 10),
         dict(inbreng_leerling="omit"), date_style="long", font="Arial"),
    spec("po-17", "po", "po_adhd", "beknopt-opp", "pdf-word", D(2026, 1, 20),
         dict(uitstroombestemming="omit", onderbouwing="omit", belemmerende_factoren="omit"), date_style="dash",
         font="Arial"),
    # ---------------- sbo ----------------
    spec("sbo-01", "sbo", "sbo_pro", "swv-numbered", "docx", D(2025, 10, 21), cc=True, date_style="dash"),
    spec("sbo-02", "sbo", "po_dys", "domain-table", "pdf-word", D(2025, 2, 11),
         dict(bevorderende_factoren="empty", instemming_ouders="school_only"), font="Arial", date_style="dash"),
    spec("sbo-03", "sbo", "po_adhd", "groeidocument", "odt", D(2026, 1, 15),
         dict(ondersteuning="vague", informatie_rechten="ref"), date_style="long"),
    spec("sbo-04", "sbo", "sbo_pro", "letter-style", "pdf-direct", D(2025, 12, 9),
         dict(oogo="ph", afwijkingen_onderwijsprogramma="nvt_wrong"), ph=dict(oogo="Datum gesprek met ouders: ..."),
         pdf_serif=True, date_style="long"),
    spec("sbo-05", "sbo", "po_dys", "beknopt-opp", "scan-direct", D(2025, 9, 25),
         dict(instemming_ouders="blank_line"), date_style="short"),
    spec("sbo-06", "sbo", "sbo_pro", "swv-invulformulier", "pdf-form", D(2024, 5, 14),
         dict(oogo="blank", vaststelling="blank"), date_style="dash"),
    spec("sbo-07", "sbo", "sbo_pro", "onderdeel-abcd", "scan-direct", D(2025, 11, 27),
         dict(instemming_ouders="refused"), date_style="dash"),
    spec("sbo-08", "sbo", "po_adhd", "question-headings", "docx", D(2025, 10, 2),
         dict(onderbouwing="empty", bevorderende_factoren="ph", inbreng_leerling="instr"),
         ph=dict(bevorderende_factoren="nog aanvullen"), date_style="dash", heading_styles=False),
    # ---------------- so ----------------
    spec("so-01", "so", "so_c4", "swv-numbered", "pdf-word", D(2025, 10, 1), date_style="long"),
    spec("so-02", "so", "so_zml", "two-column-table", "docx", D(2024, 9, 17),
         dict(adviezen_professionals="omit", evaluatie="omit"), date_style="dash", font="Arial"),
    spec("so-03", "so", "so_c4", "system-export", "pdf-direct", D(2026, 4, 8),
         dict(adviezen_professionals="see_report", inbreng_leerling="view_only"), date_style="iso"),
    spec("so-04", "so", "so_zml", "question-headings", "odt", D(2025, 11, 3),
         dict(instemming_ouders="refused", doelen="vague"), date_style="long"),
    spec("so-05", "so", "so_c4", "domain-table", "scan-word", D(2026, 1, 27), date_style="dash"),
    spec("so-06", "so", "so_zml", "beknopt-opp", "docx", D(2025, 10, 30),
         dict(instemming_ouders="avg_only", informatie_rechten="omit"), cc=True, date_style="dash"),
    # ---------------- vo ----------------
    spec("vo-01", "vo", "vo_vmbo_dysc", "swv-numbered", "pdf-word", D(2025, 10, 9), date_style="dash"),
    spec("vo-02", "vo", "vo_havo_ass", "two-column-table", "docx", D(2025, 3, 4), date_style="long", font="Calibri"),
    spec("vo-03", "vo", "vo_vmbo_dysc", "groeidocument", "pdf-word", D(2025, 11, 25),
         dict(uitstroombestemming="ph", onderbouwing="omit"), ph=dict(uitstroombestemming="volgt na overleg"),
         date_style="dash"),
    spec("vo-04", "vo", "vo_ziek", "email-plaintext", "txt", D(2026, 1, 8),
         dict(oogo="omit", instemming_ouders="partial_consent"), txt_style="email", date_style="dash"),
    spec("vo-05", "vo", "vo_havo_ass", "system-export", "pdf-direct", D(2025, 10, 27),
         dict(evaluatie="ph", informatie_rechten="omit"), ph=dict(evaluatie="volgt na overleg"), date_style="iso"),
    spec("vo-06", "vo", "vo_vmbo_dysc", "beknopt-opp", "pdf-direct", D(2026, 3, 2),
         dict(belemmerende_factoren="ref", bevorderende_factoren="ref"), date_style="dash"),
    spec("vo-07", "vo", "vo_ziek", "domain-table", "odt", D(2025, 12, 16),
         dict(instemming_ouders="blank_line", vaststelling="no_date"), date_style="long"),
    spec("vo-08", "vo", "vo_havo_ass", "question-headings", "docx", D(2026, 6, 22),
         dict(doelen="cc_placeholder", evaluatie="cc_placeholder"), cc=True, date_style="dash"),
    spec("vo-09", "vo", "vo_ziek", "swv-invulformulier", "pdf-form", D(2026, 2, 10), date_style="dash"),
    spec("vo-10", "vo", "vo_vmbo_dysc", "letter-style", "scan-word", D(2025, 6, 18), date_style="long"),
    spec("vo-11", "vo", "vo_havo_ass", "onderdeel-abcd", "docx", D(2026, 9, 22),
         dict(doelen="instr", adviezen_professionals="omit"), date_style="dash", heading_styles=False),
    spec("vo-12", "vo", "vo_vmbo_dysc", "two-column-table", "pdf-word", D(2026, 10, 5),
         dict(instemming_ouders="digital"), date_style="dash", font="Arial"),
    spec("vo-13", "vo", "vo_vmbo_dysc", "domain-table", "pdf-direct", D(2026, 11, 10),
         dict(ondersteuningsbehoefte="empty", ondersteuning="empty", informatie_rechten="instr"), date_style="dash",
         accent="#8a3b1d"),
    # ---------------- pro ----------------
    spec("pro-01", "pro", "pro_entree", "uitstroomprofiel-form", "pdf-word", D(2025, 10, 6), date_style="dash"),
    spec("pro-02", "pro", "pro_arbeid", "two-column-table", "odt", D(2024, 12, 10),
         dict(afwijkingen_onderwijsprogramma="omit", evaluatie="ph"), ph=dict(evaluatie="..."), date_style="dash"),
    spec("pro-03", "pro", "pro_arbeid", "system-export", "pdf-direct", D(2026, 1, 19),
         dict(inbreng_leerling="view_only", ondersteuningsbehoefte="omit"), date_style="iso"),
    spec("pro-04", "pro", "pro_entree", "email-plaintext", "txt", D(2025, 11, 4),
         dict(instemming_ouders="unticked_box", vaststelling="omit"), txt_style="email", date_style="slash"),
    spec("pro-05", "pro", "pro_arbeid", "beknopt-opp", "docx", D(2026, 4, 14), cc=True, date_style="long"),
    spec("pro-06", "pro", "pro_entree", "system-export", "pdf-direct", D(2026, 9, 29),
         dict(ondersteuning="omit", evaluatie="ref"), date_style="iso"),
    # ---------------- vso ----------------
    spec("vso-01", "vso", "vso_arbeid", "uitstroomprofiel-form", "pdf-word", D(2025, 10, 13), age=16, date_style="dash"),
    spec("vso-02", "vso", "vso_vervolg", "uitstroomprofiel-form", "docx", D(2025, 11, 18),
         dict(instemming_ouders="adult_self"), age=18, adult=True, cc=True, date_style="dash"),
    spec("vso-03", "vso", "vso_dag", "uitstroomprofiel-form", "odt", D(2025, 12, 3),
         dict(instemming_ouders="curatele_curator"), age=19, curatele=True, date_style="long"),
    spec("vso-04", "vso", "vso_arbeid", "swv-numbered", "pdf-direct", D(2026, 1, 13),
         dict(instemming_ouders="adult_parents_only"), age=18, adult=True, date_style="dash"),
    spec("vso-05", "vso", "vso_vervolg", "uitstroomprofiel-form", "docx", D(2026, 2, 24),
         dict(uitstroombestemming="unticked"), cc=True, date_style="dash"),
    spec("vso-06", "vso", "vso_dag", "groeidocument", "pdf-word", D(2025, 1, 30),
         dict(adviezen_professionals="omit", instemming_ouders="school_only"), date_style="dash"),
    spec("vso-07", "vso", "vso_arbeid", "system-export", "pdf-direct", D(2026, 5, 12),
         dict(instemming_ouders="curatele_pupil_only"), age=20, curatele=True, date_style="iso"),
    spec("vso-08", "vso", "vso_vervolg", "uitstroomprofiel-form", "scan-word", D(2026, 3, 17), age=16, date_style="dash"),
    spec("vso-09", "vso", "vso_dag", "letter-style", "pdf-word", D(2026, 6, 9),
         dict(evaluatie="omit", oogo="ph"), ph=dict(oogo="nog invullen (gesprek gepland)"), date_style="long"),
    spec("vso-10", "vso", "vso_arbeid", "system-export", "docx", D(2025, 9, 16),
         dict(ondersteuningsbehoefte="instr", instemming_ouders="avg_only"), date_style="iso"),
    spec("vso-11", "vso", "vso_dag", "uitstroomprofiel-form", "pdf-direct", D(2025, 8, 28),
         dict(inbreng_leerling="omit"), age=15, date_style="long", pdf_serif=True),
]

FMT_EXT = {"pdf-word": "pdf", "pdf-direct": "pdf", "pdf-form": "pdf", "scan-word": "pdf", "scan-direct": "pdf",
           "docx": "docx", "odt": "odt", "txt": "txt"}
FMT_DESC = {"pdf-word": "PDF exported from Word (DOCX converted by LibreOffice)",
            "pdf-direct": "PDF made directly (reportlab)",
            "pdf-form": "fillable PDF form (AcroForm), filled in",
            "scan-word": "scan: Word export printed and scanned (image-only PDF, skew + noise)",
            "scan-direct": "scan: printed and scanned (image-only PDF, skew + noise)",
            "docx": "DOCX", "odt": "ODT", "txt": "plain text"}

GAP_DESC = {
    "omit": "absent", "empty": "heading with nothing under it", "ph": "placeholder", "instr": "format instruction left in",
    "ref": "only refers elsewhere", "vague": "vague, no who/how often/checkable content",
    "see_report": "'zie verslag' without the advice", "view_only": "pupil's view without what it changed",
    "nvt": "explicitly none", "nvt_wrong": "'n.v.t.' although the plan elsewhere describes a deviation",
    "unticked": "profile boxes all unticked", "cc_placeholder": "Word content control still shows its placeholder text",
    "no_date": "date left blank", "blank": "form field left empty",
    "voor_gezien": "parent signed 'voor gezien'", "onder_protest": "parent signed 'onder protest'",
    "refused": "box 'niet akkoord' ticked", "partial_consent": "consent with an exception",
    "school_only": "only the school signed; parents' lines blank", "blank_line": "blank signature lines",
    "unticked_box": "akkoord/niet akkoord boxes unticked, no signature", "sig_no_date": "signed without a date",
    "request_only": "school asks to sign and return; nothing signed",
    "adult_parents_only": "adult handelingsbekwaam pupil, only parents signed (pupil's line blank)",
    "curatele_pupil_only": "pupil under curatele signed, curator's line blank",
    "avg_only": "only an AVG/photo consent is signed; no consent to the handelingsdeel",
    "digital": "consent recorded as given digitally via the ouderportaal, with date",
    "adult_self": "adult handelingsbekwaam pupil signed himself", "curatele_curator": "curator signed (pupil co-signed)",
}


def form_fields(c):
    """Fields for the fillable swv form."""
    f = [("note", "Invulformulier ontwikkelingsperspectief. Het OPP wordt binnen zes weken na plaatsing vastgesteld "
                  "en jaarlijks geëvalueerd.", None),
         ("heading", "1. Gegevens leerling", None)]
    for k, v in pupil_kv(c):
        f.append(("text", k, v))
    secs = [("2. Perspectief", [("uitstroombestemming", "Te verwachten uitstroombestemming"),
                                ("onderbouwing", "Onderbouwing")]),
            ("3. Analyse", [("belemmerende_factoren", "Belemmerende factoren"),
                            ("bevorderende_factoren", "Bevorderende factoren"),
                            ("ondersteuningsbehoefte", "Ondersteuningsbehoeften"),
                            ("adviezen_professionals", "Adviezen deskundigen")]),
            ("4. Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning (wat / wie / hoe vaak / periode)"),
                                   ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma")]),
            ("5. Betrokkenheid", [("inbreng_leerling", "Inbreng van de leerling"),
                                  ("oogo", "Op overeenstemming gericht overleg met ouders (datum, aanwezigen)"),
                                  ("evaluatie", "Evaluatie (wanneer, met wie)")]),
            ("6. Vaststelling en instemming", [("vaststelling", "Vastgesteld door / datum"),
                                               ("informatie_rechten", "Informatie over rechten van ouders")])]
    for h, items in secs:
        f.append(("heading", h, None))
        for eid, lab in items:
            b = body(c, eid)
            if b is None:
                continue
            f.append(("text", lab, flat(b)))
    m = mode(c, "instemming_ouders")
    if m != "omit":
        for blk in consent_blocks(c, m):
            if blk[0] == "checks":
                for on, lab in blk[1]:
                    f.append(("check", lab, on))
            elif blk[0] == "p":
                f.append(("text", "Toelichting", blk[1]))
            elif blk[0] == "sig":
                for s in blk[1]:
                    f.append(("text", "%s - naam" % s["role"], s["name"]))
                    f.append(("text", "%s - datum" % s["role"], s["date"]))
                    f.append(("text", "%s - handtekening (typ naam)" % s["role"], s["name"] if s["signed"] else ""))
    return f


def prep_case(s):
    c = build_case(s)
    c["inbreng_na"] = bool(s.get("adult")) or (s["date"] < CUTOFF and not s.get("revised"))
    if s.get("revised"):
        c["first_set"] = s["first_set"]
    return c


def notes_for(c):
    parts = ["%s layout, %s" % (c.layout, FMT_DESC[c.fmt])]
    gaps = []
    for eid in ELEMENTS:
        m = mode(c, eid)
        if m != "present":
            gaps.append("%s: %s" % (eid, GAP_DESC.get(m, m)))
    if c.profile in ("po_ass", "vo_havo_ass", "pro_arbeid", "pro_entree") and mode(c, "afwijkingen_onderwijsprogramma") == "present":
        gaps.append("afwijkingen_onderwijsprogramma: explicitly 'geen' -> not_applicable")
    if c.inbreng_na:
        if c.get("adult"):
            gaps.append("inbreng_leerling not_applicable: adult handelingsbekwaam pupil is himself the party")
        else:
            gaps.append("inbreng_leerling not_applicable: plan set before 1 Aug 2025")
    if c.get("revised"):
        gaps.append("first set %s, revised %s (after 1 Aug 2025) so the pupil's input is required" % (c.first_set, c.date))
    if c.get("curatele"):
        gaps.append("pupil %d, under curatele: the curator consents" % c.age)
    if c.fmt.startswith("scan"):
        gaps.append("signatures are drawn 'handwritten' images; instemming_ouders in accept_unclear")
    parts.append("plan date %s" % c.date.isoformat())
    parts.append("deliberate gaps and special cases: " + ("; ".join(gaps) if gaps else "none (complete plan)"))
    return ". ".join(parts)


# ------------------------------------------------------------------------------------------
def nonopp_docs():
    """Documents that are not OPPs."""
    out = []
    # 1. leaflet for parents (pdf direct)
    lay = {"blocks": [
        ("title", "Het ontwikkelingsperspectiefplan (OPP)"),
        ("sub", "Informatie voor ouders - Samenwerkingsverband VO Oosterhaeghe-Marsdorp"),
        ("h2", "Wat is een OPP?"),
        ("p", "Heeft uw kind extra ondersteuning nodig, meer dan de basisondersteuning van de school? Dan maakt de school "
              "een ontwikkelingsperspectiefplan, kortweg OPP. In het (voortgezet) speciaal onderwijs en het "
              "praktijkonderwijs krijgt iedere leerling een OPP."),
        ("h2", "Wat staat erin?"),
        ("ul", ["de te verwachten uitstroombestemming: naar welk vervolgonderwijs of werk uw kind waarschijnlijk gaat",
                "de onderbouwing daarvan, met de belemmerende en bevorderende factoren",
                "de ondersteuning en begeleiding die de school biedt (het handelingsdeel)",
                "eventuele afwijkingen van het onderwijsprogramma",
                "doelen en het moment van evaluatie"]),
        ("h2", "Wat is uw rol?"),
        ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld. Voor het handelingsdeel heeft u "
              "instemmingsrecht: de school heeft uw handtekening nodig. Sinds 1 augustus 2025 wordt ook uw kind gehoord "
              "over het plan (hoorrecht). Het OPP wordt minstens één keer per jaar met u en uw kind geëvalueerd."),
        ("h2", "Niet eens?"),
        ("p", "Praat eerst met de mentor of de ondersteuningscoördinator. Komt u er niet uit, dan kunt u terecht bij ons "
              "ouder- en jeugdsteunpunt, bij een onderwijsconsulent of binnen zes weken bij de Geschillencommissie "
              "passend onderwijs."),
        ("p", "Meer weten? Bel het ouder- en jeugdsteunpunt: 0599-000000 (fictief) of kijk op onze website."),
    ], "footer": "Folder OPP voor ouders - versie september 2025"}
    out.append(dict(id="none-01", kind="leaflet", fmt="pdf-direct", layout="leaflet-parents", lay=lay,
                    notes="Not an OPP: leaflet for parents explaining what an OPP contains (mentions every element in "
                          "general terms). All elements not_applicable."))
    # 2. newsletter (docx)
    lay = {"blocks": [
        ("title", "Kiekendief Nieuws - november 2025"),
        ("sub", "Nieuwsbrief van Basisschool De Kiekendief, Lindewijk"),
        ("h2", "Van de directie"),
        ("p", "Wat een mooie herfstweken! De kinderen van groep 5 en 6 hebben het bos achter de school onderzocht en "
              "de kleuters hebben een paddenstoelenmuseum ingericht."),
        ("h2", "Gesprekken over ontwikkelingsperspectieven"),
        ("p", "Voor een aantal leerlingen met extra ondersteuning evalueren we in week 47 het ontwikkelingsperspectiefplan "
              "(OPP). De betreffende ouders krijgen een persoonlijke uitnodiging van de intern begeleider. Sinds dit "
              "schooljaar praten we vooraf ook met de kinderen zelf over hun plan."),
        ("h2", "Luizencontrole"),
        ("p", "Op maandag na elke vakantie controleren de luizenouders alle kinderen. Wilt u die dag geen gel of "
              "vlechten in het haar doen?"),
        ("h2", "Agenda"),
        ("table", [["Datum", "Activiteit"], ["18 november", "Studiemiddag team, alle kinderen om 12.00 uur vrij"],
                   ["week 47", "OPP-evaluatiegesprekken"], ["5 december", "Sinterklaasviering"]], {"header": True}),
    ], "footer": "Kiekendief Nieuws verschijnt maandelijks"}
    out.append(dict(id="none-02", kind="newsletter", fmt="docx", layout="newsletter", lay=lay,
                    notes="Not an OPP: school newsletter with an item about OPP evaluation meetings. All elements "
                          "not_applicable."))
    # 3. blank format (docx): swv-numbered template with instructions everywhere and empty fields
    s = spec("none-03", "po", "po_dys", "swv-numbered", "docx", D(2025, 9, 1),
             {e: "instr" for e in ELEMENTS if e != "instemming_ouders"})
    s["modes"]["instemming_ouders"] = "blank_line"
    c = prep_case(s)
    lay = LAYOUTS["swv-numbered"](c)
    nb = []
    for b in lay["blocks"]:
        if b[0] == "kv":
            nb.append(("kv", [(k, "") for k, _ in b[1]]))
        elif b[0] == "title":
            nb.append(("title", "Format Ontwikkelingsperspectiefplan (OPP) - leeg"))
        elif b[0] == "sub":
            nb.append(("sub", c.swv + " - format versie 2025-2026. Vul alle blauwe velden in en verwijder de instructies."))
        else:
            nb.append(b)
    lay = {"blocks": nb, "footer": "Format OPP %s" % c.swv}
    out.append(dict(id="none-03", kind="blank-format", fmt="docx", layout="swv-numbered (blank template)", lay=lay,
                    case=c, notes="Not an OPP: the samenwerkingsverband's blank OPP format, all instructions in place, "
                                  "no pupil. All elements not_applicable."))
    # 4. invitation e-mail (txt)
    lay = {"blocks": [
        ("p", "Van: Intern begeleider <ib@devuurvlinder.example.nl>\nAan: ouders groep 6b\nOnderwerp: Uitnodiging gesprek "
              "ontwikkelingsperspectief"),
        ("p", "Beste ouders,"),
        ("p", "Graag nodigen wij u uit voor een gesprek over het ontwikkelingsperspectiefplan (OPP) van uw kind. In dit "
              "gesprek bespreken we de verwachte uitstroombestemming, de doelen en de ondersteuning die wij willen bieden. "
              "Wij vragen u daarna om in te stemmen met het handelingsdeel."),
        ("p", "Voorgestelde datum: dinsdag 25 november om 15.15 uur, in de IB-kamer. Past dit niet, laat het ons dan weten."),
        ("p", "Wilt u vooraf met uw kind de kaart 'Hoe denk jij erover?' invullen? Die zit in de bijlage."),
        ("p", "Met vriendelijke groet,\nmw. J. Albersma, intern begeleider\nCBS De Vuurvlinder"),
    ], "footer": None}
    out.append(dict(id="none-04", kind="invitation", fmt="txt", layout="email-invitation", lay=lay,
                    notes="Not an OPP: e-mail inviting parents to an OPP meeting. All elements not_applicable."))
    return out


class Dummy(dict):
    __getattr__ = dict.get


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    for sub in ("docx", "pdfout", "direct"):
        os.makedirs(os.path.join(BUILD, sub), exist_ok=True)
    entries = []
    to_convert = []  # (docx path, final kind, id)
    post = []
    for s in SPECS:
        c = prep_case(s)
        fname = "%s_OPP_%s.%s" % (s["id"], c.first, FMT_EXT[s["fmt"]])
        final = os.path.join(DOCS, fname)
        fmt = s["fmt"]
        if fmt == "pdf-form":
            writers.write_form(form_fields(c), c, final, "Ontwikkelingsperspectief - %s" % c.full)
        else:
            lay = LAYOUTS[s["layout"]](c)
            if fmt == "docx":
                writers.write_docx(lay, c, final)
            elif fmt == "odt":
                writers.write_odt(lay, c, final)
            elif fmt == "txt":
                writers.write_txt(lay, c, final)
            elif fmt == "pdf-direct":
                writers.write_pdf(lay, c, final)
            elif fmt in ("pdf-word", "scan-word"):
                p = os.path.join(BUILD, "docx", s["id"] + ".docx")
                writers.write_docx(lay, c, p)
                to_convert.append(p)
                post.append((fmt, os.path.join(BUILD, "pdfout", s["id"] + ".pdf"), final, s["id"]))
            elif fmt == "scan-direct":
                p = os.path.join(BUILD, "direct", s["id"] + ".pdf")
                writers.write_pdf(lay, c, p)
                post.append((fmt, p, final, s["id"]))
        labels = {e: label_for(c, e) for e in ELEMENTS}
        entries.append({"file": "docs/" + fname, "format": FMT_EXT[fmt], "layout": s["layout"],
                        "school_type": s["type"], "scanned": fmt.startswith("scan"), "elements": labels,
                        "accept_unclear": ["instemming_ouders"] if fmt.startswith("scan") else [],
                        "notes": notes_for(c)})
    for d in nonopp_docs():
        c = d.get("case") or Dummy(ib="", date=D(2025, 11, 1), font="Calibri")
        ext = FMT_EXT[d["fmt"]]
        fname = "%s_%s.%s" % (d["id"], d["kind"], ext)
        final = os.path.join(DOCS, fname)
        if d["fmt"] == "docx":
            writers.write_docx(d["lay"], c, final)
        elif d["fmt"] == "txt":
            writers.write_txt(d["lay"], Dummy(txt_style="email"), final)
        else:
            writers.write_pdf(d["lay"], Dummy(accent="#7a3b8f", author="SWV"), final)
        entries.append({"file": "docs/" + fname, "format": ext, "layout": d["layout"], "school_type": "none",
                        "scanned": False, "elements": {e: "not_applicable" for e in ELEMENTS},
                        "accept_unclear": [], "notes": d["notes"]})
    writers.soffice_convert(to_convert, os.path.join(BUILD, "pdfout"))
    import zlib
    for fmt, src, final, id_ in post:
        if fmt == "pdf-word":
            shutil.copyfile(src, final)
        else:
            writers.make_scan(src, final, zlib.crc32(id_.encode()))
    for e in entries:
        if e["format"] in ("docx", "odt"):
            writers.normalize_zip(os.path.join(HERE, e["file"]))
    entries.sort(key=lambda e: e["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    print("wrote %d documents" % len(entries))


if __name__ == "__main__":
    main()
