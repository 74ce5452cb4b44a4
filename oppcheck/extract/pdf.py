"""Read a PDF into a Document with PDFium (pypdfium2): page text, images and form fields.

Blocks come in content-stream order per page: headings, paragraphs, list items and checkbox lines
(see `pdf_layout`), table cells where the page draws a table or aligns its text in columns (see
`pdf_tables`), with images and form fields placed after the text line just above them.
Pages without text but with an image are listed in `doc.image_only_pages`; they are read with OCR
(see `ocr`) unless `options.ocr` is off, and those read are listed in `doc.ocr_pages`.
pypdf is only imported for a form with digital signatures (see `pdf_signatures`).

Notes (doc.notes): encrypted:owner-password-only | encrypted:user-password; acroform, xfa,
form-fields:N, signature-fields:N, signed-fields:N, changed-after-signing:NAMES, acroform-unreadable;
unreadable-pages:P, pages-without-text:P, full-page-image-with-text:P, hidden-text:P (text no reader
can see was left out, see `pdf_visibility`), visibility-unknown:P (P = comma-separated pages).
"""

from __future__ import annotations

from typing import NamedTuple

from ..errors import ReadError
from ..model import Block, BlockKind, Document, Location
from . import ReadOptions

MIN_IMAGE_POINTS = 12.0  # images smaller than this (rules, bullets, dots) are not reported
MAX_WIDGETS = 5000  # form widgets read per document; a form with more is read up to here


def read(path: str, data: bytes, options: ReadOptions) -> Document:
    """Read the PDF in `data`; raise ReadError for damaged, protected or hostile files."""
    import pypdfium2 as pdfium

    try:
        return _read(path, data, options)
    except pdfium.PdfiumError as exc:
        raise ReadError("corrupt") from exc
    except MemoryError as exc:
        raise ReadError("too_complex") from exc


class _Page(NamedTuple):
    """What one page gave: its text lines, visible images, size (None: PDFium could not load it),
    form widgets (None: they could not be read) and how many text objects on it no reader can see
    (None: not known, see `pdf_visibility`)."""

    lines: list
    images: list
    size: tuple[float, float] | None
    widgets: list | None
    tables: list = []  # pdf_tables.PageTable
    hidden: int | None = 0


def _read(path: str, data: bytes, options: ReadOptions) -> Document:
    from .pdf_layout import document_style, place, running_lines
    from .pdf_tables import TableReader, with_tables

    pdf, password = _open(data, options.password)
    doc = Document(path=path, format="pdf", pages=len(pdf))
    doc.notes.extend(_security_notes(pdf, password))
    has_form = _init_form(pdf, doc.notes)
    pages: list[_Page] = []
    budget = MAX_WIDGETS if has_form else 0  # widgets still to be read, over all pages
    for index in range(len(pdf)):
        pages.append(_scan(pdf, index, budget))
        budget -= len(pages[-1].widgets or ())
    style = document_style([p.lines for p in pages])
    running = running_lines([p.lines for p in pages], [p.size[1] if p.size else 0.0 for p in pages], style)
    doc.image_only_pages = [n for n, p in enumerate(pages, start=1) if _scanned_page(n, p, running)]
    scanned = _ocr(pdf, doc, options)
    forms = _form_blocks(data, password, pdf, pages, doc.notes) if has_form else []
    pdf.close()
    tables = TableReader()
    for number, page in enumerate(pages, start=1):
        if number in scanned:
            doc.blocks.extend(scanned[number])
            doc.blocks.extend(p.block for p in forms if p.page == number)
            continue
        page_running = {index: source for (n, index), source in running.items() if n == number}
        lines = _without_captions(page)
        entries = with_tables(tables, number, lines, page.tables, page_running, style)
        doc.blocks.extend(place(entries, lines, _extras(number, page, forms)))
    doc.notes.extend(_page_notes(pages))
    return doc


