"""`--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).

One result per element per document. `kind`: pass (present), fail (missing, incomplete), review
(unclear), notApplicable (not_applicable). `level` is "none" unless kind is fail; then "error" for a
required element and "warning" for a recommended one.

Locations: the artifact URI is relative to the working directory (uriBaseId SRCROOT). A document has
no source lines, so the region's startLine is the page number for paged documents (PDF) and 1 for the
others; the quote is the region's snippet, the section a logical location. (A region needs a start to
be valid SARIF, and GitHub shows results only with a startLine.)
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from ..findings import DOC_ERROR, NOT_APPLICABLE, PRESENT, UNCLEAR, ElementResult, Report
from ..ruleset import Rule, RuleSet
from ..settings import Settings

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
KIND = {PRESENT: "pass", NOT_APPLICABLE: "notApplicable", UNCLEAR: "review"}  # the others: fail
WORDS = {
    "nl": {
        "why": "Waarom",
        "question": "Vraag",
        "law": "Wettelijke basis",
        "must": "verplicht",
        "should": "aanbevolen",
    },
    "en": {"why": "Why", "question": "Question", "law": "Legal basis", "must": "required", "should": "recommended"},
}


def relative_path(path: str) -> str:
    """The document's path relative to the working directory (forward slashes); absolute when outside it."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.getcwd())
    except ValueError:  # another drive (Windows)
        rel = absolute
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        rel = absolute
    return rel.replace(os.sep, "/")


def artifact_location(path: str) -> dict:
    """A relative URI under SRCROOT, or an absolute file: URI for a document outside the working directory."""
    rel = relative_path(path)
    if os.path.isabs(rel):
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel), "uriBaseId": "SRCROOT"}


def kind_and_level(e: ElementResult) -> tuple[str, str]:
    kind = KIND.get(e.status, "fail")
    if kind != "fail":
        return kind, "none"
    return kind, "error" if e.required else "warning"


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    lang = report.lang
    rules = [_rule(r, lang) for r in ruleset.rules]
    index = {r.id: i for i, r in enumerate(ruleset.rules)}
    artifacts, results, notifications = [], [], []
    for doc in report.documents:
        location = artifact_location(doc.path)
        artifact: dict = {"location": location}
        if doc.sha256:
            artifact["hashes"] = {"sha-256": doc.sha256}
        artifacts.append(artifact)
        location = {**location, "index": len(artifacts) - 1}
        if doc.status == DOC_ERROR:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": doc.error or ""},
                    "locations": [{"physicalLocation": {"artifactLocation": location}}],
                }
            )
            continue
        for e in doc.elements:
            results.append(_result(e, location, index.get(e.id), doc.school_type))
    run = {
        "tool": {
            "driver": {
                "name": "oppcheck",
                "version": report.version,
                "semanticVersion": report.version,
                "language": lang,
                "rules": rules,
            }
        },
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {"SRCROOT": {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "ruleset": {"name": report.ruleset_name, "version": report.ruleset_version},
            "template": report.template_mode,
        },
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: Rule, lang: str) -> dict:
    w = WORDS.get(lang, WORDS["nl"])
    why, question, law = rule.text("why", lang), rule.text("question", lang), rule.text("law", lang)
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.text("title", lang)},
        "fullDescription": {"text": why},
        "help": {
            "text": f"{why}\n{w['question']}: {question}\n{w['law']}: {law}",
            "markdown": f"**{w['why']}:** {why}\n\n**{w['question']}:** {question}\n\n**{w['law']}:** {law}",
        },
        "defaultConfiguration": {"level": "error" if rule.level == "must" else "warning"},
        "properties": {
            "legalBasis": law,
            "level": rule.level,
            "kind": rule.kind,
            "levelByType": rule.level_by_type,
            "tags": ["opp", rule.level],
        },
    }


def _result(e: ElementResult, location: dict, rule_index: int | None, school_type: str | None) -> dict:
    kind, level = kind_and_level(e)
    ev = e.evidence[0] if e.evidence else None
    loc: dict = {"physicalLocation": {"artifactLocation": location}}
    if ev and (ev.page is not None or ev.quote):
        region: dict = {"startLine": ev.page or 1}
        if ev.quote:
            region["snippet"] = {"text": ev.quote}
        loc["physicalLocation"]["region"] = region
    if ev and ev.section:
        loc["logicalLocations"] = [{"name": ev.section, "kind": "section"}]
    result = {
        "ruleId": e.id,
        "kind": kind,
        "level": level,
        "message": {"text": e.message},
        "locations": [loc],
        "partialFingerprints": {"oppcheckElement/v1": _fingerprint(location["uri"], e.id)},
        "properties": {
            "status": e.status,
            "required": e.required,
            "schoolType": school_type,
            "page": ev.page if ev else None,
            "section": ev.section if ev else None,
        },
    }
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    if kind == "fail":
        result["properties"]["question"] = e.question
    return result


def _fingerprint(uri: str, element_id: str) -> str:
    """Stable across runs: the same element of the same document is the same alert."""
    return hashlib.sha256(f"{uri}\0{element_id}".encode()).hexdigest()[:32]
