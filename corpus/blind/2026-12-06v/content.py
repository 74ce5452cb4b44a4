"""Content of the blind OPP set: people, texts per element, consent variants.
Deterministic: every random choice comes from random.Random(seed) with a fixed seed per document."""
import random, zlib

ELS = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren',
       'ondersteuningsbehoefte', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'doelen',
       'adviezen_professionals', 'oogo', 'instemming_ouders', 'inbreng_leerling', 'evaluatie',
       'informatie_rechten', 'vaststelling']
CUTOFF = (2025, 8, 1)
MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
          'oktober', 'november', 'december']


def dlong(d):
    return f"{d[2]} {MONTHS[d[1]-1]} {d[0]}"


def dnum(d):
    return f"{d[2]:02d}-{d[1]:02d}-{d[0]}"


def dadd(d, days):
    import datetime
    x = datetime.date(*d) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)


def seed_of(s):
    return zlib.crc32(s.encode())


FIRST_M = ['Daan', 'Sem', 'Milan', 'Jesse', 'Ravi', 'Youssef', 'Thijmen', 'Bram', 'Luuk', 'Ilias', 'Stijn', 'Joep', 'Kaj', 'Mehmet', 'Tygo']
FIRST_F = ['Noor', 'Saar', 'Lieke', 'Amira', 'Fenna', 'Jasmijn', 'Isa', 'Zoë', 'Fleur', 'Hanna', 'Selin', 'Roos', 'Mila', 'Esmee', 'Nova']
LAST = ['van Dalsum', 'Brouwersma', 'Kortekaas', 'Wiegerinck', 'El Haddouchi', 'Terpstra', 'de Vlieger', 'Oudshoorn', 'Hamstra',
        'Verkerk', 'Yildirim', 'Boekestijn', 'van der Linde', 'Rozendaal', 'Smeenk', 'Koopmans', 'Dijkhuis', 'Alink', 'Nijboer', 'Veldkamp']
ADULT_M = ['Ruud', 'Marco', 'Hakan', 'Jeroen', 'Sander', 'Rachid', 'Erik', 'Dennis']
ADULT_F = ['Marloes', 'Ingrid', 'Fatima', 'Petra', 'Sanne', 'Yvonne', 'Esther', 'Linda']
STAFF = ['mw. J. Harkema', 'dhr. P. Veltman', 'mw. A. Bosgra', 'dhr. T. Oosterloo', 'mw. S. Lammerts', 'dhr. K. Ramdin',
         'mw. E. Zandbergen', 'dhr. W. Hofstede', 'mw. L. Tjoa', 'dhr. M. Schuitema', 'mw. C. Wolters', 'dhr. R. Bakels']
PLACES = ['Veenhoven', 'Dijkmeer', 'Holtrade', 'Lindeweerd', 'Sasdorp', 'Bremwijk', 'Oosterlanden', 'Westerzijl', 'Kampveld', 'Roodhaven']
SCHOOLS = {
    'po': ['OBS De Windwijzer', 'CBS Het Kompas', 'Basisschool De Regenboogvis', 'KBS Sint-Joris', 'OBS De Boomgaard', 'IKC De Zeester'],
    'sbo': ['SBO De Wegwijzer', 'SBO Het Baken', 'Speciale basisschool De Horizon', 'SBO De Linde'],
    'so': ['SO De Brug (cluster 4)', 'Mytylschool De Eik', 'SO Het Palet', 'School voor ZML De Klimop'],
    'vo': ['Het Dijkmeer College', 'Scholengemeenschap De Veste', 'Lindeweerd Lyceum', 'Vakcollege Holtrade'],
    'pro': ['Praktijkschool De Werf', 'Praktijkcollege Sasdorp', 'PrO De Stek'],
    'vso': ['VSO De Brug', 'VSO Het Anker', 'Orion VSO Bremwijk', 'VSO De Zwaluw'],
}
SWV = ['Samenwerkingsverband Passend Onderwijs Dijkmeer e.o.', 'SWV PO Veenhoven-Holtrade', 'SWV VO Lindeweerd',
       'Samenwerkingsverband Kampveld en Omstreken']
GROUP = {'po': ['groep 5', 'groep 6', 'groep 7', 'groep 8'], 'sbo': ['groep 6', 'groep 7', 'groep 8'],
         'so': ['groep 5', 'groep 6', 'groep 7'], 'vo': ['klas 1 vmbo-b/k', 'klas 2 vmbo-k', 'klas 3 mavo', 'klas 2 havo'],
         'pro': ['leerjaar 2', 'leerjaar 3', 'leerjaar 4'], 'vso': ['leerjaar 3', 'leerjaar 4', 'schakelklas', 'leerjaar 5']}

