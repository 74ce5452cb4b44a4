# -*- coding: utf-8 -*-
"""Content bank for the blind OPP corpus (round 67, 2026-12-08o).

Every name, school, place and organisation here is invented.
A *case* is one pupil with, per element, the full content of a complete plan.
Gap variants (see variant()) replace that content for one document.
"""
import datetime as dt

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren",
    "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
    "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "oogo",
    "instemming_ouders", "inbreng_leerling", "evaluatie", "informatie_rechten",
    "vaststelling",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]


def d(s):
    return dt.date.fromisoformat(s)


def long_date(x):
    return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)


def short_date(x):
    return "%02d-%02d-%d" % (x.day, x.month, x.year)


def plus(x, days):
    return x + dt.timedelta(days=days)


def school_year(x):
    y = x.year if x.month >= 8 else x.year - 1
    return "%d-%d" % (y, y + 1)


class Content:
    """Content of one element in one document.

    kind: full | text | empty | absent
      full  : the complete content of the case (paras / rows / pairs)
      text  : replacement paragraphs (placeholder, instruction, reference ...)
      empty : heading kept, nothing under it
      absent: the section is not in the document at all
    """

    def __init__(self, kind, paras=None, rows=None, pairs=None, extra=None):
        self.kind = kind
        self.paras = paras or []
        self.rows = rows          # ondersteuning table rows / goal rows
        self.pairs = pairs        # factors: list of (domain, text)
        self.extra = extra or {}  # consent details etc.

    def __repr__(self):
        return "Content(%s)" % self.kind


# ---------------------------------------------------------------- people
FIRST_M = ["Sem", "Daan", "Milan", "Finn", "Bram", "Ayoub", "Mees", "Jesse", "Thijs",
           "Rayan", "Luuk", "Stijn", "Ilias", "Teun", "Gijs", "Owen", "Job", "Kyan",
           "Ruben", "Dex", "Jorrit", "Wessel", "Hidde", "Olivier", "Tijn", "Siem"]
FIRST_F = ["Noor", "Liv", "Saar", "Yara", "Lotte", "Isa", "Fenna", "Nova", "Evi", "Zoë",
           "Hanna", "Roos", "Amira", "Lieke", "Mila", "Sanne", "Fleur", "Esmee", "Julia",
           "Senna", "Jade", "Nina", "Maud", "Ilse", "Femke", "Lina"]
LAST = ["Verhoek", "Kramsveld", "Bosmeijer", "El Ouardi", "Tjallema", "van Duinhoven",
        "Hartsink", "Brouwerink", "Lamberts", "Schoonhoven", "Nijdam", "Oudeweg",
        "Veltkamp", "Rozendal", "de Haasse", "Wiersema", "Kuipersma", "van Essel",
        "Aksoy", "Pronk", "Gerritsma", "Mulderink", "Boelens", "Stoutjesdijk",
        "van Harlingen", "Dijkhof", "Hooijmans", "Ter Welle", "Zandbergen", "Ekelmans",
        "Vrielink", "Bakkenes", "Lindhout", "Jansema", "Hofstee", "Meerveld"]
STAFF = ["A. Kruithof", "M. Doornbos", "P. van Wieren", "S. Roelofsen", "J. Blankenstijn",
         "K. Haverkamp", "R. Oosterling", "E. van Tilburg-Smit", "T. Smeenk", "H. Veldman",
         "L. Bijleveld", "W. Groenhof", "D. Ramdin", "C. Westerbeek", "N. Ouwehand",
         "B. Terpstra", "F. de Graaff", "G. Uitenbroek", "I. Kamphorst", "Y. Benali"]
PLACES = ["Ommerveld", "Brederwijk", "Dijkerhout", "Kraaienburg", "Velmerdam",
          "Hoogenzand", "Ellewoude", "Marlinge", "Westerlaan", "Lindeveen", "Sluisdorp",
          "Akkerwoude"]

SCHOOLS = {
    "po": ["obs De Wilgenhoek", "cbs De Zaaier", "ikc Het Vlonderpad", "basisschool De Klimboom",
           "obs Het Uilennest", "rkbs Sint-Aldegonde", "cbs De Regenboogschelp"],
    "sbo": ["SBO De Kantelaar", "SBO Het Baken", "sbo De Wegwijzer-Noord", "SBO De Steiger"],
    "so": ["SO De Brinkhof (cluster 4)", "SO Het Palet (cluster 3)", "De Meerpaal SO (cluster 2)",
           "SO Het Hoogeland (cluster 4)"],
    "vo": ["Lindeveen College", "CSG Het Noorderlicht", "Velmerdam Lyceum",
           "Vakcollege Ellewoude", "Scholengemeenschap De Dijk"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Akkerwoude", "Praktijkcollege Sluisdorp"],
    "vso": ["VSO De Brinkhof", "VSO Het Palet", "VSO De Horizon-West", "Kompaan VSO"],
}
SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Ommerveld e.o. (PO 99-01)",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Ommerveld e.o. (PO 99-01)",
    "so": "Samenwerkingsverband Kraaienburg-Velmerdam (PO 99-07)",
    "vo": "Samenwerkingsverband VO Lindeveen en Dijkerhout (VO 99-12)",
    "pro": "Samenwerkingsverband VO Lindeveen en Dijkerhout (VO 99-12)",
    "vso": "Samenwerkingsverband VO Velmerdam (VO 99-15)",
}


