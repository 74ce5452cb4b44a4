"""The kinds of output oppcheck writes, in one table: the name `--format` takes, the reporter module,
what it is (data for programs, a form for the meeting, the screen report, the adviser's overview) and
the `--output` endings that choose it. The CLI, the run and the reporters all read this table.

No imports beyond the standard library: the CLI reads it at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

DATA, FORM, SCREEN, OVERVIEW = "data", "form", "screen", "overview"


@dataclass(frozen=True)
class Output:
    name: str
    module: str
    kind: str
    extensions: tuple[str, ...] = ()
    choice: bool = True  # offered by --format


OUTPUTS = (
    Output("terminal", "oppcheck.report.terminal", SCREEN, ("", ".txt", ".text", ".log")),
    Output("json", "oppcheck.report.json_report", DATA, (".json",)),
    Output("jsonl", "oppcheck.report.jsonl", DATA, (".jsonl",)),
    Output("csv", "oppcheck.report.csv_report", DATA, (".csv",)),
    Output("sarif", "oppcheck.report.sarif", DATA, (".sarif",)),
    Output("junit", "oppcheck.report.junit", DATA, (".xml",)),
    Output("github", "oppcheck.report.github", DATA),
    Output("gitlab", "oppcheck.report.gitlab", DATA),
    Output("md", "oppcheck.report.form_md", FORM, (".md",)),
    Output("html", "oppcheck.report.form_html", FORM, (".html", ".htm")),
    Output("docx", "oppcheck.report.form_docx", FORM, (".docx",)),
    Output("overview", "oppcheck.report.overview_html", OVERVIEW),
    Output("xlsx", "oppcheck.report.overview_xlsx", OVERVIEW, (".xlsx",)),
    Output("terminal_overview", "oppcheck.report.overview_terminal", SCREEN, choice=False),
)
BY_NAME = {o.name: o for o in OUTPUTS}
FORMAT_CHOICES = tuple(o.name for o in OUTPUTS if o.choice)
FORM_KINDS = tuple(o.name for o in OUTPUTS if o.kind == FORM)
FORM_EXTENSIONS = {ext: o.name for o in OUTPUTS if o.kind == FORM for ext in o.extensions}
DATA_EXTENSIONS = {ext: o.name for o in OUTPUTS if o.kind in (DATA, OVERVIEW) for ext in o.extensions}
TEXT_EXTENSIONS = BY_NAME["terminal"].extensions  # the screen report as plain text
# Document kinds a parent may well ask for, which oppcheck does not make: refused with a sentence
# that names the kinds it does make (a PDF: print the .html form from the browser to PDF).
UNWRITABLE_EXTENSIONS = (".pdf", ".odt", ".doc", ".rtf", ".ods", ".xls", ".pptx", ".epub")
# The letter to school, by the ending of --letter (no ending: text).
LETTERS = {
    "": "oppcheck.report.letter_text",
    ".docx": "oppcheck.report.letter_docx",
    ".md": "oppcheck.report.letter_text",
    ".txt": "oppcheck.report.letter_text",
}
