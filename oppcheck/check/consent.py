"""The named check for consent to the support part (instemming_ouders).

Consent is `present` only when the consenting party (the parents; in vso the adult pupil) agreed,
signed or stated, with a date, and nothing in the consent part refuses, limits or only 'sees' it.
An unticked box, a blank signature line, an unsigned signature field or school-only signatures are
`incomplete`; a signature that is only an image (wet ink, a scan) is `unclear`. All vocabulary comes
from the rule's `consent` section in the rule set.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..findings import INCOMPLETE, MISSING, PRESENT, UNCLEAR
from ..model import BlockKind, Source
from ..ruleset import Rule, RuleSet
from ..text import mixed_script_words, norm
from .content import Judgement, substantive_words
from .context import Context
from .dates import has_date
from .sections import Anchor
from .units import Unit

# Sentence ends, but not after initials ('K. van den Berg') or abbreviations ('d.d.').
_SENTENCES = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[A-Z0-9\"'“])|(?<=[!?])\s+|\n+")
PARENT, PUPIL, SCHOOL = "parent", "pupil", "school"
REGION_LIMIT = 40
OPTION_WORDS = 3  # 'Niet akkoord' printed beside a form box is an option, not a statement


@dataclass
class Slot:
    """A place where one party signs: a signature field, a signature line or a table row."""

    party: str
    unit: Unit
    signed: bool | None = None  # True signed, False blank/unsigned, None no signature slot seen
    named: bool = False
    dated: bool = False
    image: bool = False
    date_blank: bool = False
    agreed: bool = False  # the signature line or row itself says 'akkoord'


@dataclass
class Findings:
    slots: list[Slot] = field(default_factory=list)
    refusal: tuple[str, Unit] | None = None
    choice_open: Unit | None = None
    agree_checked: Unit | None = None
    agree_unchecked: Unit | None = None
    agreed_statement: Unit | None = None
    agreed_dated: bool = False
    region_dated: bool = False
    agree_seen: bool = False
    ocr: bool = False
    units: list[Unit] = field(default_factory=list)


def check_consent(rule: Rule, ruleset: RuleSet, units: list[Unit], anchors: list[Anchor], ctx: Context,
                  others: set[int] = frozenset()) -> Judgement:
    """Judge the consent element from its anchors and every consent-like box or signature field.
    `others` are the units where other elements' sections start."""
    pats = rule.consent_res
    region = consent_region(units, anchors, pats, others)
    if not region:
        return Judgement(MISSING, "not_found")
    f = _collect(region, units, pats, ruleset, rule)
    first = anchors[0] if anchors else None
    parties = _consenting_parties(f, ctx)
    slots = [s for s in f.slots if s.party in parties]

    def verdict(status: str, reason: str, unit: Unit | None) -> Judgement:
        shown = [unit] if unit else region[:1]
        quote = unit.text if unit else region[0].text
        return Judgement(status, reason, first, shown, quote)

    signed = [s for s in slots if s.signed or (s.named and s.signed is None)]
    if f.refusal and not (f.refusal[0] == "seen_only" and any(s.agreed and s.dated for s in signed)):
        # 'Gezien' on another part (the perspectiefdeel) does not undo a signed, dated 'akkoord'.
        return verdict(INCOMPLETE, f.refusal[0], f.refusal[1])
    if f.agree_unchecked and not f.agree_checked and not f.agreed_statement:
        return verdict(INCOMPLETE, "unticked", f.agree_unchecked)
    if f.choice_open and not f.agree_checked and not f.agreed_statement:
        return verdict(INCOMPLETE, "choice_open", f.choice_open)
    # Signed: a filled signature (field, line or 'w.g.'), or a typed name where no signature place is
    # given. A blank signature place is not rescued by a name next to it.
    if f.agreed_statement and (f.agreed_dated or any(s.dated for s in signed)) and not _blank_only(slots):
        return _maybe_scan(f, verdict(PRESENT, "consent_stated", f.agreed_statement))
    if not signed:
        images = [s for s in slots if s.image]
        if images:
            return verdict(UNCLEAR, "signature_image", images[0].unit)
        blank = [s for s in slots if s.signed is False]
        if blank:
            return verdict(INCOMPLETE, "blank_signature", blank[0].unit)
        school = [s for s in f.slots if s.party == SCHOOL and (s.signed or s.named)]
        if school:
            return verdict(INCOMPLETE, "school_only", school[0].unit)
        if f.agree_checked:
            return verdict(INCOMPLETE, "no_signature", f.agree_checked)
        return verdict(INCOMPLETE, "no_consent", None)
    # A date elsewhere in the consent part counts only when nobody else signed and no date place
    # next to the signature was left blank.
    alone = len(f.slots) == 1 and not signed[0].date_blank
    dated = [s for s in signed if s.dated] or ([signed[0]] if f.region_dated and alone else [])
    if not dated:
        return verdict(INCOMPLETE, "no_date", signed[0].unit)
    slot = dated[0]
    if slot.image and not slot.named and not slot.signed:
        return verdict(UNCLEAR, "signature_image", slot.unit)
    return _maybe_scan(f, verdict(PRESENT, "consent_signed", f.agree_checked or slot.unit))


