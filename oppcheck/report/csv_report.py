"""`--format csv`: one row per document for a spreadsheet.

Columns: path, school_type, status, error, then one column per element id of the rule set with that
element's status (empty for a document that could not be read). UTF-8 with a byte-order mark and the
delimiter of `--csv-delimiter` (';' for Dutch Excel), so that Excel opens it with the right columns.
"""

from __future__ import annotations

import csv
import io

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings

FIXED_COLUMNS = ("path", "school_type", "status", "error")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    ids = [rule.id for rule in ruleset.rules]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=settings.csv_delimiter or ",", lineterminator="\r\n")
    writer.writerow([*FIXED_COLUMNS, *ids])
    for doc in report.documents:
        statuses = {e.id: e.status for e in doc.elements}
        writer.writerow([_cell(doc.path), doc.school_type or "", doc.status, _cell(doc.error or ""),
                         *(statuses.get(i, "") for i in ids)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: a file name such as '=HYPERLINK(...)' must not become a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
