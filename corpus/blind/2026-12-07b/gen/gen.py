#!/usr/bin/env python3
"""Deterministic generator for the blind set 2026-12-07b (paper plans, scans, mixed files).

Run:  /work/blind49/venv/bin/python gen.py
Needs: python-docx, reportlab, pillow, numpy, pypdf; soffice on PATH; the OFL script fonts in fonts/.
Fixed seeds, no clock: the same input gives the same documents (soffice-made PDF/ODT files carry
their own timestamps in metadata; their content does not change).
"""
import os, sys, io, json, random, datetime, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS, make_ctx, consent_blocks, label_for, fmt, content
from layouts import LAYOUTS, beknopt, FORM_FIELDS, items_to_text
import render as R
from PIL import Image

DOCS = os.path.join(HERE, 'docs')
TMP = os.path.join(HERE, '_tmp')
D = datetime.date


def S(id, st, layout, fmt_, date, gaps=None, consent='signed', note='', **kw):
    return dict(id=id, st=st, layout=layout, fmt=fmt_, date=date, gaps=gaps or {}, consent=consent, note=note, **kw)


SPECS = [
    # ---------------- complete plans
    S('po-01', 'po', 'swv-numbered', 'pdf-soffice', D(2025, 10, 14), profile=0, note='complete; signature image in signature table'),
    S('po-02', 'po', 'question-headings', 'docx', D(2026, 1, 22), consent='email', profile=1, note='complete; consent stated: e-mail with date'),
    S('po-03', 'po', 'paper-form', 'scan', D(2025, 11, 20), consent='signed_two', profile=2, stamp=True, note='complete; printed form filled in by hand (readable script), both parents signed, school stamp'),
    S('sbo-04', 'sbo', 'two-column', 'odt', D(2025, 3, 12), gaps={'inbreng_leerling': 'absent'}, note='complete for its date (before 1-8-2025: no pupil section, not applicable)'),
    S('so-05', 'so', 'domain-table', 'pdf', D(2025, 9, 30), profile=0, note='complete; CvB advice present'),
    S('vo-06', 'vo', 'system-export', 'pdf', D(2026, 3, 9), consent='portal', profile=0, note='complete; consent via ouderportaal with timestamp; footer on every page'),
    S('vo-07', 'vo', 'letter', 'pdf-soffice', D(2025, 10, 6), profile=1, note='complete; letter with reply slip; afwijkingen "geen" (not applicable)'),
    S('pro-08', 'pro', 'groeidocument', 'docx', D(2025, 11, 4), consent='verbal', profile=0, note='complete; OPP as chapter 6 of a groeidocument; oral consent recorded with date and by whom'),
    S('vso-09', 'vso', 'two-column', 'pdf', D(2025, 10, 21), consent='adult_self', adult=True, profile=1, note='complete; adult pupil (18+, handelingsbekwaam) consents himself; inbreng not applicable (he is the party)'),
    S('vso-10', 'vso', 'swv-numbered', 'mixed', D(2026, 2, 10), consent='curator', curatele=True, profile=0, stamp=True,
      note='complete; born-digital pages plus a scanned signature page; pupil under curatele, curator signs; pupil view required and present'),
    S('po-11', 'po', 'domain-table', 'pdf-sigscan', D(2025, 12, 1), profile=0, stamp=True, note='complete; Word plan with a scanned signature page pasted in as picture, exported to PDF'),
    S('sbo-12', 'sbo', 'beknopt-form', 'pdf-form', D(2026, 1, 15), consent='form_ticked', profile=0, note='complete; fillable PDF form, all fields filled, consent checkbox ticked with name and date'),
    S('vo-13', 'vo', 'swv-numbered', 'scan-digital', D(2025, 10, 28), profile=0, stamp=True, note='complete; printed, signed by pen, scanned (typed text readable by OCR)'),
    S('pro-14', 'pro', 'system-export', 'txt', D(2026, 10, 6), consent='portal', profile=1, note='complete; plain-text export'),
    S('so-15', 'so', 'paper-form', 'docx-photo', D(2025, 11, 12), profile=1, note='complete; paper form photographed by phone and pasted as pictures into DOCX; afwijkingen "geen"'),
    S('po-16', 'po', 'letter', 'txt', D(2024, 11, 19), consent='typed', profile=1, gaps={'inbreng_leerling': 'absent'},
      note='complete for its date; copy with "w.g." (was getekend) signatures'),
    S('vso-17', 'vso', 'paper-form', 'scan-fax', D(2025, 12, 9), profile=2, fax_cover=True, note='complete; faxed handwritten form with cover sheet and fax header'),
    S('vo-18', 'vo', 'groeidocument', 'pdf-soffice', D(2025, 6, 2), consent='signed_two', profile=0, gaps={'inbreng_leerling': 'absent'},
      note='complete for its date (June 2025)'),
    S('sbo-19', 'sbo', 'question-headings', 'pdf', D(2026, 3, 23), profile=1, gaps={'afwijkingen_onderwijsprogramma': 'none'},
      note='complete; explicit "geen afwijkingen" (not applicable)'),
    # ---------------- plans with gaps
    S('po-20', 'po', 'swv-numbered', 'docx', D(2025, 10, 2), consent='gezien', profile=0,
      gaps={'onderbouwing': 'placeholder', 'evaluatie': 'placeholder'}, note='placeholders; consent box "voor gezien" ticked'),
    S('po-21', 'po', 'two-column', 'pdf-soffice', D(2025, 11, 11), profile=2,
      gaps={'belemmerende_factoren': 'instruction', 'doelen': 'instruction', 'inbreng_leerling': 'noimpact'}, note='format instructions left in; pupil view without what it changed'),
    S('po-22', 'po', 'system-export', 'pdf', D(2026, 1, 13), consent='school_only', profile=0,
      gaps={'ondersteuning': 'ref', 'adviezen_professionals': 'ref', 'afwijkingen_onderwijsprogramma': 'absent'}, note='references elsewhere; afwijkingen silent; only the school signed'),
    S('po-23', 'po', 'question-headings', 'txt', D(2025, 9, 25), consent='blank', profile=1,
      gaps={'ondersteuning': 'generic', 'doelen': 'generic', 'inbreng_leerling': 'absent'}, note='text about every pupil; pupil view missing; blank signature lines'),
    S('po-24', 'po', 'paper-form', 'scan', D(2025, 10, 30), consent='unticked', profile=0, hard=True,
      gaps={'afwijkingen_onderwijsprogramma': 'unticked', 'oogo': 'empty'}, note='faint, crooked scan with hard handwriting; afwijkingen boxes unticked; OOGO lines empty; consent boxes unticked'),
    S('po-25', 'po', 'domain-table', 'docx', D(2025, 2, 11), consent='protest', profile=2,
      gaps={'bevorderende_factoren': 'empty', 'vaststelling': 'nodate', 'informatie_rechten': 'partial', 'inbreng_leerling': 'absent'},
      note='bevorderend column empty; vaststelling date dotted line; rights only "contact IB"; signed under protest'),
    S('po-26', 'po', 'swv-numbered', 'pdf', D(2024, 10, 8), revised=D(2025, 10, 13), profile=1, gaps={'inbreng_leerling': 'absent'},
      note='set in 2024 but revised October 2025: pupil view now required and missing'),
    S('po-27', 'po', 'groeidocument', 'pdf-soffice', D(2026, 2, 3), consent='avg_only', profile=0, gaps={'evaluatie': 'nowhen'},
      note='only an AVG consent is signed; no consent to the handelingsdeel; evaluatie without when'),
    S('sbo-28', 'sbo', 'swv-numbered', 'odt', D(2025, 11, 25), consent='refused', profile=1,
      gaps={'uitstroombestemming': 'placeholder', 'onderbouwing': 'short'}, note='uitstroom placeholder; onderbouwing one empty sentence; consent refused (niet akkoord ticked)'),
    S('sbo-29', 'sbo', 'paper-form', 'scan', D(2026, 1, 29), consent='nodate', profile=0,
      gaps={'doelen': 'empty', 'ondersteuning': 'vague'}, note='handwritten form; doelen lines empty; support vague; signature without date'),
    S('sbo-30', 'sbo', 'letter', 'docx', D(2025, 10, 9), consent='partial', profile=0,
      gaps={'inbreng_leerling': 'noimpact', 'informatie_rechten': 'absent'}, note='letter; pupil view without effect; no rights info; partial consent'),
    S('so-31', 'so', 'swv-numbered', 'pdf-soffice', D(2025, 10, 16), profile=0,
      gaps={'adviezen_professionals': 'no_cvb', 'oogo': 'nodate'}, note='so plan without CvB advice; OOGO without date or who'),
    S('so-32', 'so', 'two-column', 'docx', D(2026, 4, 14), consent='gezien_text', profile=1,
      gaps={'uitstroombestemming': 'instruction', 'afwijkingen_onderwijsprogramma': 'placeholder'}, note='uitstroom instruction text left; afwijkingen placeholder; signed "voor gezien"'),
    S('so-33', 'so', 'paper-form', 'docx-photo', D(2026, 1, 20), consent='blank', profile=0,
      gaps={'ondersteuningsbehoefte': 'empty', 'vaststelling': 'nowho'}, note='photographed form; needs empty; vaststelling blank; signature lines blank'),
    S('so-34', 'so', 'groeidocument', 'pdf', D(2024, 12, 3), profile=1,
      gaps={'evaluatie': 'absent', 'adviezen_professionals': 'ref', 'inbreng_leerling': 'absent'}, note='pre-2025; no evaluation; advice only "zie verslag"'),
    S('vo-35', 'vo', 'swv-numbered', 'docx-sigscan', D(2025, 10, 20), consent='school_only', profile=0, stamp=True,
      note='digital plan with scanned signature page: only the school signed and stamped; parents line blank'),
    S('vo-36', 'vo', 'domain-table', 'pdf', D(2026, 2, 17), consent='email', profile=1,
      gaps={'belemmerende_factoren': 'absent', 'doelen': 'vague'}, note='no belemmerend column at all; vague goals; consent by e-mail (present)'),
    S('vo-37', 'vo', 'system-export', 'txt', D(2025, 11, 5), consent='portal', profile=0,
      gaps={'onderbouwing': 'empty', 'oogo': 'placeholder', 'inbreng_leerling': 'placeholder'}, note='export with "-" under onderbouwing; placeholders'),
    S('vo-38', 'vo', 'beknopt-form', 'docx-cc', D(2025, 12, 11), consent='unticked', profile=0,
      gaps={'ondersteuning': 'empty', 'doelen': 'empty', 'evaluatie': 'placeholder'}, note='content controls still showing Word placeholder text; consent checkboxes unticked'),
    S('vo-39', 'vo', 'question-headings', 'docx', D(2025, 5, 20), consent='avg_plus_blank', profile=1,
      gaps={'afwijkingen_onderwijsprogramma': 'absent', 'inbreng_leerling': 'absent'}, note='AVG consent signed, OPP consent line blank; afwijkingen silent (profile has none, but the plan says nothing)'),
    S('vo-40', 'vo', 'letter', 'scan-fax', D(2025, 10, 23), profile=0, gaps={'informatie_rechten': 'partial'},
      note='typed letter with reply slip signed by hand, sent by fax (1-bit, coarse); rights only "contact IB"'),
    S('pro-41', 'pro', 'swv-numbered', 'pdf-soffice', D(2025, 9, 18), consent='nodate', profile=0,
      gaps={'bevorderende_factoren': 'generic', 'uitstroombestemming': 'ref'}, note='uitstroom "zie groeidocument"; generic protective factors; signature without date'),
    S('pro-42', 'pro', 'paper-form', 'scan-fax', D(2026, 1, 8), consent='gezien', profile=1, fax_cover=True,
      gaps={'onderbouwing': 'empty'}, note='faxed handwritten form; onderbouwing lines empty; "voor gezien" ticked by pen'),
    S('pro-43', 'pro', 'two-column', 'pdf', D(2025, 11, 27), consent='refused', profile=1,
      gaps={'evaluatie': 'unticked', 'vaststelling': 'placeholder'}, note='evaluation boxes unticked; vaststelling placeholder; consent refused'),
    S('vso-44', 'vso', 'domain-table', 'docx', D(2025, 10, 1), consent='adult_parents_only', adult=True, profile=2,
      gaps={'uitstroombestemming': 'vso_ticked'}, note='adult pupil but only the parents signed: not his consent'),
    S('vso-45', 'vso', 'swv-numbered', 'docx', D(2026, 3, 3), profile=0,
      gaps={'uitstroombestemming': 'vso_profile_only_blank', 'adviezen_professionals': 'no_cvb'}, note='vso profiles listed but none ticked; no CvB advice'),
    S('vso-46', 'vso', 'question-headings', 'pdf', D(2025, 12, 16), consent='curatele_pupil_only', curatele=True, profile=2,
      note='pupil under curatele signs himself, curator does not: consent incomplete'),
    S('vso-47', 'vso', 'system-export', 'pdf', D(2025, 4, 8), profile=1,
      gaps={'afwijkingen_onderwijsprogramma': 'placeholder', 'ondersteuning': 'vague', 'inbreng_leerling': 'absent'}, note='pre-2025; afwijkingen placeholder; vague support'),
    S('vso-48', 'vso', 'groeidocument', 'mixed', D(2026, 2, 24), consent='gezien', profile=2, stamp=True,
      gaps={'inbreng_leerling': 'noimpact'}, note='digital pages + scanned signature page with "voor gezien" ticked by pen; pupil view without effect'),
    S('pro-49', 'pro', 'beknopt-form', 'pdf-form', D(2025, 10, 7), consent='form_unticked', profile=0,
      gaps={'doelen': 'empty', 'ondersteuning': 'empty'}, note='fillable form; goals and support fields empty; name filled but consent checkbox not ticked'),
    S('sbo-50', 'sbo', 'two-column', 'scan-digital', D(2026, 3, 17), profile=1, skew=3.2,
      gaps={'onderbouwing': 'ref'}, note='printed and scanned crooked (about 3 degrees); onderbouwing only a reference; signed by pen'),
    # ---------------- not OPPs / blank formats
    S('none-51', 'none', 'leaflet', 'pdf', D(2025, 9, 1), note='leaflet for parents about what an OPP is: not an OPP'),
    S('none-52', 'none', 'newsletter', 'pdf-soffice', D(2025, 10, 3), note='school newsletter mentioning OPP talks: not an OPP'),
    S('none-53', 'none', 'avg-photo-form', 'scan', D(2025, 9, 12), note='scanned signed consent for photos (beeldmateriaal): not an OPP'),
    S('po-54', 'po', 'blank-format', 'docx', D(2025, 9, 1), note='blank Word format of an OPP with instructions'),
    S('vo-55', 'vo', 'blank-paper', 'scan', D(2025, 9, 1), note='blank printed form scanned (no handwriting)'),
    S('so-56', 'so', 'blank-form', 'pdf-form', D(2025, 9, 1), note='blank fillable PDF form'),
]

