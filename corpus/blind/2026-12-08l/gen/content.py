# -*- coding: utf-8 -*-
"""Invented content for the blind OPP corpus (round 64, 2026-12-08l).

Every pupil, school, place, samenwerkingsverband and professional here is invented.
Archetypes hold the substantive text of a complete plan; gen_corpus.py combines
an archetype with a pupil, a layout, a format and a set of deliberate gaps.
"""

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
          "augustus", "september", "oktober", "november", "december"]


def d_nl(iso, style="dash"):
    """Format an ISO date the way Dutch schools write it."""
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "long":
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == "iso":
        return iso
    if style == "slash":
        return "%d/%d/%d" % (d, m, y)
    return "%02d-%02d-%d" % (d, m, y)


DOMAINS = ["Leren en ontwikkeling", "Taal en communicatie", "Sociaal-emotioneel",
           "Werkhouding en taakaanpak", "Lichamelijk en medisch", "Thuissituatie en vrije tijd"]

# ---------------------------------------------------------------------------
# Archetypes. Placeholders: {vn} first name, {hij}/{Hij}/{zijn}/{Zijn}/{hem}
# ---------------------------------------------------------------------------
ARCH = {}

ARCH["po_lezen"] = dict(
    type="po",
    uitstroom="vmbo basisberoepsgerichte leerweg (vmbo-bb) met leerwegondersteuning (lwoo)",
    onderbouwing=("De vaardigheidsscores van {vn} op het leerlingvolgsysteem liggen voor begrijpend lezen en "
                  "rekenen al drie meetmomenten op I-V niveau (laagste 10%). Het leerrendement voor begrijpend lezen "
                  "is over de laatste twee jaar ongeveer 55%, voor rekenen 60%. Het intelligentieonderzoek (WISC-V, "
                  "mei 2024) gaf een totaal-IQ van 81 met een zwakker werkgeheugen. {Hij} heeft groep 3 gedoubleerd. "
                  "Bij doortrekken van deze ontwikkeling eindigt {vn} in groep 8 rond eind-groep-5/begin-groep-6 "
                  "niveau, wat past bij vmbo-bb met lwoo."),
    belem=[("Leren en ontwikkeling", "zwak werkgeheugen; vergeet instructie als er meerdere stappen zijn"),
           ("Taal en communicatie", "beperkte woordenschat, vooral schooltaalwoorden"),
           ("Werkhouding en taakaanpak", "raakt snel afgeleid in de drukke klas (28 leerlingen)"),
           ("Sociaal-emotioneel", "faalangst bij toetsen; zegt dan 'ik kan het toch niet'")],
    bevord=[("Sociaal-emotioneel", "is vrolijk en behulpzaam, heeft twee goede vriendjes in de groep"),
            ("Werkhouding en taakaanpak", "werkt goed in een klein groepje aan de instructietafel"),
            ("Thuissituatie en vrije tijd", "ouders zijn betrokken en lezen thuis dagelijks 15 minuten met {hem}"),
            ("Leren en ontwikkeling", "sterk in praktisch werk en techniek; onthoudt goed wat {hij} heeft gezien")],
    behoeften=["instructie in kleine stappen met een stappenkaart op tafel",
               "verlengde instructie aan de instructietafel, dagelijks",
               "een rustige werkplek en een koptelefoon bij zelfstandig werken",
               "succeservaringen vooraf: toetsen voorbespreken"],
    ondersteuning=[("Verlengde instructie begrijpend lezen en rekenen", "groepsleerkracht (mw. Tjoelker)", "4x per week 20 minuten", "vanaf 6 oktober 2025"),
                   ("Remedial teaching technisch lezen (RALFI)", "RT-er dhr. Beekhuis", "2x per week 30 minuten", "vanaf 13 oktober 2025"),
                   ("Faalangsttraining 'Ik kan het!'", "schoolmaatschappelijk werk", "8 bijeenkomsten", "januari t/m maart 2026")],
    afwijkingen=("Voor rekenen volgt {vn} sinds dit schooljaar een eigen leerlijn (einddoel 1F, niveau eind groep 6). "
                 "Voor de overige vakken volgt {hij} het groepsprogramma."),
    doelen=["Eind januari 2026 leest {vn} AVI-E5 beheerst (nu AVI-M5).",
            "Eind juni 2026 beheerst {vn} de tafels 1 t/m 10 (80% goed binnen 3 seconden per som).",
            "{vn} gebruikt bij elke rekenles zelfstandig de stappenkaart; de leerkracht noteert dit wekelijks."],
    adviezen=[("Orthopedagoog van het samenwerkingsverband (mw. drs. L. Hoogendoorn, verslag 12-05-2024)",
               "instructie visueel ondersteunen, werkgeheugen ontlasten met stappenkaarten; geen tweede doublure",
               "stappenkaarten worden in alle lessen gebruikt; doublure is niet aan de orde"),
              ("Logopedist (praktijk Spraakwater, 2025)", "woordenschat gericht uitbreiden met de methode 'Woordenstroom'",
               "de leerkracht pre-teacht wekelijks 10 woorden uit de nieuwe thema's")],
    inbreng=("{vn} vertelde in het kindgesprek dat {hij} het fijn vindt aan de instructietafel, maar niet wil dat de "
             "hele klas ziet dat {hij} naar de RT gaat."),
    effect=("Daarom vindt de RT plaats tijdens het moment dat de klas zelfstandig werkt en niet tijdens de kring; "
            "de stappenkaart is op {zijn} verzoek klein gemaakt zodat hij in {zijn} la past."),
)

