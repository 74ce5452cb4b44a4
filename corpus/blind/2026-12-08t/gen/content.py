# -*- coding: utf-8 -*-
"""Text content for the blind OPP corpus (round 72, 2026-12-08t).

All names, schools and places are invented. Content is chosen per school type and
per element *variant*; the variant decides the label (see gen.py: label_for).
"""

ELEMENTS = [
    "uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
    "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
    "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
    "informatie_rechten", "vaststelling",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]


def dlong(d):
    y, m, dd = d
    return f"{dd} {MONTHS[m-1]} {y}"


def dshort(d):
    y, m, dd = d
    return f"{dd:02d}-{m:02d}-{y}"


def dadd(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen",
                "……………………………………", "PM"]

# (destination, onderbouwing) pairs per type; {n} = first name, {hij}/{zijn} pronouns
UITSTROOM = {
    "po": [
        ("Vmbo-kaderberoepsgerichte leerweg (vmbo-kader).",
         "Op de methode-onafhankelijke toetsen (LVS, januari) scoort {n} bij rekenen en begrijpend lezen "
         "op het niveau van half groep 6 (DLE 34 bij een DL van 46); het leerrendement over de afgelopen "
         "twee jaar ligt rond 70%. Het psychologisch onderzoek (WISC-V, april 2024) gaf een TIQ van 88 met een "
         "relatief zwak werkgeheugen en een goede verbale redenering. Gezien deze gegevens, de inzet van {n} "
         "en de ondersteuning thuis verwachten wij dat vmbo-kader haalbaar is."),
        ("Havo.",
         "{n} scoort op alle LVS-toetsen op of boven het landelijk gemiddelde (I/II-scores), behalve bij "
         "spelling (IV) door de vastgestelde dyslexie (dyslexieverklaring juni 2023). Het werktempo ligt hoog, "
         "{hij} redeneert sterk en plant werk zelfstandig. De dyslexie is met compenserende middelen goed op te "
         "vangen. Wij verwachten daarom een havo-advies."),
        ("Vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo).",
         "Het leerrendement bij rekenen en lezen ligt sinds groep 5 onder de 50% (DLE 22 bij DL 40). "
         "Het intelligentieonderzoek (WISC-V, november 2024) laat een TIQ van 79 zien. {n} heeft veel "
         "herhaling en een vaste structuur nodig en is praktisch ingesteld. Dit past bij vmbo-basis met lwoo."),
    ],
    "sbo": [
        ("Praktijkonderwijs.",
         "{n} functioneert bij rekenen en lezen op het niveau van eind groep 4 (DLE 18 bij DL 50); het "
         "leerrendement ligt sinds de plaatsing op het sbo rond 40%. Het intelligentieonderzoek (WISC-V, "
         "februari 2025) gaf een TIQ van 71. {n} leert het best door te doen en laat in de praktijklessen "
         "(koken, techniek) goede vaardigheden zien. Deze gegevens passen bij praktijkonderwijs."),
        ("Vmbo basisberoepsgerichte leerweg met lwoo.",
         "Het leerrendement van {n} is de afgelopen twee jaar gestegen van 50% naar 65% (rekenen en "
         "begrijpend lezen). Het onderzoek van de orthopedagoog (SON-R, september 2024) gaf een IQ van 82. "
         "De concentratieproblemen zijn met de aanpak in de groep beter hanteerbaar geworden. We verwachten "
         "dat {n} met extra ondersteuning het vmbo-basis kan volgen."),
    ],
    "so": [
        ("Vso cluster 4, uitstroomprofiel vervolgonderwijs (vmbo-theoretische leerweg).",
         "{n} heeft een gemiddelde intelligentie (WISC-V, 2024: TIQ 101) en laat bij rekenen en lezen een "
         "leerrendement van ongeveer 90% zien. De gedragsproblemen (diagnose ASS en ADHD) maken dat een "
         "kleine, voorspelbare setting nodig blijft. Cognitief is vmbo-tl haalbaar; daarom verwachten we "
         "uitstroom naar vso met profiel vervolgonderwijs."),
        ("Vso, uitstroomprofiel arbeidsmarktgericht.",
         "Het intelligentieonderzoek (WISC-V, 2025) laat een TIQ van 63 zien. {n} leest op AVI M4 en rekent "
         "op het niveau van eind groep 3; het leerrendement is de laatste twee jaar stabiel rond 35%. {n} "
         "is praktisch vaardig en werkt graag met de handen. Op grond hiervan en het advies van de commissie "
         "voor de begeleiding verwachten we het profiel arbeidsmarktgericht."),
        ("Vso, uitstroomprofiel dagbesteding (activerende dagbesteding).",
         "{n} heeft een ernstige verstandelijke beperking (ontwikkelingsleeftijd ca. 3 jaar volgens de "
         "SEO-R, 2025) en communiceert met gebaren en pictogrammen. De ontwikkeling in de afgelopen jaren "
         "is langzaam maar zichtbaar op zelfredzaamheid. Een leerlijn gericht op dagbesteding past hierbij."),
    ],
    "vo": [
        ("Havo-diploma, profiel Economie en Maatschappij.",
         "{n} heeft het vmbo-tl diploma met gemiddeld 7,4 behaald en is na een positief "
         "doorstroomadvies in havo 4 gestart. De resultaten in periode 1 zijn voldoende (gemiddeld 6,5). "
         "Het onderzoek van de GZ-psycholoog (2024) bevestigt een gemiddelde tot bovengemiddelde "
         "intelligentie; de belemmeringen liggen in de planning en de angstklachten, niet in de capaciteiten."),
        ("Vmbo-diploma theoretische leerweg (vmbo-tl).",
         "De rapportcijfers in leerjaar 2 liggen gemiddeld op een 6,3, met onvoldoendes voor wiskunde en "
         "Frans. De leerachterstand is ontstaan door langdurig verzuim (ziekte, 2024). De capaciteitentest "
         "(NIO, groep 8) gaf een IQ van 98. Met de extra begeleiding verwachten we dat {n} het tl-diploma haalt."),
        ("Vmbo-diploma kaderberoepsgerichte leerweg, profiel Zorg en Welzijn.",
         "De resultaten in leerjaar 3 zijn voldoende tot ruim voldoende voor de beroepsgerichte vakken en "
         "krap voldoende voor de algemene vakken (gemiddeld 6,1). Het dyscalculie-onderzoek (2023) "
         "verklaart de lage cijfers voor wiskunde. {n} wil in de zorg werken en laat op stage een goede "
         "houding zien."),
    ],
    "pro": [
        ("Arbeidsmarkt: betaald werk als medewerker groenvoorziening (hoveniersbedrijf of gemeentelijke buitendienst), met een Entree-certificaat.",
         "Het intelligentieonderzoek bij de aanmelding (WISC-V, 2024) gaf een TIQ van 72. {n} heeft een "
         "leerachterstand van meer dan drie jaar op rekenen en lezen. In de praktijklessen groen en op de "
         "interne stage laat {n} een goede werkhouding, doorzettingsvermogen en uithoudingsvermogen zien. "
         "De stagebegeleider beoordeelt de werknemersvaardigheden als voldoende. Dit maakt werk in het "
         "groen een reële bestemming."),
        ("Vervolgonderwijs: mbo niveau 1 (Entree, richting logistiek), daarna werk als orderpicker.",
         "{n} heeft een IQ van 78 (WISC-V, 2023) en haalde op school de branchecertificaten heftruck en "
         "VCA-basis. Het rekenen ligt op niveau 1F. In de externe stage bij een distributiecentrum werkt {n} "
         "zelfstandig en nauwkeurig. De school verwacht dat de Entree-opleiding haalbaar is."),
        ("Arbeidsmarkt: werk als medewerker schoonmaak/facilitaire dienst, met begeleiding van een jobcoach.",
         "De TIQ is 66 (WISC-V, 2022). {n} werkt het best in een vaste omgeving met vaste taken. Tijdens "
         "de stages schoonmaak (school en hotel) bleek {n} betrouwbaar en nauwkeurig, maar snel overprikkeld "
         "bij drukte. Een vaste werkplek met jobcoach sluit aan bij deze gegevens."),
    ],
    "vso_dagbesteding": [
        ("Uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding in een groene werkplaats of op een zorgboerderij, vier dagen per week.",
         "{n} heeft een matige verstandelijke beperking (TIQ 48, WAIS-IV, 2024; sociaal-emotionele "
         "ontwikkeling rond 4 jaar, SEO-R). In de interne werkplaats werkt {n} twee uur achter elkaar aan "
         "eenvoudige taken met een foto-stappenplan. De oriëntatiestage op de zorgboerderij verliep goed. "
         "Loonvormende arbeid is gezien het werktempo en de begeleidingsbehoefte niet haalbaar."),
        ("Uitstroomprofiel dagbesteding: belevingsgerichte (activerende) dagbesteding bij een zorgaanbieder.",
         "{n} heeft een ernstige meervoudige beperking (ontwikkelingsleeftijd ca. 18 maanden, "
         "BSID/SEO, 2023) en is in alle dagelijkse handelingen afhankelijk van begeleiding. De afgelopen jaren "
         "is vooruitgang geboekt in communicatie met verwijzers. Een belevingsgerichte dagbesteding sluit aan "
         "bij dit ontwikkelingsniveau."),
    ],
    "vso_arbeidsmarkt": [
        ("Uitstroomprofiel arbeidsmarktgericht: werk als keukenhulp/afwasser in de horeca, met loonkostensubsidie en jobcoach.",
         "{n} heeft een licht verstandelijke beperking (TIQ 64, WAIS-IV, 2024). In de schoolkeuken en tijdens "
         "de snuffelstage bij restaurant 't Brughuis liet {n} zien dat {hij} met een vast rooster en "
         "duidelijke instructie zelfstandig kan werken. {n} haalde het certificaat Basishygiëne. Werknemersvaardigheden "
         "(op tijd komen, instructie opvolgen) zijn op niveau 3 van de schoolschaal (van 4)."),
        ("Uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (magazijn/inpak) via beschut werk of een leerwerkplek.",
         "De capaciteiten liggen op zwakbegaafd niveau (TIQ 76, 2023). {n} rekent op niveau 1F en leest "
         "functioneel. In de externe stage bij een inpakbedrijf werkte {n} goed mee, maar had veel "
         "begeleiding nodig bij veranderingen. Het advies van de commissie voor de begeleiding en de "
         "stagebeoordelingen ondersteunen het arbeidsmarktprofiel."),
    ],
    "vso_vervolgonderwijs": [
        ("Uitstroomprofiel vervolgonderwijs: vmbo-basis diploma in het vso, daarna mbo niveau 2 (Dienstverlening en Producten).",
         "{n} heeft een gemiddelde intelligentie (TIQ 94, WISC-V, 2024). De schoolresultaten in leerjaar 3 "
         "zijn voldoende (gemiddeld 6,4). De belemmeringen liggen op het gebied van gedrag en prikkelverwerking "
         "(ASS). In de kleine klas met vaste begeleiding functioneert {n} stabiel, waardoor het "
         "examen vmbo-basis haalbaar wordt geacht."),
        ("Uitstroomprofiel vervolgonderwijs: havo-diploma via het vso, daarna hbo.",
         "{n} scoort op toetsen op havo-niveau (gemiddeld 7,0) en heeft een bovengemiddelde intelligentie "
         "(TIQ 118, 2022). De angststoornis en het schoolverzuim maakten regulier onderwijs niet mogelijk. "
         "Sinds plaatsing is de aanwezigheid 92%. Daarom verwachten wij het havo-diploma."),
    ],
}

