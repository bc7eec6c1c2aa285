"""Inbox uploads of PDFs carry their words as recognizedTextElements (bottom-up y),
read in a render worker; other files, scans and unreadable PDFs go without."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.api import ApiClient
from app.booking import BookingService, DraftLine, DraftStore
from app.paths import AppPaths
from app.previews import RenderService
from app.sandbox.server import SandboxServer
from app.suggestions import SUGGESTION_HANDLERS
from app.uploads import Intake, JobState, UploadQueue, UploadStore, Verdict
from app.uploads.recognized import read_recognized_text
from tests.suggestions.pdfs import image_only_pdf, make_pdf

pytestmark = pytest.mark.timeout(90)

HEIGHT = 842.0


@pytest.fixture
async def renderer() -> AsyncIterator[RenderService]:
    service = RenderService(workers=1, extra_handlers=SUGGESTION_HANDLERS)
    await service.start()
    try:
        yield service
    finally:
        await service.close()


async def upload(
    queue: UploadQueue, store: UploadStore, company: int, path: Path, body: bytes
) -> int:
    await asyncio.to_thread(path.write_bytes, body)
    item = await Intake(store).check_file(company, path)
    assert item.verdict is Verdict.ACCEPTED, item.message
    job = queue.add(item)
    async with asyncio.timeout(40):
        await queue.wait_idle()
    done = queue.job(job.id)
    assert done.state is JobState.DONE, done.error_message
    assert done.server_xid is not None
    return done.server_xid


async def test_a_pdf_is_uploaded_with_its_words_bottom_up(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    renderer: RenderService,
    tmp_path: Path,
) -> None:
    two_pages = make_pdf(
        [(72, 100, "Faktura 1042"), (400, 700, "I alt 1.250,00", 12)],
        [(72, 300, "Side to")],
        height=HEIGHT,
    )
    queue = make_queue(api, text_reader=renderer)
    queue.start()
    xid = await upload(queue, store, company, tmp_path / "faktura.pdf", two_pages)

    stored = server.store.file(company, xid, with_body=False)
    assert stored is not None and stored.recognized_text is not None
    elements = {e["text"]: e for e in stored.recognized_text}
    assert {"Faktura", "1042", "I", "alt", "1.250,00", "Side", "to"} <= set(elements)
    # Page 1 sits on top of page 2 (lifted by its height); y is the word's bottom edge,
    # measured from the bottom: a baseline 100 pt from the top is about 742 pt up.
    faktura = elements["Faktura"]
    assert HEIGHT + 735 < faktura["yPosition"] < HEIGHT + 745
    assert faktura["xPosition"] == pytest.approx(72, abs=1)
    assert 8 < faktura["height"] < 14 and faktura["width"] > 20
    total = elements["1.250,00"]
    assert HEIGHT + 135 < total["yPosition"] < HEIGHT + 145
    assert total["confidence"] == 1.0
    side = elements["Side"]  # the second (last) page: no lift
    assert HEIGHT - 305 < side["yPosition"] < HEIGHT - 295
    # The order is reading order: descending y.
    ys = [e["yPosition"] for e in stored.recognized_text]
    assert ys == sorted(ys, reverse=True)


async def test_other_files_and_scans_are_uploaded_without_words(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    renderer: RenderService,
    tmp_path: Path,
) -> None:
    queue = make_queue(api, text_reader=renderer)
    queue.start()
    text = await upload(queue, store, company, tmp_path / "note.txt", b"I alt 1.250,00 kr.\n")
    scan = await upload(queue, store, company, tmp_path / "scan.pdf", image_only_pdf())
    broken = await upload(
        queue, store, company, tmp_path / "broken.pdf", b"%PDF-1.7\nnot really a pdf\n%%EOF\n"
    )
    for xid in (text, scan, broken):
        stored = server.store.file(company, xid, with_body=False)
        assert stored is not None and stored.recognized_text is None
    # and without a reader, a text PDF goes without words too (as before)
    plain = make_queue(api, store=store)
    await queue.stop()
    plain.start()
    xid = await upload(
        plain, store, company, tmp_path / "plain.pdf", make_pdf([(72, 100, "Kvittering")])
    )
    stored = server.store.file(company, xid, with_body=False)
    assert stored is not None and stored.recognized_text is None


async def test_a_slow_reader_does_not_hold_the_upload(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    store: UploadStore,
    make_queue: Callable[..., UploadQueue],
    tmp_path: Path,
) -> None:
    class Hung:
        async def call(self, handler: str, argument: Any = None) -> object:
            await asyncio.sleep(60)
            raise AssertionError("not reached")

    queue = make_queue(api, text_reader=Hung(), text_timeout=0.3)
    queue.start()
    xid = await upload(
        queue, store, company, tmp_path / "slow.pdf", make_pdf([(72, 100, "Kvittering")])
    )
    stored = server.store.file(company, xid, with_body=False)
    assert stored is not None and stored.recognized_text is None
    assert await read_recognized_text(Hung(), b"%PDF-1.7\n", limit=0.05) is None


async def test_a_pdf_attached_from_disk_is_uploaded_with_its_words(
    api: ApiClient,
    company: int,
    server: SandboxServer,
    renderer: RenderService,
    tmp_path: Path,
) -> None:
    receipt = tmp_path / "bon.pdf"
    await asyncio.to_thread(
        receipt.write_bytes, make_pdf([(72, 100, "Kvittering"), (300, 400, "I alt 250,00")])
    )
    paths = AppPaths.under(tmp_path / "booking").ensure()
    drafts = DraftStore.open(paths)
    try:
        service = BookingService(api, drafts, text_reader=renderer)
        draft = drafts.create(
            company,
            date=date(2026, 11, 20),
            description="Frokost",
            lines=(DraftLine("7350", "", "250,00"),),
        ).with_local_file(receipt)
        await service.submit(draft)
    finally:
        drafts.close()
    (registration,) = server.store.registrations(company)
    (attached,) = registration["filesToAttachXids"]
    stored = server.store.file(company, attached, with_body=False)
    assert stored is not None and stored.recognized_text is not None
    words = {e["text"]: e for e in stored.recognized_text}
    assert {"Kvittering", "250,00"} <= set(words)
    assert HEIGHT - 405 < words["250,00"]["yPosition"] < HEIGHT - 395
