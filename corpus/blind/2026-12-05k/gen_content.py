# -*- coding: utf-8 -*-
"""Invented pupils, schools and facts for the blind set. Deterministic (seeded)."""
import random, datetime as dt

ELS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
       "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
       "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
       "informatie_rechten", "vaststelling"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]

def dlong(d):
    return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)

def dshort(d):
    return d.strftime("%d-%m-%Y")

VOORNAMEN_M = ["Jelmer", "Bilal", "Daan", "Mees", "Ilias", "Tygo", "Ruben", "Milan", "Sven", "Jayden",
               "Kasper", "Thijs", "Bram", "Lucas", "Finn", "Stijn", "Ravi", "Dex", "Wout", "Joep",
               "Teun", "Olivier", "Hamza", "Gijs", "Siebe"]
VOORNAMEN_V = ["Sanne", "Noor", "Yara", "Fenna", "Lotte", "Amira", "Zoë", "Esra", "Hanna", "Liv",
               "Meryem", "Roos", "Aya", "Isa", "Nova", "Jasmijn", "Merel", "Selin", "Elin", "Lina",
               "Maud", "Femke", "Ilse", "Wietske", "Djoeke"]
ACHTERNAMEN = ["Verhoef-Kamstra", "Bakkum", "Dijkgraef", "El Ouazzani", "Kuipershoek", "Tjoelkema",
               "van Haeften", "Roozenboom", "Wijnbergen", "Oosterhagen", "Brinkhorst", "Yildirimoglu",
               "Postmus", "Hoekveld", "de Wildt", "Kamphuysen", "van Leeuwarde", "Zwagerman",
               "Appelhof", "Terpstra-Bos", "Mulderij", "Nieuwkerke", "Sahinovic", "Drenthe", "Harkema",
               "Vlietstra", "Bosveld", "Kranenburgh", "de Roode", "Oldenhuis", "Scheepmaker",
               "Winterdijk", "Achterberg", "Lindeboom", "Ferwerda"]
PLAATSEN = ["Haverveen", "Grootemeer", "Kerkbroek", "Zandwijk-Oost", "Molenhaven", "Dijkstede",
            "Walderveen", "Hessum", "Oudewierde", "Lindeloo", "Broekhuizerveld", "Marsdijk"]
