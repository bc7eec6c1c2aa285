"""The program's entry point: ``mr-desktop`` and ``python -m ui``.

Importing the program (some 470 modules before its window is on screen) makes Python's
cyclic garbage collector run about 80 times, ~12 ms of a ~350 ms start, and none of
what imports make is garbage. So collection is paused before the program is imported;
once it runs, ``GuiThreadGarbageCollector`` (ui.main) collects on the GUI thread by the
interpreter's own thresholds.
"""

from __future__ import annotations

import gc

__all__ = ["main", "pause_garbage_collection"]


def pause_garbage_collection() -> None:
    """Switch automatic collection off (the program's collector takes over)."""
    gc.disable()


def main(argv: list[str] | None = None) -> int:
    pause_garbage_collection()
    from ui.main import main as run_program

    return run_program(argv)
