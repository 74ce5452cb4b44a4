"""Own rule sets: `extends: default`, overrides (should -> must, extra synonyms), a new element; loaded from
pyproject.toml, reported in every format, tested with `oppcheck rules test --ruleset ...`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from oppcheck.errors import RuleSetError
from oppcheck.ruleset import load_ruleset

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "school-template-repo"
NEW = "contactpersoon_swv"


def oppcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "250"}
    return subprocess.run([sys.executable, "-m", "oppcheck", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def repo(tmp_path) -> Path:
    """The example repository's configuration and rule set, with a template that lacks the new element."""
    for name in ("pyproject.toml", "swv-regels.yaml", "swv-regels-tests.yaml", "make_template.py"):
        shutil.copy(EXAMPLE / name, tmp_path / name)
    subprocess.run([sys.executable, "make_template.py", "opp.docx", "--omit", NEW], cwd=tmp_path, check=True,
                   capture_output=True)
    return tmp_path


def test_extends_changes_and_adds_without_copying():
    default = load_ruleset("default")
    swv = load_ruleset(str(EXAMPLE / "swv-regels.yaml"))
    assert [r.id for r in swv.rules] == [r.id for r in default.rules] + [NEW]
    assert swv.by_id("informatie_rechten").level == "must"
    assert default.by_id("informatie_rechten").level == "should"
    pupil = swv.by_id("inbreng_leerling")
    assert pupil.labels[: len(default.by_id("inbreng_leerling").labels)] == default.by_id("inbreng_leerling").labels
    assert any(p.search("eigen regie leerling") for p in pupil.label_res)
    assert swv.by_id("uitstroombestemming") == default.by_id("uitstroombestemming")
    assert swv.placeholders == default.placeholders
    assert swv.tests_path == str(EXAMPLE / "swv-regels-tests.yaml")


def test_extends_a_rule_set_by_path(tmp_path):
    shutil.copy(EXAMPLE / "swv-regels.yaml", tmp_path / "swv-regels.yaml")
    (tmp_path / "school.yaml").write_text(
        "name: school\nversion: '1'\nextends: swv-regels.yaml\noverrides:\n  doelen:\n    level: must\n",
        encoding="utf-8")
    school = load_ruleset(str(tmp_path / "school.yaml"))
    assert school.by_id("doelen").level == "must" and school.by_id(NEW) is not None


@pytest.mark.parametrize("text, words", [
    ("overrides:\n  medische_gegevens:\n    level: must\n", ["medische_gegevens", "overrides"]),
    ("overrides:\n  doelen:\n    level: heel_belangrijk\n", ["doelen", "level"]),
    ("overrides:\n  doelen:\n    add_labelz: [x]\n", ["doelen", "add_labelz"]),
    ("rules:\n  - id: doelen\n    kind: section\n    level: must\n    title: {nl: x}\n    law: {nl: x}\n"
     "    why: {nl: x}\n    question: {nl: x}\n", ["doelen", "bestaat al"]),
    ("rules:\n  - id: medische_gegevens\n    kind: section\n    level: must\n    title: {nl: x}\n",
     ["medische_gegevens"]),
    ("overrides:\n  doelen:\n    add_labels: ['(open']\n", ["doelen", "labels", "'(open'"]),
    ("overrides:\n  instemming_ouders:\n    add_phrases: ['ja', 'nee[']\n", ["instemming_ouders", "phrases", "'nee['"]),
    ("placeholders: ['volgt', '*nog']\n", ["placeholders", "'*nog'"]),
])
def test_errors_name_the_file_rule_and_field(tmp_path, text, words):
    path = tmp_path / "eigen.yaml"
    path.write_text("name: eigen\nversion: '1'\nextends: default\n" + text, encoding="utf-8")
    with pytest.raises(RuleSetError) as err:
        load_ruleset(str(path))
    sentence = err.value.sentence("nl")
    assert str(path) in sentence
    for word in words:
        assert word in sentence


def test_rules_test_runs_the_own_test_cases(repo):
    result = oppcheck("rules", "test", "--ruleset", "swv-regels.yaml", "-v", cwd=repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok   contactpersoon ingevuld: {NEW} expected present, got present" in result.stdout
    assert "5 passed, 0 failed" in result.stdout
    configured = oppcheck("rules", "test", cwd=repo)  # the rule set from [tool.oppcheck]
    assert configured.returncode == 0 and "5 passed, 0 failed" in configured.stdout


def test_rules_test_fails_on_a_wrong_expectation(repo):
    cases = (repo / "swv-regels-tests.yaml").read_text("utf-8")
    (repo / "swv-regels-tests.yaml").write_text(cases.replace(f"    {NEW}: present", f"    {NEW}: missing", 1),
                                                encoding="utf-8")
    result = oppcheck("rules", "test", "--ruleset", "swv-regels.yaml", cwd=repo)
    assert result.returncode == 1
    assert f"FAIL contactpersoon ingevuld: {NEW} expected missing, got present" in result.stdout


def test_a_broken_test_file_gets_a_sentence_not_a_traceback(repo):
    (repo / "swv-regels-tests.yaml").write_text("- name: 'kapot' met quote\n  text: x\n", encoding="utf-8")
    result = oppcheck("rules", "test", "--ruleset", "swv-regels.yaml", cwd=repo)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "swv-regels-tests.yaml" in result.stderr and "1" in result.stderr


def test_rules_lists_the_new_element(repo):
    result = oppcheck("rules", cwd=repo)
    assert result.returncode == 0
    assert result.stdout.startswith("swv-voorbeeldregio 2026.1")
    assert NEW in result.stdout


def test_rule_set_from_pyproject_is_reported_in_every_format(repo):
    results = {fmt: oppcheck("opp.docx", "--format", fmt, cwd=repo) for fmt in
               ("terminal", "json", "sarif", "junit", "github", "gitlab")}
    assert {fmt: r.returncode for fmt, r in results.items()} == dict.fromkeys(results, 1)
    report = json.loads(results["json"].stdout)
    assert report["ruleset"] == {"name": "swv-voorbeeldregio", "version": "2026.1"}
    elements = {e["id"]: e for e in report["documents"][0]["elements"]}
    assert elements[NEW]["status"] == "missing" and elements[NEW]["required"] is True
    assert elements["informatie_rechten"]["required"] is True
    assert elements["inbreng_leerling"]["status"] == "present"  # found through the added synonym
    assert "Contactpersoon van het samenwerkingsverband" in results["terminal"].stdout
    sarif = json.loads(results["sarif"].stdout)["runs"][0]
    assert NEW in [r["id"] for r in sarif["tool"]["driver"]["rules"]]
    assert [(r["kind"], r["level"]) for r in sarif["results"] if r["ruleId"] == NEW] == [("fail", "error")]
    junit = ET.fromstring(results["junit"].stdout.encode("utf-8"))
    failed = [c.get("name") for c in junit.iter("testcase") if c.find("failure") is not None]
    assert failed == [NEW]
    assert any(line.startswith("::error ") and f"OPP {NEW}" in line for line in results["github"].stdout.splitlines())
    assert [i["check_name"] for i in json.loads(results["gitlab"].stdout)] == [f"oppcheck/{NEW}"]
