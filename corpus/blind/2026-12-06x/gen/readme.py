# -*- coding: utf-8 -*-
import json, os, collections
HEAD = """# Blind validation set 2026-12-06x

Dutch OPPs (ontwikkelingsperspectiefplannen), written blind (the writer never saw the checker, its rules,
corpora or tests). Theme: regular po and vo schools writing their first OPP in their own house style, with
many tables; plus sbo, so, pro and vso (an adult pupil, and one under curatele), non-OPPs and blank formats.
All names, schools, places and samenwerkingsverbanden are invented.

## Regenerate
    python3 -m venv venv && venv/bin/pip install python-docx reportlab pillow numpy
    venv/bin/python gen/make.py          # needs soffice and pdftoppm on PATH
Deterministic: fixed seeds per document (7000 + 17*n), no clock in the content. DOCX zip entries get a fixed
timestamp and reportlab runs in invariant mode; PDFs/ODTs exported by LibreOffice carry LibreOffice's own
creation date in their metadata, so their bytes differ between runs while their content does not.
Generator: `gen/profiles.py` (pupil content), `gen/content.py` (element variants and the label each implies),
`gen/layouts.py` (layouts), `gen/render.py` (DOCX, direct PDF, fillable PDF, TXT, scans), `gen/specs.py`
(one line per document), `gen/make.py`.

## Layouts
- `nummer` / `nummer_kort`: numbered sections 1..n with a data table, bullets, a 4-column handelingsdeel table
  (wat / wie / hoe vaak / vanaf) and a 2-column doelen table; the long version adds background and parents/SWV rows.
- `tweekolom`: the whole plan is one two-column table (label | content); uitstroom, vaststelling etc. stand only in
  a table cell; consent table below; rights in small print.
- `domeintabel`: a three-column table per domain (belemmerend | bevorderend | onderwijsbehoefte); empty cells or
  format hint text in cells are used as gaps.
- `beknopt`: one short form-table with tick boxes for uitstroom and afwijkingen (ja/nee), consent tick boxes.
- `vragen`: question headings ("Wat heeft Noor nodig?", "Wanneer kijken we of het werkt?").
- `brief`: letter to the parents with sections and a tear-off answer slip for consent.
- `groeidocument`: groeidocument with the OPP as chapter 5, factors in a 3-column table, OOGO only as a row in a
  table of conversations (datum | gesprek | aanwezig/afspraken).
- `systeem`: export from an invented LVS ("Koersnet") with field labels, status line and page footer.
- `vomentor`: vo house style with tables A-I; ondersteuning appears only as the "Aanpak" column of the doelen table,
  OOGO and evaluatie only as rows of a conversations table.
- `form`: fillable PDF form (AcroForm text fields and check boxes; the values live in the fields).
- `folder`, `nieuwsbrief`: non-OPPs (leaflet for parents, school newsletter).

Formats: PDF exported from Word-style DOCX by LibreOffice (`pdfw`), PDF made directly with reportlab (`pdfd`),
fillable PDF (`form`), DOCX (some with real Word content controls: w14 check boxes and "Klik of tik om tekst in
te voeren." placeholders), ODT (DOCX converted by LibreOffice), plain text, and scans (pages rendered at 100 dpi,
grey, slight skew, blur, noise and specks, saved as image-only PDF).

## Label conventions (what a careful parents' adviser concludes from what a reader sees)
- `present`: real content about this pupil. For consent: signed or stated by the right party with a date:
  a handwritten signature with name and date, a ticked "akkoord" box with name/date/signature, a digital portal
  signature with date, "w.g." (was getekend) copies with date, or a dated statement that parents consented
  (confirmed by e-mail). For an adult vso pupil the pupil's own consent; under curatele the curator's.
- `incomplete`: heading/row/cell present but empty; placeholders ("...", "n.t.b.", "nog aanvullen", "volgt na
  overleg", "[tekst]", "Klik of tik om tekst in te voeren.", "Kies een item."); the format's own instructions or
  hint text; only a reference elsewhere ("zie bijlage", "zie verslag", "zie schoolgids"); text about every child
  instead of this one; unticked options; vague goals without anything checkable; evaluation without moment or
  parties; a pupil's view without what it changed; OOGO only announced; rights limited to "contact the mentor";
  "n.v.t." for afwijkingen while the plan itself describes an own learning line; vaststelling with blank
  date/name lines. Consent: "voor gezien", "onder protest", refused, partial, only school signatures, blank lines,
  unticked boxes, signature without date, typed name with empty signature/date lines, "ontvangt ter
  ondertekening", parents instead of the adult pupil, the pupil under curatele instead of the curator.
- `missing`: nothing in the document (a signed AVG/photo consent does not count as consent to the handelingsdeel).
- `not_applicable`: afwijkingen when the plan states explicitly that there are none; inbreng_leerling for plans set
  (and not revised) before 1 August 2025 and for an adult, handelingsbekwaam vso pupil.
- Blank formats: every element that the format contains is `incomplete`, elements the format lacks are `missing`
  (the rights boilerplate in an empty format is also `incomplete`: nothing was given to parents yet).
  Leaflet and newsletter: everything `missing`, though they mention all elements in general terms.
- `accept_unclear`: consent in every scan (handwritten), vaststelling in some scans, and consent in digital
  documents where the only sign of the signature is a signature image.
- Extra field `plan_date` in labels.json is informational (plan set date).

## Documents
"""
def write(out):
    L = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))['docs']
    lines = [HEAD]
    st = collections.Counter(d['school_type'] for d in L); fm = collections.Counter(('scan' if d['scanned'] else d['format']) for d in L)
    lay = collections.Counter(d['layout'] for d in L)
    lines.append(f"{len(L)} documents. School types: {dict(st)}. Formats: {dict(fm)}. Layouts: {dict(lay)}.\n")
    for d in L:
        lines.append(f"- `{d['file']}` ({d['school_type']}, plan {d['plan_date'] or '-'}): {d['notes']}")
    open(os.path.join(out, 'README.md'), 'w', encoding='utf-8').write("\n".join(lines) + "\n")
