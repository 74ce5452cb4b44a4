# -*- coding: utf-8 -*-
"""Invented content for the blind OPP corpus, round 61 (2026-12-08i).

Every pupil, school, place, person and samenwerkingsverband here is invented.
Text uses placeholders: {n} first name, {hij}/{Hij}, {zijn}/{Zijn}, {hem}.
Domains: leren, werk, soc, com, med, thuis.
"""

DOMAINS = [
    ("leren", "Leren en cognitieve ontwikkeling"),
    ("werk", "Werkhouding en taakaanpak"),
    ("soc", "Sociaal-emotionele ontwikkeling en gedrag"),
    ("com", "Communicatie en taal"),
    ("med", "Lichamelijk / medisch"),
    ("thuis", "Thuissituatie en vrije tijd"),
]

ARCH = {}

# ---------------------------------------------------------------- po
ARCH["po_dyslexie"] = dict(
    type="po", klas="groep 6",
    uitstroom="vmbo kader/gemengde leerweg (vmbo-kgt)",
    uitstroom_short="vmbo-kader/gl",
    onderbouwing=("Op de Cito-LOVS-toetsen scoort {n} voor rekenen-wiskunde en begrijpend luisteren rond het "
                  "landelijk gemiddelde (niveau III), voor technisch lezen (DMT) en spelling op niveau V. In {Ym1} is "
                  "ernstige dyslexie vastgesteld. Het WISC-V-onderzoek (maart {Y0}) laat een totaal-IQ van 98 zien met "
                  "een zwakke verwerkingssnelheid (IQ 82). Gezien de leerrendementen (rekenen 85%, begrijpend lezen 70%) "
                  "en de goede mondelinge vaardigheden verwachten wij een uitstroom naar vmbo kader/gemengde leerweg; "
                  "met compenserende middelen is de theoretische leerweg niet uitgesloten."),
    belemmerend=[("leren", "Technisch lezen en spellen verlopen zeer moeizaam (ernstige dyslexie, DMT-niveau E6 halverwege groep 6)."),
                 ("werk", "{n} raakt snel afgeleid in de klas en heeft moeite om langer dan tien minuten zelfstandig te werken."),
                 ("soc", "Faalangst bij lees- en dicteeopdrachten; {hij} klapt dicht als {hij} hardop moet lezen."),
                 ("thuis", "Thuis wordt weinig voorgelezen; ouders geven aan zelf ook moeite met lezen te hebben.")],
    bevorderend=[("leren", "Goed begrip bij mondelinge uitleg en sterke rekenvaardigheid."),
                 ("soc", "Sociaal vaardig, geliefd in de groep, helpt graag anderen."),
                 ("werk", "Werkt gemotiveerd bij praktische en creatieve opdrachten."),
                 ("thuis", "Betrokken ouders die afspraken nakomen; {n} voetbalt twee keer per week bij de plaatselijke club.")],
    behoefte=["een leerkracht die teksten vooraf laat beluisteren en instructie hardop ondersteunt met beeld",
              "dagelijks korte, intensieve leesoefening op eigen niveau",
              "een vaste werkplek met weinig prikkels en een timer voor taakjes van tien minuten",
              "complimenten voor inzet in plaats van voor foutloos lezen"],
    ondersteuning=[("Intensieve leesbegeleiding (Connect Vloeiend Lezen)", "onderwijsassistent mevr. {oa}", "4x per week 15 minuten, vanaf 20 oktober"),
                   ("Voorleessoftware (Kurzweil) bij zaakvakken en toetsen", "groepsleerkracht", "dagelijks"),
                   ("Spellingbegeleiding in kleine groep (pre-teaching)", "intern begeleider", "2x per week 20 minuten"),
                   ("Gesprekjes over faalangst (Ik-boekje)", "groepsleerkracht", "1x per twee weken")],
    afwijkingen=("Voor spelling volgt {n} de leerlijn op het niveau van groep 5 (aangepaste dictees met maximaal 10 woorden); "
                 "voor technisch lezen gelden aangepaste doelen. Overige vakken volgt {hij} met de groep."),
    doelen=["Eind januari leest {n} AVI-E5 met voldoende tempo en nauwkeurigheid (beheersing).",
            "In juni scoort {n} op de DMT-kaart 3 minimaal 45 woorden per minuut.",
            "Bij een dictee van 10 woorden uit categorie 1 t/m 8 maakt {n} in maart maximaal 3 fouten.",
            "{n} werkt in mei 15 minuten zelfstandig aan een taak met behulp van de timer (drie keer per week geobserveerd)."],
    adviezen=("Het dyslexieonderzoek van Praktijk Letterwijs (drs. {psy}, GZ-psycholoog, 12 juni {Ym1}) adviseert: "
              "voorleessoftware, extra tijd bij toetsen, mondeling overhoren waar mogelijk. De school heeft deze adviezen "
              "overgenomen: Kurzweil is ingezet en toetsen krijgen 25% extra tijd. Het advies om {n} niet hardop te laten "
              "voorlezen in de groep wordt toegepast. De jeugdarts (consult september {Y0}) ziet geen medische belemmeringen."),
    inbreng_view=("{n} vertelt in het kindgesprek dat {hij} het lezen 'stom' vindt omdat anderen sneller zijn. {Hij} wil graag "
                  "met de koptelefoon werken en wil niet meer hardop voorlezen in de kring."),
    inbreng_effect=("Daarom is de koptelefoon toegevoegd aan de ondersteuning en is afgesproken dat {n} alleen nog bij de "
                    "onderwijsassistent hardop leest. {Zijn} wens om met een maatje te oefenen nemen we mee in duolezen op vrijdag."),
    eval_prev=("De leesdoelen zijn deels behaald: AVI-E4 is bereikt, DMT-score steeg van 22 naar 34 woorden. Het spellingdoel "
               "is niet gehaald. Ouders en school zijn tevreden over de inzet van Kurzweil. Afspraak: leesbegeleiding gaat door, "
               "spelling wordt geïntensiveerd."),
    bijstelling=("Bijstelling na de evaluatie: de spellingbegeleiding gaat van één naar twee keer per week en er komt een "
                 "faalangstaanpak met het Ik-boekje bij. De overige afspraken blijven gelijk."),
)

