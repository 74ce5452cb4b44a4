"""What a parent meets on the command line: a screen report that fits one screen and says what to do
next, output names oppcheck refuses instead of writing the wrong thing, confirmations of files written,
Dutch help and Dutch messages from click, and forms that never show the plan's folders."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from oppcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
INCOMPLETE = ROOT / "examples" / "opp-onvolledig.docx"
COMPLETE = ROOT / "examples" / "opp-compleet.pdf"


def oppcheck(*args: str, cwd: Path | None = None, columns: int = 100) -> subprocess.CompletedProcess:
    """The installed command as a parent runs it (a real process, a terminal width of `columns`)."""
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "oppcheck", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def gaps_of(path: Path) -> list[dict]:
    result = CliRunner().invoke(main, [str(path), "--format", "json"])
    return [e for e in json.loads(result.stdout)["documents"][0]["elements"]
            if e["status"] in ("missing", "incomplete", "unclear")]


def test_screen_report_of_a_plan_with_gaps_fits_one_screen_and_says_what_next(tmp_path):
    plan = tmp_path / "OPP Sanne (versie 2).docx"
    shutil.copy(INCOMPLETE, plan)
    result = oppcheck(plan.name, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) <= 60, len(lines)
    assert max(len(line) for line in lines) <= 100
    text = result.stdout
    verdict = next(line for line in lines if "verplichte onderdelen" in line)
    assert verdict.startswith("✘ 4 van de 11 verplichte onderdelen zijn niet in orde")
    assert "1 ontbreekt" in text and "ontbreken" not in text.split("Wat nu?")[0].split("Wat aandacht")[0]
    body = " ".join(text.split())
    for gap in gaps_of(INCOMPLETE):  # every gap with what was seen and the question, in order of need
        assert " ".join(gap["question"].split()) in body
        assert gap["title"] in body
    assert "Wat aandacht nodig heeft" in text and "✔ In orde: 9 onderdelen." in text
    assert "Uitstroombestemming" not in text.split("Wat aandacht")[1]  # in order: counted, not listed
    # "Wat nu?": the exact commands, with this plan's name quoted for the shell, and who can help
    quoted = shlex.quote(plan.name)
    assert f"oppcheck {quoted} --output gesprek.docx" in text
    assert f"oppcheck {quoted} --letter brief.docx" in text
    assert "ouder- en jeugdsteunpunt" in body and "onderwijsconsulenten" in body
    assert "Geschillencommissie passend onderwijs" in body  # the six weeks, in the form's words
    assert "minstens één keer per schooljaar" in body  # the advice for this plan (set over a year ago)
    assert "pagina" not in lines[1]  # a Word file has no pages: no "– pagina's"
    # the command in the report works as printed
    made = subprocess.run(f"{sys.executable} -m {quoted.join(['oppcheck ', ''])} --output gesprek.docx",
                          shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert made.returncode == 1 and (tmp_path / "gesprek.docx").stat().st_size > 1000


def test_all_shows_every_element_with_the_law():
    result = oppcheck(str(INCOMPLETE), "--all", columns=200)
    assert "Te verwachten uitstroombestemming" in result.stdout and "WPO art. 40a" in result.stdout
    assert result.stdout.count("│") > 20  # the table of every element
    short = oppcheck(str(INCOMPLETE), columns=200)
    assert "Te verwachten uitstroombestemming" not in short.stdout and "WPO art. 40a" not in short.stdout


def test_pages_and_counts_are_singular_or_plural():
    from oppcheck.findings import DocumentResult, ElementResult, Report
    from oppcheck.report.terminal import render
    from oppcheck.settings import Settings

    def doc(pages: int, missing: int) -> str:
        elements = [ElementResult(f"e{i}", "missing", True, f"Onderdeel {i}", "Niet gevonden.", question="Waar?")
                    for i in range(missing)]
        elements.append(ElementResult("ok", "present", True, "In orde", "Gevonden."))
        report = Report(version="t", ruleset_name="default", ruleset_version="1",
                        documents=[DocumentResult(path="plan.pdf", format="pdf", pages=pages, elements=elements)])
        return render(report, None, Settings())

    one = doc(1, 1)
    assert "pdf, 1 pagina ·" in one and "1 ontbreekt" in one and "1 onderdeel." in one
    assert "1 van de 2 verplichte onderdelen is niet in orde" in one
    two = doc(3, 2)
    assert "pdf, 3 pagina's ·" in two and "2 ontbreken" in two
    assert "2 van de 3 verplichte onderdelen zijn niet in orde" in two


def test_complete_plan_says_so_and_offers_only_the_form():
    result = oppcheck(str(COMPLETE))
    assert result.returncode == 0
    assert "✔ Alle verplichte onderdelen staan in het plan" in result.stdout
    assert "--output gesprek.docx" in result.stdout and "--letter" not in result.stdout
    english = oppcheck(str(COMPLETE), "--lang", "en")
    assert "What now?" in english.stdout and "--output gesprek.docx --lang en" in english.stdout


@pytest.mark.parametrize("args, sentence", [
    (["--output", "gesprek.pdf"], "Een formulier als '.pdf' kan oppcheck niet maken."),
    (["--output", "gesprek.odt"], "Een formulier als '.odt' kan oppcheck niet maken."),
    (["--letter", "brief.pdf"], "Een brief als '.pdf' kan oppcheck niet maken."),
    (["--letter", "brief.html"], "Een brief als '.html' kan oppcheck niet maken."),
    (["--report", "docx"], "Het formulier als docx is een bestand: geef ook de naam op met --output"),
    (["--format", "docx"], "Het formulier als docx is een bestand: geef ook de naam op met --output"),
    (["--output", "uitslag.weird"], "Wat er in 'uitslag.weird' moet komen, kan oppcheck niet aan de naam zien."),
    (["--format", "json", "--report", "docx", "--output", "x.docx"], "vragen elk een ander soort uitvoer"),
])
def test_output_names_oppcheck_cannot_write_are_refused(tmp_path, args, sentence):
    result = oppcheck(str(INCOMPLETE), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""  # nothing half-made on the screen either
    assert result.stderr.startswith("oppcheck: ") and sentence in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_every_file_written_is_confirmed_and_the_old_spelling_still_works(tmp_path):
    result = oppcheck(str(INCOMPLETE), "--output", "gesprek.html", "--letter", "brief.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert f"Gespreksformulier opgeslagen: {tmp_path / 'gesprek.html'}" in result.stderr
    assert f"Brief aan school opgeslagen: {tmp_path / 'brief.txt'}" in result.stderr
    assert "<html" in (tmp_path / "gesprek.html").read_text("utf-8")
    assert "Wat nu?" in result.stdout and "--output gesprek.docx" not in result.stdout  # already made
    old = oppcheck(str(INCOMPLETE), "--report", "md", "--output", "formulier.txt", cwd=tmp_path)
    assert (tmp_path / "formulier.txt").read_text("utf-8").startswith("# Gespreksformulier OPP")
    assert "Gespreksformulier opgeslagen" in old.stderr
    data = oppcheck(str(INCOMPLETE), "--output", "uitslag.json", cwd=tmp_path)
    assert data.stdout == "" and "Resultaat opgeslagen" in data.stderr
    assert json.loads((tmp_path / "uitslag.json").read_text("utf-8"))["schema"] == "oppcheck/report/1"


def test_form_and_letter_name_the_plan_by_its_file_name_only(tmp_path):
    folder = tmp_path / "Documenten" / "Sanne Verhoeven"
    folder.mkdir(parents=True)
    plan = folder / "opp-2025.docx"
    shutil.copy(INCOMPLETE, plan)
    oppcheck(str(plan), "--output", str(tmp_path / "gesprek.html"), "--letter", str(tmp_path / "brief.txt"))
    for out in ("gesprek.html", "brief.txt"):
        text = (tmp_path / out).read_text("utf-8")
        assert "opp-2025.docx" in text
        assert "Documenten" not in text and "Sanne" not in text and str(tmp_path) not in text


def test_top_level_help_shows_the_parents_commands_and_options():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for needed in ("--output gesprek.docx", "--letter brief.docx", "--lang en", "oppcheck web", "Gebruik:",
                   "Opties:", "Toon deze uitleg en stop."):
        assert needed in result.output, needed


@pytest.mark.parametrize("args, dutch, english", [
    (["plan.pdf", "--bogus"], "Fout: De optie '--bogus' bestaat niet.", "Error: No such option: --bogus"),
    (["plan.pdf", "--jobs", "x"], "'x' is geen geldig getal.", "'x' is not a valid integer"),
    (["plan.pdf", "--type", "mbo"], "'mbo' is niet een van", "'mbo' is not one of"),
    (["extract"], "Fout: Er ontbreekt een argument 'PLAN'.", "Error: Missing argument 'PLAN'."),
])
def test_clicks_own_messages_are_dutch_unless_english_is_asked(args, dutch, english):
    result = oppcheck(*args)
    assert result.returncode == 2 and dutch in result.stderr and "Typ 'oppcheck" in result.stderr
    result = oppcheck(*args, "--lang", "en")
    assert result.returncode == 2 and "Try 'oppcheck" in result.stderr
    assert english.split(":")[-1].strip().split()[0] in result.stderr


def test_a_missing_plan_gets_one_dutch_sentence():
    result = oppcheck("weg.pdf")
    assert result.returncode == 2
    assert "Het bestand weg.pdf bestaat niet." in result.stdout + result.stderr
