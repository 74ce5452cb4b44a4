"""Find where each element's section starts and ends.

An *anchor* is a unit whose label matches one of a rule's label patterns (heading, standalone line,
"Label: value" line, table label cell, form field) or, failing those, a sentence matching one of its
prose phrases. Its *content* is what belongs to it: the value after the colon, the rest of the
table row, the blocks under a heading up to the next section, or the sentence itself.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import BlockKind, Source
from ..patterns import compile_any, narrowed, search_any
from ..ruleset import Rule, RuleSet
from ..text import PERSON_TITLES, norm
from .dates import has_date
from .kinds import get as get_kind
from .units import MAX_QUESTION_LABEL_WORDS, Unit, is_question, strip_label, wraps_on

_NUMBERED = re.compile(r"^\s*\d+(\.\d+)*\.?\s+\w")
_INNER_LABEL = re.compile(r"(?<=[.;!?])\s+(?=[^\W\d][^.:;]{2,40}:)")
HEADING_SPAN_LIMIT = 60
TITLE_UNITS = 4
LABEL_SPAN_LIMIT = 12


@dataclass
class Anchor:
    """Where a rule's element starts, and the units that make up its content."""

    rule_id: str
    unit: Unit
    how: str  # heading | label | cell | field | phrase
    inline: str = ""
    content: list[Unit] = field(default_factory=list)
    nested_in: int | None = None
    # The content is a table with a column per element, printed as lines ('Domein Belemmerend
    # Bevorderend', then rows): which column holds which text cannot be told.
    columns_as_lines: bool = False

    @property
    def rank(self) -> int:
        return 2 if self.how == "phrase" else 1


# 'Doelen en evaluatie' names both; 'Evaluatie van de doelen' is about the evaluation only.
_MAX_WORDS_BEFORE_BRACKET = 3
_ARTICLES = ("de", "het", "een")
# A format's question to the writer or the pupil after a label: one short question in general words.
_PROMPT = re.compile(
    r"^(?=[^.?!]{1,80}\?\s*$).*\b(ik|je|jij|jouw|mijn|u|uw|we|wij|ons|onze|welk|welke|de leerling|het kind)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(de|het|een) ")  # 'De mening van Fenna.': no part of a run-in's label
_CONNECTOR = re.compile(r"(?:(?:^|\s)(?:en|&|of)(?: (?:de|het|een))?|[(/,+]|\s[–—-])\s*$")


def _names_label(label: str, start: int, end: int, lead_in: bool = False, row_cell: bool = False) -> bool:
    """A match names the label when it starts it, covers most of it, or follows a connector
    ('Doelen en evaluatie', 'Informatie over de ondersteuning'), or ends a lead-in ('Voor de komende
    periode hebben we deze doelen:'); not when it sits inside a phrase such as 'auditieve
    ondersteuning bij lezen'. In a cell below a table's first row, a bracket names the label after a
    short title ('Bijzonderheden (afwijkingen)'), not after what the row describes ('Woordenschat in
    kleine groep (eigen leerlijn)')."""
    before = label[:start]
    # ('I Instemming ouders/verzorgers': a section's letter without a full stop numbers it.)
    section_letter = len(before.strip()) == 1 and before.strip().isalpha()
    if not before.strip() or before.strip() in _ARTICLES or section_letter or (lead_in and not label[end:].strip()):
        return True  # 'De ondersteuning die we bieden'
    if (end - start) >= 0.5 * len(label):
        return True
    if row_cell and before.rstrip().endswith("("):
        return len(before.rstrip()[:-1].split()) <= _MAX_WORDS_BEFORE_BRACKET
    return bool(_CONNECTOR.search(before))


def label_matches(
    rules: list[Rule],
    label: str,
    *,
    whole: bool = False,
    adult: bool = False,
    lead_in: bool = False,
    row_cell: bool = False,
) -> list[str]:
    """Ids of the rules whose label patterns name `label` (with `whole`, the entire label; with `adult`,
    also the labels that count for an adult pupil; `row_cell`: a table cell below the first row); a
    match inside another rule's longer match is dropped ('instemming met het handelingsdeel' is
    consent, not the handelingsdeel itself)."""
    spans: list[tuple[str, int, int]] = []
    for rule in rules:
        if any(p.search(label) for p in rule.not_label_res):
            continue
        best = None
        for pat in [*rule.label_res, *rule.adult_label_res] if adult else rule.label_res:
            for m in pat.finditer(label):
                longer = best is None or m.end() - m.start() > best[1] - best[0]
                if whole and (m.start(), m.end()) != (0, len(label)):
                    continue
                if longer and _names_label(label, m.start(), m.end(), lead_in, row_cell):
                    best = (m.start(), m.end())
        if best:
            spans.append((rule.id, *best))
    keep = []
    for rid, s, e in spans:
        contained = any(o != rid and os_ <= s and e <= oe and (oe - os_) > (e - s) for o, os_, oe in spans)
        if not contained and not _qualifier(label, s, e, [(o, os_) for o, os_, _ in spans if o != rid]):
            keep.append(rid)
    return keep


def _qualifier(label: str, start: int, end: int, others: list[tuple[str, int]]) -> bool:
    """A match that is the whole of a bracket after a label another rule names says which part of the
    plan that section is in ('Doelen (handelingsdeel)': the goals, not the support). After a question the
    bracket is the part's formal name ('Wat vind ik moeilijk? (belemmerende factoren)')."""
    if label[start - 1 : start] != "(" or label[end : end + 1] != ")":
        return False
    if label[: start - 1].rstrip().endswith("?"):
        return False
    return any(os_ < start - 1 for _, os_ in others)


