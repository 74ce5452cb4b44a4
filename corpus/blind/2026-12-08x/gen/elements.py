# -*- coding: utf-8 -*-
"""Element wording per variant and style.  A variant is 'ok' or a gap; see build.py LABEL()."""
import datetime as dt
from content import dl, dn, CUTOFF, consent_party, oogo_who, with_whom, rights_text

INSTR = {
    'onderbouwing': 'Beschrijf hier op basis van welke gegevens (toetsgegevens, leerrendement, onderzoek, schoolloopbaan) de uitstroombestemming is bepaald. Verwijder deze tekst.',
    'doelen': '[Formuleer hier 2-4 SMART-doelen per ontwikkelingsgebied: specifiek, meetbaar, acceptabel, realistisch en tijdgebonden.]',
    'ondersteuningsbehoefte': 'Klik of tik om tekst in te voeren.',
    'evaluatie': 'Klik of tik om tekst in te voeren.',
    'belemmerende_factoren': '<Noem hier de belemmerende factoren in de leerling en in de omgeving>',
    'bevorderende_factoren': '<Noem hier de bevorderende factoren>',
    'ondersteuning': 'Beschrijf: wat, door wie, hoe vaak, vanaf wanneer. (Invullen door IB)',
    'oogo': 'Vul hier de datum van het OOGO en de aanwezigen in.',
}


def ph_text(v):
    return v.split(':', 1)[1] if ':' in v else '...'


def sigrows(k, date, mark='wg', note='', school=True, party=None, nodate=False):
    rows = []
    for role, name in (party or consent_party(k)):
        rows.append((role, name, '' if nodate else dn(date), mark, note))
    if school:
        rows.append(('Namens de school (%s)' % k.mentor_title, k.teacher, '' if nodate else dn(date), 'wg' if mark in ('wg', 'blank') else mark, ''))
    return rows


