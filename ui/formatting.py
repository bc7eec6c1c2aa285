"""Dates, times and amounts as the interface shows them, in Danish or English.

Both languages use Danish conventions where a bookkeeper in Denmark expects them:
amounts always read "1.234,56" (the same as on the vendor's wire and in Multi-Regnskab),
dates read "24.11.2026" in Danish and "24-11-2026" in English (day first, never the
American month-first order). ``set_language`` is called once by ``ui.i18n``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from app.api.wire import parse_timestamp

__all__ = [
    "current_language",
    "format_amount",
    "format_date",
    "format_datetime",
    "format_size",
    "format_timestamp",
    "locale_for",
    "parse_date",
    "set_language",
]

_DATE_FORMATS = {"da": "dd.MM.yyyy", "en": "dd-MM-yyyy"}
_TIME_FORMAT = "HH:mm"
_language = "da"


def locale_for(lang: str) -> QLocale:
    """The QLocale the interface uses for ``lang``: Danish, or English as used in Denmark."""
    if lang == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    # en_DK: English words, Danish number conventions (1.234,56)
    return QLocale(QLocale.Language.English, QLocale.Country.Denmark)


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in _DATE_FORMATS else "en"
    QLocale.setDefault(locale_for(_language))


def current_language() -> str:
    return _language


def _lang(lang: str | None) -> str:
    return lang if lang in _DATE_FORMATS else _language


def format_date(value: date | None, lang: str | None = None) -> str:
    """24.11.2026 (da) or 24-11-2026 (en); "" for None."""
    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    return locale_for(_lang(lang)).toString(qdate, _DATE_FORMATS[_lang(lang)])


def parse_date(text: str, lang: str | None = None) -> date | None:
    """The inverse of ``format_date``; also accepts ISO dates. None when not a date."""
    text = text.strip()
    for fmt in (_DATE_FORMATS[_lang(lang)], "yyyy-MM-dd", "dd.MM.yyyy", "dd-MM-yyyy"):
        qdate = QDate.fromString(text, fmt)
        if qdate.isValid():
            return date(qdate.year(), qdate.month(), qdate.day())
    return None


def format_datetime(value: datetime | None, lang: str | None = None) -> str:
    """24.11.2026 14:05 in local time; "" for None."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    qdt = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    fmt = f"{_DATE_FORMATS[_lang(lang)]} {_TIME_FORMAT}"
    return locale_for(_lang(lang)).toString(qdt, fmt)


def format_timestamp(stamp: str | None, lang: str | None = None) -> str:
    """A vendor timestamp ("2026-11-24T14:05:00.000", CET/CEST) in local time."""
    if not stamp:
        return ""
    try:
        return format_datetime(parse_timestamp(stamp), lang)
    except ValueError:
        return stamp


def format_amount(value: Decimal | float | int | None, lang: str | None = None) -> str:
    """1.234,56 with two decimals (and -1.234,56); "" for None."""
    if value is None:
        return ""
    quantized = Decimal(value).quantize(Decimal("0.01"))
    negative = quantized < 0
    whole, _, cents = f"{abs(quantized):.2f}".partition(".")
    loc = locale_for(_lang(lang))
    group = loc.groupSeparator() or "."
    decimal_point = loc.decimalPoint() or ","
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = group.join(groups) + decimal_point + cents
    return ("-" if negative else "") + text


def format_size(size: int, lang: str | None = None) -> str:
    """A byte count for people: 512 B, 1,5 kB, 12,3 MB (decimal units)."""
    loc = locale_for(_lang(lang))
    if size < 1000:
        return f"{size} B"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{loc.toString(value, 'f', 1)} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover
