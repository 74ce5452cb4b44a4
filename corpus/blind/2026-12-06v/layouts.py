"""Layouts: turn element items into a block list. Blocks: ('title',t) ('sub',t) ('h',lvl,t) item-tuples
('twocol',[(label,items)]) ('domaintable',header,rows) ('pagebreak',)."""
from content import *

ORDER = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte', 'doelen',
         'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals', 'inbreng_leerling', 'oogo', 'evaluatie',
         'informatie_rechten', 'vaststelling', 'instemming_ouders']
T_NUM = {'uitstroombestemming': 'Te verwachten uitstroombestemming', 'onderbouwing': 'Onderbouwing van de uitstroombestemming',
         'belemmerende_factoren': 'Belemmerende factoren', 'bevorderende_factoren': 'Bevorderende factoren',
         'ondersteuningsbehoefte': 'Onderwijs- en ondersteuningsbehoeften', 'ondersteuning': 'Handelingsdeel: te bieden ondersteuning en begeleiding',
         'afwijkingen_onderwijsprogramma': 'Afwijkingen van het onderwijsprogramma', 'doelen': 'Doelen voor de komende periode',
         'adviezen_professionals': 'Adviezen van deskundigen', 'oogo': 'Op overeenstemming gericht overleg met ouders',
         'inbreng_leerling': 'Inbreng van de leerling', 'evaluatie': 'Evaluatie', 'informatie_rechten': 'Informatie over uw rechten',
         'vaststelling': 'Vaststelling', 'instemming_ouders': 'Instemming met het handelingsdeel'}
T_TWO = {'uitstroombestemming': 'Uitstroombestemming', 'onderbouwing': 'Onderbouwing', 'belemmerende_factoren': 'Belemmerend',
         'bevorderende_factoren': 'Bevorderend / sterke kanten', 'ondersteuningsbehoefte': 'Onderwijsbehoeften', 'ondersteuning': 'Ondersteuning (handelingsdeel)',
         'afwijkingen_onderwijsprogramma': 'Afwijking onderwijsprogramma', 'doelen': 'Doelen', 'adviezen_professionals': 'Adviezen externe deskundigen',
         'oogo': 'Gesprek met ouders (OOGO)', 'inbreng_leerling': 'Stem van de leerling', 'evaluatie': 'Evaluatiemomenten',
         'informatie_rechten': 'Uw rechten', 'vaststelling': 'Vastgesteld', 'instemming_ouders': 'Instemming ouders handelingsdeel'}
T_SYS = {'uitstroombestemming': 'Uitstroomprofiel / bestemming', 'onderbouwing': 'Onderbouwing uitstroom', 'belemmerende_factoren': 'Belemmerende factoren',
         'bevorderende_factoren': 'Stimulerende factoren', 'ondersteuningsbehoefte': 'Onderwijsbehoeften', 'ondersteuning': 'Arrangement / begeleiding',
         'afwijkingen_onderwijsprogramma': 'Afwijking programma', 'doelen': 'Doelen', 'adviezen_professionals': 'Externe adviezen',
         'oogo': 'OOGO ouders', 'inbreng_leerling': 'Stem van de leerling', 'evaluatie': 'Evaluatiemomenten',
         'informatie_rechten': 'Rechten ouders', 'vaststelling': 'Vastgesteld (datum/door)', 'instemming_ouders': 'Instemming handelingsdeel'}


def T_Q(c):
    return {'uitstroombestemming': f"Naar welke school of welk werk gaat {c['vn']} waarschijnlijk na deze school?",
            'onderbouwing': 'Waarom verwachten we dat?', 'belemmerende_factoren': 'Wat maakt leren moeilijk?',
            'bevorderende_factoren': f"Wat gaat goed en wat helpt {c['vn']}?", 'ondersteuningsbehoefte': f"Wat heeft {c['vn']} nodig?",
            'ondersteuning': 'Wat gaan we doen, wie doet het en hoe vaak?', 'afwijkingen_onderwijsprogramma': 'Wijkt het lesprogramma af?',
            'doelen': 'Waar werken we naartoe?', 'adviezen_professionals': 'Wat adviseren deskundigen?',
            'oogo': 'Hoe hebben we het plan met u besproken?', 'inbreng_leerling': f"Wat vindt {c['vn']} zelf?",
            'evaluatie': 'Wanneer kijken we samen terug?', 'informatie_rechten': 'Wat als u het niet eens bent?',
            'vaststelling': 'Wie heeft het plan vastgesteld?', 'instemming_ouders': 'Gaat u akkoord met het handelingsdeel?'}


