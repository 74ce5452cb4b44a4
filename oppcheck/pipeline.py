"""Find the documents of a call and check each one: extract -> check, under limits.

Each document becomes a DocumentResult, an unreadable one too (status "error" with one sentence),
so that a batch always goes on past a bad file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .errors import OppcheckError, ReadError
from .extract.formats import BY_CONTENT, REPORTED_SUFFIXES, SUFFIXES, warm_up_modules
from .findings import DOC_ERROR, DocumentResult
from .ruleset import RuleSet
from .settings import Settings

SKIPPED_PREFIXES = (".", "~$", ".~lock")
# A long OPP holds some 200,000 characters; the checker reads about 4 MB of text a second, so a
# document with more text than this is refused in about a second instead of checked for minutes.
MAX_CHECK_CHARS = 5_000_000


def discover(paths: Iterable[str], own_reports: list[str] | None = None) -> Iterator[str]:
    """Files to check, each once, in a stable order: given files as they are; folders searched
    recursively (sorted, symlinked folders not followed), skipping hidden files, Office lock files
    (~$plan.docx, .~lock.plan.odt#), files that are neither named nor made like a document we read,
    and oppcheck's own reports (see `own_report`), which are added to `own_reports`."""
    seen: set[str] = set()
    for path in paths:
        found = [path] if not os.path.isdir(path) else _walk(path, own_reports)
        for full in found:
            key = os.path.realpath(full)
            if key not in seen:
                seen.add(key)
                yield full


def _walk(folder: str, own_reports: list[str] | None = None) -> Iterator[str]:
    top = os.path.realpath(folder)
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(SKIPPED_PREFIXES):
                continue
            full = os.path.join(root, name)
            if os.path.islink(full) and not os.path.realpath(full).startswith(top + os.sep):
                continue  # a link out of the folder: never read a file that was not named
            if name.lower().endswith(SUFFIXES + REPORTED_SUFFIXES) or _sniffable(full):
                if own_report(full):  # a form, letter or report oppcheck wrote into the folder earlier
                    if own_reports is not None:
                        own_reports.append(full)
                    continue
                yield full


OWN_REPORT_MARK = "oppcheck-output"  # in docProps/core.xml (identifier) of the Word forms and letters


def own_report(path: str) -> bool:
    """Whether the file is one of oppcheck's own outputs, by its content (a name can be anything):
    a Word form or letter carries OWN_REPORT_MARK in its core properties; a text or Markdown report,
    form or letter holds one of the sentences only oppcheck writes (see `_own_sentences`)."""
    name = path.lower()
    try:
        if name.endswith((".txt", ".md", ".markdown")):
            with open(path, "rb") as fh:
                head = fh.read(64 * 1024)
                fh.seek(max(len(head), os.fstat(fh.fileno()).st_size - 8192))
                tail = fh.read(8192)  # a terminal report ends with its disclaimer
            text = " ".join((head + b"\n" + tail).decode("utf-8", errors="replace").split())
            return any(sentence in text for sentence in _own_sentences())
        if name.endswith(".docx") or not name.endswith(SUFFIXES + REPORTED_SUFFIXES):
            return _marked_package(path)
    except OSError:
        pass
    return False


def _marked_package(path: str) -> bool:
    import zipfile

    if not os.path.isfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("docProps/core.xml")
            if info.file_size > 64 * 1024:
                return False
            with zf.open(info) as member:
                return OWN_REPORT_MARK.encode() in member.read(64 * 1024)
    except Exception:  # noqa: BLE001 - no readable core properties: not one of ours
        return False


_OWN_TEMPLATE_KEYS = (("form", "disclaimer"), ("letter", "intro"), ("letter", "no_gaps"), ("letter", "unreadable"))


@lru_cache(maxsize=1)
def _own_sentences() -> tuple[str, ...]:
    """Sentences only oppcheck's outputs hold, in both languages: the report's disclaimer, the start of
    the form's disclaimer, the letter's opening sentences."""
    import re
    from importlib import resources

    import yaml

    from .i18n import message

    form = yaml.safe_load(resources.files("oppcheck").joinpath("templates", "form.yaml").read_text(encoding="utf-8"))
    found = []
    for lang in ("nl", "en"):
        found.append(message("terminal.disclaimer", lang))
        for group, key in _OWN_TEMPLATE_KEYS:
            text = ((form.get(group) or {}).get(key) or {}).get(lang) if isinstance(form, dict) else None
            if isinstance(text, str):  # its longest part without a {placeholder} or a [fill-in]
                found.append(max(re.split(r"\{[^}]*\}|\[[^\]]*\]", text), key=len))
    return tuple(" ".join(s.split()) for s in found if isinstance(s, str) and len(s.strip()) > 20)


def _sniffable(path: str) -> bool:
    """A file without a known name that is a PDF, DOCX, ODT or image by content."""
    from .extract.sniff import sniff

    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as fh:
            head = fh.read(65536)
        if head.startswith(b"PK"):  # any zip: only a Word or OpenDocument text, not a spreadsheet
            return _office_text(path)
        return sniff(head, path) in BY_CONTENT
    except (OSError, OppcheckError):
        return False


def _office_text(path: str) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                with zf.open("mimetype") as member:  # read a few bytes only: never unpack a bomb here
                    return member.read(60).startswith(b"application/vnd.oasis.opendocument.text")
            return "word/document.xml" in names
    except Exception:  # noqa: BLE001 - a damaged zip without a document name is not taken by content
        return False


def check_one(path: str, ruleset: RuleSet, settings: Settings) -> DocumentResult:
    """Read and check one document (runs in a limited child process). Raises OppcheckError."""
    from .check import check_document
    from .extract import ReadOptions, read_document

    options = ReadOptions(password=settings.password, ocr=settings.ocr, max_size_mb=settings.max_size_mb)
    doc = read_document(path, options)
    if sum(len(b.text) for b in doc.blocks) > MAX_CHECK_CHARS:  # not a plan; checking it would take minutes
        raise ReadError("too_much_text", limit=MAX_CHECK_CHARS // 1_000_000)
    result = check_document(
        doc, ruleset, school_type=settings.school_type, lang=settings.lang, template=settings.template
    )
    if settings.redact:
        _redact(result, doc)
    return result


def check_hashed(path: str, ruleset: RuleSet, settings: Settings) -> DocumentResult:
    """`check_one` plus the file's SHA-256 (for --resume), both in the worker."""
    result = check_one(path, ruleset, settings)
    result.sha256 = file_hash(path)
    return result


def error_result(path: str, exc: OppcheckError, settings: Settings) -> DocumentResult:
    """An unreadable document as a result: status "error", one sentence, and the file's hash if cheap."""
    if settings.debug and getattr(exc, "detail", None):
        import sys

        print(exc.detail, file=sys.stderr)
    result = DocumentResult(path=path, status=DOC_ERROR, error=exc.sentence(settings.lang))
    result.sha256 = file_hash(path, max_bytes=settings.max_size_mb * 1024 * 1024)
    return result


def file_hash(path: str, max_bytes: float | None = None) -> str | None:
    """SHA-256 of a regular file (None for anything else, or a file over `max_bytes`)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or (max_bytes is not None and info.st_size > max_bytes):
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def warm_up(ruleset: RuleSet, paths: Iterable[str] | None = None) -> None:
    """Import the readers of `paths` (all readers when not given) and the checker, and compile the
    rule set's patterns in this process, so that every forked worker starts with them ready instead
    of loading them again."""
    import importlib

    suffixes = {os.path.splitext(p)[1].lower() for p in paths} if paths is not None else None
    modules = warm_up_modules(suffixes)
    for module in (*sorted(modules), "oppcheck.check"):
        try:
            importlib.import_module(module)
        except ImportError:  # a reader that is not installed fails in the worker, with its own sentence
            pass
    ruleset.complete.compile_all()
    from .i18n import message

    message("status.present")  # loads messages.yaml


def _redact(result: DocumentResult, doc) -> None:
    """Remove personal data from everything a result says about the document: messages, quotes,
    sections and notes; names found anywhere in the plan are removed everywhere. A quote that was
    shortened is redacted whole and then shortened again, so that no half of a name or an e-mail
    address survives the cut. (The file name is replaced where results are handed on, see
    `shown_path`.)"""
    import re

    from .redact import find_names, redact
    from .text import clean, shorten

    texts = [t for b in doc.blocks for t in (b.text, b.value) if t]
    names = find_names("\n".join(texts))
    sources = [" ".join(clean(t).split()) for t in texts]

    def whole(short: str) -> str:
        """The text a shortened quote ('Mail: ouders.de…') was cut from, from where the quote starts."""
        head = short[:-1].rstrip()
        for source in sources:
            at = source.find(head)
            if at >= 0:
                return source[at:]
        return head.rsplit(" ", 1)[0] if " " in head else ""  # not found: the cut word goes

    def redacted(text: str) -> str:
        if text.endswith("…"):
            return shorten(redact(whole(text), names), len(text))
        return redact(text, names)

    for element in result.elements:
        quoted = re.sub(r'"([^"\n]*…)"', lambda m: f'"{redacted(m[1])}"', element.message)
        element.message = redact(quoted, names)
        for ev in element.evidence:
            if ev.quote:
                ev.quote = redacted(ev.quote)
            if ev.section:
                ev.section = redacted(ev.section)
    result.notes = [redact(note, names) for note in result.notes]


def shown_path(path: str, position: int, settings: Settings) -> str:
    """The path as the outputs show it: made safe for every output (`text.safe_path`); with --redact
    replaced by 'document-001.pdf' (its place in the input order), since a file name often holds the
    child's name and date of birth."""
    from .text import safe_path

    if not settings.redact:
        return safe_path(path)
    return f"document-{position + 1:03d}{safe_path(os.path.splitext(path)[1].lower())}"
