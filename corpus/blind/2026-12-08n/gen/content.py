# -*- coding: utf-8 -*-
"""Content banks for the blind OPP corpus (round 66, 2026-12-08n).

Every person, school, place and samenwerkingsverband here is invented.
Texts use {n} (first name), {hij}/{Hij}, {zijn}/{Zijn}, {hem} placeholders.
"""

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren",
    "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
    "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals",
    "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

PRON = {
    "m": {"hij": "hij", "Hij": "Hij", "zijn": "zijn", "Zijn": "Zijn", "hem": "hem"},
    "v": {"hij": "zij", "Hij": "Zij", "zijn": "haar", "Zijn": "Haar", "hem": "haar"},
}

# ---------------------------------------------------------------- archetypes
# factors: list of (domain, belemmerend, bevorderend)
# support: list of (wat, wie, hoe vaak, vanaf)
ARCH = {}

ARCH["po_dyslexie"] = dict(
    types=["po"],
    uitstroom="vmbo gemengde/theoretische leerweg (vmbo-gt)",
    onderbouwing=("De leerresultaten van {n} liggen voor begrijpend lezen en spelling op niveau IV-V "
                  "(DLE begrijpend lezen 28 bij DL 38). Rekenen ligt op niveau II (DLE 36). Het WISC-V-onderzoek "
                  "(maart 2025, orthopedagoog) liet een totaal-IQ van 98 zien met een zwakke verwerkingssnelheid (84). "
                  "Sinds groep 5 is de dyslexieverklaring bekend. Gezien het gemiddelde denkniveau, de sterke "
                  "rekenvaardigheid en de blijvende achterstand in technisch lezen verwachten we uitstroom naar vmbo-gt."),
    factors=[
        ("Leren", "Ernstige dyslexie; technisch lezen op AVI-E5 in groep 7; leest traag en raadt woorden.",
         "Goed mondeling begrip; rekent vlot en zelfstandig."),
        ("Werkhouding", "Haakt af bij lange teksten; werkt dan onnauwkeurig.",
         "Wil graag laten zien wat {hij} kan; maakt huiswerk trouw."),
        ("Sociaal-emotioneel", "Faalangst bij toetsen en voorlezen; buikpijn op toetsdagen.",
         "Geliefd in de groep; heeft twee vaste vrienden."),
        ("Thuis", "Ouders hebben zelf moeite met lezen en kunnen weinig ondersteunen bij taal.",
         "Ouders zijn zeer betrokken en komen op elke afspraak."),
    ],
    behoeften=[
        "{n} heeft teksten nodig die worden voorgelezen (Kurzweil) bij wereldoriëntatie en toetsen.",
        "{n} heeft verlengde toetstijd (+25%) en een rustige toetsplek nodig.",
        "{n} heeft een volwassene nodig die vooraf uitlegt wat er bij een toets van {hem} verwacht wordt, zodat de spanning daalt.",
    ],
    support=[
        ("Intensieve leesbegeleiding volgens het protocol Leesproblemen en Dyslexie (niveau 3)", "mw. J. Stoutjesdijk, remedial teacher", "3 x per week 30 minuten", "1 oktober 2025"),
        ("Kurzweil op de Chromebook bij alle zaakvakken en toetsen", "leerkracht groep 7", "dagelijks", "direct"),
        ("Kort gesprek over toetsspanning vóór elke methodetoets", "leerkracht groep 7", "voor elke toets, 5 minuten", "direct"),
    ],
    afwijkingen=None,
    doelen=[
        "In februari 2026 leest {n} AVI-M6 met ten hoogste 3 fouten per 100 woorden.",
        "In juni 2026 haalt {n} bij de DMT-kaart 2 een score van minimaal 45 woorden per minuut.",
        "{n} geeft vóór een toets zelf aan wat {hij} nodig heeft (voorlezen, extra tijd) en doet dat bij 4 van de 5 toetsen.",
    ],
    adviezen=("Orthopedagoog drs. H. Meulenbeld (Praktijk Leerkracht, Marrevelde) adviseerde in maart 2025: voorleessoftware bij "
              "alle teksten, verlengde toetstijd en geen voorlezen in de klas tegen de wil van {n}. De school heeft deze adviezen "
              "overgenomen in het handelingsdeel (zie ondersteuning). Het advies om een faalangstreductietraining te volgen wordt "
              "met ouders besproken bij de tussenevaluatie."),
    inbreng=("{n} vertelde in het leerlinggesprek van 22 september 2025 dat {hij} het voorlezen in de kring 'het ergste van school' vindt "
             "en dat de koptelefoon met Kurzweil helpt.",
             "Daarom leest {n} niet meer hardop voor in de klas zonder dat {hij} zelf ja zegt, en is het gebruik van Kurzweil in de toetsweek opgenomen."),
    klas="groep 7",
)

ARCH["po_adhd"] = dict(
    types=["po"],
    uitstroom="havo / vmbo-t (brede brugklas havo/vmbo-t)",
    onderbouwing=("Op de LVS-toetsen scoort {n} voor rekenen en begrijpend lezen op niveau I-II; spelling op niveau III. "
                  "Het intelligentieonderzoek (NIO, september 2024) gaf een totaalscore van 112. De resultaten wisselen sterk "
                  "met de dagvorm: bij een goede start van de dag haalt {n} hoge scores, na een conflict in de pauze nauwelijks. "
                  "Op grond van het niveau is havo haalbaar; de werkhouding maakt een brede brugklas havo/vmbo-t de realistische verwachting."),
    factors=[
        ("Leren", "Slordig bij automatiseren; maakt veel rekenfouten door haast.", "Snel van begrip, goed in redeneren en begrijpend lezen."),
        ("Werkhouding", "Concentratie houdt hooguit 10 minuten stand; laat werk onaf.", "Werkt goed met een timer en korte opdrachten."),
        ("Gedrag", "Reageert impulsief bij onrecht; 6 incidenten op het plein sinds de zomer.", "Erkent achteraf eerlijk wat er gebeurde; herstelt graag."),
        ("Medisch", "ADHD (diagnose kinderpsychiater, 2023); medicatie werkt tot ca. 13.00 uur.", "Medicatie 's ochtends werkt goed; sport 3 x per week."),
    ],
    behoeften=[
        "{n} heeft korte, afgebakende taken nodig met een zichtbare tijdsduur (Time Timer).",
        "{n} heeft een vaste plek dicht bij de leerkracht nodig en een afgesproken 'time-out'-plek.",
        "{n} heeft in de middagpauze begeleiding nodig bij spelsituaties.",
    ],
    support=[
        ("Werken met taakkaart en Time Timer bij zelfstandig werken", "leerkracht groep 6", "dagelijks", "8 september 2025"),
        ("Pleinbegeleiding: vaste pleinwacht maakt voor de middagpauze een spelafspraak met {n}", "onderwijsassistent dhr. R. Veldkamp", "dagelijks, 5 minuten", "15 september 2025"),
        ("Training 'Stop-denk-doe' in een groepje van 4 leerlingen", "intern begeleider mw. S. Oudeman", "wekelijks 45 minuten, 10 weken", "6 oktober 2025"),
    ],
    afwijkingen=None,
    doelen=[
        "Vóór de kerstvakantie maakt {n} 4 van de 5 dagtaken af binnen de afgesproken tijd (bijgehouden op de taakkaart).",
        "Het aantal incidenten op het plein daalt van 6 in 6 weken naar hooguit 2 in 6 weken (registratie pleinwacht, meting februari 2026).",
        "{n} gebruikt de time-out-plek zelfstandig minstens één keer per week in plaats van weg te lopen.",
    ],
    adviezen=("Kinderpsychiater (GGZ Tussenbeek, dhr. dr. F. Smeenge) adviseert een voorspelbare dagstructuur en het belangrijkste "
              "leerwerk in de ochtend te plannen. De school plant rekenen en taal daarom vóór 12.00 uur. De jeugdconsulent van het "
              "samenwerkingsverband adviseerde de pleinbegeleiding; die is opgenomen in het handelingsdeel."),
    inbreng=("{n} zegt zelf dat {hij} 'ontploft' als anderen valsspelen bij voetbal en dat {hij} graag een eigen plek heeft om af te koelen.",
             "Samen met {n} is de time-out-plek gekozen (leeshoek op de gang) en {n} heeft zelf het teken bedacht waarmee {hij} laat zien dat {hij} even weg moet."),
    klas="groep 6",
)

