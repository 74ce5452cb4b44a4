# -*- coding: utf-8 -*-
"""Deterministic generator for blind OPP validation set 2026-12-05g.
Run: ../venv/bin/python gen.py   (needs soffice, pdftoppm)
"""
import datetime as dt, json, os, random, shutil, subprocess, sys
from content import *
from render import render_docx, render_odt, render_rl, render_txt, render_acro, make_scan
import nonopp

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_tmp")

FIRST = [("Sven", "m"), ("Noor", "v"), ("Mees", "m"), ("Fenna", "v"), ("Jurre", "m"), ("Lotte", "v"),
         ("Ilias", "m"), ("Yara", "v"), ("Bram", "m"), ("Saar", "v"), ("Kyan", "m"), ("Mila", "v"),
         ("Tygo", "m"), ("Zoë", "v"), ("Daan", "m"), ("Ivy", "v"), ("Ravi", "m"), ("Elin", "v")]
LAST = ["Verhoef", "Bakkenes", "Oudeman", "Stroeve", "el Idrissi", "Kamphorst", "van Dijkhuis", "Terpstra",
        "Wolfswinkel", "Hoogduin", "Nijenhuis", "de Gooijer", "Lammerse", "Brinkhorst", "Veldkamp"]
SCHOOLS = {"po": ["Basisschool De Kwikstaart", "OBS Het Vlonder", "CBS De Regenboogvis", "Kindcentrum Weidezicht"],
           "sbo": ["SBO De Wissel", "Speciale basisschool Het Anker"],
           "so": ["SO De Tjalk", "School voor SO Zonnewende"],
           "vo": ["Reviuslyceum Marrum", "Het Veldhuis College", "Scholengemeenschap De Brink"],
           "pro": ["Praktijkschool De Werf", "PrO Lindeveld"],
           "vso": ["VSO De Boei", "Kompas VSO Veenhoven", "VSO Het Ruim"]}
PLACES = ["Marrum-Oost", "Veenhoven", "Lindewolde", "Oosterbrug", "Haakstede", "Wijnsloot", "Kelderum"]
SWV = ["Samenwerkingsverband Passend Onderwijs Lindewolde e.o.", "SWV VO Oosterbrug-Haakstede",
       "Stichting Passend Leren Wijnsloot"]
STAFF = ["mw. P. Ouwehand", "dhr. K. Reitsma", "mw. L. Brandsma-Huisman", "dhr. T. de Waard", "mw. H. Sluiter",
         "dhr. W. Oldenhof", "mw. A. Koning", "mw. J. Ter Avest"]
ORTHO = ["Drs. M. Zwiers", "Dr. E. van Lennep", "R. Hoekstra MSc", "Drs. G. Faber-Wit"]
VAK = {"po": "Engels", "sbo": "Engels", "so": "Engels", "vo": "Frans", "pro": "Engels", "vso": "Engels"}
GROEP = {"po": "groep 7", "sbo": "groep 7", "so": "groep 6", "vo": "leerjaar 2", "pro": "leerjaar 3",
         "vso": "leerjaar 4"}


