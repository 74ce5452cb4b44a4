"""Where the consent part of a plan is, and who a line or row speaks for."""

from __future__ import annotations

import re
from collections import defaultdict

from ....model import BlockKind
from ....patterns import narrowed
from ...content import STOPWORDS
from ...sections import Anchor
from ...units import Unit
from .vocabulary import ConsentVocabulary, answers_for_plan_apart, any_match

PARENT, PUPIL, SCHOOL = "parent", "pupil", "school"
REGION_LIMIT = 40
STATEMENT_TO_SIGNATURE = 3  # units from a consent statement to the signature line that goes with it


def consent_region(
    units: list[Unit],
    anchors: list[Anchor],
    pats: ConsentVocabulary,
    others: set[int] = frozenset(),
    elsewhere: set[int] = frozenset(),
) -> list[Unit]:
    """The consent part: from each consent anchor up to the next heading or another element's anchor
    (signature lines are label lines, so the consent part runs on past them), with the lines right
    above a signature line that belong to it, plus consent boxes and signature fields anywhere; never a
    part about another consent (photos, sharing data, medication). `others`: where another element's
    headed section starts; `elsewhere`: the units of another element's labelled part."""
    other = other_consent_units(units, pats)
    picked: dict[int, Unit] = {}
    for part in _parts(units, anchors, other, others, pats, elsewhere):
        if only_other_consent(part, other, pats):
            other.update(u.index for u in part)  # 'Handtekeningen' under an AVG consent: its signatures too
            continue
        for u in part:
            picked[u.index] = u
    for u in units:
        if u.toc:
            continue
        if u.kind is BlockKind.SIGNATURE:
            picked[u.index] = u
        elif u.kind is BlockKind.CHECKBOX and any_match(pats["box"], u.norm):
            picked[u.index] = u  # a consent box outside the consent part ('ja'/'nee' boxes are not)
        elif u.kind is BlockKind.FORM_FIELD and _consent_answer(u, pats):
            picked[u.index] = u  # a form's drop-down answered 'Niet akkoord', under whatever label
    # Table rows that hold a party and a signature belong to it too.
    for cells in table_rows(units).values():
        text = " ".join(c.norm for c in cells)
        if any_match(pats["signature"], text) and (any_match(pats["parent"], text) or any_match(pats["pupil"], text)):
            for c in cells:
                picked[c.index] = c
    return [picked[i] for i in sorted(picked) if i not in other]


ANSWER_WORDS = 4  # 'Niet akkoord', 'Akkoord met voorbehoud': a chosen answer, not a sentence


def _consent_answer(u: Unit, pats: ConsentVocabulary) -> bool:
    """A form field whose value is a consent answer: agreeing or refusing in a few words."""
    return 0 < len(u.norm.split()) <= ANSWER_WORDS and (
        any_match(pats["refuse"], u.norm) or any_match(pats["agree"], u.norm)
    )


def signed_for_other_consent(
    units: list[Unit],
    anchors: list[Anchor],
    pats: ConsentVocabulary,
    others: set[int] = frozenset(),
    elsewhere: set[int] = frozenset(),
) -> Unit | None:
    """The statement of another consent that a consent part's signatures belong to, if there is one."""
    other = other_consent_units(units, pats)
    for part in _parts(units, anchors, other, others, pats, elsewhere):
        if only_other_consent(part, other, pats):
            return next(u for u in part if u.index in other)
    return None


