"""The `section` kind: an element shown by a labelled part of the plan with real content.

The most specific labelled section decides (a heading inside a wider one wins); prose phrases count
only when no labelled section was found. See `..content` for how content is judged.
"""

from __future__ import annotations

from ...findings import INCOMPLETE, MISSING, NOT_APPLICABLE, PRESENT, UNCLEAR
from ...ruleset import Rule
from ...text import norm
from ..content import ContentOptions, Judgement, best, judge_anchor
from ..dates import has_past_date
from ..law import judge_age, judge_term, mentioned_after, mentioned_elsewhere
from ..sections import Anchor, beside_column
from ..situation import Situation
from ..units import Unit
from . import Kind

CONTENT_FIELDS = (
    "min_words",
    "expect",
    "if_unexpected",
    "needs_date",
    "not_applicable_if",
    "not_applicable_unless",
    "contradicted_by",
    "incomplete_if",
    "must_also_mention",
    "column_beside",
    "per_row_unless",
    "undone_if",
    "done_if",
    "stale_weeks_before_plan",
)
CONTENT_SCHEMA = {"properties": {name: {"$ref": f"#/$defs/rule_fields/{name}"} for name in CONTENT_FIELDS}}


def judge(rule: Rule, situation: Situation) -> Judgement:
    """Existence with content: the most specific labelled section decides; prose only when none. What
    it must also mention may stand in another of its parts or sentences (`judge_sections`) or follow
    right after it; the age of its dates (`stale_weeks_before_plan`) and a term (`within_weeks_of_plan`)
    are judged last."""
    judgement = judge_sections(rule, situation, situation.anchors_of(rule))
    judgement = _unless_contradicted(judgement, rule, situation)
    judgement = mentioned_after(rule, situation.ruleset, judgement, situation.units, situation.other_sections(rule))
    return judge_term(rule, judge_age(rule, judgement, situation.ctx), situation.ctx)


def judge_sections(rule: Rule, situation: Situation, anchors: list[Anchor]) -> Judgement:
    elsewhere = situation.in_other_sections(rule)
    per_row: list[Judgement] = []
    for rank in (1, 2):
        candidates = [a for a in anchors if a.rank == rank]
        innermost = [a for a in candidates if a.nested_in is None] or candidates
        innermost = [a for a in innermost if not _has_own_column(a, innermost)]
        judged = []
        # A heading over a table whose columns were printed as lines is judged after the columns' own
        # anchors: a column header cell ('Belemmerend') says which text is whose.
        for a in sorted(innermost, key=lambda a: (a.columns_as_lines, a.unit.index)):
            judgement = judge_anchor(a, rule, situation.ruleset, situation.pupil_names)
            judgement = _unless_per_row(_unless_others_only(judgement, rule, situation), rule, situation)
            judgement = mentioned_elsewhere(rule, situation.ruleset, judgement, situation.units, anchors, elsewhere)
            judged.append(_unless_undone(judgement, rule))
            if judged[-1].status == PRESENT:
                break  # nothing is judged better, and of equals the first one wins
        if judged:
            # An empty labelled section is not rescued by a passing mention elsewhere; a column that
            # speaks per row ('Doel | Evaluatie') is, by the plan's own sentence ('Het OPP wordt ...
            # geëvalueerd ... in een gesprek met ouders').
            found = _unless_columns(_per_row_first(best([*judged, *per_row]), [*judged, *per_row]))
            if rank == 1 and found.reason == "no_date" and rule.options.needs_date:
                # A labelled part without the date ('Zienswijze ouders' in a reply slip) beside the plan's
                # own dated sentence ('Het ontwikkelingsperspectief is op 29 oktober 2025 besproken met ...').
                dated = judge_sections(rule, situation, [a for a in anchors if a.rank == 2])
                return dated if dated.status == PRESENT else found
            if found.reason != "per_row" or rank == 2:
                return found
            per_row = [found]
    return per_row[0] if per_row else Judgement(MISSING, "not_found")


