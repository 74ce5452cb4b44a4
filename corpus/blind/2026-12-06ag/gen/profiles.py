"""Invented pupils, schools and plan content. Every name and place is made up."""

PLACES = ["Oosterlaar", "Brederdam", "Hulsterwijk", "Marrevoort", "Kwakkelveen", "Ellemsloot", "Dinxhorst", "Zuidervaart"]

SCHOOLS = {
    "vo": ["Walburg College", "Scholengemeenschap De Hoge Marre", "Vakcollege De Ploeg", "Het Baken College"],
    "vo-havovwo": ["Lyceum Aan de Vaart", "Corvinus Mavo-Havo", "Scholengemeenschap De Hoge Marre", "Walburg College"],
    "pro": ["Praktijkschool Het Werkhuis", "Praktijkcollege De Steiger"],
    "vso": ["Kompas VSO", "De Zevensprong (vso)"],
    "so": ["De Zevensprong (so)", "Kompas SO"],
    "sbo": ["SBO De Regenboogaard", "SBO Het Talent"],
    "po": ["Basisschool De Wielewaal", "OBS Het Klaverblad"],
}
SWV = {
    "vo": "Samenwerkingsverband VO Brederdam-Marrevoort", "pro": "Samenwerkingsverband VO Brederdam-Marrevoort",
    "vso": "Samenwerkingsverband VO Brederdam-Marrevoort", "so": "Samenwerkingsverband PO Ellemsloot e.o.",
    "sbo": "Samenwerkingsverband PO Ellemsloot e.o.", "po": "Samenwerkingsverband PO Ellemsloot e.o.",
}
FIRST_M = ["Daan", "Sem", "Milan", "Yusuf", "Jesse", "Luuk", "Noah", "Thijs", "Mees", "Bram", "Rayan", "Stijn", "Owen", "Ties", "Jayden"]
FIRST_F = ["Lotte", "Sara", "Noor", "Fleur", "Amira", "Jade", "Isa", "Roos", "Lina", "Evi", "Yara", "Fenna", "Hanna", "Zoë", "Mila"]
LAST = ["van Doorn", "Bakhuis", "Hendriksen", "El Idrissi", "de Wilde", "Kuipers", "Verhoef", "Ozturk", "van der Steen", "Brinkman",
        "Jansma", "Wolters", "de Groot-Vink", "Lammers", "Schouten", "Veldkamp", "Rijnders", "Tasdelen", "Mulder", "Coenen"]
STAFF = ["mw. A. Verbeek", "dhr. T. Hoogland", "mw. S. Benali", "dhr. R. de Kok", "mw. L. Stam", "dhr. J. Pranger", "mw. K. Oudshoorn",
         "dhr. M. Aydin", "mw. E. Gerritsen", "dhr. P. Vos", "mw. D. Kramer", "dhr. W. Tjallema"]

# Archetypes: content per element, written per pupil. {n} = first name, {hij}/{zijn} pronouns.
ARCH = {}

ARCH["vmbo_k_lwoo"] = dict(
    st="vo", gender="m", age=13, klas="2K2", leerjaar=2, niveau="vmbo kader (leerjaar 2) met LWOO",
    uitstroom="vmbo kaderberoepsgerichte leerweg, profiel Zorg & Welzijn, met daarna mbo niveau 3",
    uit_opties=["vmbo basisberoepsgericht", "vmbo kaderberoepsgericht", "vmbo gemengde/theoretische leerweg", "havo"], uit_keuze=1,
    per_leerjaar=[("leerjaar 1", "vmbo basis/kader (LWOO)"), ("leerjaar 2", "vmbo kader (LWOO)"), ("leerjaar 3", "vmbo kader, profiel Zorg & Welzijn"), ("leerjaar 4", "diploma vmbo kader")],
    per_vak=[("Nederlands", "kader", "leesbegrip op kaderniveau, spelling op basisniveau"), ("Engels", "kader", "-"), ("Wiskunde", "basis", "rekenen blijft achter; wiskunde op basisniveau afsluiten is mogelijk (gemengd examen)"), ("Zorg & Welzijn (oriëntatie)", "kader", "sterk in praktijkopdrachten")],
    onderbouwing="Het advies van de basisschool was vmbo basis/kader met LWOO. De toetsen van het eerste leerjaar (Cito VAS 1.3, mei) lieten voor Nederlands en Engels kaderniveau zien, voor rekenen/wiskunde basisniveau. Het NIO-onderzoek bij de LWOO-aanvraag gaf een totaal-IQ van 88 met een zwakker werkgeheugen. {n} is van leerjaar 1 naar 2 overgegaan zonder tekorten op de praktijkvakken. Gezien deze ontwikkeling verwachten wij dat {n} het kaderdiploma kan halen als de begeleiding bij rekenen en plannen doorloopt.",
    bel={"Leren": "rekenen/wiskunde ligt ongeveer twee jaar achter; zwak werkgeheugen, vergeet instructie die uit meerdere stappen bestaat", "Werkhouding": "raakt snel afgeleid in grote klassen, huiswerk wordt vaak niet ingepland", "Sociaal-emotioneel": "faalangst bij toetsen; klapt dicht bij onverwachte overhoringen", "Thuis": "ouders zijn gescheiden, {n} woont om de week bij vader en moeder; spullen liggen soms bij de andere ouder"},
    bev={"Leren": "goede mondelinge taal, leert goed van voordoen en doen", "Werkhouding": "behulpzaam, werkt hard in het praktijklokaal", "Sociaal-emotioneel": "vriendelijk, heeft een vaste vriendengroep in de klas", "Thuis": "beide ouders zijn betrokken en komen samen naar gesprekken"},
    behoefte=["instructie in kleine stappen met een voorbeeld, ook op papier", "een planner die wekelijks met de mentor wordt doorgenomen", "toetsen vooraf aangekondigd in de digitale agenda en het ouderportaal, met een oefentoets", "een rustige plek bij toetsen (toetslokaal)"],
    ondersteuning=[("Rekenbegeleiding (RT) in kleine groep", "mw. Stam, RT'er", "2x per week 45 min", "vanaf 1 oktober"), ("Planningsgesprek met mentor", "mentor", "wekelijks 15 min (maandag, mentoruur)", "vanaf start schooljaar"), ("Faalangstreductietraining (groep, 8 bijeenkomsten)", "orthopedagoog school", "1x per week", "vanaf november"), ("Toetsen in het toetslokaal met 20% extra tijd", "examensecretaris / teamleider", "bij alle toetsen", "direct")],
    afwijking="{n} volgt het programma van vmbo kader, maar sluit wiskunde mogelijk af op basisniveau (gemengd examen). Daarnaast volgt {n} twee uur per week extra praktijkrekenen in plaats van het keuzewerktijd-uur.",
    doelen=["Eind januari past {n} bij breuken en procenten de stappenkaart zelfstandig toe en haalt op de methodetoets minimaal een 5,5.", "Voor de kerstvakantie plant {n} elke maandag samen met de mentor het huiswerk van de week in de planner; dat lukt in 8 van de 10 weken.", "Na de faalangsttraining (maart) kan {n} twee eigen ontspanningsoefeningen noemen en gebruiken; {n} maakt alle toetsen in de les zonder weg te lopen."],
    adviezen=[("orthopedagoog van het samenwerkingsverband (dhr. F. Ruiter)", "Advies na observatie: instructie in kleine stappen, werkgeheugen ontlasten met stappenkaarten, en faalangst aanpakken voordat leerstof wordt verzwaard.", "De school zet stappenkaarten in bij wiskunde en biedt de faalangsttraining aan."), ("jeugdarts GGD (mw. dr. H. Pels)", "Geen medische belemmeringen; advies om de slaap te bespreken (laat naar bed).", "Mentor bespreekt dit met ouders in het eerstvolgende gesprek.")],
    voice="Ik vind rekenen echt moeilijk en ik schaam me als ik het weer niet snap. In het praktijklokaal gaat het goed. Ik wil graag in de kleine groep rekenen en niet voor de hele klas. Ik wil later iets met kinderen doen, zoals op een kinderopvang.",
    voice_change="Op verzoek van {n} krijgt de rekenbegeleiding in een kleine groep buiten de klas plaats en wordt {n} niet meer voor de klas gevraagd een som voor te doen. Het beroepsbeeld (kinderopvang) is opgenomen bij het uitstroomprofiel Zorg & Welzijn.",
)