BELEMMEREND = {
    "po": ["Zwak werkgeheugen: instructies van meer dan twee stappen worden vergeten.",
           "Faalangst bij toetsen; {n} klapt dicht bij tijdsdruk.",
           "Thuis wordt weinig Nederlands gesproken, waardoor de woordenschat achterblijft."],
    "sbo": ["Concentratieproblemen (ADHD, diagnose 2023); {n} is snel afgeleid in de groep.",
            "Laag leertempo en moeite met automatiseren.",
            "Wisselende stemming na weekenden door de thuissituatie (scheiding ouders)."],
    "so": ["Prikkelverwerking: drukte en onverwachte veranderingen leiden tot boosheid (ASS).",
           "Beperkte frustratietolerantie; {n} loopt weg bij conflicten.",
           "Motorische beperking: schrijven kost veel energie."],
    "vo": ["Planning en organisatie van huiswerk lukken {n} niet zelfstandig.",
           "Angstklachten die leiden tot schoolverzuim (vooral op maandag).",
           "Dyscalculie: rekenen en wiskunde kosten veel tijd."],
    "pro": ["Moeite met omgaan met kritiek op de werkvloer; {n} reageert dan boos.",
            "Beperkt taalbegrip bij schriftelijke werkinstructies.",
            "Weinig uithoudingsvermogen bij eentonig werk."],
    "vso": ["Snelle overprikkeling bij drukte en harde geluiden (ASS).",
            "Afhankelijkheid van begeleiding bij veranderingen in rooster of werkplek.",
            "Beperkte communicatieve redzaamheid: {n} vraagt niet om hulp."],
}

