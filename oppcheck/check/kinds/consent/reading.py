"""Read the consent part once, unit by unit: its signature places and what it states."""

from __future__ import annotations

import re
from dataclasses import replace

from ....model import BlockKind, Source
from ....ruleset import Rule, RuleSet
from ....text import norm
from ...content import substantive_words
from ...dates import find_dates, has_date, has_past_date, without_dates
from ...units import Unit, last_sentence, side_by_side, strip_label, wraps_on
from .region import PARENT, PUPIL, SCHOOL, parties_named, party, says_agree, table_rows
from .slots import BRACKETED, Slot, SlotReader, image_in_row, is_note, labelled_lines
from .statements import (
    Statements,
    boxes_with_their_options,
    marked_options,
    options_over_unnamed_boxes,
    read_answered_option,
    read_checkbox,
    read_sentences,
    unattributed_option,
)
from .vocabulary import PARTY_KEYS, PLACE_KEYS, ConsentVocabulary, any_match, names_a_field, names_other_consent


def read_consent_part(
    region: list[Unit], rule: Rule, ruleset: RuleSet, pupil_names: frozenset[str], headers: dict[tuple, str]
) -> tuple[list[Slot], Statements]:
    """The signature places (fields, lines, table rows, party columns) and the statements of `region`
    (`pupil_names`: the words of the pupil's name, to tell what a sentence says of him; `headers`: the
    header cells of its tables, by `column_key`, also when the part starts below them)."""
    pats = rule.options.consent
    region = _plan_columns(region, headers, pats)
    region = [_as_field_label(line, pats) for u in region for line in _signature_lines(u, pats)]
    region = boxes_with_their_options(_dates_cut_over_lines(region), pats)
    reader = SlotReader(rule, ruleset, pupil_names)
    said = Statements(units=region)
    said.agree_seen = any(any_match(pats["agree"], u.norm) for u in region)
    slots: list[Slot] = []
    current: Slot | None = None
    rows = table_rows(region)
    done_rows: set[tuple] = set()
    done_tables: set[tuple] = set()
    column_tables: set[tuple] = set()  # tables read with the parties as columns
    line_rows: set[tuple] = set()  # rows whose value cell holds a signature place's lines
    field_of_label: set[int] = set()  # form fields read as the value of the printed label before them
    box_labels = {u.norm for u in region if u.kind is BlockKind.CHECKBOX and u.norm}
    marked = marked_options(region)
    unnamed_boxes = options_over_unnamed_boxes(region, pats)
    field_run: tuple[Slot, int] | None = None  # a party's slot and the position of its last field
    for pos, u in enumerate(region):
        said.ocr = said.ocr or u.block.source is Source.OCR
        kind = u.kind
        if u.index in field_of_label:
            continue
        if field_run is not None and pos > field_run[1]:
            if _next_field(region, field_run[1], pos):
                reader.more_fields(field_run[0], u)
                field_run = (field_run[0], pos)
                continue
            field_run = None
        if kind is BlockKind.SIGNATURE:
            slot = reader.field(u, current)
            if slot is not None:
                slots.append(slot)
                current = slot
            continue
        if kind is BlockKind.CHECKBOX:
            before = region[pos - 1] if pos > 0 else None
            after = region[pos + 1] if pos + 1 < len(region) else None
            answer = _column_answer(u, headers, pats)
            if answer is None:
                read_checkbox(u, pats, said, (before, after))
            elif u.checked:
                # A box in a 'Ja' or 'Nee' column answers its row's option ('Instemming met het
                # handelingsdeel | [ ] | [x]' under 'Onderwerp | Ja | Nee': a refusal).
                _answer_row(u, answer, pats, said)
            elif any_match(pats["answer_yes"], norm(answer)):
                read_checkbox(u, pats, said, (None, None), checked=False)
            if (option := unattributed_option(region, pos, pats)) is not None:
                said.boxes_unattributed = said.boxes_unattributed or option
            if said.agree_checked is u and current is not None and current.party == SCHOOL:
                current = None  # the name and date under a ticked 'akkoord' are the one who ticked it
            continue
        if kind is BlockKind.IMAGE:
            in_columns = (u.page, u.block.location.table) in column_tables
            if current is not None and current.party != SCHOOL and not current.row_place and not in_columns:
                current.image = True
            continue
        loc = u.block.location
        if kind is BlockKind.TABLE_CELL and (loc.page, loc.table) not in done_tables:
            done_tables.add((loc.page, loc.table))
            table = [
                c
                for c in region
                if c.kind is BlockKind.TABLE_CELL and (c.page, c.block.location.table) == (loc.page, loc.table)
            ]
            images = [
                i
                for i in region
                if i.kind is BlockKind.IMAGE and (i.page, i.block.location.table) == (loc.page, loc.table)
            ]
            columns = reader.columns(table, images)
            if columns is not None:
                slots.extend(columns)
                column_tables.add((loc.page, loc.table))
                done_rows.update(k for k in rows if k[:2] == (loc.page, loc.table))
                for k in sorted(k for k in rows if k[:2] == (loc.page, loc.table)):
                    # 'Handelingsdeel OPP | nee' under 'Onderwerp | Akkoord ouders?': the parents' column answers.
                    _marks_answer(rows[k], headers, pats, said)
        if kind is BlockKind.TABLE_CELL and (loc.page, loc.table, loc.row) in rows:
            key = (loc.page, loc.table, loc.row)
            if key in line_rows and u.label:
                current = reader.line(u, current, slots, said.agree_seen)  # a line of the value cell, in its place
            if key not in done_rows:
                done_rows.add(key)
                if _lines_in_value_cell([v for v in region if _row_key(v) == key], pats):
                    # A label | value table whose value cell holds the signature place's own lines
                    # ('Instemming | ... / Ouder/verzorger: mevr. K. Peeters / Datum: 27-09-2026 /
                    # Handtekening: w.g.'): each is read as the line it is, where it stands (an empty one too).
                    line_rows.add(key)
                slot = None if key in line_rows else reader.row(rows[key], region)
                if slot:
                    slots.append(slot)
                    current = slot
                elif (
                    key not in line_rows
                    and _signing_table(key, rows, reader)
                    and (pair := _row_as_line(rows[key], party_row := reader.party_row(rows[key], _table(rows, key))))
                ):
                    # 'Handtekening | w.g. A. van Haeften', 'Datum | 10-10-2025' under the party's row: a
                    # signature line in two cells.
                    current = reader.line(pair, current, slots, said.agree_seen)
                    if party_row and current is not None and current.unit is pair:
                        # Its place is the row: an image in it signs, not one further on (a logo, the
                        # school's signature); left empty, it is a blank place.
                        current.row_place = True
                        current.image = image_in_row(region, rows[key])
                        current.signed = current.signed if pair.value else False
                cells = rows[key]
                if _marks_answer(cells, headers, pats, said) or _answer_header(cells, _table(rows, key), headers, pats):
                    continue
                if len(cells) == 2 and read_answered_option(cells[0], cells[0].text, cells[1].text, pats, said):
                    continue
                if len(cells) == 2 and len(cells[0].text.split()) <= FIELD_WORDS and not _alnum(cells[1].text):
                    continue  # 'Akkoord gegeven | -': a field left open states nothing
                if len(cells) == 1 and any(v.kind is BlockKind.CHECKBOX and _row_key(v) == key for v in region):
                    continue  # 'Nee / niet akkoord | [ ]': the row's boxes answer its option
                row_text = " ".join(c.text for c in cells)
                # (A log's note shows what it says, not the date beside it.)
                said_in = next((c for c in cells if is_note(c)), cells[0])
                read_sentences(row_text, said_in, pats, said, party(norm(row_text), pats))
            continue
        if u.index in unnamed_boxes:
            if any(box.checked for box in unnamed_boxes[u.index]):
                said.boxes_unattributed = said.boxes_unattributed or u
                continue  # which of its options was ticked cannot be read
        if u.index in marked:
            read_checkbox(u, pats, said, (None, None), marked[u.index])  # and read on: 'X Akkoord (digitaal ...)'
        field = _field_after_label(region, pos, pats)
        if field is not None:
            field_of_label.add(field.index)
            # 'Akkoord ouders' [Nee]: the field answers its printed label, like a tick box; else what the
            # field says counts too. An agreement left unanswered ('Akkoord ouders' []) is an open choice.
            if not read_answered_option(field, u.text, field.text, pats, said):
                read_sentences(field.text, field, pats, said, party(u.label, pats))
            if not field.text.strip() and says_agree(u.norm, pats) and not names_a_field(u.norm, pats):
                said.choice_open = said.choice_open or u
        elif _choice_left_at_prompt(u, rule, ruleset):
            said.choice_open = said.choice_open or u  # 'Instemming ouders handelingsdeel: Maak een keuze'
        value = field.text if field is not None else None
        current = reader.line(u, current, slots, said.agree_seen, value, _place_heading(region, pos, pats))
        if field is not None and current is not None and (current.unit is u or _party_columns(u, pats)):
            # (The fields after a printed row of column names, 'Ouder/verzorger 1<tab>Naam<tab>Datum', are
            # that party's, in the slot it joined.)
            field_run = (current, region.index(field, pos))
        # The option printed beside a form's tick box ('Niet akkoord met ...') states nothing, also as a line
        # of a paragraph the reader joined to the next label ('... niet akkoord met het handelingsdeel' /
        # 'Naam ouder/verzorger').
        lines = u.text.split("\n")
        stated = [line for line in lines if norm(line) not in box_labels]
        if not stated:
            continue
        if u.label and u.value and read_answered_option(u, u.label, u.value, pats, said):
            continue
        text = u.text if len(stated) == len(lines) else "\n".join(stated)
        if pos and wraps_on(region[pos - 1], u) and text[:1].islower() and u.block.source is not Source.OCR:
            # A PDF line that goes on from the one above ('Bent u' / 'het niet eens met het plan, bespreek
            # dit dan eerst met de school.'): its sentence starts there. (A scan's lines are read as
            # printed options, line by line.)
            text = f"{last_sentence(region[pos - 1].text)} {text}"
        read_sentences(text, u, pats, said, party(u.label, pats) if u.label else None, pupil_names)
    said.region_dated = any(_signing_date(u, pats) for u in region)
    said.support_part_blank = _support_part_blank(slots, region, pats)
    if said.agreed_statement is not None and _field_left_open(said.agreed_statement, rule, ruleset):
        # 'Digitaal akkoord ouder: -', '... : n.v.t.', '... : nog niet': the field states no agreement.
        said.agreed_statement, said.agreed_by, said.agreed_dated = None, set(), False
    if said.agreed_statement is not None and _answered_by_boxes(said.agreed_statement, region):
        # 'Ouders gaan akkoord met het handelingsdeel. ☐ Ja ☐ Nee': the boxes answer it; it states nothing.
        said.agreed_statement, said.agreed_by, said.agreed_dated = None, set(), False
    if said.agreed_statement is not None and not said.agreed_dated:
        message_dates = _quoted_message_dates(said.agreed_statement, region, pats)
        sent = _sent_by_parents(said.agreed_statement, region, pats)
        said.agreed_dated = (
            _record_dated(said.agreed_statement, region, slots, reader)
            or _dated_beside(said.agreed_statement, region, pats, above=False)
            or _signed_off_under(said.agreed_statement, region, reader)
            or bool(message_dates)
            or bool(sent)
        )
        said.agreed_dates = said.agreed_dates or message_dates or sent
        if sent:
            said.agreed_by |= {PARENT}
    if not said.agreed_dated and (record := _dated_record(region, rule, ruleset)) is not None:
        # A system's record in lines ('Datum akkoord: 11-04-2025 19:42' / 'Akkoord gegeven door: dhr. P.
        # Bakkenes'), after a heading-like line that only names the agreement.
        said.agreed_statement, said.agreed_by = record, set(parties_named(record.norm, pats))
        said.agreed_dated = True
    if not said.agreed_dated and (confirmed := _confirmed_answer(region, pats)) is not None:
        # 'Instemming handelingsdeel: Akkoord' / 'Bevestigd door: mw. C. Tasdelen (ouder/verzorger)' /
        # 'Datum en tijd: 27-09-2025 20:41': a system's record of the parents' answer.
        said.agreed_statement, said.agreed_by = confirmed, {PARENT}
        said.agreed_dated = True
    for slot in slots:
        if slot.party == PARENT and _signed_by_pupil(slot, pupil_names, pats):
            slot.party = PUPIL  # 'Daan gaat akkoord met zijn plan: w.g. Daan Vermeer': the pupil's own signature
        if slot.unit.kind is BlockKind.TABLE_CELL:
            cells = rows.get(_row_key(slot.unit), [])
            slot.row_names = slot.named_in_place or any(
                c is not slot.unit
                and len(c.text.split()) <= NAME_WORDS
                and not has_date(c.text)
                and reader.names_someone(c.text)
                for c in cells
            )
    return slots, said


