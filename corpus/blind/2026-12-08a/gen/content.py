"""Invented pupils, schools and the text of each OPP element, by school type.

Every name, school, place and samenwerkingsverband here is invented.
"""
import random

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]

PLACES = ["Lindewaard", "Kaddingen", "Oosterveld-Haaksum", "Bremerdijk", "Veldhaven", "Hoogmeerstal", "Ruigerloo",
          "Sint-Aldegonde aan de Vaart", "Wolterbeek", "Drieharen", "Emmerzijl", "Nijlande-Oost"]

FIRST_M = ["Daan", "Sem", "Milan", "Youssef", "Jesse", "Luuk", "Bram", "Noah", "Mees", "Thijs", "Ilias", "Kyan",
           "Jurre", "Stijn", "Finn", "Ravi", "Dex", "Owen", "Teun", "Mohammed"]
FIRST_F = ["Lotte", "Fenna", "Noor", "Sara", "Yara", "Lieke", "Isa", "Mila", "Jasmijn", "Aylin", "Roos", "Fleur",
           "Evi", "Nina", "Hiba", "Tess", "Julia", "Maud", "Saar", "Elif"]
LAST = ["Verhoeven", "de Graaf", "Bakker", "El Idrissi", "Hoekstra", "van Dijk", "Postma", "Kuiper", "Yilmaz",
        "van der Meulen", "Smit", "Jansen-Roelofs", "Brouwer", "Visser", "Dekker", "Mulder", "Koster", "Wijnands",
        "ter Horst", "Oosterhuis", "Boukhari", "van Leeuwen", "Hendriks", "Prins", "Zwart", "Timmer"]
STAFF = ["M. van Os", "J. Hettinga", "A. Reijnders", "S. Bos", "K. de Wit", "R. Lammers", "H. Çelik", "E. Schouten",
         "L. Vermeulen", "T. Nieuwenhuis", "P. Grootveld", "D. Haverkamp", "N. Scholten", "W. Kramer", "I. Akkerman"]

SCHOOLS = {
    "po": ["OBS De Kraanvogel", "CBS Het Lichtschip", "Kindcentrum De Boomgaard", "RK Basisschool Sint Joris",
           "IKC De Vlinderhof", "OBS Het Palet", "CBS De Wegwijzer", "Basisschool De Zeven Linden",
           "Montessorischool De Dijk", "OBS De Regenboogbrug", "CBS De Morgenster", "Jenaplanschool 't Karrespoor",
           "Daltonschool De Windroos", "OBS Veldkamp"],
    "sbo": ["SBO De Ankerplaats", "SBO Het Startpunt", "Speciale basisschool De Sprong", "SBO De Kompasroos",
            "SBO Het Baken"],
    "so": ["SO De Klimboom (cluster 4)", "Mytylschool De Zonnewijzer", "SO Het Kristal (cluster 3)",
           "Orthopedagogisch centrum De Horizon - SO", "SO De Brug", "SO Kleurrijk (cluster 2)", "SO De Linde"],
    "vso": ["VSO De Klimboom", "VSO Het Kristal", "VSO De Horizon", "VSO Werkcollege Drieharen", "VSO De Brug",
            "VSO Praktijkroute Kaddingen", "VSO De Linde", "VSO Het Ambacht", "VSO De Oversteek"],
    "vo": ["Het Waardcollege", "Scholengemeenschap Kaddingen", "Lyceum aan de Vaart", "Veldhaven College",
           "CSG De Brede Haven", "Wolterbeek Lyceum", "Emmerzijl College, locatie Oost", "Het Nijlande College",
           "Ruigerloo Scholengroep", "Drieharen College", "Bremerdijk Mavo", "Openbaar Lyceum Hoogmeerstal"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Kaddingen", "Praktijkcollege Lindewaard", "Praktijkschool Het Ambt",
            "Praktijkonderwijs Veldhaven"],
}
SWV = {
    "po": ["Samenwerkingsverband Passend Onderwijs Lindewaard e.o.", "SWV PO Kaddingen-Zuid",
           "Passend Primair Onderwijs Veldhaven-Wolterbeek", "SWV De Vaartstreek PO"],
    "vo": ["SWV VO Kaddingen en omstreken", "Samenwerkingsverband VO Lindewaard-Emmerzijl",
           "Passend VO Veldhaven", "SWV VO De Vaartstreek"],
}
SYSTEMS = {
    "parna": "LeerlingDossier Online 4.7",
    "mag": "SchoolPlanner VO 7.2",
    "esis": "ZorgVolgSysteem SO/VSO (ZVS)",
}


