#!/usr/bin/env python3
"""Deterministic generator for the blind OPP validation set (2026-12-05).

Run: /work/blind/.venv/bin/python generate.py
Labels come from the case model (model.py: Case.labels), never from the generated text.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from model import Case, ELEMENTS, seed_for  # noqa: E402
import layouts  # noqa: E402
import render  # noqa: E402

DOCS = os.path.join(HERE, "docs")
BUILD = "/tmp/blind-build-2026-12-05"

P, I, N = "present", "incomplete", "missing"

# fmt: id, layout, fmt, school type, set date, gaps, afwijkingen mode, extra kwargs
CASES = [
    # ---- A swv-genummerd
    Case("a1-po-compleet", "swv-genummerd", "docx", "po", "2025-10-07", {}, "geen"),
    Case("a2-po-2025voorjaar", "swv-genummerd", "pdf-lo", "po", "2025-03-12",
         {"informatie_rechten": "absent", "instemming_ouders": "no_date", "adviezen_professionals": "bijlage"}, "described"),
    Case("a3-sbo-leeg-kopje", "swv-genummerd", "pdf-lo", "sbo", "2025-11-18",
         {"belemmerende_factoren": "empty", "inbreng_leerling": "partial", "evaluatie": "placeholder"}, "described"),
    Case("a4-sbo-scan", "swv-genummerd", "scan", "sbo", "2026-02-03", {"doelen": "partial"}, "geen"),
    Case("a5-vo-invulinstructies", "swv-genummerd", "docx", "vo", "2025-09-30",
         {"uitstroombestemming": "placeholder", "onderbouwing": "instruction", "ondersteuningsbehoefte": "instruction",
          "oogo": "placeholder", "instemming_ouders": "blank_line"}, "geen"),
    Case("a6-po-stil-over-afwijkingen", "swv-genummerd", "odt", "po", "2026-09-22",
         {"afwijkingen_onderwijsprogramma": "absent", "ondersteuning": "partial", "informatie_rechten": "partial"}, "absent"),
    # ---- B domeintabel
    Case("b1-vo-compleet", "domeintabel", "docx", "vo", "2025-10-14", {}, "described"),
    Case("b2-pro-onder-protest", "domeintabel", "pdf-lo", "pro", "2025-05-20",
         {"bevorderende_factoren": "empty", "instemming_ouders": "onder_protest", "evaluatie": "absent"}, "geen"),
    Case("b3-vo-alleen-avg", "domeintabel", "pdf-lo", "vo", "2026-01-27",
         {"instemming_ouders": "avg_only", "inbreng_leerling": "absent", "doelen": "placeholder"}, "geen"),
    Case("b4-pro-lege-behoeften", "domeintabel", "odt", "pro", "2025-12-09",
         {"ondersteuningsbehoefte": "empty", "adviezen_professionals": "absent", "vaststelling": "placeholder"}, "geen"),
    Case("b5-sbo-2024-geweigerd", "domeintabel", "docx", "sbo", "2024-11-05",
         {"belemmerende_factoren": "instruction", "onderbouwing": "partial", "instemming_ouders": "refused",
          "inbreng_leerling": "na_shown"}, "described"),
    Case("b6-vo-scan-alleen-school", "domeintabel", "scan", "vo", "2026-03-10", {"instemming_ouders": "school_only"}, "geen"),
    # ---- C groeidocument
    Case("c1-po-compleet", "groeidocument", "pdf-rl", "po", "2025-11-04", {}, "described"),
    Case("c2-sbo-2025juni", "groeidocument", "pdf-lo", "sbo", "2025-06-17",
         {"uitstroombestemming": "unticked", "ondersteuning": "bijlage", "informatie_rechten": "absent"}, "geen"),
    Case("c3-so-zie-verslag", "groeidocument", "docx", "so", "2025-10-21",
         {"adviezen_professionals": "bijlage", "evaluatie": "partial", "vaststelling": "absent"}, "described"),
    Case("c4-po-voor-gezien", "groeidocument", "odt", "po", "2026-05-12",
         {"oogo": "absent", "instemming_ouders": "voor_gezien", "doelen": "partial"}, "geen"),
    Case("c5-so-halve-hoorrecht", "groeidocument", "pdf-rl", "so", "2026-10-06",
         {"bevorderende_factoren": "placeholder", "afwijkingen_onderwijsprogramma": "absent", "inbreng_leerling": "partial"}, "absent"),
    Case("c6-sbo-compleet", "groeidocument", "pdf-lo", "sbo", "2025-09-16", {}, "geen"),
    # ---- D beknopt
    Case("d1-po-formulier-open-vinkjes", "beknopt-opp", "pdf-form", "po", "2025-10-02",
         {"instemming_ouders": "unticked_box", "onderbouwing": "empty", "informatie_rechten": "absent", "vaststelling": "empty"}, "geen"),
    Case("d2-vo-formulier-compleet", "beknopt-opp", "pdf-form", "vo", "2026-04-14", {}, "described"),
    Case("d3-po-2025jan-gedeeltelijk", "beknopt-opp", "pdf-rl", "po", "2025-01-28",
         {"ondersteuning": "placeholder", "doelen": "absent", "instemming_ouders": "partial_consent"}, "geen"),
    Case("d4-vo-zonder-factoren", "beknopt-opp", "pdf-rl", "vo", "2025-11-25",
         {"belemmerende_factoren": "absent", "bevorderende_factoren": "absent", "evaluatie": "absent", "oogo": "partial"}, "geen"),
    Case("d5-po-scan", "beknopt-opp", "scan", "po", "2026-06-09", {"afwijkingen_onderwijsprogramma": "absent"}, "absent"),
    # ---- E vraagkoppen
    Case("e1-po-compleet", "vraagkoppen", "txt", "po", "2025-10-28", {}, "geen"),
    Case("e2-sbo-md", "vraagkoppen", "md", "sbo", "2026-01-13",
         {"inbreng_leerling": "partial", "ondersteuning": "partial", "oogo": "placeholder",
          "afwijkingen_onderwijsprogramma": "placeholder"}, "placeholder"),
    Case("e3-so-2025april", "vraagkoppen", "txt", "so", "2025-04-08", {"adviezen_professionals": "absent"}, "described"),
    Case("e4-vso-meerderjarig", "vraagkoppen", "md", "vso", "2025-12-02", {}, "described", adult=True, opts={"uit": 0}),
    Case("e5-po-zonder-perspectief", "vraagkoppen", "docx", "po", "2026-11-03",
         {"uitstroombestemming": "absent", "onderbouwing": "absent", "instemming_ouders": "no_date"}, "geen"),
    # ---- F briefvorm
    Case("f1-po-brief-compleet", "briefvorm", "pdf-lo", "po", "2025-09-25", {}, "geen"),
    Case("f2-vo-brief-2025feb", "briefvorm", "txt", "vo", "2025-02-11",
         {"instemming_ouders": "blank_line", "evaluatie": "partial", "belemmerende_factoren": "absent"}, "described"),
    Case("f3-pro-brief", "briefvorm", "odt", "pro", "2025-10-16",
         {"inbreng_leerling": "absent", "afwijkingen_onderwijsprogramma": "absent", "adviezen_professionals": "bijlage",
          "ondersteuningsbehoefte": "absent"}, "absent"),
    Case("f4-vso-curatele", "briefvorm", "pdf-lo", "vso", "2026-02-24", {}, "described", curatele=True, opts={"uit": 1}),
    Case("f5-vo-brief-scan", "briefvorm", "scan", "vo", "2026-05-19",
         {"instemming_ouders": "partial_consent", "informatie_rechten": "absent"}, "geen"),
    # ---- G systeemexport
    Case("g1-vo-export-compleet", "systeemexport", "pdf-rl", "vo", "2025-11-11", {}, "described"),
    Case("g2-pro-export-concept", "systeemexport", "pdf-rl", "pro", "2026-01-20",
         {"uitstroombestemming": "empty", "ondersteuningsbehoefte": "empty", "vaststelling": "concept",
          "instemming_ouders": "empty"}, "geen"),
    Case("g3-po-export-herzien", "systeemexport", "pdf-rl", "po", "2024-09-24",
         {"inbreng_leerling": "absent"}, "geen", revised="2025-10-09"),
    Case("g4-sbo-export-txt", "systeemexport", "txt", "sbo", "2025-12-16",
         {"bevorderende_factoren": "empty", "oogo": "absent", "informatie_rechten": "absent", "onderbouwing": "bijlage"}, "described"),
    Case("g5-vo-export-digitaal", "systeemexport", "pdf-rl", "vo", "2026-09-29",
         {"adviezen_professionals": "placeholder", "instemming_ouders": "digital"}, "geen"),
    Case("g6-pro-export-scan-2025", "systeemexport", "scan", "pro", "2025-06-03", {"doelen": "partial"}, "geen"),
    # ---- H so-vso-profiel
    Case("h1-vso-compleet", "so-vso-profiel", "docx", "vso", "2025-10-09", {}, "described", opts={"uit": 1}),
    Case("h2-so-lege-controls", "so-vso-profiel", "docx", "so", "2026-03-17",
         {"uitstroombestemming": "unticked", "ondersteuning": "ctrl_placeholder", "instemming_ouders": "unticked_box"}, "described"),
    Case("h3-vso-2025mei-dagbesteding", "so-vso-profiel", "pdf-lo", "vso", "2025-05-13",
         {"adviezen_professionals": "absent"}, "described", opts={"uit": 2}),
    Case("h4-vso-meerderjarig-ouders-tekenen", "so-vso-profiel", "pdf-lo", "vso", "2026-01-06",
         {"instemming_ouders": "parents_for_adult"}, "described", adult=True, opts={"uit": 0}),
    Case("h5-so-doelen-instructie", "so-vso-profiel", "docx", "so", "2025-11-27",
         {"doelen": "instruction", "evaluatie": "absent", "inbreng_leerling": "placeholder"}, "described"),
]

NON_OPP = [
    ("n1-folder-ouders", "folder-ouders", "pdf-rl", layouts.doc_leaflet, "Leaflet of a samenwerkingsverband explaining what an OPP contains. Not an OPP."),
    ("n2-nieuwsbrief", "nieuwsbrief", "pdf-lo", layouts.doc_newsletter, "School newsletter with an item about OPP talks and hoorrecht. Not an OPP."),
    ("n3-leeg-format", "leeg-format", "docx", layouts.doc_blank_format, "Blank SWV OPP format (layout swv-genummerd, version 2025) with all instructions and empty fields."),
    ("n4-uitnodiging", "uitnodiging", "txt", layouts.doc_invitation, "Invitation letter for an OPP talk (future date). Not an OPP."),
]

LAYOUT_STYLE = {
    "swv-genummerd": "a samenwerkingsverband's numbered Word format (1. Gegevens … 12. Vaststelling), filled in by the school; template versions 2023 (no hoorrecht section) and 2025",
    "domeintabel": "VO/PrO format with a table per domain (Leren, Werkhouding, Sociaal-emotioneel, Thuis/medisch) and belemmerend/bevorderend columns, lettered parts A–G",
    "groeidocument": "a groeidocument (HGW style) in which chapters 5–6 are the OPP and handelingsdeel; stimulerende/belemmerende factoren side by side",
    "beknopt-opp": "a one-table 'beknopt OPP' form, also as a fillable PDF (AcroForm fields, consent as checkboxes)",
    "vraagkoppen": "child-friendly plan with question headings ('Waar gaat Noor naartoe?', 'Wat zegt Noor zelf?'), plain text / markdown / Word",
    "briefvorm": "letter to the parents summarising the OPP in running prose with lead-ins, reply slip for consent",
    "systeemexport": "an export from a pupil-tracking system ('Leerlinggids 5') with 'Section > Field' labels, '(leeg)' for empty fields, logs and printed-by footers",
    "so-vso-profiel": "SO/VSO expertise-centre format: profile tick boxes (vervolgonderwijs / arbeidsmarktgericht / dagbesteding), CvB advice, leerlijnen, Word content controls",
}

FMT_LABEL = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}
FMT_DESC = {"docx": "DOCX (python-docx)", "pdf-lo": "PDF exported from Word via LibreOffice", "pdf-rl": "PDF made directly (reportlab)",
            "pdf-form": "fillable PDF form (AcroForm)", "odt": "ODT converted from Word by LibreOffice", "txt": "plain text",
            "md": "markdown", "scan": "image-only scanned PDF (150 dpi grey JPEG, noise, blur, skew)"}
EXT = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-form": "pdf", "odt": "odt", "txt": "txt", "md": "md", "scan": "pdf"}

SIGN_MODES_NEEDING_EYES = {"signed", "no_date", "school_only", "blank_line", "voor_gezien", "onder_protest", "refused",
                           "partial_consent", "unticked_box", "curator", "adult_self", "parents_for_adult", "avg_only"}


def soffice(files, target, outdir):
    if not files:
        return
    cmd = ["nice", "-n", "10", "soffice", "-env:UserInstallation=file:///tmp/lo-blind", "--headless",
           "--convert-to", target, "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def main():
    if os.path.exists(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    to_pdf_lo, to_odt, entries = [], [], []
    jobs = [(c.id, c.layout, c.fmt, lambda c=c: layouts.LAYOUTS[c.layout](c), c) for c in CASES]
    jobs += [(i, l, f, fn, None) for i, l, f, fn, _ in NON_OPP]
    for cid, layout, fmt, fn, case in jobs:
        spec = fn()
        out = os.path.join(DOCS, f"{cid}.{EXT[fmt]}")
        seed = seed_for(cid) % 100000
        controls = layout == "so-vso-profiel"
        if fmt == "docx":
            render.to_docx(spec, out, controls=controls)
        elif fmt in ("pdf-lo", "odt"):
            tmp = os.path.join(BUILD, f"{cid}.docx")
            render.to_docx(spec, tmp, controls=controls)
            (to_pdf_lo if fmt == "pdf-lo" else to_odt).append(tmp)
        elif fmt == "pdf-rl":
            render.to_pdf(spec, out, seed=seed)
        elif fmt == "pdf-form":
            render.to_form(spec, out)
        elif fmt == "txt":
            render.to_txt(spec, out)
        elif fmt == "md":
            render.to_md(spec, out)
        elif fmt == "scan":
            tmp = os.path.join(BUILD, f"{cid}-src.pdf")
            render.to_pdf(spec, tmp, seed=seed)
            render.to_scan(tmp, out, seed, BUILD)
        entries.append((cid, layout, fmt, case))
    soffice(to_pdf_lo, "pdf", DOCS)
    soffice(to_odt, "odt", DOCS)

    docs = []
    for cid, layout, fmt, case in entries:
        f = f"docs/{cid}.{EXT[fmt]}"
        assert os.path.exists(os.path.join(HERE, f)), f
        if case is None:
            note = dict((i, n) for i, _, _, _, n in NON_OPP)[cid]
            if layout == "leeg-format":
                els = {e: "incomplete" for e in ELEMENTS}
            else:
                els = {e: "missing" for e in ELEMENTS}
            docs.append({"file": f, "format": FMT_LABEL[fmt], "layout": layout, "school_type": "none", "scanned": False,
                         "elements": els, "accept_unclear": [], "notes": f"{note} Format: {FMT_DESC[fmt]}."})
            continue
        acc = []
        m_inst = case.modes["instemming_ouders"]
        if fmt in ("scan",) or (fmt == "pdf-rl" and layout != "systeemexport" and m_inst in SIGN_MODES_NEEDING_EYES):
            # handwritten signatures are drawn, not typed: only a person can confirm them
            if m_inst not in ("absent", "digital", "empty"):
                acc.append("instemming_ouders")
        who = []
        if case.adult:
            who.append(f"pupil {case.age}, meerderjarig en handelingsbekwaam (inbreng n/a; consent is the pupil's)")
        if case.curatele:
            who.append(f"pupil {case.age} under curatele (curator consents; hoorrecht applies)")
        if case.revised:
            who.append(f"plan set {case.set_date} and revised {case.revised} (after 1 Aug 2025, so hoorrecht applies)")
        if case.revised:
            dates = f"set {case.set_date}, revised {case.revised} (last revision on/after 1 Aug 2025)"
        else:
            dates = f"set {case.set_date} ({'on/after' if case.hoorrecht else 'before'} 1 Aug 2025)"
        note = (f"Layout {layout}; format {FMT_DESC[fmt]}; {case.st}; {dates}. "
                + ("; ".join(who) + ". " if who else "")
                + f"Deliberate gaps: {case.gap_note()}."
                + (" Pupil's view shown although plan predates hoorrecht (label n/a by rule)." if case.modes['inbreng_leerling'] == 'na_shown' else "")
                + (" Signatures are drawn/handwritten." if acc else ""))
        docs.append({"file": f, "format": FMT_LABEL[fmt], "layout": layout, "school_type": case.st,
                     "scanned": case.scanned, "elements": case.labels(), "accept_unclear": acc, "notes": note})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "docs": docs}, fh, ensure_ascii=False, indent=1)
    print(len(docs), "documents")


if __name__ == "__main__":
    main()