NAME_WORDS = 6  # a cell that names who signs ('dhr. B. Schouten', 'mevr. J. Okafor (voogd)'), not a sentence


def _row_key(u: Unit) -> tuple:
    """Which table row a unit stands in, as `table_rows` keys it."""
    return (u.page, u.block.location.table, u.block.location.row)


def _plan_columns(region: list[Unit], headers: dict[tuple, str], pats: ConsentVocabulary) -> list[Unit]:
    """In a form with a column per consent ('Onderdeel | Gegevensuitwisseling (AVG) | Foto's |
    Instemming handelingsdeel OPP', its rows 'Ja / akkoord', 'Naam ouder', 'Handtekening'), only the
    plan's column and the first, which names the rows, are about this consent."""
    columns: dict[tuple, dict[int, str]] = {}
    for (page, table, column), text in headers.items():
        if column is not None:
            columns.setdefault((page, table), {})[column] = norm(text)
    keep: dict[tuple, set[int]] = {}
    for key, texts in columns.items():
        first = min(texts)
        others = {c for c, text in texts.items() if c != first and names_other_consent(text, pats)}
        plan = [c for c, text in texts.items() if c not in others and c != first and any_match(pats["this_plan"], text)]
        if others and len(plan) == 1:
            keep[key] = {first, plan[0]}
    if not keep:
        return region
    return [
        u
        for u in region
        if (u.page, u.block.location.table) not in keep
        or u.block.location.column is None
        or u.block.location.column in keep[(u.page, u.block.location.table)]
    ]


