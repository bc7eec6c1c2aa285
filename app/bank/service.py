"""Bank postings and inbox documents of one company, matched both ways.

    matcher = BankMatcher(api, DocumentFactsIndex(document_store, render_service))
    await matcher.documents_for_posting(company, posting)   # what to attach, best first
    await matcher.postings_for_document(company, line)      # which posting paid it
    matcher.line_for(company.xid, match.document.key)       # the inbox line of a match
    matcher.bank_account_for(match.posting.xid)   # the bank account of a found posting

The inbox is listed through every page (only files visible in the inbox) and kept for
``inbox_ttl`` seconds, so moving from posting to posting does not list it again;
``invalidate`` forgets it (after a booking took documents out of the inbox). A
document's facts come from ``DocumentFactsIndex`` (read once per document version).

An inbox line's date is the day the document was filed, on or after the document's own
date; a document filed more than ``FILED_SLACK_DAYS`` before a posting's window cannot
be its receipt, so for a posting only lines filed since then (or without a date) are
downloaded and read.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from app.api.models import ArchiveFileLine, BankAccount, BankPosting, CompanyAndAccess
from app.bank.facts import DocumentFactsIndex
from app.bank.matching import WINDOW_DAYS, DocumentFacts, Match
from app.bank.matching import documents_for_posting as rank_documents
from app.bank.matching import postings_for_document as rank_postings

__all__ = ["BankApi", "BankMatcher"]

INBOX_PAGE_SIZE = 500
FILED_SLACK_DAYS = 14  # an inbox line's date may be set a little before the document's


class BankApi(Protocol):
    """What the matcher asks the server (the ``ApiClient``)."""

    async def bank_accounts(self, company_xid: int) -> list[BankAccount]: ...

    async def bank_postings(
        self,
        company_xid: int,
        bank_account_xid: int,
        *,
        from_date: date | None = None,
        to_date: date | None = None,
    ) -> list[BankPosting]: ...

    def iter_archive_files(
        self, company_xid: int, page_size: int = 100, *, folder_xid: int | None = None
    ) -> AsyncIterator[list[ArchiveFileLine]]: ...


@dataclass
class _Inbox:
    lines: list[ArchiveFileLine]
    read_at: float


class BankMatcher:
    """Matches between a company's bank postings and the documents in its inbox."""

    def __init__(
        self,
        api: BankApi,
        index: DocumentFactsIndex,
        *,
        window_days: int = WINDOW_DAYS,
        inbox_ttl: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self.index = index
        self.window_days = window_days
        self._ttl = inbox_ttl
        self._clock = clock
        self._inboxes: dict[int, _Inbox] = {}
        self._listing: dict[int, asyncio.Task[list[ArchiveFileLine]]] = {}
        self._accounts_of: dict[int, int] = {}  # posting xid -> bank account xid

    # --- the inbox -----------------------------------------------------------------------

    async def inbox_lines(self, company_xid: int) -> list[ArchiveFileLine]:
        """Every line of the company's inbox (all pages), listed at most ``inbox_ttl``
        seconds ago. Concurrent callers share one listing."""
        known = self._inboxes.get(company_xid)
        if known is not None and self._clock() - known.read_at < self._ttl:
            return known.lines
        task = self._listing.get(company_xid)
        if task is None:
            task = asyncio.get_running_loop().create_task(self._list(company_xid))
            self._listing[company_xid] = task

            def done(t: asyncio.Task[list[ArchiveFileLine]], xid: int = company_xid) -> None:
                if self._listing.get(xid) is t:
                    del self._listing[xid]
                if not t.cancelled():
                    t.exception()  # seen: a caller that gave up (signed out) is no error

            task.add_done_callback(done)
        return await asyncio.shield(task)

    async def _list(self, company_xid: int) -> list[ArchiveFileLine]:
        lines: list[ArchiveFileLine] = []
        seen: set[int] = set()
        async for page in self._api.iter_archive_files(company_xid, INBOX_PAGE_SIZE):
            for line in page:
                if line.xid not in seen:
                    seen.add(line.xid)
                    lines.append(line)
        self._inboxes[company_xid] = _Inbox(lines, self._clock())
        return lines

    def line_for(self, company_xid: int, file_xid: int) -> ArchiveFileLine | None:
        """The inbox line of a document listed earlier (None when not known)."""
        inbox = self._inboxes.get(company_xid)
        if inbox is None:
            return None
        return next((line for line in inbox.lines if line.xid == file_xid), None)

    def invalidate(self, company_xid: int | None = None) -> None:
        """List the inbox again next time (documents were booked, uploaded or deleted)."""
        if company_xid is None:
            self._inboxes.clear()
        else:
            self._inboxes.pop(company_xid, None)

    # --- matching ------------------------------------------------------------------------

    async def documents_for_posting(
        self, company: CompanyAndAccess, posting: BankPosting
    ) -> list[Match]:
        """The inbox documents that may belong to ``posting``, best first."""
        earliest = posting.bank_date - timedelta(days=self.window_days + FILED_SLACK_DAYS)
        lines = [
            line
            for line in await self.inbox_lines(company.xid)
            if line.date is None or line.date >= earliest
        ]
        facts = await self.index.facts(company, lines)
        return rank_documents(posting, facts, window_days=self.window_days)

    async def postings_for_document(
        self, company: CompanyAndAccess, document: ArchiveFileLine | DocumentFacts
    ) -> list[Match]:
        """The postings of any of the company's bank accounts that may have paid
        ``document`` (an inbox line, whose facts are read, or facts already known),
        best first. None when the document has no total or date."""
        if isinstance(document, DocumentFacts):
            facts = document
        else:
            (facts,) = await self.index.facts(company, [document])
        if facts.total is None or facts.date is None:
            return []
        window = timedelta(days=self.window_days)
        accounts = await self._api.bank_accounts(company.xid)
        batches = await asyncio.gather(
            *(
                self._api.bank_postings(
                    company.xid,
                    account.xid,
                    from_date=facts.date - window,
                    to_date=facts.date + window,
                )
                for account in accounts
            )
        )
        for account, batch in zip(accounts, batches, strict=True):
            for posting in batch:
                self._accounts_of[posting.xid] = account.xid
        postings = [posting for batch in batches for posting in batch]
        return rank_postings(facts, postings, window_days=self.window_days)

    def bank_account_for(self, posting_xid: int) -> int | None:
        """The bank account of a posting ``postings_for_document`` found (for its ledger
        account: ``BookingMemory.bank_ledger_account``); None when not known."""
        return self._accounts_of.get(posting_xid)