ARCH["po_gedrag"] = dict(
    type="po",
    uitstroom="vmbo-kader (kaderberoepsgerichte leerweg), mogelijk met extra begeleiding",
    onderbouwing=("De cognitieve mogelijkheden van {vn} zijn gemiddeld (WISC-V 2023: TIQ 96). De leerresultaten "
                  "blijven achter door uitval in de les: LVS rekenen en spelling op IV-niveau, begrijpend lezen III. "
                  "Het leerrendement rekenen is het afgelopen jaar gestegen naar 75% sinds de inzet van de "
                  "time-in-plek. De school verwacht dat {vn} bij voortzetting van de ondersteuning vmbo-kader haalt."),
    belem=[("Sociaal-emotioneel", "reageert heftig bij onverwachte veranderingen; ADHD (gecombineerd type, gediagnosticeerd 2023)"),
           ("Werkhouding en taakaanpak", "kan lastig aan een taak beginnen en zijn werk plannen"),
           ("Thuissituatie en vrije tijd", "wisselt wekelijks tussen het huis van moeder en vader; maandag is vaak onrustig"),
           ("Leren en ontwikkeling", "hiaten in rekenen (breuken, procenten) door gemiste instructie")],
    bevord=[("Leren en ontwikkeling", "goed taalgevoel, creatief en vertelt graag"),
            ("Sociaal-emotioneel", "sterke band met de leerkracht; accepteert hulp van volwassenen die hij vertrouwt"),
            ("Lichamelijk en medisch", "is sportief (voetbal, 2x per week training); bewegen helpt hem om rustig te worden"),
            ("Thuissituatie en vrije tijd", "beide ouders werken mee aan dezelfde afspraken thuis")],
    behoeften=["een vaste dagplanning op tafel en vooraankondiging van veranderingen",
               "een time-in-plek in de klas en afspraken over wanneer {hij} die gebruikt",
               "korte taken met tussentijdse controle",
               "een vast aanspreekpunt op maandagochtend"],
    ondersteuning=[("Inzet onderwijsassistent in de groep", "onderwijsassistent mw. Roukema", "maandag en woensdag, ochtend", "vanaf 1 oktober 2025"),
                   ("Coaching executieve functies (plannen, starten)", "ambulant begeleider van het SWV", "1x per twee weken 45 minuten", "oktober 2025 t/m maart 2026"),
                   ("Dagstart met de leerkracht", "groepsleerkracht", "dagelijks 5 minuten", "vanaf 1 oktober 2025")],
    afwijkingen=None,
    doelen=["Eind december 2025 gebruikt {vn} de time-in-plek zelf op tijd, in ten minste 4 van de 5 dagen (turflijst).",
            "In maart 2026 beheerst {vn} breuken en procenten op M6-niveau (methodetoets ten minste 70%).",
            "{vn} begint binnen 3 minuten na de instructie zelfstandig aan de taak (observatie, 3x per maand)."],
    adviezen=[("Kinderpsychiater (GGZ-instelling De Brug, brief 2-9-2025)",
               "voorspelbaarheid en bewegingspauzes; medicatie wordt thuis gegeven, school meldt bijwerkingen",
               "bewegingspauzes zijn opgenomen in de dagplanning; medicatieafspraken staan in het medisch protocol"),
              ("Ambulant begeleider SWV (observatie 16-9-2025)", "time-in in plaats van time-out; complimenteren op inzet",
               "de time-in-plek is ingericht en het team is hierover geïnformeerd")],
    inbreng=("{vn} zegt zelf dat {hij} boos wordt als {hij} 'niet snapt wat er gaat gebeuren'. {Hij} wil graag een "
             "plek waar {hij} even kan afkoelen zonder de klas uit te moeten."),
    effect=("Op {zijn} voorstel is de time-in-plek in de klas gekozen in plaats van een plek op de gang, en "
            "hangt de dagplanning ook op {zijn} tafel."),
)

