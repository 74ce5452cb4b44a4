# -*- coding: utf-8 -*-
"""Content bank for the blind set (round 69, 2026-12-08q).

Every name, school, place and organisation is invented.
Element content is produced per element and per 'kind' (present or a kind of gap).
"""
import datetime as dt

E = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
     "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
     "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
     "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def d(x):
    return x.strftime("%d-%m-%Y")


def dlong(x):
    return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)


def my(x):
    return "%s %d" % (MONTHS[x.month - 1], x.year)


class Checks:
    def __init__(self, label, opts):
        self.label = label
        self.opts = opts  # list of (text, bool)

    def text(self):
        s = (self.label + "\n") if self.label else ""
        return s + "\n".join(("☒ " if b else "☐ ") + t for t, b in self.opts)


class Goals:
    def __init__(self, rows):
        self.rows = rows  # (doel, criterium, termijn)

    def text(self):
        return "\n".join("- %s (criterium: %s; termijn: %s)" % r for r in self.rows)


def as_text(v):
    if isinstance(v, (Checks, Goals)):
        return v.text()
    return v


# ---------------------------------------------------------------- people / places (invented)
FIRST_M = ["Daan", "Sem", "Milan", "Jesse", "Luuk", "Thijs", "Noah", "Mees", "Bram", "Ravi", "Yusuf",
           "Tijn", "Stijn", "Kaj", "Owen", "Jurre", "Boaz", "Ilias", "Sven", "Floris"]
FIRST_F = ["Noor", "Lotte", "Fenna", "Sara", "Yara", "Lieke", "Mila", "Isa", "Zoë", "Femke", "Amira",
           "Evi", "Roos", "Jinthe", "Nova", "Maud", "Esmee", "Hanna", "Ilse", "Dewi"]
SURN = ["Brinkhorst", "Verwoerd-Kaal", "Oudemolen", "Van Dalsum", "Kreijenbroek", "Lamérus", "Tasdemir",
        "Wijnbergen", "Heuvelmans", "Pronk", "El Kaddouri", "Van der Gaagh", "Stoltenborg", "Mulderij",
        "Ravensloot", "De Kempenaer", "Zijlmans", "Hoogenbosch", "Bakırcı", "Vlietstra", "Ten Heuvelink",
        "Ammerlaan", "Schotanus", "Van Beusekom", "Dijkhuisen", "Roelofsma", "Nijenkamp", "Ouwerling"]
STAFF = ["mw. J. Terpstra", "dhr. K. Bosveld", "mw. A. Ouali", "dhr. R. van Leeuwaarden", "mw. P. Hagedoorn",
         "mw. S. Kolkman", "dhr. M. Demir", "mw. L. Verschuur", "dhr. T. Aukes", "mw. G. Brandsema",
         "mw. H. Lindqvist-Bos", "dhr. W. Elzinga", "mw. C. Rozendaal", "dhr. F. Noordam", "mw. E. Sprenkels",
         "dhr. B. Achterhof", "mw. D. Kuiper-Ulrich", "dhr. J. Voskamp", "mw. N. Benali", "dhr. O. Tamminga"]
PLACES = ["Vlietmonde", "Bremerveld", "Aaldersloo", "Kreekdorp", "Heemsterwolde", "Lindewaard",
          "Oostermarke", "Zandhoeven"]

SCHOOLS = {
    "po": ["OBS De Zandloper", "CBS De Lichtboei", "IKC Het Wilgenhof", "Daltonschool De Klimrank"],
    "sbo": ["SBO De Wegwijzer-Oost", "SBO Het Palet van Kreekdorp"],
    "so": ["SO De Brugwachter (cluster 4)", "Mytylschool De Zeilmaker (SO)"],
    "vo": ["Scholengemeenschap Vliethorst", "Het Lindewaard College", "Aaldersloo Lyceum"],
    "pro": ["Praktijkschool De Werkplaats Bremerveld", "PrO Heemsterwolde"],
    "vso": ["VSO De Brugwachter", "VSO Het Kompasrad", "De Zeilmaker VSO"],
}
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Vlietmonde e.o.",
       "sbo": "Samenwerkingsverband Passend Primair Onderwijs Vlietmonde e.o.",
       "so": "Samenwerkingsverband PO Kreekland",
       "vo": "Samenwerkingsverband VO Bremerveld-Kreekland",
       "pro": "Samenwerkingsverband VO Bremerveld-Kreekland",
       "vso": "Samenwerkingsverband VO Bremerveld-Kreekland"}

