"""The match list: rows as documents or postings, a button per row, Enter activates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.api.amounts import Amount
from app.api.models import BankPosting
from app.bank import DocumentFacts, documents_for_posting, postings_for_document
from ui.formatting import format_amount, format_date
from ui.match_list import MatchList

DAY = date(2026, 11, 10)


def _posting(xid: int, day: int, amount: str, text: str) -> BankPosting:
    return BankPosting(
        xid=xid, bank_date=date(2026, 11, day), bank_text=text, bank_amount=Amount(amount)
    )


async def test_documents_with_attach_buttons_and_enter() -> None:
    paid = _posting(1, 11, "-1234.50", "Dankort-køb Netto")
    receipts = [
        DocumentFacts(10, Decimal("1234.50"), DAY, "Netto", "Netto kvittering"),
        DocumentFacts(11, Decimal("1234.50"), date(2026, 11, 13), "Føtex", "Føtex bon"),
        DocumentFacts(12, Decimal("99.00"), DAY, "Netto", "Another amount"),
    ]
    matches = documents_for_posting(paid, receipts)
    view = MatchList(MatchList.DOCUMENTS)
    view.setObjectName("someMatches")
    view.show()
    try:
        view.set_message("Looking…")
        assert view.message.isVisible() and view.count() == 0
        used: list[object] = []
        view.activated.connect(used.append)
        view.set_matches(matches)

        assert view.count() == 2 and not view.message.isVisible()
        assert view.row_text(0) == (
            f"Netto kvittering  ·  {format_date(DAY)}  ·  {format_amount(Decimal('1234.50'))}"
            "  ·  +1 day"
        )
        assert view.row_text(1).endswith("-2 days")
        assert view.button(0).text() == "Attach"
        QTest.mouseClick(view.button(1), Qt.MouseButton.LeftButton)
        assert used == [matches[1]]
        view.view.setFocus()
        view.view.setCurrentRow(0)
        QTest.keyClick(view.view, Qt.Key.Key_Return)
        assert used == [matches[1], matches[0]]

        view.set_matches([], empty_text="Nothing matches.")
        assert view.count() == 0 and view.message.text() == "Nothing matches."
    finally:
        view.hide()
        shiboken6.delete(view)


async def test_postings_with_use_buttons() -> None:
    receipt = DocumentFacts(10, Decimal("250"), DAY, "Netto")
    postings = [_posting(1, 10, "-250.00", "Dankort-køb Netto"), _posting(2, 9, "250.00", "Retur")]
    matches = postings_for_document(receipt, postings)
    view = MatchList(MatchList.POSTINGS)
    view.show()
    try:
        view.set_matches(matches)
        assert (
            view.row_text(0) == f"{format_date(DAY)}  ·  Dankort-køb Netto  ·  -250,00  ·  same day"
        )
        assert "(money the other way)" in view.row_text(1)
        assert view.button(0).text() == "Use"
    finally:
        view.hide()
        shiboken6.delete(view)
