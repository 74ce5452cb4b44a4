#!/usr/bin/env python3
"""Deterministic generator of the blind OPP set 2026-12-06v. Run with the venv python:
   /work/blind34/venv/bin/python generate.py
Needs soffice (LibreOffice) and pdftoppm (poppler) for PDF-from-Word, ODT and scans. No clock, fixed seeds."""
import json, shutil, subprocess, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import *
from layouts import *
import render as R

DOCS = HERE / 'docs'
BUILD = HERE / '_build'


def D(s):
    y, m, d = s.split('-'); return (int(y), int(m), int(d))


def sp(id, st, layout, fmt, date, consent, modes=None, note='', **kw):
    return dict(id=id, school_type=st, layout=layout, fmt=fmt, date=D(date), consent=consent, modes=modes or {}, note=note,
                revised=D(kw['revised']) if kw.get('revised') else None, adult=kw.get('adult', False), curatele=kw.get('curatele', False),
                extra_unclear=kw.get('unclear', []), label_over=kw.get('labels', {}))


SPECS = [
    # ---- po ----
    sp('po-01', 'po', 'swv-numbered', 'pdf-word', '2025-10-14', 'sig_table', note='complete; signature table with both parents, IB and director (signature images)'),
    sp('po-02', 'po', 'two-column', 'docx', '2025-11-03', 'tick_yes', note='complete; content-control tick box "akkoord" ticked, parents signed with date'),
    sp('po-03', 'po', 'questions', 'txt', '2024-11-20', 'wg', note='complete pre-2025 plan; consent as "w.g." with date; no pupil section (not yet required)'),
    sp('po-04', 'po', 'letter', 'pdf', '2025-09-30', 'email_sent_no_reply', {'doelen': 'vague', 'informatie_rechten': 'partial'},
       note='letter; plan e-mailed to parents, no reply (not consent); goals vague; rights only "contact IB"'),
    sp('po-05', 'po', 'beknopt', 'docx', '2026-02-10', 'date_no_sig', {'uitstroombestemming': 'unticked', 'onderbouwing': 'generic', 'evaluatie': 'ntb',
                                                                         'inbreng_leerling': 'view_no_change', 'afwijkingen_onderwijsprogramma': 'na_tick'},
       note='beknopt form; destination boxes all unticked; onderbouwing about all pupils; evaluation n.t.b.; pupil view without effect; parents named and dated but not signed'),
    sp('po-06', 'po', 'system-export', 'pdf', '2025-10-01', 'portal_read_only', {'adviezen_professionals': 'ref', 'afwijkingen_onderwijsprogramma': 'missing'},
       note='LVS export; portal shows plan "gelezen" only; advice only "zie verslag"; no field about deviations'),
    sp('po-07', 'po', 'domain-table', 'pdf-word', '2026-03-05', 'avg_only', {'bevorderende_factoren': 'empty', 'vaststelling': 'nodate'},
       note='domain table with empty bevorderend column; only photo/AVG consent signed, no consent to handelingsdeel; vaststelling without date'),
    sp('po-08', 'po', 'groeidocument', 'odt', '2025-01-15', 'sig_table', {'inbreng_leerling': 'missing'}, revised='2025-10-20',
       note='groeidocument set before Aug 2025 but revised Oct 2025 (version table), so pupil input applies and is absent; signed consent after revision'),
    sp('po-09', 'po', 'swv-numbered', 'scan', '2025-12-01', 'scan_hand', note='scan (image-only PDF) of a complete plan with hand-signed ondertekeningsblad', unclear=['instemming_ouders']),
    sp('po-10', 'po', 'evaluation-addendum', 'docx', '2025-02-12', 'old_consent', revised='2026-01-20',
       note='plan Feb 2025 signed then; yearly evaluation Jan 2026 revises the handelingsdeel and points back to the old signature (no consent to revised part); pupil input at evaluation present'),
    # ---- sbo ----
    sp('sbo-01', 'sbo', 'swv-numbered', 'docx', '2025-10-07', 'separate_page', note='complete; separate ondertekeningsblad at the end, signed by parents and school'),
    sp('sbo-02', 'sbo', 'domain-table', 'pdf', '2025-11-18', 'digital', note='complete; consent through a digital signing service audit trail (completed)'),
    sp('sbo-03', 'sbo', 'questions', 'pdf-word', '2026-01-26', 'voor_gezien', {'ondersteuning': 'volgt', 'adviezen_professionals': 'instr'},
       note='parents signed "voor gezien"; ondersteuning "volgt na overleg"; advice section still holds the format instruction'),
    sp('sbo-04', 'sbo', 'two-column', 'odt', '2025-03-10', 'onder_protest', {'afwijkingen_onderwijsprogramma': 'unticked', 'oogo': 'partial'},
       note='pre-2025; consent signed "onder protest"; deviations yes/no both unticked; OOGO without date or participants'),
    sp('sbo-05', 'sbo', 'system-export', 'txt', '2025-09-22', 'portal_yes', {'informatie_rechten': 'partial'},
       note='text export; parent-portal confirmation "akkoord" with date; rights text only says to contact the IB'),
    sp('sbo-06', 'sbo', 'letter', 'docx', '2026-05-12', 'sig_no_date', {'doelen': 'ntb', 'belemmerende_factoren': 'ref'},
       note='letter with reply slip signed without date; goals n.t.b.; belemmerend only refers to groeidocument'),
    sp('sbo-07', 'sbo', 'beknopt', 'pdf-form', '2025-10-29', 'tick_yes', {'uitstroombestemming': 'ticked'},
       note='fillable PDF form, all fields filled; akkoord check box ticked, signature image and date'),
    # ---- so ----
    sp('so-01', 'so', 'groeidocument', 'pdf-word', '2025-11-11', 'sig_table', note='complete groeidocument with CvB advice; multi-party signature table'),
    sp('so-02', 'so', 'swv-numbered', 'odt', '2026-02-02', 'email', {'oogo': 'partial'},
       note='consent given by e-mail and recorded in the plan (genuine); OOGO only "besproken met ouders"'),
    sp('so-03', 'so', 'domain-table', 'docx', '2025-10-20', 'school_only', {'inbreng_leerling': 'view_no_change', 'adviezen_professionals': 'ref'},
       note='only IB and director signed, parent rows empty; pupil view without what it changed; advice only by reference'),
    sp('so-04', 'so', 'beknopt', 'pdf', '2024-12-09', 'unticked_both', {'uitstroombestemming': 'ticked', 'onderbouwing': 'dots', 'evaluatie': 'missing'},
       note='pre-2025 short form; both consent boxes unticked, names and dates typed; onderbouwing "..."; no evaluation'),
    sp('so-05', 'so', 'questions', 'docx', '2026-04-14', 'partial', {'afwijkingen_onderwijsprogramma': 'reduced', 'ondersteuningsbehoefte': 'cc'},
       note='consent only partial (not to reduced hours); needs is an empty content control'),
    sp('so-06', 'so', 'groeidocument', 'scan', '2025-09-15', 'scan_ticked_no', note='scan; parent crossed "niet akkoord" by hand and signed', unclear=['instemming_ouders']),
    sp('so-07', 'so', 'evaluation-addendum', 'pdf', '2024-06-18', 'eval_renewed', revised='2025-06-24',
       note='complete; plan and yearly evaluation both before Aug 2025; consent renewed at evaluation with signatures'),
    sp('so-08', 'so', 'letter', 'txt', '2025-12-03', 'refused', {'evaluatie': 'dots'}, note='letter in text; parents refuse consent; evaluation "..."'),
    # ---- vo ----
    sp('vo-01', 'vo', 'swv-numbered', 'pdf-word', '2025-10-09', 'paraaf_plus', note='complete; parents initialled every page (footer) and signed the table'),
    sp('vo-02', 'vo', 'two-column', 'pdf', '2025-11-25', 'tick_yes', {'adviezen_professionals': 'ref'}, note='akkoord ticked and signed; advice only "zie verslag"'),
    sp('vo-03', 'vo', 'system-export', 'pdf', '2026-01-13', 'blank_line', {'afwijkingen_onderwijsprogramma': 'ticked_yes_empty', 'onderbouwing': 'generic'},
       note='export; blank signature line; deviation "ja" ticked but not described; onderbouwing generic'),
    sp('vo-04', 'vo', 'groeidocument', 'docx', '2025-10-02', 'info_share', {'uitstroombestemming': 'ntb'},
       note='only consent to share data with SWV signed, no consent to handelingsdeel; destination n.t.b.'),
    sp('vo-05', 'vo', 'questions', 'odt', '2025-04-08', 'paraaf_only', {'evaluatie': 'volgt'},
       note='pre-2025; parents initialled pages but gave no consent statement or signature; evaluation "volgt"'),
    sp('vo-06', 'vo', 'letter', 'pdf-word', '2026-03-30', 'reply_slip', note='complete letter with signed reply slip "akkoord" ticked'),
    sp('vo-07', 'vo', 'domain-table', 'txt', '2025-09-08', 'digital_pending', {'bevorderende_factoren': 'dash'},
       note='text; digital signing envelope still waiting for parent; bevorderend column only "-"'),
    sp('vo-08', 'vo', 'beknopt', 'docx', '2025-12-15', 'instruction', {'doelen': 'instr', 'vaststelling': 'cc', 'uitstroombestemming': 'ticked'},
       note='format instruction in consent place, empty signature rows; goals still instruction; vaststelling date control empty'),
    sp('vo-09', 'vo', 'two-column', 'scan', '2026-06-22', 'scan_hand', note='scan of complete plan, hand-signed', unclear=['instemming_ouders']),
    # ---- pro ----
    sp('pro-01', 'pro', 'swv-numbered', 'docx', '2025-10-16', 'sig_table', note='complete; signature images with dates'),
    sp('pro-02', 'pro', 'system-export', 'pdf-word', '2026-02-24', 'portal_yes', {'doelen': 'vague'}, note='portal akkoord (genuine); goals vague'),
    sp('pro-03', 'pro', 'groeidocument', 'pdf', '2025-05-20', 'unsigned_place', {'adviezen_professionals': 'missing', 'informatie_rechten': 'missing'},
       note='pre-2025; parents named but place/date/signature empty; no advice or rights section'),
    sp('pro-04', 'pro', 'questions', 'pdf', '2025-11-04', 'email', {'ondersteuning': 'vague', 'inbreng_leerling': 'view_no_change'},
       note='e-mail consent recorded (genuine); support vague; pupil view without effect'),
    sp('pro-05', 'pro', 'two-column', 'txt', '2026-09-28', 'ticked_no', {'afwijkingen_onderwijsprogramma': 'missing', 'evaluatie': 'missing'},
       note='text; "niet akkoord" ticked and signed; silence on deviations; no evaluation'),
    sp('pro-06', 'pro', 'letter', 'odt', '2025-10-21', 'reply_slip', note='complete letter with signed reply slip'),
    sp('pro-07', 'pro', 'evaluation-addendum', 'pdf-word', '2024-11-12', 'eval_renewed', revised='2025-11-10',
       note='complete; plan 2024, evaluation Nov 2025 with pupil input and renewed signed consent'),
    # ---- vso ----
    sp('vso-01', 'vso', 'swv-numbered', 'pdf-word', '2025-10-23', 'adult_self', adult=True, note='complete; adult pupil signs himself; pupil-input rule n/a'),
    sp('vso-02', 'vso', 'groeidocument', 'docx', '2026-01-19', 'curator', adult=True, curatele=True,
       note='complete; adult pupil under curatele, curator (mother) consents; pupil input present'),
    sp('vso-03', 'vso', 'domain-table', 'odt', '2025-11-06', 'adult_parent_signed', adult=True, note='adult pupil but only parents signed; pupil row empty'),
    sp('vso-04', 'vso', 'two-column', 'pdf', '2025-09-29', 'digital', {'uitstroombestemming': 'unticked', 'onderbouwing': 'ref'},
       note='three profiles all unticked; onderbouwing "zie bijlage"; digital signature completed (genuine)'),
    sp('vso-05', 'vso', 'beknopt', 'pdf-form', '2026-03-16', 'unticked_both', {'uitstroombestemming': 'ticked'},
       note='fillable form; both consent check boxes empty, no signature'),
    sp('vso-06', 'vso', 'questions', 'txt', '2025-02-03', 'wg', note='complete pre-2025 plan in text; w.g. signature with date'),
    sp('vso-07', 'vso', 'system-export', 'pdf', '2025-12-08', 'avg_only', {'ondersteuningsbehoefte': 'generic'},
       note='photo/AVG consent signed, handelingsdeel consent absent; needs generic'),
    sp('vso-08', 'vso', 'letter', 'scan', '2026-05-04', 'adult_self', adult=True, note='scan; letter to adult pupil with hand-signed reply', unclear=['instemming_ouders']),
    sp('vso-09', 'vso', 'evaluation-addendum', 'docx', '2025-03-03', 'eval_voor_gezien', {'inbreng_leerling': 'empty'}, revised='2026-02-26',
       note='evaluation Feb 2026 signed only "voor gezien"; pupil-input heading at evaluation empty'),
]

