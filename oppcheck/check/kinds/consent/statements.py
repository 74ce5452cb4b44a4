"""What the text of the consent part states: refusals, open choices, consent in so many words, and
what its tick boxes say."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ....model import BlockKind, Source
from ....patterns import search_any
from ....text import CHECKED_GLYPHS, NOT_AFTER_TITLE, UNCHECKED_GLYPHS, norm
from ...content import breaks_off, unsure_ocr
from ...dates import find_dates, has_date
from ...units import Unit
from .region import PARENT, PUPIL, SCHOOL, parties_named, party
from .vocabulary import ConsentVocabulary, any_match, names_other_consent

# Sentence ends, but not after initials ('K. van den Berg'), titles or abbreviations ('d.d.').
# A line break ends a sentence unless the next line goes on in lower case (a wrapped line of a PDF).
_SENTENCES = re.compile(rf"(?<=[^\W_]{{2}}[.!?]){NOT_AFTER_TITLE}\s+(?=[A-Z0-9\"'“])|(?<=[!?])\s+|\n+(?![a-z])")
# Clauses of a sentence: 'ouders tekenen voor akkoord; bij niet akkoord volgt een gesprek' holds a
# conditional clause that states nothing.
_CLAUSES = re.compile(r"\s*[;:,]\s+")
BOX_GLYPHS = frozenset(CHECKED_GLYPHS + UNCHECKED_GLYPHS)
OPTION_WORDS = 3  # 'Niet akkoord' printed beside a form box is an option, not a statement


@dataclass
class Statements:
    """What the consent part says, apart from its signature places."""

    refusal: tuple[str, Unit] | None = None  # (reason, unit): refused, partial, seen_only, protest
    refusal_party: str | None = None  # who the refusing line speaks for, when it names someone
    later_refusals: list = field(default_factory=list)  # (reason, unit, party) said after one for a named party
    choice_open: Unit | None = None
    agree_checked: Unit | None = None
    agree_unchecked: Unit | None = None
    agreed_statement: Unit | None = None
    agreed_by: set[str] = field(default_factory=set)  # the parties that statement names ('Ouders gaan akkoord')
    agreed_on_its_date: bool = False  # its own sentence gives the date ('Digitaal ondertekend ... op 17-10-2025')
    agreed_dated: bool = False
    agreed_dates: list = field(default_factory=list)  # the dates the statement (or its message) gives
    agree_seen: bool = False
    region_dated: bool = False
    ocr: bool = False
    # A printed 'akkoord  niet akkoord' over form boxes that have no label of their own, one ticked:
    # which option was ticked cannot be read.
    boxes_unattributed: Unit | None = None
    # Two options printed one under the other ('Ouders gaan akkoord ...' / 'Ouders gaan niet akkoord ...')
    # with no box the text shows: which one applies (ticked, or the other struck out) cannot be seen.
    options_unmarked: Unit | None = None
    # The parents' own place in the part about the handelingsdeel, left blank while they signed another
    # part (the perspectiefdeel, an application): what was signed is not the handelingsdeel.
    support_part_blank: Unit | None = None
    units: list[Unit] = field(default_factory=list)


def refusal_reason(text: str, pats: ConsentVocabulary) -> str:
    """Which kind of refusal a text is: only 'seen', under protest, partial, or refused."""
    for reason in ("seen_only", "protest", "partial"):
        if any_match(pats[reason], text):
            return reason
    return "refused"


def _options(text: str, pats: ConsentVocabulary) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the refusals in `text` (the outermost: 'niet akkoord', not also its 'akkoord') and
    of the agreements that lie outside every refusal."""
    refusals = {m.span() for p in pats["refuse"] for m in p.finditer(text)}
    outer = [r for r in refusals if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in refusals)]
    agreements = {m.span() for p in pats["agree"] for m in p.finditer(text)}
    free = [a for a in agreements if not any(r[0] <= a[0] and a[1] <= r[1] for r in refusals)]
    return sorted(outer), sorted(free)


