"""The program's main window as ``ui.main.run_app`` makes it, for benchmarks and
screenshots-like drivers that need the whole thing (services, render workers, Shell)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import QSettings

from app.api import MemoryTokenStore
from app.paths import AppPaths
from app.tasks import Tasks
from tests.ui.shell_support import close_shell, until
from ui.context import AppContext, ConnectionMonitor, Settings, make_api
from ui.main import DEMO_PASSWORD, DEMO_USER, GuiThreadGarbageCollector, Shell
from ui.main_window import MainWindow
from ui.workspace import AppServices

__all__ = ["open_program_window"]


@asynccontextmanager
async def open_program_window(
    base_url: str, root: Path, *, size: tuple[int, int] = (1280, 800), active: bool = False
) -> AsyncIterator[MainWindow]:
    """The main window signed in as the demo user, made the way ``ui.main.run_app``
    makes it (its services, a warming start of the render workers, the Shell, the
    GUI-thread garbage collector), ``size``, shown (and active, for window shortcuts)."""
    collector = GuiThreadGarbageCollector()
    paths = AppPaths.under(root).ensure()
    monitor = ConnectionMonitor()
    store = MemoryTokenStore()
    services = AppServices.create(paths)
    ctx = AppContext(
        api=make_api(base_url, store, monitor),
        paths=paths,
        tasks=Tasks(),
        settings=Settings(QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)),
        connection=monitor,
        services=services,
    )
    ctx.tasks.start(services.renderer.start(), name="start-renderer")
    shell = Shell(ctx, store)
    try:
        await shell.start_signed_in(DEMO_USER, DEMO_PASSWORD)
        window = shell.window
        assert window is not None
        window.resize(*size)
        window.show()
        if active:
            window.activateWindow()
            await until(window.isActiveWindow, 10, "the window active")
        await until(lambda: window.company is not None, 60, "the company chosen")
        yield window
    finally:
        await close_shell(shell)
        await services.close()
        collector.stop()
        gc.collect()
