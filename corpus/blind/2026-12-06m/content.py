"""Content model: pupils, element texts (present and gapped variants), consent blocks.
Blocks (intermediate representation):
 ('h', level, text) ('p', text) ('kv', label, value) ('ul', [items]) ('table', header|None, rows)
 ('ticks', [(label, ticked)]) ('remark', text) ('strike', old, new) ('pb',)
Cell text markers: '@SIG:Name' = signature, '@HD:date' = handwritten date (only drawn in scans).
"""
import random, datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]

def dlong(d): return f"{d.day} {MONTHS[d.month-1]} {d.year}"
def dshort(d): return d.strftime("%d-%m-%Y")

BOYS = ["Sem", "Daan", "Milan", "Youssef", "Bram", "Jesse", "Timo", "Mehmet", "Thijs", "Ravi", "Finn", "Stijn",
        "Jurre", "Kasper", "Olaf", "Ilias", "Wessel", "Niek", "Tygo", "Mats"]
GIRLS = ["Noor", "Lotte", "Fenna", "Aya", "Liv", "Ilse", "Sanne", "Zoë", "Roos", "Nina", "Amira", "Evi",
         "Jolien", "Mirthe", "Selin", "Hanna", "Femke", "Isa", "Maud", "Tess"]
SURN = ["Brakema", "van Oosterwijk", "Dijkhuis", "El Amrani", "Veltkamp", "de Roever", "Hulscher", "Kroese",
        "Tjoelker", "Spanjaard", "Wennekes", "ter Haaf", "Aydın", "Bosschaart", "Lammerink", "Vrielink",
        "Mulderij", "Stoffelen", "Zwiers", "Kamphorst", "Nijenhuis", "van Dalfsen", "Peetoom", "Groothedde"]
STAFF = ["F. Heuvelink", "M. Oude Luttikhuis", "J. Kremer", "S. Bakkenes", "T. de Graaf-Wolters", "R. Smeenk",
         "L. Aalderink", "P. Wiggers", "H. Nijboer", "E. Scholten-Rijk", "A. Hofsteenge", "W. Rozendal"]
PLACES = ["Lindehaven", "Sterrebroek", "Oudewiel", "Brammersum", "Hoogmeer", "Ketelveen", "Wolderkamp",
          "Drielanden-Noord", "Zuiderveld", "Eemwoude"]
SCHOOLS = {
    "po": ["OBS De Wolkenfabriek", "CBS De Zonnewijzer", "Kindcentrum Sterrenweide", "IKC Het Vogelnest",
           "Basisschool De Tuimelaar", "OBS Het Klavertje"],
    "sbo": ["SBO De Brugwachter", "SBO Het Palet", "SBO De Vuurtoren"],
    "so": ["SO De Zeeotter", "Mytylschool De Boomhut", "SO Het Kompasje"],
    "vo": ["Vakcollege Lindehaven", "Scholengemeenschap Het Baken", "Lyceum De Horst", "Hoogmeer College"],
    "pro": ["Praktijkschool Het Gildehuis", "Praktijkcollege De Werkplaats"],
    "vso": ["VSO De Windroos", "VSO Het Anker", "Kentalis-achtig VSO De Klankkast"],
}
SCHOOLS["vso"][2] = "VSO De Klankkast"
SWV = ["Samenwerkingsverband Passend Onderwijs Veenland-Oost", "SWV Rivierenland-West PO",
       "Samenwerkingsverband VO De Kustlanden", "SWV Passend Leren Eemwoude"]

