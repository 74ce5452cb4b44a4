# -*- coding: utf-8 -*-
"""Element texts, pupil profiles and filler chapters for the blind set (all invented)."""
import random, datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

NL = {"uitstroombestemming": "Verwachte uitstroombestemming", "onderbouwing": "Onderbouwing uitstroombestemming",
      "belemmerende_factoren": "Belemmerende factoren", "bevorderende_factoren": "Bevorderende factoren",
      "ondersteuningsbehoefte": "Onderwijsbehoeften", "ondersteuning": "Te bieden ondersteuning",
      "afwijkingen_onderwijsprogramma": "Afwijkingen van het onderwijsprogramma", "doelen": "Doelen",
      "adviezen_professionals": "Adviezen van deskundigen", "oogo": "Overleg met ouders",
      "instemming_ouders": "Instemming handelingsdeel", "inbreng_leerling": "Inbreng van de leerling",
      "evaluatie": "Evaluatie", "informatie_rechten": "Informatie over rechten", "vaststelling": "Vaststelling"}

FIRST_M = ["Daan", "Milan", "Sem", "Jayden", "Thijmen", "Bram", "Ravi", "Younes", "Luuk", "Kasper", "Mees", "Tijn", "Ilias", "Joep"]
FIRST_F = ["Noor", "Fenna", "Liv", "Amira", "Sanne", "Evi", "Yara", "Lotte", "Saar", "Mila", "Jinthe", "Roos", "Hafsa", "Isa"]
LAST = ["Verhoeven", "Brinkhorst", "El Idrissi", "Oudenaller", "Kramers", "van Dommelen", "Lamberink", "Stoltenkamp",
        "de Wijngaard", "Hofstede", "Tuinenburg", "Mertensma", "van Asperen", "Klaasing", "Rozendom", "Achterhuis"]
STAFF = ["J. Vlietstra", "M. Schothorst", "R. Keizerwaard", "H. Dijkmeijer", "A. Overkamp", "S. Bolkesteijn", "E. Lindhout",
         "C. van Terhagen", "W. Boschveld", "T. Ruitenbeek", "K. Harmelink", "P. de Zeeuwen"]
PLACES = ["Brakelveen", "Oosterlinde", "Westerhoeve", "Hazeloord", "Dorpsmeer", "Kempwoude", "Zandrade", "Lindeveld",
          "Heulenbroek", "Ravenswijk"]
SCHOOL_PO = ["OBS De Klimboom", "CBS Het Anker", "Basisschool De Vlieger", "IKC De Regenboogboom", "RK Basisschool Sint Odulphus",
             "OBS De Wilgenhof", "Daltonschool De Kompasroos"]
