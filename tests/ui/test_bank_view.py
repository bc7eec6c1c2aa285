"""The bank view against the demo sandbox: real widgets, real requests, a real render
worker for the receipts' totals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.api import ApiClient, models
from app.bank.facts import DocumentFactsIndex
from app.bank.service import BankMatcher
from app.booking import BookingMemory
from app.documents import DocumentStore
from app.paths import AppPaths
from app.previews import RenderService
from app.sandbox.faults import Fault
from app.sandbox.seed import HOLM_XID, MAIN_DRIFT_XID, MAIN_SAVINGS_XID, MAIN_XID
from app.sandbox.server import SandboxServer
from app.suggestions import SUGGESTION_HANDLERS
from app.tasks import Tasks
from tests.bank.support import readable_pairs, signed_in
from tests.ui.shell_support import until
from ui.bank_view import BankView
from ui.formatting import format_amount, format_date, format_timestamp

pytestmark = pytest.mark.timeout(120)


@dataclass
class Env:
    server: SandboxServer
    api: ApiClient
    company: models.CompanyAndAccess
    memory: BookingMemory
    tasks: Tasks
    today: date
    matcher: BankMatcher | None = None
    views: list[BankView] = field(default_factory=list)

    async def view(self, company: models.CompanyAndAccess | None = None) -> BankView:
        view = BankView(
            self.api, self.tasks, self.memory, matcher=self.matcher, today=lambda: self.today
        )
        view.resize(1100, 700)
        view.show()
        self.views.append(view)
        view.set_company(company or self.company)
        await until(lambda: view.state not in ("idle", "loading"), 15, "the bank loaded")
        return view

    def close(self, view: BankView) -> None:
        view.shutdown()
        view.hide()  # not close(): the last window closed would quit the event loop
        self.views.remove(view)
        shiboken6.delete(view)


@asynccontextmanager
async def open_env(
    server: SandboxServer, tmp_path: Path, *, matching: bool = False
) -> AsyncIterator[Env]:
    paths = AppPaths.under(tmp_path / "client").ensure()
    memory = BookingMemory.open(paths)
    tasks = Tasks()
    async with signed_in(server.base_url) as (api, company):
        env = Env(server, api, company, memory, tasks, server.store.today())
        renderer: RenderService | None = None
        if matching:
            renderer = RenderService(workers=1, job_timeout=20, extra_handlers=SUGGESTION_HANDLERS)
            env.matcher = BankMatcher(api, DocumentFactsIndex(DocumentStore(api, None), renderer))
        try:
            yield env
        finally:
            for view in list(env.views):
                env.close(view)
            await tasks.close()
            if env.matcher is not None:
                await env.matcher.index.close()
            if renderer is not None:
                await renderer.close()
            memory.close()


def three_months_before(day: date) -> date:
    back = QDate(day.year, day.month, day.day).addMonths(-3)
    return date(back.year(), back.month(), back.day())


def shown_dates(view: BankView) -> list[date]:
    return [p.bank_date for p in view.shown_postings()]


async def test_accounts_balances_default_period_search_and_reload(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    async with open_env(sandbox, tmp_path) as env:
        view = await env.view()
        assert view.objectName() == "bankView" and view.state == "ready"

        # the accounts, each with its latest balances the Danish way
        assert [a.name for a in view.accounts()] == ["Driftskonto", "Opsparing"]
        balances = [b for b in await env.api.bank_balances(MAIN_XID)]
        drift_text = view.account_text(MAIN_DRIFT_XID)
        for balance in (b for b in balances if b.bank_account_xid == MAIN_DRIFT_XID):
            assert f"{format_amount(balance.balance_amount)} DKK" in drift_text
        assert "Booked balance: " in drift_text and "Available: " in drift_text
        stamp = next(b.timestamp for b in balances if b.bank_account_xid == MAIN_DRIFT_XID)
        assert format_timestamp(stamp) in drift_text
        assert view.current_account() is not None
        assert view.current_account().xid == MAIN_DRIFT_XID  # type: ignore[union-attr]

        # the last three months, newest first: exactly what the server has for them
        first = three_months_before(env.today)
        assert view.period() == (first, env.today)
        assert view.from_date.text() == format_date(first)  # 24.08.2026 in Danish
        expected = await env.api.bank_postings(
            MAIN_XID, MAIN_DRIFT_XID, from_date=first, to_date=env.today
        )
        shown = view.shown_postings()
        assert {p.xid for p in shown} == {p.xid for p in expected}
        assert len(shown) > 30
        dates = shown_dates(view)
        assert dates == sorted(dates, reverse=True) and first <= dates[-1]
        assert dates[-1] < env.today - timedelta(days=40)  # more than the server's default month
        total = sum((p.bank_amount or 0 for p in expected), start=0)
        assert view.count_label.text() == f"{len(shown)} postings, sum {format_amount(total)} DKK"
        # amounts right-aligned, money out in red
        model = view.proxy
        out = next(r for r, p in enumerate(shown) if (p.bank_amount or 0) < 0)
        index = model.index(out, 2)
        assert index.data() == format_amount(shown[out].bank_amount)
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None

        # search by text, then by amount typed either way
        telia = [p for p in shown if "telia" in p.bank_text.casefold()]
        assert telia
        QTest.keyClicks(view.search, "telia")
        assert {p.xid for p in view.shown_postings()} == {p.xid for p in telia}
        assert view.count_label.text().startswith(f"{len(telia)} posting")
        assert f"(of {len(shown)})" in view.count_label.text()
        big = next(p for p in shown if p.bank_amount is not None and abs(p.bank_amount) >= 1000)
        danish = format_amount(abs(big.bank_amount or 0))  # 1.234,56
        plain = f"{abs(big.bank_amount or 0):.2f}"  # 1234.56
        for typed in (danish, plain):
            view.search.clear()
            QTest.keyClicks(view.search, typed)
            found = view.shown_postings()
            assert big in found and len(found) < len(shown)
            assert all(
                abs(p.bank_amount or 0) == abs(big.bank_amount or 0)
                or typed in (p.bank_text + (p.extra_bank_text or "") + (p.user_note or ""))
                for p in found
            )
        view.search.clear()
        assert len(view.shown_postings()) == len(shown)

        # a quick choice reloads: this month only
        path = f"/bankPostings/{MAIN_XID}/{MAIN_DRIFT_XID}"
        requests = env.server.request_log.count(path, "GET")
        month_start = env.today.replace(day=1)
        view.period_choice.setCurrentIndex(BankView.CHOICE_THIS_MONTH)
        view.period_choice.activated.emit(BankView.CHOICE_THIS_MONTH)  # as a user's pick
        await until(
            lambda: view.state in ("ready", "empty") and view.period()[0] == month_start,
            10,
            "this month's postings",
        )
        assert view.period() == (month_start, env.today)
        this_month = [p for p in expected if p.bank_date >= month_start]
        assert {p.xid for p in view.shown_postings()} == {p.xid for p in this_month}
        # typing a date reloads too (once the typing pauses), as a custom period
        longer = env.today - timedelta(days=200)
        view.from_date.setDate(QDate(longer.year, longer.month, longer.day))
        await until(
            lambda: view.state == "ready" and min(shown_dates(view)) < first,
            10,
            "the longer period",
        )
        assert view.period() == (longer, env.today)
        assert view.period_choice.currentIndex() == BankView.CHOICE_CUSTOM
        assert env.server.request_log.count(path, "GET") == requests + 2

        # the other account
        view.accounts_list.setCurrentRow(1)
        await until(lambda: view.state in ("ready", "empty"), 10, "the savings account")
        savings = await env.api.bank_postings(
            MAIN_XID, MAIN_SAVINGS_XID, from_date=longer, to_date=env.today
        )
        assert {p.xid for p in view.shown_postings()} == {p.xid for p in savings}


async def test_book_a_posting_with_its_matching_receipt(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    async with open_env(sandbox, tmp_path, matching=True) as env:
        view = await env.view()
        lines = [line async for page in env.api.iter_archive_files(MAIN_XID) for line in page]
        shown = view.shown_postings()
        pairs = readable_pairs(env.today, lines, shown)
        assert len(pairs) >= 3
        (posting, receipt), (other, other_receipt) = pairs[0], pairs[1]

        # the ledger account of the bank account, typed once
        view.ledger.setFocus()
        QTest.keyClicks(view.ledger, "5820")
        QTest.keyClick(view.ledger, Qt.Key.Key_Return)
        assert env.memory.bank_ledger_account(MAIN_XID, MAIN_DRIFT_XID) == "5820"

        # choosing a posting, then another at once: the first search is given up
        assert view.select_posting(other.xid)
        assert view.matches_state == "loading"
        assert view.select_posting(posting.xid)
        await until(lambda: view.matches_state != "loading", 30, "the matching documents")
        assert view.matches_state == "ready" and view.matches_for == posting
        best = view.matches.matches()[0]
        assert best.document.key == receipt.xid and best.posting == posting
        first_row = view.matches.row_text(0)
        assert receipt.name in first_row
        assert format_amount(-(posting.bank_amount or 0)) in first_row
        assert ("same day" in first_row) if best.days == 0 else (f"+{best.days} day" in first_row)
        assert all(m.document.key != other_receipt.xid for m in view.matches.matches())

        # "Book this posting": the posting and the remembered ledger account
        booked: list[tuple[Any, Any]] = []
        view.bookPostingRequested.connect(lambda p, account: booked.append((p, account)))
        assert view.book_button.isEnabled()
        QTest.mouseClick(view.book_button, Qt.MouseButton.LeftButton)
        assert booked == [(posting, "5820")]
        view.table.setFocus()
        QTest.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the row does the same
        assert booked[-1] == (posting, "5820") and len(booked) == 2

        # "Attach" on the receipt: book the posting with that document
        attached: list[tuple[Any, Any, Any]] = []
        view.bookWithDocumentRequested.connect(lambda p, a, line: attached.append((p, a, line)))
        QTest.mouseClick(view.matches.button(0), Qt.MouseButton.LeftButton)
        assert attached == [(posting, "5820", receipt)]

        # the other posting finds its own receipt
        assert view.select_posting(other.xid)
        await until(lambda: view.matches_state == "ready", 30, "the other posting's documents")
        assert view.matches.matches()[0].document.key == other_receipt.xid

        # a new view (a restart) remembers the ledger account per bank account
        again = await env.view()
        assert again.ledger.text() == "5820"
        again.accounts_list.setCurrentRow(1)
        assert again.ledger.text() == ""  # the savings account has none yet
        again.accounts_list.setCurrentRow(0)
        assert again.ledger.text() == "5820"


async def test_no_accounts_errors_and_retry(sandbox: SandboxServer, tmp_path: Path) -> None:
    async with open_env(sandbox, tmp_path) as env:
        companies = (await env.api.companies()).companies_and_access_list
        holm = next(c for c in companies if c.xid == HOLM_XID)
        view = await env.view(holm)
        assert view.state == "no-accounts"
        assert view.pages.currentWidget() is view.company_message
        assert "No bank accounts" in view.company_message.heading.text()
        assert holm.name in view.company_message.text.text()
        assert not view.company_message.retry.isVisible()

        # the postings fail (the client tries twice): a message in words and "Try again"
        env.server.faults.enqueue(
            Fault.status(503), method="GET", path_prefix="/bankPostings", times=2
        )
        view.set_company(env.company)
        await until(lambda: view.state in ("ready", "error"), 15, "the postings failed")
        assert view.state == "error"
        assert view.postings_pages.currentWidget() is view.postings_message
        assert "Could not load the postings" in view.postings_message.heading.text()
        assert "503" in view.postings_message.text.text()
        assert "Traceback" not in view.postings_message.text.text()
        assert view.postings_message.retry.isVisible()
        QTest.mouseClick(view.postings_message.retry, Qt.MouseButton.LeftButton)
        await until(lambda: view.state == "ready", 15, "the postings after a retry")
        assert view.postings_pages.currentWidget() is view.table

        # the accounts fail: the whole view explains, and "Try again" loads them
        env.server.faults.enqueue(
            Fault.status(503), method="GET", path_prefix="/bankAccounts", times=2
        )
        view.refresh()
        await until(lambda: view.state == "error", 15, "the accounts failed")
        assert "Could not load the bank accounts" in view.company_message.heading.text()
        QTest.mouseClick(view.company_message.retry, Qt.MouseButton.LeftButton)
        await until(lambda: view.state == "ready", 15, "the accounts after a retry")
        assert [a.name for a in view.accounts()] == ["Driftskonto", "Opsparing"]

        # a period that ends before it starts is explained, not asked for
        view.set_period(env.today, env.today - timedelta(days=5))
        assert view.state == "empty"
        assert "ends before it starts" in view.postings_message.heading.text()
