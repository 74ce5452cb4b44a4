"""Layouts: each turns the element contents of one pupil into blocks (or form fields).
Modelled on public OPP formats: SWV formats with numbered sections, the A/B/C/D Word format where
part A is signed 'voor gezien' and part C carries the consent, domain tables with belemmerend /
bevorderend columns, groeidocument exports with the OPP as one chapter, short 'beknopt OPP' forms,
question headings, letters with a return slip, pupil-administration exports, the praktijkonderwijs
IOP with OPP, and (v)so plans with uitstroomprofiel and the commissie voor de begeleiding."""
from content import fdate, monthyear, add
import render

ROWHEAD = ["Wat", "Wie", "Hoe vaak", "Vanaf"]


def pdate(p, k):
    return fdate(p[k], p['ds'])


# ------------------------------------------------------------------ generic element rendering
def prose(C, el):
    """Blocks for an element under an existing heading. None -> None (caller omits heading)."""
    v = C[el]
    if v is None:
        return None
    if el == 'uitstroombestemming':
        return [('p', v)] if v else []
    if not v:
        return []
    if el in ('belemmerende_factoren', 'bevorderende_factoren'):
        if len(v) == 1 and not v[0][0]:
            return [('p', v[0][1])]
        if v[0][0] == 'Algemeen':
            return [('p', v[0][1])]
        return [('bullets', ["%s: %s" % (a, b) for a, b in v])]
    if el == 'ondersteuning':
        if len(v) == 1 and not any(v[0][1:]):
            return [('p', v[0][0])]
        return [('table', [ROWHEAD] + [list(r) for r in v], {'header': True, 'widths': [0.46, 0.24, 0.15, 0.15]})]
    if el == 'doelen' and len(v) > 1:
        return [('bullets', v)]
    if el == 'ondersteuningsbehoefte' and len(v) > 1:
        return [('bullets', v)]
    return [('p', x) for x in v]


def flat(C, el, sep="\n"):
    """Single string for a table cell / form field."""
    v = C[el]
    if v is None:
        return None
    if el == 'uitstroombestemming':
        return v
    if not v:
        return ""
    if el in ('belemmerende_factoren', 'bevorderende_factoren'):
        return sep.join(("%s: %s" % (a, b)) if a and a != 'Algemeen' else b for a, b in v)
    if el == 'ondersteuning':
        return sep.join(", ".join(x for x in r if x) for r in v)
    if el in ('doelen', 'ondersteuningsbehoefte') and len(v) > 1:
        return sep.join("- " + x for x in v)
    return sep.join(v)


def section(blocks, heading, C, el, level='h1'):
    b = prose(C, el)
    if b is None:
        return
    blocks.append((level, heading))
    blocks.extend(b)


def vast_blocks(p, C, style='sentence'):
    v = C['vaststelling']
    if v == 'absent':
        return None
    if v == 'empty':
        return []
    if v.startswith('ph:'):
        return [('kv', [("Datum vaststelling", v[3:]), ("Vastgesteld door", "")])] if style == 'kv' else [('p', "Vastgesteld op: " + v[3:])]
    if v == 'instruction':
        return [('p', C['_instr_vast'])]
    if style == 'kv':
        return [('kv', [("Datum vaststelling", fdate(p['D'], p['ds'])), ("Vastgesteld door", "%s, directeur (namens het bevoegd gezag)" % p['dir'])])]
    return [('p', C['_vast_sentence'])]


def school_row(p, C):
    if C['vaststelling'] == 'present':
        return ("School (directeur)", p['dir'], fdate(p['D'], p['ds']), 'wg')
    if C['vaststelling'] == 'absent':
        return None
    return ("School (directeur)", p['dir'], "", 'blank')