class Ctx:
    def __init__(self, spec):
        self.spec = spec
        self.id = spec["id"]
        self.rng = random.Random(spec["seed"])
        r = self.rng
        self.type = spec["type"]
        self.date = spec["date"]
        self.gaps = spec.get("gaps", {})
        self.adult = spec.get("adult", False)
        self.curatele = spec.get("curatele", False)
        girl = r.random() < 0.5
        self.name = r.choice(GIRLS if girl else BOYS)
        self.surname = r.choice(SURN)
        self.hij, self.zijn, self.hem = ("zij", "haar", "haar") if girl else ("hij", "zijn", "hem")
        self.Hij = self.hij.capitalize()
        self.school = r.choice(SCHOOLS[self.type])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        st = r.sample(STAFF, 5)
        self.teacher, self.ib, self.director, self.expert, self.ab = st
        ages = {"po": (8, 11), "sbo": (9, 12), "so": (8, 12), "vo": (13, 15), "pro": (14, 16), "vso": (15, 17)}
        age = r.randint(*ages[self.type]) if not (self.adult or self.curatele) else 18 + r.randint(0, 1)
        self.age = age
        self.birth = dt.date(self.date.year - age, r.randint(1, 12), r.randint(1, 28))
        if self.birth > self.date.replace(year=self.date.year - age):
            self.birth = self.birth.replace(year=self.birth.year - 1)
        self.groep = {"po": f"groep {min(8, age-4)}", "sbo": f"groep {min(8, age-4)}", "so": f"groep {min(8, age-4)}",
                      "vo": f"leerjaar {age-11}", "pro": f"leerjaar {age-11}", "vso": f"leerjaar {age-11}"}[self.type]
        m = r.choice(["A.", "C.", "J.", "M.", "N.", "K."])
        f = r.choice(["B.", "D.", "H.", "R.", "T.", "G."])
        self.parent1 = f"{m} {self.surname}"
        self.parent2 = f"{f} {self.surname}" if r.random() < 0.6 else None
        self.parents_txt = "moeder en vader" if self.parent2 else "moeder"
        self.curator = f"mr. {r.choice(['I.', 'S.', 'B.'])} {r.choice(['Verhagen', 'Blankesteijn', 'Oldenkamp'])} (curator)"
        self.oogo_date = self.date - dt.timedelta(days=r.randint(5, 16))
        self.talk_date = self.oogo_date - dt.timedelta(days=r.randint(3, 10))
        self.sign_date = self.date + dt.timedelta(days=r.randint(2, 9))
        self.report_date = self.date - dt.timedelta(days=r.randint(60, 200))
        self.old = self.date < CUTOFF
        ev1 = self.date + dt.timedelta(days=110); ev2 = self.date + dt.timedelta(days=230)
        self.ev1, self.ev2 = ev1, ev2
        self.goal_end = self.date + dt.timedelta(days=r.choice([120, 150, 180]))
        self.placeholder = r.choice(["n.t.b.", "...", "nog aanvullen", "volgt na overleg", "[nog invullen]", "N.T.B. (IB)"])
        self.dest_i = r.randrange(3)

    # ---------- statuses --------------------------------------------------------
    def status(self, el):
        g = self.gaps.get(el)
        if el == "inbreng_leerling" and (self.old or (self.adult and not self.curatele)):
            return "not_applicable"
        if g is None:
            if el == "afwijkingen_onderwijsprogramma" and self.spec.get("afw") == "none":
                return "not_applicable"
            return "present"
        if el == "ondersteuning" and g == "nvt_wrong":
            return "present"   # the shortened timetable is described here; the gap is in afwijkingen
        if g in ("missing", "avg_only"):
            return "missing"
        return "incomplete"

# ---------------------------------------------------------------------------
DEST = {
    "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "vmbo kaderberoepsgerichte leerweg",
           "vmbo-gl/tl, mogelijk met doorstroom naar havo"],
    "sbo": ["praktijkonderwijs", "vmbo basisberoepsgerichte leerweg met lwoo", "vmbo kaderberoepsgerichte leerweg"],
    "so": ["vso, uitstroomprofiel vervolgonderwijs (vmbo-kader)", "regulier vmbo-tl met extra ondersteuning",
           "vso, profiel arbeidsmarktgericht"],
    "vo": ["vmbo-tl diploma, daarna mbo niveau 4", "havo-diploma", "vmbo-kader diploma, daarna mbo niveau 3"],
    "pro": ["arbeid: betaald werk in de groenvoorziening, met entree-certificaat",
            "arbeid: werk in de logistiek (magazijn), na branchecertificaat heftruck en entreeopleiding",
            "arbeid: werk in de zorg en facilitaire dienst (schoonmaak/catering)"],
    "vso": ["profiel arbeidsmarktgericht: werk in een bedrijfskeuken (horeca), eventueel met loonkostensubsidie",
            "profiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij",
            "profiel vervolgonderwijs: mbo niveau 2 (Dienstverlening)"],
}
DEST_OPTS = {
    "po": ["praktijkonderwijs", "vmbo bb/kb (met lwoo)", "vmbo-gl/tl", "havo", "vwo"],
    "sbo": ["praktijkonderwijs", "vmbo bb/kb (met lwoo)", "vmbo-gl/tl", "havo/vwo", "vso"],
    "so": ["vso", "praktijkonderwijs", "vmbo", "havo/vwo"],
    "vo": ["vmbo-bb", "vmbo-kb", "vmbo-tl", "havo", "vwo"],
    "pro": ["arbeid", "entree/mbo 1", "dagbesteding"],
    "vso": ["vervolgonderwijs", "arbeidsmarktgericht", "dagbesteding"],
}
DEST_TICK = {"po": [1, 1, 2], "sbo": [0, 1, 1], "so": [0, 2, 0], "vo": [2, 3, 1], "pro": [0, 0, 0], "vso": [1, 2, 0]}

