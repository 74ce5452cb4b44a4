"""Invented pupils, schools and element texts. Every name, school and place is made up."""
import random
import datetime as dt

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")


PLACES = ["Haverveen", "Oosterbroek", "Lindewaarde", "Marwold", "Grevenmeer", "Steenakker", "Brakelhoven", "Ooltwijk"]
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Grevenmeer-Marwold",
       "sbo": "Samenwerkingsverband Passend Primair Onderwijs Grevenmeer-Marwold",
       "so": "Samenwerkingsverband PO Lindewaarde en omstreken",
       "vo": "Samenwerkingsverband VO Steenakker-Haverveen",
       "pro": "Samenwerkingsverband VO Steenakker-Haverveen",
       "vso": "Samenwerkingsverband VO De Brakelse Waarden"}
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "IKC Het Waterlicht", "CBS De Parelvisser", "Basisschool De Klimopschans", "OBS Tweestroom"],
    "sbo": ["SBO De Vlonder", "SBO Het Rietland", "SBO De Kiekendief"],
    "so": ["SO De Kapstok (cluster 4)", "Mytylschool Het Zeilschip", "SO De Lindeboog"],
    "vo": ["Grevenmeer College", "Scholengemeenschap De Grift-Noord", "Lyceum Ooltwijk", "Van Hasseltcollege Marwold"],
    "pro": ["Praktijkschool De Werf", "PrO Lindewaarde", "Praktijkcollege Steenakker"],
    "vso": ["VSO De Horst", "VSO De Kapstok", "Stichting De Brakelhof, afdeling VSO"],
}
FIRST_M = ["Noah", "Sem", "Daan", "Bram", "Ayoub", "Jesse", "Ilias", "Milan", "Finn", "Rayan", "Thijs", "Mees", "Ruben", "Jurre", "Levi", "Kerem"]
FIRST_F = ["Lotte", "Fenna", "Yara", "Mila", "Nora", "Saar", "Tess", "Zoë", "Eline", "Lieke", "Hanna", "Selin", "Jinthe", "Amira", "Roos"]
SUR = ["Verhoef", "Bakkenes", "El Amrani", "Zwartveld", "Hoekstra", "Dijkhuis", "Yilmaz", "Van der Lugt", "Meulendijk",
       "Brouwers", "Pranger", "Kooiman", "Ouwerkerk", "Tjalsma", "Roelfsema", "Boukhari", "Van Ommeren", "Kastelein",
       "Wielinga", "Schepers-Dam", "Nijenhuis", "Dekkers", "Groenveld", "Ter Horst"]
STAFF = ["mevr. A. Hofstede", "dhr. R. van Baaren", "mevr. C. Lammers", "dhr. P. Stuivenberg", "mevr. I. Koning",
         "dhr. T. Rensink", "mevr. M. Oudshoorn", "mevr. J. Vinke", "dhr. H. Bosgra", "mevr. S. Terpstra", "dhr. W. Akkerman",
         "mevr. E. Dorrestein"]

TYPEINFO = {
    "po": dict(age=(8, 11), grp=lambda a: f"groep {a - 3}"),
    "sbo": dict(age=(8, 12), grp=lambda a: f"groep {min(a - 3, 8)} (SBO)"),
    "so": dict(age=(7, 12), grp=lambda a: f"onderbouw/middenbouw, groep {min(a - 3, 8)}"),
    "vo": dict(age=(12, 15), grp=lambda a: f"leerjaar {a - 11}"),
    "pro": dict(age=(12, 16), grp=lambda a: f"leerjaar {a - 11}"),
    "vso": dict(age=(13, 17), grp=lambda a: f"leerjaar {a - 11}"),
}