ARCH["sbo_taal"] = dict(
    type="sbo",
    uitstroom="praktijkonderwijs",
    onderbouwing=("{vn} functioneert op alle leergebieden ruim onder het niveau van leeftijdgenoten: technisch lezen "
                  "AVI-M4, begrijpend lezen en rekenen op eind-groep-4-niveau bij een didactische leeftijd van 50 maanden. "
                  "Het capaciteitenonderzoek (SON-R 6-40, maart 2025) gaf een IQ van 72; de taalontwikkelingsstoornis "
                  "(TOS, 2022) beperkt daarnaast het leren via talige instructie. Het leerrendement is stabiel rond 45%. "
                  "Hierbij past praktijkonderwijs."),
    belem=[("Taal en communicatie", "taalontwikkelingsstoornis: begrijpt lange zinnen en abstracte begrippen slecht"),
           ("Leren en ontwikkeling", "laag tempo van automatiseren"),
           ("Sociaal-emotioneel", "trekt zich terug als {hij} iets niet begrijpt en vraagt geen hulp")],
    bevord=[("Werkhouding en taakaanpak", "is gemotiveerd en werkt netjes"),
            ("Leren en ontwikkeling", "leert goed van voordoen en met concreet materiaal"),
            ("Thuissituatie en vrije tijd", "helpt graag in de moestuin van opa; technisch handig")],
    behoeften=["instructie met pictogrammen en voordoen (model-leren)",
               "korte, concrete zinnen en controle of de opdracht begrepen is",
               "een leerkracht die uitnodigt om hulp te vragen (afgesproken kaartje)"],
    ondersteuning=[("Taalbegeleiding vanuit cluster 2 (Auris-achtige dienst, ambulant)", "ambulant begeleider cluster 2", "1x per week 45 minuten", "vanaf september 2025"),
                   ("Werken met de leerlijn 'praktisch rekenen' in de niveaugroep", "leerkracht groep 7/8", "dagelijks", "vanaf september 2025"),
                   ("Logopedie onder schooltijd", "logopedist mw. Brakel", "1x per week 30 minuten", "doorlopend")],
    afwijkingen=("{vn} volgt voor rekenen en begrijpend lezen een eigen leerlijn met als einddoel niveau eind groep 6 "
                 "(ondergrens 1F wordt niet verwacht). Engels wordt vervangen door extra woordenschatlessen."),
    doelen=["Eind groep 8 leest {vn} AVI-E5 (tussendoel februari 2026: AVI-M5).",
            "In april 2026 kan {vn} met geld rekenen tot 20 euro (teruggeven op een winkelbon, 4 van 5 goed).",
            "{vn} gebruikt het hulpkaartje minstens één keer per dag (registratie leerkracht)."],
    adviezen=[("Logopedist (verslag juni 2025)", "visuele ondersteuning, herhalen van kernbegrippen",
               "de leerkracht gebruikt een woordmuur met pictogrammen"),
              ("Commissie van begeleiding sbo (bespreking 23-9-2025)", "handhaven eigen leerlijn; uitstroom praktijkonderwijs is passend",
               "de school neemt het advies over")],
    inbreng=("{vn} heeft met hulp van pictogrammen verteld dat {hij} het liefst 'met zijn handen' werkt en bang is "
             "voor de grote school volgend jaar."),
    effect=("Daarom gaat {vn} in het voorjaar twee keer kijken op een school voor praktijkonderwijs, samen met de "
            "leerkracht; dit is als doel toegevoegd."),
)

ARCH["sbo_rekenen"] = dict(
    type="sbo",
    uitstroom="vmbo-basisberoepsgerichte leerweg, richting zorg en welzijn",
    onderbouwing=("{vn} kwam in groep 5 naar het sbo. Sindsdien is het leerrendement voor rekenen van 40% naar 70% "
                  "gestegen; begrijpend lezen ligt op niveau eind groep 6 (DLE 45). Intelligentie: WISC-V TIQ 84 "
                  "(2024). Gezien de stijgende lijn en de goede werkhouding verwacht het team vmbo-bb."),
    belem=[("Leren en ontwikkeling", "dyscalculie (verklaring 2024); rekenfeiten zijn niet geautomatiseerd"),
           ("Sociaal-emotioneel", "laag zelfbeeld als het om leren gaat")],
    bevord=[("Werkhouding en taakaanpak", "doorzetter; maakt huiswerk trouw"),
            ("Sociaal-emotioneel", "zorgzaam voor jongere kinderen; gewaardeerd klassenmaatje"),
            ("Thuissituatie en vrije tijd", "stabiele thuissituatie; moeder oefent thuis met de rekenapp")],
    behoeften=["gebruik van rekenkaart en rekenmachine bij toetsen", "extra tijd bij toetsen (25%)",
               "feedback op inzet, niet alleen op het resultaat"],
    ondersteuning=[("Rekeninterventie volgens het dyscalculieprotocol", "rekenspecialist dhr. Olthof", "2x per week 30 minuten", "vanaf 8 september 2025"),
                   ("Inzet compenserende middelen (rekenkaart, rekenmachine)", "alle leerkrachten", "bij alle rekenlessen en toetsen", "vanaf 8 september 2025")],
    afwijkingen="Geen. {vn} volgt het reguliere programma van de groep, met compenserende middelen.",
    doelen=["Februari 2026: vermenigvuldigen tot 100 met rekenkaart 90% goed.",
            "Juni 2026: methodetoets verhoudingen ten minste 65% goed.",
            "{vn} benoemt na elke toets één ding dat goed ging (evaluatiegesprek met mentor, maandelijks)."],
    adviezen=[("Dyscalculieonderzoek (Instituut Telkracht, 2024)", "compenserende en dispenserende maatregelen, dagelijkse korte oefening",
               "opgenomen in de ondersteuning hierboven")],
    inbreng=("{vn} wil graag dat de rekenmachine 'gewoon' op tafel mag liggen zonder dat {hij} het steeds moet vragen."),
    effect=("Dat is afgesproken: de rekenmachine ligt standaard op {zijn} tafel bij rekenen en toetsen."),
)