def consent_blocks(p, C, style='sig'):
    v = C['consent']
    if v == 'absent':
        return None
    N = p['roep']
    dc = pdate(p, 'd_consent')
    par = p['ouder1']
    srow = school_row(p, C)
    out = []
    stmt = "Ouder(s)/verzorger(s) stemmen in met het handelingsdeel (doelen en te bieden ondersteuning) van dit ontwikkelingsperspectief."
    def rows(*r):
        rr = [x for x in r if x]
        if srow and all(x[0] != srow[0] for x in rr):
            rr.append(srow)
        return [('sig', rr)]
    if v == 'avg_only':
        out.append(('h2', "Toestemming uitwisseling gegevens (AVG)"))
        out.append(('p', "Ouders geven toestemming om gegevens uit dit dossier te delen met het samenwerkingsverband en de jeugdarts van de GGD."))
        out.append(('check', [("Ja, ik geef toestemming voor gegevensuitwisseling", True), ("Ja, foto's van mijn kind mogen in de nieuwsbrief", True)]))
        out += [('sig', [("Ouder/verzorger", par, dc, 'signed')])]
        return out
    if style == 'kv':
        m = {'signed': [("Instemming handelingsdeel", "Akkoord"), ("Datum instemming", dc), ("Door", par)],
             'digital': [("Instemming handelingsdeel", "Akkoord (digitaal ondertekend via het ouderportaal)"), ("Datum instemming", dc), ("Door", par)],
             'voor_gezien': [("Ondertekening ouders", "Voor gezien"), ("Datum", dc), ("Door", par)],
             'onder_protest': [("Instemming handelingsdeel", "Ondertekend onder protest"), ("Toelichting ouders", "Wij zijn het niet eens met het aantal uren begeleiding."), ("Datum", dc), ("Door", par)],
             'refused': [("Instemming handelingsdeel", "Niet akkoord"), ("Toelichting ouders", "Ouders willen eerst een second opinion over de uitstroombestemming."), ("Datum", dc), ("Door", par)],
             'partial': [("Instemming handelingsdeel", "Gedeeltelijk akkoord: niet akkoord met de afwijking van het programma"), ("Datum", dc), ("Door", par)],
             'school_only': [("Instemming handelingsdeel", "-"), ("Ondertekend door school", "%s, %s" % (p['dir'], fdate(p['D'], p['ds'])))],
             'blank_line': [("Instemming handelingsdeel", ""), ("Datum instemming", ""), ("Door", "")],
             'unticked': [("Instemming handelingsdeel", "\u2610 akkoord  \u2610 niet akkoord"), ("Datum instemming", ""), ("Door", par)],
             'nodate': [("Instemming handelingsdeel", "Akkoord"), ("Datum instemming", "-"), ("Door", par)],
             'wrong_party': [("Instemming handelingsdeel", "Akkoord"), ("Datum instemming", dc), ("Door", "%s en %s (ouders)" % (p['moeder'], p['vader']))],
             'adult_self': [("Instemming handelingsdeel", "Akkoord"), ("Datum instemming", dc), ("Door", "%s (leerling, meerderjarig)" % p['naam'])],
             'curator': [("Instemming handelingsdeel", "Akkoord"), ("Datum instemming", dc), ("Door", "%s (curator van %s)" % (p['moeder'], N))]}
        return [('kv', m[v])]
    if style == 'check' or style == 'strook':
        opts = {'signed': (True, False), 'refused': (False, True), 'unticked': (False, False), 'nodate': (True, False),
                'onder_protest': (True, False), 'partial': (True, False), 'wrong_party': (True, False), 'adult_self': (True, False),
                'curator': (True, False), 'voor_gezien': (False, False), 'school_only': (False, False), 'blank_line': (False, False), 'digital': (True, False)}[v]
        who = {'adult_self': ("Leerling (meerderjarig)", p['naam']), 'curator': ("Curator", "%s, curator van %s" % (p['moeder'], p['naam'])),
               'wrong_party': ("Ouders", "%s en %s" % (p['moeder'], p['vader']))}.get(v, ("Ouder/verzorger", par))
        if v == 'voor_gezien':
            out.append(('p', "Voor gezien door ouder(s)/verzorger(s):"))
        else:
            lab_ok = "Ik ga akkoord met het handelingsdeel van het ontwikkelingsperspectief"
            if v == 'partial':
                lab_ok += ", met uitzondering van de afwijking van het onderwijsprogramma"
            if v == 'onder_protest':
                lab_ok += " (getekend onder protest, zie opmerking)"
            out.append(('check', [(lab_ok, opts[0]), ("Ik ga niet akkoord met het handelingsdeel", opts[1])], {'cc': C.get('_cc', False)}))
        name = who[1] if v not in ('blank_line', 'school_only') else ""
        date = dc if v not in ('nodate', 'blank_line', 'school_only', 'unticked') else ""
        state = 'signed' if v not in ('blank_line', 'school_only', 'unticked') else 'blank'
        if v == 'onder_protest':
            out.append(('p', "Opmerking ouders: wij tekenen onder protest; wij vinden dat %s meer begeleiding nodig heeft dan hier staat." % N))
        out += rows((who[0], name, date, state))
        return out
    # 'sig' style (statement + signature table)
    if v == 'voor_gezien':
        out.append(('p', "Ondertekening ouder(s)/verzorger(s) voor gezien."))
        out += rows(("Ouder/verzorger (voor gezien)", par, dc, 'signed'))
    elif v in ('signed', 'digital'):
        out.append(('p', stmt))
        if v == 'digital':
            out.append(('p', "Digitaal akkoord gegeven door %s via het ouderportaal op %s." % (par, dc)))
            if srow: out.append(('sig', [srow]))
        else:
            out += rows(("Ouder/verzorger", par, dc, 'signed'))
    elif v == 'onder_protest':
        out.append(('p', stmt))
        out += rows(("Ouder/verzorger", par + " (onder protest)", dc, 'signed'))
        out.append(('p', "Handgeschreven toevoeging ouder: 'getekend onder protest, wij zijn het niet eens met het verminderen van de RT-uren'."))
    elif v == 'refused':
        out.append(('p', stmt))
        out.append(('p', "Ouders hebben aangegeven niet in te stemmen met het handelingsdeel. Zij willen eerst een second opinion."))
        out += rows(("Ouder/verzorger (niet akkoord)", par, dc, 'signed'))
    elif v == 'partial':
        out.append(('p', stmt))
        out.append(('p', "Ouders stemmen in met de doelen en de begeleiding, maar niet met de afwijking van het onderwijsprogramma."))
        out += rows(("Ouder/verzorger (deels akkoord)", par, dc, 'signed'))
    elif v == 'school_only':
        out.append(('p', stmt))
        out += rows(("Ouder/verzorger", "", "", 'blank'))
    elif v == 'blank_line':
        out.append(('p', stmt))
        out.append(('sig', [("Ouder/verzorger", "", "", 'blank'), ("Ouder/verzorger", "", "", 'blank')] + ([srow] if srow else [])))
    elif v == 'unticked':
        out += consent_blocks(p, dict(C, consent='unticked'), 'check')
    elif v == 'nodate':
        out.append(('p', stmt))
        out += rows(("Ouder/verzorger", par, "", 'signed'))
    elif v == 'wrong_party':
        out.append(('p', stmt))
        out += rows(("Ouder/verzorger", p['moeder'], dc, 'signed'), ("Ouder/verzorger", p['vader'], dc, 'signed'))
    elif v == 'adult_self':
        out.append(('p', "%s is meerderjarig en handelingsbekwaam en stemt zelf in met het handelingsdeel van dit ontwikkelingsperspectief." % N))
        out += rows(("Leerling (meerderjarig)", p['naam'], dc, 'signed'))
    elif v == 'curator':
        out.append(('p', "%s is meerderjarig en staat onder curatele. De curator stemt namens %s in met het handelingsdeel; %s heeft het plan zelf ook gelezen en besproken." % (N, p['hem'], N)))
        out += rows(("Curator", "%s (moeder, curator)" % p['moeder'], dc, 'signed'), ("Leerling (gezien)", p['naam'], dc, 'signed'))
    return out