class Doc:
    def __init__(self, id, layout, fmt, st, date, kinds=None, revised=None, adult=False, curatele=False,
                 scanned=False, note="", age=None):
        self.id, self.layout, self.fmt, self.st = id, layout, fmt, st
        self.date = dt.date.fromisoformat(date)
        self.revised = dt.date.fromisoformat(revised) if revised else None
        self.kinds = kinds or {}
        self.adult, self.curatele, self.scanned, self.note = adult, curatele, scanned, note
        r = random.Random(id)
        self.r = r
        self.v = VOICE[layout]
        f, self.g = r.choice(FIRST)
        self.first = f
        self.last = r.choice(LAST)
        self.name = f"{f} {self.last}"
        self.hij = "hij" if self.g == "m" else "zij"
        self.school = r.choice(SCHOOLS[st])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        self.mentor = r.choice(STAFF)
        self.ib = r.choice([s for s in STAFF if s != self.mentor])
        self.dir = r.choice(["dhr. B. Kuipers", "mw. C. Vos-Lambregts", "dhr. F. Meulenbelt", "mw. S. Jonkman"])
        self.rt = r.choice(STAFF)
        self.ortho = r.choice(ORTHO)
        self.mother = f"mw. {r.choice('AEHJMNSW')}. {self.last}"
        self.father = f"dhr. {r.choice('BDGKPRT')}. {self.last}"
        self.curator = "mr. D. Schaapman (curator, Bureau Bewind & Curatele Haakstede)"
        self.uit = r.choice(UITSTROOM[st])
        yrs = 18 if adult else {"po": 10, "sbo": 11, "so": 9, "vo": 13, "pro": 15, "vso": 16}[st]
        self.age = age or yrs
        self.dob = plus(self.date, -int(self.age * 365.25) - r.randint(20, 320))

    # dates derived from the vaststelling date
    @property
    def d_oogo(self): return plus(self.date, -9)

    @property
    def d_ll(self): return plus(self.date, -16)

    @property
    def d_sign(self): return plus(self.date, 6)

    @property
    def pre(self):
        last = self.revised or self.date
        return last < CUTOFF

    def kind(self, el):
        return self.kinds.get(el, "ok")

    def fmtd(self, s):
        ey = self.date.year if self.date.month < 8 else self.date.year + 1
        if self.st in ("vo", "pro", "vso"):
            s = s.replace("AVI-niveau {avi}", "niveau {avi}").replace("AVI {avi}", "niveau {avi}")
        return s.format(n=self.first, N2=self.hij.capitalize(), hij=self.hij, y=self.date.year,
                        y0=self.date.year - 1, g1=self.r.choice([4, 5]), g2=self.r.choice([5, 6]),
                        iq=self.r.choice([76, 81, 84, 88]), lr=self.r.choice([55, 60, 65, 70]),
                        rt=self.rt, start=dlong(plus(self.date, 7)), vak=VAK[self.st],
                        m1=mo(plus(self.date, 140)), m2=mo(plus(self.date, 230)), avi=(self.r.choice(["E5", "M6", "E6"]) if self.st in ("po", "sbo", "so") else self.r.choice(["1F", "2F"])),
                        ortho=self.ortho, d_ortho=dlong(plus(self.date, -120)),
                        d_cvb=dlong(plus(self.date, -20)), d_oogo=dlong(self.d_oogo),
                        ouders=("moeder (" + self.mother + ") en vader (" + self.father + ")"),
                        mentor=self.mentor, d_ll=dlong(self.d_ll),
                        wens=self.r.choice(["bij de dierenambulance werken", "automonteur worden",
                                            "in een kinderopvang werken", "iets met computers doen"]),
                        enll=("" if self.pre else " en " + self.first),
                        ev1=mo(plus(self.date, 100)), ev2=mo(plus(self.date, 220)))

    # ---------------- status derived from the kinds ----------------
    def status(self, el):
        k = self.kind(el)
        if el == "instemming_ouders":
            return {"given": "present", "ok": "present", "stated": "present", "adult_self": "present",
                    "curator": "present", "omit": "missing", "avg_only": "missing"}.get(k, "incomplete")
        if k == "omit":
            if el == "inbreng_leerling" and (self.pre or (self.adult and not self.curatele)):
                return "not_applicable"
            return "missing"
        if el == "inbreng_leerling":
            if self.adult and not self.curatele:
                return "not_applicable"
            if self.pre:
                return "not_applicable"
        if el == "afwijkingen_onderwijsprogramma" and k == "none":
            return "not_applicable"
        if k == "ok":
            return "present"
        return "incomplete"

    # ---------------- body of one element ----------------
    def body(self, el, table_factors=False):
        k = self.kind(el)
        if el == "inbreng_leerling" and k == "ok" and (self.pre or (self.adult and not self.curatele)):
            if self.adult and not self.curatele:
                return [f"{self.first} is meerderjarig en handelingsbekwaam en is zelf gesprekspartner bij dit plan "
                        f"(zie het OOGO en de ondertekening)."]
            return None  # older plans simply have no such section
        if k == "omit":
            return None
        if k == "empty":
            return []
        if k in PLACEHOLDERS:
            return [PLACEHOLDERS[k]]
        if k == "instr":
            return [INSTR[el]]
        if k == "cc_empty":
            return [("cc", None)]
        if el == "instemming_ouders":
            return self.consent(k)
        if el == "uitstroombestemming":
            return [self.uit[0].upper() + self.uit[1:] + "."]
        if el == "onderbouwing":
            if self.v == 1:
                return [self.fmtd(ONDERBOUWING_KORT)]
            return [self.fmtd(ONDERBOUWING[self.st])]
        if el in ("belemmerende_factoren", "bevorderende_factoren"):
            src = (V_BEL if el.startswith("bel") else V_BEV)[self.v]
            if table_factors:
                return [("rows", src)]
            return [f"- {d}: {t}" for d, t in src]
        if el == "ondersteuningsbehoefte":
            return [self.fmtd(V_BEHOEFTE[self.v])]
        if el == "ondersteuning":
            rows = [("Wat", "Door wie", "Hoe vaak", "Vanaf")] + [tuple(self.fmtd(c) for c in row) for row in ONDERSTEUNING]
            if k == "partial":  # only what, no who/when
                return ["We bieden extra hulp bij lezen en rekenen waar dat nodig is."]
            if self.v == 3:
                return [f"{a} ({b}, {c}, vanaf {e})." for a, b, c, e in rows[1:]]
            return [("table", rows, True)]
        if el == "afwijkingen_onderwijsprogramma":
            return [self.fmtd((V_GEEN if k == "none" else V_AFW)[self.v])]
        if el == "doelen":
            return [self.fmtd(x) for x in V_DOELEN[self.v]]
        if el == "adviezen_professionals":
            if k == "zie_verslag":
                return [f"Zie het verslag van {self.ortho} (bijlage 2)."]
            out = [self.fmtd(V_ADVIES[self.v])]
            if self.st in ("so", "vso") and k != "no_cvb":
                out.append(self.fmtd(ADVIES_CVB))
            return out
        if el == "oogo":
            if k == "partial":
                return [("sig", "Datum gesprek met ouders", None), ("cb", False, "Plan besproken met ouders")]
            if self.adult and not self.curatele:
                return [f"Het plan is op {dlong(self.d_oogo)} besproken met {self.first} zelf (18 jaar); op "
                        f"verzoek van {self.first} was ook moeder aanwezig. Verder aanwezig: {self.mentor} (mentor) "
                        f"en de stagecoördinator. {self.first} wilde meer stage-uren; dat is opgenomen."]
            if self.curatele:
                return [f"Het plan is op {dlong(self.d_oogo)} besproken met {self.first} en met de curator, "
                        f"{self.curator}. Aanwezig: {self.mentor} (mentor)."]
            return [self.fmtd(V_OOGO[self.v])]
        if el == "inbreng_leerling":
            if k == "noeffect":
                return [self.fmtd(INBRENG_NOEFFECT)]
            if k == "show":
                return [self.fmtd(INBRENG).split(" Wat we daarmee doen")[0]]
            return [self.fmtd(V_INBRENG[self.v])]
        if el == "evaluatie":
            return [self.fmtd(V_EVAL[self.v])]
        if el == "informatie_rechten":
            if k == "partial":
                return [RECHTEN_PART]
            t = V_RECHTEN[self.v]
            if self.adult and not self.curatele:
                t = (f"{self.first} is meerderjarig en heeft zelf instemmingsrecht op het handelingsdeel. Ben je het "
                     f"niet eens met het plan, praat er dan eerst over met je mentor. Je kunt ook een "
                     f"onderwijsconsulent vragen om mee te denken, en binnen zes weken na de vaststelling kun je "
                     f"naar de Geschillencommissie passend onderwijs.")
            return [t]
        if el == "vaststelling":
            if k == "nodate":
                return [("sig", "Vastgesteld door", f"{self.dir}, directeur"), ("sig", "Datum", None)]
            vs = [f"Dit plan is vastgesteld op {dlong(self.date)} door {self.dir}, directeur van {self.school}.",
                  f"Vastgesteld d.d. {dshort(self.date)} — {self.dir} (directeur)",
                  f"De school heeft dit plan op {dlong(self.date)} vastgesteld. Namens de school: {self.dir}, directeur.",
                  f"Dit plan is vastgesteld op {dlong(self.date)} door {self.dir}, directeur van {self.school}."][self.v]
            return [vs] + \
                ([f"Bijgesteld na evaluatie op {dlong(self.revised)}."] if self.revised else [])
        raise KeyError(el)

    def consent(self, k):
        par = f"{self.mother}"
        ds = dshort(self.d_sign)
        yes = "Ik/wij ga(an) akkoord met het handelingsdeel van het ontwikkelingsperspectief"
        no = "Ik/wij ga(an) niet akkoord met het handelingsdeel"
        school = [("sig", "Namens de school", f"{self.dir} (getekend)"), ("sig", "Datum", dshort(self.date))]
        if k in ("ok", "given"):
            return [("cb", True, yes), ("cb", False, no), ("sig", "Naam ouder/verzorger", par),
                    ("sig", "Handtekening", f"(getekend) {par}"), ("sig", "Datum", ds)] + school
        if k == "stated":
            return [f"Ouders ({self.mother} en {self.father}) hebben op {dlong(self.d_sign)} per e-mail aan de "
                    f"intern begeleider laten weten dat zij instemmen met het handelingsdeel. De e-mail is "
                    f"opgeslagen in het leerlingdossier."]
        if k == "voor_gezien":
            return [("sig", "Handtekening ouder", f"voor gezien, {par}"), ("sig", "Datum", ds)] + school
        if k == "protest":
            return [("cb", True, yes), ("sig", "Handtekening", f"(getekend) {par} — ONDER PROTEST, wij zijn het "
                                                             f"niet eens met de verkorte lesdag"),
                    ("sig", "Datum", ds)]
        if k == "refused":
            return [("cb", False, yes), ("cb", True, no), ("sig", "Toelichting", "wij willen geen plaatsing in de "
                                                                            "prikkelarme groep"),
                    ("sig", "Handtekening", f"(getekend) {par}"), ("sig", "Datum", ds)]
        if k == "partial":
            return [f"Ouders stemmen in met het handelingsdeel, met uitzondering van de inzet van de time-out-ruimte "
                    f"en de verkorte lesdag; daarover volgt nog een gesprek.",
                    ("sig", "Handtekening", f"(getekend) {par}"), ("sig", "Datum", ds)]
        if k == "school_only":
            return school + [("sig", "Handtekening ouder(s)", None), ("sig", "Datum", None)]
        if k == "blank_line":
            return [yes + ":", ("sig", "Handtekening ouder(s)", None), ("sig", "Datum", None)]
        if k == "unticked":
            return [("cb", False, yes), ("cb", False, no), ("sig", "Naam ouder/verzorger", par),
                    ("sig", "Datum", None)]
        if k == "no_date":
            return [("cb", True, yes), ("sig", "Handtekening", f"(getekend) {par}"), ("sig", "Datum", None)]
        if k == "avg_only":
            return None  # handled as an extra section by the layout
        if k == "adult_self":
            return [f"Ik, {self.name}, ben meerderjarig en stem zelf in met het handelingsdeel van dit plan.",
                    ("cb", True, "Akkoord"), ("sig", "Handtekening leerling", f"(getekend) {self.name}"),
                    ("sig", "Datum", ds), ("sig", "Ouder (voor kennisname)", par)]
        if k == "curatele_self":
            return [f"{self.first} staat onder curatele. Curator: {self.curator}.",
                    ("cb", True, "Akkoord met het handelingsdeel"),
                    ("sig", "Handtekening leerling", f"(getekend) {self.name}"), ("sig", "Datum", ds),
                    ("sig", "Handtekening curator", None)]
        if k == "curator":
            return [f"{self.first} staat onder curatele. Instemming door de curator, {self.curator}.",
                    ("cb", True, "Akkoord met het handelingsdeel"),
                    ("sig", "Handtekening curator", "(getekend) D. Schaapman"), ("sig", "Datum", ds),
                    ("sig", "Gezien door leerling", f"{self.name}")]
        raise KeyError(k)

    def avg_section(self):
        return ("Toestemming beeldmateriaal en gegevensuitwisseling (AVG)",
                [("cb", True, "Ik geef toestemming voor foto's van mijn kind op de website en in de nieuwsbrief"),
                 ("cb", True, "Ik geef toestemming om gegevens te delen met de jeugdarts"),
                 ("sig", "Handtekening ouder", f"(getekend) {self.mother}"),
                 ("sig", "Datum", dshort(self.d_sign))])

    def header_fields(self):
        return [("Naam leerling", self.name), ("Geboortedatum", dshort(self.dob)), ("School", f"{self.school}, {self.place}"),
                ("Groep / leerjaar", GROEP[self.st]), ("Mentor / leerkracht", self.mentor),
                ("Intern begeleider / zorgcoördinator", self.ib)]


