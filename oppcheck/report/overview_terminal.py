"""`oppcheck MAP/` in a terminal: the overview table (a row per document, most urgent first) and the
summary, instead of every plan's full report (that is `--all`)."""

from __future__ import annotations

from ..findings import Report
from ..i18n import message
from ..ruleset import RuleSet
from ..settings import Settings
from .overview import COLUMNS, column_title, rows, summary_lines

STYLE = {
    "consent": "bold red",
    "gaps": "red",
    "unclear": "magenta",
    "scanned": "magenta",
    "error": "magenta",
    "not_opp": "dim",
    "complete": "green",
}
NUMERIC = {"urgency", "required_missing", "required_incomplete", "required_unclear"}
# A terminal narrower than WIDE columns shows only these (the web page and the workbook have them all).
NARROW = ("urgency", "path", "verdict", "required_missing", "required_incomplete", "required_unclear", "consent")
WIDE = 140
RATIO = {"path": 2, "school": 2}  # the other columns take the width of their text, at most:
MAX_WIDTH = {"verdict": 12, "scanned": 12}
SHORT = ("required_missing", "required_incomplete", "required_unclear", "consent", "school_type")


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    """The overview as plain text (for a file, or when stdout is not a terminal)."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    print_overview(report, Console(file=buf, width=160, no_color=True, highlight=False))
    return buf.getvalue()


def print_overview(report: Report, console=None) -> None:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console(highlight=False)
    lang = report.lang
    wide = console.width >= WIDE
    columns = [c for c in COLUMNS if wide or c in NARROW]
    table = Table(
        title=message("overview.page_title", lang),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
        pad_edge=False,
    )
    for c in columns:
        title = message(f"overview.short_{c}", lang) if c in SHORT else column_title(c, lang)
        table.add_column(
            title,
            justify="right" if c in NUMERIC else "left",
            overflow="fold" if c in ("path", "school") else "ellipsis",
            no_wrap=c in NUMERIC,
            ratio=RATIO.get(c),
            max_width=MAX_WIDTH.get(c),
        )
    for row in rows(report):
        texts = row.texts(lang)
        cells = [escape(texts[c]) for c in columns]
        verdict = columns.index("verdict")
        cells[verdict] = f"[{STYLE.get(row.verdict, 'default')}]{cells[verdict]}[/]"
        table.add_row(*cells)
    console.print(table)
    console.print(message("overview.counts_note", lang), style="dim")
    console.print()
    lines = summary_lines(report)
    console.rule(escape(lines[0]))
    for line in lines[1:]:
        console.print(escape(line))
    console.print()
    console.print(message("overview.all_hint", lang), style="dim")
    console.print(message("terminal.disclaimer", lang), style="dim")


def print_summary_to_stderr(report: Report) -> None:
    """The summary on stderr, for a run whose results went to a file."""
    import sys

    for line in summary_lines(report):
        sys.stderr.write(line + "\n")
    sys.stderr.flush()
