"""The inbox of one company: its lines, paged in with continuation tokens on demand."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Protocol

from app.api.models import ArchiveFileLine, ArchiveFiles

__all__ = ["ArchiveLister", "FirstPages", "InboxPager"]


class ArchiveLister(Protocol):
    async def archive_files(
        self,
        company_xid: int,
        max_lines: int = 100,
        *,
        folder_xid: int | None = None,
        continuation_token: str | None = None,
    ) -> ArchiveFiles: ...


class FirstPages:
    """First inbox pages asked for before anyone shows them, each handed over once.

    At start the program asks for the first page of the company it will most likely
    open (the one open last time) while it checks the session and fetches the
    companies, so the window can open with the documents already in it. The page goes
    to the pager of that company (``take``) whether it has arrived or is still on its
    way; one that nobody takes is forgotten after ``max_age_s`` (it would be stale).
    """

    def __init__(
        self, max_age_s: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.max_age_s = max_age_s
        self._clock = clock
        self._pages: dict[tuple[int, int], tuple[float, asyncio.Task[ArchiveFiles]]] = {}

    def start(
        self, api: ArchiveLister, company_xid: int, page_size: int
    ) -> asyncio.Task[ArchiveFiles]:
        """Ask for ``company_xid``'s first page of ``page_size`` lines now."""
        key = (company_xid, page_size)
        old = self._pages.pop(key, None)
        if old is not None:
            old[1].cancel()
        task = asyncio.get_running_loop().create_task(
            api.archive_files(company_xid, page_size), name=f"first-page-{company_xid}"
        )
        # a page nobody takes may fail unseen: the pager that takes one handles its error
        task.add_done_callback(_forget_error)
        self._pages[key] = (self._clock(), task)
        return task

    def take(self, company_xid: int, page_size: int) -> asyncio.Task[ArchiveFiles] | None:
        """The page asked for (done or on its way), once; None if there is none, it
        failed or it is too old."""
        self._drop_stale()
        entry = self._pages.pop((company_xid, page_size), None)
        if entry is None:
            return None
        task = entry[1]
        if task.done() and _page_of(task) is None:
            return None
        return task

    def cancel(self) -> None:
        """Forget every page (sign-out, close)."""
        for _started, task in self._pages.values():
            task.cancel()
        self._pages.clear()

    def __len__(self) -> int:
        return len(self._pages)

    def _drop_stale(self) -> None:
        now = self._clock()
        for key, (started, task) in list(self._pages.items()):
            if now - started > self.max_age_s:
                task.cancel()
                del self._pages[key]


def _page_of(request: asyncio.Future[ArchiveFiles]) -> ArchiveFiles | None:
    """The page a finished request brought; None when it failed or was cancelled."""
    if request.cancelled() or request.exception() is not None:
        return None
    return request.result()


def _forget_error(task: asyncio.Task[ArchiveFiles]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: no "never retrieved" warning for an unused page


class InboxPager:
    """Lines of one company's inbox in server order, fetched a page at a time.

    ``load_more`` is single-flight: a second call while a page is on its way waits for
    that page instead of asking for the same one twice. ``first_page`` is a first page
    asked for earlier (``FirstPages``): it is used instead of asking again, and if it
    failed the page is asked for the usual way.
    """

    def __init__(
        self,
        api: ArchiveLister,
        company_xid: int,
        page_size: int = 200,
        *,
        first_page: asyncio.Future[ArchiveFiles] | None = None,
    ) -> None:
        self._api = api
        self.company_xid = company_xid
        self.page_size = page_size
        self.lines: list[ArchiveFileLine] = []
        self._token: str | None = None
        self._exhausted = False
        self._loading: asyncio.Task[list[ArchiveFileLine]] | None = None
        self._xids: set[int] = set()
        self._first_page = first_page

    @property
    def has_more(self) -> bool:
        return not self._exhausted

    @property
    def loading(self) -> bool:
        return self._loading is not None

    async def load_more(self) -> list[ArchiveFileLine]:
        """Fetch the next page; returns the lines it added (none when at the end)."""
        if self._exhausted:
            return []
        if self._loading is None:
            self._loading = asyncio.get_running_loop().create_task(self._fetch())
        task = self._loading
        try:
            return await asyncio.shield(task)
        finally:
            if task.done():
                self._loading = None

    def take_ready_page(self) -> list[ArchiveFileLine] | None:
        """The lines of the first page if it was asked for earlier and is already here
        (so they can be shown without waiting for the event loop); else None."""
        first = self._first_page
        if first is None or self._loading is not None or not first.done():
            return None
        self._first_page = None
        page = _page_of(first)  # None: load_more asks for it the usual way
        return None if page is None else self._apply(page)

    async def _fetch(self) -> list[ArchiveFileLine]:
        page = await self._early_first_page()
        if page is None:
            page = await self._api.archive_files(
                self.company_xid, self.page_size, continuation_token=self._token
            )
        return self._apply(page)

    async def _early_first_page(self) -> ArchiveFiles | None:
        first, self._first_page = self._first_page, None
        if first is None:
            return None
        await asyncio.wait([first])  # its failure is not ours: ask again below
        return _page_of(first)

    def _apply(self, page: ArchiveFiles) -> list[ArchiveFileLine]:
        fresh = [line for line in page.archive_files_list if line.xid not in self._xids]
        self._xids.update(line.xid for line in fresh)
        self.lines.extend(fresh)
        self._token = page.continuation_token
        self._exhausted = not page.continuation_token
        return fresh

    async def load_newest(self) -> list[ArchiveFileLine]:
        """Lines added on the server since the first page was read (for F5 and uploads).

        Reads from the top until it meets a line it already has; returns the new lines,
        which are also put at the front of ``lines``.
        """
        token: str | None = None
        found: list[ArchiveFileLine] = []
        while True:
            page = await self._api.archive_files(
                self.company_xid, self.page_size, continuation_token=token
            )
            for line in page.archive_files_list:
                if line.xid in self._xids:
                    self._xids.update(x.xid for x in found)
                    self.lines[:0] = found
                    return found
                found.append(line)
            token = page.continuation_token
            if not token:
                self._xids.update(x.xid for x in found)
                self.lines[:0] = found
                self._exhausted = True
                return found

    def remove(self, xid: int) -> int | None:
        """Forget a line (deleted, or booked and hidden); returns its row or None."""
        for row, line in enumerate(self.lines):
            if line.xid == xid:
                del self.lines[row]
                self._xids.discard(xid)
                return row
        return None

    def replace(self, line: ArchiveFileLine) -> int | None:
        """Put an updated line in place of the one with the same xid; returns its row."""
        for row, old in enumerate(self.lines):
            if old.xid == line.xid:
                self.lines[row] = line
                return row
        return None
