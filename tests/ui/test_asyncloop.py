"""Coroutines and Qt share one loop: timers fire while a coroutine awaits."""

from __future__ import annotations

import asyncio

import qasync
from PySide6.QtCore import QTimer

from app.tasks import Tasks


async def test_coroutines_run_on_qt_loop() -> None:
    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    fired: list[int] = []
    QTimer.singleShot(10, lambda: fired.append(1))
    await asyncio.sleep(0.05)
    assert fired == [1]


async def test_preempted_task_is_cancelled_and_newest_wins() -> None:
    tasks = Tasks()
    results: list[str] = []

    async def load(name: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return name

    first = tasks.preempt("preview", load("old", 0.2), on_done=results.append)
    second = tasks.preempt("preview", load("new", 0.01), on_done=results.append)
    await asyncio.gather(first, second, return_exceptions=True)
    assert first.cancelled() and results == ["new"]
    errors: list[BaseException] = []

    async def boom() -> None:
        raise RuntimeError("x")

    await asyncio.gather(tasks.start(boom(), on_error=errors.append), return_exceptions=True)
    assert isinstance(errors[0], RuntimeError)
    await tasks.close()
    assert tasks.running == 0
