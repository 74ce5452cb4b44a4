"""Invented pupils, schools and the wording of each OPP element (present and gap variants).
Every name, school, samenwerkingsverband and place is invented."""
import random, zlib, datetime as dt

ELEMENTS = ["uitstroombestemming", "onderbouwing", "belemmerende_factoren", "bevorderende_factoren",
            "ondersteuningsbehoefte", "ondersteuning", "afwijkingen_onderwijsprogramma", "doelen",
            "adviezen_professionals", "oogo", "instemming_ouders", "inbreng_leerling", "evaluatie",
            "informatie_rechten", "vaststelling"]

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

BOYS = ["Daan", "Sem", "Milan", "Luuk", "Jesse", "Thijs", "Bram", "Mees", "Sven", "Ayoub", "Stijn", "Ruben", "Tygo", "Jurre", "Mats", "Ilias", "Joep", "Kyan", "Wout", "Hidde"]
GIRLS = ["Noor", "Fenna", "Sara", "Lotte", "Yara", "Isa", "Evi", "Nina", "Saar", "Lina", "Fleur", "Maud", "Imane", "Roos", "Jasmijn", "Elin", "Puck", "Zara", "Hanna", "Lieke"]
SUR = ["Verhoeckx", "Brinkhorst", "van Dalsum", "Kroeskamp", "Terhaar", "Wijnberg", "Ruijterveld", "Hollander", "Mekkink", "Boschloo",
       "Stapelkamp", "van Rijswoude", "Lammerse", "Zwiers", "Pothof", "El Idrissi", "Koçak", "Snijdewind", "Ankersmit", "Oudshoff",
       "de Graafland", "Veenstrakamp", "Hulsebosch", "Tjepkema", "van Wezeldonk", "Berkelmans", "Doornveld", "Akkerhuis"]
ADULT_F = ["Anouk", "Marieke", "Samira", "Ingrid", "Esther", "Chantal", "Petra", "Fatima", "Sandra", "Linda", "Karin", "Miriam"]
ADULT_M = ["Erik", "Mohamed", "Dennis", "Jeroen", "Patrick", "Hakan", "Bas", "Wouter", "Ronald", "Marco", "Gerard", "Arjen"]
STAFF = ["A. Wolters", "M. de Kruijf", "J. Hendriksen", "S. Baaijens", "R. Nijholt", "E. Vlasblom", "K. Derksen", "T. Oosterbaan",
         "L. Zomerdijk", "H. Veldkamp", "B. Schreurs", "N. Groeneveld", "C. Mulderij", "F. Bakkenes", "D. Rozendaal", "G. Timmerije"]
PLACES = ["Lindewaarde", "Ossendijk", "Bremhorst", "Vlietmonde", "Hazelkerk", "Gaasterhout", "Rietmeer", "Noordervaart", "Elzenburg", "Terwolderveen", "Wilderdam", "Hoogeloo-aan-de-Vaart"]

SCHOOLS = {
    'po': ["Basisschool De Wilgenhoek", "OBS Het Kompasveld", "CBS De Lichtboei", "IKC Meidoornhof", "KBS Sint Aldegonde", "Daltonschool De Regenwulp", "OBS De Vlasakker"],
    'sbo': ["SBO De Zeilmaker", "SBO Het Overzet", "Speciale basisschool De Kiezel"],
    'so': ["SO De Boomgaard", "Dr. H. Lindeboomschool (so)", "SO De Vuurtoren-Noord"],
    'vso': ["VSO Het Lindenkwartier", "VSO De Oeverlanden", "VSO Kompas Bremhorst"],
    'vo': ["Gaasterhout College", "Scholengemeenschap Rietmeer", "Lyceum Vlietmonde", "Het Elzenburg College", "Noordervaart Mavo", "Terwolde Vakcollege"],
    'pro': ["Praktijkschool Bremhorst", "PrO De Werkplaats", "Praktijkcollege Hazelkerk"],
}
SWV = {
    'po': ["Samenwerkingsverband Passend Primair Onderwijs Vlietmonde e.o.", "SWV PO De Brede Waard", "Stichting Passend Onderwijs Rietmeer-Gaasterhout"],
    'vo': ["Samenwerkingsverband VO Lindewaarde-Ossendijk", "SWV Voortgezet Onderwijs De Vaart", "Stichting Passend VO Noordervaart"],
}
BOARDS = ["Stichting Openbaar Onderwijs De Waarden", "Stichting Katholiek Onderwijs Elzenburg", "Onderwijsgroep Gaasterhout", "Stichting (V)SO Kompas", "Vereniging Christelijk Onderwijs Rietmeer"]


def fdate(d, style):
    if d is None:
        return ""
    if style == 'long':
        return "%d %s %d" % (d.day, MAANDEN[d.month - 1], d.year)
    if style == 'num':
        return d.strftime("%d-%m-%Y")
    if style == 'iso':
        return d.isoformat()
    return "%d-%d-%d" % (d.day, d.month, d.year)


def monthyear(d):
    return "%s %d" % (MAANDEN[d.month - 1], d.year)


