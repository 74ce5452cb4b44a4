"""Signature places: who signs where, and whether the place is signed, named and dated.

A place is a signature field, a signature or name line, a row of a signature table, or a column of a
table with the parties as columns.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ....model import BlockKind
from ....ruleset import Rule, RuleSet
from ....text import norm
from ...content import substantive_words
from ...dates import find_dates, has_date, only_dates
from ...units import Unit, last_sentence, strip_label
from .region import PARENT, PUPIL, SCHOOL, parties_named, party, says_agree, signature_set_as_heading, table_rows
from .vocabulary import (
    FIELD_KEYS,
    PARTY_KEYS,
    PLACE_KEYS,
    ConsentVocabulary,
    any_match,
    names_a_field,
    names_other_consent,
)

# A party's column is headed by its name ('Ouder(s)/verzorger(s)', 'Ouder of verzorger van de
# leerling', 'School'), not by a sentence that mentions parents ('Verstuurd naar ouders, nog geen reactie').
MAX_PARTY_HEADER_WORDS = 4
_OF_WHOM = re.compile(r"\s+van (de |het )?\S+$")


_PARTY_PARTS = re.compile(r"\s*;\s*")  # 'Ondertekend door school (13-06-2025); ouder: —'


def _names_only(header: str) -> bool:
    """Whether a column header is a party's name, not a sentence."""
    return len(_OF_WHOM.sub("", header).split()) <= MAX_PARTY_HEADER_WORDS


MAX_PARTY_LABEL_WORDS = 6  # 'Ouder/verzorger van de leerling', 'Akkoord ouder(s) handelingsdeel'
MAX_AGREE_LABEL_WORDS = 4  # 'Voor akkoord (handelingsdeel)', not a sentence about the right to consent
MAX_NAMES_WORDS = 14  # 'mw. A. Aydin en dhr. N. Dijkhuis, ouders'
_NAME_TOKEN = re.compile(r"(?<![\w.])(?:[A-Z]\.|[A-Z][^\W\d_]{1,}(?:['’-][^\W\d_]+)?)")
_DATE_LIKE = re.compile(r"\d{1,4}[-./ ]\d{1,2}[-./ ]\d{2,4}")
_INITIAL = re.compile(r"\b[^\W\d_]{1,4}\.")  # a person's initial or title: 'J.', 'mw.', 'dhr.'

MAX_TYPED_NAME_WORDS = 7
SHORT_WORD = 3  # the particles and abbreviations of a name ('van', 'de', 'el', 'mw.', 'w.g.')
BRACKETED = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]")
_BLANK_RUN = re.compile(r"\.{4,}|_{4,}|…{2,}")  # a place left blank: '........', '______'


@dataclass
class Slot:
    """A place where one party signs: a signature field, a signature line or a table row."""

    party: str
    unit: Unit
    signed: bool | None = None  # True signed, False blank/unsigned, None no signature place seen
    named: bool = False
    dated: bool = False
    image: bool = False
    date_blank: bool = False
    agreed: bool = False  # the signature line or row itself says 'akkoord'
    seen: bool = False  # the signature line or row itself says only 'gezien'
    mentioned: bool = False  # the signature cell only names a signature: '(handtekening)'
    unsure: bool = False  # filled in under a signature column known only from a header on the page before
    name_below: bool = False  # a name printed on the line under an empty signature place
    sig_empty: bool = False  # its signature label stands alone ('Handtekening:'), not even a blank line after it
    name_value: str = ""  # the name its 'Naam:' line gives
    field_blank: bool = False  # its signature field was left empty
    row_place: bool = False  # its place is a table row: only an image in that row signs
    row_names: bool = False  # its table row prints who signs there ('vader | dhr. B. Schouten | | ')
    named_in_place: bool = False  # a blank row under a party's header names its signer in its first cell
    dates: list[dt.date] = field(default_factory=list)  # the dates given with the signature
    date_unit: Unit | None = None  # where the first of them stands

    def add_dates(self, text: str, unit: Unit) -> None:
        """Note the dates `text` (in `unit`) gives this place."""
        found = find_dates(text)
        if found:
            self.dated = True
            self.dates.extend(found)
            self.date_unit = self.date_unit or unit


