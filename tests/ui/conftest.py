"""GUI tests: offscreen Qt, and coroutines running on Qt's own loop (qasync)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_asyncio_loop_factories(config: Any, item: Any) -> Mapping[str, Callable[[], Any]]:
    """Async GUI tests run on a qasync QEventLoop, as the application does."""
    from ui.asyncloop import make_loop

    return {"qt": make_loop}