ARCH["po_rekenen"] = dict(
    types=["po", "sbo"],
    uitstroom="vmbo basisberoepsgerichte leerweg met leerwegondersteuning (vmbo-b lwoo)",
    onderbouwing=("{n} volgt sinds groep 6 voor rekenen een eigen leerlijn. De DLE voor rekenen is 24 bij een DL van 44; begrijpend "
                  "lezen DLE 30. Capaciteitenonderzoek (SON-R, mei 2025) gaf een IQ van 81. De leerrendementsverwachting ligt voor "
                  "rekenen rond 50%. Op basis van dit leerrendement, het capaciteitenonderzoek en de ontwikkeling in de afgelopen drie "
                  "jaar is vmbo-b met lwoo de verwachte uitstroom."),
    factors=[
        ("Leren", "Beperkt getalbegrip; tafels niet geautomatiseerd; traag leertempo.", "Leert goed met concreet materiaal en vaste stappenplannen."),
        ("Taal", "Thuistaal is Arabisch; beperkte schoolse woordenschat.", "Spreekt vlot Nederlands in alledaagse situaties; leergierig bij nieuwe woorden."),
        ("Werkhouding", "Durft niet te vragen als {hij} iets niet begrijpt.", "Doorzetter; werkt netjes en zorgvuldig."),
        ("Thuis", "Gezin woont krap; weinig rustige plek voor huiswerk.", "Oudere zus helpt bij huiswerk; ouders stimuleren school sterk."),
    ],
    behoeften=[
        "{n} heeft een eigen leerlijn rekenen nodig op het niveau van eind groep 5.",
        "{n} heeft voorbewerking van nieuwe woorden nodig vóór de zaakvakles.",
        "{n} heeft een volwassene nodig die actief navraagt of {hij} de opdracht begrijpt.",
    ],
    support=[
        ("Eigen leerlijn rekenen met de methode Maatwerk, instructie aan de instructietafel", "leerkracht", "4 x per week 30 minuten", "1 september 2025"),
        ("Woordenschat pre-teaching met de viertakt van Verhallen", "onderwijsassistent mw. A. Kwakernaak", "2 x per week 20 minuten", "15 september 2025"),
        ("Huiswerkplek in de bibliotheek van de school na schooltijd", "conciërge/ouders", "dinsdag en donderdag", "oktober 2025"),
    ],
    afwijkingen=("{n} volgt voor rekenen een eigen leerlijn met einddoel referentieniveau 1F. Voor rekenen gelden de einddoelen van "
                 "groep 8 dus niet; de doelen staan in het handelingsdeel. Bij de doorstroomtoets maakt {n} de rekenonderdelen op het eigen niveau."),
    doelen=[
        "Eind januari 2026 beheerst {n} de tafels 1 t/m 5 en 10 (90% goed op de tafeltoets van Maatwerk).",
        "In juni 2026 heeft {n} de leerdoelen van Maatwerk blok 5-8 behaald (toets ten minste 70% goed).",
        "{n} kent in juni 2026 80% van de 120 aangeboden schoolwoorden (woordtoets pre-teaching).",
    ],
    adviezen=("Het capaciteitenonderzoek werd gedaan door mw. drs. E. Hogenbirk, orthopedagoog van het samenwerkingsverband. Zij adviseert: "
              "eigen leerlijn rekenen vanaf niveau groep 5, veel herhaling met concreet materiaal en woordenschatonderwijs in kleine groep. "
              "De school volgt alle drie adviezen (zie ondersteuning)."),
    inbreng=("{n} vindt rekenen 'moeilijk maar niet meer eng' sinds {hij} aan de instructietafel werkt. {Hij} wil graag leren klokkijken en met geld rekenen.",
             "Klokkijken en geld zijn daarom als eerste doelen in de eigen leerlijn gezet; {n} kiest zelf de beloning bij elk afgerond blok."),
    klas="groep 7",
)

