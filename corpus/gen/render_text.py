"""Plain-text and Markdown renderers."""
from __future__ import annotations

import textwrap

from .blocks import Bullets, Check, Doc, Field, H, P, PageBreak, Sdt, Sig, SigRow, Table, Toc

SDT_PLACEHOLDER = "Klik of tik om tekst in te voeren."
BLANK_MD = "\\_" * 12


def mark_text(row: SigRow) -> str:
    if row.mark == "typed":
        return f"w.g. {row.name}" if row.name else "(getekend)"
    if row.mark == "sig_signed":
        return f"digitaal ondertekend door {row.name}"
    if row.mark == "image":
        return "(handtekening)"
    return ""


def sig_cells(row: SigRow) -> list[str]:
    return [row.role, row.name, row.date, mark_text(row), row.remark]


def _table_txt(rows: list[list[str]], header: bool) -> list[str]:
    width = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(len(r) for r in rows))]
    width = [max(1, min(w, 60)) for w in width]
    out = []
    for k, row in enumerate(rows):
        cells = [textwrap.wrap(x, width[i]) or [""] for i, x in enumerate(row)]
        for line in range(max(len(c) for c in cells)):
            out.append(" | ".join((c[line] if line < len(c) else "").ljust(width[i]) for i, c in enumerate(cells)).rstrip())
        if header and k == 0:
            out.append("-+-".join("-" * w for w in width))
    return out


def to_txt(doc: Doc) -> str:
    lines: list[str] = [doc.title.upper(), "=" * len(doc.title)]
    if doc.subtitle:
        lines.append(doc.subtitle)
    lines.append("")
    for b in doc.blocks:
        if isinstance(b, H):
            lines += ([b.text, "-" * len(b.text)] if b.level == 1 else [b.text]) if b.text else []
        elif isinstance(b, P):
            txt = f"{b.label}: {b.text}" if b.label else b.text
            lines += textwrap.wrap(txt, 100) or [""]
        elif isinstance(b, Bullets):
            for i, it in enumerate(b.items):
                lines += textwrap.wrap(it, 96, initial_indent=(f"{i + 1}. " if b.numbered else "- "), subsequent_indent="   ")
        elif isinstance(b, Table):
            lines += _table_txt(b.rows, b.header)
        elif isinstance(b, Check):
            lines.append(b.prompt + "  " + "  ".join(f"[{'x' if t else ' '}] {lab}" for lab, t in b.options))
        elif isinstance(b, Field):
            lines.append(f"{b.label}: {b.value or '____________________'}")
        elif isinstance(b, Sig):
            for row in b.rows:
                lines.append(f"{row.role}: {row.name or '____________________'}   Datum: {row.date or '__________'}   "
                             f"Handtekening: {mark_text(row) or '____________________'}" + (f"   ({row.remark})" if row.remark else ""))
        elif isinstance(b, Sdt):
            lines.append(f"{b.alias}: {b.value if b.value is not None else SDT_PLACEHOLDER}")
        elif isinstance(b, Toc):
            lines += ["INHOUD"] + [e for e in b.entries]
        elif isinstance(b, PageBreak):
            lines.append("\f")
            continue
        lines.append("")
    if doc.header or doc.footer:
        lines = _paginate(lines, doc)
    return "\n".join(lines).rstrip() + "\n"


def _paginate(lines: list[str], doc: Doc, per: int = 56) -> list[str]:
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= per:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    pages.append(cur)
    out = []
    for i, pg in enumerate(pages, 1):
        if doc.header:
            out += [doc.header.format(page=i, pages=len(pages)), ""]
        out += pg
        if doc.footer:
            out += ["", doc.footer.format(page=i, pages=len(pages))]
        if i < len(pages):
            out.append("\f")
    return out


def _md_cell(x: str) -> str:
    return x.replace("|", "\\|").replace("\n", " ")


def to_md(doc: Doc) -> str:
    out = [f"# {doc.title}", ""]
    if doc.subtitle:
        out += [f"*{doc.subtitle}*", ""]
    for b in doc.blocks:
        if isinstance(b, H):
            if b.text:
                out.append("#" * (b.level + 1) + " " + b.text)
        elif isinstance(b, P):
            if not b.text and not b.label:
                continue
            out.append(f"**{b.label}:** {b.text}" if b.label else b.text)
        elif isinstance(b, Bullets):
            out += [(f"{i + 1}. " if b.numbered else "- ") + it for i, it in enumerate(b.items)]
        elif isinstance(b, Table):
            rows = b.rows if b.header else [[""] * len(b.rows[0])] + b.rows
            out.append("| " + " | ".join(_md_cell(x) for x in rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out += ["| " + " | ".join(_md_cell(x) for x in r) + " |" for r in rows[1:]]
        elif isinstance(b, Check):
            out += [b.prompt, ""] + [f"- [{'x' if t else ' '}] {lab}" for lab, t in b.options]
        elif isinstance(b, Field):
            out.append(f"**{b.label}:** {b.value or BLANK_MD}")
        elif isinstance(b, Sig):
            out += ["| Rol | Naam | Datum | Handtekening | Opmerking |", "|---|---|---|---|---|"]
            out += ["| " + " | ".join(_md_cell(x) for x in sig_cells(r)) + " |" for r in b.rows]
        elif isinstance(b, Sdt):
            out.append(f"**{b.alias}:** {b.value if b.value is not None else '*' + SDT_PLACEHOLDER + '*'}")
        elif isinstance(b, Toc):
            out += ["**Inhoud**", ""] + [f"- {e.strip()}" for e in b.entries]
        elif isinstance(b, PageBreak):
            out.append("---")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
