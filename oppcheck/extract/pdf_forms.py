"""AcroForm fields of a PDF through PDFium's form API: text and choice fields, checkboxes, radio
groups and signature fields.

The values of form fields are not in the page text. `page_widgets` reads the widgets of one loaded
page (the document's form environment must have been set up before its pages were loaded);
`form_blocks` turns the widgets of all pages into blocks, each with its page and vertical span, so
that `pdf_layout.place` can put it next to its label. A field shown in several places is reported
once (a radio group once per option). Widgets that are on no page are not shown to a reader and are
not reported.

PDFium does not say which digital signature a signature field holds, nor who signed it: when a
signature field may be signed (it has a value, or a parent field that may hold one),
`pdf_signatures` (pypdf) reads that.
"""

from __future__ import annotations

import ctypes
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pypdfium2.raw as pdfium_c

from ..model import Block, BlockKind, Location, Source

if TYPE_CHECKING:
    from .pdf_signatures import Signature

_TEXT_KINDS = (pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX, pdfium_c.FPDF_FORMFIELD_LISTBOX)
_BUTTON_KINDS = (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON)
_XFA_TYPES = (pdfium_c.FORMTYPE_XFA_FULL, pdfium_c.FORMTYPE_XFA_FOREGROUND)
_VALUE_TYPES = (pdfium_c.FPDF_OBJECT_DICTIONARY, pdfium_c.FPDF_OBJECT_REFERENCE)
_UNSEEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW


@dataclass
class Placed:
    """A form block with its page and its widget's vertical span in PDF points."""

    page: int
    bottom: float
    top: float
    block: Block


@dataclass
class Widget:
    """One widget annotation of a form field, as PDFium reports it."""

    page: int
    bottom: float
    top: float
    kind: int  # FPDF_FORMFIELD_*
    name: str  # the field's full name ('ouders.handtekening')
    label: str  # its tooltip (/TU), else its name
    value: str
    export: str  # the value a checkbox or radio option stands for (its on-state)
    checked: bool
    may_be_signed: bool = False  # a signature field that may be signed (pdf_signatures tells)


def init_form(pdf) -> bool:
    """Set up PDFium's form environment (False: the document has no form); call before loading pages."""
    library_log = logging.getLogger("pypdfium2")
    level = library_log.level
    library_log.setLevel(logging.ERROR)  # no "built without XFA" warning on the user's terminal
    try:
        return bool(pdf.init_forms())
    finally:
        library_log.setLevel(level)


