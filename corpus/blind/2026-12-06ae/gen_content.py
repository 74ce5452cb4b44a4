# -*- coding: utf-8 -*-
"""Content pools for the blind OPP set (all names, schools and places invented)."""

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def dshort(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def addm(d, months, day=None):
    y, m, dd = d
    m0 = m - 1 + months
    y += m0 // 12
    m = m0 % 12 + 1
    return (y, m, min(day or dd, 28))


def monthyear(d):
    return f"{MONTHS[d[1]-1]} {d[0]}"


BOYS = ["Daan", "Sem", "Milan", "Yusuf", "Jayden", "Thijs", "Bram", "Noah", "Rayan", "Luuk", "Stijn",
        "Mees", "Tygo", "Kerem", "Jurre", "Owen", "Ilias", "Gijs", "Hidde", "Senna"]
GIRLS = ["Lotte", "Noor", "Sara", "Fenna", "Yara", "Mila", "Isa", "Hira", "Jasmijn", "Evi", "Liv",
         "Nova", "Roos", "Imane", "Saar", "Femke", "Zoë", "Lieke", "Amira", "Tess"]
SURN = ["Verhoeckx", "Brandsma", "El Idrissi", "Kooijmans", "van Dorsten", "Hazenberg", "Tuinstra",
        "Yıldırım", "de Wolff", "Oosterhuis", "Pranger", "Bakkenes", "Lammerts", "Ouwerkerk", "Scholtmeijer",
        "Hoogendijk", "van Aalst", "Mertens", "Boukhari", "Veldkamp", "Dijkgraaf", "Nieuwhof", "Rietveld",
        "Smeenk", "van Kampenhout", "Wijnbergen", "Zandstra", "Terpstra", "de Graaf-Ramdin", "Kolkman"]
ADULT_F = ["Marieke", "Sanne", "Fatima", "Anouk", "Esther", "Naima", "Karin", "Ilse", "Petra", "Ayşe",
           "Judith", "Miriam", "Linda", "Wendy"]
ADULT_M = ["Karim", "Jeroen", "Mehmet", "Ruud", "Bas", "Erik", "Hamza", "Pieter", "Dennis", "Martijn",
           "Rob", "Tarik", "Wouter", "Arjan"]
PLACES = ["Lindervoort", "Kranenbroek", "Hessendam", "Ommerloo", "Westerlinde", "Brakelveen", "Zuiderveen",
          "Marslo", "Holterwijk", "Dreveland", "Oudekerspel", "Veenhorst", "Ravensloot", "Eemkerke"]
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs {p} e.o.",
       "sbo": "Samenwerkingsverband PO {p} en Omstreken",
       "so": "Samenwerkingsverband Passend Primair Onderwijs {p} e.o.",
       "vo": "Samenwerkingsverband VO {p}-Noord",
       "pro": "Samenwerkingsverband VO {p}-Noord",
       "vso": "Samenwerkingsverband Voortgezet Onderwijs {p} en Kempenrand"}
SCHOOLS = {
    "po": ["OBS De Klimboom", "CBS Het Kompas", "Basisschool De Regenboog-Oost", "IKC De Vlieger",
           "Montessorischool De Zonnewijzer", "Daltonschool De Brug", "RKBS Sint-Joris", "OBS Het Palet"],
    "sbo": ["SBO De Wegwijzer", "SBO Het Baken", "Speciale basisschool De Sprong", "SBO De Horizon-West"],
    "so": ["SO De Kasteelhof (cluster 4)", "Mytylschool De Vaart", "SO De Stapsteen", "ZML-school De Notenboom"],
    "vo": ["Lindenborch College", "Het Drevelands Lyceum", "Scholengemeenschap De Meerval",
           "Ravensloot College vmbo"],
    "pro": ["Praktijkschool De Werf", "Praktijkonderwijs Het Ambacht", "PrO De Steiger"],
    "vso": ["VSO De Kasteelhof", "VSO De Notenboom", "VSO Het Startpunt", "VSO De Brugwachter"],
}

# Pupil profiles. {n}=first name, {hij}/{Hij}/{zijn}/{Zijn}/{hem} pronouns.
PROFILES = {}