def _unless_contradicted(judgement: Judgement, rule: Rule, situation: Situation) -> Judgement:
    """The plan answers 'not applicable' for the whole element ('Wijkt het programma af? n.v.t.') but
    names elsewhere what does apply (`contradicted_by`: 'Ruben volgt sinds groep 5 een eigen leerlijn',
    'Start eigen leerlijn rekenen'): `incomplete`, quoting that place. A row among other rows of the same
    element ('Vrijstelling | n.v.t.' under 'Eigen leerlijn | ...') answers for that row only."""
    pats = rule.options.contradicted_res
    if not pats or judgement.status not in (PRESENT, NOT_APPLICABLE):
        return judgement
    said_none = None
    anchors = situation.anchors_of(rule)
    for a in anchors:
        if a.rank != 1 or any(p.search(a.unit.norm) for p in pats) or _beside_other_parts(a, anchors):
            continue
        j = judge_anchor(a, rule, situation.ruleset, situation.pupil_names)
        if j.status == NOT_APPLICABLE:
            said_none = a
            break
    if said_none is None:
        return judgement
    own = {said_none.unit.index, *(u.index for u in said_none.content)}
    other = next(
        (u for u in situation.units if u.index not in own and not u.toc and any(p.search(u.norm) for p in pats)),
        None,
    )
    if other is None:
        return judgement
    return Judgement(INCOMPLETE, "contradicted", None, [other, said_none.unit], other.text)


def _beside_other_parts(anchor: Anchor, anchors: list[Anchor]) -> bool:
    """A table cell among other labelled rows of the same element ('Eigen leerlijn | ...', 'Vrijstelling
    | n.v.t.'): it answers for its own part."""
    loc = anchor.unit.block.location
    if anchor.how != "cell" or loc.table is None:
        return False
    here = (anchor.unit.page, loc.table)
    return any(
        a is not anchor and a.how == "cell" and (a.unit.page, a.unit.block.location.table) == here for a in anchors
    )


def _per_row_first(found: Judgement, judged: list[Judgement]) -> Judgement:
    """Of two gaps, a column that speaks per row says more than a heading with nothing of its own."""
    if found.status == INCOMPLETE and found.reason == "empty":
        return next((j for j in judged if j.reason == "per_row"), found)
    return found


def _unless_others_only(judgement: Judgement, rule: Rule, situation: Situation) -> Judgement:
    """A heading that names this element and another ('Gesprekken en evaluatie'), over nothing but the
    other's own labelled parts (a row 'OPP-gesprek (OOGO) | 25-11-2025 | ...'), gives this element nothing:
    it is judged on the rest, unless one of its own sentences stands in those parts."""
    anchor = judgement.anchor
    if judgement.status != PRESENT or anchor is None or anchor.how != "heading":
        return judgement
    inside = {u.index for u in anchor.content}
    owned: set[int] = set()
    for rid, found in situation.anchors.items():
        for other in found:
            if rid != rule.id and other.rank == 1 and other.unit.index in inside:
                owned.update({other.unit.index, *(u.index for u in other.content)})
    if not owned:
        return judgement
    theirs = [u for u in anchor.content if u.index in owned]
    if any(p.search(u.norm) for u in theirs for p in rule.phrase_res):
        return judgement
    rest = Anchor(
        anchor.rule_id, anchor.unit, anchor.how, anchor.inline, [u for u in anchor.content if u.index not in owned]
    )
    return judge_anchor(rest, rule, situation.ruleset, situation.pupil_names)


def _unless_per_row(judgement: Judgement, rule: Rule, situation: Situation) -> Judgement:
    """A column of a table whose header row also names one of the rule's `column_beside` elements
    ('Doel | Evaluatie (wanneer / hoe)') says something per row (when each goal is checked), not what the
    element asks of the plan as a whole (when the plan is evaluated with the parents): `incomplete`."""
    anchor = judgement.anchor
    if judgement.status != PRESENT or anchor is None:
        return judgement
    if beside_column(anchor, rule.options.column_beside, situation.anchors) and not any(
        p.search(text) for text in (anchor.unit.norm, norm(judgement.quote)) for p in rule.options.per_row_unless_res
    ):
        return Judgement(INCOMPLETE, "per_row", anchor, judgement.shown, judgement.quote)
    return judgement


def _unless_undone(judgement: Judgement, rule: Rule) -> Judgement:
    """Content that records the element did not happen ('Gehouden | nee', 'niet doorgegaan') and
    nowhere in it that it did ('gehouden op 12-02-2025'): `incomplete`, quoting the record. A table
    cell is read with its column's header ('gehouden: nee')."""
    anchor, opts = judgement.anchor, rule.options
    if judgement.status != PRESENT or anchor is None or not opts.undone_res:
        return judgement
    texts = [(u, _with_header(u)) for u in [anchor.unit, *anchor.content] if u.text.strip()]
    if anchor.inline:
        texts.append((anchor.unit, norm(anchor.inline)))
    if any(p.search(t) for _, t in texts for p in opts.done_res):
        return judgement
    said = next((u for u, t in texts if any(p.search(t) for p in opts.undone_res)), None)
    if said is None or _held_in_another_row(said, anchor.content, opts):
        return judgement
    return Judgement(INCOMPLETE, "undone", anchor, [said], _row_text(said, anchor.content))


def _held_in_another_row(said: Unit, units: list[Unit], opts: ContentOptions) -> bool:
    """A table of meetings without a column that says whether each was held ('Datum | Met wie |
    Verslag'): another row with a past date that records nothing undone is one that was held."""
    loc = said.block.location
    if loc.row is None:
        return False
    table = [u for u in units if (u.page, u.block.location.table) == (said.page, loc.table)]
    headers = {u.block.col_header for u in table if u.block.col_header}
    if any(p.search(norm(f"{h}: ja")) for h in headers for p in opts.done_res):
        return False  # a 'Gehouden' column: only its own answers say which were held
    rows: dict[int, list[Unit]] = {}
    for u in table:
        if (u.block.location.row or 0) > 1:
            rows.setdefault(u.block.location.row, []).append(u)
    return any(
        row != loc.row
        and has_past_date(" ".join(c.text for c in cells))
        and not any(p.search(_with_header(c)) for c in cells for p in opts.undone_res)
        for row, cells in rows.items()
    )


def _row_text(u: Unit, units: list[Unit]) -> str:
    """What to quote of a unit: a table cell's whole row ('2024-2025 periode 1 | 06-02-2025 | nee | niet
    doorgegaan'), else its text."""
    loc = u.block.location
    if loc.row is None:
        return u.text
    here = (u.page, loc.table, loc.row)
    row = [c.text for c in units if (c.page, c.block.location.table, c.block.location.row) == here]
    return " | ".join(t for t in row if t.strip()) or u.text


def _with_header(u: Unit) -> str:
    """A unit's text as a reader takes it in: a table cell with its column's header ('gehouden: nee')."""
    header = u.block.col_header if u.block.location.row and u.block.location.row > 1 else None
    return norm(f"{header}: {u.text}") if header else u.norm


def _has_own_column(anchor: Anchor, others: list[Anchor]) -> bool:
    """A heading over a table whose columns were printed as lines, when the element's own column header
    cell ('Belemmerend') stands in its content: that column, not the whole section, is the element's."""
    if not anchor.columns_as_lines:
        return False
    inside = {u.index for u in anchor.content}
    return any(o.how == "cell" and o.unit.index in inside for o in others)


def _unless_columns(judgement: Judgement) -> Judgement:
    """Text under a column header row printed as a line ('Belemmerend  Bevorderend') may all stand in
    the other element's column: not `present`, but `unclear`, with what to check."""
    anchor = judgement.anchor
    if judgement.status == PRESENT and anchor is not None and anchor.columns_as_lines:
        return Judgement(UNCLEAR, "columns", anchor, judgement.shown, judgement.quote)
    return judgement


def judge_template(rule: Rule, situation: Situation) -> Judgement:
    """A template needs a place for the element (a heading, label, field or cell); empty is fine."""
    return place(situation.anchors_of(rule))


def place(anchors: list[Anchor]) -> Judgement:
    labelled = [a for a in anchors if a.rank == 1]
    if not labelled:
        return Judgement(MISSING, "template_no_place")
    first = labelled[0]
    return Judgement(PRESENT, "template_place", first, [first.unit], first.unit.text)


KIND = Kind(
    "section",
    ContentOptions,
    CONTENT_SCHEMA,
    judge,
    judge_template,
    description="a labelled part of the plan with real content",
)