class Case:
    """One pupil and the full content of his or her plan."""

    def __init__(self, rng, stype, plan_date, gender=None, age=None, variant_no=0,
                 adult=False, curatele=False, revised=None, cluster=None, profile=None):
        self.rng = rng
        self.stype = stype
        self.date = d(plan_date)
        self.revised = d(revised) if revised else None
        self.adult = adult
        self.curatele = curatele
        self.cluster = cluster
        self.profile = profile
        self.v = variant_no
        g = gender or rng.choice(["m", "f"])
        self.g = g
        self.first = rng.choice(FIRST_M if g == "m" else FIRST_F)
        self.last = rng.choice(LAST)
        self.name = "%s %s" % (self.first, self.last)
        self.hij = "hij" if g == "m" else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if g == "m" else "haar"
        self.Zijn = self.zijn.capitalize()
        self.hem = "hem" if g == "m" else "haar"
        st = rng.sample(STAFF, 6)
        self.teacher, self.ib, self.director, self.expert, self.extra_staff, self.mentor2 = st
        self.place = rng.choice(PLACES)
        self.school = rng.choice(SCHOOLS[stype])
        self.swv = SWV[stype]
        plast = self.last if rng.random() < 0.7 else rng.choice(LAST)
        self.mother = "%s. %s" % (rng.choice("ACEHJKMNSW"), plast)
        self.father = "%s. %s" % (rng.choice("BDFGLPRTW"), self.last)
        if age is None:
            age = {"po": rng.choice([9, 10, 11]), "sbo": rng.choice([9, 10, 11]),
                   "so": rng.choice([8, 9, 10, 11]), "vo": rng.choice([12, 13, 14, 15]),
                   "pro": rng.choice([13, 14, 15, 16]), "vso": rng.choice([15, 16, 17])}[stype]
        self.age = age
        by = self.date.year - age - (1 if self.date.month < 6 else 0)
        self.birth = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
        self.group = {"po": "groep %d" % max(3, min(8, age - 4)),
                      "sbo": "groep %d (stamgroep %s)" % (max(3, min(8, age - 4)), rng.choice(["Uil", "Vos", "Das", "Reiger"])),
                      "so": "groep %s" % rng.choice(["Zon", "Maan", "Ster", "Komeet"]),
                      "vo": "klas %d" % max(1, min(4, age - 11)),
                      "pro": "leerjaar %d" % max(1, min(4, age - 11)),
                      "vso": "%s-groep %s" % (rng.choice(["bovenbouw", "middenbouw"]), rng.choice(["A", "B", "C"]))}[stype]
        self.oogo_date = plus(self.date, -rng.randint(6, 16))
        self.eval1 = plus(self.date, rng.randint(100, 130))
        self.eval2 = plus(self.date, rng.randint(230, 260))
        self.consent_date = plus(self.date, rng.randint(2, 9))
        self.talk_date = plus(self.oogo_date, -rng.randint(3, 10))
        self.full = self._build()

    # effective date used for the hoorrecht rule
    @property
    def last_change(self):
        return self.revised or self.date

    def inbreng_applies(self):
        if self.stype == "vso" and self.adult and not self.curatele:
            return False
        return self.last_change >= d("2025-08-01")

    # ------------------------------------------------------------ content
    def _build(self):
        n, h, H, z, Z, hem = self.first, self.hij, self.Hij, self.zijn, self.Zijn, self.hem
        t = self.stype
        post = self.last_change >= d("2025-08-01")
        pupil_eval = (" en %s" % n) if (post or t in ("vo", "pro", "vso")) else ""
        c = {}
        # --- uitstroombestemming + onderbouwing
        if t == "po":
            opts = [("vmbo basisberoepsgerichte/kaderberoepsgerichte leerweg (vmbo-b/k), mogelijk met lwoo",
                     "Op de Cito/LVS-toetsen van de afgelopen drie jaar scoort %s op begrijpend lezen en rekenen "
                     "tussen een E- en D-niveau (functioneringsniveau rekenen eind groep 5, begrijpend lezen medio groep 5). "
                     "Het leerrendement ligt rond 60%%. Uit het intelligentieonderzoek (WISC-V, %d) komt een totaal-IQ van 86 "
                     "met een zwakker werkgeheugen. Met deze ontwikkeling verwachten we dat %s het eindniveau 1F haalt "
                     "voor rekenen en net 1F voor lezen." % (n, self.date.year - 1, h)),
                    ("vmbo gemengde/theoretische leerweg (vmbo-gt)",
                     "%s heeft een gemiddelde intelligentie (WISC-V: TIQ 98). De toetsresultaten rekenen liggen op "
                     "gemiddeld niveau (III), begrijpend lezen op IV door de dyslexie. Door de faalangst blijft %s "
                     "onder %s mogelijkheden; met ondersteuning verwachten we 2F voor rekenen en 1F-2F voor lezen." % (n, h, z)),
                    ("havo", "%s scoort op alle LVS-toetsen op I-niveau en heeft een hoog leerrendement (>120%%). "
                     "De belemmering zit in de werkhouding en de sociale omgang, niet in de cognitieve mogelijkheden "
                     "(WISC-V %d: TIQ 127, disharmonisch profiel)." % (n, self.date.year - 1))]
        elif t == "sbo":
            opts = [("vmbo basisberoepsgerichte leerweg met leerwegondersteuning (vmbo-b + lwoo)",
                     "%s werkt op een eigen leerlijn voor rekenen (niveau eind groep 5) en volgt voor taal en lezen "
                     "de groepslijn met verlengde instructie. Het didactisch leerrendement ligt tussen 55 en 70%%. "
                     "Het onderzoek van de orthopedagoog (NIO/WISC-V, %d) laat een TIQ van 81 zien." % (n, self.date.year - 1)),
                    ("praktijkonderwijs",
                     "Het leerrendement van %s ligt onder de 50%% (DLE begrijpend lezen 18 bij een DL van 40). "
                     "Uit het psychologisch onderzoek (WISC-V) komt een TIQ van 72. %s leert het best door te doen; "
                     "met deze ontwikkeling is het praktijkonderwijs de best passende vervolgplek." % (n, H))]
        elif t == "so":
            if self.cluster == 3:
                opts = [("vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)",
                         "%s heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd ongeveer 4 jaar, "
                         "Vineland-3 %d). %s leert in kleine stappen met veel herhaling. Gezien de ontwikkeling "
                         "in de afgelopen drie jaar past de leerroute 1 (dagbesteding)." % (n, self.date.year - 1, H))]
            elif self.cluster == 2:
                opts = [("vmbo basisberoepsgerichte leerweg (regulier of vso-vervolgonderwijs), leerroute 3",
                         "%s heeft een ernstige taalontwikkelingsstoornis (TOS), vastgesteld door het audiologisch "
                         "centrum (%d). Het non-verbale IQ is gemiddeld (SON-R: 96). Taalbegrip en woordenschat liggen "
                         "ruim twee jaar achter; rekenen ligt op niveau eind groep 5 (leerroute 3)." % (n, self.date.year - 2))]
            else:
                opts = [("vmbo-kader via vso-vervolgonderwijs (uitstroomprofiel vervolgonderwijs)",
                         "%s functioneert cognitief op gemiddeld niveau (WISC-V %d: TIQ 94). De achterstand "
                         "(ongeveer één jaar voor rekenen en lezen) komt vooral door schooluitval in groep 4 en 5. "
                         "Sinds de plaatsing op het SO groeit %s weer volgens de leerlijn (leerrendement 85%%)." % (n, self.date.year - 1, h))]
        elif t == "vo":
            opts = [("vmbo-kader diploma (kaderberoepsgerichte leerweg, profiel Zorg en Welzijn), daarna mbo niveau 3",
                     "%s is geplaatst in de kaderstroom op basis van het schooladvies en de doorstroomtoets (1F/2F). "
                     "De rapportcijfers in klas %s liggen gemiddeld op 6,4; bij de talen zijn onvoldoendes door de dyslexie. "
                     "De mentor en het docententeam verwachten dat %s met ondersteuning het kaderdiploma haalt." % (n, self.group[-1], h)),
                    ("havo-diploma",
                     "%s heeft een havo/vwo-advies en haalt bij toetsen in een rustige ruimte voldoendes (gemiddeld 6,8). "
                     "Door ziekteverzuim (ME/CVS, sinds %d) mist %s veel lessen. Het NIO (groep 8) gaf een "
                     "gemiddeld-bovengemiddeld beeld. We verwachten dat %s de havo in een verlengde route afrondt." % (n, self.date.year - 1, h, h)),
                    ("vmbo-basis met lwoo, daarna mbo niveau 2",
                     "%s heeft lwoo-indicatie (IQ 82, achterstand rekenen en lezen >2 jaar bij instroom). "
                     "Na anderhalf jaar haalt %s voldoendes voor de praktijkvakken en de meeste theorievakken."
                     % (n, h))]
        elif t == "pro":
            opts = [("arbeid: reguliere baan in de groenvoorziening of logistiek, eventueel via mbo-entree (niveau 1)",
                     "%s heeft een TIQ van 71 (WISC-V, groep 8) en een didactische achterstand van meer dan drie jaar. "
                     "In de interne stages (kantine, groen) laat %s zien dat %s zelfstandig kan werken als de taak duidelijk "
                     "is. Het stageverslag van het bedrijf (voorjaar %d) is positief over inzet en tempo." % (n, h, h, self.date.year)),
                    ("beschut werk / arbeid met loonkostensubsidie (doelgroepregister)",
                     "%s (TIQ 63, sociale redzaamheid onder leeftijdsniveau) heeft veel begeleiding nodig op de werkplek. "
                     "Op basis van de stages in leerjaar 2 en 3 en het oordeel van de stagebegeleider verwachten we "
                     "beschut werk bij een werkbedrijf." % n)]
        else:  # vso
            prof = self.profile or "arbeidsmarkt"
            if prof == "dagbesteding":
                opts = [("uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (bijvoorbeeld bij een zorgboerderij)",
                         "%s heeft een verstandelijke beperking (TIQ < 55) en heeft bij alle taken 1-op-1 begeleiding nodig. "
                         "In de interne stage (kaarsenmakerij) werkt %s 20 minuten achtereen. Gezien de ontwikkeling over de "
                         "afgelopen jaren past arbeidsmatige dagbesteding." % (n, h))]
            elif prof == "vervolg":
                opts = [("uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Dienstverlening)",
                         "%s haalt de vmbo-basisexamens in de vakken Nederlands, rekenen en Dienstverlening & Producten "
                         "(examens schooljaar %s). Met ondersteuning bij planning en prikkelverwerking verwachten we "
                         "dat %s mbo niveau 2 aankan." % (n, school_year(self.date), h))]
            else:
                opts = [("uitstroomprofiel arbeidsmarktgericht: werk in de horeca of schoonmaak (met jobcoach)",
                         "%s heeft een licht verstandelijke beperking (TIQ 66) en autisme. Bij de externe stage (%d) "
                         "in een hotelkeuken werkte %s drie dagdelen per week zelfstandig. Het stagebedrijf wil %s "
                         "na de stage een leerwerkplek aanbieden." % (n, self.date.year, h, hem))]
        u, o = opts[self.v % len(opts)]
        self.dest = u
        c["uitstroombestemming"] = Content("full", [u])
        c["onderbouwing"] = Content("full", [o])

        # --- factors
        bel = [("Leren", "%s heeft moeite met het automatiseren van de tafels en met begrijpend lezen; het werkgeheugen is zwak." % n),
               ("Werkhouding", "%s raakt snel afgeleid bij geluid en beweging in de klas en heeft moeite om aan een taak te beginnen." % H),
               ("Sociaal-emotioneel", "%s heeft weinig zelfvertrouwen en zegt snel 'ik kan het niet'; bij spanning trekt %s zich terug." % (H, h)),
               ("Thuis / omgeving", "Het gezin is in %d verhuisd; %s mist %s vrienden van de vorige school." % (self.date.year - 1, n, z))]
        bev = [("Leren", "%s leert goed met concreet materiaal en als stappen worden voorgedaan." % n),
               ("Werkhouding", "%s is gemotiveerd en werkt hard als %s weet wat er van %s verwacht wordt." % (H, h, hem)),
               ("Sociaal-emotioneel", "%s is behulpzaam en geliefd bij klasgenoten; %s heeft een goede band met de leerkracht." % (H, h)),
               ("Thuis / omgeving", "Ouders zijn zeer betrokken en oefenen thuis dagelijks tien minuten mee.")]
        if t in ("vso", "pro", "so") and (self.cluster != 2):
            bel[0] = ("Leren", "%s heeft een beperkte leerbaarheid; nieuwe vaardigheden vragen veel herhaling in dezelfde context." % n)
            bev[2] = ("Sociaal-emotioneel", "%s is vriendelijk en zoekt contact met volwassenen; %s laat zich goed geruststellen." % (H, h))
        if self.cluster == 2:
            bel[0] = ("Communicatie / taal", "%s begrijpt lange instructies niet en vindt het lastig zich mondeling uit te drukken (TOS)." % n)
        if t == "vo":
            bel[0] = ("Leren", "%s heeft dyslexie: lezen gaat traag en spelling kost veel energie; het werkgeheugen is zwak." % n)
            bev[2] = ("Sociaal-emotioneel", "%s is behulpzaam en geliefd bij klasgenoten; %s heeft een goede band met de mentor." % (H, h))
        if t in ("pro", "vso"):
            bev[2] = ("Sociaal-emotioneel", "%s is vriendelijk en zoekt contact met volwassenen; %s heeft een goede band met de mentor." % (H, h))
        if t == "vo" and self.v % 3 == 1:
            bel[0] = ("Gezondheid", "%s heeft ME/CVS en kan gemiddeld vier lesuren per dag aanwezig zijn." % n)
        c["belemmerende_factoren"] = Content("full", pairs=bel)
        c["bevorderende_factoren"] = Content("full", pairs=bev)

        # --- ondersteuningsbehoefte
        c["ondersteuningsbehoefte"] = Content("full", [
            "%s heeft %s nodig die de instructie in korte stappen geeft en controleert of %s de opdracht begrepen heeft." % (n, "een leerkracht" if t in ("po", "sbo", "so") else "docenten", h),
            "%s heeft een vaste, rustige werkplek nodig en een dagplanning met pictogrammen of een checklist." % n,
            "%s heeft nodig dat successen benoemd worden, zodat %s durft te beginnen aan nieuwe taken." % (n, h)])

        # --- ondersteuning (handelingsdeel)
        who_extra = {"po": "onderwijsassistent", "sbo": "onderwijsassistent", "so": "ambulant begeleider",
                     "vo": "ondersteuningscoach", "pro": "jobcoach", "vso": "stagebegeleider"}[t]
        rows = [
            ("Verlengde instructie rekenen en lezen in kleine groep", self.teacher + " (leerkracht/mentor)", "4 x per week 20 min", long_date(plus(self.date, 7))),
            ("Individuele begeleiding bij plannen en starten van taken", self.extra_staff + " (" + who_extra + ")", "2 x per week 30 min", long_date(plus(self.date, 7))),
            ("Gesprekje 'hoe gaat het?' met time-out-afspraak", self.ib + " (IB/zorgcoördinator)", "1 x per week 15 min", long_date(plus(self.date, 14))),
        ]
        if t == "vo":
            rows[0] = ("Steunles Nederlands en Engels en begeleiding bij de voorleessoftware", self.teacher + " (mentor)", "2 x per week 45 min", long_date(plus(self.date, 7)))
        if t == "vo" and self.v % 3 == 1:
            rows[0] = ("Aangepast rooster, rustruimte en inhaalrooster voor toetsen", self.teacher + " (mentor)", "dagelijks; wekelijks overleg 15 min", long_date(plus(self.date, 7)))
        if t in ("pro", "vso"):
            rows[0] = ("Stagevoorbereiding en training werknemersvaardigheden", self.teacher + " (mentor)", "wekelijks 2 uur", long_date(plus(self.date, 7)))
        c["ondersteuning"] = Content("full", rows=rows)

        # --- afwijkingen
        if t in ("pro", "vso", "sbo") or (t == "so" and self.cluster == 3):
            c["afwijkingen_onderwijsprogramma"] = Content("full", [
                "%s volgt voor rekenen een eigen leerlijn (%s) en werkt niet aan de referentieniveaus van %s groep/klas. "
                "Voor Engels geldt vrijstelling; die uren worden besteed aan praktische rekenvaardigheden (geld, tijd, klokkijken)."
                % (n, "leerroute 2" if t != "vso" else "Passende perspectieven, route praktijk", z)])
        elif t == "vo" and self.v % 3 == 1:
            c["afwijkingen_onderwijsprogramma"] = Content("full", [
                "Tijdelijk aangepast rooster: %s volgt 20 lesuren per week in plaats van 32 (ontheffing onderwijstijd aangevraagd "
                "bij de inspectie). Lichamelijke opvoeding vervalt; de toetsen worden gespreid over een extra jaar (verlengde route)." % n])
        elif t == "vo":
            c["afwijkingen_onderwijsprogramma"] = Content("full", [
                "%s heeft vanwege de dyslexie vrijstelling voor de tweede moderne vreemde taal (Duits); in die uren volgt %s steunles "
                "Nederlands. Voor het overige volgt %s het reguliere programma." % (n, h, h)])
        else:
            c["afwijkingen_onderwijsprogramma"] = Content("full", [
                "Voor rekenen werkt %s vanaf de tweede helft van het schooljaar op een eigen leerlijn (leerroute 2, "
                "eindniveau 1F); voor de overige vakken volgt %s het programma van de groep." % (n, h)])

        # --- doelen
        goals = [
            "Doel 1 (rekenen): eind %s beheerst %s de tafels 1 t/m 5 en 10 (90%% goed binnen 3 seconden per som)." % (MONTHS[self.eval1.month - 1], n),
            "Doel 2 (werkhouding): %s start binnen 2 minuten zelfstandig aan een taak met behulp van de checklist, in 4 van de 5 lessen (observatie mentor/leerkracht)." % n,
            "Doel 3 (sociaal-emotioneel): %s vraagt zelf om hulp als %s vastloopt, minimaal één keer per dag; gemeten met de dagkaart." % (n, h),
        ]
        if t == "vo":
            goals[0] = "Doel 1 (talen): vóór %s gebruikt %s bij alle toetsen Nederlands en Engels zelfstandig de voorleessoftware en staat %s voor beide vakken gemiddeld minimaal een 5,5." % (long_date(self.eval1), n, h)
        if t == "vo" and self.v % 3 == 1:
            goals[0] = "Doel 1 (aanwezigheid): vóór %s is %s gemiddeld vier lesuren per dag aanwezig en heeft %s de gemiste toetsen van periode 2 ingehaald volgens het inhaalrooster." % (long_date(self.eval1), n, h)
        if t in ("pro", "vso"):
            goals[0] = "Doel 1 (arbeid): vóór %s werkt %s twee dagdelen per week op de externe stage en komt %s zonder herinnering op tijd (stagebeoordeling)." % (long_date(self.eval2), n, h)
        c["doelen"] = Content("full", goals)

        # --- adviezen
        prof = {"po": "de orthopedagoog van het samenwerkingsverband (%s)" % self.expert,
                "sbo": "de orthopedagoog-GZ (%s) en de logopedist" % self.expert,
                "so": "de commissie voor de begeleiding (advies d.d. %s) en de behandelaar van het behandelcentrum" % long_date(plus(self.date, -30)),
                "vo": "de GZ-psycholoog (%s) en de jeugdarts" % self.expert,
                "pro": "de orthopedagoog (%s) en de jeugdarts" % self.expert,
                "vso": "de commissie voor de begeleiding (advies d.d. %s) en de gedragswetenschapper (%s)" % (long_date(plus(self.date, -25)), self.expert)}[t]
        c["adviezen_professionals"] = Content("full", [
            "Advies van %s: instructie visueel ondersteunen, werkgeheugen ontlasten (stappenplannen), en elke dag een vast "
            "moment voor ontspanning inbouwen. Daarnaast adviseert %s een zachte overgang bij wisselingen van lokaal of leerkracht." % (prof, "men"),
            "Wat de school ermee doet: de stappenplannen en de dagplanning zijn opgenomen in het handelingsdeel (zie de ondersteuning); "
            "de overgangen worden vooraf met %s besproken." % n])

        # --- oogo
        parents = "moeder (%s) en vader (%s)" % (self.mother, self.father)
        if t == "vso" and self.adult and not self.curatele:
            parents = "%s zelf (meerderjarig) en op %s verzoek %s moeder" % (n, z, z)
        if self.curatele:
            parents = "%s, %s moeder (%s, curator) en %s vader" % (n, z, self.mother, z)
        c["oogo"] = Content("full", [
            "Het ontwikkelingsperspectief is op %s in een op overeenstemming gericht overleg besproken met %s, "
            "%s (%s) en %s (%s). De opmerkingen van ouders over de huiswerkbelasting zijn verwerkt in de ondersteuning."
            % (long_date(self.oogo_date), parents, self.teacher, "leerkracht" if t in ("po", "sbo", "so") else "mentor",
               self.ib, "intern begeleider" if t in ("po", "sbo") else "zorgcoördinator")])

        # --- instemming
        if t == "vso" and self.adult and not self.curatele:
            signer = [("Leerling (meerderjarig)", self.name)]
            stmt = "Ik, %s, ben meerderjarig en stem in met het handelingsdeel van dit ontwikkelingsperspectief." % self.name
        elif self.curatele:
            signer = [("Curator / wettelijk vertegenwoordiger", self.mother + " (moeder, curator)")]
            stmt = ("%s staat onder curatele. De curator stemt namens %s in met het handelingsdeel van dit ontwikkelingsperspectief." % (n, hem))
        else:
            signer = [("Ouder/verzorger 1", self.mother), ("Ouder/verzorger 2", self.father)]
            stmt = "Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief."
        self.signers = signer
        c["instemming_ouders"] = Content("full", [stmt], extra={
            "stmt": stmt, "signers": [(r, nm, self.consent_date, True) for r, nm in signer],
            "boxes": [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]})

        # --- inbreng leerling
        c["inbreng_leerling"] = Content("full", [
            "Gesprek met %s op %s (met de %s): %s vertelt dat %s het lastig vindt als het druk is in de klas en dat %s liever "
            "niet apart gezet wordt voor extra instructie. %s wil graag beter worden in %s." %
            (n, long_date(self.talk_date), "mentor" if t in ("vo", "pro", "vso") else "leerkracht", n, h, h, H,
             "rekenen" if t not in ("pro", "vso") else "zelfstandig werken op stage"),
            "Wat we daarmee doen: op verzoek van %s vindt de verlengde instructie plaats aan de instructietafel in de eigen klas "
            "in plaats van op de gang, en doel 1 is samen met %s gekozen." % (n, hem)])

        # --- evaluatie
        c["evaluatie"] = Content("full", [
            "Het handelingsdeel wordt twee keer per schooljaar geëvalueerd met ouders%s: rond %s (tussenevaluatie) en rond %s "
            "(eindevaluatie, tevens bijstelling van het ontwikkelingsperspectief). De %s plant de gesprekken."
            % (pupil_eval, long_date(self.eval1), long_date(self.eval2), "intern begeleider" if t in ("po", "sbo") else "zorgcoördinator")])

        # --- informatie rechten
        c["informatie_rechten"] = Content("full", [
            "Ouders hebben instemmingsrecht op het handelingsdeel. Zonder instemming kan het handelingsdeel niet worden uitgevoerd; "
            "de school blijft dan de ondersteuning bieden die al werd gegeven. Bent u het niet eens met het ontwikkelingsperspectief, "
            "bespreek dit eerst met de school. U kunt ook contact opnemen met het Ouder- en Jeugdsteunpunt van het samenwerkingsverband "
            "of met een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de "
            "Geschillencommissie passend onderwijs."])

        if t == "vso" and self.adult and not self.curatele:
            c["evaluatie"] = Content("full", [
                "Het handelingsdeel wordt twee keer per schooljaar met %s geëvalueerd (op %s verzoek is %s moeder daarbij): rond %s "
                "(tussenevaluatie) en rond %s (eindevaluatie, tevens bijstelling van het ontwikkelingsperspectief). De zorgcoördinator plant de gesprekken."
                % (n, z, z, long_date(self.eval1), long_date(self.eval2))])
            c["informatie_rechten"] = Content("full", [
                "Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Zonder jouw instemming wordt het handelingsdeel "
                "niet uitgevoerd. Ben je het niet eens met het ontwikkelingsperspectief, bespreek dit eerst met je mentor of de directeur. "
                "Je kunt ook terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of bij een onderwijsconsulent. Binnen zes weken "
                "na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs."])

        # --- vaststelling
        c["vaststelling"] = Content("full", [
            "Vastgesteld door het bevoegd gezag, namens deze: %s, %s, op %s." % (self.director, "directeur" if t not in ("vo",) else "teamleider/afdelingsdirecteur", long_date(self.date))],
            extra={"who": self.director, "date": self.date})
        return c


