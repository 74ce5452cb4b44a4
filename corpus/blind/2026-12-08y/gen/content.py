# -*- coding: utf-8 -*-
"""Content and layouts for the blind OPP corpus (round 77, 2026-12-08y).
Everything is invented. Deterministic: every random choice uses random.Random(crc32(doc id))."""
import random, zlib, datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]
CUTOFF = dt.date(2025, 8, 1)
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
         "oktober", "november", "december"]

def dlong(d): return "%d %s %d" % (d.day, MAAND[d.month - 1], d.year)
def dshort(d): return d.strftime("%d-%m-%Y")

FIRST_M = ["Daan", "Milan", "Sem", "Jurre", "Thijmen", "Noud", "Bram", "Yusuf", "Jesse", "Olivier", "Kian", "Teun", "Ravi", "Mees"]
FIRST_F = ["Lotte", "Fenna", "Isa", "Noor", "Sanne", "Yara", "Lieke", "Amira", "Femke", "Roos", "Jasmijn", "Esmee", "Nova", "Ilse"]
SUR = ["Verhoeckx", "Brinkhorst", "van Aldering", "Kuipenga", "de Strooper", "Hoogeveld", "Oudemolen", "Tjalsma",
       "El Haddaoui", "Vermeulenhof", "Bakkerveen", "Rijnsburgh", "van Tilborgh", "Smeetsma", "Dijkgraaf-Lo", "Wennekes"]
STAFF = ["M. Hofstede", "A. Barendrecht", "J. Oldenkamp", "R. van Woudenberg", "S. Kortenhorst", "P. Nijeboer",
         "E. Lammerink", "K. Driessenaar", "H. Zwanenburg", "L. Ter Borgh", "T. Valkema", "W. Kroeskop"]
PLACES = ["Lindenveen", "Haverdijk", "Oosterbroek", "Meerstede", "Zandwolde", "Brakelhout", "Ekelenburg", "Wierdum-Oost"]
SCHOOLS = {
 "po": ["OBS De Wilgenhoek", "Kindcentrum Het Zonnespoor", "CBS De Lichtboei", "IKC De Notenkraker", "RKBS Sint-Ludger", "OBS Het Kompasveld"],
 "sbo": ["SBO De Klimboom", "SBO Het Palet-Oost", "Speciale basisschool De Brug van Haverdijk"],
 "so": ["SO De Horizonrand (cluster 4)", "Mytylschool De Vlinderhof", "SO Het Baken (cluster 3)"],
 "vo": ["Scholengemeenschap Het Veldmeer", "Lindenveen College", "Christelijk Lyceum De Ommelanden", "Vakcollege Brakelhout", "Montessori College Haverdijk"],
 "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Zandwolde"],
 "vso": ["VSO De Horizonrand", "VSO Het Kompas-Noord", "Mytylschool De Vlinderhof, afdeling vso"],
}
SWV = ["Samenwerkingsverband Passend Onderwijs Lindenveen e.o.", "SWV PO Haverdijk-Zuid", "Samenwerkingsverband VO Oosterbroek-Meerstede",
       "SWV Zandwolde en Brakelhout"]
SYSTEMS = ["EduDossier", "LeerlingLijn", "KlasPortaal"]

class Ctx:
    def __init__(self, spec):
        self.spec = spec
        r = self.r = random.Random(zlib.crc32(spec["id"].encode()))
        st = spec["type"] if spec["type"] != "none" else "po"
        self.st = st
        self.male = r.random() < 0.55
        self.n = r.choice(FIRST_M if self.male else FIRST_F)
        self.sur = r.choice(SUR)
        self.full = self.n + " " + self.sur
        self.hij = "hij" if self.male else "zij"
        self.Hij = self.hij.capitalize()
        self.zijn = "zijn" if self.male else "haar"
        self.hem = "hem" if self.male else "haar"
        self.school = r.choice(SCHOOLS[st])
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV)
        self.system = r.choice(SYSTEMS)
        staff = r.sample(STAFF, 5)
        self.mentor, self.ib, self.director, self.extern, self.other = staff
        self.mother = "mevrouw " + r.choice(SUR[:8]).replace("van ", "Van ").replace("de ", "De ")
        self.father = "de heer " + self.sur.replace("van ", "Van ").replace("de ", "De ")
        self.parents = "%s en %s" % (self.mother, self.father)
        self.vast = spec["date"]
        self.rev = spec.get("revised")
        self.oogo = self.vast - dt.timedelta(days=r.choice([6, 8, 13]))
        self.talk = self.oogo - dt.timedelta(days=r.choice([3, 5, 9]))
        eff = self.rev or self.vast
        self.eval1 = eff + dt.timedelta(days=120)
        self.eval2 = eff + dt.timedelta(days=240)
        age = {"po": 10, "sbo": 11, "so": 10, "vo": 13, "pro": 15, "vso": 16}[st] + r.choice([0, 1])
        if spec.get("adult") or spec.get("curatele"):
            age = r.choice([18, 19, 20]) if not spec.get("age") else spec["age"]
        self.age = age
        self.birth = dt.date(self.vast.year - age, r.randint(1, 12), r.randint(1, 28))
        if (self.vast.month, self.vast.day) < (self.birth.month, self.birth.day):
            self.birth = self.birth.replace(year=self.birth.year - 1)
        self.group = {"po": "groep %d" % r.choice([6, 7, 8]), "sbo": "groep %d (stamgroep Uilen)" % r.choice([6, 7]),
                      "so": "groep Dolfijnen (mk %d)" % r.choice([5, 6]), "vo": r.choice(["klas 2 vmbo-kader", "klas 3 havo", "klas 1 mavo/havo", "klas 2 vmbo-tl"]),
                      "pro": "leerjaar %d" % r.choice([2, 3]), "vso": "bovenbouw, %de jaar" % r.choice([1, 2, 3])}[st]
        self.sign_date = self.vast + dt.timedelta(days=r.choice([0, 2, 4]))
        self.print_date = self.vast + dt.timedelta(days=r.choice([7, 15]))

    def f(self, s):
        return s.format(n=self.n, hij=self.hij, Hij=self.Hij, zijn=self.zijn, hem=self.hem, mentor=self.mentor,
                        ib=self.ib, extern=self.extern, director=self.director, school=self.school,
                        parents=self.parents, mother=self.mother, father=self.father,
                        oogo=dlong(self.oogo), talk=dlong(self.talk), vast=dlong(self.vast),
                        eval1=MAAND[self.eval1.month - 1] + " " + str(self.eval1.year),
                        eval2=MAAND[self.eval2.month - 1] + " " + str(self.eval2.year), swv=self.swv, place=self.place)

