"""Worker job handlers for tests, run inside the render worker (see extra_handlers)."""

from __future__ import annotations

import os
import time


def block_forever(argument: object) -> object:
    """A render that never returns, like MuPDF on a page tree that loops."""
    while True:
        time.sleep(0.05)


def pid(argument: object) -> int:
    return os.getpid()


def sleep(seconds: object) -> str:
    assert isinstance(seconds, int | float)
    time.sleep(seconds)
    return "slept"


def hog(nbytes: object) -> int:
    """Allocate more memory than the worker may have."""
    assert isinstance(nbytes, int)
    return len(bytearray(nbytes))


def length(data: object) -> int:
    assert isinstance(data, bytes)
    return len(data)