SCHOOL_SBO = ["SBO De Brug", "SBO Het Palet", "Speciale basisschool De Horizon", "SBO De Wegwijzer"]
SCHOOL_SO = ["SO De Zonnewijzer (cluster 4)", "Mytylschool De Vleugelboom", "SO Het Kompas (cluster 3)", "SO De Toermalijn (cluster 2)"]
SCHOOL_VSO = ["VSO De Werkplaats", "VSO Het Baken"]
SCHOOL_VO = ["Lindeveld College, locatie Noord"]
SCHOOL_PRO = ["Praktijkschool De Stellingmolen"]
SWV = ["Samenwerkingsverband Passend Onderwijs Lindeveld e.o. (PO 27-14)", "SWV Brakelveen-Zandrade (PO 30-09)",
       "Samenwerkingsverband De Kempwoude (PO 25-02)", "SWV Hazeloord Passend Primair"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def dshort(d):
    return d.strftime("%d-%m-%Y")


class Pupil:
    def __init__(self, seed, school_type, plan_date, adult=False, curatele=False):
        r = random.Random(seed)
        self.r = r
        self.type = school_type
        self.male = r.random() < 0.55
        self.first = r.choice(FIRST_M if self.male else FIRST_F)
        self.last = r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.hij = "hij" if self.male else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if self.male else "haar"
        self.hem = "hem" if self.male else "haar"
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        self.staff = r.sample(STAFF, 6)
        self.ib, self.teacher, self.director, self.ortho, self.ab, self.cvb = self.staff
        self.mother = f"mevr. {r.choice(['A.', 'S.', 'M.', 'L.', 'F.'])} {self.last}"
        self.father = f"dhr. {r.choice(['P.', 'K.', 'R.', 'B.'])} {self.last}"
        self.parent_sig = f"{self.mother[6:]}"
        self.plan_date = plan_date
        self.adult = adult
        self.curatele = curatele
        sch = {"po": SCHOOL_PO, "sbo": SCHOOL_SBO, "so": SCHOOL_SO, "vso": SCHOOL_VSO, "vo": SCHOOL_VO, "pro": SCHOOL_PRO}[school_type]
        self.school = r.choice(sch) + f", {self.place}"
        if school_type in ("po", "sbo"):
            self.group = r.choice([5, 6, 7])
            self.age = self.group + 4 + r.choice([0, 1])
            self.dest = r.choice(["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs",
                                  "vmbo kaderberoepsgerichte leerweg", "vmbo-basis/kader met lwoo"])
            self.klas = f"groep {self.group}"
        elif school_type == "so":
            self.group = r.choice([5, 6, 7, 8])
            self.age = self.group + 5
            self.dest = r.choice(["vso, uitstroomprofiel arbeidsmarktgericht", "vso, uitstroomprofiel vervolgonderwijs (vmbo-basis)",
                                  "praktijkonderwijs", "vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)"])
            self.klas = f"groep {self.group} (stamgroep {r.choice(['Zeester', 'Uil', 'Egel', 'Vos'])})"
        elif school_type == "vso":
            self.age = 18 if adult or curatele else 16
            self.dest = r.choice(["uitstroomprofiel arbeidsmarktgericht: werk in de groenvoorziening (beschut werk of met loonkostensubsidie)",
                                  "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding bij een zorgboerderij"])
            self.klas = "klas 5 (arbeidstraining)"
        elif school_type == "pro":
            self.age = 15
            self.dest = "arbeidsmarkt: werk in de logistiek (orderpicker) met een branchecertificaat"
            self.klas = "leerjaar 3"
        else:
            self.age = 13
            self.dest = "vmbo kaderberoepsgerichte leerweg, profiel Zorg en Welzijn, diploma niveau 2-3"
            self.klas = "leerjaar 2 vmbo-k (lwoo)"
        self.birth = dt.date(plan_date.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if self.birth.replace(year=self.birth.year + self.age) > plan_date:
            self.birth = self.birth.replace(year=self.birth.year - 1)
        if school_type in ("vso", "vo", "pro"):
            self.swv = r.choice(["Samenwerkingsverband VO Lindeveld e.o. (VO 27-03)", "SWV Voortgezet Onderwijs Brakelveen (VO 30-01)"])
        self.dle_bl = r.choice([18, 22, 25, 28])
        self.dle_rek = r.choice([20, 24, 27, 30])
        self.tiq = r.choice([74, 78, 81, 84, 86])
        self.test_year = plan_date.year - 1
        self.v = r.randrange(3)

    @property
    def oogo_date(self):
        return self.plan_date - dt.timedelta(days=8)

    @property
    def sign_date(self):
        return self.plan_date + dt.timedelta(days=4)

    @property
    def d1(self):
        d = self.plan_date + dt.timedelta(days=125)
        return f"{MONTHS[d.month-1]} {d.year}"

    @property
    def d2(self):
        d = self.plan_date + dt.timedelta(days=245)
        return f"{MONTHS[d.month-1]} {d.year}"

    def nextyear(self):
        return self.plan_date.year + (1 if self.plan_date.month >= 8 else 0)


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen door IB", "……"]

INSTRUCTIONS = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in: pro, vmbo-bb, vmbo-kb, vmbo-gt, havo, vwo of een vso-profiel.]",
    "onderbouwing": "Geef hier aan waarop de verwachte uitstroombestemming is gebaseerd (toetsgegevens, leerrendement, intelligentie, sociaal-emotionele ontwikkeling).",
    "belemmerende_factoren": "Beschrijf hier de factoren die de ontwikkeling van de leerling belemmeren. Denk aan leren, werkhouding, gedrag, thuissituatie.",
    "bevorderende_factoren": "Beschrijf hier de sterke kanten van de leerling en van zijn omgeving die je kunt inzetten.",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften als: Deze leerling heeft ... nodig om ... te ...",
    "ondersteuning": "Beschrijf wat er geboden wordt, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of en op welke onderdelen wordt afgeweken van het reguliere programma (eigen leerlijn, vrijstelling, aangepaste onderwijstijd).",
    "doelen": "Formuleer SMART-doelen voor de komende periode per ontwikkelingsgebied.",
    "adviezen_professionals": "Noem hier de adviezen van externe deskundigen en wat de school ermee doet.",
    "oogo": "Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf vindt en wat daarmee is gedaan.",
    "evaluatie": "Geef aan wanneer en op welke manier het OPP met ouders en leerling wordt geëvalueerd.",
    "informatie_rechten": "Neem hier de standaardtekst over de rechten van ouders op (zie handleiding).",
    "vaststelling": "Datum vaststelling en naam/functie van degene die het OPP vaststelt invullen.",
}