def page_widgets(page, number: int, budget: int) -> list[Widget]:
    """The form widgets of a page loaded after `init_form`, at most `budget` of them."""
    form = page.formenv
    if not form:
        return []
    widgets: list[Widget] = []
    rect = pdfium_c.FS_RECTF()
    for index in range(min(pdfium_c.FPDFPage_GetAnnotCount(page), budget * 4)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            if pdfium_c.FPDFAnnot_GetFlags(annot) & _UNSEEN:  # a hidden field shows nothing to a reader
                continue
            kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
            if kind not in (*_TEXT_KINDS, *_BUTTON_KINDS, pdfium_c.FPDF_FORMFIELD_SIGNATURE):
                continue  # push buttons and unknown kinds hold no answer
            name = _string(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot)
            tooltip = _string(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, form, annot).strip()
            value = (
                _selected_options(form, annot)
                if kind == pdfium_c.FPDF_FORMFIELD_LISTBOX
                else _string(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
            )
            bottom = top = 0.0
            if pdfium_c.FPDFAnnot_GetRect(annot, rect):
                bottom, top = sorted((rect.bottom, rect.top))
            button = kind in _BUTTON_KINDS
            widgets.append(
                Widget(
                    number,
                    bottom,
                    top,
                    kind,
                    name,
                    tooltip or name,
                    "" if button else value,
                    _string(pdfium_c.FPDFAnnot_GetFormFieldExportValue, form, annot) if button else "",
                    button and bool(pdfium_c.FPDFAnnot_IsChecked(form, annot)),
                    kind == pdfium_c.FPDF_FORMFIELD_SIGNATURE and _may_be_signed(annot),
                )
            )
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        if len(widgets) >= budget:
            break
    return widgets


def form_blocks(widgets: list[Widget]) -> list[Placed]:
    """Blocks for the fields of all pages' widgets."""
    placed: list[Placed] = []
    seen: set[str] = set()
    by_name: dict[str, list[Widget]] = {}
    for w in widgets:
        by_name.setdefault(w.name, []).append(w)
    for w in widgets:
        if w.kind in _BUTTON_KINDS:
            placed.append(_button(w, by_name[w.name]))
        elif w.name not in seen:  # a text or signature field shown twice is one field
            seen.add(w.name)
            placed.append(_field(w))
    return placed


def without_captions(lines: list, widgets: list[Widget]) -> list:
    """The page's lines but those that only print the captions of the tick boxes beside them
    ('Geen afwijkingen    Eigen leerlijn    Vrijstelling van een vak'): each tick box carries its caption
    with its state, and the printed words alone would read as the chosen options."""
    boxes = [w for w in widgets if w.kind in _BUTTON_KINDS and w.label.strip()]
    if not boxes:
        return lines
    kept = []
    for line in lines:
        beside = {_squeezed(w.label) for w in boxes if min(line.top, w.top) > max(line.bottom, w.bottom)}
        parts = [_squeezed(p) for p in _CAPTION_GAP.split(line.text) if p.strip()]
        if not (parts and beside and all(p in beside for p in parts)):
            kept.append(line)
    return kept


_CAPTION_GAP = re.compile(r"\t| {2,}")


def _squeezed(text: str) -> str:
    """A caption compared without its spacing and case."""
    return " ".join(text.split()).casefold()


def form_notes(pdf, placed: list[Placed]) -> list[str]:
    """'acroform', 'xfa', 'form-fields:N', 'signature-fields:N', 'signed-fields:N'."""
    notes = ["acroform"]
    if pdf.get_formtype() in _XFA_TYPES:
        notes.append("xfa")
    fields = len({p.block.name for p in placed if p.block.kind is not BlockKind.SIGNATURE})
    if fields:
        notes.append(f"form-fields:{fields}")
    sigs = [p.block for p in placed if p.block.kind is BlockKind.SIGNATURE]
    if sigs:
        notes += [f"signature-fields:{len(sigs)}", f"signed-fields:{sum(1 for s in sigs if s.signed)}"]
    return notes


def sign(placed: list[Placed], signatures: dict[str, Signature]) -> list[str]:
    """Mark the signature fields that hold a signature; notes on fields changed after signing."""
    changed = []
    for p in placed:
        sig = signatures.get(p.block.name or "") if p.block.kind is BlockKind.SIGNATURE else None
        if sig:
            p.block.signed, p.block.signer, p.block.signed_date = True, sig.signer, sig.date
            if sig.changed_after:
                changed.append(p.block.name)
    return [f"changed-after-signing:{','.join(changed)}"] if changed else []


def _field(w: Widget) -> Placed:
    if w.kind == pdfium_c.FPDF_FORMFIELD_SIGNATURE:
        block = Block(BlockKind.SIGNATURE, w.label, Location(page=w.page), Source.FORM, name=w.name, signed=False)
    else:
        block = Block(BlockKind.FORM_FIELD, w.label, Location(page=w.page), Source.FORM, name=w.name, value=w.value)
    return Placed(w.page, w.bottom, w.top, block)


def _button(w: Widget, group: list[Widget]) -> Placed:
    """A checkbox: one block. An option of a radio group (or of a checkbox with several on-states):
    'label: option', with the option as its value."""
    several = len({g.export for g in group}) > 1
    text = f"{w.label}: {w.export}" if several and w.export else w.label
    block = Block(
        BlockKind.CHECKBOX,
        text,
        Location(page=w.page),
        Source.FORM,
        name=w.name,
        value=w.export if several else None,
        checked=w.checked,
    )
    return Placed(w.page, w.bottom, w.top, block)


def _string(func, form, annot) -> str:
    """A UTF-16 string from one of PDFium's FPDFAnnot_GetFormField* functions ('' when there is none)."""
    size = func(form, annot, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    func(form, annot, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def _may_be_signed(annot) -> bool:
    """Whether a signature widget's field may hold a signature: it has a value (/V) of its own, or
    it has a parent field, where the value may sit instead (PDFium cannot look there)."""
    if pdfium_c.FPDFAnnot_HasKey(annot, b"V"):
        return pdfium_c.FPDFAnnot_GetValueType(annot, b"V") in _VALUE_TYPES
    return bool(pdfium_c.FPDFAnnot_HasKey(annot, b"Parent"))


def _selected_options(form, annot) -> str:
    """The chosen entries of a list box (several may be chosen), joined with commas."""
    chosen = []
    for i in range(pdfium_c.FPDFAnnot_GetOptionCount(form, annot)):
        if pdfium_c.FPDFAnnot_IsOptionSelected(form, annot, i):
            size = pdfium_c.FPDFAnnot_GetOptionLabel(form, annot, i, None, 0)
            buffer = ctypes.create_string_buffer(max(size, 2))
            pdfium_c.FPDFAnnot_GetOptionLabel(
                form, annot, i, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
            )
            chosen.append(buffer.raw[: max(size - 2, 0)].decode("utf-16-le", errors="replace"))
    return ", ".join(chosen) or _string(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
