"""Run a rule set's own test cases: small text documents with the statuses they must get.

A test file (YAML) is a list of cases: `name`, `text` (read as Markdown), optional `type` (school
type) and `expect` (element id -> status). `oppcheck rules test` runs them.
"""

from __future__ import annotations

import os

from .errors import RuleSetError
from .ruleset import RuleSet, problem_text


def load_cases(path: str) -> list[dict]:
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            cases = yaml.safe_load(fh) or []
    except OSError as exc:
        raise RuleSetError("ruleset_unreadable", file=path) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleSetError("ruleset_yaml", file=path, line=mark.line + 1 if mark else "?") from exc
    if not isinstance(cases, list) or not all(isinstance(c, dict) and "text" in c and "expect" in c for c in cases):
        raise RuleSetError("ruleset_invalid", file=path, rule="-", field="tests", problem=problem_text("test_cases"))
    return cases


def run_case(case: dict, ruleset: RuleSet) -> dict[str, str]:
    """The statuses the rule set gives for one case."""
    from .check import check_document
    from .extract import ReadOptions
    from .extract.plaintext import read

    data = case["text"].encode("utf-8")
    doc = read(f"{case.get('name', 'case')}.md", data, ReadOptions())
    result = check_document(doc, ruleset, school_type=case.get("type"))
    return {e.id: e.status for e in result.elements}


def run_rule_tests(ruleset: RuleSet, verbose: bool = False) -> tuple[int, int, list[str]]:
    """(failures, checks, report lines) for the rule set's test file."""
    if not ruleset.tests_path or not os.path.exists(ruleset.tests_path):
        return 0, 0, [f"{ruleset.name}: no test cases ('tests:' in the rule set)"]
    lines, failures, total = [], 0, 0
    for case in load_cases(ruleset.tests_path):
        got = run_case(case, ruleset)
        for element_id, expected in case["expect"].items():
            total += 1
            actual = got.get(element_id, "absent")
            ok = actual == expected
            failures += not ok
            if verbose or not ok:
                mark = "ok  " if ok else "FAIL"
                lines.append(f"{mark} {case.get('name', '?')}: {element_id} expected {expected}, got {actual}")
    lines.append(f"{total - failures} passed, {failures} failed")
    return failures, total, lines
