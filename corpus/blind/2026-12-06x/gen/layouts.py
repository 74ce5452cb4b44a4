# -*- coding: utf-8 -*-
from content import *

WORDPH = "Klik of tik om tekst in te voeren."

def opts_line(opts, ticked=None):
    return "\n".join(("☒ " if o == ticked else "☐ ") + o for o in opts)

def flat(ctx, elem, val, bullet="• "):
    if val is None: return None
    if isinstance(val, str):
        if val == 'UNTICKED':
            if elem == 'uitstroombestemming': return opts_line(uitstroom_options(ctx['st']))
            if elem == 'afwijkingen_onderwijsprogramma': return "☐ Nee, geen afwijkingen\n☐ Ja, namelijk: ...................."
            if elem == 'evaluatie': return "☐ na 3 maanden  ☐ na 6 maanden  ☐ na 1 jaar\nMet: ☐ ouders ☐ leerling ☐ mentor"
            return "☐ ja  ☐ nee"
        if val == 'BLANK': return "Datum: ___-___-______   Door: ______________________"
        return val
    if elem in ('belemmerende_factoren', 'bevorderende_factoren'):
        return "\n".join(f"{bullet}{d}: {t}" for d, t in val)
    if elem == 'ondersteuningsbehoefte':
        return "\n".join(bullet + s for s in val)
    if elem == 'ondersteuning':
        return "\n".join(f"{bullet}{a} (door: {b}; {c}; vanaf {d})" for a, b, c, d in val)
    if elem == 'doelen':
        return "\n".join(f"{bullet}{a}" + (f" (evaluatie: {b})" if b else "") for a, b in val)
    if elem == 'instemming_ouders':
        parts = []
        if val['intro']: parts.append(val['intro'])
        for k, v in val['rows']:
            parts.append(f"{k}: {v.replace('SIG', '[handtekening]')}" if v else f"{k}: ")
        if val['after']: parts.append(val['after'])
        return "\n".join(parts)
    return str(val)

def content_blocks(ctx, elem, val):
    """Blocks for a section body."""
    if val is None: return []
    if isinstance(val, str):
        return [('p', flat(ctx, elem, val))] if val != '' else []
    if elem in ('belemmerende_factoren', 'bevorderende_factoren'):
        return [('bullets', [f"{d}: {t}" for d, t in val])]
    if elem == 'ondersteuningsbehoefte':
        return [('bullets', list(val))]
    if elem == 'ondersteuning':
        return [('table', [["Wat", "Wie", "Hoe vaak", "Vanaf"]] + [list(x) for x in val], dict(header=True, widths=[.44, .22, .2, .14]))]
    if elem == 'doelen':
        if all(not b for a, b in val): return [('bullets', [a for a, b in val])]
        return [('table', [["Doel", "Evaluatie (wanneer / hoe)"]] + [[a, b] for a, b in val], dict(header=True, widths=[.68, .32]))]
    if elem == 'instemming_ouders':
        out = []
        if val['intro']: out.append(('p', val['intro']))
        if val['rows']: out.append(('table', [[k, v] for k, v in val['rows']], dict(header=False, widths=[.35, .65], shade_first=True, sig=True)))
        if val['after']: out.append(('p', val['after']))
        return out
    return [('p', str(val))]

def gegevens(ctx, long=False):
    c = ctx
    if c.get('blank'):
        rows = [["Naam leerling", ""], ["Geboortedatum", ""], ["Groep/klas", ""], ["School", ""], ["Leerkracht/mentor", ""], ["IB / zorgcoördinator", ""], ["Datum OPP", ""]]
        return rows
    rows = [["Naam leerling", c['naam']], ["Geboortedatum", dnum(c['bd'])], ["Groep/klas", c['klas']], ["School", f"{c['school']}, {c['plaats']}"],
            [c['mentor_rol'].capitalize(), c['mentor']], [c['ib_rol'].capitalize(), c['ib']], ["Schooljaar", c['schooljaar']]]
    if c['revised'] and not long: rows += [["Datum vaststelling", dnum(c['date'])], ["Laatst bijgesteld", dnum(c['revised'])]]
    if long:
        rows += [["Ouder(s)/verzorger(s)", c['ouders'] if not c['curatele'] else f"{c['moeder']} (curator)"], ["Samenwerkingsverband", c['swv']]]
        if c['revised']: rows += [["Laatst bijgesteld", dnum(c['revised'])]]
    return rows

