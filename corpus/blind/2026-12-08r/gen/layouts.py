"""Ten OPP layouts and three non-OPP documents, all producing abstract blocks (see writers.py)."""
from content import f, flong, add, PH
import datetime

ELEMENTS = ['uitstroombestemming', 'onderbouwing', 'belemmerende_factoren', 'bevorderende_factoren', 'ondersteuningsbehoefte', 'ondersteuning',
            'afwijkingen_onderwijsprogramma', 'doelen', 'adviezen_professionals', 'oogo', 'instemming_ouders', 'inbreng_leerling', 'evaluatie',
            'informatie_rechten', 'vaststelling']

# layouts whose goal table has an evaluation-date column per goal
GOAL_EVAL = {'swv-numbered': True, 'domain-table': True, 'groeidocument': False, 'beknopt': False, 'question-headings': True, 'letter': False,
             'system-export': False, 'vso-profile': True, 'fillable-form': True, 'goal-matrix': True}


def content_blocks(c):
    """Generic rendering of a content value: None -> [], '' -> [], str -> p, list[str] -> ul, list[(dom, txt)] -> ul."""
    if c is None or c == '':
        return []
    if isinstance(c, str):
        return [('p', c)]
    if c and isinstance(c[0], tuple):
        return [('ul', ['%s: %s' % x for x in c])]
    return [('ul', list(c))]


def sec(out, lvl, title, c, force=False):
    if c is None and not force:
        return
    out.append(('h', lvl, title))
    out.extend(content_blocks(c))


def astext(c, sep='\n'):
    if c is None:
        return None
    if isinstance(c, str):
        return c
    if c and isinstance(c[0], tuple):
        if len(c[0]) == 2:
            return sep.join('%s: %s' % x for x in c)
        return sep.join(' \u2013 '.join(x for x in row if x) for row in c)
    return sep.join('\u2022 ' + x for x in c)


def goal_table(P, with_eval=True, cols=None):
    g = P.goals()
    if g is None:
        return None
    if isinstance(g, str):
        return g
    if with_eval:
        return ('table', cols or ['Doel', 'Aanpak', 'Wie', 'Evaluatie (datum)'], [list(r) for r in g])
    return ('table', cols or ['Doel', 'Aanpak', 'Wie'], [list(r[:3]) for r in g])


def support_table(P, cols=None):
    s = P.support()
    if s is None:
        return None
    if isinstance(s, str):
        return s
    return ('table', cols or ['Wat', 'Door wie', 'Hoe vaak', 'Startdatum', 'Einddatum'], [list(r) for r in s])


def put(out, lvl, title, x):
    """x: None | '' | str | list | ('table', ...) block."""
    if x is None:
        return
    out.append(('h', lvl, title))
    if isinstance(x, tuple) and x and x[0] == 'table':
        out.append(x)
    else:
        out.extend(content_blocks(x))


def afw_blocks(P, withchecks=True):
    a = P.afwijkingen()
    if a is None:
        return None
    kind, txt = a
    if kind == 'unticked':
        return [('checks', [(False, 'Geen afwijkingen van het onderwijsprogramma'), (False, 'Wel afwijkingen, namelijk:')]), ('p', '')]
    if kind == 'ph':
        return ([('checks', [(False, 'Geen afwijkingen'), (True, 'Wel afwijkingen, namelijk:')])] if withchecks else []) + [('p', txt)]
    if kind == 'none':
        return ([('checks', [(True, 'Geen afwijkingen van het onderwijsprogramma'), (False, 'Wel afwijkingen, namelijk:')])] if withchecks else []) + [('p', txt)]
    return ([('checks', [(False, 'Geen afwijkingen van het onderwijsprogramma'), (True, 'Wel afwijkingen, namelijk:')])] if withchecks else []) + [('p', txt)]


def afw_text(P):
    a = P.afwijkingen()
    if a is None:
        return None
    kind, txt = a
    if kind == 'unticked':
        return '\u2610 geen afwijkingen   \u2610 wel afwijkingen, namelijk: ______'
    return txt


def consent_blocks(P, heading_lvl=1, title='Instemming ouders met het handelingsdeel'):
    C = P.consent()
    if C is None:
        return []
    out = [('h', heading_lvl, 'Toestemming gegevens en beeldmateriaal (AVG)' if C['avg'] else title), ('p', C['intro'])]
    if C['checks']:
        out.append(('checks', C['checks']))
    if C['rows']:
        out.append(('sig', C['rows']))
    if C['note']:
        out.append(('p', C['note']))
    return out


def vast_blocks(P, lvl=1, title='Vaststelling'):
    v = P.vaststelling()
    if v is None:
        return []
    date, who = v
    out = [('h', lvl, title), ('kv', [('Datum vaststelling', date), ('Vastgesteld door', who + ', namens het bevoegd gezag')])]
    if P.rev:
        out[-1][1].append(('Laatst bijgesteld', f(P.rev) + ' (na evaluatie; doelen en ondersteuning geactualiseerd)'))
    return out


