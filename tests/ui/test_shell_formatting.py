"""Dates and amounts as the interface shows them; the language choice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from tests.ui.shell_support import gui_thread_gc  # noqa: F401  (a fixture)
from ui import formatting, i18n

pytestmark = pytest.mark.usefixtures("gui_thread_gc")


def test_dates_per_language() -> None:
    day = date(2026, 11, 24)
    assert formatting.format_date(day, "da") == "24.11.2026"
    assert formatting.format_date(day, "en") == "24-11-2026"
    assert formatting.format_date(None, "da") == ""
    assert formatting.parse_date("24.11.2026", "da") == day
    assert formatting.parse_date("24-11-2026", "en") == day
    assert formatting.parse_date("2026-11-24", "da") == day
    assert formatting.parse_date("31.02.2026", "da") is None


def test_amounts_are_danish_in_both_languages() -> None:
    for lang in ("da", "en"):
        assert formatting.format_amount(Decimal("1234.56"), lang) == "1.234,56"
        assert formatting.format_amount(Decimal("-9999999.995"), lang) == "-10.000.000,00"
        assert formatting.format_amount(0, lang) == "0,00"
        assert formatting.format_amount(Decimal("999.5"), lang) == "999,50"
    assert formatting.format_amount(None) == ""


def test_timestamps_and_sizes() -> None:
    # vendor time (Copenhagen) shown in the local zone, day first
    shown = formatting.format_timestamp("2026-11-24T14:05:00.000", "da")
    assert shown.startswith("24.11.2026") or shown.startswith("25.11.2026")
    assert formatting.format_timestamp("not a time", "da") == "not a time"
    when = datetime(2026, 1, 2, 3, 4, tzinfo=UTC).astimezone()
    assert formatting.format_datetime(when, "en").startswith(when.strftime("%d-%m-%Y"))
    assert formatting.format_size(512, "da") == "512 B"
    assert formatting.format_size(1_500, "da") == "1,5 kB"
    assert formatting.format_size(12_300_000, "en") == "12,3 MB"


def test_language_choice() -> None:
    danish = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert i18n.choose_language("en", "da", danish) == "en"  # --lang wins
    assert i18n.choose_language(None, "en", danish) == "en"  # then the remembered choice
    assert i18n.choose_language(None, None, danish) == "da"  # then the system
    assert i18n.choose_language(None, None, german) == "en"
    assert i18n.choose_language("fr", None, german) == "en"