CONFIRM_REACH = 3  # fields from the answer to the line that says who confirmed it, and to its date
MAX_ANSWER_WORDS = 4  # an answer ('Akkoord', 'Ja, akkoord'), not a sentence


def column_key(u: Unit) -> tuple:
    """Which table column a unit stands in."""
    loc = u.block.location
    return (u.page, loc.table, loc.column)


def column_headers(units: list[Unit], region: list[Unit]) -> dict[tuple, str]:
    """The first row's cells of the tables `region` reaches into, by `column_key`."""
    tables = {(u.page, u.block.location.table) for u in region if u.block.location.table is not None}
    return {
        column_key(c): c.text.strip()
        for c in units
        if c.kind is BlockKind.TABLE_CELL and c.block.location.row == 1 and (c.page, c.block.location.table) in tables
    }


def _column_answer(
    box: Unit, headers: dict[tuple, str], pats: ConsentVocabulary, header_row: bool = False
) -> str | None:
    """The answer a tick box in a table stands for: its column's header cell when that is an answer
    word ('Ja', 'Nee'), else None (the box is read by its own label). (`header_row`: of the header
    cell itself.)"""
    if box.block.location.row is None or (box.block.location.row == 1) != header_row:
        return None
    header = headers.get(column_key(box), "")
    answer = header.strip("[]() ")
    if any_match(pats["answer_yes"], norm(answer)) or any_match(pats["answer_no"], norm(answer)):
        return answer
    return None


