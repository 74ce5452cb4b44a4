# -*- coding: utf-8 -*-
"""Deterministic generator for blind set round 69 (2026-12-08q).

usage: python build.py [--out CORPUS_DIR] [--build BUILD_DIR]
No clock, fixed seeds. soffice-made files (odt, pdf-word) carry soffice's own timestamps in their metadata only.
"""
import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import (E, CUTOFF, FIRST_M, FIRST_F, SURN, STAFF, PLACES, SCHOOLS, SWV, GROUP, type_text, present, gap, d, dlong, my,
                     Checks, Goals)
import layouts as LY
import render as R

D = dt.date.fromisoformat

# ---------------------------------------------------------------------------------------------- specs
# (id, school_type, layout, fmt, vdate, options)
SPECS = [
    ("po-A-docx-compleet", "po", "A", "docx", "2025-10-06", dict(afw="na", note="complete plan, no deviations stated explicitly")),
    ("po-A-pdfw-voorgezien", "po", "A", "pdf-word", "2025-11-03", dict(var=1, gaps={"belemmerende_factoren": "empty", "informatie_rechten": "missing"},
                                                                       consent="voor_gezien", note="heading 'Belemmerende factoren' with nothing under it; parent signed 'voor gezien', boxes unticked; no rights section")),
    ("po-B-docx-ctrl-plchdr", "po", "B", "docx-ctrl", "2026-01-19", dict(var=2, afw="na", gaps={"onderbouwing": "ctrl", "doelen": "ctrl"},
                                                                         note="content controls; onderbouwing and doelen still show the Word placeholder 'Klik of tik om tekst in te voeren.'")),
    ("po-C-pdf-pre2025", "po", "C", "pdf", "2025-03-10", dict(inbreng_keep=True, note="complete plan set March 2025; contains a pupil view but hoorrecht not yet in force -> not_applicable")),
    ("po-F-odt-leerlingmening", "po", "F", "odt", "2025-09-29", dict(afw="na", gaps={"inbreng_leerling": "view_only", "evaluatie": "ph:n.t.b."},
                                                                     note="pupil's view without what it changed; evaluatie 'n.t.b.'")),
    ("po-G-pdfw-brief-strookje", "po", "G", "pdf-word", "2025-10-20", dict(gaps={"adviezen_professionals": "missing"}, consent="blank",
                                                                           note="letter-style plan; reply slip with names but no signature/date; no expert advice")),
    ("po-H-pdf-bijgesteld", "po", "H", "pdf", "2025-03-17", dict(revised="2025-10-14", gaps={"inbreng_leerling": "missing"},
                                                                  note="set March 2025 but revised 14-10-2025 -> hoorrecht applies; no pupil input")),
    ("po-I-docx-tlv-met-opp", "po", "I", "docx", "2026-02-09", dict(consent="school_only", note="TLV application (po->sbo) with the OPP included as part 2; consent signed only by the school")),
    ("po-E-form-uitstroom-leeg", "po", "E", "pdf-form", "2025-12-01", dict(afw="na", gaps={"uitstroombestemming": "unticked"},
                                                                           note="fillable PDF form; destination options all unticked; text in form fields")),
    ("po-A-scan-compleet", "po", "A", "scan", "2026-03-16", dict(consent="squiggle", note="scanned complete plan, handwritten-style signatures with typed dates")),
    ("sbo-A-docx-vaag", "sbo", "A", "docx", "2025-10-13", dict(gaps={"adviezen_professionals": "refer", "doelen": "vague"},
                                                               note="advice only 'zie verslag in bijlage 3'; goals vague, not checkable")),
    ("sbo-C-docx-compleet", "sbo", "C", "docx", "2026-05-11", dict(var=1, note="complete plan, domain table")),
    ("sbo-D-pdfw-onderprotest", "sbo", "D", "pdf-word", "2025-11-17", dict(consent="onder_protest", gaps={"ondersteuningsbehoefte": "instruction"},
                                                                           note="groeidocument with OPP chapter; template instruction left under 'Onderwijsbehoeften'; signed 'onder protest'")),
    ("sbo-H-txt-pre2025", "sbo", "H", "txt", "2025-02-03", dict(afw="missing", gaps={"informatie_rechten": "missing"},
                                                                note="plain-text export, plan Feb 2025; silent on deviations; no rights section")),
    ("sbo-F-md-zonderdatum", "sbo", "F", "md", "2026-01-26", dict(consent="nodate", gaps={"vaststelling": "ph:..."},
                                                                  note="parents signed without a date; vaststelling '...'")),
    ("so-A-pdfw-compleet", "so", "A", "pdf-word", "2025-10-27", dict(note="complete so plan with CvB advice")),
    ("so-B-docx-avg", "so", "B", "docx", "2025-12-08", dict(var=1, consent="avg_only", gaps={"adviezen_professionals": "missing"},
                                                            note="only an AVG/photo consent is signed; no consent to the handelingsdeel; no expert/CvB advice")),
    ("so-D-odt-pre2025", "so", "D", "odt", "2024-11-11", dict(note="complete groeidocument OPP from Nov 2024")),
    ("so-G-txt-weigering", "so", "G", "txt", "2026-02-23", dict(consent="refused", note="letter plan as plain text; parents ticked 'niet akkoord'")),
    ("so-E-form-vinkjeleeg", "so", "E", "pdf-form", "2026-04-13", dict(consent="unticked", note="fillable form; consent boxes unticked and signature fields empty")),
    ("so-C-scan-lege-kolom", "so", "C", "scan", "2025-10-06", dict(consent="squiggle", gaps={"bevorderende_factoren": "empty"},
                                                                   note="scan; 'Bevorderend' column present but empty in every row")),
    ("vo-A-docx-compleet", "vo", "A", "docx", "2025-10-01", dict(note="complete vo plan (exemption French, reduced timetable)")),
    ("vo-C-pdf-deelsakkoord", "vo", "C", "pdf", "2025-11-24", dict(consent="partial", gaps={"onderbouwing": "ph:volgt na overleg"},
                                                                  note="onderbouwing 'volgt na overleg'; consent only to part of the handelingsdeel")),
    ("vo-F-docx-pre-geenperspectief", "vo", "F", "docx", "2025-01-20", dict(var=1, afw="na", gaps={"uitstroombestemming": "missing", "onderbouwing": "missing"},
                                                                            note="plan Jan 2025 without destination or its grounds")),
    ("vo-H-pdfw-geenevaluatie", "vo", "H", "pdf-word", "2026-01-12", dict(var=2, gaps={"evaluatie": "missing", "oogo": "ph:nog aanvullen"},
                                                                          note="export; no evaluation; OOGO 'nog aanvullen'")),
    ("vo-I-pdfw-tlv-met-opp", "vo", "I", "pdf-word", "2026-03-02", dict(gaps={"informatie_rechten": "rights_partial"},
                                                                        note="TLV application (vo->vso) with OPP inside; rights only 'ouders zijn op de hoogte gebracht'")),
    ("vo-E-docx-oogo-onafgevinkt", "vo", "E", "docx-ctrl", "2025-09-22", dict(afw="na", gaps={"oogo": "unticked"},
                                                                              note="beknopt form with tick-box content controls; 'besproken met ouders' ja/nee both unticked")),
    ("vo-F-scan-pre2025", "vo", "F", "scan", "2025-05-19", dict(consent="squiggle", note="scanned complete plan, May 2025")),
    ("vo-G-odt-compleet", "vo", "G", "odt", "2026-09-28", dict(afw="na", note="complete letter-style plan")),
    ("pro-A-docx-compleet", "pro", "A", "docx", "2025-10-13", dict(afw="na", note="complete pro plan")),
    ("pro-B-pdfw-vaagaanbod", "pro", "B", "pdf-word", "2025-11-10", dict(var=1, afw="na", gaps={"ondersteuning": "vague"},
                                                                         note="support vague: 'extra begeleiding waar nodig' without what/who/how often")),
    ("pro-D-pdf-pre-nietvastgesteld", "pro", "D", "pdf", "2025-04-07", dict(afw="missing", gaps={"vaststelling": "missing"},
                                                                            note="no vaststelling (date/who) anywhere; silent on deviations")),
    ("pro-H-txt-advies-ntb", "pro", "H", "txt", "2026-01-05", dict(afw="na", gaps={"adviezen_professionals": "ph:n.t.b."}, note="advice field 'n.t.b.'")),
    ("pro-F-md-pre2025", "pro", "F", "md", "2024-12-09", dict(afw="na", note="complete pro plan, Dec 2024")),
    ("vso-A-docx-meerderjarig", "vso", "A", "docx", "2025-10-20", dict(adult=True, consent="adult_self", inbreng_keep=True,
                                                                       note="adult pupil (handelingsbekwaam) consents himself; inbreng not_applicable (pupil is the party)")),
    ("vso-B-pdfw-meerderjarig-ouders", "vso", "B", "pdf-word", "2026-02-02", dict(var=2, adult=True, consent="adult_parents",
                                                                                  note="adult pupil, but only a parent signed; pupil's line blank")),
    ("vso-C-odt-curator", "vso", "C", "odt", "2025-11-03", dict(var=1, curatele=True, consent="curator", note="pupil under curatele; curator consents; pupil's view present")),
    ("vso-G-pdf-dagbesteding", "vso", "G", "pdf", "2026-03-09", dict(var=1, gaps={"evaluatie": "missing"}, note="letter plan, profile dagbesteding; no evaluation")),
    ("vso-E-form-leerlingmening", "vso", "E", "pdf-form", "2025-12-15", dict(var=2, gaps={"inbreng_leerling": "view_only", "informatie_rechten": "missing"},
                                                                             note="fillable form; pupil's view without effect; no rights")),
    ("vso-H-pdfw-pre2025", "vso", "H", "pdf-word", "2025-06-02", dict(note="complete export, June 2025")),
    ("vso-I-docx-tlv-verlenging", "vso", "I", "docx", "2026-05-18", dict(consent="blank", gaps={"vaststelling": "date_only"},
                                                                        note="TLV extension with OPP; parents' signature line blank; vaststelling date without who")),
    ("vso-B-scan-meerderjarig", "vso", "B", "scan", "2026-01-19", dict(adult=True, consent="adult_self_sq", gaps={"doelen": "ph:..."},
                                                                       note="scan; adult pupil signed (handwritten-style) with date; goals '...'")),
    ("po-D-docx-compleet", "po", "D", "docx", "2026-10-05", dict(afw="na", note="complete groeidocument with OPP chapter")),
    ("so-F-pdf-compleet", "so", "F", "pdf", "2025-12-01", dict(note="complete question-heading plan")),
    ("sbo-E-scan-zonderdatum", "sbo", "E", "scan", "2025-11-03", dict(consent="squiggle_nodate", note="scanned beknopt form; signature without date")),
    ("vo-B-md-compleet", "vo", "B", "md", "2026-06-15", dict(afw="na", note="complete two-column plan in markdown")),
    ("po-H-txt-compleet", "po", "H", "txt", "2025-11-17", dict(note="complete plain-text export")),
    ("vso-D-docx-curatele-leerlingtekent", "vso", "D", "docx", "2026-04-20", dict(var=2, curatele=True, consent="curatele_pupil_only",
                                                                                   note="pupil under curatele signed himself; curator's line blank")),
    ("pro-E-docx-instructie", "pro", "E", "docx-ctrl", "2026-02-16", dict(afw="na", gaps={"evaluatie": "instruction", "informatie_rechten": "missing"},
                                                                          note="beknopt form; evaluation field still holds the template instruction; no rights")),
    ("so-H-pdf-oogo-nvt", "so", "H", "pdf", "2026-06-08", dict(gaps={"oogo": "nvt_wrong"}, note="OOGO field 'n.v.t.' although it applies")),
    ("po-F-md-verwijzingen", "po", "F", "md", "2026-03-23", dict(gaps={"onderbouwing": "refer", "ondersteuning": "refer"},
                                                                 note="onderbouwing only 'zie bijlage 1'; support only 'zie het arrangement in bijlage 2'")),
    ("vso-A-pdf-uitstroom-ntb", "vso", "A", "pdf", "2025-10-06", dict(gaps={"uitstroombestemming": "ph:n.t.b.", "onderbouwing": "ph:nog aanvullen",
                                                                           "informatie_rechten": "refer"},
                                                                     note="destination 'n.t.b.', grounds 'nog aanvullen', rights only 'zie de schoolgids'")),
    ("sbo-B-odt-verwijzingen", "sbo", "B", "odt", "2026-09-14", dict(var=1, gaps={"belemmerende_factoren": "refer", "bevorderende_factoren": "refer",
                                                                                  "ondersteuningsbehoefte": "vague"},
                                                                     note="factors only 'zie groeidocument, deel B'; needs only 'Extra aandacht.'")),
    ("vo-D-txt-groeidoc-instructie", "vo", "D", "txt", "2025-10-27", dict(gaps={"doelen": "instruction", "adviezen_professionals": "ph:[tekst]"},
                                                                          consent="unticked",
                                                                          note="goals field holds the template instruction; advice '[tekst]'; consent boxes unticked, no names")),
]

