"""PDF tables against Word's own: how many of the DOCX reader's table cells come back from the PDF.

Each DOCX with a table (from corpus/dev and corpus/alt, and any given on the command line) is exported
to PDF by LibreOffice, as a school would, into a temporary folder. For each document it prints the
DOCX reader's non-empty table cells, the share of them the PDF reader returns as TABLE_CELL blocks
with the same text (whitespace, case and hyphens ignored; each PDF cell counts once), pdfplumber's
share from `extract_tables()` beside it when pdfplumber is installed (it is no dependency), and the
reading time per page with and without table reading (median of --runs).

    .venv/bin/python benchmarks/bench_tables.py               # corpus/dev + corpus/alt DOCX with tables
    .venv/bin/python benchmarks/bench_tables.py plan.docx ... # other files
    .venv/bin/python benchmarks/bench_tables.py --keep /tmp/pdfs  # keep (and reuse) the exported PDFs

Needs LibreOffice (`soffice`).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oppcheck.extract import read_document  # noqa: E402
from oppcheck.model import BlockKind, Source  # noqa: E402
from oppcheck.text import norm  # noqa: E402

_KEY = re.compile(r"[\s\-\u00ad]+")
_OWN = (Source.BODY, Source.TEXT_BOX, Source.FORM)


def key(text: str) -> str:
    return _KEY.sub("", norm(text))


def has_table(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            return b"<w:tbl>" in z.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        return False


def export(docx: list[Path], out: Path) -> None:
    todo = [p for p in docx if not (out / (p.stem + ".pdf")).exists()]
    for i in range(0, len(todo), 20):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                        *map(str, todo[i:i + 20])], capture_output=True, check=False, timeout=600)


def cells(doc) -> Counter:
    return Counter(key(b.text) for b in doc.blocks
                   if b.kind is BlockKind.TABLE_CELL and b.text.strip() and b.source in _OWN)


def share(want: Counter, got: Counter) -> tuple[int, int]:
    return sum(min(n, got[k]) for k, n in want.items()), sum(want.values())


def plumber_cells(pdf: Path) -> Counter | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    found: Counter = Counter()
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                for row in table:
                    found.update(key(c) for c in row if c and c.strip())
    return found


def timed(pdf: Path, runs: int, tables: bool) -> float:
    import oppcheck.extract.pdf as reader

    original = reader._tables
    if not tables:
        reader._tables = lambda page, textpage, lines: []
    try:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            read_document(str(pdf))
            times.append(time.perf_counter() - start)
    finally:
        reader._tables = original
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--keep", type=Path, help="folder for the exported PDFs (reused when present)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not shutil.which("soffice"):
        print("LibreOffice (soffice) is needed to export the DOCX files to PDF.")
        return 2
    files = args.files or sorted(p for d in ("dev", "alt") for p in (ROOT / "corpus" / d / "docs").glob("*.docx"))
    files = [p for p in files if has_table(p)]
    out = args.keep or Path(tempfile.mkdtemp(prefix="bench_tables_"))
    out.mkdir(parents=True, exist_ok=True)
    export(files, out)
    print(f"{'document':<48} {'cells':>5} {'oppcheck':>8} {'pdfplumber':>10} {'ms/page':>8} {'+tables':>8}")
    total = Counter()
    extra: list[float] = []
    for docx in files:
        pdf = out / (docx.stem + ".pdf")
        if not pdf.exists():
            print(f"{docx.name:<48} export failed")
            continue
        want = cells(read_document(str(docx)))
        doc = read_document(str(pdf))
        hit, n = share(want, cells(doc))
        plumber = plumber_cells(pdf)
        p_hit = share(want, plumber)[0] if plumber is not None else None
        pages = doc.pages or 1
        base = timed(pdf, args.runs, tables=False) / pages * 1000
        full = timed(pdf, args.runs, tables=True) / pages * 1000
        extra.append(full - base)
        total.update(cells=n, hit=hit, plumber=p_hit or 0, pages=pages)
        p_text = f"{p_hit / n:10.0%}" if p_hit is not None and n else f"{'-':>10}"
        print(f"{docx.name[:48]:<48} {n:>5} {hit / n if n else 1:8.0%} {p_text} {full:8.2f} {full - base:+8.2f}")
    if total["cells"]:
        p_total = f"{total['plumber'] / total['cells']:10.1%}" if plumber_cells is not None else ""
        print(f"{'all (' + str(len(extra)) + ' documents, ' + str(total['pages']) + ' pages)':<48} "
              f"{total['cells']:>5} {total['hit'] / total['cells']:8.1%} {p_total} "
              f"{'':>8} {statistics.median(extra):+8.2f}")
        print("(ms/page: reading time per page with table reading; +tables: what table reading adds, median)")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
