"""Helpers for the bank tests: the demo seed's truth, signed-in clients, small seeds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from decimal import Decimal
from functools import cache

from app.api import ApiClient, MemoryTokenStore, RetryPolicy, models
from app.api.models import BankPosting
from app.bank import DocumentFacts, pair_up
from app.sandbox.seed import DEMO_PASSWORD, DEMO_USER, MAIN_XID, build_seed
from app.sandbox.seeddata import SeedData, SeedFile

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


@cache
def demo_seed(today: date) -> SeedData:
    """The demo seed as the sandbox made it on ``today`` (deterministic for a day)."""
    return build_seed("demo", today)


def demo_files(today: date) -> dict[str, SeedFile]:
    """The main company's demo files with what is really on them, by friendly name."""
    return {
        f.friendly_filename: f
        for f in demo_seed(today).files
        if f.company_xid == MAIN_XID and f.truth is not None
    }


def true_facts(today: date, lines: list[models.ArchiveFileLine]) -> dict[int, DocumentFacts]:
    """What a careful reader finds on each inbox line's document (by file xid)."""
    files = demo_files(today)
    found: dict[int, DocumentFacts] = {}
    for line in lines:
        f = files.get(line.name or "")
        if f is not None and f.truth is not None:
            t = f.truth
            found[line.xid] = DocumentFacts(
                line.xid, t.total_incl_vat, t.document_date, t.supplier_name or "", line.name or ""
            )
    return found


def readable_facts(today: date, lines: list[models.ArchiveFileLine]) -> list[DocumentFacts]:
    """The true facts of the documents that have text to read (not photos and scans)."""
    files = demo_files(today)
    by_xid = {line.xid: line for line in lines}
    return [
        facts
        for xid, facts in true_facts(today, lines).items()
        if not files[by_xid[xid].name or ""].content_type.startswith("image/")
    ]


def readable_pairs(
    today: date, lines: list[models.ArchiveFileLine], postings: list[BankPosting]
) -> list[tuple[BankPosting, models.ArchiveFileLine]]:
    """(posting, the readable receipt that it paid), best pairs first, from the seed's
    truth (a photo has no text layer to read its total from)."""
    by_xid = {line.xid: line for line in lines}
    pairs = pair_up(postings, readable_facts(today, lines))
    return [(m.posting, by_xid[m.document.key]) for m in pairs]


@asynccontextmanager
async def signed_in(base_url: str) -> AsyncIterator[tuple[ApiClient, models.CompanyAndAccess]]:
    """A client signed in as the demo user, and the main company."""
    api = ApiClient(base_url, token_store=MemoryTokenStore(), retry=FAST_RETRY)
    try:
        await api.login(DEMO_USER, DEMO_PASSWORD)
        companies = (await api.companies()).companies_and_access_list
        company = next(c for c in companies if c.xid == MAIN_XID)
        yield api, company
    finally:
        await api.aclose()


def demo_receipt(today: date, content_type: str = "application/pdf") -> SeedFile:
    """A demo receipt with a known total and date (the first such file)."""
    return next(f for f in demo_files(today).values() if f.content_type == content_type)


def money(value: Decimal | None) -> Decimal:
    assert value is not None
    return value
