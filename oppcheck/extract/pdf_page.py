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

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18
_LETTER = re.compile(r"[^\W\d_]")
_FORM_DEPTH = 4  # how deep to look into Form XObjects for images
MAX_HEADING_CHARS = 90  # longer lines are never headings (and their boldness is not read)
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

    def bold(self, char: int) -> bool:
        """Bold by font name ('Arial-BoldMT', 'Calibri,Bold'), ForceBold flag or /FontWeight."""
        tp = self.textpage
        if char < 0:
            return False
        if pdfium_c.FPDFText_GetFontInfo(tp, char, self.name, len(self.name), ctypes.byref(self.flags)):
            if self.flags.value & _FORCE_BOLD or _BOLD_NAME.search(self.name.value.decode("latin-1")):
                return True
        return pdfium_c.FPDFText_GetFontWeight(tp, char) >= 600


def page_lines(textpage) -> list[Line]:
    """The page's text lines in content-stream order, blank lines dropped."""
    text = textpage.get_text_range()
    styler = _Styler(textpage, _utf16_len(text) == pdfium_c.FPDFText_CountChars(textpage))
    lines: list[Line] = []
    offset = 0  # position in UTF-16 code units, the unit PDFium's text indexes count in
    pos = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        raw = text[pos:end]
        if raw.strip():
            lines.append(_make_line(raw, offset, len(lines) + 1, styler))
        offset += _utf16_len(raw) + (len(m.group()) if m else 0)
        pos = m.end() if m else end
    return lines


def _make_line(raw: str, offset: int, index: int, styler: _Styler) -> Line:
    """A line with the box spanned by its first, middle and last visible character.

    Its size is the median of the three heights, so that a line is only 'large' when it is large
    throughout (a table row ending in a big script-font signature is not a heading). Boldness is
    only looked up for lines short enough to be a heading: the first and last character must be bold.
    """
    body = raw.strip()
    lead = raw.index(body[0])
    mid = lead + len(body) // 2
    while raw[mid].isspace():
        mid -= 1
    first = styler.char(offset + _utf16_len(raw[:lead]))
    last = styler.char(offset + _utf16_len(raw[: lead + len(body)]) - 1)
    middle = styler.char(offset + _utf16_len(raw[:mid]))
    boxes = [b for b in (styler.box(first), styler.box(middle), styler.box(last)) if b is not None]
    if not boxes:
        return Line(raw, index, 0.0, 0.0, 0.0, 0.0, 0.0, False, heading_shaped(body))
    heights = sorted(b[3] - b[1] for b in boxes)
    size = heights[1] if len(heights) == 3 else heights[0]
    shaped = heading_shaped(body)
    bold = shaped and styler.bold(first) and styler.bold(last)
    return Line(raw, index, max(b[3] for b in boxes), min(b[1] for b in boxes), min(b[0] for b in boxes),
                max(b[2] for b in boxes), round(size, 1), bold, shaped)


def heading_shaped(text: str) -> bool:
    """Short enough to be a heading, and holding a letter."""
    return (len(text) <= MAX_HEADING_CHARS and text.count(" ") < MAX_HEADING_WORDS
            and _LETTER.search(text) is not None)


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units: characters outside the BMP (emoji) count twice."""
    if text.isascii() or max(text) <= "\uffff":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def page_images(page) -> list[Box]:
    """Bounding boxes of the images drawn on the page, also inside Form XObjects."""
    count = pdfium_c.FPDFPage_CountObjects(page)
    objects = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(count))
    return list(_images(objects, _FORM_DEPTH))


def _images(objects, depth: int):
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                yield Box(left.value, bottom.value, right.value, top.value)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth > 0:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
            yield from _images(inner, depth - 1)
