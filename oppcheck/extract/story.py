"""The story builder the DOCX and ODT readers share: what a paragraph or table cell becomes.

Each reader walks its own XML and hands over paragraphs (`Para`) and table cells; the builder keeps
the blocks in document order, tracks the heading path and the paragraph counter, and decides the
kind of each block: HEADING, PARAGRAPH, LIST_ITEM, FORM_FIELD, or CHECKBOX lines (through
text.split_checkboxes), and TABLE_CELL with its row and column headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Block, BlockKind, Location, Source
from ..text import split_checkboxes
from .plaintext import looks_like_title, numbered_heading_level

CHECKED = "☒"
UNCHECKED = "☐"
# Word's own placeholder sentences for empty content controls (Dutch and English versions).
PLACEHOLDER_TEXTS = frozenset(
    t.casefold()
    for t in (
        "Klik of tik om tekst in te voeren.",
        "Klik hier als u tekst wilt invoeren.",
        "Klik hier om tekst in te voeren.",
        "Klik of tik om een datum in te voeren.",
        "Klik hier als u een datum wilt invoeren.",
        "Klik hier om een datum in te voeren.",
        "Kies een item.",
        "Click or tap here to enter text.",
        "Click here to enter text.",
        "Click or tap to enter a date.",
        "Click here to enter a date.",
        "Choose an item.",
    )
)


def strip_placeholder(text: str) -> tuple[str, bool]:
    """Remove Word's placeholder sentence from the end of a paragraph's text.

    Software that drops content controls (a LibreOffice round trip makes them plain fields) leaves
    the placeholder as if it were typed; it is never content. Returns (text, whether one was removed).
    """
    folded = text.casefold()
    for sentence in PLACEHOLDER_TEXTS:
        if folded.endswith(sentence):
            return text[: len(text) - len(sentence)].rstrip(), True
    return text, False


@dataclass
class Inline:
    """The text of one paragraph as it is being walked."""

    parts: list[str] = field(default_factory=list)
    bold_chars: int = 0
    plain_chars: int = 0
    controls: list[tuple[str | None, str]] = field(default_factory=list)
    after: list[Block | dict] = field(default_factory=list)

    def add(self, text: str | None, bold: bool | None = None) -> None:
        if not text:
            return
        self.parts.append(text)
        if bold is not None:
            n = len(text.strip())
            if bold:
                self.bold_chars += n
            else:
                self.plain_chars += n

    def since(self, mark: int) -> str:
        """The text added since `mark` (a len(parts) taken earlier)."""
        return "".join(self.parts[mark:])

    @property
    def bold(self) -> bool:
        """All visible text is bold."""
        return self.bold_chars > 0 and self.plain_chars == 0


@dataclass
class Para:
    """One paragraph as a reader found it, before it becomes blocks."""

    no: int
    text: str
    heading: int | None  # level from the style or markup
    listed: bool
    bold: bool
    toc: bool
    control: tuple[str | None, str] | None  # (name, value) when the paragraph is one form field
    after: list[Block | dict]  # blocks (text boxes) or block fields (pictures) that follow it


def box_line_parts(para: Para) -> list[Para]:
    """A paragraph whose lines (soft line breaks) hold tick boxes, split so that each line of boxes is a
    paragraph of its own: '☐ Voor gezien' / 'Ouder/verzorger: H. de Wit' / 'Handtekening: w.g. ...' in one
    paragraph gives a box and then text, not one box labelled with all that follows. A line that goes on
    in lower case ('handelingsdeel') stays with the line before it."""
    lines = para.text.split("\n")
    if len(lines) == 1 or split_checkboxes(para.text) is None:
        return [para]
    groups: list[tuple[bool, list[str]]] = []
    for line in lines:
        boxed = split_checkboxes(line) is not None
        if groups and not boxed and (not groups[-1][0] or line.lstrip()[:1].islower()):
            groups[-1][1].append(line)
        else:
            groups.append((boxed, [line]))
    last = len(groups) - 1
    return [
        replace(
            para,
            text="\n".join(group),
            control=para.control if i == 0 else None,
            after=para.after if i == last else [],
        )
        for i, (_, group) in enumerate(groups)
    ]


def unseen(blocks: list[Block], seen: set[tuple[BlockKind, str]]) -> list[Block]:
    """The header or footer blocks an earlier part of the same kind did not give (adding them to `seen`)."""
    fresh = []
    for b in blocks:
        key = (b.kind, b.text)
        if b.kind in (BlockKind.IMAGE, BlockKind.SIGNATURE) or (b.text and key not in seen):
            seen.add(key)
            fresh.append(b)
    return fresh


class StoryBuilder:
    """Collects the blocks of a package's stories; the readers subclass it and walk the XML."""

    def __init__(self, signed: bool, signed_date: str | None) -> None:
        self.signed = signed
        self.signed_date = signed_date
        self.out: list[Block] = []
        self.source = Source.BODY
        self.path: list[tuple[int, str]] = []
        self.para_no = 0
        self.tables = 0
        self.styled_headings = 0
        self.last_style_level = 0

    def loc(self, para: int | None, **kw: int) -> Location:
        path = tuple(t for _, t in self.path) if self.source in (Source.BODY, Source.TEXT_BOX) else ()
        return Location(heading_path=path, paragraph=para, **kw)

    def block(self, kind: BlockKind, text: str, loc: Location, **kw: object) -> Block:
        return Block(kind=kind, text=text, location=loc, source=self.source, **kw)

    def signature(self, signer: str, title: str) -> dict:
        """The block fields of a signature line; signed when the package carries a digital signature."""
        return {
            "kind": BlockKind.SIGNATURE,
            "text": ", ".join(x for x in (signer, title) if x),
            "signed": self.signed,
            "signer": signer or None,
            "signed_date": self.signed_date if self.signed else None,
        }

    # -- paragraphs -----------------------------------------------------------------------------

    def heading_level(self, para: Para) -> int | None:
        if para.toc:
            return None
        if para.heading is not None:
            return para.heading
        if self.source is not Source.BODY or para.listed or not para.text or "\n" in para.text:
            return None
        level = numbered_heading_level(para.text)
        if level is not None:
            return level
        if para.bold and looks_like_title(para.text):
            return self.last_style_level + 1 if self.styled_headings else 1
        return None

    def emit(self, para: Para) -> None:
        """Add a paragraph outside tables: checkbox lines, a heading, a form field or text."""
        for part in box_line_parts(para):
            self._emit(part)

    def _emit(self, para: Para) -> None:
        split = split_checkboxes(para.text) if para.text else None
        level = None if split else self.heading_level(para)
        loc = self.loc(para.no)
        kind = BlockKind.LIST_ITEM if para.listed else BlockKind.PARAGRAPH
        if split is not None:
            prefix, boxes = split
            if prefix:
                self.out.append(self.block(kind, prefix, loc))
            for checked, label in boxes:
                self.out.append(self.block(BlockKind.CHECKBOX, label or prefix, loc, checked=checked))
        elif level is not None:
            if para.heading is not None and self.source is Source.BODY:
                self.styled_headings += 1
                self.last_style_level = level
            if self.source is Source.BODY:
                while self.path and self.path[-1][0] >= level:
                    self.path.pop()
                loc = self.loc(para.no)
                self.path.append((level, para.text))
            self.out.append(self.block(BlockKind.HEADING, para.text, loc, level=level))
        elif para.control is not None and (para.control[0] or not para.control[1]) and not para.listed:
            name, value = para.control
            self.out.append(self.block(BlockKind.FORM_FIELD, value, loc, name=name, value=value))
        elif para.text:
            name = "toc" if para.toc else (para.control[0] if para.control else None)
            self.out.append(self.block(kind, para.text, loc, name=name))
        self.after(para.after, loc)

    def after(self, items: list[Block | dict], loc: Location) -> None:
        """Add what follows a paragraph: ready blocks, or block fields placed at `loc`."""
        for item in items:
            self.out.append(item if isinstance(item, Block) else self.block(loc=loc, **item))

    # -- tables ---------------------------------------------------------------------------------

    def grid(self) -> Grid:
        """Start the next table."""
        self.tables += 1
        return Grid(self.tables)