BEVORDEREND = {
    "po": ["{n} is gemotiveerd en wil graag laten zien wat {hij} kan.",
           "Betrokken ouders die thuis oefenen met lezen.",
           "Goede band met de leerkracht en klasgenoten."],
    "sbo": ["Praktisch ingesteld en handig met techniek.",
            "Reageert goed op complimenten en duidelijke afspraken.",
            "Zit op voetbal en heeft daar vrienden."],
    "so": ["Sterk visueel geheugen; pictogrammen en dagritmekaarten helpen.",
           "{n} heeft een vaste vertrouwenspersoon in de klas.",
           "Ouders werken nauw samen met school en de behandelaar."],
    "vo": ["Intelligent en nieuwsgierig; {n} stelt goede vragen.",
           "Sterk in talen en creatieve vakken.",
           "Heeft een vaste coach op school met wie het contact goed is."],
    "pro": ["Werkt graag met de handen en is trots op resultaat.",
            "Komt op tijd en is betrouwbaar op stage.",
            "Heeft een bijbaan bij de supermarkt in het weekend."],
    "vso": ["Zeer betrokken en behulpzaam naar anderen.",
            "Werkt nauwkeurig als de taak voorspelbaar is.",
            "Netwerk: ouders, zus en woonbegeleiding denken actief mee over de toekomst."],
}

