# -*- coding: utf-8 -*-
"""Content for the blind OPP set: pupil context, element texts per variant, consent and OOGO blocks.
All names, schools and places are invented. Deterministic: every random choice comes from a
random.Random seeded with the document id."""
import random, datetime as dt, os

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
HOORRECHT = dt.date(2025, 8, 1)

FIRST_M = ["Daan", "Milan", "Sem", "Yusuf", "Thijs", "Bram", "Noah", "Jayden", "Rayan", "Luuk", "Mees", "Ilias",
           "Ruben", "Stijn", "Kofi", "Tobias", "Jesse", "Finn", "Adam", "Wout"]
FIRST_F = ["Lotte", "Sara", "Noor", "Fenna", "Yara", "Lina", "Isa", "Mila", "Zeynep", "Tess", "Evi", "Amira",
           "Roos", "Jasmijn", "Nova", "Femke", "Liv", "Hiba", "Sanne", "Maud"]
LAST = ["Verhoeckx", "de Wilde", "Bouwmeester", "El Idrissi", "van Heukelom", "Pruijs", "Kramers", "Tjoa",
        "Oudewater", "Demir", "van der Stoep", "Hofkamp", "Brakel", "Nijenhuis", "Mulderink", "Sprenkels",
        "van Aalst", "Okafor", "Terpstra", "Vlaskamp", "Groeneveld", "Aydın", "Zwanenburg", "Kuipers-Lam"]
STAFF = ["mw. J. Roozendaal", "dhr. P. Versteegh", "mw. A. Benali", "dhr. K. Hoogendoorn", "mw. S. van Dijkhuis",
         "mw. R. Tamminga", "dhr. M. Oosterhof", "mw. L. Çelik", "dhr. W. de Graauw", "mw. H. Schutte",
         "mw. E. Brandsma", "dhr. T. Lagerwerf", "mw. D. Koornstra", "dhr. F. Vermaat"]
PLACES = ["Oosterbrug", "Haalderveen", "Marklo", "Ravensteyn", "Ederveld", "Zuidhaven", "Lindewijk", "Bredeloo",
          "Westerkamp", "Nieuw-Akkerdam", "Holtersum", "Vennemuiden"]
SCHOOLS = {
    "po": ["OBS De Wilgenhoek", "CBS Het Kompas", "Basisschool De Zonnewijzer", "IKC De Klimboom", "RKBS Sint Aldegonde",
           "OBS Het Vlot", "CBS De Regenboog-Noord"],
    "sbo": ["SBO De Vlonder", "SBO Het Baken", "SBO De Piramide-Zuid", "Speciale basisschool De Kering"],
    "so": ["SO De Kraanvogel", "SO De Lindenhof (cluster 4)", "SO Het Palet", "Mytylschool De Ruimte (SO)"],
    "vo": ["Veluwerand College", "Scholengemeenschap Het Hooghe Land-Oost", "Maaswaard Lyceum", "Het Noorderlicht College"],
    "pro": ["Praktijkschool Het Ambacht", "Praktijkcollege De Werkplaats", "PrO Vennemuiden"],
    "vso": ["VSO De Brug-Noord", "VSO Het Anker", "VSO De Lindenhof", "Mytylschool De Ruimte (VSO)"],
}
SWV = {"po": "Samenwerkingsverband Passend Primair Onderwijs Lindeveld (PO 29-11)",
       "sbo": "Samenwerkingsverband Passend Primair Onderwijs Lindeveld (PO 29-11)",
       "so": "Samenwerkingsverband PO Rivierenzoom",
       "vo": "Samenwerkingsverband VO Westmaas-Oost (VO 30-14)",
       "pro": "Samenwerkingsverband VO Westmaas-Oost (VO 30-14)",
       "vso": "Samenwerkingsverband VO De Hoge Akkers"}


def d2s(d):
    return d.strftime("%d-%m-%Y")


def d2long(d):
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"][d.month - 1]
    return "%d %s %d" % (d.day, m, d.year)


class Ctx:
    """Everything about one pupil and one plan."""

    def __init__(self, spec):
        r = random.Random("ctx-" + spec["id"])
        self.r = r
        self.spec = spec
        self.type = spec["type"]
        self.male = r.random() < 0.55
        self.first = r.choice(FIRST_M if self.male else FIRST_F)
        self.last = r.choice(LAST)
        self.hij = "hij" if self.male else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if self.male else "haar"
        self.Zijn = self.zijn.capitalize()
        self.hem = "hem" if self.male else "haar"
        self.date = dt.date.fromisoformat(spec["date"])  # plan set (vaststelling)
        t = self.type
        age = {"po": r.randint(8, 11), "sbo": r.randint(8, 12), "so": r.randint(7, 11), "vo": r.randint(13, 15),
               "pro": r.randint(13, 16), "vso": r.randint(14, 17)}.get(t, 10)
        if spec.get("adult") or spec.get("curatele"):
            age = r.randint(18, 19)
        self.age = age
        self.dob = dt.date(self.date.year - age - (1 if self.date.month < 6 else 0), r.randint(1, 12), r.randint(1, 28))
        self.school = spec.get("school") or r.choice(SCHOOLS.get(t, SCHOOLS["po"]))
        self.place = r.choice(PLACES)
        self.swv = SWV.get(t, SWV["po"])
        staff = r.sample(STAFF, 6)
        self.mentor, self.ib, self.dir, self.ortho, self.extra, self.cvbchair = staff
        if t in ("po", "sbo", "so"):
            self.groep = "groep %d" % max(3, min(8, age - 4))
            self.mentor_role = "leerkracht"
            self.ib_role = "intern begeleider"
        else:
            self.groep = {"vo": "klas %d" % (age - 11), "pro": "leerjaar %d" % max(1, age - 11),
                          "vso": "VSO-groep %s" % r.choice(["B2", "C1", "Uitstroom 2", "Arbeid 3"])}.get(t, "klas 2")
            self.mentor_role = "mentor"
            self.ib_role = "zorgcoördinator" if t in ("vo", "pro") else "intern begeleider"
        if self.type in ("so", "vso") and spec.get("adult") is None and spec.get("curatele") is None and self.age >= 18:
            self.age = 17
        pm = r.choice(["mw.", "mw."]) + " " + r.choice("ACDEHIMNSY") + ". " + (self.last if r.random() < 0.7 else r.choice(LAST))
        pv = "dhr. " + r.choice("BGJKMPRTW") + ". " + self.last
        self.moeder, self.vader = pm, pv
        self.oogo_date = self.date - dt.timedelta(days=r.randint(8, 20))
        self.sig_date = self.date + dt.timedelta(days=r.randint(2, 12))
        self.sig_date2 = self.sig_date + dt.timedelta(days=r.randint(1, 9))
        self.pupil_talk = self.oogo_date - dt.timedelta(days=r.randint(2, 9))
        self.eval1 = self.date + dt.timedelta(days=r.randint(95, 130))
        self.eval2 = self.date + dt.timedelta(days=r.randint(230, 260))
        self.post = self.date >= HOORRECHT
        self.revised = dt.date.fromisoformat(spec["revised"]) if spec.get("revised") else None
        if self.revised:
            self.oogo_date = self.revised - dt.timedelta(days=9)
            self.sig_date = self.revised + dt.timedelta(days=4)
            self.sig_date2 = self.revised + dt.timedelta(days=6)
            self.eval1 = self.revised + dt.timedelta(days=110)
            self.eval2 = self.revised + dt.timedelta(days=200)
            self.post = True
        self.schoolyear = "%d-%d" % ((self.date.year, self.date.year + 1) if self.date.month >= 8 else (self.date.year - 1, self.date.year))

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)


