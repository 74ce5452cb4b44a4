"""Spreadsheet and line-by-line output for many documents: CSV that Dutch Excel opens with the right
columns, JSONL with one line per document written as soon as it is done."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_fixtures import BROKEN, write_folder

from oppcheck.findings import STATUSES, DocumentResult, Report
from oppcheck.i18n import message
from oppcheck.ruleset import load_ruleset
from oppcheck.settings import Settings

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork")
BOM = "\ufeff".encode()


def oppcheck(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oppcheck", *map(str, args)], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("cases")
    expected = write_folder(root, n_plans=6)
    odd = root / 'plan "Ülkü"; versie 2.md'  # quotes, the delimiter and a non-ASCII letter in the name
    odd.write_bytes((root / "plan-00.txt").read_bytes())
    return root, sorted([*expected, odd], key=lambda p: (p.parent != root, str(p.parent), p.name))


def read_csv(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_csv_for_dutch_excel(folder, tmp_path):
    root, expected = folder
    out = tmp_path / "overzicht.csv"
    proc = oppcheck(root, "--format", "csv", "--csv-delimiter", ";", "--output", out)
    assert proc.returncode == 2 and proc.stdout == b"", proc.stderr
    rows = read_csv(out.read_bytes(), ";")
    ids = [rule.id for rule in load_ruleset("default").rules]
    # The old columns first, in their old places; the overview's columns after them.
    assert rows[0] == ["path", "school_type", "status", "error", *ids, "urgency", "school", "plan_date", "verdict",
                       "required_missing", "required_incomplete", "required_unclear", "consent", "scanned"]
    assert [r[0] for r in rows[1:]] == [str(p) for p in expected]
    assert all(len(r) == len(rows[0]) for r in rows)
    dutch = {message(f"status.{s}", "nl") for s in STATUSES}
    end = 4 + len(ids)
    for row in rows[1:]:
        if os.path.basename(row[0]) in BROKEN:
            assert row[2] == "error" and row[3] and row[4:end] == [""] * len(ids)
            assert row[end + 3] == "niet te lezen"
        else:
            assert row[2] in ("complete", "gaps") and row[3] == ""
            assert set(row[4:end]) <= dutch  # statuses in the report's language
            assert row[end + 1] == "De Regenboog, groep 6"  # the school's name, up to the end of its sentence
    assert sorted(int(r[end]) for r in rows[1:]) == list(range(1, len(rows)))  # urgency: 1..n
    assert sorted(os.listdir(tmp_path)) == ["overzicht.csv"]  # written through a temp file, none left


def test_csv_default_delimiter_and_selected_columns(folder):
    root, expected = folder
    proc = oppcheck(root / "school-b", "--format", "csv", "--select", "doelen,instemming_ouders")
    rows = read_csv(proc.stdout, ",")
    assert rows[0][:6] == ["path", "school_type", "status", "error", "doelen", "instemming_ouders"]
    assert rows[0][6] == "urgency"
    assert len(rows) == 1 + sum(p.parent.name == "school-b" for p in expected)


def test_csv_cells_never_become_formulas():
    from oppcheck.report.csv_report import render

    report = Report(version="t", ruleset_name="default", ruleset_version="1")
    report.documents.append(DocumentResult(path='=HYPERLINK("http://x")', status="error", error="-kapot"))
    report.documents.append(DocumentResult(path="map/plan.pdf", status="error", error="Het bestand is leeg."))
    rows = read_csv(render(report, load_ruleset("default"), Settings()), ",")
    assert rows[1][0] == '\'=HYPERLINK("http://x")' and rows[1][3] == "'-kapot"
    assert rows[2][0] == "map/plan.pdf" and rows[2][3] == "Het bestand is leeg."


def test_jsonl_one_line_per_document_with_hash(folder):
    root, expected = folder
    proc = oppcheck(root, "--format", "jsonl")
    lines = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    head, docs = lines[0], lines[1:]
    assert head["schema"] == "oppcheck/jsonl/1" and head["ruleset"]["name"] == "default"
    assert [d["path"] for d in docs] == [str(p) for p in expected]
    for d, path in zip(docs, expected, strict=True):
        assert d["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    whole = json.loads(oppcheck(root, "--format", "json").stdout)
    assert whole["documents"] == [{k: v for k, v in d.items() if k != "sha256"} for d in docs]


def _waits_for_first(path: str, ruleset, settings):
    """The second document's worker: done only once the first document's line is in the output file."""
    out = Path(path).parent / "out.jsonl"
    seen = False
    if Path(path).stem == "tweede":
        deadline = time.monotonic() + 10
        while not seen and time.monotonic() < deadline:
            seen = "eerste.md" in out.read_text(encoding="utf-8")
            time.sleep(0.02)
    return DocumentResult(path=path, status="complete", notes=[f"seen:{seen}"], sha256="0" * 64)


def test_jsonl_line_is_written_while_later_documents_still_run(tmp_path, monkeypatch):
    import oppcheck.pipeline
    from oppcheck.batch import run_documents

    inputs = []
    for name in ("eerste", "tweede"):
        (tmp_path / f"{name}.md").write_text("# OPP\n")
        inputs.append(str(tmp_path / f"{name}.md"))
    monkeypatch.setattr(oppcheck.pipeline, "check_hashed", _waits_for_first)
    report = Report(version="t", ruleset_name="default", ruleset_version="1")
    out = tmp_path / "out.jsonl"
    assert run_documents(inputs, load_ruleset("default"), Settings(jobs=2), report, fmt="jsonl", output=str(out))
    assert report.documents[1].notes == ["seen:True"]
    assert len(out.read_bytes().splitlines()) == 3


def test_the_resume_fingerprint_covers_every_part_of_the_rule_set():
    """A changed vocabulary list or context means old results are not reused by --resume."""
    import dataclasses

    from oppcheck.report.jsonl import fingerprint
    from oppcheck.ruleset import VOCABULARY_KEYS, load_ruleset
    from oppcheck.settings import Settings

    ruleset, settings = load_ruleset(), Settings()
    base = fingerprint(ruleset, settings)
    assert fingerprint(load_ruleset(), settings) == base
    for key in VOCABULARY_KEYS:
        changed = dataclasses.replace(ruleset, **{key: [*getattr(ruleset, key), "nieuw woord"]})
        assert fingerprint(changed, settings) != base, key
    changed = dataclasses.replace(ruleset, context={**ruleset.context, "adult_pupil": ["volwassen"]})
    assert fingerprint(changed, settings) != base
    assert fingerprint(ruleset.filtered([], ["doelen"]), settings) != base