GROUP = {"po": ["groep 7", "groep 6", "groep 8"], "sbo": ["groep 7 (stamgroep De Uilen)", "groep 6 (stamgroep De Vossen)"],
         "so": ["groep SO-5 (bouw 3)", "groep SO-6"], "vo": ["klas 2 vmbo-kader", "klas 3 havo", "klas 1 vmbo-b/k"],
         "pro": ["leerjaar 3", "leerjaar 4 (stagejaar)"], "vso": ["leerroute arbeid, jaar 4", "dagbestedingsgroep 2", "leerroute vervolgonderwijs, jaar 3"]}


# ---------------------------------------------------------------- type-specific text
def type_text(st, var, c):
    nm, hij, zijn, Hij = c["nm"], c["hij"], c["zijn"], c["Hij"]
    T = {}
    if st == "po":
        T["uitstroom"] = ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
                          "vmbo kaderberoepsgerichte leerweg", "vmbo basis- of kaderberoepsgerichte leerweg (gemengd), met lwoo"][var % 3]
        T["onderbouwing"] = (f"Op de methodeonafhankelijke toetsen (midden en eind groep 6, midden groep 7) blijft {nm} bij rekenen en begrijpend lezen "
                             f"ongeveer anderhalf jaar achter (DLE rekenen 38, begrijpend lezen 41 bij een DL van 56). Het intelligentieonderzoek "
                             f"(WISC-V, {my(c['onderzoek'])}) gaf een TIQ van 84, met een sterker verbaal dan perceptueel profiel. Het leerrendement "
                             f"over de laatste twee jaar is ongeveer 65%. Zet die lijn door, dan komt {nm} eind groep 8 uit op ongeveer eind groep 6 "
                             f"voor rekenen en eind groep 7 voor lezen. Dat past bij de genoemde bestemming.")
        T["belem"] = [("Leren", f"Zwak werkgeheugen: {nm} vergeet instructies die uit meer stappen bestaan. Tafels en splitsen zijn niet geautomatiseerd."),
                      ("Werkhouding", f"Snel afgeleid in de volle klas; komt moeilijk op gang met zelfstandig werk."),
                      ("Sociaal-emotioneel", f"Faalangst bij toetsen; {hij} klapt dicht bij tijdsdruk."),
                      ("Thuissituatie", f"Een verhuizing en de scheiding van de ouders in 2024 gaven veel onrust.")]
        T["bevord"] = [("Leren", f"Goede mondelinge taalvaardigheid en een ruime woordenschat."),
                       ("Werkhouding", f"Gemotiveerd bij praktische opdrachten en als {hij} succes ervaart."),
                       ("Sociaal-emotioneel", f"Vriendelijk en hulpvaardig; heeft een paar goede vrienden in de groep."),
                       ("Thuissituatie", f"Betrokken ouders die thuis dagelijks tien minuten met {nm} oefenen.")]
        T["afwijk"] = (f"{nm} volgt voor rekenen een eigen leerlijn op het niveau van eind groep 5 (leerlijn 'Rekenen op maat'), met aangepaste "
                       f"doelen. Voor de andere vakken volgt {nm} het programma van de groep.")
        T["doelen"] = [("Tafels 1 t/m 10 vlot beheersen", "90% goed op de tafeltoets binnen 3 minuten", my(c["e1"])),
                       ("Technisch lezen op AVI E6", "AVI E6 op beheersingsniveau", my(c["e2"])),
                       ("15 minuten zelfstandig werken met een stappenkaart", "in 4 van de 5 observaties van de leerkracht", my(c["e1"]))]
        T["advies"] = (f"Orthopedagoog {c['ortho']} (Praktijk De Wegwijzer, onderzoek {my(c['onderzoek'])}) adviseert instructie in kleine stappen, "
                       f"visuele steun en toetsen zonder tijdsdruk. De school neemt dit over: de stappenkaart en toetsen zonder tijdslimiet staan "
                       f"in het handelingsdeel. Het advies van de logopedist ({c['logo']}) om de woordenschat gericht uit te breiden wordt in de klas "
                       f"toegepast met de woordmuur.")
    elif st == "sbo":
        T["uitstroom"] = ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met leerwegondersteuning"][var % 2]
        T["onderbouwing"] = (f"{nm} kwam in groep 5 naar het sbo. Het intelligentieonderzoek (WISC-V, {my(c['onderzoek'])}) gaf een TIQ van 72. "
                             f"Op de toetsen van het leerlingvolgsysteem ligt {nm} bij rekenen op niveau half groep 4 en bij begrijpend lezen op niveau "
                             f"eind groep 4. Het leerrendement sinds de plaatsing is 50 tot 60%. Met dat tempo komt {nm} aan het eind van de basisschooltijd "
                             f"uit rond niveau eind groep 5/begin groep 6, wat past bij de genoemde bestemming.")
        T["belem"] = [("Leren", f"Traag leertempo; nieuwe stof beklijft pas na veel herhaling. Moeite met abstracte opgaven."),
                      ("Werkhouding", f"Wacht af en vraagt weinig hulp; raakt gefrustreerd als iets niet lukt."),
                      ("Sociaal-emotioneel", f"Laag zelfbeeld ('ik kan het toch niet'); conflicten op het plein bij onduidelijke regels."),
                      ("Medisch", f"Gediagnosticeerde ADHD; medicatie wordt thuis gegeven, werking 's middags minder.")]
        T["bevord"] = [("Leren", f"Onthoudt goed wat {hij} zelf gedaan of gezien heeft; sterk in praktische opdrachten."),
                       ("Werkhouding", f"Werkt goed met een vaste dagplanning en duidelijke beloning."),
                       ("Sociaal-emotioneel", f"Zorgzaam voor jongere kinderen; is trots op klusjes in de school."),
                       ("Thuissituatie", f"Ouders werken goed samen met school; opa helpt met lezen.")]
        T["afwijk"] = (f"{nm} werkt voor rekenen en begrijpend lezen op de leerlijn van het sbo (leerroute 2: uitstroom praktijkonderwijs). "
                       f"De kerndoelen voor deze vakken worden niet allemaal gehaald; de gekozen doelen staan in het doelenoverzicht.")
        T["doelen"] = [("Optellen en aftrekken tot 100 zonder materiaal", "8 van de 10 sommen goed op de methodetoets blok 4", my(c["e1"])),
                       ("Klokkijken: hele en halve uren, kwartieren", "zelfstandig aflezen op de analoge klok, 5 van 5 goed", my(c["e2"])),
                       ("Zelf om hulp vragen met het hulpkaartje", "minstens 3 keer per dag, geturfd door de leerkracht", my(c["e1"]))]
        T["advies"] = (f"De schoolpsycholoog van het sbo ({c['ortho']}) adviseert (verslag {my(c['onderzoek'])}) om te werken met een vaste dagstructuur "
                       f"en veel herhaling in korte blokken. De kinderarts (ADHD-poli Lindewaard) adviseert moeilijke vakken in de ochtend te plannen. "
                       f"Beide adviezen zijn in het rooster en in de ondersteuning verwerkt.")
    elif st == "so":
        T["uitstroom"] = ["voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarktgericht",
                          "voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs (vmbo-basis/kader op het vso)"][var % 2]
        T["onderbouwing"] = (f"{nm} heeft een diagnose autismespectrumstoornis (2022). Het laatste intelligentieonderzoek (WISC-V, {my(c['onderzoek'])}) "
                             f"gaf een TIQ van 79. De leerresultaten liggen bij rekenen op niveau eind groep 5 en bij lezen op niveau eind groep 6. "
                             f"{nm} heeft de kleine, voorspelbare setting van het so nodig om tot leren te komen. Gezien de cognitieve mogelijkheden, "
                             f"de leerresultaten en de behoefte aan structuur verwacht de school de genoemde uitstroom.")
        T["belem"] = [("Leren", f"Weinig flexibiliteit bij nieuwe opdrachten; {nm} raakt vast bij open opdrachten."),
                      ("Werkhouding", f"Heeft veel tijd nodig voor overgangen tussen activiteiten."),
                      ("Sociaal-emotioneel", f"Prikkelgevoelig; bij overprikkeling volgt boosheid of weglopen. Moeite met samenwerken."),
                      ("Communicatie", f"Letterlijk taalbegrip; mist vaak de bedoeling van anderen.")]
        T["bevord"] = [("Leren", f"Goede technische leesvaardigheid; groot feitengeheugen."),
                       ("Werkhouding", f"Nauwkeurig en doorzettend bij taken met een duidelijk eindpunt."),
                       ("Sociaal-emotioneel", f"Eerlijk en direct; heeft een goede band met de mentor."),
                       ("Thuissituatie", f"Ouders hanteren thuis dezelfde picto-planning als school.")]
        T["afwijk"] = (f"{nm} volgt voor rekenen en taal de leerroute 'arbeidsmarktgericht' van de school in plaats van de leerlijn van het "
                       f"reguliere po. Voor sociale vaardigheden is een eigen leerlijn opgesteld; de gym vindt plaats in een kleine groep.")
        T["doelen"] = [("Overgang tussen lessen zelfstandig maken met de picto-planning", "in 4 van de 5 dagen zonder begeleiding", my(c["e1"])),
                       ("Rekenen: geldrekenen tot € 20", "8 van de 10 opdrachten goed in de winkelhoek", my(c["e2"])),
                       ("In tweetallen werken gedurende 20 minuten", "3 keer per week, genoteerd in het logboek", my(c["e1"]))]
        T["advies"] = (f"Advies commissie voor de begeleiding ({d(c['cvb'])}): de CvB adviseert het OPP vast te stellen met de genoemde uitstroom, "
                       f"de prikkelarme werkplek te handhaven en de sociale vaardigheidstraining voort te zetten. Ook de gedragswetenschapper "
                       f"({c['ortho']}) en de behandelaar van Kind-en-Jeugdteam Kreekland adviseren één vast aanspreekpunt. De school volgt "
                       f"deze adviezen: de mentor is het vaste aanspreekpunt en de training staat in het handelingsdeel.")
    elif st == "vo":
        T["uitstroom"] = ["diploma vmbo kaderberoepsgerichte leerweg (profiel Zorg en welzijn), daarna mbo niveau 3",
                          "havodiploma, daarna hbo", "diploma vmbo basisberoepsgerichte leerweg, daarna mbo niveau 2"][var % 3]
        T["onderbouwing"] = (f"{nm} haalde in leerjaar 1 en 2 voldoendes voor de praktijkvakken en een 5,8 gemiddeld voor de theorievakken. "
                             f"Het capaciteitenonderzoek (NIO, {my(c['onderzoek'])}) gaf een totaalscore passend bij vmbo-kader/tl. De dyslexieverklaring "
                             f"(2021) en het faalangstige gedrag verklaren de lagere cijfers bij talen. Mentor en docenten schatten in dat {nm} met de "
                             f"ondersteuning het genoemde diploma kan halen.")
        T["belem"] = [("Leren", f"Dyslexie: langzaam lezen, veel spelfouten bij Nederlands en Engels."),
                      ("Werkhouding", f"Plant slecht: huiswerk wordt vaak vergeten, vooral bij toetsweken."),
                      ("Sociaal-emotioneel", f"Faalangst bij toetsen en presentaties; verzuimt soms op toetsdagen."),
                      ("Thuissituatie", f"Zorgt thuis veel voor een jonger broertje; weinig rust voor huiswerk.")]
        T["bevord"] = [("Leren", f"Sterk in praktijkvakken en bij opdrachten met een duidelijk product."),
                       ("Werkhouding", f"Wil graag slagen; neemt hulp aan van de mentor."),
                       ("Sociaal-emotioneel", f"Sociaal vaardig; zit in de leerlingenraad."),
                       ("Omgeving", f"Stage en bijbaan bij een kinderopvang geven {zijn} veel zelfvertrouwen.")]
        T["afwijk"] = (f"Vrijstelling voor het vak Frans (vervangen door extra uren Nederlands op de leerpleinen). Tot de kerstvakantie een "
                       f"aangepast rooster: {nm} begint op maandag en donderdag om 10.05 uur (reductie 4 lesuren per week) in verband met de "
                       f"opbouw na verzuim.")
        T["doelen"] = [("Planning: huiswerk wekelijks in de planner en afvinken", "elke vrijdag gecontroleerd door de mentor; 4 van de 5 weken volledig", my(c["e1"])),
                       ("Toetsen: zonder verzuim deelnemen aan de toetsweek", "100% aanwezig in toetsweek 2", my(c["e1"])),
                       ("Nederlands: leesvaardigheid verhogen", "cijfer 6,0 of hoger op het rapport", my(c["e2"]))]
        T["advies"] = (f"De GZ-psycholoog van Jeugdpraktijk Oostermarke ({c['ortho']}) adviseert (brief {my(c['onderzoek'])}) een faalangstreductietraining "
                       f"en toetsen in een aparte ruimte. De dyslexiespecialist adviseert voorleessoftware. De school biedt de training aan "
                       f"(blok 2) en {nm} maakt toetsen in het stiltelokaal met voorleessoftware.")
    elif st == "pro":
        T["uitstroom"] = ["arbeid: betaald werk in de groenvoorziening (met branchecertificaat hovenier), zo mogelijk via een leerwerkplek",
                          "entreeopleiding (mbo niveau 1) richting logistiek, daarna werk"][var % 2]
        T["onderbouwing"] = (f"{nm} heeft een TIQ van 68 (WISC-V, {my(c['onderzoek'])}) en leerachterstanden van meer dan drie jaar bij taal en rekenen. "
                             f"Op de interne stages (kantine, groen) scoort {nm} goed op werknemersvaardigheden; de externe stage bij Hoveniersbedrijf "
                             f"Lindeboom verloopt positief. Het stagebedrijf ziet mogelijkheden voor een leerwerkplek. Daarom verwachten we de "
                             f"genoemde uitstroom.")
        T["belem"] = [("Leren", f"Leest op niveau groep 5; kan werkinstructies op papier niet zelfstandig volgen."),
                      ("Werkhouding", f"Snel moe bij lange dagen; wil soms te snel klaar zijn en werkt dan slordig."),
                      ("Sociaal-emotioneel", f"Laat zich makkelijk meeslepen door klasgenoten."),
                      ("Thuissituatie", f"Veel verhuizingen in het verleden; op dit moment stabiel bij oom en tante.")]
        T["bevord"] = [("Werkhouding", f"Betrouwbaar, op tijd en graag buiten aan het werk."),
                       ("Vaardigheden", f"Handig met machines en gereedschap; heeft het veiligheidscertificaat gehaald."),
                       ("Sociaal-emotioneel", f"Goede band met de stagebegeleider."),
                       ("Omgeving", f"Oom en tante steunen de stage en brengen {nm} naar het stagebedrijf.")]
        T["afwijk"] = "Er zijn geen afwijkingen van het programma van het praktijkonderwijs; " + nm + " volgt het reguliere programma van leerjaar 3 en 4."
        T["doelen"] = [("Zelfstandig een werkbon lezen en uitvoeren met pictogrammen", "5 werkbonnen goed uitgevoerd, beoordeeld door de praktijkdocent", my(c["e1"])),
                       ("Branchecertificaat hovenier deel 1", "certificaat behaald", my(c["e2"])),
                       ("Op de stage om hulp vragen als iets onduidelijk is", "in het stagelogboek 'voldoende' op alle beoordelingen", my(c["e1"]))]
        T["advies"] = (f"De orthopedagoog van de school ({c['ortho']}) adviseert werkinstructies met pictogrammen en korte mondelinge herhaling. "
                       f"De jobcoach van het UWV-regioteam Bremerveld adviseert de stage uit te breiden naar drie dagen. De school voert beide adviezen uit "
                       f"vanaf het tweede semester.")
    else:  # vso
        T["uitstroom"] = ["uitstroomprofiel arbeidsmarktgericht: betaald werk in de logistiek (orderpicken), met loonkostensubsidie",
                          "uitstroomprofiel dagbesteding: taakgerichte dagbesteding op zorgboerderij of in een werkplaats",
                          "uitstroomprofiel vervolgonderwijs: mbo niveau 2, richting ICT-support"][var % 3]
        T["onderbouwing"] = (f"{nm} heeft een licht verstandelijke beperking (TIQ 63, {my(c['onderzoek'])}) en ernstige gedragsproblemen in het verleden. "
                             f"In de afgelopen twee jaar is {nm} gegroeid in zelfstandigheid en werkhouding. De interne stage (magazijn) en de externe "
                             f"snuffelstage verliepen goed. Het schoolteam verwacht het genoemde uitstroomprofiel op basis van "
                             f"de stage-evaluaties, het niveau van de leergebieden en de wensen van {nm}.")
        T["belem"] = [("Leren", f"Rekent en leest op niveau groep 4-5; moeite met klokkijken en geld."),
                      ("Werkhouding", f"Kan een taak lastig volhouden zonder tussentijdse bevestiging."),
                      ("Sociaal-emotioneel", f"Reageert fel op kritiek; heeft een agressieregulatieplan."),
                      ("Medisch", f"Epilepsie, goed ingesteld met medicatie; heeft rust nodig na een aanval.")]
        T["bevord"] = [("Werkhouding", f"Werkt nauwkeurig en graag met de handen."),
                       ("Sociaal-emotioneel", f"Humor; kan na een conflict het gesprek weer aangaan."),
                       ("Vaardigheden", f"Kan zelfstandig met het openbaar vervoer reizen."),
                       ("Omgeving", f"Stabiel netwerk: ouders, zus en een vaste begeleider van de woonvoorziening.")]
        T["afwijk"] = (f"{nm} volgt de leerroute van het uitstroomprofiel in plaats van een examenprogramma; er wordt geen diploma gehaald maar "
                       f"een getuigschrift en certificaten (heftruck, VCA-basis). Twee dagen per week zijn vervangen door stage.")
        T["doelen"] = [("Zelfstandig een orderlijst van 10 regels verzamelen", "9 van 10 regels goed in de stagebeoordeling", my(c["e1"])),
                       ("Certificaat heftruck (intern) behalen", "certificaat behaald", my(c["e2"])),
                       ("Bij kritiek de stopkaart gebruiken in plaats van weglopen", "in 4 van de 5 situaties, bijgehouden door de mentor", my(c["e1"]))]
        T["advies"] = (f"Advies commissie voor de begeleiding ({d(c['cvb'])}): instemmen met het uitstroomprofiel en de stage uitbreiden. "
                       f"De neuroloog adviseert na een aanval een rustruimte; de gedragsdeskundige ({c['ortho']}) adviseert het agressieregulatieplan "
                       f"ook op de stage te gebruiken. De school neemt deze adviezen over in het handelingsdeel en in de stageovereenkomst.")
    return T