ARCH["sbo_ass"] = dict(
    types=["sbo"],
    uitstroom="vmbo kaderberoepsgerichte leerweg (vmbo-k), in een kleine, gestructureerde setting",
    onderbouwing=("{n} is in groep 5 vanuit de basisschool naar het sbo gekomen. Het IQ (WISC-V, januari 2025) is 94 met een "
                  "disharmonisch profiel (verbaal 104, verwerkingssnelheid 79). Leerresultaten: technisch lezen E6, begrijpend lezen "
                  "DLE 33, rekenen DLE 35 bij DL 46. De ontwikkeling is de laatste twee jaar stabiel met ongeveer 70% leerrendement. "
                  "Daarom verwachten we uitstroom naar vmbo-k, bij voorkeur op een school met kleine klassen."),
    factors=[
        ("Leren", "Trage verwerking; raakt overvraagd door veel prikkels in de klas.", "Goed geheugen voor feiten; sterk in topografie en natuur."),
        ("Communicatie", "Neemt taal letterlijk; begrijpt grapjes en ironie vaak verkeerd.", "Kan goed onder woorden brengen wat {hij} wil als {hij} de tijd krijgt."),
        ("Sociaal-emotioneel", "Autismespectrumstoornis; raakt in paniek bij onverwachte veranderingen.", "Voelt zich veilig bij de vaste leerkracht; eerlijk en loyaal."),
        ("Werkhouding", "Blijft hangen in details; komt moeilijk op gang.", "Werkt zeer nauwkeurig met een dagplanning."),
    ],
    behoeften=[
        "{n} heeft een vaste dagplanning met pictogrammen nodig en vooraankondiging van veranderingen.",
        "{n} heeft een prikkelarme werkplek (werkhoekje met scherm) nodig bij zelfstandig werken.",
        "{n} heeft uitleg nodig in korte, letterlijke zinnen, met controle of {hij} het begrepen heeft.",
    ],
    support=[
        ("Dagplanning met pictogrammen op tafel; wijzigingen worden 's ochtends bij binnenkomst besproken", "groepsleerkracht", "dagelijks", "direct"),
        ("Sociale vaardigheidstraining 'Ik leer anders kijken'", "schoolmaatschappelijk werker dhr. P. Stoffelsma", "wekelijks 45 minuten, 12 bijeenkomsten", "september 2025"),
        ("Begeleiding door de autismecoach van het samenwerkingsverband; observatie en advies aan de leerkracht", "mw. L. Brasser, autismecoach", "1 x per 6 weken", "oktober 2025"),
    ],
    afwijkingen=None,
    doelen=[
        "{n} gebruikt in december 2025 de dagplanning zelfstandig en start binnen 3 minuten met het werk (observatie leerkracht, 3 momenten).",
        "{n} vraagt in maart 2026 bij een onduidelijke opdracht zelf om uitleg met het afgesproken kaartje, minstens 3 keer per week.",
        "{n} haalt in juni 2026 voor begrijpend lezen DLE 38.",
    ],
    adviezen=("De autismecoach (mw. L. Brasser, SWV) adviseerde na observatie in juni 2025 een vast werkhoekje en een 'wijzigingsbord'. "
              "Beide zijn ingevoerd. Het advies van de kinderpsycholoog (Centrum Jong, Aldevoort) om de sociale vaardigheidstraining op "
              "school te laten plaatsvinden is overgenomen."),
    inbreng=("{n} heeft met de leerkracht een 'ik-vind-lijstje' ingevuld. {Hij} wil niet meer in de kring zitten bij de weekopening omdat het dan te druk is, en {hij} wil leren hoe {hij} een vriend kan vragen om te spelen.",
             "{n} mag de weekopening vanaf {zijn} eigen plek volgen. Het tweede punt is het doel van de sociale vaardigheidstraining geworden."),
    klas="groep 6 (sbo-groep 'De Uilen')",
)

ARCH["sbo_pro"] = dict(
    types=["sbo"],
    uitstroom="praktijkonderwijs",
    onderbouwing=("Intelligentieonderzoek (WISC-V, november 2024) gaf een totaal-IQ van 72. De didactische leeftijdsequivalenten zijn voor "
                  "rekenen 18 en voor begrijpend lezen 20 bij een DL van 48. Het leerrendement over de afgelopen drie jaar ligt onder 40%. "
                  "Samen met de praktische vaardigheden en de voorkeur voor leren door te doen wijst dit op praktijkonderwijs."),
    factors=[
        ("Leren", "Laag leerniveau; abstracte stof wordt niet onthouden.", "Leert goed van voordoen en nadoen; handig met materialen."),
        ("Werkhouding", "Snel afgeleid en moe na de middag.", "Behulpzaam en werkt graag samen aan een concrete klus."),
        ("Thuis", "Vader werkt in ploegendienst; huiswerk schiet er vaak bij in.", "Grootmoeder haalt {n} dagelijks op en leest voor."),
    ],
    behoeften=[
        "{n} heeft praktische, zichtbare opdrachten nodig met directe feedback.",
        "{n} heeft rustmomenten nodig in de middag.",
    ],
    support=[
        ("Rekenen en taal in de instructiegroep op niveau groep 4/5 (eigen leerlijn)", "leerkracht", "dagelijks", "september 2025"),
        ("Praktijklessen techniek en koken", "vakleerkracht dhr. D. Heijblom", "2 x per week 1 uur", "september 2025"),
    ],
    afwijkingen=("{n} volgt voor rekenen en taal een eigen leerlijn (einddoel groep 5/6). Engels wordt niet gegeven; in die tijd heeft {n} praktijkles."),
    doelen=[
        "In juni 2026 kan {n} bedragen tot € 20 afpassen en teruggeven (praktijktoets winkeltje).",
        "In juni 2026 leest {n} AVI-E4 vlot (leestoets).",
    ],
    adviezen=("De orthopedagoog van de school (mw. drs. T. Wijnbergen) adviseert een praktijkgerichte vervolgschool en een kennismaking "
              "op het praktijkonderwijs in groep 8. Dit is in de planning opgenomen (meeloopdag maart 2026)."),
    inbreng=("{n} vertelde dat {hij} later 'met auto's' wil werken en de praktijklessen het leukst vindt.",
             "Daarom loopt {n} in maart mee op de praktijkschool in de autotechniekles in plaats van de algemene kennismaking."),
    klas="groep 8 (sbo-groep 'De Vossen')",
)

ARCH["so_tos"] = dict(
    types=["so"],
    uitstroom="vmbo basisberoepsgerichte leerweg (vmbo-b), met ambulante begeleiding cluster 2",
    onderbouwing=("{n} heeft een taalontwikkelingsstoornis (TOS), vastgesteld door Kentalis-achtig onderzoek van het audiologisch centrum "
                  "(mei 2023). Non-verbaal IQ (SON-R) 97. Taalbegrip en woordenschat liggen op het niveau van een kind van 7 jaar bij "
                  "een kalenderleeftijd van 10;4. Rekenen DLE 34 bij DL 40; begrijpend lezen DLE 22. Door de gemiddelde non-verbale "
                  "capaciteiten en de grote talige achterstand verwachten we vmbo-b met ambulante begeleiding."),
    factors=[
        ("Communicatie", "Ernstige TOS: begrijpt lange instructies niet; zinnen zijn kort en ongrammaticaal.", "Gebruikt gebaren en visuele ondersteuning goed."),
        ("Leren", "Begrijpend lezen ver onder niveau.", "Rekenen bijna op niveau; sterk visueel-ruimtelijk inzicht."),
        ("Sociaal-emotioneel", "Wordt boos als {hij} niet begrepen wordt.", "Vrolijk en sociaal; sterk in samenwerken bij spel."),
    ],
    behoeften=[
        "{n} heeft instructie nodig in korte zinnen, ondersteund met pictogrammen en gebaren (NmG).",
        "{n} heeft dagelijks logopedie in de klas en individueel nodig.",
        "{n} heeft pre-teaching van woorden nodig bij elk nieuw thema.",
    ],
    support=[
        ("Individuele logopedie (taalbegrip en zinsbouw)", "logopedist mw. R. El Kaddouri", "2 x per week 30 minuten", "1 september 2025"),
        ("Woordenschatlessen in de klas met gebaren", "groepsleerkracht en logopedist", "dagelijks", "1 september 2025"),
        ("Visueel dagprogramma en stappenplannen", "groepsleerkracht", "dagelijks", "direct"),
    ],
    afwijkingen=("Het programma Engels is vervangen door extra taal- en communicatielessen (2 x per week)."),
    doelen=[
        "In februari 2026 begrijpt {n} opdrachten van 2 stappen zonder herhaling (observatie logopedist, 8 van de 10 keer).",
        "In juni 2026 gebruikt {n} zinnen met een bijzin met 'omdat' (taalsteekproef logopedist).",
        "In juni 2026 haalt {n} voor begrijpend lezen DLE 27.",
    ],
    adviezen=("Advies commissie voor de begeleiding (CvB, vergadering 15 september 2025): de CvB onderschrijft het uitstroomprofiel en "
              "adviseert de logopedie op twee keer per week te houden en in het voorjaar een nieuw taalonderzoek te laten doen. "
              "De logopedist adviseert NmG consequent in alle lessen. Beide adviezen zijn in het handelingsdeel opgenomen."),
    inbreng=("{n} heeft met pictogrammen aangegeven dat {hij} het fijn vindt als de juf gebaren gebruikt en dat {hij} het niet leuk vindt om in de kring te vertellen.",
             "In de kring mag {n} vertellen met een praatplaat; de gebaren zijn in alle lessen afgesproken."),
    klas="groep Zon (middenbouw, cluster 2)",
)

ARCH["so_zml"] = dict(
    types=["so"],
    uitstroom="vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)",
    onderbouwing=("{n} heeft een ernstige verstandelijke beperking (IQ ca. 45, SON-R 2024) en het syndroom van Down. Het "
                  "ontwikkelingsniveau ligt rond 4 jaar (sociaal-emotioneel) en 5 jaar (cognitief). De ontwikkeling is de afgelopen jaren "
                  "langzaam maar gestaag. Gezien dit profiel en de voorkeur van {n} voor praktische taken is arbeidsmatige dagbesteding "
                  "via het vso de verwachte uitstroom."),
    factors=[
        ("Cognitief", "Ernstige verstandelijke beperking; begrijpt alleen concrete, korte opdrachten.", "Onthoudt vaste routines goed."),
        ("Zelfredzaamheid", "Heeft hulp nodig bij aan- en uitkleden en toiletgang.", "Wil graag zelf dingen doen; trots als iets lukt."),
        ("Communicatie", "Spreekt in één- en tweewoordzinnen.", "Gebruikt gebaren en een praatkaart."),
        ("Medisch", "Hartafwijking; snel vermoeid.", "Goede begeleiding door de kinderarts; stabiel."),
    ],
    behoeften=[
        "{n} heeft een vaste dagstructuur met foto's nodig.",
        "{n} heeft 1-op-1 begeleiding nodig bij zelfredzaamheidstaken.",
        "{n} heeft rustmomenten nodig na inspanning.",
    ],
    support=[
        ("Zelfredzaamheidstraining (aankleden, toilet) volgens stappenplan", "klassenassistent mw. M. Brouwers", "dagelijks", "augustus 2025"),
        ("Fysiotherapie (grove motoriek, conditie)", "fysiotherapeut dhr. K. Dijkhof", "1 x per week 30 minuten", "september 2025"),
        ("Communicatie met gebaren en praatkaart in alle situaties", "hele team", "dagelijks", "direct"),
    ],
    afwijkingen=("{n} volgt de leerlijnen van het ZML-onderwijs (CED-leerlijnen 'ZML') in plaats van de kerndoelen van het regulier onderwijs. Het lesrooster is 4 dagen; woensdag is een therapiedag."),
    doelen=[
        "In januari 2026 trekt {n} zelfstandig {zijn} jas aan en ritst die dicht (4 van de 5 keer).",
        "In juni 2026 gebruikt {n} 10 nieuwe gebaren spontaan in de klas (registratie klassenassistent).",
    ],
    adviezen=("Commissie voor de begeleiding (8 september 2025): adviseert voortzetting van fysiotherapie en een logopedisch onderzoek. "
              "De fysiotherapeut adviseert 3 korte beweegmomenten per dag; die zijn in het dagprogramma opgenomen. Het logopedisch onderzoek is aangevraagd."),
    inbreng=("{n} heeft met de praatkaart laten zien dat {hij} het liefst 'helpen in de keuken' doet en niet graag buiten speelt als het koud is.",
             "Keukentaken zijn als oefensituatie voor de zelfredzaamheid gekozen; bij koud weer is er een binnenactiviteit."),
    klas="groep Regenboog (ZML)",
)

ARCH["so_gedrag"] = dict(
    types=["so"],
    uitstroom="vmbo theoretische leerweg (vmbo-t), eventueel via vso cluster 4",
    onderbouwing=("{n} haalt op de methodeonafhankelijke toetsen niveau II-III voor rekenen en begrijpend lezen (DLE 42 bij DL 48). "
                  "Het IQ (WISC-V, 2024) is 104. De gedragsproblemen (ODD, hechtingsproblematiek) bepalen in hoge mate het leerrendement. "
                  "Bij voortgaande stabilisatie is vmbo-t haalbaar; blijft het gedrag instabiel, dan is vso cluster 4 met vmbo-t-programma passend."),
    factors=[
        ("Gedrag", "Oppositioneel gedrag; weigert taken bij wisselingen van leerkracht.", "Reageert goed op een vaste, rustige volwassene."),
        ("Sociaal-emotioneel", "Wantrouwen naar volwassenen; hechtingsproblematiek.", "Sterk rechtvaardigheidsgevoel; zorgzaam naar jongere kinderen."),
        ("Leren", "Gaten in de basisvaardigheden door eerder verzuim.", "Gemiddelde capaciteiten; goede rekenaar."),
        ("Thuis", "Woont sinds 2024 in een gezinshuis; contact met moeder wisselend.", "Gezinshuisouders zijn stabiel en werken nauw samen met school."),
    ],
    behoeften=[
        "{n} heeft een vaste mentor nodig en vooraankondiging bij invallers.",
        "{n} heeft een voorspelbaar lesprogramma met duidelijke grenzen en positieve bekrachtiging nodig.",
    ],
    support=[
        ("Dagelijkse start- en eindcheck met de mentor", "mentor dhr. J. Aalberts", "dagelijks 5 minuten", "1 september 2025"),
        ("Agressieregulatietraining", "gedragsspecialist mw. C. Jonkers", "wekelijks 1 uur, 12 weken", "september 2025"),
        ("Remediërend programma spelling", "onderwijsassistent", "3 x per week 20 minuten", "oktober 2025"),
    ],
    afwijkingen=None,
    doelen=[
        "In januari 2026 is het aantal time-outs gedaald van gemiddeld 4 naar hooguit 1 per week (registratie Parnassys).",
        "In juni 2026 haalt {n} voor spelling niveau III (LVS-toets).",
    ],
    adviezen=("De commissie voor de begeleiding (CvB 29 september 2025) adviseert de agressieregulatietraining en een vaste mentor. "
              "De behandelaar van het gezinshuis (jeugd-GGZ) adviseert elke vrijdag een kort overleg tussen mentor en gezinshuisouder; "
              "dat overleg is ingepland."),
    inbreng=("{n} gaf aan dat {hij} invallers 'niet vertrouwt' en liever bij de mentor in de klas werkt als er een invaller is.",
             "Afgesproken is dat {n} bij een invaller de eerste les in het lokaal van de mentor werkt."),
    klas="groep 7/8 (so cluster 4)",
)

