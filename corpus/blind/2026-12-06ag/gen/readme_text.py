HEADER = r"""# Blind validation set 2026-12-06ag — OPPs in voortgezet onderwijs (and every other school type)

Written blind: the writer never saw the checker, its rules, corpora or tests. Every pupil, school, place,
samenwerkingsverband, staff member and system name (EduDossier, SchoolPlein) is invented.
Theme: vo (vmbo basis/kader/gt with LWOO, havo, vwo, praktijkonderwijs) in secondary-school house styles.

## Regenerate
    /work/blind45/venv/bin/python gen.py      # needs soffice + pdftoppm; python-docx, reportlab, pillow, numpy, odfpy
Deterministic: fixed seeds, no clock; zip times, PDF dates/IDs are normalised afterwards, so two runs give
byte-identical files. Files: `gen.py` (driver, labels), `specs.py` (one entry per document: layout, format,
archetype, dates, element variants, note), `profiles.py` (invented pupils/content), `content.py` (element text per
variant), `layouts.py` (nine layouts), `writers.py` (TXT/DOCX/ODT/PDF writers), `extras.py` (fillable PDF form,
non-OPP documents). Document ids are shuffled so the number says nothing about the labels.

## Layouts
| layout | what it looks like |
|---|---|
| swv-genummerd | samenwerkingsverband model: numbered sections 1..n with sub-numbers, pupil data table, signature table with drawn signatures |
| domeintabel | school zorgteam format: pupil table, "Factoren per domein" table with Belemmerend/Bevorderend columns; in DOCX content controls (placeholders) and checkbox content controls |
| systeemexport | export from a pupil-administration system (EduDossier): LLNR, zorgcode, field codes [OPP-01]..[OPP-15], '-' for empty fields, 'n.v.t.', print footer with page numbers |
| vragen | question headings ("Waar gaat X naartoe na deze school?", "Wat vindt X zelf?") |
| groeidocument | groeidocument of the swv with personalia, betrokkenen, the OPP as chapters 4-5, conversations, signatures |
| beknopt | one- or two-page "beknopt OPP": two-column label/content table, consent block below; also as fillable AcroForm PDF (content in field values) |
| brief | letter to parents with bold lead-ins per topic, signature of zorgcoördinator and mentor, reply slip (antwoordstrook) |
| vakperspectief | vo plan with perspective per leerjaar and level per subject, sections A..J, revision/version table after evaluation |
| leerling-eerst | "Mijn OPP": part A written by the pupil, part B the school's plan, "Wat we met jouw inbreng doen" |
| folder-ouders, nieuwsbrief, uitnodiging, avg-formulier | documents that are not OPPs |

Formats: PDF exported from Word via `soffice --headless --convert-to pdf` (`pdf-word`), PDF made directly with
reportlab, fillable PDF form, DOCX (tables, content controls, checkbox controls, embedded signature images),
ODT (tables, embedded signature images), plain text, and scans (rendered with pdftoppm at 110 dpi, grey, skew ±1.4°,
noise, specks, blur; image-only PDF without a text layer).

## Label conventions (a careful parents' adviser reading the document)
- `present`: real content about this pupil. `incomplete`: heading/field with nothing under it; placeholders ("…",
  "n.t.b.", "nog aanvullen", "volgt na overleg", dotted lines); the format's own instructions (also as Word
  content-control placeholder text); all options unticked; only a reference elsewhere ("zie verslag", "zie bijlage 2"
  with no annex, "zie schoolgids", "zie leerlingvolgsysteem"); text that applies to every pupil (basisondersteuning,
  "werkt aan de leerdoelen van het leerjaar", "iedere leerling heeft talenten"); vague goals that cannot be checked;
  experts only named without their advice. `missing`: nothing in the document. `not_applicable`: see below.
- System exports: a field shown as '-' is an empty field -> `incomplete` (also for deviations: '-' is not an explicit
  "geen"); "n.v.t." in the deviations field (pupil without deviations) -> `not_applicable`.
- `afwijkingen_onderwijsprogramma`: described -> present; explicit "geen afwijkingen" / ticked "geen" / "n.v.t." ->
  not_applicable; silence -> missing; unticked boxes, '-', "volgt na overleg" -> incomplete.
- `inbreng_leerling`: present only with the pupil's own view AND what it changed; view without consequence, "Leerling is
  gehoord", empty lines -> incomplete. not_applicable for plans set and last revised before 1-8-2025 (even if a line
  such as "X is betrokken bij het gesprek" is there) and for the adult, handelingsbekwaam vso pupil. Plans first set
  before but revised after 1-8-2025 require it.
- `instemming_ouders` present: ticked and signed form with date; consent signed at a mentor meeting (pupil co-signs
  "gelezen en besproken"); both parents; portal confirmation "Akkoord" with name, date and time; quoted e-mail stating
  agreement, with date; export record "Akkoord, ondertekend door .. op ..". vso: adult pupil signs himself; pupil
  under curatele: the curator signs (pupil "gezien"). Incomplete: "voor gezien", "onder protest", refused, partial,
  only school signatures, blank lines, signed but neither box ticked, signature without date, portal "gelezen" but not
  confirmed, e-mail acknowledging receipt only, only the (minor) pupil signed, "wel / niet akkoord (doorhalen)" not
  struck, adult handelingsbekwaam pupil's line blank (only parent signed), pupil under curatele signing alone. Missing:
  no OPP consent at all, also when a signed AVG/photo consent is present.
- `accept_unclear`: `instemming_ouders` in every scan, and in PDF/DOCX/ODT documents where the genuine signature
  exists only as a drawn image next to a typed name and date.
- `informatie_rechten`: present only with the consent right AND where to go (school, steunpunt/consulent, GPO within
  six weeks); only one of these, or "zie schoolgids" -> incomplete.
- `vaststelling`: date and by whom; blank, '-' or "n.t.b." -> incomplete. A letter date or print date is not a vaststelling.
- `oogo`: date and participants of the conversation with the parents (adult pupil: with him). Invitations are not OOGO.
- Not OPPs (leaflet, newsletter, invitation, AVG form): every element `missing`, school_type `none`.
- Blank formats: elements with a field/heading -> `incomplete`; elements the format lacks -> `missing`.

## Documents
"""