def gegevens(p, extra=()):
    kv = [("Naam leerling", p['naam']), ("Geboortedatum", fdate(p['geb'], p['ds'])), ("School", "%s, %s" % (p['school'], p['plaats'])),
          ("Groep / klas", p['klas']), ("%s" % p['lkrol'].capitalize(), p['lk']), (p['ibrol'].capitalize(), p['ib'])]
    return [('kv', kv + list(extra))]


def rights_blocks(C):
    v = C['informatie_rechten']
    if v is None:
        return None
    return [('p', x) for x in v] if v else []


# ------------------------------------------------------------------ 1 swv-numbered
def swv_numbered(p, C, spec):
    B = [('title', "Ontwikkelingsperspectiefplan (OPP)"), ('p', "%s  |  Schooljaar %s" % (p['swv'], spec['sj']))]
    B.append(('h1', "1. Gegevens leerling en school"))
    B += gegevens(p, [("Datum opstellen", pdate(p, 'd_oogo'))])
    B.append(('h1', "2. Ontwikkelingsperspectief"))
    section(B, "2.1 Te verwachten uitstroombestemming", C, 'uitstroombestemming', 'h2')
    section(B, "2.2 Onderbouwing van de uitstroombestemming", C, 'onderbouwing', 'h2')
    B.append(('h1', "3. Belemmerende en bevorderende factoren"))
    section(B, "3.1 Belemmerende factoren", C, 'belemmerende_factoren', 'h2')
    section(B, "3.2 Bevorderende (stimulerende) factoren", C, 'bevorderende_factoren', 'h2')
    section(B, "4. Onderwijs- en ondersteuningsbehoeften", C, 'ondersteuningsbehoefte')
    section(B, "5. Adviezen van externe deskundigen", C, 'adviezen_professionals')
    B.append(('h1', "6. Handelingsdeel"))
    section(B, "6.1 Doelen voor de komende periode", C, 'doelen', 'h2')
    section(B, "6.2 Te bieden ondersteuning en begeleiding", C, 'ondersteuning', 'h2')
    section(B, "6.3 Afwijkingen van het onderwijsprogramma", C, 'afwijkingen_onderwijsprogramma', 'h2')
    section(B, "7. Inbreng van de leerling", C, 'inbreng_leerling')
    section(B, "8. Overleg met ouders", C, 'oogo')
    section(B, "9. Evaluatie", C, 'evaluatie')
    B.append(('h1', "10. Vaststelling en ondertekening"))
    vb = vast_blocks(p, C)
    if vb is not None:
        B += vb
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Informatie voor ouders"))
        B += [('small', x[1]) for x in rb] if rb else []
    return B, {'title': "OPP " + p['naam'], 'footer': "%s - OPP %s - pagina {page} van {pages}" % (p['school'], p['naam'])}