def consent_blocks(k, v, style, sigmark='wg'):
    date = k.consent_date
    party = consent_party(k)
    adult = k.st == 'vso' and k.adult and not k.curatele
    wij = 'Ik' if (adult or k.curatele) else 'Wij'
    akk = '%s ga%s akkoord met het handelingsdeel van het OPP' % (wij, '' if wij == 'Ik' else 'an')
    nakk = '%s ga%s niet akkoord met het handelingsdeel' % (wij, '' if wij == 'Ik' else 'an')
    dakk = '%s ga%s gedeeltelijk akkoord, namelijk met: ...................' % (wij, '' if wij == 'Ik' else 'an')
    intro = {'table': ('p', 'Ondertekening voor akkoord met het handelingsdeel (de te bieden ondersteuning, de afwijkingen en de doelen):'),
             'prose': ('p', 'Door te tekenen stemt u in met het handelingsdeel van dit ontwikkelingsperspectiefplan.'),
             'minutes': ('p', 'Instemming met het handelingsdeel:'),
             'ticks': ('p', 'Instemming handelingsdeel (aankruisen wat van toepassing is):')}
    B = []
    if v == 'omit':
        return None
    if v == 'avg_only':
        return [('p', 'Toestemming uitwisseling gegevens en beeldmateriaal (AVG)'),
                ('checks', [(True, 'Wij geven toestemming om gegevens van %s uit te wisselen met het samenwerkingsverband en de jeugdarts.' % k.first),
                            (True, 'Wij geven toestemming voor het gebruik van foto\'s van %s in de schoolgids en op de website.' % k.first)]),
                ('sig', sigrows(k, date, school=False))]
    if style == 'portal':
        rec = {'ok': [('Status instemming handelingsdeel', 'Akkoord'),
                      ('Reactie gegeven door', '%s (%s) via het ouderportaal' % (party[0][1], party[0][0].lower())),
                      ('Datum en tijd', '%s 19:42')],
               'open': [('Status instemming handelingsdeel', 'Openstaand'),
                        ('Uitnodiging verstuurd aan', '%s' % ', '.join(p[1] for p in party)),
                        ('Datum uitnodiging', '%s')],
               'refused': [('Status instemming handelingsdeel', 'Niet akkoord'),
                           ('Reactie gegeven door', '%s via het ouderportaal' % party[0][1]),
                           ('Toelichting ouder', 'Wij zijn het niet eens met het verminderen van de begeleiding.'),
                           ('Datum en tijd', '%s 21:05')],
               'voor_gezien': [('Status instemming handelingsdeel', 'Gezien (gelezen)'),
                               ('Gelezen door', '%s via het ouderportaal' % party[0][1]),
                               ('Datum en tijd', '%s 08:17')]}[v]
        return [('kv', [(a, b % dn(date) if '%s' in b else b) for a, b in rec])]
    if style == 'slip':
        B.append(('p', '- - - - - - - - - - - - - - - - - - knip hier - - - - - - - - - - - - - - - - - -'))
        B.append(('p', 'ANTWOORDSTROOK - graag ondertekend terug vóór %s' % dl(k.set_date)))
        B.append(('kv', [('Naam leerling', k.name), ('Groep/klas', k.group)]))
    elif style in intro:
        B.append(intro[style])
    ticks = style in ('ticks', 'slip', 'form')
    if v in ('ok', 'nodate', 'school_only', 'blank', 'unticked', 'wrong_party', 'voor_gezien', 'protest', 'refused', 'partial'):
        if ticks:
            t = {'ok': (True, False, False), 'nodate': (True, False, False), 'wrong_party': (True, False, False),
                 'school_only': (False, False, False), 'blank': (False, False, False), 'unticked': (False, False, False),
                 'voor_gezien': (False, False, False), 'protest': (True, False, False), 'refused': (False, True, False),
                 'partial': (False, False, True)}[v]
            opts = [(t[0], akk), (t[1], nakk), (t[2], dakk if v != 'partial' else
                    '%s ga%s gedeeltelijk akkoord, namelijk met: de extra instructie en de hulpmiddelen; NIET met het aangepaste rooster' % (wij, '' if wij == 'Ik' else 'an'))]
            B.append(('checks', opts))
        else:
            if v == 'refused':
                B.append(('p', 'Ouders stemmen niet in met het handelingsdeel. Zij willen dat de begeleiding door de onderwijsassistent niet wordt afgebouwd.' if not adult else '%s stemt niet in met het handelingsdeel.' % k.first))
            if v == 'partial':
                B.append(('p', 'Ouders stemmen in met de extra instructie en de hulpmiddelen, maar niet met het aangepaste rooster. Over dat onderdeel volgt een nieuw gesprek.'))
        mark, note, nod, school, p = sigmark, '', False, True, None
        if v == 'nodate':
            nod = True
        if v == 'school_only':
            rows = [(r, n, '', 'blank', '') for r, n in party]
            rows.append(('Namens de school (%s)' % k.mentor_title, k.teacher, dn(date), 'wg', ''))
            B.append(('sig', rows))
            return B
        if v == 'blank':
            rows = [(r, '', '', 'blank', '') for r, n in party] + [('Namens de school', '', '', 'blank', '')]
            B.append(('sig', rows))
            return B
        if v == 'voor_gezien':
            note = 'voor gezien'
            if not ticks:
                B.append(('p', 'Ouders hebben het OPP voor gezien getekend.'))
        if v == 'protest':
            note = 'onder protest'
            B.append(('p', 'Ouders tekenen onder protest: zij vinden dat de begeleiding onvoldoende is.'))
        if v == 'wrong_party':
            if k.curatele:
                p = [('Leerling', k.name)]
            else:
                p = [('Ouder/verzorger 1', k.mother), ('Ouder/verzorger 2', k.father)]
        B.append(('sig', sigrows(k, date, mark, note, school, p, nod)))
        return B
    raise ValueError(v)