# ---------------------------------------------------------------- element texts (present)

def uitstroom_present(c):
    t = c.type
    r = random.Random("uit-" + c.spec["id"])
    if t == "po":
        return r.choice(["vmbo kaderberoepsgerichte leerweg (vmbo-k), mogelijk met leerwegondersteuning (LWOO)",
                         "vmbo gemengde/theoretische leerweg (vmbo-gt)", "vmbo basisberoepsgerichte leerweg met LWOO",
                         "praktijkonderwijs"])
    if t == "sbo":
        return r.choice(["vmbo-basis/kader met leerwegondersteuning", "praktijkonderwijs", "vmbo basisberoepsgerichte leerweg"])
    if t == "so":
        return r.choice(["vso, uitstroomprofiel vervolgonderwijs (richting vmbo-basis/kader)",
                         "vso, uitstroomprofiel arbeidsmarktgericht", "regulier vmbo-basis met LWOO, met ondersteuning vanuit het SWV"])
    if t == "vo":
        return r.choice(["vmbo-kader diploma (profiel Zorg en welzijn); daarna mbo niveau 3",
                         "vmbo-gt diploma; daarna mbo niveau 4 (ICT)", "havo-diploma; doorstroom naar hbo",
                         "vmbo-basis diploma (profiel Bouwen, wonen en interieur); daarna mbo niveau 2 BBL"])
    if t == "pro":
        return r.choice(["Arbeid: betaald werk als medewerker groenvoorziening, met branchecertificaat Hovenier",
                         "Vervolgonderwijs: mbo Entree (niveau 1), daarna werk in de logistiek",
                         "Arbeid: werk in de horeca (keukenmedewerker) met praktijkverklaring en branchecertificaat"])
    return ""


VSO_PROFILES = ["Vervolgonderwijs", "Arbeidsmarktgericht", "Dagbesteding"]


def vso_profile(c):
    r = random.Random("prof-" + c.spec["id"])
    i = c.spec.get("profile", r.choice([0, 1, 1, 2]))
    det = ["mbo niveau 2 (Entree/logistiek), met begeleiding vanuit het mbo-steunpunt",
           "werk in de groenvoorziening bij een sociale onderneming, met jobcoach",
           "arbeidsmatige dagbesteding (zorgboerderij), 4 dagdelen per week"][i]
    return i, det


def onderbouwing_present(c):
    t = c.type
    if t in ("po", "sbo", "so"):
        return ("%s volgt sinds %s een eigen leerlijn voor rekenen. Uit het leerlingvolgsysteem (Cito/IEP, %s) blijkt "
                "een stabiele groei van gemiddeld 0,6 DLE per schooljaar voor begrijpend lezen en 0,5 DLE voor rekenen. "
                "Het psychologisch onderzoek (WISC-V, %s) geeft een TIQ van 82 met een zwakker werkgeheugen (index 74). "
                "Op basis van de leerrendementen (LR rekenen 55%%, technisch lezen 80%%) en de onderzoeksgegevens verwachten "
                "wij een eindniveau rond 1F voor rekenen en 1F/2F voor lezen, passend bij de genoemde uitstroombestemming."
                % (c.first, "groep 5" if c.type != "so" else "de instroom", d2s(c.date - dt.timedelta(days=40)),
                   d2s(c.date - dt.timedelta(days=300))))
    if t == "vso":
        return ("%s heeft in de stage (schoolstage keuken, 2 dagdelen) laten zien dat %s eenvoudige taken zelfstandig kan "
                "uitvoeren als de taak vooraf is voorgedaan. Het intelligentieonderzoek (WAIS-IV, %s) geeft een TIQ van 68; "
                "de leerresultaten liggen op referentieniveau 1F-. Uit de stage-evaluatie en het overleg met de "
                "arbeidstoeleider blijkt dat dit profiel het best past." % (c.first, c.hij, d2s(c.date - dt.timedelta(days=380))))
    u = uitstroom_present(c)
    adv = ("havo" if u.startswith("havo") else "vmbo-gt" if "vmbo-gt" in u else "vmbo-kader" if "kader" in u
           else "vmbo-basis" if "basis" in u else "praktijkonderwijs")
    return ("Het schooladvies van de basisschool was %s. De resultaten in de afgelopen leerjaren (rapportcijfers, Cito VAS/"
            "Diataal %s) liggen stabiel op dit niveau; voor Nederlands en Engels scoort %s onder het klasgemiddelde, "
            "voor de praktijkvakken ruim voldoende. De ontwikkeling op werkhouding en zelfstandigheid is positief. "
            "Daarom handhaven wij het verwachte uitstroomniveau." % (adv, d2s(c.date - dt.timedelta(days=60)), c.first))