VAGUE = {
    "uitstroombestemming": "Een passende plek in het voortgezet onderwijs; welk niveau dat wordt, zal de komende jaren duidelijk worden.",
    "onderbouwing": "De verwachte uitstroombestemming is gebaseerd op alle beschikbare gegevens en op de ontwikkeling van {first} tot nu toe, in samenspraak met alle betrokkenen.",
    "belemmerende_factoren": "Er zijn verschillende factoren die het leren van {first} op dit moment bemoeilijken. Deze worden in de groep goed in beeld gehouden.",
    "bevorderende_factoren": "{first} heeft zeker ook positieve kanten, waar we in de begeleiding zo veel mogelijk gebruik van maken.",
    "ondersteuningsbehoefte": "{first} heeft behoefte aan een passende aanpak die aansluit bij wat {hij} nodig heeft.",
    "ondersteuning": "{first} krijgt de extra ondersteuning die {hij} nodig heeft, afgestemd op {zijn} behoeften en binnen de mogelijkheden van de school.",
    "afwijkingen_onderwijsprogramma": "Waar nodig wordt het programma aangepast aan {first}.",
    "doelen": "{first} maakt het komende jaar groei door op alle vakgebieden en voelt zich fijn en veilig in de groep. We streven naar zo veel mogelijk zelfstandigheid.",
    "adviezen_professionals": "Er zijn in het verleden diverse deskundigen betrokken geweest; hun adviezen worden meegenomen.",
    "oogo": "Het plan is met ouders besproken.",
    "inbreng_leerling": "{first} is betrokken bij het opstellen van dit plan.",
    "evaluatie": "Het plan wordt regelmatig bekeken en waar nodig bijgesteld.",
    "informatie_rechten": "Voor informatie over uw rechten als ouder verwijzen wij naar de schoolgids.",
    "vaststelling": "Dit OPP is vastgesteld door de school.",
}

ZIE = {
    "onderbouwing": "Zie het advies van de orthopedagoog in hoofdstuk 4.",
    "adviezen_professionals": "Zie verslag psychodiagnostisch onderzoek (bijlage 3).",
    "belemmerende_factoren": "Zie bijlage 2 (groeidocument, kindkenmerken).",
    "bevorderende_factoren": "Zie het groeidocument.",
    "ondersteuningsbehoefte": "Zie de onderwijsbehoeften in het groepsplan.",
    "ondersteuning": "Zie bijlage: handelingsdeel.",
    "doelen": "Zie bijlage 1 (doelenblad).",
    "evaluatie": "Zie de zorgkalender van de school.",
    "informatie_rechten": "Zie bijlage 5.",
    "afwijkingen_onderwijsprogramma": "Zie weekrooster (bijlage).",
    "uitstroombestemming": "Zie aanvraagformulier deel A.",
    "inbreng_leerling": "Zie kindgesprek (bijlage 6).",
    "oogo": "Zie gespreksverslag in ParnasSys.",
    "vaststelling": "Zie handtekeningenblad.",
}


def dom_belem(p):
    return {"Leren": f"Trage automatisering van technisch lezen (DLE {p.dle_bl}) en rekenen (DLE {p.dle_rek}); {p.first} verliest snel het overzicht bij meerstappige opdrachten.",
            "Werkhouding": f"{p.first} heeft moeite om zelfstandig aan een taak te beginnen en haakt af na ongeveer tien minuten.",
            "Sociaal-emotioneel": f"Faalangst bij toetsen; {p.first} trekt zich terug als iets niet direct lukt.",
            "Thuissituatie": "Er is thuis weinig gelegenheid om te oefenen; ouders werken in ploegendiensten."}


def dom_bevord(p):
    return {"Leren": f"{p.first} leert goed van concreet materiaal en voorbeelden en onthoudt mondelinge uitleg goed.",
            "Werkhouding": f"{p.first} is gemotiveerd als {p.hij} weet wat er van {p.hem} verwacht wordt en werkt graag met een dagplanning.",
            "Sociaal-emotioneel": f"{p.first} is behulpzaam, wordt gewaardeerd door klasgenoten en heeft een goede band met de leerkracht.",
            "Thuissituatie": "Ouders zijn betrokken, komen naar alle gesprekken en willen thuis meedoen met leesoefeningen."}


def dom_behoefte(p):
    return {"Leren": f"{p.first} heeft instructie in kleine stappen nodig, met een uitgewerkt voorbeeld en concreet materiaal (MAB, getallenlijn).",
            "Werkhouding": f"{p.first} heeft een visuele taakkaart en een time-timer nodig om zelfstandig te kunnen starten en door te werken.",
            "Sociaal-emotioneel": f"{p.first} heeft een volwassene nodig die succes benoemt en toetsen vooraf aankondigt en oefent.",
            "Thuissituatie": "Korte, vaste leesopdrachten voor thuis (10 minuten per dag) met een aftekenlijst."}


