# -*- coding: utf-8 -*-
"""Content bank for the blind OPP set 2026-12-06ab. Everything is invented."""
import random

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

FIRST_M = ["Sem", "Daan", "Milan", "Yusuf", "Jesse", "Thijmen", "Bram", "Mohamed", "Luuk", "Ravi", "Stijn", "Noah", "Tygo", "Ilias", "Finn", "Jurre"]
FIRST_F = ["Lotte", "Nour", "Sanne", "Fleur", "Amira", "Esmee", "Iris", "Zoë", "Lieke", "Maud", "Yara", "Femke", "Sara", "Julia", "Ilse", "Noa"]
LAST = ["de Vlieger", "Hoekstra", "Bouzidi", "van Dalfsen", "Kramer", "Wolters", "Postma", "El Amrani", "Verbeek", "Schuringa",
        "van der Molen", "Kaya", "Brinkhuis", "Mulder", "Timmerman", "Oosterhof", "Jansma", "Doğan", "Veenstra", "Smits"]
STAFF = ["mw. A. Terpstra", "dhr. K. Lubbers", "mw. F. Ouali", "dhr. R. van Essen", "mw. J. Dijkhuis", "mw. S. Hamstra",
         "dhr. P. Nijboer", "mw. D. Karaca", "dhr. W. Stegeman", "mw. L. Groeneveld", "mw. H. Bosgra", "dhr. T. Mertens"]
PLACES = ["Brederwolde", "Helmondsveen", "Rijsterhoeve", "Wolderkamp", "Aalsterbroek", "Gravendonk", "Lindenwolde", "Eemsterburg"]

SCHOOLS = {
    "po": ["OBS De Klimboom", "CBS Het Kompasje", "Kindcentrum De Wilgenhoek", "RK Basisschool Sint-Odulf", "IKC Het Zonnedal"],
    "sbo": ["SBO De Wegwijzer", "SBO Het Palet", "SBO De Brug", "SBO Tweestroom"],
    "so": ["SO De Horizonboog", "Mytylschool De Kei", "SO Het Baken", "SO De Regenboogtrap"],
    "vo": ["Wolderkamp College", "Scholengemeenschap De Lindeboom", "Veenland Lyceum", "Het Aalster College"],
    "pro": ["Praktijkschool De Werkplaats", "Praktijkcollege Gravendonk", "PrO De Stek", "Praktijkschool Het Ambacht"],
    "vso": ["VSO De Horizonboog", "VSO Het Kompas", "VSO De Sprong", "Cluster 4-school De Bolder"],
}
SWV_PO = ["Samenwerkingsverband Passend Onderwijs Brederwolde e.o.", "SWV PO Rijsterhoeve-Aalsterbroek", "Stichting SWV De Eemsterkring"]
SWV_VO = ["Samenwerkingsverband VO Wolderkamp", "SWV Passend Leren Gravendonk (VO)", "Stichting SWV VO Eemsterburg"]