def find_anchors(
    units: list[Unit], ruleset: RuleSet, *, adult: bool = False, names: frozenset[str] = frozenset()
) -> dict[str, list[Anchor]]:
    """All anchors per rule id, with their content filled in; with `adult` (a pupil who is meerderjarig
    en handelingsbekwaam), the rules' adult-pupil labels and phrases count too. `names`: the words of the
    pupil's name, for phrases that name him (`{pupil}`)."""
    rules = [r for r in ruleset.rules if r.labels or (adult and r.adult_pupil_labels)]
    rules_by_id = {r.id: r for r in ruleset.rules}
    matched: dict[int, list[str]] = {}
    topical: dict[int, str] = {}  # a heading no label names, whose words point to one element
    title = _title_index(units, ruleset)
    cache = ruleset.label_cache
    for u in units:
        if (
            u.kind is BlockKind.TABLE_CELL
            and u.block.location.row == 1
            and u.value
            and ruleset.names_columns(norm(u.value))
        ):
            u.value = ""  # a header cell 'Aanpak: wat / wie / hoe vaak': what the column answers, not a value
        if not u.label and not u.toc and (row := flattened_row(u, ruleset)):
            u.label, u.value = strip_label(row[0]), row[1]
        if _sub_header(u, rules):
            u.label = u.norm  # 'Factoren | Belemmerende factoren | Bevorderende factoren' over a row of values
        if not u.label and (field_label := _printed_field_label(u, units)):
            u.label = field_label  # a form's printed label over its field, however long: it starts that field
        if u.label and not u.toc and u.index != title and not _instruction(u, ruleset):
            # A lead-in names its element by its last words: 'De doelen voor deze periode zijn:' over a
            # list, or a sentence of running text with its answer after the colon ('Voor de komende
            # periode werken we aan deze doelen: Begrijpend lezen: ...').
            words = len(u.label.split())
            lead_in = words > 2 and (
                (not u.value and u.text.rstrip().endswith(":"))
                or (bool(u.value) and words >= LEAD_IN_SENTENCE_WORDS and not _denies(u.label, ruleset))
            )
            row_cell = u.kind is BlockKind.TABLE_CELL and (u.block.location.row or 0) > 1
            key = (u.label, adult, lead_in, row_cell)
            if key not in cache:
                cache[key] = _heading_label_matches(rules, ruleset, u.label, adult, lead_in, row_cell)
            if cache[key]:
                matched[u.index] = cache[key]
            elif ids := _value_label_matches(u, ruleset):
                matched[u.index] = ids
        if (
            u.index not in matched
            and u.run_in
            and u.kind is not BlockKind.HEADING
            and not u.toc
            and (ids := _run_in_matches(u, rules, ruleset))
        ):
            u.label, u.value = u.run_in
            matched[u.index] = ids
        if u.index not in matched and u.label and not u.toc and u.index != title and not _instruction(u, ruleset):
            if len(ids := _heading_word_matches(u, rules)) == 1:
                topical[u.index] = ids[0]
    named = {rid for ids in matched.values() for rid in ids}
    for idx, rid in topical.items():
        if rid not in named:
            matched[idx] = [rid]
    tables = _tables(units)
    _column_tables(tables, matched)
    _header_rows(tables, matched, ruleset)
    _record_tables(tables, matched)
    _answers_under_headings(units, matched, rules_by_id)
    anchors: dict[str, list[Anchor]] = {r.id: [] for r in ruleset.rules}
    boxes = _cells_and_boxes(units)
    for idx, ids in matched.items():
        unit = units[idx]
        for rid in ids:
            anchor = Anchor(rid, unit, _how(unit))
            _fill(anchor, units, matched, ruleset, rules_by_id, boxes)
            anchors[rid].append(anchor)
    _drop_column_header_rows(anchors)
    prose = [u for u in units if not u.toc and u.kind not in _NO_PROSE]
    rows = _row_cells(prose)
    texts = {u.index: _abbreviation_dots_blanked(u.norm) for u in prose}
    row_texts = {i: " ".join(c.norm for c in cells) for i, cells in rows.items()}
    row_blanked = {i: _abbreviation_dots_blanked(text) for i, text in row_texts.items()}
    everything = "\0".join([*texts.values(), *row_blanked.values()])
    _drop_records_of_other_parts(anchors, ruleset, names, everything)
    claimed = _claimed(anchors)
    # Parts that tell the law or what a plan holds in general (the rights part): no other element's
    # sentence in them counts.
    explaining = {rid for rid, found in anchors.items() if found and rules_by_id[rid].explains_the_law}
    enumerations: dict[str, bool] = {}
    announces = ruleset.context_res["announces_what_follows"]
    for rule in ruleset.rules:

        def other_part(label: str, rule: Rule = rule) -> bool:
            return any(p.match(label.strip()) for r in ruleset.rules if r is not rule for p in r.label_any_res)

        own = _naming_pupil(rule.phrases, rule.phrase_res, names)
        phrases = [*own, *rule.adult_phrase_res] if adult else own
        beside = getattr(rule.options, "column_beside", [])
        labelled = [a for a in anchors[rule.id] if not beside_column(a, beside, anchors)]
        if not phrases or (labelled and not get_kind(rule.kind).prose_beside_labels and not rule.options.needs_date):
            # Prose is only looked at when no labelled section was found (consent reads both, and so does
            # an element that needs a date: 'Zienswijze ouders' in the reply slip, the talk's date in the letter).
            continue
        phrases = narrowed(phrases, everything)
        elsewhere = _other_section_phrases(rule, names, everything) if rule.own_section_only else []
        for u in prose if phrases or elsewhere else ():  # no phrase can match where none of its needles stands
            if rule.own_section_only and claimed.get(u.index, {rule.id}) - {rule.id}:
                # A sentence inside another element's section belongs to that element, unless it says
                # itself whose it is (and does not stand in a part that tells the law).
                if not claimed[u.index] & explaining and (m := search_any(elsewhere, texts[u.index])):
                    anchor = Anchor(
                        rule.id,
                        u,
                        "phrase",
                        inline=_phrase_span(u.norm, m.start(), texts[u.index], announces, other_part),
                    )
                    anchor.content = _led_in(u, units, matched)
                    anchors[rule.id].append(anchor)
                continue
            m = search_any(phrases, texts[u.index])
            if m and _lists_parts(texts[u.index], m.start(), ruleset, enumerations):
                continue
            if m:
                anchor = Anchor(
                    rule.id, u, "phrase", inline=_phrase_span(u.norm, m.start(), texts[u.index], announces, other_part)
                )
                anchor.content = _led_in(u, units, matched)
                anchors[rule.id].append(anchor)
            elif rule.phrases_over_rows and u.index in rows:
                m = search_any(phrases, row_blanked[u.index])
                if m and _across_cells(rows[u.index], m):
                    span = _phrase_span(row_texts[u.index], m.start(), row_blanked[u.index], announces, other_part)
                    anchor = Anchor(rule.id, u, "phrase", inline=span)
                    anchor.content = rows[u.index][1:]
                    anchors[rule.id].append(anchor)
    for found in anchors.values():
        _mark_nesting(found)
    return anchors


_NO_NAME = r"(?!x)x"  # a pattern no text matches: a plan whose pupil has no name found


def _other_section_phrases(rule: Rule, names: frozenset[str], everything: str) -> list:
    """The rule's `phrases_in_other_sections`, with `{pupil}` standing for the words of the pupil's name."""
    return narrowed(_naming_pupil(rule.phrases_in_other_sections, rule.other_section_phrase_res, names), everything)


def _naming_pupil(sources: list[str], compiled: list, names: frozenset[str]) -> list:
    """Patterns compiled from `sources`, with `{pupil}` standing for the words of the pupil's name (a
    pattern no text matches where no name was found); `compiled` where none names him."""
    if not any("{pupil}" in p for p in sources):
        return compiled
    alternatives = "|".join(re.escape(n) for n in sorted(names)) or _NO_NAME
    return compile_any([p.replace("{pupil}", f"(?:{alternatives})") for p in sources])


ENUMERATION_ELEMENTS = 4  # a sentence naming this many of the plan's parts, in a list, lists them
_SENTENCE_STOP = re.compile(r"[.!?]")