def _ocr(pdf, doc: Document, options: ReadOptions) -> dict[int, list[Block]]:
    """Blocks of the image-only pages read with OCR (see `ocr`), by page number."""
    if not doc.image_only_pages or not options.ocr:
        return {}
    from .ocr import pdf_page_images, read_pages

    return read_pages(doc, pdf_page_images(pdf, doc.image_only_pages))


def _without_captions(page: _Page) -> list:
    """The page's lines without the printed captions of its tick-box fields (see `pdf_forms`)."""
    if not page.widgets:
        return page.lines
    from .pdf_forms import without_captions

    return without_captions(page.lines, page.widgets)


def _extras(number: int, page: _Page, forms: list) -> list[tuple[float, float, Block]]:
    """The page's form fields and (on pages with text) its images, with their vertical spans."""
    extras = [(p.bottom, p.top, p.block) for p in forms if p.page == number]
    if page.lines:
        cells = [c for t in page.tables for c in t.cells if c.location is not None]
        extras += [(b.bottom, b.top, _image_block(number, b, cells)) for b in page.images if not _covers(b, page.size)]
    return extras


def _scan(pdf, index: int, widget_budget: int) -> _Page:
    """Lines, images and (up to `widget_budget`) form widgets of one page; a page PDFium cannot load
    is kept as an empty, failed page."""
    import pypdfium2 as pdfium

    from .pdf_page import page_lines, page_marks, reading_order, stamped_values

    try:
        page = pdf[index]
        textpage = page.get_textpage()
    except pdfium.PdfiumError:
        return _Page([], [], None, [])
    widgets: list | None = []
    if widget_budget > 0:
        from .pdf_forms import page_widgets

        try:
            widgets = page_widgets(page, index + 1, widget_budget)
        except Exception:  # a broken form must not hide the page text; a note says what happened
            widgets = None
    from .pdf_visibility import visible_text

    others: list = []  # the page's objects other than text, walked once (see `visible_text`)
    text, hidden = visible_text(page, textpage, textpage.get_text_range(), others)
    # The handle itself to the readers that call PDFium for every character or cell: a helper
    # object passed to a C function is converted on every call.
    lines = reading_order(stamped_values(page_lines(textpage.raw, text, _drawn_boxes(others, widgets or []))))
    result = _Page(
        lines,
        [b for b in page_marks(others) if _visible(b)],
        page.get_size(),
        widgets,
        _tables(textpage.raw, lines, text if hidden else None, others),
        hidden,
    )
    textpage.close()
    page.close()
    return result


def _drawn_boxes(objects: list, widgets: list) -> list:
    """The tick boxes the page draws as shapes (see `pdf_page.drawn_boxes`), but for the frames a form's
    own check boxes and radio buttons show: those are read from the form."""
    import pypdfium2.raw as pdfium_c

    from .pdf_page import BOX_SLACK, drawn_boxes

    boxes = drawn_boxes(objects)
    kinds = (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON)
    fields = [w for w in widgets if w.kind in kinds]
    return [b for b in boxes if not any(w.bottom - BOX_SLACK <= b.middle <= w.top + BOX_SLACK for w in fields)]


def _tables(textpage, lines: list, visible: str | None, objects: list) -> list:
    """The tables drawn on the page (see `pdf_tables`); none when their drawing cannot be read.
    `visible`: the page's text with hidden characters blanked, when it has any; `objects`: the
    page's objects other than text."""
    from .pdf_tables import page_tables

    try:
        return page_tables(textpage, lines, visible, objects)
    except Exception:  # a table that cannot be read is read as lines, as before
        return []


def _init_form(pdf, notes: list[str]) -> bool:
    """Set up PDFium's form environment when the document has a form (before any page is loaded)."""
    if pdf.get_formtype() == 0:  # FORMTYPE_NONE: no pdf_forms import for the many PDFs without a form
        return False
    from .pdf_forms import init_form

    try:
        return init_form(pdf)
    except Exception:
        notes.append("acroform-unreadable")
        return False