SCHOOLNAMEN = {
    "po": ["OBS De Wilgenhoek", "Basisschool 't Zonnedauw", "CBS De Lichtboei", "IKC Het Vlonderpad",
           "Jenaplanschool De Regenboogwei", "RKBS Sint Aldegundis"],
    "sbo": ["SBO De Keerkring", "SBO Het Stapstuk", "School voor speciaal basisonderwijs De Wegwijzer-Oost",
            "SBO De Tuimelaar"],
    "so": ["Mytylschool De Zeilwind (so)", "SO De Horizonbaan", "Cluster 4-school Het Baken-Noord (so)",
           "SO Kristal"],
    "vo": ["Scholengemeenschap Het Wolderlyceum", "Vmbo-college De Dijkpoort", "Stedelijk Havo-Vwo Marsdijk",
           "Calvijn College Oudewierde"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Lindeloo", "PrO De Ambachtshoeve"],
    "vso": ["VSO De Zeilwind", "VSO Het Baken-Noord", "VSO De Brug naar Werk", "VSO Kristal"],
}
SWV = ["SWV Passend Leren Haverveen e.o.", "Samenwerkingsverband VO Dijkstede-Walderveen",
       "SWV Samen Sterk Grootemeer", "Stichting SWV Onderwijs op Maat Hessum", "SWV VO Lindeloo-Marsdijk"]
STAFF = ["mevr. A. Boerema", "dhr. K. Vlasblom", "mevr. S. Achtienribbe", "dhr. P. Jongsma",
         "mevr. L. Tromp-Heeringa", "dhr. J. Koudijs", "mevr. N. Bouzidi", "dhr. R. Middag",
         "mevr. E. van Gelderen", "dhr. T. Oudeman", "mevr. M. Karsten", "dhr. W. Haijema"]

DEST = {
    "po": [("vmbo kaderberoepsgerichte leerweg", "DLE's eind groep 7: begrijpend lezen 31 (niveau E5), rekenen 36 (M6), spelling 40; NIO (groep 7): totaalscore 88; ontwikkeling rekenen vlakt sinds groep 6 af"),
           ("vmbo basisberoepsgerichte leerweg met leerwegondersteuning", "leerrendement over groep 4 t/m 7 rond 55%; Cito begrijpend lezen stabiel op niveau V; WISC-V (maart 2024) TIQ 82 met een sterker performaal profiel"),
           ("vmbo gemengde/theoretische leerweg", "rekenen en spelling ruim op niveau (II), begrijpend lezen III; het tempo is laag door de concentratieproblemen; leerrendement 78%")],
    "sbo": [("praktijkonderwijs", "IQ (WISC-V, 2023) 71; DLE's groep 8: rekenen M5, begrijpend lezen E4; leerrendement onder de 50% over de laatste drie jaar"),
            ("vmbo basisberoepsgerichte leerweg met lwoo", "DLE rekenen M6 en technisch lezen E6 eind jaar 7; achterstand in begrijpend lezen (E4); sociaal-emotioneel sterk gegroeid op het sbo")],
    "so": [("vso, profiel vervolgonderwijs (vmbo basis, daarna mbo 2)", "leerlijn rekenen op niveau eind groep 6, lezen AVI-M6 beheerst; de groei is het laatste jaar regelmatig; gedragsdoelen worden steeds vaker gehaald"),
           ("vso, uitstroomprofiel arbeidsmarktgericht", "leerontwikkeling volgt de leerlijn van het profiel arbeid; IQ 64 (SON-R, 2023); zelfredzaamheid en werkhouding ontwikkelen zich goed"),
           ("regulier vmbo (kader), met ondersteuning vanuit het SWV", "schoolresultaten liggen op het niveau van groep 7 regulier; het gedrag is stabiel sinds het nieuwe dagritme van januari; observaties van de gedragswetenschapper")],
    "vo": [("vmbo-kader diploma, daarna mbo niveau 3 (Zorg en Welzijn)", "rapportcijfers leerjaar 2 gemiddeld 6,4; Diataal/Diarekenen op 2F-niveau; goede beroepsgerichte vakken"),
           ("havo-diploma", "overgang naar havo-4 met 2 compensatiepunten; de cijfers zijn gedaald in de periode van thuiszitten en daarna hersteld; drempeltoets gemiddeld"),
           ("vmbo-tl diploma", "cijfers voor de theorievakken liggen rond de 6,8; bij wiskunde en Duits zijn aanpassingen nodig; de leerling functioneert goed in de tl-klas")],
    "pro": [("arbeid: werk in de groenvoorziening, met een entree-certificaat", "stagebeoordelingen positief (3x 'goed'); rekenen 1F deels behaald; werkt zelfstandig aan de praktijkvakken"),
            ("mbo Entree (niveau 1) Horeca, combinatie met werk", "branchecertificaat hygiëne gehaald; taal op 1F; interne stage in de schoolkeuken goed afgerond")],
    "vso": {"vervolgonderwijs": ("profiel vervolgonderwijs: mbo niveau 2 (Logistiek)", "vmbo-basis examens in 4 vakken gehaald; rekenen 2F; beroepsgerichte stage bij een magazijn verloopt goed"),
            "arbeidsmarktgericht": ("profiel arbeidsmarktgericht: werk bij een leerwerkbedrijf (beschut werk)", "stage-evaluaties: werktempo en zelfstandigheid groeien; werkt 3 dagdelen per week bij de kringloopwinkel; praktijkverklaring schoonmaak behaald"),
            "dagbesteding": ("profiel dagbesteding: arbeidsmatige dagbesteding (zorgboerderij)", "ontwikkeling op het niveau van de leerlijn ZML; heeft veel nabijheid nodig; werkt met plezier bij de dieren tijdens de interne stage")},
}

BEL = ["begrijpend lezen ligt ruim anderhalf jaar achter",
       "raakt snel overprikkeld in drukke ruimtes zoals de aula",
       "zwak werkgeheugen (WGI 76 op de WISC-V)",
       "faalangst rond toetsen en presentaties",
       "wisselende aanwezigheid door ziekenhuisopnames",
       "ADHD, waardoor de aandacht ongeveer tien minuten standhoudt",
       "de thuistaal is Pools en de schooltaal is nog niet op niveau",
       "loopt vast bij onverwachte veranderingen in het rooster",
       "conflicten met klasgenoten in ongestructureerde momenten",
       "vermoeidheid door slecht slapen",
       "lage frustratietolerantie bij nieuwe stof",
       "motorisch traag; schrijven kost veel energie"]
BEV = ["goed in rekenen en ruimtelijk inzicht",
       "gemotiveerd en wil graag laten zien wat hij/zij kan",
       "ouders zijn betrokken en komen op afspraken",
       "heeft een goede band met de mentor",
       "muzikaal (speelt slagwerk bij de fanfare)",
       "helpt graag jongere leerlingen",
       "werkt goed met een dagplanning op papier",
       "sportief (voetbalt twee keer per week bij de club)",
       "eerlijk en kan goed verwoorden wat hij/zij voelt",
       "handig met de handen (bouwt thuis fietsen op)",
       "sterke woordenschat in de thuistaal",
       "vraagt steeds vaker zelf om hulp"]
BEH = ["korte instructie in een klein groepje, daarna direct oefenen",
       "een vaste werkplek aan de rand van het lokaal",
       "het dagprogramma vooraf zien, met wijzigingen op tijd gemeld",
       "extra tijd bij toetsen (25%) en toetsen in een stille ruimte",
       "een volwassene die aan het begin van de les checkt of de opdracht duidelijk is",
       "bewegingspauzes tussen de taken",
       "opdrachten in kleine stappen met een afvinklijst",
       "voorgelezen teksten (spraaksoftware)",
       "een vast aanspreekpunt bij spanning",
       "succeservaringen: werk op het eigen niveau"]
DOELEN = ["leest in februari een AVI-E6-tekst met hoogstens 2 fouten per 100 woorden",
          "maakt in de methodetoets van blok 5 ten minste 80% van de sommen met tientalovergang goed",
          "vraagt in 4 van de 5 lessen binnen 2 minuten hulp met de hulpkaart (turven door de leerkracht)",
          "is in periode 2 bij ten minste 95% van de lesuren op tijd aanwezig",
          "gebruikt bij spanning zelf de time-outplek en is binnen 10 minuten terug (observatie, 3 keer per week)",
          "rondt vóór de kerstvakantie de eerste 10 taken van de stagemap af",
          "scoort bij de Diarekenen-toets in mei minimaal 1F op alle domeinen",
          "speelt in de pauze 3 keer per week mee zonder dat een volwassene hoeft in te grijpen",
          "plant in de agenda zelf het huiswerk voor één week en laat dat elke maandag zien aan de mentor",
          "reist vanaf maart zelfstandig met de bus naar de stageplek"]
STEUN = [("RT begrijpend lezen in een groepje van drie", "de remedial teacher", "2x per week 30 minuten", "vanaf 1 oktober"),
         ("coaching op planning en organisatie", "de mentor", "wekelijks 20 minuten op maandag", "vanaf de start van periode 2"),
         ("sociale vaardigheidstraining 'Sterk in de groep'", "de schoolmaatschappelijk werker", "10 bijeenkomsten van een uur", "vanaf november"),
         ("ambulante begeleiding gericht op gedrag in de klas", "de ambulant begeleider van het SWV", "eens per twee weken", "vanaf de herfstvakantie"),
         ("pre-teaching rekenen op het eigen niveau", "de onderwijsassistent", "3x per week 15 minuten", "direct na vaststelling"),
         ("time-outplek bij de intern begeleider en een vast rustmoment", "de intern begeleider", "dagelijks na de grote pauze", "vanaf 1 september"),
         ("stagebegeleiding en jobcoaching", "de stagecoördinator", "wekelijks bezoek of belafspraak", "vanaf januari"),
         ("logopedie op school (taalbegrip)", "de logopedist van het samenwerkingsverband", "1x per week 45 minuten", "vanaf 15 oktober")]
AFW = ["een eigen leerlijn rekenen op het niveau van eind groep 6",
       "vrijstelling voor Duits; die uren worden besteed aan extra Nederlands",
       "een verkort rooster: vier dagen per week tot de kerstvakantie, daarna opbouwen naar vijf dagen",
       "vervangende doelen voor begrijpend lezen (leerlijn op lager niveau)",
       "geen huiswerk voor de zaakvakken; de verwerking gebeurt op school",
       "twee dagdelen per week externe stage in plaats van de algemene vakken"]
ADVIES = [("de GZ-psycholoog van het onderzoeksbureau (recent onderzoek)", "instructie visueel ondersteunen en kort houden; spanning vroeg herkennen", "de leerkracht gebruikt pictogrammen bij elke instructie en er is een signaleringsplan"),
          ("de orthopedagoog van het samenwerkingsverband", "intensieve leesbegeleiding en een dyslexieverklaring aanvragen", "de RT is gestart; de aanvraag voor de verklaring loopt via de ib'er"),
          ("de logopedist", "mondelinge opdrachten herhalen en laten navertellen", "afgesproken met alle vakdocenten; staat in het leerlingprofiel"),
          ("de jeugdarts (gesprek september)", "rekening houden met vermoeidheid: rustmoment middag", "het rustmoment is in het rooster opgenomen"),
          ("de behandelaar van de jeugd-GGZ", "dezelfde aanpak thuis en op school bij boosheid", "ouders, school en behandelaar gebruiken hetzelfde stappenplan")]
CVB = ("de Commissie voor de Begeleiding (CvB)", "het uitstroomprofiel handhaven en het handelingsdeel richten op zelfstandigheid en werknemersvaardigheden", "het plan volgt dit advies; de doelen zijn hierop geschreven")
INBRENG = [("zegt zelf dat hij/zij het meest last heeft van de drukte in de klas en liever vooraan zit", "de vaste werkplek is aangepast naar een plek vooraan bij het raam"),
           ("wil graag minder vaak uit de klas gehaald worden voor extra hulp", "de RT is verplaatst naar het eerste uur, zodat de gewone lessen niet gemist worden"),
           ("wil later met dieren werken en vindt de stage het leukste deel", "de stageplek is gekozen bij een kinderboerderij en het doel over zelfstandig reizen is toegevoegd"),
           ("vindt de time-outplek fijn, maar wil zelf kunnen kiezen wanneer", "het signaleringsplan is aangepast: de leerling mag zelf een kaartje leggen"),
           ("vertelde dat het huiswerk thuis steeds tot ruzie leidt", "het huiswerk voor de zaakvakken vervalt en wordt op school gemaakt")]

def pron(g):
    return ("hij", "zijn", "hem") if g == "m" else ("zij", "haar", "haar")

def fix(s, g):
    return s.replace("hij/zij", pron(g)[0])

def profile(spec):
    r = random.Random(spec["id"])
    st = spec["school_type"]
    g = r.choice("mv")
    vn = r.choice(VOORNAMEN_M if g == "m" else VOORNAMEN_V)
    an = r.choice(ACHTERNAMEN)
    d = spec["date"]
    age = {"po": 11, "sbo": 11, "so": 10, "vo": 14, "pro": 15, "vso": 16}[st]
    if spec.get("adult") or spec.get("curatele"):
        age = 18
    geb = dt.date(d.year - age - 1, r.randint(1, 12), r.randint(1, 28))
    if st == "vso":
        dest = DEST["vso"][spec.get("profiel", "arbeidsmarktgericht")]
    else:
        dest = r.choice(DEST[st])
    staff = r.sample(STAFF, 5)
    ouder1 = "%s %s" % (r.choice(["mevr. D.", "mevr. H.", "dhr. M.", "mevr. G.", "dhr. A."]), an)
    p = dict(vn=vn, an=an, naam="%s %s" % (vn, an), g=g, hij=pron(g)[0], zijn=pron(g)[1], hem=pron(g)[2],
             Hij=pron(g)[0].capitalize(), Zijn=pron(g)[1].capitalize(),
             geb=geb, school=r.choice(SCHOOLNAMEN[st]), plaats=r.choice(PLAATSEN), swv=r.choice([s for s in SWV if ("VO" in s) == (st in ("vo", "pro", "vso"))] or SWV),
             ib=staff[0], mentor=staff[1], dir=staff[2], ab=staff[3], gw=staff[4], ouder=ouder1,
             ouder2="%s %s" % (r.choice(["dhr. F.", "mevr. T.", "dhr. S."]), r.choice(ACHTERNAMEN)),
             dest=dest[0], onder=dest[1],
             bel=[fix(x, g) for x in r.sample(BEL, 3)], bev=[fix(x, g) for x in r.sample(BEV, 3)],
             beh=r.sample(BEH, 3), doelen=r.sample([x for x in DOELEN if fits(x, st)], 3), steun=r.sample([x for x in STEUN if fits(x, st)], 2),
             afw=r.choice([x for x in AFW if fits(x, st)]), advies=(CVB if st in ("so", "vso") else r.choice(ADVIES)),
             advies2=r.choice(ADVIES), inbreng=tuple(fix(x, g) for x in r.choice([x for x in INBRENG if fits(x, st)])),
             klas={"po": "groep 7", "sbo": "groep 7", "so": "groep Zeester", "vo": "klas 2B",
                   "pro": "leerjaar 3", "vso": "leerjaar 4"}[st],
             date=d, oogo_d=d - dt.timedelta(days=r.randint(5, 20)),
             eval_d=d + dt.timedelta(days=r.choice([120, 150, 180])),
             eval_d2=d + dt.timedelta(days=330),
             cons_d=d + dt.timedelta(days=r.randint(2, 12)))
    p["st"] = st
    return p

YOUNG_ONLY = ("AVI", "tientalovergang", "pauze 3 keer", "RT begrijpend", "eind groep 6", "vervangende doelen voor begrijpend", "pre-teaching", "RT is verplaatst")
OLD_ONLY = ("stage", "Diarekenen", "agenda", "bus naar", "Duits", "periode 2", "op tijd aanwezig", "jobcoaching")
def fits(x, st):
    t = x if isinstance(x, str) else " ".join(x)
    if st in ("po", "sbo", "so"):
        return not any(k in t for k in OLD_ONLY)
    return not any(k in t for k in YOUNG_ONLY)
