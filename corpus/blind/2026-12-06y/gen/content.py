# -*- coding: utf-8 -*-
"""Content model for the blind OPP set: invented pupils, schools and element texts.

Everything here is invented. No clock is used; all variation comes from the doc spec
and a random.Random seeded with the document number.
"""
import random

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def dnum(d):  # 'YYYY-MM-DD' -> '14-10-2025'
    y, m, dd = d.split("-")
    return f"{dd}-{m}-{y}"


def dlong(d):
    y, m, dd = d.split("-")
    return f"{int(dd)} {MONTHS[int(m) - 1]} {y}"


def add_days(d, n):
    import datetime as _dt  # date arithmetic only, never the clock
    x = _dt.date.fromisoformat(d) + _dt.timedelta(days=n)
    return x.isoformat()


def schoolyear(d):
    y, m, _ = map(int, d.split("-"))
    return f"{y}-{y + 1}" if m >= 8 else f"{y - 1}-{y}"


SCHOOLS = {
    "po": [("obs De Wilgenhoek", "Hollerveen"), ("cbs Het Baken", "Strijenoord"),
           ("IKC De Vlonder", "Kempenhaar"), ("rkbs Sint Odulfus", "Oudewaal"),
           ("obs Tweestroom", "Marledijk")],
    "sbo": [("SBO De Kiezel", "Marledijk"), ("SBO Het Palet", "Vennebroek"),
            ("SBO De Meerpaal", "Strijenoord")],
    "so": [("De Zeilmaker, school voor speciaal onderwijs", "Vennebroek"),
           ("SO Het Kompas (cluster 4)", "Lindewaarde"), ("SO De Regenboogvis", "Hollerveen")],
    "vo": [("Ardencollege", "Lindewaarde"), ("Scholengemeenschap Het Veerhuis", "Brederhoven"),
           ("Maas en Linge Lyceum", "Oudewaal"), ("Vakcollege Kempenhaar", "Kempenhaar")],
    "pro": [("Praktijkschool De Werkplaats", "Brederhoven"), ("Praktijkcollege Vennebroek", "Vennebroek"),
            ("PrO De Schakel", "Marledijk")],
    "vso": [("VSO Het Anker", "Lindewaarde"), ("De Zeilmaker, voortgezet speciaal onderwijs", "Vennebroek"),
            ("VSO De Horst", "Kempenhaar")],
}

SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Waalrand (PO 31-07)",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Waalrand (PO 31-07)",
    "so": "Samenwerkingsverband Passend Primair Onderwijs De Linge (PO 31-12)",
    "vo": "Samenwerkingsverband VO Lindewaarde en omstreken (VO 31-04)",
    "pro": "Samenwerkingsverband VO Lindewaarde en omstreken (VO 31-04)",
    "vso": "Samenwerkingsverband VO Brederhoven-Oudewaal (VO 31-09)",
}

