"""What a reader can see on a PDF page: text that is drawn but cannot be seen never counts.

PDFium's text page holds every character of the content stream, also text that no viewer shows:
white (or background-coloured) text, text under a filled shape drawn later, text clipped away or
placed off the page, text in an optional-content layer that is switched off, text in render mode 3
('invisible') and text of about 1 pt. Such text could make an element look present ("Ouders gaan
akkoord ... w.g. ... Datum") while the parent sees a blank line.

The test is what the page looks like: the page is rendered twice at 72 dpi in grey, once as it is
and once with every text object switched to render mode 3. A text object whose box shows no
difference between the two left no visible ink: it is hidden, whatever the trick. Text smaller than
MIN_FONT_POINTS is hidden too. Invisible text over an image that shows something there (the OCR
layer of a scanned page) is the one kind of unseen text that counts: it stands for the scan's own
text. Invisible text over a blank image is hidden.

`visible_text` replaces the characters of hidden text objects by spaces, so that every index into
the page text stays valid for the line reader (`pdf_page.page_lines`).
"""

from __future__ import annotations

import ctypes
import math
import sys
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

SCALE = 0.5  # 36 dpi: a 6 pt line is 3 pixels high, enough to see its ink, and cheap to render
MAX_PIXELS = 4000  # a page larger than this at SCALE is rendered smaller (small text then counts as hidden)
MIN_FONT_POINTS = 2.5  # text printed smaller than this is not meant to be read
_FORM_DEPTH = 8
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_INVISIBLE = pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
# Grey levels in steps of 32: a difference that stays within one step (white on white, or text at
# the colour of what is under it) is no ink.
_LEVELS = bytes(v >> 5 for v in range(256))


class _TextObject(NamedTuple):
    handle: object
    address: int
    box: tuple[float, float, float, float]  # left, bottom, right, top in page space
    size: float  # font size in points, as printed (text matrix and enclosing forms included)
    mode: int


def visible_text(page, textpage, text: str) -> tuple[str, int | None]:
    """`text` (the page's whole text range) with the characters of hidden text replaced by spaces,
    and the number of hidden text objects that held more than spaces (None: the page could not be
    rendered, so whether all its text can be seen is not known; the text is then kept as it is)."""
    objects = list(_text_objects(_page_objects(page.raw), _IDENTITY, _FORM_DEPTH))
    if not objects:
        return text, 0
    try:
        shown, bare, width, height = _renders(page, objects)
    except Exception:  # noqa: BLE001 - PDFium could not render the page (memory, damage): say so
        return text, None
    to_device = _device_transform(page, width, height)
    pixels = _pixels_axis_aligned if to_device[1] == 0 and to_device[2] == 0 else _pixels
    images = None
    hidden: set[int] = set()
    for obj in objects:
        if obj.size < MIN_FONT_POINTS:
            hidden.add(obj.address)
            continue
        rect = pixels(to_device, obj.box, width, height)
        if rect is not None and _inked(shown, bare, width, rect):
            continue
        if obj.mode == _INVISIBLE:
            if images is None:
                from .pdf_page import page_images

                images = page_images(page)
            if rect is not None and _printed(bare, width, rect) and any(_overlap(obj.box, i) >= 0.5 for i in images):
                continue  # the OCR layer of a scan: the text the image under it shows
        hidden.add(obj.address)
    if not hidden:
        return text, 0
    return _blank(textpage, text, hidden)


def _page_objects(page):
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        yield pdfium_c.FPDFPage_GetObject(page, i)


def _form_objects(form):
    for i in range(pdfium_c.FPDFFormObj_CountObjects(form)):
        yield pdfium_c.FPDFFormObj_GetObject(form, i)