def oogo_blocks(k, v, style):
    who = oogo_who(k)
    if v == 'omit':
        return None
    if v == 'empty':
        return []
    if v.startswith('ph'):
        return [('kv', [('Datum gesprek met ouders', ph_text(v)), ('Aanwezig', ph_text(v))])] if style in ('line', 'portal') else [('p', 'Bespreking met ouders: ' + ph_text(v))]
    if v == 'instr':
        return [('small', INSTR['oogo'])]
    if v == 'future':
        return [('p', 'Het concept-OPP wordt na de vaststelling met ouders besproken; ouders ontvangen hiervoor een uitnodiging.')]
    if v == 'invited':
        return [('p', 'Ouders zijn op %s per e-mail uitgenodigd om het OPP te bespreken.' % dl(k.oogo_date))]
    if style == 'line':
        return [('kv', [('Datum OOGO (bespreking met ouders)', dn(k.oogo_date)), ('Aanwezig', who),
                        ('Uitkomst', 'Ouders herkennen het beeld en zijn het eens met de uitstroombestemming.')])]
    if style == 'portal':
        return [('table', ['Datum', 'Soort gesprek', 'Deelnemers', 'Vastgelegd door'],
                 [[dn(k.oogo_date - dt.timedelta(days=60)), 'Voortgangsgesprek', 'ouders, %s' % k.mentor_title, k.teacher],
                  [dn(k.oogo_date), 'OPP-bespreking (op overeenstemming gericht overleg)', who, k.ib]])]
    if style == 'minutes':
        return [('kv', [('Datum', dl(k.oogo_date)), ('Aanwezig', who), ('Notulist', k.ib)]),
                ('ul', ['Het beeld van %s: ouders herkennen de belemmerende en bevorderende factoren.' % k.first,
                        'Uitstroombestemming: ouders delen de verwachting (%s).' % k.dest,
                        'Handelingsdeel: de ondersteuning en de doelen zijn punt voor punt doorgenomen.',
                        'Moeder vraagt of de extra instructie in de klas kan plaatsvinden; dat is aangepast.']),
                ('p', 'Afspraken: de school stelt het OPP vast na ondertekening.' + (' De eerste evaluatie met ouders staat op %s.' % dl(k.ev1) if k.get('_eval_ok') else ''))]
    if style == 'letter':
        return [('p', 'Op %s hebben wij met u gesproken over het OPP van %s. Bij dat gesprek waren aanwezig: %s. '
                      'U gaf aan het beeld te herkennen en de uitstroombestemming te delen.' % (dl(k.oogo_date), k.first, who))]
    return [('p', 'Het concept-OPP is op %s besproken met %s. In dat gesprek is gestreefd naar overeenstemming over het '
                  'ontwikkelingsperspectief en het handelingsdeel; ouders konden zich vinden in het plan.' % (dl(k.oogo_date), who))]


def eval_blocks(k, v, style):
    ww = with_whom(k)
    agree = ('Afspraak over de evaluatie: het hele OPP wordt minimaal één keer per schooljaar geëvalueerd met %s. '
             'Tussenevaluatie: %s. Evaluatie en bijstelling: %s. Beide keren in een gesprek op school met de %s en de %s.'
             % (ww, dl(k.ev1), dl(k.ev2), k.mentor_title, k.zorg_title))
    table = ('table', ['Doel (vorige periode)', 'Evaluatie', 'Resultaat', 'Vervolg'],
             [['Lezen: %s' % k.doelen[0][1], dn(k.set_date - dt.timedelta(days=20)), 'deels behaald', 'doel gehandhaafd, meer oefentijd'],
              ['Werkhouding: 15 minuten zelfstandig werken', dn(k.set_date - dt.timedelta(days=20)), 'behaald', 'opgehoogd naar 20 minuten'],
              ['Sociaal-emotioneel: time-outkaart gebruiken', dn(k.set_date - dt.timedelta(days=20)), 'niet behaald', 'aanpak aangepast: vaste rustplek']])
    if v == 'omit':
        return None
    if v == 'empty':
        return []
    if v.startswith('ph'):
        return [('kv', [('Evaluatie met ouders (datum)', ph_text(v))])]
    if v == 'instr':
        return [('small', INSTR['evaluatie'])]
    if v == 'goals_only':
        return [('p', 'Evaluatie van de doelen per domein:'), table]
    if v == 'no_parents':
        return [('p', 'De doelen worden geëvalueerd in de leerlingbespreking van de %s en de %s, na de toetsperiodes in januari en juni.' % (k.mentor_title, k.zorg_title))]
    if v == 'vague':
        return [('p', 'Het OPP wordt regelmatig geëvalueerd en zo nodig bijgesteld.')]
    if style == 'goaltable':
        return [table, ('p', agree)]
    if style == 'line':
        return [('kv', [('Evaluatie met %s' % ww, '%s (tussenevaluatie) en %s (evaluatie en bijstelling), minimaal 1 x per schooljaar' % (dn(k.ev1), dn(k.ev2))),
                        ('Vorm', 'gesprek op school met %s en %s' % (k.mentor_title, k.zorg_title))])]
    if style == 'portal':
        return [('table', ['Evaluatiemoment', 'Datum', 'Met wie', 'Status'],
                 [['Tussenevaluatie OPP', dn(k.ev1), ww, 'gepland'], ['Jaarevaluatie en bijstelling OPP', dn(k.ev2), ww, 'gepland']])]
    return [('p', agree)]


