# -*- coding: utf-8 -*-
"""Deterministic generator for blind OPP corpus, round 76 (2026-12-08x).
Usage: python3 build.py [--build /work/blind77/build]
Writes docs/ and labels.json next to this generator folder."""
import os, sys, json, shutil, subprocess, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import make_case, EL, CUTOFF, dn, dl, RIGHTS
from elements import element_blocks, INSTR
from layouts import LAYOUTS, flat, meta
import render as R

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')
BUILD = sys.argv[sys.argv.index('--build') + 1] if '--build' in sys.argv else '/work/blind77/build'
D = dt.date

PRESENT = {'ok'}
NA = {'none', 'nvt', 'ticks_geen'}
MISSING = {'omit', 'avg_only'}


def label(k, el, v):
    if el == 'inbreng_leerling':
        if k.st == 'vso' and k.adult and not k.curatele:
            return 'not_applicable'
        if k.set_date < CUTOFF and not (k.revised and k.revised >= CUTOFF):
            return 'not_applicable'
    if v in PRESENT:
        return 'present'
    if v in NA:
        return 'not_applicable'
    if v in MISSING:
        return 'missing'
    return 'incomplete'


# (file stem, school type, layout, format, plan date, case kwargs, variants, options, note)
S = [
 ('po-numbered-complete', 'po', 'swv-numbered', 'pdf-lo', D(2025, 10, 14), {}, {}, {'instemming_ouders_style': 'ticks', 'evaluatie_style': 'goaltable'},
  'Complete plan. Consent by tick box + signature table; evaluation table per goal plus agreement on evaluating the whole plan with parents and pupil.'),
 ('po-numbered-voorgezien', 'po', 'swv-numbered', 'docx', D(2025, 11, 4), {}, {'instemming_ouders': 'voor_gezien', 'evaluatie': 'goals_only'},
  {'oogo_style': 'line', 'evaluatie_style': 'goaltable'},
  'Parents signed "voor gezien" (not consent). Evaluation is only a per-goal table of the previous period; no agreement when the plan is evaluated with parents.'),
 ('sbo-twocol-complete', 'sbo', 'two-column-table', 'docx', D(2026, 2, 10), {}, {}, {'oogo_style': 'line', 'evaluatie_style': 'line'},
  'Complete plan in one two-column table; signature table below.'),
 ('sbo-twocol-placeholders', 'sbo', 'two-column-table', 'pdf-lo', D(2025, 9, 23), {}, {'uitstroombestemming': 'ph:n.t.b.', 'onderbouwing': 'ph:n.t.b.', 'ondersteuning': 'ph:nog aanvullen', 'oogo': 'ph:volgt na overleg', 'instemming_ouders': 'blank'},
  {'oogo_style': 'line'}, 'Placeholders: destination and onderbouwing "n.t.b.", support "nog aanvullen", OOGO "volgt na overleg"; signature table entirely blank.'),
 ('so-domain-complete', 'so', 'domain-table', 'pdf-rl', D(2025, 12, 2), {}, {}, {'instemming_ouders_style': 'ticks', 'evaluatie_style': 'goaltable'},
  'Complete SO plan with domain table (belemmerend/bevorderend/onderwijsbehoefte) and advice of the Commissie voor de Begeleiding.'),
 ('so-domain-gaps', 'so', 'domain-table', 'odt', D(2024, 11, 12), {}, {'bevorderende_factoren': 'empty', 'adviezen_professionals': 'ref', 'instemming_ouders': 'school_only', 'afwijkingen_onderwijsprogramma': 'none'},
  {}, 'Pre-Aug-2025 plan. Bevorderend column has a header but empty cells; advice only "zie verslag"; only the school signed (parent lines empty); explicit "geen afwijkingen".'),
 ('vo-groeidoc-complete', 'vo', 'groeidocument', 'docx', D(2025, 10, 28), {}, {}, {'instemming_ouders_style': 'prose'},
  'Groeidocument with the OPP as deel C/D; complete; consent in prose plus signatures. Extra non-OPP parts (hulpvraag, besluit SWV blank - not an element).'),
 ('vo-groeidoc-instructions', 'vo', 'groeidocument', 'pdf-lo', D(2026, 1, 13), {}, {'onderbouwing': 'instr', 'doelen': 'instr', 'inbreng_leerling': 'no_effect', 'instemming_ouders': 'protest'},
  {}, 'Format instructions left in for onderbouwing and doelen; pupil view without what it changed; parents signed "onder protest".'),
 ('pro-beknopt-complete', 'pro', 'beknopt-opp', 'txt', D(2025, 9, 16), {}, {}, {'oogo_style': 'line', 'evaluatie_style': 'line', 'instemming_ouders_style': 'ticks'},
  'Short form, plain text; complete.'),
 ('pro-beknopt-gaps', 'pro', 'beknopt-opp', 'pdf-rl', D(2025, 5, 20), {}, {'afwijkingen_onderwijsprogramma': 'omit', 'informatie_rechten': 'omit', 'evaluatie': 'ph:n.t.b.', 'instemming_ouders': 'nodate', 'inbreng_leerling': 'omit'},
  {'instemming_ouders_style': 'ticks'}, 'Pre-Aug-2025 short form. No line on deviations (silence) and no rights info; evaluation "n.t.b."; signatures without dates.'),
 ('vso-profile-adult', 'vso', 'vso-profile', 'docx', D(2025, 11, 25), {'adult': True, 'profile': 'arbeidsmarktgericht'}, {}, {'instemming_ouders_style': 'ticks'},
  'Adult (18+) handelingsbekwaam pupil consents himself/herself; hoorrecht not applicable (pupil is the party). Complete.'),
 ('vso-profile-curatele', 'vso', 'vso-profile', 'pdf-lo', D(2026, 2, 3), {'adult': True, 'curatele': True, 'profile': 'dagbesteding'}, {}, {},
  'Adult pupil under curatele; the curator (mother) consents; pupil view and its effect present. Complete.'),
 ('vso-profile-adult-wrongparty', 'vso', 'vso-profile', 'odt', D(2025, 12, 16), {'adult': True, 'profile': 'vervolgonderwijs'}, {'instemming_ouders': 'wrong_party'}, {'instemming_ouders_style': 'ticks'},
  'Adult handelingsbekwaam pupil, but the consent block is signed by the parents and not by the pupil -> incomplete.'),
 ('po-question-complete', 'po', 'question-headings', 'md', D(2026, 3, 10), {}, {}, {'instemming_ouders_style': 'ticks'},
  'Question headings ("Wanneer kijken we samen terug?"); complete.'),
 ('po-question-gaps', 'po', 'question-headings', 'txt', D(2025, 12, 9), {}, {'belemmerende_factoren': 'empty', 'evaluatie': 'no_parents', 'informatie_rechten': 'partial'},
  {}, 'Question heading for hindering factors with nothing under it; evaluation only in the internal leerlingbespreking (no parents); rights only mention the consent right, not where to go.'),
 ('sbo-letter-slip-signed', 'sbo', 'letter-reply-slip', 'pdf-lo', D(2025, 10, 7), {}, {}, {'instemming_ouders_style': 'slip', 'oogo_style': 'letter'},
  'Letter to parents with the plan in prose and a reply slip ticked "akkoord", signed and dated. Complete.'),
 ('sbo-letter-slip-blank', 'sbo', 'letter-reply-slip', 'docx', D(2026, 1, 27), {}, {'instemming_ouders': 'blank', 'afwijkingen_onderwijsprogramma': 'none'}, {'instemming_ouders_style': 'slip', 'oogo_style': 'letter'},
  'Letter with reply slip not filled in (no box ticked, blank lines); explicit "geen afwijkingen".'),
 ('vo-export-portal', 'vo', 'system-export', 'pdf-rl', D(2025, 11, 12), {}, {}, {'instemming_ouders_style': 'portal', 'oogo_style': 'portal', 'evaluatie_style': 'portal'},
  'Pupil-administration export with footer; consent as portal record "Akkoord" with date/time; talks log; planned evaluations table. Complete.'),
 ('vo-export-openstaand', 'vo', 'system-export', 'txt', D(2026, 2, 17), {}, {'instemming_ouders': 'open', 'onderbouwing': 'empty'}, {'instemming_ouders_style': 'portal', 'oogo_style': 'portal', 'evaluatie_style': 'portal'},
  'Export; consent status "Openstaand" (invitation sent); onderbouwing field empty ("-").'),
 ('so-minutes-complete', 'so', 'oogo-minutes', 'docx', D(2025, 10, 21), {}, {}, {'oogo_style': 'minutes', 'instemming_ouders_style': 'minutes', 'evaluatie_style': 'goaltable'},
  'Plan plus minutes of the OOGO talk (date, present, points, agreements) and signatures. Complete.'),
 ('so-minutes-refused', 'so', 'oogo-minutes', 'pdf-lo', D(2026, 1, 19), {}, {'instemming_ouders': 'refused'}, {'oogo_style': 'minutes', 'instemming_ouders_style': 'minutes', 'evaluatie_style': 'goaltable'},
  'Minutes record that the parents do not consent to the handelingsdeel (signed as such).'),
 ('po-fillable-complete', 'po', 'fillable-form', 'pdf-form', D(2025, 12, 16), {}, {}, {},
  'Fillable PDF (AcroForm text fields and checkboxes), all fields filled, "akkoord" ticked, name and date typed.'),
 ('vo-fillable-unticked', 'vo', 'fillable-form', 'pdf-form', D(2026, 3, 3), {}, {'instemming_ouders': 'unticked', 'evaluatie': 'empty'}, {},
  'Fillable PDF: consent checkboxes none ticked (name and date filled); evaluation field empty.'),
 ('po-twocol-scan', 'po', 'two-column-table', 'scan-rl', D(2025, 6, 10), {}, {'inbreng_leerling': 'omit'}, {'sigmark': 'img'},
  'Scan (150 dpi, noise, skew) of a complete pre-Aug-2025 plan; handwritten signatures.'),
 ('vso-numbered-scan', 'vso', 'swv-numbered', 'scan-lo', D(2025, 10, 1), {'profile': 'arbeidsmarktgericht'}, {'adviezen_professionals': 'no_cvb'}, {'sigmark': 'img'},
  'Scan of a VSO plan (pupil 15-17); psychologist advice but no advice of the Commissie voor de Begeleiding -> incomplete. Handwritten signatures.'),
 ('sbo-domain-scan-blank', 'sbo', 'domain-table', 'scan-rl', D(2026, 1, 8), {}, {'instemming_ouders': 'blank'}, {'sigmark': 'img'},
  'Scan; signature table left entirely blank.'),
 ('pro-question-avg', 'pro', 'question-headings', 'docx', D(2025, 11, 20), {}, {'instemming_ouders': 'avg_only'}, {},
  'Under "Gaat u akkoord?" only an AVG/photo consent, signed; no consent to the handelingsdeel -> missing.'),
 ('vo-letter-partial', 'vo', 'letter-reply-slip', 'pdf-rl', D(2025, 9, 30), {}, {'instemming_ouders': 'partial', 'inbreng_leerling': 'no_effect'}, {'instemming_ouders_style': 'slip', 'oogo_style': 'letter'},
  'Reply slip ticked "gedeeltelijk akkoord" (not the reduced timetable); pupil view without effect.'),
 ('po-groeidoc-pre2025', 'po', 'groeidocument', 'odt', D(2024, 9, 24), {}, {'inbreng_leerling': 'omit'}, {},
  'Pre-Aug-2025 groeidocument without pupil section (hoorrecht not yet in force); otherwise complete.'),
 ('sbo-groeidoc-revised', 'sbo', 'groeidocument', 'docx', D(2025, 3, 4), {'revised': D(2025, 10, 14)}, {'inbreng_leerling': 'omit'}, {},
  'Plan set March 2025 but revised October 2025; no pupil input -> missing (revision after 1 Aug 2025).'),
 ('so-beknopt-gaps', 'so', 'beknopt-opp', 'txt', D(2025, 10, 9), {}, {'ondersteuningsbehoefte': 'omit', 'adviezen_professionals': 'omit', 'vaststelling': 'ph:...', 'oogo': 'omit'}, {'instemming_ouders_style': 'ticks'},
  'Short SO form without needs, without any advice (CvB), without OOGO; "Vastgesteld: ..." placeholder.'),
 ('vso-letter-dagbesteding', 'vso', 'letter-reply-slip', 'pdf-lo', D(2026, 2, 24), {'profile': 'dagbesteding'}, {}, {'instemming_ouders_style': 'slip', 'oogo_style': 'letter'},
  'VSO letter (pupil 15-17), profile dagbesteding, reply slip signed. Complete.'),
 ('po-export-footer', 'po', 'system-export', 'pdf-lo', D(2025, 10, 30), {}, {'ondersteuning': 'ref', 'doelen': 'ref'}, {'instemming_ouders_style': 'portal', 'oogo_style': 'portal', 'evaluatie_style': 'portal'},
  'Export with footer; support and goals only refer to the groepsplan.'),
 ('vo-numbered-sigimg', 'vo', 'swv-numbered', 'pdf-rl', D(2026, 1, 29), {}, {}, {'sigmark': 'img'},
  'Digital PDF, complete; signatures are images (no "w.g." text) - a reader sees them signed.'),
 ('pro-domain-complete', 'pro', 'domain-table', 'odt', D(2025, 10, 2), {}, {}, {'evaluatie_style': 'goaltable'},
  'Domain table, complete.'),
 ('vso-twocol-protest', 'vso', 'two-column-table', 'md', D(2025, 12, 11), {'profile': 'arbeidsmarktgericht'}, {'instemming_ouders': 'protest', 'oogo': 'future'}, {},
  'VSO (pupil 15-17); signed "onder protest"; OOGO only announced for after the setting.'),
 ('po-minutes-vague', 'po', 'oogo-minutes', 'pdf-rl', D(2025, 11, 3), {}, {'evaluatie': 'vague', 'informatie_rechten': 'omit', 'doelen': 'vague'}, {'oogo_style': 'minutes', 'instemming_ouders_style': 'minutes'},
  'Minutes layout; evaluation "regelmatig" without when/with whom; vague goals ("gaat beter lezen"); no rights information.'),
 ('so-beknopt-cc', 'so', 'beknopt-opp', 'docx-cc', D(2025, 10, 15), {}, {'ondersteuningsbehoefte': 'instr', 'evaluatie': 'instr', 'afwijkingen_onderwijsprogramma': 'ticks_geen'}, {'instemming_ouders_style': 'ticks'},
  'DOCX with content controls; needs and evaluation still show the Word placeholder "Klik of tik om tekst in te voeren."; checkbox "geen afwijkingen" ticked -> not_applicable.'),
 ('vo-question-ticks', 'vo', 'question-headings', 'pdf-lo', D(2025, 6, 24), {}, {'afwijkingen_onderwijsprogramma': 'ticks_none'}, {'instemming_ouders_style': 'ticks'},
  'Pre-Aug-2025; deviation options listed with no box ticked.'),
 ('sbo-beknopt-complete', 'sbo', 'beknopt-opp', 'md', D(2026, 4, 14), {}, {}, {'oogo_style': 'line', 'evaluatie_style': 'line'},
  'Short form in Markdown, complete.'),
 ('vso-export-adult-portal', 'vso', 'system-export', 'txt', D(2026, 3, 17), {'adult': True, 'profile': 'vervolgonderwijs'}, {}, {'instemming_ouders_style': 'portal', 'oogo_style': 'portal', 'evaluatie_style': 'portal'},
  'Export for an adult handelingsbekwaam VSO pupil; portal consent given by the pupil. Complete; hoorrecht n/a.'),
 ('po-letter-complete', 'po', 'letter-reply-slip', 'txt', D(2026, 5, 12), {}, {}, {'instemming_ouders_style': 'slip', 'oogo_style': 'letter'},
  'Letter in plain text with filled reply slip. Complete.'),
 ('so-question-scan', 'so', 'question-headings', 'scan-lo', D(2024, 12, 3), {}, {}, {'sigmark': 'img', 'instemming_ouders_style': 'ticks'},
  'Scan of a pre-Aug-2025 SO plan; complete; handwritten signatures.'),
 ('vo-domain-evaltable-only', 'vo', 'domain-table', 'docx', D(2026, 2, 5), {}, {'evaluatie': 'goals_only'}, {'evaluatie_style': 'goaltable'},
  'Evaluation table per goal only; nothing on when the whole plan is evaluated with parents and pupil.'),
 ('pro-letter-eval-none', 'pro', 'letter-reply-slip', 'odt', D(2025, 10, 20), {}, {'evaluatie': 'omit', 'oogo': 'invited'}, {'instemming_ouders_style': 'slip'},
  'Letter without any evaluation paragraph; only says parents were invited to talk (no talk recorded).'),
 ('sbo-minutes-nodate', 'sbo', 'oogo-minutes', 'pdf-rl', D(2025, 12, 15), {}, {'instemming_ouders': 'nodate', 'onderbouwing': 'ref'}, {'oogo_style': 'minutes', 'instemming_ouders_style': 'minutes', 'evaluatie_style': 'goaltable'},
  'Signatures without dates; onderbouwing only "zie bijlage 2".'),
 ('vso-groeidoc-curatele-pupilsigned', 'vso', 'groeidocument', 'docx', D(2025, 11, 6), {'adult': True, 'curatele': True, 'profile': 'dagbesteding'}, {'instemming_ouders': 'wrong_party'}, {},
  'Adult pupil under curatele signed the consent himself/herself; the curator did not -> incomplete.'),
 ('po-beknopt-scan-pre', 'po', 'beknopt-opp', 'scan-rl', D(2025, 2, 18), {}, {'afwijkingen_onderwijsprogramma': 'nvt', 'inbreng_leerling': 'omit'}, {'sigmark': 'img', 'instemming_ouders_style': 'ticks'},
  'Scan of a pre-Aug-2025 short form; deviations "n.v.t." (explicit); handwritten signatures.'),
 ('so-fillable-noadvice', 'so', 'fillable-form', 'pdf-form', D(2025, 10, 15), {}, {'adviezen_professionals': 'empty'}, {},
  'Fillable PDF; the advice field (incl. CvB) is empty.'),
 ('vo-minutes-complete', 'vo', 'oogo-minutes', 'odt', D(2025, 11, 26), {}, {}, {'oogo_style': 'minutes', 'instemming_ouders_style': 'minutes', 'evaluatie_style': 'goaltable'},
  'Complete plan with OOGO minutes.'),
 ('pro-numbered-scan', 'pro', 'swv-numbered', 'scan-lo', D(2026, 1, 15), {}, {}, {'sigmark': 'img', 'instemming_ouders_style': 'ticks'},
  'Scan of a complete plan; handwritten signatures.'),
 ('vso-domain-complete', 'vso', 'domain-table', 'md', D(2025, 9, 9), {'profile': 'vervolgonderwijs'}, {}, {'evaluatie_style': 'goaltable', 'instemming_ouders_style': 'ticks'},
  'VSO (pupil 15-17), complete with CvB advice.'),
 ('po-export-voorgezien', 'po', 'system-export', 'txt', D(2026, 9, 29), {}, {'instemming_ouders': 'voor_gezien'}, {'instemming_ouders_style': 'portal', 'oogo_style': 'portal', 'evaluatie_style': 'portal'},
  'Export; portal record shows the plan only "Gezien (gelezen)" by the parent, not agreed.'),
 ('sbo-question-nowho', 'sbo', 'question-headings', 'odt', D(2026, 6, 2), {}, {'vaststelling': 'nowho', 'inbreng_leerling': 'no_effect'}, {'oogo_style': 'line', 'evaluatie_style': 'line', 'instemming_ouders_style': 'ticks'},
  'Question headings in ODT; only a "Datum vaststelling" without who set it; pupil view without what it changed.'),
 ('vso-numbered-curatele-complete', 'vso', 'swv-numbered', 'docx', D(2026, 10, 6), {'adult': True, 'curatele': True, 'profile': 'arbeidsmarktgericht'}, {}, {'instemming_ouders_style': 'ticks', 'evaluatie_style': 'goaltable'},
  'Adult under curatele, curator consents by tick box; complete.'),
]


