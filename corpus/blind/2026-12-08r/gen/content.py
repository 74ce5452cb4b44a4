"""Plan content for the blind OPP corpus: pupils, schools and element texts, with gap variants.
All names, schools, places and organisations are invented."""
import datetime, random

MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
PH = ['...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', 'nog invullen', 'xxx', 'Volgt.']


def D(s):
    return datetime.date.fromisoformat(s)


def f(d):
    return d.strftime('%d-%m-%Y')


def flong(d):
    return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)


def add(d, days):
    return d + datetime.timedelta(days=days)


def school_year(d):
    y = d.year if d.month >= 8 else d.year - 1
    return y


SCHOOLS = {
    'po': [('OBS De Vlonder', 'Velderwoude'), ('CBS Het Kompas', 'Oosterbrakel'), ('Kindcentrum De Wilgenhoek', 'Ravensweerd'), ('Basisschool Sint-Joris', 'Kampendonk')],
    'sbo': [('SBO De Kompasroos', 'Ravensweerd'), ('SBO Het Startpunt', 'Zuidervlist')],
    'so': [('SO De Lindeboog', 'Heemsloot'), ('SO De Bongerd', 'Oosterbrakel')],
    'vo': [('Het Walburgcollege', 'Velderwoude'), ('Scholengemeenschap Vlistland', 'Zuidervlist'), ('Lyceum De Ravenhorst', 'Ravensweerd')],
    'pro': [('Praktijkschool De Werkplaats', 'Oosterbrakel'), ('Praktijkcollege Kampendonk', 'Kampendonk')],
    'vso': [('VSO De Lindeboog', 'Heemsloot'), ('VSO Het Baken', 'Ravensweerd')],
}
SWV = {'po': 'Samenwerkingsverband Passend Primair Onderwijs Vlist en Brakel', 'sbo': 'Samenwerkingsverband Passend Primair Onderwijs Vlist en Brakel',
       'so': 'Samenwerkingsverband Passend Primair Onderwijs Vlist en Brakel', 'vo': 'Samenwerkingsverband VO Ravensweerd e.o.',
       'pro': 'Samenwerkingsverband VO Ravensweerd e.o.', 'vso': 'Samenwerkingsverband VO Ravensweerd e.o.'}
STAFF = ['mw. J. van Dorsten', 'dhr. P. Wiersma', 'mw. L. Haverkamp', 'dhr. R. Oosting', 'mw. S. El Khatib', 'mw. I. Brouwers', 'dhr. T. van Leent',
         'mw. A. Kortenhoef', 'dhr. M. Spanjaard', 'mw. H. Duivenvoorde', 'dhr. K. Aydın', 'mw. E. Terpstra']
LASTN = ['de Wildt', 'Brouwers', 'van Leent', 'Haverkamp', 'Oosterveen', 'Kalkman', 'Yılmaz', 'Vermeij', 'Benali', 'Tjoa', 'van der Plas', 'Hofstede',
         'Mulder-Graaf', 'Ramdin', 'Kuipers', 'Zandbergen', 'Eijkelboom', 'Bakkenes', 'Lindqvist', 'Sarmo']
OTHER_KIDS = [('Sem', 'm'), ('Jayden', 'm'), ('Lieke', 'v'), ('Amira', 'v'), ('Thijmen', 'm'), ('Fenna', 'v'), ('Kyano', 'm'), ('Marit', 'v')]


class Pupil:
    def __init__(self, first, sex, st, rng, d, adult=False, curatele=False, grade=None):
        self.first, self.sex, self.st = first, sex, st
        self.last = rng.choice(LASTN)
        self.name = '%s %s' % (first, self.last)
        self.hij = 'hij' if sex == 'm' else 'zij'
        self.Hij = self.hij.capitalize()
        self.zijn = 'zijn' if sex == 'm' else 'haar'
        self.hem = 'hem' if sex == 'm' else 'haar'
        age = {'po': rng.randint(9, 11), 'sbo': rng.randint(9, 12), 'so': rng.randint(8, 12), 'vo': rng.randint(12, 16),
               'pro': rng.randint(13, 16), 'vso': rng.randint(14, 17)}[st]
        if adult:
            age = rng.randint(18, 19)
        self.age = age
        self.birth = datetime.date(d.year - age - (1 if d.month < 6 else 0), rng.randint(1, 12), rng.randint(1, 28))
        if grade:
            self.grade = grade
        elif st in ('po', 'sbo', 'so'):
            self.grade = 'groep %d' % min(8, max(3, age - 4))
        elif st == 'vo':
            self.grade = rng.choice(['1 havo/vwo', '2 vmbo-kader', '3 havo', '2 vmbo-tl', '1 vmbo-b/k'])
        elif st == 'pro':
            self.grade = 'leerjaar %d' % max(1, age - 12)
        else:
            self.grade = 'bovenbouw, stamgroep %s' % rng.choice(['B2', 'B3', 'Uitstroom 1', 'Entree'])
        self.mother = 'mw. %s. %s' % (rng.choice('ACEHJKMNRSY'), self.last)
        self.father = 'dhr. %s. %s' % (rng.choice('BDFGJLMPRTW'), self.last)
        self.adult, self.curatele = adult, curatele
        self.curator = '%s (moeder, curator)' % self.mother if curatele else None


