# -*- coding: utf-8 -*-
"""Invented pupil profiles and text snippets for the blind OPP set.
All names, schools and places are invented."""

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

PLACES = ["Lindewaard", "Vliedorp", "Sterkendam", "Kruisdijk", "Ameronde", "Veldhuizerbroek",
          "Oosterwijde", "Brakelveen", "Hoogerzand-West", "Mollegem"]

SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Lindewaard-Vliedorp",
       "sbo": "Samenwerkingsverband Passend Primair Onderwijs Lindewaard-Vliedorp",
       "vo": "Samenwerkingsverband VO Sterkendam e.o.",
       "pro": "Samenwerkingsverband VO Sterkendam e.o.",
       "so": "Stichting Expertisecentra De Brug (cluster 3 en 4)",
       "vso": "Stichting Expertisecentra De Brug (cluster 3 en 4)"}

SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Kompas", "Kindcentrum De Zeskant", "RKBS De Notelaar", "IKC Het Vlot"],
    "sbo": ["SBO De Kompasroos", "SBO Het Palet", "Speciale school voor basisonderwijs De Ankerplaats"],
    "so": ["SO De Horizon (cluster 4)", "Mytylschool De Vlinderboom (cluster 3)", "SO Het Baken"],
    "vo": ["Vliedorp College", "Scholengemeenschap Ameronde", "Lyceum Kruisdijk", "Het Lindewaard Atheneum"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Oosterwijde"],
    "vso": ["VSO De Horizon", "VSO Het Baken", "Mytylschool De Vlinderboom, afdeling vso"],
}

FIRST_M = ["Daan", "Milan", "Sem", "Thijs", "Yusuf", "Jesse", "Bram", "Noah", "Kenan", "Luuk", "Stijn", "Wout",
           "Mees", "Ravi", "Joep", "Tygo", "Olivier", "Ilias", "Siem", "Jurre"]
FIRST_F = ["Lotte", "Fenna", "Sara", "Noor", "Isa", "Yara", "Maud", "Elif", "Roos", "Femke", "Jasmijn", "Lina",
           "Nova", "Tess", "Amira", "Sanne", "Esmee", "Hanna", "Mila", "Zoë"]
SURN = ["de Wit", "Brinkhorst", "van Doesburg", "Kramer", "Ouwehand", "Terlouw", "Bakkenes", "El Amrani",
        "Verbeek", "Hoekstra", "van der Linde", "Mulder", "Schoonhoven", "Yilmaz", "Wessels", "de Graaf",
        "Kuipers", "Rijnders", "Vos", "Tjoa", "Boersma", "van Rossum", "Peeters", "Dijkhuis", "Aydin"]
STAFF = ["mw. A. Pieters", "dhr. R. van Leeuwen", "mw. C. Hendriks", "dhr. M. Bosch", "mw. J. Ramdin",
         "mw. E. Veenstra", "dhr. K. Wouters", "mw. L. de Bruin", "dhr. T. Oosterhout", "mw. S. Nijland"]

# Profiles: texts use {N} (first name), {hij}/{Hij}, {zijn}/{Zijn}, {hem}
PROFILES = {}

