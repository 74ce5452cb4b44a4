#!/usr/bin/env python3
"""Builds ../README.md from readme_head.md and ../labels.json (run after gen.py)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
d = json.load(open(os.path.join(OUT, 'labels.json')))['docs']
lines = open(os.path.join(HERE, 'readme_head.md')).read().rstrip('\n').split('\n')
for i, x in enumerate(d, 1):
    note = x['notes'].replace('|', '/')
    lines.append('| %d | `%s` | %s | %s | %s%s | %s |' % (i, x['file'], x['school_type'], x['layout'], x['format'], ' (scan)' if x['scanned'] else '', note))
c = collections.Counter(v for x in d for v in x['elements'].values())
lines += ['', '## Label distribution', '', 'All (document, element) pairs (%d x 15 = %d): ' % (len(d), 15 * len(d)) + ', '.join('%s %d' % kv for kv in sorted(c.items())) + '.',
          'The two non-OPP texts contribute 30 `missing`, the two blank formats 30 `incomplete`.', '',
          '| element | present | incomplete | missing | not_applicable |', '|---|---|---|---|---|']
for el in d[0]['elements']:
    cc = collections.Counter(x['elements'][el] for x in d)
    lines.append('| `%s` | %d | %d | %d | %d |' % (el, cc['present'], cc['incomplete'], cc['missing'], cc['not_applicable']))
lines += ['', '## Where the writer was unsure', '',
 '- Copy-paste sections naming another pupil are labelled `incomplete` (the content is there but cannot be relied on for this child); one could argue `present` (text exists) or `missing` (nothing about this child).',
 '- Per-goal evaluation dates without an agreement with the parents: labelled `incomplete`, not `missing`.',
 "- Pre-August-2025 plans that nevertheless contain a pupil's view (29, 35): labelled `not_applicable` following the element definition.",
 '- Vague goals and support without who/how often (34) are `incomplete`; a looser reader may say `present`.',
 '- Doc 49 has no vaststelling but a footer "versie <date>" and a signed consent: labelled `missing` for vaststelling.',
 '- Blank formats: every element `incomplete` (heading without content) rather than `missing`.',
 '- Fillable forms: check-box states and field values live in AcroForm fields; `pdftotext` shows field values but not check-box states. Doc 10 relies on unticked boxes (afwijkingen, consent).',
 '- Doc 13 (set 10-03-2025, revised 17-11-2025): OOGO, consent and support dates belong to the revision; labelled as a post-August-2025 plan (pupil input required, missing).',
 '- Some support rows start in late August or end a few days after the goal-evaluation dates; these are not meant as gaps.']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(lines) + '\n')