def _open(data: bytes, password: str | None):
    """Open with PDFium: first without a password (owner-password-only files open silently)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(data), None
    except pdfium.PdfiumError as exc:
        if exc.err_code != pdfium_c.FPDF_ERR_PASSWORD:
            security = exc.err_code == pdfium_c.FPDF_ERR_SECURITY
            raise ReadError("pdf_security" if security else "corrupt") from exc
        if not password:
            raise ReadError("password") from exc
    try:
        return pdfium.PdfDocument(data, password=password), password
    except pdfium.PdfiumError as exc:
        wrong = exc.err_code == pdfium_c.FPDF_ERR_PASSWORD
        raise ReadError("wrong_password" if wrong else "corrupt") from exc


def _security_notes(pdf, password: str | None) -> list[str]:
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDF_GetSecurityHandlerRevision(pdf) < 0:
        return []
    return ["encrypted:user-password" if password else "encrypted:owner-password-only"]


def _form_blocks(data: bytes, password: str | None, pdf, pages: list[_Page], notes: list[str]) -> list:
    """The form's fields as placed blocks; digital signatures tied to their fields with pypdf."""
    from .pdf_forms import form_blocks, form_notes, sign

    if any(p.widgets is None for p in pages):
        notes.append("acroform-unreadable")
        return []
    widgets = [w for p in pages for w in p.widgets]
    try:
        placed = form_blocks(widgets)
        changed = []
        signed = {w.name for w in widgets if w.may_be_signed}
        if signed:
            from .pdf_signatures import read_signatures

            changed = sign(placed, read_signatures(data, password, signed))
    except Exception:  # a broken form must not hide the page text; the note says what happened
        notes.append("acroform-unreadable")
        return []
    notes.extend(form_notes(pdf, placed) + changed)
    return placed


def _visible(box) -> bool:
    return box.right - box.left >= MIN_IMAGE_POINTS and box.top - box.bottom >= MIN_IMAGE_POINTS


def _scanned_page(number: int, page: _Page, running: dict[tuple[int, int], object]) -> bool:
    """A page whose text is in an image: no text at all, or an image the size of the page with no text
    but the plan's running header and footer (a signed page scanned into a plan made in Word)."""
    if not page.images:
        return False
    return not page.lines or (
        any(_covers(b, page.size) for b in page.images) and all((number, line.index) in running for line in page.lines)
    )


def _covers(box, size: tuple[float, float] | None) -> bool:
    """An image over half the page: a scan under a text layer, or a background, not a signature."""
    width, height = size or (0.0, 0.0)
    return (box.right - box.left) * (box.top - box.bottom) >= 0.5 * width * height


def _image_block(page: int, box, cells: list) -> Block:
    """An image as a block; inside a table cell (a signature pasted in the parents' or the school's
    cell) it takes that cell's place, as an image in a DOCX cell does."""
    cell = next((c for c in cells if c.holds(box.left, box.bottom, box.right, box.top)), None)
    if cell is None:
        return Block(BlockKind.IMAGE, "", Location(page=page))
    loc = cell.location
    return Block(
        BlockKind.IMAGE, "", Location(page=page, line=loc.line, table=loc.table, row=loc.row, column=loc.column)
    )


def _page_notes(pages: list[_Page]) -> list[str]:
    """Pages PDFium could not load, pages without text or images, text pages over a page-sized image."""
    groups = {
        "unreadable-pages": [n for n, p in enumerate(pages, 1) if p.size is None],
        "pages-without-text": [n for n, p in enumerate(pages, 1) if p.size and not p.lines and not p.images],
        "full-page-image-with-text": [
            n for n, p in enumerate(pages, 1) if p.lines and any(_covers(b, p.size) for b in p.images)
        ],
        "hidden-text": [n for n, p in enumerate(pages, 1) if p.hidden],
        "visibility-unknown": [n for n, p in enumerate(pages, 1) if p.hidden is None],
    }
    return [f"{name}:{','.join(map(str, numbers))}" for name, numbers in groups.items() if numbers]
