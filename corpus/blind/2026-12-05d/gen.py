# -*- coding: utf-8 -*-
"""Deterministic generator for the blind OPP validation set 2026-12-05d.

Run:  python gen.py      (needs soffice on PATH for the Word->PDF documents)
Writes docs/, labels.json. All names, schools and places are invented.
"""
import copy, json, os, re, shutil, subprocess, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from profiles import PROFILES
import render as R

ELEMS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
         "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
         "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
         "informatie_rechten", "vaststelling"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def nl_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{d} {MONTHS[m-1]} {y}"


def short_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{d:02d}-{m:02d}-{y}"


def add_days(iso, n):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)).isoformat()


def shift_years(obj, n):
    if n == 0:
        return obj
    if isinstance(obj, str):
        return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) - n), obj)
    if isinstance(obj, list):
        return [shift_years(x, n) for x in obj]
    if isinstance(obj, tuple):
        return tuple(shift_years(x, n) for x in obj)
    if isinstance(obj, dict):
        return {k: shift_years(v, n) for k, v in obj.items()}
    return obj

# ------------------------------------------------------------------ element content

INSTR = {
 "uitstroombestemming": "[Geef hier het verwachte uitstroomniveau aan: praktijkonderwijs / vmbo-bb / vmbo-kb / vmbo-gt / havo / vwo. In het vso: kies een uitstroomprofiel.]",
 "onderbouwing": "Onderbouw hier de uitstroombestemming met toetsgegevens, intelligentie en schoolloopbaan (maximaal 10 regels).",
 "belemmerende_factoren": "[Beschrijf de factoren die de ontwikkeling van de leerling belemmeren, bijvoorbeeld op het gebied van taakwerkhouding, sociaal-emotioneel functioneren of de thuissituatie.]",
 "bevorderende_factoren": "[Noem hier de stimulerende factoren: wat gaat goed, waar is de leerling sterk in, wat helpt?]",
 "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft ... nodig om ...'.",
 "ondersteuning": "[Vul in: welke ondersteuning, door wie, hoe vaak, vanaf wanneer.]",
 "afwijkingen_onderwijsprogramma": "[Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, minder uren). Zo niet, vermeld 'geen'.]",
 "doelen": "Formuleer hier SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
 "adviezen_professionals": "[Vermeld hier adviezen van externe deskundigen en wat de school ermee doet.]",
 "oogo": "[Datum en deelnemers van het overleg met ouders invullen.]",
 "inbreng_leerling": "[Beschrijf hier wat de leerling zelf vindt en wat daarmee in het plan is gedaan.]",
 "evaluatie": "[Geef aan wanneer en met wie het plan wordt geëvalueerd.]",
 "informatie_rechten": "[Standaardtekst over de rechten van ouders hier invoegen.]",
 "vaststelling": "[Datum vaststelling en naam namens bevoegd gezag invullen.]",
}
REF = {
 "uitstroombestemming": "Zie het perspectief in het groeidocument.",
 "onderbouwing": "Zie het onderzoeksverslag in bijlage 1.",
 "belemmerende_factoren": "Zie bijlage 3 (observatieverslag en intake).",
 "bevorderende_factoren": "Zie intakeformulier (bijlage).",
 "ondersteuningsbehoefte": "Zie groepsplan.",
 "ondersteuning": "Zie het groepsplan en het arrangement in bijlage 2.",
 "afwijkingen_onderwijsprogramma": "Zie het leerlijnenoverzicht in de bijlage.",
 "doelen": "Zie bijlage 4: doelenoverzicht.",
 "adviezen_professionals": "Zie het verslag van de orthopedagoog (bijlage).",
 "oogo": "Zie gespreksverslag in het dossier.",
 "inbreng_leerling": "Zie bijlage 'Hoe denk jij erover?'.",
 "evaluatie": "Volgens de zorgcyclus van de school (zie schoolgids).",
 "informatie_rechten": "Zie de schoolgids, hoofdstuk 7.",
 "vaststelling": "Zie dossier.",
}
RIGHTS = [
 "Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP: de school kan het handelingsdeel pas uitvoeren als u ermee instemt. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de intern begeleider of de directeur. U kunt ook advies vragen aan een onderwijsconsulent (gratis) of het Ouder- en Jeugdsteunpunt van het samenwerkingsverband. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.",
 "Niet eens met dit plan? U heeft het recht om wel of niet in te stemmen met het handelingsdeel. Komen we er samen niet uit, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt, bij de Onderwijsconsulenten, of binnen 6 weken een verzoek indienen bij de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).",
 "Informatie voor ouders: uw instemming is nodig voor de ondersteuning in het handelingsdeel. Heeft u vragen of bent u het oneens, neem dan contact op met de zorgcoördinator. Onafhankelijk advies: onderwijsconsulenten. Bezwaar: Geschillencommissie passend onderwijs, binnen zes weken na vaststelling.",
]
RIGHTS_ADULT = "Jij bent meerderjarig en beslist zelf over het handelingsdeel: zonder jouw instemming voeren we het niet uit. Ben je het niet eens, praat dan eerst met je mentor of de directeur. Je kunt gratis advies vragen bij de Onderwijsconsulenten en binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs."