def _lists_parts(text: str, at: int, ruleset: RuleSet, seen: dict[str, bool]) -> bool:
    """Whether the sentence around `at` lists four or more of the plan's parts by their labels, with
    commas and no date: a letter or a leaflet telling what a plan holds ('Het plan bevat de verwachte
    uitstroombestemming, de onderbouwing, de belemmerende en bevorderende factoren en het
    handelingsdeel.'), not a part itself."""
    start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_STOP.search(text, at)
    sentence = text[start : stop.end() if stop else len(text)]
    if sentence not in seen:
        named = sum(1 for rule in ruleset.rules if search_any(rule.label_any_res, sentence))
        # (A record that lists them with a date tells what was done: 'Op 3 oktober 2025 zijn de
        # uitstroombestemming, de onderbouwing, de doelen en het handelingsdeel met de ouders besproken.')
        seen[sentence] = named >= ENUMERATION_ELEMENTS and sentence.count(",") >= 2 and not has_date(sentence)
    return seen[sentence]


def _row_cells(prose: list[Unit]) -> dict[int, list[Unit]]:
    """The cells of each table row of two or more cells, by the index of its first cell: a phrase may run
    over them ('Extra instructie begrijpend lezen | leerkracht A. Overkamp | 3 x per week 20 min.')."""
    rows: dict[tuple, list[Unit]] = defaultdict(list)
    for u in prose:
        loc = u.block.location
        if u.kind is BlockKind.TABLE_CELL and loc.row is not None:
            rows[(u.page, loc.table, loc.row)].append(u)
    return {cells[0].index: cells for cells in rows.values() if len(cells) > 1}


def _across_cells(cells: list[Unit], m: re.Match) -> bool:
    """Whether a phrase found in a row's joined text runs over more than one cell (one that stands in a
    single cell is found in that cell itself)."""
    start = 0
    for c in cells:
        end = start + len(c.norm)
        if start <= m.start() and m.end() <= end:
            return False
        start = end + 1
    return True


# The dot of an initial or a title ('door onderwijsassistent T. Bolhuis', 'mw. De Vries') ends no sentence.
_ABBREVIATION_DOT = re.compile(
    r"(?<=\b[a-z])\.(?= ?[a-z])|(?:" + "|".join(rf"(?<=\b{t})" for t in PERSON_TITLES) + r")\.(?= )"
)


def _abbreviation_dots_blanked(text: str) -> str:
    """The text with such dots as spaces (same length, so positions stay), for prose phrases that read
    up to the end of a sentence."""
    return _ABBREVIATION_DOT.sub(" ", text)


_NO_PROSE = (BlockKind.HEADING, BlockKind.SIGNATURE, BlockKind.IMAGE)  # where no prose phrase is looked for
HEADING_WORDS_MAX = 8
LEAD_IN_SENTENCE_WORDS = 6  # a label this long before its value is a sentence leading into it
_ANSWERED = re.compile(r"\b(geen|n\.?v\.?t|niet van toepassing)\b")


_NEGATION = re.compile(r"\b(geen|niet|nog|nooit)\b")  # 'Wij hebben nog geen afspraken gemaakt over ...:'


def _denies(label: str, ruleset: RuleSet) -> bool:
    """A sentence that says the element is not there yet, or asks a condition ('Als u het niet eens bent
    met de doelen:'): it leads into no answer."""
    return bool(_NEGATION.search(label)) or any(p.search(label) for p in ruleset.context_res["conditional"])


def _heading_label_matches(
    rules: list[Rule], ruleset: RuleSet, label: str, adult: bool, lead_in: bool, row_cell: bool
) -> list[str]:
    """The rules a label names. A heading 'Perspectief: argumentatie', 'Participatie: OOGO ouders' or
    'Uitstroom.Onderbouwing' (a system's category, then the field) is named by its last part, when that
    names a rule."""
    cut = list(_CATEGORY_SEP.finditer(label))
    head, sep, tail = (label[: cut[-1].start()], cut[-1].group(), label[cut[-1].end() :]) if cut else ("", "", label)
    if sep and head and 0 < len(tail.split()) <= CATEGORY_TAIL_WORDS:
        found = _label_matches_if_named(rules, ruleset, tail, adult, lead_in, row_cell)
        found = [r.id for r in rules if r.id in found and not any(p.search(label) for p in r.not_label_res)]
        if found:
            return found  # ('Evaluatie vorig OPP: doelen' is not this plan's goals: the whole label says so)
    return _label_matches_if_named(rules, ruleset, label, adult, lead_in, row_cell) or (
        _label_matches_if_named(rules, ruleset, _CATEGORY_SEP.sub(" ", label), adult, lead_in, row_cell) if sep else []
    )  # 'leerling: inbreng' (a field code) is 'leerling inbreng'


def _label_matches_if_named(
    rules: list[Rule], ruleset: RuleSet, label: str, adult: bool, lead_in: bool, row_cell: bool
) -> list[str]:
    if not (ruleset.may_name(label) or (adult and _adult_may_name(rules, label))):
        return []
    return label_matches(rules, label, adult=adult, lead_in=lead_in, row_cell=row_cell)


CATEGORY_TAIL_WORDS = 5
# A category and its field: 'Perspectief: argumentatie', or a system's dotted path 'Uitstroom.Onderbouwing'
# (not an abbreviation: 'o.a.', 'd.d.').
_CATEGORY_SEP = re.compile(r": |(?<=[^\W\d_]{3})\.(?=[^\W\d_]{3})")


def _heading_word_matches(u: Unit, rules: list[Rule]) -> list[str]:
    """Ids of the rules whose `heading_words` occur in a heading or a label with its value ('Hoe we
    Sem helpen'): a fallback for elements no label names."""
    if u.kind is BlockKind.LIST_ITEM or not (u.kind is BlockKind.HEADING or u.headingish or u.value):
        return []  # a bullet ('auditieve ondersteuning bij lezen') is content, not a heading
    limit = MAX_QUESTION_LABEL_WORDS if _plan_question(u) else HEADING_WORDS_MAX  # 'Welke doelen ...?'
    if len(u.label.split()) > limit or _ANSWERED.search(u.label):
        return []  # a line that carries its own answer ('Afwijkingen onderwijsprogramma geen afwijkingen')
    first = u.text.lstrip()[:1]
    if not (first.isupper() or first.isdigit()):
        return []  # a wrapped line or a bullet read from a scan ('«sterk in rekenen') heads nothing
    return [
        r.id
        for r in rules
        if any(p.search(u.label) for p in r.heading_word_res) and not any(p.search(u.label) for p in r.not_label_res)
    ]


_FAQ = re.compile(r"\b(u|uw|als|indien|niet|geen)\b")


def _plan_question(u: Unit) -> bool:
    """A question heading that asks the plan's own question ('Welke doelen werkt Daan aan in de komende
    periode?'); not a leaflet's question to the parent or a condition ('Bij wie kunt u terecht als uw
    kind ...?', 'Wat gebeurt er als Daan zijn doelen niet haalt?')."""
    return u.text.rstrip().endswith("?") and not _FAQ.search(u.label or "")