# ------------------------------------------------------------------ texts
UIT = {
 "po": [("vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "lwoo"),
        ("vmbo kaderberoepsgerichte leerweg", "kader"), ("praktijkonderwijs", "pro")],
 "sbo": [("vmbo basisberoepsgerichte leerweg met lwoo", "lwoo"), ("praktijkonderwijs", "pro"), ("vmbo kaderberoepsgerichte leerweg", "kader")],
 "so": [("vso, uitstroomprofiel arbeidsmarktgericht", "arbeid"), ("vso, uitstroomprofiel vervolgonderwijs (vmbo-tl-diploma binnen het vso)", "vervolg")],
 "vo": [("vmbo-tl-diploma, daarna mbo niveau 4", "tl"), ("havo-diploma, daarna hbo", "havo"), ("vmbo-kader-diploma (profiel Zorg en Welzijn), daarna mbo niveau 3", "kader")],
 "pro": [("arbeid: betaald werk bij een regulier bedrijf in de groenvoorziening, met branchecertificaat", "arbeid"),
         ("entreeopleiding (mbo niveau 1) in combinatie met werk in de logistiek", "entree")],
}
VSO_PROF = {"vervolg": ("vervolgonderwijs", "mbo niveau 2 (opleiding Logistiek medewerker), met ondersteuning van het mbo-steunpunt"),
            "arbeid": ("arbeidsmarktgericht", "werk bij een regulier bedrijf in de facilitaire dienstverlening (schoonmaak/catering), met een jobcoach"),
            "dagbesteding": ("dagbesteding", "arbeidsmatige dagbesteding bij een zorgboerderij, drie tot vier dagdelen per week")}

ONDERB = {
 "po": "De toetsen van het leerlingvolgsysteem laten de afgelopen drie jaar een leerrendement van ongeveer {lr}% zien bij begrijpend lezen en rekenen; spelling ligt rond het gemiddelde. Bij het psychologisch onderzoek (WISC-V, {onderz}) werd een totaal-IQ van {iq} gemeten, met een zwakke verwerkingssnelheid. Met deze groei verwachten we eind groep 8 voor rekenen niveau 1F en voor lezen net 1F. Dat past bij de verwachte uitstroom.",
 "sbo": "{n} kwam in groep 5 naar het sbo na een doublure in groep 3. De resultaten groeien sindsdien gelijkmatig, met een leerrendement van ongeveer {lr}% voor rekenen en {lr2}% voor lezen. Het intelligentieonderzoek ({onderz}) gaf een totaal-IQ van {iq}. De leerkracht ziet dat {n} bij praktische opdrachten het meest laat zien.",
 "so": "Het didactisch niveau ligt voor rekenen op eind groep {g} en voor technisch lezen op midden groep {g2}. Het onderzoek van de orthopedagoog ({onderz}) toont een disharmonisch profiel (TIQ {iq}). Gezien de groei in de afgelopen twee jaar en de gedragsontwikkeling verwacht de commissie voor de begeleiding deze uitstroom.",
 "vo": "De rapportcijfers liggen voor de meeste vakken tussen de 6 en 7. Bij de methode-onafhankelijke toetsen ({onderz}) scoort {n} op het verwachte niveau voor Nederlands en Engels en iets daaronder voor wiskunde. Het advies van de basisschool was {advies}. De ondersteuning is gericht op plannen en op het omgaan met spanning, niet op het niveau.",
 "pro": "{n} werkt op school en op de interne stage zelfstandig en netjes. De rekenvaardigheid ligt op niveau eind groep {g}, lezen op eind groep {g2}. Uit de praktijkbeoordelingen en het gesprek met de stagebegeleider blijkt dat {n} vooral goed is in buitenwerk en vaste routines. De arbeidsdeskundige ziet deze uitstroom als haalbaar.",
 "vso": "{n} behaalt de doelen van leerroute {lroute} voor Nederlands en rekenen. Op de interne en externe stage ({stage}) laat {n} zien dat {hij} met vaste taken en een vaste begeleider goed kan werken. Het IQ-onderzoek ({onderz}) gaf een TIQ van {iq}. De commissie voor de begeleiding heeft het profiel op basis hiervan bevestigd.",
}
BELEM = ["trage verwerkingssnelheid; {n} heeft meer tijd nodig voor opdrachten", "snel afgeleid door geluid en beweging in de klas",
         "faalangst bij toetsen; {n} klapt dicht als het moeilijk wordt", "moeite met plannen en overzicht houden over huiswerk",
         "beperkte woordenschat (thuis wordt vooral Turks/Arabisch/Pools gesproken)", "wisselende aanwezigheid door vermoeidheid (medische oorzaak)",
         "moeite met samenwerken en het inschatten van sociale situaties", "onrustige thuissituatie na een verhuizing en scheiding van de ouders",
         "laat snel boosheid zien als er iets onverwachts gebeurt", "zwak werkgeheugen; instructies van meer stappen worden vergeten"]
BEVOR = ["{n} is gemotiveerd en wil graag laten zien wat {hij} kan", "goede band met de mentor en de leerkracht",
         "ouders zijn betrokken en oefenen thuis mee", "sterk in praktische en creatieve opdrachten",
         "{n} vraagt steeds vaker zelf om hulp", "sportief: voetbalt bij een vereniging en heeft daar vrienden",
         "goed technisch inzicht en handig met gereedschap", "werkt nauwkeurig als de taak duidelijk is",
         "heeft een vriend(in) in de klas die steun geeft", "reageert goed op complimenten en duidelijke afspraken"]
BEHOEFTE = ["instructie in kleine stappen, met een voorbeeld erbij", "een vaste plek aan de rand van de groep, met koptelefoon bij zelfstandig werken",
            "extra tijd bij toetsen (25%) en toetsen in een rustige ruimte", "vooraf weten wat er gaat gebeuren; wijzigingen in het rooster worden van tevoren gemeld",
            "een vast aanspreekpunt dat dagelijks even contact maakt", "hulp bij het plannen van huiswerk met een weekplanner",
            "visuele ondersteuning (pictogrammen, stappenkaart)", "korte werkblokken afgewisseld met beweging"]
STEUN = [("Individuele begeleiding bij rekenen (RT)", "{ib}", "2x per week 30 minuten", "vanaf 1 oktober"),
         ("Gesprek over plannen en welbevinden", "mentor {mentor}", "1x per week 15 minuten", "vanaf de start van het schooljaar"),
         ("Training sociale vaardigheden in een klein groepje", "schoolmaatschappelijk werker", "8 bijeenkomsten van 45 minuten", "vanaf november"),
         ("Begeleiding door de ambulant begeleider van het SWV", "{extern}", "1x per twee weken", "tot de zomervakantie"),
         ("Extra leestijd met een leesmaatje en Bouw!-oefeningen", "onderwijsassistent", "4x per week 15 minuten", "vanaf 15 september"),
         ("Time-out-plek met vaste afspraken", "leerkracht en {ib}", "wanneer nodig, maximaal 10 minuten", "direct")]
DOEL = ["eind {eval2} haalt {n} bij de toets rekenen (LVS) minimaal niveau {niv}", "{n} plant zelf het huiswerk van een week in de agenda; de mentor controleert dit wekelijks en in {eval1} lukt dit 3 van de 4 weken",
        "{n} leest eind {eval1} een tekst op AVI-niveau E{avi} met voldoende tempo", "{n} vraagt tijdens zelfstandig werken hulp met de vraagkaart, minimaal 3 keer per dag (turven door de leerkracht)",
        "{n} rondt de interne stage in de kantine af met een voldoende beoordeling op de werkhoudingslijst", "{n} kan in {eval1} in een ruzie met een stappenkaart zelf een oplossing kiezen; incidenten nemen af van 3 naar 1 per week"]
ADVIES = {
 "po": "{extern} (orthopedagoog-generalist, onderwijsadviesdienst) adviseerde na het onderzoek van {onderz}: instructie in kleine stappen, extra verwerkingstijd en een rustige werkplek. De school heeft deze adviezen overgenomen in het handelingsdeel (zie de ondersteuning hieronder). De logopedist adviseert wekelijkse woordenschatoefening; dit doen we in de leesgroep.",
 "sbo": "De GZ-psycholoog ({extern}) adviseert een vaste dagstructuur en voorspelbare overgangen. De jeugdarts adviseert de medicatie-inname op school te blijven volgen. Beide adviezen zijn verwerkt: dagritmekaart in de klas en een vaste afspraak met de IB'er over medicatie.",
 "so": "Advies van de commissie voor de begeleiding ({cvbdate}): het uitstroomprofiel wordt bevestigd; geadviseerd wordt extra begeleiding bij overgangsmomenten en een individuele werkplek. De school voert dit uit via de ondersteuning in dit plan. De behandelaar van {n} (kinder- en jeugdpsychiater) adviseert voorspelbaarheid; dit is opgenomen in de onderwijsbehoeften.",
 "vo": "Het advies van de GZ-psycholoog ({extern}, verslag {onderz}) luidt: extra tijd bij toetsen, een vast aanspreekpunt en hulp bij plannen. De school neemt alle drie de adviezen over; ze staan in het handelingsdeel. De jeugdarts raadt aan de aanwezigheid te blijven volgen; de mentor doet dit maandelijks.",
 "pro": "De arbeidsdeskundige ({extern}) adviseert stage in een kleine buitenploeg met een vaste werkbegeleider. De school volgt dit advies: de externe stage start bij een hovenier. Advies van de orthopedagoog: geen lange mondelinge instructies; de praktijkdocenten gebruiken werkkaarten.",
 "vso": "Advies van de commissie voor de begeleiding ({cvbdate}): de uitstroom wordt onderschreven; stage met een jobcoach en oefening in zelfstandig reizen. De school heeft dit verwerkt in de doelen en de ondersteuning. De fysiotherapeut adviseert afwisseling van zitten en staan; daar is bij de stage rekening mee gehouden.",
}
AFW = {
 "po": "{n} volgt voor rekenen een eigen leerlijn met als einddoel niveau eind groep 6 (1F-basis). Voor de andere vakken volgt {n} het programma van de groep.",
 "sbo": "Voor begrijpend lezen en rekenen werkt {n} op een eigen leerlijn (uitstroom op niveau eind groep 6). Engels wordt vervangen door extra leesuren.",
 "so": "{n} volgt een verkort lesrooster: vier hele dagen en op woensdag tot 10.30 uur, tot de kerstvakantie; daarna wordt het rooster uitgebreid. Voor rekenen werkt {n} op leerroute 2.",
 "vo": "{n} heeft vrijstelling voor Frans; die uren worden besteed aan extra Nederlands en plannen. In periode 1 volgt {n} een aangepast rooster van 28 in plaats van 32 lesuren.",
 "pro": "In plaats van twee theorie-uren per week loopt {n} een extra dagdeel stage. De lessen Engels worden vervangen door werknemersvaardigheden.",
 "vso": "{n} werkt voor Nederlands en rekenen op leerroute 2 (in plaats van 3) en loopt twee dagen per week externe stage in plaats van lessen.",
}
NOAFW = ["Er wordt niet afgeweken van het reguliere onderwijsprogramma.", "Geen afwijkingen: {n} volgt het programma van de groep.",
         "N.v.t. – {n} volgt het volledige reguliere programma."]
OOGO = "Dit OPP is op {oogo} besproken met {parents}, de mentor/leerkracht ({mentor}) en de intern begeleider/zorgcoördinator ({ib}). Ouders vroegen om meer aandacht voor huiswerk; dat is opgenomen in de ondersteuning. Over het perspectief waren school en ouders het eens."
INBRENG = "Gesprek met {n} op {talk} (door {mentor}). {n} vertelt: \"{quote}\" Wat dit heeft veranderd: {change}"
QUOTES = [("Ik wil liever niet steeds uit de klas voor extra hulp, dan voel ik me anders.", "de rekenbegeleiding gebeurt nu in de klas, aan de instructietafel, in plaats van buiten de klas."),
          ("Als het druk is kan ik niet nadenken. Een koptelefoon helpt.", "{n} mag bij zelfstandig werken een koptelefoon gebruiken; dit staat nu bij de onderwijsbehoeften."),
          ("Ik wil later iets met dieren of buiten doen.", "de stage is gezocht bij een dierenpension; dit staat in de doelen."),
          ("Ik vind het fijn als ik 's ochtends weet wat er die dag komt.", "de dagplanning wordt elke ochtend met {n} doorgenomen (opgenomen in de ondersteuning).")]
EVAL = "Het OPP wordt ten minste twee keer per schooljaar geëvalueerd met de ouders{pp}: de eerste evaluatie is in {eval1}, de tweede in {eval2}. Bij de evaluatie kijken we of de doelen zijn gehaald en of de ondersteuning werkt; zo nodig wordt het plan bijgesteld."
RECHT = "U heeft instemmingsrecht op het handelingsdeel van dit OPP: zonder uw instemming kan de school het handelingsdeel niet uitvoeren. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met {mentor} of de directeur. U kunt ook advies vragen aan het ouder- en jeugdsteunpunt van {swv} of aan een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)."
VAST = "Vastgesteld door {director}, directeur, namens het bevoegd gezag op {vast}."

PH = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen"]
INSTR = {
 "uitstroombestemming": "Vul hier de verwachte uitstroombestemming in (vmbo-bb / vmbo-kb / vmbo-gt / havo / vwo / pro; in het vso: vervolgonderwijs, arbeidsmarkt of dagbesteding).",
 "onderbouwing": "Onderbouw de verwachte uitstroom met toetsgegevens, leerrendement en onderzoeksgegevens (minimaal drie meetmomenten).",
 "belemmerende_factoren": "Beschrijf hier de belemmerende factoren bij de leerling, in het onderwijs en in de thuissituatie.",
 "bevorderende_factoren": "Beschrijf de bevorderende (stimulerende) factoren: wat gaat goed, wat helpt?",
 "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften in de vorm: [naam] heeft ... nodig om ...",
 "ondersteuning": "Beschrijf de extra ondersteuning: wat, wie, hoe vaak en vanaf wanneer.",
 "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster). Zo nee: vermeld 'geen afwijkingen'.",
 "doelen": "Formuleer SMART-doelen voor de komende periode.",
 "adviezen_professionals": "Noteer de adviezen van externe deskundigen en wat de school ermee doet.",
 "oogo": "Vermeld datum en deelnemers van het gesprek met ouders (OOGO).",
 "inbreng_leerling": "Beschrijf hier de inbreng van de leerling en wat daarmee is gedaan.",
 "evaluatie": "Vul de evaluatiemomenten in (minimaal 1x per schooljaar met ouders en leerling).",
 "informatie_rechten": "[Vul hier de contactgegevens van het ouder- en jeugdsteunpunt en de onderwijsconsulent in.]",
 "vaststelling": "Datum vaststelling: dd-mm-jjjj door: [naam directeur]",
}
REF = {
 "uitstroombestemming": "Zie het perspectiefdeel van het OPP (vorig schooljaar).",
 "onderbouwing": "Zie bijlage 1 (overzicht toetsgegevens en onderzoeksverslag).",
 "belemmerende_factoren": "Zie het groeidocument, hoofdstuk 2.",
 "bevorderende_factoren": "Zie het groeidocument, hoofdstuk 2.",
 "ondersteuningsbehoefte": "Zie het verslag van het MDO.",
 "ondersteuning": "Zie het groepsplan.",
 "afwijkingen_onderwijsprogramma": "Zie het rooster in de bijlage.",
 "doelen": "Zie het groepsplan van de groep.",
 "adviezen_professionals": "Zie het verslag van het psychologisch onderzoek (bijlage 2).",
 "oogo": "Zie het gespreksverslag in het dossier.",
 "inbreng_leerling": "Zie het formulier 'Hoe denk jij erover?' in de bijlage.",
 "evaluatie": "Volgens de zorgcyclus van de school (zie schoolgids).",
 "informatie_rechten": "Informatie over uw rechten vindt u in de schoolgids.",
 "vaststelling": "Zie handtekeningenpagina.",
}

class Builder:
    """Turns a spec into element texts for the layouts."""
    def __init__(self, spec):
        self.s = spec
        self.c = c = Ctx(spec)
        r = c.r
        self.modes = {e: "ok" for e in ELEMENTS}
        self.modes.update(spec.get("modes", {}))
        st = c.st
        self.vso_key = spec.get("profile") or r.choice(["vervolg", "arbeid", "dagbesteding"])
        if st == "vso":
            prof, desc = VSO_PROF[self.vso_key]
            self.uit = "Uitstroomprofiel %s: %s" % (prof, desc); self.ukey = self.vso_key
        else:
            self.uit, self.ukey = r.choice(UIT[st])
        onderz = dlong(c.vast - dt.timedelta(days=r.choice([200, 320, 400])))
        self.cvbdate = dlong(c.vast - dt.timedelta(days=r.choice([10, 20])))
        fmt = dict(lr=r.choice([55, 60, 65, 70]), lr2=r.choice([60, 70, 75]), onderz=onderz, iq=r.choice([71, 74, 77] if getattr(self, "ukey", "") in ("pro", "dagbesteding") else ([96, 101, 104] if getattr(self, "ukey", "") in ("tl", "havo", "vervolg") else [79, 82, 85, 88])),
                   g=r.choice([4, 5, 6]), g2=r.choice([5, 6]), advies={"tl": "vmbo-tl", "havo": "havo", "kader": "vmbo-kader"}.get(getattr(self, "ukey", ""), "vmbo-tl"),
                   lroute=r.choice([2, 3]), stage=r.choice(["kantine", "fietsenwerkplaats", "supermarkt"]), cvbdate=self.cvbdate)
        self.fmt = fmt
        f = lambda s: c.f(s.replace("{lr}", str(fmt["lr"])).replace("{lr2}", str(fmt["lr2"])).replace("{onderz}", onderz)
                          .replace("{iq}", str(fmt["iq"])).replace("{g}", str(fmt["g"])).replace("{g2}", str(fmt["g2"]))
                          .replace("{advies}", fmt["advies"]).replace("{lroute}", str(fmt["lroute"])).replace("{stage}", fmt["stage"])
                          .replace("{cvbdate}", self.cvbdate).replace("{niv}", r.choice(["M6", "E6", "1F"])).replace("{avi}", str(r.choice([4, 5, 6]))))
        self.F = f
        self.belem = [f(x) for x in r.sample(BELEM, 4)]
        self.bevor = [f(x) for x in r.sample(BEVOR, 4)]
        self.behoefte = [f(x) for x in r.sample(BEHOEFTE, 3)]
        self.steun = [tuple(f(y) for y in x) for x in r.sample(STEUN, 3)]
        self.doelen = [f(x) for x in r.sample(DOEL, 3)]
        q = r.choice(QUOTES)
        self.quote = (f(q[0]), f(q[1]))

    def mode(self, e): return self.modes[e]

    def gap(self, e):
        m = self.mode(e)
        r = self.c.r
        if m == "empty": return ""
        if m == "ph": return self.s.get("ph", {}).get(e) or r.choice(PH)
        if m == "instr": return INSTR[e]
        if m == "ref": return REF[e]
        if m == "ccph": return "\u00a7CC\u00a7"
        return None

    def text(self, e):
        """None = element left out; '' = heading with nothing under it; otherwise text."""
        m = self.mode(e)
        c = self.c
        if m in ("miss", "na_omit"): return None
        g = self.gap(e)
        if g is not None: return g
        f = self.F
        st = c.st
        if e == "uitstroombestemming": return self.uit[0].upper() + self.uit[1:]
        if e == "onderbouwing": return f(ONDERB[st])
        if e == "belemmerende_factoren": return "; ".join(self.belem) + "."
        if e == "bevorderende_factoren": return "; ".join(self.bevor) + "."
        if e == "ondersteuningsbehoefte": return c.n + " heeft nodig: " + "; ".join(self.behoefte) + "."
        if e == "ondersteuning":
            if m == "partial": return "Extra begeleiding in en buiten de klas, afhankelijk van wat nodig is."
            return " ".join("%s: %s, %s, %s." % (a, b, cc, d) for a, b, cc, d in self.steun)
        if e == "afwijkingen_onderwijsprogramma":
            if m == "na": return f(c.r.choice(NOAFW))
            return f(AFW[st])
        if e == "doelen":
            if m == "vague": return f("{n} gaat zich prettiger voelen in de klas en werkt beter aan {zijn} taken. Rekenen en lezen gaan vooruit.")
            return " ".join("%d. %s." % (i + 1, d[0].upper() + d[1:]) for i, d in enumerate(self.doelen))
        if e == "adviezen_professionals": return f(ADVIES[st])
        if e == "oogo": return f(OOGO)
        if e == "inbreng_leerling":
            base = f(INBRENG.split(" Wat dit")[0].replace("{quote}", self.quote[0]))
            if m == "noeffect": return base
            return base + " Wat dit heeft veranderd: " + self.quote[1]
        if e == "evaluatie":
            pp = "" if (c.rev or c.vast) < CUTOFF else " en " + c.n
            return f(EVAL.replace("{pp}", pp))
        if e == "informatie_rechten": return f(RECHT)
        if e == "vaststelling": return f(VAST)
        raise KeyError(e)

    def steun_rows(self):
        m = self.mode("ondersteuning")
        if m == "partial": return [("Extra begeleiding", "", "", "")]
        if m != "ok": return None
        return self.steun

    # ------------------------------------------------------------ consent
    def consent_blocks(self, title="Ondertekening"):
        v = self.s.get("consent", "ok")
        c = self.c
        sd = dshort(c.sign_date)
        blocks = []
        school_row = {"role": "Namens de school", "name": c.director + " (directeur)", "date": dshort(c.vast), "mark": "sign"}
        parent_row = {"role": "Ouder/verzorger", "name": c.mother, "date": sd, "mark": "sign"}
        if v == "miss":
            return []
        if v == "avg_only":
            blocks += [("h2", "Toestemming gebruik beeldmateriaal en gegevens (AVG)"),
                       ("check", [(True, "Ik geef toestemming voor het gebruik van foto's van mijn kind op de schoolwebsite"),
                                  (True, "Ik geef toestemming om gegevens te delen met de schoolarts")]),
                       ("sig", [parent_row])]
            return blocks
        blocks.append(("h2", title))
        stmt = "Ouders/verzorgers verklaren dat zij het OPP hebben besproken en stemmen in met het handelingsdeel (de te bieden ondersteuning)."
        if self.s.get("adult"):
            stmt = "De leerling is meerderjarig en handelingsbekwaam en beslist zelf over het handelingsdeel. Ouders zijn met toestemming van de leerling bij het gesprek aanwezig geweest."
            parent_row = {"role": "Leerling (meerderjarig)", "name": c.full, "date": sd, "mark": "sign"}
        if self.s.get("curatele"):
            stmt = "%s is meerderjarig en staat onder curatele. De curator (%s, moeder) beslist over het handelingsdeel." % (c.n, c.mother)
            parent_row = {"role": "Curator (moeder)", "name": c.mother, "date": sd, "mark": "sign"}
        if v in ("ok", "adult_ok", "curator_ok"):
            blocks += [("p", stmt), ("check", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]),
                       ("sig", [parent_row, school_row])]
        elif v == "gezien":
            parent_row["mark"] = "voor gezien"
            blocks += [("p", stmt), ("sig", [parent_row, school_row]), ("p", "Ouder schreef naast de handtekening: 'voor gezien'.")]
        elif v == "protest":
            parent_row["mark"] = "onder protest"
            blocks += [("p", stmt), ("check", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]),
                       ("sig", [parent_row, school_row]), ("p", "Opmerking ouders: getekend onder protest; wij zijn het niet eens met het verkorte rooster en willen hierover een nieuw gesprek.")]
        elif v == "refused":
            blocks += [("p", stmt), ("check", [(False, "Akkoord met het handelingsdeel"), (True, "Niet akkoord met het handelingsdeel")]),
                       ("sig", [parent_row, school_row]), ("p", "Toelichting ouders: wij willen eerst het advies van de onderwijsconsulent afwachten.")]
        elif v == "partial":
            blocks += [("p", stmt), ("check", [(False, "Akkoord met het hele handelingsdeel"), (True, "Gedeeltelijk akkoord, namelijk met: de begeleiding door de mentor en de extra toetstijd. Niet akkoord met: de plaatsing in de time-outgroep."), (False, "Niet akkoord")]),
                       ("sig", [parent_row, school_row])]
        elif v == "school_only":
            blocks += [("p", stmt), ("sig", [school_row, {"role": "Intern begeleider", "name": c.ib, "date": dshort(c.vast), "mark": "sign"}])]
        elif v == "blank":
            parent_row.update(date="", mark="")
            blocks += [("p", stmt), ("check", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]),
                       ("sig", [parent_row, school_row])]
        elif v == "unticked":
            blocks += [("p", stmt), ("check", [(False, "Ik ga akkoord met het handelingsdeel van dit OPP")]), ("sig", [parent_row, school_row])]
        elif v == "nodate":
            parent_row["date"] = ""
            blocks += [("p", stmt), ("check", [(True, "Akkoord met het handelingsdeel"), (False, "Niet akkoord met het handelingsdeel")]),
                       ("sig", [parent_row, school_row])]
        elif v == "curatele_self":
            row = {"role": "Leerling", "name": c.full, "date": sd, "mark": "sign"}
            blocks += [("p", "%s is %d jaar. Door het ondertekenen gaat de leerling akkoord met het handelingsdeel." % (c.n, c.age)),
                       ("check", [(True, "Akkoord met het handelingsdeel")]), ("sig", [row, school_row])]
        elif v == "adult_parents":
            blocks += [("p", "Ouders/verzorgers stemmen in met het handelingsdeel."), ("check", [(True, "Akkoord met het handelingsdeel")]),
                       ("sig", [{"role": "Ouder/verzorger", "name": c.mother, "date": sd, "mark": "sign"}, school_row])]
        else:
            raise KeyError(v)
        return blocks