def achtergrond(ctx):
    c = ctx; r = c['r']
    jaar = c['date'].year - r.randint(2, 5)
    return [('h2', 'Schoolloopbaan en achtergrond'),
            ('p', f"{c['v']} zit sinds {jaar} op {c['school']}. Sinds het schooljaar {jaar+1}-{jaar+2} ontvangt {c['pron']['hij']} extra ondersteuning in de groep. "
                  f"Het gezin bestaat uit {c['ouders'].replace(' en ', ', ')} en {r.choice(['een oudere zus','twee jongere broers','een jongere zus','geen andere kinderen'])}. "
                  f"In het zorgoverleg van {MAANDEN[(c['date'].month-3)%12]} is besloten een ontwikkelingsperspectief op te stellen.")]

# ---------------------------------------------------------------- layouts
def L_nummer(ctx, V, long=True):
    B = [('title', 'Ontwikkelingsperspectiefplan (OPP)'), ('subtitle', f"{ctx['school']} · schooljaar {ctx['schooljaar']}")]
    n = [0]
    def H(t):
        n[0] += 1; B.append(('h1', f"{n[0]}. {t}"))
    H('Gegevens leerling'); B.append(('table', gegevens(ctx, long), dict(widths=[.35, .65], shade_first=True)))
    if long: H('Achtergrond'); B.extend(achtergrond(ctx)[1:])
    secs = [('uitstroombestemming', 'Te verwachten uitstroombestemming'), ('onderbouwing', 'Onderbouwing van de uitstroombestemming')]
    for e, t in secs:
        if V[e] is not None:
            H(t); B.extend(content_blocks(ctx, e, V[e]))
    if V['belemmerende_factoren'] is not None or V['bevorderende_factoren'] is not None:
        H('Belemmerende en bevorderende factoren')
        for e, t in [('belemmerende_factoren', 'Belemmerende factoren'), ('bevorderende_factoren', 'Bevorderende factoren')]:
            if V[e] is not None: B.append(('h2', t)); B.extend(content_blocks(ctx, e, V[e]))
    for e, t in [('ondersteuningsbehoefte', 'Onderwijsbehoeften'), ('afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma'),
                 ('doelen', 'Doelen voor de komende periode'), ('ondersteuning', 'Handelingsdeel: te bieden ondersteuning en begeleiding'),
                 ('adviezen_professionals', 'Adviezen van deskundigen'), ('inbreng_leerling', 'Inbreng van de leerling'),
                 ('oogo', 'Overleg met ouders'), ('evaluatie', 'Evaluatie')]:
        if V[e] is not None: H(t); B.extend(content_blocks(ctx, e, V[e]))
    if V['vaststelling'] is not None or V['instemming_ouders'] is not None:
        H('Vaststelling en instemming')
        if V['vaststelling'] is not None: B.append(('p', flat(ctx, 'vaststelling', V['vaststelling'])))
        if V['instemming_ouders'] is not None: B.extend(content_blocks(ctx, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: H('Informatie voor ouders'); B.extend(content_blocks(ctx, 'informatie_rechten', V['informatie_rechten']))
    return dict(blocks=B, footer=f"OPP {ctx['naam']} – vertrouwelijk", font='Arial')

def L_nummer_kort(ctx, V): return L_nummer(ctx, V, long=False)

def L_tweekolom(ctx, V):
    rows = [["ONTWIKKELINGSPERSPECTIEF", ""]] + gegevens(ctx)
    lab = [('uitstroombestemming', 'Verwachte uitstroombestemming'), ('onderbouwing', 'Onderbouwing'),
           ('belemmerende_factoren', 'Belemmerende factoren'), ('bevorderende_factoren', 'Bevorderende factoren'),
           ('ondersteuningsbehoefte', 'Onderwijsbehoeften'), ('afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma'),
           ('doelen', 'Doelen'), ('ondersteuning', 'Ondersteuning (handelingsdeel): wat, wie, hoe vaak'),
           ('adviezen_professionals', 'Adviezen externe deskundigen'), ('inbreng_leerling', 'Inbreng leerling'),
           ('oogo', 'Gesprek met ouders (OOGO)'), ('evaluatie', 'Evaluatie'), ('vaststelling', 'Vaststelling')]
    for e, t in lab:
        if V[e] is not None: rows.append([t, flat(ctx, e, V[e])])
    B = [('title', f"Ontwikkelingsperspectiefplan {ctx['schooljaar'] if not ctx.get('blank') else ''}".strip()), ('table', rows, dict(widths=[.32, .68], shade_first=True, header_span=True))]
    if V['instemming_ouders'] is not None:
        B.append(('h2', 'Instemming handelingsdeel')); B.extend(content_blocks(ctx, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None:
        B.append(('small', flat(ctx, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=None, font='Calibri')

DOMAINS = ['Leren', 'Werkhouding', 'Sociaal-emotioneel', 'Thuis/omgeving', 'Medisch/lichamelijk']
def L_domeintabel(ctx, V):
    B = [('title', f"OPP – {ctx['school']}"), ('table', gegevens(ctx), dict(widths=[.3, .7], shade_first=True))]
    for e, t in [('uitstroombestemming', 'Uitstroomprofiel'), ('onderbouwing', 'Onderbouwing')]:
        if V[e] is not None: B.append(('h1', t)); B.extend(content_blocks(ctx, e, V[e]))
    cols = [(e, t) for e, t in [('belemmerende_factoren', 'Belemmerend'), ('bevorderende_factoren', 'Bevorderend'), ('ondersteuningsbehoefte', 'Onderwijsbehoefte')] if V[e] is not None]
    prof = ctx['prof']
    dom_beh = {}
    for i, s in enumerate(prof['behoefte']):
        dom_beh.setdefault(prof['belem'][i % len(prof['belem'])][0], []).append(F(ctx, s))
    HINT = {'belemmerende_factoren': '(beschrijf belemmerende factoren in dit domein)', 'bevorderende_factoren': '(beschrijf bevorderende factoren in dit domein)', 'ondersteuningsbehoefte': '(de leerling heeft behoefte aan ...)'}
    if cols:
        B.append(('h1', 'Beeld van de leerling per domein'))
        first = True
        for dom in DOMAINS:
            used = any(dom == d for d, _ in prof['belem'] + prof['bevord'])
            if not used: continue
            row = []
            for e, t in cols:
                val = V[e]
                if isinstance(val, str):
                    cell = {'': ''}.get(val, None)
                    if cell is None:
                        if val in INSTR.values(): cell = HINT[e]
                        elif val in PH: cell = val
                        else: cell = val if first else ''
                elif e == 'ondersteuningsbehoefte':
                    cell = "\n".join(dom_beh.get(dom, []))
                else:
                    cell = "\n".join(tx for d, tx in val if d == dom)
                row.append(cell)
            first = False
            B.append(('h2', dom)); B.append(('table', [[t for e, t in cols], row], dict(header=True)))
    for e, t in [('afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma'), ('doelen', 'Doelen'), ('ondersteuning', 'Ondersteuning en begeleiding'),
                 ('adviezen_professionals', 'Adviezen van deskundigen'), ('inbreng_leerling', 'Stem van de leerling'), ('oogo', 'Overleg met ouders'), ('evaluatie', 'Evaluatie')]:
        if V[e] is not None: B.append(('h1', t)); B.extend(content_blocks(ctx, e, V[e]))
    B.append(('h1', 'Ondertekening'))
    if V['vaststelling'] is not None: B.append(('p', flat(ctx, 'vaststelling', V['vaststelling'])))
    if V['instemming_ouders'] is not None: B.extend(content_blocks(ctx, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: B.append(('small', flat(ctx, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=f"{ctx['school']} | OPP | versie {dnum(ctx['date'])}", font='Verdana')

def L_beknopt(ctx, V):
    c = ctx
    g = gegevens(ctx)
    rows = [["Naam", g[0][1]], ["Groep/klas", g[2][1]], ["Datum", "" if c.get('blank') else dnum(c['date'])]]
    u = V['uitstroombestemming']
    if u is not None:
        if u == 'UNTICKED' or u == '':
            rows.append(["Verwachte uitstroom", opts_line(uitstroom_options(c['st']))])
        elif u != c['prof']['uitstroom']:
            rows.append(["Verwachte uitstroom", opts_line(uitstroom_options(c['st'])) + "\nToelichting: " + u])
        else:
            rows.append(["Verwachte uitstroom", opts_line(uitstroom_options(c['st']), option_match(c)) + "\nToelichting: " + u])
    for e, t in [('onderbouwing', 'Onderbouwing (kort)'), ('belemmerende_factoren', 'Belemmerend'), ('bevorderende_factoren', 'Bevorderend'),
                 ('ondersteuningsbehoefte', 'Onderwijsbehoeften'), ('doelen', 'Doelen'), ('ondersteuning', 'Ondersteuning (wat / wie / hoe vaak)')]:
        if V[e] is not None: rows.append([t, flat(c, e, V[e], bullet="- ")])
    a = V['afwijkingen_onderwijsprogramma']
    if a is not None:
        if a == 'UNTICKED' or a == '': rows.append(["Afwijkingen programma", "☐ Nee\n☐ Ja, namelijk:"])
        elif a.startswith('Er zijn geen'): rows.append(["Afwijkingen programma", "☒ Nee\n☐ Ja, namelijk:"])
        elif a in PH or a in INSTR.values() or a in REF.values() or a == 'n.v.t.': rows.append(["Afwijkingen programma", a])
        else: rows.append(["Afwijkingen programma", "☐ Nee\n☒ Ja, namelijk: " + a])
    for e, t in [('adviezen_professionals', 'Advies deskundigen'), ('inbreng_leerling', 'Mening leerling + wat doen we ermee'), ('oogo', 'Besproken met ouders'), ('evaluatie', 'Evaluatie'), ('vaststelling', 'Vastgesteld')]:
        if V[e] is not None: rows.append([t, flat(c, e, V[e], bullet="- ")])
    B = [('title', 'Beknopt OPP'), ('small', f"Format {c['swv'] if not c.get('blank') else 'samenwerkingsverband'} – versie 2025"), ('table', rows, dict(widths=[.28, .72], shade_first=True))]
    if V['instemming_ouders'] is not None:
        B.append(('h2', 'Instemming ouders')); B.extend(content_blocks(c, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: B.append(('small', flat(c, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=None, font='Arial')

def L_vragen(ctx, V):
    c = ctx; v = c['v']
    B = [('title', f"Ontwikkelingsperspectief van {c['naam']}"), ('table', gegevens(c), dict(widths=[.3, .7], shade_first=True))]
    Q = [('uitstroombestemming', f"Waar gaat {v} naartoe na {c['school'].split(',')[0]}?"), ('onderbouwing', "Waarom verwachten we dat?"),
         ('belemmerende_factoren', f"Wat maakt leren moeilijk voor {v}?"), ('bevorderende_factoren', f"Wat helpt {v}? Waar is {c['pron']['hij']} goed in?"),
         ('ondersteuningsbehoefte', f"Wat heeft {v} nodig?"), ('afwijkingen_onderwijsprogramma', f"Volgt {v} een ander programma dan de klas?"),
         ('doelen', "Wat willen we bereiken?"), ('ondersteuning', "Wat gaan we doen, wie doet het en hoe vaak?"),
         ('adviezen_professionals', "Wat adviseren deskundigen en wat doen wij daarmee?"), ('inbreng_leerling', f"Wat vindt {v} zelf?"),
         ('oogo', "Wanneer hebben we dit samen besproken?"), ('evaluatie', "Wanneer kijken we of het werkt?"),
         ('vaststelling', "Wie heeft het plan vastgesteld?"), ('instemming_ouders', "Gaan ouders akkoord met het handelingsdeel?"),
         ('informatie_rechten', "Wat kunt u doen als u het niet eens bent?")]
    for e, q in Q:
        if V[e] is not None:
            B.append(('h2', q)); B.extend(content_blocks(c, e, V[e]) if V[e] != 'BLANK' else [('p', flat(c, e, V[e]))])
    return dict(blocks=B, footer=None, font='Georgia')

def L_brief(ctx, V):
    c = ctx; v = c['v']; hij = c['pron']['hij']
    B = [('p', f"{c['school']}\nPostbus {c['r'].randint(100,999)}\n{c['r'].randint(1000,9999)} {chr(65+c['r'].randint(0,20))}{chr(65+c['r'].randint(0,20))} {c['plaats']}"),
         ('p', f"Aan {c['ouders'] if not c['adult'] else c['naam']}\n{c['r'].choice(['Lindelaan','Beukenhof','Schoolstraat','Molenweg','Vlasakker'])} {c['r'].randint(2,120)}\n{c['plaats']}"),
         ('p', f"{c['plaats']}, {dlong(c['date'])}"), ('p', f"Betreft: ontwikkelingsperspectiefplan (OPP) van {c['naam']}, {c['klas']}"),
         ('p', f"Beste ouders/verzorgers van {v}," if not c['adult'] else f"Beste {v},"),
         ('p', f"Hierbij ontvangt u het ontwikkelingsperspectiefplan van {v}. In deze brief leest u wat wij verwachten, waarom, en welke ondersteuning {v} krijgt.")]
    u = V['uitstroombestemming']
    if u is not None:
        B.append(('h2', 'Wat verwachten wij?'))
        if u == 'UNTICKED': B.append(('p', f"Verwachte uitstroombestemming:\n" + opts_line(uitstroom_options(c['st']))))
        else: B.append(('p', f"Wij verwachten dat {v} uitstroomt naar: {u}"))
    for e, t in [('onderbouwing', 'Waarom verwachten wij dat?'), ('bevorderende_factoren', f"Wat gaat goed bij {v}?"), ('belemmerende_factoren', 'Wat is lastig?'),
                 ('ondersteuningsbehoefte', f"Wat heeft {v} nodig?"), ('afwijkingen_onderwijsprogramma', 'Een aangepast programma'), ('doelen', 'Onze doelen'),
                 ('ondersteuning', 'De ondersteuning (handelingsdeel)'), ('adviezen_professionals', 'Adviezen van deskundigen'), ('inbreng_leerling', f"Wat vindt {v} er zelf van?"),
                 ('oogo', 'Ons gesprek'), ('evaluatie', 'Hoe verder?'), ('informatie_rechten', 'Uw rechten')]:
        if V[e] is not None: B.append(('h2', t)); B.extend(content_blocks(c, e, V[e]))
    B.append(('p', "Met vriendelijke groet,"))
    if V['vaststelling'] is not None:
        if V['vaststelling'] == 'BLANK': B.append(('p', f"{c['directeur']}\n{c['dir_rol']}\nDatum vaststelling: ................"))
        else: B.append(('p', f"{c['directeur']}, {c['dir_rol']}\nDit OPP is door de school vastgesteld op {dlong(c['date'])}."))
    else:
        B.append(('p', f"{c['mentor']}, {c['mentor_rol']}"))
    if V['instemming_ouders'] is not None:
        B.append(('small', '- - - - - - - - - - - - - - - knip hier en lever in bij de ' + c['mentor_rol'] + ' - - - - - - - - - - - - - - -'))
        B.append(('h2', f"Antwoordstrook OPP {c['naam']}")); B.extend(content_blocks(c, 'instemming_ouders', V['instemming_ouders']))
    return dict(blocks=B, footer=None, font='Times New Roman')

def L_groeidocument(ctx, V):
    c = ctx; v = c['v']
    B = [('title', f"Groeidocument {c['naam']}"), ('subtitle', f"{c['swv']} · {c['school']}"), ('h1', '1 Basisgegevens'), ('table', gegevens(c, True), dict(widths=[.35, .65], shade_first=True)),
         ('h1', '2 Hulpvraag'), ('p', f"Hoe kunnen wij {v} zo begeleiden dat {c['pron']['hij']} zich optimaal ontwikkelt en welke extra ondersteuning is daarvoor nodig?")]
    be, bv = V['belemmerende_factoren'], V['bevorderende_factoren']
    if be is not None or bv is not None:
        B.append(('h1', '3 Stimulerende en belemmerende factoren'))
        hdr = []; cols = []
        if bv is not None: hdr.append('Stimulerende factoren'); cols.append(('bevorderende_factoren', bv))
        if be is not None: hdr.append('Belemmerende factoren'); cols.append(('belemmerende_factoren', be))
        rows = [['Domein'] + hdr]
        for dom in DOMAINS:
            r_ = [dom]; any_ = False
            for e, val in cols:
                if isinstance(val, str):
                    cell = val if dom == 'Leren' else ''
                else:
                    cell = "\n".join(t for d, t in val if d == dom)
                any_ = any_ or bool(cell) or isinstance(val, str)
                r_.append(cell)
            if any(d == dom for d, _ in c['prof']['belem'] + c['prof']['bevord']): rows.append(r_)
        B.append(('table', rows, dict(header=True, widths=[.2] + [.8 / len(hdr)] * len(hdr))))
    if V['ondersteuningsbehoefte'] is not None: B.append(('h1', '4 Onderwijsbehoeften')); B.extend(content_blocks(c, 'ondersteuningsbehoefte', V['ondersteuningsbehoefte']))
    B.append(('h1', '5 Ontwikkelingsperspectief'))
    for e, t in [('uitstroombestemming', '5.1 Uitstroombestemming'), ('onderbouwing', '5.2 Onderbouwing'), ('afwijkingen_onderwijsprogramma', '5.3 Afwijkingen van het onderwijsprogramma'), ('doelen', '5.4 Doelen')]:
        if V[e] is not None: B.append(('h2', t)); B.extend(content_blocks(c, e, V[e]))
    B.append(('h1', '6 Handelingsdeel'))
    if V['ondersteuning'] is not None: B.append(('h2', '6.1 Te bieden ondersteuning')); B.extend(content_blocks(c, 'ondersteuning', V['ondersteuning']))
    if V['adviezen_professionals'] is not None: B.append(('h2', '6.2 Adviezen van deskundigen')); B.extend(content_blocks(c, 'adviezen_professionals', V['adviezen_professionals']))
    B.append(('h1', '7 Betrokkenheid van leerling en ouders'))
    if V['inbreng_leerling'] is not None: B.append(('h2', f"7.1 Inbreng van {v}")); B.extend(content_blocks(c, 'inbreng_leerling', V['inbreng_leerling']))
    o = V['oogo']
    rows = [["Datum", "Gesprek", "Aanwezig / afspraken"], [dnum(c['date'] - dt.timedelta(days=90)), "Zorgoverleg", f"{c['ib_rol']}, {c['mentor_rol']}: besluit OPP op te stellen"]]
    if o is not None:
        if isinstance(o, str) and o.startswith('Het'): rows.append([dnum(c['oogo']), "Bespreking OPP met ouders (OOGO)", o])
        else: rows.append(["", "Bespreking OPP met ouders (OOGO)", o])
    B.append(('h2', '7.2 Gesprekken')); B.append(('table', rows, dict(header=True, widths=[.16, .3, .54])))
    if V['evaluatie'] is not None: B.append(('h1', '8 Evaluatie')); B.extend(content_blocks(c, 'evaluatie', V['evaluatie']))
    B.append(('h1', '9 Vaststelling en ondertekening'))
    if V['vaststelling'] is not None: B.append(('p', flat(c, 'vaststelling', V['vaststelling'])))
    if V['instemming_ouders'] is not None: B.extend(content_blocks(c, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: B.append(('h1', 'Bijlage: informatie voor ouders')); B.append(('p', flat(c, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=f"Groeidocument {c['naam']} – pagina", font='Calibri')

def L_systeem(ctx, V):
    c = ctx; lnr = c['r'].randint(100000, 499999)
    B = [('small', f"Koersnet LVS · Export dossier · leerlingnummer {lnr}"), ('title', 'Ontwikkelingsperspectief'),
         ('p', f"Leerling: {c['naam']}   Geboortedatum: {dnum(c['bd'])}   Klas/groep: {c['klas']}\nSchool: {c['school']} ({c['plaats']})   Schooljaar: {c['schooljaar']}")]
    def field(lbl, e):
        if V[e] is None: return
        B.append(('h2', lbl))
        val = V[e]
        if isinstance(val, str): B.append(('p', flat(c, e, val) if val else '-'))
        else: B.extend(content_blocks(c, e, val))
    if V['vaststelling'] is not None:
        if V['vaststelling'] == 'BLANK': B.append(('p', "Status: concept   Vastgesteld op: -   Vastgesteld door: -"))
        else: B.append(('p', f"Status: vastgesteld   Vastgesteld op: {dnum(c['date'])}   Vastgesteld door: {c['directeur']} ({c['dir_rol']})"))
    for lbl, e in [('Uitstroomprofiel (verwacht)', 'uitstroombestemming'), ('Onderbouwing uitstroomprofiel', 'onderbouwing'), ('Belemmerende factoren', 'belemmerende_factoren'),
                   ('Bevorderende factoren', 'bevorderende_factoren'), ('Onderwijsbehoeften', 'ondersteuningsbehoefte'), ('Afwijkend programma', 'afwijkingen_onderwijsprogramma'),
                   ('Doelen', 'doelen'), ('Ondersteuningsafspraken', 'ondersteuning'), ('Adviezen deskundigen', 'adviezen_professionals'), ('Inbreng leerling', 'inbreng_leerling'),
                   ('Overleg ouders', 'oogo'), ('Evaluatiemomenten', 'evaluatie')]:
        field(lbl, e)
    if V['instemming_ouders'] is not None: B.append(('h2', 'Instemming handelingsdeel')); B.extend(content_blocks(c, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: B.append(('h2', 'Informatie ouders')); B.append(('p', flat(c, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=f"Koersnet LVS · uitdraai {dnum(c['sign'])} · vertrouwelijk · pagina", font='DejaVu Sans', small_body=True)

def L_vomentor(ctx, V):
    c = ctx
    B = [('title', 'Ontwikkelingsperspectiefplan'), ('subtitle', f"{c['school']} – ondersteuningsteam"), ('table', gegevens(c), dict(widths=[.3, .7], shade_first=True))]
    rows = []
    for e, t in [('uitstroombestemming', 'Uitstroomperspectief'), ('onderbouwing', 'Onderbouwing')]:
        if V[e] is not None: rows.append([t, flat(c, e, V[e])])
    if rows: B.append(('h1', 'A. Perspectief')); B.append(('table', rows, dict(widths=[.28, .72], shade_first=True)))
    be, bv = V['belemmerende_factoren'], V['bevorderende_factoren']
    if be is not None or bv is not None:
        B.append(('h1', 'B. Factoren'))
        hdr = ['Domein'] + (['Belemmerend'] if be is not None else []) + (['Bevorderend'] if bv is not None else [])
        rows = [hdr]
        for dom in DOMAINS:
            if not any(d == dom for d, _ in c['prof']['belem'] + c['prof']['bevord']): continue
            r_ = [dom]
            for val in [x for x in (be, bv) if x is not None]:
                r_.append((val if dom == 'Leren' else '') if isinstance(val, str) else "\n".join(t for d, t in val if d == dom))
            rows.append(r_)
        B.append(('table', rows, dict(header=True)))
    if V['ondersteuningsbehoefte'] is not None: B.append(('h1', 'C. Onderwijsbehoeften')); B.extend(content_blocks(c, 'ondersteuningsbehoefte', V['ondersteuningsbehoefte']))
    d_, o_ = V['doelen'], V['ondersteuning']
    if d_ is not None or o_ is not None:
        B.append(('h1', 'D. Doelen en aanpak'))
        hdr = (['Doel'] if d_ is not None else []) + (['Aanpak: wat / wie / hoe vaak'] if o_ is not None else []) + (['Evaluatie'] if d_ is not None else [])
        rows = [hdr]
        nrows = max(len(d_) if isinstance(d_, list) else 1, len(o_) if isinstance(o_, list) else 1)
        for i in range(nrows):
            r_ = []
            if d_ is not None:
                r_.append((d_[i][0] if i < len(d_) else '') if isinstance(d_, list) else (d_ if i == 0 else ''))
            if o_ is not None:
                if isinstance(o_, list): r_.append(f"{o_[i][0]} – {o_[i][1]} – {o_[i][2]} (vanaf {o_[i][3]})" if i < len(o_) else '')
                else: r_.append(o_ if i == 0 else '')
            if d_ is not None:
                r_.append((d_[i][1] if i < len(d_) else '') if isinstance(d_, list) else '')
            rows.append(r_)
        B.append(('table', rows, dict(header=True)))
    for e, t in [('afwijkingen_onderwijsprogramma', 'E. Afwijkingen van het programma'), ('adviezen_professionals', 'F. Adviezen van deskundigen'), ('inbreng_leerling', 'G. De leerling aan het woord')]:
        if V[e] is not None: B.append(('h1', t)); B.extend(content_blocks(c, e, V[e]))
    B.append(('h1', 'H. Gesprekken en evaluatie'))
    rows = [["Moment", "Datum", "Wie / wat"]]
    if V['oogo'] is not None: rows.append(["OPP-gesprek (OOGO)", dnum(c['oogo']) if V['oogo'].startswith('Het') else '', V['oogo']])
    if V['evaluatie'] is not None: rows.append(["Evaluatie", "", flat(c, 'evaluatie', V['evaluatie'])])
    if len(rows) > 1: B.append(('table', rows, dict(header=True, widths=[.22, .14, .64])))
    B.append(('h1', 'I. Akkoord'))
    if V['vaststelling'] is not None: B.append(('p', flat(c, 'vaststelling', V['vaststelling'])))
    if V['instemming_ouders'] is not None: B.extend(content_blocks(c, 'instemming_ouders', V['instemming_ouders']))
    if V['informatie_rechten'] is not None: B.append(('small', flat(c, 'informatie_rechten', V['informatie_rechten'])))
    return dict(blocks=B, footer=f"{c['school']} · OPP {c['naam']}", font='Arial')

LAYOUTS = dict(nummer=L_nummer, nummer_kort=L_nummer_kort, tweekolom=L_tweekolom, domeintabel=L_domeintabel, beknopt=L_beknopt,
               vragen=L_vragen, brief=L_brief, groeidocument=L_groeidocument, systeem=L_systeem, vomentor=L_vomentor)

# ---------------------------------------------------------------- non-OPPs
def L_folder(ctx):
    B = [('title', 'Wat is een OPP?'), ('subtitle', 'Informatie voor ouders – ' + ctx['swv']),
         ('p', "Sommige leerlingen hebben meer ondersteuning nodig dan de school aan alle leerlingen biedt. Voor hen stelt de school een ontwikkelingsperspectiefplan op: het OPP."),
         ('h2', 'Wat staat er in een OPP?'),
         ('bullets', ["de te verwachten uitstroombestemming: naar welk vervolgonderwijs of werk uw kind waarschijnlijk gaat;",
                      "de onderbouwing daarvan;", "de belemmerende en bevorderende factoren;", "de onderwijsbehoeften en de ondersteuning die de school biedt (het handelingsdeel);",
                      "eventuele afwijkingen van het onderwijsprogramma;", "doelen, en wanneer het plan wordt geëvalueerd."]),
         ('h2', 'Uw rol als ouder'),
         ('p', "De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). U heeft instemmingsrecht op het handelingsdeel. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen en beschrijven wat daarmee gedaan is."),
         ('h2', 'Niet eens?'),
         ('p', "Bespreek het eerst met de school. U kunt ook terecht bij het ouder- en jeugdsteunpunt of een onderwijsconsulent, en binnen zes weken na vaststelling bij de Geschillencommissie passend onderwijs."),
         ('table', [["Ouder- en jeugdsteunpunt", "030-0000000 (ma-do 9-16 uur)"], ["E-mail", "steunpunt@swv-voorbeeld.nl"]], dict(widths=[.4, .6], shade_first=True)),
         ('small', 'Deze folder is een algemene uitleg en geen OPP van uw kind.')]
    return dict(blocks=B, footer=None, font='Verdana')

def L_nieuwsbrief(ctx):
    c = ctx
    B = [('title', f"Nieuwsbrief {c['school']}"), ('subtitle', f"nummer 4 – {dlong(c['date'])}"),
         ('h2', 'Van de directie'), ('p', f"Beste ouders, de eerste weken van het schooljaar zitten erop. In de groepen is hard gewerkt aan de groepsvorming. Op {dlong(c['date'] + dt.timedelta(days=10))} is de studiedag; alle kinderen zijn dan vrij."),
         ('h2', 'OPP-gesprekken'), ('p', f"Voor leerlingen met een ontwikkelingsperspectiefplan (OPP) vinden de OPP-gesprekken plaats in week {c['r'].randint(40,48)}. De intern begeleider nodigt de betrokken ouders persoonlijk uit. In het gesprek bespreken we de uitstroombestemming, de ondersteuning en de doelen, en vragen we ouders in te stemmen met het handelingsdeel. Ook de kinderen zelf worden gevraagd wat zij ervan vinden. Het OPP wordt minstens één keer per jaar geëvalueerd."),
         ('h2', 'Schoolfruit'), ('p', 'Vanaf 12 november krijgen alle groepen op woensdag, donderdag en vrijdag schoolfruit.'),
         ('h2', 'Agenda'), ('table', [["Datum", "Activiteit"], ["ma 3 nov", "Luizencontrole"], ["wo 12 nov", "Start schoolfruit"], ["vr 5 dec", "Sinterklaasviering, 12.00 uur uit"]], dict(header=True, widths=[.3, .7])),
         ('small', f"{c['school']} · {c['plaats']} · www.voorbeeldschool.nl")]
    return dict(blocks=B, footer=None, font='Comic Sans MS')
