"""The desktop program's Qt widgets and models (``mr-desktop``)."""

import sys
import types


def _skip_httpx_command_line() -> None:
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


_skip_httpx_command_line()