def _marks_answer(cells: list[Unit], headers: dict[tuple, str], pats: ConsentVocabulary, said: Statements) -> bool:
    """A row whose option is answered by a mark in a 'Ja' or 'Nee' column ('Instemming handelingsdeel |
    | X' under '| Ja | Nee'), or by 'ja' or 'nee' in a column that asks for agreement ('Handelingsdeel
    OPP | ja' under 'Onderwerp | Akkoord ouders?'); or a parent's row answered under the option itself
    ('Ouder 1 | X |' under '| Akkoord | Niet akkoord', 'Ouder 1 | M. de Vries | ja' under 'Akkoord
    handelingsdeel (ja/nee)'): read like a ticked box. Whether the row was such an answer."""
    answered = [
        c
        for c in cells[1:]
        if c.block.location.row not in (None, 1)
        and (any_match(pats["answer_yes"], c.norm) or any_match(pats["answer_no"], c.norm))
    ]
    if party(cells[0].norm, pats) == PARENT and not any_match(pats["agree"], cells[0].norm):
        under = [(c, header) for c in answered if (header := headers.get(column_key(c), ""))]
        for c, header in under:
            read_answered_option(replace(c, text=f"{header}: {c.text.strip()}"), header, c.text, pats, said)
        return bool(under)
    answers = [
        answer
        for c in answered
        if any_match(pats["answer_yes"], c.norm) and (answer := _column_answer(c, headers, pats)) is not None
    ] or [
        c.text.strip()
        for c in answered
        if any_match(pats["agree"], norm(header := headers.get(column_key(c), "")))
        and not any_match(pats["refuse"], norm(header))
    ]
    for answer in answers:
        _answer_row(cells[0], answer, pats, said)
    return bool(answers)


def _answer_header(cells: list[Unit], table: list[Unit], headers: dict[tuple, str], pats: ConsentVocabulary) -> bool:
    """A table's header row whose columns are the answers ('Onderwerp | [ja] | [nee]') over a row that
    asks for consent to the plan: no open choice. (Over questions only, 'Handelingsdeel OPP ontvangen',
    the table is a questionnaire, and a signature under it states no consent.)"""
    if not cells or cells[0].block.location.row != 1 or len(cells) < 3:
        return False
    asks = any(
        c.block.location.column == 1 and (any_match(pats["agree"], c.norm) or any_match(pats["plan_row"], c.norm))
        for c in table
        if c.block.location.row not in (None, 1)
    )
    return asks and all(_column_answer(c, headers, pats, header_row=True) is not None for c in cells[1:])


def _answer_row(option: Unit, answer: str, pats: ConsentVocabulary, said: Statements) -> None:
    """A table row's option answered by its column: read like a ticked box; a row that only names the
    plan ('Handelingsdeel OPP | [X] | [ ]' in a table of consents) agrees with it or refuses it."""
    quoted = replace(option, text=f"{option.text}: {answer}")
    if read_answered_option(quoted, option.text, answer, pats, said) or not any_match(pats["plan_row"], option.norm):
        return
    if any_match(pats["answer_yes"], norm(answer)):
        said.agree_checked = said.agree_checked or quoted
    elif said.refusal is None:
        said.refusal = ("refused", quoted)


def _confirmed_answer(region: list[Unit], pats: ConsentVocabulary) -> Unit | None:
    """An agreement field answered 'Akkoord' ('Instemming handelingsdeel: Akkoord', or a row of two
    cells), with a field right under it that says a parent confirmed it ('Bevestigd door: mw. C.
    Tasdelen (ouder/verzorger)', `confirmed_by`) and a date of signing right under that. The answer
    field, or None."""
    fields = _fields(region)
    for i, (label, value, unit) in enumerate(fields):
        answer = norm(value)
        if not (says_agree(label, pats) and any_match(pats["this_plan"], label) and says_agree(answer, pats)):
            continue
        if len(answer.split()) > MAX_ANSWER_WORDS or any_match(pats["refuse"], answer):
            continue  # 'Akkoord', not a sentence or 'niet akkoord'
        after = fields[i + 1 : i + 1 + CONFIRM_REACH]
        by = next((k for k, (lab, _, _) in enumerate(after) if any_match(pats["confirmed_by"], lab)), None)
        if by is None or party(norm(after[by][1]), pats) != PARENT:
            continue
        if any(any_match(pats["date_label"], lab) and _signing_date(u, pats) for lab, _, u in after[by + 1 :]):
            return unit
    return None


def _fields(region: list[Unit]) -> list[tuple[str, str, Unit]]:
    """The 'Label: value' lines and two-cell rows of a region, as (label, value, unit), in order."""
    out: list[tuple[str, str, Unit]] = []
    rows = table_rows(region)
    seen: set[tuple] = set()
    for u in region:
        loc = u.block.location
        if u.kind is BlockKind.TABLE_CELL and loc.row is not None:
            key = (loc.page, loc.table, loc.row)
            cells = rows.get(key, [])
            if key not in seen and len(cells) == 2:
                seen.add(key)
                out.append((cells[0].norm, cells[1].text, cells[1]))
        elif u.label and u.value:
            out.append((u.label, u.value, u))
    return out


def _signed_by_pupil(slot: Slot, pupil_names: frozenset[str], pats: ConsentVocabulary) -> bool:
    """Whether a signature line names the pupil himself, first name and surname ('w.g. Daan Vermeer'),
    and no one else ('w.g. S. Vermeer (moeder van Daan)', 'Daan Vermeer sr.': `name_suffixes`)."""
    value = norm(slot.unit.value or "")
    if len(pupil_names) < 2 or not value:
        return False
    if any(any_match(pats[key], value) for key in (*PARTY_KEYS, "name_suffixes")):
        return False
    return pupil_names <= set(re.findall(r"[^\W\d_]+", value))


def _choice_left_at_prompt(u: Unit, rule: Rule, ruleset: RuleSet) -> bool:
    """A consent field whose value is only the form's prompt or a placeholder ('Instemming ouders
    handelingsdeel: Maak een keuze', 'Akkoord ouders: [kies]'): no choice was made."""
    pats = rule.options.consent
    if not (u.label and u.value) or not says_agree(u.label, pats) or names_a_field(u.label, pats):
        return False
    words, seen = substantive_words(u.value, ruleset, rule)
    return not words and "placeholder" in seen