def add(d, days):
    return d + dt.timedelta(days=days)


def make_profile(spec, seed):
    r = random.Random(seed)
    t = spec['type']
    sex = r.choice('mf')
    p = {'type': t, 'r': r}
    p['roep'] = r.choice(BOYS if sex == 'm' else GIRLS)
    p['achter'] = r.choice(SUR)
    p['naam'] = p['roep'] + " " + p['achter']
    p['hij'], p['zijn'], p['hem'] = (("hij", "zijn", "hem") if sex == 'm' else ("zij", "haar", "haar"))
    p['Hij'] = p['hij'].capitalize(); p['Zijn'] = p['zijn'].capitalize()
    D = spec['date']
    p['D'] = D
    age = {'po': r.randint(9, 11), 'sbo': r.randint(9, 12), 'so': r.randint(8, 11), 'vo': r.randint(13, 15), 'pro': r.randint(13, 16), 'vso': r.randint(14, 17)}[t]
    if spec.get('adult'):
        age = r.randint(18, 19)
    p['age'] = age
    p['geb'] = dt.date(D.year - age - (1 if D.month < 6 else 0), r.randint(1, 12), r.randint(1, 28))
    if t in ('po', 'sbo', 'so'):
        g = {'po': r.choice([6, 7, 8]), 'sbo': r.choice([6, 7, 8]), 'so': r.choice([5, 6, 7])}[t]
        p['klas'] = "groep %d" % g; p['groep'] = g
    elif t == 'vo':
        p['klas'] = r.choice(["1 havo/vwo", "2 vmbo-kader", "2 mavo", "3 havo", "1 vmbo-bk"])
    elif t == 'pro':
        p['klas'] = "leerjaar %d" % r.choice([1, 2, 3])
    else:
        p['klas'] = r.choice(["bovenbouw VSO-2", "VSO-groep Arbeid 3", "middenbouw 2", "uitstroomgroep"])
    p['school'] = spec.get('school') or r.choice(SCHOOLS[t])
    p['plaats'] = r.choice(PLACES)
    p['swv'] = r.choice(SWV['po' if t in ('po', 'sbo', 'so') else 'vo'])
    p['bestuur'] = r.choice(BOARDS)
    staff = r.sample(STAFF, 6)
    p['lk'] = ("mw. " if r.random() < 0.7 else "dhr. ") + staff[0]
    p['ib'] = ("mw. " if r.random() < 0.75 else "dhr. ") + staff[1]
    p['dir'] = ("mw. " if r.random() < 0.5 else "dhr. ") + staff[2]
    p['ext'] = ("mw. drs. " if r.random() < 0.6 else "dhr. drs. ") + staff[3]
    p['ab'] = ("mw. " if r.random() < 0.6 else "dhr. ") + staff[4]
    p['rt'] = ("mw. " if r.random() < 0.8 else "dhr. ") + staff[5]
    p['ibrol'] = {'po': 'intern begeleider', 'sbo': 'intern begeleider', 'so': 'orthopedagoog/ib', 'vo': 'zorgcoördinator', 'pro': 'zorgcoördinator', 'vso': 'orthopedagoog'}[t]
    p['lkrol'] = 'leerkracht' if t in ('po', 'sbo', 'so') else 'mentor'
    mf, mm = r.choice(ADULT_F), r.choice(ADULT_M)
    p['moeder'] = "mw. %s %s" % (mf, p['achter'] if r.random() < 0.6 else r.choice(SUR))
    p['vader'] = "dhr. %s %s" % (mm, p['achter'])
    p['ouder1'] = p['moeder'] if r.random() < 0.6 else p['vader']
    p['ds'] = spec.get('datestyle') or r.choice(['long', 'num', 'short'])
    # timeline
    p['d_inbreng'] = add(D, -r.randint(12, 20))
    p['d_oogo'] = add(D, -r.randint(4, 9))
    p['d_consent'] = add(D, r.randint(0, 6))
    p['d_eval1'] = add(D, r.randint(95, 120))
    p['d_eval2'] = add(D, r.randint(220, 250))
    p['adult'] = spec.get('adult', False)
    p['curatele'] = spec.get('curatele', False)
    return p


def d(p, key):
    return fdate(p[key], p['ds'])


