"""Two costs the libraries add to every start of the program, taken off (``ui/__init__``).

Both are measured by ``ui.startup_ms`` (tests/benchmarks/test_bench_ui.py).
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["check_pyside_use_quickly", "skip_httpx_command_line"]


def skip_httpx_command_line() -> None:
    """Keep httpx from importing its command-line tool into the GUI process.

    ``import httpx`` imports ``httpx._main`` (and with it rich, click and pygments, about
    60 ms of start-up) whenever those happen to be installed. The program never uses
    that tool, so a stand-in takes its place; the ``httpx`` console script runs in a
    process of its own and is unaffected.
    """
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    stand_in = types.ModuleType("httpx._main")

    def main() -> None:  # pragma: no cover - never called by the program
        raise SystemExit("the httpx command line is not available inside mr-desktop")

    stand_in.main = main  # type: ignore[attr-defined]
    sys.modules["httpx._main"] = stand_in


def check_pyside_use_quickly() -> None:
    """Make PySide6's per-module "does it use PySide6?" test cheap.

    Once PySide6 is loaded, its import hook (``shibokensupport.feature``, the machinery
    behind ``from __feature__ import snake_case``) asks of every module imported after it
    whether its source mentions "PySide6", and reads that source through
    ``inspect.getsource``: linecache, line splitting and an encoding probe for each of
    the ~250 modules the program imports before its window appears, about 30 ms of every
    start. The same question is answered here from the file's bytes; anything that is
    not a plain ``.py`` file still goes to PySide6's own test. (The program uses no
    ``__feature__``, but the answer stays the same for anything that does.)
    """
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return  # another PySide6 version, or done already

    def _mod_uses_pyside(module: types.ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    _mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside
