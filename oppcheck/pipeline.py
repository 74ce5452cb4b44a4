"""Find the documents of a call and check each one: extract -> check, under limits.

Each document becomes a DocumentResult, an unreadable one too (status "error" with one sentence),
so that a batch always goes on past a bad file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator

from .errors import OppcheckError, ReadError
from .findings import DOC_ERROR, DocumentResult
from .ruleset import RuleSet
from .settings import Settings

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".odt", ".txt", ".md", ".markdown", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def discover(paths: Iterable[str]) -> Iterator[str]:
    """Files to check: given files as they are; folders searched recursively (sorted), skipping hidden
    files, Office lock files (~$plan.docx) and files whose content is not a document we read."""
    for path in paths:
        if not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith((".", "~$", ".~lock")):
                    continue
                full = os.path.join(root, name)
                if name.lower().endswith(SUPPORTED_SUFFIXES) or _sniffable(full):
                    yield full


def _sniffable(path: str) -> bool:
    from .extract.sniff import sniff

    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
        sniff(head, path)
        return head.strip() != b""
    except (OSError, OppcheckError):
        return False


def check_one(path: str, ruleset: RuleSet, settings: Settings) -> DocumentResult:
    """Read and check one document (runs in a limited child process). Raises OppcheckError."""
    from .check import check_document
    from .extract import ReadOptions, read_document

    options = ReadOptions(password=settings.password, ocr=settings.ocr, max_size_mb=settings.max_size_mb)
    doc = read_document(path, options)
    result = check_document(doc, ruleset, school_type=settings.school_type, lang=settings.lang,
                            template=settings.template)
    if settings.redact:
        _redact(result)
    return result


def check_isolated(path: str, ruleset: RuleSet, settings: Settings) -> DocumentResult:
    """`check_one` in a child process under the time and memory limits; errors become a result."""
    from .isolation import run_limited

    try:
        result = run_limited(check_one, (path, ruleset, settings), timeout=settings.timeout,
                             max_memory_mb=settings.max_memory_mb)
    except OppcheckError as exc:
        result = error_result(path, exc, settings)
    result.sha256 = file_hash(path)
    return result


def error_result(path: str, exc: OppcheckError, settings: Settings) -> DocumentResult:
    if settings.debug and getattr(exc, "detail", None):
        import sys

        print(exc.detail, file=sys.stderr)
    return DocumentResult(path=path, status=DOC_ERROR, error=exc.sentence(settings.lang))


def file_hash(path: str) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def check_paths(paths: list[str], ruleset: RuleSet, settings: Settings) -> Iterator[DocumentResult]:
    """Check every document of the call, in a stable order."""
    for path in paths:
        if not os.path.exists(path) and not os.path.islink(path):
            yield error_result(path, ReadError("not_found", path=path), settings)
            continue
        yield check_isolated(path, ruleset, settings)


def _redact(result: DocumentResult) -> None:
    from .redact import redact

    for element in result.elements:
        element.message = redact(element.message)
        for ev in element.evidence:
            if ev.quote:
                ev.quote = redact(ev.quote)