NON_OPP = [
    ("po-onderwijskundig-rapport", "po", "onderwijskundig-rapport-export", "pdf", "2026-03-02"),
    ("vo-intakeformulier", "vo", "intakeformulier", "docx-ctrl", "2025-09-08"),
    ("sbo-evaluatieverslag-vorig-opp", "sbo", "evaluatieverslag-swv-genummerd", "pdf-word", "2025-07-01"),
    ("po-tlv-zonder-opp", "po", "tlv-aanvraag-zonder-opp", "odt", "2026-01-26"),
    ("po-groeidocument-zonder-opp", "po", "groeidocument-zonder-opp", "pdf", "2026-02-16"),
    ("vo-handelingsplan", "vo", "handelingsplan", "pdf", "2025-11-10"),
    ("po-groepsplan", "po", "groepsplan", "docx", "2025-11-03"),
    ("so-mdo-verslag", "so", "mdo-verslag", "scan", "2025-09-15"),
    ("vso-uitnodiging-opp-gesprek", "vso", "uitnodiging-briefvorm", "pdf-word", "2025-09-22"),
    ("folder-wat-is-een-opp", "none", "folder-ouders", "pdf", "2025-09-01"),
    ("po-nieuwsbrief", "po", "nieuwsbrief", "md", "2025-11-14"),
    ("leeg-format-swv", "none", "leeg-format-swv-genummerd", "docx", "2025-08-15"),
]