PROFILES["po_lezen"] = dict(
    types=["po"],
    uitstroom="vmbo basisberoepsgerichte leerweg (vmbo-bb), mogelijk met leerwegondersteuning",
    opts=["praktijkonderwijs", "vmbo-bb (met lwoo)", "vmbo-kader", "vmbo-gt/tl", "havo", "vwo"], opt=1,
    onderbouwing="{N} zit in groep 7. Het leerrendement sinds groep 3 is bij technisch en begrijpend lezen ongeveer 55% "
                 "en bij rekenen ongeveer 70% (methode-onafhankelijke toetsen, januari en juni). Uit het "
                 "intelligentieonderzoek van maart 2024 (WISC-V) komt een totaal-IQ van 86, met een zwakker "
                 "werkgeheugen. Bij een gelijkblijvende ontwikkeling verwachten wij eind groep 8 een niveau van "
                 "ongeveer eind groep 6 voor lezen en halverwege groep 7 voor rekenen. Dat past bij vmbo-bb.",
    belem=[("Leren", "Zwak werkgeheugen: {N} onthoudt meerstappige instructies slecht."),
           ("Leren", "Technisch lezen op niveau eind groep 4 (AVI E4); dyslexieverklaring sinds 2023."),
           ("Werkhouding", "Raakt snel afgeleid bij veel prikkels in de klas en haakt af bij lange teksten."),
           ("Sociaal-emotioneel", "Faalangst bij toetsen; zegt vaak 'ik kan het toch niet'.")],
    bevord=[("Leren", "Rekent goed met concreet materiaal en leert goed van voordoen."),
            ("Werkhouding", "Wil graag en vraagt om hulp als de leerkracht dichtbij is."),
            ("Sociaal-emotioneel", "Sociaal vaardig, geliefd in de groep, goed in samenwerken."),
            ("Thuis", "Ouders lezen dagelijks met {hem} en houden contact met school.")],
    behoefte=["instructie in kleine stappen met voordoen en hardop denken",
              "teksten op eigen niveau en ondersteunende software (voorleessoftware)",
              "een rustige werkplek bij zelfstandig werken",
              "succeservaringen en positieve feedback bij toetsen"],
    steun=[("Leesinterventie volgens de dyslexieaanpak, 4 x 20 minuten per week", "onderwijsassistent mw. Tjoa", "4 x per week"),
           ("Verlengde instructie rekenen aan de instructietafel", "leerkracht groep 7", "dagelijks"),
           ("Toetsen voorlezen en 25% extra tijd", "leerkracht", "bij elke toets"),
           ("Begeleiding faalangst (Vlieg-training)", "ambulant begeleider van het SWV", "1 x per twee weken")],
    afwijking="Voor begrijpend lezen werkt {N} met een eigen leerlijn op niveau groep 5/6; de leerdoelen van groep 7 "
              "voor begrijpend lezen vervallen dit schooljaar. Voor spelling en rekenen volgt {N} het groepsprogramma.",
    doelen=["Eind februari leest {N} een tekst op AVI-niveau M5 met maximaal 3 fouten.",
            "Eind juni beheerst {N} de tafels 1 t/m 10 (score minimaal 90% op de tafeltoets).",
            "Eind juni gebruikt {N} zelfstandig de voorleessoftware bij zaakvakteksten (observatie leerkracht)."],
    adviezen="Orthopedagoog drs. H. Smeding (Dyslexiecentrum Kruisdijk, verslag 12 maart 2024) adviseert: "
             "dagelijkse leesinstructie, gebruik van voorleessoftware en extra tijd bij toetsen. De school neemt deze "
             "adviezen over; alleen het advies om 's middags apart te lezen kunnen wij niet dagelijks organiseren, "
             "daarom leest {N} 4 x per week 's ochtends met de onderwijsassistent.",
    inbreng=("{N} vertelt dat lezen 'het moeilijkste is' en dat {hij} het fijn vindt om toetsen voorgelezen te krijgen. "
             "{Hij} wil niet uit de klas gehaald worden tijdens de kring.",
             "Daarom is de leesinterventie verplaatst naar het begin van de ochtend, voordat de kring start, "
             "en wordt de voorleessoftware ook bij wereldoriëntatie ingezet."),
)

PROFILES["sbo_mll"] = dict(
    types=["sbo", "po"],
    uitstroom="praktijkonderwijs",
    opts=["praktijkonderwijs", "vmbo-bb met lwoo", "vmbo-kader", "vso"], opt=0,
    onderbouwing="{N} heeft een totaal-IQ van 71 (WISC-V, oktober 2023, betrouwbaarheidsinterval 66-78). Het "
                 "didactisch niveau is eind groep 4 voor lezen en rekenen (DLE 20-22), bij een didactische leeftijd "
                 "van 50. De leerrendementen liggen tussen 40 en 50%. Op grond van deze gegevens en de trage maar "
                 "gestage groei verwachten wij uitstroom naar het praktijkonderwijs.",
    belem=[("Leren", "Beperkt abstractievermogen; nieuwe begrippen moeten vaak herhaald worden."),
           ("Leren", "Rekenen boven de 100 lukt nog niet zonder materiaal."),
           ("Werkhouding", "Werktempo laag; stopt als een taak te lang duurt."),
           ("Sociaal-emotioneel", "Wordt snel boos als iets niet lukt en loopt dan weg.")],
    bevord=[("Leren", "Praktisch ingesteld, leert goed door te doen."),
            ("Werkhouding", "Werkt goed met een dagplanning met pictogrammen."),
            ("Sociaal-emotioneel", "Behulpzaam, zorgt goed voor jongere kinderen."),
            ("Thuis", "Stabiele thuissituatie; oma haalt {hem} drie middagen op.")],
    behoefte=["een vaste dagstructuur met visuele ondersteuning",
              "korte taken met directe feedback",
              "een volwassene die vooraf benoemt wat er gaat gebeuren bij veranderingen",
              "praktische, handelende opdrachten"],
    steun=[("Werken met een eigen leerlijn rekenen en lezen (leerlijnen van het SWV)", "groepsleerkracht", "dagelijks"),
           ("Sociale vaardigheidstraining in een groepje van 5 leerlingen", "gedragsspecialist", "1 x per week, 45 min"),
           ("Time-out afspraak met rustplek op de gang", "leerkracht en onderwijsassistent", "wanneer nodig")],
    afwijking="{N} werkt voor rekenen en lezen met een eigen leerlijn (uitstroomniveau praktijkonderwijs). De "
              "referentieniveaus 1F worden voor rekenen niet nagestreefd; voor Engels is {N} vrijgesteld.",
    doelen=["Voor de kerstvakantie kan {N} optellen en aftrekken tot 100 met tientallen (zonder materiaal).",
            "Eind maart leest {N} op AVI E4-niveau.",
            "Eind juni gebruikt {N} in 4 van de 5 situaties de time-out afspraak in plaats van weglopen."],
    adviezen="De schoolpsycholoog (mw. dr. P. Albers, verslag oktober 2023) adviseert een eigen leerlijn en visuele "
             "ondersteuning. De jeugdarts (GGD Lindewaard) adviseert een vast rustmoment na de lunch. Beide adviezen "
             "zijn overgenomen in het handelingsdeel.",
    inbreng=("{N} zegt dat {hij} het fijn vindt op school, maar dat {hij} boos wordt als andere kinderen lachen. "
             "{Hij} wil graag met houtbewerking bezig zijn.",
             "Op verzoek van {N} is de rustplek verplaatst naar het technieklokaal en krijgt {hij} op vrijdag "
             "een techniekopdracht als beloning."),
)