class Ctx:
    def __init__(self, seed, stype, date_set, revised=None, adult=False, curatele=False, girl=None):
        self.rng = random.Random(seed)
        r = self.rng
        self.stype = stype
        self.girl = r.random() < 0.5 if girl is None else girl
        self.first = r.choice(FIRST_F if self.girl else FIRST_M)
        self.last = r.choice(LAST)
        self.name = self.first + " " + self.last
        self.hij = "zij" if self.girl else "hij"
        self.Hij = "Zij" if self.girl else "Hij"
        self.zijn = "haar" if self.girl else "zijn"
        self.Zijn = "Haar" if self.girl else "Zijn"
        self.hem = "haar" if self.girl else "hem"
        self.school = r.choice(SCHOOLS.get(stype, ["-"]))
        self.place = r.choice(PLACES)
        self.swv = r.choice(SWV_VO if stype in ("vo", "pro") else SWV_PO)
        self.staff = r.sample(STAFF, 5)
        self.mentor, self.ib, self.dir, self.ortho, self.extra = self.staff
        self.parent_last = self.last if r.random() < 0.7 else r.choice(LAST)
        self.mother = "mw. %s. %s" % (r.choice("ABCDEHJKMNPSTY"), self.parent_last)
        self.father = "dhr. %s. %s" % (r.choice("ABCDEGHJKMPRW"), self.last)
        self.date_set = date_set          # (y, m, d)
        self.revised = revised
        self.adult = adult
        self.curatele = curatele
        ages = {"po": (8, 11), "sbo": (9, 12), "so": (7, 12), "vo": (12, 16), "pro": (12, 16), "vso": (14, 17)}
        lo, hi = ages.get(stype, (10, 12))
        self.age = 18 + r.randint(0, 1) if (adult or curatele) else r.randint(lo, hi)
        y, m, d = date_set
        self.birth = (y - self.age - (1 if m < 6 else 0), r.randint(1, 12), r.randint(1, 28))
        self.group = {"po": "groep %d" % min(8, self.age - 3), "sbo": "groep %d" % min(8, self.age - 3),
                      "so": "SO-groep %s" % r.choice(["Otters", "Vossen", "Reigers", "Bevers"]),
                      "vo": "klas %d %s" % (max(1, self.age - 11), r.choice(["vmbo-bb/kb", "vmbo-kader", "mavo", "havo"])),
                      "pro": "leerjaar %d" % max(1, self.age - 11), "vso": "VSO-bovenbouw, groep %d" % r.randint(2, 6)}.get(stype, "")

    def d(self, t, long=False):
        y, m, d = t
        if long:
            mn = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][m - 1]
            return "%d %s %d" % (d, mn, y)
        return "%02d-%02d-%d" % (d, m, y)

    def shift(self, t, days):
        import datetime
        x = datetime.date(*t) + datetime.timedelta(days=days)
        return (x.year, x.month, x.day)

    def schoolyear(self):
        y, m, _ = self.date_set
        return "%d-%d" % ((y, y + 1) if m >= 8 else (y - 1, y))

    def next_june(self):
        y, m, _ = self.date_set
        return (y + 1 if m >= 7 else y, 6, self.rng.randint(2, 26))


PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "PM", "nog invullen", "xxx", "-- in te vullen door mentor --"]

GUIDE = {
    "uitstroombestemming": "Geef aan welke uitstroombestemming wordt verwacht (bijv. pro, vmbo-bb, vmbo-kb, vmbo-gt, havo, vwo; in het vso: vervolgonderwijs, arbeidsmarkt of dagbesteding).",
    "onderbouwing": "Onderbouw het verwachte uitstroomniveau met toetsgegevens (LVS), gegevens uit onderzoek (IQ), leerrendement en de schoolloopbaan van de leerling.",
    "belemmerende_factoren": "Beschrijf de factoren bij de leerling, in het onderwijs en in de thuissituatie die de ontwikkeling belemmeren.",
    "bevorderende_factoren": "Beschrijf de stimulerende en beschermende factoren: wat gaat goed, waar is de leerling sterk in?",
    "ondersteuningsbehoefte": "Formuleer de onderwijsbehoeften: Deze leerling heeft ... nodig (instructie, opdrachten, materialen, feedback, leeromgeving).",
    "ondersteuning": "Beschrijf de extra ondersteuning: wat wordt er gedaan, door wie, hoe vaak en vanaf wanneer.",
    "afwijkingen_onderwijsprogramma": "Geef aan of er wordt afgeweken van het reguliere onderwijsprogramma (eigen leerlijn, vrijstelling, aangepast rooster). Indien niet van toepassing: vermeld dit.",
    "doelen": "Formuleer SMART-doelen voor de komende periode (Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden).",
    "adviezen_professionals": "Vermeld de adviezen van externe deskundigen en wat de school hiermee doet.",
    "oogo": "Vermeld datum en deelnemers van het op overeenstemming gericht overleg met ouders.",
    "inbreng_leerling": "Beschrijf hier wat de leerling zelf vindt en hoe dit is meegenomen in het plan (hoorrecht, verplicht vanaf 1 augustus 2025).",
    "evaluatie": "Geef aan wanneer en hoe het OPP met ouders (en leerling) wordt geëvalueerd (minimaal 1x per schooljaar).",
    "informatie_rechten": "Informeer ouders hier over hun instemmingsrecht en de mogelijkheden bij onenigheid.",
    "vaststelling": "Datum vaststelling en naam/functie van degene die namens het bevoegd gezag vaststelt.",
}

