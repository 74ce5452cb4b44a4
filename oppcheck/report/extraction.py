"""Print what was read from a document, block by block (`oppcheck extract`)."""

from __future__ import annotations

import json

from ..model import Block, BlockKind, Document
from ..text import safe_path, shorten


def render_extraction(doc: Document, fmt: str = "text") -> str:
    """The document as text lines (kind, location, source, text) or as JSON."""
    doc.path = safe_path(doc.path)
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False, indent=1) + "\n"
    lines = [f"# {doc.path}  format={doc.format}  pages={doc.pages}  blocks={len(doc.blocks)}"]
    if doc.image_only_pages:
        lines.append(f"# image-only pages (need OCR): {', '.join(map(str, doc.image_only_pages))}")
    if doc.ocr_pages:
        lines.append(f"# pages read by OCR: {', '.join(map(str, doc.ocr_pages))}")
    if doc.tracked_changes:
        lines.append("# the document holds unaccepted tracked changes")
    lines.extend(f"# note: {n}" for n in doc.notes)
    lines.extend(_line(b) for b in doc.blocks)
    return "\n".join(lines) + "\n"


def _line(b: Block) -> str:
    loc = b.location
    where = []
    if loc.page is not None:
        where.append(f"p{loc.page}")
    if loc.line is not None:
        where.append(f"l{loc.line}")
    if loc.paragraph is not None:
        where.append(f"¶{loc.paragraph}")
    if loc.table is not None:
        where.append(f"t{loc.table}[{loc.row},{loc.column}]")
    kind = b.kind.value
    if b.kind is BlockKind.HEADING:
        kind += f"{b.level or ''}"
    extra = []
    if b.source.value != "body":
        extra.append(b.source.value)
    if b.kind is BlockKind.CHECKBOX:
        extra.append("checked" if b.checked else "unchecked")
    if b.kind is BlockKind.SIGNATURE:
        extra.append("signed" if b.signed else "unsigned")
        if b.signer:
            extra.append(f"signer={b.signer}")
        if b.signed_date:
            extra.append(f"date={b.signed_date}")
    if b.kind is BlockKind.FORM_FIELD:
        extra.append(f"name={b.name}")
    if b.col_header or b.row_header:
        extra.append(f"header={b.col_header or b.row_header}")
    if b.confidence is not None:
        extra.append(f"conf={b.confidence:.0f}")
    text = b.value if b.kind is BlockKind.FORM_FIELD and b.value is not None else b.text
    return f"{kind:<11} {' '.join(where):<14} {' '.join(extra):<20} {shorten(text or '', 160)}"