def pupil_kv(P, extra=()):
    p = P.p
    rows = [('Naam leerling', p.name), ('Geboortedatum', f(p.birth)), ('Groep/klas' if P.st not in ('vso', 'pro') else 'Leerjaar/groep', p.grade),
            ('School', '%s, %s' % (P.school, P.place)), ('Schooljaar', P.sytxt), ('Ouder(s)/verzorger(s)', '%s en %s' % (p.mother, p.father))]
    if P.st == 'vso' and p.adult:
        if p.curatele:
            rows.append(('Juridische status', 'meerderjarig (%d jaar); onder curatele gesteld (beschikking kantonrechter); curator: %s' % (p.age, p.curator)))
        else:
            rows.append(('Juridische status', 'meerderjarig (%d jaar) en handelingsbekwaam; %s beslist zelf over instemming' % (p.age, p.first)))
    rows.append(('Opgesteld door', '%s (%s) en %s (%s)' % (P.ib, P.ibrole, P.teacher, P.teacherrole)))
    rows.extend(extra)
    return ('kv', rows)


def uitstroom_blocks(P, lvl, title='Te verwachten uitstroombestemming', checks=None):
    u = P.uitstroom()
    v = P.v('uitstroombestemming')
    if u is None:
        return []
    out = [('h', lvl, title)]
    if checks or P.st in ('vso',):
        prof = P.vso_profile() if v not in ('unticked',) else None
        if v in ('ph', 'empty', 'instr'):
            prof = None
        out.append(('checks', [(prof == x, 'Profiel ' + x) for x in ('vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding')]))
    out.extend(content_blocks(u))
    return out


# =========================================================================== layouts
def L_swv_numbered(P):
    p = P.p
    out = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('sub', '%s \u2013 format OPP versie 2024' % P.swv), ('footer', 'OPP %s \u2013 %s \u2013 versie %s' % (p.name, P.school, f(P.d)))]
    n = [0]
    def H(t):
        n[0] += 1
        return '%d. %s' % (n[0], t)
    out += [('h', 1, H('Gegevens leerling')), pupil_kv(P)]
    u = uitstroom_blocks(P, 1, H('Te verwachten uitstroombestemming'))
    out += u
    ob = P.onderbouwing()
    if ob is not None:
        out += [('h', 2, '%d.1 Onderbouwing' % n[0])] + content_blocks(ob)
    bev, bel = P.factors('bev'), P.factors('bel')
    if bev is not None or bel is not None:
        out.append(('h', 1, H('Bevorderende en belemmerende factoren')))
        sub = 0
        if bev is not None:
            sub += 1; out += [('h', 2, '%d.%d Bevorderende factoren' % (n[0], sub))] + content_blocks(bev)
        if bel is not None:
            sub += 1; out += [('h', 2, '%d.%d Belemmerende factoren' % (n[0], sub))] + content_blocks(bel)
    b = P.behoefte()
    if b is not None:
        out += [('h', 1, H('Onderwijs- en ondersteuningsbehoeften'))] + content_blocks(b)
    a = P.adviezen()
    if a is not None:
        out += [('h', 1, H('Adviezen van externe deskundigen'))] + content_blocks(a)
    out.append(('h', 1, H('Handelingsdeel')))
    hn = n[0]; sub = 0
    g = goal_table(P)
    if g is not None:
        sub += 1; put(out, 2, '%d.%d Doelen voor deze periode' % (hn, sub), g)
    s = support_table(P)
    if s is not None:
        sub += 1; put(out, 2, '%d.%d Ondersteuning en begeleiding' % (hn, sub), s)
    ab = afw_blocks(P)
    if ab is not None:
        sub += 1; out += [('h', 2, '%d.%d Afwijkingen van het onderwijsprogramma' % (hn, sub))] + ab
    i = P.inbreng()
    if i is not None:
        out += [('h', 1, H('Inbreng van de leerling'))] + content_blocks(i)
    o = P.oogo()
    if o is not None:
        out += [('h', 1, H('Overleg met ouders (OOGO)'))] + content_blocks(o)
    e = P.evaluatie()
    if e is not None:
        out += [('h', 1, H('Evaluatie'))] + content_blocks(e)
    cb = consent_blocks(P, 1, H('Instemming ouders met het handelingsdeel'))
    if not cb:
        n[0] -= 1
    out += cb
    vb = vast_blocks(P, 1, H('Vaststelling'))
    if not vb:
        n[0] -= 1
    out += vb
    r = P.rechten()
    if r is not None:
        out += [('h', 1, H('Informatie voor ouders over hun rechten'))] + content_blocks(r)
    return out