class Pupil:
    def __init__(self, seed, stype, plan_date, adult=False, curatele=False):
        r = random.Random(seed)
        self.r = r
        self.stype = stype
        self.girl = r.random() < 0.45
        self.first = r.choice(FIRST_F if self.girl else FIRST_M)
        self.last = r.choice(LAST)
        self.name = "%s %s" % (self.first, self.last)
        self.hij = "zij" if self.girl else "hij"
        self.Hij = self.hij.capitalize()
        self.zijn = "haar" if self.girl else "zijn"
        self.Zijn = self.zijn.capitalize()
        self.hem = "haar" if self.girl else "hem"
        self.place = r.choice(PLACES)
        self.school = r.choice(SCHOOLS[stype if stype in SCHOOLS else "po"])
        swvkey = "po" if stype in ("po", "sbo") else "vo"
        self.swv = r.choice(SWV[swvkey])
        staff = r.sample(STAFF, 6)
        self.ib, self.teacher, self.director, self.ortho, self.extra, self.cvb_chair = staff
        y, m, d = plan_date
        self.plan_date = plan_date
        self.year = y
        self.month = m
        self.adult = adult
        self.curatele = curatele
        if stype in ("po", "sbo"):
            self.group = r.choice([4, 5, 5, 6, 6, 7, 7, 8])
            age = self.group + 4 + (1 if stype == "sbo" else 0)
            self.klas = "groep %d" % self.group
        elif stype == "so":
            age = r.choice([7, 8, 9, 10, 11])
            self.group = age - 4
            self.klas = "groep %s (%s)" % (r.choice(["Zon", "Maan", "Oceaan", "Bosuil", "Egel"]), "SO-%d" % (age - 5))
        elif stype == "vo":
            self.group = r.choice([1, 2, 2, 3, 3, 4])
            age = 11 + self.group + r.choice([0, 1])
            self.klas = r.choice(["%d vmbo-k" % self.group, "%d mavo" % self.group, "%d havo" % self.group,
                                  "%d vmbo-b/k" % self.group, "%d havo/vwo" % self.group])
        elif stype == "pro":
            self.group = r.choice([1, 2, 3, 4])
            age = 12 + self.group
            self.klas = "leerjaar %d (%s)" % (self.group, ["oriëntatiefase", "oriëntatiefase", "profileringsfase", "stagefase"][self.group - 1])
        else:  # vso
            age = 19 if adult else r.choice([13, 14, 15, 16, 17])
            self.group = age - 12
            self.klas = r.choice(["VSO-%d" % min(self.group, 5), "bovenbouw-%s" % r.choice(["A", "B", "C"]),
                                  "onderbouw-2"]) if not adult else "uitstroomgroep"
        self.age = age
        by = y - age - (1 if m < 6 else 0)
        self.birth = "%02d-%02d-%d" % (r.randint(1, 28), r.randint(1, 12), by)
        mother_first = r.choice(["Annemiek", "Fatima", "Sandra", "Ilse", "Hatice", "Marloes", "Renske", "Joyce"])
        father_first = r.choice(["Erik", "Mustafa", "Jeroen", "Patrick", "Sander", "Ruud", "Karim", "Bas"])
        self.mother = "%s %s" % (mother_first, self.last if r.random() < 0.5 else r.choice(LAST))
        self.father = "%s %s" % (father_first, self.last)
        self.curator = "mr. %s %s (curator)" % (r.choice(["G.", "T.", "L."]), r.choice(["Brinkman", "Stoelhorst", "Ameling"]))


def fmt_date(d, style="num"):
    y, m, dd = d
    if style == "num":
        return "%02d-%02d-%d" % (dd, m, y)
    if style == "long":
        return "%d %s %d" % (dd, MONTHS[m - 1], y)
    return "%d-%d-%d" % (y, m, dd)


def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


def schoolyear(d):
    y, m, _ = d
    return "%d-%d" % (y, y + 1) if m >= 8 else "%d-%d" % (y - 1, y)


