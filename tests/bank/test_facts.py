"""Facts of inbox documents for matching, read as the program reads them: downloaded from
the sandbox, PDFs in a real render worker with the suggestion handlers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import date, timedelta

import msgspec
import pytest
import pytest_asyncio

from app.api.wire import vendor_today
from app.bank.facts import DocumentFactsIndex
from app.documents import DocumentStore
from app.previews import RenderService
from app.sandbox.faults import Fault
from app.sandbox.seed import MAIN_XID, build_seed
from app.sandbox.seeddata import SeedFile
from app.sandbox.server import SandboxServer
from app.suggestions import SUGGESTION_HANDLERS
from tests.bank.support import demo_files, demo_receipt, signed_in, true_facts

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.timeout(120)]

DOWNLOAD = "/archiveFile"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def renderer() -> AsyncIterator[RenderService]:
    async with RenderService(
        workers=2, job_timeout=20, extra_handlers=SUGGESTION_HANDLERS
    ) as service:
        yield service


def downloads(server: SandboxServer) -> int:
    return server.request_log.count(DOWNLOAD, "GET")


async def test_demo_receipts_facts_are_read_once(
    sandbox: SandboxServer, renderer: RenderService
) -> None:
    today = sandbox.store.today()
    files = demo_files(today)
    async with signed_in(sandbox.base_url) as (api, company):
        lines = [line async for page in api.iter_archive_files(MAIN_XID) for line in page]
        truth = true_facts(today, lines)
        index = DocumentFactsIndex(DocumentStore(api, None), renderer)
        before = downloads(sandbox)

        facts = await index.facts(company, lines)

        assert downloads(sandbox) - before == len(lines)  # each document once
        assert [f.key for f in facts] == [line.xid for line in lines]  # in the lines' order
        kinds = {
            line.xid: files[line.name or ""].content_type for line in lines if line.xid in truth
        }
        readable = [f for f in facts if kinds.get(f.key) in ("application/pdf", "application/xml")]
        assert len(readable) >= 40
        right = [
            f for f in readable if (f.total, f.date) == (truth[f.key].total, truth[f.key].date)
        ]
        assert len(right) >= 0.95 * len(readable)
        # e-invoices say it exactly, supplier included
        for f in facts:
            if kinds.get(f.key) == "application/xml":
                assert (f.total, f.date, f.supplier_name) == (
                    truth[f.key].total,
                    truth[f.key].date,
                    truth[f.key].supplier_name,
                )
        # the e-mailed receipt (plain text) is read too; photos have no text to read
        (mail,) = [f for f in facts if kinds.get(f.key) == "text/plain"]
        assert (mail.total, mail.date) == (truth[mail.key].total, truth[mail.key].date)
        photos = [f for f in facts if kinds.get(f.key, "").startswith("image/")]
        assert photos and all(f.total is None and f.date is None for f in photos)
        assert all(f.name == line.name for f, line in zip(facts, lines, strict=True))

        again = await index.facts(company, lines)  # remembered: nothing downloaded or read
        assert again == facts
        assert downloads(sandbox) - before == len(lines)

        # a new version of a document (its timestampLastUpdate changed) is read again
        changed = msgspec.structs.replace(lines[0], timestamp_last_update="2099-01-01T00:00:00.000")
        await index.facts(company, [changed, *lines[1:]])
        assert downloads(sandbox) - before == len(lines) + 1
        await index.close()


def _corrupt_file(when: date) -> SeedFile:
    body = b"%PDF-1.7\n" + b"this is not a PDF at all, only its first line\n" * 20
    return SeedFile(MAIN_XID, "application/pdf", "broken.pdf", "Broken scan", when, body)


async def test_a_corrupt_document_or_failed_download_leaves_the_others_alone(
    make_sandbox: Callable[..., SandboxServer],
    renderer: RenderService,
    caplog: pytest.LogCaptureFixture,
) -> None:
    receipt = demo_receipt(vendor_today())
    assert receipt.truth is not None
    seed = build_seed("empty")
    day = receipt.date
    seed.files.extend(
        [
            replace(receipt, date=day),
            _corrupt_file(day - timedelta(days=1)),
            replace(receipt, friendly_filename="Same receipt again", date=day - timedelta(days=2)),
        ]
    )
    server = make_sandbox(seed=seed)
    caplog.set_level(logging.INFO, logger="app.bank.facts")
    async with signed_in(server.base_url) as (api, company):
        lines = (await api.archive_files(MAIN_XID, 100)).archive_files_list
        by_name = {line.name: line for line in lines}
        good, broken, copy = (
            by_name[receipt.friendly_filename],
            by_name["Broken scan"],
            by_name["Same receipt again"],
        )
        index = DocumentFactsIndex(DocumentStore(api, None), renderer, concurrency=1)
        # the first download fails (404): that document has no facts this time
        server.faults.enqueue(Fault.status(404), method="GET", path_prefix=DOWNLOAD)
        start = downloads(server)

        first = await index.facts(company, [copy, broken, good])

        assert [f.key for f in first] == [copy.xid, broken.xid, good.xid]
        assert (first[0].total, first[0].date) == (None, None)  # download failed
        assert (first[1].total, first[1].date) == (None, None)  # not a readable PDF
        assert (first[2].total, first[2].date) == (
            receipt.truth.total_incl_vat,
            receipt.truth.document_date,
        )
        assert downloads(server) - start == 3
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert str(broken.xid) in logged and str(copy.xid) in logged
        assert "not a PDF at all" not in logged  # never the content

        second = await index.facts(company, [copy, broken, good])
        # the failed download is tried again; the unreadable PDF is not read again
        assert downloads(server) - start == 4
        assert (second[0].total, second[0].date) == (first[2].total, first[2].date)
        assert second[1:] == first[1:]
        await index.close()
