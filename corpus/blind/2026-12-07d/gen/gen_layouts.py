# -*- coding: utf-8 -*-
"""Layouts: each turns a plan (pupil + element modes) into a list of IR blocks + meta."""
from gen_content import *

SCR = 'SCRIBBLE'   # a drawn signature (only visible as a drawing in PDF / scan)


def val(p, modes, el):
    m = modes.get(el, 'ok')
    n = p.first
    if m == 'ok':
        return p.c[el]
    if m == 'nvt':
        return p.AF_nvt
    if m in ('absent', 'na_absent'):
        return None
    if m == 'empty':
        return ''
    if m == 'placeholder':
        return PLACEHOLDERS[(len(p.name) + ORDER.index(el)) % len(PLACEHOLDERS)]
    if m == 'instruction':
        return INSTR[el]
    if m == 'cc':
        return '§CC§' + CC
    if m == 'ref':
        return REF[el]
    if m == 'generic':
        return generic(el, p)
    if m == 'vague':
        return vague(el, p)
    if m == 'niet_ingevuld':
        return 'niet ingevuld'
    if m == 'noeffect':
        return p.IL_noeffect
    if m == 'future':
        return f"Ouders worden na de herfstvakantie uitgenodigd om het OPP te bespreken."
    if m == 'pupil_absent':
        return f"{n} was niet bij het gesprek aanwezig."
    if m == 'partialtable':
        rows = p.c['OS']
        return [(a, '...', 'n.t.b.', '') for a, b, c_, d in rows]
    if m == 'nodate':   # VS without date
        return f"Vastgesteld door {p.directeur}, directeur. Datum: ____________"
    if m == 'unticked':
        return ''
    raise ValueError(m)


