"""What a rule kind may read when it judges one rule on one document."""

from __future__ import annotations

from dataclasses import dataclass

from ..ruleset import Rule, RuleSet
from .context import Context
from .sections import Anchor
from .units import Unit


@dataclass
class Situation:
    """One document as the checker sees it: its units, every rule's anchors and its context."""

    ruleset: RuleSet
    units: list[Unit]
    anchors: dict[str, list[Anchor]]
    ctx: Context

    def anchors_of(self, rule: Rule) -> list[Anchor]:
        return self.anchors.get(rule.id, [])

    def other_sections(self, rule: Rule) -> set[int]:
        """Units where another element's headed section starts (a consent part runs on until one does)."""
        return {
            a.unit.index for rid, found in self.anchors.items() if rid != rule.id for a in found if a.how == "heading"
        }