ARCH["vmbo_b_lwoo"] = dict(
    st="vo", gender="f", age=12, klas="1BK-b", leerjaar=1, niveau="vmbo basis/kader (leerjaar 1) met LWOO",
    uitstroom="vmbo basisberoepsgerichte leerweg, profiel Economie & Ondernemen; daarna mbo niveau 2",
    uit_opties=["vmbo basisberoepsgericht", "vmbo kaderberoepsgericht", "vmbo gemengde/theoretische leerweg"], uit_keuze=0,
    per_leerjaar=[("leerjaar 1", "vmbo basis/kader (LWOO)"), ("leerjaar 2", "vmbo basis (LWOO)"), ("leerjaar 3-4", "vmbo basis, Economie & Ondernemen")],
    per_vak=[("Nederlands", "basis", "woordenschat is beperkt (NT2-achtergrond)"), ("Engels", "basis/kader", "-"), ("Wiskunde", "basis", "-"), ("Praktijk E&O", "basis/kader", "werkt nauwkeurig")],
    onderbouwing="{n} kwam in 2022 naar Nederland en zat twee jaar op de basisschool. Het basisschooladvies was vmbo basis met LWOO. De doorstroomtoets (februari groep 8) gaf niveau 1F voor lezen en taalverzorging en net onder 1F voor rekenen. Bij de intake is een NIO afgenomen (totaal-IQ 91; verbaal lager dan non-verbaal, passend bij de korte tijd in Nederland). De eerste periode in klas 1 laat basisniveau zien met een stijgende lijn bij Engels.",
    bel={"Leren": "Nederlandse woordenschat nog beperkt, vooral schooltaal; lange teksten bij zaakvakken zijn moeilijk", "Werkhouding": "stelt weinig vragen, wacht af", "Sociaal-emotioneel": "voelt zich soms buitengesloten; spreekt in de klas weinig", "Gezondheid": "ADHD-diagnose (2023), medicatie wisselend ingenomen"},
    bev={"Leren": "leert snel nieuwe woorden als ze worden voorgedaan; goed in visueel werk", "Werkhouding": "zeer gemotiveerd, wil graag een diploma halen", "Sociaal-emotioneel": "heeft een goed contact met de mentor", "Thuis": "oudere zus helpt met huiswerk; moeder komt op gesprekken met tolk"},
    behoefte=["uitleg met plaatjes en een woordenlijst per hoofdstuk", "een vaste buddy in de klas", "korte werkopdrachten met tussentijdse controle", "afstemming met ouders via tolk"],
    ondersteuning=[("NT2-ondersteuning (taalklas)", "NT2-docent dhr. Pranger", "3 uur per week", "vanaf 15 september"), ("Mentorcoaching", "mentor", "wekelijks 20 min", "vanaf oktober"), ("Huiswerkklas", "onderwijsassistent", "di en do 14.30-15.30", "vanaf oktober"), ("Oudergesprek met tolk", "zorgcoördinator", "elke 8 weken", "vanaf oktober")],
    afwijking="{n} volgt drie uur per week NT2-les in plaats van Frans (vrijstelling Frans in leerjaar 1 en 2).",
    doelen=["In december beheerst {n} 80% van de schooltaalwoorden van hoofdstuk 1 t/m 3 (woordtoets NT2).", "Voor de voorjaarsvakantie stelt {n} in elke les minimaal één vraag aan de docent (bijgehouden op de mentorkaart).", "Aan het eind van leerjaar 1 leest {n} op AVI-niveau E6 (nu M6)."],
    adviezen=[("NT2-specialist van het taalcentrum (mw. O. Brands)", "Advies: woordenschat in context aanbieden, dagelijks herhalen, woordenlijsten ook naar huis.", "De school geeft woordenlijsten mee en de huiswerkklas oefent die."), ("kinderarts (ADHD-behandeling)", "Medicatie dagelijks innemen vóór school; bij klachten contact opnemen.", "Mentor bespreekt het innemen met moeder en {n}.")],
    voice="Ik wil graag leren en ik wil naar het mbo. Ik snap de woorden in de boeken soms niet. Ik wil niet dat de hele klas ziet dat ik naar de taalklas ga. Een buddy vind ik fijn.",
    voice_change="De taalklas wordt ingeroosterd tijdens het uur Frans, zodat {n} geen vakken van de klas mist en er niet wordt uitgelegd waarom {n} weggaat. Een buddy is gekozen door {n} zelf.",
)