def _led_in(u: Unit, units: list[Unit], matched: dict[int, list[str]]) -> list[Unit]:
    """What a sentence ending in a colon leads into ('Wij verwachten dat Sven zal uitstromen naar:' /
    'Vmbo gemengde leerweg.'): the next paragraph, or the list right under it."""
    if not u.text.rstrip().endswith(":"):
        return []
    led: list[Unit] = []
    for v in units[u.index + 1 : u.index + 1 + LABEL_SPAN_LIMIT]:
        if v.index in matched or v.kind is BlockKind.HEADING or (v.label and (v.headingish or v.value)):
            break
        if led and (v.kind is not BlockKind.LIST_ITEM or led[-1].kind is not BlockKind.LIST_ITEM):
            break
        led.append(v)
    return led


def _adult_may_name(rules: list[Rule], label: str) -> bool:
    return any(p.search(label) for r in rules for p in r.adult_label_res)


def _instruction(u: Unit, ruleset: RuleSet) -> bool:
    """A 'Label: text' line whose label is the format's instruction ('Formuleer de onderwijsbehoeften:
    wat heeft ...?') names no part of the plan: it and its text are guidance for the writer. (A
    heading worded as an instruction, 'Benoem de onderwijsbehoeften', still heads what is under it.)"""
    if u.kind is BlockKind.HEADING or (u.headingish and not u.value):
        return False
    return any(p.match(u.label) for p in ruleset.instruction_label_res)


def _run_in_matches(u: Unit, rules: list[Rule], ruleset: RuleSet) -> list[str]:
    """A run-in heading ('Ons gesprek. Het plan ...') names an element only when a label pattern covers
    the whole lead: a first sentence that merely starts with a label word ('Doelen worden ...') does not."""
    lead = u.run_in[0]
    key = (lead, "run-in")
    cache = ruleset.label_cache
    if key not in cache:
        found = label_matches(rules, lead, whole=True) if ruleset.may_name(lead) else []
        bare = _ARTICLE.sub("", lead)
        if not found and bare != lead and ruleset.may_name(bare):
            found = label_matches(rules, bare, whole=True)
        cache[key] = found
    return cache[key]


def _value_label_matches(u: Unit, ruleset: RuleSet) -> list[str]:
    """Ids of the rules one of whose `value_labels` is the whole label of a unit that carries a value:
    a form field, 'Label: value', a two-cell row or a first table cell ('Ontwikkelingsperspectief:
    vmbo-tl' names the destination; a heading 'Ontwikkelingsperspectief' names the whole plan)."""
    carries = (
        (u.kind is BlockKind.FORM_FIELD and u.text.strip())
        or u.value
        or (u.kind is BlockKind.TABLE_CELL and u.block.location.column == 1)
    )
    if not carries:
        return []
    return [r.id for r in ruleset.rules if any(p.fullmatch(u.label) for p in r.value_label_res)]


def _drop_column_header_rows(anchors: dict[str, list[Anchor]]) -> None:
    """A column header row printed as a line ('Domein  Belemmerend  Bevorderend') under a heading for
    those elements is part of that heading's table, not an element's section of its own."""
    rows = {a.content[0].index for found in anchors.values() for a in found if a.columns_as_lines and a.content}
    for rid, found in anchors.items():
        anchors[rid] = [a for a in found if a.unit.index not in rows]


def _title_index(units: list[Unit], ruleset: RuleSet) -> int | None:
    """The document's title ('OPP – leerling met extra ondersteuning') names the whole plan, not a
    part: the first heading, when it names an OPP."""
    first = next((u for u in units[:TITLE_UNITS] if u.headingish), None)
    if first and any(p.search(first.norm) for p in ruleset.opp_marker_res):
        return first.index
    return None


def _phrase_span(
    text: str, start: int, blanked: str, announces: list[re.Pattern[str]], other_part: Callable[[str], bool]
) -> str:
    """The part of a paragraph that a phrase opens: from the sentence it is in up to the next
    'Label:' inside the paragraph ('Wat helpt: ... Wat het moeilijker maakt: ...'). When that sentence
    announces what follows (`announces`: 'De school biedt de volgende ondersteuning. Extra leestijd: ...'),
    up to the next label that names another element (`other_part`: 'Evaluatie: ...') or the paragraph's
    end. `blanked`: the text with the dots of initials and titles as spaces (`_abbreviation_dots_blanked`)."""
    begin = max(blanked.rfind(". ", 0, start) + 1, 0)
    end = blanked.find(". ", start)
    if search_any(announces, text[begin : end if end >= 0 else len(text)]):
        for nxt in _INNER_LABEL.finditer(blanked, start + 1):
            if other_part(text[nxt.end() : text.find(":", nxt.end())]):
                return text[begin : nxt.start()].strip()
        return text[begin:].strip()
    nxt = _INNER_LABEL.search(blanked, start + 1)
    return text[begin : nxt.start() if nxt else len(text)].strip()


def _drop_records_of_other_parts(
    anchors: dict[str, list[Anchor]], ruleset: RuleSet, names: frozenset[str], everything: str
) -> None:
    """A row of a records table ('Wat | Wie | Hoe vaak') inside another element's part is that part's,
    also where its first cell names an element that counts only in its own part ('Begeleiding op de
    stageplek (bezoek en evaluatie)' in the support table is no evaluation of the plan); unless the row
    says itself whose it is (the rule's `phrases_in_other_sections`)."""
    claimed: dict[int, set[str]] | None = None
    for rule in ruleset.rules:
        found = anchors[rule.id]
        if not rule.own_section_only or not any(a.unit.record_row and a.how == "cell" for a in found):
            continue
        claimed = claimed if claimed is not None else _claimed(anchors)
        elsewhere = _other_section_phrases(rule, names, everything)
        anchors[rule.id] = [
            a
            for a in found
            if not (
                a.unit.record_row
                and a.how == "cell"  # (not a row's own 'Aangepast rooster: alleen 's ochtends op school')
                and claimed[a.unit.index] - {rule.id}
                and not search_any(elsewhere, " ".join(u.norm for u in (a.unit, *a.content)))
            )
        ]


def _claimed(anchors: dict[str, list[Anchor]]) -> dict[int, set[str]]:
    """Which rules' labelled sections each unit lies in."""
    claimed: dict[int, set[str]] = defaultdict(set)
    for rid, found in anchors.items():
        for a in found:
            for u in (a.unit, *a.content):
                claimed[u.index].add(rid)
    return claimed


def beside_column(anchor: Anchor, beside: list[str], anchors: dict[str, list[Anchor]]) -> bool:
    """Whether the anchor is a column header cell in a table whose header row also names one of the
    elements `beside` ('Doel | Evaluatie (wanneer / hoe)'): its column says something per row."""
    loc = anchor.unit.block.location
    if not beside or anchor.how != "cell" or not anchor.unit.header_table or loc.row != 1:
        return False
    return any(
        other.how == "cell"
        and (other.unit.page, other.unit.block.location.table, other.unit.block.location.row)
        == (anchor.unit.page, loc.table, 1)
        for rid in beside
        for other in anchors.get(rid, [])
    )