ARCH["vo_ass"] = dict(
    types=["vo"],
    uitstroom="vmbo-tl diploma (theoretische leerweg), daarna mbo niveau 4 ICT",
    onderbouwing=("Het basisschooladvies was vmbo-tl/havo; de doorstroomtoets gaf 1F/2F. In leerjaar 2 staat {n} voor alle vakken "
                  "voldoende met een gemiddelde van 6,8. Het tempo en de belasting van havo zijn door de ASS-problematiek (diagnose GZ-psycholoog, Autismeteam Kolderwijk, 2023) te hoog gebleken "
                  "(schoolverzuim in leerjaar 1 bij de havo-stroom). Een vmbo-tl-diploma is daarom de realistische en haalbare uitstroom."),
    factors=[
        ("Sociaal-emotioneel", "ASS; overprikkeling in drukke gangen en de aula.", "Rustig en beleefd; hecht aan de mentor."),
        ("Werkhouding", "Plannen van huiswerk en toetsen lukt niet zelfstandig.", "Zeer gemotiveerd voor informatica en wiskunde."),
        ("Gezondheid", "Slaapt slecht in toetsweken.", "Ouders bieden veel structuur thuis."),
    ],
    behoeften=[
        "{n} heeft hulp nodig bij het plannen van huiswerk en toetsen (weekplanning).",
        "{n} heeft een prikkelarme plek nodig in pauzes en bij toetsen.",
        "{n} heeft vooraf informatie nodig over roosterwijzigingen.",
    ],
    support=[
        ("Coaching door de begeleider passend onderwijs: weekplanning maken en evalueren", "dhr. T. Rijnsburger, BPO'er", "1 x per week 30 minuten", "15 september 2025"),
        ("Pauzeplek in het ondersteuningslokaal 'De Haven'", "ondersteuningscoördinator", "dagelijks", "direct"),
        ("Toetsen in een aparte ruimte met 20% extra tijd", "examensecretaris/toetscoördinator", "bij elke toets", "direct"),
    ],
    afwijkingen=("{n} is vrijgesteld van het vak Duits (besluit teamleider 2 september 2025); in die uren werkt {n} onder begeleiding aan de weekplanning in De Haven."),
    doelen=[
        "Vóór de kerstvakantie maakt {n} zelfstandig een weekplanning; in februari 2026 klopt die voor 80% met het gemaakte werk (controle BPO'er).",
        "In periode 2 mist {n} geen toetsen door ziekte of verzuim (registratie Magister).",
        "Eind leerjaar 2 heeft {n} een bevorderingsgemiddelde van ten minste 6,5 zonder onvoldoendes in de kernvakken.",
    ],
    adviezen=("De GZ-psycholoog (dhr. drs. W. Hoekzema, Autismeteam Kolderwijk) adviseert een vaste prikkelarme plek en vooraankondiging van "
              "veranderingen. Het advies om {n} met een laptop te laten werken bij schrijftaken is overgenomen per oktober 2025."),
    inbreng=("{n} schreef in het intakeformulier dat {hij} geen 'speciale behandeling' in de klas wil, maar wel een plek om tot rust te komen.",
             "Daarom is de begeleiding buiten de klas georganiseerd (De Haven) en wordt de aangepaste toetsplek niet in de klas aangekondigd."),
    klas="leerjaar 2 vmbo-tl",
)

ARCH["vo_angst"] = dict(
    types=["vo"],
    uitstroom="havo-diploma, met als vervolg hbo",
    onderbouwing=("{n} kwam met een havo/vwo-advies binnen. In havo 3 zijn de cijfers voldoende tot goed (gemiddeld 7,1) wanneer {n} "
                  "aanwezig is. Sinds maart 2025 is er fors verzuim (32% van de lessen) door een angststoornis. Met behandeling en een "
                  "aangepast rooster is het havo-diploma haalbaar; het cognitieve niveau staat niet ter discussie."),
    factors=[
        ("Sociaal-emotioneel", "Angststoornis (paniekaanvallen); vermijdt drukke lokalen.", "Kan goed verwoorden wat er in {hem} omgaat."),
        ("Aanwezigheid", "Verzuim 32% van de lessen sinds maart 2025.", "Wil graag naar school; mist {zijn} klasgenoten."),
        ("Leren", "Achterstanden door gemiste lessen bij wiskunde B en Frans.", "Sterk in talen en geschiedenis; zelfstandig leerder."),
    ],
    behoeften=[
        "{n} heeft een opbouwrooster nodig met een veilige plek om naar toe te gaan bij paniek.",
        "{n} heeft een vast aanspreekpunt nodig (mentor) en afstemming met de behandelaar.",
    ],
    support=[
        ("Opbouwrooster: week 1-4 de eerste drie uur, daarna uitbreiding per 2 weken", "mentor mw. B. Sterkenburg en teamleider", "wekelijks evaluatie", "22 september 2025"),
        ("Bijspijkeren wiskunde B met een vakdocent", "mw. I. Pronk, docent wiskunde", "1 x per week 50 minuten", "oktober 2025"),
        ("Afstemming met behandelaar GGZ", "zorgcoördinator", "1 x per 4 weken", "oktober 2025"),
    ],
    afwijkingen=("Tijdelijk aangepast (verkort) rooster volgens het opbouwschema; de onderwijstijd wordt vanaf januari 2026 weer volledig. "
                 "De leerplichtambtenaar is geïnformeerd (11 september 2025)."),
    doelen=[
        "Half november 2025 is {n} aanwezig bij alle lessen van het opbouwrooster (week 1-8).",
        "Eind januari 2026 volgt {n} het volledige rooster met hooguit 5% verzuim.",
        "In periode 3 haalt {n} voor wiskunde B weer een voldoende (≥ 5,5).",
    ],
    adviezen=("De behandelaar (GZ-psycholoog mw. A. Zeilmaker, GGZ Oostervoorde) adviseert geleidelijke blootstelling: een opbouwrooster "
              "en een vaste 'veilige plek'. De jeugdarts (GGD, oktober 2025) adviseert hetzelfde en volgt het verzuim. De school voert "
              "deze adviezen uit in het opbouwrooster."),
    inbreng=("{n} wil zelf het tempo van de opbouw mede bepalen en wil niet dat de klas wordt verteld waarom {hij} soms weggaat.",
             "{n} beslist mee bij elke uitbreiding van het rooster (wekelijks gesprek met de mentor); de klas krijgt alleen te horen dat {n} een aangepast rooster heeft."),
    klas="havo 3",
)

