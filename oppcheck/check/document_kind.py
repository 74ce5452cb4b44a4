"""What kind of document this is: a plan for a pupil, a blank form, or no plan at all.

A plan is about one pupil: it names him in its pupil fields ('Naam leerling: Sem'), or at least does
not leave them all empty. A blank form has those fields but none filled in, so whatever stands under
its headings is the form's own text. A text that explains OPPs in general (a leaflet, a chapter of a
school guide) has no pupil fields at all and speaks of 'een OPP'. The vocabulary is the rule set's
`context.pupil_fields` and `context.about_opps`. The pupil fields also give the pupil's name, whose
words say nothing particular about him in what the plan writes (`pupil_names`).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import BlockKind
from ..ruleset import RuleSet
from ..text import norm
from .units import Unit, value_beside

PLAN, BLANK_FORM, ABOUT_OPPS, OTHER_DOCUMENT = "plan", "blank_form", "about_opps", "other_document"
_LABELS = re.compile(r"[^\s:][^:]{0,30}:")
ABOUT_OPPS_MIN = 2  # sentences about OPPs in general before a text without pupil fields is a leaflet


# A plan's parts with a section of their own, at most, in another kind of document ('Verslag MDO':
# factors, support and advice); more, and it is a plan that lacks its perspective.
MAX_SECTIONS_OF_OTHER_DOCUMENT = 4


def document_kind(
    units: list[Unit], ruleset: RuleSet, fields: list[tuple[Unit, str]], sections: dict[str, bool]
) -> str:
    """PLAN, BLANK_FORM, ABOUT_OPPS or OTHER_DOCUMENT (`fields`: the pupil fields, see `pupil_fields`;
    `sections`: for each element found, whether it has a section of its own)."""
    res = ruleset.context_res
    if fields and not any(_filled(value, ruleset) for _, value in fields):
        return BLANK_FORM
    if (
        _says_it_is_no_plan(units, ruleset) is not None
        and not _titled_as_plan(units, ruleset)
        and not _holds_a_plan(units, ruleset, sections)
    ):
        return OTHER_DOCUMENT
    if _other_document(units, ruleset, sections) or (
        not fields and other_document_title(units, ruleset) is not None and not _holds_a_plan(units, ruleset, sections)
    ):
        # (A text about no pupil in particular under such a title, 'Nieuwsbrief', 'Uitnodiging
        # informatieavond', is none, whatever sections it has.)
        return OTHER_DOCUMENT
    if not fields:
        # Sentences about OPPs in general, also two in one paragraph ('Op deze pagina leest u hoe scholen
        # ... werken met het OPP. Het OPP beschrijft onder andere ...').
        general = sum(len(p.findall(u.norm)) for u in units if not u.toc for p in res["about_opps"])
        if general >= ABOUT_OPPS_MIN:
            return ABOUT_OPPS
    return PLAN


TITLE_REACH = 4  # a document's title stands among its first units (after a letterhead or a page line)
_TITLE_START = re.compile(r"^[^\w]+")


def document_title(units: list[Unit]) -> Unit | None:
    """The document's title: its first heading near the top; without one, a first line in capitals (a
    text file's 'UITNODIGING INFORMATIEAVOND')."""
    heading = next((u for u in units[:TITLE_REACH] if u.kind is BlockKind.HEADING and not u.toc), None)
    if heading is None and units and units[0].text.isupper() and not units[0].toc:
        return units[0]
    return heading


def _other_document(units: list[Unit], ruleset: RuleSet, sections: dict[str, bool]) -> bool:
    """Another kind of document about a pupil: its title says so, it gives no perspective (no section
    of the destination element) and has few of a plan's sections."""
    destination = ruleset.context.get("destination_element") or ""
    title = other_document_title(units, ruleset)
    if title is not None and _starts_like(title, ruleset.context_res["never_plan_titles"]):
        # 'Onderwijskundig rapport PO-VO' gives a school advice and factors, and is still no plan; unless the
        # plan itself comes further on ('Bijlage: ontwikkelingsperspectief' with its parts).
        return not _holds_a_plan(units, ruleset, sections)
    return (
        not sections.get(destination)  # (a letter may name the destination in passing, not in a part of its own)
        and sum(sections.values()) <= MAX_SECTIONS_OF_OTHER_DOCUMENT
        and title is not None
    )


def _starts_like(title: Unit, patterns: list) -> bool:
    """Whether the title (a letter's subject: its value) starts like one of `patterns`."""
    text = _TITLE_START.sub("", norm(title.value) if title.label and title.value else title.norm)
    return any(p.match(text) for p in patterns)