def _parts(
    units: list[Unit],
    anchors: list[Anchor],
    other: set[int],
    others: set[int],
    pats: ConsentVocabulary,
    elsewhere: set[int] = frozenset(),
) -> list[list[Unit]]:
    """Each consent anchor with what follows it, up to the next heading or another element's section."""
    parts: list[list[Unit]] = []
    seen: set[int] = set()
    starts = sorted(a.unit.index for a in anchors)
    for a in anchors:
        if a.unit.index in other or _continues_other_part(units, a, others | elsewhere, pats):
            continue
        part = [*_table_lead_in(units, a.unit, others), *_same_line_before(units, a.unit), a.unit, *a.content]
        if a.how == "phrase":
            # A statement with a signature line right below it ('Hierbij verklaar ik ... dat ik instem'
            # / 'Plaats en datum: ...' / 'Handtekening: ...'): the lines in between are its own.
            after = next((i for i in starts if i > a.unit.index), None)
            have = {u.index for u in part}
            if after is not None and after - a.unit.index <= STATEMENT_TO_SIGNATURE:
                part += [u for u in units[a.unit.index + 1 : after] if u.index not in have | others]
            else:
                # 'Ouders verklaren akkoord te gaan met het handelingsdeel.' / 'Ouder: S. de Graaf (getekend)
                # 08-12-2025': the signing lines right below it, up to a heading.
                for u in units[a.unit.index + 1 : a.unit.index + 1 + STATEMENT_TO_SIGNATURE]:
                    heading = u.kind is BlockKind.HEADING and not signature_set_as_heading(u, pats)
                    if u.index in have or u.index in others or heading or not _signing(u, pats):
                        break
                    part.append(u)
        else:
            place = any_match(pats["signature"], a.unit.norm) and party(a.unit.norm, pats) in (PARENT, PUPIL)
            if a.how == "label" or (a.how == "heading" and place):
                # (Also over a heading that is the parents' signature place: 'Handtekening ouder(s)/verzorger(s)'.)
                have = {u.index for u in part}
                stops = others | elsewhere | other | (set(starts) - {a.unit.index})
                boxes = elsewhere - other - others  # another element's labelled part may hold the choice's line
                part[:0] = [u for u in _lead_up(units, a.unit, stops, pats, boxes) if u.index not in have]
                if a.how == "label" and (above := _other_consent_above(units, part[0], other, pats)) is not None:
                    part.insert(0, above)
            for u in units[a.unit.index + 1 : a.unit.index + 1 + REGION_LIMIT]:
                # (Nor past the heading of a part about another consent: 'Handtekening:' / ... /
                # 'Toestemming uitwisseling gegevens (AVG)', even where an earlier part took in that heading.)
                heading = u.kind is BlockKind.HEADING and not signature_set_as_heading(u, pats)
                if u.index in others or (heading and (u.index not in seen or u.index in other)):
                    break
                part.append(u)
        seen.update(u.index for u in part)
        parts.append(part)
    return parts


def _other_consent_above(units: list[Unit], first: Unit, other: set[int], pats: ConsentVocabulary) -> Unit | None:
    """The line right above a signature block when it is another consent's ('[x] het gebruik van foto's
    op de website' / 'Handtekening ouder: ...'), and no line of the plan's consent comes before it in
    its part: the signature is that consent's."""
    pos = first.index - 1
    if pos < 0 or pos not in other:
        return None
    for u in reversed(units[max(0, pos - LEAD_UP) : pos]):
        if u.kind is BlockKind.HEADING:
            break
        if u.index in other or (_lead_in(u) and not any_match(pats["this_plan"], u.norm)):
            continue  # ('Ondergetekende geeft toestemming voor:' over the other consents' options)
        if any_match(pats["this_plan"], u.norm) or any_match(pats["agree"], u.norm):
            return None
    return units[pos]


def _continues_other_part(units: list[Unit], anchor: Anchor, stops: set[int], pats: ConsentVocabulary) -> bool:
    """A signature line that names no one ('Handtekening: w.g. M. Tielemans') under another element's
    part that names the school as its signer ('Namens het bevoegd gezag' / 'Naam: ...' / 'Datum: ...' of
    the vaststelling) is the school's signature, not the parents'."""
    label = anchor.unit.label or ""
    line = " ".join(u.norm for u in (*_same_line_before(units, anchor.unit), anchor.unit))
    if anchor.how != "label" or party(line, pats) is not None or not any_match(pats["signature"], label):
        return False
    if any_match(pats["agree"], anchor.unit.norm):
        return False  # 'Voor akkoord handelingsdeel: ...' says what is signed for
    first = anchor.unit.index - len(_same_line_before(units, anchor.unit))  # 'Zorgcoördinator: ... Handtekening: ...'
    for u in reversed(units[max(0, first - LEAD_UP) : first]):
        if u.kind is BlockKind.HEADING or u.index not in stops:
            return False
        who = party(u.norm, pats)
        if who is not None:
            return who == SCHOOL
    return False


