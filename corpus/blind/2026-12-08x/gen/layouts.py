# -*- coding: utf-8 -*-
"""Layouts: each turns a case + element variants into a list of blocks."""
import datetime as dt
from content import dl, dn, CUTOFF
from elements import element_blocks

PRINT_DATE = dt.date(2026, 12, 8)


def meta(k, extra=()):
    rows = [('Naam leerling', k.name), ('Geboortedatum', dn(k.birth)), ('Groep/klas', k.group),
            ('School', '%s, %s' % (k.school, k.place)), ('%s' % k.mentor_title.capitalize(), k.teacher),
            ('%s' % k.zorg_title.capitalize(), k.ib)]
    if k.st == 'vso' and k.adult:
        rows.append(('Meerderjarig', 'ja (%d jaar)%s' % (k.age, '; onder curatele, curator: %s' % k.curator if k.curatele else '; handelingsbekwaam')))
    return [('kv', rows + list(extra))]


def E(k, V, el, O, style=None):
    return element_blocks(k, el, V.get(el, 'ok'), style or O.get(el + '_style'), O.get('sigmark', 'wg'))


def sections(k, V, O, plan, numbered=True, lvl=1):
    """plan: list of (heading, el or list of (subheading, el)) ; numbering skips absent sections."""
    out, n = [], 0
    for head, el in plan:
        if isinstance(el, list):
            subs = [(sh, E(k, V, se, O)) for sh, se in el]
            subs = [(sh, b) for sh, b in subs if b is not None]
            if not subs:
                continue
            n += 1
            out.append(('h', lvl, ('%d. ' % n if numbered else '') + head))
            for j, (sh, b) in enumerate(subs, 1):
                out.append(('h', lvl + 1, ('%d.%d ' % (n, j) if numbered else '') + sh))
                out += b
        elif el is None:
            continue
        else:
            b = E(k, V, el, O) if isinstance(el, str) else el
            if b is None:
                continue
            n += 1
            out.append(('h', lvl, ('%d. ' % n if numbered else '') + head))
            out += b
    return out


def L_numbered(k, V, O):
    B = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('p', '%s - %s' % (k.swv, k.school))]
    B.append(('h', 1, 'Gegevens leerling'))
    B += meta(k, [('Datum OPP', dn(k.set_date))])
    B += sections(k, V, O, [
        ('Te verwachten uitstroombestemming', 'uitstroombestemming'),
        ('Onderbouwing van de uitstroombestemming', 'onderbouwing'),
        ('Belemmerende en bevorderende factoren', [('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren', 'bevorderende_factoren')]),
        ('Onderwijs- en ondersteuningsbehoeften', 'ondersteuningsbehoefte'),
        ('Handelingsdeel', [('Te bieden ondersteuning en begeleiding', 'ondersteuning'), ('Afwijkingen van het onderwijsprogramma', 'afwijkingen_onderwijsprogramma'), ('Doelen voor de komende periode', 'doelen')]),
        ('Adviezen van deskundigen', 'adviezen_professionals'),
        ('Inbreng van de leerling', 'inbreng_leerling'),
        ('Op overeenstemming gericht overleg met ouders', 'oogo'),
        ('Evaluatie', 'evaluatie'),
        ('Informatie over uw rechten', 'informatie_rechten'),
        ('Vaststelling', 'vaststelling'),
        ('Ondertekening', 'instemming_ouders'),
    ])
    return dict(blocks=B, footer='OPP %s - %s - versie %s' % (k.name, k.school, dn(k.set_date)))


def flat(blocks):
    lines = []
    for b in blocks or []:
        t = b[0]
        if t in ('p', 'small'):
            lines.append(b[1])
        elif t == 'ul':
            lines += ['- ' + x for x in b[1]]
        elif t == 'table':
            for row in b[2]:
                lines.append(' / '.join(x for x in row if x))
        elif t == 'checks':
            lines += [('☒ ' if c else '☐ ') + x for c, x in b[1]]
        elif t == 'kv':
            lines += ['%s: %s' % (a, c) for a, c in b[1]]
        elif t == 'sig':
            lines += ['%s: %s  datum: %s  handtekening: %s' % (r[0], r[1] or '........', r[2] or '........', {'wg': 'w.g.', 'blank': '________'}.get(r[3], '[handtekening]')) + (' (%s)' % r[4] if r[4] else '') for r in b[1]]
    return '\n'.join(lines)


