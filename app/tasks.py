"""Background work for the GUI: named tasks, kept alive, with typed outcomes.

Slots stay thin: they call ``Tasks.start`` (or ``Tasks.preempt`` for work that a newer
request makes stale, such as a preview) with a plain coroutine, plus callbacks for
success and failure. Strong references are kept until the task ends, failures are
logged, and cancellation is quiet.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = ["Tasks"]


class Tasks:
    def __init__(self) -> None:
        self._running: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}

    def start(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        name: str | None = None,
    ) -> asyncio.Task[T]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._running.add(task)

        def finished(t: asyncio.Task[T]) -> None:
            self._running.discard(t)
            if name is not None and self._named.get(name) is t:
                del self._named[name]
            if t.cancelled():
                return
            exc = t.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    log.error("background task %s failed", t.get_name(), exc_info=exc)
            elif on_done is not None:
                on_done(t.result())

        task.add_done_callback(finished)
        return task

    def preempt(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Start ``coro`` as the one task called ``name``, cancelling the previous one."""
        old = self._named.get(name)
        if old is not None and not old.done():
            old.cancel()
        task = self.start(coro, on_done=on_done, on_error=on_error, name=name)
        self._named[name] = task
        return task

    def cancel(self, name: str) -> None:
        task = self._named.pop(name, None)
        if task is not None:
            task.cancel()

    @property
    def running(self) -> int:
        return len(self._running)

    async def close(self) -> None:
        """Cancel everything and wait for it to wind down."""
        for task in list(self._running):
            task.cancel()
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