def element_blocks(k, el, v, style=None, sigmark='wg'):
    """Return list of blocks, [] for an empty heading, None when the element is absent."""
    if el == 'instemming_ouders':
        return consent_blocks(k, v, style or 'table', sigmark)
    if el == 'oogo':
        return oogo_blocks(k, v, style or 'prose')
    if el == 'evaluatie':
        return eval_blocks(k, v, style or 'prose')
    if v == 'omit':
        return None
    if v == 'empty':
        return []
    if v.startswith('ph'):
        return [('p', ph_text(v))]
    if v == 'instr':
        return [('small', INSTR[el])]
    if el == 'uitstroombestemming':
        if style == 'ticks' and k.st == 'vso':
            return [('checks', [(k.profile == p, p) for p in ('vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding')]),
                    ('p', k.dest_line)]
        if v == 'ticks_none':
            return [('checks', [(False, p) for p in ('vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding')])]
        return [('p', k.dest_line)]
    if el == 'onderbouwing':
        if v == 'ref':
            return [('p', 'Zie bijlage 2 (toetsoverzicht en onderzoeksverslag).')]
        return [('p', t) for t in k.onderbouwing]
    if el == 'belemmerende_factoren':
        return [('ul', k.belemmerend)]
    if el == 'bevorderende_factoren':
        return [('ul', k.bevorderend)]
    if el == 'ondersteuningsbehoefte':
        return [('ul', k.behoeften)]
    if el == 'ondersteuning':
        if v == 'ref':
            return [('p', 'Zie groepsplan en het handelingsplan in het leerlingdossier.')]
        if v == 'vague':
            return [('p', '%s krijgt extra ondersteuning in de groep waar dat nodig is.' % k.first)]
        return [('table', ['Wat', 'Wie', 'Hoe vaak', 'Vanaf'], [list(s) for s in k.steun])]
    if el == 'afwijkingen_onderwijsprogramma':
        opts = ['geen afwijkingen', 'eigen leerlijn', 'vrijstelling voor een vak', 'aangepast rooster / minder uren']
        if v == 'none':
            return [('p', k.afwijking_none)]
        if v == 'nvt':
            return [('p', 'n.v.t.')]
        if v == 'ticks_none':
            return [('checks', [(False, o) for o in opts])]
        if v == 'ticks_geen':
            return [('checks', [(i == 0, o) for i, o in enumerate(opts)])]
        if style == 'ticks':
            i = 1 if k.st in ('po', 'sbo', 'so') else (2 if k.st == 'vo' else 3)
            return [('checks', [(j == i, o) for j, o in enumerate(opts)]), ('p', k.afwijking)]
        return [('p', k.afwijking)]
    if el == 'doelen':
        if v == 'vague':
            return [('ul', k.doelen_vague)]
        if v == 'ref':
            return [('p', 'De doelen staan in het groepsplan.')]
        return [('table', ['Domein', 'Doel', 'Gemeten met', 'Termijn'], [list(d) for d in k.doelen])]
    if el == 'adviezen_professionals':
        if v == 'ref':
            return [('p', 'Zie het verslag van het psychologisch onderzoek in het dossier.')]
        B = [('p', k.advies)]
        if k.st in ('so', 'vso') and v != 'no_cvb':
            B.append(('p', k.cvb))
        elif k.seed % 2:
            B.append(('p', k.advies2))
        return B
    if el == 'inbreng_leerling':
        adult = k.st == 'vso' and k.adult and not k.curatele
        B = [('p', 'Wat %s zelf zegt: "%s"' % (k.first, k.view))]
        if v == 'ok' and not (k.set_date < CUTOFF and not k.revised):
            B.append(('p', k.effect))
        if adult:
            B = [('p', '%s is meerderjarig en is zelf partij bij dit plan; %s wensen zijn verwerkt in het hele plan.' % (k.first, k.zijn))]
        return B
    if el == 'informatie_rechten':
        if v == 'partial':
            return [('p', 'Ouders hebben instemmingsrecht op het handelingsdeel van het OPP.')]
        if v == 'ref':
            return [('p', 'Voor de klachtenregeling en uw rechten: zie de schoolgids.')]
        return [('p', rights_text(k))]
    if el == 'vaststelling':
        if v == 'nowho':
            return [('kv', [('Datum vaststelling', dn(k.set_date))])]
        t = 'Dit OPP is vastgesteld op %s door %s, directeur, namens het bevoegd gezag.' % (dl(k.set_date), k.director)
        if k.revised:
            t = ('Eerste vaststelling: %s. Bijgesteld en opnieuw vastgesteld op %s door %s, directeur, namens het bevoegd gezag.'
                 % (dl(k.set_date), dl(k.revised), k.director))
        return [('p', t)]
    raise ValueError((el, v))
