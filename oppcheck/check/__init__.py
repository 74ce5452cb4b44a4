"""Check a Document against a rule set: one result per element, with status and evidence.

The pipeline: units (normalised blocks with labels) -> anchors (where each element's section is)
-> context (school type, date of the plan) -> one judgement per rule, by the rule's kind.
"""

from __future__ import annotations

from ..findings import (
    DOC_COMPLETE,
    DOC_GAPS,
    MISSING,
    NOT_APPLICABLE,
    PRESENT,
    UNCLEAR,
    DocumentResult,
)
from ..model import Document
from ..ruleset import Rule, RuleSet
from .consent import check_consent
from .content import Judgement, best, judge_anchor
from .context import Context, detect_context
from .evidence import build_element
from .law import judge_term, mentioned_after, triggered
from .mention import check_mention
from .sections import Anchor, find_anchors
from .template import judge_template
from .units import Unit, build_units


def check_document(doc: Document, ruleset: RuleSet, *, school_type: str | None = None, lang: str = "nl",
                   template: bool = False) -> DocumentResult:
    """Judge every rule of `ruleset` on `doc`."""
    units = build_units(doc)
    anchors = find_anchors(units, ruleset)
    ctx = detect_context(doc, units, anchors, ruleset, school_type)
    elements = []
    is_opp = bool(ctx.unread_pages) or _is_opp(units, anchors, ruleset)
    # Where each element's headed section starts: the consent part runs on until another one begins.
    heading_starts = [(a.unit.index, rid) for rid, found in anchors.items() for a in found if a.how == "heading"]
    for rule in ruleset.rules:
        if not is_opp:
            judgement = Judgement(MISSING, "not_an_opp")
        elif template:
            judgement = judge_template_rule(rule, units, anchors.get(rule.id, []), ctx)
        else:
            others = {index for index, rid in heading_starts if rid != rule.id}
            judgement = judge_rule(rule, ruleset, units, anchors.get(rule.id, []), ctx, others)
        elements.append(build_element(rule, judgement, ctx, lang))
    result = DocumentResult(
        path=doc.path, format=doc.format, school_type=ctx.school_type, elements=elements,
        vaststelling=ctx.plan_date.isoformat() if ctx.plan_date else None,
        bijstelling=ctx.revision_date.isoformat() if ctx.revision_date else None, pages=doc.pages,
        ocr_pages=list(doc.ocr_pages), unread_pages=ctx.unread_pages, notes=list(doc.notes),
    )
    result.status = DOC_GAPS if result.must_gaps else DOC_COMPLETE
    return result


MIN_ELEMENTS_OF_AN_OPP = 4


def _is_opp(units: list[Unit], anchors: dict[str, list[Anchor]], ruleset: RuleSet) -> bool:
    """A document with no OPP vocabulary and hardly any OPP sections (a newsletter) is not an OPP."""
    if not ruleset.opp_markers or any(p.search(u.norm) for u in units for p in ruleset.opp_marker_res):
        return True
    return len({rid for rid, found in anchors.items() if any(a.rank == 1 for a in found)}) >= MIN_ELEMENTS_OF_AN_OPP


def judge_rule(rule: Rule, ruleset: RuleSet, units: list[Unit], anchors: list[Anchor], ctx: Context,
               others: set[int] = frozenset()) -> Judgement:
    """The status of one rule: conditions first, then the rule's kind."""
    if not rule.applies(ctx.school_type, ctx.decision_date):
        return Judgement(NOT_APPLICABLE, "not_in_force" if rule.applies_from else "not_for_type")
    if rule.not_for_adult_pupil and ctx.adult_pupil:
        return Judgement(NOT_APPLICABLE, "adult_pupil")
    if not triggered(rule, units):  # an unread scanned page may hold the trigger
        return Judgement(UNCLEAR, "unread_pages") if ctx.unread_pages else Judgement(NOT_APPLICABLE, "not_triggered")
    if rule.kind == "consent":
        judgement = check_consent(rule, ruleset, units, anchors, ctx, others)
    elif rule.kind == "mention":
        judgement = check_mention(rule, ruleset, units, anchors)
    else:
        judgement = mentioned_after(rule, ruleset, check_section(rule, ruleset, anchors), units, others)
        judgement = judge_term(rule, judgement, ctx)
    if judgement.status == MISSING and ctx.unread_pages:
        return Judgement(UNCLEAR, "unread_pages")
    return judgement


def _unless_columns(judgement: Judgement) -> Judgement:
    """Text under a column header row printed as a line ('Belemmerend  Bevorderend') may all stand in
    the other element's column: not `present`, but `unclear`, with what to check."""
    anchor = judgement.anchor
    if judgement.status == PRESENT and anchor is not None and anchor.columns_as_lines:
        return Judgement(UNCLEAR, "columns", anchor, judgement.shown, judgement.quote)
    return judgement


def judge_template_rule(rule: Rule, units: list[Unit], anchors: list[Anchor], ctx: Context) -> Judgement:
    """Template mode: does the template give the element a place? (No plan date: every rule in force.)"""
    if rule.applies_to and ctx.school_type and ctx.school_type not in rule.applies_to:
        return Judgement(NOT_APPLICABLE, "not_for_type")
    if rule.applies_if_mentioned or rule.within_weeks_of_plan:
        return Judgement(NOT_APPLICABLE, "not_triggered")  # only a filled-in plan can show the trigger
    return judge_template(rule, units, anchors)


def check_section(rule: Rule, ruleset: RuleSet, anchors: list[Anchor]) -> Judgement:
    """Existence with content: the most specific labelled section decides; prose only when none."""
    for rank in (1, 2):
        candidates = [a for a in anchors if a.rank == rank]
        innermost = [a for a in candidates if a.nested_in is None] or candidates
        judged = []
        for a in sorted(innermost, key=lambda a: a.unit.index):
            judged.append(judge_anchor(a, rule, ruleset))
            if judged[-1].status == PRESENT:
                break  # nothing is judged better, and of equals the first one wins
        if judged:
            # An empty labelled section is not rescued by a passing mention elsewhere.
            return _unless_columns(best(judged))
    return Judgement(MISSING, "not_found")
