"""Check a Document against a rule set: one result per element, with status and evidence.

The pipeline: units (normalised blocks with labels) -> anchors (where each element's section is)
-> context (school type, date of the plan) -> one judgement per rule, by the rule's kind
(`kinds/`: section, mention, consent, ...). The whole rule set is always judged; --select and
--ignore only narrow what is reported.
"""

from __future__ import annotations

from ..findings import DOC_COMPLETE, DOC_GAPS, INCOMPLETE, MISSING, NOT_APPLICABLE, PRESENT, UNCLEAR, DocumentResult
from ..model import Document
from ..ruleset import Rule, RuleSet
from .content import Judgement
from .context import detect_context
from .document_kind import (
    ABOUT_OPPS,
    BLANK_FORM,
    OTHER_DOCUMENT,
    PLAN,
    document_kind,
    other_document_evidence,
    pupil_fields,
    pupil_names,
)
from .evidence import build_element, context_params
from .kinds import get as get_kind
from .law import triggered
from .school_name import school_name
from .sections import Anchor, find_anchors
from .situation import Situation
from .units import Unit, build_units


def check_document(
    doc: Document, ruleset: RuleSet, *, school_type: str | None = None, lang: str = "nl", template: bool = False
) -> DocumentResult:
    """Judge `doc` with the complete rule set and report the rules of `ruleset` (which --select and
    --ignore may have narrowed: what is reported never changes a judgment)."""
    reported = {r.id for r in ruleset.rules}
    ruleset = ruleset.complete
    units = build_units(doc, ruleset.context_res["glossary_titles"])
    fields = pupil_fields(units, ruleset)
    names = pupil_names(units, fields)
    anchors = find_anchors(units, ruleset, names=names)
    ctx = detect_context(doc, units, anchors, ruleset, school_type)
    if ctx.adult_pupil and any(r.adult_pupil_labels or r.adult_pupil_phrases for r in ruleset.rules):
        anchors = find_anchors(units, ruleset, adult=True, names=names)  # the adult pupil is the party
    situation = Situation(ruleset, units, anchors, ctx, names)
    is_opp = bool(ctx.unread_pages) or _is_opp(units, anchors, ruleset)
    sections = {rid: any(a.rank == 1 for a in found) for rid, found in anchors.items() if found}
    kind = PLAN if template or not is_opp else document_kind(units, ruleset, fields, sections)
    elements = []
    context = context_params(ctx)
    title = other_document_evidence(units, ruleset) if kind == OTHER_DOCUMENT else None
    for rule in ruleset.rules:
        if rule.id not in reported:
            continue
        if not is_opp:
            judgement = Judgement(MISSING, "not_an_opp")
        elif kind == ABOUT_OPPS:
            judgement = Judgement(MISSING, "about_opps")
        elif title is not None:
            judgement = Judgement(MISSING, "other_document", shown=[title], quote=title.text)
        elif template:
            judgement = judge_template_rule(rule, situation)
        else:
            judgement = judge_rule(rule, situation)
            if kind == BLANK_FORM:
                judgement = _unfilled(judgement)
        elements.append(build_element(rule, judgement, ctx, lang, context))
    result = DocumentResult(
        path=doc.path,
        format=doc.format,
        school_type=ctx.school_type,
        elements=elements,
        vaststelling=ctx.plan_date.isoformat() if ctx.plan_date else None,
        bijstelling=ctx.revision_date.isoformat() if ctx.revision_date else None,
        pages=doc.pages,
        ocr_pages=list(doc.ocr_pages),
        unread_pages=ctx.unread_pages,
        notes=list(doc.notes),
    )
    result.status = DOC_GAPS if result.must_gaps else DOC_COMPLETE
    result.school = school_name(units, ruleset)  # for the adviser's overview (report/overview.py)
    return result


MIN_ELEMENTS_OF_AN_OPP = 4
# Judgements other than `present` that rest on what the document holds: in a blank form that is the
# form's own text. (Every `present` does; 'not_for_type' and the like rest on the context.)
_FROM_CONTENT = {"not_applicable", "columns", "unexpected"}


def _unfilled(judgement: Judgement) -> Judgement:
    """In a blank form (no pupil field filled in) what stands under a heading is the form's own text
    (instructions, options, explanations): nothing is filled in, whatever it says."""
    if judgement.status == PRESENT or (
        judgement.status in (NOT_APPLICABLE, UNCLEAR) and judgement.reason in _FROM_CONTENT
    ):
        return Judgement(INCOMPLETE, "blank_form", judgement.anchor, judgement.shown, judgement.quote)
    return judgement


def _is_opp(units: list[Unit], anchors: dict[str, list[Anchor]], ruleset: RuleSet) -> bool:
    """A document with no OPP vocabulary and hardly any OPP sections (a newsletter) is not an OPP."""
    if not ruleset.opp_markers or any(p.search(u.norm) for u in units for p in ruleset.opp_marker_res):
        return True
    return len({rid for rid, found in anchors.items() if any(a.rank == 1 for a in found)}) >= MIN_ELEMENTS_OF_AN_OPP


def judge_rule(rule: Rule, situation: Situation) -> Judgement:
    """The status of one rule: conditions first, then the rule's kind."""
    ctx = situation.ctx
    if not rule.applies(ctx.school_type, ctx.law_date):
        if not rule.applies_from:
            return Judgement(NOT_APPLICABLE, "not_for_type")
        if ctx.decision_date:
            return Judgement(NOT_APPLICABLE, "not_in_force")
        # No date of setting: a plan a parent is asked to sign now is set now, when the rule applies.
        return Judgement(UNCLEAR, "not_in_force_undated")
    if rule.not_for_adult_pupil and ctx.adult_pupil:
        return Judgement(NOT_APPLICABLE, "adult_pupil")
    if not triggered(rule, situation.units):  # an unread scanned page may hold the trigger
        return Judgement(UNCLEAR, "unread_pages") if ctx.unread_pages else Judgement(NOT_APPLICABLE, "not_triggered")
    judgement = get_kind(rule.kind).judge(rule, situation)
    if judgement.status == MISSING and ctx.unread_pages:
        return Judgement(UNCLEAR, "unread_pages")
    if judgement.status == PRESENT and rule.incomplete_if_document:
        said = next((u for u in situation.units if any(p.search(u.norm) for p in rule.undone_res)), None)
        if said is not None:  # 'Status: concept': a draft has not been set
            return Judgement(INCOMPLETE, "document_says_undone", judgement.anchor, [said], said.text)
    if judgement.status == PRESENT and _on_unsure_pages(judgement, ctx.unsure_pages):
        # Text whose visibility could not be checked may be hidden: it cannot reassure anyone.
        return Judgement(UNCLEAR, "visibility_unknown", judgement.anchor, judgement.shown, judgement.quote)
    return judgement


def _on_unsure_pages(judgement: Judgement, pages: list[int]) -> bool:
    units = [*judgement.shown, *([judgement.anchor.unit] if judgement.anchor else [])]
    return bool(pages) and any(u.page in pages for u in units)


def judge_template_rule(rule: Rule, situation: Situation) -> Judgement:
    """Template mode: does the template give the element a place? (No plan date: every rule in force.)"""
    ctx = situation.ctx
    if rule.applies_to and ctx.school_type and ctx.school_type not in rule.applies_to:
        return Judgement(NOT_APPLICABLE, "not_for_type")
    if rule.applies_if_mentioned or rule.within_weeks_of_plan:
        return Judgement(NOT_APPLICABLE, "not_triggered")  # only a filled-in plan can show the trigger
    return get_kind(rule.kind).judge_template(rule, situation)
