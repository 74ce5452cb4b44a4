"""What the CLI commands do, apart from parsing options: settings, rule set, pipeline, reporters."""

from __future__ import annotations

import os
import sys

from . import __version__
from .errors import EXIT_ERROR, EXIT_GAPS, EXIT_OK, OppcheckError
from .findings import DOC_ERROR, Report
from .outputs import (
    DATA_EXTENSIONS,
    FORM_EXTENSIONS,
    FORM_KINDS,
    LETTERS,
    TEXT_EXTENSIONS,
    UNWRITABLE_EXTENSIONS,
)
from .settings import Settings


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


def run_check(
    paths: list[str],
    *,
    fmt: str | None,
    output: str | None,
    form: str | None,
    letter: str | None,
    config_path: str | None,
    debug: bool,
    options: dict,
) -> int:
    from .pipeline import discover
    from .report import write_outputs
    from .ruleset import load_ruleset

    show_all = bool(options.pop("show_all", False))
    forms_dir, forms_format = options.pop("forms", None), options.pop("forms_format", None) or "docx"
    settings = make_settings(options, config_path, debug)
    settings.verbose = show_all  # one plan: every element; a folder: every plan's report too
    ruleset = load_ruleset(settings.ruleset).filtered(settings.select, settings.ignore)
    own_reports: list[str] = []
    inputs = list(discover(paths, own_reports))
    _say_skipped(own_reports, settings.lang)
    if not inputs:
        raise OppcheckError("no_documents", path=", ".join(paths))
    many = len(inputs) > 1 or any(os.path.isdir(p) for p in paths)
    fmt, form = _formats(fmt, output, form, many=many)
    _check_letter(letter)
    for out in (output, letter):
        if out:
            _refuse_overwrite(out, inputs)
    report = Report(
        version=__version__,
        ruleset_name=ruleset.name,
        ruleset_version=ruleset.version,
        lang=settings.lang,
        template_mode=settings.template,
    )
    from .batch import run_documents

    streamed = run_documents(
        inputs,
        ruleset,
        settings,
        report,
        fmt=fmt,
        output=output if not form else None,
        slim=fmt in ("jsonl", "csv", "xlsx") and not form and not letter and not forms_dir,
    )
    written = write_outputs(
        report,
        ruleset,
        settings,
        fmt=fmt,
        output=output,
        form=form,
        letter=letter,
        inputs=inputs,
        streamed=streamed,
        show_all=show_all,
    )
    _after_files(
        report,
        ruleset,
        settings,
        output=output,
        letter=letter,
        forms_dir=forms_dir,
        forms_format=forms_format,
        inputs=inputs,
        many=many,
        written=written,
    )
    return exit_code(report)


def _say_skipped(own_reports: list[str], lang: str) -> None:
    """One sentence on stderr for the reports of oppcheck itself that a folder search left out."""
    if own_reports:
        from .i18n import message
        from .text import safe_path

        names = ", ".join(safe_path(os.path.basename(p)) for p in own_reports[:5])
        names += f" (+{len(own_reports) - 5})" if len(own_reports) > 5 else ""
        print("oppcheck: " + message("notice.own_reports", lang, n=len(own_reports), names=names), file=sys.stderr)


def _after_files(
    report: Report,
    ruleset,
    settings: Settings,
    *,
    output: str | None,
    letter: str | None,
    forms_dir: str | None,
    forms_format: str,
    inputs: list[str],
    many: bool,
    written: list[str],
) -> None:
    """The forms per plan (`--forms`), then, when the results of a folder (or of several files) went
    to files, the summary on stderr; then the confirmation of every file written."""
    from .i18n import message

    lines = []
    if forms_dir:
        from .report.forms_folder import write_forms

        forms = write_forms(report, ruleset, settings, forms_dir, forms_format, inputs)
        lines.append(message("overview.forms_written", settings.lang, n=len(forms), folder=forms_dir))
    if many and (output or letter or forms_dir):
        from .report.overview_terminal import print_summary_to_stderr

        print_summary_to_stderr(report)
    sys.stderr.write("".join(line + "\n" for line in [*lines, *written]))


