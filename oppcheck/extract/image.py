"""Read a PNG, JPEG or TIFF (also a multi-page TIFF) given directly: every page is read with OCR.

Pillow (the `ocr` extra) opens the image, checks its size and splits a TIFF into pages. A single
JPEG or PNG goes to Tesseract as it is, at its own resolution; a TIFF page, or a photo that its
EXIF data says to turn, goes as a grey PGM. The resolution is the file's own (dpi) when plausible,
else estimated as if the image were an A4 page.

Every page is in `doc.image_only_pages`; the pages OCR read are in `doc.ocr_pages`. Without
Pillow the file counts as one unread page with the note `ocr-unavailable:pillow`.
"""

from __future__ import annotations

import io
import warnings

from ..errors import ReadError
from ..model import Document
from . import ReadOptions

# A 300 dpi A4 page is 8.7 million pixels, an A4 page at 600 dpi 35 million. Checked per page after
# opening; Pillow's own guard (Image.MAX_IMAGE_PIXELS, not changed here) stops the wildest claims.
MAX_PIXELS = 60_000_000
MAX_PAGES = 500
A4_LONG_SIDE_INCH = 11.69
_DPI_RANGE = (70, 1200)
_AS_IS = {"JPEG", "PNG"}
_ORIENTATION = 0x0112  # EXIF tag: how a phone photo must be turned


def read(path: str, data: bytes, options: ReadOptions) -> Document:
    """Read the image in `data` with OCR; raise ReadError for a damaged or oversized image."""
    doc = Document(path=path, format="image")
    try:
        from PIL import Image
    except ImportError:
        doc.pages, doc.image_only_pages = 1, [1]
        doc.notes.append("ocr-unavailable:pillow")
        return doc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # size is checked below; odd EXIF data is not the user's business
            image = Image.open(io.BytesIO(data))
            pages = getattr(image, "n_frames", 1)
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise _error(exc) from exc
    if pages > MAX_PAGES:
        raise ReadError("too_complex")
    doc.pages = pages
    doc.image_only_pages = list(range(1, pages + 1))
    if not options.ocr:
        return doc
    from .ocr import read_pages

    for blocks in read_pages(doc, _pages(image, data)).values():
        doc.blocks.extend(blocks)
    return doc


def _error(exc: Exception) -> ReadError:
    from PIL import Image

    if isinstance(exc, Image.DecompressionBombError):
        return ReadError("too_complex")
    return ReadError("corrupt")


def _pages(image, data: bytes):
    """(page number, [(image bytes, dpi, placement)]) for each page of the image, one at a time."""
    from PIL import Image, ImageOps

    from .ocr import Placement, pgm

    frames = getattr(image, "n_frames", 1)
    for index in range(frames):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                image.seek(index)
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise ReadError("too_complex")
                dpi = _dpi(image.info.get("dpi"), width, height)
                turn = image.getexif().get(_ORIENTATION, 1) if image.format == "JPEG" else 1
                if image.format in _AS_IS and frames == 1 and turn == 1 and not _transparent(image):
                    payload = data
                else:
                    grey = _grey(ImageOps.exif_transpose(image) if turn != 1 else image)
                    width, height = grey.size
                    payload = pgm(grey.tobytes(), width, height, width)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
            raise _error(exc) from exc
        scale = 72 / dpi
        yield index + 1, [(payload, dpi, Placement(scale, scale, 0.0, height * scale, height * scale))]


def _transparent(image) -> bool:
    return "A" in image.mode or "transparency" in image.info


def _grey(image):
    """The page in grey, transparent parts white (as on paper), not black."""
    from PIL import Image

    if _transparent(image):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        paper.alpha_composite(rgba)
        image = paper
    return image.convert("L")


def _dpi(value, width: int, height: int) -> int:
    """The image's own resolution when plausible, else that of an A4 page of this size."""
    try:
        dpi = round(float(value[0]))
    except (TypeError, ValueError, IndexError):
        dpi = 0
    if _DPI_RANGE[0] <= dpi <= _DPI_RANGE[1]:
        return dpi
    guess = round(max(width, height) / A4_LONG_SIDE_INCH)
    return max(_DPI_RANGE[0], min(guess, _DPI_RANGE[1]))
