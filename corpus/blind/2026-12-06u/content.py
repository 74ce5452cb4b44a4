# -*- coding: utf-8 -*-
"""Content model for the blind set: pupils, element texts, gap variants, labels.
Everything is invented. Deterministic: no clock, seeded RNG per document."""
import random

EIDS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
        "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
        "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
        "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def nl_date(d):
    y, m, dd = d
    return "%d %s %d" % (dd, MONTHS[m - 1], y)


def num_date(d):
    y, m, dd = d
    return "%02d-%02d-%04d" % (dd, m, y)


def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


SCHOOLS = {
    "po": ["OBS De Klimboom", "CBS Het Zonnewiel", "Kindcentrum De Wilgenhoek", "RKBS Sint Odulfus Lindevaart"],
    "sbo": ["SBO De Brugpijler", "SBO Het Kompasveld", "SBO De Vlonder"],
    "so": ["Mytylschool De Hoefslag", "SO De Lindeboog", "Cluster 4-school De Reigersbek"],
    "vo": ["Hemmerwold College", "Scholengemeenschap Oosterbroek", "Het Zuidermeer Lyceum", "Vakcollege De Steiger"],
    "pro": ["Praktijkschool De Werkplaats Oosterbroek", "Praktijkcollege Hemmerwold"],
    "vso": ["VSO De Kade", "VSO Het Baken Lindevaart", "Kompas VSO Zuidermeer"],
}
PLACES = ["Oosterbroek", "Hemmerwold", "Lindevaart", "Zuidermeer", "Klaverdijk", "Rietmolen"]
SWV = ["Samenwerkingsverband Passend Onderwijs Lindevaart e.o.", "SWV PO Hemmerwold-Rietmolen",
       "SWV VO Oosterbroek en omstreken", "Samenwerkingsverband Klaverdijk"]
FIRST_M = ["Daan", "Sem", "Milan", "Joep", "Ravi", "Thijmen", "Noud", "Mohammed", "Sven", "Kees", "Yusuf", "Jorrit"]
FIRST_F = ["Noor", "Fenna", "Lotte", "Isa", "Yara", "Mila", "Saar", "Ilse", "Amira", "Roos", "Femke", "Jinthe"]
LAST = ["Verkamp", "Olthuys", "van Drimmelen", "Bosgraaf", "Kerstholt", "ter Wielen", "Haaksman",
        "de Vroomen", "El Amrani", "Stuivenga", "Lammerink", "Brouwerhuis", "Pronk-Meijer", "Wessendorp"]
STAFF = ["mevr. J. Dijkhof", "dhr. P. Ruitenbeek", "mevr. S. Almeloo", "dhr. T. Kaspers", "mevr. H. Veenstra-Bol",
         "dhr. R. Oudeman", "mevr. L. Tjoa", "mevr. C. Hazelhoff", "dhr. B. Mulderij"]
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "Nog invullen", "PM", "xxx"]


def make_pupil(rng, stype, adult=False, curatele=False):
    male = rng.random() < 0.5
    first = rng.choice(FIRST_M if male else FIRST_F)
    last = rng.choice(LAST)
    age = {"po": 9, "sbo": 10, "so": 8, "vo": 14, "pro": 15, "vso": 16}[stype]
    if adult:
        age = 18 + rng.randint(0, 1)
    p = dict(first=first, last=last, name="%s %s" % (first, last), male=male,
             hij="hij" if male else "zij", Hij="Hij" if male else "Zij", zijn="zijn" if male else "haar",
             hem="hem" if male else "haar", age=age, stype=stype, adult=adult, curatele=curatele,
             school=rng.choice(SCHOOLS[stype]), place=rng.choice(PLACES), swv=rng.choice(SWV),
             mentor=rng.choice(STAFF), ib=rng.choice(STAFF), director=rng.choice(STAFF),
             mother="%s %s" % (rng.choice(["Anja", "Samira", "Marieke", "Ingrid", "Joyce", "Hatice"]), last),
             father="%s %s" % (rng.choice(["Erik", "Hasan", "Martijn", "Johan", "Wouter", "Bart"]), last),
             curator="mr. %s (curator, bewindvoering Rietmolen)" % rng.choice(["A. Steenbakker", "W. Ooms"]))
    while p["director"] in (p["mentor"], p["ib"]):
        p["director"] = STAFF[(STAFF.index(p["director"]) + 1) % len(STAFF)]
    if p["mentor"] == p["ib"]:
        p["ib"] = STAFF[(STAFF.index(p["mentor"]) + 3) % len(STAFF)]
    p["klas"] = {"po": "groep 6", "sbo": "groep 7 (bovenbouw)", "so": "groep Zeesterren", "vo": "klas 2 (mavo/havo)",
                 "pro": "leerjaar 3", "vso": "Arbeid 2"}[stype]
    p["dob"] = (2026 - age - 1 if True else 0, rng.randint(1, 12), rng.randint(1, 28))
    return p


