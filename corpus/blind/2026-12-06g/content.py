# -*- coding: utf-8 -*-
"""Invented pupils and element texts for the blind OPP set. All names, schools and places are fictional."""
import random, datetime

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def dlong(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)


def dshort(d):
    return d.strftime("%d-%m-%Y")


def plus(d, days):
    return d + datetime.timedelta(days=days)


HEADINGS = {
    "uitstroombestemming": ["Te verwachten uitstroombestemming", "Ontwikkelingsperspectief", "Verwachte uitstroom",
                            "Uitstroomperspectief", "Eindniveau en uitstroom", "Leerroute en verwachte uitstroom",
                            "Perspectief", "Beoogde uitstroombestemming"],
    "onderbouwing": ["Onderbouwing", "Onderbouwing van het perspectief", "Toelichting op de verwachte uitstroom",
                     "Argumentatie", "Verantwoording uitstroombestemming", "Waarop baseren we dit?"],
    "belemmerende_factoren": ["Belemmerende factoren", "Risicofactoren", "Aandachtspunten",
                              "Belemmerende factoren (risico's)", "Wat maakt leren lastig"],
    "bevorderende_factoren": ["Bevorderende factoren", "Stimulerende factoren", "Sterke kanten",
                              "Beschermende factoren", "Positieve factoren", "Kansen"],
    "ondersteuningsbehoefte": ["Onderwijsbehoeften", "Ondersteuningsbehoeften", "Onderwijs- en ondersteuningsbehoeften",
                               "Behoeften van de leerling"],
    "ondersteuning": ["Handelingsdeel", "Te bieden ondersteuning en begeleiding", "Arrangement", "Interventies",
                      "Aanpak", "Ondersteuningsaanbod", "Begeleiding en aanpak"],
    "afwijkingen_onderwijsprogramma": ["Afwijkingen van het onderwijsprogramma", "Aanpassingen in het programma",
                                       "Afwijkend programma / vrijstellingen", "Onderwijsprogramma"],
    "doelen": ["Doelen", "Doelen voor de komende periode", "Leerdoelen", "Ontwikkeldoelen", "Tussendoelen"],
    "adviezen_professionals": ["Adviezen van deskundigen", "Externe adviezen", "Onderzoeksgegevens en adviezen",
                               "Betrokken professionals en hun adviezen"],
    "oogo": ["Overleg met ouders", "Op overeenstemming gericht overleg (OOGO)", "Gesprek met ouders",
             "Betrokkenheid ouders"],
    "instemming_ouders": ["Instemming handelingsdeel", "Ondertekening", "Akkoordverklaring", "Handtekeningen",
                          "Instemming ouders"],
    "inbreng_leerling": ["Inbreng van de leerling", "Leerlingdeel", "Stem van de leerling", "Gesprek met de leerling",
                         "Hoorrecht leerling"],
    "evaluatie": ["Evaluatie", "Evaluatiemomenten", "Tussenevaluatie en evaluatie", "Planning evaluatie"],
    "informatie_rechten": ["Informatie over uw rechten", "Rechten van ouders", "Bezwaar en geschillen",
                           "Wat als u het niet eens bent?"],
    "vaststelling": ["Vaststelling", "Vastgesteld", "Vaststelling door de school"],
}

FIRST = [("Sem", "m"), ("Noor", "v"), ("Daan", "m"), ("Lotte", "v"), ("Finn", "m"), ("Sara", "v"), ("Milan", "m"),
         ("Yara", "v"), ("Luuk", "m"), ("Evi", "v"), ("Bram", "m"), ("Fenna", "v"), ("Jayden", "m"), ("Amira", "v"),
         ("Thijs", "m"), ("Zoë", "v"), ("Ruben", "m"), ("Ilse", "v"), ("Mohamed", "m"), ("Liv", "v"),
         ("Stijn", "m"), ("Nina", "v"), ("Youssef", "m"), ("Roos", "v"), ("Jesse", "m"), ("Tess", "v"),
         ("Gijs", "m"), ("Aya", "v"), ("Koen", "m"), ("Lieke", "v"), ("Mats", "m"), ("Hanna", "v"),
         ("Senna", "v"), ("Timo", "m"), ("Elif", "v"), ("Joep", "m"), ("Maud", "v"), ("Rayan", "m"),
         ("Floor", "v"), ("Wessel", "m"), ("Isa", "v"), ("Niels", "m"), ("Femke", "v"), ("Dex", "m"),
         ("Julia", "v"), ("Owen", "m"), ("Sanne", "v"), ("Ravi", "m"), ("Kiki", "v"), ("Tygo", "m")]
