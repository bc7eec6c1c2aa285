"""GUI tests: offscreen Qt, and coroutines running on Qt's own loop (qasync)."""

from __future__ import annotations

import gc
import inspect
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


@pytest.fixture(autouse=True)
def _events_only_on_the_loop(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """In async GUI tests, Qt's events are processed only by the running qasync loop, as
    in the program. pytest-qt processes pending events between a test's setup, call and
    teardown, where no asyncio loop runs: a timer firing there that starts or steps a
    coroutine (the window builds its panels just after its first paint) would run where
    nothing asynchronous can, which never happens in the program."""
    if inspect.iscoroutinefunction(getattr(request.node, "obj", None)):
        import pytestqt.plugin

        monkeypatch.setattr(pytestqt.plugin, "_process_events", lambda: None)
    yield


def pytest_asyncio_loop_factories(config: Any, item: Any) -> Mapping[str, Callable[[], Any]]:
    """Async GUI tests run on a qasync QEventLoop, as the application does."""
    from ui.asyncloop import make_loop

    return {"qt": make_loop}