# ----------------------------------------------------------------------------- present texts

def uitstroom_text(p, rng):
    t = p["stype"]
    opts = {
        "po": ["vmbo basis-/kaderberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
               "vmbo-kaderberoepsgerichte leerweg", "vmbo-gl/tl (mavo)"],
        "sbo": ["vmbo-basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs"],
        "so": ["vmbo-kader met lwoo in het reguliere voortgezet onderwijs",
               "vso, uitstroomprofiel vervolgonderwijs (richting vmbo-basis)"],
        "vo": ["havo-diploma; daarna hbo", "vmbo-tl diploma; daarna mbo niveau 4 (richting ICT)",
               "vmbo-kader diploma; daarna mbo niveau 3 (zorg en welzijn)"],
        "pro": ["arbeidsmarkt: betaald werk in de groenvoorziening, met praktijkverklaring en branchecertificaat",
                "entree-opleiding (mbo niveau 1) en daarna werk in de logistiek"],
        "vso": ["uitstroomprofiel arbeidsmarktgericht: beschut werk in een productiebedrijf (inpak- en montagewerk)",
                "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
                "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (dienstverlening)"],
    }[t]
    return rng.choice(opts)


def present(eid, p, rng, d):
    n, hij, zijn = p["first"], p["hij"], p["zijn"]
    t = p["stype"]
    if eid == "uitstroombestemming":
        lbl = "Uitstroomprofiel" if t in ("vso", "pro") else "Verwachte uitstroom"
        return "%s: %s." % (lbl, p["uitstroom"])
    if eid == "onderbouwing":
        if t in ("pro", "vso"):
            return ("%s heeft in leerjaar 2 twee interne stages afgerond met een voldoende beoordeling (werkhouding 4 "
                    "van 5). Uit het capaciteitenonderzoek (NIO, maart 2024) blijkt een totaalscore van 68. %s werkt "
                    "het best met vaste taken en duidelijke instructie; de stagebegeleider ziet groei in zelfstandigheid. "
                    "Op basis hiervan, en het advies van de commissie, verwachten wij deze uitstroom." % (n, p["Hij"]))
        if t == "vo":
            return ("De cijfers over leerjaar 1 (gemiddeld 6,8; wiskunde 5,9) en de Cito VAS-toets (januari: "
                    "niveau %s) passen bij deze uitstroom. %s heeft dyslexie; met hulpmiddelen haalt %s "
                    "voldoendes voor de talen. Het docententeam schat het niveau in de rapportvergadering van "
                    "juni in op dit niveau." % ("havo" if "havo" in p["uitstroom"] else "vmbo-tl/kader", p["Hij"], hij))
        return ("Uit de methode-onafhankelijke toetsen (midden-jaar) blijkt voor rekenen een leerrendement van "
                "ongeveer 60%% en voor begrijpend lezen 70%%. Het intelligentieonderzoek (WISC-V, 2024) laat een "
                "totaal-IQ van 84 zien met een zwak werkgeheugen. %s ontwikkelt zich stabiel maar langzamer dan "
                "leeftijdsgenoten; daarom verwachten wij deze uitstroom." % n)
    if eid == "belemmerende_factoren":
        return "; ".join("%s: %s" % (k, v) for k, v in bel_domains(p).items()) + "."
    if eid == "bevorderende_factoren":
        return "; ".join("%s: %s" % (k, v) for k, v in bev_domains(p).items()) + "."
    if eid == "ondersteuningsbehoefte":
        return ("%s heeft nodig: korte instructie in kleine stappen met voordoen; een vaste plek dicht bij de "
                "leerkracht met weinig prikkels; vooraf weten wat er die dag gebeurt (dagplanning op tafel); "
                "extra oefentijd bij rekenen. De school kan hierin voorzien: de eerste drie behoeften in de groep, "
                "de extra oefentijd via de remedial teacher (zie ondersteuning)." % n)
    if eid == "ondersteuning" and t == "vo":
        return ("Huiswerkbegeleiding door %s: drie keer per week het 8e uur in het leerlingcentrum, vanaf %s. "
                "Wekelijks een coachgesprek van 15 minuten met %s (mentor) over planning. Dyslexiehulpmiddelen: "
                "voorleessoftware en 25%% extra tijd bij toetsen. Faalangstreductietraining (6 bijeenkomsten) "
                "door de zorgcoördinator, start na de herfstvakantie."
                % (p["ib"], nl_date(add_days(d["plan"], 14)), p["mentor"]))
    if eid == "doelen" and t == "vo":
        e = nl_date(add_days(d["plan"], 150))
        return ("1. Uiterlijk %s plant %s het huiswerk zelf in de agenda-app; de mentor controleert dit wekelijks "
                "en het doel is bereikt als 4 van de 5 weken compleet zijn. 2. Wiskunde: rapportcijfer periode 3 "
                "minimaal 6,0. 3. %s gebruikt bij elke toets de voorleessoftware zonder herinnering (registratie "
                "docent)." % (e, n, n))
    if eid == "ondersteuning":
        return ("Remedial teaching rekenen door %s: twee keer per week 30 minuten buiten de groep, vanaf %s. "
                "Wekelijks een kort check-in gesprek met %s (maandagochtend, 10 minuten). Ambulant begeleider "
                "van het samenwerkingsverband: eens per drie weken observatie en coaching van de leerkracht. "
                "Gebruik van een koptelefoon en time-timer tijdens zelfstandig werken."
                % (p["ib"], nl_date(add_days(d["plan"], 14)), p["mentor"]))
    if eid == "afwijkingen_onderwijsprogramma":
        if t in ("pro", "vso"):
            return ("%s volgt een aangepast rooster: vier dagen school en één dag stage (woensdag). Voor "
                    "Nederlands werkt %s met een eigen leerlijn op niveau 1F." % (n, hij))
        if t == "vo":
            return "%s heeft vrijstelling voor Frans; in die uren werkt %s onder begeleiding aan Nederlands en Engels." % (n, hij)
        return ("Voor rekenen volgt %s een eigen leerlijn (doelen eind groep 6, leerroute 2). Voor de overige "
                "vakken volgt %s het programma van de groep." % (n, hij))
    if eid == "doelen":
        e = nl_date(add_days(d["plan"], 150))
        if t in ("pro", "vso"):
            return ("1. Uiterlijk %s werkt %s een dagdeel zelfstandig op de stageplek met maximaal twee vragen aan "
                    "de begeleider (beoordeling stagebegeleider). 2. Uiterlijk %s reist %s zelfstandig met de bus "
                    "naar school, vijf dagen achter elkaar. 3. Nederlands: referentieniveau 1F lezen behaald bij de "
                    "toets van juni." % (e, n, e, hij))
        return ("1. Uiterlijk %s beheerst %s de tafels 1 t/m 10 (90%% goed binnen 3 minuten op de tafeltoets). "
                "2. Uiterlijk %s leest %s AVI-E5 op beheersingsniveau. 3. %s vraagt zelf om hulp na de instructie: "
                "de leerkracht noteert dit; doel bereikt bij 4 van de 5 dagen in een week." % (e, n, e, hij, n))
    if eid == "adviezen_professionals":
        if t in ("so", "vso"):
            return ("De commissie voor de begeleiding heeft op %s geadviseerd om de uitstroombestemming zoals "
                    "hierboven vast te stellen en de ondersteuning bij werkhouding voort te zetten. De "
                    "gedragswetenschapper (%s) adviseert daarnaast een vaste volgorde van taken. De school neemt "
                    "beide adviezen over." % (nl_date(add_days(d["plan"], -20)), p["ib"]))
        return ("Orthopedagoog drs. M. Kalverboer (rapport van %s) adviseert: instructie in kleine stappen, "
                "visuele ondersteuning en extra automatiseringstijd. De logopedist (%s, Logopediepraktijk "
                "Rietmolen) adviseert woordenschatoefeningen. De school voert beide adviezen uit in de groep en "
                "via de remedial teaching." % (nl_date(add_days(d["plan"], -90)), "mevr. D. Korteweg"))
    if eid == "oogo":
        who = p["father"] if p["curatele"] is False and p["adult"] else p["mother"]
        if p["adult"] and not p["curatele"]:
            return ("Het plan is op %s besproken met %s zelf (meerderjarig), in aanwezigheid van %s (mentor). "
                    "%s wilde meer stage-uren; dit is aangepast." % (nl_date(d["oogo"]), p["name"], p["mentor"], n))
        if p["curatele"]:
            return ("Het plan is op %s besproken met %s, %s en %s (mentor). De curator vroeg om een extra "
                    "evaluatiemoment; dat is opgenomen." % (nl_date(d["oogo"]), p["name"], p["curator"], p["mentor"]))
        return ("Het ontwerp-OPP is op %s met de ouders besproken (%s en %s, %s als mentor/leerkracht en %s als "
                "intern begeleider). Ouders vroegen om de remedial teaching op vaste dagen; dat is aangepast."
                % (nl_date(d["oogo"]), p["mother"], p["father"], p["mentor"], p["ib"]))
    if eid == "inbreng_leerling":
        return ("Gesprek met %s op %s: %s zegt dat %s het lastig vindt om in een drukke klas te werken en graag "
                "met een koptelefoon werkt. %s wil leren om zelf om hulp te vragen. Wat dit veranderd heeft: de "
                "koptelefoon is opgenomen in de ondersteuning en 'zelf hulp vragen' is doel 3 geworden."
                % (n, nl_date(add_days(d["oogo"], -5)), n, hij, p["Hij"]))
    if eid == "evaluatie":
        who = "met %s" % n if (p["adult"] and not p["curatele"]) else ("met de curator en %s" % n) if p["curatele"] else (
            "met de ouders en %s" % n if d["post"] else "met de ouders")
        return ("Het OPP wordt twee keer per schooljaar geëvalueerd %s: tussenevaluatie in %s en "
                "jaarevaluatie in %s, in een gesprek op school. Daarna wordt het plan zo nodig bijgesteld."
                % ((who,) + (("februari", "juni") if d["plan"][1] >= 8 else ("juni", "december"))))
    if eid == "informatie_rechten":
        return ("U heeft instemmingsrecht op het handelingsdeel van dit plan. Bent u het niet eens met (een deel "
                "van) het OPP, bespreek dit dan eerst met de directeur. U kunt ook terecht bij het Ouder- en "
                "Jeugdsteunpunt van %s of bij een onderwijsconsulent (gratis). Binnen zes weken na vaststelling "
                "kunt u het geschil voorleggen aan de Geschillencommissie passend onderwijs." % p["swv"])
    if eid == "vaststelling":
        return "Het OPP is vastgesteld door %s (directeur) op %s." % (p["director"], nl_date(d["plan"]))
    raise KeyError(eid)