class SlotReader:
    """Reads signature places with the rule's vocabulary (names, placeholders) in hand."""

    def __init__(self, rule: Rule, ruleset: RuleSet, pupil_names: frozenset[str] = frozenset()) -> None:
        self.rule, self.ruleset, self.pupil_names = rule, ruleset, pupil_names
        self.pats: ConsentVocabulary = rule.options.consent

    # -- what a value holds --------------------------------------------------------------------
    def names_someone(self, text: str) -> bool:
        """A written name ('P. de Graaf', 'Jansen'): a capitalised word that is not the form's own
        vocabulary ('Ouders: akkoord met het handelingsdeel' names no one)."""
        not_names = self.pats["not_names"]
        return any(not any(p.fullmatch(t.rstrip(".").lower()) for p in not_names) for t in _NAME_TOKEN.findall(text))

    def named(self, value: str) -> bool:
        return self.filled(value) and self.names_someone(value)

    def typed_name(self, value: str) -> bool:
        """A name typed in a signature field ('A. de Vries', 'Brandsema'), not a remark: a few words, each
        capitalised, abbreviated or short."""
        words = value.split()
        return (
            0 < len(words) <= MAX_TYPED_NAME_WORDS
            and self.names_someone(value)
            and all(w[:1].isupper() or w.endswith(".") or len(w.strip(",'’-")) <= SHORT_WORD for w in words)
        )

    def signs(self, value: str, by_mark_only: bool = False) -> bool:
        """Whether what stands in a signature place is a signature: filled in (with `by_mark_only`, only
        a mark such as 'w.g.' or 'getekend'), and not saying that no one signed ('nog niet getekend',
        'afwezig', 'getekend door IB')."""
        text = norm(value)
        if any_match(self.pats["not_signed"], text) or _BLANK_RUN.search(value):
            return False  # ('........ (getekend)': the form's printed hint beside a blank place)
        return any_match(self.pats["signed"], text) or (not by_mark_only and self.filled(value))

    def recorded(self, label: str, value: str) -> bool:
        """A system's record of the signature, answered yes: 'Digitaal akkoord ouder: ja (12-10-2025)';
        not when the answer goes on to say no one signed yet, only saw it or someone else did ('ja, nog
        geen reactie', 'ja, alleen gezien', 'ja (niet door ouders, door leerling)')."""
        text = norm(value)
        first = text.split()[:1]
        return (
            bool(first)
            and any_match(self.pats["signed_if_yes"], label)
            and any_match(self.pats["answer_yes"], first[0].strip(",.;:()"))
            and not any(any_match(self.pats[key], text) for key in ("not_signed", "refuse", "seen_only"))
            and party(text, self.pats) in (None, PARENT)
        )

    def _recorded_names(self, label_cell: Unit, value: str, other_rows: str) -> bool:
        """A system's record of who signed and when, under a label that says it was done ('Ondertekend
        ouder(s)/verzorger(s) | dhr. en mw. van Dalsum – 15-09-2025'): only names of persons (a title or
        an initial) and a date, of no other party and named in no other row (not 'verstuurd 15-09-2025',
        'mentor J. de Vries', a school's name, the school's own signer)."""
        names = _DATE_LIKE.sub(" ", value).strip(" –-,;()")
        return (
            any_match(self.pats["signed_if_yes"], strip_label(label_cell.norm))
            and has_date(value)
            and self.typed_name(names)
            and bool(_INITIAL.search(names))
            and norm(names) not in other_rows
            and party(norm(names), self.pats) in (None, PARENT)
            and self.signs(value)
        )

    def filled(self, text: str) -> bool:
        """Whether a signature or name place holds something real, not a blank line or a placeholder."""
        t = _DATE_LIKE.sub(" ", self._without(norm(text), PLACE_KEYS))
        words, _ = substantive_words(t, self.ruleset, self.rule)
        return bool(words)

    # -- a signature field ---------------------------------------------------------------------
    def field(self, u: Unit, current: Slot | None) -> Slot | None:
        """A signature field; an unnamed one right after 'Handtekening ouder(s)' belongs to that line.
        Returns the new slot, or None when the field filled in `current`."""
        who = party(u.label or "", self.pats)
        if who is None and current is not None and current.party != SCHOOL and not current.signed:
            current.signed = bool(u.block.signed)
            current.dated = current.dated or bool(u.block.signed_date)
            current.add_dates(u.block.signed_date or "", u)
            return None
        slot = Slot(who or "unknown", u, signed=bool(u.block.signed), dated=bool(u.block.signed_date))
        slot.add_dates(u.block.signed_date or "", u)
        return slot

    def more_fields(self, slot: Slot, u: Unit) -> None:
        """A form field in a run of fields after a party's printed label ('Ouder/verzorger' [name] [date]
        [w.g.]): the party's date, or whether it signed; not a field that names another party ('w.g. mevr.
        Groothuis (mentor)')."""
        text = norm(u.text)
        if (other := party(text, self.pats)) is not None and other != slot.party:
            if any_match(self.pats["signed"], text) and slot.signed is None:
                slot.signed = False  # the party's own place holds someone else's signature
            return
        slot.add_dates(u.text, u)
        if any_match(self.pats["not_signed"], text):
            slot.signed = False
        elif any_match(self.pats["signed"], text) and slot.signed is None:
            slot.signed = True
        elif not slot.named and not has_date(u.text) and self.named(u.text):
            slot.named = True

    # -- a line --------------------------------------------------------------------------------
    def line(
        self,
        u: Unit,
        current: Slot | None,
        slots: list[Slot],
        agree_seen: bool,
        field_value: str | None = None,
        place_heading: bool = False,
    ) -> Slot | None:
        """A signature or name line ('Handtekening ouder(s): ....', 'Datum: 12-10-2025'), or a party
        heading; `field_value`: what a form field right after a printed label ('Datum') holds;
        `place_heading`: the unit is a heading with the lines of a signature place under it.
        Appends new slots to `slots`; returns the slot later lines belong to."""
        pats = self.pats
        label = u.label or ""
        if field_value is None and u.kind is BlockKind.FORM_FIELD:
            field_value = u.text  # a named form field ('datum_ouderverzorger') holds its own value
        value = u.value if field_value is None else field_value
        # (The sentence the label ends with names the place's party: 'Ouders hebben het plan ontvangen.
        # Paraaf mentor: KB' is the mentor's.)
        who = (party(last_sentence(label), pats) or party(label, pats)) if label else None
        recorded = self.recorded(label, value)
        is_sig = any_match(pats["signature"], label)
        is_name = any_match(pats["name_only"], label)
        is_date = any_match(pats["date_label"], label)
        if (
            who
            and not (is_sig or is_name or is_date)
            and (
                u.headingish
                or (value and len(label.split()) <= MAX_PARTY_LABEL_WORDS)
                or (not value and _names_only(label) and u.text.rstrip().endswith(":"))
            )
            and not self._signed_line(u, value)
        ):
            # A party heading ('Ouder(s)/verzorger(s)'), a party line with a name ('Ouder: P. Jansen') or
            # over its lines ('Intern begeleider:' / 'w.g. C. Luitjes' / 'Datum: ...'), not a sentence with
            # a colon ('Ouders hebben instemmingsrecht op het handelingsdeel: ...').
            slot = Slot(
                who,
                u,
                # (not a sentence: 'Rechten ouders: Het handelingsdeel van dit plan voeren wij pas uit ...')
                named=bool(value) and len(value.split()) <= MAX_NAMES_WORDS and self.named(value),
                signed=False
                if any_match(pats["not_signed"], norm(value))
                else True
                if any_match(pats["signed"], norm(value)) or recorded
                else None,
                # A heading names the part ('14. Instemming ouders met het handelingsdeel'): no one agreed by it.
                agreed=says_agree(u.norm, pats) and not (u.headingish and not value),
                seen=any_match(pats["seen_only"], u.norm),
            )
            signer = SCHOOL if _signed_for_them(norm(value), pats) else party(norm(value), pats)
            if slot.signed and signer not in (None, who):
                slot.signed = False  # 'Ouder/verzorger: w.g. K. de Graaf (intern begeleider)': not theirs
            slot.add_dates(value, u)
            slots.append(slot)
            return slot
        if self._name_below(u, current, value):
            # A PDF's 'Handtekening' / 'ouder/verzorger:  Datum: 08-10-2025' (the drawn line is no text) with
            # 'dhr. Anholts' printed under it: a name, but the text cannot show whether the line was signed.
            current.name_below = True
            return current
        if current is not None and current.name_below and u.kind is BlockKind.PARAGRAPH and only_dates(u.text):
            current.add_dates(u.text, u)  # ... and the date printed under that name ('12 november 2025')
            return current
        heading = u.kind is BlockKind.HEADING and not signature_set_as_heading(u, pats)
        if (heading and not (place_heading and who and is_sig and not value)) or (
            u.headingish and not value and not who and field_value is None
        ):
            # 'Handtekeningen' names the part; it is no signature place itself (unless a form field,
            # even an empty one, stands beside it). 'Handtekening ouder(s)/verzorger(s)' set as a
            # heading is that party's place, as the line 'Handtekening ouder(s):' is.
            return current
        if not (is_sig or is_name or is_date):
            if value and says_agree(label, pats) and (parts := self._per_party(value, u)):
                # 'Instemming handelingsdeel: Ondertekend door school (13-06-2025); ouder: —': a place per party.
                slots.extend(parts)
                return parts[-1]
            if value and says_agree(label, pats) and (any_match(pats["signed"], norm(value)) or recorded):
                # 'Akkoord: w.g. M. Bos, 4-11-2025': agreed, signed (and dated) on one line, by the
                # party the consent part asks (no party named on the line itself).
                slot = Slot(
                    party(norm(value), pats) or PARENT,
                    u,
                    signed=True,
                    named=self.named(value),
                    agreed=True,
                )
                slot.add_dates(value, u)
                slots.append(slot)
                return slot
            if (
                value
                and len(label.split()) <= MAX_AGREE_LABEL_WORDS
                and len(value.split()) <= MAX_NAMES_WORDS
                and says_agree(label, pats)
                and (who or party(norm(value), pats))
                and self.named(value)
            ):
                # 'Voor akkoord (handelingsdeel): mw. A. Aydin en dhr. N. Dijkhuis, ouders': who agree,
                # by name; whether and when they signed, the lines below say.
                slot = Slot(
                    who or party(norm(value), pats),
                    u,
                    named=True,
                    agreed=True,
                )
                slot.add_dates(value, u)
                slots.append(slot)
                return slot
            row_party = party(u.norm, pats)
            if row_party and any_match(pats["signed"], u.norm) and len(u.norm.split()) <= 24:
                # A signature row printed as one line: 'Ouder 1 (akkoord) R. de Boer 31 jan. 2026 (getekend)'.
                slot = Slot(
                    row_party,
                    u,
                    signed=any_match(pats["signed"], u.norm) or None,
                    named=self.named(u.text),
                    agreed=says_agree(u.norm, pats),
                )
                slot.add_dates(u.text, u)
                slots.append(slot)
                return slot
            if who is None and len(u.norm.split()) <= 6:
                who = party(u.norm, pats)
                if who:
                    slot = Slot(who, u)
                    slots.append(slot)
                    return slot
            return current
        slot = current
        if who is None and value:
            # 'Naam: P. Hamstra (namens de school)', 'Naam: Senna (leerling, meerderjarig)': who signs here.
            who = party(value, pats) if party(value, pats) in (SCHOOL, PUPIL) else None
        if who and (slot is None or slot.party != who or (is_sig and slot.signed is not None)):
            slot = Slot(who, u)
            slots.append(slot)
        elif who is None and is_sig and slot is not None and slot.field_blank:
            # A second signature place, named for no one, after the party's own field left empty: someone else's.
            slot = Slot("unknown", u)
            slots.append(slot)
        if slot is None:
            if not agree_seen:
                return None
            # A bare 'Naam:' / 'Handtekening:' line in a consent part that asks for agreement: the
            # person agreeing is the consenting party; the pupil, when the line opens with the pupil
            # saying so and the pupil signs ('Niek stemt in met het handelingsdeel. Handtekening: w.g. N. de Wit').
            slot = Slot(PUPIL if self._pupil_signs(u.norm, norm(value)) else PARENT, u)
            slots.append(slot)
        if is_sig:
            opening = BRACKETED.match(norm(value).strip())
            if (
                opening
                and any_match(pats["signature"], opening.group())
                and not any_match(pats["signed"], opening.group())
            ):
                # '(handtekening) Mulderink', '[handtekening] M. Hoekstra': a word where the signature goes,
                # as in a table cell: whether someone signed is for a person to check.
                slot.mentioned = True
                filled = False
            elif field_value is not None:
                # A form field signs with a mark ('getekend', 'w.g.') for the party its printed label names,
                # or with a name typed in it ('A. de Vries', 'Brandsema'); a remark ('graag bellen') does not.
                # A bare mark ('(getekend)') signs for the party of the lines before it, not for the school's.
                filled = self.signs(value, by_mark_only=True) and (
                    who is not None or slot.party != SCHOOL or self.filled(value)
                )
                filled = filled or (self.typed_name(value) and self.signs(value))
            else:
                # 'Getekend op: 12-10-2025': the label says signed and the value gives when; 'Getekend
                # ouder: ........' is the printed form.
                filled = self.signs(value) or (
                    any_match(pats["signed"], label) and has_date(value) and not any_match(pats["not_signed"], u.norm)
                )
                # A bare 'ja' answers the line's question ('OPP verstuurd ter ondertekening: ja'); it signs
                # only where the label says the yes is the signature ('Ondertekend door ouders: ja').
                filled = filled and (recorded or not any_match(pats["answer_yes"], norm(value).strip(" .")))
            if filled and slot.party != SCHOOL and _signed_for_them(norm(value), pats):
                filled = False  # 'namens ouders getekend door J. de Wit (intern begeleider)': the school signed
            slot.signed = bool(slot.signed) or filled
            slot.field_blank = slot.field_blank or (field_value is not None and not field_value.strip())
            # (Empty too: a place that holds only the date beside it, 'Handtekening curator:<tab>Datum:
            # 19-02-2026', the line drawn, not text.)
            slot.sig_empty = (
                not slot.signed
                and field_value is None
                and (not value.strip() or (has_date(value) and not self.filled(value)))
            )
            slot.agreed = slot.agreed or (filled and says_agree(norm(value), pats))  # 'w.g. H. Jansen (akkoord)'
        elif is_name:
            if self.named(value):
                slot.named, slot.name_value = True, value
        if (is_date or has_date(value)) and not any_match(pats["not_signing_date"], u.norm):
            # (Not 'Datum opgesteld: 01-10-2025' or 'Volgende evaluatie: ...': no date of signing.)
            slot.add_dates(value, u)
            slot.date_blank = slot.date_blank or (is_date and not has_date(value))
        return slot

    def _per_party(self, value: str, u: Unit) -> list[Slot]:
        """One slot per part of a value that speaks of two or more parties apart ('Ondertekend door school
        (13-06-2025); ouder: —'): each party's part says whether it signed; none for one party."""
        parts = [part for part in _PARTY_PARTS.split(value) if part.strip()]
        whose = [party(norm(part), self.pats) for part in parts]
        if len(parts) < 2 or None in whose or len(set(whose)) < 2:
            return []
        slots = []
        for part, who in zip(parts, whose, strict=True):
            said = norm(part.split(":", 1)[1] if ":" in part else part)
            signed = any_match(self.pats["signed"], said) and not any_match(self.pats["not_signed"], norm(part))
            slot = Slot(who, u, signed=signed, named=self.named(said))
            slot.add_dates(said, u)
            slots.append(slot)
        return slots

    def _signed_line(self, u: Unit, value: str) -> bool:
        """A signature written out on one line with no label: 'w.g. I. Mertens, moeder, 28 september
        2025' is the signed row, not a heading naming the party."""
        text = u.norm
        return (
            not value
            and any_match(self.pats["signed"], text)
            and not any_match(self.pats["not_signed"], text)
            and self.names_someone(u.text)
        )

    def _name_below(self, u: Unit, current: Slot | None, value: str) -> bool:
        """Whether a line is only a name, under a party's signature line that holds nothing yet (no
        signature read, or a label that stands alone: 'Handtekening:' / 'M. Lamberink'), and no other
        name than the one its 'Naam:' line gave. It may be a signature set as a name, or the name printed
        under a signature line: the text cannot tell."""
        return (
            current is not None
            and current.party != SCHOOL
            # (a place read as blank, 'Handtekening ouder: ____', stays blank)
            and (current.signed is None or current.sig_empty)
            and (not current.named or _same_name(u.text, current.name_value))
            and u.kind is BlockKind.PARAGRAPH  # (not a heading that follows: 'Bijlage 1')
            and not value
            and self.typed_name(u.text)
            and self.names_someone(u.text)
        )

    # -- a table row ---------------------------------------------------------------------------
    def row(self, cells: list[Unit], region: list[Unit]) -> Slot | None:
        """A signature table row: who (party cell), and whether its signature/name cell and date are filled."""
        pats = self.pats
        text = " ".join(c.norm for c in cells)
        table_cells = [
            c
            for c in region
            if c.kind is BlockKind.TABLE_CELL
            and c.block.location.table == cells[0].block.location.table
            and c.page == cells[0].page
        ]
        if self.party_row(cells, table_cells):
            return None  # read as the line 'Ouder/verzorger: w.g. mw. J. Hoekstra' would be
        label_value = self._label_value_table(table_cells)
        if label_value and not party(cells[0].norm, pats) and not says_agree(cells[0].norm, pats):
            return None  # 'Naam | mr. K. Ouwerkerk (curator)' under 'Handtekening leerling | ...': that place's name
        if self._header_row(cells, table_cells):
            return None  # 'Ouders | Handtekening | Datum': the row under it is the parents' place
        below_header = None
        who = party(text, pats) or self._agreeing_row(cells, table_cells)
        if not who:
            who = below_header = self._party_header(cells, table_cells)
        if not who:
            who = self._parents_under_their_statement(cells, table_cells, region)
        if not who:
            return None
        slot = Slot(who, cells[0], agreed=says_agree(text, pats), seen=any_match(pats["seen_only"], text))
        headers = (
            {} if label_value else {c.block.location.column: c.norm for c in table_cells if c.block.location.row == 1}
        )
        continued = False
        labelled_signature = False  # the row's first cell is a signature label: 'Ondertekening ouder | ...'
        if not headers and cells[0].page and not label_value:
            headers = _header_on_page_before(cells[0], region)  # the table runs on from the page before
            continued = bool(headers)
        has_sig_column = any(any_match(pats["signature"], h) for h in headers.values())
        notes = " ".join(c.norm for c in cells if is_note(c))
        if (
            not has_sig_column
            and notes
            and not any_match(pats["signature"], notes)
            and not party(cells[0].norm, pats)  # (a party's own row: 'Ouder/verzorger | Akkoord met ...')
        ):
            # A log's note is no place to sign: it counts only when it records that consent was given or
            # signed ('telefonisch akkoord gegeven'), not an attempt ('Moeder gebeld over de instemming met
            # het handelingsdeel; geen gehoor'), and a name beside it is who wrote it.
            recorded = any_match(pats["agreed"], notes) or any_match(pats["signed"], notes)
            if not recorded:
                return None
            if not any(any_match(pats[key], notes) for key in ("not_signed", "refuse", "partial")):
                slot.signed = True  # the answer recorded ('Moeder heeft per e-mail laten weten akkoord te gaan')
        signing = [*headers.values(), text]
        if not any(
            any_match(pats[key], t) for key in ("signature", "signed", "name_only", "date_label") for t in signing
        ) and not (
            len(cells) >= 3 and says_agree(cells[0].norm, pats) and party(cells[0].norm, pats) and has_date(text)
        ):
            # ('Curator (akkoord) | mw. G. Hoekstra | 1-10-2025' is a party agreeing in its own row.)
            return None  # 'Besproken met ouders op | 05-11-2025 (...)' names the parents, but no one signs here
        for c in cells:
            col = c.block.location.column
            header = headers.get(col, "") if c.block.location.row != 1 else ""
            is_label_cell = col == 1 and (party(c.norm, pats) or any_match(pats["signature"], c.norm)) and not c.value
            slot.add_dates(c.text, c)
            if c.value:  # "Handtekening ouder: J. Jansen" in one cell
                if self.named(c.value):
                    slot.named = True
                    slot.signed = True if any_match(pats["signature"], c.label or "") else slot.signed
                elif any_match(pats["signature"], c.label or ""):
                    # 'Handtekening: (getekend)' or 'Handtekening: w.g.': a copy's mark that the original was signed.
                    slot.signed = bool(slot.signed) or self.signs(c.value, by_mark_only=True)
                continue
            if is_label_cell:
                if any_match(pats["signature"], c.norm):
                    slot.signed = bool(slot.signed)
                    labelled_signature = True
                continue
            # Under a header from the page before (a reader may have joined another table to it), only a
            # mark ('w.g.') or an image signs.
            filled = self.signs(c.text, by_mark_only=continued)
            if (
                any_match(pats["signature"], header)
                and BRACKETED.fullmatch(c.norm)
                and any_match(pats["signature"], c.norm)
                and not any_match(pats["signed"], c.norm)
            ):
                # '(handtekening)' names the place: the form's own text, or a copy's note that someone
                # signed. A mark ('(getekend)', '(w.g.)') says the original was signed, as 'w.g.' does.
                slot.mentioned = True
            elif any_match(pats["signature"], header):
                slot.signed = bool(slot.signed) or filled
                slot.unsure = slot.unsure or (continued and not filled and self.signs(c.text))
            elif any_match(pats["date_label"], header):
                slot.date_blank = slot.date_blank or not has_date(c.text)  # the date cell left empty
                continue
            elif labelled_signature and not has_sig_column:
                # 'Ondertekening ouder/verzorger | getekend – mevr. R. Smeulders – 05-10-2025': the
                # value beside a signature label is the signature place. It signs with a mark ('w.g.',
                # 'getekend'), and only where a row of the same table agrees to the plan
                # ('Instemming handelingsdeel | Akkoord'): not 'verstuurd ter ondertekening', and not
                # under a photo consent.
                # A label that says the act was done names who and when ('Ondertekend ouder(s)/verzorger(s)
                # | dhr. en mw. van Dalsum – 15-09-2025', a system's record) as a mark does.
                others = " ".join(t.norm for t in table_cells if t.block.location.row != c.block.location.row)
                marked = self.signs(c.text, by_mark_only=True) or self._recorded_names(cells[0], c.text, others)
                agrees = self._table_agrees(table_cells) or (
                    self._signature_rows_only(table_cells) and self._agreed_outside(region, table_cells)
                )
                slot.signed = bool(slot.signed) or (marked and agrees)
                slot.named = slot.named or self.named(c.text)
            elif filled and self.names_someone(c.text) and (not has_sig_column or col not in headers):
                slot.named = True  # (a header row outside the consent part: the cell is no signature cell)
        if slot.signed is None and not slot.mentioned and any(any_match(pats["signature"], c.norm) for c in cells):
            slot.signed = False if not slot.named else None
        images = [u for u in region if u.kind is BlockKind.IMAGE and u.page == cells[0].page]
        if images and not slot.signed and slot.party != SCHOOL and has_sig_column:
            slot.image = any(_near(img, cells) for img in images)
        if label_value and slot.signed is None and self._signed_by_another(cells[0], table_cells, who):
            slot.signed = False  # 'Naam ouder | dhr. de Wit' where only 'Handtekening directeur | w.g.' signs
        if slot.image and not slot.named:
            # The name cell of a row signed with an image ('Naam | E. Koç'): the row names its signer.
            slot.named = any(
                any_match(pats["name_only"], headers.get(c.block.location.column, "")) and self.named(c.text)
                for c in cells
                if c.block.location.row != 1
            )
        if below_header and cells[0].block.location.row != 2:
            # A further row under the header ('mw. A. Vos | | '): a place of that party only when left
            # blank (whose signature a filled one is, the header does not say), its first cell the name.
            if slot.signed or slot.dated or slot.image:
                return None
            slot.named_in_place = self.names_someone(cells[0].text)
        return slot

    def _header_row(self, cells: list[Unit], table_cells: list[Unit]) -> bool:
        """The first row of a table with rows under it, that names a party and otherwise only a signature,
        a name or a date column ('Ouders | Handtekening | Datum')."""
        if cells[0].block.location.row != 1 or not any((c.block.location.row or 0) > 1 for c in table_cells):
            return False
        if not any(party(c.norm, self.pats) for c in cells):
            return False
        return all(not c.text.strip() or self._column_label(c.norm) for c in cells)

    def _column_label(self, text: str) -> bool:
        """Whether a cell holds only a party, a signature, a name or a date label."""
        return not re.findall(
            r"[^\W\d_]{2,}", self._without(text, (*PARTY_KEYS, "signature", "name_only", "date_label"))
        )

    def _without(self, text: str, keys: tuple[str, ...]) -> str:
        """`text` with the words of these vocabulary lists blanked out."""
        for key in keys:
            for p in self.pats[key]:
                text = p.sub(" ", text)
        return text

    def _party_header(self, cells: list[Unit], table_cells: list[Unit]) -> str | None:
        """The party a row's first column header names, under a header row ('Ouders | Handtekening | Datum'
        over 'dhr. en mw. Vos | getekend | 13-10-2025'); see `row` for the rows further down."""
        first = cells[0].block.location
        if (first.row or 0) < 2:
            return None
        header = [c for c in table_cells if c.block.location.row == 1]
        if not header or not self._header_row(header, table_cells):
            return None
        named = next((c for c in header if c.block.location.column == first.column), None)
        return party(named.norm, self.pats) if named is not None else None

    def _parents_under_their_statement(
        self, cells: list[Unit], table_cells: list[Unit], region: list[Unit]
    ) -> str | None:
        """The parents, for a row that names no party in a table of signatures ('Naam | Datum |
        Handtekening', perhaps with 'Akkoord handelingsdeel'; then 'J. Oudeland-Tamminga | 19-11-2024 |
        w.g. ...') right under the parents' own statement that they agree to this plan ('Ouders verklaren
        in te stemmen met het handelingsdeel.'), when the row's name shares the pupil's family name and is
        not the pupil's own (a parent's, not a teacher's, the director's or the pupil's)."""
        pats = self.pats
        first = min(table_cells, key=lambda c: c.index)
        header = [c for c in table_cells if c.block.location.row == 1]
        if (cells[0].block.location.row or 0) < 2 or len(header) < 2 or not self._a_parents_name(cells[0].norm):
            return None
        if not all(any(any_match(pats[k], c.norm) for k in FIELD_KEYS) or says_agree(c.norm, pats) for c in header):
            return None
        over = next((u for u in region if u.index == first.index - 1), None)
        if over is None or over.kind is not BlockKind.PARAGRAPH:
            return None
        said = norm(last_sentence(over.text))  # ('Ondertekend exemplaar retour ontvangen. Beide ouders gaan ...')
        if not any_match(pats["this_plan"], said) or party(" ".join(said.split()[:2]), pats) != PARENT:
            return None  # (not 'De school verklaart dat ouders ...')
        if not says_agree(said, pats) or names_other_consent(said, pats):
            return None  # (not a consent to share the plan with someone)
        if any(any_match(pats[k], said) for k in ("conditional", "choice", "partial", "seen_only")):
            return None  # an explanation or a choice ('Met ondertekening geven ouders aan of zij ...'), no agreement
        return PARENT

    def _pupil_signs(self, line: str, value: str) -> bool:
        """Whether a line opens with the pupil's name and its signature is the pupil's own name (every word
        of it, or its first letter: 'N. de Wit' for Niek de Wit)."""
        words = line.split()
        if len(self.pupil_names) < 2 or not words or words[0].strip(",.:") not in self.pupil_names:
            return False
        signed = set(re.findall(r"[^\W\d_]+", value))
        return all(name in signed or name[0] in signed for name in self.pupil_names)

    def _a_parents_name(self, name: str) -> bool:
        """A name that shares a word of the pupil's name (the family name) but is not the pupil's own (all the
        words of a name of more than one)."""
        words = set(re.findall(r"[^\W\d_]{2,}", name))
        own = len(self.pupil_names) > 1 and self.pupil_names <= words
        return bool(words & self.pupil_names) and not own

    def party_row(self, cells: list[Unit], table_cells: list[Unit]) -> bool:
        """A row of a two-column table labelled with a party alone ('Ouder/verzorger | w.g. mw. J.
        Hoekstra', 'Ouder/verzorger | [signature image]', then 'Naam | ...', 'Datum | ...'): a signature
        block set as a table, whose rows are its lines."""
        label = cells[0]
        value = cells[1].text if len(cells) == 2 else ""
        rest = self._without(label.norm, PARTY_KEYS)
        return (
            len(cells) <= 2  # (a cell holding only an image may be read as no cell)
            and all(c.block.location.column <= 2 for c in table_cells)
            and label.block.location.column == 1
            and not label.value
            and party(label.norm, self.pats) is not None
            # the party alone ('Ouder(s)/verzorger(s)', 'Namens school'), not 'Besproken met ouders op'
            and not any(len(w) > SHORT_WORD for w in re.findall(r"\w+", rest))
            and not says_agree(label.norm, self.pats)
            # its place empty (an image may stand in it) or signed with a mark: a name typed beside a
            # party is a table of the pupil's details ('Ouder(s)/verzorger(s) | mw. C. Yilmaz')
            and (not value.strip() or self.signs(value, by_mark_only=True))
        )

    def _table_agrees(self, cells: list[Unit]) -> bool:
        """Whether a two-column table agrees to this plan: it has consent rows that name the plan
        ('Instemming handelingsdeel | Akkoord'), none of another consent, of the school or left open,
        and every one of them agrees without reservation."""
        pats = self.pats
        answers = []
        for row in table_rows(cells).values():
            by_column = {c.block.location.column: c for c in row}
            label, answer = by_column.get(1), by_column.get(2)
            if label is None or not says_agree(label.norm, pats) or not any_match(pats["this_plan"], label.norm):
                continue
            if names_other_consent(label.norm, pats) or party(label.norm, pats) == SCHOOL:
                continue
            text = answer.norm if answer is not None else ""
            answers.append(says_agree(text, pats) and not any_match(pats["refuse"], text))
        return bool(answers) and all(answers)

    def _signature_rows_only(self, cells: list[Unit]) -> bool:
        """Whether a two-column table in the consent part is only a signature block: every row of it,
        from the first, labelled with a signature, a name, a date or a party ('Datum | 17-11-2025',
        'Handtekening ouder | (getekend) S. de Graaf'); no consent row of its own, and no row left out
        of the consent part (a photo consent's row is)."""
        pats = self.pats
        labels = {c.block.location.row: c.norm for c in cells if c.block.location.column == 1}
        if not labels or sorted(labels) != list(range(1, len(labels) + 1)):
            return False
        return all(
            any(any_match(pats[k], t) for k in PLACE_KEYS)
            and not says_agree(t, pats)
            and not names_other_consent(t, pats)
            for t in labels.values()
        )

    def _signed_by_another(self, label: Unit, cells: list[Unit], who: str) -> bool:
        """Whether a label-value table's name row ('Naam ouder') stands beside a signature row labelled
        with another party ('Handtekening directeur'): the name is no signature of its own."""
        pats = self.pats
        if not any_match(pats["name_only"], label.norm) or any_match(pats["signature"], label.norm):
            return False
        return any(
            c.block.location.column == 1
            and any_match(pats["signature"], c.norm)
            and party(c.norm, pats) not in (None, who)
            for c in cells
        )

    def _label_value_table(self, cells: list[Unit]) -> bool:
        """A two-column table of labels and values ('Handtekening ouder | w.g. dhr. de Wit', 'Naam | ...',
        'Datum | ...'): it has no header row, and its first row is a signature place like the others."""
        return all(c.block.location.column <= 2 for c in cells) and self._signature_rows_only(cells)

    def _agreed_outside(self, region: list[Unit], table_cells: list[Unit]) -> bool:
        """Whether the consent part, outside the table, agrees to this plan: a ticked box or a statement
        ('☒ Ouders stemmen in met het handelingsdeel', 'Ouders verklaren akkoord te gaan met het OPP')."""
        pats, cells = self.pats, {c.index for c in table_cells}
        for u in region:
            unticked = u.kind is BlockKind.CHECKBOX and not u.block.checked
            if u.index in cells or u.kind is BlockKind.HEADING or unticked:
                continue
            if says_agree(u.norm, pats) and any_match(pats["this_plan"], u.norm):
                return True
        return False

    def _agreeing_row(self, cells: list[Unit], table: list[Unit]) -> str | None:
        """A row headed only 'Voor akkoord' in a table whose other rows are the school's ('Namens school')
        and none the parents': the one agreeing is the parents, as on a line 'Akkoord: w.g. M. Bos'."""
        if not says_agree(cells[0].norm, self.pats):
            return None
        row = cells[0].block.location.row
        others = {
            party(c.norm, self.pats)
            for c in table
            if c.block.location.row != row and c.block.location.column == cells[0].block.location.column
        }
        return PARENT if SCHOOL in others and not others & {PARENT, PUPIL} else None

    # -- a table with the parties as columns ---------------------------------------------------
    def columns(self, cells: list[Unit], images: list[Unit] = ()) -> list[Slot] | None:
        """A signature table with the parties as columns ('| | Ouder | School |', then rows Naam,
        Handtekening, Datum): one slot per party column. None when the table is not laid out that way.
        `images`: the images in the table's cells; one signs only for the party whose column holds it."""
        pats = self.pats
        heads = _column_heads(cells)
        header = {col: units[-1] for col, units in heads.items()}
        parties = {col: party(c.norm, pats) if _names_only(c.norm) else None for col, c in header.items()}
        own_fields = {}  # a party's cell in the header row that holds its own fields too
        for col, units in heads.items():
            lines = [line for line in _block_texts(units).splitlines() if line.strip()]
            if parties[col] is None and len(lines) > 1 and self._party_over_fields(lines):
                # 'Ouder/verzorger' / 'Handtekening:' / 'Naam: ...' / 'Datum: ...' in one cell, and the
                # school's cell beside it: the parties side by side in one row.
                parties[col] = party(norm(lines[0]), pats)
                own_fields[col] = labelled_lines("\n".join(lines[1:]))
        # Column 1 holds the row labels ('Naam', 'Handtekening'), unless every column is headed by a party
        # alone ('Ouder/verzorger | School'): then each cell carries its own labels ('Handtekening: A.
        # Olthuys', 'Datum: 23-03-2025').
        own_labels = len(header) > 1 and all(
            parties[col] is not None and (col in own_fields or not names_a_field(c.norm, pats))
            for col, c in header.items()
        )
        if not own_labels:
            parties.pop(1, None)
            own_fields = {}
        if not any(p not in (None, SCHOOL) for p in parties.values()):
            return None
        labels = {c.block.location.row: c.norm for c in cells if c.block.location.column == 1}
        slots = []
        for col, who in parties.items():
            if who is None:
                continue
            slot = Slot(who, heads[col][0] if col in own_fields else header[col])
            for label, value in own_fields.get(col, []):
                self._column_field(slot, norm(label), value, heads[col][0])
            for c in cells:
                row = c.block.location.row
                if c.block.location.column != col or row == 1:
                    continue
                fields = labelled_lines(c.text) if own_labels else [(labels.get(row, ""), c.text)]
                for label, value in fields:
                    self._column_field(slot, norm(label), value, c)
            if not slot.signed and any(img.block.location.column == col for img in images):
                slot.image = True  # a signature pasted in its column
            slots.append(slot)
        return slots

    def _party_over_fields(self, lines: list[str]) -> bool:
        """Whether a cell's lines are a party alone ('Ouder/verzorger', 'Namens de school') over its
        signature fields ('Handtekening:', 'Naam: ...', 'Datum: ...')."""
        pats = self.pats
        first = norm(lines[0])
        fields = [label for label, _ in labelled_lines("\n".join(lines[1:])) if label]
        return (
            party(first, pats) is not None
            and _names_only(first)
            and not names_a_field(first, pats)
            and bool(fields)
            and all(any(any_match(pats[k], norm(label)) for k in PLACE_KEYS) for label in fields)
        )

    def _column_field(self, slot: Slot, label: str, value: str, c: Unit) -> None:
        """What one labelled field of a party's column ('Handtekening', 'Datum', 'Naam') adds to its slot."""
        pats = self.pats
        if any_match(pats["signature"], label):
            # (not 'Handtekening: nog niet getekend', 'afwezig', '______')
            slot.signed = bool(slot.signed) or self.signs(value)
        elif any_match(pats["date_label"], label):
            slot.add_dates(value, c)
            slot.date_blank = slot.date_blank or not has_date(value)
        elif any_match(pats["name_only"], label):
            slot.named = slot.named or self.named(value)
        elif says_agree(label, pats):
            slot.agreed = slot.agreed or says_agree(norm(value), pats)