def _maybe_scan(f: Findings, judgement: Judgement) -> Judgement:
    """A signature read from a scan cannot be verified: a person must look."""
    judgement = unless_mixed_scripts(f.units, judgement)
    if f.ocr:
        return Judgement(UNCLEAR, "scan_signature", judgement.anchor, judgement.shown, judgement.quote)
    return judgement


def unless_mixed_scripts(region: list[Unit], judgement: Judgement) -> Judgement:
    """Consent found, but a word of the consent part mixes Latin letters with look-alikes from another
    script ('niet' with a Cyrillic 'і'): someone may have hidden a refusal, so `unclear`."""
    for unit in region:
        words = mixed_script_words(unit.text)
        if words and judgement.status == PRESENT:
            return Judgement(UNCLEAR, "mixed_script", judgement.anchor, [unit], unit.text)
    return judgement


def _blank_only(slots: list[Slot]) -> bool:
    return bool(slots) and all(s.signed is False and not s.named for s in slots)


def _consenting_parties(f: Findings, ctx: Context) -> set[str]:
    if ctx.adult_pupil:
        has_pupil_slot = any(s.party == PUPIL for s in f.slots)
        return {PUPIL} if has_pupil_slot else {PUPIL, PARENT}
    return {PARENT}


def consent_region(units: list[Unit], anchors: list[Anchor], pats: dict, others: set[int] = frozenset()) -> list[Unit]:
    """The consent part: from each consent anchor up to the next heading or another element's anchor
    (signature lines are label lines, so the consent part runs on past them), plus consent boxes and
    signature fields anywhere."""
    picked: dict[int, Unit] = {}
    for a in anchors:
        picked[a.unit.index] = a.unit
        for u in a.content:
            picked[u.index] = u
        if a.how == "phrase":
            continue
        for u in units[a.unit.index + 1 : a.unit.index + 1 + REGION_LIMIT]:
            if u.index in others or (u.kind is BlockKind.HEADING and u.index not in picked):
                break
            picked[u.index] = u
    for u in units:
        if u.toc:
            continue
        if u.kind is BlockKind.SIGNATURE:
            picked[u.index] = u
        elif u.kind is BlockKind.CHECKBOX and any_match(pats["box"], u.norm):
            picked[u.index] = u  # a consent box outside the consent part ('ja'/'nee' boxes are not)
    # Table rows that hold a party and a signature belong to it too.
    rows = _rows(units)
    for cells in rows.values():
        text = " ".join(c.norm for c in cells)
        if any_match(pats["signature"], text) and (any_match(pats["parent"], text) or any_match(pats["pupil"], text)):
            for c in cells:
                picked[c.index] = c
    return [picked[i] for i in sorted(picked)]


def _rows(units: list[Unit]) -> dict[tuple, list[Unit]]:
    rows: dict[tuple, list[Unit]] = defaultdict(list)
    for u in units:
        loc = u.block.location
        if u.kind is BlockKind.TABLE_CELL and loc.row is not None:
            rows[(loc.page, loc.table, loc.row)].append(u)
    return rows


def any_match(pats: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in pats)


def _party(text: str, pats: dict) -> str | None:
    found = [p for p, key in ((PARENT, "parent"), (PUPIL, "pupil"), (SCHOOL, "school")) if any_match(pats[key], text)]
    if PARENT in found:
        return PARENT
    return found[0] if found else None


def _refusal_reason(text: str) -> str:
    if re.search(r"gezien|kennis genomen", text):
        return "seen_only"
    if "protest" in text:
        return "protest"
    if re.search(r"uitzondering|behalve|gedeeltelijk|deels|uitgezonderd|voorbehoud", text):
        return "partial"
    return "refused"


