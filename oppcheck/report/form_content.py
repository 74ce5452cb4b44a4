"""The neutral content of the meeting form and the letter, built once; each reporter only lays it out.

All wording comes from oppcheck/templates/form.yaml (form and letter) and oppcheck/messages.yaml
(status and level words, shared with the terminal report). Nothing here is copied out of the plan
except what the check itself found (quotes in the findings' messages); never the child's name.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..findings import DOC_ERROR, DocumentResult, ElementResult, Report
from ..i18n import message
from .summary import summarize

ORDER = {"missing": 0, "incomplete": 1, "unclear": 2}
OBJECTION_WEEKS = 6


@lru_cache(maxsize=1)
def _wording() -> dict:
    import yaml

    text = resources.files("oppcheck").joinpath("templates", "form.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def words(part: str, lang: str) -> dict:
    """Every entry of `part` ("form" or "letter") in `lang`: strings and lists, {params} not filled in."""
    return {key: node.get(lang) or node["nl"] for key, node in _wording()[part].items()}


def format_date(day: dt.date, lang: str) -> str:
    months = _wording()["months"][lang if lang in _wording()["months"] else "nl"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def school_type_name(code: str, lang: str) -> str:
    """'po' -> 'basisonderwijs (po)'; an unknown code as it is."""
    names = _wording()["school_types"].get(code)
    return (names.get(lang) or names["nl"]) if names else code


def objection_deadline(plan_date: dt.date) -> dt.date:
    """The last day to ask the Geschillencommissie passend onderwijs: six weeks after the plan was set."""
    return plan_date + dt.timedelta(weeks=OBJECTION_WEEKS)


@dataclass
class Gap:
    """One missing, incomplete or unclear element, with everything the parent needs to ask about it."""

    number: int
    id: str
    status: str
    required: bool
    heading: str
    status_text: str
    status_line: str
    why: str
    law: str
    plan_says: str
    question: str


@dataclass
class Section:
    """The form for one checked document."""

    path: str
    meta: list[tuple[str, str]]
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    verdict: str = ""
    counts: list[str] = field(default_factory=list)
    must_gaps: list[Gap] = field(default_factory=list)
    should_gaps: list[Gap] = field(default_factory=list)
    in_order: list[str] = field(default_factory=list)
    not_needed: list[str] = field(default_factory=list)
    deadline: str = ""

    @property
    def gaps(self) -> list[Gap]:
        return [*self.must_gaps, *self.should_gaps]


@dataclass
class FormContent:
    """The whole meeting form: the words of this language and one section per document."""

    lang: str
    t: dict
    sections: list[Section]
    disclaimer: str


def build_form(report: Report, today: dt.date | None = None) -> FormContent:
    lang = report.lang
    t = words("form", lang)
    today = today or dt.date.today()
    sections = [_section(doc, report, t, lang, today) for doc in report.documents]
    return FormContent(lang=lang, t=t, sections=sections, disclaimer=t["disclaimer"].format(version=report.version))


def _section(doc: DocumentResult, report: Report, t: dict, lang: str, today: dt.date) -> Section:
    unknown = t["unknown"]
    plan_date = _iso_date(doc.vaststelling)
    meta = [
        (t["file"], os.path.basename(doc.path)),  # never the full path: it names folders, often the child
        (t["checked_on"], format_date(today, lang)),
        (t["ruleset"], t["ruleset_value"].format(name=report.ruleset_name, version=report.ruleset_version)),
    ]
    if doc.status == DOC_ERROR:
        return Section(path=doc.path, meta=meta, error=t["error"].format(error=doc.error or ""))
    meta += [(t["school_type"], school_type_name(doc.school_type, lang) if doc.school_type else unknown),
             (t["vaststelling"], format_date(plan_date, lang) if plan_date else unknown)]
    section = Section(path=doc.path, meta=meta, notes=_notes(doc, lang))
    summary = summarize(doc, lang)  # the same verdict and counts as the screen report and the web page
    section.counts = summary.counts
    section.verdict = summary.verdict
    for number, e in enumerate(summary.gaps, 1):
        (section.must_gaps if e.required else section.should_gaps).append(_gap(number, e, t, lang))
    section.in_order = [e.title for e in summary.in_order]
    section.not_needed = [e.title for e in summary.not_needed]
    section.deadline = (t["deadline"].format(date=format_date(plan_date, lang),
                                             deadline=format_date(objection_deadline(plan_date), lang))
                        if plan_date else t["deadline_unknown"])
    return section


def _gap(number: int, e: ElementResult, t: dict, lang: str) -> Gap:
    status = message(f"status.{e.status}", lang)
    level = message("level.must" if e.required else "level.should", lang)
    return Gap(number=number, id=e.id, status=e.status, required=e.required,
               heading=t["gap_heading"].format(n=number, title=e.title), status_text=status,
               status_line=t["gap_status"].format(status=status, level=level),
               why=e.why, law=t["law"].format(law=e.law) if e.law else "", plan_says=e.message, question=e.question)


def _notes(doc: DocumentResult, lang: str) -> list[str]:
    notes = []
    if doc.unread_pages:
        notes.append(message("terminal.unread", lang, pages=", ".join(map(str, doc.unread_pages))))
    if doc.ocr_pages:
        notes.append(message("terminal.ocr", lang, pages=", ".join(map(str, doc.ocr_pages))))
    if "tracked_changes" in doc.notes:
        notes.append(message("terminal.tracked", lang))
    return notes


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass
class LetterPart:
    """The letter's list for one document: required and recommended elements that are not in order
    (or, for a document that could not be read, a request to send it again)."""

    name: str
    must: list[str] = field(default_factory=list)
    should: list[str] = field(default_factory=list)
    unreadable: bool = False


@dataclass
class LetterContent:
    """The letter to the school: its words in this language and one part per document."""

    lang: str
    t: dict
    parts: list[LetterPart]


def build_letter(report: Report) -> LetterContent:
    lang = report.lang
    t = words("letter", lang)
    parts = []
    for doc in report.documents:
        if doc.status == DOC_ERROR:
            parts.append(LetterPart(name=os.path.basename(doc.path), unreadable=True))
            continue
        gaps = sorted((e for e in doc.elements if e.is_gap), key=lambda e: ORDER.get(e.status, 9))
        items = {e.id: t["item"].format(title=e.title, status=message(f"status.{e.status}", lang), law=e.law)
                 for e in gaps}
        parts.append(LetterPart(name=os.path.basename(doc.path),
                                must=[items[e.id] for e in gaps if e.required],
                                should=[items[e.id] for e in gaps if not e.required]))
    return LetterContent(lang=lang, t=t, parts=parts)
