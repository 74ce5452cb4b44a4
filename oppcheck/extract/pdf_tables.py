"""Tables of a PDF page from its drawing: ruling lines and cell rectangles, then the text in each cell.

Word and LibreOffice print a table's borders as path objects: thin lines, or rectangles (a cell's
shading, a box). `page_tables` reads them (only when the page draws paths at all), joins the lines
that touch into grids, and turns each grid into cells: a grid column or row boundary without a line
over it merges the cells on either side of it (merged cells). Grids with the same columns one under
the other are one table when the text between them reads as a row (banded rows: shading, no lines);
lines of the same extent with no vertical ones are a table whose columns come from its text (Word's
'light' styles). The text of a cell is PDFium's text inside the cell (one native call per cell); its
lines are joined where a line ends because the next word did not fit (a wrapped cell), and kept apart
where the writer started a new paragraph. A grid is only taken as a table when its cells hold the text
of the lines inside it (a box drawn around a paragraph, or lines that cross text, are no table).

Tables without lines (`aligned_tables`) come from lines whose parts (text between wide gaps) start at
the same x-positions over several rows; OCR pages use the same rule on Tesseract's word boxes (and the
lines a scan shows between rows). Lines that fit none of these keep the earlier reading: a wide gap in
a line becomes a tab (see `pdf_page`).

`TableReader` numbers the tables of a document and, through `with_tables`, turns them into TABLE_CELL
(and CHECKBOX) blocks with table, row and column, and row and column headers, as the DOCX reader gives
them: the column header is the table's first row, the row header the row's first cell. A table that
runs on at the top of the next page, with the same columns, keeps its number and its row count; a
repeated header row there is left out, and a row the page break cut in two is one row.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

from ..model import Block, BlockKind, Location
from ..text import BOX_GLYPH, PERSON_TITLES, split_checkboxes

THIN = 2.5  # points: a path this thin is a line
MIN_RULE = 4.0  # points: shorter lines are no rules (underlines of a checkbox, dashes)
SNAP = 2.5  # points: lines closer than this are at the same place
MAX_PATHS = 4000  # a page drawing more paths is a drawing, not a form; it is not searched
MAX_RULES = 1500  # nor is a page with more lines than this
MAX_GRID = 2500  # a grid of more cells than this is a pattern (graph paper), not a table
MAX_SEGMENTS = 64  # a path with more segments is a shape, not a cell rectangle
MIN_COVER = 0.5  # a boundary is drawn when lines cover this share of it
MIN_TEXT_SHARE = 0.9  # of the characters of the lines inside a grid, the cells must hold this share
INSET = 0.5  # points a cell is shrunk before its text is read (a rule is no part of it)
CONTINUE_SLACK = 6.0  # points: columns of a table that runs on may shift this much
_LINE_SPLIT = re.compile(r"\r\n|\r|\n|\ufffe")
_PDFIUM_HYPHEN = "\ufffe"


class Rule(NamedTuple):
    """A drawn line: horizontal (at y = pos) or vertical (at x = pos), from start to end."""

    horizontal: bool
    pos: float
    start: float
    end: float


@dataclass
class Cell:
    """One cell of a grid: its grid position and span, its box and its text (paragraphs on lines)."""

    row: int
    col: int
    rows: int
    cols: int
    left: float
    bottom: float
    right: float
    top: float
    text: str = ""
    location: Location | None = None  # where the cell's blocks stand, once they are made

    def holds(self, left: float, bottom: float, right: float, top: float) -> bool:
        """Whether the middle of a box (an image) lies inside this cell."""
        x, y = (left + right) / 2, (bottom + top) / 2
        return self.left < x < self.right and self.bottom < y < self.top


@dataclass
class PageTable:
    """A table found on a page: its box, column boundaries and cells (row by row), and the indexes of
    the page's text lines it holds."""

    left: float
    bottom: float
    right: float
    top: float
    xs: list[float]
    ys: list[float]
    cells: list[Cell]
    lines: set[int] = field(default_factory=set)
    row_lines: dict[int, tuple[int, int]] = field(default_factory=dict)


# -- reading the drawing -------------------------------------------------------------------------


def page_rules(objects: list) -> list[Rule]:
    """The horizontal and vertical lines drawn on the page: thin paths, and the sides of rectangles.
    `objects`: the page's objects other than text as (order, kind, handle)."""
    path_kind = pdfium_c.FPDF_PAGEOBJ_PATH
    rules: list[Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    paths = 0
    for _, kind, obj in objects:
        if kind != path_kind:
            continue
        paths += 1
        if paths > MAX_PATHS:
            return []
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) or (not fill.value and not stroke.value):
            continue  # a clipping path draws nothing
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        w, h = x1 - x0, y1 - y0
        if h <= THIN and w >= MIN_RULE:
            rules.append(Rule(True, (y0 + y1) / 2, x0, x1))
        elif w <= THIN and h >= MIN_RULE:
            rules.append(Rule(False, (x0 + x1) / 2, y0, y1))
        elif w >= MIN_RULE and h >= MIN_RULE:
            rules.extend(_path_rules(obj))
    return rules if len(rules) <= MAX_RULES else []


def _path_rules(obj) -> list[Rule]:
    """The axis-parallel straight pieces of a path (a rectangle gives its four sides); curves, none."""
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if n < 2 or n > MAX_SEGMENTS:
        return []
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return []
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    rules: list[Rule] = []
    start = prev = None
    for i in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return []
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            return []
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or prev is None:
            start = prev = point
            continue
        _add_piece(rules, prev, point)
        prev = point
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            _add_piece(rules, point, start)
            prev = start
    return rules