# ------------------------------------------------------------------ element texts
def uitstroom(p):
    r = p.r
    t = p.stype
    if t in ("po", "sbo"):
        opts = ["vmbo basisberoepsgerichte leerweg, mogelijk met leerwegondersteuning (lwoo)",
                "vmbo kaderberoepsgerichte leerweg", "praktijkonderwijs",
                "vmbo gemengde/theoretische leerweg", "vmbo basis/kader"]
        return r.choice(opts)
    if t == "vo":
        lvl = p.klas.split(" ", 1)[1]
        return {"vmbo-k": "diploma vmbo kaderberoepsgerichte leerweg (profiel Zorg en welzijn)",
                "mavo": "diploma vmbo-gt (mavo), daarna mbo niveau 4",
                "havo": "havodiploma",
                "vmbo-b/k": "diploma vmbo basisberoepsgerichte leerweg, doorstroom naar mbo niveau 2",
                "havo/vwo": "havodiploma (vwo niet uitgesloten na leerjaar 3)"}[lvl]
    if t == "pro":
        return r.choice(["arbeidsmarkt: betaald werk in de groenvoorziening, met branchecertificaat",
                         "arbeidsmarkt: werk in logistiek/magazijn (met VCA-basis en heftruckcertificaat)",
                         "vervolgonderwijs: entreeopleiding (mbo niveau 1) richting Zorg en welzijn"])
    if t == "so":
        return r.choice(["vervolgonderwijs: vso, uitstroomprofiel vervolgonderwijs (richting vmbo-basis)",
                         "regulier voortgezet onderwijs: praktijkonderwijs",
                         "vso, uitstroomprofiel arbeidsmarktgericht"])
    # vso
    return r.choice(["uitstroomprofiel arbeidsmarktgericht: werk in de horeca (keuken) met begeleiding",
                     "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Entree en daarna Logistiek)",
                     "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (kwekerij, zorgboerderij)"])


def vso_profile(p):
    u = p._uit
    for k in ("arbeidsmarktgericht", "vervolgonderwijs", "dagbesteding"):
        if k in u:
            return k
    return "vervolgonderwijs"


def _po_level(u):
    if "praktijk" in u:
        return "eind groep 5 voor rekenen en begrijpend lezen"
    if "theoretische" in u:
        return "eind groep 7 voor rekenen en begin groep 8 voor lezen"
    if "kader" in u and "basis" not in u:
        return "halverwege groep 7 voor rekenen en lezen"
    return "eind groep 6 voor rekenen en halverwege groep 7 voor lezen"


def _po_iq(u, r):
    if "praktijk" in u:
        return r.choice([72, 75, 78])
    if "theoretische" in u:
        return r.choice([92, 95, 97])
    if "kader" in u and "basis" not in u:
        return r.choice([87, 89, 91])
    return r.choice([80, 83, 86])


