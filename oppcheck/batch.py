"""Run the documents of one call and collect their results in the report."""

from __future__ import annotations

from .findings import Report
from .pipeline import check_paths
from .ruleset import RuleSet
from .settings import Settings


def run_documents(inputs: list[str], ruleset: RuleSet, settings: Settings, report: Report, *,
                  fmt: str, output: str | None) -> None:
    """Check `inputs` one after another, appending each result to `report.documents`."""
    for result in check_paths(inputs, ruleset, settings):
        report.documents.append(result)