REFS = {
    "uitstroombestemming": "Zie bijlage 1 (uitstroomprofiel).",
    "onderbouwing": "Zie uitdraai LVS en verslag psychologisch onderzoek in het dossier.",
    "belemmerende_factoren": "Zie groeidocument deel 2.",
    "bevorderende_factoren": "Zie vorig OPP.",
    "ondersteuningsbehoefte": "Zie groepsplan / groepsoverzicht.",
    "ondersteuning": "Zie arrangement (bijlage 3).",
    "afwijkingen_onderwijsprogramma": "Zie leerlijnen in ParnasSys.",
    "doelen": "Zie groepsplan rekenen en het individuele handelingsplan.",
    "adviezen_professionals": "Zie verslag van het onderzoek (bijlage).",
    "oogo": "Zie gespreksverslag in het dossier.",
    "inbreng_leerling": "Zie leerlinggesprek in Magister.",
    "evaluatie": "Zie jaarplanning ondersteuning.",
    "informatie_rechten": "Zie schoolgids, hoofdstuk 6.",
    "vaststelling": "Zie dossier.",
}

GENERIC = {
    "uitstroombestemming": "Wij streven ernaar dat iedere leerling uitstroomt naar het best passende vervolgonderwijs.",
    "onderbouwing": "Het perspectief wordt bij alle leerlingen bepaald op basis van de toetsen van het leerlingvolgsysteem en de observaties van de leerkracht.",
    "belemmerende_factoren": "Leerlingen met extra ondersteuningsbehoeften kunnen belemmerd worden door concentratieproblemen, faalangst of een taalachterstand.",
    "bevorderende_factoren": "Onze school biedt alle leerlingen een veilig en gestructureerd leerklimaat met kleine groepen.",
    "ondersteuningsbehoefte": "Leerlingen hebben behoefte aan duidelijke instructie, structuur, een veilige leeromgeving en positieve feedback.",
    "ondersteuning": "De school biedt de basisondersteuning zoals beschreven in het schoolondersteuningsprofiel: werken met het directe instructiemodel, verlengde instructie aan de instructietafel en een zorgstructuur met intern begeleider.",
    "afwijkingen_onderwijsprogramma": "Waar nodig kan de school afwijken van het reguliere programma, bijvoorbeeld door een eigen leerlijn.",
    "doelen": "Alle leerlingen werken aan de kerndoelen en de referentieniveaus 1F/1S.",
    "adviezen_professionals": "De school werkt samen met het CJG, de jeugdarts en de orthopedagoog van het samenwerkingsverband.",
    "oogo": "Ouders worden altijd betrokken bij het opstellen van een OPP.",
    "inbreng_leerling": "Wij vinden het belangrijk dat leerlingen meepraten over hun eigen ontwikkeling.",
    "evaluatie": "De school evalueert OPP's volgens de ondersteuningscyclus van de school.",
    "informatie_rechten": "Ouders die het niet eens zijn met de school kunnen dit bespreekbaar maken.",
    "vaststelling": "Het OPP wordt vastgesteld door het bevoegd gezag.",
}


