"""PDF tables against Word's own: how many of the DOCX reader's table cells come back from the PDF.

Each DOCX with a table (from corpus/dev and corpus/alt, and any given on the command line) is exported
to PDF by LibreOffice, as a school would, into a temporary folder. For each document it prints the
DOCX reader's non-empty table cells, the share of them the PDF reader returns as TABLE_CELL blocks
with the same text (whitespace, case and hyphens ignored; each PDF cell counts once), pdfplumber's
share from `extract_tables()` beside it when pdfplumber is installed (it is no dependency), and the
reading time per page with and without table reading (median of --runs).

    .venv/bin/python benchmarks/bench_tables.py               # corpus/dev + corpus/alt DOCX with tables,
                                                              # and five made here (see `generate`)
    .venv/bin/python benchmarks/bench_tables.py plan.docx ... # other files
    .venv/bin/python benchmarks/bench_tables.py --keep /tmp/pdfs  # keep (and reuse) the exported PDFs

Needs LibreOffice (`soffice`).
"""

from __future__ import annotations

import argparse
import importlib.util
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


WORDS = ("leest traag en raadt woorden vergeet instructies van meer dan twee stappen werkt graag met de computer "
         "heeft twee goede vrienden in de klas krijgt verlengde instructie in een kleine groep").split()


def generate(out: Path) -> list[Path]:
    """Word-like plans made with python-docx: merged cells (across and down), a shaded header row
    repeated over 3 pages, a table without borders, a table inside a cell, a banded table (every
    other row shaded, no borders) and a table drawn with horizontal lines only."""
    import random

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    rnd = random.Random(13)

    def text(n: int) -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."

    made = []
    document = docx.Document()
    document.add_heading("Ontwikkelingsperspectiefplan", 1)
    table = document.add_table(rows=40, cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = ["Domein", "Belemmerend", "Bevorderend", "Wie"][c] if r == 0 else text(rnd.randint(1, 14))
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for cell in table.rows[0].cells:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9E2F3"/>'))
    table.cell(3, 1).merge(table.cell(3, 2))
    table.cell(5, 0).merge(table.cell(7, 0))
    made.append(out / "gen-merged-long.docx")
    document.save(str(made[-1]))

    document = docx.Document()
    document.add_heading("Toetsgegevens", 1)
    table = document.add_table(rows=8, cols=3)  # the default style draws no borders
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = ["Toets", "Afname", "Score"][c] if r == 0 else [f"Toets {r}", "jan. 2025", str(100 + r)][c]
    document.add_paragraph(text(30))
    made.append(out / "gen-borderless.docx")
    document.save(str(made[-1]))

    document = docx.Document()
    document.add_heading("Handelingsdeel", 1)
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        row.cells[0].text = ["Onderdeel", "Doelen", "Afspraken"][r]
        row.cells[1].text = ["Toelichting", text(12), ""][r]
    inner = table.cell(2, 1).add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    for row in inner.rows:
        for cell in row.cells:
            cell.text = text(3)
    made.append(out / "gen-nested.docx")
    document.save(str(made[-1]))

    document = docx.Document()
    document.add_heading("Afspraken", 1)
    table = document.add_table(rows=12, cols=3)  # no borders, every other row shaded (a banded style)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = ["Wat", "Wie", "Wanneer"][c] if r == 0 else text(rnd.randint(1, 8))
            if r % 2 == 0:
                cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="E7E6E6"/>'))
    document.add_paragraph(text(20))
    made.append(out / "gen-banded.docx")
    document.save(str(made[-1]))

    document = docx.Document()
    document.add_heading("Afspraken", 1)
    table = document.add_table(rows=10, cols=3)  # horizontal lines only (a 'light' or 'plain' style)
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/>'
        '<w:insideH w:val="single" w:sz="4"/></w:tblBorders>'))
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = ["Wat", "Wie", "Wanneer"][c] if r == 0 else text(rnd.randint(1, 12))
    document.add_paragraph(text(20))
    made.append(out / "gen-horizontal-lines.docx")
    document.save(str(made[-1]))
    return made


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
        reader._tables = lambda *_args: []  # (whatever the reader passes: the page is read without tables)
    try:
        times = []
        for _ in range(runs):
            start = time.process_time()
            read_document(str(pdf))
            times.append(time.process_time() - start)
    finally:
        reader._tables = original
    return min(times)


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
    out = args.keep or Path(tempfile.mkdtemp(prefix="bench_tables_"))
    out.mkdir(parents=True, exist_ok=True)
    if not args.files:
        files += generate(out)
    files = [p for p in files if has_table(p)]
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
        have = importlib.util.find_spec("pdfplumber") is not None
        p_total = f"{total['plumber'] / total['cells']:10.1%}" if have else f"{'-':>10}"
        print(f"{'all (' + str(len(extra)) + ' documents, ' + str(total['pages']) + ' pages)':<48} "
              f"{total['cells']:>5} {total['hit'] / total['cells']:8.1%} {p_total} "
              f"{'':>8} {statistics.median(extra):+8.2f}")
        print("(ms/page: reading time per page with table reading; +tables: what table reading adds, median)")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
