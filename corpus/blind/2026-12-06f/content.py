# -*- coding: utf-8 -*-
"""Invented pupils, schools and the text of every OPP element.

Every name, school, board and place in this file is invented.
"""

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren",
            "bevorderende_factoren", "ondersteuningsbehoefte", "ondersteuning",
            "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals",
            "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

NL_NAMES = {
    "uitstroombestemming": "Te verwachten uitstroombestemming",
    "onderbouwing": "Onderbouwing van de uitstroombestemming",
    "belemmerende_factoren": "Belemmerende factoren",
    "bevorderende_factoren": "Bevorderende factoren",
    "ondersteuningsbehoefte": "Onderwijs- en ondersteuningsbehoeften",
    "ondersteuning": "Te bieden ondersteuning en begeleiding",
    "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma",
    "doelen": "Doelen voor de komende periode",
    "adviezen_professionals": "Adviezen van deskundigen",
    "oogo": "Op overeenstemming gericht overleg",
    "instemming_ouders": "Instemming met het handelingsdeel",
    "inbreng_leerling": "Inbreng van de leerling",
    "evaluatie": "Evaluatie",
    "informatie_rechten": "Informatie over rechten van ouders",
    "vaststelling": "Vaststelling",
}

# ---------------------------------------------------------------- personas
P = {}


def persona(key, **kw):
    P[key] = kw
    return kw


persona("po_reken", type="po", first="Daan", last="Hoogendoorn", hij="hij", zijn="zijn", hem="hem",
        dob="14-03-2016", klas="groep 6", school="Basisschool De Vlonder", place="Kraaiendijk",
        board="Stichting Ekelsprong Onderwijs", swv="Samenwerkingsverband Passend Onderwijs Vlasmeer PO 41-02",
        mentor="mevrouw L. Dijkgraaf (leerkracht groep 6)", ib="M. Oostveen (intern begeleider)",
        director="R. Tjalsma", parents="dhr. en mevr. Hoogendoorn", parent1="E. Hoogendoorn-Brink",
        parent2="P. Hoogendoorn")
persona("po_plus", type="po", first="Sara", last="Elzinga", hij="zij", zijn="haar", hem="haar",
        dob="02-11-2014", klas="groep 7", school="OBS Het Ankerpunt", place="Westerzande",
        board="Stichting Openbaar Onderwijs Zandwold", swv="Samenwerkingsverband Zandwold-Lindebroek PO 41-05",
        mentor="dhr. K. Bosgra (leerkracht groep 7)", ib="A. Ridderhof (intern begeleider)",
        director="J. Vaneveld", parents="mevr. Elzinga", parent1="T. Elzinga", parent2=None)
persona("po_taal", type="po", first="Milan", last="Kovačević", hij="hij", zijn="zijn", hem="hem",
        dob="21-06-2018", klas="groep 4", school="CBS De Zonnewijzer", place="Oudemolenveld",
        board="Stichting Christelijk Onderwijs Molenstreek", swv="Samenwerkingsverband PO Molenstreek 41-07",
        mentor="mevr. S. Harkema (leerkracht groep 4)", ib="D. Wolthuis (intern begeleider)",
        director="H. Kuiper-Smeenk", parents="de ouders van Milan", parent1="J. Kovačević", parent2="A. Kovačević")
persona("sbo", type="sbo", first="Jesse", last="van Brakel", hij="hij", zijn="zijn", hem="hem",
        dob="09-01-2015", klas="groep 7 (bouw Zeearend)", school="SBO De Windroos", place="Hollumerveen",
        board="Stichting Speciaal Basisonderwijs Noorderkwartier-West", swv="Samenwerkingsverband Hollumerveen e.o. PO 41-11",
        mentor="dhr. B. Lamers (groepsleerkracht)", ib="F. Meijerink (orthopedagoog / lid CvB)",
        director="W. Hazelhoff", parents="mevr. Van Brakel en dhr. Doornbos", parent1="C. van Brakel", parent2="G. Doornbos")
persona("so_ass", type="so", first="Lucas", last="Terpstra", hij="hij", zijn="zijn", hem="hem",
        dob="30-08-2016", klas="groep Uilen (middenbouw)", school="SO De Kleine Horizon", place="Ekelshorst",
        board="Stichting Cluster 4 Onderwijs Horizonland", swv="Samenwerkingsverband Ekelshorst PO 41-14",
        mentor="mevr. I. Groenhof (groepsleerkracht)", ib="dr. E. Vlasveld (gz-psycholoog, voorzitter commissie voor de begeleiding)",
        director="S. de Boer-Altena", parents="dhr. en mevr. Terpstra", parent1="R. Terpstra", parent2="N. Terpstra-Hiemstra")
persona("so_zml", type="so", first="Fenna", last="Wiersma", hij="zij", zijn="haar", hem="haar",
        dob="17-05-2015", klas="groep Vlinders", school="Mytyl- en ZML-school De Brugakker", place="Bredewold",
        board="Stichting Speciaal Onderwijs Bredewold", swv="Samenwerkingsverband Bredewold PO 41-16",
        mentor="mevr. H. Zwiers (groepsleerkracht)", ib="drs. O. Nijboer (orthopedagoog, commissie voor de begeleiding)",
        director="K. Veenstra", parents="mevr. Wiersma", parent1="L. Wiersma", parent2=None)
persona("vo_havo", type="vo", first="Ilse", last="Brouwer-Smit", hij="zij", zijn="haar", hem="haar",
        dob="05-04-2012", klas="klas 2 havo (2H3)", school="Lindecollege", place="Lindebroek",
        board="Stichting Voortgezet Onderwijs Lindebroek", swv="Samenwerkingsverband VO Lindebroek-Zandwold VO 42-03",
        mentor="dhr. T. Scholten (mentor 2H3)", ib="mevr. R. Faber (zorgcoördinator)",
        director="drs. M. Wijnbergen (teamleider onderbouw)", parents="dhr. Brouwer en mevr. Smit", parent1="A. Brouwer", parent2="J. Smit")
