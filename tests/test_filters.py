"""--select and --ignore only filter what is reported: they never change a judgment or the context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from oppcheck.check import check_document
from oppcheck.cli import main
from oppcheck.extract import ReadOptions, read_document
from oppcheck.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "corpus" / name for name in ("dev", "alt")]


def _corpus_docs() -> list[Path]:
    docs = []
    for corpus in CORPORA:
        labels = json.loads((corpus / "labels.json").read_text("utf-8"))
        docs += [corpus / entry["file"] for entry in labels["docs"]]
    return docs


def test_every_element_keeps_its_status_under_any_filter():
    """On every corpus document: each element's status, the plan's date and school type are the same
    with and without a filter (the context elements ignored, or one element selected)."""
    ruleset = load_ruleset()
    ids = [r.id for r in ruleset.rules]
    context_ids = ["vaststelling", ruleset.context["destination_element"]]
    checked = 0
    for n, path in enumerate(_corpus_docs()):
        doc = read_document(str(path), ReadOptions(ocr=False))
        full = check_document(doc, ruleset)
        want = {e.id: e.status for e in full.elements}
        for select, ignore in (([], context_ids), ([ids[n % len(ids)]], []), ([], [ids[(n + 7) % len(ids)]])):
            part = check_document(doc, ruleset.filtered(select, ignore))
            got = {e.id: e.status for e in part.elements}
            assert got == {i: s for i, s in want.items() if i in got}, (path.name, select, ignore)
            assert set(got) == ({*select} if select else set(ids) - set(ignore))
            assert (part.vaststelling, part.school_type) == (full.vaststelling, full.school_type), path.name
            checked += 1
    assert checked >= 3 * 240


@pytest.mark.parametrize("ignored", ["vaststelling", "uitstroombestemming"])
def test_ignoring_the_plan_date_keeps_the_hoorrecht_judgement(tmp_path, ignored):
    """A plan set before 1-8-2025 needs no pupil's input; ignoring `vaststelling` in the output must
    not make it 'missing' (exit code 0 stays 0)."""
    plan = tmp_path / "plan.md"
    plan.write_text(_OLD_PLAN, encoding="utf-8")
    runner = CliRunner()
    full = runner.invoke(main, [str(plan), "--format", "json"])
    part = runner.invoke(main, [str(plan), "--format", "json", "--ignore", ignored])
    statuses = {e["id"]: e["status"] for e in json.loads(full.stdout)["documents"][0]["elements"]}
    narrowed = {e["id"]: e["status"] for e in json.loads(part.stdout)["documents"][0]["elements"]}
    assert statuses["inbreng_leerling"] == "not_applicable"
    assert narrowed["inbreng_leerling"] == "not_applicable"
    assert ignored not in narrowed
    assert part.exit_code == full.exit_code


_OLD_PLAN = """\
# Ontwikkelingsperspectief
Basisschool De Linde, groep 6

## Uitstroombestemming
Wij verwachten dat Sem uitstroomt naar vmbo-kader.

## Onderbouwing
Dit baseren we op de toetsgegevens van de afgelopen twee jaar en het intelligentieonderzoek van maart 2024.

## Belemmerende factoren
Sem raakt snel afgeleid en heeft moeite met begrijpend lezen.

## Bevorderende factoren
Sem is gemotiveerd, werkt graag samen en heeft steun van thuis.

## Te bieden ondersteuning
Sem krijgt twee keer per week 30 minuten extra leesbegeleiding van de remedial teacher, vanaf oktober 2024.

## Afwijkingen van het onderwijsprogramma
Geen afwijkingen.

## Overleg met ouders
Het plan is op 16 september 2024 besproken met moeder en vader, de leerkracht en de intern begeleider.

## Evaluatie
We evalueren het plan in februari 2025 met ouders.

## Vaststelling
Vastgesteld door de directeur, J. de Vries, op 23 september 2024.

## Instemming van ouders met het handelingsdeel
Ouders gaan akkoord met het handelingsdeel.
Handtekening ouder: w.g. M. Bakker   Datum: 23-09-2024
"""
