"""`--format jsonl`: one JSON object per line, written as each document is done.

Line 1 is a header {"schema": "oppcheck/jsonl/1", "oppcheck", "ruleset", "lang", "template", "run"};
every other line is one document: the DocumentResult of the JSON contract plus "sha256" (of the file).
`run` fingerprints what makes results comparable, so that `--resume` only reuses lines made the same way.
"""

from __future__ import annotations

import json
import os
import re
import stat

from ..errors import OppcheckError
from ..findings import (
    DOC_COMPLETE,
    DOC_ERROR,
    DOC_GAPS,
    GAPS,
    STATUSES,
    DocumentResult,
    ElementResult,
    Evidence,
    Report,
)
from ..ruleset import RuleSet
from ..settings import Settings

JSONL_SCHEMA = "oppcheck/jsonl/1"
DOC_STATUSES = (DOC_COMPLETE, DOC_GAPS, DOC_ERROR)


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    """The whole report as JSONL (header, then the documents in input order)."""
    lines = [header(report, ruleset, settings)] + [document_line(d) for d in report.documents]
    return b"".join(lines).decode("utf-8")


def header(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    return _line(
        {
            "schema": JSONL_SCHEMA,
            "oppcheck": report.version,
            "ruleset": {"name": report.ruleset_name, "version": report.ruleset_version},
            "lang": report.lang,
            "template": report.template_mode,
            "run": fingerprint(ruleset, settings),
        }
    )


def document_line(doc: DocumentResult) -> bytes:
    return _line({**doc.to_dict(), "sha256": doc.sha256})


def fingerprint(ruleset: RuleSet, settings: Settings) -> str:
    """A short hash of everything that changes a document's result apart from the document itself."""
    import hashlib

    from .. import __version__
    from ..ruleset import VOCABULARY_KEYS

    complete = ruleset.complete  # every rule takes part in every judgment, reported or not
    basis = repr(
        (
            __version__,
            ruleset.name,
            ruleset.version,
            complete.rules,
            [r.id for r in ruleset.rules],
            [getattr(complete, key) for key in VOCABULARY_KEYS],
            sorted(complete.context.items()),
            settings.school_type,
            settings.lang,
            settings.template,
            settings.redact,
            settings.ocr,
        )
    )
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


def load_resume(path: str, run: str, rules: list | None = None) -> dict[tuple[str, str], DocumentResult]:
    """The documents in a JSONL file written by an earlier run, by (path, sha256).

    A missing or empty file gives nothing. The file is checked whole before anything is changed: its
    first line must be oppcheck's header with the same `run` fingerprint ("resume_mismatch" if not),
    and every other line a header of the same run or a valid document result for `rules` (fields,
    types, statuses, the element ids, and a document status that agrees with its elements;
    "resume_line_invalid" names the first bad line). Anything else is "resume_invalid": a file that
    is not oppcheck's own is never changed. Only then is a half-written last line (the run was killed
    while writing) cut off, so that new lines can be appended.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise OppcheckError("resume_invalid", file=path) from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device: never read, never cut
        raise OppcheckError("resume_invalid", file=path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise OppcheckError("resume_invalid", file=path) from exc
    end = data.rfind(b"\n") + 1
    lines, tail = data[:end].splitlines(), data[end:]
    if not lines:
        if tail and not (tail.startswith(_HEADER_START) or _HEADER_START.startswith(tail)):
            raise OppcheckError("resume_invalid", file=path)
        if tail:  # only half a header: the first run was killed at once
            _truncate(path, 0)
        return {}
    first = _parse(lines[0], path)
    if first.get("schema") != JSONL_SCHEMA:
        raise OppcheckError("resume_invalid", file=path)
    if first.get("run") != run:
        raise OppcheckError("resume_mismatch", file=path)
    by_id = {r.id: r for r in rules} if rules is not None else None
    done = {}
    for number, raw in enumerate(lines[1:], start=2):
        item = _parse(raw, path, number)
        if item.get("schema") == JSONL_SCHEMA:  # a later run's header, appended after an earlier file
            if item.get("run") != run:
                raise OppcheckError("resume_mismatch", file=path)
            continue
        if not valid_document(item, by_id):
            raise OppcheckError("resume_line_invalid", file=path, line=number)
        if item["sha256"]:
            done[(item["path"], item["sha256"])] = result_from_dict(item)
    if tail:
        if not tail.startswith(b"{"):
            raise OppcheckError("resume_line_invalid", file=path, line=len(lines) + 1)
        _truncate(path, end)
    return done


_HEADER_START = b'{"schema":"' + JSONL_SCHEMA.encode() + b'"'
_HEX64 = re.compile(r"[0-9a-f]{64}")
_OPTIONAL_TEXT = ("format", "school_type", "vaststelling")
_ELEMENT_TEXT = ("title", "message", "law", "question")


def valid_document(item: dict, rules: dict | None = None) -> bool:
    """Whether `item` is a document line oppcheck could have written (for the rules `rules`, by id)."""
    try:
        if not isinstance(item["path"], str) or not item["path"] or item["status"] not in DOC_STATUSES:
            return False
        sha = item["sha256"]
        if sha is not None and not (isinstance(sha, str) and _HEX64.fullmatch(sha)):
            return False
        if any(item.get(key) is not None and not isinstance(item[key], str) for key in _OPTIONAL_TEXT):
            return False
        if item.get("pages") is not None and (type(item["pages"]) is not int or item["pages"] < 0):
            return False
        for key in ("ocr_pages", "unread_pages"):
            if not all(type(n) is int for n in item.get(key, [])):
                return False
        if not all(isinstance(n, str) for n in item.get("notes", [])):
            return False
        elements = item["elements"]
        if item["status"] == DOC_ERROR:
            return isinstance(item["error"], str) and bool(item["error"]) and elements == []
        if item["error"] is not None or not elements or not all(_valid_element(e) for e in elements):
            return False
        if rules is not None:
            if sorted(e["id"] for e in elements) != sorted(rules):
                return False
            if any(e["required"] != rules[e["id"]].required_for(item.get("school_type")) for e in elements):
                return False
        gaps = any(e["required"] and e["status"] in GAPS for e in elements)
        return item["status"] == (DOC_GAPS if gaps else DOC_COMPLETE)
    except (KeyError, TypeError, AttributeError):
        return False


def _valid_element(e: dict) -> bool:
    if not isinstance(e["id"], str) or e["status"] not in STATUSES or type(e["required"]) is not bool:
        return False
    if not all(isinstance(e.get(key, ""), str) for key in _ELEMENT_TEXT):
        return False
    for ev in e.get("evidence", []):
        if not isinstance(ev, dict) or not set(ev) <= {"page", "section", "quote"}:
            return False
        if ev.get("page") is not None and type(ev["page"]) is not int:
            return False
        if any(ev.get(key) is not None and not isinstance(ev[key], str) for key in ("section", "quote")):
            return False
    return True


def _parse(raw: bytes, path: str, number: int | None = None) -> dict:
    try:
        item = json.loads(raw)
    except ValueError as exc:
        raise _bad_line(path, number) from exc
    if not isinstance(item, dict):
        raise _bad_line(path, number)
    return item


def _bad_line(path: str, number: int | None) -> OppcheckError:
    if number is None:
        return OppcheckError("resume_invalid", file=path)
    return OppcheckError("resume_line_invalid", file=path, line=number)


def _truncate(path: str, size: int) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
    finally:
        os.close(fd)


def result_from_dict(item: dict) -> DocumentResult:
    """A DocumentResult back from its JSON form (texts not in the contract, such as `why`, stay empty)."""
    elements = [
        ElementResult(
            id=e["id"],
            status=e["status"],
            required=e["required"],
            title=e.get("title", ""),
            message=e.get("message", ""),
            law=e.get("law", ""),
            question=e.get("question", ""),
            evidence=[Evidence(**ev) for ev in e.get("evidence", [])],
        )
        for e in item.get("elements", [])
    ]
    return DocumentResult(
        path=item["path"],
        format=item.get("format"),
        school_type=item.get("school_type"),
        status=item["status"],
        error=item.get("error"),
        elements=elements,
        vaststelling=item.get("vaststelling"),
        pages=item.get("pages"),
        ocr_pages=item.get("ocr_pages", []),
        unread_pages=item.get("unread_pages", []),
        notes=item.get("notes", []),
        sha256=item.get("sha256"),
        school=item.get("school"),
    )