LAST = ["van Dommelen", "Kuipers", "Achterberg", "de Wildt", "Brinkhorst", "Veldkamp", "Oosterwijk", "Lammers",
        "Terpstra", "Hofstede", "El Amrani", "Yilmaz", "Brouwers", "Siersema", "van Lingen", "Kramer", "Wolters",
        "Ten Hove", "Dijkhuis", "Bakkenes", "Rozendaal", "Mulderij", "Haverkamp", "Schreuder", "Aydın", "Verbunt",
        "Zandbergen", "de Roover", "Nijenhuis", "Peerdeman"]
STAFF = ["mevr. J. Hoogkamp", "dhr. P. Verweij", "mevr. A. Stoffelen", "dhr. R. Bosgraaf", "mevr. L. Wennink",
         "mevr. S. Oudshoorn", "dhr. T. Kaptein", "mevr. D. Rijkers", "dhr. M. Ambergen", "mevr. H. Zwiers",
         "mevr. C. Leeflang", "dhr. K. Tolsma"]
PLACES = ["Brakelhoven", "Veendijk", "Olsterbroek", "Marwoude", "Kempersveld", "Ruigenhoek", "Lindewaard",
          "Zevenmeden", "Hooghalen-Oost", "Eeserveld"]
SWV = ["Samenwerkingsverband Passend Onderwijs Lindeland", "SWV De Brakel Passend Onderwijs",
       "Stichting Passend Leren Veenstreek", "SWV Ruigenhoek-Marwoude VO", "Samenwerkingsverband Zevenmeden"]
SCHOOLS = {
    "po": ["Kindcentrum De Zilverlinde", "CBS De Kompasroos", "OBS Het Vlot", "Basisschool De Kiezel",
           "IKC De Vlinderhof", "RK Basisschool Sint-Aldegonde", "Montessorischool Marwoude"],
    "sbo": ["SBO Het Tij", "SBO De Wegwijzer-Noord", "Speciale basisschool De Steiger", "SBO Klimop"],
    "so": ["SO De Brem-Akker (cluster 4)", "Mytylschool Het Anker-Veendijk", "SO De Ruimte (cluster 3)",
           "Kentalis-achtige school De Klankkast (cluster 2)"],
    "vo": ["Lyceum aan de Weerd", "Scholengemeenschap Het Veld", "Vmbo Kempersveld College", "Olster College"],
    "pro": ["Praktijkschool Helmkamp", "Praktijkonderwijs De Werkplaats Olsterbroek", "PrO Marwoude"],
    "vso": ["VSO De Brem-Akker", "VSO De Zandloper", "VSO Het Baken-Lindewaard", "Orion-VSO Zevenmeden"],
}
SCHOOLS["so"][3] = "SO De Klankkast (cluster 2)"


