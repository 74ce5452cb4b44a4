"""`--format gitlab`: a GitLab code quality report (artifacts:reports:codequality), a JSON list of issues.

Only gaps are issues: a required element `critical`, a recommended one `minor`, an unreadable document
`blocker`. The fingerprint hashes the path and the element id, so GitLab matches the same gap across
pipelines (and shows it as fixed when it disappears). `lines.begin` is the page (PDF) or 1.
"""

from __future__ import annotations

import hashlib
import json

from ..findings import DOC_ERROR, GAPS, Report
from ..ruleset import RuleSet
from ..settings import Settings
from .sarif import relative_path


def fingerprint(path: str, check: str) -> str:
    return hashlib.sha256(f"oppcheck\0{path}\0{check}".encode()).hexdigest()[:32]


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    issues = []
    for doc in report.documents:
        path = relative_path(doc.path)
        if doc.status == DOC_ERROR:
            issues.append(_issue(doc.error or "", "oppcheck/unreadable", "blocker", path, 1))
            continue
        for e in doc.elements:
            if e.status not in GAPS:
                continue
            page = e.evidence[0].page if e.evidence and e.evidence[0].page else 1
            issues.append(
                _issue(f"{e.title}: {e.message}", f"oppcheck/{e.id}", "critical" if e.required else "minor", path, page)
            )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _issue(description: str, check: str, severity: str, path: str, line: int) -> dict:
    return {
        "type": "issue",
        "description": description,
        "check_name": check,
        "fingerprint": fingerprint(path, check),
        "severity": severity,
        "location": {"path": path, "lines": {"begin": line}},
    }
