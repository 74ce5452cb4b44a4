"""The neutral document model every extractor produces and every rule reads.

Extraction knows nothing of rules: an extractor turns a file into a `Document`, an ordered list
of `Block`s with their kind, text, location and the part of the file the text came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    """What a block is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    FORM_FIELD = "form_field"
    CHECKBOX = "checkbox"
    SIGNATURE = "signature"
    IMAGE = "image"


class Source(str, Enum):
    """Which part of the file a block's text came from."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    TEXT_BOX = "text_box"
    FORM = "form"
    COMMENT = "comment"
    FOOTNOTE = "footnote"
    OCR = "ocr"


@dataclass
class Location:
    """Where a block sits. PDF: page and line; DOCX/ODT: heading path and indexes; text: line.

    Pages, lines, rows and columns count from 1, as a reader counts them.
    """

    page: int | None = None
    line: int | None = None
    heading_path: tuple[str, ...] = ()
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None


@dataclass
class Block:
    """One piece of a document, in reading order.

    Kind-specific fields: `level` (heading), `row_header`/`col_header` (table cell), `name`/`value`
    (form field), `checked` (checkbox; `text` is its label), `signed`/`signer`/`signed_date`
    (signature), `confidence` (text read by OCR, 0..100).
    """

    kind: BlockKind
    text: str
    location: Location = field(default_factory=Location)
    source: Source = Source.BODY
    level: int | None = None
    row_header: str | None = None
    col_header: str | None = None
    name: str | None = None
    value: str | None = None
    checked: bool | None = None
    signed: bool | None = None
    signer: str | None = None
    signed_date: str | None = None
    confidence: float | None = None

    def to_dict(self) -> dict:
        """A JSON-ready dict without empty fields."""
        data = asdict(self)
        data["kind"] = self.kind.value
        data["source"] = self.source.value
        loc = {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.pop("location").items()}
        data["location"] = {k: v for k, v in loc.items() if v not in (None, [], ())}
        return {k: v for k, v in data.items() if v is not None}


def noted_pages(notes: list[str], name: str) -> list[int]:
    """The pages a reader's note names: notes are 'name' or 'name:2,5' ('visibility-unknown:2,5' ->
    [2, 5])."""
    for note in notes:
        if note.startswith(f"{name}:"):
            return [int(n) for n in note.split(":", 1)[1].split(",") if n.strip().isdigit()]
    return []


@dataclass
class Document:
    """A whole document as read: what it is, how many pages, which pages had no text, and its blocks."""

    path: str
    format: str
    pages: int | None = None
    image_only_pages: list[int] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    tracked_changes: bool = False
    notes: list[str] = field(default_factory=list)

    def body_blocks(self) -> list[Block]:
        """Blocks that belong to the document itself (comments are kept apart)."""
        return [b for b in self.blocks if b.source is not Source.COMMENT]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "pages": self.pages,
            "image_only_pages": self.image_only_pages,
            "ocr_pages": self.ocr_pages,
            "tracked_changes": self.tracked_changes,
            "notes": self.notes,
            "blocks": [b.to_dict() for b in self.blocks],
        }