def _add_piece(rules: list[Rule], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= MIN_RULE:
        rules.append(Rule(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= MIN_RULE:
        rules.append(Rule(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))


# -- grids ---------------------------------------------------------------------------------------


def _clusters(values: list[float]) -> list[float]:
    """Positions closer than SNAP become one (their mean)."""
    return [mean for mean, _ in _clusters_by(values, SNAP)]


def _groups(rules: list[Rule], lone: list[Rule] | None = None) -> list[list[Rule]]:
    """Rules that touch (a horizontal and a vertical line crossing or meeting) form one group; the
    horizontal lines that touch no vertical one go in `lone`."""
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, r in enumerate(rules) if r.horizontal]
    vs = sorted((i for i, r in enumerate(rules) if not r.horizontal), key=lambda i: rules[i].pos)
    positions = [rules[j].pos for j in vs]
    for i in hs:
        h = rules[i]
        root = find(i)  # every vertical line it touches joins this group (the same groups, fewer lookups)
        for j in vs[bisect.bisect_left(positions, h.start - SNAP) : bisect.bisect_right(positions, h.end + SNAP)]:
            v = rules[j]
            if v.start - SNAP <= h.pos <= v.end + SNAP:
                other = find(j)
                if other != root:
                    parent[other] = root
    groups: dict[int, list[Rule]] = {}
    for i in range(len(rules)):
        groups.setdefault(find(i), []).append(rules[i])
    if lone is not None:
        lone.extend(g[0] for g in groups.values() if len(g) == 1 and g[0].horizontal)
    return [g for g in groups.values() if sum(r.horizontal for r in g) >= 2 and sum(not r.horizontal for r in g) >= 2]


MIN_OPEN_RULE = 60.0  # points: a table drawn with horizontal lines only has lines at least this long


def _open_grids(lone: list[Rule], runs: list[_Run]) -> list:
    """Grids of tables drawn with horizontal lines only (Word's 'light' and 'plain' table styles):
    three or more lines of the same extent are its rows; its columns start where the text of two or
    more rows starts. A band between two lines is a row when none of its text runs over a column
    boundary, and not every line in it holds a label and a value of its own (a block of 'label  value'
    lines between two section rules is no row). Bands that are no row split the table."""
    stacks: list[list[Rule]] = []
    for rule in sorted((r for r in lone if r.end - r.start >= MIN_OPEN_RULE), key=lambda r: (round(r.start), -r.pos)):
        stack = next(
            (
                st
                for st in stacks
                if abs(st[0].start - rule.start) <= 2 * SNAP and abs(st[0].end - rule.end) <= 2 * SNAP
            ),
            None,
        )
        if stack is None:
            stacks.append([rule])
        else:
            stack.append(rule)
    grids = []
    for stack in stacks:
        ys = sorted(_clusters([r.pos for r in stack]), reverse=True)
        if len(ys) < 3:
            continue
        left, right = min(r.start for r in stack), max(r.end for r in stack)
        bands = [
            [
                r
                for r in runs
                if ys[i + 1] < (r.top + r.bottom) / 2 < ys[i] and left - SNAP <= r.left and r.right <= right + SNAP
            ]
            for i in range(len(ys) - 1)
        ]
        starts = _clusters_by([r.left for band in bands for r in {_snap(r.left): r for r in band}.values()], ALIGN)
        used = [x for x, n in starts if n >= 2 and x > left + ALIGN * 2]
        xs = [left] + [x - SNAP for x in used] + [right]
        if len(xs) < 3:
            continue
        good = [_open_row(band, xs) for band in bands]
        i = 0
        while i < len(bands):
            j = i
            while j < len(bands) and good[j]:
                j += 1
            if j - i >= 2:
                sub = ys[i : j + 1]
                cells = [
                    Cell(r + 1, c + 1, 1, 1, xs[c], sub[r + 1], xs[c + 1], sub[r])
                    for r in range(len(sub) - 1)
                    for c in range(len(xs) - 1)
                ]
                grids.append((xs, sub, cells))
            i = j + 1
    return grids


def _snap(x: float) -> int:
    return round(x / ALIGN)


def _open_row(band: list[_Run], xs: list[float]) -> bool:
    """Whether a band between two lines is a row: no text runs over a column boundary, and it is not a
    block of three or more 'label  value' lines: each line with a label and a value, and labels short
    enough that two would fit on one line (the lines of a wrapped first cell would not)."""
    if any(_crosses(r, xs) for r in band):
        return False
    lines = _line_groups(band)
    if len(lines) < 3:
        return True
    firsts = []
    for g in lines:
        cols = {bisect.bisect(xs, (r.left + r.right) / 2) for r in g}
        if 1 not in cols or len(cols) < 2:
            return True
        first = [r for r in g if r.right <= xs[1] + SNAP]
        firsts.append((min(r.left for r in first), max(r.right for r in first)))
    fit = sum(a[1] + SNAP + (b[1] - b[0]) <= xs[1] for a, b in zip(firsts, firsts[1:], strict=False))
    return 2 * fit < len(firsts) - 1


def _covered(spans: list[tuple[float, float]], lo: float, hi: float) -> bool:
    """Whether the rules at one boundary, as their (start, end) sorted, cover at least MIN_COVER of lo..hi."""
    covered, reach = 0.0, lo
    for start, end in spans:
        if start >= hi:
            break  # this one and those after it start past the stretch
        a = start if start > reach else reach
        b = end if end < hi else hi
        if b > a:
            covered += b - a
            reach = b
    return covered >= MIN_COVER * (hi - lo)


def _grid(group: list[Rule]) -> tuple[list[float], list[float], list[Cell]] | None:
    """Column boundaries (left to right), row boundaries (top to bottom) and the cells of a group of rules."""
    hs = [r for r in group if r.horizontal]
    vs = [r for r in group if not r.horizontal]
    xs = _clusters([r.pos for r in vs] + [min(r.start for r in hs), max(r.end for r in hs)])
    ys = sorted(_clusters([r.pos for r in hs] + [min(r.start for r in vs), max(r.end for r in vs)]), reverse=True)
    xs = [x for x in xs if x - xs[0] > SNAP or x == xs[0]]
    if len(xs) < 2 or len(ys) < 2:
        return None
    nr, nc = len(ys) - 1, len(xs) - 1
    if nr * nc > MAX_GRID:
        return None
    at_x = [sorted((r.start, r.end) for r in vs if abs(r.pos - x) <= SNAP) for x in xs]
    at_y = [sorted((r.start, r.end) for r in hs if abs(r.pos - y) <= SNAP) for y in ys]
    parent = list(range(nr * nc))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not _covered(at_x[c + 1], ys[r + 1], ys[r]):
                parent[find(r * nc + c + 1)] = find(r * nc + c)
            if r + 1 < nr and not _covered(at_y[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1) * nc + c)] = find(r * nc + c)
    regions: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            regions.setdefault(find(r * nc + c), []).append((r, c))
    cells = []
    for members in regions.values():
        rows = [r for r, _ in members]
        cols = [c for _, c in members]
        r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
        if (r1 - r0 + 1) * (c1 - c0 + 1) != len(members):  # not a rectangle: keep its grid cells apart
            cells.extend(Cell(r + 1, c + 1, 1, 1, xs[c], ys[r + 1], xs[c + 1], ys[r]) for r, c in members)
        else:
            cells.append(Cell(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1, xs[c0], ys[r1 + 1], xs[c1 + 1], ys[r0]))
    if len(cells) < 2:
        return None
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return xs, ys, cells


# -- text in cells -------------------------------------------------------------------------------


class _Run(NamedTuple):
    """A run of text on one line as PDFium's text rectangles give it."""

    left: float
    bottom: float
    right: float
    top: float


def _runs(textpage) -> list[_Run]:
    count = pdfium_c.FPDFText_CountRects(textpage, 0, -1)
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    runs = []
    for i in range(count):
        if pdfium_c.FPDFText_GetRect(textpage, i, left, top, right, bottom):
            runs.append(_Run(left.value, min(bottom.value, top.value), right.value, max(bottom.value, top.value)))
    return runs


def _visual_lines(runs: list[_Run]) -> list[_Run]:
    """Runs on the same line joined, top to bottom."""
    lines: list[list[float]] = []
    for run in sorted(runs, key=lambda r: -r.top):
        middle = (run.top + run.bottom) / 2
        if lines and lines[-1][1] <= middle <= lines[-1][3]:
            line = lines[-1]
            line[0], line[1], line[2], line[3] = (
                min(line[0], run.left),
                min(line[1], run.bottom),
                max(line[2], run.right),
                max(line[3], run.top),
            )
        else:
            lines.append([run.left, run.bottom, run.right, run.top])
    return [_Run(*line) for line in lines]


def _boxes_where_drawn(raw: str, by_chars: dict[str, str]) -> str:
    """A cell's lines with their box glyphs where a reader sees them: a fallback font's '☒ ☐' may come
    before the whole line in the content stream ('☒ ☐ Akkoord met het handelingsdeel Niet akkoord'). The
    page's own line of the same characters has them in reading order (`pdf_page` places them by x):
    `by_chars`, the table's page lines with boxes by their characters (`_chars`)."""
    parts = re.split(r"(\r\n|\n|\r)", raw)
    for i in range(0, len(parts), 2):
        if BOX_GLYPH.search(parts[i]) and (seen := by_chars.get(_chars(parts[i]))) is not None:
            parts[i] = " ".join(seen.split())
    return "".join(parts)


def _after_options(line: str, following: str) -> bool:
    """Whether a line of tick boxes with their labels ('☒ Akkoord met het handelingsdeel ☐ Niet akkoord')
    is followed by a line of its own ('Ouder/verzorger: ...'), not by its last label's wrapped rest ('☐ Doel:
    zo zelfstandig mogelijk kunnen' / 'functioneren in ...', '☐ arbeidsmarktgericht ☐' / 'dagbesteding')."""
    return bool(BOX_GLYPH.search(line)) and not BOX_GLYPH.search(line.rstrip()[-1:]) and following[:1].isupper()


def _chars(text: str) -> str:
    return "".join(sorted(c for c in text if not c.isspace()))


def cell_text(raw: str, lines: list[_Run], cell: Cell) -> str:
    """A cell's text with its wrapped lines joined: a line that ends because the next word did not fit
    goes on with a space (with '-\\n' after a hyphen, as page text does); other line ends stay."""
    if "\n" not in raw and "\r" not in raw and _PDFIUM_HYPHEN not in raw:
        return raw.strip()  # one line (most cells): what the splitting below gives for it
    parts = _LINE_SPLIT.split(raw.replace("\r\n", "\n"))
    hyphens = [m.group() == _PDFIUM_HYPHEN for m in _LINE_SPLIT.finditer(raw.replace("\r\n", "\n"))]
    texts = [p.strip() for p in parts]
    if len(texts) <= 1:
        return texts[0] if texts else ""
    geometry = len(texts) == len(lines)
    out = texts[0]
    inner_right = cell.right - max(lines[0].left - cell.left, 0.0) if lines else cell.right
    for i in range(1, len(texts)):
        if hyphens[i - 1]:
            out += "-\n" + texts[i]
            continue
        if not texts[i]:
            continue
        prev = lines[i - 1] if geometry else None
        if prev is None or not texts[i - 1] or _after_options(texts[i - 1], texts[i]):
            out += "\n" + texts[i]
        elif " " not in texts[i - 1] and prev.right >= inner_right - 0.6 * _char_width(texts[i - 1], prev):
            out += texts[i]  # a word too long for the cell, broken where the cell ends
        elif _wrapped(texts[i - 1], prev, texts[i], lines[i], inner_right):
            out += ("" if texts[i - 1].endswith("/") else " ") + texts[i]  # 'Ouder(s)/' 'verzorger(s)'

        else:
            out += "\n" + texts[i]
    return out.strip()


def _wrapped(text: str, line: _Run, next_text: str, next_line: _Run, inner_right: float) -> bool:
    """Whether `line` ends where it does because the first word of the next line did not fit after it
    (the word's width measured on the next line)."""
    word = next_text.split(None, 1)[0]
    word_width = (next_line.right - next_line.left) * len(word) / max(len(next_text), 1)
    space = _char_width(text, line)
    return line.right + space + word_width > inner_right - space


def _char_width(text: str, line: _Run) -> float:
    """The mean width of a character on the line, at most half its height."""
    return min((line.right - line.left) / max(len(text), 1), 0.5 * (line.top - line.bottom))


def page_tables(textpage, lines: list, visible: str | None, objects: list) -> list[PageTable]:
    """The tables drawn on a page, with their cells' text (`textpage`: PDFium's text page handle);
    `lines` are the page's text lines (`pdf_page.Line`), used to check that a grid holds the text
    inside it and to place it. `visible`
    is the page's text with hidden characters blanked (`pdf_visibility`) when the page holds hidden
    text: cells are then read from it, so hidden text never reaches a cell. `objects`: the page's
    objects other than text, as (order, kind, handle) (see `page_rules`)."""
    if not lines:
        return []
    if visible is not None and len(visible) != pdfium_c.FPDFText_CountChars(textpage):
        return []  # the blanked text cannot be matched to the characters: read the page as lines
    rules = page_rules(objects)
    tables = []
    runs: list[_Run] | None = None
    reader: _BoundedText | None = None
    lone: list[Rule] = []
    grids = [g for g in (_grid(group) for group in (_groups(rules, lone) if len(rules) >= 3 else [])) if g]
    if len(grids) > 1:
        runs = _runs(textpage)
        grids = _stacked(grids, runs)
    if len(lone) >= 3:
        runs = runs if runs is not None else _runs(textpage)
        grids += _open_grids(lone, runs)
    for xs, ys, cells in grids:
        table = PageTable(xs[0], ys[-1], xs[-1], ys[0], xs, ys, cells)
        inside = [ln for ln in lines if _holds(table, ln)]
        if not inside:
            continue
        if runs is None:
            runs = _runs(textpage)
        if reader is None:
            reader = _BoundedText(textpage) if visible is None else _VisibleText(textpage, visible)
        owner = {
            (r, c): cell
            for cell in cells
            for r in range(cell.row, cell.row + cell.rows)
            for c in range(cell.col, cell.col + cell.cols)
        }
        mine: dict[int, list[_Run]] = {}
        ys_up = ys[::-1]
        for run in runs:  # each run goes to the cell its middle is in
            x, y = (run.left + run.right) / 2, (run.top + run.bottom) / 2
            c, r = bisect.bisect(xs, x), bisect.bisect(ys_up, y)
            if 0 < c < len(xs) and 0 < r < len(ys_up):
                cell = owner.get((len(ys) - r, c))
                if cell is not None:
                    mine.setdefault(id(cell), []).append(run)
        held = 0
        boxed = {_chars(ln.text): ln.text for ln in inside if BOX_GLYPH.search(ln.text)}
        for cell in cells:
            raw = reader.text(cell.left + INSET, cell.bottom + INSET, cell.right - INSET, cell.top - INSET)
            raw = _boxes_where_drawn(raw, boxed) if boxed and BOX_GLYPH.search(raw) else raw
            cell.text = cell_text(raw, _visual_lines(mine.get(id(cell), [])), cell)
            held += _ink(raw)
        wanted = sum(_ink(ln.text) for ln in inside)
        if held < MIN_TEXT_SHARE * wanted:
            continue
        table.lines = {ln.index for ln in inside}
        for ln in inside:
            i = bisect.bisect(ys_up, ln.middle)
            if 0 < i < len(ys_up):
                row = len(ys) - i
                lo, hi = table.row_lines.get(row, (ln.index, ln.index))
                table.row_lines[row] = (min(lo, ln.index), max(hi, ln.index))
        tables.append(table)
    taken = set().union(*(t.lines for t in tables)) if tables else set()
    if sum("\t" in ln.text for ln in lines if ln.index not in taken) >= MIN_ALIGNED_ROWS:
        tables += aligned_tables(pdf_rows(textpage, lines, taken))
    tables.sort(key=lambda t: -t.top)
    return tables


def _ink(text: str) -> int:
    """Characters that show (no spaces, no PDFium hyphen marker)."""
    return len("".join(text.split())) - text.count(_PDFIUM_HYPHEN)


class _BoundedText:
    """PDFium's text inside a rectangle, read into one buffer (pypdfium2's helper asks twice)."""

    def __init__(self, textpage) -> None:
        self.textpage = textpage
        self.size = 2 * max(pdfium_c.FPDFText_CountChars(textpage), 0) + 64
        self.buffer = (ctypes.c_ushort * self.size)()

    def text(self, left: float, bottom: float, right: float, top: float) -> str:
        n = pdfium_c.FPDFText_GetBoundedText(self.textpage, left, top, right, bottom, self.buffer, self.size)
        if n <= 0:
            return ""
        # The count includes the terminating NUL when there is room for it.
        return bytes(memoryview(self.buffer).cast("B")[: 2 * n]).decode("utf-16-le", "replace").rstrip("\x00")


class _VisibleText:
    """The visible characters inside a rectangle (hidden ones blanked), for a page with hidden text:
    slower than PDFium's bounded text, which would return hidden characters too."""

    def __init__(self, textpage, visible: str) -> None:
        self.visible = visible
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        self.centres: list[tuple[float, float] | None] = []
        for i in range(len(visible)):
            if visible[i] in "\r\n" or not pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top):
                self.centres.append(None)
            else:
                self.centres.append(((left.value + right.value) / 2, (bottom.value + top.value) / 2))

    def text(self, left: float, bottom: float, right: float, top: float) -> str:
        out: list[str] = []
        last = None
        for i, centre in enumerate(self.centres):
            if centre is None or not (left <= centre[0] <= right and bottom <= centre[1] <= top):
                continue
            if last is not None and i > last + 1:
                out.append("\r\n" if "\n" in self.visible[last + 1 : i] else " ")
            out.append(self.visible[i])
            last = i
        return "".join(out)