PROFILES["po_a"] = dict(
    st="po", klas="groep 6", age=10,
    uitstroom="vmbo basisberoepsgerichte of kaderberoepsgerichte leerweg, mogelijk met leerwegondersteuning (lwoo)",
    opts=["praktijkonderwijs", "vmbo-basis (met lwoo)", "vmbo-kader (met lwoo)", "vmbo-gt", "havo", "vwo"], sel=[1, 2],
    onderbouwing=[
        "Uit het intelligentieonderzoek (WISC-V, {adv1}) blijkt een totaal-IQ van 86 met een zwakke werkgeheugenindex (78) en een gemiddelde verbaal-begripsindex (97).",
        "Op rekenen ligt {n} ongeveer anderhalf jaar achter: DLE rekenen-wiskunde 31 bij een DL van 48 (leerrendement ca. 65%). Technisch lezen en spelling liggen op niveau III/IV. Begrijpend lezen is voldoende (niveau III).",
        "{n} heeft groep 3 gedoubleerd. Sinds groep 5 werkt {hij} met een eigen leerlijn rekenen. Gezien de groei van de afgelopen twee jaar verwachten we een eindniveau rekenen rond 1F en taal rond 1F/2F, passend bij vmbo-basis/kader.",
    ],
    domains=[
        ("Leren / cognitief", ["Zwak werkgeheugen: instructie met meerdere stappen raakt {hij} kwijt.", "Rekenachterstand (automatiseren tafels en breuken)."],
         ["Goede mondelinge taalvaardigheid en woordenschat.", "Leest graag informatieve boeken."],
         ["Instructie in kleine stappen met een stappenkaart.", "Dagelijks korte automatiseringsoefening."]),
        ("Werkhouding", ["Raakt snel ontmoedigd bij fouten; stopt dan met werken."],
         ["Wil graag goed doen en vraagt om hulp als het veilig voelt.", "Houdt zich goed aan afspraken over weektaak."],
         ["Vooraf weten wat er van {hem} verwacht wordt; succeservaringen benoemen."]),
        ("Sociaal-emotioneel", ["Faalangst bij toetsen (rekenen)."],
         ["Heeft twee vaste vriendjes in de klas; wordt gewaardeerd in de groep."],
         ["Toetsen in een rustige ruimte, zonder tijdsdruk."]),
        ("Thuissituatie", ["Ouders hebben weinig tijd voor oefenen door onregelmatige werktijden."],
         ["Betrokken ouders die contact met school onderhouden; oudere zus helpt met huiswerk."],
         ["Korte, haalbare thuisoefeningen (Rekentuin 10 min.)."]),
    ],
    handel=[
        ("Rekenen", "Eind januari beheerst {n} de tafels 1 t/m 10 binnen 3 seconden per som (90% goed op de tafeltoets).", "Verlengde instructie aan de instructietafel; automatiseren met Rekentuin", "leerkracht", "4x per week, 15 min."),
        ("Rekenen", "Eind schooljaar rekent {n} plus- en minsommen tot 1000 met rijgen, 80% goed (methodetoets eigen leerlijn).", "Eigen leerlijn (methode groep 5 blok 8 t/m groep 6 blok 4), RT in groepje van 3", "onderwijsassistent", "2x per week, 30 min."),
        ("Werkhouding", "Eind periode 1 gebruikt {n} de stappenkaart zelfstandig bij 4 van de 5 rekenlessen (observatie leerkracht).", "Stappenkaart op tafel, check-in na de instructie", "leerkracht", "dagelijks"),
        ("Sociaal-emotioneel", "Voor de toetsweek in februari kan {n} twee eigen strategieën noemen om rustig te blijven.", "Faalangstreductietraining 'Ik durf!' in groepje", "intern begeleider", "8 bijeenkomsten, wekelijks"),
    ],
    afw="{n} volgt voor rekenen een eigen leerlijn. Het einddoel voor rekenen aan het eind van groep 8 is referentieniveau 1F (in plaats van 1S). {n} heeft geen toetsen van de groepsmethode rekenen maar de toetsen van de eigen leerlijn. Voor de andere vakken volgt {n} het groepsprogramma.",
    adviezen=[("GZ-psycholoog, M. Rijnders (Praktijk Leerkracht & Kind)", -5, "Instructie in kleine stappen; werkgeheugen ontlasten met visuele ondersteuning; faalangst begeleiden.", "Stappenkaart en visuele schema's ingevoerd; faalangsttraining gestart (zie handelingsdeel)."),
              ("Orthopedagoog SWV, drs. E. Landsheer", -2, "Eigen leerlijn rekenen voortzetten, einddoel 1F; ouders betrekken bij automatiseren.", "Eigen leerlijn vastgelegd; thuisoefening Rekentuin afgesproken.")],
    inbreng=("{n} vertelt dat rekenen 'moeilijk maar wel leuker' is sinds {hij} in het groepje werkt. {Hij} wil liever niet bij de instructietafel zitten als de hele klas kijkt en wil graag zelf bijhouden hoeveel tafels {hij} al kent.",
             "Daarom is afgesproken dat de verlengde instructie plaatsvindt als de groep zelfstandig werkt, en houdt {n} een eigen tafelkaart bij (zie handelingsdeel, doel 1)."),
)