class Grid:
    """One table's row and column headers, as the reader goes through its rows and cells."""

    def __init__(self, no: int) -> None:
        self.no = no
        self.col_headers: dict[int, str] = {}
        self.last_text: dict[int, str] = {}
        self.r = 0
        self.row_first: str | None = None
        self.cells: list[tuple[int, list[Block]]] = []

    def row(self, r: int) -> None:
        """Start row `r` (1-based)."""
        self.r = r
        self.row_first = None
        self.cells = []

    def covered(self, col: int) -> None:
        """A cell merged into the one above: the first column keeps the row header from above."""
        if col == 1:
            self.row_first = self.last_text.get(1, "")

    def add(self, col: int, span: int, cell: tuple[list[Block], str]) -> None:
        """A cell at column `col` spanning `span` columns: its blocks and its text."""
        blocks, text = cell
        for g in range(col, col + span):
            self.last_text[g] = text
            if self.r == 1:
                self.col_headers[g] = text
        if col == 1:
            self.row_first = text
        self.cells.append((col, blocks))

    def end_row(self) -> list[Block]:
        """The row's blocks, this table's ones with their row and column headers."""
        out: list[Block] = []
        for c, blocks in self.cells:
            for b in blocks:
                if b.location.table != self.no:
                    continue
                b.row_header = (self.row_first or None) if c > 1 else None
                b.col_header = (self.col_headers.get(c) or None) if self.r > 1 else None
                if b.kind is BlockKind.CHECKBOX and not b.text:
                    b.text = b.row_header or b.col_header or ""
            out.extend(blocks)
        return out