# ------------------------------------------------------------------ 2 swv-abcd (A perspectief, B analyse, C handelingsdeel, D bespreking)
def swv_abcd(p, C, spec):
    B = [('title', "Format ontwikkelingsperspectief"), ('p', p['swv'])]
    B.append(('h1', "Onderdeel A - Gegevens en perspectief"))
    B += gegevens(p)
    section(B, "A2. Verwachte uitstroombestemming", C, 'uitstroombestemming', 'h2')
    section(B, "A3. Onderbouwing", C, 'onderbouwing', 'h2')
    B.append(('p', "Ouders tekenen onderdeel A voor gezien. Ouders hebben geen instemmingsrecht op het perspectiefdeel."))
    B.append(('sig', [("Ouder/verzorger (voor gezien)", p['ouder1'], pdate(p, 'd_oogo'), 'signed')]))
    B.append(('h1', "Onderdeel B - Analyse"))
    section(B, "B1. Belemmerende factoren", C, 'belemmerende_factoren', 'h2')
    section(B, "B2. Stimulerende factoren", C, 'bevorderende_factoren', 'h2')
    section(B, "B3. Onderwijsbehoeften", C, 'ondersteuningsbehoefte', 'h2')
    section(B, "B4. Adviezen deskundigen", C, 'adviezen_professionals', 'h2')
    B.append(('h1', "Onderdeel C - Handelingsdeel"))
    section(B, "C1. Doelen", C, 'doelen', 'h2')
    section(B, "C2. Ondersteuning en begeleiding", C, 'ondersteuning', 'h2')
    section(B, "C3. Afwijkingen van het onderwijsprogramma", C, 'afwijkingen_onderwijsprogramma', 'h2')
    section(B, "C4. Evaluatiemomenten", C, 'evaluatie', 'h2')
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B.append(('h2', "C5. Instemming ouders met het handelingsdeel"))
        B += cb
    B.append(('h1', "Onderdeel D - Bespreking en vaststelling"))
    section(B, "D1. Gesprek met ouders", C, 'oogo', 'h2')
    section(B, "D2. Stem van de leerling", C, 'inbreng_leerling', 'h2')
    vb = vast_blocks(p, C, 'kv')
    if vb is not None:
        B.append(('h2', "D3. Vaststelling"))
        B += vb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "D4. Uw rechten"))
        B += rb
    return B, {'title': "Format OPP", 'header': "%s - vertrouwelijk" % p['swv']}


# ------------------------------------------------------------------ 3 domain-table
def domain_table(p, C, spec):
    B = [('title', "Ontwikkelingsperspectief %s" % p['naam']), ('p', "%s - %s" % (p['school'], p['plaats']))]
    B += gegevens(p)
    B.append(('h1', "Perspectief"))
    rows = []
    for lab, el in (("Uitstroombestemming", 'uitstroombestemming'), ("Onderbouwing", 'onderbouwing')):
        f = flat(C, el)
        if f is not None:
            rows.append((lab, f))
    if rows:
        B.append(('kv', rows))
    bel, bev = C['belemmerende_factoren'], C['bevorderende_factoren']
    if bel is not None or bev is not None:
        B.append(('h1', "Beeld van de leerling per domein"))
        doms = []
        for lst in (bel or [], bev or []):
            for a, _ in lst:
                if a and a not in doms and a != 'Algemeen':
                    doms.append(a)
        if not doms:
            doms = ["Leren", "Werkhouding", "Sociaal-emotioneel", "Thuis / omgeving"]
        def cell(lst, dom, first):
            if lst is None:
                return None
            if not lst:
                return ""
            if len(lst) == 1 and (not lst[0][0] or lst[0][0] == 'Algemeen'):
                return lst[0][1] if first else ""
            return next((b for a, b in lst if a == dom), "")
        head = ["Domein"]
        if bel is not None: head.append("Belemmerend")
        if bev is not None: head.append("Bevorderend")
        T = [head]
        for i, dom in enumerate(doms):
            row = [dom]
            if bel is not None: row.append(cell(bel, dom, i == 0))
            if bev is not None: row.append(cell(bev, dom, i == 0))
            T.append(row)
        B.append(('table', T, {'header': True, 'widths': [0.24, 0.38, 0.38][:len(head)] if len(head) == 3 else [0.25, 0.75]}))
    section(B, "Onderwijs- en ondersteuningsbehoeften", C, 'ondersteuningsbehoefte')
    section(B, "Adviezen van deskundigen", C, 'adviezen_professionals')
    B.append(('h1', "Handelingsdeel"))
    section(B, "Doelen", C, 'doelen', 'h2')
    section(B, "Ondersteuning", C, 'ondersteuning', 'h2')
    section(B, "Afwijkingen van het programma", C, 'afwijkingen_onderwijsprogramma', 'h2')
    B.append(('h1', "Afspraken en overleg"))
    kv = []
    for lab, el in (("Overleg met ouders", 'oogo'), ("Mening van de leerling", 'inbreng_leerling'), ("Evaluatie", 'evaluatie')):
        f = flat(C, el, " ")
        if f is not None:
            kv.append((lab, f))
    vb = C['vaststelling']
    if vb != 'absent':
        kv.append(("Vastgesteld", C['_vast_sentence'] if vb == 'present' else (vb[3:] if vb.startswith('ph:') else "")))
    if kv:
        B.append(('kv', kv))
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B.append(('h1', "Ondertekening"))
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Informatie voor ouders"))
        B += [('small', x[1]) for x in rb]
    return B, {'title': "OPP", 'footer': "OPP %s - %s - {page}" % (p['naam'], p['school'])}