# Second pass of gaps (kept apart so the first list stays readable): stem -> (new stem, extra variants, new note or None)
EXTRA = {
 'po-groeidoc-pre2025': ('po-groeidoc-pre2025-gaps', {'oogo': 'omit', 'informatie_rechten': 'ref'},
   'Pre-Aug-2025 groeidocument without pupil section (hoorrecht not yet in force); no OOGO part at all; rights only "zie de schoolgids".'),
 'pro-domain-complete': ('pro-domain-gaps', {'adviezen_professionals': 'omit', 'doelen': 'empty', 'vaststelling': 'omit'},
   'Domain table; no advice section, heading "Doelen" with nothing under it, no vaststelling anywhere (consent is signed).'),
 'so-question-scan': ('so-question-scan-gaps', {'evaluatie': 'omit', 'belemmerende_factoren': 'omit'},
   'Scan of a pre-Aug-2025 SO plan; no question on hindering factors and none on evaluation; handwritten signatures.'),
 'po-beknopt-scan-pre': ('po-beknopt-scan-pre', {'ondersteuningsbehoefte': 'omit', 'uitstroombestemming': 'ph:nog bepalen', 'onderbouwing': 'empty'},
   'Scan of a pre-Aug-2025 short form; destination "nog bepalen" and an empty "Waarom" line; no needs line; deviations "n.v.t." (explicit); handwritten signatures.'),
 'pro-numbered-scan': ('pro-numbered-scan-gaps', {'onderbouwing': 'ph:volgt', 'informatie_rechten': 'omit'},
   'Scan; onderbouwing "volgt"; no rights information; handwritten signatures.'),
 'vso-letter-dagbesteding': ('vso-letter-dagbesteding', {'ondersteuningsbehoefte': 'omit', 'vaststelling': 'ph:[datum]', 'oogo': 'empty'},
   'VSO letter (pupil 15-17), profile dagbesteding, reply slip signed; no needs paragraph; "Ons gesprek" heading with nothing under it; vaststelling "[datum]".'),
 'vo-export-openstaand': (None, {'inbreng_leerling': 'omit'}, None),
 'vo-fillable-unticked': (None, {'afwijkingen_onderwijsprogramma': 'empty'}, None),
 'pro-question-avg': (None, {'doelen': 'ph:nog invullen'}, None),
 'pro-letter-eval-none': (None, {'afwijkingen_onderwijsprogramma': 'omit'}, None),
 'po-numbered-voorgezien': (None, {'ondersteuningsbehoefte': 'omit'}, None),
 'vo-domain-evaltable-only': (None, {'bevorderende_factoren': 'empty'}, None),
 'pro-beknopt-gaps': (None, {'belemmerende_factoren': 'ph:...'}, None),
 'vso-groeidoc-curatele-pupilsigned': (None, {'evaluatie': 'no_parents'}, None),
 'sbo-groeidoc-revised': (None, {'oogo': 'invited'}, None),
}
_S = []
for row in S:
    stem, st, lay, fmt, date, kw, V, O, note = row
    if stem in EXTRA:
        ns, ev, nn = EXTRA[stem]
        V = dict(V, **ev)
        stem = ns or stem
        note = nn or (note + ' Also: ' + ', '.join('%s %s' % (e, v) for e, v in ev.items()) + '.')
    _S.append((stem, st, lay, fmt, date, kw, V, O, note))