def belem_present(c):
    return ["Zwak werkgeheugen: kan meerdere instructiestappen tegelijk niet onthouden",
            "Snel afgeleid in drukke situaties (wisselingen, pauzes)",
            "Faalangst bij toetsen; blokkeert bij tijdsdruk",
            "Wisselende schoolaanwezigheid in het vorige schooljaar (%d dagen verzuim)" % random.Random(c.spec["id"]).randint(12, 30)]


def bevord_present(c):
    return ["%s is gemotiveerd en wil graag laten zien wat %s kan" % (c.first, c.hij),
            "Goede band met de %s; vraagt om hulp als %s zich veilig voelt" % (c.mentor_role, c.hij),
            "Praktisch sterk: leert goed door doen en voordoen",
            "Betrokken ouders die thuis meewerken aan de afspraken"]


def behoefte_present(c):
    return ("%s heeft nodig: korte instructie in kleine stappen met een visueel stappenplan; een vaste plek aan de "
            "instructietafel; vooraf weten wat er die dag gebeurt (dagplanning op tafel); extra tijd bij toetsen (25%%) "
            "en een rustige toetsruimte; een vast aanspreekpunt (%s %s) bij wie %s terecht kan." % (
                c.first, c.mentor_role, c.mentor, c.hij))


def ondersteuning_present(c):
    start = d2s(c.date + dt.timedelta(days=7))
    if c.type in ("vo", "pro", "vso"):
        return [("Coachgesprek planning en huiswerk", "%s %s" % (c.mentor_role, c.mentor), "1x per week 20 minuten", "vanaf %s" % start),
                ("Extra lessen Nederlands (leesvaardigheid) in het leerplein", "docent Nederlands/%s" % c.extra, "2 lesuren per week", "vanaf %s" % start),
                ("Begeleiding op de stageplek", "stagebegeleider %s" % c.extra, "1x per 2 weken bezoek", "vanaf %s" % d2s(c.date + dt.timedelta(days=21))),
                ("Time-outvoorziening en afspraken bij spanning", "%s %s" % (c.ib_role, c.ib), "bij behoefte; evaluatie 1x per 6 weken", "doorlopend")]
    return [("Remedial teaching rekenen (eigen leerlijn)", "RT'er %s" % c.extra, "2x per week 30 minuten", "vanaf %s" % start),
            ("Pre-teaching nieuwe instructie", "%s %s" % (c.mentor_role, c.mentor), "dagelijks 10 minuten", "vanaf %s" % start),
            ("Begeleiding faalangst (training 'Ik kan het!')", "schoolmaatschappelijk werk", "8 sessies, 1x per week", "vanaf %s" % d2s(c.date + dt.timedelta(days=21))),
            ("Coördinatie en contact met ouders", "%s %s" % (c.ib_role, c.ib), "1x per 6 weken", "doorlopend")]


def afwijking_present(c):
    if c.type in ("vo", "pro", "vso"):
        return ("Vrijstelling voor het vak Frans (art. 2.44 WVO/ondersteuningsplan); de vrijgekomen uren (2 per week) "
                "worden besteed aan extra begeleiding Nederlands in het leerplein. Daarnaast maakt %s gebruik van "
                "een aangepast toetsrooster (maximaal twee toetsen per dag)." % c.first)
    return ("%s volgt voor rekenen een eigen leerlijn (Passende Perspectieven, route 2): de doelen liggen op het niveau "
            "van eind groep 6 en zijn gericht op eindniveau 1F. Voor de overige vakken volgt %s het programma van de groep." % (c.first, c.hij))


def doelen_present(c):
    e = d2s(c.eval1)
    if c.type in ("vo", "pro", "vso"):
        return ["Plannen: %s noteert alle toetsen en opdrachten in de agenda en plant ze met de %s in; op %s is 9 van de 10 opdrachten op tijd ingeleverd (overzicht Magister)." % (c.first, c.mentor_role, e),
                "Nederlands: %s haalt op de toets leesvaardigheid (niveau 1F) op %s een voldoende (5,5 of hoger)." % (c.first, e),
                "Stage/werkhouding: %s komt de komende periode op tijd op stage en meldt zich zelf af bij ziekte (beoordeling stagebegeleider: 'voldoende' op 4 van de 5 punten)." % c.first,
                "Sociaal-emotioneel: %s vraagt bij spanning zelf om een time-out via de afgesproken kaart; minder dan 2 incidentmeldingen per maand." % c.first]
    return ["Rekenen: %s beheerst de tafels van 1 t/m 10 (90%% goed op de toets van de methode) op %s." % (c.first, e),
            "Lezen: %s leest op %s een AVI-E5-tekst met beheersingsniveau (toets AVI)." % (c.first, e),
            "Werkhouding: %s werkt 15 minuten zelfstandig met het stappenplan; gemeten met observatielijst (4 van de 5 lessen)." % c.first,
            "Sociaal-emotioneel: %s past bij spanning zelf de 'stopkaart' toe; score ZIEN! 'impulsbeheersing' stijgt naar gemiddeld." % c.first]


def advies_present(c):
    s = ("Orthopedagoog %s (rapportage psychodiagnostisch onderzoek d.d. %s) adviseert: instructie in kleine stappen, "
         "werkgeheugen ontlasten met visuele ondersteuning en het verminderen van tijdsdruk bij toetsen. De school neemt "
         "deze adviezen over in de onderwijsbehoeften en in het handelingsdeel (stappenplan, 25%% extra toetstijd). "
         "Logopedist (praktijk De Spreekbuis) adviseert woordenschatonderwijs met visuele ondersteuning; dit wordt meegenomen "
         "in de pre-teaching." % (c.ortho, d2s(c.date - dt.timedelta(days=120))))
    return s


def cvb_present(c):
    return ("Advies commissie voor de begeleiding (vergadering %s, voorzitter %s): de commissie onderschrijft het "
            "uitstroomprofiel en adviseert de stage in het tweede halfjaar uit te breiden naar 3 dagdelen en de "
            "begeleiding door de jobcoach te starten vóór de zomervakantie. Het plan is hierop aangepast (zie "
            "handelingsdeel, stage en begeleiding)." % (d2s(c.date - dt.timedelta(days=6)), c.cvbchair))


