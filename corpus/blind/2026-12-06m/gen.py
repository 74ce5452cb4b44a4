#!/usr/bin/env python3
"""Deterministic generator of the blind OPP validation set (parents' inbox angle).
Run: ../venv/bin/python gen.py   (needs python-docx, odfpy, reportlab, pypdf, Pillow; soffice, pdftoppm)"""
import os, sys, json, shutil, subprocess, datetime as dt, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import Ctx, ELEMENTS, present, flat
from layouts import LAYOUTS, F_beknopt
import writers as W

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, BUILD = os.path.join(HERE, "docs"), os.path.join(HERE, "build")
D = dt.date

# id, layout, fmt, type, date, gaps, extra
SPECS = [
 (1, "swv-numbered", "pdfw", "po", D(2025,10,14), {}, {}),
 (2, "swv-numbered", "docx", "vo", D(2025,11,3), {"informatie_rechten": "missing", "oogo": "placeholder"}, {"afw": "none"}),
 (3, "swv-numbered", "pdfw", "so", D(2024,11,20), {"adviezen_professionals": "refer"}, {}),
 (4, "swv-numbered", "scan", "po", D(2025,9,30), {}, {"afw": "none"}),
 (5, "swv-numbered", "odt", "sbo", D(2026,1,15), {"afwijkingen_onderwijsprogramma": "missing", "evaluatie": "vague"}, {}),
 (6, "sbo-domain-table", "docx", "sbo", D(2025,10,1), {}, {}),
 (7, "sbo-domain-table", "pdfw", "sbo", D(2025,12,2), {"bevorderende_factoren": "empty"}, {}),
 (8, "sbo-domain-table", "odt", "sbo", D(2024,10,10), {"instemming_ouders": "school_only"}, {}),
 (9, "sbo-domain-table", "pdf", "sbo", D(2026,2,9), {"ondersteuningsbehoefte": "instruction", "doelen": "placeholder"}, {}),
 (10, "sbo-domain-table", "docx", "so", D(2025,9,18), {"inbreng_leerling": "no_effect"}, {}),
 (11, "groeidocument-chapter", "odt", "po", D(2025,11,12), {}, {"afw": "none"}),
 (12, "groeidocument-chapter", "pdfw", "so", D(2026,1,20), {"uitstroombestemming": "missing", "vaststelling": "placeholder"}, {}),
 (13, "groeidocument-chapter", "docx", "vo", D(2024,9,26), {"instemming_ouders": "avg_only"}, {"afw": "none"}),
 (14, "groeidocument-chapter", "pdfw", "sbo", D(2025,10,28), {"onderbouwing": "refer", "inbreng_leerling": "missing"}, {}),
 (15, "groeidocument-chapter", "odt", "po", D(2025,10,6), {"ondersteuning": "placeholder", "belemmerende_factoren": "instruction"}, {}),
 (16, "beknopt-opp-po", "pdf", "po", D(2025,10,8), {}, {"afw": "none"}),
 (17, "beknopt-opp-po", "pdf", "po", D(2026,1,12), {"instemming_ouders": "gezien"}, {}),
 (18, "beknopt-opp-po", "pdf", "po", D(2024,12,4), {"informatie_rechten": "missing", "evaluatie": "missing"}, {}),
 (19, "beknopt-opp-po", "scan", "po", D(2025,11,17), {"instemming_ouders": "blank"}, {"afw": "none"}),
 (20, "beknopt-form", "form", "po", D(2025,10,22), {}, {"afw": "none"}),
 (21, "beknopt-form", "form", "po", D(2025,11,25), {"uitstroombestemming": "unticked", "instemming_ouders": "unticked", "informatie_rechten": "missing"}, {}),
 (22, "ib-concept-remarks", "docx", "po", D(2025,10,15), {}, {}),
 (23, "ib-concept-remarks", "docx", "sbo", D(2025,11,6), {"doelen": "placeholder", "oogo": "missing"}, {}),
 (24, "ib-concept-remarks", "docx", "vo", D(2025,12,10), {"bevorderende_factoren": "instruction", "instemming_ouders": "nodate"}, {}),
 (25, "ib-concept-remarks", "docx", "po", D(2026,1,28), {"adviezen_professionals": "missing", "afwijkingen_onderwijsprogramma": "nvt_wrong", "ondersteuning": "nvt_wrong"}, {}),
 (26, "question-headings", "md", "po", D(2025,11,19), {}, {"afw": "none"}),
 (27, "question-headings", "docx", "po", D(2025,10,9), {"inbreng_leerling": "no_effect", "vaststelling": "missing"}, {}),
 (28, "question-headings", "txt", "sbo", D(2026,2,2), {"ondersteuning": "empty", "evaluatie": "placeholder"}, {}),
 (29, "question-headings", "pdfw", "so", D(2025,9,25), {"instemming_ouders": "protest"}, {}),
 (30, "evaluatie-bijstelling", "docx", "po", D(2025,10,20), {}, {}),
 (31, "evaluatie-bijstelling", "pdfw", "vo", D(2025,11,14), {"doelen": "refer"}, {"afw": "none"}),
 (32, "evaluatie-bijstelling", "odt", "sbo", D(2025,6,17), {"instemming_ouders": "partial"}, {}),
 (33, "evaluatie-bijstelling", "docx", "so", D(2026,1,8), {"uitstroombestemming": "placeholder", "onderbouwing": "missing"}, {}),
 (34, "vso-letter", "pdfw", "vso", D(2025,10,2), {}, {"adult": True}),
 (35, "vso-letter", "odt", "vso", D(2025,12,15), {"instemming_ouders": "refused", "ondersteuningsbehoefte": "placeholder"}, {"adult": True}),
 (36, "vso-letter", "docx", "vso", D(2025,11,26), {"instemming_ouders": "curatele_pupil"}, {"curatele": True}),
 (37, "vso-letter", "pdfw", "vso", D(2024,10,30), {"adviezen_professionals": "refer"}, {"adult": True}),
 (38, "pro-terse", "txt", "pro", D(2025,10,13), {}, {}),
 (39, "pro-terse", "md", "pro", D(2025,11,20), {"belemmerende_factoren": "placeholder", "informatie_rechten": "missing"}, {}),
 (40, "pro-terse", "pdf", "pro", D(2026,1,19), {"vaststelling": "placeholder", "oogo": "placeholder"}, {}),
 (41, "pro-terse", "docx", "pro", D(2024,11,5), {"evaluatie": "missing", "bevorderende_factoren": "missing"}, {}),
 (42, "system-export", "pdf", "vo", D(2025,10,27), {}, {}),
 (43, "system-export", "scan", "so", D(2025,11,4), {}, {}),
 (44, "system-export", "scan", "sbo", D(2024,11,28), {"ondersteuningsbehoefte": "empty", "informatie_rechten": "refer"}, {}),
 (45, "system-export", "pdf", "vso", D(2025,12,11), {"uitstroombestemming": "placeholder", "adviezen_professionals": "missing"}, {}),
 (46, "system-export", "pdf", "po", D(2026,2,16), {"afwijkingen_onderwijsprogramma": "missing", "belemmerende_factoren": "empty"}, {}),
 (47, "vo-english-jargon", "docx", "vo", D(2025,10,16), {}, {}),
 (48, "vo-english-jargon", "md", "vo", D(2026,1,22), {"onderbouwing": "placeholder", "inbreng_leerling": "no_effect"}, {}),
 (49, "vo-english-jargon", "odt", "vo", D(2025,11,28), {"ondersteuning": "instruction", "evaluatie": "vague"}, {"afw": "none"}),
 (50, "swv-numbered", "pdfw", "vso", D(2025,10,23), {}, {}),
 (51, "sbo-domain-table", "pdf", "so", D(2025,11,10), {}, {"afw": "none"}),
 (52, "question-headings", "txt", "vso", D(2026,1,14), {"vaststelling": "nodate"}, {}),
 (53, "groeidocument-chapter", "odt", "vso", D(2025,9,29), {}, {}),
 (54, "pro-terse", "pdfw", "pro", D(2025,12,4), {}, {}),
]
NON_OPP = [(55, "leaflet", "pdf"), (56, "newsletter", "docx"), (57, "blank-format", "docx"), (58, "blank-beknopt-form", "form")]

