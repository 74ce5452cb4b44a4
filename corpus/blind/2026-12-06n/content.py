# -*- coding: utf-8 -*-
"""Content model for the blind OPP set: pupils, element texts, gap variants and their labels.

Body items used by all renderers:
  str                               a paragraph
  ("table", header, rows)           a table (list of str header, list of rows)
  ("sig", role, name, date, signed) a signature line; signed=True means a visible signature
  ("box", checked, label)           a tick box
"""
import random
from datetime import date

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

CUTOFF = date(2025, 8, 1)

FIRST_M = ["Daan", "Milan", "Sem", "Luuk", "Jesse", "Thijs", "Noah", "Bram", "Mees", "Jurre", "Stijn", "Ravi",
           "Yusuf", "Tijn", "Finn", "Morris", "Kees", "Ilias", "Gijs", "Wout"]
FIRST_F = ["Lotte", "Fenna", "Isa", "Noor", "Sanne", "Yara", "Mila", "Evi", "Roos", "Jasmijn", "Lieke",
           "Amira", "Femke", "Tess", "Loïs", "Nova", "Merel", "Zoë", "Hanne", "Ilse"]
LAST = ["Verhoeckx", "Van Duinhoven", "Brakel", "Tjoenhaar", "Kleinjan", "Oosterveld", "De Lanoy", "Spruijtenburg",
        "Hazeveld", "Van Ommeringen", "Berkelmans", "Dijkgraaf-Molen", "El Haddouti", "Rijnsdorp", "Vlasblom",
        "Terwindt", "Koopmeiners", "Van Stralen", "Wijnbergen", "Postmeulen", "Achterhuis", "Ginjaar"]
PLACES = ["Lindervaart", "Oosterbroek", "Hazelmonde", "Kievitsdal", "Wolderen", "Zandhaeghe", "Merwedijk",
          "Bosscherveen", "Ulvenhout-Zuid", "Dreumelaan"]
STAFF = ["J. Bakkenes", "M. Oudeweg", "R. Siebelink", "A. Kortenhoeven", "P. van Nimwegen", "S. Dahmani",
         "H. Roeleveld", "E. Tuinstra", "K. Wesselink", "L. Verbunt", "T. Gerritsma", "W. Huisintveld"]
EXPERTS = ["drs. C. Maasland", "dr. B. Olthof", "mw. N. Ferwerda", "dhr. G. Hoekzema", "drs. F. Lindeboom"]

SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Kompasveld", "Basisschool De Zonnewijzer", "RKBS Sint Odulfus",
           "OBS De Vlinderkamp"],
    "sbo": ["SBO De Klimboom", "SBO Het Startblok", "SBO De Regenboogbrug"],
    "so": ["SO De Lindenhof (cluster 4)", "SO Het Baken (cluster 3)", "SO De Kraanvogel"],
    "vo": ["Scholengemeenschap Merwelanden", "Het Veenlanden College", "Lyceum Oosterpoort",
           "Vmbo De Grote Hoeve"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Kievitsdal", "Praktijkcollege Het Ambacht"],
    "vso": ["VSO De Horizonweg", "VSO Het Hoogeland", "VSO De Schakelbrug"],
}
SWV = ["SWV Passend Onderwijs Lindervaart e.o.", "Samenwerkingsverband Wolderen-Hazelmonde",
       "SWV VO Oosterbroek", "SWV De Dreumelaan"]

DEST = {
    "po": ["vmbo basisberoepsgerichte leerweg", "vmbo kaderberoepsgerichte leerweg", "vmbo-gt", "havo",
           "praktijkonderwijs"],
    "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs", "vmbo kader met lwoo",
            "vso, profiel vervolgonderwijs"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-basis)", "vso, uitstroomprofiel arbeidsmarktgericht",
           "vso, uitstroomprofiel dagbesteding", "praktijkonderwijs"],
    "vo": ["mbo niveau 3 (zorg en welzijn)", "mbo niveau 4", "mbo niveau 2 (techniek)", "hbo"],
    "pro": ["arbeid: betaald werk in de groenvoorziening", "mbo Entree-opleiding (niveau 1), daarna werk",
            "arbeid: werk in de logistiek (orderpicker)", "arbeid: werk in de schoonmaak met jobcoach"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening met jobcoach",
            "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij)",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (entree/detailhandel)",
            "uitstroomprofiel arbeidsmarktgericht: beschut werk in de facilitaire dienst"],
}