# ------------------------------------------------------------------ 4 groeidocument export (OPP = chapter 5)
def groeidoc(p, C, spec):
    N = p['roep']
    B = [('title', "Groeidocument"), ('p', "%s  -  %s  -  %s" % (p['naam'], p['school'], p['swv']))]
    B.append(('h1', "1. Gegevens"))
    B += gegevens(p, [("Ouder(s)/verzorger(s)", "%s, %s" % (p['moeder'], p['vader']))])
    B.append(('h1', "2. Hulpvraag van de school"))
    B.append(('p', "Hoe kunnen wij %s zo begeleiden dat %s zich ontwikkelt richting het verwachte perspectief en het onderwijs op onze school kan blijven volgen?" % (N, p['hij'])))
    B.append(('h1', "3. Wat vinden ouders?"))
    if C['oogo'] is not None:
        B.extend(prose(C, 'oogo'))
    else:
        B.pop()
    if C['inbreng_leerling'] is not None:
        B.append(('h1', "4. Hoe denk jij erover?"))
        B.extend(prose(C, 'inbreng_leerling'))
    B.append(('h1', "5. Ontwikkelingsperspectief (OPP)"))
    section(B, "5.1 Uitstroombestemming", C, 'uitstroombestemming', 'h2')
    section(B, "5.2 Onderbouwing", C, 'onderbouwing', 'h2')
    section(B, "5.3 Belemmerende factoren", C, 'belemmerende_factoren', 'h2')
    section(B, "5.4 Beschermende en bevorderende factoren", C, 'bevorderende_factoren', 'h2')
    section(B, "5.5 Onderwijsbehoeften", C, 'ondersteuningsbehoefte', 'h2')
    section(B, "5.6 Adviezen (ondersteuningsteam, externe deskundigen)", C, 'adviezen_professionals', 'h2')
    B.append(('h1', "6. Handelingsdeel"))
    section(B, "6.1 Doelen", C, 'doelen', 'h2')
    section(B, "6.2 Interventies en ondersteuning", C, 'ondersteuning', 'h2')
    section(B, "6.3 Afwijkingen van het onderwijsprogramma", C, 'afwijkingen_onderwijsprogramma', 'h2')
    section(B, "7. Evaluatie", C, 'evaluatie')
    B.append(('h1', "8. Ondertekening"))
    vb = vast_blocks(p, C, 'kv')
    if vb is not None:
        B += vb
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Rechten van ouders"))
        B += rb
    return B, {'title': "Groeidocument " + p['naam'], 'footer': "Groeidocument - %s - afgedrukt %s - pagina {page}" % (p['naam'], fdate(add(p['D'], 1), 'num'))}


# ------------------------------------------------------------------ 5 beknopt OPP (two-column table)
def beknopt(p, C, spec):
    B = [('title', "Beknopt OPP"), ('p', "%s, %s - %s" % (p['school'], p['plaats'], spec['sj']))]
    kv = [("Leerling", "%s (%s), %s" % (p['naam'], fdate(p['geb'], p['ds']), p['klas']))]
    for lab, el in (("Uitstroombestemming", 'uitstroombestemming'), ("Onderbouwing", 'onderbouwing'),
                    ("Belemmerend", 'belemmerende_factoren'), ("Bevorderend", 'bevorderende_factoren'),
                    ("Onderwijsbehoeften", 'ondersteuningsbehoefte'), ("Ondersteuning (wat/wie/wanneer)", 'ondersteuning'),
                    ("Afwijkingen programma", 'afwijkingen_onderwijsprogramma'), ("Doelen komende periode", 'doelen'),
                    ("Adviezen deskundigen", 'adviezen_professionals'), ("Besproken met ouders", 'oogo'),
                    ("Mening leerling", 'inbreng_leerling'), ("Evaluatie", 'evaluatie')):
        f = flat(C, el)
        if f is not None:
            kv.append((lab, f))
    vb = C['vaststelling']
    if vb != 'absent':
        kv.append(("Vastgesteld (datum, door)", "%s, %s (directeur)" % (fdate(p['D'], p['ds']), p['dir']) if vb == 'present' else (vb[3:] if vb.startswith('ph:') else "")))
    if spec.get('cc'):
        # Word form with content controls: each value in its own control
        B.append(('kv', kv[:1]))
        for lab, val in kv[1:]:
            B.append(('h2', lab))
            if val == "" or val in C.get('_instr', ()):
                B.append(('cc', "Klik of tik om tekst in te voeren.", True))
            else:
                for line in val.split("\n"):
                    B.append(('cc', line, False))
    else:
        B.append(('kv', kv))
    cb = consent_blocks(p, C, spec.get('cstyle', 'check'))
    if cb is not None:
        B.append(('h2', "Akkoord handelingsdeel"))
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B += [('small', x[1]) for x in rb]
    return B, {'title': "Beknopt OPP " + p['naam']}


