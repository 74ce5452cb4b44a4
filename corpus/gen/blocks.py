"""Neutral document model shared by the layouts (which build it) and the renderers (which draw it)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class H:
    """Heading."""
    text: str
    level: int = 1


@dataclass
class P:
    """Paragraph; `label` is drawn bold before the text ("Label: text")."""
    text: str
    label: str = ""
    italic: bool = False


@dataclass
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass
class Table:
    rows: list[list[str]]
    header: bool = True
    widths: list[float] | None = None   # relative widths


@dataclass
class Check:
    """One line of checkboxes: `prompt` then options [(label, ticked)]."""
    prompt: str
    options: list[tuple[str, bool]]
    name: str = "cb"


@dataclass
class Field:
    """A form text field: label + value ("" = empty field)."""
    label: str
    value: str
    name: str = "fld"


@dataclass
class SigRow:
    role: str
    name: str = ""
    date: str = ""
    mark: str = "none"      # none | typed | image | sig_signed | sig_unsigned
    remark: str = ""


@dataclass
class Sig:
    """A signature table."""
    rows: list[SigRow]
    title: str = ""


@dataclass
class Sdt:
    """A DOCX content control (other formats render it as label: value)."""
    tag: str
    alias: str
    value: str | None       # None = placeholder showing
    block: bool = False


@dataclass
class Toc:
    entries: list[str]


@dataclass
class PageBreak:
    pass


@dataclass
class Doc:
    title: str
    blocks: list = field(default_factory=list)
    header: str = ""          # running header ('{page}' and '{pages}' are replaced)
    footer: str = ""
    subtitle: str = ""
    author: str = ""
    font: str = "sans"        # sans | serif | core
    acroform: bool = False    # PDF: draw Check/Field/Sig as real form fields
    sig_png: bytes | None = None
    seed: int = 0             # renderer choices (heading style, checkbox kind) derive from it