GROUP = {"po": ["groep 5", "groep 6", "groep 7", "groep 8"], "sbo": ["groep 6", "groep 7", "groep 8"],
         "so": ["groep SO-4", "groep SO-6", "middenbouw B"], "vo": ["klas 2 vmbo-kb", "klas 3 havo", "klas 1 mavo/havo"],
         "pro": ["leerjaar 2", "leerjaar 3", "leerjaar 4"], "vso": ["VSO-3", "VSO-4 arbeid", "VSO-5", "bovenbouw dagbesteding"]}


def fmt(d):
    return d.strftime("%d-%m-%Y")


def make_pupil(idx, stype, plan_date, adult=None):
    r = random.Random(1000 + idx)
    male = r.random() < 0.55
    first = r.choice(FIRST_M if male else FIRST_F)
    last = r.choice(LAST)
    age = {"po": 10, "sbo": 11, "so": 10, "vo": 14, "pro": 15, "vso": 16}[stype]
    if adult:
        age = 18 + r.randint(0, 1)
    birth = date(plan_date.year - age - 1, r.randint(1, 12), r.randint(1, 28))
    staff = r.sample(STAFF, 4)
    p = dict(
        idx=idx, stype=stype, first=first, last=last, name=f"{first} {last}",
        hij="hij" if male else "zij", Hij="Hij" if male else "Zij", zijn="zijn" if male else "haar",
        Zijn="Zijn" if male else "Haar", hem="hem" if male else "haar",
        birth=birth, group=r.choice(GROUP[stype]), school=r.choice(SCHOOLS[stype]), place=r.choice(PLACES),
        swv=r.choice(SWV), mentor=staff[0], ib=staff[1], director=staff[2], extra=staff[3],
        mother=f"mw. {r.choice(['A.', 'S.', 'H.', 'Y.', 'D.'])} {last}",
        father=f"dhr. {r.choice(['R.', 'K.', 'M.', 'B.', 'F.'])} {last}",
        expert=r.choice(EXPERTS), dest=r.choice(DEST[stype]), date=plan_date,
        oogo_date=plan_date.replace(day=max(1, plan_date.day - 9)) if plan_date.day > 10 else plan_date.replace(day=2),
        adult=adult,  # None | "bekwaam" | "curatele"
        r=r,
    )
    return p


def is_post(p):
    return (p.get("revised") or p["date"]) >= CUTOFF


# ---------------------------------------------------------------- present texts (terse but real)

def t_uitstroom(p):
    return [f"Verwachte uitstroombestemming: {p['dest']}."]


def t_onderbouwing(p):
    s = p["stype"]
    if s in ("po", "sbo", "so"):
        return [f"Toetsgegevens (mei): begrijpend lezen DLE 28 bij DL 40, rekenen DLE 31 bij DL 40 "
                f"(leerrendement ca. 70-75%). Het NIO-onderzoek gaf een totaal-IQ van 86. {p['Hij']} is "
                f"in groep 4 gedoubleerd. Dit past bij {p['dest']}."]
    if s == "vo":
        return [f"Resultaten leerjaar 1 en 2 voldoende op niveau, cijfergemiddelde 6,4; Cito-VAS 0-meting "
                f"op niveau. Met de gegeven ondersteuning blijft {p['hij']} op koers voor {p['dest']}."]
    return [f"Rekenen en lezen op niveau 1F (deels), praktijkvakken goed. Stage in leerjaar 2 en 3 positief "
            f"beoordeeld door het stagebedrijf. Werkhouding en tempo passen bij de gekozen bestemming."]


def factors_b(p):
    return [("Leren", "traag werktempo, leest technisch zwak (AVI E5)"),
            ("Werkhouding", "snel afgeleid in drukke ruimtes"),
            ("Sociaal-emotioneel", "faalangst bij toetsen")]


def factors_v(p):
    return [("Leren", "goed mondeling taalbegrip"),
            ("Werkhouding", "gemotiveerd bij praktische opdrachten"),
            ("Thuis", "betrokken ouders die dagelijks oefenen")]


def t_factors(pairs):
    return [f"{a}: {b}." for a, b in pairs]


def t_behoefte(p):
    return [f"{p['first']} heeft een vaste, rustige werkplek nodig, korte instructie in stappen met "
            f"visuele ondersteuning, en vooraf weten wat er gaat gebeuren (dagplanning)."]