def L_twocol(k, V, O):
    B = [('title', 'OPP - ontwikkelingsperspectief'), ('p', k.school + ', ' + k.place)]
    B += meta(k, [('Datum', dn(k.set_date))])
    rows = []
    for lab, el in [('Uitstroombestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing'),
                    ('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren', 'bevorderende_factoren'),
                    ('Onderwijsbehoeften', 'ondersteuningsbehoefte'), ('Ondersteuning (wat, wie, hoe vaak, vanaf)', 'ondersteuning'),
                    ('Afwijkingen onderwijsprogramma', 'afwijkingen_onderwijsprogramma'), ('Doelen', 'doelen'),
                    ('Adviezen externe deskundigen', 'adviezen_professionals'), ('Inbreng leerling', 'inbreng_leerling'),
                    ('Gesprek met ouders (OOGO)', 'oogo'), ('Evaluatie', 'evaluatie'), ('Rechten ouders', 'informatie_rechten'),
                    ('Vaststelling', 'vaststelling')]:
        b = E(k, V, el, O)
        if b is None:
            continue
        rows.append([lab, flat(b)])
    B.append(('table', None, rows))
    c = E(k, V, 'instemming_ouders', O)
    if c is not None:
        B.append(('h', 1, 'Ondertekening'))
        B += c
    return dict(blocks=B, footer=None)


DOMAINS = ['Leren', 'Werkhouding', 'Sociaal-emotioneel', 'Thuis en vrije tijd']


def L_domain(k, V, O):
    B = [('title', 'Ontwikkelingsperspectief %s' % k.first), ('p', '%s | %s | schooljaar %s' % (k.school, k.group, '%d-%d' % ((k.set_date.year, k.set_date.year + 1) if k.set_date.month >= 8 else (k.set_date.year - 1, k.set_date.year))))]
    B += meta(k)
    B.append(('h', 1, '1. Uitstroomperspectief'))
    kv = []
    for lab, el in [('Verwachte uitstroombestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing')]:
        b = E(k, V, el, O)
        if b is not None:
            kv.append([lab, flat(b)])
    B.append(('table', None, kv))
    B.append(('h', 1, '2. Analyse per domein'))
    cols = [('Belemmerend', 'belemmerende_factoren', 'belemmerend'), ('Bevorderend', 'bevorderende_factoren', 'bevorderend'),
            ('Onderwijsbehoefte', 'ondersteuningsbehoefte', 'behoeften')]
    cols = [c for c in cols if V.get(c[1], 'ok') != 'omit']
    rows = []
    for i, d in enumerate(DOMAINS):
        row = [d]
        for lab, el, key in cols:
            v = V.get(el, 'ok')
            if v == 'ok':
                row.append(k[key][i] if i < len(k[key]) else '')
            elif v == 'empty':
                row.append('')
            else:
                row.append(flat(E(k, V, el, O)) if i == 0 else '')
        rows.append(row)
    B.append(('table', ['Domein'] + [c[0] for c in cols], rows))
    B += sections(k, V, O, [
        ('Handelingsdeel', [('Doelen', 'doelen'), ('Ondersteuning en begeleiding', 'ondersteuning'), ('Afwijkingen van het programma', 'afwijkingen_onderwijsprogramma')]),
        ('Adviezen van deskundigen', 'adviezen_professionals'),
        ('Stem van de leerling', 'inbreng_leerling'),
        ('Betrokkenheid ouders', [('Op overeenstemming gericht overleg', 'oogo'), ('Evaluatie', 'evaluatie'), ('Uw rechten', 'informatie_rechten')]),
        ('Vaststelling en instemming', [('Vaststelling', 'vaststelling'), ('Instemming handelingsdeel', 'instemming_ouders')]),
    ], numbered=False)
    return dict(blocks=B, footer='%s - vertrouwelijk' % k.school)


