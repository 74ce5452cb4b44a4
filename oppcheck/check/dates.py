"""Find dates in Dutch (and ISO) notation."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
}
# A hyphen may be followed by the line break where a line wraps the date ('05-\n12-2025').
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})(?:-\s+|[-./ ])(\d{1,2})(?:-\s+|[-./ ])(\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_WORDS = re.compile(
    r"(?<!\w)(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\.\s*|\s+)(\d{4})(?!\d)",
    re.IGNORECASE,
)  # (a scan may read the space after the month as a dot: '20 april.2026')


def find_dates(text: str) -> list[dt.date]:
    """All valid calendar dates in `text`, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for m in _ISO.finditer(text):
        _add(found, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _NUMERIC.finditer(text):
        year = int(m.group(3))
        year = year + 2000 if year < 100 else year
        _add(found, m.start(), year, int(m.group(2)), int(m.group(1)))
    for m in _WORDS.finditer(text):
        _add(found, m.start(), int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    return [d for _, d in sorted(found, key=lambda x: x[0])]


_MONTH_YEAR = re.compile(
    r"(?<!\w)(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{4})(?!\d)", re.IGNORECASE
)


def find_months(text: str) -> list[dt.date]:
    """A month named with its year and no day ('oktober 2025'), as the first day of that month."""
    found: list[tuple[int, dt.date]] = []
    for m in _MONTH_YEAR.finditer(without_dates(text)):
        _add(found, m.start(), int(m.group(2)), MONTHS[m.group(1).lower()], 1)
    return [d for _, d in found]


def _add(found: list[tuple[int, dt.date]], pos: int, year: int, month: int, day: int) -> None:
    if not 1900 <= year <= 2100:
        return
    try:
        found.append((pos, dt.date(year, month, day)))
    except ValueError:
        pass


def without_dates(text: str) -> str:
    """The text with its dates blanked out."""
    for pattern in (_ISO, _NUMERIC, _WORDS):
        text = pattern.sub(" ", text)
    return text


def only_dates(text: str) -> bool:
    """Whether a text holds a date and nothing else but punctuation ('12 november 2025', '12-11-2025.')."""
    return has_date(text) and not re.sub(r"[\W_]+", "", without_dates(text))


def has_date(text: str) -> bool:
    return bool(find_dates(text))


def has_past_date(text: str) -> bool:
    """A date that has been (not 'wordt vastgesteld op 15 januari 2027')."""
    return any(d <= dt.date.today() for d in find_dates(text))