LEAD_UP = 6  # lines above a signature line that may belong to it: statement, boxes, remark, name, date


def _lead_up(
    units: list[Unit], anchor: Unit, stops: set[int], pats: ConsentVocabulary, boxes: set[int] = frozenset()
) -> list[Unit]:
    """The lines right above a signature line that belong to its block: tick boxes, a remark that
    refuses or limits ('Toegevoegd door ouders: "Getekend onder protest."'), and the name and date lines
    of the same party ('Ouder 1 - naam: ...', 'Ouder 1 - datum: ...' over 'Ouder 1 - handtekening: w.g.
    ...'), up to a heading, another element's part or any other line. A name or date line that names
    no party belongs only between the party's own line and the signature ('Naam ouder: ...' / 'Datum:
    ...' / 'Handtekening: w.g.', the party then also the signature line's when it names none); not a
    date of another kind."""
    who = party(" ".join(u.norm for u in (*_same_line_before(units, anchor), anchor)), pats)
    if who is None and any_match(pats["signature"], anchor.label or anchor.norm):
        who = _party_above(units, anchor, stops, pats)  # 'Naam ouder: ...' / 'Datum: ...' / 'Handtekening: w.g.'
    lead: list[Unit] = []
    bare: list[Unit] = []  # name or date lines of no party, kept when a line of the party is above them
    for u in reversed(units[max(0, anchor.index - LEAD_UP) : anchor.index]):
        # (A 'ja'/'nee' box of `boxes` is a choice signed for, though another element's label took its
        # line: 'Handelingsdeel OPP: [x] ja [x] nee'.)
        answer_box = u.index in boxes and u.kind is BlockKind.CHECKBOX and _answer_word(u.norm, pats)
        if (u.index in stops and not answer_box) or u.toc:
            break
        refuses = any_match(pats["refuse"], u.norm)
        if refuses and not lead and (options := _agreeing_option_above(units, u, stops, pats)):
            # The refusing option right over the signature, the agreeing one over it ('Ouders gaan akkoord
            # met ...' / 'Ouders gaan niet akkoord met ...'): the two options of the choice.
            return [*options, u]
        if u.kind is BlockKind.HEADING or (u.headingish and not u.value):
            break
        if who is not None and not refuses and _place_of(u, None, pats):
            bare.insert(0, u)
            continue
        if not (u.kind is BlockKind.CHECKBOX or refuses or (who is not None and _place_of(u, who, pats))):
            break
        lead[:0] = [u, *bare]
        bare = []
    return lead


def _party_above(units: list[Unit], anchor: Unit, stops: set[int], pats: ConsentVocabulary) -> str | None:
    """The party of the nearest name or date line above a signature line that names none, up to another
    signature line (the one above belongs to its own block)."""
    for u in reversed(units[max(0, anchor.index - LEAD_UP) : anchor.index]):
        if u.index in stops or u.kind is BlockKind.HEADING or not u.label or any_match(pats["signature"], u.label):
            return None
        who = party(u.label, pats)
        if who is not None and _place_of(u, who, pats):
            return who
    return None


def _answer_word(text: str, pats: ConsentVocabulary) -> bool:
    """Whether a box's label is only an answer: 'ja', 'nee'."""
    return any_match(pats["answer_yes"], text) or any_match(pats["answer_no"], text)


def _agreeing_option_above(units: list[Unit], refusing: Unit, stops: set[int], pats: ConsentVocabulary) -> list[Unit]:
    """The agreeing option printed right over a refusing one, with the line it wraps onto ('Ouder(s) ga(an)
    akkoord met het handelingsdeel (...)' / 'van dit plan' / 'Ouder(s) ga(an) niet akkoord met ...')."""
    above = [u for u in units[max(0, refusing.index - 2) : refusing.index] if u.index not in stops]
    for start in range(len(above)):
        first, rest = above[start], above[start + 1 :]
        if (
            any_match(pats["agree"], first.norm)
            and not any_match(pats["refuse"], first.norm)
            and all(u.text.lstrip()[:1].islower() for u in rest)
        ):
            return above[start:]
    return []