PROFILES["vo_ass"] = dict(
    types=["vo", "so"],
    uitstroom="havo-diploma, daarna hbo",
    opts=["vmbo-kader", "vmbo-gt/tl", "havo", "vwo"], opt=2,
    onderbouwing="{N} zit in havo 3. De cijfers liggen voor alle vakken tussen 6,2 en 7,8. Het advies van de basisschool "
                 "was havo/vwo; de doorstroomtoets gaf havo. Intelligentieonderzoek (2022) liet een gemiddelde "
                 "tot bovengemiddelde intelligentie zien. De belemmeringen liggen niet in het leren maar in "
                 "planning en overprikkeling; met de huidige ondersteuning is een havo-diploma haalbaar.",
    belem=[("Sociaal-emotioneel", "Diagnose autismespectrumstoornis (2019); raakt overprikkeld in drukke ruimtes."),
           ("Werkhouding", "Plannen en organiseren van huiswerk gaat moeizaam; overzicht over de week ontbreekt."),
           ("Leren", "Open vragen in talen: moeite met interpreteren van bedoelingen in teksten."),
           ("Gezondheid", "Slaapt slecht bij spanning en komt dan te laat.")],
    bevord=[("Leren", "Sterk in wiskunde en natuurkunde; zeer precies."),
            ("Werkhouding", "Houdt zich goed aan afspraken die op papier staan."),
            ("Sociaal-emotioneel", "Heeft twee vaste vrienden in de klas."),
            ("Thuis", "Ouders zijn betrokken en hebben wekelijks contact met de mentor.")],
    behoefte=["voorspelbaarheid: wijzigingen in rooster vooraf via de mentor",
              "een prikkelarme plek om te werken en te pauzeren",
              "hulp bij plannen (weekplanning samen maken)",
              "toetsen in een aparte ruimte"],
    steun=[("Coachingsgesprek plannen en welbevinden", "mentor dhr. Wessels", "1 x per week, 20 min"),
           ("Gebruik van de rustruimte (Trajectvoorziening) in pauzes", "trajectbegeleider", "dagelijks"),
           ("Toetsen maken in de toetsruimte met 20% extra tijd", "examensecretaris/docenten", "bij elke toets"),
           ("Ambulante begeleiding autisme", "ambulant begeleider Expertisecentrum De Brug", "1 x per 3 weken")],
    afwijking=None,
    doelen=["Eind periode 2 maakt {N} zelfstandig een weekplanning en levert 90% van het huiswerk op tijd in.",
            "Voor de zomervakantie is {N} per periode niet meer dan 3 keer te laat.",
            "{N} bespreekt minimaal 1 keer per periode zelf met de mentor wat lastig was."],
    adviezen="De behandelaar van {N} (GZ-psycholoog, Centrum Jeugd-GGZ Sterkendam) adviseert een vaste pauzeplek en "
             "vooraankondiging van veranderingen. De ambulant begeleider adviseert visuele weekplanning. Beide "
             "adviezen zijn in de ondersteuning opgenomen.",
    inbreng=("{N} geeft aan dat de aula in de pauze 'veel te hard' is en dat {hij} niet elke week met de mentor "
             "wil praten tijdens de lunch.",
             "De coachingsgesprekken zijn daarom naar het 3e uur op dinsdag verplaatst en de rustruimte is in "
             "alle pauzes beschikbaar."),
)

