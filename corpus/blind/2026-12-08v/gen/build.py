#!/usr/bin/env python3
"""Generator for blind corpus 2026-12-08v (round 74).  Deterministic: fixed seeds, no clock.

usage: python build.py            (writes ../docs/*, ../labels.json; intermediates in /work/blind75/build)
"""
import os, sys, json, shutil, datetime as dt, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as K
import layouts as L
import render as R

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')
BUILD = os.environ.get('OPP_BUILD_DIR', '/work/blind75/build')
HOORRECHT = dt.date(2025, 8, 1)
D = dt.date

# id, type, layout, format, date, gaps, extras
#   format: docx | pdf-word (docx -> soffice pdf) | pdf (made directly) | form (fillable pdf) | odt | txt | md | scan
#   gaps: element -> variant  (see content.apply_gap; consent variants in layouts.consent_blocks)
SPECS = [
    # ------------------------------------------------------------------ po
    ("po-01-swv-compleet", "po", "swv-numbered", "pdf-word", D(2025, 10, 8), {}, {}),
    ("po-02-domeintabel-geen-afwijking", "po", "domain-table", "docx", D(2025, 11, 12), {'afwijkingen_onderwijsprogramma': 'nvt'}, {}),
    ("po-03-beknopt-voor-hoorrecht", "po", "beknopt", "pdf", D(2025, 3, 14),
     {'inbreng_leerling': 'absent', 'evaluatie': 'nomoment', 'informatie_rechten': 'absent'}, {}),
    ("po-04-groeidocument-voor-gezien", "po", "groeidocument", "pdf", D(2025, 10, 20),
     {'inbreng_leerling': 'noeffect', 'instemming_ouders': 'voor_gezien'}, {}),
    ("po-05-brief-handtekening-zonder-datum", "po", "brief", "docx", D(2025, 12, 2),
     {'instemming_ouders': 'nodate', 'adviezen_professionals': 'zie'}, {}),
    ("po-06-vragen-algemene-factoren", "po", "vragen", "odt", D(2026, 1, 19),
     {'bevorderende_factoren': 'generic', 'doelen': 'vague', 'afwijkingen_onderwijsprogramma': 'absent'}, {}),
    ("po-07-las-export-instructie", "po", "las-export", "pdf", D(2025, 9, 29),
     {'ondersteuningsbehoefte': 'instruction', 'afwijkingen_onderwijsprogramma': 'absent', 'informatie_rechten': 'absent'}, {'system': "ParnasLVS 12 (leerlingadministratie)"}),
    ("po-08-abcd-deel-c-niet-getekend", "po", "swv-abcd", "docx", D(2025, 11, 5), {'instemming_ouders': 'blank_line'}, {}),
    ("po-09-swv-scan", "po", "swv-numbered", "scan", D(2025, 6, 10), {'inbreng_leerling': 'absent'}, {}),
    ("po-10-formulier-uitstroom-ntb", "po", "fillable-form", "form", D(2026, 2, 9),
     {'uitstroombestemming': 'ph:n.t.b.', 'instemming_ouders': 'unticked', 'vaststelling': 'ph:'}, {}),
    ("po-11-tekst-rechten-half", "po", "beknopt", "txt", D(2025, 10, 1), {'informatie_rechten': 'rights_partial'}, {}),
    ("po-12-domeintabel-bijgesteld-zonder-leerling", "po", "domain-table", "pdf-word", D(2025, 11, 20),
     {'inbreng_leerling': 'absent', 'informatie_rechten': 'empty'}, {'orig': D(2024, 11, 18)}),
    ("po-13-markdown-onder-protest", "po", "vragen", "md", D(2025, 9, 15), {'instemming_ouders': 'onder_protest', 'oogo': 'absent'}, {}),
    ("po-14-beknopt-inhoudsbesturing", "po", "beknopt", "docx", D(2026, 3, 3),
     {'onderbouwing': 'instruction', 'doelen': 'instruction'}, {'cc': True, 'cstyle': 'check'}),
    # ------------------------------------------------------------------ vo
    ("vo-01-swv-compleet", "vo", "swv-numbered", "pdf-word", D(2025, 10, 15), {}, {}),
    ("vo-02-las-export-digitaal-akkoord", "vo", "las-export", "pdf", D(2025, 11, 3),
     {'adviezen_professionals': 'absent', 'instemming_ouders': 'digital'}, {'system': "SchoolPlein VO - module Begeleiding"}),
    ("vo-03-brief-niet-akkoord", "vo", "brief", "pdf-word", D(2026, 1, 12), {'instemming_ouders': 'refused'}, {'cstyle': 'strook'}),
    ("vo-04-vragen-nvt-maar-vrijstelling", "vo", "vragen", "docx", D(2025, 9, 22), {'afwijkingen_onderwijsprogramma': 'nvt_wrong'}, {}),
    ("vo-05-domeintabel-deels-akkoord", "vo", "domain-table", "odt", D(2025, 12, 8),
     {'belemmerende_factoren': 'empty', 'instemming_ouders': 'partial'}, {}),
    ("vo-06-groeidocument-alleen-avg", "vo", "groeidocument", "pdf", D(2026, 2, 16),
     {'instemming_ouders': 'avg_only', 'oogo': 'nodate'}, {}),
    ("vo-07-beknopt-tekst-oud", "vo", "beknopt", "txt", D(2025, 4, 2),
     {'inbreng_leerling': 'absent', 'evaluatie': 'absent', 'vaststelling': 'ph:...'}, {}),
    ("vo-08-abcd-doelen-elders", "vo", "swv-abcd", "pdf-word", D(2025, 10, 27), {'doelen': 'zie'}, {}),
    ("vo-09-swv-scan-algemene-onderbouwing", "vo", "swv-numbered", "scan", D(2025, 11, 24), {'onderbouwing': 'generic'}, {}),
    ("vo-10-formulier-compleet", "vo", "fillable-form", "form", D(2025, 10, 6), {}, {}),
    ("vo-11-beknopt-vinkjes-evaluatie-zonder-moment", "vo", "beknopt", "docx", D(2025, 12, 15), {'evaluatie': 'nomoment', 'doelen': 'absent'}, {'cc': True, 'cstyle': 'check'}),
    ("vo-12-las-export-alleen-school", "vo", "las-export", "docx", D(2024, 10, 10),
     {'inbreng_leerling': 'absent', 'instemming_ouders': 'school_only'}, {'system': "SchoolPlein VO - module Begeleiding"}),
    ("vo-13-vragen-vaag", "vo", "vragen", "pdf", D(2026, 4, 14),
     {'uitstroombestemming': 'vague', 'ondersteuning': 'vague', 'adviezen_professionals': 'empty', 'instemming_ouders': 'absent'}, {}),
    # ------------------------------------------------------------------ sbo
    ("sbo-01-swv-compleet", "sbo", "swv-numbered", "pdf-word", D(2025, 10, 2), {}, {'sigimg': True}),
    ("sbo-02-domeintabel-instructie", "sbo", "domain-table", "docx", D(2025, 11, 17), {'belemmerende_factoren': 'instruction'}, {}),
    ("sbo-03-groeidocument-oud-lege-lijn", "sbo", "groeidocument", "pdf", D(2025, 5, 20), {'instemming_ouders': 'blank_line'}, {}),
    ("sbo-04-brief-tekst", "sbo", "brief", "txt", D(2026, 1, 26), {'informatie_rechten': 'absent', 'inbreng_leerling': 'absent'}, {}),
    ("sbo-05-beknopt-scan-zonder-datum", "sbo", "beknopt", "scan", D(2025, 9, 30),
     {'oogo': 'absent', 'instemming_ouders': 'nodate'}, {'cstyle': 'sig'}),
    ("sbo-06-las-export-onderbouwing-bijlage", "sbo", "las-export", "odt", D(2025, 12, 15),
     {'onderbouwing': 'zie'}, {'system': "ParnasLVS 12 (leerlingadministratie)"}),
    ("sbo-07-formulier-leeg-veld", "sbo", "fillable-form", "form", D(2026, 3, 9),
     {'ondersteuningsbehoefte': 'empty', 'evaluatie': 'ph:volgt na overleg'}, {}),
    # ------------------------------------------------------------------ so
    ("so-01-soplan-compleet", "so", "so-plan", "pdf-word", D(2025, 10, 9), {}, {}),
    ("so-02-soplan-zonder-cvb", "so", "so-plan", "docx", D(2025, 11, 20), {'adviezen_professionals': 'cvb_missing'}, {}),
    ("so-03-domeintabel-oud-vinkje-leeg", "so", "domain-table", "pdf", D(2025, 2, 11),
     {'inbreng_leerling': 'absent', 'instemming_ouders': 'unticked'}, {'cstyle': 'check'}),
    ("so-04-groeidocument-leerling-zonder-gevolg", "so", "groeidocument", "odt", D(2026, 1, 8), {'inbreng_leerling': 'noeffect'}, {}),
    ("so-05-vragen-scan-compleet", "so", "vragen", "scan", D(2025, 10, 30), {}, {'cstyle': 'sig'}),
    ("so-06-brief-alleen-school", "so", "brief", "pdf-word", D(2026, 5, 18),
     {'onderbouwing': 'absent', 'instemming_ouders': 'school_only'}, {'cstyle': 'sig'}),
    # ------------------------------------------------------------------ vso
    ("vso-01-soplan-meerderjarig-compleet", "vso", "so-plan", "pdf-word", D(2025, 10, 13),
     {'inbreng_leerling': 'absent', 'instemming_ouders': 'adult_self'}, {'adult': True}),
    ("vso-02-soplan-curatele", "vso", "so-plan", "docx", D(2025, 11, 27), {'instemming_ouders': 'curator'}, {'adult': True, 'curatele': True, 'sigimg': True}),
    ("vso-03-domeintabel-meerderjarig-ouders-tekenen", "vso", "domain-table", "pdf", D(2026, 2, 2),
     {'inbreng_leerling': 'absent', 'instemming_ouders': 'wrong_party'}, {'adult': True}),
    ("vso-04-groeidocument-tekst-profiel-vaag", "vso", "groeidocument", "txt", D(2025, 9, 18), {'uitstroombestemming': 'vague', 'vaststelling': 'absent'}, {}),
    ("vso-05-formulier-oud", "vso", "fillable-form", "form", D(2025, 6, 19), {'inbreng_leerling': 'absent', 'informatie_rechten': 'absent'}, {}),
    ("vso-06-soplan-scan-onder-protest", "vso", "so-plan", "scan", D(2026, 1, 21), {'instemming_ouders': 'onder_protest'}, {}),
    # ------------------------------------------------------------------ pro
    ("pro-01-iop-compleet", "pro", "pro-iop", "pdf-word", D(2025, 10, 20), {}, {}),
    ("pro-02-iop-geen-adviezen", "pro", "pro-iop", "docx", D(2025, 11, 10), {'adviezen_professionals': 'absent', 'evaluatie': 'nomoment'}, {}),
    ("pro-03-beknopt-oud-voor-gezien", "pro", "beknopt", "odt", D(2025, 3, 5),
     {'inbreng_leerling': 'absent', 'instemming_ouders': 'voor_gezien'}, {'cstyle': 'sig'}),
    ("pro-04-vragen-markdown", "pro", "vragen", "md", D(2026, 2, 23),
     {'afwijkingen_onderwijsprogramma': 'nvt', 'belemmerende_factoren': 'generic'}, {}),
]

