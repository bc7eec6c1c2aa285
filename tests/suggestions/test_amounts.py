"""Amounts: found in document text in either convention, and parsed from typed input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.api.amounts import format_amount
from app.suggestions.amounts import AmountInputError, find_amounts, parse_amount_input

money = st.decimals(min_value=Decimal("-999999999.99"), max_value=Decimal("999999999.99"),
                    places=2, allow_nan=False, allow_infinity=False)


def english(value: Decimal, grouped: bool = True) -> str:
    return f"{value:,.2f}" if grouped else f"{value:.2f}"


def danish(value: Decimal, grouped: bool = True) -> str:
    text = format_amount(value)
    return text if grouped else text.replace(".", "")


def spaced(value: Decimal) -> str:
    return format_amount(value).replace(".", " ")


@given(money, st.sampled_from([danish, english]), st.booleans())
@example(Decimal("1234.56"), danish, True)
@example(Decimal("-0.05"), english, False)
def test_format_then_find_round_trips(value: Decimal, style: object, grouped: bool) -> None:
    assert callable(style)
    text = style(value, grouped)
    found = find_amounts(f"I alt DKK\t{text}")
    assert [m.value for m in found] == [value]
    assert found[0].has_decimals


@given(money, st.sampled_from([danish, english]), st.booleans())
def test_format_then_parse_typed_round_trips(value: Decimal, style: object,
                                            grouped: bool) -> None:
    assert callable(style)
    assert parse_amount_input(style(value, grouped)) == value


@given(money)
def test_space_grouping_round_trips(value: Decimal) -> None:
    assert [m.value for m in find_amounts(spaced(value))] == [value]
    assert parse_amount_input(spaced(value)) == value


@given(money, st.sampled_from(["kr.", "DKK", "EUR", "€", "$", "USD"]), st.booleans(),
       st.sampled_from([danish, english]))
def test_currency_before_or_after(value: Decimal, sign: str, before: bool,
                                  style: object) -> None:
    assert callable(style)
    number = style(value)
    text = f"{sign} {number}" if before else f"{number} {sign}"
    (match,) = find_amounts(f"Total\t{text}")
    assert match.value == value
    assert match.currency == {"kr.": "DKK", "€": "EUR", "$": "USD"}.get(sign, sign)


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("1.234,56", "1234.56", None),
    ("1,234.56", "1234.56", None),
    ("1 234,56", "1234.56", None),
    ("1234.56", "1234.56", None),
    ("-1.234,56", "-1234.56", None),
    ("kr. 1.234,56", "1234.56", "DKK"),
    ("DKK 1.234,56", "1234.56", "DKK"),
    ("€ 1.234,56", "1234.56", "EUR"),
    ("1.234,56 EUR", "1234.56", "EUR"),
    ("€1,234.56", "1234.56", "EUR"),
    ("€ -9,32", "-9.32", "EUR"),
    ("1.234,-", "1234", None),
    ("kr. 450", "450", "DKK"),
    ("1’234.50 CHF", "1234.50", "CHF"),
    ("1.250,00DKK", "1250.00", "DKK"),
    ("DKK1.250,00", "1250.00", "DKK"),
])
def test_document_forms(text: str, value: str, currency: str | None) -> None:
    (match,) = find_amounts(text)
    assert match.value == Decimal(value)
    assert match.currency == currency
    assert text[match.start:match.end] == text


@pytest.mark.parametrize("text", [
    "24.11.2026", "2026-11-24", "Tlf. 80 40 40 40", "CVR-nr. 34197598", "Moms 25 %",
    "15.00%", "Reg.nr. 0400 Kontonr. 0075125524", "IBAN DK7678510072322062", "3 stk.",
    "Kl. 15:23", "1.000", "version 1.2.3", "Side 1 af 4",
])
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_two_amounts_keep_their_own_signs() -> None:
    found = find_amounts("Tax 15% on $ 112.90 $ 16.94")
    assert [(m.value, m.currency) for m in found] == [
        (Decimal("112.90"), "USD"), (Decimal("16.94"), "USD")]


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,56", "1234.56"), ("1234,56", "1234.56"), ("1234.56", "1234.56"),
    ("-1.234,56", "-1234.56"), (" 12 ", "12"), ("1.234", "1234"), ("12,5", "12.5"),
    ("1.234.567,89", "1234567.89"), ("1,234,567.89", "1234567.89"), ("+5", "5"),
    ("−7,50", "-7.50"), ("0,05", "0.05"), ("1 234,56", "1234.56"),
])
def test_typed_input(text: str, value: str) -> None:
    assert parse_amount_input(text) == Decimal(value)


@pytest.mark.parametrize(("text", "reason"), [
    ("", "Type an amount"),
    ("   ", "Type an amount"),
    ("abc", "only digits"),
    ("12a", "only digits"),
    ("1,234", "at most 2 decimals"),
    ("1.234,567", "at most 2 decimals"),
    ("12.34.567", "threes"),
    ("1,23,4", "threes"),
    ("1.234.56", "threes"),
    ("1,234,56", "threes"),
    ("1,2,3.45", "threes"),
    ("1.234,56,78", "two decimal marks"),
    ("-", "digits"),
    ("--5", "digits"),
    (",5", "start or end"),
    ("1 234.567", "at most 2 decimals"),
    ("12e3", "only digits"),
    ("1.5.2026", "threes"),
])
def test_typed_refusals(text: str, reason: str) -> None:
    with pytest.raises(AmountInputError) as caught:
        parse_amount_input(text)
    assert reason in caught.value.reason


@given(st.text(max_size=20))
def test_garbage_is_refused_or_round_trips(text: str) -> None:
    """Any text either parses to an amount that formats back to itself, or is refused
    with an AmountInputError: nothing else escapes."""
    try:
        value = parse_amount_input(text)
    except AmountInputError as exc:
        assert exc.reason
        return
    assert parse_amount_input(format_amount(value)) == value  # at most 2 decimals: exact


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=10))
def test_letters_are_refused(text: str) -> None:
    with pytest.raises(AmountInputError):
        parse_amount_input(f"12{text}")


def test_decimals_setting() -> None:
    assert parse_amount_input("12", decimals=0) == 12
    with pytest.raises(AmountInputError, match="no decimals"):
        parse_amount_input("12,5", decimals=0)
    with pytest.raises(AmountInputError, match="too large"):
        parse_amount_input("1" * 16)
