"""Documents of the archive with their bodies: memory, then disk cache, then the server.

Concurrent requests for the same document share one download; finished downloads are
written to the disk cache in a worker thread, and the most recent ones are kept in
memory (within a byte budget) so going back to a document is instant.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from typing import Protocol

import msgspec

from app.api import codec
from app.api.models import ArchiveFile, ArchiveFileLine
from app.cache import CacheKey, DiskCache

log = logging.getLogger(__name__)

__all__ = ["ArchiveReader", "DocumentStore"]


class ArchiveReader(Protocol):
    async def archive_file(
        self, company_xid: int, archive_file_xid: int, *, omit_body: bool = False
    ) -> ArchiveFile: ...


def key_for(company_xid: int, line: ArchiveFileLine) -> CacheKey:
    return CacheKey(company_xid, line.xid, line.timestamp_last_update or "")


class DocumentStore:
    def __init__(
        self,
        api: ArchiveReader,
        cache: DiskCache | None,
        *,
        memory_budget: int = 96 * 1024 * 1024,
    ) -> None:
        self._api = api
        self._cache = cache
        self._budget = memory_budget
        self._memory: OrderedDict[CacheKey, ArchiveFile] = OrderedDict()
        self._memory_bytes = 0
        self._inflight: dict[CacheKey, asyncio.Task[ArchiveFile]] = {}
        self._writes: set[asyncio.Task[None]] = set()

    def cached(self, key: CacheKey) -> ArchiveFile | None:
        """The document if it is in memory (no I/O)."""
        doc = self._memory.get(key)
        if doc is not None:
            self._memory.move_to_end(key)
        return doc

    async def get(self, company_xid: int, line: ArchiveFileLine) -> ArchiveFile:
        key = key_for(company_xid, line)
        doc = self.cached(key)
        if doc is not None:
            return doc
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.get_running_loop().create_task(self._load(key))
            self._inflight[key] = task
            task.add_done_callback(functools.partial(self._done, key))
        # shield: one caller giving up (the user moved on) does not cancel the others
        return await asyncio.shield(task)

    def _done(self, key: CacheKey, task: asyncio.Task[ArchiveFile]) -> None:
        self._inflight.pop(key, None)
        if not task.cancelled():
            task.exception()  # seen: a load everyone gave up waiting for is no error

    async def _load(self, key: CacheKey) -> ArchiveFile:
        if self._cache is not None and self._cache.has_body(key):
            hit = await asyncio.to_thread(self._read_cache, key)
            if hit is not None:
                self._remember(key, hit)
                return hit
        doc = await self._api.archive_file(key.company_xid, key.file_xid)
        self._remember(key, doc)
        if self._cache is not None:
            write = asyncio.get_running_loop().create_task(asyncio.to_thread(self._write, key, doc))
            self._writes.add(write)
            write.add_done_callback(self._writes.discard)
        return doc

    def _read_cache(self, key: CacheKey) -> ArchiveFile | None:
        assert self._cache is not None
        hit = self._cache.get_body(key)
        if hit is None:
            return None
        meta, body = hit
        try:
            doc = codec.decode(meta, ArchiveFile)
        except codec.DecodeError:
            return None
        doc.body = body
        return doc

    def _write(self, key: CacheKey, doc: ArchiveFile) -> None:
        assert self._cache is not None
        meta = codec.encode(msgspec.structs.replace(doc, body=b"", file_body_base64=""))
        try:
            self._cache.put_body(key, meta, doc.body)
        except OSError as exc:
            log.warning("could not cache a document: %s", exc)

    def _remember(self, key: CacheKey, doc: ArchiveFile) -> None:
        size = len(doc.body) + 1024
        if size > self._budget // 2:
            return
        self._memory[key] = doc
        self._memory_bytes += size
        while self._memory_bytes > self._budget and self._memory:
            _, old = self._memory.popitem(last=False)
            self._memory_bytes -= len(old.body) + 1024

    def forget(self, company_xid: int, file_xid: int) -> None:
        for key in [
            k for k in self._memory if (k.company_xid, k.file_xid) == (company_xid, file_xid)
        ]:
            old = self._memory.pop(key)
            self._memory_bytes -= len(old.body) + 1024

    async def flush(self) -> None:
        """Wait for pending cache writes (tests, shutdown)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
