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

from ..findings import DOC_ERROR, NO_PLAN, PRESENT, DocumentResult, ElementResult, Report
from ..i18n import message
from .summary import reader_notes, summarize

ORDER = {"missing": 0, "incomplete": 1, "unclear": 2}
OBJECTION_WEEKS = 6
SCHOOL_YEAR_DAYS = 365
HOORRECHT_FROM = dt.date(2025, 8, 1)  # the hoorrecht applies to a vast- or bijstelling from this day (inbreng_leerling)
CONSENT = "instemming_ouders"
REFUSED = ("refused", "protest", "partial")


@lru_cache(maxsize=1)
def _wording() -> dict:
    from ..cache import own_yaml

    text = resources.files("oppcheck").joinpath("templates", "form.yaml").read_text(encoding="utf-8")
    return own_yaml("form", text)  # parsed once, then kept in the cache folder


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
    """About when the six weeks of the Geschillencommissie passend onderwijs end: six weeks after the
    school's decision. Guidance only: the commission hears a late request with good reasons."""
    return plan_date + dt.timedelta(weeks=OBJECTION_WEEKS)


@dataclass
class Situation:
    """What the check tells about the plan as a whole, for advice in the form and the letter."""

    no_plan: str | None = None  # why the document is no plan (one of `NO_PLAN`), else None
    unread_pages: list[int] = field(default_factory=list)
    consent: str | None = None  # "present", "refused", "missing" (any other gap), None: not checked
    plan_date: dt.date | None = None
    revision_date: dt.date | None = None

    @property
    def decision_date(self) -> dt.date | None:
        """The latest vast- or bijstelling."""
        return max((d for d in (self.plan_date, self.revision_date) if d), default=None)

    def old(self, today: dt.date) -> bool:
        """Set more than a school year ago, with no later revision in the plan."""
        return bool(self.decision_date) and (today - self.decision_date).days > SCHOOL_YEAR_DAYS

    def keys(self, today: dt.date) -> list[str]:
        """The situations that have their own advice, most important first."""
        if self.no_plan:
            return [self.no_plan]
        out = ["unread_scan"] if self.unread_pages else []
        if self.consent == "refused":
            out.append("consent_refused")
        elif self.consent == "present":
            out.append("signed")
        if self.revision_date:
            out.append("revision_heard" if self.revision_date >= HOORRECHT_FROM else "revision")
        if self.old(today):
            out.append("old_plan")
        return out


def _no_plan(doc: DocumentResult) -> str | None:
    """Why every element of `doc` was not found, when that says it is no plan."""
    reasons = {e.reason for e in doc.elements}
    return reasons.pop() if len(reasons) == 1 and reasons <= set(NO_PLAN) else None


def situation(doc: DocumentResult, today: dt.date) -> Situation:
    consent = next((e for e in doc.elements if e.id == CONSENT), None)
    state = None
    if consent is not None and consent.status == PRESENT:
        state = "present"
    elif consent is not None and consent.is_gap:
        state = "refused" if consent.reason in REFUSED else "missing"
    revision = _iso_date(doc.bijstelling)
    return Situation(
        no_plan=_no_plan(doc),
        unread_pages=list(doc.unread_pages),
        consent=state,
        plan_date=_iso_date(doc.vaststelling),
        revision_date=revision if revision and revision <= today else None,
    )


def situation_texts(sit: Situation, texts: dict, lang: str, today: dt.date) -> list[str]:
    """The advice for each situation, from `texts` (the form's or the letter's `situations`)."""
    params = {
        "pages": ", ".join(map(str, sit.unread_pages)),
        "date": format_date(sit.decision_date, lang) if sit.decision_date else "",
    }
    out = []
    for key in sit.keys(today):
        if key.startswith("revision"):
            params = {**params, "date": format_date(sit.revision_date, lang)}
        out.append(texts[key].format(**params))
    return out


