# -*- coding: utf-8 -*-
"""Invented pupil profiles and element texts. Every name, school and place is invented."""

SWV = "Samenwerkingsverband Passend Onderwijs Vliet en Veen"
OJS = "Ouder- en Jeugdsteunpunt Vliet en Veen"

# per school type: profiles with the substantive content of a plan
PROFILES = {
 "po": [dict(
    grade="groep 7", school="OBS De Wilgenhoek", place="Veenhaven",
    uit="vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
    onderb="Op de laatste twee LVS-toetsen scoort {n} op begrijpend lezen en rekenen op het niveau van eind groep 5 (leerrendement ongeveer 60%). Uit het psychologisch onderzoek (WISC-V, afgenomen in groep 5) blijkt een totaal-IQ van 84 met een zwak werkgeheugen. De voortgang is stabiel maar trager dan bij leeftijdsgenoten; op basis daarvan verwachten we uitstroom naar vmbo-basis met lwoo.",
    belem=["Zwak werkgeheugen: instructies met meer dan twee stappen vergeet {hij} snel.", "Faalangst bij toetsen; {hij} haakt af als een taak te moeilijk lijkt.", "Lees- en rekenachterstand van ongeveer twee jaar."],
    bevor=["{n} is behulpzaam en gaat graag met klasgenoten om.", "Sterk in praktische opdrachten en techniek.", "Ouders zijn betrokken en oefenen thuis dagelijks met lezen."],
    behoefte=["instructie in kleine stappen met een voorbeeld vooraf", "een vaste plek dicht bij de leerkracht", "herhaling van de instructie in de verlengde instructiegroep", "complimenten bij inzet, niet alleen bij resultaat"],
    steun=[("Extra leesbegeleiding (RALFI-lezen)", "remedial teacher mw. Kuipers", "3x per week 20 minuten", "vanaf 1 oktober"), ("Verlengde instructie rekenen", "groepsleerkracht", "dagelijks 15 minuten", "doorlopend"), ("Gesprekjes over faalangst", "intern begeleider", "1x per twee weken", "vanaf november")],
    afw="{n} volgt voor rekenen een eigen leerlijn: de doelen van groep 5 en 6 worden afgerond voordat nieuwe stof van groep 7 wordt aangeboden. Voor Engels is {hij} vrijgesteld van de schriftelijke toetsen.",
    doelen=["Eind januari leest {n} AVI-niveau E5 met voldoende tempo (toets februari).", "Eind van het schooljaar beheerst {n} de tafels 1 t/m 10 (score 90% op de tafeltoets).", "{n} vraagt zelf om hulp als {hij} vastloopt; de leerkracht turft dit twee weken lang in maart."],
    advies="De orthopedagoog van het samenwerkingsverband (mw. drs. L. Hoving, rapport {cvb}) adviseert instructie in kleine stappen, visuele ondersteuning en een eigen leerlijn rekenen. De school heeft deze adviezen overgenomen in het handelingsdeel.",
 ), dict(
    grade="groep 8", school="CBS Het Palet", place="Molenkerk aan de Vliet",
    uit="vmbo-kaderberoepsgerichte leerweg",
    onderb="De toetsresultaten van de laatste twee jaar liggen rond het niveau van eind groep 6/begin groep 7. De leerkrachten zien dat {n} met structuur goed doorwerkt. Het voorlopig schooladvies is vmbo-kader; de doorstroomtoets in februari wordt afgewacht.",
    belem=["Concentratieproblemen (ADHD, gediagnosticeerd in 2022); {hij} is snel afgeleid door geluid.", "Moeite met plannen van meerdaagse taken."],
    bevor=["Goede mondelinge taalvaardigheid.", "Doorzetter bij onderwerpen die {hem} interesseren (natuur, dieren).", "Medicatie is goed ingesteld, volgens ouders en huisarts."],
    behoefte=["een prikkelarme werkplek met koptelefoon", "een weektaak in kleine stukken met vaste controlemomenten", "beweegpauzes"],
    steun=[("Planningsbegeleiding met weektaak", "groepsleerkracht meester Dogan", "elke maandag 10 minuten", "vanaf 1 september"), ("Executieve-functietraining in groepje", "intern begeleider", "1x per week 30 minuten", "oktober t/m januari")],
    afw=None,
    doelen=["{n} plant zelf de weektaak en rondt die voor 80% af op vrijdag (bijgehouden op de weekkaart, evaluatie januari).", "{n} werkt 20 minuten zelfstandig zonder herinnering (observatie IB in december)."],
    advies="De GZ-psycholoog van Praktijk Lindeholt (verslag {cvb}) adviseert een vaste structuur, beweegmomenten en coaching op plannen. De school neemt deze adviezen over; de beweegpauzes zijn in het rooster gezet.",
 )],
 "sbo": [dict(
    grade="middenbouwgroep M2", school="SBO De Vlonder", place="Haverdijk",
    uit="praktijkonderwijs",
    onderb="{n} heeft een totaal-IQ van 72 (WISC-V, 2023) en een leerachterstand van meer dan drie jaar op lezen en rekenen. De ontwikkeling op de IDO-lijnen is stabiel maar langzaam. Gezien het leerrendement (ca. 45%) en de praktische vaardigheden verwachten we uitstroom naar het praktijkonderwijs.",
    belem=["Taalbegrip en woordenschat zwak (TOS-kenmerken volgens logopedie).", "Snel overvraagd in grote groepen; reageert dan boos.", "Onregelmatige nachtrust thuis."],
    bevor=["Vrolijk, sociaal en behulpzaam.", "Goede fijne motoriek; werkt graag met de handen.", "Oma ondersteunt dagelijks bij huiswerk."],
    behoefte=["visuele ondersteuning bij instructie (pictogrammen, dagplanning)", "korte opdrachten met directe feedback", "een vaste volwassene om bij terug te vallen"],
    steun=[("Logopedie op school", "logopedist Praktijk De Klank", "1x per week 30 minuten", "vanaf september"), ("Woordenschatprogramma in kleine groep", "onderwijsassistent", "4x per week 15 minuten", "doorlopend"), ("Check-in bij start van de dag", "mentor", "dagelijks", "doorlopend")],
    afw="{n} werkt voor rekenen en lezen met eigen leerlijnen (leerlijnen Passende perspectieven, route 3). De kerndoelen voor Engels worden niet aangeboden.",
    doelen=["Eind schooljaar leest {n} AVI-niveau M4 (DMT kaart 1: 40 woorden/minuut).", "{n} rekent optellen en aftrekken tot 100 zonder hulpmiddelen (toets Passende perspectieven, juni).", "{n} benoemt in het dagelijkse check-in gesprek hoe {hij} zich voelt, in 4 van de 5 dagen (registratie mentor)."],
    advies="De commissie van toelaatbaarheid en de orthopedagoog (mw. R. Zandstra, 2024) adviseren een eigen leerlijn en logopedie. De logopedist adviseert dagelijkse woordenschatoefening; dit is opgenomen in het handelingsdeel.",
 )],
 "so": [dict(
    grade="bovenbouw, groep SO-6", school="SO De Zeilmaker (cluster 4)", place="Brakeloo",
    uit="regulier voortgezet onderwijs: vmbo theoretische leerweg, met ondersteuning",
    onderb="{n} heeft een gemiddelde intelligentie (TIQ 98, WISC-V 2024) en scoort op de methodetoetsen op groepsniveau. De gedragsproblemen zijn afgenomen sinds de plaatsing. Op basis van de cognitieve capaciteiten en de toenemende zelfregulatie verwachten we uitstroom naar vmbo-tl.",
    belem=["Autismespectrumstoornis: moeite met onverwachte veranderingen.", "Snel overprikkeld in drukke situaties, wat leidt tot boosheid.", "Wantrouwen naar nieuwe volwassenen."],
    bevor=["Goede cognitieve capaciteiten en een sterk geheugen voor feiten.", "Grote interesse in techniek en programmeren.", "Ouders werken nauw samen met school en jeugdhulp."],
    behoefte=["voorspelbaarheid: dagplanning en ruim van tevoren melden van wijzigingen", "een time-out plek die {hij} zelf mag kiezen", "begeleiding bij het oplossen van conflicten"],
    steun=[("Training sociale vaardigheden (Tools4U)", "gedragsspecialist", "1x per week 45 minuten", "vanaf oktober"), ("Dagstart met planbord", "groepsleerkracht", "dagelijks", "doorlopend"), ("Begeleiding door jeugdhulp (ambulant)", "Jeugdhulp Veenhaven", "1x per week thuis", "loopt")],
    afw="In het rooster is ruimte gemaakt voor de sociale-vaardigheidstraining; daarvoor vervalt één uur wereldoriëntatie per week.",
    doelen=["{n} gebruikt in 4 van de 5 situaties het stoplicht-kaartje voordat {hij} boos wordt (registratie groepsleerkracht, evaluatie januari).", "{n} werkt bij een invaller de ochtend zonder incident door (incidentregistratie, doel: maximaal 1 incident per maand)."],
    advies="De commissie voor de begeleiding heeft op {cvb} geadviseerd om de training sociale vaardigheden voort te zetten en een overstap naar regulier vo voor te bereiden. De kinderpsychiater (dr. M. Verbeek) adviseert vaste overgangsmomenten; de school past die toe.",
 )],
 "vo": [dict(
    grade="klas 3 vmbo-kader", school="Scholengemeenschap Het Veenland", place="Veenhaven",
    uit="mbo niveau 3, richting dienstverlening of zorg",
    onderb="{n} haalt voldoendes voor de meeste vakken in vmbo-kader (rapport december: gemiddelde 6,4). Wiskunde en Engels blijven zwak door dyscalculie. Uit de beroepsoriëntatie blijkt een duidelijke voorkeur voor zorg. Op basis daarvan verwachten we een kaderdiploma en doorstroom naar mbo niveau 3.",
    belem=["Dyscalculie (verklaring 2022).", "Veel verzuim in klas 2 door somberheid.", "Moeite om hulp te vragen."],
    bevor=["Gemotiveerd voor de praktijkvakken zorg en welzijn.", "Goede band met de mentor.", "Volgt behandeling bij de GGZ; die loopt goed."],
    behoefte=["een vast aanspreekpunt (mentor) met wekelijks contact", "rekenhulpmiddelen bij toetsen", "een rustige plek als {hij} het even niet trekt"],
    steun=[("Wekelijks mentorgesprek", "mentor", "1x per week 15 minuten", "vanaf september"), ("Ondersteuning rekenen in het Plusuur", "rekencoach", "2x per week", "doorlopend"), ("Overleg school-GGZ", "zorgcoördinator", "1x per 6 weken", "doorlopend")],
    afw="{n} mag bij wiskunde en economie een rekenkaart en rekenmachine gebruiken en krijgt 20% extra toetstijd.",
    doelen=["Het verzuim blijft onder de 5% per periode (verzuimregistratie, evaluatie na elke periode).", "{n} haalt voor wiskunde een 5,5 of hoger op het rapport van periode 3.", "{n} meldt zich zelf bij de mentor als {hij} vastloopt (afgesproken: minstens 1x per week contact)."],
    advies="De GGZ-behandelaar (Praktijk De Horizon, brief van {cvb}) adviseert een vast aanspreekpunt en geleidelijke opbouw van belasting. De school heeft het rooster daarop aangepast.",
 )],
 "pro": [dict(
    grade="leerjaar 3", school="Praktijkschool Het Ambacht", place="Lindeholt",
    uit="arbeid: betaald werk in de groenvoorziening of logistiek, eventueel met entreeopleiding (mbo niveau 1)",
    onderb="{n} heeft een IQ van 68 en een leerachterstand van meer dan vier jaar. In de interne stages (groen, magazijn) presteert {hij} goed: de stagebeoordelingen zijn voldoende tot goed. Werkhouding en doorzettingsvermogen groeien. Daarom verwachten we uitstroom naar arbeid.",
    belem=["Lezen en rekenen op niveau eind groep 5.", "Moeite met wisselende opdrachten; raakt dan gefrustreerd.", "Weinig zelfvertrouwen."],
    bevor=["Zeer betrouwbaar en punctueel op stage.", "Sterk in praktisch en fysiek werk.", "Vader ondersteunt bij vervoer naar stage."],
    behoefte=["duidelijke werkinstructies met foto's", "een vaste stagebegeleider", "leren omgaan met veranderingen in kleine stappen"],
    steun=[("Interne stage groenvoorziening", "praktijkdocent groen", "2 dagdelen per week", "vanaf september"), ("Training werknemersvaardigheden", "jobcoach van school", "1x per week", "vanaf oktober"), ("Rekenen en taal op eigen niveau", "mentor", "dagelijks", "doorlopend")],
    afw="{n} volgt geen Engels; in plaats daarvan extra stage-uren.",
    doelen=["{n} haalt het certificaat Heftruck (branchecertificaat) voor de zomer.", "{n} meldt een wijziging of probleem op stage zelf bij de begeleider (stagebeoordeling februari: minstens 'voldoende').", "{n} rekent met geld tot 100 euro (kassa-oefening, 8 van de 10 goed)."],
    advies="De orthopedagoog van school (mw. J. Eelman) adviseert werkinstructies met foto's. De jobcoach van het UWV-traject adviseert een proefplaatsing in leerjaar 4; dit is opgenomen als doel voor volgend jaar.",
 )],
 "vso": [dict(
    profile="dagbesteding", grade="VSO groep D2 (15 jaar)", school="VSO Het Lichtschip", place="Haverdijk",
    uit="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (bijvoorbeeld in een zorgboerderij of kringloopwinkel)",
    onderb="{n} heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd circa 5 jaar) en communiceert met pictogrammen en losse woorden. In de praktijklessen werkt {hij} met begeleiding zelfstandig aan eenvoudige taken (sorteren, tafel dekken). Gezien de ontwikkeling van de laatste drie jaar is arbeidsmatige dagbesteding het passende perspectief.",
    belem=["Beperkte communicatie; uit spanning soms door gillen of weglopen.", "Epilepsie, medicatie wordt aangepast.", "Grote afhankelijkheid van vaste begeleiders."],
    bevor=["Plezier in muziek en in werken met dieren.", "Houdt van vaste routines en werkt dan geconcentreerd.", "Gezin en logeerhuis werken nauw samen met school."],
    behoefte=["een vaste dagstructuur met picto's", "korte taken die {hij} kan afronden", "begeleiding bij overgangen tussen activiteiten"],
    steun=[("Praktijkles 'werken in de kantine'", "onderwijsassistent", "3 ochtenden per week", "vanaf september"), ("Communicatie met picto's en gebaren (ondersteund door logopedist)", "logopedist school", "1x per week 30 minuten", "doorlopend"), ("Interne stage kinderboerderij", "stagedocent", "1 middag per week", "vanaf januari")],
    afw="{n} volgt het leerstofaanbod 'Leerroutes dagbesteding' in plaats van de kerndoelen vso. De schooldag is ingekort tot 14.00 uur wegens vermoeidheid (afgestemd met de inspectie).",
    doelen=["{n} dekt met een fotokaart zelfstandig de tafel voor 6 personen (observatie, 3 keer achter elkaar).", "{n} laat met een picto zien dat {hij} een pauze nodig heeft, in plaats van weglopen (registratie, doel: 3 van de 4 keer)."],
    advies="De commissie voor de begeleiding ({cvb}) adviseert het profiel dagbesteding en een interne stage. De AVG-arts adviseert rustmomenten wegens de epilepsie; deze zijn in het rooster opgenomen.",
 ), dict(
    profile="arbeid", grade="VSO arbeidstraining, leerjaar 4 (17 jaar)", school="VSO De Brug", place="Ooster-Riet",
    uit="uitstroomprofiel arbeidsmarktgericht: werk in de logistiek of schoonmaak, met begeleiding van een jobcoach",
    onderb="{n} werkt sinds twee jaar op externe stage bij een distributiecentrum en krijgt goede beoordelingen. {Hij} heeft een lichte verstandelijke beperking (IQ 65) en haalde het branchecertificaat Logistiek medewerker. Daarom verwachten we uitstroom naar arbeid met begeleiding.",
    belem=["Moeite met sociale omgang met collega's; trekt zich terug.", "Reisvaardigheid nog onvoldoende voor een onbekende route.", "Moeite met geld en plannen."],
    bevor=["Nauwkeurig en betrouwbaar in zijn werk.", "Gemotiveerd om 'echt' te werken.", "Goede band met de stagebegeleider."],
    behoefte=["oefenen met collega-contact op stage", "reistraining met een vaste begeleider", "een jobcoach bij de overgang naar werk"],
    steun=[("Externe stage distributiecentrum", "stagedocent dhr. Mulder", "3 dagen per week", "vanaf september"), ("Reistraining", "reistrainer van school", "1x per week", "september t/m december"), ("Voorbereiden aanvraag jobcoach bij het UWV", "trajectbegeleider", "in overleg", "vóór april")],
    afw="{n} volgt een aangepast rooster: 3 dagen stage en 2 dagen school. Aardrijkskunde en geschiedenis zijn vervangen door burgerschap en arbeidsvaardigheden.",
    doelen=["{n} reist in december zelfstandig met de bus naar stage (reistrainer tekent af).", "{n} maakt in de pauze minstens één keer per dag een praatje met een collega (stagebeoordeling maart).", "{n} heeft voor 1 april een plan voor werk na school (gesprek met trajectbegeleider)."],
    advies="De commissie voor de begeleiding ({cvb}) adviseert het profiel arbeidsmarktgericht en een jobcoachtraject. De stagebegeleider van het distributiecentrum adviseert uitbreiding naar 4 dagen in het laatste halfjaar; de school neemt dit mee bij de evaluatie.",
 ), dict(
    profile="vervolgonderwijs", grade="VSO vmbo-tl, klas 3", school="VSO Het Kompas (cluster 4)", place="Brakeloo",
    uit="uitstroomprofiel vervolgonderwijs: vmbo-tl diploma, daarna mbo niveau 4 (ICT)",
    onderb="{n} heeft een bovengemiddelde intelligentie (TIQ 112) maar door angstklachten veel schooluitval gehad. Sinds de plaatsing zijn de cijfers voldoende tot goed (gemiddeld 7,1). Daarom verwachten we een vmbo-tl diploma en doorstroom naar mbo niveau 4.",
    belem=["Angst- en paniekklachten; vooral bij mondelinge presentaties.", "Schoolverzuim in het verleden (18 maanden thuiszitter).", "Slecht slaappatroon."],
    bevor=["Sterk in wiskunde en informatica.", "Wil graag een diploma halen.", "Behandeling bij de GGZ loopt; ouders zijn sterk betrokken."],
    behoefte=["een kleine klas en een vaste mentor", "alternatief voor mondelinge presentaties", "een opbouwschema bij terugval"],
    steun=[("Wekelijks coachgesprek", "mentor", "1x per week", "vanaf september"), ("Stapsgewijze exposure bij presentaties, afgestemd met de GGZ", "mentor en behandelaar", "maandelijks overleg", "doorlopend")],
    afw=None,
    doelen=["{n} is in periode 1 en 2 minstens 90% van de lessen aanwezig (verzuimregistratie).", "{n} houdt voor de zomer een presentatie voor een kleine groep (3 leerlingen en de docent)."],
    advies="De commissie voor de begeleiding ({cvb}) adviseert het profiel vervolgonderwijs. De GGZ-behandelaar adviseert exposure in kleine stappen; de school neemt dit op in de doelen.",
 ), dict(
    profile="arbeid", adult=True, grade="VSO entreetraject, leerjaar 5 (19 jaar)", school="VSO De Brug", place="Ooster-Riet",
    uit="uitstroomprofiel arbeidsmarktgericht: beschut werk in een productiebedrijf, of regulier werk met loonkostensubsidie",
    onderb="{n} werkt sinds een jaar op stage bij een metaalbedrijf en haalde het certificaat Basis Veiligheid VCA. {Hij} heeft een lichte verstandelijke beperking en werkt in een vaste omgeving zelfstandig. Daarom verwachten we uitstroom naar arbeid, waarschijnlijk beschut werk.",
    belem=["Laag werktempo bij nieuwe taken.", "Weinig netwerk buiten de familie.", "Moeite met administratie en post."],
    bevor=["Trots op zijn werk; wil graag zelf geld verdienen.", "Vaardig met gereedschap.", "Goede steun van broer en zus."],
    behoefte=["een vaste werkplek en duidelijke instructie", "hulp bij de aanvraag beschut werk", "hulp bij geldzaken (budgetcoach)"],
    steun=[("Stage metaalbedrijf", "stagedocent", "4 dagen per week", "vanaf september"), ("Aanvraag indicatie beschut werk", "trajectbegeleider", "eenmalig", "vóór februari"), ("Budgettraining", "maatschappelijk werker", "1x per twee weken", "vanaf oktober")],
    afw="Het onderwijsprogramma bestaat voor 80% uit stage; {n} volgt geen examenvakken.",
    doelen=["{n} heeft voor 1 februari een indicatie beschut werk aangevraagd (trajectbegeleider controleert).", "{n} haalt op stage een werktempo van 80% van de norm (stagebeoordeling april)."],
    advies="De commissie voor de begeleiding ({cvb}) adviseert het profiel arbeidsmarktgericht. De arbeidsdeskundige van het UWV adviseert beschut werk; school en {n} vragen dit samen aan.",
 )],
}