def _support_part_blank(slots: list[Slot], region: list[Unit], pats: ConsentVocabulary) -> Unit | None:
    """The parents' blank place in the part about the handelingsdeel (its own line, its lead-in line or the
    heading above it names it: 'Instemming ouders met het handelingsdeel' / 'Handtekening ouder(s): ____',
    also a revised one: 'Instemming ouders met het bijgestelde handelingsdeel:'), when every
    parents' place there is blank and the parents signed a place in a part before it ('Handtekening
    ouder(s) voor akkoord perspectiefdeel: w.g. ...')."""
    headings = [u for u in region if u.kind is BlockKind.HEADING]

    def support_part_start(slot: Slot) -> int | None:
        """Where the part about the handelingsdeel that holds `slot` starts, if it is in one."""
        head = max((h for h in headings if h.index <= slot.unit.index), key=lambda h: h.index, default=None)
        if head is not None and any_match(pats["support_part"], head.norm):
            return head.index
        if any_match(pats["support_part"], slot.unit.norm):
            return slot.unit.index
        # Its lead-in line right above: 'Instemming ouders met het bijgestelde handelingsdeel:'.
        lead = next((u for u in reversed(region) if u.index < slot.unit.index), None)
        if lead is not None and lead.text.rstrip().endswith(":") and any_match(pats["support_part"], lead.norm):
            return lead.index
        return None

    parents = [s for s in slots if s.party == PARENT]
    # (Their signature places only: 'Handtekening ouder(s): ____' or a place whose date or field was left
    # blank, not a sentence that names the parents.)
    own = {
        id(s): start
        for s in parents
        if (start := support_part_start(s)) is not None
        and (any_match(pats["signature"], s.unit.label or "") or s.sig_empty or s.date_blank or s.field_blank)
    }
    if not own:
        return None
    first = min(own.values())
    before = [s for s in parents if id(s) not in own and s.unit.index < first and (s.signed or s.image)]
    blank = [s for s in parents if id(s) in own]
    if before and all(s.signed is False and not s.image for s in blank):
        return blank[0].unit
    return None


def _place_heading(region: list[Unit], pos: int, pats: ConsentVocabulary) -> bool:
    """A heading with a signature place's lines right under it: a signature image, or a name or date
    line ('Handtekening ouder(s)/verzorger(s)' / [image] / 'Naam: ...'), not a part's title over text
    ('Ondertekening door de leerling' / 'Akkoord gegeven via het ouderportaal ...')."""
    if region[pos].kind is not BlockKind.HEADING or pos + 1 >= len(region):
        return False
    after = region[pos + 1]
    place_line = any(any_match(pats[key], after.label or "") for key in ("name_only", "date_label"))
    return after.kind is BlockKind.IMAGE or place_line


def _dated_record(region: list[Unit], rule: Rule, ruleset: RuleSet) -> Unit | None:
    """A 'Label: value' line that states the agreement ('Akkoord gegeven door: dhr. P. Bakkenes') with the
    agreement's date on the line right above or under it."""
    pats = rule.options.consent
    for u in region:
        if (
            u.kind is not BlockKind.TABLE_CELL
            and u.label
            and u.value
            and any_match(pats["agreed"], u.norm)
            and not any_match(pats["conditional"], u.norm)
            and not any_match(pats["refuse"], u.norm)
            and not _field_left_open(u, rule, ruleset)
            and (_dated_beside(u, region, pats, above=True) or _dated_beside(u, region, pats, above=False))
        ):
            return u
    return None


def _field_left_open(u: Unit, rule: Rule, ruleset: RuleSet) -> bool:
    """Whether a 'Label: value' line's value leaves the field open: nothing but a placeholder, or what
    says no one agreed or signed (the label alone may read like a statement: 'Digitaal akkoord ouder')."""
    pats = rule.options.consent
    if not (u.label and u.value):
        return False
    value = norm(u.value)
    first = value.split()[0].strip(",.;:()") if value.split() else ""
    if any_match(pats["not_signed"], value) or any_match(pats["refuse"], value) or any_match(pats["answer_no"], first):
        return True  # 'ja (wacht op reactie ouders)', 'ja, alleen gezien', 'nee'
    return not any_match(pats["answer_yes"], first) and not substantive_words(u.value, ruleset, rule)[0]


def _dated_beside(statement: Unit, region: list[Unit], pats: ConsentVocabulary, above: bool) -> bool:
    """Whether a form's answered statement ('Ouders hebben ingestemd: Ja') has its date on the line right
    under it (or, with `above`, right over it): 'Datum: 12-10-2025' or 'Datum instemming: ...', not the
    date of something else ('Datum gesprek', 'Datum uitnodiging') or of someone else's signature ('Datum
    handtekening directeur')."""
    step = -1 if above else 1
    near = next((u for u in region if u.index == statement.index + step and u.text.strip()), None)
    if statement.kind is BlockKind.TABLE_CELL or not statement.value or near is None or not _signing_date(near, pats):
        return False
    label = near.label or ""
    rest = label
    for p in (*pats["date_label"], *pats["agree"], *pats["signature"], *pats["parent"]):
        rest = p.sub(" ", rest)
    return any_match(pats["date_label"], label) and not rest.strip(" /-:()") and party(label, pats) in (None, PARENT)