class Pupil:
    def __init__(self, idx, st, age=None):
        r = random.Random(1000 + idx)
        self.first, g = FIRST[idx % len(FIRST)]
        self.last = LAST[(idx * 7) % len(LAST)]
        self.name = "%s %s" % (self.first, self.last)
        self.hij = "hij" if g == "m" else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if g == "m" else "haar"
        self.hem = "hem" if g == "m" else "haar"
        self.st = st
        self.school = SCHOOLS[st][idx % len(SCHOOLS[st])]
        self.place = PLACES[idx % len(PLACES)]
        self.swv = [s for s in SWV if (" VO" in s) == (st in ("vo", "pro", "vso")) or (st in ("vo", "pro", "vso") and "Zevenmeden" in s)][idx % (2 if st in ("vo", "pro", "vso") else 4)]
        self.staff = [STAFF[(idx + k * 5) % len(STAFF)] for k in range(4)]
        self.mother = "mevr. %s. %s" % (r.choice("ABCDEFGHJKLMNPRSTW"), LAST[(idx * 11 + 3) % len(LAST)])
        self.father = "dhr. %s. %s" % (r.choice("ABCDEFGHJKLMNPRSTW"), self.last)
        self.r = r
        self.seed = 5000 + idx
        self.age = age
        by = {"po": 2015, "sbo": 2014, "so": 2016, "vo": 2011, "pro": 2010, "vso": 2007}[st]
        if age is not None:
            by = 2025 - age
        self.born = datetime.date(by, 1 + (idx * 5) % 12, 1 + (idx * 3) % 27)
        self.groep = {"po": "groep 6", "sbo": "groep 7", "so": "groep 5 (SO-midden)", "vo": "leerjaar 2",
                      "pro": "leerjaar 3", "vso": "bovenbouw, leerjaar 4"}[st]


def S(p, s):
    return s.replace("{N}", p.first).replace("{hij}", p.hij).replace("{Hij}", p.Hij).replace("{zijn}", p.zijn) \
        .replace("{hem}", p.hem)


# ---------- present texts per element -----------------------------------------------------------------
UIT = {
    "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "praktijkonderwijs",
           "vmbo kaderberoepsgerichte leerweg", "vmbo gemengde/theoretische leerweg"],
    "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-kader)", "vso, uitstroomprofiel arbeidsmarktgericht",
           "regulier vmbo basis/kader met ondersteuning"],
    "vo": ["vmbo-kader diploma (Zorg en Welzijn), daarna mbo niveau 3", "havo-diploma, daarna hbo",
           "vmbo-tl diploma, daarna mbo niveau 4"],
    "pro": ["arbeid: betaald werk in de logistiek (orderpicker) met entree-certificaat",
            "arbeid: werk in de groenvoorziening, met een mbo-1 entreeopleiding", "arbeid: werk in de horeca-keuken (beschikking banenafspraak)"],
    "vso": ["uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening via beschut werk",
            "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
            "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Logistiek)"],
}


def uitstroom_text(p):
    return UIT[p.st][random.Random(p.seed + 1).randrange(len(UIT[p.st]))]


def onderbouwing_text(p, hide=False):
    r = random.Random(p.seed + 2)
    u = uitstroom_text(p)
    if p.st == "vso":
        prof = "dagbesteding" if "dagbesteding" in u else ("arbeidsmarktgericht" if "arbeidsmarkt" in u else "vervolgonderwijs")
        why = {"arbeidsmarktgericht": "{N} werkt in de praktijklessen zelfstandig en houdt een werkdag van 6 uur vol; de "
                                      "beoordeling van de interne stage (kantine en groen) is voldoende.",
               "dagbesteding": "{N} heeft veel nabijheid en een vaste begeleider nodig; zelfstandig werken lukt tot nu "
                               "toe niet langer dan 10 minuten. Het ontwikkelingsniveau ligt rond 6-7 jaar (SEO-R).",
               "vervolgonderwijs": "{N} haalt op de Entree-onderdelen voldoendes en heeft het rekenexamen 1F behaald; "
                                   "de cognitieve capaciteiten (TIQ 84) maken een diploma op mbo-2 haalbaar."}[prof]
        if hide:
            return S(p, why + " Het uitstroomprofiel is in het MDO van %s besproken, gezien de ontwikkeling sinds de "
                              "instroom in het vso." % r.choice(["september", "juni", "mei"]))
        return S(p, why + " Het profiel %s is in het MDO van %s vastgesteld als passend, gezien de ontwikkeling sinds "
                          "de instroom in het vso." % (prof, r.choice(["september", "juni", "mei"])))
    if p.st in ("po", "sbo", "so"):
        tiq = r.choice([68, 72, 74]) if "praktijk" in u else r.choice([77, 80, 83, 86] if "basis" in u or "arbeidsmarkt" in u else [86, 89, 92])
        return S(p, "Intelligentieonderzoek (WISC-V, %s) laat een TIQ van %d zien, met een zwakke werkgeheugenindex. "
                    "Het leerrendement over de afgelopen twee jaar is voor rekenen %d%% en voor begrijpend lezen %d%%. "
                    "Bij een gelijkblijvende ontwikkeling komt {N} eind groep 8 uit op niveau %s voor rekenen en %s "
                    "voor lezen. Dat past bij de genoemde uitstroombestemming."
                 % ("maart 2024", tiq, r.choice([50, 55, 60, 65]), r.choice([60, 70, 75]),
                    r.choice(["E5", "M6", "E6"]), r.choice(["M7", "E6", "E7"])))
    if p.st == "vo":
        return S(p, "{N} haalde in leerjaar 1 op alle vakken een voldoende behalve voor wiskunde en Frans. "
                    "De resultaten op de methode-onafhankelijke toetsen (Cito VAS, niveau %s) en het advies van "
                    "het docententeam bij de overgang ondersteunen dit perspectief. Het schooladvies van de "
                    "basisschool was %s." % (r.choice(["2F/1F", "kader", "tl"]), ("vmbo-k" if "kader" in u else ("vmbo-(g)t" if "tl" in u else "havo"))))
    return S(p, "{N} werkt op de praktijkafdeling zelfstandig en nauwkeurig; de stagebeoordelingen (stage %s) zijn "
                "voldoende tot goed. Lezen en rekenen liggen op niveau 1F. De praktijkdocent en de stagebegeleider "
                "verwachten dat {N} met begeleiding op de werkvloer kan functioneren. Eerdere schoolloopbaan: "
                "%s." % (r.choice(["bij een hovenier", "in een distributiecentrum", "in een zorginstelling"]),
                         r.choice(["sbo tot groep 8", "regulier po met een arrangement", "so cluster 3"])))


