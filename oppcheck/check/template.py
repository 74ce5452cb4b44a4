"""Template mode: judge a blank OPP template, not a filled plan.

Every element needs a *place* (a heading, label, form field or table cell meant for it); empty
content is expected. The consent part is also checked for what a template can get wrong by design:
no separate 'akkoord' (only 'gezien'), no place for the parents' signature, no date next to it.
"""

from __future__ import annotations

from ..findings import INCOMPLETE, MISSING, PRESENT
from ..model import BlockKind
from ..ruleset import Rule
from .consent import any_match, consent_region
from .content import Judgement
from .sections import Anchor
from .units import Unit


def judge_template(rule: Rule, units: list[Unit], anchors: list[Anchor]) -> Judgement:
    labelled = [a for a in anchors if a.rank == 1]
    if rule.kind == "consent":
        return _consent_place(rule, units, labelled)
    if rule.kind == "mention" and not labelled:
        for _name, pats in rule.group_res:
            hit = next((u for u in units if not u.toc and any(p.search(u.norm) for p in pats)), None)
            if hit:
                return Judgement(PRESENT, "template_place", None, [hit], hit.text)
    if not labelled:
        return Judgement(MISSING, "template_no_place")
    first = labelled[0]
    return Judgement(PRESENT, "template_place", first, [first.unit], first.unit.text)


def _consent_place(rule: Rule, units: list[Unit], labelled: list[Anchor]) -> Judgement:
    pats = rule.consent_res
    region = consent_region(units, labelled, pats)
    if not region:
        return Judgement(MISSING, "template_no_place")
    first = labelled[0] if labelled else None
    text = " ".join(u.norm for u in region)

    def gap(reason: str) -> Judgement:
        return Judgement(INCOMPLETE, reason, first, region[:1], region[0].text)

    agree = [u for u in region if any_match(pats["agree"], u.norm) and not _only_seen(u)]
    # A heading 'Instemming' above a line 'Voor gezien' does not offer consent: the lines under it decide.
    if not [u for u in agree if not u.headingish] and any(_only_seen(u) for u in region):
        agree = []
    if not agree:
        return gap("template_no_agree")
    if not (any_match(pats["parent"], text) or any_match(pats["pupil"], text)):
        return gap("template_no_parent")
    has_signature = any_match(pats["signature"], text) or any(u.kind is BlockKind.SIGNATURE for u in region)
    if not has_signature:
        return gap("template_no_signature")
    if not (any_match(pats["date_label"], text) or any(u.block.signed_date for u in region)):
        return gap("template_no_date")
    return Judgement(PRESENT, "template_place", first, region[:1], region[0].text)


def _only_seen(u: Unit) -> bool:
    """'Gezien en akkoord' is fine; a line that says only 'gezien' does not offer consent."""
    return "gezien" in u.norm and "akkoord" not in u.norm and "instem" not in u.norm
