"""validate_draft: what the form may send, as the user types it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.booking import Draft, DraftLine, Problem, ValidDraft, validate_draft

BASE = Draft(id=1, company_xid=100000001, date=date(2026, 11, 24), description="Kaffe")


def problems(draft: Draft) -> list[Problem]:
    result = validate_draft(draft)
    assert isinstance(result, list)
    return result


@pytest.mark.parametrize(
    "typed, value",
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("-1.234,56", "-1234.56"),
        ("1 234,5", "1234.5"),
        ("1.234", "1234"),
        (" 250 ", "250"),
    ],
)
def test_amounts_typed_the_danish_way_and_others(typed: str, value: str) -> None:
    result = validate_draft(replace(BASE, lines=(DraftLine("2750", "I25", typed),)))
    assert isinstance(result, ValidDraft)
    (line,) = result.lines
    assert line.amount == Decimal(value)
    assert (line.account_number, line.vat_code) == ("2750", "I25")


@pytest.mark.parametrize("typed", ["", "abc", "12,345", "1.23.4", "1,2,3", "--5", "1.234,5,6"])
def test_bad_amounts_are_refused_with_the_reason(typed: str) -> None:
    (problem,) = problems(replace(BASE, lines=(DraftLine("2750", "", typed),)))
    assert (problem.field, problem.line) == ("amount", 0)
    assert problem.message


def test_the_form_needs_a_date_a_description_and_a_line() -> None:
    empty = Draft(id=1, company_xid=100000001, lines=(DraftLine(), DraftLine(" ")))
    assert {p.field for p in problems(empty)} == {"date", "description", "lines"}


def test_accounts_and_vat_codes_are_checked_per_line() -> None:
    draft = replace(
        BASE,
        lines=(
            DraftLine("", "I25", "10,00"),
            DraftLine("Kasse", "", "10,00"),
            DraftLine("2750", "I 25", "10,00"),
            DraftLine("", "", ""),
            DraftLine(" 5820 ", "", "-20"),
        ),
    )
    found = {(p.field, p.line) for p in problems(draft)}
    assert found == {("account", 0), ("account", 1), ("vat_code", 2)}


def test_blank_lines_are_left_out_and_the_total_is_summed() -> None:
    draft = replace(
        BASE,
        supplier_xid=30001,
        lines=(DraftLine("2750", "I25", "100,50"), DraftLine(), DraftLine(" 5820 ", " ", "-100")),
    )
    result = validate_draft(draft)
    assert isinstance(result, ValidDraft)
    assert [(line.account_number, line.vat_code) for line in result.lines] == [
        ("2750", "I25"),
        ("5820", None),
    ]
    assert result.total == Decimal("0.50")
    assert result.date == date(2026, 11, 24)


def test_four_attachments_and_a_negative_supplier_are_refused() -> None:
    draft = replace(
        BASE,
        supplier_xid=-3,
        lines=(DraftLine("2750", "", "1"),),
        inbox_xids=(1, 2, 3, 4),
    )
    found = {p.field: p.message for p in problems(draft)}
    assert "at most 3 attached files" in found["attachments"]
    assert "supplier" in found