def L_domain_table(P):
    p = P.p
    out = [('title', 'Ontwikkelingsperspectief'), ('sub', '%s \u2013 %s' % (P.school, P.place)), ('footer', '%s | OPP %s | vertrouwelijk' % (P.school, p.first))]
    out += [('h', 1, 'Gegevens'), pupil_kv(P)]
    bev, bel = P.factors('bev'), P.factors('bel')
    doms = []
    for x in (bel, bev):
        if isinstance(x, list):
            for d_, _ in x:
                if d_ not in doms:
                    doms.append(d_)
    if not doms:
        doms = ['Leren', 'Werkhouding', 'Sociaal-emotioneel', 'Thuissituatie']
    def cell(x, d_, first):
        if isinstance(x, list):
            return next((t for dd, t in x if dd == d_), '')
        if isinstance(x, str):
            return x if first else ''
        return ''
    header = ['Domein']
    if bel is not None:
        header.append('Belemmerend')
    if bev is not None:
        header.append('Bevorderend')
    rows = []
    for i, d_ in enumerate(doms):
        row = [d_]
        if bel is not None:
            row.append(cell(bel, d_, i == 0))
        if bev is not None:
            row.append(cell(bev, d_, i == 0))
        rows.append(row)
    if len(header) > 1:
        out += [('h', 1, 'Beeld van de leerling: belemmerende en bevorderende factoren'), ('table', header, rows)]
    b = P.behoefte()
    if b is not None:
        out.append(('h', 1, 'Onderwijsbehoeften'))
        if isinstance(b, list):
            out.append(('table', ['Nr', 'Onderwijsbehoefte'], [[str(i + 1), x] for i, x in enumerate(b)]))
        else:
            out += content_blocks(b)
    u, ob = P.uitstroom(), P.onderbouwing()
    kv = []
    if u is not None:
        kv.append(('Te verwachten uitstroombestemming', u))
    if ob is not None:
        kv.append(('Onderbouwing', ob))
    if kv:
        out += [('h', 1, 'Uitstroomperspectief'), ('kv', kv)]
    out.append(('h', 1, 'Handelingsdeel'))
    put(out, 2, 'Doelen', goal_table(P))
    put(out, 2, 'Ondersteuning (met start- en einddatum)', support_table(P))
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 2, 'Afwijkingen van het onderwijsprogramma')] + ab
    a = P.adviezen()
    if a is not None:
        out += [('h', 1, 'Betrokken deskundigen en adviezen')] + content_blocks(a)
    rows = []
    o = P.oogo()
    i = P.inbreng()
    if o is not None:
        rows.append(['Ouders', o])
    if i is not None:
        rows.append(['Leerling', i])
    if rows:
        out += [('h', 1, 'Gesprekken met ouders en leerling'), ('table', ['Met wie', 'Verslag'], rows)]
    e = P.evaluatie()
    if e is not None:
        out += [('h', 1, 'Evaluatie van het plan')] + content_blocks(e)
    out += consent_blocks(P, 1, 'Ondertekening')
    out += vast_blocks(P, 1, 'Vaststelling door de school')
    r = P.rechten()
    if r is not None:
        out += [('small', 'Uw rechten: ' + r)]
    return out


def L_groeidocument(P):
    p = P.p
    out = [('title', 'Groeidocument %s' % p.name), ('sub', 'Versie %s \u2013 %s' % (f(P.d), P.swv)), ('footer', 'Groeidocument %s \u2013 %s' % (p.name, P.school))]
    out += [('h', 1, '1. Gegevens leerling en school'), pupil_kv(P)]
    out += [('h', 1, '2. Schoolloopbaan en hulpvraag'),
            ('p', '%s is in groep 1 ingestroomd. In groep 3 kwam de leesontwikkeling moeizaam op gang; vanaf groep 4 is er extra begeleiding in de groep geweest (niveau 2 en 3 van de ondersteuningsroute). '
                  'Omdat de achterstand ondanks deze begeleiding groter werd, is in overleg met ouders het ondersteuningsteam ingeschakeld.' % p.first if P.st in ('po', 'sbo', 'so') else
                  '%s is na de basisschool ingestroomd met een aanvullend advies van het samenwerkingsverband. In het eerste jaar is het verzuim opgelopen. Het ondersteuningsteam heeft in overleg met ouders besloten een OPP op te stellen.' % p.first),
            ('p', 'Hulpvraag school: hoe kunnen wij %s zo begeleiden dat %s tot leren komt en zich veilig voelt?' % (p.first, p.hij))]
    out.append(('h', 1, '3. Beeld van de leerling'))
    bev, bel = P.factors('bev'), P.factors('bel')
    if bev is not None:
        out += [('h', 2, '3.1 Wat gaat goed (bevorderende factoren)')] + content_blocks(bev)
    if bel is not None:
        out += [('h', 2, '3.2 Wat belemmert (belemmerende factoren)')] + content_blocks(bel)
    b = P.behoefte()
    if b is not None:
        out += [('h', 1, '4. Onderwijs- en ondersteuningsbehoeften')] + content_blocks(b)
    out.append(('h', 1, '5. Ontwikkelingsperspectief (OPP)'))
    out += uitstroom_blocks(P, 2, '5.1 Te verwachten uitstroombestemming')
    ob = P.onderbouwing()
    if ob is not None:
        out += [('h', 2, '5.2 Onderbouwing')] + content_blocks(ob)
    put(out, 2, '5.3 Doelen', goal_table(P, with_eval=False))
    put(out, 2, '5.4 Te bieden ondersteuning en begeleiding', support_table(P))
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 2, '5.5 Afwijkingen van het onderwijsprogramma')] + ab
    out.append(('h', 1, '6. Betrokkenheid van ouders en leerling'))
    o = P.oogo()
    if o is not None:
        out += [('h', 2, '6.1 Gesprek met ouders')] + content_blocks(o)
    i = P.inbreng()
    if i is not None:
        out += [('h', 2, '6.2 De stem van ' + p.first)] + content_blocks(i)
    a = P.adviezen()
    if a is not None:
        out += [('h', 1, '7. Adviezen van deskundigen')] + content_blocks(a)
    e = P.evaluatie()
    if e is not None:
        out += [('h', 1, '8. Evaluatie en afspraken')] + content_blocks(e)
    out += consent_blocks(P, 1, '9. Ondertekening handelingsdeel')
    out += vast_blocks(P, 1, '10. Vaststelling')
    r = P.rechten()
    if r is not None:
        out += [('h', 2, 'Informatie voor ouders'), ('small', r)]
    return out


