"""The document's context: school type, the date the plan was set, whether the pupil is an adult.

The vocabulary comes from the rule set's `context` section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import BlockKind, Document, Source
from ..ruleset import RuleSet
from ..text import norm
from .dates import find_dates
from .sections import Anchor
from .units import Unit

# The special types are named rarely but mean a lot; general words (groep, leerkracht) are everywhere.
SPECIFIC_WEIGHT = {"sbo": 3, "so": 3, "vso": 3, "pro": 3}
LETTERHEAD_UNITS = 6
LETTERHEAD_WEIGHT = 4


@dataclass
class Context:
    """What rules need to know beyond the text."""

    school_type: str | None
    plan_date: dt.date | None
    adult_pupil: bool
    unread_pages: list[int]


def detect_context(doc: Document, units: list[Unit], anchors: dict[str, list[Anchor]], ruleset: RuleSet,
                   school_type: str | None = None) -> Context:
    res = ruleset.context_res
    unread = [p for p in doc.image_only_pages if p not in doc.ocr_pages]
    elements = ruleset.context
    excluded = _destination_units(anchors.get(elements.get("destination_element") or "", []))
    detected = school_type or _school_type(doc, units, excluded, res)
    return Context(
        school_type=detected,
        plan_date=_plan_date(units, anchors.get(elements.get("plan_date_element") or "", []), res),
        adult_pupil=_adult(units, res) and detected in ("vso", None),
        unread_pages=unread,
    )


def _destination_units(anchors: list[Anchor]) -> set[int]:
    """Text about where the pupil goes next says nothing about the school he is at now."""
    out: set[int] = set()
    for anchor in anchors:
        out.add(anchor.unit.index)
        out.update(u.index for u in anchor.content)
    return out


def _school_type(doc: Document, units: list[Unit], excluded: set[int], res: dict) -> str | None:
    cues, label_res = res["types"], res["type_labels"]
    # 1. An explicit "School: SBO De Brug" / "Schoolsoort: vso" label decides.
    for u in units:
        if u.index in excluded:
            continue
        value = _labelled_value(units, u, label_res)
        for stype, pats in cues.items():
            if value and any(p.search(norm(value)) for p in pats):
                return stype
    # 2. Otherwise count cues in the text (headers and footers too: they often carry the school name).
    # The letterhead, title and running headers name the school: they weigh more than the body.
    texts = [(u.norm, LETTERHEAD_WEIGHT if u.index < LETTERHEAD_UNITS else 1) for u in units if u.index not in excluded]
    texts += [(norm(b.text), LETTERHEAD_WEIGHT) for b in doc.blocks if b.source in (Source.HEADER, Source.FOOTER)]
    scores = {t: 0 for t in cues}
    for text, weight in texts:
        for stype, pats in cues.items():
            scores[stype] += sum(len(p.findall(text)) for p in pats) * SPECIFIC_WEIGHT.get(stype, 1) * weight
    # A specific type wins over the general one it contains (vso over vo and so, sbo over po).
    for specific, general in (("vso", "so"), ("vso", "vo"), ("sbo", "po"), ("pro", "vo")):
        if scores.get(specific) and scores.get(general):
            scores[general] = max(0, scores[general] - scores[specific])
    best = max(scores.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] > 0 else None


def _labelled_value(units: list[Unit], u: Unit, label_res: list) -> str:
    """The value of a 'School: ...' unit: after the colon, in the next table cell, or after the label
    word on a flattened table line ('School Praktijkcollege Het Ambacht')."""
    if u.label and any(p.fullmatch(u.label) for p in label_res):
        return u.value or _next_cell(units, u)
    if u.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) and not u.value:
        for p in label_res:
            m = p.match(u.norm)
            if m and m.end() < len(u.norm) and len(u.norm.split()) <= 10:
                return u.norm[m.end():]
    return ""


def _next_cell(units: list[Unit], u: Unit) -> str:
    """The value cell next to a label cell in a table row."""
    loc = u.block.location
    if u.kind is not BlockKind.TABLE_CELL or loc.row is None:
        return ""
    for v in units[u.index + 1 : u.index + 4]:
        vloc = v.block.location
        if v.kind is BlockKind.TABLE_CELL and vloc.table == loc.table and vloc.row == loc.row:
            return v.text
    return ""


def _plan_date(units: list[Unit], anchors: list[Anchor], res: dict) -> dt.date | None:
    """The date of the plan: from the section of the rule set's `plan_date_element`, else a date label."""
    for anchor in anchors:
        text = "\n".join([anchor.inline, *(u.text for u in anchor.content)])
        dates = find_dates(text)
        if anchor.how == "phrase":
            dates = find_dates(anchor.unit.text)
        if dates:
            return max(dates)
    label_res = res["plan_date_labels"]
    for u in units:
        if u.label and any(p.search(u.label) for p in label_res):
            dates = find_dates(u.value or u.text)
            if dates:
                return dates[0]
    return None


def _adult(units: list[Unit], res: dict) -> bool:
    pats = res["adult_pupil"]
    return any(p.search(u.norm) for u in units for p in pats)