def _signed_off_under(statement: Unit, region: list[Unit], reader: SlotReader) -> bool:
    """Whether the parents' statement in their own words ('Wij zijn het eens met het handelingsdeel.') is
    signed off on the line right under it with a name and a past date and nothing else ('Fam. Öztürk,
    12-11-2025', with a copy's mark: '(handtekening aanwezig)'), as a letter is."""
    pats = reader.pats
    near = next((u for u in region if u.index == statement.index + 1 and u.text.strip()), None)
    if near is None or near.kind is not BlockKind.PARAGRAPH or near.value or not has_past_date(near.text):
        return False
    if statement.label or not any_match(pats["agreed"], statement.norm) or parties_named(near.norm, pats):
        return False  # (a party's line is a signature place, read as one: 'Ouder: P. Jansen, 12-11-2025')
    name = BRACKETED.sub(" ", without_dates(near.text))  # (with a copy's mark: '(handtekening aanwezig)')
    for p in pats["signed"]:
        name = p.sub(" ", name)
    name = name.strip(" ,;-")
    # A person: initials, a title or two names ('Fam. Öztürk', 'J. Dijkman', 'Anouk Peeters'); not a
    # place ('Amsterdam, 12-11-2025').
    return reader.typed_name(name) and ("." in name or len(name.split()) >= 2)


MESSAGE_REACH = 4  # lines after a statement within which the message it quotes begins
MESSAGE_BODY_LINES = 8  # lines of a quoted message read for its answer


def _quoted_message_dates(statement: Unit, region: list[Unit], pats: ConsentVocabulary) -> list:
    """The date of the message a statement that consent was given ('De ouders hebben hun instemming per
    e-mail gegeven') quotes right under it: a header ('Van:', 'Aan:', 'Onderwerp:') with a past date
    ('Datum: 26 oktober 2025 09:41'), and a text that says in so many words that they agree to the plan
    ('wij ... gaan akkoord met het handelingsdeel'), with no refusal, condition or reservation. A school's
    request ('Graag ontvang ik uw akkoord') or an agreement to a meeting gives no date."""
    after = [u for u in region if statement.index < u.index <= statement.index + MESSAGE_REACH + MESSAGE_BODY_LINES]
    header = [u for u in after if any_match(pats["message_header"], _header_label(u))]
    if len(header) < 2 or header[0].index > statement.index + MESSAGE_REACH:
        return []
    body = " ".join(u.norm for u in after if u.index > header[-1].index)
    if not any_match(pats["agreed"], body) or any(
        any_match(pats[key], body) for key in ("refuse", "conditional", "not_signed", "partial")
    ):
        return []
    return [d for u in header if _signing_date(u, pats) for d in find_dates(u.text)]


def _sent_by_parents(statement: Unit, region: list[Unit], pats: ConsentVocabulary) -> list:
    """The date of the message a statement stands in, when the parents sent it: a header right above it
    ('Van: ouders Visser' / 'Datum: 7 oktober 2024' / 'Onderwerp: RE: OPP Lotte' / 'Beste mevrouw De
    Wit,' / 'Wij gaan akkoord met het handelingsdeel.'). A message from the school gives no date."""
    above = [u for u in region if statement.index - MESSAGE_REACH - MESSAGE_BODY_LINES <= u.index < statement.index]
    header = [u for u in above if any_match(pats["message_header"], _header_label(u))]
    if len(header) < 2 or statement.index - header[-1].index > MESSAGE_REACH:
        return []
    senders = [u for u in header if any_match(pats["sender"], _header_label(u))]
    if not senders or party(senders[-1].norm, pats) != PARENT:
        return []
    held = {u.index for u in region}
    if any(i not in held for i in range(header[0].index, statement.index)):
        return []  # a line of it left out as another consent's: 'Onderwerp: OPP Tom (broer van Sem)'
    return [d for u in header if _signing_date(u, pats) for d in find_dates(u.text)]


def _header_label(u: Unit) -> str:
    """The label of a quoted message's header line, without the frame a text file draws around it ('| Van')."""
    return (u.label or "").strip(" |>")


BOX_REACH = 2  # units after a statement within which its answer boxes stand


def _answered_by_boxes(statement: Unit, region: list[Unit]) -> bool:
    """Whether tick boxes follow a statement at once: it is the question they answer."""
    after = [u for u in region if statement.index < u.index <= statement.index + BOX_REACH]
    return any(u.kind is BlockKind.CHECKBOX for u in after)


def _record_dated(statement: Unit, region: list[Unit], slots: list[Slot], reader: SlotReader) -> bool:
    """Whether a statement in a table cell is a system's record of the agreement, dated in another row
    ('Akkoord gegeven door | mevr. H. Wijnbergen (ouder)', 'Tijdstip | 02-09-2026 20:14'): its row names
    someone, the table has a signing date, no signature place of anyone and nothing that says the
    agreement is still open or refused ('Status | in afwachting')."""
    if statement.kind is not BlockKind.TABLE_CELL:
        return False
    pats = reader.pats
    loc = statement.block.location
    table = [
        u
        for u in region
        if u.kind is BlockKind.TABLE_CELL and (u.page, u.block.location.table) == (statement.page, loc.table)
    ]
    row = [u for u in table if u.block.location.row == loc.row and u is not statement]
    places = {s.unit.index for s in slots}
    return (
        any(reader.named(u.text) for u in row)
        and not any(u.index in places for u in table)
        and not any(any_match(pats["not_signed"], u.norm) or any_match(pats["refuse"], u.norm) for u in table)
        and any(_signing_date(u, pats) for u in table)
    )


def _alnum(text: str) -> bool:
    """Whether a cell holds a letter or digit (not '-', '...', nothing)."""
    return any(c.isalnum() for c in text)


def _next_field(region: list[Unit], last: int, pos: int) -> bool:
    """Whether the unit at `pos` is a short form field right after the field at `last`, on its page."""
    u = region[pos]
    return (
        pos == last + 1
        and u.kind is BlockKind.FORM_FIELD
        and u.page == region[last].page
        and "\n" not in u.text.strip()
        and len(u.text.split()) <= MAX_FIELD_VALUE_WORDS
    )