ARCH["po_ass_overstap"] = dict(
    type="po", klas="groep 8",
    uitstroom="havo/vmbo-tl (brede brugklas) met extra ondersteuning op een kleine vo-school",
    uitstroom_short="vmbo-tl/havo",
    onderbouwing=("{n} behaalt op de LVS-toetsen in groep 6 tot en met 8 gemiddeld niveau II tot I voor rekenen en begrijpend "
                  "lezen. De doorstroomtoets van februari gaf het schooladvies vmbo-tl/havo. Het NIO-onderzoek (oktober, "
                  "groep 8) toont een bovengemiddeld verbaal niveau. Vanwege de autismespectrumstoornis en de behoefte aan "
                  "een voorspelbare omgeving adviseren wij een brede brugklas op een kleinere school met een ondersteuningsklas."),
    belemmerend=[("soc", "{n} heeft een diagnose autismespectrumstoornis (ASS); onverwachte veranderingen leiden tot paniek en terugtrekken."),
                 ("werk", "Plannen en organiseren van meerdere taken tegelijk lukt nog niet zelfstandig."),
                 ("com", "Neemt taal letterlijk; groepsopdrachten met open rollen zijn lastig."),
                 ("med", "Overgevoelig voor geluid; in de gymzaal draagt {hij} gehoorbescherming.")],
    bevorderend=[("leren", "Goede begaafdheid, vooral verbaal; leest veel en graag."),
                 ("werk", "Zeer nauwkeurig en doorzettend wanneer de taak duidelijk is."),
                 ("soc", "Heeft twee vaste vriendjes en een goede band met de leerkracht."),
                 ("thuis", "Ouders werken nauw samen met school en de ambulant begeleider.")],
    behoefte=["een voorspelbare dag met een visueel dagprogramma en tijdig bericht over wijzigingen",
              "een vast aanspreekpunt (mentor of coach) in de eerste maanden op het vo",
              "hulp bij plannen met een weekplanner en concrete tussenstappen",
              "een rustige plek om zich terug te trekken als het te druk wordt"],
    ondersteuning=[("Ambulante begeleiding autisme (expertisecentrum De Kompaskring)", "ambulant begeleider dhr. {ab}", "1x per twee weken, tot de zomervakantie"),
                   ("Warme overdracht naar het vo, twee kennismakingsbezoeken", "intern begeleider en ouders", "april en juni"),
                   ("Planningstraining met weekplanner", "groepsleerkracht", "wekelijks op maandag"),
                   ("Time-out-kaart en rustplek op de gang", "groepsleerkracht", "wanneer nodig")],
    afwijkingen=None,
    doelen=["Voor de meivakantie plant {n} {zijn} huiswerk voor een hele week zelfstandig in de weekplanner (mentor controleert).",
            "{n} gebruikt in maart de time-out-kaart in plaats van weg te lopen (minder dan één keer weglopen per maand).",
            "Voor 1 juni heeft {n} twee keer de nieuwe school bezocht en kent {hij} de naam van de coach.",
            "Bij groepswerk neemt {n} in april een vooraf afgesproken rol in, minimaal twee keer per week."],
    adviezen=("Kinderpsychiater dr. {psy} (Jeugd-GGZ De Dwarsstroom) adviseert een kleine, overzichtelijke vo-school en "
              "voorbereiding van de overstap met foto's van gebouw en docenten. Het expertisecentrum adviseert een "
              "coach op het vo. School en ouders hebben op basis hiervan gekozen voor aanmelding bij het Esdoorncollege "
              "(locatie Kleine Brink) met de ondersteuningsklas; de foto-overstapmap wordt in april gemaakt."),
    inbreng_view=("{n} wil naar een school 'waar het niet zo druk is in de gangen' en wil graag een vaste plek in de klas. "
                  "{Hij} vindt de weekplanner handig maar wil zelf de kleuren kiezen."),
    inbreng_effect=("De keuze voor een kleine locatie sluit aan bij {zijn} wens; de vaste plek is in het overdrachtsformulier "
                    "voor het vo opgenomen. De weekplanner maakt {n} zelf, met eigen kleuren."),
    eval_prev=("In groep 7 zijn de doelen rond wegloopgedrag behaald (van wekelijks naar één keer per maand). Het plannen "
               "ging nog niet zelfstandig. Ouders gaven aan dat de overstap naar het vo veel spanning geeft."),
    bijstelling=("Het OPP is omgezet in een overstap-OPP voor het vo: de doelen richten zich nu op plannen en op de "
                 "overstap; de ambulante begeleiding loopt door tot de zomervakantie."),
)

ARCH["po_eigen_leerlijn"] = dict(
    type="po", klas="groep 7",
    uitstroom="praktijkonderwijs, eventueel vmbo basisberoepsgerichte leerweg met leerwegondersteuning",
    uitstroom_short="pro/vmbo-b lwoo",
    onderbouwing=("Het intelligentieonderzoek (WISC-V, januari {Y0}) geeft een totaal-IQ van 76. Op rekenen en begrijpend "
                  "lezen functioneert {n} op het niveau van eind groep 4 tot half groep 5 (DLE 24 en 20). De leerrendementen "
                  "liggen stabiel rond 50%. Op grond van IQ, leerachterstand en de ontwikkeling over drie jaar verwachten "
                  "wij uitstroom naar het praktijkonderwijs; bij een gunstige ontwikkeling is vmbo-basis met lwoo mogelijk."),
    belemmerend=[("leren", "Beperkte leercapaciteit; nieuwe stof moet vaak herhaald worden en wordt snel vergeten."),
                 ("werk", "Vraagt weinig hulp, gaat door met fouten zonder het te merken."),
                 ("com", "Beperkte woordenschat, ook in de thuistaal (Nederlands en Pools)."),
                 ("thuis", "Ouders werken in ploegendienst; huiswerkbegeleiding thuis is beperkt.")],
    bevorderend=[("werk", "Werkt graag praktisch en met de handen; zorgvuldig bij techniek en koken."),
                 ("soc", "Vriendelijk en behulpzaam; goed in de groep opgenomen."),
                 ("leren", "Leert goed met concreet materiaal en vaste stappenplannen."),
                 ("thuis", "Oudere zus helpt graag bij lezen; gezin staat open voor samenwerking.")],
    behoefte=["instructie in kleine stappen met concreet materiaal en herhaling",
              "een eigen leerlijn voor rekenen en begrijpend lezen met haalbare doelen",
              "controle van begrip na elke instructie ('vertel het me terug')",
              "succeservaringen in praktische vakken"],
    ondersteuning=[("Rekenen met eigen leerlijn (Passende Perspectieven, route 3), verlengde instructie", "groepsleerkracht", "dagelijks"),
                   ("Woordenschatprogramma in kleine groep", "onderwijsassistent mevr. {oa}", "3x per week 20 minuten"),
                   ("Observatie en begeleiding door de orthopedagoog van het samenwerkingsverband", "orthopedagoog {psy}", "2x per jaar"),
                   ("Maandelijks contact met ouders over voortgang (met tolk Pools indien nodig)", "intern begeleider", "1x per maand")],
    afwijkingen=("{n} volgt voor rekenen-wiskunde en begrijpend lezen een eigen leerlijn (Passende Perspectieven route 3, "
                 "eindniveau 1F). De referentieniveaus van groep 8 worden voor deze vakken niet nagestreefd. Voor de "
                 "overige vakken volgt {hij} het groepsprogramma met aangepaste toetsen."),
    doelen=["In januari beheerst {n} de tafels van 1 t/m 5 (90% goed in 2 minuten).",
            "In juni kan {n} klokkijken tot op 5 minuten nauwkeurig (analoog en digitaal).",
            "In juni leest {n} AVI-M5 op beheersingsniveau.",
            "{n} leert per maand 40 nieuwe woorden uit het thema en kan er 30 uitleggen (woordtoets)."],
    adviezen=("De orthopedagoog van het samenwerkingsverband (drs. {psy}) adviseerde na observatie (november {Ym1}) een "
              "eigen leerlijn en dagelijkse herhaling. De school volgt dit advies. De logopedist (Logopediepraktijk "
              "Het Klankbord) adviseert woordenschatuitbreiding met beeldmateriaal; dit is opgenomen in het woordenschatprogramma."),
    inbreng_view=("{n} zegt dat {hij} het fijn vindt om met blokjes te rekenen en dat {hij} niet wil dat anderen zien dat "
                  "{hij} een ander boek heeft."),
    inbreng_effect=("Daarom werkt {n} met een map in dezelfde kleur als de methode van de groep; de verlengde instructie "
                    "vindt plaats aan de instructietafel waar ook andere kinderen zitten."),
    eval_prev=("Doelen rekenen behaald (optellen en aftrekken tot 100). Woordenschat: 30 van de 40 woorden. Ouders zijn "
               "positief over de tolk bij de gesprekken."),
    bijstelling=("Na de evaluatie is het doel voor klokkijken toegevoegd en is de woordenschatbegeleiding uitgebreid naar "
                 "drie keer per week."),
)