PUPILS = [
    ("Jurre", "Wolterink", "m"), ("Fenna", "Kooistra", "v"), ("Milan", "Achterberg", "m"),
    ("Noor", "el Idrissi", "v"), ("Ravi", "Doelakhan", "m"), ("Isa", "Ten Hove", "v"),
    ("Daan", "Zwerver", "m"), ("Lieke", "Brandsema", "v"), ("Youssef", "Amrani", "m"),
    ("Tess", "Oldenkamp", "v"), ("Bram", "Hoekstra-Vis", "m"), ("Sanne", "Ruitenbeek", "v"),
    ("Thijmen", "Klappe", "m"), ("Amira", "Haddouchi", "v"), ("Luuk", "Veltkamp", "m"),
    ("Julia", "Wiersema", "v"), ("Gijs", "Scheepmaker", "m"), ("Evi", "Lamberink", "v"),
    ("Sven", "Dijkhuis", "m"), ("Maud", "Tolsma", "v"), ("Kerem", "Yilmazer", "m"),
    ("Roos", "Van der Heul", "v"), ("Stijn", "Bloemert", "m"), ("Nina", "Holtrop", "v"),
    ("Finn", "Ormel", "m"), ("Zara", "Mahabier", "v"), ("Jesse", "Uitenbroek", "m"),
    ("Lotte", "Sijbring", "v"), ("Mees", "Bakkenes", "m"), ("Yara", "Doornbos", "v"),
    ("Ties", "Warnaar", "m"), ("Hanna", "Spijkerboer", "v"), ("Olaf", "Terpstra-Lam", "m"),
    ("Ilse", "Venhuizen", "v"), ("Rayan", "Bouzerda", "m"), ("Femke", "Greving", "v"),
    ("Niels", "Rozendal", "m"), ("Vera", "Kuipers-Sloot", "v"), ("Dex", "Lubbers", "m"),
    ("Elin", "Mulderij", "v"), ("Owen", "Fokkema", "m"), ("Pien", "Huisjes", "v"),
    ("Teun", "Kroeze", "m"), ("Selma", "Aardema", "v"), ("Boaz", "Nijeboer", "m"),
    ("Jinte", "Reitsma", "v"), ("Wessel", "Dam-Schuring", "m"), ("Anouk", "Plomp", "v"),
]

STAFF = ["mw. A. Verbrugge", "dhr. K. Soetens", "mw. L. Harmsen", "dhr. P. de Graaff",
         "mw. R. Oudshoorn", "dhr. J. Wennekes", "mw. E. Pronk", "dhr. S. Bakhuis",
         "mw. C. Tiemersma", "dhr. H. Lommerse", "mw. D. Kramer-Ates", "dhr. W. Vrielink"]