# ------------------------------------------------------------------------------------------ present content
def present_texts(p, spec):
    r = random.Random(spec['seed'] * 7 + 1)
    t = p['type']; N = p['roep']; hij = p['hij']; Hij = p['Hij']; zijn = p['zijn']; hem = p['hem']
    T = {}
    # --- uitstroom + onderbouwing
    if t in ('po', 'sbo'):
        opts = [("vmbo basisberoepsgerichte leerweg (vmbo-b) met leerwegondersteuning", "eind groep 5 / begin groep 6", 84),
                ("vmbo kaderberoepsgerichte leerweg (vmbo-k)", "midden groep 6", 91),
                ("praktijkonderwijs", "eind groep 4", 72),
                ("vmbo gemengde/theoretische leerweg (vmbo-gt)", "eind groep 6", 97)]
        if t == 'sbo':
            opts = opts[:3]
        u, niveau, iq = r.choice(opts)
        T['uitstroom'] = u
        T['onderbouwing'] = [
            "Op de toetsen van het leerlingvolgsysteem (midden %s) functioneert %s op rekenen/wiskunde op het niveau %s en op begrijpend lezen ongeveer een jaar daaronder. De leerrendementen over de laatste drie toetsmomenten liggen stabiel rond 60%%." % (p['klas'], N, niveau),
            "Uit het intelligentieonderzoek (WISC-V, afgenomen door %s in %s) komt een totaal IQ van %d naar voren, met een relatief sterk verbaal begrip en een zwakke verwerkingssnelheid." % (p['ext'], monthyear(add(p['D'], -r.randint(120, 300))), iq),
            "%s heeft groep %d gedoubleerd. Gezien de ontwikkeling tot nu toe en de ondersteuning die %s nodig heeft, verwachten wij dat %s uitstroomt naar %s." % (N, r.choice([3, 4]), hij, hij, u)]
    elif t == 'so':
        u = r.choice(["voortgezet speciaal onderwijs, uitstroomprofiel arbeidsmarktgericht", "praktijkonderwijs met ambulante ondersteuning", "voortgezet speciaal onderwijs, uitstroomprofiel vervolgonderwijs (richting vmbo-basis)"])
        T['uitstroom'] = u
        T['onderbouwing'] = [
            "%s zit sinds groep 3 op onze school (cluster 4, na plaatsing met een toelaatbaarheidsverklaring). De leerresultaten (methodeonafhankelijke toetsen, %s) liggen op rekenen op eind groep 4 en op technisch lezen op AVI M5." % (N, monthyear(add(p['D'], -60))),
            "Het psychologisch onderzoek (%s) laat een TIQ van %d zien met een disharmonisch profiel. De sociaal-emotionele ontwikkeling (SCOL en observaties) vraagt blijvend een kleine, voorspelbare setting; daarom verwachten wij %s." % (monthyear(add(p['D'], -400)), r.randint(78, 92), u)]
    elif t == 'vo':
        u, a = r.choice([("vmbo-kader diploma (profiel Zorg & Welzijn), daarna mbo niveau 3", "vmbo-kader"),
                         ("havo-diploma (profiel Economie & Maatschappij), daarna hbo", "havo"),
                         ("vmbo-tl diploma, daarna mbo niveau 4 (ICT)", "vmbo-tl"),
                         ("vmbo-basis diploma met lwoo, daarna mbo niveau 2 (Techniek)", "vmbo-basis")])
        T['uitstroom'] = u
        T['onderbouwing'] = [
            "%s is in klas 1 geplaatst op basis van het advies van de basisschool (%s) en de doorstroomtoets. De rapportcijfers van het afgelopen jaar liggen voor de kernvakken tussen 5,8 en 7,1; Nederlands en Engels zijn voldoende, wiskunde is wisselend." % (N, a),
            "Uit het NIO-onderzoek (%s) en de Diataal-screening blijkt een gemiddelde capaciteit met een zwakke werkgeheugenscore. Met de ondersteuning uit dit plan verwachten wij dat %s het diploma haalt; doubleren in klas 2 heeft %s al achter de rug." % (monthyear(add(p['D'], -240)), hij, hij)]
    elif t == 'pro':
        u = r.choice(["arbeid: een reguliere baan in de groenvoorziening, met de entree-opleiding (mbo niveau 1) via de bbl",
                      "arbeid: magazijnmedewerker in de logistiek, met branchecertificaat Heftruck/Orderpicker",
                      "arbeid in de horeca (keukenhulp), ondersteund door een jobcoach"])
        T['uitstroom'] = u
        T['onderbouwing'] = [
            "Bij toelating (TLV praktijkonderwijs) was het totaal IQ %d en de leerachterstand op rekenen en lezen meer dan 50%%. %s werkt praktisch goed: de interne stage in de %s is met een 'goed' beoordeeld." % (r.randint(64, 79), N, r.choice(["kantine", "groenploeg", "technieklokaal"])),
            "Op de leerroute rekenen zit %s nu op niveau 1F-deel 2. Werknemersvaardigheden (op tijd komen, instructie opvolgen) zijn voldoende. Daarom verwachten wij %s." % (N, u)]
    else:  # vso
        u, prof = r.choice([("uitstroomprofiel arbeidsmarktgericht: betaald werk in de horeca (afwas/keukenhulp), eventueel met loonkostensubsidie", "arbeidsmarktgericht"),
                            ("uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij", "dagbesteding"),
                            ("uitstroomprofiel vervolgonderwijs: mbo niveau 2 (Logistiek), na de entree-opleiding", "vervolgonderwijs")])
        T['uitstroom'] = u; T['profiel'] = prof
        T['onderbouwing'] = [
            "%s volgt de leerroute %s. De stage bij %s (1 dag per week sinds %s) verloopt positief; de stagebegeleider noemt %s betrouwbaar en gemotiveerd, maar %s heeft veel sturing nodig bij nieuwe taken." % (N, prof, r.choice(["Brasserie De Kade", "Zorgboerderij Het Hooiveld", "Distributiecentrum Vaartpoort"]), monthyear(add(p['D'], -150)), hem, hij),
            "Het laatste psychologisch onderzoek (%s) geeft een TIQ van %d. Op het Competentiemeter-overzicht scoort %s voldoende op samenwerken en zelfstandigheid in bekende situaties. Dit onderbouwt het profiel %s." % (monthyear(add(p['D'], -500)), r.randint(55, 80), N, prof)]
    # onderbouwing without naming the destination (used when the destination itself is a gap)
    ob = T['onderbouwing']
    if t in ('po', 'sbo', 'so'):
        T['onderbouwing_nodest'] = ob[:1] + [ob[1].split(". Gezien")[0].split("; daarom")[0] + "."] if t == 'so' else ob[:2]
    elif t == 'vo':
        T['onderbouwing_nodest'] = [ob[0].split(" (")[0] + ". De rapportcijfers van het afgelopen jaar liggen voor de kernvakken tussen 5,8 en 7,1.",
                                    "Uit het NIO-onderzoek en de Diataal-screening blijkt een gemiddelde capaciteit met een zwakke werkgeheugenscore."]
    elif t == 'pro':
        T['onderbouwing_nodest'] = ob[:1]
    else:
        T['onderbouwing_nodest'] = ["%s loopt sinds %s een dag per week stage; de stagebegeleider noemt %s betrouwbaar en gemotiveerd, maar %s heeft veel sturing nodig bij nieuwe taken." % (N, monthyear(add(p['D'], -150)), hem, hij),
                                    "Op het Competentiemeter-overzicht scoort %s voldoende op samenwerken en zelfstandigheid in bekende situaties." % N]
    # --- factors (domain, text)
    B = [("Leren", r.choice(["Zwak werkgeheugen: %s onthoudt meerstappeninstructies slecht en raakt het overzicht kwijt bij lange opdrachten." % N,
                             "Dyslexie (verklaring %d); het leestempo is laag, waardoor teksten bij zaakvakken en toetsen veel tijd kosten." % (p['D'].year - 2),
                             "Automatisering van de rekenbasis (tafels, splitsen) is onvoldoende; %s rekent veel op de vingers." % N])),
         ("Werkhouding", r.choice(["%s is snel afgeleid door geluid en beweging in de klas en begint laat aan een taak." % N,
                                   "Faalangst bij toetsen: %s blokkeert als er tijdsdruk is." % N,
                                   "Plannen en organiseren: huiswerk en spullen zijn vaak niet op orde."])),
         ("Sociaal-emotioneel", r.choice(["%s reageert heftig (boos, weglopen) bij onverwachte veranderingen." % N,
                                          "%s heeft moeite om aansluiting te vinden bij leeftijdgenoten en trekt zich in de pauzes terug." % N,
                                          "Laag zelfbeeld; %s zegt vaak 'dat kan ik toch niet'." % N]))]
    if r.random() < 0.6:
        B.append(("Thuis / omgeving", r.choice(["Het gezin is dit jaar verhuisd; er is weinig rust in huis door de verbouwing.",
                                                "Ouders zijn gescheiden; %s woont om de week bij vader en moeder, wat de planning van huiswerk lastig maakt." % N,
                                                "Thuis wordt vooral Arabisch gesproken; de Nederlandse woordenschat is beperkt."])))
    if t in ('so', 'vso') or r.random() < 0.3:
        B.append(("Medisch", r.choice(["ADHD (gediagnosticeerd %d), medicatie sinds vorig jaar." % (p['D'].year - 3),
                                       "Epilepsie; na een aanval is %s de rest van de dag vermoeid." % N,
                                       "ASS; gevoelig voor prikkels (geluid, drukte in de gang)."])))
    G = [("Leren", r.choice(["Goed mondeling taalgebruik en een grote algemene kennis.", "%s leert goed met concreet materiaal en visuele ondersteuning." % N, "Sterk in praktische, technische opdrachten."])),
         ("Werkhouding", r.choice(["Gemotiveerd en wil graag laten zien wat %s kan." % hij, "Werkt nauwkeurig als de taak duidelijk is afgebakend.", "Neemt hulp aan en vraagt zelf om uitleg als %s iets niet snapt." % hij])),
         ("Sociaal-emotioneel", r.choice(["Behulpzaam en geliefd bij jongere kinderen.", "Heeft een goede band met %s %s." % (p['lkrol'], p['lk']), "Eerlijk en kan goed verwoorden wat %s voelt." % hij]))]
    G.append(("Thuis / omgeving", r.choice(["Ouders zijn zeer betrokken en oefenen thuis dagelijks met lezen.", "%s voetbalt bij de club in %s; daar voelt %s zich thuis." % (N, p['plaats'], hij), "Goede samenwerking tussen school, ouders en de jeugdhulpverlener."])))
    T['belem'] = B; T['bevord'] = G
    # --- ondersteuningsbehoefte
    T['behoefte'] = [r.choice(["%s heeft een %s nodig die instructies opknipt in kleine stappen en die visueel ondersteunt (stappenplan op tafel)." % (N, p['lkrol']),
                               "%s heeft korte, concrete instructie nodig, gevolgd door direct oefenen en een controlemoment na vijf minuten." % N]),
                     r.choice(["%s heeft een vaste, rustige werkplek nodig en mag een koptelefoon gebruiken tijdens zelfstandig werken." % N,
                               "%s heeft behoefte aan vooraankondiging van veranderingen in het dagprogramma." % N]),
                     r.choice(["%s heeft extra tijd nodig bij toetsen (25%%) en voorgelezen teksten." % N,
                               "%s heeft positieve, specifieke feedback nodig op inzet, niet alleen op resultaat." % N])]
    # --- ondersteuning rows (wat, wie, frequentie, vanaf)
    start = fdate(add(p['D'], r.randint(3, 10)), p['ds'])
    rows = []
    if t in ('po', 'sbo', 'so'):
        rows = [("Verlengde instructie rekenen in de instructiegroep", "%s (%s)" % (p['lkrol'], p['lk']), "4x per week 20 min", start),
                ("Remedial teaching technisch en begrijpend lezen", "remedial teacher %s" % p['rt'], "2x per week 30 min", start),
                (r.choice(["Begeleiding werkhouding met 'ik-kaart' en dagplanning", "Training sociale vaardigheden (Rots en Water, kleine groep)"]), "%s en %s" % (p['lkrol'], p['ib']), "dagelijks / 1x per week 45 min", start)]
        if t != 'so':
            rows.append(("Consultatie van de %s door ambulant begeleider van het samenwerkingsverband" % p['lkrol'], "ambulant begeleider %s" % p['ab'], "1x per 3 weken", start))
    elif t in ('vo', 'pro'):
        rows = [("Coachgesprek over planning en huiswerk (weekplanner in Magister)", "mentor %s" % p['lk'], "1x per week 15 min", start),
                ("Steunles rekenen/wiskunde in het ondersteuningslokaal", "docent ondersteuning %s" % p['rt'], "2 lesuren per week", start),
                ("Time-out-kaart: %s mag bij spanning naar het Rebound-lokaal (max. 15 min)" % N, "zorgcoördinator %s" % p['ib'], "wanneer nodig", start),
                ("Toetsen in een prikkelarme ruimte met 20%% extra tijd", "examensecretaris / docenten", "bij alle toetsen", start)]
        if t == 'pro':
            rows = [("Stagebegeleiding en wekelijkse stagebezoek-evaluatie", "stagecoördinator %s" % p['ab'], "1x per week", start),
                    ("Individuele leerroute rekenen en taal (Rekentuin / Nieuwsbegrip op niveau)", "mentor %s" % p['lk'], "dagelijks 30 min", start),
                    ("Training werknemersvaardigheden in kleine groep", "%s" % p['rt'], "1x per week 60 min", start),
                    ("Gesprek met schoolmaatschappelijk werk over thuissituatie", "smw %s" % p['ext'], "1x per 2 weken", start)]
    else:
        rows = [("Individuele begeleiding tijdens de stage (jobcoaching)", "stagebegeleider %s" % p['ab'], "1 dag per week", start),
                ("Dagstructuur met pictogrammen en vaste overgangsmomenten", "%s %s" % (p['lkrol'], p['lk']), "dagelijks", start),
                ("Training zelfredzaamheid (reizen met OV, geld)", "%s" % p['rt'], "2x per week 45 min", start),
                ("Overleg met de zorgaanbieder over de overgang na school", "%s" % p['ib'], "1x per 6 weken", start)]
    T['ondersteuning'] = rows
    # --- afwijkingen
    if t in ('po', 'sbo', 'so'):
        T['afwijkingen'] = ["Voor rekenen volgt %s een eigen leerlijn: de einddoelen worden bijgesteld naar het niveau eind groep 6 (1F deels). De overige vakken volgen het programma van de groep." % N]
    elif t == 'vo':
        T['afwijkingen'] = ["%s krijgt vrijstelling voor Frans; de vrijgekomen uren (2 per week) worden besteed aan steunles Nederlands in het ondersteuningslokaal." % N]
    elif t == 'pro':
        T['afwijkingen'] = ["%s volgt een aangepast rooster: op woensdag start %s om 10.15 uur in verband met behandeling bij de GGZ; de gemiste lessen praktijk worden op vrijdag ingehaald." % (N, hij)]
    else:
        T['afwijkingen'] = ["%s volgt een verkort programma van 22 uur per week (vrijdag vrij voor dagbehandeling bij de zorgaanbieder). Voor Engels gelden vervangende doelen op het niveau van de uitstroomroute." % N]
    # --- doelen
    e1 = monthyear(p['d_eval1']); e2 = monthyear(p['d_eval2'])
    if t in ('po', 'sbo', 'so'):
        T['doelen'] = ["Eind %s kent %s de tafels 1 t/m 10: 90%% goed binnen 3 minuten op de tafeltoets." % (e1, N),
                       "In %s leest %s een AVI-%s-tekst op beheersingsniveau." % (e2, N, r.choice(["E5", "M6", "E6"])),
                       "%s begint binnen 2 minuten na de instructie zelfstandig aan de taak (observatie %s, 4 van de 5 lessen)." % (N, p['lkrol'])]
    elif t in ('vo', 'pro'):
        T['doelen'] = ["Vóór %s houdt %s de weekplanner zelf bij en heeft %s 80%% van het huiswerk op tijd af (controle mentor)." % (e1, N, hij),
                       "Eind van het schooljaar staat %s voor wiskunde/rekenen gemiddeld een 6,0 of hoger." % N,
                       "%s gebruikt de time-out-kaart hoogstens 2x per week en keert daarna zelf terug in de les." % N]
        if t == 'pro':
            T['doelen'][1] = "In %s rondt %s de externe stage van 10 weken af met een voldoende beoordeling van het stagebedrijf." % (e2, N)
    else:
        T['doelen'] = ["In %s reist %s zelfstandig met de bus naar de stageplek (3 keer zonder begeleiding)." % (e1, N),
                       "%s voert op de stage een taak van 30 minuten uit met alleen een picto-stappenkaart." % N,
                       "Vóór %s betaalt %s in de schoolkantine zelf met pinpas en controleert het bonnetje." % (e2, N)]
    # --- adviezen
    if t in ('so', 'vso'):
        T['adviezen'] = ["Commissie voor de begeleiding (%s): het OPP is op %s besproken. De commissie adviseert het uitstroomprofiel te handhaven, de stage-uren uit te breiden zodra de reisvaardigheid voldoende is en het OPP halverwege het schooljaar tussentijds te evalueren. De school neemt dit advies over." % (p['ext'], fdate(add(p['D'], -10), p['ds'])),
                         "%s van %s (behandelaar) adviseert vaste overgangsmomenten en een prikkelarme werkplek; dit is verwerkt in het handelingsdeel." % (r.choice(["De GZ-psycholoog", "De logopedist", "De kinderpsychiater"]), r.choice(["Kwadrant Jeugd", "Accare-Noord", "De Hoeksteen jeugd-ggz"]).replace("Accare-Noord", "Jeugdzorg De Wending"))]
    else:
        T['adviezen'] = ["%s (orthopedagoog, %s) adviseert in %s: instructie visueel ondersteunen, werken met korte opdrachten en een vast controlemoment, en de leesbegeleiding voortzetten. De school heeft deze adviezen opgenomen in de ondersteuning (zie handelingsdeel)." % (p['ext'].replace("mw. drs. ", "Mw. drs. ").replace("dhr. drs. ", "Dhr. drs. "), r.choice(["Praktijk De Leerboog", "Onderwijsadviesbureau Vaartkennis", "het Expertisecentrum van het SWV"]), monthyear(add(p['D'], -r.randint(40, 200)))),
                         r.choice(["De jeugdarts (GGD) ziet geen medische belemmeringen voor gymles; advies: rustmoment na de middagpauze. Dit is afgesproken met de %s." % p['lkrol'],
                                   "De logopedist adviseert woordenschatoefeningen met pictogrammen; de %s gebruikt deze in de verlengde instructie." % p['lkrol']])]
    # --- OOGO
    who_par = (p['ouder1'] + " (ouder)") if r.random() < 0.5 else "%s en %s (ouders)" % (p['moeder'], p['vader'])
    T['oogo'] = ["Het ontwikkelingsperspectief is op %s besproken met %s, %s (%s) en %s (%s)." % (d(p, 'd_oogo'), who_par, p['lk'], p['lkrol'], p['ib'], p['ibrol']),
                 r.choice(["Ouders herkennen het beeld. Zij vroegen om meer aandacht voor het huiswerk; afgesproken is dat %s wekelijks een overzicht van het huiswerk meekrijgt." % N + "",
                           "Ouders maken zich zorgen over de overstap naar de volgende school; afgesproken is dat de %s tijdig contact opneemt met de ontvangende school." % p['ibrol'],
                           "Ouders zijn het eens met de uitstroombestemming. Hun wens om het lezen thuis te blijven oefenen is opgenomen."])]
    if p['adult']:
        T['oogo'][0] = "Het ontwikkelingsperspectief is op %s besproken met %s zelf (meerderjarig), in aanwezigheid van %s op %s verzoek, en met %s (%s)." % (d(p, 'd_oogo'), N, p['moeder'], zijn, p['lk'], p['lkrol'])
        if p['curatele']:
            T['oogo'][0] = "Het ontwikkelingsperspectief is op %s besproken met %s en met %s, die curator is van %s, en met %s (%s)." % (d(p, 'd_oogo'), N, p['moeder'], N, p['lk'], p['lkrol'])
        T['oogo'][1] = "%s is het eens met de uitstroombestemming en vroeg om meer stage-uren; dat is opgenomen in de doelen." % N
    # --- inbreng
    pairs = [("'Ik vind rekenen moeilijk als het snel moet. Met een koptelefoon kan ik beter werken.'",
              "Wat we daarmee doen: %s mag tijdens zelfstandig werken een koptelefoon gebruiken en krijgt bij rekentoetsen extra tijd. Dit staat in het handelingsdeel." % N),
             ("'Ik wil later met mijn handen werken, net als mijn oom. Ik vind het fijn als ik weet wat er gaat gebeuren.'",
              "Wat we daarmee doen: de dagplanning wordt elke ochtend met %s doorgenomen, en %s wens om praktisch te werken is meegewogen in de uitstroombestemming." % (hem, zijn)),
             ("'In de pauze weet ik vaak niet wat ik moet doen. Ik wil graag een vast maatje.'",
              "Wat we daarmee doen: %s krijgt een pauzemaatje en heeft zelf het doel over de pauzes mee gekozen." % N),
             ("'Ik wil geen extra les als iedereen erbij is; liever even apart.'",
              "%s mening heeft ertoe geleid dat de extra begeleiding buiten de klas plaatsvindt." % (N + "'s" if not N.endswith('s') else N + "'"))]
    quote, effect = r.choice(pairs)
    T['inbreng_view'] = ["Gesprek met %s op %s (met %s). %s zegt: %s" % (N, d(p, 'd_inbreng'), p['ib'], N, quote)]
    T['inbreng'] = T['inbreng_view'] + [effect]
    # --- evaluatie
    T['evaluatie'] = [r.choice(["Tussenevaluatie met ouders en %s in %s; jaarevaluatie en bijstelling in %s. De %s nodigt ouders uit." % (N, e1, e2, p['ibrol']),
                                "Het OPP wordt twee keer per jaar met ouders en %s geëvalueerd: in de week van %s en in %s." % (N, fdate(p['d_eval1'], 'long'), e2)])]
    if p['adult']:
        T['evaluatie'] = ["Het OPP wordt geëvalueerd met %s en %s in %s (tussenevaluatie) en in %s (jaarevaluatie)." % (N, ("de curator" if p['curatele'] else "op %s verzoek %s moeder" % (zijn, zijn)), e1, e2)]
    # --- rechten
    T['rechten'] = ["U heeft instemmingsrecht op het handelingsdeel: de school voert de ondersteuning pas uit als u daarmee instemt. Over het perspectiefdeel voert de school met u overleg dat gericht is op overeenstemming.",
                    "Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met de %s of de directeur. Daarnaast kunt u terecht bij het ouder- en jeugdsteunpunt van %s, bij de onderwijsconsulenten (gratis) en bij de Geschillencommissie passend onderwijs. Een verzoek bij de Geschillencommissie dient u in binnen zes weken na de vaststelling van het OPP." % (p['ibrol'], p['swv'])]
    # --- vaststelling
    T['vast_sentence'] = "Dit ontwikkelingsperspectief is vastgesteld op %s door %s, directeur, namens het bevoegd gezag (%s)." % (fdate(p['D'], p['ds']), p['dir'], p['bestuur'])
    return T


