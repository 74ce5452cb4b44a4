# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP validation set 2026-12-08e.
Run:  /work/blind58/venv/bin/python gen.py
Fixed seeds, no clock. Needs python-docx, reportlab, pillow, numpy; soffice and pdftoppm on PATH."""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import zlib
import time
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import *  # noqa
from specs import SPECS  # noqa

DOCS = os.path.join(HERE, "docs")
BUILD = os.path.join(HERE, "_build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

CONSENT_STATUS = {
    "ok_sig": "present", "ok_digital": "present", "ok_email": "present", "ok_adult_vo": "present",
    "ok_cc": "present", "ok_form": "present", "ok_scribble": "present", "ok_image": "present",
    "ok_adult": "present", "ok_curator": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank_line": "incomplete", "unticked": "incomplete", "no_date": "incomplete",
    "avg_only": "missing", "wrong_party": "incomplete", "curatele_pupil_only": "incomplete",
    "unticked_form": "incomplete", "adult_nodate": "incomplete", "blank_template": "incomplete", "absent": "missing",
}


# ====================================================================== doc model
class Doc:
    def __init__(self, s, idx):
        self.s = s
        self.id = s["id"]
        self.st = s["st"]
        self.layout = s["layout"]
        self.fmt = s["fmt"]
        self.idx = idx
        self.r = random.Random(1000 + idx)
        self.blank = s.get("blank", False)
        self.modes = s.get("modes", {})
        self.consent = s.get("consent", "absent")
        if self.st == "none":
            return
        self.set = s["set"] or dt.date(2026, 9, 1)
        self.rev = s.get("rev")
        self.last = max(self.set, self.rev) if self.rev else self.set
        self.adult = s.get("adult", False)
        self.curatele = s.get("curatele", False)
        self.prof = s["prof"]
        self.P = pupil(self.st, max(s["age"], 10), s["sex"], idx + 3, self.set, s.get("klas", ""))
        p = self.P
        self.first = p["first"]
        self.post = self.last >= CUTOFF
        self.oogo_d = self.set - dt.timedelta(days=7 + idx % 9)
        self.cons_d = self.set + dt.timedelta(days=2 + idx % 6)
        self.start = self.set + dt.timedelta(days=7)
        self.ev1 = self.set + dt.timedelta(days=120 + idx % 20)
        if self.ev1.month in (7, 8):
            self.ev1 = dt.date(self.ev1.year, 9, 10 + idx % 10)
        ey = self.set.year + 1 if self.set.month >= 8 else self.set.year
        self.ev2 = dt.date(ey, 6, 18) if (dt.date(ey, 6, 18) - self.set).days >= 150 else self.ev1 + dt.timedelta(days=90)

    def mode(self, el):
        return self.modes.get(el, "ok")

    def f(self, t):
        return t.format(**self.P)


def inbreng_na(d):
    if d.blank:
        return False
    return (not d.post) or (d.st == "vso" and d.adult and not d.curatele)


def status(d, el):
    if d.st == "none":
        return "missing"
    if el == "instemming_ouders":
        return CONSENT_STATUS[d.consent]
    if el == "inbreng_leerling" and inbreng_na(d):
        return "not_applicable"
    m = d.mode(el)
    return {"ok": "present", "na": "not_applicable", "absent": "missing"}.get(m, "incomplete")


# ====================================================================== element content
OPTS = {"po": ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
        "sbo": ["praktijkonderwijs", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo"],
        "vo": ["vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
        "pro": ["arbeid (regulier)", "arbeid met ondersteuning (beschut werk)", "entree-opleiding (mbo-1)", "dagbesteding"],
        "vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
        "so": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]}


def parents(d):
    p = d.P
    return f"{p['mother']} (moeder) en {p['father']} (vader)"


def party(d):
    """who is the other party for OOGO/consent"""
    p = d.P
    if d.st == "vso" and d.adult and not d.curatele:
        return f"{d.first} zelf"
    if d.curatele:
        return f"{p['mother']} (moeder, curator)"
    return parents(d)


def ok_items(d, el):
    p, st, pr = d.P, d.st, PROF[d.prof]
    f = d.f
    r = random.Random(d.idx * 31 + ELS.index(el))
    if el == "uitstroombestemming":
        if d.s.get("tick"):
            items = [("chk", o == d.s["opt"], o) for o in OPTS[st]]
            items.append(f"Toelichting / beoogde plek: {d.s['dest']}.")
            return items
        if st in ("vso", "so"):
            prof_ = d.s["opt"]
            return [f"Uitstroomprofiel: {prof_}.", f"Verwachte uitstroombestemming: {d.s['dest']}."]
        return [f"Verwachte uitstroombestemming: {d.s['dest']}."]
    if el == "onderbouwing":
        if st in ("vo",):
            t = f"De rapportcijfers van het afgelopen jaar (gemiddeld {r.choice(['6,1', '6,4', '6,8', '7,0'])}), de methodeonafhankelijke toetsen (Nederlands en rekenen op niveau {r.choice(['1F', '2F', '1F/2F'])}) en het capaciteitenonderzoek ({r.choice(['NIO', 'WISC-V', 'DAT'])}, {r.choice(['2023', '2024'])}) passen bij dit niveau."
            return [t, f(f"{{first}} zit nu in {d.s['klas']} en is sindsdien zonder doublures doorgestroomd. De werkhouding is met ondersteuning voldoende. Gezien de {pr['diag']} en de ontwikkeling van de afgelopen twee jaar is dit niveau haalbaar met de ondersteuning uit dit plan.")]
        if st in ("po", "sbo"):
            iq = r.choice([78, 84, 91, 96, 103])
            return [f"Het leerrendement op de methodeonafhankelijke toetsen ligt over de afgelopen twee jaar rond {r.choice([55, 60, 70, 80])}% bij rekenen en begrijpend lezen. Het intelligentieonderzoek ({r.choice(['WISC-V', 'WNV'])}, {r.choice(['2023', '2024', '2025'])}) gaf een totaal-IQ van {iq}.",
                    f(f"Bij deze gegevens en de {pr['diag']} verwachten wij dat {{first}} uitstroomt naar {d.s['dest']}.")]
        if st == "pro":
            return [f(f"Het capaciteitenonderzoek (TIQ {r.choice([63, 67, 71, 74])}) en de resultaten op de praktijkvakken laten zien dat {{first}} het best leert in de praktijk. Op de interne stage werkte {{hij}} zelfstandig aan eenvoudige taken met een stappenkaart. Rekenen en taal liggen op niveau eind groep 5/6."),
                    f("De stagebegeleider beoordeelt de werknemersvaardigheden als voldoende. Dit maakt de genoemde bestemming haalbaar.")]
        # vso / so
        if "dagbesteding" in d.s["opt"]:
            return [f(f"Het ontwikkelingsniveau (SEO ca. 5 jaar, {pr['diag']}) en de belastbaarheid maken een arbeidsmatige of taakgerichte dagbesteding het meest passend. Tijdens de interne stages voerde {{first}} vaste taken uit met nabije begeleiding."),
                    "De commissie voor de begeleiding heeft het uitstroomprofiel in haar laatste vergadering bevestigd."]
        if "vervolg" in d.s["opt"] or not d.s["opt"]:
            return [f(f"De resultaten op de methodegebonden en -onafhankelijke toetsen liggen op het niveau van de beoogde opleiding. {{Hij}} volgt het programma zonder aanpassing van de eindtermen. De {pr['diag']} vraagt ondersteuning maar belemmert het behalen van het diploma niet."),
                    f("Het IQ-onderzoek (WISC-V, 2022) gaf een TIQ van 94.")]
        return [f(f"Uit de stages (intern en sinds dit jaar extern) blijkt dat {{first}} met begeleiding productief werk kan verrichten. Het niveau van taal en rekenen (eind groep 5-6) en de {pr['diag']} maken een diplomagerichte route niet haalbaar; een certificaat binnen de branche wel."),
                "Het advies van de commissie voor de begeleiding sluit hierbij aan."]
    if el == "belemmerende_factoren":
        return [f(x) for x in pr["belem"]]
    if el == "bevorderende_factoren":
        return [f(x) for x in pr["bevord"]]
    if el == "ondersteuningsbehoefte":
        return [f(f"{{first}} heeft nodig:")] + [f(x) for x in pr["behoefte"]]
    if el == "ondersteuning":
        return steun_lines(p, d.prof, d.start)
    if el == "afwijkingen_onderwijsprogramma":
        if d.prof == "angst":
            return [f(f"Aangepast rooster (opbouwrooster): {{first}} volgt vanaf {dlong(d.start)} drie ochtenden per week les (12 lesuren), na vier weken opgebouwd naar vier dagen. De uren worden ingevuld met de vakken uit het opbouwrooster; de inspectie is via de verzuimregistratie geïnformeerd.")]
        if d.prof in ("zml", "lvb") and st in ("vso", "so"):
            return [f(f"{{first}} volgt een eigen leerlijn voor rekenen en taal (leerlijnen ZML/vso) in plaats van de reguliere kerndoelen; een deel van de lestijd (twee dagen per week) wordt besteed aan stage en arbeidstraining.")]
        if d.prof == "cp":
            return [f(f"Vrijstelling voor het praktische deel van lichamelijke opvoeding; in plaats daarvan fysiotherapie op school (twee keer 30 minuten per week). Verkort rooster: {{first}} gaat op woensdag om 12.00 uur naar huis vanwege belastbaarheid.")]
        if st in ("po", "sbo"):
            return [f(f"Eigen leerlijn rekenen vanaf {dlong(d.start)}: {{first}} werkt niet aan de einddoelen 1F maar aan de doelen tot eind groep 6; de overige vakken volgt {{hij}} met de groep.")]
        if st == "pro":
            return [f(f"Verkort rooster in de eerste periode: vier dagen per week tot de kerstvakantie; de vrije middag wordt gebruikt voor therapie. Daarna volledig rooster.")]
        return [f(f"Vrijstelling voor Duits (tweede moderne vreemde taal) in dit schooljaar; in die uren krijgt {{first}} extra begeleiding bij Nederlands en plannen in het ondersteuningslokaal.")]
    if el == "doelen":
        ev = dlong(d.ev1)
        goals = {
            "ass": [f"Voor {ev} plant {d.first} met de coach de schoolweek zelfstandig in de agenda; in 8 van de 10 weken lukt dit zonder hulp.",
                    f"Voor {ev} gebruikt {d.first} de time-outkaart in plaats van weglopen bij overprikkeling (registratie mentor: maximaal één keer weglopen per maand)."],
            "adhd": [f"Voor {ev} levert {d.first} 90% van het huiswerk op tijd in (registratie in het LVS).",
                     f"Voor {ev} werkt {d.first} 20 minuten achtereen zelfstandig met timer (observatie mentor, 4 van de 5 lessen)."],
            "dyslexie": [f"Voor {ev} maakt {d.first} alle toetsen digitaal met voorleessoftware zonder hulp bij het opstarten.",
                         f"Voor {ev} houdt {d.first} een mondelinge presentatie van 3 minuten voor een groepje van vier (beoordeeld door de docent Nederlands)."],
            "lvb": [f"Voor {ev} voert {d.first} de drie vaste stagetaken uit met de stappenkaart zonder hulp (beoordeling stagebegeleider).",
                    f"Voor {ev} reist {d.first} zelfstandig naar de stageplek met de bus, ook bij een omleiding (geoefend met de coach)."],
            "angst": [f"Voor {ev} is {d.first} vier dagen per week op school (aanwezigheid minimaal 90% van het opbouwrooster).",
                      f"Voor {ev} neemt {d.first} deel aan één groepsopdracht per periode met een vaste rol."],
            "tos": [f"Voor {ev} kent {d.first} 80% van de woorden van de thematische woordenlijsten (toets logopedie).",
                    f"Voor {ev} vertelt {d.first} in de kring in drie zinnen over een eigen ervaring (observatie leerkracht)."],
            "cp": [f"Voor {ev} maakt {d.first} schriftelijke opdrachten zelfstandig met spraakherkenning (4 van de 5 opdrachten).",
                   f"Voor {ev} geeft {d.first} zelf aan wanneer een rustmoment nodig is (registratie onderwijsassistent)."],
            "zml": [f"Voor {ev} dekt {d.first} zelfstandig de tafels in de kantine met het pictogrammenschema (3 keer per week).",
                    f"Voor {ev} maakt {d.first} met pictogrammen duidelijk wat {d.P['hij']} wil drinken en eten bij de lunch."],
        }[d.prof]
        return goals
    if el == "adviezen_professionals":
        who, when, adv, what = pr["advies"]
        items = [f"{who[0].upper()}{who[1:]} {adv} (advies van {when}).", "Wat de school ermee doet: " + f(what)]
        if st in ("so", "vso"):
            items.append(f(f"Advies commissie voor de begeleiding ({dlong(d.set - dt.timedelta(days=14))}): de CvB adviseert het uitstroomprofiel {d.s['opt'] or 'zoals beschreven'} en de in dit plan genoemde ondersteuning; de school neemt dit advies over."))
        return items
    if el == "oogo":
        staff = f"{p['mentor']} (mentor) en {p['zorg']} ({'intern begeleider' if st in ('po','sbo') else 'zorgcoördinator'})"
        if d.st == "vso" and d.adult and not d.curatele:
            return [f"Het concept-plan is op {dlong(d.oogo_d)} besproken met {d.first} zelf; op {d.P['zijn']} verzoek was ook {p['mother']} (moeder) aanwezig. Namens school: {staff}. {d.first} kon zich vinden in het plan; de stagedagen zijn op {d.P['zijn']} verzoek aangepast."]
        extra = f" en {d.first}" if d.post and st not in ("po",) and d.mode("inbreng_leerling") != "absent" else ""
        return [f"Op overeenstemming gericht overleg: op {dlong(d.oogo_d)} is het concept-OPP besproken met {party(d)}{extra}. Namens school aanwezig: {staff}.",
                "Afspraken uit het gesprek zijn verwerkt in het handelingsdeel."]
    if el == "inbreng_leerling":
        q, eff = pr["inbreng"]
        return [f"{d.first} zegt zelf: \u201c{q}\u201d", "Wat hebben we met de inbreng gedaan: " + f(eff)]
    if el == "evaluatie":
        who = f"ouders, {d.first}" if d.post else "ouders"
        if d.st == "vso" and d.adult and not d.curatele:
            who = f"{d.first}"
        return [f"Het plan wordt geëvalueerd in een gesprek met {who}, mentor en zorgcoördinator: tussenevaluatie in de week van {dlong(d.ev1)} en jaarevaluatie vóór {dlong(d.ev2)}. De doelen worden dan besproken en het plan wordt zo nodig bijgesteld."]
    if el == "informatie_rechten":
        who = "U" if not (d.st == "vso" and d.adult and not d.curatele) else "Je"
        return [f"{who} heeft instemmingsrecht op het handelingsdeel van dit plan. Zonder instemming wordt het handelingsdeel niet uitgevoerd; de school blijft wel zorgen voor passend onderwijs." if who == "U" else
                "Je bent meerderjarig en stemt zelf in met het handelingsdeel. Zonder jouw instemming wordt het handelingsdeel niet uitgevoerd.",
                "Bent u het niet eens met het plan, bespreek dit dan eerst met de mentor of de directie. U kunt ook hulp vragen bij het ouder- en jeugdsteunpunt of een onderwijsconsulent (gratis). Een geschil over het OPP kunt u binnen zes weken na de vaststelling voorleggen aan de Geschillencommissie passend onderwijs."]
    if el == "vaststelling":
        return [f"Vastgesteld op {dlong(d.set)} door {p['dir']}, {'directeur' if d.st in ('po','sbo','so') else 'teamleider/afdelingsdirecteur'}, namens het bevoegd gezag."]
    raise KeyError(el)


def items(d, el, ctx="doc"):
    """Items for element el in its mode; None if absent."""
    m = d.mode(el)
    r = random.Random(d.idx * 97 + ELS.index(el))
    if el == "instemming_ouders":
        return consent_items(d)
    if m == "absent":
        return None
    if m == "ok":
        return ok_items(d, el)
    if m == "na":
        return [r.choice(["Er zijn geen afwijkingen van het onderwijsprogramma.",
                          "Geen afwijkingen: de leerling volgt het volledige reguliere programma.",
                          "n.v.t. — de leerling volgt het reguliere programma zonder afwijkingen."])]
    if m == "empty":
        return []
    if m == "ph":
        return [r.choice(PLACEHOLDERS)]
    if m == "ccph":
        return [("ccph", "Klik of tik om tekst in te voeren.")]
    if m == "instr":
        if el == "uitstroombestemming" and d.st == "pro":
            return ["Uitstroom: arbeid / entree-opleiding / dagbesteding (doorhalen wat niet van toepassing is)"]
        return [("i", INSTR[el])]
    if m == "ref":
        return [REFS[el]]
    if m == "generic":
        g = GENERIC[el]
        if isinstance(g, dict):
            g = g.get(d.st, g["default"])
        return [g]
    if m == "unticked":
        if el == "afwijkingen_onderwijsprogramma":
            return [("chk", False, o) for o in ["geen afwijkingen", "eigen leerlijn", "vrijstelling", "aangepast / verkort rooster"]] + ["Toelichting:"]
        return [("chk", False, o) for o in OPTS[d.st]] + ["Toelichting / beoogde plek:"]
    if m == "nodate":
        if el == "oogo":
            return ["Het OPP is besproken met ouders. Datum gesprek: ..."]
        if el == "vaststelling":
            return [f"Vastgesteld door: {d.P['dir']}, directeur", "Datum: "]
    if m == "noeffect":
        q, _ = PROF[d.prof]["inbreng"]
        return [f"{d.first} zegt zelf: \u201c{q}\u201d", "Wat hebben we met de inbreng gedaan: n.t.b."] if d.idx % 2 else [f"Mening van {d.first}: \u201c{q}\u201d"]
    if m == "vague":
        if el == "evaluatie":
            return ["Het OPP wordt zo nodig tussentijds geëvalueerd."]
        if el == "doelen":
            return [f"{d.first} gaat beter zijn best doen en komt op tijd.", "Werkhouding verbeteren.", "Zelfstandiger worden."]
    raise ValueError((d.id, el, m))


def sigrow(role, name, date, kind):
    return dict(role=role, name=name, date=date, kind=kind)


def consent_items(d):
    c = d.consent
    p = d.P if d.st != "none" else {}
    if c == "absent":
        return None
    if c == "blank_template":
        return [("chk", False, "Ouders/verzorgers stemmen in met het handelingsdeel"),
                ("chk", False, "Ouders/verzorgers stemmen niet in met het handelingsdeel"),
                ("sig", [sigrow("Ouder/verzorger 1", "", "", "blank"), sigrow("Ouder/verzorger 2", "", "", "blank"),
                         sigrow("Namens de school", "", "", "blank")])]
    cd = dshort(d.cons_d)
    school = sigrow("Namens de school", p["dir"], dshort(d.set), "typed")
    if d.mode("vaststelling") != "ok":
        school = sigrow("Mentor", p["mentor"], "", "typed")
    mom = lambda kind, date=cd: sigrow("Ouder/verzorger", p["mother"], date, kind)
    dad = lambda kind, date=cd: sigrow("Ouder/verzorger", p["father"], date, kind)
    lead = "Ouders/verzorgers verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."
    if c == "ok_sig":
        return [lead, ("sig", [mom("typed"), dad("typed"), school])]
    if c == "ok_scribble":
        return [("chk", True, "akkoord met het handelingsdeel"), ("chk", False, "niet akkoord"),
                ("sig", [mom("scribble"), school])]
    if c == "ok_image":
        return [("chk", True, "Ik ga / wij gaan akkoord met het handelingsdeel"), ("chk", False, "Ik ga / wij gaan niet akkoord"),
                ("sig", [mom("image"), sigrow("Namens de school", p["dir"], dshort(d.set), "image")])]
    if c == "ok_cc":
        return [("cchk", True, "Ouders stemmen in met het handelingsdeel"), ("cchk", False, "Ouders stemmen niet in met het handelingsdeel"),
                ("sig", [sigrow("Ouder/verzorger", p["mother"], cd, "typed"), school])]
    if c == "ok_form":
        return [("chk", True, "Akkoord met het handelingsdeel"), ("sig", [mom("typed"), school])]
    if c == "ok_digital":
        return [f"Instemming handelingsdeel: AKKOORD — gegeven door {p['mother']} (ouder/verzorger) via het ouderportaal op {cd} om 20:{14 + d.idx % 40:02d} uur. Kenmerk bevestiging: OP-{2025000 + d.idx * 37}."]
    if c == "ok_email":
        return [f"Instemming handelingsdeel: per e-mail van {dlong(d.cons_d)} hebben {parents(d)} aan de mentor laten weten dat zij instemmen met het handelingsdeel. De e-mail is opgeslagen in het leerlingdossier.",
                ("sig", [school])]
    if c == "ok_adult_vo":
        return [f"{d.first} is meerderjarig. {d.first} en de ouders hebben het plan besproken en stemmen in met het handelingsdeel.",
                ("sig", [sigrow("Leerling", p["name"], cd, "typed"), mom("typed"), school])]
    if c == "ok_adult":
        return [f"{d.first} is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel van dit plan.",
                ("chk", True, "Ik ga akkoord met het handelingsdeel"),
                ("sig", [sigrow("Leerling (18+)", p["name"], cd, "typed"), school])]
    if c == "ok_curator":
        return [f"{d.first} staat onder curatele. Curator is {p['mother']}; zij stemt namens {d.first} in met het handelingsdeel. {d.first} heeft het plan met de mentor besproken (zie inbreng).",
                ("chk", True, "Curator stemt in met het handelingsdeel"),
                ("sig", [sigrow("Curator", p["mother"], cd, "typed"), school])]
    if c == "voor_gezien":
        return ["Voor gezien:", ("sig", [sigrow("Ouder/verzorger (voor gezien)", p["mother"], cd, "typed"), school])]
    if c == "onder_protest":
        return [lead, f"Opmerking ouders: \u201cWij tekenen onder protest. Wij zijn het niet eens met het aantal uren begeleiding.\u201d",
                ("sig", [sigrow("Ouder/verzorger (getekend onder protest)", p["mother"], cd, "typed"), school])]
    if c == "refused":
        return [("chk", False, "Ouders stemmen in met het handelingsdeel"), ("chk", True, "Ouders stemmen niet in met het handelingsdeel"),
                "Toelichting ouders: wij willen eerst een second opinion.", ("sig", [mom("typed"), school])]
    if c == "partial":
        return [("chk", False, "Ouders stemmen in met het gehele handelingsdeel"),
                ("chk", True, "Ouders stemmen in met een deel van het handelingsdeel, namelijk: de begeleiding door de coach; NIET met het aangepaste rooster"),
                ("sig", [mom("typed"), school])]
    if c == "school_only":
        return [lead, ("sig", [sigrow("Ouder/verzorger", p["mother"], "", "blank"), school])]
    if c == "blank_line":
        return [lead, ("sig", [sigrow("Ouder/verzorger", p["mother"], "", "blank"), school])]
    if c == "unticked":
        return [("chk", False, "akkoord met het handelingsdeel"), ("chk", False, "niet akkoord met het handelingsdeel"),
                ("sig", [mom("typed"), school])]
    if c == "unticked_form":
        return [("chk", False, "Akkoord met het handelingsdeel"), ("sig", [sigrow("Ouder/verzorger", p["mother"], "", "blank"), school])]
    if c == "no_date":
        return [lead, ("sig", [sigrow("Ouder/verzorger", p["mother"], "", "typed"), school])]
    if c == "avg_only":
        return ["Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)",
                ("chk", True, "Ik geef toestemming voor het plaatsen van foto's van mijn kind op de website en in de nieuwsbrief"),
                ("chk", True, "Ik geef toestemming om gegevens te delen met de jeugdarts van de GGD"),
                ("sig", [mom("typed")])]
    if c == "wrong_party":
        return [f"Instemming met het handelingsdeel door de leerling (meerderjarig) of ouders/verzorgers:",
                ("sig", [sigrow("Leerling (18+)", p["name"], "", "blank"), mom("typed"), dad("typed"), school])]
    if c == "curatele_pupil_only":
        return [f"{d.first} staat onder curatele (curator: {p['mother']}).",
                ("sig", [sigrow("Leerling", p["name"], cd, "typed"), sigrow("Curator", p["mother"], "", "blank"), school])]
    if c == "adult_nodate":
        return [f"{d.first} is meerderjarig en stemt zelf in met het handelingsdeel.", ("chk", True, "akkoord"),
                ("sig", [sigrow("Leerling (18+)", p["name"], "", "typed"), school])]
    raise ValueError(c)


# ====================================================================== layouts -> blocks
# blocks: ('title',t) ('sub',t) ('h1',t) ('h2',t) ('items',list) ('kv',[(label,items)]) ('table',header,rows[list of items-lists])
#         ('pb',) ('small',t)

def pdata(d, extra=()):
    p = d.P
    if d.blank:
        rows = [("Naam leerling", []), ("Geboortedatum", []), ("School", []), ("Groep/klas", []), ("Datum plan", [])]
    else:
        rows = [("Naam leerling", [p["name"]]), ("Geboortedatum", [dshort(p["birth"])]),
                ("School", [f"{p['school']}, {p['place']}"]), ("Groep/klas", [d.s["klas"]]),
                ("Datum plan" if d.mode("vaststelling") == "ok" else "Datum concept", [dshort(d.set) + (f" (herzien {dshort(d.rev)})" if d.rev else "")])]
        if d.st in ("vso", "so", "vo", "pro") and d.adult or d.curatele:
            rows.append(("Juridische status", ["meerderjarig, onder curatele (curator: moeder)" if d.curatele else "meerderjarig en handelingsbekwaam"]))
    return rows + list(extra)


def add(blocks, head, d, el, level="h1"):
    it = items(d, el)
    if it is None:
        return False
    if head:
        blocks.append((level, head))
    blocks.append(("items", it))
    return True


def L_swv(d):
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", SWV[d.st] + " — format 2025-2026"), ("kv", pdata(d))]
    n = [0]

    def sec(t, els):
        present = [e for e in els if items(d, e) is not None]
        if not present:
            return
        n[0] += 1
        b.append(("h1", f"{n[0]}. {t}"))
        if len(els) == 1:
            b.append(("items", items(d, els[0])))
        else:
            k = 0
            for e, sub in els.items():
                if items(d, e) is None:
                    continue
                k += 1
                b.append(("h2", f"{n[0]}.{k} {sub}"))
                b.append(("items", items(d, e)))

    sec("Te verwachten uitstroombestemming", ["uitstroombestemming"])
    sec("Onderbouwing van de uitstroombestemming", ["onderbouwing"])
    sec("Belemmerende en bevorderende factoren", {"belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren"})
    sec("Onderwijs- en ondersteuningsbehoeften", ["ondersteuningsbehoefte"])
    sec("Handelingsdeel", {"ondersteuning": "Ondersteuning en begeleiding (wat, wie, hoe vaak, vanaf wanneer)",
                           "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "doelen": "Doelen voor de komende periode"})
    sec("Adviezen van deskundigen" + (" en commissie voor de begeleiding" if d.st in ("so", "vso") else ""), ["adviezen_professionals"])
    sec("Inbreng van de leerling", ["inbreng_leerling"])
    sec("Op overeenstemming gericht overleg", ["oogo"])
    sec("Evaluatie", ["evaluatie"])
    sec("Vaststelling", ["vaststelling"])
    sec("Instemming met het handelingsdeel", ["instemming_ouders"])
    sec("Informatie over uw rechten", ["informatie_rechten"])
    return b, {"footer": f"OPP {d.P['name'] if not d.blank else ''} — {SWV[d.st]}"}


def L_table2(d):
    b = [("title", f"OPP — {d.P['school'] if not d.blank else 'naam school'}"), ("sub", "Ontwikkelingsperspectiefplan volgens artikel " + {"po": "40a WPO", "sbo": "40a WPO", "so": "41a WEC", "vso": "41a WEC"}.get(d.st, "2.44 WVO 2020"))]
    rows = [[[k], v] for k, v in pdata(d)]
    names = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
             ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
             ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Ondersteuning en begeleiding"),
             ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("doelen", "Doelen"),
             ("adviezen_professionals", "Adviezen externe deskundigen" + (" / CvB" if d.st in ("so", "vso") else "")),
             ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Overleg met ouders (OOGO)"), ("evaluatie", "Evaluatie"),
             ("vaststelling", "Vaststelling")]
    for e, n in names:
        it = items(d, e)
        if it is not None:
            rows.append([[("b", n)], it])
    b.append(("table", [["Onderdeel"], ["Invulling"]], rows))
    b.append(("h1", "Ondertekening handelingsdeel"))
    if items(d, "instemming_ouders") is not None:
        b.append(("items", items(d, "instemming_ouders")))
    if items(d, "informatie_rechten") is not None:
        b.append(("h2", "Rechten van ouders"))
        b.append(("items", items(d, "informatie_rechten")))
    return b, {}


def split(lst, n):
    out = [[] for _ in range(n)]
    for i, x in enumerate(lst):
        out[i % n].append(x)
    return out


def L_domains(d):
    b = [("title", "Ontwikkelingsperspectief"), ("sub", f"{d.P['school']} — {SWV[d.st]}"), ("kv", pdata(d))]
    add(b, "Verwachte uitstroom", d, "uitstroombestemming")
    add(b, "Onderbouwing", d, "onderbouwing")
    doms = ["Leren en ontwikkeling", "Werkhouding", "Sociaal-emotioneel", "Lichamelijk / medisch", "Thuis en omgeving"]
    cols = [("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften")]
    use = [(e, n) for e, n in cols if items(d, e) is not None]
    colvals = []
    for e, n in use:
        it = items(d, e)
        if d.mode(e) == "ok":
            it2 = [x for x in it if not (isinstance(x, str) and x.endswith("nodig:"))]
            parts = split(it2, 4) + [[]]
            parts = [p if p else ["geen bijzonderheden"] for p in parts]
            parts = [parts[0], parts[1], parts[2], parts[4], parts[3]]
        elif d.mode(e) == "empty":
            parts = [[] for _ in doms]
        elif d.mode(e) == "generic":
            parts = [it] + [[] for _ in doms[1:]]
        else:
            parts = [it] + [[] for _ in doms[1:]]
        colvals.append(parts)
    rows = []
    for i, dm in enumerate(doms):
        rows.append([[("b", dm)]] + [cv[i] for cv in colvals])
    b.append(("h1", "Factoren en onderwijsbehoeften per domein"))
    b.append(("table", [["Domein"]] + [[n] for _, n in use], rows))
    b.append(("h1", "Handelingsdeel"))
    if d.mode("ondersteuning") == "ok":
        rows = [[[what[0].upper() + what[1:]], [d.P[who]], [freq + f", vanaf {dshort(d.start)}"]] for what, who, freq in PROF[d.prof]["steun"]]
        b.append(("h2", "Ondersteuning"))
        b.append(("table", [["Wat"], ["Door wie"], ["Hoe vaak / vanaf"]], rows))
    else:
        add(b, "Ondersteuning", d, "ondersteuning", "h2")
    add(b, "Afwijkingen van het programma", d, "afwijkingen_onderwijsprogramma", "h2")
    add(b, "Doelen", d, "doelen", "h2")
    add(b, "Adviezen van deskundigen", d, "adviezen_professionals", "h2")
    add(b, "Stem van de leerling", d, "inbreng_leerling")
    add(b, "Overleg met ouders", d, "oogo")
    add(b, "Evaluatie", d, "evaluatie")
    add(b, "Vaststelling", d, "vaststelling")
    add(b, "Instemming ouders", d, "instemming_ouders")
    add(b, "Rechten", d, "informatie_rechten")
    return b, {}


def L_groei(d):
    p = d.P
    b = [("title", "Groeidocument"), ("sub", f"{p['name']} — {p['school']} — schooljaar {d.set.year if d.set.month >= 8 else d.set.year - 1}-{(d.set.year if d.set.month >= 8 else d.set.year - 1) + 1}"),
         ("h1", "1. Gegevens"), ("kv", pdata(d, [("Ouders/verzorgers", [parents(d)]), ("Mentor / leerkracht", [p["mentor"]]),
                                                   ("Zorgcoördinator / IB", [p["zorg"]])]))]
    b.append(("h1", "2. Schoolloopbaan en hulpvraag"))
    b.append(("items", [d.f(f"{{first}} is bekend met {PROF[d.prof]['diag']}. De hulpvraag van school en ouders is hoe {{first}} het beste kan worden ondersteund om het verwachte niveau te halen."),
                        "Betrokken instanties: " + PROF[d.prof]["advies"][0] + "."]))
    b.append(("h1", "3. Gesprekken"))
    add(b, "3.1 Gesprek met ouders (OOGO)", d, "oogo", "h2")
    add(b, "3.2 Gesprek met de leerling", d, "inbreng_leerling", "h2")
    b.append(("h1", "4. Ontwikkelingsperspectiefplan"))
    add(b, "4.1 Uitstroombestemming", d, "uitstroombestemming", "h2")
    add(b, "4.2 Onderbouwing", d, "onderbouwing", "h2")
    add(b, "4.3 Belemmerende factoren", d, "belemmerende_factoren", "h2")
    add(b, "4.4 Bevorderende factoren", d, "bevorderende_factoren", "h2")
    add(b, "4.5 Onderwijsbehoeften", d, "ondersteuningsbehoefte", "h2")
    b.append(("h1", "5. Handelingsdeel"))
    add(b, "5.1 Ondersteuning en begeleiding", d, "ondersteuning", "h2")
    add(b, "5.2 Afwijkingen onderwijsprogramma", d, "afwijkingen_onderwijsprogramma", "h2")
    add(b, "5.3 Doelen", d, "doelen", "h2")
    add(b, "5.4 Adviezen van deskundigen", d, "adviezen_professionals", "h2")
    if items(d, "evaluatie") is not None:
        b.append(("h1", "6. Evaluatie"))
        b.append(("items", items(d, "evaluatie")))
        if d.rev:
            b.append(("items", [f"Evaluatie en herziening {dlong(d.rev)}: doelen besproken met ouders; {d.first} is nu twee dagen op stage; de ondersteuning is voortgezet en het plan is op deze datum herzien."]))
    b.append(("h1", "7. Vaststelling en instemming"))
    add(b, "", d, "vaststelling")
    add(b, "", d, "instemming_ouders")
    add(b, "8. Informatie voor ouders", d, "informatie_rechten")
    return b, {"footer": f"Groeidocument {p['name']} — vertrouwelijk"}


def L_beknopt(d):
    p = d.P
    b = [("title", "Beknopt OPP"), ("sub", f"{p['school']} | {SWV[d.st]}"), ("kv", pdata(d))]
    rows = []
    for e, n in [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
                 ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
                 ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("ondersteuning", "Ondersteuning (wat/wie/wanneer)"),
                 ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"), ("doelen", "Doelen"),
                 ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
                 ("oogo", "OOGO"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten ouders"), ("vaststelling", "Vaststelling")]:
        it = items(d, e)
        if it is not None:
            rows.append((n, it, e))
    b.append(("kv", [(n, it) for n, it, _ in rows]))
    b.append(("h2", "Instemming handelingsdeel"))
    b.append(("items", items(d, "instemming_ouders")))
    return b, {"form_rows": rows}


QH = {"uitstroombestemming": "Waar gaat {first} naartoe na deze school?",
      "onderbouwing": "Waarom verwachten we dat?",
      "belemmerende_factoren": "Wat maakt het leren moeilijk voor {first}?",
      "bevorderende_factoren": "Wat helpt {first}? Wat gaat goed?",
      "ondersteuningsbehoefte": "Wat heeft {first} nodig?",
      "ondersteuning": "Welke hulp krijgt {first}, van wie en hoe vaak?",
      "afwijkingen_onderwijsprogramma": "Wijkt het lesprogramma af?",
      "doelen": "Aan welke doelen werken we tot de volgende evaluatie?",
      "adviezen_professionals": "Wat adviseren deskundigen, en wat doen we daarmee?",
      "inbreng_leerling": "Wat vindt {first} zelf?",
      "oogo": "Met wie is dit plan besproken?",
      "evaluatie": "Wanneer kijken we samen of het werkt?",
      "vaststelling": "Wie heeft het plan vastgesteld en wanneer?",
      "instemming_ouders": "Wie stemt in met het handelingsdeel?",
      "informatie_rechten": "Wat als u het niet eens bent?"}


def L_vragen(d):
    p = d.P
    pt = "jij" if (d.st == "vso" and d.adult and not d.curatele) else ("de curator" if d.curatele else "ouders")
    b = [("title", f"Ontwikkelingsperspectief van {p['name']}"), ("sub", f"{p['school']}, {p['place']} — {d.s['klas']}"), ("kv", pdata(d))]
    for e in ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
              "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "inbreng_leerling", "oogo",
              "evaluatie", "vaststelling", "instemming_ouders", "informatie_rechten"]:
        add(b, QH[e].format(first=p["first"], party=pt), d, e, "h2")
    return b, {}


def L_brief(d):
    p = d.P
    b = [("items", [f"{parents(d) if not d.adult else p['name']}", f"Lindelaan {10 + d.idx}", f"{1000 + d.idx * 37 % 8999} {'AB'} {p['place']}"]),
         ("items", [f"{p['place']}, {dlong(d.set)}"]),
         ("items", [f"Betreft: ontwikkelingsperspectiefplan van {p['first']} ({d.s['klas']})"]),
         ("items", ["Beste ouders/verzorgers," if not d.adult else f"Beste {p['first']},",
                    f"Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van {p['first']}. In deze brief beschrijven wij wat wij verwachten, wat {p['first']} nodig heeft en welke ondersteuning de school biedt."])]
    lead = [("uitstroombestemming", "Wat wij verwachten"), ("onderbouwing", "Waarop wij dat baseren"),
            ("belemmerende_factoren", "Wat het moeilijk maakt"), ("bevorderende_factoren", "Wat goed gaat"),
            ("ondersteuningsbehoefte", f"Wat {p['first']} nodig heeft"), ("ondersteuning", "Wat de school doet"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma"), ("doelen", "Doelen"),
            ("adviezen_professionals", "Adviezen"), ("inbreng_leerling", f"Wat {p['first']} zelf vindt"),
            ("oogo", "Ons gesprek"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
            ("informatie_rechten", "Uw rechten")]
    for e, n in lead:
        add(b, n, d, e, "h2")
    b.append(("items", ["Met vriendelijke groet,", f"{p['mentor']}, mentor", f"{p['dir']}, directie", p["school"]]))
    b.append(("pb",))
    b.append(("h1", f"Strook retour — instemming handelingsdeel OPP {p['name']}"))
    b.append(("items", items(d, "instemming_ouders")))
    return b, {"letterhead": p["school"]}


def L_lvs(d):
    p = d.P
    sysname = "LeerlingPunt 8.4" if d.st in ("vo", "pro", "vso") else "KindVolg Online"
    b = [("title", f"{sysname} — Ontwikkelingsperspectief"), ("sub", f"Leerling: {p['name']} (lln.nr. {420000 + d.idx * 113}) | {p['school']}")]
    tabs = [("Tabblad: Leerling", None), ("Geboortedatum", ["{}".format(dshort(p["birth"]))]), ("Klas/groep", [d.s["klas"]]),
            ("Status OPP", ["Vastgesteld" if d.mode("vaststelling") == "ok" else "Concept"]),
            ("Tabblad: Perspectief", None)]
    rows = []
    def fld(label, e):
        it = items(d, e)
        if it is None:
            return
        rows.append((label, it))
    rows += [(k, v) for k, v in tabs if v is not None]
    rows_tabs = []
    b.append(("kv", [("Geboortedatum", [dshort(p["birth"])]), ("Klas/groep", [d.s["klas"]]), ("Mentor", [p["mentor"]])]))
    b.append(("h2", "Tabblad: Perspectief"))
    rows = []
    fld("Uitstroombestemming", "uitstroombestemming"); fld("Onderbouwing uitstroom", "onderbouwing")
    fld("Belemmerende factoren", "belemmerende_factoren"); fld("Bevorderende factoren", "bevorderende_factoren")
    fld("Onderwijsbehoeften", "ondersteuningsbehoefte")
    b.append(("kv", [(k, v if v else ["<geen waarde>"]) for k, v in rows]))
    b.append(("h2", "Tabblad: Begeleiding"))
    rows = []
    fld("Ondersteuning", "ondersteuning"); fld("Afwijking programma", "afwijkingen_onderwijsprogramma"); fld("Doelen", "doelen")
    fld("Externe adviezen", "adviezen_professionals")
    b.append(("kv", [(k, v if v else ["<geen waarde>"]) for k, v in rows]))
    b.append(("h2", "Tabblad: Gesprekken"))
    rows = []
    fld("OOGO ouders", "oogo"); fld("Leerlinggesprek", "inbreng_leerling"); fld("Evaluatiemomenten", "evaluatie")
    b.append(("kv", [(k, v if v else ["<geen waarde>"]) for k, v in rows]))
    b.append(("h2", "Tabblad: Vaststelling en instemming"))
    rows = []
    fld("Vaststelling", "vaststelling"); fld("Toestemmingen (AVG)" if d.consent == "avg_only" else "Instemming handelingsdeel", "instemming_ouders"); fld("Rechten", "informatie_rechten")
    b.append(("kv", [(k, v if v else ["<geen waarde>"]) for k, v in rows]))
    stamp = d.set + dt.timedelta(days=30 + d.idx % 11)
    return b, {"footer": f"Afgedrukt op {dshort(stamp)} {8 + d.idx % 9:02d}:{(d.idx * 7) % 60:02d} door {p['zorg']} — {sysname} — vertrouwelijk", "pagenum": True}


def L_vso(d):
    p = d.P
    b = [("title", "Perspectiefplan" if d.st == "vso" else "Ontwikkelingsperspectiefplan"),
         ("sub", f"{p['school'] if not d.blank else 'VSO De Horizonzijde'} — perspectiefplan met transitieplan (tevens OPP, art. 41a WEC)"),
         ("kv", pdata(d, [("Mentor", [p["mentor"]] if not d.blank else []), ("Stagecoördinator", [p["coach"]] if not d.blank else [])]))]
    b.append(("h1", "1. Uitstroomprofiel en bestemming"))
    it = items(d, "uitstroombestemming")
    if it is not None:
        if d.mode("uitstroombestemming") == "ok" and not d.s.get("tick"):
            it = [("chk", o == d.s["opt"], o) for o in OPTS["vso"]] + [f"Beoogde plek na school: {d.s['dest']}."]
        b.append(("items", it))
    add(b, "2. Onderbouwing", d, "onderbouwing")
    b.append(("h1", "3. Wat helpt en wat belemmert"))
    bi, vi = items(d, "belemmerende_factoren"), items(d, "bevorderende_factoren")
    b.append(("table", [["Belemmerend"], ["Bevorderend"]], [[bi or [], vi or []]]))
    add(b, "4. Ondersteuningsbehoeften", d, "ondersteuningsbehoefte")
    if items(d, "inbreng_leerling") is not None:
        b.append(("h1", "5. Mijn inbreng (in mijn eigen woorden)"))
        it = items(d, "inbreng_leerling")
        if d.mode("inbreng_leerling") == "ok" and not d.blank:
            q, eff = PROF[d.prof]["inbreng"]
            extra = {"lvb": "Later wil ik een eigen kamer, bij mijn broer in de buurt.", "ass": "Ik wil niet aan de balie werken, wel achter de computer.",
                     "zml": "", "angst": "Ik wil eerst mijn diploma en dan pas stage in een groot bedrijf.", "tos": "Ik wil met kleine kinderen werken.",
                     "cp": "Ik wil thuis kunnen werken als ik moe ben.", "adhd": "Ik wil buiten werken, niet de hele dag stilzitten.", "dyslexie": ""}[d.prof]
            it = [f"\u201c{q} {extra}\u201d — {p['first']}", "Wat is er met mijn inbreng gedaan: " + d.f(eff)]
        b.append(("items", it))
    b.append(("h1", "6. Transitieplan"))
    if d.mode("doelen") == "ok":
        g = ok_items(d, "doelen")
        rows = [[["Werken / dagbesteding"], [f"stage {'intern' if d.idx % 2 else 'extern, 2 dagen'}"], [g[0]]],
                [["Wonen"], ["woont thuis"], [f"Voor {dlong(d.ev2)} zet {p['first']} zelf de was aan en doet wekelijks één boodschap met lijstje."]],
                [["Vrije tijd"], ["sport bij vereniging"], [g[1]]],
                [["Burgerschap"], ["geen DigiD"], [f"Voor {dlong(d.ev2)} heeft {p['first']} met de mentor een DigiD aangevraagd en weet {p['hij']} hoe {p['hij']} daarmee inlogt."]]]
        b.append(("table", [["Domein"], ["Nu"], ["Doel (meetbaar, met datum)"]], rows))
    else:
        add(b, "", d, "doelen")
    b.append(("h1", "7. Stage en werkplek"))
    if d.blank:
        b.append(("kv", [("Stageplek", []), ("Stagebegeleider", []), ("Dagen/uren", [])]))
    else:
        b.append(("kv", [("Stageplek", [["Hovenier Groenrijk, Drieborg", "Kinderboerderij De Hooiberg", "Fietsenmakerij Trapaan", "Gemeentelijk archief Vlietmonde", "Zorgboerderij De Klaver"][d.idx % 5]]),
                         ("Stagebegeleider bedrijf", ["dhr. W. Smit" if d.idx % 2 else "mw. J. Drost"]),
                         ("Dagen/uren", ["dinsdag en donderdag, 8.30-14.30 uur"]), ("Vervoer", ["zelfstandig met de fiets" if d.prof != "zml" else "taxibusje"])]))
    add(b, "8. Begeleiding en ondersteuning", d, "ondersteuning")
    add(b, "9. Afwijkingen van het onderwijsprogramma", d, "afwijkingen_onderwijsprogramma")
    add(b, "10. Adviezen (CvB en externe deskundigen)", d, "adviezen_professionals")
    add(b, "11. Overleg", d, "oogo")
    add(b, "12. Evaluatie", d, "evaluatie")
    add(b, "13. Vaststelling", d, "vaststelling")
    add(b, "14. Instemming handelingsdeel", d, "instemming_ouders")
    add(b, "15. Rechten", d, "informatie_rechten")
    return b, {"footer": "Perspectiefplan — vertrouwelijk"}


def L_iop(d):
    p = d.P
    b = [("title", "Individueel Ontwikkelingsplan (IOP)"), ("sub", f"{p['school']} — dit IOP is tevens het ontwikkelingsperspectiefplan (art. 2.44 WVO 2020)"),
         ("kv", pdata(d, [("Mentor", [p["mentor"]]), ("Stagedocent", [p["coach"]])]))]
    add(b, "Wie ben ik? (mijn inbreng)", d, "inbreng_leerling")
    b.append(("h1", "Mijn toekomst"))
    it = items(d, "uitstroombestemming")
    if it is not None:
        if d.mode("uitstroombestemming") == "ok":
            it = [f"Werken: {d.s['dest']}.", "Wonen: eerst thuis, later begeleid zelfstandig wonen.", "Vrije tijd: voetbal / vrienden."]
        b.append(("items", it))
    add(b, "Waarom denken we dat?", d, "onderbouwing")
    add(b, "Wat gaat goed?", d, "bevorderende_factoren")
    add(b, "Wat is lastig?", d, "belemmerende_factoren")
    add(b, "Wat heb ik nodig?", d, "ondersteuningsbehoefte")
    b.append(("h1", "Mijn leerdoelen"))
    if d.mode("doelen") == "ok":
        g = ok_items(d, "doelen")
        b.append(("table", [["Leerlijn"], ["Doel"], ["Wie helpt"]],
                  [[["Werken (stage)"], [g[0]], [p["coach"]]], [["Sociale vaardigheden"], [g[1]], [p["gedrag"]]],
                   [["Rekenen/geld"], [f"Voor {dlong(d.ev1)} rekent {p['first']} met een rekenmachine het wisselgeld uit bij bedragen tot 50 euro (oefensituatie kantine)."], [p["mentor"]]]]))
    else:
        add(b, "", d, "doelen")
    b.append(("h2", "Stage"))
    b.append(("items", [f"Stageplek: {['Groenbedrijf De Esch', 'Magazijn Vlietfood', 'Zorgcentrum Ter Weide', 'Supermarkt De Buurtwinkel'][d.idx % 4]}, {['één', 'twee', 'drie'][d.idx % 3]} dag(en) per week."]))
    add(b, "Begeleiding (wat, wie, hoe vaak)", d, "ondersteuning")
    add(b, "Afwijkingen van het programma", d, "afwijkingen_onderwijsprogramma")
    add(b, "Adviezen van deskundigen", d, "adviezen_professionals")
    add(b, "Gesprekken met ouders", d, "oogo")
    add(b, "Evaluatie", d, "evaluatie")
    b.append(("h1", "Handtekeningen"))
    add(b, "", d, "vaststelling")
    add(b, "", d, "instemming_ouders")
    add(b, "Uw rechten", d, "informatie_rechten")
    return b, {"footer": f"IOP {p['name']} — {p['school']}"}


# ---------------------------------------------------------------- not OPPs
def L_folder(d):
    b = [("title", "Wat is een OPP?"), ("sub", "Informatie voor ouders — Samenwerkingsverband VO Vlietland-Oost 31-92"),
         ("items", ["Sommige leerlingen hebben meer ondersteuning nodig dan de school aan alle leerlingen biedt. Voor hen stelt de school een ontwikkelingsperspectiefplan op: het OPP."]),
         ("h2", "Wat staat er in een OPP?"),
         ("items", ["De te verwachten uitstroombestemming van uw kind en de onderbouwing daarvan.",
                    "De belemmerende en bevorderende factoren: wat helpt uw kind en wat maakt het moeilijk?",
                    "Het handelingsdeel: welke ondersteuning en begeleiding krijgt uw kind, en zijn er afwijkingen van het onderwijsprogramma?",
                    "Sinds 1 augustus 2025: de inbreng van uw kind zelf."]),
         ("h2", "Uw rol als ouder"),
         ("items", ["De school voert met u op overeenstemming gericht overleg (OOGO) voordat het OPP wordt vastgesteld.",
                    "U heeft instemmingsrecht op het handelingsdeel. Zonder uw handtekening wordt het handelingsdeel niet uitgevoerd.",
                    "Het OPP wordt ten minste één keer per schooljaar met u geëvalueerd."]),
         ("h2", "Niet eens?"),
         ("items", ["Praat eerst met de school. Kom u er samen niet uit, dan kunt u terecht bij een onderwijsconsulent of binnen zes weken na vaststelling bij de Geschillencommissie passend onderwijs."]),
         ("small", "Deze folder is een uitgave van het samenwerkingsverband, versie september 2025. Aan deze folder kunnen geen rechten worden ontleend.")]
    return b, {}


def L_nieuws(d):
    b = [("title", "Nieuwsbrief Lindeborg College — november 2025"),
         ("h2", "Van de directie"), ("items", ["Beste ouders, de eerste periode zit erop. In deze nieuwsbrief leest u meer over de rapportvergaderingen, de open dag en de nieuwe OPP-gesprekken."]),
         ("h2", "OPP-gesprekken in december"),
         ("items", ["Voor leerlingen met een ontwikkelingsperspectiefplan (OPP) plannen de mentoren in de week van 8 december de evaluatiegesprekken. Sinds dit schooljaar nodigen wij ook de leerling zelf uit: zijn of haar inbreng is vanaf 1 augustus 2025 verplicht onderdeel van het OPP.",
                    "U ontvangt het concept-OPP een week voor het gesprek. Na het gesprek vragen wij u in te stemmen met het handelingsdeel."]),
         ("h2", "Open dag"), ("items", ["Op zaterdag 24 januari 2026 is de open dag van 10.00 tot 14.00 uur."]),
         ("h2", "Agenda"), ("table", [["Datum"], ["Activiteit"]], [[["8-12 dec"], ["OPP- en mentorgesprekken"]], [["19 dec"], ["Kerstviering, lessen tot 12.00 uur"]], [["22 dec - 2 jan"], ["Kerstvakantie"]]])]
    return b, {"footer": "Lindeborg College, Oosterwijde — nieuwsbrief 3"}


def L_stage(d):
    b = [("title", "Stageovereenkomst VSO De Horizonzijde"),
         ("kv", [("Stagiair", ["Jesse Roelofs"]), ("Geboortedatum", ["14-03-2008"]), ("Stagebedrijf", ["Fietsenmakerij Trapaan, Drieborg"]),
                 ("Praktijkbegeleider", ["dhr. W. Smit"]), ("Stagedocent school", ["dhr. P. Kooistra"]),
                 ("Periode", ["3 november 2025 t/m 26 juni 2026"]), ("Dagen en tijden", ["dinsdag en donderdag, 8.30-14.30 uur"])]),
         ("h2", "Artikel 1 Doel van de stage"), ("items", ["De stage is onderdeel van het uitstroomprofiel arbeidsmarkt. De stagiair leert werknemersvaardigheden en vakvaardigheden in de fietsenwerkplaats."]),
         ("h2", "Artikel 2 Verzekering en aansprakelijkheid"), ("items", ["De school heeft een WA- en ongevallenverzekering afgesloten die de stage dekt."]),
         ("h2", "Artikel 3 Ziekte en verzuim"), ("items", ["Bij ziekte meldt de stagiair zich vóór 8.00 uur af bij het bedrijf en bij school."]),
         ("h2", "Ondertekening"),
         ("items", [("sig", [sigrow("Stagiair", "Jesse Roelofs", "28-10-2025", "typed"), sigrow("Ouder/verzorger", "mw. K. Roelofs", "28-10-2025", "typed"),
                             sigrow("Stagebedrijf", "dhr. W. Smit", "29-10-2025", "typed"), sigrow("School", "dhr. P. Kooistra", "29-10-2025", "typed")])])]
    return b, {}


def L_uitnod(d):
    b = [("title", "Uitnodiging evaluatiegesprek OPP"),
         ("items", ["Aan de ouders/verzorgers van Noor Hoekstra, klas 2 vmbo-kb/lwoo", "Oosterwijde, 17 november 2025",
                    "Beste ouders/verzorgers,",
                    "Graag nodigen wij u en Noor uit voor het evaluatiegesprek van het ontwikkelingsperspectiefplan (OPP) op donderdag 4 december 2025 om 15.30 uur in lokaal B12.",
                    "In het gesprek bespreken wij de doelen van de afgelopen periode, de ondersteuning en de verwachte uitstroombestemming. Wij vragen Noor om van tevoren het leerlingformulier 'Mijn mening over mijn OPP' in te vullen.",
                    "Wilt u via het ouderportaal laten weten of u aanwezig kunt zijn?",
                    "Met vriendelijke groet,", "mw. A. Hofman, mentor", "Lindeborg College"])]
    return b, {}


LAYOUTS = {"swv-genummerd": L_swv, "tabel-tweekoloms": L_table2, "domeinen-tabel": L_domains, "groeidocument": L_groei,
           "beknopt-formulier": L_beknopt, "vraaggestuurd": L_vragen, "brief-ouders": L_brief, "lvs-export": L_lvs,
           "vso-perspectiefplan": L_vso, "pro-iop": L_iop, "folder-ouders": L_folder, "nieuwsbrief": L_nieuws,
           "stageovereenkomst": L_stage, "uitnodiging": L_uitnod}


# ====================================================================== helpers
def scribble(seed, w=360, h=90):
    path = os.path.join(BUILD, f"sig_{seed}.png")
    if os.path.exists(path):
        return path
    r = random.Random(seed)
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    pts = []
    n = 140
    a1, a2, f1, f2 = r.uniform(10, 22), r.uniform(4, 12), r.uniform(0.15, 0.35), r.uniform(0.5, 0.9)
    for i in range(n):
        x = 15 + i * (w - 40) / n + 6 * np.sin(i * f2 * 1.3)
        y = h / 2 + a1 * np.sin(i * f1) + a2 * np.cos(i * f2 + r.random())
        pts.append((x, y))
    dr.line(pts, fill=(20, 30, 110), width=3, joint="curve")
    dr.line([(20, h - 18), (w * 0.6, h - 22)], fill=(20, 30, 110), width=2)
    img.save(path)
    return path


def sigtext(d, row):
    k = row["kind"]
    if k == "typed":
        v = ["w.g. {n}", "{n} (getekend)", "Getekend: {n}", "/getekend/ {n}"][d.idx % 4 if d.st != "none" else 0]
        return v.format(n=row["name"])
    if k == "digital":
        return f"digitaal ondertekend door {row['name']}"
    return ""


def flat_text(it):
    out = []
    for x in it:
        if isinstance(x, str):
            out.append(x)
        elif x[0] in ("b", "i", "ccph"):
            out.append(x[1])
        elif x[0] in ("chk", "cchk"):
            out.append(("[X] " if x[1] else "[  ] ") + x[2])
    return out


# ====================================================================== DOCX
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from xml.sax.saxutils import escape

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def sdt_check(par, checked):
    g = "\u2612" if checked else "\u2610"
    xml = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


def sdt_text(par, text, placeholder=True):
    xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Invulveld"/><w:id w:val="{zlib.crc32(text.encode()) % 100000}"/>'
           + ('<w:showingPlcHdr/>' if placeholder else '') +
           f'<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


class _Slot:
    def __init__(self, cont):
        self.c = cont
        self.first = hasattr(cont, "paragraphs") and hasattr(cont, "merge")  # a cell: reuse first paragraph

    def p(self):
        if self.first:
            self.first = False
            return self.c.paragraphs[0]
        return self.c.add_paragraph()


def docx_items(d, cont, its, cc):
    s = _Slot(cont)
    for x in its:
        if isinstance(x, str):
            s.p().add_run(x)
        elif x[0] == "b":
            s.p().add_run(x[1]).bold = True
        elif x[0] == "i":
            r = s.p().add_run(x[1]); r.italic = True; r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
        elif x[0] == "ccph":
            if cc:
                sdt_text(s.p(), x[1])
            else:
                s.p().add_run(x[1])
        elif x[0] in ("chk", "cchk"):
            par = s.p()
            if cc or x[0] == "cchk":
                sdt_check(par, x[1])
                par.add_run(" " + x[2])
            else:
                par.add_run(("\u2612 " if x[1] else "\u2610 ") + x[2])
        elif x[0] == "sig":
            if s.first:
                s.p()
            t = cont.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["Rol", "Naam", "Datum", "Handtekening"]):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for row in x[1]:
                c = t.add_row().cells
                c[0].text = row["role"]; c[1].text = row["name"]; c[2].text = row["date"] or "__________"
                if row["kind"] in ("image", "scribble"):
                    c[3].paragraphs[0].add_run().add_picture(scribble(zlib.crc32(row["name"].encode()) % 9973 + d.idx), width=Cm(3.2))
                elif row["kind"] == "blank":
                    c[3].text = "______________________"
                else:
                    c[3].text = sigtext(d, row)
            cont.add_paragraph()


def docx_write(d, blocks, meta, path, cc=False):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if meta.get("footer"):
        sec.footer.paragraphs[0].text = meta["footer"]
    if meta.get("letterhead"):
        r = sec.header.paragraphs[0].add_run(meta["letterhead"] + " — Postbus 140 — www.voorbeeldschool.invalid"); r.bold = True
    for blk in blocks:
        k = blk[0]
        if k == "title":
            doc.add_heading(blk[1], 0)
        elif k == "sub":
            doc.add_paragraph().add_run(blk[1]).italic = True
        elif k == "h1":
            doc.add_heading(blk[1], 1)
        elif k == "h2":
            doc.add_heading(blk[1], 2)
        elif k == "items":
            docx_items(d, doc, blk[1], cc)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
            for label, it in blk[1]:
                c = t.add_row().cells
                c[0].paragraphs[0].add_run(label).bold = True
                c[0].width = Cm(4.5)
                docx_items(d, c[1], it, cc)
            doc.add_paragraph()
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].paragraphs[0].add_run(h[0]).bold = True
            for row in rows:
                c = t.add_row().cells
                for i, it in enumerate(row):
                    docx_items(d, c[i], it, cc)
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        elif k == "small":
            r = doc.add_paragraph().add_run(blk[1]); r.italic = True; r.font.size = Pt(8)
    doc.core_properties.author = "school"
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        ents = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in ents:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ====================================================================== reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, Image as RLImage
from reportlab.pdfgen import canvas as rlcanvas

pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
ST = {"n": ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=3),
      "b": ParagraphStyle("b", fontName="DVB", fontSize=9.5, leading=12.5),
      "i": ParagraphStyle("i", fontName="DV", fontSize=9, leading=12, textColor=colors.HexColor("#1F4E9A")),
      "t": ParagraphStyle("t", fontName="DVB", fontSize=17, leading=21, spaceAfter=6),
      "s": ParagraphStyle("s", fontName="DV", fontSize=9, leading=12, textColor=colors.grey, spaceAfter=8),
      "h1": ParagraphStyle("h1", fontName="DVB", fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=4, textColor=colors.HexColor("#17365D")),
      "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
      "sm": ParagraphStyle("sm", fontName="DV", fontSize=7.5, leading=9, textColor=colors.grey)}


def esc(t):
    return escape(t)


def rl_items(d, its, width):
    out = []
    for x in its:
        if isinstance(x, str):
            out.append(Paragraph(esc(x), ST["n"]))
        elif x[0] == "b":
            out.append(Paragraph(esc(x[1]), ST["b"]))
        elif x[0] in ("i", "ccph"):
            out.append(Paragraph(esc(x[1]), ST["i"]))
        elif x[0] in ("chk", "cchk"):
            out.append(Paragraph(("\u2612 " if x[1] else "\u2610 ") + esc(x[2]), ST["n"]))
        elif x[0] == "sig":
            data = [[Paragraph("Rol", ST["b"]), Paragraph("Naam", ST["b"]), Paragraph("Datum", ST["b"]), Paragraph("Handtekening", ST["b"])]]
            for row in x[1]:
                if row["kind"] in ("image", "scribble"):
                    sg = RLImage(scribble(zlib.crc32(row["name"].encode()) % 9973 + d.idx), width=3.3 * cm, height=0.85 * cm)
                elif row["kind"] == "blank":
                    sg = Paragraph("_____________________", ST["n"])
                else:
                    sg = Paragraph(esc(sigtext(d, row)), ST["n"])
                data.append([Paragraph(esc(row["role"]), ST["n"]), Paragraph(esc(row["name"]), ST["n"]),
                             Paragraph(esc(row["date"] or "__________"), ST["n"]), sg])
            w = width
            t = Table(data, colWidths=[w * 0.28, w * 0.27, w * 0.17, w * 0.28])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7"))]))
            out.append(Spacer(1, 4)); out.append(t); out.append(Spacer(1, 6))
    return out


def make_numbered_canvas(footer, pagenum):
    class NC(rlcanvas.Canvas):
        def __init__(self, *a, **k):
            rlcanvas.Canvas.__init__(self, *a, **k)
            self._saved = []
            self.setCreator("school"); self.setProducer("rl")

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("DV", 7.5)
                self.setFillColor(colors.grey)
                txt = footer or ""
                if pagenum or footer:
                    txt = (txt + "   " if txt else "") + f"Pagina {self._pageNumber} van {n}"
                self.drawString(2 * cm, 1.2 * cm, txt)
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)
    return NC


def rl_write(d, blocks, meta, path):
    W = A4[0] - 4 * cm
    story = []
    if meta.get("letterhead"):
        story.append(Paragraph(esc(meta["letterhead"]), ST["t"]))
        story.append(Paragraph("Postbus 140 — www.voorbeeldschool.invalid", ST["s"]))
    for blk in blocks:
        k = blk[0]
        if k == "title":
            story.append(Paragraph(esc(blk[1]), ST["t"]))
        elif k == "sub":
            story.append(Paragraph(esc(blk[1]), ST["s"]))
        elif k in ("h1", "h2"):
            story.append(Paragraph(esc(blk[1]), ST[k]))
        elif k == "items":
            story += rl_items(d, blk[1], W)
        elif k == "kv":
            data = [[Paragraph(esc(l), ST["b"]), rl_items(d, it, W * 0.68) or Paragraph("", ST["n"])] for l, it in blk[1]]
            if data:
                t = Table(data, colWidths=[W * 0.3, W * 0.7])
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2"))]))
                story.append(t); story.append(Spacer(1, 6))
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            n = len(hdr)
            cw = W / n
            data = [[Paragraph(esc(h[0]), ST["b"]) for h in hdr]] + [[rl_items(d, it, cw - 8) or Paragraph("", ST["n"]) for it in row] for row in rows]
            t = Table(data, colWidths=[cw] * n, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))]))
            story.append(t); story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "small":
            story.append(Paragraph(esc(blk[1]), ST["sm"]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=2 * cm,
                            title="", author="", creator="school", invariant=1)
    doc.build(story, canvasmaker=make_numbered_canvas(meta.get("footer"), meta.get("pagenum")))


# ====================================================================== fillable PDF form
def form_write(d, blocks, meta, path):
    import textwrap
    c = rlcanvas.Canvas(path, pagesize=A4, invariant=1)
    form = c.acroForm
    W, H = A4
    y = [H - 2 * cm]
    fid = [0]

    def need(h):
        if y[0] - h < 2 * cm:
            c.showPage(); y[0] = H - 2 * cm

    def label(t, bold=True):
        c.setFont("DVB" if bold else "DV", 9)
        c.drawString(2 * cm, y[0], t)

    def tfield(val, lines=1):
        h = 12 * lines + 6
        need(h + 14)
        fid[0] += 1
        form.textfield(name=f"f{fid[0]}", value=val, x=2 * cm, y=y[0] - h - 2, width=W - 4 * cm, height=h,
                       fontName="Helvetica", fontSize=8.5, borderColor=colors.grey, fillColor=colors.HexColor("#F4F7FB"),
                       fieldFlags="multiline" if lines > 1 else "", forceBorder=True)
        y[0] -= h + 16

    def cbox(on, text):
        need(18)
        fid[0] += 1
        form.checkbox(name=f"c{fid[0]}", checked=on, x=2 * cm, y=y[0] - 4, size=11, buttonStyle="cross", borderColor=colors.black)
        c.setFont("DV", 9); c.drawString(2 * cm + 16, y[0] - 1, text)
        y[0] -= 17

    c.setFont("DVB", 15); c.drawString(2 * cm, y[0], "Beknopt OPP — invulformulier"); y[0] -= 16
    c.setFont("DV", 8.5); c.drawString(2 * cm, y[0], f"{d.P['school']} | {SWV[d.st]}"); y[0] -= 22
    for lab, it in pdata(d):
        label(lab); y[0] -= 4
        tfield(" ".join(flat_text(it)))

    for n, it, e in meta["form_rows"]:
        label(n); y[0] -= 4
        chks = [x for x in it if isinstance(x, tuple) and x[0] in ("chk", "cchk")]
        rest = [x for x in it if not (isinstance(x, tuple) and x[0] in ("chk", "cchk"))]
        y[0] -= 8
        for x in chks:
            cbox(x[1], x[2])
        txt = "\n".join("\n".join(textwrap.wrap(t, 100)) or t for t in flat_text(rest))
        if txt or not chks:
            lines = len(txt.split("\n")) if txt else 2
            tfield(txt.replace("\u201c", '"').replace("\u201d", '"'), max(lines, 2))
    need(120)
    label("Instemming handelingsdeel"); y[0] -= 10
    ci = items(d, "instemming_ouders")
    for x in ci:
        if isinstance(x, tuple) and x[0] == "chk":
            cbox(x[1], x[2])
        elif isinstance(x, tuple) and x[0] == "sig":
            for row in x[1]:
                label(row["role"], False); y[0] -= 4
                val = f"{row['name']}" if row["kind"] != "blank" else ""
                tfield(("Naam: " + val) if val else "")
                label("Datum", False); y[0] -= 4
                tfield(row["date"] if row["kind"] != "blank" else "")
    c.save()


# ====================================================================== text / markdown
def txt_write(d, blocks, meta, path, md=False):
    L = []

    def its(it, ind=""):
        for x in it:
            if isinstance(x, str):
                L.append(ind + ("- " if md and False else "") + x)
            elif x[0] in ("b", "i", "ccph"):
                L.append(ind + (f"**{x[1]}**" if md and x[0] == "b" else x[1]))
            elif x[0] in ("chk", "cchk"):
                L.append(ind + ("[x] " if x[1] else "[ ] ") + x[2])
            elif x[0] == "sig":
                for row in x[1]:
                    sg = "______________________" if row["kind"] == "blank" else sigtext(d, row)
                    L.append(ind + f"{row['role']}: {row['name'] or '__________'}    Datum: {row['date'] or '__________'}    Handtekening: {sg}")
    if meta.get("letterhead"):
        L += [meta["letterhead"], ""]
    for blk in blocks:
        k = blk[0]
        if k == "title":
            L += (["# " + blk[1]] if md else [blk[1].upper(), "=" * len(blk[1])]) + [""]
        elif k == "sub":
            L += [(f"_{blk[1]}_" if md else blk[1]), ""]
        elif k == "h1":
            L += ["", ("## " + blk[1]) if md else blk[1], "" if md else "-" * len(blk[1])]
        elif k == "h2":
            L += ["", ("### " + blk[1]) if md else blk[1]]
        elif k == "items":
            its(blk[1]); L.append("")
        elif k == "kv":
            for lab, it in blk[1]:
                if meta.get("lvs"):
                    ft = flat_text(it)
                    sig = [x for x in it if isinstance(x, tuple) and x[0] == "sig"]
                    L.append(f"{lab:<28}: " + (ft[0] if ft else ""))
                    for t in ft[1:]:
                        L.append(" " * 30 + t)
                    for s in sig:
                        its([s], " " * 30)
                else:
                    L.append(f"{'- **' + lab + '**' if md else lab}: " + " ".join(flat_text(it)))
                    for s in [x for x in it if isinstance(x, tuple) and x[0] == "sig"]:
                        its([s], "    ")
            L.append("")
        elif k == "table":
            hdr, rows = blk[1], blk[2]
            for row in rows:
                for h, it in zip(hdr, row):
                    L.append(f"{h[0]}: " + " ".join(flat_text(it)))
                L.append("")
        elif k == "pb":
            L += ["", "\f"]
        elif k == "small":
            L += [blk[1], ""]
    if meta.get("footer"):
        L += ["", "-" * 60, meta["footer"] + ("    Pagina 1 van 1" if meta.get("pagenum") else "")]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L).rstrip() + "\n")


# ====================================================================== scan
def scan_pdf(src_pdf, out_pdf, seed):
    r = random.Random(seed)
    tmp = os.path.join(BUILD, f"scan_{seed}")
    subprocess.run(["pdftoppm", "-r", "110", "-gray", "-png", src_pdf, tmp], check=True)
    pages = sorted(f for f in os.listdir(BUILD) if f.startswith(f"scan_{seed}-") and f.endswith(".png"))
    imgs = []
    rng = np.random.default_rng(seed)
    for f in pages:
        im = Image.open(os.path.join(BUILD, f)).convert("L")
        im = im.rotate(r.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)
        speck = rng.random(a.shape) < 0.0015
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        imgs.append(im.convert("RGB"))
    imgs[0].save(out_pdf, save_all=True, append_images=imgs[1:], resolution=110, creationDate=time.strptime("2026-01-01", "%Y-%m-%d"), modDate=time.strptime("2026-01-01", "%Y-%m-%d"), producer="scanner")


# ====================================================================== main
EXT = {"pdf-soffice": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "docx": "docx", "docx-cc": "docx", "odt": "odt",
       "txt": "txt", "md": "md", "scan": "pdf"}
FMTNAME = {"pdf-soffice": "PDF exported from Word document via LibreOffice", "pdf-rl": "PDF made directly (reportlab)",
           "pdf-form": "fillable PDF form (AcroForm fields)", "docx": "DOCX (tables, tick-box glyphs)",
           "docx-cc": "DOCX with Word content controls (checkbox and plain-text controls)", "odt": "ODT (converted from DOCX by LibreOffice)",
           "txt": "plain text", "md": "markdown", "scan": "image-only PDF (scan: 110 dpi, grey, noise, skew)"}


def main():
    if os.path.exists(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    to_pdf, to_odt = [], []
    entries = []
    for idx, s in enumerate(SPECS):
        d = Doc(s, idx)
        blocks, meta = LAYOUTS[d.layout](d)
        if d.layout == "lvs-export":
            meta["lvs"] = True
        ext = EXT[d.fmt]
        out = os.path.join(DOCS, f"{d.id}.{ext}")
        if d.fmt in ("docx", "docx-cc"):
            docx_write(d, blocks, meta, out, cc=d.fmt == "docx-cc")
        elif d.fmt in ("pdf-soffice", "odt"):
            bp = os.path.join(BUILD, f"{d.id}.docx")
            docx_write(d, blocks, meta, bp)
            (to_pdf if d.fmt == "pdf-soffice" else to_odt).append(bp)
        elif d.fmt == "pdf-rl":
            rl_write(d, blocks, meta, out)
        elif d.fmt == "pdf-form":
            form_write(d, blocks, meta, out)
        elif d.fmt in ("txt", "md"):
            txt_write(d, blocks, meta, out, md=d.fmt == "md")
        elif d.fmt == "scan":
            bp = os.path.join(BUILD, f"{d.id}_src.pdf")
            rl_write(d, blocks, meta, bp)
            scan_pdf(bp, out, 500 + idx)
        labels = {e: status(d, e) for e in ELS}
        entries.append(dict(file=f"docs/{d.id}.{ext}", format=ext if ext != "md" else "md", layout=d.layout,
                            school_type=d.st, scanned=d.fmt == "scan", elements=labels,
                            accept_unclear=list(s.get("unclear", [])), notes=f"{FMTNAME[d.fmt]}; " + s["notes"],
                            _d=d))
    prof = f"-env:UserInstallation=file://{BUILD}/lo_profile"
    for lst, target in ((to_pdf, "pdf"), (to_odt, "odt")):
        if lst:
            subprocess.run(["soffice", prof, "--headless", "--convert-to", target, "--outdir", DOCS] + lst, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for e in entries:
        assert os.path.exists(os.path.join(HERE, e["file"])), e["file"]
    docs = [{k: v for k, v in e.items() if k != "_d"} for e in entries]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": docs}, fh, ensure_ascii=False, indent=1)
    write_readme(entries)
    shutil.rmtree(BUILD)
    print(len(docs), "documents")


def write_readme(entries):
    from collections import Counter
    ct = Counter(e["school_type"] for e in entries)
    lay = Counter(e["layout"] for e in entries)
    fm = Counter(e["file"].rsplit(".", 1)[1] + (" (scan)" if e["scanned"] else "") for e in entries)
    complete = [e for e in entries if e["school_type"] != "none" and all(v in ("present", "not_applicable") for v in e["elements"].values())]
    L = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read().rstrip() + "\n\n"
    L += "## Counts\n\n"
    L += f"- documents: {len(entries)}; complete and correct plans: {len(complete)}\n"
    L += "- school types: " + ", ".join(f"{k} {v}" for k, v in sorted(ct.items())) + "\n"
    L += "- layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(lay.items())) + "\n"
    L += "- formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())) + "\n\n"
    L += "## Per document\n\n| file | type | layout | note |\n|---|---|---|---|\n"
    for e in entries:
        d = e["_d"]
        extra = ""
        if e["school_type"] != "none":
            extra = f" Plan date {dshort(d.set) if not d.blank else '—'}" + (f", revised {dshort(d.rev)}" if d.rev else "") + \
                    (", adult pupil" if d.adult else "") + (", under curatele" if d.curatele else "") + "."
        L += f"| {e['file']} | {e['school_type']} | {e['layout']} | {e['notes']}.{extra} |\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(L)


if __name__ == "__main__":
    main()