def L_groeidoc(k, V, O):
    B = [('title', 'Groeidocument'), ('p', k.swv), ('h', 1, 'Deel A - Gegevens')]
    B += meta(k)
    B.append(('h', 2, 'Hulpvraag van de school'))
    B.append(('p', 'De school vraagt het samenwerkingsverband mee te denken over een arrangement voor %s, omdat de basisondersteuning niet meer toereikend is.' % k.first))
    B.append(('h', 2, 'Wat is er al gedaan?'))
    B.append(('ul', ['Verlengde instructie in de groep (sinds vorig schooljaar).', 'Gesprekken met ouders over de aanpak thuis.', 'Consultatie van de orthopedagoog van het samenwerkingsverband.']))
    B.append(('h', 1, 'Deel B - Onderwijsbehoeften'))
    B += sections(k, V, O, [('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren (sterke kanten)', 'bevorderende_factoren'), ('Onderwijs- en ondersteuningsbehoeften', 'ondersteuningsbehoefte')], numbered=False, lvl=2)
    B.append(('h', 1, 'Deel C - Ontwikkelingsperspectief (OPP)'))
    B += sections(k, V, O, [('Te verwachten uitstroombestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing'), ('Doelen', 'doelen')], numbered=False, lvl=2)
    B.append(('h', 1, 'Deel D - Handelingsdeel'))
    B += sections(k, V, O, [('Ondersteuning en begeleiding', 'ondersteuning'), ('Afwijkingen van het onderwijsprogramma', 'afwijkingen_onderwijsprogramma'), ('Adviezen van deskundigen', 'adviezen_professionals')], numbered=False, lvl=2)
    B.append(('h', 1, 'Deel E - Ouders en leerling'))
    B += sections(k, V, O, [('Bespreking met ouders (OOGO)', 'oogo'), ('Inbreng van de leerling', 'inbreng_leerling'), ('Evaluatie', 'evaluatie')], numbered=False, lvl=2)
    B.append(('h', 1, 'Deel F - Vaststelling en ondertekening'))
    B += sections(k, V, O, [('Informatie voor ouders', 'informatie_rechten'), ('Vaststelling', 'vaststelling'), ('Instemming handelingsdeel', 'instemming_ouders')], numbered=False, lvl=2)
    B.append(('h', 1, 'Deel G - Besluit samenwerkingsverband'))
    B.append(('p', 'In te vullen door het samenwerkingsverband na het arrangementsgesprek.'))
    B.append(('kv', [('Besluit', ''), ('Datum', ''), ('Naam consulent', '')]))
    return dict(blocks=B, footer='Groeidocument %s - %s' % (k.name, k.swv))


def L_beknopt(k, V, O):
    B = [('title', 'Beknopt OPP'), ('p', '%s - %s - %s' % (k.name, k.group, k.school))]
    fields = [('Geboortedatum', [('p', dn(k.birth))])]
    for lab, el in [('Uitstroom', 'uitstroombestemming'), ('Waarom', 'onderbouwing'), ('Wat belemmert', 'belemmerende_factoren'),
                    ('Wat helpt', 'bevorderende_factoren'), ('Onderwijsbehoeften', 'ondersteuningsbehoefte'), ('Ondersteuning', 'ondersteuning'),
                    ('Afwijkingen programma', 'afwijkingen_onderwijsprogramma'), ('Doelen', 'doelen'),
                    ('Advies deskundigen', 'adviezen_professionals'), ('Leerling zegt', 'inbreng_leerling'),
                    ('Besproken met ouders', 'oogo'), ('Evaluatie', 'evaluatie'), ('Bezwaar/geschil', 'informatie_rechten'),
                    ('Vastgesteld', 'vaststelling')]:
        b = E(k, V, el, O)
        if b is None:
            continue
        fields.append((lab, b))
    for lab, b in fields:
        B.append(('field', lab, flat(b)))
    c = E(k, V, 'instemming_ouders', O)
    if c is not None:
        B.append(('h', 2, 'Akkoord handelingsdeel'))
        B += c
    return dict(blocks=B, footer=None)