PRESENT_CONSENT = {'signed', 'digital', 'adult_self', 'curator'}


def label_for(el, variant, spec_date, extras, revised_before_cutoff=True):
    if el == 'instemming_ouders':
        if variant in PRESENT_CONSENT:
            return 'present'
        if variant in ('absent', 'avg_only'):
            return 'missing'
        return 'incomplete'
    if el == 'inbreng_leerling':
        if spec_date < HOORRECHT and not extras.get('orig_after'):
            return 'not_applicable'
        if extras.get('adult') and not extras.get('curatele'):
            return 'not_applicable'
    if variant == 'present':
        return 'present'
    if variant == 'absent':
        return 'missing'
    if variant == 'nvt':
        return 'not_applicable'
    return 'incomplete'


def sj(d):
    return "%d-%d" % (d.year, d.year + 1) if d.month >= 8 else "%d-%d" % (d.year - 1, d.year)


def build_opp(i, spec_t):
    did, typ, layout, fmt, date, gaps, extras = spec_t
    seed = 7400 + i * 31
    spec = {'type': typ, 'date': date, 'seed': seed, 'sj': sj(date), **extras}
    p = K.make_profile(spec, seed)
    T = K.present_texts(p, spec)
    C = {}
    variants = {}
    for el in K.ELEMENTS:
        v = gaps.get(el, 'present')
        if el == 'instemming_ouders':
            v = gaps.get(el, 'signed')
        variants[el] = v
        if el in ('instemming_ouders', 'vaststelling'):
            continue
        if v == 'nvt_wrong':
            C[el] = ["n.v.t."]
            continue
        C[el] = K.apply_gap(el, v, T, p)
    if variants['uitstroombestemming'] != 'present' and variants['onderbouwing'] == 'present':
        C['onderbouwing'] = T['onderbouwing_nodest']
    if variants['afwijkingen_onderwijsprogramma'] == 'nvt_wrong':
        C['ondersteuning'] = list(C['ondersteuning']) + [("Vrijstelling voor Duits; in die uren huiswerkbegeleiding in het ondersteuningslokaal", "zorgcoördinator %s" % p['ib'], "2 lesuren per week", K.fdate(K.add(date, 7), p['ds']))]
    C['consent'] = variants['instemming_ouders']
    C['vaststelling'] = variants['vaststelling']
    C['_vast_sentence'] = T['vast_sentence']
    C['_profiel'] = T.get('profiel')
    C['_cc'] = extras.get('cc', False)
    C['_instr'] = tuple(K.INSTR.values())
    if extras.get('orig'):
        C['_vast_sentence'] = ("Dit ontwikkelingsperspectief is oorspronkelijk vastgesteld op %s. Na de jaarevaluatie is het bijgesteld en opnieuw vastgesteld op %s door %s, directeur."
                               % (K.fdate(extras['orig'], p['ds']), K.fdate(date, p['ds']), p['dir']))
    fn = L.LAYOUTS[layout]
    blocks, meta = fn(p, C, spec)
    if extras.get('orig') and layout != 'fillable-form':
        blocks.insert(1, ('p', "Versie 2 - bijgesteld na de jaarevaluatie (eerste versie: %s)." % K.fdate(extras['orig'], p['ds'])))
    meta.setdefault('author', p['ib'])
    out_fmt = write(did, fmt, blocks, meta, seed, extras)
    # labels
    lab_extras = dict(extras)
    if extras.get('orig'):
        lab_extras['orig_after'] = True
    els = {}
    for el in K.ELEMENTS:
        v = variants[el]
        if el == 'afwijkingen_onderwijsprogramma' and v == 'nvt_wrong':
            els[el] = 'incomplete'; continue
        if el == 'vaststelling':
            els[el] = 'present' if v == 'present' else ('missing' if v == 'absent' else 'incomplete')
            continue
        els[el] = label_for(el, v, date, lab_extras)
    acc = []
    if fmt == 'scan' or extras.get('sigimg'):
        acc.append('instemming_ouders')
    gapnotes = ["%s=%s" % (k, v) for k, v in variants.items() if v not in ('present', 'signed') and not (k == 'instemming_ouders' and v in PRESENT_CONSENT)]
    if variants['instemming_ouders'] in PRESENT_CONSENT - {'signed'}:
        gapnotes.append("(not a gap: consent given as '%s')" % variants['instemming_ouders'])
    if date < HOORRECHT and variants['inbreng_leerling'] == 'present':
        gapnotes.append("(pupil's view recorded although the plan predates 1 Aug 2025: labelled not_applicable)")
    note = "%s; %s; plan %s%s%s. Gaps on purpose: %s." % (
        layout, fmt, K.fdate(date, 'iso'),
        " (revision of %s)" % extras['orig'].isoformat() if extras.get('orig') else "",
        "; pupil %d, %s" % (p['age'], "under curatele" if extras.get('curatele') else "handelingsbekwaam") if extras.get('adult') else "",
        ", ".join(gapnotes) if gapnotes else "none (complete plan)")
    return {'file': 'docs/%s.%s' % (did, out_fmt), 'format': out_fmt, 'layout': layout, 'school_type': typ,
            'scanned': fmt == 'scan', 'elements': els, 'accept_unclear': acc, 'notes': note}


