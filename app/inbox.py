"""The inbox of one company: its lines, paged in with continuation tokens on demand."""

from __future__ import annotations

import asyncio
from typing import Protocol

from app.api.models import ArchiveFileLine, ArchiveFiles

__all__ = ["ArchiveLister", "InboxPager"]


class ArchiveLister(Protocol):
    async def archive_files(
        self,
        company_xid: int,
        max_lines: int = 100,
        *,
        folder_xid: int | None = None,
        continuation_token: str | None = None,
    ) -> ArchiveFiles: ...


class InboxPager:
    """Lines of one company's inbox in server order, fetched a page at a time.

    ``load_more`` is single-flight: a second call while a page is on its way waits for
    that page instead of asking for the same one twice.
    """

    def __init__(self, api: ArchiveLister, company_xid: int, page_size: int = 200) -> None:
        self._api = api
        self.company_xid = company_xid
        self.page_size = page_size
        self.lines: list[ArchiveFileLine] = []
        self._token: str | None = None
        self._exhausted = False
        self._loading: asyncio.Task[list[ArchiveFileLine]] | None = None
        self._xids: set[int] = set()

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

    async def _fetch(self) -> list[ArchiveFileLine]:
        page = await self._api.archive_files(
            self.company_xid, self.page_size, continuation_token=self._token
        )
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