def _first_option(text: str, pats: ConsentVocabulary) -> tuple[bool, bool]:
    """(refuses, agrees): what a scanned box's label says first. OCR runs a label on into the next
    option ('akkoord met het handelingsdeel [ ] niet akkoord'): the box is the first option's."""
    refusals, agreements = _options(text, pats)
    if not refusals:
        return False, bool(agreements)
    if agreements and agreements[0][0] < refusals[0][0]:
        return False, True
    return True, False


def read_checkbox(
    u: Unit,
    pats: ConsentVocabulary,
    said: Statements,
    neighbours: tuple[Unit | None, Unit | None],
    checked: bool | None = None,
) -> None:
    """A consent tick box: ticked agreement, ticked refusal, or agreement left unticked (`checked`: a
    box typed as a mark before its option, for a line that is no box block)."""
    text, shown = u.norm, u
    ticked = u.checked if checked is None else checked
    if not text:
        # A box whose label landed on the line before or after it (a wrapped PDF line).
        text = " ".join(n.norm.split(":")[0] for n in neighbours if n is not None and n.kind is not BlockKind.CHECKBOX)
    elif (
        (after := neighbours[1]) is not None
        and after.kind is BlockKind.PARAGRAPH
        and after.text[:1].islower()
        and breaks_off(u.text)
    ):
        # A label wrapped onto the next line: 'Akkoord met het handelingsdeel, met' / 'uitzondering van: ...'.
        text = f"{text} {after.norm}"
        shown = replace(u, text=f"{u.text} {after.text}", norm=text)
    if u.block.source is Source.OCR:
        refuse, agree = _first_option(text, pats)
    else:
        refuse = any_match(pats["refuse"], text)
        agree = any_match(pats["agree"], text) and not refuse
    if ticked and refuse and said.refusal is None:
        said.refusal = (refusal_reason(shown.norm, pats), shown)
    elif ticked and agree:
        said.agree_checked = said.agree_checked or u
    elif agree and not ticked:
        said.agree_unchecked = said.agree_unchecked or u


def read_answered_option(u: Unit, option: str, answer: str, pats: ConsentVocabulary, said: Statements) -> bool:
    """An option printed with its answer beside it or after a colon ('Ik/wij gaan niet akkoord met het
    handelingsdeel | Nee'): read like a tick box, chosen when the answer is yes. An agreement answered
    'nee' is a refusal. Returns whether `option` and `answer` were such a pair."""
    option, answer = norm(option), norm(answer)
    for p in pats["choice"]:
        option = p.sub(" ", option)  # 'Akkoord met het handelingsdeel (ja/nee)': the choice is the answer's
    if not (any_match(pats["agree"], option) or any_match(pats["refuse"], option)):
        return False
    if any_match(pats["answer_yes"], answer):
        read_checkbox(replace(u, norm=option), pats, said, (None, None), checked=True)
        if (
            u.kind is not BlockKind.TABLE_CELL
            and any_match(pats["agreed"], option)
            and said.agreed_statement is None
            and said.refusal is None
        ):
            # 'Ouders hebben ingestemd: Ja' on a form's line: the option itself says consent was given. (A
            # table's row is a system's record, dated by its other rows: see `reading._record_dated`.)
            said.agreed_statement, said.agreed_by = u, set(parties_named(option, pats))
    elif not any_match(pats["answer_no"], answer):
        return False
    elif not any_match(pats["refuse"], option) and said.refusal is None:
        said.refusal = ("refused", u)
    return True


def options_over_unnamed_boxes(region: list[Unit], pats: ConsentVocabulary) -> dict[int, list[Unit]]:
    """Printed lines that hold both options ('ja, ik stem in   nee, ik stem niet in') followed by two
    or more form tick boxes named only by their field ('cb031'), by the line's unit index: the boxes
    are that line's options, in an order the text does not show."""
    found: dict[int, list[Unit]] = {}
    for pos, u in enumerate(region):
        if u.kind is not BlockKind.PARAGRAPH:
            continue
        refusals, agreements = _options(u.norm, pats)
        if not (refusals and agreements):
            continue
        boxes = []
        for v in region[pos + 1 :]:
            if v.kind is not BlockKind.CHECKBOX or v.block.source is not Source.FORM or v.text != (v.block.name or ""):
                break
            if any(any_match(pats[key], norm(v.text.replace("_", " "))) for key in ("agree", "refuse")):
                break  # a field named 'akkoord_ja' says which option it is
            boxes.append(v)
        if len(boxes) >= 2:
            found[u.index] = boxes
    return found