BEL = ["Snel afgeleid door geluiden en beweging in de klas", "Zwak werkgeheugen: instructies van meer dan twee stappen "
       "onthoudt {N} moeilijk", "Faalangst bij toetsen; {N} klapt dicht bij tijdsdruk",
       "Dyslexie (verklaring 2023): lezen van lange teksten kost veel energie",
       "Moeite met het reguleren van boosheid na conflicten op het plein",
       "Veel schoolwisselingen (drie scholen in vier jaar)",
       "Onverwachte veranderingen in het rooster geven veel spanning (diagnose ASS)",
       "Verzuim van 14% in het vorige schooljaar", "Vermoeidheid door medicatie tegen epilepsie",
       "Traag werktempo; werk komt vaak niet af"]
BEV = ["Gemotiveerd en wil graag laten zien wat {hij} kan", "Sterk in praktisch werk en met de handen bezig zijn",
       "Goede band met de leerkracht/mentor", "Ouders zijn zeer betrokken en oefenen thuis mee",
       "Goed mondeling taalbegrip; vertelt beeldend", "Houdt zich goed aan vaste routines",
       "Sportief; de voetbalclub geeft structuur en vriendschappen", "Behulpzaam naar klasgenoten",
       "Reageert goed op complimenten en directe feedback", "Visueel sterk: leert goed met pictogrammen en voorbeelden"]
BEHOEFTE = ["instructie in kleine stappen, met een uitgewerkt voorbeeld vooraf",
            "een vaste, voorspelbare dagstructuur met een dagplanning op tafel",
            "verlengde instructie aan de instructietafel bij rekenen", "een rustige werkplek aan de rand van de groep",
            "voorleessoftware en vergrote teksten bij toetsen", "extra tijd (25%) bij toetsen",
            "een vast aanspreekpunt bij spanning, en een afgesproken time-outplek",
            "positieve bekrachtiging en duidelijke afspraken over gedrag",
            "praktijkgericht leren: eerst doen, dan uitleggen",
            "vooraf weten wat er verandert in het rooster (uitval, invaller, uitjes)"]
