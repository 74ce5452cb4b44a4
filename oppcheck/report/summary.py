"""The verdict and counts of one checked document, computed once for every report a parent sees:
the screen report, the meeting form and the local web page.

Wording comes from oppcheck/messages.yaml (group `summary`); counts use the right singular or
plural ("1 onderdeel ontbreekt", "2 ontbreken").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import DOC_ERROR, GAPS, NOT_APPLICABLE, PRESENT, DocumentResult, ElementResult
from ..i18n import message, plural
from ..model import noted_pages

# Gaps in the order a parent should read them: required before recommended, missing first.
GAP_ORDER = {"missing": 0, "incomplete": 1, "unclear": 2}


@dataclass
class Summary:
    """What a parent needs first: the verdict, the counts, the gaps in order and what is in order."""

    ok: bool
    verdict: str
    counts: list[str] = field(default_factory=list)
    gaps: list[ElementResult] = field(default_factory=list)
    in_order: list[ElementResult] = field(default_factory=list)
    not_needed: list[ElementResult] = field(default_factory=list)
    error: str | None = None

    @property
    def must_gaps(self) -> list[ElementResult]:
        return [e for e in self.gaps if e.required]

    @property
    def should_gaps(self) -> list[ElementResult]:
        return [e for e in self.gaps if not e.required]


def summarize(doc: DocumentResult, lang: str, template: bool = False) -> Summary:
    """The summary of `doc` in `lang` (a template gets the template author's verdict)."""
    if doc.status == DOC_ERROR:
        return Summary(ok=False, verdict=message("summary.unreadable", lang), error=doc.error)
    must = Counter(e.status for e in doc.elements if e.required)
    should = [e for e in doc.elements if not e.required]
    gaps = sorted((e for e in doc.elements if e.is_gap), key=lambda e: (not e.required, GAP_ORDER.get(e.status, 9)))
    summary = Summary(
        ok=not doc.must_gaps,
        verdict=_verdict(doc, lang, template),
        gaps=gaps,
        in_order=[e for e in doc.elements if e.status == PRESENT],
        not_needed=[e for e in doc.elements if e.status == NOT_APPLICABLE and not _quiet(e)],
    )
    summary.counts.append(
        message(
            "terminal.summary_must",
            lang,
            present=must[PRESENT],
            missing=plural("summary.n_missing", must["missing"], lang),
            incomplete=must["incomplete"],
            unclear=must["unclear"],
        )
    )
    if should:
        summary.counts.append(
            message(
                "terminal.summary_should",
                lang,
                present=sum(e.status == PRESENT for e in should),
                gaps=sum(e.status in GAPS for e in should),
            )
        )
    return summary


def _quiet(e: ElementResult) -> bool:
    """A rule the plan does not trigger (no kerndoelen out of reach, no enrolment date) or one for another
    school type: not news to a parent, so not listed as 'not needed'."""
    return e.reason in ("not_triggered", "not_for_type")


def _verdict(doc: DocumentResult, lang: str, template: bool) -> str:
    if template:
        return message("terminal.template_verdict_gaps" if doc.must_gaps else "terminal.template_verdict_ok", lang)
    required = sum(e.required and e.status != NOT_APPLICABLE for e in doc.elements)
    if not doc.must_gaps:
        return message("summary.verdict_ok", lang)
    return plural("summary.verdict_gaps", len(doc.must_gaps), lang, total=required)


def pages_text(pages: int | None, lang: str) -> str:
    """'1 pagina', '3 pagina's', or '' when the format has no pages (Word, text)."""
    return plural("summary.pages", pages, lang) if pages else ""


def reader_notes(notes: list[str]) -> list[tuple[str, str]]:
    """(message key, pages) for what the reader noticed about visibility: text a reader cannot see
    (left out), pages whose text could not be checked."""
    found = []
    for name, key in (("hidden-text", "terminal.hidden"), ("visibility-unknown", "terminal.visibility")):
        if pages := noted_pages(notes, name):
            found.append((key, ", ".join(map(str, pages))))
    return found