persona("vo_vmbo", type="vo", first="Tim", last="Oudshoorn", hij="hij", zijn="zijn", hem="hem",
        dob="23-09-2010", klas="3 vmbo-kader (3K2)", school="Scholengemeenschap De Meerpaal", place="Vlasmeer",
        board="Stichting Meerpaal Onderwijsgroep", swv="Samenwerkingsverband VO Vlasmeer VO 42-06",
        mentor="mevr. D. Kamphuis (mentor 3K2)", ib="dhr. J. Poelstra (ondersteuningscoördinator)",
        director="E. Stalman (locatiedirecteur)", parents="mevr. Oudshoorn-De Wit", parent1="M. Oudshoorn-de Wit", parent2=None)
persona("pro", type="pro", first="Kevin", last="Bakhuis", hij="hij", zijn="zijn", hem="hem",
        dob="11-12-2010", klas="leerjaar 3 (stagegroep P3b)", school="Praktijkschool Het Vlasveld", place="Vlasmeer",
        board="Stichting Meerpaal Onderwijsgroep", swv="Samenwerkingsverband VO Vlasmeer VO 42-06",
        mentor="dhr. H. Rensink (mentor / stagedocent)", ib="mevr. G. Akkerman (zorgcoördinator)",
        director="P. Jonkman (directeur)", parents="dhr. en mevr. Bakhuis", parent1="F. Bakhuis", parent2="W. Bakhuis-Eijgelaar")
persona("vso_arbeid", type="vso", first="Anouk", last="Maas", hij="zij", zijn="haar", hem="haar",
        dob="19-02-2009", klas="VSO bovenbouw, stagegroep B2", school="VSO Het Baken", place="Sint-Aaltjeskerk",
        board="Stichting Het Baken Speciaal Onderwijs", swv="Samenwerkingsverband VO Aaltjesland VO 42-09",
        mentor="mevr. C. Hendriksma (mentor)", ib="drs. P. de Greef (orthopedagoog, commissie voor de begeleiding)",
        director="B. Wassink (directeur)", parents="dhr. en mevr. Maas", parent1="G. Maas", parent2="S. Maas-Verhoef")
persona("vso_adult", type="vso", first="Ruben", last="Ekkelkamp", hij="hij", zijn="zijn", hem="hem",
        dob="04-07-2007", klas="VSO vervolgonderwijs, examenklas 5 (vmbo-tl)", school="VSO Het Baken", place="Sint-Aaltjeskerk",
        board="Stichting Het Baken Speciaal Onderwijs", swv="Samenwerkingsverband VO Aaltjesland VO 42-09",
        mentor="dhr. A. Lubbers (mentor)", ib="drs. P. de Greef (orthopedagoog, commissie voor de begeleiding)",
        director="B. Wassink (directeur)", parents="Ruben zelf (meerderjarig; moeder als toehoorder)", parent1="R. Ekkelkamp", parent2=None)
persona("vso_curatele", type="vso", first="Mirte", last="Zandbergen", hij="zij", zijn="haar", hem="haar",
        dob="28-10-2006", klas="VSO dagbestedingsgroep De Linde", school="VSO De Brugakker", place="Bredewold",
        board="Stichting Speciaal Onderwijs Bredewold", swv="Samenwerkingsverband VO Bredewold VO 42-12",
        mentor="mevr. J. Postma (groepsleerkracht)", ib="drs. O. Nijboer (orthopedagoog, commissie voor de begeleiding)",
        director="K. Veenstra", parents="mevr. H. Zandbergen (moeder en curator)", parent1="H. Zandbergen (curator)", parent2=None)


# ---------------------------------------------------------------- element content
# Each element: text (str or list of str), who, when. {first} etc. are filled from the persona.

def _c(text, who="", when=""):
    return {"text": text, "who": who, "when": when}


BASE = {}

