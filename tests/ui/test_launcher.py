"""``python -m ui`` and ``mr-desktop`` start through ui.launcher."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_console_script_is_the_launcher() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["mr-desktop"] == "ui.launcher:main"


def test_python_m_ui_runs_the_program_with_collection_paused_while_importing() -> None:
    code = (
        "import gc, sys, ui.launcher as launcher\n"
        "seen = []\n"
        "import ui.main\n"
        "real = ui.main.main\n"
        "ui.main.main = lambda argv=None: seen.append(gc.isenabled()) or 0\n"
        "assert launcher.main([]) == 0 and seen == [False]\n"
        "ui.main.main = real\n"
        "sys.argv = ['mr-desktop', '--help']\n"
        "launcher.main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "usage: mr-desktop" in result.stdout and "--demo" in result.stdout