EVAL_CONSENT = {'eval_renewed', 'old_consent', 'eval_voor_gezien'}
NONOPP = ['none-01', 'none-02', 'none-03', 'blank-01', 'blank-02']


def default_mode(el, spec):
    m = spec['modes'].get(el)
    if m:
        return m
    st = spec['school_type']
    if el == 'afwijkingen_onderwijsprogramma':
        return 'na' if st in ('po', 'vo') else 'present'
    if el == 'inbreng_leerling':
        post = spec['date'] >= CUTOFF or (spec['revised'] and spec['revised'] >= CUTOFF)
        if spec['adult'] and not spec['curatele']:
            return 'na_omit'
        return 'present' if post else 'na_omit'
    if el == 'uitstroombestemming' and spec['layout'] == 'beknopt':
        return 'ticked'
    return 'present'


def label_of(el, mode):
    if mode in ('present', 'ticked', 'reduced'):
        return 'present'
    if mode in ('na', 'na_tick', 'na_omit'):
        return 'not_applicable'
    if mode == 'missing':
        return 'missing'
    return 'incomplete'


def eval_consent_items(v, c):
    ed = c['rev']; d = dadd(ed, 3)
    rows = [['Ouder/verzorger 1', c['moeder'], dnum(d), S(c, c['moeder'] + 'e')], ['Intern begeleider', c['ib'], dnum(ed), S(c, c['ib'] + 'e')]]
    if v == 'eval_renewed':
        return [('p', 'Ouders stemmen in met het bijgestelde handelingsdeel.'), ('sig', HDR, rows)]
    if v == 'eval_voor_gezien':
        return [('p', 'Evaluatieverslag en bijstelling voor gezien getekend door ouders.'), ('sig', HDR, rows)]
    if v == 'old_consent':
        return [('p', fill("Ouders hebben op {d} ingestemd met het handelingsdeel (zie ondertekening hierboven); een nieuwe handtekening "
                           "is daarom niet nodig.", c | {'d': dlong(dadd(c['date'], 4))}))]


