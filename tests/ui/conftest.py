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


def pytest_asyncio_loop_factories(config: Any, item: Any) -> Mapping[str, Callable[[], Any]]:
    """Async GUI tests run on a qasync QEventLoop, as the application does."""
    from ui.asyncloop import make_loop

    return {"qt": make_loop}