class Cell:
    """One table cell being read: its paragraphs join into TABLE_CELL blocks, checkbox lines split off.

    While it is open, the builder's blocks (of nested tables, text boxes) go into the cell.
    """

    def __init__(self, story: StoryBuilder, t: int, r: int, c: int) -> None:
        self.story = story
        self.t, self.r, self.c = t, r, c
        self.saved = story.out
        story.out = []
        self.acc: list[str] = []
        self.controls: list[tuple[str | None, str]] = []
        self.first: int | None = None
        self.before = ""

    def loc(self) -> Location:
        no = self.first if self.first is not None else self.story.para_no + 1
        return self.story.loc(no, table=self.t, row=self.r, column=self.c)

    def flush(self) -> None:
        """Close the text gathered so far as one TABLE_CELL block."""
        if self.acc:
            text = "\n".join(self.acc)
            name = value = None
            if len(self.controls) == 1 and self.controls[0][1] == text:
                name, value = self.controls[0]
            self.story.out.append(self.story.block(BlockKind.TABLE_CELL, text, self.loc(), name=name, value=value))
            self.acc.clear()

    def paragraph(self, para: Para) -> None:
        """Add a paragraph of the cell (a line of tick boxes is split off, as outside tables)."""
        for part in box_line_parts(para):
            self._paragraph(part)

    def _paragraph(self, para: Para) -> None:
        if self.first is None:
            self.first = para.no
        if para.control is not None:
            self.controls.append(para.control)
        split = split_checkboxes(para.text) if para.text else None
        if split is None:
            if para.text:
                self.acc.append(para.text)
                self.before = para.text
        else:
            prefix, boxes = split
            if prefix:
                self.acc.append(prefix)
            self.flush()
            for checked, label in boxes:
                self.story.out.append(
                    self.story.block(BlockKind.CHECKBOX, label or prefix or self.before, self.loc(), checked=checked)
                )
            self.before = prefix or self.before
        if para.after:
            self.flush()
            self.story.after(para.after, self.loc())

    def close(self) -> tuple[list[Block], str]:
        """The cell's blocks (an empty TABLE_CELL when it shows nothing) and its text."""
        self.flush()
        blocks = self.story.out
        self.story.out = self.saved
        if not any(b.location.table == self.t for b in blocks):
            name, value = self.controls[0] if len(self.controls) == 1 else (None, None)
            blocks.insert(0, self.story.block(BlockKind.TABLE_CELL, "", self.loc(), name=name, value=value))
        text = " ".join(b.text for b in blocks if b.kind is BlockKind.TABLE_CELL and b.location.table == self.t)
        return blocks, " ".join(text.split())


DARK_ENOUGH = 0.7  # relative luminance of a background under which white text can be read


def dark(color: str | None) -> bool:
    """Whether an RRGGBB colour (a background) is dark enough for white text to be read on it."""
    if not color or len(color) != 6:
        return False
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < DARK_ENOUGH