ARCH["so_autisme"] = dict(
    type="so",
    uitstroom="voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs (richting vmbo-tl/mbo niveau 3)",
    onderbouwing=("{vn} heeft een gemiddelde intelligentie (WISC-V 2024: TIQ 102, VBI 110, VSI 95) en scoort op "
                  "rekenen en spelling op het niveau van de groep (III). Door de autismespectrumstoornis lukt het werken "
                  "in een grote groep nog niet. De commissie voor de begeleiding verwacht dat {vn} in een kleine vso-"
                  "setting een vmbo-tl-diploma kan halen."),
    belem=[("Sociaal-emotioneel", "autismespectrumstoornis; overprikkeling in drukke situaties, dan blokkeert {hij}"),
           ("Taal en communicatie", "neemt taal letterlijk; mist impliciete verwachtingen"),
           ("Werkhouding en taakaanpak", "moeite met overgangen tussen taken")],
    bevord=[("Leren en ontwikkeling", "sterk in rekenen en topografie; goed geheugen voor feiten"),
            ("Werkhouding en taakaanpak", "werkt zeer nauwkeurig als de structuur duidelijk is"),
            ("Thuissituatie en vrije tijd", "vaste vriend op de scouting; ouders werken nauw samen met school")],
    behoeften=["een voorspelbaar dagprogramma met picto's", "een prikkelarme werkplek",
               "expliciete uitleg van sociale verwachtingen", "vooraankondiging van veranderingen"],
    ondersteuning=[("Werken in een groep van 12 leerlingen met vaste leerkracht en assistent", "team groep Zeester", "dagelijks", "schooljaar 2025-2026"),
                   ("Sociale vaardigheidstraining (Kies voor Kracht)", "gedragswetenschapper", "1x per week", "vanaf oktober 2025"),
                   ("Inzet prikkelarme werkplek en koptelefoon", "leerkracht", "op eigen verzoek", "doorlopend")],
    afwijkingen=("Gym volgt {vn} in een kleine groep in plaats van met twee groepen samen; verder het reguliere "
                 "so-programma op niveau groep 7."),
    doelen=["Maart 2026: {vn} maakt bij een onverwachte verandering zelf gebruik van de wijzigingskaart (3 van 4 keer).",
            "Juni 2026: {vn} werkt 30 minuten zelfstandig in de groepsruimte (nu 15).",
            "Juni 2026: rekenen op eind-groep-7 niveau (LVS, minimaal III)."],
    adviezen=[("Commissie voor de begeleiding (advies 30-9-2025)", "handhaven kleine groep; uitstroomprofiel vervolgonderwijs is realistisch",
               "de school neemt het advies over en stelt het perspectief daarop vast"),
              ("GZ-psycholoog Kinderpraktijk Meerzicht (verslag 2024)", "prikkels beperken, sociale situaties voorbespreken",
               "voorbespreken is onderdeel van de dagstart")],
    inbreng=("{vn} gaf aan dat de koptelefoon helpt, maar dat {hij} zich schaamt als anderen ernaar kijken."),
    effect=("Samen met {vn} is afgesproken dat alle leerlingen van de groep een koptelefoon mogen gebruiken; "
            "de training begint op {zijn} wens pas na de herfstvakantie."),
)

ARCH["so_lichamelijk"] = dict(
    type="so",
    uitstroom="praktijkonderwijs of vso-arbeidsmarktgericht; voorlopig perspectief: praktijkonderwijs",
    onderbouwing=("{vn} heeft een spastische diplegie en epilepsie (goed ingesteld). Het leerrendement is circa 60% "
                  "voor lezen en 50% voor rekenen; de vaardigheden liggen op eind-groep-4/5-niveau (DLE 30-35) bij een "
                  "leeftijd van 11 jaar. Uit het psychologisch onderzoek (2025) komt een TIQ van 76."),
    belem=[("Lichamelijk en medisch", "vermoeibaarheid; schrijven kost veel energie"),
           ("Lichamelijk en medisch", "epilepsie: aanvallen bij vermoeidheid (protocol aanwezig)"),
           ("Leren en ontwikkeling", "traag werktempo")],
    bevord=[("Sociaal-emotioneel", "opgewekt, sociaal, goed in contact met volwassenen"),
            ("Leren en ontwikkeling", "goed mondeling taalbegrip; vertelt graag"),
            ("Thuissituatie en vrije tijd", "betrokken ouders, actief in rolstoelbasketbal")],
    behoeften=["werken op een laptop met spraaksoftware", "rustmomenten na de pauze",
               "fysiotherapie en ergotherapie onder schooltijd", "aangepast meubilair"],
    ondersteuning=[("Fysiotherapie", "fysiotherapeut van het behandelcentrum", "2x per week 30 minuten", "doorlopend"),
                   ("Ergotherapie: schrijven met laptop", "ergotherapeut", "1x per week", "vanaf september 2025"),
                   ("Rustmoment in de rustruimte", "klassenassistent", "dagelijks na de middagpauze", "doorlopend")],
    afwijkingen=("Verkort lesprogramma op woensdag (tot 11.30 uur) in verband met vermoeidheid; "
                 "voor schrijven geldt een vervangend doel (typen in plaats van handschrift)."),
    doelen=["Juni 2026: {vn} typt 15 woorden per minuut met spraakondersteuning.",
            "Februari 2026: rekenen tot 100 met sprongen van 10, 80% goed.",
            "{vn} geeft zelf aan wanneer {hij} rust nodig heeft (in 4 van 5 dagen, registratie assistent)."],
    adviezen=[("Revalidatiearts (brief 14-8-2025)", "belasting doseren, rust na de middag",
               "verkort rooster op woensdag en dagelijks rustmoment"),
              ("Commissie voor de begeleiding (advies 7-10-2025)", "perspectief praktijkonderwijs of vso-arbeid; over een jaar opnieuw bezien",
               "de school volgt dit advies")],
    inbreng=("{vn} wil graag 'net als de anderen' de hele woensdag blijven."),
    effect=("Het rooster op woensdag is daarom niet helemaal ingekort: {vn} blijft tot 11.30 uur in plaats van tot 10.00 uur; "
            "na de kerstvakantie wordt bekeken of de hele ochtend lukt."),
)

