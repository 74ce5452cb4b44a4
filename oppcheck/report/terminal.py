"""The default report: readable in a terminal, in Dutch (B1), plain when not a terminal or NO_COLOR."""

from __future__ import annotations

from ..findings import DOC_ERROR, DocumentResult, ElementResult, Report
from ..i18n import message, plural
from ..ruleset import RuleSet
from ..settings import Settings
from .summary import reader_notes

STYLE = {
    "present": "green",
    "incomplete": "yellow",
    "missing": "red",
    "unclear": "magenta",
    "not_applicable": "dim",
    "error": "red",
}
MARK = {"present": "✔", "incomplete": "◐", "missing": "✘", "unclear": "?", "not_applicable": "–"}
ORDER = {"missing": 0, "incomplete": 1, "unclear": 2, "present": 3, "not_applicable": 4}


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    """The report as plain text (used for --output and when stdout is not a terminal)."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    print_report(report, ruleset, settings, Console(file=buf, width=100, no_color=True, highlight=False))
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def print_report(
    report: Report, ruleset: RuleSet, settings: Settings, console=None, made: tuple[str, ...] = ()
) -> None:
    """Each document: the verdict, what needs attention, one line for what is in order; with one
    document also "Wat nu?" (the commands for the form and letter not `made` already, who can help).
    `settings.verbose` shows every element in a table instead."""
    from rich.console import Console

    console = console or Console(highlight=False)
    lang = report.lang
    verbose = getattr(settings, "verbose", False)
    single = len(report.documents) == 1
    for doc in report.documents:
        _document(console, doc, lang, report.template_mode, verbose)
        if single and doc.status != DOC_ERROR and not report.template_mode:
            _next_steps(console, report, doc, lang, made)
    if len(report.documents) > 1:
        _summary(console, report, lang)
    console.print(message("terminal.disclaimer", lang), style="dim")


def _document(console, doc: DocumentResult, lang: str, template: bool, verbose: bool = False) -> None:
    from rich.markup import escape

    from .summary import pages_text, summarize

    console.rule(f"[bold]{escape(message('terminal.title', lang, path=doc.path))}")
    if doc.status == DOC_ERROR:
        console.print(f"[red]✘ {escape(doc.error or '')}[/red]")
        console.print()
        return
    unknown = message("terminal.unknown", lang)
    date = doc.vaststelling and "-".join(reversed(doc.vaststelling.split("-")))
    pages = pages_text(doc.pages, lang)
    console.print(
        message(
            "terminal.meta",
            lang,
            format=doc.format,
            pages=f", {pages}" if pages else "",
            type=doc.school_type or unknown,
            date=date or unknown,
        ),
        style="dim",
    )
    if doc.unread_pages:
        pages = ", ".join(map(str, doc.unread_pages))
        console.print(message("terminal.unread", lang, pages=pages), style="yellow")
        for key in _ocr_hints(doc.notes):
            console.print(message(key, lang, pages=pages), style="yellow")
    if doc.ocr_pages:
        console.print(message("terminal.ocr", lang, pages=", ".join(map(str, doc.ocr_pages))), style="dim")
    for key, pages in reader_notes(doc.notes):
        console.print(message(key, lang, pages=pages), style="yellow")
    if "tracked_changes" in doc.notes:
        console.print(message("terminal.tracked", lang), style="yellow")
    summary = summarize(doc, lang, template)
    console.print()
    mark = "✘" if doc.must_gaps else "✔"
    console.print(f"{mark} {escape(summary.verdict)}", style="bold red" if doc.must_gaps else "bold green")
    for line in summary.counts:
        console.print(escape(line))
    console.print()
    if verbose:
        _table(console, doc, lang, template)
        return
    if summary.gaps:
        console.print(message("summary.attention", lang), style="bold underline")
        for number, e in enumerate(summary.gaps, 1):
            _gap(console, number, e, lang, template)
        console.print()
    line = plural("summary.in_order_short", len(summary.in_order), lang)
    if summary.not_needed:
        line += " " + plural("summary.not_needed", len(summary.not_needed), lang)
    extra = ("--all", "--template") if template else ("--all",)
    line += " " + message("summary.show_all", lang, command=_command(doc.path, lang, *extra))
    console.print(f"[green]✔[/green] {escape(line)}")
    console.print()


def _gap(console, number: int, e: ElementResult, lang: str, template: bool) -> None:
    """One element that needs attention: status, title, what was seen and the question to ask."""
    from rich.markup import escape

    style = STYLE.get(e.status, "")
    level = message("level.must" if e.required else "level.should", lang)
    head = (
        f"[bold]{escape(e.title)}[/bold] [{style}]{MARK.get(e.status, '')} "
        f"{message(f'status.{e.status}', lang)}[/{style}] [dim]({level})[/dim]"
    )
    lines = f"{head}\n{message('summary.seen', lang)}: {escape(e.message)}"
    if e.question and not template:  # a template's author gets the place to add, not a parent's question
        lines += f"\n[bold]→ {message('terminal.question', lang)}:[/bold] {escape(e.question)}"
    _hanging(console, f"{number}.", lines)


def _hanging(console, mark: str, markup: str) -> None:
    """`markup` after `mark`, wrapped to the console, its further lines indented under the text (not
    under the mark), and no trailing spaces (the text report is copied into e-mails)."""
    from rich.text import Text

    indent = len(mark) + 1
    lines = Text.from_markup(markup).wrap(console, max(20, console.width - indent))
    for i, line in enumerate(lines):
        line.rstrip()
        console.print(Text(f"{mark} " if i == 0 else " " * indent) + line, no_wrap=True, crop=False)


def _table(console, doc: DocumentResult, lang: str, template: bool) -> None:
    """Every element in one table, with the law (--all / --verbose)."""
    from rich.table import Table

    table = Table(show_lines=True, expand=True)
    table.add_column(message("terminal.col_status", lang), no_wrap=True)
    table.add_column(message("terminal.col_element", lang), ratio=2)
    table.add_column(message("terminal.col_where", lang), ratio=5)
    for e in sorted(doc.elements, key=lambda e: (not e.required, ORDER.get(e.status, 9))):
        table.add_row(*_row(e, lang, template))
    console.print(table)
    console.print()


def _next_steps(console, report: Report, doc: DocumentResult, lang: str, made: tuple[str, ...]) -> None:
    """ "Wat nu?": the commands that make the meeting form and the letter for this plan, the six weeks
    of the Geschillencommissie and the advice for this plan's situation (the form's own sentences),
    and who can help."""
    from rich.markup import escape

    from .form_content import build_form

    console.print(message("next.title", lang), style="bold underline")
    steps = []
    if "form" not in made:
        command = _command(doc.path, lang, "--output", "gesprek.docx")
        steps.append(f"{message('next.form', lang)}\n  [bold]{escape(command)}[/]")
    if "letter" not in made and any(e.is_gap for e in doc.elements):
        command = _command(doc.path, lang, "--letter", "brief.docx")
        steps.append(f"{message('next.letter', lang)}\n  [bold]{escape(command)}[/]")
    if doc.must_gaps:
        steps.append(escape(message("next.sign", lang)))
    section = build_form(report).sections[0]  # the form's own words: the six weeks and what to do now
    steps += [escape(section.deadline), *(escape(advice) for advice in section.advice)]
    steps.append(escape(message("next.help", lang)))
    for step in steps:
        _hanging(console, "•", step)
    console.print()


def _command(path: str, lang: str, *options: str) -> str:
    """The oppcheck command for this plan, the file name quoted for the shell when needed."""
    import shlex

    return " ".join(("oppcheck", shlex.quote(path), *options, *(("--lang", lang) if lang != "nl" else ())))


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
    """The batch summary (report/overview.py): plans, documents that are no OPP, unreadable files."""
    from rich.markup import escape

    from .overview import summary_lines

    lines = summary_lines(report)
    console.rule(escape(lines[0]))
    for line in lines[1:]:
        console.print(escape(line))