def _tables(units: list[Unit]) -> list[list[Unit]]:
    """The cells of each table."""
    tables: dict[tuple, list[Unit]] = defaultdict(list)
    for u in units:
        if u.kind is BlockKind.TABLE_CELL and u.block.location.table is not None:
            tables[(u.page, u.block.location.table)].append(u)
    return list(tables.values())


MIN_RECORD_COLUMNS = 3


def _record_tables(tables: list[list[Unit]], matched: dict[int, list[str]]) -> None:
    """A table under a header row of three or more column names that name no element ('Wat | Wie |
    Hoe vaak | Vanaf') holds records: a cell below that reads like a label ('Aangepast rooster: start
    2e uur') describes its row, and does not end the section the table stands in. (When the first
    column names two or more elements in most of its rows or in title rows across the table, it is a
    label | value table with extra columns; a record that names one in passing, 'Begeleiding op de
    stageplek (bezoek en evaluatie)', does not make it one.)"""
    for cells in tables:
        header = [c for c in cells if c.block.location.row == 1]
        first = [c for c in cells if c.block.location.column == 1 and c.block.location.row != 1]
        labels = [c for c in first if c.index in matched]
        filled = Counter(c.block.location.row for c in cells if c.text.strip())
        if (
            len(header) < MIN_RECORD_COLUMNS
            or any(c.index in matched or c.value or not c.text.strip() for c in header)
            or (
                len({rid for c in labels for rid in matched[c.index]}) >= 2
                and (2 * len(labels) > len(first) or any(filled[c.block.location.row] == 1 for c in labels))
            )
        ):
            continue
        for c in cells:
            c.record_row = c.block.location.row != 1


def _column_tables(tables: list[list[Unit]], matched: dict[int, list[str]]) -> None:
    """In a table whose first row names two or more elements ('Belemmerend | Bevorderend', 'Doel |
    Aanpak'), the cells below are content of their column, not labels: also, in a column of domains, a
    cell whose domain names another element ('Leren en cognitieve ontwikkeling: Leert goed met concreet
    materiaal' under 'Wat gaat goed (bevorderend)', beside 'Werkhouding: ...')."""
    for cells in tables:
        header = [c for c in cells if c.block.location.row == 1 and c.index in matched]
        heads = {rid for c in header for rid in matched[c.index]}
        if len(header) < 2 or len(heads) < 2:
            continue  # 'Hulpvraag | Wat heeft Milan nodig?' is one element's label and its value
        first_column = [
            c for c in cells if c.block.location.column == 1 and c.block.location.row != 1 and c.index in matched
        ]
        if len(first_column) >= max(2, len(header)):
            continue  # the labels run down the first column: a label | value table, not one column each
        domains = _domain_columns(cells, matched)
        for c in cells:
            c.header_table = True
            if c.block.location.row == 1:
                continue
            if not c.value or (c.block.location.column in domains and not heads & set(matched.get(c.index, ()))):
                matched.pop(c.index, None)


def _domain_columns(cells: list[Unit], matched: dict[int, list[str]]) -> set[int | None]:
    """The columns whose cells open with a label of their own that mostly names no element: a domain
    each ('Werkhouding: ...', 'Sociaal-emotioneel: ...'), so that the one that happens to name an element
    ('Leren en cognitieve ontwikkeling: ...') is a domain too, not that element's part."""
    labelled: dict[int | None, list[Unit]] = defaultdict(list)
    for c in cells:
        if c.block.location.row != 1 and c.label and c.value:
            labelled[c.block.location.column].append(c)
    return {col for col, found in labelled.items() if sum(1 for c in found if c.index not in matched) >= len(found) / 2}


def _header_rows(tables: list[list[Unit]], matched: dict[int, list[str]], ruleset: RuleSet) -> None:
    """A first row of one element's label and column names ('Doel | Criterium', 'Doelen | Wanneer |
    Evaluatie') heads the rows below it: the label's content is its column, not the cell beside it."""
    for cells in tables:
        header = [c for c in cells if c.block.location.row == 1 and c.kind is BlockKind.TABLE_CELL]
        below = any((c.block.location.row or 0) > 1 and c.text.strip() for c in cells)
        if len(header) < 2 or not below or not any(c.index in matched for c in header):
            continue
        columns = [c for c in header if c.index not in matched]
        if columns and all(ruleset.names_columns(c.norm) for c in columns):
            for c in header:
                c.header_table = True


def _printed_field_label(u: Unit, units: list[Unit]) -> str:
    """The label of the form field right after a printed line that reads the same ('10. Inbreng van de
    leerling en wat ermee is gedaan' over its field); '' for any other line."""
    after = units[u.index + 1] if u.index + 1 < len(units) else None
    if (
        after is None
        or after.kind is not BlockKind.FORM_FIELD
        or u.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        or not after.label
    ):
        return ""
    return after.label if strip_label(u.text) == after.label else ""


SUB_HEADER_WORDS = 4


def _sub_header(u: Unit, rules: list[Rule]) -> bool:
    """A cell right of a table's first column that is only an element's label ('Belemmerende factoren'
    beside 'Factoren'): it heads the cell under it, as a label cell does."""
    return (
        u.kind is BlockKind.TABLE_CELL
        and u.block.source is not Source.OCR  # (a scan's columns are guessed from word positions)
        and not u.label
        and (u.block.location.column or 0) > 1
        and 0 < len(u.norm.split()) <= SUB_HEADER_WORDS
        and bool(label_matches(rules, u.norm, whole=True))
        # (beside a label of the row, not in a log's row: '24-09-2024 | OPP-gesprek | ouders, IB | ...')
        and bool(row := u.block.row_header or "")
        and not any(c.isdigit() for c in row)
        and len(row.split()) <= SUB_HEADER_WORDS
    )


def _answers_under_headings(units: list[Unit], matched: dict[int, list[str]], rules_by_id: dict[str, Rule]) -> None:
    """A short line right under a heading that names its element only in passing, with no content under
    it ('4.4 Te verwachten uitstroombestemming' / 'VSO cluster 4, uitstroomprofiel vervolgonderwijs' /
    '4.5 Onderbouwing'), is the heading's answer, not a second heading."""
    for idx in sorted(matched):
        u, ids = units[idx], matched[idx]
        if idx == 0 or idx + 1 >= len(units) or matched.get(idx - 1) != ids or _how(units[idx - 1]) != "heading":
            continue
        after = units[idx + 1]
        if u.value or u.text.rstrip().endswith(":") or not (after.kind is BlockKind.HEADING or idx + 1 in matched):
            continue
        if all(_in_passing(u.label, rules_by_id[rid]) for rid in ids):
            del matched[idx]


def _in_passing(label: str, rule: Rule) -> bool:
    """Whether a label names the rule's element only in passing: no label pattern starts it or covers
    half of it ('vso cluster 4, uitstroomprofiel vervolgonderwijs', not '1.1 Te verwachten uitstroombestemming')."""
    for p in rule.label_res:
        for m in p.finditer(label):
            if m.start() == 0 or (m.end() - m.start()) >= 0.5 * len(label):
                return False
    return True