ARCH["vo_havo_ass"] = dict(
    type="vo",
    uitstroom="havo-diploma (profiel Natuur & Techniek), daarna hbo",
    onderbouwing=("{vn} zit in havo 3 en haalt voor de exacte vakken ruim voldoende resultaten (gemiddeld 7,2). "
                  "De adviesscore van de doorstroomtoets in groep 8 was havo/vwo. Door uitval (verzuim 18% in "
                  "2024-2025) zijn er achterstanden bij talen. Met de ondersteuning verwacht de school dat {vn} het "
                  "havo-diploma haalt."),
    belem=[("Sociaal-emotioneel", "autisme; raakt overbelast bij lesuitval en roosterwijzigingen"),
           ("Werkhouding en taakaanpak", "plannen van huiswerk en toetsweken"),
           ("Lichamelijk en medisch", "slaapproblemen, wisselende energie")],
    bevord=[("Leren en ontwikkeling", "sterk analytisch denkvermogen; goed in wiskunde en natuurkunde"),
            ("Sociaal-emotioneel", "goede band met de mentor; kan eigen grenzen steeds beter aangeven"),
            ("Thuissituatie en vrije tijd", "programmeert in de vrije tijd; ondersteunende ouders")],
    behoeften=["een vaste time-outplek (het ondersteuningslokaal)", "weekplanning met de coach",
               "tijdig bericht bij roosterwijzigingen", "toetsen in een aparte ruimte"],
    ondersteuning=[("Coaching plannen en organiseren", "leerlingcoach mw. Ypma", "wekelijks 30 minuten (maandag 3e uur)", "vanaf 15 september 2025"),
                   ("Time-outkaart en gebruik van het ondersteuningslokaal", "ondersteuningscoördinator", "op eigen initiatief, max. 2x per dag", "vanaf 15 september 2025"),
                   ("Toetsen maken in de stilteruimte met 20 minuten extra tijd", "examensecretaris/mentor", "alle toetsen", "schooljaar 2025-2026")],
    afwijkingen=("Vrijstelling voor lichamelijke opvoeding in het eerste halfjaar, vervangen door een praktische "
                 "opdracht bewegen (afspraak met de sectie LO); de overige vakken volgens het reguliere programma."),
    doelen=["Eind periode 2 heeft {vn} voor alle talen een voldoende gemiddelde (≥ 5,5).",
            "Het verzuim daalt tot onder 8% in het eerste halfjaar (registratie Magister-export).",
            "{vn} maakt vanaf november zelf de weekplanning en bespreekt die met de coach."],
    adviezen=[("Behandelaar GGZ (psychiater, brief 10-6-2025)", "voorspelbaarheid, geen groepsopdrachten zonder vaste rolverdeling",
               "docenten geven bij groepsopdrachten vaste rollen; de mentor ziet erop toe"),
              ("Jeugdarts GGD (verzuimspreekuur 3-7-2025)", "geen medische belemmering voor volledig rooster, wel aandacht voor slaap",
               "de coach bespreekt het slaapritme maandelijks")],
    inbreng=("{vn} schreef zelf een A4 ('wat ik nodig heb'). Daarin vraagt {hij} om geen mondelinge beurten "
             "zonder aankondiging en om de time-outkaart niet te hoeven laten zien aan de docent."),
    effect=("Beide wensen zijn overgenomen: mondelinge beurten worden vooraf aangekondigd en de time-outkaart is "
            "vervangen door een afspraak met de docenten via de mentor."),
)

