# -*- coding: utf-8 -*-
"""Content model for the blind OPP set: pupils, element texts, gap variants -> (status, blocks).

Blocks (format-agnostic):
  ('p', runs)                 runs = [(text, kind)], kind in n b i ph instr hid white del ins
  ('checks', [(label, checked)])
  ('dd', label, options, idx) drop-down; idx None = nothing chosen (first option shown)
  ('sig', rows)               rows = [dict(role, name, date, mark)] mark: wg|img|digital|''|hand
  ('comment', runs, text)     paragraph carrying a reviewer's comment
"""
import datetime as dt
import random
import zlib

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

CUTOFF = dt.date(2025, 8, 1)
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def dshort(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def rng_for(key):
    return random.Random(zlib.crc32(key.encode()))


FIRST_M = ["Daan", "Sem", "Milan", "Levi", "Jesse", "Thijs", "Ruben", "Mees", "Owen", "Ilias", "Bram",
           "Stijn", "Yusuf", "Finn", "Gijs", "Noud", "Kasper", "Jort", "Tijn", "Ravi"]
FIRST_F = ["Noor", "Lotte", "Saar", "Fenna", "Yara", "Isa", "Tess", "Mila", "Nova", "Zoë", "Jasmijn",
           "Elif", "Roos", "Liva", "Hanna", "Floor", "Maud", "Amira", "Sterre", "Fleur"]
LAST = ["Verhoeckx", "van Dalfsen", "Oudejans", "Brinkhorst", "Kuipers-Mol", "el Idrissi", "Tjeerdsma",
        "van der Wiel", "Hazenberg", "Schuttevaer", "Dijkgraaf", "Roodbeen", "Menkveld", "Stoltenborg",
        "de Ronde", "Wijnhoven", "Bakkenes", "Kolkman", "ter Steege", "Vosselman", "Aydın", "Lammertink"]
STAFF = ["mw. A. Hofstede", "dhr. P. Zandbergen", "mw. R. Celik", "dhr. K. Bosgra", "mw. J. Ploeger",
         "mw. S. van Kempen", "dhr. T. Ouwerkerk", "mw. L. Haverkamp", "dhr. M. Lindeboom",
         "mw. E. Strijker", "dhr. F. Nijenhuis", "mw. I. Brouwer-Sas"]
PLACES = ["Wielerveen", "Oosterbroek", "Hazelaar", "Grevenhoek", "Ketelwijk", "Molenlanden-Zuid",
          "Beekveld", "Dorrewaard", "Sluisdam", "Heerlerbos", "Vennemeer", "Ruigenhoek"]
SCHOOLS = {
    "po": ["OBS De Kwakel", "CBS Het Zonnelied", "Basisschool De Wilgenhof", "KBS De Regenboogvis",
           "IKC De Boomgaard", "OBS Het Vlot"],
    "sbo": ["SBO De Vlonder", "SBO Het Kompas", "Speciale basisschool De Sprong", "SBO De Windroos"],
    "so": ["SO De Berkenhorst", "Mytylschool De Kruidhof (SO)", "SO Het Palet", "ZMLK-school De Ankerplaats (SO)"],
    "vo": ["Het Grevenhoek College", "Scholengemeenschap De Dijk", "Lyceum Vennemeer", "Het Sluisdam Lyceum",
           "Vakcollege Ruigenhoek"],
    "pro": ["Praktijkschool De Werkplaats", "PrO Beekveld", "Praktijkcollege Het Ambacht"],
    "vso": ["VSO De Berkenhorst", "VSO Het Baken", "VSO De Ankerplaats", "VSO Kruidhof College"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Wielerveen e.o.", "SWV Grevenhoek-Vennemeer PO",
       "Stichting Passend Leren Oosterbroek", "SWV VO De Hazelaar", "SWV Dorrewaard en Sluisdam"]


class Ctx:
    def __init__(self, key, stype, date_set, adult=False, curatele=False, rev=None):
        r = rng_for(key)
        self.r = r
        self.stype = stype
        self.female = r.random() < 0.5
        self.first = r.choice(FIRST_F if self.female else FIRST_M)
        self.last = r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.hij = "zij" if self.female else "hij"
        self.zijn = "haar" if self.female else "zijn"
        self.school = r.choice(SCHOOLS[stype])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        self.staff = r.sample(STAFF, 5)
        self.director, self.ib, self.teacher, self.expert, self.other = self.staff
        self.mother = f"mw. {r.choice('ABCDEGHJKLMNRSTW')}. {self.last.split('-')[0]}"
        self.father = f"dhr. {r.choice('ABCDEGHJKLMNRSTW')}. {self.last.split('-')[-1]}"
        self.date_set = date_set
        self.rev = rev
        self.adult = adult
        self.curatele = curatele
        age = {"po": 9, "sbo": 10, "so": 8, "vo": 14, "pro": 15, "vso": 16}[stype]
        if adult or curatele:
            age = 18
        y = date_set.year - age - (1 if date_set.month < 6 else 0)
        self.birth = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        self.group = {"po": f"groep {r.choice([5,6,7])}", "sbo": f"groep {r.choice([6,7,8])}",
                      "so": f"groep {r.choice([4,5])} (SO)", "vo": f"klas {r.choice([1,2,3])} {r.choice(['vmbo-kb','vmbo-tl','havo'])}",
                      "pro": f"leerjaar {r.choice([2,3])}", "vso": f"{r.choice(['bovenbouw','entreegroep','leerjaar 4'])}"}[stype]
        self.oogo = date_set - dt.timedelta(days=r.randint(6, 20))
        self.eval1 = date_set + dt.timedelta(days=r.randint(90, 130))
        self.eval2 = date_set + dt.timedelta(days=r.randint(220, 260))
        self.sign = date_set + dt.timedelta(days=r.randint(2, 12))
        self.start = date_set + dt.timedelta(days=r.randint(3, 10))
        self.advice_date = date_set - dt.timedelta(days=r.randint(60, 200))
        self.talk = date_set - dt.timedelta(days=r.randint(3, 15))
        self.bel = r.sample(BEL, 4)
        self.bev = r.sample(BEV, 4)
        self.dest, self.onderbouwing = destination(self)

    @property
    def parents(self):
        return f"{self.mother} (moeder) en {self.father} (vader)"

    def inbreng_applies(self):
        last = self.rev or self.date_set
        if self.adult:
            return False
        return last >= CUTOFF


BEL = ["Zwakke technische leesvaardigheid (DMT {g}: E-score, AVI-niveau ruim een jaar achter); leest traag en radend.",
       "Zwak werkgeheugen (WISC-V, werkgeheugenindex 76): raakt instructie met meerdere stappen kwijt.",
       "Raakt snel overprikkeld in drukke situaties (overgangen, gym, pauze) en reageert dan met boosheid of terugtrekken.",
       "Diagnose autismespectrumstoornis (2023); onverwachte veranderingen in het rooster geven veel spanning.",
       "Faalangst bij toetsen en nieuwe taken; geeft op als iets niet direct lukt.",
       "Taalontwikkelingsstoornis (TOS): beperkte woordenschat, moeite met begrijpend lezen en lange instructies.",
       "Veel verzuim in het vorige schooljaar (ruim 40 lesuren) door hoofdpijn- en buikpijnklachten.",
       "Wisselende woonsituatie na de scheiding van ouders (co-ouderschap, twee woonplaatsen).",
       "Epilepsie; na een aanval is er vermoeidheid en verminderde concentratie, soms een dag lang.",
       "Moeite met plannen en organiseren: vergeet materialen, huiswerk en afspraken."]
BEV = ["Sterk in rekenen en ruimtelijk inzicht (laatste rekentoets ruim boven het groepsgemiddelde).",
       "Werkt graag met de handen en is gemotiveerd bij praktische opdrachten (techniek, koken, groen).",
       "Goede band met de mentor/leerkracht; durft bij haar of hem hulp te vragen.",
       "Betrokken ouders die thuis dagelijks samen lezen en goed bereikbaar zijn voor school.",
       "Sportief: traint twee keer per week bij de plaatselijke voetbalclub en voelt zich daar thuis.",
       "Sociaal vaardig in kleine groepjes; helpt jongere leerlingen graag.",
       "Goed visueel geheugen; leert veel van plaatjes, pictogrammen en voorbeelden.",
       "Zet door als de taak duidelijk en overzichtelijk is opgedeeld.",
       "Heeft een vaste, positieve vriendschap in de klas."]


def destination(c):
    r = c.r
    t = c.stype
    if t in ("po", "sbo"):
        d = r.choice(["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "vmbo kaderberoepsgerichte leerweg",
                      "praktijkonderwijs", "vmbo gemengde/theoretische leerweg"])
        o = (f"Gebaseerd op het intelligentieonderzoek (WISC-V, {dshort(c.advice_date)}: TIQ {r.randint(72,95)}), "
             f"de leerrendementen van de afgelopen drie jaar (rekenen {r.randint(55,80)}%, begrijpend lezen {r.randint(45,75)}%) "
             f"en de LVS-toetsen (rekenen-wiskunde {r.choice(['IV','V','III'])}, spelling {r.choice(['IV','V'])}). "
             f"De ontwikkeling is stabiel; bij gelijkblijvend leerrendement komt {c.first} eind groep 8 uit op niveau 1F.")
    elif t == "so":
        d = r.choice(["vso, uitstroomprofiel vervolgonderwijs (vmbo basis met lwoo)", "vso, uitstroomprofiel arbeidsmarktgericht",
                      "praktijkonderwijs", "vso, uitstroomprofiel dagbesteding (arbeidsmatige dagbesteding)"])
        o = (f"{c.first} is gevolgd met het leerlingvolgsysteem voor het so; de didactische leeftijdsequivalenten liggen "
             f"voor rekenen op DLE {r.randint(14,25)} en voor lezen op DLE {r.randint(10,22)} bij een DL van {r.randint(30,40)}. "
             f"Het psychologisch onderzoek (SON-R, {dshort(c.advice_date)}) geeft een totaal-IQ van {r.randint(55,80)}. "
             f"Gezien dit profiel en de ondersteuningsbehoefte op het gebied van structuur verwachten wij deze uitstroom.")
    elif t == "vo":
        d = r.choice(["vmbo kaderberoepsgerichte leerweg (diploma), doorstroom mbo niveau 3", "havo-diploma, daarna hbo",
                      "vmbo basisberoepsgerichte leerweg met lwoo, doorstroom mbo niveau 2",
                      "vmbo theoretische leerweg, doorstroom mbo niveau 4"])
        o = (f"Het advies van de basisschool, de resultaten in klas 1 en 2 (gemiddeld {r.randint(60,72)/10:.1f} voor de kernvakken), "
             f"de uitslag van de NIO ({dshort(c.advice_date)}: TIQ {r.randint(88,108)}) en de observaties van het mentorteam. "
             f"Met de ondersteuning in dit plan is het behalen van het diploma op dit niveau haalbaar.")
    elif t == "pro":
        d = r.choice(["arbeidsmarkt: werk in de groenvoorziening, met Entree-opleiding (mbo niveau 1) naast het werk",
                      "arbeidsmarkt: logistiek medewerker (magazijn), met branchecertificaat heftruck",
                      "mbo Entree-opleiding (niveau 1), richting horeca"])
        o = (f"{c.first} heeft een totaal-IQ van {r.randint(62,78)} (WISC-V, {dshort(c.advice_date)}) en leerachterstanden van "
             f"meer dan drie jaar voor begrijpend lezen en rekenen. Op de interne stage ({r.choice(['kantine','groen','techniek'])}) "
             f"laat {c.hij} zien dat {c.hij} zelfstandig taken kan uitvoeren; de stagebegeleider beoordeelt werkhouding als voldoende.")
    else:  # vso
        d = r.choice(["profiel arbeidsmarktgericht: werk in een beschutte werkomgeving (inpak en logistiek)",
                      "profiel dagbesteding: taakgerichte dagbesteding op een zorgboerderij",
                      "profiel vervolgonderwijs: mbo niveau 2 (Entree en daarna dienstverlening)",
                      "profiel arbeidsmarktgericht: reguliere baan met jobcoach in de schoonmaak"])
        o = (f"De stage-evaluaties van de afgelopen twee jaar, het capaciteitenonderzoek ({dshort(c.advice_date)}, TIQ "
             f"{r.randint(50,75)}) en de arbeidsvaardigheden (lijst Arbeidsvaardigheden: voldoende op 14 van 18 items) "
             f"onderbouwen dit profiel. {c.first} kiest zelf ook voor deze richting.")
    return d, o


NTB = ["n.t.b.", "nog aanvullen", "volgt na overleg", "PM", "Wordt nog ingevuld door de IB'er.", "...", "nvt"]

INSTR = {
    'uitstroombestemming': "Vul hier de verwachte uitstroombestemming in (schooltype/niveau of vso-profiel).",
    'onderbouwing': "Onderbouw de uitstroombestemming met toetsgegevens, intelligentiegegevens, leerrendement en ontwikkeling.",
    'belemmerende_factoren': "Beschrijf de belemmerende factoren (kind, onderwijs, thuis). Gebruik concrete, observeerbare termen.",
    'bevorderende_factoren': "Beschrijf de bevorderende en beschermende factoren van de leerling en zijn omgeving.",
    'ondersteuningsbehoefte': "Formuleer de onderwijsbehoeften als: <naam> heeft ... nodig (instructie, leeromgeving, leerkracht, groepsgenoten, ouders).",
    'ondersteuning': "Beschrijf de ondersteuning: wat, door wie, hoe vaak en vanaf welke datum.",
    'afwijkingen_onderwijsprogramma': "Geef aan of en hoe wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster).",
    'doelen': "Formuleer per ontwikkelingsgebied SMART-doelen voor de komende periode.",
    'adviezen_professionals': "Vermeld de adviezen van externe deskundigen en wat de school ermee doet.",
    'oogo': "Noteer datum en deelnemers van het op overeenstemming gericht overleg (OOGO).",
    'instemming_ouders': "Laat ouders hieronder tekenen voor instemming met het handelingsdeel.",
    'inbreng_leerling': "Beschrijf hoe de leerling is gehoord, wat hij/zij inbracht en wat daarmee is gedaan.",
    'evaluatie': "Noteer de evaluatiemomenten met ouders en leerling.",
    'informatie_rechten': "Plaats hier de standaardtekst over de rechten van ouders (zie handleiding SWV).",
    'vaststelling': "Datum van vaststelling en naam en functie van degene die het OPP vaststelt.",
}

GENERIC = {
    'uitstroombestemming': "Het uitstroomniveau wordt voor alle leerlingen vastgesteld aan het eind van het schooljaar.",
    'onderbouwing': "De uitstroombestemming wordt bij alle leerlingen onderbouwd volgens de richtlijnen van het samenwerkingsverband.",
    'belemmerende_factoren': "Leerlingen met een ondersteuningsbehoefte ervaren vaak faalangst, concentratieproblemen en een lager zelfbeeld.",
    'bevorderende_factoren': "Een goede samenwerking tussen school en thuis is voor ieder kind een beschermende factor.",
    'ondersteuningsbehoefte': "Alle leerlingen hebben behoefte aan een veilige, voorspelbare leeromgeving en heldere instructie.",
    'ondersteuning': "Op onze school werken alle groepen met het directe instructiemodel en drie instructieniveaus. De basisondersteuning staat beschreven in ons schoolondersteuningsprofiel.",
    'doelen': "Alle leerlingen werken aan de kerndoelen en, waar mogelijk, aan de referentieniveaus 1F en 2F.",
    'adviezen_professionals': "Onze school werkt samen met diverse externe partners, zoals het CJG, de jeugdarts en de logopedist.",
    'oogo': "Met alle ouders van leerlingen met een OPP wordt het plan besproken.",
    'evaluatie': "OPP's worden op onze school periodiek geëvalueerd volgens de zorgcyclus.",
    'informatie_rechten': "Ouders kunnen met vragen altijd terecht bij de leerkracht.",
    'inbreng_leerling': "Wij vinden het belangrijk dat alle leerlingen meedenken over hun eigen ontwikkeling.",
    'vaststelling': "OPP's worden door de directie vastgesteld.",
    'instemming_ouders': "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP.",
}

REF = {
    'uitstroombestemming': "Zie het groeidocument, hoofdstuk 2.",
    'onderbouwing': "Zie bijlage 1 (toetsoverzicht en onderzoeksverslag).",
    'belemmerende_factoren': "Zie het leerlingbeeld in het groeidocument.",
    'bevorderende_factoren': "Zie het leerlingbeeld in het groeidocument.",
    'ondersteuningsbehoefte': "Zie de groepsplannen rekenen en lezen.",
    'ondersteuning': "Zie het handelingsplan in het leerlingvolgsysteem.",
    'doelen': "Zie bijlage 3 (doelenoverzicht).",
    'adviezen_professionals': "Zie verslag psychologisch onderzoek (bijlage 2).",
    'oogo': "Zie het gespreksverslag in het dossier.",
    'evaluatie': "Zie de jaarplanning zorg.",
    'informatie_rechten': "Voor uw rechten verwijzen wij naar de schoolgids.",
    'inbreng_leerling': "Zie het kindgesprek in het dossier.",
    'vaststelling': "Zie het dossier.",
    'instemming_ouders': "Het ondertekende formulier zit in het dossier.",
    'afwijkingen_onderwijsprogramma': "Zie het rooster in bijlage 4.",
}


def P(*runs):
    return ('p', [r if isinstance(r, tuple) else (r, 'n') for r in runs])


def present_blocks(eid, c):
    n = c.first
    t = c.stype
    if eid == 'uitstroombestemming':
        return [P(c.dest[0].upper() + c.dest[1:] + ".")]
    if eid == 'onderbouwing':
        return [P(c.onderbouwing)]
    if eid == 'belemmerende_factoren':
        return [P("• " + x.replace("{g}", "E5")) for x in c.bel[:3]]
    if eid == 'bevorderende_factoren':
        return [P("• " + x) for x in c.bev[:3]]
    if eid == 'ondersteuningsbehoefte':
        return [P(f"{n} heeft nodig: instructie in kleine stappen, waarbij de leerkracht nagaat of de opdracht begrepen is; "
                  f"een voorspelbare dagstructuur met de planning zichtbaar op tafel; een rustige werkplek en een vaste "
                  f"time-outplek bij overprikkeling; en complimenten voor inzet, niet alleen voor resultaat.")]
    if eid == 'ondersteuning':
        who = {"vo": "de mentor", "pro": "de mentor", "vso": "de mentor"}.get(t, "de groepsleerkracht")
        return [P(f"• Verlengde instructie rekenen en lezen in een subgroep: 4 x per week 20 minuten, door {who} ({c.teacher}), vanaf {dlong(c.start)}."),
                P(f"• Individuele begeleiding door de intern begeleider/zorgcoördinator ({c.ib}): 1 x per week 30 minuten (check-in op maandag)."),
                P(f"• Inzet ambulant begeleider van het samenwerkingsverband ({c.other}): 1 x per twee weken, observatie en coaching van {who}.")]
    if eid == 'afwijkingen_onderwijsprogramma':
        if t in ("po", "sbo", "so"):
            return [P(f"{n} volgt voor rekenen een eigen leerlijn (einddoel niveau 1F, eind groep 6-niveau). "
                      f"Daarnaast gaat {n} tot de kerstvakantie op dinsdag en donderdag om 12.00 uur naar huis (aangepast "
                      f"rooster, gemeld bij de leerplichtambtenaar).")]
        return [P(f"{n} krijgt vrijstelling voor het vak Frans; die uren worden besteed aan extra taal en begeleiding. "
                  f"Voor wiskunde volgt {n} het programma van de basisberoepsgerichte leerweg (lager niveau dan de klas).")]
    if eid == 'doelen':
        return [P(f"1. Eind {MONTHS[c.eval1.month-1]} {c.eval1.year} leest {n} een tekst op {r_avi(c)} met maximaal 3 fouten (AVI-toets)."),
                P(f"2. {n} past bij rekenen zelfstandig de strategie 'splitsen' toe bij sommen tot 100 (score minstens 80% op de methodetoets van blok 4)."),
                P(f"3. Bij een onduidelijke opdracht vraagt {n} binnen 5 minuten zelf om hulp (observatie door de leerkracht, 4 van de 5 dagen).")]
    if eid == 'adviezen_professionals':
        out = [P(f"Orthopedagoog {c.expert} (Expertisecentrum De Lindenhorst, onderzoek {dshort(c.advice_date)}) adviseert: "
                 f"instructie visueel ondersteunen, niet meer dan één opdracht tegelijk geven en de hoeveelheid stof per blad beperken. "
                 f"School neemt deze adviezen over in de ondersteuning hierboven (verlengde instructie met stappenkaart).")]
        if t in ("so", "vso"):
            out.append(P(f"De commissie voor de begeleiding heeft het OPP besproken op {dlong(c.oogo - dt.timedelta(days=7))} en adviseert "
                         f"de doelen voor zelfredzaamheid op te nemen en de stage uit te breiden. Beide adviezen zijn verwerkt."))
        return out
    if eid == 'oogo':
        who = c.name + " zelf (meerderjarig)" if c.adult else c.parents
        return [P(f"Het ontwikkelingsperspectief is op {dlong(c.oogo)} in een op overeenstemming gericht overleg besproken met "
                  f"{who}, {c.teacher} en {c.ib}. "
                  f"Wens vanuit thuis: meer aandacht voor zelfstandig werken; dit is opgenomen bij doel 3.")]
    if eid == 'inbreng_leerling':
        return [P(f"Gesprek met {n} op {dlong(c.talk)} (met {c.teacher}). {n} vertelt: 'Ik werk het liefst aan een tafel "
                  f"bij het raam, want in de kring is het te druk. En ik wil beter leren lezen.'"),
                P(f"Wat we ermee doen: {n} krijgt op eigen verzoek een vaste werkplek bij het raam en het leesdoel (doel 1) is "
                  f"samen met {n} opgesteld.")]
    if eid == 'evaluatie':
        with_ = "met " + (c.name if c.adult else f"ouders en {n}" if c.inbreng_applies() else "ouders")
        return [P(f"Tussentijdse evaluatie {with_}: week van {dlong(c.eval1)}. Jaarlijkse evaluatie en bijstelling van het OPP "
                  f"{with_}: {dlong(c.eval2)}, door {c.ib}.")]
    if eid == 'informatie_rechten':
        wie = "U heeft als meerderjarige leerling" if c.adult else "Ouders hebben"
        return [P(f"{wie} instemmingsrecht op het handelingsdeel van het OPP; zonder instemming wordt het handelingsdeel niet "
                  f"uitgevoerd. Bent u het niet eens met het OPP, bespreek dit dan eerst met de directeur. U kunt gratis advies "
                  f"vragen bij het ouder- en jeugdsteunpunt van {c.swv} of bij een onderwijsconsulent. Binnen zes weken na de "
                  f"vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if eid == 'vaststelling':
        return [P(f"Vastgesteld op {dlong(c.date_set)} door {c.director}, directeur {c.school}.")]
    raise KeyError(eid)


def r_avi(c):
    return c.r.choice(["AVI-E5", "AVI-M6", "AVI-E4", "AVI-M5"])


# ---- consent ----------------------------------------------------------------
CONSENT_OK = {"wg", "img", "digital", "stated", "checkbox", "adult", "curator", "hand"}
CONSENT_BAD = {"voor_gezien", "onder_protest", "refused", "partial", "school_only", "blank_line", "unticked",
               "no_date", "blank_form", "parents_only_adult", "pupil_only_curatele", "deleted", "comment_only", "hidden", "white"}


def consent_blocks(v, c):
    n = c.first
    school = dict(role=f"Namens de school ({c.director}, directeur)", name=c.director, date=dshort(c.date_set), mark="wg")
    intro = P(f"Ouders/verzorgers verklaren hierbij in te stemmen met het handelingsdeel van het ontwikkelingsperspectief van {n}.")
    mum = lambda mark, date=dshort(c.sign): dict(role="Ouder/verzorger 1", name=c.mother, date=date, mark=mark)
    dad = lambda mark, date=dshort(c.sign): dict(role="Ouder/verzorger 2", name=c.father, date=date, mark=mark)
    if v == "wg":
        return [intro, ('sig', [mum("wg"), dad("wg"), school])]
    if v == "img":
        return [intro, ('sig', [mum("img"), school])]
    if v == "hand":
        return [intro, ('sig', [mum("hand"), dad("hand"), school])]
    if v == "digital":
        return [intro, P(f"Digitaal ondertekend door {c.mother} (moeder) op {dshort(c.sign)} om 20:14 via het ouderportaal; "
                         f"keuze: 'Ik stem in met het handelingsdeel'."), ('sig', [school])]
    if v == "stated":
        return [P(f"Ouders ({c.parents}) hebben op {dlong(c.sign)} per e-mail aan de intern begeleider laten weten in te stemmen "
                  f"met het handelingsdeel. De e-mail is in het leerlingdossier opgenomen.")]
    if v == "checkbox":
        return [('checks', [("Ouders stemmen in met het handelingsdeel", True), ("Ouders stemmen niet in met het handelingsdeel", False)]),
                ('sig', [mum("wg"), school])]
    if v == "adult":
        return [P(f"{c.name} is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel."),
                ('checks', [("Ik ga akkoord met het handelingsdeel", True), ("Ik ga niet akkoord", False)]),
                ('sig', [dict(role="Leerling", name=c.name, date=dshort(c.sign), mark="wg"), school])]
    if v == "curator":
        return [P(f"{c.name} is meerderjarig; voor {c.zijn} beslissingen is curatele uitgesproken. Instemming wordt gegeven door de curator."),
                ('checks', [("Curator stemt in met het handelingsdeel", True), ("Curator stemt niet in", False)]),
                ('sig', [dict(role="Curator", name=c.father + " (vader, curator)", date=dshort(c.sign), mark="wg"), school])]
    if v == "voor_gezien":
        return [intro, ('sig', [dict(role="Ouder/verzorger 1", name=c.mother + " - voor gezien", date=dshort(c.sign), mark="wg"), school])]
    if v == "onder_protest":
        return [intro, P(f"Opmerking ouders: 'Wij tekenen onder protest; wij zijn het niet eens met het aangepaste rooster.'"),
                ('sig', [mum("wg"), school])]
    if v == "refused":
        return [('checks', [("Ouders stemmen in met het handelingsdeel", False), ("Ouders stemmen niet in met het handelingsdeel", True)]),
                P("Reden: ouders willen geen eigen leerlijn voor rekenen."), ('sig', [mum("wg"), school])]
    if v == "partial":
        return [intro, P("Ouders stemmen in met het handelingsdeel, met uitzondering van de afspraken over de time-out-ruimte; "
                         "daarover volgt een nieuw gesprek."), ('sig', [mum("wg"), dad("wg"), school])]
    if v == "school_only":
        return [intro, ('sig', [school, dict(role=f"Intern begeleider", name=c.ib, date=dshort(c.date_set), mark="wg")])]
    if v == "blank_line":
        return [intro, ('sig', [mum(""), dad("", ""), school])]
    if v == "unticked":
        return [('checks', [("Ouders stemmen in met het handelingsdeel", False), ("Ouders stemmen niet in met het handelingsdeel", False)]),
                ('sig', [mum("", ""), school])]
    if v == "blank_form":
        return [P("Ouders/verzorgers verklaren in te stemmen met het handelingsdeel."),
                ('sig', [dict(role="Ouder/verzorger 1", name="", date="", mark=""), dict(role="Ouder/verzorger 2", name="", date="", mark=""),
                         dict(role="Namens de school", name="", date="", mark="")])]
    if v == "no_date":
        return [intro, ('sig', [mum("wg", ""), school])]
    if v == "parents_only_adult":
        return [intro, ('sig', [mum("wg"), dad("wg"), school])]
    if v == "pupil_only_curatele":
        return [P(f"{c.name} is meerderjarig (curatele uitgesproken)."),
                ('sig', [dict(role="Leerling", name=c.name, date=dshort(c.sign), mark="wg"), school])]
    if v == "deleted":
        return [P((f"Ouders hebben op {dlong(c.sign)} mondeling ingestemd met het handelingsdeel.", 'del')),
                ('sig', [mum("", ""), school])]
    if v == "comment_only":
        return [('comment', [("Handtekening ouder(s): ", 'n'), ("____________________", 'n')],
                 f"{c.ib}: moeder heeft telefonisch gezegd dat ze akkoord is, formulier nog niet terug."),
                ('sig', [school])]
    if v == "hidden":
        return [intro, P((f"Ouders akkoord per mail {dshort(c.sign)}.", 'hid')), ('sig', [mum("", ""), school])]
    if v == "white":
        return [intro, P((f"Getekend door moeder op {dshort(c.sign)}.", 'white')), ('sig', [mum("", ""), school])]
    raise KeyError(v)


# ---- element builder ---------------------------------------------------------
def build(eid, v, c):
    """Return (status, blocks). blocks None means: section not in document body."""
    n = c.first
    if eid == 'inbreng_leerling' and not c.inbreng_applies():
        # not yet in force / adult pupil is the party himself: whatever is written, not applicable
        return 'not_applicable', _build(eid, v, c)[1]
    return _build(eid, v, c)


def _build(eid, v, c):
    n = c.first
    if eid == 'instemming_ouders':
        if v in CONSENT_OK:
            return 'present', consent_blocks(v, c)
        if v in CONSENT_BAD:
            return 'incomplete', consent_blocks(v, c)
        if v == 'avg_only':
            return 'missing', [P("Toestemming AVG: ouders geven toestemming voor het delen van dit OPP met de ambulant "
                                 "begeleider van het samenwerkingsverband en het gebruik van beeldmateriaal voor video-interactiebegeleiding."),
                               ('checks', [("Ja, wij geven toestemming (AVG)", True), ("Nee", False)]),
                               ('sig', [dict(role="Ouder/verzorger", name=c.mother, date=dshort(c.sign), mark="wg")])]
    if eid == 'afwijkingen_onderwijsprogramma':
        if v == 'none':
            return 'not_applicable', [P(f"Er wordt niet afgeweken van het reguliere onderwijsprogramma; {n} volgt de leerstof en het rooster van de groep.")]
        if v == 'none_ticked':
            return 'not_applicable', [('checks', [("Geen afwijkingen van het onderwijsprogramma", True),
                                                  ("Wel afwijkingen, namelijk (zie toelichting)", False)])]
        if v == 'unticked':
            return 'incomplete', [('checks', [("Geen afwijkingen van het onderwijsprogramma", False),
                                              ("Wel afwijkingen, namelijk:", False)])]
        if v == 'wel_empty':
            return 'incomplete', [('checks', [("Geen afwijkingen van het onderwijsprogramma", False),
                                              ("Wel afwijkingen, namelijk:", True)]), P(("", 'n'))]
        if v == 'nvt_applies':  # the plan says elsewhere there is a reduced timetable
            return 'incomplete', [P("n.v.t.")]
    if eid == 'inbreng_leerling' and v == 'view_only':
        return 'incomplete', [P(f"{n} zegt: 'Ik vind rekenen leuk maar lezen vind ik stom. In de klas is het vaak te lawaaierig.'")]
    if eid in ('oogo',) and v == 'unticked':
        return 'incomplete', [('checks', [("Het OPP is besproken met ouders (OOGO)", False)]),
                              P("Datum: ", ("", 'n'))]
    if eid in ('oogo', 'vaststelling') and v == 'nodate':
        if eid == 'oogo':
            return 'incomplete', [P("Het OPP is besproken met ouders. Datum: __-__-____")]
        return 'incomplete', [P(f"Vastgesteld door {c.director}, directeur, op: ______________")]
    if eid == 'uitstroombestemming' and v == 'dd_unchosen':
        return 'incomplete', [('dd', "Verwachte uitstroom", DD_OPTIONS[c.stype], None)]
    if eid == 'uitstroombestemming' and v == 'dd_chosen':
        opts = DD_OPTIONS[c.stype]
        return 'present', [('dd', "Verwachte uitstroom", opts, 2)]
    if v == 'present':
        return 'present', present_blocks(eid, c)
    if v in ('absent', 'toc_only'):
        return 'missing', None
    if v == 'empty':
        return 'incomplete', []
    if v == 'dots':
        return 'incomplete', [P("...")]
    if v == 'ntb':
        return 'incomplete', [P(c.r.choice(NTB[:5]))]
    if v == 'placeholder':
        return 'incomplete', [P(("Klik of tik om tekst in te voeren.", 'ph'))]
    if v == 'instruction':
        return 'incomplete', [P((INSTR[eid], 'instr'))]
    if v == 'ref':
        return 'incomplete', [P(REF[eid])]
    if v == 'generic':
        return 'incomplete', [P(GENERIC[eid])]
    if v == 'hidden':
        return 'incomplete', [P(*[(t, 'hid') for b in present_blocks(eid, c) for t, _ in b[1]])]
    if v == 'white':
        return 'incomplete', [P(*[(t, 'white') for b in present_blocks(eid, c) for t, _ in b[1]])]
    if v == 'deleted':
        return 'incomplete', [P(*[(t, 'del') for b in present_blocks(eid, c) for t, _ in b[1]])]
    if v == 'comment_only':
        return 'incomplete', [('comment', [("", 'n')], f"{c.ib}: " + " ".join(t for b in present_blocks(eid, c) for t, _ in b[1])[:160])]
    raise KeyError((eid, v))


DD_OPTIONS = {
    "po": ["Kies een item.", "praktijkonderwijs", "vmbo basisberoepsgerichte leerweg (met lwoo)", "vmbo kaderberoepsgerichte leerweg", "vmbo gemengde/theoretische leerweg", "havo", "vwo"],
    "sbo": ["Kies een item.", "praktijkonderwijs", "vmbo basisberoepsgerichte leerweg (met lwoo)", "vmbo kaderberoepsgerichte leerweg", "vmbo-tl", "havo"],
    "so": ["Kies een item.", "vso profiel dagbesteding", "vso profiel arbeidsmarktgericht", "vso profiel vervolgonderwijs", "praktijkonderwijs"],
    "vo": ["Kies een item.", "mbo niveau 1 (Entree)", "mbo niveau 2", "mbo niveau 3", "mbo niveau 4", "hbo"],
    "pro": ["Kies een item.", "dagbesteding", "arbeid (beschut)", "arbeid met Entree-opleiding", "mbo niveau 2"],
    "vso": ["Kies een item.", "dagbesteding", "arbeidsmarktgericht", "vervolgonderwijs"],
}
