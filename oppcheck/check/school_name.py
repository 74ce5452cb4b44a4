"""The school's name as the plan gives it ('School: SBO De Brug, Gouda'), for an adviser's overview.

Driven by the rule set's vocabulary: `context.school_type_labels` names the labels that introduce
the school ('School', 'Naam school', 'Schoolsoort'), `context.school_types` the words of a school
type. A labelled value that is only a school type ('vso', 'speciaal basisonderwijs'), a placeholder
('…', '[naam school]') or a sentence is no name. Nothing is guessed from running text: no label,
no name.
"""

from __future__ import annotations

import re

from ..model import BlockKind
from ..ruleset import RuleSet
from ..text import norm, shorten
from .units import Unit, in_dated_row

MAX_NAME_WORDS = 12
NAME_LIMIT = 80
_NO_LETTERS = re.compile(r"[^\w]*|[\W\d_]*")
_PLACEHOLDER = re.compile(
    r"\[.*\]|<.*>|\{.*\}|.*(\.\.\.|…|_{3,}).*|n\.?v\.?t\.?|nvt|-+|onbekend|nog invullen|naam( school)?"
)
_SENTENCE_BREAK = re.compile(r"(?<=\w\w|\s\d)\.\s+(?=[A-Z])")  # 'De Regenboog, groep 6. Schooljaar ...'
_SCHOOL_WORD = re.compile(r"school|naam")  # a label naming the school beats 'locatie', 'afdeling', 'sector'


def school_name(units: list[Unit], ruleset: RuleSet) -> str | None:
    """The value of the first label that names the school and holds a name; None when there is none."""
    res = ruleset.context_res
    labels, cues = res["type_labels"], res["types"]
    if not labels:
        return None
    found: list[tuple[int, str]] = []
    for u in units:
        if not u.label or u.toc or not any(p.fullmatch(u.label) for p in labels) or in_dated_row(units, u):
            continue  # (not a signature row 'School | M. Bruins, intern begeleider | 12-10-2026')
        value = _SENTENCE_BREAK.split(_value(units, u))[0].strip()
        if value and _is_name(value, cues):
            rank = 0 if _SCHOOL_WORD.search(u.label) else 1
            found.append((rank, value))
            if rank == 0:
                break
    if not found:
        return None
    return shorten(min(found, key=lambda f: f[0])[1], NAME_LIMIT)


def _value(units: list[Unit], u: Unit) -> str:
    """The text after 'School:' on the same line, in a form field named so, or in the next cell of the
    same table row."""
    if u.value.strip():
        return u.value.strip().splitlines()[0].strip()
    if u.kind is BlockKind.FORM_FIELD:  # a form field labelled 'School' holds the name itself
        return (u.block.value or "").strip()
    loc = u.block.location
    if u.kind is not BlockKind.TABLE_CELL or loc.row is None:
        return ""
    for v in units[u.index + 1 : u.index + 3]:
        vloc = v.block.location
        if v.kind is BlockKind.TABLE_CELL and vloc.table == loc.table and vloc.row == loc.row and v.text.strip():
            return v.text.strip().splitlines()[0].strip()
    return ""


def _is_name(value: str, cues: dict) -> bool:
    """A name: some letters, a capital, not a sentence, not only a school type or a placeholder."""
    text = norm(value).strip(" .,:;")
    if not text or _NO_LETTERS.fullmatch(text) or _PLACEHOLDER.fullmatch(text):
        return False
    if len(text.split()) > MAX_NAME_WORDS or text.endswith((".", "?", "!")) and len(text.split()) > 4:
        return False
    if not any(c.isupper() for c in value):
        return False  # 'vso', 'basisonderwijs': a type written as a word, not a name
    without_types = text
    for pats in cues.values():
        for p in pats:
            without_types = p.sub(" ", without_types)
    return bool(re.search(r"[^\W\d_]{2,}", without_types))
