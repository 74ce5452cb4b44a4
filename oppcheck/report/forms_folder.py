"""`--forms MAP`: one meeting form per plan with gaps, `<plan>-gesprek.docx` (or .html, .md).

The name comes from the plan's path relative to the checked folder ('school-b/plan 1.pdf' ->
'school-b_plan_1-gesprek.docx'), made safe for every file system: letters, digits, '-', '_' and '.'
only, no leading dot, at most 100 characters. Two plans that would get the same name are told apart
by a number; a name that is one of the checked files is never used (an input is never overwritten).
"""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata

from ..atomic import write_atomic
from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from . import render
from .overview import rows

SUFFIX = {"docx": ".docx", "html": ".html", "md": ".md"}
FORM_NAME = "-gesprek"
MAX_STEM = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def write_forms(
    report: Report, ruleset: RuleSet, settings: Settings, folder: str, fmt: str, inputs: list[str]
) -> list[str]:
    """Write a form for every readable plan with a gap (required or recommended); return the paths."""
    from ..errors import OppcheckError

    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise OppcheckError("cannot_write", path=folder) from exc
    taken = {os.path.realpath(p) for p in inputs}
    written = []
    for row in sorted(rows(report), key=lambda r: r.position):
        if row.kind != "plan" or not any(e.is_gap for e in row.doc.elements):
            continue
        target = _free_name(folder, safe_stem(row.path) + FORM_NAME, SUFFIX[fmt], taken)
        taken.add(os.path.realpath(target))
        one = dataclasses.replace(report, documents=[row.doc])
        write_atomic(target, render(fmt, one, ruleset, settings), inputs=inputs)
        written.append(target)
    return written


def safe_stem(relative_path: str) -> str:
    """A file name stem from a relative path: folders joined with '_', the extension left off."""
    stem = os.path.splitext(relative_path)[0].replace("/", "_").replace("\\", "_")
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE.sub("_", stem).strip("._-")[:MAX_STEM].rstrip("._-")
    if not stem or stem.lower() in _RESERVED:
        stem = "plan" + ("_" + stem if stem else "")
    return stem


def _free_name(folder: str, stem: str, suffix: str, taken: set[str]) -> str:
    candidate = os.path.join(folder, stem + suffix)
    n = 2
    while os.path.realpath(candidate) in taken:
        candidate = os.path.join(folder, f"{stem}-{n}{suffix}")
        n += 1
    return candidate
