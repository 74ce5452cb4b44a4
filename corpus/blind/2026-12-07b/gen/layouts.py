"""Layouts: turn a plan (ctx + gap variants) into a block list."""
from content import ELEMENTS, content, consent_blocks, fmt, INSTRUCTION
from render import ticktext


def items_to_blocks(items, paper=False):
    out = []
    for it in items:
        if isinstance(it, tuple) and it[0] == 'ticks':
            out.append(('ticks', it[1]))
        elif isinstance(it, tuple) and it[0] == 'i':
            out.append(('i', it[1]))
        else:
            out.append(('hand' if paper else 'p', it))
    return out


def items_to_text(items):
    parts = []
    for it in items:
        if isinstance(it, tuple) and it[0] == 'ticks':
            parts.append('\n'.join('%s %s' % (ticktext(c), l) for c, l in it[1]))
        elif isinstance(it, tuple):
            parts.append(it[1])
        else:
            parts.append(it)
    return '\n'.join(parts)


def personalia(c, extra=()):
    rows = [('Naam leerling', c['volledig']), ('Geboortedatum', fmt(c['birth'])),
            ('Groep / leerjaar', str(c['groep'])), ('School', '%s, %s' % (c['school'], c['place'])), ('Schooljaar', c['schooljaar'])]
    if c['adult']:
        rows.append(('Meerderjarig', 'ja, handelingsbekwaam'))
    if c['curatele']:
        rows.append(('Wettelijk vertegenwoordiger', c['curator']))
    return rows + list(extra)


def sec(blocks, heading, items, paper=False, instr=None, nlines=3):
    if items is None:
        return
    blocks.append(('h', heading))
    if paper and instr:
        blocks.append(('i', instr))
    if paper and len(items) == 1 and isinstance(items[0], tuple) and items[0][0] == 'i' and instr:
        items = []  # the printed instruction is already on the form
    if not items:
        if paper:
            blocks.append(('lines', nlines))
        return
    blocks.extend(items_to_blocks(items, paper))


def revision(blocks, c):
    if c.get('revised'):
        blocks.append(('p', 'Versie 2 - bijgesteld na de jaarevaluatie op %s (eerste vaststelling %s).' % (fmt(c['revised'], 1), fmt(c['plan'], 1))))


def G(c, gaps, el, rng):
    return content(el, gaps.get(el, 'ok'), c, rng)