def present(el, c):
    st, nm, hij, zijn, Hij, Zijn = c["st"], c["nm"], c["hij"], c["zijn"], c["Hij"], c["Zijn"]
    T = c["T"]
    if el == "uitstroombestemming":
        return T["uitstroom"]
    if el == "onderbouwing":
        return T["onderbouwing"]
    if el == "belemmerende_factoren":
        return "\n".join("- %s: %s" % x for x in T["belem"])
    if el == "bevorderende_factoren":
        return "\n".join("- %s: %s" % x for x in T["bevord"])
    if el == "ondersteuningsbehoefte":
        extra = {"po": "concreet materiaal bij rekenen (getallenlijn, MAB)", "sbo": "veel herhaling in korte blokken en een beloningssysteem",
                 "so": "een prikkelarme werkplek en een vaste volgorde van de dag met picto's",
                 "vo": "toetsen in een aparte ruimte met voorleessoftware en extra tijd",
                 "pro": "werkinstructies met pictogrammen en een vaste begeleider op de stage",
                 "vso": "bevestiging tussendoor en een vaste werkplek op de stage"}[st]
        return (f"{nm} heeft nodig:\n- instructie in kleine stappen, met een voorbeeld erbij;\n- korte, duidelijke opdrachten en controle of {hij} "
                f"de opdracht begrepen heeft;\n- {extra};\n- een volwassene die {zijn} succes benoemt en {zijn} zelfvertrouwen versterkt.")
    if el == "ondersteuning":
        who = {"po": ("de groepsleerkracht", "de remedial teacher"), "sbo": ("de groepsleerkracht", "de onderwijsassistent"),
               "so": ("de mentor", "de ambulant begeleider SOVA"), "vo": ("de mentor", "de remedial teacher van het leerplein"),
               "pro": ("de praktijkdocent", "de stagebegeleider"), "vso": ("de mentor", "de jobcoach van school")}[st]
        return (f"- Verlengde instructie: 4x per week 15 minuten in een klein groepje, door {who[0]} ({c['mentor']}), vanaf {d(c['start'])}.\n"
                f"- Individuele begeleiding: 2x per week 30 minuten, door {who[1]} ({c['rt']}), vanaf {d(c['start'])}.\n"
                f"- Elke maand een kort voortgangsoverleg tussen {who[0]} en {c['ib']} (intern begeleider/zorgcoördinator).")
    if el == "afwijkingen_onderwijsprogramma":
        return T["afwijk"]
    if el == "doelen":
        return Goals(T["doelen"])
    if el == "adviezen_professionals":
        return T["advies"]
    if el == "oogo":
        who = c["p1"] + (" en " + c["p2"] if c.get("p2") else "")
        if c.get("adult"):
            who = f"{nm} zelf (meerderjarig)" + (f", in aanwezigheid van {c['p1']} (moeder, op verzoek van {nm})")
        if c.get("curatele"):
            who = f"{c['cur']} (curator) en {nm}"
        return (f"Het ontwikkelingsperspectief is op {dlong(c['oogo'])} in een op overeenstemming gericht overleg besproken met {who}. "
                f"Namens de school waren {c['mentor']} en {c['ib']} aanwezig. De wensen van thuis (minder huiswerk, wekelijks kort contact) "
                f"zijn in het plan verwerkt.")
    if el == "inbreng_leerling":
        wish = {"vo": "Ik wil niet drie toetsen op één dag en ik wil hulp met plannen.", "vso": "Ik wil later zelf geld verdienen en niet steeds iemand naast me."}.get(st, "Ik wil het liefst met mijn handen werken.")
        return (f"Gesprek met {nm} op {d(c['oogo'] - dt.timedelta(days=4))} ({c['mentor']}). {nm} zegt: 'Als het druk is in de klas hoor ik de "
                f"uitleg niet. {wish}' {Hij} wil graag meer zelf kiezen wanneer {hij} een pauze neemt.\n"
                f"Wat we ermee doen: {nm} krijgt een vaste plek bij de instructietafel en een pauzekaart die {hij} zelf mag inzetten "
                f"(opgenomen in de ondersteuning). {Zijn} wensen zijn besproken bij de keuze van de doelen en de uitstroombestemming.")
    if el == "evaluatie":
        wie = "ouders en " + nm if not c.get("adult") else nm
        if c.get("curatele"):
            wie = "de curator en " + nm
        if c["pre"]:
            wie = "ouders" if not c.get("adult") else nm
        return (f"Het OPP wordt minimaal twee keer per schooljaar geëvalueerd met {wie}: een tussenevaluatie in {my(c['e1'])} en de "
                f"eindevaluatie in {my(c['e2'])}. Daarbij bespreken we of de doelen gehaald zijn en stellen we het plan zo nodig bij.")
    if el == "informatie_rechten":
        ou = "Ouders hebben" if not c.get("adult") else "U hebt als meerderjarige leerling"
        return (f"{ou} instemmingsrecht op het handelingsdeel van dit OPP: de school voert het handelingsdeel pas uit na instemming. "
                f"Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de directeur. U kunt ook advies vragen bij het "
                f"Ouder- en Jeugdsteunpunt van het samenwerkingsverband en bij de Onderwijsconsulenten. Binnen zes weken na de vaststelling "
                f"kunt u het geschil voorleggen aan de Geschillencommissie passend onderwijs.")
    if el == "vaststelling":
        return f"Dit OPP is vastgesteld op {d(c['vdate'])} door {c['dir']}, directeur, namens het bevoegd gezag."
    raise KeyError(el)