def L_question(k, V, O):
    f = k.first
    B = [('title', 'Het plan voor %s' % f), ('p', 'Ontwikkelingsperspectiefplan - %s - %s' % (k.school, dl(k.set_date)))]
    B += meta(k)
    B += sections(k, V, O, [
        ('Naar welke school of welk werk gaat %s na deze school?' % f, 'uitstroombestemming'),
        ('Waarom verwachten we dat?', 'onderbouwing'),
        ('Wat maakt leren moeilijk voor %s?' % f, 'belemmerende_factoren'),
        ('Wat helpt %s?' % f, 'bevorderende_factoren'),
        ('Wat heeft %s nodig?' % f, 'ondersteuningsbehoefte'),
        ('Wat gaan we doen, wie doet het en hoe vaak?', 'ondersteuning'),
        ('Wijkt het programma af van dat van de groep?', 'afwijkingen_onderwijsprogramma'),
        ('Wat willen we bereiken?', 'doelen'),
        ('Wat zeggen de deskundigen?', 'adviezen_professionals'),
        ('Wat vindt %s zelf, en wat hebben we daarmee gedaan?' % f, 'inbreng_leerling'),
        ('Hoe hebben we dit plan met u besproken?', 'oogo'),
        ('Wanneer kijken we samen terug?', 'evaluatie'),
        ('Bent u het niet eens?', 'informatie_rechten'),
        ('Wie heeft het plan vastgesteld?', 'vaststelling'),
        ('Gaat u akkoord?', 'instemming_ouders'),
    ], numbered=False)
    return dict(blocks=B, footer=None)


def L_letter(k, V, O):
    f = k.first
    adult = k.st == 'vso' and k.adult and not k.curatele
    B = [('p', k.school), ('p', 'Schoolstraat %d, %s' % (10 + k.seed % 80, k.place)), ('p', ''),
         ('p', 'Aan %s' % (k.name if adult else 'de ouders/verzorgers van %s' % k.name)),
         ('p', '%s, %s' % (k.place, dl(k.set_date))),
         ('p', 'Betreft: het ontwikkelingsperspectiefplan (OPP) van %s' % f), ('p', ''),
         ('p', 'Beste %s,' % (f if adult else 'ouders/verzorgers van %s' % f)),
         ('p', 'In deze brief leest u het ontwikkelingsperspectiefplan van %s voor dit schooljaar. Hieronder staat wat wij verwachten, wat %s nodig heeft en wat de school daarvoor doet.' % (f, k.hij))]
    B += sections(k, V, O, [
        ('Wat verwachten wij?', 'uitstroombestemming'), ('Waarop baseren wij dat?', 'onderbouwing'),
        ('Wat staat het leren in de weg?', 'belemmerende_factoren'), ('Wat helpt?', 'bevorderende_factoren'),
        ('Wat heeft %s nodig?' % f, 'ondersteuningsbehoefte'), ('Wat doet de school?', 'ondersteuning'),
        ('Afwijkingen van het programma', 'afwijkingen_onderwijsprogramma'), ('Doelen', 'doelen'),
        ('Adviezen', 'adviezen_professionals'), ('Wat %s zelf vindt' % f, 'inbreng_leerling'),
        ('Ons gesprek', 'oogo'), ('Evaluatie', 'evaluatie'), ('Uw rechten', 'informatie_rechten'),
        ('Vaststelling', 'vaststelling')], numbered=False, lvl=3)
    B += [('p', 'Wilt u de antwoordstrook hieronder ingevuld en ondertekend teruggeven aan de %s?' % k.mentor_title),
          ('p', 'Met vriendelijke groet,'), ('p', '%s, %s' % (k.teacher, k.mentor_title)), ('p', '%s, directeur' % k.director)]
    c = E(k, V, 'instemming_ouders', O)
    if c is not None:
        B += c
    return dict(blocks=B, footer=None)