BEHOEFTE = {
    "po": ["instructie in kleine stappen met visuele ondersteuning;",
           "een leerkracht die vooraf vertelt wat er getoetst wordt en extra tijd geeft;",
           "dagelijks herhaling van de rekenfeiten (automatiseren)."],
    "sbo": ["een vaste plek met weinig afleiding en een timetimer;",
            "korte taken met directe feedback;",
            "een volwassene die voorspelbaar reageert en grenzen duidelijk aangeeft."],
    "so": ["een voorspelbaar dagprogramma met dagritmekaarten;",
           "een prikkelarme werkplek en een vaste time-out-plek;",
           "begeleiding bij overgangsmomenten (pauze, gym, einde dag)."],
    "vo": ["hulp bij het plannen van huiswerk en toetsen (weekplanning met coach);",
           "een rustige toetsruimte en 20% extra tijd;",
           "een vast aanspreekpunt bij spanning."],
    "pro": ["duidelijke, voorgedane werkinstructies in plaats van alleen geschreven instructies;",
            "een vaste stagebegeleider die wekelijks feedback geeft;",
            "oefenen met omgaan met kritiek in rollenspellen."],
    "vso": ["een vaste begeleider op school en op de stageplek;",
            "taken met een visueel stappenplan en vaste volgorde;",
            "voorbereiding op veranderingen (minimaal een dag van tevoren)."],
}

