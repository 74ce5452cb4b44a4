"""Consent in a blank template: what a template can get wrong by design.

No separate 'akkoord' (only 'gezien'), no place for the parents' signature, no date next to it.
"""

from __future__ import annotations

from ....findings import INCOMPLETE, MISSING, PRESENT
from ....model import BlockKind
from ....ruleset import Rule
from ...content import Judgement
from ...situation import Situation
from ...units import Unit
from .region import consent_region
from .vocabulary import ConsentVocabulary, any_match


def judge_template(rule: Rule, situation: Situation) -> Judgement:
    pats: ConsentVocabulary = rule.options.consent
    labelled = [a for a in situation.anchors_of(rule) if a.rank == 1]
    region = consent_region(situation.units, labelled, pats)
    if not region:
        return Judgement(MISSING, "template_no_place")
    first = labelled[0] if labelled else None
    text = " ".join(u.norm for u in region)

    def gap(reason: str) -> Judgement:
        return Judgement(INCOMPLETE, reason, first, region[:1], region[0].text)

    agree = [u for u in region if any_match(pats["agree"], u.norm) and not _only_seen(u, pats)]
    # A heading 'Instemming' above a line 'Voor gezien' does not offer consent: the lines under it decide.
    if not [u for u in agree if not u.headingish] and any(_only_seen(u, pats) for u in region):
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


def _only_seen(u: Unit, pats: ConsentVocabulary) -> bool:
    """'Gezien en akkoord' is fine; a line that says only 'gezien' does not offer consent."""
    return any_match(pats["seen_only"], u.norm) and not any_match(pats["agree"], u.norm)
