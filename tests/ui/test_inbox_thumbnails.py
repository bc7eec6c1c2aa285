"""Thumbnails in the inbox: only for the rows on screen, from the disk cache the second
time, and new ones for a changed file; plus a look at the panel with the demo data."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.cache import CacheKey
from app.documents import key_for
from app.previews import RenderService
from app.sandbox.server import SandboxServer
from tests.ui.inbox_support import open_inbox, until
from ui.inbox_model import Column
from ui.thumbnail_delegate import kind_from_name, qimage_from_pixels

pytestmark = pytest.mark.timeout(180)

MakeSandbox = Callable[..., SandboxServer]
SCREENSHOT = Path("/tmp/inbox.png")


@pytest_asyncio.fixture
async def render() -> AsyncIterator[RenderService]:
    service = RenderService(workers=1, job_timeout=20.0)
    await service.start()
    yield service
    await service.close()


def archive_gets(server: SandboxServer) -> int:
    return server.request_log.count("/archiveFile", "GET")


async def test_thumbnails_only_for_visible_rows_then_from_the_disk_cache(
    make_sandbox: MakeSandbox, render: RenderService, tmp_path: Path
) -> None:
    server = make_sandbox(seed="large:1000")
    cache_dir = tmp_path / "cache"
    env = await open_inbox(server, cache_dir=cache_dir, render=render, size=(640, 420),
                           first_page_size=500)
    try:
        panel = env.panel
        service = env.thumbnails
        assert service is not None
        await env.first_page()
        on_screen = await env.thumbnails_settled()
        rows = panel.model.rowCount()
        assert 3 <= len(on_screen) < 15 < rows
        started = list(service.stats.started)
        assert service.stats.requested == len(on_screen) == len(set(started))
        assert set(started) == {key_for(env.company_xid, x) for x in on_screen}
        assert service.stats.rendered == len(on_screen)
        assert archive_gets(server) == len(on_screen)
        seen = {x.xid for x in on_screen}

        # far down the list: the rows passed on the way are never asked for
        panel.view.scrollTo(panel.proxy.index(400, 0), panel.view.ScrollHint.PositionAtTop)
        later = await env.thumbnails_settled()
        assert {x.xid for x in later}.isdisjoint(seen)
        wanted = {key_for(env.company_xid, x) for x in [*on_screen, *later]}
        assert set(service.stats.started) == wanted
        assert service.stats.requested == len(wanted)

        # each thumbnail is painted from a QImage over the service's own bytes
        for line in later:
            image = panel.images.image(key_for(env.company_xid, line), panel.delegate.edge)
            assert image is not None and image.format() in (
                QImage.Format.Format_RGB32, QImage.Format.Format_RGBX8888)
            assert max(image.width(), image.height()) == panel.delegate.edge
        await service.flush()
    finally:
        await env.close()

    # a new session (new panel, service and document store) on the same disk cache:
    # the same thumbnails come from the cache, without a single GET /archiveFile
    gets = archive_gets(server)
    env = await open_inbox(server, cache_dir=cache_dir, render=render, size=(640, 420),
                           first_page_size=500)
    try:
        service = env.thumbnails
        assert service is not None
        await env.first_page()
        again = await env.thumbnails_settled()
        assert {x.xid for x in again} == seen
        assert service.stats.disk_hits == service.stats.requested == len(again)
        assert service.stats.rendered == 0
        assert archive_gets(server) == gets
    finally:
        await env.close()


async def test_scrolling_cancels_thumbnails_of_rows_that_left_the_screen(
    make_sandbox: MakeSandbox, tmp_path: Path
) -> None:
    server = make_sandbox(seed="large:600")
    env = await open_inbox(server, cache_dir=tmp_path / "cache", size=(640, 420),
                           first_page_size=600)
    try:
        panel = env.panel
        service = env.thumbnails
        assert service is not None
        await env.first_page()
        # the worker is still starting: these requests cannot finish before we move on
        await until(lambda: service.busy > 0, what="thumbnail work")
        first = {key.file_xid for key in service.stats.started}
        assert service.busy <= 3  # bounded
        for row in (100, 200, 300):  # faster than the thumbnail delay: never requested
            panel.view.scrollTo(panel.proxy.index(row, 0), panel.view.ScrollHint.PositionAtTop)
            await asyncio.sleep(0.01)
        panel.view.scrollTo(panel.proxy.index(500, 0), panel.view.ScrollHint.PositionAtTop)
        final = await env.thumbnails_settled()
        assert service.stats.cancelled >= 1
        asked = {key.file_xid for key in service.stats.started}
        assert asked <= first | {x.xid for x in final}
        for row in range(90, 400):
            line = panel.proxy.line_at(row)
            assert line is not None and line.xid not in asked
    finally:
        await env.close()


async def test_a_changed_file_gets_a_new_thumbnail_key(
    make_sandbox: MakeSandbox, render: RenderService, tmp_path: Path
) -> None:
    server = make_sandbox(seed="large:30")
    env = await open_inbox(server, cache_dir=tmp_path / "cache", render=render)
    try:
        panel = env.panel
        service = env.thumbnails
        assert service is not None and env.cache is not None
        await env.first_page()
        await env.thumbnails_settled()
        line = panel.lines()[0]
        old_key = key_for(env.company_xid, line)
        edge = panel.delegate.edge
        await service.flush()
        assert env.cache.get_thumbnail(old_key, edge) is not None

        await env.api.update_archive_file(
            env.company_xid, line.xid, date=(line.date or date.today()) - timedelta(days=1),
            friendly_filename="Omdøbt faktura",
        )
        page = await env.api.archive_files(env.company_xid, 10)
        changed = next(x for x in page.archive_files_list if x.xid == line.xid)
        assert changed.timestamp_last_update != line.timestamp_last_update
        new_key = key_for(env.company_xid, changed)
        assert new_key != old_key and new_key.file_xid == old_key.file_xid

        panel.reload_xids([line.xid])  # as after an edit in the preview pane
        await until(lambda: panel.lines()[0] == changed, what="the line read again")
        await until(lambda: new_key in service.stats.started, what="a request for the new key")
        await env.thumbnails_settled()
        await service.flush()
        assert panel.images.image(new_key, edge) is not None
        assert env.cache.get_thumbnail(new_key, edge) is not None
        assert env.cache.get_thumbnail(old_key, edge) is not None  # ages out on its own
        assert panel.proxy.index(0, Column.NAME).data() == "Omdøbt faktura"
    finally:
        await env.close()


def test_placeholder_kinds_and_pixels_wrap() -> None:
    assert kind_from_name("faktura.PDF") == "pdf"
    assert kind_from_name("kvittering.jpeg") == "image"
    assert kind_from_name("Kvittering Netto") == ""
    assert kind_from_name(None) == ""
    from app.cache import Pixels

    pixels = Pixels(2, 1, 8, "RGB32", bytes([0, 0, 255, 255, 0, 255, 0, 255]))
    image = qimage_from_pixels(pixels)
    assert image is not None and image.pixelColor(0, 0) == QColor(255, 0, 0)
    assert image.pixelColor(1, 0) == QColor(0, 255, 0)
    assert qimage_from_pixels(Pixels(0, 0, 0, "none:text", b"")) is None
    assert qimage_from_pixels(Pixels(1, 1, 4, "NoSuchFormat", b"\0" * 4)) is None
    assert CacheKey(1, 2, "a") != CacheKey(1, 2, "b")


async def test_render_the_demo_inbox(sandbox: Any, render: RenderService, tmp_path: Path) -> None:
    """Offscreen screenshot for a human to look at (/tmp/inbox.png)."""
    env = await open_inbox(sandbox, cache_dir=tmp_path / "cache", render=render, size=(720, 560))
    try:
        panel = env.panel
        await env.first_page()
        await env.thumbnails_settled()
        view = panel.view
        view.selectionModel().setCurrentIndex(
            panel.proxy.index(1, 0), view.selectionModel().SelectionFlag.ClearAndSelect
            | view.selectionModel().SelectionFlag.Rows)
        await asyncio.sleep(0.05)
        image = panel.grab().toImage()
        assert image.save(str(SCREENSHOT))
        # a photo keeps its picture in the list (its scaled pixels carry 0 in the
        # RGBX padding byte, which once made it vanish from the row's icon)
        edge = panel.delegate.edge
        for row in range(view.rowAt(view.viewport().height() - 1) + 1):
            line = panel.proxy.line_at(row)
            assert line is not None
            thumb = panel.images.image(key_for(env.company_xid, line), edge)
            if thumb is not None and thumb.format() == QImage.Format.Format_RGBX8888:
                break
        else:
            raise AssertionError("no photo on the demo inbox's first screen")
        want = thumb.pixelColor(thumb.width() // 2, thumb.height() // 2)
        cell = view.visualRect(panel.proxy.index(row, Column.NAME))
        y = view.viewport().mapTo(panel, cell.center()).y()
        left = view.viewport().mapTo(panel, cell.topLeft()).x()
        seen = [image.pixelColor(x, y) for x in range(left, left + panel.delegate.box + 12)]
        assert any(max(abs(c.red() - want.red()), abs(c.green() - want.green()),
                       abs(c.blue() - want.blue())) <= 12 for c in seen), (line.name, want)
        # text is not clipped: every column is wide enough for what it shows
        metrics = view.fontMetrics()
        for column in (Column.DATE, Column.CHANGED, Column.NUMBER):
            widest = max(metrics.horizontalAdvance(str(panel.proxy.index(r, column).data()))
                         for r in range(panel.proxy.rowCount()))
            assert view.columnWidth(column) >= widest + 8, column
        row_height = view.rowHeight(0)
        assert row_height >= metrics.height() + 4
        assert panel.delegate.box <= row_height
        assert view.indexAt(QPoint(5, 5)) != QModelIndex()
        assert Qt.AlignmentFlag.AlignRight & Qt.AlignmentFlag(
            panel.proxy.index(0, Column.NUMBER).data(Qt.ItemDataRole.TextAlignmentRole))
    finally:
        await env.close()