def inbreng_present(c):
    return ("Gesprek met %s op %s (met %s): %s vertelt dat %s het fijn vindt om vooraf te weten wat er komt, en dat %s "
            "het rekenen in het groepje 'saai en te snel' vindt. %s wil liever met de koptelefoon werken dan op de gang. "
            "Wat we daarmee doen: de koptelefoon is opgenomen in het handelingsdeel, de pre-teaching rekenen gebeurt "
            "voortaan één-op-één en %s kiest zelf het beloningsmoment op de weekplanning." % (
                c.first, d2s(c.pupil_talk), c.mentor, c.first, c.hij, c.hij, c.Hij, c.first))


def inbreng_noeffect(c):
    return ("%s is gevraagd wat %s van school vindt. %s zegt: 'Ik vind rekenen moeilijk en ik wil meer pauze.' "
            "%s vindt het leuk op school en heeft veel vrienden in de klas." % (c.first, c.hij, c.Hij, c.Hij))


def evaluatie_present(c):
    w = "ouders en %s" % c.first if c.post else "ouders"
    return ("Tussenevaluatie op %s en jaarlijkse evaluatie op %s, telkens met %s, %s %s en %s %s. "
            "De doelen en de ondersteuning worden dan besproken en zo nodig bijgesteld; een bijstelling van het "
            "handelingsdeel wordt opnieuw ter instemming voorgelegd." % (
                d2s(c.eval1), d2s(c.eval2), w, c.mentor_role, c.mentor, c.ib_role, c.ib))


def rechten_present(c):
    return ("U heeft instemmingsrecht op het handelingsdeel van dit ontwikkelingsperspectief: zonder uw instemming "
            "kan het handelingsdeel niet worden uitgevoerd. Bent u het niet eens met (een deel van) het plan, bespreek dit "
            "dan eerst met de %s of de %s. Komt u er samen niet uit, dan kunt u contact opnemen met het "
            "ouder- en jeugdsteunpunt van het samenwerkingsverband of met de onderwijsconsulenten. U kunt ook binnen zes "
            "weken na de vaststelling een geschil voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen, Utrecht)."
            % (c.mentor_role, c.ib_role))


# ---------------------------------------------------------------- variants -> text
# Each returns dict(kind=..., text=..., items=[...], rows=[...], checks=[...])

PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "xxx", "Klik of tik om tekst in te voeren.", "in te vullen door IB"]