def build_opp(spec):
    c = make_ctx(spec)
    if spec['revised']:
        c['sign_d'] = dadd(spec['revised'], 3)
    modes = {el: default_mode(el, spec) for el in ELS if el != 'instemming_ouders'}
    content = {el: el_items(el, modes[el], c, spec['layout']) for el in modes}
    v = spec['consent']
    L = spec['layout']
    labels = {el: label_of(el, m) for el, m in modes.items()}
    labels['instemming_ouders'] = CONSENT_LABEL[v]
    unclear = list(spec['extra_unclear'])
    if v in IMAGE_ONLY and v not in ('eval_renewed',) and 'instemming_ouders' not in unclear and spec['fmt'] != 'txt':
        unclear.append('instemming_ouders')
    footer = paraaf = None
    if L == 'evaluation-addendum':
        content['instemming_ouders'] = None
        inb = content['inbreng_leerling'] if modes['inbreng_leerling'] != 'na_omit' else None
        blocks = lay_evaladd(spec, c, content, eval_consent_items(v, c), inb)
        if v == 'eval_renewed':
            unclear.append('instemming_ouders')
    else:
        content['instemming_ouders'] = consent_items(v, c)
        fn = {'swv-numbered': lay_numbered, 'two-column': lay_twocol, 'domain-table': lay_domain, 'groeidocument': lay_groei,
              'beknopt': lay_beknopt, 'questions': lay_questions, 'letter': lay_letter, 'system-export': lay_system}[L]
        blocks = fn(spec, c, content)
    if L == 'system-export':
        footer = f"Kompasnet LVS 4.2 | Export OPP | {c['naam']} | afgedrukt {dnum(dadd(spec['date'], 2))} 09:14 | pagina {{page}} van {{pages}}"
    elif L in ('swv-numbered', 'groeidocument', 'evaluation-addendum'):
        footer = f"{c['swv']} - OPP {c['naam']} - pagina {{page}} van {{pages}}"
    elif L == 'beknopt':
        footer = f"Beknopt OPP {c['school']} - versie {c['sj']} - pagina {{page}} van {{pages}}"
    if v == 'paraaf_plus':
        paraaf = 'Paraaf ouder(s): ' + S(c, c['moeder'], 'ini')
    if v == 'paraaf_only':
        paraaf = 'Paraaf ouder(s): ' + S(c, c['moeder'], 'ini')
    return blocks, labels, unclear, footer, paraaf, c