S = _S

FMT = {'pdf-lo': 'pdf', 'pdf-rl': 'pdf', 'pdf-form': 'pdf', 'docx': 'docx', 'docx-cc': 'docx', 'odt': 'odt', 'txt': 'txt', 'md': 'md', 'scan-rl': 'pdf', 'scan-lo': 'pdf'}


def fillable(k, V, path):
    fields = [('Naam leerling', k.name, 1), ('Geboortedatum', dn(k.birth), 1), ('School en groep/klas', '%s, %s' % (k.school, k.group), 1)]
    labs = [('Te verwachten uitstroombestemming', 'uitstroombestemming', 2), ('Onderbouwing', 'onderbouwing', 5),
            ('Belemmerende factoren', 'belemmerende_factoren', 4), ('Bevorderende factoren', 'bevorderende_factoren', 4),
            ('Onderwijsbehoeften', 'ondersteuningsbehoefte', 4), ('Ondersteuning: wat, wie, hoe vaak, vanaf', 'ondersteuning', 5),
            ('Afwijkingen van het onderwijsprogramma', 'afwijkingen_onderwijsprogramma', 3), ('Doelen', 'doelen', 5),
            ('Adviezen deskundigen (bij SO/VSO: advies Commissie voor de Begeleiding)', 'adviezen_professionals', 4),
            ('Inbreng leerling en wat ermee gedaan is', 'inbreng_leerling', 3), ('Gesprek met ouders (OOGO): datum en aanwezigen', 'oogo', 3),
            ('Evaluatie: wanneer en met wie', 'evaluatie', 3), ('Informatie over rechten', 'informatie_rechten', 5),
            ('Vaststelling: datum en door wie', 'vaststelling', 2)]
    for lab, el, n in labs:
        b = element_blocks(k, el, V.get(el, 'ok'), 'line' if el in ('oogo', 'evaluatie') else None)
        if b is None:
            continue
        fields.append((lab, flat(b), n))
    v = V.get('instemming_ouders', 'ok')
    ok = v == 'ok'
    checks = [('Ouders gaan akkoord met het handelingsdeel', ok), ('Ouders gaan niet akkoord met het handelingsdeel', False),
              ('Ouders gaan gedeeltelijk akkoord (toelichting in opmerkingen)', False)]
    sigs = [('Naam ouder/verzorger', k.mother), ('Datum', dn(k.consent_date)), ('Handtekening (digitaal: typ uw naam)', k.mother if ok else ''),
            ('Namens de school', '%s (%s)' % (k.teacher, k.mentor_title))]
    R.render_fillable(fields, path, 'Ontwikkelingsperspectiefplan - invulformulier', '%s - versie %s' % (k.swv, k.set_date.year), checks, sigs)