STACK_GAP = 200.0  # points: grids with the same columns this close, a row between them, are one table


def _stacked(grids: list, runs: list[_Run]) -> list:
    """Grids with the same columns, one right under the other, joined into one table; the space
    between them is a row of that table when no text in it runs over a column boundary. (Word's
    banded table styles shade every other row and draw no lines: each shaded row is a grid of its own.)"""
    grids = sorted(grids, key=lambda g: -g[1][0])
    out = [grids[0]]
    banded: set[int] = set()  # joined tables with unshaded rows between their grids
    heights: list[float] = []
    for xs, ys, cells in grids[1:]:
        pxs, pys, pcells = out[-1]
        gap = pys[-1] - ys[0]
        same = len(xs) == len(pxs) and all(abs(a - b) <= SNAP for a, b in zip(xs, pxs, strict=True))
        if not same or not -SNAP <= gap <= STACK_GAP or (gap > SNAP and not _row_between(runs, pxs, pys[-1], ys[0])):
            out.append((xs, ys, cells))
            continue
        rows = len(pys) - 1
        merged = list(pcells)
        if gap > SNAP:  # the unshaded row between two shaded ones
            rows += 1
            merged += [Cell(rows, c + 1, 1, 1, pxs[c], ys[0], pxs[c + 1], pys[-1]) for c in range(len(pxs) - 1)]
            new_ys = pys + ys
        else:
            new_ys = pys + ys[1:]
        merged += [Cell(c.row + rows, c.col, c.rows, c.cols, c.left, c.bottom, c.right, c.top) for c in cells]
        out[-1] = (pxs, new_ys, merged)
        if gap > SNAP:
            banded.add(len(out) - 1)
            heights.append(gap)
    if heights:
        height = max(heights)
        out = [_banded_ends(g, runs, height) if i in banded else g for i, g in enumerate(out)]
    return out


