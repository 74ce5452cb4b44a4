"""Which signature field of a PDF form holds which digital signature, read with pypdf.

PDFium lists the signatures of a document but not the fields they belong to, nor who signed;
this walks the /AcroForm field tree instead. Only used for forms with a signature field that may be
signed, so pypdf is only imported then.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

_MAX_DEPTH = 20
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


@dataclass
class Signature:
    """The signature in one field: who signed (/Name) and when (/M), and whether the file was
    saved again after it (its /ByteRange ends before the file does)."""

    signer: str | None
    date: str | None
    changed_after: bool


def read_signatures(data: bytes, password: str | None, names: set[str]) -> dict[str, Signature]:
    """The signatures in the signature fields called `names` (full names, 'ouders.handtekening').

    Only the fields on the way to those names are read, from the end of the field list (where
    signature fields usually are) until all are found: pypdf reads PDF objects slowly, and a form's
    other fields may hold pages of text.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), password=password)
    acroform = _get(reader.trailer["/Root"], "/AcroForm")
    if not hasattr(acroform, "get") or not names:
        return {}
    found: dict[str, Signature] = {}
    for name, kind, value in _fields(_get(acroform, "/Fields") or [], "", {}, set(), 0, names, found):
        sig = value.get_object() if kind == "/Sig" and value is not None else None
        if hasattr(sig, "get"):
            found[name] = _signature(sig, len(data))
    return found


def _fields(refs, parent: str, inherited: dict, seen: set[int], depth: int, names: set[str], found: dict):
    """(full name, field type, value) of the terminal fields that lead to `names`, last field first,
    with inheritable /FT and /V resolved; stops once every name is in `found`."""
    if depth > _MAX_DEPTH:
        return
    for ref in reversed(list(refs)):
        if names <= found.keys():
            return
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
        if not any(n == name or n.startswith(name + ".") or not name for n in names):
            continue  # not on the way to a wanted field
        inh = {**inherited, **{k: node[k] for k in ("/FT", "/V") if k in node}}
        kids = list(_get(node, "/Kids") or [])
        if any("/T" in k.get_object() for k in kids):
            yield from _fields(kids, name, inh, seen, depth + 1, names, found)
            continue
        yield name, str(inh.get("/FT", "")), inh.get("/V")


def _signature(sig, size: int) -> Signature:
    name, when = _get(sig, "/Name"), _get(sig, "/M")
    byte_range = _get(sig, "/ByteRange")
    try:
        changed = size - (int(byte_range[2]) + int(byte_range[3])) > 2  # a final end-of-line may follow
    except (TypeError, IndexError, ValueError):
        changed = False
    return Signature(str(name) if name else None, _pdf_date(str(when)) if when else None, changed)


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