def blank_format_blocks():
    ph = ('small', 'Klik of tik om tekst in te voeren.')
    B = [('title', 'Format ontwikkelingsperspectiefplan (OPP)'),
         ('p', 'Samenwerkingsverband Passend Onderwijs Lindermeer e.o. - format schooljaar 2026-2027'),
         ('small', 'Toelichting: vul alle grijze velden in. Het handelingsdeel (hoofdstuk 5 t/m 7) heeft instemming van ouders nodig. Bespreek het OPP met ouders en leerling voordat het wordt vastgesteld.'),
         ('h', 1, '1. Gegevens leerling'), ('kv', [('Naam leerling', ''), ('Geboortedatum', ''), ('Groep/klas', ''), ('School', '')])]
    heads = ['2. Te verwachten uitstroombestemming', '3. Onderbouwing', '4. Belemmerende factoren', '5. Bevorderende factoren',
             '6. Onderwijsbehoeften', '7. Ondersteuning (wat, wie, hoe vaak, vanaf)']
    for h in heads:
        B += [('h', 1, h), ph]
    B += [('h', 1, '8. Afwijkingen van het onderwijsprogramma'),
          ('checks', [(False, 'geen afwijkingen'), (False, 'eigen leerlijn'), (False, 'vrijstelling'), (False, 'aangepast rooster')]), ph]
    for h in ['9. Doelen', '10. Adviezen van deskundigen', '11. Inbreng van de leerling (wat vindt de leerling, wat is ermee gedaan)',
              '12. Op overeenstemming gericht overleg met ouders (datum, aanwezigen)', '13. Evaluatie (wanneer, met wie)']:
        B += [('h', 1, h), ph]
    B += [('h', 1, '14. Informatie voor ouders'), ('p', RIGHTS),
          ('h', 1, '15. Vaststelling'), ('kv', [('Datum vaststelling', ''), ('Door (naam, functie)', '')]),
          ('h', 1, '16. Instemming handelingsdeel'),
          ('checks', [(False, 'Wij gaan akkoord met het handelingsdeel'), (False, 'Wij gaan niet akkoord met het handelingsdeel')]),
          ('sig', [('Ouder/verzorger 1', '', '', 'blank', ''), ('Ouder/verzorger 2', '', '', 'blank', ''), ('Namens de school', '', '', 'blank', '')])]
    return B


