"""Fixtures for the booking tests: a drafts store and memory in a temporary data
folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.booking import BookingMemory, DraftStore
from app.paths import AppPaths


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "client").ensure()


@pytest.fixture
def drafts(paths: AppPaths) -> Iterator[DraftStore]:
    store = DraftStore.open(paths)
    yield store
    store.close()


@pytest.fixture
def memory(paths: AppPaths) -> Iterator[BookingMemory]:
    opened = BookingMemory.open(paths)
    yield opened
    opened.close()
