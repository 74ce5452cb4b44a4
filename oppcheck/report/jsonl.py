"""`--format jsonl`: one JSON object per line, written as each document is done.

Line 1 is a header {"schema": "oppcheck/jsonl/1", "oppcheck", "ruleset", "lang", "template", "run"};
every other line is one document: the DocumentResult of the JSON contract plus "sha256" (of the file).
`run` fingerprints what makes results comparable, so that `--resume` only reuses lines made the same way.
"""

from __future__ import annotations

import json
import os

from ..errors import OppcheckError
from ..findings import DocumentResult, ElementResult, Evidence, Report
from ..ruleset import RuleSet
from ..settings import Settings

JSONL_SCHEMA = "oppcheck/jsonl/1"


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    """The whole report as JSONL (header, then the documents in input order)."""
    lines = [header(report, ruleset, settings)] + [document_line(d) for d in report.documents]
    return b"".join(lines).decode("utf-8")


def header(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    return _line({"schema": JSONL_SCHEMA, "oppcheck": report.version,
                  "ruleset": {"name": report.ruleset_name, "version": report.ruleset_version},
                  "lang": report.lang, "template": report.template_mode, "run": fingerprint(ruleset, settings)})


def document_line(doc: DocumentResult) -> bytes:
    return _line({**doc.to_dict(), "sha256": doc.sha256})


def fingerprint(ruleset: RuleSet, settings: Settings) -> str:
    """A short hash of everything that changes a document's result apart from the document itself."""
    import hashlib

    from .. import __version__
    from ..ruleset import VOCABULARY_KEYS

    complete = ruleset.complete  # every rule takes part in every judgment, reported or not
    basis = repr((__version__, ruleset.name, ruleset.version, complete.rules, [r.id for r in ruleset.rules],
                  [getattr(complete, key) for key in VOCABULARY_KEYS], sorted(complete.context.items()),
                  settings.school_type, settings.lang, settings.template, settings.redact, settings.ocr))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def _line(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def lines_in_order(path: str, keys: list[tuple[str, str | None]]) -> bytes:
    """The document lines of the JSONL file at `path` for `keys` (path, sha256), in that order; the
    last line wins where a document occurs more than once (it was checked again after a change)."""
    found: dict[tuple, bytes] = {}
    with open(path, "rb") as fh:
        for raw in fh:
            item = json.loads(raw)
            if "path" in item:
                found[(item["path"], item.get("sha256"))] = raw
    return b"".join(found[key] for key in keys)


def load_resume(path: str, run: str) -> dict[tuple[str, str], DocumentResult]:
    """The documents in a JSONL file written by an earlier run, by (path, sha256).

    A missing or empty file gives nothing. A half-written last line (the run was killed while
    writing) is cut off, so that new lines can be appended. Raises OppcheckError when the file is
    not an oppcheck JSONL file ("resume_invalid") or was made with other settings ("resume_mismatch").
    """
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise OppcheckError("resume_invalid", file=path) from exc
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) < len(data):
        _truncate(path, len(whole))
    lines = whole.splitlines()
    if not lines:
        return {}
    first = _parse(lines[0], path)
    if first.get("schema") != JSONL_SCHEMA:
        raise OppcheckError("resume_invalid", file=path)
    if first.get("run") != run:
        raise OppcheckError("resume_mismatch", file=path)
    done = {}
    for raw in lines[1:]:
        item = _parse(raw, path)
        if item.get("schema") == JSONL_SCHEMA:  # a later run's header, appended after an earlier file
            if item.get("run") != run:
                raise OppcheckError("resume_mismatch", file=path)
            continue
        if item.get("sha256") and isinstance(item.get("path"), str):
            done[(item["path"], item["sha256"])] = result_from_dict(item)
    return done


def _parse(raw: bytes, path: str) -> dict:
    try:
        item = json.loads(raw)
    except ValueError as exc:
        raise OppcheckError("resume_invalid", file=path) from exc
    if not isinstance(item, dict):
        raise OppcheckError("resume_invalid", file=path)
    return item


def _truncate(path: str, size: int) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
    finally:
        os.close(fd)


def result_from_dict(item: dict) -> DocumentResult:
    """A DocumentResult back from its JSON form (texts not in the contract, such as `why`, stay empty)."""
    elements = [
        ElementResult(id=e["id"], status=e["status"], required=e["required"], title=e.get("title", ""),
                      message=e.get("message", ""), law=e.get("law", ""), question=e.get("question", ""),
                      evidence=[Evidence(**ev) for ev in e.get("evidence", [])])
        for e in item.get("elements", [])
    ]
    return DocumentResult(path=item["path"], format=item.get("format"), school_type=item.get("school_type"),
                          status=item["status"], error=item.get("error"), elements=elements,
                          vaststelling=item.get("vaststelling"), pages=item.get("pages"),
                          ocr_pages=item.get("ocr_pages", []), unread_pages=item.get("unread_pages", []),
                          notes=item.get("notes", []), sha256=item.get("sha256"), school=item.get("school"))