OPTION_LINE_WORDS = 16  # 'Ik ga niet akkoord met het handelingsdeel en wil graag een gesprek'


def boxes_with_their_options(region: list[Unit], pats: ConsentVocabulary) -> list[Unit]:
    """A form's tick box named only by its field ('f14'), right under the one option printed for it
    ('Ik ga akkoord met het handelingsdeel' / [x] / 'Ik ga niet akkoord ...' / [ ]): the box with that
    option as its label, in place of the printed line (which alone would read as a statement). Not when
    an option follows a box without one of its own ([ ] / 'Akkoord' / [x] / 'Niet akkoord'): the boxes
    then stand above their options, and which is which cannot be told (`unattributed_option`)."""
    pairs = {
        pos: pos + 1
        for pos, u in enumerate(region[:-1])
        if _option_line(u, pats) and _unnamed_box(region[pos + 1]) and region[pos + 1].index == u.index + 1
    }
    if any(
        box + 1 < len(region) and box + 1 not in pairs and _option_line(region[box + 1], pats) for box in pairs.values()
    ):
        return region
    boxes = set(pairs.values())
    return [
        replace(region[pos + 1], text=u.text, norm=u.norm) if pos in pairs else u
        for pos, u in enumerate(region)
        if pos not in boxes
    ]


def _option_line(u: Unit, pats: ConsentVocabulary) -> bool:
    """A short printed line holding one option: agreeing or refusing, not both."""
    return (
        u.kind is BlockKind.PARAGRAPH
        and len(u.text.split()) <= OPTION_LINE_WORDS
        and len([spans for spans in _options(u.norm, pats) if spans]) == 1
    )


def unattributed_option(region: list[Unit], pos: int, pats: ConsentVocabulary) -> Unit | None:
    """A ticked form box named only by its field that `boxes_with_their_options` could not pair, right
    beside a printed option ([x] / 'Akkoord' / [ ] / 'Niet akkoord'): that option, though the box may be
    the other's; None for any other box."""
    box = region[pos]
    if not (_unnamed_box(box) and box.checked):
        return None
    for v in (region[pos - 1] if pos else None, region[pos + 1] if pos + 1 < len(region) else None):
        if v is not None and abs(v.index - box.index) == 1 and _option_line(v, pats):
            return v
    return None


def _unnamed_box(u: Unit) -> bool:
    """A form's tick box named only by its field ('f14', 'cb031')."""
    return u.kind is BlockKind.CHECKBOX and u.block.source is Source.FORM and u.text == (u.block.name or "")


MARKED_OPTION_WORDS = 12
_MARKED_OPTION = re.compile(r"^\s*(?:(?P<ticked>[xX✓✔])|_+)\s+\S")


def marked_options(region: list[Unit]) -> dict[int, bool]:
    """Short lines typed as a box mark and its option ('X Akkoord met het handelingsdeel' / '_ Niet
    akkoord', as system exports print them), by unit index: whether each is ticked. Only two or more
    make a choice; a lone one is no box."""
    marked = {
        u.index: bool(m.group("ticked"))
        for u in region
        if u.kind is BlockKind.PARAGRAPH
        and len(u.norm.split()) <= MARKED_OPTION_WORDS
        and (m := _MARKED_OPTION.match(u.text))
    }
    return marked if len(marked) >= 2 else {}


def _option_words(u: Unit) -> int:
    """How long a printed option can be: on a scan, OCR reads its box as a letter ('D gedeeltelijk
    akkoord') and a wrapped option is cut at the line end."""
    return OPTION_WORDS + 2 if u.block.source is Source.OCR else OPTION_WORDS