FIRST = {"m": ["Sem", "Daan", "Milan", "Jesse", "Youssef", "Bram", "Levi", "Thijs", "Noah", "Dex", "Gijs", "Ravi", "Mats", "Kai", "Jayden", "Stijn", "Ilias", "Joep", "Teun", "Ruben", "Mohamed", "Luuk", "Niek", "Ayoub", "Jelte", "Wessel"],
         "f": ["Noor", "Lotte", "Fenna", "Yara", "Sanne", "Amira", "Isa", "Roos", "Femke", "Nina", "Lina", "Jasmijn", "Evi", "Hanna", "Merel", "Zoë", "Ilse", "Maud", "Sara", "Liv", "Dewi", "Silke", "Ayla", "Tess", "Lieke", "Norah"]}
LAST = ["Verhoef", "Bosch", "Timmerman", "Oudshoorn", "Kramer", "Yilmaz", "de Wit", "Hoekstra", "van Dalen", "Brouwer", "El Idrissi", "Postma", "Kloosterman", "van Rijn", "Schouten", "Veldkamp", "Jansen-Mol", "Bakker", "Dijkman", "Wubben", "Haddou", "Terpstra", "van der Veer", "Smeets", "Nijboer", "Kaya", "Molenaar", "Ros"]
STAFF = ["mw. A. Bakels", "dhr. P. van Es", "mw. drs. H. Feenstra", "dhr. R. Oosterhof", "mw. S. Koç", "dhr. T. Wiersma", "mw. E. van Loon", "mw. K. Brinkman", "dhr. J. Hamstra"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")
