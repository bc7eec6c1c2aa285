"""BankMatcher against the sandbox: the receipt for a posting, the posting for a receipt."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
import pytest_asyncio

from app.api.wire import vendor_today
from app.bank import documents_for_posting, postings_for_document
from app.bank.facts import DocumentFactsIndex
from app.bank.service import BankMatcher
from app.documents import DocumentStore
from app.previews import RenderService
from app.sandbox.seed import MAIN_DRIFT_XID, MAIN_SAVINGS_XID, MAIN_XID, build_seed
from app.sandbox.seeddata import SeedBankAccount, SeedBankPosting
from app.sandbox.server import SandboxServer
from app.suggestions import SUGGESTION_HANDLERS
from tests.bank.support import demo_receipt, money, readable_facts, readable_pairs, signed_in

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.timeout(120)]

LISTING = "/archiveFiles"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def renderer() -> AsyncIterator[RenderService]:
    async with RenderService(
        workers=2, job_timeout=20, extra_handlers=SUGGESTION_HANDLERS
    ) as service:
        yield service


async def test_demo_postings_find_their_receipts_and_back(
    sandbox: SandboxServer, renderer: RenderService
) -> None:
    today = sandbox.store.today()
    async with signed_in(sandbox.base_url) as (api, company):
        matcher = BankMatcher(api, DocumentFactsIndex(DocumentStore(api, None), renderer))
        lines = [line async for page in api.iter_archive_files(MAIN_XID) for line in page]
        postings = [
            posting
            for account in (MAIN_DRIFT_XID, MAIN_SAVINGS_XID)
            for posting in await api.bank_postings(
                MAIN_XID, account, from_date=today - timedelta(days=365), to_date=today
            )
        ]
        truth = readable_facts(today, lines)
        pairs = readable_pairs(today, lines, postings)
        assert len(pairs) >= 8

        # the best pair: its receipt is offered first for the posting, and back
        posting, receipt = pairs[0]
        found = await matcher.documents_for_posting(company, posting)
        assert found[0].document.key == receipt.xid
        assert found[0].document.name == receipt.name
        assert found[0].document.total == -money(posting.bank_amount)
        back = await matcher.postings_for_document(company, receipt)
        assert back[0].posting == posting
        assert 0 <= back[0].days <= 3

        # every paired posting: the same ranking as matching the true facts
        for posting, receipt in pairs:
            found = await matcher.documents_for_posting(company, posting)
            expected = documents_for_posting(posting, truth)
            assert [m.document.key for m in found] == [m.document.key for m in expected]
            assert found[0].document.key == receipt.xid
            back = await matcher.postings_for_document(company, receipt)
            facts = next(f for f in truth if f.key == receipt.xid)
            assert [m.posting for m in back] == [
                m.posting for m in postings_for_document(facts, postings)
            ]
        assert matcher.line_for(MAIN_XID, receipt.xid) == receipt
        await matcher.index.close()


async def test_only_visible_documents_and_every_bank_account(
    make_sandbox: Callable[..., SandboxServer], renderer: RenderService
) -> None:
    receipt = demo_receipt(vendor_today())
    assert receipt.truth is not None and receipt.truth.document_date is not None
    total = money(receipt.truth.total_incl_vat)
    day = receipt.truth.document_date
    seed = build_seed("empty")
    seed.files.append(replace(receipt, friendly_filename="Visible receipt"))
    seed.files.append(replace(receipt, friendly_filename="Hidden receipt", hidden=True))
    # filed two months before the posting: cannot be its receipt, not even downloaded
    seed.files.append(
        replace(receipt, friendly_filename="Filed long before", date=day - timedelta(days=60))
    )
    seed.bank_accounts.append(SeedBankAccount(MAIN_SAVINGS_XID, MAIN_XID, "Opsparing"))
    seed.bank_postings.extend(
        [
            SeedBankPosting(MAIN_DRIFT_XID, day + timedelta(days=1), "Dankort-køb", -total),
            SeedBankPosting(MAIN_SAVINGS_XID, day + timedelta(days=3), "Overførsel", -total),
            SeedBankPosting(MAIN_SAVINGS_XID, day + timedelta(days=5), "Too late", -total),
            SeedBankPosting(MAIN_DRIFT_XID, day, "Another amount", -total - Decimal("0.01")),
        ]
    )
    server = make_sandbox(seed=seed)
    async with signed_in(server.base_url) as (api, company):
        matcher = BankMatcher(api, DocumentFactsIndex(DocumentStore(api, None), renderer))
        drift = await api.bank_postings(
            MAIN_XID,
            MAIN_DRIFT_XID,
            from_date=day - timedelta(days=10),
            to_date=day + timedelta(10),
        )
        paid = next(p for p in drift if p.bank_text == "Dankort-køb")
        listed = server.request_log.count(LISTING, "GET")
        downloaded = server.request_log.count("/archiveFile", "GET")

        found = await matcher.documents_for_posting(company, paid)

        assert [m.document.name for m in found] == ["Visible receipt"]  # not the hidden one
        assert server.request_log.count("/archiveFile", "GET") - downloaded == 1
        assert (found[0].days, found[0].document.total) == (1, total)
        visible = matcher.line_for(MAIN_XID, found[0].document.key)
        assert visible is not None and visible.name == "Visible receipt"
        back = await matcher.postings_for_document(company, visible)
        assert [(m.posting.bank_text, m.days) for m in back] == [
            ("Dankort-køb", 1),
            ("Overførsel", 3),  # the other bank account too; not 5 days later
        ]
        assert [matcher.bank_account_for(m.posting.xid) for m in back] == [
            MAIN_DRIFT_XID,
            MAIN_SAVINGS_XID,
        ]
        # the inbox was listed once for both questions; after invalidate, again
        await matcher.documents_for_posting(company, paid)
        assert server.request_log.count(LISTING, "GET") - listed == 1
        matcher.invalidate(MAIN_XID)
        await matcher.documents_for_posting(company, paid)
        assert server.request_log.count(LISTING, "GET") - listed == 2
        # facts already known are used as they are
        assert await matcher.postings_for_document(company, found[0].document) == back
        await matcher.index.close()
