"""How fast is `oppcheck extract` on a 12-page Word-style PDF? Prints figures; asserts nothing.

Usage:
    python benchmarks/bench_extract.py [FILE.pdf] [--runs N]

Without FILE a 12-page PDF is generated with reportlab in a temporary folder. Word and
LibreOffice write text as `TJ` arrays with a kerning number every few glyphs; the generated file
does the same, because that is what makes pure-Python PDF parsers slow.

Figures: median and minimum wall ms, and median CPU ms, of `read_document` in this process and of
`oppcheck --help`, `oppcheck extract FILE`, `python -c pass` and (when installed) `pdftotext FILE -`
as subprocesses (CPU time of a subprocess includes its own children). Unix only (resource module).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "De leerling ontwikkelt zich goed op het gebied van rekenen en taal maar heeft extra ondersteuning "
    "nodig bij het plannen van zijn werk en bij de sociaal-emotionele ontwikkeling. De school biedt "
    "begeleiding in een kleine groep en bespreekt de voortgang elke zes weken met de ouders."
).split()
HEADINGS = [
    "1. Gegevens van de leerling", "2. Onderwijsbehoeften", "3. Belemmerende en bevorderende factoren",
    "4. Uitstroomprofiel", "5. Onderbouwing van het uitstroomprofiel", "6. Doelen",
    "7. Ondersteuning en begeleiding", "8. Afwijkingen van het onderwijsprogramma", "9. Evaluatie",
    "10. Overleg met ouders", "11. Instemming ouders", "12. Ondertekening",
]


def _escape(text: str) -> str:
    raw = text.encode("cp1252", "replace").decode("latin-1")
    return "".join(f"\\{ord(c):03o}" if ord(c) > 126 else c for c in raw.replace("\\", "\\\\")
                   .replace("(", "\\(").replace(")", "\\)"))


def _tj(text: str) -> str:
    """A TJ array with a kerning adjustment after every two or three glyphs, as Office writes."""
    parts, i, step = [], 0, 2
    while i < len(text):
        parts.append(f"({_escape(text[i:i + step])})")
        parts.append(str(-12 + (i % 7) * 4))
        i += step
        step = 5 - step
    return f"[{' '.join(parts[:-1])}] TJ"


def make_word_style_pdf(path: Path, pages: int = 12) -> Path:
    """A 12-page plan: header and footer, a numbered bold heading, body lines and a small table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    for number in range(pages):
        lines = [("Helvetica", 8, 72, 810, "OPP Noah de Vries - schooljaar 2025-2026"),
                 ("Helvetica-Bold", 14, 72, 770, HEADINGS[number % len(HEADINGS)])]
        y = 740.0
        for para in range(5):
            start = (number * 5 + para) * 11
            text = " ".join(WORDS[(start + k) % len(WORDS)] for k in range(95))
            for line in simpleSplit(text, "Helvetica", 11, 451):
                lines.append(("Helvetica", 11, 72, y, line))
                y -= 14.5
            y -= 8
        table = [("Doel", "Evaluatie"), ("Lezen", "Week 6"), ("Rekenen", "Week 12")]
        for row, (label, value) in enumerate(table):
            lines.append(("Helvetica", 11, 72, y - row * 16, label))
            lines.append(("Helvetica", 11, 300, y - row * 16, value))
        lines.append(("Helvetica", 8, 72, 30, f"Pagina {number + 1} van {pages}"))
        for font, size, x, ly, text in lines:
            t = c.beginText()
            t.setFont(font, size)
            t._code.append(f"1 0 0 1 {x} {ly:.2f} Tm {_tj(text)}")
            c.drawText(t)
        c.showPage()
    c.save()
    return path


def _timed_ms(fn, runs: int, cpu) -> str:
    """'median wall ms (min ..., CPU median ...)' over `runs` calls of fn. The minimum and the CPU
    time (`cpu()` counts seconds used) show the cost when other work shares the machine."""
    walls, cpus = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu()
        fn()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((cpu() - start_cpu) * 1000)
    return f"{statistics.median(walls):.1f} ms (min {min(walls):.1f}; CPU {statistics.median(cpus):.1f})"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _command_ms(cmd: list[str], runs: int, env: dict[str, str]) -> str:
    def run() -> None:
        subprocess.run(cmd, capture_output=True, check=False, env=env)

    run()  # warm the file cache and write bytecode
    return _timed_ms(run, runs, _children_cpu)


def _installed_env(pycache: str) -> dict[str, str]:
    """The environment with bytecode caching on (in `pycache`), as for an installed package; a
    PYTHONDONTWRITEBYTECODE=1 development shell would otherwise compile every module on every run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a PDF to measure (default: generate a 12-page one)")
    parser.add_argument("--runs", type=int, default=20, help="runs per figure (default 20)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    pdf = Path(args.file) if args.file else make_word_style_pdf(Path(tmp.name) / "word_style_12p.pdf")

    from oppcheck.extract import ReadOptions, read_document

    doc = read_document(str(pdf), ReadOptions())
    print(f"file: {pdf.name}  pages={doc.pages}  blocks={len(doc.blocks)}  "
          f"headings={sum(1 for b in doc.blocks if b.kind.value == 'heading')}")
    print(f"read_document in-process, median of {args.runs}: "
          f"{_timed_ms(lambda: read_document(str(pdf), ReadOptions()), args.runs, time.process_time)}")

    oppcheck = shutil.which("oppcheck", path=str(Path(sys.executable).parent)) or shutil.which("oppcheck")
    runs = max(5, args.runs // 2)
    figures = [("python -c pass", [sys.executable, "-c", "pass"])]
    if oppcheck:
        figures += [("oppcheck --help", [oppcheck, "--help"]),
                    ("oppcheck extract FILE", [oppcheck, "extract", str(pdf)])]
    else:
        print("oppcheck command not found (pip install -e . first); skipping its timings")
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        figures.append(("pdftotext FILE -", [pdftotext, str(pdf), "-"]))
    env = _installed_env(str(Path(tmp.name) / "pycache"))
    print("subprocesses run with bytecode caching on (PYTHONPYCACHEPREFIX in a temporary folder)")
    for label, cmd in figures:
        print(f"{label:<24} median of {runs}: {_command_ms(cmd, runs, env)}")
    if not pdftotext:
        print("pdftotext not installed (apt-get install poppler-utils); no reference figure")
    tmp.cleanup()


if __name__ == "__main__":
    main()
