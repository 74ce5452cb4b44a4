# -*- coding: utf-8 -*-
"""Deterministic generator of the blind OPP validation set 2026-12-07d.
Run: /work/blind51/venv/bin/python gen.py   (fixed seeds, no clock; needs soffice + pdftoppm)."""
import os, sys, json, shutil, subprocess, random
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_content import P, EL, ORDER, dnum, dlong, addd
from gen_layouts import LAYOUTS, CONSENT_STATUS, SCR, consent_blocks
from gen_backends import to_docx, to_pdf, to_form_pdf, to_txt, to_scan

DOCS = os.path.join(HERE, 'docs')
TMP = os.path.join(HERE, '_tmp')
AUG25 = (2025, 8, 1)

# id, school type, layout, format, plan date, pupil kwargs, element modes, consent mode, note
SPECS = [
 # ---------------- complete and correct plans
 ('pro-01', 'pro', 'A', 'pdfw', (2025, 10, 6), {'age': 16}, {}, 'sig_parents', 'complete; signed by parent(s) with w.g. and date'),
 ('pro-02', 'pro', 'D', 'pdf', (2026, 1, 20), {'age': 17}, {'AF': 'nvt'}, 'export_yes', 'complete ParnasSys export; consent recorded as system fields (Akkoord + date + by whom); geen afwijkingen'),
 ('pro-03', 'pro', 'G', 'docx', (2025, 11, 12), {'age': 18, 'adult': True}, {}, 'both_adult', 'complete; adult pro pupil: pupil and parent both sign akkoord'),
 ('pro-04', 'pro', 'I', 'txt', (2024, 3, 11), {'age': 15}, {'IL': 'na_absent'}, 'email', 'complete letter, plan of March 2024 (pupil input not yet required); consent stated by e-mail with date'),
 ('vso-05', 'vso', 'G', 'odt', (2025, 10, 1), {'age': 19, 'adult': True, 'profile': 'arbeid'}, {'IL': 'na_absent'}, 'adult_self', 'complete; adult handelingsbekwaam pupil signs himself, parent signs voor gezien (which is fine: pupil is the party)'),
 ('vso-06', 'vso', 'E', 'pdf', (2026, 2, 3), {'age': 20, 'adult': True, 'curatele': True, 'profile': 'dagbesteding'}, {}, 'curator', 'complete Magister export; pupil under curatele, curator signs; pupil view present'),
 ('vso-07', 'vso', 'B', 'docx', (2025, 9, 29), {'age': 16, 'profile': 'vervolg'}, {}, 'tick_yes', 'complete two-column table with ticked profile; consent box ticked ja + signature + date'),
 ('vso-08', 'vso', 'H', 'form', (2025, 12, 1), {'age': 17, 'profile': 'arbeid'}, {}, 'tick_yes', 'complete fillable PDF form; values in form fields, ticked checkboxes'),
 ('vso-09', 'vso', 'F', 'txt', (2026, 3, 9), {'age': 18, 'adult': True, 'profile': 'arbeid'}, {'IL': 'na_absent'}, 'adult_digital_self', 'complete Somtoday export; adult pupil signs digitally himself'),
 ('po-10', 'po', 'J', 'docx', (2025, 11, 4), {}, {'AF': 'nvt'}, 'oral', 'complete; consent given orally and recorded with date; geen afwijkingen'),
 ('po-11', 'po', 'A', 'scan', (2025, 10, 14), {}, {}, 'scribble', 'complete scan; handwritten (drawn) signatures with printed names and dates'),
 ('sbo-12', 'sbo', 'C', 'pdf', (2025, 10, 21), {}, {}, 'sig_parents', 'complete domain-table plan'),
 ('so-13', 'so', 'B', 'pdfw', (2024, 11, 18), {'age': 10}, {'IL': 'na_absent'}, 'sig_parents', 'complete; plan of Nov 2024, not revised since: pupil input not applicable'),
 ('vo-14', 'vo', 'A', 'odt', (2025, 12, 8), {}, {}, 'sig_parents', 'complete numbered plan (vo)'),
 ('vo-15', 'vo', 'J', 'pdf', (2026, 1, 12), {}, {'AF': 'nvt'}, 'digital', 'complete; digital signature via parent portal; geen afwijkingen'),
 ('so-16', 'so', 'I', 'pdf', (2025, 10, 27), {'age': 11}, {}, 'sig_parents', 'complete letter with reply slip signed'),
 ('vso-17', 'vso', 'C', 'scan', (2025, 11, 20), {'age': 17, 'profile': 'dagbesteding'}, {}, 'scribble', 'complete scan, dagbesteding; drawn signatures'),
 ('pro-18', 'pro', 'E', 'txt', (2025, 9, 22), {'age': 16}, {}, 'export_yes', 'complete Magister export as text'),
 ('vso-19', 'vso', 'B', 'pdfw', (2025, 11, 3), {'age': 18, 'adult': True, 'profile': 'vervolg'}, {'IL': 'na_absent'}, 'both_adult', 'complete; adult pupil and parent both sign akkoord'),
 ('vso-20', 'vso', 'D', 'txt', (2025, 12, 15), {'age': 18, 'adult': True, 'bewind': True, 'profile': 'arbeid'}, {'IL': 'na_absent'}, 'bewind_self', 'complete ParnasSys text export; adult under beschermingsbewind (financial only) signs himself'),
 # ---------------- plans with gaps
 ('pro-21', 'pro', 'A', 'docx', (2025, 10, 13), {'age': 15}, {'IL': 'noeffect'}, 'voor_gezien', 'parent signed "voor gezien"; pupil view without what it changed'),
 ('pro-22', 'pro', 'D', 'pdf', (2025, 11, 24), {'age': 16}, {'O': 'niet_ingevuld', 'D': 'niet_ingevuld', 'EV': 'niet_ingevuld'}, 'export_empty', 'export with niet ingevuld in onderbouwing, doelen, evaluatie and consent fields'),
 ('pro-23', 'pro', 'G', 'docx', (2025, 9, 30), {'age': 17}, {'AP': 'ref', 'AF': 'absent'}, 'blank', 'advice only "zie verslag"; afwijkingen silent; blank signature lines'),
 ('pro-24', 'pro', 'H', 'docx', (2025, 10, 8), {'age': 14}, {'U': 'unticked', 'BF': 'cc', 'VF': 'cc', 'OB': 'cc'}, 'unticked', 'DOCX with content controls still showing placeholder; uitstroom boxes unticked; consent boxes unticked'),
 ('pro-25', 'pro', 'I', 'odt', (2025, 11, 17), {'age': 16}, {'OS': 'generic', 'D': 'vague'}, 'onder_protest', 'support text about every pupil; vague goals; consent onder protest'),
 ('pro-26', 'pro', 'F', 'txt', (2026, 2, 9), {'age': 17}, {'U': 'niet_ingevuld', 'OOGO': 'absent'}, 'pending', 'uitstroom niet ingevuld; no OOGO; signature "volgt"'),
 ('pro-27', 'pro', 'B', 'odt', (2025, 10, 20), {'age': 16}, {'IR': 'absent', 'VS': 'nodate'}, 'nodate', 'no rights info; vaststelling without date; signatures without dates'),
 ('pro-28', 'pro', 'C', 'docx', (2026, 1, 26), {'age': 15}, {'BF': 'empty'}, 'school_only', 'belemmerend column empty; only the school signed'),
 ('pro-29', 'pro', 'J', 'scan', (2025, 12, 2), {'age': 16}, {'IL': 'absent', 'EV': 'placeholder'}, 'blank', 'scan; blank signature lines; no pupil input; evaluation placeholder'),
 ('vso-30', 'vso', 'G', 'pdfw', (2025, 10, 16), {'age': 18, 'adult': True, 'profile': 'arbeid'}, {'IL': 'na_absent'}, 'parent_for_adult', 'adult handelingsbekwaam pupil, only the parent signs akkoord'),
 ('vso-31', 'vso', 'E', 'pdf', (2026, 1, 14), {'age': 19, 'adult': True, 'curatele': True, 'profile': 'dagbesteding'}, {'AP': 'absent'}, 'curatele_self', 'pupil under curatele signs himself, curator line empty; no CvB/expert advice'),
 ('vso-32', 'vso', 'B', 'docx', (2025, 10, 2), {'age': 15, 'profile': 'arbeid'}, {'U': 'unticked', 'O': 'instruction'}, 'refused', 'profile boxes unticked; onderbouwing is the format instruction; consent refused (niet akkoord ticked)'),
 ('vso-33', 'vso', 'A', 'odt', (2025, 11, 10), {'age': 16, 'profile': 'vervolg'}, {'AF': 'empty'}, 'partial', 'afwijkingen heading empty; partial consent'),
 ('vso-34', 'vso', 'F', 'pdf', (2026, 2, 16), {'age': 19, 'adult': True, 'profile': 'arbeid'}, {'IL': 'na_absent', 'OB': 'niet_ingevuld'}, 'digital_parent_adult', 'adult pupil but consent digitally given by parent only; onderwijsbehoeften niet ingevuld'),
 ('vso-35', 'vso', 'H', 'form', (2025, 12, 10), {'age': 17, 'profile': 'dagbesteding'}, {'OOGO': 'future'}, 'unticked', 'fillable form: consent checkboxes unchecked with name typed; OOGO only announced'),
 ('vso-36', 'vso', 'I', 'txt', (2025, 10, 29), {'age': 18, 'adult': True, 'profile': 'arbeid'}, {'IL': 'na_absent', 'IR': 'vague'}, 'avg_only', 'letter: only AVG/photo consent signed, no OPP consent; rights only partly'),
 ('vso-37', 'vso', 'C', 'pdf', (2025, 11, 26), {'age': 16, 'profile': 'arbeid'}, {'VF': 'ref', 'D': 'placeholder'}, 'scribble', 'bevorderend "zie groeidocument"; doelen placeholder; consent drawn signature (fine)'),
 ('vso-38', 'vso', 'J', 'docx', (2026, 3, 2), {'age': 16, 'profile': 'vervolg'}, {'IL': 'noeffect', 'OS': 'vague'}, 'sig_parents', 'pupil view without effect; support without who/how often'),
 ('vso-39', 'vso', 'G', 'docx', (2025, 9, 24), {'age': 17, 'profile': 'dagbesteding'}, {'VS': 'absent', 'EV': 'empty'}, 'sig_parents', 'no vaststelling; evaluation heading empty'),
 ('vso-40', 'vso', 'D', 'pdf', (2025, 12, 3), {'age': 17, 'profile': 'arbeid'}, {'O': 'absent', 'OOGO': 'niet_ingevuld'}, 'sig_parents', 'ParnasSys export: no onderbouwing field; OOGO niet ingevuld'),
 ('po-41', 'po', 'A', 'docx', (2025, 11, 18), {}, {'AF': 'absent', 'IL': 'placeholder'}, 'blank', 'blank signature table; afwijkingen silent; pupil input placeholder'),
 ('po-42', 'po', 'C', 'pdfw', (2025, 10, 9), {}, {'U': 'ref'}, 'nodate', 'uitstroom only "zie bijlage"; signatures without date'),
 ('po-43', 'po', 'I', 'pdf', (2026, 1, 19), {}, {'IR': 'absent'}, 'avg_only', 'letter; only AVG consent signed; no rights info'),
 ('sbo-44', 'sbo', 'J', 'pdfw', (2025, 10, 30), {}, {'IL': 'noeffect', 'D': 'vague'}, 'unticked', 'pupil view without effect; vague goals; consent boxes unticked'),
 ('sbo-45', 'sbo', 'D', 'pdf', (2025, 9, 25), {}, {'EV': 'niet_ingevuld'}, 'export_empty', 'ParnasSys: evaluation and consent niet ingevuld'),
 ('sbo-46', 'sbo', 'H', 'docx', (2025, 11, 6), {}, {'OB': 'cc', 'AF': 'unticked'}, 'school_only', 'content control placeholder for onderwijsbehoeften; afwijkingen boxes unticked; only school signed'),
 ('so-47', 'so', 'A', 'pdfw', (2025, 11, 27), {'age': 9}, {'AP': 'ref'}, 'onder_protest', 'advice only by reference; signed onder protest'),
 ('so-48', 'so', 'J', 'docx', (2024, 10, 7), {'age': 10, 'revised': (2025, 10, 13)}, {'IL': 'absent'}, 'sig_parents', 'plan of Oct 2024 revised Oct 2025 without pupil input'),
 ('vo-49', 'vo', 'B', 'docx', (2025, 10, 23), {}, {'U': 'placeholder'}, 'partial', 'uitstroom placeholder; partial consent'),
 ('vo-50', 'vo', 'E', 'pdf', (2026, 2, 2), {}, {'OOGO': 'absent', 'O': 'generic'}, 'pending', 'no OOGO; onderbouwing generic; signature pending'),
 ('vo-51', 'vo', 'F', 'txt', (2025, 12, 11), {}, {'AF': 'ref', 'O': 'vague'}, 'digital', 'afwijkingen only "zie rooster"; vague onderbouwing; digital consent (fine)'),
 ('vo-52', 'vo', 'C', 'scan', (2025, 10, 15), {}, {}, 'school_only_scr', 'scan; only school signature drawn, parent row empty'),
 ('pro-53', 'pro', 'E', 'pdf', (2025, 10, 27), {'age': 16}, {'OS': 'partialtable'}, 'sig_parents', 'support table with "..." for who/how often'),
 ('pro-54', 'pro', 'G', 'pdfw', (2025, 11, 19), {'age': 17}, {'IL': 'absent'}, 'sig_parents', 'otherwise complete transition plan, no pupil input (required after 1 Aug 2025)'),
 ('vso-55', 'vso', 'A', 'docx', (2025, 10, 22), {'age': 19, 'adult': True, 'curatele': True, 'profile': 'dagbesteding'}, {'IL': 'ok'}, 'voor_gezien_curator', 'under curatele; curator signed only voor gezien'),
]

