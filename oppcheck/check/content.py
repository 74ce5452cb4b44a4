"""Judge what an anchor holds: real content, a placeholder, nothing, or an explicit 'not applicable'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..findings import INCOMPLETE, NOT_APPLICABLE, PRESENT, UNCLEAR
from ..model import BlockKind, Source
from ..patterns import blank_out, compile_any
from ..ruleset import Rule, RuleSet
from ..text import NOT_AFTER_TITLE, norm, split_checkboxes
from .dates import has_past_date
from .sections import Anchor
from .units import SENTENCE_START, Unit

MIN_OCR_CONFIDENCE = 45
LONG_CONTENT_WORDS = 80
_LABEL_END = re.compile(r"^[^\n]{1,80}[?:]\s*$")
_QUESTION = re.compile(r"^[^\n?:]{1,80}\?")
_INNER_LABEL = re.compile(r"(?:^|(?<=[\s.;,|]))[^\s:.;,|\d][^:.;,|\n]{0,40}:(?!\d)")
_WORD = re.compile(r"[^\W\d_]{2,}|\d+", re.UNICODE)
STOPWORDS = frozenset(
    "de het een en of van in op te is zijn dat die dit voor met aan bij als ook om door naar wordt worden"
    " er hij zij ze we wij u je".split()
)
# A better status wins when several anchors of one rule are judged.
STATUS_ORDER = {PRESENT: 4, NOT_APPLICABLE: 3, UNCLEAR: 2, INCOMPLETE: 1}


@dataclass
class ContentOptions:
    """How a rule judges the content it found (the options every kind that reads content takes):
    how many words make it filled in, what it must name (`expect`, else `if_unexpected`), whether it
    needs a date, what makes it not applicable (unless it names a real case), what makes it incomplete."""

    min_words: int = 2
    expect: list[str] = field(default_factory=list)
    if_unexpected: str = "unclear"
    needs_date: bool = False
    not_applicable_if: list[str] = field(default_factory=list)
    not_applicable_unless: list[str] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)  # elsewhere in the plan, undoes a 'not applicable'
    incomplete_if: list[str] = field(default_factory=list)
    must_also_mention: list[dict] = field(default_factory=list)  # groups filled-in content must also name
    column_beside: list[str] = field(default_factory=list)  # elements whose column beside this one makes it per row
    per_row_unless: list[str] = field(default_factory=list)  # what shows such a column is the plan's own
    undone_if: list[str] = field(default_factory=list)  # the content records it did not happen ('Gehouden: nee')
    done_if: list[str] = field(default_factory=list)  # ... and this, that it did ('gehouden op 12-02-2025')
    # Dated content whose every date lies this many weeks before the plan was first set is an older plan's
    # (a talk of last year copied into this year's plan).
    stale_weeks_before_plan: int | None = None

    @cached_property
    def undone_res(self) -> list[re.Pattern]:
        return compile_any(self.undone_if)

    @cached_property
    def done_res(self) -> list[re.Pattern]:
        return compile_any(self.done_if)

    @cached_property
    def per_row_unless_res(self) -> list[re.Pattern]:
        return compile_any(self.per_row_unless)

    @cached_property
    def expect_res(self) -> list[re.Pattern]:
        return compile_any(self.expect)

    @cached_property
    def not_applicable_res(self) -> list[re.Pattern]:
        return compile_any(self.not_applicable_if)

    @cached_property
    def applicable_res(self) -> list[re.Pattern]:
        return compile_any(self.not_applicable_unless)

    @cached_property
    def contradicted_res(self) -> list[re.Pattern]:
        return compile_any(self.contradicted_by)

    @cached_property
    def incomplete_res(self) -> list[re.Pattern]:
        return compile_any(self.incomplete_if)

    @cached_property
    def also_mention_res(self) -> list[tuple[str, list[re.Pattern]]]:
        return [(g["name"], compile_any(g["patterns"])) for g in self.must_also_mention]

    def compile(self) -> None:
        """Compile every pattern of the options now."""
        for name in (
            "expect_res",
            "not_applicable_res",
            "applicable_res",
            "contradicted_res",
            "incomplete_res",
            "also_mention_res",
            "per_row_unless_res",
            "undone_res",
            "done_res",
        ):
            getattr(self, name)


@dataclass
class Judgement:
    """A status, the reason (a message key) and the units that show it."""

    status: str
    reason: str
    anchor: Anchor | None = None
    shown: list[Unit] = field(default_factory=list)
    quote: str = ""


def content_text(anchor: Anchor, ruleset: RuleSet, rule: Rule) -> str:
    """The anchor's content as text: inline value, then content units. Unticked boxes, a table's
    header row and lines made only of column names ('Wat  Wie  Hoe vaak') are not content."""
    parts = [anchor.inline] if anchor.inline else []
    box: Unit | None = None  # the tick box right before this unit, if any
    content = anchor.content
    taken: set[int] = set()  # tick boxes read with the printed option beside them
    for pos, u in enumerate(content):
        previous, box = box, (u if u.kind is BlockKind.CHECKBOX else None)
        if u.toc or u.index in taken or _is_table_header(u, ruleset) or _is_personal_data(u, ruleset) or unsure_ocr(u):
            continue
        if u.kind is BlockKind.PARAGRAPH and (option_box := _box_of_option(u, content[pos + 1 : pos + 2])):
            # A PDF form's printed option with its tick box on the same line: chosen only when ticked.
            taken.add(option_box.index)
            if option_box.checked:
                parts.append(f"[x] {u.text}")
            continue
        if previous is not None and u.kind is BlockKind.PARAGRAPH and u.text.lstrip()[:1].islower():
            # The wrapped rest of a box's label ('Doel: zo zelfstandig mogelijk kunnen' / 'functioneren
            # in ...'): an unticked option is no content, a ticked one was taken with its box.
            if previous.checked:
                parts.append(u.text)
            continue
        if u.kind is BlockKind.CHECKBOX:
            if u.checked:
                parts.append(f"[x] {u.text}")
        elif u.kind is BlockKind.IMAGE:
            continue
        elif u.kind is BlockKind.FORM_FIELD and (m := _QUESTION.match(u.text)):
            parts.append(u.text[m.end() :])  # the answer after the question it repeats
        elif u.label and (_LABEL_END.search(u.text) or _QUESTION.match(u.text)):
            parts.append(u.value)  # 'Toelichting:' or 'Wat heeft uw kind nodig? ...': the label is no content
        elif u.label and u.value and not substantive_words(u.value, ruleset, rule)[0]:
            continue  # 'Datum gesprek: ......': a label with an empty value says nothing
        else:
            parts.append(u.text)
    return "\n".join(chosen for p in parts if (chosen := _typed_boxes_chosen(p)).strip())


def _typed_boxes_chosen(text: str) -> str:
    """Text with boxes typed into it (a form field's value '[ ] Nee [ ] Ja, namelijk: ....'): what
    stands before the boxes and the ticked options; an unticked option is no content."""
    lines = []
    for line in text.split("\n"):
        split = split_checkboxes(line)
        if split is None or all(checked for checked, _ in split[1]):
            lines.append(line)  # (a line of ticked boxes only is kept as written)
            continue
        prefix, boxes = split
        lines += [prefix] if prefix else []
        lines += [f"[x] {label}" for checked, label in boxes if checked and label]
    return "\n".join(lines)


MAX_OPTION_WORDS = 12  # a printed option beside a form's tick box: 'vmbo-basis', 'arbeidsmarkt (loonvormend)'


def _box_of_option(u: Unit, after: list[Unit]) -> Unit | None:
    """The form tick box right after a short printed line on the same line of the page, or one named by
    the same words: the line is that box's option."""
    box = after[0] if after and after[0].kind is BlockKind.CHECKBOX else None
    if box is None or len(u.norm.split()) > MAX_OPTION_WORDS or "\n" in u.text.strip():
        return None
    here, there = u.block.location, box.block.location
    same_line = here.page is not None and (here.page, here.line) == (there.page, there.line)
    # On the same line, only a box named by its field alone ('f0', 'Selectievakje1') takes the line as its
    # option: a box with words of its own ('Nee') answers a question printed before it.
    bare_name = " " not in box.norm.strip() and any(c.isdigit() for c in box.norm)
    return box if (same_line and bare_name) or box.norm == u.norm else None


def heading_filler(anchor: Anchor, ruleset: RuleSet, rule: Rule) -> str | None:
    """The answer right under a heading, or after it on its own line ('12. Evaluatie. volgt na
    overleg'), when it is a placeholder ('volgt', '...'): the section is not filled in, whatever text
    follows further down. None when the answer is real."""
    if anchor.unit.kind is BlockKind.HEADING and anchor.unit.run_in:
        if _is_filler(anchor.unit.run_in[1], ruleset, rule):
            return anchor.unit.run_in[1]
    first = next((u for u in anchor.content if u.text.strip() and not _is_table_header(u, ruleset)), None)
    if anchor.inline or first is None or first.kind is not BlockKind.PARAGRAPH:
        return None
    return first.text if _is_filler(first.text, ruleset, rule) else None


def _is_filler(text: str, ruleset: RuleSet, rule: Rule) -> bool:
    words, seen = substantive_words(text, ruleset, rule)
    return not words and bool(seen & {"placeholder", "deferred"})


def unsure_ocr(u: Unit) -> bool:
    """Text read from a scan with low confidence ('xxx' read as 'Eend') is not evidence of content."""
    return u.block.source is Source.OCR and u.block.confidence is not None and u.block.confidence < MIN_OCR_CONFIDENCE


def _has_letters(u: Unit) -> bool:
    return sum(c.isalpha() for c in u.text) >= MIN_UNREADABLE_LETTERS


MIN_UNREADABLE_LETTERS = 4  # a scan's speck read as 'l' or 'i.' is no text


def _is_personal_data(u: Unit, ruleset: RuleSet) -> bool:
    """Rows of the pupil's details ('Naam leerling | Sara', 'Geboortedatum: ...') are not the content
    of any element."""
    if not ruleset.personal_data_res:
        return False
    label = u.label if u.label and u.value else None
    if u.kind is BlockKind.TABLE_CELL:
        from .units import strip_label

        label = label or (strip_label(u.block.row_header) if u.block.row_header else u.label)
    return bool(label) and any(p.fullmatch(label) for p in ruleset.personal_data_res)


def _is_table_header(u: Unit, ruleset: RuleSet) -> bool:
    loc = u.block.location
    if u.kind is BlockKind.TABLE_CELL and u.header_table and loc.row == 1:
        return True
    return ruleset.names_columns(u.norm)


def substantive_words(text: str, ruleset: RuleSet, rule: Rule) -> tuple[list[str], set[str]]:
    """Words left after removing placeholders, instructions, references and deferrals; and which of
    those kinds of filler were seen."""
    from ..text import norm

    t = norm(text)
    words = [w for w in _WORD.findall(t) if w not in STOPWORDS]
    if len(words) >= LONG_CONTENT_WORDS:
        return words, set()  # fillers cannot bring this much text below any rule's minimum
    seen = set()
    if "\n" in text.strip():
        # An instruction may fill a whole line of its own (its patterns are anchored to a line), or a
        # paragraph wrapped over lines ('Formuleer SMART-doelen (Specifiek, Meetbaar,' / 'Tijdgebonden).'):
        # whichever reading leaves less is the instruction.
        raw_lines = text.split("\n")
        lines = [blank_out(ruleset.instruction_res, norm(line)) for line in raw_lines]
        by_line = " ".join(line for line, _ in lines).strip()
        whole, removed = blank_out(ruleset.instruction_res, " ".join(t.split())) if _wrapped(raw_lines) else ("", False)
        if removed and len(_WORD.findall(whole)) < len(_WORD.findall(by_line)):
            seen.add("instruction")
            t = whole
        elif any(removed for _, removed in lines):
            seen.add("instruction")
            t = by_line
    # A ticked option that names what the element expects ('[x] vervolgonderwijs') is the answer, even
    # in the words of the element's label.
    answers: list[str] = []

    def take_answer(m: re.Match) -> str:
        if any(p.search(m.group(1)) for p in rule.options.expect_res):
            answers.append(m.group(1))
            return " "
        return m.group(0)

    t = _TICKED.sub(take_answer, t)
    ticked = " ".join(answers)
    for kind, pats in (
        ("instruction", ruleset.instruction_res),
        ("deferred", ruleset.deferral_res),
        ("reference", ruleset.reference_res),
        ("not_done", rule.options.incomplete_res),
        ("placeholder", ruleset.placeholder_res),
        ("label", rule.label_any_res),
    ):
        for p in pats:
            t, n = p.subn(" ", t)
            if n:
                seen.add(kind)
    if ":" in t:
        t = _INNER_LABEL.sub(" ", t)  # 'Datum gesprek: ... Aanwezig: ...': labels are no content
    elif not seen and not ticked:
        return words, seen  # nothing was removed
    for p in ruleset.placeholder_res:
        ticked = p.sub(" ", ticked)
    words = [w for w in _WORD.findall(f"{t} {ticked}") if w not in STOPWORDS]
    return words, seen


_TICKED = re.compile(r"^\[x\] ([^\n]*)$", re.M)  # a ticked box's option, as content_text writes it
DATE_JOINERS = frozenset({"tot", "en", "vanaf", "per"})  # words between dates in a period
# A line ending in one of these goes on.
_NO_LAST_WORD = STOPWORDS | {"zoals", "bijvoorbeeld", "bijv.", "namelijk", "waaronder", "onder", "zonder", "behalve"}


def _wrapped(lines: list[str]) -> bool:
    """Whether a line breaks off mid-clause (an open bracket, a trailing comma, a last word that cannot
    end a sentence, the next line going on in lower case): one sentence wrapped over lines, not an
    instruction line with the answer under it."""
    return any(
        breaks_off(line) or (not line.rstrip().endswith((".", "!", "?", ":", ";")) and after.lstrip()[:1].islower())
        for line, after in zip(lines, lines[1:], strict=False)
    )


def breaks_off(line: str) -> bool:
    """Whether a line stops mid-clause: an open bracket (round or square: '[Vul hier ... Bij vso:' /
    'kies een profiel.]'), a trailing comma, a last word that cannot end a sentence ('... zoals',
    'Dyslexie, ...', 'Akkoord met het handelingsdeel, met')."""
    words = line.split()
    return (
        line.count("(") > line.count(")")
        or line.count("[") > line.count("]")
        or line.rstrip().endswith(",")
        or (bool(words) and words[-1].lower() in _NO_LAST_WORD)
    )


def _own_line(u: Unit) -> str:
    """The printed line the unit stands on: its label may hold the date, or a field beside it on the
    same line ('Directeur (namens het bevoegd gezag): N. Aydın   Datum: 02/01/2026')."""
    first = u.text.strip().split("\n", 1)[0]
    return next((line for line in u.block.text.split("\n") if first and first in line), u.text)


def phrase_quote(anchor: Anchor) -> str:
    """A prose phrase's paragraph as written, from the sentence the phrase was found in (a paragraph
    read from a scan may run over several parts of the plan)."""
    if anchor.unit.kind is BlockKind.TABLE_CELL and anchor.content:
        return " | ".join(u.text.strip() for u in (anchor.unit, *anchor.content))  # a row the phrase runs over
    text, head = anchor.unit.text, norm(anchor.inline)[:30]
    starts = [0, *(m.end() for m in SENTENCE_START.finditer(text))]
    inside = [start for start in starts if head and head in norm(text[start:])]
    return text[inside[-1] :] if inside else text


STATEMENT_WORDS = 4  # a heading this long that says 'geen afwijkingen' is a statement
SHORT_UNDER_HEADING = 25  # words under such a heading that may only go on saying so


def judge_anchor(anchor: Anchor, rule: Rule, ruleset: RuleSet, names: frozenset[str] = frozenset()) -> Judgement:
    """Judge one anchor's content against the rule (`names`: the words of the pupil's name)."""
    from .law import answered_labels, missing_mention

    text = content_text(anchor, ruleset, rule)
    shown = [u for u in anchor.content if u.text.strip()][:3]
    quote = text.strip() or anchor.unit.text
    if anchor.how == "phrase":
        quote = phrase_quote(anchor)
    opts: ContentOptions = rule.options
    # (Also a heading or a label that says it, with nothing under or after it or a few words that name no
    # deviation: 'Er zijn geen afwijkingen van het onderwijsprogramma' over or before 'Noud volgt het reguliere'.)
    said = anchor.unit.norm if anchor.how == "heading" else anchor.unit.label or ""
    words = norm(text).split()
    # ('Geen afwijkingen: Amira volgt het reguliere programma.': a label with its value after a colon
    # says it, however short.)
    labelled = (
        bool(opts.not_applicable_res)
        and anchor.how == "label"
        and anchor.unit.kind is not BlockKind.CHECKBOX
        and bool(substantive_words(anchor.unit.value or "", ruleset, rule)[0])  # (not 'Geen afwijkingen: n.t.b.')
    )
    says_none = [norm(text), said if anchor.how == "label" else ""]
    if any(p.search(s) for s in says_none for p in opts.not_applicable_res) and any(
        p.search(norm(text)) for p in ruleset.deferral_res
    ):
        # ('Geen afwijkingen: nog te bepalen na het onderzoek': the decision is still to come.)
        return Judgement(INCOMPLETE, "deferred", anchor, shown, quote)
    heading_says = (
        anchor.how in ("heading", "label")
        and len(words) <= SHORT_UNDER_HEADING
        and not (words and any(p.fullmatch(words[0].strip(",.;:")) for p in ruleset.context_res["answer_no"]))
        and not any(p.search(norm(text)) for p in opts.applicable_res)
        and anchor.unit.block.source is not Source.OCR  # (a scan's unticked box may read as a letter)
        and (len(said.split()) >= STATEMENT_WORDS or labelled)
        # (A statement: words before what it says, 'Er zijn geen afwijkingen'; not an option's line
        # that starts with it, 'geen afwijkingen van het reguliere programma'.)
        and any((m := p.search(said)) and (m.start() > 0 or labelled) for p in opts.not_applicable_res)
    )
    if heading_says:
        return Judgement(NOT_APPLICABLE, "not_applicable", anchor, shown, anchor.unit.text)
    if opts.not_applicable_res and any(p.search(norm(text)) for p in opts.not_applicable_res):
        # 'Geen afwijkingen in de onderwijstijd, wel een eigen leerlijn': what it does name is judged.
        named = any(p.search(norm(text)) for p in opts.applicable_res)
        if len(_WORD.findall(norm(text))) <= 40 and not named:
            return Judgement(NOT_APPLICABLE, "not_applicable", anchor, shown, quote)
    text, general = without_general(text, ruleset, names)
    if general and not text.strip():
        return Judgement(INCOMPLETE, "vague", anchor, shown, quote)
    words, seen = substantive_words(text, ruleset, rule)
    if anchor.how == "phrase" and (answer := _lead_in_answer(anchor.unit.text, rule)) is not None:
        # 'Wij verwachten dat Yara zal uitstromen naar: volgt na overleg. Waarom ...': what follows the
        # colon answers the sentence; the sentences after it do not fill a deferred or empty answer.
        answer_words, answer_seen = substantive_words(answer, ruleset, rule)
        if not answer_words:
            reason = "deferred" if "deferred" in answer_seen else "placeholder"
            return Judgement(INCOMPLETE, reason, anchor, shown, quote)
    if anchor.how == "heading" and (filler := heading_filler(anchor, ruleset, rule)) is not None:
        return Judgement(INCOMPLETE, "placeholder", anchor, shown, filler)
    if anchor.how == "phrase" and not (opts.needs_date and has_past_date(text)):
        # The sentence itself names the element: ask for more than the naming words, unless it gives
        # what the element needs: a date ('vastgesteld op 1 december 2025') or what the rule expects
        # ('Wij verwachten dat Sara doorstroomt naar het praktijkonderwijs').
        named = bool(opts.expect_res) and any(p.search(norm(text)) for p in opts.expect_res)
        enough = len(words) >= (max(opts.min_words, 1) if named else max(opts.min_words, 3) + 2)
    else:
        enough = len(words) >= max(opts.min_words, 1)
    # Elements that are a date, or expect one ('Evaluatiemoment: 15-01-2026'), may hold only a date.
    dated = (
        opts.needs_date or rule.within_weeks_of_plan is not None or any(p.search(norm(text)) for p in opts.expect_res)
    )
    if enough and not dated and all(w.isdigit() or w in DATE_JOINERS for w in words):
        enough = False  # only dates ('13-11-2025 tot 16-07-2026' under the support): when, not what
    if not enough and general:
        return Judgement(INCOMPLETE, "vague", anchor, shown, quote)
    if (
        not enough
        and not text.strip()
        and (blurred := [u for u in anchor.content if unsure_ocr(u) and _has_letters(u)])
    ):
        # Nothing readable under the heading, but text the scan's reading barely made out: a person looks.
        return Judgement(UNCLEAR, "unreadable", anchor, shown, blurred[0].text)
    if not enough:
        if not text.strip():
            reason = "empty"
        elif "deferred" in seen:
            reason = "deferred"
        elif "reference" in seen:
            reason = "reference"
        elif seen == {"instruction"}:
            reason = "instruction"
        elif "not_done" in seen:
            reason = "not_done"  # what the rule's `incomplete_if` names: 'ouders zijn geïnformeerd'
        else:
            reason = "placeholder"
        return Judgement(INCOMPLETE, reason, anchor, shown, quote)
    if is_vague(words, ruleset, names):
        return Judgement(INCOMPLETE, "vague", anchor, shown, quote)
    own_line = "" if anchor.how == "phrase" else _own_line(anchor.unit)  # (a phrase's date is in its sentence)
    if opts.needs_date and not (has_past_date(text) or has_past_date(own_line)):
        # No date, or only one still to come ('wordt vastgesteld op 15 januari 2027'): not done yet.
        return Judgement(INCOMPLETE, "no_date", anchor, shown, quote)
    # (What the format's instruction says, or a sentence that puts it off, counts for nothing: 'Formuleer de
    # doelen SMART: specifiek, meetbaar, ..., tijdgebonden.' over goals with no date; 'Het OPP wordt
    # geëvalueerd met ouders. De datum wordt later gepland.')
    told = "\n".join(
        blank_out(ruleset.deferral_res, blank_out(ruleset.instruction_res, norm(line))[0])[0]
        for line in text.split("\n")
    )
    if opts.expect_res and not any(p.search(told) for p in opts.expect_res):
        return Judgement(opts.if_unexpected, "unexpected", anchor, shown, quote)
    missing = missing_mention(opts, told, answered_labels(anchor, ruleset, rule))
    if missing:
        return Judgement(INCOMPLETE, f"also_{missing}", anchor, shown, quote)
    return Judgement(PRESENT, "found", anchor, shown, quote)


def without_general(text: str, ruleset: RuleSet, names: frozenset[str]) -> tuple[str, bool]:
    """The text without its sentences about pupils in general ('Iedere leerling heeft sterke kanten.',
    'Wij vinden het belangrijk dat kinderen meedenken over hun ontwikkeling.'): the rule set's `general`
    patterns, in a sentence that does not name the pupil, and the sentences right after one that only go
    on with it (`general_continuations`: 'Dit gebeurt in groep 6, 7 en 8.'). Whether any was left out."""
    if not ruleset.general_res:
        return text, False
    kept: list[str] = []
    sentences = _WHOLE_SENTENCE_START.split(text)
    after_general = False
    for sentence in sentences:
        said = norm(sentence)
        patterns = ruleset.general_res + (ruleset.general_continuation_res if after_general else [])
        after_general = any(p.search(said) for p in patterns) and not names & set(_WORD.findall(said))
        if after_general:
            continue
        kept.append(sentence)
    return (" ".join(kept), True) if len(kept) < len(sentences) else (text, False)


# Where a whole sentence starts (not after a ';': 'Bij leerlingen op onze school spelen vaak ...; de groepen
# zijn klein ...' is one sentence about everyone).
_WHOLE_SENTENCE_START = re.compile(rf"(?<=[.!?])(?<!\b[^\W\d_]\.){NOT_AFTER_TITLE}\s+")


def is_vague(words: list[str], ruleset: RuleSet, names: frozenset[str]) -> bool:
    """Whether content names nothing particular: only the rule set's `vague` words and the pupil's name
    ('Er zijn factoren die de ontwikkeling van Maud bevorderen.'). A number or date is particular."""
    if not ruleset.vague_res or not words or len(words) > LONG_CONTENT_WORDS:
        return False
    return all(w in names or any(p.fullmatch(w) for p in ruleset.vague_res) for w in words)


_SENTENCE_END = re.compile(r"(?<!\b[a-zA-Z])[.!?](?:\s|$)")


def _lead_in_answer(text: str, rule: Rule) -> str | None:
    """What follows the colon of a sentence the rule's phrase leads in ('... uitstromen naar: vmbo-kader.'),
    up to the end of that sentence; None when the phrase ends in no colon or the line ends at it."""
    colon = text.find(":")
    if colon < 0 or not any(p.search(norm(text[:colon])) for p in rule.phrase_res):
        return None
    rest = text[colon + 1 :]
    if not rest.strip():
        return None  # the answer stands on the next line ('... uitstromen naar:' / 'Vmbo-kader.')
    end = _SENTENCE_END.search(rest)
    return rest[: end.start()] if end else rest


def best(judgements: list[Judgement]) -> Judgement | None:
    """The most favourable judgement; among equals, one that found something before an empty heading
    (its quote shows what is wrong), then the earliest in the document."""
    if not judgements:
        return None
    return max(
        judgements,
        key=lambda j: (_rank(j), j.reason != "empty", -(j.anchor.unit.index if j.anchor else 0)),
    )


def _rank(j: Judgement) -> float:
    """How favourable a judgement is. Text a scan barely shows under one heading ranks below a part that
    says something but not all (what it lacks may follow it: `law.mentioned_after`), above other gaps."""
    if j.reason == "unreadable":
        return STATUS_ORDER[INCOMPLETE] + 0.5
    if j.status == INCOMPLETE and j.reason.startswith("also_"):
        return STATUS_ORDER[INCOMPLETE] + 0.75
    return STATUS_ORDER.get(j.status, 0)
