"""``mr-desktop --demo`` end to end, in its own process: the embedded sandbox keeps its data
in the per-user data folder, the demo user is signed in without a dialog, and closing the
window ends the program cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.shell_support import ROOT, gui_thread_gc  # noqa: F401  (a fixture)

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("gui_thread_gc")]

_DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
report = {}

def poll():
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    dialogs = [w for w in app.topLevelWidgets()
               if w.objectName() == "loginDialog" and w.isVisible()]
    report["dialog"] = report.get("dialog") or bool(dialogs)
    if windows and windows[0].company is not None:
        window = windows[0]
        report["title"] = window.windowTitle()
        report["file_menu"] = window.menus["file"].title()
        report["server"] = window.ctx.server
        window.close()  # the last window: the program quits
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
from ui.main import main
code = main(["--demo", "--lang", "da"])
report["code"] = code
print(json.dumps(report))
"""


def _run(tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        capture_output=True,
        text=True,
        timeout=100,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_demo_signs_in_and_keeps_its_data(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["code"] == 0 and first["dialog"] is False
    assert str(first["title"]).endswith(" — Multi-Regnskab")
    assert first["file_menu"] == "&Filer"
    assert str(first["server"]).startswith("http://127.0.0.1:")
    databases = list((tmp_path / "data").rglob("demo-sandbox/*"))
    assert databases, "the demo sandbox keeps its data in the user's data folder"
    stamps = {p: p.stat().st_mtime_ns for p in databases if p.is_file()}

    second = _run(tmp_path)  # the same data folder is used again, not seeded anew
    assert second["code"] == 0 and second["title"] == first["title"]
    assert any(p.exists() for p in stamps)
