"""Rule kinds: one module each behind one interface; a rule file is checked against its kind's options."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from oppcheck.check import check_document
from oppcheck.check.content import Judgement
from oppcheck.check.dates import find_dates
from oppcheck.check.kinds import Kind, register, unregister
from oppcheck.cli import main
from oppcheck.extract import ReadOptions
from oppcheck.extract.plaintext import read
from oppcheck.findings import INCOMPLETE, MISSING, PRESENT
from oppcheck.ruleset import load_ruleset, schema

ROOT = Path(__file__).resolve().parent.parent

CONSENT_WITHOUT_OPTIONS = """\
name: eigen
version: '1'
extends: default
rules:
  - id: toestemming_foto
    kind: consent
    level: should
    title: {nl: Toestemming foto's}
    law: {nl: AVG}
    why: {nl: x}
    question: {nl: x}
    labels: ['foto']
"""


def test_a_consent_rule_without_its_vocabulary_is_refused_before_any_document_is_read(tmp_path):
    rules = tmp_path / "eigen.yaml"
    rules.write_text(CONSENT_WITHOUT_OPTIONS, encoding="utf-8")
    broken_plan = tmp_path / "plan.pdf"
    broken_plan.write_bytes(b"%PDF-1.7 this is no pdf")
    result = CliRunner().invoke(main, [str(broken_plan), "--ruleset", str(rules)])
    assert result.exit_code == 2
    sentence = result.stderr.strip()
    assert sentence.startswith("oppcheck: Fout in regelbestand")
    assert "toestemming_foto" in sentence and "'consent'" in sentence and "ontbreekt" in sentence
    assert "beschadigd" not in sentence  # the document was never read
    assert "Traceback" not in result.output


def test_a_field_of_another_kind_is_refused_in_dutch(tmp_path):
    rules = tmp_path / "eigen.yaml"
    rules.write_text(CONSENT_WITHOUT_OPTIONS.replace("kind: consent", "kind: section")
                     + "    groups: [{name: a, patterns: [x]}]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "--ruleset", str(rules)])
    assert result.exit_code == 2
    assert "'groups' is onbekend" in result.stderr and "toestemming_foto" in result.stderr


def test_the_published_schema_holds_every_kind():
    published = json.loads((ROOT / "rules" / "ruleset.schema.json").read_text("utf-8"))
    assert published == schema(), "run: python tools/write_schema.py"
    kinds = published["$defs"]["rule_fields"]["kind"]["enum"]
    assert kinds == ["section", "mention", "consent"]


# A small example kind, as a rule set author would add one: its options, its schema part, its judgements.
@dataclass
class DatedOptions:
    """A `dated` rule: the element's labelled section must hold a date after `after`."""

    after: str = "1900-01-01"

    def compile(self) -> None:
        pass


def judge_dated(rule, situation) -> Judgement:
    anchors = [a for a in situation.anchors_of(rule) if a.rank == 1]
    if not anchors:
        return Judgement(MISSING, "not_found")
    a = anchors[0]
    text = "\n".join([a.inline, *(u.text for u in a.content)])
    dates = [d for d in find_dates(text) if d.isoformat() > rule.options.after]
    return Judgement(PRESENT if dates else INCOMPLETE, "found" if dates else "no_date", a, a.content[:1], text)


DATED = Kind("dated", DatedOptions,
             {"properties": {"after": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}}, "required": ["after"]},
             judge_dated, judge_dated, description="a labelled date after a given day")

DATED_RULES = """\
name: metdatum
version: '1'
extends: default
rules:
  - id: datum_intake
    kind: dated
    after: '2025-01-01'
    level: should
    title: {nl: Datum intake}
    law: {nl: eigen afspraak}
    why: {nl: x}
    question: {nl: x}
    labels: ['intake( ?datum)?']
"""


def test_a_new_kind_is_one_module_and_its_schema_part(tmp_path):
    register(DATED)
    try:
        rules = tmp_path / "metdatum.yaml"
        rules.write_text(DATED_RULES, encoding="utf-8")
        ruleset = load_ruleset(str(rules))
        for text, status in (("## Intake\nOp 3 maart 2025 met ouders.\n", PRESENT),
                             ("## Intake\nOp 3 maart 2024 met ouders.\n", INCOMPLETE), ("## Iets anders\n", MISSING)):
            doc = read("plan.md", ("# Ontwikkelingsperspectief\n\n" + text).encode(), ReadOptions())
            got = {e.id: e.status for e in check_document(doc, ruleset).elements}
            assert got["datum_intake"] == status, text
        rules.write_text(DATED_RULES.replace("    after: '2025-01-01'\n", ""), encoding="utf-8")
        result = CliRunner().invoke(main, ["rules", "--ruleset", str(rules)])
        assert result.exit_code == 2 and "'after' ontbreekt" in result.stderr
    finally:
        unregister("dated")
