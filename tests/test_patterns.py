"""The literal prefilter of rule patterns: it may only skip work, never change a result."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oppcheck.check.kinds import pattern_fields
from oppcheck.patterns import Prefiltered, Wide, compile_any, compile_patterns, narrowed
from oppcheck.ruleset import load_ruleset
from oppcheck.text import norm

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "docs"


@pytest.mark.parametrize("pattern, needles", [
    (r"nog (niet )?bekend\w*", ("bekend",)),
    (r"^volgt$", ("volgt",)),
    (r"\[[^\]]{0,40}\]", ("[",)),
    (r"(wordt|zal) (later|nog)", ("wordt", "zal")),
    (r"\w+ heeft", (" heeft",)),
    (r"ja|nee", ("ja", "nee")),
    (r"[^.]{0,40}", None),  # nothing certain
    (r"(a|)bc?", ("b",)),  # the group may be empty and 'c' may be missing: only 'b' is certain
    (r"(?i:akkoord)", None),  # case-insensitive: a literal test would be wrong
    (r"(wordt|worden) (bepaald| )", ("word",)),  # common prefix; a blank alone is no needle
])
def test_needles_are_the_literals_every_match_holds(pattern, needles):
    compiled = compile_patterns([pattern])[0]
    assert getattr(compiled, "needles", None) == needles


def test_most_default_patterns_get_a_prefilter():
    ruleset = load_ruleset("default")
    labels = [p for rule in ruleset.rules for p in rule.label_res]
    assert sum(isinstance(p, Prefiltered) for p in labels) > 0.8 * len(labels)


def _texts() -> list[str]:
    lines = []
    for path in sorted(CORPUS.glob("*.txt"))[:12]:
        lines += [norm(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_prefilter_never_changes_a_result_of_the_default_rule_set():
    ruleset = load_ruleset("default")
    compiled = [p for rule in ruleset.rules for p in (*rule.label_res, *rule.label_any_res, *rule.phrase_res,
                                                       *rule.options.not_applicable_res, *rule.options.incomplete_res)]
    compiled += [p for rule in ruleset.rules for _, pats in pattern_fields(rule.options) for p in compile_any(pats)]
    prefiltered = [p for p in compiled if isinstance(p, Prefiltered)]
    texts = _texts()
    assert len(prefiltered) > 50 and len(texts) > 300
    for p in prefiltered:
        for text in texts:
            assert p.subn(" ", text) == p.regex.subn(" ", text)
            assert bool(p.search(text)) == bool(p.regex.search(text))


def test_a_pattern_with_many_needles_is_wide_and_narrows_to_those_a_document_holds():
    wide = compile_any([f"{'abcdefghijklmnopqrstuvwxyz'[i % 26]}{i}woord" for i in range(30)])[0]
    assert isinstance(wide, Wide) and len(wide.needles) == 30
    (narrow,) = narrowed([wide], "hier staat c2woord\0en hier h7woord")
    assert isinstance(narrow, Prefiltered) and narrow.needles == ("c2woord", "h7woord")
    assert narrowed([wide], "niets") == []
    assert narrow.search("en h7woord").span() == wide.search("en h7woord").span()


def test_narrowing_to_a_document_never_changes_a_result_of_the_default_rule_set():
    ruleset = load_ruleset("default")
    compiled = [p for r in ruleset.rules for p in (*r.label_any_res, *r.phrase_res, *r.options.incomplete_res)]
    compiled += [p for rule in ruleset.rules for _, pats in pattern_fields(rule.options) for p in compile_any(pats)]
    texts = _texts()
    assert sum(isinstance(p, Wide) for p in compiled) > 5
    for start in range(0, 120, 40):  # three 'documents' of 40 lines
        lines = texts[start : start + 40]
        kept = {id(p): narrowed([p], "\0".join(lines)) for p in compiled}
        for p in compiled:
            for text in lines:
                found = kept[id(p)][0].search(text) if kept[id(p)] else None
                expected = p.search(text)
                assert (found and found.span()) == (expected and expected.span())


_piece = st.sampled_from(["a", "b", "ab", "ba", " ", "x", r"\w", ".", "[ab]", r"\s", "^", "$", r"\b"])


@st.composite
def _pattern(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["piece", "group", "repeat"] if depth < 2 else ["piece"]))
        if kind == "piece":
            parts.append(draw(_piece))
        elif kind == "group":
            alternatives = draw(st.lists(_pattern(depth + 1), min_size=1, max_size=3))
            parts.append("(" + "|".join(alternatives) + ")")
        else:
            parts.append("(" + draw(_pattern(depth + 1)) + ")" + draw(st.sampled_from(["?", "*", "+", "{2}", "{0,2}"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(patterns=st.lists(_pattern(), min_size=1, max_size=3), text=st.text(alphabet="abx .", max_size=30))
def test_prefilter_agrees_with_the_plain_pattern_on_random_patterns(patterns, text):
    for p in compile_patterns(patterns) + compile_any(patterns):
        regex = p.regex if isinstance(p, Prefiltered) else p
        assert p.subn("#", text) == regex.subn("#", text)
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in regex.finditer(text)]
        assert bool(p.fullmatch(text)) == bool(regex.fullmatch(text))


def _ends_in_blank(parsed) -> bool:
    """Whether some way through a parsed pattern ends in a literal space."""
    from oppcheck.patterns import _c

    if not len(parsed):
        return False
    op, av = parsed[-1]
    if op is _c.LITERAL:
        return av == ord(" ")
    if op is _c.SUBPATTERN:
        return _ends_in_blank(av[-1])
    if op is _c.BRANCH:
        return any(_ends_in_blank(branch) for branch in av[1])
    return False


def test_no_rule_pattern_ends_in_a_blank():
    """Patterns match at word boundaries: an alternative that ends in a space ('door ') can never
    match before a word, so the rule silently misses what it was written for."""
    from oppcheck.patterns import _sre_parse

    ruleset = load_ruleset("default")
    found = [p for rule in ruleset.rules for p in (*rule.labels, *rule.phrases, *rule.value_labels)]
    found += [p for rule in ruleset.rules for _, pats in pattern_fields(rule.options) for p in pats]
    dead = [p for p in found if _ends_in_blank(_sre_parse.parse(p))]
    assert not dead
