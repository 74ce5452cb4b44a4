#!/usr/bin/env python3
"""Generate the labelled development corpus of OPP documents.

usage: .venv/bin/python corpus/generate.py [--out DIR] [--seed N] [--formats pdf,docx,...]

Writes DIR/docs/* and DIR/labels.json (format: see corpus/README.md). Labels come from the case
model in corpus/gen/plan.py, never from the rendered text.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen.cases import ELEMENTS  # noqa: E402
from gen.layouts import LAYOUTS  # noqa: E402
from gen.plan import build  # noqa: E402
from gen.sigimage import signature_png  # noqa: E402


def render(doc, fmt: str, path: str, scanned: bool = False) -> None:
    if scanned:
        from gen.render_pdf import to_scanned_pdf
        to_scanned_pdf(doc, path, doc.seed)
    elif fmt in ("txt", "md"):
        from gen.render_text import to_md, to_txt
        text = to_txt(doc) if fmt == "txt" else to_md(doc)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    elif fmt == "pdf":
        from gen.render_pdf import to_pdf
        to_pdf(doc, path)
    elif fmt == "docx":
        from gen.render_docx import to_docx
        to_docx(doc, path)
    elif fmt == "odt":
        from gen.render_odt import to_odt
        to_odt(doc, path)
    else:
        raise ValueError(fmt)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev"))
    ap.add_argument("--seed", type=int, default=20251)
    ap.add_argument("--formats", default="pdf,docx,odt,txt,md", help="only render these formats")
    a = ap.parse_args()
    fmts = set(a.formats.split(","))
    docs_dir = os.path.join(a.out, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    for name in os.listdir(docs_dir):
        os.remove(os.path.join(docs_dir, name))
    entries = []
    for c in build(a.seed):
        if c.fmt not in fmts:
            continue
        rel = f"docs/{c.slug}.{c.fmt}"
        doc = LAYOUTS[c.layout](c)
        doc.seed = c.seed
        if c.consent == "wetink":
            doc.sig_png = signature_png(c.seed)
        render(doc, c.fmt, os.path.join(a.out, rel), c.scanned)
        entry = {"file": rel, "format": c.fmt, "layout": c.layout,
                 "school_type": c.school_type if c.kind != "not_opp" or c.school_type else "none",
                 "scanned": c.scanned, "elements": {el: c.variants[el] for el in ELEMENTS},
                 "accept_unclear": sorted(set(c.accept_unclear)), "notes": "; ".join(c.notes)}
        entries.append(entry)
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"version": 1, "docs": entries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(entries)} documents written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