def L_export(k, V, O):
    sysname = 'Leerlingkompas 7.4'
    B = [('small', '%s | Export: Ontwikkelingsperspectief | afgedrukt %s door %s' % (sysname, dn(PRINT_DATE), k.ib)),
         ('title', 'Ontwikkelingsperspectief (OPP)'),
         ('kv', [('Leerling', '%s (%s)' % (k.name, k.regnr)), ('Geboortedatum', dn(k.birth)), ('Groep/klas', k.group),
                 ('School', k.school), ('Status OPP', 'Vastgesteld' if V.get('vaststelling', 'ok') == 'ok' else 'Concept')])]
    for sec, items in [('Perspectief', [('Uitstroombestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing')]),
                       ('Beeld van de leerling', [('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren', 'bevorderende_factoren'), ('Onderwijsbehoeften', 'ondersteuningsbehoefte')]),
                       ('Handelingsdeel', [('Ondersteuning', 'ondersteuning'), ('Afwijkingen onderwijsprogramma', 'afwijkingen_onderwijsprogramma'), ('Doelen', 'doelen'), ('Externe adviezen', 'adviezen_professionals')]),
                       ('Leerling', [('Inbreng leerling', 'inbreng_leerling')]),
                       ('Gesprekken', [('Gesprekken met ouders', 'oogo')]),
                       ('Evaluatie', [('Geplande evaluaties', 'evaluatie')]),
                       ('Instemming', [('Instemming handelingsdeel', 'instemming_ouders')]),
                       ('Vaststelling', [('Vaststelling', 'vaststelling'), ('Informatie aan ouders', 'informatie_rechten')])]:
        got = [(lab, E(k, V, el, O)) for lab, el in items]
        got = [(lab, b) for lab, b in got if b is not None]
        if not got:
            continue
        B.append(('h', 1, '[%s]' % sec))
        for lab, b in got:
            B.append(('h', 3, lab))
            B += b if b else [('p', '-')]
    return dict(blocks=B, footer='%s - vertrouwelijk - %s - %s' % (sysname, k.regnr, k.school))


def L_minutes(k, V, O):
    B = [('title', 'OPP %s' % k.name), ('p', '%s - %s - %s' % (k.school, k.group, dl(k.set_date)))]
    B += meta(k)
    B += sections(k, V, O, [
        ('Uitstroombestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing'),
        ('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren', 'bevorderende_factoren'),
        ('Onderwijsbehoeften', 'ondersteuningsbehoefte'), ('Handelingsdeel: ondersteuning', 'ondersteuning'),
        ('Afwijkingen van het programma', 'afwijkingen_onderwijsprogramma'), ('Doelen', 'doelen'),
        ('Adviezen', 'adviezen_professionals'), ('Inbreng leerling', 'inbreng_leerling'),
        ('Evaluatie', 'evaluatie'), ('Uw rechten', 'informatie_rechten'), ('Vaststelling', 'vaststelling')])
    o = E(k, V, 'oogo', O)
    c = E(k, V, 'instemming_ouders', O)
    if o is not None or c is not None:
        B.append(('pagebreak',))
        B.append(('h', 1, 'Bijlage: verslag van het OPP-gesprek met ouders (OOGO)'))
        if o is not None:
            B += o
        if c is not None:
            B.append(('h', 2, 'Instemming'))
            B += c
    return dict(blocks=B, footer='OPP %s - pagina' % k.first)


def L_vso(k, V, O):
    B = [('title', 'Ontwikkelingsperspectiefplan VSO'), ('p', '%s, %s' % (k.school, k.place))]
    B += meta(k, [('Datum', dn(k.set_date)), ('Uitstroomprofiel', k.profile)])
    O = dict(O)
    O.setdefault('uitstroombestemming_style', 'ticks')
    O.setdefault('afwijkingen_onderwijsprogramma_style', 'ticks')
    B += sections(k, V, O, [
        ('Uitstroomprofiel en -bestemming', 'uitstroombestemming'), ('Onderbouwing', 'onderbouwing'),
        ('Belemmerende factoren', 'belemmerende_factoren'), ('Bevorderende factoren', 'bevorderende_factoren'),
        ('Ondersteuningsbehoeften', 'ondersteuningsbehoefte'), ('Ondersteuning en begeleiding', 'ondersteuning'),
        ('Afwijkingen van het onderwijsprogramma', 'afwijkingen_onderwijsprogramma'), ('Doelen en transitie', 'doelen'),
        ('Advies Commissie voor de Begeleiding en andere deskundigen', 'adviezen_professionals'),
        ('Inbreng leerling', 'inbreng_leerling'), ('Overleg', 'oogo'), ('Evaluatie', 'evaluatie'),
        ('Rechten', 'informatie_rechten'), ('Vaststelling', 'vaststelling'),
        ('Instemming handelingsdeel', 'instemming_ouders')])
    return dict(blocks=B, footer='OPP VSO - %s' % k.name)


LAYOUTS = {'swv-numbered': L_numbered, 'two-column-table': L_twocol, 'domain-table': L_domain,
           'groeidocument': L_groeidoc, 'beknopt-opp': L_beknopt, 'question-headings': L_question,
           'letter-reply-slip': L_letter, 'system-export': L_export, 'oogo-minutes': L_minutes, 'vso-profile': L_vso}
