"""The result of checking documents: what every reporter formats.

Statuses and element ids are a public contract (see README, "JSON-uitvoer").
"""

from __future__ import annotations

from dataclasses import dataclass, field

PRESENT = "present"
INCOMPLETE = "incomplete"
MISSING = "missing"
UNCLEAR = "unclear"
NOT_APPLICABLE = "not_applicable"
STATUSES = (PRESENT, INCOMPLETE, MISSING, UNCLEAR, NOT_APPLICABLE)
GAPS = (MISSING, INCOMPLETE, UNCLEAR)

# The reasons that say a document is no plan: no OPP at all, a text about OPPs in general, or another
# kind of document about a pupil (a meeting report, a request).
NO_PLAN = ("not_an_opp", "about_opps", "other_document")

DOC_COMPLETE = "complete"
DOC_GAPS = "gaps"
DOC_ERROR = "error"

REPORT_SCHEMA = "oppcheck/report/1"


@dataclass
class Evidence:
    """Where something was seen: page (PDF) or section, and a short quote of the original text."""

    page: int | None = None
    section: str | None = None
    quote: str | None = None

    def to_dict(self) -> dict:
        return {"page": self.page, "section": self.section, "quote": self.quote}


@dataclass
class ElementResult:
    """The status of one element in one document, with the evidence and the texts to show."""

    id: str
    status: str
    required: bool
    title: str
    message: str
    evidence: list[Evidence] = field(default_factory=list)
    question: str = ""
    law: str = ""
    why: str = ""
    reason: str = ""  # the finding's message key ('refused', 'not_an_opp'): for the form's advice, not in JSON

    @property
    def is_gap(self) -> bool:
        return self.status in GAPS

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "required": self.required,
            "title": self.title,
            "message": self.message,
            "law": self.law,
            "question": self.question,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class DocumentResult:
    """One checked document: its context, overall status and per-element results (or an error)."""

    path: str
    format: str | None = None
    school_type: str | None = None
    status: str = DOC_COMPLETE
    error: str | None = None
    elements: list[ElementResult] = field(default_factory=list)
    vaststelling: str | None = None
    pages: int | None = None
    bijstelling: str | None = None  # the latest revision date named in the plan, if later than `vaststelling`
    ocr_pages: list[int] = field(default_factory=list)
    unread_pages: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sha256: str | None = None
    school: str | None = None  # the school's name as the plan gives it, when found

    @property
    def must_gaps(self) -> list[ElementResult]:
        return [e for e in self.elements if e.required and e.is_gap]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "school_type": self.school_type,
            "school": self.school,
            "status": self.status,
            "error": self.error,
            "vaststelling": self.vaststelling,
            "bijstelling": self.bijstelling,
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "unread_pages": self.unread_pages,
            "notes": self.notes,
            "elements": [e.to_dict() for e in self.elements],
        }


@dataclass
class Report:
    """Everything one call produced."""

    version: str
    ruleset_name: str
    ruleset_version: str
    lang: str = "nl"
    template_mode: bool = False
    documents: list[DocumentResult] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "schema": REPORT_SCHEMA,
            "oppcheck": self.version,
            "ruleset": {"name": self.ruleset_name, "version": self.ruleset_version},
            "lang": self.lang,
            "template": self.template_mode,
            "documents": [d.to_dict() for d in self.documents],
        }
