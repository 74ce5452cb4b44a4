"""Reporters: each formats a Report and knows nothing of rules' logic or of file formats.

Every module in this registry has `render(report, ruleset, settings) -> str | bytes`.
"""

from __future__ import annotations

import sys
from importlib import import_module

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings

REPORTERS = {
    "terminal": "oppcheck.report.terminal",
    "json": "oppcheck.report.json_report",
    "jsonl": "oppcheck.report.jsonl",
    "csv": "oppcheck.report.csv_report",
    "sarif": "oppcheck.report.sarif",
    "junit": "oppcheck.report.junit",
    "github": "oppcheck.report.github",
    "gitlab": "oppcheck.report.gitlab",
    "md": "oppcheck.report.form_md",
    "html": "oppcheck.report.form_html",
    "docx": "oppcheck.report.form_docx",
    "overview": "oppcheck.report.overview_html",
    "xlsx": "oppcheck.report.overview_xlsx",
    "terminal_overview": "oppcheck.report.overview_terminal",
}
LETTER_FORMATS = {".docx": "oppcheck.report.letter_docx", ".md": "oppcheck.report.letter_text",
                  ".txt": "oppcheck.report.letter_text"}


def render(name: str, report: Report, ruleset: RuleSet, settings: Settings) -> str | bytes:
    return import_module(REPORTERS[name]).render(report, ruleset, settings)


def write_outputs(report: Report, ruleset: RuleSet, settings: Settings, *, fmt: str, output: str | None,
                  form: str | None, letter: str | None, inputs: list[str], streamed: bool = False,
                  show_all: bool = False) -> None:
    """Write the data report (stdout or --output), the meeting form and the letter, as asked.

    Several documents in the terminal format give the overview table and the summary, unless
    `show_all` asks for every document's full report."""
    from ..atomic import write_atomic

    if fmt == "terminal" and len(report.documents) > 1 and not show_all:
        fmt = "terminal_overview"
    if not streamed:
        data = render(fmt, report, ruleset, settings)
        if output and not form:
            write_atomic(output, data, inputs=inputs)
        elif fmt == "terminal":
            from .terminal import print_report

            print_report(report, ruleset, settings)
        elif fmt == "terminal_overview":
            from .overview_terminal import print_overview

            print_overview(report)
        else:
            _stdout(data)
    if form:
        if output:
            write_atomic(output, render(form, report, ruleset, settings), inputs=inputs)
        else:
            _stdout(render(form, report, ruleset, settings))
    if letter:
        import os

        module = LETTER_FORMATS.get(os.path.splitext(letter)[1].lower(), LETTER_FORMATS[".txt"])
        write_atomic(letter, import_module(module).render(report, ruleset, settings), inputs=inputs)


def _stdout(data: str | bytes) -> None:
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        sys.stdout.write(data)
