"""The document's context: school type, the dates the plan was set and revised, whether the pupil is
an adult who decides himself.

The vocabulary comes from the rule set's `context` section.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import BlockKind, Document, Source, noted_pages
from ..patterns import blank_out
from ..ruleset import RuleSet
from ..text import norm
from .dates import find_dates, find_months
from .sections import Anchor
from .units import ROW_REACH, Unit, in_dated_row, value_beside

# The special types are named rarely but mean a lot; general words (groep, leerkracht) are everywhere.
SPECIFIC_WEIGHT = {"sbo": 3, "so": 3, "vso": 3, "pro": 3}
LETTERHEAD_UNITS = 6
LETTERHEAD_WEIGHT = 4


@dataclass
class Context:
    """What rules need to know beyond the text."""

    school_type: str | None
    plan_date: dt.date | None
    adult_pupil: bool  # meerderjarig en handelingsbekwaam: consents himself, no hoorrecht
    unread_pages: list[int]
    revision_date: dt.date | None = None
    first_plan_date: dt.date | None = None  # the earliest date of setting it names (a re-set plan names two)
    latest_date: dt.date | None = None  # without a date of setting: the latest date the plan names
    unsure_pages: list[int] = field(default_factory=list)  # pages whose text could not be told visible
    # 18 or older by the date of birth on the day the plan was set (vso), not said to be an adult who
    # decides himself nor to be represented: whether he must consent himself is for a person to check
    of_age: bool = False

    @property
    def law_date(self) -> dt.date | None:
        """The date that decides which rules were in force: the latest vast- or bijstelling; for a plan
        that names neither, the latest date it names (a plan all of whose dates lie before a rule came
        into force was written before it)."""
        return self.decision_date or self.latest_date

    @property
    def decision_date(self) -> dt.date | None:
        """The latest vast- or bijstelling: what the rules in force (the hoorrecht) are judged by."""
        dates = [d for d in (self.plan_date, self.revision_date) if d]
        return max(dates) if dates else None


def detect_context(
    doc: Document, units: list[Unit], anchors: dict[str, list[Anchor]], ruleset: RuleSet, school_type: str | None = None
) -> Context:
    res = ruleset.context_res
    unread = [p for p in doc.image_only_pages if p not in doc.ocr_pages]
    excluded = _destination_units(anchors.get(ruleset.context.get("destination_element") or "", []))
    detected = school_type or _school_type(doc, units, excluded, res)
    plan_dates = labelled_dates(units, res["plan_date_labels"], res["not_plan_date_labels"])
    plan_date = max(plan_dates) if plan_dates else None
    revision = labelled_date(
        units, res["revision_date_labels"], res["not_plan_date_labels"], months=True, not_yet=res["not_done_yet"]
    )
    represented = _represented(units, res)
    adult = not represented and _said_adult(units, res) and detected in ("vso", None)
    on = max((d for d in (plan_date, revision) if d), default=None)
    return Context(
        school_type=detected,
        plan_date=plan_date,
        adult_pupil=adult,
        unread_pages=unread,
        revision_date=revision if revision and (plan_date is None or revision > plan_date) else None,
        first_plan_date=min(plan_dates) if plan_dates else None,
        latest_date=None if plan_date or revision else _latest_date(units),
        unsure_pages=noted_pages(doc.notes, "visibility-unknown"),
        of_age=not adult and not represented and detected == "vso" and _of_age(units, res, on),
    )


def _latest_date(units: list[Unit]) -> dt.date | None:
    """The latest date the plan's own text names (read only for a plan without a date of setting)."""
    return max((d for u in units if not u.toc for d in find_dates(u.text)), default=None)


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
        if u.index in excluded or in_dated_row(units, u):
            continue  # (not a signature table's row 'School | M. Bruins, intern begeleider | 12-10-2026')
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
        return u.value or value_beside(u, units)
    if u.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) and not u.value:
        for p in label_res:
            m = p.match(u.norm)
            if m and m.end() < len(u.norm) and len(u.norm.split()) <= 10:
                return u.norm[m.end() :]
    return ""


