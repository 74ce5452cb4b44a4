"""Make a corpus of long, table-heavy OPPs as PDF, to measure throughput where tables and pages dominate.

    python benchmarks/make_table_corpus.py [--out /tmp/oppcheck-table-corpus] [--count 36] [--seed 7]
    python benchmarks/bench_batch.py --source /tmp/oppcheck-table-corpus --count 36 --jobs '' --repeat 5

Each plan is written as DOCX with python-docx and exported to PDF by LibreOffice, all in one
`soffice --headless --convert-to pdf` call, as a school's Word template would be. Every section is a
table: the pupil's details (label | value), test results (5 columns, shaded header row repeated on
every page), the action plan (6 columns, 20-70 rows of a few lines each, some cells merged), the
factors (3 columns, banded rows), the evaluation (4 columns) and the signatures; some plans hold a
table inside a cell. Plans run from about 6 to 30 pages. The text is fictional and drawn with a
seeded random generator: the same --seed gives the same documents (LibreOffice's PDFs differ only in
their creation date). Needs python-docx and LibreOffice (`soffice`). The PDFs are not kept in git.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WORDS = (
    "de leerling leest traag en raadt woorden vergeet instructies van meer dan twee stappen werkt graag met "
    "de computer heeft twee goede vrienden in de klas krijgt verlengde instructie in een kleine groep oefent "
    "dagelijks met de leesbegeleider en plant zijn werk met een weekschema samen met de mentor"
).split()
NAMES = ["Sem", "Noor", "Daan", "Lotte", "Milan", "Yara", "Finn", "Sara", "Luuk", "Emma", "Bram", "Zoë"]
SCHOOLS = ["De Linde", "Het Kompas", "De Regenboog", "Klimop", "De Wingerd", "Het Baken"]


def _text(rnd: random.Random, low: int, high: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(low, high))).capitalize() + "."


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))


def _repeat_header(row) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def _grid(document, header: list[str], rows: list[list[str]], *, banded: bool = False, style: str = "Table Grid"):
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = style
    for c, title in enumerate(header):
        table.cell(0, c).text = title
        _shade(table.cell(0, c), "D9E2F3")
    _repeat_header(table.rows[0])
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
            if banded and r % 2 == 0:
                _shade(table.cell(r, c), "F2F2F2")
    return table


def make_plan(path: Path, number: int, rnd: random.Random) -> Path:
    import docx

    name, school = rnd.choice(NAMES), rnd.choice(SCHOOLS)
    document = docx.Document()
    document.add_heading("Ontwikkelingsperspectiefplan (OPP)", 0)
    document.add_paragraph(f"Basisschool {school} · schooljaar 2025-2026 · plan {number:03d}")

    document.add_heading("1. Gegevens van de leerling", 1)
    details = [("Naam leerling", f"{name} de Vries"), ("Geboortedatum", f"{rnd.randint(1, 28):02d}-03-2015"),
               ("Groep", f"groep {rnd.randint(3, 8)}"), ("School", f"Basisschool {school}, Utrecht"),
               ("Ouders/verzorgers", "J. de Vries en M. de Vries"), ("Mentor", "E. Boersma"),
               ("Intern begeleider", "M. Aydın"), ("Datum vaststelling", "22-09-2025"),
               ("Datum evaluatie", "februari en juni 2026"), ("Uitstroombestemming", "vmbo kader")]
    table = document.add_table(rows=len(details), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(details):
        table.cell(r, 0).text, table.cell(r, 1).text = label, value
        _shade(table.cell(r, 0), "EDEDED")

    document.add_heading("2. Onderbouwing van de uitstroombestemming", 1)
    tests = [[f"Toets {k + 1}", rnd.choice(["jan.", "juni"]) + f" {2022 + k % 4}", str(rnd.randint(20, 120)),
              rnd.choice(["I", "II", "III", "IV", "V", "1F", "2F"]), _text(rnd, 3, 12)]
             for k in range(rnd.randint(12, 40))]
    _grid(document, ["Toets / onderzoek", "Afname", "Score", "Niveau", "Toelichting"], tests)
    document.add_paragraph(_text(rnd, 30, 60))

    document.add_heading("3. Belemmerende en bevorderende factoren", 1)
    factors = [[rnd.choice(["Leren", "Werkhouding", "Sociaal", "Thuis", "Gezondheid"]), _text(rnd, 5, 25),
                _text(rnd, 5, 25)] for _ in range(rnd.randint(6, 16))]
    _grid(document, ["Domein", "Belemmerend", "Bevorderend"], factors, banded=True, style="Table Grid")

    document.add_heading("4. Handelingsdeel: doelen en ondersteuning", 1)
    who = ["leerkracht", "RT", "IB", "ouders"]
    actions = [[f"Doel {k + 1}: {_text(rnd, 4, 12)}", _text(rnd, 8, 30), rnd.choice(who),
                f"{rnd.randint(1, 28)}-{rnd.randint(1, 12)}-2026", _text(rnd, 3, 15), ""]
               for k in range(rnd.randint(20, 70))]
    table = _grid(document, ["Doel", "Aanpak", "Wie", "Wanneer", "Evaluatie", "Resultaat"], actions)
    for r in range(3, len(actions), 11):  # a goal that takes two rows: its first column merged down
        table.cell(r, 0).merge(table.cell(r + 1, 0))
    if number % 3 == 0:  # a table inside a cell
        inner = table.cell(2, 1).add_table(rows=2, cols=2)
        inner.style = "Table Grid"
        for row in inner.rows:
            for cell in row.cells:
                cell.text = _text(rnd, 2, 5)

    document.add_heading("5. Evaluatie", 1)
    evaluation = [[f"Periode {k + 1}", _text(rnd, 5, 20), _text(rnd, 5, 20), rnd.choice(["behaald", "deels", "niet"])]
                  for k in range(rnd.randint(4, 10))]
    _grid(document, ["Periode", "Wat ging goed", "Wat kan beter", "Doel"], evaluation)

    document.add_heading("6. Ondertekening", 1)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for r, values in enumerate([("Rol", "Naam", "Datum en handtekening"), ("Ouders", "J. de Vries", "22-09-2025"),
                                ("Directeur", "J. Bakker", "22-09-2025"), ("Leerling", name, "")]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("Ouders gaan akkoord met het handelingsdeel.")
    document.save(str(path))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "oppcheck-table-corpus")
    parser.add_argument("--count", type=int, default=36)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not shutil.which("soffice"):
        print("LibreOffice (soffice) is needed to export the plans to PDF.")
        return 2
    rnd = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="table-corpus-") as tmp:
        docx_files = [make_plan(Path(tmp) / f"tabel-{n:03d}.docx", n, rnd) for n in range(args.count)]
        profile = Path(tmp) / "profile"  # a private LibreOffice profile: never the user's own
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(args.out), *map(str, docx_files)], capture_output=True, check=False,
                       timeout=1800)
    made = sorted(args.out.glob("tabel-*.pdf"))
    print(f"{len(made)} PDFs in {args.out}")
    return 0 if len(made) == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