ARCH["vo_vmbo_angst"] = dict(
    type="vo",
    uitstroom="vmbo-theoretische leerweg (tl), daarna mbo niveau 4 (richting ICT)",
    onderbouwing=("{vn} zit in vmbo-tl 2. De cijfers liggen op voldoende niveau (gemiddeld 6,6), maar door een "
                  "angststoornis is {hij} in het vorige schooljaar 7 weken thuis geweest. Het advies van de basisschool "
                  "was vmbo-tl/havo. De school verwacht het tl-diploma als {vn} de lessen weer volledig volgt."),
    belem=[("Sociaal-emotioneel", "angstklachten en paniekaanvallen in grote groepen"),
           ("Werkhouding en taakaanpak", "achterstand door verzuim")],
    bevord=[("Leren en ontwikkeling", "vlot in Engels en informatica"),
            ("Sociaal-emotioneel", "behandeling loopt en slaat aan"),
            ("Thuissituatie en vrije tijd", "ouders en behandelaar werken samen met school")],
    behoeften=["opbouwschema voor lesbezoek", "een veilige plek om te pauzeren", "vaste contactpersoon"],
    ondersteuning=[("Opbouwrooster (week 1-4: 3 uur per dag, week 5-8: 5 uur, daarna volledig)", "mentor en ondersteuningscoördinator", "wekelijkse evaluatie", "vanaf 29 september 2025"),
                   ("Pauzeren in het ondersteuningslokaal", "ondersteuningsteam", "dagelijks", "vanaf 29 september 2025"),
                   ("Afstemming met de behandelaar", "ondersteuningscoördinator", "1x per 6 weken", "doorlopend")],
    afwijkingen=("Tijdelijk verminderd lesprogramma volgens het opbouwrooster (zie ondersteuning); de "
                 "leerplichtambtenaar is geïnformeerd. Gemiste toetsen worden in een apart toetsrooster ingehaald."),
    doelen=["Eind november 2025 volgt {vn} 5 lesuren per dag.",
            "Eind januari 2026 volgt {vn} het volledige rooster.",
            "Alle gemiste toetsen van periode 1 zijn ingehaald vóór 1 maart 2026."],
    adviezen=[("Behandelaar (cognitief gedragstherapeut, jeugd-GGZ, 19-9-2025)", "geleidelijke blootstelling; niet terugvallen op thuisonderwijs",
               "het opbouwrooster is met de behandelaar afgestemd"),
              ("Leerplichtambtenaar", "opbouwrooster tijdelijk, maximaal 16 weken", "einddatum staat in het rooster")],
    inbreng=("{vn} wil beginnen met de lessen die {hij} leuk vindt (Engels, informatica) en niet met gym."),
    effect=("Het opbouwrooster begint op {zijn} verzoek met Engels en informatica; gym komt in week 5."),
)

ARCH["pro_werk"] = dict(
    type="pro",
    uitstroom="arbeid: betaald werk in de groenvoorziening, met branchecertificaat 'Medewerker groen' (niveau entree)",
    onderbouwing=("{vn} werkt sinds het tweede leerjaar in de praktijkvakken groen en techniek. De intelligentie ligt "
                  "in het gebied van 60-80 (WISC-V 2023: 71); lezen en rekenen op 1F-niveau (nog niet volledig). Op de "
                  "interne stage (school-tuin) en de eerste externe stage bij de gemeentelijke groendienst waren de "
                  "beoordelingen goed. Daarom is werk in de groenvoorziening de verwachte bestemming."),
    belem=[("Leren en ontwikkeling", "lezen van werkinstructies op papier"),
           ("Werkhouding en taakaanpak", "vraagt niet om hulp; gaat dan zelf iets anders doen"),
           ("Thuissituatie en vrije tijd", "reisafstand: stageplaatsen moeten per fiets bereikbaar zijn")],
    bevord=[("Werkhouding en taakaanpak", "werkt graag buiten, is fysiek sterk en punctueel"),
            ("Sociaal-emotioneel", "kan goed samenwerken in een vast team"),
            ("Thuissituatie en vrije tijd", "heeft een brommercertificaat")],
    behoeften=["werkinstructies met foto's", "een vaste werkbegeleider op de stage", "oefenen met hulp vragen"],
    ondersteuning=[("Stagebegeleiding door de jobcoach van school", "jobcoach dhr. Santema", "1x per twee weken bezoek op de stage", "vanaf oktober 2025"),
                   ("Training 'Werknemersvaardigheden'", "praktijkdocent", "wekelijks 1 uur", "schooljaar 2025-2026"),
                   ("Voorbereiding branchecertificaat", "praktijkdocent groen", "3 uur per week", "vanaf januari 2026")],
    afwijkingen=None,
    doelen=["April 2026: {vn} heeft het branchecertificaat 'Medewerker groen' behaald.",
            "{vn} vraagt op de stage zelf om uitleg als {hij} iets niet begrijpt (stagebeoordeling, ten minste 'voldoende').",
            "Voor de zomer van 2026 is er een plaatsingsgesprek bij een werkgever geweest."],
    adviezen=[("Arbeidsdeskundige UWV (gesprek 24-9-2025)", "regulier werk met begeleiding is haalbaar; mogelijk loonkostensubsidie",
               "de jobcoach neemt dit mee in de zoektocht naar een plaatsingsstage")],
    inbreng=("{vn} vertelde in het driegesprek dat {hij} liever in een hoveniersbedrijf werkt dan bij de gemeente."),
    effect=("De jobcoach zoekt daarom een plaatsingsstage bij een hoveniersbedrijf; dit staat in de doelen."),
)