def element_content(c, el, v):
    """Return a content dict for elements other than oogo/instemming. None = element absent."""
    if v in ("missing", "silent"):
        return None
    if v == "heading_empty":
        return {"text": ""}
    if v.startswith("ph:"):
        return {"text": v[3:], "placeholder": True}
    if el == "uitstroombestemming":
        if v == "present":
            if c.type == "vso":
                i, det = vso_profile(c)
                return {"text": "Uitstroomprofiel: %s. Verwachte bestemming: %s." % (VSO_PROFILES[i].lower(), det),
                        "checks": [(j == i, VSO_PROFILES[j]) for j in range(3)], "detail": det}
            return {"text": uitstroom_present(c)}
        if v == "instruction":
            if c.type == "vso":
                return {"text": "[Kruis het uitstroomprofiel aan en beschrijf de verwachte bestemming]"}
            return {"text": "[Vul hier het verwachte uitstroomniveau in: praktijkonderwijs / vmbo-b / vmbo-k / vmbo-gt / havo / vwo]"}
        if v == "unticked":
            opts = VSO_PROFILES if c.type == "vso" else ["praktijkonderwijs", "vmbo-b", "vmbo-k", "vmbo-gt", "havo/vwo"]
            return {"text": "", "checks": [(False, o) for o in opts]}
        if v == "generic":
            return {"text": "Onze school streeft ernaar dat iedere leerling uitstroomt naar het best passende vervolgonderwijs. "
                            "Het uitstroomniveau wordt in groep 8 bepaald op basis van het schooladvies."}
        if v == "refer":
            return {"text": "Zie bijlage 2 (uitstroomprofiel en leerroute)."}
    if el == "onderbouwing":
        if v == "present":
            return {"text": onderbouwing_present(c)}
        if v == "refer":
            return {"text": "Zie bijlage: verslag psychologisch onderzoek en LVS-overzicht."}
        if v == "generic":
            return {"text": "De uitstroombestemming is gebaseerd op de gegevens uit het leerlingvolgsysteem."}
        if v == "instruction":
            return {"text": "[Onderbouw het perspectief met gegevens: toetsresultaten, leerrendement, IQ, didactische ontwikkeling]"}
    if el in ("belemmerende_factoren", "bevorderende_factoren"):
        if v == "present":
            return {"items": belem_present(c) if el.startswith("belem") else bevord_present(c)}
        if v == "instruction":
            return {"text": "Benoem hier de %s factoren (kindfactoren, onderwijsfactoren, thuisfactoren)." % (
                "belemmerende" if el.startswith("belem") else "bevorderende")}
        if v == "generic":
            return {"text": "Zie onderwijsbehoeften."}
    if el == "ondersteuningsbehoefte":
        if v == "present":
            return {"text": behoefte_present(c)}
        if v == "generic":
            return {"text": "Alle leerlingen in de groep krijgen instructie volgens het EDI-model (expliciete directe instructie) "
                            "met verlengde instructie aan de instructietafel voor wie dat nodig heeft."}
        if v == "instruction":
            return {"text": "Formuleer de onderwijsbehoeften als: '... heeft nodig ...'"}
    if el == "ondersteuning":
        if v == "present":
            return {"rows": ondersteuning_present(c)}
        if v == "vague":
            return {"text": "Extra ondersteuning in de klas waar nodig. De leerkracht houdt rekening met %s." % c.first}
        if v == "refer":
            return {"text": "Zie groepsplan rekenen en lezen (bijlage 3)."}
        if v == "generic":
            return {"text": "Alle leerlingen krijgen begeleiding volgens de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel."}
        if v == "present_rooster":
            rows = ondersteuning_present(c)
            rows.append(("Aangepast rooster: %s komt de eerste zes weken alleen 's ochtends (8.30-12.00 uur), daarna opbouw" % c.first,
                         "%s en ouders" % c.ib, "dagelijks", "vanaf %s" % d2s(c.date + dt.timedelta(days=3))))
            return {"rows": rows}
    if el == "afwijkingen_onderwijsprogramma":
        opts = ["geen afwijkingen", "eigen leerlijn", "vrijstelling vak(ken)", "aangepast/verkort lesrooster"]
        if v == "present":
            return {"text": afwijking_present(c)}
        if v == "tick_present":
            idx = 2 if c.type in ("vo", "pro", "vso") else 1
            return {"text": afwijking_present(c), "checks": [(i == idx, o) for i, o in enumerate(opts)]}
        if v == "none":
            return {"text": "Er zijn geen afwijkingen van het reguliere onderwijsprogramma; %s volgt het volledige programma en de lestijd van de groep." % c.first}
        if v == "nvt":
            return {"text": "n.v.t."}
        if v == "tick_none":
            return {"text": "", "checks": [(i == 0, o) for i, o in enumerate(opts)]}
        if v == "unticked":
            return {"text": "", "checks": [(False, o) for o in opts]}
        if v == "refer":
            return {"text": "Aangepast lesrooster: ja, zie bijlage (rooster)."}
    if el == "doelen":
        if v == "present":
            return {"items": doelen_present(c)}
        if v == "vague":
            return {"items": ["Beter leren rekenen", "Meer zelfvertrouwen krijgen", "Lekker in %s vel zitten" % c.zijn]}
        if v == "refer":
            return {"text": "De doelen worden opgenomen in het groepsplan (zie ParnasSys)."}
        if v == "instruction":
            return {"text": "[Formuleer SMART-doelen per ontwikkelingsgebied voor de komende periode]"}
    if el == "adviezen_professionals":
        if v == "present":
            t = advies_present(c)
            if c.type in ("so", "vso"):
                t = cvb_present(c) + "\n" + t
            return {"text": t}
        if v == "refer":
            return {"text": "Zie verslag orthopedagoog (%s) in het dossier." % d2s(c.date - dt.timedelta(days=120))}
        if v == "cvb_empty":
            return {"text": "Het OPP is besproken in de commissie voor de begeleiding.\n" + advies_present(c)}
        if v == "no_cvb":  # so/vso: external advice but no CvB
            return {"text": advies_present(c)}
    if el == "inbreng_leerling":
        if v == "present":
            return {"text": inbreng_present(c)}
        if v == "noeffect":
            return {"text": inbreng_noeffect(c)}
        if v == "instruction":
            return {"text": "[Beschrijf hier de mening van de leerling en wat daarmee in het plan is gedaan]"}
        if v == "present_old":  # in a pre-2025 plan
            return {"text": "Wat vind ik zelf? %s: 'Ik wil beter worden in lezen. Ik vind het fijn als juf het nog een keer uitlegt.' "
                            "Dit is meegenomen in de verlengde instructie." % c.first}
    if el == "evaluatie":
        if v == "present":
            return {"text": evaluatie_present(c)}
        if v == "generic":
            return {"text": "Evaluatie vindt plaats volgens de zorgcyclus van de school."}
    if el == "informatie_rechten":
        if v == "present":
            return {"text": rechten_present(c)}
        if v == "partial":
            return {"text": "Heeft u een klacht, dan verwijzen wij u naar de klachtenregeling in de schoolgids."}
        if v == "partial2":
            return {"text": "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP."}
    if el == "vaststelling":
        if v == "present":
            return {"text": "Vastgesteld op %s door %s, directeur %s." % (d2s(c.date), c.dir, c.school),
                    "kv": [("Datum vaststelling", d2s(c.date)), ("Vastgesteld door", "%s (directeur)" % c.dir)]}
        if v == "concept":
            return {"text": "CONCEPT – dit plan is nog niet vastgesteld.", "kv": [("Datum vaststelling", "concept"), ("Vastgesteld door", "")]}
        if v == "nodate":
            return {"text": "Vastgesteld door %s (directeur). Datum: ..........." % c.dir,
                    "kv": [("Datum vaststelling", "..."), ("Vastgesteld door", "%s (directeur)" % c.dir)]}
    raise ValueError("no content for %s/%s" % (el, v))


# ---------------------------------------------------------------- labels per variant

def label_for(c, el, v):
    if el == "inbreng_leerling":
        last = c.revised or c.date
        if c.spec.get("adult"):
            return "not_applicable"
        if last < HOORRECHT:
            return "not_applicable"
    if v in ("missing", "silent"):
        return "missing"
    if el == "afwijkingen_onderwijsprogramma":
        if v in ("none", "tick_none"):
            return "not_applicable"
        if v == "nvt":
            return "incomplete" if c.spec.get("rooster_elsewhere") else "not_applicable"
    if el == "oogo":
        return OOGO_LABEL[v]
    if el == "instemming_ouders":
        return CONSENT_LABEL[v]
    if v in ("present", "tick_present", "present_rooster"):
        return "present"
    return "incomplete"


# ---------------------------------------------------------------- OOGO

OOGO_LABEL = {"date": "present", "notes": "present", "table": "present", "log": "present", "adult": "present",
              "invite": "incomplete", "team": "incomplete", "tbd": "incomplete", "nodate": "incomplete",
              "heading_empty": "incomplete", "missing": "missing"}