LAYOUT_OF_FMT = {}


def paper_pages(blocks, rng, hand='caveat', stamp_school=None, hard=False):
    P = R.Paper(rng, hand='reenie' if hard else hand, hand_size=38 if hard else 34)
    if stamp_school:
        blocks = blocks + [('stamp', stamp_school[0], stamp_school[1])]
    return P.render(blocks)


def printed_pages(blocks, rng, fid, footer, stamp):
    """Born-digital layout printed (reportlab PDF rasterised by pdftoppm), signed with pen images, stamped."""
    tmp = os.path.join(TMP, fid + '-print.pdf')
    R.to_pdf(blocks, tmp, footer=footer)
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', tmp, os.path.join(TMP, fid + '-pg')], check=True)
    import glob
    pages = [Image.open(p).convert('RGB').resize((R.W, R.H)) for p in sorted(glob.glob(os.path.join(TMP, fid + '-pg-*.png')))]
    if stamp:
        P = R.Paper(rng); P.img = pages[-1]; P.d = __import__('PIL.ImageDraw', fromlist=['Draw']).Draw(P.img); P.y = R.H - 420
        P.stamp(stamp[0], stamp[1])
    return pages


def scanned(pages, rng, hard=False, fax=None, skew=None):
    out = []
    for i, p in enumerate(pages):
        out.append(R.scan_effects(p, rng, skew=skew if skew else (2.2 if hard else 1.0), faint=0.55 if hard else 0.0,
                                  noise=14 if hard else 7, blur=1.0 if hard else 0.5, dpi=110 if hard else 150, fax=fax, pageno=i + 1, npages=len(pages)))
    return out