BELEM = ["trage verwerkingssnelheid; {hij} heeft meer tijd nodig om nieuwe stof eigen te maken",
         "moeite met plannen en organiseren van {zijn} werk",
         "snel overprikkeld in drukke situaties (gang, overblijven, gymzaal)",
         "faalangst bij toetsen; klapt dicht als {hij} denkt het niet te kunnen",
         "zwak werkgeheugen; lange instructies onthoudt {hij} maar half",
         "ernstige leesproblemen (dyslexieverklaring)",
         "wisselende concentratie, vooral in de middag",
         "onrustige thuissituatie door verhuizing en scheiding van ouders"]
BEVOR = ["{naam} is gemotiveerd en wil graag laten zien wat {hij} kan",
         "sterk in praktisch en visueel leren; leert goed door te doen",
         "goede band met de leerkracht en vaste onderwijsassistent",
         "ouders zijn betrokken en oefenen thuis mee",
         "sociaal vaardig: {hij} helpt klasgenoten graag",
         "goed mondeling taalbegrip en een grote woordenschat",
         "sportief; voetbal geeft structuur en zelfvertrouwen",
         "reageert goed op duidelijke afspraken en een vaste dagplanning"]
BEHOEFTE = ["een korte, stapsgewijze instructie met een visueel voorbeeld",
            "een voorspelbare dag: dagplanning op tafel en vooraf weten wat er verandert",
            "extra verwerkingstijd en minder opgaven per blad",
            "een rustige werkplek met een koptelefoon bij zelfstandig werken",
            "een vast aanspreekpunt bij wie {hij} terecht kan als het te veel wordt",
            "complimenten op inzet en aanpak, niet alleen op resultaat",
            "voorlezen van toetsen en gebruik van spraaksoftware",
            "duidelijke afspraken over pauzes, met een time-out plek in de klas"]

def fmt(s, c): return s.format(hij=c.hij, zijn=c.zijn, hem=c.hem, naam=c.name, Hij=c.Hij)

def pick(c, pool, k, salt):
    r = random.Random(c.spec["seed"] * 31 + salt)
    return [fmt(x, c) for x in r.sample(pool, k)]

INSTR = {
    "uitstroombestemming": "[Vul hier de verwachte uitstroombestemming in. Kies uit de opties van het samenwerkingsverband.]",
    "onderbouwing": "[Onderbouw de uitstroombestemming met toetsgegevens, onderzoeksgegevens en de schoolloopbaan.]",
    "belemmerende_factoren": "[Beschrijf hier de belemmerende factoren op het gebied van leren, gedrag en omgeving.]",
    "bevorderende_factoren": "Hier beschrijft u de bevorderende factoren (kansen, sterke kanten) van de leerling.",
    "ondersteuningsbehoefte": "<Formuleer de onderwijsbehoeften in termen van: deze leerling heeft ... nodig>",
    "ondersteuning": "[Beschrijf per interventie: wat, door wie, hoe vaak en vanaf wanneer.]",
    "afwijkingen_onderwijsprogramma": "[Geef aan of de leerling afwijkt van het onderwijsprogramma; zo ja, beschrijf hoe.]",
    "doelen": "[Noteer hier de doelen voor de komende periode (SMART).]",
    "adviezen_professionals": "[Noem de adviezen van externe deskundigen en wat de school ermee doet.]",
    "oogo": "[Datum en deelnemers van het op overeenstemming gericht overleg invullen.]",
    "inbreng_leerling": "[Beschrijf de inbreng van de leerling en wat daarmee is gedaan.]",
    "evaluatie": "[Vul hier de evaluatiemomenten in.]",
    "informatie_rechten": "[Tekst over rechten van ouders toevoegen]",
    "vaststelling": "[datum vaststelling en naam directeur]",
}