class Ctx:
    def __init__(self, spec):
        self.s = spec
        P = copy.deepcopy(PROFILES[spec["prof"]])
        P = shift_years(P, spec.get("shift", 0))
        self.P = P
        self.modes = spec.get("modes", {})
        self.date = spec["date"]
        self.name = P["first"] + " " + P["last"]
        self.hij = "hij" if P["kind"] == "m" else "zij"
        self.zijn = "zijn" if P["kind"] == "m" else "haar"
        self.alt = spec.get("alt", spec["id"])

    def mode(self, e):
        return self.modes.get(e, "ok")

    def absent(self, e):
        return self.mode(e) == "absent"

    # gap rendering shared by all elements
    def gap(self, e):
        m = self.mode(e)
        if m == "empty":
            return []
        if m.startswith("ph:"):
            return [("p", m[3:])]
        if m == "instr":
            return [("p", INSTR[e])]
        if m == "ref":
            return [("p", REF[e])]
        if m == "untick":
            return [self.untick(e)]
        return None

    def untick(self, e):
        P = self.P
        if e == "uitstroombestemming":
            return ("ticks", "Verwachte uitstroom:", [(o, False) for o in P["uitstroom_opts"]])
        if e == "afwijkingen_onderwijsprogramma":
            return ("ticks", "", [("eigen leerlijn", False), ("vrijstelling vak(ken)", False), ("aangepast aantal uren", False), ("geen afwijkingen", False)])
        if e == "evaluatie":
            return ("ticks", "Evaluatie:", [("na 10 weken", False), ("halfjaarlijks", False), ("jaarlijks", False)])
        if e == "oogo":
            return ("ticks", "", [("Besproken met ouders/verzorgers", False), ("Besproken met leerling", False)])
        if e == "informatie_rechten":
            return ("ticks", "", [("Ouders zijn geïnformeerd over hun rechten en de klachten- en geschillenregeling", False)])
        raise ValueError(e)

    def blocks(self, e, ticks=False):
        g = self.gap(e)
        if g is not None:
            return g
        P = self.P
        if e == "uitstroombestemming":
            if ticks:
                return [("ticks", "", [(o, o == P["uitstroom_tick"]) for o in P["uitstroom_opts"]]), ("p", "Toelichting: " + P["uitstroom"] + ".")]
            return [("p", P["uitstroom"][0].upper() + P["uitstroom"][1:] + ".")]
        if e == "onderbouwing":
            return [("p", P["onderbouwing"])]
        if e in ("belemmerende_factoren", "bevorderende_factoren"):
            d = P["bel" if e[0] == "b" and e.startswith("bel") else "bev"]
            return [("bullets", [f"{k[0].upper()+k[1:]}: {v}" for k, v in d.items() if v != "—"])]
        if e == "ondersteuningsbehoefte":
            return [("bullets", [f"{P['first']} heeft {x} nodig." if not x.endswith("nodig") else x for x in P["behoefte"]])]
        if e == "ondersteuning":
            return [("table", [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [list(r) for r in P["ondersteuning"]], True, None)]
        if e == "afwijkingen_onderwijsprogramma":
            if P["afwijking"] is None:
                return [("p", f"Geen afwijkingen: {P['first']} volgt het reguliere onderwijsprogramma van de groep/klas.")]
            return [("p", P["afwijking"])]
        if e == "doelen":
            return [("bullets", P["doelen"])]
        if e == "adviezen_professionals":
            return [("p", P["advies"])]
        if e == "oogo":
            return [("p", P["oogo"])]
        if e == "inbreng_leerling":
            if P.get("adult"):
                return [("p", f"{P['first']} is meerderjarig en handelingsbekwaam en is zelf gesprekspartner bij dit plan; {self.zijn} wensen zijn in het hele plan verwerkt.")]
            if self.mode(e) == "view":
                return [("p", P["inbreng_view"])]
            return [("p", P["inbreng_view"] + " " + P["inbreng_effect"])]
        if e == "evaluatie":
            return [("p", P["evaluatie"])]
        if e == "informatie_rechten":
            if P.get("adult"):
                return [("p", RIGHTS_ADULT)]
            return [("p", RIGHTS[self.alt % 3])]
        if e == "vaststelling":
            d, r = P["director"]
            t = f"Vastgesteld op {nl_date(self.date)} door {d} ({r}), namens het bevoegd gezag van {P['school']}."
            if self.s.get("revised"):
                t = f"Oorspronkelijk vastgesteld op {self.s['revised']}. Na evaluatie bijgesteld en opnieuw vastgesteld op {nl_date(self.date)} door {d} ({r})."
            return [("p", t)]
        raise ValueError(e)

    def text(self, e, ticks=False):
        out = []
        for b in self.blocks(e, ticks):
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "bullets":
                out.append("\n".join("- " + x for x in b[1]))
            elif b[0] == "table":
                out.append("\n".join("; ".join(r) for r in b[1][1:]))
            elif b[0] == "ticks":
                out.append(R.ticks_text(b[1], b[2]))
        return "\n".join(out)

    # ------------------------------------------------------------ consent
    def consent(self):
        k = self.s["consent"]
        P = self.P
        cd = nl_date(add_days(self.date, -3))
        cds = short_date(add_days(self.date, -3))
        par = P["parents"]
        school = (P["staff"][0], P["staff"][1])
        intro = ("p", "Ondertekening voor instemming met het handelingsdeel (de te bieden ondersteuning en begeleiding) van dit ontwikkelingsperspectief.")
        def sig_par(signed=True, date=cds, remark=None, idx=None):
            out = []
            for i, p in enumerate(par):
                if idx is not None and i != idx:
                    continue
                out.append(("sig", "Ouder/verzorger" if len(par) == 1 else f"Ouder/verzorger {i+1}", p, date, signed, remark))
            return out
        schoolsig = ("sig", "Namens de school", f"{school[0]} ({school[1]})", cds, True, None)
        if k == "sig2":
            return [intro] + sig_par() + [schoolsig]
        if k == "tick":
            return [("ticks", "", [("Ik/wij stem(men) in met het handelingsdeel", True), ("Ik/wij stem(men) niet in met het handelingsdeel", False)])] + sig_par(idx=0) + [schoolsig]
        if k == "email":
            return [("p", f"Instemming ouders: {par[0]} heeft op {cd} per e-mail aan {school[0]} laten weten in te stemmen met het handelingsdeel (\"Wij gaan akkoord met het plan van aanpak zoals besproken.\"). De e-mail is opgenomen in het leerlingdossier.")]
        if k == "digital":
            return [("p", f"Digitaal ondertekend voor akkoord met het handelingsdeel door {par[0]} via het ouderportaal op {cds} om 20:14 (verificatiecode 7F3K-22Q{self.alt}).")]
        if k == "verslag":
            return [("p", f"Uit het gespreksverslag van {cd}: ouders hebben aangegeven in te stemmen met het handelingsdeel zoals beschreven en hebben ter plekke getekend.")] + sig_par()
        if k == "typed":
            return [("table", [["Naam", "Rol", "Datum", "Akkoord handelingsdeel"]] +
                     [[p, "ouder", cds, "ja, getekend"] for p in par] + [[school[0], school[1], cds, "getekend"]], True, None)]
        if k == "adult":
            return [("p", f"Ik, {self.name}, ben meerderjarig en stem in met het handelingsdeel van mijn OPP."),
                    ("sig", "Leerling", self.name, cds, True, None), schoolsig]
        if k == "curator":
            return [("p", f"{P['first']} staat onder curatele. Instemming met het handelingsdeel door de curator."),
                    ("sig", "Curator", par[0], cds, True, None), ("sig", "Leerling (voor gezien)", self.name, cds, True, None), schoolsig]
        # ---- incomplete
        if k == "gezien":
            return [("p", "Handtekening ouders voor gezien:")] + sig_par(remark="Voor gezien")
        if k == "protest":
            return [intro] + sig_par(idx=0, remark="Getekend onder protest: wij zijn het niet eens met het aantal uren begeleiding.") + [schoolsig]
        if k == "refused":
            return [("ticks", "", [("Wij stemmen in met het handelingsdeel", False), ("Wij stemmen niet in met het handelingsdeel", True)])] + sig_par(idx=0) + [schoolsig]
        if k == "partial":
            return [("p", f"Ouders stemmen in met de begeleiding door de RT'er en de afspraken over het hulpteken. Met de eigen leerlijn rekenen gaan zij niet akkoord; dit wordt op {nl_date(add_days(self.date, 14))} opnieuw besproken.")] + sig_par(idx=0) + [schoolsig]
        if k == "school":
            return [intro, schoolsig] + sig_par(signed=False, date=None)
        if k == "blank":
            return [intro] + [("sig", f"Ouder/verzorger {i+1}", None, None, False, None) for i in range(2)] + [("sig", "Namens de school", None, None, False, None)]
        if k == "untick":
            return [("ticks", "", [("akkoord met het handelingsdeel", False), ("niet akkoord", False)])] + [("sig", "Ouder/verzorger", par[0], cds, False, None)]
        if k == "nodate":
            return [intro] + sig_par(date=None) + [("sig", "Namens de school", f"{school[0]} ({school[1]})", None, True, None)]
        if k == "parentsonly":   # adult pupil, only his mother signed
            return [intro] + sig_par() + [schoolsig]
        if k == "pupilonly":     # under curatele, only the pupil signed
            return [("p", "Akkoord met het handelingsdeel:"), ("sig", "Leerling", self.name, cds, True, None),
                    ("sig", "Curator / wettelijk vertegenwoordiger", None, None, False, None)]
        # ---- missing
        if k == "avg":
            return [("p", "Toestemming beeldmateriaal en gegevensuitwisseling (AVG): ouders geven toestemming om foto's voor de schoolgids te gebruiken en gegevens uit te wisselen met de jeugdarts."),
                    ("ticks", "", [("toestemming foto's", True), ("toestemming gegevensuitwisseling jeugdarts", True)])] + sig_par(idx=0)
        raise ValueError(k)


CONSENT_LABEL = {"sig2": "present", "tick": "present", "email": "present", "digital": "present", "verslag": "present",
                 "typed": "present", "adult": "present", "curator": "present",
                 "gezien": "incomplete", "protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
                 "school": "incomplete", "blank": "incomplete", "untick": "incomplete", "nodate": "incomplete",
                 "parentsonly": "incomplete", "pupilonly": "incomplete", "avg": "missing", "absent": "missing"}


def header_rows(c):
    P = c.P
    sy = int(c.date[:4]) if int(c.date[5:7]) >= 8 else int(c.date[:4]) - 1
    return [["Naam leerling", c.name], ["Geboortedatum", f"{(c.alt*7)%27+1:02d}-{(c.alt*5)%12+1:02d}-{int(c.date[:4]) - P['age'] - 1}"],
            ["School", f"{P['school']}, {P['place']}"], ["Groep/klas", P["klas"]], ["Schooljaar", f"{sy}-{sy+1}"],
            ["Samenwerkingsverband", P["swv"]], ["Opgesteld door", f"{P['staff'][0]}, {P['staff'][1]}"], ["Datum opgesteld", short_date(add_days(c.date, -14))]]

# ------------------------------------------------------------------ layouts


def sections(c, plan, ticks_for=()):
    """plan: list of ('H', text) | ('h2x', text) | (eid, heading[, level])"""
    out = []
    for item in plan:
        if item[0] == "H":
            out.append(("h1", item[1])); continue
        if item[0] == "T":
            out.append(("p", item[1])); continue
        e, head = item[0], item[1]
        lvl = item[2] if len(item) > 2 else "h2"
        if e == "instemming_ouders":
            if c.s["consent"] == "absent":
                continue
            if c.s["consent"] == "avg":
                out.append((lvl, "Toestemmingen")); out += c.consent(); continue
            out.append((lvl, head)); out += c.consent(); continue
        if c.absent(e):
            continue
        out.append((lvl, head))
        out += c.blocks(e, ticks=e in ticks_for)
    return out


def L1(c):  # swv-tweedelig: numbered, perspectief + handelingsdeel (after SWV Leiden two-part description)
    P = c.P
    b = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("table", header_rows(c), False, [5, 12])]
    b += sections(c, [
        ("H", "Deel 1 – Ontwikkelingsperspectief"),
        ("uitstroombestemming", "1.1 Te verwachten uitstroombestemming"),
        ("onderbouwing", "1.2 Onderbouwing van het perspectief"),
        ("belemmerende_factoren", "1.3 Belemmerende factoren"),
        ("bevorderende_factoren", "1.4 Bevorderende factoren"),
        ("ondersteuningsbehoefte", "1.5 Onderwijsbehoeften"),
        ("adviezen_professionals", "1.6 Adviezen van deskundigen"),
        ("H", "Deel 2 – Handelingsdeel"),
        ("doelen", "2.1 Doelen voor deze periode"),
        ("ondersteuning", "2.2 Te bieden ondersteuning en begeleiding"),
        ("afwijkingen_onderwijsprogramma", "2.3 Afwijkingen van het onderwijsprogramma"),
        ("inbreng_leerling", f"2.4 Inbreng van de leerling"),
        ("evaluatie", "2.5 Evaluatie"),
        ("H", "Deel 3 – Overleg, instemming en vaststelling"),
        ("oogo", "3.1 Op overeenstemming gericht overleg (OOGO)"),
        ("instemming_ouders", "3.2 Instemming met het handelingsdeel"),
        ("vaststelling", "3.3 Vaststelling"),
        ("informatie_rechten", "3.4 Informatie over uw rechten"),
    ])
    return dict(blocks=b, footer=f"OPP {c.name} – {P['school']} – pagina {{page}}")


