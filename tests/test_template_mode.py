"""Template mode on the example school repository: the template passes; removing its consent part or its
pupil part makes it fail with a message that names the missing place; consent parts a template gets wrong."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "school-template-repo"


def _make_template():
    spec = importlib.util.spec_from_file_location("make_template", EXAMPLE / "make_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def oppcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "250"}  # the terminal report's table then keeps each line whole
    return subprocess.run([sys.executable, "-m", "oppcheck", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def repo(tmp_path) -> Path:
    """A copy of the example repository (configuration and rule set), without its template."""
    for name in ("pyproject.toml", "swv-regels.yaml", "swv-regels-tests.yaml"):
        shutil.copy(EXAMPLE / name, tmp_path / name)
    return tmp_path


def test_bundled_example_template_passes():
    result = oppcheck("opp-sjabloon.docx", cwd=EXAMPLE)  # template mode and rule set from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 ontbreken" in result.stdout


def test_committed_template_is_what_the_generator_makes(tmp_path):
    from oppcheck.extract import ReadOptions, read_document

    _make_template().build(str(tmp_path / "opp.docx"))
    texts = [[b.text for b in read_document(str(p), ReadOptions()).blocks]
             for p in (EXAMPLE / "opp-sjabloon.docx", tmp_path / "opp.docx")]
    assert texts[0] == texts[1], "run examples/school-template-repo/make_template.py and commit opp-sjabloon.docx"


def test_generator_makes_a_passing_template(repo):
    _make_template().build(str(repo / "opp.docx"))
    result = oppcheck("opp.docx", "--format", "json", cwd=repo)
    assert result.returncode == 0, result.stdout
    doc = json.loads(result.stdout)["documents"][0]
    assert json.loads(result.stdout)["template"] is True
    # Rules a plan's own words trigger (kerndoelen out of reach, an enrolment date) are not asked of a template.
    triggered = {"vervangende_onderwijsdoelen", "termijn_zes_weken", "advies_cvb"}
    assert {e["status"] for e in doc["elements"] if e["id"] not in triggered} == {"present"}
    assert {e["status"] for e in doc["elements"] if e["id"] in triggered} == {"not_applicable"}


@pytest.mark.parametrize("omit, title, place", [
    ("instemming_ouders", "Instemming van de ouders", "Instemming met het handelingsdeel"),
    ("inbreng_leerling", "Inbreng van de leerling", "Inbreng van de leerling"),
    ("evaluatie", "Evaluatie met de ouders", "Evaluatie"),
    ("informatie_rechten", "Informatie over uw rechten", "Uw rechten"),  # a must in the SWV's rule set
])
def test_removing_a_part_fails_and_names_the_place(repo, omit, title, place):
    _make_template().build(str(repo / "opp.docx"), omit=(omit,))
    result = oppcheck("opp.docx", cwd=repo)
    assert result.returncode == 1
    assert title in result.stdout
    github = oppcheck("opp.docx", "--format", "github", cwd=repo)
    errors = [line for line in github.stdout.splitlines() if line.startswith("::error")]
    assert len(errors) == 1
    assert f"OPP {omit}" in errors[0]
    assert "geen plek" in errors[0] and place in errors[0]


def test_without_the_swv_synonym_the_pupil_part_is_not_recognised(repo):
    _make_template().build(str(repo / "opp.docx"))
    result = oppcheck("opp.docx", "--ruleset", "default", "--format", "json", cwd=repo)
    assert result.returncode == 1
    statuses = {e["id"]: e["status"] for e in json.loads(result.stdout)["documents"][0]["elements"]}
    assert statuses["inbreng_leerling"] == "missing"  # "Eigen regie leerling" is the SWV's own word


CONSENT = {
    "only seen": ("## Instemming\nVoor gezien door ouders\n\nHandtekening ouder:\n\nDatum:\n", "gezien"),
    "no date": ("## Instemming met het handelingsdeel\n☐ akkoord ☐ niet akkoord\n\nHandtekening ouder:\n", "datum"),
    "no signature": ("## Instemming met het handelingsdeel\n☐ akkoord ☐ niet akkoord\n\nNaam ouder:\n\nDatum:\n",
                     "handtekening"),
    "no parent": ("## Instemming met het handelingsdeel\n☐ akkoord ☐ niet akkoord\n\nHandtekening directeur:\n\n"
                  "Datum:\n", "ouders"),
}


@pytest.mark.parametrize("case", sorted(CONSENT))
def test_consent_part_a_template_gets_wrong(tmp_path, case):
    text, word = CONSENT[case]
    (tmp_path / "sjabloon.md").write_text("# Ontwikkelingsperspectiefplan\n\n" + text, encoding="utf-8")
    result = oppcheck("sjabloon.md", "--template", "--select", "instemming_ouders", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    consent = json.loads(result.stdout)["documents"][0]["elements"][0]
    assert consent["status"] == "incomplete"
    assert word in consent["message"]


def test_complete_consent_part_passes(tmp_path):
    text = CONSENT["no date"][0] + "\nDatum:\n"
    (tmp_path / "sjabloon.md").write_text("# Ontwikkelingsperspectiefplan\n\n" + text, encoding="utf-8")
    result = oppcheck("sjabloon.md", "--template", "--select", "instemming_ouders", cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_rights_are_only_recommended_by_the_law(repo):
    _make_template().build(str(repo / "opp.docx"), omit=("informatie_rechten",))
    result = oppcheck("opp.docx", "--ruleset", "default", "--format", "github", cwd=repo)
    commands = {line.split("title=OPP ")[1].split("%3A")[0]: line for line in result.stdout.splitlines()
                if line.startswith("::")}
    assert set(commands) == {"inbreng_leerling", "informatie_rechten"}
    assert commands["informatie_rechten"].startswith("::warning ") and "(aanbevolen)" in commands["informatie_rechten"]
    assert commands["inbreng_leerling"].startswith("::error ")  # the default does not know "Eigen regie leerling"


def test_pre_commit_hook_checks_documents_in_template_mode():
    import re

    import yaml

    hooks = yaml.safe_load((EXAMPLE.parents[1] / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "oppcheck")
    assert (hook["entry"], hook["language"], hook["args"]) == ("oppcheck", "python", ["--template"])
    files = re.compile(hook["files"])
    assert [bool(files.search(n)) for n in ("a.pdf", "sjablonen/b.docx", "c.odt", "d.txt", "e.docx.bak")] == [
        True, True, True, False, False]
    result = oppcheck(*hook["args"], "opp-sjabloon.docx", cwd=EXAMPLE)
    assert result.returncode == 0