def consent_title(v, default):
    if v in ('avg_only',):
        return 'Toestemmingen'
    if v == 'info_share':
        return 'Toestemming gegevensuitwisseling'
    if v in ('separate_page', 'scan_hand', 'scan_ticked_no'):
        return 'Ondertekeningsblad'
    return default


def header_kv(c, blank=False):
    r = c['r']
    by = c['date'][0] - {'po': 10, 'sbo': 10, 'so': 9, 'vo': 14, 'pro': 15, 'vso': 17}[c['st']] - (2 if c['adult'] else 0)
    geb = f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{by}"
    rows = [('Naam leerling', c['naam']), ('Geboortedatum', geb), ('School', f"{c['school']}, {c['plaats']}"),
            ('Groep / klas', c['groep']), ('Schooljaar', c['sj']), ('Intern begeleider / zorgcoördinator', c['ib']),
            ('Leerkracht / mentor', c['mentor'])]
    if blank:
        rows = [(k, '') for k, _ in rows]
    return ('kv', rows)


def _consent_block(content, spec, title, hfun):
    v = spec['consent']
    items = content['instemming_ouders']
    if items is None:
        return []
    t = consent_title(v, title)
    out = []
    if t == 'Ondertekeningsblad':
        out.append(('pagebreak',))
    out.append(hfun(t))
    return out + items


def lay_numbered(spec, c, content, numbered=True, titles=None, qstyle=False):
    titles = titles or T_NUM
    B = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('sub', c['swv']), ('h', 1, '1. Gegevens leerling' if numbered else 'Gegevens leerling'), header_kv(c)]
    n = 2
    for el in ORDER:
        it = content[el]
        if it is None:
            continue
        if el == 'instemming_ouders':
            B += _consent_block(content, spec, titles[el], lambda t: ('h', 1, f"{n}. {t}" if numbered else t))
        else:
            B.append(('h', 1, f"{n}. {titles[el]}" if numbered else titles[el]))
            B += it
        n += 1
    return B


def lay_questions(spec, c, content):
    B = [('title', f"Plan voor {c['vn']}"), ('sub', f"Ontwikkelingsperspectief {c['sj']} - {c['school']}"), header_kv(c)]
    return B + lay_numbered(spec, c, content, numbered=False, titles=T_Q(c))[4:]


def lay_twocol(spec, c, content):
    rows = [(k, [('p', v)]) for k, v in header_kv(c)[1]]
    for el in ORDER:
        it = content[el]
        if it is None:
            continue
        lab = T_TWO[el] if el != 'instemming_ouders' else consent_title(spec['consent'], T_TWO[el])
        rows.append((lab, it))
    return [('title', f"OPP {c['naam']}"), ('sub', f"{c['school']} - ontwikkelingsperspectiefplan {c['sj']}"), ('twocol', rows)]


DOMS = ['Leren', 'Werkhouding', 'Sociaal-emotioneel', 'Thuissituatie']


def lay_domain(spec, c, content):
    B = [('title', 'Ontwikkelingsperspectief'), ('sub', f"{c['school']} | {c['swv']}"), header_kv(c),
         ('h', 1, 'A. Uitstroom')]
    for el in ['uitstroombestemming', 'onderbouwing']:
        if content[el] is not None:
            B += [('h', 2, T_NUM[el])] + content[el]
    cols = [el for el in ['belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte'] if content[el] is not None]
    hdr = ['Domein'] + [{'belemmerende_factoren': 'Belemmerend', 'bevorderende_factoren': 'Bevorderend', 'ondersteuningsbehoefte': 'Onderwijsbehoefte'}[e] for e in cols]
    rows = []
    for i, dom in enumerate(DOMS):
        row = [dom]
        for e in cols:
            it = content[e]
            if it and it[0][0] == 'domains':
                row.append(next((t for d, t in it[0][1] if d == dom), ''))
            elif it and it[0][0] == 'p':
                row.append(it[0][1] if (i == 0 or it[0][1] in ('-', '...')) else '')
            elif it and it[0][0] == 'cc':
                row.append(it[0][1] if i == 0 else '')
            else:
                row.append('')
        rows.append(row)
    B += [('h', 1, 'B. Beeld van de leerling per domein'), ('domaintable', hdr, rows), ('h', 1, 'C. Plan')]
    for el in ['doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals']:
        if content[el] is not None:
            B += [('h', 2, T_NUM[el])] + content[el]
    B.append(('h', 1, 'D. Betrokkenheid, evaluatie en vaststelling'))
    for el in ['inbreng_leerling', 'oogo', 'evaluatie', 'informatie_rechten', 'vaststelling']:
        if content[el] is not None:
            B += [('h', 2, T_NUM[el])] + content[el]
    B += _consent_block(content, spec, T_NUM['instemming_ouders'], lambda t: ('h', 2, t))
    return B