ARCH["vmbo_gt_ass"] = dict(
    st="vo", gender="m", age=15, klas="3TL-a", leerjaar=3, niveau="vmbo gemengde/theoretische leerweg (leerjaar 3)",
    uitstroom="vmbo theoretische leerweg (diploma mavo), met doorstroom naar mbo niveau 4 ICT",
    uit_opties=["vmbo kaderberoepsgericht", "vmbo gemengde/theoretische leerweg", "havo"], uit_keuze=1,
    per_leerjaar=[("leerjaar 3", "vmbo-tl, examenvakken in bovenbouw gekozen"), ("leerjaar 4", "diploma vmbo-tl (6 vakken)"), ("na school", "mbo niveau 4 ICT")],
    per_vak=[("Nederlands", "tl", "-"), ("Engels", "tl", "-"), ("Wiskunde", "tl, hoog", "sterk"), ("Informatica (keuze)", "tl", "sterk"), ("LO", "regulier", "time-outkaart bij drukte in de gymzaal")],
    onderbouwing="{n} heeft in leerjaar 1 en 2 op tl-niveau gewerkt, met gemiddeld een 6,8 en voor wiskunde een 8,1. Op de Cito VAS 2.2 scoorde {n} op tl/havo-niveau voor wiskunde en op tl-niveau voor Nederlands en Engels. Het verzuim is het afgelopen jaar gedaald van 14% naar 6%. Havo is cognitief mogelijk, maar {n} raakt bij hogere werkdruk en grotere klassen overprikkeld; het team en ouders verwachten daarom het tl-diploma met doorstroom naar het mbo.",
    bel={"Leren": "moeite met open vragen en samenvatten; taken met meerdere stappen en onduidelijke opdracht", "Werkhouding": "blokkeert bij onverwachte roosterwijzigingen", "Sociaal-emotioneel": "ASS (diagnose 2021); overprikkeling in de aula en op de gang, sociale signalen worden gemist", "Fysiek": "slaapt slecht bij spanning"},
    bev={"Leren": "sterk in wiskunde en programmeren, groot feitengeheugen", "Werkhouding": "zeer nauwkeurig bij een duidelijke opdracht", "Sociaal-emotioneel": "eerlijk en direct, heeft een vriend in de klas", "Thuis": "ouders zijn goed op de hoogte van ASS en volgen een oudercursus"},
    behoefte=["voorspelbaarheid: roosterwijzigingen een dag van tevoren via mentor", "een prikkelarme plek in de pauze (time-outruimte)", "opdrachten met een voorbeeld van het eindproduct", "een vast aanspreekpunt (mentor) en een time-outkaart"],
    ondersteuning=[("Coaching door ASS-coach van school", "dhr. Aydin", "1x per week 30 min", "vanaf 1 september"), ("Pauze in de stilteruimte", "onderwijsassistent", "dagelijks", "direct"), ("Time-outkaart bij alle lessen", "alle docenten", "bij behoefte", "direct"), ("Roosterwijzigingen vooraf doorgeven", "roostermaker / mentor", "bij elke wijziging", "direct")],
    afwijking=None,
    doelen=["Voor 1 februari gebruikt {n} de time-outkaart maximaal twee keer per week en keert hij binnen 15 minuten terug in de les.", "Eind periode 2 levert {n} 4 van de 5 open opdrachten (Nederlands, geschiedenis) op tijd in met behulp van het voorbeeld.", "Het verzuim blijft dit schooljaar onder 5% (registratie per periode)."],
    adviezen=[("GZ-psycholoog van de jeugd-GGZ (mw. drs. I. Hermans)", "Houd structuur en voorspelbaarheid vast; geef één aanspreekpunt; bouw sociale situaties geleidelijk op.", "De school stelt een vast aanspreekpunt aan (mentor) en zorgt voor de time-outruimte."), ("ambulant begeleider cluster 4 via het samenwerkingsverband", "Adviseert een stilteruimte in pauzes en de tl-route in plaats van havo.", "Overgenomen: stilteruimte en uitstroom tl.")],
    voice="Ik wil naar het mbo voor ICT. Havo hoeft niet, dat is te druk. Ik wil in de pauze niet in de aula zitten. Het helpt als ik weet wat er morgen anders is.",
    voice_change="Omdat {n} zelf aangaf dat havo te druk zou zijn, is gekozen voor het tl-perspectief. De stilteruimte in de pauze en het vooraf melden van roosterwijzigingen zijn op zijn verzoek in het handelingsdeel gekomen.",
)