PROFILES["po_b"] = dict(
    st="po", klas="groep 7", age=11,
    uitstroom="vmbo gemengde/theoretische leerweg (vmbo-gt)",
    opts=["praktijkonderwijs", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo"], sel=[3],
    onderbouwing=[
        "De LVS-resultaten laten een stabiel beeld zien op niveau II/III (rekenen I/II, begrijpend lezen II). Het NIO-onderzoek ({adv1}) gaf een totaalscore van 103.",
        "Door concentratieproblemen (ADHD, gediagnosticeerd in 2023) komen de resultaten onder druk te staan bij langere taken. Met de huidige begeleiding laat {n} weer groei zien. Wij verwachten daarom vmbo-gt, met kans op havo als de werkhouding verder verbetert.",
    ],
    domains=[
        ("Leren", ["Kan zich moeilijk langer dan 10 minuten concentreren op schriftelijk werk."], ["Snel van begrip, sterk in rekenen."], ["Taken opgeknipt in blokjes van 10 minuten met een timer."]),
        ("Gedrag / werkhouding", ["Impulsief; reageert fel bij conflicten op het plein."], ["Reageert goed op een vaste volwassene en op complimenten.", "Sportief, neemt graag verantwoordelijkheid (klassendienst)."], ["Een vaste afspraak voor time-in bij de onderwijsassistent; voorspelbare overgangen."]),
        ("Medisch", ["Gebruikt medicatie (methylfenidaat); 's middags minder effect."], ["Goede samenwerking ouders en kinderarts."], ["Moeilijke vakken zo veel mogelijk in de ochtend."]),
    ],
    handel=[
        ("Werkhouding", "Eind december werkt {n} bij zelfstandig werken 3 blokjes van 10 minuten achter elkaar af (gemeten met weektaakkaart, 4 van 5 dagen).", "Weektaak in blokjes, timer, korte beweegpauze", "leerkracht", "dagelijks"),
        ("Sociaal gedrag", "Voor de meivakantie lost {n} conflicten op het plein op zonder fysiek geweld: maximaal 1 incident per maand (registratie pleinwacht).", "Plein-afspraken, dagelijks nagesprek met de onderwijsassistent", "onderwijsassistent", "dagelijks 5 min."),
        ("Begrijpend lezen", "Eind schooljaar haalt {n} op de LVS-toets begrijpend lezen minimaal niveau III.", "Strategie 'voorspellen en samenvatten' in kleine groep", "leerkracht", "2x per week, 20 min."),
    ],
    afw=None,
    adviezen=[("Kinderarts, dr. P. Vermaas (Ziekenhuis Lindervoort)", -8, "Medicatie 's ochtends; moeilijke taken vroeg op de dag plannen.", "Rooster aangepast: taal en rekenen in de ochtend."),
              ("Gedragsspecialist SWV, J. Koenraads", -3, "Time-in in plaats van time-out; vaste contactpersoon.", "Vaste onderwijsassistent als contactpersoon; time-in-afspraken op papier gezet.")],
    inbreng=("{n} zegt dat {hij} de timer fijn vindt, 'dan weet ik wanneer ik klaar ben'. {Hij} wil niet dat de hele klas ziet dat {hij} naar de onderwijsassistent gaat.",
             "Daarom gebruikt {n} een afgesproken kaartje op tafel in plaats van het te zeggen, en gaat {hij} in de pauze (niet tijdens de les) naar het nagesprek."),
)

PROFILES["sbo_a"] = dict(
    st="sbo", klas="groep 8 (stamgroep Zeearend)", age=12,
    uitstroom="praktijkonderwijs",
    opts=["praktijkonderwijs", "vmbo-basis met lwoo", "vmbo-kader met lwoo", "vmbo-gt"], sel=[0],
    onderbouwing=[
        "Uit het psychologisch onderzoek ({adv1}) komt een totaal-IQ van 72 (WISC-V) met een disharmonisch profiel (verbaal 79, visueel-ruimtelijk 70).",
        "De leerrendementen over de laatste drie jaar liggen tussen 40% en 55%: DLE begrijpend lezen 22, rekenen 24, technisch lezen 30 (bij een DL van 58). Dit past bij de criteria voor praktijkonderwijs van het samenwerkingsverband.",
        "{n} leert het beste door te doen en laat in de praktijklessen (koken, techniek) veel zelfstandigheid zien.",
    ],
    domains=[
        ("Cognitief", ["Beperkt abstractievermogen; verwerkt talige informatie langzaam."], ["Sterk praktisch inzicht; leert goed van voordoen."], ["Concreet materiaal en voordoen-nadoen; korte instructie."]),
        ("Taal / lezen", ["Technisch lezen op AVI-E5, begrijpend lezen op eind groep 4."], ["Leest graag strips; goed mondeling vertellen."], ["Teksten met voorleessoftware (Kurzweil)."]),
        ("Sociaal-emotioneel", ["Trekt zich terug bij drukte; zegt weinig in de groep."], ["Behulpzaam; zorgt goed voor jongere kinderen."], ["Een rustige werkplek en een vaste maatje-afspraak."]),
        ("Thuis", ["Twee adressen (co-ouderschap), spullen soms op het verkeerde adres."], ["Beide ouders betrokken en bereikbaar."], ["Agenda en tas-checklist voor beide adressen."]),
    ],
    handel=[
        ("Rekenen (praktisch)", "Eind maart kan {n} met geld tot € 50 afrekenen en teruggeven (praktijktoets winkeltje, 4 van 5 goed).", "Rekenen in de praktijkles winkel, eigen leerlijn praktisch rekenen", "leerkracht en onderwijsassistent", "3x per week"),
        ("Lezen", "Eind schooljaar leest {n} AVI-M5 beheerst.", "Connect-lezen en duolezen", "onderwijsassistent", "4x per week, 15 min."),
        ("Zelfstandigheid", "Voor de kerstvakantie plant {n} met de dagplanner zelf de volgorde van 3 taken (3 van 4 dagen).", "Dagplanner met pictogrammen, dagelijkse evaluatie", "leerkracht", "dagelijks"),
        ("Overstap VO", "Voor 1 maart heeft {n} twee praktijkscholen bezocht en kan {hij} zeggen welke {hij} kiest en waarom.", "Schoolbezoeken met ouder en leerkracht; overstapgesprek", "intern begeleider", "februari"),
    ],
    afw="{n} werkt voor rekenen, begrijpend lezen en spelling op eigen leerlijnen (einddoel eind groep 8: rekenen en taal op het niveau van eind groep 5 / onder 1F). Voor Engels heeft {n} een aangepast programma (alleen mondeling).",
    adviezen=[("Psycholoog SBO, drs. H. Bekkering", -4, "Leren via doen; talige belasting verminderen; uitstroom praktijkonderwijs onderzoeken.", "Praktijklessen uitgebreid, voorleessoftware ingezet, oriëntatie op praktijkonderwijs gepland."),
              ("Logopedist, A. Veenstra (Logopediepraktijk Hessendam)", -6, "Taalbegrip ondersteunen met visuele middelen en korte zinnen.", "Leerkrachten gebruiken picto's en controleren begrip na instructie.")],
    inbreng=("{n} wil 'later iets met auto's of in de keuken'. {Hij} vindt lezen saai maar wil wel graag zelf ondertitels kunnen lezen.",
             "Daarom kiezen we leesteksten over auto's en koken, en is het bezoek aan de praktijkschool met de afdeling voertuigentechniek als eerste gepland."),
)

PROFILES["so_c4"] = dict(
    st="so", klas="groep Libellen (middenbouw, cluster 4)", age=9,
    uitstroom="vso cluster 4, uitstroomprofiel vervolgonderwijs (richting vmbo-kader); terugplaatsing naar het regulier onderwijs is op dit moment niet haalbaar",
    opts=["regulier basisonderwijs", "sbo", "vo regulier", "vso profiel vervolgonderwijs", "vso profiel arbeidsmarktgericht", "vso profiel dagbesteding"], sel=[3],
    onderbouwing=[
        "{n} heeft een gemiddelde intelligentie (TIQ 94, {adv1}). De leerresultaten liggen ongeveer een jaar achter (DLE 20 bij DL 30), vooral door de gedragsproblemen en de periode thuiszitten in 2024.",
        "Sinds de plaatsing op onze school laat {n} leergroei zien (leerrendement afgelopen halfjaar 80%). De gedragsregulatie vraagt nog intensieve begeleiding in een kleine groep; daarom verwachten we vso met profiel vervolgonderwijs.",
    ],
    domains=[
        ("Gedrag", ["Heftige boosheidsbuien bij onverwachte veranderingen (2-3x per week).", "Moeite met het accepteren van gezag van invallers."], ["Kan na een bui goed terugkijken; wil het graag goed maken."], ["Voorspelbare dag met dagritmekaart; wijzigingen vooraf aankondigen."]),
        ("Leren", ["Achterstand door schoolverzuim in 2024."], ["Goed in rekenen en techniek; nieuwsgierig."], ["Instructie 1-op-1 of in tweetal; veel herhaling."]),
        ("Sociaal", ["Weinig vriendschappen; conflicten in vrije situaties."], ["Kan goed samenwerken met één vaste klasgenoot."], ["Begeleide pauzes en samenwerkopdrachten in tweetallen."]),
        ("Thuis en zorg", ["Gezin onder begeleiding van jeugdhulp (gezinsbehandeling)."], ["Moeder zeer betrokken; goede afstemming met behandelaar."], ["Maandelijks overleg school - jeugdhulp - ouder."]),
    ],
    handel=[
        ("Gedrag", "Voor de voorjaarsvakantie gebruikt {n} bij boosheid de afgesproken rustplek zelf, in 3 van de 4 situaties (registratie groepsleerkracht).", "Rustplek, signaleringsplan, nagesprek", "groepsleerkracht en pedagogisch medewerker", "dagelijks"),
        ("Rekenen", "Eind periode 2 beheerst {n} de leerstof van groep 5 blok 1 t/m 4 (methodetoetsen 80% goed).", "Instructie in tweetal, extra inoefening op tablet", "groepsleerkracht", "dagelijks 45 min."),
        ("Sociaal", "Eind schooljaar speelt {n} in 4 van de 5 pauzes zonder conflict waarbij een volwassene moet ingrijpen.", "Begeleide pauze, Rots en Water-training", "gymdocent / pedagogisch medewerker", "wekelijks training, dagelijks pauze"),
    ],
    afw="{n} volgt een aangepast rooster: op woensdag gaat {hij} om 12.00 uur naar huis in verband met behandeling bij de jeugd-GGZ. Het programma voor wereldoriëntatie is verkort (50% van de lessen) ten gunste van extra inoefening rekenen en taal.",
    adviezen=[("Kinder- en jeugdpsychiater, dr. S. Oudejans (Jeugd-GGZ Kranenbroek)", -7, "Voorspelbaarheid en vaste begeleiders; signaleringsplan gebruiken.", "Signaleringsplan opgesteld en in de klas en thuis in gebruik.")],
    cvb=("De commissie voor de begeleiding adviseert het OPP vast te stellen met uitstroomprofiel vervolgonderwijs en over een half jaar te bezien of de rustplek nog nodig is.", "Het advies is overgenomen; het OPP is ongewijzigd vastgesteld."),
    inbreng=("{n} zegt dat {hij} het fijn vindt om 's ochtends eerst op de dagritmekaart te kijken. {Hij} wil liever niet naar de rustplek 'waar iedereen het ziet'.",
             "Daarom is de rustplek verplaatst naar de hoek achter de kast en mag {n} zelf met een kaartje aangeven dat {hij} daarheen gaat (zie doel gedrag)."),
)

PROFILES["so_c3"] = dict(
    st="so", klas="groep Merels (ZML, bovenbouw)", age=11,
    uitstroom="vso, uitstroomprofiel arbeidsmarktgericht (richting beschut werk)",
    opts=["vso profiel vervolgonderwijs", "vso profiel arbeidsmarktgericht", "vso profiel dagbesteding"], sel=[1],
    onderbouwing=[
        "{n} heeft een verstandelijke beperking (TIQ 58, SON-R, {adv1}). Het ontwikkelingsniveau voor rekenen en lezen ligt rond eind groep 3 / midden groep 4 (leerlijnen ZML, niveau 3-4).",
        "{n} werkt zelfstandig aan eenvoudige praktische taken en volgt routines goed. Op grond daarvan en van de ontwikkeling in de afgelopen drie jaar verwachten we het profiel arbeidsmarktgericht.",
    ],
    domains=[
        ("Communicatie", ["Spreekt in korte zinnen; begrijpt lange instructies niet."], ["Gebruikt picto's vaardig; maakt goed contact."], ["Instructie in één stap tegelijk met picto's."]),
        ("Praktische redzaamheid", ["Heeft hulp nodig bij het klokkijken en plannen."], ["Zorgvuldig en nauwkeurig in sorteer- en inpaktaken."], ["Werkkaarten met stappen in foto's."]),
        ("Motoriek", ["Fijne motoriek zwak (knopen, schrijven)."], ["Goede grove motoriek; sportief."], ["Aangepast schrijfmateriaal; typen op tablet."]),
    ],
    handel=[
        ("Lezen", "Eind schooljaar leest {n} 30 functionele woorden (pictogrammen en opschriften) zelfstandig (leerlijn ZML lezen, niveau 4).", "Dagelijkse oefening functionele woorden", "groepsleerkracht", "dagelijks 10 min."),
        ("Rekenen / klok", "Voor de zomervakantie kan {n} de hele en halve uren op de analoge klok aflezen (8 van 10 goed).", "Klokoefeningen bij dagprogramma", "onderwijsassistent", "3x per week"),
        ("Werken", "Eind periode 2 voert {n} een inpaktaak van 4 stappen zelfstandig uit met de werkkaart, 15 minuten lang.", "Praktijkles werken, werkkaarten", "praktijkdocent", "2x per week"),
    ],
    afw="{n} volgt de leerlijnen ZML (CED-groep) in plaats van de kerndoelen basisonderwijs voor rekenen, taal en lezen. Er is geen Engels.",
    adviezen=[("Fysiotherapeut, L. Broekema", -5, "Fijne motoriek oefenen; schrijven vervangen door typen waar het kan.", "Tablet met toetsenbord ingezet; fijne motoriek in de gymles.")],
    cvb=("De commissie voor de begeleiding adviseert het uitstroomprofiel arbeidsmarktgericht en de praktijklessen werken uit te breiden.", "Het advies is overgenomen: praktijkles werken van 1 naar 2 keer per week."),
    inbreng=("In het gesprek met picto's liet {n} zien dat {hij} het liefst 'met dozen werken' en 'buiten' is. {Hij} vindt schrijven moeilijk en 'pijn aan de hand'.",
             "Daarom krijgt {n} vaker de praktijkles werken en mag {hij} typen in plaats van schrijven."),
)

PROFILES["vo_a"] = dict(
    st="vo", klas="leerjaar 2 vmbo-kader (klas 2K3)", age=14,
    uitstroom="vmbo-kader diploma, profiel Zorg en Welzijn; daarna mbo niveau 3",
    opts=["praktijkonderwijs", "vmbo-basis", "vmbo-kader", "vmbo-gt", "havo", "vwo"], sel=[2],
    onderbouwing=[
        "Het advies van de basisschool was vmbo-kader. In leerjaar 1 en het eerste rapport van leerjaar 2 haalde {n} voldoendes op kaderniveau (gemiddeld 6,4; wiskunde 5,8).",
        "Uit onderzoek ({adv1}) blijkt een gemiddelde intelligentie met een hoog verbaal profiel en een diagnose autismespectrumstoornis. Bij structuur en voorspelbaarheid presteert {n} naar vermogen; de overgang naar leerjaar 3 vraagt extra aandacht.",
    ],
    domains=[
        ("Leren", ["Moeite met plannen van huiswerk en toetsen.", "Onvoldoende voor wiskunde door faalangst bij toetsen."], ["Sterk in talen en biologie; goede werkhouding in de les."], ["Planning in de agenda met de mentor; toetsen in een aparte ruimte."]),
        ("Communicatie / sociaal", ["Raakt overprikkeld in drukke gangen en de aula.", "Begrijpt grapjes en figuurlijk taalgebruik soms verkeerd."], ["Eerlijk en betrokken; heeft één goede vriendin in de klas."], ["Eerder lokaal in- en uitgaan; pauze in het stiltelokaal."]),
        ("Thuis", ["Lange reistijd (40 minuten fietsen)."], ["Ouders zeer betrokken; vaste huiswerkplek thuis."], ["Wekelijks contact mentor-ouders via e-mail."]),
    ],
    handel=[
        ("Plannen", "Eind periode 2 heeft {n} elke week alle huiswerk van de studiewijzer in de agenda gepland (controle mentor, 8 van de 9 weken).", "Wekelijks planningsgesprek", "mentor", "1x per week, 15 min."),
        ("Wiskunde", "{n} haalt in periode 3 een voortschrijdend gemiddelde van minimaal 5,5 voor wiskunde.", "Steunles wiskunde en faalangstreductie", "docent wiskunde / zorgcoördinator", "1x per week"),
        ("Prikkels", "Voor de kerstvakantie gebruikt {n} zelf de time-outkaart als het te druk wordt, in plaats van weg te lopen (registratie mentor).", "Time-outkaart, rustruimte bij de ondersteuningscoördinator", "ondersteuningscoördinator", "dagelijks beschikbaar"),
    ],
    afw=None,
    adviezen=[("Psycholoog, drs. A. Stellingwerf (Autismeteam Lindervoort)", -6, "Voorspelbaarheid, vaste contactpersoon, prikkelarme pauzeplek.", "Mentor als vaste contactpersoon; pauze in het stiltelokaal; eerder lokaalwissel."),
              ("Ambulant begeleider SWV, R. Takens", -2, "Faalangsttraining en toetsen in een aparte ruimte.", "Toetsen in de ondersteuningsruimte; training 'Sterk op toets' gestart.")],
    inbreng=("{n} wil graag naar de zorg ('iets met baby's of ouderen'). {Hij} vindt de pauze het moeilijkste deel van de dag en wil niet steeds naar de rustruimte hoeven te lopen langs de aula.",
             "Daarom is het stiltelokaal naast het eigen lokaal ingericht als pauzeplek, en is de snuffelstage in de kinderopvang naar voren gehaald (leerjaar 2 in plaats van 3)."),
)

PROFILES["vo_b"] = dict(
    st="vo", klas="havo 3 (klas H3B)", age=15,
    uitstroom="havo-diploma (profiel Economie en Maatschappij), daarna hbo",
    opts=["vmbo-gt", "havo", "vwo"], sel=[1],
    onderbouwing=[
        "{n} heeft een havo/vwo-advies gekregen en is in havo 1 en 2 steeds bevorderd. Uit het dyslexieonderzoek ({adv1}) blijkt ernstige, enkelvoudige dyslexie; de intelligentie is bovengemiddeld (TIQ 112).",
        "Sinds de angstklachten in havo 2 is het verzuim opgelopen tot 18%. De cijfers (gemiddeld 6,6) laten zien dat havo haalbaar is als de aanwezigheid verbetert.",
    ],
    domains=[
        ("Leren", ["Ernstige dyslexie: langzaam lezen, veel spelfouten bij Frans en Duits.", "Lesuitval door verzuim."], ["Sterk analytisch; goed in economie en wiskunde."], ["Digitale toetsen met voorleessoftware en 20% tijdverlenging."]),
        ("Sociaal-emotioneel", ["Angst- en paniekklachten, vooral 's ochtends bij het naar school gaan."], ["Open over de klachten; zit in behandeling."], ["Zachte landing: eerste uur bij de begeleider starten."]),
    ],
    handel=[
        ("Aanwezigheid", "Eind periode 2 is het verzuim gedaald tot onder 8% (registratie Magister).", "Zachte landing, verzuimoverleg met jeugdarts", "mentor / jeugdarts", "dagelijks; verzuimoverleg 1x per maand"),
        ("Talen", "{n} haalt in periode 3 voor Frans minimaal een 5,5 met de dyslexiefaciliteiten.", "Mondelinge overhoringen in plaats van schriftelijke, Claroread", "docent Frans", "per toets"),
    ],
    afw="{n} heeft een vrijstelling voor Duits (op grond van de dyslexieverklaring; vervangend vak: extra uur economie) en volgt in periode 1 en 2 een aangepast rooster zonder het eerste lesuur.",
    adviezen=[("Behandelaar angststoornis, drs. K. Idema (GGZ Eemkerke)", -3, "Geleidelijke opbouw van aanwezigheid; geen strafmaatregelen bij verzuim in de opbouwfase.", "Rooster in fasen opgebouwd; verzuim besproken in het verzuimoverleg, niet gesanctioneerd."),
              ("Jeugdarts GGD, dr. W. Hulshof", -1, "Zachte landing en wekelijkse afstemming met behandelaar.", "Zachte landing ingevoerd; mentor en behandelaar stemmen wekelijks af.")],
    inbreng=("{n} zegt dat vooral de eerste minuten in een volle klas het ergst zijn. {Hij} wil geen 'speciale behandeling' waar de klas bij is.",
             "Daarom begint {n} bij de begeleider en komt {hij} na de start van de les binnen; faciliteiten worden niet in de klas besproken."),
)

PROFILES["pro_a"] = dict(
    st="pro", klas="leerjaar 3 (stage-oriëntatie)", age=15,
    uitstroom="arbeid: regulier werk in de groenvoorziening, met een Entree-opleiding (mbo niveau 1) of branchecertificaat Groen",
    opts=["arbeid (regulier)", "arbeid met ondersteuning / beschut werk", "mbo Entree (niveau 1)", "mbo niveau 2", "dagbesteding"], sel=[0, 2],
    onderbouwing=[
        "{n} heeft een IQ van 74 (WISC-V, {adv1}) en leerachterstanden van meer dan drie jaar bij instroom. In de praktijkvakken groen en techniek scoort {n} goed tot zeer goed (beoordeling interne stage: 'zelfstandig en nauwkeurig').",
        "Taal en rekenen liggen op niveau 1F voor rekenen en onder 1F voor lezen. Met ondersteuning is een branchecertificaat haalbaar; een volledige Entree-opleiding is mogelijk als het lezen verder groeit.",
    ],
    domains=[
        ("Werkvaardigheden", ["Heeft moeite met op tijd komen en afmelden bij ziekte."], ["Werkt hard, lichamelijk sterk, zorgvuldig met gereedschap."], ["Duidelijke werkafspraken, afmeldprotocol oefenen."]),
        ("Taal / rekenen", ["Leest onder 1F; werkbriefjes lezen kost moeite."], ["Rekent praktisch goed (meten, hoeveelheden)."], ["Werkopdrachten met foto's; voorleesfunctie op telefoon."]),
        ("Sociaal", ["Laat zich snel meeslepen door klasgenoten."], ["Goede band met de stagebegeleider; behulpzaam."], ["Stageplek buiten de eigen vriendengroep; vaste begeleider."]),
    ],
    handel=[
        ("Stage", "Eind periode 3 voert {n} op de interne stage groen 5 taken zelfstandig uit volgens de werkkaart (beoordeling stagebegeleider 'voldoende' of hoger).", "Interne stage groen, werkkaarten met foto's", "stagebegeleider", "2 dagdelen per week"),
        ("Werknemersvaardigheden", "Voor de zomervakantie meldt {n} zich bij ziekte zelf telefonisch af vóór 8.15 uur (10 van 10 keer).", "Afmeldprotocol oefenen, rollenspel", "mentor", "wekelijks in het mentoruur"),
        ("Lezen", "Eind schooljaar leest {n} een werkinstructie van 10 zinnen en voert die zonder hulp uit.", "Leesprogramma 'Lezen voor het werk'", "docent Nederlands", "3x per week"),
    ],
    afw="{n} volgt het individuele programma van het praktijkonderwijs met 2 dagdelen interne stage; Engels is vervangen door extra praktijkles groen.",
    adviezen=[("Orthopedagoog PrO, drs. T. Wassenaar", -4, "Werkkaarten met foto's; leesondersteuning met spraaksoftware.", "Werkkaarten gemaakt voor alle groentaken; voorleesapp op de schooltelefoon."),
              ("Jobcoach gemeente Ommerloo, F. Dekkers", -1, "Oriëntatie op beschut werk niet nodig; regulier werk met begeleiding is realistisch.", "Uitstroomprofiel regulier werk gehandhaafd; oriëntatie bij twee hoveniersbedrijven.")],
    inbreng=("{n} wil 'hovenier worden, niet binnen zitten'. {Hij} vindt de werkkaarten handig maar wil niet dat de stagebegeleider steeds naast {hem} staat.",
             "Daarom werkt {n} nu met een vast check-moment om 10.00 en 14.00 uur in plaats van doorlopend toezicht."),
)

PROFILES["vso_arb"] = dict(
    st="vso", klas="VSO arbeidstoeleiding, leerjaar 4", age=17,
    uitstroom="uitstroomprofiel arbeidsmarktgericht: betaald werk in de logistiek (orderpicker), eventueel met loonkostensubsidie",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], sel=[1],
    onderbouwing=[
        "{n} heeft een licht verstandelijke beperking (TIQ 67, {adv1}). In de externe stage bij een distributiecentrum functioneert {n} op het niveau van een beginnend medewerker (stagebeoordeling: 'voldoende tot goed').",
        "Taal en rekenen liggen rond 1F (rekenen) en onder 1F (lezen). {n} heeft de certificaten Heftruck (intern) en VCA-basis gehaald. Dit maakt werk in de logistiek haalbaar.",
    ],
    domains=[
        ("Werknemersvaardigheden", ["Vraagt niet om hulp als {hij} iets niet snapt."], ["Betrouwbaar, altijd op tijd, gemotiveerd."], ["Vaste werkbegeleider en dagelijks kort evaluatiemoment."]),
        ("Zelfredzaamheid", ["Reist nog niet zelfstandig met de trein."], ["Fietst zelfstandig naar de stage (8 km)."], ["Reistraining ov."]),
        ("Wonen en vrije tijd", ["Weinig sociale contacten buiten school."], ["Lid van de voetbalclub (G-team)."], ["Oriëntatie op vrijetijdsactiviteiten met leeftijdgenoten."]),
    ],
    handel=[
        ("Stage / werk", "Eind periode 2 werkt {n} 3 dagen per week 6 uur op de stage met een beoordeling 'voldoende' op alle werknemersvaardigheden.", "Externe stage, wekelijks bezoek stagedocent", "stagedocent / jobcoach", "3 dagen per week"),
        ("Reizen", "Voor 1 april reist {n} zelfstandig met de trein van Ommerloo naar Lindervoort en terug (3 keer zonder hulp).", "Reistraining", "reistrainer", "1x per week, 8 weken"),
        ("Communicatie", "{n} vraagt op de stage minimaal één keer per dag zelf om uitleg of feedback (logboek werkbegeleider).", "Oefenen in rollenspel, kaartje met vragen", "mentor", "wekelijks"),
    ],
    afw="{n} volgt het programma van het uitstroomprofiel arbeidsmarktgericht: 3 dagen stage, 2 dagen les (Nederlands, rekenen, burgerschap, praktijkvakken). Er is geen examenprogramma.",
    adviezen=[("Arbeidsdeskundige UWV, J. Pennings", -2, "Loonwaardemeting na afronding stage; aanvraag praktijkroute.", "Loonwaardemeting gepland in periode 3; transitieplan aangepast.")],
    cvb=("De commissie voor de begeleiding adviseert het profiel arbeidsmarktgericht en de stage uit te breiden naar 3 dagen.", "Het advies is overgenomen."),
    inbreng=("{n} wil 'gewoon werken en geld verdienen', het liefst bij het distributiecentrum waar {hij} nu stage loopt. {Hij} vindt de treinreis spannend.",
             "Daarom is de stage op het distributiecentrum verlengd en is de reistraining in kleine stappen opgezet, eerst met een maatje."),
)

