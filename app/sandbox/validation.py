"""Strict checks of request values; each failure is a 400 with a message naming the field."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date
from decimal import Decimal

from app.api.amounts import AmountFormatError, parse_amount
from app.sandbox.errors import bad_request

__all__ = [
    "INT32_MAX",
    "INT32_MIN",
    "INT64_MAX",
    "INT64_MIN",
    "danish_amount",
    "iso_date",
    "parse_int",
    "required_text",
    "strict_base64",
]

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER = re.compile(r"-?[0-9]{1,25}")
# Amounts beyond a trillion are not bookkeeping, they are a fuzzer.
_AMOUNT_LIMIT = Decimal(10) ** 15


def iso_date(field: str, text: str) -> date:
    """``YYYY-MM-DD`` and nothing else (no week dates, no times)."""
    if not _ISO_DATE.fullmatch(text):
        raise bad_request(f"{field}: expected an ISO date YYYY-MM-DD, got {_show(text)}")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise bad_request(f"{field}: {text!r} is not a valid date ({exc})") from None


def danish_amount(field: str, text: str) -> Decimal:
    """A Danish amount string such as ``"9.999,99"``."""
    try:
        value = parse_amount(text)
    except AmountFormatError:
        raise bad_request(
            f'{field}: expected a Danish amount such as "9.999,99", got {_show(text)}'
        ) from None
    if abs(value) >= _AMOUNT_LIMIT:
        raise bad_request(f"{field}: amount {_show(text)} is out of range")
    return Decimal(value)


def parse_int(field: str, text: str, *, minimum: int = INT64_MIN, maximum: int = INT64_MAX) -> int:
    """A decimal integer in ``[minimum, maximum]`` (ASCII digits only)."""
    if not _INTEGER.fullmatch(text):
        raise bad_request(f"{field}: expected an integer, got {_show(text)}")
    value = int(text)
    if not minimum <= value <= maximum:
        raise bad_request(f"{field}: {value} is out of range ({minimum}..{maximum})")
    return value


def required_text(field: str, text: str) -> str:
    """A string that is not empty or blank."""
    if not text.strip():
        raise bad_request(f"{field} must not be empty")
    return text


def strict_base64(field: str, text: str) -> bytes:
    """Standard base64 with padding; no whitespace, no URL-safe alphabet."""
    if len(text) % 4:
        raise bad_request(f"{field} is not valid base64 (standard alphabet, padded, no spaces)")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise bad_request(f"{field} is not valid base64") from None


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")
