"""Text normalisation for matching, in one place.

Matching always compares `norm(needle)` with `norm(haystack)`; quotes keep the original text.
What a reader cannot see never changes a match: invisible format characters (zero-width space,
word joiner, ZWNJ/ZWJ, TAG characters, BOM, soft hyphen, direction marks) are removed by `clean`;
`norm` also drops combining marks ('nie\u0301t' matches 'niet'; the rule set's patterns are folded
the same way, see `fold_marks`) and folds letters from other scripts that look Latin (Cyrillic 'а',
Greek 'ο') to the Latin letter. `mixed_script_words` finds words that mix such letters with Latin
ones: a sign that someone hid a word from matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Format characters and fillers that show nothing (Unicode Cf and a few invisible others).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001d173-\U0001d17a"
    "\U000e0000-\U000e0fff]"
)
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Cyrillic and Greek letters that look like Latin ones (lower case: `norm` case-folds first).
_CONFUSABLE_PAIRS = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "ү": "y",
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ζ": "z",
    "μ": "u",
    "ɑ": "a",
    "ı": "i",
    "ȷ": "j",
}
_CONFUSABLES = str.maketrans(_CONFUSABLE_PAIRS)
_LOOKALIKE = re.compile("[" + "".join(_CONFUSABLE_PAIRS) + "]", re.IGNORECASE)
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_WORDS = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"([^\W\d_])-[ \t]*\n[ \t]*([^\W\d_])")
_NUMBER_BREAK = re.compile(r"(\d)-[ \t]*\n[ \t]*(\d)")  # a date wrapped at its hyphen: '05-\n12-2025'
_SPACE = re.compile(r"\s+")
# Titles printed before a name ('mevr. E. Zeeman'): their full stop ends no sentence.
PERSON_TITLES = ("dhr", "mevr", "mvr", "mw", "mej", "mr", "dr", "drs", "ds", "ir", "ing", "prof", "fam")
# A lookbehind for a sentence splitter: not right after such a title's full stop.
NOT_AFTER_TITLE = "".join(rf"(?<!\b(?i:{t})\.)" for t in PERSON_TITLES)
# Characters some producers use for ticked and unticked boxes (Word glyphs, Wingdings in PUA).
CHECKED_GLYPHS = "☒☑✓✔✗✘\uf0fe\uf078\uf0fd"
UNCHECKED_GLYPHS = "☐□❑❒\uf06f\uf0a8\uf071"
BOX_GLYPH = re.compile(f"[{re.escape(CHECKED_GLYPHS + UNCHECKED_GLYPHS)}]")  # a tick box drawn as a character
_BOX = re.compile(
    rf"(?P<glyph>[{CHECKED_GLYPHS}{UNCHECKED_GLYPHS}])"
    r"|(?P<ascii>\[\s?(?P<mark>[xX✓vV]?)\s?\]|\(\s?(?P<pmark>[xX✓]?)\s?\)(?=\s|$))"
)


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Normalise a raw extracted string without losing what a reader would see.

    NFKC (ligatures become letters), invisible format characters (soft hyphen, zero-width space,
    word joiner, TAG characters, BOM...) and PDFium's line-join marker removed, CRLF to LF, line-end
    hyphenation between letters joined, a number wrapped at its hyphen rejoined. Case and whitespace
    are kept.
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    text = text.replace("\x02", "").replace("\r\n", "\n").replace("\r", "\n")
    return _NUMBER_BREAK.sub(r"\1-\2", _HYPHEN_BREAK.sub(r"\1\2", text))


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """The matching form: `clean`, case-folded, combining marks dropped ('geëvalueerd' becomes
    'geevalueerd'), Cyrillic and Greek look-alikes folded to Latin, whitespace collapsed, trimmed."""
    text = _SPACE.sub(" ", clean(text)).strip().casefold()
    if text.isascii():
        return text
    return fold_marks(text).translate(_CONFUSABLES)


def fold_marks(text: str) -> str:
    """`text` without combining marks (accents, overlays), letters kept: for matching only."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


def mixed_script_words(text: str) -> list[str]:
    """Words that mix Latin letters with Cyrillic or Greek ones ('akkооrd' with two Cyrillic o's)."""
    if text.isascii():
        return []
    return [w for w in _WORDS.findall(text) if _LATIN.search(w) and _OTHER_SCRIPT.search(w) and _LOOKALIKE.search(w)]


# Characters a path must not carry into an output: C0 and C1 controls (escape codes, bell, new
# lines), DEL, invisible format and direction characters, lone surrogates, non-characters.
_UNSAFE_IN_PATH = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff\ufff9-\uffff]"
)


def safe_path(path: str) -> str:
    """`path` as every output may show it (terminal, JSON, CSV, XML, Word, stderr).

    Bytes of a file name that are not UTF-8 (which Python keeps as lone surrogates) become '\\xff';
    control characters (escape codes, bell, new lines), invisible and direction characters become
    '\\x1b' or '\\u202e'. Every other character, accents included, stays as it is.
    """
    if path.isascii() and path.isprintable():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        try:  # the undecodable bytes of a file name, shown as \xNN
            path = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            pass  # other lone surrogates: escaped below
    return _UNSAFE_IN_PATH.sub(_escape, path)


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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