def L_beknopt(P):
    p = P.p
    out = [('title', 'Beknopt OPP'), ('sub', '%s \u2013 %s \u2013 schooljaar %s' % (P.school, P.place, P.sytxt))]
    rows = [('Naam', p.name), ('Geboortedatum', f(p.birth)), ('Groep/klas', p.grade)]
    def add_row(k, x):
        if x is not None:
            rows.append((k, astext(x) if not isinstance(x, str) else x))
    add_row('Uitstroombestemming', P.uitstroom())
    add_row('Onderbouwing', P.onderbouwing())
    add_row('Bevorderende factoren', P.factors('bev'))
    add_row('Belemmerende factoren', P.factors('bel'))
    add_row('Onderwijsbehoeften', P.behoefte())
    g = P.goals()
    if g is not None:
        rows.append(('Doelen', g if isinstance(g, str) else '\n'.join('%d. %s (%s)' % (i + 1, r[0], r[2]) for i, r in enumerate(g))))
    s = P.support()
    if s is not None:
        rows.append(('Ondersteuning', s if isinstance(s, str) else '\n'.join('%s \u2013 %s \u2013 %s \u2013 van %s t/m %s' % tuple(r) for r in s)))
    add_row('Afwijkingen onderwijsprogramma', afw_text(P))
    add_row('Adviezen deskundigen', P.adviezen())
    add_row('Inbreng leerling', P.inbreng())
    add_row('Overleg met ouders (OOGO)', P.oogo())
    add_row('Evaluatie', P.evaluatie())
    v = P.vaststelling()
    if v is not None:
        rows.append(('Vastgesteld', '%s door %s' % v))
    out.append(('kv', rows))
    out += consent_blocks(P, 2, 'Instemming handelingsdeel')
    r = P.rechten()
    if r is not None:
        out.append(('small', r))
    return out


def L_questions(P):
    p, n = P.p, P.p.first
    out = [('title', 'Ontwikkelingsperspectief van %s' % n), ('sub', '%s, %s \u2013 een plan in gewone woorden' % (P.school, P.place))]
    out += [('h', 1, 'Over wie gaat dit plan?'), pupil_kv(P)]
    sec(out, 1, 'Wat gaat goed? Waar is %s sterk in?' % n, P.factors('bev'))
    sec(out, 1, 'Wat vindt %s moeilijk? Wat zit in de weg?' % n, P.factors('bel'))
    sec(out, 1, 'Wat heeft %s nodig?' % n, P.behoefte())
    u = P.uitstroom()
    if u is not None:
        out += uitstroom_blocks(P, 1, 'Naar welke school of welk werk gaat %s straks?' % n)
    sec(out, 1, 'Waarom verwachten we dat?', P.onderbouwing())
    put(out, 1, 'Waar werken we de komende periode aan?', goal_table(P))
    put(out, 1, 'Welke hulp krijgt %s, van wie en hoe vaak?' % n, support_table(P))
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 1, 'Wijkt het lesprogramma af?')] + ab
    sec(out, 1, 'Wat zeggen de deskundigen?', P.adviezen())
    sec(out, 1, 'Wat vindt %s er zelf van?' % n, P.inbreng())
    sec(out, 1, 'Wanneer hebben we het plan met u besproken?', P.oogo())
    sec(out, 1, 'Wanneer kijken we samen of het werkt?', P.evaluatie())
    out += consent_blocks(P, 1, 'Gaat u akkoord met de hulp in dit plan?')
    sec(out, 1, 'Wat kunt u doen als u het niet eens bent?', P.rechten())
    out += vast_blocks(P, 1, 'Wanneer is het plan vastgesteld?')
    return out


def L_letter(P):
    p, n = P.p, P.p.first
    dd = P.d
    out = [('header', '%s \u2022 Dorpsstraat %d \u2022 %s' % (P.school, 3 + P.s['seed'] % 40, P.place)),
           ('p', 'Aan de ouders/verzorgers van %s\n%s' % (p.name, P.place) if not p.curatele else 'Aan %s\n%s' % (p.curator, P.place)),
           ('p', '%s, %s' % (P.place, flong(add(dd, 1)))),
           ('p', 'Betreft: ontwikkelingsperspectief (OPP) van %s, %s' % (n, p.grade)),
           ('p', 'Geachte heer en mevrouw %s,' % p.last),
           ('p', 'Hierbij ontvangt u het ontwikkelingsperspectief van %s voor schooljaar %s. In deze brief zetten wij de belangrijkste afspraken op een rij.' % (n, P.sytxt))]
    o = P.oogo()
    if o:
        out.append(('p', o))
    elif o == '':
        out.append(('p', 'Gesprek met ouders:'))
    u, ob = P.uitstroom(), P.onderbouwing()
    if u is not None:
        out += [('h', 2, 'Wat verwachten wij?'), ('p', 'Wij verwachten dat %s na onze school uitstroomt naar: %s' % (n, u) if u else 'Verwachte uitstroom:')]
    if ob is not None:
        out.append(('p', ('Waarom? ' + ob) if ob else 'Onderbouwing:'))
    bev, bel = P.factors('bev'), P.factors('bel')
    if bev is not None:
        out += [('h', 2, 'Wat helpt %s?' % n)] + content_blocks(bev)
    if bel is not None:
        out += [('h', 2, 'Wat maakt het moeilijker?')] + content_blocks(bel)
    b = P.behoefte()
    if b is not None:
        out += [('h', 2, 'Wat heeft %s nodig?' % n)] + content_blocks(b)
    g = P.goals()
    if g is not None:
        out.append(('h', 2, 'Onze doelen'))
        out += content_blocks(g if isinstance(g, str) else ['%s (%s)' % (r[0], r[2]) for r in g])
    s = P.support()
    if s is not None:
        out.append(('h', 2, 'Welke extra hulp bieden wij?'))
        out += content_blocks(s if isinstance(s, str) else ['%s, door %s, %s, van %s tot en met %s' % tuple(r) for r in s])
    a = afw_text(P)
    if a is not None:
        out += [('h', 2, 'Afwijkingen van het lesprogramma'), ('p', a)]
    a = P.adviezen()
    if a is not None:
        out += [('h', 2, 'Adviezen van deskundigen')] + content_blocks(a)
    i = P.inbreng()
    if i is not None:
        out += [('h', 2, 'Wat vindt %s zelf?' % n)] + content_blocks(i)
    e = P.evaluatie()
    if e is not None:
        out += [('h', 2, 'Evaluatie')] + content_blocks(e)
    r = P.rechten()
    if r is not None:
        out += [('h', 2, 'Uw rechten')] + content_blocks(r)
    v = P.vaststelling()
    if v is not None:
        out.append(('p', 'Het ontwikkelingsperspectief is vastgesteld op %s door %s.' % v))
    out.append(('p', 'Met vriendelijke groet,\n\n%s, %s\n%s, %s' % (P.ib, P.ibrole, P.director, 'directeur')))
    cb = consent_blocks(P, 2, 'Strook retour: instemming met het handelingsdeel')
    if cb:
        out.append(('p', '- - - - - - - - - - - - - - - - - - - - - - - - knippen - - - - - - - - - - - - - - - - - - - - - - - -'))
    out += cb
    return out