# ---------------------------------------------------------------- sbo
ARCH["sbo_tos"] = dict(
    type="sbo", klas="groep 5 (stamgroep Libel)",
    uitstroom="vmbo basis-/kaderberoepsgerichte leerweg met leerwegondersteuning",
    uitstroom_short="vmbo-b/k lwoo",
    onderbouwing=("{n} heeft een taalontwikkelingsstoornis (TOS), vastgesteld door Audiologisch Centrum Noorderzwin (2022). "
                  "Het nonverbale IQ (SON-R) is 94. Rekenen ligt op het niveau van de groep (DLE 18 bij DL 20); lezen en "
                  "begrijpend lezen liggen een jaar achter. Gezien de groei het afgelopen jaar (rekenen +9 DLE, lezen +6 DLE) "
                  "verwachten wij uitstroom naar vmbo basis/kader met leerwegondersteuning."),
    belemmerend=[("com", "Ernstige problemen in taalbegrip en zinsbouw (TOS); mondelinge instructie wordt vaak niet begrepen."),
                 ("leren", "Achterstand in begrijpend lezen (DLE 10 bij DL 20)."),
                 ("soc", "Raakt gefrustreerd als {hij} zich niet verstaanbaar kan maken; dit leidt soms tot boosheid op het plein.")],
    bevorderend=[("leren", "Goed in rekenen en ruimtelijk inzicht."),
                 ("werk", "Doorzetter; maakt werk af en vraagt om hulp met picto's."),
                 ("soc", "Heeft plezier in bewegingsonderwijs en sport; is een fijne teamgenoot."),
                 ("thuis", "Ouders oefenen thuis met de logopedieoefeningen.")],
    behoefte=["korte, visueel ondersteunde instructie (picto's, voordoen)",
              "controle of {n} de opdracht heeft begrepen",
              "een taalrijke omgeving met herhaling van kernwoorden",
              "begeleiding in conflictsituaties op het plein"],
    ondersteuning=[("Logopedie op school", "logopedist mevr. {logo}", "2x per week 30 minuten"),
                   ("Visuele ondersteuning (dagritme, stappenkaarten)", "leerkracht stamgroep Libel", "dagelijks"),
                   ("Pleinbegeleiding met vaste pleinmaatje", "pleinwacht en leerkracht", "dagelijks in pauzes"),
                   ("Woordenschatpakket Met Woorden in de Weer, in kleine groep", "onderwijsassistent", "3x per week")],
    afwijkingen=("Voor begrijpend lezen en woordenschat werkt {n} op het niveau van groep 4 met aangepaste doelen. "
                 "Er zijn geen vrijstellingen."),
    doelen=["In februari volgt {n} een instructie van drie stappen met picto's zonder extra uitleg (4 van de 5 keer).",
            "In juni haalt {n} DLE 14 voor begrijpend lezen.",
            "{n} gebruikt in conflicten op het plein de stopkaart en zoekt de pleinwacht op (observatie, max. één incident per week in april).",
            "In juni kent {n} 80% van de kernwoorden van de thema's van dit schooljaar."],
    adviezen=("Auris-begeleider (Cluster 2, dhr. {ab}) adviseert visuele ondersteuning bij elke instructie en een rustige "
              "werkplek. De logopedist adviseert zinsbouwoefeningen in de klas. Beide adviezen zijn in het handelingsdeel "
              "opgenomen (zie ondersteuning: stappenkaarten en woordenschatpakket)."),
    inbreng_view=("{n} heeft met picto's aangegeven dat {hij} het liefst samen met een maatje werkt en dat buitenspelen "
                  "soms eng is omdat de grote kinderen snel praten."),
    inbreng_effect=("Daarom is het pleinmaatje toegevoegd en speelt {n} in de eerste pauze op het kleine plein. Samenwerken "
                    "met een maatje is ingezet bij rekenen."),
    eval_prev=("Instructiebegrip verbeterd (3 van de 5 keer). Begrijpend lezen: DLE 8 → 10. Boze buien op het plein "
               "namen af van dagelijks naar twee keer per week."),
    bijstelling=("Na evaluatie is de pleinbegeleiding uitgebreid met een pleinmaatje; logopedie blijft twee keer per week."),
)

ARCH["sbo_gedrag"] = dict(
    type="sbo", klas="groep 7 (stamgroep Zeearend)",
    uitstroom="vmbo kaderberoepsgerichte leerweg",
    uitstroom_short="vmbo-kader",
    onderbouwing=("De cognitieve capaciteiten liggen in het gemiddelde bereik (WISC-V TIQ 91, 2023). {n} scoort op de "
                  "methodeonafhankelijke toetsen niveau IV voor rekenen en III voor lezen, met een stijgende lijn sinds de "
                  "plaatsing op het sbo. Het gedrag (ADHD, aanpassingsproblemen) belemmert de leerresultaten. Op basis van "
                  "de groei van het afgelopen jaar en de capaciteiten verwachten wij vmbo-kader."),
    belemmerend=[("soc", "Impulsief gedrag en snelle boosheid bij tegenslag (ADHD, gecombineerd beeld)."),
                 ("werk", "Moeite met het volhouden van aandacht en het afmaken van taken."),
                 ("thuis", "Onrustige thuissituatie na de scheiding van ouders; wisselt wekelijks van huis.")],
    bevorderend=[("soc", "Kan goed reflecteren na een incident en maakt het weer goed."),
                 ("leren", "Gemiddelde capaciteiten en goed geheugen voor feiten."),
                 ("werk", "Sterk gemotiveerd door een beloningssysteem."),
                 ("thuis", "Beide ouders willen goed samenwerken met school; opa haalt {n} dagelijks op.")],
    behoefte=["duidelijke regels en vaste consequenties, consequent toegepast door alle volwassenen",
              "bewegingsmomenten tussen taken",
              "een beloningssysteem gekoppeld aan persoonlijke doelen",
              "een vertrouwenspersoon op school bij wie {hij} terecht kan"],
    ondersteuning=[("Training sociale vaardigheden (Rots en Water) in kleine groep", "gedragsspecialist dhr. {ab}", "1x per week 45 minuten, september t/m december"),
                   ("Beloningskaart met dagelijkse evaluatie", "leerkracht", "dagelijks, einde van de dag"),
                   ("Wekelijks mentorgesprek", "intern begeleider", "1x per week 10 minuten"),
                   ("Afstemming met jeugdhulp (Jeugdteam Wiekerdijk)", "intern begeleider", "1x per 6 weken")],
    afwijkingen="Geen afwijkingen van het onderwijsprogramma; {n} volgt het programma van de stamgroep.",
    doelen=["Voor de kerstvakantie gebruikt {n} bij boosheid het stoplicht en de afkoelplek (maximaal 2 time-outs per week).",
            "In maart maakt {n} 4 van de 5 dagtaken af binnen de gestelde tijd.",
            "In juni heeft {n} rekenen niveau III behaald op de M7-toets."],
    adviezen=("De kinderpsycholoog van het Jeugdteam (mevr. {psy}) adviseert een consequente aanpak thuis en op school met "
              "dezelfde beloningskaart. Het advies van de kinderarts om medicatie te evalueren is met ouders besproken; "
              "de school geeft observaties door aan de kinderarts via ouders."),
    inbreng_view=("{n} geeft aan dat {hij} vooral boos wordt als {hij} het gevoel heeft dat {hij} de schuld krijgt. {Hij} wil "
                  "zelf kunnen kiezen wanneer {hij} naar de afkoelplek gaat."),
    inbreng_effect=("De afkoelplek mag {n} nu zelf kiezen met het stoplicht (zonder toestemming te vragen); na een incident "
                    "krijgt {hij} eerst de kans {zijn} kant te vertellen."),
    eval_prev=("Time-outs daalden van 6 naar 3 per week. Taken afmaken lukt 3 van de 5 dagen. Ouders melden dat de "
               "beloningskaart thuis lastig vol te houden is."),
    bijstelling=("Bijstelling: Rots en Water wordt verlengd tot de voorjaarsvakantie; de beloningskaart wordt vereenvoudigd "
                 "zodat beide ouders hem thuis kunnen gebruiken."),
)