PROFILES["vo_angst_rooster"] = dict(
    types=["vo"],
    uitstroom="vmbo gemengde/theoretische leerweg (vmbo-tl), daarna mbo niveau 4",
    opts=["vmbo-bb", "vmbo-kader", "vmbo-gt/tl", "havo"], opt=2,
    onderbouwing="{N} stroomde in klas 2 af van havo naar vmbo-tl na langdurig verzuim door angstklachten. Sinds de "
                 "overstap zijn de cijfers voldoende (gemiddeld 6,8). Het cognitieve niveau past bij vmbo-tl/havo "
                 "(NIO 2023), maar de belastbaarheid is beperkt. Daarom verwachten wij een vmbo-tl-diploma.",
    belem=[("Sociaal-emotioneel", "Angstklachten (in behandeling); paniek bij presentaties en in grote groepen."),
           ("Gezondheid", "Vermoeidheid; hele schooldagen lukken nog niet."),
           ("Werkhouding", "Achterstand bij Frans en geschiedenis door verzuim.")],
    bevord=[("Leren", "Goede taalvaardigheid en leesbegrip."),
            ("Werkhouding", "Gemotiveerd om het diploma te halen; werkt thuis zelfstandig."),
            ("Thuis", "Ouders ondersteunen de opbouw en houden contact met de behandelaar.")],
    behoefte=["een opbouwrooster met haalbare stappen",
              "een vaste contactpersoon op school",
              "alternatieve opdrachten in plaats van presentaties voor de klas"],
    steun=[("Opbouwrooster: eerst 4 uur per dag, na de herfstvakantie 5 uur", "zorgcoördinator mw. Ramdin", "evaluatie elke 4 weken"),
           ("Wekelijks gesprek met de vertrouwenspersoon/coach", "coach dhr. Bosch", "1 x per week"),
           ("Inhaalprogramma Frans en geschiedenis in het Leerplein", "vakdocenten", "2 x per week")],
    afwijking="Tijdelijk verminderde onderwijstijd: {N} volgt 20 van de 28 lesuren (opbouwrooster, vrijstelling "
              "gemeld bij de inspectie en de leerplichtambtenaar). Presentaties worden vervangen door een "
              "schriftelijke opdracht of een opname.",
    doelen=["Na de herfstvakantie volgt {N} 5 lesuren per dag, 4 weken lang zonder verzuim.",
            "Voor 1 maart zijn de achterstanden Frans en geschiedenis ingehaald (alle PTA-onderdelen periode 1 en 2 ingeleverd).",
            "Eind schooljaar volgt {N} het volledige rooster."],
    adviezen="De behandelaar (psycholoog Praktijk Kalmte, Ameronde) adviseert een geleidelijke opbouw en geen "
             "presentaties voor de hele klas in dit schooljaar. De jeugdarts adviseert (consult 5 september) het "
             "opbouwrooster elke 4 weken te evalueren. De school volgt beide adviezen.",
    inbreng=("{N} wil graag weer volledig naar school, maar niet beginnen met het eerste uur omdat de ochtend het "
             "zwaarst is.",
             "Het opbouwrooster begint daarom bij het 2e lesuur; het eerste uur wordt pas in de laatste fase toegevoegd."),
)

PROFILES["so_gedrag"] = dict(
    types=["so", "sbo"],
    uitstroom="vmbo-kader (regulier vo), eventueel via vso",
    opts=["vso", "praktijkonderwijs", "vmbo-bb/kader", "vmbo-gt/tl", "havo"], opt=2,
    onderbouwing="{N} (groep 6) heeft een gemiddelde intelligentie (TIQ 94). Het didactisch niveau is "
                 "eind groep 5 voor rekenen en lezen, met een leerrendement van 80%. De achterstand komt vooral door "
                 "gemiste lestijd vóór de plaatsing. Als de gedragsregulatie verder verbetert, is vmbo-kader haalbaar.",
    belem=[("Gedrag", "ADHD (gecombineerd type); impulsief en fysiek bij conflicten."),
           ("Sociaal-emotioneel", "Wantrouwend tegenover volwassenen na eerdere schorsingen."),
           ("Werkhouding", "Kan zich 10 minuten concentreren.")],
    bevord=[("Leren", "Snel van begrip bij rekenen; houdt van spelvormen."),
            ("Sociaal-emotioneel", "Humor; sterke band met de leerkracht."),
            ("Thuis", "Gezinsbegeleiding gestart; moeder werkt actief mee.")],
    behoefte=["duidelijke regels en consequenties die elke dag gelijk zijn",
              "beweging tussen de taken door",
              "een volwassene die de-escaleert en na een incident een herstelgesprek voert"],
    steun=[("Werken met taakkaarten en een time-timer (blokken van 10 minuten)", "leerkracht", "dagelijks"),
           ("Herstelgesprek na elk incident", "gedragswetenschapper", "wanneer nodig"),
           ("Weerbaarheidstraining (Rots en Water)", "vakleerkracht gym", "1 x per week")],
    afwijking="Geen afwijkingen van het onderwijsprogramma: {N} volgt het programma van groep 6 op eigen tempo.",
    doelen=["Eind januari werkt {N} 3 blokken van 10 minuten achter elkaar zelfstandig (observatie leerkracht, 4 van 5 dagen).",
            "Eind juni zijn er minder dan 2 fysieke incidenten per maand (registratie incidentenlijst).",
            "Eind juni rekent {N} op het niveau van eind groep 5 (methodetoets)."],
    adviezen="De commissie voor de begeleiding adviseert (vergadering 18 september) de huidige aanpak voort te zetten en "
             "de uitstroombestemming na een jaar opnieuw te bekijken. De kinderpsychiater adviseert beweging tussen taken. "
             "Beide adviezen zijn verwerkt.",
    inbreng=("{N} zegt dat {hij} boos wordt als {hij} 'voor straf' apart moet zitten en dat {hij} graag mag bewegen.",
             "In plaats van apart zetten mag {N} nu een rondje lopen met de onderwijsassistent; de beweegpauzes zijn "
             "als vaste afspraak in het plan gezet."),
)