GAPNOTE = {"missing": "left out", "empty": "heading with nothing under it", "placeholder": "placeholder",
           "instruction": "format instruction left in", "refer": "only refers elsewhere", "no_effect": "pupil's view without what it changed",
           "vague": "evaluation without when/with whom", "nvt_wrong": "'n.v.t.' although a shortened timetable is described",
           "unticked": "no option ticked", "gezien": "signed 'voor gezien'", "protest": "signed under protest",
           "refused": "'niet akkoord' ticked", "partial": "partial consent", "school_only": "only the school signed",
           "blank": "blank signature lines", "nodate": "no date", "avg_only": "only AVG/photo consent signed, no OPP consent",
           "curatele_pupil": "pupil under curatele signed, curator did not"}
EXT = {"pdfw": "pdf", "pdf": "pdf", "scan": "pdf", "form": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}

def main():
    shutil.rmtree(DOCS, ignore_errors=True); shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(DOCS); os.makedirs(BUILD)
    labels, to_convert, scans = [], [], []
    for (i, layout, fmt, typ, date, gaps, extra) in SPECS:
        spec = dict(id=i, seed=1000 + i * 17, layout=layout, type=typ, date=date, gaps=gaps, **extra)
        c = Ctx(spec)
        base = f"{i:02d}_{'OPP' if layout != 'evaluatie-bijstelling' else 'evaluatie_OPP'}_{c.name.replace('ë','e')}"
        fname = f"docs/{base}.{EXT[fmt]}"; out = os.path.join(HERE, fname)
        if fmt == "form":
            fields, meta = F_beknopt(c); W.write_form(fields, out, meta)
        else:
            blocks, meta = LAYOUTS[layout](c)
            if fmt == "docx": W.write_docx(blocks, out, meta)
            elif fmt == "pdfw":
                tmp = os.path.join(BUILD, base + ".docx"); W.write_docx(blocks, tmp, meta); to_convert.append(tmp)
            elif fmt == "odt": W.write_odt(blocks, out, meta)
            elif fmt == "pdf": W.write_pdf(blocks, out, meta)
            elif fmt in ("txt", "md"): W.write_text(blocks, out, meta, md=(fmt == "md"))
            elif fmt == "scan":
                tmp = os.path.join(BUILD, base + ".pdf"); W.write_pdf(blocks, tmp, meta, scan=True); scans.append((tmp, out, spec["seed"]))
        els = {e: c.status(e) for e in ELEMENTS}
        acc = ["instemming_ouders", "vaststelling"] if fmt == "scan" else []
        gn = "; ".join(f"{e}: {GAPNOTE.get(g, g)}" for e, g in gaps.items() if not (e == "ondersteuning" and g == "nvt_wrong")) or "complete (no gaps)"
        extras = []
        if c.old: extras.append("plan set before 1 Aug 2025 (pupil input not required)")
        if extra.get("adult"): extras.append("adult vso pupil, consents himself/herself")
        if extra.get("curatele"): extras.append("adult pupil under curatele; curator consents")
        if extra.get("afw") == "none": extras.append("explicitly no deviations")
        if fmt == "scan": extras.append("printed, signed on paper, scanned (noise, skew)")
        labels.append({"file": fname, "format": "pdf" if EXT[fmt] == "pdf" else EXT[fmt],
                       "layout": layout, "school_type": typ, "scanned": fmt == "scan", "elements": els,
                       "accept_unclear": acc, "notes": f"{layout}, {fmt}; gaps: {gn}" + (f"; {'; '.join(extras)}" if extras else "")})
    # non-OPPs
    import nonopp
    for (i, kind, fmt) in NON_OPP:
        fname, els, note, st = nonopp.build(i, kind, fmt, HERE, BUILD, to_convert)
        labels.append({"file": fname, "format": "pdf" if fname.endswith(".pdf") else fname.rsplit(".", 1)[1], "layout": kind,
                       "school_type": st, "scanned": False, "elements": els, "accept_unclear": [], "notes": note})
    if to_convert:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCS] + to_convert, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for tmp, out, seed in scans:
        W.make_scan(tmp, out, seed)
    for l in labels:
        assert os.path.exists(os.path.join(HERE, l["file"])), l["file"]
    json.dump({"version": 1, "docs": labels}, open(os.path.join(HERE, "labels.json"), "w"), indent=1, ensure_ascii=False)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(labels), "documents")

if __name__ == "__main__":
    main()
