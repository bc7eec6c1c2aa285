"""ThumbnailService without Qt: bounded concurrency, cancellation of what is no longer
wanted, the disk cache first, remembered "no picture" outcomes, and new keys for new
file versions. (The panel's tests run it with real render workers and a sandbox.)"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.api.errors import ApiConnectionError
from app.api.models import ArchiveFileLine
from app.cache import DiskCache, Pixels
from app.documents import key_for
from app.previews import (
    PixelFormat,
    RenderResult,
    RenderTimeout,
    UnsupportedContent,
)
from app.thumbnails import Thumbnail, ThumbnailService, render_key

pytestmark = pytest.mark.timeout(30)

COMPANY = 100001
PDF = b"%PDF-1.4\n% a stand-in\n"


def line(xid: int, stamp: str = "2026-11-24T10:00:00.000") -> ArchiveFileLine:
    return ArchiveFileLine(xid=xid, id=xid, name=f"Bilag {xid}", timestamp_last_update=stamp)


@dataclass
class Doc:
    body: bytes


@dataclass
class FakeDocuments:
    bodies: dict[int, bytes] = field(default_factory=dict)
    calls: list[int] = field(default_factory=list)

    async def get(self, company_xid: int, line: ArchiveFileLine) -> Doc:
        self.calls.append(line.xid)
        await asyncio.sleep(0)
        return Doc(self.bodies.get(line.xid, PDF))


class FakeRenderer:
    """Renders a 2x3 picture per document; can be held, and fails when told to."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.gate.set()
        self.running = 0
        self.most = 0
        self.done: list[str] = []
        self.cancelled: list[str] = []
        self.fail: dict[str, BaseException] = {}
        self.started = 0

    async def start(self) -> None:
        self.started += 1

    async def thumbnail(self, doc_key: str, source: Any, max_edge: int = 256, **_: Any
                        ) -> RenderResult:
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            body = await source() if callable(source) else source
            await self.gate.wait()
            if doc_key in self.fail:
                raise self.fail[doc_key]
            self.done.append(doc_key)
            assert body
            return RenderResult(2, 3, 8, PixelFormat.RGB32, bytes(24), 0, 1, (595.0, 842.0),
                                1.0, 0, False, "pdf")
        except asyncio.CancelledError:
            self.cancelled.append(doc_key)
            raise
        finally:
            self.running -= 1


def make(tmp_path: Path | None, concurrency: int = 3) -> tuple[
    ThumbnailService, FakeDocuments, FakeRenderer, list[Thumbnail], DiskCache | None
]:
    documents = FakeDocuments()
    renderer = FakeRenderer()
    cache = DiskCache(tmp_path) if tmp_path is not None else None
    service = ThumbnailService(documents, renderer, cache, concurrency=concurrency)
    got: list[Thumbnail] = []
    service.listeners.append(got.append)
    return service, documents, renderer, got, cache


async def settle(service: ThumbnailService) -> None:
    for _ in range(200):
        if not service.busy and not service.pending:
            break
        await asyncio.sleep(0.005)
    await service.flush()


async def test_at_most_three_at_once_in_the_order_asked(tmp_path: Path) -> None:
    service, _documents, renderer, got, _ = make(tmp_path)
    renderer.gate.clear()
    lines = [line(i) for i in range(10)]
    service.request(COMPANY, lines, 64)
    await asyncio.sleep(0.05)
    assert renderer.running == 3 and service.busy == 3 and service.pending == 7
    renderer.gate.set()
    await settle(service)
    assert renderer.most == 3
    assert [key.file_xid for key in service.stats.started] == list(range(10))  # in order
    assert sorted(t.key.file_xid for t in got) == list(range(10))
    assert all(t.pixels is not None and t.pixels.format == "RGB32" for t in got)
    assert service.stats.requested == service.stats.rendered == 10
    assert renderer.started == 1  # started once, outside the requests


async def test_rows_that_left_the_screen_are_cancelled(tmp_path: Path) -> None:
    service, _documents, renderer, got, _ = make(tmp_path)
    renderer.gate.clear()
    lines = [line(i) for i in range(10)]
    service.request(COMPANY, lines[:6], 64)
    await asyncio.sleep(0.05)
    service.request(COMPANY, lines[4:8], 64)  # 0-2 running: cancelled; 3 pending: dropped
    await asyncio.sleep(0.05)
    assert service.stats.cancelled == 3
    assert sorted(renderer.cancelled) == sorted(render_key(key_for(COMPANY, x)) for x in lines[:3])
    renderer.gate.set()
    await settle(service)
    assert sorted(t.key.file_xid for t in got) == [4, 5, 6, 7]
    # the same request again starts nothing new; duplicates are asked for once
    service.request(COMPANY, [lines[4], lines[4]], 64)
    await settle(service)
    assert service.stats.requested == 3 + 4 + 1


