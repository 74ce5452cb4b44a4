"""Read plain text and Markdown into blocks: headings, paragraphs, list items, checkboxes, tables.

Decoding never fails: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252. Work is linear in
the file size; very long lines are cut into blocks of at most MAX_BLOCK characters.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from ..model import Block, BlockKind, Document, Location
from ..text import split_checkboxes

if TYPE_CHECKING:
    from . import ReadOptions

MAX_BLOCK = 20_000
# Lines longer than this are never headings, list items or table rows (keeps the regexes cheap).
MAX_STRUCTURED_LINE = 4000

_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t]+(\S.*)$")
_BULLET = re.compile(r"^[ \t]*[-*•·–][ \t]+(.*)$")
# 'a.', 'b)', 'A)', '3.'; not 'R. Hoekstra' (an initial: capitals number a list only with a bracket)
_ORDERED = re.compile(r"^[ \t]*(?:\d{1,3}[).]|[a-z][).]|[A-Z]\))[ \t]+(.*)$")
_TABLE_SEP = re.compile(r"^\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?$")
_SETEXT = re.compile(r"^(=+|-+)[ \t]*$")
_PLAIN_SEP = re.compile(r"^[-=+:| \t]*[-=]{3,}[-=+:| \t]*$")
# A decoration line ('=====', '-----', '*****', '_____') under a title or between parts.
_RULE = re.compile(r"^(?:[-=_*~#][ \t]?){3,}$")
_UNDERLINE = re.compile(r"^([=\-.~*_#+])\1{2,}[ \t]*$")
_NUMBERED_TITLE = re.compile(r"^(\[[^\]\s]{1,12}\]|\d{1,2}(\.\d{1,2})*[.)]?)\s+\S")
UNDERLINE_SLACK = 2  # characters an underline may be shorter or longer than its title
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)([^*_].*?)\1:?$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?![\s*_])([^*_\n]+?)(?<!\s)\1(?![\w*])")
_MD_LINK = re.compile(r"\[([^\]\[]+)\]\([^)\s]*\)")


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then strict UTF-8, then cp1252 (undecodable bytes replaced)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_like_title(text: str, max_chars: int = 90, max_words: int = 12, question_ok: bool = False) -> bool:
    """Short, has letters, and does not read as a sentence or a 'label: value' line (with `question_ok`,
    a title that asks its question after a colon: 'Mijn toekomst: waar ga ik naartoe?')."""
    t = text.strip()
    if not t or len(t) > max_chars or len(t.split()) > max_words:
        return False
    if t[-1] in ".,;!" or not any(c.isalpha() for c in t):
        return False
    colon = t.find(":")
    return colon == -1 or colon == len(t) - 1 or (question_ok and t.endswith("?"))


def numbered_heading_level(text: str) -> int | None:
    """Level of a numbered title such as '3. Uitstroombestemming' (1) or '3.2 Doelen' (2), else None. A
    title that ends in a colon may name its part and sub-part before it ('4.4 Handelingsdeel: ondersteuning:')."""
    m = _NUMBERED.match(text.strip())
    title = m.group(2).strip() if m else ""
    if title.endswith(":"):
        title = title[:-1].replace(":", " ") + ":"
    if not m or not looks_like_title(title) or not title[0].isupper():
        return None
    return m.group(1).count(".") + 1


def all_caps_title(text: str) -> bool:
    """A short line in capitals, such as 'ONDERWIJSBEHOEFTEN'."""
    t = text.strip()
    if len(t) > 60 or t.upper() != t:
        return False
    return sum(c.isalpha() for c in t) >= 4 and looks_like_title(t, 60, 8)


class _Builder:
    """Collects blocks and keeps the heading path and the open paragraph."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.path: list[tuple[int, str]] = []
        self.path_texts: tuple[str, ...] = ()
        self.para: list[str] = []
        self.para_line = 0
        self.para_indent = 0
        self.para_hangs = False  # a line of the open paragraph is indented deeper than its first
        self.tables = 0

    def loc(self, line: int, **kw: int) -> Location:
        return Location(line=line, heading_path=self.path_texts, **kw)

    def flush(self) -> None:
        if self.para:
            text = "\n".join(self.para).strip()
            if text:
                self.blocks.append(Block(BlockKind.PARAGRAPH, text, self.loc(self.para_line)))
            self.para = []

    def heading(self, text: str, level: int, line: int) -> None:
        self.flush()
        while self.path and self.path[-1][0] >= level:
            self.path.pop()
        self.path_texts = tuple(t for _, t in self.path)
        self.blocks.append(Block(BlockKind.HEADING, text, self.loc(line), level=level))
        self.path.append((level, text))
        self.path_texts = tuple(t for _, t in self.path)

    def add(self, kind: BlockKind, text: str, line: int, **kw: str | None) -> None:
        self.flush()
        self.blocks.append(Block(kind, text, self.loc(line), **kw))

    def line_with_boxes(
        self, text: str, line: int, kind: BlockKind, loc: Location | None = None, **kw: str | None
    ) -> bool:
        """Emit a line holding box glyphs as (prefix) + CHECKBOX blocks; False when there is no box."""
        split = split_checkboxes(text)
        if split is None:
            return False
        self.flush()
        loc = loc or self.loc(line)
        prefix, boxes = split
        if prefix:
            self.blocks.append(Block(kind, prefix, loc, **kw))
        fallback = kw.get("row_header") or ""
        for checked, label in boxes:
            self.blocks.append(Block(BlockKind.CHECKBOX, label or fallback, loc, checked=checked, **kw))
        return True