def _row_between(runs: list[_Run], xs: list[float], top: float, bottom: float) -> bool:
    """Whether the text between two heights reads as a row of the table with these columns: it stands
    in two or more columns and runs over no column boundary (a heading or a paragraph does)."""
    inside = [r for r in runs if bottom < (r.top + r.bottom) / 2 < top]
    if any(r.left < xs[0] - SNAP or r.right > xs[-1] + SNAP or _crosses(r, xs) for r in inside):
        return False
    return len({bisect.bisect(xs, (r.left + r.right) / 2) for r in inside}) >= 2


def _banded_ends(grid, runs: list[_Run], height: float):
    """A banded table with its unshaded first or last row: the text right above or below it, up to
    1.5 row heights away and up to the first text that runs over a column boundary, when it reads as a
    row of the table (see `_row_between`)."""
    xs, ys, cells = grid
    above = _band(runs, xs, ys[0], 1.5 * height, upwards=True)
    if above is not None:
        cells = [Cell(1, c + 1, 1, 1, xs[c], ys[0], xs[c + 1], above) for c in range(len(xs) - 1)] + [
            Cell(c.row + 1, c.col, c.rows, c.cols, c.left, c.bottom, c.right, c.top) for c in cells
        ]
        ys = [above] + ys
    below = _band(runs, xs, ys[-1], 1.5 * height, upwards=False)
    if below is not None:
        rows = len(ys) - 1
        cells = cells + [Cell(rows + 1, c + 1, 1, 1, xs[c], below, xs[c + 1], ys[-1]) for c in range(len(xs) - 1)]
        ys = ys + [below]
    return xs, ys, cells