def L_system(P):
    p = P.p
    sysname = 'Koers Leerlingdossier 5.3'
    printed = f(add(P.d, 3))
    out = [('title', 'OPP \u2013 %s' % p.name), ('small', 'Export uit %s | dossiernummer %d | status: vastgesteld' % (sysname, 402113 + P.s['seed'] * 37)),
           ('footer', 'Afgedrukt op %s door %s | %s | Vertrouwelijk' % (printed, P.ib, sysname))]
    out += [('h', 2, 'Leerlinggegevens'), pupil_kv(P)]
    def kvs(title, items):
        rows = [(k, (astext(x) if not isinstance(x, str) else x)) for k, x in items if x is not None]
        if rows:
            out.extend([('h', 2, title), ('kv', rows)])
    kvs('Perspectief', [('OPP.Uitstroombestemming', P.uitstroom()), ('OPP.Onderbouwing', P.onderbouwing())])
    kvs('Factoren', [('Factoren.Belemmerend', P.factors('bel')), ('Factoren.Bevorderend', P.factors('bev'))])
    kvs('Onderwijsbehoeften', [('Behoeften', P.behoefte())])
    g = P.goals()
    if g is not None:
        out.append(('h', 2, 'Doelen'))
        if isinstance(g, str):
            out.append(('kv', [('Doelen', g)]))
        else:
            out.append(('table', ['Doel', 'Uitvoerder', 'Status'], [[r[0], r[2], 'actief'] for r in g]))
    s = P.support()
    if s is not None:
        out.append(('h', 2, 'Interventies'))
        if isinstance(s, str):
            out.append(('kv', [('Interventies', s)]))
        else:
            out.append(('table', ['Interventie', 'Uitvoerder', 'Frequentie', 'Begin', 'Eind'], [list(r) for r in s]))
    kvs('Programma', [('Afwijking onderwijsprogramma', afw_text(P))])
    kvs('Externe deskundigen', [('Adviezen', P.adviezen())])
    kvs('Betrokkenheid', [('Gesprek ouders (OOGO)', P.oogo()), ('Inbreng leerling', P.inbreng()), ('Evaluatieafspraak', P.evaluatie())])
    C = P.consent()
    rows = []
    if C is not None:
        if C['avg']:
            rows.append(('Toestemming AVG / beeldmateriaal', 'Ja \u2013 %s, %s' % (C['rows'][0][1], C['rows'][0][2])))
        else:
            rows.append(('Instemming handelingsdeel', C['stated'] or ''))
            if C['note']:
                rows.append(('Opmerking ouders', C['note']))
    v = P.vaststelling()
    if v is not None:
        rows.append(('Datum vaststelling', v[0]))
        rows.append(('Vastgesteld door', v[1]))
    if P.rev:
        rows.append(('Laatste bijstelling', f(P.rev)))
    if rows:
        out += [('h', 2, 'Status en ondertekening'), ('kv', rows)]
    r = P.rechten()
    if r is not None:
        out.append(('small', r))
    return out