def gap_blocks(el, c):
    """Blocks for an incomplete element of a generic kind, or None if the element has a special kind."""
    g = c.gaps.get(el)
    if g == "empty":
        return []
    if g == "placeholder":
        lab = {"vaststelling": f"Datum vaststelling: {c.placeholder}   Door: {c.placeholder}",
               "oogo": f"Besproken met ouders op: {c.placeholder}",
               "evaluatie": f"Evaluatiemoment(en): {c.placeholder}"}
        return [("p", lab.get(el, c.placeholder))]
    if g == "instruction":
        return [("p", INSTR[el])]
    if g == "refer":
        return [("p", {"onderbouwing": "Zie bijlage 2 (onderzoeksverslag en LVS-overzicht).",
                       "adviezen_professionals": "Zie verslag van de orthopedagoog in het dossier.",
                       "doelen": "De nieuwe doelen staan in het groeidocument (zie bijlage).",
                       "informatie_rechten": "Voor informatie over bezwaar en klachten verwijzen wij naar de schoolgids.",
                       }.get(el, "Zie bijlage."))]
    return None

def present(el, c, style="narr"):
    """Blocks for an element; applies gaps. style: narr | bullet | eng"""
    gb = gap_blocks(el, c)
    if gb is not None:
        return gb
    g = c.gaps.get(el)
    n, T = c.name, c.type
    bul = style in ("bullet",)
    if el == "uitstroombestemming":
        d = DEST[T][c.dest_i]
        if style == "eng":
            return [("p", f"Expected exit profile / uitstroombestemming: {d}.")]
        return [("p", f"{d[0].upper() + d[1:]}." if bul else f"Wij verwachten dat {n} uitstroomt naar: {d}.")]
    if el == "onderbouwing":
        s = {"po": f"Uit het intelligentieonderzoek (WISC-V, {dlong(c.report_date)}) komt een totaal IQ van 84, met een sterkere verbale dan performale kant. De LVS-toetsen laten bij rekenen en begrijpend lezen een achterstand van ongeveer een jaar zien, met een stabiele groei sinds groep 4. {n} heeft groep 3 gedaan in twee jaar.",
             "sbo": f"{n} zit sinds groep 5 op het sbo. Het psychologisch onderzoek ({dlong(c.report_date)}) geeft een TIQ van 76. De didactische leeftijdsequivalenten liggen voor rekenen en lezen rond eind groep 4/begin groep 5 en de leerrendementen over de laatste twee jaar liggen rond 50%.",
             "so": f"Het onderzoek van de commissie voor de begeleiding en het psychodiagnostisch onderzoek ({dlong(c.report_date)}) laten een gemiddelde intelligentie zien (TIQ 98) met forse problemen in de regulatie van emoties. De leervorderingen liggen op niveau van de groep; de belemmering zit in gedrag en werkhouding.",
             "vo": f"De rapportcijfers van leerjaar 1 en 2 liggen voor de kernvakken tussen 5,8 en 7,1. De methode-onafhankelijke toets (najaar) plaatst {n} op het niveau van de gekozen leerweg. De mentor en het docententeam zien groei in zelfstandigheid.",
             "pro": f"{n} heeft een TIQ van 68 (onderzoek {dlong(c.report_date)}) en een leerachterstand van meer dan drie jaar. In de interne stages (kantine, groen) laat {n} zien dat {c.hij} goed werkt met vaste taken; de stagebeoordeling van de praktijkbegeleider is positief.",
             "vso": f"Het onderzoek ({dlong(c.report_date)}), de CvB-gegevens en de stage-ervaringen van de laatste twee jaar laten zien dat {n} het beste functioneert in een praktische omgeving met vaste begeleiding. De arbeidscompetenties (op tijd komen, taken afmaken) zijn voldoende ontwikkeld."}[T]
        if style == "eng":
            s = f"Based on the data: methode-onafhankelijke toets (najaar) op niveau, rapportcijfers 5,8-7,1 for core subjects, and the learning profile from the psychological assessment ({dlong(c.report_date)}). Growth mindset is clearly there; executive functioning is the bottleneck."
        return [("p", s)]
    if el == "belemmerende_factoren":
        items = pick(c, BELEM, 3, 1)
        return [("ul", items)] if bul or style == "eng" else [("p", f"{n} heeft last van: " + "; ".join(items) + ".")]
    if el == "bevorderende_factoren":
        items = pick(c, BEVOR, 3, 2)
        return [("ul", items)] if bul or style == "eng" else [("p", "Wat helpt: " + "; ".join(items) + ".")]
    if el == "ondersteuningsbehoefte":
        items = pick(c, BEHOEFTE, 3, 3)
        if style == "eng":
            return [("ul", ["Needs: " + i for i in items])]
        return [("ul", items)] if bul else [("p", f"{n} heeft nodig: " + "; ".join(items) + ".")]
    if el == "ondersteuning":
        start = dlong(c.date + dt.timedelta(days=7))
        rows = [f"Pre-teaching rekenen door onderwijsassistent {c.ab}, 3x per week 20 minuten in de kleine groep, vanaf {start}.",
                f"Wekelijks kort gesprek (10 min) met {c.ib if T in ('po','sbo','so') else 'de mentor'} over hoe de week ging, op maandag.",
                f"Ambulant begeleider van het samenwerkingsverband: 1x per twee weken observatie en coaching van de leerkracht, tot de zomervakantie."]
        if T == "vo":
            rows[0] = f"Steunles wiskunde en Nederlands door {c.ab}, 2x per week een lesuur, vanaf {start}."
        if T in ("pro", "vso"):
            rows[0] = f"Stagebegeleiding door praktijkdocent {c.ab}: wekelijks stagebezoek of belmoment, vanaf {start}."
        if g == "nvt_wrong":
            rows.append(f"Tot de kerstvakantie heeft {n} een verkort rooster: dagelijks tot 12.00 uur, daarna stapsgewijs opbouwen.")
        return [("ul", rows)]
    if el == "afwijkingen_onderwijsprogramma":
        if g == "nvt_wrong":
            return [("p", "n.v.t.")]
        if c.spec.get("afw") == "none":
            return [("p", f"Er zijn geen afwijkingen van het onderwijsprogramma; {n} volgt het reguliere programma van {c.groep}.")]
        s = {"po": f"{n} volgt voor rekenen een eigen leerlijn (leerroute 3, richting eindniveau 1F). Voor de andere vakken volgt {c.hij} het programma van de groep.",
             "sbo": f"Voor begrijpend lezen en rekenen werkt {n} met een eigen leerlijn op niveau eind groep 5; {c.hij} doet niet mee aan de methodetoetsen van de groep voor deze vakken.",
             "so": f"{n} heeft een aangepast rooster: op woensdag en vrijdag tot 12.00 uur (totaal 20 uur per week). Dit is afgestemd met de leerplichtambtenaar.",
             "vo": f"{n} is vrijgesteld van Duits; in die lesuren volgt {c.hij} extra Nederlands in het steunuur.",
             "pro": f"{n} loopt in plaats van het lesprogramma op donderdag en vrijdag een externe stage (16 uur per week).",
             "vso": f"{n} gaat 3 dagen naar school en loopt 2 dagen stage; het lesprogramma is hierop aangepast."}[T]
        return [("p", s)]
    if el == "doelen":
        e = dlong(c.goal_end)
        gl = {"po": [f"Eind {MONTHS[c.goal_end.month-1]} {c.goal_end.year} leest {n} een tekst op AVI-niveau E5 vlot en foutloos (minder dan 3 fouten).",
                     f"Op {e} maakt {n} sommen tot 100 met tientaloverschrijding met 80% goed.",
                     f"{n} vraagt zelf om hulp met de hulpkaart; de leerkracht ziet dit minimaal 3x per week (turflijst)."],
              "sbo": [f"Voor {e} beheerst {n} de tafels van 1 t/m 5 (geautomatiseerd, 90% goed binnen 3 seconden).",
                      f"{n} leest een tekst op AVI-M5 met voldoende tempo (toets in {MONTHS[c.goal_end.month-1]}).",
                      f"{n} gebruikt de time-out plek zelfstandig als het te druk wordt; maximaal 1 incident per week."],
              "so": [f"Voor {e} benoemt {n} bij oplopende spanning zelf wat {c.hij} voelt en gebruikt {c.hij} de afgesproken stappen (in 4 van de 5 situaties).",
                     f"{n} werkt 20 minuten zelfstandig aan een taak zonder de klas te verlaten.",
                     f"{n} rondt blok 4 van de rekenmethode af met een voldoende."],
              "vo": [f"Voor {e} heeft {n} alle praktische opdrachten op tijd ingeleverd (planner wekelijks gecontroleerd door mentor).",
                     f"{n} haalt voor Nederlands en wiskunde gemiddeld minimaal een 6,0 op het volgende rapport.",
                     f"{n} gebruikt in toetsweek de rustige toetsruimte en maakt een eigen leerplanning (vóór de toetsweek met mentor besproken)."],
              "pro": [f"Voor {e} komt {n} op stage altijd op tijd (maximaal 1 keer te laat per maand).",
                      f"{n} behaalt het branchecertificaat Schoonmaak of Groen (examen in {MONTHS[c.goal_end.month-1]}).",
                      f"{n} kan zelf een werkbriefje invullen en het aan de praktijkbegeleider laten aftekenen."],
              "vso": [f"Voor {e} reist {n} zelfstandig met het openbaar vervoer naar de stageplek.",
                      f"{n} werkt 4 uur achter elkaar op de stageplek met 1 pauze, zonder extra begeleiding.",
                      f"{n} vraagt op de stage zelf om uitleg als een taak niet duidelijk is (beoordeling stagebegeleider)."]}[T]
        if style == "eng":
            gl = [x + " (SMART)" for x in gl]
        return [("ul", gl)]
    if el == "adviezen_professionals":
        if T in ("so", "vso"):
            s = f"Advies commissie voor de begeleiding ({dlong(c.report_date)}): de CvB adviseert een vaste begeleider per dagdeel, een prikkelarme werkplek en inzet van de schoolmaatschappelijk werker in de thuissituatie. De school volgt dit advies: elk dagdeel is een vaste begeleider ingeroosterd en de schoolmaatschappelijk werker heeft het contact met ouders opgepakt."
        else:
            who = random.Random(c.spec['seed']).choice(["orthopedagoog", "GZ-psycholoog", "logopedist", "kinderfysiotherapeut"])
            s = f"De {who} ({c.expert}, verslag van {dlong(c.report_date)}) adviseert: korte instructies met visuele ondersteuning, extra verwerkingstijd en een wekelijks vast contactmoment. De school neemt deze adviezen over in het handelingsdeel (zie de ondersteuning hierboven)."
        if style == "eng":
            s = f"Advice from the {('commissie voor de begeleiding' if T in ('so','vso') else 'orthopedagoog')} ({c.expert}, {dlong(c.report_date)}): chunk the tasks, use a weekly planner, give extended time. We implement this via the mentor check-in and extra tijd bij toetsen."
        return [("p", s)]
    if el == "oogo":
        who = f"{n}" if (c.adult and not c.curatele) else (f"{c.curator} en {c.parents_txt}" if c.curatele else c.parents_txt)
        s = f"Het ontwikkelingsperspectief is op {dlong(c.oogo_date)} besproken met {who}, {c.teacher if T in ('po','sbo','so') else 'de mentor (' + c.teacher + ')'} en {c.ib} (op overeenstemming gericht overleg). " + ("Opmerkingen over de stage en het rooster zijn in deze versie verwerkt." if T in ("pro", "vso") else "Opmerkingen over het huiswerk en de hulp thuis zijn in deze versie verwerkt.")
        if style == "eng":
            s = f"OOGO (overleg met ouders) held on {dlong(c.oogo_date)} with {who}, mentor {c.teacher} and zorgcoördinator {c.ib}. Parents' feedback on homework load has been processed in this version."
        return [("p", s)]
    if el == "inbreng_leerling":
        view = {"po": f"{n} vertelde in het kindgesprek ({dlong(c.talk_date)}) dat {c.hij} rekenen in de grote groep lastig vindt en liever in het groepje met de onderwijsassistent werkt.",
                "sbo": f"In het gesprek op {dlong(c.talk_date)} zei {n} dat {c.hij} het lawaai tijdens het zelfstandig werken vervelend vindt.",
                "so": f"{n} gaf op {dlong(c.talk_date)} aan dat {c.hij} zelf wil kunnen kiezen wanneer {c.hij} naar de time-out plek gaat.",
                "vo": f"{n} gaf in het mentorgesprek ({dlong(c.talk_date)}) aan dat {c.hij} vooral last heeft van het plannen van huiswerk en liever een papieren planner heeft dan de app.",
                "pro": f"{n} zegt ({dlong(c.talk_date)}) dat {c.hij} graag buiten werkt en niet in de keuken wil.",
                "vso": f"{n} heeft op {dlong(c.talk_date)} verteld dat {c.hij} later met dieren wil werken en het reizen naar de stage spannend vindt."}[T]
        eff = {"po": f" Daarom krijgt {n} de pre-teaching in het groepje en is dit als doel opgenomen.",
               "sbo": f" Daarom is een koptelefoon en een vaste plek aan de stiltetafel afgesproken (zie ondersteuning).",
               "so": f" Dit is overgenomen: {n} mag zelf een time-out kaart gebruiken, zie doel 1.",
               "vo": f" We hebben daarom gekozen voor een papieren planner die de mentor wekelijks met {c.hem} doorneemt.",
               "pro": f" De stage is daarom gezocht in de groenvoorziening.",
               "vso": f" Daarom oefent {n} eerst de reis met een begeleider (zie doel 1) en zoeken we een stageplek waar ook met dieren gewerkt wordt."}[T]
        if style == "eng":
            eff = " We took this on board: dat is de reden voor de wekelijkse check-in."
        if g == "no_effect":
            return [("p", view)]
        return [("p", view + eff)]
    if el == "evaluatie":
        who = n if (c.adult and not c.curatele) else (f"ouders en {n}" if not c.old else "ouders")
        if g == "vague":
            return [("p", random.Random(c.spec['seed']).choice(["Het plan wordt periodiek geëvalueerd.", "Evaluatie vindt plaats wanneer dat nodig is.", "We evalueren regelmatig."]))]
        s = f"Wij evalueren dit plan met {who} in {MONTHS[c.ev1.month-1]} {c.ev1.year} (tussenevaluatie van de doelen) en in {MONTHS[c.ev2.month-1]} {c.ev2.year} (jaarevaluatie, bijstelling van het ontwikkelingsperspectief)."
        if style == "eng":
            s = f"Review: {MONTHS[c.ev1.month-1]} {c.ev1.year} (mid-term) and {MONTHS[c.ev2.month-1]} {c.ev2.year} (annual review), each time met {who}."
        return [("p", s)]
    if el == "informatie_rechten":
        wie = "Je hebt" if (c.adult and not c.curatele) else "U heeft"
        s = (f"{wie} instemmingsrecht op het handelingsdeel van dit plan. Zonder instemming voert de school dit deel niet uit. "
             f"Bent {'je' if wie.startswith('Je') else 'u'} het niet eens, bespreek dit dan eerst met de school. {'Je' if wie.startswith('Je') else 'U'} kunt ook advies vragen bij het Ouder- en Jeugdsteunpunt van {c.swv} of een onderwijsconsulent. "
             f"Binnen zes weken na vaststelling kan een geschil over het ontwikkelingsperspectief worden voorgelegd aan de Geschillencommissie passend onderwijs.")
        return [("p", s)]
    if el == "vaststelling":
        if g == "nodate":
            return [("p", f"Vastgesteld door {c.director}, directeur {c.school}. Datum: ")]
        return [("p", f"Vastgesteld op {dlong(c.date)} door {c.director}, directeur.")]
    raise KeyError(el)

