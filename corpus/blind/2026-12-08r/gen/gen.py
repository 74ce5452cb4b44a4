#!/usr/bin/env python3
"""Generator for blind OPP validation corpus, round 70 (2026-12-08r).
Deterministic: every document has a fixed seed; no clock is read.
Usage: ../../../../venv/bin/python gen.py   (writes ../docs/ and ../labels.json; intermediates in /work/blind71/build)"""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import Plan
from layouts import LAYOUTS, ELEMENTS, GOAL_EVAL, L_goal_matrix, N_leaflet, N_newsletter, N_blank_template
import writers as W

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
DOCS = os.path.join(OUT, 'docs')
BUILD = os.environ.get('OPP_BUILD', '/work/blind71/build')

A, B, C, Dk, E, F, G, H, I, J = ('swv-numbered', 'domain-table', 'groeidocument', 'beknopt', 'question-headings', 'letter', 'system-export',
                                 'vso-profile', 'fillable-form', 'goal-matrix')
AFW = 'afwijkingen_onderwijsprogramma'
INS = 'instemming_ouders'
INB = 'inbreng_leerling'

# id, layout, fmt, school type, date set (vaststelling), first name, sex, gaps, extra
SPECS = [
    ('po-numbered-complete', A, 'pdfword', 'po', '2025-10-14', 'Noor', 'v', {AFW: 'ok'}, {}),
    ('po-domaintable-noevalagreement', B, 'docx', 'po', '2025-11-03', 'Daan', 'm', {'evaluatie': 'absent', INB: 'viewonly'}, {}),
    ('po-groeidocument-2024', C, 'odt', 'po', '2024-11-20', 'Liv', 'v', {INB: 'absent'}, {}),
    ('po-beknopt-placeholders', Dk, 'txt', 'po', '2026-02-10', 'Milan', 'm', {'onderbouwing': 'ph', 'ondersteuningsbehoefte': 'ph', INS: 'nodate', 'adviezen_professionals': 'absent', AFW: 'ok'}, {}),
    ('po-questions-complete', E, 'pdf', 'po', '2025-09-29', 'Yara', 'v', {}, {}),
    ('po-letter-norights', F, 'docx', 'po', '2026-03-16', 'Finn', 'm', {'informatie_rechten': 'absent', AFW: 'absent'}, {}),
    ('po-export-2025-schoolonly', G, 'txt', 'po', '2025-06-12', 'Sara', 'v', {INS: 'school', 'adviezen_professionals': 'ref', INB: 'absent'}, {}),
    ('po-goalmatrix-othergoals', J, 'pdfword', 'po', '2026-01-19', 'Luuk', 'm', {'doelen': 'other', AFW: 'ok'}, {}),
    ('po-numbered-scan', A, 'scan', 'po', '2025-12-01', 'Fleur', 'v', {}, {}),
    ('po-form-unticked', I, 'form', 'po', '2025-10-06', 'Mohammed', 'm', {AFW: 'unticked', INS: 'unticked'}, {}),
    ('sbo-numbered-otherpupil', A, 'docx', 'sbo', '2025-10-20', 'Aylin', 'v', {'belemmerende_factoren': 'other', AFW: 'ok'}, {}),
    ('sbo-domaintable-goalparents', B, 'pdfword', 'sbo', '2026-09-28', 'Jesse', 'm', {'evaluatie': 'goalparents', AFW: 'ok'}, {}),
    ('sbo-groeidocument-revised', C, 'pdf', 'sbo', '2025-03-10', 'Zoë', 'v', {INB: 'absent'}, {'rev': '2025-11-17'}),
    ('sbo-questions-voorgezien', E, 'odt', 'sbo', '2025-11-24', 'Bram', 'm', {INS: 'gezien'}, {}),
    ('sbo-goalmatrix-lastyear', J, 'txt', 'sbo', '2026-05-11', 'Ilse', 'v', {'ondersteuning': 'old', 'evaluatie': 'old', AFW: 'ok'}, {}),
    ('sbo-beknopt-2024-scan', Dk, 'scan', 'sbo', '2024-10-07', 'Ravi', 'm', {INB: 'absent'}, {}),
    ('so-numbered-complete', A, 'pdfword', 'so', '2025-10-02', 'Mila', 'v', {AFW: 'ok'}, {}),
    ('so-domaintable-refs', B, 'docx', 'so', '2026-01-26', 'Teun', 'm', {'adviezen_professionals': 'ref', 'bevorderende_factoren': 'instr'}, {}),
    ('so-groeidocument-protest', C, 'odt', 'so', '2025-11-10', 'Jasmijn', 'v', {INS: 'protest', AFW: 'ok'}, {}),
    ('so-export-2025-nooogo', G, 'pdf', 'so', '2025-05-20', 'Stijn', 'm', {'oogo': 'absent', INB: 'absent'}, {}),
    ('so-form-emptyplan', I, 'form', 'so', '2026-02-16', 'Roos', 'v', {'doelen': 'ph', 'ondersteuning': 'empty'}, {}),
    ('so-questions-complete', E, 'txt', 'so', '2026-10-12', 'Kaan', 'm', {AFW: 'ok'}, {}),
    ('so-goalmatrix-scan', J, 'scan', 'so', '2026-03-09', 'Lotte', 'v', {'evaluatie': 'absent'}, {}),
    ('vo-numbered-complete', A, 'pdfword', 'vo', '2025-11-05', 'Gijs', 'm', {}, {}),
    ('vo-domaintable-vague', B, 'odt', 'vo', '2026-01-12', 'Nina', 'v', {'uitstroombestemming': 'vague', AFW: 'ok'}, {}),
    ('vo-groeidocument-refused', C, 'docx', 'vo', '2025-10-27', 'Ouassim', 'm', {INB: 'other', INS: 'refused'}, {}),
    ('vo-beknopt-empty', Dk, 'pdf', 'vo', '2026-04-20', 'Evi', 'v', {'onderbouwing': 'empty', 'bevorderende_factoren': 'empty', INS: 'blank', 'evaluatie': 'absent'}, {}),
    ('vo-questions-partial', E, 'md', 'vo', '2025-12-15', 'Thijs', 'm', {INS: 'partial', AFW: 'ok'}, {}),
    ('vo-letter-2025', F, 'pdfword', 'vo', '2025-02-17', 'Maud', 'v', {}, {}),
    ('vo-export-avgonly', G, 'txt', 'vo', '2026-06-29', 'Dex', 'm', {INS: 'avg', 'informatie_rechten': 'partial'}, {}),
    ('vo-goalmatrix-contentcontrols', J, 'docx', 'vo', '2026-10-05', 'Femke', 'v', {'onderbouwing': 'instr', 'ondersteuningsbehoefte': 'instr', AFW: 'ok'}, {'sdt': True}),
    ('vo-form-complete', I, 'form', 'vo', '2025-09-15', 'Ryan', 'm', {}, {}),
    ('pro-profile-complete', H, 'pdfword', 'pro', '2025-10-09', 'Anouk', 'v', {AFW: 'ok'}, {}),
    ('pro-numbered-vague', A, 'odt', 'pro', '2026-02-02', 'Timo', 'm', {'doelen': 'vague', 'ondersteuning': 'nofreq'}, {}),
    ('pro-export-2025-noeval', G, 'pdf', 'pro', '2025-04-14', 'Sanne', 'v', {'evaluatie': 'absent'}, {}),
    ('pro-domaintable-otherdest', B, 'txt', 'pro', '2025-12-08', 'Mees', 'm', {'uitstroombestemming': 'other', INS: 'nodate', AFW: 'ok'}, {}),
    ('pro-questions-complete', E, 'docx', 'pro', '2026-11-02', 'Isa', 'v', {}, {}),
    ('pro-goalmatrix-scan-schoolonly', J, 'scan', 'pro', '2025-11-27', 'Joep', 'm', {INS: 'school', AFW: 'ok'}, {}),
    ('vso-profile-adult-complete', H, 'pdfword', 'vso', '2025-10-16', 'Ruben', 'm', {INB: 'absent'}, {'adult': True, 'profile': 'vervolgonderwijs'}),
    ('vso-profile-curatele-complete', H, 'docx', 'vso', '2026-01-19', 'Elif', 'v', {AFW: 'ok'}, {'adult': True, 'curatele': True, 'profile': 'dagbesteding'}),
    ('vso-profile-adult-parentssign', H, 'odt', 'vso', '2025-11-03', 'Dani', 'm', {INS: 'wrongparty'}, {'adult': True, 'profile': 'arbeidsmarktgericht'}),
    ('vso-numbered-curatele-selfsign', A, 'txt', 'vso', '2026-03-02', 'Wessel', 'm', {INS: 'wrongparty', INB: 'absent', AFW: 'ok'}, {'adult': True, 'curatele': True, 'profile': 'arbeidsmarktgericht'}),
    ('vso-groeidocument-2025-noprofile', C, 'pdf', 'vso', '2025-06-02', 'Lina', 'v', {'uitstroombestemming': 'unticked', INB: 'absent'}, {'profile': 'arbeidsmarktgericht'}),
    ('vso-domaintable-goalparents', B, 'pdfword', 'vso', '2026-05-18', 'Senna', 'v', {'evaluatie': 'goalparents', AFW: 'ok'}, {'profile': 'dagbesteding'}),
    ('vso-form-undated', I, 'form', 'vso', '2025-12-01', 'Jurre', 'm', {'oogo': 'nodate', 'vaststelling': 'nodate'}, {'profile': 'arbeidsmarktgericht'}),
    ('vso-questions-adult-scan', E, 'scan', 'vso', '2026-09-14', 'Tessa', 'v', {}, {'adult': True, 'profile': 'vervolgonderwijs'}),
    ('vso-goalmatrix-viewonly', J, 'md', 'vso', '2025-10-30', 'Noah', 'm', {INB: 'viewonly', AFW: 'ph'}, {'profile': 'arbeidsmarktgericht'}),
    ('po-questions-lastyearconsent', E, 'docx', 'po', '2026-04-13', 'Sophie', 'v', {'bevorderende_factoren': 'absent', INS: 'old'}, {'sdt_checks': True}),
    ('vo-numbered-nodate', A, 'pdf', 'vo', '2025-09-08', 'Lars', 'm', {'vaststelling': 'absent'}, {}),
    ('sbo-letter-complete', F, 'odt', 'sbo', '2026-06-08', 'Hanna', 'v', {AFW: 'ok'}, {}),
    ('so-beknopt-seebijlage', Dk, 'docx', 'so', '2025-09-22', 'Mats', 'm', {'belemmerende_factoren': 'ref', 'bevorderende_factoren': 'ref', 'ondersteuning': 'ref'}, {}),
    ('vo-domaintable-otherneeds', B, 'pdfword', 'vo', '2026-02-23', 'Julia', 'v', {'ondersteuningsbehoefte': 'other', 'oogo': 'ph'}, {}),
    ('pro-form-unset', I, 'form', 'pro', '2026-03-30', 'Bas', 'm', {'vaststelling': 'absent', 'informatie_rechten': 'absent', AFW: 'ok'}, {}),
    ('po-domaintable-refused-scan', B, 'scan', 'po', '2026-06-15', 'Saar', 'v', {INS: 'refused'}, {'scan_src': 'pdfword'}),
]