def _collect(region: list[Unit], units: list[Unit], pats: dict, ruleset: RuleSet, rule: Rule) -> Findings:
    f = Findings(units=region)
    f.agree_seen = any(any_match(pats["agree"], u.norm) for u in region)
    current: Slot | None = None
    rows = _rows(region)
    done_rows: set[tuple] = set()
    done_tables: set[tuple] = set()
    for u in region:
        if u.block.source is Source.OCR:
            f.ocr = True
        kind = u.kind
        if kind is BlockKind.SIGNATURE:
            party = _party(u.label or "", pats)
            if party is None and current is not None and current.party != SCHOOL and not current.signed:
                # An unnamed signature field right after "Handtekening ouder(s)" belongs to that line.
                current.signed = bool(u.block.signed)
                current.dated = current.dated or bool(u.block.signed_date)
                continue
            slot = Slot(party or "unknown", u, signed=bool(u.block.signed), dated=bool(u.block.signed_date))
            f.slots.append(slot)
            current = slot
            continue
        if kind is BlockKind.CHECKBOX:
            pos = region.index(u)
            before = region[pos - 1] if pos > 0 else None
            after = region[pos + 1] if pos + 1 < len(region) else None
            _checkbox(u, pats, f, (before, after))
            continue
        if kind is BlockKind.IMAGE:
            if current is not None and current.party != SCHOOL:
                current.image = True
            continue
        loc = u.block.location
        if kind is BlockKind.TABLE_CELL and (loc.page, loc.table) not in done_tables:
            done_tables.add((loc.page, loc.table))
            table = [c for c in region if c.kind is BlockKind.TABLE_CELL
                     and (c.page, c.block.location.table) == (loc.page, loc.table)]
            columns = _column_slots(table, pats, ruleset, rule)
            if columns is not None:
                f.slots.extend(columns)
                done_rows.update(k for k in rows if k[:2] == (loc.page, loc.table))
        if kind is BlockKind.TABLE_CELL and (loc.page, loc.table, loc.row) in rows:
            key = (loc.page, loc.table, loc.row)
            if key not in done_rows:
                done_rows.add(key)
                slot = _row_slot(rows[key], region, pats, ruleset, rule)
                if slot:
                    f.slots.append(slot)
                    current = slot
                _statements(" ".join(c.text for c in rows[key]), rows[key][0], pats, f)
            continue
        current = _line(u, current, pats, f, ruleset, rule)
        _statements(u.text, u, pats, f)
    f.region_dated = any(has_date(u.text) for u in region)
    return f


def _checkbox(u: Unit, pats: dict, f: Findings, neighbours: tuple[Unit | None, Unit | None]) -> None:
    text = u.norm
    if not text:
        # A box whose label landed on the line before or after it (a wrapped PDF line).
        text = " ".join(n.norm.split(":")[0] for n in neighbours if n is not None and n.kind is not BlockKind.CHECKBOX)
    refuse = any_match(pats["refuse"], text)
    agree = any_match(pats["agree"], text) and not refuse
    if u.checked and refuse and f.refusal is None:
        f.refusal = (_refusal_reason(u.norm), u)
    elif u.checked and agree:
        f.agree_checked = f.agree_checked or u
    elif agree and not u.checked:
        f.agree_unchecked = f.agree_unchecked or u


def _statements(text: str, u: Unit, pats: dict, f: Findings) -> None:
    """Refusals, open choices ('wel/niet akkoord') and consent stated in so many words."""
    for sentence in _SENTENCES.split(text):
        s = norm(sentence)
        if not s or any_match(pats["conditional"], s):
            continue
        if any_match(pats["choice"], s):
            f.choice_open = f.choice_open or u
            continue
        if any_match(pats["refuse"], s):
            # A short 'niet akkoord' is a printed option; 'ondertekend onder protest' says what was signed.
            if f.refusal is None and (len(s.split()) > OPTION_WORDS or any_match(pats["signature"], s)):
                f.refusal = (_refusal_reason(s), u)
            continue
        if any_match(pats["agreed"], s):
            f.agreed_statement = f.agreed_statement or u
            f.agreed_dated = f.agreed_dated or has_date(sentence) or has_date(text)