# support rows: (wat, wie, hoe vaak, vanaf)
STEUN = {
    "po": [("Rekeninstructie in subgroep (verlengde instructie)", "groepsleerkracht", "4x per week 20 min", "sept 2025"),
           ("Begeleiding faalangst (Faalangstreductietraining)", "intern begeleider", "1x per week 30 min, 10 weken", "okt 2025"),
           ("Leesbegeleiding (RALFI-lezen)", "onderwijsassistent", "3x per week 15 min", "sept 2025")],
    "sbo": [("Individuele begeleiding bij werkhouding (timetimer, takenkaart)", "groepsleerkracht", "dagelijks", "sept 2025"),
            ("Sova-training in kleine groep", "orthopedagoog", "1x per week 45 min", "okt 2025"),
            ("Extra rekeninstructie met concreet materiaal", "remedial teacher", "2x per week 30 min", "sept 2025")],
    "so": [("Dagstart en dagafsluiting met pictogrammen", "leerkracht", "dagelijks", "aug 2025"),
           ("Individuele begeleiding emotieregulatie", "gedragsspecialist", "1x per week 30 min", "sept 2025"),
           ("Fysiotherapie op school", "kinderfysiotherapeut", "1x per week", "sept 2025")],
    "vo": [("Coachgesprek en weekplanning", "leerlingcoach", "1x per week 20 min", "sept 2025"),
           ("Examentraining rekenen/wiskunde met rekenmachine", "vakdocent wiskunde", "1x per week", "okt 2025"),
           ("Terugvalplan bij verzuim: contact met thuis op dag 1", "mentor en zorgcoördinator", "bij verzuim", "sept 2025")],
    "pro": [("Stagebegeleiding en stagebezoek", "stagecoördinator", "1x per twee weken", "sept 2025"),
            ("Training 'Omgaan met kritiek'", "mentor", "1x per week 30 min, 8 weken", "okt 2025"),
            ("Taalles met beeldinstructies voor werkopdrachten", "docent Nederlands", "2x per week", "sept 2025")],
    "vso": [("Begeleiding op de stageplek (jobcoaching)", "stagebegeleider school", "wekelijks bezoek", "sept 2025"),
            ("Training zelfredzaamheid (reizen met OV, geld)", "mentor", "2x per week", "sept 2025"),
            ("Logopedie: communicatie en hulp vragen", "logopedist", "1x per week 30 min", "okt 2025")],
}

