# -*- coding: utf-8 -*-
"""Writes README.md from labels.json (run after build.py)."""
import collections, json, os
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
L = json.load(open(os.path.join(root, "labels.json"), encoding="utf-8"))
docs = L["docs"]
E = list(docs[0]["elements"])
tot = collections.Counter(); per = collections.defaultdict(collections.Counter)
for d in docs:
    for e, s in d["elements"].items():
        tot[s] += 1; per[e][s] += 1
fmt = collections.Counter(d["format"] + (" (scan)" if d["scanned"] else "") for d in docs)
st = collections.Counter(d["school_type"] for d in docs)
opp = [d for d in docs if not d["notes"].startswith("NOT")]
complete = [d for d in opp if all(s in ("present", "not_applicable") for s in d["elements"].values())]
out = []
w = out.append
w("# Blind validation set, round 69 — 2026-12-08q\n")
w(f"{len(docs)} documents: {len(opp)} plans (OPPs, including OPPs inside a TLV application or a groeidocument) and "
  f"{len(docs) - len(opp)} documents around a plan that are not OPPs. {len(complete)} of the plans are complete "
  f"(every element present or not applicable), so false alarms show.\n")
w("Written blind: the writer has not seen the checker, its rules, corpora or tests. Every name, school, place, "
  "samenwerkingsverband and organisation is invented.\n")
w("## Regenerate\n")
w("```\npython3 -m venv venv && venv/bin/pip install python-docx reportlab pillow numpy pypdf\n"
  "venv/bin/python gen/build.py --out . --build /tmp/blind69-build   # needs soffice and pdftoppm\n"
  "venv/bin/python gen/make_readme.py\n```\n")
w("Deterministic: fixed seeds, no clock. txt, md, docx (zip entries get a fixed timestamp), reportlab PDFs (invariant mode), "
  "fillable forms and scans are byte-identical between runs. The ODT files and 'PDF exported from Word' files are made by "
  "LibreOffice, which writes its own creation timestamp into the metadata; their content is the same every run.\n")
w("## Themes of this round\n")
w("Documents that sit next to a plan, in the same house styles as the real plans: an onderwijskundig rapport po-vo, an "
  "intake form, an evaluation report of last year's OPP, a TLV application with the OPP included (3×, labelled as a plan) "
  "and one without it ('wordt nagezonden'), groeidocumenten with an OPP chapter (labelled as a plan) and one without, "
  "a handelingsplan and a groepsplan that are not OPPs, an MDO report (scanned), an invitation to the OPP meeting; plus a "
  "leaflet for parents, a newsletter and a blank SWV format.\n")
w("## Layouts (house styles)\n")
for k, v in [
    ("swv-genummerd", "SWV format with numbered sections 1–n and sub-sections n.m; pupil data in a two-column table; consent table with Rol/Naam/Datum/Handtekening."),
    ("twee-kolommen", "every section a two-column table (label | content) under a short section heading."),
    ("domeintabel", "factors in one table per domain (Leren, Werkhouding, Sociaal-emotioneel, …) with Belemmerend / Bevorderend columns; lettered parts A–E."),
    ("groeidocument-opp-hoofdstuk", "groeidocument (Deel A–G) with the OPP as Deel C/D; uses 'stimulerende factoren'."),
    ("beknopt-opp-formulier", "short one-year form; in DOCX with content controls and tick-box controls, or as a fillable PDF (text only in form fields)."),
    ("vraagkoppen", "question headings ('Waar werken we naartoe?', 'Wat vindt X zelf, en wat hebben we daarmee gedaan?')."),
    ("briefvorm", "letter to the parents with bold lead-ins, signed by the director, with a reply slip for consent."),
    ("systeemexport", "export of an invented pupil system ('LeerlingVolg Online 8.4') with upper-case field names and a footer 'Afgedrukt door … op … | Pagina n'."),
    ("tlv-aanvraag-met-opp", "TLV application (part 1) with the full OPP as part 2 in the SWV numbered style."),
]:
    w(f"- **{k}**: {v}")
w("\nNon-OPP layouts: onderwijskundig-rapport-export, intakeformulier, evaluatieverslag-swv-genummerd, tlv-aanvraag-zonder-opp, "
  "groeidocument-zonder-opp, handelingsplan, groepsplan, mdo-verslag, uitnodiging-briefvorm, folder-ouders, nieuwsbrief, "
  "leeg-format-swv-genummerd.\n")
w("## Formats\n")
w("| format | documents |\n|---|---|")
for k, v in sorted(fmt.items()):
    w(f"| {k} | {v} |")
w("\nPDF kinds: exported from DOCX by LibreOffice (`pdf-word` in the notes), made directly with reportlab, fillable AcroForm "
  "forms (3; the content is in the field values), and scans (6; pages rendered at 150 dpi, grey, blur, noise, specks, "
  "0.5–1.6° skew, image-only PDF, signatures drawn as handwriting-like strokes). DOCX: plain tables with ☐/☒ glyphs, or "
  "with content controls (w:sdt, some still showing the Word placeholder) and w14 tick-box controls.\n")
w("## School types\n")
w(", ".join(f"{k}: {v}" for k, v in sorted(st.items())) + " (documents; `none` = leaflet and blank SWV format). "
  "vso includes two adult pupils who are handelingsbekwaam (one consents himself; one where only a parent signed), one "
  "more adult in a scan, and two pupils under curatele (curator consents; pupil signs alone).\n")