def fillable_form(path, c, gaps, consent, rng, blank=False):
    R._rl_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setTitle('Beknopt OPP'); cv.setAuthor(''); cv.setCreator('')
    form = cv.acroForm
    wpg, hpg = A4
    y = hpg - 60
    cv.setFont('DJB', 15); cv.drawString(50, y, 'Beknopt OPP - invulformulier'); y -= 16
    cv.setFont('DJ', 8); cv.drawString(50, y, c['swv'] + ' - formulier B-OPP v3 (invulbaar)'); y -= 24
    n = [0]

    def field(label, value, h=16, multiline=False):
        nonlocal y
        if y - h < 60:
            cv.showPage(); y = hpg - 60
        cv.setFont('DJB' if multiline else 'DJ', 8.5); cv.drawString(50, y - 11, label)
        n[0] += 1
        form.textfield(name='f%02d' % n[0], tooltip=label, x=210, y=y - h, width=340, height=h, value=value or '',
                       fontName='Helvetica', fontSize=8 if multiline else 9, borderColor=colors.grey, fillColor=colors.HexColor('#eef3ff'),
                       fieldFlags='multiline' if multiline else '', forceBorder=True)
        y -= h + 6

    def check(label, checked):
        nonlocal y
        n[0] += 1
        form.checkbox(name='c%02d' % n[0], tooltip=label, x=210, y=y - 14, size=12, checked=checked, buttonStyle='cross', borderColor=colors.black, forceBorder=True)
        cv.setFont('DJ', 8.5); cv.drawString(228, y - 12, label); y -= 20
    pers = [('Naam leerling', c['volledig']), ('Geboortedatum', fmt(c['birth'])), ('School', c['school']), ('Groep / leerjaar', str(c['groep'])), ('Schooljaar', c['schooljaar'])]
    for l, v in pers:
        field(l, '' if blank else v)
    y -= 6
    for el, lab in FORM_FIELDS:
        items = None if blank else content(el, gaps.get(el, 'ok'), c, rng)
        txt = '' if items is None else items_to_text(items).replace('\u2610', '[ ]').replace('\u2612', '[x]')
        import textwrap
        txt = '\n'.join(textwrap.fill(t, 82) for t in txt.split('\n')) if txt else ''
        lines = max(1, txt.count('\n') + 1)
        field(lab, txt, h=min(10 * lines + 8, 150), multiline=True)
    y -= 8
    if y < 200:
        cv.showPage(); y = hpg - 60
    cv.setFont('DJB', 10); cv.drawString(50, y, 'Instemming met het handelingsdeel'); y -= 18
    cv.setFont('DJ', 8); cv.drawString(50, y, 'Ouder(s)/verzorger(s) verklaren in te stemmen met het handelingsdeel van dit OPP.'); y -= 18
    ticked = consent == 'form_ticked'
    check('Ik ga akkoord met het handelingsdeel', ticked)
    check('Ik ga niet akkoord met het handelingsdeel', False)
    field('Naam ouder/verzorger', '' if blank else c['ouder1'])
    field('Datum', '' if blank else fmt(c['consent']))
    field('Naam en functie school', '' if blank else c['dir'] + ', directeur')
    cv.save()