# ------------------------------------------------------------------------------------------ gap variants
PLACEHOLDERS = ["...", "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "nog invullen"]

INSTR = {
    'uitstroombestemming': "[Vul hier de te verwachten uitstroombestemming in, bijvoorbeeld vmbo-kader, havo of een van de drie vso-profielen.]",
    'onderbouwing': "<Onderbouw de uitstroombestemming met toetsgegevens, ontwikkeling en schoolloopbaan. Gebruik gegevens van maximaal een jaar oud.>",
    'belemmerende_factoren': "Beschrijf hier de belemmerende factoren (leren, werkhouding, sociaal-emotioneel, thuis). Tip: formuleer in observeerbaar gedrag.",
    'bevorderende_factoren': "Beschrijf hier de bevorderende factoren en sterke kanten van de leerling. Denk aan interesses, motivatie en steun thuis.",
    'ondersteuningsbehoefte': "Formuleer de onderwijsbehoeften als: '... heeft ... nodig om ... te ...' (maximaal 5).",
    'ondersteuning': "<Wat wordt er geboden, door wie, hoe vaak en vanaf wanneer? Vul de tabel in.>",
    'afwijkingen_onderwijsprogramma': "[Beschrijf eventuele afwijkingen: eigen leerlijn, vrijstelling, aangepast rooster. Indien niet van toepassing: vermeld dit expliciet.]",
    'doelen': "Noteer hier SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).",
    'adviezen_professionals': "<Vat hier de adviezen van externe deskundigen samen en geef aan wat de school ermee doet.>",
    'oogo': "[Datum gesprek, aanwezigen en inbreng ouders]",
    'inbreng_leerling': "Beschrijf hier de mening van de leerling (hoorrecht) en wat daarmee is gedaan.",
    'evaluatie': "[Geef aan wanneer en met wie het OPP geëvalueerd wordt.]",
    'informatie_rechten': "[Standaardtekst rechten ouders hier invoegen]",
    'vaststelling': "[datum vaststelling + naam/functie]",
}

ZIE = {
    'onderbouwing': "Zie bijlage 2 (toetsoverzicht leerlingvolgsysteem en verslag psychologisch onderzoek).",
    'belemmerende_factoren': "Zie het groeidocument in het leerlingvolgsysteem.",
    'ondersteuning': "Zie groepsplan en het arrangement van het samenwerkingsverband.",
    'doelen': "Zie het handelingsplan in Magister (tabblad Begeleiding).",
    'adviezen_professionals': "Zie verslag van de orthopedagoog (bijlage).",
    'ondersteuningsbehoefte': "Zie bijlage 1 (onderwijsbehoeften uit het onderzoek).",
    'uitstroombestemming': "Zie het onderwijskundig rapport.",
}

GENERIC = {
    'onderbouwing': ["De uitstroombestemming is bepaald op basis van de beschikbare gegevens uit het leerlingvolgsysteem en de ervaringen van het team, conform het protocol van het samenwerkingsverband."],
    'belemmerende_factoren': [("Algemeen", "Factoren in de leeromgeving en bij de leerling zelf kunnen de ontwikkeling belemmeren. Deze worden in kaart gebracht via het leerlingvolgsysteem en de groepsbespreking.")],
    'bevorderende_factoren': [("Algemeen", "De school biedt een veilig en gestructureerd klimaat waarin alle leerlingen zich kunnen ontwikkelen. Het team werkt handelingsgericht en heeft hoge verwachtingen van alle leerlingen.")],
    'ondersteuningsbehoefte': ["Een veilige en voorspelbare leeromgeving, duidelijke instructie en positieve feedback, zoals alle leerlingen van onze school."],
    'evaluatie': ["Alle ontwikkelingsperspectiefplannen worden volgens de zorgcyclus van de school geëvalueerd."],
}


def apply_gap(el, variant, T, p):
    """Return the content of one element in the document: None = absent, [] = empty, else list."""
    r = random.Random(zlib.crc32((el + '|' + variant + '|' + p['naam']).encode()))
    N = p['roep']
    key = {'uitstroombestemming': 'uitstroom', 'onderbouwing': 'onderbouwing', 'belemmerende_factoren': 'belem',
           'bevorderende_factoren': 'bevord', 'ondersteuningsbehoefte': 'behoefte', 'ondersteuning': 'ondersteuning',
           'afwijkingen_onderwijsprogramma': 'afwijkingen', 'doelen': 'doelen', 'adviezen_professionals': 'adviezen',
           'oogo': 'oogo', 'inbreng_leerling': 'inbreng', 'evaluatie': 'evaluatie', 'informatie_rechten': 'rechten'}.get(el)
    factor = el in ('belemmerende_factoren', 'bevorderende_factoren')
    rows = el == 'ondersteuning'
    def wrap(text):
        if factor:
            return [("", text)]
        if rows:
            return [(text, "", "", "")]
        if el == 'uitstroombestemming':
            return text
        return [text]
    if variant == 'present':
        v = T[key]
        return v
    if variant == 'absent':
        return None
    if variant == 'empty':
        return "" if el == 'uitstroombestemming' else []
    if variant.startswith('ph:'):
        return wrap(variant[3:])
    if variant == 'instruction':
        return wrap(INSTR[el])
    if variant == 'zie':
        return wrap(ZIE[el])
    if variant == 'generic':
        g = GENERIC[el]
        return g
    if variant == 'vague':
        if el == 'uitstroombestemming':
            return {'po': "voortgezet onderwijs", 'sbo': "voortgezet onderwijs", 'so': "vervolgonderwijs", 'vo': "vervolgonderwijs na het diploma", 'pro': "werk", 'vso': "vso"}[p['type']]
        if el == 'doelen':
            return ["%s gaat vooruit met lezen en rekenen." % N, "%s voelt zich prettig in de groep." % N, "Werkhouding verbeteren."]
        if el == 'ondersteuning':
            return [("Extra begeleiding waar nodig", "team", "", ""), ("Aandacht voor welbevinden", "", "", "")]
    if variant == 'nvt':
        return ["Geen afwijkingen van het onderwijsprogramma: %s volgt het reguliere programma van %s." % (N, p['klas'])] if r.random() < 0.6 else ["n.v.t."]
    if variant == 'nvt_bare':
        return ["n.v.t."]
    if variant == 'nomoment':
        return [r.choice(["Het OPP wordt geëvalueerd met ouders. De datum wordt later gepland.",
                          "Evaluatie vindt plaats in overleg met ouders, wanneer daar aanleiding toe is.",
                          "Het plan wordt regelmatig met ouders besproken en zo nodig bijgesteld."])]
    if variant == 'nodate':  # oogo without when
        return ["Het plan is besproken met ouders."]
    if variant == 'noeffect':
        return T['inbreng_view']
    if variant == 'rights_partial':
        return ["Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP."]
    if variant == 'cvb_missing':
        return [T['adviezen'][1]]
    raise ValueError((el, variant))