def _how(unit: Unit) -> str:
    if unit.kind is BlockKind.HEADING or (unit.headingish and not unit.value):
        return "heading"
    if unit.kind in (BlockKind.FORM_FIELD, BlockKind.SIGNATURE):
        return "field"
    if unit.kind is BlockKind.TABLE_CELL and not unit.value:
        return "cell"
    return "label"


def _fill(
    anchor: Anchor,
    units: list[Unit],
    matched: dict[int, list[str]],
    ruleset: RuleSet,
    rules_by_id: dict[str, Rule],
    boxes: dict[tuple, list[Unit]],
) -> None:
    """The anchor's inline value and content (`boxes`: see `_cells_and_boxes`)."""
    unit = anchor.unit
    if anchor.how == "field":
        anchor.inline = unit.text
        return
    if anchor.how == "cell":
        same_table = _table_from(unit, boxes)
        if _is_band(unit, same_table):
            anchor.content = _band_content(unit, units, matched, ruleset, rules_by_id[anchor.rule_id])
        else:
            anchor.content = _cell_content(unit, same_table, matched)
        return
    if (
        anchor.how == "label"
        and unit.value
        and not _leads_in(unit.value)
        and _renames(unit.value, rules_by_id[anchor.rule_id])
    ):
        anchor.how = "heading"  # a title and its subtitle: what follows, up to the next heading, is the content
    else:
        anchor.inline = (
            unit.value
            or _flattened_value(unit, rules_by_id[anchor.rule_id])
            or _heading_value(unit, anchor, rules_by_id)
        )
    if _PROMPT.match(anchor.inline):
        anchor.inline = ""  # the format's question after its label ('Uitstroom: welk werk ga ik doen?') is no answer
    if _asked_twice(unit):
        anchor.inline = ""  # 'Wat gaat goed? Wat helpt Floor?': the answer stands under the two questions
    elif anchor.how == "label" and unit.value and not _numbered_title(unit) and not _leads_in(unit.value):
        anchor.content = _wrapped_rest(unit, units, matched)
        return
    if (
        anchor.inline
        and anchor.how == "heading"
        and unit.kind is not BlockKind.HEADING
        and not _record_follows(unit, units, matched)
    ):
        return
    own_field = units[unit.index + 1] if unit.index + 1 < len(units) else None
    if own_field is not None and _prints_label_of(unit, own_field) and not own_field.text.rstrip().endswith(":"):
        # A form's printed label over its field: the field is the whole answer (unless it leads in to the
        # fields below it: 'Per vakgebied:').
        anchor.content = [own_field]
        return
    limit = HEADING_SPAN_LIMIT if anchor.how == "heading" else LABEL_SPAN_LIMIT
    level = unit.level if unit.kind is BlockKind.HEADING else None
    shared = set(matched.get(unit.index, [])) if anchor.how == "heading" else set()
    for u in units[unit.index + 1 : unit.index + 1 + limit]:
        if _ends_section(u, anchor, level, matched, shared, rules_by_id):
            break
        if _list_ended(anchor, u):
            break
        anchor.content.append(u)
    first = next((u for u in anchor.content if u.text.strip()), None)
    if (
        first is not None
        and first.kind is not BlockKind.TABLE_CELL
        and len(shared) > 1
        and _over_columns(first, anchor, shared, rules_by_id)
    ):
        anchor.columns_as_lines = len(_named(first, shared, rules_by_id)) > 1


COLUMN_HEADER_WORDS = 8  # a header row printed as a line is a few words ('Belemmerend  Bevorderend')


def _over_columns(first: Unit, anchor: Anchor, shared: set[str], rules_by_id: dict[str, Rule]) -> bool:
    """Whether a section's first line may stand over columns: a few words, not a sentence (a table's
    header row printed as a line: 'Belemmerend  Bevorderend'), a line leading in to a table ('Per
    domein is aangegeven wat ... belemmert en wat ... bevordert.'), or any line under a heading that
    joins two parts ('Leerroute en afwijkingen van het programma'); not prose under one part's heading
    that names another part's words ('Motivatie uitstroombestemming')."""
    after = [u for u in anchor.content if u.index > first.index and u.text.strip()][:1]
    short = len(first.text.split()) <= COLUMN_HEADER_WORDS and not first.text.rstrip().endswith((".", "!", "?"))
    return (
        short
        or _joins_parts(anchor.unit.norm, shared, rules_by_id)
        or (bool(after) and after[0].kind is BlockKind.TABLE_CELL)
    )


_APART = re.compile(r"[^\W_]|[&/,+]")


def _joins_parts(heading: str, shared: set[str], rules_by_id: dict[str, Rule]) -> bool:
    """Whether a heading names two parts apart ('Leerroute en afwijkingen van het programma'), not one
    part whose name holds another's ('Motivatie uitstroombestemming' is the reasons, not the destination)."""
    spans = []
    for rid in shared:
        found = [m.span() for p in rules_by_id[rid].label_res if (m := p.search(heading))]
        if found:
            spans.append(max(found, key=lambda s: s[1] - s[0]))
    # (Apart: a word or a sign of a list stands between the two names, 'en', '/', a comma; not in
    # 'Motivatie uitstroombestemming', one name, nor in 'Perspectief – Onderbouwing', a part of a part.)
    return any(
        _APART.search(heading[min(a[1], b[1]) : max(a[0], b[0])])
        for i, a in enumerate(spans)
        for b in spans[i + 1 :]
        if a[1] <= b[0] or b[1] <= a[0]
    )


def _asked_twice(unit: Unit) -> bool:
    """A line of two questions ('Wat gaat goed? Wat helpt Floor?'): the second is no answer to the first."""
    first = unit.text.split("\n", 1)[0]
    value = unit.value or ""
    return "\n" not in value and is_question(value) and is_question(first[: first.find("?") + 1])


def _wrapped_rest(unit: Unit, units: list[Unit], matched: dict[int, list[str]]) -> list[Unit]:
    """The lines a PDF's 'Label: value' line wraps onto ('Gesprek ouders: ... gesprek met' / 'moeder en
    stiefvader op 13 oktober 2026, ...'): they start in lower case, or with a number that is no list's
    ('... op 22 september' / '2025.'), and go on its sentence. On a scan, only the value column beside a
    label wraps so."""
    rest: list[Unit] = []
    scanned = unit.block.source is Source.OCR
    if scanned and "\t" not in unit.text.split("\n", 1)[0]:
        # (A scan's lines are read one by one: which go on which cannot be told, but for a value
        # printed in a column of its own beside the label, 'OOGO<tab>Het ontwikkelingsperspectief is op'.)
        return rest
    u = unit
    for after in units[unit.index + 1 : unit.index + 1 + WRAP_LINES]:
        if (
            after.index in matched
            or not wraps_on(u, after)
            or not _goes_on(after.text.lstrip())
            or (scanned and "\t" in after.text)
        ):
            break
        rest.append(after)
        u = after
    return rest


