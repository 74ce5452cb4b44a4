"""What the CLI commands do, apart from parsing options: settings, rule set, pipeline, reporters."""

from __future__ import annotations

import os
import sys

from . import __version__
from .errors import EXIT_ERROR, EXIT_GAPS, EXIT_OK, OppcheckError
from .findings import DOC_ERROR, Report
from .settings import Settings

FORM_EXTENSIONS = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md"}
DATA_EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".sarif": "sarif", ".xml": "junit"}


def make_settings(options: dict, config_path: str | None = None, debug: bool = False) -> Settings:
    """Command-line options over the configuration file over the defaults."""
    from .config import resolve

    return resolve(options, config_path=config_path, debug=debug)


def exit_code(report: Report) -> int:
    """2 when a document could not be read; 1 when a required element is missing, incomplete or unclear."""
    if any(d.status == DOC_ERROR for d in report.documents):
        return EXIT_ERROR
    if any(d.must_gaps for d in report.documents):
        return EXIT_GAPS
    return EXIT_OK


def run_check(paths: list[str], *, fmt: str | None, output: str | None, form: str | None, letter: str | None,
              config_path: str | None, debug: bool, options: dict) -> int:
    from .pipeline import discover
    from .report import write_outputs
    from .ruleset import load_ruleset

    settings = make_settings(options, config_path, debug)
    ruleset = load_ruleset(settings.ruleset).filtered(settings.select, settings.ignore)
    fmt, form = _formats(fmt, output, form)
    own_reports: list[str] = []
    inputs = list(discover(paths, own_reports))
    _say_skipped(own_reports, settings.lang)
    if not inputs:
        raise OppcheckError("no_documents", path=", ".join(paths))
    for out in (output, letter):
        if out:
            _refuse_overwrite(out, inputs)
    report = Report(version=__version__, ruleset_name=ruleset.name, ruleset_version=ruleset.version,
                    lang=settings.lang, template_mode=settings.template)
    from .batch import run_documents

    streamed = run_documents(inputs, ruleset, settings, report, fmt=fmt, output=output if not form else None,
                             slim=fmt in ("jsonl", "csv") and not form and not letter)
    write_outputs(report, ruleset, settings, fmt=fmt, output=output, form=form, letter=letter, inputs=inputs,
                  streamed=streamed)
    return exit_code(report)


def _say_skipped(own_reports: list[str], lang: str) -> None:
    """One sentence on stderr for the reports of oppcheck itself that a folder search left out."""
    if own_reports:
        from .i18n import message
        from .text import safe_path

        names = ", ".join(safe_path(os.path.basename(p)) for p in own_reports[:5])
        names += f" (+{len(own_reports) - 5})" if len(own_reports) > 5 else ""
        print("oppcheck: " + message("notice.own_reports", lang, n=len(own_reports), names=names), file=sys.stderr)


def _formats(fmt: str | None, output: str | None, form: str | None) -> tuple[str, str | None]:
    """The data format and the meeting-form format of this call, from the options and the output's extension."""
    ext = os.path.splitext(output or "")[1].lower()
    if form is None and fmt is None and ext in FORM_EXTENSIONS:
        form = FORM_EXTENSIONS[ext]
    if fmt is None:
        fmt = DATA_EXTENSIONS.get(ext, "terminal") if not form else "terminal"
    return fmt, form


def _refuse_overwrite(out: str, inputs: list[str]) -> None:
    real = os.path.realpath(out)
    if any(os.path.realpath(i) == real for i in inputs):
        raise OppcheckError("same_as_input", path=out)


def configured_ruleset(ruleset_name: str | None) -> str:
    """The rule set named on the command line, else the one in the configuration file, else the default."""
    return ruleset_name or make_settings({}).ruleset


def list_rules(ruleset_name: str | None, lang: str) -> str:
    from .i18n import message
    from .ruleset import load_ruleset

    ruleset = load_ruleset(configured_ruleset(ruleset_name))
    lines = [f"{ruleset.name} {ruleset.version} ({len(ruleset.rules)})", ""]
    for rule in ruleset.rules:
        level = message(f"level.{rule.level}", lang)
        extra = ", ".join(f"{t}: {message(f'level.{lv}', lang)}" for t, lv in rule.level_by_type.items())
        lines.append(f"{rule.id:<32} {level:<12} {rule.text('title', lang)}" + (f" ({extra})" if extra else ""))
        lines.append(f"{'':<32} {rule.text('law', lang)}")
    return "\n".join(lines) + "\n"


def test_rules(ruleset_name: str | None, lang: str, verbose: bool) -> int:
    from .ruleset import load_ruleset
    from .ruletests import run_rule_tests

    ruleset = load_ruleset(configured_ruleset(ruleset_name))
    failures, total, lines = run_rule_tests(ruleset, verbose=verbose)
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK if failures == 0 and total > 0 else EXIT_GAPS


def show_config(config_path: str | None) -> str:
    settings = make_settings({}, config_path)
    lines = []
    for key, value in vars(settings).items():
        if key in ("sources", "password"):
            continue
        lines.append(f"{key} = {value!r}    # {settings.sources.get(key, 'default')}")
    return "\n".join(lines) + "\n"