# ------------------------------------------------------------------ 6 question headings
def vragen(p, C, spec):
    N = p['roep']
    B = [('title', "Het plan voor %s" % N), ('p', "Ontwikkelingsperspectief - %s - %s" % (p['school'], spec['sj']))]
    B += gegevens(p)
    section(B, "Waar gaat %s na deze school naartoe?" % N, C, 'uitstroombestemming')
    section(B, "Waarom verwachten we dat?", C, 'onderbouwing')
    section(B, "Wat maakt het lastig voor %s?" % N, C, 'belemmerende_factoren')
    section(B, "Wat helpt %s?" % N, C, 'bevorderende_factoren')
    section(B, "Wat heeft %s nodig?" % N, C, 'ondersteuningsbehoefte')
    section(B, "Wat willen we bereiken?", C, 'doelen')
    section(B, "Wat gaan we doen, en wie doet wat?", C, 'ondersteuning')
    section(B, "Wijkt het lesprogramma af?", C, 'afwijkingen_onderwijsprogramma')
    section(B, "Wat zeggen deskundigen?", C, 'adviezen_professionals')
    section(B, "Wat zegt %s zelf, en wat doen we daarmee?" % N, C, 'inbreng_leerling')
    section(B, "Hoe hebben we dit met u besproken?", C, 'oogo')
    section(B, "Wanneer kijken we samen terug?", C, 'evaluatie')
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h1', "Wat als u het er niet mee eens bent?"))
        B += rb
    vb = vast_blocks(p, C)
    if vb is not None:
        B.append(('h1', "Wanneer is dit plan vastgesteld?"))
        B += vb
    cb = consent_blocks(p, C, spec.get('cstyle', 'check'))
    if cb is not None:
        B.append(('h1', "Gaat u akkoord met wat we gaan doen?"))
        B += cb
    return B, {'title': "Plan " + N}


# ------------------------------------------------------------------ 7 letter with return slip
def brief(p, C, spec):
    N = p['roep']
    B = [('p', p['school']), ('p', "%s, %s" % (p['plaats'], fdate(p['D'], 'long'))),
         ('p', "Aan de ouder(s)/verzorger(s) van %s" % p['naam']), ('p', "Betreft: ontwikkelingsperspectiefplan van %s" % N),
         ('p', "Beste ouder(s)/verzorger(s),"),
         ('p', "Hierbij ontvangt u het ontwikkelingsperspectiefplan (OPP) van %s. Hieronder leest u wat wij verwachten en wat wij de komende periode gaan doen." % N)]
    def para(lead, el):
        b = prose(C, el)
        if b is None:
            return
        B.append(('h2', lead))
        B.extend(b)
    para("Wat verwachten wij?", 'uitstroombestemming')
    para("Waarop baseren wij dat?", 'onderbouwing')
    para("Wat maakt het leren moeilijker?", 'belemmerende_factoren')
    para("Wat helpt?", 'bevorderende_factoren')
    para("Wat heeft %s nodig?" % N, 'ondersteuningsbehoefte')
    para("Wat gaan wij doen?", 'ondersteuning')
    para("Afwijkingen van het lesprogramma", 'afwijkingen_onderwijsprogramma')
    para("Onze doelen", 'doelen')
    para("Adviezen van deskundigen", 'adviezen_professionals')
    para("Ons gesprek", 'oogo')
    para("Wat %s zelf vindt" % N, 'inbreng_leerling')
    para("Evaluatie", 'evaluatie')
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Uw rechten"))
        B += rb
    vb = vast_blocks(p, C)
    if vb is not None:
        B += vb
    B.append(('p', "Met vriendelijke groet,"))
    B.append(('p', "%s, %s\n%s, directeur" % (p['ib'], p['ibrol'], p['dir']) if C['vaststelling'] == 'present' else "%s, %s" % (p['ib'], p['ibrol'])))
    cb = consent_blocks(p, C, spec.get('cstyle', 'strook'))
    if cb is not None:
        B.append(('pagebreak',))
        B.append(('h1', "Strook - graag ondertekend retour"))
        B.append(('p', "Betreft: handelingsdeel OPP %s" % p['naam']))
        B += cb
    return B, {'title': "Brief OPP " + N}


# ------------------------------------------------------------------ 8 pupil-administration export
def las_export(p, C, spec):
    sysname = spec.get('system', "LeerlingKompas 7.4")
    def val(el):
        f = flat(C, el, " / ")
        if f is None:
            return None
        return f if f else "(leeg)"
    B = [('p', "%s  |  Rapportage: Ontwikkelingsperspectief  |  %s" % (sysname, p['school'])), ('title', "OPP - %s" % p['naam'])]
    B.append(('kv', [("Leerling", p['naam']), ("Leerlingnummer", str(100000 + p['r'].randint(0, 899999))), ("Geboortedatum", fdate(p['geb'], 'num')),
                     ("Groep/klas", p['klas']), ("Zorgniveau", "Extra ondersteuning (OPP)"), ("Begeleider", p['ib'])]))
    for head, items in (("Perspectief", [("Uitstroombestemming", 'uitstroombestemming'), ("Onderbouwing", 'onderbouwing')]),
                        ("Leerlingkenmerken", [("Belemmerende factoren", 'belemmerende_factoren'), ("Stimulerende factoren", 'bevorderende_factoren'), ("Onderwijsbehoeften", 'ondersteuningsbehoefte')]),
                        ("Handelingsdeel", [("Doelen", 'doelen'), ("Ondersteuning", 'ondersteuning'), ("Afwijkingen onderwijsprogramma", 'afwijkingen_onderwijsprogramma'), ("Evaluatie", 'evaluatie')]),
                        ("Externe partijen", [("Adviezen deskundigen", 'adviezen_professionals')]),
                        ("Betrokkenheid", [("Overleg ouders", 'oogo'), ("Inbreng leerling", 'inbreng_leerling')])):
        kv = [(lab, val(el)) for lab, el in items if val(el) is not None]
        if kv:
            B.append(('h2', head)); B.append(('kv', kv))
    st = []
    vb = C['vaststelling']
    if vb == 'present':
        st = [("Status", "Vastgesteld"), ("Vastgesteld op", fdate(p['D'], 'num')), ("Vastgesteld door", "%s (directeur)" % p['dir'])]
    elif vb != 'absent':
        st = [("Status", "Concept"), ("Vastgesteld op", vb[3:] if vb.startswith('ph:') else "(leeg)")]
    cb = consent_blocks(p, C, 'kv')
    B.append(('h2', "Status en ondertekening"))
    if st:
        B.append(('kv', st))
    if cb is not None:
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Informatie ouders"))
        B += rb
    return B, {'title': "OPP " + p['naam'], 'footer': "%s - afgedrukt op %s door %s - vertrouwelijk - pagina {page}" % (sysname, fdate(add(p['D'], 2), 'num'), p['ib'].replace("mw. ", "").replace("dhr. ", ""))}


