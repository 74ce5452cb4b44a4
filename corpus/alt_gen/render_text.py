"""Plain-text and Markdown renderers."""

from __future__ import annotations

import random
import textwrap

from .ir import Bullets, Check, Doc, Field, H, P, PageBreak, Sig, SigTable, Table, Toc


def _sig_line(s: Sig, rng: random.Random) -> str:
    hand = ("w.g. " + s.signed_by) if s.signed_by else ("[handtekening]" if s.image else "____________________")
    if s.image:
        hand = "[handtekening ouder – gescand]"
    rem = f" ({s.remark})" if s.remark else ""
    return f"{s.role}: {s.name or '____________________'}   Datum: {s.date or '__________'}   Handtekening: {hand}{rem}"


def render_txt(doc: Doc, rng: random.Random, wrap: bool = True) -> str:
    lines: list[str] = []
    box = rng.choice([("[x]", "[ ]"), ("☒", "☐"), ("(X)", "( )")])
    bullet = rng.choice(["- ", "• ", "* "])
    upper_h1 = rng.random() < 0.5

    def para(t: str) -> None:
        if wrap and len(t) > 90:
            lines.extend(textwrap.wrap(t, 88))
        else:
            lines.append(t)
        lines.append("")

    lines.append(doc.title.upper() if upper_h1 else doc.title)
    lines.append("=" * min(len(doc.title), 70))
    if doc.subtitle:
        lines.append(doc.subtitle)
    lines.append("")
    for b in doc.blocks:
        if isinstance(b, H):
            if b.level == 1:
                lines.append(b.text.upper() if upper_h1 else b.text)
                if not upper_h1:
                    lines.append("-" * min(len(b.text), 70))
            else:
                lines.append(b.text)
            lines.append("")
        elif isinstance(b, P):
            para(b.text)
        elif isinstance(b, Bullets):
            for i, it in enumerate(b.items):
                lines.append((f"{i + 1}. " if b.numbered else bullet) + it)
            lines.append("")
        elif isinstance(b, Table):
            if b.label_col and all(len(r) == 2 for r in b.rows):
                w = min(max(len(r[0]) for r in b.rows) + 2, 38)
                for r in b.rows[1:] if b.header else b.rows:
                    lines.append(f"{(r[0] + ':').ljust(w)} {r[1]}")
            else:
                widths = [min(max(len(r[i]) for r in b.rows), 45) for i in range(len(b.rows[0]))]
                for j, r in enumerate(b.rows):
                    lines.append(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
                    if j == 0 and b.header:
                        lines.append("-+-".join("-" * w for w in widths))
            lines.append("")
        elif isinstance(b, Check):
            lines.append(f"{box[0] if b.checked else box[1]} {b.label}")
        elif isinstance(b, Field):
            lines.append(f"{b.label}: {b.value if b.value is not None else '…………………………'}")
            lines.append("")
        elif isinstance(b, Sig):
            lines.append(_sig_line(b, rng))
            lines.append("")
        elif isinstance(b, SigTable):
            for s in b.sigs:
                lines.append(_sig_line(s, rng))
            lines.append("")
        elif isinstance(b, Toc):
            lines.append(b.title)
            for i, e in enumerate(b.entries):
                lines.append(f"{e} {'.' * max(3, 60 - len(e))} {i + 2}")
            lines.append("")
        elif isinstance(b, PageBreak):
            lines.append("\f")
    return _paginate(lines, doc)


def _paginate(lines: list[str], doc: Doc, per_page: int = 55) -> str:
    """Split into pages with running header/footer (form feed between pages) when the doc has them."""
    if not doc.header and not doc.footer:
        return "\n".join(lines).replace("\n\f\n", "\n\n") + "\n"
    pages: list[list[str]] = [[]]
    for ln in lines:
        if ln == "\f" or len(pages[-1]) >= per_page:
            pages.append([])
            if ln == "\f":
                continue
        pages[-1].append(ln)
    pages = [p for p in pages if any(x.strip() for x in p)]
    out = []
    for i, p in enumerate(pages):
        fmt = {"page": i + 1, "pages": len(pages)}
        blk = []
        if doc.header:
            blk += [doc.header.format(**fmt), ""]
        blk += p
        if doc.footer:
            blk += ["", doc.footer.format(**fmt)]
        out.append("\n".join(blk))
    return "\n\f".join(out) + "\n"


def render_md(doc: Doc, rng: random.Random) -> str:
    out: list[str] = [f"# {doc.title}", ""]
    if doc.subtitle:
        out += [f"*{doc.subtitle}*", ""]
    if doc.header:
        out += [f"> {doc.header.format(page=1, pages=1)}", ""]
    esc = lambda t: t.replace("|", "\\|")  # noqa: E731
    for b in doc.blocks:
        if isinstance(b, H):
            out += [f"{'#' * (b.level + 1)} {b.text}", ""]
        elif isinstance(b, P):
            t = b.text
            if b.bold and t:
                t = f"**{t}**"
            elif b.italic and t:
                t = f"_{t}_"
            out += [t, ""]
        elif isinstance(b, Bullets):
            out += [(f"{i + 1}. " if b.numbered else "- ") + it for i, it in enumerate(b.items)] + [""]
        elif isinstance(b, Table):
            rows = b.rows
            if b.header:
                head, body = rows[0], rows[1:]
            else:
                head, body = [" "] * len(rows[0]), rows
            if b.label_col:
                body = [[f"**{r[0]}**" if r[0] else ""] + r[1:] for r in body]
            out.append("| " + " | ".join(esc(h) for h in head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            for r in body:
                out.append("| " + " | ".join(esc(x) for x in r) + " |")
            out.append("")
        elif isinstance(b, Check):
            out.append(f"- [{'x' if b.checked else ' '}] {b.label}")
        elif isinstance(b, Field):
            out += [f"**{b.label}:** {b.value if b.value is not None else '_…_'}", ""]
        elif isinstance(b, Sig):
            out += [_sig_line(b, rng), ""]
        elif isinstance(b, SigTable):
            out.append("| " + " | ".join(b.cols) + " |")
            out.append("|" + "|".join("---" for _ in b.cols) + "|")
            for s in b.sigs:
                hand = ("w.g. " + s.signed_by) if s.signed_by else ""
                if s.remark:
                    hand += f" ({s.remark})"
                out.append(f"| {s.role} | {s.name} | {s.date} | {hand} |")
            out.append("")
        elif isinstance(b, Toc):
            out += [f"**{b.title}**", ""] + [f"- {e}" for e in b.entries] + [""]
        elif isinstance(b, PageBreak):
            out += ["---", ""]
    if doc.footer:
        out += ["---", doc.footer.format(page=1, pages=1)]
    return "\n".join(out) + "\n"
