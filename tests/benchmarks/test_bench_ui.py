"""Desktop client benchmarks (``ui.*``): the real widgets, offscreen, against ``mr-sandbox``
in its own process.

* start-up: the real program in a fresh interpreter (bench_startup_driver.py), against
  a bare PySide6 window process measured the same way, interleaved;
* previews, the 10,000-document inbox and uploads: the main window as ``run_app``
  builds it (Shell, Workspace, the run's render workers, caches and upload store, the
  GUI-thread garbage collector) on qasync's loop in this process.

Stalls are the largest lateness of a 10 ms asyncio timer on the event loop (as in
test_bench_api.py). Figures over their bound are recorded as measured and fail the test.
"""

from __future__ import annotations

import asyncio
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from PySide6.QtGui import QImage

from app.api import ApiClient, KeyringTokenStore
from app.documents import key_for
from tests.ui.program_window import open_program_window
from tests.ui.shell_support import until
from ui import inbox_panel
from ui.inbox_panel import InboxPanel
from ui.main import DEMO_PASSWORD, DEMO_USER
from ui.main_window import MainWindow
from ui.preview_pane import PREFETCH_TASK, PreviewPane, render_key
from ui.upload_panel import UploadPanel

pytestmark = pytest.mark.bench

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("bench_startup_driver.py")
PHOTOS = ("Kvittering Circle K", "Bauhaus - hylder til lageret")  # the 12 MP demo photos


# --- helpers --------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    """The 95th percentile (linear between the nearest ranks)."""
    ordered = sorted(values)
    rank = 0.95 * (len(ordered) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def spread(values: list[float]) -> str:
    ordered = sorted(values)
    return f"n={len(ordered)} min {ordered[0]:.1f} median {statistics.median(ordered):.1f} " \
        f"max {ordered[-1]:.1f}"


async def ticker(stop: asyncio.Event, gaps: list[float]) -> None:
    """Record how late a 10 ms timer fires (ms): the event loop's stalls."""
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.010)
        now = time.perf_counter()
        gaps.append((now - last - 0.010) * 1000)
        last = now


def panels(window: MainWindow) -> tuple[InboxPanel, PreviewPane, UploadPanel]:
    found = window.panels
    assert isinstance(found.inbox, InboxPanel) and isinstance(found.preview, PreviewPane)
    assert isinstance(found.uploads, UploadPanel)
    return found.inbox, found.preview, found.uploads


@pytest.fixture(scope="module")
def demo_server(sandbox_process: Callable[..., Any]) -> Any:
    return sandbox_process("--seed", "demo")


class InboxPaints:
    """When the inbox list finished a paint that showed rows (perf_counter seconds):
    a hook on the list's paintEvent, installed before the window is made."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.times: list[float] = []
        base = inbox_panel._InboxView.paintEvent
        recorder = self

        def paintEvent(view: Any, event: Any) -> None:
            base(view, event)
            if view.model() is not None and view.model().rowCount() > 0:
                recorder.times.append(time.perf_counter())

        monkeypatch.setattr(inbox_panel._InboxView, "paintEvent", paintEvent)


# --- start-up --------------------------------------------------------------------------------


def _store_session(base_url: str, keyring_file: Path) -> None:
    """Sign in once with "stay signed in": the tokens go to the keyring stand-in."""
    sys.path.insert(0, str(DRIVER.parent))
    try:
        import bench_startup_driver
    finally:
        sys.path.remove(str(DRIVER.parent))

    async def sign_in() -> None:
        backend = bench_startup_driver.FileKeyring(keyring_file)
        async with ApiClient(base_url, token_store=KeyringTokenStore(backend=backend)) as api:
            await api.login(DEMO_USER, DEMO_PASSWORD, remember=True)

    asyncio.run(sign_in())
    assert base_url in keyring_file.read_text()


def _start_once(args: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Milliseconds from just before the interpreter starts to the child's PAINTED, and
    the child's TRACE lines (ms from the same start) when it was asked for them."""
    t0 = time.time()
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        out, err = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"{args[0]} did not finish: {out[-2000:]} {err[-2000:]}") from None
    marks = [line.rsplit(" ", 1) for line in out.splitlines()
             if line.startswith(("PAINTED ", "TRACE "))]
    painted = [float(stamp) for what, stamp in marks if what == "PAINTED"]
    assert painted and proc.returncode == 0, f"{args[0]}: rc {proc.returncode}: {err[-3000:]}"
    trace = [f"{(float(stamp) - t0) * 1000:7.1f}  {what.removeprefix('TRACE ')}"
             for what, stamp in marks]
    return (painted[0] - t0) * 1000, trace


