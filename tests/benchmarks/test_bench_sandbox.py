"""How fast the sandbox makes its seeds (the issue asks 10,000 documents in under 30 s)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.server import SandboxServer

pytestmark = pytest.mark.bench


def test_large_seed_start(tmp_path: Path, record: Callable[..., Any]) -> None:
    started = time.monotonic()
    with SandboxServer(data_dir=tmp_path / "large", seed="large:10000"):
        elapsed = time.monotonic() - started
    fig = record("sandbox.seed_large_10k_s", elapsed, 30, note="build + load + listen")
    assert fig.ok


def test_demo_seed_start(tmp_path: Path, record: Callable[..., Any]) -> None:
    started = time.monotonic()
    with SandboxServer(data_dir=tmp_path / "demo", seed="demo"):
        elapsed = time.monotonic() - started
    record("sandbox.seed_demo_s", elapsed, kind="info", note="demo documents drawn + loaded")