def bel_domains(p):
    n = p["first"]
    return {"Leren": "zwak werkgeheugen; rekenen ligt ongeveer anderhalf jaar achter",
            "Sociaal-emotioneel": "faalangst bij toetsen, trekt zich dan terug",
            "Werkhouding": "snel afgeleid door geluid en beweging in de klas",
            "Thuis/omgeving": "verhuizing en wisseling van school in het afgelopen jaar"}


def bev_domains(p):
    return {"Leren": "goed mondeling taalgebruik, sterk in praktische opdrachten",
            "Sociaal-emotioneel": "vriendelijk en behulpzaam, heeft twee vaste vrienden in de groep",
            "Werkhouding": "werkt gemotiveerd als de taak duidelijk is",
            "Thuis/omgeving": "betrokken ouders, sport twee keer per week (zwemvereniging)"}


VAGUE = {
    "uitstroombestemming": "Passend vervolgonderwijs dat aansluit bij de mogelijkheden en talenten van {n}.",
    "onderbouwing": "Deze verwachting is gebaseerd op het totaalbeeld van {n} en de ervaringen van het team.",
    "belemmerende_factoren": "Er zijn enkele aandachtspunten die het leren van {n} soms wat lastiger maken.",
    "bevorderende_factoren": "{n} heeft veel positieve eigenschappen en is een fijne leerling.",
    "ondersteuningsbehoefte": "{n} heeft behoefte aan een passende aanpak die aansluit bij {zijn} behoeften.",
    "ondersteuning": "{n} krijgt de ondersteuning die nodig is, afgestemd op de situatie en zoveel mogelijk in de groep.",
    "afwijkingen_onderwijsprogramma": "Waar nodig wordt het programma voor {n} aangepast.",
    "doelen": "{n} blijft zich ontwikkelen op alle vakgebieden en voelt zich prettig en veilig in de groep.",
    "adviezen_professionals": "De adviezen van de betrokken deskundigen worden zo goed mogelijk meegenomen.",
    "oogo": "Er is regelmatig en goed contact met ouders over de ontwikkeling van {n}.",
    "inbreng_leerling": "{n} is betrokken bij dit plan.",
    "evaluatie": "Het plan wordt regelmatig bekeken en waar nodig bijgesteld.",
    "informatie_rechten": "Heeft u vragen over dit plan? U kunt altijd bij ons terecht.",
    "vaststelling": "Het plan is vastgesteld.",
}
INSTR = {
    "uitstroombestemming": "(Beschrijf hier het verwachte uitstroomniveau/-profiel. Doorhalen wat niet van toepassing is: vervolgonderwijs / arbeidsmarkt / dagbesteding)",
    "onderbouwing": "<Onderbouw hier de uitstroombestemming met toetsgegevens en ontwikkeling>",
    "belemmerende_factoren": "Beschrijf per domein welke factoren het leren belemmeren.",
    "bevorderende_factoren": "Beschrijf per domein de sterke kanten en beschermende factoren van de leerling.",
    "ondersteuningsbehoefte": "Klik of tik om tekst in te voeren.",
    "ondersteuning": "[Wat, door wie, hoe vaak, vanaf wanneer]",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (ja/nee) en zo ja, waarin.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (max. 3).",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Datum OOGO: ..-..-.... Aanwezig: ...",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf vindt en wat daarmee is gedaan.",
    "evaluatie": "Vul hier de evaluatiemomenten in.",
    "informatie_rechten": "Hier standaardtekst over het instemmingsrecht invoegen.",
    "vaststelling": "Datum vaststelling: ..-..-....  Door: ...",
}
REFS = {
    "uitstroombestemming": "Zie het stageplan en het uitstroomdocument in de bijlage.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "bevorderende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "ondersteuningsbehoefte": "Zie het handelingsplan in ParnasDossier.",
    "ondersteuning": "Zie het groepsplan en het arrangement van het samenwerkingsverband (bijlage).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage.",
    "doelen": "Zie groepsplan periode 2.",
    "adviezen_professionals": "Zie verslag van de orthopedagoog in het dossier (bijlage 3).",
    "oogo": "Zie gespreksverslag.",
    "inbreng_leerling": "Zie leerlinggesprek in het dossier.",
    "evaluatie": "Zie jaarplanning.",
    "informatie_rechten": "Zie schoolgids.",
    "vaststelling": "Zie voorblad.",
}
NOCHANGE = ("{n} geeft aan dat {hij} het leuk vindt op school, vooral gym en handvaardigheid, en dat {hij} graag "
            "naast een vriend zit.")