def oogo_content(c, v):
    """Return dict: text / rows / log lines."""
    od = d2s(c.oogo_date)
    if v == "missing":
        return None
    if v == "date":
        return {"text": "Het ontwikkelingsperspectief is op %s besproken met de ouders (%s en %s), %s %s en %s %s. "
                        "Ouders herkennen het beeld en zijn het eens met de uitstroombestemming." % (
                            od, c.moeder, c.vader, c.mentor_role, c.mentor, c.ib_role, c.ib),
                "kv": [("Datum overleg met ouders", od), ("Aanwezig", "%s, %s, %s, %s" % (c.moeder, c.vader, c.mentor, c.ib))]}
    if v == "notes":
        return {"text": "Verslag oudergesprek %s\nAanwezig: %s (moeder), %s (%s), %s (%s).\n"
                        "- Moeder geeft aan dat %s thuis vaak moe is na schooldagen; afgesproken dat het huiswerk wordt beperkt tot lezen.\n"
                        "- Ouders vragen of de RT ook na de kerstvakantie doorloopt: ja, tot de tussenevaluatie.\n"
                        "- Uitstroombestemming besproken; ouders kunnen zich hierin vinden.\n"
                        "- Afspraak: ouders ontvangen het definitieve plan binnen een week ter ondertekening." % (
                            od, c.moeder, c.mentor, c.mentor_role, c.ib, c.ib_role, c.first),
                "kv": [("Oudergesprek", od), ("Aanwezig", "%s, %s, %s" % (c.moeder, c.mentor, c.ib))]}
    if v == "table":
        return {"rows": [("Gesprek met ouders (OOGO)", od, "%s, %s; %s" % (c.moeder, c.vader, c.ib)),
                         ("Gesprek met leerling", d2s(c.pupil_talk), "%s; %s" % (c.first, c.mentor)),
                         ("Bespreking ondersteuningsteam", d2s(c.oogo_date - dt.timedelta(days=14)), "%s, %s" % (c.ib, c.ortho))],
                "kv": [("OOGO gevoerd op", od), ("Met", "%s, %s" % (c.moeder, c.vader))]}
    if v == "log":
        return {"log": [(d2s(c.oogo_date - dt.timedelta(days=14)), "Uitnodiging oudergesprek OPP verstuurd", c.ib),
                        (od, "Oudergesprek OPP gevoerd. Aanwezig: moeder (%s), vader (%s), %s, %s. "
                             "Perspectief en handelingsdeel doorgenomen; ouders akkoord met de lijn." % (c.moeder, c.vader, c.mentor_role, c.ib_role), c.ib)],
                "kv": [("OOGO", "gevoerd op %s met beide ouders" % od)]}
    if v == "adult":
        return {"text": "Het plan is op %s besproken met %s zelf (meerderjarig); op %s verzoek was ook %s moeder aanwezig. "
                        "Verder aanwezig: %s (mentor) en %s (stagebegeleider)." % (od, c.first, c.zijn, c.zijn, c.mentor, c.extra),
                "kv": [("Overleg", "%s met %s en moeder" % (od, c.first))]}
    if v == "invite":
        return {"text": "Ouders zijn op %s per brief uitgenodigd voor een gesprek over het OPP op %s." % (
            d2s(c.oogo_date - dt.timedelta(days=12)), od),
                "kv": [("Uitnodiging ouders verstuurd", d2s(c.oogo_date - dt.timedelta(days=12))), ("Gesprek gepland op", od)]}
    if v == "team":
        return {"text": "Het OPP is op %s besproken in het ondersteuningsteam. Aanwezig: %s (%s), %s (orthopedagoog), %s (%s)." % (
            od, c.ib, c.ib_role, c.ortho, c.mentor, c.mentor_role),
                "kv": [("Besproken op", "%s (ondersteuningsteam: IB, orthopedagoog, %s)" % (od, c.mentor_role))]}
    if v == "tbd":
        return {"text": "Datum gesprek met ouders: n.t.b.", "kv": [("Datum OOGO", "n.t.b."), ("Aanwezig", "")]}
    if v == "nodate":
        return {"text": "Het plan is met ouders besproken.", "kv": [("Besproken met ouders", "ja")]}
    if v == "heading_empty":
        return {"text": "", "kv": [("Datum OOGO", ""), ("Aanwezig", "")]}
    raise ValueError(v)


# ---------------------------------------------------------------- consent
CONSENT_LABEL = {}
for k in ["sig", "wg", "digital", "portal", "log", "zienswijze_agree", "separated", "sole_custody", "voogd",
          "adult", "curator", "gezienA_akkoordB", "scan_hand", "sig_plain"]:
    CONSENT_LABEL[k] = "present"
for k in ["gezien", "ontvangst", "protest", "refused", "partial", "reservation", "school_only", "blank", "unticked",
          "nodate", "withdrawn", "portal_pending", "log_pending", "disagree", "curatele_pupil_only", "ref_dossier",
          "avg_plus_blank", "gezienA_only", "digital_sent", "placeholder_names", "pupil_only_minor",
          "zienswijze_disagree", "wg_school_only", "adult_parents_only"]:
    CONSENT_LABEL[k] = "incomplete"
CONSENT_LABEL["missing"] = "missing"
CONSENT_LABEL["avg_only"] = "missing"


def party(role, name, date="", mark="img", choice=None):
    return {"role": role, "name": name, "date": date, "mark": mark, "choice": choice}