# ---------------- documents that are not OPPs / blank formats ----------------
def build_other(id):
    if id == 'none-01':
        B = [('title', 'Wat is een ontwikkelingsperspectiefplan (OPP)?'), ('sub', 'Informatie voor ouders - Samenwerkingsverband Passend Onderwijs Dijkmeer e.o.'),
             ('p', 'Heeft uw kind extra ondersteuning nodig? Dan maakt de school een ontwikkelingsperspectiefplan, kortweg OPP. In deze folder leest u wat daarin staat en wat uw rol is.'),
             ('h', 2, 'Wat staat er in een OPP?'),
             ('bullets', ['de verwachte uitstroombestemming: naar welke vorm van voortgezet onderwijs of werk uw kind waarschijnlijk gaat, en waarom;',
                          'wat uw kind helpt en wat het leren moeilijk maakt (bevorderende en belemmerende factoren);',
                          'het handelingsdeel: welke ondersteuning de school biedt, wie dat doet en hoe vaak;',
                          'eventuele afwijkingen van het onderwijsprogramma.']),
             ('h', 2, 'Wat is uw rol?'),
             ('p', 'De school bespreekt het plan met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Sinds 1 augustus 2025 moet de school ook de mening van uw kind vragen.'),
             ('h', 2, 'Niet eens?'),
             ('p', 'Praat eerst met de school. Komt u er niet uit, dan kunt u terecht bij een onderwijsconsulent of binnen zes weken bij de Geschillencommissie passend onderwijs.'),
             ('h', 2, 'Evaluatie'), ('p', 'Het OPP wordt minstens één keer per schooljaar met u geëvalueerd.'),
             ('p', 'Meer weten? Bel het ouderloket van het samenwerkingsverband: 0599-123 456 (fictief).')]
        return B, 'none', 'folder-leaflet', 'pdf-word', 'leaflet for parents explaining what an OPP is; not an OPP: every element missing'
    if id == 'none-02':
        B = [('title', 'Nieuwsbrief OBS De Boomgaard - december'), ('sub', 'Jaargang 12, nummer 4'),
             ('h', 2, 'Sinterklaas'), ('p', 'Wat een feest was het! Dank aan de ouderraad voor de versiering.'),
             ('h', 2, 'OPP-gesprekken'), ('p', 'In week 50 vinden de evaluatiegesprekken plaats voor leerlingen met een ontwikkelingsperspectiefplan. U ontvangt hiervoor een uitnodiging van de intern begeleider. Vergeet niet het handelingsdeel te ondertekenen als u akkoord bent.'),
             ('h', 2, 'Toestemming beeldmateriaal'), ('p', "Heeft u het formulier voor foto's en video's nog niet ingeleverd? Doe dit dan vóór 20 december."),
             ('h', 2, 'Kerstvakantie'), ('p', 'De kerstvakantie loopt van 20 december tot en met 4 januari.')]
        return B, 'po', 'newsletter', 'txt', 'school newsletter mentioning OPP talks; not an OPP: every element missing'
    if id == 'none-03':
        B = [('title', 'Toestemmingsformulier beeldmateriaal en gegevens'), ('sub', 'Het Dijkmeer College, schooljaar 2025-2026'),
             ('kv', [('Naam leerling', 'Jesse Kortekaas'), ('Klas', '2B')]),
             ('ccbox', [(True, "Ik geef toestemming voor het plaatsen van foto's op de website"), (False, "Ik geef toestemming voor foto's op sociale media"),
                        (True, 'Ik geef toestemming voor het delen van contactgegevens met de ouderraad')]),
             ('sig', ['Rol', 'Naam', 'Datum', 'Handtekening'], [['Ouder/verzorger', 'Petra Kortekaas', '08-09-2025', '[[SIG:4242]]']])]
        return B, 'vo', 'avg-form', 'docx', 'signed AVG/photo consent form; not an OPP: every element missing'
    if id in ('blank-01', 'blank-02'):
        st = 'vo' if id == 'blank-01' else 'so'
        c = dict(vn='[naam]', naam='', r=random.Random(5), st=st, adult=False, date=(2025, 9, 1), sj='20..-20..')
        B = [('title', 'Ontwikkelingsperspectiefplan (format)'), ('sub', 'Format ' + ('SWV VO Lindeweerd, versie 2025' if st == 'vo' else 'SO/VSO cluster 4, versie aug. 2025')),
             ('h', 1, 'Gegevens leerling'), header_kv(dict(c, naam='', school='', plaats='', groep='', ib='', mentor='', sj=''), blank=True)]
        secs = [('uitstroombestemming', 'Te verwachten uitstroombestemming', [('checks', [(False, o) for o in DEST_OPTS[st]])]),
                ('onderbouwing', 'Onderbouwing', [('cc', 'Klik of tik om tekst in te voeren.')] if id == 'blank-01' else [('p', INSTR['onderbouwing'])]),
                ('belemmerende_factoren', 'Belemmerende factoren', [('p', INSTR['belemmerende_factoren'])]),
                ('bevorderende_factoren', 'Bevorderende factoren', [('p', INSTR['bevorderende_factoren'])]),
                ('ondersteuningsbehoefte', 'Onderwijsbehoeften', [('cc', 'Klik of tik om tekst in te voeren.')] if id == 'blank-01' else []),
                ('doelen', 'Doelen', [('table', ['Gebied', 'Doel', 'Wanneer', 'Hoe meten'], [['', '', '', ''], ['', '', '', '']])]),
                ('ondersteuning', 'Handelingsdeel', [('table', ['Wat', 'Wie', 'Hoe vaak', 'Vanaf'], [['', '', '', ''], ['', '', '', '']])]),
                ('afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma', [('checks', [(False, 'Ja, namelijk: ……………'), (False, 'Nee')])]),
                ('adviezen_professionals', 'Adviezen deskundigen' + (' / commissie voor de begeleiding' if st == 'so' else ''), [('p', INSTR['adviezen_professionals'])]),
                ('oogo', 'Gesprek met ouders', [('kv', [('Datum', ''), ('Aanwezig', '')])]),
                ('inbreng_leerling', 'Inbreng van de leerling', [('p', INSTR['inbreng_leerling'])]),
                ('evaluatie', 'Evaluatie', [('kv', [('Tussenevaluatie', ''), ('Jaarevaluatie', '')])]),
                ('vaststelling', 'Vaststelling', [('kv', [('Datum vaststelling', ''), ('Door', '')])]),
                ('instemming_ouders', 'Instemming ouders met het handelingsdeel',
                 [('checks', [(False, 'Akkoord met het handelingsdeel'), (False, 'Niet akkoord')]), ('sig', HDR, [['Ouder/verzorger 1', '', '', ''], ['Ouder/verzorger 2', '', '', ''], ['Directeur', '', '', '']])])]
        for i, (el, t, items) in enumerate(secs):
            B += [('h', 1, f"{i+1}. {t}")] + items
        return B, st, 'blank-format', 'docx' if id == 'blank-01' else 'pdf', 'empty OPP format: sections present but unfilled (incomplete); no rights section (missing)'