def t_ondersteuning(p):
    return [f"Verlengde instructie rekenen door de leerkracht, 4x per week 15 minuten, vanaf {fmt(p['date'])}.",
            f"Remedial teaching lezen door {p['extra']}, 2x per week 30 minuten, tot de kerstvakantie.",
            f"Gesprek met {p['ib']} (IB/zorgcoördinator) over welbevinden, 1x per 4 weken."]


def t_afwijk(p):
    return [f"{p['first']} volgt voor rekenen een eigen leerlijn (einddoel niveau 1F); voor de overige vakken "
            f"het reguliere programma."]


def t_afwijk_nvt(p):
    return [f"Geen afwijkingen: {p['first']} volgt het reguliere onderwijsprogramma."]


def t_doelen(p):
    return [f"Eind januari leest {p['first']} AVI M6 met 95% nauwkeurigheid.",
            f"Voor de voorjaarsvakantie maakt {p['hij']} keersommen tot 10x10 foutloos binnen 3 minuten.",
            f"{p['Hij']} vraagt in de les minimaal 1x per dag zelf om hulp (observatie mentor, meting maart)."]


def t_advies(p):
    if p["stype"] in ("so", "vso"):
        return [f"Commissie voor de begeleiding ({fmt(p['oogo_date'])}): adviseert de huidige groepsgrootte te "
                f"handhaven en een prikkelarme werkplek in te zetten. De school volgt dit advies.",
                f"Orthopedagoog {p['expert']}: werken met picto-dagplanning; opgenomen in de ondersteuning."]
    return [f"Orthopedagoog {p['expert']} ({p['swv']}, onderzoek voorjaar): korte instructies en visuele "
            f"ondersteuning; de school neemt dit over in de aanpak hierboven."]


def t_oogo(p):
    who = "met " + p["mother"] + " en " + p["father"]
    if p.get("adult") == "bekwaam":
        who = f"met {p['first']} zelf (meerderjarig) en op {p['hem'] if False else 'zijn/haar'} verzoek met moeder"
        who = f"met {p['first']} zelf (meerderjarig); moeder was op verzoek van {p['first']} aanwezig"
    if p.get("adult") == "curatele":
        who = f"met {p['first']} en {p['mother']} (curator)"
    return [f"Het plan is besproken {who} op {fmt(p['oogo_date'])}, samen met {p['mentor']} en {p['ib']}."]


def t_inbreng(p):
    return [f"{p['first']} vertelde in het leerlinggesprek ({fmt(p['oogo_date'])}) dat {p['hij']} de drukte in de "
            f"klas lastig vindt en graag met een koptelefoon werkt. Daarom is een koptelefoon en een werkplek "
            f"bij het raam opgenomen in de ondersteuning."]


def t_evaluatie(p):
    extra = " en met " + p["first"] if is_post(p) and p.get("adult") != "bekwaam" else ""
    if p.get("adult") == "bekwaam":
        return [f"Evaluatie met {p['first']} in februari en juni (tussen- en eindevaluatie)."]
    return [f"Tussenevaluatie met ouders{extra} in februari; eindevaluatie en bijstelling in juni."]


def t_rechten(p):
    return ["U heeft instemmingsrecht op het handelingsdeel. Bent u het niet eens, bespreek dit dan eerst "
            "met de directeur. U kunt ook terecht bij het ouder- en jeugdsteunpunt of de onderwijsconsulent, "
            "of binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend "
            "onderwijs."]


def vast_date(p):
    return p["date"]


def t_vaststelling(p):
    return [f"Vastgesteld door {p['director']} (directeur) op {fmt(vast_date(p))}."]


def consent_signed(p):
    d = fmt(p["date"])
    if p.get("adult") == "bekwaam":
        return ["Ik ga akkoord met het handelingsdeel.", ("box", True, "akkoord"),
                ("sig", "leerling (meerderjarig)", p["name"], d, True)]
    if p.get("adult") == "curatele":
        return ["De curator gaat akkoord met het handelingsdeel.", ("box", True, "akkoord"),
                ("sig", "curator", p["mother"], d, True), ("sig", "leerling (voor gezien)", p["name"], d, True)]
    return ["Ouders/verzorgers gaan akkoord met het handelingsdeel.", ("box", True, "akkoord"),
            ("sig", "ouder/verzorger 1", p["mother"], d, True), ("sig", "ouder/verzorger 2", p["father"], d, True)]


