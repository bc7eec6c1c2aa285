"""The program's entry point: ``mr-desktop`` and ``python -m ui``.

Importing the program (some 470 modules before its window is on screen) makes Python's
cyclic garbage collector run about 80 times, ~12 ms of a ~350 ms start, and none of
what imports make is garbage. So collection is paused before the program is imported;
once it runs, ``GuiThreadGarbageCollector`` (ui.main) collects on the GUI thread by the
interpreter's own thresholds, and what the imports made is frozen out of its walks.
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

    # What the imports made (modules, classes, functions: some 50,000 objects) lives as
    # long as the program; frozen, the collector no longer walks it on every full
    # collection, each of which took ~12 ms of the GUI thread for that alone.
    gc.freeze()
    return run_program(argv)