def test_startup(
    demo_server: Any, record: Callable[..., Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    home = tmp_path_factory.mktemp("startup-home")
    keyring_file = home / "keyring.json"
    _store_session(demo_server.base_url, keyring_file)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHON_KEYRING_BACKEND": "bench_startup_driver.FileKeyring",
        "MR_BENCH_KEYRING": str(keyring_file),
    }
    env.pop("MR_BENCH_TRACE", None)
    app_args = ["app", demo_server.base_url]
    # once each first: font caches, the program's settings, its thumbnail cache
    _start_once(["bare"], env)
    _start_once(app_args, env)
    apps, bares, floors = [], [], []
    for _ in range(7):
        bares.append(_start_once(["bare"], env)[0])
        apps.append(_start_once(app_args, env)[0])
        floors.append(_start_once(["floor"], env)[0])
    ratios = [a / b for a, b in zip(apps, bares, strict=True)]
    floor_ratios = [f / b for f, b in zip(floors, bares, strict=True)]
    # once more with the steps printed (not counted): where the time goes
    _, trace = _start_once(app_args, {**env, "MR_BENCH_TRACE": "1"})
    print(f"\nstartup app ms: {[round(a) for a in apps]}\nstartup bare ms: "
          f"{[round(b) for b in bares]}\nstartup steps (ms since Popen):\n  "
          + "\n  ".join(trace))
    a = record("ui.startup_ms", statistics.median(apps), 500,
               note=f"process start -> first inbox page painted, session restored; "
                    f"{spread(apps)}")
    b = record("ui.startup_ratio", statistics.median(ratios), 2.5,
               note=f"vs a bare QMainWindow+QTableView process ({spread(bares)} ms)")
    record("ui.startup_floor_ratio", statistics.median(floor_ratios), 2.5, kind="info",
           note=f"the bare window after importing the prescribed stack (asyncio, qasync, "
                f"httpx, httpcore, msgspec, keyring), no program code ({spread(floors)} ms): "
                f"what any program on this stack starts in, against the same bare window")
    assert a.ok and b.ok


# --- previews ------------------------------------------------------------------------------


def test_previews(
    demo_server: Any, run_qt: Callable[..., Any], record: Callable[..., Any], tmp_path: Path
) -> None:
    figures = run_qt(_previews(demo_server.base_url, tmp_path))
    results = [
        record("ui.preview_pdf_cold_p95_ms", p95(figures["pdf"]), 60,
               note=f"select -> painted, body fetched, page rendered; {spread(figures['pdf'])}"),
        record("ui.preview_photo_cold_p95_ms", p95(figures["photo"]), 120,
               note=f"12 MP JPEGs; {spread(figures['photo'])}"),
        record("ui.preview_warm_p95_ms", p95(figures["warm"]), 15,
               note=f"the same documents again; {spread(figures['warm'])}"),
        record("ui.preview_ratio", statistics.median(figures["ratios"]), 1.5,
               note=f"cold PDFs vs archive_file + render into a QImage "
                    f"({spread(figures['plain'])} ms), per round"),
    ]
    assert all(r.ok for r in results)


async def _previews(base_url: str, root: Path) -> dict[str, list[float]]:
    async with open_program_window(base_url, root) as window:
        ctx = window.ctx
        services = ctx.services
        assert services is not None and window.company is not None
        company = window.company
        inbox, preview, _ = panels(window)
        await until(lambda: inbox.state == "ready", 60, "the inbox's first page")
        await services.renderer.start()
        lines = inbox.lines()
        types = {}
        for line in lines:
            meta = await ctx.api.archive_file(company.xid, line.xid, omit_body=True)
            types[line.xid] = meta.content_type
        pdfs = [line for line in lines if types[line.xid] == "application/pdf"]
        photos = [line for line in lines if line.name in PHOTOS]
        assert len(photos) == 2 and len(pdfs) >= 20

        painted: list[tuple[int, float]] = []
        preview.painted.connect(lambda xid: painted.append((xid, time.perf_counter())))
        thumbnails = inbox._thumbnails  # the window's ThumbnailService
        assert thumbnails is not None

        workspace = window.panels.realize.__self__  # type: ignore[union-attr]
        registration = workspace.registration

        def reading() -> bool:
            """The registration panel reading the shown document's suggestions (a user
            looking at a document for a moment lets it finish)."""
            if registration is None:
                return False
            task = ctx.tasks._named.get(f"registration-suggest-{id(registration)}")
            return workspace._suggest_timer.isActive() or (task is not None and not task.done())

        def idle() -> bool:
            prefetch = ctx.tasks._named.get(PREFETCH_TASK)
            return (thumbnails.busy == 0 and thumbnails.pending == 0
                    and not inbox._thumb_timer.isActive()
                    and (prefetch is None or prefetch.done())
                    and not reading())

        async def settle() -> None:
            """Nothing under way: no prefetch, thumbnails or cache writes."""
            await until(idle, 30, "the window idle")
            await preview.documents.flush()
            await thumbnails.flush()
            await asyncio.sleep(0.02)

        def make_cold(xid: int, line: Any) -> None:
            """Not in memory, not on disk, not open in a worker, not rendered."""
            preview.documents.forget(company.xid, xid)
            stem = key_for(company.xid, line).stem()
            for suffix in (".bin", ".json"):
                (services.cache.root / "bodies" / (stem + suffix)).unlink(missing_ok=True)
            services.renderer.forget(render_key(company.xid, xid))
            preview.pages.drop(render_key(company.xid, xid))

        async def show(line: Any, *, cold: bool) -> float:
            await settle()
            if cold:
                make_cold(line.xid, line)
            start = len(painted)
            t0 = time.perf_counter()
            assert inbox.select_xid(line.xid)
            await until(lambda: any(x == line.xid for x, _ in painted[start:]), 30,
                        f"{line.name} painted")
            t1 = next(t for x, t in painted[start:] if x == line.xid)
            assert preview.stack.currentWidget() is preview.page_view, line.name
            return (t1 - t0) * 1000

        request = preview.page_view.first_page_request("pdf")
        plain_round = 0

        async def plain(line: Any) -> float:
            """The baseline: fetch with ApiClient.archive_file, render with the same
            RenderService (cold: a key of its own), wrap the pixels in a QImage."""
            await settle()
            key = f"plain:{plain_round}:{line.xid}"
            t0 = time.perf_counter()
            doc = await ctx.api.archive_file(company.xid, line.xid)
            result = await services.renderer.render(key, doc.body, request)
            image = QImage(result.pixels, result.width, result.height, result.bytes_per_line,
                           getattr(QImage.Format, f"Format_{result.pixel_format}"))
            elapsed = (time.perf_counter() - t0) * 1000
            assert not image.isNull()
            services.renderer.forget(key)
            return elapsed

        # warm up: every document once (workers, server, thumbnails of every row)
        for line in [*pdfs, *photos]:
            await show(line, cold=True)
            if line in pdfs:
                await plain(line)

        figures: dict[str, list[float]] = {
            "pdf": [], "photo": [], "warm": [], "plain": [], "ratios": []}
        for round_ in range(3):
            plain_round = round_ + 1
            ui_total = plain_total = 0.0
            for line in pdfs:
                if round_ % 2 == 0:
                    base = await plain(line)
                    cold = await show(line, cold=True)
                else:
                    cold = await show(line, cold=True)
                    base = await plain(line)
                figures["pdf"].append(cold)
                figures["plain"].append(base)
                ui_total += cold
                plain_total += base
            figures["ratios"].append(ui_total / plain_total)
            for line in pdfs:
                figures["warm"].append(await show(line, cold=False))
        for _ in range(8):
            for line in photos:
                figures["photo"].append(await show(line, cold=True))
            for line in photos:
                figures["warm"].append(await show(line, cold=False))
        print("\npreview figures (ms):", json.dumps(
            {k: [round(v, 1) for v in vs] for k, vs in figures.items()}))
        return figures


# --- the 10,000-document inbox -----------------------------------------------------------------


def test_inbox_10k(
    sandbox_process: Callable[..., Any],
    run_qt: Callable[..., Any],
    record: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = sandbox_process("--seed", "large:10000")
    paints = InboxPaints(monkeypatch)
    figures = run_qt(_inbox_10k(server.base_url, tmp_path, paints))
    results = [
        record("ui.inbox_10k_first_page_ms", statistics.median(figures["first"]), 150,
               note=f"set_company -> first page painted; {spread(figures['first'])}"),
        record("ui.inbox_10k_max_stall_ms", statistics.median(figures["stall"]), 50,
               note=f"largest 10 ms-timer gap scrolling to row 10,000 (median of passes: "
                    f"{[round(s, 1) for s in figures['stall']]})"),
        record("ui.inbox_10k_rss_mb", figures["rss"][0], 60,
               note="RSS added by loading all 10,000 rows (first pass, after gc.collect())"),
    ]
    assert all(r.ok for r in results)


async def _inbox_10k(base_url: str, root: Path, paints: InboxPaints) -> dict[str, list[float]]:
    process = psutil.Process()
    async with open_program_window(base_url, root) as window:
        assert window.company is not None
        company = window.company.xid
        inbox = panels(window)[0]
        model = inbox.model
        bar = inbox.view.verticalScrollBar()
        await until(lambda: inbox.state == "ready" and paints.times, 60, "the first page")
        thumbnails = inbox._thumbnails
        assert thumbnails is not None

        async def settle() -> None:
            await until(lambda: thumbnails.busy == 0 and thumbnails.pending == 0
                        and not inbox._thumb_timer.isActive() and not model.loading, 60,
                        "the inbox idle")
            await thumbnails.flush()
            await asyncio.sleep(0.05)

        async def first_page() -> float:
            inbox.set_company(None)
            await settle()
            paints.times.clear()
            t0 = time.perf_counter()
            inbox.set_company(company)
            await until(lambda: paints.times, 30, "the first page painted")
            return (paints.times[0] - t0) * 1000

        async def scroll_to_end() -> float:
            """From the first page to the last row, a screen every 16 ms (as a user
            dragging or flinging); the largest event-loop gap on the way."""
            gaps: list[float] = []
            stop = asyncio.Event()
            tick = asyncio.ensure_future(ticker(stop, gaps))
            started = moved = time.perf_counter()
            try:
                while True:
                    await asyncio.sleep(0.016)
                    if bar.value() < bar.maximum():
                        bar.setValue(bar.value() + bar.pageStep())
                        moved = time.perf_counter()
                        continue
                    if model.rowCount() >= 10_000 and not model.has_more and not model.loading:
                        # the end is on screen once the list has painted after the last step
                        await until(lambda last=moved: paints.times[-1] > last, 10, "the end")
                        break
            finally:
                stop.set()
                await tick
            assert inbox.proxy.rowCount() == 10_000
            print(f"\nscrolled 10,000 rows in {time.perf_counter() - started:.1f} s, "
                  f"{len(gaps)} ticks, gaps over 20 ms: {sorted(g for g in gaps if g > 20)}")
            return max(gaps)

        figures: dict[str, list[float]] = {"first": [], "stall": [], "rss": []}
        for _ in range(3):
            await first_page()  # the first page again, so the list starts empty
            inbox.set_company(None)
            await settle()
            gc.collect()
            before = process.memory_info().rss
            await first_page()
            figures["stall"].append(await scroll_to_end())
            await settle()
            gc.collect()
            figures["rss"].append((process.memory_info().rss - before) / 2**20)
        for _ in range(9):
            figures["first"].append(await first_page())
        print("\ninbox 10k figures:", json.dumps(
            {k: [round(v, 1) for v in vs] for k, vs in figures.items()}))
        return figures


# --- uploads ------------------------------------------------------------------------------------


def test_upload_100_stall(
    sandbox_process: Callable[..., Any],
    run_qt: Callable[..., Any],
    record: Callable[..., Any],
    tmp_path: Path,
) -> None:
    server = sandbox_process("--seed", "empty", "--max-upload-mb", "10")
    stalls = run_qt(_uploads(server.base_url, tmp_path))
    fig = record("ui.upload_100_max_stall_ms", statistics.median(stalls), 35,
                 note=f"largest 10 ms-timer gap while 100 x 1 MB upload through the panel "
                      f"(median of rounds: {[round(s, 1) for s in stalls]})")
    assert fig.ok


def _files(folder: Path, count: int, size: int) -> list[Path]:
    """PDF-looking files with random bodies (never duplicates of earlier uploads)."""
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        path = folder / f"bilag-{i:03}.pdf"
        path.write_bytes(b"%PDF-1.4\n" + os.urandom(size - 16) + b"\n%%EOF\n")
        paths.append(path)
    return paths


async def _uploads(base_url: str, root: Path) -> list[float]:
    async with open_program_window(base_url, root / "app") as window:
        inbox, _, panel = panels(window)
        await until(lambda: inbox.state in ("ready", "empty"), 60, "the inbox")
        progress: list[tuple[int, int, int]] = []
        panel.progressChanged.connect(lambda *values: progress.append(values))
        stalls = []
        for round_ in range(3):
            files = _files(root / f"files-{round_}", 100, 1024 * 1024)
            progress.clear()
            gaps: list[float] = []
            stop = asyncio.Event()
            tick = asyncio.ensure_future(ticker(stop, gaps))
            panel.add_paths(files)
            await until(lambda: (100, 100, 100) in progress and not panel.busy, 300,
                        "100 uploads done")
            stop.set()
            await tick
            stalls.append(max(gaps))
            await asyncio.sleep(0.5)  # the inbox refresh that follows
        print("\nupload stalls (ms):", [round(s, 1) for s in stalls])
        return stalls