def L2(c):  # onderdelen A-D (after the De Meierij 'Onderdeel A/B/C/D' Word format)
    P = c.P
    b = [("title", f"OPP – {P['swv']}"), ("h1", "Onderdeel A – Gegevens"), ("table", header_rows(c), False, [5, 12]),
         ("p", "Ouders tekenen bij onderdeel A voor gezien."),
         ("sig", "Ouder/verzorger (onderdeel A, voor gezien)", P["parents"][0], short_date(add_days(c.date, -10)), True, None)]
    b += sections(c, [
        ("H", "Onderdeel B – Beeld van de leerling"),
        ("bevorderende_factoren", "Stimulerende factoren"),
        ("belemmerende_factoren", "Belemmerende factoren"),
        ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"),
        ("adviezen_professionals", "Externe adviezen en wat de school ermee doet"),
        ("H", "Onderdeel C – Ontwikkelingsperspectief en handelingsdeel"),
        ("uitstroombestemming", "Verwacht uitstroomprofiel"),
        ("onderbouwing", "Argumentatie"),
        ("doelen", "Tussendoelen"),
        ("ondersteuning", "Plan van aanpak (handelingsdeel)"),
        ("afwijkingen_onderwijsprogramma", "Programma-aanpassingen"),
        ("inbreng_leerling", "Wat vindt de leerling zelf?"),
        ("oogo", "Gesprek met ouders"),
        ("evaluatie", "Evaluatiemomenten"),
        ("instemming_ouders", "Ondertekening onderdeel C (instemming ouders)"),
        ("H", "Onderdeel D – Arrangement"),
        ("T", "In te vullen door de ondersteuningsmanager na het arrangementsgesprek."),
        ("vaststelling", "Vaststelling"),
        ("informatie_rechten", "Toelichting voor ouders"),
    ], ticks_for=("uitstroombestemming",))
    return dict(blocks=b, footer=f"{P['swv']} | OPP-format versie 2.3 | pagina {{page}}")


