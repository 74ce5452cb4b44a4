"""What a rule kind may read when it judges one rule on one document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

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
    pupil_names: frozenset[str] = frozenset()  # words of the pupil's name: no content of their own

    @cached_property
    def text(self) -> str:
        """The units' normalised text, joined: where patterns are narrowed once (`patterns.narrowed`)."""
        return "\0".join(u.norm for u in self.units)

    def anchors_of(self, rule: Rule) -> list[Anchor]:
        return self.anchors.get(rule.id, [])

    def other_sections(self, rule: Rule) -> set[int]:
        """Units where another element's headed section starts (a consent part runs on until one does)."""
        return {
            a.unit.index for rid, found in self.anchors.items() if rid != rule.id for a in found if a.how == "heading"
        }

    def in_other_sections(self, rule: Rule) -> set[int]:
        """Units inside another element's labelled section (its label and its content); not the
        signature part, which holds the plan's vaststelling as often as a heading of its own does."""
        kinds = {r.id: r.kind for r in self.ruleset.rules}
        return {
            u.index
            for rid, found in self.anchors.items()
            if rid != rule.id and kinds.get(rid) != "consent"
            for a in found
            if a.rank == 1
            for u in (a.unit, *a.content)
        }