# ------------------------------------------------------------------ layouts
def _sections(b, items, numbered=True, sub=None):
    """items: list of (heading, element or callable) -> blocks; leaves out elements whose text is None."""
    out, i = [], 0
    for head, e in items:
        t = b.text(e) if isinstance(e, str) else e()
        if t is None: continue
        i += 1
        out.append(("h1", ("%d. %s" % (i, head)) if numbered else head))
        if isinstance(t, list): out.extend(t)
        elif t != "": out.append(("p", t))
    return out

def header_kv(b, extra=()):
    c = b.c
    rows = [("Naam leerling", c.full), ("Geboortedatum", dshort(c.birth)), ("School", c.school + ", " + c.place),
            ("Groep/klas", c.group)]
    rows += list(extra)
    return ("kv", rows)

def vast_rows(b):
    t = b.text("vaststelling")
    return [] if t is None else [("p", t) if t else ("p", "Vaststelling:")]

def L_swv_numbered(b):
    c = b.c
    blocks = [("title", "Ontwikkelingsperspectiefplan (OPP)"), ("p", "Format %s – versie 2024" % c.swv),
              header_kv(b, [("Datum opstellen", dshort(c.oogo)), ("Opgesteld door", c.ib + " (intern begeleider)")])]
    if b.s.get("revised"):
        blocks.append(("p", "Oorspronkelijk vastgesteld op %s; bijgesteld na de evaluatie op %s." % (dlong(c.vast), dlong(c.rev))))
    blocks += _sections(b, [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing van de uitstroombestemming", "onderbouwing"),
                            ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                            ("Onderwijs- en ondersteuningsbehoeften", "ondersteuningsbehoefte"), ("Adviezen van deskundigen", "adviezen_professionals"),
                            ("Doelen voor de komende periode", "doelen"), ("Handelingsdeel: te bieden ondersteuning en begeleiding", "ondersteuning"),
                            ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Inbreng van de leerling", "inbreng_leerling"),
                            ("Op overeenstemming gericht overleg met ouders", "oogo"), ("Evaluatie", "evaluatie"),
                            ("Informatie over uw rechten", "informatie_rechten"), ("Vaststelling", "vaststelling")])
    blocks += b.consent_blocks("Instemming met het handelingsdeel")
    blocks.append(("footer", "OPP %s – %s" % (c.full, c.school)))
    return blocks