# ----------------------------------------------------------- gap variants
PH = {
    "dots": "...",
    "ntb": "n.t.b.",
    "nogaanvullen": "nog aanvullen",
    "volgt": "Volgt na overleg.",
    "nogbespreken": "Nog te bespreken met ouders.",
}


def variant(case, el, v):
    """Return (Content, label) for element el in variant v of this case."""
    full = case.full[el]
    n = case.first
    if v == "full":
        return full, "present"
    if v == "absent":
        return Content("absent"), "missing"
    if v == "empty":
        return Content("empty"), "incomplete"
    if v in PH:
        return Content("text", [PH[v]]), "incomplete"
    if v == "instr":
        txt = {
            "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: vo-type of vso-profiel]",
            "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, IQ en schoolloopbaan]",
            "belemmerende_factoren": "Toelichting: beschrijf per domein welke factoren het leren belemmeren.",
            "bevorderende_factoren": "Toelichting: beschrijf per domein de sterke kanten van de leerling.",
            "ondersteuningsbehoefte": "Beschrijf hier wat de leerling nodig heeft (instructie, aandacht, materialen, omgeving).",
            "ondersteuning": "Beschrijf wat er wordt ingezet, door wie, hoe vaak en vanaf wanneer.",
            "doelen": "Klik of tik om tekst in te voeren.",
            "adviezen_professionals": "[Neem hier de adviezen van externe deskundigen op]",
            "oogo": "Vul hier datum en deelnemers van het OOGO in.",
            "inbreng_leerling": "[Beschrijf hier wat de leerling zelf vindt en wat daarmee gedaan is]",
            "evaluatie": "Geef aan wanneer en met wie het plan geëvalueerd wordt.",
            "informatie_rechten": "[Standaardtekst rechten ouders invoegen]",
            "vaststelling": "Datum: dd-mm-jjjj   Naam directeur: ..........",
            "afwijkingen_onderwijsprogramma": "Beschrijf hier eventuele afwijkingen (eigen leerlijn, vrijstelling, onderwijstijd).",
        }[el]
        return Content("text", [txt], extra={"instr": True}), "incomplete"
    if v == "ref":
        txt = {"adviezen_professionals": "Zie verslag van het psychologisch onderzoek (bijlage).",
               "onderbouwing": "Zie leerlingvolgsysteem en het onderzoeksverslag in de bijlage.",
               "belemmerende_factoren": "Zie groeidocument.",
               "bevorderende_factoren": "Zie groeidocument.",
               "ondersteuningsbehoefte": "Zie bijlage 2 (onderwijsbehoeften uit het groeidocument).",
               "ondersteuning": "Zie het groepsplan.",
               "doelen": "Zie groepsplan rekenen en lezen.",
               "evaluatie": "Volgens de zorgcyclus van de school (zie schoolgids).",
               "informatie_rechten": "Zie schoolgids.",
               "uitstroombestemming": "Zie bijlage.",
               }[el]
        return Content("text", [txt]), "incomplete"
    if v == "nvt":  # afwijkingen: explicitly none
        return Content("text", ["Er zijn geen afwijkingen van het onderwijsprogramma: %s volgt het reguliere programma en de reguliere onderwijstijd." % n],
                       extra={"nvt": True}), "not_applicable"
    if v == "view_only":  # pupil's view without what it changed
        return Content("text", [full.paras[0]]), "incomplete"
    if v == "vague_goals":
        return Content("text", ["%s gaat beter zijn best doen op rekenen." % n, "%s wordt rustiger in de klas." % n,
                                "We willen dat %s zich fijner voelt op school." % n]), "incomplete"
    if v == "eval_internal":
        return Content("text", ["Het plan wordt elke zes weken besproken in het interne zorgoverleg (IB, leerkracht, directie)."]), "incomplete"
    if v == "rights_partial":
        return Content("text", ["Ouders hebben instemmingsrecht op het handelingsdeel."]), "incomplete"
    if v == "oogo_planned":
        return Content("text", ["Het OOGO met ouders wordt nog gepland."]), "incomplete"
    if v == "vast_nodate":
        return Content("text", ["Vastgesteld door: %s (directeur)   Datum: ........" % case.director]), "incomplete"
    raise ValueError("unknown variant %s for %s" % (v, el))