PROFILES["vso_dagbesteding"] = dict(
    types=["vso", "so"],
    uitstroom="uitstroomprofiel dagbesteding: activiteitengerichte dagbesteding in een zorgboerderij of kleinschalige groep",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], opt=2,
    onderbouwing="{N} heeft een ernstige verstandelijke beperking (IQ < 50, onderzoek 2019) en epilepsie. Het "
                 "ontwikkelingsniveau ligt rond 3-4 jaar (ontwikkelingsvolgmodel). {N} functioneert het best bij "
                 "vaste routines en één-op-één begeleiding. Arbeidsmatige taken lukken alleen met voortdurende "
                 "begeleiding. Daarom is dagbesteding de verwachte uitstroom.",
    belem=[("Gezondheid", "Epilepsie met 2-3 aanvallen per maand; na een aanval langdurig moe."),
           ("Communicatie", "Beperkte taal; communiceert met enkele woorden en gebaren (SMOG)."),
           ("Zelfredzaamheid", "Heeft hulp nodig bij aan- en uitkleden en toiletgang.")],
    bevord=[("Sociaal-emotioneel", "Vrolijk, maakt makkelijk contact met bekende volwassenen."),
            ("Werkhouding", "Voert routinetaken (sorteren, tafel dekken) met plezier uit."),
            ("Thuis", "Betrokken ouders; goede samenwerking met het logeerhuis.")],
    behoefte=["één-op-één begeleiding bij nieuwe taken",
              "dagritmekaarten en vaste routines",
              "medische zorg bij aanvallen volgens het epilepsieprotocol"],
    steun=[("Begeleiding door vaste onderwijsassistent, met epilepsieprotocol", "onderwijsassistent", "dagelijks"),
           ("Logopedie met ondersteunende gebaren", "logopedist van school", "2 x per week, 30 min"),
           ("Oriënterende stage bij zorgboerderij De Walnoot", "stagebegeleider", "vanaf januari 1 ochtend per week")],
    afwijking="{N} werkt met de leerlijnen voor leerlingen met een (zeer) moeilijk lerend profiel (ZML-leerlijnen) "
              "in plaats van de kerndoelen vso; het programma is gericht op zelfredzaamheid en dagbesteding.",
    doelen=["Eind februari dekt {N} zelfstandig de tafel voor 4 personen met behulp van een fotokaart.",
            "Eind juni gebruikt {N} 10 gebaren spontaan om een behoefte aan te geven.",
            "Eind juni trekt {N} met minimale hulp (alleen rits) de jas aan."],
    adviezen="De commissie voor de begeleiding heeft op 2 oktober geadviseerd het uitstroomprofiel dagbesteding vast "
             "te houden en te starten met een oriënterende stage. De AVG-arts adviseert rust na een aanval. Beide "
             "adviezen zijn overgenomen.",
    inbreng=("{N} wijst op de fotokaarten aan dat {hij} graag bij de dieren is en niet graag in de keuken werkt.",
             "De oriënterende stage is daarom gezocht bij een zorgboerderij met dieren in plaats van in de schoolkeuken."),
)