UITSTROOM = {
    "po": [("Vmbo kaderberoepsgerichte leerweg met leerwegondersteuning (LWOO)",
            "De scores op het leerlingvolgsysteem liggen voor rekenen en begrijpend lezen op of net onder niveau 1F. {N} heeft een leerachterstand van ongeveer een jaar (DLE rekenen 28 bij DL 40; DLE begrijpend lezen 30). Uit het intelligentieonderzoek (WISC-V, {testdate}) komt een TIQ van 86 met een zwakker verwerkingstempo. Het leerrendement over de afgelopen twee jaar is 70%. Op basis hiervan verwachten we kader met LWOO."),
           ("Vmbo gemengde/theoretische leerweg",
            "{N} haalt bij technisch lezen en spelling I- en II-scores, maar bij rekenen vanaf groep 5 IV- en V-scores (DLE rekenen 24 bij DL 36). Het NIO-onderzoek ({testdate}) geeft een totaalscore van 98, gemiddeld. Door de dyscalculieverklaring en de begeleiding verwachten we dat {hij} het niveau vmbo-gt haalt; rekenen blijft het zwakke vak.")],
    "sbo": [("Praktijkonderwijs",
             "Het totaal-IQ is 71 (WISC-V, {testdate}), met een relatief sterker verbaal begrip. De didactische leeftijdsequivalenten liggen voor alle vakken rond eind groep 4 (DLE 15-18 bij DL 48). Het leerrendement is ongeveer 40%. {N} leert het best door te doen. Dat past bij praktijkonderwijs."),
            ("Vmbo basisberoepsgerichte leerweg met LWOO",
             "{N} kwam in groep 5 naar het SBO met een leerachterstand van anderhalf jaar. Het leerrendement sinds de plaatsing is 65%; DLE technisch lezen 34, rekenen 29, begrijpend lezen 27 (DL 48). TIQ 82 (WISC-V, {testdate}). Zonder de huidige ondersteuning daalt het rendement (zie LVS 2023-2024).")],
    "so": [("Voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs (vmbo-basis/kader-niveau)",
            "{N} leert op het niveau van eind groep 5 (DLE rekenen 26, technisch lezen 31 bij DL 40). Het TIQ is 88 (WPPSI/WISC-V, {testdate}). Door de ernstige gedragsproblemen (diagnose ADHD en ODD) is kleinschaligheid nodig; cognitief zit {hij} op een basis/kader-route."),
           ("Voortgezet speciaal onderwijs, profiel arbeidsmarktgericht",
            "{N} heeft een lichte verstandelijke beperking (TIQ 64, SON-R {testdate}) en een auditieve beperking. De leerlijnen van het CED (leerroute 3) passen; de leerresultaten liggen stabiel op die route. Praktische vaardigheden ontwikkelen zich goed.")],
    "vo": [("Vmbo kaderberoepsgerichte leerweg, diploma in leerjaar 4; daarna mbo niveau 3 (Zorg en Welzijn)",
            "De cijfers over leerjaar 1 en 2 liggen gemiddeld op 6,3 op kaderniveau; wiskunde en Engels zijn zwakker (5,4 en 5,6). Het NIO in groep 8 gaf 89 en het basisschooladvies was kader. Met de compenserende maatregelen voor dyslexie haalt {N} voldoendes. Er zijn geen signalen dat {hij} het niveau niet aan kan."),
           ("Havo-diploma, aansluitend hbo",
            "{N} kwam binnen met een havo/vwo-advies. De resultaten zijn voldoende tot goed (gemiddeld 6,9), maar door het hoge ziekteverzuim in leerjaar 2 (ME/CVS, zie brief kinderarts) liep {hij} achterstanden op. Op grond van de cijfers en de ontwikkeling sinds de aangepaste rooster verwachten we havo.")],
    "pro": [("Arbeid: betaald werk in de groenvoorziening of hoveniersbranche, zo mogelijk met een Entree-opleiding (mbo niveau 1)",
             "TIQ 68 (WISC-V, {testdate}); leerachterstand van meer dan drie jaar bij begrijpend lezen en rekenen (niveau eind groep 5). {N} werkt graag buiten en laat op de stage bij hoveniersbedrijf Tuinhof Steenakker goede werknemersvaardigheden zien. Het stageverslag ({testdate}) is positief."),
            ("Arbeid met ondersteuning: beschut werk of werk met jobcoach in logistiek/magazijn",
             "TIQ 62 en zwak werkgeheugen (onderzoek {testdate}); {N} heeft structuur en vaste taken nodig. De interne stage in het schoolmagazijn en de groepsstage bij een distributiecentrum verlopen goed zolang de taken vastliggen.")],
    "vso": [("arbeidsmarktgericht", "Werk in de keuken of bediening in de horeca, met begeleiding van een jobcoach",
             "{N} heeft een licht verstandelijke beperking (TIQ 66, onderzoek {testdate}) en een autismespectrumstoornis. Op de stage bij Lunchroom De Steiger werkt {hij} zelfstandig in de afwas en bij het klaarzetten. Het schoolniveau ligt rond eind groep 5. Het arbeidsmarktgerichte profiel past bij wat {hij} kan en wil."),
            ("dagbesteding", "Arbeidsmatige dagbesteding, bij voorkeur op een zorgboerderij",
             "{N} heeft een matig verstandelijke beperking (ontwikkelingsleeftijd ongeveer 6 jaar, onderzoek {testdate}) en epilepsie. Taken lukt met begeleiding en visuele ondersteuning. Een arbeidsmatige dagbesteding in een rustige omgeving past het best."),
            ("vervolgonderwijs", "Mbo niveau 2, opleiding Logistiek medewerker",
             "{N} volgt het vmbo-basisprogramma en doet examen in de vakken Nederlands, Engels, wiskunde en economie. De schoolexamencijfers liggen rond de 6. Door de angststoornis heeft {hij} een kleine, voorspelbare setting nodig; cognitief past mbo-2.")],
}