INSTR = {
    'uitstroombestemming': 'Vul hier de verwachte uitstroombestemming in (schooltype/niveau of profiel). Gebruik de keuzelijst van het samenwerkingsverband.',
    'onderbouwing': 'Beschrijf hier op basis van welke gegevens (toetsresultaten, onderzoek, schoolloopbaan, ontwikkeling) de uitstroombestemming is bepaald.',
    'belemmerende_factoren': 'Benoem hier de belemmerende factoren per domein (leren, werkhouding, sociaal-emotioneel, thuis). Formuleer concreet en observeerbaar.',
    'bevorderende_factoren': 'Benoem hier de bevorderende/beschermende factoren: wat gaat goed, waar is de leerling sterk in?',
    'ondersteuningsbehoefte': 'Formuleer de onderwijsbehoeften als: "<naam> heeft ... nodig om ...". Maximaal vijf.',
    'ondersteuning': 'Geef aan welke ondersteuning wordt geboden: wat, door wie, hoe vaak, vanaf wanneer.',
    'doelen': 'Formuleer SMART-doelen voor de komende periode (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).',
    'adviezen_professionals': 'Vat hier de adviezen van betrokken deskundigen samen en geef aan wat de school ermee doet.',
    'inbreng_leerling': 'Beschrijf hier wat de leerling zelf vindt en hoe dit is meegenomen in het plan.',
    'oogo': 'Noteer datum en deelnemers van het op overeenstemming gericht overleg met ouders.',
    'evaluatie': 'Geef aan wanneer en hoe het OPP met ouders (en leerling) wordt geëvalueerd.',
    'informatie_rechten': 'Tekst over rechten van ouders hier invoegen (standaardtekst SWV).',
    'afwijkingen_onderwijsprogramma': 'Geef aan of de leerling afwijkt van het reguliere onderwijsprogramma en zo ja, op welke onderdelen.',
}
REF = {
    'onderbouwing': 'Zie bijlage 2 (overzicht toetsgegevens en onderzoeksverslag).',
    'belemmerende_factoren': 'Zie groeidocument, hoofdstuk 3.',
    'bevorderende_factoren': 'Zie groeidocument, hoofdstuk 3.',
    'ondersteuningsbehoefte': 'Zie het groepsplan.',
    'ondersteuning': 'Zie bijlage 1 (handelingsplan).',
    'doelen': 'Zie groepsplan en bijlage 1.',
    'adviezen_professionals': 'Zie verslag van de orthopedagoog in het dossier.',
    'uitstroombestemming': 'Zie bijlage.',
}