PROFILES["vso_arbeid"] = dict(
    types=["vso", "pro"],
    uitstroom="uitstroomprofiel arbeidsmarktgericht: betaald werk in de groenvoorziening, eventueel met loonkostensubsidie",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], opt=1,
    onderbouwing="{N} heeft een IQ van 64 (2021) en een didactisch niveau van eind groep 5. In de interne stages "
                 "(groen en facilitair) werkt {N} betrouwbaar en zelfstandig aan routinetaken. De externe stage bij "
                 "Hoveniersbedrijf Groenrijk (Kruisdijk) verloopt goed. Daarom is arbeid de verwachte uitstroom.",
    belem=[("Leren", "Lezen en rekenen op niveau eind groep 5: instructies op papier zijn lastig."),
           ("Sociaal-emotioneel", "Is snel beïnvloedbaar door leeftijdgenoten."),
           ("Werkhouding", "Vraagt niet om hulp en gaat dan door met een verkeerde werkwijze.")],
    bevord=[("Werkhouding", "Werkt hard, is fysiek sterk, komt altijd op tijd."),
            ("Sociaal-emotioneel", "Vriendelijk tegen klanten en collega's op de stage."),
            ("Thuis", "Ouders willen graag dat {N} gaat werken en brengen {hem} naar de stage.")],
    behoefte=["werkinstructies met foto's en voordoen",
              "een vaste werkbegeleider op de stage",
              "oefenen met hulp vragen"],
    steun=[("Externe stage 2 dagen per week bij Hoveniersbedrijf Groenrijk", "stagebegeleider mw. Nijland", "2 x per week"),
           ("Branchecursus groen (praktijkverklaring)", "vakdocent groen", "1 dagdeel per week"),
           ("Training sociale vaardigheden op de werkvloer", "jobcoach", "1 x per 2 weken")],
    afwijking=None,
    doelen=["Eind december vraagt {N} op de stage zelf om hulp als {hij} iets niet weet (beoordeling werkbegeleider).",
            "Eind mei heeft {N} de praktijkverklaring 'onderhoud plantsoenen' behaald.",
            "Voor de zomer is er een plaatsingsgesprek gevoerd met de gemeente over loonkostensubsidie."],
    adviezen="De commissie voor de begeleiding (vergadering 25 september) adviseert het profiel arbeidsmarktgericht en "
             "het uitbreiden van de stage naar 2 dagen. De jobcoach van UWV adviseert een vaste werkbegeleider. "
             "De school heeft beide adviezen overgenomen.",
    inbreng=("{N} zegt dat {hij} graag buiten werkt en later 'bij de gemeente in het groen' wil werken. {Hij} wil "
             "liever geen stage in een kas.",
             "De stage is bij een hovenier (buitenwerk) geregeld en het doel over de praktijkverklaring is op "
             "{zijn} wens toegevoegd."),
)

PROFILES["pro_arbeid"] = dict(
    types=["pro"],
    uitstroom="arbeid: werk in de logistiek (magazijnmedewerker), met mbo Entree als mogelijke tussenstap",
    opts=["arbeid", "arbeid met mbo Entree", "mbo niveau 2", "dagbesteding"], opt=1,
    onderbouwing="{N} zit in leerjaar 3 van het praktijkonderwijs. Het IQ is 76 (2022); lezen en rekenen liggen op "
                 "niveau 1F (taal) en net onder 1F (rekenen). In de interne stage magazijn werkt {N} nauwkeurig. "
                 "Mbo Entree is haalbaar als {hij} het taalcertificaat haalt; anders directe uitstroom naar werk.",
    belem=[("Leren", "Rekenen met geld en tijd gaat nog moeizaam."),
           ("Gezondheid", "Astma; bij inspanning soms benauwd."),
           ("Thuis", "Het gezin verhuist dit jaar; onrustige periode.")],
    bevord=[("Werkhouding", "Nauwkeurig, houdt van orde en overzicht."),
            ("Leren", "Taal op niveau 1F: leest werkinstructies zelfstandig."),
            ("Sociaal-emotioneel", "Rustig en betrouwbaar; collega's op stage zijn positief.")],
    behoefte=["praktijkgerichte rekenopdrachten (geld, tijd, hoeveelheden)",
              "een stageplek met rustig tempo",
              "aandacht voor de thuissituatie tijdens de verhuizing"],
    steun=[("Stage magazijn bij Distributiecentrum Mollegem", "stagecoördinator dhr. Oosterhout", "2 dagen per week"),
           ("Rekenen in de praktijk (kleine groep)", "docent rekenen", "3 x per week"),
           ("Mentorgesprek over de thuissituatie", "mentor", "1 x per 2 weken")],
    afwijking="Geen afwijkingen: {N} volgt het reguliere programma van het praktijkonderwijs.",
    doelen=["Eind januari rekent {N} bedragen tot €100 uit met wisselgeld (toets rekenen in de praktijk, 80% goed).",
            "Eind april heeft {N} het certificaat heftruck (intern) behaald.",
            "Eind juni heeft {N} het taalcertificaat 1F behaald."],
    adviezen="De longarts (via ouders, brief 3 mei) adviseert de puffer altijd bij zich te hebben en geen zware "
             "tillen in koude ruimtes. De school heeft dit in de stage-afspraken opgenomen.",
    inbreng=("{N} wil na school graag 'gewoon werken' en niet nog jaren naar school. {Hij} vindt rekenen saai.",
             "Rekenen wordt daarom zoveel mogelijk gekoppeld aan stage-opdrachten en mbo Entree is als mogelijkheid, "
             "niet als verplichting, in het plan gezet."),
)