def _formats(fmt: str | None, output: str | None, form: str | None, many: bool = False) -> tuple[str, str | None]:
    """The data format and the meeting-form format of this call.

    One rule: `--format KIND` chooses the kind of output; without it the name given to `--output`
    does (gesprek.docx is the form in Word, uitslag.json the JSON report, no or a .txt extension
    the screen report as text). `--report KIND` is the old spelling of `--format KIND` for the form.
    The form is a file: it needs `--output`, and the screen report then still goes to the screen.
    A form or a name-chosen kind under a name oppcheck cannot write in its form (gesprek.pdf, .odt)
    is refused rather than filled with something else; an explicit data kind (--format json) may go
    under any name. An .html output for a folder (or several files) is the overview; for one plan,
    the meeting form."""
    if form:
        if fmt not in (None, "terminal", form):
            raise OppcheckError("output_kind_conflict", fmt=fmt, form=form)
        fmt = form
    ext = os.path.splitext(output or "")[1].lower()
    if form is None and fmt is None and many and ext in (".html", ".htm"):
        return "overview", None
    if output and ext in UNWRITABLE_EXTENSIONS and (fmt is None or fmt in FORM_KINDS):
        raise OppcheckError("output_form_kind", ext=ext)
    if fmt is None:
        if ext in FORM_EXTENSIONS:
            fmt = FORM_EXTENSIONS[ext]
        elif ext in DATA_EXTENSIONS:
            fmt = DATA_EXTENSIONS[ext]
        elif ext in TEXT_EXTENSIONS:
            fmt = "terminal"
        else:
            raise OppcheckError("output_output_kind", path=os.path.basename(output or ""))
    if fmt in FORM_KINDS:
        if not output:
            raise OppcheckError("output_needs_output", kind=fmt)
        return "terminal", fmt
    return fmt, None


def _check_letter(letter: str | None) -> None:
    """A letter name oppcheck can write: .docx, .txt or .md (no extension: text)."""
    ext = os.path.splitext(letter or "")[1].lower()
    if letter and ext not in LETTERS:
        raise OppcheckError("output_letter_kind", ext=ext)


def _refuse_overwrite(out: str, inputs: list[str]) -> None:
    real = os.path.realpath(out)
    if any(os.path.realpath(i) == real for i in inputs):
        raise OppcheckError("same_as_input", path=out)


def configured_ruleset(ruleset_name: str | None) -> str:
    """The rule set named on the command line, else the one in the configuration file, else the default."""
    return ruleset_name or make_settings({}).ruleset


SCHOOL_TYPES = ("po", "sbo", "so", "vso", "vo", "pro")


def list_rules(ruleset_name: str | None, lang: str, school_type: str | None = None) -> str:
    """Every rule with its level and legal basis: for one school type, or per school type (types with
    the same citation on one line)."""
    from .i18n import message
    from .ruleset import load_ruleset

    ruleset = load_ruleset(configured_ruleset(ruleset_name))
    lines = [
        f"{ruleset.name} {ruleset.version} ({len(ruleset.rules)})" + (f" · {school_type}" if school_type else ""),
        "",
    ]
    for rule in ruleset.rules:
        if school_type and rule.applies_to and school_type not in rule.applies_to:
            continue
        if school_type:
            level = message("level.must" if rule.required_for(school_type) else "level.should", lang)
            lines.append(f"{rule.id:<32} {level:<12} {rule.text('title', lang)}")
            lines.append(f"{'':<32} {rule.law_for(school_type, lang)}")
            continue
        level = message(f"level.{rule.level}", lang)
        extra = ", ".join(f"{t}: {message(f'level.{lv}', lang)}" for t, lv in rule.level_by_type.items())
        lines.append(f"{rule.id:<32} {level:<12} {rule.text('title', lang)}" + (f" ({extra})" if extra else ""))
        lines += [f"{'':<32} {law}" for law in _laws_per_type(rule, lang)]
    return "\n".join(lines) + "\n"


def _laws_per_type(rule, lang: str) -> list[str]:
    """'po, sbo: WPO art. 40a lid 2 ...' per distinct citation; the general one when no type has its own."""
    if not rule.law_by_type:
        return [rule.text("law", lang)]
    types = [t for t in SCHOOL_TYPES if not rule.applies_to or t in rule.applies_to]
    by_law: dict[str, list[str]] = {}
    for t in types:
        by_law.setdefault(rule.law_for(t, lang), []).append(t)
    return [f"{', '.join(ts)}: {law}" for law, ts in by_law.items()]


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
