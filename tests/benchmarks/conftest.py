"""Benchmarks (``make bench``): each figure is recorded with its bound, printed as a table
and written as flat JSON to build/bench.json (merged with figures already there)."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH_JSON = REPO / "build" / "bench.json"


@dataclass
class Figure:
    name: str
    value: float
    bound: float | None
    kind: str  # "max" (value must be <= bound), "min" (>=), "eq" (==), "info"
    note: str = ""

    @property
    def ok(self) -> bool:
        if self.bound is None or self.kind == "info":
            return True
        if self.kind == "max":
            return self.value <= self.bound
        if self.kind == "min":
            return self.value >= self.bound
        return self.value == self.bound


_FIGURES: list[Figure] = []


@pytest.fixture(scope="session")
def record() -> Callable[..., Figure]:
    def add(
        name: str, value: float, bound: float | None = None, kind: str = "max", note: str = ""
    ) -> Figure:
        fig = Figure(name, round(float(value), 4), bound, kind, note)
        _FIGURES.append(fig)
        BENCH_JSON.parent.mkdir(parents=True, exist_ok=True)
        data = json.loads(BENCH_JSON.read_text()) if BENCH_JSON.exists() else {}
        data[name] = fig.value
        BENCH_JSON.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
        return fig

    return add


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    tr = terminalreporter
    tr.section("benchmarks")
    width = max(len(f.name) for f in _FIGURES)
    for f in _FIGURES:
        sign = {"max": "<=", "min": ">=", "eq": "==", "info": ""}[f.kind]
        bound = f"{sign} {f.bound:g}" if f.bound is not None and f.kind != "info" else ""
        mark = "ok" if f.ok else "OVER"
        tr.write_line(f"{f.name:<{width}}  {f.value:>10.3f}  {bound:<10} {mark:<4} {f.note}")
    tr.write_line(f"written to {BENCH_JSON.relative_to(REPO)}")


@dataclass
class SandboxProcess:
    base_url: str
    process: subprocess.Popen[str]


@pytest.fixture(scope="module")
def sandbox_process(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., SandboxProcess]]:
    """Start ``mr-sandbox`` in its own process, so server work does not share our GIL."""
    started: list[SandboxProcess] = []

    def start(*args: str) -> SandboxProcess:
        data = tmp_path_factory.mktemp("sandbox")
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.sandbox", "--port", "0", "--data", str(data), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + 120
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                # keep draining its output so a full pipe never stalls the server
                threading.Thread(target=proc.stdout.read, daemon=True).start()
                sp = SandboxProcess(match.group(1), proc)
                started.append(sp)
                return sp
        proc.kill()
        raise RuntimeError("sandbox did not start")

    yield start
    for sp in started:
        sp.process.terminate()
        try:
            sp.process.wait(10)
        except subprocess.TimeoutExpired:
            sp.process.kill()


@pytest.fixture
def run_qt(qapp: Any) -> Iterator[Callable[..., Any]]:
    """Run a coroutine on qasync's loop over the QApplication, as the program does."""
    from ui.asyncloop import make_loop

    with asyncio.Runner(loop_factory=make_loop) as runner:
        yield runner.run
