"""GUI tests: offscreen Qt, and coroutines running on Qt's own loop (qasync)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _gc_on_gui_thread() -> Iterator[None]:
    """Collect garbage only on the GUI thread, as the program does (see
    ui.main.GuiThreadGarbageCollector): a Qt object in a reference cycle must never be
    destroyed on the sandbox's or a worker's thread, where Qt cannot stop its timers."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


_loops: list[Any] = []  # the qasync loop made last (the running test's, while it runs)


@pytest.fixture(autouse=True)
def _events_on_the_loop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """pytest-qt handles Qt's pending events between a test's setup, call and teardown;
    in an async GUI test those events may step coroutines, which needs asyncio's running
    loop set, so they are handled as the test's qasync loop would handle them."""
    import pytestqt.plugin

    plain = pytestqt.plugin._process_events

    def on_the_loop() -> None:
        loop = _loops[-1] if _loops else None
        if loop is not None and not loop.is_closed():
            loop.process_pending_events()
        else:
            plain()

    monkeypatch.setattr(pytestqt.plugin, "_process_events", on_the_loop)
    yield


def pytest_asyncio_loop_factories(config: Any, item: Any) -> Mapping[str, Callable[[], Any]]:
    """Async GUI tests run on a qasync QEventLoop, as the application does."""
    from ui.asyncloop import make_loop

    def made() -> Any:
        loop = make_loop()
        _loops[:] = [loop]
        return loop

    return {"qt": made}
