"""Text normalisation for matching, in one place.

Matching always compares `norm(needle)` with `norm(haystack)`; quotes keep the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_SPACE = re.compile(r"\s+")
# Characters some producers use for ticked and unticked boxes (Word glyphs, Wingdings in PUA).
CHECKED_GLYPHS = "☒☑✓✔✗✘\uf0fe\uf078\uf0fd"
UNCHECKED_GLYPHS = "☐□❑❒\uf06f\uf0a8\uf071"
_BOX = re.compile(
    rf"(?P<glyph>[{CHECKED_GLYPHS}{UNCHECKED_GLYPHS}])"
    r"|(?P<ascii>\[\s?(?P<mark>[xX✓vV]?)\s?\]|\(\s?(?P<pmark>[xX✓]?)\s?\)(?=\s|$))"
)


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Normalise a raw extracted string without losing what a reader would see.

    NFKC (ligatures become letters), soft hyphens and PDFium's line-join marker removed, CRLF to LF,
    line-end hyphenation between letters joined. Case and whitespace are kept.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\x02", "").replace("\r\n", "\n").replace("\r", "\n")
    return _HYPHEN_BREAK.sub(r"\1\2", text)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """The matching form: `clean`, case-folded, whitespace collapsed, trimmed."""
    return _SPACE.sub(" ", clean(text)).strip().casefold()


def split_checkboxes(text: str) -> tuple[str, list[tuple[bool, str]]] | None:
    """Split a line with box glyphs ("☒ akkoord ☐ niet akkoord", "[x] ja [ ] nee") into parts.

    Returns the text before the first box that is no label, and a list of (checked, label) pairs;
    None when the line holds no box. Labels normally follow their box; when text comes first and
    the last box has no label ('Akkoord ☒ Niet akkoord ☐'), every label stands before its box.
    """
    matches = list(_BOX.finditer(text))
    if not matches:
        return None
    prefix = text[: matches[0].start()].strip()
    boxes = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = text[m.end() : end].strip(" \t:;,/|")
        if m.group("glyph"):
            checked = m.group("glyph") in CHECKED_GLYPHS
        else:
            checked = bool(m.group("mark") or m.group("pmark"))
        boxes.append((checked, label))
    if prefix and not boxes[-1][1]:
        labels = [prefix] + [label for _, label in boxes[:-1]]
        return "", [(checked, label) for (checked, _), label in zip(boxes, labels, strict=True)]
    return prefix, boxes


def shorten(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, for quoting."""
    head = text[: limit * 4]  # a long text is only collapsed as far as the quote needs
    one = _SPACE.sub(" ", head).strip()
    if len(one) <= limit and len(head) < len(text):
        one = _SPACE.sub(" ", text).strip()
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"