def txt(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if v and isinstance(v[0], tuple) and len(v[0]) == 2:
        return '\n'.join(f"{d}: {t}" for d, t in v)
    if v and isinstance(v[0], tuple):
        return '\n'.join(f"- {a} ({b}; {c}; vanaf {d})" if d else f"- {a} ({b}; {c})" for a, b, c, d in v)
    return '\n'.join(f"{i+1}. {s}" for i, s in enumerate(v))


def profile_opts(p):
    if p.st == 'vso':
        return [('vervolg', 'Vervolgonderwijs'), ('arbeid', 'Arbeidsmarktgericht'), ('dagbesteding', 'Dagbesteding')]
    if p.st == 'pro':
        return [('arbeid', 'Arbeid (met of zonder Entree/BBL)'), ('vervolg', 'Vervolgonderwijs (Entree/mbo BOL)'), ('dagbesteding', 'Dagbesteding')]
    return [('vmbo-b', 'vmbo basis'), ('vmbo-k', 'vmbo kader'), ('vmbo-gt', 'vmbo gl/tl'), ('havo', 'havo'), ('pro', 'praktijkonderwijs')]


def u_checks(p, modes):
    m = modes.get('U', 'ok')
    opts = profile_opts(p)
    if p.st in ('vso', 'pro'):
        key = p.profile
        if p.st == 'pro' and 'vervolgonderwijs' in p.dest:
            key = 'vervolg'
    else:
        d = p.dest
        key = 'pro' if 'praktijk' in d else 'havo' if 'havo' in d else 'vmbo-gt' if ('tl' in d or 'theoretische' in d) else 'vmbo-k' if 'kader' in d else 'vmbo-b'
    return [(m == 'ok' and k == key, lab) for k, lab in opts]


# ------------------------------------------------------------------ consent
CONSENT_STATUS = {
    'sig_parents': 'present', 'scribble': 'present', 'tick_yes': 'present', 'email': 'present',
    'digital': 'present', 'oral': 'present', 'export_yes': 'present', 'adult_self': 'present',
    'curator': 'present', 'both_adult': 'present', 'adult_digital_self': 'present', 'bewind_self': 'present',
    'voor_gezien': 'incomplete', 'onder_protest': 'incomplete', 'refused': 'incomplete',
    'partial': 'incomplete', 'school_only': 'incomplete', 'school_only_scr': 'incomplete', 'blank': 'incomplete',
    'unticked': 'incomplete', 'nodate': 'incomplete', 'parent_for_adult': 'incomplete',
    'curatele_self': 'incomplete', 'export_empty': 'incomplete', 'pending': 'incomplete',
    'digital_parent_adult': 'incomplete', 'voor_gezien_curator': 'incomplete',
    'avg_only': 'missing', 'absent': 'missing',
}


def consent_blocks(p, mode, style='sig'):
    n, sd = p.first, p.sign_date
    ds = dnum(sd)
    dir_row = ['Directeur', p.directeur, 'w.g. ' + p.directeur.split(' ', 1)[1], dnum(p.date)]
    hdr = ['Rol', 'Naam', 'Handtekening', 'Datum']
    stmt = 'Ondergetekenden verklaren in te stemmen met het handelingsdeel van dit ontwikkelingsperspectiefplan.'
    B = []
    par = p.ouder
    wg = 'w.g. ' + par.split(' ', 1)[1]
    if mode == 'absent':
        return []
    if mode in ('sig_parents', 'scribble'):
        sig = SCR if mode == 'scribble' else wg
        rows = [['Ouder/verzorger', par, sig, ds]]
        if p.r.random() < 0.5 and mode == 'sig_parents':
            rows.append(['Ouder/verzorger', p.vader if par == p.moeder else p.moeder, 'w.g. ' + (p.vader if par == p.moeder else p.moeder).split(' ', 1)[1], ds])
        drow = list(dir_row)
        if mode == 'scribble':
            drow[2] = SCR
        rows.append(drow)
        return [('p', stmt), ('sigs', hdr, rows)]
    if mode == 'tick_yes' or mode == 'refused' or mode == 'unticked':
        yes, no = (mode == 'tick_yes'), (mode == 'refused')
        B = [('checks', [(yes, 'Ja, ik/wij stemmen in met het handelingsdeel van het OPP'),
                         (no, 'Nee, ik/wij stemmen niet in met het handelingsdeel van het OPP')])]
        if mode == 'unticked':
            B.append(('sigs', hdr, [['Ouder/verzorger', par, '', ''], dir_row]))
        else:
            B.append(('sigs', hdr, [['Ouder/verzorger', par, wg, ds], dir_row]))
            if no:
                B.insert(1, ('p', 'Toelichting ouders: wij willen niet dat de stage-uren worden uitgebreid.' if p.st in ('pro', 'vso') else 'Toelichting ouders: wij zijn het niet eens met de eigen leerlijn rekenen.'))
        return B
    if mode == 'email':
        return [('p', f"Instemming handelingsdeel: {('moeder' if par == p.moeder else 'vader')} ({par}) heeft op {dlong(sd)} per e-mail laten weten in te stemmen met het handelingsdeel. De e-mail is opgeslagen in het leerlingdossier.")]
    if mode == 'digital':
        return [('p', f"Digitaal ondertekend via het ouderportaal door {par} op {ds} om 20:14 uur. Gekozen optie: \"Ik ga akkoord met het handelingsdeel\". Verificatiecode: OPP-{p.lnr}-{sd[2]:02d}{sd[1]:02d}.")]
    if mode == 'adult_digital_self':
        return [('p', f"Digitaal ondertekend door {p.name} (leerling, meerderjarig) op {ds} om 10:32 uur. Gekozen optie: \"Ik ga akkoord met het handelingsdeel\".")]
    if mode == 'digital_parent_adult':
        return [('p', f"Digitaal ondertekend via het ouderportaal door {par} (ouder) op {ds} om 21:05 uur. Gekozen optie: \"Ik ga akkoord met het handelingsdeel\".")]
    if mode == 'oral':
        return [('p', f"Vader en moeder hebben tijdens het gesprek op {dlong(p.oogo_date)} mondeling ingestemd met het handelingsdeel; dit is op {dlong(sd)} nog eens telefonisch bevestigd en vastgelegd door {p.ib}.")]
    if mode == 'export_yes':
        return [('kv', [('Instemming handelingsdeel', 'Akkoord'), ('Datum instemming', ds),
                        ('Instemming gegeven door', f"{'Moeder' if par == p.moeder else 'Vader'} - {par} (ouderportaal)")], {})]
    if mode == 'export_empty':
        return [('kv', [('Instemming handelingsdeel', 'niet ingevuld'), ('Datum instemming', 'niet ingevuld'),
                        ('Instemming gegeven door', 'niet ingevuld')], {})]
    if mode in ('adult_self', 'bewind_self'):
        pre = []
        if mode == 'bewind_self':
            pre = [('p', f"{n} heeft een beschermingsbewindvoerder voor de financiën ({par}). Voor beslissingen over school tekent {n} zelf.")]
        return pre + [('p', f"{n} is meerderjarig en tekent zelf voor instemming met het handelingsdeel. Ouders tekenen voor gezien."),
                      ('sigs', hdr, [['Leerling (voor akkoord)', p.name, 'w.g. ' + p.name, ds],
                                     ['Ouder (voor gezien)', par, wg, ds], dir_row])]
    if mode == 'both_adult':
        return [('p', stmt), ('sigs', hdr, [['Leerling', p.name, 'w.g. ' + p.name, ds], ['Ouder/verzorger', par, wg, ds], dir_row])]
    if mode in ('curator', 'voor_gezien_curator'):
        sg = wg if mode == 'curator' else 'voor gezien, ' + wg
        return [('p', f"{n} is meerderjarig en staat onder curatele (beschikking rechtbank {dnum(addd(p.date, -500))}). Curator is {par}, die namens {n} beslist over instemming met het handelingsdeel."),
                ('sigs', hdr, [['Curator (voor akkoord)', par, sg, ds], ['Leerling (gezien en besproken)', p.name, 'w.g. ' + p.first, ds], dir_row])]
    if mode == 'curatele_self':
        return [('p', f"{n} is meerderjarig. Curator: {par} (curatele sinds {dnum(addd(p.date, -400))})."),
                ('sigs', hdr, [['Leerling (voor akkoord)', p.name, 'w.g. ' + p.name, ds], ['Curator', par, '', ''], dir_row])]
    if mode == 'parent_for_adult':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger (voor akkoord)', par, wg, ds], dir_row])]
    if mode == 'voor_gezien':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', par, 'voor gezien - ' + wg, ds], dir_row])]
    if mode == 'onder_protest':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', par, wg + ' (onder protest)', ds], dir_row]),
                ('p', f"Opmerking ouders: wij tekenen onder protest omdat wij vinden dat {n} meer ondersteuning nodig heeft dan in dit plan staat.")]
    if mode == 'partial':
        return [('p', f"Ouders stemmen in met het handelingsdeel, met uitzondering van de reistraining en doel 2; daarover volgt een nieuw gesprek."),
                ('sigs', hdr, [['Ouder/verzorger', par, wg, ds], dir_row])]
    if mode == 'school_only':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', par, '', ''], dir_row])]
    if mode == 'school_only_scr':
        d = list(dir_row); d[2] = SCR
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', '', '', ''], d])]
    if mode == 'blank':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', '', '', ''], ['Ouder/verzorger', '', '', ''], ['Directeur', '', '', '']])]
    if mode == 'nodate':
        return [('p', stmt), ('sigs', hdr, [['Ouder/verzorger', par, wg, ''], ['Directeur', p.directeur, 'w.g. ' + p.directeur.split(' ', 1)[1], '']])]
    if mode == 'pending':
        return [('p', f"Ouders hebben in het gesprek aangegeven het eens te zijn met het plan. Handtekening volgt na de vakantie.")]
    if mode == 'avg_only':
        return [('h2', 'Toestemming gebruik beeldmateriaal en gegevens (AVG)'),
                ('checks', [(True, 'Ik geef toestemming voor het gebruik van foto\'s van mijn kind op de website en in de nieuwsbrief'),
                            (True, 'Ik geef toestemming voor het delen van gegevens met de stagebegeleider en de jeugdarts')]),
                ('sigs', hdr, [['Ouder/verzorger', par, wg, ds]])]
    raise ValueError(mode)