AFWIJKING = {
    "po": "{n} werkt voor rekenen op een eigen leerlijn (niveau eind groep 5 als einddoel voor groep 8); "
          "voor Engels krijgt {n} vrijstelling van de toetsen. De overige vakken volgt {n} met de groep.",
    "sbo": "Voor rekenen en begrijpend lezen werkt {n} met een eigen leerlijn (einddoel niveau 1F-rekenen "
           "niet haalbaar; streefniveau eind groep 5). Het onderwijs in Engels is vervangen door extra "
           "praktijklessen.",
    "so": "{n} volgt een aangepast rooster (dinsdag- en vrijdagmiddag vrij, 21 uur per week) in verband met "
          "vermoeidheid; dit is afgestemd met de leerplichtambtenaar. Voor rekenen en lezen geldt een "
          "eigen leerlijn op basis van de leerroute 3.",
    "vo": "{n} heeft vrijstelling voor Frans en volgt in die uren extra Nederlands. Voor wiskunde geldt "
          "een aangepast toetsprogramma (rekenmachine en formulekaart toegestaan).",
    "pro": "In leerjaar 3 loopt {n} twee dagen per week stage; deze dagen vervangen de algemene vakken op "
           "die dagen. Voor rekenen werkt {n} aan een eigen leerlijn richting niveau 1F.",
    "vso_vervolgonderwijs": "{n} volgt het examenprogramma met gespreid examen: de examenvakken worden over twee schooljaren verdeeld. Voor Duits heeft {n} vrijstelling; daarvoor in de plaats komt extra begeleiding bij plannen.",
    "vso": "{n} volgt leerroute dagbesteding/arbeid: de kerndoelen vso zijn vervangen door de "
           "leerlijnen arbeidsvaardigheden en zelfredzaamheid; twee dagen per week stage buiten school.",
}

GEEN_AFWIJKING = ["Er zijn geen afwijkingen van het onderwijsprogramma.",
                  "N.v.t.: {n} volgt het reguliere onderwijsprogramma zonder afwijkingen.",
                  "Geen. Het programma en de lestijd zijn gelijk aan die van de groep."]

DOELEN = {
    "po": ["Rekenen: {n} beheerst de tafels van 1 t/m 10 (90% goed op de tafeltoets, binnen 5 minuten) vóór 1 februari.",
           "Begrijpend lezen: {n} past de strategie 'voorspellen' zelfstandig toe bij een nieuwe tekst (observatie leerkracht, 4 van de 5 keer) vóór de meivakantie.",
           "Faalangst: {n} maakt de methodetoetsen in de klas zonder uit te vallen (3 toetsen op rij) vóór de kerstvakantie."],
    "sbo": ["Werkhouding: {n} werkt 15 minuten zelfstandig aan een taak met de timetimer (4 van de 5 dagen) vóór 1 januari.",
            "Rekenen: {n} rekent sommen tot 100 met tientaloverschrijding (80% goed, toets blok 5) vóór april.",
            "Sociaal: {n} lost een conflict op het plein op met het stappenplan zonder volwassene (observatie, 3 keer in een maand)."],
    "so": ["Emotieregulatie: {n} gebruikt bij boosheid de time-out-kaart in plaats van weg te lopen (8 van de 10 keer, turflijst) vóór februari.",
           "Zelfstandigheid: {n} volgt het dagschema met pictogrammen zonder hulp bij 3 van de 4 overgangen per dag.",
           "Lezen: {n} leest AVI E4 beheersingsniveau vóór het einde van het schooljaar."],
    "vo": ["Planning: {n} houdt de weekplanner bij en levert 90% van het huiswerk op tijd in (check coach, periode 2).",
           "Aanwezigheid: het verzuim daalt naar minder dan 5% van de lessen in periode 2 en 3.",
           "Wiskunde: {n} haalt gemiddeld een 5,5 of hoger in periode 2."],
    "pro": ["Stage: {n} loopt 10 weken stage bij een hoveniersbedrijf en scoort 'voldoende' op alle onderdelen van de stagebeoordeling (maart).",
            "Werknemersvaardigheden: {n} reageert rustig op kritiek van de stagebegeleider (beoordeling wekelijks stageformulier, 8 van de 10 weken).",
            "Certificaat: {n} haalt het branchecertificaat Groen 'Werken met kleine machines' vóór juni."],
    "vso": ["Werk: {n} werkt drie uur achter elkaar zelfstandig aan een vaste taak op de stageplek (stagebeoordeling, mei).",
            "Zelfredzaamheid: {n} reist zelfstandig met de bus naar de stageplek (vanaf januari, 4 weken zonder hulp).",
            "Communicatie: {n} vraagt op de stageplek zelf om hulp als iets niet lukt (observatie stagebegeleider, 3 van de 4 bezoeken)."],
}

