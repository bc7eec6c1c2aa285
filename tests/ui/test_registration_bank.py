"""The registration panel's bank side: "Book this posting" prefills a balanced draft,
matching documents attach with one click (at most 3), and a matching posting chosen for
the attached document fills the form from the bank. Real postings of the demo sandbox;
the matching runs outside the panel (app.bank.matching), as the owner does it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget

from app.api import models
from app.bank.matching import DocumentFacts, documents_for_posting, postings_for_document
from tests.ui.shell_support import until
from tests.ui.test_registration_panel import Env, open_env, type_cell
from ui.formatting import format_amount, format_date
from ui.registration_lines import ACCOUNT
from ui.registration_panel import RegistrationPanel

pytestmark = pytest.mark.timeout(90)


async def a_posting(env: Env) -> models.BankPosting:
    """A real money-out posting of the demo company's first bank account."""
    accounts = await env.api.bank_accounts(env.company.xid)
    assert accounts
    postings = await env.api.bank_postings(
        env.company.xid,
        accounts[0].xid,
        from_date=dt.date(2000, 1, 1),
        to_date=dt.date(2100, 1, 1),
    )
    out = [p for p in postings if p.bank_amount is not None and p.bank_amount < 0]
    assert out, "the demo bank account has expenses"
    return out[0]


def click_row(widget: QListWidget, row: int) -> None:
    item = widget.item(row)
    assert item is not None
    rect = widget.visualItemRect(item)
    QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def facts_like(posting: models.BankPosting, line: models.ArchiveFileLine) -> DocumentFacts:
    """An inbox document whose total and date fit ``posting`` (as if read from it)."""
    assert posting.bank_amount is not None
    return DocumentFacts(
        key=line.xid,
        total=-Decimal(posting.bank_amount),
        date=posting.bank_date - dt.timedelta(days=1),
        name=line.name or "",
    )


async def test_book_a_posting_and_attach_matching_documents(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        posting = await a_posting(env)
        assert posting.bank_amount is not None
        wanted: list[object] = []
        panel.matchesWanted.connect(wanted.append)
        QTest.keyClicks(panel.description, "Something unsaved")
        earlier = panel.draft
        assert earlier is not None

        panel.prefill_posting(posting, "5820")
        assert wanted == [posting]
        assert panel.draft is not None and panel.draft.id != earlier.id
        kept = env.drafts.find(earlier.id)
        assert kept is not None and kept.description == "Something unsaved"  # saved, apart
        assert panel.date.date().toPython() == posting.bank_date
        assert panel.description.text() == posting.bank_text
        amount = format_amount(posting.bank_amount)
        lines = panel.lines.lines()
        assert [(x.account, x.amount) for x in lines] == [
            ("5820", amount),
            ("", format_amount(-posting.bank_amount)),
        ]
        assert panel.total.text() == "0,00"
        current = panel.lines_view.currentIndex()
        assert (current.row(), current.column()) == (1, ACCOUNT)  # the account to type

        section = panel.matching_documents
        assert not section.isVisible()  # nothing to show yet
        inbox = env.lines[:4]
        matches = documents_for_posting(posting, [facts_like(posting, line) for line in inbox])
        assert len(matches) == 4
        names = {line.xid: line.name or "" for line in inbox}
        panel.set_matching_documents(matches, names)
        assert section.isVisible() and section.list.count() == 4
        first = section.list.item(0).text()
        assert names[matches[0].document.key] in first and amount.lstrip("-") in first
        for row in range(3):
            click_row(section.list, row)
        assert panel.attached_xids() == [m.document.key for m in matches[:3]]
        click_row(section.list, 3)  # a fourth: refused, with the reason
        assert len(panel.attached_xids()) == 3
        assert "at most 3" in panel.attachment_error.text()
        click_row(section.list, 0)  # one already attached: nothing changes
        assert len(panel.attached_xids()) == 3

        await type_cell(panel, 1, ACCOUNT, "7350")
        booked: list[list[int]] = []
        panel.booked.connect(booked.append)
        panel.submit()
        await until(lambda: booked, 30, "booked")
        (received,) = env.server.store.registrations(env.company.xid)
        assert received["description"] == posting.bank_text
        assert received["date"] == posting.bank_date.isoformat()
        assert [line["accountNumber"] for line in received["debitCreditlines"]] == [
            "5820",
            "7350",
        ]
        assert received["filesToAttachXids"] == [m.document.key for m in matches[:3]]
        panel.set_matching_documents([], {})
        assert not section.isVisible()


async def test_an_unknown_bank_account_is_left_to_type(make_sandbox: Any, tmp_path: Path) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel = await env.panel()
        posting = await a_posting(env)
        panel.prefill_posting(posting, None)
        assert [x.account for x in panel.lines.lines()] == ["", ""]
        current = panel.lines_view.currentIndex()
        assert (current.row(), current.column()) == (0, ACCOUNT)
        assert panel.total.text() == "0,00"


async def test_a_matching_posting_fills_the_form_for_the_document(
    make_sandbox: Any, tmp_path: Path
) -> None:
    async with open_env(make_sandbox, tmp_path) as env:
        panel: RegistrationPanel = await env.panel()
        posting = await a_posting(env)
        assert posting.bank_amount is not None
        document = env.lines[2]
        wanted: list[object] = []
        panel.matchesWanted.connect(wanted.append)
        panel.set_documents([document])
        assert wanted == [document]  # the owner looks for postings that paid it
        await type_cell(panel, 0, ACCOUNT, "7350")

        matches = postings_for_document(facts_like(posting, document), [posting])
        section = panel.matching_postings
        panel.set_matching_postings(matches, {posting.xid: "5820"})
        assert section.isVisible() and section.list.count() == 1
        assert format_date(posting.bank_date) in section.list.item(0).text()
        click_row(section.list, 0)

        assert panel.attached_xids() == [document.xid]  # the document stays attached
        assert panel.date.date().toPython() == posting.bank_date
        assert panel.description.text() == posting.bank_text
        assert [(x.account, x.amount) for x in panel.lines.lines()] == [
            ("5820", format_amount(posting.bank_amount)),
            ("7350", format_amount(-posting.bank_amount)),  # what the user had typed
        ]
        await until(
            lambda: (
                (d := env.drafts.latest(env.company.xid)) is not None
                and d.description == posting.bank_text
            ),
            5,
            "the draft saved",
        )