def labelled_lines(text: str, values_below: bool = True) -> list[tuple[str, str]]:
    """The 'Label: value' lines of a cell ('Handtekening: A. Olthuys' / 'Datum: 23-03-2025'); a line
    without a colon is a value without a label, or (with `values_below`) the value of the label right
    above it that has none ('Datum:' / '25-10-2025'). Without it, one pair per line."""
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines():
        if ":" in line:
            label, value = (part.strip() for part in line.split(":", 1))
            pairs.append((label, value))
        elif values_below and pairs and pairs[-1][0] and not pairs[-1][1] and line.strip():
            pairs[-1] = (pairs[-1][0], line.strip())
        else:
            pairs.append(("", line))
    return pairs


def _column_heads(cells: list[Unit]) -> dict[int | None, list[Unit]]:
    """The header row's units of each column, in order (a cell may be read as several units)."""
    heads: dict[int | None, list[Unit]] = {}
    for c in cells:
        if c.block.location.row == 1:
            heads.setdefault(c.block.location.column, []).append(c)
    return heads


def _block_texts(units: list[Unit]) -> str:
    """The text of the blocks behind `units`, each block once."""
    seen: dict[int, str] = {}
    for u in units:
        seen.setdefault(id(u.block), u.block.text)
    return "\n".join(seen.values())