PROFILES["vso_dag"] = dict(
    st="vso", klas="VSO groep Kameleon (profiel dagbesteding)", age=18,
    uitstroom="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij / kringloopwerkplaats)",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], sel=[2],
    onderbouwing=[
        "{n} heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd rond 5 jaar, SEO-R en Vineland-3, {adv1}) en epilepsie. {n} werkt met ondersteuning aan eenvoudige taken van 20 minuten.",
        "In de interne stages (kringloop en dierverzorging) werkt {n} met plezier en met begeleiding. Daarom verwachten we arbeidsmatige dagbesteding.",
    ],
    domains=[
        ("Communicatie", ["Spreekt weinig; communiceert met gebaren (NmG) en picto's."], ["Maakt duidelijk wat {hij} wil met gebaren; sociaal gericht."], ["Consequent gebruik van gebaren en dagritme in picto's."]),
        ("Gezondheid", ["Epilepsie; na een aanval vermoeid."], ["Aanvallen goed onder controle met medicatie."], ["Epilepsieprotocol; rustmoment na aanval."]),
        ("Werken", ["Korte spanningsboog (ca. 20 min.)."], ["Plezier in werken met dieren; zorgvuldig."], ["Taken van 20 minuten met pauze en visuele afronding."]),
    ],
    handel=[
        ("Werken", "Eind schooljaar voert {n} de taak 'voeren van de kippen' met fotokaart en 1 aanwijzing uit (4 van 5 keer).", "Interne stage dierverzorging", "praktijkbegeleider", "2 ochtenden per week"),
        ("Communicatie", "Voor de zomer gebruikt {n} 10 nieuwe gebaren uit NmG spontaan (observatielijst).", "Gebaren aanbieden in alle situaties", "groepsleerkracht / logopedist", "dagelijks; logopedie 1x per week"),
    ],
    afw="{n} volgt de leerlijnen ZML (CED) voor het uitstroomprofiel dagbesteding; er is geen diplomagericht programma.",
    adviezen=[("Neuroloog, dr. G. Sikkema", -6, "Epilepsieprotocol op school; rust na een aanval.", "Protocol opgenomen in het dossier; team geïnstrueerd.")],
    cvb=("De commissie voor de begeleiding adviseert het profiel dagbesteding en de oriëntatie op een zorgboerderij in het laatste schooljaar.", "Het advies is overgenomen."),
    inbreng=("Met picto's heeft {n} laten zien dat {hij} het liefst bij de dieren werkt en niet bij de kringloop ('te hard geluid').",
             "Daarom is de interne stage van de kringloop naar de dierverzorging verplaatst."),
)

