"""Dates as European documents write them, found in a line of text.

Forms: 24.11.2026, 24-11-2026, 24/11/2026, 24.11.26, 8-9-2022, 2026-11-24, 2026/11/24,
"24. november 2026", "24 Nov 2026", "24-nov-2026", "1er juillet 2015", "Nov 24, 2026",
"November 24th, 2026", with month names and abbreviations in Danish, English, German,
French and Dutch (accents optional: "fevrier", "Maerz").

Numeric dates are read day first. Only when that reading is impossible and the
month-first one is not (03/20/2023 on an American invoice) is it read month first, and
the match says so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

__all__ = ["MONTHS", "DateMatch", "find_dates", "parse_date"]

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("januar", "january", "janvier", "januari", "jänner", "jan", "janv"),
    2: ("februar", "february", "février", "februari", "feb", "febr", "févr", "fév"),
    3: ("marts", "march", "märz", "mars", "maart", "mar", "mär", "mrz", "mrt", "maerz"),
    4: ("april", "avril", "apr", "avr"),
    5: ("maj", "may", "mai", "mei"),
    6: ("juni", "june", "juin", "jun"),
    7: ("juli", "july", "juillet", "jul", "juil"),
    8: ("august", "août", "augustus", "aug"),
    9: ("september", "septembre", "sep", "sept"),
    10: ("oktober", "october", "octobre", "okt", "oct"),
    11: ("november", "novembre", "nov"),
    12: ("december", "dezember", "décembre", "dec", "dez", "déc"),
}


def _fold(text: str) -> str:
    """Lower case without accents ("Février" -> "fevrier")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Written form (lower case, with and without accents) -> month number.
MONTHS: dict[str, int] = {}
for _number, _names in _MONTH_NAMES.items():
    for _name in _names:
        MONTHS[_name] = _number
        MONTHS[_fold(_name)] = _number

_MONTH = "|".join(sorted((re.escape(n) for n in MONTHS), key=len, reverse=True))
_SP = r"[ \u00a0]"  # a tight space inside a date (a column gap is a tab: no date)
_END = r"(?![^\W\d_])"  # not followed by a letter

_NUMERIC = re.compile(
    r"(?<![\w.,/\-])"
    r"(?P<a>\d{1,2})(?P<s>[./\-])" + _SP + r"?(?P<b>\d{1,2})(?P=s)" + _SP + r"?"
    r"(?P<y>\d{4}|\d{2})(?!\d|[.,/\-]\d)"
)
# Danish hands write "24/11-2026" and "24/11-26": day/month-year.
_SLASH_DASH = re.compile(
    r"(?<![\w.,/\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})-(?P<y>\d{4}|\d{2})(?!\d|[.,/\-]\d)"
)
_ISO = re.compile(
    r"(?<![\w.,/\-])(?P<y>(?:19|20)\d{2})(?P<s>[\-./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"(?!\d|[.,/\-]\d)"
)
_DAY_MONTH = re.compile(
    r"(?<![\d.,/\-])(?P<d>\d{1,2})(?:\.|er|st|nd|rd|th)?(?:" + _SP + r"*|[\-/])"
    r"(?P<mon>" + _MONTH + r")\.?" + _END + r"(?:,?" + _SP + r"*|[\-/])"
    r"(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"(?<![^\W\d_])(?P<mon>" + _MONTH + r")\.?" + _SP + r"+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?,?" + _SP + r"+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)

MIN_YEAR, MAX_YEAR = 1990, 2099


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text (``text[start:end]``)."""

    value: date
    start: int
    end: int
    month_first: bool = False  # read month first because day first was impossible
    ambiguous: bool = False  # numeric, and month first would have given another date
    numeric: bool = True


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def _has_month_name(text: str) -> bool:
    return any(
        w in MONTHS or _fold(w) in MONTHS
        for w in (m.group().casefold() for m in _LETTERS.finditer(text))
    )


_NUMERIC_HINT = re.compile(r"\d[./\-]" + _SP + r"?\d")
_YEAR_HINT = re.compile(r"\d{4}")


def find_dates(text: str, *, day_first: bool = True) -> list[DateMatch]:
    """Every date in ``text``, left to right (overlaps resolved: longest first)."""
    found: list[DateMatch] = []
    numeric = _NUMERIC_HINT.search(text) is not None
    if not numeric and _YEAR_HINT.search(text) is None:
        return found
    for match in _ISO.finditer(text) if numeric else ():
        value = _make(int(match["y"]), int(match["m"]), int(match["d"]))
        if value is not None:
            found.append(DateMatch(value, match.start(), match.end()))
    numeric_matches = [*_NUMERIC.finditer(text), *_SLASH_DASH.finditer(text)] if numeric else []
    for match in numeric_matches:
        a, b, year = int(match["a"]), int(match["b"]), _year(match["y"])
        first = _make(year, b, a) if day_first else _make(year, a, b)
        other = _make(year, a, b) if day_first else _make(year, b, a)
        if first is not None:
            found.append(DateMatch(first, match.start(), match.end(), not day_first,
                                   other is not None and other != first))
        elif other is not None:
            found.append(DateMatch(other, match.start(), match.end(), day_first))
    textual = _YEAR_HINT.search(text) is not None and _has_month_name(text)
    for pattern in (_DAY_MONTH, _MONTH_DAY) if textual else ():
        for match in pattern.finditer(text):
            month = MONTHS.get(match["mon"].casefold()) or MONTHS.get(_fold(match["mon"]))
            if month is None:  # pragma: no cover - the pattern only admits known names
                continue
            value = _make(int(match["y"]), month, int(match["d"]))
            if value is not None:
                found.append(DateMatch(value, match.start(), match.end(), numeric=False))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMatch] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def parse_date(text: str, *, day_first: bool = True) -> date | None:
    """The date that is all of ``text`` (surrounding spaces aside), or None."""
    text = text.strip()
    for m in find_dates(text, day_first=day_first):
        if m.start == 0 and m.end == len(text):
            return m.value
    return None