def soffice(files, target, outdir):
    if not files:
        return
    for attempt in range(3):  # soffice sometimes fails on a first start
        r = subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', outdir] + files,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode == 0:
            return
    raise RuntimeError('soffice failed')


# ------------------------------------------------------------ non-OPP documents
def leaflet_blocks():
    return [('title', 'Wat is een OPP?'), ('sub', 'Informatie voor ouders - Samenwerkingsverband Passend Primair Onderwijs Brakkenveen e.o.'),
            ('h', 'Waarom een ontwikkelingsperspectiefplan?'),
            ('p', 'Heeft uw kind extra ondersteuning nodig die de school niet uit de basisondersteuning kan bieden? Dan stelt de school een ontwikkelingsperspectiefplan op, kortweg OPP.'),
            ('h', 'Wat staat er in een OPP?'),
            ('p', 'In een OPP staat in ieder geval de te verwachten uitstroombestemming van uw kind en de onderbouwing daarvan. Ook staan erin de belemmerende en bevorderende factoren die van invloed zijn op het onderwijs, de ondersteuning en begeleiding die de school biedt en of er wordt afgeweken van het onderwijsprogramma.'),
            ('h', 'Uw rol als ouder'),
            ('p', 'De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Vanaf 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden.'),
            ('h', 'Niet eens?'), ('p', 'Praat eerst met de school. U kunt gratis advies vragen aan een onderwijsconsulent. Een geschil kunt u binnen zes weken voorleggen aan de Geschillencommissie passend onderwijs.'),
            ('h', 'Evaluatie'), ('p', 'Een OPP wordt minstens één keer per schooljaar met u geëvalueerd.'),
            ('p', 'Meer weten? Bel het ouderloket van het samenwerkingsverband: 0555-204060 (ma-do 9-12 uur).')]


