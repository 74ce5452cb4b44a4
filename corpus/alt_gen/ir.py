"""Neutral document blocks that every renderer understands."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class H:
    text: str
    level: int = 1


@dataclass
class P:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass
class Table:
    rows: list[list[str]]
    header: bool = True  # first row is a header row
    label_col: bool = False  # first column holds labels (bold)
    widths: list[float] | None = None


@dataclass
class Check:
    """A checkbox with a label; `form` makes it a real form field where the format allows."""

    label: str
    checked: bool
    name: str = ""
    form: bool = False


@dataclass
class Field:
    """A fill-in field: text form field (PDF AcroForm) or content control (DOCX)."""

    label: str
    value: str | None
    name: str = ""
    kind: str = "text"  # text | sdt
    placeholder: str = "Klik of tik om tekst in te voeren."


@dataclass
class Sig:
    """A signature slot. signed_by None = unsigned. `pdf_field` makes a PDF /Sig field."""

    role: str
    name: str = ""
    date: str = ""
    signed_by: str | None = None
    signed_date: str = ""
    pdf_field: bool = False
    image: bool = False  # wet-ink scribble next to the label
    remark: str = ""


@dataclass
class SigTable:
    sigs: list[Sig]
    cols: tuple[str, ...] = ("Rol", "Naam", "Datum", "Handtekening")


@dataclass
class PageBreak:
    pass


@dataclass
class Toc:
    entries: list[str]
    title: str = "Inhoud"


@dataclass
class Doc:
    title: str
    blocks: list = field(default_factory=list)
    header: str = ""  # running header (may contain {page}/{pages})
    footer: str = ""
    subtitle: str = ""
    meta_title: str = ""
    author: str = ""