NONOPP = ['none-56-folder', 'none-57-nieuwsbrief', 'none-58-stageovereenkomst', 'none-59-jobcoach', 'blank-60-vso-format', 'blank-61-pro-form']


def status(el, mode):
    if mode == 'ok':
        return 'present'
    if mode in ('nvt', 'na_absent'):
        return 'not_applicable'
    if mode == 'absent':
        return 'missing'
    return 'incomplete'


def build_opp(spec, i):
    did, st, lay, fmt, date, kw, modes, cons, note = spec
    kw = dict(kw)
    p = P(1000 + i * 17, st, date, **kw)
    modes = dict(modes)
    lastrev = kw.get('revised') or date
    if 'IL' not in modes and lastrev < AUG25:
        modes['IL'] = 'na_absent'
    if p.adult and not p.curatele and st == 'vso' and 'IL' not in modes:
        modes['IL'] = 'na_absent'
    if kw.get('revised'):
        p.c['EV'] = p.c['EV'] + f" Het plan is op {dlong(kw['revised'])} geëvalueerd met ouders en bijgesteld (nieuwe doelen in paragraaf Doelen)."
        p.c['VS'] = p.c['VS'] + f" Bijgesteld op {dlong(kw['revised'])}."
    lname, fn = LAYOUTS[lay]
    blocks, meta = fn(p, modes, cons)
    if lay == 'H' and fmt == 'docx':
        meta['sdt'] = True
    labels = {}
    for k in ORDER:
        labels[EL[k]] = CONSENT_STATUS[cons] if k == 'IN' else status(k, modes.get(k, 'ok'))
    return p, blocks, meta, lname, labels, note


