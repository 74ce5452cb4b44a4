"""Rule conditions where the law asks more once the plan itself shows it, declared in the rule set:

- `applies_if_mentioned`: the element is judged only when the plan says the trigger (kerndoelen out of
  reach -> vervangende onderwijsdoelen);
- `must_also_mention`: filled-in content must also say each named thing (the pupil's view *and* how it
  influenced the plan), else `incomplete`;
- `within_weeks_of_plan`: the element holds a date (the enrolment) and the plan must be set within so
  many weeks of it;
- `stale_weeks_before_plan`: the element's dates may not all lie that long before the plan was set.
"""

from __future__ import annotations

import datetime as dt
import re

from ..findings import INCOMPLETE, NOT_APPLICABLE, PRESENT, UNCLEAR
from ..model import BlockKind
from ..ruleset import Rule, RuleSet
from ..text import NOT_AFTER_TITLE, norm
from .content import ContentOptions, Judgement, content_text, substantive_words
from .context import Context
from .dates import find_dates, has_date
from .sections import Anchor, label_matches
from .units import Unit, asks


def triggered(rule: Rule, units: list[Unit]) -> bool:
    """Whether the plan says what makes this rule apply (always, for a rule without a trigger)."""
    if not rule.applies_if_mentioned:
        return True
    return any(p.search(u.norm) for u in units if not u.toc for p in rule.trigger_res)


def missing_mention(options: ContentOptions, text: str, answered: list[str] = ()) -> str | None:
    """The name of the first `must_also_mention` group the content does not mention, or None. The
    labels of answered questions count ('Wat heeft de school met jouw mening gedaan? De leeshulp is nu
    in de klas.'): `answered`."""
    if not options.must_also_mention:
        return None
    t = norm("\n".join([text, *answered]))
    return next((name for name, pats in options.also_mention_res if not any(p.search(t) for p in pats)), None)


NEARBY_UNITS = 4  # lines after an anchor that still belong to it (a wrapped line, "Wat deed de school ermee?")


def mentioned_after(
    rule: Rule, ruleset: RuleSet, judgement: Judgement, units: list[Unit], others: set[int]
) -> Judgement:
    """An element `incomplete` for want of a `must_also_mention` group is `present` when the lines right
    after its section say it: 'Mening leerling: ...' followed by 'Wat hebben we met jouw mening gedaan?
    ...'. The lines end at a heading, another element's label, or a sentence another element's phrases
    claim ('hun opmerkingen zijn verwerkt' about the parents is no influence of the pupil's view)."""
    if not judgement.reason.startswith("also_") or judgement.anchor is None:
        return judgement
    anchor = judgement.anchor
    last = max([anchor.unit.index, *(u.index for u in anchor.content)])
    near = []
    for u in units[last + 1 : last + 1 + NEARBY_UNITS]:
        if u.kind is BlockKind.HEADING or u.index in others or _claimed_by_other(u, rule, ruleset):
            break
        near.append(u)
    # ('Vastgesteld door: (naam directeur)': a field left open names no one; a question cell counts
    # with the answer in the cell beside it.)
    extra = [u.text for u in near if not (u.label and not _filled_in(u.value, rule, ruleset))]
    answered = _answered_questions(near, ruleset, rule)
    if (extra or answered) and missing_mention(rule.options, "\n".join([judgement.quote, *extra]), answered) is None:
        return Judgement(PRESENT, "found", anchor, judgement.shown, judgement.quote)
    return judgement