# ---------------------------------------------------------------- so
ARCH["so_cluster4"] = dict(
    type="so", klas="groep Ooievaar (middenbouw)",
    uitstroom="voortgezet speciaal onderwijs, profiel vervolgonderwijs (vmbo-tl niveau), of regulier vmbo met arrangement",
    uitstroom_short="vso vervolgonderwijs",
    onderbouwing=("{n} heeft een gemiddelde intelligentie (WISC-V TIQ 102, 2024) en leert op het niveau van {zijn} "
                  "leeftijdsgenoten (rekenen en lezen niveau III). De ernstige gedragsproblematiek (ODD, trauma) maakt "
                  "dat {hij} voorlopig een kleine, gestructureerde setting nodig heeft. Gezien de leerresultaten verwachten "
                  "wij uitstroom naar het vso met profiel vervolgonderwijs, met als perspectief vmbo-tl."),
    belemmerend=[("soc", "Groot wantrouwen naar volwassenen; escaleert bij onverwachte correctie."),
                 ("soc", "Heeft moeite met samenwerken en het delen van aandacht."),
                 ("thuis", "Woont sinds 2023 in een pleeggezin; omgangsregeling met moeder geeft onrust.")],
    bevorderend=[("leren", "Leert snel; sterk in rekenen en wereldoriëntatie."),
                 ("werk", "Werkt goed zelfstandig aan een eigen werkplek met koptelefoon."),
                 ("thuis", "Stabiel pleeggezin dat nauw met school en de behandelaar samenwerkt.")],
    behoefte=["voorspelbare, rustige volwassenen die vooraf aankondigen wat er gaat gebeuren",
              "een individuele werkplek en de mogelijkheid om even weg te gaan (time-in)",
              "afstemming tussen school, pleegouders en behandelaar",
              "positieve bekrachtiging van gewenst gedrag"],
    ondersteuning=[("Individueel gedragsplan met signaleringsplan", "groepsleerkracht en klassenassistent", "dagelijks"),
                   ("Traumasensitief lesgeven; leerkracht volgt training", "team groep Ooievaar", "schooljaar {Y0}-{Y1}"),
                   ("Behandeling EMDR bij Jeugd-GGZ De Dwarsstroom, afstemming met school", "behandelaar mevr. {psy}", "1x per 6 weken overleg"),
                   ("Sociale vaardigheidstraining in tweetallen", "gedragswetenschapper", "1x per week")],
    afwijkingen=("{n} volgt het reguliere programma van de groep met één aanpassing: bewegingsonderwijs vindt plaats in "
                 "een kleinere groep van zes leerlingen."),
    doelen=["In januari kondigt {n} met de kaart aan dat {hij} even weg wil, in plaats van weg te rennen (80% van de keren).",
            "Voor de zomervakantie werkt {n} drie keer per week tien minuten samen met een klasgenoot zonder conflict.",
            "{n} behaalt in juni niveau III voor rekenen en begrijpend lezen."],
    adviezen=("Advies van de commissie voor de begeleiding (CvB, vergadering {cvb_date}): inzetten op "
              "voorspelbaarheid en het signaleringsplan; over een jaar bespreken of terugplaatsing naar sbo mogelijk is. "
              "De behandelaar adviseert geen fysieke begrenzing tenzij onvermijdelijk. School neemt beide adviezen over."),
    inbreng_view=("{n} vertelde de gedragswetenschapper dat {hij} het niet fijn vindt als juf {hem} voor de hele klas aanspreekt "
                  "en dat {hij} later 'iets met dieren' wil doen."),
    inbreng_effect=("Afgesproken is dat correctie zoveel mogelijk één-op-één gebeurt; dit staat in het gedragsplan. In de "
                    "projectweek mag {n} het onderwerp dieren kiezen."),
    eval_prev=("Het aantal escalaties daalde van 12 naar 5 per maand. Samenwerken lukt met één vaste klasgenoot. "
               "Pleegouders zijn positief over de afstemming met de behandelaar."),
    bijstelling=("Na de evaluatie is het doel samenwerken aangescherpt (drie keer per week) en is de SoVa-training in "
                 "tweetallen toegevoegd."),
)

ARCH["so_zmlk_vso"] = dict(
    type="so", klas="bovenbouwgroep Kompas (laatste so-jaar)",
    uitstroom="voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarktgericht (vso De Horizonkade)",
    uitstroom_short="vso arbeidsmarktgericht",
    onderbouwing=("{n} heeft een licht verstandelijke beperking (TIQ 63, WNV 2024) en het syndroom van Down. Lezen en rekenen "
                  "liggen op het niveau van eind groep 3 (leerroute 3 van de CED-leerlijnen). {Hij} functioneert zelfstandig "
                  "in praktische taken en werkt graag met de handen. De CvB acht de overgang naar het vso met profiel "
                  "arbeidsmarktgericht passend."),
    belemmerend=[("leren", "Abstracte leerstof en getalbegrip boven de 20 zijn nog niet verworven."),
                 ("com", "Articulatie is onduidelijk voor onbekenden."),
                 ("med", "Gehoorverlies rechts (hoortoestel) en snelle vermoeidheid in de middag.")],
    bevorderend=[("soc", "Vrolijk, sociaal en behulpzaam; wordt door klasgenoten gewaardeerd."),
                 ("werk", "Werkt nauwkeurig met een stappenplan en houdt van vaste taken."),
                 ("thuis", "Ouders zijn zeer betrokken en denken actief mee over de overstap.")],
    behoefte=["een stapsgewijze voorbereiding op het vso, met bezoeken en een overstapboekje met foto's",
              "praktisch leren in echte situaties (koken, winkelen, reizen)",
              "rust in de middag en een aangepast rooster bij vermoeidheid",
              "ondersteuning van de communicatie met gebaren (NmG)"],
    ondersteuning=[("Overstaptraject naar vso De Horizonkade: drie meeloopdagen", "leerkracht en vso-coördinator mevr. {oa}", "maart, april en juni"),
                   ("Praktijklessen koken en boodschappen doen", "leerkracht", "1x per week"),
                   ("Logopedie (articulatie en gebaren)", "logopedist mevr. {logo}", "1x per week"),
                   ("Zelfstandig reizen met de bus (reistraining)", "onderwijsassistent", "2x per week, april t/m juni")],
    afwijkingen=("{n} volgt de CED-leerlijnen voor het zml-onderwijs (leerroute 3) in plaats van de kerndoelen van het "
                 "reguliere onderwijs. Het rooster is op woensdag ingekort tot 12.00 uur in verband met vermoeidheid."),
    doelen=["In juni reist {n} zelfstandig met de bus van huis naar school (drie keer zonder begeleiding).",
            "{n} doet in mei met een boodschappenlijst met plaatjes zelfstandig vijf boodschappen in de supermarkt.",
            "In juni telt {n} tot 30 en rekent {hij} met geld tot 10 euro."],
    adviezen=("Advies van de commissie voor de begeleiding ({cvb_date}): overstap naar het vso per 1 augustus {Y1}, "
              "profiel arbeidsmarktgericht, met warme overdracht. Het audiologisch centrum adviseert een solo-apparatuur "
              "in de klas; die is aangevraagd. De school volgt beide adviezen."),
    inbreng_view=("{n} zegt: 'Ik wil naar de grote school waar mijn neef ook zit' en 'ik wil koken leren'. {Hij} wil niet "
                  "met de taxibus maar met de gewone bus."),
    inbreng_effect=("Daarom is de reistraining met de lijnbus opgenomen en heeft {n} bij de meeloopdagen de kooklessen van "
                    "het vso gekozen."),
    eval_prev=("In het vorige schooljaar zijn de doelen voor zelfredzaamheid behaald (aan- en uitkleden, eten opwarmen). "
               "Het rekendoel (tot 20) is behaald."),
    bijstelling=("Bijstelling: het plan is omgezet naar een overstapplan so-vso met reistraining en meeloopdagen."),
)

