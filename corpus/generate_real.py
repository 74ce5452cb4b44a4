#!/usr/bin/env python3
"""Generate corpus/real: reproductions of REAL public OPP formats (blank and filled), labelled.

usage: .venv/bin/python corpus/generate_real.py [--out corpus/real] [--no-pdf]

Each format in real_gen/formats_*.py follows a published format of a samenwerkingsverband, school or
pupil-administration system (sources in corpus/real/README.md). SPECS below lists every document: the format,
the file format, school type, the date the plan was set, the consent variant and the gaps made on purpose.
Labels come from the case (real_gen/model.py), never from the rendered text. The PDFs are exported from the DOCX
by LibreOffice (`soffice`); their creation date and /ID are then fixed, so with the same LibreOffice every file
is byte-identical between runs. --no-pdf writes only DOCX and ODT (no LibreOffice needed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from real_gen import formats_a as A  # noqa: E402
from real_gen import formats_b as B  # noqa: E402
from real_gen.model import CONSENT_PRESENT, ELEMENTS, Case  # noqa: E402
from real_gen.render import docx_to_pdf, normalize_pdf, render_docx, render_odt, scan_pdf  # noqa: E402

ALL = set(ELEMENTS)
NO_R = ALL - {"informatie_rechten"}
# format id -> (builder, elements the format prints a field or section for, statuses fixed by the printed format)
FORMATS = {
    "rgv-381": (A.rgv_381, NO_R, {}),
    "meierij-abcd": (A.meierij_abcd, NO_R - {"inbreng_leerling"}, {"informatie_rechten": "incomplete"}),
    "zaanstreek-groeidocument": (A.zaanstreek_gd, NO_R, {}),
    "swvgo": (A.swvgo, NO_R - {"onderbouwing", "adviezen_professionals", "inbreng_leerling"}, {}),
    "dordrecht": (A.dordrecht, NO_R, {"informatie_rechten": "incomplete"}),
    "leiden-vo": (B.leiden_vo, ALL, {}),
    "saenstroom-vo": (B.saenstroom_vo, NO_R - {"ondersteuningsbehoefte", "afwijkingen_onderwijsprogramma"},
                      {"informatie_rechten": "incomplete"}),
    "pro-opp-in-iop": (B.pro_iop, NO_R - {"adviezen_professionals"}, {}),
    "so-profielen": (B.so_profielen, NO_R, {}),
    "stormvogel-vso": (B.stormvogel_vso, NO_R, {}),
    "ijmond-groeidocument": (B.ijmond_gd, NO_R, {}),
    "parantion-export": (B.parantion_export, NO_R, {}),
    "parnassys-export": (B.parnassys_export, NO_R, {}),
    "spow-groeidocument": (B.spow_gd, NO_R, {}),
    "magister-zorg": (B.magister_zorg, NO_R, {}),
    "leaflet-not-opp": (B.leaflet, set(), {}),
    "schoolgids-not-opp": (B.schoolgids, set(), {}),
}
D = dt.date
# (format, file format, school type, plan date, consent variant, {element: status or (status, gap kind)}, flags)
# file format "scan" = the DOCX exported to PDF, then scanned (image-only PDF).
SPECS = [
    ("rgv-381", "docx", "po", None, "blank", {}, {"blank"}),
    ("rgv-381", "pdf", "po", D(2025, 10, 14), "signed", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("rgv-381", "docx", "po", D(2025, 11, 7), "avg_only",
     {"inbreng_leerling": ("incomplete", "partial"), "vaststelling": ("incomplete", "empty"),
      "doelen": ("incomplete", "ph")}, set()),
    ("rgv-381", "scan", "po", D(2024, 11, 19), "signed_img",
     {"adviezen_professionals": ("incomplete", "ref")}, set()),
    ("meierij-abcd", "docx", "po", None, "blank", {}, {"blank"}),
    ("meierij-abcd", "docx", "po", D(2025, 9, 30), "gezien", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("meierij-abcd", "pdf", "po", D(2026, 1, 20), "ticked", {"evaluatie": ("incomplete", "ph")}, set()),
    ("meierij-abcd", "scan", "po", D(2025, 3, 11), "signed_img", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("zaanstreek-groeidocument", "odt", "po", None, "blank", {}, {"blank"}),
    ("zaanstreek-groeidocument", "odt", "po", D(2025, 10, 28), "signed", {}, set()),
    ("zaanstreek-groeidocument", "docx", "sbo", D(2025, 12, 2), "refused",
     {"afwijkingen_onderwijsprogramma": "not_applicable", "onderbouwing": ("incomplete", "ph")}, set()),
    ("zaanstreek-groeidocument", "pdf", "po", D(2026, 2, 10), "school_only",
     {"oogo": ("incomplete", "empty"), "inbreng_leerling": ("incomplete", "ph"),
      "afwijkingen_onderwijsprogramma": ("incomplete", "unticked")}, set()),
    ("swvgo", "pdf", "po", None, "blank", {}, {"blank"}),
    ("swvgo", "docx", "po", D(2025, 10, 6), "digital", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("swvgo", "pdf", "vo", D(2024, 10, 1), "signed", {}, set()),
    ("swvgo", "odt", "po", D(2025, 11, 18), "no_date",
     {"vaststelling": ("incomplete", "empty"), "afwijkingen_onderwijsprogramma": "missing"}, set()),
    ("dordrecht", "docx", "po", None, "blank", {}, {"blank"}),
    ("dordrecht", "pdf", "po", D(2025, 9, 23), "explained", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("dordrecht", "docx", "po", D(2025, 11, 25), "partial",
     {"inbreng_leerling": ("incomplete", "partial"), "ondersteuningsbehoefte": ("incomplete", "instr")}, set()),
    ("dordrecht", "pdf", "po", D(2026, 3, 3), "signed",
     {"ondersteuning": ("incomplete", "ph"), "afwijkingen_onderwijsprogramma": "not_applicable",
      "informatie_rechten": "present"}, set()),
    ("leiden-vo", "docx", "vo", None, "blank", {}, {"blank"}),
    ("leiden-vo", "docx", "vo", D(2025, 10, 9), "signed",
     {"informatie_rechten": "present", "afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("leiden-vo", "pdf", "pro", D(2025, 11, 13), "pupil_only",
     {"informatie_rechten": ("incomplete", "instr"), "evaluatie": ("incomplete", "instr"),
      "ondersteuning": ("incomplete", "instr")}, set()),
    ("leiden-vo", "pdf", "vso", D(2025, 9, 16), "adult",
     {"informatie_rechten": ("incomplete", "instr"), "uitstroombestemming": ("incomplete", "unticked")}, {"adult"}),
    ("saenstroom-vo", "pdf", "vo", None, "blank", {}, {"blank"}),
    ("saenstroom-vo", "pdf", "vo", D(2025, 9, 25), "signed", {}, set()),
    ("saenstroom-vo", "docx", "vo", D(2024, 9, 26), "protest", {"evaluatie": ("incomplete", "instr")}, set()),
    ("saenstroom-vo", "odt", "vo", D(2025, 10, 2), "blank",
     {"oogo": ("incomplete", "ph"), "inbreng_leerling": ("incomplete", "partial")}, set()),
    ("pro-opp-in-iop", "odt", "pro", None, "blank", {}, {"blank"}),
    ("pro-opp-in-iop", "odt", "pro", D(2025, 10, 21), "signed", {"afwijkingen_onderwijsprogramma": "present"}, set()),
    ("pro-opp-in-iop", "pdf", "pro", D(2025, 3, 18), "ticked", {"afwijkingen_onderwijsprogramma": "missing"}, set()),
    ("pro-opp-in-iop", "docx", "pro", D(2026, 1, 13), "gezien",
     {"doelen": ("incomplete", "ph"), "uitstroombestemming": ("incomplete", "ph"),
      "afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("so-profielen", "docx", "so", None, "blank", {}, {"blank"}),
    ("so-profielen", "pdf", "so", D(2025, 10, 30), "signed",
     {"afwijkingen_onderwijsprogramma": "present", "informatie_rechten": "present"}, set()),
    ("so-profielen", "docx", "so", D(2025, 12, 9), "avg_only",
     {"uitstroombestemming": ("incomplete", "unticked"), "adviezen_professionals": ("incomplete", "ref")}, set()),
    ("so-profielen", "scan", "so", D(2025, 11, 4), "signed_img", {"afwijkingen_onderwijsprogramma": "present"}, set()),
    ("stormvogel-vso", "pdf", "vso", None, "blank", {}, {"blank"}),
    ("stormvogel-vso", "pdf", "vso", D(2026, 2, 12), "adult", {"afwijkingen_onderwijsprogramma": "not_applicable"}, {"adult"}),
    ("stormvogel-vso", "docx", "vso", D(2026, 2, 12), "signed",
     {"inbreng_leerling": ("incomplete", "partial"), "afwijkingen_onderwijsprogramma": "present"}, set()),
    ("stormvogel-vso", "odt", "vso", D(2025, 2, 13), "no_date",
     {"evaluatie": ("incomplete", "instr"), "vaststelling": ("incomplete", "empty")}, set()),
    ("ijmond-groeidocument", "docx", "po", None, "blank", {}, {"blank"}),
    ("ijmond-groeidocument", "pdf", "sbo", D(2025, 10, 16), "signed",
     {"afwijkingen_onderwijsprogramma": "present", "informatie_rechten": "present"}, set()),
    ("ijmond-groeidocument", "odt", "po", D(2025, 11, 27), "gezien",
     {"afwijkingen_onderwijsprogramma": "not_applicable", "adviezen_professionals": ("incomplete", "ref")}, set()),
    ("ijmond-groeidocument", "docx", "po", D(2026, 1, 29), "signed",
     {"inbreng_leerling": ("incomplete", "partial"), "afwijkingen_onderwijsprogramma": "not_applicable",
      "evaluatie": "missing"}, set()),
    ("parantion-export", "pdf", "po", None, "blank", {}, {"blank"}),
    ("parantion-export", "pdf", "po", D(2025, 10, 10), "digital", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("parantion-export", "pdf", "po", D(2025, 11, 21), "refused", {"afwijkingen_onderwijsprogramma": "present"}, set()),
    ("parantion-export", "docx", "sbo", D(2026, 2, 24), "blank",
     {"vaststelling": ("incomplete", "empty"), "oogo": ("incomplete", "ph"), "afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("parnassys-export", "pdf", "sbo", None, "blank", {}, {"blank"}),
    ("parnassys-export", "pdf", "sbo", D(2025, 10, 3), "signed", {"afwijkingen_onderwijsprogramma": "present"}, set()),
    ("parnassys-export", "pdf", "sbo", D(2024, 12, 10), "school_only",
     {"oogo": ("incomplete", "empty"), "afwijkingen_onderwijsprogramma": "present"}, set()),
    ("parnassys-export", "scan", "sbo", D(2025, 11, 11), "signed_img",
     {"afwijkingen_onderwijsprogramma": "not_applicable", "doelen": ("incomplete", "ph")}, set()),
    ("spow-groeidocument", "docx", "po", None, "blank", {}, {"blank"}),
    ("spow-groeidocument", "docx", "po", D(2025, 10, 23), "signed", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("spow-groeidocument", "pdf", "po", D(2025, 12, 16), "protest",
     {"onderbouwing": ("incomplete", "ph"), "afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("spow-groeidocument", "odt", "po", D(2024, 10, 15), "signed",
     {"afwijkingen_onderwijsprogramma": "present", "ondersteuning": ("incomplete", "empty")}, set()),
    ("magister-zorg", "pdf", "vo", None, "blank", {}, {"blank"}),
    ("magister-zorg", "pdf", "vo", D(2025, 10, 20), "digital", {"afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("magister-zorg", "docx", "vo", D(2025, 11, 24), "blank",
     {"inbreng_leerling": ("incomplete", "ph"), "afwijkingen_onderwijsprogramma": "present"}, set()),
    ("magister-zorg", "pdf", "vo", D(2026, 1, 26), "pupil_only",
     {"vaststelling": ("incomplete", "empty"), "adviezen_professionals": ("incomplete", "ref"),
      "afwijkingen_onderwijsprogramma": "not_applicable"}, set()),
    ("leaflet-not-opp", "pdf", "none", None, "none", {}, {"notopp"}),
    ("schoolgids-not-opp", "docx", "po", None, "none", {}, {"notopp"}),
]


def make_case(i: int, spec) -> Case:
    fmt, ext, st, date, consent, over, flags = spec
    _, fields, fixed = FORMATS[fmt]
    c = Case(fmt=fmt, file_format="pdf" if ext == "scan" else ext, school_type="po" if st == "none" else st,
             date=date, seed=20251 + i * 17, blank="blank" in flags, fields=frozenset(fields), consent=consent,
             adult="adult" in flags, scanned=ext == "scan")
    status, gaps = {}, {}
    for el in ELEMENTS:
        if "notopp" in flags:
            status[el] = "missing"
        elif c.blank:
            status[el] = "incomplete" if el in fields else "missing"
        elif el == "instemming_ouders":
            status[el] = "present" if consent in CONSENT_PRESENT else "incomplete"
        elif el == "inbreng_leerling" and not c.hoorrecht():
            status[el] = "not_applicable"
        else:
            status[el] = "present" if el in fields else "missing"
    for el, val in fixed.items():  # a printed sentence: the same in the blank format and every filled plan
        if "notopp" not in flags:
            status[el] = val
    for el, val in over.items():
        st_, kind = (val, None) if isinstance(val, str) else val
        if el == "inbreng_leerling" and not c.hoorrecht():
            continue  # the hoorrecht does not apply: the label stays not_applicable
        status[el] = st_
        if kind:
            gaps[el] = kind
    if consent in ("adult", "explained") and status["informatie_rechten"] == "missing":
        status["informatie_rechten"] = "incomplete"  # a sentence on the consent right, nothing on where to go
    c.status, c.gaps = status, gaps
    c.notes = _notes(c, fmt, flags)
    if c.scanned and "instemming_ouders" in fields:
        c.accept_unclear = ["instemming_ouders"]
    return c


def _notes(c: Case, fmt: str, flags) -> list[str]:
    if "notopp" in flags:
        return ["not an OPP: a text about OPPs without a pupil"]
    if c.blank:
        return ["blank format as published (with its printed instructions)"]
    n = [f"consent variant: {c.consent}"]
    if c.adult:
        n.append("adult vso pupil")
    if c.date and c.date < dt.date(2025, 8, 1):
        n.append("plan set before 1-8-2025")
    n += [f"{el}: {k}" for el, k in sorted(c.gaps.items())]
    if all(v in ("present", "not_applicable") for v in c.status.values()):
        n.append("complete plan")
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "real"))
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    docs_dir = os.path.join(args.out, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    entries, to_pdf = [], []
    tmp = tempfile.mkdtemp(prefix="real-gen-")
    try:
        for i, spec in enumerate(SPECS):
            fmt, ext = spec[0], spec[1]
            if args.no_pdf and ext in ("pdf", "scan"):
                continue
            c = make_case(i, spec)
            stem = f"{i + 1:03d}-{fmt}-{'blank' if c.blank else spec[2]}" + ("-scan" if c.scanned else "")
            doc = FORMATS[fmt][0](c)
            if ext == "odt":
                render_odt(doc, os.path.join(docs_dir, stem + ".odt"))
            elif ext == "docx":
                render_docx(doc, os.path.join(docs_dir, stem + ".docx"))
            else:
                src = os.path.join(tmp, stem + ".docx")
                render_docx(doc, src)
                to_pdf.append((src, stem, c))
            entries.append({"file": f"docs/{stem}.{c.file_format}", "format": c.file_format, "layout": fmt,
                            "school_type": spec[2], "scanned": c.scanned, "elements": c.labels(),
                            "accept_unclear": c.accept_unclear, "notes": "; ".join(c.notes)})
        docx_to_pdf([s for s, _, _ in to_pdf], tmp)
        for src, stem, c in to_pdf:
            pdf = src[:-5] + ".pdf"
            normalize_pdf(pdf)
            if c.scanned:
                scan_pdf(pdf, os.path.join(docs_dir, stem + ".pdf"), c.seed)
            else:
                shutil.copyfile(pdf, os.path.join(docs_dir, stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(args.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(entries)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