INCOMPLETE_VARIANTS = {"E", "PH", "INS", "REF", "VAGUE", "REPEAT", "I_NOCHANGE", "HOST",
                       "C_GEZIEN", "C_PROTEST", "C_REFUSED", "C_PARTIAL", "C_SCHOOL", "C_BLANK", "C_UNTICKED",
                       "C_NODATE", "C_NAMEONLY", "C_WRONGPARTY"}


def label_of(v):
    if isinstance(v, tuple):
        v = v[0]
    if v == "P" or v == "INHOST":
        return "present"
    if v == "NA":
        return "not_applicable"
    if v in ("M", "C_AVG"):
        return "missing"
    if v in INCOMPLETE_VARIANTS:
        return "incomplete"
    raise ValueError(v)


def fmt(s, p):
    return s.format(n=p["first"], zijn=p["zijn"], hij=p["hij"])


def body_for(eid, v, p, rng, d, heading):
    """Text under an element's heading for a text-type variant (not consent)."""
    if isinstance(v, tuple) and v[0] == "HOST":
        return present(v[1], p, rng, d)
    if v == "P":
        return present(eid, p, rng, d)
    if v == "NA":
        if eid == "afwijkingen_onderwijsprogramma":
            return rng.choice(["Er zijn geen afwijkingen van het onderwijsprogramma.",
                               "Niet van toepassing: %s volgt het reguliere programma van de groep/klas." % p["first"]])
        if eid == "inbreng_leerling":
            if p["adult"] and not p["curatele"]:
                return ("%s is meerderjarig en handelingsbekwaam en is daarmee zelf partij bij dit plan "
                        "(zie overleg en instemming)." % p["first"])
            return None  # pre-2025 plan: section left out
    if v == "E":
        return ""
    if v == "PH":
        return rng.choice(PLACEHOLDERS)
    if v == "INS":
        return INSTR[eid]
    if v == "REF":
        return REFS[eid]
    if v == "VAGUE":
        return fmt(VAGUE[eid], p)
    if v == "REPEAT":
        h = heading.rstrip("?:. ")
        return rng.choice(["%s van %s." % (h, p["first"]), "%s:" % h, "Hier staan de %s." % h.lower()])
    if v == "I_NOCHANGE":
        return fmt(NOCHANGE, p)
    raise ValueError((eid, v))


