"""The adviser's overview of a folder: one row per document in order of urgency, element totals, and
the batch summary. The HTML page, the workbook, the CSV and the terminal table all lay out these rows.

Order of urgency (most urgent first), documented in the README ("Voor adviseurs"):
  1. plans without the parents' consent: `instemming_ouders` required and missing or incomplete
     (not signed, refused, partial, only 'seen');
  2. other plans with required gaps: missing, incomplete or unclear elements;
  3. files a person must look at: unreadable files, and plans with scanned pages that were not read;
  4. documents that are not an OPP;
  5. complete plans.
Within a group: more missing or incomplete required elements first, then more unclear ones, then
the folder order.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

from ..findings import DOC_ERROR, GAPS, INCOMPLETE, MISSING, NO_PLAN, STATUSES, UNCLEAR, DocumentResult, Report
from ..i18n import message

CONSENT_ID = "instemming_ouders"
TIER_CONSENT, TIER_GAPS, TIER_LOOK, TIER_NOT_OPP, TIER_COMPLETE = range(1, 6)
# The columns of a row, by stable id (CSV header, HTML data attributes); titles in messages.yaml.
COLUMNS = (
    "urgency",
    "path",
    "school",
    "school_type",
    "plan_date",
    "verdict",
    "required_missing",
    "required_incomplete",
    "required_unclear",
    "consent",
    "scanned",
)


@dataclass
class Row:
    """One document of the overview."""

    doc: DocumentResult
    position: int  # in folder order, from 0
    path: str  # relative to the folder that holds all documents
    kind: str  # "plan", "not_opp" or "error"
    tier: int
    verdict: str  # message key under overview.verdict_*
    missing: int
    incomplete: int
    unclear: int
    consent: str  # the consent element's status, "" when not checked
    scanned: str  # "no", "ocr" (read with OCR) or "unread" (scanned pages not read)
    urgency: int = 0  # 1 = look at this one first

    @property
    def anchor(self) -> str:
        return f"plan-{self.position + 1}"

    @property
    def statuses(self) -> dict[str, str]:
        return {e.id: e.status for e in self.doc.elements}

    @property
    def plan_date(self) -> str:
        """The date the plan was set, as dd-mm-yyyy ('' when unknown)."""
        return "-".join(reversed(self.doc.vaststelling.split("-"))) if self.doc.vaststelling else ""

    def texts(self, lang: str) -> dict[str, str]:
        """Every column as the reader sees it, in `lang`."""
        doc = self.doc
        return {
            "urgency": str(self.urgency),
            "path": self.path,
            "school": doc.school or "",
            "school_type": doc.school_type or "",
            "plan_date": self.plan_date,
            "verdict": message(f"overview.verdict_{self.verdict}", lang),
            "required_missing": _count(self, self.missing),
            "required_incomplete": _count(self, self.incomplete),
            "required_unclear": _count(self, self.unclear),
            "consent": message(f"status.{self.consent}", lang) if self.consent else "",
            "scanned": message(f"overview.scanned_{self.scanned}", lang) if self.kind != "error" else "",
        }


def _count(row: Row, n: int) -> str:
    return str(n) if row.kind == "plan" else ""


def rows(report: Report) -> list[Row]:
    """Every document of `report` as a row, most urgent first (see the module's docstring)."""
    base = common_folder([d.path for d in report.documents])
    out = [_row(i, d, base) for i, d in enumerate(report.documents)]
    out.sort(key=lambda r: (r.tier, -(r.missing + r.incomplete), -r.unclear, r.position))
    for rank, row in enumerate(out, 1):
        row.urgency = rank
    return out


def _row(position: int, doc: DocumentResult, base: str) -> Row:
    path = relative(doc.path, base)
    if doc.status == DOC_ERROR:
        return Row(doc, position, path, "error", TIER_LOOK, "error", 0, 0, 0, "", "no")
    scanned = "unread" if doc.unread_pages else "ocr" if doc.ocr_pages else "no"
    if is_not_opp(doc):
        return Row(doc, position, path, "not_opp", TIER_NOT_OPP, "not_opp", 0, 0, 0, "", scanned)
    must = Counter(e.status for e in doc.elements if e.required)
    consent = next((e for e in doc.elements if e.id == CONSENT_ID), None)
    if consent is not None and consent.required and consent.status in (MISSING, INCOMPLETE):
        tier, verdict = TIER_CONSENT, "consent"
    elif must[MISSING] + must[INCOMPLETE]:
        tier, verdict = TIER_GAPS, "gaps"
    elif must[UNCLEAR]:
        tier, verdict = (TIER_LOOK, "scanned") if doc.unread_pages else (TIER_GAPS, "unclear")
    else:
        tier, verdict = TIER_COMPLETE, "complete"
    return Row(
        doc,
        position,
        path,
        "plan",
        tier,
        verdict,
        must[MISSING],
        must[INCOMPLETE],
        must[UNCLEAR],
        consent.status if consent is not None else "",
        scanned,
    )


def is_not_opp(doc: DocumentResult) -> bool:
    """Whether the check found that `doc` is no plan (every element 'not found', for one of `NO_PLAN`).
    Read from the messages, which a report restored from JSON keeps."""
    return bool(doc.elements) and all(e.status == MISSING and _says_no_plan(e.message) for e in doc.elements)


def _says_no_plan(text: str) -> bool:
    """Whether a finding's message is one of `NO_PLAN`'s, in either language (around its quote)."""
    for key in NO_PLAN:
        for lang in ("nl", "en"):
            head, _, tail = message(f"finding.{key}", lang).partition("{quote}")
            if text == head or (tail and text.startswith(head) and text.endswith(tail)):
                return True
    return False


def common_folder(paths: list[str]) -> str:
    """The folder that holds all `paths` ('' when they have nothing in common)."""
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    if not folders:
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # different drives (Windows)
        return ""


def relative(path: str, base: str) -> str:
    """`path` relative to `base`, with '/' between folders; as given when that is not possible."""
    if not base:
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


@dataclass
class Total:
    """How often one element had each status over the plans of a batch."""

    id: str
    title: str
    required: int  # in how many plans the element is required
    counts: Counter = field(default_factory=Counter)

    @property
    def gaps(self) -> int:
        return sum(self.counts[s] for s in GAPS)


def totals(table: list[Row]) -> list[Total]:
    """Per element, over the plans (not the unreadable files or the documents that are no OPP)."""
    out: dict[str, Total] = {}
    for row in table:
        if row.kind != "plan":
            continue
        for e in row.doc.elements:
            total = out.setdefault(e.id, Total(e.id, e.title, 0))
            total.title = total.title or e.title
            total.counts[e.status] += 1
            total.required += e.required
    return list(out.values())


def summary_counts(table: list[Row]) -> dict[str, int]:
    """Documents, plans (complete, with missing or incomplete elements, with only unclear ones),
    documents that are no OPP, unreadable files."""
    plans = [r for r in table if r.kind == "plan"]
    return {
        "documents": len(table),
        "plans": len(plans),
        "complete": sum(r.tier == TIER_COMPLETE for r in plans),
        "gaps": sum(bool(r.missing + r.incomplete) for r in plans),
        "unclear": sum(not (r.missing + r.incomplete) and bool(r.unclear) for r in plans),
        "not_opp": sum(r.kind == "not_opp" for r in table),
        "errors": sum(r.kind == "error" for r in table),
        "consent": sum(r.tier == TIER_CONSENT for r in plans),
    }


def summary_lines(report: Report) -> list[str]:
    """The batch summary in plain sentences: counts, then per element, then the unreadable files."""
    lang = report.lang
    table = rows(report)
    counts = summary_counts(table)
    lines = [message("overview.summary_title", lang, **counts), message("overview.summary_plans", lang, **counts)]
    if counts["consent"]:
        lines.append(message("overview.summary_consent", lang, **counts))
    for total in sorted(totals(table), key=lambda t: -t.gaps):
        lacking = total.counts[MISSING] + total.counts[INCOMPLETE]
        if lacking or total.counts[UNCLEAR]:
            lines.append(
                "  "
                + message(
                    "overview.summary_element",
                    lang,
                    title=total.title,
                    lacking=lacking,
                    unclear=total.counts[UNCLEAR],
                    plans=counts["plans"],
                )
            )
    for row in table:
        if row.kind == "error":
            lines.append("  " + message("terminal.error_line", lang, path=row.path, error=row.doc.error))
    return lines


def status_text(status: str, lang: str) -> str:
    """An element's status in the report's language ('' for an element not checked)."""
    return message(f"status.{status}", lang) if status in STATUSES else ""


def column_title(column: str, lang: str) -> str:
    return message(f"overview.col_{column}", lang)