PROFILES["vso_vervolg"] = dict(
    types=["vso"],
    uitstroom="uitstroomprofiel vervolgonderwijs: vmbo-tl-diploma (staatsexamen) en daarna mbo niveau 3 ICT",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], opt=0,
    onderbouwing="{N} heeft een gemiddelde intelligentie (TIQ 102, 2022) en haalt in de examenklas voldoendes voor "
                 "Nederlands, Engels, wiskunde en informatica. Door een lichamelijke beperking (spierziekte) is "
                 "het volledige examen in één jaar niet haalbaar; het examen wordt gespreid over twee jaar.",
    belem=[("Gezondheid", "Spierziekte: beperkte kracht en snel vermoeid; rolstoelgebruik."),
           ("Werkhouding", "Schrijven met de hand kost veel energie.")],
    bevord=[("Leren", "Sterk in informatica en wiskunde; werkt nauwkeurig op de computer."),
            ("Sociaal-emotioneel", "Weet goed wat {hij} wil en kan dat ook zeggen."),
            ("Thuis", "Goede ondersteuning door thuiszorg en familie.")],
    behoefte=["werken op een laptop met spraakherkenning",
              "rustmomenten tussen de lessen",
              "een gespreid examen"],
    steun=[("Fysiotherapie en ergotherapie op school", "fysiotherapeut en ergotherapeut", "2 x per week"),
           ("Laptop met spraakherkenning bij alle lessen en toetsen", "ICT-coördinator", "doorlopend"),
           ("Begeleiding gespreid examen", "examensecretaris", "volgens PTA")],
    afwijking="Gespreid examen over twee schooljaren (art. 59 Eindexamenbesluit, ingestemd door de inspectie); "
              "vrijstelling van lichamelijke opvoeding, vervangen door fysiotherapie.",
    doelen=["Eind schooljaar heeft {N} examen gedaan in Nederlands, Engels en informatica (gemiddeld minimaal 5,5).",
            "Voor 1 maart heeft {N} zich aangemeld bij het mbo en een intakegesprek gehad.",
            "{N} plant zelf de rustmomenten in de weekplanning (beoordeling mentor per periode)."],
    adviezen="De commissie voor de begeleiding adviseert (19 september) het profiel vervolgonderwijs en het "
             "gespreid examen. De revalidatiearts adviseert spraakherkenning en rustmomenten. Alle adviezen zijn "
             "overgenomen.",
    inbreng=("{N} wil graag de ICT-opleiding volgen en vindt de fysiotherapie in het eerste uur vervelend.",
             "De fysiotherapie is naar het einde van de dag verplaatst."),
)

# VO type destination options for tick layouts fall back on profile opts.

RECHTEN = ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit ontwikkelingsperspectief. Bent u het "
           "niet eens met (een deel van) het plan, bespreek dit dan eerst met {contact}. Komt u er samen niet uit, "
           "dan kunt u terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of bij een "
           "onderwijsconsulent. U kunt een geschil over het ontwikkelingsperspectief binnen zes weken na de "
           "vaststelling voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")
RECHTEN_ADULT = ("Je hebt als meerderjarige leerling zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens "
                 "met het plan, bespreek dit dan met {contact}. Je kunt ook hulp vragen aan een onderwijsconsulent "
                 "of het Ouder- en Jeugdsteunpunt. Binnen zes weken na vaststelling kun je een geschil voorleggen aan "
                 "de Geschillencommissie passend onderwijs.")

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "N.t.b. (na MDO)"]

INSTRUCTIONS = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in, bijvoorbeeld vmbo-kader of praktijkonderwijs.]",
    "onderbouwing": "Beschrijf hier op basis van welke gegevens (toetsen, intelligentie, leerrendement) de uitstroombestemming is bepaald. Max. 10 regels.",
    "belemmerende_factoren": "[Noem hier de belemmerende factoren per domein: leren, werkhouding, sociaal-emotioneel, thuissituatie.]",
    "bevorderende_factoren": "[Noem hier de stimulerende/bevorderende factoren: wat gaat goed, waar is de leerling sterk in?]",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: '... heeft nodig dat ...'. Minimaal 3.",
    "ondersteuning": "[Beschrijf hier welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "[Geef hier aan of er wordt afgeweken van het reguliere onderwijsprogramma en zo ja, op welke onderdelen.]",
    "doelen": "Formuleer SMART-doelen (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden) voor de komende periode.",
    "adviezen_professionals": "[Vermeld hier adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum en deelnemers van het overleg met ouders invullen.]",
    "inbreng_leerling": "[Beschrijf hier de mening van de leerling en wat daarmee in het plan is gedaan.]",
    "evaluatie": "[Geef aan wanneer en hoe het plan met ouders en leerling wordt geëvalueerd.]",
    "informatie_rechten": "[Hier standaardtekst over instemmingsrecht en geschillen invoegen.]",
    "vaststelling": "[datum vaststelling en naam directeur]",
}

REFER = {
    "onderbouwing": "Zie het verslag van het psychologisch onderzoek (bijlage 2).",
    "belemmerende_factoren": "Zie groeidocument, hoofdstuk 3.",
    "bevorderende_factoren": "Zie bijlage 1 (leerlingprofiel).",
    "ondersteuningsbehoefte": "Zie groepsplan en bijlage 1.",
    "ondersteuning": "Zie het handelingsplan in ParnasSys / bijlage 3.",
    "doelen": "De doelen staan in het groepsplan (zie bijlage).",
    "adviezen_professionals": "Zie verslag van de orthopedagoog (bijlage 2).",
    "evaluatie": "Zie evaluatiekalender in de schoolgids.",
    "informatie_rechten": "Zie de schoolgids.",
    "afwijkingen_onderwijsprogramma": "Zie bijlage 4 (aangepast programma).",
    "uitstroombestemming": "Zie bijlage 2 (advies CvB).",
    "inbreng_leerling": "Zie het leerlinggesprek in het dossier.",
}