BASE["po_reken"] = {
    "uitstroombestemming": _c("Wij verwachten dat {first} uitstroomt naar vmbo basisberoepsgerichte leerweg, mogelijk met leerwegondersteuning (lwoo). Bij een gunstige ontwikkeling van begrijpend lezen is vmbo-kader haalbaar.", "leerkracht en ib", "bij vaststelling"),
    "onderbouwing": _c("{first} heeft voor rekenen een leerrendement van ongeveer 50% (Cito/IEP-toetsen M4 t/m M6: steeds E-/V-niveau, functioneringsniveau rekenen eind groep 4). Technisch lezen ligt op niveau (AVI E5), begrijpend lezen op IV-niveau. Het capaciteitenonderzoek (WISC-V, januari 2025) laat een totaal-IQ van 84 zien met een zwak werkgeheugen. {first} heeft groep 3 gedoubleerd.", "ib", "januari 2025"),
    "belemmerende_factoren": _c(["Zwak werkgeheugen en een trage verwerkingssnelheid.", "Faalangst bij rekentoetsen; {first} raakt snel gefrustreerd en haakt dan af.", "Weinig automatisering van tafels en splitsingen tot 20."]),
    "bevorderende_factoren": _c(["{first} is gemotiveerd, behulpzaam en werkt graag samen.", "Goede technische leesvaardigheid en een ruime woordenschat.", "Betrokken ouders die thuis meeoefenen."]),
    "ondersteuningsbehoefte": _c("{first} heeft een leerkracht nodig die nieuwe rekenstof concreet voordoet (handelend, met materiaal), die korte instructie in kleine stappen geeft en die na de instructie direct controleert of {first} de opdracht begrepen heeft. {first} heeft behoefte aan rust en voorspelbaarheid rond toetsen."),
    "ondersteuning": _c(["Verlengde instructie rekenen aan de instructietafel, dagelijks 15 minuten, door de leerkracht.", "Remedial teaching rekenen buiten de groep, 2 x per week 30 minuten, door de RT'er (mevr. A. Smeenk), vanaf 1 oktober.", "Gebruik van tafelkaart en rekenmachine bij toetsen.", "Faalangstreductietraining (6 bijeenkomsten) door de schoolmaatschappelijk werker in het voorjaar."], "leerkracht, RT'er, SMW", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("Voor rekenen volgt {first} een eigen leerlijn (leerroute 1 van het SWV, niveau 1F) met minimumdoelen; de leerstof van groep 6 wordt niet volledig aangeboden (o.a. breuken en verhoudingen later en beperkt). Voor de overige vakken volgt {first} het programma van de groep."),
    "doelen": _c(["Eind januari 2026 beheerst {first} de tafels 1 t/m 5 en 10 geautomatiseerd (80% goed in 2 minuten).", "Eind juni 2026 haalt {first} op de methodeonafhankelijke toets rekenen functioneringsniveau M5.", "{first} vraagt bij een toets zelf om de tafelkaart als het nodig is (observatie leerkracht, 4 van de 5 keer)."], "leerkracht", "januari en juni 2026"),
    "adviezen_professionals": _c("Uit het psychologisch onderzoek van drs. K. Westerhof (psycholoog, Praktijk Rekenwijzer, januari 2025): veel herhalen, visuele ondersteuning en geen tijdsdruk bij toetsen. De school neemt deze adviezen over in de aanpak hierboven (tafelkaart, extra tijd, RT). Het advies om een dyscalculieonderzoek te doen wordt besproken bij de evaluatie in januari.", "psycholoog / ib", "januari 2025"),
    "oogo": _c("Het plan is op {oogo_date} besproken met {parents}, de leerkracht en de intern begeleider. De ouders konden hun wensen inbrengen; op hun verzoek is de faalangsttraining toegevoegd.", "ouders, leerkracht, ib", "{oogo_date}"),
    "inbreng_leerling": _c("{first} heeft met de ib'er gepraat over wat helpt. {first} zegt: \"Ik wil niet steeds uit de klas, liever 's ochtends vroeg.\" Daarom vindt de RT plaats in het eerste uur, vóór de rekenles, en niet tijdens gym of tekenen.", "ib", "{oogo_date}"),
    "evaluatie": _c("Het plan wordt twee keer per jaar geëvalueerd met ouders en {first}: tussenevaluatie in de week van 26 januari 2026, eindevaluatie in juni 2026. Daarbij worden de doelen en het ontwikkelingsperspectief bijgesteld.", "leerkracht en ib", "januari en juni 2026"),
}

BASE["po_plus"] = {
    "uitstroombestemming": _c("Verwachte uitstroom: vwo (atheneum of gymnasium).", "ib", "bij vaststelling"),
    "onderbouwing": _c("{first} scoort op alle methodeonafhankelijke toetsen I+ (rekenen, begrijpend lezen, spelling), ruim boven het groepsniveau. Uit het intelligentieonderzoek (groep 5) blijkt een hoge intelligentie (TIQ 138). Haar werkhouding en planning blijven achter; dat remt het leerrendement bij nieuwe, moeilijke stof, maar maakt de vwo-verwachting niet onhaalbaar."),
    "belemmerende_factoren": _c(["Onderpresteren en weinig doorzettingsvermogen bij uitdagende taken.", "Perfectionisme: {first} begint liever niet dan dat zij een fout maakt.", "Weinig aansluiting bij leeftijdsgenoten in de groep."]),
    "bevorderende_factoren": _c(["Snelle denker met een brede algemene ontwikkeling.", "Grote interesse in techniek en geschiedenis.", "Goede band met de leerkracht van de plusklas."]),
    "ondersteuningsbehoefte": _c("{first} heeft uitdaging nodig op haar eigen niveau, leerstof die niet te herhalend is, en begeleiding bij leren leren, plannen en omgaan met fouten. Zij heeft ontwikkelingsgelijken nodig."),
    "ondersteuning": _c(["Compacten van de reguliere rekenmethode en spelling (alleen de toetsen en kernlessen).", "Verrijkingswerk in de klas met weektaak (Levelwerk), begeleid door de leerkracht, wekelijks 20 minuten gesprek.", "Plusklas op woensdagochtend op OBS De Reiger (bovenschools), elke week vanaf 10 september 2025.", "Coaching executieve functies door de ib'er, 1 x per 2 weken."], "leerkracht, plusklasleerkracht, ib", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt een versneld programma: rekenen en spelling worden gecompact (ongeveer 50% van de lessen vervalt); de vrijgekomen tijd wordt besteed aan verrijking. Eén ochtend per week volgt zij de bovenschoolse plusklas in plaats van het groepsprogramma."),
    "doelen": _c(["{first} maakt in de periode tot de kerstvakantie zelf een weekplanning en voert die voor 80% uit.", "{first} rondt het plusklasproject 'Bruggen bouwen' af met een presentatie (februari 2026).", "{first} benoemt na een fout wat zij ervan geleerd heeft (leerkracht observeert wekelijks)."], "leerkracht", "december 2025 - februari 2026"),
    "adviezen_professionals": _c("Advies van de orthopedagoog van het SWV (mevr. drs. N. Harmsen, consultatie 3 september 2025): compacten en verrijken, aandacht voor mindset en executieve functies, een vast aanspreekpunt. De school voert dit uit via de plusklas en de coaching door de ib'er."),
    "oogo": _c("Op {oogo_date} is het plan besproken met mevr. Elzinga, de leerkracht en de intern begeleider. Moeder vroeg om meer uitdaging in de klas zelf; dat is opgenomen (weektaak Levelwerk)."),
    "inbreng_leerling": _c("{first} heeft zelf een 'Dit ben ik'-blad ingevuld en is bij het gesprek aangesloten. Zij wil meer moeilijke opdrachten en minder 'uitleg die ik al snap'. Daarom is het compacten van spelling toegevoegd; haar wens om in groep 7 al naar groep 8 te gaan is besproken maar niet overgenomen (zie onderbouwing)."),
    "evaluatie": _c("Evaluatie met moeder en {first} in februari 2026 en aan het eind van het schooljaar (juni 2026)."),
}

BASE["po_taal"] = {
    "uitstroombestemming": _c("Verwachte uitstroombestemming: vmbo gemengde/theoretische leerweg (vmbo-gt)."),
    "onderbouwing": _c("{first} woont sinds 2022 in Nederland en spreekt thuis Bosnisch. Zijn rekenontwikkeling is gemiddeld (M3 rekenen: III). Begrijpend luisteren en woordenschat liggen ver onder het gemiddelde (V). Zijn leerrendement op taal stijgt (van 40% naar 65% in een jaar). Gezien zijn rekenen en de snelle groei in het Nederlands verwachten wij vmbo-gt."),
    "belemmerende_factoren": _c(["Beperkte Nederlandse woordenschat (NT2, 3 jaar in Nederland).", "Weinig leesaanbod in het Nederlands thuis.", "Concentratieproblemen in de middag."]),
    "bevorderende_factoren": _c(["Goede rekenvaardigheid.", "Nieuwsgierig en sociaal vaardig.", "Ouders staan open voor contact via de tolk en de schoolmaatschappelijk werker."]),
    "ondersteuningsbehoefte": _c("{first} heeft een rijke taalomgeving nodig, met visuele ondersteuning van nieuwe woorden (woordmuur, pictogrammen), voorbereiding van nieuwe thema's (pre-teaching) en korte opdrachten."),
    "ondersteuning": _c(["Pre-teaching woordenschat van het thema, 3 x per week 15 minuten, door de onderwijsassistent.", "Taalklas NT2 (bovenschools), dinsdag- en donderdagmiddag, vanaf 1 september 2025.", "Thuis: ouders lezen met {first} voor uit tweetalige boeken van de bibliotheek."], "onderwijsassistent, taalklas, ouders", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt op twee middagen per week de bovenschoolse taalklas; hij mist dan de lessen wereldoriëntatie en handvaardigheid. Verder geen afwijkingen."),
    "doelen": _c(["{first} kent eind januari 2026 80% van de 300 themawoorden (woordtoets taalklas).", "{first} scoort in juni 2026 op begrijpend luisteren minimaal een IV."]),
    "adviezen_professionals": _c("Advies van de logopedist (mevr. T. Koopal, juni 2025): geen taalontwikkelingsstoornis; de achterstand hangt samen met de NT2-situatie. Zij adviseert intensieve woordenschatinstructie; de school volgt dit met pre-teaching en de taalklas."),
    "oogo": _c("Het OPP is op {oogo_date} met de ouders besproken, met een tolk (Bosnisch). Aanwezig: ouders, leerkracht, ib'er, tolk."),
    "inbreng_leerling": _c("{first} is gevraagd wat hij fijn vindt in de klas. Hij vertelt dat hij het moeilijk vindt als de juf snel praat. Daarom is afgesproken dat de leerkracht instructies ook op het bord zet (picto's); dit is opgenomen in de aanpak."),
    "evaluatie": _c("Evaluatie twee keer per schooljaar (januari en juni) met ouders (met tolk) en {first}."),
}

BASE["sbo"] = {
    "uitstroombestemming": _c("Praktijkonderwijs of vmbo basisberoepsgerichte leerweg met lwoo; de definitieve keuze volgt na de NIO-afname in groep 8."),
    "onderbouwing": _c("{first} heeft een TIQ van 79 (WISC-V, 2024). Zijn functioneringsniveau begrijpend lezen is eind groep 4, rekenen eind groep 5, technisch lezen AVI M5. Zijn leerrendement ligt tussen 50% en 60%. Door zijn ADHD zijn de resultaten wisselend. Bij deze combinatie past uitstroom naar praktijkonderwijs of vmbo-basis met lwoo."),
    "belemmerende_factoren": _c(["ADHD (gediagnosticeerd 2022, medicatie).", "Impulsief gedrag op het plein en in de overgang tussen activiteiten.", "Zwak begrijpend lezen."]),
    "bevorderende_factoren": _c(["Praktisch ingesteld, werkt graag met zijn handen.", "Reageert goed op complimenten en duidelijke afspraken.", "Goede relatie met zijn groepsleerkracht."]),
    "ondersteuningsbehoefte": _c("{first} heeft een voorspelbare dag nodig met een dagplanning op zijn tafel, korte werkblokken (15 minuten) met een beweegmoment, en een vaste plek dicht bij de leerkracht."),
    "ondersteuning": _c(["Dagplanning en time-timer op tafel (leerkracht, dagelijks).", "Beweegpauze na elk werkblok.", "Sociale vaardigheidstraining in de groep, wekelijks 45 minuten, door de gedragsspecialist.", "Begeleiding op het plein door de pleinwacht met een vaste afspraak (rood-groen-kaart)."], "leerkracht, gedragsspecialist", "vanaf september 2025"),
    "afwijkingen_onderwijsprogramma": _c("Geen afwijkingen: {first} volgt het programma van de groep op het niveau van de basisgroep van het sbo."),
    "doelen": _c(["{first} werkt eind december 2025 drie werkblokken van 15 minuten zelfstandig af (observatie, 4 van de 5 dagen).", "Eind juni 2026 haalt {first} op begrijpend lezen functioneringsniveau M5.", "Er zijn per week hoogstens twee incidenten op het plein (registratie pleinwacht)."]),
    "adviezen_professionals": _c("Advies van de commissie voor de begeleiding (orthopedagoog F. Meijerink, 2 september 2025): structuur, korte taken, bewegen. Advies van de kinderpsychiater (Jeugdzorg Hollumerveen, mei 2025): medicatie blijft gelijk; school geeft wekelijks een korte terugkoppeling over concentratie. De school voert beide adviezen uit."),
    "oogo": _c("Op {oogo_date} besproken met {parents}, de groepsleerkracht en de orthopedagoog."),
    "inbreng_leerling": _c("{first} zegt dat hij beter kan werken met een koptelefoon. Dat is nu in de aanpak opgenomen: {first} mag bij zelfstandig werken de koptelefoon gebruiken."),
    "evaluatie": _c("Het OPP wordt geëvalueerd in februari 2026 en juni 2026, in een gesprek met ouders en {first}."),
}

BASE["so_ass"] = {
    "uitstroombestemming": _c("Uitstroombestemming: voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs, met de verwachting dat {first} daar vmbo-kader kan halen. Terugplaatsing naar het regulier basisonderwijs wordt op dit moment niet verwacht."),
    "onderbouwing": _c("{first} heeft een gemiddelde intelligentie (TIQ 101). Zijn didactische resultaten liggen ongeveer een jaar achter (rekenen eind groep 3, technisch lezen AVI E3) door uitval op zijn vorige school. Sinds hij op De Kleine Horizon zit, is zijn leerrendement gestegen tot 80%. Zijn ASS en gedragsproblemen maken een prikkelarme, kleine setting nodig; daarom VSO en niet regulier."),
    "belemmerende_factoren": _c(["Autismespectrumstoornis (diagnose 2023).", "Snel overprikkeld; kan dan boos worden en weglopen.", "Moeite met veranderingen in het rooster."]),
    "bevorderende_factoren": _c(["Sterke interesse in treinen en techniek; goed in rekenen met concrete voorbeelden.", "Houdt zich goed aan regels als die vooraf duidelijk zijn.", "Betrokken ouders; goede samenwerking met de jeugdhulp."]),
    "ondersteuningsbehoefte": _c("{first} heeft een vaste plek, een visueel dagprogramma, vooraankondiging van veranderingen en een prikkelarme werkplek nodig. Bij spanning heeft hij een afgesproken rustplek nodig."),
    "ondersteuning": _c(["Visueel dagprogramma en vooraankondiging van veranderingen door de groepsleerkracht, dagelijks.", "Rustplek (prikkelarme hoek) met time-out-afspraak.", "Individuele begeleiding door de ambulant begeleider van Jeugdzorg Ekelshorst, 1 x per week 45 minuten op school.", "Weekoverleg met ouders via het heen-en-weerschrift."], "groepsleerkracht, jeugdhulp", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt voor rekenen en lezen de leerlijnen van het SO (uitstroomprofiel vervolgonderwijs). Hij volgt gym in een kleine groep apart. Zijn schooldag is tot de herfstvakantie verkort tot 12.00 uur (met ontheffing, afgestemd met de leerplichtambtenaar); daarna volledig."),
    "doelen": _c(["{first} gebruikt bij spanning zelf de rustplek en keert binnen 10 minuten terug (registratie, 4 van de 5 keer).", "Eind januari 2026 leest {first} AVI M4.", "{first} werkt vanaf november 2025 hele dagen op school."]),
    "adviezen_professionals": _c("Advies van de commissie voor de begeleiding (dr. E. Vlasveld, 16 september 2025): de CvB adviseert het OPP vast te stellen zoals het er ligt, met de verkorte schooldag alleen tot de herfstvakantie. Advies van de jeugdarts (GGD, augustus 2025): dagritme bewaken, geen bezwaar tegen volledige schooldag na opbouw. De school neemt beide adviezen over."),
    "oogo": _c("Het plan is op {oogo_date} met {parents} besproken in een gesprek met de groepsleerkracht en de gedragswetenschapper. Ouders vroegen om de verkorte dag sneller af te bouwen; afgesproken is opbouw tot de herfstvakantie."),
    "inbreng_leerling": _c("{first} heeft met de groepsleerkracht een tekening gemaakt van 'mijn fijne school'. Hij wil graag een eigen tafel bij het raam en minder lawaai. Dat is meegenomen: hij heeft een vaste plek aan de raamkant gekregen met een schot."),
    "evaluatie": _c("Evaluatie met ouders en {first} in januari 2026 en juni 2026; de commissie voor de begeleiding bespreekt de evaluatie jaarlijks."),
}

BASE["so_zml"] = {
    "uitstroombestemming": _c("Verwachte uitstroom: VSO, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)."),
    "onderbouwing": _c("{first} heeft een lichte tot matige verstandelijke beperking (IQ rond 48, SON-R 2023) en een motorische beperking (spastische diplegie). Zij ontwikkelt zich op de ZML-leerlijnen op niveau 1-2. Gezien haar ontwikkeling en het tempo van de afgelopen drie jaar past dagbesteding; arbeidsmarktgericht is op dit moment niet realistisch."),
    "belemmerende_factoren": _c(["Verstandelijke beperking; korte aandachtsspanne.", "Motorische beperking, rolstoelgebruik over grotere afstanden.", "Epilepsie (onder controle met medicatie)."]),
    "bevorderende_factoren": _c(["Vrolijk, sociaal, zoekt contact.", "Houdt van muziek en helpen bij dagelijkse taken.", "Goed netwerk van fysiotherapeut, ergotherapeut en logopedist op school."]),
    "ondersteuningsbehoefte": _c("{first} heeft één-op-één-instructie nodig, veel herhaling, ondersteunende communicatie met picto's en gebaren (NmG), en aanpassingen in de ruimte voor haar rolstoel."),
    "ondersteuning": _c(["Dagelijkse één-op-één-instructie door de onderwijsassistent (2 x 20 minuten).", "Fysiotherapie 2 x per week en ergotherapie 1 x per week op school.", "Logopedie 1 x per week, ondersteunde communicatie.", "Zelfredzaamheidstraining (aankleden, eten) in de groep."], "groepsleerkracht, therapeuten", "doorlopend"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt de ZML-leerlijnen (CED-leerlijnen) in plaats van de kerndoelen van het SO; zij heeft geen aanbod Engels. Tijdens de therapieën mist zij deels de groepsactiviteiten."),
    "doelen": _c(["{first} herkent 20 picto's van het dagprogramma (april 2026).", "{first} trekt zelfstandig haar jas aan met ritssluiting (maart 2026)."]),
    "adviezen_professionals": _c("Advies van de commissie voor de begeleiding (drs. O. Nijboer, september 2025): ontwikkelingsperspectief handhaven, doelen zelfredzaamheid prioriteit geven. Advies ergotherapeut: aangepaste stoel en schrijfhulp, aangeschaft in oktober."),
    "oogo": _c("Het plan is besproken met mevr. Wiersma op {oogo_date} (groepsleerkracht, orthopedagoog)."),
    "inbreng_leerling": _c("Met {first} is met picto's gesproken over wat zij leuk vindt. Zij koos 'muziek' en 'koken'. Daarom zijn de zelfredzaamheidsdoelen gekoppeld aan de kookles op vrijdag."),
    "evaluatie": _c("Evaluatie met moeder en {first} in februari en juli 2026; jaarlijkse bespreking in de commissie voor de begeleiding."),
}

BASE["vo_havo"] = {
    "uitstroombestemming": _c("Verwacht uitstroomniveau: havo-diploma; vervolg hbo."),
    "onderbouwing": _c("{first} had een havo/vwo-advies (doorstroomtoets 2F/2F, rekenen 1S). In klas 1 had zij voldoendes voor alle vakken behalve Frans (4,9). Haar dyslexie (verklaring 2021) en de angstklachten sinds het voorjaar 2025 leiden tot uitval en verzuim, niet tot een lager niveau. Met ondersteuning blijft havo haalbaar."),
    "belemmerende_factoren": _c(["Ernstige dyslexie; traag lezen en veel spelfouten.", "Faal- en sociale angst, vooral bij mondelinge presentaties.", "Verzuim (12% in het vorige schooljaar)."]),
    "bevorderende_factoren": _c(["Sterk in wiskunde en biologie.", "Goede band met de mentor; durft hulp te vragen.", "Steunende ouders; behandeling bij de GGZ is gestart."]),
    "ondersteuningsbehoefte": _c("{first} heeft digitale ondersteuning bij lezen nodig, extra tijd bij toetsen, een rustige toetsruimte en de mogelijkheid om presentaties in kleine kring of opgenomen te doen."),
    "ondersteuning": _c(["Voorleessoftware (ClaroRead) op school en thuis; boeken digitaal (Dedicon).", "Verlenging van de toetstijd met 20% en toetsen in het stiltelokaal.", "Wekelijks mentorgesprek van 15 minuten (mentor).", "Begeleiding door de faalangstcoach, 6 gesprekken vanaf oktober 2025.", "Afstemming met de behandelaar van GGZ Lindebroek, eens per 6 weken."], "mentor, zorgcoördinator, faalangstcoach", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} krijgt ontheffing voor Frans in de tweede klas; zij volgt in die uren extra Engels/Nederlands in het steunlokaal. Mondelinge presentaties mag zij vervangen door een opgenomen presentatie."),
    "doelen": _c(["{first} heeft in periode 2 geen onvoldoende voor Nederlands en Engels.", "Het verzuim is in januari 2026 gedaald tot onder de 5%.", "{first} houdt in maart 2026 een presentatie in een groep van vijf leerlingen."]),
    "adviezen_professionals": _c("Advies van de behandelaar (GZ-psycholoog, GGZ Lindebroek, september 2025): geen druk op presentaties voor de klas, wel oefenen in kleine stappen. Advies dyslexieverklaring (Dyslexiecentrum Zandwold): voorleessoftware en extra tijd. Beide zijn opgenomen in de aanpak."),
    "oogo": _c("Besproken met {parents} en {first} op {oogo_date} (mentor, zorgcoördinator)."),
    "inbreng_leerling": _c("{first} heeft zelf het deel 'Dit wil ik' ingevuld. Zij wil geen extra lessen in de pauze en wil zelf kiezen wanneer ze naar het stiltelokaal gaat. Afgesproken is dat ze een toetspas krijgt en zelf beslist; de extra lessen vallen in de Frans-uren, niet in de pauze."),
    "evaluatie": _c("Evaluatie met ouders en {first} in januari 2026 (na periode 2) en in juni 2026."),
}

BASE["vo_vmbo"] = {
    "uitstroombestemming": _c("vmbo-kader diploma (profiel Produceren, Installeren en Energie), daarna mbo niveau 3."),
    "onderbouwing": _c("{first} staat in 3K voor alle vakken voldoende behalve Nederlands (5,4). Zijn praktijkvakken zijn goed (gemiddeld 7,5). In klas 2 stond hij op de grens van kader en basis; door de vaste begeleiding is hij stabiel op kaderniveau. Zijn autisme maakt dat hij vooral ondersteuning nodig heeft in de overgangen en bij stage."),
    "belemmerende_factoren": _c(["ASS; moeite met onverwachte veranderingen en groepswerk.", "Zwakke taalvaardigheid (leesbegrip).", "Vermoeidheid aan het eind van de week."]),
    "bevorderende_factoren": _c(["Technisch zeer vaardig en nauwkeurig.", "Duidelijk toekomstbeeld: hij wil installatiemonteur worden.", "Goede samenwerking met de praktijkdocent."]),
    "ondersteuningsbehoefte": _c("{first} heeft duidelijkheid nodig over rooster en opdrachten, een vaste werkplek, een aanspreekpunt bij problemen en voorbereiding op de stage."),
    "ondersteuning": _c(["Begeleiding in het Trajectlokaal: {first} kan daar terecht bij onrust; 2 vaste momenten per week met de begeleider.", "Roosterwijzigingen worden hem door de mentor vooraf via de app gemeld.", "Stagevoorbereiding met de stagecoördinator (3 gesprekken) vóór de stage in maart 2026."], "mentor, trajectbegeleider, stagecoördinator", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("Geen afwijkingen van het onderwijsprogramma."),
    "doelen": _c(["{first} haalt aan het eind van periode 2 een 6,0 voor Nederlands.", "{first} loopt de snuffelstage van 2 weken in maart 2026 volledig."]),
    "adviezen_professionals": _c("Advies van de ambulant begeleider autisme (Autismeteam Vlasmeer, 2025): werk met een vaste werkplek en een voorspelbare weekstructuur; de school volgt dit via het Trajectlokaal."),
    "oogo": _c("Het plan is op {oogo_date} besproken met mevr. Oudshoorn-de Wit en {first} (mentor en ondersteuningscoördinator)."),
    "inbreng_leerling": _c("{first} heeft aangegeven dat hij liever niet uit de les gehaald wordt voor gesprekken. De vaste momenten in het Trajectlokaal zijn daarom in het keuzewerktijd-uur gepland."),
    "evaluatie": _c("Het OPP wordt geëvalueerd in februari 2026 (na de rapportvergadering) en in juni 2026, met moeder en {first}."),
}

BASE["pro"] = {
    "uitstroombestemming": _c("Uitstroom naar arbeid: een baan in de logistiek (orderpicker / magazijnmedewerker), eventueel met een entree-opleiding (mbo niveau 1) in de beroepsbegeleidende leerweg."),
    "onderbouwing": _c("{first} werkt gemotiveerd en zorgvuldig in de praktijklessen (logistiek en groen). Zijn IQ is 72 (NIO, 2022); didactisch leest hij op AVI E6 en rekent hij op eind-groep-6-niveau. Zijn eerste interne stage (magazijn) is goed beoordeeld. Daarom is uitstroom naar arbeid in de logistiek realistisch."),
    "belemmerende_factoren": _c(["Beperkte rekenvaardigheid (geld, tijd).", "Weinig zelfvertrouwen bij nieuwe mensen.", "Onregelmatig dagritme thuis (laat naar bed)."]),
    "bevorderende_factoren": _c(["Betrouwbaar en nauwkeurig in praktisch werk.", "Heeft een heftruckcertificaat-traject gestart.", "Ouders steunen het plan voor werk in de logistiek."]),
    "ondersteuningsbehoefte": _c("{first} heeft begeleiding nodig bij het oefenen van contact met collega's op de stage, praktische rekenvaardigheid gekoppeld aan werk, en hulp bij een vast dagritme."),
    "ondersteuning": _c(["Interne stage magazijn, 2 dagen per week (begeleiding: stagedocent, wekelijks).", "Rekenen in de praktijk (geld en tijd), 2 x per week in kleine groep.", "Sollicitatie- en communicatietraining (8 lessen, januari-maart 2026).", "Jobcoach bij de externe stage vanaf april 2026."], "stagedocent, mentor, jobcoach", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("n.v.t. - {first} volgt het gewone programma van praktijkonderwijs leerjaar 3."),
    "doelen": _c(["{first} komt de komende periode 95% op tijd op zijn stage (registratie stagebedrijf).", "{first} haalt in maart 2026 het certificaat 'Orderpicken' (branchecertificaat).", "{first} voert zelfstandig een kort gesprek met zijn stagebegeleider (observatie, februari 2026)."]),
    "adviezen_professionals": _c("Advies van de jeugdarts (GGD, oktober 2025): aandacht voor slaap; de mentor bespreekt het dagritme met ouders en {first}. Advies van de trajectbegeleider UWV (Praktijkroute): start de jobcoach al bij de eerste externe stage. Wordt uitgevoerd."),
    "oogo": _c("Besproken op {oogo_date} met {parents} en {first} (mentor, zorgcoördinator)."),
    "inbreng_leerling": _c("{first} wil graag buiten werken. Daarom is naast de magazijnstage ook een oriëntatie groenvoorziening (1 dag) toegevoegd; de keuze voor logistiek houdt hij open tot de evaluatie in juni."),
    "evaluatie": _c("Evaluatie van het OPP in het driehoeksgesprek in februari 2026 en juni 2026."),
}

BASE["vso_arbeid"] = {
    "uitstroombestemming": _c("Uitstroomprofiel arbeidsmarktgericht; verwachte uitstroom: betaald werk in de horeca (keukenhulp / afwashulp), eventueel met loonkostensubsidie en jobcoach."),
    "onderbouwing": _c("{first} heeft een IQ van 68 (WAIS-IV, 2024) en werkt in de keukenstage zorgvuldig en zelfstandig. Haar stagebeoordelingen (2024-2025) zijn goed op werkhouding en matig op tempo. Zij heeft het Praktijkverklaring-traject 'Keukenassistent' gestart. Dit past bij arbeidsmarktgericht met een functie op de arbeidsmarkt."),
    "belemmerende_factoren": _c(["Laag werktempo bij drukte.", "Moeite met klokkijken en reizen naar een nieuwe stageplek.", "Weinig durf om hulp te vragen."]),
    "bevorderende_factoren": _c(["Gemotiveerd, vriendelijk met collega's en gasten.", "Houdt van koken en schoonmaken; werkt netjes.", "Ouders steunen een baan in de horeca."]),
    "ondersteuningsbehoefte": _c("{first} heeft een vaste werkplek en taakkaarten nodig, oefening met reizen, en een begeleider op de stage die zij kan aanspreken."),
    "ondersteuning": _c(["Externe stage in Restaurant De Oude Pastorie, 3 dagen per week, met wekelijks bezoek van de stagebegeleider.", "Reistraining openbaar vervoer door de mobiliteitscoach (10 weken vanaf november 2025).", "Branchecertificaat keukenassistent met de praktijkdocent."], "stagebegeleider, mobiliteitscoach, praktijkdocent", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt het programma arbeidsmarktgericht; 3 dagen per week is zij op stage, de theorievakken zijn beperkt tot Nederlands, rekenen en burgerschap op 2 dagen."),
    "doelen": _c(["{first} reist in februari 2026 zelfstandig met de bus naar haar stage.", "{first} haalt voor de zomer van 2026 het branchecertificaat keukenassistent.", "{first} vraagt op stage zelf om hulp als ze klaar is of iets niet begrijpt (beoordeling stagebegeleider)."]),
    "adviezen_professionals": _c("Advies van de commissie voor de begeleiding (drs. P. de Greef, 23 september 2025): stage uitbreiden naar 3 dagen; reistraining starten. De school volgt het advies."),
    "oogo": _c("Het plan is op {oogo_date} besproken met {parents} en {first} (mentor, stagecoördinator)."),
    "inbreng_leerling": _c("{first} zegt dat ze het liefst in een grote keuken wil werken 'waar het gezellig is'. Daarom is de stage bij een restaurant gekozen en niet bij de zorgkeuken; haar wens is ook in het transitieplan opgenomen."),
    "evaluatie": _c("Evaluatie met ouders en {first} in februari 2026 en juni 2026; daarnaast jaarlijks in de commissie voor de begeleiding."),
    "transitie": _c(["Fase: voorbereiding op arbeid (laatste 2 jaar VSO).", "Wonen: {first} woont thuis; oriëntatie begeleid wonen in 2027.", "Werk: zoeken naar een leerwerkplek via het werkgeversservicepunt Aaltjesland (gemeente) vanaf maart 2026; aanvraag indicatie banenafspraak bij UWV in januari 2026.", "Inkomen: aanvraag Wajong/participatiewet-beoordeling met ouders in het voorjaar 2026.", "Netwerk: ouders, zus, trainer van de sportvereniging."]),
}

BASE["vso_adult"] = {
    "uitstroombestemming": _c("Uitstroomprofiel vervolgonderwijs: vmbo-tl-diploma, daarna mbo niveau 4 (ICT - Software Developer)."),
    "onderbouwing": _c("{first} doet dit jaar examen vmbo-tl in 6 vakken; de schoolexamencijfers zijn voldoende (gemiddeld 6,8). Zijn eerdere schooluitval (2021-2022) hing samen met zijn angststoornis, waarvoor hij behandeld is. De verwachting is dat hij het diploma haalt en naar het mbo niveau 4 doorstroomt."),
    "belemmerende_factoren": _c(["Angstklachten in nieuwe situaties (examens, nieuwe school).", "Moeite met plannen van grotere opdrachten."]),
    "bevorderende_factoren": _c(["Sterk in informatica en wiskunde.", "Zelfstandig, weet wat hij wil.", "Goede band met zijn mentor."]),
    "ondersteuningsbehoefte": _c("{first} heeft een rustige examenruimte nodig, een vaste planning met tussentijdse deadlines en een warme overdracht naar het mbo."),
    "ondersteuning": _c(["Examen in een kleine ruimte met extra tijd (30 minuten).", "Wekelijks planningsgesprek met de mentor.", "Warme overdracht naar ROC Vlasmeer door de loopbaanbegeleider, bezoek open dag en intakegesprek samen."], "mentor, examensecretaris, loopbaanbegeleider", "schooljaar 2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("Geen afwijkingen; {first} volgt het examenprogramma vmbo-tl."),
    "doelen": _c(["{first} levert alle PTA-onderdelen op tijd in (periode 1-3).", "{first} is voor 1 april 2026 ingeschreven bij het mbo en heeft een intakegesprek gehad."]),
    "adviezen_professionals": _c("Advies commissie voor de begeleiding (5 september 2025): extra examentijd en kleine ruimte, warme overdracht mbo. Advies behandelaar (psycholoog, 2024): ontspanningsoefeningen vóór examens; {first} doet dit met de mentor."),
    "oogo": _c("Het plan is op {oogo_date} besproken met {first} zelf, die 18 jaar is. Op zijn verzoek was zijn moeder aanwezig als toehoorder."),
    "inbreng_leerling": _c("{first} heeft zelf de doelen voor de overstap naar het mbo geformuleerd."),
    "evaluatie": _c("Evaluatie met {first} in februari 2026 en na de examens in juni 2026."),
    "transitie": _c(["Fase: overgang naar vervolgonderwijs.", "Opleiding: mbo-4 Software Developer, ROC Vlasmeer; aanmelding vóór 1 april 2026.", "Ondersteuning in het mbo: aanvraag extra ondersteuning via het loopbaan- en studentsupportteam, warme overdracht in mei.", "Vrije tijd/wonen: woont thuis; geen vragen op dit gebied."]),
}

BASE["vso_curatele"] = {
    "uitstroombestemming": _c("Uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding bij Zorgboerderij De Wilgenhoeve (Bredewold)."),
    "onderbouwing": _c("{first} (19 jaar) heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd rond 4 jaar, SEO-niveau 2). Zij is onder curatele gesteld; haar moeder is curator. In de stage op de zorgboerderij (2 dagen per week, sinds januari 2025) functioneert zij goed bij dieren en eenvoudige taken. Arbeidsmarktgericht is niet haalbaar."),
    "belemmerende_factoren": _c(["Ernstige verstandelijke beperking, beperkte taal.", "Raakt van slag bij drukte en nieuwe mensen.", "Heeft begeleiding nodig bij eten en toiletgang."]),
    "bevorderende_factoren": _c(["Zeer gericht op dieren; rustig en geconcentreerd in de stal.", "Vaste begeleiders kennen haar goed.", "Moeder en de zorgboerderij werken goed samen."]),
    "ondersteuningsbehoefte": _c("{first} heeft een vast dagritme, vaste begeleiders, communicatie met foto's en voorwerpen, en een geleidelijke overgang naar de dagbesteding nodig."),
    "ondersteuning": _c(["Stage op de zorgboerderij 2 dagen per week, uitbreiding naar 3 dagen vanaf februari 2026 (begeleiding: stagebegeleider school + begeleider zorgboerderij).", "Communicatie met fotokaarten (logopedist, maandelijks advies).", "Overdrachtsdossier voor de zorgboerderij, samengesteld door de mentor (juni 2026)."], "mentor, stagebegeleider, logopedist", "2025-2026"),
    "afwijkingen_onderwijsprogramma": _c("{first} volgt de leerlijnen dagbesteding; de lestijd op school is 2 dagen per week, de overige dagen stage."),
    "doelen": _c(["{first} voert op de zorgboerderij de voerroute voor de kippen uit met fotokaarten, met alleen toezicht (maart 2026).", "{first} went aan een derde dag zonder ontregeling (observatie, april 2026)."]),
    "adviezen_professionals": _c("Advies commissie voor de begeleiding (drs. O. Nijboer, 9 september 2025): uitbreiding stage en warme overdracht naar de dagbesteding in het laatste schooljaar. Advies arts verstandelijk gehandicapten: medicatiemoment op de boerderij vastleggen. Beide opgenomen."),
    "oogo": _c("Het plan is op {oogo_date} besproken met mevr. H. Zandbergen (moeder en curator) en met {first} zelf, op haar niveau, in aanwezigheid van de mentor en de orthopedagoog."),
    "inbreng_leerling": _c("{first} heeft met fotokaarten laten zien wat zij het fijnst vindt: 'kippen' en 'paard'. Daarom is haar taak op de boerderij uitgebreid met de verzorging van de pony."),
    "evaluatie": _c("Evaluatie met de curator en {first} in februari en juni 2026; de commissie voor de begeleiding bespreekt de evaluatie."),
    "transitie": _c(["Fase: laatste schooljaar; uitstroom juli 2026.", "Dagbesteding: Zorgboerderij De Wilgenhoeve, 5 dagen vanaf augustus 2026 (indicatie Wlz aanwezig).", "Wonen: woongroep 't Veldhuis, wachtlijst; blijft voorlopig thuis.", "Vervoer: Wlz-vervoer aangevraagd door de curator."]),
}

RIGHTS_TEXT = ("Voor het handelingsdeel van dit plan (de ondersteuning en begeleiding) is uw instemming nodig. "
               "Stemt u niet in, dan voert de school het plan niet uit en overlegt zij verder met u. Bent u het niet eens "
               "met het ontwikkelingsperspectief, dan kunt u eerst met de school en de directie praten. U kunt ook gratis "
               "advies vragen bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de Onderwijsconsulenten. "
               "Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs "
               "(Onderwijsgeschillen, Utrecht).")

RIGHTS_TEXT_ADULT = ("Omdat je 18 jaar bent en zelf beslist, vraagt de school jouw instemming met het handelingsdeel. Ben je het niet eens, "
                     "dan kun je met de directie praten, advies vragen bij de Onderwijsconsulenten of het steunpunt van het samenwerkingsverband, "
                     "en binnen zes weken na de vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
