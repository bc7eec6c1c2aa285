"""Start-up benchmark driver (``ui.startup_ms``): run in a fresh interpreter.

    python tests/benchmarks/bench_startup_driver.py app SERVER_URL
    python tests/benchmarks/bench_startup_driver.py bare
    python tests/benchmarks/bench_startup_driver.py floor

``app`` runs the real program (``ui.launcher.main(["--server", URL])``, every bit of its
start-up: the splash when it takes long, settings, per-user folders, upload store,
keyring, session restore, render workers, the main window and the inbox's first page)
with one addition: the inbox list's ``paintEvent`` also prints ``PAINTED <time.time()>``
after the first paint that shows rows, and then closes the window (the program ends the
way it does when the user closes it). ``ui.inbox_panel`` is imported before ``main`` to
install that hook, so that import happens a little earlier than in the program; nothing
is skipped.

``bare`` is the baseline: a QApplication and a QMainWindow with a QTableView (100 rows
in a QStandardItemModel), shown; it prints ``PAINTED`` after the table's first paint.
``floor`` is ``bare`` after importing the libraries the program is built on: how fast
any program on this stack can start.

The stored session lives in ``FileKeyring``, a keyring backend stand-in (this machine
has no OS keyring) chosen with PYTHON_KEYRING_BACKEND=bench_startup_driver.FileKeyring
and MR_BENCH_KEYRING=<json file>; the program loads it through keyring as it would load
the OS's backend.

With MR_BENCH_TRACE=1 the program also prints when a few start-up steps finish
(``TRACE <step> <time.time()>``), to see where the time goes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def __getattr__(name: str) -> Any:
    """``FileKeyring``, made when keyring asks for it (keyring is imported only then)."""
    if name == "FileKeyring":
        return _file_keyring_class()
    raise AttributeError(name)


def _file_keyring_class() -> type:
    from keyring.backend import KeyringBackend

    class FileKeyring(KeyringBackend):
        """A keyring backend stand-in: entries in a JSON file (benchmarks only)."""

        priority = 1  # type: ignore[assignment]

        def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
            super().__init__()
            self.path = Path(path if path is not None else os.environ["MR_BENCH_KEYRING"])

        def _entries(self) -> dict[str, str]:
            try:
                data: dict[str, str] = json.loads(self.path.read_text())
            except (OSError, ValueError):
                return {}
            return data

        def get_password(self, service: str, username: str) -> str | None:
            return self._entries().get(f"{service}\n{username}")

        def set_password(self, service: str, username: str, password: str) -> None:
            entries = self._entries()
            entries[f"{service}\n{username}"] = password
            self.path.write_text(json.dumps(entries))

        def delete_password(self, service: str, username: str) -> None:
            entries = self._entries()
            entries.pop(f"{service}\n{username}", None)
            self.path.write_text(json.dumps(entries))

    FileKeyring.__module__ = __name__
    return FileKeyring


def _mark(what: str) -> None:
    print(f"{what} {time.time():.6f}", flush=True)


def _trace_steps() -> None:
    """Print when some start-up steps begin and end (MR_BENCH_TRACE=1)."""
    import inspect

    import app.api
    import ui.main as main_module
    from app.api.client import ApiClient

    def wrap(owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        if inspect.iscoroutinefunction(original):

            async def traced_async(*args: Any, **kwargs: Any) -> Any:
                _mark(f"TRACE {label}>")
                result = await original(*args, **kwargs)
                _mark(f"TRACE {label}<")
                return result

            setattr(owner, name, traced_async)
        else:

            def traced(*args: Any, **kwargs: Any) -> Any:
                _mark(f"TRACE {label}>")
                result = original(*args, **kwargs)
                _mark(f"TRACE {label}<")
                return result

            setattr(owner, name, traced)

    _mark("TRACE imports-done")
    wrap(main_module, "run_app", "run_app")
    wrap(main_module, "_create_services", "services")
    wrap(app.api, "KeyringTokenStore", "keyring")
    wrap(main_module, "make_api", "make_api")
    wrap(ApiClient, "get_user", "get_user")
    wrap(main_module.Shell, "_signed_in", "window")
    wrap(ApiClient, "companies", "companies")
    wrap(ApiClient, "archive_files", "first_page")


def run_app(server: str) -> int:
    from ui.launcher import main, pause_garbage_collection

    pause_garbage_collection()  # what main() does first, here before the hook's imports
    from PySide6.QtCore import QTimer

    from ui import inbox_panel

    base = inbox_panel._InboxView.paintEvent
    state = {"done": False}

    def paintEvent(self: Any, event: Any) -> None:
        base(self, event)
        if not state["done"] and self.model() is not None and self.model().rowCount() > 0:
            state["done"] = True
            _mark("PAINTED")
            QTimer.singleShot(0, self.window().close)

    inbox_panel._InboxView.paintEvent = paintEvent  # type: ignore[method-assign]
    if os.environ.get("MR_BENCH_TRACE"):
        _trace_steps()
    return main(["--server", server])


def run_floor() -> int:
    """The bare window after importing what the program cannot start without (the stack
    the project prescribes: asyncio and qasync, httpx and httpcore, msgspec, keyring with
    its backend): no program code, no network. The program cannot start faster."""
    import asyncio  # noqa: F401

    import httpcore  # noqa: F401
    import httpx  # noqa: F401
    import keyring
    import msgspec  # noqa: F401
    import qasync  # noqa: F401

    keyring.get_keyring()
    return run_bare()


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    state = {"done": False}

    class Table(QTableView):
        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            if not state["done"]:
                state["done"] = True
                _mark("PAINTED")
                QTimer.singleShot(0, app.quit)

    model = QStandardItemModel(100, 4)
    for row in range(100):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"Bilag {row}.{column}"))
    window = QMainWindow()
    table = Table(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(run_bare())
    if sys.argv[1] == "floor":
        sys.exit(run_floor())
    sys.exit(run_app(sys.argv[2]))