PROFILES["vso_vv"] = dict(
    st="vso", klas="VSO vmbo-gt, leerjaar 4 (examenklas)", age=18,
    uitstroom="uitstroomprofiel vervolgonderwijs: vmbo-gt diploma, daarna mbo niveau 4 (ICT-beheer)",
    opts=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], sel=[0],
    onderbouwing=[
        "{n} heeft een gemiddelde intelligentie (TIQ 101, {adv1}) en een diagnose ASS met angstklachten. De resultaten van het PTA liggen op voldoende niveau (gemiddeld 6,3).",
        "Met de huidige begeleiding (kleine klas, vaste docenten) is het diploma vmbo-gt haalbaar. Een overstap naar mbo niveau 4 is realistisch als {n} de overgang met begeleiding maakt.",
    ],
    domains=[
        ("Leren", ["Plannen van PTA-opdrachten gaat moeizaam."], ["Zeer sterk in informatica en wiskunde."], ["Planning met de coach; PTA-overzicht per week."]),
        ("Sociaal-emotioneel", ["Angst bij nieuwe situaties (open dagen, examens)."], ["Zelfinzicht; gebruikt ontspanningsoefeningen."], ["Vooraf bezoeken van nieuwe ruimtes; examen in een aparte ruimte."]),
    ],
    handel=[
        ("Examen", "{n} rondt alle PTA-onderdelen van periode 2 op tijd af (overzicht examensecretaris).", "Wekelijkse planning met coach", "coach", "1x per week"),
        ("Overgang mbo", "Voor 1 april heeft {n} zich aangemeld voor een mbo-opleiding ICT en een intakegesprek gevoerd.", "Open dagen bezoeken met coach, warme overdracht", "decaan / coach", "januari - maart"),
    ],
    afw="{n} volgt een aangepast rooster (geen lessen na 14.30 uur) en doet het examen in een aparte ruimte met 30 minuten extra tijd.",
    adviezen=[("Psychiater, dr. R. Vonk (GGZ Veenhorst)", -4, "Overgangen voorbereiden; examenfaciliteiten.", "Faciliteiten aangevraagd bij de examencommissie; open dagen samen met coach.")],
    cvb=("De commissie voor de begeleiding adviseert het profiel vervolgonderwijs en een warme overdracht naar het mbo.", "Het advies is overgenomen."),
    inbreng=("{n} wil ICT-beheer op het mbo gaan doen. {Hij} wil zelf bepalen met welke docenten informatie gedeeld wordt.",
             "Afgesproken is dat informatie alleen met toestemming van {n} aan het mbo wordt overgedragen."),
)

