"""Dates and timestamps as the API writes them.

Dates are ISO ``YYYY-MM-DD``. Timestamps are 23 characters, ``YYYY-MM-DDTHH:MM:SS.mmm``,
without a zone, in the vendor's local time (Europe/Copenhagen, CET/CEST).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

__all__ = [
    "VENDOR_TZ",
    "format_date",
    "format_timestamp",
    "parse_date",
    "parse_timestamp",
    "vendor_today",
]

VENDOR_TZ = ZoneInfo("Europe/Copenhagen")


def vendor_today() -> date:
    """Today's date where the vendor is (Copenhagen): the day the server's dates count
    from, which between 23:00 and midnight UTC is not the date of a machine on UTC."""
    return datetime.now(VENDOR_TZ).date()


def parse_date(text: str) -> date:
    """``"2026-11-24"`` -> date. Raises ValueError on anything else."""
    if len(text) != 10:
        raise ValueError(f"not an ISO date: {text!r}")
    return date.fromisoformat(text)


def format_date(value: date) -> str:
    return value.isoformat()


def parse_timestamp(text: str) -> datetime:
    """A vendor timestamp (local Copenhagen time, no zone) -> an aware datetime.

    Accepts the spec's 23-character form and, leniently, seconds without milliseconds.
    """
    naive = datetime.fromisoformat(text)
    if naive.tzinfo is not None:
        return naive
    return naive.replace(tzinfo=VENDOR_TZ)


def format_timestamp(value: datetime) -> str:
    """An aware (or vendor-local naive) datetime -> ``"2026-11-24T13:05:00.000"``."""
    local = value.astimezone(VENDOR_TZ) if value.tzinfo is not None else value
    return local.strftime("%Y-%m-%dT%H:%M:%S.") + f"{local.microsecond // 1000:03d}"