FACTORS = {
    "belem": [("Leren", "Zwak werkgeheugen; leest traag (AVI E4 in groep 6); rekenstrategieën beklijven niet."),
              ("Werkhouding", "Raakt snel afgeleid; begint niet aan een taak zonder persoonlijke instructie."),
              ("Sociaal-emotioneel", "Faalangstig bij toetsen; trekt zich terug als iets niet lukt."),
              ("Thuissituatie", "Ouders zijn gescheiden; de wisseling tussen twee huizen kost rust en planning.")],
    "bevord": [("Leren", "Sterk in mondeling taalbegrip en in woordenschat; leert goed met concreet materiaal."),
               ("Werkhouding", "Gemotiveerd als de taak kort en duidelijk is; vraagt hulp als dat afgesproken is."),
               ("Sociaal-emotioneel", "Vriendelijk en behulpzaam; heeft twee vaste vrienden in de klas."),
               ("Thuissituatie", "Beide ouders zijn betrokken en komen naar elk gesprek; oma helpt met huiswerk.")],
}
FACTORS_VSO = {
    "belem": [("Leren", "Leest op niveau eind groep 4; heeft moeite met abstracte begrippen en klokkijken."),
              ("Werkhouding", "Raakt overprikkeld in drukke ruimtes; stopt dan met werken."),
              ("Sociaal-emotioneel", "Begrijpt grapjes van medeleerlingen letterlijk, wat tot ruzies leidt."),
              ("Gezondheid", "Epilepsie (medicatie); na een aanval is {N} de rest van de dag moe.")],
    "bevord": [("Leren", "Leert goed met pictogrammen en voordoen-nadoen."),
               ("Werkhouding", "Zeer precies en betrouwbaar in vaste taken."),
               ("Sociaal-emotioneel", "Vertrouwt de mentor en vertelt het als iets niet goed gaat."),
               ("Thuis/netwerk", "Stabiel netwerk; moeder en broer denken mee over de toekomst.")],
}

NEEDS = ["instructie in een kleine groep, met voordoen en hardop denken, direct na de klassikale instructie",
         "korte taken met een duidelijk eindpunt en een vaste plek om te werken",
         "een leerkracht die voor toetsen vertelt wat er komt en succeservaringen benoemt",
         "een vast aanspreekpunt bij wie {hij} even rust kan nemen als het te veel wordt",
         "rekenmaterialen (getallenlijn, tafelkaart) bij alle rekentaken"]

SUPPORT = [("Extra instructie technisch lezen (RALFI)", "leerkracht groep", "4x per week 15 min", "vanaf 1 dec"),
           ("Pre-teaching rekenen in de kleine groep", "onderwijsassistent", "2x per week 30 min", "vanaf 1 dec"),
           ("Training faalangst (Vlinderkracht)", "schoolmaatschappelijk werk", "8 sessies", "jan-mrt"),
           ("Coachgesprek over planning en rust", "IB'er", "1x per 2 weken", "vanaf 1 dec")]