ARCH["vso_arbeid"] = dict(
    type="vso",
    uitstroom="vso-profiel arbeidsmarktgericht: beschut werk in de logistiek (orderpicken / inpakwerk)",
    onderbouwing=("{vn} zit in de arbeidstoeleidingsfase. De intelligentie ligt rond 60 (WAIS-IV 2024). Tijdens de "
                  "interne stages (magazijn, kantine) en de externe stage bij een sociaal werkbedrijf werkte {hij} "
                  "nauwkeurig bij eenvoudige, herhalende taken; zelfstandig werken lukt bij complexe taken nog niet. "
                  "Het team verwacht een plaatsing in beschut werk."),
    belem=[("Leren en ontwikkeling", "laag abstractieniveau; lezen op AVI-E4-niveau"),
           ("Sociaal-emotioneel", "wordt snel boos als collega's grapjes maken"),
           ("Thuissituatie en vrije tijd", "reist nog niet zelfstandig")],
    bevord=[("Werkhouding en taakaanpak", "punctueel, houdt van vaste routines"),
            ("Sociaal-emotioneel", "vriendelijk naar klanten en begeleiders"),
            ("Thuissituatie en vrije tijd", "ondersteunend netwerk (ouders, broer)")],
    behoeften=["vaste werkplek en vaste begeleider", "pictogrammen bij werkinstructies",
               "training zelfstandig reizen", "uitleg over omgaan met humor op de werkvloer"],
    ondersteuning=[("Reistraining (route school - stageadres)", "reistrainer", "3x per week, 6 weken", "vanaf 1 oktober 2025"),
                   ("Externe stage sociaal werkbedrijf met jobcoach", "stagecoördinator en jobcoach", "2 dagen per week", "schooljaar 2025-2026"),
                   ("Sociale vaardigheden op de werkvloer", "mentor", "wekelijks 45 minuten", "schooljaar 2025-2026")],
    afwijkingen=("{vn} volgt het arbeidsmarktgerichte profiel met 2 stagedagen per week; de algemene vakken zijn "
                 "vervangen door functionele taal en rekenen binnen de stage-opdrachten."),
    doelen=["December 2025: {vn} reist zelfstandig met de bus naar de stage.",
            "Maart 2026: {vn} werkt twee uur achter elkaar zelfstandig aan orderpicken (foutmarge < 5%).",
            "Juni 2026: indicatie beschut werk is aangevraagd en besproken."],
    adviezen=[("Commissie voor de begeleiding (advies 25-9-2025)", "profiel arbeidsmarktgericht blijft passend; aanvraag beschut werk voorbereiden",
               "de stagecoördinator start de aanvraag in het voorjaar"),
              ("Gedragsdeskundige (observatie)", "rollenspel met humor op de werkvloer", "opgenomen in de training sociale vaardigheden")],
    inbreng=("{vn} wil graag werken 'waar het niet te druk is' en samen met {zijn} vriend uit de klas op stage."),
    effect=("Er is gekozen voor een stage in de rustige nachtploeg-voorbereiding overdag; een stage samen met de "
            "vriend bleek niet mogelijk, dat is met {vn} besproken en {hij} gaat wel in dezelfde week beginnen."),
)

ARCH["vso_dagbesteding"] = dict(
    type="vso",
    uitstroom="vso-profiel dagbesteding: arbeidsmatige dagbesteding (boerderij of kinderboerderij)",
    onderbouwing=("{vn} heeft een ernstige verstandelijke beperking (IQ < 50, ontwikkelingsleeftijd circa 5 jaar) en "
                  "een autismespectrumstoornis. Op de interne werkplekken (tuin, dierenverzorging) werkt {hij} met "
                  "begeleiding 20 minuten geconcentreerd. Arbeidsmatige dagbesteding met dieren sluit aan bij wat "
                  "{hij} kan en graag doet."),
    belem=[("Taal en communicatie", "spreekt in korte zinnen; communicatie met picto's en gebaren"),
           ("Sociaal-emotioneel", "onrust bij onverwachte geluiden")],
    bevord=[("Werkhouding en taakaanpak", "rustig en zorgvuldig bij dierenverzorging"),
            ("Thuissituatie en vrije tijd", "woont in een kleinschalige woonvoorziening met vaste begeleiders")],
    behoeften=["vaste begeleider en vaste volgorde van taken", "communicatie ondersteund met picto's en gebaren",
               "oorbeschermers bij onverwacht geluid"],
    ondersteuning=[("Werkervaring op de schoolboerderij", "praktijkbegeleider", "3 ochtenden per week", "schooljaar 2025-2026"),
                   ("Snuffelstage op de kinderboerderij", "stagebegeleider", "1 ochtend per week", "vanaf februari 2026"),
                   ("Communicatie-ondersteuning (picto's, gebaren)", "logopedist", "1x per week", "doorlopend")],
    afwijkingen=("{vn} volgt het profiel dagbesteding; er is geen diplomagericht programma. De leerlijnen zijn die "
                 "van het dagbestedingsprofiel (zelfredzaamheid, werknemersvaardigheden)."),
    doelen=["Maart 2026: {vn} voert de voerronde (4 stappen) uit met alleen de pictokaart als hulp.",
            "Juni 2026: {vn} werkt 30 minuten achter elkaar op de boerderij.",
            "Juni 2026: er is een passende dagbestedingsplek gevonden en bezocht."],
    adviezen=[("Commissie voor de begeleiding (advies 2-10-2025)", "profiel dagbesteding; aandacht voor overgang naar volwassenenzorg",
               "een overdrachtsplan wordt in het voorjaar gemaakt"),
              ("AVG-arts (2025)", "rust en voorspelbaarheid, gehoorbescherming", "oorbeschermers liggen standaard klaar")],
    inbreng=("Met behulp van foto's is {vn} gevraagd wat {hij} het liefste doet: {hij} koos telkens de foto's met de geiten."),
    effect=("Daarom is de kinderboerderij als snuffelstage gekozen en niet de zorgboerderij met alleen tuinwerk."),
)

