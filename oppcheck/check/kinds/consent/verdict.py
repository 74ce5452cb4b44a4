"""The consent verdict: an ordered table, first match wins. It mirrors the README's consent paragraph:

consent counts only when the consenting party (the parents; in vso the adult pupil) agreed, signed or
stated, with a date. Refused, partial, 'voor gezien', 'onder protest', an unticked box or an open
choice is not consent; school signatures alone, a blank signature place or a missing date is not
either. An image or pen stroke in the parents' signature place, beside their name and a date, is a
signature; without a name, or on a scan, it is for a person to check. A signature from half a year
before the plan was set was given to an earlier plan; from well before it, a person asks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ....findings import INCOMPLETE, PRESENT, UNCLEAR
from ....model import BlockKind
from ...context import Context
from ...units import Unit
from .region import PARENT, PUPIL, SCHOOL
from .slots import Slot
from .statements import Statements


@dataclass
class Facts:
    """What the verdict reads: the statements, every slot, and the consenting party's slots."""

    said: Statements
    parties: set[str]  # who consents: the parents, or the adult pupil
    all_slots: list[Slot]
    slots: list[Slot]  # the consenting party's
    signed: list[Slot]  # of those: signed, or named where no signature place was given
    dated: list[Slot]  # of those signed: dated
    set_on: dt.date | None = None  # when the plan was first set
    decided: dt.date | None = None  # when it was last set or revised
    of_age: bool = False  # a vso pupil 18 or older by his date of birth, not said to decide himself

    @classmethod
    def of(cls, slots: list[Slot], said: Statements, ctx: Context) -> Facts:
        parties = consenting_parties(ctx)
        own = [s for s in slots if s.party in parties]
        # An image or pen stroke in a signature place that also names its signer is a signature; a
        # name beside a place that only says '(handtekening)' is not.
        signed = [s for s in own if s.signed or (s.named and (s.signed is None or s.image) and not s.mentioned)]
        # A date elsewhere in the consent part counts only when nobody else signed and no date place
        # next to the signature was left blank.
        # (A party heading that is no signature place, 'Instemming ouders', does not count as someone.)
        places = [s for s in slots if s.signed is not None or s.named]
        alone = len(signed) == 1 and places == signed and not signed[0].date_blank
        dated = [s for s in signed if s.dated] or ([signed[0]] if said.region_dated and alone else [])
        return cls(said, parties, slots, own, signed, dated, ctx.first_plan_date, ctx.decision_date, ctx.of_age)


def consenting_parties(ctx: Context) -> set[str]:
    """The parents; for a pupil who is meerderjarig en handelingsbekwaam, the pupil himself (WEC art.
    41a lid 2): a parent's signature does not stand in for his."""
    return {PUPIL} if ctx.adult_pupil else {PARENT}


def _refused(f: Facts) -> Unit | None:
    refusal = _refusal(f)
    return _refusal_holds(refusal, f) if refusal else None


def _refusal(f: Facts) -> tuple[str, Unit] | None:
    """The refusal that counts, as (kind, unit): the first one, but one said for a party that does not
    consent ('Gezien door ouders:' over an adult pupil's own signature) gives way to one said after it."""
    said = f.said
    if said.refusal is None:
        return None
    for reason, unit, party in [(*said.refusal, said.refusal_party), *said.later_refusals]:
        if not (reason == "seen_only" and party is not None and party not in f.parties):
            return reason, unit
    return None


def _refusal_holds(refusal: tuple[str, Unit], f: Facts) -> Unit | None:
    if refusal[0] == "seen_only":
        # 'Gezien' on another part (the perspectiefdeel) does not undo a signed, dated 'akkoord', and a
        # minor pupil or the school signing 'gezien' says nothing about the parents' consent.
        if any(s.agreed and s.dated for s in f.signed):
            return None
        # Two-part signing: 'gezien' in one part (A, under its own heading or in its own signature table)
        # and a dated signature without it in another (the handelingsdeel's own).
        if any(s.dated and not s.seen and _apart(refusal[1], s, f) for s in f.signed):
            return None
        # 'Voor gezien' in one signer's own row ('Pleegouder (voor gezien)') beside another consenting
        # signer's dated signature without it (the voogd's): that row's signer only saw the plan.
        seen = refusal[1]
        if seen.kind is BlockKind.TABLE_CELL and any(x.unit is seen and x.seen for x in f.all_slots):
            table = _table_of(seen, f.said.units)
            if any(
                s.dated and not s.seen and s.unit is not seen and _table_of(s.unit, f.said.units) == table
                for s in f.signed
            ):
                return None
    return refusal[1]


