"""AcroForm fields of a PDF, read with pypdf: text fields, checkboxes, radio groups, signatures.

The values of form fields are not in the page text, so they are read from the /AcroForm field
tree. Each field is placed on the page of its first widget, with the widget's vertical span, so
that `pdf_layout.place` can put it next to its label.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from ..model import Block, BlockKind, Location, Source

_PUSHBUTTON = 1 << 16
_RADIO = 1 << 15
_MAX_DEPTH = 20
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


@dataclass
class Placed:
    """A form block with its page (None when no page holds its widget) and its widget's vertical
    span in PDF points."""

    page: int | None
    bottom: float
    top: float
    block: Block


@dataclass
class _Field:
    name: str
    node: dict
    inherited: dict
    widgets: list = field(default_factory=list)  # (indirect id or None, widget dict)


def read_form(data: bytes, password: str | None) -> tuple[list[Placed], list[str]]:
    """All fields as placed blocks, plus short notes ('acroform', 'signed-fields:1', ...)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), password=password)
    acroform = _get(reader.trailer["/Root"], "/AcroForm")
    if not hasattr(acroform, "get"):
        return [], []
    pages = _widget_pages(reader)
    fields = list(_fields(_get(acroform, "/Fields") or [], "", {}, set(), 0))
    placed = [p for f in fields for p in _blocks(f, pages)]
    return placed, _notes(acroform, placed) + _changed_after_signing(fields, len(data))


def _widget_pages(reader) -> dict[int, int]:
    """Object number of each annotation -> 1-based page number (page contents are not parsed)."""
    pages: dict[int, int] = {}
    for number, page in enumerate(reader.pages, start=1):
        for ref in _get(page, "/Annots") or []:
            if getattr(ref, "idnum", None) is not None:
                pages.setdefault(ref.idnum, number)
    return pages


def _fields(refs, parent: str, inherited: dict, seen: set[int], depth: int):
    """Terminal fields of the field tree, with inheritable entries (/FT /Ff /V) resolved."""
    if depth > _MAX_DEPTH:
        return
    for ref in refs:
        idnum = getattr(ref, "idnum", None)
        if idnum is not None and idnum in seen:
            continue
        if idnum is not None:
            seen.add(idnum)
        node = ref.get_object()
        if not hasattr(node, "get"):
            continue
        part = _get(node, "/T")
        name = ".".join(p for p in (parent, str(part) if part is not None else "") if p)
        inh = {**inherited, **{k: node[k] for k in ("/FT", "/Ff", "/V") if k in node}}
        kids = list(_get(node, "/Kids") or [])
        if any("/T" in k.get_object() for k in kids):
            yield from _fields(kids, name, inh, seen, depth + 1)
            continue
        widgets = [(getattr(k, "idnum", None), k.get_object()) for k in kids] or [(idnum, node)]
        yield _Field(name, node, inh, widgets)


def _blocks(f: _Field, pages: dict[int, int]) -> list[Placed]:
    kind = str(f.inherited.get("/FT", ""))
    flags = int(f.inherited.get("/Ff", 0) or 0)
    label = _label(f)
    if kind in ("/Tx", "/Ch"):
        block = Block(BlockKind.FORM_FIELD, label, Location(), Source.FORM, name=f.name,
                      value=_text_value(f.inherited.get("/V")))
        return [_place(block, f.widgets[0], pages)]
    if kind == "/Sig":
        return [_place(_signature(f, label), f.widgets[0], pages)]
    if kind == "/Btn" and not flags & _PUSHBUTTON:
        return _buttons(f, label, pages)
    return []


def _buttons(f: _Field, label: str, pages: dict[int, int]) -> list[Placed]:
    """Checkbox: one block. Radio group (or a checkbox with several on-states): one per option."""
    value = f.inherited.get("/V")
    options = [(w, _on_state(w[1])) for w in f.widgets]
    several = len({on for _, on in options}) > 1
    out = []
    for (ref, widget), on in options:
        chosen = value if value is not None else _get(widget, "/AS")
        chosen = str(chosen) if chosen is not None else "/Off"
        checked = chosen == on if on else chosen not in ("/Off", "")
        option = _option_name(f.node, on)
        text = f"{label}: {option}" if several and option else label
        block = Block(BlockKind.CHECKBOX, text, Location(), Source.FORM, name=f.name,
                      value=option if several else None, checked=checked)
        out.append(_place(block, (ref, widget), pages))
    return out