def newsletter_blocks():
    return [('title', 'Nieuwsbrief De Klimophoeve - oktober 2025'), ('sub', 'OBS De Klimophoeve, Holtermeer - nummer 3, schooljaar 2025-2026'),
            ('h', 'Van de directie'), ('p', 'Wat een mooie start van het schooljaar! De nieuwe kleuterplaats is klaar en wordt druk gebruikt.'),
            ('h', 'OPP-gesprekken'), ('p', 'In de weken na de herfstvakantie plannen de intern begeleiders de gesprekken over de ontwikkelingsperspectiefplannen. Nieuw dit jaar: ook de leerlingen zelf worden gehoord (hoorrecht). U krijgt hiervoor een uitnodiging via de ouderapp.'),
            ('h', 'Kinderboekenweek'), ('p', 'Het thema is "Durf!" Op vrijdag 10 oktober is de afsluiting in de gymzaal, ouders zijn welkom vanaf 14.15 uur.'),
            ('h', 'Luizencontrole'), ('p', 'Woensdag na elke vakantie. Wilt u geen ingewikkelde vlechten?'),
            ('h', 'Agenda'), ('table', ['Datum', 'Activiteit'], [['13-17 okt', 'Herfstvakantie'], ['22 okt', 'Studiedag, alle leerlingen vrij'], ['4 nov', 'Ouderavond passend onderwijs']])]


def avg_photo_pages(rng):
    b = [('title', 'Toestemming beeldmateriaal'), ('sub', 'Praktijkcollege De Houtwerf - schooljaar 2025-2026'),
         ('p', 'Op school maken wij soms foto\'s en video\'s. Wij vragen uw toestemming voor het gebruik ervan.'),
         ('kv', [('Naam leerling', ('hand', 'Mirthe Oudejans')), ('Klas', ('hand', '2B'))]),
         ('ticks', [(True, 'Schoolgids en website'), (True, 'Nieuwsbrief'), (False, 'Sociale media van de school'), (True, 'Foto\'s in de ouderapp')]),
         ('p', 'Deze toestemming geldt voor dit schooljaar. U kunt hem altijd intrekken.'),
         ('sign', [dict(role='Ouder/verzorger', name='R. Oudejans', sig='hand', date='12-9-2025', seed=5353)])]
    return paper_pages(b, rng, stamp_school=None)


def blank_format_blocks(paper=False):
    from content import INSTRUCTION
    b = [('title', 'Ontwikkelingsperspectiefplan (format)'), ('sub', 'Samenwerkingsverband Passend Primair Onderwijs Brakkenveen e.o. - format 2025, versie 1.2'),
         ('i', 'Dit format vult de intern begeleider in samen met de leerkracht. Verwijder de grijze instructieteksten voordat het OPP naar ouders gaat.'),
         ('kv', [('Naam leerling', ''), ('Geboortedatum', ''), ('Groep', ''), ('School', ''), ('Schooljaar', '')])]
    heads = [('uitstroombestemming', '1. Te verwachten uitstroombestemming'), ('onderbouwing', '2. Onderbouwing'),
             ('belemmerende_factoren', '3. Belemmerende factoren'), ('bevorderende_factoren', '4. Bevorderende factoren'),
             ('ondersteuningsbehoefte', '5. Onderwijsbehoeften'), ('doelen', '6. Doelen'), ('ondersteuning', '7. Ondersteuning en begeleiding'),
             ('afwijkingen_onderwijsprogramma', '8. Afwijkingen van het onderwijsprogramma'), ('adviezen_professionals', '9. Adviezen deskundigen'),
             ('inbreng_leerling', '10. Inbreng van de leerling'), ('oogo', '11. Op overeenstemming gericht overleg'), ('evaluatie', '12. Evaluatie'),
             ('informatie_rechten', '13. Rechten van ouders'), ('vaststelling', '14. Vaststelling')]
    for el, h in heads:
        b.append(('h', h)); b.append(('i', INSTRUCTION[el]))
        if el == 'afwijkingen_onderwijsprogramma':
            b.append(('ticks', [(False, 'Er wordt niet afgeweken'), (False, 'Er wordt afgeweken, namelijk:')]))
        if paper:
            b.append(('lines', 2))
    b += [('h', '15. Instemming ouders met het handelingsdeel'), ('ticks', [(False, 'Akkoord'), (False, 'Niet akkoord')]),
          ('sign', [dict(role='Ouder/verzorger', name='', sig='none', date=''), dict(role='Directeur', name='', sig='none', date='')])]
    return b


