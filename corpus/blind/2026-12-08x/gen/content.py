# -*- coding: utf-8 -*-
"""Invented case data and element wording for the blind OPP corpus (round 76).
Everything here is fictitious: names, schools, places, test results."""
import datetime as dt
import random

EL = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren',
      'ondersteuningsbehoefte', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'doelen',
      'adviezen_professionals', 'oogo', 'instemming_ouders', 'inbreng_leerling', 'evaluatie',
      'informatie_rechten', 'vaststelling']

MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
           'september', 'oktober', 'november', 'december']
CUTOFF = dt.date(2025, 8, 1)


def dl(d):
    return '%d %s %d' % (d.day, MAANDEN[d.month - 1], d.year)


def dn(d):
    return d.strftime('%d-%m-%Y')


FIRST_M = ['Daan', 'Sem', 'Mees', 'Joep', 'Thijmen', 'Ravi', 'Bram', 'Jelte', 'Ilias', 'Wout', 'Siebe',
           'Teun', 'Milan', 'Fedde', 'Youssef', 'Gijs', 'Stijn', 'Koen', 'Jurre', 'Lucas']
FIRST_F = ['Noor', 'Fenna', 'Isa', 'Lotte', 'Yara', 'Sanne', 'Mila', 'Hiba', 'Evi', 'Floor', 'Jasmijn',
           'Roos', 'Anouk', 'Sterre', 'Lieke', 'Maud', 'Nova', 'Elin', 'Dewi', 'Femke']
LAST = ['Verhoef', 'Dijkstra', 'van Rooijen', 'Kramer', 'El Idrissi', 'Bosman', 'de Wilde', 'Hofstede',
        'Timmer', 'van der Meulen', 'Postma', 'Ouwerkerk', 'Yilmaz', 'Brouwer', 'ter Horst', 'Smeets',
        'Wijnands', 'Lammers', 'de Groot', 'Veenstra', 'Koster', 'Mulder', 'Jansma', 'Pieterse']
ADULT_F = ['Marieke', 'Sandra', 'Esther', 'Fatima', 'Inge', 'Karin', 'Linda', 'Anja', 'Petra', 'Nadia']
ADULT_M = ['Rob', 'Erik', 'Hassan', 'Marco', 'Jeroen', 'Sander', 'Dennis', 'Bas', 'Kees', 'Martijn']
PLACES = ['Brakkenveen', 'Lindermeer', 'Weverslo', 'Haarbroek', 'Ekkerdam', 'Vlietmonde', 'Gasterhoven',
          'Oudemolenveld', 'Rietkamp', 'Zwaluwdijk', 'Hengelwoude', 'Noordervaart']
SCHOOLS = {
    'po': ['OBS De Zilverreiger', 'CBS Het Kompasblad', 'Basisschool De Wilgenhoek', 'IKC De Sterrenkijker',
           'RKBS Sint Aldegonde', 'Daltonschool De Vlonder'],
    'sbo': ['SBO De Kiemkracht', 'SBO Het Baken-Noord', 'SBO De Wegwijzer-Oost', 'SBO De Vuurtoren'],
    'so': ['SO De Windroos', 'Mytylschool De Hazelaar (SO)', 'SO Het Anker', 'SO De Kleine Reus'],
    'vo': ['Lindecollege', 'Het Vlietmonde Lyceum', 'Scholengemeenschap De Brug', 'Zwaluwdijk College'],
    'pro': ['Praktijkschool De Werkplaats', 'Praktijkcollege Haarbroek', 'Pro De Stek'],
    'vso': ['VSO De Horizonlijn', 'VSO Het Talentenhuis', 'De Hazelaar VSO', 'VSO Buitenkans'],
}
SWV = ['Samenwerkingsverband Passend Onderwijs Lindermeer e.o.', 'SWV Vlietstreek PO',
       'Samenwerkingsverband VO De Rietlanden', 'SWV Passend Leren Gasterhoven']