# ---------------------------------------------------------------- variants: (body, status)

def variant(p, el, v):
    """Return (body or None, status). body None = section absent."""
    if v == "absent":
        return None, "missing"
    if v == "empty":
        return [], "incomplete"
    if v in ("dots", "ntb", "aanvullen", "volgt"):
        return [{"dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "volgt na overleg"}[v]], "incomplete"
    if v == "ref_vorig":
        return ["Zie vorig OPP."], "incomplete"
    if v == "ref_groei":
        return ["Zie groeidocument."], "incomplete"
    if v == "ref_conform":
        return ["Conform afspraken."], "incomplete"
    if v == "restate":
        return [RESTATE[el](p)], "incomplete"
    if v == "ok":
        return OK[el](p), "present"
    f = SPECIAL[(el, v)]
    return f(p)


RESTATE = {
    "uitstroombestemming": lambda p: f"Hier staat de verwachte uitstroombestemming van {p['first']} na deze school.",
    "onderbouwing": lambda p: "De uitstroombestemming is onderbouwd op basis van de beschikbare gegevens.",
    "belemmerende_factoren": lambda p: f"Er zijn factoren die de ontwikkeling van {p['first']} belemmeren.",
    "bevorderende_factoren": lambda p: f"{p['first']} heeft ook factoren die het onderwijs bevorderen.",
    "ondersteuningsbehoefte": lambda p: f"{p['first']} heeft ondersteuning nodig bij {p['zijn']} ontwikkeling.",
    "ondersteuning": lambda p: f"{p['first']} krijgt de ondersteuning en begeleiding die {p['hij']} nodig heeft.",
    "afwijkingen_onderwijsprogramma": lambda p: "Waar nodig wordt afgeweken van het onderwijsprogramma.",
    "doelen": lambda p: f"We werken aan de doelen die passen bij het ontwikkelingsperspectief van {p['first']}.",
    "adviezen_professionals": lambda p: "De adviezen van deskundigen worden meegenomen in dit plan.",
    "oogo": lambda p: "Over dit plan voert de school op overeenstemming gericht overleg met ouders.",
    "instemming_ouders": lambda p: "Ouders hebben instemmingsrecht op het handelingsdeel.",
    "inbreng_leerling": lambda p: f"De mening van {p['first']} is belangrijk en wordt meegenomen.",
    "evaluatie": lambda p: "Het plan wordt geëvalueerd.",
    "informatie_rechten": lambda p: "Ouders hebben rechten.",
    "vaststelling": lambda p: "Het plan wordt door de school vastgesteld.",
}

OK = {
    "uitstroombestemming": t_uitstroom, "onderbouwing": t_onderbouwing,
    "belemmerende_factoren": lambda p: t_factors(factors_b(p)),
    "bevorderende_factoren": lambda p: t_factors(factors_v(p)),
    "ondersteuningsbehoefte": t_behoefte, "ondersteuning": t_ondersteuning,
    "afwijkingen_onderwijsprogramma": t_afwijk, "doelen": t_doelen, "adviezen_professionals": t_advies,
    "oogo": t_oogo, "instemming_ouders": consent_signed, "inbreng_leerling": t_inbreng,
    "evaluatie": t_evaluatie, "informatie_rechten": t_rechten, "vaststelling": t_vaststelling,
}


def _sp(body, status):
    return lambda p: (body(p), status)


SPECIAL = {
    ("uitstroombestemming", "range"): _sp(lambda p: ["Verwachte uitstroom: vmbo-basis t/m havo."], "incomplete"),
    ("uitstroombestemming", "range_vso"): _sp(lambda p: ["Uitstroomprofiel: dagbesteding of arbeidsmarktgericht of vervolgonderwijs, afhankelijk van de ontwikkeling."], "incomplete"),
    ("uitstroombestemming", "onbekend"): _sp(lambda p: ["Uitstroombestemming: nog niet bekend."], "incomplete"),
    ("uitstroombestemming", "onbekend_later"): _sp(lambda p: ["Het uitstroomniveau bepalen wij in groep 8 na de doorstroomtoets; op dit moment nog niet bekend."], "incomplete"),
    ("uitstroombestemming", "nvt"): _sp(lambda p: ["n.v.t."], "incomplete"),
    ("onderbouwing", "misplaced_goals"): _sp(lambda p: t_doelen(p), "incomplete"),
    ("onderbouwing", "dest_only"): _sp(lambda p: [f"{p['first']} zal uitstromen naar {p['dest']}."], "incomplete"),
    ("bevorderende_factoren", "misplaced_hinder"): _sp(lambda p: ["Faalangst, snel afgeleid, laag werktempo."], "incomplete"),
    ("bevorderende_factoren", "dash"): _sp(lambda p: ["-"], "incomplete"),
    ("belemmerende_factoren", "misplaced_needs"): _sp(lambda p: t_behoefte(p), "incomplete"),
    ("ondersteuningsbehoefte", "misplaced_dest"): _sp(lambda p: [f"Verwachte uitstroom: {p['dest']}."], "incomplete"),
    ("ondersteuning", "need_only"): _sp(lambda p: [f"{p['first']} heeft behoefte aan structuur, rust en duidelijke afspraken."], "incomplete"),
    ("ondersteuning", "table_first_row"): _sp(lambda p: [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"],
                                                          [["Extra leesbegeleiding", "", "", ""], ["", "", "", ""], ["", "", "", ""]])], "incomplete"),
    ("ondersteuning", "table_ok"): _sp(lambda p: [("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"],
                                                   [["Verlengde instructie rekenen", "leerkracht", "4x per week", fmt(p['date'])],
                                                    ["Remedial teaching lezen", p['extra'], "2x per week 30 min", fmt(p['date'])]])], "present"),
    ("ondersteuning", "basis"): _sp(lambda p: ["Basisondersteuning zoals beschreven in het schoolondersteuningsprofiel."], "incomplete"),
    ("afwijkingen_onderwijsprogramma", "nvt"): _sp(t_afwijk_nvt, "not_applicable"),
    ("afwijkingen_onderwijsprogramma", "nvt_short"): _sp(lambda p: ["n.v.t."], "not_applicable"),
    ("afwijkingen_onderwijsprogramma", "nvt_contra"): _sp(lambda p: ["n.v.t."], "incomplete"),
    ("afwijkingen_onderwijsprogramma", "reduced_hours"): _sp(lambda p: [f"Aangepast rooster: {p['first']} is op woensdag- en vrijdagmiddag vrijgesteld (12 uur minder per week) tot de herfstvakantie; daarna opbouw met 2 uur per twee weken."], "present"),
    ("doelen", "vague"): _sp(lambda p: [f"{p['first']} gaat vooruit met lezen en rekenen.", f"{p['first']} voelt zich prettig in de groep."], "incomplete"),
    ("doelen", "table_first_row"): _sp(lambda p: [("table", ["Doel", "Wanneer bereikt", "Hoe gemeten"],
                                                   [[f"{p['first']} leest AVI M6 vlot", "", ""], ["", "", ""], ["", "", ""]])], "incomplete"),
    ("adviezen_professionals", "zie_verslag"): _sp(lambda p: [f"Zie verslag psychologisch onderzoek ({p['expert']}) in de bijlage."], "incomplete"),
    ("adviezen_professionals", "cvb_no_content"): _sp(lambda p: ["De commissie voor de begeleiding heeft advies uitgebracht."], "incomplete"),
    ("oogo", "no_when"): _sp(lambda p: ["Het plan is met ouders besproken."], "incomplete"),
    ("oogo", "uitnodiging"): _sp(lambda p: ["Ouders worden uitgenodigd voor een gesprek over dit plan."], "incomplete"),
    ("inbreng_leerling", "niet_gesproken"): _sp(lambda p: [f"Leerling is niet gesproken."], "incomplete"),
    ("inbreng_leerling", "no_effect"): _sp(lambda p: [f"{p['first']} vindt het fijn op school en wil graag beter worden in rekenen."], "incomplete"),
    ("inbreng_leerling", "short_ok"): _sp(lambda p: [f"{p['first']}: 'Ik wil niet steeds uit de klas.' Daarom krijgt {p['hij']} de verlengde instructie in de klas."], "present"),
    ("evaluatie", "vague"): _sp(lambda p: ["Het plan wordt regelmatig geëvalueerd en waar nodig bijgesteld."], "incomplete"),
    ("evaluatie", "no_parents"): _sp(lambda p: ["Evaluatie in het leerlingbespreking-overleg van het team in februari."], "incomplete"),
    ("informatie_rechten", "schoolgids"): _sp(lambda p: ["Voor klachten verwijzen wij naar de klachtenregeling in de schoolgids."], "incomplete"),
    ("informatie_rechten", "short_ok"): _sp(lambda p: ["Niet eens met het handelingsdeel? U mag weigeren in te stemmen. Neem contact op met de directeur of de onderwijsconsulent; binnen 6 weken kunt u naar de Geschillencommissie passend onderwijs."], "present"),
    ("vaststelling", "no_date"): _sp(lambda p: [f"Vastgesteld door {p['director']} (directeur) op: ............"], "incomplete"),
    ("vaststelling", "no_who"): _sp(lambda p: [f"Datum vaststelling: {fmt(p['date'])}"], "present"),
    ("vaststelling", "ntb"): _sp(lambda p: ["Datum vaststelling: n.t.b."], "incomplete"),
    # consent variants
    ("instemming_ouders", "names_only"): _sp(lambda p: ["Voor akkoord:", ("sig", "ouder/verzorger 1", p['mother'], None, False),
                                                      ("sig", "ouder/verzorger 2", p['father'], None, False),
                                                      ("sig", "school", p['director'], None, False)], "incomplete"),
    ("instemming_ouders", "avg_only"): _sp(lambda p: ["Instemming handelingsdeel:", ("box", False, "ouders gaan akkoord met het handelingsdeel"),
                                                    ("box", False, "ouders gaan niet akkoord"),
                                                    ("sig", "ouder/verzorger", p['mother'], None, False),
                                                    "Toestemming gegevensuitwisseling (AVG):",
                                                    ("box", True, "ouders geven toestemming om gegevens te delen met het samenwerkingsverband"),
                                                    ("sig", "ouder/verzorger (AVG)", p['mother'], fmt(p['date']), True)], "incomplete"),
    ("instemming_ouders", "avg_nosection"): _sp(lambda p: ["Toestemming gegevensuitwisseling (AVG):",
                                                         ("box", True, "ouders geven toestemming om dit plan te delen met het samenwerkingsverband en de jeugdarts"),
                                                         ("sig", "ouder/verzorger", p['mother'], fmt(p['date']), True)], "missing"),
    ("instemming_ouders", "voor_gezien"): _sp(lambda p: ["Voor gezien:", ("sig", "ouder/verzorger", p['mother'], fmt(p['date']), True)], "incomplete"),
    ("instemming_ouders", "onder_protest"): _sp(lambda p: ["Ouders tekenen onder protest; zij zijn het niet eens met het aantal uren RT.",
                                                         ("sig", "ouder/verzorger", p['father'], fmt(p['date']), True)], "incomplete"),
    ("instemming_ouders", "refused"): _sp(lambda p: [("box", False, "akkoord met het handelingsdeel"), ("box", True, "niet akkoord met het handelingsdeel"),
                                                   ("sig", "ouder/verzorger", p['mother'], fmt(p['date']), True)], "incomplete"),
    ("instemming_ouders", "partial"): _sp(lambda p: ["Ouders stemmen in met het handelingsdeel, behalve met het aangepaste rooster.",
                                                   ("sig", "ouder/verzorger", p['mother'], fmt(p['date']), True)], "incomplete"),
    ("instemming_ouders", "school_only"): _sp(lambda p: [("sig", "directeur", p['director'], fmt(p['date']), True),
                                                       ("sig", "ouder/verzorger", "", None, False)], "incomplete"),
    ("instemming_ouders", "no_date"): _sp(lambda p: ["Ouders gaan akkoord met het handelingsdeel.", ("box", True, "akkoord"),
                                                   ("sig", "ouder/verzorger", p['mother'], None, True)], "incomplete"),
    ("instemming_ouders", "adult_parents_only"): _sp(lambda p: ["Ouders gaan akkoord met het handelingsdeel.", ("box", True, "akkoord"),
                                                              ("sig", "ouder/verzorger", p['mother'], fmt(p['date']), True),
                                                              ("sig", "leerling", p['name'], None, False)], "incomplete"),
    ("instemming_ouders", "curatele_pupil_only"): _sp(lambda p: ["Ik ga akkoord met het handelingsdeel.", ("box", True, "akkoord"),
                                                               ("sig", "leerling", p['name'], fmt(p['date']), True),
                                                               ("sig", "curator", p['mother'], None, False)], "incomplete"),
    ("instemming_ouders", "stated_ok"): _sp(lambda p: [f"Ouders hebben op {fmt(p['date'])} per e-mail ingestemd met het handelingsdeel (e-mail opgenomen in het dossier)."], "present"),
}