def onderbouwing(p):
    r = p.r
    t = p.stype
    n = p.first
    if t in ("po", "sbo"):
        g = p.group
        return [
            "%s heeft een leerrendement van ca. %d%% op rekenen-wiskunde en %d%% op begrijpend lezen (LVS-toetsen %s, %s en %s). "
            "Intelligentieonderzoek (WISC-V, %s): TIQ %d, met een relatief sterke verwerkingssnelheid." % (
                n, r.choice([55, 60, 65]), r.choice([60, 70, 75]), "M%d" % (g - 1), "E%d" % (g - 1), "M%d" % g,
                MONTHS[r.randint(0, 5)] + " " + str(p.year - 1), _po_iq(p._uit, r)),
            "Bij dit rendement komt %s eind groep 8 uit op ongeveer niveau %s. Dat past bij het verwachte "
            "uitstroomniveau. %s schoolloopbaan (doublure in groep %d, vanaf groep %d extra ondersteuning) bevestigt "
            "dit beeld." % (n, _po_level(p._uit), p.Zijn, max(2, g - 3), max(3, g - 2)),
        ]
    if t == "vo":
        return ["Advies basisschool: %s; eindtoets: %s. De rapportcijfers van %s liggen voor de meeste vakken op voldoende "
                "niveau; Nederlands en wiskunde zijn wisselend (5,4 en 5,8 gemiddeld). Het capaciteitenonderzoek (NIO, %s) "
                "laat een gemiddelde leerbaarheid zien. Met de ondersteuning uit dit plan verwachten we dat %s het diploma "
                "op dit niveau haalt." % (r.choice(["vmbo-kader/gt", "havo", "vmbo-gt/havo", "vmbo-basis/kader"]),
                                          r.choice(["passend bij het advies", "één niveau hoger dan het advies"]),
                                          n, p.year - 2, n)]
    if t == "pro":
        return ["%s kwam binnen met een aanwijzing lwoo/pro (IQ %d, leerachterstand 3 jaar op rekenen en lezen). In de "
                "stages van het afgelopen jaar liet %s zien dat %s praktisch sterk is en met duidelijke instructie "
                "zelfstandig werkt. Stagebeoordelingen: %s." % (
                    n, r.choice([66, 71, 74]), p.hij, p.hij, r.choice(["3x voldoende, 1x goed", "goed op inzet, voldoende op zelfstandigheid"]))]
    if t == "so":
        return ["%s functioneert op didactisch niveau van ongeveer eind groep %d (rekenen) en midden groep %d (lezen). "
                "Intelligentie (SON-R, %s): %d, met een zwak werkgeheugen. Gezien de voortgang over de laatste twee "
                "jaar en de ondersteuningsbehoefte op gedrag is deze bestemming realistisch." % (
                    n, max(2, p.group - 3), max(2, p.group - 2), p.year - 1, r.choice([72, 78, 84]))]
    return ["%s werkt op het niveau van eind groep 6 bij rekenen en lezen. Uit de stage (%s) en de arbeidsvaardigheden-"
            "lijst (ASL) blijkt dat %s goed functioneert met een vaste begeleider en een voorspelbare taak. Het "
            "onderzoek van de gedragswetenschapper (%d) en de ontwikkeling in de afgelopen drie jaar onderbouwen het "
            "gekozen profiel." % (n, r.choice(["kantine van de school", "kwekerij De Groene Hoek", "magazijn bouwmarkt"]),
                                  p.hij, p.year - 1)]


DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie", "Medisch / lichamelijk"]


def factors(p):
    """Returns list of (domain, belemmerend, bevorderend)."""
    r = p.r
    n = p.first
    H = p.Hij
    return [
        (DOMAINS[0],
         "Zwak werkgeheugen; %s heeft moeite met meerstappige opdrachten en het automatiseren van de tafels." % n,
         "%s leert goed met concreet materiaal en visuele ondersteuning; technisch lezen is op niveau." % H),
        (DOMAINS[1],
         "Snel afgeleid in een drukke klas; begint moeilijk aan een taak zonder voorbeeld.",
         "Is gemotiveerd als de taak kort en overzichtelijk is; vraagt zelf om hulp."),
        (DOMAINS[2],
         "Raakt gefrustreerd bij fouten en trekt zich dan terug.",
         "%s is behulpzaam en heeft een goede band met %s mentor/leerkracht en twee vaste vrienden." % (H, p.zijn)),
        (DOMAINS[3],
         r.choice(["Ouders zijn gescheiden; %s woont afwisselend een week bij elk van beide ouders." % n,
                   "Thuis wordt vooral %s gesproken; ouders kunnen weinig helpen met schoolwerk." % r.choice(["Turks", "Arabisch", "Pools"])]),
         "Ouders zijn betrokken en komen op alle afspraken; er is een vast contact met school."),
        (DOMAINS[4],
         r.choice(["ADHD (diagnose %d), gebruikt medicatie." % (p.year - 3), "Snel vermoeid; slaapproblemen in de winter.",
                   "Geen medische belemmeringen bekend, behalve een brilcorrectie."]),
         "Sport twee keer per week bij de voetbal-/turnvereniging; dat geeft %s energie en structuur." % p.hem),
    ]


def behoefte(p):
    n = p.first
    return ["%s heeft nodig:" % n,
            "- instructie in kleine stappen met een uitgewerkt voorbeeld en controle of de opdracht begrepen is;",
            "- een rustige werkplek en een dagplanning die %s zelf kan afvinken;" % p.hij,
            "- een volwassene die vooraf met %s bespreekt wat er anders gaat dan normaal;" % p.hem,
            "- positieve feedback op inzet, niet alleen op het resultaat."]


