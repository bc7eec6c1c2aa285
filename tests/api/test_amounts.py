"""Danish amounts on the wire: the conversions the whole program relies on."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.api.amounts import Amount, AmountFormatError, format_amount, parse_amount
from app.api.codec import decode, encode
from app.api.models import DebitCreditLine

money = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("9.999,99", Decimal("9999.99")),
        ("-1.234,56", Decimal("-1234.56")),
        ("197,00", Decimal("197")),
        ("0,50", Decimal("0.5")),
        ("1.000.000,00", Decimal("1000000")),
        ("100", Decimal("100")),
    ],
)
def test_parses_the_api_format(text: str, value: Decimal) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize(
    "text", ["", "1,234.56", "12.34", "1.23,00", "abc", "1,", "--1,00", "1 000,00"]
)
def test_rejects_what_is_not_the_api_format(text: str) -> None:
    with pytest.raises(AmountFormatError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("9999.99"), "9.999,99"),
        (Decimal("-1234.5"), "-1.234,50"),
        (Decimal("0"), "0,00"),
        (Decimal("0.005"), "0,01"),
        (Decimal("-0.004"), "0,00"),
        (Decimal("1234567.891"), "1.234.567,89"),
    ],
)
def test_formats_the_api_format(value: Decimal, text: str) -> None:
    assert format_amount(value) == text


@given(money)
def test_format_then_parse_is_identity(value: Decimal) -> None:
    assert parse_amount(format_amount(value)) == value


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15))
def test_any_decimal_formats_to_a_parsable_rounded_amount(value: Decimal) -> None:
    text = format_amount(value)
    assert "," in text and text.count(",") == 1
    assert abs(parse_amount(text) - value) <= Decimal("0.005")


@given(money)
def test_models_write_amounts_the_danish_way_and_read_them_back(value: Decimal) -> None:
    line = DebitCreditLine(account_number="3020", amount=Amount(value), vat_code="DKI25")
    wire = encode(line)
    assert f'"amount":"{format_amount(value)}"'.encode() in wire
    assert decode(wire, DebitCreditLine).amount == value