class Plan:
    """Holds the pupil, the dates and the gap variant of every element for one document."""

    def __init__(self, spec):
        self.s = spec
        self.rng = random.Random(spec['seed'])
        r = self.rng
        self.st = spec['st']
        self.d = D(spec['d'])
        self.rev = D(spec['rev']) if spec.get('rev') else None
        self.g = spec.get('g', {})
        self.p = Pupil(spec['first'], spec['sex'], self.st, r, self.d, adult=spec.get('adult', False), curatele=spec.get('curatele', False))
        sch = SCHOOLS[self.st]
        self.school, self.place = sch[spec['seed'] % len(sch)]
        self.swv = SWV[self.st]
        staff = r.sample(STAFF, 4)
        self.ib, self.teacher, self.director, self.expert = staff
        self.ibrole = {'po': 'intern begeleider', 'sbo': 'intern begeleider', 'so': 'intern begeleider', 'vo': 'ondersteuningscoördinator',
                       'pro': 'zorgcoördinator', 'vso': 'coördinator leerlingzaken'}[self.st]
        self.teacherrole = 'leerkracht' if self.st in ('po', 'sbo', 'so') else 'mentor'
        base = self.rev or self.d
        self.sy_actual = school_year(self.d)
        # plans made in May-July are for the coming school year
        self.sy = school_year(base) + (1 if base.month in (5, 6, 7) else 0)
        self.sytxt = '%d-%d' % (self.sy, self.sy + 1)
        self.oogo_d = add(base, -r.randint(6, 14))
        self.inbreng_d = add(self.oogo_d, -r.randint(3, 9))
        self.consent_d = add(base, r.randint(2, 12))
        self.start = add(base, r.randint(3, 10))
        if base.month in (6, 7):
            self.start = datetime.date(self.sy, 8, 25 + r.randint(0, 5))
        self.end = datetime.date(self.sy + 1, 7, r.randint(3, 10))
        def noholiday(x):
            if x.month in (7, 8):
                return datetime.date(x.year, 9, 8 + x.day % 15)
            return x
        self.mid = noholiday(add(base, r.randint(110, 150)))
        self.final = noholiday(add(base, r.randint(230, 265)))
        if self.final <= add(self.mid, 45):
            self.final = noholiday(add(self.mid, 90))
        self.other_kid, self.other_sex = OTHER_KIDS[spec['seed'] % len(OTHER_KIDS)]
        self.n = self.p.first
        self.iq = random.Random(spec['seed'] * 13).randint(72, 96)

    # ------------------------------------------------------------------ helpers
    def v(self, el, default='ok'):
        return self.g.get(el, default)

    def generic(self, el, full):
        """Text element by variant: None = absent, '' = heading only."""
        v = self.v(el)
        if v == 'absent':
            return None
        if v == 'empty':
            return ''
        if v == 'ph':
            return self.rng.choice(PH)
        if v == 'instr':
            return INSTR[el]
        if v == 'ref':
            return REF[el]
        return full(v)

    def inbreng_required(self):
        last = max(self.d, self.rev) if self.rev else self.d
        if self.st == 'vso' and self.p.adult and not self.p.curatele:
            return False
        return last >= datetime.date(2025, 8, 1)

    # ------------------------------------------------------------------ elements
    def uitstroom_target(self):
        r = random.Random(self.s['seed'] * 7)
        if self.st in ('po', 'sbo'):
            if self.iq < 80:
                return 'praktijkonderwijs'
            if self.iq < 88:
                return 'vmbo basisberoepsgerichte leerweg met leerwegondersteuning (lwoo)'
            return 'vmbo kaderberoepsgerichte leerweg'
        if self.st == 'so':
            return r.choice(['vso, profiel vervolgonderwijs (vmbo-kader)', 'vso, profiel arbeidsmarktgericht', 'regulier vmbo-basis met ondersteuning vanuit het steunpunt'])
        if self.st == 'vo':
            gr = self.p.grade
            if 'havo' in gr:
                return 'havo-diploma'
            if 'tl' in gr:
                return 'vmbo-tl diploma (mavo)'
            return 'vmbo-diploma kaderberoepsgerichte leerweg (richting zorg en welzijn)'
        if self.st == 'pro':
            return r.choice(['arbeid: logistiek medewerker in een distributiecentrum, met ondersteuning van een jobcoach', 'arbeid in de groenvoorziening, eventueel met entree-opleiding (mbo niveau 1) naast het werk', 'arbeid als medewerker schoonmaak/facilitair, met branchecertificaat'])
        return None

    def vso_profile(self):
        return self.s.get('profile', {'vso': 'arbeidsmarktgericht', 'pro': 'arbeidsmarktgericht'}.get(self.st))

    def vso_target(self):
        prof = self.vso_profile()
        return {'vervolgonderwijs': 'mbo niveau 2 (entree gevolgd door Dienstverlening), met begeleiding vanuit het mbo-steunpunt',
                'arbeidsmarktgericht': 'betaald werk in de horeca (afwas/keukenhulp) met loonkostensubsidie en jobcoach',
                'dagbesteding': 'arbeidsmatige dagbesteding op een zorgboerderij, vier dagdelen per week'}[prof]

    def uitstroom(self):
        v = self.v('uitstroombestemming')
        if v == 'vague':
            return 'Nog niet te bepalen; passend vervolgonderwijs.'
        if v == 'other':
            return 'Voor %s verwachten wij uitstroom naar vwo.' % self.other_kid
        if v == 'unticked':
            return ''
        if self.st in ('vso', 'pro') and v == 'ok':
            t = self.vso_target()
            return 'Profiel %s: %s.' % (self.vso_profile(), t)
        return self.generic('uitstroombestemming', lambda _: self.uitstroom_target()[0].upper() + self.uitstroom_target()[1:] + '.')

    def onderbouwing(self):
        n, p = self.n, self.p
        r = random.Random(self.s['seed'] * 11)
        iq = self.iq
        gn = int(p.grade.split()[-1]) if p.grade.split()[-1].isdigit() else 6
        def full(_):
            if self.st in ('po', 'sbo', 'so'):
                dl = r.randint(30, 55)
                return ('%s zit in %s. Volgens het leerlingvolgsysteem functioneert %s bij technisch lezen op niveau eind groep %d, '
                        'bij begrijpend lezen op niveau midden groep %d en bij rekenen op niveau eind groep %d (peildatum %s). '
                        'Het psychologisch onderzoek (WISC-V, %s %d) laat een totaal-IQ van %d zien, met een zwak werkgeheugen en een relatief sterk verbaal begrip. '
                        'De leerrendementen van de afgelopen twee jaar liggen tussen 55 en 65 procent. Op grond van deze gegevens en de groei die %s laat zien, '
                        'verwachten wij dat %s aan het eind van de basisschool rekenen en lezen op ongeveer 1F beheerst; dat past bij de genoemde uitstroombestemming.') % (
                    n, p.grade, p.hij, max(2, gn - r.randint(1, 3)), max(2, gn - r.randint(1, 2)), max(2, gn - r.randint(1, 3)), f(add(self.d, -r.randint(20, 60))),
                    MONTHS[r.randint(0, 11)], self.d.year - 1, iq, n, p.hij)
            if self.st == 'vo':
                return ('%s stroomde in met een advies ' + ('havo/vwo' if 'havo' in p.grade else 'vmbo-kader/tl') + ' en een doorstroomtoets met een score passend bij dat advies. De cijfers op het laatste rapport liggen '
                        'gemiddeld op een 6,4; de resultaten voor wiskunde en Frans vallen terug wanneer %s veel moet plannen. Uit het onderzoek van de GZ-psycholoog '
                        '(%s %d; ASS-diagnose) blijkt een gemiddelde intelligentie met een disharmonisch profiel. Met de ondersteuning uit dit plan verwachten wij dat %s '
                        'het genoemde diploma kan halen.') % (n, p.hij, MONTHS[r.randint(0, 11)], self.d.year - 1, n)
            return ('%s heeft een totaal-IQ van %d (WAIS-IV/WISC-V, %d). %s werkt praktisch en leert het best door te doen. Tijdens de interne stages '
                    '(kantine, groen) scoorde %s op de werkhoudingslijst voldoende op doorzetten en samenwerken; zelfstandig plannen lukt nog niet. '
                    'Het arbeidsmarktperspectief in de regio en de wens van %s zelf sluiten aan bij deze bestemming.') % (
                n, iq - 12, self.d.year - 2, p.Hij, p.hij, n)
        v = self.v('onderbouwing')
        if v == 'other':
            return ('%s zit in groep 7 en functioneert op alle gebieden op het niveau van de groep; %s toetsresultaten liggen boven het landelijk gemiddelde. Daarom verwachten wij uitstroom naar havo/vwo.') % (
                self.other_kid, 'zijn' if self.other_sex == 'm' else 'haar')
        return self.generic('onderbouwing', full)

    def factors(self, kind):
        """Returns None, '' , a string, or list of (domain, text)."""
        el = 'belemmerende_factoren' if kind == 'bel' else 'bevorderende_factoren'
        n, p = self.n, self.p
        v = self.v(el)
        if v == 'other':
            o, oh = self.other_kid, ('hij' if self.other_sex == 'm' else 'zij')
            if kind == 'bel':
                return [('Leren', '%s heeft moeite met het automatiseren van de tafels en met spelling van verkleinwoorden.' % o),
                        ('Werkhouding', '%s is snel afgeleid als %s aan een instructietafel met anderen zit.' % (o, oh)),
                        ('Sociaal-emotioneel', 'Bij conflicten op het plein reageert %s fysiek; %s heeft moeite om na een ruzie weer tot rust te komen.' % (o, oh))]
            return [('Leren', '%s is sterk in topografie en heeft een grote woordenschat.' % o),
                    ('Sociaal-emotioneel', '%s is behulpzaam en geliefd in de groep.' % o)]
        if v in ('absent',):
            return None
        if v in ('empty', 'ph', 'instr', 'ref'):
            return self.generic(el, None)
        if self.st in ('po', 'sbo', 'so'):
            if kind == 'bel':
                return [('Leren', 'Zwak werkgeheugen: %s onthoudt meerstappige opdrachten slecht en heeft moeite met het automatiseren van rekenfeiten.' % n),
                        ('Werkhouding', '%s is snel afgeleid bij instructie in de grote groep en begint niet zelfstandig aan een taak.' % p.Hij),
                        ('Sociaal-emotioneel', 'Bij fouten raakt %s gefrustreerd; %s trekt zich dan terug of weigert verder te werken.' % (n, p.hij)),
                        ('Thuissituatie', 'Het gezin is in het afgelopen jaar twee keer verhuisd; %s mist daardoor vaste vriendjes in de wijk.' % n)]
            return [('Leren', 'Goede mondelinge taalvaardigheid; %s begrijpt verhalen goed als ze worden voorgelezen.' % n),
                    ('Werkhouding', 'Gemotiveerd bij praktische en beweeglijke opdrachten; werkt goed met een timer.'),
                    ('Sociaal-emotioneel', 'Heeft een goede band met de leerkracht en durft hulp te vragen aan volwassenen die %s kent.' % p.hij),
                    ('Thuissituatie', 'Ouders zijn betrokken, komen naar alle gesprekken en oefenen thuis dagelijks met lezen.')]
        if self.st == 'vo':
            if kind == 'bel':
                return [('Leren', 'Plannen en organiseren van huiswerk en toetsen lukt %s niet zelfstandig.' % n),
                        ('Werkhouding', 'Bij onverwachte roosterwijzigingen raakt %s ontregeld en meldt %s zich ziek.' % (n, p.hij)),
                        ('Sociaal-emotioneel', 'Prikkelgevoelig (geluid in de aula en de gangen); sluit weinig aan bij klasgenoten.')]
            return [('Leren', 'Goede cognitieve capaciteiten, sterk in Engels en biologie.'),
                    ('Werkhouding', 'Nauwkeurig en betrouwbaar wanneer de verwachtingen duidelijk zijn.'),
                    ('Omgeving', 'Ouders werken goed samen met de mentor; vaste contactmomenten per mail.')]
        if kind == 'bel':
            return [('Werknemersvaardigheden', '%s komt regelmatig te laat en heeft moeite met het aanhouden van een werktempo.' % n),
                    ('Sociaal-emotioneel', 'Laat zich snel meeslepen door anderen; beperkt zelfinzicht.'),
                    ('Leren', 'Leest op AVI-niveau E5; schriftelijke instructies begrijpt %s vaak niet.' % p.hij),
                    ('Thuissituatie', 'Weinig structuur thuis in het weekend; de gezinscoach is sinds kort betrokken.')]
        return [('Werknemersvaardigheden', 'Sterk in praktisch werk en handvaardigheid; werkt graag buiten.'),
                ('Sociaal-emotioneel', 'Vriendelijk en behulpzaam naar collega\'s en klanten.'),
                ('Netwerk', 'Heeft een vaste begeleider bij de buurtsportvereniging en een oom die in de groensector werkt.')]

    def behoefte(self):
        n = self.n
        v = self.v('ondersteuningsbehoefte')
        if v == 'other':
            return ['%s heeft een rustige werkplek nodig, uit het zicht van het raam.' % self.other_kid, '%s heeft een vast maatje nodig bij buitenspel.' % self.other_kid]
        res = self.generic('ondersteuningsbehoefte', lambda _: None)
        if v != 'ok':
            return res
        if self.st in ('po', 'sbo', 'so'):
            return ['%s heeft korte instructie in kleine stappen nodig, ondersteund met een stappenplan op tafel.' % n,
                    '%s heeft een vaste werkplek dichtbij de leerkracht nodig om de aandacht bij de taak te houden.' % n,
                    '%s heeft een voorspelbare dag nodig: dagplanning op het bord en vooraf melden van veranderingen.' % n,
                    '%s heeft feedback op inzet nodig (niet alleen op het resultaat) om door te zetten na een fout.' % n]
        if self.st == 'vo':
            return ['%s heeft hulp nodig bij het plannen van huiswerk en toetsen (wekelijkse planning met de mentor).' % n,
                    '%s heeft een prikkelarme plek nodig voor toetsen en tijdens pauzes.' % n,
                    '%s heeft tijdig bericht nodig over roosterwijzigingen en vervangende docenten.' % n]
        return ['%s heeft korte, mondelinge werkinstructies nodig, voorgedaan op de werkplek.' % n,
                '%s heeft een vaste begeleider op stage nodig bij wie %s terecht kan.' % (n, self.p.hij),
                '%s heeft een dagstructuur met vaste begin- en eindtijden nodig.' % n]

    def support_rows(self):
        v = self.v('ondersteuning')
        s, e = self.start, self.end
        if v == 'old':
            s = datetime.date(self.sy_actual - 1, 9, self.rng.randint(1, 10))
            e = datetime.date(self.sy_actual, 7, self.rng.randint(1, 8))
        if v == 'other':
            return [('Verlengde instructie rekenen voor %s' % self.other_kid, 'leerkracht groep 7', '4x per week 20 min', f(s), f(e)),
                    ('Training sociale vaardigheden (%s)' % self.other_kid, 'schoolmaatschappelijk werk', '1x per week', f(s), f(e))]
        ib, t, ex = self.ib, self.teacher, self.expert
        if self.st in ('po', 'sbo', 'so'):
            rows = [('Verlengde instructie rekenen in subgroep (automatiseren, tafels)', '%s, %s' % (t, self.teacherrole), '4x per week 20 min', f(s), f(e)),
                    ('Individuele leesbegeleiding (herhaald lezen)', 'onderwijsassistent', '3x per week 15 min', f(s), f(e)),
                    ('Begeleiding sociaal-emotioneel: training omgaan met frustratie', 'ambulant begeleider ' + self.swv.split(' Passend')[0], '1x per 2 weken 45 min', f(s), f(min(add(s, 120), e)))]
            if self.st == 'so':
                rows.append(('Logopedie (mondelinge taal, woordvinding)', 'logopedist van de school', '1x per week 30 min', f(s), f(e)))
        elif self.st == 'vo':
            rows = [('Coachgesprek planning en organisatie', '%s, mentor' % t, '1x per week 20 min', f(s), f(e)),
                    ('Toetsen in de prikkelarme ruimte, 30 min verlenging', 'toetscoördinator', 'bij elke toets', f(s), f(e)),
                    ('Begeleiding door de autismecoach van het steunpunt', ex + ', autismecoach', '1x per 2 weken 45 min', f(s), f(e))]
        else:
            rows = [('Stagebegeleiding en werkplekbezoek', '%s, stagedocent' % t, '1x per 2 weken', f(s), f(e)),
                    ('Training werknemersvaardigheden (op tijd komen, tempo)', 'jobcoach van school', '1x per week 1 uur', f(s), f(min(add(s, 140), e))),
                    ('Leesondersteuning bij theorie (voorleessoftware)', 'docent Nederlands', 'dagelijks bij theorielessen', f(s), f(e))]
            if self.st == 'vso':
                rows.append(('Begeleiding door gedragswetenschapper bij spanningsregulatie', self.expert + ', orthopedagoog', '1x per maand', f(s), f(e)))
        return rows

    def support(self):
        v = self.v('ondersteuning')
        if v == 'nofreq':
            return 'Extra begeleiding waar nodig. %s kan bij vragen terecht bij de %s.' % (self.n, self.ibrole)
        if v in ('ok', 'old', 'other'):
            return self.support_rows()
        return self.generic('ondersteuning', None)

    def goal_eval(self, i):
        v = self.v('doelen')
        if v == 'old':
            dd = datetime.date(self.sy_actual, [1, 3, 6, 6][i % 4], 10 + 3 * i)
        else:
            dd = self.mid if i % 2 == 0 else self.final
        txt = f(dd)
        if self.v('evaluatie') == 'goalparents':
            txt += ', met ouders en %s' % self.n if self.inbreng_required() or self.st != 'vso' else ', met ouders'
            if self.st == 'vso' and self.p.adult and not self.p.curatele:
                txt = f(dd) + ', met %s (en ouders op zijn verzoek)' % self.n
        return txt

    def goals(self):
        """Returns None, '', string or list of (doel, aanpak, wie, eval)."""
        n = self.n
        v = self.v('doelen')
        if v == 'vague':
            rows = [('Beter worden in rekenen', 'extra oefenen', 'leerkracht', ''), ('Lekkerder in %s vel zitten' % self.p.zijn, 'gesprekjes', 'iedereen', ''),
                    ('Meer zelfstandig werken', 'begeleiding', 'school en ouders', '')]
            return [(a, b, c, 'einde schooljaar') for a, b, c, _ in rows]
        if v == 'other':
            o = self.other_kid
            rows = [('%s leest een AVI-M7 tekst met voldoende tempo en nauwkeurigheid' % o, 'RALFI-lezen 3x per week', 'onderwijsassistent'),
                    ('%s maakt breuksommen van niveau groep 7 met 80%% goed' % o, 'verlengde instructie', 'leerkracht groep 7'),
                    ('%s speelt in de pauze zonder conflicten (max. 1 melding per week)' % o, 'pleinafspraken, maatje', 'pleinwacht')]
            return [(a, b, c, self.goal_eval(i)) for i, (a, b, c) in enumerate(rows)]
        if v in ('absent', 'empty', 'ph', 'instr', 'ref'):
            return self.generic('doelen', None)
        if self.st in ('po', 'sbo', 'so'):
            rows = [('%s kent de tafels 1 t/m 10 en beantwoordt een willekeurige tafelsom binnen 5 seconden (80%% goed op de tafeltoets)' % n,
                     'dagelijks 10 minuten tafeltrainer, automatiseringskaartjes mee naar huis', self.teacherrole + ' en ouders'),
                    ('%s leest een tekst op AVI-niveau E5 met voldoende tempo en nauwkeurigheid' % n, 'herhaald lezen 3x per week, thuis 15 min voorlezen', 'onderwijsassistent'),
                    ('%s vraagt zelf om hulp als %s vastloopt: gebruikt het hulpkaartje minstens 3x per week (turflijst)' % (n, self.p.hij), 'hulpkaartje, korte nabespreking op vrijdag', self.teacherrole)]
        elif self.st == 'vo':
            rows = [('%s houdt een weekplanning bij en levert 90%% van de opdrachten op tijd in' % n, 'wekelijks coachgesprek, planner in de schoolapp', 'mentor'),
                    ('%s heeft niet meer dan 3 lesuren ongeoorloofd verzuim per periode' % n, 'verzuimregistratie, direct contact bij afwezigheid', 'mentor en verzuimcoördinator'),
                    ('%s gebruikt de time-out kaart zelfstandig bij overprikkeling en is binnen 15 minuten terug in de les' % n, 'afspraken met docenten, stilteplek', 'autismecoach')]
        else:
            rows = [('%s is 4 weken achter elkaar iedere stagedag op tijd aanwezig' % n, 'wekker/app, afspraken met stagebegeleider', 'stagedocent en ouders'),
                    ('%s voert een werkopdracht van 30 minuten zelfstandig uit volgens een fotostappenplan' % n, 'fotostappenplan op de werkplek', 'jobcoach'),
                    ('%s behaalt het certificaat Veilig werken (VCA-basis) of het branchecertificaat' % n, 'lessen theorie met voorleessoftware', 'docent praktijk')]
        return [(a, b, c, self.goal_eval(i)) for i, (a, b, c) in enumerate(rows)]

    def afwijkingen(self):
        """('text', s) | ('none', s) | ('unticked', None) | ('ph', s) | None"""
        v = self.v('afwijkingen_onderwijsprogramma', 'none')
        n = self.n
        if v == 'absent':
            return None
        if v == 'unticked':
            return ('unticked', None)
        if v == 'ph':
            return ('ph', self.rng.choice(['n.t.b.', 'nog aanvullen', '...']))
        if v == 'instr':
            return ('ph', INSTR['afwijkingen_onderwijsprogramma'])
        if v == 'none':
            return ('none', 'Er zijn geen afwijkingen van het onderwijsprogramma; %s volgt het reguliere programma van %s.' % (n, self.p.grade))
        if self.st in ('po', 'sbo', 'so'):
            return ('text', '%s volgt voor rekenen een eigen leerlijn met als einddoel referentieniveau 1F (leerroute 2). Voor begrijpend lezen werkt %s met aangepaste doelen op het niveau van groep %d. '
                    'Voor de overige vakken volgt %s het programma van de groep.' % (n, self.p.hij, max(2, int(self.p.grade.split()[-1]) - 2) if self.p.grade.split()[-1].isdigit() else 4, n))
        if self.st == 'vo':
            return ('text', '%s heeft vrijstelling voor het vak Duits (onderbouw); de vrijgekomen uren worden besteed aan begeleid huiswerk in het steunpunt. '
                    'In periode 1 en 2 volgt %s een verkort lesrooster (tot 13.30 uur), daarna wordt dit in stappen uitgebreid.' % (n, self.p.hij))
        return ('text', '%s volgt een individuele leerroute: 2 dagen per week externe stage in plaats van lessen; de theorie voor Nederlands en rekenen is aangepast naar niveau 1F.' % n)

    def adviezen(self):
        n = self.n
        v = self.v('adviezen_professionals')
        if v == 'ref' and self.st in ('so', 'vso'):
            return 'Advies commissie voor de begeleiding: zie verslag CvB. Overige adviezen: zie dossier.'
        cvb = ''
        if self.st in ('so', 'vso'):
            cvb = ('Commissie voor de begeleiding (vergadering %s): de commissie adviseert het OPP vast te stellen met de genoemde uitstroombestemming, '
                   'de inzet van de gedragswetenschapper voort te zetten en de groepsgrootte voor %s te beperken tot maximaal 12 leerlingen. De school volgt dit advies.\n\n') % (f(add(self.d, -self.rng.randint(15, 30))), n)
        def full(_):
            if self.st in ('po', 'sbo', 'so'):
                return cvb + ('Orthopedagoog %s (%s, verslag d.d. %s) adviseert: instructie in kleine stappen met visuele ondersteuning, het werkgeheugen ontlasten met '
                              'hulpkaarten, en wekelijks kort evalueren met %s. De school neemt deze adviezen over in het handelingsdeel (ondersteuning rij 1 en doel 3). '
                              'De logopedist adviseert thuis dagelijks samen te lezen; dit is met ouders afgesproken.') % (self.expert, self.swv.split(' Passend')[0], f(add(self.d, -50)), n)
            if self.st == 'vo':
                return cvb + ('GZ-psycholoog %s (behandelaar jeugd-ggz) adviseert: voorspelbaarheid, een vaste prikkelarme plek en een vast aanspreekpunt. '
                              'De school heeft een vaste mentor-coach aangewezen en biedt de prikkelarme toetsruimte aan. Het advies om het rooster tijdelijk te verkorten is overgenomen.') % self.expert
            return cvb + ('Jobcoach en gedragswetenschapper (%s) adviseren: stage in een kleine, rustige werkomgeving, vaste werktijden en een fotostappenplan. '
                          'De school heeft een stageplek gezocht die hieraan voldoet. De jeugdarts adviseert aandacht voor slaapritme; dit is met ouders besproken.') % self.expert
        return self.generic('adviezen_professionals', full)

    def inbreng(self):
        n, p = self.n, self.p
        v = self.v('inbreng_leerling')
        if v == 'absent':
            return None
        if v in ('empty', 'ph', 'instr'):
            return self.generic('inbreng_leerling', None)
        if self.st in ('po', 'sbo', 'so'):
            view = ('Gesprek met %s op %s (met de %s): %s vindt rekenen moeilijk "omdat het zo snel moet". %s werkt het liefst aan een tafel bij het raam '
                    'met een koptelefoon op. %s wil graag beter worden in lezen, "zodat ik zelf strips kan lezen".') % (n, f(self.inbreng_d), self.teacherrole, p.Hij, p.Hij, p.Hij)
            done = ('Wat we ermee doen: op verzoek van %s mag %s tijdens zelfstandig werken een koptelefoon gebruiken (zie ondersteuningsbehoefte), '
                    'en bij het leesdoel oefent %s met strips en informatieve teksten die %s zelf kiest.') % (n, p.hij, p.hij, p.hij)
        elif self.st == 'vo':
            view = ('%s heeft het plan voorbereid met de mentor (%s). %s geeft aan dat de pauzes het zwaarst zijn en dat %s liever niet uit de les wordt gehaald voor gesprekken.'
                    ) % (n, f(self.inbreng_d), p.Hij, p.hij)
            done = ('Aangepast op basis van de inbreng van %s: %s mag de pauzes in het steunpunt doorbrengen en de coachgesprekken zijn verplaatst naar het 8e uur.') % (n, p.hij)
        else:
            view = ('%s zegt zelf: "Ik wil later buiten werken, het liefst met machines." %s vindt de theorielessen saai en wil meer dagen stage.') % (n, p.Hij)
            done = ('Wat we hiermee doen: de stage in de groenvoorziening is op verzoek van %s naar voren gehaald en uitgebreid naar 2 dagen; het doel over het certificaat is samen met %s gekozen.') % (n, p.hem)
        if v == 'viewonly':
            return view
        if v == 'other':
            o = self.other_kid
            return ('Gesprek met %s op %s: %s wil graag naast %s vriendin zitten en vindt gym het leukste vak. Wat we ermee doen: %s krijgt een vaste plek naast een maatje.') % (
                o, f(self.inbreng_d), o, 'zijn' if self.other_sex == 'm' else 'haar', o)
        return view + '\n\n' + done

    def oogo(self):
        v = self.v('oogo')
        p = self.p
        if v == 'nodate':
            return 'Het plan is met ouders besproken.'
        def full(_):
            if self.st == 'vso' and p.adult and not p.curatele:
                return ('Het ontwikkelingsperspectief is op %s besproken met %s zelf (meerderjarig), in aanwezigheid van ' + p.zijn + ' ouders op verzoek van %s, de mentor (%s) en de %s (%s). '
                        'Er is overeenstemming bereikt over de uitstroombestemming en de doelen.') % (f(self.oogo_d), self.n, self.n, self.teacher, self.ibrole, self.ib)
            who = p.curator if p.curatele else '%s en %s (ouders)' % (p.mother, p.father)
            return ('Op %s heeft het op overeenstemming gericht overleg plaatsgevonden met %s, de %s (%s) en de %s (%s). '
                    'Ouders konden zich vinden in het perspectief; hun aanvulling over het thuis oefenen is verwerkt in de doelen.') % (
                f(self.oogo_d), who, self.teacherrole, self.teacher, self.ibrole, self.ib)
        if v == 'ph':
            return 'Datum overleg met ouders: %s' % self.rng.choice(['...', 'n.t.b.', '__-__-____'])
        return self.generic('oogo', full)

    def evaluatie(self):
        v = self.v('evaluatie')
        n = self.n
        withwho = 'met ouders en %s' % n if self.inbreng_required() else 'met ouders'
        if self.st == 'vso' and self.p.adult and not self.p.curatele:
            withwho = 'met %s (en op %s verzoek met ouders)' % (n, self.p.zijn)
        if v == 'old':
            return 'Het OPP wordt geëvalueerd %s op %s.' % (withwho, f(datetime.date(self.sy_actual, 6, 17)))
        if v in ('goalparents',):
            return None if not self.s.get('eval_text') else self.s['eval_text']
        def full(_):
            return ('Het OPP wordt twee keer per schooljaar %s geëvalueerd en zo nodig bijgesteld: een tussenevaluatie in de week van %s en de eindevaluatie op %s, '
                    'in een gesprek met de %s en de %s.') % (
                withwho, f(self.mid), f(self.final), self.teacherrole, self.ibrole)
        return self.generic('evaluatie', full)

    def rechten(self):
        v = self.v('informatie_rechten')
        if v == 'partial':
            return 'Ouders hebben instemmingsrecht op het handelingsdeel.'
        adult = self.st == 'vso' and self.p.adult and not self.p.curatele
        wie = 'Je hebt als meerderjarige leerling' if adult else 'Als ouder(s) heeft u'
        def full(_):
            return ('%s instemmingsrecht op het handelingsdeel van dit plan. Bent u het niet eens met (een deel van) het plan, bespreek dit dan eerst met de %s of de directeur. '
                    'U kunt ook advies vragen aan het ouder- en jeugdsteunpunt van het %s of aan een onderwijsconsulent. Binnen zes weken na de vaststelling van het OPP '
                    'kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs (via onderwijsgeschillen.nl).') % (wie, self.ibrole, self.swv)
        return self.generic('informatie_rechten', full)

    def vaststelling(self):
        v = self.v('vaststelling')
        if v == 'nodate':
            return ('__-__-____', '%s, directeur' % self.director)
        if v == 'absent':
            return None
        return (f(self.d), '%s, directeur' % self.director)

    # consent ----------------------------------------------------------------
    def signers(self):
        p = self.p
        if self.st == 'vso' and p.adult and not p.curatele:
            return [('Leerling (meerderjarig)', p.name)]
        if p.curatele:
            return [('Curator', p.curator)]
        return [('Ouder/verzorger 1', p.mother), ('Ouder/verzorger 2', p.father)]

    def consent(self):
        """Returns a dict describing the consent section, or None."""
        v = self.v('instemming_ouders')
        p = self.p
        cd = f(self.consent_d)
        school = ('School', '%s, %s' % (self.ib, self.ibrole), f(add(self.rev or self.d, 1)), 'sig')
        signers = self.signers()
        party = 'de leerling' if signers[0][0].startswith('Leerling') else ('de curator' if p.curatele else 'ouder(s)/verzorger(s)')
        intro = 'Hierbij verklaart %s in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.' % party
        C = dict(kind=v, intro=intro, checks=None, rows=None, note=None, stated=None, avg=None)
        if v == 'absent':
            return None
        if v == 'ok':
            C['checks'] = [(True, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n, cd, 'sig') for r, n in signers] + [school]
            C['stated'] = 'Ja, ingestemd door %s (%s) op %s' % (party, ', '.join(n for _, n in signers), cd)
        elif v == 'gezien':
            C['rows'] = [(r, n + ' \u2013 voor gezien', cd, 'sig') for r, n in signers] + [school]
            C['note'] = 'Bij de handtekening is door ouders geschreven: "voor gezien".'
            C['stated'] = 'Voor gezien getekend door ouders op %s' % cd
        elif v == 'protest':
            C['checks'] = [(True, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n + ' \u2013 getekend onder protest', cd, 'sig') for r, n in signers] + [school]
            C['note'] = 'Ouders tekenen onder protest: zij zijn het niet eens met de verkorte schooltijd en willen dat de begeleiding door de ambulant begeleider eerder start.'
            C['stated'] = 'Getekend onder protest op %s' % cd
        elif v == 'refused':
            C['checks'] = [(False, 'Akkoord met het handelingsdeel'), (True, 'Niet akkoord')]
            C['rows'] = [(r, n, cd, 'sig') for r, n in signers] + [school]
            C['note'] = 'Toelichting ouders: wij gaan niet akkoord, omdat de gevraagde begeleiding door de logopedist niet in het plan is opgenomen.'
            C['stated'] = 'Niet akkoord (ouders, %s)' % cd
        elif v == 'partial':
            C['checks'] = [(False, 'Akkoord met het handelingsdeel'), (True, 'Gedeeltelijk akkoord (zie toelichting)'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n, cd, 'sig') for r, n in signers] + [school]
            C['note'] = 'Toelichting: ouders stemmen in met de doelen en de begeleiding, maar niet met de afwijking van het onderwijsprogramma (vrijstelling/verkort rooster).'
            C['stated'] = 'Gedeeltelijk akkoord, zie toelichting (%s)' % cd
        elif v == 'school':
            C['checks'] = [(False, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n, '', '') for r, n in signers] + [school]
            C['stated'] = 'Ondertekend door school (%s); ouder: \u2014' % f(add(self.d, 1))
        elif v == 'blank':
            C['checks'] = [(False, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, '', '', '') for r, n in signers] + [('School', '', '', '')]
            C['stated'] = ''
        elif v == 'unticked':
            C['checks'] = [(False, '%s stemt/stemmen in met het handelingsdeel' % party.capitalize())]
            C['rows'] = [(signers[0][0], signers[0][1], '', '')]
            C['stated'] = '\u2610 akkoord'
        elif v == 'nodate':
            C['checks'] = [(True, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n, '', 'sig') for r, n in signers] + [(school[0], school[1], '', 'sig')]
            C['stated'] = 'Akkoord (%s), datum: \u2014' % signers[0][1]
        elif v == 'old':
            od = f(datetime.date(self.sy_actual - 1, 10, self.rng.randint(2, 28)))
            C['checks'] = [(True, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = [(r, n, od, 'sig') for r, n in signers] + [(school[0], school[1], od, 'sig')]
            C['stated'] = 'Akkoord ouders d.d. %s' % od
        elif v == 'wrongparty':
            if self.st == 'vso' and p.adult and not p.curatele:
                rows = [('Ouder/verzorger 1', p.mother, cd, 'sig'), ('Ouder/verzorger 2', p.father, cd, 'sig'), school]
                C['intro'] = 'Hierbij verklaren ouder(s)/verzorger(s) in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.'
            else:
                rows = [('Leerling', p.name, cd, 'sig'), school]
                C['intro'] = 'Hierbij verklaart de leerling in te stemmen met het handelingsdeel van dit ontwikkelingsperspectief.'
            C['checks'] = [(True, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]
            C['rows'] = rows
            C['stated'] = 'Akkoord: %s (%s)' % (rows[0][1], cd)
        elif v == 'avg':
            C['avg'] = True
            C['intro'] = 'Toestemming gebruik beeldmateriaal en gegevensuitwisseling (AVG)'
            C['checks'] = [(True, 'Ik geef toestemming voor het delen van gegevens met het samenwerkingsverband'), (True, 'Ik geef toestemming voor foto\'s in de schoolgids en op de website')]
            C['rows'] = [(signers[0][0], signers[0][1], cd, 'sig')]
            C['stated'] = None
        return C
