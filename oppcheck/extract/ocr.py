"""Read scanned pages with the Tesseract program and its Dutch data (`tesseract stdin stdout -l nld`).

Input: a PDF page's embedded JPEG as it is (its real resolution, `--dpi`), else the page rendered
grey at 300 dpi and written as PGM (PNG encoding of scan noise took seconds); images given directly
come from `image`. The image goes to Tesseract on stdin, so no temporary files are written.
Tesseract runs with one thread (`OMP_THREAD_LIMIT=1`: with OpenMP on two cores it was four times
slower), with `--psm 4` (table rows are read across, so a label stays beside its value) and a
time limit per page. Its TSV output gives words with boxes and confidences.

OCR lines become `pdf_page.Line`s in PDF points and go through the same layout as PDF text
(`pdf_layout`), so paragraphs, list items and box lines come out as for a text PDF. OCR cannot see
bold, and its word boxes are noisy (in a table they take in the cell's rules), so sizes are set,
not measured: every line gets the body size, and a short numbered line ('3. Doelen',
'12 Ondertekening') a heading size by its numbering depth. Other short lines become labels later,
as short lines of a text PDF do. Lines whose words stand in the same columns over several rows
become table cells (see `pdf_tables.aligned_tables`, placed word by word). Blocks carry
`Source.OCR` (running headers and footers keep HEADER/FOOTER) and `confidence`, the mean word
confidence (0-100). Ink that is no text (a pen signature, read as an unsure, tall, wide 'word')
becomes an IMAGE block after the line beside it, as a signature image does in a PDF; the consent
check never counts a signature on a scan as proof.

When Tesseract or its Dutch data is missing, or a page fails, the page stays unread: it stays in
`doc.image_only_pages` without being in `doc.ocr_pages`, and a note says why:
`ocr-unavailable:tesseract`, `ocr-unavailable:nld`, `ocr-failed:P` (P = comma-separated pages).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from statistics import median
from typing import NamedTuple

from ..model import Block, BlockKind, Document, Location, Source
from .pdf_page import COLUMN_GAP, Line, heading_shaped

LANG = "nld"
PSM = "4"  # one column of text of varying sizes: table rows are read across, label beside value
TESSERACT_ENV = "OPPCHECK_TESSERACT"  # path of the tesseract program, when it is not on PATH
PAGE_TIMEOUT = 120.0  # seconds per page; the document's own time limit usually ends it first
_WINDOWS_PATHS = (
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
)
# Table rules read as letters: stripped from word edges ('|C.'), or dropped when alone ('Ì'), and so
# is any single character Tesseract is unsure of (a '1' or 'l' that is a cell border).
_RULES = "|¦‖"
_STRAY = {"Ì", "Í", "Î", "Ï", "!"}
STRAY_CONFIDENCE = 60.0
_NUMBERED = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2}){0,3})[.,]?\s+[^\W\d_]")  # '4,' is a misread '4.'
MAX_HEADING_WORDS = 8
INK_CONFIDENCE = 50.0
LOOSE_TOP, LOOSE_BOTTOM = 0.2, 0.1  # times the body height
INK_HEIGHT = 2.0  # times the body text height
INK_WIDTH = 4.0  # a table rule read as a letter is tall too, but narrow
PART_GAP = 1.0  # times the line height: a gap this wide may separate table cells (words are ~0.3 apart)
_SIZES = (1.35, 1.3, 1.25, 1.2)  # heading sizes by numbering depth, times the body size
_state: dict[str, str | None] = {}


class Word(NamedTuple):
    """One recognised word: text, box in image pixels (y down), confidence 0-100."""

    text: str
    left: int
    top: int
    right: int
    bottom: int
    confidence: float


class Placement(NamedTuple):
    """How image pixels map to PDF points: points per pixel and the image's top-left corner."""

    scale_x: float
    scale_y: float
    left: float
    top: float
    page_height: float
    rules: tuple[float, ...] = ()  # heights (points) of the horizontal lines a table draws on the page


@dataclass
class OcrPage:
    """What Tesseract read on one page: its lines of words, and where the image sits."""

    number: int
    placement: Placement
    lines: list[list[Word]] = field(default_factory=list)


class OcrError(Exception):
    """Tesseract failed on a page."""


class OcrTimeout(OcrError):
    """Tesseract took too long on a page."""


def unavailable() -> str | None:
    """'tesseract' when the program is not found, 'nld' when its Dutch data is missing, else None."""
    if "missing" not in _state:
        exe = tesseract_path()
        if exe is None:
            _state["missing"] = "tesseract"
        else:
            try:
                out = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, env=_env(), check=False)
                langs = (out.stdout + out.stderr).decode("utf-8", "replace").split()
                _state["missing"] = None if LANG in langs else LANG
            except (OSError, subprocess.SubprocessError):
                _state["missing"] = "tesseract"
    return _state["missing"]