GENERIC = {
    "uitstroombestemming": "De uitstroombestemming wordt bepaald op basis van de mogelijkheden van de leerling en zal in de loop van de schoolperiode duidelijk worden.",
    "onderbouwing": "De verwachte uitstroombestemming is gebaseerd op de gegevens uit het leerlingvolgsysteem en de observaties van de leerkrachten.",
    "belemmerende_factoren": "Belemmerende factoren kunnen liggen op het gebied van leren, gedrag, thuissituatie of gezondheid.",
    "bevorderende_factoren": "Iedere leerling heeft sterke kanten. Wij sluiten in ons onderwijs aan bij wat kinderen goed kunnen.",
    "ondersteuningsbehoefte": "Alle leerlingen hebben behoefte aan een veilige en gestructureerde leeromgeving, duidelijke afspraken en een leerkracht die aansluit bij hun niveau.",
    "ondersteuning": "Leerlingen krijgen de ondersteuning zoals beschreven in het schoolondersteuningsprofiel (SOP). Waar nodig wordt extra hulp geboden binnen de groep.",
    "doelen": "De leerling werkt aan de doelen van de methode en de kerndoelen. Waar nodig worden de doelen aangepast.",
    "adviezen_professionals": "Adviezen van externe deskundigen worden waar mogelijk meegenomen in de begeleiding.",
    "oogo": "Ouders worden op onze school altijd betrokken bij het opstellen van het ontwikkelingsperspectief.",
    "inbreng_leerling": "Op onze school worden leerlingen betrokken bij hun eigen ontwikkeling, bijvoorbeeld in kindgesprekken.",
    "evaluatie": "Het OPP wordt geëvalueerd volgens de zorgcyclus van de school.",
    "informatie_rechten": "Heeft u vragen over dit plan, neem dan contact op met de intern begeleider.",
}

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen", "xxx", "……………………………"]