# ------------------------------------------------------------------ helpers
def pers_rows(p, extra=()):
    rows = [('Naam leerling', p.name), ('Geboortedatum', dnum(p.birth) + (f" ({p.age} jaar)" if p.st in ('vso', 'pro') else '')),
            ('School', f"{p.school}, {p.place}"), ('Groep / leerjaar', p.groep), ('Mentor / leerkracht', p.mentor)]
    rows += list(extra)
    return rows


def add_text_blocks(B, v, empty_ok=True):
    """Append the blocks for one element value."""
    if v is None:
        return
    if isinstance(v, str):
        B.append(('p', v))
    elif v and isinstance(v[0], tuple) and len(v[0]) == 2:
        B.append(('bullets', [f"{d}: {t}" for d, t in v]))
    elif v and isinstance(v[0], tuple):
        B.append(('table', ['Wat', 'Wie', 'Hoe vaak', 'Vanaf'], [list(r) for r in v]))
    else:
        B.append(('bullets', [f"{i+1}. {s}" for i, s in enumerate(v)]))


def schooljaar(p):
    y = p.date[0] if p.date[1] >= 8 else p.date[0] - 1
    return f"{y}-{y+1}"


def transitie_blocks(p):
    n = p.first
    if p.profile == 'dagbesteding':
        t = [f"Oriëntatie dagbesteding: {n} heeft in {MAAND[(p.date[1]) % 12]} meegelopen op twee locaties (zorgboerderij en creatief atelier).",
             f"Indicatie: aanvraag Wlz/Wmo via de gemeente {p.place} loopt (contactpersoon: consulent Wmo).",
             "Overdracht naar de zorgaanbieder: warme overdracht in het laatste schooljaar."]
    elif p.profile == 'vervolg' or 'Entree' in p.dest and 'vervolgonderwijs' in p.dest:
        t = [f"Oriëntatie mbo: open dag en meeloopdag Entree bij het ROC in {p.place}.",
             "Aanmelding vóór 1 april; intakegesprek met de ROC-loopbaanbegeleider; warme overdracht via het overdrachtsformulier.",
             f"Stage: 1 dag per week bij een kringloopwinkel."]
    else:
        t = [f"Stage: {n} loopt 2 tot 3 dagen per week stage bij een bedrijf; werkbegeleider op de stageplek.",
             f"Jobcoach: {p.jobcoach} begeleidt de overgang naar werk en blijft na uitstroom 1 jaar betrokken (nazorg).",
             "Instanties: aanmelding doelgroepregister / praktijkroute via gemeente en UWV; branchecertificaat in het laatste jaar."]
    return [('bullets', t)]