# ---------------------------------------------------------------- vo
ARCH["vo_vmbo_adhd"] = dict(
    type="vo", klas="vmbo-kader 2 (klas K2b)",
    uitstroom="diploma vmbo kaderberoepsgerichte leerweg, profiel Zorg en Welzijn; daarna mbo niveau 3",
    uitstroom_short="vmbo-kader diploma",
    onderbouwing=("{n} heeft de basisvorming in klas 1 en 2 met voldoendes afgesloten (gemiddeld 6,4). De DIA-toetsen "
                  "laten voor Nederlands en rekenen niveau 1F+ zien, passend bij kader. Door ADHD en een chaotische "
                  "planning blijven praktijkopdrachten liggen. Met ondersteuning bij planning verwachten wij dat {n} het "
                  "kaderdiploma behaalt en doorstroomt naar mbo niveau 3."),
    belemmerend=[("werk", "Plannen, organiseren en huiswerk bijhouden lukt niet zelfstandig (ADHD)."),
                 ("soc", "Laat zich makkelijk meeslepen door klasgenoten; drie schorsingen in klas 1."),
                 ("thuis", "Moeder is alleenstaand en werkt avonddiensten; weinig toezicht op huiswerk.")],
    bevorderend=[("werk", "Sterk in praktijkvakken; enthousiast bij de stage in de kinderopvang."),
                 ("soc", "Open in het contact met de mentor; komt afspraken na als ze kort en concreet zijn."),
                 ("med", "Gebruikt medicatie (methylfenidaat) die goed is ingesteld.")],
    behoefte=["een coach die wekelijks de planning doorloopt",
              "korte, concrete afspraken en directe feedback",
              "een rustige werkplek tijdens toetsen",
              "structuur in het huiswerk: maken op school in plaats van thuis"],
    ondersteuning=[("Coaching in het Ondersteuningspunt (planning, agenda)", "coach mevr. {oa}", "1x per week 30 minuten"),
                   ("Huiswerkklas op school", "huiswerkbegeleider", "di en do 8e en 9e uur"),
                   ("Toetsen in de stiltekamer met 20% extra tijd", "toetscoördinator", "bij elke toets"),
                   ("Driehoeksgesprek mentor-ouder-leerling", "mentor dhr. {ab}", "1x per 6 weken")],
    afwijkingen="Geen afwijkingen van het onderwijsprogramma.",
    doelen=["Voor de herfstvakantie houdt {n} de digitale planner in Magister bij; de coach controleert wekelijks (8 van de 10 weken op orde).",
            "In periode 2 levert {n} alle praktijkopdrachten Zorg en Welzijn op tijd in.",
            "Het aantal uitstuurmeldingen daalt van gemiddeld 3 per maand naar hooguit 1 per maand in periode 3."],
    adviezen=("De orthopedagoog van het samenwerkingsverband (mevr. {psy}) adviseert een vaste coach en huiswerk op school. "
              "De jeugdarts adviseert een gesprek over slaap en schermgebruik; de mentor heeft dit met moeder en {n} besproken. "
              "Beide adviezen zijn opgenomen in het handelingsdeel."),
    inbreng_view=("{n} geeft aan dat {hij} het liefst bij dezelfde coach blijft en dat {hij} de huiswerkklas 'saai maar wel "
                  "handig' vindt. {Hij} wil zelf de driehoeksgesprekken voorbereiden."),
    inbreng_effect=("De coach blijft dezelfde als vorig jaar. {n} bereidt de driehoeksgesprekken voor met een formulier dat "
                    "{hij} zelf invult; de huiswerkklas is teruggebracht van drie naar twee middagen."),
    eval_prev=("Planning: 5 van de 10 weken op orde. Praktijkopdrachten: 70% op tijd. Uitstuurmeldingen daalden van 5 naar "
               "3 per maand. {n} en moeder zijn tevreden over de coach."),
    bijstelling=("Bijstelling na de evaluatie: de huiswerkklas gaat naar twee middagen; de doelen voor planning blijven staan "
                 "met een hoger streefniveau."),
)

ARCH["vo_havo_angst"] = dict(
    type="vo", klas="havo 4 (profiel Cultuur en Maatschappij)",
    uitstroom="havodiploma, profiel Cultuur en Maatschappij; daarna hbo (pedagogiek of communicatie)",
    uitstroom_short="havo-diploma",
    onderbouwing=("{n} heeft de onderbouw havo zonder doubleren doorlopen; de cijfers in havo 3 lagen gemiddeld op 7,1. "
                  "Sinds het voorjaar van {Y0} is er sprake van een angststoornis met hoog schoolverzuim (32% in "
                  "periode 3 en 4). De capaciteiten zijn ruim voldoende voor havo (NIO 2021: bovengemiddeld). Met een "
                  "aangepast rooster en behandeling verwachten wij dat {n} het havodiploma behaalt, mogelijk in zes jaar."),
    belemmerend=[("soc", "Angst- en paniekklachten, vooral in drukke situaties en bij mondelinge presentaties."),
                 ("werk", "Grote achterstand door verzuim bij Engels en wiskunde A."),
                 ("med", "Slaapproblemen; in behandeling bij Jeugd-GGZ.")],
    bevorderend=[("leren", "Goede capaciteiten; haalt hoge cijfers voor Nederlands en geschiedenis."),
                 ("soc", "Sterk verantwoordelijkheidsgevoel; wil graag {zijn} diploma halen."),
                 ("thuis", "Steunende ouders en goede samenwerking met de behandelaar.")],
    behoefte=["een opbouwschema voor de schoolaanwezigheid met haalbare stappen",
              "een vaste, veilige plek in school (Oase) om te werken als de klas te veel is",
              "alternatieven voor mondelinge presentaties",
              "afstemming tussen mentor, behandelaar, leerplichtambtenaar en ouders"],
    ondersteuning=[("Opbouwrooster: start met 12 lesuren per week, elke 4 weken uitbreiden in overleg", "mentor en zorgcoördinator", "vanaf 1 oktober"),
                   ("Werken in de Oase met begeleiding", "ondersteuningsmedewerker dhr. {ab}", "dagelijks, 3e tot 5e uur"),
                   ("Inhaalprogramma Engels en wiskunde A", "vakdocenten", "1x per week 45 minuten per vak"),
                   ("Zorgoverleg met behandelaar en leerplicht", "zorgcoördinator mevr. {oa}", "1x per 6 weken")],
    afwijkingen=("Tijdelijk verkort rooster (12 van de 32 lesuren, opbouw in stappen tot volledig rooster in februari). "
                 "Mondelinge presentaties bij Nederlands en Engels worden vervangen door een opname of een gesprek met "
                 "alleen de docent. Het PTA van havo 4 wordt over twee jaar gespreid (na toestemming van de inspectie, melding "
                 "gedaan in september {Y0})."),
    doelen=["In december is {n} 20 lesuren per week aanwezig (aanwezigheidsregistratie).",
            "In februari volgt {n} het volledige rooster, met maximaal twee uur per dag in de Oase.",
            "Voor het einde van periode 2 heeft {n} de PTA-toetsen Engels en wiskunde A van periode 1 ingehaald.",
            "{n} geeft in maart een presentatie voor een groepje van vijf klasgenoten."],
    adviezen=("Behandelaar Jeugd-GGZ De Dwarsstroom (mevr. {psy}, GZ-psycholoog) adviseert geleidelijke blootstelling en geen "
              "vrijstelling van presentaties maar een stapsgewijze opbouw; dit is in doel 4 verwerkt. De jeugdarts (GGD) "
              "adviseert het opbouwrooster en maandelijkse monitoring van het verzuim; de school volgt dit advies."),
    inbreng_view=("{n} wil zelf bepalen welke lessen het eerst terugkomen in het rooster en wil niet dat klasgenoten horen "
                  "waarom {hij} minder lessen volgt."),
    inbreng_effect=("Het opbouwschema begint met de vakken die {n} zelf koos (Nederlands, geschiedenis, kunst). De mentor "
                    "bespreekt het rooster niet in de klas; {n} vertelt zelf wat {hij} wil delen."),
    eval_prev=("Aanwezigheid steeg van 40% naar 68%. De PTA-achterstand is nog niet ingehaald. Presentaties zijn nog niet gelukt."),
    bijstelling=("Bijstelling: het opbouwrooster is verlengd tot februari en het inhaalprogramma is beperkt tot Engels en wiskunde A."),
)