def _lone_statement(u: Unit, whole: str, region: list[Unit], pats: ConsentVocabulary) -> bool:
    """A short refusal that is said, not offered: no question ('Niet eens?' heads the rights) or label, no
    box or blank before it ('_ Niet akkoord'), and no other options printed around it. A label is said
    when the signature line right under it is what it heads ('Voor gezien:' / 'Handtekening ouder: ...')."""
    text = u.text.strip()
    end = whole.rstrip()
    return (
        text[:1].isalnum()
        # a question, or a label ('Gezien door ouders:') of a place of its own
        and not (end.endswith("?") or (end.endswith(":") and not _heads_signature(u, region, pats)))
        and u.kind is not BlockKind.HEADING
        and not _among_options(u, region, pats)
    )


def _heads_signature(u: Unit, region: list[Unit], pats: ConsentVocabulary) -> bool:
    """Whether the unit right after `u` in the consent part opens a signature block: a signature line
    ('Handtekening ouder: ...') or the party's line ('Vader: dhr. J. Evers'), or a table of signatures
    right under it, whose first rows name a signature or a party ('| Naam | Datum | Handtekening |')."""
    after = [v for v in region if v.index > u.index]
    label = after[0].label or "" if after else ""
    if any(any_match(pats[key], label) for key in ("signature", "parent", "pupil")):
        return True
    table = after[0].block.location.table if after and after[0].kind is BlockKind.TABLE_CELL else None
    if table is None:
        return False
    top = [
        v.norm
        for v in after
        if v.kind is BlockKind.TABLE_CELL
        and (v.page, v.block.location.table) == (after[0].page, table)
        and (v.block.location.row or 0) <= 2
    ]
    return any(any_match(pats[key], text) for text in top for key in ("signature", "parent", "pupil"))


def _among_options(u: Unit, region: list[Unit], pats: ConsentVocabulary) -> bool:
    """Whether a short line stands among other short lines that agree or refuse (a printed list of
    options, 'akkoord' / 'niet akkoord' / 'voor gezien'); a lone 'Voor gezien.' is what was signed."""
    return any(
        v is not u
        and v.kind is not BlockKind.HEADING
        and len(v.norm.split()) <= _option_words(v)
        and (any_match(pats["agree"], v.norm) or any_match(pats["refuse"], v.norm))
        for v in region
    )


SCANNED_OPTION_WORDS = 12
SAME_FORM_SHARE = 0.75  # of the refusing line's letters (without its refusal) that the agreeing line repeats
_NOT_LETTERS = re.compile(r"[^\w]|[\d_]")


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text)


def _same_form(refusing: str, agreeing: str, pats: ConsentVocabulary) -> bool:
    """Whether two lines read from a scan are the same printed option but for its refusal ('niet
    akkoord'). OCR breaks words apart and misreads letters ('Ikywij.ga(an)', 'handelingsdeei'), so
    letters are compared, in order."""
    for p in pats["refuse"]:
        refusing = p.sub(" ", refusing)
    a, b = _letters(refusing), _letters(agreeing)
    if not a:
        return False
    same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return same >= SAME_FORM_SHARE * len(a)


def _scanned_option_line(u: Unit, text: str, region: list[Unit], pats: ConsentVocabulary) -> bool:
    """On a scan, a refusing line ('Ouder(s) stemmen niet in met het handelingsdeel.') next to an
    agreeing one of the same form is one of two printed options whose boxes OCR cannot read. The
    agreeing one may be another line of the same paragraph: OCR may read both options as one."""
    if u.block.source is not Source.OCR or len(text.split()) > SCANNED_OPTION_WORDS:
        return False
    if not any_match(pats["refuse"], text):
        return False
    lines = [v.norm for v in region if v is not u and v.block.source is Source.OCR and v.kind is not BlockKind.HEADING]
    lines += [norm(line) for line in u.text.split("\n")]
    # (OCR may read a speck between two words as a colon: 'in:te stemmen met het handelingsdeel'.)
    lines = [_OCR_SPECK.sub(" ", line) for line in lines]
    return any(
        any_match(pats["agree"], line) and not any_match(pats["refuse"], line) and _same_form(text, line, pats)
        for line in lines
    )


_OCR_SPECK = re.compile(r"(?<=[^\W\d_])[:;](?=[^\W\d_])")


UNMARKED_OPTION_WORDS = 20  # an option printed over two lines: '... (de te bieden ondersteuning) van dit plan'