def _apart(seen: Unit, slot: Slot, f: Facts) -> bool:
    """Whether a 'gezien' and a signature stand in different parts: the 'gezien' under an earlier heading
    than a signature that agrees ('Onderdeel A en B' / 'Instemming ouders met onderdeel C' with its
    ticked 'akkoord'; not a 'Voor gezien.' after the signature, nor a later signature that agrees to
    nothing), or in two signature tables."""
    region, signed = f.said.units, slot.unit
    ticked = f.said.agree_checked
    agrees = slot.agreed or (ticked is not None and ticked.index > seen.index)
    if (
        agrees
        and seen.index < signed.index
        and any(u.kind is BlockKind.HEADING and seen.index < u.index <= signed.index for u in region)
    ):
        return True
    seen_in = _table_of(seen, region)
    return seen_in is not None and _another_table(_table_of(signed, region), seen_in, region)


def _another_table(table: tuple | None, seen_in: tuple, region: list[Unit]) -> bool:
    """Whether `table` is a signature table apart from `seen_in`: not the same one, nor its rows
    continued on the next page (nothing but table cells between the two)."""
    if table is None or table == seen_in:
        return False
    if table[0] is None or seen_in[0] is None:
        return True  # a document without pages: another table is another table
    keys = [_table_of(u, region) if u.kind in (BlockKind.TABLE_CELL, BlockKind.IMAGE) else None for u in region]
    first, second = sorted((seen_in, table))
    last = max((i for i, k in enumerate(keys) if k == first), default=None)
    start = next((i for i, k in enumerate(keys) if k == second), None)
    if last is None or start is None or second[0] != first[0] + 1:
        return True
    return any(keys[i] is None for i in range(last + 1, start))


# Units from a lead-in paragraph to the first cell of its table that is in the consent part (a header
# row may lie between).
LEAD_IN_REACH = 12


def _table_of(u: Unit, region: list[Unit]) -> tuple | None:
    """The table a unit is a cell of, or that it leads into (a paragraph right above the table:
    'Ouders tekenen voor gezien.' over part A's signature table)."""
    if u.kind is not BlockKind.TABLE_CELL:
        after = [x for x in region if x.index > u.index][:1]
        if not after or after[0].kind is not BlockKind.TABLE_CELL or after[0].index - u.index > LEAD_IN_REACH:
            return None
        u = after[0]
    loc = u.block.location
    return (u.page, loc.table) if loc.table is not None else None


def _unticked(f: Facts) -> Unit | None:
    s = f.said
    return s.agree_unchecked if s.agree_unchecked and not s.agree_checked and not s.agreed_statement else None


def _open_choice(f: Facts) -> Unit | None:
    s = f.said
    return s.choice_open if s.choice_open and not s.agree_checked and not s.agreed_statement else None


# Parents often sign at the meeting and the school sets the plan some weeks later (after a summer, two
# months later). A signature from half a year before the plan was first set was given to an earlier
# plan; one from well before it may have been: a person asks. A plan revised after the parents signed
# needs their consent again only if its handelingsdeel changed: the report says so.
EARLIER_PLAN_DAYS = 183
WELL_BEFORE_DAYS = 42


def _signed_before(f: Facts, day: dt.date | None, days: int) -> Unit | None:
    """Signed, but every date given with the signature lies more than `days` before `day`."""
    dates = [d for s in f.dated for d in s.dates]
    if day is None or not dates or max(dates) >= day - dt.timedelta(days=days):
        return None
    return next(s.date_unit or s.unit for s in f.dated if max(dates) in s.dates)


def _signed_for_earlier_plan(f: Facts) -> Unit | None:
    return _signed_before(f, f.set_on, EARLIER_PLAN_DAYS)


def _signed_well_before(f: Facts) -> Unit | None:
    return _signed_before(f, f.set_on, WELL_BEFORE_DAYS)


def _signed_before_revision(f: Facts) -> Unit | None:
    if f.decided is None or f.set_on is None or f.decided <= f.set_on:
        return None
    return _signed_before(f, f.decided, WELL_BEFORE_DAYS)


def _stated_before(f: Facts, days: int) -> Unit | None:
    """Consent stated with a date, every date of it more than `days` before the plan was first set."""
    s = f.said
    if s.agreed_statement is None or not s.agreed_dates or f.set_on is None:
        return None
    since = f.set_on - dt.timedelta(days=days)
    if any(d >= since for slot in f.dated for d in slot.dates):
        return None  # signed for this plan ('Curator | mw. R. Rijpma | 18-11-2025'); the sentence's date is another's
    return s.agreed_statement if max(s.agreed_dates) < since else None


def _stated_for_earlier_plan(f: Facts) -> Unit | None:
    return _stated_before(f, EARLIER_PLAN_DAYS)


