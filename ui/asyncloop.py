"""The one place that knows qasync: the asyncio loop that is also Qt's event loop.

``run(main)`` creates the QApplication, runs ``main(app)`` on a qasync QEventLoop and
returns its exit code. ``main`` ends by awaiting ``until_quit(app)``.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

__all__ = ["make_loop", "run", "until_quit"]


class _QtLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop, whose ``run_until_complete`` takes one more turn of Qt's events
    after the loop has stopped, as qasync's does, but as the running loop: qasync takes
    it with no running loop set, so a coroutine stepped in that turn failed wherever it
    asked for one (httpx, through anyio, does on every request)."""

    def run_until_complete(self, future: Any) -> Any:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        task = asyncio.ensure_future(future, loop=self)

        def stop(_done: Any) -> None:
            self.stop()

        task.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            task.remove_done_callback(stop)
        self.process_pending_events()
        if not task.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return task.result()

    def process_pending_events(self) -> None:
        """Qt's pending events, handled now, with this loop as asyncio's running loop."""
        app = QApplication.instance()
        if app is None or self.is_running():
            return
        asyncio.events._set_running_loop(self)
        try:
            app.processEvents()
        finally:
            asyncio.events._set_running_loop(None)


def make_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication(sys.argv)
    loop: asyncio.AbstractEventLoop = _QtLoop(app)
    return loop


def run(main: Callable[[QApplication], Coroutine[Any, Any, int]], argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    with asyncio.Runner(loop_factory=make_loop) as runner:
        return runner.run(main(app))


async def until_quit(app: QApplication) -> None:
    """Wait until the application is about to quit."""
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def quitting() -> None:
        if not done.done():
            done.set_result(None)

    app.aboutToQuit.connect(quitting)
    await done
