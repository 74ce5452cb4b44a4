"""The letter to the school as plain text (for .txt or .md): an e-mail the parent copies and completes."""

from __future__ import annotations

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import LetterContent, LetterPart, build_letter


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    content = build_letter(report)
    return "\n\n----------------------------------------\n\n".join(letter(content, p) for p in content.parts) + "\n"


def letter(content: LetterContent, part: LetterPart) -> str:
    t = content.t
    out = ["\n".join(t["sender"]), "\n".join(t["recipient"]), t["place_date"],
           f"{t['subject']}\n{t['document'].format(name=part.name)}", t["salutation"]]
    if part.unreadable:
        out.append(t["unreadable"])
    elif part.must or part.should:
        out.append(t["intro"])
        if part.must:
            out.append(t["must_intro"] + "\n" + "\n".join(f"- {item}" for item in part.must))
        if part.should:
            out.append(t["should_intro"] + "\n" + "\n".join(f"- {item}" for item in part.should))
        out.append(t["ask"])
    else:
        out.append(t["no_gaps"])
    out += [t["meeting"], f"{t['closing']}\n\n{t['signature']}\n{t['parent_of']}"]
    return "\n\n".join(out)