class Ctx:
    """All facts of one invented pupil and plan."""

    def __init__(self, n, st, date, adult=False, curatele=False, revised=None):
        r = random.Random(1000 + n)
        self.r = r
        self.n = n
        self.st = st
        self.date = date  # date the plan is set (vaststelling) or would be set
        self.revised = revised
        self.adult = adult
        self.curatele = curatele
        fn, ln, g = PUPILS[n % len(PUPILS)]
        self.first, self.last, self.g = fn, ln, g
        self.name = f"{fn} {ln}"
        self.hij = "hij" if g == "m" else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if g == "m" else "haar"
        self.Zijn = self.zijn.capitalize()
        self.hem = "hem" if g == "m" else "haar"
        sch = SCHOOLS[st][n % len(SCHOOLS[st])]
        self.school, self.place = sch
        self.swv = SWV[st]
        staff = STAFF[:]
        r.shuffle(staff)
        self.ib, self.mentor, self.director, self.ortho, self.rt = staff[:5]
        y = int(date[:4])
        age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 17}[st]
        if adult:
            age = 18 + (n % 2)
        by = y - age
        self.dob = f"{(n * 7) % 28 + 1:02d}-{(n * 5) % 12 + 1:02d}-{by}"
        self.age = age
        self.group = {"po": f"groep {6 + n % 3}", "sbo": f"groep {6 + n % 3}",
                      "so": f"groep {4 + n % 3}", "vo": f"leerjaar {1 + n % 3}",
                      "pro": f"leerjaar {2 + n % 3}", "vso": f"leerjaar {4 + n % 2}"}[st]
        if adult:
            self.group = "leerjaar 6"
        self.parent1 = ("mw. " if n % 2 else "dhr. ") + f"{'ABCDEGHJKLMNPRST'[n % 16]}. {ln}"
        self.parent_role = "moeder" if n % 2 else "vader"
        self.parent2 = ("dhr. " if n % 2 else "mw. ") + f"{'BDFHKMRTW'[n % 9]}. {ln}"
        self.curator = f"mr. {'GHJLN'[n % 5]}. Roetman (curator, Bewindvoering en Curatele Waalrand)"
        self.oogo_date = add_days(date, -9 - n % 6)
        self.sign_date = add_days(date, 3 + n % 4)
        self.print_date = add_days(date, 20 + (n * 3) % 40)
        self.pupil_talk = add_days(date, -16 - n % 5)
        self.sy = schoolyear(date)
        sy0 = int(self.sy[:4])
        self.valid_until = f"{sy0 + 1}-07-31"
        self.eval1 = f"{MONTHS[(int(date[5:7]) + 3) % 12]} {sy0 + 1 if int(date[5:7]) + 4 > 12 else sy0}"
        self.eval2 = f"juni {sy0 + 1}"
        self.dossier = f"{'PO' if st in ('po', 'sbo', 'so') else 'VO'}-{sy0}-{4100 + n * 37}"
        self.version = 1 + n % 4

    # ---------------------------------------------------------------- destinations
    def dest(self):
        st, n = self.st, self.n
        return {
            "po": ["vmbo basis- en kaderberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
                   "vmbo-kader", "vmbo gemengde/theoretische leerweg", "praktijkonderwijs"][n % 4],
            "sbo": ["praktijkonderwijs", "vmbo-basis met leerwegondersteuning"][n % 2],
            "so": ["vso, uitstroomprofiel vervolgonderwijs (richting vmbo-basis)",
                   "sbo De Kiezel (terugplaatsing), daarna vmbo-basis met lwoo",
                   "vso, uitstroomprofiel arbeidsmarktgericht"][n % 3],
            "vo": ["vmbo-kader diploma (profiel Zorg en Welzijn), daarna mbo niveau 3",
                   "havo-diploma, daarna hbo", "vmbo-tl diploma, daarna mbo niveau 4",
                   "vmbo-basis diploma met lwoo, daarna mbo niveau 2"][n % 4],
            "pro": ["arbeid: betaald werk in de groenvoorziening, met branchecertificaat",
                    "mbo Entreeopleiding (niveau 1), richting logistiek",
                    "arbeid: werk in de horeca (afwas/keukenhulp) met jobcoach"][n % 3],
            "vso": ["uitstroomprofiel arbeidsmarktgericht: werk in de techniek/metaal (beschut werk niet nodig)",
                    "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij)",
                    "uitstroomprofiel vervolgonderwijs: vmbo-tl examen, daarna mbo niveau 3"][n % 3],
        }[st]

    def onderbouwing(self):
        c = self
        t = {
            "po": f"Uit het intelligentieonderzoek (WISC-V, afgenomen door {c.ortho}, orthopedagoog, maart 2025) komt een "
                  f"totaal-IQ van 84 (verbaal 90, perceptueel 81). De leerrendementen over de laatste drie meetmomenten: "
                  f"begrijpend lezen 55%, rekenen 48%, technisch lezen 72%. {c.Hij} heeft een leerachterstand van ruim 1,5 jaar "
                  f"op rekenen. Op grond van dit beeld en de ontwikkeling sinds groep 4 verwachten wij de genoemde uitstroom.",
            "sbo": f"{c.first} stroomde in groep 5 in vanuit de reguliere basisschool. Het TIQ (WISC-V, 2024) is 74, "
                   f"met een zwakker werkgeheugen. De didactische leeftijdsequivalenten liggen op E4/M5 niveau voor rekenen en "
                   f"begrijpend lezen; het leerrendement is de laatste twee jaar stabiel rond 50%. Dat past bij de genoemde uitstroom.",
            "so": f"{c.first} zit sinds groep 3 op onze school vanwege ernstige gedragsproblemen (diagnose ADHD en ODD, 2023). "
                  f"Cognitief is {c.hij} gemiddeld begaafd (TIQ 96, 2024). De didactische achterstand is 1 jaar. Door de "
                  f"verbetering van de gedragsregulatie in het afgelopen jaar achten wij de genoemde bestemming haalbaar.",
            "vo": f"{c.first} heeft bij de overgang het advies uit groep 8 gekregen dat past bij deze bestemming. De resultaten "
                  f"in leerjaar 1 en 2 (gemiddeld 6,4 op de kernvakken) en de Cito-VAS-toets (2025) bevestigen dit niveau. "
                  f"De dyslexie en de faalangst maken extra begeleiding nodig, maar zijn geen reden om een ander niveau te verwachten.",
            "pro": f"{c.first} volgt praktijkonderwijs op basis van de toelaatbaarheid (IQ 68, leerachterstand >3 jaar op twee "
                   f"domeinen, 2023). In de interne stages (bedrijfshal, schoolkantine) laat {c.hij} goede werknemersvaardigheden zien; "
                   f"de stagebeoordeling van de externe stage (voorjaar 2025) was voldoende. Daarom verwachten wij deze bestemming.",
            "vso": f"{c.first} heeft een TIQ van 71 (WAIS-IV, 2024) en een autismespectrumstoornis. In de stages bij "
                   f"Metaalbedrijf Hoogerwerf (2024) en de interne werkplaats werkt {c.hij} zelfstandig bij een vaste structuur. "
                   f"De stagebegeleider en de commissie voor de begeleiding zien dit profiel als passend.",
        }[self.st]
        return t

    def factors(self):
        c = self
        rows = [
            ("Cognitief / leren",
             {"po": "Zwak werkgeheugen; rekenen blijft anderhalf jaar achter.",
              "sbo": "Traag verwerkingstempo, moeite met abstracte opdrachten.",
              "so": "Wisselende concentratie, haakt af bij lange instructie.",
              "vo": "Dyslexie (verklaring 2022); trage leessnelheid bij toetsen.",
              "pro": "Beperkte leesvaardigheid (AVI M5), rekenen op niveau groep 5.",
              "vso": "Moeite met plannen en generaliseren van wat is geleerd."}[c.st],
             {"po": "Goed mondeling taalbegrip, leert veel van voordoen.",
              "sbo": "Sterke praktische intelligentie, goed in handvaardigheid.",
              "so": "Gemiddelde intelligentie, snel in rekenen als " + c.hij + " gefocust is.",
              "vo": "Goede mondelinge vaardigheid en groot woordbegrip.",
              "pro": "Leert snel door te doen, werkt nauwkeurig.",
              "vso": "Goed in vaste procedures en technische taken."}[c.st]),
            ("Werkhouding",
             "Start moeilijk aan zelfstandige taken; vraagt weinig hulp." if c.g == "v" else
             "Snel afgeleid door geluid in de klas; raffelt werk af.",
             "Is gemotiveerd als het werk haalbaar is en reageert goed op complimenten."),
            ("Sociaal-emotioneel",
             {"po": "Faalangst bij toetsen; trekt zich terug in de groep.",
              "sbo": "Reageert boos bij conflicten op het plein.",
              "so": "Snel overprikkeld; escaleert bij onverwachte veranderingen.",
              "vo": "Faalangst, vooral bij presentaties en proefwerken.",
              "pro": "Laat zich makkelijk meeslepen door klasgenoten.",
              "vso": "Contact met onbekenden levert spanning op."}[c.st],
             "Heeft een goede band met de " + ("leerkracht" if c.st in ("po", "sbo", "so") else "mentor") +
             " en twee vaste vrienden in de klas."),
            ("Thuissituatie",
             "Ouders zijn gescheiden; wisselende weekenden geven onrust op maandag.",
             "Ouders zijn betrokken en werken goed samen met school."),
        ]
        return rows

    def behoefte(self):
        c = self
        return [
            f"{c.first} heeft instructie nodig in kleine stappen, met voordoen en een controlevraag voordat {c.hij} zelfstandig gaat werken.",
            f"{c.Hij} heeft een voorspelbare dagstructuur nodig, met een dagplanning op tafel en vooraankondiging van veranderingen.",
            f"{c.Hij} heeft een volwassene nodig die bij spanning tijdig een time-out aanbiedt (vaste plek buiten de groep).",
            {"po": "Extra verlengde instructie rekenen met concreet materiaal.",
             "sbo": "Opdrachten in korte blokken met directe feedback.",
             "so": "Een prikkelarme werkplek en korte werkblokken van 15 minuten.",
             "vo": "Toetsen op papier in vergroot lettertype en 20% extra tijd; gebruik van voorleessoftware.",
             "pro": "Begeleiding op de stageplek door een vaste praktijkbegeleider.",
             "vso": "Een vaste jobcoach bij de overgang naar een externe stage."}[c.st],
        ]

    def support(self):
        c = self
        fromd = dlong(add_days(c.date, 7))
        rows = {
            "po": [("Verlengde instructie rekenen in kleine groep", f"{c.rt}, remedial teacher", "3x per week 30 min", fromd),
                   ("Faalangsttraining (Vrienden-programma)", "schoolmaatschappelijk werk", "8 bijeenkomsten", "november"),
                   ("Dagplanning en time-outplek", "groepsleerkracht", "dagelijks", fromd)],
            "sbo": [("Rekenen op eigen leerlijn met Rekenroute-materiaal", "groepsleerkracht", "dagelijks 45 min", fromd),
                    ("Sociale vaardigheidstraining", f"{c.ib}, intern begeleider", "1x per week 45 min", fromd),
                    ("Observatie en coaching leerkracht", "ambulant begeleider SWV", "1x per 6 weken", fromd)],
            "so": [("Individuele gedragscoaching", "gedragswetenschapper", "1x per week 30 min", fromd),
                   ("Prikkelarme werkplek en time-outprotocol", "leerkracht en klassenassistent", "dagelijks", fromd),
                   ("Speltherapie (via jeugdhulp, onder schooltijd)", "Jeugdhulp De Berkenhof", "1x per week", "oktober")],
            "vo": [("Dyslexiebegeleiding en faalangstreductietraining", f"{c.rt}, RT'er", "1x per week 50 min", fromd),
                   ("Mentorgesprek met planning van de week", c.mentor + ", mentor", "wekelijks 15 min", fromd),
                   ("Toetsaanpassing: extra tijd en voorleessoftware", "alle vakdocenten, coördinatie zorgcoördinator", "bij elke toets", fromd)],
            "pro": [("Stagebegeleiding en werknemersvaardigheden", "stagecoördinator", "1x per 2 weken bezoek", fromd),
                    ("Lezen functioneel (formulieren, werkinstructies)", "taaldocent", "2x per week 50 min", fromd),
                    ("Weerbaarheidstraining", "schoolmaatschappelijk werk", "10 bijeenkomsten", "januari")],
            "vso": [("Jobcoaching bij externe stage", "jobcoach VSO", "wekelijks bezoek stageplek", fromd),
                    ("Training zelfstandig reizen", "stagebegeleider", "2x per week tot de kerstvakantie", fromd),
                    ("Begeleid overleg met stagebedrijf", "mentor", "1x per 6 weken", fromd)],
        }[c.st]
        return rows

    def afwijkingen(self):
        c = self
        return {
            "po": f"{c.first} werkt voor rekenen op een eigen leerlijn (eindniveau 1F niet haalbaar; doel: niveau eind groep 6 aan "
                  f"het eind van groep 8). Voor de andere vakken volgt {c.hij} het programma van de groep.",
            "sbo": f"Voor rekenen en begrijpend lezen volgt {c.first} een eigen leerlijn (uitstroomniveau praktijkonderwijs). "
                   f"Engels vervalt in groep 7 en 8; die tijd wordt besteed aan rekenen.",
            "so": f"{c.first} volgt een aangepast rooster van 4 dagen (woensdagmiddag vrij voor speltherapie); "
                  f"de onderwijstijd is daarmee 2 uur per week minder. Vrijstelling van gymnastiek in de grote zaal.",
            "vo": f"Vrijstelling voor het vak Frans (vervangen door extra Nederlands/ondersteuningsuur); verder het reguliere programma.",
            "pro": f"{c.first} volgt 2 dagen per week stage in plaats van het lesprogramma (maatwerkrooster).",
            "vso": f"{c.first} volgt een verkort lesprogramma van 20 uur per week op school en 2 dagen stage.",
        }[c.st]

    def doelen(self):
        c = self
        eind = f"juni {int(c.sy[:4]) + 1}"
        return {
            "po": [("Rekenen", f"{c.first} beheerst de tafels 1 t/m 10 foutloos binnen 4 minuten (toets Tafeldiploma).", eind),
                   ("Begrijpend lezen", f"{c.first} kan bij een tekst van AVI-niveau E5 de hoofdzaak in één zin benoemen (8 van 10 keer).", "januari"),
                   ("Sociaal-emotioneel", f"{c.first} vraagt zelf hulp als {c.hij} vastloopt (minimaal 3x per week, turflijst leerkracht).", eind)],
            "sbo": [("Rekenen", "Optellen en aftrekken tot 100 met overschrijding, 80% goed op de methodetoets.", eind),
                    ("Gedrag", f"{c.first} lost een conflict op het plein op met het stappenplan zonder ingrijpen van een volwassene (4 van 5 keer).", eind)],
            "so": [("Gedrag", f"{c.first} gebruikt zelf de time-outkaart bij spanning, in 80% van de situaties (registratie leerkracht).", eind),
                   ("Taakgericht werken", f"{c.first} werkt 15 minuten zelfstandig aan een taak zonder aansporing.", "maart")],
            "vo": [("Leren/plannen", f"{c.first} plant wekelijks zelf het huiswerk in de agenda en bespreekt dit met de mentor.", "januari"),
                   ("Faalangst", f"{c.first} houdt een presentatie van 3 minuten voor een kleine groep.", eind),
                   ("Resultaten", "Geen onvoldoende lager dan 5,0 voor de kernvakken op het eindrapport.", eind)],
            "pro": [("Werknemersvaardigheden", f"{c.first} is 10 weken op rij op tijd op de stageplek (registratie stagebedrijf).", eind),
                    ("Lezen", f"{c.first} leest een werkinstructie van 1 A4 en voert die zelfstandig uit.", eind)],
            "vso": [("Arbeid", f"{c.first} werkt 2 dagen per week 4 uur achter elkaar op de stageplek met 1 pauze.", eind),
                    ("Zelfstandigheid", f"{c.first} reist zelfstandig met de bus naar de stageplek.", "kerstvakantie")],
        }[c.st]

    def advies(self):
        c = self
        if c.st in ("so", "vso"):
            return (f"Advies commissie voor de begeleiding (vergadering {dnum(add_days(c.date, -21))}): de commissie adviseert "
                    f"het uitstroomprofiel zoals hierboven en vraagt om extra aandacht voor de overgang naar een externe "
                    f"{'stage' if c.st == 'vso' else 'groep'}. De school neemt dit over door een vaste begeleider in te zetten. "
                    f"Daarnaast adviseert de behandelaar van Jeugdhulp De Berkenhof een vaste dagstructuur met picto's; dit is "
                    f"opgenomen in de ondersteuning.")
        return (f"{c.ortho}, orthopedagoog (onderzoeksverslag {dnum(add_days(c.date, -150))}), adviseert instructie in kleine "
                f"stappen, een rustige werkplek en het voordoen van oplossingsstrategieën. Het team neemt dit over in de "
                f"ondersteuning (zie hierboven). De jeugdarts (GGD) adviseerde in 2024 een controle van het gehoor; die "
                f"is uitgevoerd en gaf geen bijzonderheden.")

    def oogo(self):
        c = self
        who = f"{c.parent1} ({c.parent_role})"
        if c.adult:
            who = f"{c.first} zelf"
            if c.curatele:
                who = f"{c.first}, {c.curator.split(' (')[0]} (curator) en {c.parent1} ({c.parent_role})"
        return (f"Het ontwikkelingsperspectief is op {dlong(c.oogo_date)} besproken met {who}, "
                f"{c.mentor} ({'leerkracht' if c.st in ('po', 'sbo', 'so') else 'mentor'}) en {c.ib} (intern begeleider/zorgcoördinator). "
                f"Wensen uit het gesprek (meer aandacht voor {'rekenen' if c.n % 2 else 'het huiswerk en de planning'}) zijn verwerkt in het plan.")

    def inbreng(self):
        c = self
        return (f"Gesprek met {c.first} op {dlong(c.pupil_talk)} (met de {'leerkracht' if c.st in ('po', 'sbo', 'so') else 'mentor'}). "
                f"{c.first} zegt: \"Ik wil liever in de klas blijven en niet steeds apart, en ik wil beter worden in "
                f"{'rekenen' if c.st in ('po', 'sbo', 'so') else 'plannen'}.\" "
                f"Wat we hiermee doen: de extra instructie wordt in de klas aan de instructietafel gegeven in plaats van "
                f"buiten de groep, en doel 1 is samen met {c.first} geformuleerd.")

    def inbreng_view_only(self):
        c = self
        return (f"{c.first} geeft aan dat {c.hij} het fijn vindt op school en graag meer wil buitenspelen/sporten. "
                f"{c.Hij} vindt rekenen moeilijk.")

    def evaluatie(self):
        c = self
        who = "ouders" if not c.adult else c.first
        return (f"Tussenevaluatie met {who}{' en ' + c.first if not c.adult else ''} in {c.eval1}; eindevaluatie en bijstelling in "
                f"het OPP-gesprek in {c.eval2}. Wij bespreken dan of de doelen zijn gehaald en of het ontwikkelingsperspectief nog klopt.")

    def rechten(self):
        c = self
        who = "U" if not c.adult else "Je"
        return (f"{who} heeft instemmingsrecht op het handelingsdeel van dit OPP: zonder instemming voeren wij dit deel niet uit. "
                f"Bent {'u' if not c.adult else 'je'} het niet eens met het plan, bespreek dit dan eerst met de school. "
                f"Het Ouder- en Jeugdsteunpunt van het samenwerkingsverband en de Onderwijsconsulenten kunnen gratis helpen. "
                f"Komen wij er samen niet uit, dan kan binnen zes weken na de vaststelling een geschil worden voorgelegd "
                f"aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht).")

    def vaststelling(self):
        c = self
        return f"Vastgesteld op {dlong(c.date)} door {c.director}, directeur {c.school}, na het overleg met {'ouders' if not c.adult else c.first}."