CONSENT_LABEL = {"full": "present", "squiggle": "present", "adult_self": "present", "adult_self_sq": "present", "curator": "present",
                 "missing": "missing", "avg_only": "missing"}


def sj(x):
    return "%d-%d" % (x.year, x.year + 1) if x.month >= 8 else "%d-%d" % (x.year - 1, x.year)


def school_month(x):
    """keep evaluation moments out of the summer holiday"""
    if x.month == 7:
        return dt.date(x.year, 6, 20)
    if x.month == 8:
        return dt.date(x.year, 9, 25)
    return x


def make_ctx(i, did, st, vdate, o):
    r = random.Random(6900 + i)
    male = r.random() < 0.55
    nm = r.choice(FIRST_M if male else FIRST_F)
    sur = r.choice(SURN)
    staff = r.sample(STAFF, 9)
    v = D(vdate)
    age = {"po": 10, "sbo": 10, "so": 11, "vo": 14, "pro": 15, "vso": 16}.get(st, 11)
    if o.get("adult") or o.get("curatele"):
        age = 18 + (i % 2)
    dob = dt.date(v.year - age - 1, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
    if o.get("adult") or o.get("curatele"):
        dob = dt.date(v.year - age, 1 + (i * 5) % 12 if (1 + (i * 5) % 12) < v.month else 1, 3)
    pf = r.choice(["mw.", "dhr."])
    c = dict(st=st, nm=nm, full=f"{nm} {sur}", hij="hij" if male else "zij", Hij="Hij" if male else "Zij", zijn="zijn" if male else "haar",
             Zijn="Zijn" if male else "Haar", dob=dob, school=SCHOOLS.get(st, ["OBS De Zandloper"])[i % len(SCHOOLS.get(st, [1]))] if st != "none" else "",
             place=PLACES[i % len(PLACES)], swv=SWV.get(st, SWV["po"]), group=GROUP.get(st, ["groep 6"])[i % len(GROUP.get(st, [1]))],
             mentor=staff[0], ib=staff[1], rt=staff[2], dir=staff[3], ortho=staff[4].replace("mw.", "drs.").replace("dhr.", "drs."),
             logo=staff[5], p1=f"mw. {r.choice('ABCDEHJKLMNRSTY')}. {sur}", p2=(f"dhr. {r.choice('ABCDEHJKLMNRSTY')}. {sur}" if r.random() < 0.6 else None),
             cur=f"mw. {r.choice('ABCDEHJKLMNRSTY')}. {sur} (moeder)" if i % 2 else f"mr. {staff[6].split(' ', 1)[1]} (Bewindvoering & Curatele Kreekland)",
             vdate=v, oogo=v - dt.timedelta(days=8), cdate=v + dt.timedelta(days=3), start=v + dt.timedelta(days=7),
             e1=school_month(v + dt.timedelta(days=110)), e2=school_month(v + dt.timedelta(days=225)), cvb=v - dt.timedelta(days=22),
             onderzoek=v - dt.timedelta(days=300), sj=sj(v), lid="%06d" % (400000 + i * 7919 % 99999),
             adult=o.get("adult", False), curatele=o.get("curatele", False),
             revised=D(o["revised"]) if o.get("revised") else None)
    last = c["revised"] or v
    c["pre"] = last < CUTOFF
    c["T"] = type_text(st, o.get("var", 0), c) if st != "none" else {}
    return c


def element_kinds(c, o):
    kinds = {e: "present" for e in E}
    kinds["afwijkingen_onderwijsprogramma"] = {"present": "present", "na": "na", "missing": "missing"}[o.get("afw", "present")]
    ib_na = c["pre"] or c["adult"]
    if ib_na and not o.get("inbreng_keep"):
        kinds["inbreng_leerling"] = "omit"
    kinds.update(o.get("gaps", {}))
    return kinds, ib_na


def labels_for(kinds, consent_kind, ib_na):
    lab = {}
    for e in E:
        k = kinds[e]
        if e == "instemming_ouders":
            lab[e] = CONSENT_LABEL.get(consent_kind, "incomplete")
        elif e == "inbreng_leerling" and ib_na:
            lab[e] = "not_applicable"
        elif k == "present":
            lab[e] = "present"
        elif k == "na":
            lab[e] = "not_applicable"
        elif k in ("missing", "omit"):
            lab[e] = "missing"
        else:
            lab[e] = "incomplete"
    return lab


def header_footer(layout, c):
    return {"A": (c["swv"], f"Format OPP {'SWV PPO Vlietmonde' if 'Vlietmonde' in c['swv'] else 'SWV Kreekland' if 'PO Kreekland' in c['swv'] else 'SWV VO Bremerveld-Kreekland'} – versie 2025.1 – pagina {{page}}"),
            "B": (c["school"], f"OPP {c['full']} – vertrouwelijk"),
            "C": (f"{c['school']} – ontwikkelingsperspectief", None),
            "D": (f"Groeidocument – {c['swv']}", "versie 2025 – pagina {page}"),
            "E": (None, f"Beknopt OPP – {c['school']} – pagina {{page}}"),
            "F": (None, f"{c['full']} – OPP {c['sj']}"),
            "G": (None, f"{c['school']} · Schoolstraat 14 · {c['place']} · www.example-school.nl"),
            "H": (None, f"LeerlingVolg Online | Afgedrukt door {c['ib']} op {d(c['vdate'] + dt.timedelta(days=16))} | Pagina {{page}}"),
            "I": (c["swv"], f"TLV-aanvraag {c['full']} – pagina {{page}}")}[layout]


# ---------------------------------------------------------------------------------------------- non-OPP documents
def non_opp_blocks(kind, c):
    nm, full = c["nm"], c["full"]
    v = c["vdate"]
    if kind == "onderwijskundig-rapport-export":
        b = [("small", f"LeerlingVolg Online 8.4 · Export · {c['school']} · Leerling-ID {c['lid']}"),
             ("title", "Onderwijskundig rapport PO-VO"),
             ("kv", [("Leerling", full), ("Geboortedatum", d(c["dob"])), ("Groep", "groep 8"), ("Schooljaar", c["sj"]),
                     ("Datum rapport", d(v))]),
             ("h2", "SCHOOLADVIES"), ("p", "vmbo basisberoepsgerichte leerweg / kaderberoepsgerichte leerweg (gemengd advies), met lwoo"),
             ("h2", "DOORSTROOMTOETS"), ("p", "Referentieniveau lezen 1F, taalverzorging 1F, rekenen < 1F (februari " + str(v.year) + ")."),
             ("h2", "LEERONTWIKKELING"),
             ("p", f"{nm} heeft vanaf groep 6 voor rekenen gewerkt met een eigen leerlijn. Het leerrendement was de laatste twee jaar ongeveer 65%."),
             ("h2", "WERKHOUDING EN SOCIAAL-EMOTIONEEL"),
             ("p", f"{nm} is gemotiveerd bij praktische opdrachten, maar snel afgeleid in een drukke klas. Faalangst bij toetsen."),
             ("h2", "GEBODEN ONDERSTEUNING"),
             ("p", f"{nm} had in groep 6 t/m 8 een ontwikkelingsperspectiefplan. Het OPP en het laatste evaluatieverslag worden met toestemming van "
                   f"ouders via Overstapservice Onderwijs naar de vo-school gestuurd."),
             ("h2", "ADVIES VOOR DE VO-SCHOOL"),
             ("p", "Kleine klas, instructie in kleine stappen, toetsen zonder tijdsdruk."),
             ("h2", "ZIENSWIJZE OUDERS"),
             ("p", "Ouders herkennen zich in het rapport en het advies."),
             ("sign", ["Rol", "Naam", "Datum", "Handtekening"], [["Ouder (voor gezien)", c["p1"], d(v + dt.timedelta(days=4)), "w.g."],
                                                                ["Groepsleerkracht", c["mentor"], d(v), "w.g."]])]
        return b, None, f"LeerlingVolg Online | Afgedrukt door {c['ib']} op {d(v + dt.timedelta(days=5))} | Pagina {{page}}"
    if kind == "intakeformulier":
        b = [("title", "Intakeformulier nieuwe leerling"), ("sub", f"{c['school']} – leerlingzaken, schooljaar {c['sj']}"),
             ("kv", [("Naam leerling", full), ("Geboortedatum", d(c["dob"])), ("Toeleverende school", "IKC Het Wilgenhof, " + c["place"]),
                     ("Schooladvies", "vmbo-kader"), ("Aangemeld voor", c["group"]), ("Datum intakegesprek", d(v))]),
             ("h2", "Ondersteuning op de basisschool"),
             ("checks", "", [("Dyslexieverklaring", True), ("Dyscalculieverklaring", False), ("OPP op de basisschool", True),
                             ("Jeugdhulp betrokken", False)]),
             ("h2", "Wat vertellen ouders en leerling?"),
             ("ctrl", "Gesprek", f"{nm} kijkt uit naar de praktijkvakken. Ouders vragen aandacht voor faalangst bij toetsen en voor het plannen van huiswerk.", False),
             ("h2", "Vervolgafspraken"),
             ("ctrl", "Afspraken", "De zorgcoördinator vraagt het OPP van de basisschool op en beoordeelt in de eerste zes weken of een nieuw OPP nodig is.", False),
             ("h2", "Toestemming (AVG)"),
             ("checks", "", [("Ouders geven toestemming om informatie op te vragen bij de basisschool", True),
                             ("Ouders geven toestemming voor foto's in de schoolgids", False)]),
             ("sign", ["Rol", "Naam", "Datum", "Handtekening"], [["Ouder/verzorger", c["p1"], d(v), "w.g."], ["Intaker", c["ib"], d(v), "w.g."]])]
        return b, None, "Intakeformulier leerlingzaken – versie 3"
    if kind == "evaluatieverslag-swv-genummerd":
        T = c["T"]
        b = [("sub", c["swv"]), ("title", "Evaluatie ontwikkelingsperspectiefplan"), ("p", f"{c['school']}, {c['place']}"),
             ("h1", "1. Gegevens"), ("kv", [("Leerling", full), ("Groep", c["group"]), ("Geëvalueerd plan", f"OPP vastgesteld op {d(v - dt.timedelta(days=270))}"),
                                          ("Datum evaluatiegesprek", d(v)), ("Aanwezig", f"{c['p1']}, {c['mentor']}, {c['ib']}")]),
             ("h1", "2. Evaluatie van de doelen"),
             ("grid", ["Doel uit het OPP", "Resultaat", "Behaald?"], [[T["doelen"][0][0], "85% goed op de laatste toets", "deels"],
                                                                   [T["doelen"][1][0], "behaald in mei", "ja"],
                                                                   [T["doelen"][2][0], "lukt met hulpkaartje", "ja"]]),
             ("h1", "3. Evaluatie van de ondersteuning"),
             ("p", f"De begeleiding in het kleine groepje heeft goed gewerkt. De RT-uren waren door ziekte van de RT'er van maart tot mei minder."),
             ("h1", "4. Conclusie en vervolg"),
             ("p", f"Het ontwikkelingsperspectief blijft ongewijzigd. In september wordt een nieuw OPP voor schooljaar {c['sj'][:4]}-{int(c['sj'][:4]) + 1} opgesteld "
                   f"en met ouders en {nm} besproken."),
             ("h1", "5. Ondertekening"),
             ("sign", ["Rol", "Naam", "Datum", "Handtekening"], [["Ouder (gezien)", c["p1"], d(v), "w.g."], ["Intern begeleider", c["ib"], d(v), "w.g."]])]
        return b, c["swv"], "Format evaluatie OPP – versie 2025.1 – pagina {page}"
    if kind == "tlv-aanvraag-zonder-opp":
        return LY.layout_I(c, with_opp=False), c["swv"], f"TLV-aanvraag {full} – pagina {{page}}"
    if kind == "groeidocument-zonder-opp":
        return LY.layout_D(c, with_opp=False), f"Groeidocument – {c['swv']}", "versie 2025 – pagina {page}"
    if kind == "handelingsplan":
        b = [("title", "Handelingsplan faalangst"), ("sub", f"{c['school']} – zorgteam"),
             ("kv", [("Leerling", full), ("Klas", c["group"]), ("Periode", f"{d(v)} t/m {d(v + dt.timedelta(days=70))}"), ("Opgesteld door", c["mentor"] + " (mentor)")]),
             ("h2", "Beginsituatie"), ("p", f"{nm} verzuimt op toetsdagen en haalt lagere cijfers dan verwacht door spanning."),
             ("h2", "Doel"), ("p", f"Na 10 weken neemt {nm} deel aan alle toetsen van toetsweek 2 en gebruikt {c['hij']} de ademhalingsoefening."),
             ("h2", "Aanpak"),
             ("p", "- Wekelijks mentorgesprek van 15 minuten (mentor).\n- Faalangstreductietraining, 6 bijeenkomsten (schoolmaatschappelijk werk).\n- Toetsen in het stiltelokaal."),
             ("h2", "Evaluatie"), ("p", f"Evaluatie met {nm} en ouders op {d(v + dt.timedelta(days=72))}."),
             ("small", "Dit handelingsplan valt onder de basisondersteuning van de school en is geen ontwikkelingsperspectiefplan.")]
        return b, c["school"], "Handelingsplan – pagina {page}"
    if kind == "groepsplan":
        names = [c["nm"], "Jesse", "Lotte", "Ravi", "Fenna", "Noor", "Bram"]
        b = [("title", f"Groepsplan rekenen {c['group']} – periode 2"), ("sub", f"{c['school']} · {dlong(v)} t/m januari {v.year + 1}"),
             ("h1", "Doelen van de groep"), ("p", "Tafels 1 t/m 10 geautomatiseerd; vermenigvuldigen met grote getallen (hapmethode); breuken op de getallenlijn."),
             ("h1", "Indeling instructiegroepen"),
             ("grid", ["Groep", "Leerlingen", "Aanpak", "Evaluatie"],
              [["Verlengde instructie", ", ".join(names[:3]), "Instructietafel 4x per week 15 minuten, concreet materiaal", "methodetoets blok 5"],
               ["Basisinstructie", "overige leerlingen", "Klassikale instructie volgens methode", "methodetoets blok 5"],
               ["Verkorte instructie", ", ".join(names[3:]), "Plusopdrachten, compacten", "plustaak"]]),
             ("h1", "Leerlingen met een eigen leerlijn"),
             ("p", f"{c['nm']} werkt voor rekenen met een eigen leerlijn volgens het OPP (apart document)."),
             ("h1", "Evaluatie groepsplan"), ("p", "Evaluatie in de groepsbespreking van februari met de intern begeleider.")]
        return b, c["school"], "Groepsplan – pagina {page}"
    if kind == "mdo-verslag":
        b = [("title", "Verslag multidisciplinair overleg (MDO)"), ("sub", f"{c['school']} · {dlong(v)}"),
             ("kv", [("Leerling", full), ("Groep", c["group"]), ("Aanwezig", f"{c['p1']} (moeder), {c['mentor']} (leerkracht), {c['ib']} (IB), "
                                                                            f"{c['ortho']} (gedragswetenschapper), jeugdverpleegkundige GGD Kreekland")]),
             ("h2", "Aanleiding"), ("p", f"Bespreking van de voortgang van {nm} en voorbereiding van de aanpassing van het OPP."),
             ("h2", "Bespreking"),
             ("p", f"{nm} reageert goed op de picto-planning. Overgangen blijven lastig. De gedragswetenschapper adviseert een prikkelarme werkplek en één vast aanspreekpunt."),
             ("h2", "Afspraken"),
             ("p", f"- De leerkracht past het OPP aan en stuurt het concept vóór de herfstvakantie naar ouders.\n- De uitstroom vso arbeidsmarktgericht lijkt haalbaar; dit wordt in het OPP onderbouwd.\n- Volgend MDO: maart {v.year + 1}."),
             ("p", "Verslag: " + c["ib"])]
        return b, None, "MDO-verslag – vertrouwelijk"
    if kind == "uitnodiging-briefvorm":
        b = [("sub", f"{c['school']} · Schoolstraat 14 · {c['place']}"), ("p", f"{c['place']}, {dlong(v)}"),
             ("p", f"Aan de ouders/verzorgers van {full}"), ("p", "Betreft: uitnodiging bespreking ontwikkelingsperspectiefplan"),
             ("p", "Beste ouders/verzorgers,"),
             ("p", f"Graag nodigen wij u en {nm} uit voor het gesprek over het ontwikkelingsperspectiefplan (OPP) van {nm}. In dit gesprek bespreken wij het "
                   f"uitstroomprofiel, de doelen en de ondersteuning voor dit schooljaar. Wij horen graag wat u en {nm} ervan vinden; sinds 1 augustus 2025 "
                   f"wordt ook de mening van {nm} zelf in het plan opgenomen."),
             ("kv", [("Datum", dlong(v + dt.timedelta(days=14))), ("Tijd", "15.30 – 16.15 uur"), ("Plaats", "spreekkamer 2"),
                     ("Aanwezig namens school", f"{c['mentor']} (mentor), {c['ib']} (zorgcoördinator)")]),
             ("p", "U ontvangt het concept-OPP een week voor het gesprek. Na het gesprek vragen wij u in te stemmen met het handelingsdeel."),
             ("p", "Met vriendelijke groet,"), ("p", f"{c['mentor']}, mentor")]
        return b, None, f"{c['school']} · Schoolstraat 14 · {c['place']}"
    if kind == "folder-ouders":
        b = [("title", "Wat is een OPP?"), ("sub", "Informatie voor ouders – " + SWV["vo"]),
             ("p", "Heeft uw kind extra ondersteuning nodig, dan maakt de school een ontwikkelingsperspectiefplan (OPP). In deze folder leest u wat erin staat."),
             ("h2", "Wat staat er in een OPP?"),
             ("p", "- De verwachte uitstroombestemming: naar welke school of welk werk uw kind na deze school gaat, en waarom de school dat verwacht.\n"
                   "- De belemmerende en bevorderende factoren: wat het leren moeilijk maakt en wat helpt.\n"
                   "- Het handelingsdeel: de doelen, de ondersteuning en eventuele afwijkingen van het onderwijsprogramma.\n"
                   "- De adviezen van deskundigen, zoals een orthopedagoog."),
             ("h2", "Uw rol als ouder"),
             ("p", "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw "
                   "instemming nodig. Sinds 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden."),
             ("h2", "Evaluatie"), ("p", "De school evalueert het OPP minimaal één keer per jaar met u en uw kind."),
             ("h2", "Niet eens?"),
             ("p", "Praat eerst met de school. Het Ouder- en Jeugdsteunpunt en de Onderwijsconsulenten kunnen u helpen. Binnen zes weken na de vaststelling "
                   "kunt u naar de Geschillencommissie passend onderwijs."),
             ("small", "Deze folder is een uitgave van het samenwerkingsverband. Aan deze folder kunnen geen rechten worden ontleend.")]
        return b, None, "Folder OPP – versie september 2025"
    if kind == "nieuwsbrief":
        b = [("title", f"Nieuwsbrief {c['school']} – november {v.year}"), ("sub", "Jaargang 12, nummer 4"),
             ("h2", "Van de directie"), ("p", "De herfstvakantie ligt achter ons en de groepen zijn weer volop aan het werk. Dank aan alle ouders die hielpen bij de kijkavond."),
             ("h2", "OPP-gesprekken"),
             ("p", "Voor een aantal leerlingen heeft de school een ontwikkelingsperspectiefplan (OPP). De gesprekken hierover vinden plaats in de week van "
                   "17 november. Nieuw dit jaar: ook uw kind wordt gevraagd wat hij of zij van het plan vindt. U krijgt een uitnodiging van de intern begeleider."),
             ("h2", "Sinterklaas"), ("p", "Op 5 december vieren we Sinterklaas. De kinderen mogen om 12.00 uur uit."),
             ("h2", "Luizencontrole"), ("p", "Na elke vakantie controleren de luizenouders alle kinderen. Hulp is welkom!")]
        return b, None, None
    if kind == "leeg-format-swv-genummerd":
        b = [("sub", c["swv"]), ("title", "Format ontwikkelingsperspectiefplan (OPP)"),
             ("small", "Dit format is vastgesteld door het samenwerkingsverband. Vul alle onderdelen in; verwijder de instructieteksten tussen [ ]."),
             ("h1", "1. Gegevens leerling"),
             ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Ouders/verzorgers", ""), ("Schooljaar", "")])]
        n = 1
        for t, e in [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                     ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                     ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Doelen", "doelen"), ("Ondersteuning en begeleiding", "ondersteuning"),
                     ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Adviezen van deskundigen", "adviezen_professionals"),
                     ("Inbreng van de leerling", "inbreng_leerling"), ("Evaluatie", "evaluatie"), ("Op overeenstemming gericht overleg", "oogo"),
                     ("Vaststelling", "vaststelling")]:
            n += 1
            b.append(("h1", f"{n}. {t}"))
            b.append(("p", __import__("content").INSTR[e]))
        n += 1
        b += [("h1", f"{n}. Instemming met het handelingsdeel"),
              ("checks", "", [("Akkoord met het handelingsdeel", False), ("Niet akkoord met het handelingsdeel", False)]),
              ("sign", ["Rol", "Naam", "Datum", "Handtekening"], [["Ouder/verzorger", "", "", ""], ["Ouder/verzorger", "", "", ""], ["Namens de school", "", "", ""]]),
              ("h1", f"{n + 1}. Informatie over rechten"), ("p", __import__("content").INSTR["informatie_rechten"])]
        return b, c["swv"], "Format OPP – versie 2025.1 – pagina {page}"
    raise KeyError(kind)


NON_OPP_NOTES = {
    "onderwijskundig-rapport-export": "po-vo transfer report (system export); mentions the OPP and advice but is not a plan",
    "intakeformulier": "vo intake form with tick-box content controls; 'OPP op de basisschool' ticked; AVG consent signed",
    "evaluatieverslag-swv-genummerd": "evaluation report of last year's OPP in the SWV house style; goals and results, parents 'gezien'",
    "tlv-aanvraag-zonder-opp": "TLV application whose OPP is 'nagezonden'; OPP attachment box unticked",
    "groeidocument-zonder-opp": "groeidocument without an OPP chapter (says so in a footnote)",
    "handelingsplan": "handelingsplan faalangst (basisondersteuning), with goal, approach and evaluation date",
    "groepsplan": "groepsplan rekenen with instruction groups; refers to a separate OPP",
    "mdo-verslag": "scanned MDO report; advice and agreements to adjust the OPP",
    "uitnodiging-briefvorm": "invitation letter for the OPP meeting",
    "folder-ouders": "SWV leaflet explaining what an OPP contains and parents' rights",
    "nieuwsbrief": "school newsletter with an item on OPP meetings",
    "leeg-format-swv-genummerd": "blank SWV format: headings with instructions, unticked boxes, empty signature table",
}


# ---------------------------------------------------------------------------------------------- output
def write(blocks, header, footer, fmt, did, out_docs, build, seed, style):
    profile = os.path.join(build, "lo-profile")
    if fmt in ("docx", "docx-ctrl"):
        p = os.path.join(out_docs, did + ".docx")
        R.render_docx(blocks, p, header, (footer or "").replace(" – pagina {page}", "").replace(" | Pagina {page}", "").replace(" – pagina {page}", "").replace("{page}", "") or None,
                      ctrl=(fmt == "docx-ctrl"), tickctrl=(fmt == "docx-ctrl"), seed=seed, page_field=bool(footer and "{page}" in footer))
        return p, "docx", False
    if fmt in ("odt", "pdf-word"):
        src = os.path.join(build, "docx", did + ".docx")
        os.makedirs(os.path.dirname(src), exist_ok=True)
        R.render_docx(blocks, src, header, (footer or "").replace(" – pagina {page}", "").replace(" | Pagina {page}", "").replace("{page}", "") or None,
                      ctrl=False, tickctrl=(seed % 2 == 0), seed=seed, page_field=bool(footer and "{page}" in footer))
        ext = "odt" if fmt == "odt" else "pdf"
        o = R.soffice_convert(src, ext, os.path.join(build, ext), profile)
        p = os.path.join(out_docs, did + "." + ext)
        shutil.copy(o, p)
        return p, ext, False
    if fmt == "pdf":
        p = os.path.join(out_docs, did + ".pdf")
        R.render_pdf(blocks, p, header, footer, seed=seed, style=style)
        return p, "pdf", False
    if fmt == "pdf-form":
        p = os.path.join(out_docs, did + ".pdf")
        R.render_form(blocks, p, header, footer)
        return p, "pdf", False
    if fmt == "txt":
        p = os.path.join(out_docs, did + ".txt")
        R.render_txt(blocks, p, header, footer)
        return p, "txt", False
    if fmt == "md":
        p = os.path.join(out_docs, did + ".md")
        R.render_md(blocks, p, header, footer)
        return p, "md", False
    if fmt == "scan":
        src = os.path.join(build, "prescan", did + ".pdf")
        os.makedirs(os.path.dirname(src), exist_ok=True)
        R.render_pdf(blocks, src, header, footer, seed=seed, style="grey")
        p = os.path.join(out_docs, did + ".pdf")
        R.scan(src, p, seed, os.path.join(build, "scan-tmp"))
        return p, "pdf", True
    raise KeyError(fmt)


FMT_DESC = {"docx": "DOCX (tables, ☐/☒ glyphs)", "docx-ctrl": "DOCX with content controls and tick-box controls",
            "odt": "ODT (LibreOffice from DOCX)", "pdf-word": "PDF exported from Word-style DOCX by LibreOffice",
            "pdf": "PDF made directly (reportlab)", "pdf-form": "fillable PDF form (AcroForm; text in fields)", "txt": "plain text",
            "md": "markdown", "scan": "scanned PDF (image only, noise, skew)"}


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.dirname(here))
    ap.add_argument("--build", default="/work/blind70/build")
    a = ap.parse_args()
    out_docs = os.path.join(a.out, "docs")
    if os.path.isdir(out_docs):
        shutil.rmtree(out_docs)
    os.makedirs(out_docs)
    os.makedirs(a.build, exist_ok=True)
    styles = ["plain", "green", "red", "plain"]
    docs = []
    for i, (did, st, lay, fmt, vdate, o) in enumerate(SPECS):
        c = make_ctx(i, did, st, vdate, o)
        kinds, ib_na = element_kinds(c, o)
        c["kinds"] = kinds
        c["vkind"] = kinds["vaststelling"]
        c["consent"] = o.get("consent", "full")
        cont = {}
        for e in E:
            if e == "instemming_ouders":
                cont[e] = None
                continue
            k = kinds[e]
            cont[e] = present(e, c) if k == "present" else gap(e, k, c)
        if kinds["afwijkingen_onderwijsprogramma"] == "present" and st == "pro":
            raise SystemExit("pro plans state no deviations; use afw=na")
        c["content"] = cont
        blocks = LY.LAYOUTS[lay](c)
        hdr, ftr = header_footer(lay, c)
        path, f2, scanned = write(blocks, hdr, ftr, fmt, did, out_docs, a.build, 6900 + i, styles[i % 4])
        lab = labels_for(kinds, c["consent"], ib_na)
        gaps = [f"{e}={k}" for e, k in kinds.items() if k not in ("present",)]
        note = (f"layout {LY.LAYOUT_NAMES[lay]}; format {FMT_DESC[fmt]}; plan set {d(c['vdate'])}"
                + (f", revised {d(c['revised'])}" if c["revised"] else "")
                + ("; adult pupil" if c["adult"] else "") + ("; pupil under curatele" if c["curatele"] else "")
                + f"; consent={c['consent']}; element kinds: {', '.join(gaps) if gaps else 'all present'}. {o.get('note', '')}")
        docs.append({"file": "docs/" + os.path.basename(path), "format": f2, "layout": LY.LAYOUT_NAMES[lay], "school_type": st,
                     "scanned": scanned, "elements": lab,
                     "accept_unclear": ["instemming_ouders"] if scanned else [], "notes": note})
        print("ok", did, file=sys.stderr)
    for j, (did, st, kind, fmt, vdate) in enumerate(NON_OPP):
        i = 100 + j
        stc = st if st != "none" else "vo"
        c = make_ctx(i, did, stc, vdate, {})
        blocks, hdr, ftr = non_opp_blocks(kind, c)
        path, f2, scanned = write(blocks, hdr, ftr, fmt, did, out_docs, a.build, 6900 + i, styles[j % 4])
        docs.append({"file": "docs/" + os.path.basename(path), "format": f2, "layout": kind, "school_type": st, "scanned": scanned,
                     "elements": {e: "missing" for e in E}, "accept_unclear": [],
                     "notes": f"NOT an OPP: {NON_OPP_NOTES[kind]}; format {FMT_DESC[fmt]}; every element missing by convention."})
        print("ok", did, file=sys.stderr)
    json.dump({"version": 1, "docs": docs}, open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