_PLACE_WORD = re.compile(r"[\w/()]+")


def _place_of(u: Unit, who: str | None, pats: ConsentVocabulary) -> bool:
    """A name or date line of `who` (None: of no party) and nothing else: its label holds only party,
    name, date and numbering words ('Ouder/verzorger 1 - datum'; not 'Datum verzonden naar ouders')."""
    label = u.label or ""
    if not label or party(label, pats) != who:
        return False
    if not any(any_match(pats[key], label) for key in ("name_only", "date_label")):
        return False
    rest = label
    for key in ("parent", "pupil", "school", "name_only", "date_label"):
        for p in pats[key]:
            rest = p.sub(" ", rest)
    return not [w for w in _PLACE_WORD.findall(rest) if any(c.isalpha() for c in w) and w not in STOPWORDS]


def signature_set_as_heading(u: Unit, pats: ConsentVocabulary) -> bool:
    """A signature written out on a line of its own that a PDF sets like a heading ('w.g. L. Scholtmeijer,
    moeder, 7 oktober 2025', in bold): it signs; it starts no part."""
    return (
        u.kind is BlockKind.HEADING
        and any_match(pats["signed"], u.norm)
        and not any_match(pats["not_signed"], u.norm)
        and any(any_match(pats[key], u.norm) for key in ("parent", "pupil", "school", "date_label"))
    )


def _signing(u: Unit, pats: ConsentVocabulary) -> bool:
    """A line where someone signs: it names a party, a signature or a date place ('Ouder/verzorger: ...',
    'Handtekening: ...', 'Datum: ...')."""
    return any(any_match(pats[key], u.norm) for key in ("parent", "pupil", "signature", "date_label"))


def _same_line_before(units: list[Unit], anchor: Unit) -> list[Unit]:
    """The units of the anchor's own line before it: 'Ouder/verzorger: mevr. X   Datum: 18-10-2025
    Handtekening: w.g. mevr. X' is one signature line, whichever of its labels anchored it."""
    before: list[Unit] = []
    for u in reversed(units[: anchor.index]):
        if u.block is not anchor.block:
            break
        before.insert(0, u)
    return before


TABLE_LEAD_IN = 2  # paragraphs right above a signature table that speak for it
TABLE_LEAD_IN_BOXES = 8  # tick boxes right above a signature table: what is signed for


def _table_lead_in(units: list[Unit], anchor: Unit, others: set[int]) -> list[Unit]:
    """For an anchor in a signature table ('Handtekening' in its header row): the paragraphs and tick
    boxes right above the table, up to a heading ('Verklaring ouders: wij tekenen dit plan onder
    protest.'; '☒ Toestemming foto's' over the signatures)."""
    loc = anchor.block.location
    if anchor.kind is not BlockKind.TABLE_CELL or loc.table is None:
        return []
    first = min(
        u.index
        for u in units
        if u.kind is BlockKind.TABLE_CELL and u.page == anchor.page and u.block.location.table == loc.table
    )
    lead: list[Unit] = []
    paragraphs = 0
    for u in reversed(units[max(0, first - TABLE_LEAD_IN - TABLE_LEAD_IN_BOXES) : first]):
        if u.index in others or u.toc:
            break
        if u.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            paragraphs += 1
        elif u.kind is not BlockKind.CHECKBOX or len(lead) - paragraphs >= TABLE_LEAD_IN_BOXES:
            break
        if paragraphs > TABLE_LEAD_IN:
            break
        lead.insert(0, u)
    return lead