GOALS = [("Technisch lezen: {N} leest AVI-E5 op beheersingsniveau", "toets AVI, eind februari"),
         ("Rekenen: {N} beheerst de tafels 1 t/m 10 (90% goed binnen 3 seconden)", "tafeltoets, eind maart"),
         ("Werkhouding: {N} start binnen 2 minuten zelfstandig aan een taak met het stappenkaartje", "observatie leerkracht, 4 keer per maand"),
         ("Sociaal-emotioneel: {N} benoemt bij een toets zelf wat {hij} al kan (zelfbeoordelingskaart)", "evaluatie met IB, maart")]

PROFS = [("orthopedagoog-generalist", "drs. L. Meesters", "Praktijk Kompasroos", "een vaste dagstructuur met pictogrammen, korte instructie met voordoen, en geen tijdsdruk bij toetsen",
          "De school zet een dagritmekaart in, biedt instructie in de kleine groep en laat {N} toetsen in twee delen maken."),
         ("GZ-psycholoog", "mevr. dr. K. Abbenhuis", "Jeugd-GGZ De Brakel", "behandeling van de angst (CGT) en op school een vaste ‘time-out’-plek met afspraken",
          "De school richt een rustplek in bij de IB-kamer; de mentor en de behandelaar overleggen eens per zes weken."),
         ("logopedist", "mevr. F. Groothuis", "Logopediepraktijk Ooltwijk", "visuele ondersteuning van instructie en controle of de opdracht begrepen is",
          "De leerkracht laat {N} de opdracht in eigen woorden herhalen en gebruikt een stappenplan op de tafel.")]

VIEWS = [("‘Ik vind lezen stom omdat ik het langzaam doe. Als ik de tekst eerst mag horen, dan snap ik het beter.’",
          "Daarom is in het handelingsdeel opgenomen dat {N} bij zaakvakken de teksten eerst mag beluisteren (voorleessoftware)."),
         ("{N} zegt dat het in de klas te druk is en dat {hij} het liefst bij het raam werkt met een koptelefoon.",
          "De school heeft een vaste plek bij het raam en een koptelefoon afgesproken; dat staat bij de ondersteuning."),
         ("{N} wil graag stage lopen bij dieren en vindt de theorielessen ‘te veel praten’.",
          "Het stagedoel is aangepast: de eerste stage wordt gezocht in een dierenpension; theorie wordt gekoppeld aan de stage.")]


class P(dict):
    __getattr__ = dict.get


