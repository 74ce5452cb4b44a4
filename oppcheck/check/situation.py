"""What a rule kind may read when it judges one rule on one document."""

from __future__ import annotations

from collections import defaultdict
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
        return _others(self._heading_owners, rule.id)

    def in_other_sections(self, rule: Rule) -> set[int]:
        """Units inside another element's labelled section (its label and its content); not the
        signature part, which holds the plan's vaststelling as often as a heading of its own does."""
        return _others(self._section_owners, rule.id)

    @cached_property
    def _heading_owners(self) -> dict[int, set[str]]:
        """Unit index -> the rules whose headed section starts there."""
        owners: dict[int, set[str]] = defaultdict(set)
        for rid, found in self.anchors.items():
            for a in found:
                if a.how == "heading":
                    owners[a.unit.index].add(rid)
        return owners

    @cached_property
    def _section_owners(self) -> dict[int, set[str]]:
        """Unit index -> the rules (no consent rule) whose labelled section holds it."""
        kinds = {r.id: r.kind for r in self.ruleset.rules}
        owners: dict[int, set[str]] = defaultdict(set)
        for rid, found in self.anchors.items():
            if kinds.get(rid) == "consent":
                continue
            for a in found:
                if a.rank == 1:
                    for u in (a.unit, *a.content):
                        owners[u.index].add(rid)
        return owners


def _others(owners: dict[int, set[str]], rule_id: str) -> set[int]:
    """The units owned by some rule other than `rule_id`."""
    return {index for index, rids in owners.items() if rids != {rule_id}}