def section_blocks(p, modes, el, head, lvl='h2'):
    v = val(p, modes, el)
    if v is None:
        return []
    B = [(lvl, head)]
    add_text_blocks(B, v)
    return B


# ------------------------------------------------------------------ layout A: numbered (SWV format)
def layout_A(p, modes, cons):
    B = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('sub', f"{p.swv} - format OPP versie 2025"),
         ('h1', '1. Gegevens leerling'), ('kv', pers_rows(p, [('Datum OPP', dnum(p.date)), ('Schooljaar', schooljaar(p))]), {})]
    secs = []
    s = []
    for el, h in [('VF', 'Bevorderende factoren'), ('BF', 'Belemmerende factoren'), ('OB', 'Onderwijs- en ondersteuningsbehoeften')]:
        s.append((el, h))
    secs.append(('Beeld van de leerling', s))
    secs.append(('Adviezen van deskundigen', [('AP', None)]))
    secs.append(('Ontwikkelingsperspectief', [('U', 'Verwachte uitstroombestemming'), ('O', 'Onderbouwing')]))
    secs.append(('Handelingsdeel', [('D', 'Doelen'), ('OS', 'Ondersteuning en begeleiding'), ('AF', 'Afwijkingen van het onderwijsprogramma')]))
    secs.append(('Inbreng van de leerling', [('IL', None)]))
    secs.append(('Op overeenstemming gericht overleg', [('OOGO', None)]))
    secs.append(('Evaluatie', [('EV', None)]))
    secs.append(('Informatie over uw rechten', [('IR', None)]))
    num = 2
    for title, items in secs:
        body = []
        sub = 1
        for el, h in items:
            v = val(p, modes, el)
            if v is None:
                continue
            if h:
                body.append(('h2', f"{num}.{sub} {h}"))
                sub += 1
            add_text_blocks(body, v)
        if body:
            B.append(('h1', f"{num}. {title}"))
            B += body
            num += 1
    B.append(('h1', f"{num}. Vaststelling en instemming"))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('p', v))
    B += consent_blocks(p, cons)
    return B, {'footer': f"OPP {p.name} - {p.school} - vertrouwelijk"}


# ------------------------------------------------------------------ layout B: two-column table
def layout_B(p, modes, cons):
    rows = pers_rows(p, [('Datum OPP-gesprek', dnum(p.oogo_date))])
    labs = [('U', 'Verwachte uitstroombestemming'), ('O', 'Onderbouwing uitstroombestemming'),
            ('BF', 'Belemmerende factoren'), ('VF', 'Bevorderende factoren'), ('OB', 'Onderwijsbehoeften'),
            ('OS', 'Ondersteuning (wat / wie / hoe vaak / vanaf)'), ('AF', 'Afwijkingen van het onderwijsprogramma'),
            ('D', 'Doelen komende periode'), ('AP', 'Adviezen externe deskundigen'),
            ('IL', 'Mening van de leerling en wat ermee gedaan is'), ('OOGO', 'Besproken met ouders (OOGO)'),
            ('EV', 'Evaluatie'), ('IR', 'Rechten van ouders'), ('VS', 'Vastgesteld (datum, door)')]
    B = [('title', f"OPP {schooljaar(p)}"), ('sub', p.school)]
    body = []
    for el, lab in labs:
        v = val(p, modes, el)
        if v is None:
            continue
        if el == 'U' and p.st in ('vso', 'pro'):
            ch = u_checks(p, modes)
            t = '   '.join(('☒ ' if b else '☐ ') + l for b, l in ch)
            v = t + ('\n' + txt(v) if modes.get('U', 'ok') == 'ok' else ('\n' + v if v else ''))
        body.append((lab, txt(v)))
    B.append(('kv', rows + body, {'head': 'Ontwikkelingsperspectief'}))
    B.append(('h2', 'Ondertekening'))
    B += consent_blocks(p, cons)
    return B, {'footer': f"{p.school} | OPP {p.name} | afgedrukt {dnum(addd(p.date, 2))}"}