def _unmarked_option(u: Unit, text: str, region: list[Unit], pats: ConsentVocabulary) -> bool:
    """A short line that agrees or refuses, right above or under one of the same form that says the
    opposite ('Ouder(s) ga(an) akkoord met het handelingsdeel' / 'Ouder(s) ga(an) niet akkoord met het
    handelingsdeel'), with no tick box beside either: two printed options, neither marked in the text
    (a box the PDF drew without a character, or 'doorhalen wat niet van toepassing is')."""
    if u.block.source is Source.OCR or len(text.split()) > UNMARKED_OPTION_WORDS or _has_box(u):
        return False
    refuses = any_match(pats["refuse"], text)
    if not refuses and not any_match(pats["agree"], text):
        return False
    for v in region:
        if abs(v.index - u.index) != 1 or v.kind is not u.kind or _has_box(v):
            continue
        if len(v.norm.split()) > UNMARKED_OPTION_WORDS or any_match(pats["refuse"], v.norm) == refuses:
            continue
        refusing, agreeing = (text, v.norm) if refuses else (v.norm, text)
        # (Not two parties' positions: 'Moeder gaat akkoord ...' / 'Vader gaat niet akkoord ...'.)
        same_party = _named_party(refusing, pats) == _named_party(agreeing, pats)
        if any_match(pats["agree"], agreeing) and same_party and _same_form(refusing, agreeing, pats):
            return True
    return False


def _named_party(text: str, pats: ConsentVocabulary) -> str | None:
    """The first word of a line that names a party ('moeder', 'vader', 'ouder(s)/verzorger(s)'), as written."""
    for p in pats["parent"] + pats["pupil"]:
        m = p.search(text)
        if m:
            return m.group()
    return None


def _consent_on_condition(text: str, pats: ConsentVocabulary) -> bool:
    """Consent stated with a condition attached: it agrees (in so many words, or to this plan) and limits
    it ('Roos stemt in met het handelingsdeel zodra je ...'). Not consent that is the condition itself:
    'Zodra ouders hebben ingestemd, start de RT' opens with it."""
    agrees = any_match(pats["agreed"], text) or any_match(pats["agrees_to_plan"], text)
    opens = search_any(pats["conditional"], text)
    return agrees and any_match(pats["partial"], text) and not (opens is not None and opens.start() == 0)


def _has_box(u: Unit) -> bool:
    """Whether a unit is a tick box, or shows one as a character."""
    return u.kind is BlockKind.CHECKBOX or any(c in BOX_GLYPHS for c in u.text)


def _scanned_option_pair(text: str, u: Unit, pats: ConsentVocabulary) -> bool:
    """On a scan, 'akkoord met het handelingsdeel [ ] niet akkoord' or '[ ] gedeeltelijk akkoord [ ] voor
    gezien' is a printed list of options whose boxes OCR cannot read: which one is ticked cannot be
    told from the text. (One refusal alone, 'getekend onder protest', is a statement.)"""
    if u.block.source is not Source.OCR:
        return False
    refusals, agreements = _options(text, pats)
    return bool(refusals) and len(refusals) + len(agreements) >= 2