INSTR = {
    "uitstroombestemming": "[Vul hier het verwachte uitstroomniveau in: vo-type of, in het vso, het uitstroomprofiel.]",
    "onderbouwing": "[Onderbouw hier de uitstroombestemming met toetsgegevens, capaciteiten en de ontwikkeling van de leerling.]",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren (in de leerling, op school en thuis).",
    "bevorderende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling bevorderen.",
    "ondersteuningsbehoefte": "Beschrijf hier wat de leerling nodig heeft (instructie, aandacht, tijd, materialen, omgeving). Formuleer in termen van: 'heeft nodig...'",
    "ondersteuning": "[Wat wordt er geboden, door wie, hoe vaak en vanaf wanneer?]",
    "afwijkingen_onderwijsprogramma": "[Geef aan of de leerling afwijkt van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).]",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "[Noem hier de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum OOGO en aanwezigen invullen.]",
    "inbreng_leerling": "Beschrijf de mening van de leerling en wat daarmee gedaan is.",
    "evaluatie": "[Geef aan wanneer en met wie het OPP wordt geëvalueerd.]",
    "informatie_rechten": "[Standaardtekst over de rechten van ouders hier invoegen.]",
    "vaststelling": "[Datum en naam van degene die het OPP vaststelt.]",
}

