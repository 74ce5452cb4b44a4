"""Remove personal data from quotes (--redact): names, BSN, date of birth, address, postcode, phone, e-mail.

A heuristic, tuned to the way OPP's write these down ("Naam leerling: Sanne de Vries", "BSN
123456782", "geboren op 3 mei 2015"). It errs on the side of removing too much. Other dates are
kept: the date the plan was adopted matters for the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NAME, BSN, BIRTH, ADDRESS, POSTCODE, PHONE, EMAIL = (
    "[naam]",
    "[bsn]",
    "[geboortedatum]",
    "[adres]",
    "[postcode]",
    "[telefoon]",
    "[e-mail]",
)

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|\(?0)[1-9](?:\)?[\s-]?\d){8}(?!\d)")
_POSTCODE = re.compile(r"\b[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})\b(?![-\w])")
_BSN_LABELLED = re.compile(
    r"(?i)\b(?:bsn|burgerservicenummer|sofi-?nummer)\b\s*(?:nr\.?|nummer)?\s*:?\s*"
    r"(?P<n>\d[\d. ]{6,11}\d)"
)
_NINE_DIGITS = re.compile(r"(?<![\d.,-])(?:\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}\.\d{2}\.\d{3})(?![\d,]|\.\d)")

_MONTHS = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|mrt|maart|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})"
_BIRTH = re.compile(
    rf"(?i)(?P<label>\b(?:geboortedatum|geb\.?\s*datum|geboren|geb\.)"
    rf"(?:\s+(?:te|in)\s+\w[\w-]*)?(?:\s+op)?\s*:?\s*)(?P<date>{_DATE})"
)

_STREET = (
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|pad|steeg|dijk|baan|markt|"
    r"ring|plantsoen|wal|erf|akker|veld|hage|dam|oord|haven|burg|kamp|wijk|zoom|boulevard|allee)"
)
_ADDRESS = re.compile(
    rf"\b(?:[A-Z][\w'.-]{{0,30}}\s+){{0,3}}(?:[a-z']{{1,5}}\s+){{0,2}}"
    rf"[A-Z][\w'-]{{0,30}}{_STREET}"
    r"\s+\d{1,5}(?:\s?[a-zA-Z]\b|\s?-\s?\d{1,4}\b|\s?(?:bis|hs|huis)\b)?"
)
_ADDRESS_LABELLED = re.compile(
    r"(?i)(?P<label>\b(?:woon)?adres\s*:\s*|\bwoonachtig\s+(?:aan|op)\s+)"
    r"(?P<value>[^\n\t|;]+)"
)

_TUSSEN = r"(?:van|de|der|den|ter|ten|te|het|'t|in|op|aan|uit|von|la|le|du|d'|da|del|di|el|al)"
# Letters of names beyond Latin-1 too (Łukasz, Şükran, Yılmaz, Žižek, Nguyễn, Олена): every upper- and
# lower-case letter of the Latin, Greek and Cyrillic blocks.
_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF))
_UP = "".join(chr(c) for a, b in _RANGES for c in range(a, b + 1) if chr(c).isupper())
_LOW = "".join(chr(c) for a, b in _RANGES for c in range(a, b + 1) if chr(c).islower())
_WORD = (
    rf"(?:[{_UP}][{_LOW}'’]+(?:-[{_UP}{_LOW}'’]+)*"
    rf"|[{_UP}]\.(?:\s?[{_UP}]\.)*)"
)
_SP = r"(?:[ \t]+|(?<=\.)\s+)"  # within a name; a line break only after an initial ("T.\nHofstede")
_ONE_NAME = rf"(?:{_TUSSEN}{_SP})*{_WORD}(?:{_SP}(?:{_TUSSEN}{_SP})*{_WORD}){{0,4}}"
_ROLES = (
    r"(?:leerling|kind|ouders?(?:\s*/\s*verzorgers?|\(s\))?|verzorgers?|moeder|vader|mentor|"
    r"directeur|directrice|intern\s+begeleider|ib'?-?er|(?:groeps)?leerkracht|orthopedagoog|"
    r"psycholoog|zorgco[oö]rdinator|trajectbegeleider|contactpersoon|casemanager|"
    r"opgesteld\s+door|ondertekend\s+door)"
)
_TITLES = r"(?:dhr|mevr|mw|mr|dr|drs|ir|ing)\.?|mevrouw|meneer|de\s+heer|juf|meester"
_LABEL = rf"(?:\bnaam(?:\s+(?:van\s+(?:de\s+)?)?{_ROLES})?\s*:|\b{_ROLES}\b\s*[:,]?|\b(?:{_TITLES})(?!\w))"
_NAMES = re.compile(
    rf"(?P<label>(?:(?i:{_LABEL})[ \t]*)+)"
    rf"(?P<names>{_ONE_NAME}(?:[ \t]*(?:,|&|\ben\b)[ \t]*{_ONE_NAME})*)"
)

_ROLE_IN_BRACKETS = re.compile(rf"[ \t]*\((?i:{_ROLES}|{_TITLES})[^)\n]{{0,40}}\)")
# A name in brackets right after a role or a name: "moeder van Sem (Fatma Yılmaz)", "[naam] (Anna)".
_NAME_IN_BRACKETS = re.compile(
    rf"(?:\[naam\]|\b(?i:{_ROLES}|{_TITLES})\b)[^()\n]{{0,40}}?\([ \t]*"
    rf"(?:(?i:{_TITLES})[ \t]+)?(?P<names>{_ONE_NAME})[ \t]*(?:[,)])"
)
_NAME_AT_END = re.compile(rf"(?<![\w.'’-])(?P<names>{_ONE_NAME})$")

# Capitalised words that follow a role word but are not names.
_NOT_NAMES = {
    "groep",
    "klas",
    "school",
    "basisschool",
    "datum",
    "naam",
    "adres",
    "telefoon",
    "handtekening",
    "geboortedatum",
    "bsn",
    "ja",
    "nee",
    "opp",
    "het",
    "de",
    "een",
    "deze",
    "dit",
    "die",
    "is",
    "heeft",
    "wordt",
    "zal",
    "kan",
    "en",
    "of",
    "in",
    "op",
    "bij",
    "met",
    "voor",
    "n.v.t",
    "nvt",
    "onbekend",
    "ondertekening",
    "akkoord",
    "gezien",
    "plaats",
    "e-mail",
    "email",
    "mentor",
    "leerling",
    "ouders",
    "ouder",
    "moeder",
    "vader",
    "directeur",
    "dhr",
    "mevr",
    "mevrouw",
    "meneer",
    "zie",
    "vanaf",
    "tot",
    "wij",
    "ik",
    "hij",
    "zij",
    "ze",
    "hem",
    "haar",
    "hun",
    "uw",
    "u",
    "juf",
    "meester",
    "rekenen",
    "lezen",
    "taal",
    "spelling",
    "begrijpend",
    "technisch",
    "schrijven",
    "gedrag",
    "werkhouding",
    "sociaal",
    "sociaal-emotioneel",
    "emotioneel",
    "motoriek",
    "doel",
    "doelen",
    "uitstroomprofiel",
    "ondersteuning",
    "niveau",
    "vmbo",
    "havo",
    "vwo",
    "praktijkonderwijs",
    "extra",
    "geen",
    "zorg",
    "aanwezig",
    "afwezig",
    "dyslexie",
    "dyscalculie",
    "adhd",
    "autisme",
    "ass",
}
_NAME_PART = re.compile(_WORD)
_ONE_NAME_RE = re.compile(_ONE_NAME)


def redact(text: str, names: Iterable[str] = ()) -> str:
    """`text` with personal data replaced by placeholders such as "[naam]" and "[bsn]".

    `names` are names found elsewhere in the document (see `find_names`); they are removed too, so
    that a quote such as "Sanne leest op niveau" loses the child's first name.
    """
    text = _EMAIL.sub(EMAIL, text)
    text = _BIRTH.sub(lambda m: m["label"] + BIRTH, text)
    text = _PHONE.sub(PHONE, text)
    text = _BSN_LABELLED.sub(lambda m: m[0][: m.start("n") - m.start()] + BSN, text)
    text = _NINE_DIGITS.sub(lambda m: BSN if _elfproef(m[0]) else m[0], text)
    text = _ADDRESS_LABELLED.sub(lambda m: m["label"] + ADDRESS, text)
    text = _ADDRESS.sub(ADDRESS, text)
    text = _POSTCODE.sub(POSTCODE, text)
    found = _names_with_spans(text)
    for start, end, _ in reversed(found):
        text = text[:start] + NAME + text[end:]
    found += _bracketed_names(text)
    return _remove_names(text, [n for _, _, n in found] + list(names))


def _bracketed_names(text: str) -> list[tuple[int, int, str]]:
    """Names in brackets after a role or a removed name ('moeder van [naam] (Fatma Yılmaz)')."""
    out = []
    for m in _NAME_IN_BRACKETS.finditer(text):
        name = _cut_at_non_name(m["names"])
        if name:
            out.append((m.start("names"), m.start("names") + len(name), name))
    return out


def find_names(text: str) -> list[str]:
    """The person names `redact` recognises in `text` (after a role or a title), in order."""
    found = _names_with_spans(text)
    marked = text
    for start, end, _ in reversed(found):
        marked = marked[:start] + NAME + marked[end:]
    return [name for _, _, name in found] + [name for _, _, name in _bracketed_names(marked)]


def _names_with_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for each name after a label or before "(role)", in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    while match := _NAMES.search(text, pos):
        pos = match.end()
        offset = match.start("names")
        for one in _ONE_NAME_RE.finditer(match["names"]):
            name = _cut_at_non_name(one[0])
            if name:
                spans.append((offset + one.start(), offset + one.start() + len(name), name))
            if len(name) < len(one[0]):  # a non-name ends the list ("Moeder: Anna en Groep 5")
                pos = offset + one.start() + len(name)  # rescan: it may start a new label
                break
    for role in _ROLE_IN_BRACKETS.finditer(text):  # "B. Willemsen (leerkracht)"
        before = list(re.finditer(r"\S+", text[max(0, role.start() - 80) : role.start()]))[-6:]
        if not before:
            continue
        window_start = max(0, role.start() - 80) + before[0].start()  # the last six words
        match = _NAME_AT_END.search(text, window_start, role.start())
        if not match:
            continue
        candidate = match["names"]
        skip = 0
        for token in re.finditer(r"\S+", candidate):  # drop leading words that are no name ("Met")
            if token[0].lower().rstrip(".,:;") not in _NOT_NAMES:
                break
            skip = token.end()
        name = _cut_at_non_name(candidate[skip:].lstrip())
        if name:
            start = match.start("names") + candidate.index(name, skip)
            spans.append((start, start + len(name), name))
    spans.sort()
    return [s for i, s in enumerate(spans) if i == 0 or s[0] >= spans[i - 1][1]]


def _cut_at_non_name(candidate: str) -> str:
    """The leading part of `candidate` that looks like a name, or "" when it starts with a non-name."""
    end = 0
    for token in re.finditer(r"\S+", candidate):
        word = token[0]
        if word.lower().rstrip(".,:;") in _NOT_NAMES and not re.fullmatch(_TUSSEN, word):
            break
        end = token.end()
    name = candidate[:end]
    while name and re.search(rf"(?:^|\s){_TUSSEN}$", name):  # never end on "van"
        name = re.sub(rf"(?:^|\s+){_TUSSEN}$", "", name)
    return name if _NAME_PART.search(name) else ""


def _remove_names(text: str, names: list[str]) -> str:
    """Remove each full name, then each of its parts of three letters or more, as whole words."""
    full = {name.strip() for name in names if name.strip()}
    parts = {
        part
        for name in full
        for part in _NAME_PART.findall(name)
        if len(part) >= 3 and "." not in part and part.lower() not in _NOT_NAMES
    }
    for group in (full, parts):
        if group:
            alternatives = "|".join(re.escape(g) for g in sorted(group, key=len, reverse=True))
            text = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", NAME, text)
    return re.sub(r"\[naam\](?:\s+\[naam\])+", NAME, text)


def _elfproef(number: str) -> bool:
    """True for a 9-digit number that passes the BSN eleven test."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0