def deadline_text(sit: Situation, t: dict, lang: str, today: dt.date) -> tuple[str, list[str]]:
    """The sentence about the Geschillencommissie passend onderwijs, and what a parent can still do when
    the six weeks have passed. Never a date while consent is missing, and never a verdict."""
    if sit.consent in ("missing", "refused"):
        return t["deadline_no_consent"], []
    day = sit.decision_date
    if day is None:
        return t["deadline_unknown"], []
    end = objection_deadline(day)
    key = "deadline_revised" if sit.revision_date and day == sit.revision_date else "deadline"
    text = t[key].format(date=format_date(day, lang), deadline=format_date(end, lang))
    if end < today:
        return f"{text} {t['deadline_past_intro']}", list(t["deadline_past"])
    return text, []


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
    advice: list[str] = field(default_factory=list)  # what to do now: the deadline's steps, the situations

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
    meta += [
        (t["school_type"], school_type_name(doc.school_type, lang) if doc.school_type else unknown),
        (t["vaststelling"], format_date(plan_date, lang) if plan_date else unknown),
    ]
    if doc.bijstelling and _iso_date(doc.bijstelling):
        meta.append((t["bijstelling"], format_date(_iso_date(doc.bijstelling), lang)))
    section = Section(path=doc.path, meta=meta, notes=_notes(doc, lang))
    summary = summarize(doc, lang)  # the same verdict and counts as the screen report and the web page
    section.counts = summary.counts
    section.verdict = summary.verdict
    for number, e in enumerate(summary.gaps, 1):
        (section.must_gaps if e.required else section.should_gaps).append(_gap(number, e, t, lang))
    section.in_order = [e.title for e in summary.in_order]
    section.not_needed = [e.title for e in summary.not_needed]
    sit = situation(doc, today)
    section.deadline, steps = deadline_text(sit, t, lang, today)
    section.advice = [*steps, *situation_texts(sit, t["situations"], lang, today)]
    return section


def _gap(number: int, e: ElementResult, t: dict, lang: str) -> Gap:
    status = message(f"status.{e.status}", lang)
    level = message("level.must" if e.required else "level.should", lang)
    return Gap(
        number=number,
        id=e.id,
        status=e.status,
        required=e.required,
        heading=t["gap_heading"].format(n=number, title=e.title),
        status_text=status,
        status_line=t["gap_status"].format(status=status, level=level),
        why=e.why,
        law=t["law"].format(law=e.law) if e.law else "",
        plan_says=e.message,
        question=e.question,
    )


def _notes(doc: DocumentResult, lang: str) -> list[str]:
    notes = []
    if doc.unread_pages:
        notes.append(message("terminal.unread", lang, pages=", ".join(map(str, doc.unread_pages))))
    if doc.ocr_pages:
        notes.append(message("terminal.ocr", lang, pages=", ".join(map(str, doc.ocr_pages))))
    notes += [message(key, lang, pages=pages) for key, pages in reader_notes(doc.notes)]
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
    situations: list[str] = field(default_factory=list)  # the parent's words for the plan's situation
    not_an_opp: bool = False  # the document is no plan: the letter only asks for the plan
    signed: bool = False


@dataclass
class LetterContent:
    """The letter to the school: its words in this language and one part per document."""

    lang: str
    t: dict
    parts: list[LetterPart]


def build_letter(report: Report, today: dt.date | None = None) -> LetterContent:
    lang = report.lang
    t = words("letter", lang)
    today = today or dt.date.today()
    parts = []
    for doc in report.documents:
        name = os.path.basename(doc.path)
        if doc.status == DOC_ERROR:
            parts.append(LetterPart(name=name, unreadable=True))
            continue
        sit = situation(doc, today)
        texts = situation_texts(sit, t["situations"], lang, today)
        if sit.no_plan:
            parts.append(LetterPart(name=name, situations=texts, not_an_opp=True))
            continue
        gaps = sorted((e for e in doc.elements if e.is_gap), key=lambda e: ORDER.get(e.status, 9))
        items = {
            e.id: t["item"].format(title=t["titles"].get(e.id, e.title), found=t["found"][e.status], law=e.law)
            for e in gaps
        }
        parts.append(
            LetterPart(
                name=name,
                must=[items[e.id] for e in gaps if e.required],
                should=[items[e.id] for e in gaps if not e.required],
                situations=texts,
                signed=sit.consent == "present",
            )
        )
    return LetterContent(lang=lang, t=t, parts=parts)


def letter_body(t: dict, part: LetterPart) -> list[tuple[str, list[str]]]:
    """The letter's body between the salutation and the request for a meeting, as (paragraph, bullet
    items) pairs; both letter formats lay out the same body."""
    if part.unreadable:
        return [(t["unreadable"], [])]
    if part.not_an_opp:
        return [(text, []) for text in part.situations]
    situations = [text for text in part.situations if part.must or part.should or text != t["situations"]["signed"]]
    if not (part.must or part.should):
        return [(t["no_gaps_signed"] if part.signed else t["no_gaps"], []), *((text, []) for text in situations)]
    body = [(t["intro"], [])]
    lists = ((t["must_intro"], part.must), (t["should_intro"], part.should))
    body += [(intro, items) for intro, items in lists if items]
    body += [(text, []) for text in situations]
    return [*body, (t["ask_signed"] if part.signed else t["ask"], [])]