DEST = {
    'po': ['vmbo basisberoepsgerichte leerweg met leerwegondersteuning (vmbo-b lwoo)', 'vmbo kaderberoepsgerichte leerweg (vmbo-k)',
           'praktijkonderwijs', 'vmbo gemengde/theoretische leerweg (vmbo-gt)'],
    'sbo': ['vmbo-b met leerwegondersteuning', 'praktijkonderwijs', 'vmbo-k met leerwegondersteuning'],
    'so': ['vso cluster 4, uitstroomprofiel vervolgonderwijs (richting vmbo-kader)', 'praktijkonderwijs', 'vso, uitstroomprofiel arbeidsmarktgericht'],
    'vo': ['vmbo-kader diploma, daarna mbo niveau 3 (richting techniek)', 'mavo-diploma, daarna mbo niveau 4 (ICT)', 'vmbo-basis diploma, daarna mbo niveau 2 (zorg)'],
    'pro': ['arbeidsmarkt: betaald werk in de logistiek (orderpicker) met branchecertificaat heftruck', 'mbo entreeopleiding (niveau 1), richting zorg en welzijn',
            'arbeidsmarkt: werk in de groenvoorziening bij een leerwerkbedrijf'],
    'vso': ['uitstroomprofiel arbeidsmarktgericht: beschut werk in de groenvoorziening', 'uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding op een zorgboerderij',
            'uitstroomprofiel vervolgonderwijs: mbo entreeopleiding (niveau 1) horeca'],
}
DEST_OPTS = {
    'po': ['praktijkonderwijs', 'vmbo-b (basis)', 'vmbo-k (kader)', 'vmbo-gt', 'havo', 'vwo', 'vso'],
    'vo': ['mbo niveau 1 (entree)', 'mbo niveau 2', 'mbo niveau 3/4', 'havo', 'arbeidsmarkt'],
    'pro': ['arbeid (regulier)', 'arbeid met ondersteuning / beschut werk', 'mbo entree (niveau 1)', 'mbo niveau 2'],
    'vso': ['vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding'],
}
DEST_OPTS['sbo'] = DEST_OPTS['so'] = DEST_OPTS['po']

BEL = [
    ('Leren', ['Begrijpend lezen blijft ruim achter (DLE {d1} bij DL {dl}); lange instructies en teksten overziet {hij} niet.',
               'Het automatiseren van de tafels en de splitsingen lukt nog niet; {hij} rekent veel op de vingers.',
               'Zwak werkgeheugen (WISC-V, index werkgeheugen 76): meerdere opdrachten achter elkaar onthouden lukt niet.']),
    ('Werkhouding', ['{vn} raakt snel afgeleid door geluid en beweging in de klas en komt dan niet aan het werk.',
                     'Het plannen van huiswerk en het bijhouden van de agenda lukt niet zelfstandig.',
                     'Bij een nieuwe taak wacht {hij} lang met beginnen en vraagt niet om hulp.']),
    ('Sociaal-emotioneel', ['Bij onverwachte veranderingen in het rooster raakt {vn} overprikkeld en loopt de klas uit.',
                            '{vn} heeft een negatief beeld van {zijn} eigen kunnen ("ik kan het toch niet").',
                            'Conflicten op het plein escaleren snel; {hij} kan boosheid moeilijk reguleren.']),
    ('Thuissituatie', ['Het gezin heeft in het afgelopen jaar een verhuizing en een scheiding meegemaakt.',
                       'Er is wisselend contact met de jeugdhulpverlening; de wachtlijst voor behandeling loopt nog.']),
]
BEV = [
    ('Leren', ['Technisch lezen gaat goed (AVI E{avi}); {vn} leest graag informatieve boeken over dieren.',
               'Sterk in praktisch en visueel leren: met concreet materiaal begrijpt {hij} nieuwe stof sneller.']),
    ('Werkhouding', ['{vn} is gemotiveerd als de taak in kleine stappen is opgedeeld en werkt dan geconcentreerd door.',
                     'Reageert goed op een vast dagritme met een pictogrammenrooster.']),
    ('Sociaal-emotioneel', ['{vn} is behulpzaam en zorgzaam voor jongere kinderen; heeft twee goede vrienden in de groep.',
                            'Heeft een goede band met de mentor en durft bij haar/hem aan te geven wanneer het niet goed gaat.']),
    ('Thuissituatie', ['Ouders zijn zeer betrokken en oefenen thuis dagelijks tien minuten met lezen.',
                       'Opa en oma vangen {vn} twee middagen per week op; dat geeft rust en structuur.']),
]
BEH = [
    ('Leren', ['{vn} heeft verlengde instructie in een klein groepje nodig, met concreet materiaal en een stappenplan.',
               '{vn} heeft voorgelezen teksten (auditieve ondersteuning) en extra tijd bij toetsen nodig.']),
    ('Werkhouding', ['{vn} heeft een vaste, prikkelarme werkplek en een time-timer nodig om zelfstandig te werken.',
                     '{vn} heeft een dagelijkse check-in en check-out bij de mentor nodig om de dag te plannen.']),
    ('Sociaal-emotioneel', ['{vn} heeft een volwassene nodig die veranderingen vooraf aankondigt en met {hem} bespreekt.',
                            '{vn} heeft een afgesproken time-outplek en een signaleringsplan nodig.']),
]