ARCH["havo_verzuim"] = dict(
    st="vo", gender="f", age=16, klas="H4c", leerjaar=4, niveau="havo 4",
    uitstroom="havodiploma (profiel Cultuur & Maatschappij), daarna hbo (pedagogiek of sociaal werk)",
    uit_opties=["vmbo-tl", "havo", "vwo"], uit_keuze=1,
    per_leerjaar=[("havo 4 (2025-2026)", "havo, met aangepast rooster"), ("havo 5 (2026-2027)", "examen in 2 delen mogelijk (gespreid examen)"), ("na school", "hbo")],
    per_vak=[("Nederlands", "havo", "-"), ("Engels", "havo", "-"), ("Geschiedenis", "havo", "sterk"), ("Wiskunde A", "havo", "extra ondersteuning nodig"), ("Frans", "havo", "achterstand door verzuim")],
    onderbouwing="{n} haalde in havo 3 een gemiddelde van 6,9 en werd bevorderd zonder tekorten. Door angstklachten is {n} van november tot en met februari grotendeels thuis geweest (verzuim 38%). De cijfers bij de vakken die zij volgde bleven op havoniveau. De behandelaar verwacht dat de klachten met begeleiding verder afnemen. Een gespreid examen maakt het havodiploma haalbaar.",
    bel={"Sociaal-emotioneel": "angstklachten, paniek in drukke ruimtes; vermijdt de kantine en grote toetsmomenten", "Leren": "achterstand bij Frans en wiskunde A door verzuim", "Werkhouding": "perfectionistisch, begint niet aan een taak als die niet meteen goed kan"},
    bev={"Leren": "goede schrijver, sterk in geschiedenis en maatschappijleer", "Sociaal-emotioneel": "is open over haar klachten, heeft een goede band met de mentor", "Thuis": "steunende ouders; regelmatig contact met de behandelaar", "Werkhouding": "zeer gemotiveerd voor haar toekomstplannen"},
    behoefte=["een opbouwend rooster met vaste ankerpunten", "een veilige plek in school (zorgruimte) om even weg te kunnen", "inhaalplanning per vak voor gemiste toetsen", "afstemming tussen school, behandelaar en ouders"],
    ondersteuning=[("Opbouwrooster: eerst 3, na 6 weken 4 dagen per week", "teamleider havo 4", "evaluatie elke 6 weken", "vanaf 1 oktober"), ("Inhaalplan per vak", "mentor + vakdocenten", "per periode", "vanaf oktober"), ("Gesprek met schoolmaatschappelijk werker", "mw. Gerritsen (SMW)", "om de week", "vanaf oktober"), ("Afstemmingsoverleg school-behandelaar-ouders", "zorgcoördinator", "elke 8 weken", "vanaf november")],
    afwijking="{n} volgt tijdelijk een verkort rooster (3, daarna 4 dagen per week, ongeveer 22 in plaats van 30 lesuren). Frans volgt zij in een verlaagd tempo en zij kan in 2026-2027 gespreid examen doen (in twee schooljaren).",
    doelen=["Voor de kerstvakantie is {n} vier dagen per week op school (aanwezigheid minimaal 90% van het aangepaste rooster).", "Eind periode 2 heeft {n} de gemiste toetsen voor wiskunde A en Frans ingehaald volgens het inhaalplan.", "Voor 1 maart eet {n} minstens twee keer per week in de kantine met een klasgenoot (eigen doel)."],
    adviezen=[("behandelaar van de jeugd-GGZ (GZ-psycholoog mw. drs. V. Ramdin)", "Geleidelijke opbouw van schooltijd, vermijding niet bevestigen maar stap voor stap oefenen, vaste contactpersoon op school.", "De school maakt het opbouwrooster en wijst de mentor aan als contactpersoon."), ("jeugdarts GGD", "Verzuimbegeleiding volgens de werkwijze 'Samen Terug naar School' van de GGD; regelmatig herbeoordelen.", "Jeugdarts sluit aan bij het afstemmingsoverleg.")],
    voice="Ik wil mijn havodiploma halen en daarna pedagogiek gaan studeren. Als het druk is krijg ik paniek. Ik wil niet alleen maar thuis zitten. Ik wil zelf bepalen welke dag ik vrij ben, dan kan ik die naar therapie.",
    voice_change="Op voorstel van {n} is haar vrije dag in het opbouwrooster de woensdag, de dag van haar therapie. Haar eigen doel (kantine) is als derde doel opgenomen.",
)

ARCH["vwo_dyslexie"] = dict(
    st="vo", gender="m", age=14, klas="V3b", leerjaar=3, niveau="vwo 3 (atheneum)",
    uitstroom="vwo-diploma (atheneum, profiel Natuur & Techniek), daarna wo",
    uit_opties=["havo", "vwo (atheneum)", "vwo (gymnasium)"], uit_keuze=1,
    per_leerjaar=[("vwo 3", "atheneum"), ("vwo 4-6", "profiel N&T, vrijstelling tweede moderne vreemde taal aangevraagd"), ("na school", "wo (technische studie)")],
    per_vak=[("Nederlands", "vwo", "spelling zwak; voorleessoftware"), ("Engels", "vwo", "-"), ("Duits", "havo", "vervalt bij vrijstelling"), ("Wiskunde", "vwo", "sterk"), ("Natuurkunde", "vwo", "sterk")],
    onderbouwing="{n} werd geplaatst met vwo-advies. De rapportcijfers in vwo 1 en 2 voor bèta-vakken liggen tussen 7,5 en 9; voor talen tussen 5,4 en 6,5. Ernstige dyslexie is vastgesteld in groep 6 (verklaring 2020) en bevestigd in een nieuw onderzoek in 2025. Een intelligentieonderzoek (WISC-V, 2025) liet een hoog-gemiddeld profiel zien met een lage verwerkingssnelheid. Met compenserende middelen en de vrijstelling blijft vwo haalbaar.",
    bel={"Leren": "ernstige dyslexie: lezen traag, spelling zwak, vreemde talen kosten veel tijd", "Werkhouding": "raakt gedemotiveerd bij talen", "Sociaal-emotioneel": "piekert over overgang naar vwo 4"},
    bev={"Leren": "sterk analytisch, uitstekend in wiskunde en natuurkunde", "Werkhouding": "werkt zelfstandig met laptop en software", "Sociaal-emotioneel": "sociaal vaardig, in de leerlingenraad", "Thuis": "ouders ondersteunen met planning"},
    behoefte=["voorleessoftware bij alle vakken en toetsen", "20 minuten extra tijd bij toetsen", "spelling niet meetellen bij niet-taalvakken", "een gesprek over profielkeuze en vrijstelling"],
    ondersteuning=[("Voorleessoftware op de schoollaptop", "ICT en dyslexiecoach", "doorlopend", "vanaf september"), ("Dyslexiecoaching", "dyslexiecoach mw. Kramer", "1x per 2 weken", "vanaf oktober"), ("Extra tijd en vergroot lettertype bij toetsen", "toetscoördinator", "bij alle toetsen", "direct"), ("Aanvraag vrijstelling tweede moderne vreemde taal", "zorgcoördinator + examensecretaris", "eenmalig", "vóór 1 maart")],
    afwijking="Vrijstelling voor Duits in de bovenbouw (vwo 4-6), met vervangend vak Informatica. In vwo 3 volgt {n} Duits op havoniveau zonder dat het meetelt voor de overgang.",
    doelen=["Voor de herfstvakantie gebruikt {n} zelfstandig de voorleessoftware bij Nederlands, Duits en geschiedenis (controle door de dyslexiecoach).", "In periode 2 haalt {n} bij Engels minimaal een 6,0 gemiddeld.", "Vóór 1 maart is de vrijstelling aangevraagd en is het profiel N&T gekozen met Informatica."],
    adviezen=[("orthopedagoog-generalist (dyslexieonderzoek 2025, mw. J. Veenstra)", "Compenserende software, extra tijd, beoordeling op inhoud in plaats van spelling; vrijstelling tweede moderne vreemde taal is te onderbouwen.", "School volgt het advies en start de vrijstellingsprocedure.")],
    voice="Talen kosten me drie keer zoveel tijd als mijn vrienden. Ik wil graag natuurkunde en wiskunde B doen en later naar de TU. Ik wil Duits laten vallen en in plaats daarvan informatica doen.",
    voice_change="Naar aanleiding van het gesprek met {n} is de vrijstellingsaanvraag voor Duits vervroegd naar vóór 1 maart en is Informatica als vervangend vak opgenomen.",
)