def _band(runs: list[_Run], xs: list[float], edge: float, reach: float, upwards: bool) -> float | None:
    """The far edge of the lines next to a table's edge that read as one more row of it, or None: lines
    that run over no column boundary, each close to the one before (a wider gap ends the row), the
    first one (seen from the table) with text in two or more columns."""
    sign = 1 if upwards else -1
    near = [r for r in runs if 0 < ((r.top + r.bottom) / 2 - edge) * sign < reach]
    lines = sorted(_line_groups(near), key=lambda g: abs((g[0].top + g[0].bottom) / 2 - edge))
    taken: list[list[_Run]] = []
    last = edge
    for group in lines:
        top, bottom = max(r.top for r in group), min(r.bottom for r in group)
        gap = (bottom - last) if upwards else (last - top)
        limit = (1.0 if not taken else 0.6) * (top - bottom)
        if gap > limit or any(r.left < xs[0] - SNAP or r.right > xs[-1] + SNAP or _crosses(r, xs) for r in group):
            break
        taken.append(group)
        last = top if upwards else bottom
    first = taken[-1] if upwards and taken else (taken[0] if taken else [])
    if len({bisect.bisect(xs, (r.left + r.right) / 2) for r in first}) < 2:
        return None
    return last + SNAP if upwards else last - SNAP


def _line_groups(runs: list[_Run]) -> list[list[_Run]]:
    """Runs on the same line together."""
    groups: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: -r.top):
        middle = (run.top + run.bottom) / 2
        if groups and min(r.bottom for r in groups[-1]) <= middle <= max(r.top for r in groups[-1]):
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


def _crosses(run: _Run, xs: list[float]) -> bool:
    """Whether a run of text runs over one of the column boundaries (it is no cell's text)."""
    return any(run.left < x - SNAP and run.right > x + SNAP for x in xs[1:-1])


def _holds(table: PageTable, line) -> bool:
    middle_x = (line.left + line.right) / 2
    return table.bottom < line.middle < table.top and table.left < middle_x < table.right


# -- blocks --------------------------------------------------------------------------------------


@dataclass
class TableEntry:
    """A block of a table with the range of page lines it stands for (see `pdf_layout.Entry`)."""

    block: Block
    first: int
    last: int


@dataclass
class _Numbering:
    """A document's tables as they are numbered: the current table and what it needs to go on."""

    count: int = 0
    last: PageTable | None = None  # the table that may run on to the next page
    last_page: int = 0
    rows: int = 0
    header: dict[int, str] = field(default_factory=dict)
    header_texts: list[str] = field(default_factory=list)
    last_cells: dict[int, Block] = field(default_factory=dict)  # the last row's TABLE_CELLs, by column


