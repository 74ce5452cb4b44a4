"""The meeting form (--output gesprek.docx|.html|.md): it says what the check found, in the parent's language,
never copies the child's name, escapes document text, and prints on A4 (Chromium) / opens in LibreOffice."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from oppcheck.cli import main

CHILD = "Sanne Verhoeven"
PLAN = f"""# Ontwikkelingsperspectiefplan (OPP)

| | |
|---|---|
| Naam leerling | {CHILD} |
| School | Basisschool De Linde, groep 6 |
| Schoolsoort | basisonderwijs |

## Uitstroombestemming

Verwachte uitstroombestemming: vmbo kader

## Onderbouwing

De onderbouwing is gebaseerd op de methodetoetsen en het leerlingvolgsysteem, en op observaties in de klas.

## Belemmerende factoren

De leerling heeft moeite met plannen en raakt snel afgeleid in een drukke klas.

## Handelingsdeel

Nog te bepalen <script>alert(1)</script>

## Overleg met ouders

Het OPP is op 13-12-2025 besproken met de ouders en de intern begeleider.

## Ondertekening

{{consent}}

{{vaststelling}}
"""
SET_ON = "Dit OPP is vastgesteld op 2 januari 2026 door de directeur."
SEEN_ONLY = "Gezien door ouders: .........."
AGREED = "Ouders gaan akkoord met het handelingsdeel.\n\nHandtekening ouder: w.g. P. Jansen\n\nDatum: 02-01-2026"


def write_plan(folder: Path, name: str = "plan.md", vaststelling: str = SET_ON, consent: str = SEEN_ONLY) -> Path:
    path = folder / name
    path.write_text(PLAN.replace("{vaststelling}", vaststelling).replace("{consent}", consent), encoding="utf-8")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, [*args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1), result.output
    return result.output


def gaps(plan: Path, lang: str = "nl") -> list[dict]:
    """The missing, incomplete and unclear elements, as the JSON report (same data as the terminal) gives them."""
    report = json.loads(run(str(plan), "-f", "json", "--lang", lang))
    found = [e for e in report["documents"][0]["elements"] if e["status"] in ("missing", "incomplete", "unclear")]
    assert len(found) >= 5
    return found


def docx_text(path: Path) -> tuple[list[tuple[str, str]], str, list]:
    """(style, text) of every paragraph, all text (paragraphs, tables, footer) and the tables of a DOCX."""
    import docx

    doc = docx.Document(str(path))
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    footer = [p.text for s in doc.sections for p in s.footer.paragraphs]
    return paras, "\n".join([t for _, t in paras] + cells + footer), doc.tables


@pytest.fixture
def plan(tmp_path) -> Path:
    return write_plan(tmp_path)


def test_docx_form_holds_every_gap_with_question_and_room_to_answer(plan, tmp_path):
    out = tmp_path / "gesprek.docx"
    run(str(plan), "--output", str(out))
    paras, text, tables = docx_text(out)
    headings = [(style, t) for style, t in paras if style.startswith("Heading")]
    titles = [t for _, t in headings]
    for needed in ("Gespreksformulier OPP", "Samenvatting", "Uw rechten", "Vragen voor het gesprek"):
        assert needed in titles
    expected = gaps(plan)
    must = [g for g in expected if g["required"]]
    heading3 = [t for style, t in headings if style == "Heading 3"]
    for g in expected:
        assert any(t.endswith(g["title"]) for t in heading3), g["title"]
        assert g["question"] in text
        assert g["message"] in text
    # must before should, in the summary and in the questions
    order = [next(i for i, t in enumerate(heading3) if t.endswith(g["title"])) for g in expected]
    first_should = min(o for o, g in zip(order, expected, strict=True) if not g["required"])
    assert all(o < first_should for o, g in zip(order, expected, strict=True) if g["required"]), heading3
    assert must
    assert "Grondslag: WPO art. 40a lid 8 onder a" in text
    assert all(t.style.name == "Table Grid" for t in tables)
    answers = [row.cells[1].text for t in tables for row in t.rows if row.cells[0].text == "Antwoord van de school"]
    assert len(answers) == len(expected) and all(a == "" for a in answers)
    assert any(style == "List Bullet" for style, _ in paras)
    assert "Naam van uw kind" in text
    assert CHILD not in text and "Sanne" not in text
    # Only 'gezien' was signed: no date to go to the commission, but what that means and what the school owes.
    assert "Zonder uw instemming kan de school dat deel nog niet vaststellen" in text
    assert "begeleiding blijven geven" in text and "13 februari 2026" not in text and "zes weken" in text
    assert "'Gezien' is niet 'akkoord'" in text and "geen juridisch advies" in text
    assert "default, versie" in text and "plan.md" in text and "basisonderwijs (po)" in text


class _Headings(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.levels: list[int] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))


def test_html_form_is_self_contained_escaped_and_accessible(plan, tmp_path):
    out = tmp_path / "gesprek.html"
    run(str(plan), "--output", str(out))
    page = out.read_text("utf-8")
    assert '<html lang="nl">' in page
    for g in gaps(plan):
        assert html.escape(g["title"]) in page
        assert html.escape(g["question"]) in page
    assert "<script" not in page.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http" not in page.lower()
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page, re.I)
    parser = _Headings()
    parser.feed(page)
    assert parser.levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(parser.levels, parser.levels[1:], strict=False)), parser.levels
    assert "th" in parser.tags and 'scope="row"' in page
    assert "size: A4" in page and "break-inside: avoid" in page
    assert CHILD not in page and "Sanne" not in page


def test_markdown_form_says_the_same_and_escapes(plan, tmp_path):
    out = tmp_path / "gesprek.md"
    run(str(plan), "--output", str(out))
    text = out.read_text("utf-8")
    for g in gaps(plan):
        assert g["title"] in text
        assert g["question"] in text
    assert "<script>" not in text and r"\<script\>" in text
    assert "## Uw rechten" in text and "## Vragen voor het gesprek" in text
    assert "Zonder uw instemming" in text and "13 februari 2026" not in text and CHILD not in text


def test_report_option_picks_the_form_format(plan, tmp_path):
    out = tmp_path / "formulier.txt"
    run(str(plan), "--report", "md", "--output", str(out))
    assert out.read_text("utf-8").startswith("# Gespreksformulier OPP")


def test_english_form(plan, tmp_path):
    out_html, out_docx = tmp_path / "form.html", tmp_path / "form.docx"
    run(str(plan), "--lang", "en", "--output", str(out_html))
    run(str(plan), "--lang", "en", "--output", str(out_docx))
    page = out_html.read_text("utf-8")
    _, text, _ = docx_text(out_docx)
    assert '<html lang="en">' in page
    for g in gaps(plan, "en"):
        assert html.escape(g["question"]) in page and g["question"] in text
    for doc in (page, text):
        assert "Your rights" in doc and "Without your consent" in doc and "not legal advice" in doc
        assert "Uw rechten" not in doc and "Samenvatting" not in doc


def test_unknown_vaststelling_says_when_the_six_weeks_start(tmp_path):
    plan = write_plan(tmp_path, vaststelling="Handtekening directeur: ..........", consent=AGREED)
    out = tmp_path / "gesprek.md"
    run(str(plan), "--output", str(out))
    text = out.read_text("utf-8")
    assert "geen datum waarop de school het plan heeft vastgesteld" in text and "februari" not in text


def test_several_documents_one_section_each(tmp_path):
    first = write_plan(tmp_path, "a.md", consent=AGREED)
    second = write_plan(tmp_path, "b.md", vaststelling="Dit OPP is vastgesteld op 30 december 2025.", consent=AGREED)
    (tmp_path / "leeg.txt").write_bytes(b"")
    out_html, out_docx = tmp_path / "f.html", tmp_path / "f.docx"
    files = [str(first), str(second), str(tmp_path / "leeg.txt")]
    CliRunner().invoke(main, [*files, "--report", "html", "--output", str(out_html)])  # several: the overview
    CliRunner().invoke(main, [*files, "--output", str(out_docx)])
    page = out_html.read_text("utf-8")
    assert page.count('<section class="document">') == 3
    assert ".document + .document { break-before: page;" in page
    assert "(rond 10 februari 2026)" in page and "(rond 13 februari 2026)" in page  # 30-12-2025, 02-01-2026 + 6 weeks
    assert "Dit document kon niet worden gelezen" in page
    paras, text, _ = docx_text(out_docx)
    assert sum(t == "Gespreksformulier OPP" for s, t in paras if s == "Heading 1") == 3
    assert "Dit document kon niet worden gelezen" in text


def _render_tool():
    path = Path(__file__).resolve().parent.parent / "tools" / "render_form.py"
    spec = importlib.util.spec_from_file_location("render_form", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_html_form_prints_on_a4_in_chromium_with_nothing_cut_off(plan, tmp_path):
    tool = _render_tool()
    browser = tool.find_chromium()
    if not browser:
        pytest.skip("Chromium is not installed (Debian package 'chromium')")
    import pypdf
    import pypdfium2

    out, pdf, png = tmp_path / "gesprek.html", tmp_path / "gesprek.pdf", tmp_path / "page1.png"
    run(str(plan), "--output", str(out))
    assert tool.main([str(out), "--pdf", str(pdf), "--png", str(png)]) == 0
    reader = pypdf.PdfReader(str(pdf))
    order = {"missing": 0, "incomplete": 1, "unclear": 2}  # the form's order: must before should, worst first
    ordered = sorted(gaps(plan), key=lambda g: (not g["required"], order[g["status"]]))
    expected = [{**g, "heading": f"{n}. {g['title']}"} for n, g in enumerate(ordered, 1)]
    assert 3 <= len(reader.pages) <= len(expected) + 3
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - 595.3) < 2 and abs(float(page.mediabox.height) - 841.9) < 2
    pages = [_squash(p.extract_text()) for p in reader.pages]
    assert "GespreksformulierOPP" in pages[0] and "Samenvatting" in pages[0]
    for g in expected:  # each gap's heading and question share one page
        assert any(_squash(g["heading"]) in p and _squash(g["question"]) in p for p in pages), g["title"]
    labels = [_squash(x) for x in ("Wat de wet of goede praktijk vraagt", "Uw vraag aan de school",
                                   "Antwoord van de school")]
    for p in pages:  # no gap table is cut in two: every page holds whole tables
        assert len({p.count(label) for label in labels}) == 1, p
    assert sum(p.count(labels[0]) for p in pages) == len(expected)
    doc = pypdfium2.PdfDocument(str(pdf))
    for i in range(len(doc)):
        width, height = doc[i].get_size()
        text = doc[i].get_textpage()
        boxes = [text.get_charbox(c) for c in range(text.count_chars()) if text.get_text_range(c, 1).strip()]
        for left, bottom, right, top in boxes:  # every character lies inside the page: nothing cut off at an edge
            assert -1 <= left and right <= width + 1 and -1 <= bottom and top <= height + 1
        # every page starts with text right below the top margin (16 mm = 45 pt): no table row or answer
        # space runs over from the page before
        assert height - max(top for *_, top in boxes) < 65, f"page {i + 1} starts with a cut-off part"
    assert png.stat().st_size > 10_000


def test_docx_form_opens_in_libreoffice(plan, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed (Debian package 'libreoffice-writer-nogui')")
    import pypdf

    out = tmp_path / "gesprek.docx"
    run(str(plan), "--output", str(out))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, timeout=180, capture_output=True)
    reader = pypdf.PdfReader(str(tmp_path / "gesprek.pdf"))
    assert len(reader.pages) >= 3
    assert abs(float(reader.pages[0].mediabox.width) - 595.3) < 2
    text = _squash("".join(p.extract_text() for p in reader.pages))
    for needed in ("GespreksformulierOPP", "Samenvatting", "Uwrechten", "Vragenvoorhetgesprek"):
        assert needed in text
    for g in gaps(plan):
        assert _squash(g["question"]) in text


def test_forms_show_the_terminal_summary_line(plan, tmp_path):
    terminal = run(str(plan))
    counts = re.search(r"Verplichte onderdelen: [^\n]+", terminal).group(0).strip()
    outputs = {ext: tmp_path / f"gesprek.{ext}" for ext in ("html", "md", "docx")}
    for out in outputs.values():
        run(str(plan), "--output", str(out))
    assert counts in outputs["html"].read_text("utf-8")
    assert counts in outputs["md"].read_text("utf-8")
    assert counts in docx_text(outputs["docx"])[1]
