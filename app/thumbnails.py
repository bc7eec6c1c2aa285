"""Thumbnails of inbox documents: disk cache first, then the document and a render.

    service = ThumbnailService(documents, render_service, disk_cache, concurrency=3)
    service.listeners.append(show)               # called with each Thumbnail, on the loop
    service.request(company_xid, visible_lines, edge=72)   # again whenever they change

``request`` says which thumbnails are wanted now, most wanted first, and implicitly that
no others are: requests for lines no longer listed are cancelled (a download that
already started finishes into the document cache; a render that has not started is
dropped). At most ``concurrency`` thumbnails are worked on at once.

A thumbnail is keyed like every cached document (company, file xid,
timestampLastUpdate) plus its edge in device pixels, so a changed file gets a new one.
For each one the service
1. reads the disk cache (in a worker thread);
2. otherwise renders the first page with the render service, which asks for the
   document's bytes (DocumentStore: memory, disk cache, server) only when its worker
   does not already hold the document open;
3. stores the pixels in the disk cache (in a worker thread) and hands them on.

Documents that can have no thumbnail (plain text, e-invoice XML, damaged, encrypted or
too large files) give a ``Thumbnail`` without pixels whose ``kind`` says what the file
is, so the UI can show a fitting icon; that outcome is cached too (as an empty image
whose format is ``"none:<kind>"``), so such a file is not downloaded again to find out.
Time-outs, crashed workers and network errors are not cached: the next request tries
again.

Nothing here imports Qt; ``Pixels.format`` names the QImage format to wrap the bytes in.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

import msgspec

from app.api.errors import ApiError
from app.api.models import ArchiveFile, ArchiveFileLine
from app.cache import CacheKey, DiskCache, Pixels
from app.documents import key_for
from app.filetypes import sniff
from app.previews.protocol import (
    CorruptDocument,
    EncryptedDocument,
    PreviewError,
    RenderResult,
    TooLarge,
    UnsupportedContent,
)

log = logging.getLogger(__name__)

__all__ = [
    "BodySource",
    "Thumbnail",
    "ThumbnailRenderer",
    "ThumbnailService",
    "ThumbnailStats",
    "render_key",
]

_NONE_PREFIX = "none:"
# Failures that say something about the file itself: remembered in the cache.
_PERMANENT: tuple[type[PreviewError], ...] = (
    UnsupportedContent,
    CorruptDocument,
    EncryptedDocument,
    TooLarge,
)


class BodySource(Protocol):
    """Where document bodies come from (``app.documents.DocumentStore``)."""

    async def get(self, company_xid: int, line: ArchiveFileLine) -> ArchiveFile: ...


class ThumbnailRenderer(Protocol):
    """What renders them (``app.previews.RenderService``)."""

    async def thumbnail(
        self,
        doc_key: str,
        source: bytes | Callable[[], Awaitable[bytes] | bytes],
        max_edge: int = 256,
        *,
        page: int = 0,
        password: str | None = None,
    ) -> RenderResult: ...


def render_key(key: CacheKey) -> str:
    """The render service's document key: the same as the preview pane's, so a document
    the preview already opened in a worker is not sent to it again. A file's body never
    changes (only its name, date and comments do), so the timestamp is not part of it."""
    return f"{key.company_xid}:{key.file_xid}"


class Thumbnail(msgspec.Struct, frozen=True):
    """The outcome of one thumbnail request."""

    key: CacheKey
    edge: int
    pixels: Pixels | None  # None: no picture; ``kind`` says what the file is
    kind: str = ""  # "pdf", "image", "text", "xml", "unknown"; "" when not known
    error: str | None = None  # why there is no picture
    final: bool = True  # False: a passing failure (network, time-out); ask again later
    from_cache: bool = False


class ThumbnailStats(msgspec.Struct):
    """What the service did (for tests and diagnostics)."""

    requested: int = 0  # jobs started
    disk_hits: int = 0
    rendered: int = 0
    failed: int = 0
    cancelled: int = 0
    started: deque[CacheKey] = msgspec.field(default_factory=lambda: deque(maxlen=10_000))


class _Job(msgspec.Struct):
    company_xid: int
    line: ArchiveFileLine
    key: CacheKey
    edge: int


class ThumbnailService:
    def __init__(
        self,
        documents: BodySource,
        renderer: ThumbnailRenderer,
        cache: DiskCache | None,
        *,
        concurrency: int = 3,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._documents = documents
        self._renderer = renderer
        self._cache = cache
        self.concurrency = concurrency
        self.listeners: list[Callable[[Thumbnail], None]] = []
        self.stats = ThumbnailStats()
        self._pending: list[_Job] = []
        self._running: dict[tuple[CacheKey, int], asyncio.Task[Thumbnail]] = {}
        self._writes: set[asyncio.Task[None]] = set()
        self._starting: asyncio.Future[object] | None = None
        self._closed = False

    # --- the API ------------------------------------------------------------------------

    def request(self, company_xid: int, lines: Sequence[ArchiveFileLine], edge: int) -> None:
        """Want thumbnails of ``lines`` (most wanted first) at ``edge`` device pixels, and
        of nothing else: work for lines not listed is cancelled. Results go to
        ``listeners``. Call it on the event loop's thread."""
        if self._closed:
            return
        jobs: list[_Job] = []
        seen: set[tuple[CacheKey, int]] = set()
        for line in lines:
            key = key_for(company_xid, line)
            if (key, edge) in seen:
                continue
            seen.add((key, edge))
            jobs.append(_Job(company_xid, line, key, edge))
        for ident, task in list(self._running.items()):
            if ident not in seen:
                task.cancel()
                del self._running[ident]
                self.stats.cancelled += 1
        self._pending = [job for job in jobs if (job.key, job.edge) not in self._running]
        self._pump()

    def cancel_all(self) -> None:
        self.request(0, [], 0)

    @property
    def busy(self) -> int:
        """Thumbnails being worked on right now."""
        return len(self._running)

    @property
    def pending(self) -> int:
        """Thumbnails waiting for a free slot."""
        return len(self._pending)

    async def get(self, company_xid: int, line: ArchiveFileLine, edge: int) -> Thumbnail:
        """One thumbnail, awaited directly (outside the request queue and its limit)."""
        key = key_for(company_xid, line)
        return await self._load(_Job(company_xid, line, key, edge))

    async def flush(self) -> None:
        """Wait until thumbnails being written to the disk cache are written."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def close(self) -> None:
        self._closed = True
        self._pending.clear()
        tasks = list(self._running.values())
        self._running.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.flush()

    # --- the queue ----------------------------------------------------------------------

    def _pump(self) -> None:
        loop = asyncio.get_running_loop()
        while self._pending and len(self._running) < self.concurrency:
            job = self._pending.pop(0)
            ident = (job.key, job.edge)
            self.stats.requested += 1
            self.stats.started.append(job.key)
            task = loop.create_task(self._load(job), name=f"thumbnail-{job.key.file_xid}")
            self._running[ident] = task
            task.add_done_callback(functools.partial(self._finished, ident))

    def _finished(self, ident: tuple[CacheKey, int], task: asyncio.Task[Thumbnail]) -> None:
        if self._running.get(ident) is task:
            del self._running[ident]
        if not task.cancelled():
            exc = task.exception()
            if exc is not None:
                log.error("thumbnail of file %s failed", ident[0].file_xid, exc_info=exc)
            else:
                self._deliver(task.result())
        if not self._closed:
            self._pump()

    def _deliver(self, thumbnail: Thumbnail) -> None:
        for listener in list(self.listeners):
            try:
                listener(thumbnail)
            except Exception:
                log.exception("a thumbnail listener failed")

    # --- one thumbnail ------------------------------------------------------------------

    async def _load(self, job: _Job) -> Thumbnail:
        cached = await self._read_cache(job.key, job.edge)
        if cached is not None:
            self.stats.disk_hits += 1
            return _from_pixels(job, cached)
        kind = ""

        async def fetch() -> bytes:
            nonlocal kind
            body = (await self._documents.get(job.company_xid, job.line)).body
            kind = sniff(body[:4096]).kind.value
            return body

        try:
            await self._renderer_started()
            result = await self._renderer.thumbnail(render_key(job.key), fetch, job.edge)
        except _PERMANENT as exc:
            self.stats.failed += 1
            kind = kind or _kind_of(exc)
            self._write_cache(job.key, job.edge, Pixels(0, 0, 0, _NONE_PREFIX + kind, b""))
            return Thumbnail(job.key, job.edge, None, kind, exc.message)
        except PreviewError as exc:  # time-out, crashed worker, shut down: try again later
            self.stats.failed += 1
            return Thumbnail(job.key, job.edge, None, kind, exc.message, final=False)
        except ApiError as exc:
            self.stats.failed += 1
            return Thumbnail(job.key, job.edge, None, kind, str(exc), final=False)
        self.stats.rendered += 1
        pixels = Pixels(
            result.width, result.height, result.bytes_per_line, result.pixel_format.value,
            result.pixels,
        )
        self._write_cache(job.key, job.edge, pixels)
        return Thumbnail(job.key, job.edge, pixels, result.kind)

    async def _renderer_started(self) -> None:
        """Start the renderer once, in a task of its own: a thumbnail request cancelled
        while the workers start (the user scrolled on) must not cancel their start."""
        start = getattr(self._renderer, "start", None)
        if start is None:
            return
        starting = self._starting
        if starting is None or (
            starting.done() and (starting.cancelled() or starting.exception() is not None)
        ):
            starting = self._starting = asyncio.ensure_future(start())
        await asyncio.shield(starting)

    async def _read_cache(self, key: CacheKey, edge: int) -> Pixels | None:
        if self._cache is None:
            return None
        try:
            return await asyncio.to_thread(self._cache.get_thumbnail, key, edge)
        except OSError as exc:
            log.warning("could not read a cached thumbnail: %s", exc)
            return None

    def _write_cache(self, key: CacheKey, edge: int, pixels: Pixels) -> None:
        if self._cache is None:
            return
        write = asyncio.get_running_loop().create_task(
            asyncio.to_thread(self._write, key, edge, pixels)
        )
        self._writes.add(write)
        write.add_done_callback(self._writes.discard)

    def _write(self, key: CacheKey, edge: int, pixels: Pixels) -> None:
        assert self._cache is not None
        try:
            self._cache.put_thumbnail(key, edge, pixels)
        except OSError as exc:
            log.warning("could not cache a thumbnail: %s", exc)


def _from_pixels(job: _Job, pixels: Pixels) -> Thumbnail:
    if pixels.format.startswith(_NONE_PREFIX):
        kind = pixels.format[len(_NONE_PREFIX) :]
        return Thumbnail(job.key, job.edge, None, kind, None, from_cache=True)
    kind = "image" if pixels.format == "RGBX8888" else "pdf"
    return Thumbnail(job.key, job.edge, pixels, kind, from_cache=True)


def _kind_of(exc: PreviewError) -> str:
    if isinstance(exc, EncryptedDocument):
        return "pdf"
    return "unknown"
