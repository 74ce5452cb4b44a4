"""CI output formats: SARIF 2.1.0 (validated against the official schema), JUnit XML, GitHub workflow
commands, GitLab code quality. A hand-made report holds every status, tricky text and an unreadable file."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from oppcheck.findings import DOC_ERROR, DOC_GAPS, DocumentResult, ElementResult, Evidence, Report
from oppcheck.report import render
from oppcheck.ruleset import load_ruleset
from oppcheck.settings import Settings

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
TRICKY = "50% klaar: zie a,b\r\nen verder"


def element(id_: str, status: str, required: bool = True, **kw) -> ElementResult:
    return ElementResult(id=id_, status=status, required=required, title=kw.pop("title", f"Titel {id_}"),
                         message=kw.pop("message", f"Bericht {id_}"), law="WPO art. 40a", question="Vraag?", **kw)


@pytest.fixture
def report(tmp_path, monkeypatch) -> Report:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sjablonen").mkdir()
    elements = [
        element("uitstroombestemming", "present", evidence=[Evidence(page=2, section="Uitstroom", quote="vmbo-kader")]),
        element("onderbouwing", "missing"),
        element("ondersteuning", "incomplete", evidence=[Evidence(page=None, section="Ondersteuning", quote="...")]),
        element("oogo", "unclear"),
        element("inbreng_leerling", "not_applicable"),
        element("doelen", "missing", required=False, message=TRICKY, title="Doelen: a, b"),
    ]
    docs = [
        DocumentResult(path=str(tmp_path / "sjablonen" / "opp 1.docx"), format="docx", status=DOC_GAPS,
                       elements=elements, sha256="ab" * 32),
        DocumentResult(path="kapot.pdf", status=DOC_ERROR, error="Het bestand kapot.pdf is beschadigd."),
    ]
    return Report(version="0.1.0", ruleset_name="default", ruleset_version="2026.11", documents=docs)


def _render(fmt: str, report: Report) -> str:
    return render(fmt, report, load_ruleset("default"), Settings())


def test_sarif_validates_and_maps_statuses(report):
    import jsonschema

    log = json.loads(_render("sarif", report))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    results = {r["ruleId"]: r for r in run["results"]}
    assert len(run["results"]) == 6  # one per element of the readable document
    assert (results["uitstroombestemming"]["kind"], results["uitstroombestemming"]["level"]) == ("pass", "none")
    assert (results["onderbouwing"]["kind"], results["onderbouwing"]["level"]) == ("fail", "error")
    assert (results["ondersteuning"]["kind"], results["ondersteuning"]["level"]) == ("fail", "error")
    assert (results["oogo"]["kind"], results["oogo"]["level"]) == ("review", "none")
    assert (results["inbreng_leerling"]["kind"], results["inbreng_leerling"]["level"]) == ("notApplicable", "none")
    assert (results["doelen"]["kind"], results["doelen"]["level"]) == ("fail", "warning")
    where = results["uitstroombestemming"]["locations"][0]
    assert where["physicalLocation"]["region"] == {"startLine": 2, "snippet": {"text": "vmbo-kader"}}
    assert where["physicalLocation"]["artifactLocation"]["uri"] == "sjablonen/opp%201.docx"
    assert where["logicalLocations"][0]["name"] == "Uitstroom"
    assert "region" not in results["onderbouwing"]["locations"][0]["physicalLocation"]
    # Rules: every rule of the rule set, with help text (why + question) and the legal basis.
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in load_ruleset("default").rules]
    consent = next(r for r in rules if r["id"] == "instemming_ouders")
    assert "Gezien" in consent["help"]["text"] and "Vraag:" in consent["help"]["text"]
    assert consent["properties"]["legalBasis"].startswith("WPO art. 40a lid 2")
    assert results["onderbouwing"]["ruleIndex"] == [r["id"] for r in rules].index("onderbouwing")
    # The unreadable document is a notification, and the run says it did not fully succeed.
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("Het bestand kapot.pdf")


def test_sarif_fingerprint_is_stable_per_document_and_element(report):
    first = json.loads(_render("sarif", report))["runs"][0]["results"]
    report.documents[0].elements[1].status = "incomplete"
    second = json.loads(_render("sarif", report))["runs"][0]["results"]
    assert first[1]["partialFingerprints"] == second[1]["partialFingerprints"]
    assert len({json.dumps(r["partialFingerprints"]) for r in first}) == len(first)


def test_junit_one_testcase_per_element_per_document(report):
    root = ET.fromstring(_render("junit", report).encode("utf-8"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["sjablonen/opp 1.docx", "kapot.pdf"]
    cases = suites[0].findall("testcase")
    assert [c.get("name") for c in cases] == [e.id for e in report.documents[0].elements]
    assert {c.get("classname") for c in cases} == {"sjablonen/opp 1.docx"}
    failed = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
    assert set(failed) == {"onderbouwing", "ondersteuning", "oogo", "doelen"}
    assert failed["onderbouwing"].get("type") == "missing"
    assert failed["doelen"].get("message") == TRICKY + " (aanbevolen)"  # XML keeps the text as is
    assert cases[4].find("skipped") is not None
    assert (suites[0].get("tests"), suites[0].get("failures"), suites[0].get("skipped")) == ("6", "4", "1")
    assert suites[1].find("testcase/error").get("message").startswith("Het bestand kapot.pdf")
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("7", "4", "1", "1")


def test_github_commands_escape_data_and_properties(report):
    lines = _render("github", report).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 4  # three must gaps and the unreadable file
    assert len(warnings) == 1
    warning = warnings[0]
    props, message = warning[len("::warning "):].split("::", 1)
    assert props == "file=sjablonen/opp 1.docx,title=OPP doelen%3A Doelen%3A a%2C b (aanbevolen)"
    assert message.startswith("50%25 klaar: zie a,b%0D%0Aen verder%0A")
    assert "\r" not in warning
    assert any(line.startswith("::error file=kapot.pdf,title=oppcheck::") for line in errors)
    assert "uitstroombestemming" not in "\n".join(lines)  # present: no command


def test_github_escaping_functions():
    from oppcheck.report.github import command

    assert command("error", "a%b\nc", file="x:y,z.docx", title="t") == "::error file=x%3Ay%2Cz.docx,title=t::a%25b%0Ac"


def test_gitlab_code_quality(report):
    issues = json.loads(_render("gitlab", report))
    assert {i["check_name"] for i in issues} == {"oppcheck/onderbouwing", "oppcheck/ondersteuning", "oppcheck/oogo",
                                                 "oppcheck/doelen", "oppcheck/unreadable"}
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert isinstance(issue["location"]["lines"]["begin"], int)
    by_check = {i["check_name"]: i for i in issues}
    assert by_check["oppcheck/onderbouwing"]["severity"] == "critical"
    assert by_check["oppcheck/doelen"]["severity"] == "minor"
    assert by_check["oppcheck/unreadable"]["severity"] == "blocker"
    assert by_check["oppcheck/onderbouwing"]["location"]["path"] == "sjablonen/opp 1.docx"
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    again = json.loads(_render("gitlab", report))
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]


def test_document_outside_working_directory_gets_absolute_file_uri(report, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    log = json.loads(_render("sarif", report))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:") and uri.endswith("/sjablonen/opp%201.docx")


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "school-template-repo"


def _ci_commands() -> list[str]:
    import yaml

    workflow = yaml.safe_load((EXAMPLE / ".github" / "workflows" / "oppcheck.yml").read_text("utf-8"))
    steps = workflow["jobs"]["template"]["steps"]
    gitlab = yaml.safe_load((EXAMPLE / ".gitlab-ci.yml").read_text("utf-8"))["oppcheck"]["script"]
    return [s["run"] for s in steps if s.get("run", "").startswith("oppcheck")] + [
        line for line in gitlab if line.startswith("oppcheck")]


@pytest.mark.parametrize("cmd", _ci_commands())
def test_example_ci_commands_run(cmd, tmp_path):
    """Every oppcheck command of the example workflows works in the example repository."""
    import os
    import shutil
    import subprocess
    import sys

    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-ec", cmd], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if "--output" in cmd:
        out = repo / cmd.split("--output ")[1].split()[0]
        data = out.read_text("utf-8")
        if out.suffix == ".sarif":
            import jsonschema

            jsonschema.Draft4Validator(SCHEMA).validate(json.loads(data))
        elif out.suffix == ".json":
            assert json.loads(data) == []  # the example template has no gaps
        else:
            assert ET.fromstring(data.encode("utf-8")).get("failures") == "0"