def make_ctx(spec):
    r = random.Random(seed_of(spec['id']))
    female = r.random() < 0.5
    vn = r.choice(FIRST_F if female else FIRST_M)
    an = r.choice(LAST)
    st = spec['school_type'] if spec['school_type'] in SCHOOLS else 'po'
    c = dict(vn=vn, an=an, naam=f"{vn} {an}", hij='zij' if female else 'hij', Hij='Zij' if female else 'Hij',
             zijn='haar' if female else 'zijn', Zijn='Haar' if female else 'Zijn', hem='haar' if female else 'hem',
             school=r.choice(SCHOOLS[st]), plaats=r.choice(PLACES), swv=r.choice(SWV[:2] + SWV[3:] if st in ('po', 'sbo', 'so') else [SWV[0], SWV[2], SWV[3]]), groep=r.choice(GROUP[st]),
             st=st, fmt=spec['fmt'], txt=spec['fmt'] == 'txt', id=spec['id'])
    c['moeder'] = f"{r.choice(ADULT_F)} {an}"
    c['vader'] = f"{r.choice(ADULT_M)} {an}"
    staff = r.sample(STAFF, 5)
    c['ib'], c['mentor'], c['dir'], c['ortho'], c['cvb'] = staff
    c['ortho_org'] = r.choice(['Praktijk De Lindeboom', 'Expertisecentrum Veldhoek', 'OrthoPlus Dijkmeer', 'Kinderpraktijk Het Raam'])
    c['date'] = spec['date']
    c['oogo_d'] = dadd(spec['date'], -r.randint(5, 12))
    c['sign_d'] = dadd(spec['date'], r.randint(1, 9))
    c['rev'] = spec.get('revised')
    c['eval_d'] = spec.get('revised') or dadd(spec['date'], 150)
    c['dest'] = spec.get('dest') or r.choice(DEST[st])
    c['iq'] = r.randint(72, 96); c['d1'] = r.randint(14, 30); c['d2'] = r.randint(16, 32); c['dl'] = r.randint(34, 46)
    c['avi'] = r.randint(4, 7); c['lr'] = r.randint(45, 75)
    y = spec['date'][0] if spec['date'][1] >= 8 else spec['date'][0] - 1
    c['sj'] = f"{y}-{y+1}"
    c['adult'] = spec.get('adult', False); c['curatele'] = spec.get('curatele', False)
    c['r'] = r
    return c


def fill(s, c):
    return s.format(**{k: v for k, v in c.items() if isinstance(v, (str, int))})


def domains(pool, c, n=3):
    r = c['r']; out = []
    for dom, opts in pool[:n] if len(pool) <= n else r.sample(pool, n):
        out.append((dom, fill(r.choice(opts), c)))
    order = [p[0] for p in pool]
    out.sort(key=lambda x: order.index(x[0]))
    return out


def onderbouwing_text(c):
    st = c['st']
    if st in ('po', 'sbo', 'so'):
        return fill("{vn} is in maart {y0} onderzocht door {ortho} ({ortho_org}); de WISC-V geeft een totaal-IQ van {iq}, met een zwakke "
                    "verwerkingssnelheid. Op de LVS-toetsen van januari scoort {vn} op begrijpend lezen DLE {d1} en op rekenen DLE {d2}, "
                    "bij een didactische leeftijd van {dl}. Het leerrendement over de afgelopen twee jaar is ongeveer {lr}%. "
                    "Bij dit leerrendement komt {vn} naar verwachting uit op eind-groep-6- tot begin-groep-7-niveau, wat past bij de "
                    "genoemde uitstroombestemming. Ook de werkhouding en de behoefte aan een kleine, overzichtelijke setting wegen mee.", c | {'y0': c['date'][0] - 1})
    if st in ('vo', 'pro'):
        return fill("De rapportcijfers van {groep} liggen voor de praktijkvakken tussen 6,8 en 8,1 en voor de theorievakken rond de 5,5. "
                    "De Cito-VAS (november) laat voor Nederlands en rekenen niveau 1F/2F zien. Op de snuffelstage werkte {vn} "
                    "zelfstandig en nauwkeurig; de stagebegeleider beoordeelde de werkhouding als goed. {Hij} haalt tot nu toe alle "
                    "modules op tijd. Daarom verwachten we dat de genoemde bestemming haalbaar is.", c)
    return fill("{vn} loopt sinds september twee dagen per week stage bij een leerwerkbedrijf. De stagebeoordelingen (oktober en januari) "
                "zijn positief over inzet, omgang met collega's en het volgen van werkinstructies; zelfstandig plannen lukt nog niet. "
                "Het praktijkvak groen is afgerond met een certificaat. Lezen en rekenen liggen rond niveau 1F. Dit past bij het "
                "gekozen uitstroomprofiel.", c)