def _says_agree(text: str, pats: dict) -> bool:
    return any_match(pats["agree"], text) and not any_match(pats["refuse"], text)


_NAME_TOKEN = re.compile(r"(?<![\w.])(?:[A-Z]\.|[A-Z][^\W\d_]{1,}(?:['’-][^\W\d_]+)?)")
_NOT_NAMES = frozenset(
    "akkoord niet gezien handtekening datum naam namen ouder ouders verzorger verzorgers moeder vader leerling"
    " school directeur directie mentor voor met het de van en wij we ik zij ja nee getekend ondertekend"
    " instemming handelingsdeel opp plan ontwikkelingsperspectief w.g".split()
)


def _names_someone(text: str) -> bool:
    """A written name ('P. de Graaf', 'Jansen'): a capitalised word that is not the form's own vocabulary
    ('Ouders: akkoord met het handelingsdeel' names no one)."""
    return any(t.rstrip(".").lower() not in _NOT_NAMES for t in _NAME_TOKEN.findall(text))


def _named(value: str, pats: dict, ruleset: RuleSet, rule: Rule) -> bool:
    return _value_filled(value, pats, ruleset, rule) and _names_someone(value)


def _value_filled(text: str, pats: dict, ruleset: RuleSet, rule: Rule) -> bool:
    """Whether a signature or name slot holds something real, not a blank line or a placeholder."""
    t = norm(text)
    for key in ("parent", "pupil", "school", "signature", "name_only", "date_label"):
        for p in pats[key]:
            t = p.sub(" ", t)
    t = re.sub(r"\d{1,4}[-./ ]\d{1,2}[-./ ]\d{2,4}", " ", t)
    words, _ = substantive_words(t, ruleset, rule)
    return bool(words)


def _line(u: Unit, current: Slot | None, pats: dict, f: Findings, ruleset: RuleSet, rule: Rule) -> Slot | None:
    """A signature or name line ('Handtekening ouder(s): ....', 'Datum: 12-10-2025'), or a party heading."""
    label = u.label or ""
    party = _party(label, pats) if label else None
    is_sig = any_match(pats["signature"], label)
    is_name = any_match(pats["name_only"], label)
    is_date = any_match(pats["date_label"], label)
    if party and not (is_sig or is_name or is_date) and (u.headingish or u.value):
        # A party heading ('Ouder(s)/verzorger(s)') or a party line with a name ('Ouder: P. Jansen').
        value = u.value or ""
        slot = Slot(party, u, named=bool(value) and _named(value, pats, ruleset, rule),
                    signed=True if any_match(pats["signed"], norm(value)) else None, dated=has_date(value),
                    agreed=_says_agree(u.norm, pats))
        f.slots.append(slot)
        return slot
    if u.kind is BlockKind.HEADING or (u.headingish and not u.value and not party):
        return current  # 'Handtekeningen' names the part; it is no signature place itself
    if not (is_sig or is_name or is_date):
        row_party = _party(u.norm, pats)
        if row_party and any_match(pats["signed"], u.norm) and len(u.norm.split()) <= 24:
            # A signature row printed as one line: 'Ouder 1 (akkoord) R. de Boer 31 jan. 2026 (getekend)'.
            slot = Slot(row_party, u, signed=any_match(pats["signed"], u.norm) or None,
                        named=_named(u.text, pats, ruleset, rule), dated=has_date(u.text),
                        agreed=_says_agree(u.norm, pats))
            f.slots.append(slot)
            return slot
        if party is None and len(u.norm.split()) <= 6:
            party = _party(u.norm, pats)
            if party:
                slot = Slot(party, u)
                f.slots.append(slot)
                return slot
        return current
    slot = current
    if party is None and u.value:
        party = _party(u.value, pats) if _party(u.value, pats) == SCHOOL else None
    if party and (slot is None or slot.party != party or (is_sig and slot.signed is not None)):
        slot = Slot(party, u)
        f.slots.append(slot)
    if slot is None:
        if not f.agree_seen:
            return None
        # A bare 'Naam:' / 'Handtekening:' line in a consent part that asks for agreement: the
        # person agreeing is the consenting party.
        slot = Slot(PARENT, u)
        f.slots.append(slot)
    value = u.value
    if is_sig:
        filled = _value_filled(value, pats, ruleset, rule) or any_match(pats["signed"], u.norm)
        slot.signed = bool(slot.signed) or filled
        slot.agreed = slot.agreed or (filled and _says_agree(norm(value), pats))  # 'w.g. H. Jansen (akkoord)'
        if has_date(value):
            slot.dated = True
    elif is_name:
        slot.named = slot.named or _named(value, pats, ruleset, rule)
    if is_date or has_date(value):
        slot.dated = slot.dated or has_date(value)
        slot.date_blank = slot.date_blank or (is_date and not has_date(value))
    return slot