def present(e, c):
    """Real, child-specific content for element e (list of paragraphs)."""
    r = c.rng
    n, f = c.name, c.first
    st = c.stype
    if e == "uitstroombestemming":
        opts = {
            "po": ["vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)", "vmbo kaderberoepsgerichte leerweg", "praktijkonderwijs", "vmbo-gl/tl"],
            "sbo": ["vmbo basisberoepsgerichte leerweg met lwoo", "praktijkonderwijs", "vmbo-kader met lwoo"],
            "so": ["VSO, uitstroomprofiel arbeidsmarktgericht", "praktijkonderwijs", "VSO, uitstroomprofiel vervolgonderwijs (vmbo-basis)"],
            "vo": ["vmbo-kader diploma (profiel Zorg & Welzijn), daarna mbo niveau 3", "mavo-diploma (vmbo-tl), daarna mbo niveau 4", "havo-diploma", "vmbo-basis diploma met doorstroom naar mbo niveau 2"],
            "pro": ["arbeid: regulier werk in de groenvoorziening, met branchecertificaat", "arbeid: werk in de logistiek (magazijn), eventueel entree-opleiding (mbo niveau 1)", "vervolgopleiding: entree-opleiding (mbo 1) richting horeca, daarna werk"],
            "vso": ["uitstroomprofiel arbeidsmarktgericht: beschut werk in de productie (sociaal ontwikkelbedrijf)", "uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij", "uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Entree/Logistiek)", "uitstroomprofiel arbeidsmarktgericht: werk in de schoonmaak/facilitaire dienst met jobcoach"],
        }[st]
        c.dest = r.choice(opts)
        if r.random() < 0.35:          # busy school: answered in a few words
            return [c.dest]
        return ["Verwachte uitstroombestemming: %s." % c.dest]
    if e == "onderbouwing":
        if st in ("po", "sbo", "so"):
            tiq = r.randint(68, 92)
            return ["%s is in %s onderzocht (WISC-V, %s): TIQ %d, met een zwakker werkgeheugen. " % (f, r.choice(["mei 2024", "januari 2025", "november 2024"]), c.ortho, tiq) +
                    "Resultaten Leerling in beeld (midden): rekenen-wiskunde functioneringsniveau E%d, technisch lezen M%d, begrijpend lezen E%d. " % (r.randint(3, 5), r.randint(4, 6), r.randint(3, 5)) +
                    "Het leerrendement voor rekenen ligt de afgelopen twee jaar rond %d%%. %s heeft groep %d gedoubleerd. Op basis hiervan verwachten wij eind groep 8 niveau %s voor rekenen en %s voor lezen; dat past bij de genoemde uitstroombestemming." % (r.randint(45, 70), c.Hij, r.randint(2, 4), r.choice(["E5/M6", "M6"]), r.choice(["E6", "M7"]))]
        if st in ("vo",):
            return ["Resultaten leerjaar 1: gemiddeld %s voor de kernvakken; Nederlands en Engels voldoende, wiskunde onvoldoende (%s). Capaciteitenonderzoek (NIO, groep 8): TIQ %d. Het advies van de basisschool was %s. De docentenvergadering van %s bevestigt dat het niveau haalbaar is als de planning en de werkhouding worden ondersteund." % (r.choice(["6,4", "6,1", "6,8"]), r.choice(["4,9", "5,2"]), r.randint(90, 104), r.choice(["vmbo-kader", "mavo", "havo/vwo", "vmbo-gt"]), r.choice(["januari", "maart", "juni"]))]
        if st == "pro":
            return ["%s werkt in de praktijkvakken zelfstandig en nauwkeurig (beoordeling interne stage: goed). Theorie op niveau %s rekenen en %s lezen. Intelligentie (2023): TIQ %d. In de oriëntatiestage bij %s bleek dat %s goed functioneert bij vaste taken en een vaste begeleider." % (f, r.choice(["1F-", "E6"]), r.choice(["1F", "M7"]), r.randint(62, 78), r.choice(["Hoveniersbedrijf Groen & Zo", "Bakkerij Van Ommen", "Distributiecentrum De Kade"]), c.hij)]
        return ["Uit de observaties in de arbeidstraining en de interne stage blijkt dat %s taken van ongeveer %d minuten zelfstandig kan uitvoeren. Functioneringsniveau rekenen en lezen rond eind groep %d. Psychodiagnostisch onderzoek (%s): TIQ %d, met een sociaal-emotionele ontwikkeling op het niveau van een %d-jarige. De CvB acht het profiel haalbaar." % (f, r.choice([20, 30, 45]), r.randint(3, 5), r.choice(["2023", "2024"]), r.randint(50, 75), r.randint(8, 12))]
    if e == "belemmerende_factoren":
        pool = ["%s raakt snel afgeleid door geluiden en bewegingen in de klas." % f,
                "Zwak werkgeheugen: meerstappige instructies worden vergeten.",
                "Faalangst bij toetsen; %s klapt dicht als %s het antwoord niet direct weet." % (c.hij, c.hij),
                "Diagnose ADHD (gecombineerd beeld), medicatie wisselend ingenomen.",
                "Moeite met plannen en organiseren van huiswerk.",
                "Thuis is de situatie onrustig sinds de scheiding van ouders (voorjaar %d)." % (c.date_set[0] - 1),
                "Beperkte woordenschat in het Nederlands; thuis wordt vooral %s gesproken." % r.choice(["Turks", "Arabisch", "Pools", "Tigrinya"]),
                "Snel overprikkeld in drukke situaties (pauze, gymzaal).",
                "Auditieve verwerking is zwak (onderzoek audiologisch centrum).",
                "Langdurig verzuim in het vorige schooljaar (ruim 40 dagen)."]
        return ["- " + x for x in r.sample(pool, 3)]
    if e == "bevorderende_factoren":
        pool = ["%s is gemotiveerd en wil graag laten zien wat %s kan." % (f, c.hij),
                "Goede band met de mentor/leerkracht.",
                "Ouders zijn zeer betrokken en oefenen thuis mee.",
                "Sterk in praktische opdrachten en werken met de handen.",
                "Sociaal vaardig; %s heeft een vaste vriendengroep." % c.hij,
                "Sport twee keer per week bij de voetbalclub; dat geeft structuur.",
                "Goed visueel geheugen; leert goed met plaatjes en stappenplannen.",
                "Behulpzaam en zorgzaam voor jongere kinderen.",
                "Reageert goed op complimenten en duidelijke afspraken."]
        return ["- " + x for x in r.sample(pool, 3)]
    if e == "ondersteuningsbehoefte":
        pool = ["een vaste plek vooraan, met de rug naar de gang",
                "instructie in kleine stappen, met een visueel stappenplan op tafel",
                "een korte check na de instructie of %s de opdracht begrijpt" % c.hij,
                "extra verwerkingstijd bij toetsen (20 minuten) en toetsen in een stille ruimte",
                "een vast aanspreekpunt bij wie %s terecht kan als het te veel wordt" % c.hij,
                "een dag- of weekplanning die samen met de mentor wordt gemaakt",
                "voorspelbaarheid: vooraf horen als het rooster verandert",
                "oefenen van de basisvaardigheden rekenen met concreet materiaal"]
        return ["%s heeft nodig: %s." % (f, "; ".join(r.sample(pool, 3)))]
    if e == "ondersteuning":
        who1 = r.choice(["de onderwijsassistent (%s)" % c.extra, "de remedial teacher", "de ondersteuningscoördinator", "de leerkracht", "de jobcoach van school"])
        start = c.d(c.shift(c.date_set, r.randint(3, 14)))
        return ["- Vanaf %s krijgt %s %s per week %d minuten %s door %s." % (start, f, r.choice(["twee keer", "drie keer", "één keer"]), r.choice([20, 30, 45]), r.choice(["pre-teaching rekenen", "begeleiding bij plannen", "een leesinterventie (RALFI)", "training sociale vaardigheden", "oefenen met werkstukken uit de praktijkles"]), who1),
                "- De mentor (%s) voert elke week op maandag een kort check-in gesprek van 10 minuten." % c.mentor,
                "- %s (%s) overlegt elke zes weken met de leerkracht/mentor over de voortgang." % (r.choice(["De intern begeleider", "De zorgcoördinator", "De orthopedagoog"]), c.ib)]
    if e == "afwijkingen_onderwijsprogramma":
        if st in ("po", "sbo", "so"):
            return ["%s volgt voor rekenen-wiskunde een eigen leerlijn (vanaf %s): de doelen worden afgestemd op eindniveau %s. Voor de overige vakken volgt %s het programma van de groep." % (f, c.d(c.date_set), r.choice(["1F", "eind groep 6", "E6"]), c.hij)]
        if st == "vo":
            return ["%s heeft vrijstelling voor %s; de vrijgekomen uren (2 per week) worden besteed aan begeleid huiswerk in het leerplein. Voor toetsen geldt een aangepaste normering niet; wel verlengde tijd." % (f, r.choice(["Frans", "Duits", "de tweede moderne vreemde taal"]))]
        if st == "pro":
            return ["Aangepast rooster: op woensdag en donderdag loopt %s stage (in plaats van de praktijkvakken op school). Geen Engels; in plaats daarvan extra rekenen in de praktijk." % f]
        return ["Verkort lesrooster: %s is op vrijdag vrij (onderwijstijd 22 uur per week i.p.v. 25), met toestemming van de inspectie. Leerlijnen op eigen niveau voor rekenen en taal." % f]
    if e == "doelen":
        y = c.date_set[0] + (1 if c.date_set[1] >= 8 else 0)
        pool = ["Voor 1 februari %d maakt %s sommen tot 100 met overschrijding met 80%% goed (methodetoets blok 5)." % (y, f),
                "In maart %d leest %s een AVI-tekst op niveau M%d met hoogstens 3 fouten." % (y, f, r.randint(4, 6)),
                "Vanaf december gebruikt %s elke dag de planner; de mentor controleert dit op vrijdag (doel: 4 van de 5 dagen)." % f,
                "Voor de kerstvakantie vraagt %s zelf om hulp als %s vastloopt, in ten minste 3 van de 5 lessen (observatie mentor)." % (f, c.hij),
                "Eind van het schooljaar werkt %s 30 minuten zelfstandig aan een %s zonder aansporing." % (f, "opdracht uit de praktijkles" if st in ("pro", "vso", "vo") else "weektaak"),
                "In periode 2 levert %s alle praktische opdrachten op tijd in (score in Magister: 100%%)." % f,
                "Voor de zomervakantie %d heeft %s het certificaat %s behaald." % (y, f, r.choice(["VCA-basis", "heftruck", "schoonmaak (SVS)", "Zelfstandig werken in de keuken"]))]
        idx = {"po": [0, 1, 3, 4], "sbo": [0, 1, 3, 4], "so": [0, 1, 3, 4], "vo": [2, 3, 5], "pro": [2, 3, 4, 6], "vso": [3, 4, 6]}[st]
        return ["- " + x for x in r.sample([pool[i] for i in idx], 3)]
    if e == "adviezen_professionals":
        out = []
        if st in ("so", "vso"):
            out.append("Advies Commissie voor de Begeleiding (%s): de CvB adviseert het uitstroomprofiel te handhaven en de training %s voort te zetten. De school volgt dit advies." % (c.d(c.shift(c.date_set, -r.randint(5, 20))), r.choice(["sociale vaardigheden", "zelfredzaamheid", "arbeidsvaardigheden"])))
        adv = r.choice([("De orthopedagoog", "instructie te ondersteunen met visuele middelen", "de leerkracht/mentor gebruikt bij elke instructie een stappenkaart"),
                        ("De kinderpsycholoog", "de werkdruk te verlagen en toetsen te spreiden", "de mentor maakt een toetsplanning met hoogstens twee toetsen per week"),
                        ("De logopedist", "in te zetten op woordenschat met de methode Logo 3000", "de logopedie vindt onder schooltijd plaats en de woorden komen terug in de les"),
                        ("De behandelaar van Karakter-Noord", "prikkelarme werkplekken te bieden", "er is een vaste werkplek in het stiltelokaal")])
        out.append("%s (%s, %s) adviseert %s. De school neemt dit over: %s." % (
            adv[0], c.ortho, r.choice(["verslag ", "onderzoek "]) + c.d(c.shift(c.date_set, -r.randint(30, 200))), adv[1], adv[2]))
        return out
    if e == "oogo":
        dt = c.shift(c.date_set, -r.randint(3, 12))
        c.oogo_date = dt
        if c.adult:
            return ["Het ontwikkelingsperspectief is op %s besproken met %s zelf (meerderjarig en handelingsbekwaam). Op %s verzoek was ook %s aanwezig. Van school: %s en %s. %s vroeg om meer stage-uren; dit is verwerkt in de begeleiding." % (
                c.d(dt, True), f, c.zijn, c.mother, c.mentor, c.ib, f)]
        return ["Het ontwikkelingsperspectief is op %s besproken met %s en %s. Aanwezig van school: %s en %s. Ouders vulden aan dat %s thuis %s; dit is opgenomen bij de ondersteuningsbehoefte." % (
            c.d(dt, True), c.mother, c.father, c.mentor, c.ib, f, r.choice(["moeite heeft met inslapen", "veel praat over de stage", "goed reageert op een beloningskaart"]))]
    if e == "inbreng_leerling":
        return ["Gesprek met %s op %s. %s vertelt: \"%s\"" % (f, c.d(c.shift(c.date_set, -r.randint(2, 15))), c.Hij, r.choice([
                    "Ik wil niet steeds naar de gang voor extra uitleg, want dan kijkt iedereen.",
                    "Ik vind rekenen moeilijk, maar met de blokjes snap ik het beter.",
                    "Ik wil later in een garage werken en daarom wil ik stage bij een autobedrijf.",
                    "Als het druk is in de klas wil ik met een koptelefoon werken."])),
                "Wat hebben we hiermee gedaan: %s" % r.choice([
                    "de extra uitleg wordt in de klas aan de instructietafel gegeven in plaats van op de gang.",
                    "het concrete materiaal is opgenomen in de ondersteuning en in doel 1.",
                    "de stage in periode 3 wordt gezocht bij een autobedrijf; dit staat bij de doelen.",
                    "%s mag bij zelfstandig werken een koptelefoon gebruiken (afspraak met alle docenten)." % f])]
    if e == "evaluatie":
        mid = c.shift(c.date_set, r.randint(100, 130))
        end = c.next_june()
        wie = ("%s (en, als %s dat wil, %s ouders)" % (f, c.hij, c.zijn)) if c.adult else ("ouders en %s" % f)
        return ["Tussenevaluatie in week van %s met %s en %s (voortgang doelen). Jaarlijkse evaluatie en bijstelling van het OPP in het OPP-gesprek op of rond %s met %s." % (
            c.d(mid), c.mentor, wie, c.d(end), wie)]
    if e == "informatie_rechten" and c.adult:
        return ["Omdat je meerderjarig bent, heb je zelf instemmingsrecht op het handelingsdeel. Ben je het niet eens met het plan, bespreek dit dan eerst met je mentor of de directeur. Je kunt ook advies vragen bij de Onderwijsconsulenten. Binnen zes weken na vaststelling kun je een geschil voorleggen aan de Geschillencommissie passend onderwijs."]
    if e == "informatie_rechten":
        return ["Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP. Zonder instemming kan de school de extra ondersteuning niet uitvoeren. Bent u het niet eens met het plan, bespreek dit dan eerst met de %s. U kunt ook advies vragen bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband of bij de Onderwijsconsulenten. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (www.onderwijsgeschillen.nl)." % r.choice(["directeur", "intern begeleider", "zorgcoördinator"])]
    if e == "vaststelling":
        return ["Vastgesteld op %s door %s, %s, namens het bevoegd gezag." % (c.d(c.date_set), c.dir, r.choice(["directeur", "locatiedirecteur", "teamleider ondersteuning"]))]
    raise KeyError(e)