class TableReader:
    """Turns the tables of a document's pages into blocks, page by page, in page order."""

    def __init__(self) -> None:
        self.state = _Numbering()

    def page_blocks(
        self, page: int, tables: list[PageTable], ends_page: bool, starts_page: bool
    ) -> list[list[TableEntry]]:
        """The entries of each table on `page`. `starts_page`: nothing but running lines stands above
        the first table; `ends_page`: nothing but running lines stands below the last one."""
        out = []
        for i, table in enumerate(tables):
            st = self.state
            runs_on = (
                i == 0
                and starts_page
                and st.last is not None
                and st.last_page == page - 1
                and _same_columns(st.last, table)
            )
            skip_rows = 0
            if runs_on:
                first_row = [c.text for c in table.cells if c.row == 1]
                if [" ".join(t.split()) for t in first_row] == st.header_texts:
                    skip_rows = 1
                # (Never the header row left alone at the foot of a page: 'Naam | Datum' over
                # 'Ouder/verzorger | mevr. E. Nijhof' on the next.)
                if st.rows > 1 and _split_row(st.last_cells, table, skip_rows + 1):
                    for c in table.cells:  # the row the page break cut in two goes on in the row above
                        block = st.last_cells.get(c.col)
                        if c.row == skip_rows + 1 and c.text and block is not None:
                            block.text = f"{block.text} {c.text}" if block.text else c.text
                    skip_rows += 1
                offset = st.rows - skip_rows
            else:
                st.count += 1
                st.header = {}
                st.header_texts = []
                offset = 0
            out.append(self._entries(page, table, offset, skip_rows, new=not runs_on))
            st.rows = offset + max((c.row + c.rows - 1 for c in table.cells), default=0)
            last = i == len(tables) - 1
            st.last = table if last and ends_page else None
            st.last_page = page
        if not tables:
            self.state.last = None
        return out

    def _entries(self, page: int, table: PageTable, offset: int, skip_rows: int, new: bool) -> list[TableEntry]:
        st = self.state
        texts = {(c.row, c.col): " ".join(c.text.split()) for c in table.cells}
        if new:
            for c in table.cells:
                if c.row == 1:
                    for g in range(c.col, c.col + c.cols):
                        st.header[g] = texts[(1, c.col)]
            st.header_texts = [texts[(c.row, c.col)] for c in table.cells if c.row == 1]
        first_col: dict[int, str] = {}
        for c in table.cells:
            if c.col == 1:
                for r in range(c.row, c.row + c.rows):
                    first_col[r] = texts[(c.row, c.col)]
        entries: list[TableEntry] = []
        known = sorted(table.row_lines.items())
        for c in table.cells:
            if c.row <= skip_rows:
                continue
            row = c.row + offset
            first, last = _row_span(known, c.row, table)
            loc = Location(page=page, line=first, table=st.count, row=row, column=c.col)
            c.location = loc
            row_header = (first_col.get(c.row) or None) if c.col > 1 else None
            col_header = (st.header.get(c.col) or None) if row > 1 else None
            if c.col == 1 or not entries:
                st.last_cells = {}
            for block in _cell_blocks(c.text, loc):
                block.row_header, block.col_header = row_header, col_header
                if block.kind is BlockKind.CHECKBOX and not block.text:
                    block.text = row_header or col_header or ""
                elif block.kind is BlockKind.TABLE_CELL:
                    st.last_cells[c.col] = block
                entries.append(TableEntry(block, first, last))
        return entries


_SENTENCE_END = re.compile(r"[.!?:;)]\s*$")


_TITLE = re.compile(rf"(?i:{'|'.join(PERSON_TITLES)})\. [A-Z]")  # 'mevr. E. Nijhof'


def _split_row(above: dict[int, Block], table: PageTable, row: int) -> bool:
    """Whether the first row of a table's next page is the rest of the row above, cut by the page
    break: a cell of it goes on in lower case where the cell above stopped mid-sentence, and none
    starts anew (capital) where its cell above stopped mid-sentence."""
    goes_on = False
    for c in table.cells:
        if c.row != row or not c.text.strip():
            continue
        block = above.get(c.col)
        if block is None or not block.text.strip() or _SENTENCE_END.search(block.text):
            continue
        first = next((ch for ch in c.text if ch.isalpha()), "")
        if _TITLE.match(c.text.strip()):
            return False  # a name with its title ('mevr. E. Nijhof') starts anew
        if first.islower():
            goes_on = True
        elif first.isupper():
            return False
    return goes_on


def _row_span(known: list[tuple[int, tuple[int, int]]], row: int, table: PageTable) -> tuple[int, int]:
    """The page lines of a row (of the row above when it has none)."""
    span = None
    for r, lines in known:
        if r > row:
            break
        span = lines if r == row else (lines[1], lines[1])
    if span is None:
        first = min(table.lines) if table.lines else 0
        return first, first
    return span


def _same_columns(a: PageTable, b: PageTable) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= CONTINUE_SLACK for x, y in zip(a.xs, b.xs, strict=True))


def _cell_blocks(text: str, loc: Location) -> list[Block]:
    """A cell's blocks: its text as one TABLE_CELL, with lines holding boxes split off as CHECKBOX
    blocks (as the DOCX reader does); an empty TABLE_CELL when it shows nothing."""

    def at() -> Location:
        return Location(page=loc.page, line=loc.line, table=loc.table, row=loc.row, column=loc.column)

    blocks: list[Block] = []
    acc: list[str] = []
    before = ""
    for line in text.split("\n"):
        split = split_checkboxes(line) if line.strip() else None
        if split is None:
            if line.strip():
                acc.append(line)
                before = line.strip()
            continue
        prefix, boxes = split
        if prefix:
            acc.append(prefix)
        if acc:
            blocks.append(Block(BlockKind.TABLE_CELL, "\n".join(acc), at()))
            acc = []
        for checked, label in boxes:
            blocks.append(Block(BlockKind.CHECKBOX, label or prefix or before, at(), checked=checked))
        before = prefix or before
    if acc:
        blocks.append(Block(BlockKind.TABLE_CELL, "\n".join(acc), at()))
    if not any(b.kind is BlockKind.TABLE_CELL for b in blocks):
        blocks.insert(0, Block(BlockKind.TABLE_CELL, "", at()))
    return blocks