def only_other_consent(part: list[Unit], other: set[int], pats: ConsentVocabulary) -> bool:
    """A signing part whose statements all concern another consent (sharing data, photos) and none
    agrees with the plan: the signatures under it are for that other consent, whatever its heading says
    ('Handtekeningen', or even 'Instemming handelingsdeel' over an AVG consent only)."""
    if not any(u.index in other for u in part):
        return False
    statements = [
        u
        for u in part
        if u.index not in other
        and (u.kind is not BlockKind.TABLE_CELL or any_match(pats["this_plan"], u.norm))
        and u.kind is not BlockKind.HEADING
        and not (u.headingish and not u.value)
    ]
    # (A row that only names the plan among other consents and is answered, 'Handelingsdeel OPP | ja', is
    # the plan's.)
    answered = {
        u.index
        for u in statements
        if u.kind is BlockKind.TABLE_CELL
        and any_match(pats["plan_row"], u.norm)
        and any(_answers_row(c, u) for c in part)
    }
    return not any(any_match(pats["agree"], u.norm) or u.index in answered for u in statements)


def _answers_row(c: Unit, label: Unit) -> bool:
    """Whether `c` answers the row `label` opens: a ticked box or a cell with text in the same row."""
    here, there = c.block.location, label.block.location
    if c is label or (c.page, here.table, here.row) != (label.page, there.table, there.row):
        return False
    if c.kind is BlockKind.CHECKBOX:
        return bool(c.checked)
    return c.kind is BlockKind.TABLE_CELL and any(ch.isalnum() for ch in c.text)


def other_consent_units(units: list[Unit], pats: ConsentVocabulary) -> set[int]:
    """Units about another consent than the one on the support part: a part under a heading that names
    one ('Toestemming gegevensuitwisseling (AVG)'), up to the next heading, and single lines or rows
    that name one ('Toestemming foto's: ja')."""
    out: set[int] = set()
    inside = led_in = options = signed_before = False
    read = "\0".join(f"{u.label or ''}\0{u.norm}" for u in units)  # every text searched below is part of it
    signing = narrowed([*pats["signature"], *pats["date_label"]], read)
    other_consent = narrowed(pats["other_consent"], read)
    other_objects = narrowed(pats["other_objects"], read)
    this_plan = narrowed(pats["this_plan"], read)
    ours = [any_match(this_plan, u.norm) for u in units]
    # (A line that also agrees with this plan, or refuses it, in a clause of its own is this consent's too:
    # 'Wij stemmen in met het handelingsdeel. Wij geven toestemming om gegevens ... te delen'.)
    names = [
        (any_match(other_consent, u.norm) and not (ours[i] and answers_for_plan_apart(u.norm, pats)))
        or (any_match(other_objects, u.norm) and not ours[i])
        for i, u in enumerate(units)
    ]
    # 'de betrokken deskundigen': a wrapped line, no title (unless it names this plan's consent).
    wrapped = [u.text.lstrip()[:1].islower() and not ours[i] for i, u in enumerate(units)]
    for pos in range(len(units) - 2, -1, -1):
        if wrapped[pos + 1] and names[pos + 1] and units[pos + 1].kind is BlockKind.PARAGRAPH and not ours[pos]:
            # A box or line whose wrapped end names the other consent ('[x] Wij geven toestemming voor het
            # maken van' / 'foto's.') is about it too.
            names[pos] = names[pos] or units[pos].kind in (BlockKind.CHECKBOX, BlockKind.PARAGRAPH)
    for pos, u in enumerate(units):
        names_other, continues = names[pos], wrapped[pos]
        # A form's printed label over its field ('Akkoord ouders' [Ja]) is no title of a new part.
        field_label = pos + 1 < len(units) and units[pos + 1].kind is BlockKind.FORM_FIELD
        if (
            inside
            and u.kind is BlockKind.HEADING
            and any_match(pats["signature"], u.norm)
            and not any_match(pats["this_plan"], u.norm)
        ):
            # 'Handtekening ouder(s)/verzorger(s)' right under the part about another consent, naming
            # no plan: that consent's signature place, with its image, name and date lines.
            out.add(u.index)
            continue
        if u.kind is BlockKind.HEADING or (u.headingish and not u.value and not continues and not field_label):
            inside, led_in, signed_before = names_other, False, False
        elif _lead_in(u) and (names_other or any_match(pats["this_plan"], u.norm)):
            # 'Toestemming gegevensuitwisseling (AVG):' over its options (tick boxes and their wrapped
            # lines) and its signature place. After its options, a signature is its own only when the
            # plan's part above had a signature place of its own; else it may be one for both, and a
            # sentence after them ('Ouders gaan akkoord met het handelingsdeel') is the plan's.
            inside = led_in = names_other
            options = False
        elif names_other and u.value and pos + 1 < len(units) and units[pos + 1].kind is BlockKind.CHECKBOX:
            # 'Toestemming gegevensuitwisseling (AVG): ouders geven toestemming om ...' over its own
            # '[x] Ja [ ] Nee': its boxes, and the signature under them, as after a lead-in.
            inside = led_in = True
            options = False
        elif names_other and u.label and any_match(pats["signature"], u.label):
            inside = led_in = True  # 'Handtekening ouder (AVG): ...': its date and signature lines too
            options = False
        elif led_in and not names_other:
            if u.kind is BlockKind.CHECKBOX:
                options = True
            elif (
                not continues
                and u.kind is not BlockKind.IMAGE  # a signature drawn in its place
                and not (_signing_place(u, pats) and (signed_before or not options))
            ) or (u.label and any_match(pats["this_plan"], u.label)):
                # (Also the plan's own signing line after it: 'Ondertekening perspectiefdeel: ... gezien' /
                # 'Ondertekening handelingsdeel: Ouders stemmen in ...'.)
                inside = led_in = False
        elif not inside and any_match(signing, u.label or u.norm):
            signed_before = True  # the part before a lead-in has a signature place of its own
        if inside or names_other:
            out.add(u.index)
    rows = table_rows(units)
    for cells in rows.values():
        # A row about another consent is that consent's, unless a cell of it is this plan's (a table
        # with the school's part and a care partner's side by side: 'Deel school: handelingsdeel | Deel
        # Karakter: zorgplan').
        ours = any(c.index not in out and any_match(pats["this_plan"], c.norm) for c in cells)
        if any(c.index in out for c in cells) and not ours:
            out.update(c.index for c in cells)
    return out