REFER = {
    "adviezen_professionals": "Zie het verslag van het psychologisch onderzoek in bijlage 3.",
    "onderbouwing": "Zie bijlage 1 (toetsoverzicht en onderzoeksverslag).",
    "belemmerende_factoren": "Zie groeidocument, deel B.",
    "bevorderende_factoren": "Zie groeidocument, deel B.",
    "ondersteuningsbehoefte": "Zie het verslag van het MDO (bijlage).",
    "doelen": "Zie het groepsplan.",
    "ondersteuning": "Zie het arrangement in bijlage 2.",
    "evaluatie": "Zie schoolondersteuningsprofiel.",
    "informatie_rechten": "Zie de schoolgids.",
}

VAGUE = {
    "ondersteuning": "{nm} krijgt extra begeleiding waar dat nodig is. We houden goed in de gaten hoe het gaat.",
    "doelen": "{nm} gaat vooruit met rekenen en lezen en voelt zich prettig in de groep.",
    "onderbouwing": "Dit past bij {nm}.",
    "ondersteuningsbehoefte": "Extra aandacht.",
}


def gap(el, kind, c):
    """Return content for a gap kind, or None when the element is left out entirely."""
    nm = c["nm"]
    if kind == "missing" or kind == "omit":
        return None
    if kind == "empty":
        return ""
    if kind.startswith("ph:"):
        return kind[3:]
    if kind == "instruction":
        return INSTR[el]
    if kind == "ctrl":
        return "Klik of tik om tekst in te voeren."
    if kind == "refer":
        return REFER[el]
    if kind == "vague":
        return VAGUE[el].format(nm=nm)
    if kind == "nvt_wrong":
        return "n.v.t."
    if kind == "na":  # afwijkingen: explicitly none
        return f"Geen afwijkingen: {nm} volgt het reguliere onderwijsprogramma van de {'groep' if c['st'] in ('po','sbo','so') else 'klas'}."
    if kind == "view_only":
        return (f"{nm} is gevraagd naar {c['zijn']} mening. {nm} zegt: 'Ik vind rekenen moeilijk en ik wil niet steeds de klas uit. "
                f"Het liefst werk ik met mijn handen.'")
    if kind == "unticked":
        if el == "uitstroombestemming":
            opts = {"po": ["praktijkonderwijs", "vmbo-bb (met lwoo)", "vmbo-kb", "vmbo-gt/tl", "havo", "vwo"],
                    "sbo": ["praktijkonderwijs", "vmbo-bb (met lwoo)", "vmbo-kb", "vso"],
                    "so": ["vso arbeidsmarktgericht", "vso vervolgonderwijs", "vso dagbesteding", "regulier vo"],
                    "vo": ["vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo"],
                    "pro": ["arbeid", "entreeopleiding / mbo-1", "dagbesteding"],
                    "vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"]}[c["st"]]
            return Checks("Verwachte uitstroom (aankruisen):", [(o, False) for o in opts])
        if el == "oogo":
            return Checks("OPP besproken met ouders:", [("ja, op ........", False), ("nee", False)])
    if kind == "rights_partial":
        return "Ouders zijn op de hoogte gebracht van hun rechten."
    if kind == "date_only":
        return f"Datum vaststelling: {d(c['vdate'])}"
    if kind == "who_blank":
        return "Vastgesteld door: ....................   Datum: ..../..../........"
    if kind == "oogo_noparents":
        return f"Het OPP is op {d(c['oogo'])} besproken in het zorgteam (mentor, zorgcoördinator, orthopedagoog)."
    raise KeyError((el, kind))