GENERIC = {
    'onderbouwing': "Op onze school bepalen we de verwachte uitstroombestemming van alle leerlingen op basis van toetsgegevens, "
                    "observaties en het leerrendement. Dit gebeurt in groep 6, 7 en 8 en wordt met ouders besproken.",
    'ondersteuningsbehoefte': "Leerlingen met een OPP hebben behoefte aan duidelijke instructie, structuur en een veilige leeromgeving. "
                              "Alle leerlingen op onze school krijgen wat zij nodig hebben binnen de basisondersteuning.",
    'ondersteuning': "Alle leerlingen met een OPP krijgen begeleiding volgens het ondersteuningsprofiel van de school.",
    'belemmerende_factoren': "Belemmerende factoren kunnen liggen op het gebied van leren, werkhouding, gedrag en thuissituatie.",
    'bevorderende_factoren': "Iedere leerling heeft sterke kanten. Wij kijken altijd naar wat wel goed gaat.",
    'doelen': "Voor iedere leerling stellen wij doelen op die passen bij het ontwikkelingsperspectief.",
    'evaluatie': "De school evalueert haar ondersteuning jaarlijks in het schoolondersteuningsprofiel.",
}
INSTR = {
    'uitstroombestemming': "[Vul hier de verwachte uitstroombestemming in, bijv. vmbo-b, vmbo-k, praktijkonderwijs.]",
    'onderbouwing': "[Onderbouw de uitstroombestemming met toetsgegevens, leerrendement en observaties.]",
    'belemmerende_factoren': "[Beschrijf de belemmerende factoren op het gebied van leren, werkhouding en sociaal-emotionele ontwikkeling.]",
    'bevorderende_factoren': "[Beschrijf de bevorderende factoren: wat gaat goed, waar is de leerling sterk in?]",
    'ondersteuningsbehoefte': "[Beschrijf hier wat de leerling nodig heeft: instructie, leertijd, materialen, aandacht.]",
    'ondersteuning': "[Wat gaat de school doen? Vermeld wie, hoe vaak en vanaf wanneer.]",
    'doelen': "[Formuleer hier SMART-doelen per ontwikkelingsgebied: specifiek, meetbaar, acceptabel, realistisch, tijdgebonden.]",
    'adviezen_professionals': "[Noem hier de adviezen van externe deskundigen en geef aan wat de school daarmee doet.]",
    'oogo': "[Noteer datum en deelnemers van het gesprek met ouders over dit plan.]",
    'inbreng_leerling': "[Beschrijf hier wat de leerling zelf vindt en wat daarmee in het plan is gedaan.]",
    'evaluatie': "[Vermeld de evaluatiemomenten.]",
    'informatie_rechten': "[Standaardtekst over instemmingsrecht invoegen.]",
    'vaststelling': "[Datum vaststelling en naam directeur invullen.]",
    'afwijkingen_onderwijsprogramma': "[Beschrijf eventuele afwijkingen: eigen leerlijn, vrijstelling, verminderde onderwijstijd.]",
}
REF = {
    'onderbouwing': "Zie bijlage 2 (toetsoverzicht en psychologisch onderzoek).",
    'belemmerende_factoren': "Zie het groeidocument, hoofdstuk 3.",
    'bevorderende_factoren': "Zie groeidocument.",
    'adviezen_professionals': "Zie verslag van de orthopedagoog en het advies van de commissie in het dossier.",
    'ondersteuning': "Zie het groepsplan rekenen en lezen.",
    'uitstroombestemming': "Zie groeidocument.",
    'doelen': "De doelen staan in het groepsplan (bijlage).",
    'ondersteuningsbehoefte': "Zie bijlage 1.",
}
PH = {'dots': '...', 'ntb': 'n.t.b.', 'aanvullen': 'Nog aanvullen (IB).', 'volgt': 'Volgt na overleg met ouders.',
      'nvt': 'n.v.t.', 'dash': '-'}