def _is_toc_line(s: str) -> bool:
    """A table-of-contents line: a title, a dot leader (or a tab) and a page number of 1-3 digits."""
    i = len(s)
    while i > 0 and s[i - 1].isdigit():
        i -= 1
    if not 1 <= len(s) - i <= 3 or i == 0:
        return False
    head = s[:i]
    title = head.rstrip(" \t")
    if not any(c.isalpha() for c in title):
        return False
    if "\t" in head[len(title) :]:
        return True
    leader = title[-12:].replace(" ", "")
    return leader.endswith(("...", "…"))


def _chunks(line: str) -> list[str]:
    """Cut an overlong line into pieces of at most MAX_BLOCK characters, at a space when possible."""
    out, start, n = [], 0, len(line)
    while n - start > MAX_BLOCK:
        cut = line.rfind(" ", start + MAX_BLOCK // 2, start + MAX_BLOCK)
        cut = start + MAX_BLOCK if cut == -1 else cut
        out.append(line[start:cut].strip())
        start = cut
    out.append(line[start:].strip())
    return [c for c in out if c]


def _row_cells(line: str, framed: bool) -> list[str]:
    """Cells of a table row. Framed rows ('| a | b |') lose their outer pipes; in unframed text
    tables ('a | b') an empty first cell marks a wrapped continuation line, so it is kept."""
    s = line.strip() if framed else line.rstrip()
    if framed and s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _is_separator(s: str) -> bool:
    """'|---|:--:|' or '-----+-----': a rule between table rows."""
    return bool(_TABLE_SEP.match(s) or _PLAIN_SEP.match(s))


_FRAMED_ROW = re.compile(r"^ {0,3}\|")


def _table(b: _Builder, rows: list[tuple[int, str]]) -> None:
    # Framed when most rows start with a pipe at the margin (a Markdown cell broken over lines leaves a row
    # that does not: '- Leesbegeleiding ... |' under '| Aanpak | - Stagebegeleiding ...'; a row of an
    # unframed table that goes on in its second column starts with a pipe after the first column's width,
    # '          | (leerrendement ...)'). In an unframed table a header row ' | Naam | Datum' has an empty
    # corner cell first.
    starts = [_FRAMED_ROW.match(raw) is not None for _, raw in rows if not _is_separator(raw.strip())]
    framed = sum(starts) * 2 > len(starts)
    table: list[tuple[int, list[str]]] = []
    for line_no, raw in rows:
        if _is_separator(raw.strip()):
            continue
        cells = _row_cells(raw, framed)
        if not framed and table and not cells[0] and any(cells):
            prev = table[-1][1]
            prev.extend([""] * (len(cells) - len(prev)))  # (no text of a row is ever dropped)
            for c, text in enumerate(cells[1:], start=1):
                if text:
                    prev[c] = f"{prev[c]} {text}".strip()
            continue
        table.append((line_no, cells))
    _table_blocks(b, table)


def _table_blocks(b: _Builder, table: list[tuple[int, list[str]]]) -> None:
    """A new table's cells as blocks, row by row (`table`: each row's line number and cells)."""
    b.flush()
    b.tables += 1
    header = table[0][1] if table else []
    for r, (line_no, cells) in enumerate(table, start=1):
        if not any(cells):
            continue  # an empty row (Markdown needs a header row even when a table has none)
        for c, text in enumerate(cells, start=1):
            loc = b.loc(line_no, table=b.tables, row=r, column=c)
            kw = {
                "row_header": cells[0] if c > 1 and cells[0] else None,
                "col_header": header[c - 1] if r > 1 and c <= len(header) and header[c - 1] else None,
            }
            if not b.line_with_boxes(text, line_no, BlockKind.TABLE_CELL, loc, **kw):
                b.blocks.append(Block(BlockKind.TABLE_CELL, text, loc, **kw))


_GAP = re.compile(r"\t+| {2,}")  # what separates the columns of a table set out with spaces
MIN_ALIGNED_ROWS = 2
MIN_ALIGNED_COLUMNS = 3  # 'Naam   J. Bakker (moeder)   P. Bakker (vader)': fewer is a label and its value
ALIGN_SLACK = 1  # characters a column may start left or right of where it starts in the other rows


def _column_starts(line: str) -> list[int]:
    """Where the cells of a line set out with spaces start ('Naam      J. Bakker    P. Bakker': 0, 10,
    23); a line that is not set out so has one start."""
    if not line.strip() or len(line) > MAX_STRUCTURED_LINE or "|" in line or "\t" in line.strip(" "):
        return []
    starts = [len(line) - len(line.lstrip(" "))]
    starts += [m.end() for m in _GAP.finditer(line) if m.start() > starts[0] and m.end() < len(line.rstrip())]
    return starts


def _aligned_rows(lines: list[str], first: int) -> int:
    """How many lines from `first` form a table set out with spaces: at least MIN_ALIGNED_ROWS lines of
    MIN_ALIGNED_COLUMNS cells whose starts line up (a signature table 'Naam / Datum / Handtekening'
    with a column per party). 0 when the lines do not."""
    starts = _column_starts(lines[first])
    if len(starts) < MIN_ALIGNED_COLUMNS:
        return 0
    columns = set(starts)
    count = 1
    for line in lines[first + 1 :]:
        row = _column_starts(line)
        if len(row) < MIN_ALIGNED_COLUMNS:
            break
        if sum(any(abs(s - c) <= ALIGN_SLACK for c in columns) for s in row) < MIN_ALIGNED_COLUMNS:
            break
        columns.update(row)
        count += 1
    return count if count >= MIN_ALIGNED_ROWS else 0


def _aligned_table(b: _Builder, lines: list[str], first: int, count: int) -> None:
    """Read `count` lines from `first` as a table: a column starts wherever a cell starts in any row."""
    rows = lines[first : first + count]
    positions: list[int] = []
    for start in sorted({s for line in rows for s in _column_starts(line)}):
        if not positions or start - positions[-1] > ALIGN_SLACK:
            positions.append(start)
    cells_by_row = []
    for line in rows:
        cells = []
        for k, start in enumerate(positions):
            end = positions[k + 1] - ALIGN_SLACK if k + 1 < len(positions) else len(line)
            cells.append(line[max(start - ALIGN_SLACK, 0) if k else 0 : max(end, 0)].strip())
        cells_by_row.append((first + len(cells_by_row) + 1, cells))
    _table_blocks(b, cells_by_row)


def _is_table_row(s: str) -> bool:
    """A framed row, an unframed row with ' | ' between cells, the wrapped rest of a cell ('   | more
    text', its first cell empty), or a rule line such as '---+---'."""
    return s.startswith("|") or " | " in s or s.endswith(" |") or bool("+" in s and _PLAIN_SEP.match(s))


def _rule_inside_table(lines: list[str], i: int) -> bool:
    """A plain rule ('--------') under a header row 'Wat | Wie | Hoe vaak' with more rows below
    separates the header from the rows; it does not underline a title."""
    return (
        _is_separator(lines[i].strip())
        and i + 1 < len(lines)
        and len(lines[i + 1]) <= MAX_STRUCTURED_LINE
        and _is_table_row(lines[i + 1].strip())
    )


def _md_inline(line: str) -> str:
    """Markdown emphasis and links as a reader sees them: '**Naam:** [site](url)' -> 'Naam: site'."""
    if "**" in line or "__" in line:
        line = _MD_EMPHASIS.sub(r"\2", line)
    if "*" in line or "_" in line:
        line = _MD_ITALIC.sub(r"\2", line)
    return _MD_LINK.sub(r"\1", line) if "](" in line else line


_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+(?=[^>]|$)")  # an e-mail's quoted line: '> 2.1 Doelen', '>> ...'
QUOTED_MIN_LINES = 3


def _unquoted(lines: list[str]) -> list[str]:
    """Lines without the marks of an e-mail's quoted text ('> ' before a forwarded or answered plan),
    when the text has such lines: what a reader sees is the plan itself."""
    if sum(1 for line in lines if _QUOTE_MARK.match(line)) < QUOTED_MIN_LINES:
        return lines
    return [_QUOTE_MARK.sub("", line) for line in lines]


def read_text(text: str, markdown: bool = False) -> list[Block]:
    """Turn decoded text into blocks; `markdown` also reads bold-only lines as headings."""
    b = _Builder()
    md_level = 0
    lines = _unquoted(text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "").split("\n"))
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        line_no = i + 1
        s = raw.strip()
        i += 1
        if not s:
            b.flush()
            continue
        if len(raw) > MAX_STRUCTURED_LINE:
            b.flush()
            for piece in _chunks(s):
                b.add(BlockKind.PARAGRAPH, piece, line_no)
            continue
        if markdown:
            bold = _MD_BOLD_LINE.match(s)
            if bold and looks_like_title(bold.group(2)):
                b.heading(bold.group(2).strip(), md_level + 1, line_no)
                continue
            raw = _md_inline(raw)
            s = raw.strip()
        if count := _aligned_rows(lines, line_no - 1):
            _aligned_table(b, lines, line_no - 1, count)
            i = line_no - 1 + count
            continue
        if _is_table_row(s):
            rows = [(line_no, raw)]
            while (
                i < n
                and len(lines[i]) <= MAX_STRUCTURED_LINE
                and (_is_table_row(lines[i].strip()) or _rule_inside_table(lines, i))
            ):
                rows.append((i + 1, lines[i]))
                i += 1
            if sum(1 for _, r in rows if "|" in r) >= 2:
                _table(b, rows)
                continue
            i = line_no  # not a table after all: read the lines one by one
        indent = _indent(raw)
        if not markdown and _hanging_continuation(b, raw, indent):
            b.para.append(s)
            b.para_hangs = True
            continue
        if (m := _UNDERLINE.match(s)) and len(b.para) == 1 and _underlines(s, b.para[0]):
            # A title underlined with a run of one character as long as itself ('[OPP-03] Belemmerende
            # factoren' / '..............................' in a system's export).
            title, b.para = b.para[0].strip(), []
            b.heading(title, 1 if m.group(1) == "=" else 2, b.para_line)
            continue
        if _RULE.match(s):
            if _SETEXT.match(s) and len(b.para) == 1 and looks_like_title(b.para[0], question_ok=True):
                title, b.para = b.para[0].strip(), []
                b.heading(title, 1 if s[0] == "=" else 2, b.para_line)
            else:
                b.flush()  # an underline or a horizontal rule: decoration, not text
            continue
        if _is_toc_line(s):
            b.add(BlockKind.PARAGRAPH, s, line_no, name="toc")
            continue
        m = _MD_HEADING.match(s)
        if m and m.group(2):
            md_level = len(m.group(1))
            b.heading(m.group(2), md_level, line_no)
            continue
        level = numbered_heading_level(s)
        if level is not None:
            b.heading(s, level, line_no)
            continue
        m = _BULLET.match(raw) or _ORDERED.match(raw)
        if m:
            item = m.group(1).strip()
            if not b.line_with_boxes(item, line_no, BlockKind.LIST_ITEM):
                b.add(BlockKind.LIST_ITEM, item, line_no)
            continue
        if b.line_with_boxes(s, line_no, BlockKind.PARAGRAPH):
            continue
        if all_caps_title(s) and not b.para:
            b.heading(s, 1, line_no)
            continue
        continues = s[0].islower() or s[0] == "("  # a hard-wrapped line goes on with the one before
        last = b.blocks[-1] if b.blocks else None
        if (
            not b.para
            and continues
            and raw[:1] in " \t"
            and last is not None
            and last.kind is BlockKind.LIST_ITEM
            and last.location.line == line_no - 1 - last.text.count("\n")
        ):
            last.text += "\n" + s  # the indented rest of a list item
            continue
        # (After a hanging indent, a line back at the first line's indent is the next label: 'opp.oogo : ...'.)
        back = b.para_hangs and indent <= b.para_indent
        if b.para and (not continues or back or (not markdown and _label_line(b.para))):
            b.flush()
        if not b.para:
            b.para_line = line_no
            b.para_indent, b.para_hangs = indent, False
        b.para_hangs = b.para_hangs or indent > b.para_indent
        b.para.append(s)
    b.flush()
    return b.blocks