def _signature(f: _Field, label: str) -> Block:
    value = f.inherited.get("/V")
    sig = value.get_object() if value is not None else None
    signed = hasattr(sig, "get")
    signer = str(_get(sig, "/Name")) if signed and _get(sig, "/Name") else None
    date = _pdf_date(str(_get(sig, "/M"))) if signed and _get(sig, "/M") else None
    return Block(BlockKind.SIGNATURE, label, Location(), Source.FORM, name=f.name,
                 signed=signed, signer=signer, signed_date=date)


def _place(block: Block, widget: tuple, pages: dict[int, int]) -> Placed:
    ref, node = widget
    page = pages.get(ref) if ref is not None else None
    block.location.page = page
    rect = _get(node, "/Rect")
    try:
        bottom, top = sorted((float(rect[1]), float(rect[3])))
    except (TypeError, IndexError, ValueError):
        bottom = top = 0.0
    return Placed(page, bottom, top, block)


def _label(f: _Field) -> str:
    tooltip = _get(f.node, "/TU")
    return str(tooltip).strip() if tooltip and str(tooltip).strip() else f.name


def _text_value(value) -> str:
    if value is None:
        return ""
    from pypdf.generic import NameObject

    value = value.get_object()
    if isinstance(value, list):
        return ", ".join(_text_value(v) for v in value)
    return str(value)[1:] if isinstance(value, NameObject) else str(value)


def _on_state(widget) -> str | None:
    """The widget's 'on' appearance name (e.g. '/Yes', '/ja'), from /AP /N."""
    try:
        normal = widget["/AP"]["/N"].get_object()
        states = [str(k) for k in normal.keys() if str(k) != "/Off"]
    except (KeyError, AttributeError, TypeError):
        return None
    return states[0] if states else None


def _option_name(node, on: str | None) -> str:
    """A readable option name: the on-state without '/', or the /Opt entry it indexes."""
    if not on:
        return ""
    name = on.lstrip("/")
    opts = _get(node, "/Opt")
    if isinstance(opts, list) and name.isdigit() and int(name) < len(opts):
        option = opts[int(name)].get_object()
        return _text_value(option[-1] if isinstance(option, list) and option else option)
    return name


def _get(node, key: str):
    """node[key] resolved (pypdf's dict.get leaves indirect references), or None."""
    value = node.get(key) if hasattr(node, "get") else None
    return value.get_object() if value is not None and hasattr(value, "get_object") else value


def _pdf_date(raw: str) -> str:
    """'D:20260312101500+01'00'' -> '2026-03-12 10:15'; unknown forms are returned as they are."""
    m = _PDF_DATE.match(raw)
    if not m:
        return raw
    year, month, day, hour, minute = m.groups()
    date = "-".join(p for p in (year, month, day) if p)
    return f"{date} {hour}:{minute}" if hour and minute else date


def _changed_after_signing(fields: list[_Field], size: int) -> list[str]:
    """Signed fields whose /ByteRange ends before the file does: something (a later signature, or
    an edit) was saved after that signature."""
    names = []
    for f in fields:
        value = f.inherited.get("/V") if str(f.inherited.get("/FT", "")) == "/Sig" else None
        byte_range = _get(value.get_object(), "/ByteRange") if value is not None else None
        try:
            end = int(byte_range[2]) + int(byte_range[3])
        except (TypeError, IndexError, ValueError):
            continue
        if size - end > 2:  # a final end-of-line may follow the signed bytes
            names.append(f.name)
    return [f"changed-after-signing:{','.join(names)}"] if names else []


def _notes(acroform, placed: list[Placed]) -> list[str]:
    notes = ["acroform"]
    if "/XFA" in acroform:
        notes.append("xfa")
    sigs = [p.block for p in placed if p.block.kind is BlockKind.SIGNATURE]
    fields = len({p.block.name for p in placed if p.block.kind is not BlockKind.SIGNATURE})
    if fields:
        notes.append(f"form-fields:{fields}")
    if sigs:
        notes.append(f"signature-fields:{len(sigs)}")
        notes.append(f"signed-fields:{sum(1 for s in sigs if s.signed)}")
    return notes