def leaflet_blocks():
    return [('title', 'Wat is een OPP? Informatie voor ouders'),
            ('p', 'Samenwerkingsverband Passend Leren Gasterhoven - ouderfolder'),
            ('h', 1, 'Waarom een ontwikkelingsperspectiefplan?'),
            ('p', 'Heeft uw kind extra ondersteuning nodig, meer dan de school aan alle kinderen biedt? Dan maakt de school een ontwikkelingsperspectiefplan (OPP). Daarin staat welke uitstroombestemming de school verwacht, waarom, wat uw kind helpt en wat het lastig maakt, en welke ondersteuning de school geeft.'),
            ('h', 1, 'Wat staat er in een OPP?'),
            ('ul', ['de te verwachten uitstroombestemming en de onderbouwing daarvan;', 'belemmerende en bevorderende factoren;',
                    'de ondersteuning en begeleiding (het handelingsdeel) en eventuele afwijkingen van het programma;',
                    'doelen, adviezen van deskundigen en de mening van uw kind;', 'wanneer het plan met u wordt geëvalueerd.']),
            ('h', 1, 'Uw rol als ouder'),
            ('p', 'De school bespreekt het OPP met u voordat het wordt vastgesteld (op overeenstemming gericht overleg). Voor het handelingsdeel is uw instemming nodig. Het OPP wordt minstens één keer per jaar met u geëvalueerd. Sinds 1 augustus 2025 heeft ook uw kind het recht om gehoord te worden.'),
            ('h', 1, 'Niet eens?'),
            ('p', 'Praat eerst met de school. U kunt advies vragen bij het ouder- en jeugdsteunpunt of een onderwijsconsulent. Binnen zes weken na de vaststelling kunt u naar de Geschillencommissie passend onderwijs.'),
            ('h', 1, 'Contact'), ('p', 'Ouder- en jeugdsteunpunt Gasterhoven, telefonisch spreekuur op dinsdag en donderdag 9.00-12.00 uur.')]