def L_vso_profile(P):
    p, n = P.p, P.p.first
    out = [('title', 'Ontwikkelingsperspectiefplan %s' % ('VSO' if P.st == 'vso' else 'Praktijkonderwijs')), ('sub', '%s \u2013 %s' % (P.school, P.place)),
           ('footer', 'OPP %s | %s | schooljaar %s' % (p.name, P.school, P.sytxt))]
    out += [('h', 1, 'A. Gegevens'), pupil_kv(P)]
    out += uitstroom_blocks(P, 1, 'B. Uitstroomprofiel en -bestemming', checks=True)
    sec(out, 2, 'Onderbouwing van de uitstroombestemming', P.onderbouwing())
    bev, bel = P.factors('bev'), P.factors('bel')
    if bev is not None or bel is not None:
        out.append(('h', 1, 'C. Stimulerende en belemmerende factoren'))
        if isinstance(bev, list) or isinstance(bel, list):
            hdr, cols = ['Gebied'], []
            doms = []
            for x in (bev, bel):
                if isinstance(x, list):
                    doms += [d_ for d_, _ in x if d_ not in doms]
            if bev is not None:
                hdr.append('Stimulerend')
            if bel is not None:
                hdr.append('Belemmerend')
            rows = []
            for i, d_ in enumerate(doms):
                row = [d_]
                for x in (bev, bel):
                    if x is None:
                        continue
                    row.append(next((t for dd, t in x if dd == d_), '') if isinstance(x, list) else (x if i == 0 else ''))
                rows.append(row)
            out.append(('table', hdr, rows))
        else:
            if bev is not None:
                out += [('h', 2, 'Stimulerend')] + content_blocks(bev)
            if bel is not None:
                out += [('h', 2, 'Belemmerend')] + content_blocks(bel)
    sec(out, 1, 'D. Ondersteuningsbehoeften', P.behoefte())
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 1, 'E. Leerroute en afwijkingen van het onderwijsprogramma')] + ab
    sec(out, 1, 'F. Adviezen (commissie voor de begeleiding en deskundigen)' if P.st == 'vso' else 'F. Adviezen van deskundigen', P.adviezen())
    out.append(('h', 1, 'G. Handelingsdeel'))
    put(out, 2, 'Doelen', goal_table(P))
    put(out, 2, 'Ondersteuning en begeleiding', support_table(P))
    out += [('h', 2, 'Stage en transitie'), ('p', 'Interne stage in schooljaar %s; vanaf periode 3 externe stage bij een leerwerkbedrijf in %s. Warme overdracht naar de gemeente (consulent werk en inkomen) in het laatste schooljaar.' % (P.sytxt, P.place))]
    sec(out, 1, 'H. Inbreng van %s' % n, P.inbreng())
    sec(out, 1, 'I. Op overeenstemming gericht overleg', P.oogo())
    sec(out, 1, 'J. Evaluatie', P.evaluatie())
    out += consent_blocks(P, 1, 'K. Instemming met het handelingsdeel')
    out += vast_blocks(P, 1, 'L. Vaststelling')
    r = P.rechten()
    if r is not None:
        out += [('h', 1, 'M. Rechten'), ('p', r)]
    return out


def L_form(P, blank=False):
    """Fillable form: everything as kv fields, tables as field grids, check boxes as real boxes."""
    p = P.p
    out = [('title', 'Formulier Ontwikkelingsperspectief'), ('sub', '%s \u2013 in te vullen door de school, digitaal of op papier' % P.swv), ('footer', 'Formulier OPP %s \u2013 versie 2025.1' % P.swv.split(' ')[0])]
    def T(x):
        if x is None:
            return None
        return astext(x) if not isinstance(x, str) else x
    out += [('h', 1, '1. Leerling'), ('kv', [('Naam leerling', p.name), ('Geboortedatum', f(p.birth)), ('School', P.school), ('Groep/klas', p.grade), ('Schooljaar', P.sytxt)] +
            ([('Juridische status', pupil_kv(P)[1][6][1])] if (P.st == 'vso' and p.adult) else []))]
    rows = [(k, T(x)) for k, x in [('Te verwachten uitstroombestemming', P.uitstroom()), ('Onderbouwing', P.onderbouwing())] if x is not None]
    out += [('h', 1, '2. Perspectief'), ('kv', rows)]
    if P.st == 'vso':
        out.insert(len(out) - 1, ('checks', [(P.vso_profile() == x and P.v('uitstroombestemming') == 'ok', 'Profiel ' + x) for x in ('vervolgonderwijs', 'arbeidsmarktgericht', 'dagbesteding')]))
    rows = [(k, T(x)) for k, x in [('Bevorderende factoren', P.factors('bev')), ('Belemmerende factoren', P.factors('bel')), ('Onderwijsbehoeften', P.behoefte()),
                                    ('Adviezen deskundigen', P.adviezen())] if x is not None]
    out += [('h', 1, '3. Beeld van de leerling'), ('kv', rows)]
    out.append(('h', 1, '4. Handelingsdeel'))
    g = P.goals()
    if isinstance(g, list):
        out += [('h', 2, 'Doelen'), ('table', ['Doel', 'Aanpak', 'Wie', 'Evaluatie (datum)'], [list(r) for r in g])]
    elif g is not None:
        out += [('h', 2, 'Doelen'), ('kv', [('Doelen', g)])]
    s = P.support()
    if isinstance(s, list):
        out += [('h', 2, 'Ondersteuning'), ('table', ['Wat', 'Door wie', 'Hoe vaak', 'Start', 'Eind'], [list(r) for r in s])]
    elif s is not None:
        out += [('h', 2, 'Ondersteuning'), ('kv', [('Ondersteuning', s)])]
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 2, 'Afwijkingen van het onderwijsprogramma')] + [b for b in ab if b[0] == 'checks'] + [('kv', [('Toelichting', next((b[1] for b in ab if b[0] == 'p'), ''))])]
    rows = [(k, T(x)) for k, x in [('Inbreng leerling', P.inbreng()), ('Datum en deelnemers OOGO', P.oogo()), ('Evaluatie (wanneer, met wie)', P.evaluatie()),
                                    ('Informatie over rechten', P.rechten())] if x is not None]
    out += [('h', 1, '5. Overleg, evaluatie en rechten'), ('kv', rows)]
    out += consent_blocks(P, 1, '6. Instemming handelingsdeel')
    v = P.vaststelling()
    if v is not None:
        out += [('h', 1, '7. Vaststelling'), ('kv', [('Datum vaststelling', v[0]), ('Vastgesteld door', v[1])])]
    return out


