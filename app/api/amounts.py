"""Danish amount strings on the wire ("9.999,99") and Decimal in code: the one place.

The API sends and expects amounts as text with a dot as the thousands separator and a
comma as the decimal mark. ``Amount`` is a ``Decimal`` subclass so the JSON codec knows
to write it the Danish way; everything else treats it as an ordinary Decimal.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["Amount", "AmountFormatError", "format_amount", "parse_amount"]

# Optional sign, digits grouped by dots (or not grouped at all), optional comma decimals.
_WIRE = re.compile(r"^(?P<sign>-?)(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?$")


class AmountFormatError(ValueError):
    """A text that is not an amount in the API's Danish format."""


class Amount(Decimal):
    """A money amount; written on the wire as ``"1.234,56"``."""

    __slots__ = ()

    @classmethod
    def of(cls, value: Decimal | int | str) -> Amount:
        """An Amount from a Decimal, an int or a Python decimal string ("1234.56")."""
        return cls(Decimal(value))

    def wire(self) -> str:
        return format_amount(self)


def parse_amount(text: str) -> Amount:
    """Parse the API's Danish amount format: ``"9.999,99"``, ``"-197,00"``, ``"100"``.

    Whitespace around the text is ignored. Anything else raises AmountFormatError.
    """
    match = _WIRE.match(text.strip())
    if match is None:
        raise AmountFormatError(f"not a Danish amount: {text!r}")
    digits = match["int"].replace(".", "")
    frac = match["frac"]
    try:
        value = Decimal(f"{match['sign']}{digits}.{frac}" if frac else f"{match['sign']}{digits}")
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise AmountFormatError(f"not a Danish amount: {text!r}") from exc
    return Amount(value)


def format_amount(value: Decimal, decimals: int = 2) -> str:
    """Format as the API wants it: ``Decimal("-1234.5")`` -> ``"-1.234,50"``.

    Rounds half up to ``decimals`` places (two for money).
    """
    if not value.is_finite():
        raise AmountFormatError(f"not a finite amount: {value}")
    quantum = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):,.{decimals}f}"  # "1,234.50"
    integer, _, frac = text.partition(".")
    integer = integer.replace(",", ".")
    return f"{sign}{integer},{frac}" if decimals else f"{sign}{integer}"