# ---------------- layouts: section order and headings ----------------
LAYOUTS = {
    "swv-numbered": [
        ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
        ("ondersteuningsbehoefte", "Onderwijs- en ondersteuningsbehoeften"),
        ("uitstroombestemming", "Te verwachten uitstroombestemming"),
        ("onderbouwing", "Onderbouwing van de uitstroombestemming"),
        ("adviezen_professionals", "Adviezen van betrokken deskundigen"),
        ("inbreng_leerling", "Inbreng van de leerling"),
        ("doelen", "Handelingsdeel: doelen"), ("ondersteuning", "Handelingsdeel: ondersteuning en begeleiding"),
        ("afwijkingen_onderwijsprogramma", "Afwijkingen van het onderwijsprogramma"),
        ("evaluatie", "Evaluatie"), ("oogo", "Op overeenstemming gericht overleg met ouders"),
        ("vaststelling", "Vaststelling"), ("instemming_ouders", "Instemming ouders met het handelingsdeel"),
        ("informatie_rechten", "Uw rechten als ouder")],
    "factor-table": [
        ("uitstroombestemming", "Uitstroomprofiel"), ("onderbouwing", "Waarom deze uitstroom?"),
        ("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
        ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Externe adviezen"),
        ("doelen", "Doelen komende periode"), ("ondersteuning", "Aanpak en begeleiding"),
        ("afwijkingen_onderwijsprogramma", "Aanpassingen in het programma"),
        ("inbreng_leerling", "Wat vindt de leerling?"), ("oogo", "Gesprek met ouders"),
        ("evaluatie", "Evaluatiemomenten"), ("vaststelling", "Vastgesteld"),
        ("informatie_rechten", "Niet eens met het plan?"), ("instemming_ouders", "Ondertekening handelingsdeel")],
    "groeidocument": [
        ("inbreng_leerling", "Hoofdstuk 1 — Dit ben ik (de stem van de leerling)"),
        ("bevorderende_factoren", "Hoofdstuk 2 — Wat gaat goed? (stimulerende factoren)"),
        ("belemmerende_factoren", "Hoofdstuk 2 — Wat is lastig? (belemmerende factoren)"),
        ("adviezen_professionals", "Hoofdstuk 3 — Wat zeggen deskundigen?"),
        ("ondersteuningsbehoefte", "Hoofdstuk 3 — Wat heb ik nodig?"),
        ("uitstroombestemming", "Hoofdstuk 4 — Ontwikkelingsperspectief: verwachte uitstroom"),
        ("onderbouwing", "4.2 Onderbouwing"), ("doelen", "4.3 Doelen"),
        ("ondersteuning", "4.4 Arrangement: wie doet wat?"),
        ("afwijkingen_onderwijsprogramma", "4.5 Afwijkend programma"),
        ("evaluatie", "Hoofdstuk 5 — Evaluatie en cyclus"), ("oogo", "Hoofdstuk 6 — Overleg met ouders"),
        ("vaststelling", "Hoofdstuk 6 — Vaststelling door de school"),
        ("instemming_ouders", "Hoofdstuk 6 — Instemming handelingsdeel"),
        ("informatie_rechten", "Bijlage — Informatie voor ouders")],
    "question-headings": [
        ("inbreng_leerling", "Wat wil ik zelf en wat is er met mijn mening gedaan?"),
        ("uitstroombestemming", "Waar gaat het naartoe?"), ("onderbouwing", "Waarom denken we dat?"),
        ("bevorderende_factoren", "Wat helpt?"), ("belemmerende_factoren", "Wat maakt het moeilijk?"),
        ("ondersteuningsbehoefte", "Wat heeft de leerling nodig?"), ("doelen", "Wat willen we bereiken?"),
        ("ondersteuning", "Hoe gaan we dat doen?"), ("afwijkingen_onderwijsprogramma", "Wijkt het lesprogramma af?"),
        ("adviezen_professionals", "Wat adviseren de deskundigen?"), ("oogo", "Wanneer hebben we met ouders overlegd?"),
        ("evaluatie", "Wanneer kijken we terug?"), ("vaststelling", "Wie heeft het plan vastgesteld en wanneer?"),
        ("instemming_ouders", "Gaan de ouders akkoord?"), ("informatie_rechten", "Wat als u het niet eens bent?")],
    "beknopt-form": [
        ("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
        ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Beschermende factoren"),
        ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"),
        ("afwijkingen_onderwijsprogramma", "Afwijking programma"), ("adviezen_professionals", "Advies deskundigen"),
        ("inbreng_leerling", "Inbreng leerling"), ("oogo", "OOGO"), ("evaluatie", "Evaluatie"),
        ("vaststelling", "Vaststelling"), ("instemming_ouders", "Instemming"), ("informatie_rechten", "Rechten")],
    "system-export": [
        ("uitstroombestemming", "Perspectief: verwachte uitstroom"), ("onderbouwing", "Perspectief: argumentatie"),
        ("belemmerende_factoren", "Analyse: belemmerend"), ("bevorderende_factoren", "Analyse: bevorderend"),
        ("ondersteuningsbehoefte", "Analyse: onderwijsbehoeften"), ("adviezen_professionals", "Dossier: adviezen extern"),
        ("doelen", "Plan: doelen"), ("ondersteuning", "Plan: interventies"),
        ("afwijkingen_onderwijsprogramma", "Plan: afwijkend curriculum"), ("inbreng_leerling", "Participatie: leerling"),
        ("oogo", "Participatie: OOGO ouders"), ("evaluatie", "Cyclus: evaluatie"),
        ("vaststelling", "Status: vastgesteld"), ("instemming_ouders", "Status: instemming handelingsdeel"),
        ("informatie_rechten", "Info: rechten ouders")],
    "letter": [
        ("oogo", None), ("inbreng_leerling", None), ("uitstroombestemming", None), ("onderbouwing", None),
        ("bevorderende_factoren", None), ("belemmerende_factoren", None), ("ondersteuningsbehoefte", None),
        ("adviezen_professionals", None), ("doelen", None), ("ondersteuning", None),
        ("afwijkingen_onderwijsprogramma", None), ("evaluatie", None), ("informatie_rechten", None),
        ("vaststelling", None), ("instemming_ouders", None)],
    "fillable-form": [
        ("uitstroombestemming", "Verwachte uitstroombestemming"), ("onderbouwing", "Onderbouwing"),
        ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
        ("ondersteuningsbehoefte", "Ondersteuningsbehoefte"), ("doelen", "Doelen"),
        ("ondersteuning", "Ondersteuning (wat, wie, hoe vaak, vanaf)"),
        ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"),
        ("adviezen_professionals", "Adviezen deskundigen"), ("inbreng_leerling", "Inbreng leerling"),
        ("oogo", "OOGO (datum, aanwezigen)"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
        ("instemming_ouders", "Instemming handelingsdeel"), ("informatie_rechten", "Informatie over rechten")],
    "vso-transitie": [
        ("inbreng_leerling", "Mijn toekomst — wat wil ik?"),
        ("uitstroombestemming", "Uitstroomprofiel en beoogde plek na school"),
        ("onderbouwing", "Onderbouwing"), ("bevorderende_factoren", "Sterke kanten"),
        ("belemmerende_factoren", "Belemmerende factoren"), ("ondersteuningsbehoefte", "Ondersteuningsbehoefte"),
        ("adviezen_professionals", "Advies commissie voor de begeleiding en deskundigen"),
        ("doelen", "Transitiedoelen (wonen, werken, vrije tijd, burgerschap)"),
        ("ondersteuning", "Begeleiding en stage"), ("afwijkingen_onderwijsprogramma", "Programma en lestijd"),
        ("oogo", "Overleg"), ("evaluatie", "Evaluatie"), ("vaststelling", "Vaststelling"),
        ("instemming_ouders", "Ondertekening handelingsdeel"), ("informatie_rechten", "Rechten en bezwaar")],
}

TITLES = {"swv-numbered": "Ontwikkelingsperspectiefplan (OPP)", "factor-table": "OPP — ontwikkelingsperspectief",
          "groeidocument": "Groeidocument", "question-headings": "Ontwikkelingsperspectief in vragen",
          "beknopt-form": "Beknopt OPP", "system-export": "Leerlingdossier — Ontwikkelingsperspectief",
          "letter": "", "fillable-form": "Formulier ontwikkelingsperspectiefplan",
          "vso-transitie": "Ontwikkelingsperspectiefplan VSO / transitieplan"}


def sections(doc):
    """Return (title, header_fields, [(el or None, heading, body)]) for a document."""
    out = []
    lay = LAYOUTS[doc.layout]
    for el, head in lay:
        b = doc.body(el, table_factors=(doc.layout == "factor-table"))
        if el == "instemming_ouders" and doc.kind(el) == "avg_only":
            h, bb = doc.avg_section()
            out.append((None, h, bb))
            continue
        if b is None:
            continue
        out.append((el, head, b))
    return out


# ---------------- the specs ----------------
S = []
def D(*a, **k):
    S.append(Doc(*a, **k))

# swv-numbered: DOCX -> PDF via soffice
D("n01-po-compleet", "swv-numbered", "pdf-soffice", "po", "2025-10-21", note="complete plan, consent given")
D("n02-sbo-voorgezien", "swv-numbered", "pdf-soffice", "sbo", "2025-11-04",
  {"instemming_ouders": "voor_gezien", "doelen": "ntb", "afwijkingen_onderwijsprogramma": "none"},
  note="consent 'voor gezien'; doelen n.t.b.")
D("n03-vo-2024", "swv-numbered", "pdf-soffice", "vo", "2024-11-12", {"afwijkingen_onderwijsprogramma": "none"},
  note="plan set before 1-8-2025, no pupil section (n/a), complete otherwise")
D("n04-po-leeg-kopje", "swv-numbered", "pdf-soffice", "po", "2025-09-30",
  {"bevorderende_factoren": "empty", "evaluatie": "empty", "informatie_rechten": "omit",
   "ondersteuningsbehoefte": "omit"}, note="headings without text; no rights info; no onderwijsbehoeften section")
D("n05-so-geen-cvb", "swv-numbered", "docx", "so", "2025-12-01",
  {"adviezen_professionals": "no_cvb", "instemming_ouders": "no_date"},
  note="so without advice of the commissie voor de begeleiding; consent signed without date")
D("n06-sbo-herzien", "swv-numbered", "pdf-soffice", "sbo", "2025-03-18", {"inbreng_leerling": "omit"},
  revised="2025-10-07", note="set March 2025, revised Oct 2025: pupil input required but absent")
D("n07-vo-protest", "swv-numbered", "pdf-soffice", "vo", "2025-10-02",
  {"instemming_ouders": "protest", "afwijkingen_onderwijsprogramma": "omit"},
  note="consent onder protest; afwijkingen silent")

D("n08-pro-zonder-handelingsdeel", "swv-numbered", "pdf-soffice", "pro", "2025-11-27",
  {"ondersteuning": "omit", "doelen": "omit", "belemmerende_factoren": "omit", "instemming_ouders": "stated"},
  note="plan without handelingsdeel sections (support, goals) and without hindering factors; consent stated by e-mail")

# factor-table: DOCX
D("t01-po-compleet", "factor-table", "docx", "po", "2025-11-18", {"afwijkingen_onderwijsprogramma": "none",
  "instemming_ouders": "stated"}, note="complete; consent stated by e-mail with date")
D("t02-sbo-geweigerd", "factor-table", "docx", "sbo", "2025-10-14", {"instemming_ouders": "refused"},
  note="consent refused (niet akkoord ticked)")
D("t03-vo-bel-leeg", "factor-table", "docx", "vo", "2025-09-23",
  {"belemmerende_factoren": "dots", "onderbouwing": "zie_bijlage"}, note="belemmerend column '...'; onderbouwing 'zie bijlage'")
D("t04-pro-2023", "factor-table", "pdf-soffice", "pro", "2023-10-10", {"evaluatie": "omit"},
  note="2023 plan, no pupil part (n/a), no evaluation")
D("t05-so-partial", "factor-table", "docx", "so", "2025-11-25", {"instemming_ouders": "partial", "oogo": "partial"},
  note="partial consent; OOGO date blank and box unticked")
D("t06-po-bev-weg", "factor-table", "docx", "po", "2026-01-13", {"bevorderende_factoren": "omit",
  "inbreng_leerling": "noeffect"}, note="no bevorderend column; pupil view without effect")
D("t07-vo-compleet", "factor-table", "pdf-soffice", "vo", "2025-10-28", note="complete")

# groeidocument: ODT
D("g01-po-compleet", "groeidocument", "odt", "po", "2025-10-09", {"afwijkingen_onderwijsprogramma": "none"},
  note="complete groeidocument")
D("g02-sbo-instr", "groeidocument", "odt", "sbo", "2025-11-11",
  {"doelen": "instr", "ondersteuningsbehoefte": "instr", "instemming_ouders": "blank_line"},
  note="template instructions left in; blank signature line")
D("g03-so-avg", "groeidocument", "odt", "so", "2025-12-02", {"instemming_ouders": "avg_only"},
  note="AVG/photo consent signed, OPP consent absent")
D("g04-po-2025voor", "groeidocument", "odt", "po", "2025-06-17", {"inbreng_leerling": "show"},
  note="set June 2025 with a pupil chapter (law not yet in force -> n/a)")
D("g05-vo-advies", "groeidocument", "pdf-soffice", "vo", "2025-09-16",
  {"adviezen_professionals": "zie_verslag", "uitstroombestemming": "volgt", "onderbouwing": "volgt"},
  note="advice only 'zie verslag'; uitstroom and onderbouwing 'volgt na overleg'")
D("g06-sbo-vast", "groeidocument", "odt", "sbo", "2026-02-03", {"vaststelling": "nodate", "evaluatie": "aanvullen"},
  note="vaststelling without date; evaluatie 'nog aanvullen'")

# question-headings: DOCX with content controls and tick boxes
D("q01-po-compleet", "question-headings", "docx-cc", "po", "2025-10-30", note="complete, content controls, ticked box")
D("q02-po-unticked", "question-headings", "docx-cc", "po", "2025-11-06", {"instemming_ouders": "unticked",
  "ondersteuning": "tekst"}, note="consent boxes unticked; ondersteuning [tekst]")
D("q03-vo-cc-leeg", "question-headings", "docx-cc", "vo", "2025-12-09",
  {"doelen": "cc_empty", "oogo": "cc_empty", "afwijkingen_onderwijsprogramma": "none"},
  note="content controls left at Word placeholder")
D("q04-sbo-schoolonly", "question-headings", "docx-cc", "sbo", "2025-10-20", {"instemming_ouders": "school_only",
  "informatie_rechten": "partial"}, note="signed only by school; rights only 'contact IB'")
D("q05-so-compleet", "question-headings", "pdf-soffice", "so", "2026-01-20", {"afwijkingen_onderwijsprogramma": "none"},
  note="complete, exported to PDF")
D("q06-po-2024", "question-headings", "docx-cc", "po", "2024-12-03", {"inbreng_leerling": "omit",
  "ondersteuning": "partial"}, note="2024 plan; support without who/how often")

D("q07-vo-vaststelling-weg", "question-headings", "docx-cc", "vo", "2026-02-16",
  {"vaststelling": "omit", "ondersteuningsbehoefte": "omit", "uitstroombestemming": "aanvullen",
   "onderbouwing": "aanvullen"}, note="no vaststelling question; no needs; uitstroom and onderbouwing 'nog aanvullen'")

# beknopt-form: reportlab PDF
D("b01-po-compleet", "beknopt-form", "pdf-rl", "po", "2025-10-16", {"afwijkingen_onderwijsprogramma": "none"}, note="complete short form")
D("b02-vo-kort", "beknopt-form", "pdf-rl", "vo", "2025-11-20", {"onderbouwing": "omit", "adviezen_professionals": "omit",
  "informatie_rechten": "omit"}, note="short form lacking onderbouwing, advice and rights")
D("b03-pro-ntb", "beknopt-form", "pdf-rl", "pro", "2025-09-25", {"uitstroombestemming": "ntb", "onderbouwing": "ntb", "doelen": "dots",
  "afwijkingen_onderwijsprogramma": "none"}, note="uitstroom and onderbouwing n.t.b.; doelen ...")
D("b04-sbo-2025voor", "beknopt-form", "pdf-rl", "sbo", "2025-05-27", {"instemming_ouders": "no_date"},
  note="pre-2025 short form; consent signed without date")
D("b05-po-nvt", "beknopt-form", "pdf-rl", "po", "2025-10-07", {"ondersteuningsbehoefte": "nvt", "vaststelling": "dots"},
  note="onderwijsbehoeften 'n.v.t.' where it applies; vaststelling '...'")

# system-export: reportlab PDF with header/footer
D("s01-vo-compleet", "system-export", "pdf-rl", "vo", "2025-11-03", note="complete export")
D("s02-po-oogo-weg", "system-export", "pdf-rl", "po", "2025-10-13", {"oogo": "omit", "instemming_ouders": "omit"},
  note="no OOGO, no consent section")
D("s03-pro-compleet", "system-export", "pdf-rl", "pro", "2026-02-10", {"afwijkingen_onderwijsprogramma": "none"},
  note="complete pro export")
D("s04-so-2024", "system-export", "pdf-rl", "so", "2024-09-24", {"instemming_ouders": "refused", "evaluatie": "volgt"},
  note="2024 so plan; consent refused; evaluatie 'volgt na overleg'")
D("s05-vo-leeg", "system-export", "pdf-rl", "vo", "2026-03-02", {"belemmerende_factoren": "empty", "bevorderende_factoren": "empty",
  "ondersteuningsbehoefte": "empty", "inbreng_leerling": "empty"}, note="analysis fields empty in export")

# letter: txt and reportlab PDF
D("l01-po-brief", "letter", "txt", "po", "2025-11-12", {"afwijkingen_onderwijsprogramma": "none"}, note="complete letter-style plan")
D("l02-vo-brief", "letter", "txt", "vo", "2025-10-23", {"inbreng_leerling": "omit", "informatie_rechten": "omit"},
  note="letter without pupil input and without rights")
D("l03-sbo-brief", "letter", "pdf-rl", "sbo", "2025-12-15", {"instemming_ouders": "voor_gezien", "doelen": "omit"},
  note="letter with reply slip 'voor gezien'; no goals")
D("l04-pro-brief", "letter", "md", "pro", "2025-02-11", {"instemming_ouders": "given", "afwijkingen_onderwijsprogramma": "none"},
  note="pre-2025 letter, complete (markdown)")

# fillable-form: AcroForm PDF
D("f01-po-compleet", "fillable-form", "pdf-acro", "po", "2025-10-27", note="filled form, consent ticked")
D("f02-vo-unticked", "fillable-form", "pdf-acro", "vo", "2025-11-17", {"instemming_ouders": "unticked",
  "adviezen_professionals": "empty", "afwijkingen_onderwijsprogramma": "none"}, note="consent box unticked; advice field empty")
D("f03-sbo-leegvelden", "fillable-form", "pdf-acro", "sbo", "2025-09-29", {"onderbouwing": "empty", "evaluatie": "empty",
  "vaststelling": "nodate"}, note="several fields left empty")
D("f04-pro-blank", "fillable-form", "pdf-acro", "pro", "2026-01-26", {"instemming_ouders": "blank_line",
  "inbreng_leerling": "noeffect"}, note="signature field empty; pupil view without effect")

D("f05-so-bijlage", "fillable-form", "pdf-acro", "so", "2025-10-01",
  {"ondersteuning": "zie_bijlage", "informatie_rechten": "omit", "vaststelling": "omit"},
  note="support only 'zie bijlage'; no rights and no vaststelling fields")

# vso-transitie: DOCX -> PDF, some DOCX
D("v01-vso-compleet", "vso-transitie", "pdf-soffice", "vso", "2025-10-06", {"afwijkingen_onderwijsprogramma": "none"},
  note="vso complete, 16-year-old")
D("v02-vso-18-zelf", "vso-transitie", "pdf-soffice", "vso", "2025-11-10", {"instemming_ouders": "adult_self"},
  adult=True, note="adult pupil, handelingsbekwaam, signs himself; pupil-input n/a")
D("v03-vso-curatele", "vso-transitie", "docx", "vso", "2025-11-24", {"instemming_ouders": "curatele_self"},
  adult=True, curatele=True, note="pupil under curatele signs himself, curator not: consent incomplete")
D("v04-vso-curator", "vso-transitie", "pdf-soffice", "vso", "2026-01-08", {"instemming_ouders": "curator",
  "afwijkingen_onderwijsprogramma": "none"}, adult=True, curatele=True, age=19, note="curator consents: present")
D("v05-vso-zonder-profiel", "vso-transitie", "docx", "vso", "2025-09-18", {"uitstroombestemming": "omit",
  "onderbouwing": "omit"}, note="vso plan without profile and onderbouwing")

# scans: reportlab source pages rendered to images
D("x01-po-scan", "beknopt-form", "scan", "po", "2025-10-22", {"afwijkingen_onderwijsprogramma": "none"}, scanned=True,
  note="scan of complete short form, signature handwritten")
D("x02-vo-scan", "system-export", "scan", "vo", "2025-11-26", {"instemming_ouders": "no_date", "doelen": "ntb"}, scanned=True,
  note="scan; consent without date; doelen n.t.b.")
D("x03-sbo-scan", "letter", "scan", "sbo", "2024-10-15", {"instemming_ouders": "refused"}, scanned=True,
  note="scanned 2024 letter; consent refused")
D("x04-vso-scan", "vso-transitie", "scan", "vso", "2025-12-04", {"instemming_ouders": "blank_line",
  "evaluatie": "omit"}, scanned=True, note="scanned vso plan, signature line empty")


def build():
    if os.path.exists(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    os.makedirs(DOCS, exist_ok=True)
    for f in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, f))
    labels = []
    to_convert = []
    for d in S:
        secs = sections(d)
        title = TITLES[d.layout]
        base = d.id
        if d.fmt in ("pdf-soffice", "docx", "docx-cc"):
            cc = d.layout == "question-headings"
            out = os.path.join(TMP if d.fmt == "pdf-soffice" else DOCS, base + ".docx")
            render_docx(d, title, secs, out, content_controls=cc)
            if d.fmt == "pdf-soffice":
                to_convert.append(out)
            file, fmt = (base + (".pdf" if d.fmt == "pdf-soffice" else ".docx")), ("pdf" if d.fmt == "pdf-soffice" else "docx")
        elif d.fmt == "odt":
            render_odt(d, title, secs, os.path.join(DOCS, base + ".odt"))
            file, fmt = base + ".odt", "odt"
        elif d.fmt in ("txt", "md"):
            render_txt(d, title, secs, os.path.join(DOCS, base + "." + d.fmt), md=(d.fmt == "md"))
            file, fmt = base + "." + d.fmt, d.fmt
        elif d.fmt == "pdf-rl":
            render_rl(d, title, secs, os.path.join(DOCS, base + ".pdf"))
            file, fmt = base + ".pdf", "pdf"
        elif d.fmt == "pdf-acro":
            render_acro(d, title, secs, os.path.join(DOCS, base + ".pdf"))
            file, fmt = base + ".pdf", "pdf"
        elif d.fmt == "scan":
            src = os.path.join(TMP, base + "-src.pdf")
            render_rl(d, title, secs, src, handwriting=True)
            make_scan(src, os.path.join(DOCS, base + ".pdf"), seed=base)
            file, fmt = base + ".pdf", "pdf"
        els = {e: d.status(e) for e in ELS}
        acc = []
        if d.scanned:
            acc = ["instemming_ouders"]
        labels.append({"file": "docs/" + file, "format": fmt, "layout": d.layout, "school_type": d.st,
                       "scanned": d.scanned, "elements": els, "accept_unclear": acc,
                       "notes": f"{d.layout}; {d.fmt}; plan date {d.date.isoformat()}"
                                + (f", revised {d.revised.isoformat()}" if d.revised else "") + "; " + d.note})
    for entry in nonopp.build(DOCS, TMP, to_convert):
        labels.append(entry)
    if to_convert:
        subprocess.run(["nice", "soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + to_convert,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    json.dump({"version": 1, "docs": labels}, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    shutil.rmtree(TMP)
    print(len(labels), "documents")


if __name__ == "__main__":
    build()