def _signing_date(u: Unit, pats: ConsentVocabulary) -> bool:
    """A date in the consent part that may be the signing date: one that has passed, and not a
    birth date ('Geboortedatum leerling: 03-04-2015') or a date still to come ('Volgende evaluatie:
    15-03-2027')."""
    if any_match(pats["not_signing_date"], u.norm):
        return False
    return has_past_date(u.text)


FIELD_WORDS = 4  # 'naam', 'datum', 'handtekening / opmerking': a printed field label's last part


_DATE_HEAD = re.compile(r"\b\d{1,2}[-/.](\d{1,2}[-/.])?$")  # 'Datum: 22-', '... 22-11-'
_DATE_TAIL = re.compile(r"^\d{1,4}([-/.]\d{2,4})?\b")  # '11-2025', '2025'


def _dates_cut_over_lines(region: list[Unit]) -> list[Unit]:
    """A date a PDF's line cut ('Handtekening ouder 1: ... Datum: 22-' / [signature] / '11-2025'): whole
    on the line it begins on, so that it is that signature's date."""
    out = list(region)
    for i, u in enumerate(out):
        head = _DATE_HEAD.search(u.text.rstrip()) if u.kind is BlockKind.PARAGRAPH else None
        if head is None:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k].kind is not BlockKind.IMAGE), None)
        v = out[j] if j is not None else None
        tail = _DATE_TAIL.match(v.text.strip()) if v is not None and v.kind is BlockKind.PARAGRAPH else None
        if tail is None or v.page != u.page or not has_date(head.group() + tail.group()):
            continue
        text = u.text.rstrip() + tail.group()
        value = u.value.rstrip() + tail.group() if u.value else u.value
        out[i] = replace(u, text=text, norm=norm(text), value=value)
        rest = v.text.strip()[tail.end() :].strip()
        out[j] = replace(v, text=rest, norm=norm(rest), value="", label=None)
    return [u for u in out if u.text.strip() or u.kind is not BlockKind.PARAGRAPH]


def _table(rows: dict[tuple, list[Unit]], key: tuple) -> list[Unit]:
    """The cells of the table a row belongs to."""
    return [c for k, cells in rows.items() if k[:2] == key[:2] for c in cells]


def _signing_table(key: tuple, rows: dict[tuple, list[Unit]], reader: SlotReader) -> bool:
    """Whether the table of a row has a signature cell, a party's row or a system's record of the
    signature ('Digitaal akkoord ouder/verzorger met handelingsdeel | Ja'); not a table of the pupil's
    details."""
    table = _table(rows, key)
    own_rows = [cells for k, cells in rows.items() if k[:2] == key[:2]]
    return (
        any(any_match(reader.pats["signature"], c.norm) for c in table)
        or any(reader.party_row(cells, table) for cells in own_rows)
        or any(len(cells) == 2 and reader.recorded(cells[0].norm, cells[1].text) for cells in own_rows)
    )


def _lines_in_value_cell(cells: list[Unit], pats: ConsentVocabulary) -> list[Unit]:
    """The 'Label: value' lines of a two-column row's value cell, when the row's first cell is a bare label
    and the value cell holds two or more such lines ('Instemming handelingsdeel | ... / Ouder/verzorger:
    mevr. K. Peeters / Datum: 27-09-2026 / Handtekening: w.g.') or one party's line ('Ouder/verzorger:
    mevr. Y. Postma Datum: 10-11-2024 Handtekening: w.g.'); none for any other row (a table with a column
    per party reads its columns)."""
    cells = [c for c in cells if c.kind is not BlockKind.CHECKBOX]
    first = [c for c in cells if c.block.location.column == 1]
    rest = [c for c in cells if c.block.location.column != 1]
    if len({c.block.location.column for c in rest}) != 1 or not first or any(c.value for c in first):
        return []
    lines = [c for c in rest if c.label]  # (an empty 'Handtekening:' too: the place left open)
    filled = [c for c in lines if c.value]
    return lines if len(filled) >= 2 or (filled and party(filled[0].label, pats)) else []


def _row_as_line(cells: list[Unit], party_row: bool) -> Unit | None:
    """A row of a signature block set as a table, as the line it stands for: 'label | value' as 'label:
    value'; a party's row with nothing typed in it ('Ouder/verzorger | [signature image]') as a party
    heading over the rows under it."""
    if party_row:
        value = cells[1].text.strip() if len(cells) == 2 else ""
        return replace(cells[0], label=strip_label(cells[0].norm), value=value, headingish=not value)
    return _label_value_row(cells)


def _label_value_row(cells: list[Unit]) -> Unit | None:
    """A two-cell row 'label | value' as one 'label: value' line."""
    if len(cells) != 2 or not cells[0].label or cells[0].value:
        return None
    return replace(cells[0], value=cells[1].text.strip())


MIN_SIGNATURE_LINES = 2


def _signature_lines(u: Unit, pats: ConsentVocabulary) -> list[Unit]:
    """A cell or paragraph that holds a signature block, one labelled line under the other, one of them
    naming who signs ('Ouder/verzorger: H. de Wit' or 'Naam: A. Timmerman (moeder)' / 'Handtekening:
    w.g. H. de Wit' / 'Datum: 11-10-2026'), read as the lines it is; so too a paragraph that writes
    those fields as sentences after its statement (see `_fields_in_sentences`); any other unit as it is
    (a cell 'Handtekening: ...' / 'Datum: ...' under a party's column header belongs to that column)."""
    if u.kind not in (BlockKind.TABLE_CELL, BlockKind.PARAGRAPH):
        return [u]
    found = None
    if (inline := _fields_in_sentences(u, pats)) is not None:
        statement = inline[0] if ":" not in inline[0] else None
        found = _as_lines(u, inline[1:] if statement else inline, statement, pats)
    lines = [pair for line in u.text.split("\n") for pair in side_by_side(line)]
    if found is None and len(lines) >= MIN_SIGNATURE_LINES:
        found = _as_lines(u, lines, None, pats)
    return found or [u]