ARCH["vso_vervolg"] = dict(
    type="vso",
    uitstroom="vso-profiel vervolgonderwijs: vmbo-basis diploma (economie & ondernemen), daarna mbo niveau 2",
    onderbouwing=("{vn} volgt in het vso het examenprogramma vmbo-bb. De cijfers voor het schoolexamen zijn "
                  "voldoende (gemiddeld 6,3). {Hij} heeft gedragsproblemen die in het regulier vo tot schorsing "
                  "leidden; in de kleine vso-groep lukt het om te leren. Daarom verwacht de school het vmbo-bb-diploma."),
    belem=[("Sociaal-emotioneel", "gedragsstoornis; conflicten met medeleerlingen bij onrecht"),
           ("Werkhouding en taakaanpak", "moeite met plannen van praktijkopdrachten")],
    bevord=[("Leren en ontwikkeling", "sterk in praktische vakken en rekenen"),
            ("Sociaal-emotioneel", "eerlijk; kan na een conflict het gesprek aangaan"),
            ("Thuissituatie en vrije tijd", "bijbaan in een supermarkt, zeer gemotiveerd")],
    behoeften=["duidelijke grenzen en consequenties", "een vaste mentor als vertrouwenspersoon", "planningsondersteuning voor het PTA"],
    ondersteuning=[("Mentorgesprek", "mentor dhr. Wiersma", "wekelijks 20 minuten", "schooljaar 2025-2026"),
                   ("Agressieregulatietraining", "gedragsdeskundige", "10 sessies", "oktober t/m december 2025"),
                   ("PTA-planning", "examencoördinator", "maandelijks", "schooljaar 2025-2026")],
    afwijkingen="Er zijn geen afwijkingen van het onderwijsprogramma.",
    doelen=["Alle PTA-onderdelen van leerjaar 3 zijn vóór 1 juni 2026 afgerond.",
            "Het aantal incidenten (registratie) daalt van 6 per maand naar maximaal 2 per maand in maart 2026.",
            "{vn} heeft in april 2026 een intakegesprek bij een mbo-opleiding niveau 2 gehad."],
    adviezen=[("Commissie voor de begeleiding (advies 18-9-2025)", "profiel vervolgonderwijs handhaven",
               "de school volgt het advies"),
              ("Jeugdreclassering (verslag 2025)", "vaste afspraken en korte lijnen met thuis", "de mentor belt wekelijks met thuis")],
    inbreng=("{vn} wil na de zomer naar het mbo (detailhandel) en wil geen training in een groep."),
    effect=("Het mbo-doel is overgenomen; de agressieregulatietraining is op {zijn} verzoek individueel in plaats van in een groep."),
)

# ---------------------------------------------------------------------------
RIGHTS_FULL = ("U heeft als ouder instemmingsrecht op het handelingsdeel van dit plan: de school kan het handelingsdeel "
               "pas uitvoeren als u ermee instemt. Over het perspectief zelf voert de school overleg met u, gericht op "
               "overeenstemming. Bent u het niet eens met (een deel van) dit plan, bespreek dit dan eerst met de "
               "ondersteuningscoördinator of de directeur. U kunt ook gratis hulp vragen aan het ouder- en "
               "jeugdsteunpunt van het samenwerkingsverband of aan een onderwijsconsulent. Binnen zes weken na de "
               "vaststelling kunt u een geschil over het ontwikkelingsperspectief voorleggen aan de Geschillencommissie "
               "passend onderwijs.")
RIGHTS_FULL_ADULT = ("Je hebt als meerderjarige leerling zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens met "
                     "dit plan, bespreek het dan met je mentor of de directeur. Je kunt hulp vragen bij een onderwijsconsulent. "
                     "Binnen zes weken na de vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs.")
RIGHTS_PARTIAL = "Heeft u vragen over dit plan, neem dan contact op met de intern begeleider. Zie ook de schoolgids."
RIGHTS_ZIE = "Zie de klachtenregeling in de schoolgids."

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "xxx", "nog in te vullen", "PM", "n.t.b. (na gesprek)"]
INSTRUCTIONS = {
    "uitstroombestemming": "Vul hier het verwachte uitstroomniveau in (bijv. vmbo-bb, praktijkonderwijs, vso-profiel).",
    "onderbouwing": "Beschrijf hier op basis van toetsgegevens, leerrendement en ontwikkeling waarom deze uitstroom wordt verwacht (max. 10 regels).",
    "belemmerende_factoren": "Noem hier de factoren die de ontwikkeling belemmeren (cognitief, sociaal-emotioneel, thuis).",
    "bevorderende_factoren": "Noem hier de stimulerende/beschermende factoren van de leerling en de omgeving.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig om ...'.",
    "ondersteuning": "Beschrijf wat er wordt ingezet, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMARTI-doelen voor de komende periode.",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school daarmee doet.",
    "oogo": "Noteer datum en deelnemers van het overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier de mening van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en met wie het plan wordt geëvalueerd.",
    "informatie_rechten": "Informeer ouders hier over hun rechten.",
    "vaststelling": "Datum vaststelling en naam directeur invullen.",
}