ARCH["vo_vwo_ass"] = dict(
    type="vo", klas="vwo 3 (gymnasium)",
    uitstroom="vwo-diploma (gymnasium), profiel Natuur en Techniek; daarna wetenschappelijk onderwijs",
    uitstroom_short="vwo-diploma",
    onderbouwing=("{n} is hoogbegaafd (WISC-V TIQ 138) en heeft een diagnose autisme. De cijfers voor exacte vakken zijn "
                  "hoog (gemiddeld 8,3), voor talen voldoende. Overgang naar vwo 4 is zonder bespreking verlopen in "
                  "de jaren ervoor. De problemen liggen in de sociale omgang en de overprikkeling, niet in het niveau. "
                  "Wij verwachten dat {n} het vwo-diploma behaalt."),
    belemmerend=[("soc", "Overprikkeling in drukke ruimtes (kantine, gangen) leidt tot uitval in het 5e en 6e uur."),
                 ("com", "Moeite met impliciete verwachtingen en samenwerken in projectgroepen."),
                 ("werk", "Perfectionisme; begint niet aan taken waarvan {hij} de uitkomst niet kan overzien.")],
    bevorderend=[("leren", "Zeer sterk analytisch vermogen, snel van begrip."),
                 ("werk", "Intrinsiek gemotiveerd voor natuurkunde, wiskunde en programmeren."),
                 ("soc", "Heeft een kleine, stabiele vriendengroep in de schaakclub.")],
    behoefte=["een prikkelarme plek in de pauzes",
              "expliciete instructies en een vaste rol bij groepsopdrachten",
              "verdieping in plaats van herhaling bij exacte vakken",
              "begeleiding bij het starten van open taken"],
    ondersteuning=[("Pauzeplek in het studiecentrum", "studiecentrummedewerker", "dagelijks"),
                   ("Begeleiding door de autismecoach", "autismecoach dhr. {ab}", "1x per week 30 minuten"),
                   ("Verrijkingsprogramma (Pre-University module informatica)", "docent informatica", "1 middag per week"),
                   ("Afspraken over groepswerk vastgelegd in het docentenoverzicht", "mentor", "bij start van elk project")],
    afwijkingen=("Compacten bij wiskunde en natuurkunde (helft van de oefenstof vervalt) ten gunste van verrijking. Verder "
                 "geen afwijkingen."),
    doelen=["In periode 2 neemt {n} in twee projectgroepen een vooraf afgesproken rol in en rondt {hij} {zijn} deel op tijd af.",
            "{n} is in het tweede halfjaar niet meer dan één keer per maand uitgevallen in het 5e of 6e uur.",
            "{n} rondt de Pre-University module informatica af met een eindopdracht."],
    adviezen=("Het Centrum voor Autisme Lindehaven (psychiater dr. {psy}) adviseert een prikkelarme pauzeplek en een vaste "
              "coach. De school heeft beide adviezen uitgevoerd. Het advies om {n} vrij te stellen van groepswerk is niet "
              "overgenomen; in plaats daarvan worden vaste rollen afgesproken (in overleg met ouders)."),
    inbreng_view=("{n} schreef zelf een brief voor het gesprek. {Hij} vraagt om vooraf te weten wie {zijn} groepsgenoten zijn "
                  "en wil meer uitdaging bij informatica."),
    inbreng_effect=("De mentor maakt de groepsindeling nu een week vooraf bekend aan {n}; de Pre-University module is op "
                    "{zijn} verzoek toegevoegd."),
    eval_prev=("Uitval in het 6e uur nam af van wekelijks naar twee keer per maand. Groepswerk blijft lastig. "
               "{n} ervaart de pauzeplek als zeer prettig."),
    bijstelling=("Bijstelling: het verrijkingsprogramma is toegevoegd en de doelen voor groepswerk zijn concreter gemaakt."),
)

# ---------------------------------------------------------------- pro
ARCH["pro_arbeid"] = dict(
    type="pro", klas="pro 3 (stagejaar)",
    uitstroom="arbeid: betaald werk in de groenvoorziening of logistiek, met een jobcoach; eventueel entreeopleiding (mbo niveau 1)",
    uitstroom_short="arbeid (groen/logistiek)",
    onderbouwing=("{n} heeft een IQ van 72 (WISC-V, 2022) en een leerachterstand van meer dan drie jaar bij instroom "
                  "(toelaatbaarheid pro 2023). In de praktijkvakken groen en logistiek haalt {n} goede beoordelingen; op de "
                  "interne stage bij de schoolkantine werkte {hij} zelfstandig. Het branchecertificaat heftruck is "
                  "behaald. Op grond hiervan verwachten wij uitstroom naar arbeid, met ondersteuning van een jobcoach."),
    belemmerend=[("werk", "Heeft moeite met tijdsbesef en te laat komen; mist soms de bus naar de stage."),
                 ("soc", "Reageert kortaf op leidinggevenden als {hij} zich niet begrepen voelt."),
                 ("leren", "Leest en rekent op het niveau van groep 5 (1F niet behaald).")],
    bevorderend=[("werk", "Sterk in praktisch werk en fysiek werk; heeft doorzettingsvermogen."),
                 ("soc", "Werkt graag in een team en is loyaal."),
                 ("thuis", "Vader werkt zelf bij een hoveniersbedrijf en stimuleert {n} om stage te lopen.")],
    behoefte=["een stageplek met een vaste werkbegeleider",
              "oefenen met reizen en op tijd komen (wekker, reisplanner)",
              "hulp bij het begrijpen van werkinstructies en werkbriefjes",
              "voorbereiding op de overgang naar werk (UWV, jobcoach)"],
    ondersteuning=[("Externe stage bij Hoveniersbedrijf Groenrijk (2 dagen per week)", "stagebegeleider dhr. {ab}", "wekelijks contact, elke 4 weken bezoek"),
                   ("Training sollicitatie- en werknemersvaardigheden", "docent loopbaan", "1x per week"),
                   ("Taal en rekenen op 1F-niveau in kleine groep", "docent Nederlands/rekenen", "2x per week"),
                   ("Aanvraag indicatie banenafspraak bij UWV", "trajectbegeleider mevr. {oa}", "voor 1 maart")],
    afwijkingen=None,
    doelen=["In januari is {n} op alle stagedagen op tijd (registratie stagebedrijf).",
            "In april voert {n} zelfstandig een werkinstructie met drie stappen uit (beoordeling werkbegeleider: voldoende).",
            "Voor de zomervakantie heeft {n} een sollicitatiegesprek geoefend en het cv afgerond."],
    adviezen=("De arbeidsdeskundige van het UWV (gesprek 12 november) adviseert een indicatie banenafspraak aan te vragen "
              "en een jobcoach voor het eerste werkjaar. De school heeft de aanvraag in gang gezet. De GZ-psycholoog van "
              "MEE (mevr. {psy}) adviseert korte, visuele werkinstructies; die worden op de stage gebruikt."),
    inbreng_view=("{n} wil na school 'buiten werken, net als mijn vader' en wil liever geen entreeopleiding. {Hij} wil "
                  "een rijbewijs halen voor de trekker."),
    inbreng_effect=("De stage is daarom in de groenvoorziening gezocht. Het trekkerrijbewijs (T-rijbewijs) is als wens "
                    "opgenomen in het transitieplan; de school onderzoekt de mogelijkheid via het stagebedrijf."),
    eval_prev=("Interne stage afgerond met een voldoende. Op tijd komen lukt 7 van de 10 keer. Branchecertificaat heftruck behaald."),
    bijstelling=("Bijstelling: de interne stage wordt een externe stage van twee dagen per week; de aanvraag banenafspraak is toegevoegd."),
)