ARCH["vmbo_k_gedrag"] = dict(
    st="vo", gender="m", age=15, klas="3K1", leerjaar=3, niveau="vmbo kader (leerjaar 3), profiel BWI met LWOO",
    uitstroom="vmbo kaderberoepsgerichte leerweg, profiel Bouwen, Wonen & Interieur; daarna mbo niveau 3 timmeren",
    uit_opties=["vmbo basisberoepsgericht", "vmbo kaderberoepsgericht", "vmbo gemengde leerweg"], uit_keuze=1,
    per_leerjaar=[("leerjaar 2", "vmbo kader"), ("leerjaar 3", "vmbo kader BWI"), ("leerjaar 4", "diploma vmbo kader BWI")],
    per_vak=[("Nederlands", "kader", "-"), ("Engels", "basis", "mogelijk op basisniveau examen"), ("Wiskunde", "kader", "-"), ("BWI praktijk", "kader", "uitstekend")],
    onderbouwing="{n} zit sinds leerjaar 1 op kader met LWOO. In leerjaar 2 waren de cijfers voldoende met uitzondering van Engels (5,2). Het praktijkvak BWI gaat zeer goed (gemiddeld 7,9). Door conflicten in de klas is {n} vorig jaar vier keer geschorst; sinds de start van de begeleiding in mei zijn er geen schorsingen meer. De combinatie van de cijfers en de gedragsontwikkeling maakt kader BWI realistisch.",
    bel={"Gedrag": "reageert fel bij correctie, vooral voor de groep; vier schorsingen in leerjaar 2", "Leren": "Engels zwak; weinig leesplezier", "Thuis": "spanningen thuis, gezin krijgt hulp van het wijkteam", "Werkhouding": "komt regelmatig te laat (eerste uur)"},
    bev={"Leren": "sterk in praktisch werk en technisch tekenen", "Werkhouding": "zeer gemotiveerd in de werkplaats", "Sociaal-emotioneel": "eerlijk, neemt verantwoordelijkheid na afloop", "Omgeving": "trainer van de voetbalclub is een positief rolmodel"},
    behoefte=["correctie één-op-één en niet voor de klas", "een vaste time-outplek met afspraak wanneer hij terugkomt", "succeservaringen in de praktijklessen", "afstemming met het wijkteam"],
    ondersteuning=[("Weerbaarheidstraining 'Sterk in je Schoenen'", "gedragsspecialist school dhr. Vos", "wekelijks, 10 weken", "vanaf september"), ("Dagelijkse check-in/check-out", "mentor", "dagelijks 5 min", "vanaf september"), ("Time-outafspraak (max. 10 min, bij de teamleider)", "alle docenten", "bij behoefte", "direct"), ("Overleg met het wijkteam", "zorgcoördinator", "elke 6 weken", "vanaf oktober")],
    afwijking=None,
    doelen=["Tot de kerstvakantie zijn er geen schorsingen; bij een conflict gebruikt {n} de time-outafspraak (registratie in het leerlingvolgsysteem).", "{n} komt in periode 2 maximaal 3 keer te laat bij het eerste uur.", "Eind periode 2 staat {n} voor Engels minimaal een 5,5."],
    adviezen=[("gedragswetenschapper van het samenwerkingsverband (mw. drs. A. Bosman)", "Inzetten op relatie met één vaste volwassene, voorspelbare reactie bij conflicten, geen correctie in het openbaar.", "Mentor doet dagelijkse check-in; docenten spreken {n} apart aan."), ("wijkteam (gezinscoach)", "Thuis is rust nodig; afstemming tussen school en gezinscoach elke zes weken.", "Zorgcoördinator plant het overleg.")],
    voice="Ik word boos als een leraar me voor iedereen aanspreekt. In de werkplaats gaat het goed. Ik wil timmerman worden. Ik wil niet elke dag bij de mentor langs, om de dag is genoeg.",
    voice_change="De check-in bleef dagelijks maar duurt maximaal 5 minuten en vindt plaats bij het praktijklokaal, zodat {n} niet langs het kantoor hoeft; dat was zijn eigen voorstel.",
)

