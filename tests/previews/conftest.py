"""Fixtures for preview tests: real render services with real worker processes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest_asyncio

from app.previews import PixelFormat, RenderResult, RenderService

STANDINS = {
    "block": "tests.previews.standins:block_forever",
    "pid": "tests.previews.standins:pid",
    "sleep": "tests.previews.standins:sleep",
    "hog": "tests.previews.standins:hog",
    "length": "tests.previews.standins:length",
}


def pixel(result: RenderResult, x: int, y: int) -> tuple[int, int, int]:
    """The (r, g, b) of one pixel of a result, whatever its pixel format."""
    offset = y * result.bytes_per_line + x * 4
    b0, b1, b2 = result.pixels[offset : offset + 3]
    if result.pixel_format is PixelFormat.RGB32:
        return b2, b1, b0
    assert result.pixel_format is PixelFormat.RGBX8888
    return b0, b1, b2


def is_dark(result: RenderResult, x: int, y: int) -> bool:
    return sum(pixel(result, x, y)) < 3 * 100


def dark_corners(result: RenderResult) -> set[str]:
    """Which corners carry the test documents' black mark (5 px in from the edges)."""
    w, h = result.width, result.height
    spots = {"top-left": (5, 5), "top-right": (w - 6, 5), "bottom-left": (5, h - 6),
             "bottom-right": (w - 6, h - 6)}
    return {name for name, (x, y) in spots.items() if is_dark(result, x, y)}


class Counting:
    """A document source that counts how often the service asked for the bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.calls = 0

    async def __call__(self) -> bytes:
        self.calls += 1
        return self.data


@pytest_asyncio.fixture
async def make_service() -> AsyncIterator[Callable[..., Any]]:
    """Build started RenderServices (closed after the test); small limits for speed."""
    made: list[RenderService] = []

    async def make(**options: Any) -> RenderService:
        options.setdefault("workers", 1)
        options.setdefault("job_timeout", 1.0)
        options.setdefault("extra_handlers", STANDINS)
        service = RenderService(**options)
        made.append(service)
        await service.start()
        return service

    yield make
    for service in made:
        await service.close()