def untick_options(e, c):
    if e == "uitstroombestemming":
        if c.stype == "vso":
            return ["Uitstroomprofiel:", "☐ vervolgonderwijs", "☐ arbeidsmarktgericht", "☐ dagbesteding"]
        if c.stype == "pro":
            return ["Uitstroomprofiel:", "☐ A: arbeidsmatige dagbesteding / beschut werk", "☐ B: regulier werk", "☐ C: vervolgopleiding (mbo 1/2) eventueel met werk"]
        return ["Verwachte uitstroom:", "☐ pro", "☐ vmbo-bb", "☐ vmbo-kb", "☐ vmbo-gt", "☐ havo", "☐ vwo"]
    if e == "afwijkingen_onderwijsprogramma":
        return ["☐ eigen leerlijn voor: ............", "☐ vrijstelling voor: ............", "☐ aangepast rooster / minder onderwijstijd", "☐ geen afwijkingen"]
    if e == "evaluatie":
        return ["Evaluatie:", "☐ na 6 weken", "☐ na 3 maanden", "☐ einde schooljaar", "Datum: ............"]
    if e == "oogo":
        return ["☐ OPP besproken met ouders op: ...........", "☐ ouders hebben aanvullingen gegeven"]
    return ["☐ ja   ☐ nee   Toelichting: ............"]