ARCH["pro_logistiek"] = dict(
    st="pro", gender="m", age=15, klas="PRO-3b", leerjaar=3, niveau="praktijkonderwijs leerjaar 3",
    uitstroom="arbeid: betaald werk in de logistiek (orderpicker / magazijnmedewerker), met branchecertificaat heftruck en zo mogelijk een entreeopleiding (mbo niveau 1)",
    uit_opties=["arbeid", "arbeid met entreeopleiding (mbo 1)", "dagbesteding", "mbo niveau 2"], uit_keuze=1,
    per_leerjaar=[("leerjaar 1-2", "oriëntatie praktijkvakken"), ("leerjaar 3", "interne stage magazijn, start branchecertificaat"), ("leerjaar 4-5", "externe stage logistiek, entreeopleiding"), ("uitstroom", "arbeid logistiek")],
    per_vak=[("Nederlands", "1F (lezen 1F, schrijven onder 1F)", "-"), ("Rekenen", "onder 1F", "rekenen met geld en tijd"), ("Logistiek", "praktijk", "goed"), ("Sociale vaardigheden", "praktijk", "aandachtspunt")],
    onderbouwing="{n} heeft een totaal-IQ van 72 (WISC-V, 2022) en leerachterstanden van meer dan drie jaar op lezen en rekenen; daarom is hij toelaatbaar tot het praktijkonderwijs. In leerjaar 2 deed hij het goed in de interne stage in het schoolmagazijn (beoordeling 'goed' op 8 van 10 werknemersvaardigheden). Rekenen met hoeveelheden gaat met een stappenplan. Het stagebedrijf ziet hem als geschikte orderpicker.",
    bel={"Leren": "lezen en rekenen op laag niveau, moeite met schriftelijke instructies", "Sociaal-emotioneel": "vindt het moeilijk om hulp te vragen aan onbekenden", "Werkhouding": "haast zich, slaat stappen over"},
    bev={"Werkhouding": "betrouwbaar, altijd op tijd, werkt hard", "Praktijk": "handig met karren en scanner, ruimtelijk inzicht goed", "Sociaal": "prettig in de omgang met volwassenen", "Thuis": "vader werkt in een distributiecentrum en denkt mee over stage"},
    behoefte=["werkinstructies met foto's", "een vaste begeleider op de stageplek", "oefenen met hulp vragen (rollenspel)", "rekenen in praktijksituaties"],
    ondersteuning=[("Stagebegeleiding intern (magazijn)", "praktijkdocent dhr. Tjallema", "2 dagdelen per week", "vanaf september"), ("Voorbereiding branchecertificaat heftruck", "praktijkdocent", "1 dagdeel per week", "vanaf januari"), ("Training sociale vaardigheden", "mentor", "wekelijks", "vanaf oktober"), ("Praktijkrekenen", "rekendocent", "2x per week", "doorlopend")],
    afwijking="In het praktijkonderwijs volgt {n} een individueel programma: in leerjaar 3 twee dagdelen interne stage en één dagdeel certificaattraining in plaats van algemene lessen.",
    doelen=["Eind maart scant en verzamelt {n} zelfstandig een order van 20 regels zonder fouten (beoordeling stagebegeleider).", "Voor de zomer haalt {n} het theoriedeel van het branchecertificaat heftruck.", "{n} vraagt in de stage minimaal één keer per dag zelf om hulp of uitleg (stagelog)."],
    adviezen=[("orthopedagoog school (mw. Oudshoorn)", "Instructies visueel maken, werk in korte stappen, succeservaringen in praktijk vergroten.", "Fotokaarten in het magazijn worden gemaakt."), ("jobcoach UWV-traject (oriënterend gesprek)", "Vroeg beginnen met externe stage in de logistiek; branchecertificaat verhoogt de kans op werk.", "Externe stage gepland vanaf leerjaar 4.")],
    voice="Ik wil in een magazijn werken, net als mijn vader. Ik vind lezen niet leuk. Ik wil graag op de heftruck leren rijden. Ik wil liever stage lopen dan in de klas zitten.",
    voice_change="Op verzoek van {n} is de certificaattraining heftruck naar leerjaar 3 gehaald (stond in leerjaar 4) en is een extra stagedagdeel opgenomen.",
)

ARCH["pro_groen"] = dict(
    st="pro", gender="f", age=16, klas="PRO-4a", leerjaar=4, niveau="praktijkonderwijs leerjaar 4",
    uitstroom="arbeid in de groenvoorziening (hovenier/medewerker groen) via een leerwerkplek, met mbo entreeopleiding Groen",
    uit_opties=["arbeid", "arbeid met entreeopleiding (mbo 1)", "dagbesteding", "beschut werk"], uit_keuze=1,
    per_leerjaar=[("leerjaar 4", "externe stage groen 2 dagen per week"), ("leerjaar 5", "leerwerkplek + entreeopleiding"), ("uitstroom", "arbeid groen")],
    per_vak=[("Nederlands", "1F", "-"), ("Rekenen", "1F", "-"), ("Groen (praktijk)", "stage", "goed")],
    onderbouwing="{n} werkt sinds leerjaar 3 in de schooltuin en deze zomer bij de gemeentelijke groendienst (stage). De stagebeoordelingen zijn goed. Het IQ (72-80) en het leerrendement (lezen en rekenen op 1F) maken een entreeopleiding haalbaar. Zij wil graag buiten werken.",
    bel={"Sociaal-emotioneel": "trekt zich terug bij conflicten, is snel overvraagd", "Gezondheid": "astma; klachten bij zware inspanning in de kou", "Leren": "leest langzaam"},
    bev={"Werkhouding": "secuur en geduldig, houdt van buitenwerk", "Sociaal": "goed in een klein team", "Thuis": "oma en moeder steunen haar plannen"},
    behoefte=["een klein, vast team op de stage", "afspraken over pauzes bij koude en inspanning", "uitleg met voordoen"],
    ondersteuning=[("Externe stage gemeentelijke groendienst", "stagecoördinator mw. Benali", "2 dagen per week", "vanaf september"), ("Begeleidingsgesprek stage", "mentor", "om de week", "vanaf september"), ("Voorbereiding entreeopleiding", "loopbaanbegeleider", "maandelijks", "vanaf januari")],
    afwijking="Individueel programma praktijkonderwijs: twee dagen externe stage per week in plaats van lessen.",
    doelen=["Voor 1 april werkt {n} een hele stagedag zelfstandig mee in het team (beoordeling werkbegeleider).", "In juni heeft {n} een intakegesprek voor de entreeopleiding Groen gevoerd.", "{n} meldt astmaklachten zelf aan de werkbegeleider (afspraak in stagelog)."],
    adviezen=[("longarts / huisarts (via ouders)", "Puffer meenemen, pauzes bij inspanning in de kou.", "Afspraken staan in het stagecontract."), ("orthopedagoog school", "Vast team en voordoen in plaats van uitleggen.", "Stageplek gekozen met een vaste werkbegeleider.")],
    voice="Ik wil buiten werken met planten. Ik vind het fijn als ik in een klein groepje werk. Ik wil zelf zeggen wanneer ik pauze nodig heb.",
    voice_change="{n} mag zelf aangeven wanneer zij een pauze nodig heeft; dat is op haar verzoek in het stagecontract gezet.",
)

