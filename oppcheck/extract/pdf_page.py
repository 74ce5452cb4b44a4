"""One PDF page through PDFium: its text lines (with a cheap style sample) and its images.

Only called from `pdf.py`, after pypdfium2 has been imported. Style is sampled on the first,
middle and last visible character of each line, not on every character, so that a 12-page
document costs a few thousand cheap native calls.
"""

from __future__ import annotations

import ctypes
import re
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

from ..text import BOX_GLYPH

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18
_SCRIPT_FLAG, _ITALIC_FLAG = 1 << 3, 1 << 6  # the PDF font descriptor's Script and Italic flags
_SCRIPT_NAME = re.compile(r"script|handwrit|brush|signature|cursive", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_FORM_DEPTH = 4  # how deep to look into Form XObjects for images
MAX_HEADING_CHARS = 90  # longer lines are never headings (and their boldness is not read)
COLUMN_GAP = 1.8  # a gap this many line heights wide separates the cells of a table row printed as a line
MAX_HEADING_WORDS = 14


class Line(NamedTuple):
    """A text line as PDFium gives it: its text, 1-based index on the page, box and style sample.

    (NamedTuples rather than dataclasses here: they cost a fraction of the import time.)
    """

    text: str
    index: int
    top: float
    bottom: float
    left: float
    right: float
    size: float
    bold: bool
    shaped: bool  # short enough to be a heading, with a letter (see `heading_shaped`)
    script: bool = False  # in a handwriting font: a name set as a signature, never a heading
    italic: bool = False

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


class Box(NamedTuple):
    """An object's bounding box in PDF points (y grows upwards)."""

    left: float
    bottom: float
    right: float
    top: float


class _Styler:
    """Reads the box and boldness of single characters on one text page."""

    def __init__(self, textpage, identity: bool) -> None:
        self.textpage = textpage
        self.identity = identity  # text index == char index (no inserted or dropped characters)
        self.rect = pdfium_c.FS_RECTF()
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.edges = tuple(ctypes.c_double() for _ in range(4))  # left, top, right, bottom of a text rect

    def char(self, text_index: int) -> int:
        if self.identity:
            return text_index
        return pdfium_c.FPDFText_GetCharIndexFromTextIndex(self.textpage, text_index)

    def box(self, char: int) -> tuple[float, float, float, float] | None:
        """(left, bottom, right, top) of the character's loose box (font ascent to descent)."""
        if char < 0 or not pdfium_c.FPDFText_GetLooseCharBox(self.textpage, char, self.rect):
            return None
        r = self.rect
        return r.left, r.bottom, r.right, r.top

    def column_starts(self, first: int, last: int, min_gap: float) -> list[int]:
        """Char indexes in first..last where a part begins after a gap of at least `min_gap` points:
        the cells of a table row printed as one line ('Geboortedatum      29-05-2018')."""
        tp = self.textpage
        count = pdfium_c.FPDFText_CountRects(tp, first, last - first + 1)
        if count < 2:
            return []
        left, top, right, bottom = self.edges
        starts: list[int] = []
        prev_right = None
        for i in range(count):
            if not pdfium_c.FPDFText_GetRect(tp, i, left, top, right, bottom):
                return []
            if prev_right is not None and left.value - prev_right >= min_gap:
                starts.append(self._first_from(left.value, first, last))
            prev_right = right.value if prev_right is None else max(prev_right, right.value)
        return [c for c in starts if c > first]

    def _first_from(self, x: float, first: int, last: int) -> int:
        """The first char of first..last whose box reaches right of `x` (a row runs left to right)."""
        lo, hi = first, last
        while lo < hi:
            mid = (lo + hi) // 2
            box = self.box(mid)
            if box is not None and box[2] > x + 0.5:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def text_index(self, char: int) -> int:
        if self.identity:
            return char
        return pdfium_c.FPDFText_GetTextIndexFromCharIndex(self.textpage, char)

    def font(self, char: int) -> tuple[bool, bool, bool]:
        """(bold, italic, script) of a character's font: bold by name ('Arial-BoldMT', 'Calibri,Bold'),
        ForceBold flag or /FontWeight; italic and script (a handwriting face such as 'SegoeScript') by
        the font descriptor's flags or the name."""
        tp = self.textpage
        if char < 0:
            return False, False, False
        bold = italic = script = False
        if pdfium_c.FPDFText_GetFontInfo(tp, char, self.name, len(self.name), ctypes.byref(self.flags)):
            name, flags = self.name.value.decode("latin-1"), self.flags.value
            bold = bool(flags & _FORCE_BOLD or _BOLD_NAME.search(name))
            italic = bool(flags & _ITALIC_FLAG or _ITALIC_NAME.search(name))
            script = bool(flags & _SCRIPT_FLAG or _SCRIPT_NAME.search(name))
        return bold or pdfium_c.FPDFText_GetFontWeight(tp, char) >= 600, italic, script


def page_lines(textpage, text: str, boxes: list[DrawnBox] = ()) -> list[Line]:
    """The page's text lines in content-stream order, blank lines dropped. `textpage`: PDFium's text
    page handle (`PdfTextPage.raw`); `text`: the page's text range (with hidden text blanked, see
    `pdf_visibility`); `boxes`: tick boxes drawn as shapes (`drawn_boxes`), written into the line they
    stand on as '☒' or '☐'."""
    single = _single_units(text)  # PDFium's text indexes count UTF-16 code units: here, characters
    units = len if single else _utf16_len
    styler = _Styler(textpage, units(text) == pdfium_c.FPDFText_CountChars(textpage))
    made: list[tuple[Line, str, int]] = []
    offset = 0
    pos = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        raw = text[pos:end]
        if raw.strip():
            made.append((_make_line(raw, offset, len(made) + 1, styler, None if single else units), raw, offset))
        offset += units(raw) + (len(m.group()) if m else 0)
        pos = m.end() if m else end
    if not (boxes and single):
        return [line for line, _, _ in made]
    boxes = [b._replace(ticked=True) if _typed_into(b, made, styler) else b for b in boxes]
    lines: list[Line] = []
    for line, raw, at in made:
        on_line = [b for b in boxes if line.bottom - BOX_SLACK <= b.middle <= line.top + BOX_SLACK]
        line = _with_boxes(line, raw, at, on_line, styler) if on_line else line
        if line.text.strip():  # (a mark typed into a box later, on a line of its own, is the box's tick)
            lines.append(line._replace(index=len(lines) + 1))
    return lines


def _typed_into(box: DrawnBox, made: list[tuple[Line, str, int]], styler: _Styler) -> bool:
    """Whether a mark ('X', '✓') was typed inside the box, on any line (a form filled in afterwards)."""
    for line, raw, offset in made:
        if not (line.bottom - BOX_SLACK <= box.middle <= line.top + BOX_SLACK):
            continue
        for i, ch in enumerate(raw):
            if ch in _TICK_CHARS and (c := styler.box(styler.char(offset + i))):
                if box.left <= (c[0] + c[2]) / 2 <= box.right:
                    return True
    return False


def _make_line(raw: str, offset: int, index: int, styler: _Styler, units) -> Line:
    """A line with the box spanned by its first, middle and last visible character.

    Its size is the median of the three heights, so that a line is only 'large' when it is large
    throughout (a table row ending in a big script-font signature is not a heading). Boldness is
    only looked up for lines short enough to be a heading: the first and last character must be bold.
    `units` measures text in UTF-16 code units; None when every character is one, which also lets
    wide gaps between the parts of a line become tabs (a table row printed as a line).
    """
    body = raw.strip()
    lead = raw.index(body[0])
    mid = lead + len(body) // 2
    while raw[mid].isspace():
        mid -= 1
    if units is None:
        at_first, at_last, at_middle = offset + lead, offset + lead + len(body) - 1, offset + mid
    else:
        at_first = offset + units(raw[:lead])
        at_last = offset + units(raw[: lead + len(body)]) - 1
        at_middle = offset + units(raw[:mid])
    first, middle, last = styler.char(at_first), styler.char(at_middle), styler.char(at_last)
    boxes = [b for b in (styler.box(first), styler.box(middle), styler.box(last)) if b is not None]
    shaped = heading_shaped(body)
    if not boxes:
        return Line(raw, index, 0.0, 0.0, 0.0, 0.0, 0.0, False, shaped)
    lefts, bottoms, rights, tops = zip(*boxes, strict=True)
    heights = sorted(t - b for t, b in zip(tops, bottoms, strict=True))
    size = heights[1] if len(heights) == 3 else heights[0]
    bold = italic = script = False
    if shaped:
        at_start = styler.font(first)
        # (The last character is only looked up when the first is bold, italic or script.)
        at_end = styler.font(last) if any(at_start) else (False, False, False)
        bold, italic, script = (a and b for a, b in zip(at_start, at_end, strict=True))
    if units is None and BOX_GLYPH.search(body):
        raw = _in_x_order(raw, offset, styler)
    text = raw
    if units is None and size > 0 and 0 <= first < last and " " in body:
        starts = styler.column_starts(first, last, COLUMN_GAP * size)
        if starts:
            text = _with_tabs(raw, [p for p in (styler.text_index(c) - offset for c in starts) if lead < p < len(raw)])
    return Line(
        text, index, max(tops), min(bottoms), min(lefts), max(rights), round(size, 1), bold, shaped, script, italic
    )


def reading_order(lines: list[Line]) -> list[Line]:
    """The lines in the order a reader reads them, numbered again from 1: a run of lines the content
    stream draws after lines further down the page (the text of a frame or text box, which a word
    processor draws last) moves up into the empty band it stands in, between two earlier lines. A run
    beside earlier lines (a second column) stays where it is."""
    order = list(lines)
    i = 1
    while i < len(order):
        prev, line = order[i - 1], order[i]
        if line.bottom <= prev.top or not (line.top - line.bottom) > 0:
            i += 1  # reading on downwards
            continue
        end = i + 1
        while end < len(order) and order[end].top <= order[end - 1].bottom + BACK_UP and order[end].top > 0:
            end += 1  # the run goes on downwards
        run, earlier = order[i:end], order[:i]
        top, bottom = max(ln.top for ln in run), min(ln.bottom for ln in run)
        above = [ln for ln in earlier if ln.bottom >= top]
        below = [ln for ln in earlier if ln.top <= bottom]
        if above and below and len(above) + len(below) == len(earlier):
            at = max(order.index(ln) for ln in above) + 1  # right under the nearest line above it
            if all(order.index(ln) < at for ln in above) and all(order.index(ln) >= at for ln in below):
                order[at:at] = [order.pop(i) for _ in range(end - i)]
                i = end
                continue
        i += 1
    if order == lines:
        return lines
    return [ln._replace(index=n) for n, ln in enumerate(order, start=1)]


BACK_UP = 2.0  # points a line may start above the bottom of the one before it and still read on downwards


def stamped_values(lines: list[Line]) -> list[Line]:
    """A filled-in form whose values were stamped on it after the printed labels (a form flattened by a
    PDF editor, values typed over a printed form): the content stream draws every label first, then
    every value. A value drawn later on the same line as an earlier label, right of it, is that label's
    value: it joins the label's line after a tab, as a label and value printed in one go would read.
    (Only after a short label whose line does not run on into the next, so that a second column of
    running text stays a column.)"""
    runs_on = {id(a) for a, b in zip(lines, lines[1:], strict=False) if b.text.strip()[:1].islower()}
    out = list(lines)
    merged = False
    lowest = float("inf")  # the bottom of the lowest line drawn so far
    for line in lines:
        if line.top > line.bottom and line.top > lowest + BACK_UP:  # drawn back up the page
            label = _label_beside(out, line, runs_on)
            if label is not None:
                at = out.index(label)
                out[at] = label._replace(
                    text=f"{label.text.rstrip()}\t{line.text.strip()}",
                    top=max(label.top, line.top),
                    bottom=min(label.bottom, line.bottom),
                    right=max(label.right, line.right),
                )
                out.remove(line)
                merged = True
                continue
        if line.top > line.bottom:
            lowest = min(lowest, line.bottom)
    if not merged:
        return lines
    return [ln._replace(index=n) for n, ln in enumerate(out, start=1)]


LABEL_WORDS = 5  # a printed label beside which a value may be stamped ('Datum vaststelling')
SAME_LINE = 0.6  # share of the lower line's height two lines must overlap to stand on one line


def _label_beside(lines: list[Line], value: Line, runs_on: set[int]) -> Line | None:
    """The earlier, short line that `value` stands right of, on the same line, and that does not run on
    into the line after it (`runs_on`: the ids of lines whose next line starts in lower case)."""
    for ln in lines:
        if ln is value:
            return None
        height = min(ln.top - ln.bottom, value.top - value.bottom)
        overlap = min(ln.top, value.top) - max(ln.bottom, value.bottom)
        if (
            height > 0
            and overlap >= SAME_LINE * height
            and ln.right <= value.left
            and "\t" not in ln.text
            and len(ln.text.split()) <= LABEL_WORDS
            and (id(ln) not in runs_on or ln.text.rstrip().endswith(":"))
        ):
            return ln
    return None


class DrawnBox(NamedTuple):
    """A tick box drawn as a small square, ticked when a cross or tick is drawn inside it."""

    left: float
    bottom: float
    right: float
    top: float
    ticked: bool

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


BOX_SIDE = (5.0, 18.0)  # points: the side of a drawn tick box (a Word form's check box is ~10)
BOX_SLACK = 2.0  # points a box may stand above or below the line it belongs to
MARK_SHARE = 0.4  # of the box's side that a cross or tick inside it spans both ways


def drawn_boxes(objects: list) -> list[DrawnBox]:
    """The tick boxes drawn on the page as squares of lines (a Word form's check box in a PDF that
    LibreOffice made, a box a PDF library drew), each ticked when a path inside it crosses it.
    `objects`: as for `page_marks`."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    squares, marks = [], []
    for _, kind, handle in objects:
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH or not pdfium_c.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        box = Box(left.value, bottom.value, right.value, top.value)
        width, height = box.right - box.left, box.top - box.bottom
        if width > BOX_SIDE[1] or height > BOX_SIDE[1]:
            continue
        if BOX_SIDE[0] <= width and abs(width - height) <= 1.5 and _square(handle):
            squares.append(box)
        else:
            marks.append(box)
    found = []
    for s in squares:
        side = s.right - s.left
        ticked = any(
            s.left - 1 <= m.left
            and m.right <= s.right + 1
            and s.bottom - 1 <= m.bottom
            and m.top <= s.top + 1
            and m.right - m.left >= MARK_SHARE * side
            and m.top - m.bottom >= MARK_SHARE * side
            for m in marks
        )
        found.append(DrawnBox(s.left, s.bottom, s.right, s.top, ticked))
    return found


def _square(path) -> bool:
    """A path of four straight sides along the axes, and nothing else."""
    x, y = ctypes.c_float(), ctypes.c_float()
    count = pdfium_c.FPDFPath_CountSegments(path)
    if not 4 <= count <= 6:
        return False
    points = []
    for i in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False
        if pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            points.append((x.value, y.value))
    return all(abs(a[0] - b[0]) < 0.5 or abs(a[1] - b[1]) < 0.5 for a, b in zip(points, points[1:], strict=False))


_TICK_CHARS = frozenset("xX✓✔✗✘vV■●")  # a mark typed into a drawn box ticks it


def _with_boxes(line: Line, raw: str, offset: int, boxes: list[DrawnBox], styler: _Styler) -> Line:
    """The line with each drawn box written as '☒' or '☐' where it stands: before the text right of it
    ('☒ ja, akkoord'), or after the text left of it when that is nearer ('Akkoord ☒ Niet akkoord ☐'). A
    mark typed inside a box ('X', which ticked it: see `_typed_into`) is no text of its own."""
    chars = [(i, c) for i, ch in enumerate(raw) if not ch.isspace() and (c := styler.box(styler.char(offset + i)))]
    if not chars:
        return line
    before: dict[int, str] = {}  # glyphs to write before the character at an index
    after: dict[int, str] = {}  # and after it
    dropped: set[int] = set()
    for b in boxes:
        inside = [i for i, c in chars if b.left <= (c[0] + c[2]) / 2 <= b.right]
        dropped.update(inside)
        glyph = "☒" if b.ticked else "☐"
        right = next(((i, c) for i, c in chars if c[0] >= b.right - 1 and i not in inside), None)
        left = next(((i, c) for i, c in reversed(chars) if c[2] <= b.left + 1 and i not in inside), None)
        if right is None and left is None:
            continue
        if right is not None and (left is None or right[1][0] - b.right <= b.left - left[1][2]):
            before[right[0]] = f"{glyph} "
        else:
            after[left[0]] = f" {glyph}"
    text = "".join(before.get(i, "") + ("" if i in dropped else ch) + after.get(i, "") for i, ch in enumerate(raw))
    return line._replace(text=text, left=min([line.left, *(b.left for b in boxes)]))


def _in_x_order(raw: str, offset: int, styler: _Styler) -> str:
    """A line with box glyphs in the order a reader sees them: a fallback font's '☐'/'☒' may come
    after the whole line in the content stream ('akkoord niet akkoord ☐ ☒'). Characters without a box
    (generated spaces) stay after the character before them."""
    keyed, x = [], float("-inf")
    for i, ch in enumerate(raw):
        box = styler.box(styler.char(offset + i))
        if box is not None:
            x = box[0]
        keyed.append((x, i, ch))
    ordered = [ch for _, _, ch in sorted(keyed)]
    return "".join(ordered) if ordered != list(raw) else raw


def _with_tabs(raw: str, starts: list[int]) -> str:
    """`raw` with the blank before each of `starts` (where a cell begins) turned into one tab."""
    parts, pos = [], 0
    for start in sorted(set(starts)):
        while start < len(raw) and raw[start].isspace():
            start += 1
        gap = start
        while gap > pos and raw[gap - 1].isspace():
            gap -= 1
        if gap > pos:
            parts += [raw[pos:gap], "\t"]
            pos = start
    return "".join(parts) + raw[pos:]


def heading_shaped(text: str) -> bool:
    """Short enough to be a heading, and holding a letter."""
    return len(text) <= MAX_HEADING_CHARS and text.count(" ") < MAX_HEADING_WORDS and _LETTER.search(text) is not None


def _single_units(text: str) -> bool:
    """Whether every character of `text` is one UTF-16 code unit (nothing outside the BMP)."""
    return text.isascii() or max(text) <= "\uffff"


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (emoji) count twice."""
    return len(text) if _single_units(text) else len(text.encode("utf-16-le")) // 2


def page_images(objects: list) -> list[Box]:
    """Bounding boxes of the images drawn on the page, also inside Form XObjects. `objects`: as for
    `page_marks`."""
    return list(_marks((handle for _, _, handle in objects), _FORM_DEPTH, strokes=False))


def page_marks(objects: list) -> list[Box]:
    """Images and pen strokes on the page, in one walk: the stroked paths with curves or slanted
    segments (a signature drawn with a stylus or in a PDF editor), not a table's ruling lines.
    `objects`: the page's objects other than text as (order, kind, handle), from the walk
    `pdf_visibility.visible_text` makes."""
    return list(_marks((handle for _, _, handle in objects), _FORM_DEPTH, strokes=True))


_MIN_STROKE_SEGMENTS = 4  # slanted line segments that make a drawn stroke (a polyline signature)


def _marks(objects, depth: int, strokes: bool):
    """Boxes of the images (and, with `strokes`, the pen strokes) among `objects`, also inside Form
    XObjects."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth > 0:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
            yield from _marks(inner, depth - 1, strokes)
            continue
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                yield Box(left.value, bottom.value, right.value, top.value)
            continue
        if not strokes or kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPath_CountSegments(obj) < _MIN_STROKE_SEGMENTS:
            continue
        if not (pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) and stroke.value and not fill.value):
            continue
        if _pen_stroke(obj) and pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            yield Box(left.value, bottom.value, right.value, top.value)


def _pen_stroke(path) -> bool:
    """Open strokes of curves or slanted segments: drawn, not ruled. A path with a closed part (a
    rounded sign-here box, a circle) is a form's frame, however curved."""
    x, y = ctypes.c_float(), ctypes.c_float()
    curves = slanted = 0
    stroke: list[tuple[float, float]] = []  # the points of the current subpath
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            return False
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if _closes(stroke):
                return False
            stroke = []
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            curves += 1
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and stroke:
            dx, dy = abs(x.value - stroke[-1][0]), abs(y.value - stroke[-1][1])
            slanted += dx > 0.5 and dy > 0.5
        stroke.append((x.value, y.value))
    if _closes(stroke):
        return False
    return curves >= 2 or slanted >= _MIN_STROKE_SEGMENTS


def _closes(stroke: list[tuple[float, float]]) -> bool:
    """A subpath that ends where it began (a shape drawn without the close operator)."""
    return len(stroke) > 2 and _same_point(stroke[0], stroke[-1])


def _same_point(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 1.0 and abs(a[1] - b[1]) < 1.0