# ------------------------------------------------------------------ layout C: domain tables
def layout_C(p, modes, cons):
    B = [('title', f"Ontwikkelingsperspectief {p.first} {p.sur}"), ('sub', f"{p.school} - {p.place} - {schooljaar(p)}"),
         ('kv', pers_rows(p, [('Datum', dnum(p.date))]), {})]
    B.append(('h1', 'A. Uitstroomperspectief'))
    rows = []
    for el, lab in [('U', 'Uitstroombestemming'), ('O', 'Onderbouwing')]:
        v = val(p, modes, el)
        if v is not None:
            rows.append((lab, txt(v)))
    if rows:
        B.append(('kv', rows, {}))
    B.append(('h1', 'B. Belemmerende en bevorderende factoren per domein'))
    bf, vf = val(p, modes, 'BF'), val(p, modes, 'VF')
    hdr = ['Domein']
    if bf is not None:
        hdr.append('Belemmerend')
    if vf is not None:
        hdr.append('Bevorderend')
    table = []
    for i, d in enumerate(DOMAINS):
        row = [d]
        for v in ([bf] if bf is not None else []) + ([vf] if vf is not None else []):
            if isinstance(v, list):
                row.append('; '.join(t for dd, t in v if dd == d))
            else:
                row.append(v if i == 0 else '')
        table.append(row)
    B.append(('table', hdr, table))
    v = val(p, modes, 'OB')
    if v is not None:
        B.append(('h2', 'Onderwijsbehoeften'))
        B.append(('p', txt(v)))
    B.append(('h1', 'C. Handelingsdeel'))
    v = val(p, modes, 'D')
    if v is not None:
        B.append(('h2', 'Doelen'))
        add_text_blocks(B, v)
    v = val(p, modes, 'OS')
    if v is not None:
        B.append(('h2', 'Aanpak en begeleiding'))
        if isinstance(v, list):
            B.append(('table', ['Ondersteuning', 'Door wie', 'Frequentie', 'Start'], [list(r) for r in v]))
        else:
            B.append(('table', ['Ondersteuning', 'Door wie', 'Frequentie', 'Start'], [[v, '', '', '']]))
    rows = []
    for el, lab in [('AF', 'Afwijkingen programma'), ('AP', 'Adviezen deskundigen'), ('IL', 'Stem van de leerling'),
                    ('OOGO', 'Overleg met ouders'), ('EV', 'Evaluatie')]:
        v = val(p, modes, el)
        if v is not None:
            rows.append((lab, txt(v)))
    B.append(('h1', 'D. Afspraken'))
    B.append(('kv', rows, {}))
    v = val(p, modes, 'IR')
    if v is not None:
        B += [('h2', 'Uw rechten'), ('p', v)]
    B.append(('h1', 'E. Vaststelling en instemming'))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('p', v))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Pagina {{page}} - OPP {p.first} {p.sur[0]}."}


# ------------------------------------------------------------------ exports D/E/F
def export_val(p, modes, el):
    v = val(p, modes, el)
    if v is None:
        return None
    t = txt(v)
    return t if t.strip() else 'niet ingevuld'


def profile_code(p):
    return {'arbeid': 'ARB - Arbeidsmarktgericht', 'dagbesteding': 'DAG - Dagbesteding', 'vervolg': 'VVO - Vervolgonderwijs'}.get(p.profile, '')