def lay_groei(spec, c, content):
    B = [('title', 'Groeidocument'), ('sub', f"{c['naam']} - {c['school']} - {c['swv']}")]
    if c['rev']:
        B += [('h', 2, 'Versiebeheer'), ('table', ['Versie', 'Datum', 'Wijziging'], [['1', dnum(c['date']), 'OPP vastgesteld'],
                                                                                    ['2', dnum(c['rev']), 'Bijgesteld na jaarevaluatie: doelen en ondersteuning rekenen aangepast']])]
    B += [('h', 1, '1. Aanmelding en hulpvraag'),
          ('p', fill("De school vraagt het samenwerkingsverband mee te denken over een passend aanbod voor {vn}. Hulpvraag van de school: "
                     "hoe kunnen wij {vn} helpen tot leren te komen zonder dat {hij} overprikkeld raakt? Hulpvraag van ouders: hoe kunnen we "
                     "thuis aansluiten bij wat op school gebeurt?", c)),
          ('h', 1, '2. Gegevens'), header_kv(c),
          ('p', fill("Schoolloopbaan: {vn} zit sinds groep 1 op deze school; in groep 4 is een doublure overwogen maar niet uitgevoerd.", c)),
          ('h', 1, '3. Beeld van de leerling')]
    for el, t in [('belemmerende_factoren', '3.1 Belemmerende factoren'), ('bevorderende_factoren', '3.2 Bevorderende factoren')]:
        if content[el] is not None:
            B += [('h', 2, t)] + content[el]
    if content['ondersteuningsbehoefte'] is not None:
        B += [('h', 1, '4. Onderwijs- en ondersteuningsbehoeften')] + content['ondersteuningsbehoefte']
    B.append(('h', 1, '5. Ontwikkelingsperspectief'))
    k = 1
    for el in ['uitstroombestemming', 'onderbouwing', 'doelen', 'afwijkingen_onderwijsprogramma', 'ondersteuning']:
        if content[el] is not None:
            B += [('h', 2, f"5.{k} {T_NUM[el]}")] + content[el]; k += 1
    if content['adviezen_professionals'] is not None:
        B += [('h', 1, '6. Adviezen van deskundigen')] + content['adviezen_professionals']
    B.append(('h', 1, '7. Betrokkenheid ouders en leerling'))
    for el, t in [('oogo', '7.1 Gesprek met ouders'), ('inbreng_leerling', '7.2 Inbreng van de leerling')]:
        if content[el] is not None:
            B += [('h', 2, t)] + content[el]
    if content['evaluatie'] is not None:
        B += [('h', 1, '8. Evaluatie')] + content['evaluatie']
    B.append(('h', 1, '9. Vaststelling en ondertekening'))
    for el in ['vaststelling', 'informatie_rechten']:
        if content[el] is not None:
            B += [('h', 2, T_NUM[el])] + content[el]
    B += _consent_block(content, spec, T_NUM['instemming_ouders'], lambda t: ('h', 2, t))
    return B


def lay_beknopt(spec, c, content):
    B = [('title', 'Beknopt OPP'), ('sub', f"{c['school']} - schooljaar {c['sj']}"), header_kv(c)]
    for el in ORDER:
        if content[el] is None:
            continue
        if el == 'instemming_ouders':
            B += _consent_block(content, spec, 'Akkoord ouders', lambda t: ('h', 3, t))
        else:
            B += [('h', 3, T_TWO[el])] + content[el]
    return B


