"""`--output overzicht.xlsx` (or `--format xlsx`): the overview as an Excel workbook (openpyxl).

Sheet 1: a row per document in order of urgency, the overview's columns and one column per element
with its status in the report's language; frozen header, autofilter, column widths.
Sheet 2: the totals per element. Sheet 3: the files that could not be read, and why.
Text that a spreadsheet would take for a formula ('=...') is written as text.
"""

from __future__ import annotations

import datetime as dt
import io

from ..findings import STATUSES, Report
from ..i18n import message
from ..ruleset import RuleSet
from ..settings import Settings
from .overview import COLUMNS, column_title, rows, status_text, summary_counts, totals

NUMERIC = {"urgency", "required_missing", "required_incomplete", "required_unclear"}
MAX_WIDTH = 60
# Background of the verdict cell, by verdict (light, so the text stays readable in print).
FILLS = {
    "consent": "F8D0D6",
    "gaps": "FBE0C8",
    "unclear": "E6DDF2",
    "scanned": "E6DDF2",
    "error": "E6DDF2",
    "not_opp": "E3E6EA",
    "complete": "D5EDDB",
}


def render(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    lang = report.lang
    table = rows(report)
    ids = [r.id for r in ruleset.rules]
    titles = {r.id: r.text("title", lang) for r in ruleset.rules}
    bold = Font(bold=True)
    book = Workbook()

    plans = book.active
    plans.title = message("overview.sheet_plans", lang)
    plans.append([column_title(c, lang) for c in COLUMNS] + [titles[i] for i in ids])
    for row in table:
        texts = row.texts(lang)
        statuses = row.statuses
        values = [int(texts[c]) if c in NUMERIC and texts[c] else texts[c] for c in COLUMNS]
        if row.doc.vaststelling:  # a real date, so that Excel sorts and filters it as one
            values[COLUMNS.index("plan_date")] = dt.date.fromisoformat(row.doc.vaststelling)
        plans.append(_clean(values + [status_text(statuses.get(i, ""), lang) for i in ids]))
        fill = FILLS.get(row.verdict)
        if fill:
            plans.cell(plans.max_row, COLUMNS.index("verdict") + 1).fill = PatternFill("solid", fgColor=fill)
    for cell in plans[get_column_letter(COLUMNS.index("plan_date") + 1)][1:]:
        cell.number_format = "DD-MM-YYYY"
    _finish(plans, bold)

    counts = summary_counts(table)
    sums = book.create_sheet(message("overview.sheet_totals", lang))
    sums.append(
        [
            column_title("element", lang),
            column_title("required", lang),
            *(message(f"status.{s}", lang) for s in STATUSES),
        ]
    )
    found = {t.id: t for t in totals(table)}
    for element_id in [i for i in ids if i in found]:
        t = found[element_id]
        sums.append([_clean([t.title])[0], t.required, *(t.counts[s] for s in STATUSES)])
    sums.append([])
    sums.append([message("overview.summary_plans", lang, **counts)])
    _finish(sums, bold, filtered=False)

    errors = book.create_sheet(message("overview.sheet_errors", lang))
    errors.append([column_title("path", lang), column_title("error", lang)])
    unreadable = [r for r in table if r.kind == "error"]
    for row in unreadable:
        errors.append(_clean([row.path, row.doc.error or ""]))
    if not unreadable:
        errors.append([message("overview.no_errors", lang)])
    _finish(errors, bold, filtered=bool(unreadable))

    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _finish(sheet, bold, filtered: bool = True) -> None:
    """Bold frozen header, an autofilter over the table, and columns as wide as their text."""
    from openpyxl.utils import get_column_letter

    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":  # a file name such as '=HYPERLINK(...)' stays text, never a formula
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    if filtered and sheet.max_row > 1:
        sheet.auto_filter.ref = sheet.dimensions
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None and not (cell.row > 1 and len(str(cell.value)) > 2 * MAX_WIDTH):
                widths[cell.column] = max(widths.get(cell.column, 0), len(str(cell.value)))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, width + 2)


def _clean(values: list) -> list:
    """Strings without the control characters a workbook cannot hold (an odd file name keeps its row)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return [ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v for v in values]
