# -*- coding: utf-8 -*-
"""Writes ../README.md from labels.json (run after generate.py)."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)

HEAD = """# Blind validation set, round 65 — 2026-12-08m

Written blind: the writer never saw oppcheck, its rules, corpora or tests. Every pupil, parent, staff member,
school, samenwerkingsverband and place is invented (tools and methods such as WISC-V, Kurzweil or Cito are
mentioned the way schools mention them). 52 documents: 48 OPPs and 4 documents that are not OPPs.

Regenerate (deterministic: fixed seeds, no clock; LibreOffice for the Word-to-PDF files):

    /work/blind66/venv/bin/python generator/generate.py && /work/blind66/venv/bin/python generator/readme.py

Generator files: `generator/themes.py` (content per pupil profile), `generator/model.py` (profiles, element
contents, gap variants and the label for each variant), `generator/layouts.py` (11 layouts), `generator/writers.py`
(formats), `generator/nonopp.py` (the four non-OPPs), `generator/generate.py` (the document list: one line per
document with its gaps).

## Models used

The layouts imitate the kinds of plan that parents are sent: the numbered SWV format ("Format OPP, alle onderdelen
invullen"), the groeidocument with the OPP as one chapter (as in the "groeiformulier OPP" some samenwerkingsverbanden publish), the OPP-trap
vocabulary of primary schools (leerrendement, functioneringsniveau E6/M7), the perspectiefdeel/handelingsdeel split
of so and vso with the advice of the commissie voor de begeleiding, the vso uitstroomprofiel tick boxes
(vervolgonderwijs / arbeidsmarktgericht / dagbesteding), the praktijkonderwijs IOP with a part in the pupil's own
words, letters to parents with a reply slip, and exports from pupil-administration systems (invented system names)
with "Afgedrukt ... vertrouwelijk" footers and "-" in empty fields. Public SWV pages on what an OPP contains
(e.g. the Leiden and Unita explanations for parents and schools, the OPP-trap FAQ) were read for wording only;
nothing was copied.

## Layouts

| layout | description |
|---|---|
| `swv-numbered` | SWV format with numbered sections 1..15 (numbers shift when a section is missing), tables for goals and for support (wat / wie / hoe vaak / vanaf), signature table |
| `domain-table` | table per domain with belemmerend / bevorderend columns; Deel 1-4; ja/nee tick boxes for deviations |
| `beknopt` | short "beknopt OPP": one two-column table label / content |
| `beknopt-cc` | the same as a Word template with content controls (text controls, check-box controls); unfilled controls show "Klik of tik om tekst in te voeren." |
| `groeidocument` | groeidocument (hulpvraag, beeld van het kind, MDO) with the OPP as chapter 4 and the arrangement as chapter 5 |
| `questions` | question headings: "Wat gaat goed?", "Wat heeft deze leerling nodig?", "Wat vindt X er zelf van?" ... |
| `letter` | plan written as a letter to the parents, in prose, with a reply slip (antwoordstrook) for consent |
| `system-export` | export from a school system (Edukompas / LeerlingLijn / Leerplein, invented) with field labels, status, footer and page numbers |
| `pro-iop` | praktijkonderwijs IOP/OPP: part 1 in the pupil's words, part 2 the school's perspective, goals table with domains werk / wonen / leren |
| `vso-profile` | vso plan: perspectiefdeel with profile tick boxes and CvB advice, handelingsdeel, ondertekening (adult pupil / curator rows) |
| `so-cvb` | so plan: perspectiefdeel table, CvB advice, two-column belemmerend/bevorderend table, handelingsdeel |
| `prose-long` | long vo plan in prose under headings (inleiding, schoolloopbaan, beeld, perspectief, handelingsdeel, afspraken) |
| non-OPPs | `leaflet` (SWV folder for parents), `newsletter`, `swv-numbered (blank format)`, `invitation-letter` |

## Formats

- `pdf` made in three ways: Word file converted with LibreOffice (`soffice --headless --convert-to pdf`), PDF made
  directly with reportlab (headers, footers, page numbers), and **fillable PDF forms** (AcroForm text fields holding
  the content, check-box fields for ticks; the values are in the fields, not in the page content stream).
- **scans** (`scanned: true`, format `pdf`): the PDF rendered at 150 dpi in grey, rotated by up to about 1.7 degrees, noise,
  specks and blur, saved as an image-only PDF. Every "getekend" in a signature cell is replaced by a drawn
  scribble (a handwritten signature); there is no text layer.
- `docx` (tables, headers/footers, content controls, check-box content controls), `odt` (tables, footer), `txt`
  (plain text, headings underlined, tables as `a | b` lines), `md` (one document).

## Label conventions

One label per element for every document, by what a careful parents' adviser concludes from what a reader sees.

- `present`: real content. For consent: the parents (in vso the adult handelingsbekwaam pupil himself; for a
  pupil under curatele the curator) agree, with a name and a date: a signature table row with name, date and
  signature; a ticked "ik/wij stemmen in" box with name and date; "digitaal akkoord gegeven via het ouderportaal
  door ... op ..."; or a statement in the plan that the parent agreed by e-mail on a given date.
  In the typed (non-scan) documents a signature is shown as the word "getekend" (as transcripts and exports do).
- `incomplete`: a heading or field with nothing under it (also "-" in an export field); placeholders ("...",
  "n.t.b.", "nog aanvullen", "volgt na overleg", "[tekst]", "xxx", "nader in te vullen door mentor",
  "Klik of tik om tekst in te voeren."); the template's own instruction left in; content that only refers
  elsewhere ("zie bijlage", "zie verslag", "zie groepsplan", "zie OPP-trap"); tick boxes of which none is ticked
  (vso profile, ja/nee for deviations).
  Element-specific: support without who/how often ("waar nodig extra begeleiding"); goals that are not checkable
  ("gaat vooruit met lezen"); OOGO without date ("met ouders besproken") or only planned; evaluation without when,
  or "eens per twee jaar" (the law asks at least once a school year); rights reduced to "vragen? bel de IB'er";
  vaststelling without a date ("Datum: ......", "wordt vastgesteld door de directeur") or with a placeholder;
  pupil's view without what it changed, or only "was niet aanwezig"; in so/vso, advice of other professionals
  but none of the commissie voor de begeleiding.
  Consent: refused, partial ("behalve met"), "voor gezien", "onder protest", only the school signed, a blank
  parents' line, unticked boxes, a signature without a date, the wrong party (parents instead of the adult
  handelingsbekwaam pupil; the pupil under curatele instead of his curator), and an AVG consent signed next to a
  blank OPP-consent line.
