# -*- coding: utf-8 -*-
"""Content of the invented OPPs: per element a 'present' text and gap variants.
All names, schools and places are invented."""
import datetime, random

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]
SHORT = {"ub": "uitstroombestemming", "ond": "onderbouwing", "bel": "belemmerende_factoren",
         "bev": "bevorderende_factoren", "obh": "ondersteuningsbehoefte", "ost": "ondersteuning",
         "afw": "afwijkingen_onderwijsprogramma", "doel": "doelen", "adv": "adviezen_professionals",
         "oogo": "oogo", "inst": "instemming_ouders", "inbr": "inbreng_leerling", "eval": "evaluatie",
         "info": "informatie_rechten", "vast": "vaststelling"}

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
CUTOFF = datetime.date(2025, 8, 1)


class Instr(str):
    """Template instruction / placeholder text left in the document (rendered grey/italic,
    as a content control in docx)."""


def dlong(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def dnum(d):
    return d.strftime("%d-%m-%Y")


def add_days(d, n):
    return d + datetime.timedelta(days=n)


def school_days(d, n):
    """d + n days, moved out of the summer holiday to 25 June."""
    e = d + datetime.timedelta(days=n)
    if e.month in (7, 8):
        e = datetime.date(e.year, 6, 25)
    return e


FIRST = [("Sem", "m"), ("Noor", "v"), ("Jayden", "m"), ("Fenna", "v"), ("Milan", "m"), ("Lotte", "v"),
         ("Yusuf", "m"), ("Isa", "v"), ("Thijmen", "m"), ("Amira", "v"), ("Bram", "m"), ("Zoë", "v"),
         ("Daan", "m"), ("Liv", "v"), ("Mees", "m"), ("Elif", "v"), ("Ruben", "m"), ("Sanne", "v"),
         ("Kyan", "m"), ("Mila", "v"), ("Joep", "m"), ("Hiba", "v"), ("Ties", "m"), ("Roos", "v")]
LAST = ["Verhoeckx", "Brandsema", "El Ouariachi", "Tjalma", "Overdijkink", "Kaptein", "Wuestenenk",
        "Rozendaal-Pijl", "Bosveld", "Hakkert", "Demirtaş", "Lindeboom", "Spanjaart", "Vreugdenhil",
        "Oosterkamp", "Zwinkels", "Hoogendoorn-Bak", "Terpstra", "Akkerman", "van Reeuwijk"]
PLACES = ["Varsdijk", "Oudekerspel", "Molenrade", "Hoogveld aan de Aa", "Sint-Eelsbroek", "Westerloo-Noord",
          "Kraaiendal", "Lindewaard", "Hemmerveen", "Oosterbrugge"]
SCHOOLS = {
    "po": ["OBS De Wilgenkamp", "CBS Het Kompas", "Basisschool De Regenboogvis", "IKC Zonnewijzer",
           "RKBS De Tweemaster"],
    "sbo": ["SBO De Kameleon", "SBO Het Startpunt", "SBO De Vlieger"],
    "so": ["SO De Horizonschool", "Mytylschool De Brug", "SO Kentalis-Oost (locatie Lindewaard)",
           "SO De Sprankel"],
    "vo": ["Erasmusgroen College", "Scholengemeenschap De Meander", "Vathorst Lyceum Oost",
           "Het Veenland College"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Hemmerveen", "PrO Het Ambacht"],
    "vso": ["VSO De Korenaar", "VSO Het Baken", "VSO Zuiderpoort", "VSO De Piramide"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Aa en Veenland", "SWV Rijnvallei-Noord PO",
       "Samenwerkingsverband VO Westerloo e.o.", "SWV De Brug Molenrade", "Passend Onderwijs Kraaiendal"]
STAFF = ["mw. A. Kooistra", "dhr. R. Bulthuis", "mw. S. Aydın", "dhr. P. van der Gragt", "mw. L. Heemskerk",
         "mw. D. Oldenkamp", "dhr. T. Wibaut", "mw. F. Nijenhuis", "dhr. K. Sarmo", "mw. H. Breedijk"]

DEST = {
    "po": ["vmbo kaderberoepsgerichte leerweg (mogelijk gemengde leerweg)",
           "vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "havo", "praktijkonderwijs",
           "vmbo gemengde/theoretische leerweg"],
    "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs",
            "vmbo kaderberoepsgerichte leerweg"],
    "so": ["vso, uitstroomprofiel arbeidsmarktgericht", "regulier vo: vmbo theoretische leerweg",
           "vso, uitstroomprofiel vervolgonderwijs (vmbo-kader)"],
    "vo": ["vmbo-kader diploma (profiel Zorg en Welzijn), daarna mbo niveau 3",
           "havo-diploma, daarna hbo", "vmbo gemengde leerweg diploma, daarna mbo niveau 4"],
    "pro": ["arbeidsmarkt: betaald werk in de logistiek/magazijn, met branchecertificaat heftruck",
            "entreeopleiding (mbo niveau 1) en daarna werk in de horeca",
            "arbeidsmarkt: regulier werk in de groenvoorziening"],
}
VSO_PROFILES = {
    "vervolgonderwijs": "uitstroomprofiel vervolgonderwijs: vmbo-basis diploma en daarna mbo niveau 2 (Dienstverlening)",
    "arbeid": "uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening bij een sociaal werkbedrijf, op termijn regulier met loonkostensubsidie",
    "dagbesteding": "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
}

BEL_POOL = ["raakt snel overprikkeld in drukke situaties (gang, pauze, gymzaal)",
            "heeft moeite met plannen en het starten van een taak",
            "ernstige dyslexie (dyslexieverklaring 2023); leestempo ligt ver onder het niveau van de groep",
            "wisselende aanwezigheid door ziekenhuisbezoeken",
            "werkgeheugen zwak (WISC-V, index werkgeheugen 74)",
            "reageert boos of trekt zich terug bij onverwachte veranderingen",
            "weinig vertrouwen in eigen kunnen bij rekenen; geeft snel op",
            "thuissituatie is onrustig door een verhuizing en scheiding van ouders",
            "taalachterstand Nederlands (thuistaal Turks)",
            "vermoeibaarheid door epilepsie; na een aanval is concentratie de rest van de dag laag"]
BEV_POOL = ["is gemotiveerd en werkt graag praktisch met de handen",
            "ouders zijn zeer betrokken en oefenen thuis mee",
            "heeft een goede band met de mentor en durft hulp te vragen",
            "sterk in rekenen en ruimtelijk inzicht",
            "sportief: voetbalt twee keer per week bij de club in het dorp",
            "hulpvaardig en geliefd bij klasgenoten",
            "kan goed zelfstandig werken als de taak duidelijk is opgedeeld",
            "is creatief en tekent graag; kan zich zo ontspannen",
            "houdt zich goed aan afspraken als die visueel zichtbaar zijn"]
OBH_POOL = ["heeft een voorspelbare dag nodig met een visueel dagprogramma op de tafel",
            "heeft instructie nodig in kleine stappen, met een voorbeeld vooraf (verlengde instructie)",
            "heeft een prikkelarme werkplek nodig voor zelfstandig werk",
            "heeft nodig dat veranderingen in het rooster vooraf met hem/haar worden besproken",
            "heeft auditieve ondersteuning nodig bij lezen (voorleessoftware, vergrote teksten)",
            "heeft een vast aanspreekpunt nodig bij wie hij/zij terecht kan bij spanning",
            "heeft extra oefentijd nodig voor automatiseren van tafels en bewerkingen",
            "heeft korte werkblokken nodig met een bewegingspauze ertussen"]


def make_ctx(rng, stype, date, vso_profile=None, adult=False, curatele=False):
    first, g = rng.choice(FIRST)
    last = rng.choice(LAST)
    hij, zijn, hem = ("hij", "zijn", "hem") if g == "m" else ("zij", "haar", "haar")
    place = rng.choice(PLACES)
    school = rng.choice(SCHOOLS[stype]) + ", " + place
    staff = rng.sample(STAFF, 5)
    age = {"po": 9, "sbo": 10, "so": 9, "vo": 14, "pro": 15, "vso": 16}[stype]
    if adult or curatele:
        age = 18 + rng.randint(0, 1)
    dob = datetime.date(date.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if (date.month, date.day) < (dob.month, dob.day):
        dob = datetime.date(dob.year - 1, dob.month, dob.day)
    if stype == "vso":
        dest = VSO_PROFILES[vso_profile or "arbeid"]
    else:
        dest = rng.choice(DEST[stype])
    sj = "%d-%d" % ((date.year, date.year + 1) if date.month >= 8 else (date.year - 1, date.year))
    mother = "mw. " + rng.choice("ABCDEHJKMNRSTW") + ". " + last.split("-")[0]
    father = "dhr. " + rng.choice("ABCDEHJKMNRSTW") + ". " + last.split("-")[0]
    groep = {"po": "groep %d" % rng.randint(5, 7), "sbo": "groep %d" % rng.randint(5, 7),
             "so": "groep Blauw (middenbouw)", "vo": "klas %d vmbo/havo" % rng.randint(1, 3),
             "pro": "leerjaar %d" % rng.randint(2, 3), "vso": "stamgroep %s" % rng.choice(["A3", "B2", "Vakwerk 2"])}[stype]
    return dict(first=first, last=last, name=first + " " + last, hij=hij, Hij=hij.capitalize(), zijn=zijn,
                hem=hem, place=place, school=school, type=stype, date=date, dob=dob, sj=sj, dest=dest,
                mentor=staff[0], ib=staff[1], director=staff[2], ortho=staff[3], rt=staff[4],
                mother=mother, father=father, groep=groep, adult=adult, curatele=curatele,
                vso_profile=vso_profile, swv=rng.choice(SWV),
                post=date >= CUTOFF, curator="dhr. J. " + last.split("-")[0])


def fix(s, c):
    return s.replace("hem/haar", c["hem"]).replace("hij/zij", c["hij"])


def present_text(el, c, rng):
    d = c["date"]
    f = c["first"]
    if el == "uitstroombestemming":
        return c["dest"] if c["type"] != "vso" else c["dest"].capitalize()
    if el == "onderbouwing":
        if c["type"] in ("po", "sbo", "so"):
            return ("%s maakt op rekenen ongeveer %d%% leerrendement en op begrijpend lezen %d%% (LVS, "
                    "laatste drie afnames). Het intelligentieonderzoek (WISC-V, TIQ %d, %s) en de ontwikkeling "
                    "sinds groep 3 laten een stabiel beeld zien. Daarom verwachten we dit uitstroomniveau."
                    % (f, rng.choice([60, 70, 75]), rng.choice([65, 80, 85]), rng.choice([78, 84, 91]),
                       dlong(add_days(d, -rng.randint(200, 500)))))
        if c["type"] == "vso":
            return ("Dit profiel past bij de mogelijkheden van %s (TIQ %d, niveau vakken rond eind groep 6), "
                    "de stage-ervaring bij %s en %s eigen wens om praktisch bezig te zijn. De resultaten van "
                    "de afgelopen twee jaar zijn stabiel." % (f, rng.choice([58, 64, 70]),
                                                             rng.choice(["Hoveniersbedrijf Groenrijk", "Kringloop De Tweede Ronde", "Zorgboerderij De Hazelaar"]), c["zijn"]))
        return ("De rapportcijfers van de afgelopen twee jaar (gemiddeld %s), het advies van de basisschool "
                "en de resultaten op de methode-onafhankelijke toetsen (Cito VAS) wijzen op dit niveau. "
                "Met de geboden ondersteuning is %s bevorderd zonder doubleren." % (rng.choice(["6,4", "6,8", "7,1"]), f))
    if el == "belemmerende_factoren":
        return [fix(x, c) for x in rng.sample(BEL_POOL, 3)]
    if el == "bevorderende_factoren":
        return [fix(x, c) for x in rng.sample(BEV_POOL, 3)]
    if el == "ondersteuningsbehoefte":
        return ["%s %s" % (f, fix(x, c)) for x in rng.sample(OBH_POOL, 3)]
    if el == "ondersteuning":
        s = add_days(d, rng.randint(5, 14))
        if c["type"] in ("vo", "pro", "vso"):
            third = ("Stagebegeleiding door %s: wekelijks bezoek op de stageplek en een driehoeksgesprek "
                     "per periode, vanaf %s." % (c["rt"], dlong(add_days(s, 14)))) if c["type"] != "vo" else \
                    ("Ambulant begeleider van het samenwerkingsverband: 1 uur per twee weken coaching en "
                     "advies aan het docententeam, van %s tot de zomervakantie." % dlong(add_days(s, 21)))
            return ["Ondersteuningscoach %s: 2x per week 30 minuten begeleiding bij plannen en huiswerk, "
                    "vanaf %s." % (c["rt"], dlong(s)),
                    "Wekelijks coachgesprek van 15 minuten met de mentor (%s), elke maandag." % c["mentor"],
                    third]
        return ["Leesbegeleiding/RT door %s: 2x per week 30 minuten, vanaf %s." % (c["rt"], dlong(s)),
                "Wekelijks coachgesprek van 15 minuten met de mentor (%s), elke maandag." % c["mentor"],
                "Ambulant begeleider van het samenwerkingsverband: 1 uur per twee weken observatie en "
                "advies aan de leerkracht, van %s tot de zomervakantie." % dlong(add_days(s, 21))]
    if el == "afwijkingen_onderwijsprogramma":
        if c["type"] in ("vo", "pro", "vso"):
            return ("%s volgt voor wiskunde een eigen leerlijn op 1F-niveau en heeft vrijstelling voor "
                    "Frans; de vrijgekomen uren worden besteed aan begeleide huiswerktijd. Tot de "
                    "kerstvakantie geldt een aangepast rooster van 4 dagen per week (melding bij de "
                    "inspectie gedaan op %s)." % (f, dnum(add_days(d, 3))))
        return ("Voor rekenen werkt %s op een eigen leerlijn (niveau eind groep %d), met aangepaste "
                "tussendoelen. Engels vervalt voor %s dit schooljaar; die tijd wordt besteed aan "
                "extra leesinstructie." % (f, rng.randint(3, 5), c["hem"]))
    if el == "doelen":
        e1 = school_days(d, 120)
        e2 = school_days(d, 240)
        if c["type"] in ("vo", "pro", "vso"):
            first = ("Voor %s levert %s minimaal 90%% van het huiswerk op tijd in (controle in het "
                     "leerlingvolgsysteem door de mentor)." % (dlong(e1), f)) if c["type"] == "vo" else \
                    ("Voor %s werkt %s twee dagdelen per week zelfstandig op de stageplek, beoordeeld "
                     "met de stagebeoordelingslijst (minimaal 'voldoende' op 8 van de 10 punten)." % (dlong(e1), f))
        else:
            first = ("Voor %s leest %s een tekst op AVI-niveau E%d met voldoende tempo (afname door de RT'er)."
                     % (dlong(e1), f, rng.randint(4, 6)))
        return [first,
                "Voor %s begint %s binnen 5 minuten zelfstandig aan een taak in 4 van de 5 lessen "
                "(observatie mentor, turflijst)." % (dlong(e2), f),
                "Voor %s geeft %s bij spanning zelf aan dat %s een time-out nodig heeft, in plaats van "
                "weg te lopen (minimaal 3 keer per week, bijgehouden op de kaart)." % (dlong(e2), f, c["hij"])]
    if el == "adviezen_professionals":
        od = add_days(d, -rng.randint(40, 150))
        if c["type"] in ("so", "vso"):
            return ("De commissie voor de begeleiding heeft op %s geadviseerd het %s te handhaven en "
                    "de begeleiding bij overgangsmomenten uit te breiden. De logopedist (%s) adviseert "
                    "visuele ondersteuning bij instructie. Beide adviezen zijn overgenomen in het "
                    "handelingsdeel (vast dagritmeschema, begeleiding bij wisselingen)." %
                    (dnum(od), "profiel" if c["type"] == "vso" else "perspectief", c["ortho"]))
        return ("Orthopedagoog %s (onderzoeksverslag %s) adviseert instructie in kleine stappen, een "
                "prikkelarme werkplek en het inzetten van voorleessoftware. De school neemt deze adviezen "
                "over: zie de ondersteuning hieronder. De jeugdarts adviseert de vermoeidheid te volgen; "
                "dit wordt besproken bij de evaluatie." % (c["ortho"], dlong(od)))
    if el == "oogo":
        od = add_days(d, -rng.randint(5, 14))
        if c["adult"] and not c["curatele"]:
            return ("Het plan is op %s besproken met %s zelf en, op %s verzoek, %s moeder (%s), met de "
                    "mentor en de stagebegeleider. %s heeft gevraagd de stage-uren geleidelijk op te bouwen; "
                    "dat is verwerkt." % (dlong(od), f, c["zijn"], c["zijn"], c["mother"], f))
        if c["curatele"]:
            return ("Het plan is op %s besproken met %s, %s vader (%s) als curator, de mentor en de "
                    "orthopedagoog. De curator heeft aanvullingen gegeven over de vervoerssituatie; die zijn "
                    "verwerkt." % (dlong(od), f, c["zijn"], c["curator"]))
        return ("Het OPP is op %s besproken met %s en %s (ouders), de mentor/leerkracht (%s) en de "
                "intern begeleider (%s). Ouders herkennen het beeld. Op hun verzoek is de afstemming "
                "thuis-school (wekelijks mailcontact) toegevoegd." % (dlong(od), c["mother"], c["father"],
                                                                       c["mentor"], c["ib"]))
    if el == "inbreng_leerling":
        return ("%s heeft in een gesprek met de mentor verteld: \u201cAls het druk is in de klas kan ik me "
                "niet concentreren en dan ga ik klieren.\u201d %s wil graag een plek waar %s even rustig kan "
                "werken. Wat we daarmee doen: er is een vaste werkplek in het stiltelokaal afgesproken en "
                "het doel over de time-out is samen met %s geformuleerd." % (f, c["Hij"], c["hij"], c["hem"]))
    if el == "evaluatie":
        e1 = school_days(d, 130)
        e2 = school_days(d, 250)
        wie = "ouders en %s" % f if c["post"] else "ouders"
        if c["adult"] and not c["curatele"]:
            wie = "%s (en desgewenst %s moeder)" % (f, c["zijn"])
        if c["curatele"]:
            wie = "%s en de curator" % f
        return ("Tussenevaluatie met %s in %s %d; eindevaluatie in %s %d. Daarna wordt het OPP "
                "bijgesteld en opnieuw vastgesteld (minimaal eenmaal per schooljaar)." %
                (wie, MONTHS[e1.month - 1], e1.year, MONTHS[e2.month - 1], e2.year))
    if el == "informatie_rechten":
        wie = "U heeft" if not (c["adult"] and not c["curatele"]) else "Je hebt (als meerderjarige leerling)"
        return (wie + " instemmingsrecht op het handelingsdeel: zonder instemming voert de school dit deel "
                "niet uit. Bij onenigheid kunt u eerst contact opnemen met de directeur. U kunt ook terecht bij "
                "het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij een onderwijsconsulent "
                "(gratis, www.onderwijsconsulenten.nl). Binnen zes weken na vaststelling kunt u een geschil "
                "voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")
    if el == "vaststelling":
        return "Vastgesteld namens het bevoegd gezag door %s, directeur, op %s." % (c["director"], dlong(d))
    raise KeyError(el)


INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vo-type of vso-profiel]",
    "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, leerrendement en schoolloopbaan]",
    "belemmerende_factoren": "[Beschrijf per domein de belemmerende factoren]",
    "bevorderende_factoren": "[Beschrijf de bevorderende/stimulerende factoren]",
    "ondersteuningsbehoefte": "Klik of tik om tekst in te voeren.",
    "ondersteuning": "[Wat, door wie, hoe vaak, vanaf wanneer]",
    "afwijkingen_onderwijsprogramma": "[Beschrijf eventuele afwijkingen: eigen leerlijn, vrijstelling, aangepast rooster]",
    "doelen": "[Formuleer SMART-doelen voor de komende periode]",
    "adviezen_professionals": "[Noem adviezen van externe deskundigen en wat de school ermee doet]",
    "oogo": "Datum gesprek: [dd-mm-jjjj]   Aanwezig: [namen]",
    "inbreng_leerling": "[Beschrijf de mening van de leerling en wat daarmee is gedaan]",
    "evaluatie": "Klik of tik om een datum in te voeren.",
    "informatie_rechten": "[Standaardtekst rechten ouders invoegen]",
    "vaststelling": "Vastgesteld op: [datum]  door: [naam]",
}
BIJLAGE = {
    "onderbouwing": "Zie bijlage 1 (overzicht toetsgegevens).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "bevorderende_factoren": "Zie groeidocument, hoofdstuk 2.",
    "ondersteuningsbehoefte": "Zie bijlage 2.",
    "ondersteuning": "Zie groepsplan %s.",
    "doelen": "De doelen staan in het groepsplan en in het weekplan van de leerling.",
    "adviezen_professionals": "Zie verslag psycholoog d.d. %s (bijlage).",
    "informatie_rechten": "Zie de schoolgids voor de klachtenregeling.",
    "evaluatie": "Volgens de zorgcyclus van de school.",
}


def gap_text(el, var, c, rng):
    """Return text for a gap variant (heading present); Instr for instructions left in."""
    if var == "empty":
        return ""
    if var == "dots":
        return "..."
    if var == "ntb":
        return "n.t.b."
    if var == "aanvullen":
        return "nog aanvullen"
    if var == "overleg":
        return "volgt na overleg"
    if var == "nvt":
        return "n.v.t."
    if var == "instr":
        return Instr(INSTR[el])
    if var == "bijlage":
        t = BIJLAGE[el]
        if "%s" in t:
            t = t % (c["sj"] if el == "ondersteuning" else dnum(add_days(c["date"], -90)))
        return t
    if var == "view_only":  # inbreng without what it changed
        return ("%s geeft aan dat %s het naar %s zin heeft op school en graag bij %s vrienden in de groep "
                "wil blijven." % (c["first"], c["hij"], c["zijn"], c["zijn"]))
    if var == "vast_blank":
        return Instr("Datum vaststelling: ____________   Naam directeur: ______________________")
    raise KeyError((el, var))


# ---- consent variants: list of (kind, text) lines; kinds: 'box' (checked, text), 'line' text
def consent_lines(var, c, rng):
    d = c["date"]
    sd = add_days(d, rng.randint(1, 9))
    P = c["mother"]
    out = []
    if var == "signed":
        out += [("box", True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van dit OPP."),
                ("box", False, "Ouder(s)/verzorger(s) stemmen niet in met het handelingsdeel."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "digital":
        out += [("line", "Instemming handelingsdeel: akkoord gegeven door %s (moeder) via het ouderportaal op %s om 19:42 uur." % (P, dnum(sd)))]
    elif var == "voor_gezien":
        out += [("line", "Voor gezien."), ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "onder_protest":
        out += [("box", True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van dit OPP."),
                ("line", "Handgeschreven toevoeging ouders: \u201cOndertekend onder protest: wij zijn het niet eens met het "
                         "verkorte rooster.\u201d"),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "refused":
        out += [("box", False, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van dit OPP."),
                ("box", True, "Ouder(s)/verzorger(s) stemmen niet in met het handelingsdeel."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "partial":
        out += [("line", "Ouders stemmen in met de leesbegeleiding en de coachgesprekken, maar niet met de "
                         "inzet van de ambulant begeleider in de klas. Over dat onderdeel volgt een nieuw gesprek."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "school_only":
        out += [("sig", "Handtekening school (%s)" % c["director"], "~" + c["director"].split(". ")[-1] + "~  " + dnum(d)),
                ("sig", "Handtekening ouder(s)/verzorger(s)", "______________________"),
                ("sig", "Datum", "__________")]
    elif var == "blank_line":
        out += [("line", "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel."),
                ("sig", "Naam ouder/verzorger", "______________________"),
                ("sig", "Datum", "__________"), ("sig", "Handtekening", "______________________")]
    elif var == "unticked":
        out += [("box", False, "Ik/wij stem(men) in met het handelingsdeel van dit OPP."),
                ("box", False, "Ik/wij stem(men) niet in met het handelingsdeel."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", "__________"),
                ("sig", "Handtekening", "______________________")]
    elif var == "no_date":
        out += [("box", True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van dit OPP."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", ""),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~")]
    elif var == "adult_signed":
        out += [("line", "%s is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel." % c["first"]),
                ("box", True, "Ik stem in met het handelingsdeel van mijn OPP."),
                ("sig", "Naam leerling", c["name"]), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + c["first"] + " " + c["last"].split("-")[0] + "~")]
    elif var == "adult_parent_only":
        out += [("line", "%s is meerderjarig (geboren %s)." % (c["first"], dnum(c["dob"]))),
                ("box", True, "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel van dit OPP."),
                ("sig", "Naam ouder/verzorger", P), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + P.split(". ")[-1] + "~"),
                ("sig", "Handtekening leerling", "______________________")]
    elif var == "curator_signed":
        out += [("line", "%s staat onder curatele; %s vader is curator en beslist over het handelingsdeel." % (c["first"], c["zijn"])),
                ("box", True, "De curator stemt in met het handelingsdeel van dit OPP."),
                ("sig", "Naam curator", c["curator"]), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~J. " + c["last"].split("-")[0] + "~")]
    elif var == "curatele_pupil_only":
        out += [("line", "%s is 18 jaar. Er is een curator benoemd (%s)." % (c["first"], c["curator"])),
                ("box", True, "Ik stem in met het handelingsdeel van mijn OPP."),
                ("sig", "Naam leerling", c["name"]), ("sig", "Datum", dnum(sd)),
                ("sig", "Handtekening", "~" + c["first"] + "~"),
                ("sig", "Handtekening curator", "______________________")]
    elif var in ("empty", "dots"):
        out += [("line", "" if var == "empty" else "...")]
    else:
        raise KeyError(var)
    return out


CONSENT_STATUS = {"signed": "present", "digital": "present", "adult_signed": "present",
                  "curator_signed": "present"}


def avg_block(c, rng):
    sd = add_days(c["date"], 2)
    return [("line", "Toestemming gegevensuitwisseling (AVG) en beeldmateriaal"),
            ("box", True, "Ouders geven toestemming om gegevens uit dit dossier te delen met het samenwerkingsverband en de jeugdarts."),
            ("box", True, "Ouders geven toestemming voor het gebruik van foto's op de website van de school."),
            ("sig", "Naam ouder/verzorger", c["mother"]), ("sig", "Datum", dnum(sd)),
            ("sig", "Handtekening", "~" + c["mother"].split(". ")[-1] + "~")]