def L3(c):  # domeintabel: verantwoording / handelingsplan / evaluatie, factors side by side per domain (ParnasSys-like OP)
    P = c.P
    b = [("title", "Ontwikkelingsperspectief"), ("table", header_rows(c), False, [5, 12]), ("h1", "A. Verantwoording")]
    b += sections(c, [("uitstroombestemming", "Ambitieniveau en verwacht uitstroomprofiel"), ("onderbouwing", "Verantwoording van het uitstroomprofiel")],
                  ticks_for=("uitstroombestemming",))
    # factor table
    mb, mv = c.mode("belemmerende_factoren"), c.mode("bevorderende_factoren")
    if not (mb == "absent" and mv == "absent"):
        b.append(("h2", "Belemmerende en stimulerende factoren per domein"))
        def cell(e, dom):
            m = c.mode(e)
            if m == "ok":
                v = P["bel" if e.startswith("bel") else "bev"][dom]
                return "" if v == "—" else v
            if m == "empty" or m == "absent":
                return ""
            if m.startswith("ph:"):
                return m[3:]
            if m == "instr":
                return INSTR[e] if dom == "cognitief" else ""
            if m == "ref":
                return REF[e] if dom == "cognitief" else ""
        rows = [["Domein", "Belemmerend" if mb != "absent" else "", "Wat helpt / kansen" if mv != "absent" else ""]]
        for dom in ["cognitief", "werkhouding", "sociaal-emotioneel", "thuissituatie"]:
            rows.append([dom[0].upper() + dom[1:], cell("belemmerende_factoren", dom), cell("bevorderende_factoren", dom)])
        b.append(("table", rows, True, [4, 6.5, 6.5]))
    b += sections(c, [
        ("ondersteuningsbehoefte", "Ondersteuningsbehoefte"),
        ("adviezen_professionals", "Adviezen externe deskundigen"),
        ("H", "B. Handelingsplan"),
        ("doelen", "Doelen (SMART)"),
        ("ondersteuning", "Aanpak: extra ondersteuning"),
        ("afwijkingen_onderwijsprogramma", "Afwijkend programma"),
        ("inbreng_leerling", "Stem van de leerling"),
        ("oogo", "Afstemming met ouders"),
        ("H", "C. Evaluatie"),
        ("evaluatie", "Evaluatieplanning"),
        ("H", "D. Handtekeningen"),
        ("instemming_ouders", "Instemming ouders met het handelingsplan"),
        ("vaststelling", "Vaststelling door de school"),
        ("informatie_rechten", "Uw rechten"),
    ])
    return dict(blocks=b, footer=None)


def L4(c):  # groeidocument met OPP als hoofdstuk (after the Westfriese Knoop / Parantion groeidocument description)
    P = c.P
    b = [("title", f"Groeidocument – {c.name}"), ("p", f"Digitaal dossier {P['swv']}. Dit document groeit mee met de leerling; het OPP is hoofdstuk 6."),
         ("h1", "1. Leerlinggegevens"), ("table", header_rows(c), False, [5, 12]),
         ("h1", "2. Hulpvraag van de school"), ("p", f"Welke ondersteuning heeft {P['first']} nodig om zich op school goed te blijven ontwikkelen?")]
    b += sections(c, [
        ("H", "3. Afstemming thuis"),
        ("oogo", "3.1 Overleg met ouders"),
        ("H", "4. Hoe denk jij erover?"),
        ("inbreng_leerling", "4.1 Visie leerling"),
        ("H", "5. Beeld van de leerling"),
        ("bevorderende_factoren", "5.1 Beschermende factoren"),
        ("belemmerende_factoren", "5.2 Risicofactoren / belemmerende factoren"),
        ("ondersteuningsbehoefte", "5.3 Onderwijs- en ondersteuningsbehoeften"),
        ("adviezen_professionals", "5.4 Wat zeggen de specialisten?"),
        ("H", "6. Ontwikkelingsperspectiefplan"),
        ("uitstroombestemming", "6.1 Perspectief"),
        ("onderbouwing", "6.2 Waarom dit perspectief?"),
        ("doelen", "6.3 Doelen"),
        ("ondersteuning", "6.4 Arrangement: inzet extra ondersteuning"),
        ("afwijkingen_onderwijsprogramma", "6.5 Eigen leerlijn / vrijstellingen"),
        ("evaluatie", "6.6 Tussenevaluatie en evaluatie"),
        ("H", "7. Ondertekening"),
        ("instemming_ouders", "7.1 Instemming handelingsdeel"),
        ("vaststelling", "7.2 Vastgesteld"),
        ("informatie_rechten", "7.3 Bezwaar en geschillen"),
    ])
    return dict(blocks=b, footer=f"Groeidocument {c.name} – afgedrukt {short_date(c.date)} – pagina {{page}}")


