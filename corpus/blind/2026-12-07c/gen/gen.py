# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-07c.
Run:  /work/blind50/venv/bin/python gen/gen.py   (from the corpus folder or anywhere)
No clock, no network; every random choice uses a fixed per-document seed."""
import os, re, sys, json, random, shutil, tempfile, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import PERSONS, SCHOOLS, SWV, STAFF, AB_VIS, AB_AUD, A, VSO_PROFILES
import render as R
from docs_spec import DOCS
import nonopp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "docs")
ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte",
       "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo", "instemming_ouders",
       "inbreng_leerling", "evaluatie", "informatie_rechten", "vaststelling"]
CUTOFF = datetime.date(2025, 8, 1)
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def D(s):
    return datetime.date(*map(int, s.split("-")))


def lang(d):
    return "%d %s %d" % (d.day, MAAND[d.month - 1], d.year)


def kort(d):
    return d.strftime("%d-%m-%Y")


def iso(d):
    return d.isoformat()


def schoolyear(d):
    return d.year if d.month >= 8 else d.year - 1


# ------------------------------------------------------------------ gap texts
INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vso-profiel of vo-schoolsoort/niveau.]",
    "onderbouwing": "Geef hier een onderbouwing van het uitstroomperspectief op basis van de gegevens uit het LVS, onderzoeken en de schoolloopbaan (max. 10 regels).",
    "belemmerende_factoren": "Noem hier de belemmerende factoren (maximaal 5). Denk aan: leren, werkhouding, sociaal-emotioneel, thuis.",
    "bevorderende_factoren": "Noem hier de bevorderende factoren: wat helpt deze leerling? (sterke kanten, interesses, steun thuis)",
    "ondersteuningsbehoefte": "<Beschrijf wat de leerling nodig heeft: instructie, materialen, aanpak, omgeving.>",
    "ondersteuning": "Beschrijf per doel: wat wordt ingezet, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Indien van toepassing: beschrijf hier de afwijkingen van het reguliere onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling (hoorrecht) en hoe die is meegenomen in het plan.",
    "evaluatie": "Geef aan wanneer en hoe het OPP wordt geëvalueerd (minimaal 1x per schooljaar).",
    "informatie_rechten": "Standaardtekst over instemmingsrecht en geschillen hier invoegen.",
    "vaststelling": "Datum vaststelling en naam/functie invullen.",
}
BIJLAGE = {
    "uitstroombestemming": "Zie het uitstroomprofiel in het leerlingdossier (ParnasSys-tabblad 'Perspectief').",
    "onderbouwing": "Zie LVS-overzicht en onderzoeksverslag in bijlage 2.",
    "belemmerende_factoren": "Zie bijlage 1 (groeidocument, analyse).",
    "bevorderende_factoren": "Zie het groeidocument (bijlage 1).",
    "ondersteuningsbehoefte": "Zie het groepsplan van de groep.",
    "ondersteuning": "Zie groepsplan en individueel handelingsplan (bijlage 3).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 3.",
    "doelen": "Zie het groepsplan rekenen en taal (bijlage).",
    "adviezen_professionals": "Zie verslag van de ambulant begeleider (bijlage 2).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie kindgesprek (bijlage 4).",
    "evaluatie": "Zie de jaarplanning zorg op de website van de school.",
    "informatie_rechten": "Voor bezwaar en klachten: zie de klachtenregeling op de website van de school.",
    "vaststelling": "Zie handtekeningenblad.",
}
GENERIC = {
    "uitstroombestemming": "Wij streven ernaar dat alle leerlingen uitstromen naar een passende vorm van vervolgonderwijs.",
    "onderbouwing": "De uitstroombestemming wordt bepaald op basis van de toetsresultaten, de ontwikkeling en de schoolloopbaan, zoals bij alle leerlingen van onze school.",
    "belemmerende_factoren": "Leerlingen kunnen belemmerd worden door factoren op het gebied van leren, gedrag, thuissituatie en gezondheid.",
    "bevorderende_factoren": "Alle leerlingen op onze school profiteren van een veilig klimaat, betrokken leerkrachten en kleine groepen.",
    "ondersteuningsbehoefte": "Nieuwkomers hebben behoefte aan intensief taalonderwijs, een veilige omgeving en aandacht voor welbevinden.",
    "ondersteuning": "De school biedt alle leerlingen de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel: handelingsgericht werken, "
    "drie instructieniveaus en een zorgstructuur met intern begeleider.",
    "afwijkingen_onderwijsprogramma": "Waar nodig passen wij het onderwijsprogramma aan de leerling aan.",
    "doelen": "De leerling werkt aan de kerndoelen en de referentieniveaus die gelden voor groep 8.",
    "adviezen_professionals": "De commissie voor de begeleiding heeft het ontwikkelingsperspectief besproken.",
    "oogo": "Ouders worden bij ons altijd betrokken bij het opstellen van het OPP.",
    "inbreng_leerling": "Op onze school mogen alle leerlingen meepraten over hun eigen leerproces.",
    "evaluatie": "Alle OPP's worden jaarlijks geëvalueerd volgens de zorgcyclus van de school.",
    "informatie_rechten": "Heeft u vragen over dit plan? Neem dan contact op met de mentor.",
    "vaststelling": "Het OPP wordt vastgesteld volgens de procedure van het samenwerkingsverband.",
}
VAGUE = {
    "doelen": ["{n} gaat vooruit met rekenen.", "{n} voelt zich prettig in de groep.", "{n} werkt beter zelfstandig."],
    "evaluatie": "Het OPP wordt regelmatig geëvalueerd.",
    "onderbouwing": "Dit past bij het beeld van {n}.",
}
PLACE = {"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "volgt na overleg met ouders", "empty": "",
         "plchdr": "Klik of tik om tekst in te voeren.", "nvt": "n.v.t.", "xxx": "xxx"}


class Doc:
    pass


def shift_years(s, k):
    if not k:
        return s
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + k), s)


def prep(spec):
    d = Doc()
    d.__dict__.update(spec)
    d.date = D(spec["date"])
    d.revised = D(spec["revised"]) if spec.get("revised") else None
    d.a = A[spec["arch"]]
    roep, achter, g, geb, o1, o2 = PERSONS[spec["person"]]
    d.roep, d.naam, d.geb = roep, roep + " " + achter, D(geb)
    d.hij, d.zijn, d.hem = ("hij", "zijn", "hem") if g == "m" else ("zij", "haar", "haar")
    d.ouder1, d.ouder2 = o1, o2
    d.ouders = o1 + (" en " + o2 if o2 else "")
    d.school, d.plaats, d.st = SCHOOLS[spec["school"]]
    d.swv = SWV[d.st]
    r = random.Random(spec["seed"])
    d.rng = r
    st = STAFF[:]
    r.shuffle(st)
    d.mentor, d.ib, d.dir, d.extra = st[0], st[1], st[2], st[3]
    base = d.revised or d.date
    d.oogo_date = base - datetime.timedelta(days=r.randint(5, 16))
    d.cons_date = base + datetime.timedelta(days=r.randint(0, 6))
    d.eval1 = base + datetime.timedelta(days=r.randint(80, 110))
    d.eval2 = base + datetime.timedelta(days=r.randint(330, 360))
    age = (d.date - d.geb).days // 365.25
    d.age = int(age)
    d.adult = d.st == "vso" and d.age >= 18 and not spec.get("curator")
    d.curator = spec.get("curator")
    last = d.revised or d.date
    d.pre = last < CUTOFF
    d.shift = schoolyear(d.date if not d.revised else d.revised) - spec.get("arch_year", d.a.get("year", 2025))
    d.gaps = spec.get("gaps", {})
    d.consent = spec.get("consent", "sig")
    return d


def F(d, s):
    s = shift_years(s, d.shift)
    return s.format(n=d.roep, hij=d.hij, Hij=d.hij.capitalize(), zijn=d.zijn, Zijn=d.zijn.capitalize(), hem=d.hem)


# ------------------------------------------------------------------ element contents
class El:
    def __init__(self, **k):
        self.text = None; self.items = None; self.rows = None; self.opts = None; self.gap = None; self.omit = False
        self.__dict__.update(k)


def contents(d):
    a = d.a
    C = {}
    C["uitstroombestemming"] = El(text=F(d, a["uitstroom"]))
    C["onderbouwing"] = El(text=F(d, a["onderbouwing"]))
    C["belemmerende_factoren"] = El(items=[(x, F(d, t)) for x, t in a["belem"]])
    C["bevorderende_factoren"] = El(items=[(x, F(d, t)) for x, t in a["bevord"]])
    C["ondersteuningsbehoefte"] = El(text=F(d, a["behoefte"]))
    C["ondersteuning"] = El(rows=[tuple(F(d, x) for x in row) for row in a["ondersteuning"]])
    if a["afw"]:
        C["afwijkingen_onderwijsprogramma"] = El(text=F(d, a["afw"]), has=True)
    else:
        C["afwijkingen_onderwijsprogramma"] = El(text=F(d, "Er zijn geen afwijkingen van het onderwijsprogramma: {n} volgt het reguliere programma; "
                                                        "de aanpassingen in materiaal en aanpak staan bij de ondersteuning."), has=False)
    C["doelen"] = El(items=[F(d, x) for x in a["doelen"]])
    C["adviezen_professionals"] = El(text=F(d, a["adviezen"]))
    who = d.ouders
    if d.adult:
        who = "%s zelf, met op zijn verzoek zijn ouders (%s)" % (d.roep, d.ouders)
    if d.curator:
        who = "%s (curator) en %s" % (d.curator, d.roep)
    C["oogo"] = El(text="Het ontwikkelingsperspectief is op %s besproken met %s, %s (%s) en %s (%s). %s" % (
        lang(d.oogo_date), who, d.mentor, "mentor" if d.st in ("vo", "pro", "vso") else "groepsleerkracht", d.ib,
        "zorgcoördinator" if d.st in ("vo", "pro", "vso") else "intern begeleider",
        d.rng.choice(["Ouders herkennen het beeld; hun wens om het plan na drie maanden tussentijds te bespreken is overgenomen.",
                      "De opmerkingen uit dit gesprek zijn in deze versie verwerkt (onder meer de frequentie van de begeleiding).",
                      "Er is overeenstemming bereikt over het perspectief en het handelingsdeel."])))
    q, ch = a["inbreng"]
    C["inbreng_leerling"] = El(text=F(d, q) + " " + F(d, ch), quote=F(d, q), change=F(d, ch))
    with_pupil = "" if d.pre else (" en %s" % d.roep)
    if d.adult:
        with_pupil = ""
    C["evaluatie"] = El(text="Tussentijdse evaluatie met ouders%s op %s; jaarlijkse evaluatie en bijstelling van het OPP in %s %d. "
                             "Daarbij bespreken we de doelen, de ondersteuning en het uitstroomperspectief." % (
                                 with_pupil if not d.adult else "", lang(d.eval1), MAAND[d.eval2.month - 1], d.eval2.year))
    if d.adult:
        C["evaluatie"].text = "Tussentijdse evaluatie met %s op %s; jaarlijkse evaluatie en bijstelling in %s %d." % (
            d.roep, lang(d.eval1), MAAND[d.eval2.month - 1], d.eval2.year)
    party = "U" if not d.adult else "Je"
    if d.curator:
        C["evaluatie"].text = C["evaluatie"].text.replace("met ouders en", "met de curator en")
    if d.curator:
        C["informatie_rechten"] = El(text="De curator beslist namens %s en heeft instemmingsrecht op het handelingsdeel. Is de curator het niet eens met "
                                          "(een deel van) het OPP, dan gaan we eerst in gesprek. Ook kan advies worden gevraagd aan een onderwijsconsulent. "
                                          "Binnen zes weken na de vaststelling kan een geschil worden voorgelegd aan de Geschillencommissie passend onderwijs." % d.roep)
    elif d.adult:
        C["informatie_rechten"] = El(text="Omdat je 18 jaar bent en zelf beslist, heb jij instemmingsrecht op het handelingsdeel. Ben je het niet eens met "
                                          "(een deel van) het plan, bespreek het dan eerst met je mentor of de directeur. Je kunt ook hulp vragen aan een "
                                          "onderwijsconsulent. Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie "
                                          "passend onderwijs.")
    else:
        C["informatie_rechten"] = El(text=d.rng.choice([
            "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP. Bent u het niet eens met (een deel van) het OPP, dan gaan we eerst met u in "
            "gesprek. U kunt ook advies vragen aan het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u "
            "het geschil voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht).",
            "Zonder uw instemming wordt het handelingsdeel niet uitgevoerd. Als u het niet eens bent met het OPP kunt u terecht bij de directeur, het "
            "samenwerkingsverband (ouder- en jeugdsteunpunt) en de onderwijsconsulenten. Een geschil over het OPP kunt u binnen zes weken voorleggen "
            "aan de Geschillencommissie passend onderwijs.",
        ]))
    C["vaststelling"] = El(text="Vastgesteld op %s door %s, %s." % (lang(d.date), d.dir, "directeur" if d.st not in ("vo",) else "teamleider/locatiedirecteur"),
                           date=d.date, by=d.dir)
    C["instemming_ouders"] = El()

    # apply gaps
    for el, kind in d.gaps.items():
        if el == "instemming_ouders":
            continue
        c = C[el]
        c.gap = kind
        if kind == "omit":
            c.omit = True
        elif kind in PLACE:
            c.text = PLACE[kind]
        elif kind == "instr":
            c.text = INSTR[el]
        elif kind == "bijlage":
            c.text = BIJLAGE[el]
        elif kind == "generic":
            c.text = GENERIC[el]
        elif kind == "vague":
            v = VAGUE[el]
            if isinstance(v, list):
                c.items = [F(d, x) for x in v]; continue
            c.text = F(d, v)
        elif kind == "nochange":
            c.text = c.quote
        elif kind == "sent":
            c.text = "Het concept-OPP is op %s per e-mail aan ouders toegestuurd." % lang(d.oogo_date)
        elif kind == "nodate":
            c.text = "Het OPP is besproken met ouders op ..-..-20.. (datum invullen)."
        elif kind == "partial":
            c.rows = [(r[0], "n.t.b.", "n.t.b.", "") for r in c.rows]
            continue
        elif kind == "unticked":
            c.text = ""
        elif kind == "nodateset":
            c.text = "Vastgesteld door %s." % d.dir
        else:
            raise ValueError(kind)
        if kind not in ("vague",):
            c.items = None
            if kind != "partial":
                c.rows = None
    return C


# ------------------------------------------------------------------ consent
CONSENT_LABEL = {
    "sig": "present", "tick": "present", "digital": "present", "email": "present", "strook": "present", "adult_self": "present",
    "curator": "present", "wg": "present", "scribble_only": "present", "mondeling": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank_line": "incomplete", "unticked_box": "incomplete", "no_date": "incomplete",
    "gelezen": "incomplete", "wrong_parents": "incomplete", "wrong_pupil": "incomplete", "avg_plus_blank": "incomplete",
    "avg_only": "missing", "omit": "missing",
}
SCRIBBLE_KINDS = {"sig", "scribble_only", "adult_self", "curator", "tick", "strook"}


def consent_blocks(d, kind, heading=True, scribble=True):
    S = "scribble" if scribble else "w.g."
    dt = kort(d.cons_date)
    sch = ("Namens de school", d.dir + " (directeur)", kort(d.date), S)
    o1 = ("Ouder/verzorger", d.ouder1, dt, S)
    o2 = ("Ouder/verzorger", d.ouder2, dt, S) if d.ouder2 else None
    par = [x for x in (o1, o2) if x]
    intro = ("p", "Met ondertekening verklaren ouders in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan.")
    B = []
    if kind == "sig":
        B = [intro, ("sig", par + [sch])]
    elif kind == "scribble_only":
        B = [("p", "Handtekening ouder(s) voor instemming met het handelingsdeel:"), ("sig", par[:1])]
    elif kind == "tick":
        B = [("checks", [(True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van het OPP."),
                         (False, "Ouder(s)/verzorger(s) stemmen niet in met het handelingsdeel van het OPP.")]),
             ("sig", par + [sch])]
    elif kind == "wg":
        B = [("p", "Voor akkoord (instemming met het handelingsdeel): %s, %s, w.g." % (d.ouder1, dt)),
             ("p", "Voor de school: %s, %s, w.g." % (d.dir, kort(d.date)))]
    elif kind == "digital":
        B = [("p", "Instemming handelingsdeel: digitaal ondertekend door %s via het ouderportaal op %s om 20:%02d uur "
                   "(verklaring: 'Ik stem in met het handelingsdeel van het OPP'). Transactiecode OP-%05d." % (
                       d.ouder1, dt, d.rng.randint(0, 59), d.rng.randint(10000, 99999))),
             ("p", "Vastgesteld namens de school door %s op %s." % (d.dir, kort(d.date)))]
    elif kind == "email":
        B = [("p", "Instemming: ouders hebben op %s per e-mail aan %s laten weten in te stemmen met het handelingsdeel "
                   "(\"Wij gaan akkoord met het plan zoals we het besproken hebben.\"). De e-mail is opgenomen in het leerlingdossier." % (lang(d.cons_date), d.ib))]
    elif kind == "mondeling":
        B = [("p", "Instemming handelingsdeel: ouders (%s) hebben op %s in het gesprek met %s ingestemd met het handelingsdeel; "
                   "de instemming is dezelfde dag per brief aan ouders bevestigd en niet door hen betwist." % (d.ouders, lang(d.cons_date), d.ib))]
    elif kind == "strook":
        B = [("h2", "Antwoordstrook (graag binnen twee weken retour)"),
             ("checks", [(True, "Ik/wij stem(men) in met het handelingsdeel van het ontwikkelingsperspectief."),
                         (False, "Ik/wij stem(men) niet in en wil(len) graag een gesprek.")]),
             ("sig", par)]
    elif kind == "adult_self":
        B = [("p", "%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel." % d.roep),
             ("checks", [(True, "Ik stem in met het handelingsdeel van mijn OPP."), (False, "Ik stem niet in.")]),
             ("sig", [("Leerling", d.naam, dt, S), sch])]
    elif kind == "curator":
        B = [("p", "%s staat onder curatele. De curator beslist namens haar over het handelingsdeel; %s is gehoord (zie inbreng leerling)." % (d.roep, d.roep)),
             ("checks", [(True, "De curator stemt in met het handelingsdeel."), (False, "De curator stemt niet in.")]),
             ("sig", [("Curator", d.curator, dt, S), ("Leerling (gezien)", d.naam, dt, S), sch])]
    elif kind == "voor_gezien":
        B = [("p", "Voor gezien:"), ("sig", par + [sch])]
    elif kind == "gelezen":
        B = [("checks", [(True, "Ouders hebben het OPP gelezen en besproken."), (False, "Ouders hebben vragen over het OPP.")]),
             ("sig", par[:1] + [sch])]
    elif kind == "onder_protest":
        B = [intro, ("sig", [(o1[0], o1[1], o1[2], "scribble" if scribble else "w.g.")] + [sch]),
             ("p", "Toevoeging ouder bij ondertekening: \"Getekend onder protest. Wij zijn het niet eens met het verminderen van de logopedie en "
                   "hebben dit aangegeven in het gesprek.\"")]
    elif kind == "refused":
        B = [("checks", [(False, "Ouder(s) stemmen in met het handelingsdeel."), (True, "Ouder(s) stemmen niet in met het handelingsdeel.")]),
             ("p", "Toelichting ouders: wij willen eerst een second opinion over de uitstroombestemming."),
             ("sig", par[:1] + [sch])]
    elif kind == "partial":
        B = [("checks", [(False, "Ouders stemmen in met het volledige handelingsdeel."),
                         (True, "Ouders stemmen in met het handelingsdeel, met uitzondering van: het aangepaste rooster en de afwijkingen van het programma."),
                         (False, "Ouders stemmen niet in.")]),
             ("sig", par + [sch])]
    elif kind == "school_only":
        B = [intro, ("sig", [(o1[0], o1[1], "", None)] + ([(o2[0], o2[1], "", None)] if o2 else []) + [sch])]
    elif kind == "blank_line":
        B = [intro, ("sig", [("Ouder/verzorger 1", "", "", None), ("Ouder/verzorger 2", "", "", None), ("Namens de school", "", "", None)])]
    elif kind == "unticked_box":
        B = [("checks", [(False, "Ouder(s) stemmen in met het handelingsdeel van het OPP."),
                         (False, "Ouder(s) stemmen niet in met het handelingsdeel van het OPP.")]),
             ("sig", par[:1] + [sch])]
    elif kind == "no_date":
        B = [intro, ("sig", [(r[0], r[1], "", r[3]) for r in par] + [(sch[0], sch[1], "", sch[3])])]
    elif kind == "wrong_parents":
        B = [intro, ("sig", par + [("Leerling", d.naam, "", None), sch])]
    elif kind == "wrong_pupil":
        B = [("p", "Met ondertekening wordt ingestemd met het handelingsdeel."),
             ("sig", [("Leerling", d.naam, dt, S), ("Curator", d.curator or "", "", None), sch])]
    elif kind == "avg_only":
        B = [("h2", "Toestemming gegevensuitwisseling (AVG)"),
             ("p", "Ouders geven toestemming om gegevens uit dit plan te delen met de ambulante dienst, het samenwerkingsverband en de jeugdarts, "
                   "en om foto's van hun kind te gebruiken in het groeidocument."),
             ("sig", par)]
    elif kind == "avg_plus_blank":
        B = [("h2", "Toestemming gegevensuitwisseling (AVG)"),
             ("p", "Ouders geven toestemming om gegevens te delen met de externe deskundigen die in dit plan genoemd worden."),
             ("sig", par),
             ("h2", "Instemming handelingsdeel"), intro,
             ("sig", [("Ouder/verzorger", "", "", None), ("Ouder/verzorger", "", "", None)])]
    elif kind == "omit":
        B = []
    else:
        raise ValueError(kind)
    return B


# ------------------------------------------------------------------ helpers for layouts
def gv(c):
    """Text value of a simple element for a field (gaps included)."""
    return c.text if c.text is not None else ""


def factors_text(c):
    if c.items is None:
        return gv(c)
    return "\n".join("- %s" % t for _, t in c.items)


def goals_text(c):
    if c.items is None:
        return gv(c)
    return "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(c.items))


def support_text(c):
    if c.rows is None:
        return gv(c)
    return "\n".join("- %s (%s; %s; vanaf %s)" % r if r[3] else "- %s (%s; %s)" % r[:3] for r in c.rows)


def support_table(c, hdr=("Wat", "Wie", "Hoe vaak", "Vanaf")):
    if c.rows is None:
        return [("p", gv(c))] if gv(c) else []
    return [("table", list(hdr), [list(r) for r in c.rows])]


def uitstroom_opts(d, c):
    a = d.a
    if "po_opts" in a:
        opts, pick = a["po_opts"], a["po_pick"]
    elif "vo_opts" in a:
        opts, pick = a["vo_opts"], a["vo_pick"]
    else:
        opts, pick = ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], a["vso_pick"]
    if c.gap == "unticked":
        return [(False, o) for o in opts]
    if c.gap:
        return None
    return [(i == pick, o) for i, o in enumerate(opts)]


def gegevens(d, extra=()):
    rows = [("Naam leerling", d.naam), ("Geboortedatum", kort(d.geb)), ("School", "%s, %s" % (d.school, d.plaats)),
            ("Groep/klas", F(d, d.a["klas"])), ("Ouders/verzorgers" if not d.curator else "Ouders / curator",
                                                d.ouders if not d.curator else "%s / curator: %s" % (d.ouders, d.curator))]
    rows += list(extra)
    return ("kv", rows)


def datum_opp(d):
    s = kort(d.date)
    if d.revised:
        s = "%s (bijgesteld %s)" % (s, kort(d.revised))
    return s


# ------------------------------------------------------------------ layouts
def L_numbered(d, C):
    """swv-genummerd: numbered sections, SWV format."""
    B = [("header", "%s – format OPP (versie 3.1, 2024)" % d.swv),
         ("footer", "OPP %s – vertrouwelijk – pagina {page}" % d.naam),
         ("title", "Ontwikkelingsperspectiefplan (OPP)"), ("sub", d.swv)]
    sec = [0]

    def H(t):
        sec[0] += 1; B.append(("h1", "%d. %s" % (sec[0], t))); return sec[0]
    H("Gegevens")
    B.append(gegevens(d, [("Mentor/groepsleerkracht", d.mentor), ("Intern begeleider/zorgcoördinator", d.ib), ("Datum OPP", datum_opp(d))]))
    n = H("Beeld van de leerling")
    sub = [0]

    def H2(t):
        sub[0] += 1; B.append(("h2", "%d.%d %s" % (n, sub[0], t)))
    for el, t in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren")):
        c = C[el]
        if c.omit: continue
        H2(t)
        if c.items is not None:
            B.append(("bul", ["%s: %s" % (k, v) for k, v in c.items]))
        elif c.text:
            B.append(("p", c.text))
    c = C["ondersteuningsbehoefte"]
    if not c.omit:
        H2("Onderwijs- en ondersteuningsbehoeften")
        if gv(c): B.append(("p", gv(c)))
    if not C["adviezen_professionals"].omit:
        H("Adviezen van deskundigen")
        if gv(C["adviezen_professionals"]): B.append(("p", gv(C["adviezen_professionals"])))
    n = H("Ontwikkelingsperspectief"); sub[0] = 0
    for el, t in (("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        c = C[el]
        if c.omit: continue
        H2(t)
        if el == "uitstroombestemming" and d.st == "vso":
            B.append(("checks", uitstroom_opts(d, c) or [(False, p) for p in VSO_PROFILES]))
            if gv(c): B.append(("p", "Concreet: " + gv(c)))
        elif gv(c):
            B.append(("p", gv(c)))
    n = H("Handelingsdeel"); sub[0] = 0
    c = C["doelen"]
    if not c.omit:
        H2("Doelen voor de komende periode")
        if c.items: B.append(("bul", c.items))
        elif gv(c): B.append(("p", gv(c)))
    c = C["ondersteuning"]
    if not c.omit:
        H2("Ondersteuning en begeleiding")
        B += support_table(c)
    c = C["afwijkingen_onderwijsprogramma"]
    if not c.omit:
        H2("Afwijkingen van het onderwijsprogramma")
        if gv(c): B.append(("p", gv(c)))
    if not C["inbreng_leerling"].omit:
        H("Inbreng van de leerling")
        if gv(C["inbreng_leerling"]): B.append(("p", gv(C["inbreng_leerling"])))
    if not C["oogo"].omit:
        H("Overleg met ouders (op overeenstemming gericht overleg)")
        if gv(C["oogo"]): B.append(("p", gv(C["oogo"])))
    if not C["evaluatie"].omit:
        H("Evaluatie")
        if gv(C["evaluatie"]): B.append(("p", gv(C["evaluatie"])))
    H("Vaststelling, instemming en rechten")
    c = C["vaststelling"]
    if not c.omit:
        if c.gap:
            B.append(("kv", [("Vastgesteld op / door", gv(c))]))
        else:
            B.append(("kv", [("Datum vaststelling", kort(d.date)), ("Vastgesteld door", "%s, directeur" % d.dir)] +
                      ([("Bijgesteld", kort(d.revised))] if d.revised else [])))
    c = C["informatie_rechten"]
    if not c.omit and gv(c):
        B.append(("p", gv(c)))
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_twocol(d, C):
    """tweekolom: the whole plan in one two-column table."""
    rows = [("Naam", d.naam), ("Geboortedatum", kort(d.geb)), ("School / groep", "%s – %s" % (d.school, F(d, d.a["klas"]))),
            ("Datum", datum_opp(d)), ("Opgesteld door", "%s en %s" % (d.mentor, d.ib))]
    m = [("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing uitstroom"),
         ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
         ("ondersteuningsbehoefte", "Onderwijsbehoeften"), ("adviezen_professionals", "Adviezen externe deskundigen"),
         ("doelen", "Doelen komende periode"), ("ondersteuning", "Ondersteuning (wat / wie / hoe vaak)"),
         ("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("inbreng_leerling", "Stem van de leerling"),
         ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Rechten van ouders"),
         ("vaststelling", "Vastgesteld")]
    for el, lab in m:
        c = C[el]
        if c.omit: continue
        if el in ("belemmerende_factoren", "bevorderende_factoren"): v = factors_text(c)
        elif el == "doelen": v = goals_text(c)
        elif el == "ondersteuning": v = support_text(c)
        else: v = gv(c)
        rows.append((lab, v))
    B = [("title", "OPP %s" % d.naam), ("sub", "%s – ontwikkelingsperspectiefplan schooljaar %d-%d" % (d.school, schoolyear(d.date), schoolyear(d.date) + 1)),
         ("kv", rows)]
    cb = consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    if cb:
        B += [("h1", "Ondertekening")] + cb
    return B


def L_domain(d, C):
    """domeintabel: belemmerend / bevorderend per domain."""
    B = [("title", "Ontwikkelingsperspectief – analyse en handelingsdeel"), ("sub", "%s | %s" % (d.school, d.swv)),
         gegevens(d, [("Datum", datum_opp(d)), ("IB / zorgcoördinator", d.ib)])]
    be, bv = C["belemmerende_factoren"], C["bevorderende_factoren"]
    B.append(("h1", "A. Analyse per domein"))
    doms = []
    for it in (be.items or []) + (bv.items or []):
        if it[0] not in doms: doms.append(it[0])
    if not doms: doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis"]
    hdr = ["Domein"] + ([] if be.omit else ["Belemmerend"]) + ([] if bv.omit else ["Bevorderend"])
    rows = []
    for i, dm in enumerate(doms):
        r = [dm]
        for c in (be, bv):
            if c.omit: continue
            if c.items is not None:
                r.append("\n".join(t for k, t in c.items if k == dm))
            else:
                r.append(gv(c) if i == 0 else "")
        rows.append(r)
    B.append(("table", hdr, rows))
    if not C["ondersteuningsbehoefte"].omit:
        B += [("h1", "B. Onderwijs- en ondersteuningsbehoeften"), ("p", gv(C["ondersteuningsbehoefte"]))]
    B.append(("h1", "C. Perspectief"))
    kv = []
    if not C["uitstroombestemming"].omit: kv.append(("Uitstroombestemming", gv(C["uitstroombestemming"])))
    if not C["onderbouwing"].omit: kv.append(("Onderbouwing", gv(C["onderbouwing"])))
    if kv: B.append(("kv", kv))
    B.append(("h1", "D. Handelingsdeel"))
    c = C["doelen"]
    if not c.omit:
        B.append(("h2", "Doelen"))
        if d.fmt == "docx" and c.gap == "plchdr":
            B.append(("cc", "", PLACE["plchdr"], True))
        elif c.items: B.append(("bul", c.items))
        else: B.append(("p", gv(c)))
    if not C["ondersteuning"].omit:
        B.append(("h2", "Aanpak en ondersteuning"))
        B += support_table(C["ondersteuning"], ("Interventie", "Uitvoerder", "Frequentie", "Start"))
    c = C["afwijkingen_onderwijsprogramma"]
    if not c.omit:
        B.append(("h2", "Afwijkingen van het onderwijsprogramma"))
        if c.gap == "unticked":
            B.append(("checks", [(False, "Geen afwijkingen"), (False, "Wel afwijkingen, namelijk: ...................................")]))
        elif c.gap:
            B.append(("p", gv(c)))
        else:
            B.append(("checks", [(not c.has, "Geen afwijkingen"), (c.has, "Wel afwijkingen, namelijk:")]))
            if c.has: B.append(("p", gv(c)))
    if not C["adviezen_professionals"].omit:
        B += [("h1", "E. Adviezen deskundigen"), ("p", gv(C["adviezen_professionals"]))]
    if not C["inbreng_leerling"].omit:
        B += [("h1", "F. Wat vindt de leerling?"), ("p", gv(C["inbreng_leerling"]))]
    B.append(("h1", "G. Afspraken met ouders"))
    kv = []
    for el, lab in (("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie"), ("informatie_rechten", "Uw rechten")):
        if not C[el].omit: kv.append((lab, gv(C[el])))
    if kv: B.append(("kv", kv))
    B.append(("h1", "H. Vaststelling en ondertekening"))
    if not C["vaststelling"].omit: B.append(("p", gv(C["vaststelling"])))
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_groei(d, C):
    """groeidocument: OPP as one chapter of a wider document."""
    B = [("footer", "Groeidocument %s – %s – pagina {page}" % (d.naam, d.swv)), ("title", "Groeidocument"),
         ("sub", "%s – %s" % (d.naam, d.school)),
         ("h1", "1. Gegevens"), gegevens(d, [("Datum groeidocument", datum_opp(d)), ("Contactpersoon", d.ib)]),
         ("h1", "2. Hulpvraag en schoolloopbaan"),
         ("p", F(d, "{n} zit op %s sinds groep 1/2 (instroom via aanmelding van ouders). De hulpvraag van school: hoe kunnen wij {n} zo begeleiden "
                   "dat {hij} zich verder ontwikkelt richting het verwachte uitstroomniveau? De hulpvraag van ouders: dat {n} met plezier naar school gaat.") % d.school),
         ("h1", "3. Onderzoeksgegevens en adviezen")]
    if not C["adviezen_professionals"].omit:
        B.append(("p", gv(C["adviezen_professionals"])))
    else:
        B.append(("p", "Onderzoeksverslagen zijn opgenomen in het leerlingdossier."))
    B.append(("h1", "4. Ontwikkelingsperspectief (OPP)"))
    kv = []
    for el, lab in (("uitstroombestemming", "4.1 Te verwachten uitstroombestemming"), ("onderbouwing", "4.2 Onderbouwing"),
                    ("belemmerende_factoren", "4.3 Belemmerende factoren"), ("bevorderende_factoren", "4.4 Bevorderende factoren"),
                    ("ondersteuningsbehoefte", "4.5 Onderwijsbehoeften")):
        c = C[el]
        if c.omit: continue
        kv.append((lab, factors_text(c) if el.endswith("factoren") else gv(c)))
    B.append(("kv", kv))
    B.append(("h1", "5. Handelingsdeel"))
    if not C["doelen"].omit:
        B += [("h2", "5.1 Doelen"), ("p", goals_text(C["doelen"]))]
    if not C["ondersteuning"].omit:
        B += [("h2", "5.2 Ondersteuning")] + support_table(C["ondersteuning"])
    if not C["afwijkingen_onderwijsprogramma"].omit:
        B += [("h2", "5.3 Afwijkingen van het onderwijsprogramma"), ("p", gv(C["afwijkingen_onderwijsprogramma"]))]
    B.append(("h1", "6. Gesprekken"))
    if not C["oogo"].omit: B += [("h2", "6.1 Gesprek met ouders"), ("p", gv(C["oogo"]))]
    if not C["inbreng_leerling"].omit: B += [("h2", "6.2 Gesprek met de leerling"), ("p", gv(C["inbreng_leerling"]))]
    B.append(("h1", "7. Evaluatie en afspraken"))
    if not C["evaluatie"].omit: B.append(("p", gv(C["evaluatie"])))
    B.append(("h1", "8. Vaststelling en ondertekening"))
    if not C["vaststelling"].omit: B.append(("p", gv(C["vaststelling"])))
    if not C["informatie_rechten"].omit: B.append(("i", gv(C["informatie_rechten"])))
    B += consent_blocks(d, d.consent)
    return B


def L_beknopt(d, C):
    """beknopt-opp: short form; docx version uses content controls and check-box controls."""
    cc = d.fmt == "docx"

    def val(el, v):
        c = C[el]
        if cc:
            return ("cc", PLACE["plchdr"] if c.gap == "plchdr" else v, c.gap == "plchdr")
        return v
    B = [("title", "Beknopt OPP"), ("sub", "%s – voor leerlingen met een arrangement op schoolniveau" % d.swv),
         ("kv", [("Leerling", ("cc", d.naam, False) if cc else d.naam), ("Geboortedatum", kort(d.geb)), ("School", d.school),
                 ("Groep/klas", F(d, d.a["klas"])), ("Datum", datum_opp(d))])]
    B.append(("h1", "1. Perspectief"))
    kv = []
    for el, lab in (("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing (kort)")):
        if not C[el].omit: kv.append((lab, val(el, gv(C[el]))))
    B.append(("kv", kv))
    B.append(("h1", "2. Beeld"))
    kv = []
    for el, lab in (("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"),
                    ("ondersteuningsbehoefte", "Wat heeft de leerling nodig?"), ("adviezen_professionals", "Advies externen")):
        c = C[el]
        if c.omit: continue
        kv.append((lab, val(el, factors_text(c) if el.endswith("factoren") else gv(c))))
    B.append(("kv", kv))
    B.append(("h1", "3. Handelingsdeel"))
    kv = []
    for el, lab in (("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
                    ("inbreng_leerling", "Inbreng leerling"), ("oogo", "Besproken met ouders"), ("evaluatie", "Evaluatie")):
        c = C[el]
        if c.omit: continue
        v = goals_text(c) if el == "doelen" else support_text(c) if el == "ondersteuning" else gv(c)
        kv.append((lab, val(el, v)))
    B.append(("kv", kv))
    B.append(("h1", "4. Vaststelling en instemming"))
    kv = []
    if not C["vaststelling"].omit:
        c = C["vaststelling"]
        kv.append(("Vastgesteld", val("vaststelling", gv(c))))
    if not C["informatie_rechten"].omit:
        kv.append(("Rechten ouders", val("informatie_rechten", gv(C["informatie_rechten"]))))
    if kv: B.append(("kv", kv))
    cb = consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    if cc:
        cb = [("ccbox", b[1]) if b[0] == "checks" else b for b in cb]
    B += cb
    return B


def L_questions(d, C):
    """vraagkoppen: each part under a question heading."""
    n = d.roep
    B = [("title", "Ontwikkelingsperspectief van %s" % d.naam), ("sub", "%s, %s – %s" % (d.school, d.plaats, datum_opp(d))),
         ("h1", "Wie is %s?" % n),
         ("p", F(d, "{n} (%s) zit in %s. {Hij} woont in %s.") % (kort(d.geb), F(d, d.a["klas"]), d.plaats))]
    Q = [("bevorderende_factoren", "Wat gaat goed? Wat helpt %s?" % n), ("belemmerende_factoren", "Wat maakt leren moeilijk?"),
         ("ondersteuningsbehoefte", "Wat heeft %s nodig?" % n), ("adviezen_professionals", "Wat adviseren deskundigen?"),
         ("uitstroombestemming", "Waar werken we naartoe?"), ("onderbouwing", "Waarom verwachten we dat?"),
         ("doelen", "Aan welke doelen werken we?"), ("ondersteuning", "Wat doen we, wie doet het en hoe vaak?"),
         ("afwijkingen_onderwijsprogramma", "Wijkt het programma af van dat van de groep?"),
         ("inbreng_leerling", "Wat vindt %s zelf, en wat hebben we daarmee gedaan?" % n),
         ("oogo", "Hoe hebben we met ouders overlegd?"), ("evaluatie", "Wanneer kijken we terug?"),
         ("informatie_rechten", "Wat als u het niet eens bent?"), ("vaststelling", "Wanneer is dit plan vastgesteld?")]
    for el, q in Q:
        c = C[el]
        if c.omit: continue
        B.append(("h1", q))
        if el == "uitstroombestemming" and c.gap == "unticked":
            B.append(("checks", uitstroom_opts(d, c)))
            continue
        if el.endswith("factoren") and c.items is not None:
            B.append(("bul", [t for _, t in c.items]))
        elif el == "doelen" and c.items is not None:
            B.append(("bul", c.items))
        elif el == "ondersteuning" and c.rows is not None:
            B += support_table(c)
        elif gv(c):
            B.append(("p", gv(c)))
    cb = consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    if cb: B += [("h1", "Handtekeningen")] + cb
    return B


def L_letter(d, C):
    """brief: the plan as a letter to the parents, with a reply slip."""
    n = d.roep
    B = [("p", "%s\nPostbus %d\n%s" % (d.school, 100 + d.rng.randint(0, 800), d.plaats)),
         ("p", "Aan de ouders/verzorgers van %s\n%s" % (d.naam, d.ouders)),
         ("p", "%s, %s" % (d.plaats, lang(d.date))),
         ("p", "Betreft: ontwikkelingsperspectiefplan (OPP) van %s" % n),
         ("p", "Geachte ouders/verzorgers,")]
    if not C["oogo"].omit:
        B.append(("p", gv(C["oogo"]) if C["oogo"].gap else "Hartelijk dank voor het gesprek. " + gv(C["oogo"])))
    B.append(("p", "In deze brief leggen wij het ontwikkelingsperspectief van %s vast." % n))
    if not C["uitstroombestemming"].omit:
        B += [("h2", "Verwachte uitstroombestemming"), ("p", gv(C["uitstroombestemming"]))]
    if not C["onderbouwing"].omit:
        B += [("h2", "Waarop baseren wij dit?"), ("p", gv(C["onderbouwing"]))]
    for el, lab in (("belemmerende_factoren", "Wat het leren belemmert"), ("bevorderende_factoren", "Wat %s helpt" % n)):
        c = C[el]
        if c.omit: continue
        B.append(("h2", lab))
        B.append(("bul", [t for _, t in c.items]) if c.items is not None else ("p", gv(c)))
    if not C["ondersteuningsbehoefte"].omit:
        B += [("h2", "Wat %s nodig heeft" % n), ("p", gv(C["ondersteuningsbehoefte"]))]
    if not C["adviezen_professionals"].omit:
        B += [("h2", "Adviezen van deskundigen"), ("p", gv(C["adviezen_professionals"]))]
    B.append(("h2", "Handelingsdeel"))
    if not C["doelen"].omit:
        B += [("p", "Doelen:")] + ([("bul", C["doelen"].items)] if C["doelen"].items else [("p", gv(C["doelen"]))])
    if not C["ondersteuning"].omit:
        B += [("p", "Ondersteuning:")] + support_table(C["ondersteuning"])
    if not C["afwijkingen_onderwijsprogramma"].omit:
        B += [("p", "Afwijkingen van het onderwijsprogramma: " + gv(C["afwijkingen_onderwijsprogramma"]))]
    if not C["inbreng_leerling"].omit:
        B += [("h2", "Wat %s zelf heeft gezegd" % n), ("p", gv(C["inbreng_leerling"]))]
    if not C["evaluatie"].omit:
        B += [("h2", "Evaluatie"), ("p", gv(C["evaluatie"]))]
    if not C["vaststelling"].omit:
        c = C["vaststelling"]
        B.append(("p", ("Het OPP is vastgesteld op %s door %s, directeur." % (lang(d.date), d.dir)) if not c.gap else "Vaststelling: " + gv(c)))
    if not C["informatie_rechten"].omit:
        B += [("h2", "Uw rechten"), ("p", gv(C["informatie_rechten"]))]
    B += [("p", "Met vriendelijke groet,\n\n%s\ndirecteur %s" % (d.dir, d.school)), ("hr",)]
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_export(d, C):
    """systeemexport: LVS export with field codes and footers."""
    sysn = "KlasKompas LVS 8.4"
    ft = "Afgedrukt uit %s door %s op %s | Vertrouwelijk – niet verspreiden | Pagina {page}" % (sysn, d.ib, kort(d.date + datetime.timedelta(days=d.rng.randint(1, 9))))
    B = [("footer", ft), ("title", "Export leerlingdossier – Ontwikkelingsperspectief"),
         ("p", "Leerling-ID: %06d   Status document: DEFINITIEF   Sjabloon: OPP_%s_v2" % (d.rng.randint(100000, 999999), d.st.upper())),
         ("kv", [("leerling.naam", d.naam), ("leerling.geboortedatum", iso(d.geb)), ("school.naam", d.school), ("leerling.klas", F(d, d.a["klas"])),
                 ("opp.datum_aangemaakt", iso(d.date - datetime.timedelta(days=30))), ("opp.versie", "2" if d.revised else "1")])]
    kv = []
    m = [("uitstroombestemming", "opp.uitstroom.bestemming"), ("onderbouwing", "opp.uitstroom.onderbouwing"),
         ("belemmerende_factoren", "opp.factoren.belemmerend"), ("bevorderende_factoren", "opp.factoren.bevorderend"),
         ("ondersteuningsbehoefte", "opp.onderwijsbehoeften"), ("adviezen_professionals", "opp.adviezen_extern"),
         ("doelen", "opp.hd.doelen"), ("ondersteuning", "opp.hd.ondersteuning"), ("afwijkingen_onderwijsprogramma", "opp.hd.afwijkingen"),
         ("inbreng_leerling", "opp.inbreng_leerling"), ("oogo", "opp.oogo"), ("evaluatie", "opp.evaluatie.planning"),
         ("informatie_rechten", "opp.info_rechten")]
    for el, lab in m:
        c = C[el]
        if c.omit: continue
        if el.endswith("factoren"): v = factors_text(c)
        elif el == "doelen": v = goals_text(c)
        elif el == "ondersteuning": v = support_text(c)
        else: v = gv(c)
        kv.append((lab, v if v else "-"))
    half = len(kv) // 2
    B += [("h1", "Perspectief en analyse"), ("kv", kv[:half]), ("pb",), ("h1", "Handelingsdeel en afspraken"), ("kv", kv[half:])]
    c = C["vaststelling"]
    vs = []
    if not c.omit:
        if c.gap:
            vs = [("opp.vastgesteld_op", "-" if c.gap != "nodateset" else ""), ("opp.vastgesteld_door", gv(c) or "-")]
        else:
            vs = [("opp.vastgesteld_op", iso(d.date)), ("opp.vastgesteld_door", d.dir + " (directeur)")]
            if d.revised: vs.append(("opp.bijgesteld_op", iso(d.revised)))
    B += [("h1", "Vaststelling en ondertekening"), ("kv", vs or [("opp.status", "definitief")])]
    k = d.consent
    log = {
        "digital": "ondertekening.ouder1 = GETEKEND (digitaal, ouderportaal) %s %s\nondertekening.verklaring = 'Ik stem in met het handelingsdeel'" % (d.ouder1, iso(d.cons_date)),
        "no_date": "ondertekening.ouder1 = GETEKEND %s, datum: -" % d.ouder1,
        "adult_self": "ondertekening.leerling = GETEKEND (digitaal) %s %s\nondertekening.opmerking = leerling meerderjarig en handelingsbekwaam, stemt zelf in met handelingsdeel" % (d.naam, iso(d.cons_date)),
        "school_only": "ondertekening.school = GETEKEND %s %s\nondertekening.ouder1 = OPEN" % (d.dir, iso(d.date)),
        "wg": "ondertekening.ouder1 = 'akkoord handelingsdeel' w.g. %s %s" % (d.ouder1, iso(d.cons_date)),
    }
    if k in log:
        B.append(("kv", [("Ondertekening", log[k])]))
    else:
        B += consent_blocks(d, k, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_ab(d, C):
    """ab-cluster: OPP of a regular school with ambulante begeleiding from a cluster 1/2 institution."""
    inst = AB_VIS if "visueel" in d.arch else AB_AUD
    cl = "1 (visueel)" if "visueel" in d.arch else "2 (auditief/communicatief)"
    B = [("header", "%s – OPP met ambulante begeleiding cluster %s" % (d.school, cl)), ("title", "Ontwikkelingsperspectiefplan"),
         ("sub", "met begeleidingsplan ambulante dienstverlening – %s" % inst),
         gegevens(d, [("Ambulant begeleider", d.extra + " (" + inst.split(" (")[0] + ")"), ("Indicatie", "Arrangement cluster %s, toegekend door de Commissie van Onderzoek" % cl.split(" ")[0]),
                      ("Datum", datum_opp(d))]),
         ("h1", "Zintuiglijke en communicatieve situatie"),
         ("p", "Zie de belemmerende factoren hieronder; het functioneel onderzoek van de ambulante dienst is besproken met ouders en leerkracht.")]
    be, bv = C["belemmerende_factoren"], C["bevorderende_factoren"]
    B.append(("h1", "Belemmerende en bevorderende factoren"))
    rows = []
    L1 = [t for _, t in be.items] if be.items is not None else ([gv(be)] if not be.omit else [])
    L2 = [t for _, t in bv.items] if bv.items is not None else ([gv(bv)] if not bv.omit else [])
    for i in range(max(len(L1), len(L2), 1)):
        rows.append([L1[i] if i < len(L1) else "", L2[i] if i < len(L2) else ""])
    B.append(("table", ["Belemmerend", "Bevorderend"], rows))
    if not C["ondersteuningsbehoefte"].omit:
        B += [("h1", "Onderwijsbehoeften en aanpassingen in de klas"), ("p", gv(C["ondersteuningsbehoefte"]))]
    if not C["adviezen_professionals"].omit:
        B += [("h1", "Advies ambulante dienst en andere deskundigen"), ("p", gv(C["adviezen_professionals"]))]
    B.append(("h1", "Perspectief"))
    kv = []
    if not C["uitstroombestemming"].omit: kv.append(("Verwachte uitstroom", gv(C["uitstroombestemming"])))
    if not C["onderbouwing"].omit: kv.append(("Onderbouwing", gv(C["onderbouwing"])))
    if kv: B.append(("kv", kv))
    B.append(("h1", "Handelingsdeel en inzet ambulante begeleiding"))
    if not C["doelen"].omit: B += [("h2", "Doelen")] + ([("bul", C["doelen"].items)] if C["doelen"].items else [("p", gv(C["doelen"]))])
    if not C["ondersteuning"].omit: B += [("h2", "Inzet")] + support_table(C["ondersteuning"], ("Activiteit", "Door", "Frequentie", "Vanaf"))
    if not C["afwijkingen_onderwijsprogramma"].omit:
        B += [("h2", "Afwijkingen van het programma"), ("p", gv(C["afwijkingen_onderwijsprogramma"]))]
    for el, lab in (("inbreng_leerling", "Inbreng van de leerling"), ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie (school, ouders, ambulant begeleider)"),
                    ("informatie_rechten", "Informatie voor ouders")):
        if not C[el].omit:
            B += [("h1", lab), ("p", gv(C[el]))]
    B.append(("h1", "Vaststelling en instemming"))
    if not C["vaststelling"].omit: B.append(("p", gv(C["vaststelling"])))
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_isk(d, C):
    """isk-taalperspectief: newcomer plan built around language levels."""
    po = d.st == "po"
    skills = [("Luisteren", "A1", "A2", "B1"), ("Lezen", "A0", "A2", "A2+"), ("Spreken", "A0", "A1+", "A2"), ("Schrijven", "A0", "A1", "A2")]
    if po:
        skills = [("Woordenschat", "0", "1.240 woorden", "2.000 woorden"), ("Technisch lezen", "–", "AVI-E3", "AVI-M5"),
                  ("Begrijpend lezen", "–", "eenvoudige zinnen", "eenvoudige zakelijke tekst"), ("Spreken", "–", "korte zinnen", "vertellen in de klas")]
    B = [("title", "OPP Nieuwkomer – taalperspectief"), ("sub", "%s – %s" % (d.school, d.swv)),
         gegevens(d, [("Land van herkomst / thuistaal", "Syrië / Arabisch" if po else "Afghanistan / Dari"),
                      ("Datum in Nederland", "maart 2025" if po else shift_years("januari 2025", d.shift)),
                      ("Datum OPP", datum_opp(d)), ("Mentor / NT2-coördinator", d.mentor)]),
         ("h1", "1. Taalprofiel"), ("table", ["Vaardigheid", "Bij instroom", "Nu", "Streefniveau einde schooljaar"], [list(s) for s in skills]),
         ("h1", "2. Uitstroomperspectief")]
    c = C["uitstroombestemming"]
    if not c.omit:
        B.append(("kv", [("Verwachte uitstroom", gv(c))]))
    if not C["onderbouwing"].omit:
        B.append(("kv", [("Onderbouwing (taalgroei, rekenen, NNI, schoolloopbaan)", gv(C["onderbouwing"]))]))
    B.append(("h1", "3. Factoren"))
    kv = []
    for el, lab in (("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoeften")):
        c = C[el]
        if not c.omit: kv.append((lab, factors_text(c) if el.endswith("factoren") else gv(c)))
    B.append(("kv", kv))
    B.append(("h1", "4. Handelingsdeel"))
    for el, lab in (("doelen", "Doelen"), ("ondersteuning", "Ondersteuning"), ("afwijkingen_onderwijsprogramma", "Afwijkingen van het programma"),
                    ("adviezen_professionals", "Adviezen deskundigen")):
        c = C[el]
        if c.omit: continue
        B.append(("h2", lab))
        if el == "ondersteuning": B += support_table(c)
        elif el == "doelen" and c.items: B.append(("bul", c.items))
        else: B.append(("p", gv(c)))
    B.append(("h1", "5. Gesprekken, evaluatie en vaststelling"))
    for el, lab in (("inbreng_leerling", "Gesprek met de leerling (met tolk)"), ("oogo", "Gesprek met ouders (met tolk)"), ("evaluatie", "Evaluatie"),
                    ("informatie_rechten", "Rechten"), ("vaststelling", "Vaststelling")):
        if not C[el].omit:
            B += [("h2", lab), ("p", gv(C[el]))]
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


def L_vso(d, C):
    """vso-transitieplan: profile tick boxes, transition to work / day activity / further education."""
    B = [("title", "OPP en transitieplan VSO"), ("sub", "%s – schooljaar %d-%d" % (d.school, schoolyear(d.date), schoolyear(d.date) + 1)),
         gegevens(d, [("Leeftijd op datum OPP", "%d jaar" % d.age), ("Mentor", d.mentor), ("Datum", datum_opp(d))]),
         ("h1", "1. Uitstroomprofiel")]
    c = C["uitstroombestemming"]
    if not c.omit:
        B.append(("checks", uitstroom_opts(d, c) or [(False, p) for p in VSO_PROFILES]))
        B.append(("kv", [("Concrete bestemming na school", gv(c) if not c.gap or c.gap != "unticked" else "")]))
    if not C["onderbouwing"].omit:
        B += [("h2", "Onderbouwing"), ("p", gv(C["onderbouwing"]))]
    B.append(("h1", "2. Wat helpt en wat belemmert"))
    rows = []
    be, bv = C["belemmerende_factoren"], C["bevorderende_factoren"]
    for c, lab in ((bv, "Bevorderend"), (be, "Belemmerend")):
        if c.omit: continue
        if c.items is not None:
            rows += [[lab, k, t] for k, t in c.items]
        else:
            rows.append([lab, "", gv(c)])
    B.append(("table", ["Soort", "Gebied", "Omschrijving"], rows))
    if not C["ondersteuningsbehoefte"].omit:
        B += [("h2", "Ondersteuningsbehoefte"), ("p", gv(C["ondersteuningsbehoefte"]))]
    B.append(("h1", "3. Transitieplan en handelingsdeel"))
    if not C["doelen"].omit:
        B += [("h2", "Doelen")] + ([("bul", C["doelen"].items)] if C["doelen"].items else [("p", gv(C["doelen"]))])
    if not C["ondersteuning"].omit:
        B += [("h2", "Ondersteuning en begeleiding")] + support_table(C["ondersteuning"])
    if not C["afwijkingen_onderwijsprogramma"].omit:
        B += [("h2", "Afwijkingen van het onderwijsprogramma"), ("p", gv(C["afwijkingen_onderwijsprogramma"]))]
    if not C["adviezen_professionals"].omit:
        B += [("h1", "4. Advies commissie voor de begeleiding en andere deskundigen"), ("p", gv(C["adviezen_professionals"]))]
    B.append(("h1", "5. Overleg, evaluatie en vaststelling"))
    for el, lab in (("inbreng_leerling", "Wat vindt %s zelf?" % d.roep), ("oogo", "Overleg"), ("evaluatie", "Evaluatie"),
                    ("informatie_rechten", "Rechten"), ("vaststelling", "Vaststelling")):
        if not C[el].omit:
            B += [("h2", lab), ("p", gv(C[el]))]
    B.append(("h1", "6. Instemming handelingsdeel"))
    B += consent_blocks(d, d.consent, scribble=d.fmt not in ("txt", "odt"))
    return B


LAYOUTS = {"swv-genummerd": L_numbered, "tweekolom": L_twocol, "domeintabel": L_domain, "groeidocument": L_groei,
           "beknopt-opp": L_beknopt, "vraagkoppen": L_questions, "brief": L_letter, "systeemexport": L_export,
           "ab-cluster": L_ab, "isk-taalperspectief": L_isk, "vso-transitieplan": L_vso}


# ------------------------------------------------------------------ labels
def labels_for(d, C):
    L = {}
    for el in ELS:
        if el == "instemming_ouders":
            L[el] = CONSENT_LABEL[d.consent]
            continue
        c = C[el]
        if el == "inbreng_leerling" and (d.pre or d.adult):
            L[el] = "not_applicable"; continue
        if c.omit:
            L[el] = "missing"
        elif c.gap:
            L[el] = "incomplete"
        elif el == "afwijkingen_onderwijsprogramma" and not c.has:
            L[el] = "not_applicable"
        else:
            L[el] = "present"
    return L


# ------------------------------------------------------------------ writing
FMT_LABEL = {"docx": "docx", "pdfw": "pdf", "pdf": "pdf", "form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf", "scanw": "pdf"}
EXT = {"docx": ".docx", "pdfw": ".pdf", "pdf": ".pdf", "form": ".pdf", "odt": ".odt", "txt": ".txt", "md": ".md", "scan": ".pdf", "scanw": ".pdf"}


def emit(blocks, fmt, name, tmp, seed):
    out = os.path.join(OUT, name + EXT[fmt])
    if fmt == "docx":
        R.write_docx(blocks, out, tmp, seed)
    elif fmt == "pdfw":
        src = os.path.join(tmp, name + ".docx"); R.write_docx(blocks, src, tmp, seed)
        pdf = R.soffice_pdf(src, tmp); shutil.move(pdf, out)
    elif fmt == "pdf":
        R.write_pdf(blocks, out, tmp, seed)
    elif fmt == "form":
        R.write_pdf_form(blocks, out, tmp, seed)
    elif fmt == "odt":
        R.write_odt(blocks, out)
    elif fmt == "txt":
        R.write_txt(blocks, out)
    elif fmt == "md":
        R.write_txt(blocks, out, md=True)
    elif fmt == "scan":
        src = os.path.join(tmp, name + "_src.pdf"); R.write_pdf(blocks, src, tmp, seed)
        R.scan_pdf(src, out, tmp, seed)
    elif fmt == "scanw":
        src = os.path.join(tmp, name + ".docx"); R.write_docx(blocks, src, tmp, seed)
        pdf = R.soffice_pdf(src, tmp); R.scan_pdf(pdf, out, tmp, seed)
    return "docs/" + name + EXT[fmt]


def main(only=None):
    if os.path.isdir(OUT) and not only:
        shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="blind50_")
    entries = []
    for spec in DOCS:
        if only and spec["id"] not in only:
            continue
        name = spec["id"]
        if spec.get("kind") == "nonopp":
            blocks, labels, st = nonopp.build(spec)
            layout = spec["layout"]
        elif spec.get("kind") == "jongeren":
            d = prep(spec)
            blocks, labels = nonopp.jongeren(d, spec, F, consent_blocks, lang, kort)
            st = d.st; layout = spec["layout"]
        else:
            d = prep(spec)
            C = contents(d)
            blocks = LAYOUTS[spec["layout"]](d, C)
            if spec.get("append_jongeren"):
                jb, _ = nonopp.jongeren(d, spec, F, consent_blocks, lang, kort, appendix=True)
                blocks = blocks + [("pb",)] + jb
            labels = labels_for(d, C)
            st = d.st; layout = spec["layout"]
        file = emit(blocks, spec["fmt"], name, tmp, spec["seed"])
        acc = list(spec.get("accept_unclear", []))
        if spec.get("kind") not in ("nonopp",) and spec["fmt"] in ("scan", "scanw"):
            for e in ("instemming_ouders", "vaststelling"):
                if e not in acc: acc.append(e)
        if spec.get("kind") is None and spec.get("consent", "sig") in SCRIBBLE_KINDS and spec["fmt"] in ("pdf", "pdfw", "docx", "form") \
                and spec["layout"] != "systeemexport" and "instemming_ouders" not in acc and spec.get("consent", "sig") != "tick":
            acc.append("instemming_ouders")
        for k, v in spec.get("override", {}).items():
            labels[k] = v
        entries.append({"file": file, "format": FMT_LABEL[spec["fmt"]], "layout": layout, "school_type": st,
                        "scanned": spec["fmt"] in ("scan", "scanw"), "elements": labels, "accept_unclear": acc, "notes": spec["notes"]})
        print("ok", file)
    shutil.rmtree(tmp, ignore_errors=True)
    if not only:
        with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
        head = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README_head.md"), encoding="utf-8").read()
        lines = [head, "", "## Documents", "", "| file | type | layout | format | note |", "|---|---|---|---|---|"]
        for e in entries:
            lines.append("| %s | %s | %s | %s%s | %s |" % (e["file"], e["school_type"], e["layout"], e["format"], " (scan)" if e["scanned"] else "", e["notes"]))
        with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return entries


if __name__ == "__main__":
    main(sys.argv[1:] or None)