def layout_D(p, modes, cons):   # ParnasSys style
    pr = addd(p.date, 3)
    B = [('sub', 'ParnasSys  >  Leerling  >  Zorg  >  Groeidocument  >  Ontwikkelingsperspectief'),
         ('title', 'Ontwikkelingsperspectief (OPP)'),
         ('kv', [('Leerling', f"{p.sur}, {p.first} ({p.lnr})"), ('Geboortedatum', dnum(p.birth)),
                 ('School', f"{p.school} (BRIN 99{p.lnr[:2]})"), ('Groep', p.groep.replace('groep ', '').replace('leerjaar ', 'LJ') + 'B'),
                 ('Ondersteuningsniveau', 'Niveau 4 - extra ondersteuning'), ('Status document', 'Definitief'),
                 ('Versie', '2')], {})]
    secs = [('Perspectief', [('U', 'Uitstroombestemming (verwacht)'), ('O', 'Onderbouwing uitstroombestemming')]),
            ('Analyse', [('BF', 'Belemmerende factoren'), ('VF', 'Bevorderende factoren'), ('OB', 'Onderwijsbehoeften'), ('AP', 'Adviezen externen')]),
            ('Handelingsdeel', [('D', 'Doelen'), ('OS', 'Ondersteuning (aanpak, wie, frequentie)'), ('AF', 'Afwijking onderwijsprogramma')]),
            ('Betrokkenheid', [('OOGO', 'OOGO - datum en deelnemers'), ('IL', 'Inbreng leerling'), ('EV', 'Evaluatiemomenten'), ('IR', 'Informatie rechten ouders')]),
            ]
    if p.st in ('vso', 'pro') and p.profile:
        secs[0][1].insert(0, ('_code', 'Uitstroomprofiel (code)'))
    for title, items in secs:
        rows = []
        for el, lab in items:
            if el == '_code':
                rows.append((lab, profile_code(p) if modes.get('U', 'ok') == 'ok' else 'niet ingevuld'))
                continue
            v = export_val(p, modes, el)
            if v is not None:
                rows.append((lab, v))
        if rows:
            B += [('h2', title), ('kv', rows, {})]
    B.append(('h2', 'Vaststelling'))
    v = val(p, modes, 'VS')
    if v is not None:
        if modes.get('VS', 'ok') == 'ok':
            B.append(('kv', [('Vastgesteld op', dnum(p.date)), ('Vastgesteld door', p.VS[1])], {}))
        else:
            B.append(('kv', [('Vastgesteld op', 'niet ingevuld' if not v or v in PLACEHOLDERS else v), ('Vastgesteld door', p.directeur)], {}))
    B.append(('h2', 'Instemming'))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Afgedrukt op {dnum(pr)} 14:{p.lnr[:2]} door {p.mentor} - ParnasSys - pagina {{page}}", 'mono': False, 'export': True}


def layout_E(p, modes, cons):   # Magister style
    pr = addd(p.date, 5)
    B = [('sub', f"Magister  |  {p.school}  |  Leerlingbegeleiding"),
         ('title', f"OPP - {p.name}"),
         ('table', ['Stamnr.', 'Klas', 'Geb.datum', 'Mentor', 'Schooljaar'],
          [[p.lnr, p.groep.replace('leerjaar ', '') + ('P' if p.st == 'pro' else 'V' if p.st == 'vso' else 'A'), dnum(p.birth), p.mentor, schooljaar(p)]])]
    tabs = [('Tabblad Perspectief', [('U', 'Verwachte uitstroom'), ('O', 'Onderbouwing')]),
            ('Tabblad Leerlingbeeld', [('VF', 'Bevorderend'), ('BF', 'Belemmerend'), ('OB', 'Ondersteuningsbehoefte')]),
            ('Tabblad Handelingsdeel', [('D', 'Doelen'), ('OS', 'Begeleiding'), ('AF', 'Afwijkingen lesprogramma'), ('AP', 'Adviezen deskundigen')]),
            ('Tabblad Gesprekken', [('OOGO', 'OOGO ouders'), ('IL', 'Stem leerling'), ('EV', 'Evaluatie'), ('IR', 'Rechten/geschillen')])]
    for t, items in tabs:
        rows = []
        for el, lab in items:
            v = export_val(p, modes, el)
            if v is not None:
                if el == 'U' and p.profile and modes.get('U', 'ok') == 'ok':
                    v = f"[{profile_code(p)[:3]}] " + v
                rows.append([lab, v])
        if rows:
            B += [('h2', t), ('table', ['Veld', 'Waarde'], rows)]
    B.append(('h2', 'Tabblad Ondertekening'))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('table', ['Veld', 'Waarde'], [['Vastgesteld', (dnum(p.date) + ' - ' + p.directeur) if modes.get('VS', 'ok') == 'ok' else (v or 'niet ingevuld')]]))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Magister - geprint {dnum(pr)} - {p.school} - Pag. {{page}}", 'export': True}