async def test_second_time_from_the_disk_cache(tmp_path: Path) -> None:
    service, documents, _renderer, got, _cache = make(tmp_path)
    lines = [line(i) for i in range(4)]
    service.request(COMPANY, lines, 64)
    await settle(service)
    assert len(documents.calls) == 4

    again, documents2, renderer2, got2, _ = make(tmp_path)
    again.request(COMPANY, lines, 64)
    await settle(again)
    assert documents2.calls == [] and renderer2.done == []
    assert again.stats.disk_hits == 4 and all(t.from_cache for t in got2)
    assert [t.pixels for t in got2] == [t.pixels for t in got]

    # another edge is another thumbnail
    again.request(COMPANY, lines[:1], 128)
    await settle(again)
    assert renderer2.done == [render_key(key_for(COMPANY, lines[0]))]


async def test_a_new_version_gets_a_new_key(tmp_path: Path) -> None:
    service, _documents, renderer, got, cache = make(tmp_path)
    old, new = line(7), line(7, "2026-11-25T09:30:00.123")
    service.request(COMPANY, [old], 64)
    await settle(service)
    service.request(COMPANY, [new], 64)
    await settle(service)
    assert [t.key for t in got] == [key_for(COMPANY, old), key_for(COMPANY, new)]
    assert key_for(COMPANY, old) != key_for(COMPANY, new)
    assert len(renderer.done) == 2  # one render per version (same document key:
    assert renderer.done[0] == renderer.done[1]  # a body never changes, workers share it)
    assert cache is not None
    assert cache.get_thumbnail(key_for(COMPANY, old), 64) is not None
    assert cache.get_thumbnail(key_for(COMPANY, new), 64) is not None


async def test_files_without_a_picture_are_remembered_with_their_kind(tmp_path: Path) -> None:
    service, documents, renderer, got, _ = make(tmp_path)
    text = line(1)
    documents.bodies[1] = b"Kvittering\nKaffe 35,00 kr.\n"
    renderer.fail[render_key(key_for(COMPANY, text))] = UnsupportedContent()
    service.request(COMPANY, [text], 64)
    await settle(service)
    assert got[0].pixels is None and got[0].kind == "text" and got[0].final

    again, documents2, _, got2, _ = make(tmp_path)
    again.request(COMPANY, [text], 64)
    await settle(again)
    assert documents2.calls == []  # not downloaded again to find out
    assert got2[0].pixels is None and got2[0].kind == "text" and got2[0].from_cache


async def test_passing_failures_are_not_cached(tmp_path: Path) -> None:
    service, documents, renderer, got, cache = make(tmp_path)
    slow, offline = line(1), line(2)
    renderer.fail[render_key(key_for(COMPANY, slow))] = RenderTimeout(seconds=8)

    async def no_network(company_xid: int, line: ArchiveFileLine) -> Doc:
        raise ApiConnectionError("no network", request_sent=False)

    service.request(COMPANY, [slow], 64)
    await settle(service)
    documents.get = no_network  # type: ignore[method-assign]
    service.request(COMPANY, [offline], 64)
    await settle(service)
    assert [(t.pixels, t.final) for t in got] == [(None, False), (None, False)]
    assert cache is not None
    assert cache.get_thumbnail(key_for(COMPANY, slow), 64) is None
    assert cache.get_thumbnail(key_for(COMPANY, offline), 64) is None
    assert service.stats.failed == 2


async def test_a_failing_listener_does_not_stop_the_others(tmp_path: Path) -> None:
    service, _, _, got, _ = make(None)

    def broken(_: Thumbnail) -> None:
        raise RuntimeError("listener bug")

    service.listeners.insert(0, broken)
    service.request(COMPANY, [line(1), line(2)], 64)
    await settle(service)
    assert len(got) == 2


async def test_close_cancels_everything(tmp_path: Path) -> None:
    service, _, renderer, got, _ = make(tmp_path)
    renderer.gate.clear()
    service.request(COMPANY, [line(i) for i in range(5)], 64)
    await asyncio.sleep(0.02)
    await service.close()
    assert service.busy == 0 and service.pending == 0 and got == []
    service.request(COMPANY, [line(9)], 64)  # closed: nothing happens
    assert service.busy == 0


async def test_get_awaits_one_thumbnail(tmp_path: Path) -> None:
    service, _, _, got, _ = make(tmp_path)
    thumb = await service.get(COMPANY, line(3), 32)
    assert thumb.pixels == Pixels(2, 3, 8, "RGB32", bytes(24)) and got == []