def _not_plan_titles(ruleset: RuleSet) -> list:
    """The starts of titles of other documents: those that may hold a plan's parts and those that never do."""
    res = ruleset.context_res
    return [*res["other_document_titles"], *res["never_plan_titles"]]


def _holds_a_plan(units: list[Unit], ruleset: RuleSet, sections: dict[str, bool]) -> bool:
    """A plan inside another document: a heading further on names it ('4. Individueel
    ontwikkelingsperspectief Tobias' in a groepsplan) and a plan's sections follow, the destination among them."""
    destination = ruleset.context.get("destination_element") or ""
    if destination not in sections or sum(sections.values()) <= MAX_SECTIONS_OF_OTHER_DOCUMENT:
        return False
    titles = ruleset.context_res["plan_titles"]
    return any(u.kind is BlockKind.HEADING and not u.toc and any(p.search(u.norm) for p in titles) for u in units)


def other_document_evidence(units: list[Unit], ruleset: RuleSet) -> Unit | None:
    """What shows that a document judged OTHER_DOCUMENT is no plan: the sentence in which it says so, or its
    title."""
    return _says_it_is_no_plan(units, ruleset) or other_document_title(units, ruleset)


def _titled_as_plan(units: list[Unit], ruleset: RuleSet) -> bool:
    """Whether the document's title names a plan ('Ontwikkelingsperspectief', 'Groeidocument'): a sentence in
    it that says some document is no OPP speaks of another part ('Dit handelingsplan is geen OPP; het hoort
    bij het groeidocument hierboven')."""
    title = document_title(units)
    return title is not None and any(p.search(title.norm) for p in ruleset.context_res["plan_titles"])


def _says_it_is_no_plan(units: list[Unit], ruleset: RuleSet) -> Unit | None:
    """The sentence in which the document says of itself that it is no plan ('Dit handelingsplan ... is geen
    ontwikkelingsperspectiefplan')."""
    pats = ruleset.context_res["says_it_is_no_plan"]
    return next((u for u in units if not u.toc and any(p.search(u.norm) for p in pats)), None)


def other_document_title(units: list[Unit], ruleset: RuleSet) -> Unit | None:
    """The title, when it names another kind of document about a pupil ('Verslag multidisciplinair
    overleg (MDO)', 'Handelingsplan periode 2') and neither it nor a line above it names a plan
    ('Verslag OPP-gesprek' is about one; 'Ontwikkelingsperspectief groep 6' over 'Verslag gesprek')."""
    res = ruleset.context_res
    subject = _letter_subject(units, res["letter_subjects"])
    if subject is not None:
        # A letter's subject line says what the letter is ('Betreft: uitnodiging evaluatiegesprek
        # ontwikkelingsperspectief'): an invitation about the plan is still an invitation.
        text = _TITLE_START.sub("", norm(subject.value))
        if any(p.match(text) for p in _not_plan_titles(ruleset)):
            return subject
    title = document_title(units)
    if title is None:
        return None
    top = units[: title.index + 1]
    if any(p.search(u.norm) for u in top for p in res["plan_titles"]):
        return None
    text = _TITLE_START.sub("", title.norm)
    return title if any(p.match(text) for p in _not_plan_titles(ruleset)) else None


LETTER_HEAD_UNITS = 8  # a letter's subject line stands under its letterhead, address and date


def _letter_subject(units: list[Unit], subjects: list) -> Unit | None:
    """A letter's subject line near its top ('Betreft: ...', 'Onderwerp: ...'), with a value."""
    return next(
        (u for u in units[:LETTER_HEAD_UNITS] if u.label and u.value and any(p.fullmatch(u.label) for p in subjects)),
        None,
    )


def pupil_fields(units: list[Unit], ruleset: RuleSet) -> list[tuple[Unit, str]]:
    """The fields that name the pupil, each with its value ('' when empty), in the document's order."""
    return [(u, value) for u in units if not u.toc and (value := _field_value(u, units, ruleset)) is not None]


_SCAN_DEBRIS = re.compile(r"^[^\w(]+")  # what a scan's reading puts before a label: '‚Naam leerling', '[Naam'


