"""What a reader can see on a PDF page: text that is drawn but cannot be seen never counts.

PDFium's text page holds every character of the content stream, also text that no viewer shows:
white (or background-coloured) text, text under a filled shape drawn later, text clipped away or
placed off the page, text in an optional-content layer that is switched off, text in render mode 3
('invisible') and text of about 1 pt. Such text could make an element look present ("Ouders gaan
akkoord ... w.g. ... Datum") while the parent sees a blank line.

The test is what the page looks like: the page is rendered twice at 36 dpi in grey, once as it is
and once with every text object switched to render mode 3. A text object whose box shows no
difference between the two left no visible ink: it is hidden, whatever the trick. Text smaller than
MIN_FONT_POINTS is hidden too. Invisible text over an image that shows something there (the OCR
layer of a scanned page) is the one kind of unseen text that counts: it stands for the scan's own
text. Invisible text over a blank image is hidden.

Most pages need no render. When every text object is plainly printed (see `_plain`: render mode
fill, opaque (no alpha, soft mask or blend mode), at least CONTRAST grey levels darker than white,
no optional-content mark, no clip path, inside the crop box, glyphs with a box; at most COVER_SHARE
of its box overlapped, all together, by whatever is drawn after it, by images, and by shapes under
it in a colour within CONTRAST of its own) on a page without Form XObjects, shadings or annotations,
the renders are skipped; text under MIN_FONT_POINTS is hidden either way. The font of each text object
must also draw an outline for the object's first printed character (`_glyph_inks`: a Type 3 font or an
empty glyph sends the page to the render). Any other page is rendered and judged by its ink as before.
What this shortcut still trusts, and the render would not: that a font whose glyph for the first
character of an object has an outline draws the object's other characters too.

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
CONTRAST = 96  # grey levels (of 255) between text and what is under it for the text to be plainly seen
COVER_SHARE = 0.15  # share of a text object's box that other objects may overlap before a render decides
_CELL_W, _CELL_H = 160.0, 24.0  # points: the grid in which shapes look for the text objects they overlap
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
    order: int  # index among the page's own objects (the order drawn); -1 inside a Form XObject


def visible_text(page, textpage, text: str, others: list | None = None) -> tuple[str, int | None]:
    """`text` (the page's whole text range) with the characters of hidden text replaced by spaces,
    and the number of hidden text objects that held more than spaces (None: the page could not be
    rendered, so whether all its text can be seen is not known; the text is then kept as it is).
    `others` receives the page's own objects that are not text, as (order, kind, handle), so that
    the images, strokes and table rules can be read without another walk over the page."""
    others = [] if others is None else others
    objects = list(_text_objects(_page_objects(page.raw), _IDENTITY, _FORM_DEPTH, others))
    if not objects:
        return text, 0
    try:
        plain = _plain(page, textpage.raw, objects, others)
    except Exception:  # noqa: BLE001 - whatever the shortcut cannot read, the render decides
        plain = False
    if plain:
        hidden = {obj.address for obj in objects if obj.size < MIN_FONT_POINTS}
        return _blank(textpage, text, hidden) if hidden else (text, 0)
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

                images = page_images(others)
            if rect is not None and _printed(bare, width, rect) and any(_overlap(obj.box, i) >= 0.5 for i in images):
                continue  # the OCR layer of a scan: the text the image under it shows
        hidden.add(obj.address)
    if not hidden:
        return text, 0
    return _blank(textpage, text, hidden)


def _page_objects(page):
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        yield i, pdfium_c.FPDFPage_GetObject(page, i)


def _form_objects(form):
    for i in range(pdfium_c.FPDFFormObj_CountObjects(form)):
        yield -1, pdfium_c.FPDFFormObj_GetObject(form, i)


def _text_objects(objects, outer: tuple, depth: int, others: list | None = None):
    """Every text object, also inside Form XObjects, with its box in page space. `others` (for the
    page's own objects) receives (order, kind, handle) of every object that is not text."""
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
    for order, obj in objects:
        kind = get_type(obj)
        if kind != text_kind and others is not None:
            others.append((order, kind, obj))
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
            yield _TextObject(obj, address, box, printed, get_mode(obj), order)
        elif kind == form_kind and depth > 0 and get_matrix(obj, matrix):
            inner = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            yield from _text_objects(_form_objects(obj), _compose(inner, outer), depth - 1)


def _plain(page, textpage, objects: list[_TextObject], others: list) -> bool:
    """Whether every text object on the page is plainly printed, so that no render is needed to know
    it can be seen (text under MIN_FONT_POINTS aside, which is hidden either way). See the module
    docstring; anything this does not know answers False, and the page is rendered."""
    raw = page.raw
    width, height = page.get_size()
    if max(width, height) * SCALE > MAX_PIXELS or pdfium_c.FPDFPage_GetAnnotCount(raw) != 0:
        return False
    crop = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDF_GetPageBoundingBox(raw, crop):
        return False
    rgba = tuple(ctypes.c_uint() for _ in range(4))
    greys: list[int] = []
    inked: dict[tuple[int, str], bool] = {}
    buffer = _TextBuffer()
    for obj in objects:
        if obj.order < 0 or obj.mode != pdfium_c.FPDF_TEXTRENDERMODE_FILL:
            return False
        if obj.size >= MIN_FONT_POINTS and not _glyph_inks(obj.handle, textpage, inked, buffer):
            return False  # a font whose glyphs may draw nothing (a Type 3 font, empty outlines)
        left, bottom, right, top = obj.box  # the glyphs' own boxes: a '.' is about 1.4 points square
        if obj.size >= MIN_FONT_POINTS and (
            left < crop.left
            or right > crop.right
            or bottom < crop.bottom
            or top > crop.top
            or ((right <= left or top <= bottom) and _has_text(obj.handle, textpage))
        ):
            return False  # off the crop box, or characters with glyphs that draw nothing
        grey = _grey(obj.handle, pdfium_c.FPDFPageObj_GetFillColor, rgba)
        if grey is None or grey > 255 - CONTRAST or _optional(obj.handle) or _clipped(obj.handle):
            return False
        greys.append(grey)
    shapes = []  # (order, box, grey of its fill, grey of its stroke (-1: none), always a risk)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    edges = tuple(ctypes.c_float() for _ in range(4))
    for order, kind, handle in others:
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            return False  # a form XObject, a shading or an unknown object: the render decides
        if not pdfium_c.FPDFPageObj_GetBounds(handle, *edges):
            return False
        box = tuple(e.value for e in edges)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE or not pdfium_c.FPDFPath_GetDrawMode(handle, fill, stroke):
            shapes.append((order, box, None, None, True))
            continue
        filled = _grey(handle, pdfium_c.FPDFPageObj_GetFillColor, rgba) if fill.value else -1
        stroked = _grey(handle, pdfium_c.FPDFPageObj_GetStrokeColor, rgba) if stroke.value else -1
        shapes.append((order, box, filled, stroked, filled is None or stroked is None))
    return _uncovered(objects, greys, shapes)


def _glyph_inks(handle, textpage, inked: dict[tuple[int, str], bool], buffer: _TextBuffer) -> bool:
    """Whether the font of a text object draws an outline for the object's first printed character
    (PDFium gives no outline for a Type 3 font or an empty glyph: the render must look)."""
    font = pdfium_c.FPDFTextObj_GetFont(handle)
    if not font:
        return False
    text = buffer.text(handle, textpage)
    char = next((c for c in text if not c.isspace()), None)
    if char is None:
        return True  # nothing printed
    key = (ctypes.addressof(font.contents), char)
    if key not in inked:
        path = pdfium_c.FPDFFont_GetGlyphPath(font, ord(char), 10.0)
        inked[key] = bool(path) and pdfium_c.FPDFGlyphPath_CountGlyphSegments(path) > 0
    return inked[key]


class _TextBuffer:
    """One buffer for the text of a page's text objects, grown when an object's text does not fit:
    PDFium fills it in the same call that gives the length (a buffer per object cost more than the
    call itself)."""

    def __init__(self, size: int = 512) -> None:
        self._grow(size)

    def _grow(self, size: int) -> None:
        self.size = size  # in bytes, as PDFium counts
        self._array = (pdfium_c.FPDF_WCHAR * (size // 2 + 1))()
        self.pointer = ctypes.cast(self._array, ctypes.POINTER(pdfium_c.FPDF_WCHAR))

    def text(self, handle, textpage) -> str:
        """The text of one text object."""
        size = pdfium_c.FPDFTextObj_GetText(handle, textpage, self.pointer, self.size)
        if size > self.size:
            self._grow(size)
            size = pdfium_c.FPDFTextObj_GetText(handle, textpage, self.pointer, self.size)
        if size <= 2:  # UTF-16 with its terminator
            return ""
        return ctypes.string_at(self.pointer, size - 2).decode("utf-16-le", errors="replace")


def _grey(handle, get_colour, rgba: tuple) -> int | None:
    """The object's fill or stroke colour as the grey level a grey render gives it (None: not opaque
    (an alpha, a soft mask or a blend mode), or not known)."""
    if pdfium_c.FPDFPageObj_HasTransparency(handle):
        return None
    r, g, b, a = rgba
    if not get_colour(handle, r, g, b, a) or a.value < 255:
        return None
    return (r.value * 30 + g.value * 59 + b.value * 11) // 100


def _has_text(handle, textpage) -> bool:
    """Whether the text object holds any character (an empty one is drawn by some producers)."""
    return pdfium_c.FPDFTextObj_GetText(handle, textpage, None, 0) > 2  # UTF-16 with its terminator


def _optional(handle) -> bool:
    """Whether the object sits in marked content of an optional-content layer (/OC), which may be off."""
    count = pdfium_c.FPDFPageObj_CountMarks(handle)
    if count <= 0:
        return False
    name = (pdfium_c.FPDF_WCHAR * 8)()
    length = ctypes.c_ulong()
    for i in range(count):
        mark = pdfium_c.FPDFPageObj_GetMark(handle, i)
        if not mark or not pdfium_c.FPDFPageObjMark_GetName(mark, name, ctypes.sizeof(name), length):
            return True  # a mark that cannot be read may be a layer
        if length.value == 6 and tuple(name[:2]) == (ord("O"), ord("C")):
            return True
    return False


def _clipped(handle) -> bool:
    """Whether the object has a clip path (which may leave nothing of it)."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(handle)
    return bool(clip) and pdfium_c.FPDFClipPath_CountPaths(clip) != -1


def _uncovered(objects: list[_TextObject], greys: list[int], shapes: list) -> bool:
    """Whether no text object has more than COVER_SHARE of its box overlapped by what could hide it:
    anything drawn after it, an image, or a shape under it in a colour close to the text's own.

    Text objects are filed in a grid of _CELL_W by _CELL_H points (a line of text is wide and low),
    so that a shape meets only those near it; text objects meet each other in a sweep by their lower
    edge (on a page of lines and table cells, a text object's neighbours in its row)."""
    covered = [0.0] * len(objects)

    def cover(i: int, order: int, filled: int, stroked: int, risky: bool, area: float) -> None:
        grey = greys[i]
        if (
            risky
            or order > objects[i].order
            or (filled >= 0 and abs(filled - grey) < CONTRAST)
            or (stroked >= 0 and abs(stroked - grey) < CONTRAST)
        ):
            covered[i] += area

    grid: dict[tuple[int, int], list[int]] = {}
    for i, obj in enumerate(objects):
        left, bottom, right, top = obj.box
        for x in range(int(left // _CELL_W), int(right // _CELL_W) + 1):
            for y in range(int(bottom // _CELL_H), int(top // _CELL_H) + 1):
                grid.setdefault((x, y), []).append(i)
    for order, (left, bottom, right, top), filled, stroked, risky in shapes:
        near: set[int] = set()
        for x in range(int(left // _CELL_W), int(right // _CELL_W) + 1):
            for y in range(int(bottom // _CELL_H), int(top // _CELL_H) + 1):
                near.update(grid.get((x, y), ()))
        for i in near:
            tl, tb, tr, tt = objects[i].box
            w = (right if right < tr else tr) - (left if left > tl else tl)
            h = (top if top < tt else tt) - (bottom if bottom > tb else tb)
            if w > 0 and h > 0:
                cover(i, order, filled, stroked, risky, w * h)
    rows = sorted((obj.box[1], obj.box[3], obj.box[0], obj.box[2], i) for i, obj in enumerate(objects))
    count = len(rows)
    for a in range(count):
        _, top, left, right, i = rows[a]
        for b in range(a + 1, count):
            b_bottom, b_top, b_left, b_right, j = rows[b]
            if b_bottom >= top:
                break
            w = (right if right < b_right else b_right) - (left if left > b_left else b_left)
            h = (top if top < b_top else b_top) - b_bottom
            if w > 0 and h > 0:  # the one drawn later may hide the other
                later, earlier = (i, j) if objects[i].order > objects[j].order else (j, i)
                cover(earlier, objects[later].order, -1, -1, False, w * h)
    return all(
        covered[i] <= COVER_SHARE * (obj.box[2] - obj.box[0]) * (obj.box[3] - obj.box[1])
        for i, obj in enumerate(objects)
    )


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