def _as_lines(u: Unit, lines: list[str], statement: str | None, pats: ConsentVocabulary) -> list[Unit] | None:
    """`lines` as units of their own, when each is a signature, name, date or party field and one of them
    (or `statement`, the sentence before them) names who signs; else None."""
    pairs = labelled_lines("\n".join(lines), values_below=False)  # (a unit per line)
    if not all(
        label and any(any_match(pats[key], strip_label(label)) for key in PLACE_KEYS) for label, _ in pairs
    ) or not any(any_match(pats[key], norm(line)) for line in [*lines, statement or ""] for key in PARTY_KEYS):
        return None
    block = replace(u.block, kind=BlockKind.PARAGRAPH)
    fields = [
        replace(
            u, block=block, text=line, norm=norm(line), label=strip_label(label), value=value.strip(), headingish=False
        )
        for line, (label, value) in zip(lines, pairs, strict=True)
    ]
    if statement is None:
        return fields
    said = replace(u, block=block, text=statement, norm=norm(statement), label=None, value="", headingish=False)
    return [said, *fields]


def _field_label(label: str, pats: ConsentVocabulary) -> bool:
    """A label that opens with a signature, name, date or party word ('Naam', 'Datum', 'Handtekening ouder')."""
    first = label.split()[0] if label.split() else ""
    return any(any_match(pats[key], first) for key in PLACE_KEYS)


_FIELD_IN_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z][^.:]{0,30}:)")
MIN_INLINE_FIELDS = 2


def _fields_in_sentences(u: Unit, pats: ConsentVocabulary) -> list[str] | None:
    """A paragraph that writes its signature fields as sentences ('Ouders gaan akkoord met het
    handelingsdeel. Naam: L. de Boer. Datum: 30 september 2025. Handtekening: L. de Boer'), as its
    statement and field lines; None for any other."""
    if sum(1 for line in u.text.split("\n") if ":" in line[:40]) >= MIN_INLINE_FIELDS:
        return None  # fields on lines of their own: read as lines
    parts = _FIELD_IN_SENTENCE.split(" ".join(u.text.split()))
    fields = [p for p in parts if ":" in p and _field_label(norm(p.split(":", 1)[0]), pats)]
    if len(fields) < MIN_INLINE_FIELDS or len(parts) - len(fields) > 1 or (":" in parts[0] and parts[0] not in fields):
        return None
    return [p.rstrip(".") if p in fields else p for p in parts]


def _as_field_label(u: Unit, pats: ConsentVocabulary) -> Unit:
    """'Ouder/verzorger 1: datum' printed over a form field: the whole line is the field's label (its
    'value' only names what goes in the field)."""
    text = norm(u.value)
    if not text or len(text.split()) > FIELD_WORDS or any(c.isdigit() for c in text):
        return u
    if not names_a_field(text, pats):
        return u
    if any_match(pats["signed"], text) or any_match(pats["not_signed"], text):
        return u  # 'Handtekening ouder: niet getekend', 'Signature: signed' say whether someone signed
    words = [] if ":" in u.value else re.findall(r"[^\W\d_]{2,}", u.value)  # ('Datum: Handt.:' are labels)
    if any(w[0].isupper() and not any(any_match(pats[key], norm(w)) for key in PLACE_KEYS) for w in words):
        return u  # 'Handtekening: (handtekening) Mulderink': a name beside the word, not a field's label
    return replace(u, label=f"{u.label} {text}", value="")


MAX_FIELD_VALUE_WORDS = 12  # a name, a date, 'w.g.': not a block of text typed into a field


def _party_columns(u: Unit, pats: ConsentVocabulary) -> bool:
    """Whether a printed line names a party and then, apart, the names of its fields
    ('Ouder/verzorger 1<tab>Naam<tab>Datum')."""
    parts = [norm(p) for p in u.text.strip().split("\t") if p.strip()]
    return (
        len(parts) >= 2
        and "\n" not in u.text.strip()
        and any(any_match(pats[key], parts[0]) for key in PARTY_KEYS)
        and all(names_a_field(p, pats) and len(p.split()) <= FIELD_WORDS for p in parts[1:])
    )


def _field_after_label(region: list[Unit], pos: int, pats: ConsentVocabulary) -> Unit | None:
    """A form field right after a printed signature, name, date or party label with no value of its own
    ('Datum' / [24-10-2025]), or after the signature drawn under it: the field holds that label's value."""
    u = region[pos]
    nxt = pos + 1
    if nxt + 1 < len(region) and region[nxt].kind is BlockKind.IMAGE:
        nxt += 1  # a signature drawn between the printed label and its field
    after = region[nxt] if nxt < len(region) else None
    if (
        after is not None
        and any(any_match(pats[key], u.label or "") for key in PLACE_KEYS)
        and after.kind is BlockKind.FORM_FIELD
        and u.kind is BlockKind.PARAGRAPH
        and u.label
        and not u.value
        and after.page == u.page
        and "\n" not in after.text.strip()
        and len(after.text.split()) <= MAX_FIELD_VALUE_WORDS
    ):
        return after
    return None