def tesseract_path() -> str | None:
    """The tesseract program: $OPPCHECK_TESSERACT, else on PATH, else the Windows installer's folder."""
    configured = os.environ.get(TESSERACT_ENV)
    if configured:
        return configured if os.path.isfile(configured) else None
    found = shutil.which("tesseract")
    if found or sys.platform != "win32":
        return found
    return next((p for p in _WINDOWS_PATHS if os.path.isfile(p)), None)


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def recognise(image: bytes, dpi: int) -> list[list[Word]]:
    """The lines of words Tesseract reads in `image` (PNG, JPEG, TIFF or PNM bytes)."""
    exe = tesseract_path()
    if exe is None:
        raise OcrError("tesseract not found")
    cmd = [exe, "stdin", "stdout", "-l", LANG, "--psm", PSM, "--dpi", str(max(70, min(dpi, 1200))), "tsv"]
    try:
        out = subprocess.run(
            cmd,
            input=image,
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            env=_env(),
            check=False,
            preexec_fn=_die_with_parent(),
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrTimeout(f"over {PAGE_TIMEOUT} s") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrError(type(exc).__name__) from exc
    if out.returncode != 0:
        raise OcrError(f"tesseract exit {out.returncode}")
    return parse_tsv(out.stdout.decode("utf-8", "replace"))


def _die_with_parent():
    """On Linux, have Tesseract killed when the reading process is (a document over its time limit)."""
    if not sys.platform.startswith("linux"):
        return None
    import threading

    if threading.active_count() > 1:  # preexec_fn is only safe without threads
        return None
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def parse_tsv(tsv: str) -> list[list[Word]]:
    """Words of Tesseract's TSV output grouped by line, in reading order; table rules dropped (see _RULES)."""
    lines: dict[tuple[str, str, str, str], list[Word]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip().strip(_RULES)
        confidence = max(0.0, float(cols[10]))
        if not text or text in _STRAY or (len(text) == 1 and confidence < STRAY_CONFIDENCE):
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        word = Word(text, left, top, left + width, top + height, confidence)
        lines.setdefault((cols[1], cols[2], cols[3], cols[4]), []).append(word)
    return list(lines.values())


def _height(words: list[Word]) -> float:
    """A line's letter height: its tallest word with two letters or digits (not its span, which a
    slightly rotated scan stretches, nor dashes or stray marks)."""
    real = [w for w in words if sum(ch.isalnum() for ch in w.text) >= 2] or words
    return float(max(w.bottom - w.top for w in real))


def _heading_depth(text: str) -> int | None:
    """The depth of a short numbered line ('3. Doelen' 1, '3.2 Thuis' 2), None for other lines."""
    words = text.split()
    if not heading_shaped(text) or len(words) > MAX_HEADING_WORDS or text.rstrip().endswith((".", ",", ";", ":")):
        return None
    m = _NUMBERED.match(text)
    return min(len(re.split(r"[.,]", m.group(1))), len(_SIZES)) if m else None


class PageLines(NamedTuple):
    """One OCR page ready for the PDF layout: its lines in points, the word confidences of each
    line (by line index), the vertical spans (bottom, top) of ink that is no text, and each line
    split into its parts where a wide gap separates them (for tables, see `pdf_tables.aligned_tables`)."""

    lines: list[Line]
    confidences: dict[int, list[float]]
    ink: list[tuple[float, float]]
    rows: list  # pdf_tables.Row
    rules: tuple[float, ...] = ()


def to_lines(pages: list[OcrPage]) -> dict[int, PageLines]:
    """Each page's lines in PDF points (1-based index), with their word confidences and ink."""
    heights = [_height(ws) * p.placement.scale_y for p in pages for ws in p.lines if len(ws) >= 3]
    heights = heights or [_height(ws) * p.placement.scale_y for p in pages for ws in p.lines]
    body = round(median(heights), 1) if heights else 10.0
    out: dict[int, PageLines] = {}
    for page in pages:
        pl = page.placement
        result = PageLines([], {}, [], [], pl.rules)
        for all_words in page.lines:
            ink = [w for w in all_words if _is_ink(w, pl.scale_y, body)]
            result.ink.extend((pl.top - w.bottom * pl.scale_y, pl.top - w.top * pl.scale_y) for w in ink)
            words = [w for w in all_words if w not in ink]
            if not words:
                continue
            # Ink boxes run from the capitals to the descenders; PDF text boxes from the font's ascent
            # to its descent, a little more: widen them so that line gaps compare as for a text PDF.
            top = pl.top - min(w.top for w in words) * pl.scale_y + LOOSE_TOP * body
            bottom = pl.top - max(w.bottom for w in words) * pl.scale_y - LOOSE_BOTTOM * body
            text = _joined(words, pl.scale_x, COLUMN_GAP * (top - bottom))  # cells apart, as for a text PDF
            depth = _heading_depth(text)
            size = round(body * _SIZES[depth - 1], 1) if depth else body
            index = len(result.lines) + 1
            left = pl.left + min(w.left for w in words) * pl.scale_x
            right = pl.left + max(w.right for w in words) * pl.scale_x
            result.lines.append(Line(text, index, top, bottom, left, right, size, False, heading_shaped(text.strip())))
            result.confidences[index] = [w.confidence for w in words]
            result.rows.append(_row(words, index, top, bottom, pl))
        out[page.number] = result
    return out


def _joined(words: list[Word], scale_x: float, min_gap: float) -> str:
    """The words of a line, with a tab where a gap of at least `min_gap` points separates table cells."""
    parts = [words[0].text]
    for prev, word in zip(words, words[1:], strict=False):
        parts += ["\t" if (word.left - prev.right) * scale_x >= min_gap else " ", word.text]
    return "".join(parts)


def _row(words: list[Word], index: int, top: float, bottom: float, pl: Placement):
    """The line as a table row: its words grouped into parts where a gap is PART_GAP line heights wide."""
    from .pdf_tables import Part, Row

    min_gap = PART_GAP * (top - bottom)
    groups: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:], strict=False):
        if (word.left - prev.right) * pl.scale_x >= min_gap:
            groups.append([])
        groups[-1].append(word)
    parts = [
        Part(
            pl.left + g[0].left * pl.scale_x,
            pl.left + max(w.right for w in g) * pl.scale_x,
            " ".join(w.text for w in g),
        )
        for g in groups
    ]
    single = [Part(pl.left + w.left * pl.scale_x, pl.left + w.right * pl.scale_x, w.text) for w in words]
    return Row(index, top, bottom, parts, single)