w("## Label conventions\n")
conv = [
    "A document that is **not an OPP** (rapport, intake, evaluation report, TLV without OPP, groeidocument without OPP chapter, handelingsplan, groepsplan, MDO report, invitation, leaflet, newsletter, **blank format**) has every element `missing`, even where it mentions goals, advice, consent or rights.",
    "A TLV application or groeidocument that **contains** an OPP is labelled as that OPP.",
    "`present` = real content a parent can read. A placeholder ('...', 'n.t.b.', 'nog aanvullen', 'volgt na overleg', '[tekst]', Word's 'Klik of tik om tekst in te voeren.'), the format's own instruction left in, a heading or column with nothing under it, all options unticked, 'n.v.t.' where the element applies, or only a reference elsewhere ('zie bijlage', 'zie groeidocument', 'zie de schoolgids') = `incomplete`.",
    "Vague content counts as `incomplete` when it lacks what the element is for: support without what/who/how often ('extra begeleiding waar nodig'), goals that cannot be checked ('gaat vooruit met rekenen'), needs reduced to 'Extra aandacht.'",
    "`afwijkingen_onderwijsprogramma`: an explicit 'geen afwijkingen' = `not_applicable`; silence = `missing`. Praktijkonderwijs plans state no deviations (or are silent).",
    "`inbreng_leerling`: `not_applicable` when the plan was set and last revised before 1 Aug 2025 (even if a pupil's view happens to be there — one case, po-C-pdf-pre2025) and for an adult pupil who is handelingsbekwaam (even if a 'mijn inbreng' section is there — vso-A-docx-meerderjarig). A plan set before but revised after 1 Aug 2025 needs it (po-H-pdf-bijgesteld → `missing`). A view without what it changed = `incomplete`. Pupils under curatele are not the party, so their input is required.",
    "`instemming_ouders`: `present` only with a consent to the handelingsdeel (ticked akkoord or plain statement), signed ('w.g.', typed or drawn signature) and dated by the right person: parents; the adult handelingsbekwaam pupil himself; the curator for a pupil under curatele. `incomplete`: 'voor gezien', 'onder protest', refused, partial, only the school signed, blank signature line, unticked boxes, signature without date, parents instead of the adult pupil, the pupil under curatele alone. `missing`: no consent section, or only an AVG/photo consent.",
    "`vaststelling`: date and who set the plan (a sentence 'vastgesteld op … door …' or a dated school signature as director). Date without who, or '...' = `incomplete`. A meeting date (OOGO) or a print date in an export footer is not a vaststelling; where those are the only dates the element is `missing`.",
    "`oogo`: a stated meeting with the parents (or adult pupil / curator) with a date and who was there. 'nog aanvullen', 'n.v.t.', or ja/nee boxes left unticked = `incomplete`.",
    "`evaluatie`: when and with whom, at least yearly. Pre-Aug-2025 plans that say 'met ouders' only are `present`.",
    "`informatie_rechten`: consent right plus where to go (school, Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie within six weeks). 'Ouders zijn op de hoogte gebracht van hun rechten' or 'zie de schoolgids' = `incomplete`.",
    "`adviezen_professionals`: the advice itself and what the school does with it; 'zie verslag in bijlage 3' = `incomplete`. In so/vso the CvB advice is part of it.",
    "Scans: `accept_unclear` lists `instemming_ouders` (the handwritten-style signature can only be judged by a person). The truth is still given (present where a signature stroke and a typed date are visible; incomplete where the date is empty).",
    "Fillable PDF forms are labelled by what a reader sees in a PDF viewer, i.e. the field values.",
]
for c in conv:
    w("- " + c)
w("\n## Label distribution\n")
w(f"Totals over {len(docs)} × {len(E)} pairs: " + ", ".join(f"{k} {v}" for k, v in tot.most_common()) + ".\n")
w("| element | present | incomplete | missing | not_applicable |\n|---|---|---|---|---|")
for e in E:
    c = per[e]
    w(f"| {e} | {c['present']} | {c['incomplete']} | {c['missing']} | {c['not_applicable']} |")
w("\n## Documents\n")
w("| file | type | layout | format | not present |\n|---|---|---|---|---|")
for d in docs:
    bad = ", ".join(f"{e}:{s[:4]}" for e, s in d["elements"].items() if s != "present")
    if d["notes"].startswith("NOT"):
        bad = "all missing (not an OPP)"
    w(f"| {d['file']} | {d['school_type']} | {d['layout']} | {d['format']}{' scan' if d['scanned'] else ''} | {bad or '—'} |")
w("\nPer-document notes (layout, format, plan date, consent kind, gaps made on purpose) are in `labels.json`.\n")
w("## Uncertain calls\n")
for u in [
    "Blank SWV format labelled all `missing` (not a plan) by the round's convention; a reader could argue `incomplete` for its empty headings.",
    "Pre-2025 plan with a pupil's view, and an adult pupil's own 'inbreng' section: labelled `not_applicable` per the element definition although content is there.",
    "Vague support/goals/needs labelled `incomplete` (adviser's judgement, not a mechanical test).",
    "vaststelling with only a date ('Datum vaststelling: …') labelled `incomplete` because the element asks for date and who.",
    "Letter-style plans are signed by the director and carry an explicit 'vastgesteld op … door …' sentence, so vaststelling is never a gap there.",
    "Some generated plans are not fully coherent in content (e.g. a lwoo destination next to a TIQ of 84); this is realism only and does not affect labels.",
    "Evaluation moments are sometimes placed in the next school year (second evaluation about 7 months after the plan); labelled `present`.",
]:
    w("- " + u)
open(os.path.join(root, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