CONSENT_VARIANTS = {
    # name: label
    "signed": "present", "portal": "present", "email_ok": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete",
    "partial": "incomplete", "school_only": "incomplete", "blank": "incomplete",
    "unticked": "incomplete", "nodate": "incomplete", "wrong_party": "incomplete",
    "absent": "missing", "avg_only": "missing", "tlv_only": "missing", "empty": "incomplete",
}


def consent(case, v):
    """Consent content for variant v: extra has stmt, signers[(role,name,date,signed,note)], boxes, other."""
    full = case.full["instemming_ouders"]
    stmt = full.extra["stmt"]
    sig = case.signers
    cd = case.consent_date
    ex = {"stmt": stmt, "boxes": [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")],
          "signers": [(r, nm, cd, True, "") for r, nm in sig], "school_sign": (case.director, case.date, True)}
    if v == "signed":
        pass
    elif v == "portal":
        ex["portal"] = "Digitaal akkoord gegeven via het ouderportaal door %s op %s om 19:42 uur." % (sig[0][1], short_date(cd))
    elif v == "voor_gezien":
        ex["signers"] = [(r, nm, cd, True, "voor gezien") for r, nm in sig]
        ex["boxes"] = [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]
    elif v == "onder_protest":
        ex["signers"] = [(r, nm, cd, True, "getekend onder protest") for r, nm in sig]
    elif v == "refused":
        ex["boxes"] = [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord met het handelingsdeel")]
        ex["remark"] = "Ouders gaan niet akkoord: zij willen dat de begeleiding buiten de klas door een externe RT'er gebeurt."
    elif v == "partial":
        ex["boxes"] = [(False, "Akkoord met het gehele handelingsdeel"), (True, "Akkoord met een deel van het handelingsdeel (zie opmerking)")]
        ex["remark"] = "Ouders stemmen in met doel 1 en 2 en de begeleiding, maar niet met het aangepaste rooster / de afwijking van het programma."
    elif v == "school_only":
        ex["signers"] = [(r, nm, None, False, "") for r, nm in sig]
    elif v == "blank":
        ex["signers"] = [(r, "", None, False, "") for r, nm in sig]
        ex["boxes"] = [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]
    elif v == "unticked":
        ex["boxes"] = [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]
        ex["signers"] = [(r, nm, cd, True, "") for r, nm in sig]
    elif v == "nodate":
        ex["signers"] = [(r, nm, None, True, "") for r, nm in sig]
    elif v == "wrong_party":
        # adult pupil: parents signed, the pupil himself did not
        ex["signers"] = [("Leerling (meerderjarig)", case.name, None, False, ""),
                         ("Ouder/verzorger", case.mother, cd, True, "")]
    elif v in ("avg_only", "tlv_only", "absent", "empty"):
        pass
    else:
        raise ValueError(v)
    label = CONSENT_VARIANTS[v]
    if v == "absent":
        return Content("absent"), label
    if v == "empty":
        return Content("empty"), label
    if v == "avg_only":
        return Content("absent", extra={"other": "avg"}), label
    if v == "tlv_only":
        return Content("absent", extra={"other": "tlv"}), label
    return Content("consent", [stmt], extra=ex), label


OTHER_CONSENT = {
    "avg": ("Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)",
            "Ouders geven toestemming voor het gebruik van foto's en video's van hun kind op de website en in de nieuwsbrief, "
            "en voor het delen van gegevens met de jeugdarts en het samenwerkingsverband."),
    "tlv": ("Ondertekening aanvraag toelaatbaarheidsverklaring",
            "Ouders zijn op de hoogte van de aanvraag van een toelaatbaarheidsverklaring bij het samenwerkingsverband en gaan "
            "akkoord met het verzenden van dit groeidocument naar de commissie toelaatbaarheid."),
    "research": ("Toestemming onderzoek",
                 "Ouders geven toestemming voor het psychologisch onderzoek door de orthopedagoog van het samenwerkingsverband."),
}