def L5(c):  # beknopt OPP: one two-column table
    P = c.P
    lab = [("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
           ("bevorderende_factoren", "Sterke kanten"), ("belemmerende_factoren", "Belemmerend"),
           ("ondersteuningsbehoefte", "Wat heeft de leerling nodig?"), ("doelen", "Doelen komende periode"),
           ("ondersteuning", "Extra ondersteuning (wat/wie/hoe vaak)"), ("afwijkingen_onderwijsprogramma", "Afwijking programma"),
           ("adviezen_professionals", "Advies deskundigen"), ("inbreng_leerling", "Mening leerling en wat we ermee doen"),
           ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vastgesteld (datum/door)")]
    b = [("title", "Beknopt OPP"), ("table", header_rows(c)[:5], False, [5, 12])]
    if c.s["fmt"] == "docx" and c.s.get("cc"):
        for e, l in lab:
            if not c.absent(e):
                b.append(("sdt", l, c.text(e)))
    else:
        rows = [["Onderdeel", "Inhoud"]]
        for e, l in lab:
            if not c.absent(e):
                rows.append([l, c.text(e)])
        b.append(("table", rows, True, [5, 12]))
    if c.mode("afwijkingen_onderwijsprogramma") == "untick":
        pass
    if not c.absent("informatie_rechten"):
        b += [("h2", "Niet eens?")] + c.blocks("informatie_rechten")
    if c.s["consent"] not in ("absent",):
        b += [("h2", "Akkoord handelingsdeel" if c.s["consent"] != "avg" else "Toestemmingen")] + c.consent()
    return dict(blocks=b, footer=None)


def L6(c):  # question headings
    P = c.P
    f = P["first"]
    b = [("title", f"Ontwikkelingsperspectief van {f}"), ("table", header_rows(c), False, [5, 12])]
    b += sections(c, [
        ("uitstroombestemming", f"Waar werken we naartoe?", "h1"),
        ("onderbouwing", "Waarom denken we dat?", "h1"),
        ("bevorderende_factoren", f"Wat helpt {f}?", "h1"),
        ("belemmerende_factoren", f"Wat maakt het moeilijk?", "h1"),
        ("ondersteuningsbehoefte", f"Wat heeft {f} nodig?", "h1"),
        ("inbreng_leerling", f"Wat vindt {f} zelf, en wat doen we daarmee?", "h1"),
        ("adviezen_professionals", "Wat adviseren de deskundigen?", "h1"),
        ("doelen", "Wat willen we bereiken?", "h1"),
        ("ondersteuning", "Wat gaan we doen, wie doet het en hoe vaak?", "h1"),
        ("afwijkingen_onderwijsprogramma", f"Wijkt het programma af?", "h1"),
        ("oogo", "Met wie is dit besproken?", "h1"),
        ("evaluatie", "Wanneer kijken we terug?", "h1"),
        ("informatie_rechten", "Wat als u het er niet mee eens bent?", "h1"),
        ("vaststelling", "Wie heeft het plan vastgesteld?", "h1"),
        ("instemming_ouders", "Gaat u akkoord?", "h1"),
    ])
    return dict(blocks=b, footer=None)


def L7(c):  # letter-style plan
    P = c.P
    f = P["first"]
    adult = P.get("adult")
    b = [("p", f"{P['school']}\nPostbus {100 + c.alt*13}\n{1000 + c.alt*371} XK {P['place']}"),
         ("p", f"{P['place']}, {nl_date(c.date)}"),
         ("p", f"Betreft: ontwikkelingsperspectiefplan (OPP) {c.name}, {P['klas']}"),
         ("p", f"Beste {f}," if adult else f"Geachte {' en '.join(P['parents'])},"),
         ("p", ("Met deze brief ontvang je jouw ontwikkelingsperspectiefplan. Hieronder lees je wat we samen hebben afgesproken." if adult else
                f"Hierbij ontvangt u het ontwikkelingsperspectiefplan van {f}. Hieronder beschrijven wij wat wij verwachten en welke ondersteuning wij bieden."))]
    sent = [("uitstroombestemming", "Ons perspectief"), ("onderbouwing", "Waarop baseren wij dit?"),
            ("bevorderende_factoren", "Wat goed gaat"), ("belemmerende_factoren", "Waar het lastig wordt"),
            ("ondersteuningsbehoefte", "Wat er nodig is"), ("adviezen_professionals", "Adviezen"),
            ("doelen", "Onze doelen"), ("ondersteuning", "De begeleiding"), ("afwijkingen_onderwijsprogramma", "Het programma"),
            ("inbreng_leerling", "Jouw inbreng" if adult else f"De inbreng van {f}"), ("oogo", "Ons gesprek"),
            ("evaluatie", "Terugkijken"), ("informatie_rechten", "Niet eens?")]
    b += sections(c, [(e, h) for e, h in sent])
    b += [("p", "Wij vragen " + ("je" if adult else "u") + " het handelingsdeel te ondertekenen en binnen twee weken terug te sturen.")]
    if not c.absent("vaststelling"):
        b += c.blocks("vaststelling")
    b += [("p", "Met vriendelijke groet,"), ("p", f"{P['director'][0]}, {P['director'][1]}\n{P['staff'][0]}, {P['staff'][1]}")]
    if c.s["consent"] != "absent":
        b += [("h2", "Strook retour – akkoord handelingsdeel" if c.s["consent"] != "avg" else "Toestemmingen")] + c.consent()
    return dict(blocks=b, footer=None)


def L8(c):  # system export: field/value lines with grey bars and a print footer
    P = c.P
    b = [("title", "Ontwikkelingsperspectief (OPP) – afdruk")]
    for k, v in header_rows(c):
        b.append(("field", k, v))
    plan = [("H", "Perspectief"), ("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroombestemming"),
            ("H", "Leerlingkenmerken"), ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Positieve factoren"),
            ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Extern advies"),
            ("H", "Handelingsdeel"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("inbreng_leerling", "Inbreng leerling (hoorrecht)"),
            ("H", "Procedure"), ("oogo", "OOGO"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"), ("informatie_rechten", "Rechten ouders")]
    for item in plan:
        if item[0] == "H":
            b.append(("h1", item[1])); continue
        e, l = item
        if c.absent(e):
            continue
        m = c.mode(e)
        if e == "ondersteuning" and m == "ok":
            b.append(("h2", l)); b += c.blocks(e)
        else:
            b.append(("field", l, c.text(e).replace("\n", "; ")))
    if c.s["consent"] != "absent":
        b += [("h1", "Ondertekening" if c.s["consent"] != "avg" else "Toestemmingen")] + c.consent()
    return dict(blocks=b, footer=f"Afgedrukt uit LeerlingDossier Online op {short_date(c.date)} door {P['staff'][0].replace(' ', '').replace('.', '').lower()} – pagina {{page}}", style="bar")


def L9(c):  # fillable aanvraag/OPP form
    P = c.P
    b = [("title", f"OPP-formulier {P['swv']}"), ("p", "Digitaal invulbaar formulier. Vul alle velden in en laat ouders tekenen.")]
    for k, v in header_rows(c):
        b.append(("field", k, v))
    plan = [("h1", "1. Perspectief"), ("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
            ("h1", "2. Factoren en behoeften"), ("bevorderende_factoren", "Bevorderende factoren"), ("belemmerende_factoren", "Belemmerende factoren"),
            ("ondersteuningsbehoefte", "Ondersteuningsbehoeften"), ("adviezen_professionals", "Adviezen deskundigen"),
            ("h1", "3. Handelingsdeel"), ("doelen", "Doelen"), ("ondersteuning", "Te bieden ondersteuning (wat, wie, hoe vaak, vanaf)"),
            ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("inbreng_leerling", "Inbreng leerling"),
            ("h1", "4. Overleg en evaluatie"), ("oogo", "Overleg met ouders (datum, deelnemers)"), ("evaluatie", "Evaluatie"),
            ("informatie_rechten", "Informatie rechten ouders"), ("vaststelling", "Vaststelling")]
    for item in plan:
        if item[0] == "h1":
            b.append(item); continue
        e, l = item
        if c.absent(e):
            continue
        if e == "uitstroombestemming":
            if c.mode(e) == "untick":
                b.append(c.untick(e)); b.append(("field", "Toelichting", "")); continue
            if c.mode(e) == "ok":
                b.append(("ticks", "", [(o, o == P["uitstroom_tick"]) for o in P["uitstroom_opts"]]))
        b.append(("field", l, c.text(e)))
    if c.s["consent"] != "absent":
        b += [("h1", "5. Instemming handelingsdeel" if c.s["consent"] != "avg" else "5. Toestemmingen")] + c.consent()
    return dict(blocks=b, footer=f"Formulier OPP {P['swv']} – pagina {{page}}")


LAYOUTS = {"L1": ("swv-tweedelig-genummerd", L1), "L2": ("onderdelen-A-D", L2), "L3": ("domeintabel-verantwoording-handelingsplan", L3),
           "L4": ("groeidocument-opp-hoofdstuk", L4), "L5": ("beknopt-opp-tabel", L5), "L6": ("vraagkoppen", L6),
           "L7": ("brief", L7), "L8": ("systeemexport", L8), "L9": ("invulformulier-pdf", L9)}

# ------------------------------------------------------------------ the documents
# consent kinds: present = sig2 tick email digital verslag typed adult curator
#                incomplete = gezien protest refused partial school blank untick nodate parentsonly pupilonly
#                missing = avg absent
DOCS = [
 dict(id=1, L="L1", fmt="pdfw", prof="po1", date="2025-10-08", consent="sig2"),
 dict(id=2, L="L1", fmt="docx", prof="sbo1", date="2025-10-14", consent="gezien", modes={"belemmerende_factoren": "empty"}),
 dict(id=3, L="L1", fmt="pdf", prof="vso3", date="2024-10-10", shift=1, consent="sig2", modes={"inbreng_leerling": "absent", "informatie_rechten": "absent"}),
 dict(id=4, L="L1", fmt="odt", prof="pro1", date="2025-11-03", consent="email", modes={"doelen": "ph:nog aanvullen"}),
 dict(id=5, L="L1", fmt="txt", prof="vo2", date="2025-10-13", consent="blank", modes={"adviezen_professionals": "ref", "ondersteuningsbehoefte": "ph:volgt na overleg"}),
 dict(id=6, L="L1", fmt="scan", prof="so1", date="2025-10-16", consent="sig2"),
 dict(id=7, L="L1", fmt="pdfw", prof="vso2", date="2025-09-24", consent="curator"),
 dict(id=8, L="L2", fmt="docx", prof="po2", date="2025-10-01", consent="tick"),
 dict(id=9, L="L2", fmt="pdfw", prof="sbo2", date="2025-10-21", consent="school", modes={"afwijkingen_onderwijsprogramma": "absent"}),
 dict(id=10, L="L2", fmt="pdf", prof="so2", date="2024-10-02", shift=1, consent="tick", modes={"inbreng_leerling": "absent", "evaluatie": "ph:n.t.b."}),
 dict(id=11, L="L2", fmt="scan", prof="po1", date="2024-11-12", shift=1, consent="blank", modes={"inbreng_leerling": "absent"}),
 dict(id=12, L="L2", fmt="odt", prof="vso4", date="2025-10-20", consent="digital", modes={"onderbouwing": "instr"}),
 dict(id=13, L="L2", fmt="txt", prof="pro2", date="2025-10-22", consent="protest", modes={"informatie_rechten": "ref"}),
 dict(id=14, L="L3", fmt="pdf", prof="vo1", date="2025-09-17", consent="sig2"),
 dict(id=15, L="L3", fmt="docx", prof="so1", date="2025-10-16", consent="refused", modes={"bevorderende_factoren": "instr"}),
 dict(id=16, L="L3", fmt="pdfw", prof="po2", date="2024-09-30", shift=1, consent="sig2", modes={"inbreng_leerling": "absent", "oogo": "absent"}),
 dict(id=17, L="L3", fmt="odt", prof="sbo1", date="2025-10-14", consent="nodate", modes={"ondersteuning": "ref", "evaluatie": "untick"}),
 dict(id=18, L="L3", fmt="pdf", prof="vso3", date="2025-10-08", consent="verslag", modes={"inbreng_leerling": "view"}),
 dict(id=19, L="L3", fmt="txt", prof="pro1", date="2025-11-03", consent="untick", modes={"uitstroombestemming": "untick"}),
 dict(id=20, L="L4", fmt="pdfw", prof="vo2", date="2025-10-13", consent="digital"),
 dict(id=21, L="L4", fmt="pdf", prof="sbo2", date="2025-10-21", consent="avg", modes={"onderbouwing": "ref"}),
 dict(id=22, L="L4", fmt="docx", prof="vso1", date="2025-10-15", consent="adult"),
 dict(id=23, L="L4", fmt="odt", prof="so2", date="2025-10-02", consent="email", modes={"ondersteuningsbehoefte": "absent", "evaluatie": "instr"}),
 dict(id=24, L="L4", fmt="scan", prof="vo1", date="2024-09-18", shift=1, consent="sig2", modes={"doelen": "empty", "inbreng_leerling": "absent"}),
 dict(id=25, L="L4", fmt="txt", prof="po1", date="2025-10-08", consent="partial"),
 dict(id=26, L="L5", fmt="docx", prof="pro2", date="2025-10-22", consent="typed", cc=True),
 dict(id=27, L="L5", fmt="pdf", prof="po1", date="2025-10-08", consent="sig2", modes={"adviezen_professionals": "absent", "afwijkingen_onderwijsprogramma": "untick"}),
 dict(id=28, L="L5", fmt="pdfw", prof="vso4", date="2024-10-21", shift=1, consent="sig2", modes={"inbreng_leerling": "absent", "evaluatie": "absent"}),
 dict(id=29, L="L5", fmt="scan", prof="sbo1", date="2025-10-14", consent="school", modes={"vaststelling": "ph:..."}),
 dict(id=30, L="L5", fmt="txt", prof="vso1", date="2025-10-15", consent="parentsonly"),
 dict(id=31, L="L6", fmt="pdf", prof="po2", date="2025-10-01", consent="sig2"),
 dict(id=32, L="L6", fmt="docx", prof="vo1", date="2025-09-17", consent="email", modes={"inbreng_leerling": "view"}),
 dict(id=33, L="L6", fmt="odt", prof="pro1", date="2024-11-04", shift=1, consent="tick", modes={"inbreng_leerling": "absent", "ondersteuning": "ph:volgt na overleg"}),
 dict(id=34, L="L6", fmt="pdfw", prof="so1", date="2025-10-16", consent="digital", modes={"belemmerende_factoren": "ref"}),
 dict(id=35, L="L6", fmt="txt", prof="sbo2", date="2025-10-21", consent="sig2", modes={"informatie_rechten": "absent", "doelen": "instr"}),
 dict(id=36, L="L7", fmt="pdfw", prof="vso1", date="2025-10-15", consent="adult"),
 dict(id=37, L="L7", fmt="docx", prof="pro2", date="2023-10-23", shift=2, consent="sig2", modes={"inbreng_leerling": "absent"}),
 dict(id=38, L="L7", fmt="pdf", prof="vso2", date="2025-09-24", consent="pupilonly"),
 dict(id=39, L="L7", fmt="odt", prof="po2", date="2025-10-01", consent="verslag", modes={"oogo": "ph:..."}),
 dict(id=40, L="L8", fmt="pdf", prof="sbo1", date="2025-10-14", consent="digital", modes={"vaststelling": "empty", "informatie_rechten": "untick"}),
 dict(id=41, L="L8", fmt="pdfw", prof="vso3", date="2025-10-08", consent="digital", modes={"uitstroombestemming": "ph:n.t.b."}),
 dict(id=42, L="L8", fmt="txt", prof="so2", date="2025-10-02", consent="sig2", modes={"adviezen_professionals": "ph:[tekst]"}),
 dict(id=43, L="L8", fmt="docx", prof="vo2", date="2024-10-14", shift=1, consent="typed", modes={"inbreng_leerling": "absent"}),
 dict(id=44, L="L9", fmt="form", prof="vso4", date="2025-10-20", consent="tick"),
 dict(id=45, L="L9", fmt="form", prof="po1", date="2025-10-08", consent="untick", modes={"oogo": "empty"}),
 dict(id=46, L="L9", fmt="form", prof="so2", date="2025-10-02", consent="absent", modes={"doelen": "empty", "belemmerende_factoren": "ph:..."}),
 dict(id=47, L="L1", fmt="docx", prof="vo1", date="2025-11-10", consent="sig2", revised="12 maart 2025"),
 dict(id=48, L="L6", fmt="pdf", prof="vso2", date="2025-09-24", consent="curator", modes={"afwijkingen_onderwijsprogramma": "absent"}),
]

FMT_EXT = {"pdfw": "pdf", "pdf": "pdf", "form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt"}
FMT_DESC = {"pdfw": "PDF exported from Word (docx via LibreOffice)", "pdf": "PDF made directly (reportlab)", "form": "fillable PDF form (AcroForm fields)",
            "scan": "scanned PDF (image only, skewed, noisy)", "docx": "DOCX", "odt": "ODT", "txt": "plain text"}
GAPDESC = {"empty": "heading with nothing under it", "instr": "template instruction left in", "ref": "only a reference elsewhere",
           "untick": "options left unticked", "absent": "left out", "view": "pupil's view without what it changed"}
CONSDESC = {"sig2": "signed and dated by parent(s)", "tick": "box 'stemmen in' ticked, signed, dated", "email": "consent by e-mail, quoted with date",
            "digital": "digitally signed via parent portal with date/time", "verslag": "consent recorded in meeting report and signed", "typed": "table: name, date, 'ja, getekend'",
            "adult": "adult pupil signs himself", "curator": "curator signs (pupil under curatele)",
            "gezien": "signed 'voor gezien'", "protest": "signed 'onder protest'", "refused": "'niet akkoord' ticked", "partial": "partial consent",
            "school": "only the school signed", "blank": "blank signature lines", "untick": "consent boxes unticked, not signed", "nodate": "signatures without date",
            "parentsonly": "adult handelingsbekwaam pupil: only his mother signed, not the pupil", "pupilonly": "pupil under curatele signed, curator line blank",
            "avg": "only an AVG/photo consent is signed; no consent for the handelingsdeel", "absent": "no consent section"}


def label(spec, c):
    P = c.P
    lab = {}
    for e in ELEMS:
        m = c.mode(e)
        if e == "instemming_ouders":
            lab[e] = CONSENT_LABEL[spec["consent"]]; continue
        if e == "inbreng_leerling":
            if spec["date"] < "2025-08-01" or P.get("adult"):
                lab[e] = "not_applicable"; continue
        if m == "ok":
            st = "present"
            if e == "afwijkingen_onderwijsprogramma" and P["afwijking"] is None:
                st = "not_applicable"
        elif m == "absent":
            st = "missing"
        else:
            st = "incomplete"
        lab[e] = st
    return lab


def note(spec, c, lay):
    parts = [f"layout {lay}; {FMT_DESC[spec['fmt']]}; {c.P['type']}; plan set {spec['date']}"]
    if spec.get("revised"):
        parts.append(f"first set {spec['revised']}, revised and set again on the plan date")
    if c.P.get("adult"):
        parts.append("pupil 18, meerderjarig en handelingsbekwaam (inbreng n/a, he consents himself)")
    if c.P.get("curatele"):
        parts.append("pupil 19 under curatele (curator must consent; inbreng required)")
    gaps = []
    for e, m in spec.get("modes", {}).items():
        if e == "inbreng_leerling" and m == "absent" and spec["date"] < "2025-08-01":
            continue
        d = GAPDESC.get(m) or (f"placeholder '{m[3:]}'" if m.startswith("ph:") else m)
        gaps.append(f"{e}: {d}")
    if c.P["afwijking"] is None and c.mode("afwijkingen_onderwijsprogramma") == "ok":
        gaps.append("afwijkingen: explicit 'geen afwijkingen' (n/a)")
    if spec["date"] < "2025-08-01":
        gaps.append("pre-1-Aug-2025 plan: inbreng n/a")
    parts.append("consent: " + CONSDESC[spec["consent"]])
    if spec["L"] == "L2":
        parts.append("part A signed 'voor gezien' by design of the format (not the handelingsdeel consent)")
    parts.append("gaps: " + ("; ".join(gaps) if gaps else "none (complete)"))
    return ". ".join(parts)

# ------------------------------------------------------------------ non-OPP documents


def leaflet():
    return dict(blocks=[
        ("title", "Wat is een OPP? Informatie voor ouders"),
        ("p", "Samenwerkingsverband Passend Onderwijs Brakelveen e.o. – folder voor ouders en verzorgers"),
        ("h1", "Waarom een ontwikkelingsperspectiefplan?"),
        ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan stelt de school een ontwikkelingsperspectiefplan op, kortweg OPP. Daarin staat wat de school verwacht dat uw kind aan het eind van de basisschool of het voortgezet onderwijs bereikt (de uitstroombestemming), waarom de school dat verwacht, en welke hulp uw kind krijgt."),
        ("h1", "Wat staat er in een OPP?"),
        ("bullets", ["de verwachte uitstroombestemming en de onderbouwing daarvan", "wat uw kind helpt en wat het lastig maakt (bevorderende en belemmerende factoren)",
                     "de doelen en de extra ondersteuning: het handelingsdeel", "eventuele afwijkingen van het lesprogramma", "wat uw kind er zelf van vindt"]),
        ("h1", "Uw rol als ouder"),
        ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Met het handelingsdeel moet u instemmen. Het plan wordt minstens eens per jaar met u geëvalueerd."),
        ("h1", "Niet eens?"),
        ("p", "Praat eerst met de school. U kunt ook terecht bij het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
        ("p", "Meer weten? Bel het Ouder- en Jeugdsteunpunt Brakelveen, maandag t/m donderdag 9.00-12.00 uur."),
    ], footer="Folder OPP – SWV Brakelveen e.o. – versie 2025")


def newsletter():
    return dict(blocks=[
        ("title", "Nieuwsbrief De Wilgentak – november 2025"),
        ("h1", "Agenda"), ("bullets", ["12 november: studiedag, alle leerlingen vrij", "21 november: Sinterklaasknutselmiddag", "5 december: Sinterklaasviering (tot 12.00 uur)"]),
        ("h1", "Van de intern begeleider"),
        ("p", "Dit schooljaar werken we met een nieuw format voor het ontwikkelingsperspectiefplan (OPP). Ouders van kinderen met een OPP worden uitgenodigd voor een gesprek over het plan. Sinds 1 augustus 2025 vragen we ook de kinderen zelf wat zij belangrijk vinden; dat noemen we het hoorrecht. Vragen? Loop gerust binnen bij juf Kamphuis."),
        ("h1", "Luizencontrole"), ("p", "Na de herfstvakantie is er weer luizencontrole. Wilt u uw kind geen vlechten met gel laten dragen op woensdag?"),
        ("h1", "Schoolfruit"), ("p", "Op dinsdag, woensdag en donderdag krijgen alle kinderen fruit van school."),
    ], footer="Basisschool De Wilgentak, Brakelveen – nieuwsbrief 3")


def blank_format():
    heads = [("Te verwachten uitstroombestemming", ""), ("Onderbouwing", ""), ("Belemmerende factoren", ""), ("Bevorderende factoren", ""),
             ("Onderwijsbehoeften", ""), ("Doelen", ""), ("Te bieden ondersteuning (wat, wie, hoe vaak, vanaf)", ""),
             ("Afwijkingen van het onderwijsprogramma", ""), ("Adviezen van deskundigen", ""), ("Inbreng van de leerling", ""),
             ("Overleg met ouders (datum, aanwezigen)", ""), ("Evaluatie", ""), ("Vaststelling (datum, door)", "")]
    b = [("title", "Format ontwikkelingsperspectiefplan (leeg)"), ("p", "Format versie 2025-2026. Vul alle velden in. Verwijder deze instructie voor het printen."),
         ("sdt", "Naam leerling", ""), ("sdt", "School", ""), ("sdt", "Groep/klas", "")]
    for h, v in heads:
        b.append(("sdt", h, v))
    b += [("h2", "Instemming handelingsdeel"), ("ticks", "", [("akkoord", False), ("niet akkoord", False)]),
          ("sig", "Ouder/verzorger", None, None, False, None), ("sig", "Namens de school", None, None, False, None)]
    return dict(blocks=b, footer=None, cc_ticks=True)

NONOPP = [
 dict(id=49, name="folder-wat-is-een-opp", fmt="pdf", layout="folder-ouders (not an OPP)", build=leaflet,
      note="Not an OPP: SWV leaflet for parents explaining what an OPP contains. No pupil, no plan: all elements missing."),
 dict(id=50, name="nieuwsbrief-november", fmt="pdfw", layout="nieuwsbrief (not an OPP)", build=newsletter,
      note="Not an OPP: school newsletter mentioning the OPP and hoorrecht in passing. All elements missing."),
 dict(id=51, name="leeg-format-opp", fmt="docx", layout="leeg-format (not an OPP)", build=blank_format,
      note="Not an OPP: blank template with empty content controls. Elements whose heading is in the format are incomplete (heading, nothing filled); informatie_rechten is not in the format: missing."),
]

# ------------------------------------------------------------------ build


def main():
    out = HERE
    docs_dir = os.path.join(out, "docs"); build = os.path.join(out, "build")
    for d in (docs_dir, build):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    labels = []
    to_convert = []
    for spec in DOCS:
        c = Ctx(spec)
        lay_name, fn = LAYOUTS[spec["L"]]
        doc = fn(c)
        doc["doctitle"] = f"OPP {c.name}"; doc["author"] = c.P["staff"][0]
        base = f"{spec['id']:02d}-{c.P['type']}-{spec['L'].lower()}-{spec['prof']}"
        ext = FMT_EXT[spec["fmt"]]
        path = os.path.join(docs_dir, base + "." + ext)
        fmt = spec["fmt"]
        style = {"L1": "blue", "L2": "green", "L3": "plain", "L4": "grey", "L5": "plain", "L6": "blue", "L7": "plain", "L8": "bar"}.get(spec["L"], "plain")
        if fmt == "txt":
            R.to_txt(doc, path)
        elif fmt == "docx":
            R.to_docx(doc, path, seed=spec["id"])
        elif fmt == "odt":
            R.to_odt(doc, path)
        elif fmt == "pdf":
            R.to_pdf(doc, path, seed=spec["id"], style=doc.get("style", style))
        elif fmt == "form":
            R.to_form(doc, path)
        elif fmt == "scan":
            tmp = os.path.join(build, base + "-clean.pdf")
            R.to_pdf(doc, tmp, seed=spec["id"], style=doc.get("style", style))
            R.to_scan(tmp, path, seed=spec["id"])
        elif fmt == "pdfw":
            src = os.path.join(build, base + ".docx")
            R.to_docx(doc, src, seed=spec["id"]); to_convert.append(src)
        lab = label(spec, c)
        acc = []
        if fmt == "scan":
            acc = ["instemming_ouders", "vaststelling"]
        labels.append({"file": f"docs/{base}.{ext}", "format": ext, "layout": lay_name, "school_type": c.P["type"],
                       "scanned": fmt == "scan", "elements": lab, "accept_unclear": acc, "notes": note(spec, c, lay_name),
                       "_consent_given": lab["instemming_ouders"] == "present"})
    for n in NONOPP:
        doc = n["build"]()
        base = f"{n['id']:02d}-none-{n['name']}"
        ext = FMT_EXT[n["fmt"]]
        path = os.path.join(docs_dir, base + "." + ext)
        if n["fmt"] == "pdf":
            R.to_pdf(doc, path, seed=n["id"], style="green")
        elif n["fmt"] == "docx":
            R.to_docx(doc, path, seed=n["id"])
        elif n["fmt"] == "pdfw":
            src = os.path.join(build, base + ".docx"); R.to_docx(doc, src, seed=n["id"]); to_convert.append(src)
        if n["name"].startswith("leeg"):
            el = {e: "incomplete" for e in ELEMS}; el["informatie_rechten"] = "missing"
        else:
            el = {e: "missing" for e in ELEMS}
        labels.append({"file": f"docs/{base}.{ext}", "format": ext, "layout": n["layout"], "school_type": "none", "scanned": False,
                       "elements": el, "accept_unclear": [], "notes": n["note"], "_consent_given": False})
    for l in labels:
        if l["format"] in ("docx", "odt"):
            R.normalize_zip(os.path.join(out, l["file"]))
    if to_convert:
        cmd = ["nice", "soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(build, "lo-profile"), "--convert-to", "pdf", "--outdir", docs_dir] + to_convert
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    for l in labels:
        assert os.path.exists(os.path.join(out, l["file"])), l["file"]
    given = sum(1 for l in labels if l.pop("_consent_given"))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": labels}, f, ensure_ascii=False, indent=1)
    shutil.rmtree(build, ignore_errors=True)
    print(len(labels), "documents;", given, "with consent really given")


if __name__ == "__main__":
    main()