# ------------------------------------------------------------------ 9 praktijkonderwijs IOP with OPP
def pro_iop(p, C, spec):
    N = p['roep']
    B = [('title', "Individueel Ontwikkelingsplan (IOP) met ontwikkelingsperspectief"), ('p', "%s - %s - %s" % (p['school'], p['klas'], spec['sj']))]
    B += gegevens(p)
    u = C['uitstroombestemming']
    if u is not None:
        B.append(('h1', "1. Uitstroomprofiel"))
        low = (u or "").lower()
        B.append(('check', [("Arbeid (regulier werk, evt. met entree of branchecertificaat)", bool(u) and 'arbeid' in low and 'beschut' not in low),
                            ("Beschut werk", 'beschut' in low), ("Dagbesteding", 'dagbesteding' in low), ("Vervolgonderwijs (mbo 2)", False)]))
        B.append(('p', ("Toelichting: " + u) if u else "Toelichting:"))
    section(B, "2. Onderbouwing", C, 'onderbouwing')
    B.append(('h1', "3. Wie ben ik?"))
    section(B, "Wat ik goed kan (bevorderend)", C, 'bevorderende_factoren', 'h2')
    section(B, "Wat ik lastig vind (belemmerend)", C, 'belemmerende_factoren', 'h2')
    section(B, "Wat ik nodig heb", C, 'ondersteuningsbehoefte', 'h2')
    section(B, "Mijn eigen mening over dit plan", C, 'inbreng_leerling', 'h2')
    section(B, "4. Mijn leerdoelen", C, 'doelen')
    section(B, "5. Begeleiding", C, 'ondersteuning')
    section(B, "6. Afwijkingen van het programma", C, 'afwijkingen_onderwijsprogramma')
    section(B, "7. Adviezen", C, 'adviezen_professionals')
    section(B, "8. Gesprek met ouders", C, 'oogo')
    section(B, "9. Evaluatie", C, 'evaluatie')
    B.append(('h1', "10. Handtekeningen"))
    vb = vast_blocks(p, C)
    if vb is not None:
        B += vb
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B += [('small', x) for x in (C['informatie_rechten'] or [])]
    return B, {'title': "IOP " + p['naam'], 'footer': "IOP/OPP %s - %s" % (p['naam'], p['school'])}


# ------------------------------------------------------------------ 10 (v)so plan with uitstroomprofiel and CvB
def so_plan(p, C, spec):
    N = p['roep']; t = p['type']
    B = [('title', "Ontwikkelingsperspectief (%s)" % t.upper()), ('p', "%s - %s - %s" % (p['school'], p['bestuur'], spec['sj']))]
    extra = []
    if p['adult']:
        extra.append(("Meerderjarig", "ja" + (", onder curatele (curator: %s)" % p['moeder'] if p['curatele'] else ", handelingsbekwaam")))
    B += gegevens(p, extra)
    u = C['uitstroombestemming']
    if u is not None:
        B.append(('h1', "1. Uitstroomprofiel en uitstroombestemming"))
        if t == 'vso':
            prof = C.get('_profiel') if u and u != 'vso' else None
            B.append(('check', [("Vervolgonderwijs", prof == 'vervolgonderwijs'), ("Arbeidsmarktgericht", prof == 'arbeidsmarktgericht'), ("Dagbesteding", prof == 'dagbesteding')]))
        B.append(('p', ("Te verwachten uitstroombestemming: " + u) if u else "Te verwachten uitstroombestemming:"))
    section(B, "2. Onderbouwing", C, 'onderbouwing')
    bel, bev = C['belemmerende_factoren'], C['bevorderende_factoren']
    B.append(('h1', "3. Belemmerende en bevorderende factoren"))
    section(B, "Belemmerend", C, 'belemmerende_factoren', 'h2')
    section(B, "Bevorderend", C, 'bevorderende_factoren', 'h2')
    section(B, "4. Onderwijsbehoeften", C, 'ondersteuningsbehoefte')
    section(B, "5. Advies commissie voor de begeleiding en andere deskundigen", C, 'adviezen_professionals')
    B.append(('h1', "6. Handelingsdeel"))
    section(B, "Doelen (leerroute en sociaal-emotioneel)", C, 'doelen', 'h2')
    section(B, "Ondersteuning en begeleiding", C, 'ondersteuning', 'h2')
    section(B, "Afwijkingen van het onderwijsprogramma", C, 'afwijkingen_onderwijsprogramma', 'h2')
    section(B, "7. Gesprek over het ontwikkelingsperspectief", C, 'oogo')
    section(B, "8. Hoorrecht: inbreng van de leerling", C, 'inbreng_leerling')
    section(B, "9. Evaluatie", C, 'evaluatie')
    B.append(('h1', "10. Vaststelling en instemming"))
    vb = vast_blocks(p, C)
    if vb is not None:
        B += vb
    cb = consent_blocks(p, C, spec.get('cstyle', 'sig'))
    if cb is not None:
        B += cb
    rb = rights_blocks(C)
    if rb is not None:
        B.append(('h2', "Rechten"))
        B += rb
    return B, {'title': "OPP " + p['naam'], 'header': p['school'] + " - ontwikkelingsperspectief", 'footer': "pagina {page}"}


