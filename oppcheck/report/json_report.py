"""`--format json`: the versioned contract (schema oppcheck/report/1), one object per call."""

from __future__ import annotations

import json

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
