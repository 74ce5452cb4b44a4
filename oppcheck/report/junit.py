"""`--format junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps, GitHub test-report actions).

One testsuite per document (name and every testcase's classname: the document's path), one testcase
per element (name: the element id). A gap (missing, incomplete, unclear) is a <failure> whose type is
the status; recommended elements are marked "(aanbevolen)" in the failure message so a CI viewer
shows them apart, but they fail too: the exit code, not the test report, decides the build. Not
applicable is <skipped>. A document that could not be read is one testcase with an <error>.
"""

from __future__ import annotations

from ..findings import DOC_ERROR, GAPS, NOT_APPLICABLE, Report
from ..ruleset import RuleSet
from ..settings import Settings
from .sarif import WORDS, relative_path


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    from xml.etree import ElementTree as ET

    w = WORDS.get(report.lang, WORDS["nl"])
    root = ET.Element("testsuites", name="oppcheck")
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for doc in report.documents:
        path = relative_path(doc.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        counts = dict.fromkeys(totals, 0)
        if doc.status == DOC_ERROR:
            case = ET.SubElement(suite, "testcase", classname=path, name="document")
            ET.SubElement(case, "error", message=doc.error or "", type="unreadable").text = doc.error or ""
            counts["tests"] += 1
            counts["errors"] += 1
        for e in doc.elements:
            case = ET.SubElement(suite, "testcase", classname=path, name=e.id)
            counts["tests"] += 1
            if e.status in GAPS:
                level = w["must"] if e.required else w["should"]
                failure = ET.SubElement(case, "failure", message=f"{e.message} ({level})", type=e.status)
                failure.text = f"{e.title}\n{e.message}\n{w['law']}: {e.law}\n{w['question']}: {e.question}"
                counts["failures"] += 1
            elif e.status == NOT_APPLICABLE:
                ET.SubElement(case, "skipped", message=e.message)
                counts["skipped"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