def _stated_well_before(f: Facts) -> Unit | None:
    return _stated_before(f, WELL_BEFORE_DAYS)


def _stated(f: Facts) -> Unit | None:
    s = f.said
    # Over signature places all left blank, a statement is the form's printed text; but places of an
    # earlier part (part A's 'Handtekening: [handtekening]') say nothing of a record that gives its own
    # date in part C ('Digitaal ondertekend voor akkoord ... op 17-10-2025').
    own_part = f.slots
    if s.agreed_statement is not None and s.agreed_on_its_date:
        own_part = _in_part_of(s.agreed_statement, f.slots, s.units)
    blank_only = bool(own_part) and all((x.signed is False or x.mentioned) and not x.named for x in own_part)
    dated = s.agreed_dated or any(x.dated for x in f.signed)
    if s.agreed_by and not s.agreed_by & f.parties:
        # 'Ouders gaan akkoord' where the adult pupil consents himself; 'heeft de leerkracht ingestemd'.
        return None
    return s.agreed_statement if s.agreed_statement and dated and not blank_only else None


def _in_part_of(statement: Unit, slots: list[Slot], region: list[Unit]) -> list[Slot]:
    """The slots from the heading over `statement` on: those of its own part of the consent region."""
    heading = max((u.index for u in region if u.kind is BlockKind.HEADING and u.index <= statement.index), default=-1)
    return [x for x in slots if x.unit.index >= heading]


def _support_part_blank(f: Facts) -> Unit | None:
    """The parents signed another part, but their place under the handelingsdeel is blank."""
    return f.said.support_part_blank if PARENT in f.parties else None


def _image_undated(f: Facts) -> Unit | None:
    """An image where the signature goes, but the date beside it left blank: that much can be read."""
    if f.signed:
        return None
    return next((s.unit for s in f.slots if s.image and s.date_blank and not s.dated), None)


def _image_only(f: Facts) -> Unit | None:
    if f.signed or any(s.signed is False and s.named and not s.image for s in f.slots):
        return None  # the parents' own named places are blank: an unnamed image elsewhere is not theirs
    return next((s.unit for s in f.slots if s.image), None)


def _parent_for_adult(f: Facts) -> Unit | None:
    """A parent signed for a pupil who decides himself, and the pupil did not."""
    if PUPIL not in f.parties or f.signed:
        return None
    return next((s.unit for s in f.all_slots if s.party == PARENT and (s.signed or s.named)), None)


def _second_place_blank(f: Facts) -> Unit | None:
    """One parent signed, but another parent's place beside it (in the same signature table, or among
    the signature lines), that names who signs there (a second parent with gezag, a voogd), is left
    blank, signature and date: whether all who must consent agree is for a person to check. (Not an
    unnamed second line, 'Ouder/verzorger 2 | |'.)"""
    if PARENT not in f.parties or not f.signed:
        return None
    tables = {_table_of(s.unit, f.said.units) for s in f.signed}
    for s in f.slots:
        if s.party != PARENT or s.signed is not False or s.dated or not s.date_blank or s.image or s in f.signed:
            continue
        table = _table_of(s.unit, f.said.units)
        # (In a table, its row names who signs there; as a line, 'Vader: dhr. J. Oosterhout  Handtekening: ....')
        if table in tables and (s.row_names if table is not None else s.named):
            return s.unit
    return None


def _pupil_of_age(f: Facts) -> Unit | None:
    """Only the parents signed for a vso pupil who was 18 or older by his date of birth, of whom the plan
    does not say whether he is handelingsbekwaam: if he is, he consents himself (a person checks)."""
    if not f.of_age or any(s.party == PUPIL and (s.signed or s.named) for s in f.all_slots):
        return None
    return f.signed[0].unit if f.signed else None


def _blank(f: Facts) -> Unit | None:
    return next((s.unit for s in f.slots if s.signed is False), None) if not f.signed else None


def _mentioned(f: Facts) -> Unit | None:
    """Only '(handtekening)' where the parents sign, beside their date: whether they signed cannot be seen."""
    return next((s.unit for s in f.slots if s.mentioned and s.dated), None) if not f.signed else None


def _unsure(f: Facts) -> Unit | None:
    """Something under a signature column whose header stands on the page before: the table may have
    been joined to another one, so whether it is the parents' signature is for a person to check."""
    return next((s.unit for s in f.slots if s.unsure and s.dated), None) if not f.signed else None


def _name_below(f: Facts) -> Unit | None:
    """A name and a date printed under the parents' signature place, nothing in the place itself: whether
    they signed on paper or the school typed their name in advance is for a person to check."""
    if f.signed:
        return None
    return next((s.unit for s in f.slots if s.name_below and s.dated), None)