def _same_name(name: str, named: str) -> bool:
    """Whether a written name is the one a 'Naam:' line gave ('L. Mertensma' in 'mevr. L. Mertensma
    (ouder/verzorger)'; not 'Evi Mertensma', not 'Anja de Boer' for 'Anja Mertensma')."""
    return norm(name).strip(" .") in norm(named)


def image_in_row(region: list[Unit], cells: list[Unit]) -> bool:
    """Whether an image stands in this table row (a signature pasted in its cell)."""
    return any(u.kind is BlockKind.IMAGE and u.page == cells[0].page and _near(u, cells) for u in region)


def _near(img: Unit, cells: list[Unit]) -> bool:
    """Whether an image is in this row: on its printed line where lines are known (a PDF), else right
    before or after its cells."""
    loc = img.block.location
    if loc.table is not None and loc.row is not None:  # an image inside a table cell (DOCX, ODT)
        return any((c.block.location.table, c.block.location.row) == (loc.table, loc.row) for c in cells)
    line = loc.line
    lines = {c.block.location.line for c in cells} - {None}
    if line is not None and lines:
        return img.page == cells[0].page and line in lines
    idx = [c.index for c in cells]
    return min(idx) - 1 <= img.index <= max(idx) + 1


def _header_on_page_before(first: Unit, region: list[Unit]) -> dict[int | None, str]:
    """The header row of a signature table that began on the page before and runs on without
    repeating it (its rows numbered on): 'Rol | Naam | Datum | Handtekening' on page 2, the parents'
    rows on page 3."""
    loc = first.block.location
    if (loc.row or 0) <= 1:
        return {}
    return {
        c.block.location.column: c.norm
        for c in region
        if c.kind is BlockKind.TABLE_CELL
        and c.page == first.page - 1
        and c.block.location.table == loc.table
        and c.block.location.row == 1
    }


def _signed_for_them(value: str, pats: ConsentVocabulary) -> bool:
    """A signature made for the parents by someone of the school or another professional ('namens ouders
    getekend door J. de Wit (intern begeleider)'): not theirs."""
    return any_match(pats["on_behalf"], value) and SCHOOL in parties_named(value, pats)


NOTE_WORDS = 8  # a cell this long is a note that tells what happened, not a short answer ('Akkoord')


def is_note(cell: Unit) -> bool:
    """Whether a cell holds a note: one running line of more than NOTE_WORDS words, not a block of fields
    ('Naam: ...') nor a short answer ('Akkoord')."""
    return len((cell.value or cell.norm).split()) > NOTE_WORDS and "\n" not in cell.text.strip()
