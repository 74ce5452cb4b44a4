"""A folder of cases as an adviser gets it: plans in Markdown, text and PDF, some broken files,
Office lock files and hidden files that must be skipped. Written at test time."""

from __future__ import annotations

import os
from pathlib import Path

SECTIONS = {
    "uitstroom": "## Verwachte uitstroombestemming\n\nVmbo basis met leerwegondersteuning.\n\n"
                 "## Onderbouwing\n\nDe onderbouwing volgt uit de toetsen van het leerlingvolgsysteem en het "
                 "onderzoek van de orthopedagoog in mei.\n",
    "factoren": "## Belemmerende factoren\n\nZwak werkgeheugen en snel afgeleid in een drukke klas.\n\n"
                "## Bevorderende factoren\n\nBetrokken ouders en een goede werkhouding bij praktische taken.\n",
    "behoefte": "## Onderwijsbehoeften\n\n{name} heeft korte instructies en een vaste werkplek nodig.\n\n"
                "## Ondersteuning\n\nDrie keer per week verlengde instructie in een kleine groep.\n",
    "doelen": "## Doelen\n\nIn juni 2026 leest {name} op AVI-niveau M5, gemeten met de AVI-toets.\n",
    "instemming": "## Instemming ouders\n\nDe ouders stemmen in met het handelingsdeel.\n\n"
                  "Handtekening ouder: J. Jansen, datum 12-03-2026\n",
}
BROKEN = {  # name -> how a user sees it: every one must be listed with a reason
    "leeg.md": b"",
    "ruis.docx": bytes(range(256)) * 8,
    "afgebroken.pdf": None,  # filled in by write_folder: half of a real PDF
}
SKIPPED = ("~$lock.docx", ".verborgen.md", ".~lock.plan.odt#", "notities.csv", "tabel.xlsx")


def plan_text(name: str, parts: tuple[str, ...]) -> str:
    body = "".join(SECTIONS[p].format(name=name) + "\n" for p in parts)
    return f"# Ontwikkelingsperspectiefplan {name}\n\nSchool: De Regenboog, groep 6. Schooljaar 2025-2026.\n\n{body}"


def tiny_pdf(path: Path, name: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    y = 790
    for line in plan_text(name, ("uitstroom", "doelen")).splitlines():
        bold = line.startswith("#")
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 14 if bold else 10)
        c.drawString(72, y, line.lstrip("# "))
        y -= 22 if bold else 14
    c.showPage()
    c.save()
    return path


def write_folder(root: Path, n_plans: int = 24) -> list[Path]:
    """Write the folder; return the files oppcheck must check, in the order it reports them."""
    names = ["Noah", "Emma", "Sem", "Julia", "Daan", "Mila", "Liam", "Tess"]
    options = list(SECTIONS)
    sub = root / "school-b"
    sub.mkdir(parents=True)
    expected = []
    for i in range(n_plans):
        parts = tuple(p for j, p in enumerate(options) if (i + j) % 4 != 0)
        folder = root if i % 2 == 0 else sub
        path = folder / f"plan-{i:02d}.{'md' if i % 3 else 'txt'}"
        path.write_text(plan_text(names[i % len(names)], parts), encoding="utf-8")
        expected.append(path)
    for i in range(3):
        expected.append(tiny_pdf(root / f"scan-{i}.pdf", names[i]))
    pdf_bytes = expected[-1].read_bytes()
    for name, data in BROKEN.items():
        (root / name).write_bytes(pdf_bytes[: len(pdf_bytes) // 2] if data is None else data)
        expected.append(root / name)
    for name in SKIPPED:
        (root / name).write_bytes(pdf_bytes if name.endswith(".md") else b"a;b\n1;2\n")
    (root / "tabel.xlsx").write_bytes(_xlsx())
    expected.append(_sniffed_pdf(root, pdf_bytes))
    return sorted(expected, key=_report_order(root))


def _sniffed_pdf(root: Path, data: bytes) -> Path:
    """A PDF saved without an extension: found by its content."""
    path = root / "school-b" / "bijlage"
    path.write_bytes(data)
    return path


def _xlsx() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def _report_order(root: Path):
    """Folders walked top-down, names sorted; files of a folder before its subfolders."""
    def key(path: Path) -> tuple:
        rel = path.relative_to(root)
        return (len(rel.parts) > 1, str(rel.parent), rel.name)
    return key


def truncate_lines(path: Path, keep: int, half: bool = True) -> None:
    """Cut a JSONL file after `keep` lines, plus half of the next one (a run killed while writing)."""
    lines = path.read_bytes().splitlines(keepends=True)
    cut = b"".join(lines[:keep]) + (lines[keep][: len(lines[keep]) // 2] if half else b"")
    path.write_bytes(cut)
    os.utime(path)