INSTR = {
    "uitstroombestemming": "[Beschrijf hier de te verwachten uitstroombestemming: PrO, vmbo-b, vmbo-k, vmbo-gt, havo of vwo; bij vso het uitstroomprofiel.]",
    "onderbouwing": "<Onderbouw de uitstroombestemming met toetsgegevens (DLE, leerrendement), IQ-gegevens en de schoolloopbaan.>",
    "belemmerende_factoren": "Vul hier in welke factoren het onderwijs aan de leerling belemmeren (leren, werkhouding, sociaal-emotioneel, thuissituatie, medisch). Wees zo concreet mogelijk.",
    "bevorderende_factoren": "Vul hier de bevorderende / beschermende factoren in: wat gaat goed, wat zijn de sterke kanten van de leerling en de omgeving?",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: 'De leerling heeft behoefte aan ... (instructie, leertijd, materialen, aandacht, omgeving)'.",
    "ondersteuning": "[Beschrijf per doel welke ondersteuning wordt geboden: wat, door wie, hoe vaak en vanaf wanneer.]",
    "doelen": "Formuleer hier SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "[Noem de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "Beschrijf hier wanneer en met wie het op overeenstemming gericht overleg heeft plaatsgevonden.",
    "inbreng_leerling": "[Beschrijf hier de inbreng van de leerling en hoe deze is meegenomen in het plan (hoorrecht, verplicht vanaf 1 augustus 2025).]",
    "evaluatie": "[Vul de data van de evaluatiemomenten in. Het OPP wordt minimaal jaarlijks geëvalueerd.]",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen hier invoegen.]",
    "vaststelling": "[datum vaststelling + naam directeur]",
    "afwijkingen_onderwijsprogramma": "[Beschrijf eventuele afwijkingen van het onderwijsprogramma: eigen leerlijn, vervangende doelen, vrijstellingen, aangepast rooster.]",
}

REFS = {
    "uitstroombestemming": "Zie het transitieplan van de leerling.",
    "onderbouwing": "Zie LVS-overzicht en het verslag van het psychologisch onderzoek in het dossier.",
    "belemmerende_factoren": "Zie het groeidocument (hoofdstuk 3).",
    "bevorderende_factoren": "Zie het groeidocument (hoofdstuk 3).",
    "ondersteuningsbehoefte": "Zie het groepsplan.",
    "ondersteuning": "Zie het groepsplan rekenen en het handelingsplan in het leerlingvolgsysteem.",
    "doelen": "De doelen staan in het groepsplan van de groep.",
    "adviezen_professionals": "Zie verslag psychologisch onderzoek (bijlage 3).",
    "afwijkingen_onderwijsprogramma": "Ja, zie bijlage leerlijn.",
    "evaluatie": "Zie jaarplanning zorg.",
    "informatie_rechten": "Zie de klachtenregeling op de website van de school.",
}
