"""How many seconds does OCR cost per scanned page, on one core? Prints figures; asserts nothing.

Usage:
    python benchmarks/bench_ocr.py [SCAN.pdf ...] [--runs N] [--dpi 110,200,300]

Without files, a 2-page OPP is typeset with reportlab and 'scanned' at each --dpi: rendered,
turned 0.5 degree, speckled, saved as JPEG and wrapped as an image-only PDF (tests/scan_fixtures).
The process pins itself to one CPU (Linux), so Tesseract runs on one core as in batch mode, where
each worker reads its own document.

Figures per file: median and minimum wall seconds per page of `read_document` (render or take the
embedded JPEG, run `tesseract -l nld`, lay out the lines) over --runs runs, the median CPU seconds
per page (this process and Tesseract; on a busy machine the fairer figure) and the mean OCR
confidence of its blocks. Needs the tesseract program and its Dutch data. Unix only.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dpi", default="110,200,300", help="resolutions of the generated scans")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from oppcheck.extract import ocr, read_document

    missing = ocr.unavailable()
    if missing:
        print(f"tesseract is not usable here (missing: {missing}); install tesseract-ocr and tesseract-ocr-nld")
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(f) for f in a.files] or _generate(Path(tmp), [int(d) for d in a.dpi.split(",")])
        print(f"{'file':36} {'pages':>5} {'median s/page':>13} {'min s/page':>10} {'cpu s/page':>10} "
              f"{'confidence':>10}")
        for path in files:
            times, cpu, doc = [], [], None
            for _ in range(a.runs):
                start, start_cpu = time.perf_counter(), _cpu()
                doc = read_document(str(path))
                times.append(time.perf_counter() - start)
                cpu.append(_cpu() - start_cpu)
            pages = max(len(doc.ocr_pages), 1)
            confidences = [b.confidence for b in doc.blocks if b.confidence is not None]
            mean = statistics.mean(confidences) if confidences else 0.0
            print(f"{path.name[-36:]:36} {len(doc.ocr_pages):5d} {statistics.median(times) / pages:13.2f} "
                  f"{min(times) / pages:10.2f} {statistics.median(cpu) / pages:10.2f} {mean:10.1f}")
    return 0


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract): the cost on a quiet core."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _generate(folder: Path, resolutions: list[int]) -> list[Path]:
    import scan_fixtures

    return [scan_fixtures.scanned_pdf(folder / f"scan-{dpi}dpi.pdf", dpi=dpi) for dpi in resolutions]


if __name__ == "__main__":
    sys.exit(main())
