"""The letter to the school (--letter brief.docx|.txt|.md): it lists what is missing, incomplete or unclear with
the legal basis, asks for it before signing, and leaves names and dates as placeholders for the parent."""

from __future__ import annotations

import json

from click.testing import CliRunner
from test_forms import CHILD, gaps, run, write_plan

from oppcheck.cli import main
from oppcheck.findings import DocumentResult, ElementResult, Report
from oppcheck.report.letter_text import render as render_text
from oppcheck.ruleset import load_ruleset
from oppcheck.settings import Settings

PLACEHOLDERS_NL = ("[naam school]", "[naam kind]", "[datum]", "[uw naam]")
# The letter is the parent's: 'uw rechten' would be the school's rights there.
LETTER_TITLES = {"informatie_rechten": {"nl": "Informatie voor ouders over hun rechten",
                                        "en": "Information for parents about their rights"}}


def letter_title(element: dict, lang: str = "nl") -> str:
    return LETTER_TITLES.get(element["id"], {}).get(lang, element["title"])


def _docx(path) -> tuple[list[tuple[str, str]], str]:
    import docx

    paras = [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]
    return paras, "\n".join(t for _, t in paras)


def test_docx_letter_lists_each_gap_with_its_legal_basis(tmp_path):
    plan = write_plan(tmp_path)
    letter = tmp_path / "brief.docx"
    run(str(plan), "--letter", str(letter))
    paras, text = _docx(letter)
    expected = gaps(plan)
    bullets = [t for style, t in paras if style == "List Bullet"]
    assert len(bullets) == len(expected)
    for g in expected:
        assert any(b.startswith(letter_title(g) + ":") and g["law"] in b for b in bullets), g["title"]
    must_at = text.index("Deze onderdelen vraagt de wet, in het plan of in de manier waarop het plan tot stand komt")
    should_at = text.index("Deze onderdelen horen volgens de goede praktijk in het plan")
    assert "wettelijk verplicht" not in text  # the law asks for the acts, not that the text records each one
    for g in expected:  # required ones under the first heading, recommended ones under the second
        at = text.index(letter_title(g) + ":")
        assert (must_at < at < should_at) if g["required"] else at > should_at
    assert "voordat ik het plan onderteken" in text
    for placeholder in PLACEHOLDERS_NL:
        assert placeholder in text
    assert CHILD not in text and "Sanne" not in text
    assert "Document: plan.md" in text


def test_text_letter_says_the_same(tmp_path):
    plan = write_plan(tmp_path)
    for name in ("brief.txt", "brief.md"):
        letter = tmp_path / name
        run(str(plan), "--letter", str(letter))
        text = letter.read_text("utf-8")
        for g in gaps(plan):
            assert f"- {letter_title(g)}: " in text and g["law"] in text
        for placeholder in PLACEHOLDERS_NL:
            assert placeholder in text
        assert CHILD not in text


def test_letter_with_form_and_terminal_report_in_one_call(tmp_path):
    plan = write_plan(tmp_path)
    form, letter = tmp_path / "gesprek.html", tmp_path / "brief.docx"
    result = CliRunner().invoke(main, [str(plan), "--output", str(form), "--letter", str(letter)])
    assert result.exit_code == 1  # a required element is missing
    assert form.stat().st_size > 0 and letter.stat().st_size > 0
    assert "Verplichte onderdelen:" in result.output  # the terminal report is still shown


def test_english_letter(tmp_path):
    plan = write_plan(tmp_path)
    letter = tmp_path / "letter.txt"
    run(str(plan), "--lang", "en", "--letter", str(letter))
    text = letter.read_text("utf-8")
    report = json.loads(run(str(plan), "-f", "json", "--lang", "en"))
    titles = [letter_title(e, "en") for e in report["documents"][0]["elements"]
              if e["status"] in ("missing", "incomplete")]
    for title in titles:
        assert f"- {title}: " in text
    for placeholder in ("[school name]", "[child's name]", "[date]", "[your name]"):
        assert placeholder in text
    assert "before I sign" in text and "Geachte" not in text


def test_letter_without_gaps_asks_only_for_time_to_read():
    ruleset = load_ruleset("default")
    elements = [ElementResult(id=r.id, status="present", required=True, title=r.text("title", "nl"), message="ok")
                for r in ruleset.rules]
    report = Report(version="0", ruleset_name="default", ruleset_version="1",
                    documents=[DocumentResult(path="opp.pdf", elements=elements)])
    text = render_text(report, ruleset, Settings())
    assert "Alle verplichte onderdelen heb ik in het plan gevonden" in text
    assert "\n- " not in text


def test_letter_for_an_unreadable_document_asks_to_send_it_again(tmp_path):
    empty = tmp_path / "opp.pdf"
    empty.write_bytes(b"")
    letter = tmp_path / "brief.txt"
    CliRunner().invoke(main, [str(empty), "--letter", str(letter)])
    text = letter.read_text("utf-8")
    assert "opnieuw sturen" in text and "Document: opp.pdf" in text
    assert "Alle verplichte onderdelen" not in text  # never reassure about a plan nobody could read