def mentioned_elsewhere(
    rule: Rule,
    ruleset: RuleSet,
    judgement: Judgement,
    units: list[Unit],
    anchors: list[Anchor],
    elsewhere: set[int],
) -> Judgement:
    """An element `incomplete` for want of a `must_also_mention` group is `present` when another filled
    part of the same element, or one of the rule's own sentences outside other elements' sections
    (`elsewhere` holds the units inside them), says it: a field 'Vastgesteld op: 03-10-2025' and a
    field 'Vastgesteld door: L. Vermeulen', or under the signatures 'Vastgesteld op 03-10-2025 door L.
    Vermeulen, directeur.' A part with a placeholder, an instruction or a deferral in it ('(naam
    directeur)', 'nog in te vullen') says nothing."""
    if not judgement.reason.startswith("also_") or judgement.anchor is None:
        return judgement
    others = [
        (a.unit, text, answered_labels(a, ruleset, rule))
        for a in anchors
        if a is not judgement.anchor
        and a.rank == 1
        and _filled_in(text := content_text(a, ruleset, rule), rule, ruleset)
    ]
    others += [
        (u, sentence, [])
        for u in units
        if not u.toc
        for sentence in _SENTENCE.split(u.text)
        if any(p.search(norm(sentence)) for p in rule.phrase_res) and _own_sentence(u, sentence, rule, elsewhere)
    ]
    for unit, text, answered in others:
        if missing_mention(rule.options, "\n".join([judgement.quote, text]), answered) is None:
            return Judgement(PRESENT, "found", judgement.anchor, [*judgement.shown, unit], judgement.quote)
    return judgement


def _own_sentence(u: Unit, sentence: str, rule: Rule, elsewhere: set[int]) -> bool:
    """A sentence of the rule's own that speaks for this plan: outside other elements' sections (not
    'Moeder heeft aangegeven ...' under the talk with the parents, not 'Dyslexie is vastgesteld door ...'
    under the factors) unless it names this plan or starts with the element's own word ('Dit OPP is ...
    vastgesteld op ...', 'Vastgesteld op ... door ...' after the evaluation; not 'Het vorige OPP ...');
    and, for an element that needs a date, with a date (not 'Het OPP wordt vastgesteld door het bevoegd
    gezag')."""
    if rule.options.needs_date and not has_date(sentence):
        return False
    if u.index not in elsewhere:
        return True
    text = norm(sentence)
    return bool(_THIS_PLAN.search(text)) or any(p.match(text) for p in rule.label_res)


_THIS_PLAN = re.compile(r"\b(dit|deze|het) (opp|plan|ontwikkelingsperspectief\w*)\b")  # not 'het vorige OPP'
_SENTENCE = re.compile(rf"(?<=\w{{4}}[.!?]){NOT_AFTER_TITLE}\s+(?=[A-Z0-9])")  # not after an initial or 'mevr.'


def _filled_in(text: str, rule: Rule, ruleset: RuleSet) -> bool:
    words, seen = substantive_words(text, ruleset, rule)
    return bool(words) and not seen & {"placeholder", "instruction", "deferred"}


def _claimed_by_other(u: Unit, rule: Rule, ruleset: RuleSet) -> bool:
    if u.label:
        named = label_matches(ruleset.rules, u.label)
        if named and rule.id not in named:
            return True
    return any(p.search(u.norm) for r in ruleset.rules if r.id != rule.id for p in r.phrase_res)


_BRACKETS = re.compile(r"\([^()]*\)")


def answered_labels(anchor: Anchor, ruleset: RuleSet, rule: Rule) -> list[str]:
    """The anchor's own label ('Besproken met ouders op: 30-09-2025' says with whom), without what it
    asks in brackets ('(wat / wie / hoe vaak)' is guidance, not an answer), unless it is a question
    ('Wat vindt Sem zelf, en wat doen we daarmee?' asks what the text must answer); and the labels in
    its content whose value is filled in."""
    label = anchor.unit.label
    asks = "?" in (anchor.unit.text.strip().split("\n", 1)[0] if not anchor.unit.value else label or "")
    own = [_BRACKETS.sub(" ", label)] if label and anchor.how != "phrase" and not asks else []
    return (
        own
        + [u.label for u in anchor.content if u.label and u.value and substantive_words(u.value, ruleset, rule)[0]]
        + _answered_questions(anchor.content, ruleset, rule, beside_view=True)
    )