def _text_objects(objects, outer: tuple, depth: int):
    """Every text object, also inside Form XObjects, with its box in page space."""
    get_type, get_bounds = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds
    get_size, get_matrix = pdfium_c.FPDFTextObj_GetFontSize, pdfium_c.FPDFPageObj_GetMatrix
    get_mode, address_of = pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.addressof
    text_kind, form_kind = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM
    matrix = pdfium_c.FS_MATRIX()
    left, bottom, right, top = edges = tuple(ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    size_ref = ctypes.byref(size)
    identity = outer == _IDENTITY  # the page's own objects: their boxes are in page space already
    outer_scale = math.sqrt(abs(outer[0] * outer[3] - outer[1] * outer[2]))
    for obj in objects:
        kind = get_type(obj)
        if kind == text_kind:
            if not get_bounds(obj, *edges):
                continue
            if identity:  # what `_transform_box` gives for the identity matrix, without its arithmetic
                x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
                box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            else:
                box = _transform_box(outer, left.value, bottom.value, right.value, top.value)
            if not get_size(obj, size_ref):
                size.value = 0.0
            scale = 1.0
            if get_matrix(obj, matrix):
                scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
            printed = size.value * scale * outer_scale
            address = address_of(obj.contents) if obj else 0
            yield _TextObject(obj, address, box, printed, get_mode(obj))
        elif kind == form_kind and depth > 0 and get_matrix(obj, matrix):
            inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            yield from _text_objects(_form_objects(obj), _compose(inner, outer), depth - 1)


def _compose(m: tuple, n: tuple) -> tuple:
    """The matrix that applies `m`, then `n` (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _transform_box(m: tuple, left: float, bottom: float, right: float, top: float) -> tuple:
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _renders(page, objects: list[_TextObject]) -> tuple[bytes, bytes, int, int]:
    """The page in grey levels as it is, and without any text (stride == width, one byte a pixel)."""
    shown, width, height = _render(page)
    modes = [(obj.handle, obj.mode) for obj in objects]
    try:
        for handle, _ in modes:
            pdfium_c.FPDFTextObj_SetTextRenderMode(handle, _INVISIBLE)
        bare, _, _ = _render(page)
    finally:
        for handle, mode in modes:
            if mode >= 0:
                pdfium_c.FPDFTextObj_SetTextRenderMode(handle, mode)
    return shown, bare, width, height


def _render(page) -> tuple[bytes, int, int]:
    width, height = page.get_size()
    scale = min(SCALE, MAX_PIXELS / max(width, height, 1.0))  # a giant page must not escape the test
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    bitmap.close()
    if stride != width:
        raw = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    return raw, width, height


def _device_transform(page, width: int, height: int) -> tuple:
    """The affine map from page space to bitmap pixels (crop box and rotation included)."""
    points = []
    dx, dy = ctypes.c_int(), ctypes.c_int()
    for x, y in ((0.0, 0.0), (1000.0, 0.0), (0.0, 1000.0)):
        pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y, dx, dy)
        points.append((dx.value, dy.value))
    (x0, y0), (x1, y1), (x2, y2) = points
    return (x1 - x0) / 1000, (y1 - y0) / 1000, (x2 - x0) / 1000, (y2 - y0) / 1000, x0, y0


def _pixels(m: tuple, box: tuple, width: int, height: int) -> tuple[int, int, int, int] | None:
    """The box in bitmap pixels (x0, y0, x1, y1), one pixel wider on each side and clipped to the
    bitmap; None when it lies off the page."""
    left, bottom, right, top = box
    a, b, c, d, e, f = m
    xs = [a * x + c * y + e for x, y in ((left, bottom), (right, top), (left, top), (right, bottom))]
    ys = [b * x + d * y + f for x, y in ((left, bottom), (right, top), (left, top), (right, bottom))]
    x0, x1 = max(0, math.floor(min(xs)) - 1), min(width, math.ceil(max(xs)) + 1)
    y0, y1 = max(0, math.floor(min(ys)) - 1), min(height, math.ceil(max(ys)) + 1)
    if x0 >= x1 or y0 >= y1:
        return None
    return x0, y0, x1, y1


def _pixels_axis_aligned(m: tuple, box: tuple, width: int, height: int) -> tuple[int, int, int, int] | None:
    """`_pixels` for a page that is not rotated (the map has no shear): the same result, with less arithmetic."""
    left, bottom, right, top = box
    a, _, _, d, e, f = m
    xa, xb, ya, yb = a * left + e, a * right + e, d * bottom + f, d * top + f
    x0, x1 = max(0, math.floor(min(xa, xb)) - 1), min(width, math.ceil(max(xa, xb)) + 1)
    y0, y1 = max(0, math.floor(min(ya, yb)) - 1), min(height, math.ceil(max(ya, yb)) + 1)
    if x0 >= x1 or y0 >= y1:
        return None
    return x0, y0, x1, y1


def _inked(shown: bytes, bare: bytes, width: int, rect: tuple[int, int, int, int]) -> bool:
    """Whether the text left a visible mark anywhere in `rect`: a pixel that differs by more than a
    faint shade between the page with and without its text."""
    x0, y0, x1, y1 = rect
    for y in range(y0, y1):
        start = y * width
        with_text, without = shown[start + x0 : start + x1], bare[start + x0 : start + x1]
        if with_text != without and with_text.translate(_LEVELS) != without.translate(_LEVELS):
            return True
    return False


def _printed(bare: bytes, width: int, rect: tuple[int, int, int, int]) -> bool:
    """Whether the page without its text shows something in `rect`: not one flat shade, as a scanned
    line of text is not (a blank image under invisible text shows nothing)."""
    x0, y0, x1, y1 = rect
    levels = b"".join(bare[y * width + x0 : y * width + x1] for y in range(y0, y1)).translate(_LEVELS)
    return bool(levels) and max(levels) > min(levels)


def _overlap(box: tuple, image) -> float:
    """The share of `box` that `image` covers."""
    left, bottom, right, top = box
    w = min(right, image.right) - max(left, image.left)
    h = min(top, image.top) - max(bottom, image.bottom)
    area = max(right - left, 0.01) * max(top - bottom, 0.01)
    return max(w, 0.0) * max(h, 0.0) / area


def _blank(textpage, text: str, hidden: set[int]) -> tuple[str, int]:
    """`text` with every character of a hidden text object replaced by a space, and how many text
    objects lost a character (a hidden object of spaces alone, as some producers write, is no news).

    PDFium's text indexes count UTF-16 code units, so the text is edited as code units."""
    tp = textpage.raw
    codec = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"
    units = memoryview(bytearray(text.encode(codec, errors="surrogatepass"))).cast("H")
    space = ord(" ")
    blanked: set = set()
    for char in range(pdfium_c.FPDFText_CountChars(tp)):
        obj = pdfium_c.FPDFText_GetTextObject(tp, char)
        if not obj or ctypes.addressof(obj.contents) not in hidden:
            continue
        index = pdfium_c.FPDFText_GetTextIndexFromCharIndex(tp, char)
        if 0 <= index < len(units) and units[index] not in (9, 10, 13, 32):
            units[index] = space
            blanked.add(ctypes.addressof(obj.contents))
    return units.cast("B").tobytes().decode(codec, errors="replace"), len(blanked)