def ondersteuning_rows(p, start):
    s = fmt_date(start)
    t = p.stype
    if t in ("po", "sbo", "so"):
        return [
            ["Extra instructie rekenen (verlengde instructie in kleine groep)", "leerkracht %s" % p.klas, "4x per week, 20 min", "vanaf " + s],
            ["Begeleiding begrijpend lezen met RT", "remedial teacher %s" % p.extra, "2x per week, 30 min", "vanaf " + s],
            ["Training werkhouding en plannen (dagtaak met picto's)", "onderwijsassistent", "dagelijks, 10 min", "vanaf " + s],
            ["Gesprek met %s over hoe het gaat" % p.first, "intern begeleider %s" % p.ib, "1x per 3 weken", "vanaf " + s],
        ]
    if t in ("vo", "pro"):
        return [
            ["Coaching plannen en organiseren", "ondersteuningscoördinator %s" % p.ib, "1x per week, 30 min (mentoruur)", "vanaf " + s],
            ["Bijles/extra uitleg wiskunde in het steunpunt", "docent wiskunde %s" % p.extra, "2x per week, 45 min", "vanaf " + s],
            ["Time-out-kaart en rustplek in het leerplein", "alle docenten, coördinatie mentor %s" % p.teacher, "wanneer nodig", "vanaf " + s],
            ["Examen-/toetsfaciliteiten: 20 minuten extra tijd, vergroot lettertype", "examensecretaris", "bij alle toetsen", "vanaf " + s],
        ]
    return [
        ["Individuele jobcoaching op stage", "stagebegeleider %s" % p.extra, "1x per week op de stageplek", "vanaf " + s],
        ["Training sociale vaardigheden (groep van 6)", "gedragswetenschapper %s" % p.ortho, "1x per week, 45 min", "vanaf " + s],
        ["Rekenen en lezen functioneel (geld, klokkijken, werkbrieven)", "groepsleerkracht %s" % p.teacher, "dagelijks", "vanaf " + s],
        ["Mentorgesprek over voortgang en welbevinden", "mentor %s" % p.teacher, "1x per 2 weken", "vanaf " + s],
    ]


def afwijkingen(p):
    t = p.stype
    if t in ("po", "sbo", "so"):
        return ["Voor rekenen-wiskunde volgt %s vanaf %s een eigen leerlijn: einddoel is het niveau eind groep 6 (1F nog niet "
                "volledig). %s neemt deel aan de rekenlessen, maar werkt met eigen doelen en materialen. Voor Engels "
                "volgt %s het programma op een lager tempo." % (p.first, "groep %d" % max(3, p.group - 1), p.Hij, p.hij)]
    if t in ("vo", "pro"):
        return ["%s krijgt vrijstelling voor %s (2 uur per week); die uren worden gebruikt voor extra begeleiding wiskunde "
                "in het steunpunt. Voor het overige volgt %s het reguliere programma van %s." % (
                    p.first, "Duits" if t == "vo" else "de praktijkles techniek, blok 2", p.hij, p.klas)]
    return ["Het lesprogramma is aangepast: %s heeft een verkort rooster (4 dagen, vrijdag vrij in overleg met de "
            "leerplichtambtenaar, ontheffing aangevraagd op %s) en volgt een eigen leerlijn voor rekenen." % (
                p.first, fmt_date(add_days(p.plan_date, -20)))]


def doelen(p, start):
    y, m, d = start
    end = "februari %d" % (y + 1 if m >= 8 else y)
    end2 = "juni %d" % (y + 1 if m >= 8 else y)
    n = p.first
    t = p.stype
    if t in ("po", "sbo", "so"):
        return [
            ["Rekenen", "%s beheerst de tafels van 1 t/m 5 en 10 (binnen 3 seconden per som, 90%% goed op de tafeltoets)." % n, end],
            ["Begrijpend lezen", "%s kan bij een tekst van niveau M%d de hoofdgedachte in één zin opschrijven (4 van de 5 teksten goed)." % (n, max(3, p.group - 1)), end2],
            ["Werkhouding", "%s start binnen 2 minuten zelfstandig aan de dagtaak, 4 van de 5 dagen (turflijst)." % n, end],
        ]
    if t in ("vo", "pro"):
        return [
            ["Plannen", "%s houdt een weekplanning bij in de agenda en levert 90%% van het huiswerk op tijd in (controle mentor)." % n, end],
            ["Wiskunde", "%s haalt voor de toetsen van periode 2 en 3 gemiddeld een 5,5 of hoger." % n, end2],
            ["Gedrag", "%s gebruikt de time-out-kaart in plaats van weglopen; maximaal 1 incident per maand." % n, end],
        ]
    return [
        ["Arbeidsvaardigheden", "%s werkt op stage 2 uur zelfstandig aan een taak met een werkbrief (beoordeling stagebegeleider: voldoende)." % n, end],
        ["Zelfredzaamheid", "%s reist zelfstandig met de bus naar de stageplek (route geoefend, 4 weken zonder begeleiding)." % n, end2],
        ["Communicatie", "%s meldt zich zelf af en vraagt hulp aan de werkbegeleider als iets niet lukt." % n, end],
    ]


