# -*- coding: utf-8 -*-
"""Content banks for the blind OPP set. All names, schools and places are invented."""
import datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MAANDEN[d.month-1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen", "-"]

INSTRUCTIONS = {
    "uitstroombestemming": "Vul hier de verwachte uitstroombestemming in (schoolsoort/profiel).",
    "onderbouwing": "Onderbouw hier de uitstroombestemming met toetsgegevens, ontwikkeling en schoolloopbaan.",
    "belemmerende_factoren": "Beschrijf hier de belemmerende factoren per domein (cognitief, sociaal-emotioneel, werkhouding, thuis).",
    "bevorderende_factoren": "Beschrijf hier de bevorderende/beschermende factoren: wat gaat goed, waar is de leerling sterk in?",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: 'Deze leerling heeft ... nodig'.",
    "ondersteuning": "Beschrijf de ondersteuning: wat, door wie, hoe vaak, vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepast rooster).",
    "doelen": "Formuleer SMART-doelen voor de komende periode.",
    "adviezen_professionals": "Noem de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Vermeld datum en deelnemers van het gesprek met ouders.",
    "inbreng_leerling": "Beschrijf hier de inbreng van de leerling en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en hoe het OPP wordt geëvalueerd.",
    "informatie_rechten": "Informeer ouders hier over hun rechten (instemmingsrecht, bezwaar).",
    "vaststelling": "Datum vaststelling en naam bevoegd gezag invullen.",
}

PUPILS = [
    ("Sanne", "Verhoef", "f"), ("Daan", "Kloosterboer", "m"), ("Noor", "El Amrani", "f"),
    ("Milan", "Roodhart", "m"), ("Fenna", "Wijnbergen", "f"), ("Jesse", "Achterkamp", "m"),
    ("Lotte", "Brinkhuis", "f"), ("Sem", "Oudeland", "m"), ("Yara", "Demirtas", "f"),
    ("Thijs", "Vermeulenhof", "m"), ("Isa", "Kortenaar", "f"), ("Luuk", "Hazelhoff", "m"),
    ("Mila", "Stoeltjes", "f"), ("Bram", "Lindeboom", "m"), ("Zoë", "Pruimers", "f"),
    ("Finn", "Goudsmit", "m"), ("Julia", "Ravenstein", "f"), ("Ravi", "Ramdin", "m"),
    ("Evi", "Scholtenbos", "f"), ("Ties", "Veldhuyzen", "m"), ("Nina", "Boekestijn", "f"),
    ("Owen", "Tamminga", "m"), ("Liv", "Harkema", "f"), ("Mees", "Dijkgraaf", "m"),
    ("Sara", "Bouzid", "f"), ("Gijs", "Wolterink", "m"), ("Anouk", "Spijkerman", "f"),
    ("Kian", "Mahabier", "m"), ("Roos", "Ter Haar", "f"), ("Stijn", "Plasmeijer", "m"),
    ("Femke", "Nijenhuis", "f"), ("Jayden", "Kruisinga", "m"), ("Lieke", "Van Dalfsen", "f"),
    ("Hamza", "Ouali", "m"), ("Tess", "Molenkamp", "f"), ("Rens", "Bakkenes", "m"),
    ("Amira", "Haddou", "f"), ("Joep", "Timmerhuis", "m"), ("Vera", "Lokhorst", "f"),
    ("Niels", "Oosterwijk", "m"), ("Elin", "Graafsma", "f"), ("Tim", "Reuvekamp", "m"),
    ("Maud", "Jongbloed", "f"), ("Senna", "Pietersma", "f"), ("Ruben", "Eikelboom", "m"),
    ("Hanna", "Dorrestijn", "f"), ("Wout", "Knapen", "m"), ("Iris", "Zeeman-Kok", "f"),
    ("Boaz", "Liefting", "m"), ("Jinthe", "Vos-Adema", "f"), ("Lars", "Heemskerk-Dool", "m"), ("Fleur", "Oostdam", "f"),
]

SCHOOLS = {
    "po": ["OBS De Wilgenhoek, Brakelum", "CBS Het Klaverblad, Oosterveld", "IKC De Zeppelin, Westerzande",
           "RK Basisschool Sint Aldegonda, Heerlo", "Daltonschool De Notenkraker, Vennebroek"],
    "sbo": ["SBO De Kompasroos, Oosterveld", "SBO Het Palet, Linschoten aan Zee", "SBO De Boomgaard, Heerlo"],
    "so": ["SO De Vlonder (cluster 4), Brakelum", "Mytylschool De Zonneberg (SO), Vennebroek",
           "SO Het Baken, Westerzande"],
    "vo": ["Scholengemeenschap Het Lindenhof, Oosterveld", "Broekland College, Heerlo",
           "Stedelijk Lyceum Noorderhaven, Westerzande", "Vakcollege De Smidse, Brakelum"],
    "pro": ["Praktijkschool Het Ambacht, Vennebroek", "PrO De Werkplaats, Linschoten aan Zee"],
    "vso": ["VSO De Brug aan de Linge, Heerlo", "VSO Het Kompas, Brakelum", "VSO De Horizon, Oosterveld"],
}

STAFF = ["M. Jansen-Kuipers", "R. de Wolff", "A. Schaapveld", "H. Brouwer", "K. van Esch", "P. Gerritsma",
         "S. Nauta", "L. Oldenhof", "T. Bergsma", "E. Kamphuis", "J. Rietveld", "W. Haverkort"]

GROUP = {"po": ["groep 5", "groep 6", "groep 7", "groep 4"], "sbo": ["groep 6", "groep 7", "groep 8"],
         "so": ["SO-groep Zeearend", "SO-groep Merel", "SO-groep Vos"],
         "vo": ["klas 2 vmbo-kb", "klas 1 havo/vwo", "klas 3 vmbo-tl", "klas 2 mavo"],
         "pro": ["leerjaar 2", "leerjaar 3", "leerjaar 4 (stage)"],
         "vso": ["VSO-klas Werk 1", "Arbeidstraining A", "Dagbestedingsgroep Linde", "VSO-examenklas"]}

AGES = {"po": (8, 11), "sbo": (9, 12), "so": (7, 11), "vo": (12, 15), "pro": (13, 16), "vso": (15, 17)}


def uitstroom_text(st, p, variant):
    n = p["first"]
    if st == "po":
        return ["vmbo-kader/gemengde leerweg", "havo", "vmbo-basis/kader met lwoo", "vmbo-tl/havo"][variant % 4]
    if st == "sbo":
        return ["vmbo-basis met lwoo", "praktijkonderwijs", "vmbo-kader met lwoo"][variant % 3]
    if st == "so":
        return ["vso, uitstroomprofiel vervolgonderwijs (vmbo-tl)", "regulier vo: vmbo-basis met lwoo",
                "vso, uitstroomprofiel arbeidsmarktgericht"][variant % 3]
    if st == "vo":
        return ["vmbo-kader diploma, daarna mbo niveau 3", "havo-diploma", "mavo-diploma (vmbo-tl), daarna mbo-4",
                "vmbo-basis diploma met lwoo, daarna mbo-2"][variant % 4]
    if st == "pro":
        return ["arbeidsmarkt: werk in de groenvoorziening, met branchecertificaat",
                "arbeidsmarkt: werk in de logistiek/magazijn (entree-opleiding als tussenstap)",
                "arbeidsmarkt: werk in de horeca (keukenhulp)"][variant % 3]
    if st == "vso":
        return ["uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (orderpicker)",
                "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij)",
                "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (entree/dienstverlening)",
                "uitstroomprofiel arbeidsmarktgericht: beschut werk bij een SW-bedrijf"][variant % 4]


def onderbouwing_text(st, p, v):
    n, hij, zijn = p["first"], p["hij"], p["zijn"]
    if st in ("po", "sbo", "so"):
        opts = [
            f"Uit de toetsen van de laatste twee jaar (begrijpend lezen E5: I-/II, rekenen-wiskunde E5: III, spelling: II) "
            f"blijkt een leerrendement van rond 75%. Het intelligentieonderzoek (WISC-V, 2024) laat een TIQ van 96 zien met "
            f"een zwakker werkgeheugen. {n} heeft groep 3 gedoubleerd. Op basis hiervan verwachten we dat {hij} "
            f"aan het eind van groep 8 functioneert op het niveau van de verwachte uitstroom.",
            f"{n} maakt sinds de start van het arrangement een stabiele groei door: de DLE voor technisch lezen steeg van 18 "
            f"naar 26 in een jaar, rekenen blijft achter (DLE 19 bij DL 30). Het psychodiagnostisch onderzoek van 2025 "
            f"(TIQ 84, VIQ 88, PIQ 81) en {zijn} werkhouding ondersteunen het gekozen perspectief.",
            f"De leerresultaten (Cito/DIA: rekenen niveau 1F nog niet beheerst, lezen AVI-E5) en de ontwikkeling over de "
            f"afgelopen drie jaar laten een vertraagde maar gelijkmatige groei zien. Samen met het onderzoek van de "
            f"orthopedagoog (2025) komen we tot deze verwachting.",
        ]
    elif st in ("vo", "pro"):
        opts = [
            f"{n} haalt voor de meeste vakken voldoendes op het huidige niveau (gemiddelde 6,4). De NIO (2024) gaf een "
            f"totaalscore van 92. De mentor en vakdocenten zien dat {hij} het tempo kan bijhouden mits de planning wordt "
            f"ondersteund. Het basisschooladvies was gelijk aan het huidige niveau.",
            f"Op grond van het IQ-onderzoek (TIQ 72, 2023), de leerachterstanden bij binnenkomst (rekenen en lezen rond "
            f"eind groep 5) en de goede resultaten op de praktijkvakken en tijdens de interne stage verwachten wij deze "
            f"uitstroom.",
            f"De rapportcijfers van klas 1 en 2 (gemiddeld 6,8; Engels en wiskunde ruim voldoende) en de "
            f"methode-onafhankelijke toetsen (Diataal/Diawis op niveau) onderbouwen de verwachting. Wel is de "
            f"faalangst een risico voor de examens.",
        ]
    else:  # vso
        opts = [
            f"{n} functioneert didactisch rond niveau eind groep 5 (lezen) en groep 4 (rekenen). Het capaciteitenonderzoek "
            f"(2023) gaf een TIQ van 63. Tijdens de interne stages in de kantine en het magazijn werkte {hij} zelfstandig "
            f"aan eenvoudige taken. De arbeidsvaardighedenlijst (AVL) laat vooruitgang zien op samenwerken en op tijd komen.",
            f"Gezien de ernstige beperkingen in de communicatie en de zelfredzaamheid, het ontwikkelingsniveau (SEO-R: "
            f"fase 3) en de ervaringen van de afgelopen twee jaar verwachten wij een vorm van dagbesteding met structuur "
            f"en begeleiding.",
            f"{n} heeft de basisvakken op 1F-niveau afgerond en behaalde het branchecertificaat Schoonmaak. Zowel de "
            f"stagebegeleider als de commissie voor de begeleiding achten de beoogde uitstroom haalbaar.",
        ]
    return opts[v % len(opts)]


def factors(st, p, v):
    n, hij, zijn = p["first"], p["hij"], p["zijn"]
    bel = [
        ("Cognitief", f"Zwak werkgeheugen; {n} verliest instructies met meerdere stappen."),
        ("Werkhouding", f"Snel afgeleid in de klas, komt moeilijk op gang bij zelfstandig werken."),
        ("Sociaal-emotioneel", f"Faalangst bij toetsen; {hij} trekt zich terug bij conflicten."),
        ("Thuissituatie", "Wisselende woonsituatie (co-ouderschap, twee adressen) maakt huiswerk lastig."),
        ("Lichamelijk", "Vermoeidheid door slechte nachtrust (bekend bij de huisarts)."),
    ]
    bev = [
        ("Cognitief", f"Goed mondeling taalbegrip en een grote woordenschat."),
        ("Werkhouding", f"{n} wil graag en is gemotiveerd bij praktische opdrachten."),
        ("Sociaal-emotioneel", f"Heeft een paar goede vrienden in de groep en is behulpzaam."),
        ("Thuissituatie", "Betrokken ouders die dagelijks meelezen en contact houden met school."),
        ("Interesses", f"Sport (voetbal) en tekenen geven {n} zelfvertrouwen."),
    ]
    k = 3 + (v % 2)
    return bel[:k], bev[:k]


def behoefte_text(st, p, v):
    n, hij = p["first"], p["hij"]
    opts = [
        [f"{n} heeft instructie nodig in kleine stappen, met een voorbeeld vooraf.",
         f"{n} heeft een voorspelbare dagplanning nodig en een vaste plek.",
         f"{n} heeft een volwassene nodig die vooraf bespreekt wat er bij toetsen verwacht wordt."],
        [f"{n} heeft een rustige werkplek nodig zonder veel prikkels.",
         f"{n} heeft korte werkopdrachten met directe feedback nodig.",
         f"{n} heeft begeleiding nodig bij het maken van contact met klasgenoten."],
    ]
    return opts[v % 2]


def ondersteuning_rows(st, p, v, staff):
    n = p["first"]
    if st in ("vo", "pro"):
        rows = [("Coachgesprek planning en huiswerk", f"mentor {staff[0]}", "1x per week 20 min", "vanaf week 40"),
                ("Ondersteuningsuur rekenen (leerroute 1F)", f"ondersteuner {staff[1]}", "2x per week 45 min", "vanaf 1 oktober"),
                ("Time-outkaart en vaste plek in de stilteruimte", "alle docenten", "zo nodig", "direct")]
    elif st == "vso":
        rows = [("Training arbeidsvaardigheden in de schoolkantine", f"jobcoach {staff[0]}", "2 dagdelen per week", "vanaf september"),
                ("Individuele begeleiding sociale vaardigheden", f"gedragsdeskundige {staff[1]}", "1x per twee weken", "vanaf oktober"),
                ("Begeleide stage bij een leerwerkbedrijf", "stagecoördinator", "1 dag per week", "vanaf februari")]
    else:
        rows = [("Pre-teaching rekenen in een klein groepje", f"onderwijsassistent {staff[0]}", "3x per week 20 min", "vanaf week 38"),
                ("Leesbegeleiding (RALFI)", f"intern begeleider {staff[1]}", "2x per week 15 min", "vanaf oktober"),
                (f"Dagritmekaarten en time-timer op tafel bij {n}", "groepsleerkracht", "dagelijks", "direct")]
    return rows


def afwijkingen_text(st, p, v):
    n = p["first"]
    opts = {
        "po": f"{n} volgt voor rekenen een eigen leerlijn (niveau eind groep 5, einddoel 1F). Voor de andere vakken volgt {n} het programma van de groep.",
        "sbo": f"Rekenen en begrijpend lezen op een eigen leerlijn; {n} krijgt vrijstelling voor Engels (extra lestijd lezen).",
        "so": f"{n} volgt een aangepast rooster van 4 dagen (woensdag vrij, afgestemd met de leerplichtambtenaar) en een eigen leerlijn voor taal.",
        "vo": f"Vrijstelling voor de tweede moderne vreemde taal (Duits); in die uren werkt {n} aan Nederlands in het ondersteuningslokaal.",
        "pro": f"{n} volgt het programma van de praktijkschool, maar de stage wordt uitgebreid naar 2 dagen en het theorieprogramma wordt verkort.",
        "vso": f"{n} volgt een aangepast rooster van 22 uur per week (toestemming inspectie aangevraagd); lessen Nederlands en rekenen op eigen leerlijn.",
    }
    return opts[st]


def doelen_rows(st, p, v):
    n, hij = p["first"], p["hij"]
    if st in ("vso", "pro"):
        return [f"Eind januari komt {n} 4 van de 5 stagedagen op tijd (bijgehouden in de stagekaart).",
                f"Voor de zomervakantie kan {n} zelfstandig met het OV naar de stageplek reizen.",
                f"Eind van het schooljaar beheerst {n} de rekendoelen geld en tijd op niveau 1F."]
    if st == "vo":
        return [f"Voor de kerstvakantie houdt {n} zelf de planner bij: 8 van de 10 weken is het huiswerk ingevoerd.",
                f"Bij de toetsweek in maart haalt {n} voor wiskunde minimaal een 5,5.",
                f"{n} gebruikt de time-outkaart maximaal 2x per week (registratie mentor)."]
    return [f"In januari (M-toets) leest {n} op AVI-niveau E5 met voldoende tempo.",
            f"Eind maart beheerst {n} de tafels 1 t/m 10 (90% goed bij de tafeltoets).",
            f"{n} start binnen 5 minuten zelfstandig met een taak, 4 van de 5 dagen (observatie leerkracht)."]


def adviezen_text(st, p, v, d):
    n = p["first"]
    yr = d.year - 1
    opts = [
        f"Orthopedagoog drs. F. Gaarlandt (Centrum Leren & Ontwikkelen Brakelum, verslag november {yr}) adviseert "
        f"instructie in kleine stappen, visuele ondersteuning en het inzetten van een koptelefoon. De school neemt deze "
        f"adviezen over in het handelingsdeel (zie ondersteuning en doelen).",
        f"De logopedist (mevr. Y. Hoogkamp) adviseert korte, concrete opdrachten en het controleren of {n} de opdracht "
        f"begrepen heeft. De jeugdarts (GGD) adviseert een rustmoment na de lunch. Beide adviezen zijn verwerkt in de "
        f"ondersteuning.",
        f"Behandelaar van de jeugd-GGZ (Kinder- en Jeugdpraktijk De Horst) adviseert een vaste contactpersoon op school "
        f"en een afgesproken signaleringsplan. De school heeft de mentor als vaste contactpersoon aangewezen en het "
        f"signaleringsplan toegevoegd aan de afspraken.",
    ]
    t = opts[v % 3]
    if st in ("so", "vso"):
        t = (f"Commissie voor de begeleiding (vergadering {dshort(d - dt.timedelta(days=20))}): de commissie adviseert het "
             f"ontwikkelingsperspectief vast te stellen zoals voorgesteld en de stage-uren uit te breiden wanneer de "
             f"doelen van periode 1 zijn gehaald. " + t)
    return t


def oogo_text(st, p, d, parents, staff, adult=False):
    who = " en ".join(parents) if not adult else f"{p['first']} zelf (meerderjarig)"
    meet = d - dt.timedelta(days=9)
    return (f"Het ontwikkelingsperspectief is op {dlong(meet)} besproken met {who}, de mentor/leerkracht "
            f"({staff[2]}) en de intern begeleider ({staff[1]}). Opmerkingen van ouders over het rooster zijn verwerkt in "
            f"deze versie." if not adult else
            f"Het plan is op {dlong(meet)} besproken met {who}, de mentor ({staff[2]}) en de jobcoach ({staff[0]}). "
            f"Op verzoek van {p['first']} waren ook zijn/haar ouders bij het gesprek aanwezig.")


def inbreng_text(st, p, d, full=True):
    n, hij, zijn = p["first"], p["hij"], p["zijn"]
    view = (f"Gesprek met {n} op {dlong(d - dt.timedelta(days=14))}: {n} vertelt dat {hij} het fijn vindt om in een "
            f"klein groepje te werken en dat {hij} het lastig vindt als er veel lawaai is in de klas. {n} wil graag "
            f"beter worden in rekenen en zou graag zelf kiezen wanneer {hij} een pauze neemt.")
    infl = (f" Wat we ermee doen: op verzoek van {n} is een koptelefoon toegevoegd aan de ondersteuning en mag {hij} "
            f"zelf een pauzekaart gebruiken (zie doelen). {zijn.capitalize()} wens over rekenen is opgenomen als doel.")
    return view + (infl if full else "")


def evaluatie_text(st, p, d, post):
    n = p["first"]
    e1 = d + dt.timedelta(days=120)
    who = "met ouders en " + n if post else "met ouders"
    return (f"Tussenevaluatie van de doelen in week 6 na de kerstvakantie ({dlong(e1)}) {who}, door de intern "
            f"begeleider en de leerkracht/mentor. Het OPP als geheel wordt ten minste één keer per schooljaar "
            f"geëvalueerd; de jaarevaluatie staat gepland in juni.")


def rechten_text(st, p):
    return ("Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP. Zonder instemming kan het handelingsdeel "
            "niet worden uitgevoerd. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de "
            "intern begeleider of de directeur. U kunt ook hulp vragen aan het ouder- en jeugdsteunpunt van het "
            "samenwerkingsverband of aan een onderwijsconsulent (gratis). Daarnaast kunt u binnen zes weken na de "
            "vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")


def vaststelling_text(d, staff, school):
    return f"Vastgesteld door het bevoegd gezag, namens deze {staff[3]}, directeur {school.split(',')[0]}, op {dlong(d)}."
