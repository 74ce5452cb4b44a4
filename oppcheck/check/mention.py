"""The `mention` kind: an element shown by what the text says anywhere (groups of phrases).

Every group must be mentioned for `present`; some but not all is `incomplete`. When nothing is
mentioned, a labelled section (e.g. 'Uw rechten') is judged like any section.
"""

from __future__ import annotations

from ..findings import INCOMPLETE, MISSING, PRESENT
from ..model import BlockKind
from ..ruleset import Rule, RuleSet
from .content import Judgement, best, judge_anchor
from .sections import Anchor
from .units import Unit


def check_mention(rule: Rule, ruleset: RuleSet, units: list[Unit], anchors: list[Anchor]) -> Judgement:
    hits: dict[str, Unit] = {}
    for u in units:
        if u.toc or u.kind in (BlockKind.IMAGE, BlockKind.SIGNATURE):
            continue
        for name, pats in rule.group_res:
            if name not in hits and any(p.search(u.norm) for p in pats):
                hits[name] = u
    labelled = [a for a in anchors if a.rank == 1]
    if not hits:
        judged = best([judge_anchor(a, rule, ruleset) for a in labelled])
        if judged is None:
            return Judgement(MISSING, "not_found")
        if judged.status == PRESENT:
            return Judgement(INCOMPLETE, "groups_missing", judged.anchor, judged.shown, judged.quote)
        return judged
    shown = sorted(hits.values(), key=lambda u: u.index)
    anchor = labelled[0] if labelled else None
    quote = shown[0].text
    if len(hits) == len(rule.group_res):
        return Judgement(PRESENT, "found", anchor, shown, quote)
    return Judgement(INCOMPLETE, "groups_missing", anchor, shown, quote)