def element_text(e, mode, c):
    """Return list of paragraphs, [] for an empty heading, or None (element absent)."""
    if mode == "M":
        return None
    if mode == "P":
        return present(e, c)
    if mode.startswith("NA"):
        if e == "afwijkingen_onderwijsprogramma":
            return [c.rng.choice(["Er zijn geen afwijkingen van het onderwijsprogramma: %s volgt het reguliere programma van de klas." % c.first,
                                  "Geen afwijkingen; %s volgt alle vakken op het niveau van de groep." % c.first,
                                  "Niet van toepassing: er wordt niet afgeweken van het reguliere onderwijsprogramma."])]
        if e == "inbreng_leerling":
            if mode == "NA:shown":
                return present(e, c)
            if mode == "NA:stmt":
                if c.adult:
                    return ["%s is meerderjarig en handelingsbekwaam en is zelf gesprekspartner en ondertekenaar van dit plan." % c.first]
                return ["n.v.t. (plan vastgesteld vóór 1 augustus 2025)."]
            return None
        return None
    kind = mode.split(":", 1)[1]
    r = c.rng
    if kind == "blank":
        return []
    if kind == "ph":
        return [r.choice(PLACEHOLDERS)]
    if kind == "guide":
        return [GUIDE[e]]
    if kind == "ref":
        return [REFS[e]]
    if kind == "gen":
        return [GENERIC[e]]
    if kind == "untick":
        return untick_options(e, c)
    if kind == "future":
        return [r.choice(["Volgt na overleg met ouders.", "Wordt besproken in het volgende OT.", "Nog te plannen.", "Wordt na de herfstvakantie ingevuld."])]
    if kind == "cc":    # Word content control left on its placeholder
        return ["Klik of tik om tekst in te voeren."]
    if kind == "nvt":   # nvt where it does apply
        return ["n.v.t."]
    if kind == "partial":
        if e == "inbreng_leerling":
            return ["%s is gehoord. %s zegt dat %s het fijn vindt op school en graag meer wil tekenen." % (c.first, c.Hij, c.hij)]
        if e == "ondersteuning":
            return ["Extra begeleiding door de onderwijsassistent."]
        if e == "oogo":
            return ["Besproken met ouders."]
        if e == "evaluatie":
            return ["Het OPP wordt geëvalueerd."]
        if e == "vaststelling":
            return ["Vastgesteld door: %s (directeur)   Datum: ............" % c.dir]
        if e == "adviezen_professionals":
            return ["Er is een onderzoek gedaan door de GZ-psycholoog (2024)."]
        if e == "uitstroombestemming":
            return ["Voortgezet onderwijs."]
        if e == "informatie_rechten":
            return ["Ouders die het niet eens zijn met het OPP kunnen contact opnemen met de directeur."]
        if e == "doelen":
            return ["- Beter worden in rekenen.", "- Lekkerder in %s vel zitten." % c.zijn]
        return ["Zie ook " + REFS[e]]
    raise ValueError(mode)