def adviezen(p):
    y = p.year
    if p.stype in ("so", "vso"):
        return ["Advies commissie voor de begeleiding (CvB), vergadering van %s, voorzitter %s: de CvB adviseert het "
                "uitstroomperspectief te handhaven en de begeleiding op werkhouding voort te zetten; een nieuw "
                "psychodiagnostisch onderzoek is op dit moment niet nodig." % (fmt_date(add_days(p.plan_date, -14), "long"), p.cvb_chair),
                "Advies %s (logopedist/behandelaar): gebruik visuele ondersteuning bij instructie. De school verwerkt dit "
                "in de aanpak (dagplanning met picto's, zie ondersteuning)." % p.extra]
    return ["Orthopedagoog %s (onderzoeksverslag %s %d) adviseert: korte instructiemomenten, herhaling en visuele "
            "ondersteuning, en rekenen op een eigen leerlijn. De school neemt deze adviezen over (zie ondersteuning en "
            "doelen)." % (p.ortho, MONTHS[p.r.randint(1, 6)], y if p.month > 7 else y - 1),
            "De jeugdarts (%s) adviseert vanwege de vermoeidheid rustmomenten in te bouwen; dit is met ouders afgesproken." % p.extra]


def oogo(p, d):
    parents = "moeder (%s) en vader (%s)" % (p.mother, p.father)
    if p.adult:
        return ["Het perspectiefdeel is op %s besproken met %s zelf (19 jaar), op %s verzoek in aanwezigheid van %s "
                "moeder. Verder aanwezig: mentor %s en gedragswetenschapper %s. %s kan zich vinden in het profiel." % (
                    fmt_date(d, "long"), p.first, p.zijn, p.zijn, p.teacher, p.ortho, p.Hij)]
    extra = " en de curator, %s" % p.curator if p.curatele else ""
    return ["Op %s is dit OPP besproken met %s%s. Aanwezig namens school: %s en %s. Ouders herkennen het beeld en "
            "zijn het eens met het verwachte uitstroomperspectief; hun wens om meer aandacht voor lezen is verwerkt "
            "in de doelen." % (fmt_date(d, "long"), parents, extra, p.ib, p.teacher)]


def inbreng(p, d, with_effect=True):
    n = p.first
    said = {"po": "%s vertelt dat %s rekenen moeilijk vindt als het in de klas rumoerig is en dat %s het fijn vindt om bij de "
                  "juf aan de instructietafel te zitten. %s wil graag beter worden in de tafels." ,
            "vo": "%s geeft aan dat %s het overzicht kwijtraakt als er veel toetsen in één week zijn en dat %s liever niet "
                  "voor de klas uitgelegd krijgt wat %s anders doet. %s wil graag over naar het volgende leerjaar."}
    key = "vo" if p.stype in ("vo", "pro", "vso") else "po"
    s = said[key]
    if key == "po":
        s = s % (n, p.hij, p.hij, p.Hij)
    else:
        s = s % (n, p.hij, p.hij, p.hij, p.Hij)
    s = "Gesprek met %s op %s (met %s). " % (n, fmt_date(d, "long"), p.teacher) + s
    out = [s]
    if with_effect:
        out.append("Wat we hiermee doen: %s koos zelf de rustige werkplek en de afvinklijst; de doelen voor rekenen/plannen "
                   "zijn samen met %s geformuleerd en de afspraak over uitleg gebeurt buiten de klas." % (n, p.hem))
    return out


def evaluatie(p, start):
    y, m, d = start
    y2 = y + 1 if m >= 8 else y
    who = "%s en %s" % ("ouders", p.first) if not p.adult else p.first
    return ["Tussenevaluatie: week %d (%s %d) met %s, mentor/leerkracht en %s." % (6, "februari", y2, who, p.ib),
            "Jaarevaluatie en bijstelling van het OPP: juni %d. Daarbij kijken we of de doelen zijn gehaald en of het "
            "uitstroomperspectief nog klopt." % y2]


