"""Helpers for the shell's GUI tests (tests/ui/test_shell_*.py): contexts on a sandbox,
waiting on the qasync loop, languages, a keyring stand-in."""

from __future__ import annotations

import asyncio
import gc
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.api import MemoryTokenStore, RetryPolicy, TokenStore
from app.paths import AppPaths
from app.tasks import Tasks
from ui import i18n
from ui.context import AppContext, ConnectionMonitor, Settings, make_api
from ui.main import Shell

ROOT = Path(__file__).resolve().parents[2]
DEMO_USER = "demo@example.dk"
DEMO_PASSWORD = "demo1234"
NO_ACCESS_USER = "ingen@example.dk"
FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02)


@pytest.fixture
def gui_thread_gc() -> Iterator[None]:
    """Collect garbage only on the GUI thread during a test (as the program does, see
    ui.main.GuiThreadGarbageCollector): Qt objects from cycles must not be destroyed on
    the sandbox's or a worker's thread."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


def make_ctx(
    base_url: str,
    tmp_path: Path,
    *,
    store: TokenStore | None = None,
    lang: str = "en",
    settings_name: str = "settings.ini",
) -> AppContext:
    monitor = ConnectionMonitor()
    api = make_api(base_url, store or MemoryTokenStore(), monitor, retry=FAST_RETRY)
    return AppContext(
        api=api,
        paths=AppPaths.under(tmp_path).ensure(),
        tasks=Tasks(),
        settings=Settings(QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)),
        connection=monitor,
        language=lang,
    )


def make_shell(ctx: AppContext, store: TokenStore | None = None) -> Shell:
    token_store = store if store is not None else _store_of(ctx)
    return Shell(ctx, token_store)


def _store_of(ctx: AppContext) -> TokenStore:
    store: TokenStore = ctx.api.session._store  # the store the client was made with
    return store


def drop_files(target: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Drop files from the desktop on ``target``: the drag enters and drops where the
    platform delivers it, on the QWindow of ``target``'s window, at ``target``'s centre;
    whether the enter and the drop were accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window = target.window()
    handle = window.windowHandle()
    assert handle is not None, "the window is not shown"
    pos = target.mapTo(window, target.rect().center())
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(handle, enter)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(handle, drop)
    return enter.isAccepted(), drop.isAccepted()


async def until(condition: Callable[[], Any], seconds: float = 10.0, what: str = "") -> Any:
    """Poll ``condition`` on the event loop (never a nested Qt loop inside a coroutine)."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)


async def close_shell(shell: Shell) -> None:
    """End a test's program: stop its work and delete its Qt objects now, on this thread.

    Left to Python's garbage collector, windows caught in reference cycles could be
    destroyed later on whatever thread the collector runs on (asyncio.to_thread's
    workers), leaving Qt timers pointing at freed widgets.
    """
    for widget in (shell.login_dialog, shell.window):
        if widget is not None:
            widget.hide()
    if shell.window is not None:
        shell.window.shutdown()
    await shell.close()
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    shell.ctx.connection.deleteLater()
    shell.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await asyncio.sleep(0)


def free_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def ensure_translations() -> None:
    """Compile resources/i18n/*.ts when the .qm files are missing or stale."""
    folder = ROOT / "resources" / "i18n"
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
            )


@contextmanager
def language(lang: str) -> Iterator[None]:
    """The interface in ``lang`` for the duration (back to English afterwards)."""
    ensure_translations()
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(lang, app)
    try:
        yield
    finally:
        i18n.install("en", app)


class FakeKeyring:
    """A keyring backend stand-in (what keyring.get_keyring() returns)."""

    priority = 1

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.entries.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.entries[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.entries.pop((service, user), None)


def visible(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible()
