"""The meeting form as Markdown (readable as plain text, and safe to render: document text is escaped)."""

from __future__ import annotations

import re

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import FormContent, Gap, Section, build_form

BLANK = "_" * 40
ANSWER_LINES = 3
AGREEMENT_LINES = 6
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")
_LIST_MARK = re.compile(r"^(\d+)([.)])")


def md(text: str) -> str:
    """Text from a document or a rule set, with Markdown/HTML syntax characters backslash-escaped."""
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _LIST_MARK.sub(r"\1\\\2", text)


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    content = build_form(report)
    return "\n\n---\n\n".join(_section(s, content) for s in content.sections).rstrip() + "\n"


def _section(s: Section, content: FormContent) -> str:
    t = content.t
    out = [f"# {md(t['title'])}", md(t["intro"]), f"## {md(t['about'])}"]
    out.append("\n".join(f"- **{md(k)}:** {md(v)}" for k, v in s.meta))
    if s.error:
        out += [f"> {md(s.error)}", f"*{md(content.disclaimer)}*"]
        return "\n\n".join(out)
    out += [
        f"## {md(t['fill_in'])}",
        "\n".join(f"- **{md(t[k])}:** {BLANK}" for k in ("fill_child", "fill_school", "fill_date", "fill_present")),
    ]
    out += [f"> {md(n)}" for n in s.notes]
    out += [f"## {md(t['summary'])}", f"**{md(s.verdict)}**", "\n".join(f"- {md(c)}" for c in s.counts)]
    for heading, gaps in ((t["must_gaps"], s.must_gaps), (t["should_gaps"], s.should_gaps)):
        out += [f"### {md(heading)}", _list([f"{md(g.heading)} — **{md(g.status_text)}**" for g in gaps], t["none"])]
    out += [f"### {md(t['in_order'])}", _list([md(x) for x in s.in_order], t["none"])]
    if s.not_needed:
        out += [f"### {md(t['not_needed'])}", _list([md(x) for x in s.not_needed], t["none"])]
    out += [
        f"## {md(t['rights'])}",
        _list([md(x) for x in t["rights_points"]]),
        f"### {md(t['help'])}",
        _list([md(x) for x in t["help_points"]]),
        f"**{md(s.deadline)}**",
    ]
    if s.advice:
        out += [f"### {md(t['advice'])}", _list([md(x) for x in s.advice])]
    out += [f"*{md(content.disclaimer)}*"]
    out += [f"## {md(t['questions'])}", md(t["questions_intro"] if s.gaps else t["no_questions"])]
    out += [_gap(g, t) for g in s.gaps]
    out += [f"## {md(t['agreements'])}", md(t["agreements_intro"]), "\n\n".join([BLANK * 2] * AGREEMENT_LINES)]
    return "\n\n".join(out)


def _gap(g: Gap, t: dict) -> str:
    answer = "\n\n".join([BLANK * 2] * ANSWER_LINES)
    return "\n\n".join(
        [
            f"### {md(g.heading)}",
            f"**{md(g.status_line)}**",
            f"**{md(t['asks'])}:** {md(g.why)} *{md(g.law)}*",
            f"**{md(t['plan_says'])}:** {md(g.plan_says)}",
            f"**{md(t['question'])}:** **{md(g.question)}**",
            f"**{md(t['answer'])}:**",
            answer,
        ]
    )


def _list(items: list[str], empty: str = "") -> str:
    """A bullet list of already escaped items, or `empty` when there are none."""
    return "\n".join(f"- {item}" for item in items) if items else md(empty)