ARCH["vo_kader"] = dict(
    types=["vo"],
    uitstroom="vmbo-kader diploma (profiel Economie en Ondernemen), daarna mbo niveau 3",
    onderbouwing=("Het basisschooladvies was vmbo-kader. In leerjaar 1 haalde {n} voor de praktijkvakken goede cijfers (gemiddeld 7,4) en "
                  "voor wiskunde en Engels onvoldoendes (4,9 en 5,2). Er is dyscalculie vastgesteld (verklaring 2024). Met compenserende "
                  "maatregelen is een kaderdiploma haalbaar; de praktijkgerichte aanleg past bij het profiel Economie en Ondernemen."),
    factors=[
        ("Leren", "Dyscalculie; werkgeheugen zwak; ADHD-kenmerken.", "Praktisch ingesteld; goed in presenteren en klantgesprekken."),
        ("Werkhouding", "Vergeet spullen en opdrachten; haalt deadlines vaak niet.", "Enthousiast bij praktijkopdrachten."),
        ("Thuis", "Ouders gescheiden; twee huizen, wisselende week.", "Beide ouders willen meewerken aan één planning."),
    ],
    behoeften=[
        "{n} heeft een rekenkaart en rekenmachine nodig bij alle vakken en toetsen.",
        "{n} heeft één planning nodig die in beide huizen zichtbaar is (Magister-planner).",
    ],
    support=[
        ("Rekenondersteuning met rekenkaart; remediale rekenles", "rekencoördinator mw. G. Vos", "1 x per week 45 minuten", "29 september 2025"),
        ("Wekelijkse planningscheck in Magister met de mentor", "mentor dhr. E. Lamsma", "maandag, 10 minuten", "29 september 2025"),
    ],
    afwijkingen=None,
    doelen=[
        "In december 2025 levert {n} 80% van de opdrachten op tijd in (overzicht Magister).",
        "In juni 2026 haalt {n} voor wiskunde gemiddeld minimaal 5,5.",
    ],
    adviezen=("Het dyscalculieonderzoek (Onderwijsbureau Zandhoven, 2024) adviseert rekenkaart, rekenmachine en extra tijd. De school past "
              "dit toe bij alle toetsen. Het advies van de jeugdconsulent om beide ouders in hetzelfde gesprek uit te nodigen is overgenomen."),
    inbreng=("{n} zegt dat {hij} 'alles kwijtraakt' als {hij} van huis wisselt en graag één digitale planner wil.",
             "De mentor zet de planning daarom alleen in Magister; papieren lijstjes worden niet meer gebruikt."),
    klas="leerjaar 2 vmbo-kader",
)

ARCH["pro_groen"] = dict(
    types=["pro"],
    uitstroom="arbeid: betaald werk in de groenvoorziening, via een entreeopleiding (mbo niveau 1) in BBL",
    onderbouwing=("{n} heeft een IQ van 70 (WISC-V, 2022) en leest en rekent op het niveau van groep 5/6 (1F nog niet gehaald). Tijdens "
                  "de interne stage (schoolplein, kas) en de externe stage bij Hoveniersbedrijf De Linde (voorjaar 2025) kreeg {n} "
                  "goede beoordelingen voor inzet en vakmanschap. Het werknemersprofiel (Kolderwijk praktijkschool) laat zien dat "
                  "{n} met begeleiding op de werkvloer zelfstandig kan werken. Daarom: arbeid in de groenvoorziening via entree-BBL."),
    factors=[
        ("Werknemersvaardigheden", "Komt soms te laat; vergeet af te melden bij ziekte.", "Harde werker; goede beoordeling op stage."),
        ("Leren", "Lezen en rekenen op niveau groep 5/6.", "Leert vakvaardigheden snel door voordoen."),
        ("Sociaal", "Laat zich makkelijk meeslepen door klasgenoten.", "Vriendelijk naar collega's en klanten."),
    ],
    behoeften=[
        "{n} heeft een vaste stagebegeleider nodig en duidelijke werkinstructies op foto's.",
        "{n} heeft oefening nodig met afmelden en op tijd komen (werknemersvaardigheden).",
    ],
    support=[
        ("Externe stage bij Hoveniersbedrijf De Linde, 2 dagen per week", "stagedocent dhr. O. Bakels", "wekelijks stagebezoek", "1 oktober 2025"),
        ("Training werknemersvaardigheden (afmelden, telefoneren, pauzes)", "mentor", "wekelijks 1 uur", "september 2025"),
        ("Voorbereiding branchecertificaat Hovenier", "praktijkdocent groen", "2 x per week", "januari 2026"),
    ],
    afwijkingen=None,
    doelen=[
        "Vóór de kerstvakantie is {n} maximaal 2 keer te laat op stage (stagebeoordeling).",
        "In mei 2026 haalt {n} het branchecertificaat Hovenier (onderdeel snoeien en beplanten).",
        "In juni 2026 meldt {n} zichzelf 100% van de keren correct af bij ziekte.",
    ],
    adviezen=("De trajectbegeleider van het UWV/werkgeversservicepunt adviseert het branchecertificaat te halen vóór de BBL-plaatsing; "
              "de school heeft dit ingepland. De orthopedagoog van de school adviseert foto-instructies op de werkplek; die zijn met de stagebieder gemaakt."),
    inbreng=("{n} wil na school 'buiten werken en geld verdienen' en liever niet nog veel jaren naar school.",
             "Daarom is gekozen voor een BBL-route (werken en leren) in plaats van entree-BOL, en is het aantal stagedagen verhoogd naar twee."),
    klas="leerjaar 4 praktijkonderwijs",
)

ARCH["pro_beschut"] = dict(
    types=["pro"],
    uitstroom="arbeid: beschut werk (indicatie beschut werk aanvragen bij het UWV), sector logistiek/inpak",
    onderbouwing=("IQ 63 (SON-R 2023), ASS en een zwakke belastbaarheid. Op de interne stage in de inpakafdeling werkt {n} zorgvuldig maar "
                  "niet in productietempo (ca. 50%). Een reguliere baan zonder aanpassingen is daarom niet haalbaar; beschut werk past bij "
                  "het werknemersprofiel en de wens van {n}."),
    factors=[
        ("Belastbaarheid", "Na 3 uur werken sterk vermoeid; overprikkeld in lawaaiige ruimtes.", "Werkt zeer nauwkeurig en betrouwbaar."),
        ("Communicatie", "Vraagt geen hulp bij problemen.", "Houdt zich strikt aan afspraken."),
    ],
    behoeften=[
        "{n} heeft een rustige werkplek nodig met vaste taken en een vaste begeleider.",
        "{n} heeft werkdagen van hoogstens 4 uur nodig, met opbouw.",
    ],
    support=[
        ("Interne stage inpakafdeling met jobcoach", "jobcoach mw. F. Hazenberg", "3 ochtenden per week", "september 2025"),
        ("Aanvraag advies beschut werk bij het UWV voorbereiden met ouders", "stagecoördinator", "eenmalig, vóór 1 maart 2026", "januari 2026"),
    ],
    afwijkingen=("Het rooster is aangepast: {n} volgt 4 uur per dag (opbouw naar 5 uur in het voorjaar) op advies van de behandelaar; de leerplichtambtenaar heeft ingestemd."),
    doelen=[
        "In maart 2026 werkt {n} 4 uur achtereen op de interne stage met één pauze, 3 dagen per week.",
        "In juni 2026 meldt {n} een probleem op de werkplek zelf bij de jobcoach (observatie, 3 situaties).",
    ],
    adviezen=("De behandelaar (Autismecentrum Heerenslag) adviseert de opbouw in werkuren en een prikkelarme plek. De arbeidsdeskundige van het "
              "UWV zal de aanvraag beschut werk beoordelen; de school levert het werknemersprofiel aan."),
    inbreng=("{n} zei in het gesprek dat {hij} 'dozen inpakken fijn werk' vindt, maar niet in de grote hal wil werken vanwege het lawaai.",
             "De stageplek is daarom in de kleine inpakruimte gekozen, met gehoorbescherming."),
    klas="leerjaar 3 praktijkonderwijs",
)

