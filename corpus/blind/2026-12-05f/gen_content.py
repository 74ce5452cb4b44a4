# -*- coding: utf-8 -*-
"""Content for the blind OPP set: pupils, schools, element texts, gap texts.
All names, schools and places are invented."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)


def d(s):
    return dt.date.fromisoformat(s)


def nl(date):
    return date.strftime("%d-%m-%Y") if date else ""


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def nl_long(date):
    return "%d %s %d" % (date.day, MAANDEN[date.month - 1], date.year)


def schooljaar(date):
    y = date.year if date.month >= 8 else date.year - 1
    return "%d-%d" % (y, y + 1)


SCHOOLS = {
    "po": [("OBS De Wilgenhoek", "Lindenoord"), ("CBS Het Palet", "Kortenveen"),
           ("Basisschool De Regenboogtuin", "Ravensloot"), ("RKBS Sint Adelbert", "Middelhaar")],
    "sbo": [("SBO De Kompasroos", "Wilgenstad"), ("SBO Het Baken", "Brakendijk")],
    "so": [("SO De Vlinderboog", "Zeeveld aan de Vaart"), ("Mytylschool De Windwijzer", "Lindenoord")],
    "vo": [("Hoge Dijk College", "Brakendijk"), ("Scholengemeenschap Ravenstein", "Ravensloot"),
           ("Vakcollege Kortenveen", "Kortenveen")],
    "pro": [("Praktijkschool Het Ambacht", "Middelhaar"), ("PrO De Werkplaats", "Wilgenstad")],
    "vso": [("VSO De Horizonweg", "Zeeveld aan de Vaart"), ("VSO Het Kompas", "Brakendijk")],
}
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Lindenoord-Kortenveen",
       "sbo": "Samenwerkingsverband PO Wilgenstad e.o.",
       "so": "Samenwerkingsverband Passend Onderwijs Vaartland",
       "vo": "Samenwerkingsverband VO Brakendijk-Ravensloot",
       "pro": "Samenwerkingsverband VO Middelhaar en omstreken",
       "vso": "Samenwerkingsverband VO Vaartland"}

PUPILS = [
    ("Noor", "Vermeulen", "v"), ("Daan", "Hofstede", "m"), ("Sem", "Kuipers", "m"), ("Liv", "Brandsma", "v"),
    ("Mees", "van Dalen", "m"), ("Yara", "El Amrani", "v"), ("Jesse", "Timmerhuis", "m"), ("Fenna", "Oosterbaan", "v"),
    ("Luuk", "de Graaff", "m"), ("Sara", "Yildiz", "v"), ("Milan", "Schoonhoven", "m"), ("Lotte", "Wagenmaker", "v"),
    ("Bram", "Nijhuis", "m"), ("Zoë", "Haverkamp", "v"), ("Thijs", "Veldkamp", "m"), ("Isa", "Rozendaal", "v"),
    ("Ruben", "Pelgrim", "m"), ("Emma", "Zwanenburg", "v"), ("Finn", "Olthof", "m"), ("Julia", "Kramers", "v"),
    ("Ayoub", "Benali", "m"), ("Nina", "Stoelinga", "v"), ("Levi", "Dijkhuizen", "m"), ("Roos", "Beukema", "v"),
    ("Tim", "Harmsen", "m"), ("Amira", "Haddou", "v"), ("Jayden", "Poelman", "m"), ("Vera", "Lankhorst", "v"),
    ("Stijn", "Wolters", "m"), ("Elif", "Kaya", "v"), ("Gijs", "Ter Horst", "m"), ("Maud", "Vos-Ekkel", "v"),
    ("Hidde", "Klaassen", "m"), ("Saar", "Mulderij", "v"), ("Owen", "Riemersma", "m"), ("Lieke", "Bosgraaf", "v"),
    ("Kyan", "Doornbos", "m"), ("Fleur", "Groenhuis", "v"), ("Joep", "Verhagen", "m"), ("Mila", "Tjalsma", "v"),
    ("Rayan", "Ouali", "m"), ("Tess", "Landman", "v"), ("Dex", "Roelofsen", "m"), ("Sofie", "Keizer", "v"),
    ("Niels", "Bouwhuis", "m"), ("Anouk", "Spijker", "v"), ("Koen", "Eefting", "m"), ("Evi", "Scholtens", "v"),
]
STAFF = ["mevr. A. Bakker", "dhr. R. Pranger", "mevr. C. Doorn", "dhr. H. Wessels", "mevr. J. Ploeg",
         "mevr. S. Tuinman", "dhr. M. Kok", "mevr. E. van Wijk", "dhr. P. Brouwer", "mevr. I. Hendrix"]
PARENT_F = ["mevr. K. {ln}", "mevr. L. {ln}-de Boer", "mevr. F. {ln}", "mevr. M. {ln}"]
PARENT_M = ["dhr. T. {ln}", "dhr. J. {ln}", "dhr. W. {ln}"]

GROEP = {"po": ["groep 5", "groep 6", "groep 7", "groep 4"], "sbo": ["groep 6", "groep 7", "groep 8"],
         "so": ["groep 6 (SO-middenbouw)", "groep 8", "bovenbouw SO"], "vo": ["klas 2 vmbo-kader", "klas 1 mavo/havo", "klas 3 havo", "klas 2 vmbo-basis"],
         "pro": ["leerjaar 2", "leerjaar 3", "leerjaar 4"], "vso": ["VSO leerjaar 3", "VSO leerjaar 4", "VSO leerjaar 5", "VSO bovenbouw"]}


class Ctx:
    """Everything one document needs to know about its pupil, school and plan."""

    def __init__(self, i, spec):
        self.i = i
        self.spec = spec
        self.st = spec["school"]
        fn, ln, sex = PUPILS[i % len(PUPILS)]
        self.fn, self.ln, self.sex = fn, ln, sex
        self.name = "%s %s" % (fn, ln)
        self.hij = "hij" if sex == "m" else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if sex == "m" else "haar"
        self.Zijn = self.zijn.capitalize()
        self.hem = "hem" if sex == "m" else "haar"
        sch = SCHOOLS[self.st][i % len(SCHOOLS[self.st])]
        self.school, self.place = sch
        self.swv = SWV[self.st]
        self.date = d(spec["date"])
        self.revised = d(spec["revised"]) if spec.get("revised") else None
        self.last = self.revised or self.date
        self.post = self.last >= CUTOFF
        self.sj = schooljaar(self.last)
        self.groep = GROEP[self.st][i % len(GROEP[self.st])]
        age = spec.get("age") or {"po": 9, "sbo": 10, "so": 10, "vo": 13, "pro": 14, "vso": 16}[self.st]
        self.age = age
        self.birth = dt.date(self.date.year - age, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
        self.mother = PARENT_F[i % 4].format(ln=ln.split()[-1] if not ln.startswith("van") else ln)
        self.father = PARENT_M[i % 3].format(ln=ln.split()[-1] if not ln.startswith("van") else ln)
        self.staff = [STAFF[(i + k) % len(STAFF)] for k in range(4)]
        self.ib = self.staff[0]       # IB'er / zorgcoordinator / orthopedagoog
        self.mentor = self.staff[1]
        self.dir = self.staff[2]
        self.ext = self.staff[3]
        self.oogo_date = self.last - dt.timedelta(days=7 + i % 6)
        self.sign_date = self.last + dt.timedelta(days=2 + i % 4)

        self.adult = spec.get("adult", False)
        self.curatele = spec.get("curatele", False)
        self.profile = spec.get("profile", ["arbeidsmarktgericht", "vervolgonderwijs", "dagbesteding"][i % 3])
        self.ev1 = (self.last + dt.timedelta(days=95)).replace(day=1)
        end = dt.date(int(self.sj[-4:]), 6, 1)
        self.ev2 = end if (end - self.ev1).days > 60 else (self.ev1 + dt.timedelta(days=150)).replace(day=1)
        self.rolib = {"po": "intern begeleider", "sbo": "intern begeleider", "so": "orthopedagoog",
                      "vo": "zorgcoördinator", "pro": "zorgcoördinator", "vso": "orthopedagoog"}[self.st]
        self.rolmentor = {"po": "leerkracht", "sbo": "leerkracht", "so": "groepsleerkracht",
                          "vo": "mentor", "pro": "mentor", "vso": "mentor"}[self.st]
        self.parents = "ouders" if not self.adult else self.fn


# ---------------------------------------------------------------- element texts (present)

def uitstroom(c):
    st = c.st
    if st == "po":
        return ["vmbo basis-/kaderberoepsgerichte leerweg, mogelijk met leerwegondersteuning (lwoo)",
                "vmbo-kader", "vmbo-tl / mavo", "praktijkonderwijs"][c.i % 4]
    if st == "sbo":
        return ["vmbo-basis met lwoo", "praktijkonderwijs", "vmbo-kader"][c.i % 3]
    if st == "so":
        return ["VSO, uitstroomprofiel arbeidsmarktgericht", "praktijkonderwijs",
                "vmbo-basis met lwoo (regulier VO met ondersteuning)"][c.i % 3]
    if st == "vo":
        return ["diploma vmbo-kader, daarna mbo niveau 3", "diploma havo, daarna hbo",
                "diploma vmbo-tl, daarna mbo niveau 4", "diploma vmbo-basis, daarna mbo niveau 2"][c.i % 4]
    if st == "pro":
        return ["arbeidsmarkt: betaald werk (beschut of regulier) in de groenvoorziening",
                "mbo Entreeopleiding, daarna werk in de logistiek",
                "arbeidsmarkt: regulier werk in de horeca/keuken"][c.i % 3]
    if st == "vso":
        p = c.profile
        if p == "arbeidsmarktgericht":
            return "uitstroomprofiel arbeidsmarktgericht: (begeleid) werk in de groenvoorziening of een magazijn"
        if p == "vervolgonderwijs":
            return "uitstroomprofiel vervolgonderwijs: diploma vmbo-tl, daarna mbo niveau 3/4"
        return "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (activiteitencentrum)"


def onderbouwing(c):
    st = c.st
    if st in ("po", "sbo", "so"):
        return ("Het IQ (WISC-V, afgenomen %s) ligt in het beneden-gemiddelde gebied (TIQ 84). Op de "
                "methode-onafhankelijke toetsen (Cito/LVS) scoort %s bij begrijpend lezen en rekenen op "
                "functioneringsniveau eind groep %d; de leerrendementen liggen rond 60%%. %s heeft in groep 3 "
                "een doublure gehad. Het sociaal-emotioneel functioneren (ZIEN) is voldoende. Op grond hiervan "
                "verwachten we dit uitstroomniveau." % (nl(c.date - dt.timedelta(days=400)), c.fn, 4 + c.i % 3, c.Hij))
    if st == "vo":
        return ("De resultaten in leerjaar 1 en 2 (gemiddeld 6,2; Diataal/Cito VAS op niveau van de leerweg), het "
                "advies van de basisschool en de ontwikkeling van de werkhouding sinds de start van de "
                "begeleiding laten zien dat %s dit niveau aankan als de ondersteuning doorloopt." % c.fn)
    if st == "pro":
        return ("%s heeft een TIQ van 72 (WISC-V, %s) en een leerachterstand van meer dan drie jaar op "
                "rekenen en lezen. In de interne stages (kantine, groen) laat %s een goede werkhouding zien; "
                "de stagebeoordelingen zijn voldoende tot goed." % (c.fn, nl(c.date - dt.timedelta(days=500)), c.hij))
    return ("Uit het capaciteitenonderzoek (TIQ 68, %s), de leerresultaten (rekenen en lezen op niveau "
            "eind groep 5-6), de stage-ervaringen en de observaties van het afgelopen jaar blijkt dat dit "
            "profiel het best past bij wat %s kan en wil." % (nl(c.date - dt.timedelta(days=600)), c.fn))


BELEM_Y = [{
    "leren": "Trage informatieverwerking; begrijpend lezen en automatiseren van rekenfeiten blijven achter.",
    "werkhouding": "Snel afgeleid in een drukke klas; moeite met plannen en starten van een taak.",
    "sociaal": "Raakt bij onverwachte veranderingen gespannen en reageert dan boos op klasgenoten.",
    "thuis": "Ouders zijn recent gescheiden; twee huizen met een wisselende week.",
}, {
    "leren": "Zwak werkgeheugen; vergeet instructies met meer dan twee stappen. Spelling blijft ver achter (E-score).",
    "werkhouding": "Geeft snel op als iets niet direct lukt; werktempo laag.",
    "sociaal": "Weinig contact met klasgenoten, wordt op het plein buitengesloten.",
    "thuis": "Thuis wordt vooral Arabisch gesproken; beperkte Nederlandse woordenschat.",
}]
BELEM_O = [{
    "leren": "Leesniveau onder 1F; rekenvaardigheden op niveau eind groep 6. Moeite met abstracte taken.",
    "werkhouding": "Plant huiswerk niet; is vaak te laat en verzuimt bij spanning (14 ongeoorloofde uren vorig jaar).",
    "sociaal": "Laat zich snel meeslepen door leeftijdgenoten; bij kritiek reageert hij/zij fel.",
    "thuis": "Moeder is langdurig ziek; de leerling heeft thuis veel zorgtaken.",
}, {
    "leren": "ASS-diagnose: moeite met overzicht en met open opdrachten; vermoeid na drukke dagen.",
    "werkhouding": "Raakt overprikkeld in grote groepen en bij roosterwijzigingen; trekt zich dan terug.",
    "sociaal": "Vindt het lastig om bij een groep aan te sluiten en signalen van anderen te lezen.",
    "thuis": "Gezin woont ver van school; lange reistijd met het leerlingenvervoer (ruim een uur).",
}]
BEVOR_Y = [{
    "leren": "Leert goed met concreet materiaal en visuele ondersteuning; sterk in mondeling taalgebruik.",
    "werkhouding": "Gemotiveerd en behulpzaam; werkt goed in een vaste structuur met korte opdrachten.",
    "sociaal": "Heeft een paar goede vrienden in de klas; accepteert hulp van volwassenen.",
    "thuis": "Betrokken ouders die thuis meewerken aan de afspraken; goed contact met school.",
}, {
    "leren": "Goed technisch lezer (AVI-E5); onthoudt veel van wat hij/zij ziet en doet.",
    "werkhouding": "Doorzetter bij praktische opdrachten; is trots op af werk.",
    "sociaal": "Zorgzaam voor jongere kinderen; wordt graag ingezet als maatje.",
    "thuis": "Opa en oma halen drie middagen op en lezen thuis mee.",
}]
BEVOR_O = [{
    "leren": "Leert goed door te doen; praktische vakken (techniek, koken) gaan goed.",
    "werkhouding": "Betrouwbaar op de stageplek; komt afspraken na als ze op papier staan.",
    "sociaal": "Goede band met de mentor; vraagt zelf om een gesprek als het niet goed gaat.",
    "thuis": "Ouders zijn betrokken en komen naar alle gesprekken; oudere zus helpt met plannen.",
}, {
    "leren": "Sterke interesse in techniek en computers; goed visueel geheugen.",
    "werkhouding": "Werkt nauwkeurig en zelfstandig in een rustige ruimte.",
    "sociaal": "Heeft een vaste vriend in de klas en zit op een hobbyclub buiten school.",
    "thuis": "Stabiele thuissituatie; begeleiding vanuit het wijkteam is gestart.",
}]
DOMAINS = [("leren", "Leren en ontwikkeling"), ("werkhouding", "Werkhouding en taakaanpak"),
           ("sociaal", "Sociaal-emotioneel en gedrag"), ("thuis", "Thuissituatie")]


def _hz(text, c):
    return text.replace("hij/zij", c.hij)


def belem_dom(c):
    pool = BELEM_Y if c.st in ("po", "sbo", "so") else BELEM_O
    return {k: _hz(v, c) for k, v in pool[(c.i // 2) % 2].items()}


def bevor_dom(c):
    pool = BEVOR_Y if c.st in ("po", "sbo", "so") else BEVOR_O
    return {k: _hz(v, c) for k, v in pool[(c.i // 3) % 2].items()}


def belemmerend(c):
    d_ = belem_dom(c)
    return "\n".join("- " + d_[k] for k in ("leren", "werkhouding", "sociaal", "thuis")[: 3 + c.i % 2])


def bevorderend(c):
    d_ = bevor_dom(c)
    return "\n".join("- " + d_[k] for k in ("leren", "werkhouding", "sociaal", "thuis")[(c.i % 2):])


def behoefte(c):
    young = c.st in ("po", "sbo", "so")
    v = [("%s heeft nodig: instructie in een kleine groep met extra tijd en herhaling; een dagplanning op "
          "papier en een vaste plek met weinig prikkels; een volwassene die veranderingen vooraf aankondigt; "
          "concreet en visueel materiaal bij rekenen." % c.fn),
         ("%s heeft behoefte aan: korte opdrachten die in stappen zijn opgedeeld; een vast aanspreekpunt dat %s "
          "dagelijks even ziet; complimenten voor inzet; voorbereiding op toetsen en overgangen (vooraf vertellen wat er "
          "gaat gebeuren); een rustige plek om zich terug te trekken." % (c.fn, c.hem))]
    if not young:
        v.append("Onderwijsbehoeften van %s: duidelijke afspraken op papier; een mentor die wekelijks de planning met %s "
                 "doorneemt; praktijkgerichte opdrachten; begeleiding bij de overgang naar stage en werk; minder wisselingen "
                 "van lokaal en docent." % (c.fn, c.hem))
    return v[c.i % len(v)]


def ondersteuning(c):
    if c.st in ("vo", "pro"):
        if c.i % 2:
            return ("- Wekelijks 45 minuten begeleiding door de %s (%s), vanaf %s, op dinsdag 5e uur.\n"
                    "- Tweewekelijks coachgesprek met de mentor (%s) over planning en huiswerk.\n"
                    "- Time-outkaart en een rustige werkplek in het ondersteuningslokaal bij toetsen.\n"
                    "- Toetsen met 25%% extra tijd en vergroot lettertype." % (c.rolib, c.ib, nl(c.date), c.mentor))
        return ("- Dagelijkse start in het trajectlokaal (10 minuten) met de ondersteuner, vanaf %s.\n"
                "- Een keer per week 60 minuten training sociale vaardigheden (Rots en Water) in een kleine groep.\n"
                "- Huiswerkbegeleiding op school op maandag en donderdag, 8e uur, door de onderwijsassistent.\n"
                "- Mentor (%s) belt ouders elke twee weken kort over de voortgang." % (nl(c.date), c.mentor))
    if c.st == "vso":
        return ("- Dagelijks 30 minuten individuele begeleiding door de klassenassistent bij het plannen van de dag.\n"
                "- Stagebegeleiding: jobcoach (%s) bezoekt de stageplek eens per twee weken, vanaf %s.\n"
                "- Wekelijks 45 minuten sociale vaardigheidstraining in een groepje van 4 (orthopedagoog).\n"
                "- Rooster met vaste rustmomenten." % (c.ext, nl(c.date)))
    if c.i % 2:
        return ("- Vier keer per week 20 minuten verlengde instructie rekenen in een groepje van 3 door de leerkracht (%s).\n"
                "- Twee keer per week 30 minuten leesbegeleiding (RALFI) door de onderwijsassistent, vanaf %s.\n"
                "- Eens per week een gesprekje met de intern begeleider (%s) over hoe het gaat.\n"
                "- Koptelefoon en werkplek aan het instructietafeltje bij zelfstandig werken." % (c.mentor, nl(c.date), c.ib))
    return ("- Drie keer per week 30 minuten begeleiding buiten de groep door de remedial teacher (spelling en lezen), vanaf %s.\n"
            "- Dagelijks pre-teaching van de rekeninstructie door de leerkracht (%s), 10 minuten.\n"
            "- Ambulant begeleider van het samenwerkingsverband komt eens per zes weken observeren en de leerkracht coachen.\n"
            "- Visueel dagprogramma op de tafel en een time-timer." % (nl(c.date), c.mentor))


def afwijkingen(c):
    if c.st in ("so", "vso", "sbo"):
        return ("%s volgt voor rekenen een eigen leerlijn (doelen eind groep %d, leerroute 2). Voor Engels "
                "worden vervangende doelen gebruikt. Het aantal lesuren is niet verminderd." % (c.fn, 5 + c.i % 2))
    if c.st == "pro":
        return ("%s loopt vanaf %s twee dagen per week extern stage; de theorielessen op die dagen vervallen en worden "
                "deels vervangen door werken met een eigen leerlijn Nederlands (niveau 1F)." % (c.fn, nl(c.date)))
    if c.st == "vo":
        return ("Vrijstelling voor het vak Frans (vervangen door extra rekenen); voor wiskunde werkt %s op een "
                "lager niveau (vmbo-basis) dan de andere vakken. Lesrooster is ingekort tot 26 uur per week "
                "tot de herfstvakantie (afgesproken met de leerplichtambtenaar)." % c.fn)
    return ("%s werkt voor rekenen met een eigen leerlijn (doelen eind groep %d); voor de overige vakken volgt "
            "%s het programma van de groep." % (c.fn, 4 + c.i % 2, c.hij))


AFW_NA = ["Er zijn geen afwijkingen van het onderwijsprogramma.",
          "Geen afwijkingen: %s volgt het reguliere programma van de groep.",
          "n.v.t. — er wordt niet afgeweken van het onderwijsprogramma (geen eigen leerlijn, geen vrijstellingen)."]


def doelen(c):
    if c.st in ("vo", "pro", "vso"):
        return ["Uiterlijk %s plant %s het huiswerk zelf in de agenda en levert 9 van de 10 opdrachten op tijd in." % (nl(c.ev1), c.fn),
                "Bij een conflict gebruikt %s de time-outkaart en gaat %s binnen 10 minuten terug naar de les (gemeten met het turfschema, 4 van de 5 keer)." % (c.fn, c.hij),
                "Aan het eind van het schooljaar haalt %s voor rekenen niveau 1F (toets Rekenen 1F, score ≥ 60%%)." % c.fn]
    m1 = "%s %d" % (MAANDEN[c.ev1.month - 1], c.ev1.year)
    return ["Uiterlijk %s leest %s AVI-M5 op beheersingsniveau." % (m1, c.fn),
            "In %s beheerst %s de tafels 1 t/m 5 (Tempotoets: 40 sommen in 2 minuten, max. 3 fouten)." % (m1, c.fn),
            "%s vraagt zelf om hulp met de hulpkaart bij minstens 3 van de 5 zelfstandig-werkmomenten per week." % c.fn]


def adviezen(c):
    vdat = nl(c.date - dt.timedelta(days=120))
    if c.st in ("po", "sbo", "so"):
        base = ("Orthopedagoog %s (Jeugdteam %s, verslag %s) adviseert: instructie in kleine stappen, vaste structuur en "
                "visuele ondersteuning; dit is verwerkt in de onderwijsbehoeften en de aanpak hierboven. "
                "De logopedist adviseert dagelijks 10 minuten woordenschat; de leerkracht neemt dit op in het weekplan."
                % (c.ext, c.place, vdat)) if c.i % 2 else (
                "Kinderfysiotherapeut (verslag %s): fijne motoriek oefenen en een schrijfhulp gebruiken; de school zet een "
                "laptop in bij langere schrijfopdrachten. Jeugdarts (%s): let op vermoeidheid, geen extra uren; de school "
                "houdt het rooster ongewijzigd." % (vdat, c.ext))
    else:
        base = ("Psycholoog %s (GGZ Vaartland, rapport %s) adviseert voorspelbaarheid, één vast aanspreekpunt en "
                "prikkelarme toetsafname; de school heeft dit overgenomen in de ondersteuning (vaste mentor, toetsen in het "
                "ondersteuningslokaal). Het advies om minder huiswerk te geven neemt de school niet over; wel krijgt %s "
                "huiswerkbegeleiding op school." % (c.ext, vdat, c.fn)) if c.i % 2 else (
                "Jeugdarts GGD (%s): geen medische bezwaren tegen volledig rooster. Jobcoach/arbeidsdeskundige (%s) adviseert "
                "een stage met vaste taken en een vaste begeleider; dit is meegenomen in de stagekeuze." % (vdat, c.ext))
    if c.st in ("so", "vso"):
        base = ("Advies commissie voor de begeleiding (vergadering %s): het OPP past bij de ondersteuningsbehoefte; "
                "advies om de sociale vaardigheidstraining voort te zetten en %s; de school neemt dit over in het "
                "handelingsdeel. " % (nl(c.date - dt.timedelta(days=10)),
                                      "de stage uit te breiden naar twee dagen" if c.st == "vso" else "het aanbod rekenen te blijven differentiëren")) + base
    return base


def oogo(c):
    who = "%s" % c.fn if c.adult else "moeder (%s) en vader (%s)" % (c.mother, c.father)
    if c.spec.get("consent") in ("refused", "onder_protest", "partial"):
        tail = "Ouders herkennen het beeld van %s; over de omvang en vorm van de ondersteuning zijn school en ouders het niet helemaal eens." % c.fn
    elif c.adult:
        tail = "%s herkent het beeld en is het eens met de uitstroombestemming." % c.fn
    else:
        tail = ["Ouders herkennen het beeld en zijn het eens met de uitstroombestemming.",
                "Ouders vullen aan dat %s thuis veel praat over school en graag wil blijven op deze school." % c.fn][c.i % 2]
    return ("Het ontwikkelingsperspectief is op %s besproken met %s, de %s (%s) en de %s (%s). %s"
            % (nl(c.oogo_date), who, c.rolmentor, c.mentor, c.rolib, c.ib, tail))


def inbreng(c):
    if c.st in ("po", "sbo", "so"):
        if c.i % 2:
            return ("%s zegt: \"Ik vind rekenen moeilijk als het druk is in de klas. Met mijn koptelefoon gaat het beter. "
                    "Ik wil graag dat de juf vooraf zegt als er iets anders is.\" Naar aanleiding hiervan is afgesproken dat "
                    "de leerkracht wijzigingen in het dagprogramma 's ochtends met %s doorneemt, en mag %s zelf kiezen "
                    "wanneer de koptelefoon op gaat." % (c.fn, c.hem, c.fn))
        return ("Gesprek met %s (%s) met de praatplaat 'Mijn school': %s wil niet steeds als enige uit de klas worden gehaald. "
                "Daarom krijgt %s de extra leesbegeleiding nu samen met twee klasgenoten, en vindt de remedial teaching plaats "
                "tijdens het zelfstandig werken in plaats van tijdens de gymles." % (c.fn, nl(c.oogo_date), c.Hij, c.fn))
    return ("In het gesprek van %s gaf %s aan: \"Ik wil later met mijn handen werken. Ik vind het niet fijn als de "
            "mentor voor de hele klas zegt dat ik hulp krijg.\" Wat we daarmee doen: bij de stagekeuze is %s voorkeur "
            "leidend geweest en de begeleidingsgesprekken vinden plaats buiten de les, in het ondersteuningslokaal."
            % (nl(c.oogo_date), c.fn, c.zijn))


def inbreng_view_only(c):
    if c.st in ("po", "sbo", "so"):
        return "%s vindt het fijn op school en zou graag meer gym willen. Rekenen vindt %s moeilijk." % (c.fn, c.hij)
    return "%s geeft aan dat %s het goed naar %s zin heeft en graag iets met dieren wil gaan doen." % (c.fn, c.hij, c.zijn)


def evaluatie(c):
    with_ = "ouders en %s" % c.fn if c.post and not c.adult else ("%s" % c.fn if c.adult else "ouders")
    return ("Het handelingsdeel wordt tussentijds geëvalueerd in %s %d en opnieuw in %s %d, in "
            "een gesprek met %s, de %s en de %s. Het OPP wordt minimaal één keer per schooljaar met %s geëvalueerd "
            "en zo nodig bijgesteld." % (MAANDEN[c.ev1.month - 1], c.ev1.year, MAANDEN[c.ev2.month - 1], c.ev2.year,
                                          with_, c.rolmentor, c.rolib, with_))


def rechten(c):
    wie = "u" if not c.adult else "je"
    if c.adult:
        return ("Omdat je 18 jaar of ouder bent, beslis je zelf over het handelingsdeel: de school heeft jouw instemming nodig. "
                "Ben je het niet eens met (een deel van) het OPP, bespreek dit dan eerst met je mentor of de directie. "
                "Je kunt ook hulp vragen bij het Ouder- en Jeugdsteunpunt %s of bij een onderwijsconsulent. Binnen zes "
                "weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs "
                "(onderwijsgeschillen.nl)." % c.swv)
    return ("U heeft instemmingsrecht op het handelingsdeel van dit OPP. Zonder uw instemming kan de school het "
            "handelingsdeel niet uitvoeren. Bent u het niet eens met het OPP, dan gaat u eerst in gesprek met de school. "
            "Komt u er samen niet uit, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt van het %s, bij de "
            "onderwijsconsulenten (onderwijsconsulenten.nl) of binnen zes weken na de vaststelling bij de "
            "Geschillencommissie passend onderwijs." % c.swv)


def rechten_partial(c):
    return "Ouders hebben instemmingsrecht op het handelingsdeel."


def vaststelling(c):
    t = "Dit OPP is vastgesteld op %s door %s, directeur van %s." % (nl(c.date), c.dir, c.school)
    if c.revised:
        t += " Na de evaluatie bijgesteld en opnieuw vastgesteld op %s door %s." % (nl(c.revised), c.dir)
    return t


PRESENT = {"uitstroombestemming": uitstroom, "onderbouwing": onderbouwing, "belemmerende_factoren": belemmerend,
           "bevorderende_factoren": bevorderend, "ondersteuningsbehoefte": behoefte, "ondersteuning": ondersteuning,
           "afwijkingen_onderwijsprogramma": afwijkingen, "doelen": lambda c: "\n".join("- " + g for g in doelen(c)),
           "adviezen_professionals": adviezen, "oogo": oogo, "inbreng_leerling": inbreng, "evaluatie": evaluatie,
           "informatie_rechten": rechten, "vaststelling": vaststelling}

INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau/-profiel in]",
    "onderbouwing": "[Onderbouw het uitstroomperspectief met gegevens uit het leerlingvolgsysteem, onderzoek en schoolloopbaan]",
    "belemmerende_factoren": "[Beschrijf de belemmerende factoren bij de leerling, in de klas/school en thuis]",
    "bevorderende_factoren": "[Beschrijf de bevorderende en beschermende factoren: wat gaat goed, wat helpt?]",
    "ondersteuningsbehoefte": "[Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig']",
    "ondersteuning": "[Beschrijf wat er extra wordt geboden: wie, wat, hoe vaak, vanaf wanneer]",
    "afwijkingen_onderwijsprogramma": "[Geef aan of en waar wordt afgeweken van het reguliere programma]",
    "doelen": "[Formuleer SMART-doelen voor de komende periode]",
    "adviezen_professionals": "[Noteer de adviezen van externe deskundigen en wat de school ermee doet]",
    "oogo": "[Datum en deelnemers van het gesprek met ouders]",
    "inbreng_leerling": "[Beschrijf de mening van de leerling en wat daarmee gedaan is]",
    "evaluatie": "[Geef aan wanneer en met wie het OPP wordt geëvalueerd]",
    "informatie_rechten": "[Informeer ouders over instemmingsrecht en de route bij onenigheid]",
    "vaststelling": "[Datum vaststelling en naam directeur]",
}


def gap_text(kind, el, c):
    """Text shown for a gap kind. Returns None when the element is left out entirely."""
    if kind == "present":
        return PRESENT[el](c)
    if kind == "missing":
        return None
    if kind == "empty":
        return ""
    if kind.startswith("ph:"):
        return kind[3:]
    if kind == "instr":
        return INSTR[el]
    if kind == "cc":
        return "Klik of tik om tekst in te voeren."
    if kind.startswith("ref:"):
        return kind[4:]
    if kind == "view_only":
        return inbreng_view_only(c)
    if kind == "partial":
        return rechten_partial(c)
    if kind == "na":
        if el == "afwijkingen_onderwijsprogramma":
            t = AFW_NA[c.i % 3]
            return t % c.fn if "%s" in t else t
        if el == "inbreng_leerling":
            return None  # section absent; the rule does not apply
    if kind == "na_shown":  # pre-2025 plan that nevertheless notes the pupil's view
        return inbreng(c)
    raise ValueError((kind, el))


def label_of(kind):
    if kind == "present":
        return "present"
    if kind == "missing":
        return "missing"
    if kind in ("na", "na_shown"):
        return "not_applicable"
    return "incomplete"


# consent kinds -> label
CONSENT_LABEL = {
    "signed": "present", "scribble": "present", "digital": "present", "stated": "present",
    "adult_self": "present", "curator": "present", "slip_signed": "present",
    "voor_gezien": "incomplete", "onder_protest": "incomplete", "refused": "incomplete", "partial": "incomplete",
    "school_only": "incomplete", "blank": "incomplete", "unticked": "incomplete", "nodate": "incomplete",
    "curatele_pupil_only": "incomplete", "slip_blank": "incomplete", "adult_nodate": "incomplete",
    "form_unchecked": "incomplete",
    "avg_only": "missing", "missing": "missing",
}