def make_profile(seed, stype, plan_date, adult=False, curatele=False, female=None, uit=None):
    r = random.Random(seed)
    if female is None:
        female = r.random() < 0.5
    first = r.choice(FIRST_F if female else FIRST_M)
    sur = r.choice(SUR)
    lo, hi = TYPEINFO[stype]["age"]
    age = 18 if adult or curatele else r.randint(lo, hi)
    if stype == "vso" and (adult or curatele):
        age = r.choice([18, 19])
    birth = dt.date(plan_date.year - age, r.randint(1, 12), r.randint(1, 28))
    if birth + dt.timedelta(days=365 * age) > plan_date:
        birth = dt.date(birth.year - 1, birth.month, birth.day)
    grp = TYPEINFO[stype]["grp"](min(age, 18))
    place = r.choice(PLACES)
    school = r.choice(SCHOOLS[stype])
    staff = r.sample(STAFF, 5)
    mother = f"mevr. {sur}" if r.random() < 0.6 else f"mevr. {r.choice(SUR)}"
    father = f"dhr. {sur}"
    ui = uit if uit is not None else r.randrange(len(UITSTROOM[stype]))
    u = UITSTROOM[stype][ui]
    testdate = dlong(plan_date - dt.timedelta(days=r.randint(120, 400)))
    p = P(seed=seed, stype=stype, first=first, sur=sur, name=f"{first} {sur}", female=female,
          hij="zij" if female else "hij", zijn="haar" if female else "zijn", Hij="Zij" if female else "Hij",
          age=age, birth=dshort(birth), grp=grp, place=place, school=school, swv=SWV[stype],
          mentor=staff[0], ib=staff[1], director=staff[2], ob=staff[3], extra=staff[4],
          mother=mother, father=father, plan_date=plan_date, adult=adult, curatele=curatele, testdate=testdate)
    if stype == "vso":
        p.profile, p.uit_detail, onder = u
        p.uitstroom = f"Uitstroomprofiel {p.profile}: {p.uit_detail}"
    else:
        p.uitstroom, onder = u
    p.onderbouwing = fmt(onder, p)
    p.oogo_date = plan_date - dt.timedelta(days=r.randint(5, 16))
    p.consent_date = plan_date + dt.timedelta(days=r.randint(0, 6))
    p.eval_mid = plan_date + dt.timedelta(days=r.randint(95, 130))
    p.eval_year = plan_date + dt.timedelta(days=r.randint(300, 355))
    fac = FACTORS_VSO if stype in ("vso",) or (stype == "so" and ui == 1) else FACTORS
    p.belem = [(d, fmt(t, p)) for d, t in fac["belem"]]
    p.bevord = [(d, fmt(t, p)) for d, t in fac["bevord"]]
    if stype in ("vo", "pro", "vso"):
        p.belem = [(d, t.replace("groep 6", "leerjaar 1")) for d, t in p.belem]
    p.needs = [fmt(x, p) for x in r.sample(NEEDS, 4)]
    sup = list(SUPPORT)
    if stype in ("vo", "pro", "vso"):
        sup = [("Mentoruur met persoonlijke planning", "mentor", "1x per week", "vanaf week 47"),
               ("Begeleiding in het ondersteuningslokaal (Trajectvoorziening)", "trajectbegeleider", "dagelijks 2e uur", "vanaf week 47"),
               ("Compenserende maatregelen: extra tijd en vergrote toetsen", "alle docenten", "bij elke toets", "direct"),
               ("Overleg school-behandelaar", "zorgcoördinator", "1x per 6 weken", "vanaf december")]
        if stype == "pro":
            sup[1] = ("Stagebegeleiding op de werkplek", "stagecoördinator", "1x per 2 weken bezoek", "vanaf stageperiode 2")
        if stype == "vso":
            sup[1] = ("Begeleide interne stage (keuken/kantine)", "praktijkdocent", "2 dagdelen per week", "vanaf 1 december")
    start = plan_date + dt.timedelta(days=14)
    wk = start.isocalendar()[1]
    def fixd(d):
        return (d.replace("vanaf 1 dec", f"vanaf {dshort(start)}").replace("jan-mrt", f"8 weken vanaf {dshort(start)}")
                 .replace("vanaf week 47", f"vanaf week {wk}").replace("vanaf december", f"vanaf {MONTHS[start.month - 1]}")
                 .replace("vanaf 1 december", f"vanaf {dshort(start)}"))
    p.support = [(a, b, c, fixd(d)) for a, b, c, d in sup]
    p.goals = [(fmt(g, p), fmt(m, p)) for g, m in (GOALS if stype in ("po", "sbo", "so") else [
        ("Planning: {N} houdt zelf de weekplanner bij en levert 80% van het huiswerk op tijd in", "controle mentor, wekelijks; evaluatie februari"),
        ("Werknemersvaardigheden: {N} meldt zich op tijd af bij ziekte en komt op tijd op de stage", "stagebeoordeling, eind periode 2"),
        ("Sociaal: {N} vraagt in de les zelf om uitleg als {hij} iets niet begrijpt (minimaal 1x per dag)", "observatie docenten, januari"),
        ("Rekenen: {N} rekent met geld tot € 100 (betalen en wisselgeld) zonder fouten", "praktijktoets, maart")])]
    prof = PROFS[r.randrange(len(PROFS))]
    p.prof = (prof[0], prof[1], prof[2], fmt(prof[3], p), fmt(prof[4], p))
    p.profdate = dlong(plan_date - dt.timedelta(days=r.randint(60, 200)))
    v = VIEWS[r.randrange(2 if stype in ('po', 'sbo', 'so') else 3)]
    p.view = (fmt(v[0], p), fmt(v[1], p))
    p.rnd = r
    return p


def fmt(s, p):
    return s.replace("{N}", p.first).replace("{hij}", p.hij).replace("{zijn}", p.zijn).replace("{Hij}", p.Hij).replace("{testdate}", p.testdate or "")