DOELEN_VAAG = ["{n} gaat beter rekenen.", "{n} voelt zich prettig in de groep.",
               "We werken aan de zelfstandigheid en de werkhouding."]

ADVIES_EXTERN = {
    "po": "De orthopedagoog van het samenwerkingsverband (mw. drs. L. Ruitenberg, verslag {d}) adviseert "
          "instructie in kleine stappen en training van het werkgeheugen. De school voert dit uit via de "
          "verlengde instructie en de faalangsttraining (zie ondersteuning).",
    "sbo": "De kinderpsychiater (dhr. R. Mertens, Jeugd-GGZ Brommerveen, brief {d}) adviseert een vaste "
           "structuur, een prikkelarme werkplek en korte taken. De school heeft dit overgenomen in de "
           "aanpak in de groep. De logopedist adviseert visuele ondersteuning bij instructie; dit is ingevoerd.",
    "so": "De behandelaar van het dagbehandelingscentrum (GZ-psycholoog mw. T. Vos, {d}) adviseert een "
          "vaste time-out-plek en een beloningssysteem. Beide zijn ingevoerd. De fysiotherapeut adviseert "
          "schrijven op een schuine schrijfplank; dit wordt in de klas gebruikt.",
    "vo": "De GZ-psycholoog (mw. E. Lammers, verslag {d}) adviseert een vast aanspreekpunt, een "
          "opbouwschema bij verzuim en toetsen in een rustige ruimte. De school heeft deze adviezen "
          "overgenomen (coach, terugvalplan, toetsruimte).",
    "pro": "De jeugdarts (GGD, consult {d}) adviseert aandacht voor fysieke belastbaarheid bij stage. De "
           "stagecoördinator kiest daarom voor stages met afwisselend werk. De psycholoog adviseert "
           "instructies voor te doen; dit is opgenomen in de ondersteuning.",
    "vso": "De arbeidsdeskundige (UWV, rapport {d}) schat de loonwaarde op 40-50% en adviseert een "
           "jobcoach. De school neemt dit mee in de keuze van de stageplekken. De logopedist adviseert "
           "een communicatiekaart; deze wordt op stage gebruikt.",
}

ADVIES_CVB = ("Commissie voor de begeleiding ({d}): de commissie adviseert het ontwikkelingsperspectief vast te "
              "stellen met het genoemde uitstroomprofiel, de stage-uren in het volgende schooljaar uit te breiden en "
              "de logopedie voort te zetten. De school neemt dit advies over.")
ADVIES_CVB_SO = ("Advies commissie voor de begeleiding ({d}): de commissie onderschrijft de verwachte uitstroom "
                 "en adviseert de individuele begeleiding bij emotieregulatie te continueren en over een half jaar "
                 "opnieuw te kijken naar de leerroute. Het advies is verwerkt in dit plan.")

INBRENG = {
    "young": ("In een gesprek met de praatplaat ({d}) vertelde {n}: 'Ik vind rekenen moeilijk, maar met de "
              "blokjes gaat het goed. Ik wil niet in de gang werken.'",
              "Wat we ermee doen: de extra instructie vindt plaats in de klas aan de instructietafel en niet "
              "op de gang; {n} mag zelf het materiaal kiezen."),
    "teen": ("{n} heeft in het leerlinggesprek ({d}) gezegd: 'Ik wil mijn diploma halen, maar ik wil niet dat "
             "iedereen ziet dat ik extra hulp krijg. Plannen vind ik het moeilijkst.'",
             "Dit is meegenomen: de begeleiding vindt plaats in het mentoruur in plaats van in een apart lokaal, en "
             "het doel over planning is samen met {n} geformuleerd."),
    "vso_work": ("In het gesprek met de mentor ({d}) zei {n}: 'Ik wil later echt geld verdienen en niet de hele dag op school zitten. In de keuken vind ik het leuk.'",
                 "Wat we daarmee doen: de externe stage is uitgebreid van één naar twee dagen per week en {n} kiest zelf mee in welk bedrijf de volgende stage is."),
    "vso": ("Gesprek met {n} ({d}), met ondersteuning van pictogrammen: {n} wil graag 'bij de dieren "
            "werken' en vindt het fijn om met de bus te leren reizen.",
            "Wat het plan daardoor verandert: de tweede stage wordt op een zorgboerderij gezocht en het doel "
            "'zelfstandig reizen' is op verzoek van {n} toegevoegd."),
}

