"""Dates and the vendor's zone-less timestamps (Europe/Copenhagen)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.api.wire import VENDOR_TZ, format_date, format_timestamp, parse_date, parse_timestamp


def test_timestamp_is_copenhagen_local_time_winter_and_summer() -> None:
    winter = parse_timestamp("2026-01-15T12:00:00.000")
    summer = parse_timestamp("2026-07-15T12:00:00.000")
    assert winter.astimezone(UTC).hour == 11  # CET = UTC+1
    assert summer.astimezone(UTC).hour == 10  # CEST = UTC+2


def test_format_timestamp_has_the_spec_length() -> None:
    text = format_timestamp(datetime(2026, 11, 24, 13, 5, 7, 123456, tzinfo=UTC))
    assert text == "2026-11-24T14:05:07.123"
    assert len(text) == 23


@pytest.mark.parametrize("text", ["2026-13-01", "24-11-2026", "2026-1-1", ""])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_date_round_trip(value: date) -> None:
    assert parse_date(format_date(value)) == value


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    )
)
def test_timestamp_round_trip_to_the_millisecond(value: datetime) -> None:
    back = parse_timestamp(format_timestamp(value))
    # the one ambiguous hour when clocks go back may shift by an hour; nothing else moves
    diff = abs((back - value).total_seconds())
    assert diff < 0.001 or abs(diff - 3600) < 0.001
    assert back.tzinfo is VENDOR_TZ
    assert back - value < timedelta(hours=2)
