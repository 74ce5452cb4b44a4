"""Turn a PDF page's text lines into blocks: headings, paragraphs, list items and checkbox lines.

Granularity: one block per *paragraph*, where a paragraph is a run of wrapped lines (same size,
same indent, a normal line gap, and each line ends where it does because the next line's first
word did not fit after it). Table rows, label/value lines and short lines stay one block each.
`location.line` is the 1-based index of the block's first line on its page.

Block text is the text as printed: lines joined with "\n", a line-end hyphen kept as "-\n". It is
not normalised here; matching applies text.clean/norm.

Headings: a short line clearly larger than the body text (level by size, 1 = largest), or a short
bold line at body size when bold is not the body style (level below the sized headings).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..model import Block, BlockKind, Location, Source
from ..text import CHECKED_GLYPHS, UNCHECKED_GLYPHS, norm, split_checkboxes
from .pdf_page import Line

LARGER = 1.15  # a heading is at least this much larger than body text
MAX_LEVEL = 6
SPREAD = 0.85  # width per character / line height above which a line is a table row
_MAYBE_BOX = re.compile(f"[{re.escape(CHECKED_GLYPHS + UNCHECKED_GLYPHS)}\\[]")  # cheap test first
_BULLETS = "•·▪◦‣⁃●○■□\uf0b7\uf0a7\uf076\uf0d8\uf0fc–-"  # incl. Symbol/Wingdings bullets
_LIST_START = re.compile(rf"^\s*(?:[{_BULLETS}]\s|\(?(?:\d{{1,2}}[.)]|[a-z]\))\s)")
RUNNING_ZONE = 0.08  # running headers and footers sit in the top or bottom 8 % of the page
_DIGITS = re.compile(r"\d+")
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\t[^\t]+$")
_PDFIUM_HYPHEN = "\ufffe"


class Style(NamedTuple):
    """What body text looks like in this document, and the sizes used for headings."""

    body_size: float
    bold_is_rare: bool
    heading_sizes: tuple[float, ...]  # largest first


class Entry:
    """A block with the range of page lines it came from (0 = before the first line)."""

    __slots__ = ("block", "first", "last")

    def __init__(self, block: Block, first: int, last: int) -> None:
        self.block = block
        self.first = first
        self.last = last


def document_style(pages: list[list[Line]]) -> Style:
    """Body size = the size carrying most characters. Bold is 'rare' when under 40 % of the
    characters on heading-shaped lines (the only lines whose boldness is read) are bold."""
    sizes: Counter[float] = Counter()
    bold = total = 0
    for lines in pages:
        for line in lines:
            n = len(line.text.strip())
            sizes[_bucket(line.size)] += n
            if line.shaped:
                total += n
                bold += n if line.bold else 0
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    larger = {
        _bucket(line.size)
        for lines in pages
        for line in lines
        if body and line.size >= body * LARGER and _heading_candidate(line)
    }
    return Style(body, bold < 0.4 * total, tuple(sorted(larger, reverse=True)))


def _bucket(size: float) -> float:
    return round(size * 2) / 2


def _heading_candidate(line: Line) -> bool:
    """Heading-shaped (short, with a letter) and not spread out like a table row."""
    return line.shaped and not _spread(line, line.text.strip())


_SENTENCE_GOES_ON = re.compile(r"[a-z]{2}\.\s+[A-Z]")  # '... op het handelingsdeel. Bent u het'


def heading_level(line: Line, style: Style, before: Line | None = None) -> int | None:
    """The heading level of a line, or None for body text (also a line where one sentence ends and the
    next begins: running text, whatever its size; and a label's value: a line in a handwriting face, or
    in italics right under a label ending in a colon, 'Handtekening:' / 'A. Mertensma')."""
    if not style.body_size or not _heading_candidate(line) or _label_and_value(line.text):
        return None
    if line.script or (line.italic and not line.bold and before is not None and before.text.rstrip().endswith(":")):
        return None
    if _SENTENCE_GOES_ON.search(line.text):
        return None
    size = _bucket(line.size)
    if size in style.heading_sizes:
        return min(style.heading_sizes.index(size) + 1, MAX_LEVEL)
    if line.bold and style.bold_is_rare and line.size >= style.body_size * 0.95:
        return min(len(style.heading_sizes) + 1, MAX_LEVEL)
    return None


_VALUE_AFTER_COLON = re.compile(
    r":\s+(?:\d|[A-Z]\.|\(|(?:mevrouw|meneer|de heer|mw\.|mevr\.|dhr\.|juf|meester)\s)|:\s+\S.*\w\.\s*$"
)


def _label_and_value(text: str) -> bool:
    """'Datum: 18-10-2024', 'Ouder/verzorger 1: mevrouw C. Bakhuis', 'Namens de school: W. Scholten',
    'Handtekening curator: (getekend) D. Schaapman', 'Uitstroomprofiel arbeid: werk in de groen.': a
    label with a date, a person, a bracket or a sentence as its value, however it is printed, is no
    heading ('Deel 2: Handelingsdeel' and 'Aanpak: extra ondersteuning' are)."""
    return _VALUE_AFTER_COLON.search(text) is not None


def running_lines(pages: list[list[Line]], heights: list[float], style: Style) -> dict[tuple[int, int], Source]:
    """Running headers and footers: lines whose text (digits ignored) recurs in the top or bottom 8 %
    of at least half of the pages (and at least two). A line set as a heading counts only when it
    recurs, digits and all, on every page: a section that runs on repeats its heading at the top of
    some pages ('Doelen'), and 'Bijlage 1', 'Bijlage 2' are the plan's own. Keyed by (page, line index)."""
    if len(pages) < 2:
        return {}
    places: dict[tuple[Source, str, bool], list[tuple[int, int]]] = {}  # (zone, text, set as heading)
    for page, (lines, height) in enumerate(zip(pages, heights, strict=True), start=1):
        for line in lines:
            if line.bottom >= height * (1 - RUNNING_ZONE):
                zone = Source.HEADER
            elif line.top <= height * RUNNING_ZONE:
                zone = Source.FOOTER
            else:
                continue
            heading = heading_level(line, style) is not None
            text = norm(line.text) if heading else _DIGITS.sub("#", norm(line.text))
            places.setdefault((zone, text, heading), []).append((page, line.index))
    need = max(2, (len(pages) + 1) // 2)
    return {
        where: zone
        for (zone, _, heading), found in places.items()
        if len({page for page, _ in found}) >= (len(pages) if heading else need)
        for where in found
    }


def _spread(line: Line, text: str) -> bool:
    """Whether the line is spread out like a table row ('Rol   Naam   Datum'): its cells were found
    (tabs; a number before a title, '2.<tab>Onderbouwing', is a heading's numbering), or its width per
    character relative to the line height is that of one (0.41-0.81 for headings and 0.9-2.0 for
    table header rows in the development corpus; a single word has no column gaps)."""
    if "\t" in text:
        return not _NUMBERED_TITLE.match(text)
    return " " in text and (line.right - line.left) / len(text) > SPREAD * line.size


def page_entries(lines: list[Line], page: int, style: Style, running: dict[int, Source]) -> list[Entry]:
    """The blocks of one page in reading (content-stream) order; `running` maps the line index
    of a running header or footer to its source."""
    builder = _PageBuilder(page, max((ln.right for ln in lines), default=0.0))
    before = None
    before_is_body = False
    for line in lines:
        if line.index in running:
            builder.single(line, BlockKind.PARAGRAPH, running[line.index])
            continue
        boxes = split_checkboxes(line.text) if _MAYBE_BOX.search(line.text) else None
        level = heading_level(line, style, before) if boxes is None else None
        if level is not None and before_is_body and _continues(before, line, builder.right_edge):
            level = None  # the short last line of a paragraph in large type ('iets met kinderen doen.')
        before, before_is_body = line, boxes is None and level is None
        if boxes is not None:
            builder.checkboxes(line, boxes)
        elif level is not None:
            builder.heading(line, level)
        else:
            builder.body(line)
    builder.close()
    return builder.entries


class _PageBuilder:
    """Collects a page's blocks; wrapped body lines (and wrapped heading lines) are joined."""

    def __init__(self, page: int, right_edge: float) -> None:
        self.page = page
        self.right_edge = right_edge
        self.entries: list[Entry] = []
        self.open: list[Line] = []  # the paragraph being collected
        self.open_kind = BlockKind.PARAGRAPH
        self.prev: Line | None = None  # the line last added

    def _add(self, block: Block, line: Line) -> None:
        self.entries.append(Entry(block, line.index, line.index))
        self.prev = line

    def close(self) -> None:
        if self.open:
            text = _shown("\n".join(ln.text.strip() for ln in self.open))
            block = Block(self.open_kind, text, Location(page=self.page, line=self.open[0].index))
            self.entries.append(Entry(block, self.open[0].index, self.open[-1].index))
            self.open = []

    def single(self, line: Line, kind: BlockKind, source: Source = Source.BODY) -> None:
        self.close()
        self._add(Block(kind, _shown(line.text.strip()), self._where(line), source), line)

    def heading(self, line: Line, level: int) -> None:
        """A heading line; the second line of a wrapped heading joins the first."""
        last = self.entries[-1] if self.entries and not self.open else None
        if (
            last is not None
            and last.block.kind is BlockKind.HEADING
            and last.block.level == level
            and self.prev is not None
            and _continues(self.prev, line, self.right_edge)
        ):
            last.block.text += "\n" + _shown(line.text.strip())
            last.last = line.index
            self.prev = line
            return
        self.close()
        self._add(Block(BlockKind.HEADING, _shown(line.text.strip()), self._where(line), level=level), line)

    def checkboxes(self, line: Line, parts: tuple[str, list[tuple[bool, str]]]) -> None:
        """A line with box glyphs: the text before the first box, then one CHECKBOX per box."""
        self.close()
        prefix, boxes = parts
        if prefix:
            self._add(Block(BlockKind.PARAGRAPH, _shown(prefix), self._where(line)), line)
        for checked, label in boxes:
            self._add(Block(BlockKind.CHECKBOX, _shown(label), self._where(line), checked=checked), line)

    def body(self, line: Line) -> None:
        is_item = bool(_LIST_START.match(line.text))
        if self.open and (is_item or not _continues(self.open[-1], line, self.right_edge)):
            self.close()
        if not self.open:
            self.open_kind = BlockKind.LIST_ITEM if is_item else BlockKind.PARAGRAPH
        self.open.append(line)
        self.prev = line

    def _where(self, line: Line) -> Location:
        return Location(page=self.page, line=line.index)


def _continues(prev: Line, line: Line, right_edge: float) -> bool:
    """Whether `line` is the wrapped continuation of `prev`: same size, same indent, a normal
    line gap, and `prev` ends where it does because `line`'s first word did not fit after it."""
    size = prev.size or 1.0
    gap = prev.bottom - line.top
    same_size = abs(line.size - prev.size) <= 0.1 * size
    aligned = prev.left - 3 * size <= line.left <= prev.left + 2.5 * size
    return same_size and aligned and -0.2 * size <= gap <= 0.5 * size and _wrapped(prev, line, right_edge)


def _wrapped(prev: Line, line: Line, right_edge: float) -> bool:
    # Average character width, capped at about half an em so that the wide gaps of a table row
    # do not make a row look full.
    char_width = min((prev.right - prev.left) / max(len(prev.text.strip()), 1), 0.5 * prev.size)
    next_word = line.text.split(None, 1)[0] if line.text.strip() else ""
    return prev.right + (len(next_word) + 1) * char_width > right_edge - char_width


def _shown(text: str) -> str:
    """The text as printed: PDFium joins a line ending in a hyphen to the next line and puts a
    marker (U+FFFE; \\x02 in older PDFium) where the hyphen was; put the hyphen and the line
    break back. Matching normalises later with text.clean/norm."""
    return text.replace(_PDFIUM_HYPHEN, "-\n").replace("\x02", "-\n")


def place(entries: list[Entry], lines: list[Line], extras: list[tuple[float, float, Block]]) -> list[Block]:
    """Merge blocks that have a vertical span (bottom, top) -- images, form fields -- into the
    page's blocks.

    Each extra goes right after the block holding its anchor line (see `_anchor`), so a field
    follows the label beside it and an image under "Handtekening ouder:" follows that label; it
    gets the anchor's index as `location.line` when it has none.
    """
    slots: dict[int, list[Block]] = {}
    labelled = _label_unnamed_boxes(entries, lines, extras)
    for bottom, top, block in sorted(extras, key=lambda e: -e[1]):
        if id(block) in labelled:
            continue  # it stands where its label's line stood
        anchor = _anchor(lines, bottom, top)
        if block.location.line is None and anchor:
            block.location.line = anchor
        slots.setdefault(anchor, []).append(block)
    out = list(slots.pop(0, []))
    for i, entry in enumerate(entries):
        out.append(entry.block)
        last_of_line = i + 1 == len(entries) or entries[i + 1].first > entry.last
        if last_of_line:
            for index in range(entry.first, entry.last + 1):
                out.extend(slots.pop(index, []))
    for rest in slots.values():  # anchored to a line that produced no block
        out.extend(rest)
    return out


MAX_BOX_LABEL_WORDS = 12


def _label_unnamed_boxes(entries: list[Entry], lines: list[Line], extras: list[tuple[float, float, Block]]) -> set[int]:
    """A tick box whose only name is its field name ('c6_uitstroom') takes the short text printed on
    its own line ('vmbo-bb (met lwoo)') as its label and that line's place, so that an option and its
    box are one, as a reader sees them; not when more boxes share that line ('akkoord [ ]  niet akkoord
    [ ]': which words are whose is not known). Returns the ids of the boxes placed so."""
    beside = {
        id(block): [ln.index for ln in lines if ln.top > ln.bottom and bottom <= ln.middle <= top]
        for bottom, top, block in extras
        if block.kind is BlockKind.CHECKBOX
    }
    boxes_on = Counter(index for found in beside.values() for index in found)
    labelled: set[int] = set()
    for _, _, block in extras:
        found = beside.get(id(block), [])
        if len(found) != 1 or boxes_on[found[0]] > 1 or not block.name or block.text != block.name:
            continue
        line = found[0]
        entry = next(
            (
                e
                for e in entries
                if e.first == e.last == line
                and e.block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                and 0 < len(e.block.text.split()) <= MAX_BOX_LABEL_WORDS
            ),
            None,
        )
        if entry is None:
            _take_last_line(block, entries, line)
            continue
        block.text = entry.block.text
        block.location.line = entry.first
        entry.block = block
        labelled.add(id(block))
    return labelled


def _take_last_line(box: Block, entries: list[Entry], line: int) -> None:
    """A box beside the last line of a paragraph that joined that line to the one above it ('15.
    Instemming ouders' / 'Ouders stemmen in met het handelingsdeel'): that line is the box's label."""
    for e in entries:
        lines = e.block.text.split("\n")
        if (
            e.first < e.last == line
            and len(lines) == e.last - e.first + 1
            and e.block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and 0 < len(lines[-1].split()) <= MAX_BOX_LABEL_WORDS
        ):
            box.text = lines[-1].strip()
            e.block.text = "\n".join(lines[:-1])
            return


def _anchor(lines: list[Line], bottom: float, top: float) -> int:
    """The line beside the span (its middle inside it; the topmost one), else the lowest line
    above it; 0 when there is none."""
    placed = [ln for ln in lines if ln.top > ln.bottom]
    beside = [ln for ln in placed if bottom <= ln.middle <= top]
    if beside:
        return max(beside, key=lambda ln: ln.middle).index
    above = [ln for ln in placed if ln.middle > top]
    return min(above, key=lambda ln: ln.middle).index if above else 0