# 1 ---------------------------------------------------------------
def swv_numbered(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    b = [('title', 'Ontwikkelingsperspectiefplan'), ('sub', '%s  |  %s' % (c['swv'], c['school']))]
    revision(b, c)
    b += [('h', '1. Gegevens leerling'), ('kv', personalia(c, [('Intern begeleider', c['ib'])]))]
    n = [2]

    def S(title, el, sub=None):
        items = G(c, gaps, el, rng)
        if items is None:
            return
        sec(b, title, items, paper, INSTRUCTION.get(el))
    b.append(('h', '2. Uitstroombestemming'))
    S('2.1 Te verwachten uitstroombestemming', 'uitstroombestemming')
    S('2.2 Onderbouwing', 'onderbouwing')
    b.append(('h', '3. Belemmerende en bevorderende factoren'))
    S('3.1 Belemmerende factoren', 'belemmerende_factoren')
    S('3.2 Bevorderende factoren', 'bevorderende_factoren')
    S('4. Onderwijs- en ondersteuningsbehoeften', 'ondersteuningsbehoefte')
    b.append(('h', '5. Handelingsdeel'))
    S('5.1 Doelen voor dit schooljaar', 'doelen')
    S('5.2 Te bieden ondersteuning en begeleiding', 'ondersteuning')
    S('5.3 Afwijkingen van het onderwijsprogramma', 'afwijkingen_onderwijsprogramma')
    S('6. Adviezen van deskundigen', 'adviezen_professionals')
    S('7. Inbreng van de leerling (hoorrecht)', 'inbreng_leerling')
    S('8. Op overeenstemming gericht overleg (OOGO)', 'oogo')
    S('9. Evaluatie', 'evaluatie')
    S('10. Vaststelling', 'vaststelling')
    S('11. Rechten van ouders', 'informatie_rechten')
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    if cb:
        b.append(('h', '12. Ondertekening'))
        b += cb[1:] if cb[0][0] == 'h' else cb
    return b, [], lab, img


# 2 ---------------------------------------------------------------
def two_column(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    b = [('title', 'OPP %s' % c['volledig']), ('sub', '%s - %s - schooljaar %s' % (c['school'], c['place'], c['schooljaar']))]
    revision(b, c)
    b.append(('kv', personalia(c)))
    rows = []
    labels = [('uitstroombestemming', 'Uitstroomprofiel / bestemming'), ('onderbouwing', 'Onderbouwing'),
              ('belemmerende_factoren', 'Belemmerende factoren'), ('bevorderende_factoren', 'Bevorderende factoren'),
              ('ondersteuningsbehoefte', 'Onderwijsbehoeften'), ('doelen', 'Doelen (periode tot volgende evaluatie)'),
              ('ondersteuning', 'Ondersteuning: wat, wie, hoe vaak'), ('afwijkingen_onderwijsprogramma', 'Afwijkingen onderwijsprogramma'),
              ('adviezen_professionals', 'Advies externe deskundigen'), ('inbreng_leerling', 'Mening van de leerling en wat we ermee doen'),
              ('oogo', 'Overleg met ouders (OOGO)'), ('evaluatie', 'Evaluatiemomenten'), ('vaststelling', 'Vaststelling'),
              ('informatie_rechten', 'Rechten van ouders / bezwaar')]
    for el, lab in labels:
        items = G(c, gaps, el, rng)
        if items is None:
            continue
        rows.append((lab, items_to_text(items)))
    b.append(('kv', rows))
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 3 ---------------------------------------------------------------
def domain_table(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    b = [('title', 'Ontwikkelingsperspectief (OPP)'), ('sub', c['swv']), ('kv', personalia(c))]
    revision(b, c)
    for el, t in [('uitstroombestemming', 'Verwachte uitstroombestemming'), ('onderbouwing', 'Onderbouwing uitstroombestemming')]:
        sec(b, t, G(c, gaps, el, rng))
    bel, bev = gaps.get('belemmerende_factoren', 'ok'), gaps.get('bevorderende_factoren', 'ok')
    fac = c['prof']['fac']
    b.append(('h', 'Beeld van de leerling: belemmerende en bevorderende factoren per domein'))
    cols = ['Domein'] + (['Belemmerend'] if bel != 'absent' else []) + (['Bevorderend'] if bev != 'absent' else [])

    def cell(var, el, i, k):
        if var == 'ok':
            return fac[i][k].format(**c)
        if var == 'empty':
            return ''
        items = content(el, var, c, rng)
        return items_to_text(items) if i == 0 else ''
    rows = []
    for i, d in enumerate(fac):
        r = [d[0]]
        if bel != 'absent': r.append(cell(bel, 'belemmerende_factoren', i, 1))
        if bev != 'absent': r.append(cell(bev, 'bevorderende_factoren', i, 2))
        rows.append(r)
    if len(cols) > 1:
        b.append(('table', cols, rows))
    sec(b, 'Onderwijsbehoeften', G(c, gaps, 'ondersteuningsbehoefte', rng))
    b.append(('h', 'Handelingsdeel'))
    d = G(c, gaps, 'doelen', rng); s = G(c, gaps, 'ondersteuning', rng)
    if d is not None or s is not None:
        b.append(('table', ['Doelen', 'Aanpak / ondersteuning (wie, wat, hoe vaak)'],
                  [[items_to_text(d) if d is not None else '', items_to_text(s) if s is not None else '']]))
    for el, t in [('afwijkingen_onderwijsprogramma', 'Afwijkingen van het programma'), ('adviezen_professionals', 'Adviezen deskundigen en CvB'),
                  ('inbreng_leerling', 'Inbreng leerling'), ('oogo', 'Overleg met ouders'), ('evaluatie', 'Evaluatie'),
                  ('informatie_rechten', 'Niet eens met het OPP?'), ('vaststelling', 'Vaststelling')]:
        sec(b, t, G(c, gaps, el, rng))
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 4 ---------------------------------------------------------------
def groeidocument(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    b = [('title', 'Groeidocument %s' % c['volledig']), ('sub', 'Groeidocument passend onderwijs - %s - %s' % (c['school'], c['swv'])),
         ('h', '1. Gegevens'), ('kv', personalia(c, [('Ouders/verzorgers', c['ouder1'] + ', ' + c['ouder2'])])),
         ('h', '2. Schoolloopbaan'), ('p', '%s zit sinds groep 1 / leerjaar 1 op %s. Er is één keer een doublure geweest. Sinds vorig schooljaar is er een OPP.' % (c['naam'], c['school']))]
    revision(b, c)
    b.append(('h', '3. Beeld van de leerling'))
    sec(b, '3.1 Wat belemmert', G(c, gaps, 'belemmerende_factoren', rng))
    sec(b, '3.2 Wat helpt (beschermende factoren)', G(c, gaps, 'bevorderende_factoren', rng))
    sec(b, '4. Onderwijsbehoeften', G(c, gaps, 'ondersteuningsbehoefte', rng))
    sec(b, '5. Adviezen en onderzoeken', G(c, gaps, 'adviezen_professionals', rng))
    b.append(('h', '6. Ontwikkelingsperspectief (OPP)'))
    sec(b, '6.1 Uitstroombestemming', G(c, gaps, 'uitstroombestemming', rng))
    sec(b, '6.2 Onderbouwing', G(c, gaps, 'onderbouwing', rng))
    sec(b, '6.3 Doelen', G(c, gaps, 'doelen', rng))
    sec(b, '6.4 Handelingsdeel: ondersteuning', G(c, gaps, 'ondersteuning', rng))
    sec(b, '6.5 Afwijking van het programma', G(c, gaps, 'afwijkingen_onderwijsprogramma', rng))
    b.append(('h', '7. Betrokkenheid ouders en leerling'))
    sec(b, '7.1 Gesprek met ouders', G(c, gaps, 'oogo', rng))
    sec(b, '7.2 Wat vindt de leerling?', G(c, gaps, 'inbreng_leerling', rng))
    sec(b, '8. Evaluatie en vervolg', G(c, gaps, 'evaluatie', rng))
    sec(b, '9. Informatie voor ouders', G(c, gaps, 'informatie_rechten', rng))
    sec(b, '10. Vaststelling', G(c, gaps, 'vaststelling', rng))
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 5 ---------------------------------------------------------------
FORM_FIELDS = [('uitstroombestemming', 'Uitstroombestemming'), ('onderbouwing', 'Onderbouwing'), ('belemmerende_factoren', 'Belemmerende factoren'),
               ('bevorderende_factoren', 'Bevorderende factoren'), ('ondersteuningsbehoefte', 'Ondersteuningsbehoefte'), ('doelen', 'Doelen'),
               ('ondersteuning', 'Ondersteuning (wie/wat/hoe vaak)'), ('afwijkingen_onderwijsprogramma', 'Afwijkingen programma'),
               ('adviezen_professionals', 'Adviezen deskundigen'), ('inbreng_leerling', 'Inbreng leerling'), ('oogo', 'OOGO (datum, wie)'),
               ('evaluatie', 'Evaluatie'), ('vaststelling', 'Vaststelling (datum, door)'), ('informatie_rechten', 'Rechten ouders')]


def beknopt(c, gaps, cons, rng, seed, paper=False, sigpage=False, wordph=False):
    b = [('title', 'Beknopt OPP'), ('sub', '%s - formulier %s' % (c['swv'], 'B-OPP v3'))]
    revision(b, c)
    b.append(('kv', personalia(c)[:5]))
    rows = []
    for el, lab in FORM_FIELDS:
        items = G(c, gaps, el, rng)
        if items is None:
            continue
        txt = items_to_text(items)
        if wordph and gaps.get(el) in ('empty',):
            txt = 'Klik of tik om tekst in te voeren.'
        rows.append((lab, txt))
    b.append(('kv', rows))
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 6 ---------------------------------------------------------------
def questions(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    n = c['naam']
    b = [('title', 'Het plan van %s' % n), ('sub', 'Ontwikkelingsperspectiefplan - %s, %s - %s' % (c['school'], c['place'], c['schooljaar'])), ('kv', personalia(c))]
    revision(b, c)
    Q = [('uitstroombestemming', 'Waar gaat %s naartoe na deze school?' % n), ('onderbouwing', 'Waarom verwachten we dat?'),
         ('belemmerende_factoren', 'Wat maakt leren lastig voor %s?' % n), ('bevorderende_factoren', 'Wat helpt %s?' % n),
         ('ondersteuningsbehoefte', 'Wat heeft %s nodig?' % n), ('doelen', 'Waar werken we dit jaar aan?'),
         ('ondersteuning', 'Welke hulp krijgt %s, van wie en hoe vaak?' % n), ('afwijkingen_onderwijsprogramma', 'Krijgt %s een ander programma dan de klas?' % n),
         ('adviezen_professionals', 'Wat zeggen deskundigen en wat doen we daarmee?'), ('inbreng_leerling', 'Wat vindt %s zelf, en wat hebben we daarmee gedaan?' % n),
         ('oogo', 'Wanneer hebben we dit met u besproken?'), ('evaluatie', 'Wanneer kijken we samen hoe het gaat?'),
         ('informatie_rechten', 'Wat kunt u doen als u het er niet mee eens bent?'), ('vaststelling', 'Wie heeft het plan vastgesteld, en wanneer?')]
    for el, q in Q:
        sec(b, q, G(c, gaps, el, rng), paper, INSTRUCTION.get(el))
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 7 ---------------------------------------------------------------
def letter(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    n = c['naam']
    b = [('sub', '%s\nPostbus %d, %s' % (c['school'], 100 + rng.randint(1, 800), c['place'])), ('space',),
         ('p', 'Aan %s\n%s' % ('de ouders/verzorgers van ' + c['volledig'] if not c['adult'] else c['volledig'], c['place'])),
         ('p', '%s, %s' % (c['place'], fmt(c['plan'] + __import__('datetime').timedelta(days=1), 1))),
         ('p', 'Betreft: ontwikkelingsperspectiefplan van %s' % n), ('space',),
         ('p', 'Beste %s,' % ('ouders van ' + n if not c['adult'] else n))]
    revision(b, c)
    b.append(('p', 'Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van %s. In deze brief vatten wij de belangrijkste onderdelen samen.' % n))
    P = [('uitstroombestemming', 'Wij verwachten dat %s na onze school uitstroomt naar: ' % n), ('onderbouwing', 'Waarom wij dat verwachten: '),
         ('belemmerende_factoren', 'Wat het leren moeilijker maakt: '), ('bevorderende_factoren', 'Wat %s helpt: ' % n),
         ('ondersteuningsbehoefte', 'Wat %s nodig heeft: ' % n), ('doelen', 'De doelen voor de komende periode zijn: '),
         ('ondersteuning', 'De school biedt de volgende ondersteuning: '), ('afwijkingen_onderwijsprogramma', 'Over het programma: '),
         ('adviezen_professionals', 'Adviezen van deskundigen: '), ('inbreng_leerling', 'Wat %s er zelf van vindt: ' % n),
         ('oogo', 'Ons gesprek: '), ('evaluatie', 'Evaluatie: '), ('informatie_rechten', 'Uw rechten: '), ('vaststelling', '')]
    for el, lead in P:
        items = G(c, gaps, el, rng)
        if items is None:
            continue
        if not items:
            b.append(('p', lead.strip()))
            continue
        b.append(('p', lead + items_to_text(items).replace('\n', ' ')))
    b += [('p', 'Met vriendelijke groet,'), ('p', '%s, directeur\n%s, intern begeleider' % (c['dir'], c['ib']))]
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    if cb:
        b += [('pagebreak',), ('p', 'Antwoordstrook - graag ingevuld en ondertekend retour aan de school')] + cb
    return b, [], lab, img


# 8 ---------------------------------------------------------------
def export(c, gaps, cons, rng, seed, paper=False, sigpage=False):
    b = [('sub', 'LeerVolg Online  >  Leerlingen  >  %s  >  Ontwikkelingsperspectief' % c['volledig']),
         ('title', 'OPP - %s' % c['volledig']),
         ('kv', [('Leerlingnummer', str(20000 + rng.randint(0, 9999))), ('Stamgroep', '%s%s' % (c['groep'], rng.choice('ABC'))),
                 ('Status OPP', 'Vastgesteld' if gaps.get('vaststelling', 'ok') == 'ok' else 'Concept'), ('Aangemaakt door', c['ib'])] + personalia(c)[3:])]
    revision(b, c)
    order = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte',
             'doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals', 'inbreng_leerling', 'oogo', 'evaluatie',
             'informatie_rechten', 'vaststelling']
    names = {'uitstroombestemming': 'Verwacht uitstroomniveau', 'onderbouwing': 'Onderbouwing uitstroomniveau', 'belemmerende_factoren': 'Belemmerende factoren',
             'bevorderende_factoren': 'Stimulerende factoren', 'ondersteuningsbehoefte': 'Onderwijsbehoeften', 'doelen': 'Doelen',
             'ondersteuning': 'Interventies', 'afwijkingen_onderwijsprogramma': 'Afwijkend programma', 'adviezen_professionals': 'Externe adviezen',
             'inbreng_leerling': 'Leerlingperspectief', 'oogo': 'OOGO', 'evaluatie': 'Evaluatieplanning', 'informatie_rechten': 'Informatie ouders', 'vaststelling': 'Vaststelling'}
    for el in order:
        items = G(c, gaps, el, rng)
        if items is None:
            continue
        b.append(('h', names[el]))
        if not items:
            b.append(('p', '-'))
        else:
            b += items_to_blocks(items)
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    return b + cb, [], lab, img


# 9 paper form: printed form, answers by hand -------------------------
def paper_form(c, gaps, cons, rng, seed, paper=True, sigpage=False, fax_cover=False):
    b = []
    if fax_cover:
        b += [('title', 'FAX'), ('kv', [('Aan', ('hand', 'Samenwerkingsverband t.a.v. commissie')), ('Van', c['school']), ('Datum', ('hand', fmt(c['consent'])) ),
                                          ('Aantal pagina\'s (incl. deze)', ('hand', '4'))]),
              ('hand', 'Hierbij het getekende OPP van %s. Origineel volgt per post.' % c['volledig']), ('pagebreak',)]
    b += [('title', 'Ontwikkelingsperspectiefplan'), ('sub', c['swv'] + ' - invulformulier (versie 2024)'),
          ('kv', [('Naam leerling', ('hand', c['volledig'])), ('Geboortedatum', ('hand', fmt(c['birth']))), ('School', ('hand', c['school'])),
                  ('Groep/leerjaar', ('hand', str(c['groep']))), ('Schooljaar', ('hand', c['schooljaar']))])]
    if c.get('revised'):
        b.append(('kv', [('Bijgesteld op', ('hand', fmt(c['revised'])))]))
    order = [('uitstroombestemming', 'A. Te verwachten uitstroombestemming'), ('onderbouwing', 'B. Onderbouwing'),
             ('belemmerende_factoren', 'C. Belemmerende factoren'), ('bevorderende_factoren', 'D. Bevorderende factoren'),
             ('ondersteuningsbehoefte', 'E. Onderwijsbehoeften'), ('doelen', 'F. Doelen'), ('ondersteuning', 'G. Ondersteuning en begeleiding'),
             ('afwijkingen_onderwijsprogramma', 'H. Afwijkingen onderwijsprogramma'), ('adviezen_professionals', 'I. Adviezen deskundigen'),
             ('inbreng_leerling', 'J. Inbreng leerling'), ('oogo', 'K. Overleg met ouders'), ('evaluatie', 'L. Evaluatie'),
             ('informatie_rechten', 'M. Rechten'), ('vaststelling', 'N. Vaststelling')]
    for el, t in order:
        items = G(c, gaps, el, rng)
        if el == 'informatie_rechten' and items and gaps.get(el, 'ok') == 'ok':
            # printed standard text on the form rather than handwriting
            b += [('h', t), ('p', items_to_text(items))]
            continue
        if el == 'vaststelling' and items and gaps.get(el, 'ok') == 'ok':
            b += [('h', t), ('kv', [('Vastgesteld door', ('hand', c['dir'] + ', dir.')), ('Datum', ('hand', fmt(c['plan'])))])]
            continue
        if el == 'vaststelling' and gaps.get(el) in ('nodate', 'nowho'):
            who = ('hand', c['dir'] + ', dir.') if gaps[el] == 'nodate' else ''
            b += [('h', t), ('kv', [('Vastgesteld door', who), ('Datum', '')])]
            continue
        sec(b, t, items, True, INSTRUCTION.get(el) if el not in ('informatie_rechten',) else None)
    cb, lab, img = consent_blocks(cons, c, rng, seed)
    if sigpage:
        return b, cb, lab, img
    b += cb
    return b, [], lab, img


LAYOUTS = {'swv-numbered': swv_numbered, 'two-column': two_column, 'domain-table': domain_table, 'groeidocument': groeidocument,
           'beknopt-form': beknopt, 'question-headings': questions, 'letter': letter, 'system-export': export, 'paper-form': paper_form}