DATE_AFTER_LABEL = 60  # characters between 'vastgesteld' and its date ('vastgesteld door de directeur, A. B., op')
NEXT_UNITS = 3  # a heading or label cell 'Datum vaststelling' with its date in the next cell or line
SHORT_VALUE_WORDS = 8
_WORDS = re.compile(r"\w+")
_DATE_END = re.compile(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{1,2} [a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2}")


def labelled_date(
    units: list[Unit], label_res: list, other_res: list, months: bool = False, not_yet: list = ()
) -> dt.date | None:
    """The latest of `labelled_dates`."""
    found = labelled_dates(units, label_res, other_res, months, not_yet)
    return max(found) if found else None


def labelled_dates(
    units: list[Unit], label_res: list, other_res: list, months: bool = False, not_yet: list = ()
) -> list[dt.date]:
    """The dates the plan names right after one of `label_res` ('Datum vaststelling: 22-09-2025',
    'vastgesteld door de directeur op 22-09-2025'), or, for a bare label (a heading, a label cell), in a
    short line or cell right after it. Such a line that speaks of another kind of date (a meeting, a
    draft, a validity period, a signature: `other_res`) is skipped: only the school's decision counts.
    With `months`, a month and year right after the label count too ('Bijstelling oktober 2025': the
    first of that month); a sentence with a word of `not_yet` ('gepland', 'eerstvolgende') gives no date. A
    table cell reads its own row first (`_date_in_row`); a value that opens with its date may explain it."""
    found: list[dt.date] = []
    for u in units:
        if u.toc:
            continue
        for m in (m for p in label_res for m in p.finditer(u.norm)):
            if not_yet and any(p.search(_sentence_at(u.norm, m.start())) for p in not_yet):
                continue
            window = u.norm[m.end() : m.end() + DATE_AFTER_LABEL]
            # ('Status: Vastgesteld  Geldig tot 31-07-2026': the date after the label is another kind of date.)
            between = _FIRST_DIGIT.split(window, maxsplit=1)[0]
            after = [] if any(p.search(between) for p in other_res) else find_dates(window)
            if months and not after and _MONTH_NEXT.match(window):  # the month right after the label
                after = find_months(window[:DATE_OPENING])
            before = _date_just_before(u.norm[: m.start()], other_res)
            if after:
                found.append(after[0])
            elif before:
                found.append(before)  # 'heeft het plan op 3-9-2023 vastgesteld'
            elif len(_WORDS.findall(u.norm[m.end() :])) <= 1 and not find_dates(u.norm):
                # (A cell of a table's row reads its own row first: '1.0 | 17-03-2025 | Vaststelling'.)
                found += _date_in_row(units, u) or _date_in_next_units(units, u, other_res)
            elif not find_dates(u.norm):
                found += _date_in_row(units, u)
    return found


def _date_in_row(units: list[Unit], u: Unit) -> list[dt.date]:
    """The date of a table row that a cell labels or describes: the cell right after it ('Datum
    vaststelling | 15-09-2025'), else the cell right before it ('2.0 | 11-11-2025 | Evaluatie en
    bijstelling handelingsdeel'), when that cell holds a date and little else; not the date of another
    label in the row ('Datum OPP-gesprek | 02-06-2025 | Datum vaststelling | 15-09-2025')."""
    loc = u.block.location
    if u.kind is not BlockKind.TABLE_CELL or not loc.row or loc.row == 1:
        return []  # (a header cell's dates are in the rows below it)
    row = (u.page, loc.table, loc.row)
    cells = sorted(
        (
            v
            for v in units[max(0, u.index - ROW_REACH) : u.index + ROW_REACH]
            if v.kind is BlockKind.TABLE_CELL and (v.page, v.block.location.table, v.block.location.row) == row
        ),
        key=lambda v: v.block.location.column or 0,
    )
    at = cells.index(u)
    for near in (cells[at + 1 : at + 2], cells[at - 1 : at] if at else []):
        for v in near:
            dates = find_dates(v.norm)
            if dates and (len(_WORDS.findall(v.norm)) <= DATE_CELL_WORDS or _FIRST_DIGIT.match(v.norm)):
                return dates[:1]  # (a date cell may explain itself: '04-11-2025 (na evaluatie met ouders)')
    return []


DATE_CELL_WORDS = 4  # a cell that holds a date and little else ('11-11-2025', 'di 11 november 2025')


_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


def _sentence_at(text: str, at: int) -> str:
    """The sentence (or clause after a semicolon) of `text` around position `at`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, at)), len(text))
    return text[start:end]


DATE_BEFORE_LABEL = 30
_MONTH_NEXT = re.compile(r"\W{0,3}[a-z]+\.? \d{4}\b")
DATE_OPENING = 20  # characters at the start of a value that hold its date ('18 november 2025')
_FIRST_DIGIT = re.compile(r"\d")


def _date_just_before(text: str, other_res: list) -> dt.date | None:
    """The date ending shortly before the label, with no word of another kind of date in between."""
    window = text[-DATE_BEFORE_LABEL:]
    spans = list(_DATE_END.finditer(window))
    if not spans:
        return None
    rest = window[spans[-1].start() :]
    dates = find_dates(rest)
    between = window[spans[-1].end() :]
    if not dates or any(p.search(between) for p in other_res):
        return None
    return dates[0]


def _date_in_next_units(units: list[Unit], u: Unit, other_res: list) -> list[dt.date]:
    loc = u.block.location
    if u.kind is BlockKind.TABLE_CELL and loc.row == 1 and (loc.column or 1) > 1:
        # A column header ('Doel | Bijgesteld'): each row below has its own date; the latest counts.
        column = [
            d
            for v in units
            if v.kind is BlockKind.TABLE_CELL
            and v.page == u.page
            and (v.block.location.table, v.block.location.column) == (loc.table, loc.column)
            and (v.block.location.row or 0) > 1
            for d in find_dates(v.norm)
        ]
        if column:
            return [max(column)]
        # (Else a label cell in the first row of a label | value table: 'Geb.datum | 04-02-2007'.)
    for v in units[u.index + 1 : u.index + 1 + NEXT_UNITS]:
        if v.kind is BlockKind.HEADING:
            break
        # (A value that opens with its date may explain it: '18-11-2025 (na tussenevaluatie; doelen bijgesteld)'.)
        if any(p.search(v.norm) for p in other_res):
            continue
        opening = find_dates(v.norm[:DATE_OPENING]) if _FIRST_DIGIT.match(v.norm) else []
        if opening:
            return opening[:1]
        if len(_WORDS.findall(v.norm)) > SHORT_VALUE_WORDS:
            continue
        dates = find_dates(v.norm)
        if dates:
            return dates[:1]
    return []


def _said_adult(units: list[Unit], res: dict) -> bool:
    """Whether the plan says the pupil is meerderjarig en handelingsbekwaam (an adult who decides himself,
    unless `_represented`). A condition or a rule for everyone ('als het 18 jaar of ouder is') does not
    make a pupil an adult; an unticked option says nothing."""
    return any(
        _said_of_pupil(u.norm, res["adult_pupil"], res["conditional"]) and not _answered_no(units, i, res["answer_no"])
        for i, u in enumerate(units)
        if not _unticked(u)
    )


def _represented(units: list[Unit], res: dict) -> bool:
    """Whether the plan names a representative of the pupil (curatele, mentorschap, a legal representative):
    any mention keeps the say with the parents or him, and the pupil's hoorrecht. 'geen curatele, bewind of
    mentorschap' names them to say there is none; an unticked option ('[ ] Leerling staat onder curatele')
    says nothing."""
    return any(
        p.search(blank_out(res["adult_pupil_not_represented"], u.norm)[0])
        for u in units
        if not _unticked(u)
        for p in res["adult_pupil_represented"]
    )


def _unticked(u: Unit) -> bool:
    return u.kind is BlockKind.CHECKBOX and u.block.checked is False


ADULT_AGE = 18
PUPIL_AGES = range(4, 31)  # a date of birth gives a pupil's age within these years; else it is another date


def _of_age(units: list[Unit], res: dict, on: dt.date | None) -> bool:
    """Whether the pupil was 18 or older on `on`, by the date of birth the plan gives."""
    if on is None:
        return False
    ages = [_age(born, on) for born in labelled_dates(units, res["birth_date_labels"], [])]
    ages = [a for a in ages if a in PUPIL_AGES]
    return bool(ages) and min(ages) >= ADULT_AGE


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _answered_no(units: list[Unit], i: int, answer_no: list[re.Pattern]) -> bool:
    """Whether a field label is answered no: 'Meerderjarig: nee', or 'nee' beside it in its row."""
    u = units[i]
    answer = u.value if u.label and u.value else value_beside(u, units)
    return any(p.search(norm(answer)) for p in answer_no)


_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n)")


def _said_of_pupil(text: str, pats: list[re.Pattern], conditional: list[re.Pattern]) -> bool:
    """Whether a phrase of `pats` occurs in `text` as a statement, not after a condition word in its sentence."""
    for p in pats:
        for m in p.finditer(text):
            start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
            if not any(c.search(text[start : m.start()]) for c in conditional):
                return True
    return False
