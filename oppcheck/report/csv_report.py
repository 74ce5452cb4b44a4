"""`--format csv`: one row per document for a spreadsheet.

Columns: path, school_type, status, error, then one column per element id of the rule set with that
element's status in the report's language (empty for a document that could not be read), then the
adviser's overview columns (see `overview`): urgency (1 = look at it first), school, plan_date,
verdict, the counts of missing / incomplete / unclear required elements, consent, scanned. The header
row holds stable ids; the rows stay in folder order (sort on `urgency` for the order of the overview).
UTF-8 with a byte-order mark and the delimiter of `--csv-delimiter` (';' for Dutch Excel), so that
Excel opens it with the right columns.
"""

from __future__ import annotations

import csv
import io

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .overview import COLUMNS, rows, status_text

FIXED_COLUMNS = ("path", "school_type", "status", "error")
OVERVIEW_COLUMNS = tuple(c for c in COLUMNS if c not in ("path", "school_type"))
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(report: Report, ruleset: RuleSet, settings: Settings) -> bytes:
    ids = [rule.id for rule in ruleset.rules]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=settings.csv_delimiter or ",", lineterminator="\r\n")
    lang = report.lang
    writer.writerow([*FIXED_COLUMNS, *ids, *OVERVIEW_COLUMNS])
    for row in sorted(rows(report), key=lambda r: r.position):
        doc = row.doc
        statuses = row.statuses
        texts = row.texts(lang)
        writer.writerow(
            [
                _cell(doc.path),
                doc.school_type or "",
                doc.status,
                _cell(doc.error or ""),
                *(status_text(statuses.get(i, ""), lang) for i in ids),
                *(_cell(texts[c]) for c in OVERVIEW_COLUMNS),
            ]
        )
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: a file name such as '=HYPERLINK(...)' must not become a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