# ----------------------------------------------------------------- gap texts
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "<invullen>", "xxx",
                "Klik of tik om tekst in te voeren.", "nog invullen door IB", "@@"]

INSTRUCTIONS = {
    "uitstroombestemming": "Vermeld hier het verwachte uitstroomniveau (bijv. vmbo-b/k, vmbo-tl, havo, vwo, pro) of in het VSO het uitstroomprofiel.",
    "onderbouwing": "Onderbouw de verwachte uitstroombestemming met gegevens uit het leerlingvolgsysteem, onderzoeksgegevens en de schoolloopbaan (max. 15 regels).",
    "belemmerende_factoren": "Noem per domein de factoren die het leren en de ontwikkeling belemmeren. Formuleer concreet en observeerbaar.",
    "bevorderende_factoren": "Noem per domein de factoren die de ontwikkeling stimuleren (sterke kanten van de leerling en de omgeving).",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'X heeft ... nodig om ...'.",
    "ondersteuning": "Beschrijf welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer. Verwijs niet naar het groepsplan.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo nee, vul 'geen' in.",
    "doelen": "Formuleer SMART-doelen voor de komende periode per ontwikkelingsgebied.",
    "adviezen_professionals": "Vat de adviezen van externe deskundigen samen en geef aan wat de school ermee doet.",
    "oogo": "Vermeld de datum van het op overeenstemming gericht overleg en wie aanwezig waren.",
    "instemming_ouders": "Laat ouders hieronder tekenen voor instemming met het handelingsdeel.",
    "inbreng_leerling": "Beschrijf wat de leerling zelf heeft ingebracht en hoe dat in het plan is verwerkt (hoorrecht, verplicht vanaf 1-8-2025).",
    "evaluatie": "Geef aan wanneer en met wie het OPP wordt geëvalueerd (minimaal 1x per schooljaar).",
    "informatie_rechten": "Informeer ouders over hun instemmingsrecht en de mogelijkheden bij een geschil.",
    "vaststelling": "Datum van vaststelling en naam van de directeur invullen na het OOGO.",
}

