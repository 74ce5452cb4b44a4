# -*- coding: utf-8 -*-
"""Content of the blind set: profiles and the text of every OPP element per variant.
Deterministic: every random choice comes from random.Random(seed) of the document."""
import datetime as dt
import random

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
CUTOFF = dt.date(2025, 8, 1)


def lang(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def kort(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


FIRST_M = ["Sem", "Daan", "Yusuf", "Milan", "Thijs", "Jayden", "Bram", "Ilias", "Luuk", "Ruben", "Mees",
           "Kyan", "Stijn", "Dex", "Noah", "Wessel", "Amir", "Jelle", "Teun", "Mohamed"]
FIRST_F = ["Noor", "Lotte", "Fenna", "Aya", "Julia", "Sanne", "Imane", "Tess", "Yara", "Elif", "Mila",
           "Roos", "Lieke", "Nina", "Hanna", "Zoë", "Senna", "Amber", "Jasmijn", "Maud"]
LAST = ["de Wolde", "Brinkhuis", "van Tessel", "Oosterloo", "Kamphorst", "Yildirim", "El Idrissi",
        "Verhoek", "Stoltenborg", "van der Maarl", "Hoekzema", "Tjalsma", "Achterberg", "Wijnbelt",
        "Ramdin", "Bosgraaf", "Kuipersma", "van Lierde", "Demirci", "Scholtenhuis", "ter Velde",
        "Nijkerkhof", "Veenstra-Bol", "Ouwendijk"]
STAFF = ["J. Bosveld", "M. Kragting", "A. Sterkenburg", "H. Dijkgraaf", "P. Lamberink", "S. Oldenkamp",
         "R. Vermeulen-Hart", "E. de Roode", "K. Hazelhoff", "T. Wamelink", "L. Zandvoort", "N. Bruggink",
         "W. Haarsma", "D. Emmelkamp", "F. Overdiep", "G. Rensink"]
PLACES = ["Hoeksterveen", "Drielanden", "Beekdaal", "Wolderkamp", "Zandwijk aan de Vliet", "Nieuw-Oosterhem",
          "Lindenhove", "Ravensloot", "Marlehoeve", "Esdonk", "Veenwouden-Zuid", "Kolderwijk"]
SCHOOLS = {
    "po": ["CBS De Zeven Linden", "OBS Het Kompasblad", "Kindcentrum De Wilgenhoek", "RKBS Sint Ludger",
           "IKC De Vlinderboog", "Daltonschool Het Palet", "OBS De Uitkijkpost"],
    "sbo": ["SBO De Brug-Oost", "SBO Het Anker", "SBO De Wegwijzer"],
    "so": ["SO De Sterrenboog (cluster 4)", "Mytylschool De Klimop", "SO Het Baken"],
    "vo": ["Esdonk College", "Scholengemeenschap De Rietlanden", "Lindenhove Lyceum", "Veenland College locatie Noord"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Wolderkamp", "Praktijkcollege Het Ambacht"],
    "vso": ["VSO De Sterrenboog", "VSO Het Baken Bovenbouw", "VSO De Opstap"],
}
SWV = {
    "po": "Samenwerkingsverband Passend Primair Onderwijs Vlietlanden (PO 29-07)",
    "sbo": "Samenwerkingsverband Passend Primair Onderwijs Vlietlanden (PO 29-07)",
    "so": "Samenwerkingsverband De Brede Esch PO",
    "vo": "Samenwerkingsverband VO Rietlanden-Esdonk (VO 29-08)",
    "pro": "Samenwerkingsverband VO Rietlanden-Esdonk (VO 29-08)",
    "vso": "Samenwerkingsverband VO Rietlanden-Esdonk (VO 29-08)",
    "none": "Samenwerkingsverband Passend Onderwijs Vlietlanden",
}


class P:
    """Profile of one pupil."""

    def __init__(self, seed, st, vast, adult=False, curatele=False, profiel=None, revised=None):
        r = random.Random(seed)
        self.r = r
        self.st = st
        self.alt = r.random() < 0.5
        male = r.random() < 0.55
        self.first = r.choice(FIRST_M if male else FIRST_F)
        self.last = r.choice(LAST)
        self.naam = f"{self.first} {self.last}"
        self.hij, self.zijn, self.hem = ("hij", "zijn", "hem") if male else ("zij", "haar", "haar")
        self.Hij = self.hij.capitalize()
        self.vast = vast
        self.revised = revised
        self.adult = adult
        self.curatele = curatele
        self.profiel = profiel
        age = {"po": 10, "sbo": 11, "so": 9, "vo": 14, "pro": 15, "vso": 18 if (adult or curatele) else 16}[st if st != "none" else "po"]
        self.birth = dt.date(vast.year - age, r.randint(1, 12), r.randint(1, 28))
        if adult or curatele:
            self.birth = dt.date(vast.year - 19, r.randint(1, 6), r.randint(1, 28))
        self.school = r.choice(SCHOOLS.get(st, SCHOOLS["po"]))
        self.place = r.choice(PLACES)
        self.swv = SWV[st]
        staff = r.sample(STAFF, 5)
        self.lk, self.ib, self.dir, self.psy, self.extra = staff
        self.mother = f"{r.choice(['A.', 'M.', 'S.', 'C.', 'Y.', 'H.'])} {self.last}"
        self.father = f"{r.choice(['J.', 'R.', 'K.', 'B.', 'D.', 'O.'])} {self.last}"
        if st in ("po", "sbo", "so", "none"):
            self.klas = r.choice(["groep 5", "groep 6", "groep 7"]) if st != "so" else r.choice(["groep SO-midden (Zon)", "groep 6/7 (Maan)"])
            self.lkrol, self.ibrol = "leerkracht", "intern begeleider"
        else:
            self.klas = {"vo": r.choice(["2 vmbo-kb", "3 havo", "2 mavo/havo", "1 vmbo-bk"]),
                         "pro": r.choice(["leerjaar 3", "leerjaar 2"]),
                         "vso": r.choice(["bovenbouw, stagegroep 2", "entreegroep leerjaar 4"])}[st]
            self.lkrol, self.ibrol = "mentor", "zorgcoördinator"
        base = revised or vast
        self.oogo = base - dt.timedelta(days=r.randint(5, 16))
        self.pupil_talk = self.oogo - dt.timedelta(days=r.randint(3, 9))
        self.eval1 = base + dt.timedelta(days=r.randint(100, 130))
        self.eval2 = dt.date(base.year + (1 if base.month >= 8 else 0), 6, r.randint(10, 26))
        self.sign = base + dt.timedelta(days=r.randint(2, 12))
        self.prev = vast.replace(year=vast.year - 1)
        self.schooljaar = f"{base.year}-{base.year+1}" if base.month >= 8 else f"{base.year-1}-{base.year}"
        self.prevjaar = f"{base.year-1}-{base.year}" if base.month >= 8 else f"{base.year-2}-{base.year-1}"
        self.set_dest()

    @property
    def inbreng_required(self):
        if self.st == "vso" and self.adult and not self.curatele:
            return False
        last = self.revised or self.vast
        return last >= CUTOFF

    def set_dest(self):
        r, n = self.r, self.first
        st = self.st
        if st in ("po", "none"):
            self.dest = r.choice(["vmbo basis-/kaderberoepsgerichte leerweg met leerwegondersteuning (lwoo)",
                                  "vmbo gemengde/theoretische leerweg (mavo)", "vmbo-kader"])
            self.onderb = (f"Het leerrendement van {n} ligt over de afgelopen drie jaar tussen 55% en 70% "
                           f"(begrijpend lezen DLE 24 bij een DL van 36 in januari, rekenen DLE 27). "
                           f"Uit het psychologisch onderzoek ({MONTHS[r.randint(0,5)]} {self.vast.year-1}) komt een "
                           f"totaal-IQ van {r.randint(82, 92)} (WISC-V) met een zwakker werkgeheugen. {self.Hij} "
                           f"heeft groep 3 gedoubleerd. Met de huidige groei komt {n} eind groep 8 uit op "
                           f"ongeveer niveau 1F voor lezen en rekenen, passend bij dit uitstroomniveau.")
        elif st == "sbo":
            self.dest = r.choice(["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo"])
            self.onderb = (f"{n} kwam in groep 4 van de basisschool naar het sbo (TLV {self.vast.year-3}). "
                           f"Het intelligentieonderzoek (SON-R, {self.vast.year-2}) geeft een TIQ van "
                           f"{r.randint(70, 78)}. De vaardigheidsscores voor rekenen en lezen groeien, maar "
                           f"langzaam: een leerrendement van ongeveer 50%. De verwachte eindniveaus liggen "
                           f"rond eind groep 5/6, wat past bij deze bestemming.")
        elif st == "so":
            self.dest = r.choice(["vso, uitstroomprofiel vervolgonderwijs (vmbo-basis met lwoo)",
                                  "vmbo basis/kader met lwoo in het regulier vo, met ambulante begeleiding"])
            self.onderb = (f"{n} heeft een normale begaafdheid (WISC-V TIQ {r.randint(90, 101)}), maar "
                           f"ernstige gedragsproblemen (diagnose ADHD en ODD, behandelaar GGZ). De didactische "
                           f"achterstand is ongeveer een jaar; de groei sinds de plaatsing in het so is "
                           f"stabiel (leerrendement 80%). Gezien de behoefte aan structuur en kleine groepen "
                           f"verwachten we deze uitstroombestemming.")
        elif st == "vo":
            self.dest = r.choice(["vmbo-kader diploma, daarna mbo niveau 3", "mavo-diploma (vmbo-gt), daarna mbo niveau 4",
                                  "havo-diploma"])
            self.onderb = (f"De resultaten van {n} liggen in leerjaar 1 en 2 op niveau (rapportgemiddelde "
                           f"6,6; toetsen Cito VAS op het niveau van de stroom). Het basisschooladvies was "
                           f"passend bij deze leerweg. De belemmeringen liggen in planning en faalangst, niet "
                           f"in het leervermogen. Met de begeleiding verwachten we dat {self.hij} dit niveau haalt.")
        elif st == "pro":
            self.dest = r.choice(["arbeid: betaald werk in de groenvoorziening, met branchecertificaat",
                                  "mbo entreeopleiding (niveau 1), daarna werk in de logistiek"])
            self.onderb = (f"{n} heeft een TIQ van {r.randint(62, 76)} (WISC-V, {self.vast.year-3}) en "
                           f"werkt op het niveau van eind groep 5 (lezen) en groep 4 (rekenen). Op de interne "
                           f"stage ({self.prevjaar}) was de beoordeling voldoende tot goed voor werktempo en "
                           f"samenwerken. {n} is praktisch ingesteld en wil graag buiten werken.")
        elif st == "vso":
            prof = self.profiel or "arbeidsmarktgericht"
            work = {"arbeidsmarktgericht": "werk in de logistiek (orderpicker), met jobcoach",
                    "dagbesteding": "arbeidsmatige dagbesteding bij een zorgboerderij",
                    "vervolgonderwijs": "mbo niveau 2 (Entree/Logistiek)"}[prof]
            self.dest = f"uitstroomprofiel {prof}: {work}"
            self.onderb = (f"{n} werkt op de leerroute {'3' if prof != 'dagbesteding' else '1'} met "
                           f"leerniveaus rond eind groep {5 if prof != 'dagbesteding' else 3}. Op de stage "
                           f"({self.prevjaar}) liet {n} zien dat {self.hij} met duidelijke taken en een vaste "
                           f"begeleider zelfstandig kan werken. De commissie voor de begeleiding sluit zich bij "
                           f"dit profiel aan.")


def block_p(t):
    return ("p", t)


# ---------------------------------------------------------------------------------- elements
def factors(p, kind):
    n = p.first
    if kind == "belem":
        rows = [("Leren", f"Zwak werkgeheugen; {n} vergeet instructies die uit meerdere stappen bestaan."),
                ("Werkhouding", f"Snel afgeleid door geluid; {n} begint niet zelfstandig aan een taak."),
                ("Sociaal-emotioneel", f"{n} is onzeker en trekt zich terug bij een fout; weinig vrienden in de klas."),
                ("Thuissituatie", "Ouders zijn kort geleden gescheiden; er is een wisselende week-indeling.")]
    else:
        rows = [("Leren", f"Goed visueel geheugen; {n} leert goed met plaatjes en stappenkaarten."),
                ("Werkhouding", f"{n} is gemotiveerd als de taak kort en duidelijk is."),
                ("Sociaal-emotioneel", f"Behulpzaam en vriendelijk; {n} heeft een goede band met de {p.lkrol}."),
                ("Thuissituatie", "Betrokken ouders die thuis meelezen en goed bereikbaar zijn.")]
    if p.alt:
        if kind == "belem":
            rows = [("Cognitief", f"Trage verwerkingssnelheid (WISC-V VSI laag); {n} heeft meer tijd nodig dan de groep."),
                    ("Taakaanpak", f"{n} overziet grotere opdrachten niet en raakt dan in paniek."),
                    ("Sociaal-emotioneel", f"Faalangst bij toetsen; {n} zegt vaak 'dat kan ik toch niet'."),
                    ("Lichamelijk", f"{n} is snel moe door slecht slapen; medicatie wordt ingesteld.")]
        else:
            rows = [("Cognitief", f"Sterk in mondelinge taal; {n} kan goed vertellen wat {p.hij} bedoelt."),
                    ("Taakaanpak", f"Met een planning op papier werkt {n} geconcentreerd door."),
                    ("Sociaal-emotioneel", f"{n} heeft twee goede vrienden in de klas en zit graag in een vaste groep."),
                    ("Omgeving", f"Sport twee keer per week (voetbal/dans); ouders stimuleren dat.")]
    if p.st in ("vso", "pro"):
        rows[3] = ("Stage/werk", f"{n} werkt nauwkeurig en is op tijd." if kind == "bevord"
                   else f"{n} raakt overprikkeld in drukke werkomgevingen.")
    return rows


def content(el, v, p, L):
    """Blocks for one element in one variant. L is the layout id (some variants differ per layout)."""
    n = p.first
    prev = p.prev
    PH = {"placeholder": ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]"]}
    if v == "absent" or v == "silent":
        return []
    if v == "empty":
        return [("p", "")]
    if v == "placeholder":
        return [("p", p.r.choice(PH["placeholder"]))]
    if v == "cc_placeholder":
        return [("cc", None)]
    if v == "ref":
        return [("p", p.r.choice(["Zie bijlage 2.", "Zie groeidocument.", "Zie verslag in het dossier.",
                                  "Zie het leerlingdossier in het LVS."]))]
    if el == "uitstroombestemming":
        if v == "vague":
            return [("p", f"Passend vervolgonderwijs dat aansluit bij de mogelijkheden van {n}. Het niveau "
                          f"bepalen we later, in overleg met ouders.")]
        if v == "unticked":
            return [("ticks", [(False, "Vervolgonderwijs"), (False, "Arbeidsmarktgericht"), (False, "Dagbesteding")]),
                    ("p", "Toelichting: zie onderbouwing.")]
        if p.st == "vso" and L in ("L8",):
            prof = p.profiel or "arbeidsmarktgericht"
            return [("ticks", [(prof == "vervolgonderwijs", "Vervolgonderwijs"),
                               (prof == "arbeidsmarktgericht", "Arbeidsmarktgericht"),
                               (prof == "dagbesteding", "Dagbesteding")]),
                    ("p", f"Verwachte bestemming: {p.dest.split(': ', 1)[1]}.")]
        return [("p", f"{p.dest[0].upper()}{p.dest[1:]}.")]
    if el == "onderbouwing":
        if v == "restated":
            return [("p", f"Wij verwachten dat {p.dest} het best passende vervolg is voor {n}. Dit sluit aan "
                          f"bij wat {n} nodig heeft en wordt door het team herkend.")]
        return [("p", p.onderb)]
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        kind = "belem" if el.startswith("belem") else "bevord"
        if v == "generic":
            if kind == "belem":
                rows = [("Leren", "Leerlingen in deze groep hebben moeite met begrijpend lezen."),
                        ("Werkhouding", "Er is veel onrust in de groep, waardoor kinderen moeilijk tot werken komen."),
                        ("Sociaal-emotioneel", "Alle kinderen hebben baat bij duidelijke regels."),
                        ("Thuissituatie", "Niet alle ouders zijn even betrokken bij school.")]
            else:
                rows = [("Leren", "De school werkt met moderne methodes."),
                        ("Werkhouding", "De groep is over het algemeen gemotiveerd."),
                        ("Sociaal-emotioneel", "Er is een prettig klassenklimaat."),
                        ("Thuissituatie", "Ouders zijn welkom op school.")]
            return [("factors", rows)]
        if v == "empty_cells":
            return [("factors", [(d, "") for d, _ in factors(p, kind)])]
        return [("factors", factors(p, kind))]
    if el == "ondersteuningsbehoefte":
        if v == "class":
            return [("p", f"De groep heeft behoefte aan een rustig en voorspelbaar klimaat. In {p.klas} zitten "
                          f"{p.r.randint(27, 31)} leerlingen, van wie een aantal met een eigen aanpak; de "
                          f"{p.lkrol} heeft behoefte aan extra handen in de klas en aan een duidelijke "
                          f"groepsaanpak voor de rekenles. Leerlingen hebben behoefte aan goede instructie.")]
        if v == "instruction":
            return [("i", "[Beschrijf hier in ‘heeft nodig’-zinnen wat deze leerling nodig heeft: instructie, "
                          "leertijd, opdrachten, materialen, leeromgeving, de leerkracht en ouders.]")]
        if p.alt:
            return [("bullets", [f"{n} heeft nodig dat opdrachten in delen worden aangeboden, met een tijdsaanduiding (time-timer).",
                                 f"{n} heeft nodig dat toetsen vooraf worden aangekondigd en dat {p.hij} extra tijd krijgt (25%).",
                                 f"{n} heeft een vaste begeleider nodig bij wie {p.hij} terecht kan als het even niet gaat.",
                                 f"{n} heeft ouders nodig die thuis dezelfde planning gebruiken."])]
        return [("bullets", [f"{n} heeft instructie nodig in kleine stappen, met voordoen en een stappenkaart op tafel.",
                             f"{n} heeft een vaste werkplek nodig, weg van de deur, met een koptelefoon bij zelfstandig werken.",
                             f"{n} heeft een volwassene nodig die aan het begin van een taak checkt of {p.hij} weet wat {p.hij} moet doen.",
                             f"{n} heeft complimenten nodig voor inzet, niet alleen voor resultaat."])]
    if el == "ondersteuning":
        if v == "class":
            return [("p", f"{n} krijgt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel. "
                          f"Alle leerlingen in de groep werken met het directe instructiemodel, de weektaak en "
                          f"de verlengde instructie waar dat nodig is.")]
        if v == "vague":
            return [("p", "Extra hulp bij lezen en rekenen waar nodig.")]
        rows = [("Verlengde instructie rekenen in een groepje van 4", p.lk + f" ({p.lkrol})", "4x per week 20 minuten, vanaf " + kort(p.vast)),
                ("Leesinterventie (RALFI)", p.extra + " (onderwijsassistent)", "3x per week 15 minuten, vanaf " + kort(p.vast + dt.timedelta(days=7))),
                (f"Coachgesprek over planning en werkhouding", p.ib + f" ({p.ibrol})", "1x per twee weken, heel het schooljaar"),
                ("Afstemming met ouders", p.lk, "1x per 6 weken, kort gesprek of telefoon")]
        if p.st in ("pro", "vso"):
            rows[1] = ("Stagebegeleiding en jobcoaching", p.extra + " (stagecoördinator)", "wekelijks bezoek op de stageplek, vanaf " + kort(p.vast))
        if p.st == "vo":
            rows[1] = ("Huiswerkbegeleiding in het Steunpunt", p.extra + " (begeleider passend onderwijs)", "2x per week het 8e uur, vanaf " + kort(p.vast))
        return [("table", ["Wat", "Wie", "Hoe vaak / vanaf wanneer"], rows)]
    if el == "afwijkingen_onderwijsprogramma":
        if v == "none":
            return [("p", f"Er zijn geen afwijkingen: {n} volgt het reguliere onderwijsprogramma van {p.klas}.")]
        if v == "unticked":
            return [("ticks", [(False, "Er zijn geen afwijkingen van het onderwijsprogramma"),
                               (False, "Er zijn afwijkingen, namelijk: ........................")])]
        d = {"po": f"Voor rekenen volgt {n} vanaf {p.klas} een eigen leerlijn met als einddoel referentieniveau 1F eind groep 8; de doelen van groep 7/8 voor breuken en procenten worden niet aangeboden.",
             "sbo": f"{n} volgt voor rekenen en spelling een eigen leerlijn (einddoel eind groep 6). Engels wordt niet aangeboden; die tijd gaat naar lezen.",
             "so": f"{n} volgt een aangepast rooster: op woensdag 2 uur minder onderwijstijd (tijdelijk tot de kerstvakantie, met toestemming van de inspectie). Rekenen volgt een eigen leerlijn.",
             "vo": f"{n} heeft vrijstelling voor het vak Frans (besluit directie {kort(p.vast - dt.timedelta(days=20))}); in die uren krijgt {p.hij} extra Nederlands in het Steunpunt.",
             "pro": f"{n} werkt met een aangepast rooster: 4 dagen school en 1 dag stage; het vak Engels vervalt.",
             "vso": f"{n} volgt geen examenvakken; {p.hij} volgt de leerroute arbeid met 2 dagen stage per week."}
        return [("p", d.get(p.st, d["po"]))]
    if el == "doelen":
        e1 = p.eval1
        if v == "vague":
            return [("bullets", [f"{n} gaat vooruit met lezen.", f"{n} leert beter samenwerken met andere kinderen." if p.st in ("po", "sbo", "so") else f"{n} leert beter plannen.",
                                 f"{n} krijgt meer zelfvertrouwen.", f"{n} werkt zelfstandiger."])]
        if v == "lastyear":
            d1 = dt.date(prev.year + (1 if prev.month >= 8 else 0), 1, 31)
            d2 = dt.date(prev.year + (1 if prev.month >= 8 else 0), 6, 30)
            return [("bullets", [f"Voor {lang(d1)} leest {n} AVI-E{4 if p.st in ('po','sbo','so') else 6} op beheersingsniveau (meting AVI {MONTHS[d1.month-1]} {d1.year}).",
                                 f"Voor {lang(d2)} maakt {n} de rekentoets van het blok voldoende (70% goed).",
                                 f"In schooljaar {p.prevjaar} begint {n} binnen 2 minuten aan een taak bij 4 van de 5 observaties."])]
        if p.st in ("vo",):
            g = [f"Uiterlijk {lang(e1)} noteert {n} al het huiswerk zelf in de planner; de mentor controleert dit wekelijks (doel: 9 van de 10 weken in orde).",
                 f"Voor {lang(e1)} staat {n} voor alle kernvakken minimaal een 5,5 gemiddeld (rapport 1).",
                 f"Eind schooljaar {p.schooljaar} maakt {n} proefwerken in de klas zonder aparte ruimte, met hooguit 1 keer per periode gebruik van de time-outkaart."]
        elif p.st in ("pro", "vso"):
            g = [f"Uiterlijk {lang(e1)} werkt {n} een hele stagedag zelfstandig volgens de dagplanning; beoordeling door de praktijkbegeleider minimaal 'voldoende' op 4 van de 5 criteria.",
                 f"Voor {lang(p.eval2)} reist {n} zelfstandig met het OV naar de stage (3 weken achter elkaar zonder begeleiding).",
                 f"Voor {lang(e1)} haalt {n} het certificaat VCA-basis of het branchecertificaat heftruck (praktijkexamen)." if p.st == "pro" else f"Voor {lang(p.eval2)} geeft {n} zelf aan wanneer {p.hij} een pauze nodig heeft (observatie: 4 van de 5 dagen)."]
        else:
            g = [f"Technisch lezen: uiterlijk {lang(e1)} leest {n} AVI-E{p.r.choice([4,5])} op beheersingsniveau; DMT kaart 3 minimaal {p.r.choice([38,42,45])} woorden per minuut (meting DMT {MONTHS[e1.month-1]}).",
                 f"Rekenen: voor {lang(p.eval2)} beheerst {n} de tafels 1 t/m 10 (90% goed binnen 3 seconden per som op de tafeltoets).",
                 f"Werkhouding: voor {lang(e1)} begint {n} binnen 2 minuten zelfstandig aan een taak, bij 4 van de 5 observaties van de {p.ibrol}."]
        return [("bullets", g)]
    if el == "adviezen_professionals":
        if v == "cvb_volgt":
            return [("p", f"Orthopedagoog {p.psy} (onderzoek {MONTHS[(p.vast.month+6)%12]} {p.vast.year-1}): advies om te werken met visuele ondersteuning en korte instructies; dit is overgenomen in de ondersteuning."),
                    ("p", "Advies commissie voor de begeleiding: volgt.")]
        txt = [f"Orthopedagoog {p.psy} (Adviesbureau De Kompasroos, onderzoek {MONTHS[(p.vast.month+6)%12]} {p.vast.year-1}) "
               f"adviseert: instructie in kleine stappen, visuele ondersteuning, en het werkgeheugen ontlasten met "
               f"stappenkaarten. De school heeft dit overgenomen in de ondersteuning (stappenkaart, verlengde instructie)."]
        if p.st in ("po", "sbo"):
            txt.append(f"Logopedist (praktijk Spraakzaam, {p.place}) adviseert woordenschat te oefenen met de "
                       f"viertakt; de {p.lkrol} gebruikt dit bij de woordenschatlessen.")
        if p.st in ("so", "vso"):
            txt.append(f"Advies van de commissie voor de begeleiding ({kort(p.vast - dt.timedelta(days=4))}): de "
                       f"commissie adviseert het plan vast te stellen zoals voorgesteld, met als aandachtspunt "
                       f"{'de overgang naar de stage' if p.st == 'vso' else 'de samenwerking met de behandelaar (GGZ)'}. "
                       f"Dit aandachtspunt is opgenomen in de ondersteuning.")
        if p.st in ("vo", "pro"):
            txt.append(f"De jeugdarts (GGD) adviseert om bij verzuim direct contact op te nemen met ouders; de mentor doet dit.")
        return [("p", t) for t in txt]
    if el == "oogo":
        if v == "announced":
            return [("p", f"Het ontwikkelingsperspectief wordt met de ouders besproken in een gesprek met de "
                          f"{p.lkrol} en de {p.ibrol}. Ouders ontvangen hiervoor een uitnodiging.")]
        if v == "lastyear":
            return [("p", f"Het OPP is op {lang(p.oogo.replace(year=p.oogo.year-1))} besproken met de ouders "
                          f"({p.mother} en {p.father}), de {p.lkrol} en de {p.ibrol}. Ouders konden zich "
                          f"vinden in het plan.")]
        if p.adult and not p.curatele:
            return [("p", f"Het OPP is op {lang(p.oogo)} besproken met {n} zelf (meerderjarig); op verzoek van "
                          f"{n} was ook moeder ({p.mother}) aanwezig, met de mentor en de stagecoördinator.")]
        if p.curatele:
            return [("p", f"Het OPP is op {lang(p.oogo)} besproken met {n}, de curator (mr. {p.extra}, "
                          f"Bewindvoering De Vlietkant) en moeder, met de mentor.")]
        return [("p", f"Het OPP is op {lang(p.oogo)} besproken met {p.mother} (moeder) en {p.father} (vader), de "
                      f"{p.lkrol} ({p.lk}) en de {p.ibrol} ({p.ib}). Ouders herkennen het beeld; op hun verzoek "
                      f"is de afstemming thuis-school toegevoegd.")]
    if el == "inbreng_leerling":
        t = p.pupil_talk
        if v == "view_only":
            return [("p", f"{n} vindt het fijn op school en zegt dat {'rekenen' if p.st in ('po','sbo','so') else 'plannen'} moeilijk is.")]
        if v == "lastyear":
            return [("p", f"Gesprek met {n} op {lang(t.replace(year=t.year-1))}: {n} wil graag meer tijd "
                          f"voor lezen en vindt de koptelefoon prettig. Dit is opgenomen in het plan ({p.prevjaar}).")]
        return [("p", f"Gesprek met {n} op {lang(t)} ({p.lkrol}): {n} vertelt dat {p.hij} het lastig vindt om "
                      f"te beginnen als het druk is in de klas, en dat {p.hij} de stappenkaart fijn vindt. "
                      f"{p.Hij} wil graag zelf kiezen wanneer {p.hij} de koptelefoon gebruikt."),
                ("p", f"Wat we ermee doen: op verzoek van {n} mag {p.hij} de koptelefoon zelf pakken (afspraak in "
                      f"de ondersteuning), en het doel over werkhouding is samen met {p.hem} geformuleerd.")]
    if el == "evaluatie":
        if v == "planned_only":
            return [("p", "De evaluatie van dit OPP wordt nog ingepland.")]
        if v == "lastyear":
            d = p.eval1.replace(year=p.eval1.year - 1)
            return [("p", f"Tussenevaluatie met ouders: {lang(d)}. Eindevaluatie: {lang(p.eval2.replace(year=p.eval2.year-1))}.")]
        if v == "no_parents":
            return [("p", f"De {p.ibrol} evalueert het plan twee keer per jaar met de {p.lkrol} in de groepsbespreking.")]
        withp = " en " + n if p.inbreng_required else ""
        who = "ouders" if not (p.adult and not p.curatele) else n
        if p.curatele:
            who = "de curator"
        return [("p", f"Tussenevaluatie met {who}{withp if who != n else ''}: week van {lang(p.eval1)}, door {p.lk} en {p.ib}. "
                      f"Eindevaluatie: {lang(p.eval2)}. We bespreken per doel de meting en de observaties, en stellen "
                      f"het plan zo nodig bij. Het OPP wordt minstens eenmaal per schooljaar met {who} geëvalueerd.")]
    if el == "informatie_rechten":
        if v == "partial":
            return [("p", f"Heeft u vragen over dit plan of bent u het er niet mee eens? Neem dan contact op met de {p.ibrol}.")]
        who = "u" if not (p.adult and not p.curatele) else "je"
        return [("p", f"U heeft instemmingsrecht op het handelingsdeel van dit OPP. Bent u het niet eens, dan gaan "
                      f"we eerst met u in gesprek. U kunt ook (gratis) advies vragen aan het Ouder- en Jeugdsteunpunt "
                      f"van het samenwerkingsverband of aan een onderwijsconsulent. Binnen zes weken na de "
                      f"vaststelling kunt u het geschil voorleggen aan de Geschillencommissie passend onderwijs "
                      f"(onderwijsgeschillen.nl).")] if who == "u" else [
            ("p", f"Je hebt als meerderjarige leerling zelf instemmingsrecht op het handelingsdeel. Ben je het "
                  f"niet eens, dan praten we eerst met je. Je kunt ook een onderwijsconsulent inschakelen, en binnen "
                  f"zes weken na vaststelling naar de Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).")]
    if el == "vaststelling":
        if v == "no_date":
            return [("p", f"Vastgesteld door: {p.dir} (directeur)      Datum: ...................")]
        s = f"Vastgesteld door de school op {lang(p.vast)} door {p.dir}, directeur {p.school}."
        if p.revised:
            s += f" Bijgesteld na evaluatie op {lang(p.revised)} ({p.dir})."
        return [("p", s)]
    raise KeyError((el, v))


def consent(v, p, L):
    """Blocks for instemming_ouders. Returns (blocks, accept_unclear_flag)."""
    n = p.first
    school = dict(role=f"Namens de school ({p.dir}, directeur)", name=p.dir,
                  date="" if getattr(p, "no_vast", False) else kort(p.vast), mark="wg")
    ouder = dict(role="Ouder/verzorger", name=p.mother, date=kort(p.sign), mark="wg")
    ouder2 = dict(role="Ouder/verzorger", name=p.father, date=kort(p.sign), mark="wg")
    stm = ("p", "Ouders verklaren dat zij instemmen met het handelingsdeel van dit ontwikkelingsperspectief.")
    opts = lambda a, b: ("ticks", [(a, "Akkoord met het handelingsdeel"), (b, "Niet akkoord met het handelingsdeel")])
    if v == "ok_wg":
        return [stm, opts(True, False), ("sigs", [school, ouder, ouder2])], False
    if v == "ok_image":
        o = dict(ouder, mark="image"); s = dict(school, mark="image")
        return [stm, opts(True, False), ("sigs", [s, o])], True
    if v == "ok_digital":
        o = dict(ouder, mark="digital")
        return [("p", "Instemming handelingsdeel (ouderportaal):"), ("sigs", [school, o])], False
    if v == "ok_email":
        return [("p", f"Ouders ({p.mother} en {p.father}) hebben op {lang(p.sign)} per e-mail laten weten "
                      f"dat zij instemmen met het handelingsdeel van dit OPP. De e-mail is opgeslagen in het "
                      f"leerlingdossier.")], False
    if v == "ok_tick":
        return [("ticks", [(True, f"Ik/wij ga(an) akkoord met het handelingsdeel (naam: {p.mother}, datum: {kort(p.sign)})"),
                           (False, "Ik/wij ga(an) niet akkoord")]), ("sigs", [dict(ouder, mark="wg")])], False
    if v == "ok_self":
        s = dict(role=f"Leerling (meerderjarig): {p.naam}", name=p.naam, date=kort(p.sign), mark="wg")
        return [("p", f"{n} is meerderjarig en stemt zelf in met het handelingsdeel."), opts(True, False),
                ("sigs", [school, s])], False
    if v == "ok_curator":
        s = dict(role="Curator", name=f"mr. {p.extra}", date=kort(p.sign), mark="wg")
        l = dict(role=f"Leerling (voor gezien): {p.naam}", name=p.naam, date=kort(p.sign), mark="wg")
        return [("p", f"{n} is meerderjarig en staat onder curatele; de curator stemt in met het handelingsdeel."),
                opts(True, False), ("sigs", [school, s, l])], False
    if v == "school_only":
        o = dict(ouder, date="", mark="blank"); o2 = dict(ouder2, date="", mark="blank")
        return [stm, opts(False, False), ("sigs", [school, o, o2])], False
    if v == "voor_gezien":
        return [stm, ("sigs", [school, dict(ouder, role="Ouder/verzorger (voor gezien)")]),
                ("p", f"Opmerking ouders: 'Voor gezien getekend, wij willen eerst nog overleggen.' ({p.mother})")], False
    if v == "onder_protest":
        return [stm, opts(True, False), ("sigs", [school, ouder]),
                ("p", "Opmerking ouders: ondertekend onder protest; wij vinden de ondersteuning onvoldoende.")], False
    if v == "refused":
        return [stm, opts(False, True), ("sigs", [school, ouder]),
                ("p", "Toelichting ouders: wij zijn het niet eens met het verminderen van de begeleidingstijd.")], False
    if v == "partial":
        return [stm, ("ticks", [(False, "Akkoord met het hele handelingsdeel"),
                                (True, "Gedeeltelijk akkoord: wel met de ondersteuning in de klas, niet met de plaatsing in de plusgroep buiten de klas")]),
                ("sigs", [school, ouder])], False
    if v == "unticked":
        return [stm, opts(False, False), ("sigs", [school, ouder])], False
    if v == "no_date":
        return [stm, opts(True, False), ("sigs", [dict(school, date=""), dict(ouder, date="")])], False
    if v == "avg_only":
        return None, False  # handled by layout: only AVG/photo consent shown
    if v == "parents_for_adult":
        return [stm, opts(True, False), ("sigs", [school, ouder, ouder2])], False
    if v == "pupil_for_curatele":
        s = dict(role=f"Leerling: {p.naam}", name=p.naam, date=kort(p.sign), mark="wg")
        c = dict(role="Curator", name=f"mr. {p.extra}", date="", mark="blank")
        return [("p", f"{n} is meerderjarig en stemt in met het handelingsdeel."), opts(True, False),
                ("sigs", [school, s, c])], False
    if v == "cc_unchecked":
        return [("ccbox", False, "Ouders stemmen in met het handelingsdeel"), ("sigs", [school, dict(ouder, mark="blank", date="")])], False
    if v == "empty":
        return [("p", "")], False
    raise KeyError(v)


def avg_block(p):
    return [("p", "Toestemming gegevensuitwisseling (AVG) en beeldmateriaal"),
            ("ticks", [(True, f"Ouders geven toestemming om gegevens van {p.first} te delen met het samenwerkingsverband en de jeugdarts"),
                       (True, "Ouders geven toestemming voor foto's op de website en in de nieuwsbrief")]),
            ("sigs", [dict(role="Ouder/verzorger", name=p.mother, date=kort(p.sign), mark="wg")])]


STATUS_OK = {"ok", "none", "ok_wg", "ok_image", "ok_digital", "ok_email", "ok_tick", "ok_self", "ok_curator"}


def status_of(el, v, p):
    if el == "inbreng_leerling" and not p.inbreng_required:
        return "not_applicable"
    if el == "afwijkingen_onderwijsprogramma" and v == "none":
        return "not_applicable"
    if v in ("absent", "silent", "avg_only"):
        return "missing"
    if v in STATUS_OK:
        return "present"
    return "incomplete"