ARCH["vso_arbeid_adult"] = dict(
    st="vso", gender="m", age=18, klas="VSO-A4", leerjaar=4, niveau="vso, uitstroomprofiel arbeidsmarktgericht",
    uitstroom="uitstroomprofiel arbeidsmarktgericht: betaald werk met loonkostensubsidie in de productie (inpak- en assemblagewerk)",
    uit_opties=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], uit_keuze=1,
    per_leerjaar=[("leerjaar 3", "interne stage"), ("leerjaar 4", "externe stage assemblage, 3 dagen"), ("leerjaar 5", "plaatsing met jobcoach")],
    per_vak=[("Nederlands", "onder 1F", "-"), ("Rekenen", "onder 1F", "-"), ("Arbeidstraining", "praktijk", "goed")],
    onderbouwing="{n} heeft een licht verstandelijke beperking (totaal-IQ 64) en ASS. In drie jaar stage is hij gegroeid van interne naar externe stage; de laatste stagebeoordeling (juni) was voldoende tot goed. De commissie voor de begeleiding heeft het profiel arbeidsmarktgericht bevestigd.",
    bel={"Sociaal-emotioneel": "ASS: veranderingen in de werkplek geven veel onrust", "Leren": "leest en rekent onder 1F", "Zelfstandigheid": "reizen naar nieuwe plekken lukt nog niet zelfstandig"},
    bev={"Werkhouding": "nauwkeurig en zeer volhardend bij herhalend werk", "Sociaal": "vriendelijk, houdt zich aan afspraken", "Omgeving": "begeleid wonen-begeleider ondersteunt met reizen"},
    behoefte=["vaste werkplek en vaste taken", "reistraining", "een jobcoach bij de overgang naar werk"],
    ondersteuning=[("Externe stage bij assemblagebedrijf", "stagedocent mw. Stam", "3 dagen per week", "vanaf september"), ("Reistraining (openbaar vervoer)", "begeleider reistraining", "2x per week", "sep-dec"), ("Aanvraag jobcoach en indicatie loonkostensubsidie", "schoolmaatschappelijk werker", "eenmalig", "vóór 1 maart")],
    afwijking="Individueel programma: drie dagen externe stage en twee dagen school (arbeidstraining, Nederlands en rekenen in praktijksituaties).",
    doelen=["Vanaf januari reist {n} zelfstandig met de bus naar de stage (reistraining afgerond).", "Eind maart werkt {n} een volledige stagedag zonder begeleiding van school.", "Voor de zomer is een jobcoach aangevraagd en is er een plaatsingsgesprek geweest."],
    adviezen=[("commissie voor de begeleiding (vergadering 10 september)", "Profiel arbeidsmarktgericht bevestigd; advies om de reistraining voor de externe stage af te ronden en een jobcoach aan te vragen.", "De school plant de reistraining en vraagt de jobcoach aan."), ("gedragswetenschapper", "Veranderingen op de werkplek vooraf aankondigen met een foto-overzicht.", "Stagebedrijf krijgt een korte handleiding.")],
    voice="Ik wil werken en geld verdienen. Ik wil niet elke dag naar school. Ik wil zelf met de bus, maar eerst oefenen.",
    voice_change="Zijn wens om meer te werken is verwerkt: drie in plaats van twee stagedagen.",
)

ARCH["vso_dagbesteding_curatele"] = dict(
    st="vso", gender="f", age=19, klas="VSO-D5", leerjaar=5, niveau="vso, uitstroomprofiel dagbesteding",
    uitstroom="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij of kringloopwinkel), 4 dagen per week",
    uit_opties=["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"], uit_keuze=2,
    per_leerjaar=[("leerjaar 4", "interne activiteiten en snuffelstage"), ("leerjaar 5", "stage dagbesteding 2 dagen"), ("laatste jaar", "overgang naar dagbesteding")],
    per_vak=[("Communicatie", "pictogrammen en korte zinnen", "-"), ("Zelfredzaamheid", "praktijk", "groeiend")],
    onderbouwing="{n} heeft een matige verstandelijke beperking (ontwikkelingsleeftijd ongeveer 6 jaar) en epilepsie. Zij staat onder curatele; haar moeder is curator. In de snuffelstages op een zorgboerderij en in een kringloopwinkel was zij ontspannen en actief. Arbeidsmatige dagbesteding sluit aan bij haar mogelijkheden; de commissie voor de begeleiding onderschrijft dit.",
    bel={"Gezondheid": "epilepsie, aanvallen 1-2 keer per maand; snel vermoeid", "Communicatie": "spreekt in korte zinnen, begrijpt abstracte taal niet", "Zelfredzaamheid": "heeft hulp nodig bij verzorging en reizen"},
    bev={"Sociaal": "vrolijk en behulpzaam, houdt van dieren", "Werkhouding": "doet graag vaste klusjes, is trots op resultaat", "Omgeving": "betrokken moeder en woongroep"},
    behoefte=["vaste dagstructuur met pictogrammen", "begeleider die het epilepsieprotocol kent", "rustmomenten"],
    ondersteuning=[("Stage zorgboerderij met begeleiding", "stagebegeleider school", "2 dagen per week", "vanaf september"), ("Epilepsieprotocol op stage en school", "schoolverpleegkundige", "doorlopend", "direct"), ("Overdracht naar dagbestedingsaanbieder", "loopbaanbegeleider", "vanaf april", "april-juli")],
    afwijking="Individueel programma met nadruk op zelfredzaamheid en arbeidsmatige activiteiten; geen examenprogramma.",
    doelen=["Voor 1 maart voert {n} op de zorgboerderij de dierenvoer-taak uit met alleen de pictogramkaart.", "In april is een passende dagbestedingsplek gekozen en heeft {n} er een proefdag gehad.", "{n} geeft met een pictogram aan wanneer zij rust nodig heeft (dagelijks)."],
    adviezen=[("commissie voor de begeleiding (vergadering 24 september)", "Uitstroomprofiel dagbesteding bevestigd; advies: overdracht aan dagbesteding ruim voor het einde van het schooljaar voorbereiden.", "Loopbaanbegeleider start de overdracht in april."), ("neuroloog (via moeder)", "Epilepsieprotocol aangepast: noodmedicatie bij aanval langer dan 5 minuten.", "Protocol is aangepast op school en stage.")],
    voice="(Met pictogrammen en moeder erbij) Ik vind de boerderij leuk. De geiten zijn lief. Ik wil niet in de winkel. Ik word moe van de bus.",
    voice_change="Omdat {n} liet zien dat zij de zorgboerderij veel fijner vindt dan de winkel, is de zorgboerderij de eerste keus; het vervoer is aangepast (taxi in plaats van bus).",
)