def _row_slot(cells: list[Unit], region: list[Unit], pats: dict, ruleset: RuleSet, rule: Rule) -> Slot | None:
    """A signature table row: who (party cell), and whether its signature/name cell and date are filled."""
    text = " ".join(c.norm for c in cells)
    party = _party(text, pats)
    if not party:
        return None
    slot = Slot(party, cells[0], agreed=_says_agree(text, pats))
    table_cells = [c for c in region if c.kind is BlockKind.TABLE_CELL
                   and c.block.location.table == cells[0].block.location.table and c.page == cells[0].page]
    headers = {c.block.location.column: c.norm for c in table_cells if c.block.location.row == 1}
    has_sig_column = any(any_match(pats["signature"], h) for h in headers.values())
    for c in cells:
        col = c.block.location.column
        header = headers.get(col, "") if c.block.location.row != 1 else ""
        is_label_cell = col == 1 and (_party(c.norm, pats) or any_match(pats["signature"], c.norm)) and not c.value
        if has_date(c.text):
            slot.dated = True
        if c.value:  # "Handtekening ouder: J. Jansen" in one cell
            if _named(c.value, pats, ruleset, rule):
                slot.named = True
                slot.signed = True if any_match(pats["signature"], c.label or "") else slot.signed
            elif any_match(pats["signature"], c.label or ""):
                slot.signed = bool(slot.signed)
            continue
        if is_label_cell:
            if any_match(pats["signature"], c.norm):
                slot.signed = bool(slot.signed)
            continue
        filled = _value_filled(c.text, pats, ruleset, rule) or any_match(pats["signed"], c.norm)
        if any_match(pats["signature"], header):
            slot.signed = bool(slot.signed) or filled
        elif any_match(pats["date_label"], header):
            continue
        elif filled and not has_sig_column and _names_someone(c.text):
            slot.named = True
    if slot.signed is None and any(any_match(pats["signature"], c.norm) for c in cells):
        slot.signed = False if not slot.named else None
    images = [u for u in region if u.kind is BlockKind.IMAGE and u.page == cells[0].page]
    if images and not slot.signed and slot.party != SCHOOL and has_sig_column:
        slot.image = any(_near(img, cells) for img in images)
    return slot


def _column_slots(cells: list[Unit], pats: dict, ruleset: RuleSet, rule: Rule) -> list[Slot] | None:
    """A signature table with the parties as columns ('| | Ouder | School |', then rows Naam,
    Handtekening, Datum): one slot per party column. None when the table is not laid out that way."""
    header = {c.block.location.column: c for c in cells if c.block.location.row == 1}
    parties = {col: _party(c.norm, pats) for col, c in header.items() if col != 1}
    if not any(p in (PARENT, PUPIL) for p in parties.values()):
        return None
    labels = {c.block.location.row: c.norm for c in cells if c.block.location.column == 1}
    slots = []
    for col, party in parties.items():
        if party is None:
            continue
        slot = Slot(party, header[col])
        for c in cells:
            row = c.block.location.row
            if c.block.location.column != col or row == 1:
                continue
            label = labels.get(row, "")
            if any_match(pats["signature"], label):
                slot.signed = bool(slot.signed) or _value_filled(c.text, pats, ruleset, rule) \
                    or any_match(pats["signed"], c.norm)
            elif any_match(pats["date_label"], label):
                slot.dated = slot.dated or has_date(c.text)
                slot.date_blank = slot.date_blank or not has_date(c.text)
            elif any_match(pats["name_only"], label):
                slot.named = slot.named or _named(c.text, pats, ruleset, rule)
            elif any_match(pats["agree"], label) and not any_match(pats["refuse"], label):
                slot.agreed = slot.agreed or any_match(pats["agree"], c.norm) and not any_match(pats["refuse"], c.norm)
        slots.append(slot)
    return slots


def _near(img: Unit, cells: list[Unit]) -> bool:
    idx = [c.index for c in cells]
    return min(idx) - 1 <= img.index <= max(idx) + 1
