"""The service on qasync's loop, as the application runs it (timers, threads, cancel)."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from app.previews import RenderRequest, RenderService, RenderTimeout
from tests.previews import documents
from tests.previews.conftest import STANDINS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
qasync = pytest.importorskip("qasync")
QtWidgets = pytest.importorskip("PySide6.QtWidgets")


def qt_loop() -> asyncio.AbstractEventLoop:
    # A QApplication, not a QCoreApplication: it lives on for the GUI tests that follow.
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
    return loop


async def scenario() -> None:
    async with RenderService(workers=1, job_timeout=2.0, abandon_after=0.3,
                             buffer_bytes=1 << 20, extra_handlers=STANDINS) as service:
        data = documents.pdf(2)
        first = await service.render("q", data, RenderRequest.fit_width(300))
        assert first.width == 300
        # A document bigger than the shared buffer goes through the pipe, from a thread.
        big = await service.render("big", documents.image_bytes("JPEG") + bytes(2 << 20),
                                   RenderRequest.fit_page(240, 160))
        assert (big.width, big.height) == (240, 160)

        started = time.monotonic()
        with pytest.raises(RenderTimeout):
            await service.call("block")
        assert time.monotonic() - started < 3.5

        hanging = asyncio.ensure_future(service.call("block"))
        await asyncio.sleep(0.1)
        hanging.cancel()
        with pytest.raises(asyncio.CancelledError):
            await hanging
        second = await service.render("q", data, RenderRequest.fit_width(300, page=1))
        assert second.page == 1


def test_on_a_qasync_loop() -> None:
    with asyncio.Runner(loop_factory=qt_loop) as runner:
        runner.run(scenario())
