"""The `consent` kind: consent to the support part (the handelingsdeel).

Consent is `present` only when the consenting party agreed, signed or stated, with a date, and nothing
in the consent part refuses, limits or only 'sees' it. The work is split by what it reads: the consent
part (`region`), its signature places (`slots`), what it states (`statements`), both read in one pass
(`reading`), and the verdict as an ordered table (`verdict`). Every word it matches comes from the
rule's `consent:` vocabulary in the rule set (`vocabulary`).
"""

from __future__ import annotations

from ....findings import MISSING, PRESENT, UNCLEAR
from ....ruleset import Rule
from ....text import mixed_script_words
from ...content import Judgement
from ...situation import Situation
from ...units import Unit
from .. import Kind
from ..section import CONTENT_SCHEMA
from .reading import column_headers, read_consent_part
from .region import consent_region, signed_for_other_consent
from .template import judge_template
from .verdict import Facts, decide
from .vocabulary import SCHEMA as VOCABULARY_SCHEMA
from .vocabulary import ConsentOptions


def judge(rule: Rule, situation: Situation) -> Judgement:
    """Judge consent from the rule's anchors and every consent box or signature field in the plan."""
    anchors = situation.anchors_of(rule)
    others = situation.other_sections(rule)
    elsewhere = situation.in_other_sections(rule)
    region = consent_region(situation.units, anchors, rule.options.consent, others, elsewhere)
    if not region:
        other = signed_for_other_consent(situation.units, anchors, rule.options.consent, others, elsewhere)
        if other is not None:
            return Judgement(MISSING, "other_consent_only", anchors[0], [other], other.text)
        return Judgement(MISSING, "not_found")
    headers = column_headers(situation.units, region)
    slots, said = read_consent_part(region, rule, situation.ruleset, situation.pupil_names, headers)
    status, reason, unit = decide(Facts.of(slots, said, situation.ctx))
    shown = [unit] if unit else region[:1]
    return unless_mixed_scripts(
        region, Judgement(status, reason, _anchor_over(anchors, shown[0]), shown, shown[0].text)
    )


def _anchor_over(anchors: list, unit: Unit):
    """The consent part's label nearest above what shows the verdict (the signature table's heading, not
    the rights paragraph further up that names the consent right)."""
    above = [a for a in anchors if a.unit.index <= unit.index]
    labelled = [a for a in above if a.rank == 1] or above
    return max(labelled, key=lambda a: a.unit.index) if labelled else (anchors[0] if anchors else None)


def unless_mixed_scripts(region: list[Unit], judgement: Judgement) -> Judgement:
    """Consent found, but a word of the consent part mixes Latin letters with look-alikes from another
    script ('niet' with a Cyrillic 'і'): someone may have hidden a refusal, so `unclear`."""
    if judgement.status != PRESENT:
        return judgement
    for unit in region:
        if mixed_script_words(unit.text):
            return Judgement(UNCLEAR, "mixed_script", judgement.anchor, [unit], unit.text)
    return judgement


SCHEMA = {"properties": {**CONTENT_SCHEMA["properties"], "consent": VOCABULARY_SCHEMA}, "required": ["consent"]}

KIND = Kind(
    "consent",
    ConsentOptions,
    SCHEMA,
    judge,
    judge_template,
    prose_beside_labels=True,
    description="consent signed or stated by the consenting party, with a date",
)