- `missing`: nothing about the element in the document (a signed AVG/photo consent with no OPP consent at all is
  `missing`). In the non-OPPs (leaflet, newsletter, invitation) every element is `missing`: they describe what
  an OPP is or announce a meeting, they are not a plan.
- `not_applicable`:
  - `afwijkingen_onderwijsprogramma` when the plan says explicitly there are none ("Er zijn geen afwijkingen",
    ticked "Nee"). Silence is `missing`, even where the profile shows an own learning line.
  - `inbreng_leerling` when the plan was set and last revised before 1 August 2025, **whatever the document
    says** (some of these plans do record the pupil's view; still `not_applicable`), and for a vso pupil who is
    18 and handelingsbekwaam. A plan set in 2024 but revised after evaluation in October 2025 ("Laatst bijgesteld")
    falls under the rule. A pupil under curatele is not himself the party, so the rule applies.
- The blank format (doc 51) is labelled by the same rules: its sections exist but hold only instructions or empty
  fields, so every element is `incomplete`.
- `accept_unclear`: for the five scans, `instemming_ouders` (handwritten signature in an image; in doc 18 the
  parents' line is blank and the truth is `incomplete`).
- Dates: plan dates run from March 2024 to May 2026; the date of the plan is the vaststelling date (or, where
  that is missing, the letter/plan date shown).

## Distribution
"""


def main():
    d = json.load(open(os.path.join(CORPUS, "labels.json"), encoding="utf-8"))
    docs = d["docs"]
    els = list(docs[0]["elements"].keys())
    out = [HEAD]
    c = collections.Counter(s for x in docs for s in x["elements"].values())
    out.append("Documents: %d. School types: %s. Formats: %s. Scanned: %d.\n" % (
        len(docs), dict(collections.Counter(x["school_type"] for x in docs)), dict(collections.Counter(x["format"] for x in docs)),
        sum(x["scanned"] for x in docs)))
    out.append("Labels over all (document, element) pairs: %s.\n" % dict(sorted(c.items())))
    out.append("| element | present | incomplete | missing | not_applicable |\n|---|---|---|---|---|")
    for e in els:
        cc = collections.Counter(x["elements"][e] for x in docs)
        out.append("| `%s` | %d | %d | %d | %d |" % (e, cc["present"], cc["incomplete"], cc["missing"], cc["not_applicable"]))
    out.append("\n## Documents\n")
    out.append("| file | type | layout | format | not present | notes |\n|---|---|---|---|---|---|")
    for x in docs:
        gaps = ", ".join("%s=%s" % (e, s) for e, s in x["elements"].items() if s != "present")
        out.append("| `%s` | %s | %s | %s%s | %s | %s |" % (x["file"], x["school_type"], x["layout"], x["format"],
                                                      " (scan)" if x["scanned"] else "", gaps or "—", x["notes"].replace("|", "/")))
    with open(os.path.join(CORPUS, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