def write(blocks, meta, fmt, stem, seed):
    """Returns the file name in docs/ and the corpus format name."""
    if fmt == 'docx':
        to_docx(blocks, meta, os.path.join(DOCS, stem + '.docx'))
        return stem + '.docx', 'docx'
    if fmt in ('pdfw', 'odt'):
        src = os.path.join(TMP, stem + '.docx')
        to_docx(blocks, meta, src)
        PENDING.append((src, 'pdf' if fmt == 'pdfw' else 'odt'))
        return stem + ('.pdf' if fmt == 'pdfw' else '.odt'), 'pdf' if fmt == 'pdfw' else 'odt'
    if fmt == 'pdf':
        to_pdf(blocks, meta, os.path.join(DOCS, stem + '.pdf'), seed)
        return stem + '.pdf', 'pdf'
    if fmt == 'form':
        to_form_pdf(blocks, meta, os.path.join(DOCS, stem + '.pdf'))
        return stem + '.pdf', 'pdf'
    if fmt == 'txt':
        to_txt(blocks, meta, os.path.join(DOCS, stem + '.txt'))
        return stem + '.txt', 'txt'
    if fmt == 'scan':
        to_scan(blocks, meta, os.path.join(DOCS, stem + '.pdf'), seed, TMP)
        return stem + '.pdf', 'pdf'
    raise ValueError(fmt)