ARCH["vso_arbeid"] = dict(
    types=["vso"],
    uitstroom="uitstroomprofiel arbeidsmarktgericht: betaald werk in de horeca (keukenmedewerker), met loonkostensubsidie",
    onderbouwing=("{n} functioneert op het niveau van een lichte verstandelijke beperking (IQ 66, WAIS-IV 2024). Lezen en rekenen liggen "
                  "op niveau groep 6. Op de stage bij Lunchroom Het Gouden Blad (2025) laat {n} zien dat {hij} keukentaken zelfstandig "
                  "uitvoert met een werkkaart. Het arbeidsmarktgerichte profiel met een baan in de horeca sluit aan bij deze resultaten."),
    factors=[
        ("Werknemersvaardigheden", "Heeft moeite met onverwachte drukte; raakt dan in de war.", "Punctueel en nauwkeurig; gemotiveerd voor koken."),
        ("Sociaal", "Beïnvloedbaar; gebruikt online soms onveilige contacten.", "Goed in samenwerken; vriendelijk naar gasten."),
        ("Thuis", "Vader woont in het buitenland; moeder werkt veel.", "Tante is actief betrokken bij stage en vervoer."),
    ],
    behoeften=[
        "{n} heeft een werkkaart met stappen per taak nodig en een vaste stagebegeleider.",
        "{n} heeft lessen nodig over veilig internetgebruik en geldzaken.",
    ],
    support=[
        ("Externe stage Lunchroom Het Gouden Blad", "stagebegeleider dhr. N. Overdijk", "3 dagen per week, stagebezoek 1 x per 2 weken", "1 september 2025"),
        ("Lessen burgerschap: geldzaken en online veiligheid", "mentor", "wekelijks 1 uur", "september 2025"),
        ("Praktijkexamen 'Werken in de keuken' (branchecertificaat)", "praktijkdocent horeca", "voorbereiding 2 x per week", "november 2025"),
    ],
    afwijkingen=None,
    doelen=[
        "In februari 2026 bereidt {n} zelfstandig 3 standaardgerechten volgens de werkkaart (beoordeling stagebieder).",
        "In juni 2026 haalt {n} het branchecertificaat 'Werken in de keuken'.",
        "In juni 2026 kan {n} een weekbudget van € 40 bijhouden in een kasboekje (praktijkopdracht mentor).",
    ],
    adviezen=("Commissie voor de begeleiding (CvB, 22 september 2025): adviseert het arbeidsmarktgerichte profiel en tijdig contact met het "
              "werkgeversservicepunt. Het contact is gelegd; een intake met de jobcoach van het UWV volgt in het voorjaar. De gedragswetenschapper "
              "adviseert extra lessen online veiligheid; die zijn toegevoegd."),
    inbreng=("{n} wil kok worden en later 'een eigen kamer met een vriendin'. {Hij} vindt de lessen rekenen 'kinderachtig'.",
             "Rekenen is vervangen door praktisch rekenen in de keuken (recepten, afwegen) en geldzaken; de stage in de keuken is uitgebreid van 2 naar 3 dagen."),
    klas="vso arbeid, leerjaar 4",
)

ARCH["vso_vervolg"] = dict(
    types=["vso"],
    uitstroom="uitstroomprofiel vervolgonderwijs: vmbo-gl diploma, daarna mbo niveau 3 (Sport en bewegen)",
    onderbouwing=("{n} volgt in het vso cluster 4 het vmbo-gl-programma. De cijfers in leerjaar 3 zijn voldoende (gemiddeld 6,6). Het "
                  "IQ is 96 (WISC-V, 2023). De gedragsproblemen (ADHD, ODD) zijn met begeleiding en behandeling sterk afgenomen. "
                  "Een diploma vmbo-gl en een vervolg op mbo-3 zijn daarom reëel."),
    factors=[
        ("Gedrag", "Reageert fel op kritiek; conflicten met medeleerlingen in de pauze.", "Kan na een conflict snel herstellen; sportief."),
        ("Leren", "Zwakke planning; schoolwerk blijft liggen.", "Slim; leert snel als de stof {hem} interesseert."),
        ("Thuis", "Broer in detentie; spanning thuis.", "Moeder houdt nauw contact met de mentor."),
    ],
    behoeften=[
        "{n} heeft een vaste coach nodig voor planning en examendossier.",
        "{n} heeft begeleiding nodig bij conflicten: time-out en herstelgesprek.",
    ],
    support=[
        ("Wekelijkse coaching examendossier en planning", "mentor mw. H. Fijnaut", "1 x per week 30 minuten", "1 september 2025"),
        ("Herstelgesprek na incidenten volgens het schoolprotocol", "gedragsdeskundige dhr. V. Mantel", "bij elk incident", "direct"),
        ("Oriëntatie mbo Sport en bewegen: 2 meeloopdagen", "decaan", "maart 2026", "maart 2026"),
    ],
    afwijkingen=None,
    doelen=[
        "In januari 2026 zijn alle PTA-onderdelen van periode 1 en 2 ingeleverd (examendossier).",
        "In april 2026 heeft {n} hoogstens 1 time-out per maand (registratie).",
        "Eind schooljaar heeft {n} een aanmelding bij een mbo Sport en bewegen gedaan.",
    ],
    adviezen=("De commissie voor de begeleiding (CvB, 1 september 2025) adviseert de coaching op het examendossier voort te zetten en de "
              "behandeling bij de jeugd-GGZ af te stemmen met de mentor. De behandelaar adviseert positieve feedback vóór kritiek; die "
              "werkwijze is in het team besproken en vastgelegd."),
    inbreng=("{n} wil 'gewoon een diploma zoals iedereen' en wil zelf {zijn} planning bijhouden in plaats van via de mentor.",
             "{n} houdt de planning zelf bij in een app; de mentor kijkt alleen op vrijdag mee. Het doel over het examendossier is met {n} geformuleerd."),
    klas="vso vmbo-gl, leerjaar 3",
)