_OWN_LABEL = re.compile(r"[A-Z][^\s:]*(?: [^\s:]+){0,3}\s?:(?!\S)")  # 'Instemming ouders:', not 'M. Hofstede, 1x'


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


def _hanging_continuation(b: _Builder, raw: str, indent: int) -> bool:
    """A line indented deeper than its paragraph's first line, where that line is a label with its value
    ('Onderbouwing: Jesse kwam ... De resultaten' / '    groeien sindsdien ...'): a hanging indent, the
    rest of the label's value whatever it starts with ('    85. De leerkracht ...', '    M. Hofstede, 1x
    per week', a system's value column). Not a bullet, a line with tick boxes ('[x] akkoord' under 'Ik ga
    akkoord met het handelingsdeel.') or a label of its own ('    Onderbouwing: nog invullen'), and not
    under a label alone ('Doelen:' / '    1. ...')."""
    if not b.para or indent <= b.para_indent or _BULLET.match(raw) or split_checkboxes(raw) is not None:
        return False
    if _OWN_LABEL.match(raw.strip()):
        return False  # a field of its own, indented too ('    Onderbouwing: nog invullen')
    label, colon, value = b.para[0].partition(":")
    return bool(colon and value.strip() and len(label.split()) <= LABEL_WORDS_MAX)


