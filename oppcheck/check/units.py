"""Turn a Document's blocks into matchable units: normalised text, a label where the block has one.

A label is what names a part of the document: a heading, a short standalone line, the part before
the colon of a "Label: value" line, a table cell in the first column or row, a form field's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Block, BlockKind, Document, Source
from ..text import NOT_AFTER_TITLE, clean, norm
from .dates import has_date

_NUMBERING = re.compile(
    r"^\s*(?:(?:deel|onderdeel|hoofdstuk|stap|bijlage|part|section)\s+)?"
    r"(?:\[[a-zA-Z]{0,8}[-_. ]?\d{1,3}(?:\.\d+)*\]"  # a system's code: '[OPP-06] Doelen'
    r"|\d{1,2}[a-z][.)]"  # a lettered sub-part: '6b. Ondersteuning en begeleiding'
    r"|\d+(?:\.\d+)*[.,]?|[a-zA-Z]\d{1,2}(?:\.\d+)*[.)]|[a-zA-Z][.)]|[ivxIVX]+[.)]|[A-Z](?=\s*[:.\-–—]))\s*[:.\-–—]?\s+",
)
_LABEL_LINE = re.compile(r"^\s*([^:\n]{2,80}?)\s*[:]\s*(.*)$", re.DOTALL)
_TOC_LINE = re.compile(r"(\.{4,}|…{2,}|_{4,}|\t)\s*\d{1,3}\s*$")
_TOC_HEADING = re.compile(r"(inhoud|inhoudsopgave|table of contents|contents)")
_BRACKETED_PREFIX = re.compile(r"^\((\w+)\)(?=\w)")
_SIDE_BY_SIDE = re.compile(r"(?:\s{2,}|\t+|\s+\|\s+)(?=[^\W\d][^:]{0,40}:)")
_SENTENCE_END = re.compile(r"[.!]\s*$")
_QUESTION_LABEL = re.compile(r"^\s*([^\n?]{2,80}\?)\s*(.*)$", re.DOTALL)
# A run-in heading: a short lead ending in a full stop, then the text ('Ons gesprek. Het plan is ...').
_RUN_IN = re.compile(r"^\s*([^\W\d][^\n.?!:;]{1,60}?)\.\s+(?=[^\W\d_]|[\d\"“‘'(])(\S.*)$", re.DOTALL)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_FIELD_CODE = re.compile(r"\[([A-Z][A-Z0-9]*(?:[._][A-Z][A-Z0-9]*){0,4})\]")
_FIELD_PREFIX = re.compile(r"(veld|tabblad|tab|field)\s*:\s*(?=\S)", re.IGNORECASE)  # 'Veld: Doelen' in an export
# A field name in brackets on a line of its own ('[Doelen]', '[OOGO ouders]'): a title-case word or a few,
# no digits, no instruction ('[Vul hier ... in]' has more words; '[naam]' starts lowercase).
_FIELD_NAME = re.compile(r"\[([A-Z][^\W\d_]*(?:[ /-][^\W\d_]+){0,3})\]")
_QUESTION_WORD = re.compile(r"(wat|hoe|waar\w*|wanneer|wie|welke?|waarom)\b")
# Only question words ('wat, wie, wanneer', 'wanneer en met wie', 'wie / hoe vaak / vanaf wanneer').
_ONE_QUESTION = r"(?:(?:met|door|vanaf|tot) )?(?:wat|hoe(?: vaak| lang)?|waar|wanneer|wie|welke?|waarom)"
_QUESTION_WORDS_ONLY = re.compile(rf"{_ONE_QUESTION}(?:\s*(?:[,/;&+]|en|\s)\s*{_ONE_QUESTION})+\??\.?")
# 'HD.InbrengLeerling', 'Overleg.OuderGesprek': a category, a dot and a field in camel case (no spaces).
_DOTTED_CODE = re.compile(r"[A-Za-z]{2,12}(?:\.[A-Z][a-z]+(?:[A-Z][a-z]+)*)+")
_BEFORE_BRACKET = re.compile(r"^\s*([^:(\n]{2,80}?)\s*(\(.*)$", re.DOTALL)
_BRACKET_THEN_COLON = re.compile(r"^(\([^()]*(?:\([^()]*\)[^()]*)*\))\s*:\s*(.*)$", re.DOTALL)
MAX_RUN_IN_WORDS = 6
_BREADCRUMB = re.compile(r"\s+[›»>]\s+")
TOC_MAX_UNITS = 40
_GENERIC_LABEL = re.compile(r"(onder)?deel|rubriek|sectie|hoofdstuk|paragraaf|kopje|part|section")
_PLACEHOLDERISH = re.compile(r"[\W_]*(n\.?v\.?t\.?|nvt|nog invullen|volgt|pm|idem)?[\W_]*")
# A form tool's numbering of a field name: 'f1_Naam_leerling', 'fld12 School', 'Tekstveld3'.
_FIELD_NUMBER = re.compile(r"^[A-Za-z]{1,3}\d+\s+|(?<=[A-Za-z])\d+$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
MAX_LABEL_WORDS = 9
MAX_QUESTION_LABEL_WORDS = 14


@dataclass
class Unit:
    """One block prepared for matching."""

    index: int
    block: Block
    text: str  # cleaned original text (for quotes)
    norm: str
    label: str | None = None  # normalised label text, numbering and trailing colon removed
    value: str = ""  # original text after "Label:" on the same line
    headingish: bool = False
    level: int | None = None
    toc: bool = False  # a table-of-contents entry or a running header line: neither label nor content
    # A run-in heading's lead and the text after it: a label only where it names an element in full.
    run_in: tuple[str, str] | None = None
    header_table: bool = False  # a cell of a table whose first row holds the labels
    record_row: bool = False  # a cell below the header row 'Wat | Wie | Hoe vaak' of a table of records
    # The block's kind and page, kept here: they are read hundreds of times a rule set.
    kind: BlockKind = field(init=False)
    page: int | None = field(init=False)

    def __post_init__(self) -> None:
        self.kind = self.block.kind
        self.page = self.block.location.page

    @property
    def checked(self) -> bool | None:
        return self.block.checked


@lru_cache(maxsize=4096)
def strip_label(text: str) -> str:
    """Normalised label: numbering ('3.2', 'a)', 'Deel 2:'), bullets, trailing ':' or '*' removed;
    of a breadcrumb ('Handelingsdeel › Ondertekenen') only the last part."""
    t = norm(text).lstrip("•-*#▪►> ")
    t = _BREADCRUMB.split(t)[-1]
    t = _NUMBERING.sub("", t, count=1)
    t = _BRACKETED_PREFIX.sub(r"\1", t)  # '(Tussen)doelen' is 'tussendoelen'
    return t.rstrip(" :*.?").strip()


def field_label(block: Block) -> str:
    """A form field's or checkbox's human label: the tooltip text, or the name split into words
    (a Word content control whose text is its value is labelled by its alias or tag)."""
    raw = block.name if block.name and block.text == block.value else (block.text or block.name or "")
    raw = _CAMEL.sub(" ", raw.replace("_", " ").replace(".", " "))
    return strip_label(_FIELD_NUMBER.sub("", raw.strip()))


CAPTION_WORDS = 8  # 'Factoren die het onderwijs beïnvloeden': a title, not a cell's content
HEADER_WORDS = 5  # 'Belemmerende factoren': a header cell under a caption, not a row of content


def _captions_out(blocks: list[Block]) -> list[Block]:
    """Blocks with a table's caption row taken out: a first row of one cell over the whole width above a
    row of several cells ('Factoren die het onderwijs beïnvloeden' over 'Belemmerende factoren |
    Bevorderende factoren') is a title over the table; the row under it is the table's first row."""
    rows: dict[int, dict[int, list[Block]]] = {}
    for b in blocks:
        loc = b.location
        if loc.table is not None and loc.row in (1, 2):
            rows.setdefault(loc.table, {}).setdefault(loc.row, []).append(b)
    captioned = set()
    for table, by_row in rows.items():
        first, second = by_row.get(1, []), by_row.get(2, [])
        cells = [b for b in second if b.kind is BlockKind.TABLE_CELL]
        if (
            len(first) == 1
            and first[0].kind is BlockKind.TABLE_CELL
            and 0 < len(first[0].text.split()) <= CAPTION_WORDS
            and len(cells) >= 2
            and all(len(c.text.split()) <= HEADER_WORDS for c in cells)
        ):
            captioned.add(table)
    if not captioned:
        return blocks
    headers = {
        (b.location.table, b.location.column): b.text
        for b in blocks
        if b.location.table in captioned and b.location.row == 2 and b.kind is BlockKind.TABLE_CELL
    }
    out = []
    for b in blocks:
        loc = b.location
        if loc.table not in captioned or loc.row is None:
            out.append(b)
        elif loc.row == 1:
            out.append(replace(b, kind=BlockKind.PARAGRAPH, location=replace(loc, table=None, row=None, column=None)))
        else:
            row = loc.row - 1
            out.append(
                replace(
                    b,
                    location=replace(loc, row=row),
                    col_header=headers.get((loc.table, loc.column)) if row > 1 else None,
                )
            )
    return out


def build_units(doc: Document, glossary_titles: list[re.Pattern] = ()) -> list[Unit]:
    """Units for the document's own text: no comments, no running headers or footers, and no glossary
    under one of `glossary_titles` (the rule set's `context.glossary_titles`)."""
    units: list[Unit] = []
    toc_start: int | None = None
    for block in _captions_out(doc.blocks):
        if block.source in (Source.COMMENT, Source.HEADER, Source.FOOTER):
            continue
        text = clean(block.value if block.kind is BlockKind.FORM_FIELD else block.text or "")
        for part in _segments(block, text):
            unit = Unit(index=len(units), block=block, text=part, norm=norm(part))
            _label(unit)
            if unit.label and _TOC_HEADING.fullmatch(unit.label):
                toc_start = unit.index
            elif toc_start is not None:
                # A table of contents: short lines (entries) until a real heading or running text.
                short = unit.headingish or (unit.kind is BlockKind.LIST_ITEM and len(unit.norm.split()) <= 12)
                if unit.kind is BlockKind.HEADING or not short or unit.index - toc_start > TOC_MAX_UNITS:
                    toc_start = None
                else:
                    unit.toc = True
            if part.rstrip()[-1:].isdigit() and _TOC_LINE.search(part):  # it ends in a page number
                unit.toc = True
            units.append(unit)
    _mark_running_lines([u for u in units if doc.format in PLAIN_FORMATS or u.block.source is Source.OCR])
    _mark_glossaries(units, glossary_titles)
    _mark_list_titles(units)
    _unmark_values_under_headings(units)
    return units


# A line that stops at a word that cannot end it ('☐ niet akkoord met het'): the next line goes on with it.
_OPEN_END = re.compile(r"\b(de|het|een|van|met|en|of|voor|op|in|aan|bij|te|tot|naar|door|om|dat)\s*$", re.IGNORECASE)


def _unmark_values_under_headings(units: list[Unit]) -> None:
    """A short line in lower case right under a heading ('5.1 Uitstroombestemming' / 'vso, uitstroomprofiel
    vervolgonderwijs') is that heading's value, and one under a line that stops mid-phrase ('☐ niet
    akkoord met het' / 'handelingsdeel') goes on with it: neither is a heading of its own. (Not on a
    scan, whose reading may lose a capital.)"""
    for prev, u in zip(units, units[1:], strict=False):
        if (
            (prev.kind is BlockKind.HEADING or _OPEN_END.search(prev.text))
            and u.kind is BlockKind.PARAGRAPH
            and u.headingish
            and not u.value
            and u.block.confidence is None
            and u.text.lstrip()[:1].islower()
        ):
            u.label, u.headingish = None, False


MAX_TITLE_WORDS = 6


def _mark_list_titles(units: list[Unit]) -> None:
    """A short line of its own with a full stop right above a list ('Wat Fenna nodig heeft.', 'De extra
    ondersteuning.') titles that list, as a heading would: a letter's way of heading its parts."""
    for u, nxt in zip(units, units[1:], strict=False):
        line = u.text.strip()
        if (
            u.kind is BlockKind.PARAGRAPH
            and not u.label
            and nxt.kind is BlockKind.LIST_ITEM
            and "\n" not in line
            and line.endswith(".")
            and not line.endswith("..")
            and 0 < len(line.split()) <= MAX_TITLE_WORDS
        ):
            u.label, u.headingish = strip_label(line.rstrip(".")), True


def _mark_glossaries(units: list[Unit], titles: list[re.Pattern]) -> None:
    """A glossary under its own heading ('Bijlage 5 – Begrippenlijst'), up to the next heading: its terms
    and what they mean ('Zorgteam / ZAT | Overleg van school en externe partners over leerlingen') are
    neither labels nor content."""
    if not titles:
        return
    inside = False
    for u in units:
        title = u.kind is BlockKind.PARAGRAPH and not u.value and (u.headingish or u.text.rstrip().endswith(":"))
        if u.kind is BlockKind.HEADING or title:
            inside = any(p.fullmatch(u.norm.strip(" .:")) for p in titles)
        elif inside:
            u.toc = True


PLAIN_FORMATS = ("txt", "md")  # (a PDF's, Word's and LibreOffice's running lines are known as such)


def _mark_running_lines(units: list[Unit]) -> None:
    """Short lines repeated on every page of a text export or a scan's reading ('OPP Gijs – VSO De
    Spindel') are running headers: neither labels nor content. (A PDF, Word or LibreOffice document
    marks its own running lines; a label it repeats, 'Belemmerend' for every domain, is a label.)"""
    counts: dict[str, int] = {}
    for u in units:
        if u.kind is BlockKind.PARAGRAPH and ":" not in u.text and 0 < len(u.norm.split()) <= 10:
            counts[u.norm] = counts.get(u.norm, 0) + 1
    for u in units:
        if counts.get(u.norm, 0) >= 2 and u.kind is BlockKind.PARAGRAPH and ":" not in u.text:
            if any(c.isalpha() for c in u.norm) and not _PLACEHOLDERISH.fullmatch(u.norm):
                u.toc = True


def _segments(block: Block, text: str) -> list[str]:
    """Split a block where it holds several labelled parts: side-by-side pairs on one line (a form
    printed to PDF: 'Naam: Daan    Groep: 6') and lines that are labels of their own ('Wat heeft
    uw kind nodig?' followed by its answer, then the next question)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.TABLE_CELL, BlockKind.LIST_ITEM):
        return [text]
    lines = text.strip().split("\n")
    if len(lines) > 1:
        parts: list[list[str]] = [[]]
        for line in lines:
            if parts[-1] and _is_label_line(line):
                parts.append([])
            parts[-1].append(line)
        if len(parts) > 1:
            return ["\n".join(p) for p in parts]
        return [text]
    return side_by_side(text)


def side_by_side(line: str) -> list[str]:
    """A line of labelled pairs printed side by side ('Naam: Daan    Groep: 6', 'Handtekening: w.g.
    Datum: ____'), as its pairs; any other line as it is."""
    if line.count(":") < 2:
        return [line]
    pairs = [p.strip() for p in _SIDE_BY_SIDE.split(line) if p.strip()]
    # 'Belemmerend:      Sociaal-emotioneel: faalangst' is one label with a labelled value, not two pairs.
    filled = all(":" in p and p.split(":", 1)[1].strip() for p in pairs[:-1])
    return pairs if len(pairs) > 1 and all(":" in p for p in pairs) and filled else [line]


def _is_label_line(line: str) -> bool:
    """A short line that names what follows: ends in '?' or ':' ('Wat vindt uw kind zelf?')."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= MAX_LABEL_WORDS and stripped.endswith(("?", ":"))


def _label(unit: Unit) -> None:
    block = unit.block
    kind = block.kind
    first_line = unit.text.strip().split("\n", 1)[0]
    code = _FIELD_CODE.fullmatch(first_line.strip()) or (
        _FIELD_NAME.fullmatch(first_line.strip()) if kind is not BlockKind.TABLE_CELL else None
    )
    if code:
        # A system export's field code or name on a line of its own ('[FACTOREN.BELEMMEREND]', '[Doelen]')
        # heads what follows, read as a category and its field ('factoren: belemmerend').
        unit.label = ": ".join(re.split(r"[._]", code.group(1))).lower()
        rest = unit.text.strip().split("\n", 1)
        unit.value = rest[1].strip() if len(rest) > 1 else ""
        unit.headingish = not unit.value
        return
    if _DOTTED_CODE.fullmatch(first_line.strip()):
        # An export's field code in a cell or line of its own ('HD.InbrengLeerling', 'OPP.Uitstroombestemming'):
        # its words, as a category and its field ('hd: inbreng leerling').
        head, _, tail = first_line.strip().partition(".")
        unit.label = f"{head}: {_CAMEL.sub(' ', tail).replace('.', ' ')}".lower()
        rest = unit.text.strip().split("\n", 1)
        unit.value = rest[1].strip() if len(rest) > 1 else ""
        unit.headingish = not unit.value and kind is not BlockKind.TABLE_CELL
        return
    text = unit.text
    if (
        code := _FIELD_CODE.match(first_line.strip()) or _FIELD_PREFIX.match(first_line.strip())
    ) and first_line.strip()[code.end() :].strip():
        # '[OPP_LLN] Inbreng leerling: Gesprek met Saar ...', 'Veld: Onderbouwing': a system export's field
        # code or field prefix before the printed label; the label is read as if it were not there.
        first_line = first_line.strip()[code.end() :].strip()
        text = first_line + unit.text.strip()[len(unit.text.strip().split("\n", 1)[0]) :]
    if kind is BlockKind.HEADING:
        unit.label, unit.headingish, unit.level = strip_label(text), True, block.level
        unit.run_in = _run_in(_NUMBERING.sub("", text, count=1))  # '12. Evaluatie. volgt na overleg'
        return
    if kind in (BlockKind.FORM_FIELD, BlockKind.SIGNATURE):
        unit.label = field_label(block)
        return
    if kind in (BlockKind.CHECKBOX, BlockKind.IMAGE):
        return
    if kind is BlockKind.PARAGRAPH:
        unit.run_in = _run_in(text)
    if first_line.lstrip().startswith(("[", "<")):
        return  # '[Noem hier de factoren: wat gaat goed?]': a format's fill-in text, no label
    m = _LABEL_LINE.match(first_line)
    colon_in_bracket = bool(m) and m.group(1).count("(") > m.group(1).count(")")
    if colon_in_bracket:
        # A colon inside brackets ends no label: 'Visie van ouders (gesprek d.d. 15-08-2025, aanwezig:
        # vader, ...): ...' is labelled 'Visie van ouders'; '... eigen leerlijn (doel: 1F) en ...' by what
        # stands before the bracket.
        m = _BEFORE_BRACKET.match(first_line)
    if not m or not _label_length(m.group(1)):
        m, colon_in_bracket = _QUESTION_LABEL.match(first_line), False
    head, _, beside = _at_column_gap(m.group(1)) if m else ("", "", "")
    if (
        head
        and kind is not BlockKind.TABLE_CELL
        and head[:1].isupper()
        and len(beside.split()) >= VALUE_BEFORE_COLON_WORDS
    ):
        # 'Onderbouwing<tab>Intelligentieonderzoek (WISC-V, 2024): totaal IQ 76': the gap ends the label,
        # the value beside it has a colon of its own (not 'Handtekening<tab>Datum: 12-10-2025', nor a
        # scan's specks before a label, 'ooo<tab>Op overeenstemming gericht overleg: ...').
        m = None
    if m and _label_length(m.group(1)) and not re.search(r"https?$", m.group(1)):
        rest = text.strip().split("\n", 1)
        lead, after = m.group(1), m.group(2)
        if colon_in_bracket and (tail := _BRACKET_THEN_COLON.match(after)):
            # 'Ondersteuning (wat, wie, hoe vaak: bijv. 2x per week):' the bracket explains the label.
            lead, after = f"{lead} {tail.group(1)}", tail.group(2)
        if kind is BlockKind.TABLE_CELL and lead.endswith("?") and _PARENTHETICAL.fullmatch(after.strip()):
            # A label cell 'Wat helpt? (sterke kanten)': the brackets are a subtitle, the value is the next cell.
            lead, after = f"{lead} {after.strip()}", ""
        if len(rest) == 1 and _QUESTION_WORDS_ONLY.fullmatch(after.strip().lower()):
            # 'Aanpak: wat, wie, wanneer', 'Evaluatie: wanneer en met wie': the questions the part answers,
            # a hint of the label, not its value.
            after = ""
        value = after + ("\n" + rest[1] if len(rest) > 1 else "")
        unit.label, unit.value = strip_label(lead), value.strip()
        if _GENERIC_LABEL.fullmatch(unit.label) and unit.value and "\n" not in unit.value:
            # 'Onderdeel: Leerdoelen' names a part of the plan, like a heading.
            unit.label, unit.value, unit.headingish = strip_label(unit.value), "", True
        return
    head, tab, tail = _at_column_gap(first_line)
    if (
        tab
        and not _COLUMN_GAP.search(tail)
        and kind is not BlockKind.TABLE_CELL
        and 0 < len(head.split()) <= MAX_LABEL_WORDS
        and _NUMBERING.sub("", head.strip() + " ", count=1).strip()
    ):
        # A two-cell table row printed as a line ('Geboortedatum<tab>29-05-2018', in a text file also
        # 'Geboortedatum      29-05-2018'): a label and its value.
        # (A row of more cells may be a header row, 'Doel<tab>Aanpak<tab>Wie'; '2.<tab>Onderbouwing' is a
        # numbered title.)
        rest = text.strip().split("\n", 1)
        unit.label = strip_label(head)
        unit.value = (tail + ("\n" + rest[1] if len(rest) > 1 else "")).strip()
        return
    words = first_line.split()
    short = 0 < len(words) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(first_line)
    if kind is BlockKind.TABLE_CELL:
        loc = block.location
        if short and (loc.column == 1 or loc.row == 1):
            unit.label = strip_label(first_line)
            rest = text.strip().split("\n", 1)
            unit.value = rest[1].strip() if len(rest) > 1 else ""
        return
    label = strip_label(first_line)
    if short and "\n" not in text.strip() and not (kind is BlockKind.LIST_ITEM and any(c.isdigit() for c in label)):
        # A short line on its own names what follows ('1. Onderbouwing' printed as a list item too);
        # a bullet with a date or a number in it ('januari 2026 (tussenevaluatie)') is an item of a list.
        unit.label, unit.headingish = label, True


_COLUMN_GAP = re.compile(r"(\t| {3,})")  # a tab, or the spaces that align a text file's columns


def _at_column_gap(line: str) -> tuple[str, str, str]:
    """The line split at its first column gap: (before, the gap, after); ('', '', '') without one."""
    parts = _COLUMN_GAP.split(line.strip(), maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else ("", "", "")


VALUE_BEFORE_COLON_WORDS = 3  # words after a label's tab gap that start a value, not another label


def asks(text: str) -> bool:
    """Whether a label is a question ('Wat is ermee gedaan?', 'Wat is ermee gedaan'), not a column's name
    ('Hoe vaak / vanaf')."""
    t = text.strip()
    return t.endswith("?") or (
        bool(_QUESTION_WORD.match(t.lower())) and len(re.findall(r"\w+", t)) >= MIN_QUESTION_WORDS
    )


MIN_QUESTION_WORDS = 4  # a question without its mark: 'Wat is ermee gedaan'


def is_question(text: str) -> bool:
    """A question with its mark that opens with a question word ('Wat helpt Floor?')."""
    t = text.strip()
    return t.endswith("?") and "\n" not in t and bool(_QUESTION_WORD.match(t.lower()))


def _label_length(lead: str) -> bool:
    """Whether a lead is short enough to be a label; a question may be longer ('Wat vindt Luuk zelf en
    wat hebben we daarmee gedaan?')."""
    question = lead.rstrip().endswith("?") and _QUESTION_WORD.match(lead.strip().lower())
    return len(lead.split()) <= (MAX_QUESTION_LABEL_WORDS if question else MAX_LABEL_WORDS)


def _run_in(text: str) -> tuple[str, str] | None:
    """The lead of a run-in heading and the text after it: a lead of a few words, its last word no
    abbreviation ('Mw. Jansen ...'), followed by a sentence (in lower case too: 'Verwachte uitstroom.
    vmbo-kader'; the lead counts as a heading only where it is an element's whole label)."""
    m = _RUN_IN.match(text)
    if not m:
        return None
    lead, rest = m.group(1).strip(), m.group(2).strip()
    words = lead.split()
    if len(words) > MAX_RUN_IN_WORDS or len(words[-1]) < 3 or not (lead[0].isupper() or rest[0].isupper()):
        # (A line that starts in lower case and goes on in lower case is the rest of a sentence:
        # 'doel. opgenomen.')
        return None
    return strip_label(lead), rest


def value_beside(u: Unit, units: list[Unit]) -> str:
    """The value printed apart from its label: the next filled cell of a label cell's table row, or the form
    field right after a printed label ('Naam leerling' / [Saar]; fields named 'f1' say nothing); ''
    when there is none."""
    loc = u.block.location
    if u.kind is BlockKind.PARAGRAPH and not u.value and u.index + 1 < len(units):
        after = units[u.index + 1]
        return after.text if after.kind is BlockKind.FORM_FIELD and after.page == u.page else ""
    if u.kind is not BlockKind.TABLE_CELL or loc.row is None:
        return ""
    for v in units[u.index + 1 : u.index + 1 + ROW_CELLS_AHEAD]:
        vloc = v.block.location
        if v.kind is not BlockKind.TABLE_CELL or vloc.table != loc.table or vloc.row != loc.row:
            break
        if v.text.strip():
            return v.text  # the first filled cell: a scanned row may have empty cells between
    return ""


ROW_CELLS_AHEAD = 4


def wraps_on(u: Unit, after: Unit) -> bool:
    """Whether a printed line goes on in the next ('... voeren wij pas uit als u' / 'ermee instemt.'):
    two lines of running text on one page, the first ending mid-sentence."""
    return (
        u.kind is BlockKind.PARAGRAPH
        and after.kind is BlockKind.PARAGRAPH
        and after.index == u.index + 1
        and u.page is not None
        and u.page == after.page
        and not _ENDS_SENTENCE.search(u.text.rstrip())
    )


# A line's end that ends its sentence: not after an initial or a title ('aan dhr. W.' goes on).
_ENDS_SENTENCE = re.compile(rf"(?:[.!?](?<![\s.][^\W\d_]\.)(?<!^[^\W\d_]\.){NOT_AFTER_TITLE}|:)$")
# A sentence starts after a full stop that ends a word, not an initial or a title ('door A. Kramer', 'dhr. Bos').
SENTENCE_START = re.compile(rf"(?<=[.!?;])(?<!\b[^\W\d_]\.){NOT_AFTER_TITLE}\s+")


def last_sentence(text: str) -> str:
    """The sentence a line ends with, from its start ('... dit deel niet uit. Bent u' -> 'Bent u')."""
    return SENTENCE_START.split(text)[-1]


def in_dated_row(units: list[Unit], u: Unit) -> bool:
    """Whether a table cell's row also holds a date (a signature row, not a field of the plan's head)."""
    loc = u.block.location
    if u.kind is not BlockKind.TABLE_CELL or loc.row is None:
        return False
    row = (u.page, loc.table, loc.row)
    return any(
        has_date(v.text)
        for v in units[u.index + 1 : u.index + ROW_REACH]
        if v.kind is BlockKind.TABLE_CELL and (v.page, v.block.location.table, v.block.location.row) == row
    )


ROW_REACH = 8  # cells after a label cell that may share its row
