"""The letter to the school as plain text (for .txt or .md): an e-mail the parent copies and completes."""

from __future__ import annotations

from ..findings import Report
from ..ruleset import RuleSet
from ..settings import Settings
from .form_content import LetterContent, LetterPart, build_letter, letter_body


def render(report: Report, ruleset: RuleSet, settings: Settings) -> str:
    content = build_letter(report)
    return "\n\n----------------------------------------\n\n".join(letter(content, p) for p in content.parts) + "\n"


def letter(content: LetterContent, part: LetterPart) -> str:
    t = content.t
    out = [
        "\n".join(t["sender"]),
        "\n".join(t["recipient"]),
        t["place_date"],
        f"{t['subject']}\n{t['document'].format(name=part.name)}",
        t["salutation"],
    ]
    for text, items in letter_body(t, part):
        out.append("\n".join([text, *(f"- {item}" for item in items)]))
    out += [t["meeting"], f"{t['closing']}\n\n{t['signature']}\n{t['parent_of']}"]
    return "\n\n".join(out)