ARCH["po_g7"] = dict(
    st="po", gender="f", age=10, klas="groep 7", leerjaar=7, niveau="groep 7, eigen leerlijn rekenen vanaf groep 6",
    uitstroom="vmbo kaderberoepsgerichte leerweg (mogelijk met LWOO)",
    uit_opties=["praktijkonderwijs", "vmbo basis", "vmbo kader", "vmbo gl/tl", "havo"], uit_keuze=2,
    per_leerjaar=[], per_vak=[],
    onderbouwing="Uit de LVS-toetsen (midden groep 7) blijkt voor rekenen een achterstand van ruim twee jaar (eigen leerlijn sinds groep 6), voor begrijpend lezen en spelling een niveau rond eind groep 6. De leerrendementen zijn stabiel (rekenen 55%, lezen 80%). Dit wijst op uitstroom naar vmbo kader.",
    bel={"Leren": "rekenen: getalbegrip en tafels niet geautomatiseerd", "Werkhouding": "weinig zelfvertrouwen bij rekenen"},
    bev={"Leren": "goede technisch lezer, creatief", "Sociaal": "geliefd in de groep", "Thuis": "ouders oefenen thuis tafels"},
    behoefte=["concreet materiaal bij rekenen", "verlengde instructie", "complimenten op inzet"],
    ondersteuning=[("Eigen leerlijn rekenen (Maatwerk)", "groepsleerkracht", "dagelijks", "doorlopend"), ("RT rekenen", "intern begeleider / RT'er", "2x per week 30 min", "vanaf oktober")],
    afwijking="Eigen leerlijn rekenen met aangepaste doelen (einddoel niveau 1F).",
    doelen=["In maart beheerst {n} de tafels van 1 t/m 10 (90% goed op de tafeltoets).", "Eind groep 7 maakt {n} de LVS-rekentoets van M6 met een voldoende."],
    adviezen=[("orthopedagoog van het samenwerkingsverband", "Concreet materiaal en eigen leerlijn; leerrendement na een jaar opnieuw bekijken.", "Eigen leerlijn is gestart.")],
    voice="Rekenen vind ik moeilijk. Met de blokjes snap ik het beter. Ik wil niet alleen op de gang werken.",
    voice_change="De RT vindt in de klas plaats aan de instructietafel in plaats van op de gang, op verzoek van {n}.",
)

ARCH["sbo_g8"] = dict(
    st="sbo", gender="m", age=11, klas="groep 8", leerjaar=8, niveau="sbo, groep 8",
    uitstroom="vmbo basisberoepsgerichte leerweg met LWOO",
    uit_opties=["praktijkonderwijs", "vmbo basis (LWOO)", "vmbo kader", "vmbo gl/tl"], uit_keuze=1,
    per_leerjaar=[], per_vak=[],
    onderbouwing="Leerrendementen over drie jaar: technisch lezen 75%, begrijpend lezen 60%, rekenen 55%. Het didactisch niveau eind groep 7 was rond eind groep 5 voor rekenen en begrijpend lezen. Het intelligentieonderzoek (2023) gaf een totaal-IQ van 84. Dit past bij vmbo basis met leerwegondersteuning.",
    bel={"Leren": "begrijpend lezen en rekenen ver onder niveau", "Gedrag": "impulsief (ADHD), moeite met wachten", "Thuis": "onregelmatig slaapritme"},
    bev={"Leren": "leert goed door te doen", "Sociaal": "behulpzaam, leider in spel", "Thuis": "betrokken ouders"},
    behoefte=["korte instructie en directe feedback", "beweegmomenten", "vaste dagritmekaart"],
    ondersteuning=[("Beweegpauzes", "leerkracht", "3x per dag", "doorlopend"), ("Training sociale vaardigheden", "sbo-gedragsspecialist", "wekelijks", "vanaf oktober"), ("Warme overdracht naar VO", "intern begeleider", "eenmalig", "voorjaar")],
    afwijking="Eigen leerlijn rekenen en begrijpend lezen met aangepaste einddoelen (1F).",
    doelen=["Voor de meivakantie kan {n} bij verhaalsommen de stappen van het stappenplan benoemen en toepassen (4 van 5 goed).", "{n} wacht in de kring op zijn beurt (afspraak op de kaart, 8 van 10 dagen)."],
    adviezen=[("kinderpsychiater (ADHD-behandeling)", "Structuur en beweging; medicatie evalueren in januari.", "Beweegpauzes zijn ingeroosterd.")],
    voice="Ik wil naar het vmbo waar je veel praktijk hebt. Ik vind stilzitten moeilijk.",
    voice_change="De school heeft voor de warme overdracht gekozen voor een vmbo met veel praktijkuren, zoals {n} wilde.",
)

ARCH["so_cluster4"] = dict(
    st="so", gender="m", age=9, klas="groep 5/6 (so)", leerjaar=5, niveau="so cluster 4, groep 5/6",
    uitstroom="vso, uitstroomprofiel vervolgonderwijs (vmbo kader/tl-niveau), of regulier vmbo met ondersteuning",
    uit_opties=["vso dagbesteding", "vso arbeidsmarktgericht", "vso vervolgonderwijs", "regulier vo"], uit_keuze=2,
    per_leerjaar=[], per_vak=[],
    onderbouwing="Het didactisch niveau ligt op of net onder leeftijdsniveau (rekenen M5, lezen E5). De intelligentie is gemiddeld (totaal-IQ 97). De gedragsproblematiek (hechtingsproblematiek) maakt een kleine setting nodig. Bij een stabiele ontwikkeling is vervolgonderwijs op vmbo-niveau te verwachten.",
    bel={"Gedrag": "hechtingsproblematiek, escalaties bij overgangsmomenten", "Sociaal-emotioneel": "weinig vertrouwen in volwassenen"},
    bev={"Leren": "leert snel, goed geheugen", "Sociaal": "zorgzaam voor jongere kinderen", "Thuis": "stabiel pleeggezin"},
    behoefte=["voorspelbare volwassene, vaste overgangsrituelen", "kleine groep", "samenwerking met de behandelaar"],
    ondersteuning=[("Individuele begeleiding bij overgangen", "onderwijsassistent", "dagelijks", "doorlopend"), ("Afstemming met behandelaar (jeugd-GGZ)", "gedragswetenschapper school", "elke 6 weken", "vanaf september")],
    afwijking=None,
    doelen=["Voor de kerstvakantie verloopt 8 van de 10 overgangen (pauze, gym) zonder escalatie.", "Eind schooljaar maakt {n} de rekentoets M6 op niveau."],
    adviezen=[("commissie voor de begeleiding (vergadering 2 oktober)", "Uitstroomprofiel vervolgonderwijs; inzet op overgangen en relatie; jaarlijks bezien of regulier vo haalbaar is.", "De school heeft dit overgenomen in het handelingsdeel."), ("behandelaar jeugd-GGZ", "Vaste begeleider bij overgangen.", "Onderwijsassistent is vaste begeleider.")],
    voice="Ik vind de gym moeilijk als het druk is. Ik wil met Juf Ellen naar de gym lopen.",
    voice_change="Juf Ellen (onderwijsassistent) loopt voortaan met {n} mee naar de gymzaal, zoals hij vroeg.",
)
