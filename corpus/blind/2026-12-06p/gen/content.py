# -*- coding: utf-8 -*-
"""Invented pupils and element texts for the blind set. All names, schools, places invented."""
import random

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen",
                "……………………………"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def nl_date(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def num_date(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def add_days(d, n):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Baken", "Basisschool De Klimop", "RKBS Sint Ansfridus"],
    "sbo": ["SBO De Zeskant", "SBO Het Palet", "SBO De Boomgaard"],
    "so": ["SO De Kempenaer", "Mytylschool De Vlinderhof", "SO Het Zeepaard", "Kindcentrum De Horizon (SO)"],
    "vso": ["VSO De Werkplaats", "VSO Het Kompas", "VSO Esdoornlaan", "VSO De Bolder", "Mytylschool De Vlinderhof (VSO)"],
    "vo": ["Stedelijk Lyceum Noordwaarts", "Vakcollege De Linge", "Scholengemeenschap Het Waterland",
           "Vmbo De Brug", "Christelijk College De Dijk"],
    "pro": ["Praktijkschool De Steiger", "Praktijkcollege Hoogeweg", "Praktijkschool Het Ambacht",
            "PrO De Vaart"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Rivierenzoom", "SWV VO Kennemer-Oost",
       "Samenwerkingsverband Westerveen PO", "SWV Passend Leren Noord-Drenthe",
       "Samenwerkingsverband VO De Uiterwaarden", "SWV Passend Onderwijs Lekstroom-Zuid"]
PLACES = ["Waalhaven", "Oosterbroek", "Lindewaard", "Heemsdorp", "Veldhuizen", "Kroonstad", "Marrum aan de Vecht"]

BOYS = ["Daan", "Milan", "Sem", "Thijs", "Jayden", "Noah", "Luuk", "Bram", "Yusuf", "Kevin", "Stijn",
        "Mohammed", "Jesse", "Ruben", "Dex", "Finn", "Timo", "Ilias"]
GIRLS = ["Lotte", "Sanne", "Noor", "Fleur", "Aya", "Jade", "Isa", "Chantal", "Romy", "Mila", "Demi",
         "Lieke", "Esra", "Femke", "Zoë", "Britt"]
SURN = ["de Graaf", "Bakker", "van Dijk", "Jansen", "Kok", "Smits", "El Amrani", "Hoekstra", "Verbeek",
        "van der Laan", "Peeters", "Yilmaz", "Mulder", "Bos", "de Wit", "Koster", "Brouwer", "Schouten",
        "Veldman", "Kuipers", "Hendriks", "Postma"]
STAFF = ["mw. A. Vermeulen", "dhr. R. Tuinstra", "mw. S. Karimi", "dhr. P. van Oort", "mw. L. Dekker",
         "dhr. J. Wolters", "mw. M. Otten", "dhr. H. Blom", "mw. I. Ramdin", "mw. E. de Haan"]


def make_pupil(rng, stype, age, profile, adult=None):
    girl = rng.random() < 0.45
    first = rng.choice(GIRLS if girl else BOYS)
    last = rng.choice(SURN)
    p = {"first": first, "last": last, "name": f"{first} {last}", "girl": girl,
         "hij": "zij" if girl else "hij", "Hij": "Zij" if girl else "Hij",
         "zijn": "haar" if girl else "zijn", "Zijn": "Haar" if girl else "Zijn",
         "hem": "haar" if girl else "hem",
         "age": age, "stype": stype, "profile": profile, "adult": adult,
         "school": rng.choice(SCHOOLS[stype]), "swv": rng.choice(SWV), "place": rng.choice(PLACES),
         "mentor": rng.choice(STAFF), "ib": rng.choice(STAFF), "dir": rng.choice(STAFF),
         "parent1": ("mw. " if rng.random() < .6 else "dhr. ") + rng.choice(SURN) if rng.random() < .3 else f"{'mw.' if rng.random()<.6 else 'dhr.'} {last}",
         "curator": "mr. " + rng.choice(["T. Baljet", "K. Ouwerkerk", "D. Sprenger"]) + " (curator)",
         }
    while p["ib"] == p["mentor"]:
        p["ib"] = rng.choice(STAFF)
    while p["dir"] in (p["mentor"], p["ib"]):
        p["dir"] = rng.choice(STAFF)
    by = 2026 - age
    p["dob"] = (by - (1 if rng.random() < .5 else 0), rng.randint(1, 12), rng.randint(1, 28))
    p["llnr"] = str(rng.randint(100000, 999999))
    return p


def F(p, s):
    return s.format(**p)


# ---------------------------------------------------------------- destination per type/profile
DEST = {
    ("vso", "arbeid"): [
        ("Arbeidsmarktgericht", "betaald werk met begeleiding (loonkostensubsidie) in de groenvoorziening"),
        ("Arbeidsmarktgericht", "werk in de logistiek (orderpicken, magazijn), beschut of met jobcoach"),
        ("Arbeidsmarktgericht", "werk in de facilitaire dienstverlening / schoonmaak van een zorginstelling"),
    ],
    ("vso", "dagb"): [
        ("Dagbesteding", "arbeidsmatige dagbesteding (bijvoorbeeld zorgboerderij of kringloopwinkel)"),
        ("Dagbesteding", "taakgerichte dagbesteding in een kleine groep met vaste begeleiders"),
        ("Dagbesteding", "belevingsgerichte dagbesteding met 1-op-1 ondersteuning"),
    ],
    ("vso", "vervolg"): [
        ("Vervolgonderwijs", "mbo niveau 2 (Entree doorlopend naar niveau 2, richting ICT-support)"),
        ("Vervolgonderwijs", "vmbo-tl diploma via het vso, daarna mbo niveau 3 of 4"),
        ("Vervolgonderwijs", "havo-diploma via staatsexamen in het vso, daarna hbo"),
    ],
    ("pro", "arbeid"): [
        ("Arbeid", "werk als medewerker supermarkt (vakkenvullen, kassa), met branchecertificaat"),
        ("Arbeid", "werk in de groenvoorziening, hovenier-assistent, met certificaat groen"),
        ("Arbeid", "werk als medewerker bouw/infra, assistent-timmerman"),
    ],
    ("pro", "entree"): [
        ("Leren en werken", "Entree-opleiding (mbo niveau 1) in combinatie met werk in de horeca"),
        ("Leren en werken", "Entree-opleiding richting zorg en welzijn (helpende)"),
    ],
    ("pro", "dagb"): [
        ("Arbeidsmatige dagbesteding", "arbeidsmatige dagbesteding met doorgroeimogelijkheid naar beschut werk"),
    ],
    ("vo", None): ["vmbo basisberoepsgerichte leerweg met lwoo, diploma richting mbo niveau 2",
                   "vmbo kaderberoepsgerichte leerweg (Zorg & Welzijn), daarna mbo niveau 3",
                   "havo (profiel Natuur & Techniek), diploma in 5 jaar",
                   "vmbo gemengde/theoretische leerweg, daarna mbo niveau 4",
                   "vwo, met verlenging van één jaar (6 jaar in plaats van 5)"],
    ("po", None): ["vmbo basis/kader met leerwegondersteuning", "praktijkonderwijs", "vmbo-tl / havo",
                   "vmbo kaderberoepsgerichte leerweg"],
    ("sbo", None): ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo",
                    "vmbo kader met lwoo", "vso, profiel arbeidsmarkt"],
    ("so", None): ["vso, uitstroomprofiel dagbesteding (verwachting: belevingsgerichte dagbesteding)",
                   "vso, uitstroomprofiel arbeidsmarktgericht",
                   "speciaal basisonderwijs (terugplaatsing na groep 5 wordt onderzocht), daarna vmbo-bb",
                   "vso, uitstroomprofiel dagbesteding (taakgericht)",
                   "vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)"],
}

# domain tables: (domain, belemmerend, bevorderend, behoefte)
DOMAINS = {
    "vso": [
        ("Leren / cognitieve ontwikkeling",
         "Werkgeheugen zwak (WISC-V: werkgeheugen 68); leest op AVI-niveau E5; verliest overzicht bij meerstappige opdrachten.",
         "Leert goed van voordoen en herhalen; praktisch rekenen (geld, tijd) gaat steeds beter.",
         "Opdrachten in kleine stappen met een visueel stappenplan; herhaling in praktijksituaties."),
        ("Werkhouding en taakgerichtheid",
         "Raakt snel afgeleid in drukke ruimtes; haakt af als iets niet meteen lukt.",
         "Is gemotiveerd voor praktisch werk; werkt zorgvuldig als de taak duidelijk is.",
         "Een vaste werkplek met weinig prikkels; korte werkblokken met een beloningsmoment."),
        ("Sociaal-emotionele ontwikkeling",
         "Kan spanning moeilijk verwoorden; reageert dan boos of trekt zich terug.",
         "Is behulpzaam naar jongere leerlingen; heeft een goede band met de mentor.",
         "Een vaste vertrouwenspersoon; afspraken over een time-outplek en een signaleringsplan."),
        ("Communicatie",
         "Begrijpt lange mondelinge instructie niet altijd; vraagt zelden om hulp.",
         "Durft in een kleine groep te vertellen over eigen ervaringen.",
         "Instructie kort en concreet, met controle of de opdracht begrepen is."),
        ("Zelfredzaamheid en vrije tijd",
         "Reist nog niet zelfstandig; plant de eigen dag niet.",
         "Houdt eigen spullen goed bij; heeft een bijbaantje als krantenbezorger gehad.",
         "Oefenen met reizen (OV-training) en met een dagplanner op de telefoon."),
        ("Arbeidsvaardigheden / stage",
         "Werktempo laag; vergeet pauzetijden en werktijden.",
         "Is punctueel en beleefd naar klanten; stagebegeleider is positief over inzet.",
         "Een jobcoach of vaste werkbegeleider op de stageplek; werktijden op een kaart."),
        ("Thuissituatie en netwerk",
         "Weinig structuur in de middagen; ouders werken in ploegendienst.",
         "Betrokken ouders en een oudere zus die helpt met plannen.",
         "Afstemming tussen school en thuis via een wekelijkse mail."),
    ],
    "so": [
        ("Communicatie en taal",
         "Spreekt in één- en tweewoordzinnen; begrip van gesproken taal beperkt (TOS).",
         "Gebruikt gebaren (NmG) en pictogrammen; zoekt actief contact met volwassenen.",
         "Ondersteunde communicatie: picto's bij elke dagactiviteit, gebaren door alle begeleiders."),
        ("Zintuiglijke en motorische ontwikkeling",
         "Beperkte fijne motoriek; vermoeid na fysieke inspanning.",
         "Geniet van bewegingsactiviteiten in het water; grove motoriek gaat vooruit.",
         "Fysiotherapie onder schooltijd; aangepast meubilair en rustmomenten."),
        ("Zelfredzaamheid en zorg",
         "Heeft hulp nodig bij eten en toiletgang; sondevoeding tweemaal per dag.",
         "Werkt goed mee bij verzorgingsmomenten; herkent vaste routines.",
         "Zorg in onderwijstijd door de verpleegkundige van de zorgaanbieder; vaste volgorde bij verzorging."),
        ("Sociaal-emotioneel en spel",
         "Raakt overprikkeld in de kring; speelt vooral naast en niet met andere kinderen.",
         "Lacht en reageert op bekende liedjes; laat blijdschap goed zien.",
         "Een voorspelbare dag met dagritmekaarten; spel onder begeleiding met één ander kind."),
        ("Leren (voorbereidend lezen en rekenen)",
         "Concentratie korter dan vijf minuten; geheugen voor nieuwe begrippen wisselend.",
         "Herkent de eigen naam en kleuren; telt tot vijf met materiaal.",
         "Korte leermomenten, veel herhaling, concreet materiaal (leerlijnen jonge risicoleerlingen)."),
    ],
}

BASE_BEL = {
    "po": "Leerachterstand bij begrijpend lezen en rekenen van ongeveer 1,5 jaar; faalangst bij toetsen; moeite met plannen en starten van taken; weinig taalaanbod Nederlands thuis.",
    "sbo": "Zwakke auditieve verwerking; laag werktempo; emotionele ontregeling na conflicten op het plein; ADHD (diagnose 2023), medicatie wisselend ingenomen.",
    "vo": "Autisme (ASS, diagnose 2021): moeite met onverwachte roosterwijzigingen en drukte in de aula; plant huiswerk niet; veel verzuim in leerjaar 2 (38 lesuren).",
    "pro": "Beperkte leesvaardigheid (AVI M5); laag zelfvertrouwen; laat zich makkelijk meeslepen door anderen; snel afgeleid als er veel mensen om hem heen werken.",
}
BASE_BEV = {
    "po": "Goede motivatie als {hij} succes ervaart; sociaal vaardig, veel vriendjes; ouders zijn nauw betrokken en lezen thuis dagelijks met {hem}.",
    "sbo": "Creatief en praktisch ingesteld; goed in techniek en bouwen; reageert positief op complimenten; fijne band met de leerkracht.",
    "vo": "Cijfers voor exacte vakken ruim voldoende (gemiddeld 7,4); eerlijk en betrouwbaar; kan goed zelfstandig werken in een rustige ruimte; ouders en jeugdhulp werken goed samen.",
    "pro": "Werkt hard en is handig met gereedschap; komt altijd op tijd; is vriendelijk naar klanten; stage-begeleider is tevreden over {zijn} inzet.",
}
BASE_BEH = {
    "po": "{Hij} heeft een leerkracht nodig die instructie verlengt in een kleine groep, die vooraf vertelt wat er getoetst wordt en {hem} helpt met een dagplanning.",
    "sbo": "{Hij} heeft nodig: korte instructie met herhaling, een vaste plek dichtbij de leerkracht, een koptelefoon bij zelfstandig werken, en begeleiding bij conflicten in de pauze.",
    "vo": "{Hij} heeft nodig: tijdig bericht bij roosterwijzigingen, een vaste rustplek (time-outkaart), hulp bij het plannen van huiswerk via de planner in de ELO, en één aanspreekpunt (mentor).",
    "pro": "{Hij} heeft nodig: opdrachten met foto's en stappenplannen, een vaste werkbegeleider op stage, en duidelijke afspraken over pauzes en gedrag op de werkvloer.",
}

SUPPORT = {
    "po": [("Verlengde instructie begrijpend lezen", "groepsleerkracht", "4x per week 20 min", "vanaf 1 oktober"),
           ("Remedial teaching rekenen (Met Sprongen Vooruit)", "RT'er (mw. Bosman)", "2x per week 30 min", "vanaf 15 oktober"),
           ("Faalangsttraining in een klein groepje", "intern begeleider", "8 bijeenkomsten", "november-januari")],
    "sbo": [("Individuele begeleiding sociale vaardigheden", "gedragsspecialist", "1x per week 45 min", "vanaf september"),
            ("Preteaching rekenen in de kleine kring", "leerkracht groep 7", "dagelijks 15 min", "hele schooljaar"),
            ("Afspraken over medicatie en pauzes met ouders", "intern begeleider", "elke 6 weken overleg", "vanaf oktober")],
    "vo": [("Begeleiding door de ondersteuningscoördinator (coaching plannen)", "ondersteuningscoördinator", "1x per week 30 min", "vanaf week 38"),
           ("Gebruik van de rustruimte (Trajectvoorziening) met time-outkaart", "begeleiders trajectvoorziening", "naar behoefte, max. 2 lesuren per dag", "direct"),
           ("Ambulante begeleiding vanuit het samenwerkingsverband (autisme)", "ambulant begeleider SWV", "1x per 2 weken", "tot de zomervakantie"),
           ("Toetsen in een aparte ruimte met 20% extra tijd", "examensecretaris / vakdocenten", "bij alle toetsen", "hele schooljaar")],
    "pro": [("Stagebegeleiding: bezoek op de stageplek en evaluatiegesprek met de werkbegeleider", "stagecoördinator", "1x per 3 weken", "vanaf de start van de stage"),
            ("Training sociale vaardigheden op de werkvloer (Tumult-methode)", "mentor", "1x per week", "september-december"),
            ("Leesbegeleiding met functionele teksten (werkinstructies, roosters)", "onderwijsassistent", "2x per week 20 min", "hele schooljaar")],
    "vso": [("Individuele begeleiding bij stage door de jobcoach van school", "jobcoach", "wekelijks bezoek, 1 uur", "vanaf 1 oktober"),
            ("Sociale vaardigheidstraining in de groep", "gedragsdeskundige", "1x per week 45 min", "hele schooljaar"),
            ("OV-training (zelfstandig reizen naar de stageplek)", "mentor en ouders", "3x per week, 8 weken", "oktober-november"),
            ("Praktijklessen met visueel stappenplan in de oefenkeuken/werkplaats", "praktijkdocent", "dagelijks", "hele schooljaar")],
    "so": [("Ondersteunde communicatie (NmG, picto's) in alle lessen", "groepsleerkracht en onderwijsassistent", "dagelijks", "hele schooljaar"),
           ("Fysiotherapie onder schooltijd", "kinderfysiotherapeut (mw. Vonk)", "2x per week 30 min", "vanaf september"),
           ("Zorg in onderwijstijd: verpleegkundige handelingen (sondevoeding, medicatie)", "verpleegkundige zorgaanbieder De Linde", "dagelijks 10.00 en 12.30 uur", "vanaf 1 september"),
           ("Logopedie (eet- en drinkbegeleiding, communicatie)", "logopedist van school", "1x per week 30 min", "hele schooljaar")],
}

GOALS = {
    "po": ["Eind januari leest {first} een tekst op AVI E5-niveau met minimaal 90% nauwkeurigheid.",
           "In juni beheerst {first} de tafels van 1 t/m 10 (toets: 80% goed binnen 3 minuten).",
           "{first} maakt vóór de kerstvakantie zelf een weekplanning en houdt deze 4 van de 5 dagen bij."],
    "sbo": ["{first} lost in 4 van de 5 conflicten op het plein het probleem op met het stappenplan (registratie pleinwacht, maart).",
            "Rekenen: eind schooljaar functioneringsniveau E6 op de LVS-toets (nu M5).",
            "{first} werkt 20 minuten zelfstandig aan een taak met de koptelefoon op (observatie leerkracht, december)."],
    "vo": ["{first} gebruikt de planner in de ELO wekelijks; aan het eind van periode 2 is maximaal 1 huiswerkopdracht per week niet af.",
           "Verzuim in leerjaar 3 maximaal 10 lesuren per periode (registratie Magister).",
           "{first} meldt bij spanning zelf dat {hij} de time-outkaart gebruikt, in plaats van de les te verlaten zonder melding (evaluatie mentor, februari)."],
    "pro": ["{first} behaalt vóór de zomer het branchecertificaat (onderdeel 1 en 2).",
            "{first} werkt op de stageplek 3 dagdelen per week zonder dat de werkbegeleider {hem} aan werktijden hoeft te herinneren (stagebeoordeling april).",
            "{first} leest werkinstructies van 1 A4 zelfstandig en voert ze uit (praktijktoets januari)."],
    "vso": ["{first} reist vóór 1 december zelfstandig met de bus naar de stageplek (OV-training afgerond).",
            "{first} werkt op stage 2 uur achter elkaar met één pauze, zonder herinnering (beoordeling werkbegeleider, maart).",
            "{first} benoemt in het mentorgesprek 2 situaties per week waarin {hij} spanning voelde en wat {hij} toen deed.",
            "Eind van het schooljaar behaalt {first} het praktijkcertificaat Schoonmaak (niveau 1, Stichting Praktijkleren)."],
    "so": ["{first} kiest met een pictogram uit twee activiteiten, 4 van de 5 keer (observatie juni).",
           "{first} drinkt zelfstandig uit een tuitbeker tijdens de pauze (logopedie, evaluatie maart).",
           "{first} blijft 10 minuten bij een spelactiviteit met één ander kind (observatie groepsleerkracht)."],
}

VAGUE_GOALS = ["{first} gaat werken aan rekenen en lezen.", "{first} voelt zich prettig op school.",
               "Beter leren plannen.", "Werken aan zelfstandigheid.", "{first} gaat vooruit op sociaal gebied."]

ADVICE = {
    "po": "Orthopedagoog van het SWV (verslag 14 mei): adviseert een onderzoek naar dyscalculie na een half jaar intensieve rekenhulp en het inzetten van een faalangsttraining. School voert de training uit dit jaar en plant het onderzoek in april.",
    "sbo": "Kinderpsychiater (behandelcentrum De Regge, brief 3 juni): adviseert voorspelbare overgangsmomenten en een beloningssysteem op groepsniveau. Psycholoog school: adviseert training sociale vaardigheden. Beide adviezen zijn opgenomen in het handelingsdeel.",
    "vo": "GZ-psycholoog (onderzoek december): adviseert prikkelarme toetsruimte, vaste mentor en voorspelbaarheid. Ambulant begeleider SWV: adviseert een rustplek en coaching bij plannen. School neemt beide adviezen over (zie handelingsdeel).",
    "pro": "Orthopedagoog (psychologisch onderzoek bij toelating, TIQ 71): adviseert leren in de praktijk met visuele ondersteuning. Jobcoach UWV: adviseert een stageplek met vaste werkbegeleider. School heeft dit verwerkt in de stagekeuze.",
    "vso": "Advies commissie voor de begeleiding (vergadering 22 september): instemmend met het gekozen uitstroomprofiel; adviseert uitbreiding van de stage naar 3 dagdelen en inzet van de jobcoach. Gedragsdeskundige: signaleringsplan voortzetten. Deze adviezen zijn verwerkt in het handelingsdeel.",
    "so": "Commissie voor de begeleiding (28 augustus): adviseert voortzetting van de leerroute 1 en uitbreiding van ondersteunde communicatie. Revalidatiearts (revalidatiecentrum Pijlstaart): advies staand werken in de statafel 2x per dag. Beide adviezen zijn opgenomen in de planning.",
}

ONDERB = {
    "po": "Intelligentieonderzoek (WISC-V, mei): TIQ 84. Leerrendement rekenen 60%, begrijpend lezen 55% (Cito LVS M6). Twee keer een doublure overwogen maar niet gedaan; de ontwikkeling verloopt stabiel maar langzamer dan gemiddeld. Werkhouding en motivatie zijn goed.",
    "sbo": "Totaal IQ 78 (WISC-V, 2024), didactische leeftijd 40, functioneringsniveau rekenen E5 en lezen M6. Leerrendement tussen 50 en 60%. Het gedrag staat de verwerking van de leerstof nog regelmatig in de weg.",
    "vo": "Capaciteitenonderzoek bij aanmelding: bovengemiddeld (NIO 112). Cijfers in leerjaar 2 gemiddeld 6,8; bevorderd zonder tekorten. Belemmeringen liggen in de autisme-gerelateerde problematiek en niet in het niveau.",
    "pro": "TIQ 68 (WISC-V bij toelating), leerachterstand ruim 3 jaar bij lezen en rekenen. Beoordeling praktijkvakken en stage ruim voldoende; branchecertificaat haalbaar volgens de stagecoördinator.",
    "vso": "TIQ 58 (WAIS-IV, maart vorig jaar); SRZ-score zelfredzaamheid gemiddeld; praktische vaardigheden sterk ten opzichte van cognitieve vaardigheden. Eerdere stages (interne stage kantine, externe stage tuincentrum) positief beoordeeld. Het profiel sluit aan bij de wens van leerling en ouders.",
    "so": "Ontwikkelingsleeftijd rond 2,5 jaar (Bayley-III, kalenderleeftijd 6 jaar); ernstige meervoudige beperking, epilepsie. Ontwikkeling in het afgelopen jaar: kleine stappen op communicatie, stabiel op motoriek. Uitstroom is een inschatting, bijgesteld bij elke jaarevaluatie.",
}

AFW = {
    "po": "Eigen leerlijn rekenen vanaf groep 6 (streefniveau einde basisschool: 1F, eindniveau E6). Voor begrijpend lezen volgt {first} het programma van groep 5.",
    "sbo": "{first} volgt voor rekenen een eigen leerlijn (niveau groep 5); vrijstelling voor Engels zodat extra tijd naar technisch lezen gaat.",
    "vo": "Vrijstelling voor het vak lichamelijke opvoeding (vervangende opdracht theorie); gedeeltelijke vrijstelling voor Duits (alleen leesvaardigheid) in overleg met de examencommissie.",
    "pro": "{first} volgt 4 dagdelen per week stage buiten school in plaats van lessen; Nederlands en rekenen worden op niveau 1F aangeboden via functionele opdrachten.",
    "vso": "Aangepast lesrooster: 4 dagen school en 1 dag stage; voor Nederlands en rekenen volgt {first} de leerlijn van het uitstroomprofiel (niveau 1F). Tijdelijke vermindering onderwijstijd van 2 uur per week (vrijdagmiddag) in verband met vermoeidheid, met toestemming van de inspectie tot 1 februari.",
    "so": "{first} volgt de leerlijnen voor ZML-leerlingen (CED-leerlijnen, route 1). Onderwijstijd aangepast tot 4 dagen per week (woensdag vrij) wegens therapie en belastbaarheid; vrijstelling onderwijstijd is aangevraagd en toegekend door de inspectie.",
}

PUPIL_VIEW = {
    "po": ("{first}: \"Ik wil beter worden in rekenen, maar niet steeds uit de klas.\"", "Daarom is de rekenhulp in de klas ingepland in plaats van op de gang, en krijgt {first} preteaching op de maandag."),
    "sbo": ("{first} vertelt dat {hij} het plein druk vindt en soms liever binnen speelt.", "Afgesproken is dat {first} twee pauzes per week in de bibliotheek mag spelen; dit staat in het handelingsdeel."),
    "vo": ("{first} geeft aan dat {hij} het mentoruur te druk vindt en graag één vast aanspreekpunt wil.", "Op verzoek van {first} is de coaching verplaatst naar een 1-op-1 gesprek met de ondersteuningscoördinator in plaats van de groepsbegeleiding."),
    "pro": ("{first} wil graag in een supermarkt werken, niet in de bouw.", "Daarom is de stage voor dit jaar gezocht bij een supermarkt en is het branchecertificaat retail gekozen."),
    "vso": ("{first} zegt in het gesprek: \"Ik wil later bij de dieren werken, niet in de keuken.\"", "Naar aanleiding daarvan is een stageplek bij de kinderboerderij gezocht en is het doel voor de keuken vervangen door een doel rond dierverzorging."),
    "so": ("{first} kan {zijn} mening nog niet in woorden geven. Met praatkaarten en observatie hebben we gekeken wat {hij} fijn vindt: muziek, water en de schommel.", "Daarom is het zwemmen behouden en zijn muziekmomenten als beloning opgenomen in het dagprogramma."),
}

RIGHTS = ("U heeft instemmingsrecht op het handelingsdeel van dit OPP. Zonder uw instemming kan de school het "
          "handelingsdeel niet uitvoeren. Bent u het niet eens met het OPP, bespreek dit dan eerst met de mentor of "
          "de directie. U kunt ook terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband, bij een "
          "onderwijsconsulent (gratis, www.onderwijsconsulenten.nl) of binnen zes weken na de vaststelling een "
          "geschil voorleggen aan de Geschillencommissie passend onderwijs.")
RIGHTS_PARTIAL = "Heeft u vragen of bent u het ergens niet mee eens? Neem dan contact op met de mentor."

INSTR = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau/-profiel in.",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens, IQ en leerrendement.",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren (leren, gedrag, thuis, gezondheid).",
    "bevorderende_factoren": "Beschrijf hier de bevorderende factoren / sterke kanten van de leerling.",
    "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften: 'Deze leerling heeft ... nodig'.",
    "ondersteuning": "Beschrijf wat de school aan extra ondersteuning biedt: wat, wie, hoe vaak, vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepaste onderwijstijd).",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee gedaan is.",
    "evaluatie": "Vermeld wanneer en met wie het OPP geëvalueerd wordt.",
    "informatie_rechten": "Informeer ouders over hun rechten (instemmingsrecht, geschillen).",
    "vaststelling": "Datum vaststelling en naam van de directeur invullen.",
    "instemming_ouders": "Laat ouders tekenen voor akkoord met het handelingsdeel.",
}

REFS = {
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage 3).",
    "onderbouwing": "Zie het vorige OPP en het onderzoeksverslag in het dossier.",
    "ondersteuning": "Zie het groepsplan van de klas.",
    "doelen": "Zie bijlage: doelen per vak.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 2.",
    "evaluatie": "Zie schoolgids.",
    "belemmerende_factoren": "Zie groeidocument (hoofdstuk 3).",
    "bevorderende_factoren": "Zie het intakeverslag.",
    "ondersteuningsbehoefte": "Zie het verslag van het MDO.",
    "informatie_rechten": "Zie de website van het samenwerkingsverband.",
    "uitstroombestemming": "Zie het advies van de commissie.",
    "inbreng_leerling": "Zie het leerlinggesprek in het dossier.",
}
