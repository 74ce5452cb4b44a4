# -*- coding: utf-8 -*-
"""Invented content for the blind OPP corpus (round 60, 2026-12-08h).

Every name, school, place and organisation here is invented.
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


def dlong(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%d %s %d" % (d, MONTHS[m - 1], y)


def dshort(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%02d-%02d-%d" % (d, m, y)


def add_days(iso, n):
    import datetime
    y, m, d = (int(x) for x in iso.split("-"))
    return (datetime.date(y, m, d) + datetime.timedelta(days=n)).isoformat()


SCHOOLS = {
    "po": [("OBS De Wilgenhoek", "Hallemeer"), ("CBS Het Kompasveld", "Oosterbrugge"),
           ("Basisschool De Regenboogvlinder", "Wijkerveen"), ("Daltonschool De Keerkring", "Lindehoven")],
    "sbo": [("SBO De Brugwachter", "Dreveldam"), ("SBO Het Palet", "Lindehoven"),
            ("Speciale basisschool De Overstap", "Wijkerveen")],
    "so": [("SO De Horizonschool (cluster 4)", "Dreveldam"),
           ("SO Taalschool De Kwikstaart (cluster 2)", "Hallemeer"), ("SO De Zonnewijzer", "Lindehoven")],
    "vo": [("Scholengemeenschap Het Veerplein", "Oosterbrugge"), ("Lindecollege", "Lindehoven"),
           ("Wijkerveens Lyceum", "Wijkerveen")],
    "pro": [("Praktijkschool De Werkplaats", "Dreveldam"), ("Praktijkcollege Hallemeer", "Hallemeer")],
    "vso": [("VSO De Boei", "Oosterbrugge"), ("VSO De Kaap", "Lindehoven"),
            ("VSO Het Zeilschip", "Dreveldam")],
}

SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Hallemeer-Lindehoven",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Hallemeer-Lindehoven",
    "so": "Samenwerkingsverband Passend Primair Onderwijs Dreveldam e.o.",
    "vo": "Samenwerkingsverband VO Noordrand",
    "pro": "Samenwerkingsverband VO Noordrand",
    "vso": "Samenwerkingsverband VO Dreveldam-Oosterbrugge",
}

FIRST_M = ["Jesse", "Milan", "Daan", "Sem", "Timo", "Ravi", "Bram", "Luuk", "Yusuf", "Thijmen", "Jorrit", "Mees"]
FIRST_F = ["Noor", "Fenna", "Sanne", "Lotte", "Ilse", "Yara", "Mila", "Roos", "Imke", "Saar", "Elif", "Jinthe"]
SURN = ["van Dalsum", "Kranenborg", "Olthof", "de Wijs", "Brakkee", "Veltkamp", "Hoekstein", "Zandvoort-Mulder",
        "Terpstra", "Ramdin", "Oudeweg", "ter Heeghe", "Lammerink", "Boschveld", "Akkerman", "Wiltenburg",
        "Donkersloot", "van Rhijnsburg"]
STAFF = ["mw. A. Hakkert", "dhr. P. Verwoerd", "mw. S. Dijkhuis", "dhr. R. Lammers", "mw. J. Tiemersma",
         "mw. L. van Amerongen", "dhr. K. Wolthuis", "mw. E. Brinkhorst", "mw. M. Schaapveld",
         "dhr. T. Bouwhuis", "mw. H. Okkerse", "dhr. W. Kamphorst", "mw. G. Overdijk", "dhr. F. Staalman"]
DIRECT = ["dhr. M. Hofstede", "mw. C. Reijnders", "dhr. B. Vlaskamp", "mw. D. Eerenstein", "dhr. J. Koopmeiners",
          "mw. I. Brugman"]

DOMAINS = {
    "leren": "Leren en cognitieve ontwikkeling",
    "taal": "Taal en communicatie",
    "werk": "Werkhouding en taakaanpak",
    "soc": "Sociaal-emotioneel en gedrag",
    "fys": "Lichamelijk / medisch",
    "thuis": "Thuissituatie en vrije tijd",
    "prak": "Praktische vaardigheden en arbeid",
}

# ---------------------------------------------------------------- profiles
P = {}
P["A"] = dict(
    kern="dyslexie en faalangst",
    belem={"leren": "Ernstige enkelvoudige dyslexie (dyslexieverklaring 2023). Technisch lezen op niveau E5, spelling op niveau M5 (twee jaar achter).",
           "werk": "Stelt schrijfwerk uit en raakt gespannen bij toetsen; werkt dan traag en slordig.",
           "soc": "Faalangst: onzeker over eigen kunnen, vooral bij hardop lezen in de klas.",
           "thuis": "Ouders kunnen thuis weinig helpen bij Engels; druk gezin met vier kinderen."},
    bevord={"leren": "Goed begrijpend luisteren, ruime woordenschat, rekenen op gemiddeld niveau (II).",
            "werk": "Gemotiveerd en doorzetter; vraagt om hulp als {hij} zich veilig voelt.",
            "soc": "Heeft goede vriendschappen in de klas; sportief (hockey).",
            "thuis": "Betrokken ouders die dagelijks samen met {naam} luisterboeken gebruiken."},
    behoefte=["toetsen die voorgelezen worden (ClaroRead) en 30% extra tijd",
              "een leerkracht die {hem} niet onverwacht laat voorlezen",
              "dagelijkse, korte leesbegeleiding volgens het dyslexieprotocol",
              "complimenten op inzet en zichtbare succeservaringen"],
    steun=[("Intensieve leesbegeleiding volgens het protocol dyslexie", "remedial teacher mw. H. Okkerse", "2x per week 30 min", "vanaf 1 oktober 2025"),
           ("Toetsen auditief met ClaroRead, 30% extra tijd", "leerkracht / mentor", "bij iedere toets", "direct"),
           ("Faalangstreductietraining in een groepje van zes", "schoolmaatschappelijk werker dhr. T. Bouwhuis", "8 bijeenkomsten van 45 min", "november 2025 t/m januari 2026")],
    doelen=[("Technisch lezen", "Leest in februari 2026 een tekst op AVI-E6 op beheersingsniveau; DMT kaart 3 minimaal 55 woorden per minuut (nu 41)."),
            ("Spelling", "Scoort op de spellingtoets van juni 2026 minimaal niveau IV (nu V)."),
            ("Toetsspanning", "Geeft bij de evaluatie in januari 2026 op een schaal van 1-10 voor spanning bij toetsen hoogstens een 5 (nu 8).")],
    advies=[("Dyslexiebehandelaar, Leespunt Hallemeer (eindverslag 14-05-2025)",
             "Voorleessoftware bij alle vakken; spelling alleen beoordelen bij het vak taal; geen vervolgbehandeling nodig, wel onderhoud op school.",
             "De school zet ClaroRead in bij alle toetsen en beoordeelt spelling alleen bij taal (opgenomen in het handelingsdeel).")],
    inbreng=("\u201cIk wil niet meer hardop voorlezen in de klas. Toetsen maak ik liever op de laptop met voorlezen.\u201d",
             "Hardop lezen gebeurt alleen nog in het RT-groepje; toetsen worden op de laptop met ClaroRead afgenomen. Beide wensen zijn overgenomen in het handelingsdeel."),
    afwijking=None,
    onderb="Toetsgegevens: begrijpend lezen III, rekenen II, spelling V, technisch lezen V (LVS, midden schooljaar). NIO-onderzoek (2024): totaal IQ 104. Begrijpend lezen en rekenen liggen op gemiddeld niveau; technisch lezen en spelling blijven achter door de dyslexie, maar met compenserende middelen is dat goed op te vangen. Werkhouding en motivatie zijn goed.",
)
P["B"] = dict(
    kern="autismespectrumstoornis en overprikkeling",
    belem={"leren": "Wisselende concentratie door overprikkeling; loopt vast bij open opdrachten en bij plannen van huiswerk.",
           "werk": "Raakt van slag bij onverwachte veranderingen in rooster, lokaal of docent.",
           "soc": "ASS (diagnose 2021, GGZ Lindehoven). Neemt opmerkingen letterlijk; conflicten in de pauzes.",
           "fys": "Gevoelig voor geluid en fel licht; slaapt slecht, daardoor 's ochtends vaak moe."},
    bevord={"leren": "Sterk in wiskunde en techniek; groot geheugen voor feiten.",
            "werk": "Werkt zelfstandig en nauwkeurig wanneer de taak duidelijk is afgebakend.",
            "soc": "Heeft een vaste vriend; houdt zich strikt aan afspraken.",
            "thuis": "Ouders werken nauw samen met school; vaste dagstructuur thuis."},
    behoefte=["een voorspelbare dag met een visueel rooster; veranderingen vooraf aangekondigd",
              "een prikkelarme werkplek en een vaste plek om zich terug te trekken",
              "taken in kleine stappen met een duidelijk eindproduct",
              "begeleiding in ongestructureerde situaties (pauze, overgangen)"],
    steun=[("Dagstart en dagafsluiting: rooster en veranderingen doornemen", "coach mw. A. Hakkert", "dagelijks 10 min", "vanaf 1 oktober 2025"),
           ("Time-out-plek in het stiltelokaal (met pasje)", "alle docenten", "zo nodig", "direct"),
           ("Training sociale vaardigheden en psycho-educatie over ASS", "ambulant begeleider dhr. P. Verwoerd", "1x per 2 weken 45 min", "oktober 2025 t/m juni 2026"),
           ("Planningsbegeleiding met weekplanner", "mentor", "1x per week 20 min", "direct")],
    doelen=[("Zelfstandigheid", "Gebruikt in maart 2026 op minimaal 4 van de 5 schooldagen zelfstandig de weekplanner (aftekenlijst mentor)."),
            ("Sociaal", "Lost een conflict in de pauze op met het stappenplan; het aantal incidentmeldingen daalt van 6 naar hoogstens 2 per periode."),
            ("Taken afronden", "Levert 80% van de opdrachten voor Nederlands en Engels op tijd in (nu ongeveer 50%).")],
    advies=[("GZ-psycholoog, GGZ Lindehoven (verslag 02-06-2025)",
             "Vaste structuur, veranderingen vooraf aankondigen, prikkelarme werkplek en psycho-educatie over autisme voor de leerling zelf.",
             "Structuur en werkplek staan in het handelingsdeel; de psycho-educatie geeft de ambulant begeleider in vier gesprekken.")],
    inbreng=("\u201cDe pauzes vind ik het moeilijkst. Ik wil ergens rustig kunnen zitten en ik wil het van tevoren weten als er een invaller is.\u201d",
             "{Naam} mag de pauzes in de mediatheek doorbrengen; roosterwijzigingen worden de dag ervoor via de app aan {hem} en de ouders gemeld."),
    afwijking="Vrijstelling voor de tweede moderne vreemde taal (Duits); in die uren werkt {naam} onder begeleiding aan planning en huiswerk in het leerplein.",
    onderb="Cognitief gemiddeld tot bovengemiddeld (WISC-V 2023: totaal IQ 112, verwerkingssnelheid zwakker). Cijfers voor exacte vakken ruim voldoende, talen wisselend. De belemmeringen liggen vooral in prikkelverwerking en planning; met structuur en begeleiding is het niveau haalbaar.",
)
P["C"] = dict(
    kern="beneden gemiddelde intelligentie en een eigen leerlijn rekenen",
    belem={"leren": "Totaal IQ 76 (WISC-V, 2024); zwak werkgeheugen. Rekenen op niveau eind groep 4 (E4).",
           "werk": "Snel afgeleid; heeft moeite met instructie in de grote groep.",
           "soc": "Weinig zelfvertrouwen bij nieuwe leerstof; haakt dan af.",
           "thuis": "Gezin in een drukke periode (verhuizing, geboorte broertje)."},
    bevord={"leren": "Leert goed met concreet materiaal en herhaling; technisch lezen op niveau.",
            "werk": "Doorzetter, wil graag helpen in de klas.",
            "soc": "Vriendelijk en geliefd bij klasgenoten.",
            "fys": "Handig met de handen en sportief."},
    behoefte=["verlengde instructie in een klein groepje met concreet materiaal",
              "een eigen leerlijn rekenen met haalbare tussendoelen",
              "korte instructiemomenten en veel herhaling",
              "complimenten op inzet"],
    steun=[("Verlengde instructie rekenen aan de instructietafel", "groepsleerkracht", "dagelijks 15 min", "vanaf september 2025"),
           ("Eigen leerlijn rekenen (route 2) met aangepaste tussendoelen", "leerkracht en IB'er mw. S. Dijkhuis", "dagelijks in de rekenles", "vanaf september 2025"),
           ("Pre-teaching woordenschat bij de zaakvakken", "onderwijsassistent dhr. R. Lammers", "2x per week 20 min", "vanaf 15 september 2025")],
    doelen=[("Rekenen", "Beheerst in juni 2026 de tafels 1 t/m 5 (90% goed op de tafeltoets) en rekent optellen en aftrekken tot 100 met overschrijding."),
            ("Begrijpend lezen", "Beantwoordt bij een tekst op AVI-M5 vier van de vijf vragen goed (maart 2026)."),
            ("Werkhouding", "Werkt 15 minuten zelfstandig aan een taak met het stappenkaartje (observatie leerkracht, januari 2026).")],
    advies=[("Orthopedagoog van het samenwerkingsverband, mw. drs. E. Eijkelboom (onderzoeksverslag 18-03-2025)",
             "Eigen leerlijn rekenen vanaf niveau E4, visuele ondersteuning, het uitstroomperspectief opnieuw bekijken na het volgende leerjaar.",
             "De eigen leerlijn is gestart; het perspectief wordt bij de jaarevaluatie opnieuw besproken.")],
    inbreng=("\u201cRekenen vind ik moeilijk als het snel gaat. Ik wil graag aan de instructietafel zitten en met blokjes werken.\u201d",
             "{Naam} krijgt dagelijks verlengde instructie met concreet materiaal; de wens om naast een vast maatje te zitten is ook overgenomen."),
    afwijking="Eigen leerlijn rekenen: {naam} werkt op het niveau van eind groep 4 met aangepaste tussendoelen (route 2). Voor rekenen worden de kerndoelen van groep 8 naar verwachting niet gehaald; het einddoel is niveau eind groep 6.",
    onderb="Intelligentieonderzoek (WISC-V, 2024): totaal IQ 76. Leerrendement rekenen ongeveer 50%, begrijpend lezen ongeveer 65%, technisch lezen 90%. De leerlijn rekenen is aangepast; op basis van deze gegevens en het onderzoek van de orthopedagoog is dit de best passende bestemming.",
)
P["D"] = dict(
    kern="ADHD en gedragsproblemen",
    belem={"werk": "ADHD (diagnose 2022, gebruikt medicatie); impulsief, kan moeilijk op de beurt wachten.",
           "soc": "Reageert fysiek bij frustratie; meerdere incidenten op het plein in het vorige schooljaar.",
           "leren": "Achterstand begrijpend lezen (ongeveer een jaar).",
           "thuis": "Wisselende omgang tussen twee huishoudens; de overdracht verloopt niet altijd goed."},
    bevord={"leren": "Goed in rekenen en wereldoriëntatie; nieuwsgierig.",
            "werk": "Werkt goed met een beloningssysteem en korte opdrachten.",
            "soc": "Behulpzaam voor jongere kinderen; heeft humor.",
            "thuis": "Beide ouders willen meewerken; opa is een belangrijk steunfiguur. Speelt bij een voetbalclub."},
    behoefte=["korte, duidelijke opdrachten met een time-timer",
              "een vaste werkplek met weinig afleiding",
              "een vaste time-out-procedure die {hij} zelf kan inzetten",
              "positieve bekrachtiging met een beloningskaart",
              "hulp bij het herkennen en reguleren van boosheid"],
    steun=[("Beloningskaart met dagdoelen; bespreking aan het eind van de dag", "groepsleerkracht", "dagelijks 5 min", "vanaf oktober 2025"),
           ("Time-out-procedure: rustplek bij de intern begeleider", "leerkracht en IB'er", "zo nodig", "direct"),
           ("Training emotieregulatie (Sterk & Rustig, 10 weken)", "gedragsspecialist mw. J. Tiemersma", "1x per week 45 min", "november 2025 t/m februari 2026"),
           ("Extra instructie begrijpend lezen in een kleine groep", "onderwijsassistent", "3x per week 20 min", "direct")],
    doelen=[("Gedrag", "Gebruikt bij boosheid zelf de time-out-kaart; het aantal fysieke incidenten daalt van gemiddeld 3 per week naar hoogstens 1 per week (registratie) in januari 2026."),
            ("Werkhouding", "Werkt 20 minuten aaneengesloten aan een taak met de time-timer (4 van de 5 dagen)."),
            ("Begrijpend lezen", "Behaalt op de toets van juni 2026 een vaardigheidsscore die past bij zijn leerjaar minus een half jaar.")],
    advies=[("Kinder- en jeugdpsychiater, Jeugd-GGZ Dreveldam (brief 09-04-2025)",
             "Medicatie voortzetten; duidelijke structuur en beloning op school; training in emotieregulatie.",
             "De school werkt met een beloningskaart en start de training emotieregulatie; de medicatie blijft bij de behandelaar.")],
    inbreng=("\u201cIk wil dat de juf eerst vraagt wat er gebeurd is voordat ik straf krijg. En ik wil zelf kunnen kiezen wanneer ik naar de rustplek ga.\u201d",
             "Afgesproken en opgenomen in het handelingsdeel: na een incident volgt eerst een kort gesprek; {naam} mag met de time-out-kaart zelf naar de rustplek."),
    afwijking=None,
    onderb="Cognitief gemiddeld (WISC-V 2023: totaal IQ 97). Rekenen op niveau, begrijpend lezen ongeveer een jaar achter. De gedragsproblemen verklaren het grootste deel van de achterstand; met begeleiding is een regulier niveau haalbaar.",
)
P["E"] = dict(
    kern="taalontwikkelingsstoornis (TOS)",
    belem={"taal": "Taalontwikkelingsstoornis: vooral zinsbegrip en woordvinding. Receptieve woordenschat ver onder leeftijdsniveau (CELF-5, 2025).",
           "leren": "Begrijpend lezen en verhaalsommen blijven achter.",
           "soc": "Trekt zich terug in groepsgesprekken; wordt soms niet begrepen door leeftijdgenoten.",
           "werk": "Snel vermoeid na lange mondelinge instructie."},
    bevord={"leren": "Goede visuele vaardigheden; sterk in technisch lezen en het automatiseren van rekenen.",
            "soc": "Zorgzaam; speelt graag samen in kleine groepjes.",
            "thuis": "Ouders oefenen dagelijks met de woordkaarten van de logopedist.",
            "werk": "Werkt nauwkeurig en geconcentreerd in een rustige ruimte."},
    behoefte=["instructie met visuele ondersteuning (pictogrammen, stappenplannen)",
              "korte zinnen en een controle of de opdracht begrepen is",
              "gerichte woordenschatuitbreiding volgens de viertakt",
              "logopedie onder schooltijd"],
    steun=[("Logopedie gericht op taalbegrip en woordvinding", "logopedist mw. L. van Amerongen", "2x per week 30 min", "vanaf september 2025"),
           ("Woordenschatinstructie met de viertakt in een kleine groep", "groepsleerkracht", "4x per week 15 min", "vanaf september 2025"),
           ("Visueel dagprogramma en stappenplan bij elke opdracht", "groepsleerkracht", "dagelijks", "direct")],
    doelen=[("Woordenschat", "Kent in februari 2026 80% van de 120 woorden van de thema-woordenlijst (toets logopedist)."),
            ("Taalbegrip", "Voert een mondelinge opdracht met drie stappen zelfstandig uit (4 van de 5 keer bij observatie)."),
            ("Communicatie", "Vertelt in de kleine kring een kort verhaal aan de hand van vier plaatjes (april 2026).")],
    advies=[("Logopedist, Taalcentrum Noordrand (verslag 30-06-2025)",
             "Focus op woordvinding en zinsbegrip; instructie visueel ondersteunen; ouders betrekken bij woordenschatoefeningen.",
             "Logopedie 2x per week onder schooltijd en de viertakt in de klas; ouders krijgen wekelijks de woordkaarten mee.")],
    inbreng=("\u201cIk vind het fijn als de juf het ook laat zien op het bord. In de grote kring durf ik niet goed te praten.\u201d",
             "Kringgesprekken worden eerst in een groepje van vier voorbereid; bij instructie staan altijd pictogrammen op het bord."),
    afwijking=None,
    onderb="Non-verbaal redeneren gemiddeld (SON-R 2024: IQ 98); verbale vaardigheden zwak door de TOS. Technisch lezen en rekenen op niveau; begrijpend lezen ongeveer een jaar achter. Met blijvende taalondersteuning is deze bestemming haalbaar.",
)
P["F"] = dict(
    kern="licht verstandelijke beperking en epilepsie",
    belem={"leren": "Licht verstandelijke beperking (totaal IQ 62, 2023); leest op AVI-E4.",
           "fys": "Epilepsie (absences); vermoeid na een aanval.",
           "werk": "Overziet taken met meerdere stappen moeilijk.",
           "soc": "Beïnvloedbaar; vindt het moeilijk om nee te zeggen."},
    bevord={"prak": "Werkt graag met de handen; nauwkeurig bij routinetaken (interne stage in de kantine).",
            "werk": "Komt afspraken na en is altijd op tijd.",
            "soc": "Vriendelijk en behulpzaam; goed contact met begeleiders.",
            "thuis": "Stabiel netwerk: ouders, zus en een jongerencoach van de gemeente."},
    behoefte=["taken in vaste volgorde met een fotostappenplan",
              "een vast aanspreekpunt op de stageplek",
              "oefening in weerbaarheid en nee zeggen",
              "een epilepsieprotocol dat alle begeleiders kennen"],
    steun=[("Interne stage kantine met fotostappenplan; daarna externe stage", "stagebegeleider dhr. K. Wolthuis", "2 dagen per week", "vanaf september 2025"),
           ("Weerbaarheidstraining in een kleine groep", "orthopedagoog van de school", "1x per week 45 min, 8 weken", "januari t/m maart 2026"),
           ("Epilepsieprotocol opstellen en overdragen aan de stageplek", "zorgcoördinator mw. E. Brinkhorst", "bij start stage en jaarlijks", "september 2025")],
    doelen=[("Arbeidsvaardigheden", "Voert in april 2026 de taak 'tafels dekken en afruimen' zelfstandig uit volgens het stappenplan (beoordelingslijst stage: 4 van 5 onderdelen voldoende)."),
            ("Weerbaarheid", "Zegt in 3 van de 4 oefensituaties duidelijk nee en vraagt hulp aan een begeleider."),
            ("Zelfredzaamheid", "Reist in maart 2026 zelfstandig met de bus van huis naar de stageplek.")],
    advies=[("Neuroloog, ziekenhuis Sint-Aldebert (brief 11-02-2025)",
             "Geen belemmering voor stage mits het epilepsieprotocol bekend is bij de werkbegeleider.",
             "Het protocol wordt voor de start van de externe stage overgedragen.")],
    inbreng=("\u201cLater wil ik in een keuken werken. Ik wil niet dat iedereen op stage van mijn epilepsie weet, alleen mijn begeleider.\u201d",
             "De externe stage wordt gezocht in de horeca of een bedrijfskantine; het protocol gaat alleen naar de werkbegeleider."),
    afwijking="Aangepast programma: twee dagen per week stage in plaats van lessen; {naam} volgt geen examenvakken.",
    onderb="Totaal IQ 62 (WAIS-IV, 2023); didactisch niveau lezen AVI-E4, rekenen eind groep 5. Stagebeoordelingen (interne stage 2024-2025) voldoende op werkhouding en nauwkeurigheid. De arbeidsmarkttoeleiding sluit aan bij wat {naam} kan en wil.",
)
P["G"] = dict(
    kern="chronische ziekte en verzuim",
    belem={"fys": "Chronische darmziekte (ziekte van Crohn); periodes van opname en grote vermoeidheid.",
           "leren": "Achterstand bij wiskunde en scheikunde door verzuim (ongeveer 20% in 2024-2025).",
           "soc": "Mist aansluiting bij klasgenoten door afwezigheid.",
           "werk": "Raakt het overzicht over gemiste stof en toetsen kwijt."},
    bevord={"leren": "Goede cijfers voor talen en geschiedenis; leert zelfstandig.",
            "werk": "Sterk gemotiveerd om het diploma te halen; plant graag zelf.",
            "thuis": "Ondersteunend gezin; goed contact tussen ouders en behandelaar.",
            "soc": "Twee goede vriendinnen die huiswerk en aantekeningen doorgeven."},
    behoefte=["een aangepast rooster met rustmomenten",
              "toegang tot lesstof en toetsen op afstand bij afwezigheid",
              "één vast aanspreekpunt (mentor) voor het plannen van gemiste toetsen",
              "afstemming met de consulent onderwijsondersteuning zieke leerlingen"],
    steun=[("Verkort rooster: start het tweede lesuur, geen achtste en negende uur", "roostermaker en mentor", "dagelijks", "vanaf 1 oktober 2025, evaluatie januari 2026"),
           ("Toetsplanning op maat (hoogstens twee toetsen per dag; inhalen in de toetsweek)", "mentor mw. M. Schaapveld", "per periode", "direct"),
           ("Bijles wiskunde", "docent wiskunde", "1x per week 45 min", "vanaf oktober 2025"),
           ("Overleg met de consulent onderwijsondersteuning zieke leerlingen", "zorgcoördinator", "1x per 6 weken", "direct")],
    doelen=[("Wiskunde", "Staat in het rapport van periode 2 minimaal een 5,5 voor wiskunde (nu 4,8)."),
            ("Planning", "Heeft in januari 2026 alle gemiste toetsen van periode 1 ingehaald volgens het toetsplan."),
            ("Aanwezigheid", "Is bij minimaal 85% van de geroosterde lessen aanwezig of volgt de les online.")],
    advies=[("Kinderarts, ziekenhuis Sint-Aldebert (brief 12-08-2025) en consulent onderwijsondersteuning zieke leerlingen",
             "Rustmomenten en een flexibel rooster; geen lichamelijke opvoeding tijdens een opvlamming.",
             "Het verkorte rooster en de vrijstelling voor LO tijdens opvlammingen zijn opgenomen in het plan.")],
    inbreng=("\u201cIk wil geen uitzondering zijn in de klas. Ik wil zelf kunnen aangeven wanneer ik rust nodig heb.\u201d",
             "{Naam} krijgt een rustpas waarmee {hij} zonder uitleg naar de rustruimte kan; de aanpassingen worden niet klassikaal besproken."),
    afwijking="Verkort lesrooster (ongeveer 26 in plaats van 32 lesuren per week) en vrijstelling voor lichamelijke opvoeding tijdens opvlammingen; een deel van de gemiste uren wordt vervangen door begeleide zelfstudie. Hiervoor is een ontheffing onderwijstijd gemeld bij de inspectie.",
    onderb="Rapportcijfers leerjaar 3: talen en geschiedenis 7 tot 8, wiskunde en scheikunde onvoldoende door gemiste lessen. Capaciteiten passen bij het huidige niveau (advies basisschool en resultaten onderbouw). De achterstand komt door verzuim en is met een aangepast rooster in te halen.",
)
P["H"] = dict(
    kern="hoogbegaafdheid en onderpresteren",
    belem={"werk": "Onderpresteert; vermijdt inspanning bij taken die niet direct lukken.",
           "soc": "Voelt zich anders dan klasgenoten en trekt zich terug.",
           "leren": "Zwakke planning en een moeizaam handschrift."},
    bevord={"leren": "Totaal IQ 138 (WISC-V, 2024); snel van begrip; grote interesse in sterrenkunde.",
            "soc": "Goede band met de leerkracht.",
            "thuis": "Ouders stimuleren en denken mee; lid van de schaakclub."},
    behoefte=["compacten en verrijken van de basisstof",
              "uitdaging waarbij {hij} leert doorzetten en fouten maken",
              "contact met ontwikkelingsgelijken (plusklas)",
              "begeleiding bij het plannen van langere opdrachten"],
    steun=[("Compacten rekenen en taal; verrijkingsmap", "groepsleerkracht", "dagelijks", "vanaf september 2025"),
           ("Bovenschoolse plusklas", "plusklasleerkracht mw. G. Overdijk", "1 ochtend per week", "vanaf oktober 2025"),
           ("Coachingsgesprek leren leren", "intern begeleider", "1x per 2 weken 20 min", "direct")],
    doelen=[("Leren leren", "Plant in de plusklas een project van zes weken in een weekschema en levert het op tijd in (maart 2026)."),
            ("Werkhouding", "Maakt bij rekenen de verrijkingstaak af, ook als die niet direct lukt (4 van de 5 weken)."),
            ("Sociaal", "Werkt minimaal één keer per week samen met een klasgenoot aan een opdracht.")],
    advies=[("Onderwijspsycholoog, praktijk Kiemkracht (verslag 20-01-2025)",
             "Compacten en verrijken, plusklas, aandacht voor een groeigerichte houding.",
             "Compacten en plusklas zijn gestart; de groep krijgt lessen over leren van fouten.")],
    inbreng=("\u201cBij rekenen verveel ik me omdat ik het al weet. In de plusklas wil ik aan een project over sterrenkunde werken.\u201d",
             "Het plusklasproject gaat over sterrenkunde; bij rekenen slaat {naam} de herhalingsstof over na een goede instaptoets."),
    afwijking=None,
    onderb="Totaal IQ 138 (WISC-V, 2024); toetsresultaten liggen op I/I+ zonder inspanning, maar de werkhouding is zwak. Met verrijking en begeleiding bij leren leren is een theoretische leerweg ruim haalbaar.",
)

CVB = {
    "so": ("Commissie voor de begeleiding (advies {d})",
           "Het uitstroomperspectief is haalbaar; de commissie adviseert de intensieve begeleiding voort te zetten en na één jaar te bekijken of een kleinere groep nodig blijft.",
           "Het advies is overgenomen in het handelingsdeel."),
    "vso": ("Commissie voor de begeleiding (advies {d})",
            "De commissie onderschrijft het uitstroomprofiel en adviseert stage en begeleiding zoals in het handelingsdeel beschreven.",
            "Het advies is overgenomen; de stage start zoals gepland."),
}

RIGHTS = ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met (een deel van) het plan, "
          "bespreek dit dan eerst met de school. U kunt gratis advies vragen aan het ouder- en jeugdsteunpunt van het samenwerkingsverband "
          "of aan een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie "
          "passend onderwijs.")
RIGHTS_ADULT = ("Omdat {naam} meerderjarig en handelingsbekwaam is, heeft {hij} zelf instemmingsrecht op het handelingsdeel. Bij onenigheid "
                "kan {hij} terecht bij de directie, het ouder- en jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na de "
                "vaststelling bij de Geschillencommissie passend onderwijs.")

INSTR = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau of -profiel in.",
    "onderbouwing": "Onderbouw het uitstroomperspectief met toetsgegevens, ontwikkeling en schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling belemmeren (cognitief, sociaal-emotioneel, fysiek, thuis).",
    "bevorderende_factoren": "Beschrijf hier de sterke kanten en beschermende factoren van de leerling.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: wat heeft deze leerling nodig?",
    "ondersteuning": "Beschrijf per doel de ondersteuning: wat, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma en zo ja hoe.",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Noteer datum en deelnemers van het overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Noteer wanneer en hoe het plan wordt geëvalueerd.",
    "informatie_rechten": "Informeer ouders hier over hun rechten.",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}
ZIE = {
    "uitstroombestemming": "Zie bijlage 1 (uitstroomprofiel).",
    "onderbouwing": "Zie het onderzoeksverslag in het dossier.",
    "belemmerende_factoren": "Zie bijlage 2 (onderzoeksverslag).",
    "bevorderende_factoren": "Zie groeidocument, bijlage 2.",
    "ondersteuningsbehoefte": "Zie groepsplan.",
    "ondersteuning": "Zie groepsplan en weekplanning.",
    "doelen": "Zie het groepsplan van periode 1.",
    "adviezen_professionals": "Zie verslag van de orthopedagoog (in het dossier).",
    "informatie_rechten": "Zie de schoolgids en de website van het samenwerkingsverband.",
    "evaluatie": "Zie de zorgkalender van de school.",
    "inbreng_leerling": "Zie gespreksverslag leerling (bijlage).",
}
GAP = {"empty": "", "dots": "...", "ntb": "n.t.b.", "aanvullen": "nog aanvullen", "volgt": "volgt na overleg",
       "brackets": "[tekst]", "word": "Klik of tik om tekst in te voeren.", "xx": "xx"}


class Gap(str):
    """A visible gap: empty, placeholder, instruction or reference."""
    pass
