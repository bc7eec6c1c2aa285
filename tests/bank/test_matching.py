"""Matching postings and documents: sign, rounding, the 3-day window, order and ties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.api.amounts import Amount
from app.api.models import BankPosting
from app.bank import (
    DocumentFacts,
    all_matches,
    documents_for_posting,
    pair_up,
    postings_for_document,
    text_similarity,
)
from app.suggestions import Field, Suggestion, Suggestions

DAY = date(2026, 11, 10)
_xids = iter(range(1, 10_000))


def posting(amount: str | None, days: int = 0, text: str = "Dankort-køb Netto") -> BankPosting:
    return BankPosting(
        xid=next(_xids),
        bank_date=DAY + timedelta(days=days),
        bank_text=text,
        bank_amount=Amount(amount) if amount is not None else None,
    )


def doc(
    key: int, total: str | None, supplier: str = "NETTO", day: date | None = DAY
) -> DocumentFacts:
    return DocumentFacts(key, Decimal(total) if total is not None else None, day, supplier)


def test_an_expense_matches_the_negative_posting_of_the_same_size() -> None:
    receipt = doc(1, "250.00")
    paid = posting("-250.00", 1)
    assert [m.posting for m in postings_for_document(receipt, [paid])] == [paid]
    assert [m.document for m in documents_for_posting(paid, [receipt])] == [receipt]
    (match,) = postings_for_document(receipt, [paid])
    assert (match.days, match.day_distance, match.expected_direction) == (1, 1, True)
    assert match.similarity == 1.0


def test_the_other_direction_matches_too_but_ranks_after() -> None:
    receipt = doc(1, "250.00")
    refund = posting("250.00", 0)  # money in, same day
    paid = posting("-250.00", 2)  # money out, two days later: the expected one
    ranked = postings_for_document(receipt, [refund, paid])
    assert [m.posting for m in ranked] == [paid, refund]
    assert [m.expected_direction for m in ranked] == [True, False]
    credit_note = doc(2, "-250.00")
    assert [m.posting for m in postings_for_document(credit_note, [refund, paid])] == [
        refund,
        paid,
    ]


@pytest.mark.parametrize(
    "total, paid, matches",
    [
        ("100.00", "-100.00", True),
        ("99.995", "-100.00", True),  # rounded half up to the øre
        ("100.004", "-100.00", True),
        ("100.005", "-100.00", False),  # 100.01
        ("100", "-100.00", True),
        ("100.01", "-100.00", False),
        ("99.99", "-100.00", False),
        ("0.00", "0.00", False),  # zero matches nothing
        ("1234.5", "-1234.50", True),
    ],
)
def test_amounts_are_compared_to_the_ore(total: str, paid: str, matches: bool) -> None:
    assert bool(postings_for_document(doc(1, total), [posting(paid)])) is matches


@pytest.mark.parametrize(
    "days, matches", [(-4, False), (-3, True), (0, True), (3, True), (4, False)]
)
def test_the_window_is_three_days_either_side(days: int, matches: bool) -> None:
    assert bool(postings_for_document(doc(1, "80.00"), [posting("-80.00", days)])) is matches


def test_the_window_can_be_changed() -> None:
    late = posting("-80.00", 10)
    assert postings_for_document(doc(1, "80.00"), [late], window_days=10)
    assert not postings_for_document(doc(1, "80.00"), [late], window_days=9)


def test_unknown_amounts_and_dates_match_nothing() -> None:
    assert postings_for_document(doc(1, None), [posting("-80.00")]) == []
    assert postings_for_document(doc(1, "80.00", day=None), [posting("-80.00")]) == []
    assert postings_for_document(doc(1, "80.00"), [posting(None)]) == []
    assert all_matches([posting(None)], [doc(1, None)]) == []


def test_the_closest_date_first_then_the_most_similar_text() -> None:
    receipt = doc(1, "80.00", "Café Englen")
    far = posting("-80.00", 3, "Dankort-køb Cafe Englen")
    near_other = posting("-80.00", 1, "Dankort-køb Netto")
    near_same = posting("-80.00", 1, "Dankort-køb Cafe Englen")
    ranked = postings_for_document(receipt, [far, near_other, near_same])
    assert [m.posting for m in ranked] == [near_same, near_other, far]


def test_ties_on_distance_and_text_prefer_a_posting_after_the_document() -> None:
    receipt = doc(1, "80.00")
    before = posting("-80.00", -1)
    after = posting("-80.00", 1)
    assert [m.posting for m in postings_for_document(receipt, [before, after])] == [after, before]


def test_complete_ties_are_ordered_stably_by_xid() -> None:
    receipt = doc(1, "80.00")
    first, second = posting("-80.00", 1), posting("-80.00", 1)
    for order in ([first, second], [second, first]):
        assert [m.posting for m in postings_for_document(receipt, order)] == [first, second]
    paid = posting("-80.00", 1)
    twins = [doc(7, "80.00"), doc(3, "80.00")]
    assert [m.document.key for m in documents_for_posting(paid, twins)] == [3, 7]


def test_documents_for_a_posting_best_first() -> None:
    paid = posting("-416.00", 0, "Mastercard Emmerys Aarhus")
    bakery = doc(1, "416.00", "Emmerys Bageri", DAY - timedelta(days=1))
    other = doc(2, "416.00", "Lagkagehuset", DAY - timedelta(days=1))
    older = doc(3, "416.00", "Emmerys Bageri", DAY - timedelta(days=3))
    wrong = doc(4, "415.00", "Emmerys Bageri", DAY)
    ranked = documents_for_posting(paid, [older, other, wrong, bakery])
    assert [m.document.key for m in ranked] == [1, 2, 3]


def test_pair_up_assigns_one_to_one_best_pairs_first() -> None:
    monday, tuesday = doc(1, "49.00", day=DAY), doc(2, "49.00", day=DAY + timedelta(days=1))
    p_monday, p_tuesday = posting("-49.00", 0), posting("-49.00", 1)
    pairs = pair_up([p_tuesday, p_monday], [tuesday, monday])
    assert {(m.document.key, m.posting.xid) for m in pairs} == {
        (1, p_monday.xid),
        (2, p_tuesday.xid),
    }
    assert all(m.days == 0 for m in pairs)
    # more documents than postings: the closest gets it, the other stays unpaired
    (only,) = pair_up([p_tuesday], [monday, tuesday])
    assert only.document.key == 2


def test_facts_from_suggestions() -> None:
    suggestions = Suggestions(
        document_date=Suggestion(Field.DOCUMENT_DATE, DAY, 0.9),
        total=Suggestion(Field.TOTAL, Amount("83.00"), 0.8),
        supplier_name=Suggestion(Field.SUPPLIER_NAME, "NORMAL Aarhus", 1.0),
    )
    facts = DocumentFacts.from_suggestions(42, suggestions, name="Normal - småindkøb")
    assert facts == DocumentFacts(42, Amount("83.00"), DAY, "NORMAL Aarhus", "Normal - småindkøb")
    empty = DocumentFacts.from_suggestions(43, Suggestions())
    assert (empty.total, empty.date, empty.supplier_name) == (None, None, "")
    # without a supplier name the file's name is compared
    named = DocumentFacts(44, Decimal("83.00"), DAY, "", "Kvittering Normal")
    (match,) = postings_for_document(named, [posting("-83.00", 2, "Dankort-køb Normal Aarhus")])
    assert match.similarity > 0.5


@pytest.mark.parametrize(
    "bank, supplier, low, high",
    [
        ("Dankort-køb OK Plus Højbjerg", "OK PLUS HØJBJERG", 1.0, 1.0),
        ("Visa/Dankort REGNSKABSPORTALEN.DK", "Regnskabsportalen ApS", 1.0, 1.0),
        ("Mastercard Jem og Fix", "JEM & FIX", 1.0, 1.0),
        ("Dankort-køb Cafe Englen", "Café Englen", 1.0, 1.0),
        ("Visa-køb ATELIERLUMIERE EUR 810,00", "Atelier Lumière SARL", 1.0, 1.0),
        ("Mastercard Emmerys Aarhus", "Emmerys Bageri", 0.5, 0.6),
        ("Dankort-køb Blomster Rosa", "Blomsterbutikken Rosa", 0.5, 0.7),
        ("Dankort-køb Netto Mejlgade", "Føtex", 0.0, 0.0),
        ("Dankort-køb", "Netto", 0.0, 0.0),
        ("Løn via Danløn", "", 0.0, 0.0),
    ],
)
def test_text_similarity(bank: str, supplier: str, low: float, high: float) -> None:
    assert low <= text_similarity(bank, supplier) <= high
