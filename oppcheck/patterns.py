"""Compile a rule set's patterns, each with a cheap literal prefilter.

Patterns match normalised (case-folded) text at word boundaries. Most texts a pattern is tried on
do not match it, and Python's regex engine still tries every position of the text. So each pattern
also gets the literal strings ("needles") of which every match must contain one, worked out from
the parsed pattern ('nog (niet )?bekend' -> 'bekend'; '\\w+ heeft' -> ' heeft'): a text holding none
of them is not searched. A pattern for which no needle is certain ('[^.]{0,40}', '\\w{3,}') is
always searched, and so is one with more needles than are worth testing on every text (`Wide`): for
a search unit by unit through a document, `narrowed` keeps of its needles only those the document
holds, which are often few. The prefilter never changes a result, it only skips work.

Compiling (parsing, mostly, in pure Python) costs ~0.3 ms a pattern, most of a plain run's start-up.
So a compiled pattern can also be described by its parts (`Parts`: the regex engine's code and the
needles), which the rule set cache (`rulecache`) keeps: `precompiled(table)` makes `_compile` build
patterns from such a table, `recording()` collects the parts of what is compiled meanwhile. The
regex engine checks code it is given before it uses it (invalid code is refused); a pattern whose parts
do not build is compiled the usual way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from .text import fold_marks

try:  # the parser and compiler of the `re` module (3.11+), or their older names
    from re import _compiler as _sre_compile
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
try:
    import _sre
except ImportError:  # pragma: no cover - an interpreter without CPython's regex engine
    _sre = None  # type: ignore[assignment]

MAX_NEEDLES = 24  # testing more needles than this costs about what the search it may save costs
MAX_WIDE_NEEDLES = 200  # more needles than MAX_NEEDLES: kept only to narrow the pattern for a document
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT) + ((_c.POSSESSIVE_REPEAT,) if hasattr(_c, "POSSESSIVE_REPEAT") else ())


class Prefiltered:
    """A compiled pattern that is only run on texts holding one of its needles."""

    __slots__ = ("regex", "needles")

    def __init__(self, regex: re.Pattern, needles: tuple[str, ...]) -> None:
        self.regex = regex
        self.needles = needles

    def _may_match(self, text: str) -> bool:
        for needle in self.needles:
            if needle in text:
                return True
        return False

    def search(self, text: str, *args: int) -> re.Match | None:
        for needle in self.needles:  # `_may_match` inlined: the most frequent call of a judgment
            if needle in text:
                return self.regex.search(text, *args)
        return None

    # A match at the start is tried at one position only: cheaper than looking for the needles.
    def match(self, text: str, *args: int) -> re.Match | None:
        return self.regex.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match | None:
        return self.regex.fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match]:
        return self.regex.finditer(text, *args) if self._may_match(text) else iter(())

    def findall(self, text: str, *args: int) -> list:
        return self.regex.findall(text, *args) if self._may_match(text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self._may_match(text) else text

    def subn(self, repl, text: str, count: int = 0) -> tuple[str, int]:
        return self.regex.subn(repl, text, count) if self._may_match(text) else (text, 0)


class Wide:
    """A compiled pattern with too many needles to test them on every text: it is always run, but a
    document that holds only a few of them narrows it to a `Prefiltered` one (`narrowed`). Its
    methods are the regex's own."""

    __slots__ = ("regex", "needles", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn")

    def __init__(self, regex: re.Pattern, needles: tuple[str, ...]) -> None:
        self.regex = regex
        self.needles = needles
        self.search, self.match, self.fullmatch = regex.search, regex.match, regex.fullmatch
        self.finditer, self.findall, self.sub, self.subn = regex.finditer, regex.findall, regex.sub, regex.subn


def search_any(patterns: list, text: str) -> re.Match | None:
    """The match of the first of `patterns` that occurs in `text` (a loop, not a generator: it runs for
    every unit and rule)."""
    for pattern in patterns:
        if m := pattern.search(text):
            return m
    return None


def blank_out(patterns: list, text: str) -> tuple[str, bool]:
    """`text` with every match of `patterns` replaced by a space, and whether anything matched."""
    found = False
    for p in patterns:
        text, n = p.subn(" ", text)
        found = found or bool(n)
    return text, found


def narrowed(patterns: list[re.Pattern | Prefiltered], text: str) -> list[re.Pattern | Prefiltered]:
    """`patterns` for searching parts of `text` (a document's units, joined): without those no part can
    match (none of its needles is in `text`), each with only the needles `text` holds (no part holds
    another). The same matches, for fewer needles tried per part."""
    kept = []
    for pattern in patterns:
        if not isinstance(pattern, (Prefiltered, Wide)):
            kept.append(pattern)
        elif held := tuple(needle for needle in pattern.needles if needle in text):
            kept.append(_prefiltered(pattern.regex, held) if len(held) < len(pattern.needles) else pattern)
    return kept


def compile_patterns(patterns: list[str]) -> list[re.Pattern | Prefiltered]:
    """One compiled pattern per pattern."""
    return [_compile(p) for p in patterns]


def compile_any(patterns: list[str]) -> list[re.Pattern | Prefiltered]:
    """All patterns as one alternation (one pass over the text instead of one per pattern); a list
    of at most one pattern, so it can be used like `compile_patterns`."""
    if not patterns:
        return []
    return [_compile("|".join(f"(?:{p})" for p in patterns))]


# A compiled pattern as data: ((pattern, flags, code, groups, groupindex, indexgroup), needles): the
# arguments the regex engine takes (`_sre.compile`), and the needles (None: always searched).
Parts = tuple

_table: dict[str, Parts] | None = None  # pattern -> its parts, consulted by `_compile`
_recording = False  # whether `_compile` adds the parts of what it compiles to `_table`


def engine() -> list[int]:
    """The regex engine's version and the width of its code words: what compiled parts depend on."""
    return [_sre.MAGIC, _sre.CODESIZE] if _sre is not None else [0, 0]


@contextmanager
def precompiled(table: dict[str, Parts]) -> Iterator[None]:
    """Within: build patterns found in `table` from their parts instead of compiling them."""
    global _table
    outer, _table = _table, table
    try:
        yield
    finally:
        _table = outer


@contextmanager
def recording() -> Iterator[dict[str, Parts]]:
    """Within: keep the parts of every pattern compiled; yields the table they are added to."""
    global _table, _recording
    outer = _table, _recording
    _table, _recording = {}, True
    try:
        yield _table
    finally:
        _table, _recording = outer


def _compile(pattern: str) -> re.Pattern | Prefiltered:
    """The pattern between word boundaries; parsed once, for the needles and for compiling (parsing
    is most of the cost of compiling, and a rule set has hundreds of patterns)."""
    table = _table
    if table is not None and pattern in table:
        built = _from_parts(table[pattern])
        if built is not None:
            return built
    flags = _case_flag(pattern)
    pattern_folded = fold_marks(pattern)  # the text it is tried on has no accents either (see `text.norm`)
    wrapped = rf"(?<!\w)(?:{pattern_folded})(?!\w)"
    try:
        parsed = _sre_parse.parse(wrapped, flags)
    except re.error:
        return re.compile(wrapped, flags)  # raises the error, with the pattern
    needles = None if flags else _needles(parsed)
    parts = _parts(wrapped, flags, parsed, needles)
    built = _from_parts(parts) if parts is not None else None
    if built is None:  # the engine's internals differ from what `_parts` expects: compile the usual way
        regex = re.compile(wrapped, flags) if flags else _sre_compile.compile(parsed)
        return _prefiltered(regex, needles)
    if _recording and table is not None:
        table[pattern] = parts
    return built


def _parts(wrapped: str, flags: int, parsed, needles: tuple[str, ...] | None) -> Parts | None:
    """What `re` would hand the regex engine for `wrapped` (as `re._compiler.compile` does), plus the needles."""
    try:
        code = _sre_compile._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (wrapped, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        return args, needles
    except Exception:  # noqa: BLE001 - internals changed
        return None


def _from_parts(parts: Parts) -> re.Pattern | Prefiltered | None:
    """The pattern built from its parts; None when the engine refuses them (then it is compiled anew)."""
    if _sre is None:
        return None
    args, needles = parts
    try:
        regex = _sre.compile(*args)
    except Exception:  # noqa: BLE001 - RuntimeError (invalid code), TypeError (another signature)
        return None
    return _prefiltered(regex, tuple(needles) if needles else None)


def _prefiltered(regex: re.Pattern, needles: tuple[str, ...] | None) -> re.Pattern | Prefiltered | Wide:
    """The regex with its needles: prefiltered when they are few enough to test on every text."""
    if not needles:
        return regex
    return Prefiltered(regex, needles) if len(needles) <= MAX_NEEDLES else Wide(regex, needles)


def _case_flag(pattern: str) -> int:
    """IGNORECASE only for a pattern with capitals in it: the text it is matched against is already
    case-folded, and the flag makes Python's matcher several times slower on long alternations."""
    letters = re.sub(r"\\.", "", pattern)  # escapes such as \S and \W are not letters
    return re.IGNORECASE if any(c.isupper() for c in letters) else 0


def _needles(parsed) -> tuple[str, ...] | None:
    """Strings of which every match of a parsed pattern contains at least one; None when none is certain."""
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
        return None
    return _requirement(parsed) or None


def _requirement(items) -> tuple[str, ...] | None:
    """The most selective set of strings one of which every match of a parsed sequence contains: a
    literal run, or for a group, a repeat or an alternation ('(wordt|zal) later') what each of its
    alternatives requires. None when there is none (or only blanks, or too many strings). A set of at
    most MAX_NEEDLES strings is preferred to any larger one."""
    best: tuple[str, ...] | None = None
    best_quality = (False, 0, 0)
    run: list[str] = []

    def consider(candidate: tuple[str, ...] | None) -> None:
        nonlocal best, best_quality
        if candidate:
            quality = (len(candidate) <= MAX_NEEDLES, min(len(n.strip()) for n in candidate), -len(candidate))
            if quality[1] > 0 and quality > best_quality:
                best, best_quality = candidate, quality

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # anchors and lookarounds take no characters: the literals around them are adjacent
        if run:
            consider(("".join(run),))
            run = []
        if op is _c.BRANCH:
            consider(_any_of(av[1]))
        elif op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            consider(_requirement(av[-1]))
        elif op in _REPEATS and av[0] >= 1:  # repeated at least once
            consider(_requirement(av[2]))
    if run:
        consider(("".join(run),))
    return best


def _any_of(alternatives) -> tuple[str, ...] | None:
    """What an alternation requires: one string of what each alternative requires."""
    needles: dict[str, None] = {}
    for alternative in alternatives:
        part = _requirement(alternative)
        if part is None:
            return None
        needles.update(dict.fromkeys(part))
        if len(needles) > MAX_WIDE_NEEDLES:
            return None
    return tuple(needles)
