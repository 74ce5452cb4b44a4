"""How long checking a 20-page OPP takes: reading, checking, and the whole command.

    python benchmarks/bench_check.py [FILE.pdf] [--runs N]

Without FILE it builds a 20-page Word-like OPP with reportlab. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build_pdf(path: Path, pages: int = 20) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
    from make_examples import COMPLETE

    styles = getSampleStyleSheet()
    story = [Paragraph("Ontwikkelingsperspectiefplan (OPP)", styles["Title"])]
    filler = ("Tijdens de lessen observeert de leerkracht hoe Sem zijn werk plant en uitvoert; de resultaten "
              "worden in het leerlingvolgsysteem bijgehouden en met de intern begeleider besproken. ") * 6
    for page in range(pages):
        title, body = COMPLETE[page % len(COMPLETE)]
        story.append(Paragraph(f"{page + 1}. {title}", styles["Heading2"]))
        text = body if isinstance(body, str) else "<br/>".join(f"{a} {b or ''}" for a, b in body)
        story += [Paragraph(text, styles["BodyText"]), Paragraph(filler, styles["BodyText"]),
                  Paragraph(filler, styles["BodyText"]), PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def median_ms(fn, runs: int) -> float:
    fn()  # warm: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    from oppcheck.check import check_document
    from oppcheck.extract import read_document
    from oppcheck.ruleset import load_ruleset

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.file) if args.file else Path(tmp) / "opp-20-paginas.pdf"
        if not args.file:
            build_pdf(path)
        ruleset = load_ruleset()
        doc = read_document(str(path))
        read = median_ms(lambda: read_document(str(path)), args.runs)
        check = median_ms(lambda: check_document(doc, ruleset), args.runs)
        exe = str(Path(sys.executable).with_name("oppcheck"))
        whole = median_ms(lambda: subprocess.run([exe, str(path), "--format", "json"], capture_output=True),
                          max(3, args.runs // 3))
        print(f"document: {path.name}, {doc.pages} pages, {len(doc.blocks)} blocks")
        print(f"read (extract)        {read:8.1f} ms  median of {args.runs}")
        print(f"check (15 rules)      {check:8.1f} ms  median of {args.runs}")
        print(f"oppcheck FILE (json)  {whole:8.1f} ms  whole command, incl. start-up and worker process")


if __name__ == "__main__":
    main()