def flat(blocks):
    out = []
    for b in blocks:
        if b[0] == "p": out.append(b[1])
        elif b[0] == "ul": out.extend("- " + x for x in b[1])
        elif b[0] == "kv": out.append(f"{b[1]}: {b[2]}")
    return "\n".join(out)

# ------------------------- consent -------------------------------------------
def consent_blocks(c, form="table"):
    """Returns blocks for the consent part; empty list if the gap is 'missing'."""
    g = c.gaps.get("instemming_ouders", "ok")
    sd = dshort(c.sign_date)
    n = c.name
    if g == "missing":
        return []
    if g == "avg_only":
        return [("h", 2, "Toestemming gegevensuitwisseling (AVG)"),
                ("p", f"Ouders geven toestemming om gegevens van {n} te delen met het samenwerkingsverband en de jeugdarts."),
                ("ticks", [("ja", True), ("nee", False)]),
                ("table", ["Naam", "Handtekening", "Datum"], [[c.parent1, "@SIG:" + c.parent1, "@HD:" + sd]]),
                ("h", 2, "Toestemming beeldmateriaal"),
                ("ticks", [("Foto's op de website", False), ("Foto's in de schoolgids", True)])]
    adult = c.adult and not c.curatele
    stmt = ("Ik ga akkoord met het handelingsdeel van dit ontwikkelingsperspectiefplan." if adult else
            "Ouders/verzorgers verklaren dat het ontwikkelingsperspectief met hen is besproken en gaan akkoord met het handelingsdeel.")
    rows = []
    who1 = (f"Leerling ({n} {c.surname})" if adult else ("Curator" if c.curatele else "Ouder/verzorger 1"))
    name1 = (f"{n} {c.surname}" if adult else (c.curator if c.curatele else c.parent1))
    sig1, d1 = "@SIG:" + name1, "@HD:" + sd
    remarks = ""
    ticks = [("akkoord met het handelingsdeel", True), ("niet akkoord", False)]
    if form == "gezien":
        ticks = [("voor gezien", False), ("akkoord met het handelingsdeel", True), ("niet akkoord", False)]
    if g == "gezien":
        if form == "gezien":
            ticks = [("voor gezien", True), ("akkoord met het handelingsdeel", False), ("niet akkoord", False)]
        else:
            ticks = [("akkoord met het handelingsdeel", False), ("niet akkoord", False)]
            sig1 = "voor gezien @SIG:" + name1
    elif g == "protest":
        remarks = "Wij tekenen onder protest. Wij vinden dat er meer uren begeleiding nodig zijn dan de school nu biedt."
    elif g == "refused":
        ticks = [(l, l.startswith("niet")) for l, _ in ticks]
        remarks = ("Ik wil geen vijf dagen stage; ik ben het niet eens met het rooster." if adult else
                   "Wij zijn het niet eens met het verkorte rooster.")
    elif g == "partial":
        ticks = [("akkoord met het handelingsdeel", False), ("gedeeltelijk akkoord (zie opmerkingen)", True), ("niet akkoord", False)]
        remarks = "Akkoord met de begeleiding, niet akkoord met de eigen leerlijn voor rekenen."
    elif g == "blank":
        ticks = [(l, False) for l, _ in ticks]
        sig1, d1 = "", ""
    elif g == "unticked":
        ticks = [(l, False) for l, _ in ticks]
    elif g == "nodate":
        d1 = ""
    elif g == "school_only":
        sig1, d1 = "", ""
    rows.append([who1, name1, sig1, d1])
    if c.curatele:
        pupil_sig = "@SIG:" + n
        rows = [["Curator", c.curator, "" if g == "curatele_pupil" else "@SIG:" + c.curator, "" if g == "curatele_pupil" else "@HD:" + sd],
                [f"Leerling ({n} {c.surname})", f"{n} {c.surname}", pupil_sig, "@HD:" + sd]]
    elif (not adult) and c.parent2:
        if g in ("ok", "gezien", "protest", "refused", "partial", "unticked", "nodate"):
            rows.append(["Ouder/verzorger 2", c.parent2, sig1.replace(name1, c.parent2), d1])
        else:
            rows.append(["Ouder/verzorger 2", c.parent2, "", ""])
    school_sig = "" if g == "blank" else "@SIG:" + c.director
    school_d = "" if g == "blank" else "@HD:" + sd
    rows.append(["Namens de school (directeur)", c.director, school_sig, school_d])
    out = []
    if form == "portal":
        if g == "ok":
            out.append(("p", f"Instemming handelingsdeel: akkoord gegeven via het ouderportaal door {c.parent1} op {sd}."))
        elif g == "gezien":
            out.append(("p", f"Status in ouderportaal: gezien door {c.parent1} op {sd}. Instemming: nog niet gegeven."))
        else:
            out.append(("p", f"Instemming handelingsdeel: {'nog niet ontvangen' if g in ('blank','school_only','unticked') else g}."))
        return out
    out.append(("p", stmt))
    out.append(("ticks", ticks))
    out.append(("table", ["Rol", "Naam", "Handtekening", "Datum"], rows))
    out.append(("kv", "Opmerkingen ouders" if not adult else "Opmerkingen leerling", remarks or "geen"))
    return out
