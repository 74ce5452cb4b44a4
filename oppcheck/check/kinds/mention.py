"""The `mention` kind: an element shown by what the text says anywhere (groups of phrases).

Every group must be mentioned for `present`; some but not all is `incomplete`, with the reason
'without_<group>' for the first group not mentioned (its message says what is missing; a rule without
one gets the generic 'groups_missing'). When nothing is mentioned, a labelled section (e.g. 'Uw rechten')
is judged like any section, but cannot be `present`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...findings import INCOMPLETE, MISSING, PRESENT
from ...model import BlockKind
from ...patterns import blank_out, compile_any, narrowed, search_any
from ...ruleset import Rule
from ..content import ContentOptions, Judgement, best, judge_anchor
from ..situation import Situation
from ..units import wraps_on
from . import Kind
from .section import CONTENT_SCHEMA, place


@dataclass
class MentionOptions(ContentOptions):
    """The content options plus the groups of phrases that must all be mentioned."""

    groups: list[dict] = field(default_factory=list)

    @cached_property
    def group_res(self) -> list[tuple[str, list[re.Pattern]]]:
        return [(g["name"], compile_any(g["patterns"])) for g in self.groups]

    def compile(self) -> None:
        super().compile()
        self.group_res  # noqa: B018 - compiles


SCHEMA = {
    "properties": {**CONTENT_SCHEMA["properties"], "groups": {"$ref": "#/$defs/rule_fields/groups", "minItems": 1}},
    "required": ["groups"],
}


def judge(rule: Rule, situation: Situation) -> Judgement:
    opts: MentionOptions = rule.options
    labelled = [a for a in situation.anchors_of(rule) if a.rank == 1]
    in_section = {u.index for a in labelled for u in (a.unit, *a.content)}
    hits = _group_hits(rule, situation, in_section)
    told = _group_hits(rule, situation, in_section, instructions=False) if len(hits) == len(opts.group_res) else hits
    if len(told) < len(hits) and not any(
        judge_anchor(a, rule, situation.ruleset, situation.pupil_names).status == PRESENT for a in labelled
    ):
        # Part of it is said only in the format's instruction ('Voeg hier de standaardtekst over
        # instemmingsrecht en de Geschillencommissie in.'), and the part's own content is no more than
        # that: it says what belongs here, not that it is here. The instruction is what is shown.
        instruction = next(u for name, u in hits.items() if name not in told)
        if not labelled:
            return Judgement(INCOMPLETE, "instruction_only", None, [instruction], instruction.text)
        return Judgement(INCOMPLETE, "instruction", labelled[0], [instruction], instruction.text)
    if not hits:
        judged = best([judge_anchor(a, rule, situation.ruleset, situation.pupil_names) for a in labelled])
        if judged is None and (pointed := _group_hits(rule, situation, in_section, references=False)):
            # Said only in a sentence that points elsewhere ('Zie de klachtenregeling op de website van de school.').
            pointer = min(pointed.values(), key=lambda u: u.index)
            return Judgement(INCOMPLETE, "reference", None, [pointer], pointer.text)
        if judged is None:
            return Judgement(MISSING, "not_found")
        if judged.status == PRESENT:
            return Judgement(INCOMPLETE, "groups_missing", judged.anchor, judged.shown, judged.quote)
        return judged
    shown = sorted(hits.values(), key=lambda u: u.index)
    anchor = labelled[0] if labelled else None
    quote = shown[0].text
    if len(hits) == len(opts.group_res):
        return Judgement(PRESENT, "found", anchor, shown, quote)
    unmentioned = next(name for name, _pats in opts.group_res if name not in hits)
    return Judgement(INCOMPLETE, f"without_{unmentioned}", anchor, shown, quote)


TITLE_WORDS = 6  # a part's title; a longer heading is a sentence set as one (a PDF's bold line)


def _group_hits(
    rule: Rule, situation: Situation, in_section: set[int], instructions: bool = True, references: bool = True
) -> dict[str, object]:
    """For each group, the unit that mentions it (not another part's title): one in the element's own
    labelled section first, then one that mentions the most groups, then the first (a
    'vertrouwenspersoon' among a pupil's strengths is a poorer witness than the rights paragraph that
    names three places to go). Without `instructions`, what the format's instructions say does not count;
    with `references`, neither does a sentence that only points elsewhere ('verwijzen wij naar de schoolgids')."""
    opts: MentionOptions = rule.options
    named: list[tuple[object, set[str]]] = []
    groups = [(name, kept) for name, pats in opts.group_res if (kept := narrowed(pats, situation.text))]
    units = situation.units
    titles = situation.other_sections(rule) - in_section
    own_titles = {a.unit.index for a in situation.anchors_of(rule) if a.rank == 1 and a.how == "heading"}
    told_only = [] if instructions else narrowed(situation.ruleset.instruction_res, situation.text)
    elsewhere = narrowed(situation.ruleset.reference_res, situation.text) if references else []
    for i, u in enumerate(units):
        if u.toc or u.kind in (BlockKind.IMAGE, BlockKind.SIGNATURE):
            continue
        if (u.index in titles or u.index in own_titles) and len(u.norm.split()) <= TITLE_WORDS:
            # A part's title tells nothing, another's ('Overleg en instemmingsrecht' over the talk's notes) or
            # its own ('Instemmingsrecht en bezwaar' over 'Voor de klachtenregeling verwijzen wij naar de
            # schoolgids.'): what is under it does.
            continue
        text = u.norm
        if i + 1 < len(units) and wraps_on(u, units[i + 1]):
            text = f"{text} {units[i + 1].norm}"  # a sentence a PDF's lines cut in two
        text = blank_out(told_only, text)[0] if told_only else text
        text = blank_out(elsewhere, text)[0] if elsewhere else text  # what only points elsewhere tells nothing
        names = {name for name, pats in groups if search_any(pats, text)}
        if names:
            named.append((u, names))
    hits: dict[str, object] = {}
    for name, _pats in opts.group_res:
        candidates = [(u, names) for u, names in named if name in names]
        if candidates:
            u, _ = min(candidates, key=lambda c: (c[0].index not in in_section, -len(c[1]), c[0].index))
            hits[name] = u
    return hits


def judge_template(rule: Rule, situation: Situation) -> Judgement:
    """A template's place for the element: a labelled section, or else a sentence of one of the groups."""
    anchors = situation.anchors_of(rule)
    if not any(a.rank == 1 for a in anchors):
        for _name, pats in rule.options.group_res:
            hit = next((u for u in situation.units if not u.toc and any(p.search(u.norm) for p in pats)), None)
            if hit:
                return Judgement(PRESENT, "template_place", None, [hit], hit.text)
    return place(anchors)


KIND = Kind(
    "mention",
    MentionOptions,
    SCHEMA,
    judge,
    judge_template,
    prose_beside_labels=True,
    description="phrases anywhere in the plan, one of each group",
)