HANDEL = [("Verlengde instructie rekenen in een groepje", "leerkracht / mentor", "4x per week, 20 min"),
          ("Remedial teaching technisch lezen (RALFI-lezen)", "RT'er", "2x per week, 30 min"),
          ("Weekstart met coach: planning en spanning bespreken", "coach", "maandag, 1e uur"),
          ("Begeleiding door ambulant begeleider", "ambulant begeleider", "1x per 3 weken"),
          ("Training sociale vaardigheden (Rots en Water)", "vakleerkracht bewegingsonderwijs", "wekelijks, 10 weken"),
          ("Dagplanning met pictogrammen; vooraf bespreken van wijzigingen", "leerkracht", "dagelijks"),
          ("Begeleide stage met werkplekbezoek", "stagedocent", "1x per 2 weken"),
          ("Inzet voorleessoftware bij toetsen en zaakvakken", "mentor / toetscoördinator", "bij iedere toets")]
DOEL = ["Rekenen: {N} beheerst in {D1} de tafels 1 t/m 10 (90% goed op de tafeltoets, binnen 3 seconden per som).",
        "Technisch lezen: {N} leest in {D2} een tekst op AVI-niveau E5 met voldoende tempo en nauwkeurigheid.",
        "Werkhouding: {N} werkt 15 minuten zelfstandig aan een taak met behulp van de time-timer, in 4 van de 5 "
        "lessen (observatie leerkracht).",
        "Sociaal: {N} lost een conflict op het plein op met de stappenkaart, zonder hulp van de pleinwacht, "
        "in 3 van de 4 gevallen (turflijst).",
        "Planning: {N} vult iedere maandag zelf de weekplanner in en levert in {D1} 80% van het huiswerk op tijd in.",
        "Stage: {N} komt in {D2} zelfstandig en op tijd op de stageplek (presentielijst stagebedrijf, max. 1 keer te laat).",
        "Taal: {N} schrijft in {D2} een zakelijke e-mail van 8 zinnen met hoofdletters en punten op de juiste plaats (beoordeling met checklist Nederlands).",
        "Zelfstandigheid: {N} reist vanaf {D1} zelfstandig met de bus naar school (afgetekend reistraject, 5 dagen achter elkaar zonder hulp).",
        "Toetsen: {N} maakt in {D1} bij 3 van de 4 proefwerken het plan van aanpak af binnen de gegeven tijd (extra tijd inbegrepen)."]
DOELSETS = {"po": [0, 1, 2, 3], "sbo": [0, 1, 2, 3], "so": [0, 1, 2, 3, 7], "vo": [2, 3, 4, 6, 8], "pro": [4, 5, 6, 7],
            "vso": [3, 5, 6, 7]}
ADV = [("Orthopedagoog/GZ-psycholoog mw. drs. E. Varkevisser (Praktijk De Lindenboog)", "mei 2025",
        "instructie visualiseren en het werkgeheugen ontlasten met stappenkaarten",
        "de leerkracht werkt met stappenkaarten en een dagplanning op tafel"),
       ("Logopedist dhr. W. Roelink", "februari 2025", "taalbegrip ondersteunen met visuele middelen en korte zinnen",
        "opdrachten worden ook op papier en met pictogrammen gegeven"),
       ("Jeugdarts GGD mw. R. Pauwels", "oktober 2024", "rekening houden met vermoeidheid; rustmoment na de middagpauze",
        "{N} krijgt dagelijks een rustmoment van 10 minuten"),
       ("Behandelaar jeugd-GGZ (Kinder- en Jeugdpsychiatrie Marwoude)", "juni 2025",
        "vaste structuur en voorspelbaarheid; spanning vroeg signaleren met een signaleringsplan",
        "het signaleringsplan is opgenomen in het handelingsdeel")]


def factors(p, kind, n=3):
    pool = BEL if kind == "bel" else BEV
    r = random.Random(len(p.name) * 31 + (7 if kind == "bel" else 13) + ord(p.first[0]))
    idx = r.sample(range(len(pool)), n)
    return [S(p, pool[i]) for i in idx]


def behoeften(p, n=4):
    r = random.Random(len(p.name) * 17 + ord(p.last[0]))
    return [S(p, BEHOEFTE[i]) for i in r.sample(range(len(BEHOEFTE)), n)]