def out_name(id, fmt):
    ext = {'pdf-word': 'pdf', 'pdf': 'pdf', 'pdf-form': 'pdf', 'scan': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt'}[fmt]
    return f"{id}.{ext}"


def soffice(paths, target, outdir):
    if not paths:
        return
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/blind34_lo', '--convert-to', target, '--outdir', str(outdir)]
                   + [str(p) for p in paths], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


README_HEAD = open(HERE / 'README-head.md', encoding='utf-8').read()


def write_readme(entries):
    L = [README_HEAD, '', '## Documents', '', '| file | type | format | layout | note |', '|---|---|---|---|---|']
    for e in entries:
        L.append(f"| {e['file']} | {e['school_type']} | {e['format']}{' (scan)' if e['scanned'] else ''} | {e['layout']} | {e['notes'].split('; ', 1)[1]} |")
    (HERE / 'README.md').write_text('\n'.join(L) + '\n', encoding='utf-8')


def main():
    if DOCS.exists():
        shutil.rmtree(DOCS)
    if BUILD.exists():
        shutil.rmtree(BUILD)
    DOCS.mkdir(); BUILD.mkdir()
    entries = []
    to_pdf, to_odt = [], []
    fmtlabel = {'pdf-word': 'pdf', 'pdf': 'pdf', 'pdf-form': 'pdf', 'scan': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt'}
    for spec in SPECS:
        blocks, labels, unclear, footer, paraaf, c = build_opp(spec)
        lab = dict(labels); lab.update(spec['label_over'])
        fmt = spec['fmt']; name = out_name(spec['id'], fmt)
        if fmt == 'txt':
            R.render_txt(blocks, DOCS / name, footer)
        elif fmt == 'docx':
            R.render_docx(blocks, DOCS / name, footer, paraaf)
        elif fmt in ('pdf-word', 'odt'):
            p = BUILD / f"{spec['id']}.docx"
            R.render_docx(blocks, p, footer, paraaf, font='Arial' if spec['id'] < 'so' else 'Calibri')
            (to_pdf if fmt == 'pdf-word' else to_odt).append(p)
        elif fmt == 'pdf':
            R.render_pdf(blocks, DOCS / name, footer, paraaf, serif=spec['layout'] == 'letter')
        elif fmt == 'pdf-form':
            R.render_form(blocks, DOCS / name, footer)
        elif fmt == 'scan':
            p = BUILD / f"{spec['id']}-src.pdf"
            R.render_pdf(blocks, p, footer, paraaf, serif=spec['layout'] == 'letter')
            R.make_scan(p, DOCS / name, seed_of(spec['id']) % 10000)
        entries.append({'file': 'docs/' + name, 'format': fmtlabel[fmt], 'layout': spec['layout'] + (' (fillable form)' if fmt == 'pdf-form' else ''),
                        'school_type': spec['school_type'], 'scanned': fmt == 'scan',
                        'elements': {el: lab[el] for el in ELS}, 'accept_unclear': sorted(set(unclear)),
                        'notes': f"{spec['layout']}, {fmt}; " + spec['note']})
    for id in NONOPP:
        B, st, layout, fmt, note = build_other(id)
        name = out_name(id, fmt)
        if fmt == 'txt':
            R.render_txt(B, DOCS / name)
        elif fmt == 'docx':
            R.render_docx(B, DOCS / name)
        elif fmt == 'pdf':
            R.render_pdf(B, DOCS / name)
        elif fmt == 'pdf-word':
            p = BUILD / f"{id}.docx"; R.render_docx(B, p); to_pdf.append(p)
        if id.startswith('blank'):
            els = {el: 'incomplete' for el in ELS}
            els['informatie_rechten'] = 'missing'
        else:
            els = {el: 'missing' for el in ELS}
        entries.append({'file': 'docs/' + name, 'format': fmtlabel[fmt], 'layout': layout, 'school_type': st if id.startswith('blank') else 'none',
                        'scanned': False, 'elements': els, 'accept_unclear': [], 'notes': f"{layout}, {fmt}; {note}"})
    soffice(to_pdf, 'pdf', DOCS)
    soffice(to_odt, 'odt', DOCS)
    for e in entries:
        assert (HERE / e['file']).exists(), e['file']
    (HERE / 'labels.json').write_text(json.dumps({'version': 1, 'docs': entries}, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    shutil.rmtree(BUILD)
    write_readme(entries)
    print(len(entries), 'documents')


if __name__ == '__main__':
    main()