def with_tables(reader: TableReader, number: int, lines: list, tables: list[PageTable], running: dict, style) -> list:
    """The entries of a page: `pdf_layout.page_entries` of the lines no table holds, with each table's
    entries where its first line stood. A table holding a running header or footer line is not taken
    (its lines are read as before). Tables that cannot be laid out leave the page's lines as they are."""
    from .pdf_layout import page_entries

    tables = [t for t in tables if not (t.lines & running.keys())]
    if not tables and reader.state.last is None:
        return page_entries(lines, number, style, running)
    try:
        taken = set().union(*(t.lines for t in tables)) if tables else set()
        free = [ln for ln in lines if ln.index not in taken]
        body = [ln for ln in free if ln.index not in running]
        starts = bool(tables) and not any(ln.middle > tables[0].top for ln in body)
        ends = bool(tables) and not any(ln.middle < tables[-1].bottom for ln in body)
        keyed = []
        for t, group in zip(tables, reader.page_blocks(number, tables, ends, starts), strict=True):
            start = min(t.lines)
            keyed += [((start, 1, j), e) for j, e in enumerate(group)]
    except Exception:  # a table that cannot be laid out is read as lines, as before
        reader.state.last = None
        for t in tables:
            for c in t.cells:
                c.location = None
        return page_entries(lines, number, style, running)
    entries = page_entries(free, number, style, running)
    keyed += [((e.first, 0, i), e) for i, e in enumerate(entries)]
    return [e for _, e in sorted(keyed, key=lambda k: k[0])]


# -- tables without lines: columns aligned over several rows -------------------------------------

ALIGN = 4.0  # points: parts of rows start in the same column when their left edges are this close
MIN_ALIGNED_ROWS = 3  # lines with text in two or more columns a table without lines needs
ROW_GAP = 1.6  # times the line height: a wider gap between two lines ends a table without lines


class Part(NamedTuple):
    """The text of one cell on one line, with its horizontal extent."""

    left: float
    right: float
    text: str


class Row(NamedTuple):
    """A text line split into its parts (where a wide gap separates them)."""

    index: int  # the line's index on its page
    top: float
    bottom: float
    parts: list[Part]
    words: list[Part] | None = None  # its single words, when known (OCR): placed in columns one by one


def aligned_tables(rows: list[Row], rules: tuple[float, ...] = ()) -> list[PageTable]:
    """Tables without lines: runs of lines, close together, whose parts start at the same column
    positions, with at least MIN_ALIGNED_ROWS lines of two or more parts. A line with no part in the
    first column goes on the row above (a wrapped cell); a part that starts between two columns or
    reaches into the next one ends the table."""
    tables = []
    block: list[Row] = []
    for row in sorted(rows, key=lambda r: -r.top):
        height = max(row.top - row.bottom, 1.0)
        if block and block[-1].bottom - row.top > ROW_GAP * height:
            tables += _aligned(block, rules)
            block = []
        if len(row.parts) >= 2 or block:
            block.append(row)
    tables += _aligned(block, rules)
    return tables