ARCH["pro_overstap"] = dict(
    type="pro", klas="pro 2 (instroom januari 2026 vanuit vmbo-basis)",
    uitstroom="entreeopleiding (mbo niveau 1) richting Logistiek of Horeca, daarna werk",
    uitstroom_short="entree mbo-1",
    onderbouwing=("{n} stroomde in januari 2026 over van vmbo-basis (Esdoorncollege, klas B1) naar het praktijkonderwijs. "
                  "Op het vmbo haalde {hij} voor zeven van de tien vakken een onvoldoende ondanks leerwegondersteuning. "
                  "Het capaciteitenonderzoek (december 2025) wees een IQ van 75 uit en een leerachterstand van 3,5 jaar, "
                  "waarmee {n} toelaatbaar is tot het praktijkonderwijs. Omdat {hij} goed functioneert in de praktijklessen "
                  "horeca en logistiek, verwachten wij doorstroom naar een entreeopleiding."),
    belemmerend=[("soc", "Laag zelfbeeld na het vastlopen op het vmbo; zegt vaak 'ik kan het toch niet'."),
                 ("leren", "Begrijpend lezen op niveau groep 6; schriftelijke instructies worden niet begrepen."),
                 ("werk", "Kan nog niet plannen over meerdere dagen.")],
    bevorderend=[("werk", "Handig en snel in de praktijkkeuken; werkt hygiënisch."),
                 ("soc", "Heeft snel aansluiting gevonden in de nieuwe klas."),
                 ("thuis", "Moeder en oom zijn betrokken en komen naar gesprekken.")],
    behoefte=["succeservaringen en positieve feedback om het zelfbeeld te herstellen",
              "instructies mondeling en met voorbeelden",
              "een vaste mentor die ook contact heeft met thuis",
              "oriëntatie op beroepen via korte snuffelstages"],
    ondersteuning=[("Mentorgesprekken over zelfbeeld (Kracht-op-Maat)", "mentor mevr. {oa}", "1x per week"),
                   ("Snuffelstages horeca en logistiek", "stagecoördinator", "2 x 1 week, maart en mei"),
                   ("Lezen in kleine groep (Nieuwsbegrip XL)", "docent Nederlands", "2x per week"),
                   ("Overdrachtsgesprek met vmbo-mentor", "zorgcoördinator", "eenmalig, januari 2026")],
    afwijkingen=None,
    doelen=["Voor de meivakantie heeft {n} twee snuffelstages afgerond met een positieve beoordeling.",
            "In juni benoemt {n} in het mentorgesprek drie dingen waar {hij} goed in is (zelfbeeldvragenlijst verbeterd).",
            "In juni leest {n} een werkinstructie van een halve pagina en voert die zonder hulp uit."],
    adviezen=("De orthopedagoog van het samenwerkingsverband (dhr. {psy}) adviseerde in de toelaatbaarheidsprocedure "
              "een start met veel succeservaringen en beroepsoriëntatie. De school volgt dit met Kracht-op-Maat en "
              "snuffelstages."),
    inbreng_view=("{n} vertelt dat {hij} blij is met de overstap omdat {hij} 'eindelijk iets kan'. {Hij} wil graag in een keuken werken."),
    inbreng_effect=("De eerste snuffelstage is daarom in de horeca gepland; de tweede in de logistiek, zodat {n} kan vergelijken."),
    eval_prev=("Op het vmbo is het OPP (lwoo) in november 2025 geëvalueerd: de doelen zijn niet behaald; geadviseerd is een "
               "overstap naar het praktijkonderwijs."),
    bijstelling=("Nieuw OPP na overstap; vervangt het OPP van het vmbo."),
)

# ---------------------------------------------------------------- vso
ARCH["vso_arbeid_18"] = dict(
    type="vso", klas="vso arbeidsmarktgericht, bovenbouw (klas AM-4)",
    uitstroom="uitstroomprofiel arbeidsmarktgericht: werk als medewerker groenvoorziening of magazijn, met loonkostensubsidie en jobcoach",
    uitstroom_short="arbeidsmarktgericht",
    onderbouwing=("{n} heeft een licht verstandelijke beperking (TIQ 68) en ASS. Op de stages bij de gemeentewerf en in het "
                  "magazijn van Bouwmarkt Dorstmeer haalde {hij} voldoende tot goede beoordelingen voor werknemersvaardigheden. "
                  "De branchecertificaten 'Werken in het groen' en 'Heftruck' zijn behaald. Het doelgroepregister "
                  "(banenafspraak) is aangevraagd. Daarom verwachten wij uitstroom naar betaald werk."),
    belemmerend=[("soc", "Raakt overprikkeld bij onverwachte wijzigingen in het werkrooster."),
                 ("com", "Vraagt niet om hulp als {hij} iets niet begrijpt."),
                 ("thuis", "Geen eigen vervoer; het stageadres is met het openbaar vervoer lastig bereikbaar.")],
    bevorderend=[("werk", "Zeer betrouwbaar en precies; werkt graag volgens vaste routines."),
                 ("werk", "Gemotiveerd om te werken en geld te verdienen."),
                 ("thuis", "Ouders steunen de keuze voor werk en helpen met reizen.")],
    behoefte=["een vaste werkbegeleider en een vast rooster op de stage",
              "een voorbereide overstap naar werk, met jobcoach vanaf de start",
              "training in hulp vragen op de werkplek",
              "zelfstandig leren reizen naar het stagebedrijf"],
    ondersteuning=[("Plaatsingsstage bij de gemeentewerf Dorstmeer (3 dagen per week)", "stagedocent dhr. {ab}", "bezoek elke 3 weken"),
                   ("Training 'hulp vragen' (rollenspel)", "mentor", "1x per week"),
                   ("Reistraining fiets/bus", "onderwijsassistent", "4 weken, start oktober"),
                   ("Warme overdracht naar jobcoachorganisatie en gemeente", "transitiecoördinator mevr. {oa}", "voor 1 juni")],
    afwijkingen=("Het programma bestaat voor 60% uit stage; {n} volgt geen landelijk examen maar werkt aan "
                 "branchecertificaten. Algemene vakken op niveau 1F."),
    doelen=["In december vraagt {n} op de stage zelf om uitleg als {hij} een taak niet begrijpt (werkbegeleider ziet dit minimaal 2x per week).",
            "Voor 1 februari reist {n} zelfstandig met de fiets en bus naar de stage.",
            "Voor 1 juni is er een arbeidsovereenkomst of een toezegging voor een plaats na school."],
    adviezen=("Advies commissie voor de begeleiding (CvB, {cvb_date}): plaatsingsstage voortzetten, transitie naar "
              "werk voorbereiden samen met gemeente en UWV. De arbeidsdeskundige adviseert loonkostensubsidie; de "
              "transitiecoördinator begeleidt de aanvraag."),
    inbreng_view=("{n} wil graag bij de gemeentewerf blijven werken en wil 'geen nieuwe collega's'. {Hij} wil zelf leren "
                  "reizen met de fiets."),
    inbreng_effect=("Daarom is gekozen voor een plaatsingsstage op dezelfde werkplek met als doel een contract; de reistraining "
                    "is met de fiets in plaats van de taxi."),
    eval_prev=("Stage bij de gemeentewerf: beoordeling goed. Reizen lukt nog niet zelfstandig. Branchecertificaat heftruck behaald."),
    bijstelling=("Bijstelling: de stage is omgezet naar een plaatsingsstage van drie dagen; de reistraining is toegevoegd."),
)

ARCH["vso_dagbesteding"] = dict(
    type="vso", klas="vso dagbestedingsprofiel, groep Zonnedauw",
    uitstroom="uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij of kringloopbedrijf), ca. 4 dagen per week",
    uitstroom_short="dagbesteding (arbeidsmatig)",
    onderbouwing=("{n} heeft een matige verstandelijke beperking (ontwikkelingsleeftijd ca. 6 jaar, SEO-R 2024) en epilepsie. "
                  "In de stages op de zorgboerderij De Kievitshoeve en het kringloopbedrijf werkte {n} met begeleiding "
                  "plezierig en geconcentreerd. Zelfstandig werken zonder begeleiding is niet haalbaar. Daarom is de "
                  "verwachte bestemming arbeidsmatige dagbesteding."),
    belemmerend=[("med", "Epilepsie met aanvallen in de ochtend (ongeveer twee per maand); na een aanval is rust nodig."),
                 ("com", "Spreekt in korte zinnen; begrijpt complexe taal niet."),
                 ("soc", "Angstig bij nieuwe mensen en nieuwe plaatsen.")],
    bevorderend=[("werk", "Werkt graag met dieren en doet taken met veel plezier als ze voorspelbaar zijn."),
                 ("soc", "Vriendelijk en sociaal naar bekende mensen."),
                 ("thuis", "Moeder (curator) en broer zijn betrokken en komen naar alle overleggen.")],
    behoefte=["vaste begeleiders en een voorspelbaar dagprogramma met picto's",
              "een epilepsieprotocol dat alle begeleiders kennen",
              "geleidelijke kennismaking met de dagbestedingslocatie",
              "communicatie in korte zinnen, ondersteund met picto's"],
    ondersteuning=[("Stage op zorgboerderij De Kievitshoeve, 2 dagen per week met schoolbegeleider", "stagebegeleider mevr. {oa}", "wekelijks"),
                   ("Epilepsieprotocol, instructie aan stagelocatie", "schoolverpleegkundige", "bij start stage en jaarlijks"),
                   ("Communicatie met picto's (dagschema, werkschema)", "groepsleerkracht", "dagelijks"),
                   ("Overleg met Wmo-consulent over indicatie dagbesteding", "transitiecoördinator dhr. {ab}", "voor 1 maart")],
    afwijkingen=("{n} volgt de leerlijnen voor het uitstroomprofiel dagbesteding (CED, leerroute 1); er is geen "
                 "examenprogramma."),
    doelen=["In februari voert {n} op de zorgboerderij de ochtendtaak (dieren voeren) uit met alleen het pictoschema als hulp.",
            "In april maakt {n} kennis met de begeleiders van de dagbestedingslocatie en blijft {hij} daar twee ochtenden.",
            "In juni is de Wmo-indicatie voor dagbesteding afgegeven."],
    adviezen=("Advies commissie voor de begeleiding ({cvb_date}): de stage op de zorgboerderij voortzetten en uitbreiden. "
              "De neuroloog adviseert geen werkzaamheden met machines; dit is in het stageplan opgenomen. De logopedist "
              "adviseert een uitgebreider pictoboek; dat is aangeschaft."),
    inbreng_view=("{n} heeft met de duimpjeskaart en foto's laten zien dat {hij} het liefst bij de geiten en kippen werkt "
                  "en niet naar het kringloopbedrijf wil omdat het daar 'te hard' is."),
    inbreng_effect=("Daarom is de stage op de zorgboerderij uitgebreid en is het kringloopbedrijf als stageplek vervallen."),
    eval_prev=("De stage op de zorgboerderij verliep goed; in het kringloopbedrijf was {n} na een uur overprikkeld. Het "
               "epilepsieprotocol werd goed uitgevoerd (één aanval op stage)."),
    bijstelling=("Bijstelling: het kringloopbedrijf is als stageplek vervallen; de zorgboerderij gaat van één naar twee dagen."),
)

ARCH["vso_vervolg_adult"] = dict(
    type="vso", klas="vso vervolgonderwijs, examenklas vmbo-tl (TL-4)",
    uitstroom="uitstroomprofiel vervolgonderwijs: vmbo-tl-diploma en daarna mbo niveau 3/4 ICT (Kadelo College)",
    uitstroom_short="vervolgonderwijs (mbo 3/4)",
    onderbouwing=("{n} volgt het vmbo-tl-programma en haalde in de voorexamens gemiddeld een 6,6. Het schoolexamen is "
                  "voor zes van de zeven vakken afgerond. De belemmeringen liggen in de sociaal-emotionele ontwikkeling "
                  "(ASS, depressieve klachten in 2024), niet in het cognitieve niveau (TIQ 104). Daarom verwachten wij dat "
                  "{n} het tl-diploma haalt en doorstroomt naar het mbo."),
    belemmerend=[("soc", "Somberheid en terugtrekken bij tegenslag; verzuimde in 2024 acht weken."),
                 ("werk", "Uitstelgedrag bij grote opdrachten (profielwerkstuk)."),
                 ("com", "Vindt contact met onbekende volwassenen spannend (intakegesprekken mbo).")],
    bevorderend=[("leren", "Goed in informatica en wiskunde; werkt nauwkeurig."),
                 ("werk", "Zelfinzicht: herkent eigen signalen van overbelasting en meldt die."),
                 ("thuis", "Woont zelfstandig begeleid (beschermd wonen Vennestein) en heeft een stabiel ritme opgebouwd.")],
    behoefte=["een mentor die wekelijks de voortgang van het profielwerkstuk bespreekt",
              "voorbereiding en begeleiding bij de intake op het mbo",
              "afstemming met de begeleider van het beschermd wonen",
              "ruimte om bij somberheid tijdig aan de bel te trekken"],
    ondersteuning=[("Wekelijks coachgesprek (voortgang pws, planning examens)", "mentor dhr. {ab}", "1x per week"),
                   ("Begeleiding bij aanmelding en intake mbo, samen naar de open dag", "decaan mevr. {oa}", "januari t/m april"),
                   ("Overleg met begeleider beschermd wonen", "mentor", "1x per 8 weken, met instemming van {n}"),
                   ("Examenfaciliteiten: extra tijd en aparte ruimte", "examensecretaris", "bij alle examens")],
    afwijkingen="Geen afwijkingen; {n} volgt het volledige examenprogramma vmbo-tl.",
    doelen=["Voor 1 maart is het profielwerkstuk ingeleverd (tussenstappen wekelijks met mentor).",
            "Voor 1 april heeft {n} zich aangemeld bij het mbo en de intake gedaan.",
            "{n} behaalt in juni het vmbo-tl-diploma."],
    adviezen=("Advies commissie voor de begeleiding (CvB, {cvb_date}): examenfaciliteiten toekennen en een warme "
              "overdracht naar het mbo organiseren. De behandelaar (GGZ Rivierduin) adviseert de wekelijkse coach; dit is "
              "in het handelingsdeel opgenomen."),
    inbreng_view=("{n} wil naar de opleiding ICT-beheer en wil de intake alleen doen, met de decaan in de buurt."),
    inbreng_effect=("De decaan gaat mee naar de open dag maar niet naar de intake."),
    eval_prev=("Vorig jaar: verzuim gedaald van 20% naar 6%; alle schoolexamens op tijd gemaakt."),
    bijstelling=("Bijstelling examenjaar: pws-begeleiding en overstap mbo toegevoegd."),
)

# ------------------------------------------------------------- boilerplate
INSTRUCTIONS = {
    "uitstroombestemming": "[Beschrijf hier de verwachte uitstroombestemming (niveau/profiel) van de leerling.]",
    "onderbouwing": "Geef hier de onderbouwing van de uitstroombestemming: toetsgegevens, IQ, leerrendement en schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf per domein welke factoren de ontwikkeling van de leerling belemmeren. Denk aan leren, werkhouding, sociaal-emotioneel, thuis.",
    "bevorderende_factoren": "Noem hier de bevorderende/beschermende factoren en de sterke kanten van de leerling.",
    "ondersteuningsbehoefte": "Formuleer de onderwijs- en ondersteuningsbehoeften: 'Deze leerling heeft ... nodig'.",
    "ondersteuning": "Vul in: welke ondersteuning, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of de leerling afwijkt van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster). Zo nee: vermeld 'geen afwijkingen'.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "Vermeld hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Noteer datum en deelnemers van het op overeenstemming gericht overleg.",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling (hoorrecht) en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en hoe het OPP wordt geëvalueerd.",
    "informatie_rechten": "[Standaardtekst over instemmingsrecht en geschillen invoegen]",
    "vaststelling": "Datum vaststelling en naam van de functionaris invullen.",
}

RIGHTS_FULL = ("Ouders hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. Bent u het niet eens "
               "met (een deel van) het plan, bespreek dit dan eerst met de intern begeleider of de directeur. U kunt ook "
               "kosteloos advies vragen bij het ouder- en jeugdsteunpunt van {swv} of bij een onderwijsconsulent. Komen we er "
               "samen niet uit, dan kunt u binnen zes weken na de vaststelling van het plan een geschil voorleggen aan de "
               "Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht).")
RIGHTS_FULL_ADULT = ("Omdat je meerderjarig bent, heb jij zelf instemmingsrecht op het handelingsdeel. Ben je het er niet mee eens, "
                     "bespreek het met je mentor of de directie. Je kunt gratis advies vragen bij het ouder- en jeugdsteunpunt "
                     "van {swv} of een onderwijsconsulent. Binnen zes weken na vaststelling kun je een geschil voorleggen aan de "
                     "Geschillencommissie passend onderwijs.")
RIGHTS_PARTIAL = "Ouders hebben instemmingsrecht op het handelingsdeel van dit plan."
RIGHTS_REF = "Voor de klachtenregeling en uw rechten verwijzen wij naar de schoolgids (hoofdstuk 7)."
