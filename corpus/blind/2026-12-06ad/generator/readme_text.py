# -*- coding: utf-8 -*-
HEAD = """# Blind validation set 2026-12-06ad (theme: speciaal onderwijs, vso and praktijkonderwijs)

Written blind (without seeing the checker, its rules, corpora or tests). Every name, school, place and
samenwerkingsverband is invented. Regenerate with:

    /work/blind42/venv/bin/python generator/gen.py      # needs soffice + pdftoppm; fixed seeds, no clock

`generator/profiles.py` holds invented pupil profiles, `content.py` the text of each element per variant
(and the label rule), `layouts.py` the layouts, `render.py` the DOCX/ODT/PDF/form/TXT/scan renderers,
`gen.py` the list of documents. Intermediate files go to /work/blind42/build (not part of the set).

## Layouts
| id | layout name | description |
|---|---|---|
| A | swv-genummerd | SWV format with numbered sections 1-12, pupil data table, footer with SWV name; sections left out are renumbered |
| B | tweekolom-tabel | one big two-column table (label / content), consent below; one DOCX variant uses Word content controls (filled text controls, placeholder controls) |
| C | domeintabel-belemmerend-bevorderend | profile table per domain with Belemmerend / Bevorderend columns, handelingsdeel table, advice table |
| D | groeidocument-opp-hoofdstuk | groeidocument with chapters (gegevens, schoolloopbaan, beeld van de leerling) where the OPP is chapters 4-5 |
| E | beknopt-opp-vraagkoppen | short form with question headings ("Waar gaat X na deze school naartoe?") |
| F | brief-met-antwoordstrook | letter to the parents (or to the adult pupil) with bold lead-ins and a reply slip for consent on a new page |
| G | systeemexport-kompas | export from an invented pupil-administration system, [UPPERCASE] field labels, print footer |
| H | pro-iop-opp | praktijkonderwijs IOP/OPP in the first person ("Mijn uitstroomdoel", stages and certificates, handtekeningen), profile tick boxes |
| I | vso-uitstroomprofiel-transitieplan | so/vso OPP with uitstroomprofiel tick boxes (DOCX: Word checkbox content controls), advice of the commissie van begeleiding, transitieplan/handelingsdeel |
| J | invulformulier-pdf | fillable PDF form (AcroForm text fields and check boxes with the values filled in) |
| niet-opp-* | | a parents' leaflet about what an OPP is, a vso newsletter, a group plan, an internship agreement, an invitation to an information evening |

Formats: PDF exported from DOCX by `soffice --headless --convert-to pdf`; PDF made directly (reportlab);
fillable PDF forms; DOCX (tables, tick-box characters, checkbox and text content controls, signature images);
ODT (odfpy, signature images in frames); plain text; five scans (pages rendered with pdftoppm at 110 dpi,
greyscale, rotated up to 1.4 degrees, blur, Gaussian noise and specks, JPEG, image-only PDF, no text layer).

## Label conventions
One label per element id of opp-elements.md, by what a careful parents' adviser concludes from what a reader
of the document can see.
- `present`: real, pupil-specific content. Consent counts as present when the right party (parent; in vso the
  pupil when 18+ and not under curatele; the curator when under curatele) agreed with a date: a signature image
  with name and date, "w.g." with name and date, a digital signature record with date and code, a ticked
  "akkoord" with name, date and signature, consent stated by e-mail on a given date and recorded by the school,
  or (scans) a handwritten signature with a handwritten date.
- `incomplete`: heading with nothing under it; placeholders ("...", "n.t.b.", "nog aanvullen", "volgt na overleg",
  Word's "Klik of tik om tekst in te voeren."); the format's instruction left in; all options unticked; only a
  reference elsewhere ("zie bijlage", "zie verslag"); text about every pupil rather than this one; vague,
  uncheckable goals or help without who/how often; "n.v.t." for deviations while the plan itself shows stage
  days or a reduced timetable; advice without the commissie van begeleiding in so/vso; OOGO only "wordt gepland";
  rights text that names the consent right but not where to go; vaststelling without a date. Consent:
  "voor gezien", "onder protest", "niet akkoord", partial, school only, blank lines, unticked boxes, no date,
  a date that is a placeholder, "zie apart formulier", the parent instead of the adult pupil, or the pupil alone
  when under curatele, or "ouders zijn akkoord" without a date.
- `missing`: not in the document at all (section left out). A signed AVG/photo consent next to no consent to the
  handelingsdeel leaves `instemming_ouders` missing.
- `not_applicable`: `afwijkingen_onderwijsprogramma` when the plan says explicitly "geen afwijkingen";
  `inbreng_leerling` when the plan was set and last revised before 1 August 2025, or when the vso pupil is 18+
  and not under curatele (the pupil is himself the party). A plan set before that date but revised after it
  (vso-12) needs the pupil's input.
- Not an OPP: every element `missing`. Blank formats: every element `incomplete` (each has a heading, empty
  cell, unticked boxes or an instruction).
- Scans: truth as for the digital version; `instemming_ouders` is listed in `accept_unclear` (handwritten
  signature/date or blank lines that only a person can check).

About one third of the documents (18 of 56) are complete and correct.

## Documents
"""