GROUP = {
    'po': lambda r: 'groep %d' % r.choice([4, 5, 6, 7]),
    'sbo': lambda r: 'groep %d (sbo)' % r.choice([5, 6, 7, 8]),
    'so': lambda r: 'SO-groep %s' % r.choice(['Zeester', 'Uil', 'Egel', 'Libel']),
    'vo': lambda r: r.choice(['klas 2 vmbo-b/k', 'klas 1 mavo/havo', 'klas 3 vmbo-kader', 'klas 2 havo']),
    'pro': lambda r: 'leerjaar %d' % r.choice([2, 3, 4]),
    'vso': lambda r: 'VSO-klas %s' % r.choice(['4A', '5B', 'Stage 2', 'Bovenbouw 3']),
}
AGE = {'po': (8, 11), 'sbo': (9, 12), 'so': (7, 11), 'vo': (13, 15), 'pro': (14, 16), 'vso': (15, 17)}


class Case(dict):
    __getattr__ = dict.__getitem__


def make_case(seed, st, set_date, adult=False, curatele=False, revised=None, female=None,
              profile=None, dest_kind=None):
    r = random.Random(seed)
    if female is None:
        female = r.random() < 0.5
    first = r.choice(FIRST_F if female else FIRST_M)
    last = r.choice(LAST)
    lo, hi = AGE[st]
    age = 18 + r.randint(0, 1) if adult else r.randint(lo, hi)
    birth = dt.date(set_date.year - age, r.randint(1, 12), r.randint(1, 28))
    if birth + dt.timedelta(days=365 * age) > set_date and not adult:
        pass
    if adult and (set_date - birth).days < 18 * 365.25:
        birth = dt.date(set_date.year - 19, 3, 4)
    mother = '%s %s' % (r.choice(ADULT_F), last)
    father = '%s %s' % (r.choice(ADULT_M), last)
    school = r.choice(SCHOOLS[st])
    place = r.choice(PLACES)
    teacher = '%s %s' % (r.choice(ADULT_F + ADULT_M), r.choice(LAST))
    ib = '%s %s' % (r.choice(ADULT_F + ADULT_M), r.choice(LAST))
    director = '%s %s' % (r.choice(ADULT_F + ADULT_M), r.choice(LAST))
    psych = 'drs. %s %s' % (r.choice(ADULT_F + ADULT_M)[0] + '.', r.choice(LAST))
    base = revised or set_date
    oogo_date = base - dt.timedelta(days=r.randint(9, 16))
    consent_date = oogo_date + dt.timedelta(days=r.randint(1, 5))
    ev1 = base + dt.timedelta(days=r.randint(95, 125))
    ev2 = base + dt.timedelta(days=r.randint(230, 260))
    report_date = set_date - dt.timedelta(days=r.randint(120, 300))
    cvb_date = base - dt.timedelta(days=r.randint(20, 40))
    hij = 'zij' if female else 'hij'
    zijn = 'haar' if female else 'zijn'
    hem = 'haar' if female else 'hem'
    k = Case(seed=seed, st=st, set_date=set_date, adult=adult, curatele=curatele, revised=revised,
             first=first, last=last, name='%s %s' % (first, last), female=female, birth=birth, age=age,
             mother=mother, father=father, school=school, place=place, group=GROUP[st](r),
             teacher=teacher, ib=ib, director=director, psych=psych, oogo_date=oogo_date,
             consent_date=consent_date, ev1=ev1, ev2=ev2, report_date=report_date, cvb_date=cvb_date,
             hij=hij, Hij=hij.capitalize(), zijn=zijn, hem=hem, swv=r.choice(SWV), r=r,
             regnr='%s-%05d' % (st.upper(), r.randint(10000, 99999)))
    k['parents'] = 'mevrouw %s (moeder) en de heer %s (vader)' % (mother, father)
    k['parents_short'] = 'moeder en vader'
    if curatele:
        k['curator'] = mother
    k['mentor_title'] = {'po': 'leerkracht', 'sbo': 'leerkracht', 'so': 'groepsleerkracht',
                         'vo': 'mentor', 'pro': 'mentor', 'vso': 'mentor'}[st]
    k['zorg_title'] = {'po': 'intern begeleider', 'sbo': 'intern begeleider', 'so': 'orthopedagoog',
                       'vo': 'zorgcoördinator', 'pro': 'zorgcoördinator', 'vso': 'orthopedagoog'}[st]
    fill_content(k, r, profile, dest_kind)
    return k