def _answered_questions(content: list[Unit], ruleset: RuleSet, rule: Rule, beside_view: bool = False) -> list[str]:
    """The questions in the content answered in the cell beside them or the form field under them, each
    with its answer ('18 | Wat is ermee gedaan | Daan mag de pauzes in de mediatheek ...'). With
    `beside_view`, only when the rest of the content says something too: an answer to 'Wat is ermee
    gedaan?' under an empty 'Wat vindt de leerling?' is no view of the pupil."""
    found: list[str] = []
    used: set[int] = set()
    for cell, after in zip(content, content[1:], strict=False):
        a, b = cell.block.location, after.block.location
        beside = (
            cell.kind is after.kind is BlockKind.TABLE_CELL
            and (a.table, a.row) == (b.table, b.row)
            and a.row != 1  # (a header row names what the columns answer: 'Wat | Hoe vaak / vanaf')
            and a.column is not None
            and b.column == a.column + 1
        )
        if (
            (beside or (after.kind is BlockKind.FORM_FIELD and bool(cell.label) and after.label == cell.label))
            and asks(cell.text)
            and substantive_words(after.text, ruleset, rule)[0]
        ):
            label = cell.text.strip()
            found.append(f"{label}{'' if label.endswith((':', '?')) else ':'} {after.text.strip()}")
            used |= {cell.index, after.index}
    if found and beside_view:
        # (A label's own words are no view: 'Mening van de leerling' over an empty cell; a form field's text
        # is its value.)
        rest = [
            u.text if u.kind is BlockKind.FORM_FIELD or not u.label else u.value or ""
            for u in content
            if u.index not in used
        ]
        if not substantive_words("\n".join(rest), ruleset, rule)[0]:
            return []
    return found


def judge_age(rule: Rule, judgement: Judgement, ctx: Context) -> Judgement:
    """For a rule with `stale_weeks_before_plan`: found content whose every date up to the plan's lies more
    than that many weeks before the plan was first set ('Besproken met ouders op 2 oktober 2025' in a plan
    set on 22 September 2026) is an older plan's: `incomplete`. Without a plan date, or such a date,
    nothing is said."""
    weeks = getattr(rule.options, "stale_weeks_before_plan", None)
    if weeks is None or judgement.status != PRESENT or ctx.first_plan_date is None:
        return judgement
    # (A date after the plan's is another thing, a next talk planned: 'volgende bespreking 12-03-2026'.)
    held = [d for d in find_dates(judgement.quote) if d <= ctx.first_plan_date]
    if held and max(held) < ctx.first_plan_date - dt.timedelta(weeks=weeks):
        return Judgement(INCOMPLETE, "stale", judgement.anchor, judgement.shown, judgement.quote)
    return judgement


def judge_term(rule: Rule, judgement: Judgement, ctx: Context) -> Judgement:
    """For a rule with `within_weeks_of_plan`: a found date (the enrolment) and the plan's date more
    than that many weeks later is `unclear` (the six weeks are for the first plan: was there an earlier
    one?); no plan date is `unclear` too; within the term is `present`. Without the date itself the
    trigger is not there: `not_applicable`."""
    if rule.within_weeks_of_plan is None:
        return judgement
    if judgement.status != PRESENT:
        return Judgement(NOT_APPLICABLE, "not_triggered")
    dates = find_dates(judgement.quote)
    if not dates:
        return Judgement(NOT_APPLICABLE, "not_triggered")  # the plan names the enrolment, but not its date
    if ctx.plan_date is None:
        return Judgement(UNCLEAR, "term_no_plan_date", judgement.anchor, judgement.shown, judgement.quote)
    if ctx.plan_date > dates[0] + dt.timedelta(weeks=rule.within_weeks_of_plan):
        return Judgement(UNCLEAR, "term_late", judgement.anchor, judgement.shown, judgement.quote)
    return Judgement(PRESENT, "term_kept", judgement.anchor, judgement.shown, judgement.quote)