def L_goal_matrix(P, sdt=False):
    p, n = P.p, P.p.first
    out = [('title', 'OPP \u2013 doelenplan %s' % p.name), ('sub', '%s \u2013 schooljaar %s' % (P.school, P.sytxt)), ('footer', 'Doelenplan/OPP %s \u2013 %s' % (p.first, P.school))]
    out += [('h', 1, 'Leerling'), pupil_kv(P)]
    def field(title, x, lvl=2):
        v = x
        if v is None:
            return
        if sdt:
            txt = astext(v) if not isinstance(v, str) else v
            instr = txt in [PH_ for PH_ in []]
            out.append(('h', lvl, title))
            from content import INSTR
            if txt in INSTR.values():
                out.append(('sdt', title + ':', None, 'Klik of tik om tekst in te voeren.'))
                out.append(('small', txt))
            else:
                out.append(('sdt', title + ':', txt, ''))
        else:
            sec(out, lvl, title, v)
    out.append(('h', 1, 'Perspectief'))
    if P.st == 'vso':
        out += uitstroom_blocks(P, 2, 'Uitstroombestemming', checks=True)
    else:
        field('Uitstroombestemming', P.uitstroom())
    field('Onderbouwing', P.onderbouwing())
    bev, bel = P.factors('bev'), P.factors('bel')
    if bev is not None or bel is not None:
        out.append(('h', 1, 'Factoren'))
        field('Bevorderend', bev)
        field('Belemmerend', bel)
    field('Onderwijsbehoeften', P.behoefte(), 1)
    g = P.goals()
    if g is not None:
        out.append(('h', 1, 'Doelen en aanpak'))
        if isinstance(g, list):
            doms = ['Rekenen', 'Lezen', 'Werkhouding'] if P.st in ('po', 'sbo', 'so') else (['Studievaardigheden', 'Aanwezigheid', 'Sociaal-emotioneel'] if P.st == 'vo' else ['Werknemersvaardigheden', 'Zelfstandigheid', 'Certificaat'])
            out.append(('table', ['Domein', 'Doel', 'Aanpak', 'Wie', 'Evaluatie (datum)', 'Resultaat'], [[doms[i % 3]] + list(r) + [''] for i, r in enumerate(g)]))
        else:
            out += content_blocks(g)
    put(out, 1, 'Ondersteuning', support_table(P, ['Ondersteuning', 'Door', 'Frequentie', 'Van', 'Tot']))
    ab = afw_blocks(P)
    if ab is not None:
        out += [('h', 1, 'Afwijkingen van het programma')] + ab
    field('Adviezen deskundigen', P.adviezen(), 1)
    field('Inbreng leerling', P.inbreng(), 1)
    field('Overleg met ouders (OOGO)', P.oogo(), 1)
    field('Evaluatie van het plan', P.evaluatie(), 1)
    out += consent_blocks(P, 1, 'Instemming handelingsdeel')
    out += vast_blocks(P, 1, 'Vaststelling')
    field('Rechten van ouders', P.rechten(), 1)
    return out


LAYOUTS = {'swv-numbered': L_swv_numbered, 'domain-table': L_domain_table, 'groeidocument': L_groeidocument, 'beknopt': L_beknopt,
           'question-headings': L_questions, 'letter': L_letter, 'system-export': L_system, 'vso-profile': L_vso_profile,
           'fillable-form': L_form, 'goal-matrix': L_goal_matrix}


# =========================================================================== non-OPP documents
def N_leaflet():
    swv = 'Samenwerkingsverband Passend Primair Onderwijs Vlist en Brakel'
    return [('title', 'Wat is een ontwikkelingsperspectief (OPP)?'), ('sub', 'Informatie voor ouders \u2013 ' + swv), ('footer', swv + ' \u2013 folder ouders 2025'),
            ('p', 'Heeft uw kind extra ondersteuning nodig die de school niet uit de basisondersteuning kan bieden? Dan maakt de school een ontwikkelingsperspectief, ook wel OPP genoemd. In deze folder leest u wat er in een OPP staat en wat uw rol is.'),
            ('h', 1, 'Wat staat er in een OPP?'),
            ('ul', ['De verwachte uitstroombestemming: naar welk type vervolgonderwijs of werk uw kind waarschijnlijk gaat, en waarom de school dat verwacht.',
                    'De factoren die het leren van uw kind bevorderen of belemmeren.',
                    'Wat uw kind nodig heeft en welke extra ondersteuning de school biedt (het handelingsdeel).',
                    'Eventuele afwijkingen van het gewone lesprogramma.',
                    'Doelen voor de komende periode.']),
            ('h', 1, 'Wat is uw rol als ouder?'),
            ('p', 'De school bespreekt het OPP met u voordat het wordt vastgesteld. Over het handelingsdeel heeft u instemmingsrecht: de school kan dat deel pas uitvoeren als u ermee instemt. Sinds 1 augustus 2025 heeft uw kind bovendien het recht om gehoord te worden; de school vraagt ook uw kind naar zijn of haar mening.'),
            ('h', 1, 'Hoe vaak wordt het OPP bekeken?'),
            ('p', 'De school evalueert het OPP minstens één keer per schooljaar met u (en met uw kind).'),
            ('h', 1, 'Niet eens met het OPP?'),
            ('p', 'Ga eerst in gesprek met de school. Komt u er niet uit, dan kunt u terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband, een onderwijsconsulent of de Geschillencommissie passend onderwijs.'),
            ('h', 1, 'Contact'),
            ('p', 'Ouder- en jeugdsteunpunt Vlist en Brakel, Stationsweg 12, Oosterbrakel \u2013 bereikbaar op werkdagen van 9.00 tot 12.00 uur.')]