def lay_letter(spec, c, content):
    aan = fill("{vn} {an}" if c['adult'] else "De ouders van {vn} {an}", c)
    B = [('p', c['school']), ('p', fill("Postbus 112, {plaats}", c)), ('p', ''), ('p', aan), ('p', fill("{plaats}, {d}", c | {'d': dlong(c['date'])})),
         ('p', fill("Betreft: ontwikkelingsperspectiefplan (OPP) van {vn}, schooljaar {sj}", c)), ('p', ''),
         ('p', fill("Beste {vn}," if c['adult'] else "Beste ouders van {vn},", c)),
         ('p', "In deze brief leest u wat wij voor het komende schooljaar hebben afgesproken. Dit is het ontwikkelingsperspectiefplan.")]
    lead = {'uitstroombestemming': 'Waar gaat het naartoe?', 'onderbouwing': 'Waarom?', 'belemmerende_factoren': 'Wat is lastig?',
            'bevorderende_factoren': 'Wat gaat goed?', 'ondersteuningsbehoefte': 'Wat is nodig?', 'ondersteuning': 'Wat doen wij?',
            'afwijkingen_onderwijsprogramma': 'Aanpassingen in het programma', 'doelen': 'Doelen', 'adviezen_professionals': 'Adviezen',
            'oogo': 'Ons gesprek', 'inbreng_leerling': fill('Wat {vn} zelf zegt', c), 'evaluatie': 'Terugkijken',
            'informatie_rechten': 'Uw rechten', 'vaststelling': 'Vaststelling'}
    for el in ORDER[:-1]:
        if content[el] is not None:
            B += [('h', 3, lead[el])] + content[el]
    B += [('p', ''), ('p', 'Met vriendelijke groet,'), ('p', fill('{dir}, directeur', c))]
    if content['instemming_ouders'] is not None:
        B += [('pagebreak',), ('h', 2, consent_title(spec['consent'], 'Antwoordstrook instemming handelingsdeel')),
              ('p', fill('OPP van {naam}, schooljaar {sj}', c))] + content['instemming_ouders']
    return B


def lay_system(spec, c, content):
    B = [('title', 'Kompasnet LVS - export ontwikkelingsperspectief'),
         ('kv', [('Leerling', c['naam']), ('Leerling-ID', str(seed_of(c['id']) % 900000 + 100000)), ('Instelling', f"{c['school']} ({c['plaats']})"),
                 ('Groep/klas', c['groep']), ('Schooljaar', c['sj']), ('Documentstatus', 'Definitief'), ('Auteur', c['ib'])])]
    sys_order = ['vaststelling', 'uitstroombestemming', 'onderbouwing', 'bevorderende_factoren', 'belemmerende_factoren', 'ondersteuningsbehoefte',
                 'doelen', 'ondersteuning', 'afwijkingen_onderwijsprogramma', 'adviezen_professionals', 'oogo', 'inbreng_leerling', 'evaluatie',
                 'informatie_rechten', 'instemming_ouders']
    for el in sys_order:
        it = content[el]
        if it is None:
            continue
        t = T_SYS[el] if el != 'instemming_ouders' else consent_title(spec['consent'], T_SYS[el])
        B += [('h', 3, t)] + (it if it else [('p', '(leeg)')])
    return B


def lay_evaladd(spec, c, content, eval_items, inbreng_items):
    """OPP with the original consent, followed by the yearly evaluation with renewed (or not) consent."""
    cc = dict(content)
    cc['inbreng_leerling'] = None
    c0 = dict(c); c0['sign_d'] = dadd(c['date'], 4)
    cc['instemming_ouders'] = consent_items('sig_table', c0)
    sp = dict(spec); sp['consent'] = 'sig_table'
    B = lay_numbered(sp, c, cc)
    ed = c['rev']
    B += [('pagebreak',), ('h', 1, f"Jaarevaluatie en bijstelling ({dlong(ed)})"),
          ('p', fill("Aanwezig: {moeder} (moeder), {vn}, {mentor}, {ib}.", c) if ed >= CUTOFF else fill("Aanwezig: {moeder} (moeder), {mentor}, {ib}.", c)),
          ('table', ['Doel', 'Resultaat', 'Vervolg'], [['Begrijpend lezen', 'deels behaald (score 52%)', 'doel blijft, extra leesmoment op vrijdag'],
                                                        ['Rekenen', 'behaald', 'nieuw doel: tafels 6 t/m 9'],
                                                        ['Werkhouding', 'behaald', 'time-timer afbouwen naar 25 minuten']]),
          ('h', 2, 'Bijgesteld handelingsdeel'),
          ('p', fill("Vanaf {d}: leesondersteuning 4x per week 20 minuten ({mentor}); rekenen 3x per week met de onderwijsassistent; "
                     "check-in/check-out wordt afgebouwd naar 2x per week. Verder blijft de ondersteuning zoals beschreven in paragraaf 8.", c | {'d': dnum(dadd(ed, 7))}))]
    if inbreng_items is not None:
        B += [('h', 2, 'Inbreng van de leerling bij de evaluatie')] + inbreng_items
    B += [('h', 2, 'Instemming met het bijgestelde handelingsdeel')] + eval_items
    return B