PENDING = []
FMTNAME = {'docx': 'DOCX', 'pdfw': 'PDF exported from Word/LibreOffice', 'odt': 'ODT', 'pdf': 'PDF made directly',
           'form': 'fillable PDF form', 'txt': 'plain text', 'scan': 'scan (image-only PDF)'}

from gen_nonopp import nonopp_docs


def main():
    shutil.rmtree(DOCS, ignore_errors=True)
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(DOCS)
    os.makedirs(TMP)
    out = []
    for i, spec in enumerate(SPECS):
        did, st, lay, fmt = spec[:4]
        p, blocks, meta, lname, labels, note = build_opp(spec, i)
        stem = f"{did}-{lname}"
        fname, f = write(blocks, meta, fmt, stem, 500 + i)
        acc = []
        has_scr = any(b[0] == 'sigs' and any(SCR in r for r in b[2]) for b in blocks)
        if fmt == 'scan' or has_scr:
            acc.append('instemming_ouders')
        out.append({'file': 'docs/' + fname, 'format': f, 'layout': lname, 'school_type': st, 'scanned': fmt == 'scan',
                    'elements': labels, 'accept_unclear': acc,
                    'notes': f"{FMTNAME[fmt]}; plan date {dnum(spec[4])}; pupil {p.age} jr" + (' (meerderjarig' + (', curatele' if p.curatele else '') + ')' if p.adult else '') + f"; {note}"})
    for j, (stem, st, lname, fmt, blocks, meta, labels, note) in enumerate(nonopp_docs()):
        fname, f = write(blocks, meta, fmt, stem, 900 + j)
        out.append({'file': 'docs/' + fname, 'format': f, 'layout': lname, 'school_type': st, 'scanned': False,
                    'elements': labels, 'accept_unclear': [], 'notes': f"{FMTNAME[fmt]}; {note}"})
    # batch conversions with LibreOffice
    for target in ('pdf', 'odt'):
        srcs = [s for s, t in PENDING if t == target]
        if srcs:
            for attempt in range(3):   # soffice occasionally fails on a cold start; retry
                r = subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', DOCS] + srcs,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if r.returncode == 0:
                    break
    for d in out:
        assert os.path.exists(os.path.join(HERE, d['file'])), d['file']
    out.sort(key=lambda d: d['file'])
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump({'version': 1, 'docs': out}, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(out), 'documents')


if __name__ == '__main__':
    main()
