"""The start-up shortcuts of ui.import_costs keep the libraries' behaviour."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(code: str, tmp_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{REPO}:{tmp_path}", "QT_QPA_PLATFORM": "offscreen",
             "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_pyside_still_tells_which_modules_use_it(tmp_path: Path) -> None:
    """PySide6 marks each module imported after it as using PySide6 or not (for its
    ``__feature__`` switch); importing ``ui`` answers from the file's bytes, and the
    answers are the ones PySide6's own test gives."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("VALUE = 1  # no Qt here\n")
    out = _run(
        "import sys, ui, uses_qt, plain\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "assert getattr(feature._mod_uses_pyside, 'reads_bytes', False)\n"
        "flags = feature.pyside_feature_dict\n"
        "print(flags['uses_qt'], flags['plain'])\n",
        tmp_path,
    )
    assert out == "0 -1"


def test_httpx_works_without_its_command_line(tmp_path: Path) -> None:
    out = _run(
        "import sys, ui, httpx\n"
        "assert 'rich' not in sys.modules and 'click' not in sys.modules\n"
        "print(httpx.Client(base_url='http://127.0.0.1:9').base_url)\n",
        tmp_path,
    )
    assert out == "http://127.0.0.1:9"
