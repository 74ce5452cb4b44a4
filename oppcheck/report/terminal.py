"""The default report: readable in a terminal, in Dutch (B1), plain when not a terminal or NO_COLOR."""

from __future__ import annotations

from collections import Counter

from ..findings import DOC_ERROR, GAPS, PRESENT, DocumentResult, ElementResult, Report
from ..i18n import message
from ..ruleset import RuleSet
from ..settings import Settings

STYLE = {"present": "green", "incomplete": "yellow", "missing": "red", "unclear": "magenta",
         "not_applicable": "dim", "error": "red"}
MARK = {"present": "✔", "incomplete": "◐", "missing": "✘", "unclear": "?", "not_applicable": "–"}
ORDER = {"missing": 0, "incomplete": 1, "unclear": 2, "present": 3, "not_applicable": 4}


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    """The report as plain text (used for --output and when stdout is not a terminal)."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    print_report(report, ruleset, settings, Console(file=buf, width=110, no_color=True, highlight=False))
    return buf.getvalue()


def print_report(report: Report, ruleset: RuleSet, settings: Settings, console=None) -> None:
    from rich.console import Console

    console = console or Console(highlight=False)
    lang = report.lang
    for doc in report.documents:
        _document(console, doc, lang, report.template_mode)
    if len(report.documents) > 1:
        _summary(console, report, lang)
    console.print(message("terminal.disclaimer", lang), style="dim")


def _document(console, doc: DocumentResult, lang: str, template: bool) -> None:
    from rich.markup import escape
    from rich.table import Table

    console.rule(f"[bold]{escape(message('terminal.title', lang, path=doc.path))}")
    if doc.status == DOC_ERROR:
        console.print(f"[red]✘ {escape(doc.error or '')}[/red]")
        console.print()
        return
    unknown = message("terminal.unknown", lang)
    date = doc.vaststelling and "-".join(reversed(doc.vaststelling.split("-")))
    console.print(message("terminal.meta", lang, format=doc.format, pages=doc.pages or "–",
                          type=doc.school_type or unknown, date=date or unknown), style="dim")
    if doc.unread_pages:
        pages = ", ".join(map(str, doc.unread_pages))
        console.print(message("terminal.unread", lang, pages=pages), style="yellow")
        for key in _ocr_hints(doc.notes):
            console.print(message(key, lang, pages=pages), style="yellow")
    if doc.ocr_pages:
        console.print(message("terminal.ocr", lang, pages=", ".join(map(str, doc.ocr_pages))), style="dim")
    if "tracked_changes" in doc.notes:
        console.print(message("terminal.tracked", lang), style="yellow")
    must = Counter(e.status for e in doc.elements if e.required)
    should = [e for e in doc.elements if not e.required]
    console.print()
    console.print(message("terminal.summary_must", lang, present=must["present"], missing=must["missing"],
                          incomplete=must["incomplete"], unclear=must["unclear"]), style="bold")
    if should:
        console.print(message("terminal.summary_should", lang, present=sum(e.status == PRESENT for e in should),
                              gaps=sum(e.status in GAPS for e in should)))
    verdict = "terminal.verdict_gaps" if doc.must_gaps else "terminal.verdict_ok"
    if template:
        verdict = verdict.replace("verdict_", "template_verdict_")
    console.print(message(verdict, lang), style="red" if doc.must_gaps else "green")
    table = Table(show_lines=True, expand=True)
    table.add_column(message("terminal.col_status", lang), no_wrap=True)
    table.add_column(message("terminal.col_element", lang), ratio=2)
    table.add_column(message("terminal.col_where", lang), ratio=5)
    for e in sorted(doc.elements, key=lambda e: (not e.required, ORDER.get(e.status, 9))):
        table.add_row(*_row(e, lang, template))
    console.print(table)
    console.print()


def _ocr_hints(notes: list[str]) -> list[str]:
    """Why scanned pages were not read, as message keys: no Tesseract (or no Dutch data), no Pillow,
    or OCR that failed."""
    keys = []
    for note in notes:
        if note.startswith("ocr-unavailable:"):
            keys.append("terminal.ocr_pillow" if note.endswith("pillow") else "terminal.ocr_missing")
        elif note.startswith("ocr-failed"):
            keys.append("terminal.ocr_failed")
    return list(dict.fromkeys(keys))


def _row(e: ElementResult, lang: str, template: bool = False) -> tuple[str, str, str]:
    from rich.markup import escape

    style = STYLE.get(e.status, "")
    status = f"[{style}]{MARK.get(e.status, '')} {message(f'status.{e.status}', lang)}[/{style}]"
    level = message("level.must" if e.required else "level.should", lang)
    element = f"{escape(e.title)}\n[dim]{level}[/dim]"
    where = escape(e.message)
    if e.is_gap:
        where += f"\n[dim]{escape(e.law)}[/dim]"
        if e.question and not template:  # a template's author gets the place to add, not a parent's question
            where += f"\n[bold]→ {message('terminal.question', lang)}:[/bold] {escape(e.question)}"
    return status, element, where


def _summary(console, report: Report, lang: str) -> None:
    from rich.markup import escape

    docs = report.documents
    readable = [d for d in docs if d.status != DOC_ERROR]
    console.rule(message("terminal.batch_title", lang, n=len(docs)))
    console.print(message("terminal.batch_counts", lang, complete=sum(not d.must_gaps for d in readable),
                          gaps=sum(bool(d.must_gaps) for d in readable), errors=len(docs) - len(readable)))
    lacking: Counter = Counter()
    titles: dict[str, str] = {}
    for d in readable:
        for e in d.elements:
            titles[e.id] = e.title
            if e.status in ("missing", "incomplete"):
                lacking[e.id] += 1
    for element_id, n in lacking.most_common():
        line = message("terminal.batch_element", lang, n=n, total=len(readable), title=titles[element_id])
        console.print("  " + line)
    for d in docs:
        if d.status == DOC_ERROR:
            console.print("  " + escape(message("terminal.error_line", lang, path=d.path, error=d.error)), style="red")