def _is_ink(word: Word, scale: float, body: float) -> bool:
    """Handwriting, a signature or a stamp: a 'word' Tesseract is unsure of, much taller than the text
    and wide (a signature scribble in a table row was read as 'ALAN', confidence 31)."""
    tall = (word.bottom - word.top) * scale > INK_HEIGHT * body
    return word.confidence < INK_CONFIDENCE and tall and (word.right - word.left) * scale > INK_WIDTH * body


def ocr_blocks(pages: list[OcrPage]) -> dict[int, list[Block]]:
    """The blocks of the pages OCR read, laid out as PDF text is, marked as OCR with their confidence;
    ink that is no text becomes an IMAGE block after the line beside it, as an image in a PDF does."""
    from .pdf_layout import document_style, place, running_lines
    from .pdf_tables import TableReader, aligned_tables, with_tables

    read = to_lines(pages)
    numbers = [p.number for p in pages]
    style = document_style([read[n].lines for n in numbers])
    running = running_lines([read[n].lines for n in numbers], [p.placement.page_height for p in pages], style)
    blocks: dict[int, list[Block]] = {}
    tables = TableReader()
    for position, number in enumerate(numbers, start=1):
        page = read[number]
        page_running = {index: source for (n, index), source in running.items() if n == position}
        found = _tables(page, aligned_tables)
        entries = with_tables(tables, number, page.lines, found, page_running, style)
        for entry in entries:
            block = entry.block
            if block.source is Source.BODY:
                block.source = Source.OCR
            values = [c for i in range(entry.first, entry.last + 1) for c in page.confidences.get(i, [])]
            block.confidence = round(sum(values) / len(values), 1) if values else None
        ink = [(bottom, top, Block(BlockKind.IMAGE, "", Location(page=number), Source.OCR)) for bottom, top in page.ink]
        blocks[number] = place(entries, page.lines, ink)
    return blocks


def _tables(page: PageLines, aligned_tables) -> list:
    """The tables of an OCR page from its aligned columns (and its drawn rows); none when they cannot
    be made out."""
    try:
        return aligned_tables(page.rows, page.rules)
    except Exception:  # a table that cannot be read is read as lines, as before
        return []