def _aligned(block: list[Row], rules: tuple[float, ...] = ()) -> list[PageTable]:
    if sum(len(r.parts) >= 2 for r in block) < 2:
        return []
    multi = [r for r in block if len(r.parts) >= 2]
    starts = _clusters_by([p.left for r in multi for p in r.parts], ALIGN)
    # A column starts where parts of a quarter of the rows (and two at least) start, or where a first
    # row of three or more parts (a header) names it: the column under it may be empty. (A gap inside
    # running text, a wide one in a justified line, starts no column.)
    need = max(2, len(multi) // 4)
    header = multi[0].parts if len(multi[0].parts) >= 3 else []
    cols = [x for x, n in starts if n >= need or any(abs(p.left - x) <= ALIGN for p in header)]
    if len(cols) < 2:
        return []
    placed = []
    for row in block:
        where = _place(row, cols)
        if where is None:
            break
        placed.append((row, where))
    rest = block[len(placed) + 1 :]
    later = _aligned(rest, rules) if rest else []
    if not placed:
        return later
    grid: list[dict[int, list[Part]]] = []
    members: list[list[Row]] = []
    right = max(p.right for r, _ in placed for p in r.parts)
    xs = cols + [right]
    # Lines drawn across the table (a scan's rules) end rows. When there are at least half as many as
    # lines that start in the first column, they alone say where rows end (a line without one above it
    # goes on in the row above: 'Handtekening ouders (niet' / 'akkoord)'); otherwise (a rule under the
    # header only) the text decides, and a drawn line still ends a row.
    drawn = [y for y in rules if placed[-1][0].bottom < y < placed[0][0].top]
    ruled = len(drawn) >= 2 and 2 * len(drawn) >= sum(1 in where for _, where in placed)
    for row, where in placed:
        above = members[-1][-1] if members else None
        if above is None:
            goes_on = False
        elif ruled or _ruled(above, row, drawn):
            goes_on = ruled and not _ruled(above, row, drawn)
        else:
            goes_on = (
                _goes_on(grid[-1], where, xs, above, row) if 1 in where else _continues(grid[-1], where, above, row)
            )
        if not goes_on:
            grid.append({})
            members.append([])
        for c, parts in where.items():
            grid[-1].setdefault(c, []).extend(parts)
        members[-1].append(row)
    while members and len(members[-1]) == 1 and len(members[-1][0].parts) < 2:
        grid.pop()  # a line after the table, not a row of it
        members.pop()
    kept = [r for rows in members for r in rows]
    spread = {r.index for r, where in placed if len(where) >= 2}
    if sum(r.index in spread for r in kept) < MIN_ALIGNED_ROWS:
        return later
    used = sorted({c for found in grid for c in found})  # a column nothing was placed in is no column
    if len(used) < 2:
        return later
    top, bottom = kept[0].top, min(r.bottom for r in kept)
    xs = [xs[c - 1] for c in used] + [right]
    table = PageTable(xs[0], bottom, right, top, xs, [top, bottom], [])
    for r, (found, rows) in enumerate(zip(grid, members, strict=True), start=1):
        for n, c in enumerate(used, start=1):
            text = " ".join(p.text for p in found.get(c, []))
            table.cells.append(Cell(r, n, 1, 1, xs[n - 1], bottom, xs[n], top, text))
        table.row_lines[r] = (min(x.index for x in rows), max(x.index for x in rows))
    table.lines = {r.index for r in kept}
    return [table] + later


def _ruled(above: Row, below: Row, drawn: list[float]) -> bool:
    """Whether a drawn line runs between two lines of text."""
    return any((below.top + below.bottom) / 2 < y < (above.top + above.bottom) / 2 for y in drawn)


def _continues(row: dict[int, list[Part]], where: dict[int, list[Part]], above: Row, line: Row) -> bool:
    """Whether a line with nothing in the first column goes on in the row above: right under its last
    line, with text only in columns where that row has text (a value that starts beside an empty cell
    of the row above is a row of its own, whose label stands lower: a cell centred in its height)."""
    close = above.bottom - line.top <= 0.5 * (line.top - line.bottom)
    return close and all(any(p.text.strip() for p in row.get(c, [])) for c in where)


def _goes_on(row: dict[int, list[Part]], where: dict[int, list[Part]], xs: list[float], above: Row, line: Row) -> bool:
    """Whether a line with text only in the first column continues the row above's first cell: right
    under it, and that cell's last line ended because the line's first word did not fit after it (a
    wrapped label)."""
    if set(where) != {1} or 1 not in row or above.bottom - line.top > 0.5 * (line.top - line.bottom):
        return False
    last, part = row[1][-1], where[1][0]
    word = part.text.split(None, 1)[0] if part.text.strip() else ""
    word_width = (part.right - part.left) * len(word) / max(len(part.text), 1)
    space = (last.right - last.left) / max(len(last.text), 1)
    return last.right + space + word_width > xs[1] - ALIGN


def _place(row: Row, cols: list[float]) -> dict[int, list[Part]] | None:
    """The parts of a row by column (1-based); None when a part is not aligned with a column start,
    or reaches into the next column. A row with its words known is placed word by word: each word in
    the column it starts in, with a wide gap wherever the column changes."""
    if not row.parts:
        return None
    if row.words:
        return _place_words(row, cols)
    placed: dict[int, list[Part]] = {}
    for part in row.parts:
        col = next((i for i, x in enumerate(cols, start=1) if abs(part.left - x) <= ALIGN), None)
        if col is None or (col < len(cols) and part.right > cols[col] - ALIGN / 2):
            return None
        placed.setdefault(col, []).append(part)
    return placed


def _place_words(row: Row, cols: list[float]) -> dict[int, list[Part]] | None:
    height = row.top - row.bottom
    placed: dict[int, list[Part]] = {}
    prev_col, prev = 0, None
    for word in row.words or []:
        if not any(ch.isalnum() for ch in word.text):
            continue  # a stray mark (a rule or speck read as '_' or '|'), no text of a cell
        col = max((i for i, x in enumerate(cols, start=1) if x - ALIGN <= word.left), default=0)
        if col == 0:
            return None
        if col != prev_col and prev is not None and word.left - prev.right < 0.6 * height:
            col = prev_col  # no gap: the text runs on over the column start (a merged cell)
        elif col != prev_col and abs(word.left - cols[col - 1]) > ALIGN:
            return None  # a cell's text starts at its column
        if col < prev_col:
            return None
        if col != prev_col:
            placed[col] = [word]
        else:
            last = placed[col][-1]
            placed[col][-1] = Part(last.left, word.right, last.text + " " + word.text)
        prev_col, prev = col, word
    if list(placed) == [1] and len(cols) > 1 and placed[1][-1].right > cols[1] - ALIGN / 2:
        return None  # one line across the columns: running text, not a row
    return placed


def _clusters_by(values: list[float], tolerance: float) -> list[tuple[float, int]]:
    """(mean, count) of groups of values each within `tolerance` of the previous one."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tolerance:
            out[-1].append(v)
        else:
            out.append([v])
    return [(sum(g) / len(g), len(g)) for g in out]


def pdf_rows(textpage, lines: list, taken: set[int]) -> list[Row]:
    """The page's lines as rows of parts: a line printed with wide gaps (its text holds tabs, see
    `pdf_page`) is split where PDFium's text rectangles on it are that far apart."""
    from .pdf_page import COLUMN_GAP

    runs: list[_Run] | None = None
    middles: list[float] = []
    rows = []
    for line in lines:
        if line.index in taken or line.top <= line.bottom:
            continue
        text = line.text.strip().replace(_PDFIUM_HYPHEN, "-")
        if "\t" not in text:
            rows.append(Row(line.index, line.top, line.bottom, [Part(line.left, line.right, text)]))
            continue
        if runs is None:
            runs = sorted(_runs(textpage), key=lambda r: r.top + r.bottom)
            middles = [(r.top + r.bottom) / 2 for r in runs]
        near = runs[bisect.bisect_left(middles, line.bottom) : bisect.bisect_right(middles, line.top)]
        pieces = sorted(
            (r for r in near if line.left - 1 <= r.left and r.right <= line.right + 1), key=lambda r: r.left
        )
        groups: list[list[float]] = []
        for r in pieces:
            if groups and r.left - groups[-1][1] < COLUMN_GAP * line.size:
                groups[-1][1] = max(groups[-1][1], r.right)
            else:
                groups.append([r.left, r.right])
        texts = [t.strip() for t in text.split("\t")]
        if len(groups) != len(texts):
            rows.append(Row(line.index, line.top, line.bottom, []))  # cannot be placed: ends a table
            continue
        parts = [Part(a, b, t) for (a, b), t in zip(groups, texts, strict=True)]
        rows.append(Row(line.index, line.top, line.bottom, parts))
    return rows