def rechten(p):
    who = "u" if not p.adult else "je"
    if p.adult:
        return ["Omdat je meerderjarig bent, beslis je zelf over het handelingsdeel: zonder jouw instemming kan de school "
                "het niet vaststellen. Ben je het niet eens, bespreek dit dan eerst met je mentor of de directeur. Je kunt "
                "ook terecht bij de onderwijsconsulenten (gratis) en je kunt binnen zes weken na vaststelling een geschil "
                "voorleggen aan de Geschillencommissie passend onderwijs."]
    return ["U heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met het plan, bespreek dit "
            "dan eerst met de intern begeleider of directeur. U kunt daarnaast advies vragen bij het ouder- en "
            "jeugdsteunpunt van het samenwerkingsverband of de onderwijsconsulenten. Binnen zes weken na vaststelling kunt u "
            "een geschil over het OPP voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."]


# ------------------------------------------------------------------ gap texts
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "nog invullen na MDO", "(aanvullen)", "xxx",
                "Volgt.", "-", "PM"]

INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in, bijv. vmbo-bb, vmbo-kb, praktijkonderwijs.]",
    "onderbouwing": "Beschrijf op basis van welke gegevens (toetsen, onderzoek, leerrendement, schoolloopbaan) het uitstroomperspectief is bepaald.",
    "belemmerende_factoren": "Noteer per domein de factoren die de ontwikkeling belemmeren.",
    "bevorderende_factoren": "Noteer per domein de factoren die de ontwikkeling bevorderen (sterke kanten, beschermende factoren).",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften in de vorm: 'Deze leerling heeft ... nodig'.",
    "ondersteuning": "Beschrijf welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of en waarop wordt afgeweken van het reguliere onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noem hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Datum gesprek met ouders en aanwezigen invullen.",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf heeft ingebracht en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en met wie het OPP wordt geëvalueerd.",
    "informatie_rechten": "Tekst over instemmingsrecht en geschillen hier invoegen (zie handleiding SWV).",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}

REFS = {
    "onderbouwing": "Zie het onderzoeksverslag in de bijlage.",
    "belemmerende_factoren": "Zie groeidocument, tabblad 'Wat zit tegen'.",
    "bevorderende_factoren": "Zie het groeidocument.",
    "ondersteuningsbehoefte": "Zie het verslag van het MDO (bijlage 3).",
    "ondersteuning": "Zie het groepsplan rekenen en lezen van de groep.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage leerlijnen.",
    "doelen": "De doelen staan in het groepsplan en in het leerlingvolgsysteem.",
    "adviezen_professionals": "Zie verslag psycholoog (in dossier).",
    "evaluatie": "Zie de jaarplanning van de ondersteuning in de schoolgids.",
    "informatie_rechten": "Voor klachten en bezwaar verwijzen wij naar de schoolgids.",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie het leerlinggesprek in het LVS.",
}

GENERIC = {
    "ondersteuningsbehoefte": "Alle leerlingen hebben behoefte aan een veilige leeromgeving, duidelijke instructie en een leerkracht die hen ziet.",
    "ondersteuning": "In onze school werken we met het directe instructiemodel. Leerlingen die dat nodig hebben krijgen verlengde instructie. Daarnaast is er een intern begeleider die de leerkrachten ondersteunt.",
    "doelen": "Het doel is dat de leerling zich optimaal ontwikkelt en met plezier naar school gaat.",
    "belemmerende_factoren": "Belemmerende factoren kunnen liggen op het gebied van leren, gedrag, thuissituatie en gezondheid.",
    "bevorderende_factoren": "Elke leerling heeft sterke kanten waarop we kunnen aansluiten.",
    "evaluatie": "Alle OPP's worden minimaal één keer per jaar geëvalueerd.",
    "onderbouwing": "Het uitstroomperspectief wordt bepaald op basis van de toetsgegevens in het leerlingvolgsysteem.",
    "inbreng_leerling": "Leerlingen worden op onze school altijd betrokken bij hun eigen ontwikkeling.",
    "adviezen_professionals": "De school werkt samen met externe deskundigen zoals de schoolmaatschappelijk werker en de jeugdarts.",
    "informatie_rechten": "Ouders zijn voor ons belangrijke partners.",
    "oogo": "Ouders worden altijd betrokken bij het opstellen van het OPP.",
}