WRAP_LINES = 6  # lines a value may wrap onto
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s")


def _goes_on(line: str) -> bool:
    """Whether a line may go on the sentence of the line before: it starts in lower case, or with a number
    that opens no list item ('2025.', '4x per week'; not '2. Sanne leest ...')."""
    first = line[:1]
    return first.islower() or (first.isdigit() and not _LIST_NUMBER.match(line))


def _record_follows(unit: Unit, units: list[Unit], matched: dict[int, list[str]]) -> bool:
    """A dated title over a record's labelled lines ('Verslag OPP-gesprek 24 september 2025' /
    'Aanwezig: ...' / 'Besproken: ...'): the lines are its content, not only the date."""
    after = units[unit.index + 1 : unit.index + 1 + RECORD_LINES]
    return (
        len(after) == RECORD_LINES
        and all(v.index not in matched and v.kind is BlockKind.PARAGRAPH and bool(v.label and v.value) for v in after)
        and has_date(unit.text)
    )


RECORD_LINES = 2  # labelled lines under a dated title that make it a record ('Aanwezig: ...', 'Besproken: ...')


def _prints_label_of(unit: Unit, field: Unit) -> bool:
    """Whether `unit` is the printed label of the form field right after it (the field bears the same
    name): the printed labels further down belong to their own fields, not to this one's answer."""
    return (
        unit.kind is BlockKind.PARAGRAPH
        and field.kind is BlockKind.FORM_FIELD
        and bool(unit.label)
        and field.label == unit.label
    )


def _heading_value(unit: Unit, anchor: Anchor, rules_by_id: dict[str, Rule]) -> str:
    """A label set in bold and read as a heading, with its answer after the colon ('Uitstroom:
    vmbo-kader'): what follows the colon is the value, when the part before it is the element's label
    and the part after it names no element ('Deel 3: Handelingsdeel' is a title)."""
    if unit.kind is not BlockKind.HEADING or ": " not in unit.label or ":" not in unit.text:
        return ""  # (a field code's label 'hd: inbreng leerling' has no colon in its text)
    head, _, tail = unit.label.partition(": ")
    if not any(p.fullmatch(head) for p in rules_by_id[anchor.rule_id].label_res):
        return ""
    if any(p.search(tail) for r in rules_by_id.values() for p in r.label_res):
        return ""
    return unit.text.split(":", 1)[1].strip()


def _flattened_value(unit: Unit, rule: Rule) -> str:
    """A table row printed as one line, 'Datum vaststelling 26-09-2025': the date after the label is
    its value. (Only dates: other words after a heading are usually part of the heading.)"""
    if unit.kind is BlockKind.HEADING:
        return ""
    if unit.label:
        for pat in rule.label_res:
            m = pat.match(unit.label)
            if m and has_date(unit.label[m.end() :]):
                return unit.label[m.end() :].strip()
    return ""


def flattened_row(unit: Unit, ruleset: RuleSet) -> tuple[str, str] | None:
    """A table row printed as one line without a colon, 'Doelen (1) In juni scoort ...': a label at
    the start followed by a value starting with a capital, digit or bracket (in a sentence the next
    word is lower case: 'Doelen zijn ...'). Returns (label, value) in printed case."""
    if unit.kind is not BlockKind.PARAGRAPH or unit.label or unit.page is None or ":" in unit.text[:60]:
        return None
    text = unit.text.strip()
    lowered = text.lower()
    if not ruleset.may_name(lowered, at_start=True):
        return None
    for rule in ruleset.rules:
        for pat in rule.label_res:
            m = pat.match(lowered)
            if m and m.end() < len(text) - 1 and re.match(r"\s+[A-Z0-9(\[]", text[m.end() :]):
                return text[: m.end()], text[m.end() :].strip()
    return None


def _leads_in(value: str) -> bool:
    """A value that ends in a colon introduces what follows ('Onze doelen. Dit zijn de doelen:')."""
    return value.rstrip().endswith(":")


def _renames(value: str, rule: Rule) -> bool:
    """A value that only names the element again, as a subtitle ('Handelingsdeel: te bieden
    ondersteuning en begeleiding'): the content follows below."""
    text = norm(value).rstrip(" *.:")
    return bool(text) and any(p.fullmatch(text) for p in rule.label_res)


def _numbered_title(unit: Unit) -> bool:
    """'2. Onderbouwing: relevante gegevens' is a numbered heading with a subtitle, not a value."""
    return bool(_NUMBERED.match(unit.text)) and len(unit.value.split()) <= 4 and not unit.value.rstrip().endswith(".")


def _ends_section(
    u: Unit,
    anchor: Anchor,
    level: int | None,
    matched: dict[int, list[str]],
    shared: set[str],
    rules_by_id: dict[str, Rule],
) -> bool:
    """Whether `u` starts something else: a heading (not a deeper unmatched one), another anchor.

    Under a heading that names several elements ('Bevorderende en belemmerende factoren'), a line
    naming some of those same elements (a table's header row) is part of the shared content."""
    other = matched.get(u.index)
    if other and u.record_row and anchor.unit.kind is not BlockKind.TABLE_CELL:
        return False  # a row of the records table under this heading
    if other and len(shared) > 1 and set(other) <= shared and u.kind is not BlockKind.HEADING and not u.value:
        if len(_named(u, shared, rules_by_id)) > 1:
            return False
    if other and anchor.rule_id not in other:
        return True
    if other and u.headingish:
        return True
    if u.kind is BlockKind.HEADING:
        deeper = level is not None and u.level is not None and u.level > level
        return not deeper
    if anchor.how == "label" and u.label and u.value and u.kind not in (BlockKind.TABLE_CELL, BlockKind.LIST_ITEM):
        # The next "Label: value" line (a list item 'Coaching: 1x per week' is the lead-in's). Under a
        # question ('Wat vindt Isa er zelf van?') a dated note in the element's own words ('In het
        # leerlinggesprek van 15 oktober 2025: Isa vertelt ...') is the answer; a teacher's observation is not.
        # The first line under a question is its answer, also in the form 'Label: value' ('Waar gaat
        # Mees na deze school naartoe?' / 'arbeid: werk in de logistiek').
        question = anchor.unit.text.rstrip().endswith("?")
        if question and not any(c.text.strip() for c in anchor.content) and not has_date(u.label):
            return False
        # (Also a dated note that is itself a sentence of the element: 'Gesprek met Milan op 3 oktober 2025:
        # Milan vertelt dat ...'.)
        rule = rules_by_id[anchor.rule_id]
        own_words = any(p.search(u.label) for p in rule.label_res) or any(p.search(u.norm) for p in rule.phrase_res)
        return not (question and has_date(u.label) and own_words)
    return False