GENERIC = {
    "uitstroombestemming": "Wij streven ernaar dat iedere leerling uitstroomt naar het hoogst haalbare niveau.",
    "onderbouwing": "De uitstroombestemming wordt bij alle leerlingen bepaald aan de hand van het leerlingvolgsysteem en de groepsbesprekingen.",
    "belemmerende_factoren": "Iedere leerling heeft belemmerende en bevorderende factoren; deze worden in de groepsbespreking besproken.",
    "bevorderende_factoren": "Wij gaan uit van de kansen en talenten van ieder kind.",
    "ondersteuningsbehoefte": "Alle leerlingen hebben behoefte aan een veilige, gestructureerde leeromgeving en duidelijke instructie.",
    "ondersteuning": "De leerling ontvangt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel (SOP) en het groepsplan.",
    "afwijkingen_onderwijsprogramma": "Leerlingen kunnen waar nodig een aangepast programma volgen.",
    "doelen": "De leerling werkt aan de doelen van de methode, op het niveau van de groep.",
    "adviezen_professionals": "De school werkt samen met externe deskundigen en neemt hun adviezen mee waar dat mogelijk is.",
    "oogo": "Ouders worden altijd betrokken bij het opstellen van het OPP.",
    "inbreng_leerling": "Wij vinden het belangrijk dat alle leerlingen gehoord worden; in elke groep worden kindgesprekken gevoerd.",
    "evaluatie": "Alle OPP's worden periodiek geëvalueerd volgens de zorgcyclus van de school.",
    "informatie_rechten": "Voor vragen en klachten verwijzen wij naar de klachtenregeling op de website van de school.",
    "vaststelling": "OPP's worden vastgesteld door de directie.",
}