def consent(v, p, d):
    """Structured consent block. choice: akkoord|niet|gezien|None ; lines: signer rows."""
    parent_role = "Ouder/verzorger"
    parent_name = p["mother"]
    if p["adult"] and not p["curatele"]:
        parent_role, parent_name = "Leerling (meerderjarig)", p["name"]
    if p["curatele"]:
        parent_role, parent_name = "Wettelijk vertegenwoordiger (curator)", p["curator"]
    sdate = d["sign"]
    c = dict(choice="akkoord", role=parent_role, name=parent_name, signed=True, date=sdate, school_signed=True,
             school_date=d["plan"], remark="", avg=False, show=True, name_filled=True)
    if v == "P":
        pass
    elif v == "C_GEZIEN":
        c["choice"] = "gezien"
    elif v == "C_PROTEST":
        c["remark"] = "onder protest getekend: wij vinden de begeleiding te weinig"
    elif v == "C_REFUSED":
        c["choice"] = "niet"
        c["remark"] = "wij willen eerst een second opinion"
    elif v == "C_PARTIAL":
        c["remark"] = "akkoord met 1 t/m 3, NIET akkoord met de afwijking van het programma"
    elif v == "C_SCHOOL":
        c.update(choice=None, signed=False, date=None, name_filled=False)
    elif v == "C_BLANK":
        c.update(choice=None, signed=False, date=None, school_signed=False, name_filled=False)
    elif v == "C_UNTICKED":
        c.update(choice=None)
    elif v == "C_NODATE":
        c.update(date=None)
    elif v == "C_NAMEONLY":
        c.update(signed=False, date=None)
    elif v == "C_WRONGPARTY":
        if p["curatele"]:
            c.update(role="Leerling", name=p["name"])
        else:
            c.update(role="Ouder/verzorger", name=p["mother"])
    elif v == "C_AVG":
        c.update(show=False, avg=True)
    elif v == "M":
        c.update(show=False)
    elif v == "PH":
        c.update(choice=None, signed=False, date=None, school_signed=False, name_filled=False,
                 remark="volgt na overleg")
    else:
        raise ValueError(v)
    return c


CONSENT_TEXT = {
    "akkoord": "Akkoord met het handelingsdeel (te bieden ondersteuning)",
    "niet": "Niet akkoord met het handelingsdeel",
    "gezien": "Voor gezien",
}


def consent_lines(c, box=("\u2612", "\u2610")):
    """Plain-text rendering of a consent block."""
    out = []
    for k in ("akkoord", "niet", "gezien"):
        out.append("%s %s" % (box[0] if c["choice"] == k else box[1], CONSENT_TEXT[k]))
    return out


AVG_TEXT = ("Toestemming gegevensuitwisseling (AVG): ouders geven toestemming om gegevens uit dit dossier te delen "
            "met het samenwerkingsverband en de jeugdarts.")
