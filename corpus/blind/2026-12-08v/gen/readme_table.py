"""Appends the per-document table and the label counts to README.md (run after build.py)."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = json.load(open(os.path.join(ROOT, 'labels.json')))['docs']
head = open(os.path.join(HERE := os.path.dirname(os.path.abspath(__file__)), 'README_head.md'), encoding='utf-8').read()
c = collections.Counter(v for x in d for v in x['elements'].values())
lines = [head, "\n## Label counts (%d documents x 15 elements)\n" % len(d)]
lines.append(", ".join("%s %d" % (k, c[k]) for k in ('present', 'incomplete', 'missing', 'not_applicable')) + "\n")
lines.append("\n## Documents\n\n| file | type | format | layout | not `present` | notes |\n|---|---|---|---|---|---|")
for x in d:
    np_ = ", ".join("%s=%s" % (k, v) for k, v in x['elements'].items() if v != 'present')
    fmt = x['format'] + (" (scan)" if x['scanned'] else "")
    lines.append("| %s | %s | %s | %s | %s | %s |" % (x['file'], x['school_type'], fmt, x['layout'], np_ or "-", x['notes'].replace("|", "/")))
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write("\n".join(lines) + "\n")