PROFILES["vso_dagbesteding"]["adviezen_nodest"] = 'De commissie voor de begeleiding heeft op 2 oktober geadviseerd te starten met een oriënterende stage. De AVG-arts adviseert rust na een aanval. Beide adviezen zijn overgenomen.'

PROFILES["vso_arbeid"]["adviezen_nodest"] = 'De commissie voor de begeleiding (vergadering 25 september) adviseert de stage uit te breiden naar 2 dagen. De jobcoach van UWV adviseert een vaste werkbegeleider. De school heeft beide adviezen overgenomen.'

PROFILES["vso_vervolg"]["adviezen_nodest"] = 'De commissie voor de begeleiding adviseert (19 september) het gespreid examen. De revalidatiearts adviseert spraakherkenning en rustmomenten. Alle adviezen zijn overgenomen.'

PROFILES["so_gedrag"]["adviezen_nodest"] = 'De commissie voor de begeleiding adviseert (vergadering 18 september) de huidige aanpak voort te zetten. De kinderpsychiater adviseert beweging tussen taken. Beide adviezen zijn verwerkt.'

PROFILES["so_zml"] = dict(
    types=["so"],
    uitstroom="vso voor zeer moeilijk lerende leerlingen (vso-ZML), met als verwacht uitstroomprofiel dagbesteding",
    opts=["regulier vo / vmbo", "praktijkonderwijs", "vso – arbeidsmarktgericht", "vso – dagbesteding"], opt=3,
    onderbouwing="{N} heeft een ernstige verstandelijke beperking (ontwikkelingsniveau ongeveer 3 jaar, onderzoek 2023) en "
                 "epilepsie. De ontwikkeling op de ZML-leerlijnen verloopt langzaam maar gestaag: in het afgelopen jaar "
                 "zijn 4 van de 6 doelen gehaald. {N} heeft bij alle activiteiten één-op-één begeleiding nodig. "
                 "Daarom verwachten wij doorstroom naar het vso-ZML en op termijn dagbesteding.",
    belem=[("Gezondheid", "Epilepsie met 2-3 aanvallen per maand; na een aanval langdurig moe."),
           ("Communicatie", "Beperkte taal; communiceert met enkele woorden en gebaren (SMOG)."),
           ("Zelfredzaamheid", "Heeft hulp nodig bij aan- en uitkleden en toiletgang.")],
    bevord=[("Sociaal-emotioneel", "Vrolijk, maakt makkelijk contact met bekende volwassenen."),
            ("Werkhouding", "Doet graag mee met vaste routines zoals de kring en tafeldekken."),
            ("Thuis", "Betrokken ouders; goede samenwerking met het logeerhuis.")],
    behoefte=["één-op-één begeleiding bij nieuwe taken",
              "dagritmekaarten en vaste routines",
              "medische zorg bij aanvallen volgens het epilepsieprotocol"],
    steun=[("Begeleiding door vaste onderwijsassistent, met epilepsieprotocol", "onderwijsassistent", "dagelijks"),
           ("Logopedie met ondersteunende gebaren", "logopedist van school", "2 x per week, 30 min"),
           ("Zindelijkheidstraining volgens plan van de ergotherapeut", "groepsleerkracht en ergotherapeut", "dagelijks")],
    afwijking="{N} werkt met de ZML-leerlijnen in plaats van de kerndoelen van het so; het programma is gericht op "
              "communicatie en zelfredzaamheid.",
    doelen=["Eind februari gebruikt {N} 10 gebaren spontaan om een behoefte aan te geven.",
            "Eind juni geeft {N} in 3 van de 5 keer zelf aan dat {hij} naar de wc moet.",
            "Eind juni trekt {N} met minimale hulp (alleen rits) de jas aan."],
    adviezen="De commissie voor de begeleiding heeft op 2 oktober geadviseerd het perspectief vso-ZML vast te houden. "
             "De kinderneuroloog adviseert rust na een aanval. Beide adviezen zijn overgenomen.",
    adviezen_nodest="De kinderneuroloog adviseert rust na een aanval. De ergotherapeut adviseert een vast toiletschema. "
                    "Beide adviezen zijn overgenomen.",
    inbreng=("{N} wijst op de fotokaarten aan dat {hij} graag in de zandbak speelt en niet graag naar logopedie gaat "
             "als de rest van de groep buiten is.",
             "De logopedie is daarom verplaatst naar het moment dat de groep binnen werkt."),
)