REFS = {
    "uitstroombestemming": "Zie overdrachtsdossier (bijlage 1).",
    "onderbouwing": "Zie bijlage 3: LVS-overzicht en onderzoeksverslag.",
    "belemmerende_factoren": "Zie groeidocument in het portaal.",
    "bevorderende_factoren": "Zie groeidocument in het portaal.",
    "ondersteuningsbehoefte": "Zie het verslag van de orthopedagoog (bijlage 2).",
    "ondersteuning": "Zie groepsplan rekenen en groepsplan gedrag (map IB).",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 4 (rooster).",
    "doelen": "Zie handelingsplan periode 2 (apart document).",
    "adviezen_professionals": "Zie verslag psycholoog in bijlage 2.",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het kindgesprek in het leerlingvolgsysteem.",
    "evaluatie": "Volgens de jaarplanning zorg (zie schoolgids).",
    "informatie_rechten": "Zie de website van het samenwerkingsverband.",
    "vaststelling": "Zie besluit directie (dossier).",
}

PARTIAL = {
    "uitstroombestemming": "Voortgezet onderwijs.",
    "onderbouwing": "Op basis van de toetsen.",
    "belemmerende_factoren": "Concentratie.",
    "bevorderende_factoren": "Lief kind.",
    "ondersteuningsbehoefte": "Structuur.",
    "ondersteuning": "Extra hulp bij rekenen en begeleiding bij gedrag.",
    "doelen": "Beter worden in rekenen. Rustiger worden in de klas.",
    "adviezen_professionals": "Er is een psychologisch onderzoek gedaan (2024).",
    "oogo": "Ouders worden uitgenodigd voor een gesprek over het OPP.",
    "evaluatie": "Het OPP wordt geëvalueerd door de intern begeleider.",
    "informatie_rechten": "Ouders kunnen contact opnemen met de intern begeleider als zij vragen hebben.",
    "vaststelling": "Vastgesteld door: directeur    Datum: ",
}