def N_newsletter():
    return [('title', 'Nieuwsbrief De Wilgenhoek'), ('sub', 'December 2025 \u2013 nummer 4'), ('footer', 'Kindcentrum De Wilgenhoek, Ravensweerd'),
            ('h', 1, 'Van de directie'), ('p', 'Wat een drukke en gezellige maand! Sinterklaas heeft onze school bezocht en de groepen 5 tot en met 8 hebben prachtige surprises gemaakt. Na de kerstvakantie starten we met de nieuwe methode voor wereldoriëntatie.'),
            ('h', 1, 'OPP-gesprekken in januari'), ('p', 'Voor leerlingen met een ontwikkelingsperspectief (OPP) vinden in de weken van 19 en 26 januari de tussenevaluaties plaats. De intern begeleider, mw. Kortenhoef, nodigt de betrokken ouders en leerlingen persoonlijk uit. Heeft u vragen over het OPP van uw kind, neem dan gerust contact op.'),
            ('h', 1, 'Kerstviering'), ('p', 'Op donderdag 18 december vieren we kerst met een kerstdiner in de eigen groep van 17.00 tot 18.30 uur. Wilt u zich via de app opgeven voor het meebrengen van een gerecht?'),
            ('h', 1, 'Agenda'), ('table', ['Datum', 'Activiteit'], [['18-12-2025', 'Kerstdiner'], ['19-12-2025', 'Vrije middag groep 1 t/m 8'], ['22-12 t/m 02-01', 'Kerstvakantie'], ['19-01 t/m 30-01-2026', 'OPP-tussenevaluaties en oudergesprekken']]),
            ('h', 1, 'Luizencontrole'), ('p', 'Na elke vakantie controleren de luizenouders alle kinderen. Wilt u op maandag 5 januari geen gel of vlechtjes in het haar doen?')]


def N_blank_template():
    from content import INSTR
    swv = 'Samenwerkingsverband Passend Primair Onderwijs Vlist en Brakel'
    out = [('title', 'Ontwikkelingsperspectiefplan (OPP) \u2013 format'), ('sub', swv + ' \u2013 leeg format, versie 2025. Verwijder de grijze instructieteksten na het invullen.'),
           ('footer', 'Format OPP ' + swv)]
    out += [('h', 1, '1. Gegevens leerling'), ('kv', [('Naam leerling', ''), ('Geboortedatum', ''), ('Groep', ''), ('School', ''), ('Schooljaar', ''), ('Opgesteld door', '')])]
    out += [('h', 1, '2. Te verwachten uitstroombestemming'), ('p', INSTR['uitstroombestemming']), ('h', 2, '2.1 Onderbouwing'), ('p', INSTR['onderbouwing'])]
    out += [('h', 1, '3. Bevorderende en belemmerende factoren'), ('table', ['Domein', 'Bevorderend', 'Belemmerend'], [['Leren', '', ''], ['Werkhouding', '', ''], ['Sociaal-emotioneel', '', ''], ['Thuissituatie', '', '']]),
            ('p', INSTR['belemmerende_factoren'])]
    out += [('h', 1, '4. Onderwijs- en ondersteuningsbehoeften'), ('p', INSTR['ondersteuningsbehoefte'])]
    out += [('h', 1, '5. Adviezen van externe deskundigen'), ('p', INSTR['adviezen_professionals'])]
    out += [('h', 1, '6. Handelingsdeel'), ('h', 2, '6.1 Doelen'), ('table', ['Doel', 'Aanpak', 'Wie', 'Evaluatie (datum)'], [['', '', '', ''], ['', '', '', '']]),
            ('h', 2, '6.2 Ondersteuning'), ('table', ['Wat', 'Door wie', 'Hoe vaak', 'Startdatum', 'Einddatum'], [['', '', '', '', ''], ['', '', '', '', '']]),
            ('h', 2, '6.3 Afwijkingen van het onderwijsprogramma'), ('checks', [(False, 'Geen afwijkingen'), (False, 'Wel afwijkingen, namelijk:')])]
    out += [('h', 1, '7. Inbreng van de leerling'), ('p', INSTR['inbreng_leerling']),
            ('h', 1, '8. Overleg met ouders (OOGO)'), ('kv', [('Datum', ''), ('Aanwezig', '')]),
            ('h', 1, '9. Evaluatie'), ('p', INSTR['evaluatie']),
            ('h', 1, '10. Instemming ouders met het handelingsdeel'), ('checks', [(False, 'Akkoord'), (False, 'Niet akkoord')]),
            ('sig', [('Ouder/verzorger 1', '', '', ''), ('Ouder/verzorger 2', '', '', ''), ('School', '', '', '')]),
            ('h', 1, '11. Vaststelling'), ('kv', [('Datum vaststelling', ''), ('Vastgesteld door', '')]),
            ('h', 1, '12. Informatie voor ouders over hun rechten'), ('p', INSTR['informatie_rechten'])]
    return out