def layout_F(p, modes, cons):   # Somtoday style
    pr = addd(p.date, 1)
    B = [('sub', 'Somtoday  ·  Begeleiding  ·  Dossier  ·  Ontwikkelingsperspectief'),
         ('title', f"Ontwikkelingsperspectief {schooljaar(p)}"),
         ('kv', [('Leerling', f"{p.name} [{p.lnr}]"), ('Stamgroep', p.groep), ('Vestiging', f"{p.school} {p.place}"),
                 ('Categorie', 'OPP / Extra ondersteuning'), ('Aangemaakt door', p.ib), ('Zichtbaar voor ouders', 'Ja')], {})]
    for el, lab in [('U', 'Uitstroombestemming'), ('O', 'Onderbouwing'), ('BF', 'Belemmerende factoren'), ('VF', 'Bevorderende factoren'),
                    ('OB', 'Ondersteuningsbehoefte'), ('OS', 'Ondersteuningsaanbod'), ('AF', 'Afwijkend programma'), ('D', 'Doelen'),
                    ('AP', 'Externe adviezen'), ('IL', 'Inbreng leerling'), ('OOGO', 'OOGO'), ('EV', 'Evaluatie'), ('IR', 'Informatie over rechten')]:
        v = export_val(p, modes, el)
        if v is None:
            continue
        if v == 'niet ingevuld':
            v = '— niet ingevuld —'
        B += [('h2', f"[{el}] {lab}"), ('p', v)]
    v = val(p, modes, 'VS')
    if v is not None:
        B += [('h2', '[VS] Vaststelling'), ('p', v if v else '— niet ingevuld —')]
    B.append(('h2', '[ON] Ondertekening'))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Somtoday | afdruk {dnum(pr)} 09:4{p.lnr[0]} | {p.school} | pagina {{page}}", 'export': True}


# ------------------------------------------------------------------ layout G: groeidocument + transitieplan
def layout_G(p, modes, cons):
    n = p.first
    B = [('title', 'Groeidocument met ontwikkelingsperspectiefplan en transitieplan'), ('sub', f"{p.school} - {p.place}"),
         ('h1', '1. Personalia'),
         ('kv', pers_rows(p, [('Uitstroomprofiel', {'arbeid': 'arbeidsmarktgericht', 'dagbesteding': 'dagbesteding', 'vervolg': 'vervolgonderwijs'}[p.profile] if modes.get('U', 'ok') == 'ok' else ''),
                              ('Jobcoach / stagedocent', p.jobcoach)]), {})]
    B.append(('h1', '2. Beeld van de leerling'))
    for el, h in [('VF', f"Wat gaat goed? (bevorderende factoren)"), ('BF', f"Wat is lastig? (belemmerende factoren)"), ('OB', f"Wat heeft {n} nodig?")]:
        B += section_blocks(p, modes, el, h)
    B += section_blocks(p, modes, 'AP', '3. Onderzoeken en adviezen', 'h1')
    B.append(('h1', '4. Ontwikkelingsperspectief'))
    for el, h in [('U', 'Uitstroombestemming'), ('O', 'Onderbouwing'), ('AF', 'Afwijkingen van het onderwijsprogramma')]:
        B += section_blocks(p, modes, el, h)
    B.append(('h1', '5. Handelingsdeel'))
    for el, h in [('D', 'Doelen voor dit schooljaar'), ('OS', 'Ondersteuning en begeleiding')]:
        B += section_blocks(p, modes, el, h)
    B.append(('h1', '6. Transitieplan: van school naar werk, dagbesteding of vervolgopleiding'))
    B += transitie_blocks(p)
    B += section_blocks(p, modes, 'IL', f"7. Mijn stem ({n})", 'h1')
    B.append(('h1', '8. Overleg, evaluatie en rechten'))
    for el, h in [('OOGO', 'Overleg over het plan'), ('EV', 'Evaluatie'), ('IR', 'Als u of je het niet eens bent')]:
        B += section_blocks(p, modes, el, h)
    B.append(('h1', '9. Vaststelling en instemming'))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('p', v))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Groeidocument {p.name} - {schooljaar(p)}"}


# ------------------------------------------------------------------ layout H: beknopt OPP (form)
def layout_H(p, modes, cons):
    B = [('title', 'Beknopt OPP'), ('sub', f"{p.school} - {schooljaar(p)}"),
         ('kv', [('Naam', p.name), ('Geboortedatum', dnum(p.birth)), ('Groep/leerjaar', p.groep)], {})]
    B.append(('h2', 'Verwachte uitstroombestemming'))
    B.append(('checks', u_checks(p, modes)))
    v = val(p, modes, 'U')
    if v:
        B.append(('kv', [('Toelichting', txt(v))], {}))
    rows = []
    for el, lab in [('O', 'Onderbouwing'), ('BF', 'Belemmerend'), ('VF', 'Bevorderend'), ('OB', 'Onderwijsbehoeften'),
                    ('D', 'Doelen'), ('OS', 'Ondersteuning (wat/wie/hoe vaak)'), ('AP', 'Adviezen'), ('IL', 'Mening leerling'),
                    ('OOGO', 'Besproken met ouders op'), ('EV', 'Evaluatie')]:
        v = val(p, modes, el)
        if v is not None:
            rows.append((lab, txt(v)))
    B.append(('kv', rows, {}))
    am = modes.get('AF', 'ok')
    if am != 'absent':
        B.append(('h2', 'Afwijkingen van het onderwijsprogramma'))
        B.append(('checks', [(am == 'nvt', 'Geen afwijkingen'), (am == 'ok', 'Wel afwijkingen, namelijk:')]))
        if am == 'ok':
            B.append(('p', p.c['AF']))
        elif am not in ('nvt', 'unticked'):
            B.append(('p', val(p, modes, 'AF')))
    v = val(p, modes, 'IR')
    if v is not None:
        B.append(('p', v))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('kv', [('Vastgesteld', v)], {}))
    B.append(('h2', 'Instemming handelingsdeel'))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Beknopt OPP - {p.school}"}