def handel_rows(p, start):
    r = random.Random(len(p.name) * 11 + ord(p.first[-1]))
    rows = []
    sets = {"po": [0, 1, 2, 4, 5], "sbo": [0, 1, 2, 4, 5], "so": [0, 3, 4, 5], "vo": [2, 3, 4, 7], "pro": [2, 4, 6, 7],
            "vso": [2, 5, 6, 7]}
    for i in r.sample(sets[p.st], 3):
        wat, wie, hoe = HANDEL[i]
        who = "%s (%s)" % (wie, p.staff[len(rows) % 4])
        rows.append([wat, who, hoe, "vanaf " + dlong(start)])
    return rows


def doelen_list(p, d):
    r = random.Random(len(p.name) * 13 + ord(p.first[1]))
    D1 = "%s %d" % (MAANDEN[(d.month + 3) % 12], d.year + (1 if d.month + 3 > 11 else 0))
    D2 = "%s %d" % (MAANDEN[(d.month + 7) % 12], d.year + (1 if d.month + 7 > 11 else 0))
    return [S(p, DOEL[i]).replace("{D1}", D1).replace("{D2}", D2) for i in r.sample(DOELSETS[p.st], 3)]


def advies(p, d, so_like):
    r = random.Random(len(p.name) * 19 + ord(p.last[-1]))
    out = []
    who, when, what, done = ADV[r.randrange(len(ADV))]
    w = d - datetime.timedelta(days=100 + 20 * r.randrange(6))
    when = "%s %d" % (MAANDEN[w.month - 1], w.year)
    out.append(S(p, "%s (%s) adviseert: %s. Wat school ermee doet: %s." % (who, when, what, done)))
    if so_like:
        cvb = plus(d, -21)
        out.append(S(p, "Commissie voor de begeleiding (vergadering %s): de commissie adviseert het perspectief "
                        "vast te stellen zoals beschreven en de inzet van de gedragsdeskundige voort te zetten. "
                        "Het advies is volledig overgenomen in het handelingsdeel." % dlong(cvb)))
    return out


AFW = {
    "po": "Rekenen: {N} volgt vanaf groep 6 een eigen leerlijn (leerroute 2, eindniveau 1F). De doelen voor "
          "breuken, procenten en verhoudingen van groep 7-8 worden beperkt aangeboden. Tijdens de Engelse les "
          "werkt {N} aan de eigen rekenlijn.",
    "sbo": "{N} volgt voor rekenen en begrijpend lezen een eigen leerlijn met eindniveau eind groep 6. "
           "De wereldoriëntatie volgt {N} met de groep.",
    "so": "{N} volgt een aangepast rooster: tot de kerstvakantie 4 ochtenden per week op school (gedeeltelijke "
          "vrijstelling, gemeld bij de leerplichtambtenaar). Daarna wordt het rooster in stappen uitgebreid.",
    "vo": "{N} heeft vrijstelling voor het vak Frans. De vrijgekomen uren worden besteed aan extra begeleiding "
          "Nederlands in het steunpunt.",
    "pro": "In plaats van de lessen Engels volgt {N} een extra dagdeel stage. Voor rekenen werkt {N} met "
           "vervangende doelen op 1F-niveau.",
    "vso": "{N} volgt 2 dagen per week een stage in plaats van lessen; de theorie-uren zijn teruggebracht "
           "tot 12 per week. Voor Nederlands en rekenen gelden vervangende doelen.",
}


def rechten_text(p):
    return S(p, "U heeft als ouder instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met "
                "(een deel van) het plan, bespreek dit dan eerst met de intern begeleider of de directeur. Komt u "
                "er samen niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt van %s of een "
                "onderwijsconsulent inschakelen. U kunt ook binnen zes weken na vaststelling van het OPP een "
                "verzoek indienen bij de Geschillencommissie passend onderwijs." % p.swv)


def rechten_text_adult(p):
    return S(p, "Omdat je meerderjarig bent, beslis je zelf over je instemming met het handelingsdeel. Ben je het "
                "niet eens met het plan? Bespreek het met je mentor of de teamleider. Kom je er niet uit, dan kun "
                "je hulp vragen van een onderwijsconsulent of het ouder- en jeugdsteunpunt van %s. Binnen zes weken "
                "na vaststelling kun je naar de Geschillencommissie passend onderwijs." % p.swv)