def _signing_place(u: Unit, pats: ConsentVocabulary) -> bool:
    """A signature, name, date or party line ('Ouder: dhr. R. Smeele', 'Datum: ... Handtekening: ...')."""
    text = u.label or u.norm
    return any(any_match(pats[key], text) for key in ("signature", "name_only", "date_label", "parent", "pupil"))


def _lead_in(u: Unit) -> bool:
    """A printed line that ends in a colon with nothing after it: it leads into the lines below."""
    return u.kind is BlockKind.PARAGRAPH and not u.value and u.text.rstrip().endswith(":")


def table_rows(units: list[Unit]) -> dict[tuple, list[Unit]]:
    """The table cells of `units` by (page, table, row)."""
    rows: dict[tuple, list[Unit]] = defaultdict(list)
    for u in units:
        loc = u.block.location
        if u.kind is BlockKind.TABLE_CELL and loc.row is not None:
            rows[(loc.page, loc.table, loc.row)].append(u)
    return rows


def parties_named(text: str, pats: ConsentVocabulary) -> list[str]:
    """The parties a text names, parents first, then the pupil, then the school."""
    return [p for p, key in ((PARENT, "parent"), (PUPIL, "pupil"), (SCHOOL, "school")) if any_match(pats[key], text)]


def party(text: str, pats: ConsentVocabulary) -> str | None:
    """Whom a label or row speaks for: the parents first, then the pupil, then the school."""
    found = parties_named(text, pats)
    if PARENT in found and SCHOOL in found and any_match(pats["on_behalf"], text):
        return SCHOOL  # 'Namens de ouders getekend door de mentor': not the parents' own signature
    if PARENT in found:
        return PARENT
    return found[0] if found else None


def says_agree(text: str, pats: ConsentVocabulary) -> bool:
    return any_match(pats["agree"], text) and not any_match(pats["refuse"], text)