# ------------------------------------------------------------------ layout I: letter
def layout_I(p, modes, cons):
    n = p.first
    adult = p.adult and not p.curatele
    aan = f"Beste {n}," if adult else f"Beste ouder(s)/verzorger(s) van {n},"
    B = [('sub', f"{p.school}\nPostbus {p.lnr[:3]}\n{p.lnr[:4]} XK {p.place}"),
         ('p', f"{p.place}, {dlong(addd(p.date, 1))}"),
         ('p', f"Betreft: ontwikkelingsperspectiefplan {n} {p.sur}, {schooljaar(p)}"),
         ('p', aan)]
    pieces = [('OOGO', None), ('U', 'We verwachten dat de uitstroombestemming na onze school is: '), ('O', 'Waarom we dat verwachten: '),
              ('VF', f"Wat {n} helpt (bevorderende factoren):"), ('BF', f"Wat {n} belemmert:"), ('OB', f"Wat {n} nodig heeft: "),
              ('OS', 'Welke ondersteuning we bieden:'), ('D', 'De doelen voor de komende periode:'),
              ('AF', 'Afwijkingen van het onderwijsprogramma: '), ('AP', 'Adviezen van deskundigen: '),
              ('IL', f"Wat {n} zelf vindt: "), ('EV', 'Evaluatie: '), ('IR', None), ('VS', None)]
    for el, intro in pieces:
        v = val(p, modes, el)
        if v is None:
            continue
        if isinstance(v, list):
            B.append(('p', intro))
            add_text_blocks(B, v)
        else:
            B.append(('p', (intro or '') + v if (intro or v) else ''))
    B.append(('p', f"Met vriendelijke groet,\n\n{p.mentor}, mentor\n{p.directeur}, directeur"))
    cb = consent_blocks(p, cons)
    if cb:
        B += [('line',), ('h2', 'Strookje retour - instemming handelingsdeel OPP ' + n)] + cb
    return B, {'footer': f"{p.school} - {p.place}", 'serif': True}


# ------------------------------------------------------------------ layout J: question headings
def layout_J(p, modes, cons):
    n = p.first
    B = [('title', f"Het plan van {n}"), ('sub', f"Ontwikkelingsperspectiefplan - {p.school} - {schooljaar(p)}"),
         ('kv', pers_rows(p, [('Datum', dlong(p.date))]), {})]
    for el, h in [('VF', f"Wat kan {n} goed?"), ('BF', f"Waar loopt {n} tegenaan?"), ('OB', f"Wat heeft {n} nodig?"),
                  ('U', f"Waar gaat {n} naartoe na deze school?"), ('O', 'Waarom verwachten we dat?'),
                  ('D', 'Welke doelen hebben we?'), ('OS', 'Wat gaan we doen, wie doet het en hoe vaak?'),
                  ('AF', 'Wijkt het programma af?'), ('AP', 'Wat adviseren deskundigen?'), ('IL', f"Wat vindt {n} zelf?"),
                  ('OOGO', 'Hoe hebben we overlegd?'), ('EV', 'Wanneer kijken we terug?'), ('IR', 'Wat als u het er niet mee eens bent?')]:
        B += section_blocks(p, modes, el, h)
    B.append(('h2', 'Wie heeft het plan vastgesteld en wie stemt in?'))
    v = val(p, modes, 'VS')
    if v is not None:
        B.append(('p', v))
    B += consent_blocks(p, cons)
    return B, {'footer': f"Het plan van {n} - blad {{page}}"}


LAYOUTS = {'A': ('swv-genummerd', layout_A), 'B': ('tweekoloms-tabel', layout_B), 'C': ('domeintabel-factoren', layout_C),
           'D': ('parnassys-export', layout_D), 'E': ('magister-export', layout_E), 'F': ('somtoday-export', layout_F),
           'G': ('groeidocument-transitieplan', layout_G), 'H': ('beknopt-formulier', layout_H), 'I': ('brief', layout_I),
           'J': ('vraagkoppen', layout_J)}