LABEL_LINE_WORDS = 2
LABEL_WORDS_MAX = 8  # a label before its value on a paragraph's first line: 'Extra ondersteuning (wat/wie)'


def _label_line(para: list[str]) -> bool:
    """A paragraph of one line of one or two words that starts with a capital and ends without punctuation
    ('Belemmerend', 'Hoe vaak'): in a text file (not Markdown, which joins soft-wrapped lines), a label over
    its value, which the next line holds even when that starts in lower case. (Three words may start a
    sentence that wraps: 'Ouders gaan niet' / 'akkoord met ...'.)"""
    if len(para) != 1:
        return False
    line = para[0].strip()
    return line[:1].isupper() and len(line.split()) <= LABEL_LINE_WORDS and line[-1:].isalnum()


def _underlines(rule: str, line: str) -> bool:
    """Whether a run of one character ('=====', '.....') underlines the title line above it: about as
    long as the title and under a line that looks like a title. Dots and underscores are also a place
    to write under an answer ('Zwak werkgeheugen' / '.................'): they underline only a
    numbered or coded title ('[OPP-03] Belemmerende factoren', '3. Doelen')."""
    if abs(len(rule.strip()) - len(line.strip())) > UNDERLINE_SLACK or not looks_like_title(line, question_ok=True):
        return False
    return rule.strip()[0] not in "._" or _NUMBERED_TITLE.match(line.strip()) is not None


def read(path: str, data: bytes, options: ReadOptions | None = None) -> Document:
    """Read a .txt or .md file."""
    fmt = "md" if path.lower().endswith((".md", ".markdown")) else "txt"
    return Document(path=path, format=fmt, blocks=read_text(decode(data), markdown=fmt == "md"))
