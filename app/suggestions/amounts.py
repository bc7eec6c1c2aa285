"""Amounts as people write them: found in document text, and parsed from typed input.

Two entry points:

* ``find_amounts(text)``: every money amount in a line of document text, in either
  decimal convention, with thousands grouped by dots, commas, spaces or apostrophes, a
  sign, and a currency sign or code before or after it: "1.234,56", "1,234.56",
  "1 234,56", "1234.56", "-1.234,56", "kr. 1.234,56", "DKK 1.234,56", "€ 1.234,56",
  "1.234,56 EUR", "€1,234.56", "1.234,-". A number needs two decimals (or ",-"), or a
  currency beside it, to count as money: "3", "2026" and "1.000 kg" are not amounts.
* ``parse_amount_input(text)``: what the registration form accepts as typed: "1.234,56",
  "1234,56", "1234.56", "-1.234,56", "1 234,56", "1.234" (Danish thousands). Anything
  else is refused with an ``AmountInputError`` saying why, in English.

The API's own strict wire format is ``app.api.amounts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.api.amounts import Amount

__all__ = [
    "AmountInputError",
    "AmountMatch",
    "find_amounts",
    "parse_amount_input",
    "parse_document_amount",
]

# Currency signs and codes, as written -> ISO code. "kr." is read as Danish kroner: the
# documents this program sees are Danish unless they say otherwise.
CURRENCY_WORDS: dict[str, str] = {
    "kr": "DKK", "kr.": "DKK", "dkr": "DKK", "dkr.": "DKK", "dkk": "DKK",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "usd": "USD", "us$": "USD",
    "£": "GBP", "gbp": "GBP",
    "sek": "SEK", "nok": "NOK", "chf": "CHF", "pln": "PLN", "isk": "ISK",
}

_SPACE = "[ \u00a0\u202f\u2009]"
_CUR = r"(?:kr\.?|dkr\.?|dkk|eur|euros?|€|us\$|\$|usd|£|gbp|sek|nok|chf|pln|isk)"
_NUMBER = (
    r"\d{1,3}(?:(?P<sep>[.,'’]|" + _SPACE + r")\d{3})(?:(?P=sep)\d{3})*"
    r"(?:[.,](?:\d{2}|-|–))?"
    r"|\d+(?:[.,](?:\d{2}|-|–))?"
)
_AMOUNT = re.compile(
    r"(?<![\w,/:+\-−–])(?<!\d\.)(?<![^.]\.)"  # "....1.250,00" (a leader) is fine
    r"(?:(?P<pre>" + _CUR + r")" + _SPACE + r"?)?"
    r"(?P<sign>[-−–]" + _SPACE + r"?)?"
    r"(?:(?P<pre2>" + _CUR + r")" + _SPACE + r"?)?"
    r"(?P<num>" + _NUMBER + r")"
    r"(?!\d|[.,]\d|" + _SPACE + r"?%|[/:]\d|(?!" + _CUR + r")[^\W\d_])"
    r"(?:" + _SPACE + r"?(?P<suf>" + _CUR + r")(?![^\W_]|\$|" + _SPACE + r"?[-−–]?\d))?",
    re.IGNORECASE,
)


_DECIMALS = re.compile(r"[.,](?:\d{2}|-|–)$")


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """An amount found in a text: its value and where it is (``text[start:end]``)."""

    value: Decimal
    start: int
    end: int
    currency: str | None  # ISO code of a sign or code written beside it
    has_decimals: bool  # written with decimals (or ",-"), not a bare integer


def parse_document_amount(number: str) -> tuple[Decimal, bool] | None:
    """The value of a number as written on a document ("1.234,56", "1,234.56",
    "1 234", "1.234,-"), and whether it had decimals; None if it is not one."""
    if len(number) > 3 and number[-3] in ".," and number[:-3].isdigit() and (
        number[-2:].isdigit()
    ):  # the usual "1234,56" / "1234.56": no grouping to check
        return Decimal(f"{number[:-3]}.{number[-2:]}"), True
    text = number.strip().replace("\u2009", " ").replace("\u00a0", " ")
    text = text.replace("\u202f", " ").replace("’", "'")
    has_decimals = False
    if text.endswith((",-", ".-", ",–", ".–")):
        text, has_decimals = text[:-2], True
        frac = ""
    else:
        frac = ""
        last = max(text.rfind("."), text.rfind(","))
        if last >= 0 and len(text) - last - 1 == 2:
            text, frac, has_decimals = text[:last], text[last + 1:], True
    groups = re.split(r"[.,' ]", text)
    if len(groups) > 1:
        seps = set(re.findall(r"[.,' ]", text))
        if len(seps) != 1 or not (1 <= len(groups[0]) <= 3) or any(
            len(g) != 3 for g in groups[1:]
        ):
            return None
    digits = "".join(groups)
    if not digits.isdigit() or (frac and not frac.isdigit()):
        return None
    try:
        value = Decimal(f"{digits}.{frac}" if frac else digits)
    except InvalidOperation:  # pragma: no cover - only digits get here
        return None
    return value, has_decimals


def find_amounts(text: str, *, bare_integers: bool = False) -> list[AmountMatch]:
    """The money amounts in ``text``, left to right.

    A number counts when it has two decimals (or ",-") or a currency beside it;
    ``bare_integers`` also lets plain integers through (for a column of prices).
    """
    found: list[AmountMatch] = []
    if not any(c.isdigit() for c in text):
        return found
    for match in _AMOUNT.finditer(text):
        number = match["num"]
        code = match["pre"] or match["pre2"] or match["suf"]
        if code is None and not bare_integers and not _DECIMALS.search(number):
            continue  # a bare integer: a quantity, a year, a house number
        parsed = parse_document_amount(number)
        if parsed is None:
            continue
        value, has_decimals = parsed
        currency = CURRENCY_WORDS.get(code.lower()) if code else None
        if not has_decimals and currency is None and not bare_integers:
            continue
        if match["sign"]:
            value = -value
        start, end = match.start(), match.end()
        found.append(AmountMatch(value, start, end, currency, has_decimals))
    return found


# --- typed input --------------------------------------------------------------------


class AmountInputError(ValueError):
    """Typed text that is not an amount; ``reason`` says why (English, to translate)."""

    def __init__(self, reason: str, text: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.text = text


_INPUT_CHARS = re.compile(r"^[+\-−]?[0-9.,' ]+$")


def parse_amount_input(text: str, *, decimals: int = 2) -> Amount:
    """Parse an amount typed into the form, the Danish way first.

    Accepted: "1.234,56", "1234,56", "-1.234,56", "1 234,56", "1234.56" and
    "1,234.56" (a dot followed by one or two digits at the end is a decimal point),
    "1.234" and "1.234.567" (dots grouping thousands), "+12", "−12" (minus sign).
    Refused with the reason: empty text, letters or other signs, grouping that is not
    in threes, two decimal marks, more than ``decimals`` decimals, a lone sign.
    """
    raw = text
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    if not text:
        raise AmountInputError("Type an amount.", raw)
    if not _INPUT_CHARS.match(text):
        raise AmountInputError("An amount has only digits, a sign, and . or , marks.", raw)
    negative = text[0] in "-−"
    if text[0] in "+-−":
        text = text[1:].lstrip()
    if not text or not any(c.isdigit() for c in text):
        raise AmountInputError("An amount needs digits.", raw)
    if text[0] in ".,'" or text[-1] in "'":
        raise AmountInputError("An amount cannot start or end with a mark.", raw)
    integer, frac = _split_decimals(text, raw)
    if frac is not None:
        if not frac.isdigit():
            raise AmountInputError("Only digits may follow the decimal mark.", raw)
        if len(frac) > decimals:
            raise AmountInputError(
                f"An amount has at most {decimals} decimals." if decimals
                else "An amount here has no decimals.", raw)
    digits = _ungroup(integer, raw)
    value = Decimal(f"{digits}.{frac}" if frac else digits)
    if value.adjusted() >= 15:
        raise AmountInputError("The amount is too large.", raw)
    return Amount(-value if negative else value)


def _split_decimals(text: str, raw: str) -> tuple[str, str | None]:
    """(integer part with grouping, decimals or None)."""
    commas, dots = text.count(","), text.count(".")
    if commas and dots:  # both: the last one is the decimal mark
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        other = "." if mark == "," else ","
        if text.count(mark) > 1:
            raise AmountInputError("The amount has two decimal marks.", raw)
        integer, _, frac = text.rpartition(mark)
        if other not in integer:
            raise AmountInputError("The amount mixes its marks up.", raw)  # pragma: no cover
        return integer, frac
    if commas:  # Danish decimal comma; several commas can only be English grouping
        if commas == 1:
            integer, _, frac = text.partition(",")
            return integer, frac
        return text, None
    if dots == 1:  # "1234.56" (decimal point) or "1.234" (Danish thousands)
        integer, _, frac = text.partition(".")
        if len(frac) == 3 and integer.isdigit() and 1 <= len(integer) <= 3:
            return text, None
        return integer, frac
    return text, None


def _ungroup(integer: str, raw: str) -> str:
    parts = re.split(r"[.,' ]", integer)
    if len(parts) > 1:
        seps = set(re.findall(r"[.,' ]", integer))
        if len(seps) > 1:
            raise AmountInputError("Thousands are grouped with different marks.", raw)
        if not (1 <= len(parts[0]) <= 3) or any(len(p) != 3 for p in parts[1:]):
            raise AmountInputError("Thousands must be grouped in threes, as in 1.234.567.",
                                   raw)
    digits = "".join(parts)
    if not digits.isdigit():
        raise AmountInputError("An amount has only digits, a sign, and . or , marks.", raw)
    return digits
