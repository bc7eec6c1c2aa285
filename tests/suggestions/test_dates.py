"""Dates in every supported form are found, read day first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.suggestions.dates import find_dates, parse_date

DA = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
      "oktober", "november", "december"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"]
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember"]
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"]
NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"]

Form = Callable[[date], str]
FORMS: dict[str, Form] = {
    "24.11.2026": lambda d: d.strftime("%d.%m.%Y"),
    "24-11-2026": lambda d: d.strftime("%d-%m-%Y"),
    "24/11/2026": lambda d: d.strftime("%d/%m/%Y"),
    "2026-11-24": lambda d: d.isoformat(),
    "8-9-2022": lambda d: f"{d.day}-{d.month}-{d.year}",
    "8.9.2022": lambda d: f"{d.day}.{d.month}.{d.year}",
    "24. november 2026": lambda d: f"{d.day}. {DA[d.month - 1]} {d.year}",
    "24 november 2026": lambda d: f"{d.day} {DA[d.month - 1]} {d.year}",
    "24 Nov 2026": lambda d: f"{d.day} {EN[d.month - 1][:3]} {d.year}",
    "24 November 2026": lambda d: f"{d:%d} {EN[d.month - 1]} {d.year}",
    "Nov 24, 2026": lambda d: f"{EN[d.month - 1][:3]} {d.day}, {d.year}",
    "November 24, 2026": lambda d: f"{EN[d.month - 1]} {d.day}, {d.year}",
    "24.11.26": lambda d: d.strftime("%d.%m.%y"),
    "24. März 2026": lambda d: f"{d.day}. {DE[d.month - 1]} {d.year}",
    "24 février 2026": lambda d: f"{d.day} {FR[d.month - 1]} {d.year}",
    "24 maart 2026": lambda d: f"{d.day} {NL[d.month - 1]} {d.year}",
    "24-nov-2026": lambda d: f"{d.day:02d}-{EN[d.month - 1][:3].lower()}-{d.year}",
}
# Two-digit years are read 2000-2069.
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
two_digit_years = st.dates(min_value=date(2000, 1, 1), max_value=date(2069, 12, 31))


@given(st.data(), st.sampled_from(sorted(FORMS)), st.sampled_from(["", "Fakturadato: ",
                                                                    "Date\t", "le "]),
       st.sampled_from(["", ".", "\tKl. 15:23", " - side 1"]))
@example(None, "24.11.2026", "", "")
def test_every_form_of_a_valid_date_is_found_day_first(
    data: st.DataObject | None, form: str, before: str, after: str
) -> None:
    if data is None:
        value = date(2026, 5, 6)  # ambiguous: 5 June day first, not 6 May
    else:
        value = data.draw(two_digit_years if form == "24.11.26" else dates)
    text = f"{before}{FORMS[form](value)}{after}"
    found = find_dates(text)
    assert [m.value for m in found] == [value], text
    written = FORMS[form](value)
    assert text[found[0].start:found[0].end] == written
    assert parse_date(written) == value


@given(dates)
def test_ambiguous_numeric_dates_are_day_first(value: date) -> None:
    text = value.strftime("%d/%m/%Y")
    (match,) = find_dates(text)
    assert match.value == value
    assert not match.month_first
    assert match.ambiguous == (value.day <= 12 and value.day != value.month)


@given(st.dates(min_value=date(1990, 1, 13), max_value=date(2099, 12, 31)).filter(
    lambda d: d.day > 12))
def test_month_first_only_when_day_first_is_impossible(value: date) -> None:
    (match,) = find_dates(value.strftime("%m/%d/%Y"))
    assert match.value == value and match.month_first


def test_month_first_when_asked() -> None:
    (match,) = find_dates("05/06/2026", day_first=False)
    assert match.value == date(2026, 5, 6)


@pytest.mark.parametrize(("text", "value"), [
    ("Facture n°562044387 du 02 Juillet 2015", date(2015, 7, 2)),
    ("1er juillet 2015", date(2015, 7, 1)),
    ("le 5 aout 2024", date(2024, 8, 5)),
    ("21. Maerz 2026", date(2026, 3, 21)),
    ("November 24th, 2026", date(2026, 11, 24)),
    ("Dato 10.06.2026          Kl. 15:23", date(2026, 6, 10)),
    ("2026/11/24", date(2026, 11, 24)),
    ("24. 11. 2026", date(2026, 11, 24)),
    ("Factuurdatum:\t19 april 2014", date(2014, 4, 19)),
    ("Dato 24/11-2026", date(2026, 11, 24)),
    ("5/6-26", date(2026, 6, 5)),
])
def test_forms_in_context(text: str, value: date) -> None:
    assert [m.value for m in find_dates(text)] == [value]


@pytest.mark.parametrize("text", [
    "1.234,56", "31.02.2026", "2026-13-01", "32/01/2026", "12:30", "v1.10.26",
    "Side 1 af 4", "24 november", "november 2026", "1234567", "10.2026", "99.99.99",
    "01.01.1850", "IBAN DK7678510072322062",
])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_a_period_gives_both_dates() -> None:
    found = find_dates("Periode: 01.10.2026 - 31.10.2026")
    assert [m.value for m in found] == [date(2026, 10, 1), date(2026, 10, 31)]
