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
        "state = lambda: (gc.isenabled(), gc.get_freeze_count())\n"
        "ui.main.main = lambda argv=None: seen.append(state()) or 0\n"
        "assert launcher.main([]) == 0 and seen[0][0] is False, seen\n"
        "assert seen[0][1] > 10_000, seen  # the imports' objects frozen out of collections\n"
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


def test_loading_pyside6_for_the_ui_package_runs_no_collection_and_restores_the_collector() -> None:
    code = (
        "import gc, sys\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(info) if phase == 'start' else 0)\n"
        "enabled = sys.argv[1] == 'on'\n"
        "gc.enable() if enabled else gc.disable()\n"
        "import ui\n"
        "assert 'PySide6.QtCore' in sys.modules\n"
        "assert gc.isenabled() == enabled, 'the collector was left changed'\n"
        # at most the one collection that falls due when the collector is switched back
        # on (the import makes thousands of objects); without the pause, some 25
        "assert len(runs) <= (1 if enabled else 0), runs\n"
    )
    for state in ("on", "off"):
        result = subprocess.run(
            [sys.executable, "-c", code, state], cwd=REPO, capture_output=True, text=True,
            timeout=120, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, result.stderr
