"""Booking a bank posting in the main window: the Bank section, "Attach" on the receipt
that matches the posting, the registration panel beside the preview prefilled from the
bank, and the registration the sandbox receives. Also the sections' tabs and keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.api import MemoryTokenStore
from app.api.amounts import Amount
from app.api.wire import vendor_today
from app.sandbox.seed import MAIN_XID
from app.suggestions import parse_amount_input
from tests.bank.support import readable_pairs
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, close_shell, make_ctx, until
from tests.ui.test_registration_panel import type_cell
from ui.bank_view import BankView
from ui.customers_view import CustomersView
from ui.main import Shell
from ui.products_view import ProductsView
from ui.registration_lines import ACCOUNT
from ui.registration_panel import RegistrationPanel
from ui.workspace import AppServices

pytestmark = pytest.mark.timeout(120)


@asynccontextmanager
async def demo_window(make_sandbox: Any, tmp_path: Path) -> AsyncIterator[tuple[Any, Any]]:
    """The program's window on a fresh demo sandbox, opened inside the test (one run of
    the event loop from start to end)."""
    server = make_sandbox(seed="demo")
    store = MemoryTokenStore()
    ctx = make_ctx(server.base_url, tmp_path, store=store)
    ctx.services = AppServices.create(ctx.paths)
    shell = Shell(ctx, store)
    try:
        await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
        window = shell.window
        assert window is not None
        window.resize(1400, 860)
        window.show()
        await until(lambda: window.panels.inbox.state == "ready", 30, "the inbox")
        yield server, window
    finally:
        await close_shell(shell)
        await ctx.services.close()


async def test_book_a_posting_with_its_receipt_from_the_bank_section(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with demo_window(make_sandbox, tmp_path) as (server, window):
        await _book_from_the_bank(server, window)


async def _book_from_the_bank(server: Any, window: Any) -> None:
    await until(lambda: window.sections.count() == 4, 30, "the bank, customer, product tabs")
    assert [window.sections.tabText(i) for i in range(4)] == [
        "Documents", "Bank", "Customers", "Products"
    ]  # fmt: skip
    bank = window.findChild(BankView, "bankView")
    assert bank is not None
    assert window.findChild(CustomersView, "customersView") is not None
    assert window.findChild(ProductsView, "productsView") is not None
    panel = window.findChild(RegistrationPanel, "registrationPanel")
    assert panel is not None

    # Ctrl+2 shows the bank
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentWidget() is bank
    await until(lambda: bank.state == "ready", 30, "the postings")

    inbox = window.panels.inbox
    lines = inbox.lines()
    pairs = readable_pairs(vendor_today(), lines, bank.shown_postings())
    assert pairs, "the demo has receipts paid from the bank"
    posting, receipt = pairs[0]
    assert posting.bank_amount is not None

    bank.ledger.setFocus()
    QTest.keyClicks(bank.ledger, "5820")
    QTest.keyClick(bank.ledger, Qt.Key.Key_Return)
    assert bank.select_posting(posting.xid)
    await until(lambda: bank.matches_state == "ready", 60, "the matching documents")
    assert bank.matches.matches()[0].document.key == receipt.xid

    # "Attach" on the receipt: back to the documents, the form filled from the bank
    QTest.mouseClick(bank.matches.button(0), Qt.MouseButton.LeftButton)
    assert window.sections.currentIndex() == 0
    assert panel.attached_xids() == [receipt.xid]
    qdate = panel.date.date()
    assert dt.date(qdate.year(), qdate.month(), qdate.day()) == posting.bank_date
    assert panel.description.text() == posting.bank_text
    drafted = panel.lines.lines()
    assert [line.account for line in drafted] == ["5820", ""]
    assert [parse_amount_input(line.amount) for line in drafted] == [
        posting.bank_amount,
        -posting.bank_amount,
    ]
    assert panel.total.text() == "0,00"
    await until(lambda: inbox.current_line() is not None, 10, "the receipt shown")
    assert inbox.current_line().xid == receipt.xid

    await type_cell(panel, 1, ACCOUNT, "4000")
    booked: list[list[int]] = []
    panel.booked.connect(booked.append)
    QTest.keyClick(panel.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: booked, 30, "the registration booked")

    (received,) = server.store.registrations(MAIN_XID)
    assert received["date"] == posting.bank_date.isoformat()
    assert received["description"] == posting.bank_text
    amount = Amount(posting.bank_amount)
    assert received["debitCreditlines"] == [
        {"accountNumber": "5820", "amount": amount.wire()},
        {"accountNumber": "4000", "amount": Amount(-amount).wire()},
    ]
    assert received["filesToAttachXids"] == [receipt.xid]
    await until(lambda: receipt.xid not in {line.xid for line in inbox.lines()}, 10, "booked")


async def test_a_receipt_stayed_on_lists_the_posting_that_paid_it(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with demo_window(make_sandbox, tmp_path) as (_server, window):
        await until(lambda: window.sections.count() == 4, 30, "the sections")
        bank = window.findChild(BankView, "bankView")
        panel = window.findChild(RegistrationPanel, "registrationPanel")
        assert bank is not None and panel is not None
        await until(lambda: bank.state == "ready", 30, "the postings")
        inbox = window.panels.inbox
        posting, receipt = readable_pairs(vendor_today(), inbox.lines(), bank.shown_postings())[0]
        postings = panel.matching_postings.list

        # moving through a few documents to the receipt and staying there lists the
        # postings that may have paid it
        others = [line for line in inbox.lines() if line.xid != receipt.xid][:3]
        for line in others:
            inbox.select_xid(line.xid)
        inbox.select_xid(receipt.xid)
        await until(lambda: postings.count() > 0, 30, "the matching postings")
        first = postings.item(0)
        assert first is not None and posting.bank_text in first.text()