# ------------------------------------------------------------------ 11 fillable PDF form
def fillable(p, C, spec):
    def tv(el):
        f = flat(C, el, "\n")
        return f
    F = [('section', "Gegevens"), ('text', "Naam leerling", p['naam'], 1), ('text', "School / groep", "%s, %s" % (p['school'], p['klas']), 1)]
    F.append(('section', "Ontwikkelingsperspectief"))
    for lab, el, n in (("Te verwachten uitstroombestemming", 'uitstroombestemming', 1), ("Onderbouwing", 'onderbouwing', 5),
                       ("Belemmerende factoren", 'belemmerende_factoren', 4), ("Bevorderende factoren", 'bevorderende_factoren', 4),
                       ("Onderwijsbehoeften", 'ondersteuningsbehoefte', 3), ("Adviezen deskundigen", 'adviezen_professionals', 4)):
        v = tv(el)
        if v is not None:
            F.append(('text', lab, v, n))
    F.append(('section', "Handelingsdeel"))
    for lab, el, n in (("Doelen", 'doelen', 4), ("Ondersteuning (wat, wie, hoe vaak, vanaf)", 'ondersteuning', 5),
                       ("Afwijkingen van het onderwijsprogramma", 'afwijkingen_onderwijsprogramma', 2), ("Evaluatie (wanneer, met wie)", 'evaluatie', 2)):
        v = tv(el)
        if v is not None:
            F.append(('text', lab, v, n))
    F.append(('section', "Overleg"))
    for lab, el, n in (("Overleg met ouders (datum, aanwezigen)", 'oogo', 3), ("Inbreng leerling en wat daarmee gedaan is", 'inbreng_leerling', 3)):
        v = tv(el)
        if v is not None:
            F.append(('text', lab, v, n))
    F.append(('section', "Vaststelling en instemming"))
    vb = C['vaststelling']
    if vb != 'absent':
        F.append(('text', "Datum vaststelling en naam directeur", "%s - %s" % (fdate(p['D'], p['ds']), p['dir']) if vb == 'present' else (vb[3:] if vb.startswith('ph:') else ""), 1))
    v = C['consent']
    if v != 'absent':
        tick = {'signed': (True, False), 'refused': (False, True), 'unticked': (False, False), 'nodate': (True, False), 'adult_self': (True, False)}.get(v, (False, False))
        F.append(('checks', "Instemming ouder(s) met het handelingsdeel", [("Akkoord", tick[0]), ("Niet akkoord", tick[1])]))
        who = p['naam'] + " (meerderjarige leerling)" if v == 'adult_self' else p['ouder1']
        F.append(('text', "Naam ouder/verzorger", who if v != 'blank_line' else "", 1))
        F.append(('text', "Datum", pdate(p, 'd_consent') if v in ('signed', 'refused', 'adult_self') else "", 1))
        F.append(('text', "Handtekening (digitaal: typ uw volledige naam)", who if v in ('signed', 'refused', 'nodate', 'adult_self') else "", 1))
    rb = C['informatie_rechten']
    if rb is not None:
        F.append(('note', " ".join(rb) if rb else ""))
    return F, {'title': "Ontwikkelingsperspectiefplan", 'subtitle': "%s - invulformulier %s" % (p['swv'], spec['sj']), 'footer': "Formulier OPP versie 2025-1 - pagina {page}"}


LAYOUTS = {'swv-numbered': swv_numbered, 'swv-abcd': swv_abcd, 'domain-table': domain_table, 'groeidocument': groeidoc,
           'beknopt': beknopt, 'vragen': vragen, 'brief': brief, 'las-export': las_export, 'pro-iop': pro_iop,
           'so-plan': so_plan, 'fillable-form': fillable}
