#!/usr/bin/env python3
"""Deterministic generator of the blind OPP validation set. Run: /work/blind2/.venv/bin/python generate.py"""
import os, sys, json, shutil, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ELEMENTS
import cases, labels, layouts, render

DOCS = os.path.join(HERE, "docs")
TMP = os.path.join(HERE, "_tmp")
EXT = {"pdf": "pdf", "pdf-lo": "pdf", "pdf-form": "pdf", "scan": "pdf", "docx": "docx", "odt": "odt", "txt": "txt", "md": "md"}
FMTDESC = {"pdf": "PDF made directly (reportlab)", "pdf-lo": "PDF exported from Word via LibreOffice",
           "pdf-form": "fillable PDF form (AcroForm fields hold the text)", "scan": "scanned image-only PDF (grey JPEG, 150 dpi, noise, blur, skew)",
           "docx": "DOCX", "odt": "ODT (converted from Word by LibreOffice)", "txt": "plain text", "md": "Markdown"}


def main():
    only = set(sys.argv[1:])
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP); os.makedirs(DOCS, exist_ok=True)
    if not only:
        for f in glob.glob(os.path.join(DOCS, "*")):
            os.remove(f)
    entries, to_pdf, to_odt, scans = [], [], [], []
    for c in cases.build():
        if only and c["id"] not in only:
            continue
        name = f"{c['id']}-{c['layout'].replace('_','-')}-{c['st']}"
        out = os.path.join(DOCS, name + "." + EXT[c["fmt"]])
        fmt = c["fmt"]
        if fmt == "pdf-form":
            render.to_pdf_form(layouts.beknopt_fields(c), out, "Beknopt OPP (invulformulier)",
                               f"{c['swv']} \u2013 digitaal invulbaar formulier")
        else:
            blocks, style = layouts.LAYOUTS[c["layout"]](c)
            if fmt == "pdf":
                render.to_pdf(blocks, out, style)
            elif fmt in ("txt", "md"):
                render.to_text(blocks, out, md=(fmt == "md"))
            elif fmt == "docx":
                render.to_docx(blocks, out, style)
                if c["layout"] in ("swv_table", "vso_profiel"):
                    render.add_content_controls(out)
            else:
                tmpd = os.path.join(TMP, name + ".docx")
                render.to_docx(blocks, tmpd, style)
                (to_odt if fmt == "odt" else to_pdf).append(tmpd)
                if fmt == "scan":
                    scans.append((os.path.join(TMP, name + ".pdf"), out, c["id"]))
        lab = labels.label(c)
        acc = []
        if fmt == "scan":
            acc = ["instemming_ouders"] + (["uitstroombestemming"] if c["layout"] == "vso_profiel" else [])
        gaps = [f"{e}={s}" for e, s in sorted(c["states"].items()) if s not in ("ok", "signed")]
        note = f"layout {c['layout']}; {FMTDESC[fmt]}; plan set {c['plan']}" + (f", revised {c['revised']}" if c["revised"] else "")
        note += f"; states: {', '.join(gaps) if gaps else 'all ok'}"
        if c["note"]:
            note += f"; {c['note']}"
        entries.append(dict(file=os.path.relpath(out, HERE), format=EXT[fmt] if fmt != "pdf-lo" else "pdf", layout=c["layout"].replace("_", "-"),
                            school_type=c["st"], scanned=(fmt == "scan"), elements=lab, accept_unclear=acc, notes=note))
    # not OPPs
    if not only:
        bl, st = layouts.leaflet()
        f = os.path.join(DOCS, "n01-folder-ouders.pdf"); render.to_pdf(bl, f, st)
        entries.append(dict(file=os.path.relpath(f, HERE), format="pdf", layout="not-opp-leaflet", school_type="none", scanned=False,
                            elements={e: "missing" for e in ELEMENTS}, accept_unclear=[],
                            notes="not an OPP: leaflet for parents explaining what an OPP contains; PDF made directly; no pupil, every element missing"))
        bl, st = layouts.newsletter()
        t = os.path.join(TMP, "n02-nieuwsbrief.docx"); render.to_docx(bl, t, st); to_pdf.append(t)
        entries.append(dict(file="docs/n02-nieuwsbrief.pdf", format="pdf", layout="not-opp-newsletter", school_type="none", scanned=False,
                            elements={e: "missing" for e in ELEMENTS}, accept_unclear=[],
                            notes="not an OPP: school newsletter mentioning OPP conversations; Word->PDF via LibreOffice; every element missing"))
        bl, st = layouts.blank_format()
        f = os.path.join(DOCS, "n03-leeg-format-swv.docx"); render.to_docx(bl, f, st)
        entries.append(dict(file=os.path.relpath(f, HERE), format="docx", layout="not-opp-blank-format", school_type="none", scanned=False,
                            elements={e: "incomplete" for e in ELEMENTS}, accept_unclear=[],
                            notes="not an OPP: blank SWV format (shaded-header Word table) with its instructions; every heading present but "
                                  "empty or instruction-only, so every element incomplete (never present)"))
    if to_pdf:
        render.lo_convert_many(to_pdf, TMP, "pdf")
        for d in to_pdf:
            base = os.path.basename(d)[:-5]
            if not any(base == os.path.basename(s[1])[:-4] for s in scans):
                shutil.move(os.path.join(TMP, base + ".pdf"), os.path.join(DOCS, base + ".pdf"))
    if to_odt:
        render.lo_convert_many(to_odt, TMP, "odt")
        for d in to_odt:
            base = os.path.basename(d)[:-5]
            shutil.move(os.path.join(TMP, base + ".odt"), os.path.join(DOCS, base + ".odt"))
    for src, out, cid in scans:
        render.to_scan(src, out, "scan-" + cid)
    shutil.rmtree(TMP, ignore_errors=True)
    if not only:
        entries.sort(key=lambda e: e["file"])
        with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
            json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
    print(len(entries), "documents")


if __name__ == "__main__":
    main()