def fill_content(k, r, profile, dest_kind):
    st, f, Hij, hij, zijn = k.st, k.first, k.Hij, k.hij, k.zijn
    if st in ('po', 'sbo'):
        dest = dest_kind or r.choice(['vmbo basisberoepsgerichte leerweg met lwoo',
                                      'vmbo kaderberoepsgerichte leerweg', 'praktijkonderwijs'])
        k['dest'] = dest
        k['dest_line'] = 'Verwachte uitstroom na %s: %s.' % ('groep 8', dest)
        k['onderbouwing'] = [
            'Intelligentieonderzoek (WISC-V, %s): totaal IQ %d, verbaal en perceptueel redeneren op '
            'gelijk niveau; de verwerkingssnelheid is zwak.' % (dl(k.report_date), r.choice([78, 81, 84, 86])),
            'Leerrendement over de afgelopen twee jaar: technisch lezen 70%%, begrijpend lezen 60%%, '
            'rekenen %d%% (DLE-berekening op basis van de LVS-toetsen van januari en juni).' % r.choice([50, 55, 60]),
            '%s heeft groep 3 gedoubleerd. Bij een gelijkblijvend leerrendement komt %s eind groep 8 uit '
            'rond functioneringsniveau eind groep 6 (rekenen) en begin groep 7 (lezen). Dat past bij %s.'
            % (f, hij, dest)]
        grp = 'de groep'
    elif st == 'so':
        dest = dest_kind or r.choice(['VSO, uitstroomprofiel arbeidsmarktgericht',
                                      'VSO, uitstroomprofiel vervolgonderwijs (vmbo-basis)'])
        k['dest'] = dest
        k['dest_line'] = 'Verwachte uitstroombestemming na het SO: %s.' % dest
        k['onderbouwing'] = [
            'Psychodiagnostisch onderzoek (%s): TIQ %d (WISC-V), met een disharmonisch profiel; adaptief '
            'functioneren (Vineland-3) op het niveau van een kind van ongeveer %d jaar.'
            % (dl(k.report_date), r.choice([62, 68, 71]), k.age - 3),
            'Didactisch functioneert %s op AVI M4 (technisch lezen) en rekent op het niveau van eind groep 3. '
            'Het leerrendement is sinds de start op het SO stabiel rond 50%%.' % f,
            'Gezien de ontwikkeling, de behoefte aan structuur en een kleine groep verwachten we dat %s doorstroomt '
            'naar %s.' % (f, dest)]
        grp = 'de groep'
    elif st == 'vo':
        dest = dest_kind or r.choice(['vmbo-kader diploma, daarna mbo niveau 3',
                                      'havo-diploma, daarna hbo', 'mavo (vmbo-tl) diploma, daarna mbo niveau 4'])
        k['dest'] = dest
        k['dest_line'] = 'Uitstroomperspectief: %s.' % dest
        k['onderbouwing'] = [
            'Basisschooladvies %s; de doorstroomtoets bevestigde dat advies.' % {'vmbo': 'vmbo-kader', 'havo': 'havo', 'mavo': 'vmbo-tl/mavo'}[dest.split('-')[0].split(' ')[0]],
            'De cijfers in %s liggen voor de meeste vakken tussen 5,8 en 7,2; bij toetsweken zakken de '
            'resultaten door stress en planningsproblemen. NIO (%s): totaal %d.'
            % (k.group, dl(k.report_date), r.choice([96, 101, 104])),
            'Het team verwacht dat %s met de ondersteuning hieronder het diploma haalt.' % f]
        grp = 'de klas'
    elif st == 'pro':
        dest = dest_kind or r.choice(['arbeid: medewerker groenvoorziening (regulier werk met begeleiding)',
                                      'entree-opleiding mbo (niveau 1), richting logistiek',
                                      'arbeid: medewerker horeca/keuken (regulier werk)'])
        k['dest'] = dest
        k['dest_line'] = 'Uitstroombestemming: %s.' % dest
        k['onderbouwing'] = [
            'Intelligentieonderzoek bij aanmelding (%s): TIQ %d.' % (dl(k.report_date), r.choice([72, 75, 79])),
            '%s haalde in het afgelopen jaar de branchecertificaten %s. De stagebeoordelingen op '
            'werkhouding zijn voldoende tot goed.' % (f, r.choice(['VCA-basis en heftruck', 'Veilig werken in de groenvoorziening', 'SVH Basis Keuken'])),
            'Rekenen en taal op niveau 1F (deels). Gezien de interesse, de stage-ervaring en de '
            'resultaten verwachten we uitstroom naar %s.' % dest]
        grp = 'de klas'
    else:  # vso
        prof = profile or r.choice(['arbeidsmarktgericht', 'dagbesteding', 'vervolgonderwijs'])
        k['profile'] = prof
        if prof == 'arbeidsmarktgericht':
            dest = 'uitstroomprofiel arbeidsmarktgericht: werk in de logistiek (magazijn), met jobcoach'
        elif prof == 'dagbesteding':
            dest = 'uitstroomprofiel dagbesteding: arbeidsmatige dagbesteding (activerende dagbesteding)'
        else:
            dest = 'uitstroomprofiel vervolgonderwijs: vmbo-tl diploma (staatsexamen), daarna mbo niveau 3'
        k['dest'] = dest
        k['dest_line'] = 'Te verwachten uitstroombestemming: %s.' % dest
        k['onderbouwing'] = [
            'Onderzoek (%s): TIQ %d; %s.' % (dl(k.report_date), r.choice([58, 66, 74, 92]),
                                            r.choice(['ASS-diagnose (2019)', 'licht verstandelijke beperking met bijkomende epilepsie',
                                                      'ADHD en hechtingsproblematiek'])),
            'Stage-ervaring: %s liep in het afgelopen jaar een interne en een externe stage; de beoordeling van '
            'werknemersvaardigheden is voldoende.' % f,
            'Gezien de ontwikkeling en de wens van %s past %s.' % (f, dest.split(':')[0])]
        grp = 'de klas'
    k['grp'] = grp
    k['belemmerend'] = r.sample([
        '%s raakt snel overprikkeld in drukke situaties (wisselingen, pauzes).' % f,
        'Het werkgeheugen en de verwerkingssnelheid zijn zwak; %s heeft meer tijd nodig.' % hij,
        'Faalangst bij toetsen; %s klapt dicht bij tijdsdruk.' % hij,
        'Moeite met plannen en organiseren van taken die uit meerdere stappen bestaan.',
        'Wisselende schoolaanwezigheid door medische afspraken.',
        'Beperkte woordenschat in het Nederlands (thuistaal is een andere taal).',
        'Impulsief gedrag in ongestructureerde momenten; conflicten op het plein of in de gang.',
    ], 4)
    k['bevorderend'] = r.sample([
        '%s is gemotiveerd en wil graag laten zien wat %s kan.' % (f, hij),
        'Ouders zijn betrokken en oefenen thuis dagelijks mee.',
        'Goede relatie met de %s; %s vraagt hulp als %s zich veilig voelt.' % (k.mentor_title, hij, hij),
        'Sterk in praktische en creatieve opdrachten.',
        'Houdt zich goed aan afspraken die visueel zijn gemaakt.',
        'Heeft een vaste vriend(in) in %s die steun geeft.' % grp,
        'Sportief; de sportclub geeft structuur en zelfvertrouwen.',
    ], 4)
    k['behoeften'] = [
        '%s heeft een voorspelbare dag nodig met een dagplanning op papier en een aankondiging van veranderingen.' % f,
        '%s heeft instructie in kleine stappen nodig, met voordoen en hardop denken, en extra verwerkingstijd.' % Hij,
        '%s heeft een volwassene nodig die bij spanning een time-out aanbiedt op een vaste rustplek.' % Hij,
        '%s heeft een beperkte hoeveelheid werk per blad en een afvinklijst nodig.' % Hij,
    ]
    k['steun'] = [
        ('Extra instructie lezen/rekenen in een klein groepje', 'leerkracht/mentor (%s)' % k.teacher, '3 x per week 20 minuten', dn(k.set_date)),
        ('Begeleiding bij plannen (weekplanning bespreken)', '%s (%s)' % (k.zorg_title, k.ib), '1 x per week 15 minuten', dn(k.set_date)),
        ('Inzet onderwijsassistent in de ochtend', 'onderwijsassistent', 'dagelijks 08.30-10.30 uur', dn(k.set_date + dt.timedelta(days=7))),
        ('Hulpmiddelen: koptelefoon, time-timer, voorleessoftware', '%s' % k.mentor_title, 'dagelijks', dn(k.set_date)),
    ]
    if st in ('so', 'vso'):
        k['steun'][2] = ('Ambulante begeleiding door de orthopedagoog en logopedie op school', 'orthopedagoog / logopedist',
                         '1 x per twee weken 45 minuten / 1 x per week 30 minuten', dn(k.set_date))
    if st == 'pro' or (st == 'vso' and k.get('profile') != 'vervolgonderwijs'):
        k['steun'][0] = ('Stagebegeleiding en jobcoaching op de stageplek', 'stagedocent', '1 x per twee weken bezoek', dn(k.set_date))
    if st in ('po', 'sbo', 'so'):
        k['afwijking'] = ('%s volgt voor rekenen een eigen leerlijn (leerlijn met eindniveau 1F, op het niveau van '
                          'eind groep 6); de kerndoelen blijven het uitgangspunt. Voor de overige vakken volgt %s het '
                          'programma van de groep.' % (f, hij))
    elif st == 'vo':
        k['afwijking'] = ('%s heeft vrijstelling voor het vak Frans in de onderbouw; de vrijgekomen uren (2 per '
                          'week) worden besteed aan het steunuur plannen en Nederlands. Daarnaast een aangepast rooster '
                          'in de toetsweek (max. twee toetsen per dag).' % f)
    else:
        k['afwijking'] = ('%s volgt een aangepast rooster: vier dagen op school en één dag stage; het '
                          'programma Nederlands en rekenen is afgestemd op niveau 1F.' % f)
    k['afwijking_none'] = '%s volgt het reguliere onderwijsprogramma van %s; er zijn geen afwijkingen.' % (f, k.group)
    k['doelen'] = [
        ('Lezen', '%s leest een tekst van AVI-niveau E5 met hooguit 3 fouten per 100 woorden.' % f if st in ('po', 'sbo', 'so')
         else '%s leest een zakelijke tekst van niveau %s en beantwoordt 4 van de 5 vragen goed.' % (f, '2F' if st == 'vo' else '1F'), 'LVS-toets / leestoets', dn(k.ev2)),
        ('Rekenen', '%s lost sommen onder de 100 met tientaloverschrijding op met 80%% goed.' % f if st in ('po', 'sbo', 'so')
         else '%s rekent met geld en procenten (korting) op niveau %s met 80%% goed.' % (f, '2F' if st == 'vo' else '1F'), 'methodetoets', dn(k.ev2)),
        ('Werkhouding', '%s werkt 20 minuten zelfstandig met een afvinklijst en vraagt op tijd hulp (observatie 4 van de 5 lessen).' % f,
         'observatie leerkracht/mentor', dn(k.ev1)),
        ('Sociaal-emotioneel', '%s gebruikt bij boosheid de time-outkaart in plaats van weg te lopen (max. 1 x per week weglopen).' % f,
         'registratie incidenten', dn(k.ev1)),
    ]
    k['doelen_vague'] = ['%s gaat beter lezen.' % f, '%s werkt meer zelfstandig.' % f, '%s voelt zich prettig in %s.' % (f, grp)]
    k['advies'] = ('Psychologisch onderzoek door %s, GZ-psycholoog (%s): advies om instructie te verkorten, '
                   'visuele ondersteuning te bieden en faalangst te behandelen met een training. De school zet dit om '
                   'in de verkorte instructie en de dagplanning (zie ondersteuning) en %s volgt vanaf %s de '
                   'faalangsttraining op school.' % (k.psych, dl(k.report_date), f, MAANDEN[(k.set_date.month) % 12]))
    k['advies2'] = ('Logopedist (%s): advies woordenschat gericht uit te breiden; de %s gebruikt daarvoor de '
                    'woordmuur en pre-teaching bij nieuwe thema\'s.' % (dl(k.report_date + dt.timedelta(days=30)), k.mentor_title))
    k['cvb'] = ('Advies Commissie voor de Begeleiding (%s): de commissie adviseert de uitstroombestemming (%s) vast te '
                'houden, de ondersteuning op het gebied van communicatie te continueren en het OPP over een half jaar '
                'tussentijds te evalueren. Het advies is overgenomen in dit plan.' % (dl(k.cvb_date), k.dest.split(':')[0]))
    views = [
        'Ik vind het fijn als ik weet wat er gaat gebeuren. In de pauze is het te druk, dan wil ik binnen blijven.',
        'Rekenen vind ik moeilijk, maar met de blokjes gaat het beter. Ik wil niet steeds uit de klas.',
        'Ik wil later met mijn handen werken, het liefst buiten. Stage vind ik leuker dan de lessen.',
        'Als ik veel toetsen in een week heb, raak ik in paniek. Ik wil graag een planning samen met mijn mentor.',
    ]
    k['view'] = r.choice(views)
    k['effect'] = ('Wat we ermee doen: op verzoek van %s krijgt %s de extra instructie in de eigen klas in plaats van '
                   'erbuiten, en mag %s in de grote pauze in de rustruimte blijven. Die afspraken staan bij de '
                   'ondersteuning.' % (f, hij, hij))