def _field_value(u: Unit, units: list[Unit], ruleset: RuleSet) -> str | None:
    """The value of a pupil field, '' when empty; None when `u` is no pupil field."""
    pats = ruleset.context_res["pupil_fields"]
    label = _SCAN_DEBRIS.sub("", u.label or "")
    if u.kind is BlockKind.FORM_FIELD:
        return u.text if label and any(p.fullmatch(label) for p in pats) else None
    if u.kind is BlockKind.HEADING and not u.value:
        return None  # a part's title ('1. Leerling'): its fields follow
    if label and any(p.fullmatch(label) for p in pats):
        return u.value or value_beside(u, units) or _line_below(u, units, ruleset)
    beside = value_beside(u, units)
    if u.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL) and (not u.label or label != u.label or beside):
        # A table row printed as one line: 'Naam leerling Kyan Rozendaal' (also when a scan's debris
        # made its start a label of its own: '[Naam leerling  Sanne ...'); a label of several fields
        # over one form field ('Naam leerling / geboortedatum / groep' / [Jesse Brandsma / ...]).
        text = _SCAN_DEBRIS.sub("", u.norm)
        for p in pats:
            m = p.match(text)
            if m and len(text.split()) <= 8:
                return beside or text[m.end() :] or _line_below(u, units, ruleset)
    return None


def _line_below(u: Unit, units: list[Unit], ruleset: RuleSet) -> str:
    """A scanned two-column row read as two lines ('Leerling' / 'Maud Vos (groep 8), geb. 02-12-2015'):
    the line below a bare label is its value, unless it is a label or heading itself (a blank form's
    'Naam leerling' / 'Geboortedatum')."""
    if u.kind is not BlockKind.PARAGRAPH or u.index + 1 >= len(units):
        return ""
    below = units[u.index + 1]
    text = _SCAN_DEBRIS.sub("", below.norm)
    if below.kind is not BlockKind.PARAGRAPH or below.page != u.page or ruleset.may_name(text, at_start=True):
        return ""  # the next part's heading
    if any(p.match(text) for p in ruleset.context_res["pupil_fields"]):
        return ""
    return below.text


def _filled(value: str, ruleset: RuleSet) -> bool:
    """Whether a field holds a value: not a placeholder, nor the next labels of a row printed as one line
    ('Leerling:     Geboortedatum:     School:')."""
    text = _without_labels(norm(value), ruleset)
    for p in ruleset.placeholder_res:
        text = p.sub(" ", text)
    return any(len(w) >= 2 and any(c.isalnum() for c in w) for w in text.split())


_WORD = re.compile(r"[^\W\d_]+")
NAME_MAX_WORDS = 5  # 'Sem de Vries', 'Maud Terhorst-van Dam': a pupil field's value that is a name
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Þ][a-zà-ÿ]{1,20}\b")
NAME_MIN_MENTIONS = 3  # a name the plan uses this often, mid-sentence, is the pupil's


def pupil_names(units: list[Unit], fields: list[tuple[Unit, str]]) -> frozenset[str]:
    """The words of the pupil's name (normalised): the capitalised words of a short pupil field value
    ('Naam leerling: Maud Terhorst', not 'Leerling | werkt hard en is behulpzaam'); without one, the
    name the plan uses most often in its sentences ('... de ontwikkeling van Maud')."""
    from ..text import norm

    names: set[str] = set()
    for u, value in fields:
        if value and len(value.split()) <= NAME_MAX_WORDS:
            words = set(norm(value).split())
            source = value if value != value.lower() else u.text  # a row printed as a line gives it in lower case
            names.update(norm(w) for w in _WORD.findall(source) if w[:1].isupper() and norm(w) in words)
    if names:
        return frozenset(names)
    counts = Counter(m.group(0) for u in units if not u.toc for m in _MID_SENTENCE_NAME.finditer(u.text))
    if counts:
        name, n = counts.most_common(1)[0]
        if n >= NAME_MIN_MENTIONS:
            names.add(norm(name))
    return frozenset(names)


MAX_LABEL_WORDS = 4  # 'naam van de leerling:'


def _without_labels(text: str, ruleset: RuleSet) -> str:
    """The text without the labels before its colons. A known label (a pupil field or personal data:
    'Geboortedatum:', 'Groep:') takes only its own words, so that a value before it stays ('Daan Visser
    Geboortedatum: 14-03-2015 Groep: 7' keeps 'Daan Visser'); another takes what `_LABELS` takes."""
    known = [*ruleset.personal_data_res, *ruleset.context_res["pupil_fields"]]
    parts, start = [], 0
    for colon in re.finditer(":", text):
        before = text[start : colon.start()]
        words = before.split(" ")
        for k in range(min(MAX_LABEL_WORDS, len(words)), 0, -1):
            label = " ".join(words[-k:]).strip()
            if label and any(p.fullmatch(label) for p in known):
                parts.append(" ".join(words[:-k]))
                break
        else:
            parts.append(_LABELS.sub(" ", before + ":"))
        start = colon.end()
    parts.append(text[start:])
    return " ".join(parts)