def read_pages(doc: Document, images) -> dict[int, list[Block]]:
    """OCR the pages in `images`: (page number, attempts), where attempts yields (image bytes, dpi,
    placement) ways to see the page, the next one tried when Tesseract fails on one (not when it
    runs out of time). Images are made one at a time. Read pages go in `doc.ocr_pages`, failures
    in `doc.notes`."""
    missing = unavailable()
    if missing:
        doc.notes.append(f"ocr-unavailable:{missing}")
        return {}
    pages: list[OcrPage] = []
    failed: list[int] = []
    for number, attempts in images:
        for image, dpi, placement in attempts:
            try:
                pages.append(OcrPage(number, placement, recognise(image, dpi)))
                break
            except OcrTimeout:
                failed.append(number)
                break
            except OcrError:
                continue
        else:
            failed.append(number)
    if failed:
        doc.notes.append(f"ocr-failed:{','.join(map(str, failed))}")
    doc.ocr_pages.extend(p.number for p in pages)
    return ocr_blocks(pages) if pages else {}


RENDER_DPI = 300
MAX_PIXELS = 60_000_000  # 300 dpi A4 is 8.7 million; larger pages are rendered at a lower resolution
_COVER = 0.9  # an embedded image covering this much of the page is the scan itself
_PLAIN_COLOURS = (1, 2)  # FPDF_COLORSPACE_DEVICEGRAY, FPDF_COLORSPACE_DEVICERGB


def pdf_page_images(pdf, numbers: list[int]):
    """(page number, attempts) for each page, see `read_pages`: the page's embedded JPEG as it is
    when it is the whole page, and a grey render at 300 dpi as PGM."""
    for number in numbers:
        page = pdf[number - 1]
        try:
            yield number, _attempts(page)
        finally:
            page.close()


def _attempts(page):
    rules = _horizontal_rules(page)
    found = _embedded_jpeg(page)
    if found:
        yield found[0], found[1], found[2]._replace(rules=rules)
    data, dpi, placement = _render(page)
    yield data, dpi, placement._replace(rules=rules)


RULE_DPI = 100
RULE_LENGTH = 0.6  # inches: a dark run this long in one pixel row is a drawn line, not text
_DARK = bytes(1 if v < 200 else 0 for v in range(256))


def _horizontal_rules(page) -> tuple[float, ...]:
    """Heights (points) of the horizontal lines drawn on a scanned page (a table's rows), from a grey
    render at RULE_DPI: pixel rows holding a long dark run, neighbouring rows taken together. (A
    slightly turned scan breaks a line into runs over a few rows, hence runs, not whole rows.)"""
    scale = RULE_DPI / 72
    try:
        bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
    except Exception:  # no lines then: rows are told apart by their text alone
        return ()
    try:
        buffer, width, height, stride = bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride
    finally:
        bitmap.close()
    run = re.compile(b"\x01{%d,}" % int(RULE_LENGTH * RULE_DPI))
    found: list[list[int]] = []
    for y in range(height):
        if run.search(buffer[y * stride : y * stride + width].translate(_DARK)):
            if found and y - found[-1][-1] <= 3:
                found[-1].append(y)
            else:
                found.append([y])
    return tuple(round((height - sum(ys) / len(ys)) / scale, 1) for ys in found)


def _embedded_jpeg(page) -> tuple[bytes, int, Placement] | None:
    """The page's one image, when it is a grey or RGB JPEG placed upright over (nearly) the whole page."""
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360:
        return None
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4))
    if len(images) != 1:
        return None
    image = images[0]
    try:
        a, b, c, d, e, f = image.get_matrix().get()
        width, height = image.get_px_size()
        if b or c or a <= 0 or d <= 0 or width * height > MAX_PIXELS:
            return None
        if image.get_filters(skip_simple=True) != ["DCTDecode"]:
            return None
        if image.get_metadata().colorspace not in _PLAIN_COLOURS:  # CMYK, ICC, indexed: let PDFium draw it
            return None
        page_width, page_height = page.get_size()
        if a * d < _COVER * page_width * page_height:
            return None
        data = bytes(image.get_data(decode_simple=True))
    except Exception:  # an odd image object: render the page instead
        return None
    dpi = round(width / (a / 72))
    return data, dpi, Placement(a / width, d / height, e, f + d, page_height)


def _render(page) -> tuple[bytes, int, Placement]:
    width, height = page.get_size()
    scale = min(RENDER_DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=False)
    try:
        data = pgm(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride)
        shown_height = bitmap.height / scale  # the page as shown, after its /Rotate
    finally:
        bitmap.close()
    return data, round(scale * 72), Placement(1 / scale, 1 / scale, 0.0, shown_height, shown_height)


def pgm(buffer: bytes, width: int, height: int, stride: int) -> bytes:
    """A grey image as binary PGM (P5): cheap to write, read by Tesseract without conversion."""
    rows = buffer if stride == width else b"".join(buffer[y * stride : y * stride + width] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows
