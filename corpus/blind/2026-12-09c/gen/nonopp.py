"""Documents that are not OPPs: a leaflet for parents, a samenwerkingsverband's procedure, a school's
ondersteuningsprofiel and a newsletter. They talk about OPPs but contain no plan for a pupil."""

NOTES = {
    "leaflet": "Not an OPP: leaflet for parents 'Wat is een ontwikkelingsperspectief?' that explains every part of an OPP "
               "and the parents' rights in general terms; no pupil, no plan. All elements missing.",
    "procedure": "Not an OPP: samenwerkingsverband procedure for OPP and TLV (steps, terms, roles, a checklist of what an OPP "
                 "must contain); no pupil. All elements missing.",
    "sop": "Not an OPP: a primary school's schoolondersteuningsprofiel (basic and extra support, expertise, how an OPP is made); "
           "no pupil. All elements missing.",
    "newsletter": "Not an OPP: school newsletter with an item about OPP-gesprekken and the new hoorrecht; no pupil. All elements missing.",
}


def P(*t):
    return ("items", [("p", x) for x in t])


def build(kind):
    return globals()["_" + kind]()


def _leaflet():
    return [("title", "Wat is een ontwikkelingsperspectief (OPP)?"),
            P("Informatie voor ouders en verzorgers - SWV Passend Primair Wetterland"),
            ("h", 1, "Voor wie is een OPP?"),
            P("Heeft uw kind meer ondersteuning nodig dan de basisondersteuning van de school? Dan maakt de school een "
              "ontwikkelingsperspectiefplan, kortweg OPP. Op het speciaal (basis)onderwijs krijgt iedere leerling een OPP."),
            ("h", 1, "Wat staat erin?"),
            P("In een OPP staat welke uitstroombestemming de school verwacht, bijvoorbeeld vmbo-kader of havo, en waarom. "
              "Ook staan erin: wat uw kind belemmert en wat helpt (belemmerende en bevorderende factoren), wat uw kind nodig heeft, "
              "welke ondersteuning de school biedt, of er wordt afgeweken van het lesprogramma, en welke doelen er zijn.",
              "Het deel over de ondersteuning heet het handelingsdeel. Daarmee moet u als ouder instemmen voordat de school het "
              "plan vaststelt. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en opschrijven wat daarmee is gedaan."),
            ("h", 1, "Hoe gaat het in zijn werk?"),
            P("1. De school nodigt u uit voor een gesprek (het op overeenstemming gericht overleg).",
              "2. U krijgt het concept thuis en kunt vragen stellen.",
              "3. U tekent voor akkoord met het handelingsdeel.",
              "4. Minstens één keer per jaar wordt het plan met u en uw kind geëvalueerd."),
            ("h", 1, "Niet eens?"),
            P("Praat eerst met de school. Komt u er niet uit, neem dan contact op met het ouder- en jeugdsteunpunt of een "
              "onderwijsconsulent. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs."),
            P("Vragen? Bel het ouderloket: 0599-000000 (op werkdagen van 9 tot 12 uur).")]


def _procedure():
    return [("title", "Procedure ontwikkelingsperspectief en toelaatbaarheidsverklaring"),
            P("SWV V(S)O Hoogvaart en Omstreken - versie 3.1, vastgesteld door het bestuur van het samenwerkingsverband"),
            ("h", 1, "1. Doel van deze procedure"),
            P("Deze procedure beschrijft hoe scholen een OPP opstellen, vaststellen en evalueren, en wanneer een aanvraag voor een "
              "toelaatbaarheidsverklaring (TLV) vso kan worden ingediend."),
            ("h", 1, "2. Stappen"),
            ("table", ["Stap", "Wie", "Termijn"],
             [[[("p", "Signalering en groeidocument")], [("p", "mentor, ondersteuningscoördinator")], [("p", "-")]],
              [[("p", "Concept-OPP opstellen")], [("p", "ondersteuningscoördinator")], [("p", "binnen 4 weken na inschrijving")]],
              [[("p", "OOGO met ouders (en leerling)")], [("p", "school, ouders, leerling")], [("p", "voor vaststelling")]],
              [[("p", "Instemming handelingsdeel")], [("p", "ouders / meerderjarige leerling")], [("p", "voor vaststelling")]],
              [[("p", "Vaststelling door bevoegd gezag")], [("p", "directeur")], [("p", "binnen 6 weken na inschrijving")]],
              [[("p", "Evaluatie")], [("p", "school, ouders, leerling")], [("p", "minimaal 1 x per schooljaar")]]], None),
            ("h", 1, "3. Checklist inhoud OPP"),
            P("Het OPP bevat in elk geval: de te verwachten uitstroombestemming en de onderbouwing daarvan; belemmerende en "
              "bevorderende factoren; onderwijsbehoeften; de te bieden ondersteuning en eventuele afwijkingen van het "
              "onderwijsprogramma; doelen; adviezen van deskundigen; het verslag van het OOGO; de instemming van ouders; "
              "de inbreng van de leerling; afspraken over evaluatie; informatie over rechten; datum van vaststelling."),
            ("h", 1, "4. Aanvraag TLV"),
            P("Een aanvraag voor een TLV wordt ingediend via het digitale loket met het actuele OPP, het groeidocument en twee "
              "deskundigenadviezen. De commissie van toelating beslist binnen zes weken."),
            ("h", 1, "5. Bezwaar"),
            P("Tegen een besluit over een TLV kunnen ouders bezwaar maken bij het samenwerkingsverband. Geschillen over het OPP "
              "kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.")]


def _sop():
    return [("title", "Schoolondersteuningsprofiel 2025-2026"),
            P("OBS De Klaverkamp, Klaverdam - vastgesteld na advies van de medezeggenschapsraad"),
            ("h", 1, "1. Onze school"),
            P("De Klaverkamp is een openbare basisschool met 212 leerlingen in negen groepen. Wij werken met het model "
              "handelingsgericht werken en groepsplannen per vakgebied."),
            ("h", 1, "2. Basisondersteuning"),
            P("Binnen de basisondersteuning bieden wij: verlengde instructie, dyslexiebegeleiding volgens het protocol, een "
              "plusgroep voor meerbegaafde leerlingen, een sociale-vaardigheidstraining en een anti-pestprogramma."),
            ("h", 1, "3. Extra ondersteuning"),
            P("Voor leerlingen die meer nodig hebben dan de basisondersteuning stellen wij een ontwikkelingsperspectief op, "
              "in overleg met ouders en leerling. Wij kunnen met inzet van het arrangement van het samenwerkingsverband "
              "ondersteuning bieden bij leerlingen met een eigen leerlijn rekenen of lezen en bij lichte gedragsproblematiek."),
            ("h", 1, "4. Grenzen"),
            P("Wij kunnen geen passend aanbod doen bij intensieve medische verzorging gedurende de hele dag of bij ernstige "
              "gedragsproblemen die de veiligheid van anderen in gevaar brengen. In dat geval zoeken wij met ouders en het "
              "samenwerkingsverband naar een passende plek."),
            ("h", 1, "5. Expertise"),
            P("Intern begeleider (0,6 fte), gedragsspecialist, reken-coördinator, leesspecialist, onderwijsassistenten (2,4 fte).")]


def _newsletter():
    return [("title", "Klavernieuws - december"),
            P("Nieuwsbrief van OBS De Klaverkamp"),
            ("h", 1, "Kerstviering"),
            P("Op donderdag 18 december vieren we kerst met een diner in de klas. Wilt u zich opgeven voor een gerecht via de app?"),
            ("h", 1, "OPP-gesprekken in januari"),
            P("Voor leerlingen met een ontwikkelingsperspectief plannen we in januari de evaluatiegesprekken. Sinds dit schooljaar "
              "praten de leerlingen zelf mee: ook hun mening komt in het plan. U ontvangt een uitnodiging van de intern begeleider."),
            ("h", 1, "Luizencontrole"),
            P("Na de kerstvakantie is er weer luizencontrole. Wilt u uw kind geen vlechten of gel geven op maandag 5 januari?"),
            ("h", 1, "Agenda"),
            P("19 december: kerstvakantie vanaf 12.00 uur", "5 januari: eerste schooldag", "22 januari: studiedag, alle leerlingen vrij")]
