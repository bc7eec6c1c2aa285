"""Helpers for the upload panel's GUI tests (tests/ui/test_upload_*.py): a signed-in
client on a fresh sandbox, a queue and intake in a temporary data folder, the panel,
files of the kinds bookkeepers upload, and reading the inbox back with content hashes.

The fixtures (``upload_server``, ``make_rig``, ``english``, ``keep_loop``) are defined under other
function names so that a test module imports them without shadowing its arguments:
``from tests.ui.upload_support import make_rig_fixture  # noqa: F401``."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from app.api import ApiClient, MemoryTokenStore, RetryPolicy
from app.api.models import CompanyAndAccess
from app.paths import AppPaths
from app.sandbox.server import SandboxServer
from app.tasks import Tasks
from app.uploads import Backoff, Intake, ReconcileSettings, UploadQueue, UploadStore
from ui.upload_panel import UploadPanel

DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
UPLOAD_PATH = "/filesForUseInRegistrations"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05)
FAST_BACKOFF = Backoff(
    initial=0.02, maximum=0.3, verify_grace=0.05, timeout_grace=0.5, server_attempts=20
)


# --- files ---------------------------------------------------------------------------------


def pdf_bytes(tag: str = "", size: int = 0) -> bytes:
    """A PDF-looking body, unique per call."""
    body = b"%PDF-1.7\n% " + (tag or os.urandom(8).hex()).encode() + b"\n"
    if size > len(body):
        body += os.urandom(size - len(body))
    return body + b"%%EOF\n"


def jpeg_bytes(
    width: int = 64, height: int = 48, colour: tuple[int, int, int] = (200, 40, 40)
) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=85)
    return out.getvalue()


def png_bytes(width: int = 32, height: int = 32) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 120, 220)).save(out, "PNG")
    return out.getvalue()


def zip_bytes() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("faktura.pdf", pdf_bytes("inside a zip"))
    return out.getvalue()


def write(path: Path, body: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    return path


def sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


# --- the inbox -----------------------------------------------------------------------------


@dataclass
class InboxFile:
    xid: int
    name: str
    date: date | None
    sha256: str
    content_type: str
    file_name: str


async def read_inbox(api: ApiClient, company_xid: int) -> list[InboxFile]:
    """Every visible inbox file with the SHA-256 of its body."""
    found: list[InboxFile] = []
    async for page in api.iter_archive_files(company_xid, 100):
        for line in page:
            file = await api.archive_file(company_xid, line.xid)
            found.append(
                InboxFile(
                    line.xid,
                    line.name or "",
                    line.date,
                    sha(file.body),
                    file.content_type,
                    file.file_name,
                )
            )
    return found


async def upload_posts(server: SandboxServer) -> int:
    """How many uploads the sandbox received (its log is written as it answers)."""
    await asyncio.sleep(0.1)
    return server.request_log.count(UPLOAD_PATH, "POST")


# --- waiting ---------------------------------------------------------------------------------


async def until(condition: Callable[[], Any], seconds: float = 20.0, what: str = "") -> Any:
    """Poll ``condition`` on the event loop (never a nested Qt loop inside a coroutine)."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)


def top_level(object_name: str) -> QWidget | None:
    """The visible top-level widget (a dialog) with this object name."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == object_name and widget.isVisible():
            return widget
    return None


# --- fixtures ------------------------------------------------------------------------------

# Every qasync loop a test ran on, kept alive for the rest of the session. qasync's loop
# holds a QObject (its call_later timer) whose Qt timers stay registered after the loop
# is closed; if the garbage collector frees a closed loop on another thread (the
# sandbox's, a to_thread worker), Qt cannot unregister them and a later timer event
# lands in freed memory (a segfault in QTimerInfoList::activateTimers). Kept alive, the
# timer object just kills each stale timer when it fires.
_LOOPS: list[asyncio.AbstractEventLoop] = []


@pytest.fixture(name="keep_loop")
async def keep_loop_fixture() -> None:
    """Keep this test's event loop from being freed on a foreign thread (see _LOOPS)."""
    _LOOPS.append(asyncio.get_running_loop())


@dataclass
class Rig:
    """A panel on a real queue against a sandbox, and what it is made of."""

    server: SandboxServer
    api: ApiClient
    company: CompanyAndAccess
    store: UploadStore
    intake: Intake
    queue: UploadQueue
    tasks: Tasks
    panel: UploadPanel
    tmp_path: Path

    def statuses(self) -> list[str]:
        from ui.upload_model import Column

        model = self.panel.model
        return [str(model.index(row, Column.STATUS).data()) for row in range(model.rowCount())]

    async def settle(self, seconds: float = 30.0) -> None:
        async with asyncio.timeout(seconds):
            await self.queue.wait_idle()


@pytest.fixture(name="upload_server")
def upload_server_fixture(make_sandbox: Callable[..., SandboxServer]) -> SandboxServer:
    return make_sandbox(seed="empty")


@pytest.fixture(name="make_rig")
async def make_rig_fixture(
    tmp_path: Path, qapp: Any, keep_loop: None
) -> AsyncIterator[Callable[..., Any]]:
    """``await make_rig(server, max_bytes=..., company=...)``: a panel, queue stopped."""
    made: list[Rig] = []

    async def make(
        server: SandboxServer,
        *,
        company_xid: int | None = None,
        concurrency: int = 2,
        **intake_kwargs: Any,
    ) -> Rig:
        root = tmp_path / f"client-{len(made)}"
        api = ApiClient(server.base_url, token_store=MemoryTokenStore(), retry=FAST_RETRY)
        await api.login(DEMO_USER, DEMO_PASSWORD)
        companies = await api.companies()
        if company_xid is None:
            company = companies.default_company()
        else:
            company = next(c for c in companies.companies_and_access_list if c.xid == company_xid)
        assert company is not None
        store = UploadStore.open(AppPaths.under(root).ensure())
        intake = Intake(store, **intake_kwargs)
        queue = UploadQueue(
            api,
            store,
            backoff=FAST_BACKOFF,
            reconcile=ReconcileSettings(page_size=5),
            concurrency=concurrency,
        )
        tasks = Tasks()
        panel = UploadPanel(queue, intake, tasks, company=company)
        panel.resize(900, 300)
        panel.show()
        rig = Rig(server, api, company, store, intake, queue, tasks, panel, root)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        dispose(rig.panel)
        await rig.queue.stop()
        await rig.tasks.close()
        await rig.api.aclose()
        rig.store.close()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName().startswith("upload"):
            widget.hide()


def dispose(panel: UploadPanel) -> None:
    """Shut the panel down and delete it now, on this (the GUI) thread.

    A top-level widget belongs to Python; left to the garbage collector it may be
    deleted on whichever thread happens to run a collection (a worker of
    ``asyncio.to_thread``, the sandbox's server thread), and Qt timers of a widget
    deleted off its thread stay registered and fire into freed memory later."""
    if not shiboken6.isValid(panel):
        return
    panel.shutdown()
    panel.hide()  # not close(): closing the last window would quit the running loop
    shiboken6.delete(panel)


@pytest.fixture(name="english")
def english_fixture() -> Iterator[None]:
    """The interface in English (the sources' language)."""
    from tests.ui.shell_support import language

    with language("en"):
        yield