def read_sentences(
    text: str,
    u: Unit,
    pats: ConsentVocabulary,
    said: Statements,
    who: str | None = None,
    pupil_names: frozenset[str] = frozenset(),
) -> None:
    """Refusals, open choices ('wel/niet akkoord') and consent stated in so many words; `who` is the
    party the line or row speaks for, when it names one, else a sentence that opens with the pupil's
    name speaks for the pupil ('Kevin heeft het plan voor gezien ondertekend'). Explanations ('bij
    niet akkoord ...') and other kinds of consent (photos, sharing data) state nothing about this one:
    such clauses are left out."""
    for sentence in _SENTENCES.split(text):
        whole = norm(sentence)
        speaker = who or (PUPIL if whole and whole.split()[0] in pupil_names else None)
        clauses = [c for c in (norm(c) for c in _CLAUSES.split(sentence)) if c]
        # (A condition on consent given stays: 'Ik ga akkoord met het handelingsdeel als jij ervoor zorgt
        # dat ...' is partial; 'Bent u het niet eens met het plan, bespreek dit' only explains.)
        stated = [
            c
            for c in clauses
            if (not any_match(pats["conditional"], c) or _consent_on_condition(c, pats))
            and not names_other_consent(c, pats)
        ]
        explains = any_match(pats["conditional"], whole) and not _consent_on_condition(whole, pats)
        if not whole or explains or not stated:
            continue
        said_text = " ".join(stated)  # what is stated, read as one text (a pattern may span a comma)
        if _unmarked_option(u, whole, said.units, pats):
            said.options_unmarked = said.options_unmarked or u
        elif (
            any_match(pats["choice"], said_text)
            or _scanned_option_pair(said_text, u, pats)
            or _scanned_option_line(u, said_text, said.units, pats)
        ):
            said.choice_open = said.choice_open or u
        elif any_match(pats["refuse"], said_text) and not unsure_ocr(u):
            # A short 'niet akkoord' is a printed option; 'Akkoord: nee' is a form's answer, and
            # 'ondertekend onder protest' says what was signed. What a scan's reading barely made out
            # ('Handtekening: \no=A' for a signature) refuses nothing: a person looks (`unclear`).
            # (A form field's value was filled in or chosen: 'Niet akkoord' in a drop-down is an answer.)
            answer = (bool(u.label and u.value) and any(c.isalpha() for c in u.value)) or u.kind is BlockKind.FORM_FIELD
            if (said.refusal is None or said.refusal_party is not None) and (
                answer
                or len(whole.split()) > _option_words(u)
                or any_match(pats["signature"], whole)
                or _lone_statement(u, whole, said.units, pats)
            ):
                # The clause that refuses may name its own speaker: 'De curator stemt namens Pien in met
                # het handelingsdeel; Pien heeft het plan zelf ook gezien.'
                clause = next((c for c in stated if any_match(pats["refuse"], c)), whole)
                by = who or (PUPIL if clause.split()[0] in pupil_names else speaker)
                if said.refusal is None:
                    said.refusal, said.refusal_party = (refusal_reason(said_text, pats), u), by
                else:  # after one said for a named party: kept in case that party is not the consenting one
                    said.later_refusals.append((refusal_reason(said_text, pats), u, by))
        elif any_match(pats["agreed"], said_text) and not _school_signs(speaker, said_text, pats):
            if said.agreed_statement is None:
                said.agreed_statement = u
                said.agreed_by = agreeing_parties(said_text, pats) or ({speaker} if speaker else set())
                said.agreed_on_its_date = has_date(sentence)
                said.agreed_dates = find_dates(sentence) or find_dates(text)
            said.agreed_dated = said.agreed_dated or has_date(sentence) or has_date(text)


def agreeing_parties(text: str, pats: ConsentVocabulary) -> set[str]:
    """Who a statement of consent says agreed: the parties it names. When it names only the school, and
    a person named by title comes first who told the school ('Op 21 oktober hebben mevrouw S. el
    Haddouti in het gesprek met de intern begeleider ingestemd', '... heeft de heer A. Brandsma de
    intern begeleider gebeld en laten weten in te stemmen'), that person agreed, in a role the words do
    not give; a role right after the name ('mw. De Vries (leerkracht)', 'als intern begeleider', 'van
    het ondersteuningsteam') is the school's."""
    named = set(parties_named(text, pats))
    if named != {SCHOOL}:
        return named
    person = next((m for p in pats["person"] if (m := p.search(text))), None)
    school = next((m for p in pats["school"] if (m := p.search(text))), None)
    if person is None or school is None or school.start() < person.end():
        return named
    gap, after = text[person.end() : school.start()], text[school.end() :]
    return set() if any_match(pats["told_in"], gap) or any_match(pats["told_after"], after) else named


def _school_signs(speaker: str | None, text: str, pats: ConsentVocabulary) -> bool:
    """A school's line that records its own signing ('Namens de school: digitaal ondertekend door dhr.
    R. Luitjes op 17-02-2026') states no consent of the parents; one that names them may ('IB: ouders
    hebben op 3 maart ingestemd')."""
    return speaker == SCHOOL and party(text, pats) not in (PARENT, PUPIL)