NONOPP = [
    ('nonopp-leaflet-ouders', 'leaflet', 'pdf', N_leaflet, 'missing', 'Folder voor ouders over wat een OPP is; geen plan van een leerling.'),
    ('nonopp-nieuwsbrief', 'newsletter', 'docx', N_newsletter, 'missing', 'Nieuwsbrief van een basisschool die OPP-tussenevaluaties aankondigt; geen plan.'),
    ('nonopp-leeg-format', 'blank-format', 'docx', N_blank_template, 'incomplete', 'Leeg OPP-format van het samenwerkingsverband met instructieteksten, lege tabellen en onaangevinkte vakjes.'),
    ('nonopp-leeg-formulier', 'blank-format (fillable form)', 'form', N_blank_template, 'incomplete', 'Leeg invulbaar PDF-formulier (AcroForm): alle velden leeg, vakjes onaangevinkt.'),
]

FMT_LABEL = {'pdfword': 'pdf', 'pdf': 'pdf', 'form': 'pdf', 'scan': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt', 'md': 'md'}
FMT_DESC = {'pdfword': 'PDF exported from DOCX with LibreOffice', 'pdf': 'PDF made directly (reportlab; any signatures are drawn images)', 'form': 'fillable PDF form (AcroForm fields filled in)',
            'scan': 'scanned PDF (page images, noise, slight skew), signatures handwritten', 'docx': 'DOCX', 'odt': 'ODT', 'txt': 'plain text', 'md': 'Markdown'}

GAPDESC = {'absent': 'section left out', 'empty': 'heading/field with nothing under it', 'ph': 'placeholder', 'instr': "the format's own instruction left in",
           'ref': 'only refers elsewhere (zie bijlage/verslag)', 'other': 'copy-paste from another pupil (names %s)', 'old': "last school year's dates",
           'vague': 'vague (not concrete/checkable)', 'nofreq': 'no who/how often/from when', 'unticked': 'options not ticked', 'nodate': 'no date',
           'viewonly': "pupil's view without what it changed", 'goalparents': 'only per-goal evaluation column, which names parents and pupil',
           'gezien': 'signed "voor gezien"', 'protest': 'signed "onder protest"', 'refused': 'ticked "niet akkoord"', 'partial': 'partial consent',
           'school': 'signed by school only', 'blank': 'blank signature lines', 'avg': 'only an AVG/photo consent signed, no consent to the handelingsdeel',
           'wrongparty': 'signed by the wrong party', 'ph_afw': 'placeholder', 'none': 'explicitly "geen afwijkingen"'}


def labels_for(spec, P):
    layout = spec['layout']
    g = spec['g']
    L = {}
    for el in ELEMENTS:
        v = g.get(el, 'none' if el == AFW else 'ok')
        if el == AFW:
            L[el] = {'ok': 'present', 'none': 'not_applicable', 'absent': 'missing'}.get(v, 'incomplete')
        elif el == INS:
            L[el] = {'ok': 'present', 'absent': 'missing', 'avg': 'missing'}.get(v, 'incomplete')
        elif el == INB:
            L[el] = 'not_applicable' if not P.inbreng_required() else {'ok': 'present', 'absent': 'missing'}.get(v, 'incomplete')
        elif el == 'evaluatie':
            if v in ('ok', 'goalparents'):
                L[el] = 'present'
            elif v == 'absent':
                goals_shown = g.get('doelen', 'ok') in ('ok', 'other', 'old', 'vague')
                L[el] = 'incomplete' if (GOAL_EVAL[layout] and goals_shown) else 'missing'
            else:
                L[el] = 'incomplete'
        else:
            L[el] = {'ok': 'present', 'absent': 'missing'}.get(v, 'incomplete')
    # consistency checks on the spec
    if g.get('doelen') == 'old' or g.get('evaluatie') == 'goalparents':
        assert GOAL_EVAL[layout], spec['id']
    return L


def note_for(spec, P, L):
    parts = ['%s layout, %s, %s' % (spec['layout'], FMT_DESC[spec['fmt']], spec['st'])]
    parts.append('plan set %s' % spec['d'] + (', revised %s' % spec['rev'] if spec.get('rev') else ''))
    if spec.get('adult'):
        parts.append('adult pupil (%d)%s' % (P.p.age, ', under curatele (curator: %s)' % P.p.curator if spec.get('curatele') else ', handelingsbekwaam'))
    if spec['st'] in ('vso', 'pro'):
        parts.append('profile %s' % P.vso_profile())
    gaps = []
    for el, v in spec['g'].items():
        if el == AFW and v in ('ok', 'none'):
            continue
        d_ = GAPDESC.get(v, v)
        if v == 'other':
            d_ = d_ % P.other_kid
        gaps.append('%s: %s' % (el, d_))
    if spec['g'].get(AFW, 'none') == 'none':
        gaps.append('afwijkingen: explicit "geen afwijkingen" (n/a)')
    elif spec['g'].get(AFW) == 'ok':
        gaps.append('afwijkingen described')
    if not P.inbreng_required():
        gaps.append('inbreng n/a (%s)' % ('adult handelingsbekwaam vso pupil' if spec.get('adult') and not spec.get('curatele') else 'plan set and last revised before 1-8-2025'))
    parts.append('gaps: ' + ('; '.join(gaps) if gaps else 'none (complete plan)'))
    return '. '.join(parts) + '.'


def write(blocks, fmt, stem, layout_extra):
    os.makedirs(BUILD, exist_ok=True)
    if fmt == 'docx':
        out = os.path.join(DOCS, stem + '.docx')
        W.write_docx(blocks, out, BUILD, sig_style='wg', sdt_checks=layout_extra.get('sdt') or layout_extra.get('sdt_checks'))
    elif fmt == 'pdfword':
        tmp = os.path.join(BUILD, stem + '.docx')
        W.write_docx(blocks, tmp, BUILD, sig_style='wg', sdt_checks=layout_extra.get('sdt'))
        out = os.path.join(DOCS, stem + '.pdf')
        W.docx_to_pdf(tmp, out, BUILD)
    elif fmt == 'pdf':
        out = os.path.join(DOCS, stem + '.pdf')
        W.write_pdf(blocks, out, BUILD, sig_style='img')
    elif fmt == 'form':
        out = os.path.join(DOCS, stem + '.pdf')
        W.write_form(blocks, out)
    elif fmt == 'odt':
        out = os.path.join(DOCS, stem + '.odt')
        W.write_odt(blocks, out)
    elif fmt == 'txt':
        out = os.path.join(DOCS, stem + '.txt')
        W.write_txt(blocks, out, table_style='pipe' if layout_extra.get('seed', 0) % 2 else 'blocks')
    elif fmt == 'md':
        out = os.path.join(DOCS, stem + '.md')
        W.write_md(blocks, out)
    elif fmt == 'scan':
        src_kind = layout_extra.get('scan_src', 'pdf')
        if src_kind == 'pdfword':
            tmp = os.path.join(BUILD, stem + '_src.docx')
            W.write_docx(blocks, tmp, BUILD, sig_style='img')
            src = os.path.join(BUILD, stem + '_src.pdf')
            W.docx_to_pdf(tmp, src, BUILD)
        else:
            src = os.path.join(BUILD, stem + '_src.pdf')
            W.write_pdf(blocks, src, BUILD, sig_style='img')
        out = os.path.join(DOCS, stem + '.pdf')
        W.scan_pdf(src, out, BUILD, seed=layout_extra['seed'])
    return out


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    docs = []
    for i, (sid, layout, fmt, st, d, first, sex, g, extra) in enumerate(SPECS):
        spec = dict(id=sid, layout=layout, fmt=fmt, st=st, d=d, first=first, sex=sex, g=g, seed=1000 + i * 17)
        spec.update(extra)
        P = Plan(spec)
        blocks = L_goal_matrix(P, sdt=spec.get('sdt', False)) if layout == 'goal-matrix' else LAYOUTS[layout](P)
        stem = '%02d-%s' % (i + 1, sid)
        out = write(blocks, fmt, stem, spec)
        L = labels_for(spec, P)
        acc = []
        if fmt == 'scan':
            acc = [INS]
            if g.get(AFW) == 'unticked' or (st == 'vso' and g.get('uitstroombestemming') == 'unticked'):
                acc.append(AFW if g.get(AFW) == 'unticked' else 'uitstroombestemming')
        elif fmt == 'pdf' and g.get(INS, 'ok') in ('ok', 'old', 'gezien', 'protest', 'nodate', 'wrongparty') and layout not in ('system-export',):
            acc = [INS]
        docs.append({'file': os.path.relpath(out, OUT), 'format': FMT_LABEL[fmt], 'layout': layout + (' (scan)' if fmt == 'scan' else ''),
                     'school_type': st, 'scanned': fmt == 'scan', 'elements': L, 'accept_unclear': acc, 'notes': note_for(spec, P, L)})
        print('ok', stem, file=sys.stderr)
    for j, (sid, layout, fmt, fn, status, note) in enumerate(NONOPP):
        stem = '%02d-%s' % (len(SPECS) + j + 1, sid)
        out = write(fn(), fmt, stem, {'seed': 9000 + j})
        docs.append({'file': os.path.relpath(out, OUT), 'format': FMT_LABEL[fmt], 'layout': layout, 'school_type': 'none', 'scanned': False,
                     'elements': {el: status for el in ELEMENTS}, 'accept_unclear': [], 'notes': note + ' Not an OPP; ' + ('no element of a plan is in it (all missing).' if status == 'missing' else 'every element has a heading/field but nothing filled in (all incomplete).')})
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump({'version': 1, 'docs': docs}, fh, ensure_ascii=False, indent=1)
    print('wrote %d documents' % len(docs), file=sys.stderr)


if __name__ == '__main__':
    main()