DOMAINS = ["Leren en ontwikkeling", "Werkhouding en taakaanpak", "Sociaal-emotioneel", "Thuissituatie en vrije tijd"]

def L_domain_table(b):
    c = b.c
    blocks = [("title", "OPP – Ontwikkelingsperspectief"), header_kv(b, [("Ondersteuningsniveau", "extra ondersteuning (arrangement SWV)"), ("Datum", dshort(c.vast))])]
    cols = ["Domein"]
    colsrc = []
    for e, lab in (("belemmerende_factoren", "Belemmerend"), ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoefte")):
        m = b.mode(e)
        if m == "miss": continue
        cols.append(lab)
        if m == "ok":
            src = {"belemmerende_factoren": b.belem, "bevorderende_factoren": b.bevor, "ondersteuningsbehoefte": b.behoefte + ["duidelijke afspraken thuis en op school"]}[e]
            colsrc.append(src)
        else:
            g = b.gap(e)
            colsrc.append([g, g, g, g] if m != "empty" else ["", "", "", ""])
    rows = [[d] + [src[i] if i < len(src) else "" for src in colsrc] for i, d in enumerate(DOMAINS)]
    blocks += [("h1", "Analyse per domein"), ("table", cols, rows)]
    kv = []
    for e, lab in (("uitstroombestemming", "Te verwachten uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        t = b.text(e)
        if t is not None: kv.append((lab, t))
    if kv: blocks += [("h1", "Perspectief"), ("kv", kv)]
    t = b.text("doelen")
    if t is not None: blocks += [("h1", "Doelen"), ("p", t)] if t else [("h1", "Doelen")]
    rows = b.steun_rows()
    if rows is not None:
        blocks += [("h1", "Handelingsdeel: ondersteuning"), ("table", ["Wat", "Wie", "Hoe vaak", "Vanaf"], [list(x) for x in rows])]
    elif b.mode("ondersteuning") != "miss":
        blocks += [("h1", "Handelingsdeel: ondersteuning"), ("p", b.text("ondersteuning"))]
    kv = []
    for e, lab in (("afwijkingen_onderwijsprogramma", "Afwijkingen onderwijsprogramma"), ("adviezen_professionals", "Adviezen externe deskundigen"),
                   ("inbreng_leerling", "Stem van de leerling"), ("oogo", "Overleg met ouders"), ("evaluatie", "Evaluatie"),
                   ("vaststelling", "Vaststelling")):
        t = b.text(e)
        if t is not None: kv.append((lab, t))
    blocks += [("h1", "Overige afspraken"), ("kv", kv)]
    t = b.text("informatie_rechten")
    if t is not None: blocks += [("h2", "Als u het niet eens bent"), ("p", t)]
    blocks += b.consent_blocks()
    return blocks

def L_groeidocument(b):
    c = b.c
    blocks = [("title", "Groeidocument"), ("p", "%s – werkwijze handelingsgericht werken" % c.swv),
              ("h1", "Deel 1 Gegevens"), header_kv(b, [("Ouders/verzorgers", c.parents), ("Intern begeleider", c.ib), ("Startdatum groeidocument", dshort(c.vast - dt.timedelta(days=300)))]),
              ("h1", "Deel 2 Informatie over de leerling, school en thuis"),
              ("p", c.f("{n} zit sinds groep 1 op {school}. Er is eerder een handelingsplan voor rekenen geweest (2023-2024). Thuis: {n} woont bij beide ouders en heeft een jongere broer."))]
    kv = []
    for e, lab in (("bevorderende_factoren", "Stimulerende factoren"), ("belemmerende_factoren", "Belemmerende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften")):
        t = b.text(e)
        if t is not None: kv.append((lab, t))
    blocks += [("h1", "Deel 3 Ondersteuningsbehoefte"), ("kv", kv)]
    blocks += [("h1", "Deel 4 Ontwikkelingsperspectiefplan")]
    for e, lab in (("uitstroombestemming", "4.1 Uitstroomperspectief"), ("onderbouwing", "4.2 Onderbouwing"), ("doelen", "4.3 Doelen (tussendoelen)"),
                   ("ondersteuning", "4.4 Handelingsdeel: ondersteuning"), ("afwijkingen_onderwijsprogramma", "4.5 Afwijkingen van het programma"),
                   ("adviezen_professionals", "4.6 Adviezen deskundigen")):
        t = b.text(e)
        if t is None: continue
        blocks.append(("h2", lab))
        if t: blocks.append(("p", t))
    blocks.append(("h1", "Deel 5 Gespreksverslagen"))
    for e, lab in (("oogo", "Gesprek met ouders (OOGO)"), ("inbreng_leerling", "Hoe denk jij erover? (gesprek met de leerling)")):
        t = b.text(e)
        if t is None: continue
        blocks.append(("h2", lab))
        if t: blocks.append(("p", t))
    blocks.append(("h1", "Deel 6 Evaluatie, vaststelling en ondertekening"))
    for e in ("evaluatie", "vaststelling", "informatie_rechten"):
        t = b.text(e)
        if t is None: continue
        blocks.append(("h2", {"evaluatie": "Evaluatie", "vaststelling": "Vaststelling", "informatie_rechten": "Uw rechten"}[e]))
        if t: blocks.append(("p", t))
    blocks += b.consent_blocks()
    return blocks

def L_beknopt(b):
    c = b.c
    blocks = [("title", "Beknopt OPP"), ("p", "%s  |  %s" % (c.school, c.swv))]
    rows = [("Naam", c.full), ("Geboortedatum", dshort(c.birth)), ("Groep/klas", c.group)]
    for e, lab in (("uitstroombestemming", "Verwachte uitstroom"), ("onderbouwing", "Onderbouwing"), ("belemmerende_factoren", "Belemmerend"),
                   ("bevorderende_factoren", "Bevorderend"), ("ondersteuningsbehoefte", "Onderwijsbehoeften"),
                   ("ondersteuning", "Extra ondersteuning (wat/wie/hoe vaak/vanaf)"), ("afwijkingen_onderwijsprogramma", "Afwijkingen programma"),
                   ("doelen", "Doelen komende periode"), ("adviezen_professionals", "Advies externen"), ("oogo", "Besproken met ouders"),
                   ("inbreng_leerling", "Mening leerling"), ("evaluatie", "Evaluatiemoment(en)"), ("vaststelling", "Vastgesteld (datum/door)")):
        t = b.text(e)
        if t is None: continue
        if e == "oogo" and b.mode(e) == "ok": t = "op %s met %s (%s, %s)" % (dshort(c.oogo), c.parents, c.mentor, c.ib)
        if e == "vaststelling" and b.mode(e) == "ok": t = "%s door %s, directeur" % (dshort(c.vast), c.director)
        rows.append((lab, t))
    blocks.append(("kv", rows))
    blocks += b.consent_blocks("Handtekening voor instemming handelingsdeel")
    t = b.text("informatie_rechten")
    if t is not None: blocks += [("p", t)] if t else [("p", "Rechten:")]
    return blocks

def L_question(b):
    c = b.c
    blocks = [("title", c.f("Het plan van {n}")), ("p", c.f("Ontwikkelingsperspectief (OPP) – {school}, schooljaar ")) ,
              header_kv(b)]
    blocks[1] = ("p", blocks[1][1] + ("%d-%d" % ((c.vast.year, c.vast.year + 1) if c.vast.month >= 8 else (c.vast.year - 1, c.vast.year))))
    blocks += _sections(b, [(c.f("Waar gaat {n} naartoe na deze school?"), "uitstroombestemming"), ("Waarom verwachten we dat?", "onderbouwing"),
                            ("Wat gaat goed?", "bevorderende_factoren"), ("Wat is lastig?", "belemmerende_factoren"),
                            (c.f("Wat heeft {n} nodig?"), "ondersteuningsbehoefte"), ("Wat gaan we doen, en wie doet wat?", "ondersteuning"),
                            ("Wijkt het lesprogramma af?", "afwijkingen_onderwijsprogramma"), ("Wat willen we bereiken?", "doelen"),
                            ("Wat zeggen de deskundigen?", "adviezen_professionals"), (c.f("Wat vind jij zelf, {n}?"), "inbreng_leerling"),
                            ("Hebben we dit samen besproken?", "oogo"), ("Wanneer kijken we of het werkt?", "evaluatie"),
                            ("Wat kunt u doen als u het er niet mee eens bent?", "informatie_rechten"), ("Wie heeft het plan vastgesteld?", "vaststelling")], numbered=False)
    blocks += b.consent_blocks("Gaat u akkoord?")
    return blocks

def L_letter(b):
    c = b.c
    blocks = [("p", "%s\n%s\n\n%s, %s" % (c.school, "Postbus %d, %s" % (c.r.randint(100, 999), c.place), c.place, dlong(c.vast))),
              ("p", "Aan de ouders/verzorgers van %s\n\nBetreft: ontwikkelingsperspectiefplan (OPP)" % c.full),
              ("p", "Geachte %s en %s," % (c.mother, c.father)),
              ("p", c.f("Hierbij ontvangt u het ontwikkelingsperspectiefplan van {n}. In deze brief vatten we samen wat we afgesproken hebben."))]
    intro = {"oogo": "", "uitstroombestemming": c.f("Wij verwachten dat {n} na onze school uitstroomt naar: "),
             "onderbouwing": "Waarom verwachten wij dat? ", "belemmerende_factoren": c.f("Wat {n} belemmert: "),
             "bevorderende_factoren": c.f("Wat {n} helpt: "), "ondersteuningsbehoefte": "", "ondersteuning": "De school biedt de volgende ondersteuning. ",
             "afwijkingen_onderwijsprogramma": "Over het lesprogramma: ", "doelen": "De doelen voor de komende periode zijn: ",
             "adviezen_professionals": "Adviezen van deskundigen: ", "inbreng_leerling": c.f("Wat {n} zelf vindt: "),
             "evaluatie": "", "informatie_rechten": "", "vaststelling": ""}
    order = ["oogo", "uitstroombestemming", "onderbouwing", "bevorderende_factoren", "belemmerende_factoren", "ondersteuningsbehoefte",
             "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen", "adviezen_professionals", "inbreng_leerling", "evaluatie", "vaststelling", "informatie_rechten"]
    for e in order:
        t = b.text(e)
        if t is None: continue
        if b.mode(e) == "ok" or b.mode(e) in ("na", "noeffect", "vague", "partial"):
            blocks.append(("p", intro[e] + t))
        else:
            lab = intro[e] or {"oogo": "Gesprek met u: ", "ondersteuningsbehoefte": "Onderwijsbehoeften: ", "evaluatie": "Evaluatie: ",
                               "vaststelling": "Vaststelling: ", "informatie_rechten": "Uw rechten: "}[e]
            blocks.append(("p", lab + t))
    blocks.append(("p", "Met vriendelijke groet,\n\n%s\ndirecteur %s" % (c.director, c.school)))
    cb = b.consent_blocks("Antwoordstrook – graag ondertekend retour")
    if cb: blocks += [("page",)] + cb
    return blocks

def L_export(b):
    c = b.c
    sysn = c.system
    blocks = [("p", "%s  >  Leerlingdossier  >  Ontwikkelingsperspectief" % sysn), ("title", "Ontwikkelingsperspectief"),
              ("kv", [("Leerling", "%s (lln.nr. %d)" % (c.full, c.r.randint(10000, 99999))), ("Geboortedatum", dshort(c.birth)),
                      ("Groep/klas", c.group), ("School", c.school), ("Status OPP", "Vastgesteld" if b.mode("vaststelling") == "ok" else "Concept"),
                      ("Laatst gewijzigd", dshort(c.vast) + " door " + c.ib)])]
    def tab(name, items):
        kv = []
        for e, lab in items:
            t = b.text(e)
            if t is None: continue
            kv.append((lab, t))
        return [("h1", "Tabblad: " + name), ("kv", kv)]
    blocks += tab("Perspectief", [("uitstroombestemming", "Uitstroomprofiel (verwacht)"), ("onderbouwing", "Onderbouwing uitstroomprofiel"),
                                  ("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"),
                                  ("ondersteuningsbehoefte", "Onderwijsbehoeften")])
    blocks += tab("Handelingsdeel", [("doelen", "Doelen"), ("ondersteuning", "Ondersteuning en begeleiding"),
                                     ("afwijkingen_onderwijsprogramma", "Afwijking onderwijsprogramma"), ("adviezen_professionals", "Advies externe deskundigen")])
    blocks += tab("Betrokkenen", [("oogo", "Overleg ouders (OOGO)"), ("inbreng_leerling", "Inbreng leerling"), ("evaluatie", "Evaluatieafspraken"),
                                  ("vaststelling", "Vaststelling"), ("informatie_rechten", "Informatie rechten ouders")])
    cb = b.consent_blocks("Tabblad: Handtekeningen")
    blocks += cb
    blocks.append(("footer", "Afgedrukt uit %s op %s door %s – vertrouwelijk" % (sysn, dshort(c.print_date), c.ib)))
    return blocks

def L_profile(b):
    c = b.c
    blocks = [("title", "Ontwikkelingsperspectief"), ("p", "%s – afdeling %s" % (c.school, "vso" if c.st == "vso" else "so")),
              header_kv(b, [("Leeftijd", "%d jaar" % c.age), ("Toelaatbaarheidsverklaring", "cat. laag, geldig t/m 31-07-%d" % (c.vast.year + 2))])]
    if c.st == "vso":
        keys = ["vervolg", "arbeid", "dagbesteding"]
        m = b.mode("uitstroombestemming")
        blocks.append(("h1", "Uitstroomprofiel"))
        if m == "ok":
            blocks.append(("check", [(k == b.vso_key, VSO_PROF[k][0]) for k in keys]))
            blocks.append(("p", "Verwachte bestemming: " + VSO_PROF[b.vso_key][1] + "."))
        elif m == "instr":
            blocks.append(("check", [(False, VSO_PROF[k][0]) for k in keys]))
            blocks.append(("p", "Kies het uitstroomprofiel en beschrijf de verwachte bestemming."))
        elif m != "miss":
            blocks.append(("p", b.text("uitstroombestemming")))
    else:
        t = b.text("uitstroombestemming")
        if t is not None: blocks += [("h1", "Uitstroomprofiel"), ("p", t)]
    rest = _sections(b, [("Onderbouwing", "onderbouwing"), ("Advies van de commissie voor de begeleiding en andere deskundigen", "adviezen_professionals")], numbered=False)
    blocks += rest
    hdr, cols = [], []
    for e, lab in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren")):
        if b.mode(e) == "miss": continue
        hdr.append(lab)
        cols.append({"belemmerende_factoren": b.belem, "bevorderende_factoren": b.bevor}[e] if b.mode(e) == "ok" else [b.gap(e)])
    if hdr:
        n = max(len(x) for x in cols)
        blocks += [("h1", "Factoren"), ("table", hdr, [[x[i] if i < len(x) else "" for x in cols] for i in range(n)])]
    blocks += _sections(b, [("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Leerroutes en afwijkingen van het programma", "afwijkingen_onderwijsprogramma"),
                            ("Doelen", "doelen"), ("Handelingsdeel: ondersteuning en begeleiding", "ondersteuning"),
                            ("Inbreng van de leerling", "inbreng_leerling"), ("Overleg met ouders", "oogo"), ("Evaluatie", "evaluatie"),
                            ("Vaststelling", "vaststelling"), ("Informatie over rechten", "informatie_rechten")], numbered=False)
    blocks += b.consent_blocks("Instemming handelingsdeel")
    blocks.append(("footer", "%s – OPP %s – vertrouwelijk" % (c.school, c.full)))
    return blocks

def L_pro_iop(b):
    c = b.c
    blocks = [("title", "IOP / Ontwikkelingsperspectief"), ("p", c.f("{school}, {place} – individueel ontwikkelingsplan met ontwikkelingsperspectief")),
              header_kv(b, [("Mentor", c.mentor), ("Stagebegeleider", c.other)])]
    blocks += _sections(b, [("Mijn toekomst: verwachte uitstroom", "uitstroombestemming"), ("Waarom denken we dat?", "onderbouwing"),
                            ("Mijn sterke kanten", "bevorderende_factoren"), ("Waar ik moeite mee heb", "belemmerende_factoren"),
                            ("Wat ik nodig heb", "ondersteuningsbehoefte")], numbered=False)
    if b.mode("doelen") == "ok":
        blocks += [("h1", "Mijn leerdoelen"), ("table", ["Doel", "Hoe meten we het"], [[d[0].upper() + d[1:], "observatie mentor / beoordelingslijst"] for d in b.doelen])]
    else:
        blocks += _sections(b, [("Mijn leerdoelen", "doelen")], numbered=False)
    blocks += _sections(b, [("Stage en begeleiding (ondersteuning)", "ondersteuning"), ("Afwijkingen van het lesprogramma", "afwijkingen_onderwijsprogramma"),
                            ("Advies van deskundigen", "adviezen_professionals"), ("Wat vind ik ervan?", "inbreng_leerling"),
                            ("Gesprek met ouders", "oogo"), ("Evaluatie", "evaluatie"), ("Vaststelling", "vaststelling"),
                            ("Rechten van ouders", "informatie_rechten")], numbered=False)
    blocks += b.consent_blocks()
    return blocks

def L_handeling(b):
    c = b.c
    blocks = [("title", "Handelingsdeel ontwikkelingsperspectief"), header_kv(b, [("Periode", "%s t/m %s" % (dshort(c.vast), dshort(c.eval2)))])]
    for e, lab in (("uitstroombestemming", "Uitstroombestemming"), ("onderbouwing", "Onderbouwing")):
        t = b.text(e)
        if t is not None: blocks += [("p", lab + ": " + t)]
    for e, lab in (("belemmerende_factoren", "Belemmerende factoren"), ("bevorderende_factoren", "Bevorderende factoren"), ("ondersteuningsbehoefte", "Onderwijsbehoeften")):
        t = b.text(e)
        if t is not None: blocks += [("h2", lab)] + ([("p", t)] if t else [])
    rows = b.steun_rows()
    doel = b.doelen if b.mode("doelen") == "ok" else ([b.text("doelen")] * 1 if b.mode("doelen") != "miss" else [])
    if rows is not None and b.mode("doelen") == "ok":
        rws = list(rows) + [("", "", "", "")] * len(doel)
        trs = [[doel[i][0].upper() + doel[i][1:], rws[i][0], rws[i][1], ", ".join(x for x in rws[i][2:] if x)] for i in range(len(doel))]
        blocks += [("h1", "Doelen en aanpak"), ("table", ["Doel", "Aanpak / ondersteuning", "Wie", "Frequentie en start"], trs)]
    else:
        blocks += _sections(b, [("Doelen", "doelen"), ("Aanpak / ondersteuning", "ondersteuning")], numbered=False)
    blocks += _sections(b, [("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"), ("Adviezen", "adviezen_professionals"),
                            ("Inbreng leerling", "inbreng_leerling"), ("Overleg ouders", "oogo"), ("Evaluatie", "evaluatie"),
                            ("Vaststelling", "vaststelling"), ("Rechten", "informatie_rechten")], numbered=False)
    blocks += b.consent_blocks()
    return blocks

LAYOUTS = {"swv-numbered": L_swv_numbered, "domain-table": L_domain_table, "groeidocument": L_groeidocument, "beknopt-form": L_beknopt,
           "question-headings": L_question, "letter": L_letter, "system-export": L_export, "so-vso-profile": L_profile,
           "pro-iop": L_pro_iop, "handelingsdeel-table": L_handeling}

# ------------------------------------------------------------------ non-OPPs
def leaflet(spec):
    return [("title", "Wat is een OPP? Informatie voor ouders"), ("p", "Een uitgave van SWV PO Haverdijk-Zuid"),
            ("h1", "Waarom een ontwikkelingsperspectief?"),
            ("p", "Heeft uw kind meer ondersteuning nodig dan de school standaard biedt? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. Daarin staat wat de school verwacht dat uw kind na de basisschool gaat doen, waarom, en welke hulp uw kind krijgt."),
            ("h1", "Wat staat er in een OPP?"),
            ("p", "De verwachte uitstroombestemming en de onderbouwing daarvan; wat uw kind helpt en wat belemmert; de ondersteuning en de doelen; afwijkingen van het lesprogramma; en afspraken over evaluatie."),
            ("h1", "Welke rol heeft u?"),
            ("p", "De school bespreekt het plan met u voordat het wordt vastgesteld. Op het handelingsdeel heeft u instemmingsrecht. Vanaf 1 augustus 2025 wordt ook uw kind zelf gehoord. Bent u het niet eens, dan kunt u terecht bij het ouder- en jeugdsteunpunt, een onderwijsconsulent of de Geschillencommissie passend onderwijs."),
            ("h1", "Vragen?"), ("p", "Bel het ouder- en jeugdsteunpunt: 0123-456 789 (ma-do 9.00-12.00 uur).")]

def newsletter(spec):
    return [("title", "Nieuwsbrief OBS Het Kompasveld – december 2025"), ("h1", "Agenda"),
            ("p", "12 december: kerstviering in de aula. 19 december: laatste schooldag, 12.00 uur uit. 5 januari: studiedag, alle leerlingen vrij."),
            ("h1", "Uit de ondersteuning"),
            ("p", "Voor een aantal leerlingen maken wij een ontwikkelingsperspectiefplan (OPP). Sinds dit schooljaar vragen wij ook de leerling zelf naar zijn of haar mening. Ouders van leerlingen met een OPP worden in januari uitgenodigd voor de evaluatie. Heeft u vragen, neem dan contact op met onze intern begeleider, juf Annelies."),
            ("h1", "Luizencontrole"), ("p", "Na de kerstvakantie is er weer luizencontrole. Wilt u uw kind op woensdag 7 januari zonder gel of vlechten naar school laten gaan?"),
            ("h1", "Oud papier"), ("p", "De container staat op zaterdag 13 december bij de gymzaal.")]

def blank_format(spec):
    b = Builder(dict(spec, modes={e: "instr" for e in ELEMENTS}, consent="blank"))
    c = b.c
    blocks = [("title", "Format ontwikkelingsperspectiefplan (OPP)"), ("p", "Format %s – versie 2025. Gebruik dit format voor leerlingen met extra ondersteuning. Verwijder de instructieteksten na het invullen." % c.swv),
              ("kv", [("Naam leerling", ""), ("Geboortedatum", ""), ("School", ""), ("Groep/klas", ""), ("Datum opstellen", "")])]
    blocks += _sections(b, [("Te verwachten uitstroombestemming", "uitstroombestemming"), ("Onderbouwing", "onderbouwing"),
                            ("Belemmerende factoren", "belemmerende_factoren"), ("Bevorderende factoren", "bevorderende_factoren"),
                            ("Onderwijsbehoeften", "ondersteuningsbehoefte"), ("Adviezen van deskundigen", "adviezen_professionals"),
                            ("Doelen", "doelen"), ("Handelingsdeel", "ondersteuning"), ("Afwijkingen van het onderwijsprogramma", "afwijkingen_onderwijsprogramma"),
                            ("Inbreng van de leerling", "inbreng_leerling"), ("OOGO met ouders", "oogo"), ("Evaluatie", "evaluatie"),
                            ("Informatie over rechten", "informatie_rechten"), ("Vaststelling", "vaststelling")])
    blocks += [("h2", "Instemming handelingsdeel"), ("check", [(False, "Akkoord met het handelingsdeel"), (False, "Niet akkoord")]),
               ("sig", [{"role": "Ouder/verzorger", "name": "", "date": "", "mark": ""}, {"role": "Directeur", "name": "", "date": "", "mark": ""}])]
    return blocks

NONOPP = {"leaflet": leaflet, "newsletter": newsletter, "blank-format": blank_format}

# ------------------------------------------------------------------ labels
GAPMODES = {"empty", "ph", "instr", "ref", "partial", "vague", "noeffect", "ccph"}
def labels_for(spec):
    if spec["layout"] in ("leaflet", "newsletter"):
        return {e: "missing" for e in ELEMENTS}
    if spec["layout"] == "blank-format":
        return {e: "incomplete" for e in ELEMENTS}
    modes = {e: "ok" for e in ELEMENTS}; modes.update(spec.get("modes", {}))
    eff = spec.get("revised") or spec["date"]
    out = {}
    for e in ELEMENTS:
        m = modes[e]
        if e == "instemming_ouders":
            v = spec.get("consent", "ok")
            out[e] = "present" if v in ("ok", "adult_ok", "curator_ok") else ("missing" if v in ("miss", "avg_only") else "incomplete")
            continue
        if e == "inbreng_leerling" and (eff < CUTOFF or spec.get("adult")):
            out[e] = "not_applicable"; continue
        if m == "ok": out[e] = "present"
        elif m in GAPMODES: out[e] = "incomplete"
        elif m == "na": out[e] = "not_applicable"
        elif m in ("miss", "na_omit"): out[e] = "missing"
        else: raise KeyError(m)
    return out
