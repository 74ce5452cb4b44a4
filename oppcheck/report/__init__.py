"""Reporters: each formats a Report and knows nothing of rules' logic or of file formats.

Every reporter module (the table in `oppcheck/outputs.py`) has `render(report, ruleset, settings) -> str | bytes`.
"""

from __future__ import annotations

import sys
from importlib import import_module

from ..findings import Report
from ..outputs import BY_NAME, LETTERS
from ..ruleset import RuleSet
from ..settings import Settings


def render(name: str, report: Report, ruleset: RuleSet, settings: Settings) -> str | bytes:
    return import_module(BY_NAME[name].module).render(report, ruleset, settings)


def write_outputs(
    report: Report,
    ruleset: RuleSet,
    settings: Settings,
    *,
    fmt: str,
    output: str | None,
    form: str | None,
    letter: str | None,
    inputs: list[str],
    streamed: bool = False,
    show_all: bool = False,
) -> list[str]:
    """Write the data report (stdout or --output), the meeting form (to --output) and the letter, as
    asked. Returns a confirmation of every file written, with its full path, for the caller to show
    on stderr (so that stdout stays the report; for a folder after its summary).

    Several documents in the terminal format give the overview table and the summary, unless
    `show_all` asks for every document's full report."""
    import os

    from ..atomic import write_atomic
    from ..i18n import message

    if fmt == "terminal" and len(report.documents) > 1 and not show_all:
        fmt = "terminal_overview"
    written: list[tuple[str, str]] = []
    if not streamed:
        if output and not form:
            write_atomic(output, render(fmt, report, ruleset, settings), inputs=inputs)
            written.append(("output.written_data", output))
        elif fmt == "terminal":
            from .terminal import print_report

            made = tuple(kind for kind, asked in (("form", form), ("letter", letter)) if asked)
            print_report(report, ruleset, settings, made=made)
        elif fmt == "terminal_overview":
            from .overview_terminal import print_overview

            print_overview(report)
        else:
            _stdout(render(fmt, report, ruleset, settings))
    elif output:
        written.append(("output.written_data", output))
    if form and output:
        write_atomic(output, render(form, report, ruleset, settings), inputs=inputs)
        written.append(("output.written_form", output))
    if letter:
        module = LETTERS.get(os.path.splitext(letter)[1].lower(), LETTERS[""])
        write_atomic(letter, import_module(module).render(report, ruleset, settings), inputs=inputs)
        written.append(("output.written_letter", letter))
    return [message(key, report.lang, path=os.path.abspath(path)) for key, path in written]


def _stdout(data: str | bytes) -> None:
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        sys.stdout.write(data)