def consent_model(c, v):
    """Abstract model: statement, checks, parties, remarks, extra. Layout/backends render it in the doc's sigshape."""
    s1, s2 = d2s(c.sig_date), d2s(c.sig_date2)
    school = party("Namens de school (directeur)", c.dir, d2s(c.date), "img")
    par = lambda date=s1, mark="img", ch=None: party("Ouder/verzorger 1", c.moeder, date, mark, ch)
    par2 = lambda date=s1, mark="img", ch=None: party("Ouder/verzorger 2", c.vader, date, mark, ch)
    st_agree = "Ondergetekende(n) verklaren het ontwikkelingsperspectief met de ouders/verzorgers te hebben besproken. Ouders/verzorgers geven hierbij wel/geen instemming met het handelingsdeel."
    m = {"statement": "Instemming ouders/verzorgers met het handelingsdeel van het ontwikkelingsperspectief.",
         "checks": None, "parties": [], "remarks": [], "lines": [], "box": None, "title": "Ondertekening"}
    if v == "missing":
        return None
    if v in ("sig", "sig_plain", "scan_hand"):
        mk = "hand" if v == "scan_hand" else ("img" if v == "sig" else "none")
        m["checks"] = [(True, "Ouders stemmen in met het handelingsdeel"), (False, "Ouders stemmen niet in met het handelingsdeel")]
        m["parties"] = [par(mark=mk), par2(mark=mk), dict(school, mark=mk)]
        if v == "sig_plain":  # signatures shown as typed names in cursive-less text: 'getekend'
            for p in m["parties"]:
                p["mark"] = "getekend"
    elif v == "wg":
        m["statement"] = "Voor akkoord met het handelingsdeel (ondertekend exemplaar; afschrift)."
        m["parties"] = [par(mark="wg"), par2(mark="wg"), dict(school, mark="wg")]
    elif v == "digital":
        m["title"] = "Digitale ondertekening"
        m["lines"] = ["Instemming handelingsdeel – digitaal ondertekend via Ouderportaal Leerlingzicht (SignFlow) door %s op %s om 20:41 uur. Keuze: akkoord." % (c.moeder, s1),
                      "Digitaal ondertekend via Ouderportaal Leerlingzicht (SignFlow) door %s op %s om 07:12 uur. Keuze: akkoord." % (c.vader, s2),
                      "Vastgesteld en digitaal ondertekend door %s (directeur) op %s." % (c.dir, d2s(c.date)),
                      "Verificatiecode: 7F3A-22C9-81D0-%04d" % random.Random(c.spec["id"]).randint(1000, 9999)]
    elif v == "portal":
        m["title"] = "Status instemming"
        m["lines"] = ["Instemming handelingsdeel: AKKOORD – ouder/verzorger 1 (%s), via ouderportaal, %s 19:12" % (c.moeder, s1),
                      "Instemming handelingsdeel: AKKOORD – ouder/verzorger 2 (%s), via ouderportaal, %s 21:30" % (c.vader, s2)]
    elif v == "log":
        m["title"] = "Logboek instemming"
        m["log"] = [(s1, "Telefonisch contact met moeder (%s). Moeder geeft telefonisch akkoord op het handelingsdeel van het OPP d.d. %s. "
                         "Vader (%s) was bij het gesprek aanwezig en gaat ook akkoord." % (c.moeder, d2s(c.date), c.vader), c.ib),
                    (s2, "Bevestiging van de telefonische instemming per e-mail ontvangen van moeder; mail opgeslagen in het dossier.", c.ib)]
    elif v == "zienswijze_agree":
        m["box"] = ("Zienswijze ouders", "Wij herkennen %s goed in dit plan. Fijn dat de RT twee keer per week doorgaat. "
                    "Wij zijn het eens met de ondersteuning zoals beschreven." % c.first)
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]
        m["parties"] = [par(), par2(), school]
    elif v == "zienswijze_disagree":
        m["box"] = ("Zienswijze ouders", "Wij zijn het niet eens met de faalangsttraining buiten de klas en met de verwachte uitstroombestemming. "
                    "%s heeft volgens ons meer nodig dan hier staat. Wij willen eerst een second opinion." % c.first)
        m["checks"] = [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord met het handelingsdeel")]
        m["parties"] = [par(), par2(), school]
    elif v == "separated":
        m["remarks"] = ["Ouders zijn gescheiden en hebben beiden het gezag; beide ouders hebben afzonderlijk getekend."]
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]
        m["parties"] = [party("Moeder", c.moeder, s1, "img", "akkoord"), party("Vader", c.vader, s2, "img", "akkoord"), school]
    elif v == "sole_custody":
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]
        m["parties"] = [party("Ouder met gezag (moeder)", c.moeder, s1, "img"),
                        party("Vader", c.vader, "", "blank"), school]
        m["remarks"] = ["Vader heeft geen ouderlijk gezag; moeder is de enige wettelijk vertegenwoordiger (uittreksel gezagsregister in dossier)."]
    elif v == "voogd":
        m["statement"] = "Instemming met het handelingsdeel door de wettelijk vertegenwoordiger."
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [party("Voogd (Jeugdbescherming Vennemuiden-Zuid, gecertificeerde instelling)", "dhr. R. Boukhari", s1, "img"),
                        party("Pleegouder (voor gezien)", "mw. T. Hazeleger", s1, "img"), school]
        m["remarks"] = ["%s staat onder voogdij van de gecertificeerde instelling; de voogd tekent voor instemming, de pleegouder voor gezien." % c.first]
    elif v == "adult":
        m["statement"] = "%s is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel (art. 41a lid 2 WEC)." % c.first
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [party("Leerling", c.name, s1, "img"), party("Ouder (voor gezien, op verzoek van %s)" % c.first, c.moeder, s1, "img"), school]
    elif v == "adult_parents_only":
        m["statement"] = "Ouders/verzorgers stemmen in met het handelingsdeel."
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), party("Leerling", c.name, "", "blank"), school]
    elif v == "curator":
        m["statement"] = "%s staat onder curatele (beschikking rechtbank, %s). De curator stemt namens %s in met het handelingsdeel." % (
            c.first, d2s(c.date - dt.timedelta(days=500)), c.first)
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [party("Curator (moeder)", c.moeder, s1, "img"), party("Leerling (voor gezien)", c.name, s1, "img"), school]
    elif v == "curatele_pupil_only":
        m["statement"] = "%s is meerderjarig en stemt in met het handelingsdeel." % c.first
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [party("Leerling", c.name, s1, "img"), party("Curator (moeder)", c.moeder, "", "blank"), school]
    elif v == "gezienA_akkoordB":
        m["partA"] = [party("Ouder/verzorger 1 – voor gezien (deel A)", c.moeder, s1, "img"), party("Ouder/verzorger 2 – voor gezien (deel A)", c.vader, s1, "img")]
        m["statement"] = "Deel B – handelingsdeel: ouders stemmen in met het handelingsdeel."
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), school]
    elif v == "gezienA_only":
        m["partA"] = [party("Ouder/verzorger 1 – voor gezien (deel A)", c.moeder, s1, "img"), party("Ouder/verzorger 2 – voor gezien (deel A)", c.vader, s1, "img")]
        m["statement"] = "Deel B – handelingsdeel: ouders stemmen in met het handelingsdeel."
        m["checks"] = [(False, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par("", "blank"), par2("", "blank"), school]
    elif v == "gezien":
        m["statement"] = "Voor gezien:"
        m["parties"] = [par(), par2(), school]
    elif v == "ontvangst":
        m["statement"] = "Voor ontvangst getekend door ouders/verzorgers:"
        m["parties"] = [par(), school]
    elif v == "protest":
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), school]
        m["remarks"] = ["Opmerking ouders: getekend onder protest – wij zijn het niet eens met de verwachte uitstroombestemming en de begeleiding buiten de klas, maar willen dat de hulp start."]
    elif v == "refused":
        m["checks"] = [(False, "Ouders stemmen in met het handelingsdeel"), (True, "Ouders stemmen niet in met het handelingsdeel")]
        m["parties"] = [par(), par2(), school]
    elif v == "partial":
        m["checks"] = [(False, "Akkoord met het gehele handelingsdeel"), (True, "Akkoord met het handelingsdeel, met uitzondering van: de faalangsttraining door schoolmaatschappelijk werk"),
                       (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), school]
    elif v == "reservation":
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), school]
        m["remarks"] = ["Akkoord onder voorbehoud: wij gaan alleen akkoord als de remedial teaching ook na de kerstvakantie doorgaat. Dit is nog niet toegezegd."]
    elif v == "school_only":
        m["checks"] = [(False, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par("", "blank"), par2("", "blank"), school]
    elif v == "wg_school_only":
        m["parties"] = [par("", "blank"), par2("", "blank"), dict(school, mark="wg")]
    elif v == "blank":
        m["checks"] = [(False, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [par("", "blank"), par2("", "blank"), party("Namens de school", c.dir, "", "blank")]
    elif v == "placeholder_names":
        m["checks"] = [(False, "Akkoord"), (False, "Niet akkoord")]
        m["parties"] = [party("Ouder/verzorger 1", "[naam ouder/verzorger]", "[datum]", "blank"),
                        party("Ouder/verzorger 2", "[naam ouder/verzorger]", "[datum]", "blank"),
                        party("Namens de school", "[naam directeur]", "[datum]", "blank")]
    elif v == "unticked":
        m["checks"] = [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]
        m["parties"] = [par(), par2(), school]
    elif v == "nodate":
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]
        m["parties"] = [par(""), par2(""), dict(school, date="")]
    elif v == "withdrawn":
        m["checks"] = [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]
        m["parties"] = [par(), par2(), school]
        m["addendum"] = "Aanvulling %s: ouders hebben per e-mail laten weten dat zij hun instemming met het handelingsdeel intrekken, omdat de afgesproken begeleiding door de ambulant begeleider niet is gestart. Een nieuw gesprek wordt gepland." % d2s(c.sig_date + dt.timedelta(days=70))
    elif v == "portal_pending":
        m["title"] = "Status instemming"
        m["lines"] = ["Instemming handelingsdeel: VERZONDEN naar ouder/verzorger 1 (%s) op %s – nog niet ondertekend" % (c.moeder, s1),
                      "Instemming handelingsdeel: VERZONDEN naar ouder/verzorger 2 (%s) op %s – nog niet ondertekend" % (c.vader, s1),
                      "Herinnering verstuurd op %s" % s2]
    elif v == "digital_sent":
        m["title"] = "Digitale ondertekening"
        m["lines"] = ["Document ter ondertekening aangeboden via Ouderportaal Leerlingzicht (SignFlow) op %s." % s1,
                      "Status: open (0 van 2 ondertekenaars)"]
    elif v == "log_pending":
        m["title"] = "Logboek instemming"
        m["log"] = [(s1, "Moeder gebeld over de instemming met het handelingsdeel; geen gehoor, voicemail ingesproken.", c.ib),
                    (s2, "E-mail aan ouders gestuurd met het OPP en het verzoek het handelingsdeel te ondertekenen. Reactie volgt.", c.ib)]
    elif v == "disagree":
        m["remarks"] = ["Ouders zijn gescheiden en hebben beiden het gezag."]
        m["parties"] = [party("Moeder", c.moeder, s1, "img", "akkoord"), party("Vader", c.vader, s2, "img", "niet akkoord"), school]
    elif v == "pupil_only_minor":
        m["parties"] = [party("Leerling", c.name, s1, "img"), par("", "blank"), par2("", "blank"), school]
        m["checks"] = [(True, "Akkoord"), (False, "Niet akkoord")]
    elif v == "ref_dossier":
        m["lines"] = ["Het handelingsdeel is door ouders ondertekend; het getekende exemplaar bevindt zich in het leerlingdossier."]
    elif v in ("avg_plus_blank", "avg_only"):
        m["avg"] = [party("Ouder/verzorger", c.moeder, s1, "img")]
        if v == "avg_plus_blank":
            m["checks"] = [(False, "Akkoord"), (False, "Niet akkoord")]
            m["parties"] = [par("", "blank"), par2("", "blank"), school]
        else:
            m["parties"] = []
            m["statement"] = None
    return m


# ---------------------------------------------------------------- signature images
def make_signature(path, seed, hand_text=None):
    from PIL import Image, ImageDraw, ImageFont
    r = random.Random("sig-" + seed)
    w, h = 420, 130
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    col = r.choice([(20, 30, 110), (15, 15, 15), (30, 40, 140)])
    x, y = 20, h // 2 + r.randint(-10, 10)
    pts = []
    for i in range(r.randint(28, 44)):
        x += r.randint(5, 14)
        y += r.randint(-22, 22)
        y = max(15, min(h - 15, y))
        pts.append((x, y))
        if x > w - 40:
            break
    d.line(pts, fill=col, width=3, joint="curve")
    # a loop and an underline
    cx, cy = r.randint(60, 140), r.randint(40, 80)
    d.ellipse([cx - 25, cy - 30, cx + 20, cy + 30], outline=col, width=3)
    d.line([(30, h - 18), (x - 10, h - 24 + r.randint(-6, 6))], fill=col, width=2)
    im.save(path)


def make_handwriting(path, text, seed):
    """A handwritten-looking date or remark (for scans)."""
    from PIL import Image, ImageDraw, ImageFont
    r = random.Random("hw-" + seed)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", 34)
    w = 30 + 24 * len(text)
    im = Image.new("RGB", (w, 60), "white")
    d = ImageDraw.Draw(im)
    x = 8
    for ch in text:
        d.text((x, 10 + r.randint(-4, 4)), ch, font=f, fill=(25, 30, 100))
        x += int(d.textlength(ch, font=f)) + r.randint(-2, 1)
    im = im.crop((0, 0, x + 10, 60))
    im.save(path)