def _list_ended(anchor: Anchor, u: Unit) -> bool:
    """A lead-in ('De doelen voor de komende periode zijn:') holds the list under it: a paragraph
    after that list is the plan going on, not more of this element."""
    return (
        anchor.how == "label"
        and bool(anchor.content)
        and u.kind is BlockKind.PARAGRAPH
        # (The wrapped rest of a list item's line goes on with it; not a sentence that opens with a person's
        # title, 'mw. drs. I. Wesselink, orthopedagoog, adviseert: ...'.)
        and (not u.text.lstrip()[:1].islower() or bool(_OPENS_WITH_TITLE.match(u.norm)))
        and all(c.kind is BlockKind.LIST_ITEM for c in anchor.content)
    )


_OPENS_WITH_TITLE = re.compile(r"(?:" + "|".join(PERSON_TITLES) + r")\.? [a-z]")


def _named(u: Unit, rule_ids: set[str], rules_by_id: dict[str, Rule]) -> set[str]:
    """Which of `rule_ids` the unit's text names."""
    return {rid for rid in rule_ids if any(p.search(u.norm) for p in rules_by_id[rid].label_res)}


def _cells_and_boxes(units: list[Unit]) -> dict[tuple, list[Unit]]:
    """(table, page) -> the table cells there and the tick boxes inside them ('Afwijkingen? ☐ ja ☒ nee'),
    in order (tick boxes outside a table: table None)."""
    found: dict[tuple, list[Unit]] = defaultdict(list)
    for u in units:
        if u.kind in (BlockKind.TABLE_CELL, BlockKind.CHECKBOX):
            found[(u.block.location.table, u.page)].append(u)
    return found


def _table_from(unit: Unit, boxes: dict[tuple, list[Unit]]) -> list[Unit]:
    """The cells and tick boxes of a cell's table from its page on: a table that runs over a page break
    goes on under its header row ('Belemmerend | Bevorderend' on one page, the rows that fill the second
    column on the next)."""
    table, page = unit.block.location.table, unit.page
    if table is None or page is None:
        return boxes.get((table, page), [])
    parts = [cells for (t, p), cells in boxes.items() if t == table and p is not None and p >= page]
    return sorted((u for cells in parts for u in cells), key=lambda u: u.index)


RECORD_TABLE_COLUMNS = 3  # 'Nr | Onderdeel | Omschrijving | Wie | Wanneer', not a label | value table


def _is_band(unit: Unit, same_table: list[Unit]) -> bool:
    """Whether a cell is a row of its own across a table of records ('A. Onderwijsbehoeften' over rows
    'Nr | Onderdeel | Omschrijving | Wie'): a title inside the table."""
    loc = unit.block.location
    return (
        loc.column in (1, None)
        and loc.row != 1
        and not any(u.block.location.row == loc.row and u.index != unit.index for u in same_table)
        and max((u.block.location.column or 1) for u in same_table) >= RECORD_TABLE_COLUMNS
    )


def _band_content(
    unit: Unit, units: list[Unit], matched: dict[int, list[str]], ruleset: RuleSet, rule: Rule
) -> list[Unit]:
    """What the rows under a title row inside a table describe, up to the next title row or the table's
    end, over a page break (the page's running header and footer in between are skipped): of each row,
    its name and the cells after it ('Rekenen | Beheerst in juni 2026 ... | leerkracht'), when the first
    of them is filled in (not empty, not a placeholder); nothing when the next row is another title."""
    from .content import substantive_words  # (content judges anchors: it imports this module)

    table = unit.block.location.table
    rows: list[list[Unit]] = []
    for u in units[unit.index + 1 :]:
        loc = u.block.location
        if loc.table != table or u.kind not in (BlockKind.TABLE_CELL, BlockKind.CHECKBOX):
            if u.block.source in (Source.HEADER, Source.FOOTER):
                continue
            break
        if u.index in matched:
            break
        if rows and rows[-1][0].block.location.row == loc.row:
            rows[-1].append(u)
        elif rows and len(rows[-1]) == 1:
            break  # the row before was the next title
        else:
            rows.append([u])
    described = []
    for row in rows:
        cells = [c for c in row if c.kind is BlockKind.TABLE_CELL]
        named = [i for i, c in enumerate(cells) if c.text.strip() and not c.text.strip().isdigit()]
        if len(cells) < 2 or not named or named[0] + 1 >= len(cells):
            continue  # a title row
        words, seen = substantive_words(cells[named[0] + 1].text, ruleset, rule)
        if not words or seen & {"placeholder", "deferred", "instruction"}:
            continue  # a row whose description is left empty or open
        described += [c for c in row if c.kind is BlockKind.CHECKBOX or cells.index(c) >= named[0]]
    return described


def _cell_content(unit: Unit, same_table: list[Unit], matched: dict[int, list[str]]) -> list[Unit]:
    """What a label cell holds: the rest of its row, the tick boxes in it, or the cells below it
    (`same_table`: the cells and tick boxes of its table from its page on)."""
    loc = unit.block.location
    if (loc.column == 1 or loc.column is None) and not (unit.header_table and loc.row == 1):
        row = [u for u in same_table if u.block.location.row == loc.row and u.index != unit.index]
        if row:
            return row
    own = [  # the tick boxes inside the cell itself: 'Verwachte bestemming (aankruisen): ☐ vmbo-kader ☐ havo'
        u
        for u in same_table
        if u.kind is BlockKind.CHECKBOX and (u.block.location.row, u.block.location.column) == (loc.row, loc.column)
    ]
    if own:
        return own
    below = []
    for u in same_table:
        uloc = u.block.location
        if uloc.column == loc.column and (uloc.row or 0) > (loc.row or 0):
            if u.index in matched:
                break
            below.append(u)
            if loc.row != 1:
                break
    if loc.row == 1 and unit.header_table:
        below = _with_descriptions(below, same_table, loc.column, matched)
    return below


NAME_WORDS = 3  # a cell that only names its row's item ('Werkhouding', 'Begrijpend lezen')


def _with_descriptions(
    column: list[Unit], same_table: list[Unit], col: int | None, matched: dict[int, list[str]]
) -> list[Unit]:
    """A column of short names under an element's header ('Doel | Beschrijving' over 'Werkhouding | Werkt
    20 minuten ...'), each with the cell after it that describes it, when no element names that column."""
    header = {u.block.location.column: u for u in same_table if u.block.location.row == 1}
    nxt = header.get((col or 0) + 1)
    if col is None or nxt is None or nxt.index in matched:
        return column
    described = []
    for cell in column:
        described.append(cell)
        if 0 < len(cell.text.split()) <= NAME_WORDS:
            row = cell.block.location.row
            described += [u for u in same_table if (u.block.location.row, u.block.location.column) == (row, col + 1)]
    return described


def _mark_nesting(found: list[Anchor]) -> None:
    """A labelled anchor whose content holds another labelled anchor of the same rule is the less
    specific one ('Handelingsdeel' around 'Te bieden ondersteuning')."""
    labelled = [a for a in found if a.rank == 1]
    for a in labelled:
        inner = {u.index for u in a.content}
        for b in labelled:
            # A sub-heading of the same element is more specific; a label cell inside is a detail.
            if b is not a and b.unit.index in inner and b.how == "heading":
                a.nested_in = b.unit.index
                break