def consent_party(k):
    """Who consents: (label, name)."""
    if k.st == 'vso' and k.adult and not k.curatele:
        return [('Leerling (meerderjarig)', k.name)]
    if k.st == 'vso' and k.curatele:
        return [('Curator (wettelijk vertegenwoordiger)', '%s' % k.curator)]
    return [('Ouder/verzorger 1', k.mother), ('Ouder/verzorger 2', k.father)]


def oogo_who(k):
    if k.st == 'vso' and k.adult and not k.curatele:
        return '%s (leerling, meerderjarig), op %s verzoek samen met moeder %s, %s (%s) en %s (%s)' % (
            k.name, k.zijn, k.mother, k.teacher, k.mentor_title, k.ib, k.zorg_title)
    if k.st == 'vso' and k.curatele:
        return '%s (leerling), mevrouw %s (moeder en curator), %s (%s) en %s (%s)' % (
            k.first, k.curator, k.teacher, k.mentor_title, k.ib, k.zorg_title)
    pupil = '' if k.set_date < CUTOFF else ', %s zelf (eerste deel van het gesprek)' % k.first
    return '%s%s, %s (%s) en %s (%s)' % (k.parents, pupil, k.teacher, k.mentor_title, k.ib, k.zorg_title)


def with_whom(k):
    if k.st == 'vso' and k.adult and not k.curatele:
        return '%s zelf (en, als %s dat wil, de ouders)' % (k.first, k.hij)
    if k.set_date >= CUTOFF or (k.revised and k.revised >= CUTOFF):
        return 'de ouders en %s' % k.first
    return 'de ouders'


RIGHTS = ('Ouders hebben instemmingsrecht op het handelingsdeel van dit OPP: zonder uw instemming kan de school '
          'het handelingsdeel niet vaststellen. Over het ontwikkelingsperspectief zelf voert de school met u een op '
          'overeenstemming gericht overleg. Bent u het niet eens met (een deel van) het OPP, bespreek dit dan eerst met '
          'de school. U kunt daarnaast gratis advies vragen bij het ouder- en jeugdsteunpunt van het '
          'samenwerkingsverband of bij een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u een geschil '
          'voorleggen aan de Geschillencommissie passend onderwijs (onderwijsgeschillen.nl).')
RIGHTS_ADULT = ('Omdat je meerderjarig en handelingsbekwaam bent, geef je zelf instemming op het handelingsdeel. Ben je '
                'het niet eens met het plan, bespreek dat dan eerst met je mentor of de directie. Je kunt advies vragen '
                'bij een onderwijsconsulent en binnen zes weken na de vaststelling een geschil voorleggen aan de '
                'Geschillencommissie passend onderwijs.')


def rights_text(k):
    if k.st == 'vso' and k.adult and not k.curatele:
        return RIGHTS_ADULT
    return RIGHTS
