"""Read a PDF into a Document: page text with PDFium (pypdfium2), form fields with pypdf.

Blocks come in content-stream order per page: headings, paragraphs, list items and checkbox lines
(see `pdf_layout`), with images and form fields placed after the text line just above them.
Pages without text but with an image are listed in `doc.image_only_pages` (they need OCR).
pypdf is only imported when the document has an AcroForm.
"""

from __future__ import annotations

from ..errors import ReadError
from ..model import Block, BlockKind, Document, Location
from . import ReadOptions

MIN_IMAGE_POINTS = 12.0  # images smaller than this (rules, bullets, dots) are not reported


def read(path: str, data: bytes, options: ReadOptions) -> Document:
    """Read the PDF in `data`; raise ReadError for damaged, protected or hostile files."""
    import pypdfium2 as pdfium

    try:
        return _read(path, data, options)
    except pdfium.PdfiumError as exc:
        raise ReadError("corrupt") from exc
    except (RecursionError, MemoryError) as exc:
        raise ReadError("too_complex") from exc


def _read(path: str, data: bytes, options: ReadOptions) -> Document:
    from .pdf_layout import document_style, page_entries, place, running_lines
    from .pdf_page import page_images, page_lines

    pdf, password = _open(data, options.password)
    doc = Document(path=path, format="pdf", pages=len(pdf))
    doc.notes.extend(_security_notes(pdf, password))
    pages_lines, pages_images, sizes = [], [], []
    for number in range(1, len(pdf) + 1):
        page = pdf[number - 1]
        textpage = page.get_textpage()
        pages_lines.append(page_lines(textpage))
        pages_images.append([b for b in page_images(page) if _visible(b)])
        sizes.append(page.get_size())
        textpage.close()
        page.close()
    style = document_style(pages_lines)
    running = running_lines(pages_lines, [height for _, height in sizes], style)
    forms = _form_blocks(data, password, pdf, doc.notes)
    full_page_images = []
    for number, (lines, images) in enumerate(zip(pages_lines, pages_images, strict=True), start=1):
        if not lines and images:
            doc.image_only_pages.append(number)
        extras = [(p.middle, p.block) for p in forms if p.page == number]
        if lines:
            small = [b for b in images if not _covers_page(b, sizes[number - 1])]
            if len(small) < len(images):
                full_page_images.append(str(number))
            extras += [(b.middle, _image_block(number)) for b in small]
        page_running = {index: source for (page, index), source in running.items() if page == number}
        doc.blocks.extend(place(page_entries(lines, number, style, page_running), lines, extras))
    doc.blocks.extend(p.block for p in forms if p.page is None)
    if full_page_images:
        doc.notes.append(f"full-page-image-with-text:{','.join(full_page_images)}")
    _blank_pages_note(doc, pages_lines, pages_images)
    pdf.close()
    return doc


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


def _form_blocks(data: bytes, password: str | None, pdf, notes: list[str]) -> list:
    """Form fields via pypdf, only when PDFium says the document has a form."""
    if pdf.get_formtype() == 0:  # FORMTYPE_NONE
        return []
    from .pdf_forms import read_form

    try:
        placed, form_notes = read_form(data, password)
    except Exception:  # a broken form must not hide the page text; the note says what happened
        notes.append("acroform-unreadable")
        return []
    notes.extend(form_notes)
    return placed


def _visible(box) -> bool:
    return box.right - box.left >= MIN_IMAGE_POINTS and box.top - box.bottom >= MIN_IMAGE_POINTS


def _covers_page(box, size: tuple[float, float]) -> bool:
    """An image over half the page: a scan under a text layer, or a background, not a signature."""
    width, height = size
    return (box.right - box.left) * (box.top - box.bottom) >= 0.5 * width * height


def _image_block(page: int) -> Block:
    return Block(BlockKind.IMAGE, "", Location(page=page))


def _blank_pages_note(doc: Document, pages_lines: list, pages_images: list) -> None:
    blank = [str(n) for n, (lines, images) in enumerate(zip(pages_lines, pages_images, strict=True), start=1)
             if not lines and not images]
    if blank:
        doc.notes.append(f"pages-without-text:{','.join(blank)}")