_SIG = None
def sigimg():
    global _SIG
    if _SIG:
        return _SIG
    from PIL import Image, ImageDraw
    im = Image.new('RGB', (360, 90), 'white'); d = ImageDraw.Draw(im); r = random.Random(74)
    pts = [(10 + k * 26, 60 - r.uniform(0, 40) if k % 2 else 60 - r.uniform(0, 10)) for k in range(13)]
    d.line(pts, fill=(20, 30, 90), width=4); d.line([(20, 72), (330, 58)], fill=(20, 30, 90), width=2)
    _SIG = os.path.join(BUILD, 'handtekening.png'); im.save(_SIG)
    return _SIG


def write(did, fmt, blocks, meta, seed, extras):
    os.makedirs(BUILD, exist_ok=True)
    prof = os.path.join(BUILD, 'lo-profile')
    if fmt == 'docx':
        R.to_docx(blocks, meta, os.path.join(DOCS, did + '.docx'), sigimg() if extras.get('sigimg') else None)
        return 'docx'
    if fmt in ('pdf-word', 'odt'):
        src = os.path.join(BUILD, did + '.docx')
        R.to_docx(blocks, meta, src, sigimg() if extras.get('sigimg') else None)
        out = R.soffice_convert(src, 'pdf' if fmt == 'pdf-word' else 'odt', os.path.join(BUILD, 'conv'), prof)
        ext = 'pdf' if fmt == 'pdf-word' else 'odt'
        shutil.copy(out, os.path.join(DOCS, did + '.' + ext))
        return ext
    if fmt == 'pdf':
        R.to_pdf_direct(blocks, meta, os.path.join(DOCS, did + '.pdf'))
        return 'pdf'
    if fmt == 'form':
        R.to_pdf_form(blocks, meta, os.path.join(DOCS, did + '.pdf'))
        return 'pdf'
    if fmt == 'scan':
        src = os.path.join(BUILD, did + '-bron.pdf')
        R.to_pdf_direct(blocks, meta, src, scan_marks=True)
        R.make_scan(src, os.path.join(DOCS, did + '.pdf'), seed, os.path.join(BUILD, 'scan-' + did))
        return 'pdf'
    if fmt in ('txt', 'md'):
        with open(os.path.join(DOCS, did + '.' + fmt), 'w', encoding='utf-8') as f:
            f.write(R.to_text(blocks, meta, md=(fmt == 'md')))
        return fmt
    raise ValueError(fmt)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    docs = []
    for i, s in enumerate(SPECS):
        docs.append(build_opp(i, s))
        print("ok", s[0], flush=True)
    import nonopp
    docs += nonopp.build_all(write, K, L, R)
    with open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump({'version': 1, 'docs': docs}, f, ensure_ascii=False, indent=1)
    print(len(docs), "documents")


if __name__ == '__main__':
    main()