ARCH["vso_dagbesteding"] = dict(
    types=["vso"],
    uitstroom="uitstroomprofiel dagbesteding: taakgerichte dagbesteding bij Zorgboerderij De Wilgenhoeve",
    onderbouwing=("{n} heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd ca. 5 jaar) en epilepsie. Op de interne en "
                  "externe stage (zorgboerderij, 2025) doet {n} met begeleiding eenvoudige taken bij de dieren. Zelfstandig werken of "
                  "betaald werk zijn niet haalbaar; taakgerichte dagbesteding past bij het niveau en de wensen."),
    factors=[
        ("Cognitief", "Ernstige verstandelijke beperking; beperkt taalbegrip.", "Leert vaste taken door herhaling."),
        ("Medisch", "Epilepsie; enkele aanvallen per maand.", "Epilepsieprotocol is bekend bij school en boerderij."),
        ("Sociaal-emotioneel", "Angstig in nieuwe situaties.", "Blij en ontspannen bij dieren."),
    ],
    behoeften=[
        "{n} heeft een voorspelbaar dagritme met foto's nodig en een begeleider die het epilepsieprotocol kent.",
        "{n} heeft een geleidelijke overgang naar de dagbesteding nodig.",
    ],
    support=[
        ("Stage op Zorgboerderij De Wilgenhoeve", "stagebegeleider mw. Y. Koopmans", "2 dagen per week, opbouw naar 3", "september 2025"),
        ("Training zelfredzaamheid (eten, aankleden, toilet)", "klassenassistent", "dagelijks", "direct"),
        ("Overdracht aan de dagbesteding (warme overdracht)", "mentor en orthopedagoog", "voorjaar 2026", "maart 2026"),
    ],
    afwijkingen=("{n} volgt de leerroute 'dagbesteding' van de ZML-leerlijnen; er is geen examenprogramma."),
    doelen=[
        "In december 2025 voert {n} de taak 'kippen voeren' met fotokaart uit, met alleen aanwijzingen op afstand.",
        "In juni 2026 gaat {n} 3 dagen per week naar de boerderij zonder angstreacties bij aankomst (registratie begeleider).",
    ],
    adviezen=("De commissie voor de begeleiding (CvB, 13 oktober 2025) onderschrijft het profiel dagbesteding en adviseert de overdracht "
              "in het voorjaar te starten. De neuroloog adviseert rust na een aanval en geen klimactiviteiten; dat staat in het protocol."),
    inbreng=("{n} heeft met foto's aangewezen dat {hij} het liefst bij de geiten werkt en dat de taxi 's ochtends 'te lang' is.",
             "De taken bij de geiten zijn de eerste doelen geworden; met de vervoerder is een kortere route afgesproken."),
    klas="vso ZML, uitstroomgroep",
)

# ---------------------------------------------------------------- generic / gap texts
GENERIC = {
    "uitstroombestemming": "Passend vervolgonderwijs, afhankelijk van de verdere ontwikkeling.",
    "onderbouwing": "De uitstroombestemming is gebaseerd op de gegevens uit het leerlingvolgsysteem en de indruk van het team.",
    "belemmerende_factoren": "De leerling heeft op sommige gebieden moeite.",
    "bevorderende_factoren": "De leerling heeft ook positieve kanten.",
    "ondersteuningsbehoefte": "De leerling heeft behoefte aan extra ondersteuning en een passende aanpak.",
    "ondersteuning": "De leerling krijgt ondersteuning die past bij zijn of haar onderwijsbehoeften, zowel binnen als buiten de groep.",
    "doelen": "De leerling ontwikkelt zich naar vermogen en gaat vooruit op alle gebieden.",
    "adviezen_professionals": "Er wordt rekening gehouden met de adviezen van externen.",
    "oogo": "Het plan is met de betrokkenen besproken.",
    "evaluatie": "Het plan wordt regelmatig geëvalueerd.",
    "informatie_rechten": "Voor vragen kunt u terecht bij de school.",
    "inbreng_leerling": "De leerling is betrokken bij het plan.",
}

GUIDANCE = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau in (bijv. vmbo-b, vmbo-k, vmbo-gt, havo, vwo, praktijkonderwijs; vso: vervolgonderwijs / arbeid / dagbesteding).",
    "onderbouwing": "Onderbouw de uitstroombestemming met toetsgegevens (LVS, DLE), intelligentiegegevens en de ontwikkeling in de afgelopen periode.",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren, op het gebied van leren, werkhouding, sociaal-emotioneel functioneren, gezondheid en thuissituatie.",
    "bevorderende_factoren": "Beschrijf hier de sterke kanten van de leerling en de factoren in school en thuis die de ontwikkeling bevorderen (beschermende factoren).",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'De leerling heeft ... nodig om ...'. Formuleer ze zo concreet mogelijk.",
    "ondersteuning": "Beschrijf per doel welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer. Vermeld ook de inzet van externen.",
    "afwijkingen_onderwijsprogramma": "Geef hier aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo ja, beschrijf de afwijking.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    "adviezen_professionals": "Noteer hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld de datum van het overleg met ouders en wie daarbij aanwezig waren.",
    "inbreng_leerling": "Beschrijf hier hoe de leerling is gehoord en wat er met de inbreng van de leerling is gedaan.",
    "evaluatie": "Vermeld hier de geplande evaluatiemomenten (minimaal één keer per schooljaar) en met wie geëvalueerd wordt.",
    "informatie_rechten": "Neem hier de standaardtekst over de rechten van ouders op.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "Klik of tik om tekst in te voeren.", "xxx"]

RIGHTS_TEXT = ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit ontwikkelingsperspectief: zonder uw instemming kan het "
               "handelingsdeel niet worden vastgesteld. Bent u het niet eens met (een deel van) het plan, bespreek dat dan eerst met "
               "{contact}. Komt u er samen niet uit, dan kunt u advies vragen aan het ouder- en jeugdsteunpunt van {swv} of aan een "
               "onderwijsconsulent (gratis, via onderwijsconsulenten.nl). U kunt binnen zes weken na de vaststelling een geschil "
               "voorleggen aan de Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).")
RIGHTS_TEXT_ADULT = ("Je bent meerderjarig en beslist zelf over het handelingsdeel van dit plan: zonder jouw instemming kan het niet worden "
                     "vastgesteld. Ben je het er niet mee eens, bespreek het dan met {contact}. Je kunt ook gratis hulp vragen bij een "
                     "onderwijsconsulent of het steunpunt van {swv}. Binnen zes weken na de vaststelling kun je een geschil voorleggen "
                     "aan de Geschillencommissie passend onderwijs.")
RIGHTS_PARTIAL = "Heeft u vragen over dit plan? Neem dan contact op met {contact}."
