"""Helpers for the inbox panel's GUI tests (tests/ui/test_inbox_*.py): a panel on a real
sandbox, with a transport that records what went over the wire, and optional thumbnails
rendered by real worker processes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.api import ApiClient, MemoryTokenStore, RetryPolicy
from app.api.models import ArchiveFileLine
from app.cache import DiskCache
from app.documents import DocumentStore
from app.inbox import FirstPages
from app.previews import RenderService
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from app.thumbnails import ThumbnailService
from tests.ui.shell_support import DEMO_PASSWORD, DEMO_USER, until
from ui.inbox_panel import InboxPanel

__all__ = ["InboxEnv", "RecordingTransport", "click_row", "open_inbox", "until"]

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


class RecordingTransport(httpx.AsyncBaseTransport):
    """The real transport, remembering each request's method, path and query."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        query = parse_qs(request.url.query.decode())
        self.requests.append((request.method, request.url.path, query))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def listings(self) -> list[dict[str, list[str]]]:
        """The queries of every GET /archiveFiles, in order."""
        return [q for m, p, q in self.requests if m == "GET" and p.endswith("/archiveFiles")]


@dataclass
class InboxEnv:
    server: SandboxServer
    api: ApiClient
    tasks: Tasks
    panel: InboxPanel
    company_xid: int
    transport: RecordingTransport
    cache: DiskCache | None = None
    documents: DocumentStore | None = None
    thumbnails: ThumbnailService | None = None
    render: RenderService | None = None
    extra: list[Any] = field(default_factory=list)

    async def first_page(self) -> None:
        await until(lambda: self.panel.model.loaded_once or self.panel.model.error,
                    what="the first page")
        assert self.panel.model.error is None, self.panel.model.error

    async def load_everything(self) -> None:
        """Scroll to the end until no page is left (as a user would)."""
        view = self.panel.view
        while True:
            view.scrollToBottom()
            await asyncio.sleep(0.01)
            await self.panel.model.wait_idle()
            if not self.panel.model.has_more:
                break
        await asyncio.sleep(0)

    async def thumbnails_settled(self) -> list[ArchiveFileLine]:
        """Wait until every row on screen has its thumbnail (or its kind); those lines."""
        panel = self.panel
        service = self.thumbnails
        assert service is not None

        def settled() -> bool:
            if panel._thumb_timer.isActive() or service.busy or service.pending:
                return False
            edge = panel.delegate.edge
            lines = panel.visible_lines()
            return bool(lines) and all(
                panel.images.has(_key(self.company_xid, line), edge) for line in lines
            )

        await until(settled, seconds=60, what="thumbnails of the rows on screen")
        return panel.visible_lines()

    async def close(self) -> None:
        self.panel.shutdown()
        self.panel.hide()
        if self.thumbnails is not None:
            await self.thumbnails.close()
        if self.render is not None:
            await self.render.close()
        if self.documents is not None:
            await self.documents.flush()
        await self.tasks.close()
        await self.api.aclose()
        # deleted now, not with deleteLater: a deferred delete would run on the next
        # test's event loop, long after this one's objects are gone
        shiboken6.delete(self.panel)
        await asyncio.sleep(0)


def _key(company_xid: int, line: ArchiveFileLine) -> Any:
    from app.documents import key_for

    return key_for(company_xid, line)


async def open_inbox(
    server: SandboxServer,
    *,
    cache_dir: Path | None = None,
    render: RenderService | None = None,
    size: tuple[int, int] = (640, 480),
    company_xid: int | None = None,
    page_size: int | None = None,
    first_page_size: int | None = None,
    first_pages: FirstPages | None = None,
    start: bool = True,
) -> InboxEnv:
    """A shown InboxPanel signed in as the demo user; thumbnails when ``cache_dir`` is
    given (rendered by ``render``, or by a new one-worker RenderService)."""
    transport = RecordingTransport()
    api = ApiClient(
        server.base_url, token_store=MemoryTokenStore(), transport=transport, retry=FAST_RETRY
    )
    await api.login(DEMO_USER, DEMO_PASSWORD)
    if company_xid is None:
        company = (await api.companies()).default_company()
        assert company is not None
        company_xid = company.xid
    tasks = Tasks()
    cache = documents = thumbnails = None
    own_render = None
    if cache_dir is not None:
        cache = DiskCache(cache_dir)
        documents = DocumentStore(api, cache)
        if render is None:
            render = own_render = RenderService(workers=1, job_timeout=20.0)
        thumbnails = ThumbnailService(documents, render, cache, concurrency=3)
    options: dict[str, int] = {}
    if page_size is not None:
        options["page_size"] = page_size
    if first_page_size is not None:
        options["first_page_size"] = first_page_size
    panel = InboxPanel(api, tasks, thumbnails, first_pages=first_pages, **options)
    panel.resize(*size)
    panel.show()
    env = InboxEnv(server, api, tasks, panel, company_xid, transport, cache, documents,
                   thumbnails, own_render)
    if start:
        panel.set_company(company_xid)
    return env


def click_row(
    env: InboxEnv, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    view = env.panel.view
    index = env.panel.proxy.index(row, 1)
    rect = view.visualRect(index)
    assert rect.isValid(), f"row {row} is not on screen"
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


async def server_lines(env: InboxEnv) -> list[ArchiveFileLine]:
    """Every line of the inbox straight from the server, in its order."""
    out: list[ArchiveFileLine] = []
    async for page in env.api.iter_archive_files(env.company_xid, 1000):
        out.extend(page)
    return out