EVALUATIE = [
    "Het OPP wordt twee keer per jaar geëvalueerd met ouders en {n}: tussenevaluatie in {m1}, "
    "jaarevaluatie in {m2}. De mentor plant deze gesprekken; de doelen worden dan bijgesteld.",
    "Evaluatie: in {m1} (tussentijds, met ouders en {n}) en in {m2} (jaarlijks, met ouders, {n} en de "
    "orthopedagoog). Bij de evaluatie wordt gekeken of de doelen zijn behaald en of de uitstroombestemming nog klopt.",
]
EVALUATIE_PRE = "Het OPP wordt minimaal één keer per schooljaar met de ouders geëvalueerd, in {m2}; daarnaast een tussenevaluatie in {m1}."

RECHTEN = [
    "U heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens met het plan, "
    "bespreek dit dan eerst met de mentor of de directeur. U kunt ook hulp vragen aan het ouder- en "
    "jeugdsteunpunt of een onderwijsconsulent (gratis). Komt u er niet uit, dan kunt u binnen zes weken na "
    "vaststelling een verzoek indienen bij de Geschillencommissie passend onderwijs.",
    "Instemming en bezwaar: ouders (en een meerderjarige leerling) moeten instemmen met het handelingsdeel. "
    "Bij onenigheid kunt u contact opnemen met de onderwijsconsulenten of binnen zes weken een geschil "
    "voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).",
]
RECHTEN_REF = "Voor de klachtenregeling en uw rechten verwijzen wij naar de schoolgids."

INSTR = {
    "uitstroombestemming": "<Vul hier de verwachte uitstroombestemming in (bijv. vmbo-kader, praktijkonderwijs, dagbesteding).>",
    "onderbouwing": "[Beschrijf hier op basis van welke gegevens (toetsen, IQ, leerrendement, schoolloopbaan) de uitstroombestemming verwacht wordt. Verwijder deze tekst.]",
    "belemmerende_factoren": "Toelichting: noem hier de factoren die de ontwikkeling belemmeren, per domein (leren, werkhouding, sociaal-emotioneel, thuis).",
    "bevorderende_factoren": "Toelichting: noem hier de sterke kanten van de leerling en beschermende factoren in de omgeving.",
    "ondersteuningsbehoefte": "<Formuleer de onderwijsbehoeften als: 'De leerling heeft nodig: ...' (instructie, leertijd, materialen, aandacht).>",
    "ondersteuning": "[Beschrijf per onderdeel: wat, wie, hoe vaak en vanaf wanneer. Gebruik de tabel hieronder.]",
    "doelen": "Formuleer de doelen SMART (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden). Maximaal 4 doelen.",
    "evaluatie": "<Geef aan wanneer en met wie het plan wordt geëvalueerd.>",
    "adviezen_professionals": "<Neem hier de adviezen van externe deskundigen op en wat de school ermee doet.>",
    "oogo": "<Datum gesprek met ouders en aanwezigen invullen.>",
    "afwijkingen_onderwijsprogramma": "<Indien van toepassing: beschrijf eigen leerlijn, vrijstelling, aangepast rooster. Anders 'geen'.>",
    "informatie_rechten": "<Standaardtekst rechten ouders hier plaatsen.>",
    "inbreng_leerling": "<Beschrijf de mening van de leerling en wat daarmee in het plan is gedaan.>",
}
