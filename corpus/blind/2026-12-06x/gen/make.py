# -*- coding: utf-8 -*-
"""Deterministic generator for blind set 2026-12-06x. Run: venv/bin/python gen/make.py"""
import os, sys, json, shutil, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from content import *
from layouts import *
from render import DocxR, render_pdf, render_txt, render_form, make_scan
from specs import S

OUT = '/work/blind36/corpus/blind/2026-12-06x'
DOCS = os.path.join(OUT, 'docs')
TMP = '/work/blind36/tmp'

BOILER_RECHTEN = ("Ouders hebben instemmingsrecht op het handelingsdeel. Bent u het niet eens met het plan, neem dan contact op met de school, "
                  "het ouder- en jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na vaststelling kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs.")

def defaults(ctx):
    p = ctx['prof']; d = {e: 'ok' for e in ELEMENTS}
    d['afwijkingen_onderwijsprogramma'] = 'ok' if p['afwijking'] else 'none'
    if ctx['adult'] or not ctx['pupil_required']: d['inbreng_leerling'] = 'missing'
    d['instemming_ouders'] = 'tick'
    return d

def form_fields(ctx, V):
    F_ = [('head', 'Gegevens leerling')]
    for a, b in gegevens(ctx): F_.append(('text', a, b, 1))
    F_.append(('head', 'Ontwikkelingsperspectief'))
    u = V['uitstroombestemming']
    opts = uitstroom_options(ctx['st'])
    tick = option_match(ctx) if u == ctx['prof']['uitstroom'] else None
    F_.append(('check', 'Verwachte uitstroombestemming', [(o, o == tick) for o in opts]))
    F_.append(('text', 'Toelichting uitstroombestemming', u if u and u not in ('UNTICKED',) else '', 2))
    def L(e): return max(2, min(9, (len(flat(ctx, e, V[e]) or '') // 105) + (flat(ctx, e, V[e]) or '').count('\n') + 1))
    for e, t in [('onderbouwing', 'Onderbouwing'), ('belemmerende_factoren', 'Belemmerende factoren'), ('bevorderende_factoren', 'Bevorderende factoren'),
                 ('ondersteuningsbehoefte', 'Onderwijsbehoeften'), ('afwijkingen_onderwijsprogramma', 'Afwijkingen van het onderwijsprogramma'),
                 ('doelen', 'Doelen (SMART)'), ('ondersteuning', 'Handelingsdeel: ondersteuning (wat, wie, hoe vaak, vanaf)'),
                 ('adviezen_professionals', 'Adviezen deskundigen en wat de school ermee doet'), ('inbreng_leerling', 'Inbreng van de leerling en wat ermee gedaan is'),
                 ('oogo', 'Besproken met ouders (datum, aanwezigen)'), ('evaluatie', 'Evaluatie (wanneer, met wie)')]:
        if V[e] is not None: F_.append(('text', t, flat(ctx, e, V[e], bullet='- '), L(e)))
    F_.append(('head', 'Vaststelling en instemming'))
    F_.append(('text', 'Vastgesteld door / datum', flat(ctx, 'vaststelling', V['vaststelling']) if V['vaststelling'] else '', 1))
    c = V['instemming_ouders']
    rows = dict(c['rows'])
    ak = 'Akkoord' in rows.get('Instemming', '') and '☒ Akkoord' in rows.get('Instemming', '')
    F_.append(('check', 'Instemming ouders met het handelingsdeel', [('Akkoord met het handelingsdeel', ak), ('Niet akkoord', '☒ Niet' in rows.get('Instemming', ''))]))
    F_.append(('text', 'Naam ouder/verzorger', rows.get('Naam ouder/verzorger', ''), 1))
    F_.append(('text', 'Datum', rows.get('Datum', ''), 1))
    F_.append(('head', 'Informatie voor ouders'))
    F_.append(('text', 'Rechten', flat(ctx, 'informatie_rechten', V['informatie_rechten']), 4))
    return F_

def main():
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(DOCS); shutil.rmtree(TMP, ignore_errors=True)
    for sub in ('docx2pdf', 'docx2odt', 'sig', 'scan', 'base'): os.makedirs(os.path.join(TMP, sub))
    entries = []; post = []
    for s in S:
        prof = P[s['profile']]
        st = 'none' if (s.get('none') or s.get('blank')) else prof['type']
        layout = s['layout']
        did = f"{s['n']:02d}-{st}-{layout.replace('_', '-')}"
        spec = dict(s, id=did, seed=7000 + s['n'] * 17, school_type=st)
        ctx = mkctx(spec)
        V = {}
        if s.get('none'):
            doc = (L_folder if layout == 'folder' else L_nieuwsbrief)(ctx)
            labels = {e: 'missing' for e in ELEMENTS}; vars_ = {}
        else:
            vars_ = defaults(ctx); vars_.update(s['v'])
            if s.get('blank'):
                ctx['blank'] = True
                for e in ELEMENTS:
                    V[e] = WORDPH if s['blank'] == 'wordph' else ''
                if s['blank'] == 'empty':
                    V['uitstroombestemming'] = 'UNTICKED'; V['afwijkingen_onderwijsprogramma'] = 'UNTICKED'
                    V['adviezen_professionals'] = None; V['inbreng_leerling'] = None; V['vaststelling'] = 'BLANK'
                V['informatie_rechten'] = BOILER_RECHTEN
                V['instemming_ouders'] = dict(intro="Ouder(s)/verzorger(s) verklaren dat het OPP met hen is besproken en geven hieronder aan of zij instemmen met het handelingsdeel.",
                                              rows=[("Instemming", "☐ Akkoord met het handelingsdeel\n☐ Niet akkoord"), ("Naam ouder/verzorger", ""), ("Datum", ""), ("Handtekening", "")], after=None)
                labels = {e: ('missing' if V[e] is None else 'incomplete') for e in ELEMENTS}
            else:
                for e in ELEMENTS: V[e] = value(ctx, e, vars_[e])
                if vars_['afwijkingen_onderwijsprogramma'] == 'nvt_contra':
                    V['onderbouwing'] = V['onderbouwing'] + ' ' + F(ctx, prof['afw_hint'])
                labels = {e: label_for(e, vars_[e], ctx) for e in ELEMENTS}
            doc = None if layout == 'form' else LAYOUTS[layout](ctx, V)
        fmt = s['fmt']
        ext = {'pdfw': 'pdf', 'pdfd': 'pdf', 'form': 'pdf', 'scan': 'pdf', 'docx': 'docx', 'odt': 'odt', 'txt': 'txt'}[fmt]
        fname = f"docs/{did}.{ext}"; path = os.path.join(OUT, fname)
        rspec = dict(spec, author=ctx['ib'].split(' ', 1)[1] if not s.get('none') else 'Redactie')
        sigdir = os.path.join(TMP, 'sig')
        if fmt == 'docx':
            DocxR(rspec, sigdir).render(doc, path)
        elif fmt in ('pdfw', 'odt') or (fmt == 'scan' and s.get('scanbase') == 'pdfw'):
            sub = 'docx2odt' if fmt == 'odt' else 'docx2pdf'
            DocxR(rspec, sigdir).render(doc, os.path.join(TMP, sub, did + '.docx'))
            post.append((fmt, did, path))
        elif fmt == 'pdfd' or (fmt == 'scan' and s.get('scanbase') == 'pdfd'):
            tgt = path if fmt == 'pdfd' else os.path.join(TMP, 'base', did + '.pdf')
            render_pdf(rspec, doc, tgt, sigdir)
            if fmt == 'scan': post.append(('scan_d', did, path))
        elif fmt == 'txt':
            render_txt(rspec, doc, path)
        elif fmt == 'form':
            render_form(rspec, form_fields(ctx, V), path, 'Ontwikkelingsperspectiefplan (invulformulier)', f"{ctx['swv']} – digitaal invulbaar formulier, versie 2025")
        notes = f"layout {layout}; {fmt}"
        if fmt == 'scan': notes += f" (image-only, base {s['scanbase']})"
        gaps = {e: v for e, v in vars_.items() if v not in ('ok',) and not (e == 'inbreng_leerling' and v == 'missing' and labels[e] == 'not_applicable') and not (e == 'afwijkingen_onderwijsprogramma' and v == 'none')}
        if gaps and not s.get('none') and not s.get('blank'): notes += "; variants: " + ", ".join(f"{e}={v}" for e, v in gaps.items())
        notes += "; " + s['note']
        au = list(s.get('au', []))
        if fmt == 'scan' and 'instemming_ouders' not in au: au.append('instemming_ouders')
        entries.append(dict(file=fname, format=ext if ext != 'txt' else 'txt', layout=layout, school_type=st, scanned=fmt == 'scan',
                            elements=labels, accept_unclear=au, notes=notes, plan_date=s['date'] if st != 'none' else None))
    # soffice conversions
    lo = ['soffice', '-env:UserInstallation=file:///work/blind36/tmp/lo_profile', '--headless']
    for sub, target in (('docx2pdf', 'pdf'), ('docx2odt', 'odt')):
        files = sorted(os.path.join(TMP, sub, f) for f in os.listdir(os.path.join(TMP, sub)) if f.endswith('.docx'))
        if files:
            subprocess.run(lo + ['--convert-to', target, '--outdir', os.path.join(TMP, sub)] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for fmt, did, path in post:
        if fmt == 'pdfw': shutil.copy(os.path.join(TMP, 'docx2pdf', did + '.pdf'), path)
        elif fmt == 'odt': shutil.copy(os.path.join(TMP, 'docx2odt', did + '.odt'), path)
        elif fmt == 'scan': make_scan(os.path.join(TMP, 'docx2pdf', did + '.pdf'), path, did, os.path.join(TMP, 'scan'))
        elif fmt == 'scan_d': make_scan(os.path.join(TMP, 'base', did + '.pdf'), path, did, os.path.join(TMP, 'scan'))
    json.dump({'version': 1, 'docs': entries}, open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(entries), 'documents')

if __name__ == '__main__':
    main()
    import readme as _readme
    _readme.write(OUT)