def newsletter_blocks():
    return [('title', 'Nieuwsbrief december'), ('p', 'OBS De Zilverreiger, Weverslo - nummer 4, schooljaar 2026-2027'),
            ('h', 1, 'Van de directie'), ('p', 'Wat een drukke maand! De Sinterklaasviering was een groot feest. Dank aan de ouderraad voor alle hulp.'),
            ('h', 1, 'Gesprekken in januari'),
            ('p', 'In week 4 en 5 zijn de voortgangsgesprekken. Voor leerlingen met een ontwikkelingsperspectiefplan (OPP) plannen de intern begeleiders in dezelfde weken de evaluatiegesprekken met ouders en leerling. U ontvangt hiervoor een uitnodiging via het ouderportaal.'),
            ('h', 1, 'Kerstdiner'), ('p', 'Op donderdag 17 december is het kerstdiner van 17.00 tot 18.30 uur. Neemt u een bord, beker en bestek mee?'),
            ('h', 1, 'Personeel'), ('p', 'Juf Inge gaat met zwangerschapsverlof. Meester Bas neemt groep 5 over tot de meivakantie.'),
            ('h', 1, 'Agenda'), ('table', ['Datum', 'Activiteit'], [['17-12', 'Kerstdiner'], ['18-12', 'Vrij vanaf 12.00 uur'], ['21-12 t/m 01-01', 'Kerstvakantie'], ['26-01', 'Start OPP- en voortgangsgesprekken']])]