# ------------------------------------------------------------ build
def build(spec, idx, pending):
    seed = 1000 + idx * 17
    rng = random.Random(seed)
    fid = spec['id']
    f = spec['fmt']
    ext = {'pdf-soffice': 'pdf', 'pdf': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt', 'scan': 'pdf', 'scan-fax': 'pdf', 'scan-digital': 'pdf',
           'mixed': 'pdf', 'pdf-sigscan': 'pdf', 'docx-sigscan': 'docx', 'docx-photo': 'docx', 'pdf-form': 'pdf', 'docx-cc': 'docx'}[f]
    name = '%s-%s.%s' % (fid, spec['layout'], ext)
    out = os.path.join(DOCS, name)
    lay = spec['layout']
    labels = {}; accept = []; scanned_flag = f in ('scan', 'scan-fax', 'scan-digital', 'docx-photo')
    # ---- non-OPP and blank formats
    if spec['st'] == 'none' or lay.startswith('blank'):
        if lay == 'leaflet':
            R.to_pdf(leaflet_blocks(), out)
        elif lay == 'newsletter':
            p = os.path.join(TMP, name.replace('.pdf', '.docx')); R.to_docx(newsletter_blocks(), p); pending['pdf'].append((p, out))
        elif lay == 'avg-photo-form':
            R.pages_to_pdf(scanned(avg_photo_pages(rng), rng), out)
        elif lay == 'blank-format':
            R.to_docx(blank_format_blocks(), out)
        elif lay == 'blank-paper':
            R.pages_to_pdf(scanned(paper_pages(blank_format_blocks(paper=True), rng), rng), out)
        elif lay == 'blank-form':
            c = make_ctx(rng, 'so', spec['date'], profile=0)
            fillable_form(out, c, {}, 'none', rng, blank=True)
        if spec['st'] == 'none':
            labels = {e: 'missing' for e in ELEMENTS}
        else:
            labels = {e: 'incomplete' for e in ELEMENTS}
        return name, ext, labels, accept, scanned_flag
    # ---- plans
    c = make_ctx(rng, spec['st'], spec['date'], profile=spec.get('profile'), adult=spec.get('adult', False), curatele=spec.get('curatele', False))
    if spec.get('revised'):
        c['revised'] = spec['revised']; c['post_rev'] = spec['revised'] >= datetime.date(2025, 8, 1)
        c['post'] = c['post_rev']
    gaps = spec['gaps']
    sigpage = f in ('mixed', 'pdf-sigscan', 'docx-sigscan')
    stamp = (c['school'].split(' (')[0], c['place']) if spec.get('stamp') else None
    img = False
    if f in ('pdf-form',):
        fillable_form(out, c, gaps, spec['consent'], rng)
        clab = 'present' if spec['consent'] == 'form_ticked' else 'incomplete'
    else:
        kw = {}
        if lay == 'paper-form':
            kw['fax_cover'] = spec.get('fax_cover', False)
        if lay == 'beknopt-form' and f == 'docx-cc':
            blocks, sigb, clab, img = beknopt(c, gaps, spec['consent'], rng, seed, sigpage=sigpage, wordph=True)
        else:
            blocks, sigb, clab, img = LAYOUTS[lay](c, gaps, spec['consent'], rng, seed, sigpage=sigpage, **kw)
        footer = None
        if lay == 'system-export':
            footer = 'LeerVolg Online - afgedrukt door %s - vertrouwelijk - pagina {page}' % c['ib']
        if f == 'txt':
            R.to_txt(blocks, out, footer=footer.replace(' - pagina {page}', '') if footer else None)
        elif f == 'docx':
            R.to_docx(blocks, out, footer=footer.replace(' - pagina {page}', '') if footer else None)
        elif f == 'docx-cc':
            R.to_docx(blocks, out, controls=True)
        elif f in ('pdf-soffice', 'odt'):
            p = os.path.join(TMP, name.rsplit('.', 1)[0] + '.docx'); R.to_docx(blocks, p)
            pending['pdf' if f == 'pdf-soffice' else 'odt'].append((p, out))
        elif f == 'pdf':
            R.to_pdf(blocks, out, footer=footer, serif=(lay == 'letter'))
        elif f in ('scan', 'scan-fax', 'scan-digital'):
            fax = None
            if f == 'scan-fax':
                fax = '%s  VAN: %s  TEL 0555-%06d      P.%%(p)02d/%%(n)02d' % (fmt(c['consent'] + datetime.timedelta(days=1)).replace('-', '/'),
                                                                             c['school'][:28].upper(), rng.randint(100000, 999999))
            if f == 'scan-digital':
                pages = printed_pages(blocks, rng, fid, footer, stamp)
            else:
                pages = paper_pages(blocks, rng, stamp_school=stamp, hard=spec.get('hard', False))
            R.pages_to_pdf(scanned(pages, rng, hard=spec.get('hard', False), fax=fax, skew=spec.get('skew')), out, dpi=110 if spec.get('hard') else 150)
        elif f == 'docx-photo':
            pages = paper_pages(blocks, rng, stamp_school=stamp)
            from docx import Document
            from docx.shared import Cm
            doc = Document(); cp = doc.core_properties; cp.created = R.FIXED_DT; cp.modified = R.FIXED_DT; cp.author = 'school'
            doc.add_paragraph("Foto's van het ondertekende OPP (ontvangen via de ouderapp).")
            for i, pg in enumerate(pages):
                ph = R.photo_effect(pg, rng)
                bio = io.BytesIO(); ph.save(bio, 'JPEG', quality=72); bio.seek(0)
                doc.add_picture(bio, width=Cm(15.5))
            doc.save(out); R._fix_docx_zip(out)
        elif f == 'mixed':
            tmpd = os.path.join(TMP, fid + '-digital.pdf'); tmps = os.path.join(TMP, fid + '-scan.pdf')
            R.to_pdf(blocks, tmpd, footer=footer)
            sp = paper_pages([('title', 'Ondertekening OPP %s' % c['volledig'])] + sigb, rng, stamp_school=stamp)
            R.pages_to_pdf(scanned(sp, rng), tmps)
            from pypdf import PdfWriter, PdfReader
            w = PdfWriter()
            for pth in (tmpd, tmps):
                for pg in PdfReader(pth).pages:
                    w.add_page(pg)
            w.add_metadata({'/Producer': 'PDF samenvoegen'})
            with open(out, 'wb') as fh:
                w.write(fh)
        elif f in ('pdf-sigscan', 'docx-sigscan'):
            sp = paper_pages([('title', 'Ondertekening OPP %s' % c['volledig'])] + sigb, rng, stamp_school=stamp)
            sc = scanned(sp, rng)[0]
            png = os.path.join(TMP, fid + '-sig.jpg'); sc.save(png, 'JPEG', quality=70)
            blocks2 = blocks + [('pagebreak',), ('p', 'Ondertekende handtekeningenpagina (scan):'), ('image', png, 15.5)]
            if f == 'docx-sigscan':
                R.to_docx(blocks2, out)
            else:
                p = os.path.join(TMP, name.rsplit('.', 1)[0] + '.docx'); R.to_docx(blocks2, p); pending['pdf'].append((p, out))
    # ---- labels
    for e in ELEMENTS:
        if e == 'instemming_ouders':
            labels[e] = clab
        else:
            labels[e] = label_for(e, gaps.get(e, 'ok'), c)
    if img or sigpage or scanned_flag:
        if labels['instemming_ouders'] != 'missing' or scanned_flag:
            accept.append('instemming_ouders')
    if scanned_flag and lay == 'paper-form':
        # answers are handwritten: only a person can be sure of them
        accept = sorted(set(accept) | {e for e in ELEMENTS if e not in ('informatie_rechten',)})
    if spec.get('hard') or f == 'scan-fax':
        accept = list(ELEMENTS)
    return name, ext, labels, sorted(set(accept), key=ELEMENTS.index), scanned_flag


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS); os.makedirs(TMP, exist_ok=True)
    pending = {'pdf': [], 'odt': []}
    docs = []
    for i, s in enumerate(SPECS):
        name, ext, labels, accept, sc = build(s, i, pending)
        fmt_label = {'pdf': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt'}[ext]
        docs.append({'file': 'docs/' + name, 'format': fmt_label, 'layout': s['layout'], 'school_type': s['st'], 'scanned': sc,
                     'elements': labels, 'accept_unclear': accept, 'notes': '%s; made as %s; %s' % (s['layout'], s['fmt'], s['note'])})
        print(name, file=sys.stderr)
    for target, lst in pending.items():
        if not lst:
            continue
        od = os.path.join(TMP, 'out-' + target); os.makedirs(od, exist_ok=True)
        soffice([p for p, _ in lst], target, od)
        for p, out in lst:
            shutil.move(os.path.join(od, os.path.basename(p).rsplit('.', 1)[0] + '.' + target), out)
    shutil.rmtree(TMP)
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump({'version': 1, 'docs': docs}, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'readme_head.md'), encoding='utf-8') as fh:
        head = fh.read()
    rows = ['| %s | %s | %s | %s | %s |' % (d['file'][5:], s['st'], s['layout'], s['fmt'] + (' (hard)' if s.get('hard') else ''), s['note'])
            for d, s in zip(docs, SPECS)]
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(head + '\n'.join(rows) + '\n')
    print('%d documents' % len(docs))


if __name__ == '__main__':
    main()