def present_text(eid, p, alt=False):
    """Return a list of blocks with real content."""
    f = p.first
    if eid == "uitstroombestemming":
        return [("p", [f"Verwachte uitstroombestemming: {p.dest}.",
                       f"Wij verwachten dat {f} na deze school uitstroomt naar: {p.dest}.",
                       f"Uitstroomprofiel/bestemming: {p.dest} (streefniveau voor de komende jaren)."][p.v])]
    if eid == "onderbouwing":
        if p.type == "vo":
            return [("p", f"{f} haalt op de kernvakken van de kaderberoepsgerichte leerweg voldoendes (Nederlands 6,1; wiskunde 5,8; Engels 6,4) met de ondersteuning "
                          f"uit dit plan. De leerresultaten uit de basisschool (eindtoets {p.test_year}: 1F beheerst, 2F nog niet) en de capaciteiten (TIQ {p.tiq + 8}) "
                          f"passen bij het kaderniveau; de theoretische leerweg is gezien het werktempo niet haalbaar.")]
        if p.type in ("vso", "pro"):
            return [("p", f"{f} functioneert op het niveau van de verwachte bestemming: de leerresultaten (lezen AVI E5, rekenen referentieniveau 1F nog niet beheerst), "
                          f"een totaal IQ van {p.tiq} (WAIS-IV, {p.test_year}) en de beoordelingen van de stages in {p.test_year} en {p.plan_date.year} "
                          f"(zelfstandig werken op de werkvloer: voldoende; tempo: onvoldoende) passen bij deze uitstroom.")]
        lvl = ("het niveau eind groep 5 (1F niet beheerst)" if "praktijk" in p.dest or "dagbesteding" in p.dest or "arbeids" in p.dest
               else "het niveau eind groep 7 (1F beheerst, 2F nog niet)" if "kader" in p.dest and "basis" not in p.dest
               else "het niveau eind groep 6 (1F deels beheerst)")
        return [("p", f"De verwachting is gebaseerd op de leerrendementen van de afgelopen drie jaar. {f} heeft een didactische leeftijdsequivalent van {p.dle_bl} "
                      f"voor begrijpend lezen en {p.dle_rek} voor rekenen; dat is een leerrendement van ongeveer 60%. "
                      f"Het intelligentieonderzoek ({p.test_year}, WISC-V) gaf een totaal IQ van {p.tiq}. Bij een doorgaande ontwikkeling in dit tempo "
                      f"komt {f} eind groep 8 uit rond {lvl}, wat past bij de genoemde uitstroombestemming. "
                      f"Ook de werkhouding en de behoefte aan kleine groepen wijzen in deze richting.")] if p.v != 1 else \
               [("p", f"Waarom deze bestemming? {f} is nu {p.age} jaar. Sinds groep 4 groeit {p.hij} gemiddeld ongeveer een half jaar per schooljaar "
                      f"(DLE rekenen {p.dle_rek}, begrijpend lezen {p.dle_bl} in {p.test_year}). Het onderzoek van {p.ortho} ({p.test_year}) liet een totaal IQ van {p.tiq} zien "
                      f"met een zwakke verwerkingssnelheid. Als deze lijn doorzet, bereikt {f} aan het eind van de basisschool {lvl}. "
                      f"Daarom verwachten we deze uitstroombestemming.")]
    if eid in ("belemmerende_factoren", "bevorderende_factoren", "ondersteuningsbehoefte"):
        d = {"belemmerende_factoren": dom_belem, "bevorderende_factoren": dom_bevord, "ondersteuningsbehoefte": dom_behoefte}[eid](p)
        if alt:  # used when the hindering list is shown under the helping heading
            d = {"Leren": f"{f} raakt gefrustreerd bij nieuwe leerstof en weigert dan te werken.",
                 "Concentratie": f"{f} is snel afgeleid door geluiden in de klas en heeft moeite met overgangen."}
        return [("bullets", [f"{k}: {v}" for k, v in d.items()])]
    if eid == "ondersteuning" and p.v == 1:
        return [("table", [["Wat", "Wie", "Hoe vaak", "Vanaf"],
                           ["Extra instructie begrijpend lezen (kleine kring)", f"leerkracht {p.teacher}", "3 x per week 20 min.", dshort(p.plan_date + dt.timedelta(days=7))],
                           ["Rekenmaatje met concreet materiaal", f"onderwijsassistent {p.ab}", "2 x per week 30 min.", dshort(p.plan_date + dt.timedelta(days=7))],
                           ["Kindgesprek over faalangst", f"IB'er {p.ib}", "1 x per 3 weken", dshort(p.plan_date + dt.timedelta(days=14))],
                           ["Ambulante begeleiding (consultatie leerkracht)", f"ambulant begeleider SWV", "1 x per maand", dshort(p.plan_date + dt.timedelta(days=30))]], True)]
    if eid == "ondersteuning":
        return [("bullets", [
            f"Pre-teaching rekenen door de onderwijsassistent ({p.staff[4] if p.type != 'so' else p.ab}): 3 x per week 20 minuten buiten de groep, vanaf {dlong(p.plan_date + dt.timedelta(days=14))}.",
            f"Leesinterventie (RALFI-lezen) door de leerkracht ({p.teacher}): 4 x per week 15 minuten in een groepje van drie.",
            f"Begeleiding door de intern begeleider ({p.ib}): iedere zes weken een kort overleg met de leerkracht en een kindgesprek met {f}.",
            f"Vaste werkplek met koptelefoon en een visuele dagplanning; dagelijks door de leerkracht ingezet."])]
    if eid == "afwijkingen_onderwijsprogramma":
        return [("p", f"{f} volgt voor rekenen een eigen leerlijn (leerlijn Passende Perspectieven, route 1F) vanaf {p.klas}; de leerstof van {p.zijn} groep wordt voor rekenen niet gevolgd. "
                      f"Voor Engels is er een vrijstelling van de schriftelijke toetsen. De onderwijstijd is niet ingekort.")]
    if eid == "doelen":
        y = p.nextyear()
        if p.v == 2:
            return [("table", [["Gebied", "Doel", "Wanneer behaald", "Hoe gemeten"],
                               ["Begrijpend lezen", f"{f} beantwoordt 7 van de 10 vragen bij een tekst op niveau M5 goed", p.d1, "methodetoets"],
                               ["Rekenen", f"{f} lost plus- en minsommen tot 100 met overschrijding op (80% goed)", p.d2, "methode-onafhankelijke toets"],
                               ["Werkhouding", f"{f} werkt 15 minuten zelfstandig met de taakkaart", p.d1, "observatie leerkracht, 5 lessen"]], True)]
        return [("bullets", [f"Eind {p.d1}: {f} leest AVI E5 op beheersingsniveau (tempo en nauwkeurigheid), gemeten met de AVI-kaarten.",
                             f"Eind {p.d2}: {f} kent de tafels van 1 t/m 5 en 10 geautomatiseerd (90% goed op de tafeltoets binnen 3 seconden per som).",
                             f"Eind {p.d2}: {f} start binnen twee minuten zelfstandig aan een taak met behulp van de taakkaart (in 4 van de 5 geobserveerde lessen)."])]
    if eid == "adviezen_professionals":
        if p.type in ("so", "vso"):
            return [("p", f"De commissie voor de begeleiding heeft op {dlong(p.oogo_date - dt.timedelta(days=10))} geadviseerd het handelingsdeel te richten op zelfstandigheid "
                          f"en communicatie, en de fysiotherapie (1 x per week) onder schooltijd voort te zetten. "
                          f"De school neemt dit advies over: de doelen zelfstandigheid en de fysiotherapie zijn in het handelingsdeel opgenomen."),
                    ("p", f"Logopedist ({p.ortho}) adviseert visuele ondersteuning bij instructie (pictogrammen); dit wordt in de groep dagelijks toegepast.")]
        return [("p", f"Orthopedagoog {p.ortho} ({p.swv}) adviseerde na het onderzoek van {p.test_year} om de instructie te verlengen, met concreet materiaal "
                      f"te werken en de faalangst te bespreken in kindgesprekken. De school heeft dit advies overgenomen: verlengde instructie en pre-teaching zijn "
                      f"in het handelingsdeel opgenomen; de kindgesprekken voert de IB'er.")]
    if eid == "oogo":
        who = f"{p.mother} en {p.father}" if not p.adult else f"{p.first} zelf (meerderjarig), samen met {p.zijn} mentor"
        return [("p", f"Het concept-OPP is op {dlong(p.oogo_date)} besproken met {who}, de leerkracht ({p.teacher}) en de intern begeleider ({p.ib}). "
                      f"Ouders herkenden het beeld. Op hun verzoek is het doel over zelfstandig starten toegevoegd en is afgesproken dat de leesoefeningen voor thuis via de agenda gaan.")
                if not p.adult else
                ("p", f"Het concept-OPP is op {dlong(p.oogo_date)} besproken met {who} ({p.teacher}) en de zorgcoördinator ({p.ib}). "
                      f"{p.first} vroeg om twee stagedagen in plaats van één; dat is in het plan overgenomen.")]
    if eid == "inbreng_leerling" and p.v == 2:
        return [("p", f"Kindgesprek met {f} ({dshort(p.oogo_date - dt.timedelta(days=5))}), met de IB'er. Wat gaat goed volgens {f}: 'voorlezen aan de kleuters'. "
                      f"Wat is moeilijk: 'als de juf snel uitlegt'. Wat wil {p.hij}: 'dat ik het nog een keer mag vragen zonder dat anderen het horen'. "
                      f"Aanpassing in het plan: {f} krijgt een vraagkaartje om stil om herhaling van de uitleg te vragen, en de verlengde instructie is op {p.zijn} verzoek "
                      f"aan het begin van de les gezet.")]
    if eid == "inbreng_leerling":
        return [("p", f"Gesprek met {f} op {dlong(p.oogo_date - dt.timedelta(days=3))}. {f} vertelt: \"Rekenen vind ik moeilijk, maar als ik het met blokjes mag doen snap ik het wel. "
                      f"In de klas is het te druk.\" Wat we daarmee doen: {f} mag bij rekenen het materiaal zelf pakken en werkt in het stiltehoekje; "
                      f"het doel over zelfstandig starten is samen met {p.hem} geformuleerd.")]
    if eid == "evaluatie":
        y = p.nextyear()
        with_pupil = f" en {f}" if p.plan_date >= dt.date(2025, 8, 1) else ""
        if p.adult:
            return [("p", f"Het OPP wordt twee keer per schooljaar met {f} zelf geëvalueerd (ouders mogen aansluiten als {f} dat wil): in {p.d1} en in {p.d2}, "
                          f"met de mentor en de stagebegeleider.")]
        if p.v == 1:
            return [("p", f"Evaluatiemoment: {dlong(p.plan_date + dt.timedelta(days=238))}, in een gesprek van ouders{with_pupil} met de leerkracht en de IB'er. "
                          f"We bespreken welke doelen behaald zijn en stellen het plan voor het nieuwe schooljaar bij. Tussentijds ({p.d1}) volgt een kort voortgangsgesprek.")]
        return [("p", f"Het OPP wordt twee keer per schooljaar geëvalueerd met ouders{with_pupil}: een tussenevaluatie in {p.d1} en de jaarevaluatie in {p.d2}, "
                      f"tijdens een gesprek met leerkracht en intern begeleider. Daarbij worden de doelen besproken en wordt het plan zo nodig bijgesteld.")]
    if eid == "informatie_rechten" and p.adult:
        return [("p", f"{f} is meerderjarig en beslist zelf over het handelingsdeel: zonder {p.zijn} instemming wordt dat deel niet uitgevoerd. "
                      f"Is {f} het niet eens met het OPP, dan kan {p.hij} dit bespreken met de directeur, hulp vragen aan het ouder- en jeugdsteunpunt van {p.swv} "
                      f"of een onderwijsconsulent, en binnen zes weken na vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if eid == "informatie_rechten" and p.v == 1:
        return [("p", f"Uw rechten: voor het handelingsdeel is uw instemming nodig; zonder uw instemming wordt dat deel niet uitgevoerd. Bent u het niet eens, "
                      f"dan gaat u eerst in gesprek met de school. Daarna kunt u hulp vragen aan het ouder- en jeugdsteunpunt of een onderwijsconsulent. "
                      f"U kunt het geschil binnen zes weken na vaststelling voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl).")]
    if eid == "informatie_rechten":
        return [("p", f"Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP. Zijn ouders het niet eens met het OPP, dan kunnen zij dit eerst met de directeur bespreken. "
                      f"Ook kunnen zij terecht bij het ouder- en jeugdsteunpunt van {p.swv} of een onderwijsconsulent inschakelen. Binnen zes weken na de vaststelling "
                      f"kunnen ouders een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if eid == "vaststelling":
        return [("p", [f"Dit OPP is vastgesteld op {dlong(p.plan_date)} door {p.director}, directeur.",
                       f"Datum vaststelling: {dshort(p.plan_date)}. Vastgesteld door: {p.director} (directeur), namens het bevoegd gezag.",
                       f"Het bevoegd gezag heeft dit plan op {dlong(p.plan_date)} vastgesteld (getekend: {p.director}, directeur)."][p.v])]
    raise KeyError(eid)


def element_blocks(eid, state, p, rnd=None):
    """Blocks under the element heading. None = omit the heading (missing/moved)."""
    rnd = rnd or p.r
    if state in ("missing", "moved", "minutes_only", "avg_only", "tlv_only"):
        return None
    if state in ("present",):
        return present_text(eid, p)
    if state == "na":
        if eid == "afwijkingen_onderwijsprogramma":
            return [("p", f"Geen afwijkingen: {p.first} volgt het reguliere onderwijsprogramma van {p.zijn} groep, met de ondersteuning die hieronder staat beschreven.")]
        if eid == "inbreng_leerling":
            if p.adult:
                return [("p", f"{p.first} is meerderjarig en is zelf gesprekspartner bij dit OPP (zie overleg en instemming).")]
            return None  # before Aug 2025: not shown
        return []
    if state == "empty":
        return []
    if state == "placeholder":
        return [("p", rnd.choice(PLACEHOLDERS))]
    if state == "instruction":
        return [("p", INSTRUCTIONS[eid])]
    if state == "zie":
        return [("p", ZIE[eid])]
    if state == "vague":
        return [("p", VAGUE[eid].format(first=p.first, hij=p.hij, zijn=p.zijn))]
    if state == "echo":
        return [("p", f"{NL[eid]} van {p.first}.")]
    if state == "nvt_applies":
        return [("p", "n.v.t.")]
    if state == "view_only":
        return [("p", f"{p.first} zegt zelf dat {p.hij} rekenen moeilijk vindt en graag meer met {p.zijn} handen werkt. {p.Hij} wil later 'iets met dieren' doen.")]
    if state == "no_date_vast":
        return [("p", f"Vastgesteld door: {p.director}, directeur.    Datum: ....................")]
    if state == "oogo_nodate":
        return [("p", f"Datum gesprek: ..............  Aanwezig: ouders, leerkracht, IB.")]
    if state.startswith("holds:"):
        other = state.split(":")[1]
        return present_text(other, p, alt=True)
    raise KeyError((eid, state))


def consent_lines(state, p, ticks=True):
    """Lines (text, style) of the consent block for the OPP's handelingsdeel. style: n normal, s signature"""
    signer = f"{p.first} {p.last} (leerling, meerderjarig)" if p.adult else f"{p.mother} (ouder/verzorger)"
    if p.curatele:
        signer = f"{p.mother} (moeder en curator)"
    sd = dshort(p.sign_date)
    sig = p.name if p.adult else p.parent_sig
    L = []
    intro = ("De ondergetekende verklaart dat het handelingsdeel van dit OPP met hem/haar is besproken en"
             if not p.adult else f"Ik, {p.first} {p.last}, verklaar dat het handelingsdeel met mij is besproken en")
    box_yes, box_no = "☒", "☐"
    if state == "present":
        L += [(f"{intro}:", "n"), (f"{box_yes} stemt in met het handelingsdeel", "n"), (f"{box_no} stemt niet in met het handelingsdeel", "n"),
              (f"Naam: {signer}", "n"), (f"Handtekening: ", "n"), (sig, "s"), (f"Datum: {sd}", "n")]
    elif state == "stated":
        L += [(f"Ouders hebben op {dlong(p.sign_date)} via het ouderportaal digitaal ingestemd met het handelingsdeel (akkoord geregistreerd door {p.ib}, IB).", "n")]
    elif state == "voor_gezien":
        L += [(f"Naam: {signer}", "n"), ("Voor gezien,", "n"), (sig, "s"), (f"Datum: {sd}", "n")]
    elif state == "onder_protest":
        L += [(f"{intro}:", "n"), (f"{box_yes} stemt in met het handelingsdeel", "n"),
              (f"Opmerking ouder: getekend onder protest; wij vinden dat de ondersteuning te weinig uren bevat.", "n"),
              (f"Naam: {signer}", "n"), (sig, "s"), (f"Datum: {sd}", "n")]
    elif state == "refused":
        L += [(f"{intro}:", "n"), (f"{box_no} stemt in met het handelingsdeel", "n"), (f"{box_yes} stemt niet in met het handelingsdeel", "n"),
              (f"Naam: {signer}", "n"), (sig, "s"), (f"Datum: {sd}", "n")]
    elif state == "partial":
        L += [(f"{intro}:", "n"), (f"{box_yes} stemt in met het handelingsdeel, met uitzondering van de inzet van de time-outplek (punt 4).", "n"),
              (f"Naam: {signer}", "n"), (sig, "s"), (f"Datum: {sd}", "n")]
    elif state == "school_only":
        L += [(f"Namens de school: {p.director}, directeur", "n"), (p.director, "s"), (f"Datum: {dshort(p.plan_date)}", "n"),
              (f"Ouder/verzorger: ", "n"), ("Handtekening: ", "n"), ("Datum: ", "n")]
    elif state == "blank_line":
        L += [(f"{intro}:", "n"), ("stemt in met het handelingsdeel.", "n"),
              ("Naam ouder/verzorger: ______________________", "n"), ("Handtekening: ______________________", "n"), ("Datum: ______________________", "n")]
    elif state == "unticked":
        L += [(f"{intro}:", "n"), (f"{box_no} stemt in met het handelingsdeel", "n"), (f"{box_no} stemt niet in met het handelingsdeel", "n"),
              (f"Naam: {signer}", "n"), ("Handtekening: ", "n"), ("Datum: ", "n")]
    elif state == "no_date":
        L += [(f"{intro}:", "n"), (f"{box_yes} stemt in met het handelingsdeel", "n"), (f"Naam: {signer}", "n"), ("Handtekening:", "n"), (sig, "s"), ("Datum: ", "n")]
    elif state == "looks_signed":
        L += [(f"{intro}:", "n"), ("stemt in met het handelingsdeel.", "n"),
              (f"Naam ouder/verzorger: {signer}", "n"), ("Handtekening: ....................................", "n"), (f"Datum: ..-..-{p.sign_date.year}", "n")]
    elif state == "wrong_signer":  # adult pupil, but only the parent signed
        L += [(f"Handtekening ouder: {p.mother}", "n"), (p.parent_sig, "s"), (f"Datum: {sd}", "n"),
              (f"Handtekening leerling: ", "n"), ("Datum: ", "n")]
    elif state == "empty":
        L += [("Handtekening ouder/verzorger: ", "n"), ("Datum: ", "n")]
    else:
        raise KeyError(state)
    return L


def avg_lines(p):
    return [("Toestemming uitwisseling gegevens (AVG)", "b"),
            (f"Ondergetekende geeft toestemming om gegevens van {p.first} uit te wisselen met {p.swv} en met de betrokken jeugdhulpverlener.", "n"),
            (f"Naam: {p.mother}", "n"), (p.parent_sig, "s"), (f"Datum: {dshort(p.sign_date)}", "n")]


def tlv_consent_lines(p):
    return [("Zienswijze en akkoord ouders aanvraag TLV", "b"),
            (f"Ouders zijn op de hoogte van de aanvraag van een toelaatbaarheidsverklaring en gaan akkoord met het indienen ervan bij {p.swv}.", "n"),
            (f"Naam: {p.mother}", "n"), (p.parent_sig, "s"), (f"Datum: {dshort(p.sign_date)}", "n")]


# ---------- filler chapters (not elements) ----------

def history(p):
    g = getattr(p, "group", 6)
    return [("p", f"{p.first} is geboren op {dshort(p.birth)} en woont met moeder, vader en een jongere zus in {p.place}. "
                  f"{p.Hij} bezocht de peuterspeelzaal 't Kwetternest en stroomde op vierjarige leeftijd in op {p.school.split(',')[0] if p.type in ('po','sbo') else 'een reguliere basisschool'}."),
            ("p", f"In groep 3 viel op dat het aanvankelijk lezen moeizaam op gang kwam. {p.first} heeft groep 4 gedoubleerd. "
                  f"Vanaf groep 5 is gewerkt met een groepsplan op het intensieve niveau en in {p.test_year} is een handelingsplan opgesteld voor rekenen."),
            ("p", "Medische gegevens: geen bijzonderheden; gehoor en visus zijn in 2022 door de jeugdarts gecontroleerd en in orde.")]


def scores_table(p):
    y = p.test_year
    rows = [["Toets", f"M{y-2000-1}", f"E{y-2000-1}", f"M{y-2000}", f"E{y-2000}"],
            ["Technisch lezen (DMT)", "E", "E", "D", "E"],
            ["Begrijpend lezen", "V", "V", "V", "IV"],
            ["Rekenen-wiskunde", "E", "V", "V", "V"],
            ["Spelling", "IV", "IV", "III", "IV"],
            ["AVI-niveau", "M4", "E4", "M5", "M5"]]
    return [("table", rows, True),
            ("p", f"DLE-gegevens {y}: begrijpend lezen {p.dle_bl}, rekenen {p.dle_rek}, spelling {p.dle_bl + 4}. "
                  f"Intelligentieonderzoek {y} (WISC-V, afgenomen door {p.ortho}): TIQ {p.tiq}, verwerkingssnelheid zwak (76).")]


def minutes_intake(p):
    d = p.plan_date - dt.timedelta(days=120)
    return [("p", f"Verslag gesprek d.d. {dshort(d)} — aanwezig: {p.mother}, {p.teacher} (leerkracht), {p.ib} (IB)."),
            ("p", f"Moeder vertelt dat {p.first} thuis veel moppert over school en 's avonds moeilijk in slaap komt. De leerkracht ziet dat {p.hij} bij rekenen snel opgeeft. "
                  f"Afspraken: de IB'er vraagt een consultatie aan bij het samenwerkingsverband; de school gaat een ontwikkelingsperspectief opstellen; "
                  f"moeder neemt contact op met de huisarts over het slapen."),
            ("p", f"Verslag gesprek d.d. {dshort(d + dt.timedelta(days=40))} — telefonisch, vader en IB. Vader vraagt of de aanvraag bij het SWV al verstuurd is. Nog niet; volgt na de consultatie.")]


def old_evaluation(p):
    d = p.plan_date - dt.timedelta(days=260)
    return [("p", f"Evaluatie handelingsplan rekenen (periode september–januari), besproken met moeder op {dshort(d)}: "
                  f"het doel 'optellen tot 100 met tientaloverschrijding' is gedeeltelijk behaald (70% goed). Moeder is tevreden over de extra instructie. "
                  f"Het handelingsplan is afgesloten; de begeleiding loopt verder via het groepsplan.")]


def external_advice_note(p):
    return [("p", f"Consultatie orthopedagoog {p.swv} ({p.ortho}), {dshort(p.plan_date - dt.timedelta(days=70))}: het SWV adviseert de school een arrangement 'Intensieve leesondersteuning' "
                  f"aan te vragen en de aanvraag te voorzien van een volledig groeidocument. Verder wordt geadviseerd de ouders te wijzen op het aanbod van het ouder- en jeugdsteunpunt.")]


def arrangement_request(p, tlv=False):
    if tlv:
        return [("kv", [("Soort aanvraag", "Toelaatbaarheidsverklaring " + ("so, categorie laag" if p.type in ("so",) else "sbo")),
                        ("Gewenste ingangsdatum", dlong(dt.date(p.nextyear(), 1, 6) if p.plan_date.month >= 8 else dt.date(p.plan_date.year, 8, 25))),
                        ("Looptijd", "2 schooljaren"),
                        ("Hulpvraag van de school", f"Wij kunnen {p.first} onvoldoende bieden: de groep is groot (31 leerlingen) en de benodigde kleine setting en intensieve begeleiding zijn niet beschikbaar."),
                        ("Aanvrager", f"{p.ib}, intern begeleider")])]
    return [("kv", [("Soort aanvraag", "Arrangement extra ondersteuning (ondersteuningsbudget)"),
                    ("Gevraagde inzet", "Onderwijsassistent 4 uur per week, ambulant begeleider 1 uur per 2 weken"),
                    ("Periode", f"{dlong(p.plan_date + dt.timedelta(days=30))} tot einde schooljaar"),
                    ("Hulpvraag van de school", "Hoe kunnen wij binnen de groep voldoende herhaling en instructie bieden?"),
                    ("Aanvrager", f"{p.ib}, intern begeleider")])]