NON_OPP = [
 ('leaflet-wat-is-een-opp', 'pdf-rl', 'leaflet', leaflet_blocks, 'Leaflet for parents explaining what an OPP is; not an OPP: all elements not_applicable.'),
 ('nieuwsbrief-december', 'docx', 'newsletter', newsletter_blocks, 'School newsletter mentioning OPP evaluation talks; not an OPP: all not_applicable.'),
 ('blanco-format-opp', 'docx-cc', 'blank-format', blank_format_blocks, 'Blank SWV format with Word content-control placeholders; every element field empty/unticked -> incomplete, except the pre-printed rights paragraph (present).'),
 ('blanco-invulformulier', 'pdf-form', 'blank-fillable-form', None, 'Blank fillable PDF form (no values). Every element field empty -> incomplete.'),
]


def soffice(files, fmt, outdir):
    if not files:
        return
    prof = 'file://' + os.path.join(BUILD, 'lo-profile')
    subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', fmt, '--outdir', outdir] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = os.path.join(BUILD, 'tmp'); src = os.path.join(BUILD, 'src')
    for d in (tmp, src):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    labels, lo_pdf, lo_odt, scans = [], [], [], []
    for i, (stem, st, lay, fmt, date, kw, V, O, note) in enumerate(S, 1):
        k = make_case(7600 + i, st, date, **kw)
        ext = FMT[fmt]
        fname = '%02d-%s.%s' % (i, stem, ext)
        out = os.path.join(DOCS, fname)
        doc = None
        k['_eval_ok'] = V.get('evaluatie', 'ok') == 'ok'
        if lay != 'fillable-form':
            doc = LAYOUTS[lay](k, V, O)
            doc['doctitle'] = 'OPP %s' % k.name
        if fmt == 'txt':
            R.render_txt(doc, out)
        elif fmt == 'md':
            R.render_md(doc, out)
        elif fmt in ('docx', 'docx-cc'):
            R.render_docx(doc, out, {'cc': fmt == 'docx-cc'}, tmp, i)
        elif fmt in ('pdf-lo', 'odt', 'scan-lo'):
            p = os.path.join(src, '%02d-%s.docx' % (i, stem))
            R.render_docx(doc, p, {}, tmp, i)
            (lo_odt if fmt == 'odt' else lo_pdf).append(p)
            if fmt == 'scan-lo':
                scans.append((os.path.join(src, '%02d-%s.pdf' % (i, stem)), out, i))
        elif fmt == 'pdf-rl':
            R.render_pdf(doc, out, tmp, i, style='blue' if i % 2 else 'plain')
        elif fmt == 'scan-rl':
            p = os.path.join(src, '%02d-%s.pdf' % (i, stem))
            R.render_pdf(doc, p, tmp, i)
            scans.append((p, out, i))
        elif fmt == 'pdf-form':
            fillable(k, V, out)
        els = {el: label(k, el, V.get(el, 'ok')) for el in EL}
        acc = []
        if fmt.startswith('scan'):
            acc = ['instemming_ouders']
        elif O.get('sigmark') == 'img':
            acc = ['instemming_ouders']
        gaps = ', '.join('%s=%s' % (e, v) for e, v in V.items())
        who = ''
        if st == 'vso' and kw.get('adult'):
            who = ' Pupil %d, meerderjarig%s.' % (k.age, ', onder curatele (curator %s)' % k.curator if kw.get('curatele') else ', handelingsbekwaam')
        rev = (' Revised %s.' % k.revised.isoformat()) if k.revised else ''
        labels.append({'file': 'docs/' + fname, 'format': ext, 'layout': lay, 'school_type': st,
                       'scanned': fmt.startswith('scan'), 'elements': els, 'accept_unclear': acc,
                       'notes': '%s Plan set %s (%s 1 Aug 2025).%s%s Generator format: %s. Variants: %s.' % (
                           note, date.isoformat(), 'before' if date < CUTOFF else 'on/after', rev, who, fmt, gaps or 'none')})
    base = len(S)
    for j, (stem, fmt, lay, fn, note) in enumerate(NON_OPP, 1):
        i = base + j
        ext = FMT[fmt]
        fname = '%02d-%s.%s' % (i, stem, ext)
        out = os.path.join(DOCS, fname)
        if fmt == 'pdf-form':
            fields = [(lab, '', n) for lab, n in [('Naam leerling', 1), ('Geboortedatum', 1), ('School en groep/klas', 1),
                      ('Te verwachten uitstroombestemming', 2), ('Onderbouwing', 4), ('Belemmerende factoren', 3), ('Bevorderende factoren', 3),
                      ('Onderwijsbehoeften', 3), ('Ondersteuning: wat, wie, hoe vaak, vanaf', 4), ('Afwijkingen van het onderwijsprogramma', 2),
                      ('Doelen', 4), ('Adviezen deskundigen', 3), ('Inbreng leerling en wat ermee gedaan is', 3),
                      ('Gesprek met ouders (OOGO): datum en aanwezigen', 2), ('Evaluatie: wanneer en met wie', 2),
                      ('Informatie over rechten', 3), ('Vaststelling: datum en door wie', 2)]]
            R.render_fillable(fields, out, 'Ontwikkelingsperspectiefplan - invulformulier', 'SWV Vlietstreek PO - blanco versie 2026',
                              [('Ouders gaan akkoord met het handelingsdeel', False), ('Ouders gaan niet akkoord met het handelingsdeel', False)],
                              [('Naam ouder/verzorger', ''), ('Datum', ''), ('Handtekening', '')])
            els = {el: 'incomplete' for el in EL}
        else:
            doc = {'blocks': fn(), 'footer': None, 'doctitle': stem}
            if fmt == 'pdf-rl':
                R.render_pdf(doc, out, tmp, i, style='blue')
            else:
                R.render_docx(doc, out, {'cc': fmt == 'docx-cc'}, tmp, i)
            if lay == 'blank-format':
                els = {el: 'incomplete' for el in EL}
                els['informatie_rechten'] = 'present'
            else:
                els = {el: 'not_applicable' for el in EL}
        labels.append({'file': 'docs/' + fname, 'format': ext, 'layout': lay, 'school_type': 'none', 'scanned': False,
                       'elements': els, 'accept_unclear': [], 'notes': note + ' Generator format: %s.' % fmt})
    soffice(lo_pdf, 'pdf', src)
    soffice(lo_odt, 'odt', src)
    for p in lo_pdf:
        stem = os.path.basename(p)[:-5]
        if any(s[0].endswith(stem + '.pdf') for s in scans):
            continue
        R.normalize_pdf(os.path.join(src, stem + '.pdf'))
        shutil.copy(os.path.join(src, stem + '.pdf'), os.path.join(DOCS, stem + '.pdf'))
    for p in lo_odt:
        stem = os.path.basename(p)[:-5]
        R.normalize_zip(os.path.join(src, stem + '.odt'))
        shutil.copy(os.path.join(src, stem + '.odt'), os.path.join(DOCS, stem + '.odt'))
    for pin, pout, seed in scans:
        R.make_scan(pin, pout, seed, tmp)
    json.dump({'version': 1, 'docs': labels}, open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('documents:', len(labels))


if __name__ == '__main__':
    main()