def _school_only(f: Facts) -> Unit | None:
    school = next((s.unit for s in f.all_slots if s.party == SCHOOL and (s.signed or s.named)), None)
    return school if not f.signed else None


def _box_without_signature(f: Facts) -> Unit | None:
    return f.said.agree_checked if not f.signed else None


def _nothing_signed(f: Facts) -> Unit | bool | None:
    return True if not f.signed else None


def _undated(f: Facts) -> Unit | None:
    return f.signed[0].unit if not f.dated else None


def _dated_image(f: Facts) -> Unit | None:
    slot = f.dated[0]
    return slot.unit if slot.image and not slot.named and not slot.signed else None


def _signed_image(f: Facts) -> Unit | None:
    slot = f.dated[0]
    return slot.unit if slot.image and not slot.signed and not f.said.agree_checked else None


def _boxes_unattributed(f: Facts) -> Unit | None:
    """Signed and dated, but the ticked box of the printed choice cannot be told: agree or disagree."""
    return f.said.boxes_unattributed


def _options_unmarked(f: Facts) -> Unit | None:
    """Signed and dated under two printed options, agree and disagree, neither marked in the text."""
    return f.said.options_unmarked if not f.said.agree_checked and not f.said.agreed_statement else None


def _signed(f: Facts) -> Unit | None:
    return f.said.agree_checked or f.dated[0].unit


Test = Callable[[Facts], "Unit | bool | None"]
# (test, status, reason, whether it rests on seeing a signature): the first test that returns a unit
# (or True: no unit to show) decides. On a scanned consent part a signature (and its date) cannot be
# seen, so what rests on seeing one is `unclear`: only what the text itself says (a refusal) stands; an
# open choice may have been ticked or struck out in ink.
VERDICTS: tuple[tuple[Test, str, str, bool], ...] = (
    (_refused, INCOMPLETE, "refusal", False),  # reason: the kind of refusal (seen_only, protest, ...)
    (_unticked, INCOMPLETE, "unticked", True),
    (_open_choice, INCOMPLETE, "choice_open", True),  # on a scan, a choice may be ticked in ink
    (_signed_for_earlier_plan, INCOMPLETE, "signed_before_plan", True),
    (_signed_well_before, UNCLEAR, "signed_well_before", True),
    (_stated_for_earlier_plan, INCOMPLETE, "stated_before_plan", True),
    (_stated_well_before, UNCLEAR, "stated_well_before", True),
    (_support_part_blank, INCOMPLETE, "blank_signature", True),
    # (Before a printed 'Ouders stemmen in': who must sign is still the question.)
    (_second_place_blank, UNCLEAR, "second_place_blank", True),
    (_pupil_of_age, UNCLEAR, "pupil_of_age", True),
    (_stated, PRESENT, "consent_stated", True),
    (_image_undated, INCOMPLETE, "no_date", True),
    (_image_only, UNCLEAR, "signature_image", False),
    (_parent_for_adult, INCOMPLETE, "adult_parent_only", True),
    (_mentioned, UNCLEAR, "signature_mentioned", False),
    (_unsure, UNCLEAR, "signature_continued", False),
    (_name_below, UNCLEAR, "signature_name_below", True),
    (_blank, INCOMPLETE, "blank_signature", True),
    (_school_only, INCOMPLETE, "school_only", True),
    (_box_without_signature, INCOMPLETE, "no_signature", True),
    (_nothing_signed, INCOMPLETE, "no_consent", True),
    (_undated, INCOMPLETE, "no_date", True),
    (_dated_image, UNCLEAR, "signature_image", False),
    (_boxes_unattributed, UNCLEAR, "boxes_unattributed", False),
    (_options_unmarked, UNCLEAR, "options_unmarked", False),
    (_signed_before_revision, PRESENT, "signed_before_revision", True),
    (_signed_image, PRESENT, "consent_signed_image", True),
    (_signed, PRESENT, "consent_signed", True),
)


def decide(f: Facts) -> tuple[str, str, Unit | None]:
    """(status, reason, the unit that shows it) by the first row of VERDICTS that applies."""
    for test, status, reason, needs_sight in VERDICTS:
        hit = test(f)
        if hit is None:
            continue
        unit = hit if isinstance(hit, Unit) else None
        if reason == "refusal":
            reason = _refusal(f)[0]
        if needs_sight and f.said.ocr:
            # A signature read from a scan cannot be verified: a person must look.
            return UNCLEAR, "scan_signature", unit
        return status, reason, unit
    raise AssertionError("the last verdict always applies")