def el_items(el, mode, c, layout):
    """Items for one element in one mode. None = element left out (missing)."""
    r = c['r']
    if mode in ('missing', 'na_omit'):
        return None
    if mode == 'empty':
        return []
    if mode in PH:
        return [('p', PH[mode])]
    if mode == 'instr':
        return [('p', INSTR[el])]
    if mode == 'cc':
        return [('cc', 'Klik of tik om tekst in te voeren.' if el != 'vaststelling' else 'Klik of tik om een datum in te voeren.')]
    if mode == 'generic':
        return [('p', GENERIC[el])]
    if mode == 'ref':
        return [('p', REF[el])]
    st = c['st']
    if el == 'uitstroombestemming':
        opts = DEST_OPTS[st]
        if mode == 'unticked':
            return [('p', 'Verwachte uitstroom (aankruisen):'), ('checks', [(False, o) for o in opts])]
        if mode == 'ticked':
            KW = {'praktijkonderwijs': ['praktijkonderwijs'], 'vmbo-b (basis)': ['vmbo-b', 'basisberoeps'], 'vmbo-k (kader)': ['vmbo-k', 'kader'],
                  'vmbo-gt': ['vmbo-gt', 'theoretische'], 'havo': ['havo'], 'vwo': ['vwo'], 'vso': ['vso'],
                  'mbo niveau 1 (entree)': ['entree'], 'mbo niveau 2': ['niveau 2'], 'mbo niveau 3/4': ['niveau 3', 'niveau 4'], 'arbeidsmarkt': ['arbeidsmarkt'],
                  'arbeid (regulier)': ['betaald werk', 'leerwerkbedrijf'], 'arbeid met ondersteuning / beschut werk': ['beschut'],
                  'mbo entree (niveau 1)': ['entree'], 'vervolgonderwijs': ['vervolgonderwijs'], 'arbeidsmarktgericht': ['arbeidsmarktgericht'],
                  'dagbesteding': ['dagbesteding']}
            m = [o for o in opts if any(w in c['dest'].lower() for w in KW.get(o, [o]))]
            k = 'vso' if 'vso' in m else m[0]
            return [('checks', [(o == k, o) for o in opts]), ('p', 'Toelichting: ' + c['dest'] + '.')]
        return [('p', f"Verwachte uitstroombestemming: {c['dest']}.")]
    if el == 'onderbouwing':
        return [('p', onderbouwing_text(c))]
    if el in ('belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte'):
        pool = {'belemmerende_factoren': BEL, 'bevorderende_factoren': BEV, 'ondersteuningsbehoefte': BEH}[el]
        return [('domains', domains(pool, c, 3))]
    if el == 'ondersteuning':
        if mode == 'vague':
            return [('p', fill("{vn} krijgt extra hulp in de klas als dat nodig is. Waar mogelijk wordt ook buiten de klas ondersteund.", c))]
        rows = [
            ['Verlengde instructie begrijpend lezen in groepje van 4 (methode Nieuwsbegrip, aangepaste teksten)', c['mentor'] + ' (leerkracht/mentor)', '3x per week 20 min.', dnum(c['date'])],
            ['Rekenen: eigen leerlijn met concreet materiaal en stappenplan', 'onderwijsassistent dhr. B. Mulder', '4x per week 15 min.', dnum(c['date'])],
            ['Begeleiding sociaal-emotioneel: check-in/check-out en signaleringsplan', c['ib'] + ' (IB/ondersteuningscoördinator)', 'dagelijks 5 min.; gesprek 1x per 2 weken', dnum(dadd(c['date'], 14))],
        ]
        if st in ('so', 'vso', 'pro'):
            rows.append(['Ambulante begeleiding / jobcoaching op de stageplek' if st != 'so' else 'Logopedie in school (taalbegrip)',
                         'dhr. J. Pranger (jobcoach)' if st != 'so' else 'mw. D. Kuipers (logopedist)', '1x per week 30 min.', dnum(dadd(c['date'], 7))])
        return [('p', 'Te bieden ondersteuning en begeleiding (handelingsdeel):'), ('table', ['Wat', 'Wie', 'Hoe vaak', 'Vanaf'], rows)]
    if el == 'afwijkingen_onderwijsprogramma':
        if mode == 'na':
            return [('p', fill("Er zijn geen afwijkingen van het onderwijsprogramma: {vn} volgt het reguliere programma en de reguliere onderwijstijd.", c))]
        if mode == 'na_tick':
            return [('checks', [(False, 'Ja, namelijk: ……………………'), (True, 'Nee, er zijn geen afwijkingen van het onderwijsprogramma')])]
        if mode == 'unticked':
            return [('p', 'Wordt er afgeweken van het onderwijsprogramma?'), ('checks', [(False, 'Ja, namelijk: ……………………'), (False, 'Nee')])]
        if mode == 'ticked_yes_empty':
            return [('p', 'Wordt er afgeweken van het onderwijsprogramma?'), ('checks', [(True, 'Ja, namelijk: ……………………'), (False, 'Nee')])]
        if mode == 'reduced':
            return [('p', fill("Tijdelijk verminderde onderwijstijd: {vn} gaat van {d0} tot de herfstvakantie 18 uur per week naar school "
                               "(maandag t/m donderdag 8.30-13.00 uur). Vrijstelling van de vakken Frans en Duits; die uren worden besteed aan "
                               "extra taal. De inspectie is op {d0} geïnformeerd. Opbouw: elke vier weken een halve dag erbij.", c | {'d0': dnum(c['date'])}))]
        return [('p', fill("Voor rekenen volgt {vn} een eigen leerlijn (afgestemd op het eindniveau 1F, gestopt na domein breuken); voor "
                           "Engels geldt vrijstelling van de toetsen. De overige vakken volgt {hij} met de groep.", c))]
    if el == 'doelen':
        if mode == 'vague':
            return [('bullets', ['Beter worden in lezen.', 'Meer zelfvertrouwen krijgen.', fill('{vn} voelt zich fijn in de groep.', c)])]
        e = dnum(c['eval_d'])
        return [('table', ['Gebied', 'Doel', 'Wanneer', 'Hoe meten we het'], [
            ['Begrijpend lezen', fill('{vn} past de strategie "voorspellen en samenvatten" zelfstandig toe bij een tekst van niveau M6', c), e, 'observatie + toets Nieuwsbegrip: score ≥ 60%'],
            ['Rekenen', fill('{vn} beheerst de tafels 1 t/m 5 en 10 (binnen 3 sec. per som)', c), e, 'tempotoets tafels: 90% goed'],
            ['Werkhouding', fill('{vn} werkt 15 minuten zelfstandig met time-timer zonder hulp te vragen', c), e, 'turflijst leerkracht, 4 van 5 dagen'],
        ])]
    if el == 'adviezen_professionals':
        items = [('p', fill("{ortho} (orthopedagoog, {ortho_org}) adviseert in het onderzoeksverslag van maart: instructie in kleine stappen, "
                            "visuele ondersteuning en het beperken van prikkels. De school neemt dit over: {vn} krijgt een vaste werkplek "
                            "en een stappenkaart (zie ondersteuning).", c))]
        if st in ('so', 'vso'):
            items.append(('p', fill("Advies commissie voor de begeleiding (CvB, voorzitter {cvb}) d.d. {d}: de commissie adviseert het OPP "
                                    "vast te stellen met de genoemde uitstroombestemming en de inzet van logopedie/jobcoaching voort te zetten. "
                                    "Het advies is overgenomen.", c | {'d': dnum(dadd(c['date'], -3))})))
        return items
    if el == 'oogo':
        if mode == 'partial':
            return [('p', 'Het plan is besproken met ouders.')]
        who = fill("{vn} zelf (meerderjarig), {zijn} moeder op verzoek van {vn}", c) if c['adult'] else \
              fill("moeder ({moeder}) en vader ({vader})", c)
        return [('p', fill("Het ontwikkelingsperspectief is op {d} besproken met {who}, {ib} (intern begeleider/ondersteuningscoördinator) en "
                           "{mentor} (leerkracht/mentor). Ouders vulden aan dat {vn} thuis veel moeite heeft met huiswerk plannen; daarom is "
                           "de dagelijkse check-out toegevoegd.", c | {'d': dlong(c['oogo_d']), 'who': who}))]
    if el == 'inbreng_leerling':
        d = dlong(dadd(c['oogo_d'], -4))
        if mode == 'view_no_change':
            return [('p', fill("Gesprek met {vn} op {d}: {vn} vindt rekenen moeilijk en zou graag vaker een pauze willen. "
                               "{Hij} vindt het fijn om naast een vriend te zitten.", c | {'d': d}))]
        if mode == 'planned':
            return [('p', fill("Gesprek met {vn} wordt nog gepland.", c))]
        return [('p', fill("Op {d} heeft {mentor} met {vn} gesproken over dit plan (met de praatplaat 'Mijn plan'). {vn} vertelt dat "
                           "{hij} het lastig vindt als het rumoerig is in de klas en dat {hij} zich schaamt als {hij} apart instructie krijgt. "
                           "{Hij} wil graag zelf kiezen wanneer {hij} de koptelefoon gebruikt. Wat dit veranderde: de verlengde instructie "
                           "vindt plaats aan de instructietafel in de klas in plaats van op de gang, en het gebruik van de koptelefoon "
                           "is als eigen keuze opgenomen in doel 3.", c | {'d': d}))]
    if el == 'evaluatie':
        if mode == 'vague':
            return [('p', 'Het plan wordt geëvalueerd wanneer dat nodig is.')]
        who = 'ouders' if c['date'] < CUTOFF and not (c['rev'] and c['rev'] >= CUTOFF) else fill('ouders en {vn}', c)
        if c['adult']:
            who = fill('{vn} (en op {zijn} verzoek {zijn} moeder)', c)
        return [('p', fill("Tussenevaluatie in {m1} met {who}, mentor en IB (doelen en ondersteuning); jaarevaluatie in juni {y}, waarin "
                           "het OPP en het handelingsdeel zo nodig worden bijgesteld. De evaluatie wordt schriftelijk vastgelegd in dit document.",
                           c | {'m1': MONTHS[c['eval_d'][1]-1] + ' ' + str(c['eval_d'][0]), 'y': str(c['date'][0] + (1 if c['date'][1] >= 7 else 0)), 'who': who}))]
    if el == 'informatie_rechten':
        if mode == 'partial':
            return [('p', 'Heeft u vragen over dit plan? Neem dan contact op met de intern begeleider van de school.')]
        return [('p', "Ouders hebben instemmingsrecht op het handelingsdeel van het OPP: zonder uw instemming kan het handelingsdeel niet "
                      "worden uitgevoerd. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de school. U kunt ook "
                      "terecht bij het samenwerkingsverband, het Ouder- en Jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de "
                      "vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    if el == 'vaststelling':
        if mode == 'partial':
            return [('p', fill('Vastgesteld op: ___-___-______   door: {dir}, directeur', c))]
        if mode == 'nodate':
            return [('p', fill('Vastgesteld door: {dir} (directeur)', c))]
        return [('p', fill('Het OPP is vastgesteld door {dir} (directeur) op {d}.', c | {'d': dlong(c['date'])}))]
    raise ValueError((el, mode))


# ---------------- consent -----------------
def S(c, who, kind='sig'):
    """A signature: image token, or w.g. in plain text."""
    if c['txt']:
        return 'w.g. ' + who
    return f'[[{kind.upper()}:{seed_of(c["id"] + who) % 100000}]]'


PARENTS = lambda c: [('Ouder/verzorger 1', c['moeder']), ('Ouder/verzorger 2', c['vader'])]

CONSENT_LABEL = {
    'sig_table': 'present', 'separate_page': 'present', 'wg': 'present', 'digital': 'present', 'portal_yes': 'present',
    'tick_yes': 'present', 'email': 'present', 'eval_renewed': 'present', 'adult_self': 'present', 'curator': 'present',
    'reply_slip': 'present', 'paraaf_plus': 'present', 'form_yes': 'present', 'scan_hand': 'present',
    'digital_pending': 'incomplete', 'portal_read_only': 'incomplete', 'unticked_both': 'incomplete', 'ticked_no': 'incomplete',
    'email_sent_no_reply': 'incomplete', 'old_consent': 'incomplete', 'eval_voor_gezien': 'incomplete', 'voor_gezien': 'incomplete',
    'onder_protest': 'incomplete', 'partial': 'incomplete', 'refused': 'incomplete', 'school_only': 'incomplete',
    'blank_line': 'incomplete', 'date_no_sig': 'incomplete', 'sig_no_date': 'incomplete', 'unsigned_place': 'incomplete',
    'paraaf_only': 'incomplete', 'instruction': 'incomplete', 'adult_parent_signed': 'incomplete', 'form_unticked': 'incomplete',
    'scan_ticked_no': 'incomplete', 'avg_only': 'missing', 'info_share': 'missing', 'missing': 'missing', 'blank_format': 'incomplete',
}
IMAGE_ONLY = {'sig_table', 'separate_page', 'tick_yes', 'reply_slip', 'paraaf_plus', 'eval_renewed', 'adult_self', 'curator', 'scan_hand',
              'scan_ticked_no', 'form_yes'}

STATEMENT = "Ondergetekende(n) verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan."
HDR = ['Rol', 'Naam', 'Datum', 'Handtekening']


def school_rows(c, d, signed=True):
    return [['Intern begeleider', c['ib'], dnum(d) if signed else '', S(c, c['ib']) if signed else ''],
            ['Directeur', c['dir'], dnum(d) if signed else '', S(c, c['dir']) if signed else '']]


def consent_items(v, c):
    d = c['sign_d']
    P = PARENTS(c)
    par_rows = lambda signed=True, date=True: [[r_, n, dnum(d) if date else '', S(c, n) if signed else ''] for r_, n in P]
    if v in ('sig_table', 'separate_page', 'scan_hand', 'paraaf_plus'):
        return [('p', STATEMENT), ('sig', HDR, par_rows() + school_rows(c, c['date']))]
    if v == 'wg':
        return [('p', STATEMENT), ('kv', [('Ouder/verzorger', S(c, c['moeder'])), ('Datum', dnum(d)),
                                          ('Namens de school', S(c, c['dir']) + ', directeur'), ('Datum school', dnum(c['date']))])]
    if v in ('digital', 'digital_pending'):
        rows = [('Document', fill(f"OPP {{naam}} {c['sj']} - handelingsdeel", c)), ('Ondertekenservice', 'TekenZeker (envelop-ID TZ-4471-{})'.format(seed_of(c['id']) % 9000 + 1000)),
                ('Ondertekenaar 1', f"{c['dir']} (school) - ondertekend {dnum(c['date'])} 16:02")]
        if v == 'digital':
            rows += [('Ondertekenaar 2', f"{c['moeder']} (ouder) - ondertekend {dnum(d)} 20:41 - verificatie sms-code"),
                     ('Verklaring ondertekenaar 2', '"Ik ga akkoord met het handelingsdeel van het OPP."'), ('Status envelop', 'Voltooid')]
        else:
            rows += [('Ondertekenaar 2', f"{c['moeder']} (ouder) - uitnodiging verstuurd {dnum(c['date'])}"),
                     ('Status envelop', 'Wacht op ondertekening (herinnering verstuurd ' + dnum(dadd(c['date'], 7)) + ')')]
        return [('p', 'Ondertekening (auditrapport digitale ondertekening):'), ('kv', rows)]
    if v == 'portal_yes':
        return [('p', 'Instemming ouders - bevestiging uit het ouderportaal Ouderlink:'),
                ('kv', [('Ingediend door', c['moeder'] + ' (ouder, ingelogd account)'), ('Keuze', 'Ik ga akkoord met het handelingsdeel van het OPP'),
                        ('Datum en tijd', dnum(d) + ' 21:17'), ('Opmerking ouder', 'Fijn dat de koptelefoon erin staat.')])]
    if v == 'portal_read_only':
        return [('p', 'Instemming ouders - status ouderportaal Ouderlink:'),
                ('kv', [('Gedeeld met ouders', dnum(c['date'])), ('Status', 'Gelezen door ' + c['moeder'] + ' op ' + dnum(d) + ' 21:17'),
                        ('Reactie ouder', '-')])]
    if v in ('tick_yes', 'unticked_both', 'ticked_no', 'reply_slip'):
        yes = v in ('tick_yes', 'reply_slip'); no = v == 'ticked_no'
        items = [('ccbox' if c['fmt'] == 'docx' else 'checks', [(yes, 'Wij gaan akkoord met het handelingsdeel van dit OPP'),
                                                                 (no, 'Wij gaan niet akkoord met het handelingsdeel van dit OPP')])]
        sign = v != 'unticked_both'
        items.append(('sig', HDR, par_rows(signed=sign)[:1 if v == 'reply_slip' else 2] + ([] if v == 'reply_slip' else school_rows(c, c['date']))))
        if v == 'reply_slip':
            items.insert(0, ('p', 'ANTWOORDSTROOK - graag ondertekend retour vóór ' + dlong(dadd(c['date'], 21))))
        return items
    if v == 'email':
        return [('p', fill("Instemming: {moeder} (moeder) heeft op {d} per e-mail aan {ib} laten weten: \"Wij hebben het OPP gelezen en gaan "
                           "akkoord met het handelingsdeel.\" Vader is in cc meegenomen. De e-mail is opgeslagen in het leerlingdossier.", c | {'d': dlong(d)}))]
    if v == 'email_sent_no_reply':
        return [('p', fill("Het OPP is op {d} per e-mail naar ouders gestuurd met het verzoek het handelingsdeel ondertekend terug te sturen. "
                           "Tot op heden is er geen reactie ontvangen.", c | {'d': dlong(c['date'])}))]
    if v == 'voor_gezien':
        return [('p', 'Ouders tekenen voor gezien.'), ('sig', HDR, par_rows() + school_rows(c, c['date']))]
    if v == 'onder_protest':
        return [('p', STATEMENT), ('sig', HDR, par_rows()[:1] + school_rows(c, c['date'])),
                ('p', fill('Aantekening ouder: "Getekend onder protest. Wij zijn het niet eens met het verminderen van de logopedie en willen hierover een nieuw gesprek."', c))]
    if v == 'partial':
        return [('p', fill("Ouders stemmen in met de doelen en de begeleiding (paragraaf 6 en 8), maar niet met de tijdelijk verminderde "
                           "onderwijstijd (paragraaf 7). Hierover volgt een nieuw gesprek.", c)), ('sig', HDR, par_rows() + school_rows(c, c['date']))]
    if v == 'refused':
        return [('p', fill("Ouders stemmen niet in met het handelingsdeel. Zij willen eerst het verslag van de kinderpsychiater afwachten. "
                           "Een vervolggesprek is gepland op {d}.", c | {'d': dlong(dadd(c['date'], 20))}))]
    if v == 'school_only':
        return [('p', STATEMENT), ('sig', HDR, [[r_, n, '', ''] for r_, n in P] + school_rows(c, c['date']))]
    if v == 'blank_line':
        return [('p', 'Voor akkoord handelingsdeel:'), ('p', 'Handtekening ouder(s): ______________________      Datum: ____________')]
    if v == 'date_no_sig':
        return [('p', STATEMENT), ('sig', HDR, par_rows(signed=False) + school_rows(c, c['date']))]
    if v == 'sig_no_date':
        return [('p', STATEMENT), ('sig', HDR, par_rows(date=False) + school_rows(c, c['date']))]
    if v == 'unsigned_place':
        return [('p', STATEMENT), ('sig', ['Naam', 'Plaats', 'Datum', 'Handtekening'], [[n, '', '', ''] for _, n in P] + [[c['dir'], c['plaats'], dnum(c['date']), S(c, c['dir'])]])]
    if v == 'paraaf_only':
        return [('p', 'Ouders hebben iedere pagina van dit plan geparafeerd.')]
    if v == 'instruction':
        return [('p', '[Laat ouders hier tekenen voor akkoord met het handelingsdeel. Vergeet de datum niet!]'),
                ('sig', HDR, [[r_, '', '', ''] for r_, _ in P])]
    if v == 'adult_self':
        return [('p', fill("{vn} is meerderjarig en handelingsbekwaam en beslist zelf over dit plan. {vn} verklaart in te stemmen met het handelingsdeel.", c)),
                ('sig', HDR, [['Leerling', c['naam'], dnum(d), S(c, c['naam'])], ['Directeur', c['dir'], dnum(c['date']), S(c, c['dir'])]])]
    if v == 'adult_parent_signed':
        return [('p', fill("{vn} is 18 jaar. " + STATEMENT, c)),
                ('sig', HDR, par_rows() + [['Leerling', c['naam'], '', ''], ['Directeur', c['dir'], dnum(c['date']), S(c, c['dir'])]])]
    if v == 'curator':
        return [('p', fill("{vn} is meerderjarig en staat onder curatele. Curator is {moeder} (moeder). Zij beslist namens {vn} en stemt "
                           "in met het handelingsdeel.", c)),
                ('sig', HDR, [['Curator', c['moeder'], dnum(d), S(c, c['moeder'])], ['Directeur', c['dir'], dnum(c['date']), S(c, c['dir'])]])]
    if v in ('avg_only',):
        return [('ccbox' if c['fmt'] == 'docx' else 'checks', [
            (True, fill("Ik geef toestemming voor het plaatsen van foto's en video's van {vn} op de website en in de nieuwsbrief", c)),
            (True, fill("Ik geef toestemming om gegevens op te vragen bij de jeugdarts (AVG)", c))]),
            ('sig', HDR, par_rows()[:1])]
    if v == 'info_share':
        return [('p', fill("Toestemming gegevensuitwisseling: ouders geven toestemming om dit document te delen met het {swv} voor de "
                           "aanvraag van een arrangement.", c)), ('sig', HDR, par_rows())]
    if v == 'scan_ticked_no':
        return [('p', 'Kruis aan wat van toepassing is:'), ('p', '☐ Wij gaan akkoord met het handelingsdeel van dit OPP'),
                ('p', S(c, 'hx', 'hx') + ' Wij gaan niet akkoord met het handelingsdeel van dit OPP'), ('sig', HDR, par_rows()[:1] + school_rows(c, c['date']))]
    if v in ('missing',):
        return None
    raise ValueError(v)
