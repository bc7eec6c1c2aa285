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


def make_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication(sys.argv)
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
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
